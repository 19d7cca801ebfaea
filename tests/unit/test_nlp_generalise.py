"""Rule families added to generalise beyond the tuned passages (dev5 round).

Every sentence here was written for this file in the style of development-zone news; the
expected names and relations are read off the sentence, not off the extractor's output.
"""

from __future__ import annotations

from chainkg.model import EntityType, RelationType
from chainkg.nlp.entities import zone_short_forms
from chainkg.nlp.extractor import extract_text
from tests.nlp_helpers import entity_names as _names
from tests.nlp_helpers import relation_pairs as _rels

# -- names ---------------------------------------------------------------------------------------


def test_a_company_name_runs_across_a_common_verb_inside_it() -> None:
    # 显示 / 通用 / 精密 are frequent words; the legal form carries the name to a place or a comma
    x = extract_text(
        "近日,南京熊猫显示科技有限公司与园区签约。"
        "园区内,一汽通用长春汽车有限公司、比亚迪等企业加快扩产。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert "南京熊猫显示科技有限公司" in ents
    assert "一汽通用长春汽车有限公司" in ents
    assert not {"科技有限公司", "长春汽车有限公司"} & ents


def test_a_verb_before_a_company_name_stays_out() -> None:
    x = extract_text("经开区将积极鼓励显示科技有限公司扩大产能。")
    assert not any(n.startswith(("鼓励", "积极")) for n in _names(x, EntityType.ENTERPRISE))


def test_zone_short_forms_drop_place_and_shorten_the_tail() -> None:
    assert {"大亚湾开发区", "大亚湾经开区"} <= zone_short_forms("惠州大亚湾经济技术开发区")
    assert "火炬高新区" in zone_short_forms("厦门火炬高技术产业开发区")
    assert "东湖高新区" in zone_short_forms("武汉东湖新技术开发区")
    assert "经济技术开发区" not in zone_short_forms("烟台经济技术开发区")  # a bare tail


def test_a_zone_short_form_in_the_text_is_the_zone() -> None:
    x = extract_text(
        "泉州台商投资区经济技术开发区以鞋服为主导产业。今年,台商投资区经开区新落户企业12家。"
    )
    canon = {m.name: m.canonical for m in x.entities if m.type == EntityType.ZONE}
    assert canon.get("台商投资区经开区") == "泉州台商投资区经济技术开发区"


def test_products_in_an_introduced_list_are_not_companies() -> None:
    x = extract_text(
        "龙头企业带动正极材料、隔膜、电解液等上游配套企业集聚,引进了杉杉科技、恩捷股份等企业。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"杉杉科技", "恩捷股份"} <= ents
    assert not {"正极材料", "隔膜", "电解液"} & ents


def test_a_verb_after_a_leader_word_is_not_a_name() -> None:
    x = extract_text("三家龙头企业扎根淮安高新区,带动配套企业发展。")
    names = _names(x, EntityType.ENTERPRISE) | _names(x, EntityType.ZONE)
    assert not any("扎根" in n for n in names)


def test_research_and_development_centres_and_parts_parks() -> None:
    x = extract_text(
        "中国科学院赣江稀土研发中心与园区合作。某公司将投资20亿元建设汽车零部件产业园。"
    )
    assert "中国科学院赣江稀土研发中心" in _names(x, EntityType.RESEARCH_INSTITUTE)
    assert "汽车零部件产业园" in _names(x, EntityType.ZONE)
    assert "联合实验室" not in _names(
        extract_text("双方共建联合实验室。"), EntityType.RESEARCH_INSTITUTE
    )


def test_companies_listed_with_a_counted_noun_and_a_leader_clause() -> None:
    x = extract_text(
        "洛阳高新区吸引了中航光电、麦斯克电子等60余家配套企业落户。"
        "中信重工作为矿山装备产业链链主,带动本地配套率提升。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"中航光电", "麦斯克电子", "中信重工"} <= ents


# -- relations -----------------------------------------------------------------------------------



def test_project_names_keep_their_trailing_project_word_and_drop_de() -> None:
    x = extract_text(
        "宁波均胜电子股份有限公司投资30亿元建设汽车电子生产基地项目。"
        "江苏恒瑞医药股份有限公司投资8亿元建设的创新药制剂项目已开工。"
    )
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("宁波均胜电子股份有限公司", "汽车电子生产基地项目") in inv
    assert ("江苏恒瑞医药股份有限公司", "创新药制剂项目") in inv


def test_investment_then_building_in_the_zone_places_the_investor() -> None:
    x = extract_text(
        "九江经济技术开发区今年引进重大项目8个。"
        "江西赣锋锂业集团股份有限公司追加投资15亿元,在开发区建设固态电池扩产项目。"
    )
    assert ("江西赣锋锂业集团股份有限公司", "固态电池扩产项目") in _rels(x, RelationType.INVESTS_IN)
    assert ("江西赣锋锂业集团股份有限公司", "九江经济技术开发区") in _rels(
        x, RelationType.LOCATED_IN
    )


def test_investor_named_before_the_amount_and_a_settled_named_project() -> None:
    x = extract_text(
        "鹏鼎控股总投资9亿元的高阶HDI板项目已投产。"
        "近日,淮安鹏鼎科技有限公司年产20万平方米载板项目签约落地淮安高新区,总投资30亿元。"
    )
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("鹏鼎控股", "高阶HDI板项目") in inv
    assert ("淮安鹏鼎科技有限公司", "年产20万平方米载板项目") in inv
    assert ("淮安鹏鼎科技有限公司", "淮安高新区") in _rels(x, RelationType.LOCATED_IN)


def test_signing_with_the_zone_as_a_common_noun() -> None:
    x = extract_text(
        "常熟经济技术开发区以汽车及零部件为主导产业。"
        "今年3月,奇瑞捷豹路虎汽车有限公司与经开区签署合作协议,将投资20亿元建设新能源车型项目。"
    )
    assert ("奇瑞捷豹路虎汽车有限公司", "常熟经济技术开发区") in _rels(
        x, RelationType.PARTNERS_WITH
    ) or ("常熟经济技术开发区", "奇瑞捷豹路虎汽车有限公司") in _rels(x, RelationType.PARTNERS_WITH)


def test_a_park_anaphor_located_in_the_zone_and_companies_in_the_park() -> None:
    x = extract_text(
        "南通经济技术开发区启动建设南通能达新材料产业园。该产业园位于开发区东部,规划面积5平方公里。"
        "中天科技、通富微电等企业均在产业园内设立研发中心。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("南通能达新材料产业园", "南通经济技术开发区") in loc
    assert ("中天科技", "南通能达新材料产业园") in loc
    assert ("通富微电", "南通能达新材料产业园") in loc


def test_headquarters_and_a_list_building_in_the_zone() -> None:
    x = extract_text(
        "宜宾临港经济技术开发区是五粮液集团的总部所在地。"
        "天原股份、丝丽雅集团等已在宜宾临港经济技术开发区建设生产基地。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("五粮液集团", "宜宾临港经济技术开发区") in loc
    assert {("天原股份", "宜宾临港经济技术开发区"), ("丝丽雅集团", "宜宾临港经济技术开发区")} <= loc


def test_supplier_statements() -> None:
    x = extract_text(
        "园区引进了华阳新材、东方精工等徐工机械配套企业。恒立液压是三一重工的核心液压件供应商。"
    )
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("华阳新材", "徐工机械"))) in partners
    assert tuple(sorted(("东方精工", "徐工机械"))) in partners
    assert tuple(sorted(("恒立液压", "三一重工"))) in partners
    located = {h for h, _ in _rels(x, RelationType.LOCATED_IN)}
    assert "徐工机械" not in located  # the customer of the suppliers brought in


def test_members_listed_in_two_counted_groups() -> None:
    x = extract_text(
        "江苏现代畜牧业职业教育集团由江苏农牧科技职业学院牵头组建,成员单位包括扬州大学、"
        "南京农业大学等高校和温氏食品集团股份有限公司、牧原食品股份有限公司等龙头企业。"
    )
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == "江苏现代畜牧业职业教育集团"}
    assert {
        "扬州大学",
        "南京农业大学",
        "温氏食品集团股份有限公司",
        "牧原食品股份有限公司",
    } <= members


def test_companies_of_a_named_kind_are_in_that_industry() -> None:
    x = extract_text(
        "无锡高新区引进了华虹半导体、卓胜微等一批集成电路企业。"
        "以一汽解放为龙头,园区集聚了威孚高科、华光环能等上下游企业50余家。"
    )
    ind = _rels(x, RelationType.IN_INDUSTRY)
    assert {("华虹半导体", "集成电路"), ("卓胜微", "集成电路")} <= ind
    # no industry is named for the second list: nothing to link it to
    assert not any(h in ("威孚高科", "华光环能") for h, _ in ind)


def test_chain_leaders_take_the_paragraphs_industry() -> None:
    x = extract_text(
        "台州湾新区汽车产业集群规模突破千亿元。以吉利汽车、零跑汽车为龙头,园区集聚了"
        "银轮股份、爱柯迪等上下游企业100余家。"
    )
    leaders = _rels(x, RelationType.CHAIN_LEADER_OF)
    assert {("吉利汽车", "汽车"), ("零跑汽车", "汽车")} <= leaders
    assert {("银轮股份", "汽车"), ("爱柯迪", "汽车")} <= _rels(x, RelationType.IN_INDUSTRY)


def test_focus_from_a_core_area_or_a_manufacturing_base() -> None:
    x = extract_text(
        "赣州高新区是全国稀土永磁产业的核心承载区。南昌小蓝经开区是全国重要的汽车制造基地。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("赣州高新区", "稀土永磁") in focus
    assert ("南昌小蓝经开区", "汽车") in focus


# -- second unseen batch (dev6) ------------------------------------------------------------------


def test_a_project_list_of_brands_is_kept_and_one_of_products_is_not() -> None:
    x = extract_text(
        "今年以来,开发区先后引进远景动力、海辰储能等储能项目。"
        "园区还引进了储能电池、光伏组件等项目。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"远景动力", "海辰储能"} <= ents
    assert not {"储能电池", "光伏组件"} & ents


def test_a_company_signing_with_a_zone_is_named_from_context() -> None:
    x = extract_text(
        "岳阳经济技术开发区以石化为主导产业。8月,岳阳经开区与巴陵石化签约,"
        "巴陵石化己内酰胺搬迁项目正式落地经开区,计划总投资90亿元。"
    )
    assert "巴陵石化" in _names(x, EntityType.ENTERPRISE)
    assert ("巴陵石化", "岳阳经济技术开发区") in _rels(x, RelationType.LOCATED_IN)
    assert ("巴陵石化", "巴陵石化己内酰胺搬迁项目") in _rels(x, RelationType.INVESTS_IN)


def test_a_new_area_anaphor_is_the_area_not_its_park() -> None:
    x = extract_text(
        "长春新区举行项目签约仪式。一汽集团与新区签订协议,双方将共建长春汽车零部件产业园。"
        "新区将聚焦汽车、光电信息两大产业。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert {("长春新区", "汽车"), ("长春新区", "光电信息")} <= focus
    assert not any(h == "长春汽车零部件产业园" for h, _ in focus)


def test_seated_here_and_headquarters_after_a_comma() -> None:
    x = extract_text(
        "芜湖高新技术产业开发区机器人产业规模突破300亿元,埃夫特、酷哇机器人等龙头企业均坐落于此。"
        "三只松鼠作为休闲食品龙头企业,总部位于芜湖高新技术产业开发区。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert {("埃夫特", "芜湖高新技术产业开发区"), ("酷哇机器人", "芜湖高新技术产业开发区")} <= loc
    assert ("三只松鼠", "芜湖高新技术产业开发区") in loc


def test_lists_working_with_a_zone_or_a_university() -> None:
    x = extract_text(
        "杨凌农业高新技术产业示范区与西北农林科技大学深化合作。"
        "示范区内的咸阳本香农业产业集团有限公司、陕西秦宝牧业股份有限公司等企业与西北农林科技大学开展产学研合作。"
        "同时,西安交通大学、西北工业大学与示范区共建农业装备研究中心。"
    )
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    for a, b in [
        ("咸阳本香农业产业集团有限公司", "西北农林科技大学"),
        ("陕西秦宝牧业股份有限公司", "西北农林科技大学"),
        ("西安交通大学", "杨凌农业高新技术产业示范区"),
        ("西北工业大学", "杨凌农业高新技术产业示范区"),
    ]:
        assert tuple(sorted((a, b))) in partners


def test_what_is_built_in_a_zone_lies_in_it_and_lead_verbs_are_trimmed() -> None:
    x = extract_text(
        "平台公司在长治高新区先后建设了创新大厦、长治智能制造产业园等载体。"
        "管委会与太原理工大学合作建设长治智能装备研究院。"
    )
    assert ("长治智能制造产业园", "长治高新区") in _rels(x, RelationType.LOCATED_IN)
    assert "长治智能装备研究院" in _names(x, EntityType.RESEARCH_INSTITUTE)


def test_jiancheng_hou_is_no_building_verb() -> None:
    x = extract_text(
        "惠州仲恺高新区今年引进了欣旺达、亿纬锂能等储能项目。其中,\n"
        "欣旺达惠州基地二期项目总投资80亿元,建成后将形成年产20GWh动力电池产能。"
    )
    assert ("欣旺达", "欣旺达惠州基地二期项目") in _rels(x, RelationType.INVESTS_IN)


# -- third unseen batch (dev8) -------------------------------------------------------------------


def test_branch_companies_and_names_opening_with_digits() -> None:
    x = extract_text(
        "联合体吸纳了长安大学及一汽解放西安分公司、陕汽重卡有限公司宝鸡分公司等成员单位。"
        "七匹狼实业股份有限公司、361度(中国)有限公司等企业总部均设在区内。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"一汽解放西安分公司", "陕汽重卡有限公司宝鸡分公司", "361度(中国)有限公司"} <= ents
    assert not any(n.startswith("总部") for n in ents)
    assert "子公司" not in _names(extract_text("该集团在园区设立了子公司。"), EntityType.ENTERPRISE)


def test_a_parent_group_is_not_a_short_form_of_its_subsidiary() -> None:
    x = extract_text(
        "中国航发集团南方工业有限公司位于开发区内。围绕南方工业,开发区引进了配套企业。"
        "中国航发集团与开发区签署合作协议。"
    )
    canon = {m.name: m.canonical for m in x.entities if m.type == EntityType.ENTERPRISE}
    assert canon.get("中国航发集团") == "中国航发集团"
    assert canon.get("南方工业") == "中国航发集团南方工业有限公司"


def test_a_leader_named_later_in_the_subjects_sentence_and_its_suppliers() -> None:
    x = extract_text(
        "十堰经济技术开发区以商用车为主导产业。东风商用车有限公司位于开发区内,是商用车产业的链主企业。"
        "围绕东风商用车,开发区引进了华达车身、东风精工等配套企业40余家。"
    )
    assert ("东风商用车有限公司", "商用车") in _rels(x, RelationType.CHAIN_LEADER_OF)
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("华达车身", "东风商用车有限公司"))) in partners
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("华达车身", "十堰经济技术开发区") in loc
    assert ("十堰经济技术开发区", "商用车") in _rels(x, RelationType.FOCUSES_ON)


def test_founders_and_participants_of_an_alliance() -> None:
    x = extract_text(
        "由中国电子科技集团公司第十四研究所发起,南京大学、东南大学以及国睿科技、"
        "熊猫电子等企业共同参与的南京雷达产业联盟正式成立。"
    )
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == "南京雷达产业联盟"}
    assert {"南京大学", "东南大学", "国睿科技", "熊猫电子"} <= members


def test_a_park_built_without_an_amount_and_companies_in_a_section() -> None:
    x = extract_text(
        "包头稀土高新区聚焦稀土新材料产业。北方稀土在高新区投资建设的稀土功能材料产业园已投产。"
        "天和磁材、英思特等企业入驻片区。"
    )
    assert ("北方稀土", "稀土功能材料产业园") in _rels(x, RelationType.INVESTS_IN)
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("稀土功能材料产业园", "包头稀土高新区") in loc
    assert ("天和磁材", "包头稀土高新区") in loc


def test_no_industries_from_segment_words_of_a_chain_description() -> None:
    x = extract_text(
        "新站高新区新型显示产业形成了从上游材料、装备到面板、终端的完整产业链,"
        "是中国物联网产业发展的核心区。"
    )
    inds = _names(x, EntityType.INDUSTRY)
    assert "新型显示" in inds
    assert not {"材料", "终端", "装备到面板", "中国物联网"} & inds


# -- fourth batch (dev7) -------------------------------------------------------------------------


def test_a_zone_signing_with_a_list_and_a_project_phase() -> None:
    x = extract_text(
        "近日,滨海新区与长城汽车、中汽研集团分别签署合作协议。"
        "长城汽车将在滨海新区投资建设整车工厂二期项目,总投资约30亿元。"
    )
    assert "长城汽车" in _names(x, EntityType.ENTERPRISE)
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("滨海新区", "长城汽车"))) in partners
    assert ("长城汽车", "整车工厂二期项目") in _rels(x, RelationType.INVESTS_IN)


def test_a_city_signing_is_no_partner_of_the_sentence_subject() -> None:
    x = extract_text("隆基绿能在开发区布局硅片项目。西安市与西北大学签署校地合作协议。")
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("隆基绿能", "西北大学"))) not in partners


