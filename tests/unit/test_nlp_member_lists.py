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


def test_government_leading_the_founding_is_a_member() -> None:
    # a 管委会 named as the leader founds the group (dev39-dev44 writers), as a college would
    text = ("江城储能产教联合体揭牌。该联合体由江城经济技术开发区管理委员会牵头,"
            "联合湖北恒远机电有限公司、武汉江城理工学院共同组建。")
    got = triples(text)
    assert ("湖北恒远机电有限公司", G, "江城储能产教联合体") in got
    assert ("江城经济技术开发区管理委员会", G, "江城储能产教联合体") in got


def test_zone_leading_a_founding_in_a_list_of_deeds() -> None:
    # 与A、B共建产业学院 is another deed: A and B found nothing; the zone that leads does
    text = ("今年,江城经开区与武汉江城理工学院、湖北商贸职业学院共建产业学院3个,"
            "由江城经开区牵头,联合湖北恒远机电有限公司等31家单位组建江城储能产教联合体。")
    got = triples(text)
    group = "江城储能产教联合体"
    assert {("江城经开区", G, group), ("湖北恒远机电有限公司", G, group)} <= got
    assert ("武汉江城理工学院", G, group) not in got
    assert ("湖北商贸职业学院", G, group) not in got


def test_co_founding_government_is_a_member() -> None:
    # 集团由A管委会、B学院、C公司共同发起: each co-founder, the 管委会 too
    text = ("青山新区数控装备职业教育集团成立。集团由青山新区管委会、武汉江城理工学院、"
            "湖北恒远机电有限公司共同发起,首批吸纳成员单位30家。")
    got = triples(text)
    group = "青山新区数控装备职业教育集团"
    assert {("青山新区管委会", G, group), ("武汉江城理工学院", G, group),
            ("湖北恒远机电有限公司", G, group)} <= got


def test_listed_association_founds_nothing() -> None:
    # …共同发起,吸纳…包括A等院校,以及B协会等行业组织: B is a member, not a group of the founders
    text = ("青山新区数控装备职业教育集团成立。集团由武汉江城理工学院、"
            "湖北恒远机电有限公司共同发起,首批吸纳成员单位30家,其中包括武汉博达模具有限公司等企业20家,以及武汉市机械行业协会等"
            "2家行业组织。")
    got = triples(text)
    group = "青山新区数控装备职业教育集团"
    assert ("武汉市机械行业协会", G, group) in got
    assert ("武汉博达模具有限公司", G, group) in got
    assert ("湖北恒远机电有限公司", G, "武汉市机械行业协会") not in got


def test_members_both_and_also_kinds() -> None:
    # 成员中既有A、B等N所院校,也有C等N家企业,以及D等科研平台和E协会
    text = ("荆门高新区储能产教联合体揭牌。成员中既有武汉江城理工学院、"
            "武汉东湖职业技术学院等5所院校,也有湖北恒远机电有限公司等20家企业,以及荆门储能技术研究院等科研平台和荆门市电池行业协会。"
            "目前恒远机电等成员企业均已投产。")
    got = triples(text)
    group = "荆门高新区储能产教联合体"
    names = ("武汉江城理工学院", "武汉东湖职业技术学院", "湖北恒远机电有限公司",
             "荆门储能技术研究院", "荆门市电池行业协会")
    assert {(m, G, group) for m in names} <= got
    assert ("湖北恒远机电有限公司", G, "荆门市电池行业协会") not in got


@pytest.mark.parametrize("founding", [
    # the association among the founders
    "该联盟由武汉江城理工学院、湖北恒远机电有限公司、武汉市机械行业协会共同发起,首批成员单位40家。",
    # the association last in the list of members
    "该联盟由武汉江城理工学院牵头,吸纳湖北恒远机电有限公司等30家企业,以及武汉市机械行业协会"
    "共同组建。",
])
def test_roles_go_to_the_group_not_to_a_member_association(founding: str) -> None:
    text = ("青山智能装备产业联盟成立。" + founding +
            "大会审议通过了联盟章程,选举湖北恒远机电有限公司为理事长单位,武汉江城理工学院为秘书长单位。")
    got = triples(text)
    assert ("湖北恒远机电有限公司", G, "青山智能装备产业联盟") in got
    assert ("湖北恒远机电有限公司", G, "武汉市机械行业协会") not in got
    assert ("武汉江城理工学院", G, "武汉市机械行业协会") not in got


