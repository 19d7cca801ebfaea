"""延链补链强链: a zone's focus industries against reference chains — which segments the zone's
enterprises cover, the gaps to fill (补链), the segments to extend to (延链), the thin ones to
strengthen (强链) — and ranked target enterprises outside the zone, with reasons and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from chainkg.chains import Chain, ChainCatalog
from chainkg.graph.port import (
    EntityRecord,
    EntityRef,
    EvidenceRecord,
    GraphStore,
    Neighbour,
    RelationRecord,
)
from chainkg.graph.reads import Pending, Reads
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


def chain_names(chain: Chain) -> set[str]:
    """The chain's and its segments' names, aliases and keywords."""
    names = {chain.name, *chain.aliases}
    for seg in chain.segments:
        names |= {seg.name, *seg.aliases, *seg.keywords}
    return names


def chains_industries(store: GraphStore, chains: list[Chain]) -> dict[str, list[EntityRecord]]:
    """Per chain id, the industry entities of the graph that name the chain or one of its
    segments (by name or alias), in one lookup for all the chains."""
    every = industry_keys(chains)
    return group_by_chain(chains, store.lookup(every, [T.INDUSTRY]) if every else [])


def industry_keys(chains: list[Chain]) -> list[str]:
    """The names an industry of these chains may go by in the graph (``chains_industries``)."""
    return sorted(set().union(*(chain_names(c) for c in chains)))


def group_by_chain(chains: list[Chain], found: list[EntityRecord]) -> dict[str, list[EntityRecord]]:
    """The industries found by name (``chains_industries``) sorted to their chains."""
    wanted = {c.id: chain_names(c) for c in chains}
    out: dict[str, list[EntityRecord]] = {}
    for cid, names in wanted.items():
        hits = [e for e in found if e.name in names or names.intersection(e.aliases)]
        out[cid] = sorted(hits, key=lambda e: (e.name, e.id))
    return out


MEMBER_INDUSTRIES = [R.IN_INDUSTRY, R.CHAIN_LEADER_OF]  # how a member is placed on chains


def zone_members(store: GraphStore, in_zone: set[str]) -> list[tuple[EntityRef, list[str]]]:
    """The zone's enterprises with the names that place them on chains (own names and
    industries)."""
    with store.together() as reads:
        asked = _ask_members(reads, in_zone)
    return _members(*asked)


def _ask_members(
    reads: Reads, in_zone: set[str]
) -> tuple[Pending[dict[str, EntityRecord]], Pending[dict[str, list[Neighbour]]]]:
    """What ``zone_members`` reads, asked with the other reads of a step."""
    ids = sorted(in_zone)
    return reads.entities_by_id(ids), reads.neighbours_of(ids, MEMBER_INDUSTRIES, "out", 50)


def _members(
    asked_records: Pending[dict[str, EntityRecord]],
    asked_industries: Pending[dict[str, list[Neighbour]]],
) -> list[tuple[EntityRef, list[str]]]:
    records, industries = asked_records.value, asked_industries.value
    out = []
    for entity in sorted(records.values(), key=lambda e: e.id):
        if entity.type != T.ENTERPRISE:
            continue
        texts = [entity.name, *entity.aliases] + [i.name for i in industries.get(entity.id, [])]
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


@dataclass
class _Candidate:
    """An enterprise of a chain's industries, before it is looked at in detail."""

    entity: Neighbour
    segments: set[str] = field(default_factory=set)
    chain_level: bool = False
    leader: bool = False


@dataclass
class _Plan:
    """One industry's answer while it is built: coverage first, then targets."""

    answer: IndustryChain
    chain: Chain | None = None
    wanted: dict[str, SegmentCoverage] = field(default_factory=dict)
    sources: list[tuple[EntityRecord, set[str], bool]] = field(default_factory=list)
    first: list[tuple[str, list[str], bool]] = field(default_factory=list)


