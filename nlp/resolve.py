"""Within-document entity resolution: short forms to the full form the document also uses.

兴县经开区 → 兴县经济开发区; 临汾开发区 → 临汾经济开发区; 肥西经开区 → 安徽肥西经开区;
合肥经开区 → 安徽合肥经济技术开发区 (same catalogue zone); 新能源小镇 → 长兴新能源小镇;
市政府 → 威海市政府. Zones resolve only within their city: 长治经开区 stays apart from 长治高新区.
"""

from __future__ import annotations

import re

from chainkg.model import EntityType as ET
from chainkg.nlp import lexicon
from chainkg.nlp.doc import Span

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


def _strip_province(name: str) -> str:
    m = _PROVINCE_PREFIX.match(name)
    if m and len(name) - len(m.group()) >= 4:
        return name[len(m.group()):]
    return name


def _same_zone(short: str, full: str) -> bool:
    if short == full:
        return False
    s2, f2 = _strip_province(short), _strip_province(full)
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
    aliases = lexicon.zone_aliases()
    a, b = aliases.get(short), aliases.get(full)
    if a and b and set(a) & set(b) and len(a) == 1 and len(full) > len(short):
        return True
    # 新能源小镇 → 长兴新能源小镇 (a longer name that ends with the short one)
    return len(short) >= 4 and full.endswith(short) and len(full) > len(short)


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
                fulls = [m for m in names if _same_zone(n, m)]
                if fulls:
                    best = max(fulls, key=len)
            elif typ == ET.GOVERNMENT and re.match(r"^(省|市|县|区)", n):
                fulls = [m for m in names if m != n and m.endswith(n) and len(m) > len(n)]
                if len(fulls) == 1:
                    best = fulls[0]
            elif typ == ET.ENTERPRISE and len(n) >= 2:
                fulls = [m for m in names if m != n and m.startswith(n) and
                         re.search(r"(有限公司|有限责任公司|集团)$", m)]
                if len(fulls) == 1:
                    best = fulls[0]
            canon[(typ, n)] = best
    # chains (a → b → c)
    for sp in spans:
        c = canon.get((sp.type, sp.name), sp.name)
        for _ in range(3):
            nxt = canon.get((sp.type, c), c)
            if nxt == c:
                break
            c = nxt
        sp.canonical = c
