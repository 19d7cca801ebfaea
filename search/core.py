"""What every backend shares: query planning, ranking, highlighting, entity hits, suggest.

An adapter implements a few primitives — match and count passages for a ``QueryPlan`` (BM25
over the same tokens), aggregate facets, look entities up by term, by words and by prefix — and
``BaseSearchIndex`` turns them into the port's answers. The final ranking happens here, in one
place, so both backends order the same candidates by the same rules:

1. the engine's BM25 picks and orders the candidates (the first ``RERANK_WINDOW``);
2. each candidate then scores ``PHRASE`` if it contains the query (or each of its parts)
   literally, ``COVERAGE`` × the share of the query's words it contains, ``ENTITY`` if it names an
   entity the query names exactly (by name, alias, short form or pinyin), and at most one more
   point from how often the query occurs literally (length-normalised, weight ``LITERAL``) and
   from the engine's BM25 (squashed to [0, 1)). The tiers come first; literal frequency — the same
   on every backend — orders most ties, and BM25, whose details differ a little between FTS5 and
   Lucene, only the rest.

Pages beyond the window keep the engine's order (scored by the same formula). Matches are
counted exactly up to ``TOTAL_CAP`` (then ``total_exact`` is false), as Elasticsearch's
``track_total_hits`` does. The embedded index ranks the newest matches in blocks (see
``search/sqlite_index.py``): beyond a block's worth of matches the two backends may pick
different top passages.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chainkg.errors import InputError
from chainkg.model import Passage
from chainkg.search.highlight import highlight
from chainkg.search.names import EntityTerms, pinyin_prefix
from chainkg.search.port import (
    EntityHit,
    FacetBucket,
    PassageHit,
    SearchFilters,
    SearchIndex,
    SearchResult,
    Suggestion,
    SuggestKind,
    SuggestResult,
)
from chainkg.search.text import (
    MAX_PREFIX_CHARS,
    QueryPlan,
    compact,
    normalize,
    pinyin_like,
    plan_query,
    validate_query,
)

RERANK_WINDOW = 100
MAX_WINDOW = 10_000  # offset + limit (Elasticsearch's default max_result_window)
TOTAL_CAP = 10_000  # matches are counted exactly up to this many (then "at least")
PHRASE, COVERAGE, ENTITY = 2.0, 1.0, 1.0
LITERAL = 0.6  # share of the last point that literal occurrences get (BM25 the rest)
AVG_CHARS = 200.0  # the passage length at which ``literal`` normalises by one
BM25_HALF = 10.0  # the BM25 score that counts half of the [0, 1) it adds
ENTITY_HITS = 10
ENTITY_POOL = 50
SUGGEST_POOL = 100
FACET_SIZE = 20
KIND_ORDER: dict[str, int] = {"name": 0, "alias": 1, "short": 2, "pinyin": 3, "initials": 4}
NAME_KINDS: tuple[SuggestKind, ...] = ("name", "alias", "short")
PINYIN_KINDS: tuple[SuggestKind, ...] = ("pinyin", "initials")


@dataclass(slots=True)
class StoredPassage:
    """A passage as an adapter returns it, with the engine's BM25 score."""

    passage_id: str
    doc_id: str
    text: str
    start: int
    end: int
    original: str = ""
    ordinal: int = 0
    doc_title: str = ""
    date: str = ""
    entity_ids: list[str] = field(default_factory=list)
    entity_types: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    score: float = 0.0


@dataclass(slots=True)
class StoredEntity:
    """An entity as an adapter returns it, with the terms it was indexed under."""

    id: str
    type: str
    name: str
    aliases: list[str]
    mentions: int
    province: str
    city: str
    terms: EntityTerms


def squash(bm25: float) -> float:
    return bm25 / (bm25 + BM25_HALF) if bm25 > 0 else 0.0


def _share(parts: Sequence[str], text: str) -> float:
    parts = [p for p in parts if p]
    return sum(p in text for p in parts) / len(parts) if parts else 0.0


def literal(parts: Sequence[str], text: str) -> float:
    """How often the parts occur literally, saturated and length-normalised like BM25's tf."""
    tf = sum(text.count(p) for p in parts if p)
    return tf / (tf + 0.5 + 0.5 * len(text) / AVG_CHARS) if tf else 0.0


