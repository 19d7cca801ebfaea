"""Parks, institutes and leaders of the zone a passage is about (``zone_topic.topic_zone``).

- parks and sub-areas: Z下辖的P ; (高新区)加快建设P、Q两大平台 ; 位于高新区的P ; P…，位于Z ;
  Z…开工仪式在P举行 ; P新引进A、B… in a report headed by Z ; 在Z的P，A… (A in P);
- institutes: A大学将在Z设立B研究院 (B, not the university) ; (创新)研究院选址高新区 ;
  C在区内挂牌运行;
- leaders the text calls the zone's own: 区内X链主企业A ; 园区龙头A;
- sub-parks named by a short place or brand word (``sub_parks``): 区内A园区、B园区 ;
  落地我区C工业园区 ; 以D基地为核心、E产业基地为支撑 — in the zone of the passage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp import lexicon
from chainkg.nlp.doc import Doc, Span, pos_tags
from chainkg.nlp.zone_topic import GENERIC_AT, ITEM_SEP, clause_bounds, doc_zone, topic_zone

if TYPE_CHECKING:
    from chainkg.nlp.relations import Sent, State

# sources of the spans of sub-parks (``sub_parks``, ``split_zone_parks``)
_SUB_PARK_SOURCES = ("subpark", "zonepark")


# A大学将在Z设立B研究院 ; 在高新区建设C中心: what is set up in a zone lies in it
_SET_UP_IN = re.compile(
    r"(?:将|拟|计划|已|正式|还|也|共同)*在(?P<z>[^,。;在]{2,24}?)(?:内)?"
    r"(?:设立|成立|建设|组建|筹建|共建|挂牌成立|揭牌成立)了?")
# (创新)研究院选址/落户高新区: the institute named before
_INSTITUTE_NOUN = re.compile(
    r"(?:该|这家|此)?(?P<n>[\u4e00-\u9fff]{0,6}?(?:研究院|研究所|实验室|研究中心|创新中心|分院))"
    r"(?:已|将|正式|最终|拟)?(?:选址|落户|入驻|落地|建在|设在)(?:于)?")
# A在区内挂牌运行: an institute or company opened in the zone of the passage
_OPENED_IN = re.compile(
    r"(?:已|正式|先后|相继)?在(?:区内|园区内|园区|开发区内?|高新区内?|经开区内?|新区内?)"
    r"(?:挂牌运行|挂牌|揭牌|揭牌运行|投入运行|运行|成立|落地运营|运营)")
_UNIVERSITY = re.compile(r"[\u4e00-\u9fff]{2,12}(?:大学|学院)")
_FOUNDS = re.compile(r"(?:设立|成立|组建|筹建)了?$")


def _zone_at(doc: Doc, sent: Sent, st: State, zs: int, ze: int) -> Span | None:
    """The zone written at ``zs:ze``: a zone named there, or a common noun for the passage's."""
    from chainkg.nlp.relations import area_zone

    z = next((y for y in sent.spans if y.type == ET.ZONE and y.start == zs and
              y.end in (ze, ze - 1)), None)
    if z is not None:
        return z
    if GENERIC_AT.fullmatch(doc.folded, zs, ze) and not any(
            zs <= y.start < ze for y in sent.spans):
        return topic_zone(doc, sent, st) or area_zone(st, sent)
    return None


