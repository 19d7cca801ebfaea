"""The enterprise–zone–industry web: general ways reports state LOCATED_IN, IN_INDUSTRY,
CHAIN_LEADER and INVESTS_IN that the older sentence rules of ``relations`` miss.

Written from a checklist of ordinary report constructions (tests/unit/test_nlp_placement.py),
not from one batch's errors:

- a kind of companies and its members: X企业N家，(其中)如/包括/有A、B等 ; X企业有A、B ;
  X领域/X产业链上/X行业的A、B等企业 ; Z在X领域/方面，引进了A、B
- the leader of an industry: X(产业)龙头(企业)A ; X产业(的)“链主”A
- investments: A、B分别投资N亿元、M亿元建设P和Q ; A(将)投资N亿元落户Z (the zone is the tail)

``NAME_CONTEXTS`` are extra contexts that introduce enterprise names without a legal suffix (read by
``entities.context_enterprises``); ``kind_terms`` finds the industry of a counted or listed kind of
companies (read by ``industries.industry_spans``); ``placement`` runs once per sentence after the
sentence rules. Patterns are anchored on trigger words, so each runs once per sentence or text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.numbers import AMOUNT_RE, amount_value
from chainkg.nlp.zone_places import (
    at_park,
    firm_of_park,
    leader_in_zone,
    parks_in_zone,
    set_up_in_zone,
    sub_parks_in_zone,
)
from chainkg.nlp.zone_topic import (
    acting_in_zone,
    among_settled,
    clause_bounds,
    gathered_in_zone,
    settled_in_zone,
    started_in_zone,
)

if TYPE_CHECKING:
    from chainkg.nlp.relations import Sent, State

_N = "0-9一二三四五六七八九十两数"
_ITEM = r"(?:(?![等的])[\u4e00-\u9fffA-Za-z·()（）]){2,20}?"
_LIST = rf"{_ITEM}(?:、{_ITEM})*?"
# a short name (no legal form)
_SHORT = r"(?:(?![等的])[\u4e00-\u9fffA-Za-z·()（）]){2,10}?"
_SHORT_LIST = rf"{_SHORT}(?:、{_SHORT})*?"
_CS = r"(?:^|(?<=[,;。:\n]))"
_KIND = (r"(?:配套|上下游|骨干|领军|重点|龙头|规上|规模以上|代表性|知名|生产|制造)?"
         r"(?:企业|厂商|公司)")
_END = r"(?=等|[,。;:]|$)"

# contexts that introduce enterprise names (appended to entities.CONTEXT_PATTERNS; the flag says
# whether the first item may carry words on its left to trim)
NAME_CONTEXTS: tuple[tuple[re.Pattern[str], bool], ...] = (
    # 新能源汽车零部件企业32家，如A、B等 ; 半导体企业20余家，其中包括A、B
    (re.compile(rf"(?:企业|厂商)[{_N}]+(?:多|余)?家,?(?:其中)?,?"
                rf"(?:如|例如|比如|包括|主要有|主要包括|有)(?P<list>{_LIST}){_END}"), False),
    # 集聚了一批新材料企业，包括A、B、C等
    (re.compile(rf"(?:企业|厂商),(?:如|例如|比如|包括|主要有|主要包括)(?P<list>{_LIST}){_END}"),
     False),
    # 区内企业A、B加快技改 ; 园区重点企业A ; 全区规上企业A、B等
    (re.compile(rf"(?:区内|园区内?|全区|我区|本区|开发区|高新区|经开区|新区)(?:的)?"
                rf"(?:重点|骨干|龙头|规上|规模以上|入驻|落户|整车|链主)?企业(?P<list>{_SHORT_LIST})"
                r"(?=等|[,。;]|$|和|及|与|在|将|已|正|均|也|还|加快|持续|不断|积极|配套)"), False),
    # 电子信息领域的A、B等企业 ; 产业链上的A、B等企业
    (re.compile(rf"(?:产业链上|产业链|领域|行业|板块|赛道)的(?P<list>{_LIST})等[^,。;、]{{0,8}}?"
                r"(?:企业|公司|厂商|龙头|项目)"), False),
    # 光伏龙头企业A ; 汽车产业链主企业A: the name ends before an adverb or verb
    (re.compile(rf"(?:龙头企业|链主企业)(?P<list>{_ITEM})(?=持续|加快|不断|积极|正|已|将|在|投资|"
                r"带动|引领|[,、。;和与及等为])"), False),
    # A是一家光伏企业 ; A是国内领先的… ; A主营光伏组件 ; A主要从事…
    (re.compile(rf"{_CS}(?P<list>{_ITEM})(?:是一家|是(?:国内|全国|全球|我国|行业|省内)(?:领先|知名|最大|"
                r"重要|首家|唯一)|主营|主要生产|专业生产|主要从事|专业从事|专注于)"), True),
    # 从事半导体设备研发的A已落户Z
    (re.compile(rf"(?:研发|生产|制造|加工|销售|服务)的(?P<list>{_ITEM})(?:已|将|正式|成功)?"
                r"(?:落户|入驻|落地|位于|坐落于|扎根)"), False),
    # (Z，)A的风电装备项目顺利投产
    (re.compile(rf"{_CS}(?P<list>{_ITEM})(?<!在内)的(?![{_N}几多])[^,。;的]{{2,16}}?项目[^,。;]{{0,6}}?"
                r"(?:投产|开工|落地|签约|建成|落户|入驻|竣工|达产)"), True),
)
# of these, a name ends before a time word, an adverb, a preposition or a place (read by
# entities.context_enterprises)
NAME_TAIL_CUT = frozenset({NAME_CONTEXTS[2][0].pattern, NAME_CONTEXTS[4][0].pattern,
                           NAME_CONTEXTS[5][0].pattern, NAME_CONTEXTS[6][0].pattern,
                           NAME_CONTEXTS[7][0].pattern})

# the kind of companies counted or listed: X企业32家 ; X企业有/包括/如 ; X企业，如
_KIND_AT = re.compile(
    rf"{_KIND}(?=(?:[{_N}]+(?:多|余)?家,?(?:其中)?,?)?(?:有[^限]|包括|主要有|主要包括|,?(?:如|例如|比如)|"
    r",(?:包括|主要有)))")
# 以A、B为代表的新材料企业 ; A、B两大光伏龙头: the kind named after the list
_KIND_AFTER_LIST = re.compile(
    rf"(?:为代表的|(?<=[两二三四五六七八九十])大|等)(?P<t>(?:全国|国内|全球|行业)?[\u4e00-\u9fff]{{2,10}}?)"
    rf"(?:{_KIND}|(?:行业)?龙头(?!企业))")
_COUNT_WORDS = ("一批", "一些", "多家", "一系列", "规上", "重点")
_PARTS = ("零部件", "零配件", "配件", "材料", "装备", "设备", "整车", "元器件")


def kind_terms(doc: Doc, terms: dict[str, str]) -> list[tuple[int, int]]:
    """The industries that name a counted or listed kind of companies (新能源汽车零部件企业32家,
    生物医药企业有…): the longest known term (with a parts word after it) ending at the kind."""
    f = doc.folded
    out: list[tuple[int, int]] = []
    for m in _KIND_AT.finditer(f):
        pe = m.start()
        ends = [pe] + [pe - len(p) for p in _PARTS if f.endswith(p, 0, pe) and pe > len(p)]
        best: int | None = None
        for end in ends:  # 新材料 is a term; 新能源汽车零部件: a term and its parts (the longest)
            for n in range(min(10, end), 1, -1):
                if f[end - n : end] in terms and (doc.is_boundary(end - n) or
                                                  f[end - n - 2 : end - n] in _COUNT_WORDS):
                    best = end - n if best is None else min(best, end - n)
                    break
        if best is None:
            continue
        out.append((best, pe))
    for m in _KIND_AFTER_LIST.finditer(f):
        pe = m.end("t")
        ends = [pe] + [pe - len(p) for p in _PARTS if f.endswith(p, m.start("t"), pe)]
        for end in ends:
            for n in range(min(10, end - m.start("t")), 1, -1):
                if f[end - n : end] in terms and doc.is_boundary(end - n):
                    out.append((end - n, pe))
                    break
            else:
                continue
            break
    return out


Add = Callable[..., None]
_LIST_SEP = re.compile(r"^(?:、|和|及|与|以及)$")


def _group(doc: Doc, sp: list[Span], i: int) -> list[int]:
    out = [i]
    j = i
    while j + 1 < len(sp) and sp[j + 1].type == ET.ENTERPRISE and \
            _LIST_SEP.match(doc.folded[sp[j].end : sp[j + 1].start]):
        j += 1
        out.append(j)
    return out


_AFTER_KIND = re.compile(
    rf"{_KIND}(?:[{_N}]+(?:多|余)?家)?,?(?:其中)?,?(?:如|例如|比如|包括|主要有|主要包括|有)?$")
_OF_KIND = re.compile(r"(?:产业链上|全产业链|产业链|产业|领域|行业|板块|赛道)的$")
_TOPIC = re.compile(r"(?:全产业链|产业链|产业|行业)?(?:领域|方面|上|板块|赛道)")
_IN_ZONE_FIRMS = re.compile(
    r"(?:区内|园区内?|全区|我区|本区|开发区内?|高新区内?|经开区内?|新区内?)(?:的)?"
    r"(?:重点|骨干|龙头|规上|规模以上|入驻|落户|整车|链主)?企业$")
_IN_ZONE_AFTER = re.compile(
    rf"等(?:[{_N}]+(?:多|余)?家)?(?:区内|园区内?|开发区内|高新区内|经开区内|新区内)(?:的)?"
    r"(?:重点|骨干|龙头|规上|规模以上|入驻)?企业")
_TOPIC_INTRO = re.compile(r"引进|引入|招引|吸引|落户|入驻|集聚|聚集|汇聚|培育|拥有|依托|落地|签约")
_ZONE_WORD = re.compile(r"(?:园区|区内|全区|我区|本区|开发区|高新区|经开区|新区)")
_GATHER = re.compile(r"现有|拥有|集聚|聚集|汇聚|落户|入驻|引进|共有|已有|培育")
_LEADER_BEFORE = re.compile(
    r"(?:全产业链|产业链|产业|行业|领域)?(?:的)?[“\"]?(?:龙头|链主)[”\"]?(?:企业)?$")
_ZONE_IND_GATHERED = re.compile(
    r"(?:园区|区内|全区|我区|本区|开发区|高新区|经开区|新区|[\u4e00-\u9fff]{2,12}(?:区|园))的?(?P<i>)"
    r"[\u4e00-\u9fff]{2,10}?(?:全产业链|产业链|产业集群|产业)(?:目前|现已|已经|已)?"
    r"(?:集聚|聚集|汇聚|拥有|引进|吸引|落户)了?$")
_REPRESENTED = re.compile(r"为代表的")
_SEVERALLY = re.compile(r"(?:将|拟|计划)?分别(?:投资|投入)")
_INVEST_SETTLE = re.compile(
    r"(?:将|拟|计划|已)?(?:投资|投入)(?:约|近|超|逾)?(?P<a>[0-9.一二三四五六七八九十百千]+(?:万|亿)?元)"
    r"(?:,)?(?:正式|成功)?(?:落户|入驻|落地|扎根)(?P<z>)")


# A，如今已是当地X产业的链主企业: a time adverb between the company and what it has become
_NOW_IS = re.compile(
    r",?(?:如今|目前|现在|现|早已|已经|已)+(?:是|成为|成长为)(?:当地|本地|园区|区内|全区|全市|全省|国内)?")
_LEADER_OF = re.compile(r"(?:全产业链|产业链|产业|行业|领域)?的?[“\"]?(?:链主|龙头)")


def _leader_now(doc: Doc, sent: Sent, st: State) -> None:
    """A，如今已是当地汽车零部件产业的链主企业: A leads the industry named."""
    from chainkg.nlp.relations import _rel

    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp[:-1]):
        m = _NOW_IS.match(f, x.end) if x.type == ET.ENTERPRISE else None
        y = sp[i + 1]
        lm = _LEADER_OF.match(f, y.end)
        if m is None or lm is None or y.type != ET.INDUSTRY or y.start != m.end():
            continue
        _rel(st, x, RT.CHAIN_LEADER_OF, y, x.start, lm.end(), 0.7)


# 已在高新区投产的A ; 在园区扎根多年的B: a relative clause that places the company named after it
_SETTLED_REL = re.compile(
    r"(?:已|早已|已经|率先|先期)?在(?P<z>区内|园区内?|开发区内?|高新区内?|经开区内?|新区内?|"
    r"(?P<n>[\u4e00-\u9fff]{2,20}?(?:开发区|高新区|经开区|新区|园区)))"
    r"(?:建成)?(?:投产|落户|扎根|入驻|设厂|投资建厂|建厂)(?:多年|以来)?的$")
# A到经开区投资 ; B也来园区投资设厂: the company came to the zone and invests there
_COMES_TO = re.compile(
    r"(?:也|还|已|先后|相继|陆续|纷纷)*(?:到|来|赴)(?P<z>园区|开发区|高新区|经开区|新区|"
    r"(?P<n>[\u4e00-\u9fff]{2,20}?(?:开发区|高新区|经开区|新区|园区)))"
    r"(?:内)?(?:投资|设厂|建厂|兴业|落户)")
# 又把上游的A带进新区 ; 将A引入园区: a company someone brought into the zone
_BROUGHT_BY = re.compile(r"(?:把|将)(?:其|自己的|它的)?(?:上游|下游|上下游|配套)?的?$")
_BROUGHT_INTO = re.compile(
    r"(?:也|一并|一起|陆续|先后)?(?:带进|带入|带到|引入|引进|引到)(?P<z>园区|开发区|高新区|经开区|新区|"
    r"(?P<n>[\u4e00-\u9fff]{2,20}?(?:开发区|高新区|经开区|新区|园区|产业园|工业园)))"
    r"(?=[,。;]|$|落户|投资|建设|设厂|建厂)")
# A(以下简称“B”)是区内新型显示行业龙头企业: a company the text calls one of the zone's own
_IS_ZONES_OWN = re.compile(
    r"(?:[(（][^()（）]{0,20}[)）])?,?(?:目前|现已|已经|已)?(?:是|系)"
    r"(?:区内|园区内|开发区内|高新区内|经开区内|新区内)的?[^,。;]{0,20}?(?:企业|公司|厂商)"
    r"(?:之一)?(?=[,。;]|$)")


def _settled_named(doc: Doc, sent: Sent, st: State) -> None:
    """已在高新区投产的A ; A到经开区投资 ; A(以下简称“B”)是区内X行业龙头企业: A lies in the
    zone meant."""
    from chainkg.nlp.relations import _rel, area_zone

    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp):
        if x.type != ET.ENTERPRISE:
            continue
        rm = _SETTLED_REL.search(f, max(sent.start, x.start - 30), x.start)
        if rm is not None:
            z = next((y for y in sp if y.type == ET.ZONE and y.start == rm.start("z") and
                      y.end == rm.end("z")), None) if rm.group("n") else area_zone(st, sent)
            if z is not None:
                _rel(st, x, RT.LOCATED_IN, z, rm.start(), x.end, 0.65)
        cm = _COMES_TO.match(f, x.end, sent.end)
        if cm is not None:
            z = next((y for y in sp if y.type == ET.ZONE and y.start == cm.start("z") and
                      y.end == cm.end("z")), None) if cm.group("n") else area_zone(st, sent)
            if z is not None:
                _rel(st, x, RT.LOCATED_IN, z, x.start, cm.end(), 0.6)
        bm = _BROUGHT_INTO.match(f, x.end, sent.end)
        if bm is not None and _BROUGHT_BY.search(f, max(sent.start, x.start - 8), x.start):
            z = next((y for y in sp if y.type == ET.ZONE and y.start == bm.start("z") and
                      y.end == bm.end("z")), None) if bm.group("n") else area_zone(st, sent)
            if z is not None:
                _rel(st, x, RT.LOCATED_IN, z, x.start, bm.end(), 0.6)
        om = _IS_ZONES_OWN.match(f, x.end, sent.end)
        if om is not None and (i == 0 or f[sp[i - 1].end : x.start] not in ("的", "与", "和")):
            z = area_zone(st, sent)
            if z is not None:
                _rel(st, x, RT.LOCATED_IN, z, x.start, om.end(), 0.6)


def placement(doc: Doc, sent: Sent, st: State) -> None:
    """The rules of this module, then those of the zone a passage is about (``zone_topic``,
    ``zone_places``)."""
    _placement(doc, sent, st)
    text = doc.folded[sent.start : sent.end]
    if "链主" in text or "龙头" in text:
        _leader_now(doc, sent, st)
    kinds = {x.type for x in sent.spans}
    if ET.ENTERPRISE in kinds:
        _settled_named(doc, sent, st)
        acting_in_zone(doc, sent, st)
        n = len(st.rels)
        leader_in_zone(doc, sent, st)
        _not_leaned_on(doc, sent, st, n)
        settled_in_zone(doc, sent, st)
        started_in_zone(doc, sent, st)
        among_settled(doc, sent, st)
    if ET.ENTERPRISE in kinds or ET.RESEARCH_INSTITUTE in kinds:
        gathered_in_zone(doc, sent, st)
    set_up_in_zone(doc, sent, st)  # also 研究院选址高新区: the institute named before
    if "把" in text or "将" in text:
        _brought_in(doc, sent, st)
    if ET.ZONE in kinds:
        parks_in_zone(doc, sent, st)
        sub_parks_in_zone(doc, sent, st)
        at_park(doc, sent, st)
        if ET.ENTERPRISE in kinds:
            firm_of_park(doc, sent, st)


# 依托(X产业)链主企业L开展以商引商 (not 依托区内/园区龙头L): the zone leans on L, which the writers
# do not therefore place in it
_LEANS_ON = re.compile(r"依托(?![^,;:。]*?[区园])")


def _not_leaned_on(doc: Doc, sent: Sent, st: State, start: int) -> None:
    """Undo the zone's-own-leader placements from ``start`` on of a leader the clause leans on."""
    f = doc.folded
    new = st.rels[start:]
    keep = [r for r in new if not (
        r.type == RT.LOCATED_IN and r.head.type == ET.ENTERPRISE and
        sent.start <= r.head.start < sent.end and
        _LEANS_ON.search(f, clause_bounds(f, sent, r.head.start)[0], r.head.start))]
    if len(keep) < len(new):
        del st.rels[start:]
        st.rels.extend(keep)
        st.pairs, st.pairs_read = set(), 0


