"""The zone a passage is about, and the companies it reports acting in it.

Zone work summaries, 政府工作报告 paragraphs and project-start news place companies in their zone
without a placing verb next to a zone name: the zone is the topic, and a company is reported
through what its project did there or how the zone holds it. One mechanism covers them:

- the topic zone of a sentence (``topic_zone``): the zone it is about (its subject zone), else the
  one zone the whole document is about (``doc_zone``: the only zone named that is no park or
  sub-area of another, named in the opening) when the sentence names no other zone and is not
  about a city or province;
- a company the sentence reports acting in it: heading a clause whose project started, was
  built or runs (A公司年产…项目建成投产, ``acting_in_zone``), listed after a gathering verb
  (先后引进/现有/拥有 A、B等…企业N家, ``gathered_in_zone``), growing, moving or brought there
  (在示范区发展壮大, 总部迁至高新区, 推荐供应商A来园区投资设厂, 入园, ``settled_in_zone``), listed
  by a start event (``started_in_zone``) or by a settled count (N家供应商落户Z，其中包括…,
  ``among_settled``).

A project only signed, planned (将/拟/计划) or placed elsewhere (在印尼的P), and a company named as
a partner, customer, founder of a consortium or brought in by another organisation, are not
placed. Parks, institutes and leaders of the zone: ``zone_places``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span

if TYPE_CHECKING:
    from chainkg.nlp.relations import Sent, State

_SUB_AREA = ("综合保税区", "综保区", "保税区", "保税港区", "化工园区", "园区")
_OPENING = 2  # sentences: a city's report names its zone later
# a sentence about a city, a county or a province, not one zone
CITY_TOPIC = re.compile(
    r"全市|我市|全县|我县|全省|我省|全州|全盟|全国|我国|各开发区|全市开发区|各园区")


def doc_zone(doc: Doc, st: State) -> Span | None:
    """The one zone the document is about: the only zone named that is neither a park nor a
    sub-area named after another zone (兰州新区综合保税区 ⊂ 兰州新区); None when several."""
    if st.doc_zone_read:
        return st.doc_zone
    from chainkg.nlp.relations import _is_park
    from chainkg.nlp.resolve import same_zone

    st.doc_zone_read = True
    zones: dict[str, Span] = {}
    for sp in doc.spans:
        if sp.type == ET.ZONE and (sp.nested_in < 0 or
                                   doc.spans[sp.nested_in].type == ET.GOVERNMENT):
            zones.setdefault(sp.key, sp)
    main = [z for k, z in zones.items() if not _is_park(z.name) and
            not z.name.endswith(_SUB_AREA) and z.source not in ("subpark", "zonepark") and
            not any(o != k and len(o) >= 4 and o in k for o in zones)]
    # 长兴岛经开区 and 大连长兴岛经济技术开发区 left apart by resolution: one zone
    main = [z for z in main if not any(o is not z and (same_zone(z.key, o.key) or
                                                       _abbreviates(z.key, o.key)) for o in main)]
    # named in the headline or the opening sentences: a city's report names its zone later
    st.doc_zone = main[0] if len(main) == 1 and \
        doc.sentence_of(main[0].start) <= _OPENING else None
    return st.doc_zone


_SHORT_KINDS = (("经开区", ("经济技术开发区", "经济开发区")),
                ("高新区", ("高新技术产业开发区", "高新技术开发区")),
                ("开发区", ("经济技术开发区", "经济开发区")))


def _abbreviates(short: str, full: str) -> bool:
    """长兴岛经开区 → 大连长兴岛经济技术开发区: the zone's own word, its kind shortened."""
    for sfx, longs in _SHORT_KINDS:
        if short.endswith(sfx) and len(short) - len(sfx) >= 2:
            stem = short[: -len(sfx)]
            if any(full.endswith(lg) and stem in full[: -len(lg)] for lg in longs):
                return True
    return False


