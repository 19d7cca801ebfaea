"""Turning relation records into links seen from one entity."""

from __future__ import annotations

from chainkg.graph.port import RelationRecord
from chainkg.queries.models import Link


def link(rel: RelationRecord, from_id: str) -> Link:
    """The relation as a link to the entity at its other end."""
    other = rel.tail if rel.head.id == from_id else rel.head
    return Link(entity=other, relation=rel.type, props=rel.props, evidence=rel.evidence)


def links(rels: list[RelationRecord], from_id: str) -> list[Link]:
    return [link(r, from_id) for r in rels]
