"""Entity names for search and suggest: short forms, pinyin forms, province and city.

- Short forms are the ways reports shorten names: 山西阳泉高新技术产业开发区 → 阳泉高新区,
  运城市经济开发区 → 运城经开区, 山西际安电气有限公司 → 际安电气.
- Pinyin forms (pypinyin) are the full spelling and the initials of each name, alias and short
  form, without separators: 阳泉高新区 → ``yangquangaoxinqu`` and ``yqgxq``. Characters with
  several readings give a few variants (长治 → ``zhangzhi`` and ``changzhi``).
- Province and city come from the shipped reference lists (the zone catalogue, the university
  list) and from a place name the name starts with.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pypinyin import Style, lazy_pinyin, pinyin

from chainkg.graph.port import EntityRecord
from chainkg.search.text import compact

MAX_VARIANTS = 4  # pinyin spellings per name (heteronyms beyond this are not indexed)
# Characters of place and organisation names often read other than pypinyin's first guess
# (长治 is cháng zhì, pypinyin says zhǎng); only these get variant spellings.
POLYPHONIC = frozenset("长重厦朝乐行单解曾蚌六番莘都藏沈调传薄")

# Official suffix → the suffixes reports use instead.
_ZONE_SHORT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("国家高新技术产业开发区", ("高新区",)),
    ("高新技术产业开发区", ("高新区",)),
    ("高新技术开发区", ("高新区",)),
    ("国家高新区", ("高新区",)),
    ("经济技术开发区", ("经开区", "开发区")),
    ("经济开发区", ("经开区", "开发区")),
    ("工业园区", ("工业园",)),
    ("综合保税区", ("综保区",)),
    ("管理委员会", ("管委会",)),
)
_COMPANY_SUFFIXES = (
    "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团公司",
    "集团",
)  # fmt: skip
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_NON_NAME = re.compile(r"[^0-9a-z\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, str]]:
    """(province full or short name → full name, city → province) from the reference lists."""
    from chainkg.nlp.lexicon import PROVINCES, devzones, universities

    provinces: dict[str, str] = {}
    for full, short in PROVINCES.items():
        provinces[full] = full
        provinces[short] = full
    cities: dict[str, str] = {}
    for row in universities():
        city, prov = row["所在地"].strip(), row["省份"].strip()
        if city and prov and city not in provinces:
            cities.setdefault(city, prov)
            bare = re.sub(r"(市|地区|自治州|盟)$", "", city)
            if len(bare) >= 2:
                cities.setdefault(bare, prov)
    for row in devzones():
        prov = row["省份"].strip()
        core = _strip_prefix(row["开发区名称"].strip(), provinces)[1]
        m = re.match(r"^(.{2,3}?)市", core)
        if m and m.group(1) not in provinces:
            cities.setdefault(m.group(1), prov)
            cities.setdefault(m.group(1) + "市", prov)
    return provinces, cities


def _strip_prefix(name: str, places: dict[str, str]) -> tuple[str, str]:
    """(the longest place of ``places`` that ``name`` starts with, the rest)."""
    for n in (4, 3, 2):
        head = name[:n]
        if head in places and len(name) - n >= 2:
            return head, name[n:]
    return "", name


def province_city(record: EntityRecord) -> tuple[str, str]:
    """Best-effort province (full form, 山西省) and city (运城市 / 运城) of an entity."""
    from chainkg.nlp.lexicon import zone_aliases

    provinces, cities = _places()
    prov = str(record.props.get("province") or "")
    city = str(record.props.get("city") or "")
    name = _BRACKETS.sub("", record.name)
    if record.type == "University":
        row = _university_index().get(name)
        if row:
            prov = prov or row["省份"].strip()
            city = city or row["所在地"].strip()
    if record.type == "Zone" and not prov:
        officials = zone_aliases().get(name, ())
        rows = _zone_index()
        found = {rows[o]["省份"] for o in officials if o in rows}
        if len(found) == 1:
            prov = found.pop()
    head, rest = _strip_prefix(name, provinces)
    if head:
        prov = prov or provinces[head]
    if not city:
        city_head = _strip_prefix(rest, cities)[0]
        if city_head:
            city = city_head
    if city and not prov:
        prov = cities.get(city, "")
    return prov, city


@lru_cache(maxsize=1)
def _zone_index() -> dict[str, dict[str, str]]:
    from chainkg.nlp.lexicon import devzones

    return {r["开发区名称"].strip(): r for r in devzones()}


@lru_cache(maxsize=1)
def _university_index() -> dict[str, dict[str, str]]:
    from chainkg.nlp.lexicon import universities

    out: dict[str, dict[str, str]] = {}
    for row in universities():
        out.setdefault(_BRACKETS.sub("", row["学校名称"].strip()), row)
    return out


def short_forms(name: str) -> list[str]:
    """Shorter ways of writing ``name`` (never ``name`` itself; at least two characters)."""
    provinces, cities = _places()
    base = compact(_BRACKETS.sub("", name)) or compact(name)
    forms: list[str] = [base]
    head, rest = _strip_prefix(base, provinces)
    if head:
        forms.append(rest)
    for f in list(forms):
        for suffix in _COMPANY_SUFFIXES:
            if f.endswith(suffix) and len(f) - len(suffix) >= 2:
                core = f[: -len(suffix)]
                forms.append(core)
                ch, crest = _strip_prefix(core, {**provinces, **cities})
                if ch:
                    forms.append(crest)
                break
    for f in list(forms):
        for official, shorts in _ZONE_SHORT:
            if f.endswith(official) and len(f) > len(official):
                stem = f[: -len(official)]
                stems = [stem]
                if stem.endswith("市") and len(stem) >= 3:
                    stems.append(stem[:-1])
                forms += [s + short for s in stems for short in shorts]
                break
    out = [f for f in dict.fromkeys(forms) if len(f) >= 2 and f != compact(name)]
    return out


def _each_char(s: str) -> Any:
    """pypinyin's ``errors`` hook: characters without a reading stand for themselves."""
    return list(s)