def test_list_goes_on_after_a_counted_noun_with_and_inside() -> None:
    # 等41家整车及零部件企业,C等9所本科及职业院校,以及D、E等…: the list goes on at each comma
    text = ("荆门高新区储能产教联合体揭牌。联合体首批成员单位共63家,吸纳湖北恒远机电有限公司、"
            "武汉博达模具有限公司等41家整车及零部件企业,武汉江城理工学院等9所本科及职业院校,"
            "以及荆门储能技术研究院、荆门市电池行业协会等科研机构和行业组织。")
    got = triples(text)
    group = "荆门高新区储能产教联合体"
    names = ("湖北恒远机电有限公司", "武汉博达模具有限公司", "武汉江城理工学院",
             "荆门储能技术研究院", "荆门市电池行业协会")
    assert {(m, G, group) for m in names} <= got


def test_members_joining_a_vocational_group_called_jituan() -> None:
    # 表决同意A、B等14家单位加入集团 ; 集团新吸纳C等6家单位为成员
    text = ("青山数控职业教育集团召开年会。会议表决同意湖北恒远机电有限公司、武汉博达模具有限公司等"
            "14家单位加入集团。会上,集团新吸纳武汉江城理工学院等6家单位为成员。")
    got = triples(text)
    group = "青山数控职业教育集团"
    assert {("湖北恒远机电有限公司", G, group), ("武汉博达模具有限公司", G, group),
            ("武汉江城理工学院", G, group)} <= got


def test_parties_that_take_part_after_the_leader() -> None:
    # C由A牵头,B、D参与组建: the parties taking part are founders too
    text = "荆门储能产业联盟由湖北恒远机电有限公司牵头,武汉博达模具有限公司、湘潭大学参与组建。"
    got = triples(text)
    group = "荆门储能产业联盟"
    assert {("湖北恒远机电有限公司", G, group), ("武汉博达模具有限公司", G, group),
            ("湘潭大学", G, group)} <= got


def test_named_units_after_a_member_count() -> None:
    # 首批成员单位N家,A、B、C等作为代表上台领牌: the units named for the count are members, and a
    # member 协会 named there is not the group a later 理事长单位 belongs to
    text = ("江城储能产业联盟揭牌成立。联盟由湖北恒远机电有限公司、武汉江城理工学院共同发起,"
            "首批成员单位46家,江城经开区管委会、武汉博达模具有限公司、江城市储能行业协会等"
            "作为代表上台领牌。湖北恒远机电有限公司当选首届理事长单位。")
    got = triples(text)
    group = "江城储能产业联盟"
    assert {("江城经开区管委会", G, group), ("武汉博达模具有限公司", G, group),
            ("江城市储能行业协会", G, group)} <= got
    assert ("湖北恒远机电有限公司", G, "江城市储能行业协会") not in got


def test_role_unit_and_its_partner() -> None:
    # 联盟理事长单位A与B签署供货协议: A holds the role, B is A's partner and no member
    text = ("江城储能产业联盟成立。联盟理事长单位湖北恒远机电有限公司与武汉博达模具有限公司"
            "签署长期供货协议。")
    got = triples(text)
    assert ("湖北恒远机电有限公司", G, "江城储能产业联盟") in got
    assert ("武汉博达模具有限公司", G, "江城储能产业联盟") not in got


def test_joined_then_a_role_holder_in_the_next_clause() -> None:
    # A、B等N所院校,以及C等N家企业首批加入,D协会任副理事长单位: A-C join the group named
    # before; D is a member of it too, and nobody joins D
    text = ("江城储能职教集团正式揭牌。集团由江城经开区管委会与武汉江城理工学院共同发起,"
            "湘潭机电职业技术学院、荆门工程学院等5所院校,以及湖北恒远机电有限公司、"
            "武汉博达模具有限公司等30家区内企业首批加入,江城市储能行业协会任副理事长单位。")
    got = triples(text)
    group = "江城储能职教集团"
    assoc = "江城市储能行业协会"
    assert {("湘潭机电职业技术学院", G, group), ("湖北恒远机电有限公司", G, group),
            ("武汉博达模具有限公司", G, group), (assoc, G, group)} <= got
    assert not {r for r in got if r[2] == assoc}
