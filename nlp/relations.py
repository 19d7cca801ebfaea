"""Relations and facts from sentence-level patterns over the recognised spans.

Each rule family is one function taking the sentence context; each returns ``Rel`` records on
repaired-text offsets (the extractor maps them to the original text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.numbers import AMOUNT_RE, amount_value, cn_to_number

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


@dataclass(slots=True)
class State:
    last_zone: Span | None = None  # last zone named as a subject (该区)
    last_any_zone: Span | None = None
    last_subject: Span | None = None
    last_group: Span | None = None  # last 集团/公司 named (该集团)
    paragraph: int = -1
    topic_industry: Span | None = None
    prev_industry: Span | None = None
    rels: list[Rel] = field(default_factory=list)
    facts: list[FactRec] = field(default_factory=list)


_ADVERBIAL = re.compile(
    r"^(?:(?:在[^,。;]{1,20}?方面|例如|比如|其中|同时|此外|另外|据了解|据悉|目前|截至目前|当前|"
    r"今年以来|近年来|近期|当日|今年|去年|为此|对此|首期[^,。;]{0,12}|[0-9]{1,4}年[0-9]{1,2}月(?:份)?|"
    r"[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月|改革后|实践中|在实践中)[,:]?)+"
)
_GENERIC_SUBJ = re.compile(r"^(?:我省|全省|各|我市|全市|不少|一些|部分|多数)(?:各)?开发区")
_ZONE_ANAPHOR = re.compile(r"^(?:该区|该园区|该开发区|园区|全区|该高新区|该经开区|开发区)")
_GROUP_ANAPHOR = re.compile(r"^(?:该集团|该公司|该企业)")


def _between(doc: Doc, a: Span, b: Span) -> str:
    return doc.folded[a.end : b.start]


def coordinated(doc: Doc, spans: list[Span], i: int, types: frozenset[str] = ORG) -> list[int]:
    """Indices of the list that starts at span ``i`` (X、Y和Z)."""
    out = [i]
    j = i
    while j + 1 < len(spans):
        gap = _between(doc, spans[j], spans[j + 1])
        gap2 = re.sub(r"^[(（][^)）]*[)）]", "", gap)  # skip an apposition in brackets
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
    if sp.type == ET.GOVERNMENT:
        for other in doc_spans:
            if other.type == ET.ZONE and other.start == sp.start and other.end < sp.end:
                return other
    return None


_SUBJ_NEXT = re.compile(
    r"^(?:的(?:做法|作法|经验)|在|已|将|正|还|大力|积极|着力|全力|不断|围绕|聚焦|对|与|和)")


def _opens_clause(doc: Doc, body: int, first: Span, end: int) -> bool:
    """Whether ``first`` is the subject of the sentence body starting at ``body``."""
    f = doc.folded
    if first.start == body:
        return True
    lead = f[body : first.start]
    return (first.start - body <= 12 and not re.search(r"[,。;]", lead)
            and not re.search(r"(与|和|同|为|由)$", lead)
            and bool(_SUBJ_NEXT.match(f[first.end : end])))


def analyse_sentence(doc: Doc, sent: Sent, st: State, all_spans: list[Span]) -> None:
    """Find the subject of a sentence and update the discourse state."""
    f = doc.folded
    para = doc.paragraph_of[sent.index]
    if para != st.paragraph:
        st.paragraph = para
        st.topic_industry = None
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
    ana = re.search(r"(?:^|,)(该区|该园区|该开发区|该高新区|该经开区|该集团|该公司)", head)
    if ana and (first is None or first.start > body + ana.start()):
        head = head[ana.start(1):]
    if _ZONE_ANAPHOR.match(head):
        subj = st.last_zone or st.last_any_zone
    elif _GROUP_ANAPHOR.match(head):
        subj = st.last_group
    elif first is not None and first.type in ORG and _opens_clause(doc, body, first, sent.end):
        subj = first
    if subj is None:
        subj = st.last_subject
    sent.subject = subj
    z = _zone_of(subj, all_spans)
    sent.subject_zone = z
    if z is not None:
        st.last_zone = z
    if subj is not None:
        st.last_subject = subj


def _rel(st: State, h: Span | None, t: str, tl: Span | None, s: int, e: int, conf: float = 0.8,
         props: tuple[tuple[str, str | float], ...] = ()) -> None:
    if h is None or tl is None or h.key == tl.key:
        return
    st.rels.append(Rel(h, t, tl, s, e, conf, props))


# ------------------------------------------------------------------------------------------------
# Rule families
# ------------------------------------------------------------------------------------------------

_PARTNER_VERB = re.compile(r"共建|签订|签署|签约|达成|合作|结对|携手|共同|对接|联合培养|共育|共办")


_SUPPLIER = re.compile(r"^的(?:主要|重要|核心)?(?:配套)?(?:供应商|合作伙伴)")


def partners(doc: Doc, sent: Sent, st: State) -> None:
    """X与Y、Z共建/签订/达成合作意向; 委托X; 从X、Y选拔; 作为X的供应商, Y."""
    f = doc.folded
    sp = sent.spans
    for i, s in enumerate(sp):
        if s.type not in ORG:
            continue
        pre = f[max(sent.start, s.start - 2) : s.start]
        if not re.search(r"(与|和|同)$", pre) or re.search(r"(协|共|连|合|如)同$", pre):
            continue
        if re.search(r"等[^,。;、]{0,12}$", f[max(sent.start, s.start - 14) : s.start - 1]):
            continue  # 华为等企事业单位和…: a list of founders, not a pair
        group = coordinated(doc, sp, i)
        last = sp[group[-1]]
        rest = f[last.end : sent.end]
        if re.search(r"发起|倡议", rest):
            continue
        vm = _PARTNER_VERB.search(rest)
        if not vm:
            continue
        # the clause must not end between the list and the verb with another subject
        if re.search(r"[。;]", rest[: vm.start()]):
            continue
        conn = 2 if pre.endswith(("与", "和", "同")) else 0
        head: Span | None = None
        prev = sp[i - 1] if i > 0 else None
        if prev is not None and prev.type in ORG and prev.end in (s.start - 1, s.start - conn // 2):
            head = prev
        if head is None:
            if f[s.start - 1] in "和与" and i > 0 and sp[i - 1].type in ORG and \
                    sp[i - 1].end == s.start - 1:
                head = sp[i - 1]
            else:
                head = sent.subject_zone or sent.subject
        if head is not None and head in [sp[g] for g in group]:
            continue
        obj = rest[vm.start() : vm.start() + 30]
        kind = "合作"
        if "基地" in obj or "实训" in obj:
            kind = "实训基地"
        elif "协议" in obj or "签" in vm.group():
            kind = "协议"
        elif "培养" in obj:
            kind = "联合培养"
        for g in group:
            _rel(st, head, RT.PARTNERS_WITH, sp[g], sent.start, last.end + vm.end(), 0.8,
                 (("kind", kind),))
    head = sent.subject_zone or sent.subject
    for m in re.finditer(r"委托", f[sent.start : sent.end]):
        pos = sent.start + m.end()
        tgt = next((x for x in sp if x.start == pos and x.type in ORG), None)
        if tgt is not None:
            _rel(st, head, RT.PARTNERS_WITH, tgt, sent.start, tgt.end, 0.75, (("kind", "委托"),))
    for m in re.finditer(r"从", f[sent.start : sent.end]):
        pos = sent.start + m.end()
        idx = next((k for k, x in enumerate(sp) if x.start == pos and x.type in ORG), None)
        if idx is None:
            continue
        group = coordinated(doc, sp, idx)
        after = f[sp[group[-1]].end : sp[group[-1]].end + 6]
        if re.match(r"^(选拔|招收|遴选|选聘|引进|招聘)", after):
            for g in group:
                _rel(st, head, RT.PARTNERS_WITH, sp[g], sent.start, sp[g].end + 4, 0.7,
                     (("kind", "联合培养"),))
    for m in re.finditer(r"作为", f[sent.start : sent.end]):
        pos = sent.start + m.end()
        cust = next((x for x in sp if x.start == pos and x.type in ORG), None)
        if cust is None:
            continue
        if not _SUPPLIER.match(f[cust.end : cust.end + 12]):
            continue
        sup = next((x for x in sp if x.start > cust.end and x.type == ET.ENTERPRISE), None)
        if sup is not None:
            _rel(st, sup, RT.PARTNERS_WITH, cust, sent.start, sup.end, 0.75, (("kind", "供应"),))


_MEMBER_TRIGGER = re.compile(
    r"聚合|联合|吸纳|协同|包括|涵盖|吸收|加入|成员单位(?:包括|有|为)?|成员(?:包括|有|为)")


def members(doc: Doc, sent: Sent, st: State) -> None:
    """组建C，聚合A等…，联合B等…; 由A联合B、C共同发起的C; A、B…共同发起…成立C."""
    f = doc.folded
    sp = sent.spans
    groups = [x for x in sp if x.type in GROUPS]
    if not groups:
        return
    ev_end = sent.end
    for c in groups:
        for m in _MEMBER_TRIGGER.finditer(f, c.end, sent.end):
            idx = next((k for k, x in enumerate(sp) if x.start == m.end() and x.type in ORG), None)
            if idx is None:
                continue
            for g in coordinated(doc, sp, idx):
                if sp[g] is not c and sp[g].type != ET.GOVERNMENT:
                    _rel(st, sp[g], RT.MEMBER_OF, c, sent.start, sp[g].end, 0.85)
        if "发起" in f[sent.start : c.start]:
            for x in sp:
                if x.end <= c.start and x.type in ORG and x is not c and x.type != ET.GOVERNMENT:
                    between = f[x.end : c.start]
                    if "指导" in between[:4]:
                        continue
                    _rel(st, x, RT.MEMBER_OF, c, sent.start, min(ev_end, c.end), 0.8)
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


_FOCUS = re.compile(
    rf"围绕|聚焦|打造|形成|主导产业|支柱产业|首位产业|[{_NUM}]+大[^,。;]{{0,8}}?(?:产业|集群|集聚区)|"
    r"重点发展|着力发展|大力发展|培育|"
    r"重要领域|为龙头的|集聚区|产业集群"
)


def focuses(doc: Doc, sent: Sent, st: State, clauses: list[tuple[int, int]]) -> None:
    f = doc.folded
    inds_sent = [x for x in sent.spans if x.type == ET.INDUSTRY]
    if not inds_sent:
        return
    triggered = False
    for cs, ce in clauses:
        if not (sent.start <= cs < sent.end):
            continue
        text = f[cs:ce]
        inds = [x for x in inds_sent if cs <= x.start < ce]
        if not inds:
            continue
        lead_on = text.startswith("以") and "为龙头" in text
        if not (_FOCUS.search(text) or (triggered and lead_on)):
            continue
        if re.search(r"产业链上", text) and not re.search(r"围绕|聚焦|打造|主导|支柱", text):
            continue
        triggered = True
        zones = [x for x in sent.spans if x.type == ET.ZONE and cs <= x.start < ce]
        head = zones[0] if zones else (sent.subject_zone or st.last_any_zone)
        if sent.subject is None and not zones:
            continue
        role = "主导" if "主导" in text or "支柱" in text else ""
        props: tuple[tuple[str, str | float], ...] = (("role", role),) if role else ()
        for ind in inds:
            _rel(st, head, RT.FOCUSES_ON, ind, cs, ce, 0.75, props)
    # 28个电子信息产业项目…在成都高新区集中开工 ; 肥西经开区一大批新能源汽车产业链项目
    zones = [x for x in sent.spans if x.type == ET.ZONE]
    if zones:
        for ind in inds_sent:
            if re.match(r"^(?:产业链|产业)项目", f[ind.end : ind.end + 6]) and \
                    re.search(r"[0-9一二三四五六七八九十]+个|一大批|一批",
                             f[max(sent.start, ind.start - 6) : ind.start]):
                z = min(zones, key=lambda x: abs(x.start - ind.start))
                _rel(st, z, RT.FOCUSES_ON, ind, sent.start, sent.end, 0.6)


_LEADER_AFTER = re.compile(rf"^(?:[{_NUM}]+大|等)([^,。;]{{0,14}}?)(?:龙头|链主)")


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
            if k >= len(sp) or sp[k].type != ET.INDUSTRY:
                continue
            igroup = coordinated(doc, sp, k, frozenset({ET.INDUSTRY}))
            ents = [sp[g] for g in group]
            inds = [sp[g] for g in igroup]
            if len(ents) == len(inds):
                pairs = list(zip(ents, inds, strict=True))
            else:
                pairs = [(e, d) for e in ents for d in inds]
            for e, d in pairs:
                _rel(st, e, RT.CHAIN_LEADER_OF, d, x.start - 1, inds[-1].end, 0.8)
        elif i == 0 or sp[i - 1].end < x.start - 1 or not COORD.match(_between(doc, sp[i - 1], x)):
            group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
            last = sp[group[-1]]
            m = _LEADER_AFTER.match(f[last.end : sent.end])
            if not m:
                continue
            stop = last.end + m.end()
            inds = [y for y in sp if y.type == ET.INDUSTRY and last.end <= y.start < stop]
            if not inds:
                continue
            for g in group:
                for d in inds:
                    _rel(st, sp[g], RT.CHAIN_LEADER_OF, d, x.start, last.end + m.end(), 0.8)
    for lm in re.finditer(r"链主(?:企业)?", f[sent.start : sent.end]):
        pos = sent.start + lm.end()
        leader = next((y for y in sp if y.start == pos and y.type == ET.ENTERPRISE), None)
        if leader is None:
            continue
        ind = next((y for y in reversed(sp) if y.type == ET.INDUSTRY and y.end <= pos - 2), None)
        if ind is not None:
            _rel(st, leader, RT.CHAIN_LEADER_OF, ind, ind.start, leader.end, 0.7)


_IN_PARK = re.compile(
    r"^[^,。;]{0,24}?(?:就|均|都|已|先后|陆续)?(?:在|落户|入驻|位于)(园区内|园区|开发区|区内|小镇)")


def located(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    zone = sent.subject_zone or st.last_zone or st.last_any_zone
    text = f[sent.start : sent.end]
    # 园区内X和Y ; X、Y…就在园区内
    for m in re.finditer(r"(?:园区内|区内|开发区内)", text):
        pos = sent.start + m.end()
        idx = next((k for k, x in enumerate(sp)
                    if x.start == pos and x.type == ET.ENTERPRISE), None)
        if idx is not None:
            for g in coordinated(doc, sp, idx):
                if sp[g].type == ET.ENTERPRISE:
                    _rel(st, sp[g], RT.LOCATED_IN, zone, sent.start, sp[g].end, 0.75)
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE or (i > 0 and COORD.match(_between(doc, sp[i - 1], x))):
            continue
        group = coordinated(doc, sp, i, frozenset({ET.ENTERPRISE}))
        last = sp[group[-1]]
        pm = _IN_PARK.match(f[last.end : sent.end])
        tgt = zone
        if pm is None:
            m2 = re.match(r"^[^,。;]{0,24}?(?:落户|入驻|位于)", f[last.end : sent.end])
            if m2 is None:
                continue
            pos = last.end + m2.end()
            tgt = next((y for y in sp if y.start == pos and y.type == ET.ZONE), None)
        for g in group:
            _rel(st, sp[g], RT.LOCATED_IN, tgt, x.start, last.end + (pm.end() if pm else 0), 0.7)
    # zone subject + 引进/引入/拥有 … enterprises
    if sent.subject_zone is not None:
        for m in re.finditer(r"引进|引入|吸引|招引|拥有|集聚", text):
            pos = sent.start + m.end()
            clause_end = sent.end
            for x in sp:
                if x.type == ET.ENTERPRISE and pos <= x.start < clause_end:
                    after = f[x.end : x.end + 6]
                    if re.match(r"^(?:上下游|上游|下游)关联", after):
                        continue
                    if f[pos:x.start] and re.search(r"[,;。]", f[pos:x.start]) and \
                            not re.search(r"关联企业", f[pos:x.start]):
                        continue
                    _rel(st, x, RT.LOCATED_IN, sent.subject_zone, pos, x.end, 0.7)
    # 在Z, X、Y等一批项目陆续开工 / 在Z先后建设了A、B
    if f.startswith("在", sent.body_start):
        z = next((x for x in sp if x.start == sent.body_start + 1 and x.type == ET.ZONE), None)
        if z is not None:
            for x in sp:
                if x.start >= z.end and x.type in (ET.ENTERPRISE, ET.ZONE) and z.name not in x.name:
                    _rel(st, x, RT.LOCATED_IN, z, sent.start, x.end, 0.65)
    # 以A、B为抓手/载体
    for i, x in enumerate(sp):
        if x.type != ET.ZONE or f[x.start - 1 : x.start] != "以":
            continue
        group = coordinated(doc, sp, i, frozenset({ET.ZONE}))
        last = sp[group[-1]]
        if re.match(r"^[0-9号]*为(?:抓手|载体|依托|平台)", f[last.end : last.end + 8]):
            for g in group:
                _rel(st, sp[g], RT.LOCATED_IN, sent.subject_zone, x.start, last.end, 0.7)


def in_industry(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    sp = sent.spans
    body = f[sent.body_start : sent.end]
    ents = [x for x in sp if x.type == ET.ENTERPRISE]
    inds = [x for x in sp if x.type == ET.INDUSTRY]
    topic: Span | None = None
    m = re.match(r"^在", body)
    if m and inds and inds[0].start == sent.body_start + 1:
        topic = inds[0]
    for ind in inds:
        if re.match(r"^(?:产业链|产业)项目", f[ind.end : ind.end + 6]):
            st.topic_industry = ind
            topic = topic or ind
    if topic is None and st.topic_industry is not None and ents:
        topic = st.topic_industry
    if topic is None and re.match(r"^其中", f[sent.start : sent.end]) and st.prev_industry:
        topic = st.prev_industry
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
    if topic is not None:
        for x in ents:
            if re.match(r"^为龙头", f[x.end : x.end + 3]):
                continue
            _rel(st, x, RT.IN_INDUSTRY, topic, sent.start, max(x.end, topic.end), 0.6)
    # remember the industry of a sentence for a following "其中，X…" sentence
    st.prev_industry = next((x for x in inds if re.match(r"^产业", f[x.end : x.end + 2])), None)


def structural(spans: list[Span], st: State, doc: Doc) -> None:
    """GOVERNS (X管委会 → X), PART_OF (nested names), LOCATED_IN from name nesting."""
    for sp in spans:
        if sp.nested_in < 0:
            continue
        parent = spans[sp.nested_in]
        if parent.type == ET.GOVERNMENT and sp.type == ET.ZONE and sp.start == parent.start:
            _rel(st, parent, RT.GOVERNS, sp, parent.start, parent.end, 0.9)
        elif sp.start == parent.start and sp.type in ORG and parent.type in ORG:
            _rel(st, parent, RT.PART_OF, sp, parent.start, parent.end, 0.8)
    zones = {sp.key: sp for sp in spans if sp.type == ET.ZONE and sp.nested_in < 0}
    for b in zones.values():
        bare = b.key.replace("国家", "").replace("省级", "")
        for a in zones.values():
            if a is not b and len(a.key) >= 4 and bare.startswith(a.key) and len(bare) > len(a.key):
                _rel(st, b, RT.LOCATED_IN, a, b.start, b.end, 0.6)


_COUNTED = (
    (re.compile(r"企业|公司|厂商"), ET.ENTERPRISE),
    (re.compile(r"院校|高校|大学|学院|学校"), ET.UNIVERSITY),
    (re.compile(r"科研机构|研究院|研究所|院所|实验室|研发机构"), ET.RESEARCH_INSTITUTE),
    (re.compile(r"协会|商会|联盟|行业组织|协会组织"), ET.ASSOCIATION),
    (re.compile(r"开发区|园区|高新区|经开区"), ET.ZONE),
)


def facts(doc: Doc, sent: Sent, st: State) -> None:
    """Stated counts (等54家企业) and amounts (投资约9.4亿元)."""
    f = doc.folded
    sp = sent.spans
    groups = [x for x in sp if x.type in GROUPS]
    for m in re.finditer(rf"等(?P<num>[0-9]+|[{_NUM}]+)(?P<more>余|多)?(?P<unit>家|所|个|名|项)"
                         r"(?P<noun>[\u4e00-\u9fff]{1,14}?)(?=[,。;、]|$|拟|以|和|及)",
                         f[sent.start : sent.end]):
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
    for m in AMOUNT_RE.finditer(f, sent.start, sent.end):
        pre = f[max(sent.start, m.start() - 6) : m.start()]
        if not re.search(r"投资|投入|总额|规模|金额", pre):
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
        if inv is None:
            continue
        st.facts.append(FactRec(inv, "investment", value, m.group("unit"), m.start(), m.end()))
        invests(doc, sent, st, m.start(), m.end(), value)


_PROJECT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）]{2,30}?(?:项目|基地|生产线|工厂)")


def invests(doc: Doc, sent: Sent, st: State, a_start: int, a_end: int, value: float) -> None:
    """INVESTS_IN with the amount: E投资9.4亿元建设P ; 总投资10亿元的P (P opens with E)."""
    f = doc.folded
    sp = sent.spans
    after = f[a_end : sent.end]
    props: tuple[tuple[str, str | float], ...] = (("amount_cny", value),)
    m = re.match(r"^,?(?:用于|建设|新建|引进|打造)(?:完整的|一条|一座)?", after)
    if m is not None:
        pm = _PROJECT.match(f, a_end + m.end(), sent.end)
        investor = next((x for x in reversed(sp) if x.end <= a_start and
                         x.type == ET.ENTERPRISE), None)
        if pm is not None and investor is not None:
            proj = Span(pm.start(), pm.end(), ET.PROJECT.value, doc.text[pm.start() : pm.end()],
                        "project", 0.6, doc.text[pm.start() : pm.end()])
            _rel(st, investor, RT.INVESTS_IN, proj, investor.start, pm.end(), 0.6, props)
        return
    m = re.match(r"^的", after)
    if m is not None:
        pm = _PROJECT.match(f, a_end + 1, sent.end)
        if pm is None:
            return
        investor = next((x for x in sp if x.start == pm.start() and x.type == ET.ENTERPRISE),
                        None)
        if investor is not None:
            proj = Span(pm.start(), pm.end(), ET.PROJECT.value, doc.text[pm.start() : pm.end()],
                        "project", 0.6, doc.text[pm.start() : pm.end()])
            _rel(st, investor, RT.INVESTS_IN, proj, a_start, pm.end(), 0.6, props)
