"""Entity recall where it costs relations: short company names from their context,
short forms resolved to the full names of the same text, zones and industries written the
ordinary ways reports write them. Every sentence is new and report-style, with made-up zones and
companies; positives must all be found (with the full form given), negatives must not be.
"""

from __future__ import annotations

import pytest

from chainkg.nlp.extractor import extract_text

# (text, {(surface name, type, canonical full form)})
FOUND = [
    # ---- short forms that are no prefix of the full name (characters in order) ---------------
    ("作为江城精细化工产业的龙头，湖北鸿发化工集团股份有限公司去年营收300亿元。"
     "鸿发集团近年来主动以商引商。",
     {("鸿发集团", "Enterprise", "湖北鸿发化工集团股份有限公司")}),
    ("吉林宏翊智能座舱系统有限公司与学校共建实训基地，宏翊座舱每年提供实习岗位200个。",
     {("宏翊座舱", "Enterprise", "吉林宏翊智能座舱系统有限公司")}),
    ("福建闽源食品集团有限公司牵头成立协会。闽源食品集团董事长当选会长，闽源食品还将追加投资。",
     {("闽源食品集团", "Enterprise", "福建闽源食品集团有限公司"),
      ("闽源食品", "Enterprise", "福建闽源食品集团有限公司")}),
    # the shortest full name a short form abbreviates; a name without its place
    ("中车江州电力机车有限公司、中车江州电力机车研究所有限公司均已落户。作为轨道交通装备产业链的链主，"
     "中车江机近年来带动本地配套率提升至70%。",
     {("中车江机", "Enterprise", "中车江州电力机车有限公司")}),
    ("东驰底盘先后引荐浙江万泰轴承、宁波瑞峰精密铸造等6家核心供应商落户园区。今年，万泰轴承投资3亿元建设精密轴承项目。",
     {("万泰轴承", "Enterprise", "浙江万泰轴承")}),
    # a short form closed by 股份 whatever word follows it
    ("“配套半径缩到5公里以内。”安徽沧擎汽车部件股份有限公司副总经理说。今年以来，沧擎股份主动当起招商员。",
     {("沧擎股份", "Enterprise", "安徽沧擎汽车部件股份有限公司")}),
    # ---- the State Council, the approver of a national zone (an entity of its own) ------------
    ("澜沧经济技术开发区于2000年7月经国务院批准为国家级经济技术开发区。",
     {("国务院", "Government", "国务院")}),
    # ---- a company's short name in brackets after its full name -------------------------------
    ("上海申汽集团股份有限公司（申汽集团）与经开区签约，申汽集团将投资50亿元建设新能源整车项目。",
     {("申汽集团", "Enterprise", "上海申汽集团股份有限公司")}),
    ("湖南湘菱线缆股份有限公司(以下简称“湘菱线缆”)是园区的龙头企业，湘菱线缆去年营收45亿元。",
     {("湘菱线缆", "Enterprise", "湖南湘菱线缆股份有限公司")}),
    # ---- zone forms: a place, then the first character of the stem and 开区 ---------------------
    ("长岭汽车经济技术开发区举办招商推介会。长岭汽开区签约项目12个。",
     {("长岭汽开区", "Zone", "长岭汽车经济技术开发区")}),
    # a zone whose own word opens with a county's name (长兴 + 岛)
    ("大连长兴岛经济技术开发区船舶产业加快发展，长兴岛经开区全年新签约项目15个。",
     {("长兴岛经开区", "Zone", "大连长兴岛经济技术开发区")}),
    # a zone's first word and its kind; the area after a free-trade zone's name
    ("宁北能源化工基地位于自治区中东部。宁北基地已形成煤制油、煤基烯烃两大产业集群。",
     {("宁北基地", "Zone", "宁北能源化工基地")}),
    ("大会在中国(上海)自由贸易试验区滨港新片区举行。会上，滨港新片区管委会与3家企业签约。"
     "滨港新片区已建成智算中心7个。",
     {("滨港新片区", "Zone", "中国(上海)自由贸易试验区滨港新片区"),
      ("滨港新片区管委会", "Government", "滨港新片区管委会")}),
    ("宁夏宁北能源化工基地管委会介绍，宁北基地5个重点项目集中投产。",
     {("宁北基地", "Zone", "宁夏宁北能源化工基地")}),
    # a research body whose name holds a qualifier and a verb between its place and its suffix
    ("三方将共同组建天津先进计算产业技术研究院，重点开展国产CPU适配。",
     {("天津先进计算产业技术研究院", "ResearchInstitute", "天津先进计算产业技术研究院")}),
    # a zone's other name in brackets, even when the context took it for a company first
    ("6月3日，江州医药高新技术产业开发区（华夏药城）与江州大学签署战略合作协议。",
     {("华夏药城", "Zone", "江州医药高新技术产业开发区")}),
    # ---- a board named with the zone's short form --------------------------------------------
    ("衡阳经济技术开发区管委会与3家企业签约。衡阳经开区管委会负责人介绍了项目情况。",
     {("衡阳经开区管委会", "Government", "衡阳经济技术开发区管委会")}),
]

