"""Embedded ``SearchIndex``: SQLite FTS5 over whitespace-joined jieba tokens, BM25-ranked.

Tables (in the embedded backend's SQLite file, beside the graph):

- ``search_passages`` — one row per passage: ids, title, date, repaired and original text
  (NULL when the repair changed nothing), offsets, and its annotations as JSON;
- ``passages_fts`` — FTS5 over its tokens and, in ``ents``, the ids of the entities it names
  and one token per filter value (``tag_token``: entity types, zones, industries, document), so
  filters are intersected by FTS5 with the words;
- ``search_passage_tags`` — (kind, value, rowid) for facets: entity id, type, zone, industry;
- ``search_df`` — document frequencies of the tokens, the number of passages and their total
  length, kept in step with every write: BM25's statistics without asking FTS5;
- ``search_entities`` with ``entities_fts`` (tokens of names, aliases, short forms) and
  ``search_suggest`` (every normalised name, alias, short form and pinyin form, B-tree indexed
  for prefix ranges).

Matching is FTS5's; scoring is not. FTS5's ``bm25()`` counts, on every query, the passages
holding each word — a walk over the whole posting list of a word in a third of a million
passages — and scores every match. Here FTS5 only finds matches (counted up to ``TOTAL_CAP``,
as Elasticsearch's ``track_total_hits``), and BM25 (FTS5's formula, statistics from
``search_df``) is computed on their stored tokens in blocks of ``RANK_BLOCK``, newest first:
up to ``RANK_BLOCK`` matches are ranked exactly; beyond that, each block of ``RANK_BLOCK``
matches (newest first) is ranked by BM25 and the blocks follow each other, so every page is
consistent with every other. Elasticsearch ranks all matches; the two agree wherever a query
matches at most ``RANK_BLOCK`` passages.

Every user value reaches SQLite as a bound parameter; FTS5 expressions are built only from
quoted tokens (``"…"`` with quotes doubled), so query syntax in the user's text has no effect.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from chainkg.graph.port import EntityRecord
from chainkg.model import Passage
from chainkg.search.core import (
    FACET_SIZE,
    TOTAL_CAP,
    BaseSearchIndex,
    StoredEntity,
    StoredPassage,
)
from chainkg.search.names import EntityTerms, entity_terms, province_city
from chainkg.search.port import FacetBucket, PassageRecord, SearchFilters, as_record
from chainkg.search.text import QueryPlan, index_tokens
from chainkg.sqlitedb import SqliteFile

SCHEMA_VERSION = "5"
TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '+#&._%-'"
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_passages (
    rowid INTEGER PRIMARY KEY, passage_id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL,
    doc_title TEXT NOT NULL DEFAULT '', ordinal INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, original TEXT,
    date TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '{{}}');
CREATE INDEX IF NOT EXISTS search_passages_doc ON search_passages(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(tokens, ents, tokenize = "{TOKENIZE}");
CREATE TABLE IF NOT EXISTS search_passage_tags (
    kind TEXT NOT NULL, value TEXT NOT NULL, row INTEGER NOT NULL,
    PRIMARY KEY (kind, value, row)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_passage_tags_row ON search_passage_tags(row);
CREATE TABLE IF NOT EXISTS search_entities (
    rowid INTEGER PRIMARY KEY, entity_id TEXT UNIQUE NOT NULL, type TEXT NOT NULL,
    name TEXT NOT NULL, aliases TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0,
    province TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '{{}}');
CREATE INDEX IF NOT EXISTS search_entities_rank ON search_entities(mentions DESC, name, entity_id);
CREATE VIRTUAL TABLE IF NOT EXISTS entities_fts USING fts5(tokens, tokenize = "{TOKENIZE}");
CREATE TABLE IF NOT EXISTS search_suggest (
    term TEXT NOT NULL, kind TEXT NOT NULL, row INTEGER NOT NULL,
    PRIMARY KEY (term, row)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_suggest_row ON search_suggest(row);
CREATE TABLE IF NOT EXISTS search_df (
    term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
"""
TABLES = (
    "search_passages", "passages_fts", "search_passage_tags", "search_entities", "entities_fts",
    "search_suggest", "search_df",
)  # fmt: skip
ROWS = ""  # the search_df key holding the number of passages
LENGTH = " "  # the search_df key holding their total length in tokens (for BM25's avgdl)
MMAP_BYTES = 1 << 30
K1, B = 1.2, 0.75  # BM25's parameters, FTS5's and Lucene's defaults
SPLIT_MAX = 3_000  # see ``_split``
RANK_BLOCK = 500  # matches ranked together (see the module docstring)
TAG_KINDS = {"entities": "e", "types": "t", "zones": "z", "industries": "i"}
FACET_KINDS = {"type": "t", "zone": "z", "industry": "i"}
PREFIX_END = "\U0010ffff"


