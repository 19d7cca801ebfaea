"""Companies placed in the zone a passage is about (``nlp/zone_topic.py``), on sentences written
for these tests in the style of zone work summaries and project news."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import Triple, triples

_ZONE = "澜沧经济技术开发区"
_OPEN = f"{_ZONE}2024年工作总结\n2024年，{_ZONE}完成规上工业总产值520亿元，同比增长9.1%。"

POSITIVE: list[tuple[str, Triple]] = [
    # an industry heading, then companies whose projects started or were completed
    (_OPEN + "新材料产业加快壮大，沧源新材料有限公司年产8万吨锂电隔膜项目建成投产，"
     "澜江化工股份有限公司电子化学品项目开工建设。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # the second item of a list of projects with one verb
    (_OPEN + "区内沧源新材料有限公司隔膜项目、澜江化工股份有限公司二期工厂竣工投产。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # a works summary line: 投资N亿元建设的P主体完工
    (_OPEN + "澜江化工股份有限公司投资6亿元建设的电子化学品工厂主体完工。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # the zone brought the list in: 先后引进A、B等配套企业N家
    (_OPEN + "一年来，围绕汽车零部件产业，先后引进沧源精密部件有限公司、澜江热管理科技有限公司"
     "等配套企业15家。", ("澜江热管理科技有限公司", "LOCATED_IN", _ZONE)),
    # 现有A、B等规上企业N家 in a sentence about the zone
    (f"{_ZONE}是全省重要的食品加工基地，现有沧源乳业有限公司、澜江粮油股份有限公司等规上"
     "食品企业38家。", ("澜江粮油股份有限公司", "LOCATED_IN", _ZONE)),
    # a second list of the same verb: 以及C、D等电池企业
    (_OPEN + "先后引进沧源光伏科技有限公司等光伏企业，以及澜江储能科技有限公司、沧源电池材料"
     "有限公司等新能源电池企业。", ("沧源电池材料有限公司", "LOCATED_IN", _ZONE)),
    # institutes the zone holds: 拥有A研究院、B中心等平台
    (_OPEN + "目前，拥有澜沧稀土材料研究院、澜沧功能材料创新中心等国家级创新平台6个。",
     ("澜沧功能材料创新中心", "LOCATED_IN", _ZONE)),
    # a university sets up an institute in the zone: the institute is in it
    (f"{_ZONE}管委会与澜州理工大学签署合作协议。根据协议，澜州理工大学将在经开区设立澜州理工大学"
     "新材料研究院，首期投入3000万元。", ("澜州理工大学新材料研究院", "LOCATED_IN", _ZONE)),
    # the institute named before, by its head noun: 创新研究院选址高新区
    (f"{_ZONE}与澜州理工大学共建澜沧储能技术创新研究院。据悉，创新研究院选址经开区，"
     "计划明年投入运行。", ("澜沧储能技术创新研究院", "LOCATED_IN", _ZONE)),
    # opened in the zone: 在区内挂牌运行
    (_OPEN + "澜沧锂电材料工程研究中心在区内挂牌运行。",
     ("澜沧锂电材料工程研究中心", "LOCATED_IN", _ZONE)),
    # the zone's own leader: 区内X链主企业A
    (_OPEN + "区内锂电池链主企业澜江储能科技有限公司带动集聚配套企业30余家。",
     ("澜江储能科技有限公司", "LOCATED_IN", _ZONE)),
]


@pytest.mark.parametrize(("text", "triple"), POSITIVE)
def test_companies_acting_in_the_passages_zone_are_in_it(text: str, triple: Triple) -> None:
    assert triple in triples(text)


NEGATIVE: list[tuple[str, Triple]] = [
    # a city's report: the projects are the city's, wherever they lie
    (_OPEN + "全市工业项目加快建设，澜江化工股份有限公司二期工厂竣工投产。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # a signing's list; 运营 inside a project's name is no event
    (f"{_ZONE}举行项目集中签约活动，5个项目现场签约。此次签约的项目包括：澜源航空整机项目，"
     "总投资20亿元；澜江化工股份有限公司零部件项目和沧源通航低空运营服务中心项目，总投资合计20亿元。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # a project only signed
    (_OPEN + "澜江化工股份有限公司电子化学品项目签约，计划年内开工建设。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # a project planned
    (_OPEN + "澜江化工股份有限公司将投资6亿元建设电子化学品项目，预计明年建成投产。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # the customer a project is built with
    (_OPEN + "沧源新材料有限公司与澜江化工股份有限公司合作建设的隔膜项目建成投产。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # a project the text places elsewhere
    (_OPEN + "澜江化工股份有限公司在印尼的镍冶炼项目建成投产，原料保障能力提升。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "澜江化工股份有限公司母公司的总部项目在深圳开工。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # the zone is named late, in a city's report: no zone of the passage
    ("过去一年，全力打造光伏之都。沧源光伏科技有限公司、澜江硅材料有限公司等龙头企业项目全面达产，"
     f"光伏产业产值增长36%。{_ZONE}获批国家新型工业化产业示范基地。",
     ("澜江硅材料有限公司", "LOCATED_IN", _ZONE)),
    # founders of a consortium the zone leads
    (f"澜沧产教联合体成立。该联合体由{_ZONE}管委会牵头，汇聚沧源新材料有限公司、澜江化工股份"
     "有限公司等30家企业共同组建。", ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # another company brought them in
    (_OPEN + "沧源新材料有限公司先后引进澜江化工股份有限公司等配套企业5家。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # the university that sets up the institute stays where it is
    (f"根据协议，澜州理工大学将在{_ZONE}设立澜州理工大学新材料研究院。",
     ("澜州理工大学", "LOCATED_IN", _ZONE)),
    # a leader the zone brought in suppliers for is not called the zone's own
    (_OPEN + "区内企业与锂电池链主企业澜江储能科技有限公司签订供货协议。",
     ("澜江储能科技有限公司", "LOCATED_IN", _ZONE)),
]


@pytest.mark.parametrize(("text", "triple"), NEGATIVE)
def test_companies_not_placed_by_the_passages_zone(text: str, triple: Triple) -> None:
    assert triple not in triples(text)


_HI = "澜州高新技术产业开发区"
_HI_OPEN = f"{_HI}2024年工作总结\n2024年，{_HI}完成规上工业总产值860亿元，同比增长8.2%。"

PARKS: list[tuple[str, Triple]] = [
    (_HI_OPEN + "高新区下辖的沧浪工业园获批省级化工园区。", ("沧浪工业园", "LOCATED_IN", _HI)),
    (_HI_OPEN + "同时，高新区加快建设沧浪工业园、澜州生物产业园两大平台。",
     ("澜州生物产业园", "LOCATED_IN", _HI)),
    (_HI_OPEN + "其中，位于高新区的澜州大数据产业园已集聚数字经济企业300余家。",
     ("澜州大数据产业园", "LOCATED_IN", _HI)),
    ("澜州云计算产业园成立于2015年，位于澜州高新技术产业开发区，是西部重要的数据中心集聚区。",
     ("澜州云计算产业园", "LOCATED_IN", _HI)),
    (f"3月26日，{_HI}一季度重大项目集中开工仪式在沧浪工业园举行。",
     ("沧浪工业园", "LOCATED_IN", _HI)),
    (_HI_OPEN + "沧浪工业园新引进澜江储能科技有限公司、沧源电池材料有限公司等企业9家。",
     ("沧浪工业园", "LOCATED_IN", _HI)),
    # 在Z的P，A…: the park in the zone, the company heading the next clause in the park
    (f"在{_HI}的沧浪智能汽车产业园，澜江化工股份有限公司的车间里机器轰鸣。",
     ("沧浪智能汽车产业园", "LOCATED_IN", _HI)),
    (f"在{_HI}的沧浪智能汽车产业园，澜江化工股份有限公司的车间里机器轰鸣。",
     ("澜江化工股份有限公司", "LOCATED_IN", "沧浪智能汽车产业园")),
]


@pytest.mark.parametrize(("text", "triple"), PARKS)
def test_parks_of_the_passages_zone_lie_in_it(text: str, triple: Triple) -> None:
    assert triple in triples(text)


NOT_PARKS: list[tuple[str, Triple]] = [
    # a park named after another zone lies in that one
    (_HI_OPEN + "下一步，加快建设澜州综合保税区跨境电商产业园。",
     ("澜州综合保税区跨境电商产业园", "LOCATED_IN", _HI)),
    # a park that is a company's project starting
    (_HI_OPEN + "澜江储能产业园开工建设。", ("澜江储能产业园", "LOCATED_IN", _HI)),
    # a city's report names its parks side by side: the zone is not the host of the others
    ("过去一年，工业强市成效明显。作为主阵地，澜州高新技术产业开发区获批国家级绿色工业园区。"
     "沧浪产业园区引进澜江储能科技有限公司等企业8家。", ("沧浪产业园区", "LOCATED_IN", _HI)),
]


@pytest.mark.parametrize(("text", "triple"), NOT_PARKS)
def test_parks_not_placed_in_the_passages_zone(text: str, triple: Triple) -> None:
    assert triple not in triples(text)


_PARTNER_STORY = (_OPEN + "“是澜江集团把我们带到了这里。”澜源新材料有限公司负责人说。"
                  f"作为澜江集团的长期合作伙伴，该公司去年在{_ZONE}投资12亿元建设正极材料项目。")

SETTLED: list[tuple[str, Triple]] = [
    # a list of companies standing for their projects
    (_OPEN + "新引进的沧源精密部件有限公司、澜江热管理科技有限公司等9家配套企业已建成投产。",
     ("澜江热管理科技有限公司", "LOCATED_IN", _ZONE)),
    # 已建成A、B等企业的数据中心
    (_OPEN + "园区已建成澜江数智科技有限公司、沧源数据科技有限公司等企业的大型数据中心6座。",
     ("沧源数据科技有限公司", "LOCATED_IN", _ZONE)),
    # 在示范区发展壮大
    (_OPEN + "沧源种业股份有限公司、澜江生物科技有限公司等一批龙头企业在经开区发展壮大。",
     ("澜江生物科技有限公司", "LOCATED_IN", _ZONE)),
    # 基地内的A
    (_OPEN + "走进基地内的澜江化工股份有限公司，生产线正满负荷运转。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # A将总部迁至经开区
    (_OPEN + "澜江储能科技有限公司与沧源电池材料有限公司签订采购协议，并将总部迁至经开区。",
     ("澜江储能科技有限公司", "LOCATED_IN", _ZONE)),
    # 选址经开区 ; 2019年入园 ; 整体搬迁入园
    (_OPEN + "澜江化工股份有限公司选址经开区，建设年产5万吨电子化学品项目。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "澜江化工股份有限公司2019年入园，目前已成长为行业龙头。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # suppliers brought to 园区 in a text set in a park: the park
    (_OPEN + "在沧浪工业园，澜江化工股份有限公司的生产线正满负荷运转。澜江化工股份有限公司先后把"
     "供应商沧源新材料有限公司和下游客户澜源电子有限公司引到园区。",
     ("澜源电子有限公司", "LOCATED_IN", "沧浪工业园")),
    # a park opening the clause before: A、B等企业落户园区 are in it
    (_OPEN + "碳纤维产业链加快延伸，位于经开区的沧浪碳谷产业园新增原丝产能4万吨，澜江碳材有限公司、"
     "沧源复材有限公司等12户下游企业落户园区。",
     ("沧源复材有限公司", "LOCATED_IN", "沧浪碳谷产业园")),
    # a leader's suppliers brought to the park
    (_OPEN + "沧源新材料有限公司先后推荐其上游供应商澜江化工股份有限公司、沧源包装材料有限公司"
     "等8家企业来园区投资设厂。", ("沧源包装材料有限公司", "LOCATED_IN", _ZONE)),
    # 该公司 for the company named before, not the one it partners
    (_PARTNER_STORY, ("澜源新材料有限公司", "LOCATED_IN", _ZONE)),
    # 新增A、B等规上企业N家 ; 区内规上企业达到N家，其中A、B…
    (_OPEN + "全年新增澜江化工股份有限公司、沧源新材料有限公司等规上企业12家。",
     ("沧源新材料有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "区内规上企业达到210家，其中澜江化工股份有限公司、沧源新材料有限公司产值超百亿元。",
     ("沧源新材料有限公司", "LOCATED_IN", _ZONE)),
    # N家供应商落户Z，其中包括为其配套X的A、生产Y的B
    (_OPEN + f"沧源体育用品股份有限公司带动12家核心供应商落户{_ZONE}，其中包括为其配套鞋底的"
     "闽澜新材料有限公司、生产功能性面料的沧纶纺织科技有限公司。",
     ("沧纶纺织科技有限公司", "LOCATED_IN", _ZONE)),
    # (A牵线)引进的B已投产
    (_OPEN + "澜江电气股份有限公司牵线引进的沧源精密部件有限公司已投产。",
     ("沧源精密部件有限公司", "LOCATED_IN", _ZONE)),
    # one of the zone's own companies
    (_OPEN + "澜江化工股份有限公司是园区重点骨干企业。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "澜江化工股份有限公司作为园区首批入驻企业，去年营收增长20%。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "记者走进位于经开区的澜江化工股份有限公司，生产线正满负荷运转。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "依托园区龙头澜江化工股份有限公司，引进配套企业8家。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # the leader of an industry in a sentence about the zone
    (f"{_ZONE}聚焦电力装备产业，全年新引进项目23个，电力装备龙头澜江电气股份有限公司营收突破200亿元。",
     ("澜江电气股份有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "澜江化工股份有限公司、沧源新材料有限公司是园区的两大龙头企业。",
     ("沧源新材料有限公司", "LOCATED_IN", _ZONE)),
    # the park opening the clause before is what gathered them
    (f"{_ZONE}负责人介绍，沧浪产业园区是经开区承接产业转移的主平台，目前已入驻澜江化工股份有限公司、"
     "沧源新材料有限公司等企业60余家。", ("沧源新材料有限公司", "LOCATED_IN", "沧浪产业园区")),
]


@pytest.mark.parametrize(("text", "triple"), SETTLED)
def test_companies_settled_in_the_passages_zone(text: str, triple: Triple) -> None:
    assert triple in triples(text)


NOT_SETTLED: list[tuple[str, Triple]] = [
    # the partner named with 作为…的合作伙伴 is not the one that invested
    (_PARTNER_STORY, ("澜江集团", "LOCATED_IN", _ZONE)),
    # the partner a company signs with does not move its seat
    (_OPEN + "澜江储能科技有限公司与沧源电池材料有限公司签订采购协议，并将总部迁至经开区。",
     ("沧源电池材料有限公司", "LOCATED_IN", _ZONE)),
    # recommended to visit, not settled
    (_OPEN + "沧源新材料有限公司推荐澜江化工股份有限公司的负责人参加招商推介会。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # customers, companies visited, a cluster's leader
    (_OPEN + "园区产品远销海外，主要客户包括澜江汽车股份有限公司、沧源重工有限公司等知名企业。",
     ("沧源重工有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "赴长三角开展招商，走访澜江汽车股份有限公司、沧源重工有限公司等企业42家。",
     ("沧源重工有限公司", "LOCATED_IN", _ZONE)),
    (_OPEN + "以澜江汽车股份有限公司为龙头的新能源汽车产业集群加快壮大。",
     ("澜江汽车股份有限公司", "LOCATED_IN", _ZONE)),
    # a signing's list: the projects are only signed
    (_OPEN + "全年签约项目32个，其中包括澜江化工股份有限公司电子化学品项目、沧源新材料有限公司"
     "隔膜项目。", ("沧源新材料有限公司", "LOCATED_IN", _ZONE)),
    # local companies of the city, not said to be in the zone
    (_OPEN + "澜江汽车股份有限公司带动沧源重工有限公司等本地企业进入其供应链体系。",
     ("沧源重工有限公司", "LOCATED_IN", _ZONE)),
    # the investor that builds a park is not placed by it (the park is)
    (f"坐落于{_ZONE}的澜江储能科技产业园，总投资52亿元，由澜江化工股份有限公司投资建设。",
     ("澜江化工股份有限公司", "LOCATED_IN", _ZONE)),
    # a leader named in a sentence not about the zone
    (_OPEN + "澜州市与光伏龙头澜江光伏股份有限公司签署战略合作协议。",
     ("澜江光伏股份有限公司", "LOCATED_IN", _ZONE)),
    # a project in another zone
    (_OPEN + "澜江汽车股份有限公司在澜州高新区的新能源整车项目建成投产。",
     ("澜江汽车股份有限公司", "LOCATED_IN", _ZONE)),
]


@pytest.mark.parametrize(("text", "triple"), NOT_SETTLED)
def test_companies_not_settled_in_the_passages_zone(text: str, triple: Triple) -> None:
    assert triple not in triples(text)


_START = (f"{_ZONE}15个重大项目集中开工\n3月8日，{_ZONE}一季度重大项目集中开工仪式举行，"
          "15个项目集中开工，总投资96亿元。本次开工项目涵盖新能源、新材料等领域。"
          "其中，澜江储能科技有限公司投资30亿元建设的储能电池项目规划产线6条；"
          "沧源电池材料有限公司正极材料项目总投资12亿元；为澜沧重工有限公司配套的液压件项目由"
          "澜江液压科技有限公司投资5亿元建设。")


def test_companies_whose_projects_a_start_event_lists_are_in_its_zone() -> None:
    found = triples(_START)
    assert ("澜江储能科技有限公司", "LOCATED_IN", _ZONE) in found
    assert ("沧源电池材料有限公司", "LOCATED_IN", _ZONE) in found
    assert ("澜沧重工有限公司", "LOCATED_IN", _ZONE) not in found  # the customer


def test_a_signing_events_list_places_nobody() -> None:
    text = _START.replace("集中开工仪式举行", "集中签约仪式举行").replace("集中开工", "集中签约") \
        .replace("开工，总投资", "签约，总投资")
    found = triples(text)
    assert ("澜江储能科技有限公司", "LOCATED_IN", _ZONE) not in found
    assert ("沧源电池材料有限公司", "LOCATED_IN", _ZONE) not in found


def test_the_documents_zone_survives_a_short_form_left_unresolved() -> None:
    from chainkg.ingest.repair import repair
    from chainkg.nlp.doc import build_doc
    from chainkg.nlp.extractor import recognise
    from chainkg.nlp.relations import State
    from chainkg.nlp.zone_topic import doc_zone

    head = "大连长兴岛经济技术开发区2024年工作总结\n2024年，长兴岛经开区完成规上工业总产值520亿元"
    doc = build_doc(repair(head + "，澜沧高新技术产业开发区完成产值300亿元。"))
    doc.spans = recognise(doc)
    assert doc_zone(doc, State(doc=doc)) is None  # two zones: none is the document's
    doc = build_doc(repair(head + "。"))
    doc.spans = recognise(doc)
    zone = doc_zone(doc, State(doc=doc))
    assert zone is not None and "长兴岛" in zone.key
