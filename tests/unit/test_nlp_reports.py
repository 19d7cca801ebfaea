"""Rule families from the dev18-dev20 round (work reports, annual summaries, signing lists).

Every sentence here was written for this file in the style of published development-zone texts;
the expected names and relations are read off the sentence, not off the extractor's output.
"""

from __future__ import annotations

from chainkg.model import EntityType, RelationType
from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import entity_names as _names
from tests.nlp_helpers import relation_pairs as _rels

# -- zone names ----------------------------------------------------------------------------------


def test_zones_named_by_industrial_district_pilot_area_and_chemical_base() -> None:
    x = extract_text(
        "上海漕泾工业区近日与万华化学集团股份有限公司签约。"
        "位于泰兴化工基地的江苏泰兴新浦化学有限公司加快扩能。"
        "广东横琴中医药健康先行区已集聚企业40余家。"
    )
    zones = _names(x, EntityType.ZONE)
    assert {"上海漕泾工业区", "泰兴化工基地", "广东横琴中医药健康先行区"} <= zones
    assert ("江苏泰兴新浦化学有限公司", "泰兴化工基地") in _rels(x, RelationType.LOCATED_IN)


# -- the zone of a year-opened summary -------------------------------------------------------------


def test_a_summary_opened_by_a_year_keeps_its_zone_as_subject() -> None:
    x = extract_text(
        "2024年，襄城经济开发区完成工业总产值560亿元，增长7.2%。"
        "主要指标：税收收入 18亿元；实际利用外资 1.2亿美元。"
        "硅碳新材料、装备制造两大主导产业集群持续壮大。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("襄城经济开发区", "硅碳新材料") in focus
    assert ("襄城经济开发区", "装备制造") in focus


def test_a_leader_of_the_chain_named_before_is_the_zones_leader() -> None:
    x = extract_text(
        "2024年，襄城经济开发区重点发展硅碳新材料产业，产值突破300亿元。"
        "河南平煤神马硅碳科技有限公司作为产业链链主，带动一批配套企业集聚发展。"
    )
    assert ("河南平煤神马硅碳科技有限公司", "硅碳新材料") in _rels(x, RelationType.CHAIN_LEADER_OF)
    assert ("河南平煤神马硅碳科技有限公司", "襄城经济开发区") in _rels(x, RelationType.LOCATED_IN)


# -- projects ------------------------------------------------------------------------------------


def test_a_flattened_signing_table_gives_each_company_its_project() -> None:
    x = extract_text(
        "签约项目如下：1.湖南宏旺新材料有限公司 精密钢带项目 投资额6亿元；"
        "2.岳阳恒光化工有限公司 年产3万吨电子化学品项目 投资额4.5亿元。"
    )
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("湖南宏旺新材料有限公司", "精密钢带项目") in inv
    assert ("岳阳恒光化工有限公司", "年产3万吨电子化学品项目") in inv
    assert not any(p.startswith(("湖南宏旺", "岳阳恒光")) for _c, p in inv)


def test_a_company_named_in_full_before_its_capacity_project() -> None:
    x = extract_text("年内，宁夏东方钽业股份有限公司年产200吨钽粉项目建成投产。")
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("宁夏东方钽业股份有限公司", "年产200吨钽粉项目") in inv


def test_severally_signed_projects_pair_in_order() -> None:
    x = extract_text(
        "会上，安徽华晟新能源科技有限公司、宣城睿晖宣晟光伏科技有限公司分别与开发区签订"
        "异质结电池片项目和光伏玻璃深加工项目投资协议。"
    )
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("安徽华晟新能源科技有限公司", "异质结电池片项目") in inv
    assert ("宣城睿晖宣晟光伏科技有限公司", "光伏玻璃深加工项目") in inv
    assert ("安徽华晟新能源科技有限公司", "光伏玻璃深加工项目") not in inv


def test_a_joint_venture_project_belongs_to_both_partners() -> None:
    x = extract_text(
        "山东南山铝业股份有限公司与印尼宾坦铝业有限公司合资建设的氧化铝项目近日投产。"
        "年产50万吨再生铝项目开工建设，总投资18亿元，由山东创新集团有限公司与"
        "魏桥铝电有限公司合资建设。"
    )
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("山东南山铝业股份有限公司", "氧化铝项目") in inv
    assert ("印尼宾坦铝业有限公司", "氧化铝项目") in inv
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("山东南山铝业股份有限公司", "印尼宾坦铝业有限公司"))) in partners
    assert tuple(sorted(("山东创新集团有限公司", "魏桥铝电有限公司"))) in partners


