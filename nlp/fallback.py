"""A clause-level typed-pair fallback, run after the sentence patterns of ``relations``.

The sentence patterns are precise but each covers one construction; on text the rules were not
written from, most errors are missed relations. This layer is broader: it splits a sentence into
clauses (at , ; : and the sentence end; lists joined by 、 and 和 stay in one clause), and relates
two recognised names of compatible types in the same clause (or the zone a sentence or a whole
passage is about and a name in one of its clauses) when a trigger word of the clause names the
relation:

- LOCATED_IN   company / institute / university → zone: E…落户/入驻/落地…Z, E位于Z,
               Z引进/招引/集聚E, 区内有E、F, E在园区设立…
- FOCUSES_ON   zone → industry (a whole list A、B、C): 主导/首位/支柱产业, 聚焦, 重点发展,
               打造…集群, 做强, …基地, X产业产值 in the zone's own report
- IN_INDUSTRY  company → industry: A、B等X企业, X企业A、B, 做强X产业，支持A、B…
- PARTNERS_WITH two organisations: X与Y签订/签署/合作/共建/携手…
- CHAIN_LEADER company → industry: E…X…链主/龙头; E作为产业链链主 after one industry

Type constraints come from the ontology (the head and tail types above); a relation is added
only for a pair the rules left unrelated (in any type), with the clause as its evidence and a
lower confidence than the rules. MEMBER_OF is left to the rules: a clause-level version of it
on the tuned dev set added only wrong members (leaders, the other group of the sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.relations import _BRINGS_OTHERS, GROUPS, ORG, Sent, State, _rel

Add = Callable[[Span, str, Span, int, int], None]

_CLAUSE = re.compile(r"[,;:。!?\n]")
_CONF = 0.45
_MAX_CLAUSE = 90  # characters: longer clauses are flattened tables or lists, not one statement

_PLACED = frozenset({ET.ENTERPRISE, ET.RESEARCH_INSTITUTE, ET.UNIVERSITY})
# E…落户Z / E落户园区: the placing verb follows the company
_LOC_AFTER = re.compile(r"落户|入驻|进驻|落地|扎根|安家|位于|坐落|布局|集聚|聚集|汇聚|云集|在此")
# Z引进E / 园区集聚了E: the verb comes first, the zone is its subject
_LOC_BEFORE = re.compile(r"引进|引入|招引|吸引|集聚|聚集|汇聚|云集|拥有|建有|培育|孵化|入驻")
_ZONE_WORD = re.compile(r"(?:该|本)?(?:园区|区内|新区|开发区|高新区|经开区|该区|此地|此)")
_NOT_LOC = re.compile(r"签约|签订|签署|协议|合作|客户|总部位于")
# 上下游/配套企业 follow the zone that brought them in, not a company that did
_SUPPLY = re.compile(r"下游|供应商|配套")
# 区内的E / 园区的E / E在园区设立… / E是园区的…: the zone of the passage
_IN_ZONE_BEFORE = re.compile(
    r"(?:园区|区内|开发区内|高新区内|经开区内|园区内)(?:的|有|拥有|现有|还有)?$")
_LIST = re.compile(r"^(?:、|和|及|以及)$")
_IN_ZONE_AFTER = re.compile(
    r"^(?:在|于)(?:园区|区内|开发区|高新区|经开区|新区)(?:内)?(?:设立|建设|投资|新建|扩建|建成|布局|落户)|"
    r"^(?:是|为)(?:园区|开发区|高新区|经开区|新区)的")

_FOCUS = re.compile(
    r"主导产业|首位产业|支柱产业|特色产业|优势产业|主导|聚焦|重点发展|主攻|打造|做大做强|做强|"
    r"壮大|深耕|集群|为重点|为核心|为主导|为主")
_NOT_FOCUS = re.compile(r"链主|龙头|企业|厂商")

_KIND_AFTER = re.compile(r"^(?:等|等一批|等[0-9一二三四五六七八九十两]+(?:余|多)?家)$")
_KIND_NOUN = re.compile(r"(?:产业)?(?:龙头|骨干|重点|头部|领军|链上)?(?:企业|厂商|制造商)")

_PARTNER = re.compile(r"签订|签署|签约|合作|共建|携手|结对|共同|联合培养|共育|共办|对接|协议")
_PAIR = re.compile(r"^(?:分别|先后|还|也|已|又|正式|共同|将|再次|首次)*(?:与|和|同)$")
_FORMED = re.compile(r"组建|成立|发起|组成|联合体|联盟")


_LEADER = re.compile(r"(?:产业链|产业|行业|领域)?(?:的)?[“\"]?(?:链主|龙头)")


def _clauses(doc: Doc, sent: Sent) -> list[tuple[int, int]]:
    f = doc.folded
    out: list[tuple[int, int]] = []
    pos = sent.body_start if sent.body_start > sent.start else sent.start
    for m in _CLAUSE.finditer(f, pos, sent.end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < sent.end:
        out.append((pos, sent.end))
    return out


def _placed(st: State, h: Span) -> bool:
    """Whether the patterns already put ``h`` in a zone or park."""
    return any(r.type == RT.LOCATED_IN and r.head.key == h.key for r in st.rels)


def _pairs(st: State) -> set[frozenset[str]]:
    """The entity pairs ``st.rels`` relates, read on from where the last sentence left off
    (``st.rels`` only grows during a document; read anew if it ever shrank)."""
    rels = st.rels
    if len(rels) < st.pairs_read:
        st.pairs, st.pairs_read = set(), 0
    st.pairs.update(frozenset((r.head.key, r.tail.key)) for r in rels[st.pairs_read :])
    st.pairs_read = len(rels)
    return st.pairs


def _seen_zones(st: State) -> set[str]:
    """The keys of the zones among ``st.seen``, read on like ``_pairs``."""
    seen = st.seen
    if len(seen) < st.zones_read:
        st.zone_keys, st.zones_read = set(), 0
    st.zone_keys.update(x.key for x in seen[st.zones_read :] if x.type == ET.ZONE)
    st.zones_read = len(seen)
    return st.zone_keys


def fallback(doc: Doc, sent: Sent, st: State) -> None:
    """Typed pairs of one sentence's clauses that the rules left unrelated."""
    if not sent.spans:
        return
    f = doc.folded
    related = _pairs(st)  # before this sentence's fallback
    done: set[frozenset[str]] = set()  # …and what it adds
    groups = [x for x in sent.spans if x.type in GROUPS]
    zone = None if sent.non_zone_topic else sent.subject_zone
    disc = zone or _discourse_zone(sent, st)
    named = _seen_zones(st) | {x.key for x in sent.spans if x.type == ET.ZONE}
    single = disc if len(named) == 1 and disc is not None and disc.key in named else None

    def add(h: Span, t: str, tl: Span, s: int, e: int) -> None:
        pair = frozenset((h.key, tl.key))
        if h.key == tl.key or pair in related or pair in done:
            return
        if t == RT.LOCATED_IN and _placed(st, h) and not s <= tl.start < e:
            return  # a company the patterns placed is not placed again in a zone outside its
            # clause (a park of the next clause would then drop the zone the patterns read)
        if t == RT.PARTNERS_WITH and any(
                r.type == RT.PARTNERS_WITH and tl.key in (r.head.key, r.tail.key)
                for r in st.rels[sent.rel_start :]):
            return  # the patterns found this party's counterpart (管委会, not its zone)
        if t == RT.IN_INDUSTRY and any(
                r.type == RT.IN_INDUSTRY and r.head.key == h.key and tl.name in r.tail.name
                for r in st.rels[sent.rel_start :]):
            return  # A、B等光电企业 the patterns filed under 光电信息, the industry named before
        done.add(pair)
        _rel(st, h, t, tl, s, e, _CONF)

    clauses = _clauses(doc, sent)
    _task(doc, sent, add, clauses)
    for s, e in clauses:
        if e - s > _MAX_CLAUSE:
            continue
        text = f[s:e]
        inside = [x for x in sent.spans if s <= x.start and x.end <= e]
        if not inside:
            continue
        zones = [x for x in inside if x.type == ET.ZONE]
        firms = [x for x in inside if x.type in _PLACED]
        inds = [x for x in inside if x.type == ET.INDUSTRY]
        orgs = [x for x in inside if x.type in ORG]
        _located(doc, s, e, text, zones, firms, orgs, zone, disc, single, st, sent, add)
        _focus(doc, s, e, sent, zones, orgs, inds, zone, single, disc, add)
        _kind(doc, s, e, inside, add)
        _partners(doc, s, e, orgs, groups, sent, add)
        _leaders(doc, s, e, inside, st, add)


