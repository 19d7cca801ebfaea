"""Rule families added to generalise beyond the tuned passages (dev5 round).

Every sentence here was written for this file in the style of development-zone news; the
expected names and relations are read off the sentence, not off the extractor's output.
"""

from __future__ import annotations

from chainkg.model import EntityType, Extraction
from chainkg.nlp.entities import zone_short_forms
from chainkg.nlp.extractor import extract_text


def _names(x: Extraction, type_: str) -> set[str]:
    return {m.name for m in x.entities if m.type == type_}


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
