"""延链补链强链: a zone's focus industries against reference chains — which segments the zone's
enterprises cover, the gaps to fill (补链), the segments to extend to (延链), the thin ones to
strengthen (强链) — and ranked target enterprises outside the zone, with reasons and evidence."""

from __future__ import annotations

from functools import lru_cache

from chainkg.chains import Chain, ChainCatalog
from chainkg.graph.port import EntityRecord, EntityRef, EvidenceRecord, GraphStore, Neighbour
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R
from chainkg.queries.links import link
from chainkg.queries.models import (
    ChainAnswer,
    IndustryChain,
    SegmentCoverage,
    TargetEnterprise,
)
from chainkg.queries.resolve import resolve

MAX_TARGETS = 10
CANDIDATES_PER_INDUSTRY = 30
DETAILED = 15  # candidates looked at in detail after the first ranking
MAX_ZONE_ENTERPRISES = 5000
WEIGHTS = {
    "fit": 1.0,  # the candidate makes what a gap or extension segment needs
    "chain_level": 0.4,  # the candidate is in the chain's industry, segment not known
    "chain_leader": 1.0,  # stated 链主 / 龙头 of an industry of the chain
    "partnership": 0.5,  # per partnership with one of the zone's enterprises (at most 3)
    "same_province": 0.3,
    "evidence": 0.05,  # per mention in the reports (at most 10)
}


def zone_enterprises(store: GraphStore, zone_id: str) -> set[str]:
    """Ids of organisations stated to be located in the zone."""
    near = store.neighbours(zone_id, [R.LOCATED_IN], "in", MAX_ZONE_ENTERPRISES)
    return {n.id for n in near}


@lru_cache(maxsize=65536)
def _text_profile(
    catalog: ChainCatalog, text: str
) -> tuple[str | None, frozenset[tuple[str, str]], frozenset[str]]:
    """What a name says about chains: the chain it names, its segments, chains named inside it."""
    named = catalog.find_chain(text)
    segments = frozenset((c.id, seg.id) for c, seg in catalog.segments_for(text))
    inside = frozenset(c.id for c in catalog.chains_in(text))
    return (named.id if named else None, segments, inside)


def _segments_of(catalog: ChainCatalog, chain: Chain, texts: list[str]) -> tuple[set[str], bool]:
    """Segment ids of ``chain`` named by any of the texts; and whether a text names the chain."""
    found: set[str] = set()
    chain_level = False
    for text in texts:
        named, segments, inside = _text_profile(catalog, text)
        if named == chain.id:  # names the whole chain, not a segment of it
            chain_level = True
            continue
        found |= {sid for cid, sid in segments if cid == chain.id}
        chain_level = chain_level or chain.id in inside
    return found, chain_level


def _industries_of(store: GraphStore, entity_id: str) -> list[Neighbour]:
    return store.neighbours(entity_id, [R.IN_INDUSTRY, R.CHAIN_LEADER_OF], "out", 50)


def chain_industries(store: GraphStore, catalog: ChainCatalog, chain: Chain) -> list[EntityRecord]:
    """Industry entities of the graph that name this chain or one of its segments (looked up by
    the chain's and its segments' names, aliases and keywords)."""
    names = {chain.name, *chain.aliases}
    for seg in chain.segments:
        names |= {seg.name, *seg.aliases, *seg.keywords}
    found: dict[str, EntityRecord] = {}
    for name in sorted(names):
        for ind in store.find_entities(name, [T.INDUSTRY]):
            found.setdefault(ind.id, ind)
    return sorted(found.values(), key=lambda e: (e.name, e.id))


def zone_members(store: GraphStore, in_zone: set[str]) -> list[tuple[EntityRef, list[str]]]:
    """The zone's enterprises with the names that place them on chains (own names and
    industries)."""
    out = []
    for eid in sorted(in_zone):
        entity = store.entity(eid)
        if entity is None or entity.type != T.ENTERPRISE:
            continue
        texts = [entity.name, *entity.aliases] + [i.name for i in _industries_of(store, eid)]
        out.append((EntityRef(id=entity.id, type=entity.type, name=entity.name), texts))
    return out


