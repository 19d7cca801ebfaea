"""Supplier and customer links (nlp/supply.py): new report-style sentences with made-up companies.

A company that supplies another is its PARTNERS_WITH (corpus README); the customer is named
(为C…的A, C的…供应商), written 其, or is the chain leader the passage is about. Positives must all
be found; negatives must not be.
"""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

P = "PARTNERS_WITH"
LEAD = ("作为全市新能源汽车产业的链主企业,江淮远航汽车有限公司去年产销整车30万辆。")

POSITIVES = [
    # 为C配套的P项目由S投资…建设: S builds what supplies C
    ("园区新开工项目12个。为江淮远航汽车有限公司配套的座椅项目由安徽舒达汽车座椅有限公司投资8亿元建设,"
     "预计明年投产。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司")}),
    # 在其推介下,X供应商A…,Y配套商B、Z生产商C相继落户: the roles belong to 其
    (LEAD + "在其推介下,座椅供应商安徽舒达汽车座椅有限公司投资5亿元建设座椅项目,线束配套商合肥恒通"
     "线束科技有限公司、玻璃生产商安徽明辉玻璃有限公司相继落户。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司"),
      ("合肥恒通线束科技有限公司", P, "江淮远航汽车有限公司"),
      ("安徽明辉玻璃有限公司", P, "江淮远航汽车有限公司")}),
    # S建成后将与园区内的C形成“纺纱—织布—成衣”配套: a quoted chain between 形成 and 配套
    ("江城锦华纺织科技有限公司投资6.5亿元建设的智能纺纱项目开工,建成后将与园区内的江城华纶服饰"
     "有限公司形成“纺纱—织布—成衣”配套。",
     {("江城锦华纺织科技有限公司", P, "江城华纶服饰有限公司")}),
    # S…投产,主要为区内整车企业C配套: the customer's kind between 为 and its name, 配套 alone
    ("博锐汽车零部件有限公司投资15亿元建设的压铸工厂正式投产,主要为区内整车企业江淮远航汽车有限公司配套。",
     {("博锐汽车零部件有限公司", P, "江淮远航汽车有限公司")}),
    # A、B相继成为其核心供应商: 其 is the company the sentence spoke of before the list
    ("合肥远帆显示科技有限公司是区内新型显示龙头企业。远帆显示将本地配套率提升至60%,"
     "安徽明辉玻璃有限公司、合肥恒通精密结构件有限公司相继成为其核心供应商。",
     {("安徽明辉玻璃有限公司", P, "合肥远帆显示科技有限公司"),
      ("合肥恒通精密结构件有限公司", P, "合肥远帆显示科技有限公司")}),
    # A已为C批量供应X (an adverb between the customer and the verb)
    ("安徽舒达动力系统有限公司已为江淮远航汽车有限公司批量供应燃料电池空压机。",
     {("安徽舒达动力系统有限公司", P, "江淮远航汽车有限公司")}),
    # relative clauses: 为其配套…的A、提供…的B (the second item inherits the customer)
    (LEAD + "在远航汽车的带动下,为其配套座椅的安徽舒达汽车座椅有限公司、提供线束的合肥恒通线束"
     "科技有限公司先后落户园区。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司"),
      ("合肥恒通线束科技有限公司", P, "江淮远航汽车有限公司")}),
    # a bare role noun in a passage about one chain leader
    (LEAD + "电池供应商安徽锂安能源科技有限公司也已开工建设。",
     {("安徽锂安能源科技有限公司", P, "江淮远航汽车有限公司")}),
    # 推荐其上游供应商A、B等8家企业
    ("鼎盛光电科技有限公司近年来先后推荐其上游供应商苏州明辉玻璃有限公司、东莞华锐精密模具有限公司"
     "等8家企业来园区投资。",
     {("苏州明辉玻璃有限公司", P, "鼎盛光电科技有限公司"),
      ("东莞华锐精密模具有限公司", P, "鼎盛光电科技有限公司")}),
    # 为C提供…的A ; 采购其…的B (a customer)
    ("经开区先后引进了为宏达钢铁集团有限公司提供耐火材料的河南瑞华耐材有限公司,以及采购其热轧卷板"
     "生产精密带钢的江苏精工钢带有限公司。",
     {("河南瑞华耐材有限公司", P, "宏达钢铁集团有限公司"),
      ("江苏精工钢带有限公司", P, "宏达钢铁集团有限公司")}),
    ("北辰机械集团有限公司还推荐其长期合作伙伴天津联丰液压有限公司来园区考察。",
     {("天津联丰液压有限公司", P, "北辰机械集团有限公司")}),
    # words between the customer and 的…供应商
    ("宁波凯达塑业有限公司是华宇电器集团有限公司空调外壳注塑件的核心供应商。",
     {("宁波凯达塑业有限公司", P, "华宇电器集团有限公司")}),
    # A、B等12家C供应商
    ("远锂新能源科技有限公司是园区动力电池产业的链主。目前,江西锂盛隔膜有限公司、赣州锂源化工有限公司"
     "等12家远锂新能源供应商已签约落户。",
     {("江西锂盛隔膜有限公司", P, "远锂新能源科技有限公司"),
      ("赣州锂源化工有限公司", P, "远锂新能源科技有限公司")}),
    # the subject supplies: 所产…将全部供给C
    ("华东新材料有限公司投资10亿元建设年产5万吨电子级硫酸项目,所产硫酸将全部供给园区内的"
     "合肥芯源半导体有限公司。",
     {("华东新材料有限公司", P, "合肥芯源半导体有限公司")}),
    # C引荐的配套企业A
    ("其中,华康药业引荐的配套企业宜昌德元辅料有限公司投资3亿元建设药用辅料项目。",
     {("宜昌德元辅料有限公司", P, "华康药业")}),
    # 围绕C…，引进A、B等配套企业
    ("围绕北方重卡集团有限公司新能源重卡扩产,园区先后引进包头恒力车桥有限公司、包头卓越座椅有限公司"
     "等9家配套企业。",
     {("包头恒力车桥有限公司", P, "北方重卡集团有限公司"),
      ("包头卓越座椅有限公司", P, "北方重卡集团有限公司")}),
]

