"""FOCUSES_ON recall: the ordinary ways a zone's report states its industries.
Every sentence is new and report-style, with made-up companies."""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import entity_names, triples

F = "FOCUSES_ON"

FOUND = [
    # an industry opening a sentence of the zone's work report
    ("（三）坚持创新驱动。江城经济技术开发区全年实现规上工业产值860亿元。生物医药产业加快发展，"
     "湖北恒远药业有限公司新药项目投产。智能家电、纺织服装等传统产业加快技术改造，完成技改项目16个。",
     "江城经济技术开发区", {"生物医药", "智能家电", "纺织服装"}),
    # A、B是开发区的主导产业 with terms the lexicon does not know
    ("江城经济技术开发区举行招商推介会。管委会负责人表示,绿色石化、高端纺织新材料是开发区的主导产业。",
     "江城经济技术开发区", {"绿色石化", "高端纺织新材料"}),
    # Z是全省重要的A、B制造基地 (及 stays inside an item; 制造 only when part of the term)
    ("江城经济技术开发区是全省重要的汽车及零部件、装备制造基地,区内已聚集规上企业90余家。",
     "江城经济技术开发区", {"汽车及零部件", "装备制造"}),
    ("江城经济技术开发区是长江中游重要的船舶海工装备制造基地。",
     "江城经济技术开发区", {"船舶海工装备"}),
    # a counted list whose joined item is long (及核心零部件)
    ("江城高新区已形成高端装备、新能源汽车及核心零部件、新材料三大主导产业,集聚规上企业300余家。",
     "江城高新区", {"高端装备", "新能源汽车及核心零部件", "新材料"}),
    # Z现有X规上企业N家 ; Z已集聚X企业N家
    ("江城高新区现有轨道交通装备规上企业160余家,产业集群产值突破900亿元。",
     "江城高新区", {"轨道交通装备"}),
    # the count approximate (近/超过)
    ("江城高新区现有轨道交通装备规上企业近200家,产业集群产值突破900亿元。",
     "江城高新区", {"轨道交通装备"}),
    # a zone's batch of projects counted as 项目共N个
    ("江城经济技术开发区第二批重点项目集中开工仪式举行。此次集中开工项目共18个,总投资72亿元,"
     "涵盖新材料、高端装备、生物医药等领域。",
     "江城经济技术开发区", {"新材料", "高端装备", "生物医药"}),
    # 以A为首位产业，B、C协同发展的产业格局: the industries growing beside the first one
    ("近年来,江城高新区已形成以光伏为首位产业,智能装备、节能环保协同发展的产业格局。",
     "江城高新区", {"光伏", "智能装备", "节能环保"}),
    ("江城经济技术开发区构建了以新材料为主导,高端装备、电子信息多元发展的现代产业体系。",
     "江城经济技术开发区", {"新材料", "高端装备", "电子信息"}),
    # Z是全国X产业集聚度最高的区域之一 ; Z以X为龙头产业
    ("江城高新区是全国新型显示产业集聚度最高的区域之一,区内集聚企业300余家。",
     "江城高新区", {"新型显示"}),
    ("近年来,江城经济技术开发区以工程机械为龙头产业,推行“主机+配套”协同招商。",
     "江城经济技术开发区", {"工程机械"}),
    # 据介绍 opens the sentence before the zone that forms the cluster
    ("据介绍,江城高新区已集聚规上企业110余家,形成以江城鸿晟科技有限公司为龙头的燃料电池产业集群。",
     "江城高新区", {"燃料电池"}),
    # a clause of the zone's sentence, and 区内A、B两个细分领域 opening the next one
    ("2024年,江城高新区锚定“两个基地”建设目标,稀土产业链条不断延伸。同时,区内永磁电机、"
     "稀土储氢两个细分领域加快成长。",
     "江城高新区", {"稀土", "永磁电机", "稀土储氢"}),
    # A、B是Z的两大支柱产业 ; Z是国家级X产业示范基地 ; Z获批国家X特色产业基地 (国家 no part of X)
    ("新材料、生物医药是江城经济技术开发区的两大支柱产业。",
     "江城经济技术开发区", {"新材料", "生物医药"}),
    ("江城经济技术开发区是国家级新材料产业示范基地。", "江城经济技术开发区", {"新材料"}),
    ("江城经济技术开发区获批国家生物医药特色产业基地。", "江城经济技术开发区", {"生物医药"}),
    ("江城经济技术开发区是全省重要的现代煤化工产业示范区。", "江城经济技术开发区", {"现代煤化工"}),
    # X产业链项目 counted after the noun
    ("江城经济技术开发区2024年共引进新能源汽车产业链项目32个,总投资260亿元。",
     "江城经济技术开发区", {"新能源汽车"}),
    # a known industry's core parts named as one industry
    ("目前,江城高新区新能源汽车核心零部件产业集群已集聚规上企业86家。",
     "江城高新区", {"新能源汽车核心零部件"}),
    # a work report's enumerated tasks, each opening with one of the zone's industries
    ("过去一年,江城经济技术开发区主导产业持续壮大。一是新能源汽车产业提质扩量,新增配套企业12家。"
     "二是智能家电产业能级提升,产值增长15%。",
     "江城经济技术开发区", {"新能源汽车", "智能家电"}),
]