def test_founders_named_after_the_alliance() -> None:
    x = extract_text(
        "烟台海洋装备产业联盟日前成立,联盟由中集来福士海洋工程有限公司、"
        "烟台杰瑞石油服务集团股份有限公司等企业以及哈尔滨工程大学共同发起。"
    )
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == "烟台海洋装备产业联盟"}
    assert {
        "中集来福士海洋工程有限公司",
        "烟台杰瑞石油服务集团股份有限公司",
        "哈尔滨工程大学",
    } <= members


def test_members_listed_after_a_comma_and_yiji() -> None:
    x = extract_text(
        "长沙工程机械产教联合体联合湖南大学、中南大学等6所院校,以及三一集团有限公司、"
        "中联重科股份有限公司等20家企业共同组建。"
    )
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF)}
    assert {"湖南大学", "中南大学", "三一集团有限公司", "中联重科股份有限公司"} <= members


def test_settling_in_a_zone_by_its_own_word_and_in_a_named_zone_after_a_list() -> None:
    x = extract_text(
        "内蒙古鄂尔多斯苏里格经济开发区重点发展现代煤化工。"
        "中天合创、久泰能源等一批企业相继落户苏里格。"
        "宝丰能源、伊泰集团等煤化工龙头企业先后在苏里格经济开发区布局。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    zone = "内蒙古鄂尔多斯苏里格经济开发区"
    assert {("中天合创", zone), ("久泰能源", zone), ("宝丰能源", zone), ("伊泰集团", zone)} <= {
        (h, t if t != "苏里格经济开发区" else zone) for h, t in loc
    }


def test_in_the_park_or_the_zone_as_a_common_noun() -> None:
    x = extract_text(
        "合肥高新技术产业开发区集聚了科大讯飞等企业。中国科大先进技术研究院位于园区内。"
        "合肥软件园是高新区软件产业的重要载体。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("中国科大先进技术研究院", "合肥高新技术产业开发区") in loc
    assert ("合肥软件园", "合肥高新技术产业开发区") in loc


def test_a_leader_before_zuowei_supplies_the_companies_it_serves() -> None:
    x = extract_text(
        "九江经济技术开发区以石化为主导产业。中国石化九江分公司作为园区石化产业的龙头企业,"
        "为区内九江天赐、九江齐鑫等企业提供原料。"
    )
    assert ("中国石化九江分公司", "石化") in _rels(x, RelationType.CHAIN_LEADER_OF)
    assert ("中国石化九江分公司", "九江经济技术开发区") in _rels(x, RelationType.LOCATED_IN)
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("中国石化九江分公司", "九江天赐"))) in partners