# A又把(上游的)B带进新区 ; A将其供应商B引入Z: B is brought into the zone, as A's supplier when the
# words before it say so
_BRING = re.compile(r"(?:把|将)(?P<w>[^,。;把将]{0,10}?)$")
_BROUGHT_IN = re.compile(r"(?:也|一并|一同)?(?:带进|带入|带到|带来|引入|引进)(?:了|到)?")
_SUPPLIER_OF = re.compile(r"上游|下游|上下游|供应商|配套")


def _brought_in(doc: Doc, sent: Sent, st: State) -> None:
    from chainkg.nlp.relations import GENERIC_ZONE, _rel, area_zone

    f = doc.folded
    sp = sent.spans
    for i, b in enumerate(sp):
        if b.type != ET.ENTERPRISE or i == 0:
            continue
        cs = clause_bounds(f, sent, b.start)[0]
        bm = _BRING.search(f, cs, b.start)
        im = _BROUGHT_IN.match(f, b.end)
        if bm is None or im is None:
            continue
        z = next((y for y in sp[i + 1 :] if y.start == im.end() and y.type == ET.ZONE), None)
        if z is None and GENERIC_ZONE.match(f, im.end()):
            z = area_zone(st, sent)
        if z is None:
            continue
        _rel(st, b, RT.LOCATED_IN, z, b.start, z.end if z.start > b.start else im.end(), 0.6)
        a = next((y for y in reversed(sp[:i]) if y.type == ET.ENTERPRISE and
                  cs <= y.start and y.end <= bm.start()), None)
        if a is not None and _SUPPLIER_OF.search(bm.group("w")):
            _rel(st, b, RT.PARTNERS_WITH, a, a.start, im.end(), 0.6)


