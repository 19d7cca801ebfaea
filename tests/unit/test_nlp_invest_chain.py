"""The project title after a company's legal name (INVESTS_IN tails), the firms a chain
leader brings in (IN_INDUSTRY of the chain, doc_06) and 发挥L在Y产业链上的龙头作用 (CHAIN_LEADER).
Every sentence is new and report-style, with made-up zones and companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import Triple, triples

FOUND: list[tuple[str, set[Triple]]] = [
    # ---- a legal company name heads the project: the title is what follows it ----------------
    ("江州宏远精密机械有限公司年产8万套精密齿轮项目总投资12亿元。",
     {("江州宏远精密机械有限公司", "INVESTS_IN", "年产8万套精密齿轮项目")}),
    ("新签约江州瑞丰生物科技股份有限公司酶制剂产业化项目，总投资9亿元。",
     {("江州瑞丰生物科技股份有限公司", "INVESTS_IN", "酶制剂产业化项目")}),
    ("总投资6亿元的江州华耀光电有限公司显示模组扩产项目开工。",
     {("江州华耀光电有限公司", "INVESTS_IN", "显示模组扩产项目")}),
    # ---- the firms a chain leader brings in are in its chain ---------------------------------
    ("作为江州经开区光伏产业的链主企业，江州晶能科技有限公司主动推荐上下游合作伙伴。"
     "在其推介下，胶膜供应商浙江远泰新材料有限公司投资5亿元建设光伏胶膜项目。",
     {("江州晶能科技有限公司", "CHAIN_LEADER", "光伏"),
      ("浙江远泰新材料有限公司", "IN_INDUSTRY", "光伏")}),
    ("作为江州高新区轨道交通装备产业链的链主，江州轨道装备集团有限公司向上下游企业推介园区，"
     "其长期供应商湖南远成电气有限公司去年投资3亿元建设新厂房。",
     {("湖南远成电气有限公司", "IN_INDUSTRY", "轨道交通装备")}),
    # the 上下游 framing comes later in the paragraph
    ("作为江州高新区钛合金产业链的链主企业，江州钛业集团有限公司带动配套企业落户。"
     "去年以来，其长期供应商江苏恒达真空设备有限公司投资3亿元建设生产基地。"
     "据统计，已有8家上下游企业入驻园区。",
     {("江苏恒达真空设备有限公司", "IN_INDUSTRY", "钛合金")}),
    # ---- 发挥L在Y产业链上的龙头作用 -----------------------------------------------------------
    ("发挥江城功能食品股份有限公司在功能食品产业链上的龙头作用，带动华宁粮业有限公司、"
     "康达包装材料有限公司等上下游企业协同发展。",
     {("江城功能食品股份有限公司", "CHAIN_LEADER", "功能食品"),
      ("华宁粮业有限公司", "IN_INDUSTRY", "功能食品"),
      ("康达包装材料有限公司", "IN_INDUSTRY", "功能食品")}),
    ("作为国内工程机械行业的龙头，扎根江州高新区的江州锐锋重工股份有限公司去年营收50亿元。",
     {("江州锐锋重工股份有限公司", "CHAIN_LEADER", "工程机械")}),
    # ---- 发挥A、B等龙头企业带动作用 after a sentence about one industry -------------------------
    ("江州经开区工程机械产业集聚企业60家，去年实现产值120亿元。下一步，经开区将继续发挥"
     "江州重科机械有限公司、江州力通液压股份有限公司等龙头企业带动作用。",
     {("江州重科机械有限公司", "CHAIN_LEADER", "工程机械"),
      ("江州力通液压股份有限公司", "CHAIN_LEADER", "工程机械")}),
    # ---- the industry of the ;-clause the leader stands in -----------------------------------
    ("园区三大产业齐头并进，新能源汽车产业加速壮大，江州恒远汽车部件有限公司项目投产；"
     "高端装备制造产业稳中有进，以江州重工机械股份有限公司为链主，带动28家配套企业集聚发展。",
     {("江州重工机械股份有限公司", "CHAIN_LEADER", "高端装备制造")}),
    # ---- a company's own field: 是区内Y产业骨干企业 ----------------------------------------------
    ("江州恒泰新材料有限公司是区内新材料产业骨干企业，去年产值20亿元。",
     {("江州恒泰新材料有限公司", "IN_INDUSTRY", "新材料")}),
    # ---- the firms a zone gathers in a sentence about one industry -----------------------------
    ("江州经开区是全省工程机械产业的主阵地，区内集聚江州重科机械有限公司、江州力通液压股份有限公司等整机企业。",
     {("江州重科机械有限公司", "IN_INDUSTRY", "工程机械"),
      ("江州力通液压股份有限公司", "IN_INDUSTRY", "工程机械")}),
]

NOT_FOUND: list[tuple[str, set[Triple]]] = [
    # a brand name heading the title stays in it (doc_16: 宁波华翔合肥基地)
    ("总投资8亿元的远航科技江州基地开工建设。", {("远航科技", "INVESTS_IN", "江州基地")}),
    # the leader keeps CHAIN_LEADER only
    ("作为江州经开区光伏产业的链主企业，江州晶能科技有限公司主动推荐上下游合作伙伴。"
     "在其推介下，胶膜供应商浙江远泰新材料有限公司投资5亿元建设光伏胶膜项目。",
     {("江州晶能科技有限公司", "IN_INDUSTRY", "光伏")}),
    # another company brought it in; a customer is no follower
    ("作为江州精细化工产业的龙头，江州兴源化工集团股份有限公司以商引商。今年，园区签约项目12个，"
     "其中华康药业引荐的配套企业江州康宁辅料有限公司投资3亿元建设辅料项目。",
     {("江州康宁辅料有限公司", "IN_INDUSTRY", "精细化工")}),
    # two chains led: whose firm it is, unsaid
    ("江州电气集团有限公司、江州光能有限公司分别作为电力装备和新能源产业链链主，"
     "带动上下游企业江州华信电缆有限公司落户。",
     {("江州华信电缆有限公司", "IN_INDUSTRY", "电力装备"),
      ("江州华信电缆有限公司", "IN_INDUSTRY", "新能源")}),
    ("园区三大产业齐头并进，新能源汽车产业加速壮大，江州恒远汽车部件有限公司项目投产；"
     "高端装备制造产业稳中有进，以江州重工机械股份有限公司为链主，带动28家配套企业集聚发展。",
     {("江州重工机械股份有限公司", "CHAIN_LEADER", "新能源汽车")}),
    ("作为国内工程机械行业的龙头，江州高新区的发展离不开江州锐锋重工股份有限公司。",
     {("江州锐锋重工股份有限公司", "CHAIN_LEADER", "工程机械")}),
    ("江州恒泰新材料有限公司是区内新材料产业的重要客户。",
     {("江州恒泰新材料有限公司", "IN_INDUSTRY", "新材料")}),
    # no kind named (等企业8家), or the suppliers of a leader (writers split on these)
    ("江州电子是开发区光电产业的龙头，园区内现有江州精密模具有限公司等企业8家。",
     {("江州精密模具有限公司", "IN_INDUSTRY", "光电")}),
    ("江州石化有限公司是园区石化产业的链主，其周边已集聚江州天利化工股份有限公司等20余家下游企业。",
     {("江州天利化工股份有限公司", "IN_INDUSTRY", "石化")}),
    ("江州经开区工程机械产业集聚企业60家。江州重科机械有限公司、江州力通液压股份有限公司等龙头企业相继落户。",
     {("江州重科机械有限公司", "CHAIN_LEADER", "工程机械")}),
    # 发挥…作用 without a leader's word
    ("发挥江城功能食品股份有限公司在功能食品产业链上的示范作用。",
     {("江城功能食品股份有限公司", "CHAIN_LEADER", "功能食品")}),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: set[Triple]) -> None:
    got = triples(text)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unexpected"), NOT_FOUND)
def test_not_found(text: str, unexpected: set[Triple]) -> None:
    assert not (unexpected & triples(text))
