"""Entity recall and precision rule families (issue 3), with sentences written for these tests.

Each family: positive sentences in the style of zone reports, and negatives the rule must leave
alone. None of the names below comes from a gold file.
"""

from __future__ import annotations

import pytest

from chainkg.ingest.repair import repair
from chainkg.nlp.doc import build_doc
from chainkg.nlp.extractor import recognise


def names(text: str) -> dict[str, str]:
    """Top-level entity names of ``text`` → type."""
    doc = build_doc(repair(text))
    return {sp.name: sp.type for sp in recognise(doc) if sp.nested_in < 0}


# ---- places from the administrative-division list ------------------------------------------

@pytest.mark.parametrize(("text", "name", "typ"), [
    ("鄂托克前旗新区今年新引进项目12个。", "鄂托克前旗新区", "Zone"),
    ("科尔沁左翼中旗工业园区重点发展农畜产品加工。", "科尔沁左翼中旗工业园区", "Zone"),
    ("首批成员包括故城县职业技术教育中心等单位。", "故城县职业技术教育中心", "University"),
])
def test_county_opens_a_name(text: str, name: str, typ: str) -> None:
    assert names(text).get(name) == typ


def test_common_word_is_no_place() -> None:
    # 和平 and 长安 are districts, but as bare words they do not make a zone
    got = names("我们要维护和平新区的发展环境，长安新城建设加快。")
    assert "和平新区" not in got


# ---- central government (reference list) ---------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("合肥高新区被工业和信息化部认定为国家新型工业化产业示范基地。", "工业和信息化部"),
    ("该园区2022年被科技部、商务部确定为国家级国际科技合作基地。", "科技部"),
    ("园区被国家发展改革委等五部门确定为首批试点。", "国家发展改革委"),
    ("2021年被国家林业和草原局认定为国家林业产业示范园区。", "国家林业和草原局"),
])
def test_ministries(text: str, name: str) -> None:
    assert names(text).get(name) == "Government"


def test_ministry_word_inside_a_longer_word() -> None:
    got = names("市商务部门和科技部门联合开展调研，教育部门给予支持。")
    assert not {"商务部", "科技部", "教育部"} & set(got)


# ---- alliances, communities, vocational centres --------------------------------------------

@pytest.mark.parametrize(("text", "name", "typ"), [
    ("张江高端装备产业联盟在上海揭牌成立。", "张江高端装备产业联盟", "Association"),
    ("6月3日，临港智能网联汽车产业技术创新联盟在上海临港产业园区成立。",
     "临港智能网联汽车产业技术创新联盟", "Association"),
    ("青岛高新区海洋装备行业产教融合共同体在青岛职业技术学院揭牌。",
     "青岛高新区海洋装备行业产教融合共同体", "Consortium"),  # scored as an Association
    ("成员单位包括枣强县职业技术教育中心、衡水学院等。", "枣强县职业技术教育中心", "University"),
])
def test_associations_and_centres(text: str, name: str, typ: str) -> None:
    assert names(text).get(name) == typ


@pytest.mark.parametrize("text", [
    "园区将组建产业联盟，推动构建人类命运共同体。",
    "鼓励企业成立国家产业技术创新联盟。",
    "要打造产教融合共同体，深化校企合作。",
])
def test_generic_alliances_are_not_names(text: str) -> None:
    assert not [n for n, t in names(text).items() if t == "Association"]


# ---- zone boundaries: a zone and its title -------------------------------------------------

def test_zone_stops_before_its_title() -> None:
    got = names("宜昌高新区获批国家知识产权示范园区，生物医药产业加快集聚。")
    assert got.get("宜昌高新区") == "Zone"
    assert not [n for n in got if n.startswith("宜昌高新区获批")]


@pytest.mark.parametrize("text", [
    "经开区先后被认定为省级新型工业化基地、国家绿色工业园区。",
    "开发区获评全国循环化改造示范园区。",
])
def test_titles_are_not_zones(text: str) -> None:
    assert not [n for n, t in names(text).items() if t == "Zone"]


def test_national_zone_keeps_its_name() -> None:
    assert names("国家级宁波经济技术开发区位于北仑。").get("宁波经济技术开发区") == "Zone"


# ---- enterprise names: left boundary, ordinals, function characters inside a legal name ----

@pytest.mark.parametrize(("text", "name", "typ"), [
    ("近年来，开发区依托区内乳制品加工龙头蒙牛集团，持续延链补链。", "蒙牛集团", "Enterprise"),
    ("中国船舶重工集团公司第七一二研究所与经开区签订合作协议。",
     "中国船舶重工集团公司第七一二研究所", "ResearchInstitute"),
    ("园区新签约成都精工用友软件有限公司智能工厂项目。", "成都精工用友软件有限公司", "Enterprise"),
])
def test_enterprise_boundaries(text: str, name: str, typ: str) -> None:
    got = names(text)
    assert got.get(name) == typ
    assert not [n for n in got if n != name and n.endswith(name) and len(n) > len(name)]


def test_leader_word_is_no_part_of_the_name() -> None:
    got = names("依托区内乳制品加工龙头蒙牛集团，持续延链补链。")
    assert not [n for n in got if "龙头" in n]


def test_classifier_before_a_customer_is_trimmed() -> None:
    got = names("新引进配套企业12家，其中8家为比亚迪的二级供应商。")
    assert got.get("比亚迪") == "Enterprise"
    assert not [n for n in got if n.startswith("家")]


