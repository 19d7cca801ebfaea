"""链主招商 / 以商引商: the chain leaders of an industry — stated (链主, 龙头) first, then by stored
centrality — each with the partners and suppliers it could bring, and the government + chain
leader + park triads the reports describe."""

from __future__ import annotations

from chainkg.chains import ChainCatalog
from chainkg.graph.port import EntityRecord, EntityRef, GraphStore, Neighbour, RelationRecord
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R
from chainkg.queries.chain import chain_industries, zone_enterprises
from chainkg.queries.links import link
from chainkg.queries.models import ChainLeader, LeadersAnswer, Triad
from chainkg.queries.resolve import resolve

MAX_LEADERS = 10
MAX_PARTNERS = 20
PLACES = (R.LOCATED_IN, R.INVESTS_IN, R.PARTNERS_WITH)


def _ref(e: EntityRecord | Neighbour) -> EntityRef:
    return EntityRef(id=e.id, type=e.type, name=e.name)


def _triads(store: GraphStore, leader: EntityRef) -> list[Triad]:
    """Government + chain leader + park: the leader is in, invests in or partners a zone that a
    government governs, or the government itself partners the leader."""
    out: list[Triad] = []
    for rel in store.relations(leader.id, PLACES, "both"):
        other = rel.tail if rel.head.id == leader.id else rel.head
        if other.type == T.ZONE:
            for gov in store.relations(other.id, [R.GOVERNS], "in"):
                out.append(Triad(government=gov.head, leader=leader, zone=other,
                                 evidence=rel.evidence + gov.evidence))  # fmt: skip
        elif other.type == T.GOVERNMENT:
            for zone in store.relations(other.id, [R.GOVERNS], "out"):
                out.append(Triad(government=other, leader=leader, zone=zone.tail,
                                 evidence=rel.evidence + zone.evidence))  # fmt: skip
    seen: set[tuple[str, str]] = set()
    unique = []
    for t in out:
        if (t.government.id, t.zone.id) not in seen:
            seen.add((t.government.id, t.zone.id))
            unique.append(t)
    return unique


def _partners(store: GraphStore, leader_id: str, in_zone: set[str]) -> list[RelationRecord]:
    """Enterprises the leader partners or supplies (or is supplied by), not yet in the zone."""
    rels = store.relations(leader_id, [R.PARTNERS_WITH], "both")
    keep = []
    for r in rels:
        other = r.tail if r.head.id == leader_id else r.head
        if other.type == T.ENTERPRISE and other.id not in in_zone:
            keep.append(r)
    return keep[:MAX_PARTNERS]


def chain_leaders(
    store: GraphStore,
    catalog: ChainCatalog,
    industry_name: str,
    zone: str | None = None,
    province: str | None = None,
) -> LeadersAnswer:
    """Leaders of the industry (and of the industries on its reference chain)."""
    industry = resolve(store, industry_name, [T.INDUSTRY])
    answer = LeadersAnswer(query=industry_name, industry=_ref(industry))
    chain = catalog.find_chain(industry.name)
    industries = {industry.id: industry}
    if chain is not None:
        answer.chain = chain.name
        industries |= {i.id: i for i in chain_industries(store, catalog, chain)}
    in_zone = zone_enterprises(store, resolve(store, zone, [T.ZONE]).id) if zone else set()
    stated: dict[str, Neighbour] = {}
    ranked: dict[str, Neighbour] = {}
    for ind in industries.values():
        for n in store.neighbours(ind.id, [R.CHAIN_LEADER_OF], "in", 100):
            stated.setdefault(n.id, n)
        for n in store.neighbours(ind.id, [R.IN_INDUSTRY], "in", MAX_LEADERS):
            ranked.setdefault(n.id, n)
    pool = list(stated.values()) + [n for n in ranked.values() if n.id not in stated]
    pool = [n for n in pool if n.type == T.ENTERPRISE]
    pool.sort(key=lambda n: (n.id not in stated, -n.centrality, n.name, n.id))
    for n in pool:
        if len(answer.leaders) >= MAX_LEADERS:
            break
        entity = store.entity(n.id)
        if entity is None:
            continue
        if province and entity.props.get("province") != province:
            continue
        is_stated = n.id in stated
        types = [R.CHAIN_LEADER_OF] if is_stated else [R.IN_INDUSTRY]
        evidence = [
            ev
            for r in store.relations(n.id, types, "out")
            if r.tail.id in industries
            for ev in r.evidence
        ]
        answer.leaders.append(
            ChainLeader(
                entity=_ref(entity),
                explicit=is_stated,
                score=round(entity.centrality, 8),
                evidence=evidence,
                partners=[link(r, n.id) for r in _partners(store, n.id, in_zone)],
                triads=_triads(store, _ref(entity)),
            )
        )
    return answer
