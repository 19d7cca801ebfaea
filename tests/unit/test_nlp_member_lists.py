"""MEMBER_OF recall: the ordinary ways a founding notice lists a group's members.
Every sentence is new and report-style, with made-up groups and companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

G = "MEMBER_OF"

FOUND = [
    # 由A牵头,B、C等企业和D共同参与 after the group's anaphor and a 指导下 clause
    ("12月5日,青山新区智能装备职业教育集团揭牌成立。职教集团在青山新区管委会指导下组建,"
     "由青山职业技术学院牵头,湖北恒远机电有限公司、武汉博达模具有限公司等企业和武汉江城理工学院、"
     "武汉市机械行业协会共同参与,首批成员单位27家。",
     "青山新区智能装备职业教育集团",
     {"湖北恒远机电有限公司", "武汉博达模具有限公司", "武汉江城理工学院", "武汉市机械行业协会"}),
    # 首批成员中,企业有A等N家,院校有B等N所,另有C等N家行业组织
    ("青山智能装备产业联盟成立。首批成员中,企业有湖北恒远机电有限公司、武汉博达模具有限公司等41家,"
     "院校有武汉江城理工学院等14所,另有武汉市机械行业协会等8家行业组织。",
     "青山智能装备产业联盟",
     {"湖北恒远机电有限公司", "武汉博达模具有限公司", "武汉江城理工学院", "武汉市机械行业协会"}),
    # 联盟在A指导下,由B、C等N家企业联合D共同发起
    ("荆门储能产业联盟成立大会举行。联盟在荆门高新区管委会指导下,由湖北恒远机电有限公司、"
     "武汉博达模具有限公司等12家企业联合武汉江城理工学院共同发起,首批吸纳成员单位42家。",
     "荆门储能产业联盟",
     {"湖北恒远机电有限公司", "武汉博达模具有限公司", "武汉江城理工学院"}),
    # 联合体首批成员单位共N家,吸纳A、B等N家企业,C等N所院校
    ("荆门高新区储能产教联合体揭牌。联合体首批成员单位共50家,吸纳湖北恒远机电有限公司、"
     "武汉博达模具有限公司等38家企业,武汉江城理工学院等6所院校。",
     "荆门高新区储能产教联合体",
     {"湖北恒远机电有限公司", "武汉博达模具有限公司", "武汉江城理工学院"}),
]


@pytest.mark.parametrize(("text", "group", "members"), FOUND)
def test_members_found(text: str, group: str, members: set[str]) -> None:
    got = triples(text)
    assert {(m, G, group) for m in members} <= got


def test_guiding_government_is_no_member() -> None:
    text = FOUND[0][0]
    assert ("青山新区管委会", G, FOUND[0][1]) not in triples(text)


def test_customers_among_are_no_members() -> None:
    # 客户中 is no member list
    text = ("荆门储能产业联盟成立。湖北恒远机电有限公司的客户中,企业有武汉博达模具有限公司等20家。")
    got = triples(text)
    assert ("武汉博达模具有限公司", G, "荆门储能产业联盟") not in got


def test_government_holding_a_role_unit_is_a_member() -> None:
    text = ("江城储能产业联盟成立。湖北恒远机电有限公司当选理事长单位,武汉博达模具有限公司、"
            "江城经济技术开发区管理委员会为副理事长单位。")
    assert ("江城经济技术开发区管理委员会", G, "江城储能产业联盟") in triples(text)


def test_government_leading_the_founding_is_no_member() -> None:
    text = ("江城储能产教联合体揭牌。该联合体由江城经济技术开发区管理委员会牵头,"
            "联合湖北恒远机电有限公司、武汉江城理工学院共同组建。")
    got = triples(text)
    assert ("湖北恒远机电有限公司", G, "江城储能产教联合体") in got
    assert ("江城经济技术开发区管理委员会", G, "江城储能产教联合体") not in got