# ---- short enterprise names from context ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("经开区依托区内光伏龙头通威股份，持续延链补链。", ["通威股份"]),
    ("龙头企业正泰电器、德力西等加快布局。", ["正泰电器", "德力西"]),
    ("新区内中国联通、中国铁塔等运营商的数据中心项目相继建成投运。", ["中国联通", "中国铁塔"]),
    ("目前，比亚迪、宁德时代和国轩高科等企业已在区内投产。", ["比亚迪", "宁德时代", "国轩高科"]),
    ("以恒瑞医药、豪森药业为代表的医药企业集聚发展。", ["恒瑞医药", "豪森药业"]),
    ("上汽通用五菱汽车股份有限公司、宝骏和柳工等骨干企业加快转型。", ["宝骏", "柳工"]),
    ("陕鼓动力与西安交通大学共建联合实验室。", ["陕鼓动力"]),
    ("美锦氢源今年又与中国科学院大连化学物理研究所签署合作协议。", ["美锦氢源"]),
])
def test_short_names_from_context(text: str, expected: list[str]) -> None:
    got = names(text)
    for name in expected:
        assert got.get(name) == "Enterprise", (name, got)


@pytest.mark.parametrize("text", [
    "隆基绿能科技股份有限公司等光伏龙头企业满负荷生产，订单饱满。",
    "要发挥龙头引领作用，带动中小企业发展。",
    "龙头企业正加快布局，链主企业已建成投产，",
    "学校与西安交通大学共建联合实验室。",
    "今年，我市与西安交通大学签约。",
    "以智能制造为引领，支持企业技术改造。",
])
def test_context_negatives(text: str) -> None:
    got = names(text)
    assert not [n for n, t in got.items() if t == "Enterprise" and not n.endswith("公司")], got


def test_legal_name_is_not_split_at_its_conjunction() -> None:
    got = names("下一步经开区将以安徽众和股份有限公司为龙头，做强铝基新材料产业。")
    assert got.get("安徽众和股份有限公司") == "Enterprise"
    assert "股份有限公司" not in got


# ---- short names as investors, producers, leaders and listed members -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("包括赣锋锂业、天齐锂业在内的12家企业签约入驻。", ["赣锋锂业", "天齐锂业"]),
    ("今年，宁德时代投资120亿元建设动力电池生产基地。", ["宁德时代"]),
    ("由蜂巢能源投资建设的电池包项目正式投产。", ["蜂巢能源"]),
    ("该项目由中国建材集团有限公司、凯盛科技共同投资。", ["凯盛科技"]),
    ("赣锋锂业年产5万吨锂盐项目开工建设。", ["赣锋锂业"]),
    ("签约企业有华润微电子、士兰微、长电科技等。", ["华润微电子", "士兰微", "长电科技"]),
    ("引育了正威国际、中芯国际等一批重点企业。", ["正威国际", "中芯国际"]),
    ("作为链主企业，潍柴动力带动200余家配套企业集聚。", ["潍柴动力"]),
    ("目前，欣旺达、亿纬锂能等项目已建成投产。", ["欣旺达", "亿纬锂能"]),
    ("宁德时代、比亚迪两大电池巨头先后在此布局。", ["宁德时代", "比亚迪"]),
    ("东方希望集团在准东年产40万吨多晶硅项目开工。", ["东方希望集团"]),
])
def test_short_names_by_their_role(text: str, expected: list[str]) -> None:
    got = names(text)
    for name in expected:
        assert got.get(name) == "Enterprise", (name, got)
    assert not [n for n in got if any(n != x and n.startswith(x) for x in expected)], got


@pytest.mark.parametrize("text", [
    "今年，全区投资50亿元建设基础设施。",
    "该项目投资20亿元，建成后年产10万吨。",
    "其中，固定资产投资12亿元。",
    "由社会资本投资建设的停车场已启用。",
    "项目建成后可形成年产5万吨的能力。",
    "由政府投资建设的标准厂房交付使用。",
    "首期投资30亿元，主要生产电池。",
    "作为链主企业，公司将持续投资。",
    "包括基础设施在内的12个项目开工。",
])
def test_role_negatives(text: str) -> None:
    assert not [n for n, t in names(text).items() if t == "Enterprise"]


def test_short_name_found_by_its_role_resolves_to_the_full_name() -> None:
    doc = build_doc(repair("许昌经济技术开发区与河南森源重工股份有限公司签约。森源重工将投资15亿元"
                           "建设电动车项目，森源重工落户许昌经开区。"))
    keys = {sp.name: sp.key for sp in recognise(doc) if sp.nested_in < 0}
    assert keys["森源重工"] == "河南森源重工股份有限公司"


def test_zone_abbreviated_to_stem_and_kaiqu() -> None:
    doc = build_doc(repair("在鞍山钢铁经济技术开发区，项目加快建设。"
                           "今年以来，钢开区新签约项目9个。"))
    keys = {sp.name: sp.key for sp in recognise(doc) if sp.nested_in < 0}
    assert keys.get("钢开区") == "鞍山钢铁经济技术开发区"


def test_place_stem_makes_no_kaiqu_form() -> None:
    got = names("长沙经济技术开发区今年新签约项目，长开区一词并非简称。")
    assert "长开区" not in got