def topic_zone(doc: Doc, sent: Sent, st: State) -> Span | None:
    """The zone this sentence is about: its subject zone, else the document's one zone when the
    sentence names no other zone and does not speak of a city or province."""
    if sent.non_zone_topic:
        return None
    from chainkg.nlp.relations import _is_park

    f = doc.folded
    sz = sent.subject_zone
    named = {y.key for y in sent.spans if y.type == ET.ZONE and not _is_park(y.name) and
             y.source not in ("subpark", "zonepark")}
    if len(named) > 1 and not (sz is not None and _is_park(sz.name)):
        return None  # Z1完成产值…，Z2…，A项目建成投产: whose, the sentence does not say
    if sz is not None and any(y.key == sz.key for y in sent.spans):
        return sz
    if CITY_TOPIC.search(f, sent.start, sent.end):
        return None  # 全市重点项目中，A…项目开工: the city's, wherever they are
    if sz is not None:
        return sz
    dz = doc_zone(doc, st)
    if dz is None or dz.start >= sent.end:
        return None  # the zone of the passage is named before it speaks of it
    if any(y.type == ET.ZONE and y.key != dz.key and not _is_park(y.name) for y in sent.spans):
        return None
    return dz


# what a project did: started, was built, runs (not signed or planned)
_EVENT = re.compile(
    r"(?:建成投产|竣工投产|点火投产|全面投产|建成|投产|开工建设|开工|动工|竣工|达产|满产|投用|投运|"
    r"主体完工|完工|完成主体施工|封顶|试生产|试产|量产|建成运行|运行|运营)")
_PROJECT = re.compile(
    r"项目|工厂|基地|生产线|产线|产业园|中心|车间|装置|[一二三四五六七八九十0-9]期")
_NOT_DONE = re.compile(r"签约|签订|签署|协议|将|拟|计划|力争|预计|推动|推进|加快|争取|谋划")
# what may stand between the clause start and the company heading it
_LEAD = re.compile(
    r"(?:其中|同时|此外|另外|目前|今年|去年|全年|年内|当年|(?:新)?引进的|"
    r"(?:区内|园区内|园内|基地内|开发区内|高新区内|经开区内|新区内)(?:的)?)?,?"
    r"(?:(?:计划|项目)?总投资(?:约|近|超|逾|达)?[0-9.]+(?:亿|万)元的)?")
# A、B等12家配套企业已建成投产: the companies of a list stand for their projects
_KIND_DONE = re.compile(r"等[^,。;]{0,12}?(?:企业|项目)")
ITEM_SEP = re.compile(r"、|和|及|以及")
_NOT_OWN = re.compile(r"与|和|同|为|向|给|帮|助|协助|客户|供应商|配套")


def clause_bounds(f: str, sent: Sent, pos: int) -> tuple[int, int]:
    """Start and end of the clause of ``sent`` around ``pos`` (split at , ; : 。)."""
    cs = max(sent.start, *(f.rfind(c, sent.start, pos) + 1 for c in ",;:"))
    ends = [k for k in (f.find(c, pos, sent.end) for c in ",;:。") if k >= 0]
    return cs, min(ends, default=sent.end)


def acting_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """A公司年产…项目建成投产, B…项目开工建设 in a sentence about one zone: both are in it."""
    from chainkg.nlp.relations import _rel

    sp = sent.spans
    firms = [k for k, x in enumerate(sp) if x.type == ET.ENTERPRISE]
    if not firms:
        return
    f = doc.folded
    if _EVENT.search(f, sent.start, sent.end) is None:
        return
    zone = topic_zone(doc, sent, st)
    ev = st.project_event
    if zone is None or (ev is not None and ev[0] == "sign" and 0 <= sent.index - ev[2] <= 3 and
                        doc.paragraph_of[sent.index] == doc.paragraph_of[ev[2]]):
        return  # the list of a signing: 此次签约的项目包括：A…项目；B…项目
    for k in firms:
        x = sp[k]
        cs, ce = clause_bounds(f, sent, x.start)
        head = max(cs, sent.body_start)
        if not _heads(doc, sp, k, head):
            continue
        em = None
        for m in _EVENT.finditer(f, x.end, ce):
            em = m
        if em is None or (_PROJECT.search(f, x.end, em.start()) is None and
                          _KIND_DONE.search(f, x.end, em.start()) is None) or \
                _PROJECT.search(f, em.end(), ce) is not None:
            continue  # 低空运营服务中心项目: the word is in the project's name
        if _NOT_DONE.search(f, x.end, em.end()) or _elsewhere(doc, sent, zone, x.end, em.end()) or \
                any(y.type in _ORGS and x.end <= y.start < em.start() and
                    not _in_list(doc, sp, k, y) for y in sp):
            continue
        park = _opening_park(doc, sent, x.start)
        _rel(st, x, RT.LOCATED_IN, park or zone, cs, em.end(), 0.5)


