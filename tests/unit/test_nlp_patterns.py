"""Rule families of the extractor on new sentences written for these tests (not from any report).

Each test names the pattern it guards; the sentences are in the style of development-zone news.
"""

from __future__ import annotations

import jieba
import pytest

from chainkg.model import EntityType, Extraction, RelationType
from chainkg.nlp.extractor import extract_text
from chainkg.nlp.tokens import HAN_BLOCK, get_tokenizer, segment_block
from tests.nlp_helpers import entity_names as _names
from tests.nlp_helpers import relation_pairs as _rels


def _amounts(x: Extraction) -> dict[tuple[str, str], float]:
    return {(r.head.canonical or r.head.name, r.tail.name): float(dict(r.props)["amount_cny"])
            for r in x.relations if r.type == RelationType.INVESTS_IN and r.props}


# -- tokens ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "鄂州临空经济区引进顺丰航空枢纽配套企业23家，总投资达58.6亿元。",
    "ABC公司5G模组项目落地，iPhone15产线同步投产；2024年产值突破100亿元！",
])
def test_segmentation_equals_jieba_without_hmm(text: str) -> None:
    tok = get_tokenizer()
    for m in HAN_BLOCK.finditer(text):
        ends, pos = [], 0
        for word in tok.cut(m.group(), HMM=False):
            pos += len(word)
            ends.append(pos)
        assert segment_block(m.group()) == ends
    assert jieba.lcut("开发区") == ["开发区"]  # the global tokenizer is left alone


# -- names ---------------------------------------------------------------------------------------

def test_names_run_across_rare_verbs_to_a_place_or_a_stopper() -> None:
    x = extract_text("区内的襄阳回转轴承股份有限公司、带动长盈精密技术有限公司等企业扩产，"
                     "吸纳了湖北隆中实验室参与攻关。")
    ents = _names(x, EntityType.ENTERPRISE)
    assert "襄阳回转轴承股份有限公司" in ents
    assert "长盈精密技术有限公司" in ents
    assert "湖北隆中实验室" in _names(x, EntityType.RESEARCH_INSTITUTE)


def test_short_forms_resolve_to_the_full_name() -> None:
    x = extract_text("鹤壁经济技术开发区与河南仕佳光子科技股份有限公司签约。"
                     "仕佳光子将投资12亿元建设光芯片产业化项目，项目落户鹤壁经开区。")
    canon = {m.name: m.canonical for m in x.entities}
    assert canon["仕佳光子"] == "河南仕佳光子科技股份有限公司"  # place and legal form dropped
    assert ("河南仕佳光子科技股份有限公司", "光芯片产业化项目") in _rels(x, RelationType.INVESTS_IN)


def test_short_names_from_context() -> None:
    x = extract_text("园区引进了蜂巢能源、国轩高科等一批电池企业，以奇瑞为龙头的汽车产业加快集聚。"
                     "蔚来是园区新能源汽车产业的链主企业。")
    ents = _names(x, EntityType.ENTERPRISE)
    assert {"蜂巢能源", "国轩高科", "奇瑞", "蔚来"} <= ents
    assert not any(n.startswith("了") for n in ents)


def test_generic_words_stay_out() -> None:
    x = extract_text("各开发区要支持龙头企业牵头组建创新联合体，"
                     "鼓励高校和科研院所为园区企业提供技术服务。")
    assert not {m.type for m in x.entities} & {EntityType.ENTERPRISE, EntityType.ZONE,
                                                 EntityType.CONSORTIUM, EntityType.UNIVERSITY}


# -- investments ---------------------------------------------------------------------------------

def test_invests_in_patterns() -> None:
    x = extract_text(
        "安徽华晟新能源科技有限公司将投资45亿元建设异质结电池生产基地。"
        "宣城经济技术开发区与浙江晶盛机电股份有限公司签约的半导体装备项目，计划总投资20亿元。"
        "宣城智能装备产业园总投资30亿元，由宣城国控集团投资建设。")
    amounts = _amounts(x)
    assert amounts[("安徽华晟新能源科技有限公司", "异质结电池生产基地")] == 4.5e9
    assert amounts[("浙江晶盛机电股份有限公司", "半导体装备项目")] == 2e9
    assert amounts[("宣城国控集团", "宣城智能装备产业园")] == 3e9


def test_project_after_signing_belongs_to_the_signer() -> None:
    x = extract_text("荆门高新区管委会与湖北亿纬动力有限公司签署投资协议。"
                     "该项目总投资62亿元，主要建设大圆柱电池生产线。")
    assert ("湖北亿纬动力有限公司", "大圆柱电池生产线") in _rels(x, RelationType.INVESTS_IN)
    assert ("荆门高新区管委会", "湖北亿纬动力有限公司") in _rels(x, RelationType.PARTNERS_WITH)


# -- located in ----------------------------------------------------------------------------------