def _coverage(
    catalog: ChainCatalog,
    chain: Chain,
    members: list[tuple[EntityRef, list[str]]],
    depth: int,
) -> list[SegmentCoverage]:
    order = list(chain.ordered_segments)
    placed: dict[str, list[EntityRef]] = {s.id: [] for s in order}
    for ref, texts in members:
        segs, _ = _segments_of(catalog, chain, texts)
        for sid in segs:
            placed[sid].append(ref)
    covered = {sid for sid, ents in placed.items() if ents}
    out = []
    for seg in order:
        ups = {s.id for s, _ in chain.walk(seg, "upstream", None)}
        downs = {s.id: d for s, d in chain.walk(seg, "downstream", None)}
        if seg.id in covered:
            status = "strengthen" if len(placed[seg.id]) == 1 else "covered"
        elif not covered:
            status = "gap"  # nothing of the zone on this chain yet: every segment is missing
        elif any(downs.get(c) == 1 for c in covered) or (ups & covered and covered & set(downs)):
            status = "gap"  # a missing direct supplier of the zone, or a hole inside its chain
        elif ups & covered and any(
            d <= depth for s, d in chain.walk(seg, "upstream", depth) if s.id in covered
        ):
            status = "extend"  # downstream of what the zone makes
        elif any(2 <= d <= depth + 1 for c, d in downs.items() if c in covered):
            status = "extend"  # further upstream than the zone's direct suppliers
        else:
            status = "beyond"
        out.append(
            SegmentCoverage(
                id=seg.id,
                name=seg.name,
                stage=seg.stage.value,
                stage_label=seg.stage.label,
                status=status,
                enterprises=placed[seg.id],
                upstream=[s.name for s, _ in chain.walk(seg, "upstream", 1)],
                downstream=[s.name for s, _ in chain.walk(seg, "downstream", 1)],
            )
        )
    return out


def _targets(
    store: GraphStore,
    catalog: ChainCatalog,
    chain: Chain,
    segments: list[SegmentCoverage],
    in_zone: set[str],
    province: str,
) -> list[TargetEnterprise]:
    """Enterprises of the chain's industries that fit a gap or extension, best first.

    Candidates come from each relevant industry's best-connected members (stored centrality);
    a first score (fit, 链主, centrality) keeps the most promising, and only those are looked at
    in detail (partnerships with the zone, province, mentions, evidence)."""
    wanted = {s.id: s for s in segments if s.status in ("gap", "extend")}
    if not wanted:
        return []
    found: dict[str, tuple[Neighbour, set[str], bool, bool]] = {}
    for industry in chain_industries(store, catalog, chain):
        segs, chain_level = _segments_of(catalog, chain, [industry.name])
        if not (segs & set(wanted)) and not chain_level:
            continue
        for n in store.neighbours(
            industry.id, [R.IN_INDUSTRY, R.CHAIN_LEADER_OF], "in", CANDIDATES_PER_INDUSTRY
        ):
            if n.type != T.ENTERPRISE or n.id in in_zone:
                continue
            _, old_segs, old_level, old_leader = found.get(n.id, (n, set(), False, False))
            found[n.id] = (
                n,
                old_segs | segs,
                old_level or chain_level,
                old_leader or n.relation == R.CHAIN_LEADER_OF,
            )
    first: list[tuple[float, str, list[str], bool, bool]] = []
    for eid, (n, segs, chain_level, leader) in found.items():
        own, _ = _segments_of(catalog, chain, [n.name])
        fits = sorted((segs | own) & set(wanted))
        if not fits and not chain_level:
            continue
        fit = WEIGHTS["fit"] if fits else WEIGHTS["chain_level"]
        score = fit + (WEIGHTS["chain_leader"] if leader else 0.0) + n.centrality
        first.append((score, eid, fits, chain_level, leader))
    first.sort(key=lambda t: (-t[0], t[1]))
    ranked = [
        t
        for _, eid, fits, _level, leader in first[:DETAILED]
        if (t := _detail(store, chain, wanted, in_zone, province, eid, fits, leader)) is not None
    ]
    ranked.sort(key=lambda t: (-t.score, t.entity.name, t.entity.id))
    return ranked[:MAX_TARGETS]