def test_a_time_word_inside_a_legal_name_and_a_project_after_de() -> None:
    x = extract_text(
        "高新区先后引进山东未来机器人有限公司等项目。"
        "新疆其亚铝电有限公司在准东投资建设的年产20万吨铝合金项目总投资约30亿元。"
    )
    assert "山东未来机器人有限公司" in _names(x, EntityType.ENTERPRISE)
    assert ("新疆其亚铝电有限公司", "年产20万吨铝合金项目") in _rels(x, RelationType.INVESTS_IN)


def test_a_known_compound_industry_is_not_split() -> None:
    x = extract_text("贵安新区聚焦数据中心、智能终端、软件和信息服务三大产业。")
    assert "软件和信息服务" in _names(x, EntityType.INDUSTRY)


# -- fifth batch (dev10) -------------------------------------------------------------------------


def test_a_short_form_after_two_places_and_two_focus_terms_before_zhudao() -> None:
    x = extract_text(
        "内蒙古鄂尔多斯蒙泰铝业有限公司在开发区建有电解铝项目。"
        "开发区以现代煤化工和新材料为主导。蒙泰铝业计划投资20亿元,在开发区建设铝板带箔项目。"
    )
    canon = {m.name: m.canonical for m in x.entities if m.type == EntityType.ENTERPRISE}
    assert canon.get("蒙泰铝业") == "内蒙古鄂尔多斯蒙泰铝业有限公司"
    assert {"现代煤化工", "新材料"} <= _names(x, EntityType.INDUSTRY)


