"""Numbers as reports write them: 54, 9.4 亿, 约 9.4 亿元, 一千二百, 160 余亿元, 近4年."""

from __future__ import annotations

import re

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_MAGNITUDE = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6}

CN_NUM = "[零〇一二两三四五六七八九十百千]+"
NUM = rf"(?:\d+(?:\.\d+)?|{CN_NUM})"
# 约/近/超/逾/累计 … 9.4 亿元 ; 160余亿元 ; 3200 亿元
AMOUNT_RE = re.compile(
    rf"(?P<approx>约|近|超|逾|超过|达|累计|总计|共计)?(?P<num>{NUM})(?P<more>余|多)?"
    r"(?P<mag>万亿|千万|百万|万|亿)?(?P<more2>余|多)?(?P<unit>元|美元)"
)


def cn_to_number(text: str) -> float | None:
    """Parse Arabic or simple Chinese numerals (五十四, 两百, 十二); None when not a number."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    total = 0
    current = 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return float(total + current)


def amount_text(yuan: float) -> str:
    """940000000.0 → 9.4亿元; 3500000.0 → 350万元 (the largest unit that keeps it at least 1)."""
    for unit, size in (("亿", 1e8), ("万", 1e4)):
        if yuan >= size:
            return f"{round(yuan / size, 4):g}{unit}元"
    return f"{round(yuan, 2):g}元"


def amount_value(num: str, magnitude: str | None) -> float | None:
    """9.4 + 亿 → 940000000.0."""
    base = cn_to_number(num)
    if base is None:
        return None
    return round(base * _MAGNITUDE.get(magnitude or "", 1.0), 2)
