"""Backends for the contract suite: the embedded store and a real Neo4j, both loaded with the
bundled seed report and the shared corpus.

Neo4j's URI comes from ``CHAINKG_NEO4J__URI`` or from the file ``scripts/engines start`` writes.
An absent engine skips its tests with the reason; under CI (``CI=true``) that is a failure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest

from chainkg.errors import BackendUnavailable
from chainkg.graph.port import GraphStore
from chainkg.graph.records import DocumentGraph
from chainkg.ingest.pipeline import analyse
from chainkg.ingest.readers import SourceText
from chainkg.settings import Neo4jSettings
from tests.conftest import CORPUS, SAMPLE, engine_setting

BACKENDS = ["embedded", "neo4j"]
DOWN: dict[str, str] = {}  # backend → why it could not be opened
def unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: an engine test may not be skipped)")
    pytest.skip(reason)


def open_store(backend: str, tmp_path: Path) -> GraphStore:
    if backend == "neo4j":
        from chainkg.graph.neo4j_store import Neo4jGraphStore

        uri = engine_setting("CHAINKG_NEO4J__URI")
        if not uri:
            unavailable("Neo4j not configured: run `scripts/engines start` or set it")
        store: GraphStore = Neo4jGraphStore(Neo4jSettings(uri=uri or ""))
        try:
            store.initialize()
        except BackendUnavailable as exc:
            unavailable(str(exc))
        return store
    from chainkg.graph.sqlite_store import SqliteGraphStore

    store = SqliteGraphStore(tmp_path / "contract.sqlite")
    store.initialize()
    return store


@lru_cache(maxsize=1)
def corpus_graphs() -> tuple[DocumentGraph, ...]:
    """The seed and (where present) the shared corpus texts, analysed once."""
    sources = [SourceText(str(SAMPLE), "shanxi", SAMPLE.read_text(encoding="utf-8"))]
    if CORPUS.is_dir():
        for f in sorted(CORPUS.glob("doc_*.json")):
            doc = json.loads(f.read_text(encoding="utf-8"))
            sources.append(SourceText(f.name, doc.get("title") or f.stem, doc["text"]))
    return tuple(analyse(s, 400) for s in sources)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_store(backend: str, tmp_path: Path) -> Iterator[GraphStore]:
    """A fresh, empty store of each backend."""
    s = open_store(backend, tmp_path)
    s.clear()
    yield s
    s.clear()
    s.close()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, GraphStore]]:
    """Every backend that is up, loaded with the same documents (``down`` says why not)."""
    stores: dict[str, GraphStore] = {}
    tmp = tmp_path_factory.mktemp("contract")
    for name in BACKENDS:
        try:
            s = open_store(name, tmp)
        except (pytest.skip.Exception, pytest.fail.Exception) as exc:
            DOWN[name] = str(exc).split(" (CI=true")[0]
            continue
        s.clear()
        for g in corpus_graphs():
            s.write_document(g)
        stores[name] = s
    yield stores
    for s in stores.values():
        s.clear()
        s.close()


@pytest.fixture
def store(backend: str, loaded: dict[str, GraphStore]) -> GraphStore:
    """The loaded store of one backend (skipped, or failed under CI, when absent)."""
    if backend not in loaded:
        unavailable(DOWN.get(backend, f"{backend} is not up"))
    return loaded[backend]