def set_up_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """A大学将在Z设立B研究院 (B is in Z, A is not) ; 研究院选址高新区 ; C在区内挂牌运行."""
    from chainkg.nlp.relations import _rel

    f = doc.folded
    sp = sent.spans
    institutes = any(y.type == ET.RESEARCH_INSTITUTE for y in sp)
    for m in _SET_UP_IN.finditer(f, sent.start, sent.end) if institutes else ():
        obj = next((y for y in sp if y.start == m.end()), None)
        if obj is None or obj.type != ET.RESEARCH_INSTITUTE:
            continue
        # a university's institute (not a company's own R&D centre, not one co-built by partners)
        cs = clause_bounds(f, sent, m.start())[0]
        setters = {y.key for y in sp if y.type == ET.UNIVERSITY and cs <= y.start < m.start()}
        if not (setters or _UNIVERSITY.search(f, cs, m.start())) or \
                not _FOUNDS.search(f, m.start("z"), m.end()):
            continue
        z = _zone_at(doc, sent, st, m.start("z"), m.end("z"))
        if z is None:
            continue
        _rel(st, obj, RT.LOCATED_IN, z, m.start(), obj.end, 0.6)
        # the university that sets it up stays where it is
        st.rels[sent.rel_start :] = [
            r for r in st.rels[sent.rel_start :]
            if not (r.type == RT.LOCATED_IN and r.head.key in setters and r.tail.key == z.key)]
    nm = _INSTITUTE_NOUN.match(f, sent.body_start)
    if nm is not None and not any(y.start < nm.end() and y.end > sent.body_start for y in sp):
        noun = nm.group("n")
        inst = next((y for y in reversed(st.seen) if y.type == ET.RESEARCH_INSTITUTE and
                     y.name.endswith(noun)), None)
        z = next((y for y in sp if y.type == ET.ZONE and y.start == nm.end()), None)
        if z is not None:  # 选址长春新区北湖科技开发区: the sub-park written after its zone
            z = next((y for y in sp if y.type == ET.ZONE and y.start == z.end and
                      y.source in _SUB_PARK_SOURCES), z)
        gm = GENERIC_AT.match(f, nm.end())
        if z is None and gm is not None:
            z = _zone_at(doc, sent, st, nm.end(), gm.end())
        if inst is not None and z is not None:
            _rel(st, inst, RT.LOCATED_IN, z, nm.start(), gm.end() if gm else z.end, 0.6)
    if "在" not in f[sent.start : sent.end]:
        return
    for x in sp:
        if x.type not in (ET.RESEARCH_INSTITUTE, ET.ENTERPRISE):
            continue
        om = _OPENED_IN.match(f, x.end)
        if om is None:
            continue
        z = topic_zone(doc, sent, st)
        if z is not None:
            _rel(st, x, RT.LOCATED_IN, z, x.start, om.end(), 0.6)


# 区内磷化工链主企业A ; 区内新能源汽车龙头B ; 依托区内肉制品加工龙头C: the zone's own leader
_IN_ZONE_LEADER = re.compile(
    r"(?:区内|园区内?|园内|基地内|开发区内?|高新区内?|经开区内?|新区内?)的?(?P<i>[^,。;]{0,14}?)"
    r"(?:全产业链|产业链|产业|行业|领域)?的?[“\"]?(?:链主|龙头)[”\"]?(?:企业)?$")


_INDUSTRY_LEADER = re.compile(
    r"(?:^|(?<=[,;:]))(?P<i>[^,。;]{2,12}?)(?:产业|行业)?[“\"]?(?:链主|龙头)[”\"]?(?:企业)?$")
_NOT_KIND = re.compile(r"与|和|同|为|向|带动|引进|推荐|配套|供应|客户")


def leader_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """区内X产业链主企业A / 区内X龙头B: a leader the text calls the zone's own is in it."""
    from chainkg.nlp.relations import _rel, area_zone

    f = doc.folded
    sp = sent.spans
    text = f[sent.start : sent.end]
    if "龙头" not in text and "链主" not in text:
        return
    for x in sp:
        if x.type != ET.ENTERPRISE:
            continue
        cs = clause_bounds(f, sent, x.start)[0]
        m = _IN_ZONE_LEADER.search(f, max(cs, x.start - 36), x.start)
        if m is None and sent.subject_zone is not None and \
                any(y.key == sent.subject_zone.key and y.start < x.start for y in sp):
            # Z聚焦…，电力装备龙头A…: the leader of an industry in a sentence about Z
            m = _INDUSTRY_LEADER.search(f, max(cs, x.start - 20), x.start)
        if m is None:
            continue
        i0, i1 = m.span("i")
        if any(y.type != ET.INDUSTRY for y in sp if i0 <= y.start < i1) or \
                _NOT_KIND.search(f, i0, i1):
            continue  # only the industry may stand between 区内 and 链主
        z = topic_zone(doc, sent, st) or area_zone(st, sent)
        _rel(st, x, RT.LOCATED_IN, z, m.start(), x.end, 0.6)


# the parks and sub-areas of a zone
_UNDER = re.compile(r"(?:下辖|下设|所辖|管辖)(?:的|有)?$")
_INSIDE_OF = re.compile(
    r"(?:^|[^\u4e00-\u9fff])(?:区内|园区内|开发区内|高新区内|经开区内|新区内)"
    r"(?:配套|新建|规划建设|建设|布局)?的$")
