"""Relations and facts from sentence-level patterns over the recognised spans.

Each rule family is one function taking the sentence context; each returns ``Rel`` records on
repaired-text offsets (the extractor maps them to the original text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.industries import ZONE_BASE, ZONE_GATHERS
from chainkg.nlp.numbers import AMOUNT_RE, amount_value, cn_to_number
from chainkg.nlp.prefilter import may_match
from chainkg.nlp.zone_topic import CITY_TOPIC, doc_zone

ORG = frozenset({ET.ENTERPRISE, ET.UNIVERSITY, ET.RESEARCH_INSTITUTE, ET.ASSOCIATION,
                 ET.CONSORTIUM, ET.GOVERNMENT, ET.ZONE})
GROUPS = frozenset({ET.ASSOCIATION, ET.CONSORTIUM})
COORD = re.compile(r"^(?:、|和|及|与|以及|,)$")
_NUM = "0-9一二三四五六七八九十两"


@dataclass(slots=True)
class Rel:
    head: Span
    type: str
    tail: Span
    start: int
    end: int
    conf: float = 0.8
    props: tuple[tuple[str, str | float], ...] = ()


@dataclass(slots=True)
class FactRec:
    subject: Span
    kind: str
    value: float
    unit: str
    start: int
    end: int
    noun: str = ""
    counted_type: str = ""


@dataclass(slots=True)
class Sent:
    index: int
    start: int
    end: int
    spans: list[Span]  # top-level spans (not nested), in order
    subject: Span | None = None
    subject_zone: Span | None = None
    body_start: int = 0  # after leading adverbials
    rel_start: int = 0  # index in State.rels of this sentence's first relation
    non_zone_topic: bool = False  # the subject is an institute or company named before (研究院…)
    carried: bool = False  # the sentence names no subject of its own (st.last_subject stands)


@dataclass(slots=True)
class State:
    last_zone: Span | None = None  # last zone named as a subject (该区)
    last_any_zone: Span | None = None
    last_subject: Span | None = None
    last_group: Span | None = None  # last 集团/公司 named (该集团)
    last_assoc: Span | None = None  # last association or consortium named (联盟, 联合体)
    last_park: Span | None = None  # last park-like zone named (产业园, 科技园 …)
    last_partner: Span | None = None  # last enterprise that signed with someone (该项目)
    seen: list[Span] = field(default_factory=list)  # spans of the sentences before
    focus_industry: Span | None = None  # the one industry the paragraph's zone focuses on
    focus_sent: int = -1  # the sentence that set it
    # the last project event counted (签约项目15个 / 集中开工项目21个): kind, zone, sentence
    project_event: tuple[str, Span | None, int] | None = None
    paragraph: int = -1
    topic_industry: Span | None = None
    prev_industry: Span | None = None
    rels: list[Rel] = field(default_factory=list)
    doc: Doc | None = None
    facts: list[FactRec] = field(default_factory=list)
    # read on by the fallback layer: the pairs st.rels relates, the zones st.seen names
    pairs: set[frozenset[str]] = field(default_factory=set)
    pairs_read: int = 0
    zone_keys: set[str] = field(default_factory=set)
    zones_read: int = 0
    # the one zone the document is about (zone_topic.doc_zone), found on first use
    doc_zone: Span | None = None
    doc_zone_read: bool = False


_ADVERBIAL = re.compile(
    r"^(?:(?:在[^,。;]{1,20}?方面|例如|比如|其中|同时|此外|另外|据了解|据悉|据介绍|据统计|目前|截至目前|当前|"
    r"今年以来|近年来|近期|当日|今年|去年|过去一年|过去[一二三四五]年|上半年|前三季度|[一二三四]季度|全年|为此|对此|首期[^,。;]{0,12}|[0-9]{1,4}年[0-9]{1,2}月(?:份)?|"
    r"(?:19|20)[0-9]{2}年(?:以来|上半年|下半年|前三季度|全年|底|初)?|截至[^,。;]{1,12}|下一步|年内|"
    r"近[一二三四五两]年(?:来)?|"
    r"[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月|改革后|实践中|在实践中|与此同时|日前|近日|"
    r"(?:为|通过|按照|根据|随着|依据|借助|围绕|依托)[^,。;]{1,24}?,|作为[^,。;]{2,30}?,|"
    r"在[^,。;]{1,30}?(?:上|中|期间|之际|背景下|基础上|仪式上|会上|现场|带动下|推动下|支持下),|"
    r"[\u4e00-\u9fff]{2,8}方面,)[,:]?)+"
)
_GENERIC_SUBJ = re.compile(r"^(?:我省|全省|各|我市|全市|不少|一些|部分|多数)(?:各)?开发区")
_ZONE_ANAPHOR = re.compile(
    r"^(?:该区|该园区|该开发区|园区|全区|该高新区|该经开区|开发区|高新区|经开区|新区|港区|示范区|"
    r"该片区|片区|新城)"
    r"(?![\u4e00-\u9fff]{0,8}公司)")
_GROUP_ANAPHOR = re.compile(r"(?:^|(?<=[,;]))(?:该集团|该公司|该企业)")


def _between(doc: Doc, a: Span, b: Span) -> str:
    return doc.folded[a.end : b.start]


_WEITUO = re.compile("委托")
_CONG = re.compile("从")
_ZUOWEI = re.compile("作为")
_AS_LEADER = re.compile(r"作为([^,。;]{0,24}?)的?[“\"]?(?:链主|龙头)[”\"]?(?:企业)?,")
_ROOTED_DE = re.compile(r"(?:扎根|位于|地处|落户|坐落于|深耕)[^,。;的]{2,16}的")
_IS_LEADER = re.compile(
    r",(?:也|还|已)?(?:是|成为)([^,。;]{0,20}?)的?[“\"]?(?:链主|龙头)[”\"]?(?:企业)?")
_IT_IS_LEADER = re.compile(
    r"(?:该公司|该企业|该集团)(?:也|还|已)?(?:是|成为)([^,。;]{0,20}?)的?[“\"]?(?:链主|龙头)")
_LIANZHU = re.compile(r"(?:链主|龙头)(?:企业)?(?!项目|工程|作用|地位|带动)")
_BEFORE_LEADER_WORD = re.compile(r"(?:全产业链|产业链|产业|行业|领域)?的?[“\"]?")
_IN_ZONE = re.compile(
    r"(?:园区内|区内|开发区内|(?P<park>(?:产业园|科技园|工业园|孵化园)内)),?(?:的|有|还有|现有)?")
_ANAPHOR_IN = re.compile(r"(?:^|,)(该区|该园区|该开发区|该高新区|该经开区|该集团|该公司)")
_CUSTOMER_AFTER = re.compile(
    r"(?:上下游|上游|下游)关联|的?(?:配套企业|配套商|[^,。;]{0,4}供应商)")
_INTRO = re.compile(r"引进|引入|吸引|招引|拥有|集聚|聚集|汇聚|云集|培育|孵化|入驻|落户|落地|扎根")
_APPOSITION = re.compile(r"^[(（][^)）]*[)）]")


def _company_lists(doc: Doc, sp: list[Span]) -> Iterator[tuple[int, list[int]]]:
    """Each list of companies in ``sp`` (A、B和C, or one company alone): its first index and
    the indices of its items."""
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or (i > 0 and COORD.match(_between(doc, sp[i - 1], x)) and
                                       sp[i - 1].type == ET.ENTERPRISE):
            continue
        yield i, coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))


def coordinated(doc: Doc, spans: list[Span], i: int, types: frozenset[str] = ORG) -> list[int]:
    """Indices of the list that starts at span ``i`` (X、Y和Z)."""
    out = [i]
    j = i
    while j + 1 < len(spans):
        gap = _between(doc, spans[j], spans[j + 1])
        gap2 = _APPOSITION.sub("", gap) if gap[:1] in "(（" else gap  # skip a bracketed apposition
        if COORD.match(gap2) and spans[j + 1].type in types:
            out.append(j + 1)
            j += 1
        elif gap2 == "" and spans[j + 1].type in types and gap:
            j += 1  # bracketed apposition: not a new member
        else:
            break
    return out


def _zone_of(sp: Span | None, doc_spans: list[Span]) -> Span | None:
    """The zone a span stands for: itself, or the zone nested in its 管委会 name."""
    if sp is None:
        return None
    if sp.type == ET.ZONE:
        return sp
    if sp.type == ET.GOVERNMENT:  # the document's spans are in text order: those at its start
        for k in range(bisect_left(doc_spans, sp.start, key=_start), len(doc_spans)):
            other = doc_spans[k]
            if other.start != sp.start:
                break
            if other.type == ET.ZONE and other.end < sp.end:
                return other
    return None


def _start(sp: Span) -> int:
    return sp.start


_SUBJ_NEXT = re.compile(
    r"^(?:的(?:做法|作法|经验)|在|已|将|正|还|大力|积极|着力|全力|不断|围绕|聚焦|对|与|和|坚持|"
    r"立足|紧盯|抢抓|把|是)")


def _opens_clause(doc: Doc, body: int, first: Span, end: int) -> bool:
    """Whether ``first`` is the subject of the sentence body starting at ``body``."""
    f = doc.folded
    if first.start == body:
        return True
    lead = f[body : first.start]
    after = f[first.end : end]
    ap = _APPOSITION.match(after)  # 南昌小蓝经济技术开发区(简称小蓝经开区)是…
    if ap is not None:
        after = after[ap.end() :]
    return (first.start - body <= 12 and not re.search(r"[,。;]", lead)
            and not re.search(r"(与|和|同|为|由)$", lead)
            and bool(_SUBJ_NEXT.match(after)))


def analyse_sentence(doc: Doc, sent: Sent, st: State, all_spans: list[Span]) -> None:
    """Find the subject of a sentence and update the discourse state."""
    f = doc.folded
    sent.rel_start = len(st.rels)
    para = doc.paragraph_of[sent.index]
    if para != st.paragraph:
        st.paragraph = para
        st.topic_industry = None
        st.focus_industry = None
    m = _ADVERBIAL.match(f[sent.start : sent.end])
    body = sent.start + (m.end() if m else 0)
    sent.body_start = body
    head = f[body : sent.end]
    subj: Span | None = None
    first = next((sp for sp in sent.spans if sp.start >= body), None)
    if _GENERIC_SUBJ.match(head):
        subj = None
        sent.subject = None
        sent.subject_zone = None
        return
    ana = _ANAPHOR_IN.search(head)
    if ana and (first is None or first.start > body + ana.start()):
        head = head[ana.start(1):]
    noun = _NOUN_ANAPHOR.match(head)
    located = _LOCATED_OPEN.match(head)
    base = st.last_any_zone if head.startswith("基地") else None
    if base is not None and base.name.endswith("基地") and \
            not re.match(r"基地(?:建设|项目)", head):
        subj = base  # 宁东能源化工基地…。基地将…: a zone named a base, by its own word
    elif _ZONE_ANAPHOR.match(head):
        subj = st.last_zone or st.last_any_zone
        if subj is not None and _is_park(subj.name) and \
                not head.startswith(("园区", "该园区")):
            subj = area_zone(st, sent, exclude=subj) or subj  # 新区将聚焦…: not the park
    elif _GROUP_ANAPHOR.match(head):
        subj = st.last_group
    elif located and first is not None:
        # 位于成都高新区的成都天府国际生物城，已引进…: the second name is the subject
        second = next((x for x in sent.spans if x.start == first.end + 1), None)
        subj = second if second is not None and f[first.end] == "的" else first
    elif noun and (first is None or first.start >= body + noun.end()):
        subj = _antecedent(st, noun.group(1))  # 研究院落户… : the institute named before
        sent.non_zone_topic = subj is not None and subj.type != ET.ZONE
    elif first is not None and first.type in ORG and _opens_clause(doc, body, first, sent.end):
        subj = first
    if subj is None:
        subj = st.last_subject
        sent.carried = True
        if (subj is None or subj.type in (ET.ENTERPRISE, ET.ZONE)) and \
                _clause_opens_with(f, body, sent.end):
            # 创新能力持续提升。与A共建研究院，与B共建中试平台: a zone report's own doings, not
            # those of the company (or the sub-park) its last sentence opened with
            hz = home_zone(st, sent)
            if hz is not None and (subj is None or _is_park(subj.name) or
                                   subj.name.startswith(hz.name) or
                                   (subj.type == ET.ENTERPRISE and st.last_zone is not None)):
                subj = hz  # (a company's own story, where no zone was ever the subject, stays)
    sent.subject = subj
    z = _zone_of(subj, all_spans)
    sent.subject_zone = z
    if z is not None:
        st.last_zone = z
    if subj is not None:
        st.last_subject = subj


_LOCATED_OPEN = re.compile(r"(?:坐落|位)于")
_NOUN_ANAPHOR = re.compile(
    r"(?:该|这个|此|这家)?(研究院|研究所|实验室|研究中心|创新中心|产业园|科技园|科创城|生物城|"
    r"公司|集团|企业)(?:已|将|正式|还|也|目前)?")


def _antecedent(st: State, noun: str) -> Span | None:
    """The last name before this sentence that a bare head noun (研究院, 公司) stands for."""
    for sp in reversed(st.seen):
        if noun in ("公司", "集团", "企业"):
            if sp.type == ET.ENTERPRISE:
                return sp
        elif sp.name.endswith(noun) and sp.name != noun:
            return sp
    return None


_LEGAL_LEAD = re.compile(r"[^,。;]*公司")
_COUNTED_PROJECTS = re.compile(rf"[{_NUM}百]+(?:多|余)?个[^,。;]{{0,12}}项目$")


def _rel(st: State, h: Span | None, t: str, tl: Span | None, s: int, e: int, conf: float = 0.8,
         props: tuple[tuple[str, str | float], ...] = ()) -> None:
    if h is None or tl is None or h.key == tl.key:
        return
    if t == RT.INVESTS_IN and tl.source == "project" and tl.start == h.start and \
            tl.end - h.end >= 4 and st.doc is not None:
        a, b = st.doc.repaired.span(h.end - 1, h.end + 1)
        if any(ch.isspace() for ch in st.doc.repaired.original[a:b]):
            # 1.E 显示模组扩产项目 投资额15亿元: a flattened table row, the project is the column
            name = tl.name[h.end - h.start :]
            tl = Span(h.end, tl.end, tl.type, name, tl.source, tl.conf, name)
    if t == RT.INVESTS_IN and tl.source == "project" and "公司" in tl.name:
        lm = _LEGAL_LEAD.match(tl.name)
        if lm is not None and len(tl.name) - lm.end() >= 4:
            # E有限公司年产5万吨…项目总投资N: the title follows the company's legal name
            name = tl.name[lm.end() :]
            tl = Span(tl.start + lm.end(), tl.end, tl.type, name, tl.source, tl.conf, name)
    if t == RT.INVESTS_IN and tl.source == "project" and _COUNTED_PROJECTS.search(tl.name):
        return  # Z签约15个汽车零部件项目 (a headline's count): no project named
    if t == RT.INVESTS_IN and tl.source == "project":
        if "等" in tl.name:
            return  # E储能电池等项目: a kind of projects, none named
        lead = _PROJECT_LEAD.match(tl.name)
        if lead is not None and lead.end() and len(tl.name) - lead.end() >= 4:
            # 签约建设P / 新区签约P: the verb is no part of the project's name
            name = tl.name[lead.end() :]
            tl = Span(tl.start + lead.end(), tl.end, tl.type, name, tl.source, tl.conf, name)
        vm = _BUILT_DE.search(tl.name)
        if vm is not None and tl.end - (tl.start + vm.end()) >= 3:  # E与F合资建设的P: P
            name = tl.name[vm.end() :]
            tl = Span(tl.start + vm.end(), tl.end, tl.type, name, tl.source, tl.conf, name)
    st.rels.append(Rel(h, t, tl, s, e, conf, props))


_BUILT_DE = re.compile(r"^.*(?:合资|投资|共同|联合)(?:建设|兴建|打造)的")
_PROJECT_LEAD = re.compile(
    r"(?:(?:该区|园区|新区|开发区|经开区|高新区|片区|现场)?(?:签约|签订|签署))?(?:投资)?"
    r"(?:建设|新建|兴建|扩建|投建)?")


# ------------------------------------------------------------------------------------------------
# Rule families
# ------------------------------------------------------------------------------------------------

_PARTNER_VERB = re.compile(
    r"共建|签订|签署|签约|达成|合作|结对|携手|共同(?!体)|对接|联合培养|共育|共办|"
    r"订单(?:式|班)?(?:人才)?培养|"
    r"定向培养|产学研|合资(?:成立|建设|组建|设立|兴建|打造)|联合攻关|协同攻关|联合研发|联合开发|"
    r"联合开展|联合实施|联合申报|联合承担|"
    r"(?:建立|形成|结成)[^,。;]{0,8}?(?:合作|供货|供应|配套|采购|伙伴)关系|"
    r"成立了?(?:联合(?!体)|[^,。;]{0,6}?(?:合资公司|研发中心|实验室|研究院|产业学院))|"
    r"联合(?:成立|设立|建设|打造)(?![^,。;]{0,12}(?:联盟|联合体|协会|职教集团|共同体))")


_SUPPLIER = re.compile(r"^的[^,。;的]{0,6}?(?:供应商|配套商|配套企业|配套厂商|合作伙伴)")
# X与Y / X分别与Y / X还与Y: the span before 与 is the other party
_PAIR_GAP = re.compile(
    r"^(?:分别|先后|还|也|已|又|则|正式|共同|将|已经|再次|首次|同|,)*(?:与|和|同)$")
_JOINT_VERB = re.compile(r"开设|共建|开展|设立|建设|打造|培养|举办|共办|共育|合作|签订|签署|成立")
_SUPPLY_AFTER = re.compile(
    r"^(?:配套|供货|供应|提供[^,。;]{0,6}?(?:配套|零部件|部件|原材料|材料|组件|模组|芯片|设备))")


_SUPPLIER_OF = re.compile(r"^的?(?:[^,。;的]{0,4}?供应商|配套企业|配套商|配套厂商)")
_DRAWN = re.compile(
    r"[^,。;]{0,20}?(?:吸引|带动|引来|吸附|集聚|引进|引入|招引)了?|"
    r"[^,。;]{0,20}?,(?:相继|先后|陆续|还|也|已|进一步|同时)?(?:带动|吸引)了?")
# after a comma (X建成后，吸引了A、B等下游企业) only words of the chain itself tie them to X
_UPSTREAM_STRICT = re.compile(r"等?[^,。;]{0,8}?(?:上游|下游|上下游|配套|供应商)")
_UPSTREAM = re.compile(
    r"等?[^,。;]{0,8}?(?:上游|下游|上下游|配套|零部件|供应商|原材料|材料企业|关联企业)")


def _joint_list(doc: Doc, sent: Sent, st: State) -> None:
    """Z联合A、B开设订单班 / Z携手A共建…: the subject works with each (no consortium formed)."""
    f = doc.folded
    sp = sent.spans
    if any(x.type in GROUPS for x in sp):
        return  # 联合A、B组建…联合体: members, not partners
    if st.last_assoc is not None and _ASSOC_ANAPHOR.match(f, sent.body_start):
        return  # 该联盟由A牵头，联合B、C共同发起: the founders of the group named before
    for i, x in enumerate(sp):
        if x.type not in ORG:
            continue
        lm = _WITH_LOCAL.search(f, max(sent.start, x.start - 10), x.start)
        at = lm.start() if lm is not None else x.start  # 联合新区内的A
        if f[at - 2 : at] not in ("联合", "携手", "联手"):
            continue
        if i > 0 and sp[i - 1].end >= at - 2 and COORD.match(_between(doc, sp[i - 1], x)):
            continue
        prev = sp[i - 1] if i > 0 else None
        head = prev if prev is not None and prev.type in ORG and \
            re.fullmatch(r"(?:还|也|已|将|积极|主动|先后)*", f[prev.end : at - 2]) else None
        head = head or sent.subject_zone or sent.subject
        group = coordinated(doc, sp, i)
        last = sp[group[-1]]
        clause = re.match(r"[^,。;]*", f[last.end : sent.end])
        vm = _JOINT_VERB.search(clause.group()) if clause else None
        if vm is None:
            continue
        for g in group:
            _rel(st, head, RT.PARTNERS_WITH, sp[g], at - 2, last.end + vm.end(), 0.75,
                 (("kind", "合作"),))


def _suppliers(doc: Doc, sent: Sent, st: State) -> None:
    """Supplier links: A、B为Y配套 ; 为Y配套的X ; Y的一级供应商X (PARTNERS_WITH, kind 供应)."""
    f = doc.folded
    sp = sent.spans
    props: tuple[tuple[str, str | float], ...] = (("kind", "供应"),)
    for i, y in enumerate(sp):
        if y.type != ET.ENTERPRISE:
            continue
        after = f[y.end : sent.end]
        if f[y.start - 1 : y.start] == "为" and (m := _SUPPLY_AFTER.match(after)):
            if after[m.end() : m.end() + 1] == "的":  # 为Y配套的X
                x = next((z for z in sp[i + 1 :] if z.start == y.end + m.end() + 1), None)
                if x is not None and x.type == ET.ENTERPRISE:
                    _rel(st, x, RT.PARTNERS_WITH, y, y.start - 1, x.end, 0.75, props)
                    continue
                if not re.search(r"等[^,。;]{0,8}$",
                                 f[max(sent.start, y.start - 10) : y.start - 1]):
                    continue  # A、B等为Y配套的零部件项目: the list before 为 supplies Y
            # A、B等(本地)企业为Y配套: the list closest before 为 in the clause
            cs = max(f.rfind(c, sent.start, y.start) for c in ",;。:") + 1
            cs = max(cs, sent.start)
            before = [k for k, z in enumerate(sp[:i]) if z.start >= cs and z.type == ET.ENTERPRISE]
            if before:
                k0 = before[0]
                for g in coordinated(doc, sp, k0, frozenset({ET.ENTERPRISE})):
                    if g < i:
                        _rel(st, sp[g], RT.PARTNERS_WITH, y, sp[g].start, y.end + m.end(), 0.7,
                             props)
            continue
        dm = _DRAWN.match(after)
        if dm is not None and any(z.type in ORG and y.end < z.start < y.end + dm.end()
                                  for z in sp):
            dm = None  # another name stands between: the verb is not Y's
        if dm is not None and re.search(r"引进|引入|招引", dm.group()) and \
                re.search(r"(?:依托|借助|通过|围绕|以)$",
                          f[max(sent.start, y.start - 2) : y.start]):
            dm = None  # Z依托Y引进了A、B: the zone brings them in (Y引进A等配套企业: Y does)
        if dm is not None:  # Y…吸引了A、B等上游材料企业: Y's suppliers
            k = next((j for j, z in enumerate(sp) if z.start == y.end + dm.end() and
                      z.type == ET.ENTERPRISE), None)
            if k is not None:
                group = coordinated(doc, sp, k, frozenset({ET.ENTERPRISE}))
                tail = f[sp[group[-1]].end : sent.end]
                if _UPSTREAM.match(tail) and \
                        ("," not in dm.group() or _UPSTREAM_STRICT.match(tail)):
                    customers = [y]  # A、B等骨干企业均在园区内，带动了C等配套企业: both A and B
                    j = i
                    while j > 0 and sp[j - 1].type == ET.ENTERPRISE and \
                            COORD.match(_between(doc, sp[j - 1], sp[j])):
                        j -= 1
                        customers.append(sp[j])
                    for g in group:
                        for c in customers:
                            _rel(st, sp[g], RT.PARTNERS_WITH, c, c.start, sp[g].end, 0.65, props)
        m = _SUPPLIER.match(after)
        if m and i > 0 and sp[i - 1].type == ET.ENTERPRISE and \
                re.fullmatch(r"(?:也|均|都|已|已经)?(?:是|成为|为)", f[sp[i - 1].end : y.start]):
            # X是Y的重要原料供应商
            _rel(st, sp[i - 1], RT.PARTNERS_WITH, y, sp[i - 1].start, y.end + m.end(), 0.75, props)
            continue
        if m and i > 0 and sp[i - 1].type == ET.ENTERPRISE and re.fullmatch(
                rf"等(?:[{_NUM}]+(?:多|余)?家)?(?:企业)?(?:也|均|都|已)?(?:是|成为|为)",
                f[sp[i - 1].end : y.start]):
            # A、B等均为Y的配套供应商: each of the list
            k0 = i - 1
            while k0 > 0 and sp[k0 - 1].type == ET.ENTERPRISE and \
                    COORD.match(_between(doc, sp[k0 - 1], sp[k0])):
                k0 -= 1
            for g in range(k0, i):
                _rel(st, sp[g], RT.PARTNERS_WITH, y, sp[g].start, y.end + m.end(), 0.7, props)
            continue
        if m and _COUNTED_ARE.search(f, max(sent.start, y.start - 14), y.start):
            # A、B和C…，三家企业均为Y的长期供应商 ; …等14家配套企业，其中10家为Y的一级供应商:
            # the list named before in the sentence
            k1 = max((j for j in range(i) if sp[j].type == ET.ENTERPRISE), default=-1)
            if k1 >= 0:
                k0 = k1
                while k0 > 0 and sp[k0 - 1].type == ET.ENTERPRISE and \
                        _ITEM_OR_COORD.fullmatch(f, sp[k0 - 1].end, sp[k0].start):
                    k0 -= 1
                listed = range(k0, k1 + 1)
                if (k1 > k0 or f[sp[k1].end : sp[k1].end + 1] == "等") and \
                        all(sp[g].key != y.key for g in listed):  # Y resolved into the list: unsure
                    for g in listed:
                        _rel(st, sp[g], RT.PARTNERS_WITH, y, sp[g].start, y.end + m.end(), 0.65,
                             props)
            continue
        if f[y.start - 1 : y.start] == "等" and _SUPPLIER_OF.match(after) and i > 0 and \
                sp[i - 1].type == ET.ENTERPRISE and sp[i - 1].end == y.start - 1:
            # A、B等Y配套企业
            k0 = i - 1
            while k0 > 0 and sp[k0 - 1].type == ET.ENTERPRISE and \
                    COORD.match(_between(doc, sp[k0 - 1], sp[k0])):
                k0 -= 1
            for g in range(k0, i):
                _rel(st, sp[g], RT.PARTNERS_WITH, y, sp[g].start, y.end + 4, 0.7, props)
            continue
        if m and f[y.start - 2 : y.start] != "作为":  # Y的核心供应商X、Z等
            k = next((j for j, z in enumerate(sp) if z.start == y.end + m.end()), None)
            if k is not None and sp[k].type == ET.ENTERPRISE:
                for g in coordinated(doc, sp, k, frozenset({ET.ENTERPRISE})):
                    _rel(st, sp[g], RT.PARTNERS_WITH, y, y.start, sp[g].end, 0.75, props)


# ，三家企业均为 ; ，其中10家为 ; ，上述企业都是: a count or a word standing for a list
_COUNTED_ARE = re.compile(
    rf",(?:其中)?(?:[{_NUM}]+家|这些|上述|以上)(?:企业|公司)?(?:均|都|也|已)?(?:为|是|成为)$")
# between two companies of one list: a separator, or the project of the first (A P1、B P2)
_ITEM_OR_COORD = re.compile(
    r"(?:、|和|及|与|以及|,以及)|[^,。;]{2,40}?(?:项目|基地)(?:、|和|及|与|以及|,以及)")
_WITH_ZONE = re.compile(
    r"(?:还|也|已|正式|成功|分别)*(?:与|和|同)(?P<z>该区|开发区|经开区|高新区|园区|港区|新区|示范区)"
    r"(?:正式|成功|现场)?(?:签约|签订|签署|达成|共建|合作)")


_AROUND = re.compile(r"(?:围绕|依托|服务)(?:链主(?:企业)?)?")
_SUPPLY_LIST_END = re.compile(r"等(?:[0-9一二三四五六七八九十两]+(?:多|余)?家)?(?:本地)?"
                              r"[\u4e00-\u9fff]{0,6}?(?:配套企业|配套商|供应商|配套厂商)")


_FOR_BEFORE = re.compile(r"为(?:区内|园区内|本地|当地)?$")
_PROVIDE_AFTER = re.compile(
    r"等?(?:企业|单位)?(?:提供|供应|配套)(?:[^,。;]{0,6}?)(?:原料|原材料|配套|零部件|部件|材料|产品|服务|电力|蒸汽)")


_ITS_DRAWN = re.compile(r"其[^,。;]{0,14}?(?:已|还|已经)?(?:集聚|聚集|吸引|带动|汇聚)了?")


_FOR_IT = re.compile(
    rf"等?(?:[{_NUM}]+(?:多|余)?家)?(?:企业)?(?:均|都|也|已)?为其(?:提供|供应|配套|生产)")


def _supply_it(doc: Doc, sent: Sent, st: State) -> None:
    """X是园区的链主，A、B等为其提供正负极材料: A and B supply X (其 is the subject)."""
    f = doc.folded
    sp = sent.spans
    x = sent.subject
    if x is None or x.type != ET.ENTERPRISE:
        return
    for m in _FOR_IT.finditer(f, sent.start, sent.end):
        cs = max(sent.start, *(f.rfind(c, sent.start, m.start()) + 1 for c in ",;"))
        first = next((k for k, z in enumerate(sp) if z.start == cs and z.type == ET.ENTERPRISE),
                     None)
        if first is None:
            continue
        group = coordinated(doc, sp, first, frozenset({ET.ENTERPRISE}))
        if sp[group[-1]].end > m.start() or re.search(r"[,;]", f[sp[group[-1]].end : m.start()]):
            continue
        for g in group:
            if sp[g].key != x.key:
                _rel(st, sp[g], RT.PARTNERS_WITH, x, cs, m.end(), 0.65, (("kind", "供应"),))


def _its_suppliers(doc: Doc, sent: Sent, st: State) -> None:
    """X是园区的链主企业，其上下游已集聚A、B等配套企业: X's suppliers (其 is the subject)."""
    f = doc.folded
    sp = sent.spans
    x = sent.subject
    if x is None or x.type != ET.ENTERPRISE or x not in sp:
        return
    for m in _ITS_DRAWN.finditer(f, x.end, sent.end):
        k = next((j for j, z in enumerate(sp) if z.start == m.end() and z.type == ET.ENTERPRISE),
                 None)
        if k is None:
            continue
        group = coordinated(doc, sp, k, frozenset({ET.ENTERPRISE}))
        if _UPSTREAM.match(f, sp[group[-1]].end):
            placed = next((r.tail for r in st.rels[sent.rel_start :]
                           if r.type == RT.LOCATED_IN and r.head is x), None)
            for g in group:
                _rel(st, sp[g], RT.PARTNERS_WITH, x, m.start(), sp[g].end, 0.65,
                     (("kind", "供应"),))
                # X是园区的链主，其上下游已集聚A、B: gathered where X is
                _rel(st, sp[g], RT.LOCATED_IN, placed, m.start(), sp[g].end, 0.6)