def _placement(doc: Doc, sent: Sent, st: State) -> None:
    from chainkg.nlp.relations import GENERIC_ZONE, _rel, area_zone

    f = doc.folded
    sp = sent.spans
    ents = [i for i, x in enumerate(sp) if x.type == ET.ENTERPRISE]
    if not ents:
        return
    typed = {(r.head.key, r.type) for r in st.rels}
    leaders = {r.head.key for r in st.rels[sent.rel_start :] if r.type == RT.CHAIN_LEADER_OF}

    def zone_of_clause(lo: int, hi: int) -> Span | None:
        z = next((y for y in reversed(sp) if y.type == ET.ZONE and lo <= y.start < hi), None)
        if z is not None:
            return z
        if _ZONE_WORD.search(f, lo, hi) or (sent.subject_zone is not None and
                                              _GATHER.search(f, lo, hi)):
            return area_zone(st, sent)
        return None

    heads = [i for i in ents if i == 0 or sp[i - 1].type != ET.ENTERPRISE or
             not _LIST_SEP.match(f[sp[i - 1].end : sp[i].start])]
    for i in heads:
        x = sp[i]
        group = [sp[g] for g in _group(doc, sp, i)]
        cs = max(sent.start, *(f.rfind(c, sent.start, x.start) + 1 for c in "。;"))
        # X企业N家，如A、B ; X企业有A、B ; X领域的A、B
        ind = next((y for y in reversed(sp) if y.type == ET.INDUSTRY and y.end <= x.start and
                    y.start >= cs), None)
        if ind is not None:
            gap = f[ind.end : x.start]
            kind = _AFTER_KIND.fullmatch(gap) is not None and gap.count(",") <= 1
            of = _OF_KIND.fullmatch(gap) is not None
            if (kind or of) and not _LEADER_BEFORE.search(gap) and \
                    not any(y.type in (ET.ENTERPRISE, ET.ZONE, ET.UNIVERSITY) and
                            ind.end <= y.start < x.start for y in sp):
                for e in group:
                    if e.key not in leaders:
                        _rel(st, e, RT.IN_INDUSTRY, ind, ind.start, group[-1].end, 0.6)
                if kind:
                    z = zone_of_clause(max(cs, f.rfind(",", cs, ind.start) + 1), ind.start)
                    for e in group:
                        _rel(st, e, RT.LOCATED_IN, z, ind.start, group[-1].end, 0.55)
                continue
        # 区内企业A、B ; 园区重点企业A ; A、B等11家区内企业: the zone the text is about
        if (_IN_ZONE_FIRMS.search(f, max(cs, x.start - 12), x.start) or
                _IN_ZONE_AFTER.match(f, group[-1].end)) and \
                not any(y.type == ET.ZONE and x.start - 12 <= y.start < x.start for y in sp):
            for e in group:
                _rel(st, e, RT.LOCATED_IN, area_zone(st, sent), x.start - 4, group[-1].end, 0.6)
        # X龙头企业A ; X产业“链主”A
        lead = next((y for y in reversed(sp) if y.type == ET.INDUSTRY and y.end <= x.start and
                     y.start >= cs), None)
        if lead is not None and _LEADER_BEFORE.fullmatch(f, lead.end, x.start):
            for e in group:
                _rel(st, e, RT.CHAIN_LEADER_OF, lead, lead.start, group[-1].end, 0.7)
            continue
    # 园区新能源汽车产业已集聚A、B等企业 ; 以A、B为代表的新材料企业
    for i in heads:
        x = sp[i]
        group = [sp[g] for g in _group(doc, sp, i)]
        gm = _ZONE_IND_GATHERED.search(f, max(sent.start, x.start - 30), x.start)
        if gm is not None and gm.end() == x.start:
            ind = next((y for y in sp if y.type == ET.INDUSTRY and y.start == gm.start("i")), None)
            if ind is not None:
                z = next((y for y in sp if y.type == ET.ZONE and y.end in (ind.start,
                                                                             ind.start - 1)), None)
                z = z or area_zone(st, sent)
                for e in group:
                    if e.key not in leaders:
                        _rel(st, e, RT.IN_INDUSTRY, ind, gm.start(), group[-1].end, 0.6)
                    _rel(st, e, RT.LOCATED_IN, z, gm.start(), group[-1].end, 0.6)
        if f[x.start - 1 : x.start] == "以":
            rm = _REPRESENTED.match(f, group[-1].end)
            ind = next((y for y in sp if rm is not None and y.type == ET.INDUSTRY and
                        y.start == rm.end()), None)
            if rm is not None and ind is not None and re.match(_KIND, f[ind.end : ind.end + 8]):
                for e in group:
                    _rel(st, e, RT.IN_INDUSTRY, ind, x.start - 1, ind.end, 0.6)
    # Z在X领域/方面，引进了A、B: the industry of the clause's topic
    for y in sp:
        if y.type != ET.INDUSTRY or f[y.start - 1 : y.start] != "在":
            continue
        tm2 = _TOPIC.match(f, y.end)
        if tm2 is None:
            continue
        stop = f.find(";", tm2.end(), sent.end)
        stop = sent.end if stop < 0 else stop
        intro = _TOPIC_INTRO.search(f, tm2.end(), stop)
        if intro is None:
            continue
        for i in ents:
            x = sp[i]
            if intro.end() <= x.start < stop and (x.key, RT.IN_INDUSTRY) not in typed and \
                    x.key not in leaders and \
                    not any(o.type == ET.INDUSTRY and y.end < o.start < x.start for o in sp):
                _rel(st, x, RT.IN_INDUSTRY, y, y.start - 1, x.end, 0.55)
    _severally(doc, sent, st)
    if "分别与" in f[sent.start : sent.end]:
        _severally_with(doc, sent, st)
    _industry_topic(doc, sent, st, leaders)
    # A(将)投资N亿元落户Z / 落户园区: the zone is what it invests in
    for m in _INVEST_SETTLE.finditer(f, sent.start, sent.end):
        inv = next((x for x in reversed(sp) if x.type == ET.ENTERPRISE and x.end <= m.start() and
                    not re.search(r"[,。;]", f[x.end : m.start()])), None)
        if inv is None:
            continue
        pos = m.end()
        z = next((y for y in sp if y.type == ET.ZONE and y.start == pos), None)
        if z is None and GENERIC_ZONE.match(f, pos) and not any(y.start == pos for y in sp):
            z = area_zone(st, sent)
        am = AMOUNT_RE.search(f, m.start("a"), m.end("a") + 1)
        value = amount_value(am.group("num"), am.group("mag")) if am else None
        if z is None or value is None:
            continue
        _rel(st, inv, RT.INVESTS_IN, z, inv.start, pos, 0.55, (("amount_cny", value),))
        _rel(st, inv, RT.LOCATED_IN, z, inv.start, pos, 0.6)