# (text, {(name, type)} that must be found, {(name, type)} that must not)
ROLE = [
    # a role word inside a list's item: the name follows it
    ("高新区已形成智能装备、新型显示两大产业集群，集聚了智能装备链主恒锋重机、新型显示链主澜光显示"
     "等一批龙头企业。",
     {("恒锋重机", "Enterprise"), ("澜光显示", "Enterprise")},
     {("智能装备链主恒锋重机", "Enterprise"), ("新型显示链主澜光显示", "Enterprise")}),
    ("经开区开展链式招商，先后引进其包材供应商瑞丰彩印、物流服务商捷运冷链等配套企业9家。",
     {("瑞丰彩印", "Enterprise"), ("捷运冷链", "Enterprise")},
     {("物流服务商捷运冷链", "Enterprise")}),
    # a sector word, the role, the name, then what the name does
    ("正极材料供应商湘锂新材也在园区租赁标准厂房，开展材料分切加工。",
     {("湘锂新材", "Enterprise")}, set()),
    ("园区聚焦电力装备产业，电力装备龙头华岳电气的特高压开关扩建项目建成投产。",
     {("华岳电气", "Enterprise")}, set()),
    ("区内风电装备龙头北岭重装年产风机叶片3000套。", {("北岭重装", "Enterprise")}, set()),
    # the leader named after 作为…链主, with a time word before its predicate
    ("作为江州轨道交通装备产业链的链主，中车江机近年来带动本地配套率提升至70%。",
     {("中车江机", "Enterprise")}, set()),
    # a predicate after the role word is no name
    ("“我们把供应商请过来，上游的供应商基本都跟过来了。”企业负责人说。"
     "经开区借助龙头企业的客户和供应商资源开展以商引商。",
     set(), {("请过来", "Enterprise"), ("基本都跟过来了", "Enterprise"),
             ("资源开展以商引商", "Enterprise")}),
]