def fts_phrase(token: str) -> str:
    """A token as an FTS5 string: quoted, quotes doubled (no query syntax can get through)."""
    return '"' + token.replace('"', '""') + '"'


def match_expression(plan: QueryPlan) -> str:
    """Every word of one alternative, or a named entity; BM25 weighs the words (the entity ids
    have weight 0)."""
    ents = [f"ents : {fts_phrase(e)}" for e in plan.entity_ids]
    alts = [
        "(" + " AND ".join(f"tokens : {fts_phrase(w)}" for w in alt) + ")"
        for alt in plan.alternatives
    ]
    return " OR ".join(alts + ents)


def tag_token(kind: str, value: str) -> str:
    """The token a filter value is indexed under in the ``ents`` column: ``t__…`` for an entity
    type, ``z__``/``i__`` for a zone or industry name, ``d__`` for a document id (a hash, so
    that any value is one FTS5 token; entity ids, ``uni_…``, are indexed as they are)."""
    return f"{kind}__{hashlib.blake2b(value.encode(), digest_size=8).hexdigest()}"


def filter_expression(expr: str, filters: SearchFilters) -> str:
    """``expr`` restricted to the passages the filters keep: any value of a field, every field
    given."""
    parts = [f"({expr})"]
    for field, kind in TAG_KINDS.items():
        values: list[str] = getattr(filters, field)
        if values:
            tokens = values if kind == "e" else [tag_token(kind, v) for v in values]
            parts.append("(" + " OR ".join(f"ents : {fts_phrase(t)}" for t in tokens) + ")")
    if filters.documents:
        tokens = [tag_token("d", d) for d in filters.documents]
        parts.append("(" + " OR ".join(f"ents : {fts_phrase(t)}" for t in tokens) + ")")
    return expr if len(parts) == 1 else " AND ".join(parts)


def _ents(r: PassageRecord) -> str:
    """The ``ents`` column: the ids of the entities named, and the filter tokens."""
    tags = [tag_token(k, v) for k, v in _tags(r) if k != "e"]
    return " ".join([*r.entity_ids, *tags, tag_token("d", r.passage.doc_id)])


def _tags(r: PassageRecord) -> list[tuple[str, str]]:
    return (
        [("e", v) for v in r.entity_ids]
        + [("t", v) for v in r.entity_types]
        + [("z", v) for v in r.zones]
        + [("i", v) for v in r.industries]
    )