def phrase_parts(plan: QueryPlan) -> list[list[str]]:
    """What counts as the query written out: its parts, each expansion's, each named name."""
    parts = [[compact(p) for p in normalize(t).split()] for t in [plan.query, *plan.expansions]]
    return parts + [[n] for n in plan.names]


def rank_score(c: StoredPassage, plan: QueryPlan, parts: list[list[str]] | None = None) -> float:
    """The final score of a candidate (see the module docstring)."""
    text = compact(c.text)
    parts = parts if parts is not None else phrase_parts(plan)
    phrase = max(_share(ps, text) for ps in parts)
    coverage = max(_share(alt, text) for alt in plan.alternatives) if plan.alternatives else 0.0
    coverage = max(coverage, phrase)  # the query (or a name it stands for) in full covers it
    boost = plan.boost_ids or plan.entity_ids
    entity = 1.0 if boost and set(c.entity_ids) & set(boost) else 0.0
    tf = max(literal(ps, text) for ps in parts)
    return (
        PHRASE * phrase
        + COVERAGE * coverage
        + ENTITY * entity
        + LITERAL * tf
        + (1 - LITERAL) * squash(c.score)
    )


def best_term(e: StoredEntity, prefix: str, kinds: Iterable[str]) -> tuple[str, str] | None:
    """The entity's term that ``prefix`` starts, preferring an exact one, then by kind."""
    allowed = set(kinds)
    found = [(t, k) for t, k in e.terms.kinds() if k in allowed and t.startswith(prefix)]
    if not found:
        return None
    return min(found, key=lambda tk: (tk[0] != prefix, KIND_ORDER[tk[1]], len(tk[0]), tk[0]))


def validate_page(limit: int, offset: int, page_max: int) -> None:
    if not 1 <= limit <= page_max:
        raise InputError(f"limit must be between 1 and {page_max}, not {limit}")
    if offset < 0 or offset + limit > MAX_WINDOW:
        raise InputError(
            f"offset must be ≥ 0 and offset + limit ≤ {MAX_WINDOW}; got offset {offset}"
        )


