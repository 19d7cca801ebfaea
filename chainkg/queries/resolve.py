"""Finding the entity a user names."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from chainkg.errors import InputError, NotFoundError
from chainkg.graph.port import EntityRecord, GraphStore

MAX_NAME_CHARS = 100


def normalise_name(name: str) -> str:
    """NFKC, no spaces: how a typed name is compared with stored names."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def resolve(store: GraphStore, name: str, types: Sequence[str] = ()) -> EntityRecord:
    """The entity with this id, name or alias (of one of ``types``), else ``NotFoundError``."""
    name = name.strip()
    if not name:
        raise InputError("an entity name is required")
    if len(name) > MAX_NAME_CHARS:
        raise InputError(f"name is {len(name)} characters long; the limit is {MAX_NAME_CHARS}")
    norm = normalise_name(name)
    found = store.lookup(list(dict.fromkeys([name, norm])), types)
    for e in found:
        if e.id == name:
            return e
    for candidate in dict.fromkeys([name, norm]):
        named = sorted(
            (e for e in found if e.name == candidate or candidate in e.aliases),
            key=lambda e: (e.type, e.id),
        )
        if named:
            return max(named, key=lambda e: (e.name == candidate, e.mentions))
    kinds = "/".join(types) if types else "entity"
    raise NotFoundError(f"no {kinds} named {name!r} in the graph")