# companies named by their lists and projects
LISTS = [
    # a counted list with 户 / 个, the suppliers a leader brought in
    ("江州碳纤维产业链加快延伸，江岳碳材、北辰复材等9户下游复合材料企业落户园区。",
     {("江岳碳材", "Enterprise"), ("北辰复材", "Enterprise")}, set()),
    ("目前，新区已集聚云枢、星河数科等10个超大型数据中心。",
     {("云枢", "Enterprise"), ("星河数科", "Enterprise")}, set()),
    ("一年多来，鸿川底盘先后引荐浙江万泰轴承、宁波瑞峰精密铸造、常州科达电控等6家核心供应商落户园区。",
     {("浙江万泰轴承", "Enterprise"), ("宁波瑞峰精密铸造", "Enterprise"),
      ("常州科达电控", "Enterprise")}, set()),
    # products before 等…供应商 and a company after it: the products are no companies
    ("其座椅、车门等关键部件供应商江州联达汽车部件有限公司已在园区落户。",
     {("江州联达汽车部件有限公司", "Enterprise")},
     {("座椅", "Enterprise"), ("车门", "Enterprise")}),
    # a project named after its company, in a work report's list
    ("精细化工产业加快壮大，区内兴荣磷化年产20万吨磷酸铁项目、瑞康环保烟气治理装备项目建成投产，"
     "云峰新能源8GW高效电池片项目全面达产，金岭永磁二期项目开工建设。",
     {("兴荣磷化", "Enterprise"), ("瑞康环保", "Enterprise"), ("云峰新能源", "Enterprise"),
      ("金岭永磁", "Enterprise")}, set()),
    ("此次签约项目包括：翔腾航空零部件项目，总投资12亿元；沃川长空eVTOL总装基地项目，总投资20亿元。",
     {("翔腾航空", "Enterprise"), ("沃川长空", "Enterprise")}, set()),
    # companies described by what they supply, in a list beside a full name or after 引进
    ("近两年，经开区先后引进了为其供应聚酯切片的浙江恒川化纤有限公司、提供涂布胶水的上海瑞丰新材料,"
     "以及采购其基膜生产光学膜的宿迁明川膜业。",
     {("上海瑞丰新材料", "Enterprise"), ("宿迁明川膜业", "Enterprise")}, set()),
    ("龙头企业带动9家核心供应商落户开发区,其中包括为其配套鞋底的闽泰新材料、生产功能性面料的"
     "宏锦纺织科技,以及提供智能裁剪设备的深圳锐达自动化。",
     {("闽泰新材料", "Enterprise"), ("宏锦纺织科技", "Enterprise"),
      ("深圳锐达自动化", "Enterprise")}, set()),
    # described items that are generic nouns name no company
    ("经开区还引进了为龙头企业提供物流服务的第三方平台、提供检测服务的公共机构。",
     set(), {("第三方平台", "Enterprise"), ("公共机构", "Enterprise")}),
    # a description ending a sentence after a list is no company
    ("江州恒辉储能有限公司、江州华镍材料有限公司等上下游企业23家先后落地，形成了“镍钴—前驱体—"
     "正极材料”的产业链条。", set(), {("产业链条", "Enterprise")}),
    # companies of the zone that a title names; names before 在…区布局
    ("陶瓷产业加快向高端化迈进，区内华瑞瓷业、玉成瓷业入选省级智能制造标杆企业。",
     {("华瑞瓷业", "Enterprise"), ("玉成瓷业", "Enterprise")}, set()),
    ("现代物流业加快发展，捷丰、京豪、云仓在江州空港区布局区域分拨中心。",
     {("捷丰", "Enterprise"), ("京豪", "Enterprise"), ("云仓", "Enterprise")}, set()),
    # a short name signing with the zone, a list of names ending at its verb or count
    ("鑫泰重工与园区签约海工装备配套项目，计划总投资8.6亿元。",
     {("鑫泰重工", "Enterprise")}, set()),
    ("在其带动下，宁远磁材、江西金博电机科技有限公司2家配套企业落户高新区。",
     {("宁远磁材", "Enterprise")}, set()),
    ("新区管委会分别与江州粮食集团有限公司、江州玉米开发有限公司、鹤源乳业签订合作协议。",
     {("鹤源乳业", "Enterprise")}, set()),
    ("江州经济技术开发区、江州汽车股份有限公司、江州工程学院三方签署校企合作协议。",
     set(), {("江州工程学院三方", "University"), ("江州工程学院三方", "Enterprise")}),
    ("两江新区与长安汽车集团、赛卓集团分别签署战略合作协议。",
     {("赛卓集团", "Enterprise")}, {("赛卓集团分别", "Enterprise")}),
    # a project list's item: the company before its site's place and its phase
    ("动力电池产业集群营收突破900亿元，宁川时代襄阳基地五期、天锐锂业二期等项目建成投产。",
     {("宁川时代", "Enterprise"), ("天锐锂业", "Enterprise")},
     {("宁川时代襄阳基地五期", "Enterprise"), ("天锐锂业二期", "Enterprise")}),
    ("富泰康新事业总部项目开工建设，比速迪郑州基地整车年产能达到60万辆。",
     {("比速迪", "Enterprise")}, set()),
    ("高新区聚焦汽车及零部件产业，沃川汽车大庆工厂产能利用率提升至85%。",
     {("沃川汽车", "Enterprise")}, set()),
    ("区内兴盛磷化年产30万吨磷酸铁项目建成投产。", {("兴盛磷化", "Enterprise")}, set()),
    # companies in other roles: customers supplied, resources built on, partners signing
    ("“产品又供应给下游的华泰尼龙和沧源纺织。”总经理介绍。",
     {("华泰尼龙", "Enterprise"), ("沧源纺织", "Enterprise")}, set()),
    ("江州高新区依托江州油田和江州石化的原料优势，已形成化工新材料产业集群。",
     {("江州油田", "Enterprise"), ("江州石化", "Enterprise")}, set()),
    ("园区与江州大学共建研究中心，并与华信电信、华信通信签订算力合作协议。",
     {("华信电信", "Enterprise"), ("华信通信", "Enterprise")}, set()),
    ("去年，龙头企业牵线引进的德华化纤投资8.5亿元建设再生涤纶长丝项目。",
     {("德华化纤", "Enterprise")}, set()),
    ("依托德锂纳米等龙头企业，磷酸铁锂产能达到60万吨，亿川锂能投资建设的23GWh储能电池项目建成投产。",
     {("亿川锂能", "Enterprise")}, set()),
    # a national group a zone builds on (and its short form); a slogan is none
    ("长春汽开区依托中国一汽，已聚集汽车零部件企业300余户。", {("中国一汽", "Enterprise")}, set()),
    ("园区依托中国制造的优势，发展先进制造业。", set(), {("中国制造", "Enterprise")}),
    # brands holding figures in a list of brands; a technology with a figure is none
    ("开发区是全国最大的运动鞋服产业基地之一，区内聚集了安跃、步特、361度、贵翔鸟等知名品牌企业。",
     {("安跃", "Enterprise"), ("361度", "Enterprise"), ("贵翔鸟", "Enterprise")}, set()),
    ("园区已集聚霍尼韦尔、3M等外资企业。", {("3M", "Enterprise")}, set()),
    ("园区已集聚5G通信、云计算等企业。", set(), {("5G通信", "Enterprise")}),
    # the company whose supply needs a zone serves
    ("今年以来，汽开区紧盯新能源汽车方向，围绕一汽的配套需求开展精准招商。",
     {("一汽", "Enterprise")}, set()),
    ("园区围绕企业的配套需求开展服务。", set(), {("企业", "Enterprise")}),
    # the zone's own companies, a leader with its suppliers, a group's leader, a settled project
    ("开发区内的鑫泰化工、华润恒升等企业积极推进智能化改造。",
     {("鑫泰化工", "Enterprise"), ("华润恒升", "Enterprise")}, set()),
    ("今年上半年，高新区内企业汇达技术实现营收86亿元。", {("汇达技术", "Enterprise")}, set()),
    ("园区内的龙头企业金瑞科技、国华电器带动上下游企业集聚发展。",
     {("金瑞科技", "Enterprise"), ("国华电器", "Enterprise")}, set()),
    ("宁远时代及其配套企业在园区形成了完整的动力电池产业链。", {("宁远时代", "Enterprise")}, set()),
    ("由华信牵头、联合20余家企业组建的鲲翔产业生态联盟在新区成立。",
     {("华信", "Enterprise")}, set()),
    ("落户园区的瑞达光电年产2亿只LED芯片项目已进入设备调试阶段。",
     {("瑞达光电", "Enterprise")}, set()),
    # a name of another kind is no part of a company's name
    ("5月22日，宝鸡高新区管委会与西北工业大学在宝鸡签署全面战略合作协议。",
     {("西北工业大学", "University")}, {("西北工业大学在宝鸡", "Enterprise")}),
    ("由中国科学院金属研究所联合12家单位共同发起成立产业联盟。",
     {("中国科学院金属研究所", "ResearchInstitute")},
     {("中国科学院金属研究所联合", "Enterprise")}),
    # a project the zone serves or speeds up, a site a sum was invested in
    ("江州经济开发区为加快汾泉 2030 技改原酒扩建一期项目建设，提前完成土地报批。",
     {("汾泉", "Enterprise")}, set()),
    ("襄阳经济开发区为服务好运泰风电设备制造全产业链项目，开辟审批绿色通道。",
     {("运泰风电", "Enterprise")}, set()),
    ("总投资10亿元的宁波华泰合肥基地从签约到开工仅用3个月。", {("宁波华泰", "Enterprise")}, set()),
    # the last project of a list joined by 和; one character before a sector word is no brand
    ("签约项目包括翔腾航空零部件项目和天鹰通航低空运营服务中心项目，总投资合计20亿元。",
     {("天鹰通航", "Enterprise")}, set()),
    ("两家企业分别投资6亿元、9.8亿元建设电子特气项目和湿电子化学品项目。",
     set(), {("湿电子", "Enterprise")}),
    # a project named by its product names no company
    ("签约项目包括鲜食玉米加工项目、婴幼儿配方奶粉扩产项目和智能仓储物流项目。",
     set(), {("鲜食", "Enterprise"), ("鲜食玉米", "Enterprise"), ("智能仓储", "Enterprise")}),
    ("双方将共建重型装备焊接、数控加工2个公共实训基地，三方将共同建设化工新材料中试基地。",
     set(), {("数控", "Enterprise"), ("三方", "Enterprise")}),
    # suppliers named after their role or brought in by a leader, without a legal form
    ("今年以来，沧岳股份先后把宁波澜德压铸有限公司、台江立汇橡塑等5家配套供应商引进园区。",
     {("台江立汇橡塑", "Enterprise")}, set()),
    ("链主企业带动一批供应商相继落户：做电解液的江州新澜化学、做隔膜的沧门博远新材料、"
     "做结构件的澜庆精成五金……一年多时间，园区新增配套企业14家。",
     {("江州新澜化学", "Enterprise"), ("沧门博远新材料", "Enterprise"),
      ("澜庆精成五金", "Enterprise")}, set()),
    ("成员单位吸纳江州动力电池有限公司、沧骏汽车、澜磁科技等41家整车及零部件企业。",
     {("沧骏汽车", "Enterprise"), ("澜磁科技", "Enterprise")}, set()),
    ("澜瑞新能源是该区去年引进的沧源汽车配套企业。",
     {("沧源汽车", "Enterprise")}, set()),
    ("这是园区去年引进的重点配套企业。", set(), {("重点", "Enterprise")}),
    # brands heading the projects of a zone's report: the brand, not its phase or its work
    ("全年新引进项目37个；区内江禾光电二期、沧远重工智能装备产业化、楚川新材年产3万吨碳纤维等项目"
     "建成投产。",
     {("江禾光电", "Enterprise"), ("沧远重工", "Enterprise"), ("楚川新材", "Enterprise")},
     {("江禾光电二期", "Enterprise"), ("沧远重工智能装备产业化", "Enterprise")}),
    ("全年实施重点项目42个，总投资28亿元的澜晟化工高端聚烯烃项目开工建设，"
     "总投资15亿元的沧宇半导体封装测试基地加快建设。",
     {("澜晟化工", "Enterprise"), ("沧宇半导体", "Enterprise")}, set()),
    ("总投资36亿元的澜晟光伏组件项目落地我区。",
     {("澜晟光伏", "Enterprise")}, set()),
    # a legal name whose brand jieba cuts at a conjunction-like character
    ("联盟由云南滇和制药集团股份有限公司、澜沧医科大学共同发起。",
     {("云南滇和制药集团股份有限公司", "Enterprise")}, {("制药集团股份有限公司", "Enterprise")}),
    # a time adverb, a body named by its kind and a chain's segments are no companies
    ("2019年落户澜沧经开区的沧擎股份，如今已是当地汽车零部件产业的链主企业。", set(),
     {("如今已", "Enterprise"), ("如今", "Enterprise")}),
    ("会上，联盟与江州陶瓷行业协会签署战略合作协议。", set(), {("联盟", "Enterprise")}),
    ("澜沧经开区已集聚芯片设计、制造、装备、材料等上下游企业120余家。", set(),
     {("芯片设计", "Enterprise"), ("装备", "Enterprise")}),
    # a zone named inside a university's institute opens after the university; a
    # university's own park keeps its name whole
    ("澜沧新区管委会与江州大学共同组建江州大学澜沧新区光电子产业研究院。澜沧新区将提供场地。",
     {("澜沧新区", "Zone")}, {("江州大学澜沧新区", "Zone")}),
    ("江州科技大学澜沧科技园位于澜沧高新区。",
     {("江州科技大学澜沧科技园", "Zone")}, {("澜沧科技园", "Zone")}),
    # a legal name after its role: the role is no part of it; a predicate is no supplier
    ("在其推介下，铝边框配套商江苏鼎澜金属制品有限公司、玻璃盖板生产商安徽沧瑞光能玻璃有限公司相继落户。",
     {("江苏鼎澜金属制品有限公司", "Enterprise"), ("安徽沧瑞光能玻璃有限公司", "Enterprise")},
     {("铝边框配套商江苏鼎澜金属制品有限公司", "Enterprise")}),
    ("澜沧经开区先后引进负极材料配套企业江州恒越碳素有限公司、隔膜企业湖北远澜新材料科技有限公司等项目8个。",
     {("江州恒越碳素有限公司", "Enterprise"), ("湖北远澜新材料科技有限公司", "Enterprise")},
     {("负极材料配套企业江州恒越碳素有限公司", "Enterprise"),
      ("隔膜企业湖北远澜新材料科技有限公司", "Enterprise")}),
    ("铜箔产业链主企业澜沧铜业新材料集团带动配套企业集聚。",
     {("澜沧铜业新材料集团", "Enterprise")},
     {("铜箔产业链主企业澜沧铜业新材料集团", "Enterprise")}),
    # a one-character preposition right after the introducing verb opens the first name
    ("澜沧经开区引进顺澜供应链、中原云仓等物流企业9家。",
     {("顺澜供应链", "Enterprise"), ("中原云仓", "Enterprise")}, {("澜供应链", "Enterprise")}),
    ("高新区今年引进顺沧物流、江源冷链等企业。",
     {("顺沧物流", "Enterprise")}, {("沧物流", "Enterprise")}),
    ("澜沧经开区依托链主企业江州天合新能源有限公司开展以商引商。",
     {("江州天合新能源有限公司", "Enterprise")}, {("商引商", "Enterprise")}),
    # the customers a supplier serves, listed before 等…主机厂/整车厂 (products name none)
    ("作为岭沙重工、湘沧重机等工程机械主机厂的核心液压件供应商，江州力拓液压科技有限公司不断扩产。",
     {("岭沙重工", "Enterprise"), ("湘沧重机", "Enterprise")}, set()),
    ("江州恒通电子有限公司为东岭汽车、华骏客车等整车厂提供线束产品。",
     {("东岭汽车", "Enterprise"), ("华骏客车", "Enterprise")}, set()),
    ("园区企业为电池、电机等企业提供配套服务。", set(),
     {("电池", "Enterprise"), ("电机", "Enterprise")}),
    # the brands at the head of a zone's project list (phase, product, scaled-up industry cut)
    ("澜沧经开区全年实施项目42个；区内恒越化工二期、华瑞智能装备产业化、远川新材年产5万吨锂盐等项目建成投产。",
     {("恒越化工", "Enterprise"), ("华瑞", "Enterprise"), ("远川新材", "Enterprise")},
     {("恒越化工二期", "Enterprise"), ("华瑞智能装备产业化", "Enterprise")}),
    ("澜沧经开区全年实施项目42个；区内光伏组件二期、智能装备产业化、年产5万吨锂盐等项目建成投产。",
     set(),
     {("光伏组件", "Enterprise"), ("智能装备产业化", "Enterprise")}),
    ("澜沧经开区全年实施项目42个；区内智能网联汽车示范、恒远重工智能装备产业化等项目建成投产。",
     {("恒远重工", "Enterprise")}, {("智能网联汽车示范", "Enterprise")}),
    ("澜沧经开区今年，总投资45亿元的沧晟新材高端聚烯烃项目开工建设。",
     {("沧晟新材", "Enterprise")}, {("沧晟新材高端聚烯烃", "Enterprise")}),
    ("澜沧经开区今年，总投资45亿元的沧晟重机大型起重装备项目开工建设。",
     {("沧晟重机", "Enterprise")}, set()),
    # companies described by what they make, the list closed by 等…供应商 and their arrival
    ("澜沧经开区内，做电解液的江州新达化学、做隔膜的湖北博纬新材料等7家配套供应商相继落户。",
     {("江州新达化学", "Enterprise"), ("湖北博纬新材料", "Enterprise")},
     {("湖北博纬新材料等7家配套供应商相继落户", "Enterprise")}),
    ("链主企业带来了做电解液的江州新达化学、做隔膜的湖北博纬新材料等配套企业。",
     {("江州新达化学", "Enterprise"), ("湖北博纬新材料", "Enterprise")}, set()),
    ("园区内，生产电池的企业、做隔膜的上游企业等一批项目相继落户。", set(),
     {("上游企业", "Enterprise")}),
    # the chain's segments before 等上下游/配套企业 are no names; brands there are
    ("澜沧经开区以江州凌岳汽车有限公司为链主，吸引电驱、电控、热管理等上下游企业68家。", set(),
     {("电驱", "Enterprise"), ("电控", "Enterprise"), ("热管理", "Enterprise")}),
    ("链主企业带动胶膜、边框、接线盒等配套企业17家集聚。", set(),
     {("胶膜", "Enterprise"), ("接线盒", "Enterprise")}),
    ("园区引进博世、延锋、李尔等配套企业。",
     {("博世", "Enterprise"), ("延锋", "Enterprise"), ("李尔", "Enterprise")}, set()),
    # a list's first name after 新引进的, with a name word (智能) inside it
    ("澜沧高新区新引进的平岭智能配电、河南中沧储能科技有限公司等12家配套企业已建成投产。",
     {("平岭智能配电", "Enterprise")}, {("的平岭智能配电", "Enterprise"), ("配电", "Enterprise")}),
    # a declared short name closes a customer's name before the product it buys
    ("江州锐岭动力科技有限公司(以下简称“锐岭动力”)落户以来，引进江州骏恒精密铸造有限公司等17家企业。"
     "其中，骏恒精密作为锐岭动力电机壳体的核心供应商，配套半径缩短至3公里。",
     {("锐岭动力", "Enterprise")}, {("锐岭动力电机壳体", "Enterprise")}),
    # a 新城 is a place, not the company that invests in it
    ("澜沧高新区重点项目集中开工仪式在高新区钛岭新城举行。江州星联光电科技有限公司在钛岭新城投资4亿元建设光通信器件项目。",
     {("江州星联光电科技有限公司", "Enterprise")}, {("钛岭新城", "Enterprise")}),
    # after a bare 链主, a verb or preposition opens no name
    ("“我们是锂源天成的电解液供应商，跟着链主来澜沧，运输半径缩短了1000多公里。”", set(),
     {("来澜沧", "Enterprise")}),
    ("高新区坚持“链主+配套”招商，以链主带配套、以配套引集群，先后引进江州骏恒精密铸造有限公司等17家企业。",
     {("江州骏恒精密铸造有限公司", "Enterprise")}, {("以配套引集群", "Enterprise")}),
    ("“我们七成的胶膜、边框都来自园区内的配套企业。”", set(),
     {("边框都来自园区内", "Enterprise")}),
    # anaphors, the parties of an agreement, trades and a predicate are no companies; a brand
    # ending like a trade (…电工) still is
    ("澜江大学与沧源生物科技集团开展合作，由该集团首期投资1.2亿元建设中试基地。", set(),
     {("由该集团", "Enterprise"), ("该集团", "Enterprise")}),
    ("澜沧高新区管委会与澜江大学签订合作协议，三方将共同建设中试基地，首期投资2.6亿元。", set(),
     {("三方", "Enterprise")}),
    ("职教集团成立后，计划每年为园区企业订单培养焊工、数控技工等技能人才1500人。", set(),
     {("订单培养焊工", "Enterprise"), ("数控技工", "Enterprise")}),
    ("“链主企业最了解上下游伙伴，他们引荐的企业落地快。”", set(),
     {("最了解上下游伙伴", "Enterprise")}),
    ("在输变电产业链上，依托沧变电工强链，引入沧变电工上下游关联企业澜洋电缆、京沧电气。",
     {("沧变电工", "Enterprise")}, set()),
    # the project of an investor named before the amount names no brand
    ("江州尼龙股份有限公司投资36亿元的尼龙66切片项目一期建成投产。", set(),
     {("尼龙", "Enterprise")}),
    ("总投资5亿元的高效光伏组件项目、新型储能电池项目开工建设。", set(),
     {("高效光伏", "Enterprise"), ("新型储能", "Enterprise")}),
    # the customers a supplier serves, a list after 为 (none with a legal suffix)
    ("澜江绝缘材料有限公司主要为沧岭风能科技、澜源铝业提供绝缘件和包装材料。",
     {("沧岭风能科技", "Enterprise"), ("澜源铝业", "Enterprise")}, set()),
    ("孵化器为中小科技企业提供场所、政策扶持和配套服务。", set(),
     {("政策扶持和", "Enterprise"), ("政策扶持", "Enterprise")}),
    # the trigger's last character and the name's first made one token (以上…, 联合国…)
    ("汽车产业以上沧通用江岳汽车为龙头，集聚配套企业120家。",
     {("上沧通用江岳汽车", "Enterprise")}, set()),
    ("澜江量子技术研究院联合国澜量子等企业建成量子保密通信骨干网。",
     {("国澜量子", "Enterprise")}, set()),
    # a list's item opening with a verb-like word that is part of the name (联合汽车电子)
    ("开发区已集聚江城汽车、联合汽车电子、沧岭汽车等重点企业。",
     {("联合汽车电子", "Enterprise")}, {("汽车电子", "Enterprise")}),
]