class BaseSearchIndex(SearchIndex):
    """The port's search and suggest, built on an adapter's primitives."""

    page_max: int = 100

    # -- adapter primitives ----------------------------------------------------------------

    @abstractmethod
    def _match(
        self, plan: QueryPlan, filters: SearchFilters, size: int, offset: int
    ) -> tuple[int, bool, list[StoredPassage]]:
        """(how many passages match, capped at ``TOTAL_CAP``; whether that count is exact; the
        page ``offset``/``size`` of them by BM25 then id)."""

    @abstractmethod
    def _facets(self, plan: QueryPlan, filters: SearchFilters) -> dict[str, list[FacetBucket]]:
        """Counts of matching passages per type, zone, industry and document (top values)."""

    @abstractmethod
    def _entities_by_terms(self, terms: list[str], kinds: Sequence[str]) -> list[StoredEntity]:
        """Entities with a term of these kinds exactly equal to one of ``terms``."""

    @abstractmethod
    def _entities_by_words(self, words: list[str], size: int) -> list[StoredEntity]:
        """Entities whose name tokens include every word; most mentioned first, then name, id."""

    @abstractmethod
    def _entities_by_prefix(
        self, prefix: str, kinds: Sequence[str], types: Sequence[str], size: int
    ) -> list[StoredEntity]:
        """Entities with a term of these kinds starting with ``prefix``; most mentioned first,
        then name, id."""

    # -- search ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        filters: SearchFilters | None = None,
        facets: bool = False,
    ) -> SearchResult:
        validate_page(limit, offset, self.page_max)
        validate_query(query)
        filters = filters or SearchFilters()
        named, parts, expansions, spelled = self._named_entities(query)
        plan = plan_query(query, expansions, [e.id for e in named])
        plan.names = list(
            dict.fromkeys(n for e in named for n in [*e.terms.names, *e.terms.shorts])
        )
        plan.boost_ids = [e.id for e in [*named, *parts]]
        total, exact, page = self._ranked(plan, filters, limit, offset)
        if total == 0 and len(plan.tokens) > 1:
            plan = plan.relaxed()
            total, exact, page = self._ranked(plan, filters, limit, offset)
        marks = [*plan.tokens, *plan.expansions]
        hits = []
        for c, score in page:
            p = Passage(
                id=c.passage_id,
                doc_id=c.doc_id,
                ordinal=c.ordinal,
                text=c.text,
                start=c.start,
                end=c.end,
                original=c.original,
            )
            snippet, spans = highlight(p, marks, query)
            hits.append(
                PassageHit(
                    passage_id=c.passage_id,
                    doc_id=c.doc_id,
                    doc_title=c.doc_title,
                    score=round(score, 6),
                    text=c.text,
                    snippet=snippet,
                    start=c.start,
                    end=c.end,
                    highlights=spans,
                    entity_ids=c.entity_ids,
                    entity_types=c.entity_types,
                    zones=c.zones,
                    industries=c.industries,
                )
            )
        return SearchResult(
            query=query,
            tokens=plan.tokens,
            total=total,
            total_exact=exact,
            offset=offset,
            limit=limit,
            passages=hits,
            entities=self._entity_hits(query, plan, [*named, *parts], spelled),
            facets=self._facets(plan, filters) if facets else {},
            filters=filters,
            expansions=plan.expansions,
            relaxed=not plan.strict,
        )

    def _ranked(
        self, plan: QueryPlan, filters: SearchFilters, limit: int, offset: int
    ) -> tuple[int, bool, list[tuple[StoredPassage, float]]]:
        parts = phrase_parts(plan)
        if offset + limit <= RERANK_WINDOW:
            total, exact, window = self._match(plan, filters, RERANK_WINDOW, 0)
            scored = [(c, rank_score(c, plan, parts)) for c in window]
            scored.sort(key=lambda cs: (-round(cs[1], 9), cs[0].passage_id))
            return total, exact, scored[offset : offset + limit]
        total, exact, page = self._match(plan, filters, limit, offset)
        return total, exact, [(c, rank_score(c, plan, parts)) for c in page]

    def _named_entities(
        self, query: str
    ) -> tuple[list[StoredEntity], list[StoredEntity], list[str], list[StoredEntity]]:
        """Entities the whole query names exactly, and those its parts name (阳泉高新区 in
        "阳泉高新区 实训基地"); for a pinyin query, what it spells (阳泉 for yangquan) and the
        entities whose pinyin it starts."""
        whole = compact(query)
        terms = list(dict.fromkeys(t for t in [whole, *map(compact, query.split())] if t))
        found_named = self._entities_by_terms(terms, NAME_KINDS) if terms else []
        named = [e for e in found_named if whole in [t for t, _ in e.terms.kinds()]]
        parts = [e for e in found_named if e.id not in {n.id for n in named}]
        typed = pinyin_like(query)
        if not typed:
            return named, parts, [], []
        found: list[tuple[str, bool]] = []
        spelled: list[StoredEntity] = []
        for e, term, _ in self._suggestions(typed, PINYIN_KINDS, (), ENTITY_HITS):
            spelled.append(e)
            if term == typed and e.id not in {n.id for n in named}:
                named.append(e)  # the whole name spelled out: that entity
            written = _written_prefix(e, typed)
            if written and len(written[0]) >= 2:
                found.append(written)
        # "changji" spells 昌吉 (chang-ji) whole, and only the start of 长江 (chang-jiang):
        # whole syllables win when there are any.
        complete = [w for w, whole in found if whole]
        expansions = list(dict.fromkeys(complete or [w for w, _ in found]))
        return named, parts, expansions[:3], spelled

    def _entity_hits(
        self, query: str, plan: QueryPlan, named: list[StoredEntity], spelled: list[StoredEntity]
    ) -> list[EntityHit]:
        q = compact(query)
        pool = {e.id: e for e in named}
        for e in spelled:
            pool.setdefault(e.id, e)
        words = plan.alternatives[0] if plan.alternatives else plan.tokens
        for e in self._entities_by_words(words, ENTITY_POOL):
            pool.setdefault(e.id, e)
        exact = {e.id for e in named}

        def key(e: StoredEntity) -> tuple[int, int, int, int, str, str]:
            starts = any(t.startswith(q) for t, _ in e.terms.kinds())
            return (e.id not in exact, not starts, -e.mentions, len(e.name), e.name, e.id)

        ordered = sorted(pool.values(), key=key)[:ENTITY_HITS]
        return [
            EntityHit(
                id=e.id,
                type=e.type,
                name=e.name,
                aliases=e.aliases,
                score=round((2.0 if e.id in exact else 1.0) + squash(float(e.mentions)), 6),
                mentions=e.mentions,
                province=e.province,
                city=e.city,
            )
            for e in ordered
        ]

    # -- suggest ---------------------------------------------------------------------------

    def suggest(self, prefix: str, limit: int = 10, types: Iterable[str] = ()) -> SuggestResult:
        if not 1 <= limit <= self.page_max:
            raise InputError(f"limit must be between 1 and {self.page_max}, not {limit}")
        if len(prefix) > MAX_PREFIX_CHARS:
            raise InputError(
                f"prefix is {len(prefix)} characters long; the limit is {MAX_PREFIX_CHARS}"
            )
        typed = compact(prefix).replace("'", "")
        if not typed:
            raise InputError(f"prefix {prefix!r} has no letters")
        kinds: tuple[SuggestKind, ...] = (
            NAME_KINDS + PINYIN_KINDS if pinyin_like(prefix) else NAME_KINDS
        )
        out = []
        for e, term, kind in self._suggestions(typed, kinds, tuple(types), limit):
            exact = term == typed
            score = (
                (2.0 if exact else 1.0) - 0.1 * KIND_ORDER[kind] + 0.09 * squash(float(e.mentions))
            )
            out.append(
                Suggestion(
                    id=e.id,
                    type=e.type,
                    name=e.name,
                    matched=term,
                    kind=kind,  # type: ignore[arg-type]
                    score=round(score, 6),
                    mentions=e.mentions,
                    province=e.province,
                    city=e.city,
                )
            )
        return SuggestResult(prefix=prefix, suggestions=out)

    def _suggestions(
        self, typed: str, kinds: Sequence[str], types: Sequence[str], limit: int
    ) -> list[tuple[StoredEntity, str, str]]:
        """(entity, matched term, kind), best first: exact before prefix, names before
        pinyin, then most mentioned, shortest name, name, id."""
        pool = {e.id: e for e in self._entities_by_terms([typed], kinds) if _typed(e, types)}
        for e in self._entities_by_prefix(typed, kinds, types, SUGGEST_POOL):
            pool.setdefault(e.id, e)
        ranked = []
        for e in pool.values():
            found = best_term(e, typed, kinds)
            if found:
                term, kind = found
                key = (term != typed, KIND_ORDER[kind], -e.mentions, len(e.name), e.name, e.id)
                ranked.append((key, e, term, kind))
        ranked.sort(key=lambda r: r[0])
        # Among the best few, pinyin that ends on a syllable boundary ranks first
        # (changji: 昌吉高新区 before 长江流域…); pinyin is only worked out for those few.
        head = ranked[: 3 * limit]
        head.sort(key=lambda r: (r[0][0], r[3] == "pinyin" and not _whole(r[1], typed), r[0]))
        return [(e, term, kind) for _, e, term, kind in [*head, *ranked[3 * limit :]][:limit]]


def _typed(e: StoredEntity, types: Sequence[str]) -> bool:
    return not types or e.type in types


def _written_prefix(e: StoredEntity, typed: str) -> tuple[str, bool] | None:
    """What pinyin ``typed`` spells of one of the entity's written names (see
    ``pinyin_prefix``), preferring a name it spells in whole syllables."""
    best: tuple[str, bool] | None = None
    for n in [*e.terms.names, *e.terms.shorts]:
        found = pinyin_prefix(n, typed)
        if found and found[1]:
            return found
        best = best or found
    return best


def _whole(e: StoredEntity, typed: str) -> bool:
    found = _written_prefix(e, typed)
    return bool(found and found[1])
