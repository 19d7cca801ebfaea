"""Supplier and customer links (PARTNERS_WITH, kind 供应) from the role a company plays for another.

Probe-driven: the ordinary ways a report about a chain leader (链主) and the firms it brings in
says who supplies whom. The customer is named (为C…, C的…, C供应商), written 其, or left to the
passage (隔膜供应商A in a story about one chain leader).

- a relative clause before the company: 为其配套车架的A ; 为C提供海绵钛原料的A ; 向其供货的A ;
  采购其基膜生产光学膜的A (a customer) ; …、供应电解液的B (a list item after one that names
  its customer)
- a role noun before the company: 其设备供应商A ; 其长期合作伙伴A ; C引荐的配套企业A ;
  其上游供应商A、B等 ; 隔膜供应商A (the passage's leader)
- a role noun after a list: A、B等12家C供应商 ; A、B等28家配套供应商 (the passage's leader)
- A是C空调外壳注塑件的核心供应商 (words between C and 的)
- the subject supplies: S所产绿氢将全部供给C ; S每天可为C提供包装膜 ; S与C的…形成上下游配套 ;
  C的动力电池主要由S供应
"""

from __future__ import annotations

import re

from chainkg.model import EntityType as ET
from chainkg.model import RelationType as RT
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.relations import COORD, Sent, State, _rel

_E = ET.ENTERPRISE
_PROPS: tuple[tuple[str, str | float], ...] = (("kind", "供应"),)
_NUM = "0-9一二三四五六七八九十两百"
_ITEM_CUT = re.compile(r"[,;:。、]")
_ROLE_NOUN = r"(?:供应商|供货商|配套商|配套企业|配套厂商|配套厂家|服务商|合作伙伴|客户)"
# 配套企业 alone is a chain's supporting firm (IN_INDUSTRY), a supplier only of a customer named
_WEAK_ROLE = re.compile(r"配套(?:企业|商|厂商|厂家)(?:包括|有|如|为)?$")
# the text of one list item before its company ends with a supplier's role
_ROLE_BEFORE = re.compile(rf"{_ROLE_NOUN}(?:包括|有|如|为)?$")
_SUPPLY_VERB = r"(?:配套|供应|供货|供给|提供|采购|生产|制造)"
_REL_CLAUSE = re.compile(rf"(?P<v>{_SUPPLY_VERB})[^,。;、的]{{0,14}}的$")
_STRONG = re.compile(r"配套|供应|供货|供给|提供|采购")
# who the role is for: 为其 / 向其 / 其 ; 为C / C的 / C引荐的
_ITS = re.compile(r"其(?!中|他|它|余|实|次)")
_FOR_C = re.compile(r"(?:为|向)$")
_OF_C = re.compile(r"(?:的|引荐的|推荐的|带来的|引来的)")
# a supplier of the market, not of one customer: 国内领先的电池供应商A
_MARKET = re.compile(r"国内|全国|全球|国际|世界|领先|知名|最大|头部|一流|优质")
_AROUND = re.compile(r"(?:围绕|服务于?|聚焦)$")
_RECOMMEND = re.compile(r"引荐|推荐|推介|带动|带来|引来|牵线|吸引|引进|把")
# A、B等12家C供应商 / 等28家配套供应商 / 等配套企业17家
_ROLE_AFTER = re.compile(
    rf"等(?:[{_NUM}]+(?:多|余)?家)?(?P<mid>[^,。;、]{{0,16}}?)(?P<r>供应商|配套商|配套企业)")
# A是C空调外壳注塑件的核心供应商
_IS = re.compile(rf"(?:等(?:[{_NUM}]+家)?(?:企业)?)?(?:也|还|均|都|已|已经)?(?:是|成为|为)")
_OF_ROLE = re.compile(rf"[^,。;的]{{0,14}}?的[^,。;的]{{0,6}}?{_ROLE_NOUN}")
# A、B相继成为其核心供应商: the company the sentence spoke of before the list is the customer
_IS_ITS = re.compile(
    rf"(?:等(?:[{_NUM}]+(?:多|余)?家)?(?:企业)?)?(?:也|还|均|都|已|已经|相继|先后|陆续)*"
    r"(?:是|成为|为)了?其[^,。;的]{0,6}?(?:供应商|供货商|配套商|配套企业|配套厂商|配套厂家)")