_BOTH = re.compile(
    r"(?:两家|二家|三家|四家|上述|这两家|这三家|这些|以上)(?:企业|公司)(?:将|拟|已)?$")


_LOOSE_SEP = re.compile(r"^(?:、|和|及|与|以及)[^,。;、]{0,6}$")  # A和下游客户B


def _last_list(doc: Doc, st: State, sent: Sent, pos: int) -> list[Span]:
    """The last list of two or more companies named before ``pos`` (this sentence or the one
    before): what 两家企业 / 上述企业 stands for."""
    f = doc.folded
    before = [x for x in st.seen if x.start >= (st.seen[-1].start - 200 if st.seen else 0)] + \
        [x for x in sent.spans if x.end <= pos]
    out: list[Span] = []
    for x in reversed(before):
        if x.type != ET.ENTERPRISE:
            if out:
                break
            continue
        if out and not _LOOSE_SEP.match(f[x.end : out[-1].start]):
            if len(out) >= 2:
                break
            out = []
        out.append(x)
    out.reverse()
    return out if len(out) >= 2 else []


_SEV_ITEMS = re.compile(
    r"(?:建设|新建|投建|兴建|实施|打造)(?P<ps>[^,。;]{4,80}?)(?=[,。;]|$)")


def _severally(doc: Doc, sent: Sent, st: State) -> None:
    """A、B分别投资N亿元、M亿元建设P和Q: each company with its amount and its project."""
    from chainkg.nlp.relations import _project, _rel

    f = doc.folded
    sp = sent.spans
    for m in _SEVERALLY.finditer(f, sent.start, sent.end):
        firms: list[Span] = []
        for x in reversed(sp):
            if x.end > m.start():
                continue
            if x.type != ET.ENTERPRISE:
                break
            nxt = firms[-1].start if firms else m.start()
            gap = f[x.end : nxt]
            if firms and not _LIST_SEP.match(gap):
                break
            if not firms and re.search(r"[,。;]", gap):
                break
            firms.append(x)
        firms.reverse()
        if not firms and _BOTH.search(f, max(sent.start, m.start() - 8), m.start()):
            firms = _last_list(doc, st, sent, m.start())  # 两家企业分别投资…: the last list
        elif not firms and f[m.start() - 1 : m.start()] == ",":
            # A、B先后落户Z,分别投资N、M建设P和Q: the list that opens the sentence
            firms = [x for x in _last_list(doc, st, sent, m.start()) if x.start >= sent.start]
            if firms and not re.fullmatch(r"[^,。;]*", f[sent.body_start : firms[0].start]):
                firms = []
        if len(firms) < 2:
            continue
        amounts = []
        pos = m.end()
        for am in AMOUNT_RE.finditer(f, pos, sent.end):
            if f[pos : am.start()] not in ("", "、", "和", "及", "约"):
                break
            amounts.append(amount_value(am.group("num"), am.group("mag")))
            pos = am.end()
        if len(amounts) != len(firms):
            continue
        pm = _SEV_ITEMS.match(f, pos)
        projects: list[Span] = []
        if pm is not None:
            parts = re.split(r"、|和|及|以及", pm.group("ps"))
            if len(parts) == len(firms) and all(
                    re.search(r"(?:项目|基地|生产线|工厂|中心)$", p) for p in parts):
                k = pm.start("ps")
                for p in parts:
                    s = f.find(p, k)
                    projects.append(_project(doc, s, s + len(p)))
                    k = s + len(p)
        if projects:  # an earlier rule's guess of one investor for every project goes
            owner = {p.name: firms[j].key for j, p in enumerate(projects)}
            st.rels[sent.rel_start :] = [
                r for r in st.rels[sent.rel_start :]
                if not (r.type == RT.INVESTS_IN and owner.get(r.tail.name, r.head.key) !=
                        r.head.key)]
        for j, x in enumerate(firms):
            v = amounts[j]
            if v is None or not projects:
                continue
            _rel(st, x, RT.INVESTS_IN, projects[j], x.start, projects[j].end, 0.6,
                 (("amount_cny", v),))