def _candidates(
    catalog: ChainCatalog,
    plan: _Plan,
    near: dict[str, list[Neighbour]],
    in_zone: set[str],
) -> None:
    """Rank the enterprises of the plan's industries by a first score (fit, 链主, centrality) and
    keep the most promising ones for a detailed look."""
    assert plan.chain is not None
    found: dict[str, _Candidate] = {}
    for industry, segs, chain_level in plan.sources:
        for n in near[industry.id]:
            if n.type != T.ENTERPRISE or n.id in in_zone:
                continue
            c = found.setdefault(n.id, _Candidate(n))
            c.segments |= segs
            c.chain_level = c.chain_level or chain_level
            c.leader = c.leader or n.relation == R.CHAIN_LEADER_OF
    first: list[tuple[float, str, list[str], bool]] = []
    for eid, c in found.items():
        own, _ = _segments_of(catalog, plan.chain, [c.entity.name])
        fits = sorted((c.segments | own) & set(plan.wanted))
        if not fits and not c.chain_level:
            continue
        fit = WEIGHTS["fit"] if fits else WEIGHTS["chain_level"]
        score = fit + (WEIGHTS["chain_leader"] if c.leader else 0.0) + c.entity.centrality
        first.append((score, eid, fits, c.leader))
    first.sort(key=lambda t: (-t[0], t[1]))
    plan.first = [(eid, fits, leader) for _, eid, fits, leader in first[:DETAILED]]


def _detail(
    chain: Chain,
    wanted: dict[str, SegmentCoverage],
    in_zone: set[str],
    province: str,
    entity: EntityRecord,
    rels: list[RelationRecord],
    fits: list[str],
    leader: bool,
) -> TargetEnterprise:
    """The target with its score breakdown, reasons and evidence; ``rels`` are the candidate's
    industry and 链主 relations, then its partnerships with the zone's enterprises."""
    eid = entity.id
    breakdown: dict[str, float] = {}
    reasons: list[str] = []
    evidence: list[EvidenceRecord] = []
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


def _plan(
    catalog: ChainCatalog,
    industry: EntityRef,
    members: list[tuple[EntityRef, list[str]]],
    in_zone: set[str],
    depth: int,
) -> _Plan:
    """The industry against its reference chain: segments with the zone's coverage, gaps."""
    chain = catalog.find_chain(industry.name)
    answer = IndustryChain(industry=industry)
    plan = _Plan(answer=answer, chain=chain)
    if chain is None:
        answer.note = f"no reference chain for {industry.name}; load one with `chainkg chains load`"
        return plan
    answer.chain = chain.name
    answer.reference_chain = [s.name for s in chain.ordered_segments]
    answer.segments = _coverage(catalog, chain, members, depth)
    if in_zone and not any(s.enterprises for s in answer.segments):
        answer.note = (
            "none of the zone's enterprises is placed on this chain yet, so every segment is a"
            " gap; `chainkg import enterprises FILE` adds an enterprise list"
        )
    answer.gaps = [s.name for s in answer.segments if s.status == "gap"]
    answer.extend = [s.name for s in answer.segments if s.status == "extend"]
    answer.strengthen = [s.name for s in answer.segments if s.status == "strengthen"]
    plan.wanted = {s.id: s for s in answer.segments if s.status in ("gap", "extend")}
    return plan


