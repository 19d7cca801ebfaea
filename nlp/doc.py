"""The working document of the extractor: repaired text, folded text, tokens, sentences, spans.

All offsets here are offsets in the *repaired* text (``RepairedText.text``); the extractor maps
them to the original text only when it builds the public records.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from chainkg.ingest.repair import RepairedText
from chainkg.nlp.tokens import HAN_BLOCK, segment_block

_HAN_CHAR = re.compile(HAN_BLOCK.pattern[:-1])  # one character of a jieba block
_SENT_END = re.compile(r"[。!?;\n]|……")
_CLAUSE_END = re.compile(r"[。!?;\n,:]")


@dataclass(slots=True)
class Span:
    """A recognised entity on the repaired text."""

    start: int
    end: int
    type: str
    name: str
    source: str
    conf: float = 0.9
    canonical: str = ""
    nested_in: int = -1  # index of the enclosing span when this one is nested

    @property
    def key(self) -> str:
        return self.canonical or self.name


@dataclass(slots=True)
class Doc:
    repaired: RepairedText
    text: str
    folded: str
    sentences: list[tuple[int, int]]
    paragraph_of: list[int]
    spans: list[Span] = field(default_factory=list)
    clauses: list[tuple[int, int]] | None = None  # computed once (industries._clauses)
    zone_words: set[str] = field(default_factory=set)  # zones the reference lists found
    zone_stems: set[str] | None = None  # their own words (entities, on demand)
    sentence_starts: list[int] = field(default_factory=list)
    # token start/end of each character (-1: its jieba block is not segmented yet)
    _tok_start: list[int] = field(default_factory=list)
    _tok_end: list[int] = field(default_factory=list)
    _block_starts: list[int] = field(default_factory=list)
    _block_ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        n = len(self.folded)
        self._tok_start = [-1] * n
        self._tok_end = [-1] * n
        blocks = [m.span() for m in HAN_BLOCK.finditer(self.folded)]
        self._block_starts = [a for a, _ in blocks]
        self._block_ends = [b for _, b in blocks]

    # ---- tokens (jieba, HMM off; each jieba block segmented once, on first use) -------------
    def _segment(self, pos: int) -> None:
        k = bisect_right(self._block_starts, pos) - 1
        if k < 0 or self._block_ends[k] <= pos:
            self._tok_start[pos] = pos  # punctuation, space: a token of its own
            self._tok_end[pos] = pos + 1
            return
        bs, be = self._block_starts[k], self._block_ends[k]
        ts, te = self._tok_start, self._tok_end
        a = bs
        for e in segment_block(self.folded[bs:be]):
            b = bs + e
            ts[a:b] = [a] * (b - a)
            te[a:b] = [b] * (b - a)
            a = b

    def token_span(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the token containing character ``pos``."""
        ts = self._tok_start
        if pos < 0 or pos >= len(ts):
            return (pos, pos + 1)
        t = ts[pos]
        if t < 0:
            self._segment(pos)
            t = ts[pos]
        return (t, self._tok_end[pos])

    def is_boundary(self, pos: int) -> bool:
        if pos <= 0 or pos >= len(self._tok_start):
            return True
        t = self._tok_start[pos]
        if t < 0:
            if not (_HAN_CHAR.match(self.folded, pos - 1) and _HAN_CHAR.match(self.folded, pos)):
                return True  # the edge of a jieba block (punctuation, space): always a boundary
            self._segment(pos)
            t = self._tok_start[pos]
        return t == pos

    def sentence_of(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1


@lru_cache(maxsize=1)
def pos_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (read once; used instead of posseg)."""
    tags: dict[str, str] = {}
    ref = resources.files("jieba").joinpath("dict.txt")
    with ref.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def build_doc(repaired: RepairedText) -> Doc:
    folded = repaired.folded
    sentences: list[tuple[int, int]] = []
    paragraph_of: list[int] = []
    para = 0
    pos = 0
    for m in _SENT_END.finditer(folded):
        end = m.end()
        if folded[pos:end].strip():
            sentences.append((pos, end))
            paragraph_of.append(para)
        if m.group() == "\n":
            para += 1
        pos = end
    if pos < len(folded) and folded[pos:].strip():
        sentences.append((pos, len(folded)))
        paragraph_of.append(para)
    return Doc(repaired, repaired.text, folded, sentences, paragraph_of)