_SEV_WITH = re.compile(r"分别与")
_SEV_SIGNED = re.compile(
    r"(?:正式)?(?:签订|签署|签约)了?(?:,(?:将|拟)?分别)?(?:投资建设|建设|新建|实施|落地)?")
_SEV_EXTRA = re.compile(r"(?:、[\u4e00-\u9fffA-Za-z]{2,8}?(?=[、签]))+")
_SEV_NAMES = re.compile(r"[^,。;]{4,150}?(?=(?:合作|投资|入园|框架)?(?:协议|合同)|[,。;]|$)")
_SEV_ITEM_END = re.compile(
    r"(?:项目|基地|生产线|工厂|中心|产业园)(?:[一二三四五六七八九十0-9]+期)?$")
_SEV_AMOUNTS = re.compile(r"[^。;]{0,16}?投资(?:额|金额)?分别(?:为|是|达)?")


def _severally_with(doc: Doc, sent: Sent, st: State) -> None:
    """Z分别与A、B、C签订P1、P2和P3合作协议(,投资额分别为N、M和K) ;
    Z分别与A、B签约,分别建设P1和P2: each company invests in its project, in order."""
    from chainkg.nlp.relations import _project, _rel

    f = doc.folded
    sp = sent.spans
    for m in _SEV_WITH.finditer(f, sent.start, sent.end):
        firms: list[Span] = []
        for x in sp:
            if x.start < m.end():
                continue
            gap = f[firms[-1].end if firms else m.end() : x.start]
            if x.type != ET.ENTERPRISE or (firms and not _LIST_SEP.match(gap)) or \
                    (not firms and gap):
                break
            firms.append(x)
        if len(firms) < 2:
            continue
        xm = _SEV_EXTRA.match(f, firms[-1].end, sent.end)  # …、飞鹤乳业签订: a name not found
        sm = _SEV_SIGNED.match(f, xm.end() if xm else firms[-1].end)
        if sm is None:
            continue
        extra = xm.group().count("、") if xm else 0
        nm = _SEV_NAMES.match(f, sm.end(), sent.end)
        if nm is None or any(y.start < nm.end() and nm.start() < y.end for y in sp):
            continue
        parts = re.split(r"、|和|及|以及", nm.group())
        if len(parts) != len(firms) + extra or not all(_SEV_ITEM_END.search(p) and len(p) >= 4
                                                for p in parts):
            continue
        projects: list[Span] = []
        k = nm.start()
        for p in parts:
            s = f.find(p, k)
            projects.append(_project(doc, s, s + len(p)))
            k = s + len(p)
        amounts: list[float | None] = []
        am_lead = _SEV_AMOUNTS.match(f, nm.end(), sent.end)
        if am_lead is not None:
            pos = am_lead.end()
            for am in AMOUNT_RE.finditer(f, pos, sent.end):
                if f[pos : am.start()] not in ("", "、", "和", "及", "约"):
                    break
                amounts.append(amount_value(am.group("num"), am.group("mag")))
                pos = am.end()
        if len(amounts) != len(parts):
            amounts = [None] * len(parts)
        for x, pj, v in zip(firms, projects[: len(firms)], amounts[: len(firms)], strict=True):
            _rel(st, x, RT.INVESTS_IN, pj, x.start, pj.end, 0.6,
                 (("amount_cny", v),) if v is not None else ())