def industry_chains(
    store: GraphStore,
    catalog: ChainCatalog,
    industries: list[EntityRef],
    in_zone: set[str],
    province: str = "",
    depth: int = 1,
    members: list[tuple[EntityRef, list[str]]] | None = None,
    by_chain: dict[str, list[EntityRecord]] | None = None,
) -> list[IndustryChain]:
    """Each industry against its reference chain, with targets; without a zone every segment is
    a gap and the targets are the industry's best-placed enterprises. ``members`` and
    ``by_chain`` (``chains_industries``) are read here unless given.

    Targets come from each relevant industry's best-connected members (stored centrality); a
    first score keeps the most promising and only those are looked at in detail. The reads are
    batched over all the industries: a handful of store calls whatever their number."""
    if members is None:
        members = zone_members(store, in_zone)
    plans = [_plan(catalog, ind, members, in_zone, depth) for ind in industries]
    active = [p for p in plans if p.chain is not None and p.wanted]
    if by_chain is None:
        by_chain = chains_industries(
            store, list({p.chain.id: p.chain for p in active if p.chain}.values())
        )
    for p in active:
        assert p.chain is not None
        for ind in by_chain[p.chain.id]:
            segs, chain_level = _segments_of(catalog, p.chain, [ind.name])
            if segs & set(p.wanted) or chain_level:
                p.sources.append((ind, segs, chain_level))
    near = store.neighbours_of(
        sorted({ind.id for p in active for ind, _, _ in p.sources}),
        [R.IN_INDUSTRY, R.CHAIN_LEADER_OF],
        "in",
        CANDIDATES_PER_INDUSTRY,
    )
    for p in active:
        _candidates(catalog, p, near, in_zone)
    ids = sorted({eid for p in active for eid, _, _ in p.first})
    with store.together() as reads:
        found = reads.entities_by_id(ids)
        own = reads.relations_of(ids, [R.IN_INDUSTRY, R.CHAIN_LEADER_OF], "out")
        with_zone = reads.relations_between(ids, sorted(in_zone), [R.PARTNERS_WITH])
    entities, rels = found.value, own.value
    for eid, more in with_zone.value.items():
        rels[eid] = rels.get(eid, []) + more
    for p in active:
        assert p.chain is not None
        targets = [
            _detail(p.chain, p.wanted, in_zone, province, entities[eid], rels[eid], fits, leader)
            for eid, fits, leader in p.first
            if eid in entities
        ]
        targets.sort(key=lambda t: (-t.score, t.entity.name, t.entity.id))
        p.answer.targets = targets[:MAX_TARGETS]
    return [p.answer for p in plans]


def industry_chain(
    store: GraphStore,
    catalog: ChainCatalog,
    industry: EntityRef,
    in_zone: set[str],
    province: str = "",
    depth: int = 1,
    members: list[tuple[EntityRef, list[str]]] | None = None,
) -> IndustryChain:
    """One industry against its reference chain (see ``industry_chains``)."""
    return industry_chains(store, catalog, [industry], in_zone, province, depth, members)[0]


def chain_extension(
    store: GraphStore,
    catalog: ChainCatalog,
    zone_name: str | None,
    industry: str | None = None,
    depth: int = 1,
) -> ChainAnswer:
    """The chain answer for a zone (its focus industries, or one of them), or for an industry."""
    with store.reading():
        return _chain_extension(store, catalog, zone_name, industry, depth)


def _chain_extension(
    store: GraphStore,
    catalog: ChainCatalog,
    zone_name: str | None,
    industry: str | None,
    depth: int,
) -> ChainAnswer:
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
    with store.together() as reads:
        near = reads.neighbours_of([zone.id], [R.LOCATED_IN], "in", MAX_ZONE_ENTERPRISES)
        focused = reads.relations_of([zone.id], [R.FOCUSES_ON], "out")
    in_zone = {n.id for n in near.value[zone.id]}
    focus = [r for r in focused.value[zone.id] if not wanted or r.tail.id == wanted]
    chains = list({c.id: c for r in focus if (c := catalog.find_chain(r.tail.name))}.values())
    with store.together() as reads:  # the members and the chains' industries
        asked = _ask_members(reads, in_zone)
        named = reads.lookup(industry_keys(chains), [T.INDUSTRY])
    members = _members(*asked)
    province = str(zone.props.get("province") or "")
    found = industry_chains(
        store, catalog, [r.tail for r in focus], in_zone, province, depth, members,
        group_by_chain(chains, named.value),
    )  # fmt: skip
    for rel, ic in zip(focus, found, strict=True):
        ic.focus = link(rel, zone.id)
        answer.industries.append(ic)
    return answer
