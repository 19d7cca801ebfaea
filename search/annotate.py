"""Passage annotations: which entities (and so types, zones, industries) a passage names.

Computed from the graph store through its port only, so ingest and ``chainkg reindex`` give the
same annotations on every graph backend:

- the document's entities (``document_entities``) with their names and aliases
  (``entity``) are matched in each passage's text, leftmost-longest (阳泉高新区, not 阳泉 inside
  it);
- an entity is also tagged on a passage that holds the evidence of one of its relations in this
  document (``relations``): "该区牵头组建…" names its zone only through the relation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick

from chainkg.graph.port import DocumentInfo, EntityRecord, GraphStore
from chainkg.model import Passage
from chainkg.search.port import EntityTag, PassageRecord
from chainkg.search.text import compact

MIN_NAME_CHARS = 2


def _automaton(entities: Iterable[EntityRecord]) -> ahocorasick.Automaton | None:
    names: dict[str, set[str]] = {}
    for e in entities:
        for n in {compact(e.name), *(compact(a) for a in e.aliases)}:
            if len(n) >= MIN_NAME_CHARS:
                names.setdefault(n, set()).add(e.id)
    if not names:
        return None
    auto = ahocorasick.Automaton()
    for n, ids in names.items():
        auto.add_word(n, tuple(sorted(ids)))
    auto.make_automaton()
    return auto


def annotate(
    store: GraphStore,
    doc_id: str,
    passages: Iterable[Passage] | None = None,
    info: DocumentInfo | None = None,
) -> Iterator[PassageRecord]:
    """The passages of a stored document (``passages`` if given, else the store's), annotated."""
    if info is None:
        info = next((d for d in store.documents() if d.id == doc_id), None)
    records: dict[str, EntityRecord] = {}
    for eid in store.document_entities(doc_id):
        rec = store.entity(eid)
        if rec is not None:
            records[eid] = rec
    by_passage: dict[str, set[str]] = {}
    for eid in records:
        for rel in store.relations(eid, (), "out"):
            for ev in rel.evidence:
                if ev.doc_id == doc_id:
                    ids = by_passage.setdefault(ev.passage_id, set())
                    ids.update(i for i in (rel.head.id, rel.tail.id) if i in records)
    auto = _automaton(records.values())
    for p in passages if passages is not None else store.passages(doc_id):
        ids = set(by_passage.get(p.id, ()))
        if auto is not None:
            for _, found in auto.iter_long(compact(p.text)):
                ids.update(found)
        tags = tuple(
            EntityTag(id=i, type=records[i].type, name=records[i].name) for i in sorted(ids)
        )
        yield PassageRecord(
            passage=p,
            title=info.title if info else "",
            date=info.ingested_at if info else "",
            entities=tags,
        )
