"""Membership of alliances and consortia, and the partnership constructions around them.

Probe-driven: the ordinary ways reports state that an organisation belongs to an alliance, an
association, a 职教集团 or an 产教联合体, or works with another one, each a precompiled pattern
run once per sentence that holds its trigger word.

Document-level reference: 该联盟 / 联盟 / 联合体 / 协会 / 共同体 / 职教集团 … stand for the most
recent group of that kind named in the document (this sentence first, then the sentences before).

- roles: A当选/担任/为(联盟)理事长/副会长/秘书长/成员…单位; A是C的成员单位
- member lists: (C/联盟)(首批|现有)成员(单位)/会员单位/发起单位(N家,)包括|有|为|涵盖 A、B等
- joining: A、B等N家单位加入(该)联合体 / 加入C / 签约入盟 / 入会; 成为C(的)首批成员
- a group as the subject: 联盟(已)集聚/汇聚/吸纳/吸引 A、B等
- partners: A、B、C三方签署…协议 (every pair); X与A、B签署…，三方… (A with B too);
  A向B供货, A进入B供应链, A、B均为C的供应商, A在大学开设订单班

Whoever is named as leading (牵头) a group's founding is a founder, so a member — a college,
company or institute, and a zone or 管委会 too (the blind writers from dev39 on; the seed's leader,
named only as 该区, gets none); 指导/主办/支持 units are not.
"""

from __future__ import annotations

import re

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.relations import (
    COORD,
    GROUPS,
    ORG,
    Sent,
    State,
    _rel,
    coordinated,
    list_goes_on,
)

_NUM = "0-9一二三四五六七八九十两百"
_KIND = (r"(?:产教联合体|创新联合体|联合体|联盟|协会|商会|职教集团|职业教育集团|共同体|学会|"
         r"促进会|联合会|集团)")
_ANA = rf"(?:该|本|这个|此|这一)?(?P<k>{_KIND})"
_ROLE = (r"(?:常务|执行|轮值)?副?(?:理事长|会长|秘书长|监事长|理事|监事|主席|主任委员)|"
         r"(?:首批|第一批|创始|核心|正式|骨干)?(?:成员|会员)|发起|创始|共建|秘书处")
_CLAUSE_CH = ",;:。"
_MEMBER_TYPES = ORG - {ET.GOVERNMENT}
# who founds a group by leading it (由A牵头): a 管委会 or a zone named there too (not the zone
# inside the 管委会's name), as the blind writers from dev39 on annotate it
_LEADER_TYPES = _MEMBER_TYPES | {ET.GOVERNMENT}

# A当选理事长单位 ; A担任联盟副理事长单位 ; A为该协会会员单位 ; A成为共同体首批成员
_ROLE_UNIT = re.compile(
    rf"(?:当选为?|担任|出任|任|为|是|系|作为|成为|均为|都是|均是)了?(?:{_ANA})?的?"
    rf"(?:首届|第[{_NUM}]+届|新一届)?(?P<role>{_ROLE})单位(?:之一)?(?=[,。;、:]|$|和|及|以及)")
_ROLE_BECOME = re.compile(
    rf"(?:成为|作为)了?(?:{_ANA})?的?(?:首批|第一批|创始|正式|新)(?:成员|会员)(?:单位)?"
    r"(?=[,。;、:]|$|和|及|以及|加入)")
# after a group named in the sentence: C的成员单位 (A是C的成员单位)
_ROLE_AFTER_GROUP = re.compile(
    rf"的?(?:首届|第[{_NUM}]+届|新一届)?(?:{_ROLE})(?:单位|企业|院校)|"
    r"的?(?:首批|第一批|创始|正式)(?:成员|会员)(?!大会)")
_VERB_BEFORE_GROUP = re.compile(r"(?:当选为?|担任|出任|任|为|是|系|作为|成为|均为|都是|均是)了?$")
# (联盟)(首批)成员单位(42家,)(其中)包括 ; 发起单位为 ; 会员企业有
_LIST_OPEN = re.compile(
    rf"(?:{_ANA}的?)?(?:(?:首批|第一批|现有|已有|目前有|共有)?(?:成员|会员)(?:单位|企业|院校)?|"
    rf"(?:首批|第一批|现有|新增)?(?:发起|创始|共建|(?:常务|执行)?副?"
    rf"(?:理事长|会长|秘书长|监事长|理事|监事))单位|新增了?(?:成员|会员)(?:单位|企业)?(?=[^,。;]))"
    rf"(?:已达|达|共|有)?(?:[{_NUM}]+(?:余|多)?[家个所])?[,:]?(?:其中)?"
    r"(?P<v>(?:主要|还|也|已|分别)?(?:包括|包含|涵盖|覆盖|有|为|是|由)了?[:]?)?")