# S所产绿氢将全部供给C ; S每天可为C提供包装膜 ; 与C现有的…形成上下游配套
_SUPPLIES_TO = re.compile(
    r"(?:全部|主要|直接|优先|将|可|也|还|大多|多)*(?:供给|供应给|供应|销售给|卖给|输送给|销往)"
    r"(?:[^,。;的]{0,8}的)?$")
_FOR_PROVIDE = re.compile(
    r"(?:批量|稳定|长期|持续|独家|大量|优先|专门)?"
    r"(?:(?:提供|供应|供货|配套)(?!服务|支持|保障|指导|平台|资金|融资|贷款|政策)[^,。;]{1,10}|"
    r"配套(?=[,。;]|$))")
# 为C配套的P项目由S投资: S builds what supplies C
_PROJECT_BY = re.compile(
    r"配套(?:生产)?的[^,。;]{0,14}?(?:项目|基地|工厂|生产线)(?:[一二三四五六七八九十]期)?,?由")
# 主要为区内整车企业C配套: the customer's kind between 为 and its name
_FOR_KIND_OF = re.compile(
    r"为(?:区内|园区内|本地|当地|周边)?的?[\u4e00-\u9fff]{0,6}?(?:企业|主机厂|厂商|车企)$")
_BY_SUPPLIER = re.compile(r"的[^,。;的]{1,12}?(?:主要|全部|均|大多|多)?由")
_SUPPLY_AFTER_BY = re.compile(r"(?:等[^,。;]{0,6})?(?:供应|提供|配套|供货)")
_REL_AFTER = re.compile(r"[^,。;的]{0,14}的")  # 为C配套的A / 为C配套的P项目: not the subject's
_WITH_AT = re.compile(r"与(?:园区内?|区内|基地内|园内|当地)?的?$")  # 与(园区内)C的…
_UPDOWN = re.compile(
    r"[^,。;]{0,16}?形成(?:上下游|产业链上下游|“[^”,。;]{2,20}”)(?:配套|关系|协作)?")


# 在其推介下,胶膜供应商A…,铝边框配套商B、玻璃盖板生产商C相继落户: the roles are 其's
_ITS_OPEN = re.compile(
    r"(?:在|经|通过)其[^,。;]{0,6}?(?:推介|引荐|推荐|带动|牵线|介绍)(?:下)?,")
_ITS_ROLE = re.compile(r"(?:供应商|供货商|配套商|配套企业|配套厂商|生产商)$")


# a sentence without these words states no supply link
_TRIGGER = re.compile(r"供|配套|伙伴|客户|采购|服务商|上下游")


def _leader(st: State) -> Span | None:
    """The company the passage calls its chain leader, when it names only one so far."""
    found = [r for r in st.rels if r.type == RT.CHAIN_LEADER_OF and r.head.type == _E]
    if len({r.head.key for r in found}) == 1 or len({r.tail.key for r in found}) == 1:
        return found[-1].head  # one company (or its short forms) leading one chain
    return None


def _customer(doc: Doc, sent: Sent, st: State, pos: int, skip: set[str], bare: bool
              ) -> Span | None:
    """The company a role written 其 (or with no owner, ``bare``) refers to: the nearest company
    before ``pos`` in the sentence that is not a supplier itself, else the passage's leader."""
    f = doc.folded
    lead = _leader(st)
    near = next((x for x in reversed(sent.spans) if x.type == _E and x.end <= pos and
                 x.key not in skip), None)
    if near is not None and (not bare or near is sent.subject or
                             (lead is not None and near.key == lead.key) or
                             _RECOMMEND.search(f, near.end, pos)):
        return near
    if lead is not None and lead.key not in skip:
        return lead
    if bare:
        return None  # 隔膜供应商A with no leader (or two) in the passage: whose, unsaid
    subj = sent.subject
    return subj if subj is not None and subj.type == _E and subj.key not in skip else None


def _named_in(sent: Sent, s: int, e: int) -> Span | None:
    """A company named inside the role phrase [s, e) as its customer (为C… / C的…)."""
    return next((x for x in sent.spans if x.type == _E and s <= x.start and x.end <= e), None)