def _detail(
    store: GraphStore,
    chain: Chain,
    wanted: dict[str, SegmentCoverage],
    in_zone: set[str],
    province: str,
    eid: str,
    fits: list[str],
    leader: bool,
) -> TargetEnterprise | None:
    entity = store.entity(eid)
    if entity is None:
        return None
    breakdown: dict[str, float] = {}
    reasons: list[str] = []
    evidence: list[EvidenceRecord] = []
    rels = store.relations(eid, [R.IN_INDUSTRY, R.CHAIN_LEADER_OF], "out")
    near = store.neighbours(eid, [R.PARTNERS_WITH], "both", 1000)
    if any(n.id in in_zone for n in near):
        rels += store.relations(eid, [R.PARTNERS_WITH], "both")
    if fits:
        breakdown["fit"] = WEIGHTS["fit"]
        names = "、".join(f"{wanted[s].name}（{wanted[s].status}）" for s in fits)
        reasons.append(f"makes what the zone lacks: {names}")
    else:
        breakdown["fit"] = WEIGHTS["chain_level"]
        reasons.append(f"in the {chain.name} industry (segment not stated)")
    if leader:
        lead = next(r for r in rels if r.type == R.CHAIN_LEADER_OF)
        breakdown["chain_leader"] = WEIGHTS["chain_leader"]
        reasons.append(f"chain leader (链主) of {lead.tail.name}")
        evidence += lead.evidence
    partners = [
        r for r in rels if r.type == R.PARTNERS_WITH and ({r.head.id, r.tail.id} - {eid}) & in_zone
    ]
    if partners:
        partner_names = [(r.tail if r.head.id == eid else r.head).name for r in partners[:3]]
        breakdown["partnership"] = WEIGHTS["partnership"] * min(len(partners), 3)
        reasons.append("already works with " + "、".join(partner_names))
        evidence += partners[0].evidence
    if province and entity.props.get("province") == province:
        breakdown["same_province"] = WEIGHTS["same_province"]
        reasons.append(f"in the same province ({province})")
    if entity.mentions:
        breakdown["evidence"] = WEIGHTS["evidence"] * min(entity.mentions, 10)
        reasons.append(f"{entity.mentions} mentions in the reports")
    if not evidence:
        evidence = next((r.evidence for r in rels if r.type == R.IN_INDUSTRY), [])
    return TargetEnterprise(
        entity=EntityRef(id=entity.id, type=entity.type, name=entity.name),
        score=round(sum(breakdown.values()) + entity.centrality, 6),
        breakdown=breakdown,
        segments=[wanted[s].name for s in fits],
        reasons=reasons,
        evidence=evidence,
    )


def industry_chain(
    store: GraphStore,
    catalog: ChainCatalog,
    industry: EntityRef,
    in_zone: set[str],
    province: str = "",
    depth: int = 1,
    members: list[tuple[EntityRef, list[str]]] | None = None,
) -> IndustryChain:
    """One industry against its reference chain; without a zone every segment is a gap and the
    targets are the industry's best-placed enterprises."""
    chain = catalog.find_chain(industry.name)
    answer = IndustryChain(industry=industry)
    if chain is None:
        answer.note = f"no reference chain for {industry.name}; load one with `chainkg chains load`"
        return answer
    answer.chain = chain.name
    answer.reference_chain = [s.name for s in chain.ordered_segments]
    if members is None:
        members = zone_members(store, in_zone)
    answer.segments = _coverage(catalog, chain, members, depth)
    if in_zone and not any(s.enterprises for s in answer.segments):
        answer.note = (
            "none of the zone's enterprises is placed on this chain yet, so every segment is a"
            " gap; `chainkg import enterprises FILE` adds an enterprise list"
        )
    answer.gaps = [s.name for s in answer.segments if s.status == "gap"]
    answer.extend = [s.name for s in answer.segments if s.status == "extend"]
    answer.strengthen = [s.name for s in answer.segments if s.status == "strengthen"]
    answer.targets = _targets(store, catalog, chain, answer.segments, in_zone, province)
    return answer


def chain_extension(
    store: GraphStore,
    catalog: ChainCatalog,
    zone_name: str | None,
    industry: str | None = None,
    depth: int = 1,
) -> ChainAnswer:
    """The chain answer for a zone (its focus industries, or one of them), or for an industry."""
    if zone_name is None:
        if not industry:
            from chainkg.errors import InputError

            raise InputError("name a zone, an industry, or both")
        ind = resolve(store, industry, [T.INDUSTRY])
        ref = EntityRef(id=ind.id, type=ind.type, name=ind.name)
        answer = ChainAnswer(query=industry)
        answer.industries.append(industry_chain(store, catalog, ref, set(), depth=depth))
        return answer
    zone = resolve(store, zone_name, [T.ZONE])
    answer = ChainAnswer(
        query=zone_name, zone=EntityRef(id=zone.id, type=zone.type, name=zone.name)
    )
    wanted = resolve(store, industry, [T.INDUSTRY]).id if industry else None
    in_zone = zone_enterprises(store, zone.id)
    members = zone_members(store, in_zone)
    province = str(zone.props.get("province") or "")
    for rel in store.relations(zone.id, [R.FOCUSES_ON], "out"):
        if wanted and rel.tail.id != wanted:
            continue
        ic = industry_chain(store, catalog, rel.tail, in_zone, province, depth, members)
        ic.focus = link(rel, zone.id)
        answer.industries.append(ic)
    return answer