_JOIN = re.compile(
    r"(?:加入|加盟)(?:了|到)?(?:由[^,。;]{2,40}?的)?"
    r"(?P<ana>(?:该|本|这个|此)?(?P<k>" + _KIND + r"))?|"
    r"(?P<enter>入盟|入会)")
_JOIN_PRE = re.compile(r"(?:正式|先后|相继|陆续|已|均|也|还|首批|成功|签约|申请|积极|自愿|主动)*$")
_GATHER = re.compile(
    r"(?:已|目前|现已|累计|共|先后|还|也|已经|现|新|首批)*(?:集聚|汇聚|聚集|吸纳|吸收|吸引|聚合|凝聚|覆盖|涵盖)了?")
_SUBJ_ANA = re.compile(_ANA + r"(?:成立以来|成立后|自成立以来)?,?")
_LEAD_CUT = re.compile(r"牵头|指导|主办|承办|协办|支持下|支持单位|主管")


def _is_kind(sp: Span, kind: str | None) -> bool:
    if sp.type not in GROUPS:
        return False
    if kind is None:
        return True
    if kind in ("职教集团", "职业教育集团"):
        return sp.name.endswith(("职教集团", "职业教育集团"))
    if kind == "联合会":
        return sp.name.endswith("联合会")
    if kind == "协会":
        return sp.name.endswith(("协会", "商会"))
    return sp.name.endswith(kind) or (kind.endswith("联合体") and sp.name.endswith("联合体"))


def _group_for(st: State, sent: Sent, pos: int, kind: str | None) -> Span | None:
    """The group a trigger at ``pos`` speaks of: the nearest of its kind before it in this
    sentence, else the most recent in the document; a group already found a member of another
    (联盟由A协会、B共同发起) is not the one meant."""
    inner = {r.head.key for r in st.rels if r.type == RT.MEMBER_OF}
    for sp in reversed(sent.spans):
        if sp.end <= pos and _is_kind(sp, kind) and sp.key not in inner:
            return sp
    for sp in reversed(st.seen):
        if _is_kind(sp, kind) and sp.key not in inner:
            return sp
    return None


def _clause_start(doc: Doc, sent: Sent, pos: int) -> int:
    f = doc.folded
    cs = max(f.rfind(ch, sent.start, pos) for ch in _CLAUSE_CH) + 1
    return max(cs, sent.start)


def _lo(doc: Doc, sent: Sent, pos: int) -> int:
    """Where the members before a trigger at ``pos`` may start: the clause, extended over the
    clauses of a counted list (A、B等6所院校，以及C、D等41家企业加入), cut after 牵头/指导."""
    f = doc.folded
    lo = _clause_start(doc, sent, pos)
    while lo > sent.start + 1:
        prev = _clause_start(doc, sent, lo - 1)
        tail = f[prev : lo - 1]
        if re.search(rf"等(?:[{_NUM}]+(?:余|多)?[家所个])?[\u4e00-\u9fff]{{0,6}}$", tail) and \
                re.match(r"(?:以及|及|和|还有)", f[lo:pos]):
            lo = prev
        else:
            break
    cut = [m.end() for m in _LEAD_CUT.finditer(f, lo, pos)]
    return max(lo, cut[-1]) if cut else lo


_LED_BY = re.compile(r"[^,。;]{0,60}?(?:共同)?牵头")


def _leads(doc: Doc, st: State, x: Span) -> bool:
    """x is named in a 由…牵头 phrase (a leader of the group the text is about)."""
    f = doc.folded
    for y in st.seen:
        if y.key == x.key and _LED_BY.match(f, y.end):
            cs = max(f.rfind(ch, 0, y.start) for ch in _CLAUSE_CH) + 1
            if "由" in f[cs : y.start]:
                return True
    return False