def supply_links(doc: Doc, sent: Sent, st: State) -> None:
    """PARTNERS_WITH between a supplier and its customer, from the role words around them."""
    sp = sent.spans
    f = doc.folded
    if not _TRIGGER.search(f, sent.start, sent.end) or not any(x.type == _E for x in sp):
        return
    s0 = sent.start
    its_open = _ITS_OPEN.match(f, sent.body_start) is not None
    suppliers: set[str] = set()
    carry: Span | None = None  # the customer of the list item before (…、供应电解液的B)
    prev_end = -1
    for i, x in enumerate(sp):
        if x.type != _E:
            continue
        cut = max([s0, *(m.end() for m in _ITEM_CUT.finditer(f, s0, x.start))])
        pre = f[cut : x.start]
        joined = prev_end >= 0 and re.fullmatch(r"[、,]?(?:以及|和|及)?", f[prev_end:cut])
        if not joined:
            carry = None
        cust: Span | None = None
        rm = _ROLE_BEFORE.search(pre)
        cm = _REL_CLAUSE.search(pre) if rm is None else None
        if rm is not None or cm is not None:
            named = _named_in(sent, cut, x.start)
            if named is not None and (_FOR_C.search(f, cut, named.start) or
                                      _OF_C.match(f, named.end)):
                cust = named
            elif _ITS.search(pre):
                cust = _customer(doc, sent, st, cut, suppliers | {x.key}, bare=False)
            elif carry is not None:
                cust = carry
            elif rm is not None and not _MARKET.search(pre) and not _WEAK_ROLE.search(pre):
                cust = _customer(doc, sent, st, cut, suppliers | {x.key}, bare=True)
        if cust is None and its_open and _ITS_ROLE.search(pre) and not _MARKET.search(pre):
            cust = _customer(doc, sent, st, sent.body_start, suppliers | {x.key}, bare=False)
            if cm is not None and cust is not None and not _STRONG.search(cm.group("v")) and \
                    carry is None:
                cust = None  # 生产…的A alone: what it makes, not whom for
        if cust is not None and cust.key != x.key:
            group = [x]
            if rm is not None or cm is not None:  # 其上游供应商A、B等 ; 为C配套的A、B等
                k = i
                while k + 1 < len(sp) and sp[k + 1].type == _E and \
                        COORD.match(f[sp[k].end : sp[k + 1].start]):
                    k += 1
                    group.append(sp[k])
            for y in group:
                if y.key != cust.key:
                    _rel(st, y, RT.PARTNERS_WITH, cust, cut, y.end, 0.65, _PROPS)
                    suppliers.add(y.key)
            carry = cust
            prev_end = group[-1].end
            continue
        prev_end = x.end if carry is not None else -1
    _counted_for(doc, sent, st)
    _brought(doc, sent, st)
    _role_after(doc, sent, st, suppliers)
    _is_supplier(doc, sent, st)
    _subject_supplies(doc, sent, st)


# A、B2家为C配套的企业 ; A、B等3家企业均为C供货
_COUNT_FOR = re.compile(rf"等?(?:[{_NUM}]+(?:多|余)?家)(?:企业)?(?:均|都|也|还)?为$")
_FOR_KIND = re.compile(
    rf"{_SUPPLY_VERB}[^,。;的]{{0,8}}(?:的(?:企业|单位|配套企业|供应商)|$|[,。;])")


def _counted_for(doc: Doc, sent: Sent, st: State) -> None:
    """A、B2家为C配套的企业: each of the counted list supplies C."""
    f = doc.folded
    sp = sent.spans
    for i, c in enumerate(sp):
        if c.type != _E or i == 0 or sp[i - 1].type != _E:
            continue
        if not _COUNT_FOR.fullmatch(f, sp[i - 1].end, c.start) or not _FOR_KIND.match(f, c.end):
            continue
        k = i - 1
        while k > 0 and sp[k - 1].type == _E and COORD.match(f[sp[k - 1].end : sp[k].start]):
            k -= 1
        for y in sp[k:i]:
            if y.key != c.key:
                _rel(st, y, RT.PARTNERS_WITH, c, y.start, c.end + 4, 0.65, _PROPS)