@pytest.mark.parametrize(("text", "zone", "inds"), FOUND)
def test_focus_found(text: str, zone: str, inds: set[str]) -> None:
    assert {(zone, F, i) for i in inds} <= triples(text)


def test_no_zone_no_focus() -> None:
    text = "江城市召开工业大会。生物医药产业加快发展，湖北恒远药业有限公司新药项目投产。"
    assert not any(t == F for _, t, _ in triples(text))


def test_industry_named_without_progress_is_no_focus() -> None:
    text = ("江城经济技术开发区召开招商大会。生物医药企业代表湖北恒远药业有限公司作交流发言。")
    assert ("江城经济技术开发区", F, "生物医药") not in triples(text)


def test_company_base_in_zone_is_no_focus() -> None:
    text = "湖北恒远机电有限公司将在江城经济技术开发区建设全国重要的汽车零部件生产基地。"
    assert ("江城经济技术开发区", F, "汽车零部件") not in triples(text)


def test_other_zone_gathering_is_no_focus() -> None:
    text = "湖北恒远机电有限公司表示,江城高新区所在的江城市已集聚轨道交通装备企业160余家。"
    assert ("江城高新区", F, "轨道交通装备") not in triples(text)


def test_group_working_on_fields_is_no_zone_focus() -> None:
    text = ("江城高新区是全省汽车产业的主阵地。管委会负责人表示,职教集团将围绕新能源汽车、"
            "智能网联汽车领域的人才需求,推动专业设置与产业需求对接。")
    got = triples(text)
    assert ("江城高新区", F, "汽车") in got
    assert ("江城高新区", F, "智能网联汽车") not in got


# the fields of a zone's own batch of started projects (涵盖/涉及 …等领域 ; 以A、B为主)
BATCH = [
    ("5月8日,江城经济技术开发区二季度重点项目集中开工活动举行。此次集中开工项目16个,总投资58亿元,"
     "涉及汽车零部件、生物医药、现代物流等产业。",
     "江城经济技术开发区", {"汽车零部件", "生物医药", "现代物流"}),
    ("江城高新区举行重大项目集中投产仪式,11个项目集中投产,总投资42亿元,涵盖新能源汽车零部件、"
     "电子信息等领域。",
     "江城高新区", {"新能源汽车零部件", "电子信息"}),
    ("江城经济技术开发区14个项目集中投产。投产项目以新型储能、通用航空为主,预计新增产值30亿元。",
     "江城经济技术开发区", {"新型储能", "通用航空"}),
    # the event held in one of the zone's parks: the batch is still the zone's
    ("江城经济技术开发区一季度重大项目集中开工活动在经开区滨湖产业园举行,此次集中开工项目16个,"
     "总投资88亿元,涉及新能源电池、生物制造、现代物流等领域。",
     "江城经济技术开发区", {"新能源电池", "生物制造", "现代物流"}),
]


@pytest.mark.parametrize(("text", "zone", "inds"), BATCH)
def test_started_batch_fields_are_focus(text: str, zone: str, inds: set[str]) -> None:
    assert {(zone, F, i) for i in inds} <= triples(text)


def test_signed_batch_fields_are_no_focus() -> None:
    text = ("江城经济技术开发区一季度重点项目集中签约仪式举行,8个项目现场签约,总投资36亿元,"
            "涵盖生物医药、电子信息等领域。")
    assert not any(t == F for _, t, _ in triples(text))


def test_province_batch_fields_are_no_zone_focus() -> None:
    text = ("江城经济技术开发区参加全省项目推介会。全省共有9个项目集中开工,"
            "涉及生物医药、电子信息等产业。")
    assert not any(t == F for _, t, _ in triples(text))


MORE = [
    # Z是全国最大的X生产加工基地
    ("江城高新区是全国最大的钛材料生产加工基地,区内钛企业年产值超百亿元。",
     "江城高新区", {"钛材料"}),
    # 紧盯A和B方向
    ("江城经开区紧盯新能源汽车和智能网联汽车方向,今年新引进项目12个。",
     "江城经开区", {"新能源汽车", "智能网联汽车"}),
    # A、B、C三大板块齐头并进 in the zone's sentence
    ("江城高新区已集聚规上企业120家,现代中药、生物制药、医疗器械三大板块齐头并进。",
     "江城高新区", {"现代中药", "生物制药", "医疗器械"}),
    # 承接X产业转移的重要平台
    ("江城高新区位于城区西部,是华中地区承接精细化工产业转移的重要平台。",
     "江城高新区", {"精细化工"}),
    # Z依托E，已聚集X相关企业N家: the zone opening the sentence
    ("江城经开区依托江城汽车集团有限公司,已聚集锂电相关企业80余家。",
     "江城经开区", {"锂电"}),
]


