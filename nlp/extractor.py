"""The extractor: repaired report text in, ``Extraction`` (mentions, relations, facts) out.

Pipeline (DESIGN.md): gazetteers (one Aho-Corasick pass over the reference lists) → jieba token
boundaries (own Tokenizer's dictionary, HMM off, each jieba block segmented once and only when a
rule asks; ``tokens.segment_block``) → suffix rules grown leftwards to a stopper (on to the place
that opens a name when a rare verb stopped the walk) → short enterprise names from context
(引进X、Y等企业, 以X为龙头, X的供应商, A、B等 with a known company) → recall of every occurrence
of the names found → short forms of full names (晶科能源 ← 晶科能源股份有限公司) → industries →
within-document resolution → sentence-level relation patterns and stated quantities. Every
mention carries the document's full form (``canonical``) and, when the reference lists name the
entity surely, its cross-document ``identity`` (``resolve.identity``).

Offsets of every record are offsets in the ORIGINAL text (``RepairedText.span``).
"""

from __future__ import annotations

from chainkg.ingest.repair import RepairedText, repair
from chainkg.model import EntityType as ET
from chainkg.model import Extraction, Fact, Mention, RelationMention
from chainkg.nlp.doc import Doc, Span, build_doc
from chainkg.nlp.entities import (
    bracket_aliases,
    context_enterprises,
    gazetteer_candidates,
    merged_institutions,
    recall_names,
    select,
    short_forms,
    suffix_candidates,
)
from chainkg.nlp.fallback import fallback
from chainkg.nlp.industries import _clauses, industry_spans
from chainkg.nlp.membership import membership, partnership
from chainkg.nlp.placement import drop_planned, drop_transitive, placement
from chainkg.nlp.relations import (
    Rel,
    Sent,
    State,
    analyse_sentence,
    chain_leaders,
    facts,
    focuses,
    in_industry,
    industry_tasks,
    located,
    members,
    partners,
    structural,
    zone_in_park,
    zone_lists,
)
from chainkg.nlp.resolve import identity, resolve
from chainkg.nlp.sector import (
    chain_followers,
    gathered_kind,
    industry_news,
    industry_of_deeds,
)
from chainkg.nlp.supply import supply_links
from chainkg.nlp.zone_places import split_zone_parks, sub_parks

__all__ = ["extract", "extract_text", "recognise"]

FALLBACK = True  # the clause-level typed-pair layer (nlp/fallback.py) after the patterns


def extract_text(text: str) -> Extraction:
    """Repair ``text`` (PDF line joins, spaces, offsets kept) and extract from it."""
    return extract(repair(text))


def recognise(doc: Doc) -> list[Span]:
    """Entity spans of a document (top-level and nested), resolved, in text order."""
    cands = gazetteer_candidates(doc) + suffix_candidates(doc)
    spans = select(cands)
    cut = split_zone_parks(doc, spans)
    if cut is not spans:
        spans = select(cut)
    taken = [(sp.start, sp.end) for sp in spans if sp.nested_in < 0]
    companies = [(sp.start, sp.end) for sp in spans if sp.nested_in < 0 and
                 sp.type == ET.ENTERPRISE]
    spans = _add(spans, context_enterprises(doc, taken, companies))
    spans = _add(spans, sub_parks(doc, [(sp.start, sp.end) for sp in spans if sp.nested_in < 0]))
    spans = _add(spans, bracket_aliases(doc, spans))
    spans = _add(spans, merged_institutions(doc, spans))
    spans = _add(spans, recall_names(doc, spans))
    spans = _add(spans, short_forms(doc, spans))
    taken = [(sp.start, sp.end) for sp in spans if sp.nested_in < 0]
    spans = _add(spans, industry_spans(doc, taken))
    spans = [sp for sp in spans if sp.nested_in < 0 or _keep_nested(spans, sp)]
    spans = select(spans)
    resolve(spans)
    return spans


def _add(selected: list[Span], new: list[Span]) -> list[Span]:
    """``select(selected + new)``; ``selected`` as it is when nothing is new (``select`` of its own
    output gives it back: the spans it dropped never decided anything)."""
    return select(selected + new) if new else selected


def _keep_nested(spans: list[Span], sp: Span) -> bool:
    parent = spans[sp.nested_in]
    kept = sp.start == parent.start and sp.type in (ET.ZONE, ET.UNIVERSITY, ET.ENTERPRISE) and \
        parent.type in (ET.GOVERNMENT, ET.RESEARCH_INSTITUTE, ET.ENTERPRISE, ET.UNIVERSITY)
    return kept or zone_in_park(spans, sp)