_BUILD_PARK = re.compile(
    r"(?:将|要|还|并|同时)?(?:加快|全力|重点|持续|着力)?(?:推进|建设|打造|规划建设|推动)$")
_LIES_AT = re.compile(
    r"(?:位于|坐落于|地处)(?P<g>该区|本区|园区|开发区|高新区|经开区|新区|示范区)?(?:[^,。;的]{2,24})?的$")
_HELD_AT = re.compile(r"(?:活动|仪式|大会|现场会|签约会)(?:在|于)$")
_HELD_AFTER = re.compile(r"(?:主会场|分会场|会场)?(?:举行|举办|召开)")
# the words of the rules below: a sentence without any is skipped
_PARK_WORD = re.compile(
    r"下辖|下设|所辖|管辖|位于|坐落|地处|推进|建设|打造|推动|举行|举办|召开|引进|入驻|落户|获批|"
    r"入选|集聚|聚集|实现|新增|建成|投用|投入使用|区内")
_PARK_ACTS = re.compile(
    r"(?:今年|去年|全年|目前|已|新|先后|累计|相继|均|分别)*(?:引进|入驻|落户|获批|入选|集聚|聚集|实现|"
    r"新增|建成投用|建成投产|建成|投用|投入使用)")

# P、Q入驻企业… ; P、Q相继建成: a list of parks the zone built (not P、Q分别新引进…, which may
# be the parks of the counties around it)
_BUILT_PARKS = re.compile(r"入驻|建成|投用|投入使用")


def parks_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """Z下辖的P ; (高新区)加快建设P、Q两大平台 ; 位于高新区的P ; P…,位于Z ; Z…活动在P举行 ;
    (区内)P新引进A、B… in a passage about Z: the park lies in the zone."""
    from chainkg.nlp.relations import _is_park, _rel, coordinated

    f = doc.folded
    sp = sent.spans
    if not any(y.type == ET.ZONE for y in sp) or \
            _PARK_WORD.search(f, sent.start, sent.end) is None:
        return
    zones_only = frozenset({ET.ZONE})
    for i, p in enumerate(sp):
        if p.type != ET.ZONE or (i > 0 and sp[i - 1].type == ET.ZONE and
                                 ITEM_SEP.fullmatch(f[sp[i - 1].end : p.start])):
            continue
        cs = clause_bounds(f, sent, p.start)[0]
        prev = sp[i - 1] if i > 0 and sp[i - 1].end > cs else None
        named = prev if prev is not None and prev.type == ET.ZONE else None
        before = f[prev.end if prev is not None else cs : p.start]
        host: Span | None = None
        group = [sp[g] for g in coordinated(doc, sp, i, zones_only)] if ITEM_SEP.search(
            f, p.end, p.end + 2) else [p]
        if _UNDER.search(before):
            host = named or _generic_host(doc, sent, st, p, cs, p.start)  # Z下辖的P
        elif named is None and _is_park(p.name) and _INSIDE_OF.search(before):
            topic = topic_zone(doc, sent, st)  # 区内配套的P ; 区内的P: the passage's zone
            host = topic if topic is not None and not _is_park(topic.name) else None
            group = [p]
        elif (lm := _LIES_AT.search(f, cs, p.start)) is not None:
            group = [p]  # 位于高新区的P ; 位于Z的P
            if lm.group("g"):
                host = _generic_host(doc, sent, st, p, cs, lm.end("g"))  # 位于开发区西区的P
            elif named is not None and named.end == lm.end() - 1:
                host = named
        elif named is None and _is_park(p.name) and _BUILD_PARK.search(before) and \
                _ZONE_THEN_ADVERBS.fullmatch(f, cs, p.start) and not any(
                    y.type != ET.ZONE and cs <= y.start < p.start for y in sp):
            host = topic_zone(doc, sent, st)  # (高新区)加快建设P、Q两大平台
        elif _HELD_AT.search(before) and _HELD_AFTER.match(f, p.end):
            sz = sent.subject_zone
            if sz is not None and not _is_park(sz.name) and \
                    any(y.key == sz.key and y.start < p.start for y in sp):
                host = sz  # Z…开工仪式在P举行
            group = [p]
        elif _is_park(p.name) and _PARK_LEAD.fullmatch(f, max(cs, sent.body_start), p.start) \
                and (am := _PARK_ACTS.match(f, group[-1].end)) is not None and \
                all(_is_park(y.name) for y in group) and \
                (len(group) == 1 or _BUILT_PARKS.search(am.group())):
            # (区内)P新引进A、B ; P、Q入驻企业分别达到… in a passage about Z (the parks may be
            # the sentence's subject)
            topic = topic_zone(doc, sent, st)
            host = topic if topic is not None and not _is_park(topic.name) else None
            dz = doc_zone(doc, st)
            if host is None and dz is not None and doc.sentence_of(dz.start) == 0:
                host = dz  # the zone of the headline
        if host is None:
            continue
        for y in group:
            if y.key != host.key and not _named_after_zone(doc, y, host):
                _rel(st, y, RT.LOCATED_IN, host, cs, y.end, 0.55)
    # P成立于2012年,位于Z: the park the sentence is about
    subj = sp[0] if sp and sp[0].type == ET.ZONE and sp[0].start == sent.body_start else None
    if subj is not None and _is_park(subj.name):
        for m in _THEN_LIES.finditer(f, subj.end, sent.end):
            z = next((y for y in sp if y.type == ET.ZONE and y.start == m.end()), None)
            if z is not None and z is not subj and not any(
                    subj.end <= y.start < m.end() and y.type != ET.ZONE for y in sp):
                _rel(st, subj, RT.LOCATED_IN, z, subj.start, z.end, 0.6)


