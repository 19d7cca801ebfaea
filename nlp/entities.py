"""Entity recognition: gazetteers (Aho-Corasick), suffix rules, context rules, resolution.

Works on ``Doc.folded`` (full-width forms folded, same length as the repaired text) and reads
names back from ``Doc.text`` so that they keep the characters as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import ahocorasick

from chainkg.model import EntityType as ET
from chainkg.nlp import lexicon
from chainkg.nlp.doc import _HAN_CHAR, Doc, Span, pos_tags
from chainkg.nlp.placement import NAME_CONTEXTS as PLACEMENT_CONTEXTS
from chainkg.nlp.placement import NAME_TAIL_CUT as PLACEMENT_TAIL_CUT
from chainkg.nlp.prefilter import match_at, may_match

# ------------------------------------------------------------------------------------------------
# Word classes
# ------------------------------------------------------------------------------------------------

# Suffixes that end a name, longest first at match time: (suffix, type, needs a place prefix).
SUFFIXES: tuple[tuple[str, str, bool], ...] = (
    # zones
    ("高新技术产业开发区", ET.ZONE, False), ("经济技术开发区", ET.ZONE, False),
    ("新技术产业开发区", ET.ZONE, False), ("经济开发区", ET.ZONE, False),
    ("高新技术产业园区", ET.ZONE, False), ("高新技术产业园", ET.ZONE, False),
    ("开发区", ET.ZONE, True), ("高新区", ET.ZONE, False), ("经开区", ET.ZONE, False),
    ("示范区", ET.ZONE, True), ("产业园区", ET.ZONE, False), ("工业园区", ET.ZONE, False),
    ("产业园", ET.ZONE, False), ("科技园", ET.ZONE, False), ("工业园", ET.ZONE, False),
    ("软件园", ET.ZONE, False), ("创业园", ET.ZONE, False), ("软件城", ET.ZONE, False),
    ("高科园", ET.ZONE, False), ("智造园", ET.ZONE, False),
    ("新区", ET.ZONE, True), ("合作区", ET.ZONE, True),
    ("试验区", ET.ZONE, True), ("自贸区", ET.ZONE, True), ("保税区", ET.ZONE, True),
    ("实验区", ET.ZONE, True), ("科技城", ET.ZONE, True), ("生物城", ET.ZONE, True),
    ("经济区", ET.ZONE, True), ("医药谷", ET.ZONE, True), ("生物谷", ET.ZONE, True),
    ("光谷", ET.ZONE, True), ("药谷", ET.ZONE, True),
    ("智造城", ET.ZONE, True), ("医药城", ET.ZONE, True), ("创新城", ET.ZONE, True),
    ("小镇", ET.ZONE, False), ("科创城", ET.ZONE, False), ("智创城", ET.ZONE, False),
    ("科学城", ET.ZONE, True), ("孵化园", ET.ZONE, False), ("产业基地", ET.ZONE, True),
    ("片区", ET.ZONE, True), ("新城", ET.ZONE, True),
    ("工业区", ET.ZONE, True), ("先行区", ET.ZONE, True), ("化工基地", ET.ZONE, True),
    ("石化基地", ET.ZONE, True), ("化工园区", ET.ZONE, True), ("示范园区", ET.ZONE, True),
    ("自由贸易港", ET.ZONE, True),
    # enterprises
    ("股份有限公司", ET.ENTERPRISE, False), ("有限责任公司", ET.ENTERPRISE, False),
    ("有限公司", ET.ENTERPRISE, False), ("集团", ET.ENTERPRISE, False),
    ("公司", ET.ENTERPRISE, False), ("科技", ET.ENTERPRISE, True), ("控股", ET.ENTERPRISE, False),
    # universities
    ("高等专科学校", ET.UNIVERSITY, False), ("职业技术大学", ET.UNIVERSITY, False),
    ("大学", ET.UNIVERSITY, False), ("学院", ET.UNIVERSITY, False),
    ("职业学校", ET.UNIVERSITY, False), ("专业学校", ET.UNIVERSITY, False),
    ("技工学校", ET.UNIVERSITY, False), ("职业技术教育中心", ET.UNIVERSITY, True),
    ("职业教育中心", ET.UNIVERSITY, True), ("职教中心", ET.UNIVERSITY, True),
    # research
    ("工程技术研究中心", ET.RESEARCH_INSTITUTE, False), ("研究中心", ET.RESEARCH_INSTITUTE,
    False),
    ("研究院", ET.RESEARCH_INSTITUTE, False), ("研究所", ET.RESEARCH_INSTITUTE, False),
    ("实验室", ET.RESEARCH_INSTITUTE, False), ("科学院", ET.RESEARCH_INSTITUTE, False),
    ("创新中心", ET.RESEARCH_INSTITUTE, False), ("研发中心", ET.RESEARCH_INSTITUTE, False),
    ("研究发展中心", ET.RESEARCH_INSTITUTE, False), ("分院", ET.RESEARCH_INSTITUTE, False),
    ("技术中心", ET.RESEARCH_INSTITUTE, True),
    # associations and consortia
    ("职教集团", ET.ASSOCIATION, False), ("职业教育集团", ET.ASSOCIATION, False),
    ("产教联合体", ET.CONSORTIUM, False), ("产教融合共同体", ET.CONSORTIUM, False),
    ("创新联合体", ET.CONSORTIUM, False), ("联合体", ET.CONSORTIUM, False),
    ("协会", ET.ASSOCIATION, False), ("商会", ET.ASSOCIATION, False),
    ("联盟", ET.ASSOCIATION, True), ("联合会", ET.ASSOCIATION, False),
    ("促进会", ET.ASSOCIATION, False), ("学会", ET.ASSOCIATION, False),
    ("工商联", ET.ASSOCIATION, True), ("侨联", ET.ASSOCIATION, True),
    ("共同体", ET.ASSOCIATION, True),
    # government
    ("管理委员会", ET.GOVERNMENT, False), ("管委会", ET.GOVERNMENT, False),
    ("人民政府", ET.GOVERNMENT, True), ("政府", ET.GOVERNMENT, True),
    ("领导小组", ET.GOVERNMENT, True), ("委员会", ET.GOVERNMENT, True),
    ("厅", ET.GOVERNMENT, True), ("局", ET.GOVERNMENT, True), ("台办", ET.GOVERNMENT, True),
    ("办公室", ET.GOVERNMENT, True), ("发改委", ET.GOVERNMENT, True),
    ("经信委", ET.GOVERNMENT, True), ("信息化委", ET.GOVERNMENT, True),
    ("商务委", ET.GOVERNMENT, True), ("科委", ET.GOVERNMENT, True),
    ("促进中心", ET.GOVERNMENT, True), ("招商服务中心", ET.GOVERNMENT, True),
    ("政务服务中心", ET.GOVERNMENT, True),
)

# Words that stop the leftward growth of a name (besides verbs, prepositions, … by POS tag).
STOP_WORDS = frozenset(
    """
    在 与 和 及 以及 同 跟 由 对 向 从 以 为 将 把 被 是 有 等 的 了 着 于 至 并 或 其 该 各
    充分发挥 发挥 充分
    每 此 这 那 之 达到 内 外 里
    其中 深化 优化 强化 做优 例如 如 包括 以及 还 也 都 又 即 共 合计 近 约 逾 聚合 联合 吸纳
    协同 组建 签订 签署 签约 引进 引入 依托
    委托 通过 成立 设立 牵头 建成 打造 围绕 聚焦 拥有 形成 推动 推进 加快 支持 实施 开展 参加
    参与 举行 召开 举办 发布 落户 入驻 位于 扎根 落地 进驻 布局 深耕
    启动 开工 动工 竣工 投产 开建 启用 规划 谋划 筹划 聚集 汇聚 云集
    做好 做精 做强 做实 做大 培育 构建 助力 服务于 面向 携手 共建 共同 发起 倡议 作为 负责
    交由 选拔 集聚 吸引 招引 先后 陆续 相继 成功
    全力 着力 大力 积极 不断 持续 进一步 此外 同时 目前 今年 截至 近年来 以来 据 据悉 据了解
    了解 表示 介绍 认为 指出 强调 要求 按 按照
    根据 含 包含 涵盖 涉及 覆盖 来自 成为 属于 位列 获批 入选 认定 评为 列入 纳入 新增 新建
    扩建 改造
    已 正 均 也 还 又 再 仍 曾 就 便 已经 正在 将要 均已 现有 选址 拥有
    供应商 经销商 服务商 客户 合作伙伴 龙头企业 链主企业 骨干企业 配套企业 重点企业 关联企业
    旗下 龙头 链主 骨干 领军
    单位 成员单位 会员单位 理事单位 成员 会员 会员企业 成员企业
    选举 推选 选出 当选 审议 表决
    设在 今年以来 近年以来 力争 促成 以商引商
    """.split()  # noqa: SIM905
)

# Name-internal words that jieba tags as verbs.
NAME_OK = frozenset(
    """
    铸造 加工 制药 印刷 包装 冶炼 纺织 养殖 种植 运输 租赁 装饰 安装 维修 建材 钢铁
    发展 投资 建设 管理 促进 改革 开发 服务 研究 制造 创新 合作 交流 孵化 转化 招商 培训 规划
    运营 保障 监督 检验 检测 设计 咨询 控股
    实业 科技 技术 工程 信息 产业 经济 贸易 商务 能源 电力 综合 转型 融合 创业 教育 职业 应用
    示范 先进 智能 数字 现代 新兴 高新 生态
    环保 绿色 国际 联合 协同 集成 装备 材料 汽车 电子 电气 动力 机械 重型 重工 化工 医药 生物
    光电 新能源 物流 零部件 零配件
    """.split()  # noqa: SIM905
)

STOP_POS_PREFIX = ("v", "p", "c", "u", "d", "r", "m", "q", "y", "e", "o", "t")
STOP_POS_EXCEPT = frozenset({"vn", "vg"})

# Generic words: a name made only of these (plus its suffix) is not a name.
GENERIC = frozenset(
    """
    产教 创新 行业 产业 科技 技术 工程 重点 大学生 实习 实训 高新技术 企业 平台 基金 开发
    整个 跨国 地区 高水平 特色型 新形势下 国内外 知名 自治区级 省部级
    建设 投资 管理 服务 运营 发展 国家级 省级 市级
    县级 区级 各 该 本 全 全省 我省 全市 全县 全区 本市 本省 各类 相关 这些 其他 其它 试点
    工业类 一批 首批 多家 国有 独资 国有独资 民营
    合资 外资 科研 研发 职业 技能 人才 人力资源 公共 综合 特色 优势 新兴 未来 传统 现代 先进
    高端 数字 智能 绿色 生态 农业 工业 开放 合作
    协同 区域 地方 当地 国内 国际 全国 世界 上下游 关联 配套 龙头 链主 骨干 领军 头部 优质
    中小 中小企业 大中专 院校 高校 高等 院所
    科研院所 机构 组织 单位 部门 政府 管委会 园区 开发区 经开区 高新区 小镇 产业园 示范
    示范区 集聚区 孵化 孵化器 双创 众创 新型 特色小镇
    这个 那个 一个 一家 示范性 示范 首批 全省首批 联合 产业化 商引商 以商引商
    """.split()  # noqa: SIM905
)

# Leading words that are not part of a name (trimmed after the leftward walk).
LEAD_TRIM = frozenset(
    """
    国家级 省级 市级 县级 国有 独资 国有独资 首批 一批 新 原 现 全 该 本 各 我 我省 我市 全省
    全市 建设 发展 服务 投资 加快建设 开发
    管理 运营 孵化 培育 经开区 高新区 开发区 园区 区内 新区
    合作建设 共同建设 联合建设 合作共建 规划建设 筹建 新建 企业
    配套企业 龙头企业 链主企业 骨干企业 重点企业 重点建设 重点打造 重点推进 加快推进 全力打造
    """.split()  # noqa: SIM905
)

_LEAD_TRIM_SORTED = tuple(sorted(LEAD_TRIM, key=len, reverse=True))
_LEAD_TRIM_RE = re.compile("|".join(map(re.escape, _LEAD_TRIM_SORTED)))
_LEAD_TRIM_LONG = re.compile("|".join(re.escape(w) for w in _LEAD_TRIM_SORTED if len(w) > 1))
PLACE_LEVEL = re.compile(r"^(省|市|县|区|州|盟|旗)")
COUNTY_LIKE = re.compile(r"^[^我全各本该这那其两\W\d][\u4e00-\u9fff]{0,2}(省|市|县|区|州|盟|旗)")

_CJK = re.compile(r"[\u3400-\u9fff]")
_NAME_CHARS = re.compile(r"^[\u3400-\u9fffA-Za-z0-9·]+$")


@lru_cache(maxsize=1)
def _suffix_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for s, _, _ in SUFFIXES:
        auto.add_word(s, s)
    auto.make_automaton()
    return auto


def _suffix_matches(text: str) -> list[tuple[int, int, str]]:
    """Every suffix occurrence; at one end position, candidates longest first."""
    by_end: dict[int, list[str]] = {}
    for end_idx, suf in _suffix_automaton().iter(text):
        by_end.setdefault(end_idx + 1, []).append(suf)
    out: list[tuple[int, int, str]] = []
    for e in sorted(by_end):
        for suf in sorted(by_end[e], key=len, reverse=True):
            out.append((e - len(suf), e, suf))
    return out


@lru_cache(maxsize=1)
def _suffix_info() -> dict[str, tuple[str, bool]]:
    return {s: (t, place) for s, t, place in SUFFIXES}


@lru_cache(maxsize=1)
def gazetteer() -> ahocorasick.Automaton:
    """One automaton for zone aliases and universities (built once).

    Industry terms are not in it: they are recognised from their context (``industries``).
    """
    auto = ahocorasick.Automaton()
    from chainkg.ingest.repair import fold

    for alias in lexicon.zone_aliases():
        auto.add_word(fold(alias), (fold(alias), ET.ZONE.value))
    for name in lexicon.university_names():
        auto.add_word(fold(name), (fold(name), ET.UNIVERSITY.value))  # 中国石油大学(华东)
    for name in lexicon.central_government():  # 国家发展改革委, 农业农村部 (a reference list)
        auto.add_word(name, (name, ET.GOVERNMENT.value))
    auto.make_automaton()
    return auto


class _EndIndex:
    """The gazetteer's words by their last three characters (the lengths of the words with that
    ending, longest first), and the characters that end a word, as a pattern: finds every word
    occurrence (``Automaton.iter``'s hits, in its order) by looking back from the few positions
    where a word can end, instead of walking the whole text through a wide automaton."""

    def __init__(self, auto: ahocorasick.Automaton) -> None:
        self.value: dict[str, tuple[str, str]] = dict(auto.items())
        lengths: dict[str, set[int]] = {}
        for w in self.value:
            lengths.setdefault(w[-3:], set()).add(len(w))
        self.lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}
        self.min_len = min((len(w) for w in self.value), default=1)
        ends = sorted({w[-1] for w in self.value})
        self.end_chars = re.compile("[" + "".join(re.escape(c) for c in ends) + "]") \
            if ends else re.compile("(?!)")


@lru_cache(maxsize=1)
def _end_index() -> _EndIndex:
    return _EndIndex(gazetteer())


def _gazetteer_hits(f: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, word, type)`` of every gazetteer word in ``f``: by end, longest first."""
    idx = _end_index()
    value = idx.value
    lengths = idx.lengths
    out: list[tuple[int, int, str, str]] = []
    for m in idx.end_chars.finditer(f):
        e = m.end()
        if e < 3:  # a word shorter than three characters ends here only if it is one
            for n in range(e, 0, -1):
                hit = value.get(f[e - n : e])
                if hit is not None:
                    out.append((e - n, e, hit[0], hit[1]))
            continue
        for n in lengths.get(f[e - 3 : e], ()):
            if n <= e:
                hit = value.get(f[e - n : e])
                if hit is not None:
                    out.append((e - n, e, hit[0], hit[1]))
        if idx.min_len < 3:
            for n in (2, 1):
                hit = value.get(f[e - n : e])
                if hit is not None:
                    out.append((e - n, e, hit[0], hit[1]))
    return out


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return lexicon.place_names()


_DIGIT = re.compile(r"\d")
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}(市|县|省|区|州)")
_AFTER_DENG = re.compile(r"等(首批|一批|多家|[0-9]+[家所个])?$")
_BRANCH_PLACE = re.compile(r"[\u4e00-\u9fff]{2}(?:市|省|县)?$")
_GENERIC_COMPANY = re.compile(r"(跨国|上市|国有|民营|外资|合资|平台|基金|子|分|总|母)公司$")