@pytest.mark.parametrize(("text", "zone", "inds"), MORE)
def test_focus_more_shapes(text: str, zone: str, inds: set[str]) -> None:
    assert {(zone, F, i) for i in inds} <= triples(text)


def test_park_parts_are_no_focus() -> None:
    text = "江城储能产业园规划建设储能电芯、储能系统集成两大板块,总投资50亿元。"
    assert not any(t == F for _, t, _ in triples(text))


def test_research_directions_are_no_zone_focus() -> None:
    text = ("江城高新区管委会与江城理工大学签署合作协议,将共建江城智能传感研究院,首期投入1.2亿元,"
            "重点围绕智能传感、工业互联网、新能源装备开展关键技术攻关和成果转化。")
    assert not any(t == F for _, t, _ in triples(text))


PLANNED = [
    # 以A为主导、B和C为支撑
    ("江城高新区形成了以电子信息为主导、生物医药和新材料为支撑的产业体系。",
     "江城高新区", {"电子信息", "生物医药", "新材料"}),
    # the kinds of projects the zone will draw down its chain
    ("2024年,江城经开区将围绕石油化工链主企业江城石化有限公司,加快引进下游精细化工和化工新材料项目。",
     "江城经开区", {"精细化工", "化工新材料"}),
]


@pytest.mark.parametrize(("text", "zone", "inds"), PLANNED)
def test_focus_planned_shapes(text: str, zone: str, inds: set[str]) -> None:
    assert {(zone, F, i) for i in inds} <= triples(text)


# X是Z重点培育的战略性新兴产业之一 ; A、B成为新区重点发展的两大产业
PRIORITY = [
    ("新型储能是江城高新区重点培育的战略性新兴产业之一,区内已集聚相关企业140余家。",
     "江城高新区", {"新型储能"}),
    ("生物医药是江城高新区重点发展的产业之一。", "江城高新区", {"生物医药"}),
    ("江城新区已投运数据中心14个,人工智能、大数据成为江城新区重点发展的两大产业。",
     "江城新区", {"人工智能", "大数据"}),
]


@pytest.mark.parametrize(("text", "zone", "inds"), PRIORITY)
def test_focus_priority_industry(text: str, zone: str, inds: set[str]) -> None:
    assert {(zone, F, i) for i in inds} <= triples(text)


def test_group_serving_zone_main_industries_gives_zone_focus() -> None:
    text = ("江城智能制造产教联合体成立大会举行。联合体由江城经济技术开发区管委会、江城理工大学"
            "牵头组建。联合体将围绕经开区汽车及零部件、智能装备、新能源三大主导产业,共建实训基地。")
    zone = "江城经济技术开发区"
    assert {(zone, F, i) for i in ("汽车及零部件", "智能装备", "新能源")} <= triples(text)


def test_two_parties_growing_together_is_no_focus() -> None:
    text = "江城经济技术开发区与恒远集团签约,双方将推动智能装备、节能环保协同发展。"
    assert not any(t == F for _, t, _ in triples(text))


def test_other_subject_clause_industry_is_no_focus() -> None:
    text = "江城市召开工业大会,生物医药产业持续壮大。江城高新区负责人出席会议。"
    assert "生物医药" in entity_names(extract_text(text), "Industry")
    assert ("江城高新区", F, "生物医药") not in triples(text)


def test_zone_gathering_one_kind_of_company_is_focus() -> None:
    text = "江城高新区已集聚集成电路企业120余家,产业规模突破300亿元。"
    assert ("江城高新区", F, "集成电路") in triples(text)


def test_heading_after_a_park_of_the_zone_is_the_zones() -> None:
    text = ("全区主导产业量质齐升。一是电子信息产业扩量提质,"
            "江城经开区电子信息产业园入驻企业达到63家。二是现代家居产业提档升级,以江城恒美家具有限公司为龙头,推动企业智能化改造。")
    got = triples(text)
    assert ("江城经开区", F, "现代家居") in got
    assert ("江城经开区电子信息产业园", F, "现代家居") not in got
    assert ("江城恒美家具有限公司", "CHAIN_LEADER", "现代家居") in got


def test_zone_sector_measured_is_focus() -> None:
    assert ("江城经开区", F, "电子信息") in triples("江城经开区电子信息板块实现产值300亿元。")


def test_group_serving_zone_main_industries_names_them() -> None:
    text = ("江城智能制造产教联合体成立大会举行。联合体由江城经济技术开发区管委会、江城理工大学"
            "牵头组建。联合体将服务开发区重大装备、工业机器人、汽车零部件三大主导产业,共建实训基地。")
    got = triples(text)
    zone = "江城经济技术开发区"
    assert {(zone, F, i) for i in ("重大装备", "工业机器人", "汽车零部件")} <= got
    assert not any(t == F and "服务" in i for _, t, i in got)
