"""Search through the HTTP API and the CLI: filters, facets, pagination, suggest, reindex."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from chainkg.api.app import create_app
from chainkg.cli import app
from chainkg.ingest.pipeline import reconcile, store_graph
from chainkg.search.sqlite_index import SqliteSearchIndex
from chainkg.services import services
from chainkg.settings import Settings, get_settings
from tests.helpers import sample_graph

runner = CliRunner()


@pytest.fixture
def loaded(settings: Settings) -> Settings:
    with services(settings) as s:
        store_graph(sample_graph(), s.store, s.index)
    return settings


@pytest.fixture
def client(loaded: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_search_route_filters_facets_and_pages(client: TestClient) -> None:
    body = client.get("/search", params={"q": "晋北", "facets": "true"}).json()
    assert body["total"] == 3
    assert {f for f in body["facets"]} == {"type", "zone", "industry", "document"}
    zone = client.get("/search", params={"q": "晋北", "zone": "晋北经济开发区"}).json()
    assert zone["total"] >= 1
    assert all("晋北经济开发区" in h["zones"] for h in zone["passages"])
    both = client.get(
        "/search", params=[("q", "晋北"), ("type", "University"), ("type", "Consortium")]
    ).json()
    assert both["filters"]["types"] == ["University", "Consortium"]
    page = client.get("/search", params={"q": "晋北", "limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and len(page["passages"]) == 1
    bad = client.get("/search", params={"q": "晋北", "offset": 20_000})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_input"


def test_suggest_route(client: TestClient) -> None:
    body = client.get("/suggest", params={"q": "jinbei"}).json()
    assert body["suggestions"][0]["name"].startswith("晋北")
    assert body["suggestions"][0]["kind"] == "pinyin"
    typed = client.get("/suggest", params={"q": "太原", "type": "University"}).json()
    assert [s["name"] for s in typed["suggestions"]] == ["太原理工大学"]
    assert client.get("/suggest", params={"q": ""}).status_code == 422


def invoke(settings: Settings, *args: str) -> tuple[int, str, str]:
    get_settings.cache_clear()
    result = runner.invoke(app, list(args), env={"CHAINKG_DATA_DIR": str(settings.data_dir)})
    get_settings.cache_clear()
    return result.exit_code, result.stdout, result.stderr


def test_cli_search_with_filters_and_facets(loaded: Settings) -> None:
    args = ["search", "晋北", "--zone", "晋北经济开发区", "--facets", "--json"]
    code, out, _ = invoke(loaded, *args)
    assert code == 0
    body = json.loads(out)
    assert body["filters"]["zones"] == ["晋北经济开发区"] and body["facets"]["zone"]
    code, out, _ = invoke(loaded, "search", "jbjjkfq")
    assert code == 0 and "read as: 晋北经济开发区" in out
    code, _, err = invoke(loaded, "search", "，。")
    assert code == 1 and "no searchable words" in err


def test_cli_suggest(loaded: Settings) -> None:
    code, out, _ = invoke(loaded, "suggest", "晋北", "--json")
    assert code == 0
    names = [s["name"] for s in json.loads(out)["suggestions"]]
    assert "晋北经济开发区" in names and "晋北产教联合体" in names
    code, out, _ = invoke(loaded, "suggest", "hjzg")
    assert code == 0 and "华晋重工有限公司" in out and "initials" in out


def test_cli_reindex_rebuilds_from_the_store(loaded: Settings) -> None:
    with services(loaded) as s:
        before = s.index.search("实训基地").model_dump()
        s.index.clear()
        assert s.index.search("实训基地").total == 0
    code, out, _ = invoke(loaded, "reindex")
    assert code == 0 and "reindexed 1 documents" in out
    with services(loaded) as s:
        after = s.index.search("实训基地").model_dump()
    for r in (before, after):  # the store keeps no original text: offsets may differ
        for h in r["passages"]:
            h.pop("highlights")
    assert after == before


def test_an_index_in_an_older_layout_is_rebuilt(settings: Settings) -> None:
    db = settings.db_path
    db.parent.mkdir(parents=True)
    old = sqlite3.connect(db)
    old.executescript(
        "CREATE TABLE search_passages (rowid INTEGER PRIMARY KEY, passage_id TEXT, doc_id TEXT);"
        "CREATE VIRTUAL TABLE passages_fts USING fts5(tokens);"
        "INSERT INTO search_passages VALUES (1, 'doc_old:0', 'doc_old');"
    )
    old.close()
    with services(settings) as s:
        assert s.index.document_ids() == set()  # the old layout is gone
        graph = sample_graph()
        s.store.write_document(graph)
        assert reconcile(s.store, s.index) == 1
        assert s.index.search("实训基地").total == 1


def test_embedded_index_uses_the_page_limit_setting(tmp_path: Path) -> None:
    idx = SqliteSearchIndex(tmp_path / "x.sqlite", page_max=5)
    idx.index_passages(sample_graph().document.passages)
    with pytest.raises(Exception, match="limit must be between 1 and 5"):
        idx.search("晋北", limit=6)
    idx.close()