def _provides_for(doc: Doc, sent: Sent, st: State) -> None:
    """X…为(区内)A、B等企业提供原料: X supplies each of them (the subject is X)."""
    f = doc.folded
    sp = sent.spans
    x = sent.subject
    if x is None or x.type != ET.ENTERPRISE:
        return
    for i, y in enumerate(sp):
        if y.type != ET.ENTERPRISE or y is x or y.start <= x.end:
            continue
        if not _FOR_BEFORE.search(f, max(sent.start, y.start - 5), y.start):
            continue
        group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
        last = sp[group[-1]]
        if _PROVIDE_AFTER.match(f, last.end):
            for g in group:
                _rel(st, x, RT.PARTNERS_WITH, sp[g], x.start, last.end + 6, 0.65,
                     (("kind", "供应"),))
        return


def _around_customer(doc: Doc, sent: Sent, st: State) -> None:
    """围绕东方汽轮机，引进了A、B等配套企业: A, B supply the company the sentence is around."""
    f = doc.folded
    sp = sent.spans
    am = _AROUND.match(f, sent.start)
    if am is None:
        return
    cust = next((x for x in sp if x.start == am.end() and x.type == ET.ENTERPRISE), None)
    if cust is None:
        return
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or x.start <= cust.end or \
                (i > 0 and COORD.match(_between(doc, sp[i - 1], x))):
            continue
        group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
        last = sp[group[-1]]
        if _SUPPLY_LIST_END.match(f, last.end):
            led = [r.tail for r in st.rels if r.type == RT.CHAIN_LEADER_OF and
                   r.head.key == cust.key]
            for g in group:
                _rel(st, sp[g], RT.PARTNERS_WITH, cust, cust.start, last.end + 6, 0.65,
                     (("kind", "供应"),))
                stated = any(y.type == ET.INDUSTRY and last.end < y.start < last.end + 14
                             for y in sp)  # 等12家铜加工配套企业: the list names its industry
                if len({t.key for t in led}) == 1 and not stated:  # the leader's suppliers
                    _rel(st, sp[g], RT.IN_INDUSTRY, led[0], cust.start, last.end + 6, 0.6)


def _signs_with_zone(doc: Doc, sent: Sent, st: State) -> None:
    """X与开发区签约 / X与经开区签署合作协议: a partner of the zone the text is about."""
    f = doc.folded
    for x in sent.spans:
        if x.type not in (ET.ENTERPRISE, ET.UNIVERSITY, ET.RESEARCH_INSTITUTE, ET.ASSOCIATION):
            continue
        # A、B等8家企业与高新区签约 ; A投资18亿元的P项目、B…的Q项目分别与经开区签订协议
        lm = _LIST_KIND_GAP.match(f, x.end) or _OWN_PROJECT.match(f, x.end, sent.end)
        m = _WITH_ZONE.match(f, lm.end() if lm else x.end)
        if m is None or any(y.start == m.start("z") for y in sent.spans):
            continue
        z = area_zone(st, sent)
        k = sent.spans.index(x)  # A、B与高新区共建: each of the list
        while k > 0 and sent.spans[k - 1].type in _SIGNERS and \
                (COORD.match(_between(doc, sent.spans[k - 1], sent.spans[k])) or
                 (lm is not None and lm.re is _OWN_PROJECT and _ITEM_OR_COORD.fullmatch(
                     f, sent.spans[k - 1].end, sent.spans[k].start))):
            k -= 1  # A公司、B大学分别与开发区签署…: each of the list
        for y in sent.spans[k : sent.spans.index(x) + 1]:
            _rel(st, y, RT.PARTNERS_WITH, z, y.start, m.end(), 0.7, (("kind", "协议"),))
        if x.type == ET.ENTERPRISE:
            st.last_partner = x
            bm = _SIGN_THEN_BUILD.match(f, m.end())
            park = next((y for y in sent.spans if bm is not None and y.type == ET.ZONE and
                         y.start == bm.end()), None)
            if bm is not None:
                # X与园区签订协议，投资45亿元建设P: X's project is in the zone (when X builds a
                # park there, the park is what lies in the zone)
                _rel(st, park or x, RT.LOCATED_IN, z, x.start, bm.end(), 0.65)


_OWN_PROJECT = re.compile(
    r"(?:(?:总)?投资[^,。;、]{1,12}?的)?(?:(?![,。;、与和])[\u4e00-\u9fffA-Za-z0-9.()]){2,30}?项目"
    r"(?=(?:还|也|已|正式|成功|分别)*(?:与|和|同))")
_SIGNERS = frozenset({ET.ENTERPRISE, ET.UNIVERSITY, ET.RESEARCH_INSTITUTE, ET.ASSOCIATION})
_LIST_KIND_GAP = re.compile(
    rf"等(?:[{_NUM}]+(?:多|余)?家)?(?:[\u4e00-\u9fff]{{0,4}}?(?:企业|单位|项目方|龙头|高校|院校))?"
    r"(?=(?:还|也|已|正式|成功|分别)*(?:与|和|同))")
# the same subject goes on to build (not a new subject, not 扩建 an existing plant elsewhere)
_SIGN_THEN_BUILD = re.compile(
    r"[^,。;]{0,8},(?:将|拟|计划)?(?:总)?投资(?:约|超)?[0-9.]+(?:亿|万)元,?"
    r"(?:在[^,。;]{0,6})?(?:建设|新建|兴建|投建)")
_CITY_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,4}[市县](?:人民政府|政府)?(?:还|也|已|正式)?$")
_LISTED_WITH = re.compile(r"等(?:[0-9一二三四五六七八九十两]+家)?[\u4e00-\u9fff]{0,4}?(?:与|同)$")


def _listed_pair(doc: Doc, sent: Sent, st: State, i: int) -> None:
    """A、B等企业与Y开展产学研合作 / 签订协议: each of the list works with Y."""
    f = doc.folded
    sp = sent.spans
    y = sp[i]
    if i == 0 or sp[i - 1].type not in ORG or not _LISTED_WITH.fullmatch(f, sp[i - 1].end, y.start):
        return
    rest = re.match(r"[^,。;]*", f[y.end : sent.end])
    if rest is None or re.search(r"发起|倡议|成立|组建", rest.group()) or \
            not re.search(r"合作|签订|签署|签约|共建|联合培养|共育", rest.group()):
        return
    k = i - 1
    while k > 0 and sp[k - 1].type in ORG and COORD.match(_between(doc, sp[k - 1], sp[k])):
        k -= 1
    for x in sp[k:i]:
        _rel(st, x, RT.PARTNERS_WITH, y, x.start, y.end + rest.end(), 0.7, (("kind", "合作"),))


def _opens_own_clause(doc: Doc, sent: Sent, x: Span) -> bool:
    """Whether ``x`` stands at the start of its clause (it can be that clause's subject)."""
    return x.start <= sent.body_start or doc.folded[x.start - 1 : x.start] in (",", ";", ":")


# a clause that opens with 与 (先后与A、B共建…) before any name: the sentence's subject is unsaid
_SUBJECTLESS_WITH = re.compile(
    r"(?:并|还|也|先后|同时|积极|已|分别|主动)*(?:与|同)[^,;:。]{2,40}?"
    r"(?:共建|签署|签订|签约|合作|联合|共同)")


def _clause_opens_with(f: str, s: int, e: int) -> bool:
    """Whether a clause of [s, e) opens with 与…共建/签署 (its subject left unsaid)."""
    if _SUBJECTLESS_WITH.match(f, s, e):
        return True
    return any(_SUBJECTLESS_WITH.match(f, m.end(), e) for m in _CLAUSE_MARK.finditer(f, s, e))


_CLAUSE_MARK = re.compile(r"[,;:]")


def home_zone(st: State, sent: Sent) -> Span | None:
    """The zone a report is about when a clause leaves its subject unsaid: the last zone named
    that is no park, or the zone whose name opens a sub-zone's (兰州新区 for 兰州新区综合保税区)."""
    z = area_zone(st, sent)
    if z is None:
        return None
    parent = next((x for x in reversed(st.seen) if x.type == ET.ZONE and x.key != z.key and
                   z.name.startswith(x.name) and not _is_park(x.name)), None)
    return parent or z


# 与区内的A / 与新区入驻企业A / 联合园区内的A: a place word between 与 and the party
_WITH_LOCAL = re.compile(
    r"(?<=[与同和合])(?:区内|园区内?|园内|新区内?|开发区内|高新区内|经开区内|本地|当地|省内|市内|"
    r"新区入驻|区内入驻|园区入驻)(?:的|企业|单位)?$")
# A、供应电解液的B与Z签约: the next item of the list carries its own relative clause
_ITEM_MODIFIED = re.compile(r"、[^,。;、与和]{1,14}的")
_FOUND_TOGETHER = re.compile(r"(?:等[^,。;]{0,10}?)?共同(?:组建|发起|成立|组成|筹建)")


_GOES_ON_WITH = re.compile(r"(?:并|还|也|同时|另|此外,?|另外,?)?(?:与|同)$")


def _signer_before(doc: Doc, sent: Sent, st: State, at: int) -> Span | None:
    """管委会与A签订…;与B签约的P… ; 研究院与A签订…,并与B共建…: a clause that opens with 与
    goes on with the party that signed in the clause before it (the 管委会, not its zone)."""
    f = doc.folded
    cs = max(sent.start, *(f.rfind(c, sent.start, at) + 1 for c in ",;:"))
    if not _GOES_ON_WITH.fullmatch(f, cs, at):
        return None
    lo = sent.start
    if cs == sent.start:  # …签订P;与B签约…: the clause before ends the sentence before at ;
        if sent.index == 0 or f[sent.start - 1 : sent.start] != ";":
            return None
        lo = doc.sentences[sent.index - 1][0]
    prev = next((r for r in reversed(st.rels) if r.type == RT.PARTNERS_WITH and
                 lo <= r.start and r.end <= cs), None)
    return prev.head if prev is not None else None


_NOUN_WITH = re.compile(
    r"(?:该|这个|此|这家)?(研究院|研究所|实验室|研究中心|创新中心|联盟|联合体|职教集团)"
    r"(?:还|也|已|将|同时|另|正式|并|随后|当天)*(?:与|同)$")


def _clause_noun(doc: Doc, sent: Sent, st: State, at: int) -> Span | None:
    """签约仪式上,研究院还与A、B签订…: the clause's bare head noun stands for the institute
    (or group) named before, not for the sentence's carried subject."""
    f = doc.folded
    cs = max(sent.start, *(f.rfind(c, sent.start, at) + 1 for c in ",;:"))
    m = _NOUN_WITH.fullmatch(f, cs, at)
    if m is None:
        return None
    x = _antecedent(st, m.group(1))
    return x if x is not None and x.type in ORG else None


def partners(doc: Doc, sent: Sent, st: State) -> None:
    """X与Y、Z共建/签订/达成合作意向; 委托X; 从X、Y选拔; 作为X的供应商, Y."""
    f = doc.folded
    sp = sent.spans
    for i, s in enumerate(sp):
        if s.type not in ORG:
            continue
        lm = _WITH_LOCAL.search(f, max(sent.start, s.start - 10), s.start)
        at = lm.start() if lm is not None else s.start  # 与区内的A: as if 与A
        pre = f[max(sent.start, at - 2) : at]
        if not pre.endswith(("与", "和", "同")) or \
                pre.endswith(("协同", "共同", "连同", "合同", "如同")):
            continue
        before = sp[i - 1] if i > 0 else None
        if pre.endswith("和") and before is not None and before.end == at - 1 and \
                f[before.start - 1 : before.start] == "、" and \
                _FOUND_TOGETHER.match(f, s.end, sent.end):
            continue  # 联合A、B和C共同组建: the last item of a list of founders, not a pair
        if re.search(r"等[^,。;、]{0,12}$", f[max(sent.start, at - 14) : at - 1]):
            _listed_pair(doc, sent, st, i)  # A、B等企业与Y开展合作 (not a list of founders)
            continue  # 华为等企事业单位和…: a list of founders, not a pair
        group = coordinated(doc, sp, i)
        last = sp[group[-1]]
        rest = f[last.end : sent.end]
        vm = _PARTNER_VERB.search(rest)
        if not vm:
            continue
        if re.search(r"发起|倡议|牵头", rest[: vm.start()]) or \
                re.match(r"[^,。;]{0,6}(?:发起|倡议|牵头)", rest[vm.start() :]):
            continue  # co-founders or co-leaders, not a pair (a later 并牵头… is the subject's)
        # the clause must not end between the list and the verb with another subject
        if re.search(r"[。;]", rest[: vm.start()]):
            continue
        wm = re.match(r"(?:分别|均|都|也|还|一同|一起|同时|共同)?(?:与|和|同)", rest)
        if wm is not None and any(y.start == last.end + wm.end() and y.type in ORG for y in sp):
            continue  # A和B分别与C签约: A and B each work with C, not with each other
        head: Span | None = None
        prev = sp[i - 1] if i > 0 else None
        if prev is not None and prev.type in ORG and _PAIR_GAP.match(f[prev.end : at]) and \
                ("," not in f[prev.end : at] or _opens_own_clause(doc, sent, prev)):
            head = prev  # not 共建研究院P,与B共建…: P is the object of the clause before
        if head is None and _CITY_BEFORE.search(f, max(sent.start, at - 6), at - 1) \
                and not (prev is not None and prev.end >= at - 4):
            continue  # 银川市与宁夏大学签署: a city signs (not annotated), not the subject
        if head is None:
            if f[at - 1] in "和与" and i > 0 and sp[i - 1].type in ORG and \
                    sp[i - 1].end == at - 1:
                head = sp[i - 1]
            elif (signer := _signer_before(doc, sent, st, at)) is not None:
                head = signer
            elif (named := _clause_noun(doc, sent, st, at)) is not None:
                head = named
            else:
                # the 管委会 that signs is the party, not its zone (corpus README, doc_09),
                # unless the clause names the zone (开发区与A签署…)
                subj = sent.subject
                cs = max(sent.body_start, *(f.rfind(c, sent.start, at) + 1 for c in ",;:"))
                head = subj if subj is not None and subj.type == ET.GOVERNMENT and \
                    not GENERIC_ZONE.search(f, cs, at) else sent.subject_zone or subj
        if head is not None and head in [sp[g] for g in group]:
            continue
        obj = rest[vm.start() : vm.start() + 30]
        kind = "合作"
        if "签" in vm.group() and "协议" in obj:  # 签订…实训协议: the agreement is what is signed
            kind = "协议"
        elif "基地" in obj or "实训" in obj:
            kind = "实训基地"
        elif "协议" in obj or "签" in vm.group():
            kind = "协议"
        elif "培养" in obj:
            kind = "联合培养"
        heads = [head]
        if head is prev and prev is not None and i > 0:
            # A、B与Y开展订单式培养: each of the list before 与
            k = i - 1
            while k > 0 and sp[k - 1].type in ORG and sp[k - 1].type != ET.ZONE and \
                    _between(doc, sp[k - 1], sp[k]) != "," and \
                    (COORD.match(_between(doc, sp[k - 1], sp[k])) or
                     _ITEM_MODIFIED.fullmatch(_between(doc, sp[k - 1], sp[k]))) and \
                    not _CITY_BEFORE.search(f, max(sent.start, sp[k - 1].start - 6),
                                            sp[k - 1].start):
                k -= 1
                heads.append(sp[k])
        for g in group:
            for h in heads:
                _rel(st, h, RT.PARTNERS_WITH, sp[g], sent.start, last.end + vm.end(), 0.8,
                     (("kind", kind),))
            if sp[g].type == ET.ENTERPRISE and "签" in vm.group():
                st.last_partner = sp[g]
    _joint_list(doc, sent, st)
    _suppliers(doc, sent, st)
    _signs_with_zone(doc, sent, st)
    _around_customer(doc, sent, st)
    _provides_for(doc, sent, st)
    _supply_it(doc, sent, st)
    head = sent.subject_zone or sent.subject
    for m in _WEITUO.finditer(f, sent.start, sent.end):
        pos = m.end()
        tgt = next((x for x in sp if x.start == pos and x.type in ORG), None)
        if tgt is not None:
            _rel(st, head, RT.PARTNERS_WITH, tgt, sent.start, tgt.end, 0.75, (("kind", "委托"),))
    for m in _CONG.finditer(f, sent.start, sent.end):
        pos = m.end()
        idx = next((k for k, x in enumerate(sp) if x.start == pos and x.type in ORG), None)
        if idx is None:
            continue
        group = coordinated(doc, sp, idx)
        after = f[sp[group[-1]].end : sp[group[-1]].end + 6]
        if re.match(r"^(选拔|招收|遴选|选聘|引进|招聘)", after):
            for g in group:
                _rel(st, head, RT.PARTNERS_WITH, sp[g], sent.start, sp[g].end + 4, 0.7,
                     (("kind", "联合培养"),))
    for m in _ZUOWEI.finditer(f, sent.start, sent.end):
        pos = m.end()
        cust = next((x for x in sp if x.start == pos and x.type in ORG), None)
        if cust is None:
            continue
        if not _SUPPLIER.match(f[cust.end : cust.end + 12]):
            continue
        # A作为C的配套企业,… : the company right before 作为 ; else 作为C的供应商,A…
        sup = next((x for x in sp if x.end == m.start() and x.type == ET.ENTERPRISE), None) or \
            next((x for x in sp if x.start > cust.end and x.type == ET.ENTERPRISE), None)
        if sup is None and sent.subject is not None and sent.subject.type == ET.ENTERPRISE and \
                sent.subject not in sp and sent.subject.key != cust.key:
            sup = sent.subject  # 作为A的长期合作伙伴，该公司…
        if sup is not None:
            _rel(st, sup, RT.PARTNERS_WITH, cust, sent.start, sup.end, 0.75, (("kind", "供应"),))


_MEMBER_TRIGGER = re.compile(
    r"(?:聚合|联合|吸纳|协同|包括|涵盖|吸收|加入|成员单位(?:还|主要|也)?(?:包括|有|为)?|"
    r"成员(?:还|主要|也)?(?:包括|有|为))了?")
_FOUNDED_BY = re.compile(
    r"由[^。;]{2,120}?(?:共同)?(?:发起成立|发起|组建)(?![\u4e00-\u9fff]{0,6}(?:联盟|联合体|协会))")
