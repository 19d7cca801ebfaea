"""The bundled seed report through the CLI: the foundation issue's acceptance answers.

Expected names and numbers are read off the seed text (data/samples/shanxi_devzones_2024.txt).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chainkg.cli import app
from chainkg.settings import get_settings
from tests.conftest import SAMPLE

runner = CliRunner()

NINE_UNIVERSITIES = {
    "西南大学", "山西工程技术学院", "阳泉职业技术学院", "太原理工大学", "中国石油大学",
    "南京农业大学", "阳泉师范高等专科学校", "太原师范学院", "山西职业技术学院",
}  # fmt: skip


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("seed")


def run(data_dir: Path, *args: str) -> str:
    get_settings.cache_clear()
    result = runner.invoke(app, list(args), env={"CHAINKG_DATA_DIR": str(data_dir)})
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def ingested(data_dir: Path) -> Path:
    run(data_dir, "ingest", str(SAMPLE))
    return data_dir


def query(data_dir: Path, *args: str) -> dict:  # type: ignore[type-arg]
    return json.loads(run(data_dir, *args, "--json"))


def test_ingest_twice_changes_nothing(ingested: Path) -> None:
    out = run(ingested, "ingest", str(SAMPLE))
    assert "unchanged" in out
    assert "1 documents from 1 files: 0 ingested, 0 replaced, 1 unchanged, 0 failed" in out


def test_consortium_of_yuncheng_zone(ingested: Path) -> None:
    a = query(ingested, "query", "consortium", "运城市经济开发区")
    views = {v["consortium"]["name"]: v for v in a["consortia"]}
    view = views["运城市经开区产教联合体"]
    members = {lk["entity"]["name"]: lk for group in view["members"].values() for lk in group}
    for name in ("大运汽车股份有限公司", "运城职业技术大学", "山西省重型卡车工程技术研究中心",
                 "运城市先进制造业职教集团"):  # fmt: skip
        assert name in members
        assert name in members[name]["evidence"][0]["sentence"]
    counts = {c["counted_type"]: c["value"] for c in view["stated_counts"]}
    assert counts == {"Enterprise": 54, "University": 8, "ResearchInstitute": 32, "Association": 3}
    for c in view["stated_counts"]:
        assert f"{c['value']:g}" in c["evidence"]["sentence"]


def test_reverse_query_for_taiyuan_university_of_technology(ingested: Path) -> None:
    a = query(ingested, "query", "consortium", "太原理工大学")
    zones = {lk["entity"]["name"]: lk for lk in a["zones"]}
    assert "阳泉高新区" in zones
    assert "太原理工大学" in zones["阳泉高新区"]["evidence"][0]["sentence"]


def test_profile_of_yangquan_high_tech_zone(ingested: Path) -> None:
    p = query(ingested, "entity", "阳泉高新区")
    partners = set()
    for rel in p["relations"]:
        if rel["type"] == "PARTNERS_WITH":
            other = rel["tail"] if rel["head"]["name"] == "阳泉高新区" else rel["head"]
            if other["type"] == "University":
                partners.add(other["name"])
    assert partners >= NINE_UNIVERSITIES
    focus = [r["tail"]["name"] for r in p["relations"] if r["type"] == "FOCUSES_ON"]
    assert "数字经济" in focus


def test_chain_of_xinzhou_zone(ingested: Path) -> None:
    a = query(ingested, "query", "chain", "忻州经济开发区")
    names = [i["industry"]["name"] for i in a["industries"]]
    assert set(names) >= {"新能源", "新材料", "半导体", "智能装备制造", "煤化工"}
    for ic in a["industries"]:
        assert ic["focus"]["evidence"][0]["sentence"]
        assert ic["reference_chain"] or ic["note"]


def test_search_chanjiao_ronghe(ingested: Path) -> None:
    r = query(ingested, "search", "产教融合")
    assert r["total"] >= 3
    scores = [h["score"] for h in r["passages"]]
    assert scores == sorted(scores, reverse=True)
    assert all("【" in h["snippet"] for h in r["passages"])


def test_human_output_and_unknown_name(ingested: Path) -> None:
    out = run(ingested, "query", "consortium", "运城市经济开发区")
    assert "54" in out and "大运汽车股份有限公司" in out
    get_settings.cache_clear()
    result = runner.invoke(
        app, ["query", "chain", "火星开发区"], env={"CHAINKG_DATA_DIR": str(ingested)}
    )
    assert result.exit_code == 1
    assert "火星开发区" in result.stderr


def test_reverse_query_reaches_zones_through_consortium_membership(ingested: Path) -> None:
    a = query(ingested, "query", "consortium", "运城职业技术大学")
    assert "运城市经开区产教联合体" in {v["consortium"]["name"] for v in a["consortia"]}
    zone_id = query(ingested, "entity", "运城市经济开发区")["entity"]["id"]  # name or alias
    zones = {lk["entity"]["id"]: lk for lk in a["zones"]}
    assert zone_id in zones
    assert "运城职业技术大学" in zones[zone_id]["evidence"][0]["sentence"]


def test_zone_partners_are_grouped_as_training_bases_and_agreements(ingested: Path) -> None:
    # 与西南大学…共建大学生实习实训基地；与太原理工大学…签订大学生实习实训协议
    a = query(ingested, "query", "consortium", "阳泉高新区")
    kinds = {k: {lk["entity"]["name"] for lk in v} for k, v in a["partners"].items()}
    assert {"西南大学", "阳泉职业技术学院"} <= kinds["实训基地"]
    assert {"太原理工大学", "中国石油大学"} <= kinds["协议"]
    out = run(ingested, "query", "consortium", "阳泉高新区")
    assert "training bases — 实训基地" in out and "agreements — 协议" in out


def test_an_index_of_an_older_format_says_how_to_rebuild_it(ingested: Path) -> None:
    import sqlite3

    with sqlite3.connect(ingested / "chainkg.sqlite") as conn:  # as a previous release left it
        conn.execute("UPDATE search_meta SET value = 'old' WHERE key = 'schema'")
    get_settings.cache_clear()
    result = runner.invoke(app, ["search", "产教融合"], env={"CHAINKG_DATA_DIR": str(ingested)})
    assert result.exit_code == 0
    assert "chainkg reindex" in result.stderr
    run(ingested, "reindex")
    assert query(ingested, "search", "产教融合")["total"] >= 3
