import gc
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from chainkg.api.app import create_app
from chainkg.services import services
from chainkg.settings import Settings
from tests.helpers import sample_graph


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    graph = sample_graph()
    with services(settings) as s:
        s.store.write_document(graph)
        s.index.index_passages(graph.document.passages)
        s.index.index_entities(s.store.entities())
    with TestClient(create_app(settings)) as c:
        yield c


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["stats"]["documents"] == 1


def test_consortium_route_cites_sentences(client: TestClient) -> None:
    body = client.get("/query/consortium", params={"name": "晋北经济开发区"}).json()
    view = body["consortia"][0]
    assert view["consortium"]["name"] == "晋北产教联合体"
    assert view["members"]["Enterprise"][0]["entity"]["name"] == "华晋重工有限公司"
    assert "聚合华晋重工有限公司" in view["members"]["Enterprise"][0]["evidence"][0]["sentence"]


def test_chain_and_leaders_routes(client: TestClient) -> None:
    chain = client.get("/query/chain", params={"zone": "晋北经济开发区"}).json()
    assert chain["industries"][0]["industry"]["name"] == "新能源汽车"
    leaders = client.get("/query/leaders", params={"industry": "新能源汽车"}).json()
    assert leaders["leaders"][0]["entity"]["name"] == "华晋重工有限公司"


def test_search_route(client: TestClient) -> None:
    body = client.get("/search", params={"q": "实训基地", "limit": 5}).json()
    assert body["total"] == 1
    assert "【" in body["passages"][0]["snippet"]


def test_entity_by_name_and_by_id(client: TestClient) -> None:
    by_name = client.get("/entities/太原理工大学").json()
    by_id = client.get(f"/entities/{by_name['entity']['id']}").json()
    assert by_id["entity"]["name"] == "太原理工大学"


def test_unknown_name_is_404_naming_the_input(client: TestClient) -> None:
    r = client.get("/query/chain", params={"zone": "火星开发区"})
    assert r.status_code == 404
    assert r.json() == {
        "error": {"code": "not_found", "message": "no Zone named '火星开发区' in the graph"}
    }


def test_validation_errors_use_the_same_shape(client: TestClient) -> None:
    r = client.get("/search", params={"q": "", "limit": 1000})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "bad_input"
    assert "limit" in r.json()["error"]["message"]


@pytest.fixture
def writer(settings: Settings) -> Iterator[TestClient]:
    s = settings.model_copy(update={"api_key": SecretStr("k3y"), "max_file_bytes": 2000})
    with TestClient(create_app(s)) as c:
        yield c


REPORT = "临宜产业园位于晋南经济开发区，与运城学院共建实训基地。".encode()


def test_writes_need_the_api_key(writer: TestClient) -> None:
    r = writer.post("/documents", files={"file": ("a.txt", REPORT)})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"
    r = writer.post("/documents", files={"file": ("a.txt", REPORT)}, headers={"X-API-Key": "x"})
    assert r.status_code == 401
    assert writer.delete("/documents/doc_x").status_code == 401


def test_upload_list_replace_and_delete(writer: TestClient) -> None:
    key = {"X-API-Key": "k3y"}
    r = writer.post("/documents", files={"file": ("a.txt", REPORT)}, headers=key)
    assert r.status_code == 201, r.text
    [first] = r.json()
    assert first["status"] == "ingested"
    [again] = writer.post("/documents", files={"file": ("a.txt", REPORT)}, headers=key).json()
    assert again["status"] == "unchanged"
    changed = REPORT + "新增一句。".encode()
    [second] = writer.post("/documents", files={"file": ("a.txt", changed)}, headers=key).json()
    assert second["status"] == "replaced"
    docs = writer.get("/documents").json()
    assert [d["id"] for d in docs] == [second["doc_id"]]
    assert writer.delete(f"/documents/{second['doc_id']}", headers=key).json()["deleted"]
    assert writer.get("/documents").json() == []
    assert writer.delete(f"/documents/{second['doc_id']}", headers=key).status_code == 404


def test_uploads_are_bounded_and_checked(writer: TestClient) -> None:
    key = {"X-API-Key": "k3y"}
    big = writer.post("/documents", files={"file": ("big.txt", b"a" * 5000)}, headers=key)
    assert big.status_code == 422
    assert "over the limit" in big.json()["error"]["message"]
    binary = writer.post("/documents", files={"file": ("b.txt", b"\x00\x01")}, headers=key)
    assert "binary" in binary.json()["error"]["message"]
    exe = writer.post("/documents", files={"file": ("c.exe", b"abc")}, headers=key)
    assert "unsupported format" in exe.json()["error"]["message"]


def test_jsonl_upload_gives_a_result_per_line(writer: TestClient) -> None:
    lines = [
        '{"id": "r1", "text": "晋南经济开发区与运城学院共建实训基地。"}',
        "{not json",
        '{"id": "r2", "text": "临宜产业园位于晋南经济开发区。"}',
    ]
    body = ("\n".join(lines) + "\n").encode()
    r = writer.post(
        "/documents", files={"file": ("batch.jsonl", body)}, headers={"X-API-Key": "k3y"}
    )
    assert r.status_code == 201
    assert [x["status"] for x in r.json()] == ["ingested", "failed", "ingested"]
    assert "batch.jsonl line 2" in r.json()[1]["error"]
    assert "/tmp" not in r.json()[1]["error"]


def test_path_neighbourhood_and_exports(client: TestClient) -> None:
    path = client.get(
        "/query/path", params={"source": "华晋重工有限公司", "target": "太原理工大学"}
    ).json()
    assert [e["name"] for e in path["entities"]][::2] == ["华晋重工有限公司", "太原理工大学"]
    hood = client.get("/query/neighbourhood", params={"name": "晋北产教联合体"}).json()
    assert len(hood["entities"]) == 4
    csv_file = client.get("/query/consortium", params={"name": "晋北经济开发区", "export": "csv"})
    assert csv_file.headers["content-type"].startswith("text/csv")
    assert "华晋重工有限公司" in csv_file.content.decode("utf-8-sig")
    graphml = client.get("/entities/晋北产教联合体", params={"export": "graphml"})
    assert b"<graphml" in graphml.content
    bad = client.get("/entities/晋北产教联合体", params={"export": "pdf"})
    assert bad.status_code == 422


def test_started_app_keeps_its_startup_objects_out_of_the_collector(settings: Settings) -> None:
    gc.unfreeze()
    try:
        with TestClient(create_app(settings)) as c:
            assert gc.get_freeze_count() > 0  # settle() ran once the services were built
            assert c.get("/health").status_code == 200
    finally:
        gc.unfreeze()