_ASSOC_ANAPHOR = re.compile(r"(?:该|这个|此)?(?:联合体|联盟|协会|职教集团|共同体|集团(?=由))")
# 首批加入联盟的还有A、B… ; 加入该联合体的单位包括A…: members of the group named before
_JOINED_THE = re.compile(
    r"加入(?:该|这个|此)?(?P<w>联合体|联盟|协会|职教集团|共同体)的(?:单位|成员单位|企业|成员)?"
    r"(?:还|也)?(?:有|包括)")
# …共同发起的C ; 联合A、B等单位组建的C: a list of founders before the group
_FOUNDED = re.compile(r"(?:共同)?(?:发起成立|发起|组建|成立|筹建|组成|参与)(?:了)?(?:的)?$")


def _assoc_of_kind(st: State, word: str) -> Span | None:
    """协会 / 联盟 / 联合体 …: the last group of that kind named (else the last group named);
    集团 only a 职教集团 named before (an enterprise group is no alliance)."""
    if st.last_assoc is not None and st.last_assoc.name.endswith(word):
        return st.last_assoc
    for sp in reversed(st.seen):
        if sp.type in GROUPS and sp.name.endswith(word):
            return sp
    return None if word == "集团" else st.last_assoc


# the clause after a party goes on to another joint deed (与A、B共建现代产业学院2个,…)
_OTHER_DEED = re.compile(
    r"[^,。;]{0,12}?(?:共建|签约|签署|合作建设|联合建设)(?![^,。;]*(?:组建|成立|发起))")


def _co_founder(doc: Doc, sp: list[Span], x: Span, lo: int, hi: int) -> bool:
    """A 管委会 listed with other founders of a 共同发起 (由A管委会、B大学、C公司共同发起): a
    founder, so a member; one that leads alone, guides or 牵头 is not (the seed's 产教联合体)."""
    if x.type != ET.GOVERNMENT or "牵头" in doc.folded[lo:hi]:
        return False
    return any(y is not x and y.type in ORG and y.type != ET.GOVERNMENT and
               lo <= y.start and y.end <= hi for y in sp) and \
        any(y.start > x.end and COORD.match(doc.folded[x.end : y.start]) for y in sp)


def members(doc: Doc, sent: Sent, st: State) -> None:
    """组建C，聚合A等…，联合B等…; 由A联合B、C共同发起的C; A、B…共同发起…成立C."""
    f = doc.folded
    sp = sent.spans
    groups = [x for x in sp if x.type in GROUPS]
    ana = _ASSOC_ANAPHOR.match(f, sent.body_start)
    named = _assoc_of_kind(st, ana.group().lstrip("该这个此")) if ana else None
    if ana and named is not None and not any(x.start < ana.end() for x in groups):
        _member_triggers(doc, sent, st, named, ana.end())
        _founders_of_anaphor(doc, sent, st, named, ana.end())
    _joined_as_members(doc, sent, st, groups)
    for jm in _JOINED_THE.finditer(f, sent.start, sent.end):
        target = next((g for g in reversed(groups) if g.end <= jm.start() and
                       g.name.endswith(jm.group("w"))), None) or st.last_assoc
        if target is not None and target.name.endswith(jm.group("w")):
            _member_triggers(doc, sent, st, target, jm.end() - 2, jm.end())
    if not groups:
        return
    ev_end = sent.end
    founders = {id(r.head) for r in st.rels[sent.rel_start :] if r.type == RT.MEMBER_OF}
    for c in groups:
        if ana and id(c) in founders:
            continue  # 联盟由A协会、B…共同发起，成员包括…: the founder 协会 gathers no one here
        _member_triggers(doc, sent, st, c, c.end)
        fm = _FOUNDED_BY.search(f, c.end, sent.end)
        if fm is not None and "牵头" not in fm.group() and \
                not any(g.start > c.end and g.start < fm.start() for g in groups):
            for x in sp:  # C…成立，联盟由A、B等企业以及D共同发起
                if fm.start() <= x.start and x.end <= fm.end() and x.type in ORG and x is not c \
                        and (x.type != ET.GOVERNMENT or _co_founder(doc, sp, x, fm.start(),
                                                                    fm.end())):
                    _rel(st, x, RT.MEMBER_OF, c, sent.start, fm.end(), 0.8)
        before = f[sent.start : c.start]
        founded = _FOUNDED.search(before)
        launched = before.rfind("发起")
        if launched >= 0 and re.search(r"[,;:]", before[launched:]) and \
                (re.match(r"(?:该|这个|此)?(?:联合体|联盟|协会|职教集团|集团)由",
                          f[sent.body_start :]) or _MEMBER_TRIGGER.search(before[launched:])):
            # 联盟由A、B共同发起，C为联盟秘书处单位 / …发起，吸纳成员45家，包括…以及C协会:
            # founders of the named-before one, C no group founded here
            launched = -1
        if launched >= 0 or founded:
            lo = sent.start
            if founded and "发起" not in before:  # 组建/成立: the founders stand in the clause
                lo = max(sent.start, max(before.rfind(ch) for ch in "。;") + sent.start + 1)
            for x in sp:
                if lo <= x.start and x.end <= c.start and x.type in ORG and x is not c and \
                        x.type != ET.GOVERNMENT:
                    between = f[x.end : c.start]
                    if "指导" in between[:4] or re.match(r"^(?:牵头|主导|主办)", between):
                        continue
                    if _OTHER_DEED.match(between):
                        continue  # 与A、B共建产业学院,由Z牵头…组建C: A and B build something else
                    _rel(st, x, RT.MEMBER_OF, c, sent.start, min(ev_end, c.end), 0.8)
    inner = {r.head.key for r in st.rels[sent.rel_start :] if r.type == RT.MEMBER_OF}
    # …以及C协会等3家行业组织: a group listed as a member is not the one the text goes on about
    st.last_assoc = next((g for g in reversed(groups) if g.key not in inner),
                         st.last_assoc or groups[-1])
    # LEADS: X牵头组建C / 由X牵头
    for c in groups:
        pre = f[max(sent.start, c.start - 12) : c.start]
        if re.search(r"牵头(?:组建|成立|发起|筹建)?[^,。;]{0,4}$", pre):
            leader = None
            k = sp.index(c)
            mpos = sent.start + f[sent.start : c.start].rfind("牵头")
            for x in reversed(sp[:k]):
                if x.end <= mpos and x.type in ORG:
                    if x.end >= mpos - 1:
                        leader = x
                    break
            if leader is None:
                leader = sent.subject_zone or sent.subject
            _rel(st, leader, RT.LEADS, c, sent.start, c.end, 0.85)
            if leader is not None and leader.type not in (ET.ZONE, ET.GOVERNMENT, *GROUPS):
                _rel(st, leader, RT.MEMBER_OF, c, sent.start, c.end, 0.8)


_JOINED_AS = re.compile(
    r"(?:作为|成为)(?:首批|第一批|创始|发起)?(?:成员|会员)(?:单位)?(?:正式)?加入|"
    r"(?:成为|作为)(?:其|该(?:联合体|联盟|协会))?(?:首批|第一批|创始|发起)(?:成员|会员)(?:单位)?|"
    r"(?:也|均|都)?(?:参与其中|参与组建|参与发起)|"
    r"(?:为|是|作为|成为|任|担任)(?:该)?(?:联合体|联盟|协会|职教集团)?(?:的)?(?:首批|创始)?"
    r"(?:秘书处|秘书长|理事长|副理事长|会长|副会长|常务理事|理事|成员|会员)单位")
_LEAD_CUT = re.compile(r"牵头|指导|主办|支持下")


def _joined_as_members(doc: Doc, sent: Sent, st: State, groups: list[Span]) -> None:
    """A、B等3所院校,以及C、D等41家企业作为首批成员单位加入 ; E为联盟秘书处单位."""
    f = doc.folded
    for m in _JOINED_AS.finditer(f, sent.body_start, sent.end):
        after = next((g for g in groups if g.start in (m.end(), m.end() + 1)), None)
        target = after or st.last_assoc
        if target is None:
            continue
        lo = sent.body_start
        clause_start = max(f.rfind(ch, sent.start, m.start()) for ch in ",;:") + 1
        cut = [x.end() for x in _LEAD_CUT.finditer(f, sent.start, m.start())]
        if cut:
            lo = max(lo, cut[-1])
        elif "加入" not in m.group():  # E为联盟秘书处单位: the member stands in the clause
            lo = max(lo, clause_start)
        for x in sent.spans:
            if lo <= x.start and x.end <= m.start() and x.type in ORG and x is not target and \
                    x.type not in (ET.GOVERNMENT, ET.ZONE) and x.type not in GROUPS:
                _rel(st, x, RT.MEMBER_OF, target, sent.start, m.end(), 0.8)
            elif lo <= x.start and x.end <= m.start() and x.type in GROUPS and x is not target and \
                    x.end >= clause_start:
                _rel(st, x, RT.MEMBER_OF, target, sent.start, m.end(), 0.75)


# 联盟(在A指导下,)由B、C等21家单位共同发起
_BY_FOUNDERS = re.compile(
    r"(?:在[^,。;]{2,40}?(?:指导|支持)下,?)?由([^。;]{2,120}?)(?:共同)?(?:发起成立|发起)")


def _founders_of_anaphor(doc: Doc, sent: Sent, st: State, c: Span, pos: int) -> None:
    """联盟由A、B等21家单位共同发起: founders of the group named before."""
    f = doc.folded
    m = _BY_FOUNDERS.match(f, pos)
    if m is None:
        return
    lo = pos
    cut = [x.end() for x in _LEAD_CUT.finditer(f, pos, m.end())]
    if cut:
        lo = cut[-1]
    for x in sent.spans:
        if lo <= x.start and x.end <= m.end() and x.type in ORG and x is not c and \
                (x.type != ET.GOVERNMENT or _co_founder(doc, sent.spans, x, lo, m.end())):
            _rel(st, x, RT.MEMBER_OF, c, sent.start, m.end(), 0.8)


_LIST_GOES_ON = re.compile(
    rf"等(?:[{_NUM}]+(?:余|多)?[家所个名][\u4e00-\u9fff]{{0,8}}?(?:,?(?:和|及|以及)|、|,)|"
    rf"(?:院校|高校|企业|单位|科研院所|科研机构)[{_NUM}]+(?:余|多)?[家所个],(?:以及|和|及)?|"
    r"等?(?:高校|院校|企业|骨干企业|龙头企业|科研院所|科研机构|科研平台|创新平台|行业组织|单位)"
    r"(?:和|及|以及|、))")


_NEXT_KIND = re.compile(r",(?:以及|和|及|还有)?")


def list_goes_on(doc: Doc, sp: list[Span], end: int) -> int | None:
    """The index of the organisation that continues a member list ending at ``end`` (…等6所院校和
    C ; …等41家整车及零部件企业,D等9所院校), or None."""
    f = doc.folded
    cont = _LIST_GOES_ON.match(f, end)
    starts = [cont.end()] if cont else []
    if f.startswith("等", end):  # a counted noun with 及/和 inside: the list goes on at the comma
        stop = min([k for k in (f.find(c, end, end + 20) for c in "。;") if k >= 0],
                   default=end + 20)
        starts += [m.end() for m in _NEXT_KIND.finditer(f, end, stop)][:1]
    for pos in starts:
        idx = next((k for k, x in enumerate(sp) if x.start == pos and x.type in ORG), None)
        if idx is not None:
            return idx
    return None


def _member_triggers(doc: Doc, sent: Sent, st: State, c: Span, pos: int,
                     at: int | None = None) -> None:
    """聚合A等…，联合B等…，吸纳了C等… after the group (or its anaphor) at ``pos``; with ``at``,
    the list that starts there."""
    f = doc.folded
    sp = sent.spans
    starts = [at] if at is not None else [m.end() for m in
                                          _MEMBER_TRIGGER.finditer(f, pos, sent.end)]
    for m_end in starts:
        idx = next((k for k, x in enumerate(sp) if x.start == m_end and x.type in ORG), None)
        if idx is None:
            continue
        while idx is not None:
            group = coordinated(doc, sp, idx)
            for g in group:
                if sp[g] is not c and sp[g].type != ET.GOVERNMENT:
                    _rel(st, sp[g], RT.MEMBER_OF, c, sent.start, sp[g].end, 0.85)
            # …等6所院校和C、D等40家企业: the list goes on after a counted noun
            idx = list_goes_on(doc, sp, sp[group[-1]].end)


_FOCUS = re.compile(
    rf"围绕|聚焦|紧扣|紧盯|瞄准|锚定|深耕|主攻|聚力|抢抓|打造|形成|以[^,。;]{{2,14}}?入选|[{_NUM}]+条(?:产业链|链条)|主导产业|支柱产业|首位产业|主攻方向|承载区|承载地|集聚地|主阵地|核心区|制造基地|聚集区|为主导|为重点(?:产业|方向|领域)?(?:,|$)|[{_NUM}]+大[^,。;]{{0,8}}?(?:产业|集群|集聚区|板块)|承接[^,。;]{{2,12}}?产业转移|(?:引进|招引|引入)(?:上游|下游|上下游)[^,。;]{{2,24}}?项目|"
    r"重点发展|着力发展|大力发展|加快发展|加速发展|积极发展|培育|"
    r"重要领域|为龙头的|为龙头产业|产业集聚度|集聚区|产业集群|产业示范基地|产业示范区|特色产业基地|"
    r"产业优势|优势产业|特色产业|产业基地|产业高地|"
    r"的(?:重要|主要|核心)?(?:生产|制造)?基地|"
    r"(?:协同|多元|融合|联动|竞相|多点)(?:发展)?的(?:现代)?(?:产业格局|产业体系)"
)
_JOINT = re.compile(r"双方|两地|校地|校企|共同")
_ZONES_MAIN = re.compile(
    r"(?:经开区|开发区|高新区|园区|新区)的?[^,。;]{2,40}?(?:主导|支柱|首位)产业")
_RESEARCH_WORK = re.compile(
    r"(?:开展|进行|推进)[^,。;]{0,8}?(?:技术攻关|攻关|研发|联合研究|成果转化|人才培养)")
_GROUP_SUBJECT = re.compile(
    r"(?:该|这个|此)?(?:职教集团|联合体|联盟|协会|研究院|共同体)(?:将|还将|要|也将|重点)")


def focuses(doc: Doc, sent: Sent, st: State, clauses: list[tuple[int, int]]) -> None:
    f = doc.folded
    inds_sent = [x for x in sent.spans if x.type == ET.INDUSTRY]
    if not inds_sent:
        return
    n_before = len(st.rels)
    triggered = False
    prev_head: Span | None = None
    for cs, ce in clauses[bisect_left(clauses, (sent.start,)) :]:  # clauses in text order
        if cs >= sent.end:
            break
        text = f[cs:ce]
        inds = [x for x in inds_sent if cs <= x.start < ce]
        if not inds:
            continue
        lead_on = text.startswith("以") and "为龙头" in text
        served = _GROUP_SUBJECT.match(text) is not None and _ZONES_MAIN.search(text) is not None
        if not (_FOCUS.search(text) or (triggered and lead_on) or served):
            continue  # (联合体将服务开发区A、B三大主导产业: the zone's, whatever the verb)
        if re.search(r"产业链上", text) and not re.search(r"围绕|聚焦|打造|主导|支柱", text):
            continue
        if (_JOINT.search(text) or _RESEARCH_WORK.search(text)) and \
                not re.search(r"主导|支柱|首位|优势", text):
            continue  # 双方将围绕A、B开展攻关 ; (研究院)重点围绕A、B开展技术攻关: research work
        if _GROUP_SUBJECT.match(text):
            zm = _ZONES_MAIN.search(text)  # 联合体将围绕经开区A、B、C三大主导产业…: the zone's
            if zm is not None and (z := area_zone(st, sent) or doc_zone(doc, st)) is not None:
                for ind in inds:
                    if cs + zm.start() < ind.start < cs + zm.end():
                        _rel(st, z, RT.FOCUSES_ON, ind, cs, ce, 0.7, (("role", "主导"),))
            continue  # 职教集团将围绕A、B领域的人才需求…: what the group works on
        triggered = True
        zones = [x for x in sent.spans if x.type == ET.ZONE and cs <= x.start < ce]
        if sent.subject is None and not zones and prev_head is not None:
            zones = [prev_head]  # Z要以A为主导，做强B、C两条产业链: the zone of the clause before
        if sent.subject is None and not zones:
            continue
        if not zones and (sent.non_zone_topic or (
                sent.subject is not None and sent.subject.type in
                (ET.UNIVERSITY, ET.RESEARCH_INSTITUTE) and sent.subject in sent.spans)):
            continue  # 研究院将聚焦… ; 运城学院与Z签署协议，围绕铝镁…: not the zone's focus
        head = zones[0] if zones else (sent.subject_zone or st.last_any_zone)
        prev_head = head
        role = "主导" if "主导" in text or "支柱" in text else ""
        props: tuple[tuple[str, str | float], ...] = (("role", role),) if role else ()
        for ind in inds:
            _rel(st, head, RT.FOCUSES_ON, ind, cs, ce, 0.75, props)
    focused = {r.tail.key: r.tail for r in st.rels[n_before:] if r.type == RT.FOCUSES_ON}
    if len(focused) == 1:
        st.focus_industry = next(iter(focused.values()))
        st.focus_sent = sent.index
    # 碳纤维是吉林经开区的首位产业 ; 光伏产业已成为园区的主导产业: the industry comes first
    for ind in inds_sent:
        im = _IND_IS_ZONES.match(f, ind.end)
        if im is None:
            continue
        z = next((y for y in sent.spans if y.type == ET.ZONE and y.start == im.start("z")), None)
        if z is None and im.group("z") is not None and GENERIC_ZONE.match(im.group("z")):
            z = area_zone(st, sent)
        if z is not None:
            _rel(st, z, RT.FOCUSES_ON, ind, ind.start, im.end(), 0.7)
            k = inds_sent.index(ind)
            while k > 0 and _JOINED_NEXT.fullmatch(f, inds_sent[k - 1].end, inds_sent[k].start):
                k -= 1  # A、B成为新区重点发展的两大产业: each joined before it
                _rel(st, z, RT.FOCUSES_ON, inds_sent[k], inds_sent[k].start, im.end(), 0.7)
    # 合肥经开区新能源汽车产业发展基础扎实 ; 西安高新区半导体产业已聚集…: the zone's industry
    for z in sent.spans:
        if z.type != ET.ZONE:
            continue
        zi = next((y for y in sent.spans if y.type == ET.INDUSTRY and
                   y.start in (z.end, z.end + 1) and f[z.end : y.start] in ("", "的")), None)
        if zi is not None and _ZONE_INDUSTRY.match(f, zi.end):
            _rel(st, z, RT.FOCUSES_ON, zi, z.start, zi.end + 2, 0.7)
            _zone_industry_list(doc, sent, st, z, zi)
    # Z 2023年实现医药产业产值1260亿元 ; …，全区铜产业实现营业收入865亿元: a zone's industry
    # measured in the zone's report is one it has
    for k, ind in enumerate(inds_sent):
        if not _MEASURED.match(f, ind.end):
            # 生物医药和医疗器械产业去年营收…: the industry joined before a measured one
            nxt = inds_sent[k + 1] if k + 1 < len(inds_sent) else None
            if nxt is None or not _JOINED_NEXT.fullmatch(f, ind.end, nxt.start) or \
                    not _MEASURED.match(f, nxt.end):
                continue
        first = ind  # the first of the industries joined before it opens the measure
        k0 = k
        while k0 > 0 and _JOINED_NEXT.fullmatch(f, inds_sent[k0 - 1].end, inds_sent[k0].start):
            k0 -= 1
            first = inds_sent[k0]
        cs = max(sent.start, *(f.rfind(ch, sent.start, first.start) + 1 for ch in ",;:"))
        lead = f[cs : first.start]
        z = next((y for y in reversed(sent.spans) if y.type == ET.ZONE and cs <= y.start and
                  y.end <= ind.start), None)
        if z is not None:
            if any(y.type in ORG and y.type != ET.ZONE and z.end <= y.start < ind.start
                   for y in sent.spans):
                continue
        elif _MEASURE_LEAD.fullmatch(lead):
            z = sent.subject_zone if sent.subject_zone is not None and \
                (sent.subject is sent.subject_zone or GENERIC_ZONE.match(lead)) else None
            if z is None and GENERIC_ZONE.search(lead):
                z = area_zone(st, sent)
        if z is not None:
            _rel(st, z, RT.FOCUSES_ON, ind, cs, ind.end + 4, 0.6)
    # 28个电子信息产业项目…在成都高新区集中开工 ; 肥西经开区一大批新能源汽车产业链项目
    zones = [x for x in sent.spans if x.type == ET.ZONE]
    if zones:
        for ind in inds_sent:
            if re.match(r"^(?:产业链|产业)项目", f[ind.end : ind.end + 6]) and (
                    re.search(r"[0-9一二三四五六七八九十]+个|一大批|一批",
                              f[max(sent.start, ind.start - 6) : ind.start]) or
                    _PROJECTS_COUNTED.match(f, ind.end)):  # 引进X产业链项目32个
                z = min(zones, key=lambda x: abs(x.start - ind.start))
                _rel(st, z, RT.FOCUSES_ON, ind, sent.start, sent.end, 0.6)
    _topic_industries(doc, sent, st)
    _batch_fields(doc, sent, st)
    if "基地" in f[sent.start : sent.end]:
        _zone_base(doc, sent, st)
    if "企业" in f[sent.start : sent.end]:
        _zone_gathers(doc, sent, st)


# (Z…集中开工活动举行。)此次开工项目23个，…，涉及A、B、C等产业 ; 投产项目以A、B为主: the fields
# of a zone's own batch of projects are the zone's (doc_12 and most blind writers)
_BATCH_FIELDS = re.compile(r"(?:涵盖|涉及|覆盖|集中在|分布在)了?|(?:项目|主要)以")
_BATCH_COUNT = re.compile(rf"[{_NUM}]+个(?:[^,。;]{{0,8}}?)项目|"
                          rf"项目(?:共|总计|合计|达)?[{_NUM}]+个|"
                          r"(?:签约|开工|投产|竣工)项目(?:主要)?$")
_BATCH_END = re.compile(r"等?(?:[^,。;]{0,8}?)?(?:领域|产业|行业|方向)|为主")


_PROJECTS_COUNTED = re.compile(rf"(?:产业链|产业)项目(?:共|达)?[{_NUM}]+个")


