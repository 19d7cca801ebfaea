"""Embedded ``SearchIndex``: SQLite FTS5 over whitespace-joined jieba tokens, BM25-ranked.

Tables (in the embedded backend's SQLite file, beside the graph):

- ``search_passages`` — one row per passage: ids, title, date, repaired and original text
  (NULL when the repair changed nothing),
  offsets, and its annotations as JSON; ``passages_fts`` — FTS5 over its tokens and the ids of
  the entities it names (the ids only filter and match, BM25 weighs them 0);
- ``search_passage_tags`` — (kind, value, rowid) for filters and facets: entity id, type, zone,
  industry;
- ``search_entities`` with ``entities_fts`` (tokens of names, aliases, short forms) and
  ``search_suggest`` (every normalised name, alias, short form and pinyin form, B-tree indexed
  for prefix ranges).

Every user value reaches SQLite as a bound parameter; FTS5 expressions are built only from
quoted tokens (``"…"`` with quotes doubled), so query syntax in the user's text has no effect.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
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

SCHEMA_VERSION = "4"
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
                df.update(set(tokens.split()))
                df[ROWS] += 1
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
                    (row, tokens, " ".join(r.entity_ids)),
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
            df.subtract(set(str(found[0]).split()))
            df[ROWS] -= 1

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

    @staticmethod
    def _filter_sql(filters: SearchFilters) -> tuple[str, list[str]]:
        """Conditions on ``passages_fts.rowid`` (fixed SQL, values as parameters)."""
        sql: list[str] = []
        args: list[str] = []
        for field, kind in TAG_KINDS.items():
            values: list[str] = getattr(filters, field)
            if values:
                marks = ", ".join("?" * len(values))
                # Checked per matching row (a primary-key probe), never as a list of every
                # passage with the tag: a common tag (type University) names most passages.
                sql.append(
                    "EXISTS (SELECT 1 FROM search_passage_tags WHERE kind = ?"
                    f" AND value IN ({marks}) AND row = passages_fts.rowid)"
                )
                args += [kind, *values]
        if filters.documents:
            marks = ", ".join("?" * len(filters.documents))
            sql.append(
                "EXISTS (SELECT 1 FROM search_passages WHERE rowid = passages_fts.rowid"
                f" AND doc_id IN ({marks}))"
            )
            args += filters.documents
        return "".join(f" AND {s}" for s in sql), args

    def _match(
        self, plan: QueryPlan, filters: SearchFilters, size: int, offset: int
    ) -> tuple[int, bool, list[StoredPassage]]:
        expr, split, split_args = self._split(plan)
        where, args = self._filter_sql(filters)
        where, args = split + where, [*split_args, *args]
        matching = f"SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?{where}"
        with self._lock:
            n = self.conn.execute(
                f"SELECT count(*) FROM ({matching} LIMIT {TOTAL_CAP + 1})", [expr, *args]
            ).fetchone()[0]
            if n == 0:
                return 0, True, []
            exact = n <= TOTAL_CAP
            # Rank inside FTS5 first, then read the stored columns of the page only (joining
            # before the sort would read every matching passage's text). Beyond TOTAL_CAP
            # matches, the most recently indexed TOTAL_CAP are ranked: exact BM25 over every
            # match has no early exit in FTS5 and grows with the match count.
            ranked = (
                "SELECT rowid, bm25(passages_fts, 1.0, 0.0) AS rank FROM passages_fts"
                f" WHERE passages_fts MATCH ?{where}"
            )
            if not exact:
                ranked = f"SELECT rowid, rank FROM ({ranked} ORDER BY rowid DESC LIMIT {TOTAL_CAP})"
            rows = self.conn.execute(
                "SELECT p.passage_id, p.doc_id, p.doc_title, p.ordinal, p.text, p.start, p.end,"
                f" p.original, p.date, p.tags, hits.rank FROM ({ranked}"
                " ORDER BY rank LIMIT ? OFFSET ?) AS hits"
                " JOIN search_passages p ON p.rowid = hits.rowid"
                " ORDER BY hits.rank, p.passage_id",
                [expr, *args, size, offset],
            ).fetchall()
        out = []
        for r in rows:
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
                    score=-float(r["rank"]),
                )
            )
        return min(int(n), TOTAL_CAP), exact, out

    def _split(self, plan: QueryPlan) -> tuple[str, str, list[str]]:
        """The MATCH expression, and conditions checked on the matching rows.

        FTS5's bm25 counts, on every query, the rows that hold each phrase of the expression:
        for a word in most passages that is a walk over most of the index, and such a word
        adds nothing to the score (FTS5 clamps the IDF of a phrase in half the rows or more to
        ~0). So, for a one-alternative plan, those words leave the MATCH expression and are
        checked on the (far fewer) rows the other words match, in their stored tokens: the
        same rows match, with the same scores, at a fraction of the cost.
        """
        if len(plan.alternatives) != 1 or len(plan.alternatives[0]) < 2:
            return match_expression(plan), "", []
        words = plan.alternatives[0]
        marks = ", ".join("?" * (len(words) + 1))
        with self._lock:
            df = dict(
                self.conn.execute(
                    f"SELECT term, df FROM search_df WHERE term IN ({marks})", [ROWS, *words]
                ).fetchall()
            )
        rows = df.get(ROWS, 0)
        common = [w for w in words if 2 * df.get(w, 0) >= rows > 0]
        if not common:
            return match_expression(plan), "", []
        rare = [w for w in words if w not in common]
        if not rare:
            keep = min(common, key=lambda w: df.get(w, 0))
            rare, common = [keep], [w for w in common if w != keep]
            if not common:
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
            marks = ", ".join("?" * len(plan.entity_ids))
            tagged = (
                "EXISTS (SELECT 1 FROM search_passage_tags WHERE kind = 'e'"
                f" AND value IN ({marks}) AND row = passages_fts.rowid)"
            )
            return (
                match_expression(narrowed),
                f" AND ({tagged} OR ({checks}))",
                [
                    *plan.entity_ids,
                    *args,
                ],
            )
        return match_expression(narrowed), f" AND {checks}", args

    def _facets(self, plan: QueryPlan, filters: SearchFilters) -> dict[str, list[FacetBucket]]:
        expr, split, split_args = self._split(plan)
        where, args = self._filter_sql(filters)
        where, args = split + where, [*split_args, *args]
        # Over at most TOTAL_CAP matches (the most recent), as ranking does.
        matching = (
            f"SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?{where}"
            f" ORDER BY rowid DESC LIMIT {TOTAL_CAP}"
        )
        out: dict[str, list[FacetBucket]] = {}
        with self._lock:
            c = self.conn
            c.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (row INTEGER PRIMARY KEY)")
            c.execute("DELETE FROM temp.search_hits")
            c.execute(f"INSERT INTO temp.search_hits {matching}", [expr, *args])
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


def _terms_json(t: EntityTerms) -> dict[str, list[str]]:
    return {"names": t.names, "shorts": t.shorts, "pinyin": t.pinyin, "initials": t.initials}