_BRACKET_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,2}[(（]([\u4e00-\u9fff]{2,4})[)）]")


def starts_with_place(name: str) -> bool:
    """Whether a name opens with a place (山西…, 运城…, 兴县…, 省…, 市…) or region."""
    if PLACE_LEVEL.match(name) or COUNTY_LIKE.match(name):
        return True
    places = _places()
    if any(name[:n] in places for n in (4, 3, 2) if len(name) > n):
        return True
    # 中国(广西)自由贸易试验区…, 中德(蒲江)…: a bracketed place right after the opening word
    m = _BRACKET_PLACE.match(name)
    if m is not None and (m.group(1) in places or PLACE_LEVEL.search(m.group(1)[-1:])):
        return True
    # a one-character region (晋, 川, 京) only as in 京津冀, 川渝, 晋商, 粤港澳
    # …or a direction after it (川北, 苏南, 浙西): a region of the province
    return len(name) > 2 and name[0] in places and (name[1] in places or name[1] in "商企港澳台"
                                                     or (name[1] in "东西南北" and len(name) > 4))


def _pos(word: str) -> str:
    return pos_tags().get(word, "")


@lru_cache(maxsize=1 << 16)  # a pure function of the word (reference lists, POS tags)
def is_stop(word: str) -> bool:
    """Whether a token ends a name on its left."""
    if not word or not word.strip():
        return True
    if word in STOP_WORDS:
        return True
    if word in NAME_OK or word in lexicon.university_names() or word in _places():
        return False
    if not _NAME_CHARS.match(word) or _DIGIT.search(word):
        return True
    if _PLACE_WORD.fullmatch(word) and word[:-1] in _places():
        return False
    tag = _pos(word)
    if len(word) == 1:  # single characters inside names (际, 安, 宜): verbs do not stop
        if word in "上下内外前后间里":
            return True
        if tag.startswith("c") and word not in _REAL_CONJ:
            return False
        return bool(tag) and tag.startswith(("p", "c", "u", "r", "y", "e", "o"))
    return bool(tag) and tag.startswith(STOP_POS_PREFIX) and tag not in STOP_POS_EXCEPT


def left_extend(doc: Doc, pos: int, floor: int, max_len: int = 28) -> int:
    """Leftmost start of a name ending at ``pos``: walk tokens left until a stopper."""
    f = doc.folded
    start = pos
    i = pos
    while i > floor and pos - i < max_len:
        ch = f[i - 1]
        if ch in ")）":  # a bracketed part inside a name: 山西(阳泉)智创城, 出光电子材料(中国)
            j = f.rfind("(", max(floor, i - 8), i - 1)
            j2 = f.rfind("（", max(floor, i - 8), i - 1)
            j = max(j, j2)
            inner = f[j + 1 : i - 1] if j >= 0 else ""
            if j >= 0 and inner and _CJK.search(inner) and re.fullmatch(r"[\u3400-\u9fff]+", inner):
                i = j
                start = i
                continue
            break
        ts = max(doc.token_span(i - 1)[0], floor)
        word = f[ts:i]
        if is_stop(word) and not (word == "再" and f.startswith(("制造", "生"), i)):
            break  # (再制造, 再生资源: 再 inside the name)
        if ((len(word) == 1 and _pos(word)[:1] in ("m", "q")) or word[0] in _CLASSIFIERS) and \
                re.match(r"[0-9一二三四五六七八九十两几]", f[ts - 1 : ts] or "x"):
            break  # 3个行业协会 ; 其中10家为Y (jieba's 家为): a classifier after a number
        i = ts
        start = i
    return start


_HARD_TAGS = ("p", "c", "u", "r", "y", "e", "o")
_CLASSIFIERS = "家个所项名"  # after a numeral: 10家为… is no name's start
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十两几]")
# one-character conjunctions that do join words (others jieba tags c, like 然, sit inside names)
_REAL_CONJ = frozenset("和与及或并而但且跟同即则若如因故虽")


@lru_cache(maxsize=1 << 16)
def _hard_stop(word: str) -> bool:
    """A word no organisation name runs across (function words, punctuation, predicate verbs)."""
    if not word or not _NAME_CHARS.match(word) or _DIGIT.search(word):
        return True
    if word in STOP_WORDS or word in GENERIC or (len(word) > 1 and word in LEAD_TRIM):
        return True
    if len(word) == 1:
        if word in "上下内外前后间里的了":
            return True
        tag = _pos(word)
        if tag.startswith("c") and word not in _REAL_CONJ:
            return False  # 然 in 优然牧业: a name character jieba tags as a conjunction
        return tag.startswith(_HARD_TAGS)
    tag = _pos(word)
    if tag.startswith(_HARD_TAGS) or word in PREDICATES:
        return True
    # common verbs and time words (建立, 成立, 近日) stop; rare ones (回转, 支承, 隆中) are
    # parts of brand names
    return tag.startswith(("v", "t")) and _freq(word) >= 1000


# Verbs that stand before organisation names (besides STOP_WORDS) and never inside one.
PREDICATES = frozenset(
    """
    扶持 并购 收购 参股 入股 控股 新建 布局 建立 成立 设立 组建 筹建 搭建 落地 进驻 携手 联手 对接
    服务 帮助 带动 推荐 邀请 组织 指导 走访 考察 调研 看望 会见 洽谈 接待 授牌 揭牌 命名 表彰
    同意 吸纳 接纳 批准
    """.split()  # noqa: SIM905
)


def _freq(word: str) -> int:
    from chainkg.nlp.tokens import get_tokenizer

    return int(get_tokenizer().FREQ.get(word) or 0)


def place_anchor(doc: Doc, start: int, floor: int, limit: int = 10, legal: bool = False) -> int:
    """Where a name opens when its leftward walk stopped at a verb-like word inside it.

    洛阳新强联回转支承股份有限公司, 株洲九方装备股份有限公司, 湖北隆中实验室: the walk stops at
    回转 / 九方 / 隆中; the name goes on to the place that opens it when only name-like words
    (no function word, no predicate verb) stand between. A company name with a legal form
    (超聚变数字技术有限公司, 安踏体育用品集团有限公司) runs on to the word before it when that is
    a hard stop a few characters away. Returns ``start`` when there is neither.
    """
    f = doc.folded
    places = _places()
    i = start
    best = start
    passed_soft = False
    while i > floor and start - i < limit:
        ts = max(doc.token_span(i - 1)[0], floor)
        w = f[ts:i]
        if w[0] in _CLASSIFIERS and _NUMERAL.match(f[ts - 1 : ts] or "x"):
            return best  # 其中10家为Y: a classifier after a number opens no name
        if legal and _soft_stop(w):
            # 厦门天马显示科技有限公司, 上汽通用东岳汽车有限公司: a common verb inside the name
            passed_soft = True
            i = ts
            continue
        if passed_soft and w in _NAME_QUALIFIERS:
            i = ts  # 天津先进计算产业技术研究院: a qualifier between the place and the verb
            continue
        if _hard_stop(w):
            if passed_soft and best == start:  # only up to a place or the clause's start
                clear = not _NAME_CHARS.match(w) or w in ("和", "与", "及", "以及")
                return i if start - i <= 8 and clear else start
            if legal and best == start and start - i <= 6 and i < start:
                return i
            return best
        i = ts
        if len(w) >= 2 and (w in places or (w[-1] in "省市县" and w[:-1] in places)):
            best = i
    if legal and best == start and i == floor and start - i <= (8 if passed_soft else 6):
        return i
    return best if not passed_soft or best < start else start


_NAME_QUALIFIERS = frozenset(
    "先进 现代 智能 数字 绿色 高端 新型 国际 综合 特色 生态 公共 科技 技术 工程 创新 产业".split())  # noqa: SIM905
_INNER_LEAD = re.compile(
    r"合作建设|共同建设|联合建设|合作共建|共同组建|联合组建|合作成立|联合成立|共同成立|签约建设")


def _clause_place_start(doc: Doc, start: int, floor: int, bare: bool = False) -> int:
    """宁波均胜电子股份有限公司: a one-character function word (均) stopped the walk, but the
    clause opens with a place a few characters before the name: the name starts there."""
    f = doc.folded
    # 的杨凌本香农业…: a place, then the one character that stopped the walk
    if start - 1 > floor:
        ws = doc.token_span(start - 1)[0]
        if start - ws == 1 and ws > floor:
            ps = max(doc.token_span(ws - 1)[0], floor)
            w2 = f[ps:ws]
            if len(w2) >= 2 and w2 in _places() and ps > floor:
                pp = max(doc.token_span(ps - 1)[0], floor)
                if len(f[pp:ps]) >= 2 and f[pp:ps] in _places():
                    ps = pp  # 陕西杨凌本香农业…: a province before the place
            if len(w2) >= 2 and w2 in _places() and (
                    ps == floor or _hard_stop(f[doc.token_span(ps - 1)[0] : ps])):
                return ps
    cs = max(floor, *(f.rfind(c, floor, start) + 1 for c in ",;。:、"))
    placed = any(f[cs : cs + n] in _places() for n in (2, 3, 4))
    if cs < start and start - cs > 4 and placed and start - cs <= 6:
        # 内蒙古君正能源化工集团…: a place, then a brand jieba splits into single characters
        pl = max(n for n in (2, 3, 4) if f[cs : cs + n] in _places())
        if not (2 <= start - cs - pl <= 2 and all(
                doc.token_span(k)[1] - doc.token_span(k)[0] == 1 for k in range(cs + pl, start))):
            return start
    elif cs >= start or start - cs > 4 or not (bare or placed):
        return start
    i = cs
    while i < start:
        te = min(doc.token_span(i)[1], start)
        w = f[i:te]
        if len(w) > 1 and (w in STOP_WORDS or w in PREDICATES or _hard_stop(w)) and \
                not (w in _places() or (w[-1] in "省市县" and w[:-1] in _places())):
            return start
        i = te
    return cs


_SEP_BEFORE = "、,;:。和与及了"


def _place_across_stop(doc: Doc, start: int, floor: int) -> int:
    """西藏5100水资源控股有限公司, 西藏高原之宝牦牛乳业股份有限公司, 陕西杨凌本香农业…: a legal
    name whose walk stopped at a digit run or at 之 / 本 runs on to the place that opens it (a
    separator, a verb or the clause's start before the place), a few name characters away."""
    f = doc.folded
    k = start
    while k > floor and start - k < 6 and f[k - 1].isdigit():
        k -= 1
    places = _places()
    joined = False
    if k == start and f[k - 1 : k] in ("之", "本", "用"):
        k -= 1
    elif k == start and f[k - 1 : k] == "和" and \
            not any(f[start : start + n] in places for n in (2, 3)):
        k, joined = k - 1, True  # 云南滇和制药集团股份有限公司 (jieba's 滇/和/制药)
    if k == start or k <= floor:
        return start
    for p in range(k - 2, max(floor, k - 8) - 1, -1):
        if not _HAN_CHAR.match(f, p):
            return start
        if not any(f[p : p + n] in places for n in (2, 3) if p + n <= k):
            continue
        if not (p == floor or f[p - 1] in _SEP_BEFORE or
                _hard_stop(f[doc.token_span(p - 1)[0] : p]) or f[p - 2 : p] in places):
            continue
        i = p
        while i < k:  # only name-like words between the place and the stop
            te = min(doc.token_span(i)[1], k)
            if len(f[i:te]) > 1 and _hard_stop(f[i:te]) and \
                    not any(f[i:te][:n] in places for n in (2, 3)):
                return start
            i = te
        if joined and k - p > 4:
            return start  # (A和B制药有限公司: two names)
        while p - 2 >= floor and f[p - 2 : p] in places:
            p -= 2  # 陕西杨凌: the province before the place
        return p
    return start


def _soft_stop(word: str) -> bool:
    """A frequent verb or time word that stops a name walk but is no function word or predicate."""
    if len(word) < 2 or word in STOP_WORDS or word in PREDICATES or \
            word in LEAD_TRIM or not _NAME_CHARS.match(word) or _DIGIT.search(word):
        return False
    return _pos(word).startswith(("v", "t")) and _freq(word) >= 1000


def _trim_lead(doc: Doc, start: int, end: int) -> int:
    """Drop leading words that are not part of a name (国有独资, 首批, 该 …)."""
    f = doc.folded
    while start < end:
        m = _LEAD_TRIM_RE.match(f, start, end)
        if m is None:
            return start
        w = m.group()
        if end - start <= len(w) + 1:
            return start
        if any(f[start : start + n] in _places() for n in (2, 3) if len(w) < n):
            return start  # 新乡市…, 新余…: the word opens a place name
        if w in ("新", "原", "现", "全") and not starts_with_place(f[start + len(w) : end]):
            m2 = _LEAD_TRIM_LONG.match(f, start, end)  # 新能源小镇 keeps 新; 原山西X公司 drops 原
            if m2 is None or end - start <= len(m2.group()) + 1:
                return start
            w = m2.group()
        start += len(w)
    return start


_LEVEL_STEM = re.compile(r"(?:国家|省|市|自治区|省部|部)(?:级(?:重点|企业)?|重点)")


def _stem_is_generic(doc: Doc, stem_start: int, stem_end: int) -> bool:
    stem = doc.folded[stem_start:stem_end]
    if not stem:
        return True
    if stem in GENERIC or _LEVEL_STEM.fullmatch(stem):
        return True  # 自治区级重点实验室: a title
    # tokens of the stem all generic?
    i = stem_start
    while i < stem_end:
        te = min(doc.token_span(i)[1], stem_end)
        w = doc.folded[i:te]
        if w not in GENERIC and not (len(w) == 1 and w in "和与及的之"):
            return False
        i = te
    return True


def _after_deng(doc: Doc, start: int) -> bool:
    """A noun right after 等 (等企事业单位, 等首批…园区) names a category, not an entity."""
    before = doc.folded[max(0, start - 6) : start]
    return bool(_AFTER_DENG.search(before))


_ORDINAL_END = re.compile(r"(?<=[\u4e00-\u9fff])第[一二三四五六七八九十百零〇0-9]{1,4}$")
_ZONE_THEN_VERB = re.compile(
    r"(?:高新区|经开区|开发区|新区|园区)(?:获批|获评|荣获|获得|获|被|入选|成为|升级|晋升|跻身|"
    r"创建|申报|申建|争创|列入|纳入|建成|打造|是)")
_TITLE_LEAD = re.compile(r"^(?:国家级|国家|全国|省级|市级)")
_REGION_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,3}(?:自由贸易港|自贸港)")
_ZONE_INSIDE = re.compile(r"(?:开发区|高新区|经开区|示范区|新区|园区)")