def _batch_fields(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    if not any(x.type == ET.INDUSTRY for x in sp) or "项目" not in f[sent.start : sent.end]:
        return
    for m in _BATCH_FIELDS.finditer(f, sent.start, sent.end):
        k = next((j for j, x in enumerate(sp) if x.start == m.end()), None)
        if k is None or sp[k].type != ET.INDUSTRY:
            continue
        group = coordinated(doc, sp, k, frozenset({ET.INDUSTRY}))
        if len(group) < 2 or not _BATCH_END.match(f, sp[group[-1]].end):
            continue
        lead = f[sent.start : m.start()]
        count = _BATCH_COUNT.search(lead) or _BATCH_COUNT.search(lead.rsplit(",", 1)[0] + "$")
        if count is None or _CITY_WORD.search(lead) or _GENERIC_SUBJ.match(f, sent.body_start):
            continue
        zone = next((y for y in reversed(sp) if y.type == ET.ZONE and y.end <= m.start() and
                     not _is_park(y.name)), None)  # (Z…活动在Z的P园区举行): Z's batch
        if zone is None and sent.subject_zone is not None and sent.subject_zone in sp:
            zone = sent.subject_zone
        ev = st.project_event
        if zone is None and ev is not None and sent.index - ev[2] == 1:
            zone = ev[1]  # 此次集中开工项目23个…: the event the sentence before reports
        ps = doc.sentences[sent.index - 1][0] if sent.index else sent.start
        if zone is None and "项目" in f[ps : sent.start]:
            zone = next((y for y in reversed(st.seen) if y.type == ET.ZONE and
                         y.start >= ps), None)  # Z…重点项目集中竣工投产活动举行。12个项目…
        if zone is None or _is_park(zone.name):
            continue
        told = lead if _START_WORD.search(lead) or _SIGN_WORD.search(lead) else f[ps : m.start()]
        if not _START_WORD.search(told):
            continue  # a signing day's sectors: Industry entities only (most blind writers)
        for g in group:
            _rel(st, zone, RT.FOCUSES_ON, sp[g], m.start(), sp[group[-1]].end, 0.6)


# 电子信息产业持续领跑 ; A、B等传统产业加快技术改造: an industry opening a sentence of a
# zone's work report is one of the zone's industries
_TOPIC_IND = re.compile(
    rf"(?:等(?:传统|新兴|优势|特色|主导|战略性新兴|未来)?)?(?:产业(?:集群|链条|链)?|"
    rf"[{_NUM}]+(?:个|大)(?:细分领域|领域|板块|产业))(?:持续|加快|加速|不断|稳步|快速|蓬勃|迅猛|强势)")
# 区内A、B两个细分领域加快成长: the zone word opening the clause before its industries
_TOPIC_LEAD = re.compile(r"(?:区内|园区内?|全区)?")
def _zone_base(doc: Doc, sent: Sent, st: State) -> None:
    """Z是全省重要的A、B制造基地: A and B are Z's industries (Z the zone right before, or the
    sentence's zone subject)."""
    f = doc.folded
    for m in ZONE_BASE.finditer(f, sent.start, sent.end):
        z = next((y for y in sent.spans if y.type == ET.ZONE and
                  _BASE_LEAD.fullmatch(f, y.end, m.start())), None)
        if z is not None and (f[z.start - 1 : z.start] in ("在", "于", "到") or any(
                y.type in ORG and y.type != ET.ZONE and sent.start <= y.start < z.start
                for y in sent.spans)):
            continue  # A公司将在Z建设…生产基地: the company's base
        if z is None and sent.subject is not None and sent.subject is sent.subject_zone and \
                not any(y.type in ORG and y.end <= m.start() and y is not sent.subject
                        for y in sent.spans):
            z = sent.subject_zone
        if z is None:
            continue
        for y in sent.spans:
            if y.type == ET.INDUSTRY and m.start("t") <= y.start and y.end <= m.end("t") + 2:
                _rel(st, z, RT.FOCUSES_ON, y, sent.start, m.end(), 0.7)


def _zone_gathers(doc: Doc, sent: Sent, st: State) -> None:
    """Z已集聚X企业N家 ; Z现有X规上企业N家: X is Z's industry (Z the clause's zone)."""
    f = doc.folded
    for m in ZONE_GATHERS.finditer(f, sent.start, sent.end):
        ind = next((y for y in sent.spans if y.type == ET.INDUSTRY and y.start == m.start("t")),
                   None)
        if ind is None:
            continue
        cs = max(sent.start, *(f.rfind(ch, sent.start, m.start()) + 1 for ch in ",;:"))
        z = next((y for y in reversed(sent.spans) if y.type == ET.ZONE and cs <= y.start and
                  _GATHER_LEAD.fullmatch(f, y.end, m.start())), None)
        gz = GENERIC_ZONE.match(f, cs)
        if z is None and gz is not None and _GATHER_LEAD.fullmatch(f, gz.end(), m.start()):
            z = area_zone(st, sent)  # 高新区已集聚…
        sz = sent.subject_zone
        if z is None and gz is None and sz is not None and sz is sent.subject and sz in sent.spans \
                and _GATHER_LEAD.fullmatch(f, cs, m.start()) and \
                not any(y.type in ORG and sz.end <= y.start < cs and y.type != ET.ENTERPRISE
                        for y in sent.spans):
            z = sz  # Z依托E，已聚集X企业300余户: the zone opening the sentence
        if z is not None:
            _rel(st, z, RT.FOCUSES_ON, ind, cs, m.end(), 0.7)


_GATHER_LEAD = re.compile(r"(?:内|区内|园区内)?(?:目前|现已|已经|已|累计|共|现)?")
_BASE_LEAD = re.compile(r"(?:已|正|将|还|也|要|已经)?(?:加快|全力|着力|努力|逐步)?")


def _topic_industries(doc: Doc, sent: Sent, st: State) -> None:
    """X产业加快发展 opening a sentence of a zone's report (or a clause of a sentence the zone
    opens: Z锚定…，X产业链条不断延伸): X is the zone's."""
    f = doc.folded
    sp = sent.spans
    if not any(y.type == ET.INDUSTRY for y in sp) or CITY_TOPIC.search(f, sent.start, sent.end):
        return
    own = sent.subject is not None and sent.subject is sent.subject_zone and sent.subject in sp
    for k, first in enumerate(sp):
        if first.type != ET.INDUSTRY or (k and sp[k - 1].type == ET.INDUSTRY and
                                         sp[k - 1].end >= first.start - 1):
            continue
        task = _TASK_OPEN.fullmatch(f, sent.body_start, first.start)  # 一是X产业提质扩量
        if task is None and not _TOPIC_LEAD.fullmatch(f, sent.body_start, first.start):
            cs = f.rfind(",", sent.start, first.start) + 1
            if not (own and cs > sent.start and (k == 0 or sp[k - 1].end <= cs) and
                    _TOPIC_LEAD.fullmatch(f, cs, first.start)):
                continue
        group = coordinated(doc, sp, k, frozenset({ET.INDUSTRY}))
        last = sp[group[-1]]
        if not (_TASK_TAIL if task else _TOPIC_IND).match(f, last.end):
            continue
        z = sent.subject_zone if own and first.start > sent.body_start else area_zone(st, sent)
        if z is not None and _is_park(z.name):
            pk = z.name
            z = next((y for y in doc.spans if y.type == ET.ZONE and len(y.name) < len(pk) and
                      pk.startswith(y.name) and not _is_park(y.name)), z)  # Z电子信息产业园 → Z
        if z is None:
            continue
        for g in group:
            _rel(st, z, RT.FOCUSES_ON, sp[g], sent.start, last.end + 4, 0.7)



_MEASURED = re.compile(
    r"(?:全产业链|产业链|产业集群|产业|板块)(?:(?:19|20)[0-9]{2}年|今年|去年|上半年|全年|前三季度)?"
    r"(?:实现)?(?:总产值|产值|营收|营业收入|主营业务收入|规模)")
_JOINED_NEXT = re.compile(r"(?:和|及|与|、)")
_MEASURE_LEAD = re.compile(
    r"(?:(?:19|20)[0-9]{2}年|今年|去年|全年|上半年|前三季度)?,?"
    r"(?:全区|园区|开发区|高新区|经开区|新区|该区|区内)?(?:的)?(?:实现)?")
_IND_IS_ZONES = re.compile(
    r"(?:产业|产业链|产业集群)?(?:已|已经|早已|一直)?(?:是|成为|作为)(?:了)?"
    r"(?P<z>[^,。;的]{2,24}?)(?:的(?:第一|首要|[两二三四五六七八九十]大)?"
    r"(?:首位|主导|支柱|核心|特色|优势|第一)产业|"
    r"(?:重点|着力|大力|优先)(?:发展|培育|打造)的(?:[两二三四五六七八九十]大)?(?:战略性新兴|新兴)?产业)")
_ZONE_INDUSTRY = re.compile(r"(?:全产业链|产业链|产业集群|产业)(?!园|基地|学院|联盟)")
_GATHER = re.compile(r"(?:已)?(?:聚集|集聚|汇聚|拥有|引进|吸引|落户)了?")


def _zone_industry_list(doc: Doc, sent: Sent, st: State, z: Span, ind: Span) -> None:
    """Z的X产业已聚集A、B、C等企业: each is in the industry and in the zone."""
    f = doc.folded
    sp = sent.spans
    m = re.compile(r"[^,。;]{0,8}?" + _GATHER.pattern).match(f, ind.end)
    if m is None:
        return
    k = next((i for i, x in enumerate(sp) if x.start == m.end() and x.type == ET.ENTERPRISE),
             None)
    if k is None:
        return
    for g in coordinated(doc, sp, k, frozenset({ET.ENTERPRISE})):
        _rel(st, sp[g], RT.IN_INDUSTRY, ind, z.start, sp[g].end, 0.65)
        _rel(st, sp[g], RT.LOCATED_IN, z, z.start, sp[g].end, 0.65)


_ZONE_WORD_OPEN = re.compile(r"(?:园区|开发区|高新区|经开区|新区|该区|区内)")
_LEADER_AFTER = re.compile(
    rf"^(?:[{_NUM}]+(?:大|家)|等|是|均为|都是|均是|作为|分别作为|分别是|分别为)"
    rf"([^,。;]{{0,16}}?)[“\"]?(?:龙头|链主)")
_TOPIC_AFTER = re.compile(r"(?:全产业链|产业链|产业|行业)?(?:上|领域|方面|板块|赛道|链条上)")


def _topic(doc: Doc, sent: Sent) -> Span | None:
    """The industry a sentence is about: 在X领域 / 在X产业链上 / 在X方面 opening a clause."""
    f = doc.folded
    for y in sent.spans:
        if y.type != ET.INDUSTRY:
            continue
        opens = f[y.start - 1 : y.start] == "在" and (
            y.start - 1 == sent.start or f[y.start - 2 : y.start - 1] in (",", ";", "。", ":"))
        if opens and _TOPIC_AFTER.match(f, y.end):
            return y
        if y.start - 1 > sent.start + 24:
            break
    return None


# what may open the clause before the industry: a verb of building, a target year, a scale
_LATER_LEAD = re.compile(
    r"(?:形成了?|打造了?|构建了?|做强|壮大|带动|推动|力争(?:到[0-9]{4}年)?|全区|园区|全市)?"
    r"(?:千亿级|百亿级|万亿级)?")
_LATER_TAIL = re.compile(rf"(?:[{_NUM}]+大)?(?:全产业链|产业链|产业集群|产业|集群)")


def _later_industries(doc: Doc, sent: Sent, pos: int) -> list[Span]:
    """The industries a later clause of the sentence names as a chain (…等龙头企业，形成了A、B
    两大产业集群 ; 以X为链主，…，光伏产业实现…), when no other company stands before them."""
    f = doc.folded
    sp = sent.spans
    k = next((j for j, y in enumerate(sp) if y.start >= pos and y.type in ORG | {ET.INDUSTRY}),
             None)
    if k is None or sp[k].type != ET.INDUSTRY or sp[k].start - pos > 40 or \
            re.search(r"[。;]", f[pos : sp[k].start]):
        return []
    cs = max(pos, *(f.rfind(c, pos, sp[k].start) + 1 for c in ",:"))
    if not _LATER_LEAD.fullmatch(f, cs, sp[k].start):
        return []  # …，整个小镇的新能源产业链更加完善: not the clause's own topic
    group = [sp[g] for g in coordinated(doc, sp, k, frozenset({ET.INDUSTRY}))]
    return group if _LATER_TAIL.match(f, group[-1].end) else []


def _leader_pairs(ents: list[Span], inds: list[Span]) -> list[tuple[Span, Span]]:
    """Leaders with their industries: one each in order when the counts agree, else all."""
    if len(ents) == len(inds):
        return list(zip(ents, inds, strict=True))
    return [(e, d) for e in ents for d in inds] if len(inds) == 1 else []


def _prev_sentence_industry(doc: Doc, sent: Sent, st: State) -> Span | None:
    """Y产业集聚企业87家…。下一步，将发挥A、B等龙头企业带动作用: the one industry the sentence
    just before (same paragraph) names (only after 发挥: 等龙头企业相继落户 is no leader of it in
    the older batches)."""
    k = sent.index - 1
    if k < 0 or doc.paragraph_of[k] != doc.paragraph_of[sent.index]:
        return None
    lo = doc.sentences[k][0]
    found: dict[str, Span] = {}
    for y in reversed(st.seen):
        if y.start < lo:
            break
        if y.type == ET.INDUSTRY:
            found[y.key] = y
    return next(iter(found.values())) if len(found) == 1 else None


def _clause_industry(f: str, sp: list[Span], i: int, sent: Sent) -> Span | None:
    """…；高端装备制造产业稳中有进，以X为链主: the industry opening the ;-clause of ``sp[i]``, when
    the sentence has several such clauses."""
    semi = f.rfind(";", sent.start, sp[i].start)
    if semi < 0:
        return None
    return next((y for y in sp[:i] if y.type == ET.INDUSTRY and y.start > semi), None)


# 一是X产业提质扩量。以A、B为龙头… ; 二是Y产业加速集聚。E在经开区投资…: a work report's
# enumerated tasks, each opening with the industry the sentences up to the next one are about
_TASK_OPEN = re.compile(r"(?:^|(?<=[。;:\n]))(?:其|第)?[一二三四五六七八九十]是")
_TASK_TAIL = re.compile(r"(?:全产业链|产业链|产业集群|产业|行业)(?!园|基地|学院|联盟|协会|研究院)")


def _task_industry(doc: Doc, sent: Sent, st: State, pos: int | None = None) -> Span | None:
    """The industry of the task that ``pos`` (the sentence's start) is in, within the paragraph:
    an enumerated one (一是X产业…) or a heading sentence (X产业集群不断壮大。A投资…)."""
    f = doc.folded
    pos = sent.start if pos is None else pos
    k = sent.index
    para = doc.paragraph_of[k]
    while k > 0 and sent.index - k < 6 and doc.paragraph_of[k - 1] == para:
        k -= 1
    lo = doc.sentences[k][0]
    heading = _heading_industry(doc, st, k, sent.index)
    opened = None
    if "是" in f[lo : pos + 4]:
        for m in _TASK_OPEN.finditer(f, lo, pos + 4):
            opened = m
    if opened is None or (heading is not None and heading.start > opened.end()):
        return heading
    ind = next((y for y in (*st.seen, *sent.spans) if y.type == ET.INDUSTRY and
                y.start == opened.end()), None)
    return ind if ind is not None and _TASK_TAIL.match(f, ind.end) else None


# 稀土产业集群不断壮大。 ; 新能源装备产业加速集聚。: a sentence that only heads the ones after it
_HEADING = re.compile(
    r"(?:全产业链|产业链|产业集群|产业|行业)[\u4e00-\u9fff]{2,8}[。!]?")


_HEADING_LEAD = re.compile(r"(?:——|—|-)?")


def _heading_industry(doc: Doc, st: State, lo: int, hi: int) -> Span | None:
    """The industry of the last heading sentence among sentences ``lo``…``hi - 1``."""
    f = doc.folded
    for j in range(hi - 1, lo - 1, -1):
        s, e = doc.sentences[j]
        if e - s > 20:
            continue
        inside = [y for y in st.seen if s <= y.start < e]
        if len(inside) == 1 and inside[0].type == ET.INDUSTRY and \
                _HEADING_LEAD.fullmatch(f, s, inside[0].start) and \
                _HEADING.fullmatch(f, inside[0].end, e):
            return inside[0]
    return None


_GATHERED_CLAUSE = re.compile(r"^(?:已|已经|共|现已)?(?:集聚|聚集|汇聚|拥有|现有)了?")


def _gathered_just_before(f: str, before: list[Span], pos: int) -> dict[str, Span]:
    """…，已集聚X企业140余家，A、B等龙头企业…: the one industry of the gathering clause right
    before the leaders."""
    ce = f.rfind(",", 0, pos)
    cs = f.rfind(",", 0, ce) + 1 if ce > 0 else -1
    if ce < 0 or f[ce + 1 : pos].strip() or not _GATHERED_CLAUSE.match(f[cs:ce]):
        return {}
    return {y.key: y for y in before if y.type == ET.INDUSTRY and cs <= y.start < ce}


def chain_leaders(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE:
            continue
        if f[x.start - 1 : x.start] == "以" and (i == 0 or sp[i - 1].end < x.start):
            group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
            last = sp[group[-1]]
            if not re.match(r"^为(?:龙头|链主)", f[last.end : last.end + 3]):
                continue
            k = group[-1] + 1
            ents = [sp[g] for g in group]
            if k >= len(sp) or sp[k].type != ET.INDUSTRY or sp[k].start > last.end + 8:
                named = [y for y in sp[:i] if y.type == ET.INDUSTRY]
                if f[x.start - 3 : x.start - 1] == "分别" and named:
                    # 把A和B作为主攻方向，分别以E、F为龙头: E leads A, F leads B
                    ig = coordinated(doc, sp, sp.index(named[-1]), frozenset({ET.INDUSTRY}))
                    if len(ig) == 1:  # (the list read from its last item back)
                        j = sp.index(named[-1])
                        while j > 0 and sp[j - 1].type == ET.INDUSTRY and \
                                COORD.match(_between(doc, sp[j - 1], sp[j])):
                            j -= 1
                        ig = list(range(j, sp.index(named[-1]) + 1))
                    if len(ig) == len(ents) or (len(ents) == 1 and len(ig) > 1 and
                                                 COORD.match(f[last.end : last.end + 1])):
                        # (分别以E、F为龙头 with F's name unread: E leads the first)
                        for e, g in zip(ents, ig, strict=False):
                            _rel(st, e, RT.CHAIN_LEADER_OF, sp[g], sp[ig[0]].start,
                                 last.end + 3, 0.7)
                    continue  # no pairing told: none guessed
                # X产业已形成以A、B为龙头，…: the industry named before in the sentence
                ind = _clause_industry(f, sp, i, sent) or _topic(doc, sent) or next(
                    (y for y in reversed(sp[:i]) if y.type == ET.INDUSTRY), None)
                after = next((y for y in sp[group[-1] + 1 :] if y.type == ET.INDUSTRY and
                              y.start - last.end <= 30 and f[y.start - 1] == "的" and
                              _CHAIN_WORD.match(f, y.end) and
                              not re.search(r"[。;]", f[last.end : y.start])), None)
                if ind is None or (after is not None and "," in f[ind.end : x.start]):
                    ind = after  # (…企业60余家，)以A为龙头、B等整车企业为核心的汽车产业集群
                later = _later_industries(doc, sent, last.end + 3)
                # 以A、B为龙头，打造千亿级汽车和高端装备产业集群
                if later and (ind is None or "," in f[ind.end : x.start]):
                    for e, d in _leader_pairs(ents, later):
                        _rel(st, e, RT.CHAIN_LEADER_OF, d, x.start - 1, later[-1].end, 0.65)
                    continue
                if ind is None:  # 一是X产业…。以A、B为龙头: the task's industry
                    ind = _task_industry(doc, sent, st)
                if ind is None:
                    ind = st.focus_industry  # 以A、B为龙头，园区集聚了…: the paragraph's industry
                for e in ents:
                    _rel(st, e, RT.CHAIN_LEADER_OF, ind, x.start - 1, last.end + 3, 0.7)
                continue
            igroup = coordinated(doc, sp, k, frozenset({ET.INDUSTRY}))
            inds = [sp[g] for g in igroup]
            if len(ents) == len(inds):
                pairs = list(zip(ents, inds, strict=True))
            else:
                pairs = [(e, d) for e in ents for d in inds]
            for e, d in pairs:
                _rel(st, e, RT.CHAIN_LEADER_OF, d, x.start - 1, inds[-1].end, 0.8)
        elif i == 0 or sp[i - 1].end < x.start - 1 or not COORD.match(_between(doc, sp[i - 1], x)) \
                or (sp[i - 1].type == ET.ZONE and _between(doc, sp[i - 1], x) == ","):
            # 在Z，E是…的链主: the zone before the comma is an adverbial, not a list member
            group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
            last = sp[group[-1]]
            m = _LEADER_AFTER.match(f[last.end : sent.end])
            if not m:
                continue
            stop = last.end + m.end()
            inds = [y for y in sp if y.type == ET.INDUSTRY and last.end <= y.start < stop]
            if not inds:  # 在光伏领域，依托A、B两家龙头企业 ; X产业规模…，A、B等龙头企业
                topic = _topic(doc, sent)
                if topic is None or topic.start > x.start:
                    before = {y.key: y for y in sp[:i] if y.type == ET.INDUSTRY}
                    if len(before) > 1:
                        before = _gathered_just_before(f, sp[:i], x.start) or before
                    topic = next(iter(before.values())) if len(before) == 1 else (
                        st.focus_industry if not before and not any(
                            y.type == ET.INDUSTRY for y in sp) and
                        sent.index - st.focus_sent <= 1 else None)  # the sentence just before
                    if topic is None and not m.group(1) and f[x.start - 2 : x.start] == "发挥" \
                            and not any(y.type == ET.INDUSTRY for y in sp):
                        topic = _prev_sentence_industry(doc, sent, st)
                later = _later_industries(doc, sent, stop) if topic is None else []
                if later and not m.group(1):  # A、B等龙头企业…，形成了C、D两大产业集群
                    for e, d in _leader_pairs([sp[g] for g in group], later):
                        _rel(st, e, RT.CHAIN_LEADER_OF, d, x.start, later[-1].end, 0.65)
                    continue
                if topic is None:
                    # X是园区的链主企业 (the industry not named): still the zone's company
                    if _ZONE_WORD_OPEN.match(f, last.end + m.start(1)) and \
                            m.end(1) - m.start(1) <= 3:
                        for g in group:
                            _rel(st, sp[g], RT.LOCATED_IN, area_zone(st, sent), x.start,
                                 last.end + m.end(), 0.6)
                    continue
                inds = [topic]
            pairs = [(sp[g], d) for g in group for d in inds]
            if "分别" in m.group():  # A、B分别作为C和D产业链链主: one each, in order
                pairs = list(zip([sp[g] for g in group], inds, strict=True)) \
                    if len(group) == len(inds) else []
            for e, d in pairs:
                _rel(st, e, RT.CHAIN_LEADER_OF, d, x.start, last.end + m.end(), 0.8)
            for g in group:
                # 吉利汽车是新区汽车产业的链主: the leader of the zone's industry is in the zone
                zs = last.end + m.start(1)
                ze = last.end + m.end()
                z = next((y for y in sp if y.type == ET.ZONE and zs <= y.start < ze), None)
                if z is None and _ZONE_WORD_OPEN.match(f, zs):
                    z = area_zone(st, sent)
                _rel(st, sp[g], RT.LOCATED_IN, z, x.start, last.end + m.end(), 0.65)
    subj = sent.subject
    if subj is not None and subj.type == ET.ENTERPRISE and subj in sp:
        # X位于开发区内，是清洁能源装备产业的链主企业
        for lm2 in _IS_LEADER.finditer(f, subj.end, sent.end):
            ind = next((y for y in sp if y.type == ET.INDUSTRY and
                        lm2.start(1) <= y.start < lm2.end(1)), None)
            if ind is not None and not any(y.type in ORG and subj.end <= y.start < lm2.start()
                                           for y in sp):
                _rel(st, subj, RT.CHAIN_LEADER_OF, ind, subj.start, lm2.end(), 0.7)
                if _ZONE_WORD_OPEN.match(f, lm2.start(1)):  # …，是园区有色金属产业的龙头
                    _rel(st, subj, RT.LOCATED_IN, area_zone(st, sent), subj.start, lm2.end(),
                         0.65)
    for lm3 in _IT_IS_LEADER.finditer(f, sent.start, sent.end):
        # E…建设的基地投产，该公司是西南地区工业级无人机领域的龙头企业: E, the last company before
        lo = max(sent.start, f.rfind(";", sent.start, lm3.start()))
        it = next((y for y in reversed(sp) if lo <= y.start and y.end <= lm3.start() and
                   y.type == ET.ENTERPRISE), None)
        ind = next((y for y in sp if y.type == ET.INDUSTRY and
                    lm3.start(1) <= y.start < lm3.end(1)), None)
        if it is not None and ind is not None:
            _rel(st, it, RT.CHAIN_LEADER_OF, ind, it.start, lm3.end(), 0.65)
    for am in _AS_LEADER.finditer(f, sent.start, sent.end):
        pos = am.end()
        leader = next((y for y in sp if y.start == pos and y.type == ET.ENTERPRISE), None)
        if leader is None:  # X作为园区石化产业的龙头企业，为…: the name before 作为
            leader = next((y for y in sp if y.end == am.start() and y.type == ET.ENTERPRISE),
                          None)
        if leader is None:  # 作为国内硬质合金行业的龙头，扎根高新区的E…: E after its placing
            rm = _ROOTED_DE.match(f, pos)
            leader = next((y for y in sp if rm is not None and y.start == rm.end() and
                           y.type == ET.ENTERPRISE), None)
        ind = next((y for y in sp if y.type == ET.INDUSTRY and
                    am.start(1) <= y.start < am.end(1)), None)
        if ind is None and _UNNAMED_CHAIN.fullmatch(am.group(1)):
            ind = _industry_just_named(st, sent)  # X产业集群…。A作为产业链链主，…
        if leader is not None and ind is not None:
            _rel(st, leader, RT.CHAIN_LEADER_OF, ind, am.start(), leader.end, 0.75)
            z = next((y for y in sp if y.type == ET.ZONE and am.start(1) <= y.start < ind.start),
                     None)
            if z is None and GENERIC_ZONE.match(f, am.start(1)):
                z = area_zone(st, sent)  # 作为园区石化产业的龙头企业
            if z is None and not any(y.type == ET.ZONE for y in sp):
                z = _zone_focused_on(st, sent, ind)  # 作为尼龙新材料产业链链主 in Z's report
            _rel(st, leader, RT.LOCATED_IN, z, am.start(), leader.end, 0.65)
    # 将以X为集成电路产业链链主: the industry stands between 为 and 链主
    for x in sp:
        if x.type != ET.ENTERPRISE or f[x.start - 1 : x.start] != "以":
            continue
        wm = _AS_CHAIN_LEADER.match(f, x.end)
        if wm is None:
            continue
        ind = next((y for y in sp if y.type == ET.INDUSTRY and
                    wm.start(1) <= y.start < wm.end(1)), None)
        if ind is not None:
            _rel(st, x, RT.CHAIN_LEADER_OF, ind, x.start - 1, wm.end(), 0.75)
    for lm in _LIANZHU.finditer(f, sent.start, sent.end):
        pos = lm.end()
        leader = next((y for y in sp if y.start == pos and y.type == ET.ENTERPRISE), None)
        if leader is None:
            continue
        ind = next((y for y in reversed(sp) if y.type == ET.INDUSTRY and y.end <= pos - 2), None)
        if ind is not None and (lm.group().startswith("链主") or
                                _BEFORE_LEADER_WORD.fullmatch(f, ind.end, lm.start())):
            # 声学光电链主A ; 区内新能源汽车龙头A (龙头: right after its industry)
            _rel(st, leader, RT.CHAIN_LEADER_OF, ind, ind.start, leader.end, 0.7)
        elif ind is None and f[lm.start() - 1 : lm.start()] == "在" and \
                _LED_BY.match(f, leader.end):
            # 在链主企业L的带动下，Z新能源汽车产业…: the one industry the sentence goes on to name
            grown = {y.key: y for y in sp if y.type == ET.INDUSTRY and y.start > leader.end}
            if len(grown) == 1:
                d = next(iter(grown.values()))
                _rel(st, leader, RT.CHAIN_LEADER_OF, d, lm.start() - 1, d.end, 0.6)
    if "发挥" in f[sent.start : sent.end]:
        _plays_leader(f, sp, st, sent)


_LED_BY = re.compile(r"的?(?:带动|引领|牵引)下,")
_PLAYS_LEADER = re.compile(
    r"发挥([^,。;]{2,30}?)在([^,。;]{2,20}?)(?:上|中)?的?[“\"]?(?:龙头|链主)[”\"]?(?:企业)?"
    r"(?:带动|引领|示范)?作用")


def _plays_leader(f: str, sp: list[Span], st: State, sent: Sent) -> None:
    """发挥L在Y产业链上的龙头作用: L leads Y."""
    for pm in _PLAYS_LEADER.finditer(f, sent.start, sent.end):
        leader = next((y for y in sp if y.type == ET.ENTERPRISE and y.start == pm.start(1) and
                       y.end == pm.end(1)), None)
        ind = next((y for y in sp if y.type == ET.INDUSTRY and y.start == pm.start(2) and
                    _TOPIC_TAIL.fullmatch(f, y.end, pm.end(2))), None)
        _rel(st, leader, RT.CHAIN_LEADER_OF, ind, pm.start(), pm.end(), 0.7)


_TOPIC_TAIL = re.compile(r"(?:全产业链|产业链|产业集群|产业|行业|领域)?")


_UNNAMED_CHAIN = re.compile(
    r"(?:园区|开发区|高新区|经开区|新区|区内)?(?:的)?(?:全产业链|产业链|产业)?")


def _industry_just_named(st: State, sent: Sent) -> Span | None:
    """The last industry named shortly before the sentence (the chain a leader of 产业链 leads)."""
    ind = next((y for y in reversed(st.seen) if y.type == ET.INDUSTRY), None)
    if ind is None or sent.start - ind.end > 80:
        return None
    return ind


def _zone_focused_on(st: State, sent: Sent, ind: Span) -> Span | None:
    """The zone of the passage when it is said to focus on ``ind`` (its leaders are its own)."""
    z = area_zone(st, sent)
    if z is None:
        return None
    if any(r.type == RT.FOCUSES_ON and r.head.key == z.key and r.tail.key == ind.key
           for r in st.rels):
        return z
    return None


_AS_CHAIN_LEADER = re.compile(r"为([^,。;]{2,14}?)(?:的)?(?:链主|龙头)(?:企业)?")
_IN_PARK = re.compile(
    r"^[^,。;]{0,24}?(?:就|均|都|已|先后|陆续)?(?:在|落户|入驻|位于)"
    r"(园区内|园区|开发区内|开发区|区内|小镇|实验区内?|试验区内?|新区内?|高新区内?|经开区内?|"
    r"片区内?|新城内?|"
    r"(?:该)?(?:产业园|科技园|工业园|孵化园)内?)"
    r"(?![\u4e00-\u9fff]{0,6}(?:产业园|工业园|科技园))")
_PARK_WORD = re.compile(r"(?:该)?(?:产业园|科技园|工业园|孵化园)")


_STEM_TAIL = re.compile(
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高技术产业开发区|新技术产业开发区|"
    r"经济综合实验区|综合实验区|高新区|经开区|开发区|新区)$")


def _zone_by_stem(doc: Doc, st: State, sent: Sent, pos: int) -> Span | None:
    """落户准东 / 落地贵安: a zone named before by the word that opens its name (place dropped)."""
    from chainkg.nlp.lexicon import admin_place_names, place_names

    f = doc.folded
    places = place_names()
    for z in reversed([*st.seen, *sent.spans]):
        if z.type != ET.ZONE:
            continue
        # the name without its places (新疆准东 → 准东; 烟台 → nothing: a city is no zone)
        stem = base = _STEM_TAIL.sub("", z.key)
        while (n := next((k for k in (4, 3, 2) if stem[:k] in places and len(stem) - k >= 2),
                         0)):
            stem = stem[n:]
        if stem == base and (base in admin_place_names() or z.key.startswith(base + "市")):
            stem = ""  # 烟台经济技术开发区 → 烟台: a city is no zone
        elif stem == base and not _is_new_area_word(z.key, base):
            stem = ""
        if len(stem) >= 2 and f.startswith(stem, pos) and \
                not re.match(r"[\u4e00-\u9fff]", f[pos + len(stem) : pos + len(stem) + 1] or ","):
            return z
    return None


def _is_new_area_word(key: str, base: str) -> bool:
    """贵安新区 → 贵安, 滇中新区 → 滇中: a national new area is named by its own word."""
    from chainkg.nlp.lexicon import new_areas

    return key.endswith(base + "新区") and any(key in row for row in new_areas())


def _park_named(st: State, sent: Sent, word: str) -> Span | None:
    """The last park named with this head noun (产业园内 → …生物医药产业园)."""
    head = word.removeprefix("该").removesuffix("内")
    for sp in reversed([*st.seen, *sent.spans]):
        if sp.type == ET.ZONE and sp.name.endswith(head) and sp.name != head:
            return sp
    return st.last_park


_BRINGS_OTHERS = re.compile(r"带动|带来|引来|吸引|推荐|引荐|为(?:链主|龙头)")


def located(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    _its_suppliers(doc, sent, st)  # after chain_leaders: where the leader was placed
    zone = sent.subject_zone or st.last_zone or st.last_any_zone
    # 园区内X和Y ; 区内的X、Y ; X、Y…就在园区内
    for m in _IN_ZONE.finditer(f, sent.start, sent.end):
        pos = m.end()
        if m.group("park") and any(x.end == m.start("park") + 3 for x in sp):
            continue  # 光电产业园内: the park is named (handled in _located_at)
        kinds = (ET.ENTERPRISE, ET.RESEARCH_INSTITUTE) if m.group("park") else (ET.ENTERPRISE,)
        if f[m.end() - 1 : m.end()] == "," and not m.group("park") and \
                (m.start() == sent.body_start or f[m.start() - 1 : m.start()] in ",;"):
            # 园区内，A的P已量产，B投资…建设Q: the companies opening the clauses of the sentence
            for k, x in enumerate(sp):
                if x.type == ET.ENTERPRISE and x.start >= m.end() and \
                        f[x.start - 1 : x.start] in ",;":
                    for g in coordinated(doc, sp, k, frozenset({ET.ENTERPRISE})):
                        _rel(st, sp[g], RT.LOCATED_IN, zone, m.start(), sp[g].end, 0.7)
            continue
        idx = next((k for k, x in enumerate(sp) if x.start == pos and x.type in kinds), None)
        if idx is not None:
            where = _park_named(st, sent, m.group("park")) if m.group("park") else zone
            for g in coordinated(doc, sp, idx):
                if sp[g].type in kinds:
                    _rel(st, sp[g], RT.LOCATED_IN, where, sent.start, sp[g].end, 0.75)
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or (i > 0 and COORD.match(_between(doc, sp[i - 1], x))):
            continue
        group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
        last = sp[group[-1]]
        nxt = next((y.start for y in sp if y.start >= last.end and y.type != ET.INDUSTRY),
                   sent.end)  # the verb must be this list's, not a later name's
        pm = _IN_PARK.match(f[last.end : sent.end])
        tgt = zone
        if pm is not None and last.end + pm.start(1) > nxt:
            pm = None
        if pm is not None and _PARK_WORD.match(pm.group(1)):
            tgt = _park_named(st, sent, pm.group(1))  # 均在产业园内: the park named before
        if pm is None:
            m2 = re.match(r"^[^,。;]{0,24}?(?:落户|入驻|进驻|位于|坐落于|落地|扎根|云集|"
                          r"(?:汇聚|集聚|聚集)(?=于此|在此)|"
                          r"(?:均|都|也|已|先后)?在(?=此(?:设立|建设|建有|布局|投资|设厂)))"
                          r"(?:于(?=此))?",
                          f[last.end : sent.end])
            if m2 is None or _BRINGS_OTHERS.search(m2.group()):
                continue  # 以A为链主的…产业链带动12家配套企业落户P: others settle, not A
            pos = last.end + m2.end()
            if pos <= nxt and (re.match(r"(?:此|这里|该区|区内|园区内)", f[pos : pos + 3]) or (
                    GENERIC_ZONE.match(f, pos) and not any(y.start == pos for y in sp) and
                    not _ZONE_WORD.match(f, pos))):
                for g in group:  # 均坐落于此: the zone the sentence is about
                    _rel(st, sp[g], RT.LOCATED_IN, zone, x.start, pos + 1, 0.7)
                continue
            gz = _ZONE_WORD.match(f, pos)
            if gz and not any(y.start == pos for y in sp):
                pos = gz.end()  # 入驻经开区大数据产业园: the park named after the zone word
            tgt = next((y for y in sp if y.start == pos and y.type == ET.ZONE), None)
            if tgt is None and not any(y.start == pos for y in sp):
                tgt = _zone_by_stem(doc, st, sent, pos)  # 相继落户准东: the zone's own word
            if tgt is None and re.match(r"(?:该)?(?:产业园|科技园|工业园|孵化园)",
                                        f[pos : pos + 4]):
                tgt = st.last_park
            if tgt is None and re.match(r"[,。;]|$", f[pos : pos + 1]) and \
                    _IN_TURN.search(f[last.end : last.end + m2.end()]):
                # A、B等企业相继落户: in the zone the text is about, or in the park the
                # sentence named before (P首期厂房交付使用，A、B等8家企业已入驻)
                tgt = _park_before(sp, x.start) or zone
            if last.end + m2.start() > nxt and (tgt is None or tgt.start > nxt):
                continue
        for g in group:
            _rel(st, sp[g], RT.LOCATED_IN, tgt, x.start, last.end + (pm.end() if pm else 0), 0.7)
    # zone subject + 引进/引入/拥有 … enterprises
    if sent.subject_zone is not None:
        for m in _INTRO.finditer(f, sent.start, sent.end):
            pos = m.end()
            clause_end = sent.end
            cs = max(sent.start, *(f.rfind(c, sent.start, m.start()) + 1 for c in ",;"))
            # 福州新区…，中国东南大数据产业园已入驻企业300余家，其中包括A、B: the park
            park = next((z for z in reversed(sp) if z.type == ET.ZONE and cs <= z.start and
                         z.end <= m.start() and _is_park(z.name)), None)
            into = park or sent.subject_zone
            for x in sp:
                if x.type == ET.ENTERPRISE and pos <= x.start < clause_end:
                    if f[x.start - 1 : x.start] == "为" or f[x.start - 2 : x.start] == "作为":
                        continue  # 为中车株机提供零部件: the customer, not one brought in
                    after = f[x.end : x.end + 6]
                    if _CUSTOMER_AFTER.match(after):
                        continue  # 引进X配套企业A、B: X is the customer
                    if f[pos:x.start] and re.search(r"[,;。]", f[pos:x.start]) and \
                            not re.search(r"关联企业|[,;]其中", f[pos:x.start]):
                        continue
                    _rel(st, x, RT.LOCATED_IN, into, pos, x.end, 0.7)
    if sent.subject_zone is None or sent.subject is not sent.subject_zone:
        _zone_clause_brings(doc, sent, st)
    _builds_in_zone(doc, sent, st)
    if sent.subject_zone is not None:
        _led_cluster(doc, sent, st, sent.subject_zone)
    # 在Z, X、Y等一批项目陆续开工 / 在Z先后建设了A、B
    if f.startswith("在", sent.body_start):
        z = next((x for x in sp if x.start == sent.body_start + 1 and x.type == ET.ZONE), None)
        if z is not None:
            # 在宜昌高新区白洋工业园，A的生产线…: the companies are in the park named after Z
            p = next((x for x in sp if x.start >= z.end), None)
            if p is None or p.type != ET.ZONE or not _is_park(p.name) or \
                    f[z.end : p.start] not in ("", "的", "内的"):
                p = None
            for x in sp:
                if x.start >= z.end and x.type in (ET.ENTERPRISE, ET.ZONE) and z.name not in x.name:
                    where = p if p is not None and x.type == ET.ENTERPRISE else z
                    _rel(st, x, RT.LOCATED_IN, where, sent.start, x.end, 0.65)
    _located_at(doc, sent, st)
    _counted_projects(doc, sent, st)
    # 以A、B为抓手/载体
    for i, x in enumerate(sp):
        if x.type != ET.ZONE or f[x.start - 1 : x.start] != "以":
            continue
        group = coordinated(doc, sp, i, frozenset({ET.ZONE}))
        last = sp[group[-1]]
        if re.match(r"^[0-9号]*为(?:抓手|载体|依托|平台)", f[last.end : last.end + 8]):
            for g in group:
                _rel(st, sp[g], RT.LOCATED_IN, sent.subject_zone, x.start, last.end, 0.7)


# A落户以来,高新区坚持“链主+配套”招商,…,先后引进B、C等17家上下游企业: a clause of the
# sentence opens with the zone's common noun, and the zone brings the companies in
_ZONE_CLAUSE = re.compile(
    r"(?<=[,;])(?:该区|本区|我区|园区|开发区|经开区|高新区|新区)(?![\u4e00-\u9fff]*?管委会)")
# 三是现代物流产业能级提升,引进A、B等物流企业9家: an item of the zone's own report
_ITEM_OPEN = re.compile(r"[一二三四五六七八九十]是")
_BRINGS_IN = re.compile(r"(?:先后|陆续|相继|累计|共|已|又|还|新)*(?:引进|引入|招引)了?")


def _zone_clause_brings(doc: Doc, sent: Sent, st: State) -> None:
    """…以来,高新区坚持…,先后引进B、C等企业 (the sentence opened with a company): B, C are in
    the zone the passage is about."""
    f = doc.folded
    sp = sent.spans
    zm = _ZONE_CLAUSE.search(f, sent.start, sent.end) or _ITEM_OPEN.match(f, sent.body_start)
    if zm is None or any(y.start == zm.start() for y in sp):
        return
    for m in _BRINGS_IN.finditer(f, zm.end(), sent.end):
        if f[m.start() - 1 : m.start()] not in (",", ";", "") and \
                not re.match(r"(?:先后|陆续|相继|累计|共|已|又|还|新)", m.group()):
            continue  # the verb opens its clause (the zone's own, carried over the commas)
        if any(y.type in ORG and zm.end() <= y.start < m.start() for y in sp):
            break  # 高新区依托E引进A: another organisation brings them in
        if re.search(r"[。]", f[zm.end() : m.start()]):
            break
        zone = area_zone(st, sent)
        if zone is None:
            return
        clause_end = min([sent.end, *(k for k in (f.find(",", m.end(), sent.end),
                                                  f.find(";", m.end(), sent.end)) if k >= 0)])
        for x in sp:
            if x.type == ET.ENTERPRISE and m.end() <= x.start < clause_end:
                if _CUSTOMER_AFTER.match(f[x.end : x.end + 6]):
                    continue  # 引进X配套企业A、B: X is the customer
                _rel(st, x, RT.LOCATED_IN, zone, zm.start(), x.end, 0.6)
        return


_BUILDS_IN = re.compile(
    r"等?[^,。;]{0,10}?(?:均|都|也|已|将|正|拟|计划|先后|相继|陆续)?在(?P<z>[^,。;在]{2,24}?)"
    r"(?:内)?(?:布局|建设|设立|投资|建有|新建|扩建|设有|开设|打造|建成)")
_PLANS_IN = re.compile(
    r"(?:拟|将|计划|并)在(?:区内|园区内|开发区内|经开区内|高新区内|新区内|该区)"
    r"(?:设立|建设|布局|投资|落户|新建|建设|打造)")


def _builds_in_zone(doc: Doc, sent: Sent, st: State) -> None:
    """(推动)A、B等企业在新区布局智算中心 ; A与Z管委会签约，拟在区内设立研发中心: in the zone."""
    f = doc.folded
    sp = sent.spans
    for i, group in _company_lists(doc, sp):
        x = sp[i]
        last = sp[group[-1]]
        m = _BUILDS_IN.match(f, last.end, sent.end)
        if m is None or any(last.end <= y.start < m.start("z") for y in sp):
            continue
        zs, ze = m.span("z")
        z = next((y for y in sp if y.type == ET.ZONE and y.start == zs and y.end in (ze, ze - 1)),
                 None)
        if z is None and (GENERIC_ZONE.fullmatch(f, zs, ze) or
                          (GENERIC_ZONE.fullmatch(f, zs, ze - 1) and f[ze - 1] == "内")):
            z = area_zone(st, sent)
        if z is None:
            continue
        for g in group:
            _rel(st, sp[g], RT.LOCATED_IN, z, x.start, m.end(), 0.65)
    pm = _PLANS_IN.search(f, sent.start, sent.end)
    if pm is not None:
        cs = max(sent.start, *(f.rfind(c, sent.start, pm.start()) + 1 for c in ";:"))
        ents = [y for y in sp if y.type == ET.ENTERPRISE and cs <= y.start < pm.start()]
        if len(ents) == 1 and ents[0] is (sent.subject or ents[0]) and \
                f.rfind(",", ents[0].end, pm.start()) >= 0:
            gov = next((y for y in sp if y.type == ET.GOVERNMENT and y.start < pm.start()), None)
            z = next((y for y in sp if y.type == ET.ZONE and y.start < pm.start()), None)
            if gov is not None:  # 与Z管委会签约: the zone it governs
                z = next((r.tail for r in st.rels if r.type == RT.GOVERNS and r.head is gov), z)
            _rel(st, ents[0], RT.LOCATED_IN, z or area_zone(st, sent), ents[0].start, pm.end(),
                 0.6)


_LED_ROLE = re.compile(r"为(?:龙头|核心|骨干|引领|主体|支撑)")
_LED_END = re.compile(
    r"(?:的|为)?(?P<i>)(?:全产业链|产业链|产业集群|产业体系|产业集聚区|产业)")


def _led_cluster(doc: Doc, sent: Sent, st: State, z: Span) -> None:
    """Z…形成了以A为龙头、B等整车企业为核心的X产业集群: the companies not leading are in X.

    Whether the companies are placed in Z the batches disagree (the shared corpus does not place
    the leaders of such a cluster), so no LOCATED_IN is drawn from it."""
    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or f[x.start - 1 : x.start] != "以" or \
                (i > 0 and sp[i - 1].end >= x.start - 1):
            continue
        if not re.search(r"形成了?$", f[max(sent.start, x.start - 4) : x.start - 1]):
            continue
        members_: list[Span] = []
        k = i
        while k < len(sp) and sp[k].type == ET.ENTERPRISE:
            group = coordinated(doc, sp, k, frozenset({ET.ENTERPRISE}))
            last = sp[group[-1]]
            rm = re.compile(r"(?:等[^,。;为]{0,10}?)?(?=为)").match(f, last.end)
            if rm is None or not _LED_ROLE.match(f, rm.end()):
                break
            members_ += [sp[g] for g in group]
            nxt = group[-1] + 1
            after = f[rm.end() + 3 : sp[nxt].start] if nxt < len(sp) else ""
            if nxt < len(sp) and after == "、":
                k = nxt
                continue
            break
        if not members_:
            continue
        ind = next((y for y in sp if y.type == ET.INDUSTRY and y.start > members_[-1].end and
                    f[y.start - 1 : y.start] == "的" and _LED_END.match(f, y.end) and
                    not re.search(r"[,。;]", f[members_[-1].end : y.start])), None)
        leaders = {r.head.key for r in st.rels if r.type == RT.CHAIN_LEADER_OF}
        for y in members_:
            if ind is not None and y.key not in leaders:
                _rel(st, y, RT.IN_INDUSTRY, ind, x.start - 1, ind.end, 0.55)


_PROJECT_COUNT = re.compile(
    r"(?:新签约|签约|引进|新引进|落地|新落地|落户|实施|开工|新开工|招引|新增|集中开工)"
    rf"(?:了)?[^,。;]{{0,10}}?项目[{_NUM}]+个")
_THEN_AMONG = re.compile(r"[^,。;]{0,6}?,(?:[^。;]{0,24}?,)?(?P<q>其中,?)|[^,。;]{0,6}?,")


def _counted_projects(doc: Doc, sent: Sent, st: State) -> None:
    """经开区新签约项目14个，其中A…项目 ; 实施项目42个，A…项目、B…项目建成投产: in the zone."""
    f = doc.folded
    sp = sent.spans
    for m in _PROJECT_COUNT.finditer(f, sent.start, sent.end):
        cs = max(sent.start, *(f.rfind(c, sent.start, m.start()) + 1 for c in ",;"))
        if cs == sent.start:
            cs = sent.body_start
        zone = next((z for z in reversed(sp) if z.type == ET.ZONE and cs <= z.start < m.start()),
                    None)
        if zone is None and _ZONE_ANAPHOR.match(f[cs : cs + 16]):
            zone = sent.subject_zone or st.last_zone
        if zone is None or _is_park(zone.name):
            continue
        # the companies opening the clause after the count (其中A…; A…项目、B…项目建成投产)
        tm = _THEN_AMONG.match(f, m.end())
        if tm is None:
            continue
        pos = tm.end()
        k = next((j for j, x in enumerate(sp) if x.start == pos), None)
        while k is not None and sp[k].type == ET.ENTERPRISE:
            group = coordinated(doc, sp, k, frozenset({ET.ENTERPRISE}))
            for g in group:
                _rel(st, sp[g], RT.LOCATED_IN, zone, m.start(), sp[g].end, 0.65)
            # A投资…的P项目、B的Q项目: the next company after a project word and 、
            end = sp[group[-1]].end
            nxt = re.compile(r"[^,。;、]{0,24}?(?:项目|基地|工厂)、").match(f, end)
            k = next((j for j, x in enumerate(sp) if nxt and x.start == nxt.end()), None)


_BUILT_IN = re.compile(
    r"(?:先后|陆续|相继|已|还|累计|共)*(?:建设|建成|打造|布局|设立|引进|培育|落地)(?:了|起)?")
_CLAUSE_END = re.compile(r"[,。;]")
_AT_GENERIC = re.compile(
    r"(?:目前|现|也|均)?(?:位于|坐落于|设在)(?P<z>园区|开发区|高新区|经开区|新区|示范区)内?(?=[,。;]|$)|"
    r"(?:是|为|作为)(?P<z2>开发区|高新区|经开区|园区|新区)(?P<carrier>[^,。;]{0,12}?"
    r"(?:载体|平台|组成部分|核心区|主阵地))")
_SEAT = re.compile(
    r",(?:其|公司|企业)?(?:总部|生产基地|研发中心|总部基地)(?:位于|设在|坐落于|落户)")
_ZONE_WORD_BEFORE = re.compile(r"(?:经开区|开发区|高新区|园区|新区)内?|(?<=[在于入驻落户])区内")
_LIES_IN = re.compile(r"(?:目前|现|总部|生产基地)?(?:坐落|位)于(?:高新区|开发区|经开区|新区|园区)?")
_SETTLE = re.compile(r"(?:已|将|正式|成功)?(?:落户|入驻|落地|位于|坐落于|选址|建在)")
_IN_TURN = re.compile(r"等[^,。;]{0,12}$|相继|先后|陆续")
_ZONE_WORD = re.compile(r"(?:经开区|开发区|高新区|园区|新区)(?=[\u4e00-\u9fff])")
_AT_VERB = re.compile(
    r"(?:累计|共|先后|已|再|追加|计划|拟)?"
    r"(?:投资|建设|新建|扩建|布局|设立|成立|打造|落地|落户|开工|建|投建|兴建|扩大|投产|设厂|注册)")
_PARK_SUFFIX = ("产业园", "科技园", "工业园", "孵化园", "产业园区", "工业园区", "产业基地",
                "创业园", "软件园", "科创城", "智创城", "小镇", "创新城", "科学城", "智造园")
_ZONE_NOT_PARK = ("高新技术产业园区", "高新技术产业园", "经济开发区", "经济技术开发区")


def _park_before(sp: list[Span], pos: int) -> Span | None:
    """The last park (…产业园) of the sentence named before ``pos``, with no other zone after it."""
    z = next((y for y in reversed(sp) if y.type == ET.ZONE and y.end <= pos), None)
    return z if z is not None and _is_park(z.name) else None


def _is_park(name: str) -> bool:
    """A park inside a zone (…产业园), not a zone whose official name ends like one."""
    return (name.endswith(_PARK_SUFFIX) and not name.endswith(_ZONE_NOT_PARK)) or \
        _SHORT_PARK.fullmatch(name) is not None


# 宏伟园区, 北湖科技开发区: a sub-park of a short place or brand word
_SHORT_PARK = re.compile(r"[\u4e00-\u9fff]{2,3}(?:科技开发区|园区)")


_BUILD_VERB = re.compile(r"(?:推进|建设|打造|建成|规划|启动|投用|加快|新建|布局)$")


_PROJECT_SETTLED = re.compile(r"项目(?:将|已|正式|成功)?(?:签约)?(?:落户|落地|选址|建在|位于|入驻)")


_SETTLED_BEFORE = re.compile(r"(?:(?:坐落|位)于|扎根(?:于|在)?|落户(?:于|在)?|入驻|同(?:在|处))$")
_SETTLED_OF = re.compile(r"(?:多年|已久|[0-9一二三四五六七八九十两]+(?:多|余)?年)?的")


def _located_at(doc: Doc, sent: Sent, st: State) -> None:
    """坐落于Z的X ; X位于Z ; X将在Z投资建设… ; 项目落户Z ; Z推进P建设 (P a park)."""
    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp):
        if x.type not in ORG or x.type == ET.GOVERNMENT:
            continue
        before = f[max(sent.start, x.start - 4) : x.start]
        nxt = next((y for y in sp[i + 1 :] if y.type != ET.INDUSTRY), None)
        # 坐落于/位于Z的X ; 扎根Z多年的X
        if x.type == ET.ZONE and nxt is not None and nxt.type in ORG and \
                _SETTLED_BEFORE.search(before) and _SETTLED_OF.fullmatch(f, x.end, nxt.start):
            _rel(st, nxt, RT.LOCATED_IN, x, x.start - 3, nxt.end, 0.75)
        if nxt is None or (nxt.type != ET.ZONE and x.type != ET.ZONE):
            continue
        gap = f[x.end : nxt.start]
        # X位于/坐落于Z ; X将在Z投资建设 ; A、B等已在Z建设
        if _LIES_IN.fullmatch(gap) or (
                x.type in (ET.ENTERPRISE, ET.RESEARCH_INSTITUTE, ET.UNIVERSITY) and
                re.fullmatch(r"(?:等[^,。;在]{0,10})?(?:将|已|也|还|计划|拟|正|已经|均|都|先后|相继)*在"
                             r"(?:区内|园区内?|开发区内?|高新区内?|经开区内?|新区内?)?", gap)
                and _AT_VERB.match(f, nxt.end)):
            k0 = i
            if gap.startswith("等"):
                while k0 > 0 and sp[k0 - 1].type == x.type and \
                        COORD.match(_between(doc, sp[k0 - 1], sp[k0])):
                    k0 -= 1
            for y in sp[k0 : i + 1]:
                _rel(st, y, RT.LOCATED_IN, nxt, y.start, nxt.end, 0.75)
        # Z是X的总部所在地 ; Z是X的生产基地
        if x.type == ET.ZONE and nxt is not None and nxt.type == ET.ENTERPRISE and \
                re.fullmatch(r"(?:也|还|已|已经)?(?:是|成为)", f[x.end : nxt.start]) and \
                re.match(r"的(?:总部|总部所在地|所在地|生产基地|主要生产基地|诞生地|总部基地)",
                         f[nxt.end : nxt.end + 8]):
            _rel(st, nxt, RT.LOCATED_IN, x, x.start, nxt.end + 6, 0.7)
    # 研究院落户晋中开发区科创城: a name standing for one named before
    if sent.non_zone_topic or (sent.subject is not None and sent.subject.type == ET.ZONE and
                               sent.subject not in sp):
        nm = _NOUN_ANAPHOR.match(f, sent.body_start)
        am = _SETTLE.match(f, nm.end()) if nm is not None else None
        if am is not None:
            z = next((y for y in sp if y.start == am.end() and y.type == ET.ZONE), None)
            if z is None and GENERIC_ZONE.match(f, am.end()):  # 该产业园位于开发区…
                z = area_zone(st, sent, exclude=sent.subject)
            _rel(st, sent.subject, RT.LOCATED_IN, z, sent.start, z.end if z else am.end(), 0.65)
    # (E)在Z先后建设了A、B等…: what is built in a zone lies in it
    for z in sp:
        if z.type != ET.ZONE or f[z.start - 1 : z.start] != "在":
            continue
        bm = _BUILT_IN.match(f, z.end)
        if bm is None:
            continue
        ce = _CLAUSE_END.search(f, bm.end(), sent.end)
        stop = ce.start() if ce else sent.end
        for y in sp:
            if bm.end() <= y.start < stop and y is not z and (
                    y.type == ET.ENTERPRISE or (y.type == ET.ZONE and
                                                _is_park(y.name))):
                _rel(st, y, RT.LOCATED_IN, z, z.start - 1, y.end, 0.65)
    # X位于园区内 ; P是开发区光机电产业的重要载体: in the zone the text is about
    for x in sp:
        if x.type not in (ET.ENTERPRISE, ET.RESEARCH_INSTITUTE, ET.UNIVERSITY, ET.ZONE):
            continue
        gm = _AT_GENERIC.match(f, x.end)
        if gm is None:
            continue
        zs = gm.start("z") if gm.group("z") else gm.start("z2")
        if any(y.start == zs for y in sp):
            continue  # a named zone: the rules above
        if x.type == ET.ZONE and (not _is_park(x.name) or not gm.group("carrier")):
            continue
        if x.type != ET.ZONE and gm.group("carrier"):
            continue
        _rel(st, x, RT.LOCATED_IN, area_zone(st, sent, exclude=x), x.start, gm.end(), 0.65)
    # X作为…链主企业,总部位于Z: the subject company's seat
    subj = sent.subject
    if subj is not None and subj.type == ET.ENTERPRISE and subj in sp:
        for hm in _SEAT.finditer(f, subj.end, sent.end):
            z = next((y for y in sp if y.start == hm.end() and y.type == ET.ZONE), None)
            between = [y for y in sp if subj.end <= y.start < hm.start() and y.type in ORG]
            if z is not None and not between:
                _rel(st, subj, RT.LOCATED_IN, z, subj.start, z.end, 0.65)
    # 入驻经开区大数据产业园 ; 在区内P: a park named right after the zone's common noun lies in
    # the zone
    for y in sp:
        if y.type == ET.ZONE and _is_park(y.name):
            gm = _ZONE_WORD_BEFORE.search(f, max(sent.start, y.start - 4), y.start)
            if gm is not None and gm.end() == y.start:
                _rel(st, y, RT.LOCATED_IN, area_zone(st, sent, exclude=y), gm.start(), y.end, 0.6)
    # 光电产业园内，龙腾光电、维信诺等面板企业…: the park the list stands in
    for y in sp:
        if y.type == ET.ZONE and f.startswith("内", y.end):
            pos = y.end + (2 if f[y.end + 1 : y.end + 2] == "," else 1)
            idx = next((j for j, x in enumerate(sp) if x.start == pos and x.type == ET.ENTERPRISE),
                       None)
            if idx is not None:
                for g in coordinated(doc, sp, idx, frozenset({ET.ENTERPRISE})):
                    _rel(st, sp[g], RT.LOCATED_IN, y, y.start, sp[g].end, 0.7)
    # (该)项目落户/落地/选址Z: the investor of the sentence is in Z
    for m in _PROJECT_SETTLED.finditer(f[sent.start : sent.end]):
        pos = sent.start + m.end()
        z = next((y for y in sp if y.start == pos and y.type == ET.ZONE), None)
        if z is None and GENERIC_ZONE.match(f, pos) and not any(y.start == pos for y in sp):
            z = area_zone(st, sent)  # 项目正式落地经开区
        inv = next((y for y in reversed(sp) if y.end <= pos - m.end() + m.start() and
                    y.type == ET.ENTERPRISE), None) or st.last_partner
        if z is not None and inv is not None:
            _rel(st, inv, RT.LOCATED_IN, z, sent.start, z.end, 0.65)
    # Z(今年)推进/建设P(建设): a park inside the subject zone
    zone = sent.subject_zone
    if zone is not None and zone in sp:
        for y in sp:
            if y.type == ET.ZONE and y is not zone and _is_park(y.name) and \
                    y.start > zone.end and _BUILD_VERB.search(
                        re.sub(r"^[^,。;]*[,。;]", "", f[zone.end : y.start])[-6:]):
                _rel(st, y, RT.LOCATED_IN, zone, zone.start, y.end, 0.65)
    for y in sp:
        if y.type == ET.ZONE and _is_park(y.name):
            st.last_park = y


_SUB_PARKS = re.compile(r"(?:下辖|下设|包括|涵盖|由)$")
_UNDER_IT = re.compile(
    r"(?:^|[,。;:])(?:目前|现)?(?:该区|本区|园区|开发区|高新区|经开区|新区|基地|全区)?(?:目前|现)?"
    r"(?:下辖|下设)(?:有)?$")
_WITHIN = re.compile(
    r"(?:区内|园区内|高新区内|开发区内|经开区内|新区内)(?:拥有|有|建有|聚集了?|集聚了?)$")
# …等企业相继落户烟台: the place is named after the verb (the located rules read it)
_GOES_TO = re.compile(r"[^,。;]*?(?:落户|落地|入驻|迁入|布局|签约)(?:在|于|到)?[\u4e00-\u9fff]")
_PRESENT_AFTER = re.compile(
    r"等(?:[^,。;]{0,12}?)(?:企业|项目|高校|院校|科研院所|单位)(?:[^,。;]{0,8}?)"
    r"(?:建成投产|投产|开工|落地|落户|入驻|集聚|产能|相继|先后|已|均|满产|满负荷|产值|营收|营业收入|"
    r"扩产|稳产|达产)")
_ZONE_FIRMS_AFTER = re.compile(
    r"等(?:园区|区内|开发区|高新区|经开区|新区)(?:内)?(?:的)?(?:重点|骨干|龙头|规上)?企业")
_KIND_OF_CHAIN = re.compile(r"等[^,。;]{0,4}?(?:整机|零部件|配套|上下游|链上|重点|骨干)")


def zone_lists(doc: Doc, sent: Sent, st: State) -> None:
    """Z下辖A、B和C ; 区内拥有A、B等高校 ; Z X产业加快集聚，A、B等整机及零部件企业产能释放 ;
    (Z…。) A、B等一批重大项目建成投产: what the zone of the passage holds."""
    f = doc.folded
    sp = sent.spans
    zone_first = sp[0] if sp and sp[0].type == ET.ZONE and sp[0].start <= sent.body_start + 1 \
        else None
    for i, x in enumerate(sp):
        if i > 0 and sp[i - 1].end >= x.start - 1 and COORD.match(_between(doc, sp[i - 1], x)):
            continue  # not the head of a list
        pre = f[sent.start : x.start]
        if zone_first is not None and x.type == ET.ZONE and x is not zone_first and \
                _SUB_PARKS.search(pre) and pre.endswith(f[zone_first.end : x.start]):
            for g in coordinated(doc, sp, i, frozenset({ET.ZONE})):
                _rel(st, sp[g], RT.LOCATED_IN, zone_first, zone_first.start, sp[g].end, 0.6)
            continue
        if x.type == ET.ZONE and _UNDER_IT.search(pre):
            # (Z…,)基地下设A、B、C三个园区 ; 高新区下辖A、B: the zone the passage is about
            host = sent.subject_zone or area_zone(st, sent, exclude=x)
            if host is not None and host.key != x.key and not _is_park(host.name):
                for g in coordinated(doc, sp, i, frozenset({ET.ZONE})):
                    _rel(st, sp[g], RT.LOCATED_IN, host, x.start, sp[g].end, 0.55)
                continue
        if x.type not in ORG or x.type == ET.GOVERNMENT:
            continue
        group = coordinated(doc, sp, i)
        last = sp[group[-1]]
        z: Span | None = None
        if _WITHIN.search(pre):
            z = area_zone(st, sent)
        elif _ZONE_FIRMS_AFTER.match(f, last.end) and not any(y.type == ET.ZONE for y in sp):
            z = area_zone(st, sent)  # A、B、C等园区企业与D签订…: companies of the passage's zone
        elif _PRESENT_AFTER.match(f, last.end, sent.end) and not any(
                y.type in ORG and y.type != ET.ZONE and y.start < x.start for y in sp) and \
                not _GOES_TO.match(f, last.end, sent.end):
            if zone_first is not None and not re.search(r"[,;]$", f[zone_first.end : x.start]):
                continue  # Z与A、B…: the zone is one party, not the place
            z = zone_first
            if z is None and not any(y.type == ET.ZONE for y in sp) and st.last_zone is not None:
                z = area_zone(st, sent)  # Z…。A、B等一批重大项目建成投产
        if z is None:
            continue
        ind = None
        if zone_first is not None and _KIND_OF_CHAIN.match(f, last.end, sent.end):
            ind = next((y for y in sp if y.type == ET.INDUSTRY and
                        y.start in (zone_first.end, zone_first.end + 1)), None)
        placed = {r.head.key for r in st.rels[sent.rel_start :] if r.type == RT.LOCATED_IN}
        for g in group:
            if sp[g].key not in placed:  # …等龙头企业落户南川工业园区: the park named wins
                _rel(st, sp[g], RT.LOCATED_IN, z, x.start, last.end, 0.55)
            if ind is not None and sp[g].type == ET.ENTERPRISE:
                _rel(st, sp[g], RT.IN_INDUSTRY, ind, x.start, last.end, 0.5)


_GROW_VERB = re.compile(r"(?:做强|做大|做优|做精|培育|壮大|发展|提升|延伸|打造|聚焦|主攻)$")
_TASK_INDUSTRY = re.compile(
    r"(?:首位|主导|支柱|优势|特色)?(?:全产业链|产业链|产业集群|产业)(?!园|基地|学院|联盟)")
_BACKS = re.compile(r"(?:支持|推动|引导|鼓励|依托|推进|服务)$")


def industry_tasks(doc: Doc, sent: Sent, st: State) -> None:
    """做强白酒产业，支持A、B等重点企业扩产增效；做大X产业，推动C、D等企业项目达产 (a work
    report's tasks): the companies backed in the task of an industry are in it."""
    f = doc.folded
    sp = sent.spans
    for ind in sp:
        if ind.type != ET.INDUSTRY:
            continue
        seg_start = max(f.rfind(ch, sent.start, ind.start) for ch in ";:。") + 1
        if seg_start <= 0:
            seg_start = sent.start
        pre = f[max(seg_start, ind.start - 4) : ind.start]
        if not _GROW_VERB.search(pre) or not _TASK_INDUSTRY.match(f, ind.end):
            continue  # 聚焦X首位产业，全力支持A、B做大做强 too
        seg_end = f.find(";", ind.end, sent.end)
        seg_end = sent.end if seg_end < 0 else seg_end
        inside = [x for x in sp if ind.end < x.start and x.end <= seg_end]
        for i, x in enumerate(sp):
            if x not in inside or x.type != ET.ENTERPRISE:
                continue
            lead = f[max(seg_start, x.start - 2) : x.start]
            if not _BACKS.search(lead):
                continue
            for g in coordinated(doc, sp, i, frozenset({ET.ENTERPRISE})):
                _rel(st, sp[g], RT.IN_INDUSTRY, ind, ind.start, sp[g].end, 0.5)


_KIND_AFTER = re.compile(rf"^等(?:一批|多家|[{_NUM}]+(?:多|余)?家)?$")
_KIND_NOUN = re.compile(
    r"(?:全产业链|产业链|产业|行业)?(?:配套|上下游|骨干|领军|重点|龙头|生产|制造|相关)?(?:企业|厂商)|"
    r"主机厂|整车厂|主机企业|整车企业")
# 作为A、B等X主机厂的核心液压件供应商,E…: the supplier of X's makers is in X (dev44 README 7)
_MAKERS_SUPPLIER = re.compile(
    r"(?:主机厂|整车厂|主机企业|整车企业)的[^,。;的]{0,8}?(?:供应商|配套商|配套企业),")
_CHAIN_KIN = re.compile(
    rf"等(?:一批|多家|[{_NUM}]+(?:多|余)?家)?(?:产业链)?(?:上下游|上游|配套|关联)(?:配套)?企业")


def _paragraph_led(doc: Doc, sent: Sent, st: State) -> tuple[Span, set[str]] | None:
    """The one industry the paragraph's chain leaders (named before the sentence) lead, and
    the leaders."""
    k = sent.index
    while k > 0 and doc.paragraph_of[k - 1] == doc.paragraph_of[sent.index]:
        k -= 1
    lo = doc.sentences[k][0]
    found = [r for r in st.rels if r.type == RT.CHAIN_LEADER_OF and lo <= r.start < sent.start]
    if len({r.tail.key for r in found}) != 1:
        return None
    return found[-1].tail, {r.head.key for r in found}


def _makers_supplier(doc: Doc, sent: Sent, st: State) -> None:
    """作为A、B等X主机厂的核心液压件供应商,E…: E supplies X's makers, so is in X."""
    f = doc.folded
    for sm in _MAKERS_SUPPLIER.finditer(f, sent.start, sent.end):
        ind = next((y for y in sent.spans if y.type == ET.INDUSTRY and y.end == sm.start()), None)
        sup = next((y for y in sent.spans if y.type == ET.ENTERPRISE and y.start == sm.end()),
                   None)
        if ind is None or sup is None:
            continue
        cs = max(sent.start, f.rfind(",", sent.start, ind.start) + 1)
        if f.startswith("作为", cs):
            _rel(st, sup, RT.IN_INDUSTRY, ind, cs, sup.end, 0.6)


def _listed_kind(doc: Doc, sent: Sent, st: State) -> None:
    """A、B等一批半导体企业: each is in that industry; A、B等上下游企业 after 以X为龙头: in X's."""
    f = doc.folded
    sp = sent.spans
    if not any(x.type == ET.ENTERPRISE for x in sp):
        return
    led = {r.tail.key: r.tail for r in st.rels[sent.rel_start :] if r.type == RT.CHAIN_LEADER_OF}
    leaders = {r.head.key for r in st.rels[sent.rel_start :] if r.type == RT.CHAIN_LEADER_OF}
    for _, group in _company_lists(doc, sp):
        last = sp[group[-1]]
        k = group[-1] + 1
        ind = sp[k] if k < len(sp) and sp[k].type == ET.INDUSTRY else None
        if ind is not None and _KIND_AFTER.match(f[last.end : ind.start]) and \
                _KIND_NOUN.match(f, ind.end):
            # 现代物流产业…，引进A、B等物流企业: the kind names again the industry before
            task = _task_industry(doc, sent, st, last.end)
            if task is None:  # Z是光电信息产业的承载区,已集聚A、B等光电企业: the one named before
                before = {y.key: y for y in sp[: group[0]] if y.type == ET.INDUSTRY}
                task = next(iter(before.values())) if len(before) == 1 else None
            tail: Span | None = task if task is not None and task.name != ind.name and \
                task.name.startswith(ind.name) | task.name.endswith(ind.name) else ind
        elif len(led) == 1 and _CHAIN_KIN.match(f, last.end):
            tail = next(iter(led.values()))
        elif not led and (km := _CHAIN_KIN.match(f, last.end)) is not None and \
                "下游" in km.group() and (pl := _paragraph_led(doc, sent, st)) is not None:
            tail, leaders = pl  # L是X产业链链主…。(高新区)先后引进A、B等17家上下游企业
        else:
            continue
        for g in group:
            if sp[g].key not in leaders:
                _rel(st, sp[g], RT.IN_INDUSTRY, tail, sp[g].start, last.end + 12, 0.65)


def in_industry(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    _listed_kind(doc, sent, st)
    if "供应商" in f[sent.start : sent.end] or "配套" in f[sent.start : sent.end]:
        _makers_supplier(doc, sent, st)
    body = f[sent.body_start : sent.end]
    ents = [x for x in sp if x.type == ET.ENTERPRISE]
    inds = [x for x in sp if x.type == ET.INDUSTRY]
    topic: Span | None = None
    m = body.startswith("在")
    if m and inds and inds[0].start == sent.body_start + 1:
        topic = inds[0]
    topic = topic or _topic(doc, sent)
    if topic is None and ents:
        topic = _focus_topic(doc, sent, inds)
    for ind in inds:
        if re.match(r"^(?:产业链|产业)项目", f[ind.end : ind.end + 6]):
            st.topic_industry = ind
            topic = topic or ind
    if topic is None and st.topic_industry is not None and ents:
        topic = st.topic_industry
    if topic is None and f.startswith("其中", sent.start) and st.prev_industry:
        topic = st.prev_industry
    if topic is None and ents:
        topic = _task_industry(doc, sent, st)
    if topic is None and inds and ents:
        # X、Y、Z3家整车企业 in a sentence about an industry
        for i, x in enumerate(sp):
            if x.type != ET.ENTERPRISE:
                continue
            group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
            last = sp[group[-1]]
            if re.match(rf"^[{_NUM}]+家[\u4e00-\u9fff]{{0,4}}企业", f[last.end : last.end + 10]):
                for g in group:
                    _rel(st, sp[g], RT.IN_INDUSTRY, inds[0], sent.start, last.end, 0.6)
    if topic is None:
        # 以A、B为骨干: the industry named before in the sentence
        for x in ents:
            if re.match(r"^(?:、[^,。;]{1,12})*为(?:骨干|主体)", f[x.end : x.end + 16]) and \
                    f[x.start - 1 : x.start] in ("以", "、"):
                before = next((y for y in reversed(inds) if y.end <= x.start), None)
                _rel(st, x, RT.IN_INDUSTRY, before, sent.start, x.end, 0.6)
    leaders = {id(r.head) for r in st.rels[sent.rel_start :] if r.type == RT.CHAIN_LEADER_OF}
    if topic is None and not inds and st.focus_industry is not None and \
            _CHAIN_TALK.search(f, sent.start, sent.end):
        # 常州经开区紧扣新能源产业…。A、B等企业在经开区布局…: the paragraph's industry
        placed = {id(r.head) for r in st.rels[sent.rel_start :] if r.type == RT.LOCATED_IN and
                  r.head.type == ET.ENTERPRISE}
        typed = {id(r.head) for r in st.rels[sent.rel_start :] if r.type == RT.IN_INDUSTRY}
        for x in ents:
            if id(x) in placed and id(x) not in leaders and id(x) not in typed:
                _rel(st, x, RT.IN_INDUSTRY, st.focus_industry, sent.start, x.end, 0.5)
    _counted_kind(doc, sent, st)
    _engaged(doc, sent, st)
    typed = {id(r.head) for r in st.rels[sent.rel_start :] if r.type == RT.IN_INDUSTRY}
    if topic is not None:
        for x in ents:
            if re.match(r"^为龙头", f[x.end : x.end + 3]) or x.start < topic.start or \
                    id(x) in leaders or id(x) in typed or _downstream(doc, sent, x):
                continue
            _rel(st, x, RT.IN_INDUSTRY, topic, sent.start, max(x.end, topic.end), 0.6)
    # remember the industry of a sentence for a following "其中，X…" sentence
    st.prev_industry = next((x for x in inds if re.match(r"^产业", f[x.end : x.end + 2])), None)


_COUNTED_KIND = re.compile(
    rf"(?:产业)?(?:上下游|配套|相关|骨干|规上|规模以上)?(?:企业|厂商)[{_NUM}]+(?:余|多)?家,"
    r"(?P<q>其中(?:包括|有)?)?")
_GATHERED_BY = re.compile(r"(?:已|已经|共|目前|现已)?(?:集聚|聚集|汇聚|拥有|现有)了?$")
_LIST_THEN = re.compile(rf"等(?:一批|多家|[{_NUM}]+(?:多|余)?家)?[^,。;]{{0,8}}?(?:企业|厂商)")


def _counted_kind(doc: Doc, sent: Sent, st: State) -> None:
    """集聚乳业上下游企业156家，其中包括A、B等配套企业 ; Z已集聚纺织印染企业108家，A、B等一批
    企业…: each is in that industry, and in the zone that gathered them."""
    f = doc.folded
    sp = sent.spans
    for ind in sp:
        if ind.type != ET.INDUSTRY:
            continue
        m = _COUNTED_KIND.match(f, ind.end)
        if m is None:
            continue
        j = next((i for i, x in enumerate(sp) if x.start == m.end() and
                  x.type == ET.ENTERPRISE), None)
        if j is None:
            continue
        group = coordinated(doc, sp, j, frozenset({ET.ENTERPRISE}))
        if m.group("q") is None and not _LIST_THEN.match(f, sp[group[-1]].end):
            continue  # 企业108家，A与B签约: not a list of them
        cs = max(sent.start, f.rfind(",", sent.start, ind.start) + 1)
        z = next((y for y in reversed(sp) if y.type == ET.ZONE and cs <= y.start and
                  y.end <= ind.start and _GATHERED_BY.search(f, y.end, ind.start)), None)
        if z is None and _GATHERED_BY.search(f, cs, ind.start) and \
                GENERIC_ZONE.match(f, cs, ind.start):
            z = area_zone(st, sent)
        leads = {r.head.key for r in st.rels if r.type == RT.CHAIN_LEADER_OF and
                 r.tail.key == ind.key}  # …，A、B等龙头企业: CHAIN_LEADER only (doc_03)
        for g in group:
            if sp[g].key not in leads:
                _rel(st, sp[g], RT.IN_INDUSTRY, ind, ind.start, sp[g].end, 0.6)
            if z is not None:
                _rel(st, sp[g], RT.LOCATED_IN, z, z.start, sp[g].end, 0.55)


_ENGAGED_BEFORE = re.compile(r"(?:专业从事|主要从事|从事|专注于?|致力于|深耕)")
_ENGAGED_AFTER = re.compile(
    r"(?:(?:是(?:一家)?)?(?:目前|一直|长期)?(?:主要|专业|专门)?(?:从事|专注于?|致力于|深耕)|"
    r"是(?:一家|国内|全国|全球|我国|省内|区内)?(?:[^,。;的]{0,8}的)?)")
_KIND_END = re.compile(
    r"(?:产品)?的?(?:研发|生产|制造|加工|设计|销售|应用|和|与|及|、)*(?:研发|生产|制造|加工)|"
    r"(?:研发|生产|制造|加工)*(?:龙头|骨干|领军|重点|高新技术|科技型|专精特新)?"
    r"(?:企业|制造商|生产商|供应商)|领域|行业")


def _engaged(doc: Doc, sent: Sent, st: State) -> None:
    """从事X生产的E ; E主要从事X的研发和生产 ; E是一家X企业: the company's industry."""
    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE:
            continue
        ind: Span | None = None
        m = _ENGAGED_AFTER.match(f, x.end, sent.end)
        if m is not None:
            ind = next((y for y in sp[i + 1 :] if y.type == ET.INDUSTRY and
                        y.start == m.end()), None)
        elif f[x.start - 1 : x.start] == "的":
            # 从事X生产的E: the industry in the attribute right before the company
            lead = max(sent.start, *(f.rfind(c, sent.start, x.start) + 1 for c in ",;:"))
            tm = max(_ENGAGED_BEFORE.finditer(f, lead, x.start), key=lambda k: k.start(),
                     default=None)
            if tm is not None:
                ind = next((y for y in sp[:i] if y.type == ET.INDUSTRY and
                            y.start == tm.end()), None)
        if ind is None or not _KIND_END.match(f, ind.end):
            continue
        if any(y.type in ORG and y.end <= x.start and y.start >= ind.end for y in sp):
            continue
        for g in coordinated(doc, sp, i, frozenset({ET.ENTERPRISE})):
            _rel(st, sp[g], RT.IN_INDUSTRY, ind, min(x.start, ind.start), max(x.end, ind.end),
                 0.6)


def _downstream(doc: Doc, sent: Sent, x: Span) -> bool:
    """X in a list of 下游企业 (customers of the subject's industry, not in it)."""
    sp = sent.spans
    i = sp.index(x)
    group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
    return bool(re.match(rf"等(?:[{_NUM}]+(?:余|多)?家)?(?:一批)?下游",
                         doc.folded[sp[group[-1]].end : sp[group[-1]].end + 10]))


_CHAIN_WORD = re.compile(r"(?:全产业链|产业链|产业|领域)")
_CHAIN_TALK = re.compile(r"产业链|链条|补链|延链|强链|建链")
_FOCUS_VERB = re.compile(r"(?:聚焦|围绕|深耕|瞄准|紧扣|锚定|做强|壮大|发展|布局)$")
_INTRO_VERB = re.compile(r"引进|引入|招引|吸引|落户|入驻|集聚|依托")


def _focus_topic(doc: Doc, sent: Sent, inds: list[Span]) -> Span | None:
    """Z聚焦X产业链…，引进了A、B: the one industry a zone-subject sentence focuses on."""
    f = doc.folded
    if sent.subject_zone is None:
        return None
    cands = [y for y in inds if _FOCUS_VERB.search(f[max(sent.start, y.start - 4) : y.start])
             and _CHAIN_WORD.match(f, y.end)]
    if len(cands) != 1:
        return None
    y = cands[0]
    if not _INTRO_VERB.search(f, y.end, sent.end):
        return None
    return y


_PARK_TAIL = re.compile(r"(?:产业园区?|工业园区?|科技园|软件园|孵化园|软件城|科技城|科创城|智创城|"
                        r"创新城|科学城|生物城|小镇|园区|片区)$")
_ZONE_TAIL = re.compile(r"(?:开发区|高新区|经开区|新区|园区|实验区|示范区|保税区|自贸区)$")


def zone_in_park(spans: list[Span], sp: Span) -> bool:
    """银川经济技术开发区新能源产业园, 西安高新区丝路软件城: a zone's name opening the name of a
    park or sub-area is the zone the park lies in (a mention of its own)."""
    if sp.nested_in < 0 or sp.type != ET.ZONE:
        return False
    parent = spans[sp.nested_in]
    if not (parent.type == ET.ZONE and sp.start == parent.start and
            len(parent.name) - len(sp.name) >= 3 and _ZONE_TAIL.search(sp.name) is not None and
            _PARK_TAIL.search(parent.name) is not None and
            _ZONE_TAIL.fullmatch(parent.name[len(sp.name):]) is None):
        return False
    from chainkg.nlp.resolve import same_zone

    # the zone named on its own elsewhere in the text: the park is placed in that mention
    return not any(x.nested_in < 0 and x.type == ET.ZONE and x is not parent and (
        x.name == sp.name or x.name.endswith(sp.name) or sp.name.endswith(x.name) or
        same_zone(sp.name, x.key) or same_zone(x.name, sp.name)) for x in spans)


def structural(spans: list[Span], st: State, doc: Doc) -> None:
    """GOVERNS (X管委会 → X), PART_OF (nested names), LOCATED_IN from name nesting."""
    for sp in spans:
        if sp.nested_in < 0:
            continue
        parent = spans[sp.nested_in]
        if parent.type == ET.GOVERNMENT and sp.type == ET.ZONE and sp.start == parent.start:
            _rel(st, parent, RT.GOVERNS, sp, parent.start, parent.end, 0.9)
        elif zone_in_park(spans, sp):
            _rel(st, parent, RT.LOCATED_IN, sp, parent.start, parent.end, 0.7)
        elif sp.start == parent.start and sp.type in ORG and parent.type in ORG:
            _rel(st, parent, RT.PART_OF, sp, parent.start, parent.end, 0.8)
    from chainkg.nlp.resolve import same_zone

    zones = {sp.key: sp for sp in spans if sp.type == ET.ZONE and sp.nested_in < 0}
    for b in zones.values():
        bare = b.key.replace("国家", "").replace("省级", "")
        pm = _ZONE_PREFIX.match(bare)
        for a in zones.values():
            if a is b or len(a.key) < 4:
                continue
            if (bare.startswith(a.key) and len(bare) > len(a.key)) or (
                    pm is not None and pm.end() < len(bare) and
                    (pm.group() == a.name or same_zone(pm.group(), a.key))):
                # 长治国家高新区科技孵化园 ⊂ 长治高新区 ; 晋中开发区科创城 ⊂ 晋中…经济技术开发区
                _rel(st, b, RT.LOCATED_IN, a, b.start, b.end, 0.6)


_ZONE_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{2,12}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|新区)")


_COUNTED = (
    (re.compile(r"企业|公司|厂商"), ET.ENTERPRISE),
    (re.compile(r"院校|高校|大学|学院|学校"), ET.UNIVERSITY),
    (re.compile(r"科研机构|研究院|研究所|院所|实验室|研发机构"), ET.RESEARCH_INSTITUTE),
    (re.compile(r"协会|商会|联盟|行业组织|协会组织"), ET.ASSOCIATION),
    (re.compile(r"开发区|园区|高新区|经开区"), ET.ZONE),
)


_COUNTED_AFTER_DENG = re.compile(
    rf"等(?P<num>[0-9]+|[{_NUM}]+)(?P<more>余|多)?(?P<unit>家|所|个|名|项)"
    r"(?P<noun>[\u4e00-\u9fff]{1,14}?)(?=[,。;、]|$|拟|以|和|及)")


def facts(doc: Doc, sent: Sent, st: State) -> None:
    """Stated counts (等54家企业) and amounts (投资约9.4亿元)."""
    f = doc.folded
    sp = sent.spans
    groups = [x for x in sp if x.type in GROUPS]
    for m in _COUNTED_AFTER_DENG.finditer(f[sent.start : sent.end]):
        value = cn_to_number(m.group("num"))
        if value is None:
            continue
        noun = m.group("noun")
        counted = ""
        for pat, typ in _COUNTED:
            if pat.search(noun):
                counted = typ
                break
        pos = sent.start + m.start()
        group = next((r.tail for r in reversed(st.rels) if r.type == RT.MEMBER_OF and
                      r.start >= sent.start and r.tail.end <= pos), None)
        if group is None:
            group = next((g for g in groups if g.end <= pos and g.type == ET.CONSORTIUM), None)
        if group is None:
            group = next((g for g in reversed(groups) if g.end <= pos), None)
        subj: Span | None = group
        kind = "member_count"
        if group is None:
            subj, kind = sent.subject_zone or sent.subject, "count"
        if subj is None:
            continue
        noun = doc.text[sent.start + m.start("noun") : sent.start + m.end("noun")]
        st.facts.append(FactRec(subj, kind, value, m.group("unit"), pos, sent.start + m.end(),
                                noun, counted))
    amounts = AMOUNT_RE.finditer(f, sent.start, sent.end) if \
        may_match(AMOUNT_RE, f, sent.start, sent.end) else ()  # no 元: no amount
    for m in amounts:
        pre = f[max(sent.start, m.start() - 6) : m.start()]
        if not re.search(r"投资|投入|总额|规模|金额|增资", pre):
            continue
        value = amount_value(m.group("num"), m.group("mag"))
        if value is None:
            continue
        kw = pre.rfind("投")
        anchor = m.start() - (len(pre) - kw) if kw >= 0 else m.start()
        inv = next((x for x in reversed(sp) if x.end <= anchor and x.end >= anchor - 2), None)
        if inv is None:
            # 总投资10亿元的宁波华翔合肥基地: the subject follows
            inv = next((x for x in sp if x.start >= m.end() and x.start <= m.end() + 2), None)
        investor = invests(doc, sent, st, m.start(), m.end(), value, anchor)
        subj = inv or investor
        if subj is not None:
            st.facts.append(FactRec(subj, "investment", value, m.group("unit"), m.start(),
                                    m.end()))
    invests_without_amount(doc, sent, st)
    invests_listed(doc, sent, st)


_LEGAL_END = ("公司", "集团", "厂")
# E年产…项目 (the project's name opens with the company's) ; 1.E 显示模组扩产项目 投资额15亿元
# (a flattened table row: the column after the blank is the project)
_NAMED_RIGHT_AFTER = re.compile(
    r"(?!等|在|将|拟|计划|投资|签|也|还|与|和|及|已|的|建设|新建|总部)"
    r"(?P<p>(?:(?![,。;、的与和及])[\u4e00-\u9fffA-Za-z0-9./()]){2,30}?项目)"
    r"(?=[,。;、]|$|(?:在|于|已|正式|顺利|建成|开工|投产|落户|落地|投资|全面|一期|总投资|近日|日前|"
    r"目前|今年|正在|建设|竣工|达产|开建|动工|试产))")
# …项目近日开工 ; …项目建成投产 ; 加快…项目建设: the project's progress is the sentence's news
_PROGRESS_NEXT = re.compile(
    r"(?:近日|日前|目前|今年|正在|正式|顺利|已经|已|全面|一期)?"
    r"(?:建成|开工|投产|竣工|达产|开建|动工|试产|签约|落地|落户)")
_SPEEDS_UP = re.compile(r"(?:加快|推进|推动|加速|支持)$")
_GENERIC_PROJECT = re.compile(r"(?:重点|重大|相关|新|在建|一批|多个|各类|配套|招商|产业)*项目")
_NEXT_PROJECT = re.compile(r"、(?:(?![,。;、])[\u4e00-\u9fffA-Za-z0-9./()]){2,40}?项目")


def _list_end(f: str, pos: int, end: int) -> int:
    """The end of a list of projects (P1、P2项目) that starts with the one ending at ``pos``."""
    m = _NEXT_PROJECT.match(f, pos, end)
    while m is not None:
        pos = m.end()
        m = _NEXT_PROJECT.match(f, pos, end)
    return pos
_AMOUNT_NEXT = re.compile(
    r"^[,;]?(?:项目)?(?:投资额|总投资|计划总投资|投资)(?:约|近|超过|超|达)?[0-9]")
_ONE_PROJECT = re.compile(r"(?:(?![,。;、和及与])[\u4e00-\u9fffA-Za-z0-9./ ()]){2,40}?项目")
_JOINT_PROJECT = re.compile(r"(?:(?![,。;])[\u4e00-\u9fffA-Za-z0-9./()]){2,40}?项目")
# one item of a project list: E P项目 (the project named right after its company) or
# E投资32亿元建设的P项目 (its project after its investment)
_ITEM_PROJECT = re.compile(
    r"(?P<amt>(?:总)?投资[^,。;、]{1,14}?(?:建设|新建|兴建|扩建)?的)?"
    r"(?P<p>(?:(?![,。;、的等]|投资|建设|新建|兴建|扩建|将|拟|计划|在|与|和|签约|签订|签署)"
    r"[\u4e00-\u9fffA-Za-z0-9./()]){2,34}?(?:项目|基地))"
    r"(?=[,。;、]|$|和|及|以及|与|等|(?:近日|日前|已|正式|顺利|相继|先后|陆续|集中|全面|均|备受|"
    r"建成|开工|投产|落地|落户|建设|签约|总投资|计划总投资|协议总投资))")
_ITEM_SEP = re.compile(r"、|,?以及|和|及|与")
_CITY_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}[市县]|全市|全省|全县|我市|我省")
_SIGN_WORD = re.compile(r"签约|签订|签署")
_START_WORD = re.compile(r"开工|投产|建成|开建|竣工|动工|达产")
_EVENT_COUNT = re.compile(
    rf"(?P<k>签约|开工|投产|竣工|实施)[^,。;]{{0,6}}?项目[{_NUM}]+个|"
    rf"项目(?:集中|同步|同时|集体)?(?P<k2>签约|开工|投产)")
# the list of an event's projects: 其中, … ; 开工项目中, … (it runs on over ; to the 。)
_AMONG_OPEN = re.compile(r"(?:其中|(?:开工|投产|签约|竣工)?项目中),?")
# a company opening an item of the list with its investment or its project's progress
_ITEM_SUBJECT = re.compile(
    r"(?:总投资|计划总投资|投资|拟投资|增资|追加投资)[0-9.一二三四五六七八九十百千万亿余多]+"
    r"(?:亿|万)?(?:元|美元)|[^,。;]{2,30}?(?:项目|基地|工厂|生产线)(?:[^,。;]{0,4}?)"
    r"(?:总投资|计划总投资|投资|建成|开工|投产|竣工|同步开工|主体完工|开工建设|达产)")


_TOTAL_BEFORE = re.compile(r"总投资[^,。;]{1,14}?的")  # 总投资35亿元的A年产…项目


def _among_run(doc: Doc, sent: Sent) -> int | None:
    """The index of the sentence that opens the list (其中, …; …; …。) ``sent`` belongs to."""
    f = doc.folded
    k = sent.index
    while True:
        s, _e = doc.sentences[k]
        if _AMONG_OPEN.match(f, s) or (k == sent.index and _AMONG_OPEN.match(f, sent.body_start)):
            return k
        if k == 0 or f[s - 1 : s] != ";" or doc.paragraph_of[k - 1] != doc.paragraph_of[k]:
            return None
        k -= 1


def _started_items(doc: Doc, sent: Sent, st: State) -> None:
    """(N个项目集中开工。)其中,A投资N亿元建设P; B P项目总投资M亿元; …: every company whose
    project the list of a start event names lies in the event's zone."""
    ev = st.project_event
    if ev is None or ev[0] != "start" or ev[1] is None or _is_park(ev[1].name):
        return
    k = _among_run(doc, sent)
    if k is None or not 0 <= k - ev[2] <= 1:
        return
    f = doc.folded
    head = _AMONG_OPEN.match(f, doc.sentences[k][0]) if k != sent.index else \
        (_AMONG_OPEN.match(f, sent.start) or _AMONG_OPEN.match(f, sent.body_start))
    opens = {sent.start, sent.body_start}
    if head is not None and k == sent.index:
        opens.add(head.end())
    for x in sent.spans:
        before = f[max(sent.start, x.start - 20) : x.start].rsplit(",", 1)[-1]
        if x.type != ET.ENTERPRISE or (x.start not in opens and
                                       not _TOTAL_BEFORE.fullmatch(before)):
            continue
        if not x.name.endswith(_LEGAL_END) or not _ITEM_SUBJECT.match(f, x.end, sent.end):
            continue
        _rel(st, x, RT.LOCATED_IN, ev[1], x.start, min(sent.end, x.end + 24), 0.55)



_VENUE_AFTER = re.compile(r"(?:主会场|分会场|会场)?(?:隆重)?(?:举行|举办|召开)")


def _project_list(doc: Doc, sent: Sent, st: State) -> None:
    """园区新签约A P1、B P2和C P3 ; 同时签约的还有A P1、B P2，以及C P3 ; (开工项目21个。)其中，A投资
    32亿元建设的P1、B P2、C P3: every company of a project list invests in its project, signs
    with the zone of a signing and lies in the zone of a start."""
    f = doc.folded
    sp = sent.spans
    # the last event of the sentence (…集中签约活动举行，Z现场签约项目7个)
    em = next(reversed(list(_EVENT_COUNT.finditer(f, sent.start, sent.end))), None)
    if em is not None:
        kind = "sign" if "签约" in (em.group("k") or em.group("k2") or "") else "start"
        cs = max(sent.start, *(f.rfind(c, sent.start, em.start()) + 1 for c in ",;"))
        zs = [y for y in sp if y.type == ET.ZONE and y.end <= em.start()]
        # Z…集中开工活动在(开发区)P举行,此次开工项目N个: the projects are Z's, P only the venue
        held = [y for y in zs if _VENUE_AFTER.match(f, y.end)]
        z = next((y for y in reversed(zs) if y not in held), None) or \
            sent.subject_zone or (held[-1] if held else None)
        if z is None and (GENERIC_ZONE.search(f, cs, em.start()) or
                          re.match(r"(?:此次|本次|现场|共|共计)", f[cs : cs + 4])):
            z = area_zone(st, sent)
        st.project_event = (kind, z, sent.index)
    _started_items(doc, sent, st)
    items: list[tuple[Span, int, int, bool]] = []  # company, project start/end, named after it
    for x in sp:
        if x.type != ET.ENTERPRISE or not x.name.endswith(_LEGAL_END):
            continue
        pm = _ITEM_PROJECT.match(f, x.end, sent.end)
        if pm is None or _GENERIC_PROJECT.fullmatch(pm.group("p")) or \
                any(y.start < pm.end() and x.end < y.end for y in sp if y is not x):
            continue
        items.append((x, pm.start("p"), pm.end("p"), pm.group("amt") is None))
    chains: list[list[tuple[Span, int, int, bool]]] = []
    for it in items:
        if chains and _ITEM_SEP.fullmatch(f, chains[-1][-1][2], it[0].start):
            chains[-1].append(it)
        else:
            chains.append([it])
    for chain in chains:
        first = chain[0][0]
        cs = max(sent.start, *(f.rfind(c, sent.start, first.start) + 1 for c in ",;:"))
        pre = f[cs : first.start]
        ce = f.find("。", chain[-1][2], sent.end)
        post = f[chain[-1][2] : ce if ce >= 0 else sent.end]
        post = re.split(r"[,;]", post, maxsplit=1)[0]
        event: str | None = None
        zone: Span | None = None
        among = re.match(r"其中,?$", f[sent.body_start - 3 : sent.body_start]) or \
            re.match(r"其中", f[sent.start : sent.start + 2])
        if _SIGN_WORD.search(pre):
            event = "sign"
        elif _START_WORD.search(pre) or _START_WORD.search(post):
            event = "start"
        if among and st.project_event is not None and \
                sent.index - st.project_event[2] <= 1:
            event = event or st.project_event[0]
            zone = st.project_event[1]
        if len(chain) < 2 and event is None:
            continue
        city = _CITY_WORD.search(f, sent.start, first.start) is not None  # 全市重点项目中
        zone = zone or next((y for y in sp if y.type == ET.ZONE and cs <= y.start and
                             y.end <= first.start), None) or \
            (sent.subject_zone if not city or sent.subject_zone in sp else None)
        if zone is None and GENERIC_ZONE.search(pre):
            zone = area_zone(st, sent)
        if zone is None and event is not None and st.project_event is not None and \
                sent.index - st.project_event[2] <= 3:
            zone = st.project_event[1]
        if zone is None and event == "start" and not city and not any(
                y.type in (ET.ZONE, ET.GOVERNMENT) for y in sp):
            zone = area_zone(st, sent)  # 项目建设方面，A…的P1、B P2相继开工: the report's zone
        for x, _ps, pe, named_after in chain:
            if named_after and (len(chain) >= 2 or event is not None):
                _rel(st, x, RT.INVESTS_IN, _project(doc, x.start, pe), x.start, pe, 0.55,
                     _amount_after(doc, sent, pe) if len(chain) == 1 else ())  # not the total
            if zone is None or event is None:
                continue
            if event == "sign":
                _rel(st, x, RT.PARTNERS_WITH, zone, x.start, pe, 0.55, (("kind", "签约"),))
            else:
                _rel(st, x, RT.LOCATED_IN, zone, x.start, pe, 0.55)


# E(投资N亿元建设的)P项目在Z(正式)投产 ; E的P基地在Z开工: a company whose project starts in Z
_PROJECT_AT = re.compile(
    r"(?:的|投资[^,。;、在]{1,14}?(?:建设|新建|兴建|扩建)的)?"
    r"(?:(?![,。;、在与]|签约|签订|拟|计划|将)[\u4e00-\u9fffA-Za-z0-9./()]){2,36}?"
    r"(?:项目|基地|工厂|生产线)(?:[一二三四五六七八九十0-9]+期)?(?:项目)?,?在")
_STARTS_AT = re.compile(
    r"(?:正式|顺利|全面|成功|已|已经|集中|同步|率先|如期)*(?:建成|开工|投产|竣工|开建|动工|达产|"
    r"投用|落成)")


def _project_at_zone(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp[:-1]):
        if x.type != ET.ENTERPRISE or not x.name.endswith(_LEGAL_END):
            continue
        m = _PROJECT_AT.match(f, x.end, sent.end)
        z = sp[i + 1]
        if m is None or z.type != ET.ZONE or z.start != m.end() or \
                not _STARTS_AT.match(f, z.end, sent.end):
            continue
        _rel(st, x, RT.LOCATED_IN, z, x.start, z.end + 4, 0.65)


_SIGNS_PROJECT = re.compile(
    r"(?:正式|成功)?与(?P<z>[^,。;与]{2,24}?)(?:正式|成功)?(?:签订|签署|签约)了?"
    r"(?P<p>(?:(?![,。;、的与和及])[\u4e00-\u9fffA-Za-z0-9./()]){2,30}?项目)"
    r"(?:投资|入园|入驻|落户|合作|框架|正式)*(?:协议|合同)")
_ZONE_SIGNS_WITH = re.compile(
    r"(?P<z>该区|开发区|经开区|高新区|园区|新区|示范区|片区|管委会)?(?:还|也|已|正式|分别)*与$")
_SIGNED_PROJECT = re.compile(
    r"(?:正式|成功|现场)?(?:签订|签署|签约)了?"
    r"(?P<p>(?:(?![,。;、的与和及])[\u4e00-\u9fffA-Za-z0-9./()]){2,30}?项目)"
    r"(?:投资|入园|入驻|落户|合作|框架|正式)*(?:协议|合同)")
_SEVERALLY = re.compile(
    r"分别(?:与[^,。;]{1,12}?(?=签|建|投|新|实))?(?:签约|签订|签署)?(?:建设|投资建设|新建|实施)?"
    r"(?:了)?")
_JOINT_BUILT = re.compile(r"(?:合资|共同|联合)(?:投资)?(?:建设|兴建|打造)(?:的)?")


def invests_listed(doc: Doc, sent: Sent, st: State) -> None:
    """E年产…项目 (a company's project named right after it, in lists and tables) ;
    A、B分别签约建设P1和P2 ; A与B合资建设的P / P由A与B合资建设."""
    f = doc.folded
    sp = sent.spans
    ents = [x for x in sp if x.type == ET.ENTERPRISE]
    for x in ents:
        if not x.name.endswith(_LEGAL_END):
            continue
        pm = _NAMED_RIGHT_AFTER.match(f, x.end, sent.end)
        if pm is not None and _GENERIC_PROJECT.fullmatch(pm.group("p")):
            pm = None  # 支持E重点项目建设: no project named
        if pm is not None and not any(y.start < pm.end() and pm.start() < y.end for y in sp) \
                and (pm.group("p").startswith("年产") or pm.group("p")[:1].isdigit() or
                     _AMOUNT_NEXT.match(f[pm.end() : pm.end() + 12]) or
                     _PROGRESS_NEXT.match(f, _list_end(f, pm.end(), sent.end), sent.end) or
                     (_SPEEDS_UP.search(f, max(sent.start, x.start - 2), x.start) and
                      f.startswith("建设", pm.end()))):
            a, b = doc.repaired.span(x.end - 1, pm.start("p") + 1)
            column = any(ch.isspace() for ch in doc.repaired.original[a:b])
            _rel(st, x, RT.INVESTS_IN, _project(doc, pm.start("p") if column else x.start,
                                                pm.end("p")), x.start,
                 pm.end(), 0.55, _amount_after(doc, sent, pm.end()))
    for x in ents:
        # E与开发区签订P项目投资协议: the company invests in the project it signs for
        sm = _SIGNS_PROJECT.match(f, x.end, sent.end)
        if sm is None or _GENERIC_PROJECT.fullmatch(sm.group("p")):
            continue
        zs, ze = sm.span("z")
        if not (any(y.start == zs and y.end == ze and y.type in (ET.ZONE, ET.GOVERNMENT)
                    for y in sp) or GENERIC_ZONE.fullmatch(f, zs, ze)):
            continue  # E与F签订…: a partnership, handled there
        ps, pe = sm.span("p")
        if not any(y.start < pe and ps < y.end for y in sp):
            _rel(st, x, RT.INVESTS_IN, _project(doc, ps, pe), x.start, sm.end(), 0.55,
                 _amount_after(doc, sent, sm.end()))
    for x in ents:
        # 经开区(管委会)还与E签订了P项目合作协议: the company invests in the project it signs for
        before = f[max(sent.start, x.start - 8) : x.start]
        wm = _ZONE_SIGNS_WITH.search(before)
        if wm is None:
            continue
        sm = _SIGNED_PROJECT.match(f, x.end, sent.end)
        if sm is None or _GENERIC_PROJECT.fullmatch(sm.group("p")):
            continue
        zpos = x.start - len(before) + wm.start()
        if not (wm.group("z") or any(y.end == zpos and y.type in (ET.ZONE, ET.GOVERNMENT)
                                     for y in sp)):
            continue  # F与E签订: a partnership of two companies
        ps, pe = sm.span("p")
        if not any(y.start < pe and ps < y.end and y.type != ET.ZONE for y in sp):
            # (a park named inside the project's name is no other party: 智能终端产业园项目)
            _rel(st, x, RT.INVESTS_IN, _project(doc, ps, pe), x.start, sm.end(), 0.55,
                 _amount_after(doc, sent, sm.end()))
    _project_list(doc, sent, st)
    _project_at_zone(doc, sent, st)
    for m in _SEVERALLY.finditer(f, sent.start, sent.end):
        i = next((k for k, y in enumerate(sp) if y.end in (m.start(), m.start() - 1) and
                  y.type == ET.ENTERPRISE), None)
        if i is None:
            continue
        group = [sp[g] for g in coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))]
        if group[-1] is not sp[i]:
            group = [sp[i]]
        k = i
        while k > 0 and sp[k - 1].type == ET.ENTERPRISE and \
                COORD.match(_between(doc, sp[k - 1], sp[k])):
            k -= 1
        group = sp[k : i + 1]
        projects = []
        pos = m.end()
        for _ in range(len(group)):
            pm = _ONE_PROJECT.match(f, pos, sent.end)
            if pm is None:
                break
            projects.append(_project(doc, pm.start(), pm.end()))
            nxt = re.compile(r"(?:、|和|及|以及)").match(f, pm.end())
            if nxt is None:
                break
            pos = nxt.end()
        if len(projects) == len(group) >= 2:
            for e, one in zip(group, projects, strict=True):
                _rel(st, e, RT.INVESTS_IN, one, e.start, one.end, 0.55)
    for i, x in enumerate(ents[:-1]):
        y = ents[i + 1]
        if f[x.end : y.start] not in ("与", "和", "同"):
            continue
        jm = _JOINT_BUILT.match(f, y.end)
        if jm is None:
            continue
        _rel(st, x, RT.PARTNERS_WITH, y, x.start, jm.end(), 0.6)
        pm = _JOINT_PROJECT.match(f, jm.end(), sent.end)
        pj: Span | None = None
        props: tuple[tuple[str, str | float], ...] = ()
        if pm is not None:
            pj = _project(doc, pm.start(), pm.end())
            props = _amount_after(doc, sent, pm.end())
        elif f[x.start - 1 : x.start] == "由":  # P…开工，项目总投资22亿元，由A与B合资建设
            pj = next((r.tail for r in reversed(st.rels[sent.rel_start :])
                       if r.type == RT.INVESTS_IN and r.tail.source == "project" and
                       r.tail.end <= x.start), None)
        if pj is not None:
            for e in (x, y):
                _rel(st, e, RT.INVESTS_IN, pj, x.start, max(pj.end, jm.end()), 0.55, props)