_TASK = re.compile(r"(?:做强|做大|做优|培育|壮大|打造|提升|发展|延伸|巩固)(?:壮大)?$")
_BACKED = re.compile(r"(?:支持|推动|引导|鼓励|加快|推进|服务|帮助)$")


def _task(doc: Doc, sent: Sent, add: Add, cl: list[tuple[int, int]]) -> None:
    """做强X产业，支持A、B等企业扩产: a work report's industry task and the companies it backs
    (``cl``: the sentence's clauses)."""
    f = doc.folded
    if len(cl) < 2:
        return
    s0, e0 = cl[0]
    first = [x for x in sent.spans if s0 <= x.start < e0]
    if len(first) != 1 or first[0].type != ET.INDUSTRY:
        return
    ind = first[0]
    if _TASK.search(f[s0 : ind.start]) is None:
        return
    for s, e in cl[1:]:
        firms = [x for x in sent.spans if s <= x.start < e and x.type == ET.ENTERPRISE]
        if not firms or any(x.type == ET.INDUSTRY for x in sent.spans if s <= x.start < e):
            continue
        if _BACKED.search(f[s : firms[0].start]) is None:
            continue
        for k, x in enumerate(firms):
            if k and not _LIST.match(f[firms[k - 1].end : x.start]):
                break
            if _OWN_SUPPLIERS.match(f, x.end):
                break
            add(x, RT.IN_INDUSTRY, ind, sent.start, e)


