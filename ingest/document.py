"""A source text becomes a document: content-derived id, repaired text, passages."""

from __future__ import annotations

import hashlib

from chainkg.ingest.passages import split_passages
from chainkg.ingest.readers import SourceText
from chainkg.ingest.repair import RepairedText, repair
from chainkg.model import Document


def document_id(text: str) -> str:
    """A document's id, derived from its content."""
    return "doc_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def prepare(source: SourceText, passage_chars: int) -> tuple[Document, RepairedText]:
    """The document record (id, passages) and its repaired text."""
    repaired = repair(source.text)
    doc_id = document_id(source.text)
    doc = Document(
        id=doc_id, title=source.title, source=source.path, text=source.text, meta=source.meta
    )
    doc.passages = split_passages(doc_id, repaired, passage_chars)
    return doc, repaired