def test_a_park_admitting_companies_and_a_centre_built_there() -> None:
    x = extract_text(
        "厦门火炬高新区大力发展数字经济,厦门软件园已入驻企业500余家,其中包括美图、美亚柏科等企业。"
        "美亚柏科在软件园投资建设的厦门城市算力中心已投用。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("美图", "厦门软件园") in loc
    assert ("厦门火炬高新区", "数字经济") in _rels(x, RelationType.FOCUSES_ON)


def test_a_project_built_by_a_company_named_after_it() -> None:
    x = extract_text("漳浦六鳌风电项目由福建华电福瑞能源发展有限公司投资建设,一期总投资42亿元。")
    inv = {
        (r.head.canonical or r.head.name, r.tail.name): dict(r.props)
        for r in x.relations
        if r.type == RelationType.INVESTS_IN
    }
    key = ("福建华电福瑞能源发展有限公司", "漳浦六鳌风电项目")
    assert key in inv
    assert inv[key].get("amount_cny") == 42e8


def test_order_training_is_a_partnership_and_a_leader_drives_suppliers() -> None:
    x = extract_text(
        "区内的联宝(合肥)电子科技有限公司与合肥职业技术学院开展订单培养。"
        "华晨宝马汽车有限公司在经开区建有铁西工厂,带动了延锋、李尔等100余家配套企业在区内聚集。"
    )
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("联宝(合肥)电子科技有限公司", "合肥职业技术学院"))) in partners
    assert tuple(sorted(("延锋", "华晨宝马汽车有限公司"))) in partners