def _opening_park(doc: Doc, sent: Sent, pos: int) -> Span | None:
    """南川工业园区内，A…项目投产，B…项目达产；甘河工业园区，C…: the park that opens the part of
    the sentence (up to a semicolon) a company stands in."""
    from chainkg.nlp.relations import _is_park

    f = doc.folded
    for p in reversed(sent.spans):
        if p.end > pos or f.find(";", p.end, pos) >= 0:
            continue
        if p.type == ET.ZONE and _is_park(p.name) and \
                (p.start == sent.body_start or f[p.start - 1 : p.start] == ";") and \
                f.startswith(("内,", ","), p.end):
            return p
        if p.start < pos and f.find(";", p.start, pos) >= 0:
            break
    return None


def _elsewhere(doc: Doc, sent: Sent, zone: Span, s: int, e: int) -> bool:
    """A在印尼的P / 在深圳开工: the text places the project somewhere other than the zone."""
    f = doc.folded
    for k in range(s, e):
        if f[k] != "在":
            continue
        y = next((y for y in sent.spans if y.start == k + 1), None)
        if y is not None and y.type == ET.ZONE:
            return y.key != zone.key and zone.key not in y.key and y.key not in zone.key
        return GENERIC_AT.match(f, k + 1) is None
    return False


GENERIC_AT = re.compile(r"(?:该区|本区|区内|园区|开发区|高新区|经开区|新区|示范区|片区)内?")


_ORGS = frozenset({ET.ENTERPRISE, ET.UNIVERSITY, ET.RESEARCH_INSTITUTE, ET.GOVERNMENT,
                   ET.ZONE, ET.ASSOCIATION})


def _in_list(doc: Doc, sp: list[Span], k: int, y: Span) -> bool:
    """Whether ``y`` is a later item of the list of projects or companies ``sp[k]`` heads."""
    f = doc.folded
    j = k
    while j + 1 < len(sp) and sp[j + 1].start <= y.start:
        if sp[j + 1].type != ET.ENTERPRISE or not _item_gap(f[sp[j].end : sp[j + 1].start]):
            return False
        j += 1
    return sp[j] is y


def _heads(doc: Doc, sp: list[Span], k: int, cs: int) -> bool:
    """Whether company ``sp[k]`` heads its clause, or an item of a list that does (A…项目、B…)."""
    f = doc.folded
    x = sp[k]
    lead = f[cs : x.start]
    if _LEAD.fullmatch(lead):
        return True
    # A…项目、B…项目建成投产 ; A、B等一批项目: an item after one that heads the clause
    if k > 0 and sp[k - 1].type == ET.ENTERPRISE and sp[k - 1].start >= cs and \
            _item_gap(f[sp[k - 1].end : x.start]):
        return _heads(doc, sp, k - 1, cs)
    return False


# a project named by its work, not by 项目 (A智能装备产业化、B…等项目)
_PROJECT_WORK = re.compile(r"产业化|扩能|扩产|技改|改扩建|扩建")


def _item_gap(gap: str) -> bool:
    """What joins two items of a list of companies or of their projects (A、B ; A…项目、B)."""
    return ITEM_SEP.fullmatch(gap) is not None or (
        re.search(r"(?:、|和|及)$", gap) is not None and
        (_PROJECT.search(gap) is not None or _PROJECT_WORK.search(gap) is not None) and
        not _NOT_OWN.search(gap) and not re.search(r"[,;。]", gap))


