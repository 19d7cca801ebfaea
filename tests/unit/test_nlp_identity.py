"""One entity per real-world zone or university across documents (new sentences for the tests)."""

from __future__ import annotations

from pathlib import Path

from chainkg.graph.records import DocumentGraph, build_document_graph
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.ingest.document import prepare
from chainkg.ingest.readers import SourceText
from chainkg.nlp.extractor import extract, extract_text
from chainkg.nlp.resolve import identity


def _graph(text: str, path: str) -> DocumentGraph:
    doc, repaired = prepare(SourceText(path=path, title=path, text=text), 200)
    return build_document_graph(doc, repaired, extract(repaired))


def _store(tmp_path: Path, *texts: str) -> SqliteGraphStore:
    store = SqliteGraphStore(tmp_path / "g.sqlite")
    store.initialize()
    for k, text in enumerate(texts):
        store.write_document(_graph(text, f"report_{k}.txt"))
    return store


def test_identity_of_zones_and_universities() -> None:
    # the catalogue's name, city-scoped; none when a short form may denote two zones of a city
    assert identity("Zone", "运城市经济开发区", "运城市经开区") == "山西运城经济开发区"
    assert identity("Zone", "合肥经开区", "合肥经开区") == "合肥经济技术开发区"
    assert identity("Zone", "两江新区", "两江新区") == "重庆两江新区"
    assert identity("Zone", "松江经开区", "松江经开区") == ""  # 经济开发区 or 经济技术开发区
    # not in the catalogue: the full name without province and level words
    assert identity("Zone", "山西长治国家级经济技术开发区", "长治开发区") == "长治经济技术开发区"
    assert identity("Zone", "山西转型综合改革示范区", "山西转型综合改革示范区") == ""
    assert identity("University", "中国石油大学", "中国石油大学") == ""  # two campuses
    assert identity("Enterprise", "山西建龙实业有限公司", "建龙实业") == ""


def test_mentions_keep_the_document_form() -> None:
    x = extract_text("运城市经济开发区牵头组建产教联合体。运城市经开区聚合企业54家。")
    zones = [m for m in x.entities if m.type == "Zone"]
    assert {m.canonical for m in zones} == {"运城市经济开发区"}
    assert {m.identity for m in zones} == {"山西运城经济开发区"}
    assert {m.key for m in zones} == {"山西运城经济开发区"}


def test_two_documents_name_one_zone_differently(tmp_path: Path) -> None:
    store = _store(
        tmp_path,
        "今年以来，运城市经济开发区新签约项目12个，总投资86亿元。",
        "山西运城经济开发区与运城职业技术大学签订校企合作协议。",
        "运城市经开区围绕新能源汽车打造产业集群。",
    )
    found = {e.id for name in ("运城市经济开发区", "山西运城经济开发区", "运城市经开区")
             for e in store.find_entities(name, ["Zone"])}
    assert len(found) == 1
    zone = store.entity(found.pop())
    assert zone is not None and zone.name == "山西运城经济开发区"
    assert {"运城市经济开发区", "运城市经开区"} <= set(zone.aliases)


def test_zones_of_different_cities_stay_apart(tmp_path: Path) -> None:
    store = _store(
        tmp_path,
        "合肥经开区与中国科学技术大学共建联合实验室。",
        "芜湖经开区引进了奇瑞、埃斯顿等企业。",
        "松江经开区围绕集成电路打造产业集群。",
        "松江经济技术开发区与上海大学签订合作协议。",
    )
    hefei = store.find_entities("合肥经开区", ["Zone"])
    wuhu = store.find_entities("芜湖经开区", ["Zone"])
    assert len(hefei) == len(wuhu) == 1 and hefei[0].id != wuhu[0].id
    assert hefei[0].name == "合肥经济技术开发区" and wuhu[0].name == "芜湖经济技术开发区"
    # 松江经开区 may be either of 松江's two zones: it is not merged with one of them
    songjiang = store.find_entities("松江经开区", ["Zone"])
    full = store.find_entities("松江经济技术开发区", ["Zone"])
    assert len(songjiang) == len(full) == 1 and songjiang[0].id != full[0].id