# names whose leftward walk ran over other words (the right name found, the long one not)
BOUNDS = [
    ("联盟秘书处设在江州市储能产业研究院。", {("江州市储能产业研究院", "ResearchInstitute")},
     {("联盟秘书处设在江州市储能产业研究院", "ResearchInstitute")}),
    ("管委会负责人介绍，开发区所属北岭工业园区已集聚锂电企业31家。",
     {("北岭工业园区", "Zone")}, {("所属北岭工业园区", "Zone")}),
    ("今年以来经开区围绕生物制造、汽车等主导产业开展链式招商，力争全市开发区营业收入突破3000亿元。",
     set(), {("今年以来经开区", "Zone"), ("力争全市开发区", "Zone")}),
    ("双方推荐其长期合作的包装供应商浙江华锦包装科技有限公司到经开区投资。",
     {("浙江华锦包装科技有限公司", "Enterprise")},
     {("浙江华锦包装科技有限公司到经开区", "Zone")}),
    ("初冬时节，江州经济开发区江苏江阳薄膜科技股份有限公司三期厂房内机器轰鸣。",
     {("江州经济开发区", "Zone"), ("江苏江阳薄膜科技股份有限公司", "Enterprise")},
     {("江州经济开发区江苏江阳薄膜科技股份有限公司", "Enterprise")}),
    ("基地与宁夏大学共建宁北现代煤化工研究院，建成自治区级重点实验室12个。",
     {("宁北现代煤化工研究院", "ResearchInstitute")},
     {("建宁北现代煤化工研究院", "ResearchInstitute"),
      ("自治区级重点实验室", "ResearchInstitute")}),
    ("江州稀土功能材料创新中心获批省级制造业创新中心，区内马岭新材料产业园获批省级重点产业园区。",
     {("江州稀土功能材料创新中心", "ResearchInstitute"), ("马岭新材料产业园", "Zone")},
     {("江州稀土功能材料创新中心获批省级制造业创新中心", "ResearchInstitute"),
      ("马岭新材料产业园获批省级重点产业园区", "Zone")}),
    ("园区与昆明理工大学共建研究院，云南省天麻资源保护与利用重点实验室落户园区。",
     {("云南省天麻资源保护与利用重点实验室", "ResearchInstitute")},
     {("利用重点实验室", "ResearchInstitute")}),
    ("首批会员包括江州电子材料有限公司、陕西集成电路先导技术中心等63家单位。",
     {("陕西集成电路先导技术中心", "ResearchInstitute")}, set()),
    # a park named in a project's name is no zone; a park of its own name in a zone is one
    ("此次签约项目中，江州数控机床集团有限公司投资30亿元建设高端五轴数控机床产业园项目。",
     set(), {("高端五轴数控机床产业园", "Zone")}),
    ("在江州高新区白石工业园，江州化工集团股份有限公司的电子级磷酸生产线正满负荷运转。",
     {("江州高新区", "Zone"), ("白石工业园", "Zone")}, {("江州高新区白石工业园", "Zone")}),
    ("按照协议，研究院落户滨江高新区海湾科技园，首期投入研发经费3亿元。",
     {("海湾科技园", "Zone")}, {("滨江高新区海湾科技园", "Zone")}),
    # a park named after its industry stays whole
    ("江州高新区智能传感器产业园新入驻企业14家。", {("江州高新区智能传感器产业园", "Zone")}, set()),
    # a name, then the kind of university; 再制造 inside a name; a place after 同意
    ("高新区管委会分别与长岭工业大学、宝鸡文理学院签署校地全面合作协议。",
     {("长岭工业大学", "University")}, set()),
    ("陕西绿禾生物肥料有限公司负责人介绍，绿禾生物与西北农林科技大学共建实验室。",
     {("西北农林科技大学", "University")}, {("绿禾生物与西北农林科技大学", "University")}),
    ("老年大学、开放大学开设了课程。", set(), {("老年大学", "University")}),
    ("会上，集团新吸纳湖南湘泰工程机械再制造有限公司等6家单位为成员。",
     {("湖南湘泰工程机械再制造有限公司", "Enterprise")}, {("制造有限公司", "Enterprise")}),
    ("会议表决同意河南顺达冷链物流有限公司加入集团。",
     {("河南顺达冷链物流有限公司", "Enterprise")}, set()),
    # suffixes of zones, boards' agencies and alliances reports use
    ("江州轨道交通装备产业协同创新联盟在高新区成立，株洲市轨道交通产业发展促进中心为指导单位。",
     {("江州轨道交通装备产业协同创新联盟", "Association"),
      ("株洲市轨道交通产业发展促进中心", "Government")}, set()),
    ("洋浦经济开发区是海南自由贸易港重点园区。吉林化学工业循环经济示范园区内，乙烯项目完工。",
     {("海南自由贸易港", "Zone"), ("吉林化学工业循环经济示范园区", "Zone")}, set()),
    ("荆门高新区招商服务中心负责人介绍了项目情况。",
     {("荆门高新区招商服务中心", "Government")}, set()),
    ("海南自由贸易港海口江东新区重点发展临空产业。", {("海口江东新区", "Zone")},
     {("海南自由贸易港", "Zone")}),
    ("东盛集团推荐的配套企业已促成广东精达电机有限公司落户新区。",
     {("广东精达电机有限公司", "Enterprise")}, {("促成广东精达电机有限公司", "Enterprise")}),
]