# a project name ends at its first 项目 / 基地 …, with a 项目 right after (生产基地项目)
_PROJECT = re.compile(
    r"(?:[\u4e00-\u9fffA-Za-z0-9.()（）α-ω\-]|(?<=[A-Za-z]) (?=[A-Za-z])){2,30}?"
    r"(?:项目|(?:基地|(?:生产|测试|封装|装配)线|工厂|"
    r"(?:数据|计算|算力|智算|运营|管理|结算|研发|物流|分拨)中心)(?:[一二三四五六七八九十0-9]+期)?(?:项目)?)")
_PROJECT_END = re.compile(r"(?:项目|基地|生产线|工厂|产业园|园区)$")
_BUILD = r"(?:用于建设|用于|建设|新建|兴建|扩建|投建|引进|打造|建成|布局|上马|实施|设立)"
_AFTER_AMOUNT = re.compile(
    rf"^,?(?:主要|将|拟|计划|重点)?(?P<at>在[^,。;]{{1,14}}?)?(?:分[一二两三四]期)?{_BUILD}(?!后)"
    r"(?:完整的|一条|一座|一批|了|的)?")
_BY_INVESTOR = re.compile(r"^,?(?:由|是)")
_BY_VERB = re.compile(r"(?:独资|全资|投资|出资|控股)?(?:建设|兴建|投建|打造|开发|运营|投资)")
# the project right before ",(计划)总投资": …签约的P, 计划总投资10亿元 ; …建设P, 总投资160亿元
_PROJECT_OPENS = re.compile(
    r"(?:^|[,;:])(?P<p>(?:(?!的)[\u4e00-\u9fffA-Za-z0-9()（）/.\-]){2,30}(?:项目|基地|生产线|工厂))"
    r"(?:计划)?总?$")
