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
from chainkg.nlp.tokens import get_tokenizer

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
    sentence_starts: list[int] = field(default_factory=list)
    _tokens: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]

    # ---- tokens (jieba, HMM off; each sentence tokenised on first use) -----------------------
    def _sentence_tokens(self, k: int) -> tuple[list[int], list[int]]:
        toks = self._tokens.get(k)
        if toks is None:
            s, e = self.sentences[k]
            starts: list[int] = []
            ends: list[int] = []
            for _w, a, b in get_tokenizer().tokenize(self.folded[s:e], HMM=False):
                starts.append(s + a)
                ends.append(s + b)
            toks = (starts, ends) if starts else ([s], [e])
            self._tokens[k] = toks
        return toks

    def token_span(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the token containing character ``pos``."""
        k = self.sentence_of(pos)
        if k < 0:
            return (pos, pos + 1)
        starts, ends = self._sentence_tokens(k)
        i = bisect_right(starts, pos) - 1
        if i < 0 or ends[i] <= pos:
            return (pos, pos + 1)
        return (starts[i], ends[i])

    def is_boundary(self, pos: int) -> bool:
        if pos <= 0 or pos >= len(self.folded):
            return True
        return self.token_span(pos)[0] == pos

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
