"""Ingest steps: read → repair → split → extract → store → index, one document at a time."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chainkg.nlp.extractor import extract

from chainkg.errors import ChainKGError
from chainkg.graph.port import GraphStore
from chainkg.graph.records import DocumentGraph, build_document_graph
from chainkg.ingest.document import document_id, prepare
from chainkg.ingest.readers import TEXT_SUFFIXES, SourceText, read_report
from chainkg.search.port import SearchIndex


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one input."""

    source: str
    status: str  # ingested | unchanged | failed
    doc_id: str = ""
    entities: int = 0
    relations: int = 0
    facts: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def analyse(source: SourceText, passage_chars: int) -> DocumentGraph:
    """Everything a source contributes, ready to store."""
    doc, repaired = prepare(source, passage_chars)
    return build_document_graph(doc, repaired, extract(repaired))


def store_document(graph: DocumentGraph, store: GraphStore, index: SearchIndex) -> None:
    """Write the graph first (atomically), then index its passages and entities."""
    store.write_document(graph)
    index.index_passages(graph.document.passages)
    records = [r for eid in graph.entities if (r := store.entity(eid)) is not None]
    index.index_entities(records)


def ingest_source(
    source: SourceText, store: GraphStore, index: SearchIndex, passage_chars: int
) -> IngestResult:
    """Ingest one source unless its content is already stored."""
    doc_id = document_id(source.text)
    if store.has_document(doc_id):
        return IngestResult(source.path, "unchanged", doc_id)
    graph = analyse(source, passage_chars)
    store_document(graph, store, index)
    return IngestResult(
        source.path,
        "ingested",
        doc_id,
        entities=len(graph.entities),
        relations=len(graph.relations),
        facts=len(graph.facts),
    )


def ingest_path(
    path: Path, store: GraphStore, index: SearchIndex, *, passage_chars: int, max_bytes: int
) -> IngestResult:
    """Ingest one file; a bad file gives a failed result with the reason, never an exception."""
    try:
        source = read_report(path, max_bytes)
        return ingest_source(source, store, index, passage_chars)
    except ChainKGError as exc:
        return IngestResult(str(path), "failed", error=str(exc))
    except OSError as exc:
        return IngestResult(str(path), "failed", error=f"{path}: cannot read: {exc.strerror}")


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the supported files inside named directories (recursively, sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
            )
        else:
            out.append(p)
    return out
