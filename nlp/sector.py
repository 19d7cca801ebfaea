"""IN_INDUSTRY from an industry's news in a zone report: "X产业加快发展，A项目建成投产".

Probe-driven: a report sentence that opens a clause with an industry and its progress
(生物医药产业加快发展 ; 石化产业产值突破千亿元 ; 新能源汽车产业集群初具规模) and names,
in its other clauses, the companies whose projects or deeds are that progress files those
companies under the industry (corpus README, doc_06); so does a sentence headed
"X产业方面，…". Only companies that open their clause (or a list opening it, after
区内/其中/园区) count: a company named as an object (与A签约, 为A供货) is someone
else's partner, not the news. Chain leaders of the sentence keep CHAIN_LEADER only (doc_03).
"""

from __future__ import annotations

import itertools
import re

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.relations import COORD, Sent, State, _rel

_NEWS = re.compile(
    r"(?:全产业链|产业链|产业集群|产业|业)(?:集群)?"
    r"(?:加快发展|持续壮大|加快壮大|加速发展|快速发展|蓬勃发展|稳步发展|发展提速|提质增效|提档升级|"
    r"加速集聚|加快集聚|加速成势|再添新军|初具规模|获评|(?:加快|加速)?向[^,。;]{1,14}(?:迈进|延伸)|"
    r"(?:规模|产值|营收|营业收入|工业产值)(?:突破|达到|达|增长|超过|实现)|实现(?:产值|营收|营业收入))")
_ZONE_LEAD = re.compile(r"(?:园区|全区|开发区|经开区|高新区|新区|该区)(?:的)?")  # 园区光伏产业…
_ASPECT = re.compile(r"(?:全产业链|产业链|产业|行业|领域)?方面,")
_OPENER = re.compile(
    r"(?:区内|园区内?|其中|同时|此外|另外|目前|今年|(?:计划)?总投资[^,。;]{1,12}?的)?,?"
    r"(?:[\u4e00-\u9fffA-Za-z0-9]{2,10}、){0,3}$")  # 卢森堡货航、E (a name not recognised)
# Z加快发展数字经济，A…: the zone's own industry drive as the sentence's topic
_DRIVE = re.compile(
    r"(?:加快发展|大力发展|发展壮大|做大做强|做强做优|加快建设[^,。;]{0,10}?的?)$")
_DRIVE_END = re.compile(r"(?:全产业链|产业链|产业集群|产业)?(?:生产|制造)?(?:基地|高地)?,")
_CLAUSE = re.compile(r"[,;:]")


def _clause_start(f: str, lo: int, pos: int) -> int:
    return max([lo, *(m.end() for m in _CLAUSE.finditer(f, lo, pos))])


def _news_industry(doc: Doc, sent: Sent) -> Span | None:
    """The industry whose progress a clause of the sentence opens with, when there is one."""
    f = doc.folded
    found = [y for y in sent.spans if y.type == ET.INDUSTRY and (
        (_NEWS.match(f, y.end) and
         (_OPENER.fullmatch(f, _clause_start(f, sent.body_start, y.start), y.start) or
          _ZONE_LEAD.fullmatch(f, _clause_start(f, sent.body_start, y.start), y.start) or
          any(z.type == ET.ZONE and z.end == y.start and
              z.start == _clause_start(f, sent.body_start, z.start) for z in sent.spans))) or
        (y.start == sent.start and _ASPECT.match(f, y.end)) or
        (sent.subject_zone is not None and _DRIVE.search(f, sent.start, y.start) and
         _DRIVE_END.match(f, y.end) and
         not re.search(r"[,;]", f[sent.body_start : y.start])))]  # 光伏产业方面，A、B加快扩产
    return found[0] if len({y.key for y in found}) == 1 else None


