"""延链补链强链: a zone's focus industries, its enterprises in each, and targets outside it."""

from __future__ import annotations

from chainkg.graph.port import EntityRef, GraphStore
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R
from chainkg.queries.links import link
from chainkg.queries.models import ChainAnswer, IndustryChain, Link, TargetEnterprise
from chainkg.queries.resolve import resolve

MAX_TARGETS = 20


def zone_enterprises(store: GraphStore, zone_id: str) -> set[str]:
    """Ids of organisations stated to be located in the zone."""
    return {r.head.id for r in store.relations(zone_id, [R.LOCATED_IN], "in")}


def _industry_chain(
    store: GraphStore, zone_id: str, focus: Link, in_zone: set[str]
) -> IndustryChain:
    industry: EntityRef = focus.entity
    chain = IndustryChain(
        industry=industry,
        focus=focus,
        note=f"no reference chain yet for {industry.name}: segments and gaps need chain data",
    )
    leaders = {r.head.id for r in store.relations(industry.id, [R.CHAIN_LEADER_OF], "in")}
    targets: list[TargetEnterprise] = []
    for rel in store.relations(industry.id, [R.IN_INDUSTRY, R.CHAIN_LEADER_OF], "in"):
        lk = link(rel, industry.id)
        if lk.entity.id in in_zone:
            if all(z.entity.id != lk.entity.id for z in chain.zone_enterprises):
                chain.zone_enterprises.append(lk)
            continue
        if any(t.entity.id == lk.entity.id for t in targets):
            continue
        reasons = [f"{rel.type} {industry.name}"]
        score = 1.0 + 0.1 * len(rel.evidence)
        if lk.entity.id in leaders:
            score += 2.0
            reasons.append(f"chain leader (链主) of {industry.name}")
        targets.append(
            TargetEnterprise(entity=lk.entity, score=score, reasons=reasons, evidence=rel.evidence)
        )
    targets.sort(key=lambda t: (-t.score, t.entity.name))
    chain.targets = targets[:MAX_TARGETS]
    return chain


def chain_extension(store: GraphStore, zone_name: str, industry: str | None = None) -> ChainAnswer:
    """The chain answer for a zone, optionally for one of its industries."""
    zone = resolve(store, zone_name, [T.ZONE])
    answer = ChainAnswer(
        query=zone_name, zone=EntityRef(id=zone.id, type=zone.type, name=zone.name)
    )
    wanted = resolve(store, industry, [T.INDUSTRY]).id if industry else None
    in_zone = zone_enterprises(store, zone.id)
    for rel in store.relations(zone.id, [R.FOCUSES_ON], "out"):
        if wanted and rel.tail.id != wanted:
            continue
        answer.industries.append(_industry_chain(store, zone.id, link(rel, zone.id), in_zone))
    return answer
