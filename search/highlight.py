"""Highlighting query tokens in a passage, mapped to original-document offsets."""

from __future__ import annotations

import re
from functools import lru_cache

from chainkg.model import Passage
from chainkg.search.port import Highlight

OPEN, CLOSE = "【", "】"
_LAYOUT = r"[ \t\u3000\r\n]*"


def _merged_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if spans and m.start() <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end()))
        elif m.end() > m.start():
            spans.append((m.start(), m.end()))
    return spans


@lru_cache(maxsize=1024)
def _patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words as one pattern for the repaired text, and one that allows layout between
    characters for the original text (compiled once per set of words)."""
    repaired = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    original = re.compile(
        "|".join(_LAYOUT.join(re.escape(c) for c in w) for w in words), re.IGNORECASE
    )
    return repaired, original


def highlight(passage: Passage, tokens: list[str], phrase: str = "") -> tuple[str, list[Highlight]]:
    """The passage text with every token occurrence marked, and the marked spans.

    The whole ``phrase`` (the query as typed) is marked too. Matches are found in the
    repaired text for the snippet, and in the original text (allowing the line breaks and spaces
    the repair removed) for the original offsets.
    """
    phrase = "".join(phrase.split())
    tokens = [*tokens, phrase] if phrase else tokens
    # Single characters only mark anything when nothing longer was asked for.
    longest = max((len(t) for t in tokens), default=0)
    words = sorted({t for t in tokens if t and (len(t) > 1 or longest == 1)}, key=len, reverse=True)
    if not words:
        return passage.text, []
    repaired, original = _patterns(tuple(words))
    spans = _merged_spans(repaired, passage.text)
    orig_spans = _merged_spans(original, passage.original) if passage.original else []
    parts: list[str] = []
    pos = 0
    hits: list[Highlight] = []
    for i, (s, e) in enumerate(spans):
        parts += [passage.text[pos:s], OPEN, passage.text[s:e], CLOSE]
        pos = e
        os_, oe = orig_spans[i] if i < len(orig_spans) else (s, e)
        hits.append(
            Highlight(
                start=s, end=e, original_start=passage.start + os_, original_end=passage.start + oe
            )
        )
    parts.append(passage.text[pos:])
    return "".join(parts), hits