# industries as reports write them: topics, counted kinds of companies, project counts, lists
INDUSTRIES = [
    ("数字经济加快发展，江州经开区引进云联科技等数字经济项目12个。", {"数字经济"}, set()),
    ("江州新区签约9个数字经济项目，总金额约120亿元。", {"数字经济"}, set()),
    ("本次开工项目紧扣高新区精细化工、生物医药、新材料三大主导产业。",
     {"精细化工", "生物医药", "新材料"}, {"高新区精细化工"}),
    ("江州基地将坚持现代煤化工、新能源、新材料三大主导产业协同发展。",
     {"现代煤化工", "新能源", "新材料"}, {"坚持现代煤化工"}),
    ("近年来，江州新区聚焦数字经济、生物经济、冰雪经济和创意设计四大产业。",
     {"冰雪经济", "创意设计"}, {"冰雪经济和创意设计"}),
    ("区内现有藏药企业12家，另有高原特色食品、天然饮用水企业30余家。",
     {"高原特色食品", "天然饮用水"}, set()),
    ("新片区已建成智算中心7个，集聚人工智能和算力相关企业380余家。", {"人工智能"}, set()),
    ("江州高新区现有新能源汽车及零部件规上企业110家。", {"新能源汽车及零部件"}, set()),
    ("江州经开区再生金属及制品产业集群营业收入突破600亿元。", {"再生金属及制品"}, set()),
    ("2023年稀土新材料及应用产业主营业务收入达到486亿元。", {"稀土新材料及应用"}, set()),
    # the industry a named leader leads; the industries whose suppliers come; counted 板块
    ("近年来，经开区依托区内肉制品加工龙头华润集团，持续延链补链强链。", {"肉制品加工"}, set()),
    ("区内发电设备龙头东方重装年产发电设备超3000万千瓦。", {"发电设备"}, set()),
    ("集聚了智能装备链主恒锋重机、声学光电链主歌华声学等一批龙头企业。",
     {"智能装备", "声学光电"}, {"光电"}),
    ("园区做大做强有色金属精深加工产业，同时加快引进光伏、储能上下游配套企业。",
     {"光伏", "储能"}, set()),
    ("白酒产业园规划面积12平方公里，重点发展白酒酿造、酒类包装、酒旅融合三大板块。",
     {"白酒酿造", "酒类包装", "酒旅融合"}, set()),
    ("产业园规划建设储能电芯、储能系统集成两大板块。", set(), {"储能电芯", "储能系统集成"}),
    ("经开区先后被认定为省级光伏产业集聚发展基地。", {"光伏"}, {"省级光伏"}),
    ("开发区聚焦煤基新材料补链，与内蒙古大学共建研究院。", {"煤基新材料"}, set()),
    # list items closed by a head word jieba takes for a verb; a list a zone's main industries are
    ("首批成员单位86家，涵盖数据中心、服务器制造、人工智能等领域。",
     {"数据中心", "服务器制造", "人工智能"}, set()),
    ("首批会员单位86家，涵盖罐头加工、休闲食品、饮料等领域。", {"罐头加工", "休闲食品"}, set()),
    ("江州经开区已形成以盐湖化工、新能源、新材料为主导的产业体系。",
     {"盐湖化工", "新能源", "新材料"}, set()),
    # one kind of counted companies is no industry mention
    ("高新区已集聚物流企业300余家。", set(), {"物流"}),
]