# 石化新材料产业持续壮大，A的P项目、B P项目稳定运行 ; 动力电池产业集群营收突破1800亿元，A基地七期…
_TOPIC_PRED = re.compile(
    r"持续|加快|加速|快速|稳步|不断|实现|营收|产值|规模|突破|壮大|发展|提速|增长|成势|提质|迈上|"
    r"跃升|领跑|集聚成势|从无到有")
_TOPIC_TAIL = re.compile(r"(?:全产业链|产业链|产业集群|产业|行业|业)?")
_SETTLED = re.compile(r"投产|布局|入驻|落户|开工|建成|运行|落地|达产|竣工|满产")


def _industry_topic(doc: Doc, sent: Sent, st: State, leaders: set[str]) -> None:
    """An industry opening a sentence with how it fares is the industry of the companies the
    sentence goes on to name (their projects, their settling in); they are in the zone the text is
    about when it names one zone and they start up or settle."""
    from chainkg.nlp.relations import _rel

    f = doc.folded
    sp = sent.spans
    first = next((y for y in sp if y.start >= sent.body_start), None)
    if first is None or first.type != ET.INDUSTRY or first.start != sent.body_start:
        return
    ce = f.find(",", first.end, sent.end)
    tail = _TOPIC_TAIL.match(f, first.end)
    if ce < 0 or tail is None or ce - tail.end() > 16 or \
            _TOPIC_PRED.search(f, tail.end(), ce) is None or \
            any(first.end <= y.start < ce for y in sp):
        return
    zones = {y.key for y in st.seen if y.type == ET.ZONE}
    zone = st.last_zone if st.last_zone is not None and zones == {st.last_zone.key} else None
    for x in sp:
        if x.start < ce:
            continue
        cs = max(f.rfind(c, ce, x.start) for c in ",;")
        if x.type == ET.INDUSTRY and (cs < 0 or x.start <= cs + 2):
            return  # the next clause is about another industry
        if x.type == ET.ZONE and zone is not None and x.key != zone.key:
            zone = None
        if x.type != ET.ENTERPRISE or x.key in leaders:
            continue
        _rel(st, x, RT.IN_INDUSTRY, first, first.start, x.end, 0.55)
        end = min((k for k in (f.find(c, x.end, sent.end) for c in ",;") if k >= 0),
                  default=sent.end)
        if zone is not None and _SETTLED.search(f, x.end, end):
            _rel(st, x, RT.LOCATED_IN, zone, first.start, end, 0.5)


