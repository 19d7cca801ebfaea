"""jieba word segmentation with the project's domain dictionary, for search and extraction."""

from __future__ import annotations

import logging
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


def domain_words() -> Iterable[str]:
    """Words jieba must keep whole: names from the reference lists and the industry lexicon."""
    from chainkg.nlp.lexicon import domain_vocabulary

    return domain_vocabulary()


def search_tokens(text: str) -> list[str]:
    """Tokens for the full-text index and for queries: fine-grained, no whitespace, lowercased."""
    tok = get_tokenizer()
    return [t.lower() for t in tok.cut_for_search(text, HMM=False) if _WORDLIKE.search(t)]
