"""Repair PDF-extracted report text while keeping a map back to the original characters.

The repaired text joins lines a PDF wrapped (also across page breaks mid-sentence), drops spaces
next to CJK characters or digits, and keeps characters as written, so names come out exactly as
the report spells them. ``folded`` is the same text with each character NFKC-folded where that
keeps it one character (full-width Ａ１（ → A1(), for matching; it has the same length.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

_WS_RUN = re.compile(r"[ \t\u3000\u00a0\r\n]+")
_SENTENCE_END = set("。！？!?；;…：:")
_CLOSERS = set("”’」』）)》】")


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and CJK/full-width punctuation."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2018 <= o <= 0x201D
        or o in (0x2014, 0x2026, 0x00B7)
        or 0x20000 <= o <= 0x2FFFF
    )


def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """``_fold_char`` for every BMP character it changes (built once; str.translate is fast)."""
    table: dict[int, str] = {}
    for o in range(0x80, 0x10000):
        if 0xD800 <= o <= 0xDFFF:
            continue
        ch = chr(o)
        f = _fold_char(ch)
        if f != ch:
            table[o] = f
    return table


@lru_cache(maxsize=1)
def _fold_runs() -> re.Pattern[str]:
    """Runs of the characters ``_fold_table`` changes (a class of its ranges): most of a text
    needs no folding, and the regex engine skips it faster than ``str.translate`` looks up
    every character."""
    keys = sorted(_fold_table())
    ranges: list[tuple[int, int]] = []
    for k in keys:
        if ranges and ranges[-1][1] == k - 1:
            ranges[-1] = (ranges[-1][0], k)
        else:
            ranges.append((k, k))
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                  for a, b in ranges)
    return re.compile(f"[{cls}]+") if cls else re.compile("(?!)")


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def fold(text: str) -> str:
    """Each character NFKC-folded where that keeps it one character (same length as ``text``)."""
    table = _fold_table()
    out = _fold_runs().sub(lambda m: m.group().translate(table), text)
    if _ASTRAL.search(text):
        out = "".join(_fold_char(c) if ord(c) > 0xFFFF else c for c in out)
    return out


@dataclass(frozen=True)
class RepairedText:
    """Repaired text plus, for each of its characters, the index in the original text."""

    original: str
    text: str
    to_original: tuple[int, ...]

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the repaired text to the original text."""
        if not self.text:
            return (0, 0)
        if end <= start:
            pos = self.to_original[min(start, len(self.text) - 1)] if self.text else 0
            return (pos, pos)
        return (self.to_original[start], self.to_original[end - 1] + 1)

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


def _ends_sentence(text: str, pos: int) -> bool:
    """Whether the visible character before ``pos`` ends a sentence or heading."""
    i = pos - 1
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _line_lengths(text: str) -> list[int]:
    return [len(line.strip()) for line in text.splitlines() if line.strip()]


def repair(original: str) -> RepairedText:
    """Join wrapped lines, drop layout spaces, keep paragraph breaks as a single newline."""
    # Some readers (BOM, CRLF) leave artefacts; they are whitespace handled below or dropped.
    lengths = _line_lengths(original)
    # The heading rule needs enough lines for a typical line width to mean something.
    typical = statistics.median(lengths) if len(lengths) >= 8 else 0
    if lengths and max(lengths) > 80:
        typical = 81  # unwrapped text (web pages): every line break is a real break
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _WS_RUN.finditer(original):
        _copy(original, pos, m.start(), out, index)
        pos = m.end()
        ws = m.group()
        before = original[m.start() - 1] if m.start() > 0 else ""
        after = original[m.end()] if m.end() < len(original) else ""
        if not before or not after:
            continue
        replacement = _join(original, m.start(), ws, before, after, typical)
        if replacement:
            out.append(replacement)
            index.append(m.start())
    _copy(original, pos, len(original), out, index)
    return RepairedText(original=original, text="".join(out), to_original=tuple(index))


def _copy(original: str, start: int, end: int, out: list[str], index: list[int]) -> None:
    """Copy ``original[start:end]`` as it is (a byte-order mark dropped), with its offsets."""
    chunk = original[start:end]
    if "\ufeff" not in chunk:
        out.append(chunk)
        index.extend(range(start, end))
        return
    for i in range(start, end):
        if original[i] != "\ufeff":
            out.append(original[i])
            index.append(i)


def _join(original: str, ws_start: int, ws: str, before: str, after: str, typical: float) -> str:
    """What a whitespace run between two visible characters becomes: '', ' ' or '\\n'."""
    newlines = ws.count("\n")
    cjk_side = is_cjk(before) or is_cjk(after)
    if newlines == 0:
        if cjk_side or before.isdigit() or after.isdigit():
            return ""
        return " "
    if _ends_sentence(original, ws_start):
        return "\n"
    if typical > 40:  # unwrapped text (web pages): every line break is a real break
        return "\n"
    if typical:  # one line break, or a blank line, after a short unpunctuated line
        line_start = original.rfind("\n", 0, ws_start) + 1
        line = original[line_start:ws_start].strip()
        if len(line) < 0.7 * typical and not re.search(r"[，,、]$", line):
            return "\n"  # a short unpunctuated line is a heading
    if cjk_side or before.isdigit() or after.isdigit():
        return ""
    return " "