# Z(先后)引进A、B等配套企业19家 ; 现有A、B等规上企业46家 ; 拥有A研究院、B创新中心等平台 ;
# 已有A、B等企业数据中心落地运营 ; 区内聚集了A、B等知名品牌
_GATHER = re.compile(
    r"(?:先后|陆续|相继|累计|共|全年|新|还|已|已经|目前|现已)*"
    r"(?:引进|引入|招引|现有|已有|拥有|集聚|聚集|汇聚|云集|入驻|培育|吸引|建成|建有|新增)了?$|"
    # 区内规上企业达到210家，其中A、B…: the zone's companies counted, then named
    r"(?:区内|园区内?|全区|开发区|高新区|经开区|新区)(?:的)?[^,。;]{0,8}?企业(?:达到|达|共|共有|超过)?"
    r"[0-9一二三四五六七八九十百]+(?:余|多)?家,其中(?:包括|有)?$")
_GATHER_WORD = re.compile(
    r"引进|引入|招引|有|集聚|聚集|汇聚|云集|入驻|培育|吸引|建成|新增|其中")
_KIND_AFTER = re.compile(
    r"等[^,。;]{0,16}?(?:企业|公司|厂商|服务商|供应商|项目|品牌|平台|机构|数据中心|单位)")
_SIGNED_ONLY = re.compile(r"签约(?!落户|入驻|落地)|签订|签署|协议|意向")
_PLACED_TYPES = frozenset({ET.ENTERPRISE, ET.RESEARCH_INSTITUTE})


def _gathered_by(doc: Doc, sent: Sent, x: Span, cs: int) -> re.Match[str] | None:
    """The gathering verb right before ``x`` (引进A), or before the first list of the clause
    before when ``x`` opens a second list (引进A等光伏企业,以及B、C等电池企业)."""
    f = doc.folded
    gm = _GATHER.search(f, max(cs, x.start - 40), x.start)
    if gm is not None and gm.end() == x.start:
        return gm
    if re.fullmatch(r"其中(?:包括|有)?", f[cs : x.start]) and cs - 1 > sent.start:
        gm = _GATHER.search(f, clause_bounds(f, sent, cs - 1)[0], x.start)
        return gm if gm is not None and gm.end() == x.start else None
    if not _AND_ALSO.fullmatch(f, cs, x.start) or cs - 1 <= sent.start:
        return None
    pcs = clause_bounds(f, sent, cs - 1)[0]
    prev = next((y for y in sent.spans if y.type in _PLACED_TYPES and pcs <= y.start < cs), None)
    if prev is None:
        return None
    pm = _GATHER.search(f, pcs, prev.start)
    return pm if pm is not None and pm.end() == prev.start else None


_AND_ALSO = re.compile(r"(?:以及|还有|及|和)")
_FORMED = re.compile(r"组建|发起|联合体|联盟|职教集团")


def gathered_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """(Z)先后引进A、B等配套企业19家 ; 现有A、B等规上食品企业46家 ; 拥有A研究院、B中心等平台:
    a list the zone the sentence is about brought in, holds or gathered is in it."""
    from chainkg.nlp.relations import ORG, _rel, coordinated

    sp = sent.spans
    f = doc.folded
    subj = sent.subject
    if not any(y.type in _PLACED_TYPES for y in sp) or \
            _GATHER_WORD.search(f, sent.start, sent.end) is None or \
            _FORMED.search(f, sent.start, sent.end):
        return  # 联合体由Z牵头，汇聚A、B等企业共同组建: founders, not companies placed
    for i, x in enumerate(sp):
        if x.type not in _PLACED_TYPES:
            continue
        if i > 0 and sp[i - 1].type in _PLACED_TYPES and \
                ITEM_SEP.fullmatch(f[sp[i - 1].end : x.start]):
            continue  # not the head of a list
        cs, ce = clause_bounds(f, sent, x.start)
        gm = _gathered_by(doc, sent, x, cs)
        if gm is None:
            continue
        group = [sp[g] for g in coordinated(doc, sp, i, _PLACED_TYPES)]
        km = _KIND_AFTER.match(f, group[-1].end)
        if gm.group().endswith(("其中", "其中包括", "其中有")):
            km = gm  # the kind was counted before the list
        if km is None or _SIGNED_ONLY.search(f, gm.start(), ce):
            continue
        # brought in by another organisation (依托A引进B, A带动集聚了B): not the zone's doing
        vcs = clause_bounds(f, sent, gm.start())[0]
        if any(y.type in ORG and y.type != ET.ZONE and vcs <= y.start < gm.start() for y in sp) or \
                (subj is not None and subj.type in ORG and subj.type != ET.ZONE and
                 sent.body_start <= subj.start < gm.start()):
            continue
        # the zone of the verb's clause, else one opening a clause before it (P是…平台，目前已
        # 入驻A), else the sentence's topic
        z = next((y for y in reversed(sp) if y.type == ET.ZONE and vcs <= y.start < gm.start()),
                 None) or _opening_zone(doc, sent, vcs) or topic_zone(doc, sent, st)
        im = _INTO.match(f, km.end())
        if im is not None:  # …等11家企业入驻P: the park named after the verb
            into = next((y for y in sp if y.type == ET.ZONE and y.start == im.end()), None)
            if into is None and _UNKNOWN_PARK.match(f, im.end()):
                continue  # a park the lists do not know: not the zone
            z = into or z
        if z is None:
            continue
        for y in group:
            _rel(st, y, RT.LOCATED_IN, z, gm.start(), km.end(), 0.5)


