"""The last tuning round on tests/nlp_dev/diag: constructions that recurred across writers,
written again here as new report-style sentences with made-up zones and companies.

Expected triples follow the shared corpus's conventions (/work/shared/corpus/README.md). Positives
must all be extracted; negatives must not be.
"""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import triples


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, str(m.type)) for m in extract_text(text).entities}


ENTITIES = [
    # a province, then a two-character brand jieba cuts into single characters, then 能源化工集团
    ("衡江经济开发区管委会分别与湖南衡锐材料有限公司、内蒙古君泰能源化工集团股份有限公司签约。",
     {("内蒙古君泰能源化工集团股份有限公司", "Enterprise")}),
    # an item of a list of sub-parks whose own word is a verb (希望, 发展 …)
    ("衡江高新区规划面积80平方公里,下辖衡江新材料产业园、希望工业园区、滨江新区三个园区。",
     {("希望工业园区", "Zone"), ("衡江新材料产业园", "Zone"), ("滨江新区", "Zone")}),
    # a numeral word between the place and the suffix (三七, 五一)
    ("文山三七产业园区位于文山市北部,规划面积10平方公里。", {("文山三七产业园区", "Zone")}),
    # a 化工园区 named after the base it belongs to
    ("宁东能源化工基地下设宁东精细化工园区、临河综合工业园两个产业园区。",
     {("宁东精细化工园区", "Zone")}),
]

POSITIVES = [
    ("宁东能源化工基地下设宁东精细化工园区、临河综合工业园两个产业园区。",
     {("宁东精细化工园区", "LOCATED_IN", "宁东能源化工基地"),
      ("临河综合工业园", "LOCATED_IN", "宁东能源化工基地")}),
    ("衡江稀土高新区规划面积80平方公里,下辖衡江新材料产业园、希望工业园区、滨江新区三个园区。",
     {("希望工业园区", "LOCATED_IN", "衡江稀土高新区")}),
    # 分别与A、B签约,分别建设P和Q,投资额分别为N和M: each company its own project, none both
    ("衡江经开区管委会分别与湖南衡锐材料有限公司、内蒙古君泰能源化工集团股份有限公司签约,分别建设"
     "年产5万吨高纯氧化铝项目和年产20万吨PVC项目,投资额分别为30亿元和12亿元。",
     {("湖南衡锐材料有限公司", "INVESTS_IN", "年产5万吨高纯氧化铝项目"),
      ("内蒙古君泰能源化工集团股份有限公司", "INVESTS_IN", "年产20万吨PVC项目")}),

    # 园区建有A、B等创新平台N个: the platforms are in the park the passage is about
    ("衡江经济技术开发区新能源产业园始建于2019年。园区建有衡江光伏材料重点实验室、"
     "衡江储能技术研究院等创新平台9个,与衡江大学建立了合作关系。",
     {("衡江光伏材料重点实验室", "LOCATED_IN", "衡江经济技术开发区新能源产业园"),
      ("衡江储能技术研究院", "LOCATED_IN", "衡江经济技术开发区新能源产业园")}),
    # A、B、C等园区企业与D签订…: the companies of the passage's zone
    ("5月8日,衡江高新技术产业开发区与衡江大学签署战略合作协议。签约仪式上,湖南衡锐材料有限公司、"
     "江苏博远精工有限公司等园区企业与衡江大学签订了8项技术合作协议。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡江高新技术产业开发区"),
      ("江苏博远精工有限公司", "LOCATED_IN", "衡江高新技术产业开发区")}),
]

NEGATIVES = [
    ("衡江经开区管委会分别与湖南衡锐材料有限公司、内蒙古君泰能源化工集团股份有限公司签约,分别建设"
     "年产5万吨高纯氧化铝项目和年产20万吨PVC项目,投资额分别为30亿元和12亿元。",
     {("内蒙古君泰能源化工集团股份有限公司", "INVESTS_IN",
       "年产5万吨高纯氧化铝项目和年产20万吨PVC项目")}),
    # a university before the company: the 与 clause is no brand
    ("吉林大学与吉林光远精密仪器有限公司共建联合实验室。",
     {("吉林大学与吉林光远精密仪器有限公司", "PARTNERS_WITH", "吉林大学")}),
    # 等园区企业 with a zone of its own in the sentence: no guess at the passage's zone
    ("衡江高新技术产业开发区位于衡江市北部。湖南衡锐材料有限公司等园区企业赴衡山经济开发区考察。",
     {("湖南衡锐材料有限公司", "LOCATED_IN", "衡山经济开发区")}),
]

NOT_ENTITIES = [
    ("吉林大学与吉林光远精密仪器有限公司共建联合实验室。",
     {("吉林大学与吉林光远精密仪器有限公司", "Enterprise"), ("精密仪器有限公司", "Enterprise")}),
    # a count of parks is no park: 三个产业园区
    ("衡江高新区下辖三个产业园区。", {("三个产业园区", "Zone")}),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_entities(text: str, expected: set[tuple[str, str]]) -> None:
    got = _names(text)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize(("text", "unwanted"), NOT_ENTITIES)
def test_not_entities(text: str, unwanted: set[tuple[str, str]]) -> None:
    got = _names(text)
    assert not (unwanted & got), sorted(unwanted & got)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert not (unwanted & got), sorted(unwanted & got)