def _discourse_zone(sent: Sent, st: State) -> Span | None:
    """The zone a bare 园区/开发区 of this sentence stands for: the one named, else the last."""
    named = {x.key: x for x in sent.spans if x.type == ET.ZONE}
    if len(named) == 1:
        return next(iter(named.values()))
    if named:
        return None
    return st.last_zone or st.last_any_zone


def _located(doc: Doc, s: int, e: int, text: str, zones: list[Span], firms: list[Span],
             orgs: list[Span], subj: Span | None, disc: Span | None, single: Span | None,
             st: State, sent: Sent, add: Add) -> None:
    """E落户Z / E落户园区 / Z引进E / 区内的E: the company is in the zone."""
    f = doc.folded
    if not firms or _NOT_LOC.search(text):
        return
    supply = _SUPPLY.search(text) is not None
    sent_start = sent.body_start
    sent_orgs = [o for o in sent.spans if o.type in ORG and o.start >= sent.body_start]
    placed: Span | None = None  # the list item before, placed in the zone by 区内有…
    for x in firms:
        after = f[x.end : e]
        before = f[s : x.start]
        if placed is not None and disc is not None and _LIST.match(f[placed.end : x.start]):
            add(x, RT.LOCATED_IN, disc, s, e)
            placed = x
            continue
        placed = None
        if before.endswith(("与", "和", "同", "由", "依托", "围绕", "借助", "通过")) or \
                _OWN_SUPPLIERS.match(after):
            continue  # 与E签约 / 依托E引进 / E配套企业: not a company placed in the zone
        z: Span | None = None
        if disc is not None and not zones and not supply and (
                _IN_ZONE_BEFORE.search(before) or _IN_ZONE_AFTER.match(after)):
            add(x, RT.LOCATED_IN, disc, s, e)
            placed = x
            continue
        if x.type == ET.UNIVERSITY:
            continue
        ma = _LOC_AFTER.search(after)
        if ma is not None and _BRINGS_OTHERS.search(after[: ma.start()]):
            ma = None  # 以A为链主的…带动12家配套企业落户P: others settle, not A
        if ma is not None and re.search(r"的[^,;。]{0,10}项目", after[: ma.start()]) is None:
            z = next((y for y in zones if y.start >= x.end + ma.start()), None)
            if z is None and not zones:
                w = _ZONE_WORD.match(after, ma.end()) or _ZONE_WORD.match(after, ma.end() + 1)
                if w is not None or ma.group() == "在此":
                    z = disc
                elif _PARK_WORD.match(after, ma.end()) or _PARK_WORD.match(after, ma.end() + 1):
                    z = st.last_park
                elif _SETTLE.match(ma.group()) and after[ma.end() :] in ("", "了", "发展") and \
                        not any(o.type != ET.ZONE and o.end <= x.start for o in sent_orgs):
                    z = subj or single  # A、B等企业相继落地 in a passage about one zone
        if z is None:
            mb = None
            for m in _LOC_BEFORE.finditer(before):
                mb = m
            if mb is not None:
                verb = s + mb.start()
                z = next((y for y in reversed(zones) if y.end <= verb), None)
                if z is None and not zones:
                    if any(y.type == ET.INDUSTRY and y.start >= sent.body_start
                           and y.end <= verb for y in sent.spans):
                        continue  # X产业链已吸引了A: the industry drew it in, not the zone
                    z = subj
                    if z is None and _ZONE_WORD.search(before[: mb.start()]):
                        z = disc  # 高新区先后引进A、B
                    elif z is None and not any(o.end <= x.start for o in orgs if o is not x) \
                            and not any(y.type == ET.INDUSTRY and y.start >= sent.body_start
                                        and y.end <= verb for y in sent.spans):
                        z = single  # a passage about one zone: 先后引进A、B (not X产业链吸引了A)
                lo = z.end if z is not None and z.end <= verb else s
                if z is not None and z is not subj and z.start < s:
                    lo = sent_start
                if any(o.type != ET.ZONE and lo <= o.start < verb for o in sent_orgs):
                    z = None  # 依托E引进A / 研究院孵化A: brought in by another organisation
        if z is not None:
            add(x, RT.LOCATED_IN, z, s, e)


