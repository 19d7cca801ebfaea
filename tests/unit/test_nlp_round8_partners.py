"""Partners of a zone in its own work report, when a clause leaves the subject unsaid (与A共建…),
written as new report-style sentences with made-up zones and companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

P = "PARTNERS_WITH"
REPORT = ("衡江经济技术开发区2024年工作总结\n"
          "产业项目加快建设。湖南衡锐材料有限公司年产5万吨高纯氧化铝项目建成投产。\n")

POSITIVES = [
    # a heading, then a clause with no subject: the report's zone, not the company before
    (REPORT + "创新能力持续提升。与湘潭大学共建先进材料研究院,与中南大学共建粉末冶金中试平台,"
     "新增高新技术企业36家。",
     {("衡江经济技术开发区", P, "湘潭大学"), ("衡江经济技术开发区", P, "中南大学")}),
    # after a clause that names no party
    (REPORT + "聚焦新材料补链,与湘潭大学、中国科学院长沙矿冶研究院共建新材料中试基地。",
     {("衡江经济技术开发区", P, "湘潭大学"),
      ("衡江经济技术开发区", P, "中国科学院长沙矿冶研究院")}),
    # a sub-zone was the last subject: its parent zone signs
    ("2023年,衡江新区地区生产总值增长9.1%。衡江新区综合保税区进出口额增长46%。"
     "创新动能持续增强。与湘潭大学签署全面合作协议。",
     {("衡江新区", P, "湘潭大学")}),
]

NEGATIVES = [
    (REPORT + "创新能力持续提升。与湘潭大学共建先进材料研究院,与中南大学共建粉末冶金中试平台。",
     {("湖南衡锐材料有限公司", P, "湘潭大学"), ("湖南衡锐材料有限公司", P, "中南大学"),
      ("先进材料研究院", P, "中南大学")}),
    # 园区 names the park the passage is about: it stays the partner
    ("衡江软件产业园位于衡江高新区,规划面积3平方公里。为破解企业用工难题,园区与衡阳师范学院共建"
     "软件实训基地,与湖南财经职业学院合作开设订单班。",
     {("衡江高新区", P, "湖南财经职业学院"), ("衡江高新区", P, "衡阳师范学院")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_report_zone_partners(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_report_zone_not_partners(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert not unwanted & got, unwanted & got