# -- members -------------------------------------------------------------------------------------


def test_first_members_chair_units_and_those_who_take_part_are_members() -> None:
    x = extract_text(
        "湘南稀土新材料产业联盟在郴州成立。湖南稀土金属材料研究院有限责任公司任理事长单位，"
        "中南大学、湖南有色金属职业技术学院及郴州市第一职业中等专业学校等15家单位成为首批成员。"
    )
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == "湘南稀土新材料产业联盟"}
    assert {
        "湖南稀土金属材料研究院有限责任公司",
        "中南大学",
        "湖南有色金属职业技术学院",
        "郴州市第一职业中等专业学校",
    } <= members
    x = extract_text(
        "桐乡市毛衫产业创新联合体近日组建。浙江理工大学桐乡研究院、嘉兴职业技术学院也参与其中。"
    )
    members = {h for h, _t in _rels(x, RelationType.MEMBER_OF)}
    assert {"浙江理工大学桐乡研究院", "嘉兴职业技术学院"} <= members


# -- what a zone holds -----------------------------------------------------------------------------


def test_sub_parks_and_what_stands_inside_the_zone() -> None:
    x = extract_text(
        "宿迁经济技术开发区下辖电子信息产业园、功能性新材料产业园和智能装备产业园。"
        "区内拥有宿迁学院、江苏省产业技术研究院宿迁分院等高校及科研院所5家。"
    )
    located = _rels(x, RelationType.LOCATED_IN)
    for park in ("电子信息产业园", "功能性新材料产业园", "智能装备产业园"):
        assert (park, "宿迁经济技术开发区") in located
    assert ("宿迁学院", "宿迁经济技术开发区") in located
    assert ("江苏省产业技术研究院宿迁分院", "宿迁经济技术开发区") in located


def test_the_zones_industry_and_its_listed_makers() -> None:
    x = extract_text(
        "张掖经济技术开发区光伏装备产业加快集聚，甘肃晶阳光伏科技有限公司、"
        "张掖正泰新能源科技有限公司等组件及零部件企业产能持续释放。"
    )
    located = _rels(x, RelationType.LOCATED_IN)
    assert ("甘肃晶阳光伏科技有限公司", "张掖经济技术开发区") in located
    assert ("张掖正泰新能源科技有限公司", "张掖经济技术开发区") in located
    assert ("甘肃晶阳光伏科技有限公司", "光伏装备") in _rels(x, RelationType.IN_INDUSTRY)


def test_projects_completed_in_the_zone_of_the_summary() -> None:
    x = extract_text(
        "四平经济开发区全年工业总产值增长9.3%。"
        "吉林华翔汽车零部件有限公司、四平巨元瀚洋板式换热器有限公司等一批重大项目建成投产。"
    )
    located = _rels(x, RelationType.LOCATED_IN)
    assert ("吉林华翔汽车零部件有限公司", "四平经济开发区") in located
    assert ("四平巨元瀚洋板式换热器有限公司", "四平经济开发区") in located


# -- industries ----------------------------------------------------------------------------------


