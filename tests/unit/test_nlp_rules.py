"""Rule families of the extractor, on new sentences written in the style of the reports."""

from __future__ import annotations

from chainkg.model import EntityType, RelationType
from chainkg.nlp.extractor import extract_text
from chainkg.nlp.numbers import amount_value, cn_to_number
from tests.nlp_helpers import entity_names as _names
from tests.nlp_helpers import relation_pairs as _rels


def test_numbers() -> None:
    assert cn_to_number("五十四") == 54
    assert cn_to_number("两百") == 200
    assert cn_to_number("12") == 12
    assert amount_value("9.4", "亿") == 940000000.0
    assert amount_value("3", "万") == 30000.0


def test_suffix_names_grow_left_to_a_stopper() -> None:
    x = extract_text("据悉，晋中开发区管委会牵头，联合山西华鑫新材料股份有限公司、"
                     "晋中信息学院和山西省镁合金工程技术研究中心开展攻关。")
    assert "山西华鑫新材料股份有限公司" in _names(x, EntityType.ENTERPRISE)
    assert "晋中信息学院" in _names(x, EntityType.UNIVERSITY)
    assert "山西省镁合金工程技术研究中心" in _names(x, EntityType.RESEARCH_INSTITUTE)
    assert "晋中开发区管委会" in _names(x, EntityType.GOVERNMENT)
    assert "晋中开发区" in _names(x, EntityType.ZONE)  # nested in its 管委会's name


def test_generic_words_are_not_entities() -> None:
    x = extract_text("各开发区要引导组建创新联合体，支持高校和科研院所与企业合作，"
                     "推动我省开发区高质量发展。")
    assert not any(m.type in (EntityType.ZONE, EntityType.CONSORTIUM, EntityType.UNIVERSITY)
                   for m in x.entities)


def test_partners_with_list_and_kind() -> None:
    x = extract_text("在校企合作方面，朔州经济开发区的做法值得一提。该区与太原科技大学、"
                     "朔州职业技术学院签订校企合作协议，共建现代煤化工实训基地。")
    pairs = _rels(x, RelationType.PARTNERS_WITH)
    assert ("朔州经济开发区", "太原科技大学") in pairs
    assert ("朔州经济开发区", "朔州职业技术学院") in pairs
    kinds = {dict(r.props).get("kind") for r in x.relations if r.type == RelationType.PARTNERS_WITH}
    assert kinds <= {"协议", "实训基地"}


def test_consortium_members_counts_and_leader() -> None:
    x = extract_text("该区牵头组建大同市经开区产教联合体，聚合大同齿轮股份有限公司等36家骨干企业，"
                     "联合山西大同大学等5所院校，吸纳大同市新能源汽车研究院等12个科研机构。")
    members = _rels(x, RelationType.MEMBER_OF)
    assert ("大同齿轮股份有限公司", "大同市经开区产教联合体") in members
    assert ("山西大同大学", "大同市经开区产教联合体") in members
    assert ("大同市新能源汽车研究院", "大同市经开区产教联合体") in members
    counts = {(f.value, f.unit, f.counted_type) for f in x.facts if f.kind == "member_count"}
    assert counts == {(36.0, "家", EntityType.ENTERPRISE), (5.0, "所", EntityType.UNIVERSITY),
                      (12.0, "个", EntityType.RESEARCH_INSTITUTE)}
    assert any(m.type == EntityType.CONSORTIUM for m in x.entities)


def test_alliance_founders_are_members() -> None:
    x = extract_text("由苏州工业园区联合无锡高新区、常州经开区共同发起的"
                     "太湖湾园区合作联盟正式成立。")
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == "太湖湾园区合作联盟"}
    assert members == {"苏州工业园区", "无锡高新区", "常州经开区"}


def test_focus_industries_from_a_list() -> None:
    x = extract_text("目前，晋城经济技术开发区已形成光机电、新材料、生物医药三大主导产业。")
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert {("晋城经济技术开发区", i) for i in ("光机电", "新材料", "生物医药")} <= focus
    roles = {dict(r.props).get("role") for r in x.relations if r.type == "FOCUSES_ON"}
    assert roles == {"主导"}


def test_chain_leaders_aligned_with_industries() -> None:
    x = extract_text("孝义经济开发区已形成以鹏飞集团、金达铝业为龙头的焦化、铝加工两大主导产业。")
    leaders = _rels(x, RelationType.CHAIN_LEADER_OF)
    assert ("鹏飞集团", "焦化") in leaders
    assert ("金达铝业", "铝加工") in leaders


def test_short_enterprise_names_from_context() -> None:
    x = extract_text("在光伏产业链上延链补链，依托晶澳科技、潞安太阳能等企业，"
                     "引进晶科能源、隆基绿能等企业。")
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"晶澳科技", "潞安太阳能", "晶科能源", "隆基绿能"} <= ents
    in_ind = _rels(x, RelationType.IN_INDUSTRY)
    assert ("晶科能源", "光伏") in in_ind


def test_located_in_from_park_context() -> None:
    x = extract_text("长治经开区结合园区产业布局开展培训，为园区内山西潞宝兴海新材料有限公司"
                     "和长治市霍家工业有限公司2家企业输送人才。")
    located = _rels(x, RelationType.LOCATED_IN)
    assert ("山西潞宝兴海新材料有限公司", "长治经开区") in located
    assert ("长治市霍家工业有限公司", "长治经开区") in located


def test_alias_resolution_within_a_document() -> None:
    x = extract_text("侯马经济开发区坚持项目为王。"
                     "今年以来，侯马经开区围绕装备制造产业引进项目12个。")
    canon = {m.name: m.canonical for m in x.entities}
    assert canon["侯马经开区"] == "侯马经济开发区"
    assert ("侯马经济开发区", "装备制造") in _rels(x, RelationType.FOCUSES_ON)


def test_investment_fact_and_relation() -> None:
    x = extract_text("其中太原数字经济产业园投资约12.5亿元，建筑面积约8万平方米。")
    inv = [f for f in x.facts if f.kind == "investment"]
    assert inv and inv[0].value == 1250000000.0 and inv[0].subject.name == "太原数字经济产业园"
    y = extract_text("山西潞安化工有限公司将总投资30亿元，建设高端碳材料生产线。")
    rels = [r for r in y.relations if r.type == RelationType.INVESTS_IN]
    assert rels and rels[0].tail.name == "高端碳材料生产线"
    assert dict(rels[0].props)["amount_cny"] == 3000000000.0


def test_governs_and_part_of() -> None:
    x = extract_text("忻州经济开发区管委会委托太原理工大学忻州研究院开展技术服务。")
    assert ("忻州经济开发区管委会", "忻州经济开发区") in _rels(x, RelationType.GOVERNS)
    assert ("太原理工大学忻州研究院", "太原理工大学") in _rels(x, RelationType.PART_OF)
    assert ("忻州经济开发区", "太原理工大学忻州研究院") in _rels(x, RelationType.PARTNERS_WITH) or \
        ("忻州经济开发区管委会", "太原理工大学忻州研究院") in _rels(x, RelationType.PARTNERS_WITH)


def test_web_text_with_half_width_punctuation() -> None:
    x = extract_text("近日,运城市盐湖区人民政府与山西建龙实业有限公司签署战略合作协议。")
    assert "运城市盐湖区人民政府" in _names(x, EntityType.GOVERNMENT)
    assert ("运城市盐湖区人民政府", "山西建龙实业有限公司") in _rels(x, RelationType.PARTNERS_WITH)
