"""Round 7 probes: general report constructions behind the errors shared by the diag writers
(dev25–dev36). Every sentence was written for this file (made-up zones and companies); expected
triples follow the shared corpus's conventions. Negatives must not fire.
"""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import triples

START = ("衡江经济技术开发区2024年一季度重点项目集中开工仪式举行。"
         "此次集中开工项目16个，总投资98亿元。")

POSITIVES = [
    # -- the list of a start event: 其中, A投资…建设P; B P项目总投资… (runs on over ;) ----
    (START + "其中,湖南衡锐材料有限公司投资8亿元建设高纯氧化铝基地;"
     "衡江恒通物流有限公司冷链仓储扩建项目总投资3.5亿元;"
     "湖南中科瑞达药业有限公司投资6亿元的原料药中试基地同步开工。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡江经济技术开发区"),
      ("衡江恒通物流有限公司", "LOCATED_IN", "衡江经济技术开发区"),
      ("湖南中科瑞达药业有限公司", "LOCATED_IN", "衡江经济技术开发区"),
      ("湖南衡锐材料有限公司", "INVESTS_IN", "高纯氧化铝基地")}),
    ("3月8日,衡江高新技术产业开发区举行重点项目集中开工活动,21个项目集中开工,"
     "总投资130亿元。"
     "开工项目中,湖南衡锐材料有限公司投资12亿元建设电子级硅材料基地;"
     "衡江智达电子有限公司年产500万片柔性电路板项目总投资9亿元。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡江高新技术产业开发区"),
      ("衡江智达电子有限公司", "LOCATED_IN", "衡江高新技术产业开发区")}),
    # a headline's province-prefixed short form is the same zone as the body's full name
    ("广西衡州港片区重大项目集中开工\n中国(广西)自由贸易试验区衡州港片区重大项目集中开工活动举行,"
     "此次集中开工项目12个。其中,广西衡润化工有限公司年产20万吨树脂项目总投资30亿元。",
     {("广西衡润化工有限公司", "LOCATED_IN", "中国(广西)自由贸易试验区衡州港片区")}),
]

NEGATIVES = [
    # a signing list: signed projects are not yet in the zone (doc_01)
    ("衡江经济技术开发区2024年重点项目集中签约活动举行,现场签约项目9个,总投资60亿元。"
     "其中,湖南衡锐材料有限公司投资8亿元建设高纯氧化铝基地;"
     "衡江恒通物流有限公司冷链仓储扩建项目总投资3.5亿元。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡江经济技术开发区"),
      ("衡江恒通物流有限公司", "LOCATED_IN", "衡江经济技术开发区")}),
    # a 其中 list far from the start event (another paragraph's news): no placement
    (START + "\n衡江市今年招商引资成效明显。全市新签约项目40个。"
     "其中,湖南衡锐材料有限公司投资8亿元建设高纯氧化铝基地。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡江经济技术开发区")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert not (unwanted & got), sorted(unwanted & got)


def test_extracts_without_error_on_empty_list() -> None:
    assert extract_text("其中,").relations == []
