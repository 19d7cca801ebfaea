"""Store-ready records of one document, the same for every backend."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from chainkg.ingest.passages import SentenceLocator
from chainkg.ingest.repair import RepairedText
from chainkg.model import SYMMETRIC_RELATIONS, Document, Extraction, Mention, entity_id

SCALAR = str | float | int | bool | None


def relation_id(head_id: str, type_: str, tail_id: str) -> str:
    """Stable id of a relation; symmetric relations get one id for both directions."""
    if type_ in SYMMETRIC_RELATIONS and tail_id < head_id:
        head_id, tail_id = tail_id, head_id
    digest = hashlib.sha1(f"{head_id}|{type_}|{tail_id}".encode()).hexdigest()[:16]
    return f"rel_{digest}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement was read: document, passage, original span and the sentence."""

    doc_id: str
    passage_id: str
    start: int
    end: int
    sentence: str
    confidence: float = 1.0


@dataclass(slots=True)
class EntityRow:
    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    props: dict[str, SCALAR] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MentionRow:
    entity_id: str
    surface: str
    evidence: Evidence


@dataclass(slots=True)
class RelationRow:
    id: str
    head_id: str
    type: str
    tail_id: str
    props: dict[str, SCALAR]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class FactRow:
    id: str
    subject_id: str
    kind: str
    value: float
    unit: str
    text: str
    noun: str
    counted_type: str
    evidence: Evidence


@dataclass(slots=True)
class DocumentGraph:
    """Everything one document contributes to the graph."""

    document: Document
    entities: dict[str, EntityRow] = field(default_factory=dict)
    mentions: list[MentionRow] = field(default_factory=list)
    relations: list[RelationRow] = field(default_factory=list)
    facts: list[FactRow] = field(default_factory=list)


def props_json(props: dict[str, SCALAR]) -> str:
    return json.dumps(props, ensure_ascii=False, sort_keys=True)


def build_document_graph(
    document: Document, repaired: RepairedText, extraction: Extraction
) -> DocumentGraph:
    """Turn an extraction into rows with ids and evidence (sentence, passage, span)."""
    locate = SentenceLocator(repaired, document.passages)
    graph = DocumentGraph(document=document)

    def evidence(start: int, end: int, confidence: float) -> Evidence:
        return Evidence(
            doc_id=document.id,
            passage_id=locate.passage_id(start),
            start=start,
            end=end,
            sentence=locate.sentence(start, end),
            confidence=confidence,
        )

    def entity(m: Mention) -> str:
        eid = entity_id(m.type, m.key)
        row = graph.entities.get(eid)
        if row is None:
            row = graph.entities[eid] = EntityRow(id=eid, type=m.type, name=m.key)
        if m.name != m.key:
            row.aliases.add(m.name)
        if m.canonical and m.canonical != m.key:
            row.aliases.add(m.canonical)  # the document's full form of a name with an identity
        return eid

    for m in extraction.entities:
        eid = entity(m)
        graph.mentions.append(MentionRow(eid, m.name, evidence(m.start, m.end, m.confidence)))
    seen: set[tuple[str, int, int]] = set()
    for r in extraction.relations:
        head, tail = entity(r.head), entity(r.tail)
        if head == tail:
            continue
        rid = relation_id(head, r.type, tail)
        if (rid, r.start, r.end) in seen:
            continue
        seen.add((rid, r.start, r.end))
        if r.type in SYMMETRIC_RELATIONS and tail < head:
            head, tail = tail, head
        graph.relations.append(
            RelationRow(
                rid, head, r.type, tail, dict(r.props), evidence(r.start, r.end, r.confidence)
            )
        )
    for f in extraction.facts:
        sid = entity(f.subject)
        fid = hashlib.sha1(f"{document.id}|{sid}|{f.kind}|{f.start}|{f.end}".encode()).hexdigest()
        graph.facts.append(
            FactRow(
                id=f"fact_{fid[:16]}",
                subject_id=sid,
                kind=f.kind,
                value=f.value,
                unit=f.unit,
                text=f.text,
                noun=f.noun,
                counted_type=f.counted_type,
                evidence=evidence(f.start, f.end, 1.0),
            )
        )
    return graph