_INTO = re.compile(r"(?:相继|先后|陆续|已|均)*(?:入驻|落户|进驻)(?:到|在|于)?")
_UNKNOWN_PARK = re.compile(
    r"(?!园区|该园|本园)[\u4e00-\u9fff]{2,10}?(?:园区|园|基地)(?![\u4e00-\u9fff])")


# A、B等一批龙头企业在示范区发展壮大 ; A、B在园区扎根
def _opening_zone(doc: Doc, sent: Sent, pos: int) -> Span | None:
    """The last zone opening a clause of ``sent`` before ``pos`` (P是…主平台，目前已入驻A ;
    位于Z的P新增…，A、B等企业落户园区)."""
    f = doc.folded
    for y in reversed(sent.spans):
        if y.type != ET.ZONE or not sent.body_start <= y.start < pos:
            continue
        cs = clause_bounds(f, sent, y.start)[0]
        if cs >= pos:
            continue
        if y.start == max(cs, sent.body_start) or _LIES_BEFORE.fullmatch(f, cs, y.start):
            return y
    return None


_LIES_BEFORE = re.compile(r"(?:位于|坐落于|地处)[^,。;]{2,16}的")
# A、B等12户企业落户园区: the park a clause before opens with
_SETTLE_PARK = re.compile(
    r"等[^,。;]{0,16}?(?:企业|公司|厂商)(?:相继|先后|陆续|已|均)*(?:落户|入驻|进驻)(?:园区|园内)")
_GROWS_IN = re.compile(
    r"(?:等[^,。;]{0,12}?(?:企业|公司))?(?:均|都|已|正|也|相继|先后)*在"
    r"(?P<z>该区|本区|区内|园区|开发区|高新区|经开区|新区|示范区|基地|片区|此)内?"
    r"(?:发展壮大|做大做强|发展|成长|壮大|扎根|集聚|生根)")
# 基地内的A ; 园区内的B ; (走进)位于经开区的C ; 同在园区的D: the zone of the passage
_INSIDE = re.compile(
    r"(?:(?:区内|园区内|园内|基地内|开发区内|高新区内|经开区内|新区内)|"
    r"(?:位于|坐落于|地处|同在|同处)(?:园区|开发区|高新区|经开区|新区|示范区|基地)内?)的$")
# A是园区重点骨干企业 ; A作为园区首批入驻企业: one of the zone's own companies
_ONE_OF = re.compile(
    r"(?:均|都|也)?(?:是|为|作为|成为)(?:园区|区内|开发区|高新区|经开区|新区|示范区|基地)(?:内)?的?"
    r"(?:[两二三四五六七八九十]大|[两二三四五六七八九十]家)?"
    r"(?:首批|首家|第一家|重点|骨干|龙头|规上|入驻|落户|引进|培育|招引|领军|链主|优势|标杆|代表性)+"
    r"(?:的)?企业|"
    r"等(?:一批)?(?:区内|园区|园内)(?:的)?[^,。;]{0,6}?企业")
