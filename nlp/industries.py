"""Industry mentions: lexicon terms and coordinated lists in an industry context.

A term is an industry mention when the text says so: it is followed by 产业 / 产业链 / 产业集群 /
行业 / 领域, or it stands in a coordinated list (、 和 及 以及) that such a word closes
(新能源、新材料、半导体五大百亿级产业集聚区) or that mostly consists of known industries.
Names are written as the gold convention asks: without a trailing 产业 / 产业链 / 产业集群.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from chainkg.model import EntityType as ET
from chainkg.nlp import lexicon
from chainkg.nlp.doc import Doc, Span
from chainkg.nlp.entities import STOP_WORDS, pos_tags
from chainkg.nlp.placement import kind_terms

_NUMS = "0-9一二三四五六七八九十两几"
CTX_AFTER = re.compile(r"(?:全产业链|产业链|产业集群|产业集聚区|产业|行业|领域|板块|赛道)")
LIST_TAIL = re.compile(
    rf"^(?:等)?(?:[{_NUMS}]+大)?(?:(?!的)[\u4e00-\u9fff]){{0,10}}?"
    rf"(?:全产业链|产业链|产业集群|产业集聚区|产业|行业|领域|(?<=[{_NUMS}]大)(?:方向|赛道|板块))"
)
# Words that are not industries although they stand where one could.
GENERIC = frozenset(
    """
    战略性新兴 战略新兴 新兴 未来 高新技术 传统 传统优势 优势 特色 特色优势 主导 支柱 重点
    数字核心 相关 配套 关联 上下游 首位 核心 基础 龙头
    现代化 区域 地方 本地 全省 全市 全县 我省 各 两省市 整体 全 其他 其它 制造 新 大
    特色制造类 文化 相关领域 各类 多个 服务 全链条 链条
    产业 科技 全国 全球 国内 国际 世界 省内 市内 区内 本地 当地 海外 境内 境外 中国 我国
    一流 世界一流 国际一流 国内一流 全国一流 领先 知名 重要 一批 一座
    """.split()  # noqa: SIM905
)
_MODIFIER = re.compile(
    r"^(绿色|百亿级|千亿级|万亿级|[0-9]+亿级|世界级|国家级|省级|市级|全国性|国家|全国|全省|以|发展|打造|壮大|培育|"
    r"做强|做大|做优|做精|聚焦|紧盯|瞄准|深耕|聚力|布局|坚持|紧扣|主攻|锚定|"
    r"(?:服务|面向|对接)(?=高新区|经开区|开发区|园区|新区|区内|全区)|"
    r"高新区|经开区|开发区|园区|新区|区内|全区)")
# 绿色 with a broad sector names a sector of its own (绿色化工, 绿色能源, 绿色建材); before a
# narrower technology it is a qualifier (绿色氢能 → 氢能)
_BROAD_SECTOR = frozenset(
    "化工 石化 能源 钢铁 建材 食品 农业 制造 纺织 矿业 冶金 建筑 低碳 家居".split()  # noqa: SIM905
)
_BAD = re.compile(r"[0-9%]|企业|项目|专业|基地|公司|工厂|园区|技术服务|平台|体系|方式|模式|措施")
_BAD_COUNTED = re.compile(r"[0-9%]|企业|项目|专业|基地|公司|工厂|园区|平台|体系|方式|模式|措施")


@lru_cache(maxsize=1)
def _terms() -> dict[str, str]:
    return lexicon.industry_terms()


_WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
_CLAUSE_PUNCT = re.compile(r"[,:;。!?\n]")
_IND_WORD_END = re.compile(r"(全产业链|产业链|产业集群|产业集聚区|产业|行业)$")
_NOT_INDUSTRY_WORD = re.compile(
    r"(?:产业|行业)(?:化|体系|结构|发展要求|政策|规划|基础|领域|互动|带动)")
_NAME_AFTER_WORD = re.compile(
    r"(?:产业|行业)(?:园|学院|联盟|协会|研究院|集团|小镇|新城|大厦|联合体|创新中心|服务中心)")
_CONJ_SPLIT = re.compile(r"(以及|和|及|与)")
# 龙头/链主 directly before a name (not 龙头企业, which 1b reads with known terms only)
_LEADER_WORD = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:龙头|链主)(?=[\u4e00-\u9fffA-Za-z])(?!企业|作用|地位|带动|项目|工程|引领)")
_NOT_LEADER_FIELD = frozenset({
    "行业", "产业", "领域", "细分", "全国", "国内", "省内", "全省", "全市", "区域", "地方", "本地",
    "全球", "企业", "链上", "上下游", "重点", "骨干", "知名", "大型"})
_LEADER_OF = re.compile(r"(?:全产业链|产业链|产业|行业)的?[“\"]?(?:链主|龙头)")
_AS_LEADER = re.compile(
    r"作为(?P<t>[\u4e00-\u9fff]{2,8}?)(?:全产业链|产业链|产业|行业|领域)?的?[“\"]?(?:链主|龙头)企业")
_LED_FIELD = re.compile(
    r"为(?:龙头|链主|引领)的(?P<t>[\u4e00-\u9fff]{2,8}?)(?:全产业链|产业链|产业集群|产业)")


def clean_item(item: str) -> str:
    """Strip modifiers and a trailing 产业 / 产业链 / 产业集群 from a list item."""
    item = item.strip(" “”\"'《》")
    bare = _strip_ind_word(item)
    if bare in _terms():
        return bare  # 绿色食品 is an industry of its own
    for _ in range(2):
        m = _MODIFIER.match(item)
        if m and len(item) - len(m.group()) >= 2:
            rest = item[len(m.group()):]
            if m.group() != "绿色" or (rest in _terms() and rest not in _BROAD_SECTOR and
                                       not rest.startswith(tuple(_BROAD_SECTOR))):
                item = rest
    return _strip_ind_word(item)


_IND_WORDS = ("产业集聚区", "全产业链", "产业集群", "产业链", "产业", "行业")  # longest first


def _strip_ind_word(item: str) -> str:
    """``_IND_WORD_END.sub("", item)``: the item without the longest industry word it ends in."""
    if item.endswith(_IND_WORDS):
        for w in _IND_WORDS:
            if item.endswith(w):
                return item[: -len(w)]
    if item.endswith("\n"):
        return _IND_WORD_END.sub("", item)  # ``$`` also matches before a final line end
    return item


_HEADS = ("材料", "装备", "制造", "电池", "汽车", "能源", "医药", "化工", "电子", "信息", "器械",
          "设备", "安全", "光伏", "储能", "芯片", "软件", "食品", "纺织", "服装", "家电", "物流",
          "旅游", "康养", "农业", "服务业", "金融", "钢铁", "冶金", "建材", "机械", "电气", "通信",
          "电器")


def _industry_like(term: str) -> bool:
    """An unknown term ending like an industry (聚酯新材料, 信息安全, 显示材料)."""
    if term in _terms() or (len(term) >= 2 and all(ch in _MATERIAL_CHARS for ch in term)):
        return True  # 镍钴, 钒钛: metals named together
    terms = _terms()
    return any(term[k:] in terms for k in range(1, len(term) - 1)) or term.endswith(_HEADS)


_ZONE_WORDS = ("开发区", "高新区", "经开区", "园区", "新区", "区内")
# one-character industries of the reports (铝产业, 钢铁 is two): only before 产业/行业
SINGLE = frozenset("铝铜钢煤锂硅钛镁锌铅茶酒瓷盐糖竹丝麻")


def _parts_of_known(doc: Doc, pos: int, floor: int) -> int | None:
    """Where 新能源汽车核心零部件 opens when its parts word starts at ``pos``: a known industry
    (three characters or more), then a qualifier of the parts (核心/关键) between."""
    f = doc.folded
    k = pos
    if f[k - 2 : k] in ("核心", "关键"):
        k -= 2
    for n in range(min(10, k - floor), 2, -1):
        if f[k - n : k] in _terms() and doc.is_boundary(k - n):
            return k - n if k < pos else None
    return None


def _ends_known(term: str) -> bool:
    """工业机器人: a known industry of three or more characters qualified on its left."""
    terms = _terms()
    return any(term[k:] in terms for k in range(1, len(term) - 2))


def valid_item(item: str, bad: re.Pattern[str] = _BAD) -> bool:
    if len(item) == 1:
        return item in SINGLE
    if not (2 <= len(item) <= (12 if "及" in item or "与" in item else 10)):
        return False  # 新能源汽车及核心零部件: a joined item may run longer
    if item in GENERIC or item in _PARTS_WORDS or bad.search(item):
        return False
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9()（）]+", item):
        return False
    if item in lexicon.place_names() or item.endswith(("区", "园", "城")) or \
            item.startswith(_ZONE_WORDS):
        return False
    return not item.endswith(("的", "和", "及", "与", "等"))


_VERB_END = ("发展", "打造", "培育", "布局", "推动", "推进", "壮大", "建设", "围绕", "聚焦", "涵盖",
             "涉及", "包括", "形成", "支持", "加快", "做强", "做大", "聚力", "深耕", "瞄准")
_STOP_TAGS = ("v", "p", "c", "u", "r", "m", "q", "y", "e", "o", "t", "f")
_NOUNISH = ("n", "vn", "b", "nz", "nt", "ng", "j", "an", "l", "i")


@lru_cache(maxsize=1 << 16)  # a pure function of the word (reference lists, POS tags)
def ind_stop(word: str) -> bool:
    """Whether a token ends an industry term on its left."""
    if not word or word in STOP_WORDS or word in GENERIC or word.endswith(_VERB_END):
        return True
    if not _WORD_CHARS.fullmatch(word):
        return True
    if len(word) == 1:
        return word in "的之在和与及对为以从向将把是有等了着让使"
    tag = pos_tags().get(word, "")
    return bool(tag) and tag.startswith(_STOP_TAGS)


@lru_cache(maxsize=1 << 16)
def _nounish(word: str) -> bool:
    tag = pos_tags().get(word, "")
    return not tag or tag.startswith(_NOUNISH) or word in _terms()


def industry_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """Industry mentions of the document, outside organisation names."""
    f = doc.folded
    terms = _terms()
    out: list[Span] = []
    seen: set[tuple[int, int]] = set()

    occupied = bytearray(len(f) + 1)
    for a, b in taken:
        occupied[a:b] = b"\x01" * (b - a)

    def inside_taken(s: int, e: int) -> bool:
        return any(occupied[s:e])

    def add(s: int, e: int, conf: float, bad: re.Pattern[str] = _BAD) -> None:
        name = f[s:e]
        cleaned = clean_item(name)
        if cleaned != name:
            off = name.find(cleaned)
            if off < 0:
                return
            s, e = s + off, s + off + len(cleaned)
        if (s, e) in seen or not valid_item(f[s:e], bad) or inside_taken(s, e):
            return
        seen.add((s, e))
        out.append(Span(s, e, ET.INDUSTRY.value, doc.text[s:e], "industry", conf))

    # 1. clauses: coordinated lists and single terms before 产业 …
    for cs, ce in _clauses(doc):
        clause = f[cs:ce]
        # lists
        for items, after_pos in coordinated_lists(doc, cs, ce):
            names = [f[a:b] for a, b in items]
            after = f[after_pos:ce]
            start = items[0][0]
            known = sum(1 for it in names
                        if (c := clean_item(it)) in terms or _ends_known(c))
            before = f[max(cs, start - 4) : start]
            context = bool(LIST_TAIL.match(after)) or bool(_AS_MAIN.match(after)) or \
                bool(_GROWN_TOGETHER.match(after)) or (
                known >= max(2, 0.6 * len(items))
                and bool(_LIST_LEAD.search(before))
                and not re.match(r"^(?:等)?(?:[^,;。]{0,3}专业|人才|课程|技术类|学科)", after))
            strong = bool(_STRONG_TAIL.match(after))  # A、B等主导产业: unknown items too
            if not context or (known == 0 and not strong):
                continue
            for a, b in items:
                add(a, b, 0.8)
        # single known terms followed by an industry word
        for m in CTX_AFTER.finditer(clause):
            ps = cs + m.start()
            if _NOT_INDUSTRY_WORD.match(f, ps):
                continue
            if _NAME_AFTER_WORD.match(f, ps):
                continue  # 人力资源服务产业园: a name, not an industry
            mod = _MOD_BEFORE.search(f, max(cs, ps - 5), ps)
            if mod is not None and mod.end() == ps and m.group() != "领域":
                ps = mod.start()  # 锂电新能源首位产业, 数字经济核心产业
            # the longest known term ending at ps
            best = None
            for n in range(min(10, ps - cs), 0, -1):
                cand = f[ps - n : ps]
                if (cand in terms or (n == 1 and cand in SINGLE)) and doc.is_boundary(ps - n):
                    best = (ps - n, ps)
                    break
            if best is None:
                # unknown term: walk left to a stopper (信息安全产业, 电子信息产业)
                start = ps
                while start > cs and ps - start < 8:
                    ts = max(doc.token_span(start - 1)[0], cs)
                    w = f[ts:start]
                    if ind_stop(w) or not _nounish(w) or w.endswith(_ZONE_WORDS) or \
                            w in lexicon.place_names():
                        break  # 园区电力装备产业链: the zone word is no part of the industry
                    start = ts
                cand = f[start:ps]
                if start == ps and f[max(cs, ps - 2) : ps] in _JOIN_RIGHT:
                    start = ps - 2  # 稀土新材料及应用产业: a verb-like use after 及
                joined = _joined_left(doc, start, ps, cs)  # 再生金属及制品产业集群
                if ps - start >= 2 and m.group() != "领域" and \
                        (joined < start or _industry_like(cand) or _LEADER_OF.match(f, ps)):
                    add(joined, ps, 0.6)  # …是国内钛材行业的龙头企业: the leader's industry
                continue
            if f[best[0] : best[1]] in _PART_ENDS:
                ks = _parts_of_known(doc, best[0], cs)
                if ks is not None:  # 新能源汽车核心零部件产业集群: the parts of a known industry
                    add(ks, ps, 0.7)
                    continue
            es = _extend_known(doc, best[0], cs, taken)
            if f[max(cs, es - 2) : es] in (*_RANK_WORDS, "现代") and doc.is_boundary(es - 2):
                es -= 2  # 先进陶瓷产业, 现代家居产业: the qualifier is part of the name
            add(es, best[1], 0.85)
            # 数字经济和新材料产业: the known term joined before it names an industry too
            cj = re.search(r"(?:和|及|与)$", f[max(cs, es - 1) : es])
            if cj is not None:
                ce = es - 1
                for n2 in range(min(10, ce - cs), 1, -1):
                    if f[ce - n2 : ce] in terms and doc.is_boundary(ce - n2):
                        add(ce - n2, ce, 0.75)
                        break
                else:
                    # 绿色能源和硅光伏产业: a qualified known term (one token) joined before
                    ws = _walk_left(doc, ce, cs)
                    if ws < ce and _ends_known(f[ws:ce]) and not inside_taken(ws, ce):
                        add(ws, ce, 0.7)
    # 1a. A、B和C三大产业 ; 聚焦A和B两大方向: a list its count closes names as many industries,
    # known or not (油气生产服务、石油化工和信息技术三大产业)
    for m in _COUNTED_TAIL.finditer(f):
        if m.group().endswith("板块") and not _FOCUS_BEFORE.search(
                f, max(f.rfind(c, 0, m.start()) for c in ",;。\n") + 1, m.start()):
            continue  # 规划建设储能电芯、储能系统集成两大板块: a park's parts, not industries
        for a, b in _counted_items(doc, m.start(), _CN_COUNT[m.group("n")], inside_taken):
            add(a, b, 0.65, _BAD_COUNTED)  # 生物技术服务 counted as one of three
    # 1a'. Z(的)主导产业为A、B和C ; 首位产业是A: the list the role word announces
    for m in _ROLE_IS.finditer(f):
        for a, b in _announced_items(doc, m.end(), inside_taken):
            add(a, b, 0.65, _BAD_COUNTED)
    if "基地" in f:
        for m in ZONE_BASE.finditer(f):
            te = m.end("t")
            last = max(f.rfind("、", 0, te), f.rfind("和", 0, te), m.start("t") - 1) + 1
            if f[te : te + 2] == "制造" and f[last : te + 2] in terms and f[last:te] not in terms:
                te += 2  # 装备制造基地: 制造 is part of the known term (汽车制造基地: 汽车)
            for a, b in _items_in(doc, m.start("t"), te, inside_taken, r"、|以及|和"):
                add(a, b, 0.6, _BAD_COUNTED)
    if "产业" in f:
        for m in _ROLE_AFTER.finditer(f):
            for a, b in _items_before_role(doc, m.start(), inside_taken):
                add(a, b, 0.65, _BAD_COUNTED)
    # 1b. 以X为主导(产业) ; X龙头企业: known terms in an industry's place
    for m in _TERM_PLACE.finditer(f):
        ps = m.start("t")
        for n in range(min(10, ps), 1, -1):
            cand = f[ps - n : ps]
            if cand in terms and doc.is_boundary(ps - n):
                st0 = _extend_known(doc, ps - n, max(0, ps - n - 4), taken)
                add(st0, ps, 0.7)  # 铝镁新材料
                # 以现代煤化工和新材料为主导 ; 以人形机器人、医疗健康机器人为重点: the term joined
                # before it too
                cj = re.search(r"(?:和|及|与|、)$", f[max(0, st0 - 2) : st0])
                if cj is not None:
                    ce = st0 - len(cj.group())
                    for n2 in range(min(10, ce), 1, -1):
                        if f[ce - n2 : ce] in terms and doc.is_boundary(ce - n2):
                            add(ce - n2, ce, 0.7)
                            break
                break
    # 1b'. 区内发电设备龙头E ; 电力装备链主E: an unknown term right before 龙头/链主 and a name
    for m in _LEADER_WORD.finditer(f):
        ps = m.start()
        start = ps
        while start > 0 and ps - start < 8:
            ts = doc.token_span(start - 1)[0]
            w = f[ts:start]
            if ind_stop(w) or not _nounish(w) or w.endswith(_ZONE_WORDS) or \
                    w in lexicon.place_names() or w in _NOT_LEADER_FIELD:
                break
            start = ts
        if 2 <= ps - start <= 8 and not inside_taken(start, ps) and doc.is_boundary(start):
            add(start, ps, 0.55)
    # 1b''. 以电力装备为主导产业: an unknown term between 以 and 为主导 that ends like an industry
    for m in _YI_WEI.finditer(f):
        s, e = m.span("t")
        t = m.group("t")
        known_ok = t in terms and "入选" in m.group()  # 以电子电器入选: a known term too
        if not _CONJ_SPLIT.search(t) and (t not in terms or known_ok) and _industry_like(t) and \
                doc.is_boundary(s) and not inside_taken(s, e):
            add(s, e, 0.6)
    # 1c. 围绕X, 聚焦X: an industry-like term standing alone after a focus verb
    for m in _FOCUS_TERM.finditer(f):
        s, e = m.span("t")
        if any(f[sp.start : sp.end] == m.group("t") for sp in out) and doc.is_boundary(s) and \
                not inside_taken(s, e):
            add(s, e, 0.6)  # 围绕钛及钛合金这一首位产业: an industry the document listed before
            continue
        if _CONJ_SPLIT.search(m.group("t")) and m.group("t").count("和") + \
                m.group("t").count("及") == 1:
            # 紧盯新能源汽车和智能网联汽车方向: two known terms joined
            left, _, right = re.split(r"(和|及)", m.group("t"))
            if left in _terms() and right in _terms() and doc.is_boundary(s) and \
                    not inside_taken(s, e):
                add(s, s + len(left), 0.6)
                add(e - len(right), e, 0.6)
            continue
        if e - s > 10:
            continue
        if doc.is_boundary(s) and doc.is_boundary(e) and _industry_like(m.group("t")) and \
                not inside_taken(s, e):
            add(s, e, 0.6)
    # 1d. A、B等一批半导体企业 ; 等100多家智能终端配套企业: the industry the companies are in
    kinds = [*_COMPANY_KIND.finditer(f), *_GATHERED_KIND.finditer(f), *_ENGAGED_IN.finditer(f),
             *_ONE_KIND.finditer(f)]
    for m in kinds:
        t = m.group("t")
        if m.re is _GATHERED_KIND and _CONJ_SPLIT.search(t):
            continue  # 汽车及零部件企业180余家: a kind of companies, not one industry
        for n in range(len(t), 1, -1):
            if t[-n:] in _PARTS_WORDS:
                head = t[:-n]
                if head in terms and len(head) >= 2 and doc.is_boundary(m.start("t")):
                    add(m.start("t"), m.end("t"), 0.7)  # 航空零部件: a known industry's parts
                break  # 整车及零部件企业: parts, not an industry
            if t[-n:] in terms and doc.is_boundary(m.end("t") - n):
                e = m.end("t")
                if t[-n:] + "配套" in terms and f.startswith("配套", e):
                    e += 2  # 船舶配套企业: the known term with 配套 names the industry
                add(_extend_known(doc, m.end("t") - n, m.start("t"), taken), e, 0.7)
                break
    # 1d''. 新能源汽车零部件企业32家，如… ; 生物医药企业有…: a counted or listed kind of companies
    for a, b in kind_terms(doc, terms):
        add(a, b, 0.7)
    # 1b'. 碳纤维是吉林经开区的首位产业: a known term as the subject of a focus statement
    focus_of = list(_IS_FOCUS_OF.finditer(f))
    for m in focus_of:
        ps = m.start()
        for n in range(min(10, ps), 1, -1):
            if f[ps - n : ps] in terms and doc.is_boundary(ps - n) and \
                    (ps - n == 0 or not _HAN.match(f[ps - n - 1]) or
                     ind_stop(f[doc.token_span(ps - n - 1)[0] : ps - n])):
                add(ps - n, ps, 0.7)
                break
    # 1b'''. 羊绒纺织是清河经开区的首位产业: an industry-like noun opening the sentence
    for m in focus_of:
        ps = m.start()
        ss = max(f.rfind(ch, 0, ps) for ch in "。;,\n") + 1
        if "、" in f[ss:ps]:  # 数据中心、人工智能成为新区重点发展的两大产业: each known item
            a = ss
            for part in re.split(r"(、|和|及)", f[ss:ps]):
                if part in terms and doc.is_boundary(a) and not inside_taken(a, a + len(part)):
                    add(a, a + len(part), 0.65)
                a += len(part)
            continue
        ss = max(f.rfind(ch, 0, ps) for ch in "。;\n") + 1
        if 2 <= ps - ss <= 8 and all((_nounish(w) and not ind_stop(w)) or w in terms
                                     for w in _tokens(doc, ss, ps)):
            add(ss, ps, 0.6, _BAD_COUNTED)
    # 1d'. 集聚乳业上下游企业156家: a known term before a counted kind of companies
    for m in _COUNTED_COMPANIES.finditer(f):
        ps = m.start()
        for n in range(min(10, ps), 1, -1):
            if f[ps - n : ps] in terms and doc.is_boundary(ps - n):
                add(ps - n, ps, 0.65)
                break
    # 1e. Z是全国重要的智能终端制造基地: the industry of a base the zone is
    for m in _BASE_OF.finditer(f):
        g = "t" if m.group("t") is not None else "t2"  # 是…的X基地 ; 打造…的X基地
        t, ts_, te_ = m.group(g), m.start(g), m.end(g)
        for n in range(len(t), 1, -1):
            if t[-n:] in terms and doc.is_boundary(te_ - n):
                add(_extend_known(doc, te_ - n, ts_, taken), te_, 0.7)
                break
        else:
            # 船舶海工装备制造基地, 高压开关装备制造基地: an unknown term ending like an industry
            # names the base's; 的 bounds it, so a word jieba tags as a verb (开关) stays inside
            if te_ - ts_ >= 3 and _industry_like(t) and doc.is_boundary(ts_):
                add(ts_, te_, 0.6)
    # 1f. an industry the document named once (高压开关装备, in a bounded place) is the industry
    # at its other mentions before 产业/产业链 too, where jieba's verb tags (开关) cut the walk
    named = {f[sp.start : sp.end] for sp in out
             if sp.end - sp.start >= 3 and f[sp.start : sp.end] not in terms}
    for name in sorted(named):
        k = f.find(name)
        while k >= 0:
            e = k + len(name)
            if CTX_AFTER.match(f, e) and doc.is_boundary(k) and not inside_taken(k, e):
                add(k, e, 0.6)
            k = f.find(name, e)
    # 1f0. E是国内压力传感器细分领域龙头 ; 是西南地区工业级无人机领域的龙头企业: the field a
    # company leads, whatever jieba makes of its words (钛材, 工业级)
    if "龙头" in f or "链主" in f:
        for m in _FIELD_LEADER.finditer(f):
            s0, e0 = m.span("t")
            w0 = f[s0 : min(e0, doc.token_span(s0)[1])]
            if pos_tags().get(w0, "") == "a" and w0 not in _RANK_WORDS and e0 - s0 - len(w0) >= 2:
                s0 += len(w0)  # 超薄电子玻璃领域的龙头: the field without its adjective
            t = f[s0:e0]
            if t not in _NOT_LEADER_FIELD and not t.startswith(("细分", "重点")) and \
                    doc.is_boundary(s0) and not inside_taken(s0, e0):
                add(s0, e0, 0.6, _BAD_COUNTED)
        # E作为碳化硅功率器件链主企业 ; 以A、B为龙头的视觉智能产业: the field of a named
        # leader, in a slot bounded on both sides
        for m in (*_AS_LEADER.finditer(f), *_LED_FIELD.finditer(f)):
            s0, e0 = m.span("t")
            place = next((n for n in (3, 2) if e0 - s0 - n >= 2 and
                          f[s0 : s0 + n] in lexicon.place_names()), 0)
            s0 += place  # 作为宜春锂电产业的链主企业: the industry without its city
            t = f[s0:e0]
            if (_industry_like(t) or m.re is _LED_FIELD) and t not in _NOT_LEADER_FIELD and \
                    doc.is_boundary(s0) and doc.is_boundary(e0) and not inside_taken(s0, e0) and \
                    all(_nounish(w) and not ind_stop(w) for w in _tokens(doc, s0, e0)):
                add(s0, e0, 0.6, _BAD_COUNTED)
    # 1f'. 肉制品加工龙头双汇集团, 发电设备龙头X: the industry a named leader leads
    for m in _LEADER_OF.finditer(f):
        ps = m.start("role")
        lead: int | None = None
        st = _walk_left(doc, ps, max(0, ps - 8))  # 声学光电链主X: the whole, not 光电
        if ps - st >= 2 and doc.is_boundary(st) and _industry_like(clean_item(f[st:ps])):
            lead = st
        if lead is None:
            lead = next((ps - n for n in range(min(10, ps), 1, -1)
                         if f[ps - n : ps] in terms and doc.is_boundary(ps - n)), None)
        if lead is not None and not inside_taken(lead, ps):
            add(lead, ps, 0.65, _BAD_COUNTED)
    # 1f''. 引进光伏、储能上下游配套企业: the industries whose suppliers come
    for m in _SUPPLIERS_OF.finditer(f):
        for a, b in _kind_items(doc, m.start("t"), m.end("t")):
            if not inside_taken(a, b):
                add(a, b, 0.65, _BAD_COUNTED)
    # 1g. 现有藏医药企业12家 ; 集聚人工智能和算力相关企业380余家: the kinds of counted companies
    for m in _KIND_COUNTED.finditer(f):
        kind_items = _kind_items(doc, m.start("t"), m.end("t"))
        if len(kind_items) < 2 and m.group("rel") is None and not (
                kind_items and kind_items[0][1] - kind_items[0][0] >= 3 and
                f[kind_items[0][0] : kind_items[0][1]] in terms and
                _ZONE_GATHER_LEAD.search(f, max(0, m.start() - 12), m.start()) and
                not _PAIR_NEXT.match(f, m.end())):
            continue  # 集聚物流企业300家: a count of companies (one kind is named with 规上/相关)
        for a, b in kind_items:
            if not inside_taken(a, b):
                add(a, b, 0.65, _BAD_COUNTED)
    # 1h'. 加快引进下游精细化工和化工新材料项目: the known kinds of the projects a chain draws
    for m in _CHAIN_PROJECTS.finditer(f):
        a = m.start("t")
        for part in re.split(r"(、|和|及)", m.group("t")):
            if part in terms and doc.is_boundary(a) and not inside_taken(a, a + len(part)):
                add(a, a + len(part), 0.65)
            a += len(part)
    # 1h. 签约14个数字经济项目 ; 数字经济加快发展: a known term naming projects or a clause's topic
    for m in (*_PROJECTS_OF.finditer(f), *_TOPIC.finditer(f)):
        s0, e0 = m.span("t")
        if f[s0:e0] in terms and doc.is_boundary(s0) and not inside_taken(s0, e0):
            add(s0, e0, 0.65)
    # 2. known terms before 制储运/全产业链 within a few characters: 氢能制储运加用全产业链
    for m in re.finditer(r"全产业链", f):
        for n in range(8, 1, -1):
            for k in range(max(0, m.start() - 10), m.start()):
                cand = f[k : k + n]
                if cand in terms and k + n <= m.start() and not inside_taken(k, k + n) and \
                        not re.search(r"[,。、;]", f[k : m.start()]) and \
                        f[max(0, k - 2) : k] in ("发展", "支持", "打造", "培育", "延伸", "布局"):
                    add(k, k + n, 0.7)
                    break
    # 3. an industry the document named is that industry where it names a kind of companies
    # again (已集聚新能源汽车及配套企业140余家): the count alone would not say so
    named2 = {f[sp.start : sp.end] for sp in out}
    for m in _KIND_AGAIN.finditer(f):
        t = m.group("t")
        again = next((t[k:] for k in range(len(t) - 1) if t[k:] in named2), None)
        if again is not None:
            a = m.end("t") - len(again)
            if doc.is_boundary(a) and not inside_taken(a, m.end("t")):
                add(a, m.end("t"), 0.6)
    return _drop_joined(out)


# 以A、B、C为主导的产业体系: the list a zone's main industries are
_AS_MAIN = re.compile(rf"^为(?:[{_NUMS}]+大)?(?:主导|重点|支柱|核心|首位|特色)")
# 以A为首位产业，B、C协同发展的产业格局: industries growing beside the leading one
_GROWN_TOGETHER = re.compile(
    r"^等?(?:协同|多元|融合|联动|竞相|共同|多点|齐头并进)(?:发展)?的?(?:现代)?(?:产业格局|产业体系|格局)")
# a head word that closes an industry item although it stands as a verb (服务器制造, 罐头加工)
_ITEM_HEADS = frozenset("制造 加工 服务 研发 设计 应用 开发".split())  # noqa: SIM905
_FOCUS_BEFORE = re.compile(r"发展|聚焦|围绕|打造|培育|做强|做大|壮大|主攻")
_KIND_AGAIN = re.compile(
    rf"(?:集聚|聚集|汇聚|拥有|现有|主攻)了?(?P<t>[\u4e00-\u9fff]{{2,12}}?)"
    rf"(?:(?:相关|上下游|规上|规模以上|骨干|重点)?(?:企业|厂商)[{_NUMS}]+(?:多|余)?[家户]|[,、;。])")
_FIELD_LEADER = re.compile(
    r"(?:是|为|成为)(?:国内|全国|全球|世界|国际|全省|省内|区内|园区内?|本地|当地|"
    r"[\u4e00-\u9fff]{2}地区)?(?P<t>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:细分领域|领域|行业)的?"
    r"(?:细分领域的?)?[“\"]?(?:龙头|链主)")
_LEADER_OF = re.compile(
    r"(?<=[\u4e00-\u9fff])(?P<role>龙头|链主)(?=[\u4e00-\u9fff]{2})(?!企业|作用|地位|带动|项目|引领)")
_SUPPLIERS_OF = re.compile(
    r"(?:引进|引入|招引|集聚|吸引)(?P<t>[^,。;:、]{2,10}?(?:、[^,。;:、]{2,10}?)+)"
    r"(?:上下游|配套|上下游配套)(?:企业|项目)")
_KIND_COUNTED = re.compile(
    rf"(?:集聚|聚集|汇聚|拥有|现有|另有|共有)了?(?P<t>[^,。;:、]{{2,12}}?(?:、[^,。;:、]{{2,12}}?)*?)"
    rf"(?P<rel>相关|规上|规模以上)?(?:配套|上下游|骨干|重点|龙头)?(?:企业|厂商)"
    rf"(?:近|约|超过|逾)?[{_NUMS}]+(?:多|余)?[家户]")
# 高新区已集聚半导体企业近300家: one known kind (three characters or more; 物流企业 are only
# counted) in the zone's own count is its industry
_ZONE_GATHER_LEAD = re.compile(
    r"(?:高新区|经开区|开发区|新区|园区|区内|全区|我区)(?:内)?(?:目前|现已|已经|已|累计|共|现)?$")
# …企业65家，A与B签订协议: the next clause is other news, whose parties the count would file
_PAIR_NEXT = re.compile(r",[^,。;等]{2,30}?与")
_CHAIN_PROJECTS = re.compile(
    r"(?:引进|招引|引入)(?:上游|下游|上下游)(?:配套)?(?P<t>[\u4e00-\u9fff、]{2,24}?)(?:等)?(?:产业)?项目")
_PROJECTS_OF = re.compile(rf"[{_NUMS}]+个(?P<t>[\u4e00-\u9fff]{{2,8}}?)(?:产业)?项目")
_TOPIC = re.compile(
    r"(?:^|(?<=[,;。:\n]))(?P<t>[\u4e00-\u9fff]{2,8}?)(?:产业)?"
    r"(?=加快发展|加速发展|加快集聚|提质增效|蓬勃发展|快速发展|加速成势|集聚成势|稳步发展|持续壮大)")
_JOIN_RIGHT = frozenset("制品 应用 合金 零部件 配套 装备 器件".split())  # noqa: SIM905


def _kind_items(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """The industries a counted kind of companies names: A、B企业 ; A和B相关企业 (each item a
    known term or ending like one; A及零部件 stays one item)."""
    f = doc.folded
    out: list[tuple[int, int]] = []
    a = s
    parts: list[tuple[int, int]] = []
    for m in re.finditer(r"、|和", f[s:e]):  # (A及B stays one: 新能源汽车及零部件)
        k = s + m.start()
        parts.append((a, k))
        a = k + len(m.group())
    parts.append((a, e))
    known = 0
    for a, b in parts:
        lead = _LEAD_VERB.match(f, a, b)
        if lead is not None:
            a = lead.end()
        name = clean_item(f[a:b])
        off = f.find(name, a, b)
        if off < 0 or not doc.is_boundary(off) or len(name) < 2 or \
                not all(_nounish(w) and w not in STOP_WORDS
                        for w in _tokens(doc, off, off + len(name))):
            return []
        t = re.split(r"及|与", name)[0]
        known += t in _terms() or _industry_like(t)
        out.append((off, off + len(name)))
    return out if known else []  # 高原特色食品、天然饮用水: one known kind carries the other


def _joined_left(doc: Doc, start: int, ps: int, floor: int) -> int:
    """再生金属及制品, 稀土新材料及应用: an industry and its products or uses joined by 及 / 与
    name one industry; the walk that stopped at the conjunction goes on over the first part."""
    f = doc.folded
    if start - 1 <= floor or f[start - 1] not in "及与" or f[start:ps] not in _JOIN_RIGHT:
        return start
    j = start - 1
    while j > floor:
        ts = max(doc.token_span(j - 1)[0], floor)
        w = f[ts:j]
        if ind_stop(w) or not _nounish(w) or w.endswith(_ZONE_WORDS) or \
                w in lexicon.place_names() or start - 1 - ts > 8:
            break
        j = ts
    first = clean_item(f[j : start - 1])
    if j < start - 2 and (first in _terms() or first in SINGLE or _industry_like(first)):
        return start - 1 - len(first)
    return start


def _drop_joined(spans: list[Span]) -> list[Span]:
    """冰雪经济和创意设计 when 冰雪经济 and 创意设计 were found too: the two, not the joined."""
    at = {(sp.start, sp.end) for sp in spans}
    out = []
    for sp in spans:
        k = max(sp.name.find("和"), sp.name.find("与"), sp.name.find("及"))
        if k > 0 and (sp.start, sp.start + k) in at and (sp.start + k + 1, sp.end) in at:
            continue
        out.append(sp)
    return out


_STRONG_TAIL = re.compile(
    rf"^等?(?:[{_NUMS}]+大)?(?:主导|支柱|首位|优势|特色|重点|核心)(?:产业|行业)")
_ROLE_IS = re.compile(
    r"(?:主导|支柱|首位|优势|特色|核心)产业(?:主要)?(?:为|是|包括|有|涵盖)(?!了?[0-9一二三四五六七八九十两])")
_ANNOUNCED_END = re.compile(r"等|[,。;:!?\n(（]|$")


def _announced_items(doc: Doc, pos: int,
                     inside_taken: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A、B和C after 主导产业为 up to the clause's end or 等: every item, or none when one is
    not an industry-like noun phrase (主导产业为园区发展提供支撑)."""
    f = doc.folded
    end_m = _ANNOUNCED_END.search(f, pos)
    end = end_m.start() if end_m else len(f)
    return _items_in(doc, pos, end, inside_taken)


