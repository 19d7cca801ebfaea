from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.search.sqlite_index import SqliteSearchIndex
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
        return {**out, "": rows} if rows else out

    assert df() == counted()
    index.index_passages(sample_graph().document.passages)  # replaces: counts unchanged
    assert df() == counted()
    index.delete_document(sample_graph().document.id)
    assert df() == counted() == {}


def test_very_common_words_are_checked_outside_fts5_with_the_same_answer(
    index: SqliteSearchIndex,
) -> None:
    from chainkg.search.port import SearchFilters
    from chainkg.search.sqlite_index import match_expression
    from chainkg.search.text import plan_query

    plan = plan_query("晋北 太原理工大学")  # 晋北 is in every passage: checked, not matched
    expr, split, _ = index._split(plan)
    assert "晋北" not in expr and split
    total, exact, hits = index._match(plan, SearchFilters(), 10, 0)
    plain = index.conn.execute(
        "SELECT rowid, bm25(passages_fts, 1.0, 0.0) FROM passages_fts WHERE passages_fts MATCH ?"
        " ORDER BY 2",
        (match_expression(plan),),
    ).fetchall()
    assert total == len(plain) == 2 and exact
    assert [round(h.score, 4) for h in hits] == [round(-r[1], 4) for r in plain]
