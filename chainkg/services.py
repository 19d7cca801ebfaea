"""The composition root: builds the configured stores for the CLI and the API."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from chainkg.chains import ChainCatalog, get_catalog
from chainkg.graph.port import GraphStore
from chainkg.search.port import SearchIndex
from chainkg.settings import Settings


def open_graph_store(settings: Settings) -> GraphStore:
    """The configured ``GraphStore``; optional backends are imported only when chosen."""
    if settings.backend == "neo4j":
        from chainkg.graph.neo4j_store import Neo4jGraphStore

        return Neo4jGraphStore(settings.neo4j)
    from chainkg.graph.sqlite_store import SqliteGraphStore

    return SqliteGraphStore(settings.db_path)


def open_search_index(settings: Settings) -> SearchIndex:
    """The configured ``SearchIndex``; Elasticsearch is imported only when chosen."""
    if settings.search_backend == "elastic":
        from chainkg.search.elastic_index import ElasticSearchIndex

        return ElasticSearchIndex(settings.elastic, page_max=settings.search_page_max)
    from chainkg.search.sqlite_index import SqliteSearchIndex

    return SqliteSearchIndex(settings.db_path, page_max=settings.search_page_max)


def user_chain_files(settings: Settings) -> list[Path]:
    """Chain files loaded with ``chainkg chains load`` (kept in the data directory)."""
    folder = settings.data_dir / "chains"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def load_chains(settings: Settings) -> ChainCatalog:
    """The shipped reference chains with the user's own on top."""
    files = user_chain_files(settings)
    return get_catalog().with_files(*files) if files else get_catalog()


@dataclass(slots=True)
class Services:
    """What a request or a command needs: settings, graph store and search index."""

    settings: Settings
    store: GraphStore
    index: SearchIndex
    chains: ChainCatalog

    def close(self) -> None:
        self.index.close()
        self.store.close()


def build_services(settings: Settings) -> Services:
    store = open_graph_store(settings)
    index = open_search_index(settings)
    try:
        store.initialize()
        index.initialize()
    except BaseException:
        store.close()
        index.close()
        raise
    return Services(settings=settings, store=store, index=index, chains=load_chains(settings))


def settle() -> None:
    """For a long-running process once it has started (services built, chains loaded): what it
    keeps leaves the cyclic garbage collector's generations. Otherwise each full collection
    rescans all of it and pauses an answer by tens of milliseconds (chain answers at 1M
    enterprises: p95 39 ms -> 21 ms on the embedded store, `bench/query_bench.py`)."""
    gc.collect()
    gc.freeze()


@contextmanager
def services(settings: Settings) -> Iterator[Services]:
    s = build_services(settings)
    try:
        yield s
    finally:
        s.close()
