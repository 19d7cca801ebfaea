"""IN_INDUSTRY from an industry's news in a zone report and from what a company does in it
(nlp/sector.py); new report-style sentences with made-up companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

IND = "IN_INDUSTRY"

POSITIVES = [
    ("生物医药产业加快发展,云南滇晟药业股份有限公司中药大品种产业化项目、云南瑞晟生物技术有限公司"
     "疫苗生产基地建成投产。",
     {("云南滇晟药业股份有限公司", IND, "生物医药"),
      ("云南瑞晟生物技术有限公司", IND, "生物医药")}),
    ("石化产业产值突破千亿元,区内福建古晟石化有限公司跻身全省纳税十强。",
     {("福建古晟石化有限公司", IND, "石化")}),
    ("瑞晟汽车有限公司、孚晟储能科技有限公司等整车及电池企业相继落户,新能源汽车产业集群初具规模。",
     {("瑞晟汽车有限公司", IND, "新能源汽车"), ("孚晟储能科技有限公司", IND, "新能源汽车")}),
    ("鸿晟科技股份有限公司、肇庆理晟电源有限公司等本地企业也纷纷切入储能赛道。",
     {("鸿晟科技股份有限公司", IND, "储能"), ("肇庆理晟电源有限公司", IND, "储能")}),
    ("鞍山宏晟光能有限公司、辽宁紫晟高科装备股份有限公司均为光伏领域“单项冠军”。",
     {("鞍山宏晟光能有限公司", IND, "光伏"), ("辽宁紫晟高科装备股份有限公司", IND, "光伏")}),
    ("晋江芯晟半导体有限公司12英寸晶圆级封装项目总投资22亿元,是园区集成电路产业链的重要补链项目。",
     {("晋江芯晟半导体有限公司", IND, "集成电路")}),
    ("华润双晟药业股份有限公司投资8.2亿元建设原料药及制剂一体化基地,将进一步壮大园区生物医药产业。",
     {("华润双晟药业股份有限公司", IND, "生物医药")}),
]

POSITIVES += [
    ("光伏产业方面,江西晟阳光能有限公司、上饶晟科光伏有限公司等企业加快扩产。",
     {("江西晟阳光能有限公司", IND, "光伏"), ("上饶晟科光伏有限公司", IND, "光伏")}),
]

POSITIVES += [
    # the zone's own drive for an industry as the sentence's topic
    ("大庆经开区加快发展数字经济,龙江云谷数据中心二期开工建设,华晟云计算(大庆)有限公司等68家数据企业"
     "入驻园区。",
     {("华晟云计算(大庆)有限公司", IND, "数字经济")}),
    # 总投资N的E P项目，是园区延伸X产业链的重点项目
    ("总投资35亿元的河北鑫晟新材料科技有限公司年产30万吨己内酰胺项目,是园区延伸石化产业链的"
     "重点项目。",
     {("河北鑫晟新材料科技有限公司", IND, "石化")}),
]

POSITIVES += [
    # the zone named before its industry's news
    ("上饶经济技术开发区聚焦光伏、汽车两大主导产业。上饶经开区光伏产业规模突破500亿元,"
     "江西晟阳光能有限公司、上饶晟科光伏有限公司等企业贡献突出。",
     {("江西晟阳光能有限公司", IND, "光伏"), ("上饶晟科光伏有限公司", IND, "光伏")}),
    # A、B等X产业链上下游企业
    ("江西晟阳光能有限公司、上饶晟科光伏有限公司等光伏产业链上下游企业落户园区。",
     {("江西晟阳光能有限公司", IND, "光伏"), ("上饶晟科光伏有限公司", IND, "光伏")}),
    # 聚焦X首位产业，支持A、B做大做强: the companies backed in the zone's industry task
    ("江城高新区将聚焦光电子信息首位产业,支持湖北楚天光电有限公司、湖北恒光半导体有限公司做大做强。",
     {("湖北楚天光电有限公司", IND, "光电子信息"), ("湖北恒光半导体有限公司", IND, "光电子信息")}),
]

NEGATIVES = [
    # a leader is no project's industry
    ("江西铜晟九江铜业有限公司年产铜材40万吨,是园区有色金属产业的龙头。",
     {("江西铜晟九江铜业有限公司", IND, "有色金属")}),
    # a chain leader is not also filed under its industry (doc_03, doc_16)
    ("江西晟阳光能有限公司是园区光伏产业的链主企业。光伏产业加快发展,江西晟阳光能有限公司"
     "15GW电池片项目建成投产。",
     {("江西晟阳光能有限公司", IND, "光伏")}),
    # the industry as the company's customer, not its field
    ("鸿晟科技股份有限公司也纷纷切入光伏企业的供应链。",
     {("鸿晟科技股份有限公司", IND, "光伏")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_sector_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_sector_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text)
    assert not unwanted & got, unwanted & got


def test_enumerated_task_industry() -> None:
    """一是X产业…。以A、B为龙头，引进C等配套企业 ; 二是Y产业…。D在经开区投资…: the companies of
    each task are the task industry's (leaders lead it)."""
    text = ("过去一年,江城经济技术开发区主导产业持续壮大。一是汽车及零部件产业提质扩量。"
            "以江城恒远汽车有限公司、江城瑞驰客车有限公司为龙头,"
            "新引进江城博晟热管理系统有限公司等配套企业14家。二是装备制造产业加速集聚。"
            "江城中岳重工有限公司在经开区投资12亿元建设的起重装备项目建成投产。"
            "三是现代物流产业能级提升,引进江城顺晟供应链有限公司、江城云仓物流有限公司等物流企业9家。")
    got = triples(text)
    assert {("江城恒远汽车有限公司", "CHAIN_LEADER", "汽车及零部件"),
            ("江城瑞驰客车有限公司", "CHAIN_LEADER", "汽车及零部件"),
            ("江城博晟热管理系统有限公司", IND, "汽车及零部件"),
            ("江城中岳重工有限公司", IND, "装备制造"),
            ("江城顺晟供应链有限公司", IND, "现代物流"),
            ("江城云仓物流有限公司", IND, "现代物流")} <= got
    assert ("江城恒远汽车有限公司", IND, "汽车及零部件") not in got
    assert ("江城中岳重工有限公司", IND, "汽车及零部件") not in got


