"""Constructions found by reading the misses on the diag passages (tests/nlp_dev/diag), written
again here as new report-style sentences with made-up zones and companies.

Expected triples follow the shared corpus's conventions (/work/shared/corpus/README.md). Positives
must all be extracted; negatives must not be.
"""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

POSITIVES = [
    # -- 分别投资N、M建设P和Q after a clause that names the companies ---------------------------
    ("湖南衡锐材料有限公司、江苏博远精工有限公司先后落户衡江经开区,分别投资9.2亿元、4.6亿元"
     "建设高纯氧化铝项目和精密模具项目。",
     {("湖南衡锐材料有限公司", "INVESTS_IN", "高纯氧化铝项目"),
      ("江苏博远精工有限公司", "INVESTS_IN", "精密模具项目")}),
    # -- Z管委会分别与A、B、C签订P1、P2和P3合作协议 -----------------------------------------------
    ("衡江经开区管委会分别与湖南衡锐材料有限公司、江苏博远精工有限公司、浙江金石科技有限公司"
     "签订高纯氧化铝项目、精密模具项目和智能仓储项目合作协议,投资额分别为9亿元、4亿元和3亿元。",
     {("湖南衡锐材料有限公司", "INVESTS_IN", "高纯氧化铝项目"),
      ("江苏博远精工有限公司", "INVESTS_IN", "精密模具项目"),
      ("浙江金石科技有限公司", "INVESTS_IN", "智能仓储项目")}),
    ("衡江经开区管委会分别与湖南衡锐材料有限公司、江苏博远精工有限公司签约,分别建设"
     "年产5万吨高纯氧化铝项目和年产20万套精密模具项目,投资额分别为30亿元和12亿元。",
     {("湖南衡锐材料有限公司", "INVESTS_IN", "年产5万吨高纯氧化铝项目"),
      ("江苏博远精工有限公司", "INVESTS_IN", "年产20万套精密模具项目")}),
    # -- long member lists of a consortium, counted by kind ------------------------------------
    ("衡江智能装备职业教育集团近日成立,成员包括衡阳职业技术学院、湘南理工学院等院校12所,"
     "湖南衡锐材料有限公司、江苏博远精工有限公司等企业40家,以及衡江智能制造研究院等科研机构3家。",
     {("衡阳职业技术学院", "MEMBER_OF", "衡江智能装备职业教育集团"),
      ("湘南理工学院", "MEMBER_OF", "衡江智能装备职业教育集团"),
      ("湖南衡锐材料有限公司", "MEMBER_OF", "衡江智能装备职业教育集团"),
      ("江苏博远精工有限公司", "MEMBER_OF", "衡江智能装备职业教育集团"),
      ("衡江智能制造研究院", "MEMBER_OF", "衡江智能装备职业教育集团")}),
    ("衡江新材料产教联合体日前揭牌。联合体首批成员单位40家。其中,企业30家,包括湖南衡锐材料有限公司、"
     "江苏博远精工有限公司等;院校6所,包括衡阳职业技术学院、湘南理工学院等;科研机构4家,包括"
     "衡江新材料研究院等。",
     {("湖南衡锐材料有限公司", "MEMBER_OF", "衡江新材料产教联合体"),
      ("江苏博远精工有限公司", "MEMBER_OF", "衡江新材料产教联合体"),
      ("衡阳职业技术学院", "MEMBER_OF", "衡江新材料产教联合体"),
      ("湘南理工学院", "MEMBER_OF", "衡江新材料产教联合体"),
      ("衡江新材料研究院", "MEMBER_OF", "衡江新材料产教联合体")}),
    # -- sub-parks in a later clause (…,下辖A、B两个园区) --------------------------------------
    ("衡阳高新技术产业开发区始建于1992年。高新区规划面积100平方公里,下辖衡阳新材料产业园、"
     "衡阳智能制造产业园两个园区。",
     {("衡阳新材料产业园", "LOCATED_IN", "衡阳高新技术产业开发区"),
      ("衡阳智能制造产业园", "LOCATED_IN", "衡阳高新技术产业开发区")}),
    # -- a topic heading before the subject (产学研合作方面,经开区与…) ---------------------------
    ("衡江经济技术开发区位于衡江市北部。产学研合作方面,经开区与衡江大学、湘南理工学院签订"
     "人才共育协议。",
     {("衡江大学", "PARTNERS_WITH", "衡江经济技术开发区"),
      ("湘南理工学院", "PARTNERS_WITH", "衡江经济技术开发区")}),
]

NEGATIVES = [
    # a zone's companies counted by kind, with no member list in sight: no MEMBER_OF
    ("衡江新材料产业联盟去年成立。衡江经开区是全省新材料产业重点承载区,区内企业有120家,"
     "高新技术企业36家,包括湖南衡锐材料有限公司、江苏博远精工有限公司等。",
     {("湖南衡锐材料有限公司", "MEMBER_OF", "衡江新材料产业联盟"),
      ("江苏博远精工有限公司", "MEMBER_OF", "衡江新材料产业联盟")}),
    # the project list does not match the companies one to one: no pairing guessed
    ("衡江经开区管委会分别与湖南衡锐材料有限公司、江苏博远精工有限公司签订合作协议,"
     "涉及高纯氧化铝、精密模具、智能仓储等领域。",
     {("湖南衡锐材料有限公司", "INVESTS_IN", "高纯氧化铝"),
      ("江苏博远精工有限公司", "INVESTS_IN", "精密模具")}),
    # 分别投资 after a clause whose list is not the sentence's subject
    ("衡江经开区引进了湖南衡锐材料有限公司、江苏博远精工有限公司等企业。两地政府,分别投资3亿元、"
     "2亿元建设配套道路项目和供水项目。",
     {("湖南衡锐材料有限公司", "INVESTS_IN", "配套道路项目"),
      ("江苏博远精工有限公司", "INVESTS_IN", "供水项目")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert not (unwanted & got), sorted(unwanted & got)