_OWN_SUPPLIERS = re.compile(r"(?:的)?(?:配套|供应商|上下游|上游|下游|合作伙伴|客户)")
_SETTLE = re.compile(r"落户|入驻|进驻|落地|扎根|安家")
_PARK_WORD = re.compile(r"(?:该)?(?:产业园|科技园|工业园)")


def _runs(doc: Doc, inds: list[Span]) -> list[list[Span]]:
    """Industries listed together (A、B和C产业): one trigger covers the whole list."""
    runs: list[list[Span]] = []
    for ind in inds:
        if runs and _LIST_GAP.fullmatch(doc.folded[runs[-1][-1].end : ind.start]):
            runs[-1].append(ind)
        else:
            runs.append([ind])
    return runs


_LIST_GAP = re.compile(r"(?:产业链|产业集群|产业)?(?:、|和|及|与|以及|,)")
_ZONE_SUBJ = re.compile(
    r"(?:该|全)?(?:园区|开发区|高新区|经开区|新区|该区)(?:将|要|还|也|已|正|坚持|着力)")
_OTHER_TOPIC = re.compile(
    r"联盟|研究院|研究所|联合体|协会|公司|集团|学院|大学|实验室|中心|双方|其")
_CITY = re.compile(r"全市|全省|全县|我市|我省|全区域")


def _focus(doc: Doc, s: int, e: int, sent: Sent, zones: list[Span], orgs: list[Span],
           inds: list[Span], zone: Span | None, single: Span | None, disc: Span | None,
           add: Add) -> None:
    f = doc.folded
    if not inds:
        return
    named = {x.key: x for x in sent.spans if x.type == ET.ZONE and x.end <= s}
    for run in _runs(doc, inds):
        first, last = run[0], run[-1]
        tail = f[last.end : min(e, last.end + 10)]
        if _NOT_FOCUS.match(tail.lstrip("产业链集群")) or _LEADER.match(tail):
            continue
        z = next((y for y in reversed(zones) if y.end <= first.start), None)
        start = z.end if z is not None else s
        if z is None:
            if zones:
                continue
            z = zone
            if z is None and len(named) == 1:
                z = next(iter(named.values()))  # Z要坚持…，做强A、B两条产业链
            if z is None and _ZONE_SUBJ.match(f, s):
                z = disc  # 开发区将围绕A、B…
            if z is None and single is not None and not any(
                    o.type in ORG and o.type != ET.ZONE and o.end <= first.start
                    for o in sent.spans):
                z = single  # the zone the passage is about: A、B两大主导产业加快壮大
        if z is None:
            continue
        between = f[start : first.start]
        if any(o.type != ET.ZONE and start <= o.start < first.start for o in orgs):
            continue
        if re.search(r"链主|龙头|企业", between) or _CITY.search(between):
            continue
        if not zones:
            lead = f[sent.body_start : first.start]
            if _OTHER_TOPIC.search(between) or _CITY.search(lead):
                continue  # 联盟将聚焦A、B / 全市将做强A，打造A集群: not the zone's
        if not _FOCUS.search(between + tail):
            continue
        for ind in run:
            add(z, RT.FOCUSES_ON, ind, s, e)