_PROJECT_BEFORE = re.compile(
    r"(?:的|建设|建成|新建|兴建|扩建|投建|打造|签约|签署|引进|实施|设立|启动了?)"
    r"(?P<p>(?:(?!的)[\u4e00-\u9fffA-Za-z0-9()（）/.\-]){2,30}(?:项目|基地|生产线|工厂))$")


# a zone written as a common noun (在开发区建设, 与经开区签约): the zone the text is about
GENERIC_ZONE = re.compile(
    r"(?:该区|本区|该园区|开发区|经开区|高新区|园区|港区|新区|示范区|片区|新城)"
    r"(?![\u4e00-\u9fff]*?管委会)")


def area_zone(st: State, sent: Sent, exclude: Span | None = None) -> Span | None:
    """The zone a common noun (开发区, 园区) stands for: the last zone named that is no park."""
    if sent.subject_zone is not None and sent.subject_zone is not exclude and \
            not _is_park(sent.subject_zone.name):
        return sent.subject_zone
    for sp in reversed(st.seen):
        if sp.type == ET.ZONE and sp is not exclude and sp.key != (exclude.key if exclude else "") \
                and not _is_park(sp.name):
            return sp
    return st.last_any_zone if st.last_any_zone is not exclude else None


def _zone_before(sp: list[Span], investor: Span, pos: int) -> Span | None:
    """将在Z投资…: the zone named between the investor and the amount."""
    return next((x for x in sp if x.type == ET.ZONE and investor.end <= x.start and x.end <= pos),
                None)


