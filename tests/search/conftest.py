"""Fixtures of the search-quality tests: the seed and the shared corpus in every backend."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from chainkg.search.port import SearchIndex
from tests.conftest import CORPUS
from tests.search.harness import (
    BACKENDS,
    Loaded,
    elastic_index,
    load_elastic,
    load_store,
    open_embedded,
    sources,
)


@pytest.fixture(scope="session")
def judged_corpus() -> Iterator[Loaded]:
    """The seed and the shared corpus in a graph store and the embedded index."""
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared corpus missing at {CORPUS}; CI must have it")
        pytest.skip(f"shared corpus not found at {CORPUS}")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="chainkg-judged-") as tmp:
        embedded = open_embedded(Path(tmp))
        loaded = load_store(Path(tmp), sources(CORPUS), embedded)
        yield loaded
        for index in loaded.indexes.values():
            index.close()
        loaded.store.close()


@pytest.fixture(scope="session")
def judged_elastic(judged_corpus: Loaded) -> Iterator[SearchIndex]:
    """The same texts in Elasticsearch (reindexed from the graph store), dropped afterwards."""
    with elastic_index() as index:
        load_elastic(judged_corpus, index)
        yield index
        judged_corpus.indexes.pop("elastic", None)


@pytest.fixture(params=BACKENDS)
def judged_index(request: pytest.FixtureRequest, judged_corpus: Loaded) -> SearchIndex:
    if request.param == "elastic":
        return request.getfixturevalue("judged_elastic")  # type: ignore[no-any-return]
    return judged_corpus.indexes["embedded"]
