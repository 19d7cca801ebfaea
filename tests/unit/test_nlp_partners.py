"""Partners of a zone in its own work report, when a clause leaves the subject unsaid (与A共建…),
written as new report-style sentences with made-up zones and companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

P = "PARTNERS_WITH"
REPORT = ("衡江经济技术开发区2024年工作总结\n"
          "产业项目加快建设。湖南衡锐材料有限公司年产5万吨高纯氧化铝项目建成投产。\n")

POSITIVES = [
    # a heading, then a clause with no subject: the report's zone, not the company before
    (REPORT + "创新能力持续提升。与湘潭大学共建先进材料研究院,与中南大学共建粉末冶金中试平台,"
     "新增高新技术企业36家。",
     {("衡江经济技术开发区", P, "湘潭大学"), ("衡江经济技术开发区", P, "中南大学")}),
    # after a clause that names no party
    (REPORT + "聚焦新材料补链,与湘潭大学、中国科学院长沙矿冶研究院共建新材料中试基地。",
     {("衡江经济技术开发区", P, "湘潭大学"),
      ("衡江经济技术开发区", P, "中国科学院长沙矿冶研究院")}),
    # a sub-zone was the last subject: its parent zone signs
    ("2023年,衡江新区地区生产总值增长9.1%。衡江新区综合保税区进出口额增长46%。"
     "创新动能持续增强。与湘潭大学签署全面合作协议。",
     {("衡江新区", P, "湘潭大学")}),
]

POSITIVES += [
    # a place word between 与 and the party
    ("湘潭大学还与区内的湖南衡锐材料有限公司、江苏博远精工有限公司签订了校企合作协议。",
     {("湘潭大学", P, "湖南衡锐材料有限公司"), ("湘潭大学", P, "江苏博远精工有限公司")}),
    ("中南大学也与新区入驻企业湖南衡锐材料有限公司签约。",
     {("中南大学", P, "湖南衡锐材料有限公司")}),
    ("湘潭大学将依托材料学科优势,联合新区内的湖南衡锐材料有限公司共建粉末冶金联合研发中心。",
     {("湘潭大学", P, "湖南衡锐材料有限公司")}),
    # 联合成立 (no consortium formed)
    ("衡江高新区与湘潭大学、湖南工程职业技术学院联合成立智能制造人才实训基地。",
     {("衡江高新区", P, "湘潭大学"), ("衡江高新区", P, "湖南工程职业技术学院")}),
    # a list of a company and a university that each sign with the zone
    ("衡江经济开发区今年签约项目12个。湖南衡锐材料有限公司、湘潭大学分别与开发区签署了战略合作协议"
     "和产学研合作协议。",
     {("湖南衡锐材料有限公司", P, "衡江经济开发区"), ("湘潭大学", P, "衡江经济开发区")}),
    # a kind word after 等 before 与园区
    ("衡江经济开发区是家电制造基地。格美电器有限公司、万和电器有限公司等家电龙头也与园区签署了"
     "供应链协同协议。",
     {("格美电器有限公司", P, "衡江经济开发区"), ("万和电器有限公司", P, "衡江经济开发区")}),
    # 作为A的长期合作伙伴，该公司…
    ("“是金川集团把我们拉到了金昌。”甘肃鑫晟新材料有限公司负责人说。作为金川集团的长期合作伙伴,"
     "该公司去年在金昌建设了正极材料项目。",
     {("甘肃鑫晟新材料有限公司", P, "金川集团")}),
    # A、B2家为C配套的企业 ; 与园区内C的…形成上下游配套
    ("宁波韵晟磁材有限公司、江西金晟电机科技有限公司2家为北方稀晟永磁科技有限公司配套的企业今年相继"
     "落户园区。",
     {("宁波韵晟磁材有限公司", P, "北方稀晟永磁科技有限公司"),
      ("江西金晟电机科技有限公司", P, "北方稀晟永磁科技有限公司")}),
    ("黑龙江昊晟生物科技有限公司年产20万吨L-乳酸项目总投资18亿元,建成后将与园区内龙晟粮油集团的"
     "玉米淀粉形成上下游配套。",
     {("黑龙江昊晟生物科技有限公司", P, "龙晟粮油集团")}),
]

POSITIVES += [
    ("襄阳职业技术学院与湖北晟力新能源有限公司开展订单式人才培养。",
     {("襄阳职业技术学院", P, "湖北晟力新能源有限公司")}),
]

POSITIVES += [
    # the 管委会 goes on signing in the next clause: it is the party, not its zone
    ("签约项目分别是:衡江经开区管委会与湖南衡锐材料有限公司签约的高纯氧化铝项目,总投资12亿元;"
     "与江苏博远精工有限公司签约的精密模具项目,总投资15亿元。",
     {("衡江经开区管委会", P, "湖南衡锐材料有限公司"),
      ("衡江经开区管委会", P, "江苏博远精工有限公司")}),
]

POSITIVES += [
    # a list item with its own relative clause, then 与Z签约: each item signs
    ("湖南衡锐材料有限公司、供应电解液的江西天晟电解液有限公司先后与衡江经开区管委会签约。",
     {("湖南衡锐材料有限公司", P, "衡江经开区管委会"),
      ("江西天晟电解液有限公司", P, "衡江经开区管委会")}),
]

POSITIVES += [
    # a list of company-and-project items signing with the zone
    ("衡江经济开发区现场签约项目7个。其中,湖南衡锐材料有限公司投资18亿元的高纯氧化铝项目、"
     "江苏博远精工有限公司投资6.5亿元的精密模具项目分别与经开区签订投资协议。",
     {("湖南衡锐材料有限公司", P, "衡江经济开发区"),
      ("江苏博远精工有限公司", P, "衡江经济开发区")}),
]

POSITIVES += [
    ("湖北晟力新能源有限公司位于襄阳高新区,主要生产储能电池。与武汉理工大学共建储能联合实验室。",
     {("湖北晟力新能源有限公司", P, "武汉理工大学")}),
]
POSITIVES += [
    # 管委会与A签订…;与B签约的P…: the clause that opens with 与 goes on with the 管委会
    ("衡江经开区集中签约8个项目。签约项目中,衡江经开区管委会与湖南衡锐材料有限公司签订高纯氧化铝项目"
     "投资协议,总投资12亿元;与江苏博远精工有限公司签约的精密模具项目总投资15亿元。",
     {("衡江经开区管委会", P, "湖南衡锐材料有限公司"),
      ("衡江经开区管委会", P, "江苏博远精工有限公司")}),
    ("衡江高新区管委会与湖南衡锐材料有限公司签署战略合作协议,并与江苏博远精工有限公司签订"
     "精密模具项目投资协议。",
     {("衡江高新区管委会", P, "湖南衡锐材料有限公司"),
      ("衡江高新区管委会", P, "江苏博远精工有限公司")}),
]
POSITIVES += [
    # 签约仪式上,研究院还与A、B签订…,并与A共建…: the institute named before signs, not the 管委会
    ("衡江高新区管委会与湘潭大学签署协议,双方将共建湘潭大学衡江先进材料研究院。"
     "签约仪式上,研究院还与湖南衡锐材料有限公司、江苏博远精工有限公司签订技术合作协议,"
     "并与湖南金石新材有限公司共建粉末冶金中试平台。",
     {("湘潭大学衡江先进材料研究院", P, "湖南衡锐材料有限公司"),
      ("湘潭大学衡江先进材料研究院", P, "江苏博远精工有限公司"),
      ("湘潭大学衡江先进材料研究院", P, "湖南金石新材有限公司")}),
]
POSITIVES += [
    # 学院为A、B等企业定向培养技术人才: the college trains for each company
    ("衡江经开区位于衡阳市东部。湘潭大学为湖南衡锐材料有限公司、江苏博远精工有限公司等企业"
     "定向培养技术人才200名。",
     {("湘潭大学", P, "湖南衡锐材料有限公司"), ("湘潭大学", P, "江苏博远精工有限公司")}),
]

NEGATIVES = [
    (REPORT + "创新能力持续提升。与湘潭大学共建先进材料研究院,与中南大学共建粉末冶金中试平台。",
     {("湖南衡锐材料有限公司", P, "湘潭大学"), ("湖南衡锐材料有限公司", P, "中南大学"),
      ("先进材料研究院", P, "中南大学")}),
    ("签约项目分别是:衡江经开区管委会与湖南衡锐材料有限公司签约的高纯氧化铝项目,总投资12亿元;"
     "与江苏博远精工有限公司签约的精密模具项目,总投资15亿元。",
     {("衡江经开区", P, "江苏博远精工有限公司")}),
    ("衡江经开区集中签约8个项目。签约项目中,衡江经开区管委会与湖南衡锐材料有限公司签订高纯氧化铝项目"
     "投资协议,总投资12亿元;与江苏博远精工有限公司签约的精密模具项目总投资15亿元。",
     {("衡江经开区", P, "江苏博远精工有限公司"),
      ("湖南衡锐材料有限公司", P, "江苏博远精工有限公司")}),
    ("衡江高新区管委会与湘潭大学签署协议,双方将共建湘潭大学衡江先进材料研究院。"
     "签约仪式上,研究院还与湖南衡锐材料有限公司、江苏博远精工有限公司签订技术合作协议,"
     "并与湖南金石新材有限公司共建粉末冶金中试平台。",
     {("衡江高新区管委会", P, "湖南衡锐材料有限公司"),
      ("衡江高新区管委会", P, "湖南金石新材有限公司")}),
    # a company's own story (no zone ever its subject): the company works with the university
    ("湖北晟力新能源有限公司位于襄阳高新区,主要生产储能电池。今年以来,公司研发投入增长30%。"
     "与武汉理工大学共建储能联合实验室,新增专利45项。",
     {("襄阳高新区", P, "武汉理工大学")}),
    # a consortium formed together: members, not partners
    ("湘潭大学与湖南衡锐材料有限公司联合成立衡江新材料产业联盟。",
     {("湘潭大学", P, "湖南衡锐材料有限公司")}),
    # 园区 names the park the passage is about: it stays the partner
    ("衡江软件产业园位于衡江高新区,规划面积3平方公里。为破解企业用工难题,园区与衡阳师范学院共建"
     "软件实训基地,与湖南财经职业学院合作开设订单班。",
     {("衡江高新区", P, "湖南财经职业学院"), ("衡江高新区", P, "衡阳师范学院")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_report_zone_partners(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_report_zone_not_partners(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert not unwanted & got, unwanted & got


def test_joint_work_and_the_clause_before() -> None:
    # A又与B联合开展…攻关 / A与B联合申报…: a pair; the institute the clause before co-built is not
    # a party of the next clause's pair
    text = (REPORT + "创新能力持续提升。与湘潭大学共建衡江新材料研究院,"
            "湖南衡锐材料有限公司与中南大学联合申报的省级技术创新中心获批。今年,湖南衡锐材料有限公司又与江苏博远精工有限公司"
            "联合开展粉末冶金技术攻关。")
    got = triples(text, symmetric=True)
    assert {("湖南衡锐材料有限公司", P, "中南大学"),
            ("湖南衡锐材料有限公司", P, "江苏博远精工有限公司")} <= got
    assert ("衡江新材料研究院", P, "中南大学") not in got


def test_a_supply_relation_set_up() -> None:
    # A与B建立长期供货关系: the pair a supply relation joins
    got = triples("湖南衡锐材料有限公司与江苏博远精工有限公司建立长期供货关系。", symmetric=True)
    assert ("湖南衡锐材料有限公司", P, "江苏博远精工有限公司") in got


def test_entering_the_supply_system_of_several_customers() -> None:
    # A进入B、C的供应体系: A supplies each customer of the list
    got = triples("湖南衡锐材料有限公司已进入江苏博远汽车集团、湘江重工集团的供应体系。",
                  symmetric=True)
    assert {("湖南衡锐材料有限公司", P, "江苏博远汽车集团"),
            ("湖南衡锐材料有限公司", P, "湘江重工集团")} <= got
    assert ("江苏博远汽车集团", P, "湘江重工集团") not in got


@pytest.mark.parametrize("text", [
    "该实训基地由江城高新区管委会、湘江理工大学和湖南衡锐材料有限公司共同建设,总投资2亿元。",
    "江城高新区管委会、湘江理工大学、湖南衡锐材料有限公司共同建设智能制造实训基地。",
])
def test_parties_that_build_together(text: str) -> None:
    # 由A、B和C共同建设 / A、B、C共同建设: every two of the parties are partners
    got = triples(text, symmetric=True)
    assert {("江城高新区管委会", P, "湘江理工大学"),
            ("江城高新区管委会", P, "湖南衡锐材料有限公司"),
            ("湘江理工大学", P, "湖南衡锐材料有限公司")} <= got
