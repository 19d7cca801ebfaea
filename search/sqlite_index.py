"""Embedded ``SearchIndex``: SQLite FTS5 over whitespace-joined jieba tokens, BM25-ranked."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from chainkg.errors import InputError
from chainkg.graph.port import EntityRecord
from chainkg.model import Passage
from chainkg.nlp.tokens import search_tokens
from chainkg.search.highlight import highlight
from chainkg.search.port import EntityHit, PassageHit, SearchIndex, SearchResult
from chainkg.sqlitedb import connect

SCHEMA = """
CREATE TABLE IF NOT EXISTS search_passages (
    rowid INTEGER PRIMARY KEY, passage_id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, original TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS search_passages_doc ON search_passages(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(tokens, tokenize = 'unicode61');
CREATE TABLE IF NOT EXISTS search_entities (
    rowid INTEGER PRIMARY KEY, entity_id TEXT UNIQUE NOT NULL, type TEXT NOT NULL,
    name TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS entities_fts USING fts5(tokens, tokenize = 'unicode61');
"""

MAX_QUERY_CHARS = 200


def match_expression(tokens: list[str], operator: str) -> str:
    """An FTS5 query of quoted tokens: query syntax in the user's text has no effect."""
    return f" {operator} ".join('"' + t.replace('"', '""') + '"' for t in tokens)


def query_tokens(query: str) -> list[str]:
    """Validated, de-duplicated search tokens of a user query."""
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    tokens = list(dict.fromkeys(search_tokens(query)))
    if not tokens:
        raise InputError(f"query {query!r} has no searchable words")
    return tokens


class SqliteSearchIndex(SearchIndex):
    """FTS5 tables in the embedded backend's SQLite file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self.initialize()
        assert self._conn is not None
        return self._conn

    def initialize(self) -> None:
        if self._conn is None:
            self._conn = connect(self._path)
            self._conn.executescript(SCHEMA)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def index_passages(self, passages: Iterable[Passage]) -> None:
        rows = [(p, " ".join(search_tokens(p.text))) for p in passages]
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                for p, tokens in rows:
                    old = c.execute(
                        "SELECT rowid FROM search_passages WHERE passage_id = ?", (p.id,)
                    ).fetchone()
                    if old:
                        c.execute("DELETE FROM passages_fts WHERE rowid = ?", (old[0],))
                        c.execute("DELETE FROM search_passages WHERE rowid = ?", (old[0],))
                    cur = c.execute(
                        "INSERT INTO search_passages"
                        "(passage_id, doc_id, text, start, end, original)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (p.id, p.doc_id, p.text, p.start, p.end, p.original),
                    )
                    c.execute(
                        "INSERT INTO passages_fts(rowid, tokens) VALUES (?, ?)",
                        (cur.lastrowid, tokens),
                    )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def index_entities(self, entities: Iterable[EntityRecord]) -> None:
        rows = []
        for e in entities:
            names = [e.name, *e.aliases]
            words = [n.lower() for n in names] + [t for n in names for t in search_tokens(n)]
            rows.append((e, " ".join(words)))
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                for e, tokens in rows:
                    self._delete_entity(c, e.id)
                    cur = c.execute(
                        "INSERT INTO search_entities(entity_id, type, name, aliases)"
                        " VALUES (?, ?, ?, ?)",
                        (e.id, e.type, e.name, json.dumps(e.aliases, ensure_ascii=False)),
                    )
                    c.execute(
                        "INSERT INTO entities_fts(rowid, tokens) VALUES (?, ?)",
                        (cur.lastrowid, tokens),
                    )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    @staticmethod
    def _delete_entity(c: sqlite3.Connection, entity_id: str) -> None:
        old = c.execute(
            "SELECT rowid FROM search_entities WHERE entity_id = ?", (entity_id,)
        ).fetchone()
        if old:
            c.execute("DELETE FROM entities_fts WHERE rowid = ?", (old[0],))
            c.execute("DELETE FROM search_entities WHERE rowid = ?", (old[0],))

    def delete_document(self, doc_id: str) -> None:
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            c.execute(
                "DELETE FROM passages_fts WHERE rowid IN"
                " (SELECT rowid FROM search_passages WHERE doc_id = ?)",
                (doc_id,),
            )
            c.execute("DELETE FROM search_passages WHERE doc_id = ?", (doc_id,))
            c.execute("COMMIT")

    def delete_entities(self, entity_ids: Iterable[str]) -> None:
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            for eid in entity_ids:
                self._delete_entity(c, eid)
            c.execute("COMMIT")

    def clear(self) -> None:
        with self._lock:
            for table in ("passages_fts", "search_passages", "entities_fts", "search_entities"):
                self.conn.execute(f"DELETE FROM {table}")

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

    def search(self, query: str, limit: int = 10, offset: int = 0) -> SearchResult:
        tokens = query_tokens(query)
        with self._lock:
            total, rows = self._passages(tokens, "AND", limit, offset)
            if total == 0 and len(tokens) > 1:
                total, rows = self._passages(tokens, "OR", limit, offset)
            entity_rows = self.conn.execute(
                "SELECT e.entity_id, e.type, e.name, e.aliases, bm25(entities_fts) AS rank"
                " FROM entities_fts JOIN search_entities e ON e.rowid = entities_fts.rowid"
                " WHERE entities_fts MATCH ? ORDER BY rank, e.name LIMIT 10",
                (match_expression(tokens, "AND"),),
            ).fetchall()
        hits = []
        for r in rows:
            p = Passage(
                id=r["passage_id"],
                doc_id=r["doc_id"],
                ordinal=0,
                text=r["text"],
                start=r["start"],
                end=r["end"],
                original=r["original"],
            )
            snippet, marks = highlight(p, tokens, query)
            hits.append(
                PassageHit(
                    passage_id=p.id,
                    doc_id=p.doc_id,
                    score=-r["rank"],
                    text=p.text,
                    snippet=snippet,
                    start=p.start,
                    end=p.end,
                    highlights=marks,
                )
            )
        entities = [
            EntityHit(
                id=r["entity_id"],
                type=r["type"],
                name=r["name"],
                aliases=json.loads(r["aliases"]),
                score=-r["rank"],
            )
            for r in entity_rows
        ]
        return SearchResult(
            query=query,
            tokens=tokens,
            total=total,
            offset=offset,
            limit=limit,
            passages=hits,
            entities=entities,
        )

    def _passages(
        self, tokens: list[str], operator: str, limit: int, offset: int
    ) -> tuple[int, list[sqlite3.Row]]:
        expr = match_expression(tokens, operator)
        total = self.conn.execute(
            "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", (expr,)
        ).fetchone()[0]
        rows = self.conn.execute(
            "SELECT p.passage_id, p.doc_id, p.text, p.start, p.end, p.original,"
            " bm25(passages_fts) AS rank FROM passages_fts"
            " JOIN search_passages p ON p.rowid = passages_fts.rowid"
            " WHERE passages_fts MATCH ? ORDER BY rank, p.passage_id LIMIT ? OFFSET ?",
            (expr, limit, offset),
        ).fetchall()
        return total, rows