# (text, {(name, type)} that must not be found, {(name, canonical)} that must not be resolved)
NOT_FOUND = [
    # a two-character form before a product or industry word is part of that word
    ("福建紫岩矿业集团股份有限公司投资建设的紫岩铜箔项目已投产。",
     {("紫岩", "Enterprise")}, set()),
    # a two-character prefix of a three-character brand is a word, a nickname is no company
    ("作为休闲食品产业链链主，河南禾香源食品集团有限公司去年营收86亿元。禾香源新建的生产线投产后，"
     "园区里弥漫着禾香。宝鸡钛源新材料集团有限公司所在的高新区素有“中国钛源”之称。",
     {("禾香", "Enterprise"), ("钛源", "Enterprise")}, set()),
    # the parent group is not its subsidiary
    ("东江电气集团东江汽轮机有限公司在开发区投资建设氢能项目。东江电气集团表示将持续投入。",
     set(), {("东江电气集团", "东江电气集团东江汽轮机有限公司")}),
]


def _mentions(text: str) -> set[tuple[str, str, str]]:
    return {(m.name, m.type, m.canonical or m.name) for m in extract_text(text).entities}


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found_and_resolved(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _mentions(text)


@pytest.mark.parametrize(("text", "absent", "unresolved"), NOT_FOUND)
def test_not_found(text: str, absent: set[tuple[str, str]],
                   unresolved: set[tuple[str, str]]) -> None:
    got = _mentions(text)
    assert not absent & {(n, t) for n, t, _ in got}
    assert not unresolved & {(n, c) for n, _, c in got}


@pytest.mark.parametrize(("text", "present", "absent"), ROLE)
def test_role_words(text: str, present: set[tuple[str, str]],
                    absent: set[tuple[str, str]]) -> None:
    got = {(n, t) for n, t, _ in _mentions(text)}
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(("text", "present", "absent"), LISTS)
def test_lists_and_projects(text: str, present: set[tuple[str, str]],
                            absent: set[tuple[str, str]]) -> None:
    got = {(n, t) for n, t, _ in _mentions(text)}
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(("text", "present", "absent"), BOUNDS)
def test_name_bounds(text: str, present: set[tuple[str, str]],
                     absent: set[tuple[str, str]]) -> None:
    got = {(n, t) for n, t, _ in _mentions(text)}
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(("text", "present", "absent"), INDUSTRIES)
def test_industries(text: str, present: set[str], absent: set[str]) -> None:
    got = {n for n, t, _ in _mentions(text) if t == "Industry"}
    assert present <= got
    assert not absent & got
