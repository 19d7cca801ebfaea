"""Where a company is placed when a report names a park inside the zone, and companies a zone
only relies on (依托 / 发挥…带动作用), on sentences written for these tests."""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import Triple, entity_names, triples

_ZONE = "澜沧经济技术开发区"
_OPEN = f"{_ZONE}2024年工作总结\n2024年，{_ZONE}完成规上工业总产值520亿元，同比增长9.1%。"

POSITIVE: list[tuple[str, Triple]] = [
    # the park named before the list is where the listed companies settled
    (_OPEN + "区内配套的澜江储能材料产业园首期厂房交付使用，沧源新材料有限公司、"
     "澜江电子科技有限公司等6家企业已入驻。",
     ("澜江电子科技有限公司", "LOCATED_IN", "澜江储能材料产业园")),
    # no park before the list: the zone the text is about
    (_OPEN + "沧源新材料有限公司、澜江电子科技有限公司等配套企业相继落户。",
     ("澜江电子科技有限公司", "LOCATED_IN", _ZONE)),
    # 在Z P，A的车间里: the company is in the park named right after the zone
    ("在澜沧高新区沧源工业园，澜江化工股份有限公司的电子级硫酸生产线正满负荷运转。",
     ("澜江化工股份有限公司", "LOCATED_IN", "沧源工业园")),
    ("在澜沧高新区沧源工业园，澜江化工股份有限公司的电子级硫酸生产线正满负荷运转。",
     ("沧源工业园", "LOCATED_IN", "澜沧高新区")),
    # 扎根Z(多年)的A ; 扎根经开区的A in a passage about Z
    (_OPEN + f"扎根{_ZONE}20年的沧源精工股份有限公司持续加大研发投入。",
     ("沧源精工股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "扎根经开区多年的沧源精工股份有限公司持续加大研发投入。",
     ("沧源精工股份有限公司", "LOCATED_IN", _ZONE)),
    # 园中园: a list of parks with tenants, in a passage about Z
    (_OPEN + "“园中园”建设提速，澜江汽车零部件产业园、沧源工业园入驻企业分别达到46家和31家。",
     ("沧源工业园", "LOCATED_IN", _ZONE)),
    # A是Z近年引进的…骨干企业
    ("澜沧高新区今年产值增长。沧源传感科技有限公司是澜沧高新区近年引进的智能传感领域骨干企业。",
     ("沧源传感科技有限公司", "LOCATED_IN", "澜沧高新区")),
    # a settlement still ahead but stated (将…落户) stays
    (_OPEN + "沧源科技有限公司将投资10亿元落户经开区，建设电子材料基地。",
     ("沧源科技有限公司", "LOCATED_IN", _ZONE)),
    # …等企业入驻P (a park the lists know): the park
    (_OPEN + "目前已有沧源精密有限公司、澜江检测技术有限公司等11家上下游企业入驻澜江新材料产业园。",
     ("澜江检测技术有限公司", "LOCATED_IN", "澜江新材料产业园")),
    # 区内配套的P: the park lies in the passage's zone
    (_OPEN + "新能源产业加快集聚，区内配套的澜江锂电材料产业园首期6栋厂房交付使用。",
     ("澜江锂电材料产业园", "LOCATED_IN", _ZONE)),
    # P生物医药龙头企业A: one of the park's own firms
    (_OPEN + "澜江医药产业园生物医药龙头企业沧源药业股份有限公司持续扩产。",
     ("沧源药业股份有限公司", "LOCATED_IN", "澜江医药产业园")),
    # 作为首批入园企业，A…
    (_OPEN + "作为首批入园企业，沧源精工股份有限公司已实现满产。",
     ("沧源精工股份有限公司", "LOCATED_IN", _ZONE)),
    # 位于开发区西区的P: the zone word, then a part of the zone
    (_OPEN + "位于开发区西区的澜江智能装备产业园全面投用。",
     ("澜江智能装备产业园", "LOCATED_IN", _ZONE)),
]

NEGATIVE: list[tuple[str, Triple]] = [
    (_OPEN + "作为长期合作伙伴，沧源精工股份有限公司为区内企业提供检测服务。",
     ("沧源精工股份有限公司", "LOCATED_IN", _ZONE)),
    # a park's firm named with its partner elsewhere: only the firm right after the kind
    (_OPEN + "澜江医药产业园龙头企业沧源药业股份有限公司与上海澜海生物有限公司签约。",
     ("上海澜海生物有限公司", "LOCATED_IN", "澜江医药产业园")),
    # …等企业入驻 a park the recogniser missed: not the zone instead
    (_OPEN + "目前已有沧源精密有限公司、澜江检测技术有限公司等11家上下游企业入驻钛谷智造园。",
     ("澜江检测技术有限公司", "LOCATED_IN", _ZONE)),
    # a project only planned or signed: the company is not yet in the zone
    (_OPEN + "签约项目中，澜江冷链物流有限公司将在经开区投资5.2亿元建设冷链仓储分拨中心。",
     ("澜江冷链物流有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "沧源生物科技有限公司拟投资7亿元在经开区建设中药配方颗粒生产项目。",
     ("沧源生物科技有限公司", "LOCATED_IN", _ZONE)),
    ("澜沧高新区今年产值增长。沧源传感科技有限公司是澜沧高新区的长期合作伙伴。",
     ("沧源传感科技有限公司", "LOCATED_IN", "澜沧高新区")),
    # parks that each bring in projects may be the counties' own parks
    (_OPEN + "沧源工业园区、澜江工业园区分别新引进硅材料、电池片项目9个和6个。",
     ("澜江工业园区", "LOCATED_IN", _ZONE)),
    ("在澜沧高新区沧源工业园，澜江化工股份有限公司的电子级硫酸生产线正满负荷运转。",
     ("澜江化工股份有限公司", "LOCATED_IN", "澜沧高新区")),
    # a company the text put in a park is not the zone's by a later clause's proximity
    (f"走进{_ZONE}的澜江汽车电子产业园，沧源线束有限公司的新厂房内一派繁忙。作为链主企业，"
     "沧源线束近三年带动澜江端子科技有限公司等9家配套企业落户经开区。",
     ("沧源线束有限公司", "LOCATED_IN", _ZONE)),
    # a firm entering the park is in the park, not (also) in the zone
    (_OPEN + "区内配套的澜江储能材料产业园首期厂房交付使用，沧源新材料有限公司、"
     "澜江电子科技有限公司等6家企业已入驻。",
     ("澜江电子科技有限公司", "LOCATED_IN", _ZONE)),
    # the companies a zone relies on are not placed by it
    (f"近年来，{_ZONE}依托沧源化工集团、澜江硅业有限公司等龙头企业，形成了氯碱化工产业集群。",
     ("澜江硅业有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "下一步，将继续发挥沧源化工集团、澜江硅业有限公司等龙头企业带动作用。",
     ("澜江硅业有限公司", "LOCATED_IN", _ZONE)),
]


@pytest.mark.parametrize(("text", "triple"), POSITIVE)
def test_placed(text: str, triple: Triple) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize(("text", "triple"), NEGATIVE)
def test_not_placed(text: str, triple: Triple) -> None:
    assert triple not in triples(text)


# sub-parks written with a short place or brand word before their kind
_SUB_OPEN = "2024年，澜沧高新区坚持项目为王，规上工业总产值增长9.1%。"
SUB_PARKS: list[tuple[str, Triple]] = [
    (_SUB_OPEN + "区内沧北园区、澜西园区均通过省级化工园区认定。",
     ("沧北园区", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "区内沧北园区、澜西园区均通过省级化工园区认定。",
     ("澜西园区", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "总投资20亿元的储能电池项目落地我区瑞丰工业园区，当年签约当年开工。",
     ("瑞丰工业园区", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "全区形成了以沧北基地为核心、澜西高新技术产业基地为支撑的产业布局。",
     ("沧北基地", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "全区形成了以沧北基地为核心、澜西高新技术产业基地为支撑的产业布局。",
     ("澜西高新技术产业基地", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "全区形成了以东湖园区为核心、南山园区和北岭园区为支撑的产业布局。",
     ("北岭园区", "LOCATED_IN", "澜沧高新区")),
    # a park of any length written right after 区内 lies in the zone of the passage
    ("澜沧高新区是全省地理信息产业集聚度最高的区域之一，区内地理信息小镇已集聚企业120家。",
     ("地理信息小镇", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "区内白岭稀土新材料产业园二期建成投用。",
     ("白岭稀土新材料产业园", "LOCATED_IN", "澜沧高新区")),
    # 以…为核心 right after the zone's name: 以 opens no park
    ("澜沧高新区以沧南基地为核心、岭北产业基地为支撑，打造千亿级光伏产业集群。",
     ("沧南基地", "LOCATED_IN", "澜沧高新区")),
    ("澜沧高新区以沧南基地为核心、岭北产业基地为支撑，打造千亿级光伏产业集群。",
     ("岭北产业基地", "LOCATED_IN", "澜沧高新区")),
    # projects of a zone's report named after their brand, after their total investment
    (_SUB_OPEN + "其中，总投资20亿元的恒通重工风电装备项目已投产。",
     ("恒通重工", "LOCATED_IN", "澜沧高新区")),
    (_SUB_OPEN + "区内恒瑞光电三期、鼎盛化工技改等项目完工。",
     ("鼎盛化工", "LOCATED_IN", "澜沧高新区")),
    # a sub-area written right after its zone
    ("研究院选址澜沧新区南湖科技开发区，首期建设资金2亿元。",
     ("南湖科技开发区", "LOCATED_IN", "澜沧新区")),
]
SUB_PARK_NAMES = ["沧北园区", "澜西园区", "瑞丰工业园区", "澜西高新技术产业基地", "南湖科技开发区"]


@pytest.mark.parametrize(("text", "triple"), SUB_PARKS)
def test_sub_park_placed(text: str, triple: Triple) -> None:
    assert triple in triples(text)


def test_sub_park_names() -> None:
    names: set[str] = set()
    for text, _ in SUB_PARKS:
        names |= entity_names(extract_text(text), "Zone")
    assert set(SUB_PARK_NAMES) <= names
    x = extract_text("澜沧高新区以沧南基地为核心，打造千亿级光伏产业集群。")
    assert "以沧南基地" not in entity_names(x, "Zone")
    x = extract_text("澜沧高新区今年重点建设沧南产业园，新增企业12家。")
    assert "沧南产业园" in entity_names(x, "Zone")
    assert "重点建设沧南产业园" not in entity_names(x, "Zone")
    # kinds of parks and their counts are no names
    x = extract_text(_SUB_OPEN + "区内各园区、两个产业基地均在生产基地举行开放日活动。")
    assert entity_names(x, "Zone") == {"澜沧高新区"}
    x = extract_text(_SUB_OPEN + "形成以龙头企业为核心、研发基地和其他园区为支撑的格局。")
    assert entity_names(x, "Zone") == {"澜沧高新区"}
    from chainkg.ingest.repair import repair
    from chainkg.nlp.doc import build_doc
    from chainkg.nlp.zone_places import sub_parks

    doc = build_doc(repair("位于澜沧高新区的碳谷产业园新增产能。"))
    assert "的碳谷产业园" not in {sp.name for sp in sub_parks(doc, [])}


def test_institute_in_sub_park() -> None:
    assert ("澜沧智能传感研究院", "LOCATED_IN", "南湖科技开发区") in triples(
        "澜沧新区与澜江大学共建澜沧智能传感研究院。研究院选址澜沧新区南湖科技开发区，"
        "首期建设资金2亿元。")


@pytest.mark.parametrize("firm", ["江禾光电", "沧远重工", "楚川新材"])
def test_project_brands_placed(firm: str) -> None:
    # a zone report's list of projects that started: each brand heading one is in the zone
    text = (_SUB_OPEN + "区内江禾光电二期、沧远重工智能装备产业化、楚川新材年产3万吨碳纤维等项目"
            "建成投产。")
    assert (firm, "LOCATED_IN", "澜沧高新区") in triples(text)


def test_customer_of_brought_in_not_placed() -> None:
    # 引进的A配套企业: the company brought in supplies A; A is not brought in
    text = _SUB_OPEN + "澜瑞新能源是该区去年引进的沧源汽车配套企业，一期项目已投产。"
    got = triples(text)
    assert ("澜瑞新能源", "LOCATED_IN", "澜沧高新区") in got
    assert ("沧源汽车", "LOCATED_IN", "澜沧高新区") not in got


def test_zhizao_park_after_zone() -> None:
    # 在Z P (a park of a brand word and 智造园): the park is its own name, in the zone
    got = triples("5月下旬，在澜沧高新区钛谷智造园，沧源钛业有限公司的新车间投用。")
    assert ("钛谷智造园", "LOCATED_IN", "澜沧高新区") in got
    assert ("沧源钛业有限公司", "LOCATED_IN", "钛谷智造园") in got


def test_zone_firm_of_a_kind_placed() -> None:
    # 区内整车企业A: a company the text calls one of the zone's own (of a kind)
    text = _SUB_OPEN + "沧源汽车零部件有限公司的压铸工厂正式投产，主要为区内整车企业澜江汽车配套。"
    assert ("澜江汽车", "LOCATED_IN", "澜沧高新区") in triples(text)


_PARKS_REPORT = (
    "澜沧经济技术开发区举行重点项目集中投产活动。本次投产项目主要分布在开发区沧北工业园区和"
    "澜西工业园区。沧北工业园区内，澜江锂业有限公司投资21亿元建设的碳酸锂项目正式投产，"
    "沧源光电材料有限公司单晶硅棒二期项目同步达产；澜西工业园区，江州镁业有限公司投资12亿元的"
    "镁合金项目点火运行。")


@pytest.mark.parametrize("triple", [
    ("澜西工业园区", "LOCATED_IN", "澜沧经济技术开发区"),
    ("澜江锂业有限公司", "LOCATED_IN", "沧北工业园区"),
    ("沧源光电材料有限公司", "LOCATED_IN", "沧北工业园区"),
    ("江州镁业有限公司", "LOCATED_IN", "澜西工业园区"),
])
def test_projects_under_the_park_that_opens_them(triple: Triple) -> None:
    assert triple in triples(_PARKS_REPORT)


def test_projects_under_a_park_not_in_the_zone_too() -> None:
    got = triples(_PARKS_REPORT)
    assert ("江州镁业有限公司", "LOCATED_IN", "澜西工业园区") in got
    assert ("江州镁业有限公司", "LOCATED_IN", "澜沧经济技术开发区") not in got


def test_leader_after_time_adverb() -> None:
    # A，如今已是当地X产业的链主企业: A leads X
    text = ("“配套半径缩到5公里以内。”安徽沧擎汽车部件股份有限公司副总经理说。"
            "2019年落户澜沧经济技术开发区的沧擎股份，如今已是当地汽车零部件产业的链主企业。")
    assert ("安徽沧擎汽车部件股份有限公司", "CHAIN_LEADER", "汽车零部件") in triples(text)


# a zone's name then a park with a name of its own (a place or brand word), written as a place:
# two names, the park in the zone and the company in the park
ZONE_THEN_PARK: list[tuple[str, Triple]] = [
    ("沧岭精工、澜源动力等40余家配套企业落户澜经开区石桥产业园。",
     ("石桥产业园", "LOCATED_IN", "澜经开区")),
    ("沧岭精工、澜源动力等40余家配套企业落户澜经开区石桥产业园。",
     ("澜源动力", "LOCATED_IN", "石桥产业园")),
    ("在澜沧高新区柳家湾高科园，澜江精密齿轮有限公司的生产线正满负荷运转。",
     ("澜江精密齿轮有限公司", "LOCATED_IN", "柳家湾高科园")),
    ("在澜沧高新区柳家湾高科园，澜江精密齿轮有限公司的生产线正满负荷运转。",
     ("柳家湾高科园", "LOCATED_IN", "澜沧高新区")),
    ("10月8日，澜沧高新区传感器产业联盟在澜沧高新区云岭软件城揭牌成立。",
     ("云岭软件城", "LOCATED_IN", "澜沧高新区")),
    # a place word, then the park's industry: the place word heads the park's name
    ("走进澜沧高新区石岗汽车零部件产业园，澜江汽车饰件有限公司的生产线正满负荷运转。",
     ("石岗汽车零部件产业园", "LOCATED_IN", "澜沧高新区")),
    ("走进澜沧高新区石岗汽车零部件产业园，澜江汽车饰件有限公司的生产线正满负荷运转。",
     ("澜江汽车饰件有限公司", "LOCATED_IN", "石岗汽车零部件产业园")),
]


@pytest.mark.parametrize(("text", "triple"), ZONE_THEN_PARK)
def test_zone_then_own_park(text: str, triple: Triple) -> None:
    assert triple in triples(text)


def test_zone_then_park_one_name() -> None:
    from chainkg.nlp.extractor import extract_text

    # a park named by its industry goes with the zone's name
    x = extract_text("澜沧经开区智能装备产业园新入驻企业18家。")
    assert "澜沧经开区智能装备产业园" in entity_names(x, "Zone")
    # opening the sentence, zone and park are the subject: one name
    x = extract_text("澜沧经济技术开发区石桥工业园区以锂电新能源为主攻方向，已形成完整产业链。")
    assert "澜沧经济技术开发区石桥工业园区" in entity_names(x, "Zone")
    assert "石桥工业园区" not in entity_names(x, "Zone")
    # a verb between the zone and an industry's park heads no name
    x = extract_text("澜沧高新区加快汽车零部件产业园建设。")
    assert "加快汽车零部件产业园" not in entity_names(x, "Zone")


@pytest.mark.parametrize(("text", "firm"), [
    (_SUB_OPEN + "江西澜瑞微电子功率半导体项目建成投产。", "江西澜瑞微电子"),
    (_SUB_OPEN + "沧源新材料年产2万吨钕铁硼项目、江苏沧驰电机永磁电机产业化项目先后签约落户。",
     "江苏沧驰电机"),
])
def test_project_brand_opening_with_its_place(text: str, firm: str) -> None:
    # a brand heading a project may open with its province (the name goes on to a sector word)
    assert (firm, "LOCATED_IN", "澜沧高新区") in triples(text)


def test_project_of_a_place_and_product_names_no_brand() -> None:
    from chainkg.nlp.extractor import extract_text

    x = extract_text(_SUB_OPEN + "江苏永磁电机产业化项目建成投产。")
    assert not {n for n in entity_names(x, "Enterprise") if n.startswith("江苏")}


_NEW_OPEN = "澜沧新区2024年汽车产业增长12%。"


@pytest.mark.parametrize("text", [
    _NEW_OPEN + "拓鑫又把上游的沧溪精铝压铸有限公司带进新区。",
    _NEW_OPEN + "澜江汽车把沧溪精铝压铸有限公司引入园区，当年投产。",
])
def test_company_brought_into_the_zone(text: str) -> None:
    # 把A带进新区: a company, not a zone ending in 新区; it lies in the passage's zone
    from chainkg.nlp.extractor import extract_text

    assert "沧溪精铝压铸有限公司" in entity_names(extract_text(text), "Enterprise")
    assert ("沧溪精铝压铸有限公司", "LOCATED_IN", "澜沧新区") in triples(text)


def test_products_brought_in_place_no_company() -> None:
    text = _NEW_OPEN + "澜江汽车将沧溪精铝压铸有限公司的产品引入园区。"
    assert "沧溪精铝压铸有限公司" in entity_names(extract_text(text), "Enterprise")
    assert ("沧溪精铝压铸有限公司", "LOCATED_IN", "澜沧新区") not in triples(text)
