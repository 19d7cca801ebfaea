"""Search text: normalisation, index tokens, and the plan a user query becomes.

Both backends index the same tokens and run the same plan, so they match the same passages:

- index tokens are the nlp tokens (jieba ``cut_for_search`` with chainkg's domain dictionary) plus
  every phrase of the search vocabulary (``words.txt``) found in the text;
- a query's *words* (what a passage must contain) are the phrases of the search vocabulary it
  contains, plus jieba's precise-mode words for the rest, less a few function words; its
  *tokens* (what BM25 scores) are its index tokens.

Query text is only ever data: it is validated here, and the adapters pass words and tokens to
their engines as values, never as query syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import ahocorasick

from chainkg.errors import InputError
from chainkg.nlp.tokens import get_tokenizer, search_tokens

MAX_QUERY_CHARS = 200
MAX_PREFIX_CHARS = 50
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_WORDLIKE = re.compile(r"[0-9a-z\u3400-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s+")
# Single characters a query may contain that no passage needs to (的 in 阳泉的实训基地).
STOP_CHARS = frozenset("的了和与及或在是等之为对把被从向于而也就都其该各")


def normalize(text: str) -> str:
    """NFKC (full-width forms to half-width), lowercase, control characters to spaces."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub(" ", text).lower()


def compact(text: str) -> str:
    """``normalize`` without any whitespace: the form phrases and names are compared in."""
    return _SPACE.sub("", normalize(text))


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """The search vocabulary shipped in ``words.txt``."""
    raw = resources.files("chainkg.search").joinpath("words.txt").read_text(encoding="utf-8")
    words = {compact(ln.split("#", 1)[0]) for ln in raw.splitlines()}
    return tuple(sorted(w for w in words if len(w) >= 2))


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for w in vocabulary():
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


def vocabulary_hits(text: str) -> list[str]:
    """Every occurrence of every vocabulary phrase in ``text`` (normalised), overlaps included."""
    return [w for _, w in _automaton().iter(text)] if text else []


def _longest_hits(text: str) -> list[tuple[int, int, str]]:
    """Vocabulary phrases of ``text``, leftmost-longest, not overlapping: (start, end, word)."""
    if not text:
        return []
    return [(end - len(w) + 1, end + 1, w) for end, w in _automaton().iter_long(text)]


def index_tokens(text: str) -> list[str]:
    """The tokens a passage (or an entity name) is indexed under, in text order."""
    norm = normalize(text)
    return search_tokens(norm) + vocabulary_hits(compact(norm))


def _wordlike(token: str) -> bool:
    return bool(_WORDLIKE.search(token))


def query_words(text: str) -> list[str]:
    """What a passage must contain to match ``text``: vocabulary phrases, then jieba words."""
    out: list[str] = []
    for part in normalize(text).split():
        pos = 0
        for start, end, word in _longest_hits(part):
            out += _precise(part[pos:start])
            out.append(word)
            pos = end
        out += _precise(part[pos:])
    words = list(dict.fromkeys(out))
    kept = [w for w in words if w not in STOP_CHARS]
    return kept or words


def _precise(text: str) -> list[str]:
    if not text:
        return []
    return [t for t in get_tokenizer().cut(text, HMM=False) if _wordlike(t)]


def validate_query(query: str) -> str:
    """The query, if it can be searched for; an ``InputError`` saying why not otherwise."""
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    return query


@dataclass(slots=True)
class QueryPlan:
    """What both backends run for one query.

    A passage matches when it contains every word of one of ``alternatives`` (each a list of
    tokens that must all be present), or mentions one of ``entity_ids``. It is scored by BM25 over
    ``tokens`` plus BM25 over the words of the alternatives. ``phrases`` are the strings whose
    literal presence the ranking rewards (the query, or what a pinyin query stands for), and
    ``names`` the other written names of the entities the query names (a passage that writes
    高平经济技术开发区 answers 高平经开区 as well as one that writes the alias).
    """

    query: str
    tokens: list[str]
    alternatives: list[list[str]]
    phrases: list[str]
    entity_ids: list[str] = field(default_factory=list)
    expansions: list[str] = field(default_factory=list)
    strict: bool = True
    names: list[str] = field(default_factory=list)  # written names of the entities named
    boost_ids: list[str] = field(default_factory=list)  # entities the query or its parts name

    @property
    def words(self) -> list[str]:
        """The distinct words of all alternatives."""
        return list(dict.fromkeys(w for alt in self.alternatives for w in alt))

    def relaxed(self) -> QueryPlan:
        """The same plan matching any token: the fallback when no passage has every word."""
        return QueryPlan(
            query=self.query,
            tokens=self.tokens,
            alternatives=[[t] for t in self.tokens],
            phrases=self.phrases,
            entity_ids=self.entity_ids,
            expansions=self.expansions,
            strict=False,
            names=self.names,
            boost_ids=self.boost_ids,
        )


def plan_query(
    query: str, expansions: list[str] | None = None, entity_ids: list[str] | None = None
) -> QueryPlan:
    """The plan for ``query``; ``expansions`` are texts it stands for (from pinyin)."""
    validate_query(query)
    texts = [query, *(expansions or [])]
    tokens: list[str] = []
    alternatives: list[list[str]] = []
    for t in texts:
        tokens += index_tokens(t)
        words = query_words(t)
        if words and words not in alternatives:
            alternatives.append(words)
    tokens = list(dict.fromkeys(tokens))
    if not tokens:
        raise InputError(f"query {query!r} has no searchable words")
    phrases = [p for p in dict.fromkeys(compact(t) for t in texts) if p]
    return QueryPlan(
        query=query,
        tokens=tokens,
        alternatives=alternatives or [tokens],
        phrases=phrases,
        entity_ids=list(entity_ids or []),
        expansions=list(expansions or []),
    )


_PINYIN_QUERY = re.compile(r"^[a-z][a-z' ]*$")


def pinyin_like(query: str) -> str:
    """The query as compact pinyin if it is only Latin letters (spaces, apostrophes), else ''."""
    norm = normalize(query).strip()
    if not _PINYIN_QUERY.match(norm):
        return ""
    letters = norm.replace("'", "").replace(" ", "")
    return letters if len(letters) >= 2 else ""
