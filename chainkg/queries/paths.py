"""Shortest paths between two entities, and k-hop neighbourhoods, with evidence."""

from __future__ import annotations

from itertools import pairwise

from pydantic import BaseModel, Field

from chainkg.errors import InputError, NotFoundError
from chainkg.graph.port import EntityRef, GraphStore, RelationRecord
from chainkg.model import EntityType as T
from chainkg.queries.resolve import resolve

# Industries join thousands of enterprises; paths through them say little, so they are ends only.
HUB_TYPES = frozenset({T.INDUSTRY})
MAX_HOPS = 6
FAN_OUT = 200


class PathAnswer(BaseModel):
    """A shortest path: the entities in order and, for every hop, the relation with evidence."""

    source: EntityRef
    target: EntityRef
    entities: list[EntityRef] = Field(default_factory=list)
    hops: list[RelationRecord] = Field(default_factory=list)


class Neighbourhood(BaseModel):
    """Entities within ``hops`` relations of a centre, and the relations between them."""

    centre: EntityRef
    hops: int
    entities: list[EntityRef] = Field(default_factory=list)
    relations: list[RelationRecord] = Field(default_factory=list)
    truncated: bool = False


def _ref(e: EntityRef) -> EntityRef:
    return EntityRef(id=e.id, type=e.type, name=e.name)


def _hop(store: GraphStore, a: str, b: str) -> RelationRecord:
    rels = [r for r in store.relations(a) if b in (r.head.id, r.tail.id)]
    return rels[0]


def shortest_path(store: GraphStore, source: str, target: str, max_hops: int = 4) -> PathAnswer:
    """Breadth-first from both ends, expanding the smaller frontier; hubs are not crossed."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise InputError(f"max_hops must be between 1 and {MAX_HOPS}, not {max_hops}")
    with store.reading():
        return _shortest_path(store, source, target, max_hops)


def _shortest_path(store: GraphStore, source: str, target: str, max_hops: int) -> PathAnswer:
    a, b = resolve(store, source), resolve(store, target)
    answer = PathAnswer(source=_ref(a), target=_ref(b))
    if a.id == b.id:
        answer.entities = [_ref(a)]
        return answer
    parents: list[dict[str, str | None]] = [{a.id: None}, {b.id: None}]
    frontiers: list[list[str]] = [[a.id], [b.id]]
    refs: dict[str, EntityRef] = {a.id: _ref(a), b.id: _ref(b)}
    meet: str | None = None
    depth = 0
    while frontiers[0] and frontiers[1] and meet is None and depth < max_hops:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        nxt: list[str] = []
        crossed = [
            node
            for node in frontiers[side]
            if node in (a.id, b.id) or refs[node].type not in HUB_TYPES
        ]
        near = store.neighbours_of(crossed, limit=FAN_OUT)
        for node in crossed:
            for n in near[node]:
                if n.id in parents[side]:
                    continue
                parents[side][n.id] = node
                refs.setdefault(n.id, _ref(n))
                if n.id in parents[1 - side]:
                    meet = n.id
                    break
                nxt.append(n.id)
            if meet:
                break
        frontiers[side] = nxt
        depth += 1
    if meet is None:
        raise NotFoundError(
            f"no path between {source!r} and {target!r} within {max_hops} relations"
        )
    chain = list(reversed(_walk(parents[0], meet))) + _walk(parents[1], parents[1][meet])
    answer.entities = [refs[i] for i in chain]
    answer.hops = [_hop(store, x, y) for x, y in pairwise(chain)]
    return answer


def _walk(parents: dict[str, str | None], start: str | None) -> list[str]:
    out: list[str] = []
    while start is not None:
        out.append(start)
        start = parents[start]
    return out


def neighbourhood(store: GraphStore, name: str, hops: int = 1, limit: int = 100) -> Neighbourhood:
    """Entities within ``hops`` relations (at most ``limit``), with the relations among them."""
    if not 1 <= hops <= 3:
        raise InputError(f"hops must be 1, 2 or 3, not {hops}")
    if not 1 <= limit <= 1000:
        raise InputError(f"limit must be between 1 and 1000, not {limit}")
    with store.reading():
        return _neighbourhood(store, name, hops, limit)


def _neighbourhood(store: GraphStore, name: str, hops: int, limit: int) -> Neighbourhood:
    centre = resolve(store, name)
    seen: dict[str, EntityRef] = {centre.id: _ref(centre)}
    level = [centre.id]
    truncated = False
    for _ in range(hops):  # breadth first, one batched read per level
        crossed = [n for n in level if n == centre.id or seen[n].type not in HUB_TYPES]
        near = store.neighbours_of(crossed, limit=limit + 1)
        nxt: list[str] = []
        for node in crossed:
            for n in near[node]:
                if n.id in seen:
                    continue
                if len(seen) > limit:
                    truncated = True
                    break
                seen[n.id] = _ref(n)
                nxt.append(n.id)
        level = nxt
    relations: dict[str, RelationRecord] = {}
    for found in store.relations_of(list(seen)).values():
        for r in found:
            if r.head.id in seen and r.tail.id in seen:
                relations.setdefault(r.id, r)
    return Neighbourhood(
        centre=_ref(centre),
        hops=hops,
        entities=sorted(seen.values(), key=lambda e: (e.id != centre.id, e.type, e.name)),
        relations=sorted(relations.values(), key=lambda r: (r.type, r.head.name, r.tail.name)),
        truncated=truncated,
    )