def suffix_candidates(doc: Doc) -> list[Span]:
    """Names ending with an organisation or zone suffix, grown leftwards to a stopper."""
    f = doc.folded
    info = _suffix_info()
    out: list[Span] = []
    done_end = -1
    for s, e, suf in _suffix_matches(f):
        if e == done_end:
            continue  # a longer suffix at this end already made a name
        if s == 0 or not (_HAN_CHAR.match(f, s - 1) or f[s - 1] in ")）·"):
            continue  # nothing before the suffix can make a name (，开发区 …)
        # the suffix must end a token (大学 in 大学生 does not end a name)
        if e < len(f) and not doc.is_boundary(e):
            continue
        typ, needs_place = info[suf]
        sent = doc.sentences[doc.sentence_of(s)]
        grow_from = s
        om = _ORDINAL_END.search(f, max(0, s - 6), s) if typ != ET.ZONE else None
        if om is not None:
            grow_from = om.start()  # 中国XX集团公司第十一研究所, 中铁X局集团第三工程有限公司
        elif typ == ET.RESEARCH_INSTITUTE and f[s - 2 : s] in ("联合", "协同"):
            grow_from = s - 2  # 联合实验室, 协同创新中心: part of the name
        elif typ in (ET.ASSOCIATION, ET.CONSORTIUM) and f[s - 4 : s] == "协同创新":
            grow_from = s - 4  # 产业协同创新联盟: 协同 is part of the name
        elif suf in ("有限责任公司", "有限公司", "股份有限公司") and f[s - 2 : s] == "联合":
            grow_from = s - 2  # 钢铁联合有限责任公司: a legal name's own word
        start = left_extend(doc, grow_from, sent[0])
        if typ == ET.ZONE and start == s:
            start = _park_item_start(doc, s, e, sent[0])
        legal = bool(LEGAL_FORM.search(suf)) or typ == ET.RESEARCH_INSTITUTE or \
            f[s - 1 : s] == "分"  # 一汽解放西安分公司
        if typ not in (ET.ZONE, ET.GOVERNMENT) and start > sent[0]:
            prev = f[doc.token_span(start - 1)[0] : start]
            if not _hard_stop(prev) or (legal and _soft_stop(prev)):
                start = place_anchor(doc, start, sent[0], legal=legal)
        dm = _DISCIPLINE_END.search(f, max(sent[0], start - 6), start - 1) \
            if f[start - 1 : start] == "与" else None
        if typ in (ET.RESEARCH_INSTITUTE, ET.UNIVERSITY) and dm is not None:
            # 中国科学院苏州纳米技术与纳米仿生研究所: 与 joins two disciplines in the name (a
            # verb-like one too: 资源保护与利用)
            joined = left_extend(doc, start - 1, sent[0])
            if joined == start - 1:
                joined = left_extend(doc, dm.start(), sent[0])
            if joined < start - 1:
                start = place_anchor(doc, joined, sent[0]) if joined > sent[0] else joined
        if typ in (ET.ASSOCIATION, ET.CONSORTIUM) and f[start - 1 : start] in ("及", "与", "和") \
                and not any(f[start : start + n] in _places() for n in (2, 3, 4)) \
                and not _starts_with_zone(f[start:e]):
            # 吉林市碳纤维及复合材料产业联盟, 赣州稀土新材料及应用市域产教联合体: 及 joins the
            # group's two fields when the part before it opens with the group's place
            joined = left_extend(doc, start - 1, sent[0])
            if joined < start - 2 and (any(f[joined : joined + n] in _places() for n in (2, 3, 4))
                                       or _starts_with_zone(f[joined : start - 1])):
                start = joined
        if legal and start > sent[0]:
            bare = len(LEGAL_FORM.sub("", f[start:e])) < 2  # 顺丰集团 cut to 丰集团
            start = _clause_place_start(doc, start, sent[0], bare)
            j = start
            while j > sent[0] and start - j < 6 and re.match(r"[0-9A-Za-z]", f[j - 1]):
                j -= 1
            if j < start and (j == sent[0] or f[j - 1] in "、,;:。和与及"):
                start = j  # 361度(中国)有限公司, 3M中国有限公司
            start = _place_across_stop(doc, start, sent[0])
        inner = [m.end() for m in _INNER_LEAD.finditer(f, start, s)]
        if inner:
            start = inner[-1]  # 与西北工业大学合作建设西安智能装备研究院: after the verb
        start = _trim_lead(doc, start, s)
        if typ == ET.ZONE and start > 0 and f[start] == "区" and f[start - 1] in "我本全该":
            start += 1  # 落地我区瑞丰工业园区 (jieba's 区瑞)
        start = _inner_name_start(doc, start, s, e, typ)
        if start >= s:
            continue
        if typ == ET.ZONE:
            pm = _REGION_PREFIX.match(f, start, s)
            if pm is not None and starts_with_place(f[pm.end() : e]) and e - pm.end() >= 4:
                start = pm.end()  # 海南自由贸易港海口江东新区: the zone opens at its own place
        name = f[start:e]
        if _after_deng(doc, start):
            continue
        if _stem_is_generic(doc, start, s):
            continue
        if s - start < 2 and not ((typ == ET.GOVERNMENT or needs_place) and typ != ET.ZONE
                                  and PLACE_LEVEL.match(name)):
            continue
        if _in_title(doc, start):
            continue
        if suf in ("集团", "公司") and _ANAPHOR_STEM.fullmatch(f, start, s):
            continue  # 由该集团首期投资: the group named before
        if suf == "公司" and re.search(r"(平台|基金|开发建设|运营|国有)公司$", name) and not \
                starts_with_place(name):
            continue
        if typ == ET.GOVERNMENT or needs_place:
            if not (starts_with_place(name) or _starts_with_zone(name) or
                    (typ == ET.GOVERNMENT and _BOARD_OF_ZONE.search(name) is not None) or
                    (typ != ET.ZONE and _opens_with_zone_stem(doc, name)) or
                    (typ == ET.ZONE and _named_after_zone(doc, name)) or
                    (typ == ET.ASSOCIATION and _named_alliance(doc, name, s - start))):
                continue
            if typ == ET.ZONE and PLACE_LEVEL.match(name):
                continue
            if f[start - 1 : start] in ("全", "我", "各", "本", "该", "外", "两"):
                continue
        if suf == "自由贸易港" and any(f[e : e + n] in _places() for n in (2, 3, 4)):
            continue  # 海南自由贸易港海口江东新区: the region before the zone's own name
        if typ == ET.ZONE and _COMPANY_IN_ZONE.search(f, start, s):
            continue  # 把上游的慈溪精铝压铸有限公司带进新区: a company, then the zone's noun
        if typ == ET.ZONE and f[e : e + 2] == "项目" and not _ZONE_INSIDE.search(f, start, s):
            continue  # 建设高端数控机床产业园项目: a project's name, not a park
        if typ == ET.ZONE and (_ZONE_THEN_VERB.search(f, start, s) or (
                _TITLE_LEAD.match(name) and not starts_with_place(_TITLE_LEAD.sub("", name)))):
            continue  # 烟台高新区获批…示范区: a zone and its title; 国家绿色工业园区: a title
        if suf in ("片区", "新城") and _ZONE_INSIDE.search(name) and \
                not re.search(r"(?:试验区|自贸区)[^区]{2,6}$", f[start:s]):
            continue  # 示范区太原唐槽片区, 经开区龙山片区: a part of the zone named before
        if suf == "集团" and (f[max(0, s - 2) : s] == "职教" or f[max(0, s - 4) : s] == "职业教育"):
            continue
        if suf == "学院" and len(name) < 4:
            continue
        if typ == ET.UNIVERSITY and name not in lexicon.university_names() and \
                not starts_with_place(name) and not (
                    suf == "大学" and 4 <= s - start <= 6 and _UNIVERSITY_KIND.search(f, start, s)
                    and not re.search(r"[与和及]", f[start:s])):
            continue  # (西江科技大学, 长安工业大学: a name, then the kind of university)
        if suf == "科技" and (len(name) < 5 or not _AFTER_BRAND.match(f[e : e + 1])):
            continue
        if suf == "控股" and (len(name) < 4 or re.search(r"公司|集团|国有|绝对|相对", name) or
                             not _AFTER_HOLDING.match(f, e)):
            continue  # 鹏鼎控股总投资… ; not 由A公司控股
        gm = _GENERIC_COMPANY.search(name)
        if gm is not None and not (gm.group(1) == "分" and gm.start() >= 4 and
                                   _BRANCH_PLACE.search(name, 0, gm.start())):
            continue  # 子公司, 平台公司 …; not 上汽乘用车郑州分公司 (a branch in a place)
        if suf == "局" and re.search(r"(布|格|开|大|结|全|当|时|终|赌|邮)局$", name):
            continue
        typ2 = typ
        if typ == ET.UNIVERSITY and re.search(r"(党校|研究院|科学院)", name):
            typ2 = ET.RESEARCH_INSTITUTE
        done_end = e
        out.append(Span(start, e, str(typ2), doc.text[start:e], "suffix", 0.85))
    # 研究院上海中心 / 研究院长治分院: a research body's branch
    for m in re.finditer(r"(研究院|研究所)([\u4e00-\u9fff]{2,4}?)(中心|分院|分所)", f):
        base = [sp for sp in out if sp.end == m.start() + len(m.group(1))]
        if base:
            b = base[-1]
            out.append(Span(b.start, m.end(), ET.RESEARCH_INSTITUTE.value,
                            doc.text[b.start : m.end()], "suffix", 0.8))
    return out


_UNIVERSITY_KIND = re.compile(
    r"(?:工业|科技|理工|师范|农业|医科|医学|财经|交通|石油|电子|工程|农林|林业|中医药|外国语|政法|"
    r"航空航天|海洋|矿业|建筑|邮电|电力)$")
_DISCIPLINE_END = re.compile(
    r"(?:技术|科学|工程|材料|信息|能源|环境|资源|化学|物理|生物|医学|机械|电子|纳米|经济|管理|"
    r"基因|细胞|智能|装备|制造|数据|集成|控制|系统|安全|设计|工艺|检测|保护|开发|防治|育种)$")
_TITLE_VERB = re.compile(r"获批|获评|荣获|入选|被评为|被认定为|认定为|升级为|晋升为")
_COMPANY_IN_ZONE = re.compile(r"有限公司|有限责任公司|股份公司")
_LEGAL_INSIDE = re.compile(r"(?:有限公司|股份公司|公司|集团)(?:到|在|于|的)")
_ZONE_INSIDE_NAME = re.compile(
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|新区)")
_ZONE_LEAD = re.compile(r"所属|下属|下辖|以?商引商")
_SCHOOL_INSIDE = re.compile(r"大学|学院")
_ANAPHOR_STEM = re.compile(r"(?:由|经|与|和|对|将|把)?(?:该|本|其|这|此|这家|该家|上述|这个)")
_ROLE_WORD = re.compile(r"供应商|配套商|生产商|制造商|服务商|经销商|承建商|"
                        r"(?:配套|龙头|链主|骨干|重点|领军|头部|上下游)企业")
_KIND_WORD = re.compile(r"企业")
_BUILD_VERB = frozenset("共 组 筹 创 援 兴 合 新 在 拟 将 来".split())  # noqa: SIM905


def _inner_name_start(doc: Doc, start: int, s: int, e: int, typ: str) -> int:
    """Where a name opens when its walk ran over another name or a clause's words.

    X有限公司到经开区 → 经开区 (a zone after a company); 泗阳经济开发区江苏X有限公司 → 江苏X…
    (a company named after the zone it lies in); 所属南川工业园区, 以商引商清河经开区: the
    words before the zone's own;
    共建宁东…研究院 (jieba's 建宁): 建 belongs to the verb; X获批Y中心: no name (``s`` returned)."""
    f = doc.folded
    if _TITLE_VERB.search(f, start, s):
        return s  # 内蒙古X创新中心获批省级制造业创新中心: the title, not a name
    if f[start : start + 1] == "建" and f[start - 1 : start] in _BUILD_VERB:
        start += 1
    if typ == ET.ZONE:
        # 宜昌高新区白洋工业园, 滨海高新区海洋科技园: a zone, then a park of its own name in it
        # (a short zone form: after an official full name, writers keep the park's name whole)
        # (长春新区北湖科技开发区: a new area, then a sub-area of a place word and 科技开发区)
        zends = [m.end() for m in re.finditer(r"高新区|经开区|(?<=[\u4e00-\u9fff]{2})新区",
                                              f[start:s])]
        zends = [start + z for z in zends]
        if zends and (f[s:e].startswith(("工业园", "科技园", "智造园")) or
                      (f[s:e] == "开发区" and f[s - 2 : s] == "科技")) and \
                2 <= s - zends[-1] <= 4 and doc.is_boundary(zends[-1]) and \
                f[zends[-1] : s] not in lexicon.industry_terms() and \
                not _stem_is_generic(doc, zends[-1], s):
            return zends[-1]
        legal = [m.end() for m in _LEGAL_INSIDE.finditer(f, start, s)]
        if legal:
            start = legal[-1]
        schools = [m.end() for m in _SCHOOL_INSIDE.finditer(f, start, s)]
        if schools and s - schools[-1] >= 2 and not f[s:e].endswith("园"):
            # 吉林大学长春新区光电子产业研究院: the zone after the university (not
            # 西南科技大学绵阳科技园, a university's own park)
            start = schools[-1]
        lead = _ZONE_LEAD.match(f, start, s)
        if lead is not None and s - lead.end() >= 2:
            start = lead.end()
    elif typ in (ET.ENTERPRISE, ET.RESEARCH_INSTITUTE):
        roles = [m.end() for m in _ROLE_WORD.finditer(f, start, s)]
        if roles and s - roles[-1] >= 2:
            start = roles[-1]  # 铝边框配套商江苏X金属制品有限公司: the name after its role
        kinds = [m.end() for m in _KIND_WORD.finditer(f, start, s)]
        if kinds and s - kinds[-1] >= 4 and starts_with_place(f[kinds[-1] : s]):
            start = kinds[-1]  # 电解液企业四川X化学科技有限公司: the name after its trade
        zends = [m.end() for m in _ZONE_INSIDE_NAME.finditer(f, start, s)]
        if zends and s - zends[-1] >= 4 and starts_with_place(f[zends[-1] : s]):
            return zends[-1]
    return start
_AFTER_BRAND = re.compile(r"[将拟已正在与和、,。;等]")
_AFTER_HOLDING = re.compile(r"[将拟已正在与和、,。;等]|总投资|投资|旗下|的")