# A将在Z投资建设… ; A拟投资7亿元在Z建设… ; A计划在Z设立…: a project only planned
_PLANNED = re.compile(r"(?:将|拟|计划|有意|准备)(?:在|于|投资|出资|斥资|投入|落户|入驻)")


# A与Z签署…协议,将在区内建设… ; A来Z考察,该公司计划投资…在经开区建设…: the company signs or
# visits, and what follows is its plan
_PLANNED_AFTER = re.compile(
    r"[^。;]{0,30}?(?:签署|签订|签约|考察|洽谈)[^。;,]{0,24}?,(?:该公司|该企业|其|并|双方)?"
    r"(?:将|拟|计划|有意|准备)(?:在|于|投资|出资|斥资|投入|落户|入驻)")
_SETTLED_WORD = re.compile(r"落户|入驻|投产|建成|扎根|已在")


# A将投资10亿元落户开发区: a settlement the text states, if still ahead
_SETTLES = re.compile(r"[^,。;]{0,16}?(?:落户|入驻|扎根)")


def _planned_only(f: str, pos: int) -> bool:
    """What the text goes on to say of the company at ``pos`` is a plan, not a settlement."""
    if _PLANNED.match(f, pos):
        return not _SETTLES.match(f, pos)
    pm = _PLANNED_AFTER.match(f, pos)
    return pm is not None and not _SETTLED_WORD.search(f, pos, pm.end()) and \
        not _SETTLES.match(f, pm.end())