def _syllables(text: str) -> list[list[str]]:
    return [list(s) for s in _cached_syllables(text)]


@lru_cache(maxsize=65536)
def _cached_syllables(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(s) for s in _compute_syllables(text))


def _compute_syllables(text: str) -> list[list[str]]:
    """Readings of each character worth spelling (default reading first); others dropped."""
    chars = [c for c in compact(text) if not _NON_NAME.match(c)]
    if not chars:
        return []
    joined = "".join(chars)
    default = lazy_pinyin(joined, style=Style.NORMAL, errors=_each_char)
    heteronyms = pinyin(joined, style=Style.NORMAL, heteronym=True, errors=_each_char)
    out: list[list[str]] = []
    for i, c in enumerate(chars):
        first = default[i] if i < len(default) else c
        options = [first]
        if c in POLYPHONIC and i < len(heteronyms):
            options += [s for s in heteronyms[i] if s != first and s.isascii()]
        out.append([o.lower() for o in options if o])
    return out


def pinyin_forms(text: str) -> tuple[list[str], list[str]]:
    """(full spellings, initials) of ``text``, the default reading first, a few variants after."""
    syl = _syllables(text)
    if not syl or all(len(s[0]) == 1 and not s[0].isalpha() for s in syl):
        return [], []
    combos: list[tuple[str, ...]] = [tuple(s[0] for s in syl)]
    for i, options in enumerate(syl):  # one character read differently at a time
        for alt in options[1:]:
            if len(combos) >= MAX_VARIANTS:
                break
            combo = list(combos[0])
            combo[i] = alt
            combos.append(tuple(combo))
    fulls = list(dict.fromkeys("".join(c) for c in combos))
    initials = list(dict.fromkeys("".join(s[0] for s in c) for c in combos))
    return fulls, initials


def pinyin_prefix(text: str, typed: str) -> tuple[str, bool] | None:
    """The start of ``text`` that the pinyin ``typed`` spells — full syllables or initials, the
    last syllable possibly unfinished — and whether ``typed`` ends on a syllable boundary; None
    if it spells no start of ``text``: (阳泉高新区, ``yangquan``) → (阳泉, True);
    (长江流域, ``changji``) → (长江, False)."""
    chars = [c for c in compact(text) if not _NON_NAME.match(c)]
    syl = _syllables(text)
    memo: dict[tuple[int, int], tuple[int, bool] | None] = {}

    def walk(i: int, j: int) -> tuple[int, bool] | None:
        if j == len(typed):
            return i, True
        if i == len(syl):
            return None
        key = (i, j)
        if key not in memo:
            rest = typed[j:]
            found: tuple[int, bool] | None = None
            for s in syl[i]:  # whole syllables first, then initials, then an unfinished one
                if rest.startswith(s):
                    found = walk(i + 1, j + len(s))
                if found is None and s and rest[0] == s[0]:
                    found = walk(i + 1, j + 1)
                if found is not None and found[1]:
                    break
            if found is None and any(s.startswith(rest) for s in syl[i]):
                found = (i + 1, False)
            memo[key] = found
        return memo[key]

    end = walk(0, 0) if typed else None
    if not end or not end[0]:
        return None
    return "".join(chars[: end[0]]), end[1]


@dataclass(slots=True)
class EntityTerms:
    """Everything an entity can be found by, normalised (see ``entity_terms``)."""

    names: list[str] = field(default_factory=list)  # canonical name, then aliases
    shorts: list[str] = field(default_factory=list)
    pinyin: list[str] = field(default_factory=list)
    initials: list[str] = field(default_factory=list)

    def kinds(self) -> list[tuple[str, str]]:
        """(term, kind) pairs; kind is name, alias, short, pinyin or initials."""
        out = [(t, "name" if i == 0 else "alias") for i, t in enumerate(self.names)]
        out += [(t, "short") for t in self.shorts]
        out += [(t, "pinyin") for t in self.pinyin]
        out += [(t, "initials") for t in self.initials]
        seen: set[str] = set()
        unique = []
        for t, k in out:
            if t and t not in seen:
                seen.add(t)
                unique.append((t, k))
        return unique


def entity_terms(record: EntityRecord) -> EntityTerms:
    """Names, short forms and pinyin forms of an entity (all ``compact``)."""
    written = (compact(x) for x in [record.name, *record.aliases])
    names = list(dict.fromkeys(n for n in written if n))
    shorts = [
        s for s in dict.fromkeys(itertools.chain.from_iterable(short_forms(n) for n in names))
        if s not in names
    ]  # fmt: skip
    fulls: list[str] = []
    initials: list[str] = []
    for n in [*names, *shorts]:
        f, i = pinyin_forms(n)
        fulls += f
        initials += [x for x in i if len(x) >= 2]
    return EntityTerms(
        names=names,
        shorts=shorts,
        pinyin=list(dict.fromkeys(fulls)),
        initials=list(dict.fromkeys(initials)),
    )
