"""An entity's profile: names, relations with evidence, stated facts."""

from __future__ import annotations

from chainkg.graph.port import GraphStore
from chainkg.queries.models import EntityProfile
from chainkg.queries.resolve import resolve


def entity_profile(store: GraphStore, name_or_id: str) -> EntityProfile:
    with store.reading():
        entity = resolve(store, name_or_id)
        return EntityProfile(
            entity=entity, relations=store.relations(entity.id), facts=store.facts(entity.id)
        )
