"""Shortest paths between two entities, and k-hop neighbourhoods, with evidence."""

from __future__ import annotations

from collections import deque
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
        for node in frontiers[side]:
            if node not in (a.id, b.id) and refs[node].type in HUB_TYPES:
                continue
            for n in store.neighbours(node, limit=FAN_OUT):
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
    centre = resolve(store, name)
    seen: dict[str, EntityRef] = {centre.id: _ref(centre)}
    queue: deque[tuple[str, int]] = deque([(centre.id, 0)])
    truncated = False
    while queue:
        node, d = queue.popleft()
        if d == hops or (node != centre.id and seen[node].type in HUB_TYPES):
            continue
        for n in store.neighbours(node, limit=limit + 1):
            if n.id in seen:
                continue
            if len(seen) > limit:
                truncated = True
                break
            seen[n.id] = _ref(n)
            queue.append((n.id, d + 1))
    relations: dict[str, RelationRecord] = {}
    for node in seen:
        for r in store.relations(node):
            if r.head.id in seen and r.tail.id in seen:
                relations.setdefault(r.id, r)
    return Neighbourhood(
        centre=_ref(centre),
        hops=hops,
        entities=sorted(seen.values(), key=lambda e: (e.id != centre.id, e.type, e.name)),
        relations=sorted(relations.values(), key=lambda r: (r.type, r.head.name, r.tail.name)),
        truncated=truncated,
    )
