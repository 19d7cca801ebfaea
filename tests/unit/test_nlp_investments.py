"""INVESTS_IN: project-name boundaries every convention agrees on, and investors named as a
管委会's counterpart, by 该公司 or by 增资; new report-style sentences with made-up companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

V = "INVESTS_IN"

POSITIVES = [
    # Greek letters, hyphens and a blank between Latin words are part of a project's name
    ("宁夏煤晟新材科技有限公司投资68亿元建设的煤制α-烯烃及POE一期项目建成投产。",
     {("宁夏煤晟新材科技有限公司", V, "煤制α-烯烃及POE一期项目")}),
    ("深圳鼎晟模组科技有限公司投资12亿元建设的Mini LED背光模组项目正式开工。",
     {("深圳鼎晟模组科技有限公司", V, "Mini LED背光模组项目")}),
    # a 测试线 / 管理中心 is a project too; 设立 builds it
    ("华晟半导体(贵州)有限公司在综保区内投资6.5亿元建设的功率器件封装测试线已投产。",
     {("华晟半导体(贵州)有限公司", V, "功率器件封装测试线")}),
    ("新加坡海晟航运集团投资3亿元在开发区设立区域总部及船舶管理中心。",
     {("新加坡海晟航运集团", V, "区域总部及船舶管理中心")}),
    # 增资
    ("德国赫晟精密机械(常州)有限公司增资1.5亿美元建设精密轴承二期项目。",
     {("德国赫晟精密机械(常州)有限公司", V, "精密轴承二期项目")}),
    # the 管委会 as the counterpart, either way round
    ("宁夏宝晟能源集团股份有限公司与宁东基地管委会签订绿氢耦合煤制烯烃项目投资协议,总投资120亿元。",
     {("宁夏宝晟能源集团股份有限公司", V, "绿氢耦合煤制烯烃项目")}),
    ("经开区还与广东华晟智造集团有限公司签订了智能终端产业园项目合作协议,项目计划总投资12亿元。",
     {("广东华晟智造集团有限公司", V, "智能终端产业园项目")}),
    # the verb is no part of the name
    ("北京云晟智算科技有限公司与贵安新区管委会签约建设西南智算中心项目,计划总投资60亿元。",
     {("北京云晟智算科技有限公司", V, "西南智算中心项目")}),
    # 该公司 stands for the company named before
    ("“是金川集团把我们拉到了金昌。”甘肃鑫晟新材料有限公司负责人说。作为金川集团的长期合作伙伴,"
     "该公司去年在金昌经济技术开发区投资15亿元建设年产5万吨磷酸铁锂正极材料项目。",
     {("甘肃鑫晟新材料有限公司", V, "年产5万吨磷酸铁锂正极材料项目")}),
    # 在区内累计投资: the zone the text is about
    ("沧州临港经济技术开发区是河北重要的化工园区。渤海晟源新材料集团有限公司近年来在区内累计投资"
     "120亿元。",
     {("渤海晟源新材料集团有限公司", V, "沧州临港经济技术开发区")}),
    # P产业园项目…由E投资建设: the project, not the park
    ("桂柳新能源汽车零部件产业园项目总投资35亿元,由柳州东晟投资开发集团有限公司投资建设。",
     {("柳州东晟投资开发集团有限公司", V, "桂柳新能源汽车零部件产业园项目")}),
]

POSITIVES += [
    # 启动了P，总投资N
    ("包头华晟稀土金属有限公司也在园区内启动了年产5000吨稀土金属二期项目,总投资3.6亿元。",
     {("包头华晟稀土金属有限公司", V, "年产5000吨稀土金属二期项目")}),
    # a slash in the project's name
    ("洋浦蓝晟储能科技有限公司与洋浦经济开发区管理局签约建设200MW/400MWh共享储能电站项目,"
     "总投资8亿元。",
     {("洋浦蓝晟储能科技有限公司", V, "200MW/400MWh共享储能电站项目")}),
    # the sentence's subject builds the project a later clause names
    ("荆门德晟化工有限公司为格林美供应硫酸镍等化工原料,总投资6.5亿元的年产5万吨电池级硫酸盐项目"
     "已于今年3月投产。",
     {("荆门德晟化工有限公司", V, "年产5万吨电池级硫酸盐项目")}),
]

POSITIVES += [
    ("江苏晟阳电池有限公司总投资25亿元,分两期建设年产10GWh储能电池项目。",
     {("江苏晟阳电池有限公司", V, "年产10GWh储能电池项目")}),
]

NEGATIVES = [
    # the name after 引进的 invests (even when the recogniser missed it), not the one who brought it
    ("去年,泉晟体育用品股份有限公司牵线引进的德凯化纤投资8.5亿元建设再生涤纶长丝项目。",
     {("泉晟体育用品股份有限公司", V, "再生涤纶长丝项目")}),
    # …等项目 names no project
    ("宁德时代宜宾基地七期、四川晟代新能源科技有限公司储能电池等项目建成投产。",
     {("四川晟代新能源科技有限公司", V, "四川晟代新能源科技有限公司储能电池等项目")}),
    # what the named project builds is no second project
    ("1.山东鲁晟液压科技有限公司高端液压元件智能制造项目,总投资15亿元,建设年产50万套工程机械液压"
     "油缸及阀组生产线。",
     {("山东鲁晟液压科技有限公司", V, "年产50万套工程机械液压油缸及阀组生产线")}),
    ("北京云晟智算科技有限公司与贵安新区管委会签约建设西南智算中心项目,计划总投资60亿元。",
     {("北京云晟智算科技有限公司", V, "建设西南智算中心项目")}),
    ("桂柳新能源汽车零部件产业园项目总投资35亿元,由柳州东晟投资开发集团有限公司投资建设。",
     {("柳州东晟投资开发集团有限公司", V, "桂柳新能源汽车零部件产业园")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_invests_positive(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(text)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVES)
def test_invests_negative(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    got = triples(text)
    assert not unwanted & got, unwanted & got
