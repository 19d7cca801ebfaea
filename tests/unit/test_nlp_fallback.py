"""The clause-level typed-pair fallback (``nlp/fallback.py``), on sentences written for these tests.

The layer is tested on its own: the sentence-pattern families are switched off (subjects,
structure and facts stay), so each positive case shows what the fallback finds where no pattern
fires, and each negative case is a pair in one clause (or passage) that it must not relate.
"""

from __future__ import annotations

import pytest

import chainkg.nlp.extractor as extractor
from chainkg.nlp.extractor import extract_text

Triple = tuple[str, str, str]


_PATTERNS = ("partners", "members", "chain_leaders", "focuses", "located", "zone_lists",
             "in_industry", "industry_tasks", "placement")


@pytest.fixture()
def only_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PATTERNS:
        monkeypatch.setattr(extractor, name, lambda *a, **k: None)


def _rels(text: str) -> set[Triple]:
    out: set[Triple] = set()
    for r in extract_text(text).relations:
        t = "CHAIN_LEADER" if r.type == "CHAIN_LEADER_OF" else r.type
        out.add((r.head.name, t, r.tail.name))
    return out


POSITIVE: list[tuple[str, Triple]] = [
    # a passage about one zone: the zone brought the companies in
    ("青禾经济技术开发区是省级开发区。年内，先后引进苏木智能装备有限公司、禾丰精密制造有限公司等企业12家。",
     ("禾丰精密制造有限公司", "LOCATED_IN", "青禾经济技术开发区")),
    # 区内有 U、V: both are in the zone
    ("澄江高新技术产业开发区重点发展光电信息产业。区内有澄江光电研究院、澄江材料研究院两家研发机构。",
     ("澄江材料研究院", "LOCATED_IN", "澄江高新技术产业开发区")),
    # 在此设立: the zone of the sentence before
    ("青禾经济技术开发区是全省重要的汽车基地，丰禾汽车有限公司、云帆汽车股份有限公司等整车企业均在此设立生产基地。",
     ("云帆汽车股份有限公司", "LOCATED_IN", "青禾经济技术开发区")),
    # a list of industries in a passage about one zone
    ("2023年，青禾经济技术开发区地区生产总值增长7.2%。高端装备、新型材料、生物医药三大主导产业集群加快壮大。",
     ("青禾经济技术开发区", "FOCUSES_ON", "新型材料")),
    # a work report's industry task and the companies it backs
    ("做强锂电池产业，支持甲乙新能源科技有限公司、丙丁电池材料有限公司等重点企业扩产增效；",
     ("丙丁电池材料有限公司", "IN_INDUSTRY", "锂电池")),
    # 作为产业链链主 after a sentence about one industry
    ("青禾经济技术开发区光伏产业营收增长20%。丰源光伏科技股份有限公司作为产业链链主，带动企业集聚发展。",
     ("丰源光伏科技股份有限公司", "CHAIN_LEADER", "光伏")),
]


@pytest.mark.parametrize(("text", "triple"), POSITIVE)
def test_the_fallback_relates_typed_pairs(text: str, triple: Triple, only_fallback: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert triple in _rels(text)
    monkeypatch.setattr(extractor, "FALLBACK", False)
    assert triple not in _rels(text)  # the layer, not structure or facts, found it


NEGATIVE: list[tuple[str, Triple]] = [
    # the industry chain drew them in, not the zone
    ("青禾经济技术开发区位于青禾市。青禾电子信息产业链已吸引了甲乙电子有限公司、丙丁科技有限公司等企业前来投资。",
     ("甲乙电子有限公司", "LOCATED_IN", "青禾经济技术开发区")),
    # an institute incubated them
    ("青禾经济技术开发区位于青禾市。青禾材料研究院已孵化甲乙新材料有限公司等科技型企业12家。",
     ("甲乙新材料有限公司", "LOCATED_IN", "青禾经济技术开发区")),
    # the alliance focuses, not the zone
    ("青禾经济技术开发区牵头成立青禾智能制造产业联盟。联盟将聚焦轨道交通、工业机器人两大领域开展协同创新。",
     ("青禾经济技术开发区", "FOCUSES_ON", "工业机器人")),
    # suppliers of a company are not placed by the zone's word
    ("青禾新区今年引进了甲乙汽车部件有限公司等丰禾汽车有限公司配套企业7家。",
     ("丰禾汽车有限公司", "LOCATED_IN", "青禾新区")),
    # signing with a zone is a partnership, not a location
    ("甲乙新能源科技有限公司与青禾经济技术开发区签订投资协议。",
     ("甲乙新能源科技有限公司", "LOCATED_IN", "青禾经济技术开发区")),
    # the city's plan, not the zone's
    ("青禾经济技术开发区位于青禾市东部。全市将做强氢能产业，打造氢能产业集群。",
     ("青禾经济技术开发区", "FOCUSES_ON", "氢能")),
    # two industries before: which chain it leads is not said
    ("青禾经济技术开发区以石油化工、精细化工为主导产业。甲乙石化有限公司是园区的链主企业。",
     ("甲乙石化有限公司", "CHAIN_LEADER", "精细化工")),
]


@pytest.mark.parametrize(("text", "triple"), NEGATIVE)
def test_the_fallback_leaves_unrelated_pairs_alone(text: str, triple: Triple,
                                                   only_fallback: None) -> None:
    assert triple not in _rels(text)


def test_the_fallback_adds_nothing_to_a_pair_the_patterns_related() -> None:
    # the patterns make the company a partner of the zone; the layer must not also place it there
    text = "甲乙新能源科技有限公司与青禾经济技术开发区签订投资协议，项目落户园区。"
    rels = _rels(text)
    pair = {"甲乙新能源科技有限公司", "青禾经济技术开发区"}
    assert len([r for r in rels if {r[0], r[2]} == pair]) <= 1


def test_fallback_relations_keep_their_evidence(only_fallback: None) -> None:
    text, triple = POSITIVE[4]
    found = [r for r in extract_text(text).relations
             if (r.head.name, r.type, r.tail.name) == triple]
    assert found and found[0].end > found[0].start
    assert text[found[0].start : found[0].end]  # a span of the text
    assert found[0].confidence < 0.5  # below the pattern rules