def test_located_in_patterns() -> None:
    x = extract_text(
        "坐落于九江经济技术开发区的九江光伏产业园，已吸引晶科能源、正泰新能等企业相继入驻产业园。"
        "江西赣锋锂业集团股份有限公司在九江经济技术开发区投资建设锂电材料项目。")
    located = _rels(x, RelationType.LOCATED_IN)
    assert ("九江光伏产业园", "九江经济技术开发区") in located
    assert ("江西赣锋锂业集团股份有限公司", "九江经济技术开发区") in located
    assert {("晶科能源", "九江光伏产业园"), ("正泰新能", "九江光伏产业园")} <= located


def test_located_in_from_an_introducing_zone() -> None:
    x = extract_text("今年以来，鄂州葛店经济技术开发区先后引进了华工激光、长飞光纤等企业，"
                     "其中华工激光已投产。")
    located = _rels(x, RelationType.LOCATED_IN)
    zone = "鄂州葛店经济技术开发区"
    assert {("华工激光", zone), ("长飞光纤", zone)} <= located


# -- partners, suppliers ---------------------------------------------------------------------------

def test_supplier_links_are_partnerships() -> None:
    x = extract_text("作为宁德时代的一级供应商，福建杉杉科技有限公司在园区扩产。"
                     "带动厦门钨业、福建南平铝业等本地企业为宁德时代配套。"
                     "为比亚迪配套的常州弗迪电池有限公司也已投产。")
    pairs = {tuple(sorted(p)) for p in _rels(x, RelationType.PARTNERS_WITH)}
    assert tuple(sorted(("福建杉杉科技有限公司", "宁德时代"))) in pairs
    assert tuple(sorted(("厦门钨业", "宁德时代"))) in pairs
    assert tuple(sorted(("福建南平铝业", "宁德时代"))) in pairs
    assert tuple(sorted(("常州弗迪电池有限公司", "比亚迪"))) in pairs


def test_partners_by_signing_and_joint_work() -> None:
    x = extract_text("为破解用工难题，株洲高新区联合湖南工业大学、湖南铁道职业技术学院开设订单班，"
                     "并分别与中车株洲电力机车有限公司签订人才培养协议。")
    pairs = _rels(x, RelationType.PARTNERS_WITH)
    assert {("株洲高新区", "湖南工业大学"), ("株洲高新区", "湖南铁道职业技术学院"),
            ("株洲高新区", "中车株洲电力机车有限公司")} <= pairs


# -- members ---------------------------------------------------------------------------------------

def test_members_before_and_after_the_group() -> None:
    x = extract_text("由岳阳经济技术开发区管委会牵头，联合湖南石化、长岭炼化等企业组建的"
                     "岳阳石化产业创新联合体近日成立。联合体还吸纳了湖南理工学院等3所院校和"
                     "岳阳市化工行业协会等2家协会。")
    members = {h for h, t in _rels(x, RelationType.MEMBER_OF) if t == "岳阳石化产业创新联合体"}
    assert {"湖南石化", "长岭炼化", "湖南理工学院", "岳阳市化工行业协会"} <= members
    assert "岳阳经济技术开发区管委会" in members  # the named leader founds it


# -- industries, focus, leaders --------------------------------------------------------------------

def test_focus_industries_and_zone_industry_names() -> None:
    x = extract_text("宜宾三江新区聚焦动力电池首位产业，宜宾三江新区动力电池产业已集聚宁德时代、"
                     "天原股份等企业60余家。")
    focus = _rels(x, RelationType.FOCUSES_ON)
    assert ("宜宾三江新区", "动力电池") in focus
    in_ind = _rels(x, RelationType.IN_INDUSTRY)
    assert {("宁德时代", "动力电池"), ("天原股份", "动力电池")} <= in_ind


def test_chain_leaders_with_the_industry_before() -> None:
    x = extract_text("在光伏领域，园区依托通威、隆基两家龙头企业延链补链。"
                     "合肥高新区集成电路产业规模突破千亿，长鑫存储、晶合集成等龙头企业在区内扩产。")
    leaders = _rels(x, RelationType.CHAIN_LEADER_OF)
    assert {("通威", "光伏"), ("隆基", "光伏")} <= leaders
    assert {("长鑫存储", "集成电路"), ("晶合集成", "集成电路")} <= leaders
    # a chain leader is not listed again as a member of its industry
    assert not {("通威", "光伏"), ("长鑫存储", "集成电路")} & _rels(x, RelationType.IN_INDUSTRY)


def test_industry_names_keep_their_qualifier() -> None:
    x = extract_text("滁州经开区硅基新材料产业加快发展，铝产业链条日益完整。")
    inds = _names(x, EntityType.INDUSTRY)
    assert "硅基新材料" in inds and "新材料" not in inds
    assert "铝" in inds