def _member(st: State, x: Span, c: Span, s: int, e: int, conf: float = 0.8) -> None:
    """x MEMBER_OF c, unless x is a zone or government that leads c."""
    if x.type in (ET.ZONE, ET.GOVERNMENT) and (
            any(r.type == RT.LEADS and r.head.key == x.key and r.tail.key == c.key
                for r in st.rels) or (st.doc is not None and _leads(st.doc, st, x))):
        return
    _rel(st, x, RT.MEMBER_OF, c, s, e, conf)


def _members_before(doc: Doc, sent: Sent, st: State, c: Span, pos: int, end: int,
                    zones: bool = True, govs: bool = False) -> None:
    """The organisations before a trigger at ``pos``; with ``govs`` a 管委会 too (one that
    holds a stated role: A、B管委会为副理事长单位)."""
    lo = _lo(doc, sent, pos)
    for x in sent.spans:
        if x.start < lo or x.end > pos or x is c or x.key == c.key:
            continue
        if (x.type not in _MEMBER_TYPES and not (govs and x.type == ET.GOVERNMENT)) or \
                (x.type == ET.ZONE and not zones):
            continue
        after = doc.folded[x.end : x.end + 4]
        if re.match(r"(?:的|为|作为)?(?:指导|主办|承办|支持|主管)", after):
            continue
        _member(st, x, c, sent.start, end)


# what two parties joined by 与 go on to do together
_PAIR_DEED = re.compile(
    r"(?:共同|正式|现场|还|将|也|已|又|联合)*(?:签订|签署|签约|共建|合作|携手|达成|开展|建立)")


def _list_at(doc: Doc, sent: Sent, pos: int) -> list[Span]:
    """The organisations of the list that starts at ``pos`` (A、B和C等N家单位，以及D等)."""
    sp = sent.spans
    out: list[Span] = []
    idx = next((k for k, x in enumerate(sp) if x.start == pos and x.type in ORG), None)
    while idx is not None:
        group = coordinated(doc, sp, idx)
        cut = next((n for n in range(1, len(group)) if doc.folded[
            sp[group[n - 1]].end : sp[group[n]].start] in ("与", "同") and
            _PAIR_DEED.match(doc.folded, sp[group[-1]].end)), None)
        if cut is not None:  # 理事长单位A与B签署供货协议: B is A's partner, not a member
            out.extend(sp[g] for g in group[:cut])
            break
        out.extend(sp[g] for g in group)
        idx = list_goes_on(doc, sp, sp[group[-1]].end)
    return out


def _members_after(doc: Doc, sent: Sent, st: State, c: Span, pos: int) -> None:
    for x in _list_at(doc, sent, pos):
        if x is not c and x.key != c.key and x.type in _MEMBER_TYPES:
            _member(st, x, c, sent.start, x.end)


