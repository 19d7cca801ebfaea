"""Split repaired text into sentences and passages with stable ids."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from chainkg.ingest.repair import RepairedText
from chainkg.model import Passage

_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a ``[start, end)`` span of the repaired text."""

    start: int
    end: int


def sentences(repaired: RepairedText) -> list[Sentence]:
    """Sentence spans of the repaired text (no empty ones, trailing newline excluded)."""
    out: list[Sentence] = []
    text = repaired.text
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in "\n ":
            end -= 1
        while start < end and text[start] in "\n ":
            start += 1
        if end > start:
            out.append(Sentence(start, end))
    return out


def split_passages(doc_id: str, repaired: RepairedText, max_chars: int) -> list[Passage]:
    """Group whole sentences into passages of about ``max_chars``, never across paragraphs
    unless the paragraph is a short heading."""
    text = repaired.text
    passages: list[Passage] = []
    group: list[Sentence] = []

    def flush() -> None:
        if not group:
            return
        s, e = group[0].start, group[-1].end
        os_, oe = repaired.span(s, e)
        passages.append(
            Passage(
                id=f"{doc_id}:{len(passages)}",
                doc_id=doc_id,
                ordinal=len(passages),
                text=text[s:e],
                start=os_,
                end=oe,
                original=repaired.original[os_:oe],
            )
        )
        group.clear()

    for sent in sentences(repaired):
        if group and (sent.end - group[0].start > max_chars):
            flush()
        group.append(sent)
        paragraph_end = sent.end < len(text) and text[sent.end] == "\n"
        if paragraph_end and sent.end - group[0].start > max_chars // 3:
            flush()
    flush()
    return passages


def to_repaired(repaired: RepairedText, start: int, end: int) -> tuple[int, int]:
    """Map an original ``[start, end)`` span to the repaired text."""
    index = repaired.to_original
    return bisect_left(index, start), max(bisect_right(index, end - 1), bisect_left(index, start))


class SentenceLocator:
    """Finds the sentence and passage around an original-text span."""

    def __init__(self, repaired: RepairedText, passages: list[Passage]) -> None:
        self._repaired = repaired
        self._sentences = sentences(repaired)
        self._sentence_starts = [s.start for s in self._sentences]
        self._passages = passages
        self._passage_starts = [p.start for p in passages]

    def sentence(self, start: int, end: int) -> str:
        """The repaired text of the sentence(s) covering the original span."""
        rs, re_ = to_repaired(self._repaired, start, end)
        if not self._sentences:
            return self._repaired.text[rs:re_]
        i = max(bisect_right(self._sentence_starts, rs) - 1, 0)
        j = max(bisect_left(self._sentence_starts, re_) - 1, i)
        s, e = min(self._sentences[i].start, rs), max(self._sentences[j].end, re_)
        return self._repaired.text[s:e]

    def passage_id(self, start: int) -> str:
        """Id of the passage holding the original offset ``start``."""
        if not self._passages:
            return ""
        i = max(bisect_right(self._passage_starts, start) - 1, 0)
        return self._passages[i].id
