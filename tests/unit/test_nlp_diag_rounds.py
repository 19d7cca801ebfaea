"""Constructions behind the errors shared by the writers of the diagnosis batches
(tests/nlp_dev/diag, dev25–dev36), in three rounds, written again here as new report-style
sentences with made-up zones and companies. Expected triples follow the shared corpus's
conventions (/work/shared/corpus/README.md): positives must all be found, negatives must not be.
"""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import triples

START = ("衡江经济技术开发区2024年一季度重点项目集中开工仪式举行。"
         "此次集中开工项目16个，总投资98亿元。")

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

NOT_ENTITIES = [
    ("吉林大学与吉林光远精密仪器有限公司共建联合实验室。",
     {("吉林大学与吉林光远精密仪器有限公司", "Enterprise"), ("精密仪器有限公司", "Enterprise")}),
    # a count of parks is no park: 三个产业园区
    ("衡江高新区下辖三个产业园区。", {("三个产业园区", "Zone")}),
]

POSITIVES = [
    # ==== signing lists, long member lists, topic headings, sub-parks (diag round) ================
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
    # ==== sub-parks, started projects, platforms, park companies (last round) =====================
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
    # ==== started-project lists, headline zones, investors (round 7) ==============================
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
    # ==== diag round ==============================================================================
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
    # ==== last round ==============================================================================
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
    # ==== round 7 =================================================================================
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


def _entities(text: str) -> set[tuple[str, str]]:
    return {(m.name, str(m.type)) for m in extract_text(text).entities}


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_entities(text: str, expected: set[tuple[str, str]]) -> None:
    got = _entities(text)
    assert expected <= got, sorted(expected - got)


@pytest.mark.parametrize(("text", "unwanted"), NOT_ENTITIES)
def test_not_entities(text: str, unwanted: set[tuple[str, str]]) -> None:
    got = _entities(text)
    assert not (unwanted & got), sorted(unwanted & got)


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