def membership(doc: Doc, sent: Sent, st: State) -> None:
    """MEMBER_OF from roles, member lists, joining and a group's gathering verbs."""
    f = doc.folded
    s, e = sent.start, sent.end
    if not any(w in f[s:e] for w in ("单位", "成员", "会员", "加入", "加盟", "入盟", "入会")) and \
            not _SUBJ_ANA.match(f, sent.body_start) and \
            not any(x.type in GROUPS for x in sent.spans) and \
            not ("包括" in f[s:e] and _COUNTED_INCLUDES.search(f, s, e)):
        return
    groups = [x for x in sent.spans if x.type in GROUPS]
    # A当选理事长单位 / A担任联盟秘书长单位 / A为会员单位
    for m in _ROLE_UNIT.finditer(f, s, e):
        after = next((g for g in groups if g.start == m.end()), None)
        c = after or _group_for(st, sent, _lo(doc, sent, m.start()), m.group("k"))
        if c is not None:
            role = m.group("role")
            _members_before(doc, sent, st, c, m.start(), m.end(),
                            govs=role not in ("发起", "创始", "共建", "秘书处"))
    for m in _ROLE_BECOME.finditer(f, s, e):
        c = _group_for(st, sent, _lo(doc, sent, m.start()), m.group("k"))
        if c is not None:
            _members_before(doc, sent, st, c, m.start(), m.end())
    for c in groups:  # A是C的成员单位 ; A、B成为C首批成员
        vm = _VERB_BEFORE_GROUP.search(f, max(s, c.start - 4), c.start)
        if vm is not None and _ROLE_AFTER_GROUP.match(f, c.end):
            _members_before(doc, sent, st, c, vm.start(), c.end)
    # 成员单位包括A、B ; 联盟发起单位为A、B
    for m in _LIST_OPEN.finditer(f, s, e):
        pos = m.end()
        word = m.group()
        loose = f[pos - 1] in ",:" or not (word.endswith("单位") or word.startswith("新增"))
        if not any(x.start == pos and x.type in ORG for x in sent.spans) or \
                (m.group("v") is None and loose):
            continue  # 35家成员单位，C大学…: a new clause, not the list
        k = m.group("k")
        c = _group_for(st, sent, m.start(), k)
        if c is not None:
            _members_after(doc, sent, st, c, pos)
    # A、B等45家单位加入联合体 ; 加入C ; 签约入盟
    for m in _JOIN.finditer(f, s, e):
        c = None
        lo = _lo(doc, sent, m.start())
        if m.group("enter"):
            c = _group_for(st, sent, lo, "协会" if m.group("enter") == "入会" else "联盟")
        elif m.group("ana"):
            c = _group_for(st, sent, lo, m.group("k"))
        else:
            # 加入“C” (not 加入，C任…: the next clause's subject)
            c = next((g for g in groups if g.start == m.end() or
                      (g.start == m.end() + 1 and f[m.end()] not in _CLAUSE_CH)), None)
            if c is not None and "由" in m.group() and c.start != m.end():
                c = None
            if c is None and re.match(r"(?:[,。;]|$|其中)", f[m.end() : m.end() + 2]):
                c = _group_for(st, sent, lo, None)  # …等40家企业加入。
        if c is None:
            continue
        pm = _JOIN_PRE.search(f, max(s, m.start() - 12), m.start())
        pos = pm.start() if pm is not None else m.start()
        _members_before(doc, sent, st, c, pos, m.end())
    _more_members(doc, sent, st)
    _counted_then_named(doc, sent, st)
    _leading_founders(doc, sent, st, groups)
    # 联盟已集聚A、B等86家单位 (the group is the subject of the sentence)
    body = sent.body_start
    sm = _SCENE.match(f, body)
    if sm is not None:
        body = sm.end()  # 会上,集团新吸纳A等6家单位为成员
    am = _SUBJ_ANA.match(f, body)
    subj: Span | None = None
    if am is not None and not any(g.start == body for g in groups):
        subj = _group_for(st, sent, body, am.group("k"))
        at = am.end()
    else:
        subj = next((g for g in groups if g.start == body), None)
        at = subj.end if subj is not None else body
    if subj is not None:
        gm = _GATHER.match(f, at)
        if gm is None:
            gm = re.compile(r"[^,。;]{0,10}?(?:已|目前|现已|累计|共)(?:集聚|汇聚|聚集|吸纳|吸收)了?"
                            ).match(f, at)
        if gm is None:  # 联合体首批成员单位共63家,吸纳A、B等
            cm = _COUNT_THEN.match(f, at)
            gm = _GATHER.match(f, cm.end()) if cm is not None else None
        if gm is not None:
            _members_after(doc, sent, st, subj, gm.end())
    la = st.last_assoc
    host = next((r.tail for r in st.rels[sent.rel_start :] if la is not None and
                 r.type == RT.MEMBER_OF and r.head.key == la.key and r.tail.type in GROUPS), None)
    if host is not None:
        st.last_assoc = host  # …以及C协会共同组建: the 联合体 the text goes on about, not C


_SCENE = re.compile(r"(?:会上|会议上|大会上|年会上|仪式上|活动上|活动中|现场),")
_COUNT_THEN = re.compile(
    rf"(?:首批|第一批|现有)?(?:成员|会员)(?:单位)?(?:共|达|已达|有)?[{_NUM}]+(?:余|多)?[家个],")


# …,首批成员单位58家,A、B管委会、C协会等作为代表上台领牌: the named units of the count
_COUNT_NAMED = re.compile(r"(?<=[,;])" + _COUNT_THEN.pattern)