def test_a_leader_of_the_industry_named_after_the_phrase() -> None:
    x = extract_text(
        "常熟高新区形成了以奇瑞捷豹路虎汽车有限公司为龙头、观致汽车等整车企业为核心的汽车产业集群。"
    )
    assert ("奇瑞捷豹路虎汽车有限公司", "汽车") in _rels(x, RelationType.CHAIN_LEADER_OF)


# -- sixth batch (dev9) --------------------------------------------------------------------------


def test_a_legal_name_whose_first_characters_are_function_words() -> None:
    x = extract_text(
        "其中,人本集团有限公司投资10亿元建设精密轴承项目。顺丰集团在临空经济区投资建设货运枢纽项目。"
    )
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"人本集团有限公司", "顺丰集团"} <= ents
    assert not {"集团有限公司", "丰集团"} & ents


def test_the_leader_of_a_zones_industry_is_in_the_zone_and_its_suppliers() -> None:
    x = extract_text(
        "宁波前湾新区以汽车为主导产业。吉利汽车是新区汽车产业的链主。"
        "中国石化镇海炼化分公司是园区的链主企业,其产业链上下游已集聚金发科技、"
        "利万聚酯等配套企业30余家。"
    )
    assert ("吉利汽车", "宁波前湾新区") in _rels(x, RelationType.LOCATED_IN)
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("金发科技", "中国石化镇海炼化分公司"))) in partners


def test_directions_close_an_industry_list_and_whole_known_terms() -> None:
    x = extract_text(
        "成都天府国际生物城是四川省生物医药产业的核心承载地,聚焦创新药、高端医疗器械、"
        "精准医疗三大方向。哈尔滨经开区绿色食品产业集群持续壮大。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert {("成都天府国际生物城", "生物医药"), ("成都天府国际生物城", "高端医疗器械")} <= focus
    assert "绿色食品" in _names(x, EntityType.INDUSTRY)


def test_a_university_signing_with_a_zone_states_no_focus_of_the_zone() -> None:
    x = extract_text(
        "运城经济开发区以铝镁新材料为主导产业。"
        "运城学院与运城经济开发区签署协议,围绕铝镁产业开展技术攻关。"
    )
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("运城经济开发区", "铝镁新材料") in focus
    assert ("运城经济开发区", "铝镁") not in focus


def test_a_park_named_after_the_zones_common_noun() -> None:
    x = extract_text("济南高新区是量子信息产业集聚区。济南量子技术研究院位于高新区齐鲁软件园内。")
    assert ("济南量子技术研究院", "齐鲁软件园") in _rels(x, RelationType.LOCATED_IN)


def test_evidence_stays_inside_texts_cut_anywhere() -> None:
    # excerpts may end mid-sentence (the shared README says so): rules that reach a few
    # characters past a name must not point past the end of the text
    import json
    from pathlib import Path

    dev = Path(__file__).resolve().parents[1] / "nlp_dev"
    for path in sorted(dev.glob("dev9_*.json"))[:4]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for cut in range(20, len(text), 7):
            x = extract_text(text[:cut])
            for r in x.relations:
                assert 0 <= r.start <= r.end <= cut, (path.name, cut, r)


# -- seventh batch (dev11) -----------------------------------------------------------------------


def test_coleaders_of_a_consortium_are_not_a_pair() -> None:
    x = extract_text(
        "西安航空产教联合体由西北工业大学和中航西安飞机工业集团股份有限公司共同牵头组建,"
        "吸纳了西安航空职业技术学院等院校。"
    )
    partners = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("西北工业大学", "中航西安飞机工业集团股份有限公司"))) not in partners
    members = {h for h, _ in _rels(x, RelationType.MEMBER_OF)}
    assert "西安航空职业技术学院" in members