def _named_after_zone(doc: Doc, park: Span, host: Span) -> bool:
    """郑州经开区汽车及零部件产业园: a park whose name opens with another zone lies in that one."""
    return any(z.type == ET.ZONE and z.key != host.key and z.key != park.key and
               park.start <= z.start and z.end <= park.end for z in doc.spans)


_THEN_LIES = re.compile(r",(?:目前|现)?(?:位于|坐落于|地处)")
_ZONE_THEN_ADVERBS = re.compile(
    r"(?:同时|此外|今年|下一步)?,?(?:该区|园区|开发区|高新区|经开区|新区|基地)?[^,。;]{0,10}")
_PARK_LEAD = re.compile(r"(?:区内|园区内|开发区内|高新区内|经开区内|新区内)?的?")


def _generic_host(doc: Doc, sent: Sent, st: State, park: Span, cs: int,
                  pos: int) -> Span | None:
    """The zone a common noun before ``pos`` (高新区下辖的 / 位于高新区的) stands for."""
    from chainkg.nlp.relations import _is_park, area_zone

    m = _GENERIC_BEFORE.search(doc.folded, cs, pos)
    if m is None or any(m.start() <= y.start < pos for y in sent.spans):
        return None
    topic = topic_zone(doc, sent, st)
    if topic is not None and not _is_park(topic.name) and topic.key != park.key:
        return topic
    return area_zone(st, sent, exclude=park)


_GENERIC_BEFORE = re.compile(
    r"(?:该区|本区|园区|开发区|高新区|经开区|新区|基地|示范区)(?:下辖|下设|所辖|管辖)?(?:的|有)?$")


# 在Z的P，A的车间里… ; 走进Z的P: the park lies in the zone, the companies after it in the park
_AT_PARK = re.compile(r"(?:在|走进|来到|位于)$")


def at_park(doc: Doc, sent: Sent, st: State) -> None:
    """在襄阳高新区的P，A… : P lies in the zone named before it, and A (heading the next clause)
    in P."""
    from chainkg.nlp.relations import _is_park, _rel

    f = doc.folded
    sp = sent.spans
    if sum(y.type == ET.ZONE for y in sp) < 2:
        return
    for i in range(len(sp) - 1):
        z, p = sp[i], sp[i + 1]
        if z.type != ET.ZONE or p.type != ET.ZONE or not _is_park(p.name) or \
                f[z.end : p.start] not in ("的", "内的", "") or \
                not _AT_PARK.search(f, max(sent.start, z.start - 2), z.start):
            continue
        _rel(st, p, RT.LOCATED_IN, z, z.start - 1, p.end, 0.6)
        end = p.end + (1 if f.startswith("内", p.end) else 0)
        if not f.startswith(",", end):
            continue
        nxt = next((y for y in sp[i + 2 :] if y.start == end + 1), None)
        if nxt is not None and nxt.type == ET.ENTERPRISE:
            _rel(st, nxt, RT.LOCATED_IN, p, z.start - 1, nxt.end, 0.6)