def drop_planned(doc: Doc, st: State, start: int) -> None:
    """Drop the placements this sentence drew for a company whose project is only planned there
    (the shared corpus and the blind batches place a company once it has settled, not when it
    signs or plans)."""
    f = doc.folded
    rels = st.rels
    keep = [r for r in rels[start:] if not (
        r.type == RT.LOCATED_IN and r.head.type == ET.ENTERPRISE and
        _planned_only(f, r.head.end))]
    if len(keep) < len(rels) - start:
        del rels[start:]
        rels.extend(keep)
        st.pairs, st.pairs_read = set(), 0


def _into_sub_park(doc: Doc, st: State, start: int) -> None:
    """A company placed in a zone written right before its sub-park (落户哈经开区平房产业园, cut by
    ``zone_places.split_zone_parks``) lies in the park."""
    from chainkg.nlp.relations import Rel

    rels = st.rels
    after: dict[int, Span] | None = None
    for i in range(start, len(rels)):
        r = rels[i]
        if r.type != RT.LOCATED_IN or r.head.type != ET.ENTERPRISE or r.tail.type != ET.ZONE:
            continue
        if after is None:
            after = {y.start: y for y in doc.spans if y.source == "zonepark" and
                     y.type == ET.ZONE and y.nested_in < 0}
        p = after.get(r.tail.end)
        if p is not None and p.key != r.tail.key:
            rels[i] = Rel(r.head, r.type, p, r.start, r.end, r.conf, r.props)
            st.pairs, st.pairs_read = set(), 0


def drop_transitive(doc: Doc, st: State, start: int) -> None:
    """A company this sentence places in a park (…产业园, …工业园区) lies in the park, not also in
    the zone around it (南川工业园区内,A…投产 ; A落户经开区P ; A将入驻区内P): the writers link the
    company to the park and the park to the zone. A park with no zone yet takes the zone the
    sentence gave the company."""
    from chainkg.nlp.relations import Rel, _is_park

    _into_sub_park(doc, st, start)
    rels = st.rels
    new = rels[start:]
    parks: dict[str, list[Span]] = {}
    for r in new:
        if r.type == RT.LOCATED_IN and r.head.type == ET.ENTERPRISE and r.tail.type == ET.ZONE \
                and _is_park(r.tail.name):
            parks.setdefault(r.head.key, []).append(r.tail)
    if not parks:
        return
    keep: list[Rel] = []
    added: list[Rel] = []
    placed = {r.head.key for r in rels if r.type == RT.LOCATED_IN}
    for r in new:
        ps = parks.get(r.head.key) if r.type == RT.LOCATED_IN else None
        if ps is None or r.tail.type != ET.ZONE or _is_park(r.tail.name) or \
                any(p.key == r.tail.key for p in ps):
            keep.append(r)
            continue
        p = ps[0]
        if p.key not in placed:
            placed.add(p.key)
            added.append(Rel(p, RT.LOCATED_IN, r.tail, r.start, r.end, 0.6))
    if len(keep) < len(new):
        del rels[start:]
        rels.extend(keep + added)
        st.pairs, st.pairs_read = set(), 0