def test_gathered_here_and_the_investor_before_touzi() -> None:
    x = extract_text(
        "东莞松山湖高新区是全国重要的智能终端产业基地,华为终端、vivo、OPPO等龙头企业汇聚于此。"
        "维沃移动通信有限公司投资50亿元的vivo智能终端项目落户园区。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("华为终端", "东莞松山湖高新区") in loc
    inv = _rels(x, RelationType.INVESTS_IN)
    assert ("维沃移动通信有限公司", "vivo智能终端项目") in inv


def test_two_industries_joined_before_chanye_and_a_main_direction() -> None:
    x = extract_text(
        "晋城经济技术开发区积极培育数字经济和新材料产业。泰州医药高新区把生物医药作为主攻方向。"
    )
    inds = _names(x, EntityType.INDUSTRY)
    assert {"数字经济", "新材料", "生物医药"} <= inds
    assert ("泰州医药高新区", "生物医药") in _rels(x, RelationType.FOCUSES_ON)


# -- dev13–dev15 round: families from the errors of three unseen batches ---------------------------


def test_material_characters_and_qualifiers_keep_the_narrower_industry() -> None:
    x = extract_text(
        "宝鸡高新技术产业开发区以钛锆新材料为首位产业。"
        "株洲经济开发区紧盯清洁能源和硅基储能产业,重点发展精品陶瓷、现代物流和先进制造产业。"
    )
    inds = _names(x, EntityType.INDUSTRY)
    assert {"钛锆新材料", "清洁能源", "硅基储能", "现代物流", "先进制造"} <= inds
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("宝鸡高新技术产业开发区", "钛锆新材料") in focus
    assert ("株洲经济开发区", "清洁能源") in focus


def test_green_before_a_broad_sector_names_a_sector() -> None:
    x = extract_text(
        "钦南开发区大力发展绿色化工、绿色建材两大产业,并布局绿色氢能、储能等未来产业。"
    )
    inds = _names(x, EntityType.INDUSTRY)
    assert {"绿色化工", "绿色建材", "氢能"} <= inds
    assert "绿色氢能" not in inds  # 绿色 qualifies a technology: the industry is 氢能


def test_metals_named_together_and_parts_of_a_known_industry() -> None:
    x = extract_text(
        "白银高新区把铅锌作为主导产业。通威集团作为铅锌产业链链主,带动了一批企业落户。"
        "园区引进了兰州万里航空机电有限责任公司等8家航空零部件企业。"
    )
    assert {"铅锌", "航空零部件"} <= _names(x, EntityType.INDUSTRY)
    assert ("兰州万里航空机电有限责任公司", "航空零部件") in _rels(x, RelationType.IN_INDUSTRY)


def test_a_second_clause_of_the_zone_sentence_keeps_its_zone() -> None:
    x = extract_text("2025年,鄂州市《政府工作报告》要求葛店经济技术开发区坚持以光电子为主导,"
                     "做强半导体材料、生物医药两条产业链。")
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert {("葛店经济技术开发区", "半导体材料"), ("葛店经济技术开发区", "生物医药")} <= focus


def test_zone_names_with_a_bracketed_place_and_pianqu() -> None:
    x = extract_text(
        "据悉,中国(云南)自由贸易试验区红河片区聚焦跨境物流、加工贸易两大产业。"
        "今年以来,片区引进了云南河口宏泰商贸有限公司等企业。"
        "项目落户滁州经开区城南片区。"
    )
    zones = _names(x, EntityType.ZONE)
    assert "中国(云南)自由贸易试验区红河片区" in zones
    assert "滁州经开区城南片区" not in zones  # a part of the zone named before it
    assert ("云南河口宏泰商贸有限公司", "中国(云南)自由贸易试验区红河片区") in \
        _rels(x, RelationType.LOCATED_IN)


def test_a_new_town_zone_but_not_a_new_town_inside_a_zone() -> None:
    x = extract_text(
        "西咸新区秦汉新城是陕西文旅产业的主要承载地。宜宾临港智慧新城是宜宾动力电池产业的承载地。"
    )
    zones = _names(x, EntityType.ZONE)
    assert "宜宾临港智慧新城" in zones
    assert "西咸新区秦汉新城" not in zones


def test_legal_names_with_lianhe_or_a_conjunction_character() -> None:
    x = extract_text("区内的唐山瑞丰钢铁联合有限责任公司、河北泰然食品有限公司扩产项目全面投产。")
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"唐山瑞丰钢铁联合有限责任公司", "河北泰然食品有限公司"} <= ents


def test_members_joining_as_member_units_and_a_secretariat() -> None:
    x = extract_text(
        "南充现代纺织产教联合体近日成立。该联合体由南充市人民政府牵头,西华师范大学、南充职业技术学院"
        "2所院校,以及四川依格尔纺织品有限公司等30家企业作为首批成员单位加入。"
        "川北化工产业联盟揭牌成立。联盟由南充经开区管委会指导,西南石油大学、四川天华股份有限公司等"
        "15家单位共同发起,南充市化工行业协会为联盟秘书处单位。"
    )
    mem = _rels(x, RelationType.MEMBER_OF)
    assert {("西华师范大学", "南充现代纺织产教联合体"),
            ("四川依格尔纺织品有限公司", "南充现代纺织产教联合体"),
            ("西南石油大学", "川北化工产业联盟"), ("四川天华股份有限公司", "川北化工产业联盟"),
            ("南充市化工行业协会", "川北化工产业联盟")} <= mem
    assert ("西南石油大学", "南充市化工行业协会") not in mem


def test_supplier_lists_with_counts_and_wei_qi() -> None:
    x = extract_text(
        "围绕陕汽集团,高新区引进了陕西法士特齿轮有限责任公司、汉德车桥等60余家零部件配套企业。"
        "比亚迪是园区新能源汽车产业的链主。弗迪电池有限公司、西安伟隆汽车零部件有限公司等均为比亚迪的"
        "配套供应商。今年,经开区新落地项目9个,其中西安秦驰汽车配件有限公司等为比亚迪配套的项目过半。"
    )
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    for a, b in [("陕西法士特齿轮有限责任公司", "陕汽集团"), ("汉德车桥", "陕汽集团"),
                 ("弗迪电池有限公司", "比亚迪"), ("西安伟隆汽车零部件有限公司", "比亚迪"),
                 ("西安秦驰汽车配件有限公司", "比亚迪")]:
        assert tuple(sorted((a, b))) in pw


