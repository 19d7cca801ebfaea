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
    # a company's project starts in a named zone
    ("6月18日,湖南衡锐材料有限公司年产5万吨高纯氧化铝及粉体项目在衡江经济技术开发区正式投产。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡江经济技术开发区")}),
    # A是B…的供应商,此次投资…: A invests, B is whom it supplies
    ("衡江恒通塑业有限公司是衡江家电集团冰箱外壳的核心供应商,此次投资3亿元在衡江高新区建设"
     "华中注塑件生产基地。",
     {("衡江恒通塑业有限公司", "INVESTS_IN", "华中注塑件生产基地")}),
    ("作为衡江家电集团的长期合作伙伴,衡江恒通塑业有限公司今年投资3亿元建设华中注塑件生产基地。",
     {("衡江恒通塑业有限公司", "INVESTS_IN", "华中注塑件生产基地")}),
    # general sector words of the industry lexicon
    ("衡江经开区聚焦稀土永磁材料、生物发酵、船舶与海洋工程装备三大产业。",
     {("衡江经开区", "FOCUSES_ON", "稀土永磁材料"), ("衡江经开区", "FOCUSES_ON", "生物发酵"),
      ("衡江经开区", "FOCUSES_ON", "船舶与海洋工程装备")}),
    ("衡江高新区以大数据、电子信息制造、软件和信息技术服务为主导产业。",
     {("衡江高新区", "FOCUSES_ON", "电子信息制造"), ("衡江高新区", "FOCUSES_ON", "大数据")}),
]

NEGATIVES = [
    # the longer sector word wins: no 软件 / 船舶 cut out of it
    ("衡江高新区以大数据、电子信息制造、软件和信息技术服务为主导产业。",
     {("衡江高新区", "FOCUSES_ON", "软件"), ("衡江高新区", "FOCUSES_ON", "电子信息")}),
    # the partner named in the predicate is no investor
    ("衡江恒通塑业有限公司是衡江家电集团冰箱外壳的核心供应商,此次投资3亿元在衡江高新区建设"
     "华中注塑件生产基地。",
     {("衡江家电集团", "INVESTS_IN", "华中注塑件生产基地")}),
    ("作为衡江家电集团的长期合作伙伴，该公司去年投资15亿元建设年产5万吨正极材料项目。",
     {("衡江家电集团", "INVESTS_IN", "年产5万吨正极材料项目")}),
    # a headline's count of projects is no project
    ("衡江经开区签约15个汽车零部件项目 总投资超百亿元\n", set()),
    ("衡江经开区签约15个汽车零部件项目 总投资超百亿元\n衡江经开区举行招商签约活动。",
     {("衡江经开区", "INVESTS_IN", "衡江经开区签约15个汽车零部件项目")}),
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