def _project(doc: Doc, s: int, e: int) -> Span:
    name = doc.text[s:e]
    return Span(s, e, ET.PROJECT.value, name, "project", 0.6, name)


_OTHER_HEAD = re.compile(
    r"[^,。;]*?(?:引进|引荐|推荐|带来|带动|牵线)[^,。;]*的[\u4e00-\u9fff]{2,}$")
_NAMED_THEN_SUM = re.compile(
    r"(?:项目|基地|生产线|工厂|中心)(?:[一二三四五六七八九十]期)?,(?:项目)?(?:计划|预计)?总?$")
_IN_AREA_BEFORE = re.compile(
    r"在(?:区内|园区内?|开发区内?|经开区内?|高新区内?|新区)(?:累计|共|先后|已|再|追加)?$")
_POSSESSED_BEFORE = re.compile(r"(?:是|作为|在|为|成为)$")
_OF_AFTER = re.compile(r"[^,。;、的]{0,10}?的(?!项目)")


def _possessed(f: str, x: Span) -> bool:
    """A是B的供应商 ; 作为B的合作伙伴 ; 在B的推荐下: B names whose partner the subject is."""
    return _OF_AFTER.match(f, x.end) is not None and \
        _POSSESSED_BEFORE.search(f, max(0, x.start - 2), x.start) is not None