def _in_title(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies inside a book/document title 《…》."""
    f = doc.folded
    op = f.rfind("《", max(0, pos - 60), pos)
    return op >= 0 and f.find("》", op, pos) < 0


# 临港新片区管委会, 杨凌农业高新技术产业示范区管委会: the board of a zone named before it
_BOARD_OF_ZONE = re.compile(
    r"^[\u4e00-\u9fff]{2,}(?:片区|示范区|新区|园区|开发区|高新区|经开区|实验区|试验区|合作区|基地|港)"
    r"(?:管委会|管理委员会|管理局)$")
_ZONE_STEM_TAIL = re.compile(
    r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|新区|产业园区|工业园区|"
    r"园区|片区)$")


def _opens_with_zone_stem(doc: Doc, name: str) -> bool:
    """松山湖高端医疗器械产业联盟 in a text naming 东莞松山湖高新区: a name opening with the own
    word of a zone the document names (its place and zone word removed) opens like a place."""
    if not doc.zone_words:
        return False
    stems = doc.zone_stems
    if stems is None:
        stems = set()
        for word in doc.zone_words:
            stem = _ZONE_STEM_TAIL.sub("", strip_place(word))
            if len(stem) >= 2 and stem not in GENERIC:
                stems.add(stem)
        doc.zone_stems = stems
    return any(name.startswith(st) and len(name) > len(st) + 3 for st in stems)


_ALLIANCE_STEM = re.compile(
    r"(?:产业|行业|产业技术|技术|产业技术创新|技术创新|产业创新|创新|产教融合)(?:战略)?$")
_ZONE_WORDS = ("高新区", "经开区", "开发区", "新区", "园区", "示范区", "高新技术产业开发区",
               "经济技术开发区", "经济开发区")


def _named_alliance(doc: Doc, name: str, stem_len: int) -> bool:
    """松山湖高端医疗器械产业联盟, 光谷集成电路产业技术创新联盟: an alliance named after its
    industry (…产业 / 产业技术创新 …联盟, with a word before that is not generic), or opening
    with the word that names a zone of the document (松山湖 of 东莞松山湖高新区)."""
    f = doc.folded
    for k in (4, 3, 2):
        w = name[:k]
        if len(name) > k + 4 and any(f.find(w + z) >= 0 for z in _ZONE_WORDS) and \
                w not in GENERIC:
            return True
    stem = name[:stem_len]
    m = _ALLIANCE_STEM.search(stem)
    return m is not None and m.start() >= 2 and stem[: m.start()] not in GENERIC and \
        not stem.startswith(("国家", "全国", "省级", "市级"))


_CN_DIGITS = frozenset("一二三四五六七八九十")
_PARK_ENDS = ("园", "区", "城", "谷", "基地")


def _park_item_start(doc: Doc, s: int, e: int, floor: int) -> int:
    """Where a park name opens when the word before its suffix stopped the walk.

    下辖A产业园、希望工业园区、B新区: an item of a list of parks (a 、 before it, the item
    before it a park, a 、 / 等 / 三个 after it) is a name whole; 文山三七产业园区: a numeral word
    between a place and the suffix belongs to the name."""
    f = doc.folded
    ws = max(doc.token_span(s - 1)[0], floor)
    w = f[ws:s]
    if len(w) == 2 and all(c in _CN_DIGITS for c in w) and ws > floor:
        ps = max(doc.token_span(ws - 1)[0], floor)
        if f[ps:ws] in _places() and (ps == floor or not _HAN_CHAR.match(f, ps - 1) or
                                      _hard_stop(f[doc.token_span(ps - 1)[0] : ps])):
            return ps
    if 2 <= s - ws <= 3 and ws - 1 > floor and f[ws - 1] == "、" and \
            f[ws - 4 : ws - 1].endswith(_PARK_ENDS) and \
            re.match(r"(?:、|等|[两二三四五六七八九十]个)", f[e : e + 2]) and \
            all(_HAN_CHAR.match(f, k) for k in range(ws, s)):
        return ws
    return s


def _named_after_zone(doc: Doc, name: str) -> bool:
    """宁东煤化工园区 under 宁东能源化工基地: a park opening with the first word of a zone the
    reference lists found in the document."""
    return len(name) >= 6 and any(w != name and w.startswith(name[:2]) and len(w) >= 5
                                  for w in doc.zone_words)


def _starts_with_zone(name: str) -> bool:
    return bool(re.match(r"^[\u4e00-\u9fff]{2,10}(高新区|经开区|开发区|园区|新区).", name))


def gazetteer_candidates(doc: Doc) -> list[Span]:
    """Zone aliases and universities from the reference lists, as whole tokens."""
    f = doc.folded
    out: list[Span] = []
    for s, e, word, typ in _gazetteer_hits(f):
        if not doc.is_boundary(s) and f[s - 1 : s] not in ("省", "市"):
            continue
        if typ == ET.GOVERNMENT and (not doc.is_boundary(s) or not doc.is_boundary(e)):
            continue  # 商务部门, 省科技部门: a word, not the ministry
        out.append(Span(s, e, typ, doc.text[s:e], "gazetteer", 0.95))
        if typ == ET.ZONE:
            doc.zone_words.add(word)
    return out


_RANK = {"suffix": 0, "gazetteer": 1, "bracket": 1, "context": 2, "subpark": 2, "zonepark": 2,
         "recall": 3,
         "short": 4,
         "industry": 5}


def select(spans: list[Span]) -> list[Span]:
    """Keep the longest spans; a contained span is kept only as nested (for PART_OF/GOVERNS)."""
    rank = _RANK
    best: dict[tuple[int, int], Span] = {}
    for sp in spans:
        sp.nested_in = -1
        key = (sp.start, sp.end)
        cur = best.get(key)
        if cur is None or rank.get(sp.source, 5) < rank.get(cur.source, 5):
            best[key] = sp
    spans = sorted(best.values(), key=lambda sp: (-(sp.end - sp.start), sp.start))
    chosen: list[Span] = []
    # Longest first: a span is kept when every kept span it overlaps is one top-level span that
    # contains it (then it is nested in that one) or when it overlaps none (top level).
    size = max((sp.end for sp in spans), default=0)
    top_of = [-1] * size  # index (in chosen) of the top-level span covering each character
    nested_at = bytearray(size)  # characters covered by a kept nested span
    for sp in spans:
        s, e = sp.start, sp.end
        n = e - s
        if n <= 0 or nested_at.find(1, s, e) >= 0:
            continue  # (an empty span overlaps nothing and is dropped)
        seg = top_of[s:e]
        free = seg.count(-1)
        if free == n:  # overlaps no kept span: top level
            chosen.append(sp)
            top_of[s:e] = [len(chosen) - 1] * n
        elif free == 0 and seg.count(seg[0]) == n:  # inside one top-level span
            sp.nested_in = seg[0]
            chosen.append(sp)
            nested_at[s:e] = b"\x01" * n
    # re-index nested_in after sorting by position
    order = sorted(range(len(chosen)), key=lambda k: (chosen[k].start, -chosen[k].end))
    new_index = {old: new for new, old in enumerate(order)}
    result = [chosen[k] for k in order]
    for sp in result:
        if sp.nested_in >= 0:
            sp.nested_in = new_index[sp.nested_in]
    return result


# ------------------------------------------------------------------------------------------------
# Short enterprise names from context (no suffix): 引进X、Y、Z等企业; 依托X强链; X上下游关联企业
# ------------------------------------------------------------------------------------------------

_ITEM = r"(?:(?![等的])[\u4e00-\u9fffA-Za-z·()（）]){2,20}?"
_LIST = rf"{_ITEM}(?:、{_ITEM})*?"
_NUMS = "0-9一二三四五六七八九十两数"
# a list's items where a brand may hold figures (361度, 3M): the figures inside an item, never
# a count alone
_ITEM_D = r"(?:(?![等的])[\u4e00-\u9fffA-Za-z0-9·()（）]){2,20}?"
_LIST_D = rf"{_ITEM_D}(?:、{_ITEM_D})*?"
_CLAUSE_START = r"(?:^|(?<=[,;。:\n]))"
# an item of the list a supplier serves (为A、B提供…): no verb of the clause inside
_SUPPLIED = r"(?:(?!提供|配套|供货|[等的和])[\u4e00-\u9fffA-Za-z·]){2,12}?"
_CLAUSE_BREAK = re.compile(r"[,;。:\n]")

_INVESTOR = re.compile(
    rf"{_CLAUSE_START}(?:今年|目前|近日|日前|此外|同时|其中|近年来|去年)?"
    rf"(?P<list>{_ITEM})(?:将|已|拟|计划|还|也|再|追加|总)?(?:投资|斥资|增资|投入)"
    r"(?:(?:约|近|超|逾|达)?[0-9一二三四五六七八九十百千]|建设的|兴建的)")
_PRODUCER = re.compile(rf"{_CLAUSE_START}(?P<list>{_ITEM})(?:投资建设的?|新建的?|建设的?)?年产"
                       r"[0-9一二三四五六七八九十百千]")
_AS_LEADER = re.compile(rf"作为[^,。;]{{0,24}}?(?:链主|龙头)(?:企业)?,(?P<list>{_ITEM})"
                        r"(?=(?:近年来|近年|去年|今年|目前|近三年|多年来)?"
                        r"(?:带动|牵头|引领|将|已|在|投资|持续|不断|积极|充分|主动|先后|发挥|产值|"
                        r"营收|实现))")
_SUPPLIER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![游的等和与及把其、])(?:供应商|服务商|配套商)"
    r"(?P<list>(?:(?![等的])[\u4e00-\u9fffA-Za-z]){2,10}?)"
    r"(?=[,、。;等在将已也的]|年产|投资|近年来|去年|今年|先后)")
# one-character verbs and prepositions that open a predicate after a bare 链主/龙头
_PREDICATE_OPENERS = frozenset("来去以带在向到从把被为对跟随让给和与及并又也再就")
_LEADER_NAMED = re.compile(
    rf"(?:链主企业|龙头企业|链主|(?<![等的])龙头)(?P<list>{_LIST})"
    r"(?=[,。;和与及等在为将已的]|持续|加快|不断|积极|正|投资|带动|引领|年产|"
    r"近年来|去年|今年|先后|主动|率先)")
# 潍柴动力的供应商 ; 成为比亚迪的核心供应商 (only name words before 的: not 边框都来自园区内的…)
_OF_SUPPLIER = re.compile(rf"(?P<list>{_ITEM})的[^,。;的]{{0,6}}?(?:供应商|配套商|配套企业)")
# a name of one of these ends at a time word, an adverb, a preposition or a place after it
_TAIL_CUT = frozenset({_INVESTOR.pattern, _PRODUCER.pattern, _AS_LEADER.pattern})

# (pattern, whether the first item may carry words on its left that need trimming)
CONTEXT_PATTERNS: tuple[tuple[re.Pattern[str], bool], ...] = (
    # 引进中车株洲所、首航高科等企业 ; 依托明阳、易事特等企业建链 ; 拥有大众、蔚来3家整车企业
    # 带动超聚变数字技术有限公司、合晶科技等企业 ; 引进雄韬氢雄、中科富海等项目
    (re.compile(rf"(?:引进|引入|引育|吸引|招引|拥有|依托|包括|如|集聚|汇聚|聚集|培育|带动|落地|入驻|"
                rf"落户|孵化|吸纳|先后把|相继把|联合|携手)了?(?P<list>{_LIST_D})"
                rf"(?:等(?:[{_NUMS}]+(?:多|余)?[家户个]|一批|多家)?|[{_NUMS}]+[家户])"
                r"[\u4e00-\u9fff]{0,8}?"
                r"(?P<noun>企业|公司|龙头|世界500强|500强|供应商|配套商|厂商|品牌|项目|单位|数据中心)"),
     False),
    # 长安汽车是两江新区汽车产业的龙头企业
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})(?:是|均为|都是|均是|已成为|成为|作为)"
                r"[^,。;]{0,16}?(?:龙头|链主)"), True),
    # 龙腾光电、维信诺等面板企业与… (a list that opens a clause and is called 企业)
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})等[^,。;、]{{0,8}}?"
                r"(?:企业|公司|运营商|厂商|制造商|服务商|车企|药企|巨头|(?:供应商|配套商)"
                r"(?=[,。;、]|落户|入驻|落地|进驻|相继|先后|陆续|已|均|在|签约|$))"), True),
    # 成功引入特变电工上下游关联企业南洋电缆、京宇电气、远洋线缆
    (re.compile(rf"(?:引进|引入)[^,。;]{{0,12}}?(?:上下游|上游|下游)?关联企业(?P<list>{_LIST})"
                r"(?=[,。;]|$)"), False),
    # 引入特变电工上下游关联企业
    (re.compile(rf"(?:引进|引入)(?P<list>{_ITEM})(?:上下游|上游|下游)关联企业"), False),
    # 依托特变电工强链 ; 依托蓝山屯河加快…
    (re.compile(rf"依托(?P<list>{_ITEM})(?:强链|建链|延链|补链|加快|发展|打造|做强|带动)"), False),
    # 依托大庆油田和大庆石化的原料优势: the companies whose resources a zone builds on
    (re.compile(rf"依托(?P<list>{_LIST})的(?:原料|资源|技术|产能|龙头|带动|研发)"), False),
    # 引进的X投资…: a company a leader brought in, then what it invests
    # 引进的比亚迪配套企业: the customer of the company brought in
    (re.compile(rf"(?:引进|引入|引荐|推荐|带来)的(?P<list>{_ITEM})"
                r"(?=(?:将|已|也|还|计划)?(?:投资|斥资|年产|建设|新建|落户)|"
                r"(?:核心|一级|重要)?(?:配套企业|配套商|供应商))"), False),
    # 产品供应给下游的A和B: the customers a company supplies
    (re.compile(rf"(?:供应给|供货给|配套给|销往|卖给)(?:下游|上游)?的?(?P<list>{_LIST})"
                r"(?=[,。;”\"]|$)"), False),
    # 以江淮汽车、TCL家用电器为龙头 ; 以富尔特电子为骨干
    (re.compile(rf"以(?P<list>{_LIST})为(?:龙头|链主|骨干|代表)"), False),
    # 天能、超威两大全国电池行业龙头
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})(?:[{_NUMS}]+大|等)[\u4e00-\u9fff]{{0,10}}?"
                r"(?:龙头|链主|巨头|车企|药企)"), True),
    # 包括A、B在内的12家企业
    (re.compile(rf"包括(?P<list>{_LIST})在内的[^,。;]{{0,10}}?"
                r"(?:企业|公司|龙头|厂商|巨头)"), False),
    # 签约企业有A、B、C等 ; 龙头企业包括A、B
    (re.compile(rf"(?:企业|公司|龙头|厂商|巨头)(?:有|包括|包含|主要有|分别为|分别是)"
                rf"(?P<list>{_LIST})(?=等|[,。;]|$)"), False),
    # 宁德时代投资120亿元建设… ; 今年，E将投资… (a clause opening with its investor)
    (_INVESTOR, False),
    # 由A、B共同投资建设的… ; 由蜂巢能源投资建设
    (re.compile(rf"由(?P<list>{_LIST})(?:共同|联合|全资|独资)?(?:投资|投建|出资)"), False),
    # 赣锋锂业年产5万吨锂盐项目 (a project named after its company)
    (_PRODUCER, False),
    # 作为链主企业，潍柴动力带动…
    (_AS_LEADER, False),
    # 欣旺达、亿纬锂能等项目已建成投产
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})等(?P<noun>项目)[^,。;]{{0,6}}?"
                r"(?:落户|入驻|开工|签约|投产|落地|完工|竣工|建成|达产)"), True),
    # 链主企业X ; 龙头企业X ; 电力装备龙头X的… ; 发电设备龙头X年产…
    (_LEADER_NAMED, False),
    # 依托中国一汽, ; 依托中国石化和…: a national group a zone builds on
    (re.compile(r"依托(?P<list>中国(?!制造|智造|经济|市场|特色|方案|标准|品牌|式|梦|优势)"
                r"[\u4e00-\u9fff]{2,4}?)(?=[,、和及与的]|(?:等|为)(?:龙头|链主))"),
     False),
    # 围绕一汽的配套需求精准招商: the company whose supply needs a zone serves
    (re.compile(rf"围绕(?:区内)?(?P<list>{_LIST})的(?:配套|采购|供应链|上下游)需求"), False),
    # 宁德时代及其配套企业 ; 由华为牵头…组建: a company with its suppliers, a group's leader
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_ITEM})及其(?:配套|上下游|关联|合作)"), True),
    (re.compile(rf"由(?P<list>{_LIST})(?:牵头|发起|主导)"), False),
    # 隔膜供应商X也在园区… ; 冷链服务商X等 (a sector word before the role; only name words)
    (_SUPPLIER, False),
    # 作为A、B等工程机械主机厂的核心供应商 ; 为A、B等整车厂配套: the customers of a supplier
    (re.compile(rf"(?:作为|成为|为|向|给)(?P<list>{_LIST})等[^,。;、的]{{0,8}}?"
                r"(?:主机厂|整车厂|车企|企业|厂商|客户|龙头)(?:的[^,。;的]{0,8}?(?:供应商|配套商|"
                r"配套企业|合作伙伴)|提供|配套|供货|供应)"), False),
    # 作为京东方的主要配套供应商 ; 作为中车株机的一级供应商
    (re.compile(rf"作为(?P<list>{_ITEM})的[^,。;的]{{0,6}}?(?:供应商|客户|合作伙伴)"), False),
    # 潍柴动力的供应商 ; 成为比亚迪的核心供应商
    (_OF_SUPPLIER, True),
    # 恒立液压是三一重工的核心液压件供应商
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_ITEM})(?:也|已|已经)?(?:是|成为)[^,。;]{{2,12}}?的"
                r"[^,。;的]{0,6}?(?:供应商|配套商|配套企业)"), True),
    # 为四川时代配套 ; 为中车株机提供核心零部件
    # 主要为A、B提供绝缘件和包装材料: the customers, a list as well
    (re.compile(rf"为(?P<list>{_SUPPLIED}(?:、{_SUPPLIED})*?)(?:配套|供货|提供[^,。;]{{0,6}}?"
                r"(?:配套|零部件|部件|原材料|材料|组件|模组|芯片|设备|[件品]))"), False),
    # 湘潭经开区与比亚迪签约 ; 新区与A、B分别签署: parties signing with a zone or a body
    (re.compile(rf"(?:(?<=[区园会局府委])(?:还|也|已|正式)?|(?<=[,;])并)[与同](?P<list>{_LIST})"
                r"(?:分别|共同)?(?:正式|成功|现场)?(?:签约|签署|签订)"), False),
    # 阿里、腾讯等12个数据中心已落地: the investors of a list of projects that settled
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})等[{_NUMS}]+个[^,。;]{{0,12}}?"
                r"(?P<noun>项目|数据中心|工厂|基地)[^,。;]{0,4}?"
                r"(?:落地|落户|入驻|开工|投产)"), True),
    # 引进了A、B等徐工机械配套企业: the customer the suppliers serve
    (re.compile(rf"等(?P<list>{_ITEM})的?(?:配套企业|配套商|配套厂商|供应商|一级供应商|核心供应商)"),
     False),
    # 阿特斯、苏大维格等一批…项目先后落户
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})等(?:一批|多家|[{_NUMS}]+[家个户])"
                r"[^,。;]{0,16}?(?:项目|企业)[^,。;]{0,6}?(?:落户|入驻|开工|签约|投产)"), True),
    # 区内A、B入选省级绿色工厂 ; 开发区内的A、B等企业 ; 区内企业X实现营收…: the zone's companies
    (re.compile(rf"(?:区内|园内|园区内)的?(?:企业|重点企业|骨干企业)?(?P<list>{_LIST})"
                r"(?=(?:分别|均|先后|成功|相继)?(?:入选|获评|获批|被评为|荣获|被认定为)|"
                r"等[^,。;]{0,6}(?:企业|公司)|实现|年产|投资|积极|加快)"), False),
    # 比亚迪在航空港区投资建设… ; A、B、C在航空港区布局…: a clause opening with names that invest
    (re.compile(rf"{_CLAUSE_START}(?P<list>{_LIST})(?:将|已|拟|计划|也|还|正式|已经)?在"
                r"[^,。;]{2,14}?(?:区|园|基地)内?(?:投资|建设|建成|新建|扩建|布局|设立)"), True),
    # 已吸引了英特尔、戴尔等数10家…世界500强
    (re.compile(rf"(?:吸引了?|集聚了?|汇聚了?)(?P<list>{_LIST})等[{_NUMS}]*家"), False),
)

# contexts of the enterprise–zone–industry web (nlp/placement.py)
CONTEXT_PATTERNS += PLACEMENT_CONTEXTS
_TAIL_CUT = _TAIL_CUT | PLACEMENT_TAIL_CUT

# 中南大学以及时代电气 ; 江南大学和华润微电子: a conjunction after an organisation's head noun
_ITEM_CONJ = re.compile(
    r"以及|(?:(?<=大学)|(?<=学院)|(?<=公司)|(?<=集团)|(?<=中心)|(?<=研究院)|(?<=实验室))[和及]")
_GENERIC_ITEM = re.compile(
    r"(企业|项目|产品|原材料|组件|配套|材料及|设备及|等|国内|国外|知名|相关|领域|产业|行业|基地|园区|"
    r"世界|全球|全国|一批|多家|高校|院所|机构|单位|部门|政府|开发区|小镇|客户|用户|厂商|主机厂|整车厂|"
    r"部件|技工|焊工|人才|工人|员工|岗位|学员)$"
    r"|^(相关|各类|一批|国内外|知名|园区|区内|本地|当地|省内|市内|全省|全市|我省|我市|上游|下游|其|龙头|链主|"
    r"如今|现已|现在|目前|如今已|双方|三方|多方|各方|最|更|很|"
    r"该|本|这|那|各|总部|我区|全区|我县|全县|社会|政府|财政|企业|项目|首期|[一二三四五六七八九十]期|"
    r"累计|合计|共计|总计|全年|当年|计划|协议|预计|实际|新增|公司|集团|一[句个些批种次项]|"
    r"[两二三四五六七八九十几数多]家)"
)
# a role word inside a list's item: the name follows it (声学光电链主X, 冷链服务商Y)
_ROLE_IN_ITEM = re.compile(r"链主(?:企业)?|龙头(?:企业)?|供应商|服务商|配套商|合作伙伴")
# adverbs, time words and verbs between a list and its predicate (A、B分别作为… ; 该公司去年在…)
_TAIL_ADVERB = re.compile(
    r"(?:分别|先后|相继|共同|同时|正在|已经|均已|也已|今年|去年|目前|近日|均|都|也|还|"
    r"引荐|推荐|介绍)$")
# a project list's items that name products or industries (光伏组件, 储能电池), not investors
_PRODUCT_ITEM = re.compile(
    r"(项目|生产线|基地|工程|中心|组件|电池|材料|设备|装备|芯片|零部件|产品)$")


# (以下简称“锐能动力”): the short names a text declares
_DECLARED_SHORT = re.compile(r"简称[:：]?[“\"‘']([\u4e00-\u9fffA-Za-z]{2,8})[”\"’']")
_CHAIN_KIND = re.compile(r"等[^,。;、]{0,6}?(?:上下游|上游|下游|配套|零部件)(?:企业|厂商|供应商)")
_SEGMENT_END = re.compile(r"(?:[驱控膜框盒池机件材线芯器片板壳泵阀胎]|管理)$")


def _segment_word(name: str) -> bool:
    """电驱, 热管理, 胶膜, 接线盒: a short part of a chain (a plain noun, a product, or a part's
    ending), not a brand (博世, 延锋, 采埃孚)."""
    if len(name) > 3 or name.endswith(_SECTOR_ENDS):
        return False
    pos = _pos(name)
    return name in lexicon.product_terms() or pos in ("n", "vn") or \
        (pos == "" and _SEGMENT_END.search(name) is not None)


def context_enterprises(doc: Doc, taken: list[tuple[int, int]],
                        companies: list[tuple[int, int]] | None = None) -> list[Span]:
    """Enterprise names without a suffix, recognised from the context that introduces them."""
    f = doc.folded
    terms = lexicon.industry_terms()
    places = lexicon.place_names()
    out: list[Span] = []
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(f)]
    company_set = set(companies or [])
    short_names = sorted({m.group(1) for m in _DECLARED_SHORT.finditer(f)}, key=len, reverse=True)
    for pat, loose in CONTEXT_PATTERNS:
        if not may_match(pat, f):
            continue  # a literal the pattern needs is nowhere in the text
        if pat.pattern.startswith(_CLAUSE_START):  # anchored: try the clause starts only
            matches = match_at(pat, f, starts)
        else:
            matches = list(pat.finditer(f))
        for m in matches:
            ls = m.start("list")
            is_project = "noun" in pat.groupindex and \
                m.group("noun") in ("项目", "数据中心", "工厂", "基地")
            bad_project_list = False
            words = 0  # items that are words (industries, kinds), not names
            # 华为、腾讯、苹果等12个数据中心: a data centre has an owner, so a word that also
            # names a product (苹果) stands for the company here
            owned = (is_project and m.group("noun") == "数据中心") or \
                "数据中心" in f[m.end() : m.end() + 16]
            found: list[Span] = []
            ce = _CLAUSE_BREAK.search(f, m.end("list"))
            project_list = not is_project and \
                f.find("项目", m.end("list"), ce.start() if ce else len(f)) >= 0
            # 吸引电驱、电控、热管理等上下游企业: the chain's segments, not names
            chain_kind = _CHAIN_KIND.match(f, m.end("list")) is not None
            items = [y for part in m.group("list").split("、")
                     for x in _ITEM_CONJ.split(part) if x
                     for y in _split_conj(doc, x, ls, m.end("list"))]
            for n_item, item in enumerate(items):
                k = f.find(item, ls, m.end("list"))
                if k < 0:
                    continue
                ls = k + len(item)
                s, e = k, k + len(item)
                # a list's first item may carry a verb or adverb on its left: trim to a stopper
                if not doc.is_boundary(s) and (loose or n_item or s != m.start("list")):
                    continue  # (入驻华为云 is cut 入/驻华/为云: the trigger's end is a boundary)
                # 其中10家为Y的供应商: a counted classifier opens no name, Y may follow it
                counted = f[s] in _CLASSIFIERS and bool(_NUMERAL.match(f[s - 1 : s]))
                if n_item == 0 and (loose or counted or e - s > 12):
                    s = _trim_item(doc, s, e)  # 依托X有限公司引进了博世、…: the list starts at 博世
                if counted and f[s] in _CLASSIFIERS:
                    continue
                lead_w = f[s : doc.token_span(s)[1]]
                if n_item and len(lead_w) > 1 and e - s - len(lead_w) >= 2 and \
                        (lead_w in STOP_WORDS or lead_w in PREDICATES) and \
                        f[s + len(lead_w) : e] not in terms:
                    s += len(lead_w)  # A、带动B等企业: the verb opens no name
                if pat.pattern in _TAIL_CUT:
                    e = _cut_tail(doc, s, e, place=True)  # 东方希望集团在准东年产…
                ta = _TAIL_ADVERB.search(f, s, e)
                if ta is not None and ta.start() - s >= 2:
                    e = ta.start()
                roles = [r.end() for r in _ROLE_IN_ITEM.finditer(f, s, e - 2)]
                if roles:
                    s = roles[-1]  # 动力装备链主潍岳动力, 调味料供应商川味坊食品: after the role
                if is_project:
                    e = _site_end(doc, s, e)  # 宁德时代宜宾基地七期 → 宁德时代
                    e = _project_item_brand(doc, s, e)  # 鼎盛化工技改
                elif project_list:
                    e = _project_item_brand(doc, s, e)  # 区内A二期、B智能装备产业化…等项目
                short = next((x for x in short_names if f.startswith(x, s) and e - s - len(x) >= 2),
                             None)
                if short is not None:
                    e = s + len(short)  # 作为锐能动力电机壳体的供应商: the company declared short
                name = f[s:e]
                if _DIGIT.search(name) and ((len(name) > 3 and re.match(r"\d+[A-Za-z]", name))
                                            or re.fullmatch(r"[0-9.]+[年月日号]?", name)):
                    continue  # 5G通信: a technology; 2024年: a date
                if pat is _OF_SUPPLIER and any(_brand_stop(f[x : doc.token_span(x)[1]]) or
                                               _pos(f[x : doc.token_span(x)[1]]).startswith("d")
                                               for x in _token_starts(doc, s, e)):
                    continue  # 边框都来自园区内的配套企业: a predicate, not a name
                if pat is _SUPPLIER and any(_hard_stop(f[x : doc.token_span(x)[1]]) or
                                            _soft_stop(f[x : doc.token_span(x)[1]]) or
                                            _pos(f[x : doc.token_span(x)[1]]).startswith("v")
                                            for x in _token_starts(doc, s, e)):
                    continue  # 供应商请过来, 供应商基本都跟过来了: a predicate, not a name
                if name in terms or name in GENERIC or \
                        (2 <= len(name) <= 4 and _common_word(name)) or \
                        (chain_kind and _segment_word(name)):
                    words += 1
                if not (2 <= len(name) <= 12) or name in terms or name in places:
                    continue
                if name in GENERIC or _GENERIC_ITEM.search(name) or name.isdigit() or \
                        (name in lexicon.product_terms() and not owned) or \
                        name.endswith(_ZONE_TAILS):
                    bad_project_list = True
                    continue
                if is_project and (_PRODUCT_ITEM.search(name) or
                                   (_product_like(name, terms) and not owned)):
                    bad_project_list = True
                    continue
                first = f[s : doc.token_span(s)[1]]
                multi_stop = len(first) > 1 and (first in STOP_WORDS or first in PREDICATES)
                # 以上汽通用为龙头, 联合国盾量子等: the trigger's last character and the name's
                # first made one token; the rest of it is no stop word
                straddle = s == m.start("list") and doc.token_span(s)[0] < s
                if n_item == 0 and not loose and not straddle and (multi_stop or (
                        _hard_stop(first) and not _pos(first).startswith("n")
                        and not _name_opening_adverb(doc, first, s, e)
                        and not (len(items) > 1 and _opens_after_intro(doc, s, e)))):
                    continue  # 为提升本地配套率, 龙头企业扎根…: a verb, not a name
                if pat is _LEADER_NAMED and m.group(0).startswith(("链主", "龙头")) and \
                        not m.group(0).startswith(("链主企业", "龙头企业")) and \
                        first in _PREDICATE_OPENERS:
                    continue  # 跟着链主来遂宁, 以链主带配套、以配套引集群: a predicate
                if len(items) == 1 and _common_word(name):
                    continue  # 龙头企业云集: a word, not a name
                if _ends_in_verb(doc, s, e):
                    continue  # 龙头企业满负荷生产: a predicate, not a name
                if is_project and _common_word(name) and not owned:
                    bad_project_list = True
                    continue  # 引进电缆、变压器配套…等项目: products (a data centre has an owner)
                if any(a <= s and e <= b for a, b in taken) or \
                        any(s <= a and b <= e and (a, b) not in company_set for a, b in taken):
                    continue  # inside a name, or running over a name of another kind
                found.append(Span(s, e, ET.ENTERPRISE.value, doc.text[s:e], "context", 0.7))
            if words >= 2 and 2 * words >= len(items):
                continue  # 集聚芯片设计、制造、装备、材料等上下游企业: the chain's segments
            if not (is_project and bad_project_list):  # a list mixing products names none
                out.extend(found)
    out.extend(project_brands(doc, taken + [(sp.start, sp.end) for sp in out]))
    out.extend(sited_brands(doc, taken + [(sp.start, sp.end) for sp in out]))
    known = (companies or []) + [(sp.start, sp.end) for sp in out]
    out.extend(described_companies(doc, known))
    known = (companies or []) + [(sp.start, sp.end) for sp in out]
    out.extend(_listed_with_known(doc, known, starts))
    out.extend(_partner_of_known(doc, taken, starts))
    return out


_TIME_WORDS = frozenset(
    "今年 去年 明年 目前 近日 日前 近年来 近年 当前 年内 上半年 下半年 近期 前期 随后 此前".split())  # noqa: SIM905


def _cut_tail(doc: Doc, s: int, e: int, place: bool = False) -> int:
    """美锦氢源今年又 → 美锦氢源: a name ends before a time word or an adverb after it (and,
    with ``place``, before a place that closes it: 隆基绿能银川年产… → 隆基绿能)."""
    f = doc.folded
    i = doc.token_span(s)[1]
    while i < e:
        te = min(doc.token_span(i)[1], e)
        w = f[i:te]
        if w in STOP_WORDS or w in _TIME_WORDS or not _NAME_CHARS.match(w) or \
                (len(w) == 1 and _pos(w).startswith(("d", "p", "c", "u"))) or \
                (place and te == e and len(w) >= 2 and w in _places()):
            return i
        i = te
    return e


def _split_conj(doc: Doc, item: str, lo: int, hi: int) -> list[str]:
    """宁德时代和国轩高科 → 宁德时代, 国轩高科: a list's item joined by 和 / 及 when the
    conjunction is a word of its own with a name of two characters or more on each side."""
    if len(item) < 5 or not ("和" in item or "及" in item):
        return [item]
    k = doc.folded.find(item, lo, hi)
    if k < 0:
        return [item]
    for j in range(2, len(item) - 2):
        if item[j] in "和及" and doc.is_boundary(k + j) and doc.is_boundary(k + j + 1) and \
                not _SHORT_LEGAL.search(item):  # not 众和股份有限公司, 众和化塑股份公司
            return [item[:j], item[j + 1 :]]
    return [item]


_PARTNER_HEAD = re.compile(rf"(?P<a>{_ITEM})(?:还|也|已|将)?(?:与|同)(?=[\u4e00-\u9fffA-Za-z])")
_PARTNER_VERB = re.compile(
    r"[^,。;]{0,4}?(?:签约|签署|签订|共建|合作|携手|联合|共同|达成|共创|共育)")
_GENERIC_PARTY = re.compile(
    r"(?:园区|经开区|高新区|开发区|新区|管委会|[\u4e00-\u9fff]{1,3}(?:镇|街道))(?=签约|签署|签订)")
_NOT_PARTNER = re.compile(
    r"(?:园区|区内|开发区|高新区|经开区|新区|学校|学院|大学|政府|管委会|我市|我省|"
    r"我区|本市|该市|全市|双方|三方|企业|公司|集团|平台|基地|中心|项目|联盟|联合体|协会|商会|"
    r"研究院|共同体)$")


def _partner_of_known(doc: Doc, taken: list[tuple[int, int]], starts: list[int]) -> list[Span]:
    """陕鼓动力与西安交通大学共建…: a clause opening with a short name that signs, builds or
    works with an organisation already recognised is a company."""
    f = doc.folded
    begins = {a: b for a, b in taken}
    out: list[Span] = []
    for p in starts:
        m = _PARTNER_HEAD.match(f, p)
        if m is None:
            continue
        b = begins.get(m.end())
        if b is None:  # 鑫岳重工与园区签约…: a clause's short name signing with the zone
            gm = _GENERIC_PARTY.match(f, m.end())
            b = gm.end() if gm is not None else None
        if b is None or _PARTNER_VERB.match(f, b) is None:
            continue
        s, e = m.span("a")
        s = _trim_item(doc, s, e)
        e = _cut_tail(doc, s, e)
        name = f[s:e]
        if any(a <= s < bb for a, bb in taken) or not doc.is_boundary(s) or \
                not doc.is_boundary(e) or not (2 <= len(name) <= 8):
            continue
        if name in lexicon.industry_terms() or name in _places() or name in GENERIC or \
                _GENERIC_ITEM.search(name) or _NOT_PARTNER.search(name) or \
                _common_word(name) or (starts_with_place(name) and len(strip_place(name)) < 2) or \
                not _NAME_CHARS.match(name) or name.endswith(_ZONE_TAILS):
            continue
        first = f[s : doc.token_span(s)[1]]
        if _hard_stop(first) and not _name_opening_adverb(doc, first, s, e):
            continue
        out.append(Span(s, e, ET.ENTERPRISE.value, doc.text[s:e], "context", 0.6))
    return out


def _name_opening_adverb(doc: Doc, first: str, s: int, e: int) -> bool:
    """正泰电器, 永辉超市: one adverb-like character opening a name, when a name word (no verb,
    no function word) follows it; not 正加快…, 已建成…."""
    if len(first) != 1 or not _pos(first).startswith("d") or e - s < 3:
        return False
    nxt = doc.folded[s + 1 : doc.token_span(s + 1)[1]]
    return not _hard_stop(nxt) and not _soft_stop(nxt) and nxt not in STOP_WORDS and \
        (_pos(nxt) == "" or _pos(nxt).startswith("n"))


def _ends_in_verb(doc: Doc, s: int, e: int) -> bool:
    """满负荷生产, 引领作用: an item ending in a frequent verbal noun or a predicate word
    (a brand that is a verb, 联想 or 南大通用, stays)."""
    f = doc.folded
    ts = doc.token_span(e - 1)[0]
    w = f[max(ts, s) : e]
    if len(w) < 2 or w in NAME_OK or w in _BRAND_HEAD:
        return False
    return w in _PREDICATE_NOUNS or (ts > s and _pos(w) == "vn" and _freq(w) >= 1000)


_PREDICATE_NOUNS = frozenset("作用 效应 优势 地位 带动 引领 示范 运行 投产 满产 达产".split())  # noqa: SIM905


def _product_like(name: str, terms: dict[str, str]) -> bool:
    """储能电池, 高效光伏: an industry word qualified by a term or a common word (a product);
    蜂巢能源 (a rare word before 能源) is a brand."""
    if name in terms or name in lexicon.product_terms():
        return True
    for t in terms:
        if name.endswith(t) and len(name) > len(t):
            head = name[: -len(t)]
            if head in terms or head in lexicon.product_terms() or len(head) == 1 or \
                    _common_word(head):
                return True
    return False


def _listed_with_known(doc: Doc, taken: list[tuple[int, int]], starts: list[int]) -> list[Span]:
    """A、B等 where one item is a company named already: the other items are companies too.

    宁德时代的供应商厦门厦钨新能源材料股份有限公司、杉杉股份等 → 杉杉股份.
    """
    f = doc.folded
    known = {(a, b) for a, b in taken}
    ends = {b: a for a, b in taken}
    out: list[Span] = []
    for m in _LIST_END.finditer(f):
        seps = [m.start(1)] + [i for i in range(m.start(1), m.start(2)) if f[i] == "、"]
        cs = starts[bisect_right(starts, m.start()) - 1]
        bounds = [cs, *sorted({*seps, m.start(2)})]
        spans = []
        for k in range(len(bounds) - 1):
            a = bounds[k] + (0 if k == 0 else 1)
            spans.append((a, bounds[k + 1]))
        if not any(sp in known or ends.get(sp[1]) is not None for sp in spans):
            continue
        ce = _CLAUSE_BREAK.search(f, m.end())
        projects = f.find("项目", m.start(2), ce.start() if ce else len(f)) >= 0
        for k, (a, b) in enumerate(spans):
            if (a, b) in known or b in ends:
                continue
            if projects:
                b = _project_item_brand(doc, a, b)  # 区内A二期、B…等项目: the company A
                if (a, b) in known:
                    continue
            if k == 0:
                a = _trim_item(doc, a, b)
            elif any(_hard_stop(f[x : doc.token_span(x)[1]]) for x in _token_starts(doc, a, b)):
                break  # 就业创业、实习实训等内容: not a list of names
            name = f[a:b]
            if not (2 <= len(name) <= 12) or not _NAME_CHARS.match(name) or \
                    name in lexicon.industry_terms() or name in GENERIC or \
                    _GENERIC_ITEM.search(name) or _common_word(name) or \
                    not doc.is_boundary(a):
                continue
            out.append(Span(a, b, ET.ENTERPRISE.value, doc.text[a:b], "context", 0.65))
    return out


def _token_starts(doc: Doc, a: int, b: int) -> list[int]:
    out = []
    while a < b:
        out.append(a)
        a = doc.token_span(a)[1]
    return out


# A、B等 ; A、B签订… ; A、B 2家…: the end of a list of names
_LIST_END = re.compile(r"(、)[^,。;:、]{1,24}(?:、[^,。;:、]{1,24})*?"
                       r"(等|(?<=[\u4e00-\u9fffA-Za-z])(?<!分别)(?<!共同)(?<![双三四各]方)"
                       r"(?=(?:[双三四各]方)?(?:分别|共同)?(?:签订|签约|签署)|[0-9]家|"
                       r"[两二三四五六七八九十]家))")


def _trim_item(doc: Doc, s: int, e: int) -> int:
    """Start of a list's first item after the last word that cannot be inside a name."""
    f = doc.folded
    i = s
    start = s
    while i < e:
        te = min(doc.token_span(i)[1], e)
        w = f[i:te]
        if te < e and (_hard_stop(w) or _pos(w).startswith("d") or w in "和与及或并") and \
                not (i > start and w in NAME_OK and not _pos(w).startswith("v")) and \
                not (i > s and _name_opening_adverb(doc, w, i, e)) and \
                not _opens_after_intro(doc, i, e):  # 引育了正威国际
            if len(w) == 1 and i - start == 1 and _CJK.match(f[start]) and \
                not (start > 0 and f[start - 1].isdigit()):
                pass  # 天和磁材, 中和…: one character before 和 opens a name, it joins nothing
            else:
                start = te
        i = te
    vm = None
    for found in _INTRO_VERB.finditer(f, s, e):
        vm = found
    if vm is not None and e - vm.end() >= 2 and (vm.end() >= start or e - start < 2):
        start = vm.end()  # 已入驻华为云 (cut 入/驻华/为云): the name follows the verb
    return start if e - start >= 2 else s


_INTRO_VERB = re.compile(r"(?:入驻|落户|引进|引入|集聚|聚集|汇聚|吸引|引荐|推荐|带动)了?")
_INTRO_BEFORE = re.compile(r"(?:入驻|落户|引进|引入|集聚|聚集|汇聚|吸引|引荐|推荐|带动)了?$")
_FUNCTION_CHARS = frozenset("的了地着在于到至向从对为把被和与及并也又还已均都再将就才正共等")


def _opens_after_intro(doc: Doc, s: int, e: int) -> bool:
    """引进顺驰供应链、…: a one-character preposition right after the introducing verb opens
    the name (the tokenizer's 顺/驰), unless it is a word that joins or places (落户在…)."""
    f = doc.folded
    if e - s < 4 or doc.token_span(s)[1] != s + 1 or f[s] in _FUNCTION_CHARS or \
            not _INTRO_BEFORE.search(f, max(0, s - 3), s):
        return False
    nxt = f[s + 1 : doc.token_span(s + 1)[1]]
    return not _hard_stop(nxt) and not _soft_stop(nxt) and nxt not in STOP_WORDS


def _common_word(name: str) -> bool:
    """A frequent dictionary word (电缆, 芯片): a product or a thing, not a brand."""
    return _freq(name) >= 300 and not _pos(name).startswith(("nz", "nt", "nr", "j"))


_BRACKET_ALIAS = re.compile(
    r"[(（](?:简称|以下简称|下称)?[“\"]?(?P<a>[\u4e00-\u9fff]{2,8})[”\"]?[)）]")
_NOT_ALIAS = re.compile(r"^(?:含|包括|下同|试行|筹|暂定|原|现|国家级|省级)|(?:片区|期)$")


def bracket_aliases(doc: Doc, spans: list[Span]) -> list[Span]:
    """北京经济技术开发区（北京亦庄） ; X高新区（中国医药城）: a zone's other name in brackets."""
    f = doc.folded
    out: list[Span] = []
    for sp in spans:
        if sp.type == ET.ENTERPRISE and sp.nested_in < 0:
            out.extend(_company_bracket_alias(doc, sp, spans))
        if sp.type != ET.ZONE or sp.nested_in >= 0:
            continue
        m = _BRACKET_ALIAS.match(f, sp.end)
        if m is None or _NOT_ALIAS.search(m.group("a")):
            continue
        a, b = m.span("a")
        if any(x.nested_in < 0 and x.start < b and a < x.end and x.type != ET.ZONE and
               not (x.source == "context" and (x.start, x.end) == (a, b)) for x in spans):
            continue  # (a short name the context took for a company is the zone's name here)
        out.append(Span(a, b, ET.ZONE.value, m.group("a"), "bracket", 0.7, sp.key))
    return out


_COMPANY_ALIAS = re.compile(
    r"[(（](?P<said>以下简称|简称|下称)?[“\"]?(?P<a>[\u4e00-\u9fffA-Za-z]{2,8})[”\"]?[)）]")


def _company_bracket_alias(doc: Doc, sp: Span, spans: list[Span]) -> list[Span]:
    """上海汽车集团股份有限公司（上汽集团）, X有限公司(以下简称“X”): the company's short name in
    brackets after its full name (without 简称, the short name's characters follow in order in
    the full name)."""
    from chainkg.nlp.resolve import _subsequence

    f = doc.folded
    m = _COMPANY_ALIAS.match(f, sp.end)
    if m is None or not LEGAL_FORM.search(sp.name):
        return []
    a, b = m.span("a")
    alias = m.group("a")
    core = LEGAL_FORM.sub("", sp.name)
    if m.group("said") is None and not (alias[0] in core and _subsequence(alias, sp.name)):
        return []
    if alias in GENERIC or alias in _places() or alias in ("下同", "筹"):
        return []
    for x in spans:
        if x.nested_in < 0 and x.start < b and a < x.end:
            if (x.start, x.end) == (a, b) and x.type == ET.ENTERPRISE:
                x.source, x.canonical = "bracket", sp.name  # 上汽集团 found by its suffix
                return []
            if x.source != "context":
                return []
    return [Span(a, b, ET.ENTERPRISE.value, doc.text[a:b], "bracket", 0.7, sp.name)]


_MERGED_INST = re.compile(r"[(（](?P<b>[\u4e00-\u9fff]{3,12}?(?:科学院|研究院|大学))[)）]")


def merged_institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    """齐鲁工业大学(山东省科学院): a university merged with an academy is named with both."""
    f = doc.folded
    out: list[Span] = []
    for sp in spans:
        if sp.type != ET.UNIVERSITY or sp.nested_in >= 0:
            continue
        m = _MERGED_INST.match(f, sp.end)
        if m is not None:
            name = doc.text[sp.start : m.end()]
            out.append(Span(sp.start, m.end(), sp.type, name, "suffix", sp.conf))
    return out


def recall_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Find every further occurrence of the names recognised so far (one automaton per doc)."""
    names = {sp.name: sp for sp in spans if sp.nested_in < 0 and sp.type != ET.INDUSTRY and
             len(sp.name) >= 2}
    if not names:
        return []
    auto = ahocorasick.Automaton()
    for name in names:
        auto.add_word(doc.folded[names[name].start : names[name].end], name)
    auto.make_automaton()
    out: list[Span] = []
    for end_idx, name in auto.iter(doc.folded):
        e = end_idx + 1
        s = e - len(name)
        # inside a longer word: only accept when the name ends a token too
        if not doc.is_boundary(s) and doc.folded[s - 1 : s] not in ("、", "和", "与", "及") \
                and not doc.is_boundary(e):
            continue
        proto = names[name]
        if proto.source == "bracket":  # 北京亦庄 again: still the zone it named in brackets
            out.append(Span(s, e, proto.type, doc.text[s:e], "bracket", proto.conf * 0.95,
                            proto.canonical))
            continue
        out.append(Span(s, e, proto.type, doc.text[s:e], "recall", proto.conf * 0.95))
    return out


# ------------------------------------------------------------------------------------------------
# Short forms of the document's enterprise names: 晶科能源 ← 晶科能源股份有限公司,
# 惠科光电 ← 滁州惠科光电科技有限公司 (place dropped), 四川时代 ← 四川时代新能源科技有限公司
# ------------------------------------------------------------------------------------------------

LEGAL_FORM = re.compile(
    r"(集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团)$")
_BRACKET = re.compile(r"[(（][^)）]*[)）]")
# legal forms a short form drops (a bare 公司 too: 中国石化巴陵石化公司 → 巴陵石化; not 分公司)
_SHORT_LEGAL = re.compile(
    r"(集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团|"
    r"(?<!分)公司)$")


@lru_cache(maxsize=1 << 16)  # a pure function of the name (the place list)
def strip_place(name: str) -> str:
    """The name without the place(s) that open it (深圳市欣旺达电子 → 欣旺达电子)."""
    places = _places()
    for _ in range(3):
        for n in (5, 4, 3, 2):
            head = name[:n]
            if len(name) - n < 2:
                continue
            if head in places or head == "中国" or \
                    (head[-1] in "省市县区州" and head[:-1] in places):
                name = name[n:]
                break
        else:
            break
    return name


def _place_strips(name: str) -> list[str]:
    """宁夏宝丰能源 → [宝丰能源, 能源]: the name after each opening place, one at a time."""
    places = _places()
    out = []
    for _ in range(3):
        n = next((k for k in (4, 3, 2) if name[:k] in places and len(name) - k >= 2), 0)
        if not n:
            break
        name = name[n:]
        out.append(name)
    return out


@lru_cache(maxsize=1 << 16)  # a pure function of the form (reference lists, POS tags)
def _valid_short(form: str) -> bool:
    if len(form) < 2 or form in GENERIC or form in lexicon.industry_terms():
        return False
    if form in _places() or strip_place(form + "xx") == "xx":
        return False  # a place alone (四川, 深圳市)
    if len(form) == 2:  # two characters: a brand (晶科, 弗迪), not a common word
        return _freq(form) < 2000 and not _pos(form).startswith(
            ("v", "a", "d", "p", "c", "u", "m", "q", "r", "t", "f"))
    return True


def short_forms(doc: Doc, spans: list[Span]) -> list[Span]:
    """Occurrences of the short forms of enterprise names the document gives in full.

    A short form is a prefix of the name without its legal form (有限公司, 集团 …), with or
    without its opening place. Forms two names share are dropped; an occurrence must be whole
    tokens, the longest form at its start, outside the names found so far. The span's
    ``canonical`` is the full name.
    """
    forms: dict[str, str] = {}
    shared: set[str] = set()
    zone_forms: dict[str, str] = {}
    zone_shared: set[str] = set()
    full_of = _fuller_names(doc, spans)
    for sp in spans:
        if sp.type == ET.ZONE and sp.name.endswith(_ZONE_TAILS):
            for form in zone_short_forms(sp.name):
                if zone_forms.get(form, sp.name) != sp.name:
                    zone_shared.add(form)
                zone_forms[form] = sp.name
        if sp.nested_in >= 0 or sp.type != ET.ENTERPRISE or not _SHORT_LEGAL.search(sp.name):
            continue
        core = _BRACKET.sub("", _SHORT_LEGAL.sub("", doc.folded[sp.start : sp.end]))
        full = full_of.get(sp.name, sp.name)  # 闽源食品集团 → 福建闽源食品集团有限公司
        bases = {core, strip_place(core), *_place_strips(core)}
        if "集团" in core[2:-2]:  # 东方电气集团东方汽轮机 → 东方汽轮机 (the subsidiary)
            bases.add(core[core.index("集团", 2) + 2 :])
        if core.startswith("中国") and len(core) >= 8:  # 中国石化巴陵石化 → 巴陵石化
            bases.add(core[4:])
        for base in bases:
            for end in range(2, len(base) + 1):
                form = base[:end]
                if not _valid_short(form) or form.endswith(("集团", "公司")):
                    continue  # 东方电气集团 is the parent, not a short form
                if forms.get(form, full) != full:
                    shared.add(form)
                forms[form] = full
            # 重庆理想智造汽车有限公司 → 理想汽车: the brand with the sector word of the name
            for head in _BRAND_HEAD:
                k = base.find(head, 3)
                if k < 0 or starts_with_place(base[:2]):
                    continue
                for end in (2, 3):
                    if end < k:
                        form = base[:end] + head
                        if forms.get(form, full) != full:
                            shared.add(form)
                        forms[form] = full
    for form in shared:
        del forms[form]
    for form in zone_shared:
        del zone_forms[form]
    if not forms and not zone_forms:
        return []
    taken = bytearray(len(doc.folded))
    from_context: dict[tuple[int, int], Span] = {}
    for sp in spans:
        if sp.nested_in < 0 and sp.source in ("context", "recall") and not sp.canonical and \
                sp.type == ET.ENTERPRISE:
            from_context[(sp.start, sp.end)] = sp  # 仕佳光子 found by its role: still a form
        elif sp.nested_in < 0:
            taken[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
    auto = ahocorasick.Automaton()
    for form, full in forms.items():
        auto.add_word(form, (len(form), full))
    for form, full in zone_forms.items():
        if form not in forms:
            auto.add_word(form, (len(form), "\x00" + full))  # a zone's form
    auto.make_automaton()
    longest: dict[int, tuple[int, str]] = {}
    for end_idx, (n, full) in auto.iter(doc.folded):
        e = end_idx + 1
        st = e - n
        if st not in longest or longest[st][0] < e:
            longest[st] = (e, full)
    out: list[Span] = []
    for st, (e, full) in sorted(longest.items()):
        if any(taken[st:e]) or not doc.is_boundary(st) or not doc.is_boundary(e):
            continue
        if doc.folded[e : e + 1] in ("(", "（"):
            continue  # 出光电子材料(中国)制造基地: a longer name goes on
        if full.startswith("\x00"):
            out.append(Span(st, e, ET.ZONE.value, doc.text[st:e], "short", 0.75, full[1:]))
        else:
            e = _abbreviation_end(doc, st, e, full)
            e = _in_order_end(doc, st, e, full)
            e = _brand_word_end(doc, e)
            ctx = from_context.get((st, e))
            if ctx is not None:
                ctx.canonical = full
                ctx.source = "short"  # resolve keeps the full name it was found from
                continue
            if any(a < e and st < b for a, b in from_context):
                continue
            out.append(Span(st, e, ET.ENTERPRISE.value, doc.text[st:e], "short", 0.75, full))
    # 煤基烯烃: a two-character form that a product or industry word follows is a word's part
    terms = lexicon.industry_terms()
    out = [sp for sp in out if sp.end - sp.start > 2 or not _term_follows(doc, sp.end, terms)]
    # 麦香源 in the text: a two-character prefix of a three-character brand (麦香) is a word;
    # “中国钛谷”: a nickname, not the company (时锂 beside 时锂新能源 stays)
    longer = {sp.canonical for sp in out if sp.end - sp.start == 3}
    return [sp for sp in out if sp.end - sp.start > 2 or (
        sp.canonical not in longer and doc.folded[sp.start - 2 : sp.start] != "中国")]


def _term_follows(doc: Doc, e: int, terms: dict[str, str]) -> bool:
    """Whether an industry or product term (or a word of its first characters) follows ``e``."""
    f = doc.folded
    if e >= len(f) or not _CJK.match(f[e]):
        return False
    w = f[e : doc.token_span(e)[1]]
    return w not in _BRAND_HEAD and (w in terms or w in lexicon.product_terms() or
                                     any(f.startswith(t, e) for t in (f[e : e + 4], f[e : e + 3])
                                         if t in terms))


def _fuller_names(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """闽源食品集团 → 福建闽源食品集团有限公司: a company name of the text that is a short form of
    a longer one the text also gives (the forms of both then name the longer one)."""
    from chainkg.nlp.resolve import abbreviates

    names = {sp.name for sp in spans if sp.nested_in < 0 and sp.type == ET.ENTERPRISE and
             _SHORT_LEGAL.search(sp.name)}
    out: dict[str, str] = {}
    for n in names:
        cores = {strip_place(_BRACKET.sub("", _SHORT_LEGAL.sub("", n)))}
        fulls = [m for m in names if m != n and len(m) > len(n) and (
            abbreviates(n, m) or
            strip_place(_BRACKET.sub("", _SHORT_LEGAL.sub("", m))) in cores)]
        if len(fulls) == 1:
            out[n] = fulls[0]
    return out


def _in_order_end(doc: Doc, st: int, e: int, full: str) -> int:
    """长泰 + 座舱 → 长泰座舱 (吉林长泰智能座舱系统有限公司), 东驰 + 底盘: a short form goes on over
    the words after it whose characters follow, in order, in the rest of the full name."""
    f = doc.folded
    brand = f[st:e]
    k = full.find(brand)
    if k < 0:
        return e
    rest = LEGAL_FORM.sub("", full[k + len(brand) :])
    while e < len(f) and _CJK.match(f[e]) and e - st < 8:
        te = doc.token_span(e)[1]
        w = f[e:te]
        if te - st > 8 or len(w) < 2 or w in STOP_WORDS or _hard_stop(w):
            break
        it = iter(rest)
        if not all(c in it for c in w):
            break
        rest = rest[rest.find(w[-1]) + 1 :]
        e = te
    return e


# words reports put after a brand to name the company (小鹏汽车, 汾酒集团, 运达风电)
_BRAND_HEAD = frozenset(
    "汽车 科技 电子 股份 集团 动力 能源 医药 化工 电气 智能 新能源 风电 光电 材料 药业 酒业".split()  # noqa: SIM905
)


def _brand_word_end(doc: Doc, e: int) -> int:
    """小鹏 + 汽车 → 小鹏汽车: a short form goes on over a brand's sector word before a stop."""
    f = doc.folded
    if e >= len(f) or not _CJK.match(f[e]):
        return e
    te = doc.token_span(e)[1]
    if f[e:te] not in _BRAND_HEAD:
        return e
    if te >= len(f) or not _CJK.match(f[te]) or is_stop(f[te : doc.token_span(te)[1]]) or \
            f[e:te] in ("股份", "集团"):
        return te  # (鼎擎股份主动当起…: a legal word closes the short form whatever follows)
    return e


_AFTER_ABBR = re.compile(
    r"[^\u4e00-\u9fff]|$|配套|的|等|与|和|及|将|在|已|为|作为|公司|集团|总部|旗下|供应|项目|是|也|还")


def _abbreviation_end(doc: Doc, st: int, e: int, full: str) -> int:
    """中车株 + 机 → 中车株机 (for 中车株洲电力机车有限公司): one more character of the full name
    closes an abbreviation when a word that follows names can follow it."""
    f = doc.folded
    if e - st < 3 or e >= len(f) or not _CJK.match(f[e]) or not doc.is_boundary(e + 1):
        return e
    rest = full[full.find(doc.folded[st:e]) + (e - st) :] if doc.folded[st:e] in full else ""
    rest = LEGAL_FORM.sub("", rest)
    if len(rest) >= 2 and f[e] in rest[1:] and _AFTER_ABBR.match(f, e + 1):
        return e + 1
    return e


# official zone tails and the short tails reports write for them
_TAIL_SHORT = (("高新技术产业开发区", ("高新区",)), ("新技术产业开发区", ("高新区",)),
               ("高技术产业开发区", ("高新区",)), ("高新技术产业园区", ("高新区",)),
               ("新技术开发区", ("高新区",)), ("经济技术开发区", ("经开区", "开发区")),
               ("经济开发区", ("经开区", "开发区")))


@lru_cache(maxsize=4096)
def zone_short_forms(name: str) -> frozenset[str]:
    """Report forms of a zone's name: without its place (孝感临空经济区 → 临空经济区) and with a
    short tail (惠州大亚湾经济技术开发区 → 大亚湾开发区, 厦门火炬高技术产业开发区 → 火炬高新区)."""
    bases = {name}
    out: set[str] = set()
    rest = name
    for rest in [strip_place(name), *_place_strips(name)]:  # 大连长兴岛… → 长兴岛…, not 岛…
        if rest != name and len(rest) >= 4 and not rest.startswith(_ZONE_TAILS) and \
                not any(rest == t or (rest.endswith(t) and len(rest) - len(t) < 2)
                        for t, _ in _TAIL_SHORT):
            out.add(rest)
            bases.add(rest)
    rest = strip_place(name)
    for base in bases:
        for tail, shorts in _TAIL_SHORT:
            if base.endswith(tail) and len(base) - len(tail) >= 2:
                out.update(base[: -len(tail)] + short for short in shorts)
                break
    # 长春汽车经济技术开发区 → 汽开区: the first character of a stem that is no place, + 开区
    if rest != name and rest.endswith(("经济技术开发区", "经济开发区")):
        stem = rest[: -7] if rest.endswith("经济技术开发区") else rest[: -5]
        if len(stem) >= 2 and not starts_with_place(stem + "xx") and _CJK.match(stem):
            out.add(stem[0] + "开区")
            out.add(name[: len(name) - len(rest)] + stem[0] + "开区")  # 长春汽开区
    # 宁东能源化工基地 → 宁东基地, 杨凌农业高新技术产业示范区 → 杨凌示范区: the zone's first word
    # and its kind; 中国(上海)自由贸易试验区临港新片区 → 临港新片区: the area after the zone
    for tail in _KIND_TAILS:
        for base in {name, strip_place(name)}:  # 宁夏宁东能源化工基地 → 宁东基地
            if base.endswith(tail) and len(base) - len(tail) >= 4 and _CJK.match(base[:2]):
                out.add(base[:2] + tail)
    m = re.search(r"(?:试验区|自贸区)(?=[\u4e00-\u9fff]{4,})", name)
    if m is not None and name.endswith(("片区", "新区")):
        out.add(name[m.end() :])
    out.discard(name)
    return frozenset(out)


_KIND_TAILS = ("基地", "示范区", "实验区", "合作区")


_ZONE_TAILS = ("经济区", "新区", "开发区", "高新区", "经开区", "开区", "产业园", "工业园", "科技园",
               "园区", "小镇", "基地", "片区", "科技城", "生物城", "科创城", "智创城", "示范区",
               "实验区", "试验区", "新城")



# ------------------------------------------------------------------------------------------------
# A project named after its company: 区内X年产30万吨…项目, X 10GWh电池片项目, X二期项目建成投产
# ------------------------------------------------------------------------------------------------

# a project's end (…项目, …基地一期) before a comma, a list's separator or what became of it
_PROJECT_END = re.compile(
    r"(?:项目|生产基地|基地|工厂)(?:[一二三四五六七八九十]期)?"
    r"(?=[,;。、和及与]|(?:正式|顺利|全面|相继|先后|均已|已经|已|也)?"
    r"(?:建成|投产|开工|竣工|达产|投用|满产|签约|落地|开建|实现|完成|试产|封顶|中交|进入|启动|动工|"
    r"加快|加速)|"
    r"(?<=项目)建设)")
# where a project's name may open: a clause or list item, after 项目和, after 为加快 …
_PROJECT_OPEN = re.compile(r"[,;。:、\n]|项目和|项目及|为加快|为推进|为服务好|为保障|"
                           r"(?<=[0-9.])(?:亿|万)元的")
_PROJECT_LEAD = re.compile(
    r"区内|园内|园区内|其中|此外|同时|另外|(?:落户|入驻)[\u4e00-\u9fff]{0,6}?(?:园区|区|园|基地)的")
_PROJECT_BODY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.·]{3,32}")
_PROJECT_BREAK = re.compile(
    r"[0-9A-Za-z]|年产|年加工|年处理|[一二三四五六七八九十]期|扩建|扩能|扩产|新建|技改|改扩建|总部|"
    r"全球|新事业|智能化|高端|高性能|高纯|新型|项目|工厂|基地|中心")