def industry_news(doc: Doc, sent: Sent, st: State) -> None:
    """A、B (each opening a clause of the sentence) IN_INDUSTRY the industry the news is about."""
    sp = sent.spans
    if not any(x.type == ET.ENTERPRISE for x in sp):
        return
    ind = _news_industry(doc, sent)
    if ind is None:
        return
    f = doc.folded
    skip = {r.head.key for r in st.rels[sent.rel_start :] if r.type == RT.CHAIN_LEADER_OF}
    skip |= {r.head.key for r in st.rels[sent.rel_start :]
             if r.type == RT.IN_INDUSTRY and r.tail.key != ind.key}  # filed elsewhere already
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or x.key in skip:
            continue
        if _clause_start(f, sent.body_start, x.start) <= ind.start <= x.start:
            continue  # in the industry's own clause (X产业…带动A): not the news' subject
        k = i
        while k > 0 and sp[k - 1].type == ET.ENTERPRISE and \
                COORD.match(f[sp[k - 1].end : sp[k].start]):
            k -= 1
        first = sp[k]
        if not _OPENER.fullmatch(f, _clause_start(f, sent.body_start, first.start), first.start):
            continue
        _rel(st, x, RT.IN_INDUSTRY, ind, min(ind.start, x.start), max(ind.end, x.end), 0.55)


# A、B等本地企业也纷纷切入储能赛道 ; A、B均为特钢细分领域"单项冠军"
_ENTERS = re.compile(
    r"(?:等[^,。;]{0,8}?(?:企业|厂商))?(?:也|还|已|均|都|纷纷|相继|先后|正|积极|加快)*"
    r"(?:切入|进军|布局|涉足|转型|跨界|抢滩|入局)")
_IS_CHAMPION = re.compile(
    r"(?:等[^,。;]{0,8}?(?:企业|厂商))?(?:也|还|已|均|都)*(?:是|为|成为)"
    r"(?:区内|园区内?|全区|本地|当地|国内|全国|省内|全省)?的?")  # 是区内钛合金产业骨干企业
_CHAMPION_AFTER = re.compile(
    r"(?:细分)?(?:领域|行业|产业)?的?[“\"]?(?:单项冠军|隐形冠军|小巨人|领军企业|骨干企业|瞪羚企业)")
_TRACK_AFTER = re.compile(r"(?:产业|行业)?(?:赛道|领域|产业|行业|市场)")
# …项目，是园区延伸石化产业链的重点项目 ; …，将进一步壮大园区生物医药产业
_PART_OF = re.compile(
    r"(?:是|为|将|可|能|可以)?(?:进一步)?(?:园区|全区|该区|开发区|高新区|经开区)?"
    r"(?:延伸|补齐|补强|完善|壮大|做强|填补|拉长|带动)?(?:园区|全区|该区|开发区|高新区|经开区)?$")
_DEED = r"延伸|补齐|补强|完善|壮大|做强|填补|拉长|带动"
_PART_TAIL = re.compile(r"(?:全产业链|产业链|产业)(?:的)?(?:[^,。;]{0,8}?项目|空白)?")


_DEEDS_TRIGGER = re.compile(r"产业|行业|领域|赛道|市场|冠军|小巨人|领军|骨干|瞪羚")