# 作为园区首批入园企业，A… : one of the zone's own companies, named after its role
_AS_SETTLED = re.compile(
    r"作为(?:园区|区内|开发区|高新区|经开区|新区)?(?:的)?(?:首批|首家|第一家|最早)?"
    r"(?:入园|入驻|落户|引进)(?:的)?(?:重点|骨干|龙头)?企业(?:之一)?,$")
# A是Z近年引进的…骨干企业: the zone named brought the company in
_INTRODUCED = re.compile(
    r"(?:近年来?|近几年|近两年|近三年|去年|今年|新|首批|[0-9]{4}年)?(?:引进|招引|培育|落户|入驻)"
    r"的[^,。;]{0,14}?(?:企业|公司|项目)")


_WORD_INTRODUCED = re.compile(
    r"(?:该区|本区|我区|园区|开发区|高新区|经开区|新区)" + _INTRODUCED.pattern)


def _introduced_by(doc: Doc, sp: list[Span], pos: int) -> Span | None:
    """The zone named at ``pos`` when an introduced-company phrase follows it."""
    z = next((y for y in sp if y.start == pos and y.type == ET.ZONE), None)
    return z if z is not None and _INTRODUCED.match(doc.folded, z.end) else None


# (A牵线)引进的B已投产: brought into the zone
_BROUGHT_IN = re.compile(r"(?:牵线|推荐|协助|帮助|招商|新|先后|成功)?引进的$")
# 引进的A配套企业: A is the customer of the company brought in, not brought in
_CUSTOMER_OF = re.compile(r"的?(?:核心|一级|重要|主要)?(?:配套企业|配套商|配套厂商|供应商)")
# A(将)总部迁至高新区 ; 该公司整体搬迁落户新区
_MOVES = re.compile(
    r"(?:将|已|正式|整体|并将)*(?:总部|生产基地|研发中心|公司总部)?(?:整体)?"
    r"(?:迁至|迁入|搬迁至|搬迁到|搬至|迁到|搬迁落户|迁址|选址|(?P<in>(?:搬迁|整体)?(?:入园|进园)))"
    r"(?P<z>该区|本区|园区|开发区|高新区|经开区|新区|示范区|基地|片区)?")
_MOVE_WORD = re.compile(r"迁|搬|选址|入园|进园")
# A推荐其供应商B、C等企业来园区投资设厂 ; 先后引荐B、C落户 ; 把供应商B引到园区
_BROUGHT = re.compile(r"(?:推荐|引荐|推介|带来|引来|把)")
_COMES = re.compile(
    r"来园区|到园区|来区内|落户|入驻|引到园区|引入园区|引进园区|引进区内|引入区内|引到|"
    r"来[^,。;]{0,6}?投资设厂|投资设厂")