def test_companies_after_a_counted_project_list_are_in_the_zone() -> None:
    x = extract_text(
        "荆门高新技术产业开发区以新能源新材料为主导产业。前三季度,高新区新签约项目23个,"
        "总投资180亿元,其中湖北亿纬动力有限公司投资40亿元的储能电池项目已开工。"
        "全年高新区实施亿元以上项目31个,格林美(荆门)有限公司的回收项目、湖北宏源药业科技股份有限公司的"
        "原料药项目建成投产。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    for c in ("湖北亿纬动力有限公司", "格林美(荆门)有限公司", "湖北宏源药业科技股份有限公司"):
        assert (c, "荆门高新技术产业开发区") in loc


def test_set_up_here_after_an_apposition_subject() -> None:
    x = extract_text(
        "重庆万州经济技术开发区(简称万州经开区)是渝东北食品产业的重要基地,"
        "重庆恒都农业集团有限公司、重庆市万州区天生丽街食品有限公司等企业均在此设立生产基地。"
    )
    assert ("重庆万州经济技术开发区", "食品") in _rels(x, RelationType.FOCUSES_ON)
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("重庆恒都农业集团有限公司", "重庆万州经济技术开发区") in loc


def test_suppliers_of_a_chain_leader_are_in_its_industry_but_downstream_firms_are_not() -> None:
    x = extract_text(
        "潍柴动力股份有限公司是高新区内燃机产业的链主企业。围绕潍柴动力股份有限公司,高新区引进了"
        "潍坊富源增压器有限公司等上下游配套企业40余家。"
        "区内的山西建龙钢铁有限公司作为钢铁产业链链主,带动了闻喜县汇丰管业有限公司等下游企业落户。"
    )
    ind = _rels(x, RelationType.IN_INDUSTRY)
    assert ("潍坊富源增压器有限公司", "内燃机") in ind
    assert ("闻喜县汇丰管业有限公司", "钢铁") not in ind


def test_companies_listed_after_a_counted_kind_of_an_industry() -> None:
    x = extract_text(
        "截至目前,开发区已集聚茶叶上下游企业86家,其中包括普洱祖祥茶业有限公司、云南下关沱茶(集团)"
        "股份有限公司等骨干企业。"
    )
    ind = _rels(x, RelationType.IN_INDUSTRY)
    assert {("普洱祖祥茶业有限公司", "茶叶"), ("云南下关沱茶(集团)股份有限公司", "茶叶")} <= ind


def test_zone_partners_listed_before_a_later_leading_clause() -> None:
    x = extract_text(
        "铜陵经济技术开发区以铜基新材料为首位产业。开发区与安徽工业大学、中国科学院合肥物质科学研究院"
        "共建铜基材料联合实验室,并牵头组建了皖江铜产业创新联盟。"
        "铜陵有色金属集团股份有限公司与铜陵学院联合培养冶金人才,安徽鑫科新材料股份有限公司则与"
        "安徽工程大学共建研发中心。"
    )
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    for a, b in [("安徽工业大学", "铜陵经济技术开发区"),
                 ("中国科学院合肥物质科学研究院", "铜陵经济技术开发区"),
                 ("安徽鑫科新材料股份有限公司", "安徽工程大学")]:
        assert tuple(sorted((a, b))) in pw
    assert tuple(sorted(("铜陵有色金属集团股份有限公司", "安徽工程大学"))) not in pw


def test_in_the_park_topic_and_in_the_new_town() -> None:
    x = extract_text(
        "曹妃甸临港智慧新城是冀东装备制造产业的承载地,唐山三友化工股份有限公司等企业均位于新城内。"
        "园区内,河北华北石油天然气有限公司的LNG项目已投产,中石化冀东油田分公司投资20亿元建设储气设施。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("唐山三友化工股份有限公司", "曹妃甸临港智慧新城") in loc
    assert ("河北华北石油天然气有限公司", "曹妃甸临港智慧新城") in loc
    assert ("中石化冀东油田分公司", "曹妃甸临港智慧新城") in loc


def test_suppliers_for_it_and_a_leader_in_a_high_tech_industrial_park() -> None:
    x = extract_text(
        "遂宁高新技术产业园区以锂电为首位产业。天齐锂业股份有限公司是园区锂电产业链的链主企业,"
        "四川美青新材料有限公司、遂宁蓝鲸锂电科技有限公司等为其提供正极前驱体。"
    )
    assert ("天齐锂业股份有限公司", "遂宁高新技术产业园区") in _rels(x, RelationType.LOCATED_IN)
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("四川美青新材料有限公司", "天齐锂业股份有限公司"))) in pw
    assert tuple(sorted(("遂宁蓝鲸锂电科技有限公司", "天齐锂业股份有限公司"))) in pw


def test_a_company_that_signs_with_the_zone_and_builds_is_there_unless_it_builds_a_park() -> None:
    x = extract_text(
        "宜宾临港经济技术开发区以晶硅光伏为主导产业。今年,四川英发睿能科技股份有限公司与开发区签订协议,"
        "投资60亿元建设高效电池项目。同月,天合光能股份有限公司与开发区签约,投资80亿元建设天合光能"
        "宜宾产业园。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("四川英发睿能科技股份有限公司", "宜宾临港经济技术开发区") in loc
    assert ("天合光能宜宾产业园", "宜宾临港经济技术开发区") in loc
    assert ("天合光能股份有限公司", "宜宾临港经济技术开发区") not in loc


def test_an_industry_named_as_the_subject_of_a_focus_statement() -> None:
    x = extract_text("茶叶是普洱工业园区的首位产业。园区还举办了招商推介会。")
    assert ("普洱工业园区", "茶叶") in _rels(x, RelationType.FOCUSES_ON)


def test_a_project_built_is_invested_in() -> None:
    x = extract_text(
        "包头稀土高新技术产业开发区以稀土新材料为主导产业。北方稀土在高新区建成年产5000吨稀土永磁"
        "项目，总投资30亿元。"
    )
    assert ("北方稀土", "年产5000吨稀土永磁项目") in _rels(x, RelationType.INVESTS_IN)


def test_owners_of_data_centres_even_when_their_names_are_common_words() -> None:
    # 苹果 is also a fruit; as the owner of a data centre it is a company, and 落地X names the
    # national new area by its own word
    x = extract_text(
        "天府新区是成渝算力枢纽的核心区。目前，字节跳动、苹果、阿里云等8个超大型数据中心已落地天府。"
    )
    assert {"苹果", "字节跳动"} <= _names(x, EntityType.ENTERPRISE)
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("苹果", "天府新区") in loc or ("苹果", "四川天府新区") in loc
    y = extract_text("烟台经济技术开发区以汽车为主导产业。近年来，万华、杰瑞等企业相继落户烟台。")
    assert not any(t.endswith("开发区") for _h, t in _rels(y, RelationType.LOCATED_IN))


def test_a_brand_short_form_with_its_sector_word_and_a_list_before_yu() -> None:
    x = extract_text(
        "重庆两江新区以重庆理想智造汽车有限公司为龙头，吸引了一批零部件企业落户。"
        "重庆大学、重庆交通职业学院与理想汽车开展订单式培养。"
    )
    assert "理想汽车" in _names(x, EntityType.ENTERPRISE)
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("重庆大学", "重庆理想智造汽车有限公司"))) in pw
    assert tuple(sorted(("重庆交通职业学院", "重庆理想智造汽车有限公司"))) in pw


