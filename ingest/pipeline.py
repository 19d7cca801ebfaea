"""Ingest steps: read → repair → split → extract → store → index, one document at a time.

The graph store is the source of truth. Each document is written to it in one transaction;
the index follows (entities, then passages, whose presence marks a document as indexed), and
``reconcile`` brings the index back in step after an interruption.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chainkg.errors import ChainKGError, InputError
from chainkg.graph.port import DocumentInfo, GraphStore
from chainkg.graph.records import DocumentGraph, build_document_graph
from chainkg.ingest.document import document_id, prepare
from chainkg.ingest.readers import SourceText, iter_files, iter_sources
from chainkg.nlp.extractor import extract
from chainkg.search.annotate import annotate
from chainkg.search.port import SearchIndex


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one input."""

    source: str
    status: str  # ingested | replaced | unchanged | failed
    doc_id: str = ""
    entities: int = 0
    relations: int = 0
    facts: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def source_key(source: SourceText) -> str:
    """What identifies a document across versions: a record id, else where it was read."""
    return source.meta.get("id") or source.path


def analyse(source: SourceText, passage_chars: int) -> DocumentGraph:
    """Everything a source contributes, ready to store."""
    doc, repaired = prepare(source, passage_chars)
    doc.source = source_key(source)
    return build_document_graph(doc, repaired, extract(repaired))


def sync_entities(store: GraphStore, index: SearchIndex, entity_ids: Iterable[str]) -> None:
    """Re-index these entities from the store; drop the ones the store no longer has."""
    present, gone = [], []
    for eid in sorted(set(entity_ids)):
        record = store.entity(eid)
        if record is None:
            gone.append(eid)
        else:
            present.append(record)
    if gone:
        index.delete_entities(gone)
    if present:
        index.index_entities(present)


def index_document(
    store: GraphStore, index: SearchIndex, doc_id: str, info: DocumentInfo | None = None
) -> None:
    """(Re)index one stored document: its entities first, then its annotated passages."""
    sync_entities(store, index, store.document_entities(doc_id))
    index.index_passages(annotate(store, doc_id, info=info))


def reconcile(store: GraphStore, index: SearchIndex) -> int:
    """Bring the index in step with the store after an interruption; returns documents fixed."""
    infos = {d.id: d for d in store.documents()}
    stored = {doc_id: d.passages for doc_id, d in infos.items()}
    indexed = index.document_ids()
    fixed = 0
    stale = indexed - set(stored)
    for doc_id in sorted(stale):
        index.delete_document(doc_id)
        fixed += 1
    for doc_id, passages in sorted(stored.items()):
        if index.passage_count(doc_id) != passages:
            index_document(store, index, doc_id, infos[doc_id])
            fixed += 1
    if stale:
        known = {e.id for e in store.entities()}
        orphans = index.entity_ids() - known
        if orphans:
            index.delete_entities(orphans)
    return fixed


def ingest_source(
    source: SourceText, store: GraphStore, index: SearchIndex, passage_chars: int
) -> IngestResult:
    """Ingest one source: unchanged content is skipped, a changed version replaces the old."""
    doc_id = document_id(source.text)
    if store.has_document(doc_id):
        return IngestResult(source.path, "unchanged", doc_id)
    graph = analyse(source, passage_chars)
    status = store_graph(graph, store, index)
    return IngestResult(
        source.path,
        status,
        doc_id,
        entities=len(graph.entities),
        relations=len(graph.relations),
        facts=len(graph.facts),
    )


def store_graph(graph: DocumentGraph, store: GraphStore, index: SearchIndex) -> str:
    """Write a document graph, replacing an older version from the same source; then index it.
    Returns ``ingested``, ``replaced`` or ``unchanged``."""
    doc = graph.document
    if store.has_document(doc.id):
        return "unchanged"
    old = store.document_by_source(doc.source)
    replaces = old.id if old is not None else None
    stale = store.document_entities(replaces) if replaces else []
    store.write_document(graph, replaces)
    if replaces:
        index.delete_document(replaces)
    sync_entities(store, index, [*graph.entities, *stale])
    # Annotations come from the store, as in ``index_document``; the passages from the graph
    # just written, which also carry their original text for highlights.
    info = store.document_by_source(doc.source)
    info = info if info is not None and info.id == doc.id else None
    index.index_passages(annotate(store, doc.id, doc.passages, info))
    return "replaced" if replaces else "ingested"


def delete_document(store: GraphStore, index: SearchIndex, doc_id: str) -> bool:
    """Remove a document from the store and the index, and entities left without support."""
    touched = store.document_entities(doc_id)
    found = store.delete_document(doc_id)
    index.delete_document(doc_id)
    sync_entities(store, index, touched)
    return found


def ingest_path(
    path: Path, store: GraphStore, index: SearchIndex, *, passage_chars: int, max_bytes: int
) -> Iterator[IngestResult]:
    """Ingest every document of one file (a JSONL file holds many); a bad document gives a
    failed result with the reason, never an exception, and the rest go on."""
    for item in iter_sources(path, max_bytes):
        if isinstance(item, InputError):
            yield IngestResult(str(path), "failed", error=str(item))
            continue
        try:
            yield ingest_source(item, store, index, passage_chars)
        except ChainKGError as exc:
            yield IngestResult(item.path, "failed", error=f"{item.path}: {exc}")


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the supported files inside named directories (recursively), as
    absolute paths so that a file is the same source wherever it is ingested from."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += [f.resolve() for f in iter_files(p)]
        else:
            out.append(p.resolve())
    return out
