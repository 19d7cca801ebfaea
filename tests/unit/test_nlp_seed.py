"""The seed report's required results (foundation issue), expected values from the seed text."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.model import EntityType, Extraction, RelationType
from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import relation_pairs as _rels

SEED = Path(__file__).resolve().parents[2] / "data" / "samples" / "shanxi_devzones_2024.txt"

NINE = ("西南大学", "山西工程技术学院", "阳泉职业技术学院", "太原理工大学", "中国石油大学",
        "南京农业大学", "阳泉师范高等专科学校", "太原师范学院", "山西职业技术学院")


@pytest.fixture(scope="module")
def seed() -> tuple[str, Extraction]:
    text = SEED.read_text(encoding="utf-8")
    return text, extract_text(text)



def test_yangquan_partners_with_nine_universities(seed: tuple[str, Extraction]) -> None:
    _, x = seed
    pairs = _rels(x, RelationType.PARTNERS_WITH)
    for uni in NINE:
        assert ("阳泉高新区", uni) in pairs or (uni, "阳泉高新区") in pairs, uni


def test_focus_industries(seed: tuple[str, Extraction]) -> None:
    _, x = seed
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("阳泉高新区", "数字经济") in focus
    for ind in ("新能源", "新材料", "半导体", "智能装备制造", "煤化工"):
        assert ("忻州经济开发区", ind) in focus, ind


def test_consortium_members_counts_and_leader(seed: tuple[str, Extraction]) -> None:
    _, x = seed
    consortium = "运城市经开区产教联合体"
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == consortium}
    assert {"大运汽车股份有限公司", "运城职业技术大学", "山西省重型卡车工程技术研究中心",
            "运城市先进制造业职教集团"} <= members
    counts = {(f.value, f.unit, f.counted_type) for f in x.facts
              if f.kind == "member_count" and f.subject.canonical == consortium}
    assert counts == {(54.0, "家", EntityType.ENTERPRISE), (8.0, "所", EntityType.UNIVERSITY),
                      (32.0, "个", EntityType.RESEARCH_INSTITUTE),
                      (3.0, "个", EntityType.ASSOCIATION)}
    leads = _rels(x, RelationType.LEADS)
    assert ("运城市经济开发区", consortium) in leads or \
        ("运城市经济开发区管委会", consortium) in leads
    kinds = {m.type for m in x.entities if m.name == consortium}
    assert kinds == {EntityType.CONSORTIUM}


def test_investment_fact(seed: tuple[str, Extraction]) -> None:
    _, x = seed
    inv = [f for f in x.facts
           if f.kind == "investment" and f.subject.canonical == "临宜环保科技产业园"]
    assert inv and inv[0].value == 940000000.0 and inv[0].unit == "元"


def test_offsets_point_into_the_original_text(seed: tuple[str, Extraction]) -> None:
    text, x = seed
    for m in x.entities:
        original = text[m.start : m.end]
        assert original.replace("\n", "").replace(" ", "") == m.name.replace(" ", ""), m
    for r in x.relations:
        assert 0 <= r.start <= r.end <= len(text)


def test_names_and_aliases(seed: tuple[str, Extraction]) -> None:
    _, x = seed
    canon = {m.name: m.canonical for m in x.entities}
    assert canon["兴县经开区"] == "兴县经济开发区"
    assert canon["临汾开发区"] == "临汾经济开发区"
    assert canon["长治经开区"] == "长治经开区"  # no full form in the report
    assert "山西（阳泉）智创城" in canon
    govern = _rels(x, RelationType.GOVERNS)
    assert ("长治高新区管委会", "长治高新区") in govern
    assert ("中北大学长治产业技术研究院", "中北大学") in _rels(x, RelationType.PART_OF)