# P生物医药龙头企业A ; Z重点企业A: one of the park's (zone's) own firms
_PARK_FIRM = re.compile(
    r"(?:内的?|的)?[\u4e00-\u9fff]{0,8}?(?:龙头|骨干|重点|链主|领军|入驻|首批)(?:企业|厂商)$")


def firm_of_park(doc: Doc, sent: Sent, st: State) -> None:
    """P生物医药龙头企业A: A lies in the park (or zone) P named right before its kind."""
    from chainkg.nlp.relations import _rel

    f = doc.folded
    if f.find("企业", sent.start, sent.end) < 0 and f.find("厂商", sent.start, sent.end) < 0:
        return
    sp = sent.spans
    for i, p in enumerate(sp):
        if p.type != ET.ZONE:
            continue
        a = next((y for y in sp[i + 1 :] if y.type != ET.INDUSTRY), None)
        if a is None or p.type != ET.ZONE or a.type != ET.ENTERPRISE or \
                a.start - p.end > 14 or not _PARK_FIRM.fullmatch(f, p.end, a.start):
            continue
        _rel(st, a, RT.LOCATED_IN, p, p.start, a.end, 0.6)


# 区内A园区、B园区 ; 落地我区C工业园区 ; 以D基地为核心、E产业基地为支撑 ; 在F高新技术产业基地举行:
# a sub-park written with a short place or brand word before its kind
_SUB_PARK = re.compile(
    r"(?:(?P<lead>区内|我区)|(?<=[以在、和及])|(?P<zone>(?<=新区)|(?<=开区)|(?<=发区)))(?P<name>(?![以在])(?P<p>[\u4e00-\u9fff]{2,3}?)"
    r"(?:高新技术产业|高新技术|科技|工业|产业)?(?:园区|基地|开发区|产业园|工业园|科技城))"
    r"(?P<role>(?=(?:[、和及][\u4e00-\u9fff]{2,9}?(?:园区|基地|开发区|产业园|工业园|科技城))*"
    r"为(?:核心|支撑|主体|重点|引领|龙头|依托|两翼|一翼)))?")
# what follows such a park's name (not a zone's own words: 区内X园区建设…)
_SUB_PARK_NEXT = re.compile(
    r"[、,。;和及]|内|(?:主会场)?(?:举行|举办|召开)|均|已|新引进|新入驻|分别|集聚|入驻|累计|为")
# words that make a park's kind, not its name (区内各园区, 在生产基地, 以产业园区为…)
_SUB_PARK_NOT = re.compile(
    r"^(?:[各全该本这那其两多首每某此的之]|主要|分别|总部|现有|原有|新增|新的|"
    r"[0-9一二三四五六七八九十百两几多]+(?:个|大|家|类|座|处|批|期|号)|[0-9]|生产|研发|实训|中试|培训|示范|教育|实践|孵化|创新|创业|试验|实验|"
    r"制造|加工|物流|仓储|配套|合作|产业|工业|科技|高新|经济|重点|省级|国家|市级|县级|特色|专业|"
    r"现代|综合|新建|规划|智能|数字|共建|建设|打造|承接|成立|落户|入驻|园区|开发|技术|服务|企业)")
_PARK_KIND_END = re.compile(r"(?:园区|基地|开发区|产业园|工业园|科技城)$")


_SUB_PARK_KIND = re.compile(r"园|基地|开发区|科技城")


def _sub_park_matches(f: str, a: int, b: int) -> list[re.Match[str]]:
    """The sub-parks written between ``a`` and ``b`` (see ``_SUB_PARK``)."""
    out: list[re.Match[str]] = []
    if _SUB_PARK_KIND.search(f, a, b) is None:
        return out
    for m in _SUB_PARK.finditer(f, a, b):
        p, name, lead = m.group("p"), m.group("name"), m.group("lead")
        role = m.group("role") is not None
        if _SUB_PARK_NOT.match(p) or p in lexicon.industry_terms() or \
                (m.group("zone") is None and not _SUB_PARK_NEXT.match(f, m.end())):
            continue
        before = f[max(0, m.start() - 1) : m.start()]
        if not lead and not role and m.group("zone") is None:
            if before == "以":
                continue  # 以X基地为…: only with the part it plays
            if before in "、和及" and not _PARK_KIND_END.search(f, max(0, m.start() - 8),
                                                              m.start() - 1):
                continue  # an item of a list of parks (A园区、B园区)
            if before == "在" and not (name.endswith(("产业基地", "园区", "开发区", "科技城")) and
                                      f.startswith(("举行", "举办", "召开", "主会场"), m.end())):
                continue  # 在F高新技术产业基地举行: where an event is held
        out.append(m)
    return out