POSITIVES += [
    ("安徽晟发汽车有限公司的动力电池主要由江苏晟阳电池有限公司供应。",
     {("江苏晟阳电池有限公司", P, "安徽晟发汽车有限公司")}),
]

POSITIVES += [
    # C带动一批核心供应商相继落户:做X的A、做Y的B
    ("作为园区储能产业的链主企业,江西晟阳储能有限公司带动一批核心供应商相继落户:做电解液的"
     "九江博远化学有限公司、做隔膜的赣州金石新材料有限公司。",
     {("九江博远化学有限公司", P, "江西晟阳储能有限公司"),
      ("赣州金石新材料有限公司", P, "江西晟阳储能有限公司")}),
    # 推动C向园区推荐优质供应商,已促成A、B等N家配套企业落户
    ("园区推动江淮远航汽车有限公司向园区推荐优质供应商,已促成安徽舒达汽车座椅有限公司、"
     "合肥恒通线束科技有限公司等9家配套企业落户。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司"),
      ("合肥恒通线束科技有限公司", P, "江淮远航汽车有限公司")}),
]
POSITIVES += [
    # A作为C的配套企业,… (the supplier named before 作为)
    ("江城经开区位于江城市东部。安徽舒达汽车座椅有限公司作为江淮远航汽车有限公司的配套企业,"
     "去年落户园区。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司")}),
]

NEGATIVES = [
    # 成为其客户: a customer, and 为C稳定提供服务 is no supply
    ("江淮远航汽车有限公司产销两旺,安徽舒达汽车座椅有限公司成为其客户。园区为合肥恒通线束科技有限公司"
     "长期提供服务。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司")}),
    # C带动配套企业发展, then a company of its own clause: no list of C's suppliers
    ("江淮远航汽车有限公司带动配套企业加快发展,安徽舒达汽车座椅有限公司投资5亿元建设座椅项目。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司")}),
    # a supplier of the market, not of the passage's leader
    (LEAD + "园区还引进了国内领先的锂电池供应商安徽锂安能源科技有限公司。",
     {("安徽锂安能源科技有限公司", P, "江淮远航汽车有限公司")}),
    # two leaders of two chains: a bare role noun names neither
    ("江西晟阳光能有限公司是园区光伏产业的链主企业。江淮远航汽车有限公司是园区汽车产业的链主企业。"
     "隔膜供应商安徽锂安能源科技有限公司也已落户。",
     {("安徽锂安能源科技有限公司", P, "江淮远航汽车有限公司"),
      ("安徽锂安能源科技有限公司", P, "江西晟阳光能有限公司")}),
    # what a company makes is no supply link
    (LEAD + "安徽锂安能源科技有限公司生产锂电池的工厂年产值达20亿元。",
     {("安徽锂安能源科技有限公司", P, "江淮远航汽车有限公司")}),
    # 配套企业 of a chain with no company they are for: IN_INDUSTRY material, no partner
    ("经开区以江淮远航汽车有限公司为链主,先后引进安徽舒达汽车座椅有限公司、合肥恒通线束科技有限公司"
     "等配套企业17家。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司"),
      ("合肥恒通线束科技有限公司", P, "江淮远航汽车有限公司")}),
    # 其中 is not 其
    ("园区签约项目12个,其中配套企业安徽舒达汽车座椅有限公司投资5亿元建设座椅项目。",
     {("安徽舒达汽车座椅有限公司", P, "江淮远航汽车有限公司")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_supply_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_supply_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text, symmetric=True)
    assert not unwanted & got, unwanted & got


@pytest.mark.parametrize("text", [
    "江城经开区加快发展。湖北恒远机电有限公司又将上游的武汉博达模具有限公司引入园区。",
    "江城经开区加快发展。湖北恒远机电有限公司把其供应商武汉博达模具有限公司带到开发区。",
])
def test_supplier_brought_into_the_zone(text: str) -> None:
    # A又将上游的B引入园区 / A把其供应商B带到开发区: B is in the zone and supplies A
    got = triples(text, symmetric=True)
    assert {("武汉博达模具有限公司", "LOCATED_IN", "江城经开区"),
            ("武汉博达模具有限公司", P, "湖北恒远机电有限公司")} <= got
