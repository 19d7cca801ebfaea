"""Within-document entity resolution: short forms to the full form the document also uses.

兴县经开区 → 兴县经济开发区; 临汾开发区 → 临汾经济开发区; 肥西经开区 → 安徽肥西经开区;
合肥经开区 → 安徽合肥经济技术开发区 (same catalogue zone); 新能源小镇 → 长兴新能源小镇;
市政府 → 威海市政府. Zones resolve only within their city: 长治经开区 stays apart from 长治高新区.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainkg.model import EntityType as ET
from chainkg.nlp import lexicon
from chainkg.nlp.doc import Span
from chainkg.nlp.entities import strip_place

_ZONE_FORMS = (
    ("高新区", ("高新技术产业开发区", "高新技术开发区", "新技术产业开发区")),
    ("经开区", ("经济技术开发区", "经济开发区")),
    ("开发区", ("经济技术开发区", "经济开发区", "高新技术产业开发区")),
    ("经济开发区", ("经济技术开发区",)),
)
_PROVINCE_PREFIX = re.compile(
    "^(" + "|".join(sorted(set(lexicon.PROVINCES) | set(lexicon.PROVINCES.values()),
                           key=len, reverse=True)) + ")"
)


_LEVEL = re.compile(r"(?<=[\u4e00-\u9fff])(?:国家级|省级|国家)(?=[\u4e00-\u9fff])")


def _strip_province(name: str) -> str:
    m = _PROVINCE_PREFIX.match(name)
    if m and len(name) - len(m.group()) >= 4:
        return name[len(m.group()):]
    return name


@lru_cache(maxsize=65536)
def same_zone(short: str, full: str) -> bool:
    """Whether ``short`` is a shorter form of the zone ``full`` (same city, same kind)."""
    if short == full:
        return False
    s2, f2 = _strip_province(_LEVEL.sub("", short)), _strip_province(_LEVEL.sub("", full))
    if s2 == f2:
        return len(full) > len(short)
    for sfx, longs in _ZONE_FORMS:
        if s2.endswith(sfx):
            base = s2[: -len(sfx)]
            for lg in longs:
                if f2 == base + lg:
                    return True
                if base.endswith("市") and f2 == base[:-1] + lg:
                    return True
                if f2 == base + "市" + lg:
                    return True
    from chainkg.nlp.entities import zone_short_forms

    if short in zone_short_forms(full):  # 大亚湾开发区 → 惠州大亚湾经济技术开发区
        return True
    aliases = lexicon.zone_aliases()
    a, b = aliases.get(short), aliases.get(full)
    if a and b and set(a) & set(b) and len(a) == 1 and len(full) > len(short):
        return True
    # 广西钦州港片区 → 中国(广西)自由贸易试验区钦州港片区 (the province inside the full name)
    if s2 != short and len(s2) >= 4 and full.endswith(s2) and len(full) > len(short) and \
            short[: len(short) - len(s2)] in full[: len(full) - len(s2)]:
        return True
    # 新能源小镇 → 长兴新能源小镇 (a longer name that ends with the short one)
    return len(short) >= 4 and full.endswith(short) and len(full) > len(short)


# what may follow a name that already ends with 集团/公司 in its own full form
_LEGAL_REST = re.compile(r"(?:股份)?有限(?:责任)?公司|股份公司")
_BOARD = re.compile(r"(?:管委会|管理委员会)$")
_LEGAL_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司)$")
_PAREN = re.compile(r"[(（][^)）]*[)）]")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


@lru_cache(maxsize=65536)  # a pure function of the two names (the place list)
def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a report's short form of the company ``full`` that is no prefix.

    兴发集团 ← 湖北兴发化工集团股份有限公司, 东驰底盘 ← 湖北东驰汽车底盘系统有限公司,
    湘江轨交 ← 湘江轨道交通装备集团有限公司: the short form (without its place) opens with the
    brand's first two characters and its characters appear in order in the full name (without
    place and legal form); a short form ending with 集团 needs 集团 in the full name.
    """
    from chainkg.nlp.entities import strip_place

    if len(short) < 3 or len(full) <= len(short) or \
            not (_LEGAL_END.search(full) or full.endswith("集团")):
        return False
    core = _PAREN.sub("", _LEGAL_END.sub("", full))
    s = strip_place(short)
    if s.endswith("集团"):
        if not core.endswith("集团"):
            return False  # 东方电气集团 is the parent of 东方电气集团东方汽轮机有限公司
        s = s[:-2]
    elif s.endswith("公司"):
        return False
    core = core.replace("集团", "")
    if len(s) < 2:
        return False
    for base in {core, strip_place(core)}:
        if base[:2] == s[:2] and _subsequence(s[2:], base[2:]) and short != full:
            return True
    return False


