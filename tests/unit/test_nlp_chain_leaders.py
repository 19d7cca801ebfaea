"""Chain leaders (链主 / 龙头) whose industry another clause or the words right before name,
written as new report-style sentences with made-up companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

C = "CHAIN_LEADER"

POSITIVES = [
    # a list of 龙头企业, the industry opening the next clause
    ("依托国家能源集团、宝丰能源集团股份有限公司等龙头企业,现代煤化工产业产值突破2000亿元。",
     {("国家能源集团", C, "现代煤化工"), ("宝丰能源集团股份有限公司", C, "现代煤化工")}),
    # as many industries as leaders: one each, in order
    ("石河子经济技术开发区依托新疆天业集团有限公司、合盛硅业股份有限公司等龙头企业,形成了氯碱化工、"
     "硅基新材料两大产业集群。",
     {("新疆天业集团有限公司", C, "氯碱化工"), ("合盛硅业股份有限公司", C, "硅基新材料")}),
    ("经开区聚焦高端装备、工业互联网两大主导产业,以华晨宝马汽车有限公司、北方重工集团有限公司为龙头,"
     "打造千亿级汽车和高端装备产业集群。",
     {("华晨宝马汽车有限公司", C, "汽车"), ("北方重工集团有限公司", C, "高端装备")}),
    # 以X为链主, the industry named two clauses on
    ("下一步将以沈阳中捷数控机床集团有限公司为链主,聚焦数控系统等薄弱环节开展精准招商,力争到2026年"
     "工业母机产业规模突破500亿元。",
     {("沈阳中捷数控机床集团有限公司", C, "工业母机")}),
    # the industry right before 龙头 / 链主
    ("肇庆高新区现有规上企业110家,区内新能源汽车龙头粤驰汽车带动集聚了配套企业40余家。",
     {("粤驰汽车", C, "新能源汽车")}),
    ("园区声学光电链主歌鸣声学科技有限公司带动作用明显。",
     {("歌鸣声学科技有限公司", C, "声学光电")}),
]

POSITIVES += [
    # an industry term the lists do not know, right before 龙头 and the name
    ("区内发电设备龙头东晟重型装备集团有限公司今年产值增长15%。",
     {("东晟重型装备集团有限公司", C, "发电设备")}),
    ("园区电力装备龙头中原晟能电气有限公司产值增长20%。",
     {("中原晟能电气有限公司", C, "电力装备")}),
]

POSITIVES += [
    # the field a company leads, named before 细分领域 / 领域的 / 行业的 龙头 (terms no list knows)
    ("江城华测传感技术有限公司是国内压力传感器细分领域龙头,今年营收增长20%。",
     {("江城华测传感技术有限公司", C, "压力传感器")}),
    ("江城恒驰精工有限公司是国内液压件细分领域的龙头企业。",
     {("江城恒驰精工有限公司", C, "液压件")}),
    ("江城恒远钛业集团有限公司是国内钛材行业的龙头企业,今年将扩建生产线。",
     {("江城恒远钛业集团有限公司", C, "钛材")}),
    # 该公司是…的龙头企业: the company its clause named last
    ("江城翼飞航空科技有限公司在区内投资8亿元建设的整机生产基地同步投产,该公司是华中地区工业级"
     "无人机领域的龙头企业。",
     {("江城翼飞航空科技有限公司", C, "工业级无人机")}),
    # an adjective before the field is no part of it; a rank word (先进) is
    ("江城晶耀科技有限公司是国内超薄电子玻璃领域的龙头企业。",
     {("江城晶耀科技有限公司", C, "电子玻璃")}),
    ("江城高新区先进陶瓷产业规模已突破200亿元,其中江城华韵特种陶瓷有限公司、江城瓷研新材料有限公司"
     "均为国内细分领域龙头。",
     {("江城华韵特种陶瓷有限公司", C, "先进陶瓷"), ("江城瓷研新材料有限公司", C, "先进陶瓷"),
      ("江城高新区", "FOCUSES_ON", "先进陶瓷")}),
]

POSITIVES += [
    # the industry of the gathering clause right before the leaders (named again as a kind), not
    # the zone's other industries; the leaders get no IN_INDUSTRY besides
    ("江城经开区重点项目集中开工,涉及新能源汽车及配套、电子信息等产业。近年来,江城经开区坚持做强电子信息,"
     "已集聚新能源汽车及配套企业140余家,江城锋驰汽车有限公司、江城钜能电池有限公司等龙头企业的带动"
     "效应不断显现。",
     {("江城锋驰汽车有限公司", C, "新能源汽车及配套"),
      ("江城钜能电池有限公司", C, "新能源汽车及配套")}),
]

POSITIVES += [
    # 以A、B为龙头/链主的X产业: X is read from its slot even when no list knows it
    ("区内以星海电子股份有限公司、瑞达光学有限公司为链主的光学镜头产业规模突破百亿元。",
     {("星海电子股份有限公司", C, "光学镜头"), ("瑞达光学有限公司", C, "光学镜头")}),
    ("江城经开区打造以恒远精工机械有限公司为龙头的数控机床产业集群。",
     {("恒远精工机械有限公司", C, "数控机床"), ("江城经开区", "FOCUSES_ON", "数控机床")}),
    # E作为X链主企业, the city before X left out
    ("作为芜湖动力电池产业的链主企业,瑞达新能源科技有限公司今年新建两条产线。",
     {("瑞达新能源科技有限公司", C, "动力电池")}),
]

NEGATIVES = [
    # 作为本地龙头企业: a place, no industry
    ("瑞达新能源科技有限公司作为本地龙头企业,带动20余家配套企业落户。",
     {("瑞达新能源科技有限公司", C, "本地")}),
    # 分别作为 with one industry found for two leaders: no guess
    ("许继电气集团有限公司、中原光能科技有限公司分别作为电力装备和新能源产业链链主,带动作用持续增强。",
     {("许继电气集团有限公司", C, "新能源")}),
    # the industry is the town's, in a clause about something else
    ("支持天能集团、超威集团等龙头企业和新入户的项目实施“智能工厂”建设,整个小镇的新能源产业链"
     "更加完善。",
     {("天能集团", C, "新能源"), ("超威集团", C, "新能源")}),
    # 行业龙头 names no industry
    ("作为行业龙头,中原晟能电气有限公司产值增长20%。",
     {("中原晟能电气有限公司", C, "行业")}),
    # 细分领域龙头 with no field named: 细分 is none
    ("江城恒驰精工有限公司是国内细分领域龙头,今年营收增长20%。",
     {("江城恒驰精工有限公司", C, "细分")}),
    # a chain leader is not also filed IN_INDUSTRY of the industry it leads
    ("江城经开区重点项目集中开工,涉及新能源汽车及配套、电子信息等产业。近年来,江城经开区坚持做强电子信息,"
     "已集聚新能源汽车及配套企业140余家,江城锋驰汽车有限公司、江城钜能电池有限公司等龙头企业的带动"
     "效应不断显现。",
     {("江城锋驰汽车有限公司", "IN_INDUSTRY", "新能源汽车及配套"),
      ("江城锋驰汽车有限公司", C, "电子信息")}),
    # X链主A、Y链主B: each leads the industry named right before it, not the next one
    ("江城高新区已形成动力装备、声学光电两大产业集群,集聚了动力装备链主恒驰动力科技有限公司、"
     "声学光电链主歌鸣声学科技有限公司等一批龙头企业。",
     {("恒驰动力科技有限公司", C, "声学光电")}),
    # 龙头企业 with no industry
    ("秦丰种业股份有限公司、天和生物科技有限公司等一批龙头企业落户园区,新增高新技术企业12家。",
     {("秦丰种业股份有限公司", C, "种业")}),
]


POSITIVES += [
    # 把A和B作为…，分别以E、F为龙头/链主: one each, in order
    ("江城高新区把集成电路和新型显示作为主攻方向,分别以恒芯半导体股份有限公司、瑞光显示科技有限公司"
     "为龙头,加快集聚上下游企业。",
     {("恒芯半导体股份有限公司", C, "集成电路"), ("瑞光显示科技有限公司", C, "新型显示")}),
    ("江城高新区聚焦汽车和电子信息两大产业,分别以江城汽车集团有限公司、瑞光电子有限公司为链主,"
     "推进强链补链。",
     {("江城汽车集团有限公司", C, "汽车"), ("瑞光电子有限公司", C, "电子信息")}),
]

NEGATIVES += [
    ("江城高新区聚焦汽车和电子信息两大产业,分别以江城汽车集团有限公司、瑞光电子有限公司为链主,"
     "推进强链补链。",
     {("江城汽车集团有限公司", C, "电子信息"), ("瑞光电子有限公司", C, "汽车")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_leader_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_leader_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text)
    assert not unwanted & got, unwanted & got


def test_leader_of_an_industry_listed_before() -> None:
    """围绕X这一首位产业，以L为链主: X listed before (钛及钛合金 joins two words with 及)."""
    text = ("江城高新区重点项目集中开工,此次开工项目涵盖钛及钛合金、高端装备等领域。"
            "管委会负责人表示,将继续围绕钛及钛合金这一首位产业,以江城钛晟集团为链主,开展延链补链招商。")
    assert ("江城钛晟集团", C, "钛及钛合金") in triples(text)


def test_paragraph_leader_brings_chain_companies() -> None:
    """L是X产业链链主。…先后引进A、B等17家上下游企业: A and B are in X, L leads it only."""
    text = ("在江城高新区,新能源汽车产业链“链主”江城锐晟动力科技有限公司的总装车间内一片繁忙。"
            "近年来,高新区以链主带配套,先后引进江苏骏晟精密铸造有限公司、常州拓晟电子科技有限公司"
            "等17家上下游企业。")
    got = triples(text)
    assert {("江苏骏晟精密铸造有限公司", "IN_INDUSTRY", "新能源汽车"),
            ("常州拓晟电子科技有限公司", "IN_INDUSTRY", "新能源汽车"),
            ("江城锐晟动力科技有限公司", C, "新能源汽车")} <= got
    assert ("江城锐晟动力科技有限公司", "IN_INDUSTRY", "新能源汽车") not in got


def test_paragraph_leaders_of_two_chains_file_no_companies() -> None:
    text = ("江城恒晟集团、江城瑞晟光伏有限公司分别作为新能源汽车和光伏产业链链主。"
            "近年来,高新区先后引进江苏骏晟精密铸造有限公司、常州拓晟电子科技有限公司等17家上下游企业。")
    assert not any(t == "IN_INDUSTRY" for _, t, _ in triples(text))


@pytest.mark.parametrize(("text", "leader", "ind"), [
    # the leader word in quotes between the industry and the name
    ("园区围绕石油化工“链主”企业江城渤晟石化有限公司,引进下游项目12个。",
     "江城渤晟石化有限公司", "石油化工"),
    # X产业链主企业L: the name opens after the role, not at the industry
    ("江城经开区依托锂电产业链主企业四川锂晟新能源有限公司开展以商引商。",
     "四川锂晟新能源有限公司", "锂电"),
])
def test_leader_after_its_role_words(text: str, leader: str, ind: str) -> None:
    assert (leader, C, ind) in triples(text)


def test_leader_in_whose_wake_the_industry_grows() -> None:
    text = "在链主企业江城晟宇汽车有限公司的带动下,江城经开区新能源汽车产业集聚上下游企业120家。"
    assert ("江城晟宇汽车有限公司", C, "新能源汽车") in triples(text)


def test_leader_in_whose_wake_two_industries_grow_is_unpaired() -> None:
    text = "在链主企业江城晟宇汽车有限公司的带动下,新能源汽车和储能产业加快发展。"
    assert not any(t == C for _, t, _ in triples(text))