def test_kind_abbreviating_the_sentence_industry() -> None:
    """Z是X产业的承载区,已集聚A、B等Y企业 with Y the opening of X: A and B are in X only."""
    text = ("江城新区是全省光电信息产业的核心承载区,已集聚江城华晟精仪科技股份有限公司、"
            "江城新晟光电有限公司等光电企业160余家。")
    got = triples(text)
    assert {("江城华晟精仪科技股份有限公司", IND, "光电信息"),
            ("江城新晟光电有限公司", IND, "光电信息")} <= got
    assert not any(t == IND and tl == "光电" for _, t, tl in got)


def test_heading_sentence_industry() -> None:
    """X产业集群不断壮大。A投资…项目建成投产，区内B、C等企业完成扩能改造: the companies of the
    sentences a heading opens are in its industry, up to the next heading."""
    text = ("过去一年,江城高新区主导产业完成产值612亿元。\n"
            "稀土产业集群不断壮大。江城瑞晟稀土功能材料有限公司投资18亿元建设的钕铁硼项目建成投产,"
            "区内江城鑫晟科技有限公司、江城金晟永磁有限公司等12户企业完成扩能改造。"
            "新能源装备产业加速集聚。总投资46亿元的江城晟阳光伏有限公司组件项目落地园区。")
    got = triples(text)
    assert {("江城瑞晟稀土功能材料有限公司", IND, "稀土"),
            ("江城鑫晟科技有限公司", IND, "稀土"),
            ("江城金晟永磁有限公司", IND, "稀土")} <= got
    assert ("江城晟阳光伏有限公司", IND, "稀土") not in got


def test_makers_and_their_supplier() -> None:
    """作为A、B等X主机厂的核心…供应商,E: A, B and E are in X."""
    text = ("公司总经理介绍,作为江城星晟重工有限公司、江城湘晟重机有限公司等工程机械主机厂的"
            "核心液压件供应商,江城力晟液压科技有限公司2019年整体迁入江城经开区。")
    assert {("江城星晟重工有限公司", IND, "工程机械"), ("江城湘晟重机有限公司", IND, "工程机械"),
            ("江城力晟液压科技有限公司", IND, "工程机械")} <= triples(text)


def test_supplier_of_a_named_maker_only_is_not_typed() -> None:
    text = "江城力晟液压科技有限公司是江城星晟重工有限公司的核心供应商,去年产值增长20%。"
    assert not any(t == IND for _, t, _ in triples(text))


def test_dashed_heading_industry() -> None:
    text = ("2024年,江城经开区主导产业持续壮大。\n——新能源产业加快壮大。"
            "江城瑞晟光伏有限公司10GW电池片项目建成投产。")
    assert ("江城瑞晟光伏有限公司", IND, "新能源") in triples(text)