def industry_of_deeds(doc: Doc, sent: Sent, st: State) -> None:
    """A、B也纷纷切入储能赛道 ; A、B均为特钢细分领域“单项冠军” ; A的P项目…，是园区延伸石化产业链
    的重点项目 / 将进一步壮大园区生物医药产业: the companies are in that industry."""
    sp = sent.spans
    f = doc.folded
    if not _DEEDS_TRIGGER.search(f, sent.start, sent.end):
        return
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or (i + 1 < len(sp) and sp[i + 1].type == ET.ENTERPRISE and
                                       COORD.match(f[x.end : sp[i + 1].start])):
            continue
        nxt = next((y for y in sp[i + 1 :] if y.type in (ET.INDUSTRY, ET.ENTERPRISE, ET.ZONE,
                                                          ET.UNIVERSITY, ET.GOVERNMENT)), None)
        if nxt is None or nxt.type != ET.INDUSTRY:
            continue
        gap = f[x.end : nxt.start]
        hit = (_ENTERS.fullmatch(gap) is not None and _TRACK_AFTER.match(f, nxt.end)) or \
            (_IS_CHAMPION.fullmatch(gap) is not None and _CHAMPION_AFTER.match(f, nxt.end))
        if not hit:
            continue
        k = i
        while k > 0 and sp[k - 1].type == ET.ENTERPRISE and \
                COORD.match(f[sp[k - 1].end : sp[k].start]):
            k -= 1
        for y in sp[k : i + 1]:
            _rel(st, y, RT.IN_INDUSTRY, nxt, y.start, nxt.end, 0.55)
    # the sentence's opening company and a later clause naming the industry its project serves
    first = next((y for y in sp if y.type == ET.ENTERPRISE), None)
    if first is None or not _OPENER.fullmatch(f, _clause_start(f, sent.body_start, first.start),
                                              first.start):
        return
    if any(y.type in (ET.ENTERPRISE, ET.UNIVERSITY, ET.RESEARCH_INSTITUTE) and y is not first
           and y.key != first.key for y in sp):
        return  # another company in the sentence: whose project it is is unclear
    for y in sp:
        if y.type != ET.INDUSTRY or y.start < first.end:
            continue
        cs = _clause_start(f, sent.body_start, y.start)
        pm = _PART_OF.fullmatch(f, cs, y.start)
        tm = _PART_TAIL.match(f, y.end)
        if cs <= first.end or pm is None or tm is None or f[cs : y.start] == "" or \
                not (re.search(_DEED, pm.group()) or re.search(r"项目|空白", tm.group())):
            continue  # …，是园区有色金属产业的龙头: a leader, not a project's industry
        _rel(st, first, RT.IN_INDUSTRY, y, first.start, y.end, 0.5)
        break


# ---------------------------------------------------------------------------------------------
# the firms a chain leader brings in are in its chain's industry (doc_06: 依托链主引进上下游企业)

_FOLLOW_TRIGGER = re.compile(r"供应商|供货商|配套|伙伴|生产商")
# 胶膜供应商A ; 其长期供应商A ; 锻件加工合作伙伴A ; 配套企业9家，其中A
_ROLE_LEAD = re.compile(
    r"(?:供应商|供货商|配套商|配套企业|配套厂商|生产商|合作伙伴)(?:[^,。;]{0,6}家)?(?:,其中)?"
    r"(?:包括|有|如|为)?$")
_RECOMMENDED = re.compile(r"(?:引荐|推荐|带来|引进)的")
_UPDOWN_WORD = re.compile(r"上下游|上游|下游")


def _leader_industry(doc: Doc, sent: Sent, st: State) -> tuple[set[str], Span, int] | None:
    """The chain leaders and the one industry they lead, stated earlier in this paragraph, and
    where the first of them is stated."""
    para = doc.paragraph_of[sent.index]
    lo = doc.sentences[doc.paragraph_of.index(para)][0]
    found = [r for r in st.rels if r.type == RT.CHAIN_LEADER_OF and r.end > lo and
             r.start < sent.end]
    if not found or len({r.tail.key for r in found}) != 1:
        return None  # none, or two chains (A、B分别作为X和Y产业链链主): whose firm, unsaid
    return {r.head.key for r in found}, found[-1].tail, max(lo, min(r.start for r in found))


def _brought_by_other(f: str, sp: list[Span], x: Span, cs: int, leaders: set[str]) -> bool:
    """A company other than the leader brought ``x`` in (B引荐的配套企业A)."""
    return any(y.type == ET.ENTERPRISE and y.key not in leaders and cs <= y.start and
               y.end <= x.start and _RECOMMENDED.search(f, y.end, x.start) is not None
               for y in sp)