def invests(doc: Doc, sent: Sent, st: State, a_start: int, a_end: int, value: float,
            anchor: int) -> Span | None:
    """INVESTS_IN with the amount; returns the investor when one is found.

    E投资9.4亿元建设P ; 总投资10亿元的P (P opens with E) ; P总投资52亿元，由E投资建设 ;
    E与Z签约的P，计划总投资10亿元 ; E将在Z投资建设P，总投资160亿元 ; (该)项目总投资80亿元，主要建设P
    (the investor: the enterprise that signed in the sentence before).
    """
    f = doc.folded
    sp = sent.spans
    after = f[a_end : sent.end]
    props: tuple[tuple[str, str | float], ...] = (("amount_cny", value),)
    before_kw = f[sent.start : anchor]
    m = _AFTER_AMOUNT.match(after)
    if m is not None and m.group().startswith(",") and _NAMED_THEN_SUM.search(before_kw):
        m = None  # E P项目，总投资N，建设年产50万套…生产线: what P builds, no second project
    if m is not None:
        pm = _PROJECT.match(f, a_end + m.end(), sent.end)
        park = next((x for x in sp if x.start == a_end + m.end() and x.type == ET.ZONE), None)
        if park is not None and (pm is None or pm.end() <= park.end):
            pm = None  # 投资50亿元建设海尔智慧家电产业园: the park is the project
        investor = next((x for x in reversed(sp) if x.end <= a_start and
                         x.type == ET.ENTERPRISE and not _possessed(f, x)), None)
        if re.search(r"分别(?:(?:投资|投入)[^,。;]*)?$", before_kw):
            investor = None  # A、B分别投资N、M建设P和Q: placement pairs them
        if investor is not None and _OTHER_HEAD.fullmatch(f, investor.end, anchor):
            investor = None  # A牵线引进的德凯化纤投资…: the name after 的 invests, not A
        if investor is None and re.search(r"(?:^|,)(?:该|此|这一|这个)?项目(?:计划)?总?$",
                                          before_kw):
            investor = st.last_partner
        if investor is None and pm is not None and sent.subject is not None and \
                sent.subject.type == ET.ENTERPRISE and sent.subject not in sp and \
                _GROUP_ANAPHOR.search(f, sent.start, a_start):
            investor = sent.subject  # 该公司去年在Z投资15亿元建设P
        if pm is not None and investor is not None:
            _rel(st, investor, RT.INVESTS_IN, _project(doc, pm.start(), pm.end()),
                 min(investor.start, a_start), pm.end(), 0.6, props)
            if m.group("at"):  # 投资12亿元,在开发区建设P: the investor is in that zone
                at = a_end + m.start("at") + 1
                z = next((x for x in sp if x.start == at and x.type == ET.ZONE), None)
                z = z or (area_zone(st, sent) if GENERIC_ZONE.match(f, at) else None)
                _rel(st, investor, RT.LOCATED_IN, z, investor.start, pm.end(), 0.6)
            return investor
        if park is not None and investor is not None:
            _rel(st, investor, RT.INVESTS_IN, park, min(investor.start, a_start), park.end, 0.6,
                 props)
            _rel(st, park, RT.LOCATED_IN, _zone_before(sp, investor, a_start), park.start,
                 park.end, 0.55)
            return investor
        if pm is not None or park is not None:
            return None
        # …总投资120亿元,建成后…: nothing built is named after the amount; try the forms below
    m = _BY_INVESTOR.match(after)
    if m is not None:
        e = next((x for x in sp if x.start == a_end + m.end() and x.type == ET.ENTERPRISE), None)
        if e is not None and _BY_VERB.match(f, e.end):
            tgt = next((x for x in reversed(sp) if x.end <= anchor and x.type in
                        (ET.ZONE, ET.PROJECT)), None)
            pm = _PROJECT_BEFORE.search(re.sub(r",[^,]*$", "", before_kw)) or \
                _PROJECT_OPENS.search(before_kw)  # P项目总投资N亿元,由E投资建设
            if tgt is not None and tgt.type == ET.ZONE and f.startswith("项目", tgt.end):
                tgt = _project(doc, tgt.start, tgt.end + 2)  # P产业园项目总投资…: the project
            proj = tgt if tgt is not None and tgt.end >= anchor - 8 else (
                _project(doc, sent.start + pm.start("p"), sent.start + pm.end("p")) if pm else None)
            if proj is not None:
                _rel(st, e, RT.INVESTS_IN, proj, proj.start, e.end, 0.65, props)
                return e
        if e is not None:
            return None
        # ，是…最大的项目: no investor after 是; try the forms below
    if after.startswith("的"):
        pm = _PROJECT.match(f, a_end + 1, sent.end)
        if pm is None:
            return None
        investor = next((x for x in sp if x.type == ET.ENTERPRISE and
                         anchor - 2 <= x.end <= anchor), None)  # E投资N亿元的P: E before 投资
        if investor is None:  # 总投资10亿元的敏实淮安基地: P opens with its investor
            investor = next((x for x in sp if x.start == pm.start() and
                             x.type == ET.ENTERPRISE), None)
        if investor is None and sent.subject is not None and sent.subject in sp and \
                sent.subject.type == ET.ENTERPRISE and sent.subject.end <= a_start and \
                re.search(r"[,;]$", f[sent.start : anchor].rstrip("总计划预约")):
            # E为C供应…，总投资6.5亿元的P已投产: the sentence's subject builds it
            investor = sent.subject
        if investor is not None:
            _rel(st, investor, RT.INVESTS_IN, _project(doc, pm.start(), pm.end()), a_start,
                 pm.end(), 0.6, props)
            return investor
        # E总投资6.5亿元的P: the investor names itself right before the amount
        investor = next((x for x in sp if x.type == ET.ENTERPRISE and
                         anchor - 2 <= x.end <= anchor), None)
        if investor is not None and not any(x.start < pm.end() and pm.start() < x.end
                                            for x in sp if x.type == ET.ENTERPRISE):
            _rel(st, investor, RT.INVESTS_IN, _project(doc, pm.start(), pm.end()),
                 investor.start, pm.end(), 0.6, props)
        return investor
    # 长飞公司在东湖高新区累计投资超过100亿元: the zone is what the company invests in
    gm = _IN_AREA_BEFORE.search(f, sent.start, anchor)
    e0 = next((x for x in reversed(sp) if x.end <= anchor and x.type == ET.ENTERPRISE), None)
    if gm is not None and e0 is not None and after[:1] in ",。;" and \
            re.fullmatch(r"[^,。;]{0,8}?", f[e0.end : gm.start()]):
        # E近年来在区内累计投资120亿元: the zone the text is about
        _rel(st, e0, RT.INVESTS_IN, area_zone(st, sent), e0.start, a_end, 0.6, props)
        return e0
    z = next((x for x in reversed(sp) if x.end <= anchor and x.type == ET.ZONE), None)
    if z is not None and re.fullmatch(r"(?:累计|共|先后|已|再|追加|计划|拟)?", f[z.end : anchor]):
        e = next((x for x in reversed(sp) if x.end <= z.start and x.type == ET.ENTERPRISE), None)
        if e is not None and re.fullmatch(r"(?:将|已|也|还|计划|拟|先后)*在", f[e.end : z.start]):
            _rel(st, e, RT.INVESTS_IN, z, e.start, a_end, 0.6, props)
            return e
    # 雄韬氢雄燃料电池发动机项目总投资12亿元: the project is named after its investor
    for x in sp:
        pn = _NAMED_PROJECT.fullmatch(f, x.start, anchor) if x.start < anchor else None
        if x.type == ET.ENTERPRISE and pn is not None:
            pe = pn.end(1)
            ps = x.start
            de = f.rfind("的", x.start, pe)
            if de >= 0 and pe - de > 4:
                ps = de + 1  # E在准东投资建设的年产40万吨多晶硅项目: the project after 的
            _rel(st, x, RT.INVESTS_IN, _project(doc, ps, pe), x.start, a_end, 0.6, props)
            return x
    # …P，(项目)(计划)总投资N亿元
    cm = re.search(r",(?:该|此)?(?:项目)?(?:计划|预计)?(?:一期|二期|首期)?总?$", before_kw)
    if cm is not None:
        head = before_kw[: cm.start()]
        # E…项目签约落地Z，总投资N: the project is named after its investor
        for x in sp:
            if x.type != ET.ENTERPRISE or x.start >= sent.start + len(head):
                continue
            nm = _NAMED_SETTLED.fullmatch(f, x.start, sent.start + len(head))
            if nm is not None:
                _rel(st, x, RT.INVESTS_IN, _project(doc, x.start, nm.end(1)), x.start, a_end,
                     0.6, props)
                return x
        pm = _PROJECT_BEFORE.search(head)
        if pm is None:
            return None
        ps, pe = sent.start + pm.start("p"), sent.start + pm.end("p")
        if re.search(r"项目(?:和|、|及|以及)", f[ps:pe]):
            return None  # 建设P和Q,投资额分别为N和M: two projects, paired by placement
        investor = next((x for x in reversed(sp) if x.end <= ps and x.type == ET.ENTERPRISE),
                        None)
        if investor is not None and not any(x.start < pe and ps < x.end for x in sp
                                            if x.type == ET.ENTERPRISE):
            _rel(st, investor, RT.INVESTS_IN, _project(doc, ps, pe), investor.start, a_end, 0.6,
                 props)
            return investor
    return None


_PROJECT_TAIL = re.compile(
    r"(?:^|(?<=[,。;的]))(?P<p>(?:(?![,。;的])[\u4e00-\u9fffA-Za-z0-9.]){2,30}?(?:项目|基地|生产线|工厂))$")


_AMOUNT_LEAD = re.compile(
    r"[^。;]{0,12}?(?:总投资|投资)(?:约|近|超过|超)?(?=[0-9一二三四五六七八九十])")


def _amount_after(doc: Doc, sent: Sent, pos: int) -> tuple[tuple[str, str | float], ...]:
    """The amount of a project stated in the next clause (，一期总投资278亿元)."""
    m = _AMOUNT_LEAD.match(doc.folded[pos : sent.end])
    if m is None:
        return ()
    am = AMOUNT_RE.match(doc.folded, pos + m.end(), sent.end)
    value = amount_value(am.group("num"), am.group("mag")) if am else None
    return (("amount_cny", value),) if value is not None else ()


_NAMED_SETTLED = re.compile(
    r"[^,。;]{0,30}?((?:项目|基地|生产线|工厂))"
    r"(?:正式|成功|已|顺利)?(?:签约)?(?:落户|落地|入驻|开工|投产|签约)[^,。;]{0,16}")
_NAMED_PROJECT = re.compile(
    r"[^,。;]{0,30}?(项目|基地|生产线|工厂|数据中心)(?:一期|二期|首期)?(?:总|计划总|预计总)?")
_INVEST_BUILD = re.compile(
    r"(?:将|拟|计划|已|正)?(?:在[^,。;]{2,20}?)?投资(?:建设|新建|兴建|扩建|打造)(?:了|的)?|"
    r"(?:将|拟|计划|已|正|先后|相继)?在[^,。;在]{2,20}?(?:建成|新建|兴建|扩建|投建)了?")


def invests_without_amount(doc: Doc, sent: Sent, st: State) -> None:
    """E(将在Z)投资建设P ; P由E投资建设: INVESTS_IN without an amount (one with it wins)."""
    f = doc.folded
    sp = sent.spans
    for x in sp:
        if x.type != ET.ENTERPRISE:
            continue
        m = _INVEST_BUILD.match(f, x.end)
        if m is not None:
            pm = _PROJECT.match(f, m.end(), sent.end)
            park = next((y for y in sp if y.start == m.end() and y.type == ET.ZONE), None)
            if park is not None and (pm is None or pm.end() <= park.end):
                # 远景科技集团在高新区投资建设的零碳产业园: the park is what it invests in
                _rel(st, x, RT.INVESTS_IN, park, x.start, park.end, 0.55)
                at = re.search(r"在(.+?)投资", m.group())
                if at is not None:
                    zs = x.end + at.start(1)
                    z = next((y for y in sp if y.start == zs and y.type == ET.ZONE), None)
                    z = z or (area_zone(st, sent, exclude=park) if GENERIC_ZONE.match(f, zs)
                              else None)
                    _rel(st, park, RT.LOCATED_IN, z, x.start, park.end, 0.55)
            elif pm is not None and not re.search(r"[,。;]", f[m.end() : pm.end()]) and (
                    "投资" in m.group() or (f[pm.end() - 2 : pm.end()] == "项目" and
                                           "的" not in f[m.end() : pm.end()])):
                # E在Z建成P项目 (no 投资): only a project so named, not 全球重要的…基地
                _rel(st, x, RT.INVESTS_IN, _project(doc, pm.start(), pm.end()), x.start,
                     pm.end(), 0.55)
        pre = f[max(sent.start, x.start - 2) : x.start]
        if pre.endswith("由") and _BY_VERB.match(f, x.end) and "投资" in f[x.end : x.end + 6]:
            tgt = next((y for y in reversed(sp) if y.end <= x.start - 1 and
                        y.type == ET.ZONE and y.end >= x.start - 3), None)
            if tgt is not None:
                _rel(st, x, RT.INVESTS_IN, tgt, tgt.start, x.end, 0.55)
            pm = _PROJECT_TAIL.search(f, sent.start, x.start - 1)
            if tgt is None and pm is not None:  # 古雷炼化一体化项目由E投资建设
                _rel(st, x, RT.INVESTS_IN, _project(doc, pm.start("p"), pm.end("p")),
                     pm.start("p"), x.end, 0.55, _amount_after(doc, sent, x.end))
