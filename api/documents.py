"""Document routes: list, upload-and-ingest, delete. Writes need the API key."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile
from pydantic import BaseModel

from chainkg.api.deps import IndexDep, SettingsDep, StoreDep, WriteAccess
from chainkg.errors import InputError, NotFoundError
from chainkg.graph.port import DocumentInfo
from chainkg.ingest.pipeline import delete_document, ingest_source
from chainkg.ingest.readers import SUPPORTED_SUFFIXES, iter_sources

router = APIRouter(prefix="/documents", tags=["documents"])
CHUNK = 1 << 16


class IngestResponse(BaseModel):
    source: str
    status: str
    doc_id: str = ""
    entities: int = 0
    relations: int = 0
    facts: int = 0
    error: str = ""


class Deleted(BaseModel):
    doc_id: str
    deleted: bool


@router.get("", response_model=list[DocumentInfo])
def list_documents(store: StoreDep) -> list[DocumentInfo]:
    """The stored documents."""
    return store.documents()


@router.post("", response_model=list[IngestResponse], status_code=201, dependencies=[WriteAccess])
async def upload_document(
    store: StoreDep,
    index: IndexDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A report file")],
    source: Annotated[str | None, Form(max_length=500)] = None,
) -> list[IngestResponse]:
    """Upload a report and ingest it (needs ``X-API-Key``): one result per document (a JSONL
    file holds many); a new version of a source replaces the old one."""
    name = Path(file.filename or "upload.txt").name
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"{name}: unsupported format {suffix or '(none)'}")
    limit = settings.max_file_bytes
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        size = 0
        with path.open("wb") as fh:
            while chunk := await file.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise InputError(f"{name}: upload is over the limit of {limit} bytes")
                fh.write(chunk)
        items = list(iter_sources(path, limit))
        results: list[IngestResponse] = []
        for item in items:
            if isinstance(item, InputError):
                message = str(item).replace(str(path), name)
                if len(items) == 1:
                    raise InputError(message)
                results.append(IngestResponse(source=name, status="failed", error=message))
                continue
            key = source or f"upload:{name}"
            record = item.meta.get("id")
            meta = {**item.meta, "id": f"{key}#{record}" if record else key}
            upload = replace(item, path=item.path.replace(str(path), source or name), meta=meta)
            r = ingest_source(upload, store, index, settings.passage_chars)
            results.append(
                IngestResponse(
                    source=r.source,
                    status=r.status,
                    doc_id=r.doc_id,
                    entities=r.entities,
                    relations=r.relations,
                    facts=r.facts,
                )
            )
    return results


@router.delete("/{doc_id}", response_model=Deleted, dependencies=[WriteAccess])
def remove_document(store: StoreDep, index: IndexDep, doc_id: str) -> Deleted:
    """Delete a document, its evidence and the entities left without support (needs
    ``X-API-Key``)."""
    if not delete_document(store, index, doc_id):
        raise NotFoundError(f"no document {doc_id!r}")
    return Deleted(doc_id=doc_id, deleted=True)