# A、B是开发区的主导产业 ; A和B已成为园区的支柱产业: the list before the role word
_ROLE_AFTER = re.compile(
    r"(?:已经?|均|都)?(?:是|成为)了?[^,。;的]{0,12}的(?:[两二三四五六七八九十]大)?"
    r"(?:首位|主导|支柱|优势|特色|核心)产业")


def _items_before_role(doc: Doc, pos: int,
                       inside_taken: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A、B before 是Z的主导产业 at ``pos``, from the start of the clause."""
    f = doc.folded
    cs = max(f.rfind(ch, 0, pos) for ch in ",;:。!?\n") + 1
    if "、" not in f[cs:pos] and "和" not in f[cs:pos]:
        return []  # one term: the single-term rules read it
    return _items_in(doc, cs, pos, inside_taken)


# 宝鸡高新区已集聚钛及钛合金企业500余家 ; 现有轨道交通装备规上企业160余家: the zone's industry
ZONE_GATHERS = re.compile(
    r"(?:集聚|聚集|汇聚|现有|拥有)了?(?P<t>[\u4e00-\u9fff]{2,10}?)(?:规上|规模以上|相关|上下游)?"
    r"(?:工业)?企业(?:近|约|超过|逾)?[0-9一二三四五六七八九十百千]+(?:余|多)?[家户]")


# Z是全省重要的A、B制造基地 ; 加快建设全国重要的A生产基地: the industries of a zone's base
ZONE_BASE = re.compile(
    r"(?:是|成为|建设|打造|建成)了?[^,。;的]{0,10}?(?:重要|最大|领先|知名|主要|核心|重点)的"
    r"(?P<t>[^,。;的]{2,30}?)(?:研发制造|生产制造|制造|生产加工|生产|加工|研发|产业)?基地")


def _items_in(doc: Doc, pos: int, end: int, inside_taken: Callable[[int, int], bool],
              seps: str = r"、|以及|和|及") -> list[tuple[int, int]]:
    f = doc.folded
    if end - pos < 2 or end - pos > 60:
        return []
    items: list[tuple[int, int]] = []
    a = pos
    for sm in re.finditer(seps, f[pos:end]):  # 与 may join inside one
        items.append((a, pos + sm.start()))
        a = pos + sm.end()
    items.append((a, end))
    out: list[tuple[int, int]] = []
    for s0, e0 in items:
        e1 = e0 - 2 if f[e0 - 2 : e0] in ("产业", "行业") else e0
        name = clean_item(f[s0:e1])
        if not (2 <= len(name) <= 10 or name in SINGLE) or name in GENERIC or \
                _BAD_COUNTED.search(name) or name in lexicon.place_names() or \
                name.endswith(("区", "园", "城", "的")) or not doc.is_boundary(s0) or \
                inside_taken(s0, e1) or \
                not all((_nounish(w) and not ind_stop(w)) or w in _terms()
                        for w in _tokens(doc, s0, e1)):
            return []
        out.append((s0, e1))
    return out


def _tokens(doc: Doc, s: int, e: int) -> list[str]:
    out = []
    i = s
    while i < e:
        te = min(doc.token_span(i)[1], e)
        out.append(doc.folded[i:te])
        i = te
    return out


_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_COUNTED_TAIL = re.compile(
    r"(?<![0-9一二三四五六七八九十百千万])(?P<n>[两二三四五六七八九十2-6])(?:大|条|个)"
    r"(?:[\u4e00-\u9fff]{0,4}?)"
    r"(?:产业集群|产业链|产业|方向|领域|赛道|集群|板块)(?!园|基地|学院|联盟|协会|研究院|项目)")
# a verb the token walk kept inside the first item (继续做强 | 煤制油)
_LEAD_VERB = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:做强|做大|做优|做精|发展|打造|培育|壮大|聚焦|围绕|布局|推动|推进|"
    r"建设|涵盖|包括|形成|构建|突出|主攻|深耕|瞄准|锚定|紧扣|紧盯)(?=[\u4e00-\u9fff]{2})")
_LIST_SEP = frozenset(("、", "和", "及", "与", "以及"))
# words that open the list on its left (what the zone does with the industries)
_LIST_OPENERS = frozenset(
    """
    围绕 聚焦 发展 打造 培育 布局 推动 推进 壮大 建设 涵盖 涉及 包括 形成 支持 加快 做强 做大
    做优 做精 聚力 深耕 瞄准 主攻 锚定 紧扣 紧盯 突出 构建 拥有 集聚 聚集 下辖 重点 着力 大力
    已 将 把 以 在 是 为 有 了 的 和 等 其 并 及 中 上
    """.split()  # noqa: SIM905
)
_LIST_STOP_TAGS = ("p", "r", "d", "u", "m", "q", "t", "f", "c", "y", "e", "o")


def _counted_items(doc: Doc, end: int, count: int,
                   inside_taken: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The items of the list ending at ``end`` when they are exactly ``count`` (else none).

    The list runs left over tokens and separators (、 和 及 与 以及) to a stopper: punctuation, an
    organisation's name, or a word opening it (围绕, 重点发展, 以, 把 …). Items split on every
    separator must number ``count``; when they are more, keeping 与 (then 及) inside an item may
    give the count (新能源与智能网联汽车、X两大产业; 汽车及零部件、X两大千亿级产业).
    """
    f = doc.folded
    tags = pos_tags()
    cuts: list[tuple[int, int, str]] = []  # separators (start, end, text)
    i = end
    floor = max(0, end - 60)
    while i > floor:
        ch = f[i - 1]
        if ch == "、":
            cuts.append((i - 1, i, ch))
            i -= 1
            continue
        if _CLAUSE_PUNCT.match(ch) or not _HAN.match(ch) or inside_taken(i - 1, i):
            break
        ts = max(doc.token_span(i - 1)[0], floor)
        w = f[ts:i]
        if w in _LIST_SEP and i < end:
            cuts.append((ts, i, w))
            i = ts
            continue
        if (w in _LIST_OPENERS or w.endswith(_VERB_END) or w in STOP_WORDS or w in GENERIC
                or tags.get(w, "").startswith(_LIST_STOP_TAGS) or w in lexicon.place_names()) \
                and w not in _terms() and w not in _QUALIFIERS and w not in _PART_WORDS:
            break
        i = ts
    start = i
    lead = _LEAD_VERB.match(f, start, end)
    if lead is not None:
        start = lead.end()
    if start >= end:
        return []

    def split(on: set[str]) -> list[tuple[int, int]]:
        out, a = [], start
        for cs, ce, w in sorted(cuts):
            if w in on:
                out.append((a, cs))
                a = ce
        out.append((a, end))
        return out

    items = split({"、", "和", "及", "与", "以及"})
    if len(items) != count:
        items = split({"、", "和", "及", "以及"})  # 与 may join inside one item
        if len(items) != count:
            items = split({"、", "和", "以及"})  # …and 及 (汽车及零部件)
            if len(items) != count:
                return []
    for a, b in items:
        name = clean_item(f[a:b])
        longest = 12 if "及" in name or "与" in name else 10  # 新能源汽车及核心零部件
        if not (2 <= len(name) <= longest or name in SINGLE) or name in GENERIC or \
                _BAD_COUNTED.search(name) or name in lexicon.place_names() or \
                name.endswith(("区", "园", "城", "的")) or not doc.is_boundary(a):
            return []
    return items


def _extend_known(doc: Doc, start: int, floor: int, taken: list[tuple[int, int]]) -> int:
    """A known term with a noun before it names a narrower industry: 稀土新材料, 聚酯新材料."""
    f = doc.folded
    places = lexicon.place_names()
    i = start
    # 氟硅新材料, 陶铝新材料, 镍钴新材料, 硅光伏, 铜加工: material characters qualify the term
    j = start
    if j - 2 >= floor and f[j - 1] == "基" and f[j - 2] in _MATERIAL_CHARS:
        j -= 1  # 硅基储能, 碳基材料
    while j > floor and start - j < 3 and f[j - 1] in _MATERIAL_CHARS:
        j -= 1
    if j < start and (j == floor or not _HAN.match(f[j - 1]) or
                      ind_stop(f[doc.token_span(j - 1)[0] : j]) or
                      not _nounish(f[doc.token_span(j - 1)[0] : j]) or
                      f[max(floor, j - 2) : j] in _FOCUS_VERBS):
        return j
    while i > floor and start - i < 4:
        ts = max(doc.token_span(i - 1)[0], floor)
        w = f[ts:i]
        if ind_stop(w) or not _nounish(w) or w in places or len(w) < 2 or \
                w.startswith(_ZONE_WORDS) or w.endswith(("区", "园")) or \
                any(ts < b and a < i for a, b in taken):
            break
        i = ts
    return i


_FOCUS_VERBS = frozenset(
    "紧盯 聚焦 围绕 瞄准 深耕 发展 培育 做强 壮大 打造 布局 主攻 锚定 紧扣".split()  # noqa: SIM905
)
# one-character materials that open a narrower industry before a known term
_MATERIAL_CHARS = frozenset("铝铜钢铁煤锂硅钛镁锌铅镍钴氟钒钨钼锡锑碳陶铬锰金银锆稀磷")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# words between an industry and 产业 that qualify it (首位产业, 主导产业, 核心产业)
_MOD_BEFORE = re.compile(r"(?:首位|主导|支柱|优势|特色|核心|重点|新兴|战略性新兴|传统|基础|未来)$")
# a known term followed by these stands for an industry
_TERM_PLACE = re.compile(
    rf"(?P<t>)(?:为(?:[{_NUMS}]+大)?(?:主导|首位|支柱|核心|特色|龙头|重点)(?:产业)?|为支撑|龙头|骨干企业|链主|"
    r"[“\"](?:链主|龙头)[”\"]|"
    r"作为(?:第一)?(?:主攻方向|主导产业|首位产业|支柱产业)|为主攻方向)")


_PARTS_WORDS = frozenset(
    {"零部件", "材料", "整车", "原材料", "配件", "设备", "终端", "装备", "面板", "产品", "成品"})
_BASE_OF = re.compile(
    r"是[^,。;]{0,10}?的(?P<t>[\u4e00-\u9fff]{2,10}?)(?:研发)?(?:制造|生产)?(?:加工)?(?:基地|高地|中心)|"
    r"打造[^,。;]{0,10}?的(?P<t2>[\u4e00-\u9fff]{2,8}?)(?:研发)?(?:制造|生产)?(?:基地|高地)")
_YI_WEI = re.compile(
    rf"以(?P<t>[\u4e00-\u9fff]{{2,8}}?)(?:为(?:[{_NUMS}]+大)?(?:主导|首位|支柱|核心|特色)(?:产业)?|"
    r"(?:产业(?:集群)?)?入选)")  # 以电力装备为主导产业 ; 以休闲食品(产业集群)入选(…名单)
_FOCUS_TERM = re.compile(
    r"(?:围绕|聚焦|深耕|主攻|瞄准|锚定|紧扣|紧盯|抢抓|(?:大力|重点|加快|着力)发展|培育壮大|做大做强)"
    r"(?P<t>[\u4e00-\u9fff]{2,14}?)"
    r"(?=[,。;]|等(?:领域|方向|赛道)|这一|方向|赛道|(?:产业)?发展(?:机遇|风口|窗口期)|"
    r"(?:产业)?(?:补链|强链|延链|建链|固链))")
_COMPANY_KIND = re.compile(
    rf"等(?:一批|多家|[{_NUMS}]+(?:多|余)?家)?(?P<t>[\u4e00-\u9fff]{{2,8}}?)"
    r"(?:(?:配套|上下游|骨干|领军|重点|龙头|生产|制造)?(?:企业|厂商)|主机厂|整车厂)")
# 已集聚纺织印染企业108家，A、B等一批企业…: the kind of the companies counted, when the
# companies are then named
_GATHERED_KIND = re.compile(
    rf"(?:集聚|聚集|汇聚|拥有|现有)了?(?P<t>[\u4e00-\u9fff]{{2,8}}?)"
    rf"(?:配套|上下游|骨干|领军|重点|龙头|生产|制造|规上|规模以上)?(?:企业|厂商)"
    rf"(?=[{_NUMS}]+(?:多|余)?家,(?:其中(?:包括|有)?)?[^,。;]{{2,60}}?等"
    rf"(?:一批|多家|[{_NUMS}]+(?:多|余)?家)?[^,。;]{{0,8}}?(?:企业|厂商))")
# 从事新能源电池生产的E ; E主要从事锂电隔膜的研发和生产 ; 专注碳纤维复合材料研发: a company's line
_ENGAGED_IN = re.compile(
    r"(?:专业从事|主要从事|从事|专注于?|致力于|深耕)(?P<t>[\u4e00-\u9fff]{2,10}?)(?:产品)?的?"
    r"(?=(?:研发|生产|制造|加工|设计|销售|应用|和|与|及|、)*(?:研发|生产|制造|加工)|领域|行业)")
# E是一家动力电池企业 ; E是国内领先的光伏组件制造商: the kind of company it is
_ONE_KIND = re.compile(
    r"(?<=是)(?:一家|国内|全国|全球|我国|省内|区内)?(?:[^,。;的]{0,8}的)?(?P<t>[\u4e00-\u9fff]{2,8}?)"
    r"(?:研发|生产|制造|加工)*(?:龙头|骨干|领军|重点|高新技术|科技型|专精特新)?"
    r"(?:企业|制造商|生产商|供应商)")
_IS_FOCUS_OF = re.compile(
    r"(?:已|已经)?(?:是|成为)[^,。;的]{2,24}?(?:的(?:第一|首位|主导|支柱|核心|特色|优势)产业|"
    r"(?:重点|着力|大力|优先)(?:发展|培育|打造)的(?:[两二三四五六七八九十]大)?(?:战略性新兴|新兴)?产业)")
_COUNTED_COMPANIES = re.compile(
    rf"(?:产业)?(?:上下游|配套|相关|骨干)(?:企业|厂商)[{_NUMS}]+(?:余|多)?家")
_TERMINATOR = re.compile(
    rf"等|[{_NUMS}]+大|为主|这一|的|[(（]|全产业链|产业链|产业集群|产业集聚区|产业|行业|领域")


# qualifiers that open an industry name although jieba tags some as time words (现代纺织)
_QUALIFIERS = frozenset("现代 高端 先进 精品 清洁 新型 精细 特色".split())  # noqa: SIM905
# nouns of an item the token tags would stop a list at (新能源汽车及核心零部件)
_PART_WORDS = frozenset("零部件 核心 关键 配件 部件".split())  # noqa: SIM905
# parts words that close a list item (新能源汽车零部件、生物医药等领域)
_PART_ENDS = frozenset("零部件 配件 部件".split())  # noqa: SIM905
_RANK_WORDS = frozenset(("先进", "精品", "高端"))
# what opens a list of mostly known industries (项目以A、B为主: a batch's fields)
_LIST_LEAD = re.compile(r"涵盖了?|涉及|包括|聚焦|围绕|打造|培育|布局|发展|项目以")


def _walk_right(doc: Doc, pos: int, limit: int) -> int:
    f = doc.folded
    i = pos
    while i < limit:
        if _TERMINATOR.match(f, i) or f[i] in "、,;。":
            break
        te = min(doc.token_span(i)[1], limit)
        w = f[i:te]
        if w in ("及", "和", "与", "以及") and i > pos:
            i = te
            continue
        if ind_stop(w) and not (i == pos and w in _terms()) and w not in _QUALIFIERS and \
                not (i > pos and (w in _ITEM_HEADS or w in _PART_ENDS) and
                     (te >= limit or f[te] in "、,;。等")):
            break
        i = te
    return i


def _walk_left(doc: Doc, pos: int, floor: int) -> int:
    f = doc.folded
    i = pos
    while i > floor:
        if f[i - 1] in "、,;。)）":
            break
        ts = max(doc.token_span(i - 1)[0], floor)
        if ind_stop(f[ts:i]) and not (f[ts:i] in _QUALIFIERS and i < pos) and \
                not (i == pos and (f[ts:i] in _ITEM_HEADS or f[ts:i] in _PART_ENDS) and
                     f[pos : pos + 1] == "、"):
            break  # (罐头加工、…: a head word closing a list's first item)
        i = ts
    return i


def _skip_bracket(f: str, pos: int, limit: int) -> int:
    if pos < limit and f[pos] in "(（":
        close = re.compile(r"[)）]").search(f, pos, min(limit, pos + 16))
        if close:
            return close.end()
    return pos


def coordinated_lists(doc: Doc, cs: int, ce: int) -> list[tuple[list[tuple[int, int]], int]]:
    """Coordinated noun lists (A、B、C和D) in ``[cs, ce)``: item spans and the end of the list.

    Items are delimited by 、 (and 以及/和/及 before the last item when both sides are known
    industries); a list's first item runs left to a stopper, its last item right to a
    terminator (等, N大, 的, 产业 …). A bracket after an item (含关键零部件) is skipped.
    """
    f = doc.folded
    seps = []
    i = f.find("、", cs, ce)
    while i >= 0:
        seps.append(i)
        i = f.find("、", i + 1, ce)
    if not seps:
        return []
    lists: list[tuple[list[tuple[int, int]], int]] = []
    k = 0
    while k < len(seps):
        p = seps[k]
        floor = seps[k - 1] + 1 if k > 0 else cs
        first = (_walk_left(doc, p, floor), p)
        if first[0] >= p:
            k += 1
            continue
        items = [first]
        q = p
        k += 1
        while True:
            end = _walk_right(doc, q + 1, ce)
            nxt = _skip_bracket(f, end, ce)
            if end > q + 1 and k < len(seps) and seps[k] == nxt:
                items.append((q + 1, end))
                q = seps[k]
                k += 1
                continue
            if end > q + 1:
                items.append((q + 1, end))
            break
        if len(items) >= 2:
            a, b = items[-1]
            parts = _CONJ_SPLIT.split(f[a:b])
            both_known = all(clean_item(x) in _terms() for x in (parts[0], parts[-1])) or (
                len(items) >= 2 and all(_industry_like(clean_item(x))
                                        for x in (parts[0], parts[-1]))
                and bool(LIST_TAIL.match(f[b : b + 24])))  # 新型材料、清洁能源和现代纺织产业
            if len(parts) == 3 and len(parts[0]) >= 3 and len(parts[2]) >= 3 and \
                    parts[0][:2] == parts[2][:2] and parts[1] != "与":
                both_known = True  # 再生铜铝和再生塑料: two items sharing their qualifier
            if len(parts) == 3 and clean_item(f[a:b]) not in _terms() and (
                    parts[1] == "以及" or both_known):
                items[-1] = (a, a + len(parts[0]))
                items.append((a + len(parts[0]) + len(parts[1]), b))
            lists.append((items, _skip_bracket(f, items[-1][1], ce)))
    return lists


def _clauses(doc: Doc) -> list[tuple[int, int]]:
    """Clauses of the document (between , : ; 。 ! ? and line ends), computed once."""
    if doc.clauses is None:
        doc.clauses = _split_clauses(doc)
    return doc.clauses


def _split_clauses(doc: Doc) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    f = doc.folded
    for s, e in doc.sentences:
        pos = s
        for m in _CLAUSE_PUNCT.finditer(f, s, e):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < e:
            out.append((pos, e))
    return out
