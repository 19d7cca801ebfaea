"""链主招商 / 以商引商: the chain leaders of an industry — stated (链主, 龙头) first, then by stored
centrality — each with the partners and suppliers it could bring, and the government + chain
leader + park triads the reports describe."""

from __future__ import annotations

from chainkg.chains import ChainCatalog
from chainkg.graph.port import EntityRecord, EntityRef, GraphStore, Neighbour, RelationRecord
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R
from chainkg.queries.chain import MAX_ZONE_ENTERPRISES, group_by_chain, industry_keys
from chainkg.queries.links import link
from chainkg.queries.models import ChainLeader, LeadersAnswer, Triad
from chainkg.queries.resolve import resolve

MAX_LEADERS = 10
MAX_PARTNERS = 20
PLACES = (R.LOCATED_IN, R.INVESTS_IN, R.PARTNERS_WITH)


def _ref(e: EntityRecord | Neighbour) -> EntityRef:
    return EntityRef(id=e.id, type=e.type, name=e.name)


def _triads(
    leader: EntityRef, places: list[RelationRecord], governs: dict[str, list[RelationRecord]]
) -> list[Triad]:
    """Government + chain leader + park: the leader is in, invests in or partners a zone that a
    government governs, or the government itself partners the leader."""
    out: list[Triad] = []
    for rel in places:
        other = rel.tail if rel.head.id == leader.id else rel.head
        if other.type == T.ZONE:
            for gov in governs.get(other.id, []):
                if gov.tail.id == other.id:
                    out.append(Triad(government=gov.head, leader=leader, zone=other,
                                     evidence=rel.evidence + gov.evidence))  # fmt: skip
        elif other.type == T.GOVERNMENT:
            for zone in governs.get(other.id, []):
                if zone.head.id == other.id:
                    out.append(Triad(government=other, leader=leader, zone=zone.tail,
                                     evidence=rel.evidence + zone.evidence))  # fmt: skip
    seen: set[tuple[str, str]] = set()
    unique = []
    for t in out:
        if (t.government.id, t.zone.id) not in seen:
            seen.add((t.government.id, t.zone.id))
            unique.append(t)
    return unique


def _partners(
    rels: list[RelationRecord], leader_id: str, in_zone: set[str]
) -> list[RelationRecord]:
    """Enterprises the leader partners or supplies (or is supplied by), not yet in the zone."""
    keep = []
    for r in rels:
        other = r.tail if r.head.id == leader_id else r.head
        if r.type == R.PARTNERS_WITH and other.type == T.ENTERPRISE and other.id not in in_zone:
            keep.append(r)
    return keep[:MAX_PARTNERS]


LEADER_RELATIONS = [R.CHAIN_LEADER_OF, R.IN_INDUSTRY, *PLACES]


def _choose(
    store: GraphStore, pool: list[Neighbour], province: str | None
) -> tuple[list[EntityRecord], dict[str, list[RelationRecord]]]:
    """The first leaders of the pool (in the province, if one is asked) with their relations.
    Without a province the first ones are taken as they are, so their records and relations are
    read together."""
    if not province:
        first = [n.id for n in pool[:MAX_LEADERS]]
        with store.together() as reads:
            records = reads.entities_by_id(first)
            rels = reads.relations_of(first, LEADER_RELATIONS, "both")
        return [records.value[i] for i in first if i in records.value], rels.value
    chosen: list[EntityRecord] = []
    step = 50  # a province filter may pass over many
    for at in range(0, len(pool), step):
        if len(chosen) >= MAX_LEADERS:
            break
        found = store.entities_by_id([n.id for n in pool[at : at + step]])
        for n in pool[at : at + step]:
            entity = found.get(n.id)
            if entity is None or entity.props.get("province") != province:
                continue
            if len(chosen) < MAX_LEADERS:
                chosen.append(entity)
    return chosen, store.relations_of([e.id for e in chosen], LEADER_RELATIONS, "both")


def chain_leaders(
    store: GraphStore,
    catalog: ChainCatalog,
    industry_name: str,
    zone: str | None = None,
    province: str | None = None,
) -> LeadersAnswer:
    """Leaders of the industry (and of the industries on its reference chain)."""
    with store.reading():
        return _chain_leaders(store, catalog, industry_name, zone, province)


def _chain_leaders(
    store: GraphStore,
    catalog: ChainCatalog,
    industry_name: str,
    zone: str | None,
    province: str | None,
) -> LeadersAnswer:
    industry = resolve(store, industry_name, [T.INDUSTRY])
    answer = LeadersAnswer(query=industry_name, industry=_ref(industry))
    chain = catalog.find_chain(industry.name)
    zone_id = resolve(store, zone, [T.ZONE]).id if zone else None
    with store.together() as reads:
        named = reads.lookup(industry_keys([chain]) if chain else [], [T.INDUSTRY])
        near = reads.neighbours_of([zone_id] if zone_id else [], [R.LOCATED_IN], "in",
                                   MAX_ZONE_ENTERPRISES)  # fmt: skip
    industries = {industry.id: industry}
    if chain is not None:
        answer.chain = chain.name
        industries |= {i.id: i for i in group_by_chain([chain], named.value)[chain.id]}
    in_zone = {n.id for n in near.value[zone_id]} if zone_id else set()
    ids = list(industries)
    with store.together() as reads:
        stated_by = reads.neighbours_of(ids, [R.CHAIN_LEADER_OF], "in", 100)
        ranked_by = reads.neighbours_of(ids, [R.IN_INDUSTRY], "in", MAX_LEADERS)
    stated: dict[str, Neighbour] = {}
    ranked: dict[str, Neighbour] = {}
    for iid in ids:
        for n in stated_by.value[iid]:
            stated.setdefault(n.id, n)
        for n in ranked_by.value[iid]:
            ranked.setdefault(n.id, n)
    pool = list(stated.values()) + [n for n in ranked.values() if n.id not in stated]
    pool = [n for n in pool if n.type == T.ENTERPRISE]
    pool.sort(key=lambda n: (n.id not in stated, -n.centrality, n.name, n.id))
    chosen, rels = _choose(store, pool, province)
    places = {e.id: [r for r in rels[e.id] if r.type in PLACES] for e in chosen}
    others = {
        (r.tail if r.head.id == eid else r.head).id
        for eid, found in places.items()
        for r in found
        if (r.tail if r.head.id == eid else r.head).type in (T.ZONE, T.GOVERNMENT)
    }
    governs = store.relations_of(sorted(others), [R.GOVERNS], "both")
    for entity in chosen:
        is_stated = entity.id in stated
        kind = R.CHAIN_LEADER_OF if is_stated else R.IN_INDUSTRY
        evidence = [
            ev
            for r in rels[entity.id]
            if r.type == kind and r.head.id == entity.id and r.tail.id in industries
            for ev in r.evidence
        ]
        answer.leaders.append(
            ChainLeader(
                entity=_ref(entity),
                explicit=is_stated,
                score=round(entity.centrality, 8),
                evidence=evidence,
                partners=[
                    link(r, entity.id) for r in _partners(rels[entity.id], entity.id, in_zone)
                ],
                triads=_triads(_ref(entity), places[entity.id], governs),
            )
        )
    return answer
