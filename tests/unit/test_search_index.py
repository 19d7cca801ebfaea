import math
from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.model import Passage
from chainkg.search import sqlite_index
from chainkg.search.port import SearchFilters
from chainkg.search.sqlite_index import SqliteSearchIndex, match_expression
from chainkg.search.text import plan_query
from tests.helpers import TEXT, sample_graph


@pytest.fixture
def index(tmp_path: Path) -> SqliteSearchIndex:
    graph = sample_graph()
    store = SqliteGraphStore(tmp_path / "db.sqlite")
    store.write_document(graph)
    idx = SqliteSearchIndex(tmp_path / "db.sqlite")
    idx.index_passages(graph.document.passages)
    idx.index_entities(store.entities())
    yield idx
    idx.close()
    store.close()


def test_search_ranks_passages_and_highlights(index: SqliteSearchIndex) -> None:
    result = index.search("实训基地")
    assert result.total == 1
    hit = result.passages[0]
    assert "【实训】【基地】" in hit.snippet or "【实训基地】" in hit.snippet
    marked = {TEXT[h.original_start : h.original_end] for h in hit.highlights}
    assert "实训基地" in marked


def test_search_finds_entities_by_name(index: SqliteSearchIndex) -> None:
    result = index.search("太原理工大学")
    assert result.entities[0].name == "太原理工大学"
    assert result.total >= 1


def test_pagination(index: SqliteSearchIndex) -> None:
    all_hits = index.search("晋北", limit=10)
    page2 = index.search("晋北", limit=1, offset=1)
    assert all_hits.total == page2.total
    assert [p.passage_id for p in page2.passages] == [all_hits.passages[1].passage_id]


@pytest.mark.parametrize(
    "query", ['"晋北', "NEAR(a b)", "晋北 OR *", "a) AND (b", "'; DROP TABLE search_passages; --"]
)
def test_hostile_queries_are_plain_text(index: SqliteSearchIndex, query: str) -> None:
    result = index.search(query)
    assert result.query == query
    assert index.search("晋北").total > 0


def test_empty_or_huge_query_is_an_input_error(index: SqliteSearchIndex) -> None:
    with pytest.raises(InputError, match="no searchable words"):
        index.search("，。！")
    with pytest.raises(InputError, match="no searchable words"):
        index.search('"')
    with pytest.raises(InputError, match="limit"):
        index.search("晋" * 500)


def test_delete_document_removes_passages(index: SqliteSearchIndex) -> None:
    doc_id = sample_graph().document.id
    index.delete_document(doc_id)
    assert index.search("晋北").total == 0


def test_document_frequencies_follow_writes_and_deletes(index: SqliteSearchIndex) -> None:
    def df() -> dict[str, int]:
        return dict(index.conn.execute("SELECT term, df FROM search_df WHERE df > 0"))

    def counted() -> dict[str, int]:
        out: dict[str, int] = {}
        for (tokens,) in index.conn.execute("SELECT tokens FROM passages_fts"):
            for t in set(tokens.split()):
                out[t] = out.get(t, 0) + 1
        rows = index.conn.execute("SELECT count(*) FROM passages_fts").fetchone()[0]
        length = sum(
            len(t.split()) for (t,) in index.conn.execute("SELECT tokens FROM passages_fts")
        )
        return {**out, "": rows, " ": length} if rows else out

    assert df() == counted()
    index.index_passages(sample_graph().document.passages)  # replaces: counts unchanged
    assert df() == counted()
    index.delete_document(sample_graph().document.id)
    assert df() == counted() == {}


def reference_bm25(index: SqliteSearchIndex, words: list[str]) -> dict[str, float]:
    """Okapi BM25 (k1 1.2, b 0.75, FTS5's IDF) of every passage holding a word, from the stored
    tokens alone."""
    docs = {
        pid: str(tokens).split()
        for pid, tokens in index.conn.execute(
            "SELECT p.passage_id, f.tokens FROM search_passages p"
            " JOIN passages_fts f ON f.rowid = p.rowid"
        )
    }
    n, avgdl = len(docs), sum(map(len, docs.values())) / len(docs)
    out = {}
    for pid, toks in docs.items():
        score = 0.0
        for w in words:
            df = sum(w in t for t in docs.values())
            idf = max(math.log((n - df + 0.5) / (df + 0.5)), 1e-6)
            tf = toks.count(w)
            score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(toks) / avgdl))
        if score:
            out[pid] = score
    return out