def test_zones_listed_with_the_industry_they_were_selected_for() -> None:
    x = extract_text(
        "名单中，鹤壁经济技术开发区以电子电器入选，许昌经济技术开发区以电力装备产业集群入选。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("鹤壁经济技术开发区", "电子电器") in focus
    assert ("许昌经济技术开发区", "电力装备") in focus


def test_two_items_sharing_a_qualifier_are_two_industries() -> None:
    x = extract_text("产业园以新型建材、再生铜铝和再生塑料为主导产业。")
    inds = _names(x, EntityType.INDUSTRY)
    assert {"再生铜铝", "再生塑料"} <= inds
    assert "再生铜铝和再生塑料" not in inds


def test_a_world_class_base_names_its_industry_without_the_praise() -> None:
    x = extract_text("古雷港经济开发区是福建省重点打造的世界一流石化产业基地。")
    inds = _names(x, EntityType.INDUSTRY)
    assert not any(i.startswith(("一流", "世界")) for i in inds)


# -- work reports and other names ------------------------------------------------------------------


def test_companies_backed_in_an_industrys_task_are_in_that_industry() -> None:
    x = extract_text(
        "今年要抓好三件事。做强茶产业，支持贵州湄潭兰馨茶业有限公司、贵州凤冈县仙人岭锌硒有机茶业"
        "有限公司等龙头企业扩大产能；培育现代物流产业，推动遵义传化公路港物流有限公司建设区域分拨中心。"
    )
    inds = _rels(x, RelationType.IN_INDUSTRY)
    assert ("贵州湄潭兰馨茶业有限公司", "茶") in inds
    assert ("遵义传化公路港物流有限公司", "现代物流") in inds


def test_a_zones_other_name_in_brackets_is_its_alias() -> None:
    x = extract_text(
        "上海化学工业经济技术开发区（上海化工区）是国家级石化基地。"
        "目前，上海化工区已集聚巴斯夫、科思创等跨国企业。"
    )
    assert "上海化工区" in _names(x, EntityType.ZONE)
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("巴斯夫", "上海化学工业经济技术开发区") in loc


def test_a_legal_name_runs_across_digits_zhi_and_ben_to_its_place() -> None:
    x = extract_text(
        "园区集聚了青海5369生物科技有限公司、四川天府之星食品有限公司、"
        "甘肃张掖本草堂药业有限公司等企业。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert {
        "青海5369生物科技有限公司",
        "四川天府之星食品有限公司",
        "甘肃张掖本草堂药业有限公司",
    } <= ents


# -- leaders and their suppliers -------------------------------------------------------------------


def test_a_quoted_leader_after_the_zone_adverbial() -> None:
    x = extract_text(
        "在金昌经济技术开发区，金川集团股份有限公司是名副其实的镍钴新材料产业链“链主”。"
    )
    assert ("金川集团股份有限公司", "镍钴新材料") in _rels(x, RelationType.CHAIN_LEADER_OF)


def test_suppliers_a_company_brings_in_and_those_a_zone_brings_in_through_it() -> None:
    x = extract_text(
        "近年来，山东潍柴动力股份有限公司先后引进山东华源莱动内燃机有限公司、"
        "潍坊盛瑞传动有限公司等8家配套企业落户开发区。"
    )
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("山东华源莱动内燃机有限公司", "山东潍柴动力股份有限公司"))) in pw
    y = extract_text("开发区依托歌尔股份有限公司引进了立讯、瑞声等零部件企业。")
    assert not any("歌尔股份有限公司" in p for p in _rels(y, RelationType.PARTNERS_WITH))


def test_focus_listed_before_wei_zhongdian_and_a_merged_university() -> None:
    x = extract_text("按照规划，开发区将以工业机器人、服务机器人为重点，加快集聚上下游企业。")
    assert {"工业机器人", "服务机器人"} <= _names(x, EntityType.INDUSTRY)
    y = extract_text("近日，山东第一医科大学(山东省医学科学院)与济南高新区签署合作协议。")
    assert "山东第一医科大学(山东省医学科学院)" in _names(y, EntityType.UNIVERSITY)


def test_a_capacity_project_named_after_its_company() -> None:
    x = extract_text("今年，宁夏宝丰能源集团股份有限公司300万吨/年煤制烯烃项目建成投产。")
    assert (
        "宁夏宝丰能源集团股份有限公司",
        "300万吨/年煤制烯烃项目",
    ) in _rels(x, RelationType.INVESTS_IN)


def test_an_industry_measured_in_the_zones_report_is_the_zones() -> None:
    x = extract_text(
        "2024年，宜宾临港经济技术开发区实现动力电池产业产值1200亿元。"
        "上半年，全区光伏产业实现营业收入160亿元。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("宜宾临港经济技术开发区", "动力电池") in focus
    assert ("宜宾临港经济技术开发区", "光伏") in focus


def test_a_base_named_as_a_zone_and_then_by_its_own_word() -> None:
    x = extract_text(
        "湛江东海岛石化基地是广东重点建设的石化产业基地。基地已集聚中科(广东)炼化有限公司等企业。"
    )
    assert "湛江东海岛石化基地" in _names(x, EntityType.ZONE)
    assert ("中科(广东)炼化有限公司", "湛江东海岛石化基地") in _rels(x, RelationType.LOCATED_IN)
