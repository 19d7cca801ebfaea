"""One set of assertions for every SearchIndex backend: the embedded FTS5 index and a real
Elasticsearch, both filled from the seed report and the shared corpus (where present).

Elasticsearch's URL comes from ``CHAINKG_ELASTIC__URL`` or the file ``scripts/engines start``
writes; each run uses its own index prefix and drops its indices afterwards. An absent engine
skips its tests with the reason; under CI (``CI=true``) that is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.graph.port import GraphStore
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.ingest.pipeline import store_graph, sync_entities
from chainkg.model import Passage
from chainkg.search.annotate import annotate
from chainkg.search.core import LITERAL
from chainkg.search.port import (
    FACETS,
    EntityHit,
    IndexingError,
    PassageRecord,
    SearchFilters,
    SearchIndex,
    SearchResult,
)
from chainkg.search.sqlite_index import SqliteSearchIndex
from chainkg.search.text import compact
from tests.conftest import SAMPLE
from tests.contract.conftest import corpus_graphs, unavailable
from tests.helpers import sample_graph
from tests.search.harness import elastic_index

pytestmark = pytest.mark.contract
SEARCH_BACKENDS = ["embedded", "elastic"]
SEED = SAMPLE.read_text(encoding="utf-8")
HOSTILE = [
    '"晋北', "'阳泉'", '阳泉"', "NEAR(阳泉 实训)", "阳泉 OR *", "a) AND (b", "tokens : 阳泉",
    "ents : zon_0", "{tokens ents}: 阳泉", "阳泉*", "^阳泉", "title:阳泉 AND text:实训",
    "阳泉~2", "/阳.*/", "\\", "+阳泉 -实训", "阳泉 && 实训 || !x", "(((", "*:*",
    "'; DROP TABLE search_passages; --", "阳泉\x00实训", "阳泉\x1b[31m", "\u202e阳泉\u202c",
    "阳泉\t\n实训", "😀阳泉", "ＹＡＮＧＱＵＡＮ", "%_%", "阳泉" * 100,
]  # fmt: skip


@pytest.fixture(scope="module")
def search_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("search-contract") / "contract.sqlite"


@pytest.fixture(scope="module")
def search_store(search_db: Path) -> Iterator[SqliteGraphStore]:
    """A graph store with the seed and the corpus, and the embedded index filled by ingest."""
    store = SqliteGraphStore(search_db)
    store.initialize()
    index = SqliteSearchIndex(search_db)
    index.initialize()
    for g in corpus_graphs():
        store_graph(g, store, index)
    index.close()
    yield store
    store.close()


@pytest.fixture(scope="module")
def search_indexes(
    search_store: SqliteGraphStore, search_db: Path
) -> Iterator[dict[str, SearchIndex]]:
    """Every backend that is up, filled the way ingest fills it (passages with their original
    text, annotations from the store)."""
    embedded = SqliteSearchIndex(search_db)
    embedded.initialize()
    out: dict[str, SearchIndex] = {"embedded": embedded}
    try:
        with elastic_index() as es:
            for g in corpus_graphs():
                sync_entities(search_store, es, g.entities)
                es.index_passages(annotate(search_store, g.document.id, g.document.passages))
            out["elastic"] = es
            yield out
    except pytest.skip.Exception:
        yield out
    embedded.close()


@pytest.fixture(params=SEARCH_BACKENDS)
def index(request: pytest.FixtureRequest, search_indexes: dict[str, SearchIndex]) -> SearchIndex:
    """The loaded index of one backend (skipped, or failed under CI, when absent)."""
    if request.param not in search_indexes:
        with elastic_index():
            pass  # skips or fails with the reason
    return search_indexes[request.param]


@pytest.fixture(params=SEARCH_BACKENDS)
def empty_index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    """A fresh, empty index of each backend."""
    if request.param == "elastic":
        with elastic_index() as es:
            yield es
        return
    idx = SqliteSearchIndex(tmp_path / "empty.sqlite")
    idx.initialize()
    yield idx
    idx.close()


def seed_doc() -> str:
    return corpus_graphs()[0].document.id


def canonical(index: SearchIndex, written: str) -> EntityHit:
    """The entity a name as written in the seed stands for (its canonical name may differ)."""
    hits = index.search(written).entities
    return next(e for e in hits if e.name == written or written in e.aliases)


# -- results -------------------------------------------------------------------------------


def test_result_shape_snippets_and_original_offsets(index: SearchIndex) -> None:
    r = index.search("实训基地", limit=5)
    assert isinstance(r, SearchResult)
    assert r.total >= 2 and r.offset == 0 and r.limit == 5 and r.facets == {}
    assert r.tokens and not r.relaxed
    top = r.passages[0]
    assert top.doc_id == seed_doc() and top.doc_title == "shanxi"
    assert "【" in top.snippet and "实训基地" in top.text
    assert [h.score for h in r.passages] == sorted((h.score for h in r.passages), reverse=True)
    assert top.highlights
    for h in top.highlights:
        marked = top.text[h.start : h.end]
        original = SEED[h.original_start : h.original_end]
        assert compact(original) == compact(marked)  # the repair removed only layout
    assert canonical(index, "阳泉高新区").name in top.zones and "Zone" in top.entity_types


def test_names_aliases_and_pinyin_find_the_same_passages(index: SearchIndex) -> None:
    by_name = index.search("阳泉高新区")
    assert by_name.entities[0] == canonical(index, "阳泉高新区")
    assert by_name.entities[0].province == "山西省"
    assert "阳泉高新区的做法值得借鉴" in by_name.passages[0].text
    initials = index.search("yqgxq")
    assert initials.expansions == ["阳泉高新区"]
    assert initials.passages[0].passage_id == by_name.passages[0].passage_id
    spelled = index.search("yangquan")
    assert spelled.expansions == ["阳泉"]
    assert all("阳泉" in h.text for h in spelled.passages)
    alias = index.search("高平经开区")
    assert alias.entities[0] == canonical(index, "高平经开区")
    assert alias.entities[0].name != "高平经开区"
    assert any(h.text.startswith("高平经济技术开发区积极探索") for h in alias.passages[:2])


def test_filters(index: SearchIndex) -> None:
    everything = index.search("开发区", limit=100)
    yq = canonical(index, "阳泉高新区")
    zone = index.search("开发区", limit=100, filters=SearchFilters(zones=[yq.name]))
    assert 0 < zone.total < everything.total
    assert all(yq.name in h.zones for h in zone.passages)
    uni = index.search("开发区", limit=100, filters=SearchFilters(types=["University"]))
    assert uni.total and all("University" in h.entity_types for h in uni.passages)
    both = SearchFilters(types=["University"], zones=[yq.name])
    assert index.search("开发区", filters=both).total <= min(uni.total, zone.total)
    docs = SearchFilters(documents=[seed_doc()])
    assert all(h.doc_id == seed_doc() for h in index.search("新能源", filters=docs).passages)
    ind = index.search("开发区", limit=100, filters=SearchFilters(industries=["数字经济"]))
    assert ind.total and all("数字经济" in h.industries for h in ind.passages)
    eid = yq.id
    ent = index.search("实训", limit=100, filters=SearchFilters(entities=[eid]))
    assert ent.total and all(eid in h.entity_ids for h in ent.passages)
    none = index.search("开发区", filters=SearchFilters(zones=["火星开发区"]))
    assert none.total == 0 and none.passages == []


def test_facets_count_the_matching_passages(index: SearchIndex) -> None:
    r = index.search("开发区", facets=True)
    assert set(r.facets) == set(FACETS)
    assert sum(b.count for b in r.facets["document"]) == r.total
    assert r.facets["document"][0].label  # the document's title
    for bucket in r.facets["zone"][:3]:
        filtered = index.search("开发区", filters=SearchFilters(zones=[bucket.value]))
        assert filtered.total == bucket.count
    counts = [b.count for b in r.facets["type"]]
    assert counts == sorted(counts, reverse=True)


def test_pagination(index: SearchIndex) -> None:
    everything = index.search("开发区", limit=30)
    page = index.search("开发区", limit=5, offset=5)
    assert page.total == everything.total
    assert [h.passage_id for h in page.passages] == [
        h.passage_id for h in everything.passages[5:10]
    ]
    past = index.search("开发区", limit=5, offset=everything.total + 5)
    assert past.passages == [] and past.total == everything.total
    with pytest.raises(InputError, match="limit"):
        index.search("开发区", limit=1000)
    with pytest.raises(InputError, match="limit"):
        index.search("开发区", limit=0)
    with pytest.raises(InputError, match="offset"):
        index.search("开发区", offset=10_000)
    with pytest.raises(InputError, match="offset"):
        index.search("开发区", offset=-1)


@pytest.mark.parametrize("query", HOSTILE, ids=[f"q{i}" for i in range(len(HOSTILE))])
def test_hostile_queries_are_plain_text(index: SearchIndex, query: str) -> None:
    try:
        r = index.search(query, facets=True)
    except InputError as exc:
        assert "no searchable words" in str(exc) or "limit" in str(exc)
        return
    assert r.query == query
    for h in r.passages:
        assert "【" in h.snippet or h.entity_ids


def test_huge_or_empty_queries_are_input_errors(index: SearchIndex) -> None:
    with pytest.raises(InputError, match="the limit is 200"):
        index.search("阳" * 201)
    with pytest.raises(InputError, match="no searchable words"):
        index.search("，。！")
    with pytest.raises(InputError, match="no searchable words"):
        index.search("\x00\x01")
    with pytest.raises(InputError):
        index.suggest("")
    with pytest.raises(InputError, match="limit"):
        index.suggest("阳" * 51)


def test_no_passage_with_every_word_relaxes(index: SearchIndex) -> None:
    r = index.search("阳泉 火星")
    assert r.relaxed and r.total > 0
    assert all("阳泉" in h.text or "火星" in h.text for h in r.passages)


# -- suggest -------------------------------------------------------------------------------


WRITTEN = {"name", "alias", "short"}


@pytest.mark.parametrize(
    ("prefix", "written", "kinds"),
    [
        ("阳泉", "阳泉高新区", WRITTEN),
        ("阳泉高", "阳泉高新区", WRITTEN),
        ("yangquan", "阳泉高新区", {"pinyin"}),
        ("yang quan", "阳泉高新区", {"pinyin"}),
        ("YangQuan", "阳泉高新区", {"pinyin"}),
        ("yqgxq", "阳泉高新区", {"initials"}),
        ("yqg", "阳泉高新区", {"initials"}),
        ("高平经开", "高平经开区", {"alias", "short"}),
        ("际安", "山西际安电气有限公司", {"short"}),
        ("changzhi", "长治高新区", {"pinyin"}),
        ("czjkq", "长治经开区", {"initials"}),
        ("大运汽车", "大运汽车股份有限公司", {"short"}),
    ],
)
def test_suggest(index: SearchIndex, prefix: str, written: str, kinds: set[str]) -> None:
    """``written`` is the name as the seed writes it; the suggestion is its entity."""
    name = canonical(index, written).name
    r = index.suggest(prefix, limit=5)
    assert r.prefix == prefix
    found = {s.name: s for s in r.suggestions}
    assert name in found, [s.name for s in r.suggestions]
    assert found[name].kind in kinds
    scores = [s.score for s in r.suggestions]
    assert scores == sorted(scores, reverse=True)


def test_suggest_types_and_limits(index: SearchIndex) -> None:
    unis = index.suggest("阳泉", types=["University"])
    assert unis.suggestions and all(s.type == "University" for s in unis.suggestions)
    assert len(index.suggest("山西", limit=2).suggestions) == 2
    assert index.suggest("火星").suggestions == []
    exact = index.suggest("yqgxq").suggestions[0]
    assert (exact.name, exact.matched) == (canonical(index, "阳泉高新区").name, "yqgxq")
    whole = index.suggest("changji").suggestions
    if whole:  # with the corpus: chang-ji (昌吉) before chang-jiang (长江流域…)
        assert whole[0].name == canonical(index, "昌吉高新区").name


# -- writes --------------------------------------------------------------------------------


def test_upsert_delete_and_counts(empty_index: SearchIndex, tmp_path: Path) -> None:
    graph = sample_graph()
    store = SqliteGraphStore(tmp_path / "g.sqlite")
    store.write_document(graph)
    doc = graph.document
    sync_entities(store, empty_index, graph.entities)
    empty_index.index_passages(annotate(store, doc.id, doc.passages))
    empty_index.index_passages(annotate(store, doc.id, doc.passages))  # replaces, no duplicates
    assert empty_index.document_ids() == {doc.id}
    assert empty_index.passage_count(doc.id) == len(doc.passages)
    assert empty_index.entity_ids() == set(graph.entities)
    r = empty_index.search("晋北经济开发区", facets=True)
    assert r.total >= 2 and r.entities[0].name == "晋北经济开发区"
    assert empty_index.suggest("jinbei").suggestions
    empty_index.delete_document(doc.id)
    assert empty_index.passage_count(doc.id) == 0
    assert empty_index.search("晋北").total == 0
    gone = sorted(graph.entities)[:2]
    empty_index.delete_entities([*gone, "zon_nonexistent"])
    assert empty_index.entity_ids() == set(graph.entities) - set(gone)
    empty_index.clear()
    assert empty_index.entity_ids() == set() and empty_index.document_ids() == set()
    empty_index.initialize()  # idempotent
    store.close()


def test_a_bare_passage_is_indexed_without_annotations(empty_index: SearchIndex) -> None:
    text = "临宜环保科技产业园投资9.4亿元"
    p = Passage(id="doc_x:0", doc_id="doc_x", ordinal=0, text=text, start=0, end=14, original=text)
    empty_index.index_passages([p])
    hit = empty_index.search("临宜环保科技产业园").passages[0]
    assert hit.passage_id == "doc_x:0" and hit.entity_ids == []


def test_elastic_reports_failed_items(empty_index: SearchIndex) -> None:
    if type(empty_index).__name__ != "ElasticSearchIndex":
        pytest.skip("per-item bulk failures are an Elasticsearch matter")
    good = Passage(id="doc_y:0", doc_id="doc_y", ordinal=0, text="阳泉", start=0, end=2)
    not_a_number: object = "not a number"
    bad = Passage(id="doc_y:1", doc_id="doc_y", ordinal=1, text="阳泉", start=0, end=2)
    object.__setattr__(bad, "start", not_a_number)  # what a broken caller could send
    with pytest.raises(IndexingError, match="doc_y:1") as info:
        empty_index.index_passages([PassageRecord(good), PassageRecord(bad)])
    assert [i for i, _ in info.value.failed] == ["doc_y:1"]
    assert empty_index.passage_count("doc_y") == 1


# -- parity ----------------------------------------------------------------------------------

PARITY = [
    "产教融合", "阳泉", "yangquan", "yqgxq", "新能源汽车", "管运分离", "合肥经开区 新能源汽车",
    "高平经开区", "阳泉 火星", "开发区",
]  # fmt: skip


@pytest.mark.parametrize("query", PARITY)
def test_backends_give_the_same_answers(search_indexes: dict[str, SearchIndex], query: str) -> None:
    if len(search_indexes) < 2:
        unavailable("parity needs every backend up; only " + ", ".join(search_indexes) + " is")
    answers = [ix.search(query, limit=10, facets=True) for ix in search_indexes.values()]
    first, other = answers
    assert (first.total, first.tokens, first.expansions, first.relaxed) == (
        other.total, other.tokens, other.expansions, other.relaxed)  # fmt: skip
    assert first.facets == other.facets
    assert [e.model_dump() for e in first.entities] == [e.model_dump() for e in other.entities]
    ids = [h.passage_id for h in first.passages]
    assert ids[:3] == [h.passage_id for h in other.passages][:3]
    assert set(ids) == {h.passage_id for h in other.passages}
    for a, b in zip(first.passages, other.passages, strict=True):
        assert abs(a.score - b.score) < 1 - LITERAL  # only the BM25 share may differ
    shapes = [set(a.model_dump()) for a in answers]
    assert shapes[0] == shapes[1]


@pytest.mark.parametrize("prefix", ["阳泉", "yangquan", "yqgxq", "changzhi", "cz", "山西", "新"])
def test_backends_suggest_alike(search_indexes: dict[str, SearchIndex], prefix: str) -> None:
    if len(search_indexes) < 2:
        unavailable("parity needs every backend up; only " + ", ".join(search_indexes) + " is")
    first, other = (ix.suggest(prefix, limit=10) for ix in search_indexes.values())
    assert first.model_dump() == other.model_dump()


# -- annotations: the same from every graph backend, for ingest and for reindex -----------------


def test_annotations_are_the_same_for_ingest_and_reindex(search_store: SqliteGraphStore) -> None:
    for g in corpus_graphs():
        ingest = list(annotate(search_store, g.document.id, g.document.passages))
        reindex = list(annotate(search_store, g.document.id))
        assert [(r.passage.id, r.entities) for r in ingest] == [
            (r.passage.id, r.entities) for r in reindex
        ]
    seed = list(annotate(search_store, seed_doc()))
    yangquan = next(r for r in seed if "阳泉高新区的做法值得借鉴" in r.passage.text)
    for written in ("阳泉高新区", "太原理工大学", "数字经济"):
        ids = {e.id for e in search_store.find_entities(written)}
        assert ids & {e.id for e in yangquan.entities}, written


def test_annotations_are_the_same_on_every_graph_backend(loaded: dict[str, GraphStore]) -> None:
    if len(loaded) < 2:
        unavailable("annotation parity needs every graph backend; only " + ", ".join(loaded))
    docs = [g.document.id for g in corpus_graphs()]
    per_backend = [
        [(r.passage.id, r.entities, r.title) for d in docs for r in annotate(s, d)]
        for s in loaded.values()
    ]
    assert per_backend[0] == per_backend[1]