def _counted_then_named(doc: Doc, sent: Sent, st: State) -> None:
    """(联盟由A、B共同发起,)首批成员单位58家,C、D、E等作为代表上台领牌: C, D, E are members."""
    f = doc.folded
    sp = sent.spans
    for m in _COUNT_NAMED.finditer(f, sent.start, sent.end):
        idx = next((k for k, x in enumerate(sp) if x.start == m.end() and x.type in ORG), None)
        if idx is None:
            continue
        group = coordinated(doc, sp, idx)
        last = sp[group[-1]]
        if f[last.end : last.end + 1] != "等":
            continue  # a list closed by 等 stands for the count (not a new subject's own deed)
        c = _group_for(st, sent, m.start(), None)
        if c is None:
            continue
        for g in group:
            if sp[g].key != c.key:
                _rel(st, sp[g], RT.MEMBER_OF, c, m.start(), last.end, 0.75)


# (该)职教集团由A(、B)(共同)牵头(组建) ; 由A牵头,联合B、C组建的C
_LED_FOUNDING = re.compile(r"由(?P<who>[^,。;由]{2,80}?)(?:共同|联合)?牵头")
_FOUNDED_AFTER = re.compile(r"[^。;]{0,120}?(?:组建|发起|成立|筹建)的$")
_FORMED_BEFORE = re.compile(r"组建|成立|筹建|发起")
# 由A牵头,联合B、C等23家单位组建D: the group the lead clause goes on to form
_FORMS_NEXT = re.compile(r"[^。;]{0,120}?(?:组建|筹建|发起成立|发起组建|成立)了?$")
_JOINED_LEAD = re.compile(
    r"(?:组建)?,?(?:联合|携手|会同)?(?P<list>[^。;]{2,200}?)"
    r"(?:(?:共同|一起|一同)(?:参与|发起|组建|筹建)|(?:参与|参加)(?:组建|发起|筹建|共建)?)")


def _leading_founders(doc: Doc, sent: Sent, st: State, groups: list[Span]) -> None:
    """Whoever leads a group's founding (由A牵头) is a founder, so a member: an enterprise,
    college or institute, and also a 管委会 or zone named as the leader."""
    f = doc.folded
    for m in _LED_FOUNDING.finditer(f, sent.start, sent.end):
        c: Span | None = None
        am = re.search(_ANA + r"$", f[_clause_start(doc, sent, m.start()) : m.start()])
        before = next((g for g in groups if g.end == m.start()), None)
        sa = _SUBJ_ANA.match(f, sent.body_start)
        if before is not None:
            c = before
        elif am is not None:
            c = _group_for(st, sent, m.start(), am.group("k"))
        elif sa is not None and _FORMED_BEFORE.search(f, sent.body_start, m.start()):
            c = _group_for(st, sent, sent.body_start, sa.group("k"))  # 集团在…下组建,由A牵头
        else:
            c = next((g for g in groups if g.start > m.end() and (
                _FOUNDED_AFTER.match(f, m.end(), g.start) or
                _FORMS_NEXT.match(f, m.end(), g.start))), None)
        if c is None:
            continue
        for x in sent.spans:
            if m.start("who") <= x.start and x.end <= m.end("who") and x.key != c.key and \
                    x.type in _LEADER_TYPES and (x.type in _MEMBER_TYPES - {ET.ZONE} or
                                                 x.nested_in < 0):
                _rel(st, x, RT.MEMBER_OF, c, sent.start, max(m.end(), c.end), 0.8)
        _joined_after_lead(doc, sent, st, c, m.end())


def _joined_after_lead(doc: Doc, sent: Sent, st: State, c: Span, pos: int) -> None:
    """由A牵头,B、C等企业和D共同参与(组建): the parties after the leader are founders too."""
    jm = _JOINED_LEAD.match(doc.folded, pos)
    if jm is None:
        return
    for x in sent.spans:
        if pos <= x.start and x.end <= jm.end("list") and x.key != c.key and \
                x.type in _MEMBER_TYPES and x.type != ET.ZONE:
            _member(st, x, c, sent.start, jm.end())


_CHARTER = re.compile(
    rf"(?:共同|一起|集体)?签署(?:了)?(?:{_ANA})?(?:的)?(?:章程|倡议书|公约|宣言|成立协议|合作公约)")