# sector words that close a brand (鑫源化工, 华泓新材料, 恒锐环保 …) though they name industries
_SECTOR_WORDS = """
    新材料 环保 微电子 航空 乳业 锂业 锂电 磁材 铝业 瓷业 鞋业 纺织 化纤 重工 重装 机械 食品 生物
    制药 半导体 光伏 通航 永磁 节能 复材 钢铁 钢业 石化 装备 精密 光学 通信 物流 冷链 电池 硅业
    新能源 储能 氢能 农业 牧业 纸业 建材 陶瓷 家居 服饰 体育 新材 重机 精工 电器 电机 光能 矿业
    机电 液压
"""
_SECTOR_HEAD = _BRAND_HEAD | frozenset(_SECTOR_WORDS.split())
_SECTOR_ENDS = tuple(_SECTOR_HEAD)


def project_brands(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """Companies that name a project of a list: the words before the project's figures, phase or
    product (兴顺磷化 of 兴顺磷化年产30万吨磷酸铁项目, 恒锐环保 of 恒锐环保烟气治理装备项目).

    The name is a brand closed by a sector word (恒锐环保), or one the project's figures or
    phase follow (英发睿能10GWh…, 金蒙永磁二期…), or four characters or more of rare words; a
    project named by its product alone (鲜食玉米加工项目) names none."""
    f = doc.folded
    if "项目" not in f and "基地" not in f and "工厂" not in f:
        return []
    terms = lexicon.industry_terms()
    products = lexicon.product_terms()
    places = _places()
    out: list[Span] = []
    for m in _PROJECT_END.finditer(f):
        be = m.start()
        opens = [o.end() for o in _PROJECT_OPEN.finditer(f, max(0, be - 40), be)]
        s = opens[-1] if opens else (0 if be <= 40 else -1)
        lead = _PROJECT_LEAD.match(f, s, be) if s >= 0 else None
        if lead is not None:
            s = lead.end()
        if s < 0 or _PROJECT_BODY.fullmatch(f, s, be) is None:
            continue
        after_verb = f[max(0, s - 4) : s] in ("为加快", "为推进", "为服务好", "为保障") or \
            f[max(0, s - 3) : s] in ("为加快", "为推进", "为保障")
        if any(a < be and s < b for a, b in taken) or \
                not (doc.is_boundary(s) or after_verb):  # (jieba's 好运 of 服务好运达…)
            continue
        e = s
        sector = False
        lead_place = 0  # 江苏恒驰电机永磁电机产业化项目: a brand may open with its place
        while e < be:
            te = min(doc.token_span(e)[1], be)
            w = f[e:te]
            if e - s >= 2 + lead_place and w in _SECTOR_HEAD and \
                    te - s <= 6 + lead_place:  # (not 湿 + 电子)
                e, sector = te, True
                break
            if e == s and len(w) >= 2 and w in places and te < be:
                lead_place = te - s
                e = te
                continue
            if _PROJECT_BREAK.match(f, e, be) or w in terms or w in products or \
                    (len(w) >= 2 and w in places) or w in STOP_WORDS or w == "的" or \
                    (lead_place and e - s == lead_place and w in _SECTOR_HEAD):
                break  # (江苏永磁电机…项目: a place and the product, no brand)
            e = te
        if not sector:
            e, sector = _sector_in_token(doc, s, e, be)
        if e == s or e >= be:
            continue
        name = f[s:e]
        if f.endswith("元的", 0, s) and not (sector and _TOTAL_AMOUNT.search(f, max(0, s - 16), s)):
            continue  # A投资36亿元的尼龙66切片项目: A's; 总投资45亿元的海晟化工…项目: 海晟化工's
        strong = sector or _PROJECT_BREAK.match(f, e, be) is not None
        toks = _token_starts(doc, s, e)
        rare = len(name) >= 4 and all(_freq(f[x : doc.token_span(x)[1]]) < 100 for x in toks)
        first = f[s : doc.token_span(s)[1]]
        if not (strong or rare) or not (2 <= len(name) <= 8) or name in terms or \
                name in places or name in GENERIC or _GENERIC_ITEM.search(name) or \
                _common_word(name) or name.endswith(_ZONE_TAILS) or \
                (starts_with_place(name) and len(strip_place(name)) < 2) or \
                any(_brand_stop(f[x : doc.token_span(x)[1]]) for x in toks) or \
                _soft_stop(first) or \
                (len(first) > 1 and _pos(first).startswith(("v", "a", "d", "m"))) or \
                (not sector and _product_like(name, terms)):
            continue  # (兴/荣/磷化: single characters of an unknown brand may be tagged verbs)
        out.append(Span(s, e, ET.ENTERPRISE.value, doc.text[s:e], "context", 0.6))
    return out


_TOTAL_AMOUNT = re.compile(
    r"(?:^|[,;。:、\n])(?:计划|项目|规划)?总投资(?:约|近|超|逾|达)?[0-9.]+(?:亿|万)元的$")


# what a project's name adds to its company's: 智能装备产业化, 扩能改造, 技改
_PROJECT_WORK = re.compile(r"(?:产业化|扩能|扩产|技改|改造|扩建|升级|提升|示范)$")


def _project_item_brand(doc: Doc, s: int, e: int) -> int:
    """楚澜光电二期 → 楚澜光电, 恒远重工智能装备产业化 → 恒远重工, 华瑞智能装备产业化 → 华瑞: in a
    list of projects an item ends at its phase, after the sector word that closes its brand, or
    before the industry it scales up; ``s`` when it opens with an industry (氢能装备产业化)."""
    f = doc.folded
    terms = lexicon.industry_terms()
    pm = re.search(r"[一二三四五六七八九十]期", f[s + 2 : e])
    if pm is not None:
        e = s + 2 + pm.start()
        if e - s <= 6:
            return e
    elif _PROJECT_WORK.search(f, s, e) is None:
        return e
    k = doc.token_span(s)[1]
    while k < e and k - s <= 4:
        if k - s >= 2 and _brand_before_term(doc, s, k, terms):
            return k  # 华瑞智能装备产业化 → 华瑞: the words before the industry it scales up
        k = doc.token_span(k)[1]
    k = s
    while k < e:
        te = min(doc.token_span(k)[1], e)
        if k - s >= 2 and f[k:te] in _SECTOR_HEAD and te - s <= 6 and e - te >= 2:
            return te if f[s:k] not in terms else s
        k = te
    return s if any(f[s : s + n] in terms for n in range(6, 1, -1)) else e


def _brand_before_term(doc: Doc, s: int, k: int, terms: dict[str, str]) -> bool:
    """Whether f[s:k] is a brand-like head and an industry term opens at ``k``."""
    f = doc.folded
    head = f[s:k]
    if not _NAME_CHARS.match(head) or head in terms or head in GENERIC or _common_word(head) \
            or _pos(head).startswith(("v", "a", "d", "m")) or \
            (starts_with_place(head) and len(strip_place(head)) < 2):
        return False
    return any(f[k : k + n] in terms for n in range(6, 1, -1))


def _sector_in_token(doc: Doc, s: int, e: int, be: int) -> tuple[int, bool]:
    """晟阳光伏组件项目 (jieba's 晟/阳光/伏组件): a sector word that closes a brand of two or
    three characters across the tokens; (``e``, False) when there is none."""
    f = doc.folded
    for k in range(s + 4, min(s + 7, be - 1)):
        for n in (3, 2):
            if f[k - n : k] not in _SECTOR_HEAD or not 2 <= k - n - s <= 3:
                continue
            head = f[s : k - n]
            if not _NAME_CHARS.match(head) or _common_word(head) or \
                    _pos(head).startswith(("v", "a", "d", "m")) or \
                    any(c in STOP_WORDS or c in "的了和与及或并在是把被将年新" for c in head):
                continue
            return k, True
    return e, False


_DESC_GENERIC = re.compile(r"(?:平台|机构|组织|中心|服务商|供应商|企业|单位|团队|人才)$|^第三方")
_DESC_SPLIT = re.compile(r"、|[,，]?以及|[,，]还有")
_DESC_INTRO = re.compile(r"引进|引入|引荐|推荐|带动|带来|吸引|包括|落户|入驻|招引|配套")
_DESC_ARRIVE = re.compile(
    r"等[^,。;]{0,12}?(?:企业|公司|供应商|配套商|厂商|项目)(?:已|均|也)?(?:相继|先后|陆续|纷纷)?"
    r"(?:落户|入驻|落地|签约|投产)")
_DESC_ETC = re.compile(
    r"等(?:[0-9一二三四五六七八九十两几]+(?:多|余)?[家个户]|一批|多家)?[\u4e00-\u9fff]{0,8}?"
    r"(?:企业|公司|供应商|配套商|厂商|项目)")


def described_companies(doc: Doc, known: list[tuple[int, int]]) -> list[Span]:
    """为其配套鞋底的A、生产面料的B,以及提供设备的C: a list whose items each describe a company
    by what it makes or supplies (…的 + name), next to a company already named or after a verb
    that brings companies in: the names after 的 are companies."""
    f = doc.folded
    if "的" not in f:
        return []
    known_set = set(known)
    out: list[Span] = []
    for sm in re.finditer(r"[^。;!?\n]+", f):
        a, b = sm.span()
        if f.count("的", a, b) < 2:
            continue
        cuts = [a] + [m.end() for m in _DESC_SPLIT.finditer(f, a, b)]
        ends = [m.start() for m in _DESC_SPLIT.finditer(f, a, b)] + [b]
        items: list[tuple[int, int]] = []
        for ps, pe in zip(cuts, ends, strict=True):
            dots = f.find("…", ps, pe)
            if dots > ps:
                pe = dots  # 做结构件的C……一年多时间: the list trails off
            while pe > ps and f[pe - 1] in ",，":
                pe -= 1
            k = f.rfind("的", ps, pe)
            em = _DESC_ETC.search(f, k + 1, pe) if k >= 0 else None
            if em is not None and em.start() - k > 2:
                pe = em.start()  # 做隔膜的B等7家配套供应商相继落户: the list closes at 等
            if k < 0 or _CLAUSE_BREAK.search(f, k if ps == a else ps, pe) or \
                    (ps != a and k - ps > 20):
                items.append((-1, -1))  # (only a list's first item opens with its clause)
                continue
            items.append((k + 1, pe))
        runs: list[list[tuple[int, int]]] = [[]]
        for it in items:
            if it[0] < 0:
                runs.append([])
            else:
                runs[-1].append(it)
        for run in runs:
            if len(run) < 2:
                continue
            intro = _DESC_INTRO.search(f, max(a, run[0][0] - 40), run[0][0]) is not None or \
                _DESC_ARRIVE.match(f, run[-1][1], b) is not None  # …等7家供应商相继落户
            if not intro and not any(it in known_set for it in run):
                continue
            for s, e in run:
                if (s, e) in known_set or any(x <= s < y for x, y in known):
                    continue
                roles = [r.end() for r in _ROLE_IN_ITEM.finditer(f, s, e - 2)]
                if roles:
                    s = roles[-1]
                name = f[s:e]
                if not (3 <= len(name) <= 12) or not _NAME_CHARS.match(name) or \
                        _DESC_GENERIC.search(name) or \
                        not doc.is_boundary(s) or name in lexicon.industry_terms() or \
                        name in GENERIC or _GENERIC_ITEM.search(name) or _common_word(name) or \
                        _product_like(name, lexicon.industry_terms()) or \
                        name.endswith(_ZONE_TAILS) or name in _places() or \
                        any(_desc_stop(f[x : doc.token_span(x)[1]])
                            for x in _token_starts(doc, s, e)):
                    continue
                out.append(Span(s, e, ET.ENTERPRISE.value, doc.text[s:e], "context", 0.6))
    return out


def _desc_stop(word: str) -> bool:
    """A word no name of a described list runs across (jieba may glue 的上 or cut 海瑞)."""
    return word in STOP_WORDS or word in PREDICATES or word in "的了和与及或并在是把被将" or \
        not _NAME_CHARS.match(word)


_PHASE_END = re.compile(r"(?:[一二三四五六七八九十]期|扩建|扩能|技改)$")
_SITE = ("生产基地", "基地", "工厂", "总部", "分公司")


def _site_end(doc: Doc, s: int, e: int) -> int:
    """天宜锂业二期 → 天宜锂业, 宁德时代宜宾基地七期 → 宁德时代: a project list's item ends
    before its phase and before the place of the company's site."""
    f = doc.folded
    pm = _PHASE_END.search(f, s, e)
    if pm is not None and pm.start() - s >= 2:
        e = pm.start()
    for site in _SITE:
        if f.endswith(site, s, e):
            k = e - len(site)
            for n in (4, 3, 2):
                if k - n - s >= 2 and (f[k - n : k] in _places() or
                                       (f[k - 1] in "市县" and f[k - n : k - 1] in _places())):
                    return k - n
    return e


def sited_brands(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """比亚迪郑州基地, 沃泰汽车大庆工厂: a name before a place and the company's site (基地,
    工厂, 总部) at a clause's or a list item's start is a company."""
    f = doc.folded
    out: list[Span] = []
    for m in _SITE_AFTER.finditer(f):
        k = m.start("site")
        for n in (4, 3, 2):
            p = k - n
            if not (f[p:k] in _places() or (f[k - 1] in "市县" and f[p : k - 1] in _places())):
                continue
            s = m.start()
            if not 2 <= p - s <= 6 or any(a < p and s < b for a, b in taken):
                break
            name = f[s:p]
            if not doc.is_boundary(s) or not doc.is_boundary(p) or name in GENERIC or \
                    _GENERIC_ITEM.search(name) or name in _places() or _common_word(name) or \
                    name in lexicon.industry_terms() or len(strip_place(name)) < 2 or \
                    any(_brand_stop(f[x : doc.token_span(x)[1]]) for x in _token_starts(doc, s, p)):
                break
            out.append(Span(s, p, ET.ENTERPRISE.value, doc.text[s:p], "context", 0.6))
            break
    return out


_SITE_AFTER = re.compile(
    r"(?:^|(?<=[,;。:、\n])|(?<=亿元的)|(?<=投资的))(?:区内|园内|其中|此外|同时)?"
    r"[\u4e00-\u9fff]{4,10}?(?P<site>生产基地|基地|工厂|总部)(?=[\u4e00-\u9fff]{0,6}(?:项目|产能|产量|建成|投产|开工|竣工|"
    r"达产|[一二三四五六七八九十]期|[,、。;]))")


def _brand_stop(word: str) -> bool:
    """A word no brand runs across; jieba's single characters of an unknown brand (兴/顺/磷化,
    where 顺 may be tagged a preposition) are no stop unless function words."""
    return _desc_stop(word) or (len(word) > 1 and _hard_stop(word))