def extract(repaired: RepairedText) -> Extraction:
    """Extract entities, relations and facts from an already repaired text."""
    if not repaired.text.strip():
        return Extraction()
    doc = build_doc(repaired)
    spans = recognise(doc)
    doc.spans = spans
    top = [sp for sp in spans if sp.nested_in < 0]
    clauses = _clauses(doc)
    st = State(doc=doc)
    structural(spans, st, doc)
    si = 0
    for k, (s, e) in enumerate(doc.sentences):
        in_sent = []
        while si < len(top) and top[si].start < s:
            si += 1
        j = si
        while j < len(top) and top[j].start < e:
            in_sent.append(top[j])
            j += 1
        sent = Sent(k, s, e, in_sent)
        n_rels = len(st.rels)
        analyse_sentence(doc, sent, st, spans)
        partners(doc, sent, st)
        members(doc, sent, st)
        membership(doc, sent, st)
        partnership(doc, sent, st)
        chain_leaders(doc, sent, st)
        supply_links(doc, sent, st)
        focuses(doc, sent, st, clauses)
        located(doc, sent, st)
        zone_lists(doc, sent, st)
        in_industry(doc, sent, st)
        industry_news(doc, sent, st)
        industry_of_deeds(doc, sent, st)
        chain_followers(doc, sent, st)
        gathered_kind(doc, sent, st)
        placement(doc, sent, st)
        industry_tasks(doc, sent, st)
        facts(doc, sent, st)
        if FALLBACK:
            fallback(doc, sent, st)
        drop_planned(doc, st, n_rels)
        drop_transitive(doc, st, n_rels)
        st.seen.extend(in_sent)
        for sp in in_sent:
            if sp.type == ET.ZONE:
                st.last_any_zone = sp
            if sp.type == ET.ENTERPRISE and sp.name.endswith(("集团", "公司")):
                st.last_group = sp
    return _to_records(doc, spans, st)


def _mention(doc: Doc, sp: Span) -> Mention:
    s, e = doc.repaired.span(sp.start, sp.end)
    return Mention(name=sp.name, type=sp.type, start=s, end=e, canonical=sp.key,
                   confidence=round(sp.conf, 3), identity=identity(sp.type, sp.key, sp.name))


def _to_records(doc: Doc, spans: list[Span], st: State) -> Extraction:
    mentions = {id(sp): _mention(doc, sp) for sp in spans}
    entities = [mentions[id(sp)] for sp in spans
                if sp.nested_in < 0 or (sp.type == ET.ZONE
                                        and spans[sp.nested_in].type == ET.GOVERNMENT)
                or zone_in_park(spans, sp)]
    seen: set[tuple[str, str, str, str]] = set()
    rels: list[RelationMention] = []
    for r in _dedupe(st.rels):
        key = (r.head.key, r.type, r.tail.key, r.head.type)
        if key in seen:
            continue
        seen.add(key)
        s, e = doc.repaired.span(r.start, min(r.end, len(doc.text)))  # evidence ends in the text
        head = mentions.get(id(r.head)) or _mention(doc, r.head)
        tail = mentions.get(id(r.tail)) or _mention(doc, r.tail)
        rels.append(RelationMention(head, str(r.type), tail, s, e, round(r.conf, 3), r.props))
    out_facts: list[Fact] = []
    for fr in st.facts:
        s, e = doc.repaired.span(fr.start, min(fr.end, len(doc.text)))
        subj = mentions.get(id(fr.subject)) or _mention(doc, fr.subject)
        out_facts.append(Fact(subject=subj, kind=fr.kind, value=fr.value, unit=fr.unit,
                              text=doc.repaired.original_slice(fr.start, fr.end), start=s, end=e,
                              noun=fr.noun, counted_type=str(fr.counted_type)))
    return Extraction(entities=entities, relations=rels, facts=out_facts)


def _dedupe(rels: list[Rel]) -> list[Rel]:
    """Symmetric PARTNERS_WITH once; keep the first evidence of each relation."""
    out: list[Rel] = []
    seen: set[tuple[str, str, str]] = set()
    leaders: dict[str, set[str]] = {}
    for r in rels:
        if r.type == "CHAIN_LEADER_OF":
            leaders.setdefault(r.tail.key, set()).add(r.head.key)
    for r in rels:
        if r.type == "IN_INDUSTRY" and leaders.get(r.tail.key) == {r.head.key}:
            continue  # the one leader of an industry is not also filed under it (doc_03, doc_16)
        key = (r.head.key, str(r.type), r.tail.key)
        if r.type == "PARTNERS_WITH":
            a, b = sorted((r.head.key, r.tail.key))
            key = (a, "PARTNERS_WITH", b)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