def settled_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """A、B等企业在示范区发展壮大 ; 基地内的A ; A将总部迁至高新区 ; 推荐其供应商A、B来园区投资
    设厂 / 引荐A、B落户: the companies are in the zone the passage is about."""
    from chainkg.nlp.relations import _company_lists, _rel, area_zone

    f = doc.folded
    sp = sent.spans
    if not any(y.type == ET.ENTERPRISE for y in sp):
        return
    text = f[sent.start : sent.end]
    moves = _MOVE_WORD.search(text) is not None
    for i, group in _company_lists(doc, sp):
        x, last = sp[i], sp[group[-1]]
        cs, ce = clause_bounds(f, sent, x.start)
        firms = [sp[g] for g in group]
        z: Span | None = None
        gm = _GROWS_IN.match(f, last.end)
        near = max(cs, x.start - 14)
        pz = _opening_zone(doc, sent, cs) if _SETTLE_PARK.match(f, last.end) else None
        if pz is not None:
            for y in firms:  # P新增…，A、B等企业落户园区: the park
                _rel(st, y, RT.LOCATED_IN, pz, cs, last.end, 0.55)
            continue
        if gm is not None or _ONE_OF.match(f, last.end) or \
                (_BROUGHT_IN.search(f, near, x.start) and not _CUSTOMER_OF.match(f, last.end)) or \
                _AS_SETTLED.search(f, max(sent.start, x.start - 20), x.start) or (
                _INSIDE.search(f, near, x.start) and not any(
                    y.type == ET.ZONE and cs <= y.start < x.start for y in sp)):
            z = topic_zone(doc, sent, st) or area_zone(st, sent)
        else:
            # the subject moves its seat, also after a clause about its partner (A与B签订…，并将…)
            mm = _MOVES.search(f, x.end, sent.end) if moves else None
            firms = [x]
            if mm is not None and x.start == max(cs, sent.body_start) and \
                    not any(x.end <= y.start < mm.start() and (
                        y.type == ET.ZONE or f[y.start - 1 : y.start] not in ("与", "和", "同"))
                        for y in sp):
                named = next((y for y in sp if y.type == ET.ZONE and y.start == mm.end()), None)
                z = named or (topic_zone(doc, sent, st) or area_zone(st, sent)
                              if mm.group("z") or mm.group("in") else None)
        if z is None and f.startswith(("是", "为"), last.end):
            z = _introduced_by(doc, sp, last.end + 1)
            if z is None and _WORD_INTRODUCED.match(f, last.end + 1):
                z = topic_zone(doc, sent, st) or area_zone(st, sent)  # A是该区去年引进的…企业
        if z is None:
            continue
        for y in firms:
            _rel(st, y, RT.LOCATED_IN, z, cs, last.end, 0.55)
    # 推荐其供应商A、B等企业来园区投资设厂 ; 先后引荐X供应商A、Y供应商B落户 ; 把A和B引到园区
    for bm in _BROUGHT.finditer(f, sent.start, sent.end) if _COMES.search(text) else ():
        ce = clause_bounds(f, sent, bm.end())[1]
        cm = _COMES.search(f, bm.end(), ce)
        if cm is None:
            continue
        inside = [y for y in sp if bm.end() <= y.start and y.end <= cm.start()]
        if not inside or any(y.type not in (ET.ENTERPRISE, ET.INDUSTRY) for y in inside):
            continue
        z = _named_or_topic(doc, sent, st, cm.start(), ce)
        if "园区" in cm.group() and st.last_park is not None and \
                not any(y.type == ET.ZONE and cm.start() <= y.start < ce for y in sp):
            z = st.last_park  # 在白洋工业园，…把A和B引到园区: the park the text is set in
        for y in inside:
            if y.type == ET.ENTERPRISE:
                _rel(st, y, RT.LOCATED_IN, z, bm.start(), cm.end(), 0.55)
    # 该公司整体搬迁落户新区 ; 该公司去年在Z投资建设…: the company named before
    for m in _ITS_MOVE.finditer(f, sent.start, sent.end) if "该" in text else ():
        firm = next((y for y in reversed(sp) if y.type == ET.ENTERPRISE and y.end <= m.start()),
                    None)
        if firm is None or re.search(r"(?:作为|与|和|同|为|是)$", f[sent.start : firm.start]):
            firm = st.last_group  # 作为A的合作伙伴，该公司…: not A
        named = next((y for y in sp if y.type == ET.ZONE and y.start == m.end()), None)
        z = named or (topic_zone(doc, sent, st) or area_zone(st, sent) if m.group("z") else None)
        if firm is not None and z is not None:
            _rel(st, firm, RT.LOCATED_IN, z, m.start(), m.end(), 0.55)


_ITS_MOVE = re.compile(
    r"该(?:公司|企业|集团)[^,。;]{0,8}?(?:(?:整体)?(?:搬迁)?(?:落户|迁至|迁入|入驻)|"
    r"在(?=[^,。;]{2,16}?(?:投资|建设|新建|扩建|设立)))"
    r"(?P<z>该区|本区|园区|开发区|高新区|经开区|新区|示范区|基地|片区)?")