def resolve(spans: list[Span]) -> None:
    """Set ``canonical`` on every span: the document's full form, else the name itself."""
    names_by_type: dict[str, set[str]] = {}
    for sp in spans:
        names_by_type.setdefault(sp.type, set()).add(sp.name)
    canon: dict[tuple[str, str], str] = {}
    for typ, names in names_by_type.items():
        for n in names:
            best = n
            if typ == ET.ZONE:
                fulls = [m for m in names if same_zone(n, m)]
                if fulls:
                    best = max(fulls, key=len)
            elif typ == ET.GOVERNMENT and re.match(r"^(省|市|县|区)", n):
                fulls = [m for m in names if m != n and m.endswith(n) and len(m) > len(n)]
                if len(fulls) == 1:
                    best = fulls[0]
            elif typ == ET.GOVERNMENT and _BOARD.search(n):
                # 赣州经开区管委会 → 赣州经济技术开发区管委会: the board of the same zone
                z = _BOARD.sub("", n)
                fulls = [m for m in names if m != n and _BOARD.search(m) and
                         same_zone(z, _BOARD.sub("", m))]
                if len(fulls) == 1:
                    best = fulls[0]
            elif typ == ET.ENTERPRISE and len(n) >= 2:
                fulls = [m for m in names if m != n and m.startswith(n) and
                         re.search(r"(有限公司|有限责任公司|集团)$", m) and
                         (not n.endswith(("集团", "公司")) or _LEGAL_REST.fullmatch(m[len(n) :]))]
                if not fulls:  # 兴发集团 ← 湖北兴发化工集团股份有限公司
                    fulls = [m for m in names if _LEGAL_END.search(m) and abbreviates(n, m)]
                    if len(fulls) > 1:  # 中车株机: 中车株洲电力机车有限公司, not its institute
                        least = min(len(m) for m in fulls)
                        fulls = [m for m in fulls if len(m) == least]
                if not fulls:  # 万恒轴承 ← 浙江万恒轴承: the same name with its place
                    fulls = [m for m in names if m != n and strip_place(m) == n]
                if len(fulls) == 1:
                    best = fulls[0]
            canon[(typ, n)] = best
    # 上汽集团 named in brackets after its full name: every other mention of it too
    for sp in spans:
        if sp.source == "bracket" and sp.canonical and sp.type == ET.ENTERPRISE:
            canon[(sp.type, sp.name)] = sp.canonical
    # chains (a → b → c); a short form found from its full name keeps that name
    for sp in spans:
        if sp.source in ("short", "bracket") and sp.canonical:
            c = sp.canonical  # 闽丰食品 → 闽丰食品集团 → 福建闽丰食品集团有限公司
            sp.canonical = canon.get((sp.type, c), c) if c in names_by_type[sp.type] else c
            continue
        c = canon.get((sp.type, sp.name), sp.name)
        for _ in range(3):
            nxt = canon.get((sp.type, c), c)
            if nxt == c:
                break
            c = nxt
        sp.canonical = c


# ------------------------------------------------------------------------------------------------
# Identity across documents: the official name when the reference lists name the entity surely
# ------------------------------------------------------------------------------------------------

_FULL_ZONE_SUFFIX = re.compile(
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|新技术产业开发区|工业园区|综合保税区|新区)$")


def official_zone(form: str) -> str:
    """The catalogue name a zone form denotes, when exactly one (city-scoped), else ''."""
    aliases = lexicon.zone_aliases()
    for f in (form, _LEVEL.sub("", form)):
        cands = aliases.get(f)
        if cands and len(cands) == 1:
            return cands[0]
    return ""


def university_identity(form: str) -> str:
    """The Ministry of Education name of a university form, when exactly one, else ''."""
    names = lexicon.university_full_names()
    if form in names:
        return form
    cands = lexicon.university_campuses().get(form, ())
    return cands[0] if len(cands) == 1 else ""


@lru_cache(maxsize=65536)  # a pure function of its arguments (the reference lists)
def identity(type_: str, canonical: str, name: str) -> str:
    """The cross-document key of an entity, or '' when only the document's form is known.

    Zones: the official catalogue name the document's full form (else the surface form) denotes
    in its city (运城市经济开发区 → 山西运城经济开发区; 合肥经开区 → 合肥经济技术开发区); a
    short form that may denote two zones of the city (经开区: 经济技术 or 经济开发区) gets none.
    A full zone name the catalogue lacks is keyed without its province and level words
    (山西长治国家级经济技术开发区 → 长治经济技术开发区). Universities: the list name.
    """
    if type_ == ET.ZONE:
        for form in (canonical, name):
            if form and (off := official_zone(form)):
                return off
        form = canonical or name
        if _FULL_ZONE_SUFFIX.search(form):
            bare = _LEVEL.sub("", form)
            stripped = _strip_province(bare)
            if stripped != bare and not _starts_with_city(stripped):
                stripped = bare  # 山西转型综合改革示范区: the province is part of the name
            return stripped if stripped != form else ""
        return ""
    if type_ == ET.UNIVERSITY:
        for form in (canonical, name):
            if form and (u := university_identity(form)):
                return u if u != (canonical or name) else ""
    return ""


def _starts_with_city(name: str) -> bool:
    places = lexicon.place_names()
    return any(name[:n] in places for n in (4, 3, 2) if len(name) > n + 2)