def test_seizing_an_industry_and_a_leader_named_for_an_industry_chain() -> None:
    x = extract_text(
        "宜春经济技术开发区抢抓锂电新能源发展机遇，以江西国轩新能源科技有限公司为龙头，"
        "吸引了一批锂电配套企业落户。"
        "新区将以合肥长鑫存储技术有限公司为集成电路产业链链主，持续引进上下游配套企业。"
    )
    assert ("宜春经济技术开发区", "锂电新能源") in _rels(x, RelationType.FOCUSES_ON)
    lead = _rels(x, RelationType.CHAIN_LEADER_OF)
    assert ("江西国轩新能源科技有限公司", "锂电新能源") in lead
    assert ("合肥长鑫存储技术有限公司", "集成电路") in lead


def test_place_names_opening_with_xin_and_a_region_before_a_zone() -> None:
    x = extract_text(
        "新余市锂电产业联盟近日成立。联盟由江西赣锋锂业集团股份有限公司、新余学院等单位共同发起。"
        "海南自由贸易港三亚崖州湾科技城重点发展临空经济、总部经济和现代服务业。"
    )
    assert "新余市锂电产业联盟" in _names(x, EntityType.ASSOCIATION)
    assert ("新余学院", "新余市锂电产业联盟") in _rels(x, RelationType.MEMBER_OF)
    assert "三亚崖州湾科技城" in _names(x, EntityType.ZONE)
    assert {"临空经济", "总部经济", "现代服务业"} <= _names(x, EntityType.INDUSTRY)


def test_unknown_industries_in_a_leading_place_and_a_base() -> None:
    x = extract_text(
        "平顶山高新技术产业开发区坚持以尼龙新材料为两大主导产业之一，着力打造全国重要的高压开关装备"
        "制造基地。平高集团有限公司作为园区高压开关装备产业链的链主企业，带动一批配套企业发展。"
    )
    inds = _names(x, EntityType.INDUSTRY)
    assert {"尼龙新材料", "高压开关装备"} <= inds
    assert ("平高集团有限公司", "高压开关装备") in _rels(x, RelationType.CHAIN_LEADER_OF)
    assert ("平高集团有限公司", "平顶山高新技术产业开发区") in _rels(x, RelationType.LOCATED_IN)


def test_a_counted_list_signs_with_the_zone_and_both_leaders_draw_suppliers() -> None:
    x = extract_text(
        "舟山经济开发区是华东重要的船舶修造基地。会上,浙江太平洋海洋工程有限公司、舟山中远海运重工有限公司"
        "等6家企业与开发区签约。舟山长宏国际船舶修造有限公司、浙江增洲造船有限公司等骨干企业均在园区内,"
        "带动了舟山海星轮机有限公司等50多家船舶配套企业发展。"
    )
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("浙江太平洋海洋工程有限公司", "舟山经济开发区"))) in pw
    assert tuple(sorted(("舟山海星轮机有限公司", "舟山长宏国际船舶修造有限公司"))) in pw
    assert tuple(sorted(("舟山海星轮机有限公司", "浙江增洲造船有限公司"))) in pw
    assert ("舟山海星轮机有限公司", "船舶配套") in _rels(x, RelationType.IN_INDUSTRY)


def test_a_leader_after_its_subject_clause_is_in_the_park_and_stated_kinds_win() -> None:
    x = extract_text(
        "铜陵经济技术开发区聚焦铜基新材料产业。铜陵有色金属集团股份有限公司年产阴极铜150万吨，"
        "是园区有色金属产业的龙头。围绕铜陵有色金属集团股份有限公司，经开区引进了安徽鑫科铜业有限公司等"
        "9家铜加工配套企业。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    assert ("铜陵有色金属集团股份有限公司", "铜陵经济技术开发区") in loc
    ind = _rels(x, RelationType.IN_INDUSTRY)
    assert ("安徽鑫科铜业有限公司", "铜加工") in ind
    assert ("安徽鑫科铜业有限公司", "有色金属") not in ind


def test_a_leader_without_its_industry_and_its_gathered_suppliers_are_in_the_zone() -> None:
    x = extract_text(
        "茂名高新技术产业开发区以石油化工、精细化工为主导产业。中国石化茂名石化公司是园区的链主企业，"
        "其乙烯产业链上下游已集聚广东众和化塑股份公司、茂名鲁华化工有限公司等配套企业40余家。"
        "广东石油化工学院与茂名石化共建了化工实训基地。"
    )
    loc = _rels(x, RelationType.LOCATED_IN)
    for c in ("中国石化茂名石化公司", "广东众和化塑股份公司", "茂名鲁华化工有限公司"):
        assert (c, "茂名高新技术产业开发区") in loc
    pw = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("广东石油化工学院", "中国石化茂名石化公司"))) in pw