def _named_or_topic(doc: Doc, sent: Sent, st: State, pos: int, end: int) -> Span | None:
    """The zone named after ``pos`` in the clause, else the zone of the passage."""
    from chainkg.nlp.relations import area_zone

    named = next((y for y in sent.spans if y.type == ET.ZONE and pos <= y.start < end), None)
    return named or topic_zone(doc, sent, st) or area_zone(st, sent)


# the items of a start event's list: 其中，A…项目总投资N亿元 ; 主会场的B…项目 ; 同日开工的还有C…项目
_ITEM_LEAD = re.compile(
    r"(?:其中|此次|本次|同日|同时|当天|主会场|分会场)?[^,。;]{0,12}?(?:项目中|的还有|的)?,?")
_EVENT_SPAN = 4  # sentences after the start event


def started_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """(Z N个项目集中开工。)其中，A…项目总投资N亿元；B…项目…: each company whose project the
    start event lists lies in the event's zone."""
    from chainkg.nlp.relations import _rel

    ev = st.project_event
    if ev is None or ev[0] != "start" or ev[1] is None or \
            not 0 < sent.index - ev[2] <= _EVENT_SPAN or \
            doc.paragraph_of[sent.index] - doc.paragraph_of[ev[2]] > 1:
        return
    f = doc.folded
    sp = sent.spans
    for x in sp:
        if x.type != ET.ENTERPRISE:
            continue
        cs, ce = clause_bounds(f, sent, x.start)
        lead = f[max(cs, sent.start) : x.start]
        if lead and not (_ITEM_LEAD.fullmatch(lead) and not _NOT_OWN.search(lead) and not any(
                y.type in _ORGS for y in sp if cs <= y.start < x.start)):
            continue  # 为A配套的P由B投资: A is the customer
        pm = _PROJECT.search(f, x.end, ce)
        if pm is None or _SIGNED_ONLY.search(f, cs, ce) or \
                _elsewhere(doc, sent, ev[1], x.end, ce) or any(
                y.type in _ORGS and x.end <= y.start < pm.start() for y in sp):
            continue
        _rel(st, x, RT.LOCATED_IN, _opening_park(doc, sent, x.start) or ev[1], x.start, pm.end(),
             0.5)


# N家核心供应商落户Z，其中包括为其配套X的A、生产Y的B
_SETTLED_COUNT = re.compile(
    r"[0-9一二三四五六七八九十百]+(?:余|多)?(?:家|户)[^,。;]{0,10}?(?:相继|先后|陆续|已)?"
    r"(?:落户|入驻|落地|集聚|聚集)(?:在|于|到)?")
_AMONG = re.compile(r"其中(?:包括|有)?")
_DESCRIBED_SEP = re.compile(r"(?:、|和|及|以及)(?:[^,。;、]{0,18}的)?")


def among_settled(doc: Doc, sent: Sent, st: State) -> None:
    """N家核心供应商落户Z，其中包括为其配套X的A、生产Y的B: each company named is in Z."""
    from chainkg.nlp.relations import _rel

    f = doc.folded
    sp = sent.spans
    if "其中" not in f[sent.start : sent.end]:
        return
    for m in _SETTLED_COUNT.finditer(f, sent.start, sent.end):
        ce = clause_bounds(f, sent, m.start())[1]
        if not f.startswith(",", ce):
            continue
        am = _AMONG.match(f, ce + 1)
        if am is None:
            continue
        z = next((y for y in sp if y.type == ET.ZONE and y.start == m.end()), None)
        if z is None:
            gz = GENERIC_AT.match(f, m.end())
            z = topic_zone(doc, sent, st) if gz is not None and gz.end() <= ce else None
            if z is None and m.end() == ce:
                z = topic_zone(doc, sent, st)  # A、B等12家企业相继落户
        if z is None:
            continue
        end = clause_bounds(f, sent, am.end())[1]
        pos = am.end()
        for y in sp:
            if y.start < pos or y.start >= end:
                continue
            gap = f[pos : y.start]
            if y.type != ET.ENTERPRISE or not (
                    re.fullmatch(r"(?:[^,。;、]{0,18}的)?", gap) or _DESCRIBED_SEP.fullmatch(gap)):
                break
            _rel(st, y, RT.LOCATED_IN, z, m.start(), y.end, 0.55)
            pos = y.end
