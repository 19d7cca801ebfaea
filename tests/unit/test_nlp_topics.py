"""Topic families of blind report text (issue #3): short brand names in lists, an industry as a
sentence's topic, a zone's industries from performance statements, parks named after their zone,
and companies investing severally.

Every sentence was written for this file (made-up zones, parks and companies); the expected
triples follow the shared corpus's conventions. Negatives must not fire.
"""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import triples as _triples

Z = "江城经开区位于江城市东部。"  # a document about one zone, named first



def _names(text: str, type_: str) -> set[str]:
    return {m.name for m in extract_text(text).entities if m.type == type_}


# -- parks named after their zone ------------------------------------------------------------

PARKS = [
    ("江城经济技术开发区光电产业园始建于2018年，规划面积6平方公里。",
     {("江城经济技术开发区光电产业园", "LOCATED_IN", "江城经济技术开发区")}),
    ("今年将加快建设滨海高新区智能制造产业园和江城经开区汽车及零部件产业园。",
     {("滨海高新区智能制造产业园", "LOCATED_IN", "滨海高新区"),
      ("江城经开区汽车及零部件产业园", "LOCATED_IN", "江城经开区")}),
    # a park with a place or brand word of its own, written as a place: its own name (as most
    # writers annotate 在Z P: dev45_02, dev47_08, dev48_05, dev48_06)
    ("签约仪式在滨海高新区云谷软件城举行。",
     {("云谷软件城", "LOCATED_IN", "滨海高新区")}),
]


@pytest.mark.parametrize(("text", "expected"), PARKS)
def test_park_in_the_zone_it_is_named_after(text: str, expected: set[tuple[str, str, str]]
                                            ) -> None:
    assert expected <= _triples(text)
    zones = _names(text, "Zone")
    for park, _, zone in expected:
        assert {park, zone} <= zones


def test_park_named_after_a_zone_mentioned_on_its_own() -> None:
    # the zone named elsewhere in its full form: the park lies in that one, no second mention
    text = "滨海国家高新技术产业开发区位于滨海市。滨海高新区智能制造产业园已入驻企业40家。"
    assert ("滨海高新区智能制造产业园", "LOCATED_IN", "滨海国家高新技术产业开发区") in \
        _triples(text)


def test_zone_that_is_no_park_keeps_its_name() -> None:
    assert _names("江城经济技术开发区位于江城市东部。", "Zone") == {"江城经济技术开发区"}


# -- short names: adverbs and anaphora are no part of a name -----------------------------------

@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("华源电气、中岳光能分别作为电力装备和新能源产业链链主，带动作用持续增强。",
     {"中岳光能"}, {"中岳光能分别"}),
    ("两家企业分别投资6亿元、9亿元建设电子特气项目和湿电子化学品项目。", set(), {"两家企业分别"}),
    ("作为恒远集团的长期合作伙伴，该公司去年在江城经开区投资15亿元建设正极材料项目。",
     set(), {"公司去年"}),
    ("“链主企业一句话，比我们跑十趟都管用。”", set(), {"一句话"}),
    ("其转向架、车体等关键部件供应商均已落户。", set(), {"关键部件"}),
    ("园区以大数据为主导产业，已入驻云图科技、星河数据、苹果等企业的12个超大型数据中心。",
     {"云图科技", "星河数据", "苹果"}, {"已入驻云图科技"}),
])
def test_short_names_in_context(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = _names(text, "Enterprise")
    assert wanted <= names
    assert not (unwanted & names)


# -- an industry as the topic of a sentence; companies investing severally ---------------------

TOPICS = [
    (Z + "新材料产业持续壮大，华宇科技有限公司年产5万吨树脂项目、博远精工股份有限公司扩能项目"
     "稳定运行。",
     {("华宇科技有限公司", "IN_INDUSTRY", "新材料"),
      ("博远精工股份有限公司", "IN_INDUSTRY", "新材料"),
      ("华宇科技有限公司", "LOCATED_IN", "江城经开区"),
      ("博远精工股份有限公司", "LOCATED_IN", "江城经开区")}),
    ("动力电池产业集群营收突破800亿元，华宇科技有限公司储能电池项目建成投产。",
     {("华宇科技有限公司", "IN_INDUSTRY", "动力电池")}),
    (Z + "园区先后引进供应商华宇科技有限公司和下游客户博远精工股份有限公司，两家企业分别投资6亿元、"
     "9亿元建设电子特气项目和湿电子化学品项目。",
     {("华宇科技有限公司", "INVESTS_IN", "电子特气项目"),
      ("博远精工股份有限公司", "INVESTS_IN", "湿电子化学品项目")}),
]

TOPIC_NEGATIVES = [
    # another industry opens the next clause: the company is in that one
    ("新材料产业持续壮大，光伏产业加快发展，华宇科技有限公司组件项目投产。",
     {("华宇科技有限公司", "IN_INDUSTRY", "新材料")}),
    # two zones in the text: the topic rule places the company in neither
    ("江城经开区与滨海高新区签约。新材料产业持续壮大，华宇科技有限公司扩能项目投产。",
     {("华宇科技有限公司", "LOCATED_IN", "滨海高新区")}),
    # the projects of two companies investing severally are not both the first one's
    (Z + "园区先后引进供应商华宇科技有限公司和下游客户博远精工股份有限公司，两家企业分别投资6亿元、"
     "9亿元建设电子特气项目和湿电子化学品项目。",
     {("博远精工股份有限公司", "INVESTS_IN", "电子特气项目"),
      ("华宇科技有限公司", "INVESTS_IN", "湿电子化学品项目")}),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_industry_topic(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _triples(text)


@pytest.mark.parametrize(("text", "forbidden"), TOPIC_NEGATIVES)
def test_industry_topic_negative(text: str, forbidden: set[tuple[str, str, str]]) -> None:
    assert not (forbidden & _triples(text))