class SqliteSearchIndex(SqliteFile, BaseSearchIndex):
    """FTS5 tables in the embedded backend's SQLite file."""

    def __init__(self, path: Path, page_max: int = 100) -> None:
        super().__init__(path)
        self.page_max = page_max

    def _setup(self, conn: sqlite3.Connection) -> None:
        # Reads of stored tokens and passages go through the OS page cache without a copy per
        # page (this connection's setting; the graph store's is its own).
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        row = conn.execute("SELECT value FROM search_meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            # The index is derived data: an older layout is dropped, and ``reconcile`` (run
            # by every ingest) or ``chainkg reindex`` fills the new one from the graph.
            self._drop(conn)
        conn.executescript(SCHEMA)
        conn.execute(
            "INSERT OR REPLACE INTO search_meta(key, value) VALUES ('schema', ?)",
            (SCHEMA_VERSION,),
        )

    @staticmethod
    def _drop(conn: sqlite3.Connection) -> None:
        for table in TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
            except BaseException:
                c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")

    # -- writes ----------------------------------------------------------------------------

    def index_passages(self, passages: Iterable[Passage | PassageRecord]) -> None:
        batch: list[tuple[PassageRecord, str]] = []
        for p in passages:
            r = as_record(p)
            tokens = r.tokens if r.tokens is not None else index_tokens(r.passage.text)
            batch.append((r, " ".join(tokens)))
            if len(batch) >= 5000:
                self._write_passages(batch)
                batch = []
        if batch:
            self._write_passages(batch)

    def _write_passages(self, batch: list[tuple[PassageRecord, str]]) -> None:
        df: Counter[str] = Counter()
        with self._write() as c:
            for r, tokens in batch:
                p = r.passage
                self._delete_passage(c, p.id, df)
                words = tokens.split()
                df.update(set(words))
                df[ROWS] += 1
                df[LENGTH] += len(words)
                tags = {
                    "entity_ids": r.entity_ids,
                    "entity_types": r.entity_types,
                    "zones": r.zones,
                    "industries": r.industries,
                }
                cur = c.execute(
                    "INSERT INTO search_passages(passage_id, doc_id, doc_title, ordinal, text,"
                    " start, end, original, date, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (p.id, p.doc_id, r.title, p.ordinal, p.text, p.start, p.end,
                     None if p.original == p.text else p.original,
                     r.date, json.dumps(tags, ensure_ascii=False)),
                )  # fmt: skip
                row = cur.lastrowid
                c.execute(
                    "INSERT INTO passages_fts(rowid, tokens, ents) VALUES (?, ?, ?)",
                    (row, tokens, _ents(r)),
                )
                c.executemany(
                    "INSERT OR IGNORE INTO search_passage_tags(kind, value, row) VALUES (?, ?, ?)",
                    [(k, v, row) for k, v in _tags(r)],
                )
            self._add_df(c, df)

    @staticmethod
    def _add_df(c: sqlite3.Connection, df: Counter[str]) -> None:
        """Keep the document frequencies of tokens (see ``_split``) in step with the rows."""
        c.executemany(
            "INSERT INTO search_df(term, df) VALUES (?, ?)"
            " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            [(t, n) for t, n in df.items() if n],
        )

    @staticmethod
    def _forget(c: sqlite3.Connection, row: int, df: Counter[str]) -> None:
        found = c.execute("SELECT tokens FROM passages_fts WHERE rowid = ?", (row,)).fetchone()
        if found:
            words = str(found[0]).split()
            df.subtract(set(words))
            df[ROWS] -= 1
            df[LENGTH] -= len(words)

    @classmethod
    def _delete_passage(cls, c: sqlite3.Connection, passage_id: str, df: Counter[str]) -> None:
        old = c.execute(
            "SELECT rowid FROM search_passages WHERE passage_id = ?", (passage_id,)
        ).fetchone()
        if old:
            cls._forget(c, old[0], df)
            c.execute("DELETE FROM passages_fts WHERE rowid = ?", (old[0],))
            c.execute("DELETE FROM search_passage_tags WHERE row = ?", (old[0],))
            c.execute("DELETE FROM search_passages WHERE rowid = ?", (old[0],))

    def index_entities(self, entities: Iterable[EntityRecord]) -> None:
        batch: list[tuple[EntityRecord, EntityTerms, tuple[str, str], str]] = []
        for e in entities:
            terms = entity_terms(e)
            words = [t for n in [*terms.names, *terms.shorts] for t in index_tokens(n)]
            batch.append((e, terms, province_city(e), " ".join([*terms.names, *words])))
            if len(batch) >= 5000:
                self._write_entities(batch)
                batch = []
        if batch:
            self._write_entities(batch)

    def _write_entities(
        self, batch: list[tuple[EntityRecord, EntityTerms, tuple[str, str], str]]
    ) -> None:
        with self._write() as c:
            for e, terms, (province, city), tokens in batch:
                self._delete_entity(c, e.id)
                cur = c.execute(
                    "INSERT INTO search_entities(entity_id, type, name, aliases, mentions,"
                    " province, city, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (e.id, e.type, e.name, json.dumps(e.aliases, ensure_ascii=False), e.mentions,
                     province, city, json.dumps(_terms_json(terms), ensure_ascii=False)),
                )  # fmt: skip
                row = cur.lastrowid
                c.execute("INSERT INTO entities_fts(rowid, tokens) VALUES (?, ?)", (row, tokens))
                c.executemany(
                    "INSERT OR IGNORE INTO search_suggest(term, kind, row) VALUES (?, ?, ?)",
                    [(t, k, row) for t, k in terms.kinds()],
                )

    @staticmethod
    def _delete_entity(c: sqlite3.Connection, entity_id: str) -> None:
        old = c.execute(
            "SELECT rowid FROM search_entities WHERE entity_id = ?", (entity_id,)
        ).fetchone()
        if old:
            c.execute("DELETE FROM entities_fts WHERE rowid = ?", (old[0],))
            c.execute("DELETE FROM search_suggest WHERE row = ?", (old[0],))
            c.execute("DELETE FROM search_entities WHERE rowid = ?", (old[0],))

    def delete_document(self, doc_id: str) -> None:
        with self._write() as c:
            rows = c.execute(
                "SELECT rowid FROM search_passages WHERE doc_id = ?", (doc_id,)
            ).fetchall()
            df: Counter[str] = Counter()
            for (row,) in rows:
                self._forget(c, row, df)
                c.execute("DELETE FROM passages_fts WHERE rowid = ?", (row,))
                c.execute("DELETE FROM search_passage_tags WHERE row = ?", (row,))
            c.execute("DELETE FROM search_passages WHERE doc_id = ?", (doc_id,))
            self._add_df(c, df)

    def delete_entities(self, entity_ids: Iterable[str]) -> None:
        with self._write() as c:
            for eid in entity_ids:
                self._delete_entity(c, eid)

    def clear(self) -> None:
        with self._write() as c:
            self._drop(c)
            for stmt in SCHEMA.split(";\n"):
                if stmt.strip():
                    c.execute(stmt)

    # -- reads -----------------------------------------------------------------------------

    def document_ids(self) -> set[str]:
        with self._lock:
            rows = self.conn.execute("SELECT DISTINCT doc_id FROM search_passages").fetchall()
        return {r[0] for r in rows}

    def entity_ids(self) -> set[str]:
        with self._lock:
            rows = self.conn.execute("SELECT entity_id FROM search_entities").fetchall()
        return {r[0] for r in rows}

    def passage_count(self, doc_id: str) -> int:
        with self._lock:
            row = self.conn.execute(
                "SELECT count(*) FROM search_passages WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        return int(row[0])

    def _stats(self, words: list[str]) -> Stats:
        """Document frequencies of ``words``, the number of passages and their mean length."""
        keys = [ROWS, LENGTH, *words]
        with self._lock:
            df = dict(
                self.conn.execute(
                    f"SELECT term, df FROM search_df WHERE term IN ({', '.join('?' * len(keys))})",
                    keys,
                ).fetchall()
            )
        rows = int(df.pop(ROWS, 0))
        length = int(df.pop(LENGTH, 0))
        return Stats(df={w: int(df.get(w, 0)) for w in words}, rows=rows,
                     avgdl=length / rows if rows else 1.0)  # fmt: skip

    def _source(
        self, plan: QueryPlan, filters: SearchFilters, stats: Stats
    ) -> tuple[str, list[object], bool]:
        """SQL giving the rowids of the matching passages (oldest first) after ``SELECT rowid``
        (more columns may be inserted), its parameters, and whether it reads each match's
        stored tokens (``_split``). The filters are part of the MATCH expression
        (``filter_expression``): FTS5 intersects them with the words."""
        expr, split, split_args = self._split(plan, stats)
        return (
            f"SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?{split}",
            [filter_expression(expr, filters), *split_args],
            bool(split),
        )

    def _match(
        self, plan: QueryPlan, filters: SearchFilters, size: int, offset: int
    ) -> tuple[int, bool, list[StoredPassage]]:
        stats = self._stats(plan.words)
        source, args, reads = self._source(plan, filters, stats)
        known: dict[int, str] = {}
        with self._lock:
            # One walk finds (up to TOTAL_CAP + 1) matches: their count, and the blocks. When
            # it reads their tokens anyway (to check common words), it keeps them.
            if reads:
                walk = source.replace("SELECT rowid", "SELECT rowid, tokens", 1)
                known = dict(self.conn.execute(f"{walk} LIMIT {TOTAL_CAP + 1}", args).fetchall())
                found = list(known)
            else:
                found = [r for (r,) in self.conn.execute(f"{source} LIMIT {TOTAL_CAP + 1}", args)]
            n = len(found)
            if n == 0:
                return 0, True, []
            scored: list[tuple[int, float]] = []
            first, last = offset // RANK_BLOCK, (offset + size - 1) // RANK_BLOCK
            for block in range(first, last + 1):
                lo = max(offset - block * RANK_BLOCK, 0)
                hi = min(offset + size - block * RANK_BLOCK, RANK_BLOCK)
                if n <= TOTAL_CAP:
                    ids = found[
                        max(n - (block + 1) * RANK_BLOCK, 0) : max(n - block * RANK_BLOCK, 0)
                    ]
                else:  # the newest of more than TOTAL_CAP: walking backwards finds them
                    ids = [
                        r
                        for (r,) in self.conn.execute(
                            f"{source} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                            [*args, RANK_BLOCK, block * RANK_BLOCK],
                        )
                    ]
                if known and all(r in known for r in ids):
                    tokens = [(r, known[r]) for r in ids]
                else:
                    tokens = self._tokens(ids)
                scored += _ranked(tokens, bm25(plan.words, stats), lo, hi - lo)
            rows = {
                r["rowid"]: r
                for r in self.conn.execute(
                    "SELECT rowid, passage_id, doc_id, doc_title, ordinal, text, start, end,"
                    " original, date, tags FROM search_passages"
                    f" WHERE rowid IN ({', '.join('?' * len(scored))})",
                    [r for r, _ in scored],
                )
            }
        out = []
        for rowid, score in scored:
            r = rows[rowid]
            tags = json.loads(r["tags"])
            out.append(
                StoredPassage(
                    passage_id=r["passage_id"],
                    doc_id=r["doc_id"],
                    doc_title=r["doc_title"],
                    ordinal=r["ordinal"],
                    text=r["text"],
                    start=r["start"],
                    end=r["end"],
                    original=r["text"] if r["original"] is None else r["original"],
                    date=r["date"],
                    entity_ids=tags.get("entity_ids", []),
                    entity_types=tags.get("entity_types", []),
                    zones=tags.get("zones", []),
                    industries=tags.get("industries", []),
                    score=score,
                )
            )
        return min(int(n), TOTAL_CAP), n <= TOTAL_CAP, out

    def _tokens(self, rowids: list[int]) -> list[tuple[int, str]]:
        """(rowid, stored tokens) of these passages, read from the table where FTS5 keeps the
        columns (``passages_fts_content``: ``id``, then ``c0`` for ``tokens``): a plain B-tree
        lookup, three times faster than one through the virtual table."""
        if not rowids:
            return []
        rows = self.conn.execute(
            "SELECT id, c0 FROM passages_fts_content WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(rowids),),
        ).fetchall()
        return [(int(r), str(t)) for r, t in rows]

    def _split(self, plan: QueryPlan, stats: Stats) -> tuple[str, str, list[str]]:
        """The MATCH expression, and conditions checked on the matching rows.

        Intersecting a word in most passages makes FTS5 walk most of its posting list. When the
        other words of a one-alternative plan are rare together (an estimated ``SPLIT_MAX``
        passages or fewer: a zone's number, a name), the common words leave the MATCH expression
        and are checked in the stored tokens of the rows the rare ones match: the same rows
        match. When the rare words match many rows, reading each row costs more than the walk.
        """
        if len(plan.alternatives) != 1 or len(plan.alternatives[0]) < 2:
            return match_expression(plan), "", []
        words = plan.alternatives[0]
        rows = stats.rows
        common = [w for w in words if 2 * stats.df.get(w, 0) >= rows > 0]
        rare = [w for w in words if w not in common]
        if not common or not rare or _estimate(rare, stats) > SPLIT_MAX:
            return match_expression(plan), "", []
        narrowed = QueryPlan(
            query=plan.query,
            tokens=plan.tokens,
            alternatives=[rare],
            phrases=plan.phrases,
            entity_ids=plan.entity_ids,
        )
        checks = " AND ".join("instr(' ' || passages_fts.tokens || ' ', ?) > 0" for _ in common)
        args = [f" {w} " for w in common]
        if plan.entity_ids:
            return (
                match_expression(narrowed),
                f" AND (({checks}) OR {_tagged_sql(plan.entity_ids)})",
                [*args, *plan.entity_ids],
            )
        return match_expression(narrowed), f" AND {checks}", args

    def _facets(self, plan: QueryPlan, filters: SearchFilters) -> dict[str, list[FacetBucket]]:
        source, args, _ = self._source(plan, filters, self._stats(plan.words))
        # Over at most TOTAL_CAP matches (the most recent), as the total counts them.
        matching = f"{source} ORDER BY rowid DESC LIMIT {TOTAL_CAP}"
        out: dict[str, list[FacetBucket]] = {}
        with self._lock:
            c = self.conn
            c.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (row INTEGER PRIMARY KEY)")
            c.execute("DELETE FROM temp.search_hits")
            c.execute(f"INSERT INTO temp.search_hits {matching}", args)
            for name, kind in FACET_KINDS.items():
                rows = c.execute(
                    # CROSS JOIN keeps the (few) hits as the outer loop: the planner has no
                    # statistics on the temp table and would otherwise scan every tag.
                    "SELECT t.value, count(*) AS n FROM temp.search_hits h"
                    " CROSS JOIN search_passage_tags t ON t.row = h.row AND t.kind = ?"
                    " GROUP BY t.value ORDER BY n DESC, t.value LIMIT ?",
                    (kind, FACET_SIZE),
                ).fetchall()
                out[name] = [FacetBucket(value=r[0], count=r[1]) for r in rows]
            rows = c.execute(
                "SELECT p.doc_id, count(*) AS n, min(p.doc_title) FROM temp.search_hits h"
                " CROSS JOIN search_passages p ON p.rowid = h.row"
                " GROUP BY p.doc_id ORDER BY n DESC, p.doc_id LIMIT ?",
                (FACET_SIZE,),
            ).fetchall()
            out["document"] = [FacetBucket(value=r[0], count=r[1], label=r[2]) for r in rows]
            c.execute("DELETE FROM temp.search_hits")
        return out

    # -- entities --------------------------------------------------------------------------

    _ENTITY_COLUMNS = (
        "e.entity_id, e.type, e.name, e.aliases, e.mentions, e.province, e.city, e.terms"
    )
    _ENTITY_ORDER = " ORDER BY e.mentions DESC, e.name, e.entity_id"

    @staticmethod
    def _entity(r: sqlite3.Row) -> StoredEntity:
        t = json.loads(r["terms"])
        return StoredEntity(
            id=r["entity_id"],
            type=r["type"],
            name=r["name"],
            aliases=json.loads(r["aliases"]),
            mentions=r["mentions"],
            province=r["province"],
            city=r["city"],
            terms=EntityTerms(
                names=t.get("names", []),
                shorts=t.get("shorts", []),
                pinyin=t.get("pinyin", []),
                initials=t.get("initials", []),
            ),
        )

    def _entities_by_terms(self, terms: list[str], kinds: Sequence[str]) -> list[StoredEntity]:
        if not terms:
            return []
        sql = (
            f"SELECT {self._ENTITY_COLUMNS} FROM search_entities e WHERE e.rowid IN"
            f" (SELECT row FROM search_suggest WHERE term IN ({', '.join('?' * len(terms))})"
            f" AND kind IN ({', '.join('?' * len(kinds))})){self._ENTITY_ORDER}"
        )
        with self._lock:
            rows = self.conn.execute(sql, [*terms, *kinds]).fetchall()
        return [self._entity(r) for r in rows]

    def _entities_by_words(self, words: list[str], size: int) -> list[StoredEntity]:
        if not words:
            return []
        expr = " AND ".join(fts_phrase(w) for w in words)
        sql = (
            f"SELECT {self._ENTITY_COLUMNS} FROM search_entities e WHERE e.rowid IN"
            f" (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?){self._ENTITY_ORDER}"
            " LIMIT ?"
        )
        with self._lock:
            rows = self.conn.execute(sql, (expr, size)).fetchall()
        return [self._entity(r) for r in rows]

    def _entities_by_prefix(
        self, prefix: str, kinds: Sequence[str], types: Sequence[str], size: int
    ) -> list[StoredEntity]:
        args: list[object] = [prefix, prefix + PREFIX_END, *kinds]
        type_sql = ""
        if types:
            type_sql = f" AND e.type IN ({', '.join('?' * len(types))})"
            args += list(types)
        sql = (
            f"SELECT {self._ENTITY_COLUMNS} FROM search_entities e WHERE e.rowid IN"
            " (SELECT row FROM search_suggest WHERE term >= ? AND term < ?"
            f" AND kind IN ({', '.join('?' * len(kinds))})){type_sql}{self._ENTITY_ORDER} LIMIT ?"
        )
        with self._lock:
            rows = self.conn.execute(sql, [*args, size]).fetchall()
        return [self._entity(r) for r in rows]


@dataclass(frozen=True, slots=True)
class Stats:
    """What BM25 needs beside a passage's own tokens."""

    df: dict[str, int]
    rows: int
    avgdl: float


def _idf(df: int, rows: int) -> float:
    """BM25's IDF as FTS5 computes it (a word in half the passages or more weighs ~0)."""
    idf = math.log((rows - df + 0.5) / (df + 0.5)) if rows else 0.0
    return idf if idf > 0 else 1e-6


def bm25(words: list[str], stats: Stats) -> Callable[[str], float]:
    """Okapi BM25 of ``words`` in a passage's stored tokens (FTS5's formula: IDF from the
    document frequencies, length in tokens, ``K1``, ``B``)."""
    weights = [
        (f" {w} ", f" {w} {w} ", _idf(stats.df.get(w, 0), stats.rows) * (K1 + 1)) for w in words
    ]
    norm, base = K1 * B / stats.avgdl, K1 * (1 - B)

    def score(tokens: str) -> float:
        spaced = f" {tokens} "
        total, k = 0.0, 0.0
        for w, twice, weight in weights:
            tf = spaced.count(w)
            if tf:
                if twice in spaced:  # " a a ": the shared space hides the second one
                    tf = spaced.replace(" ", "  ").count(w)
                k = k or base + norm * (tokens.count(" ") + 1)
                total += weight * tf / (tf + k)
        return total

    return score


def _ranked(
    rows: list[tuple[int, str]], score: Callable[[str], float], offset: int, size: int
) -> list[tuple[int, float]]:
    """The page ``offset``/``size`` of ``rows`` (rowid, tokens) by score, then newest first."""
    scored = sorted(((r, score(t)) for r, t in rows), key=lambda rs: (-rs[1], -rs[0]))
    return scored[offset : offset + size] if size > 0 else []


def _estimate(words: list[str], stats: Stats) -> float:
    """How many passages hold every one of ``words``, were they independent."""
    n = float(stats.rows)
    for w in words:
        n *= stats.df.get(w, 0) / stats.rows if stats.rows else 0.0
    return n


def _tagged_sql(entity_ids: list[str]) -> str:
    """The passage names one of these entities (ids as parameters)."""
    return (
        "EXISTS (SELECT 1 FROM search_passage_tags WHERE kind = 'e'"
        f" AND value IN ({', '.join('?' * len(entity_ids))}) AND row = passages_fts.rowid)"
    )


def _terms_json(t: EntityTerms) -> dict[str, list[str]]:
    return {"names": t.names, "shorts": t.shorts, "pinyin": t.pinyin, "initials": t.initials}