def sub_parks(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """Zones for the sub-parks ``_SUB_PARK`` finds that no name covers yet."""
    f = doc.folded
    out: list[Span] = []
    for m in _sub_park_matches(f, 0, len(f)):
        s, e = m.span("name")
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(Span(s, e, ET.ZONE.value, doc.text[s:e], "subpark", 0.7))
    return out


# 区内地理信息小镇 ; 区内白云稀土新材料产业园二期建成投用: a park of any length after 区内
_IN_ZONE_LEAD = re.compile(r"(?:区内|园区内|我区|本区)的?$")
_PARK_TAIL = re.compile(r"(?:园区|产业园|工业园|科技园|小镇|基地|科技城)$")


def _parks_after_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """A park named right after 区内/我区 lies in the zone of the passage."""
    from chainkg.nlp.relations import _rel, area_zone

    f = doc.folded
    for y in sent.spans:
        if y.type != ET.ZONE or not _PARK_TAIL.search(y.name) or \
                not _IN_ZONE_LEAD.search(f, max(sent.start, y.start - 4), y.start):
            continue
        host = sent.subject_zone
        if host is None or host.key == y.key or _PARK_TAIL.search(host.name):
            host = topic_zone(doc, sent, st) or area_zone(st, sent, exclude=y)
        if host is None or host.key == y.key or _PARK_TAIL.search(host.name):
            continue
        _rel(st, y, RT.LOCATED_IN, host, y.start - 2, y.end, 0.6)


def _parks_after_zone(sent: Sent, st: State) -> None:
    """株洲高新区董家塅高科园 (cut by ``split_zone_parks``): the park lies in the zone."""
    from chainkg.nlp.relations import _rel

    prev: Span | None = None
    for y in sent.spans:
        if prev is not None and y.type == ET.ZONE and y.source == "zonepark" and \
                prev.type == ET.ZONE and prev.end == y.start and prev.key != y.key:
            _rel(st, y, RT.LOCATED_IN, prev, prev.start, y.end, 0.7)
        prev = y


def sub_parks_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """区内A园区、B园区 ; 落地我区C工业园区 ; 以D基地为核心、E基地为支撑 (in a sentence about Z):
    the sub-parks lie in the zone of the passage."""
    from chainkg.nlp.relations import _rel, area_zone

    f = doc.folded
    sp = sent.spans
    _parks_after_in_zone(doc, sent, st)
    _parks_after_zone(sent, st)
    matches = _sub_park_matches(f, sent.start, sent.end)
    if not matches:
        return
    parks = {y.key for y in doc.spans if y.source in _SUB_PARK_SOURCES}
    placed = -1
    for m in matches:
        if not (m.group("lead") or m.group("role") is not None or m.group("zone") is not None or
                (f[m.start() - 1] in "、和及" and placed == m.start() - 1)):
            continue  # (在F基地举行: the venue only; P、Q分别…: maybe the parks of counties)
        p = next((y for y in sp if y.type == ET.ZONE and y.start == m.start("name") and
                  y.end == m.end("name")), None)
        if p is None:
            continue
        # 长春新区北湖科技开发区: the zone it is written after ; else the passage's
        host = next((y for y in sp if y.type == ET.ZONE and y.end == m.start() and
                     y.key not in parks), None)
        if host is None and m.group("zone") is not None and (
                any(y.type == ET.ZONE and y.end == m.start() for y in sp) or
                f[max(0, m.start() - 3) : m.start()] not in ("开发区", "高新区", "经开区")):
            continue  # (分布在开发区A工业园区和B工业园区: the common noun, the passage's zone)
        if host is None and sent.subject_zone is not None and \
                sent.subject_zone.key not in parks:
            host = sent.subject_zone
        host = host or topic_zone(doc, sent, st) or area_zone(st, sent, exclude=p)
        if host is None or host.key == p.key or host.key in parks:
            continue
        _rel(st, p, RT.LOCATED_IN, host, m.start(), m.end(), 0.6)
        placed = m.end()


# 株洲高新区董家塅高科园 ; 哈经开区平房产业园 ; 柳州高新区阳和汽车零部件产业园: a zone's name
# followed by a park that has a name of its own (a place or brand word) is two names; a park
# named only by its industry (郑州经开区智能装备产业园) or by 2 characters and 园 (海西园) is
# one name with the zone's
_ZONE_THEN_PARK = re.compile(
    r"(?P<zone>.+?(?:高新技术产业开发区|经济技术开发区|开发区|高新区|经开区|新区))"
    r"(?P<park>(?P<p>[\u4e00-\u9fff]{2,9}?)(?:高新技术产业|高新技术|科技|工业|产业)?"
    r"(?:园区|产业园|工业园|科技园|软件园|软件城|高科园|智造园|科技城|创业园|物流园|开发区))")
_BARE_ZONE = frozenset(("高新技术产业开发区", "经济技术开发区", "开发区", "高新区", "经开区",
                        "新区"))
# the pair is written as a place (在/落户/走进/选址 Z P); opening a clause, Z P is the subject
# and one name (西宁经济技术开发区南川工业园区以锂电新能源为主攻方向)
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_PARK_NAME_NOT = re.compile(r"核心|起步|启动|拓展|东部|西部|南部|北部|中部|[东西南北]区")


def _own_park_name(p: str) -> bool:
    """``p`` opens with a place or brand word (阳和汽车零部件: 阳和), not an industry."""
    if _SUB_PARK_NOT.match(p) or _PARK_NAME_NOT.match(p):
        return False
    terms = lexicon.industry_terms()
    return not any(p[:k] in terms for k in range(2, len(p) + 1))


def split_zone_parks(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each top-level zone written as Z+P (see ``_ZONE_THEN_PARK``) cut into the
    zone Z and the sub-park P (source ``zonepark``; a bare 高新区 gives the park alone);
    ``spans`` itself when nothing is cut."""
    out: list[Span] = []
    for sp in spans:
        m = _ZONE_THEN_PARK.fullmatch(sp.name) if sp.type == ET.ZONE and \
            sp.nested_in < 0 else None
        if m is None or not _own_park_name(m.group("p")) or \
                sp.end - sp.start != len(sp.name) or sp.start == 0 or \
                not _HAN_BEFORE.match(doc.folded, sp.start - 1):
            out.append(sp)
            continue
        cut = sp.start + m.end("zone")
        if m.group("zone") not in _BARE_ZONE:
            out.append(Span(sp.start, cut, ET.ZONE.value, doc.text[sp.start : cut], sp.source,
                            sp.conf))
        out.append(Span(cut, sp.end, ET.ZONE.value, doc.text[cut : sp.end], "zonepark", 0.7))
    named = _named_industry_parks(doc, out)
    return spans if len(named) == len(spans) and all(a is b for a, b in zip(named, spans,
                                                                          strict=True)) else named


def _named_industry_parks(doc: Doc, spans: list[Span]) -> list[Span]:
    """走进柳州高新区阳和汽车零部件产业园: a park of an industry found after a zone and a
    2–3-character place word (a noun, no verb) between them takes that word as its name's head."""
    f = doc.folded
    ends = {sp.end for sp in spans if sp.type == ET.ZONE and sp.nested_in < 0 and
            sp.source != "zonepark"}
    if not ends:
        return spans  # (the same list: nothing is new)
    terms = lexicon.industry_terms()
    out: list[Span] = []
    for sp in spans:
        g = next((n for n in (2, 3) if sp.start - n in ends), 0) \
            if sp.type == ET.ZONE and sp.nested_in < 0 and _PARK_TAIL.search(sp.name) else 0
        w = f[sp.start - g : sp.start]
        if g and _HAN_WORD.fullmatch(w) and not _SUB_PARK_NOT.match(w) and \
                not _PARK_NAME_NOT.match(w) and w not in terms and \
                pos_tags().get(w, "n")[:1] == "n" and doc.is_boundary(sp.start - g) and \
                any(sp.name.startswith(t) for t in (sp.name[:k] for k in range(2, 7))
                    if t in terms):
            s = sp.start - g
            out.append(Span(s, sp.end, ET.ZONE.value, doc.text[s : sp.end], "zonepark", 0.7))
            continue
        out.append(sp)
    return out