def test_very_common_words_are_checked_outside_fts5_with_the_same_answer(
    index: SqliteSearchIndex,
) -> None:
    plan = plan_query("晋北 实训基地")  # 晋北 is in every passage: checked, not matched
    stats = index._stats(plan.words)
    expr, split, _ = index._split(plan, stats)
    assert "晋北" not in expr and split
    total, exact, hits = index._match(plan, SearchFilters(), 10, 0)
    plain = index.conn.execute(
        "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?", (match_expression(plan),)
    ).fetchall()
    assert total == len(plain) == 1 and exact
    expected = reference_bm25(index, plan.words)
    assert {h.passage_id: round(h.score, 6) for h in hits} == {
        pid: round(s, 6) for pid, s in expected.items() if "实训基地" in pid_text(index, pid)
    }
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def pid_text(index: SqliteSearchIndex, passage_id: str) -> str:
    row = index.conn.execute(
        "SELECT text FROM search_passages WHERE passage_id = ?", (passage_id,)
    ).fetchone()
    return str(row[0])


# Twelve passages on 光伏, written for this test: the word 1–3 times, passages of different
# lengths, so BM25 orders them; the 3rd, 7th and 11th also name 储能.
PV = [
    "光伏"
    if i % 4 == 0
    else "园区新建光伏项目" + "，配套建设厂房" * (i % 3) + "光伏" * (i % 5 == 1)
    for i in range(12)
]
PV = [t + ("，储能电站同步建设" if i in (2, 6, 10) else "") for i, t in enumerate(PV)]
OTHER = [f"第{i}批标准化厂房竣工" for i in range(40)]  # without 光伏: its IDF counts


@pytest.fixture
def pv_index(tmp_path: Path) -> SqliteSearchIndex:
    idx = SqliteSearchIndex(tmp_path / "pv.sqlite")
    idx.index_passages(
        Passage(id=f"doc_other:{i}", doc_id="doc_other", ordinal=i, text=t, start=0, end=len(t))
        for i, t in enumerate(OTHER)
    )
    idx.index_passages(
        Passage(id=f"doc_pv:{i}", doc_id="doc_pv", ordinal=i, text=t, start=0, end=len(t))
        for i, t in enumerate(PV)
    )
    yield idx
    idx.close()


def test_up_to_a_block_of_matches_are_ranked_by_bm25(pv_index: SqliteSearchIndex) -> None:
    plan = plan_query("光伏")
    total, exact, hits = pv_index._match(plan, SearchFilters(), 12, 0)
    assert (total, exact) == (12, True)
    expected = reference_bm25(pv_index, ["光伏"])
    assert len(expected) == 12 and len({round(v, 6) for v in expected.values()}) > 3
    assert [h.passage_id for h in hits] == sorted(
        expected, key=lambda pid: (-round(expected[pid], 9), -int(pid.split(":")[1]))
    )
    assert [round(h.score, 6) for h in hits] == [round(expected[h.passage_id], 6) for h in hits]


def test_beyond_a_block_the_newest_blocks_come_first_and_pages_agree(
    pv_index: SqliteSearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_index, "RANK_BLOCK", 5)
    plan = plan_query("光伏")
    total, exact, hits = pv_index._match(plan, SearchFilters(), 12, 0)
    assert (total, exact) == (12, True)
    ids = [h.passage_id for h in hits]
    newest = [f"doc_pv:{i}" for i in range(11, -1, -1)]  # indexed in this order
    blocks = [newest[:5], newest[5:10], newest[10:]]
    assert [set(ids[:5]), set(ids[5:10]), set(ids[10:])] == [set(b) for b in blocks]
    for start in (0, 5, 10):
        scores = [h.score for h in hits[start : start + 5]]
        assert scores == sorted(scores, reverse=True)
    pages = [
        h.passage_id
        for o in range(0, 12, 3)
        for h in pv_index._match(plan, SearchFilters(), 3, o)[2]
    ]
    assert pages == ids


def test_totals_are_exact_up_to_the_cap(
    pv_index: SqliteSearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_index, "TOTAL_CAP", 10)
    assert pv_index._match(plan_query("储能"), SearchFilters(), 10, 0)[:2] == (3, True)
    total, exact, hits = pv_index._match(plan_query("光伏"), SearchFilters(), 10, 0)
    assert (total, exact, len(hits)) == (10, False, 10)


def test_filters_are_matched_as_tokens_whatever_their_values(index: SqliteSearchIndex) -> None:
    doc = sample_graph().document.id
    assert index.search("晋北", filters=SearchFilters(documents=[doc])).total == 3
    for value in ['"', '" OR "', "ents : x", "*", "晋北 OR 1"]:
        assert index.search("晋北", filters=SearchFilters(documents=[value])).total == 0
        assert index.search("晋北", filters=SearchFilters(zones=[value])).total == 0
