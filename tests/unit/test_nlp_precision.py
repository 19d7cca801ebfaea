"""Wrong relations and names that blind text showed, as sentences written for these tests."""

from __future__ import annotations

from chainkg.nlp.extractor import extract_text


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((r.head.name, r.tail.name)) for r in extract_text(text).relations
            if r.type == "PARTNERS_WITH"}


def test_an_adverb_between_a_list_and_its_verb_is_not_in_the_last_name() -> None:
    names = {e.name for e in extract_text(
        "长城汽车、精进电动分别作为整车和电驱动产业链链主，带动作用明显。").entities}
    assert "精进电动" in names
    assert not [n for n in names if n.endswith("分别")]


def test_a_company_referred_to_with_a_time_word_is_no_name() -> None:
    names = {e.name for e in extract_text(
        "该公司今年在大同经济技术开发区投资8亿元建设储能电池项目。").entities}
    assert not [n for n in names if "公司" in n and len(n) <= 5]


def test_the_last_of_a_list_of_founders_is_no_partner_of_the_others() -> None:
    text = ("该联盟由临汾经济开发区管委会牵头，联合山西建龙实业有限公司、山西师范大学和"
            "临汾职业技术学院共同组建。")
    assert _partners(text) == set()


def test_a_list_after_with_partners_the_subject_only() -> None:
    text = "大同经济技术开发区与山西大同大学、大同煤炭职业技术学院共建新能源产业学院。"
    assert _partners(text) == {
        frozenset(("大同经济技术开发区", "山西大同大学")),
        frozenset(("大同经济技术开发区", "大同煤炭职业技术学院")),
    }


def test_signing_pairs_in_a_list_of_projects_stay_pairs() -> None:
    text = ("活动现场，平遥县人民政府和山西晋能光伏有限公司签署光伏组件项目、"
            "介休市人民政府和山西宏达钢铁有限公司签署特钢项目。")
    assert frozenset(("介休市人民政府", "山西宏达钢铁有限公司")) in _partners(text)


def test_a_group_named_after_two_fields_joined_by_ji_is_one_name() -> None:
    x = extract_text("大同市氢能及储能产业联盟成立大会召开，会议选举大同新研氢能源科技有限公司为"
                     "理事长单位。")
    names = {e.name for e in x.entities}
    assert "大同市氢能及储能产业联盟" in names
    assert "大同新研氢能源科技有限公司" in names  # 选举 opens no name
    assert ("大同新研氢能源科技有限公司", "MEMBER_OF", "大同市氢能及储能产业联盟") in {
        (r.head.name, r.type, r.tail.name) for r in x.relations}
    y = extract_text("晋中新能源汽车及零部件市域产教联合体揭牌。")
    assert "晋中新能源汽车及零部件市域产教联合体" in {e.name for e in y.entities}


def test_two_groups_joined_by_yu_stay_two() -> None:
    names = {e.name for e in extract_text(
        "太原市数字经济产业联盟与晋中市信创产业联盟签署合作协议。").entities}
    assert {"太原市数字经济产业联盟", "晋中市信创产业联盟"} <= names