def _kind(doc: Doc, s: int, e: int, inside: list[Span], add: Add) -> None:
    """A、B等X企业 / X企业A、B: each company is in the industry X."""
    f = doc.folded
    for i, ind in enumerate(inside):
        if ind.type != ET.INDUSTRY:
            continue
        if _KIND_NOUN.match(f, ind.end) is None:
            continue
        # the list before: A、B等X企业
        j = i - 1
        if j >= 0 and inside[j].type == ET.ENTERPRISE and \
                _KIND_AFTER.match(f[inside[j].end : ind.start]):
            k = j
            while k >= 0 and inside[k].type == ET.ENTERPRISE:
                if k < j and not _LIST.match(f[inside[k].end : inside[k + 1].start]):
                    break
                add(inside[k], RT.IN_INDUSTRY, ind, s, e)
                k -= 1
            continue
        # the list after: X企业A、B
        m = _KIND_NOUN.match(f, ind.end)
        j = i + 1
        if m is not None and j < len(inside) and inside[j].type == ET.ENTERPRISE and \
                re.match(r"^(?:有|如|包括)?$", f[m.end() : inside[j].start]):
            while j < len(inside) and inside[j].type == ET.ENTERPRISE:
                add(inside[j], RT.IN_INDUSTRY, ind, s, e)
                if j + 1 < len(inside) and not re.match(
                        r"^(?:、|和|及|与)$", f[inside[j].end : inside[j + 1].start]):
                    break
                j += 1


def _partners(doc: Doc, s: int, e: int, orgs: list[Span], groups: list[Span], sent: Sent,
              add: Add) -> None:
    f = doc.folded
    if len(orgs) < 1 or (groups and _FORMED.search(f, sent.start, sent.end)):
        return
    for i, y in enumerate(orgs):
        # X与Y…签订: X before 与 in the clause, or the sentence's subject before it
        if not _PARTNER.search(f, y.end, e):
            continue
        gap_to = f[s : y.start]
        m = re.search(r"(?:分别|先后|还|也|已|又|正式|共同|将|再次|首次)*(?:与|同)$", gap_to)
        if m is None:
            continue
        x = orgs[i - 1] if i > 0 else None
        if x is not None and not _PAIR.match(f[x.end : y.start]):
            x = None
        if x is None and i == 0 and m.start() == 0 and sent.subject is not None and \
                sent.subject.type in ORG and sent.subject.end <= s:
            x = sent.subject
        if x is None or x.type not in ORG or y.type not in ORG:
            continue
        add(x, RT.PARTNERS_WITH, y, s, e)


_LEADER_NO_IND = re.compile(
    r"(?:作为|是|为|成为)(?:园区|区内|全区|当地|本地)?的?(?:产业链|产业)?[“\"]?(?:链主|龙头)")


def _leaders(doc: Doc, s: int, e: int, inside: list[Span], st: State, add: Add) -> None:
    """E作为X产业链链主 / E是X龙头; E作为产业链链主 after a sentence about one industry."""
    f = doc.folded
    found = False
    for i, ind in enumerate(inside):
        lm = _LEADER.match(f, ind.end) if ind.type == ET.INDUSTRY else None
        if lm is None:
            continue
        if any(x.type == ET.ENTERPRISE and x.start == lm.end() for x in inside[i + 1 :]):
            continue  # A、声学光电链主B: B leads it (the rules said so), not the A before
        firm = next((x for x in reversed(inside[:i]) if x.type in ORG), None)
        if firm is None or firm.type != ET.ENTERPRISE:
            continue
        found = True
        add(firm, RT.CHAIN_LEADER_OF, ind, s, e)
    if found or any(x.type == ET.INDUSTRY for x in inside):
        return
    firms = [x for x in inside if x.type == ET.ENTERPRISE]
    if len(firms) < 1 or _LEADER_NO_IND.match(f, firms[0].end) is None:
        return
    if any(r.type == RT.CHAIN_LEADER_OF and r.head.key == firms[0].key for r in st.rels):
        return  # the rules already found what it leads
    k = doc.sentence_of(s)
    near = [x for x in st.seen if x.type == ET.INDUSTRY and doc.sentence_of(x.start) == k - 1]
    near += [x for x in inside if x.type == ET.INDUSTRY]
    if len({x.key for x in near}) == 1:
        add(firms[0], RT.CHAIN_LEADER_OF, near[-1], s, e)  # the one industry just named