def chain_followers(doc: Doc, sent: Sent, st: State) -> None:
    """L作为Y产业的链主，推荐上下游合作伙伴。在其推介下，胶膜供应商A投资… ; 依托Y链主L，引进上游
    原料、下游配套企业9家，其中A…: the supplier named by its role is in industry Y (the leader
    keeps CHAIN_LEADER only). Only with 上下游 framing the chain: 引进A、B等配套企业 alone is
    filed as suppliers by most writers; a firm listed after 等 is left to the other rules."""
    f = doc.folded
    sp = sent.spans
    if not _FOLLOW_TRIGGER.search(f, sent.start, sent.end) or not any(
            x.type == ET.ENTERPRISE and
            _ROLE_LEAD.search(f, max(sent.start, x.start - 20), x.start) for x in sp):
        return
    li = _leader_industry(doc, sent, st)
    if li is None:
        return
    leaders, ind, since = li
    para = doc.paragraph_of[sent.index]
    k = sent.index
    while k + 1 < len(doc.sentences) and doc.paragraph_of[k + 1] == para:
        k += 1
    if _UPDOWN_WORD.search(f, since, doc.sentences[k][1]) is None:
        return  # 引进A、B等配套企业, no 上下游 chain framing: writers file them as suppliers
    typed = {r.head.key for r in st.rels if r.type == RT.CHAIN_LEADER_OF or
             (r.type == RT.IN_INDUSTRY and r.tail.key == ind.key)}
    i = 0
    while i < len(sp):
        x = sp[i]
        if x.type != ET.ENTERPRISE:
            i += 1
            continue
        k = i
        while k + 1 < len(sp) and sp[k + 1].type == ET.ENTERPRISE and \
                COORD.match(f[sp[k].end : sp[k + 1].start]):
            k += 1
        group = sp[i : k + 1]
        cs = _clause_start(f, sent.start, x.start)
        hit = _ROLE_LEAD.search(f, max(sent.start, x.start - 20), x.start) is not None
        if any("客户" in f[a.end : b.start] for a, b in itertools.pairwise(group)):
            hit = False  # 供应商A和下游客户B: a customer is no follower
        if _brought_by_other(f, sp, x, cs, leaders):
            hit = False  # 人福药业引荐的配套企业A: another company's supplier
        if hit:
            for y in group:
                if y.key not in leaders and y.key not in typed:
                    _rel(st, y, RT.IN_INDUSTRY, ind, y.start, y.end, 0.55)
        i = k + 1


_GATHER = re.compile(r"集聚|聚集|汇聚|集中了|拥有|现有")
_GATHER_BEFORE = re.compile(
    r"(?:区内|园区内?|全区|该区|目前|现已|已)?(?:已经|已|共|先后)?(?:集聚|聚集|汇聚|集中|拥有|现有)了?$")
_KIND_TAIL = re.compile(
    r"等(?:一批|[0-9一二三四五六七八九十两百]+(?:多|余)?[家户])?(?P<mid>[^,。;、]{0,10}?)(?:企业|厂商)")


_SUPPLY_KIND = re.compile(r"上下游|上游|下游|配套")


def gathered_kind(doc: Doc, sent: Sent, st: State) -> None:
    """Z是Y产业的主阵地，区内集聚A、B等整车企业 ; 已集聚A、B等Y装备企业40余家: a zone's list of the
    firms it gathers, in a sentence about one industry, files them under it."""
    f = doc.folded
    sp = sent.spans
    if "等" not in f[sent.start : sent.end] or not _GATHER.search(f, sent.start, sent.end):
        return
    inds = {y.key: y for y in sp if y.type == ET.INDUSTRY}
    if len(inds) != 1:
        return
    skip = {r.head.key for r in st.rels if r.type == RT.CHAIN_LEADER_OF}
    i = 0
    while i < len(sp):
        if sp[i].type != ET.ENTERPRISE:
            i += 1
            continue
        k = i
        while k + 1 < len(sp) and sp[k + 1].type == ET.ENTERPRISE and \
                COORD.match(f[sp[k].end : sp[k + 1].start]):
            k += 1
        first, last = sp[i], sp[k]
        i = k + 1
        cs = _clause_start(f, sent.start, first.start)
        tm = _KIND_TAIL.match(f, last.end, sent.end)
        if tm is None or not _GATHER_BEFORE.search(f, cs, first.start):
            continue
        if len(inds) != 1 or not tm.group("mid") or _SUPPLY_KIND.search(tm.group("mid")):
            # two industries: which, unsaid ; 等企业8家: no kind named ; 等20余家下游企业:
            # suppliers (writers split)
            continue
        ind = next(iter(inds.values()))
        typed = {r.head.key for r in st.rels if r.type == RT.IN_INDUSTRY and
                 r.tail.key == ind.key}
        for y in sp[sp.index(first) : k + 1]:
            if y.key not in skip and y.key not in typed:
                _rel(st, y, RT.IN_INDUSTRY, ind, first.start, tm.end(), 0.55)