# A、B等联盟成员单位 ; A、B等成员企业
_LIST_THEN_MEMBER = re.compile(
    rf"等?(?:[{_NUM}]+(?:余|多)?家)?(?:{_ANA})?的?(?:首批|创始|核心|骨干)?(?:成员|会员)(?:单位|企业|院校)")
# 联盟成员单位A公司 (a noun before the name, no verb)
_MEMBER_NOUN = re.compile(
    rf"{_ANA}的?(?:首批|创始|核心|骨干)?(?:成员|会员)(?:单位|企业|院校)?(?:代表)?[,:]?")


# (成员单位53家。)其中,企业36家,包括A、B等;院校9所,包括C、D等: each counted kind's list
_COUNTED_INCLUDES = re.compile(
    rf"(?:其中,?)?(?:企业|院校|高校|(?:职业|本科)院校|科研机构|科研院所|行业组织|行业协会|社会组织)"
    rf"[{_NUM}]+(?:余|多)?[家所个],?(?:主要|分别)?(?:包括|有)[:]?")
_MEMBERS_SAID = re.compile(r"成员|会员")


def _counted_kinds(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    for m in _COUNTED_INCLUDES.finditer(f, sent.start, sent.end):
        if f[m.start() - 1 : m.start()] not in (",", ";", ":", "。", ""):
            continue
        pos = m.start()
        while not _MEMBERS_SAID.search(f, max(0, pos - 40), pos):
            # …;院校9所,包括C等: a clause after one that counted members the same way
            ps = max(f.rfind(";", 0, pos - 1), f.rfind("。", 0, pos - 1)) + 1
            pm = _COUNTED_INCLUDES.match(f, ps)
            if pos - 1 <= 0 or f[pos - 1] != ";" or pm is None:
                pos = -1
                break
            pos = ps
        if pos < 0:
            continue
        c = _group_for(st, sent, m.start(), None)
        if c is not None:
            _members_after(doc, sent, st, c, m.end())


# 首批成员中,企业有A、B等41家,院校有C等14所,另有D等8家行业组织: each kind's list
_AMONG_MEMBERS = re.compile(r"(?:首批|第一批|现有)?(?:成员|会员)(?:单位)?中,?")
_KIND_HAS = re.compile(
    r"(?<=[,;:中])(?:其中,?)?(?:企业|院校|高校|(?:职业|本科)院校|科研机构|科研院所|行业组织|"
    r"行业协会|社会组织|另外?|此外,?|还|既|也)(?:有|包括)[:]?")


def _kinds_among(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    am = _AMONG_MEMBERS.search(f, sent.start, sent.end)
    if am is None:
        return
    c = _group_for(st, sent, am.start(), None)
    if c is None:
        return
    for m in _KIND_HAS.finditer(f, am.end() - 1, sent.end):
        _members_after(doc, sent, st, c, m.end())


def _more_members(doc: Doc, sent: Sent, st: State) -> None:
    f = doc.folded
    s, e = sent.start, sent.end
    sp = sent.spans
    if "成员中" in f[s:e] or "会员中" in f[s:e] or "单位中" in f[s:e]:
        _kinds_among(doc, sent, st)
    if "包括" in f[s:e] or "有" in f[s:e]:
        _counted_kinds(doc, sent, st)
    for m in _CHARTER.finditer(f, s, e):
        c = _group_for(st, sent, _lo(doc, sent, m.start()), m.group("k"))
        if c is not None:
            _members_before(doc, sent, st, c, m.start(), m.end())
    for k, x in enumerate(sp):
        if x.type not in _MEMBER_TYPES or \
                (k + 1 < len(sp) and COORD.match(f[x.end : sp[k + 1].start])):
            continue
        lm = _LIST_THEN_MEMBER.match(f, x.end)
        if lm is None or (lm.group("k") is None and not lm.group().startswith("等")):
            continue
        c = _group_for(st, sent, _lo(doc, sent, x.start), lm.group("k"))
        if c is not None:
            for a in _list_back(doc, sent, k):
                if a.type in _MEMBER_TYPES and a.key != c.key:
                    _member(st, a, c, s, lm.end(), 0.75)
    for m in _MEMBER_NOUN.finditer(f, s, e):
        if not any(x.start == m.end() and x.type in _MEMBER_TYPES for x in sp):
            continue
        c = _group_for(st, sent, m.start() + 1, m.group("k"))
        if c is not None:
            _members_after(doc, sent, st, c, m.end())


# ---- partners ---------------------------------------------------------------------------------

_N_PARTIES = re.compile(r"(?P<n>[三四五六])方")
_PARTIES_N = {"三": 3, "四": 4, "五": 5, "六": 6}
_LIST_SIGNS = re.compile(
    r"(?:[三四五六两双]方)?(?:共同|正式|现场|还|将|也|已|成功|联合)*"
    r"(?:(?:签订|签署)[^,。;]{0,24}?(?:协议|合同|备忘录)|共建|携手|(?<=共同|联合)(?:建设|打造)|"
    r"达成[^,。;]{0,8}?(?:合作|协议)|开展[^,。;]{0,12}?合作|建立[^,。;]{0,8}?合作关系|"
    r"合资(?:成立|建设|组建|设立|兴建))")
_TO_SUPPLY = re.compile(
    r"(?:已|将|还|也|长期|稳定|批量|持续|开始|正式|成功|主要|直接)*向$")
_SUPPLIES = re.compile(
    r"(?:批量|稳定|长期|持续|独家|大批量)?(?:供货|供应|配套|交付|提供[^,。;]{0,8}?"
    r"(?:产品|零部件|部件|材料|电池|芯片|模组|设备|配套|组件|原料))")
_ENTERS = re.compile(
    r"(?:已|成功|顺利|正式|先后|相继|均|也|还)*(?:进入|打入|切入|纳入|跻身|入选|列入|入围)$")
_CHAIN_OF = re.compile(
    r"的?(?:全球)?(?:供应链|供应体系|采购体系|配套体系|供应商体系|供应商名录|合格供应商)")
_ARE_SUPPLIERS = re.compile(r"(?:均为|都是|均是|皆为|同为|也是|均成为|都成为|成为|是|为)$")
_SUPPLIER_WORD = re.compile(
    r"的(?:[^,。;的]{0,6}?)(?:供应商|配套商|配套企业|供货商|合作伙伴)")
_HAND_IN_HAND = re.compile(r"(?:成功|正式|再次|深度|强强)?(?:牵手|携手|联手)$")
_WINS = re.compile(r"(?:已|成功|先后|相继|再次|也|还)*(?:获得|获|拿到|取得|斩获)$")
_NOMINATED = re.compile(r"[^,。;]{0,12}?定点")
_FOR_ALL = re.compile(r"为$")
_LIST_SUPPLIED = re.compile(
    r"(?:等[^,。;]{0,10}?)?(?:批量|稳定|长期|持续)?(?:配套|供货|供应|提供[^,。;]{0,8}?"
    r"(?:产品|零部件|部件|材料|电池|芯片|模组|设备|组件|原料))")
_TRAINS_FOR = re.compile(r"(?:等[^,。;]{0,8}?)?(?:定向|订单式|订单|委托)?(?:培养|培训|输送)")
_CLASS_AT = re.compile(
    r"[^,。;]{0,16}?(?:订单班|冠名班|学徒制班|产业学院|实训基地|实习基地|实践基地)")


def _pair(st: State, a: Span, b: Span, s: int, e: int, kind: str) -> None:
    if a.key != b.key and a.type in ORG and b.type in ORG:
        _rel(st, a, RT.PARTNERS_WITH, b, s, e, 0.75, (("kind", kind),))


def _list_back(doc: Doc, sent: Sent, k: int) -> list[Span]:
    """The list ending at span ``k`` (A、B和C), in order."""
    sp = sent.spans
    j = k
    while j > 0 and sp[j - 1].type in ORG and COORD.match(doc.folded[sp[j - 1].end : sp[j].start]):
        j -= 1
    return sp[j : k + 1]


def partnership(doc: Doc, sent: Sent, st: State) -> None:
    """PARTNERS_WITH: every pair of a list that signs together, of the parties counted as 三方,
    supplier links stated with 向…供货 / 进入…供应链 / 均为…的供应商, classes opened at a
    college."""
    f = doc.folded
    s, e = sent.start, sent.end
    sp = sent.spans
    if len(sp) < 2:
        return
    # X与A、B签署协议，三方将…: the parties counted all work with each other
    nm = _N_PARTIES.search(f, s, e)
    if nm is not None:
        parties: list[Span] = []
        for r in st.rels[sent.rel_start :]:
            if r.type == RT.PARTNERS_WITH:
                for x in (r.head, r.tail):
                    if all(x.key != y.key for y in parties):
                        parties.append(x)
        if len(parties) == _PARTIES_N[nm.group("n")]:
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    _pair(st, a, b, s, nm.end(), "协议")
    for k, x in enumerate(sp):
        if x.type not in ORG:
            continue
        nxt = sp[k + 1] if k + 1 < len(sp) else None
        # A、B、C三方签署合作协议 / A、B共建联合实验室 (the list is the clause subject)
        if nxt is None or not COORD.match(f[x.end : nxt.start]):
            lm = _LIST_SIGNS.match(f, x.end)
            if lm is not None and not re.search(r"发起|组建联盟|成立联盟|倡议", lm.group()):
                items = _list_back(doc, sent, k)
                first = items[0]
                lead = f[max(s, first.start - 2) : first.start]
                if len(items) >= 2 and (first.start <= sent.body_start or
                                        lead[-1:] in (",", ":", ";") or lead == "" or
                                        lead.endswith("由")) and \
                        not re.search(r"(?:与|和|同)$", lead):
                    # X与A、B共建…: X with each of A and B (A and B are not said to work together)
                    cut = next((j for j in range(1, len(items)) if re.fullmatch(
                        r"\s*(?:与|同)\s*", f[items[j - 1].end : items[j].start])), None)
                    for i, a in enumerate(items):
                        for j, b in enumerate(items[i + 1 :], i + 1):
                            if cut is None or i < cut <= j:
                                _pair(st, a, b, s, lm.end(), "协议")
        if nxt is None or nxt.type not in ORG:
            continue
        gap = f[x.end : nxt.start]
        # A向B批量供货 ; A进入B供应链 ; A、B均为C的供应商
        if (_TO_SUPPLY.fullmatch(gap) and _SUPPLIES.match(f, nxt.end)) or \
                (_ENTERS.fullmatch(gap) and _CHAIN_OF.match(f, nxt.end)) or \
                (_ARE_SUPPLIERS.fullmatch(gap) and _SUPPLIER_WORD.match(f, nxt.end)):
            for a in _list_back(doc, sent, k):
                _pair(st, a, nxt, s, nxt.end + 4, "供应")
        elif _ENTERS.fullmatch(gap):
            # A进入B、C的供应体系: every customer of the list
            group = [sp[g] for g in coordinated(doc, sp, k + 1)]
            if len(group) > 1 and _CHAIN_OF.match(f, group[-1].end):
                for a in _list_back(doc, sent, k):
                    for b in group:
                        _pair(st, a, b, s, group[-1].end + 4, "供应")
        # A牵手B ; A获得B定点
        elif _HAND_IN_HAND.fullmatch(gap) or \
                (_WINS.fullmatch(gap) and _NOMINATED.match(f, nxt.end)):
            for b in [sp[g] for g in coordinated(doc, sp, k + 1)]:
                _pair(st, x, b, s, b.end + 4, "合作")
        # A为B、C等企业配套 ; 学院为B定向培养技术人才
        elif _FOR_ALL.fullmatch(gap):
            group = [sp[g] for g in coordinated(doc, sp, k + 1)]
            if _LIST_SUPPLIED.match(f, group[-1].end):
                for b in group:
                    _pair(st, x, b, s, b.end + 4, "供应")
            elif x.type in (ET.UNIVERSITY, ET.RESEARCH_INSTITUTE) and \
                    _TRAINS_FOR.match(f, group[-1].end):
                for b in group:
                    _pair(st, x, b, s, b.end + 6, "联合培养")
    # A、B将在大学开设订单班
    for k, c in enumerate(sp):
        if c.type not in (ET.UNIVERSITY, ET.RESEARCH_INSTITUTE) or f[c.start - 1 : c.start] != "在":
            continue
        if _CLASS_AT.match(f, c.end) is None or k == 0:
            continue
        lo = _clause_start(doc, sent, c.start)
        for a in sp[:k]:
            if a.start >= lo and a.type in (ET.ENTERPRISE,):
                _pair(st, a, c, s, c.end + 8, "联合培养")
