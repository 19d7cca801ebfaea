"""Probe checklist of the enterprise–zone–industry web (LOCATED_IN, IN_INDUSTRY, FOCUSES_ON,
INVESTS_IN, CHAIN_LEADER): the ordinary ways development-zone reports state each relation.

Every sentence was written for this file (made-up zones and companies); the expected triples are
read off the sentence following the shared corpus's conventions (a 龙头/链主 is CHAIN_LEADER of its
industry, not IN_INDUSTRY of it; a company listed under a kind of companies is IN_INDUSTRY of it;
区内/园区/开发区 stand for the zone the document names). Negatives must not fire.
"""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import triples as _triples

Z = "江城经开区位于江城市东部。"  # a document about one zone, named first



POSITIVES = [
    # -- enterprises listed under an industry ------------------------------------------------
    ("江城经开区现有规上企业86家，其中新能源汽车零部件企业32家，如华宇科技、博远精工等。",
     {("华宇科技", "IN_INDUSTRY", "新能源汽车零部件"),
      ("博远精工", "IN_INDUSTRY", "新能源汽车零部件")}),
    ("江城经开区集聚了一批新材料企业，包括华宇科技、博远精工、金石新材等。",
     {("华宇科技", "IN_INDUSTRY", "新材料"), ("金石新材", "IN_INDUSTRY", "新材料"),
      ("华宇科技", "LOCATED_IN", "江城经开区"), ("金石新材", "LOCATED_IN", "江城经开区")}),
    ("江城经开区生物医药企业有华宇制药、博远生物、金石医疗等200余家。",
     {("华宇制药", "IN_INDUSTRY", "生物医药"), ("金石医疗", "IN_INDUSTRY", "生物医药"),
      ("华宇制药", "LOCATED_IN", "江城经开区")}),
    ("江城经开区已集聚动力电池企业15家，包括华宇科技、博远精工、金石新能源等。",
     {("华宇科技", "IN_INDUSTRY", "动力电池"), ("金石新能源", "IN_INDUSTRY", "动力电池"),
      ("博远精工", "LOCATED_IN", "江城经开区")}),
    ("江城高新区，集成电路企业有华宇科技、博远电子等。",
     {("华宇科技", "IN_INDUSTRY", "集成电路"), ("博远电子", "IN_INDUSTRY", "集成电路")}),
    ("江城经开区，华宇科技、博远精工等新能源汽车零部件企业加快发展。",
     {("华宇科技", "IN_INDUSTRY", "新能源汽车零部件")}),
    ("江城高新区拥有华宇科技、博远电子等半导体企业20余家。",
     {("华宇科技", "IN_INDUSTRY", "半导体"), ("博远电子", "LOCATED_IN", "江城高新区")}),
    ("江城经开区电子信息领域的华宇科技、博远精工等企业产值快速增长。",
     {("华宇科技", "IN_INDUSTRY", "电子信息"), ("博远精工", "IN_INDUSTRY", "电子信息")}),
    ("江城经开区集成电路产业链上的华宇科技、博远精工等企业持续扩产。",
     {("华宇科技", "IN_INDUSTRY", "集成电路"), ("博远精工", "IN_INDUSTRY", "集成电路")}),
    ("江城经开区在新能源领域，引进了华宇科技、博远精工等一批企业。",
     {("华宇科技", "IN_INDUSTRY", "新能源"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    ("在新能源汽车领域，江城经开区引进了华宇汽车、博远精工等企业。",
     {("华宇汽车", "IN_INDUSTRY", "新能源汽车"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    ("江城经开区围绕光伏产业，引进华宇科技、博远精工等一批重点企业。",
     {("华宇科技", "IN_INDUSTRY", "光伏"), ("华宇科技", "LOCATED_IN", "江城经开区"),
      ("江城经开区", "FOCUSES_ON", "光伏")}),
    (Z + "园区新能源汽车产业已集聚华宇科技、博远精工等企业30余家。",
     {("华宇科技", "IN_INDUSTRY", "新能源汽车"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    (Z + "以华宇科技、博远精工为代表的新材料企业加快集聚。",
     {("华宇科技", "IN_INDUSTRY", "新材料"), ("博远精工", "IN_INDUSTRY", "新材料")}),
    (Z + "本区集聚了华宇科技、博远精工等一批新能源企业。",
     {("华宇科技", "IN_INDUSTRY", "新能源"), ("华宇科技", "LOCATED_IN", "江城经开区")}),
    # -- an enterprise's own industry ---------------------------------------------------------
    ("江城高新区，华宇科技是一家光伏企业。", {("华宇科技", "IN_INDUSTRY", "光伏")}),
    ("从事半导体设备研发的华宇科技已落户江城高新区。",
     {("华宇科技", "IN_INDUSTRY", "半导体设备"), ("华宇科技", "LOCATED_IN", "江城高新区")}),
    ("华宇科技专注于新能源汽车电机研发和生产。", {("华宇科技", "IN_INDUSTRY", "新能源汽车电机")}),
    # -- zone anaphora and LOCATED_IN triggers ------------------------------------------------
    (Z + "今年以来，华宇科技有限公司、博远精工股份有限公司先后落户园区。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区"),
      ("博远精工股份有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司年产5万吨正极材料项目正式入驻区内。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "区内企业华宇科技、博远精工加快技改。",
     {("华宇科技", "LOCATED_IN", "江城经开区"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    (Z + "全区华宇科技、博远精工等重点企业产值增长20%。",
     {("华宇科技", "LOCATED_IN", "江城经开区")}),
    (Z + "园区企业华宇科技有限公司入选国家级专精特新“小巨人”。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司智能制造项目在开发区签约落地。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "博远精工股份有限公司新能源电机项目在园区顺利投产。",
     {("博远精工股份有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司二期项目在经开区开工建设。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司扎根园区十余年。", {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司在园区设立华东研发中心。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司在开发区注册成立子公司。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "开发区先后引进了华宇科技、博远精工等企业。",
     {("华宇科技", "LOCATED_IN", "江城经开区"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    (Z + "今年，我区招引华宇科技有限公司、博远精工股份有限公司等项目12个。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司坐落于江城经开区。", {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    ("江城经开区与滨海高新区签约。华宇科技有限公司在滨海高新区投产。",
     {("华宇科技有限公司", "LOCATED_IN", "滨海高新区")}),
    # -- FOCUSES_ON -----------------------------------------------------------------------------
    ("江城经开区主导产业为新能源汽车、高端装备制造和新材料。",
     {("江城经开区", "FOCUSES_ON", "新能源汽车"), ("江城经开区", "FOCUSES_ON", "高端装备制造"),
      ("江城经开区", "FOCUSES_ON", "新材料")}),
    ("江城经开区的首位产业是集成电路。", {("江城经开区", "FOCUSES_ON", "集成电路")}),
    ("江城经开区已形成生物医药、电子信息、新材料三大支柱产业。",
     {("江城经开区", "FOCUSES_ON", "生物医药"), ("江城经开区", "FOCUSES_ON", "新材料")}),
    ("江城经开区特色产业包括纺织服装和食品加工。",
     {("江城经开区", "FOCUSES_ON", "纺织服装"), ("江城经开区", "FOCUSES_ON", "食品加工")}),
    ("江城经开区重点发展新能源、新材料两大产业。",
     {("江城经开区", "FOCUSES_ON", "新能源"), ("江城经开区", "FOCUSES_ON", "新材料")}),
    ("江城经开区聚焦新能源汽车、智能装备等产业。",
     {("江城经开区", "FOCUSES_ON", "新能源汽车"), ("江城经开区", "FOCUSES_ON", "智能装备")}),
    ("江城经开区着力打造全国重要的新能源汽车产业基地。",
     {("江城经开区", "FOCUSES_ON", "新能源汽车")}),
    ("江城经开区加快打造全省生物医药产业高地。", {("江城经开区", "FOCUSES_ON", "生物医药")}),
    ("江城经开区坚持做大做强新能源汽车产业。", {("江城经开区", "FOCUSES_ON", "新能源汽车")}),
    ("江城经开区构建以高端装备制造为主导的现代产业体系。",
     {("江城经开区", "FOCUSES_ON", "高端装备制造")}),
    ("江城经开区形成了汽车零部件、电子信息两大产业集群。",
     {("江城经开区", "FOCUSES_ON", "汽车零部件"), ("江城经开区", "FOCUSES_ON", "电子信息")}),
    # -- INVESTS_IN ----------------------------------------------------------------------------
    (Z + "华宇科技有限公司投资20亿元建设年产10万吨正极材料项目。",
     {("华宇科技有限公司", "INVESTS_IN", "年产10万吨正极材料项目")}),
    (Z + "华宇科技有限公司动力电池项目总投资30亿元，建成后年产值50亿元。",
     {("华宇科技有限公司", "INVESTS_IN", "动力电池项目")}),
    (Z + "签约项目中，华宇科技有限公司的储能电池项目投资12亿元。",
     {("华宇科技有限公司", "INVESTS_IN", "储能电池项目")}),
    (Z + "华宇科技有限公司、博远精工股份有限公司分别投资10亿元、5亿元建设正极材料项目和电机项目。",
     {("华宇科技有限公司", "INVESTS_IN", "正极材料项目"),
      ("博远精工股份有限公司", "INVESTS_IN", "电机项目")}),
    (Z + "华宇科技有限公司将投资10亿元落户开发区。",
     {("华宇科技有限公司", "INVESTS_IN", "江城经开区"),
      ("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "由华宇科技有限公司投资建设的锂电池隔膜项目总投资18亿元。",
     {("华宇科技有限公司", "INVESTS_IN", "锂电池隔膜项目")}),
    # -- CHAIN_LEADER --------------------------------------------------------------------------
    (Z + "华宇科技有限公司是园区新能源汽车产业链链主企业。",
     {("华宇科技有限公司", "CHAIN_LEADER", "新能源汽车"),
      ("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "光伏龙头企业华宇科技有限公司持续扩产。", {("华宇科技有限公司", "CHAIN_LEADER", "光伏")}),
    (Z + "汽车产业“链主”华宇汽车集团有限公司带动效应持续释放。",
     {("华宇汽车集团有限公司", "CHAIN_LEADER", "汽车")}),
    (Z + "园区以华宇科技有限公司为龙头，大力发展光伏产业。",
     {("华宇科技有限公司", "CHAIN_LEADER", "光伏"), ("江城经开区", "FOCUSES_ON", "光伏")}),
    (Z + "华宇科技有限公司作为动力电池产业链链主，带动20余家配套企业落户。",
     {("华宇科技有限公司", "CHAIN_LEADER", "动力电池")}),
    (Z + "开发区拥有华宇科技、博远精工等锂电池龙头企业。",
     {("华宇科技", "CHAIN_LEADER", "锂电池"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技、博远精工两大光伏龙头落户园区。",
     {("华宇科技", "CHAIN_LEADER", "光伏"), ("博远精工", "LOCATED_IN", "江城经开区")}),
    (Z + "近年来，开发区先后引进了华宇科技、博远精工等一批动力电池龙头企业。",
     {("华宇科技", "CHAIN_LEADER", "动力电池"), ("华宇科技", "LOCATED_IN", "江城经开区")}),
    (Z + "作为新能源汽车产业的“链主”，华宇科技有限公司加快布局。",
     {("华宇科技有限公司", "CHAIN_LEADER", "新能源汽车")}),
    (Z + "华宇科技有限公司被认定为全省集成电路产业链链主企业。",
     {("华宇科技有限公司", "CHAIN_LEADER", "集成电路")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = _triples(text)
    assert expected <= got, expected - got


NEGATIVES = [
    # a leader is CHAIN_LEADER of its industry, not IN_INDUSTRY of it (shared corpus doc_03/16)
    ("江城经开区引进了华宇科技、博远精工等一批动力电池龙头企业。",
     {("华宇科技", "IN_INDUSTRY", "动力电池")}),
    (Z + "光伏龙头企业华宇科技有限公司持续扩产。", {("华宇科技有限公司", "IN_INDUSTRY", "光伏")}),
    (Z + "华宇科技、博远精工两大光伏龙头落户园区。", {("华宇科技", "IN_INDUSTRY", "光伏")}),
    # 以A为代表 names no industry when no kind of companies follows
    (Z + "以华宇科技为代表的一批企业加快发展。", {("华宇科技", "IN_INDUSTRY", "新材料")}),
    # a headquarters elsewhere, a partner, another zone
    (Z + "华宇科技有限公司总部位于深圳。", {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    (Z + "华宇科技有限公司与博远精工股份有限公司签订战略合作协议。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区"),
      ("博远精工股份有限公司", "LOCATED_IN", "江城经开区")}),
    ("江城经开区与滨海高新区签约。华宇科技有限公司在滨海高新区投产。",
     {("华宇科技有限公司", "LOCATED_IN", "江城经开区")}),
    # a city's or a company's focus is not the zone's; a partnership's topic neither
    ("江城市重点发展新能源、新材料两大产业。", {("江城经开区", "FOCUSES_ON", "新能源")}),
    ("江城经开区与江城大学围绕新能源开展合作。", {("江城经开区", "FOCUSES_ON", "新能源")}),
    # an amount without a project or a zone to settle in invests in nothing here
    (Z + "华宇科技有限公司与博远精工股份有限公司分别投资。",
     {("华宇科技有限公司", "INVESTS_IN", "江城经开区")}),
]


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVES)
def test_negative(text: str, forbidden: set[tuple[str, str, str]]) -> None:
    assert not (forbidden & _triples(text))


def test_counted_kind_without_a_list_is_no_industry() -> None:
    # (a zone's own count of one known kind names its industry, as writers of dev39–48 annotate
    # Z已集聚X企业N家; a city's count does not)
    x = extract_text("江城市已集聚电子材料企业65家，年产值突破80亿元。")
    assert "电子材料" not in {m.name for m in x.entities if m.type == "Industry"}


@pytest.mark.parametrize("text", [
    "江城经开区位于江城市东部。在地企业以商引商、基金招商、驻外机构驻点招商等模式成效明显。",
    "加快发展新质生产力是我国的一项新战略举措。",
    "包括基础设施在内的12个项目开工。",
    "江城经开区位于江城市东部。园区企业华宇科技有限公司入选国家级专精特新小巨人。",
])
def test_no_enterprise_from_generic_words(text: str) -> None:
    names = {m.name for m in extract_text(text).entities if m.type == "Enterprise"}
    assert names <= {"华宇科技有限公司"}, names


PARK_NOT_ZONE = [
    # a start event's companies listed under the park they stand in
    ("江城经济技术开发区8个项目集中投产。本次投产项目分布在开发区东湖工业园区和西岭工业园区。"
     "东湖工业园区内,华宇新材料有限公司投资12亿元建设的电池材料项目正式投产;西岭工业园区,"
     "博远精工有限公司投资5亿元的精密轴承项目点火运行。",
     {("华宇新材料有限公司", "东湖工业园区"), ("博远精工有限公司", "西岭工业园区")},
     {("华宇新材料有限公司", "江城经济技术开发区"), ("博远精工有限公司", "江城经济技术开发区")}),
    # A将入驻区内P: the company in the park, the park in the zone
    ("江城经济技术开发区集中签约10个项目。金石药业有限公司将入驻区内青湖生物医药产业园,"
     "投资3亿元建设制剂项目。",
     {("金石药业有限公司", "青湖生物医药产业园"), ("青湖生物医药产业园", "江城经济技术开发区")},
     {("金石药业有限公司", "江城经济技术开发区")}),
    # A在区内P投资…: the company in the park, the park in the zone
    ("江城经济技术开发区位于江城市东部。华宇航空科技有限公司在区内青山通航产业园投资8亿元建设"
     "无人机生产基地。",
     {("华宇航空科技有限公司", "青山通航产业园"), ("青山通航产业园", "江城经济技术开发区")},
     {("华宇航空科技有限公司", "江城经济技术开发区")}),
]


def test_listed_zone_firms_after_the_list() -> None:
    # A、B等11家区内企业: the zone the document is about
    text = ("江城经开区位于江城市东部。江城大学与华宇测控技术有限公司、博远材料科技有限公司等11家"
            "区内企业签订实习协议。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert {("华宇测控技术有限公司", "江城经开区"), ("博远材料科技有限公司", "江城经开区")} <= got


@pytest.mark.parametrize(("text", "found", "not_found"), PARK_NOT_ZONE)
def test_company_in_park_not_also_in_zone(text: str, found: set[tuple[str, str]],
                                          not_found: set[tuple[str, str]]) -> None:
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert found <= got
    assert not (not_found & got)


def test_leader_that_brings_others_is_not_placed_by_their_settling() -> None:
    # 以A为链主的…产业链带动12家配套企业落户P: the suppliers settle in P, A is not said to
    text = ("江城高新区位于江城市东部。以华宇光电为链主的光电子信息产业链带动12家配套企业落户"
            "青山光电产业园。")
    found = _triples(text)
    assert ("华宇光电", "CHAIN_LEADER", "光电子信息") in found  # the leader is read, not placed
    got = {(h, tl) for h, t, tl in found if t == "LOCATED_IN"}
    assert ("华宇光电", "青山光电产业园") not in got


def test_company_the_zone_word_introduced() -> None:
    # A是该区去年引进的B配套企业: the zone the document is about brought A in
    text = ("江城经开区位于江城市东部。华宇新能源科技有限公司是该区去年引进的动力电池配套企业,"
            "一期项目已投产。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert ("华宇新能源科技有限公司", "江城经开区") in got


def test_suppliers_the_leader_brings_into_the_park() -> None:
    # A先后把B、C等7家配套供应商引进园区: B and C are in the zone the passage is about
    text = ("江城经开区位于江城市东部。华宇汽车部件股份有限公司先后把宁波博远压铸有限公司、"
            "常州金石精锻科技有限公司等7家配套供应商引进园区,新增投资12.6亿元。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert {("宁波博远压铸有限公司", "江城经开区"),
            ("常州金石精锻科技有限公司", "江城经开区")} <= got


@pytest.mark.parametrize(("text", "found", "not_found"), [
    # 已在高新区投产的A: a relative clause that places the company after it
    ("江城高新区举行集中签约。已在高新区投产的华宇汽车零部件有限公司追加投资5亿元。",
     {("华宇汽车零部件有限公司", "江城高新区")}, set()),
    # A到经开区投资: the company came to the zone and invests there
    ("江城经开区食品产业壮大。链主推荐其包装供应商博远包装科技有限公司到经开区投资,软包装项目今年开工。",
     {("博远包装科技有限公司", "江城经开区")}, set()),
    # A(以下简称“B”)是区内X行业龙头企业: the zone the passage is about, across the alias
    ("江城高新区电子信息产业发展迅速。博远光电科技有限公司(以下简称“博远光电”)是区内新型显示"
     "行业龙头企业。", {("博远光电科技有限公司", "江城高新区")}, set()),
    # A在经开区投资…建设的P建成投产,Q产业园入驻企业…: the park of the next clause is not A's
    ("江城经开区主导产业持续跃升。华宇起重机械有限公司在经开区投资12亿元建设的智能起重装备项目"
     "建成投产,江城经开区智能装备产业园入驻企业达到61家。",
     {("华宇起重机械有限公司", "江城经开区")},
     {("华宇起重机械有限公司", "江城经开区智能装备产业园")}),
])
def test_placed_by_relative_clause_or_own_clause(text: str, found: set[tuple[str, str]],
                                                 not_found: set[tuple[str, str]]) -> None:
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert found <= got
    assert not (not_found & got)


def test_zone_clause_after_a_company_opening_brings_in() -> None:
    # A落户以来,高新区坚持…招商,先后引进B、C等企业: the zone of the later clause brings B and C
    # in; one that does so 依托A (another organisation between) is not read here
    text = ("江城高新区位于江城市东部。华宇汽车有限公司2021年落户以来,高新区坚持“链主+配套”招商,"
            "先后引进博远座椅有限公司、金石线束有限公司等17家上下游企业。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert {("博远座椅有限公司", "江城高新区"), ("金石线束有限公司", "江城高新区")} <= got


@pytest.mark.parametrize("text", [
    # A与Z签署…协议,将在区内建设…: the company signs, its plant is still a plan
    "江城经开区举行集中签约。华宇数控机床股份有限公司与江城经开区签署战略合作协议,将在区内建设"
    "高档数控机床制造基地,一期投资10亿元。",
    # A来Z考察,该公司计划投资…在经开区建设…
    "江城经开区以商引商。博远滤业还推荐其合作伙伴金石汽车电子有限公司来江城考察,该公司计划投资5亿元"
    "在经开区建设传感器生产基地。",
])
def test_signed_or_visiting_company_with_a_plan_is_not_placed(text: str) -> None:
    got = {h for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert not got & {"华宇数控机床股份有限公司", "金石汽车电子有限公司"}


def test_item_of_the_zone_report_brings_in() -> None:
    # 三是X产业能级提升,引进A、B等X企业N家: an item of the zone's own work report
    text = ("江城经开区坚持制造强区,主导产业能级持续跃升。三是现代物流产业能级提升,"
            "引进博远供应链管理有限公司、金石云仓物流有限公司等物流企业9家。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert {("博远供应链管理有限公司", "江城经开区"), ("金石云仓物流有限公司", "江城经开区")} <= got


def test_leader_the_zone_leans_on_is_not_placed() -> None:
    # Z…,依托X产业链主企业L开展以商引商: the zone leans on L, which is not therefore placed in it;
    # 区内X龙头M and the suppliers it brought in are
    text = ("江城经开区坚持链主招商,依托锂电产业链主企业华宇锂能股份有限公司开展以商引商,"
            "先后引进博远电解液有限公司等配套企业9家。区内新能源汽车龙头金石汽车有限公司"
            "年产值突破百亿元。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert ("华宇锂能股份有限公司", "江城经开区") not in got
    assert ("金石汽车有限公司", "江城经开区") in got


@pytest.mark.parametrize("text", [
    "江城经开区加快发展。同在园区的博远精工有限公司也是配套企业。",
    "同在江城经开区的博远精工有限公司也是配套企业。",
])
def test_company_also_in_the_zone(text: str) -> None:
    # 同在园区的B / 同在Z的B: B is in the zone as 位于Z的B is
    assert ("博远精工有限公司", "LOCATED_IN", "江城经开区") in _triples(text)


def test_start_event_held_in_a_park_is_the_zones() -> None:
    # Z…集中开工活动在开发区P举行,此次集中开工项目N个。其中,A…项目总投资…: the projects are
    # the zone's; the park is only where the ceremony was held
    text = ("江城经济技术开发区一季度重大项目集中开工活动在开发区南湖工业园区举行,此次集中开工项目"
            "18个,总投资120亿元。其中,华宇光伏材料有限公司年产10GW硅片项目总投资40亿元;"
            "博远乳业有限公司投资9亿元建设奶酪生产基地。")
    got = {(h, tl) for h, t, tl in _triples(text) if t == "LOCATED_IN"}
    assert {("华宇光伏材料有限公司", "江城经济技术开发区"),
            ("博远乳业有限公司", "江城经济技术开发区")} <= got
    assert ("华宇光伏材料有限公司", "南湖工业园区") not in got