# C带动一批核心供应商相继落户:做电解液的A、做隔膜的B ; 推动C向园区推荐优质供应商,已促成A、B等
# 12家配套企业落户: C brings its own suppliers, and the list after names them
_BRINGS = re.compile(
    r"(?:带动|带来|引来|推荐|引荐|推介|吸引)(?:了)?[^,。;:]{0,10}?(?:供应商|配套商|配套企业|配套厂商)"
    r"(?:相继|先后|陆续|纷纷|已)?(?:落户|入驻|落地|跟进|跟随|来)?[^,。;:]{0,6}?"
    r"(?::|,(?:已|先后|相继)?(?:促成|引进|吸引)了?|,(?:其中)?包括|,如)")
_ITEM_DESCRIBED = re.compile(r"(?:[^,。;、]{1,14}的)?")
_NEXT_DESCRIBED = re.compile(r"(?:、|和|及|以及)(?:[^,。;、]{1,14}的)?")


def _brought(doc: Doc, sent: Sent, st: State) -> None:
    """C带动一批核心供应商相继落户:做电解液的A、做隔膜的B: each named firm supplies C."""
    f = doc.folded
    sp = sent.spans
    for m in _BRINGS.finditer(f, sent.start, sent.end):
        cust = next((x for x in reversed(sp) if x.type == _E and x.end <= m.start()), None)
        if cust is None:
            continue
        first = next((k for k, x in enumerate(sp) if x.start >= m.end()), None)
        if first is None or sp[first].type != _E or \
                _ITEM_DESCRIBED.fullmatch(f, m.end(), sp[first].start) is None:
            continue
        items = [sp[first]]
        k = first
        while k + 1 < len(sp) and sp[k + 1].type == _E and \
                _NEXT_DESCRIBED.fullmatch(f, sp[k].end, sp[k + 1].start):
            k += 1
            items.append(sp[k])
        for y in items:
            if y.key != cust.key:
                _rel(st, y, RT.PARTNERS_WITH, cust, cust.start, y.end, 0.6, _PROPS)


def _role_after(doc: Doc, sent: Sent, st: State, suppliers: set[str]) -> None:
    """A、B等12家C供应商 ; A、B等28家配套供应商: each item supplies C (or the passage's leader)."""
    f = doc.folded
    sp = sent.spans
    for i, x in enumerate(sp):
        if x.type != _E or (i + 1 < len(sp) and sp[i + 1].type == _E and
                            COORD.match(f[x.end : sp[i + 1].start])):
            continue
        m = _ROLE_AFTER.match(f, x.end, sent.end)
        if m is None or _MARKET.search(m.group("mid")):
            continue
        k = i
        while k > 0 and sp[k - 1].type == _E and COORD.match(f[sp[k - 1].end : sp[k].start]):
            k -= 1
        items = sp[k : i + 1]
        keys = {y.key for y in items}
        named = _named_in(sent, m.start("mid"), m.end("mid"))
        if named is None and m.group("r") != "供应商":
            # A、B等配套企业: the chain's firms, suppliers only of the company the sentence is
            # around (围绕一汽新能源整车扩产，引进A、B等配套企业)
            named = next((y for y in sp if y.type == _E and y.end <= items[0].start and
                          _AROUND.search(f, max(sent.start, y.start - 3), y.start)), None)
            if named is None:
                continue
        cust = named or _customer(doc, sent, st, items[0].start, suppliers | keys, bare=True)
        if cust is not None and cust.key in keys:
            continue  # the customer resolved into the list: unsure
        if cust is None or (named is None and not _RECOMMEND.search(
                f, max(sent.start, cust.end), items[0].start) and cust not in sp):
            continue  # 引进A、B等配套企业 with no company it is for in the sentence
        for y in items:
            if y.key != cust.key:
                _rel(st, y, RT.PARTNERS_WITH, cust, y.start, m.end(), 0.6, _PROPS)


