"""Shared by the search tests: the judged set, loading the texts into both backends, nDCG.

The embedded index is filled by the ingest path (``store_graph``), Elasticsearch by the
reindex-from-store path (``reconcile``), so the judged queries also check that both paths give
indexes that rank alike.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from chainkg.errors import BackendUnavailable
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.ingest.pipeline import analyse, reconcile, store_graph
from chainkg.ingest.readers import SourceText
from chainkg.search.port import SearchIndex
from chainkg.search.sqlite_index import SqliteSearchIndex
from chainkg.search.text import compact
from tests.conftest import SAMPLE
from tests.contract.conftest import engine_setting, unavailable

JUDGED = Path(__file__).with_name("judged.json")
BACKENDS = ["embedded", "elastic"]
K = 10


@dataclass(frozen=True, slots=True)
class Judgment:
    doc: str
    contains: tuple[str, ...]
    grade: int


@dataclass(frozen=True, slots=True)
class JudgedQuery:
    q: str
    kind: str
    judgments: tuple[Judgment, ...]


def judged_queries() -> list[JudgedQuery]:
    data = json.loads(JUDGED.read_text(encoding="utf-8"))
    return [
        JudgedQuery(
            q=item["q"],
            kind=item["kind"],
            judgments=tuple(
                Judgment(j["doc"], tuple(j["contains"]), int(j["grade"])) for j in item["judgments"]
            ),
        )
        for item in data["queries"]
    ]


def sources(corpus_dir: Path | None) -> dict[str, SourceText]:
    """The seed report and (when given) the shared corpus texts, by judged-set key."""
    out = {"seed": SourceText(str(SAMPLE), "shanxi", SAMPLE.read_text(encoding="utf-8"))}
    if corpus_dir is not None:
        for f in sorted(corpus_dir.glob("doc_*.json")):
            doc = json.loads(f.read_text(encoding="utf-8"))
            out[f.stem] = SourceText(f.name, doc.get("title") or f.stem, doc["text"])
    return out


@dataclass(slots=True)
class Loaded:
    """A graph store with the texts, and the search indexes built from it."""

    store: SqliteGraphStore
    doc_ids: dict[str, str]  # judged-set key → document id
    texts: dict[str, dict[str, str]]  # document id → passage id → passage text
    indexes: dict[str, SearchIndex] = field(default_factory=dict)


def load_store(tmp: Path, srcs: dict[str, SourceText], embedded: SearchIndex) -> Loaded:
    store = SqliteGraphStore(tmp / "search.sqlite")
    store.initialize()
    doc_ids = {}
    for key, src in srcs.items():
        graph = analyse(src, 400)
        store_graph(graph, store, embedded)
        doc_ids[key] = graph.document.id
    texts: dict[str, dict[str, str]] = {}
    for p in store.passages():
        texts.setdefault(p.doc_id, {})[p.id] = p.text
    return Loaded(store=store, doc_ids=doc_ids, texts=texts, indexes={"embedded": embedded})


def elastic_url() -> str | None:
    return engine_setting("CHAINKG_ELASTIC__URL")


@contextmanager
def elastic_index(prefix: str | None = None) -> Iterator[SearchIndex]:
    """An Elasticsearch index under a fresh prefix, dropped afterwards; skipped (failed under
    CI) when no server is configured or reachable."""
    url = elastic_url()
    if not url:
        unavailable("Elasticsearch not configured: run `scripts/engines start` or set it")
    try:
        from chainkg.search.elastic_index import ElasticSearchIndex
    except ImportError as exc:
        unavailable(f"the elasticsearch client is not installed ({exc}): pip install '.[elastic]'")
        raise
    from chainkg.settings import ElasticSettings

    name = prefix or f"chainkg-test-{uuid.uuid4().hex[:10]}"
    index = ElasticSearchIndex(ElasticSettings(url=url or "", index_prefix=name))
    try:
        index.initialize()
    except BackendUnavailable as exc:
        unavailable(str(exc))
    try:
        yield index
    finally:
        try:
            index.drop()
        finally:
            index.close()


def load_elastic(loaded: Loaded, index: SearchIndex) -> None:
    reconcile(loaded.store, index)
    loaded.indexes["elastic"] = index


def open_embedded(tmp: Path) -> SqliteSearchIndex:
    idx = SqliteSearchIndex(tmp / "search.sqlite")
    idx.initialize()
    return idx


# -- grading ---------------------------------------------------------------------------------


def grades(query: JudgedQuery, loaded: Loaded) -> dict[str, int]:
    """Grade of every passage (0 omitted): the highest judgment whose text it contains."""
    out: dict[str, int] = {}
    for j in query.judgments:
        doc_id = loaded.doc_ids[j.doc]
        needles = [compact(c) for c in j.contains]
        for pid, text in loaded.texts[doc_id].items():
            if any(n in compact(text) for n in needles):
                out[pid] = max(out.get(pid, 0), j.grade)
    return out


def stale_judgments(query: JudgedQuery, loaded: Loaded) -> list[str]:
    """Judged strings that occur in no passage of their document (the texts changed)."""
    out = []
    for j in query.judgments:
        doc_id = loaded.doc_ids.get(j.doc)
        passages = loaded.texts.get(doc_id, {}) if doc_id else {}
        for c in j.contains:
            if not any(compact(c) in compact(t) for t in passages.values()):
                out.append(f"{query.q!r}: {j.doc} has no passage containing {c!r}")
    return out


def dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg(ranked: list[str], graded: dict[str, int], k: int = K) -> float:
    ideal = dcg(sorted(graded.values(), reverse=True)[:k])
    if ideal == 0:
        return 1.0 if not ranked else 0.0
    return dcg([graded.get(pid, 0) for pid in ranked[:k]]) / ideal
