"""jieba word segmentation with the project's domain dictionary, for search and extraction."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

import jieba

_lock = threading.Lock()
_WORDLIKE = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def get_tokenizer() -> jieba.Tokenizer:
    """The process-wide jieba ``Tokenizer`` (its own instance), with domain words added."""
    jieba.setLogLevel(logging.WARNING)
    with _lock:
        tok = jieba.Tokenizer()
        tok.initialize()
        for word in domain_words():
            tok.add_word(word, freq=None)
    return tok


# jieba's own block and Latin/digit patterns (``jieba.re_han_default``, ``jieba.re_eng``)
HAN_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")
_ENG = re.compile("[a-zA-Z0-9]")
_logp: dict[str, object] = {}  # fragment -> log-probability, None (a prefix), _NO_PREFIX


def segment_block(block: str) -> list[int]:
    """Token end offsets of one jieba block (a run of ``HAN_BLOCK``), HMM off.

    The same segmentation as ``Tokenizer.cut(block, HMM=False)``: every dictionary word starting
    at a position (jieba's DAG, walked along the prefix dictionary), the maximum-probability route
    with ties to the longer word, a character no word covers on its own, single Latin letters and
    digits merged. One backward pass builds the DAG and the route together; log-probabilities are
    cached per dictionary word, and so are the fragments no word starts with (the cache is
    cleared when it passes ``_LOGP_MAX`` entries).
    """
    tok = get_tokenizer()
    freq = tok.FREQ
    cache = _logp
    if len(cache) > _LOGP_MAX:
        cache.clear()  # the fragments no word goes on with are many: keep the cache bounded
    logtotal = _log_total(tok)
    n = len(block)
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best = -1e300
        bx = 0
        j = i + 1
        frag = block[i]
        while True:
            lp = cache.get(frag, _ABSENT)
            if lp is _ABSENT:
                fq = freq.get(frag)
                if fq is None:
                    cache[frag] = _NO_PREFIX
                    break  # no dictionary word goes on with this prefix
                lp = cache[frag] = math.log(fq) - logtotal if fq else None
            elif lp is _NO_PREFIX:
                break
            if lp is not None:
                sc = lp + score[j]  # type: ignore[operator]
                if sc >= best:  # equal: the longer word (jieba's max over (score, end))
                    best = sc
                    bx = j
            if j >= n:
                break
            j += 1
            frag = block[i:j]
        if bx == 0:  # no word starts here: the character alone (frequency 1)
            best = score[i + 1] - logtotal
            bx = i + 1
        score[i] = best
        nxt[i] = bx
    ends: list[int] = []
    x = 0
    buf = False
    while x < n:
        y = nxt[x]
        if y == x + 1 and _ENG.match(block[x]):
            buf = True  # single letters/digits join into one token
        else:
            if buf:
                ends.append(x)
                buf = False
            ends.append(y)
        x = y
    if buf:
        ends.append(n)
    return ends


_ABSENT = object()
_NO_PREFIX = object()  # cached: no dictionary word starts with this fragment
_LOGP_MAX = 1 << 19


@lru_cache(maxsize=1)
def _log_total(tok: jieba.Tokenizer) -> float:
    return math.log(tok.total)


def domain_words() -> Iterable[str]:
    """Words jieba must keep whole: names from the reference lists and the industry lexicon."""
    from chainkg.nlp.lexicon import domain_vocabulary

    return domain_vocabulary()


def search_tokens(text: str) -> list[str]:
    """Tokens for the full-text index and for queries: fine-grained, no whitespace, lowercased."""
    tok = get_tokenizer()
    return [t.lower() for t in tok.cut_for_search(text, HMM=False) if _WORDLIKE.search(t)]