def _is_supplier(doc: Doc, sent: Sent, st: State) -> None:
    """A是C空调外壳注塑件的核心供应商 ; A、B均为C的长期合作伙伴 ; A、B相继成为其核心供应商."""
    f = doc.folded
    sp = sent.spans
    for i, a in enumerate(sp):
        if a.type != _E or (i > 0 and COORD.match(f[sp[i - 1].end : a.start])):
            continue
        k = i
        while k + 1 < len(sp) and sp[k + 1].type == _E and \
                COORD.match(f[sp[k].end : sp[k + 1].start]):
            k += 1
        if _IS_ITS.match(f, sp[k].end, sent.end) is None:
            continue
        group = sp[i : k + 1]
        cust = _customer(doc, sent, st, a.start, {y.key for y in group}, bare=False)
        if cust is not None:
            for y in group:
                _rel(st, y, RT.PARTNERS_WITH, cust, y.start, sp[k].end + 8, 0.65, _PROPS)
    for i, c in enumerate(sp[1:], 1):
        a = sp[i - 1]
        if c.type != _E or a.type != _E or not _IS.fullmatch(f, a.end, c.start):
            continue
        if _OF_ROLE.match(f, c.end, sent.end) is None:
            continue
        k = i - 1
        while k > 0 and sp[k - 1].type == _E and COORD.match(f[sp[k - 1].end : sp[k].start]):
            k -= 1
        for y in sp[k:i]:
            _rel(st, y, RT.PARTNERS_WITH, c, y.start, c.end + 8, 0.7, _PROPS)


def _subject_supplies(doc: Doc, sent: Sent, st: State) -> None:
    """S所产绿氢将全部供给(基地内的)C ; S每天可为C提供包装膜 ; S建成后将与C现有的…形成上下游配套
    (S: the company the sentence or its clause opens with)."""
    f = doc.folded
    sp = sent.spans
    for c in sp:
        if c.type != _E:
            continue
        cs = max(sent.start, *(f.rfind(ch, sent.start, c.start) + 1 for ch in ",;"))
        bm = _BY_SUPPLIER.match(f, c.end, sent.end)
        if bm is not None:  # C的动力电池主要由S供应
            sup = next((y for y in sp if y.type == _E and y.start == bm.end()), None)
            if sup is not None and _SUPPLY_AFTER_BY.match(f, sup.end) and sup.key != c.key:
                _rel(st, sup, RT.PARTNERS_WITH, c, c.start, sup.end + 2, 0.65, _PROPS)
        pb = _PROJECT_BY.match(f, c.end, sent.end) if f[c.start - 1 : c.start] == "为" else None
        if pb is not None:  # 为C配套的液压件项目由S投资8亿元建设
            sup = next((y for y in sp if y.type == _E and y.start == pb.end()), None)
            if sup is not None and sup.key != c.key:
                _rel(st, sup, RT.PARTNERS_WITH, c, c.start - 1, sup.end, 0.65, _PROPS)
        supplies = bool(_SUPPLIES_TO.search(f, cs, c.start)) or (
            (f[c.start - 1 : c.start] == "为" or
             _FOR_KIND_OF.search(f, max(sent.start, c.start - 14), c.start) is not None) and
            bool(_FOR_PROVIDE.match(f, c.end)) and
            not _REL_AFTER.match(f, c.end, sent.end)) or (
            _WITH_AT.search(f, max(sent.start, c.start - 8), c.start) is not None and
            bool(_UPDOWN.match(f, c.end, sent.end)))
        supplier = _opener(doc, sent, st, cs, c) if supplies else None
        if supplier is not None and supplier.key != c.key:
            _rel(st, supplier, RT.PARTNERS_WITH, c, supplier.start, c.end, 0.6, _PROPS)


def _opener(doc: Doc, sent: Sent, st: State, cs: int, c: Span) -> Span | None:
    """The company that supplies: the first of the clause before ``c``, else of the sentence
    (its subject), else the sentence's subject (该公司)."""
    in_clause = next((x for x in sent.spans if x.type == _E and cs <= x.start < c.start), None)
    if in_clause is not None:
        return in_clause
    first_cl = max(sent.start, *(doc.folded.rfind(ch, sent.start, c.start) + 1 for ch in ";"))
    first = next((x for x in sent.spans if x.type == _E and first_cl <= x.start < c.start), None)
    if first is not None:
        return first
    subj = sent.subject
    return subj if subj is not None and subj.type == _E else None
