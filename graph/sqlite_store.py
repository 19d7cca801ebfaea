"""Embedded ``GraphStore``: one SQLite file, no server."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from chainkg.graph.port import (
    DocumentInfo,
    EntityRecord,
    EntityRef,
    EvidenceRecord,
    FactRecord,
    GraphStore,
    Neighbour,
    RelationRecord,
    neighbour_order,
)
from chainkg.graph.records import DocumentGraph, props_json
from chainkg.model import Passage
from chainkg.sqlitedb import SqliteFile

CACHE_KIB = 64 * 1024  # page cache of the graph's connection (SQLite's default is 2 MiB)
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}', ingested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    original TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id, ordinal);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL DEFAULT '{}',
    centrality REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type, name);
CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, alias TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, alias, doc_id));
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias);
CREATE TABLE IF NOT EXISTS mentions (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL, surface TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    sentence TEXT NOT NULL, confidence REAL NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE TABLE IF NOT EXISTS relations (
    id TEXT PRIMARY KEY, head_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT NOT NULL, tail_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    props TEXT NOT NULL DEFAULT '{}',
    head_rank REAL NOT NULL DEFAULT 0, tail_rank REAL NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS evidence (
    relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    sentence TEXT NOT NULL, confidence REAL NOT NULL, props TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (relation_id, doc_id, start, end));
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence(doc_id);
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL,
    text TEXT NOT NULL, noun TEXT NOT NULL, counted_type TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facts_subject ON facts(subject_id);
"""

_RELATION_ORPHANS = (
    "DELETE FROM relations WHERE id IN ({marks}) AND NOT EXISTS"
    " (SELECT 1 FROM evidence e WHERE e.relation_id = relations.id)"
)
_ENTITY_ORPHANS = (
    "DELETE FROM entities WHERE id IN ({marks})"
    " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)"
    " AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.head_id = entities.id)"
    " AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.tail_id = entities.id)"
    " AND NOT EXISTS (SELECT 1 FROM facts f WHERE f.subject_id = entities.id)"
)


def _drop_documents(c: sqlite3.Connection, doc_ids: list[str]) -> tuple[int, list[str], list[str]]:
    """Delete documents (their rows cascade); return how many, and the relations and entities
    they touched, for ``_sweep`` to check once the transaction's writes are done."""
    marks = ",".join("?" * len(doc_ids))
    rels = [
        r[0]
        for r in c.execute(
            f"SELECT DISTINCT relation_id FROM evidence WHERE doc_id IN ({marks})", doc_ids
        )
    ]
    ents: set[str] = set()
    for chunk in _chunks(rels, 500):
        for h, t in c.execute(
            f"SELECT head_id, tail_id FROM relations WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            ents |= {h, t}
    ents |= {
        r[0]
        for r in c.execute(
            f"SELECT entity_id FROM mentions WHERE doc_id IN ({marks})"
            f" UNION SELECT subject_id FROM facts WHERE doc_id IN ({marks})",
            doc_ids * 2,
        )
    }
    deleted = c.execute(f"DELETE FROM documents WHERE id IN ({marks})", doc_ids).rowcount
    return int(deleted), rels, sorted(ents)


def _sweep(c: sqlite3.Connection, relation_ids: list[str], entity_ids: list[str]) -> None:
    """Remove, among the given relations and entities, those left without support. Only what
    deleted documents touched is checked, so the cost follows their size, not the graph's."""
    for sql, ids in ((_RELATION_ORPHANS, relation_ids), (_ENTITY_ORPHANS, entity_ids)):
        for chunk in _chunks(ids, 500):
            c.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


class SqliteGraphStore(SqliteFile, GraphStore):
    """Graph tables in one SQLite file; each document written in one transaction."""

    def _setup(self, conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.executescript(SCHEMA)
        self._migrate(conn)

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        """Columns added after the first release, and the indexes on them."""
        added = {
            "entities": [("centrality", "REAL NOT NULL DEFAULT 0")],
            "relations": [
                ("head_rank", "REAL NOT NULL DEFAULT 0"),
                ("tail_rank", "REAL NOT NULL DEFAULT 0"),
            ],
            "passages": [("original", "TEXT NOT NULL DEFAULT ''")],
        }
        for table, columns in added.items():
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            for name, decl in columns:
                if name not in have:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
        # Neighbours by centrality, read in index order (the other end's centrality, copied
        # onto the relation as its rank), of any type or of one type; the typed ones replace
        # the plain (end, type) indexes of the first release.
        for statement in (
            "CREATE INDEX IF NOT EXISTS relations_head_rank ON relations(head_id, tail_rank DESC)",
            "CREATE INDEX IF NOT EXISTS relations_tail_rank ON relations(tail_id, head_rank DESC)",
            "CREATE INDEX IF NOT EXISTS relations_head_type_rank"
            " ON relations(head_id, type, tail_rank DESC)",
            "CREATE INDEX IF NOT EXISTS relations_tail_type_rank"
            " ON relations(tail_id, type, head_rank DESC)",
            "DROP INDEX IF EXISTS relations_head",
            "DROP INDEX IF EXISTS relations_tail",
        ):
            conn.execute(statement)

    # -- writes -------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._lock:
            row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def write_document(self, graph: DocumentGraph, replaces: str | None = None) -> None:
        doc = graph.document
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, _transaction(self.conn) as c:
            # Replacing a document drops its old contributions first, atomically.
            _, rels, ents = _drop_documents(c, list(dict.fromkeys([doc.id, replaces or doc.id])))
            c.execute(
                "INSERT INTO documents(id, title, source, text, meta, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (doc.id, doc.title, doc.source, doc.text, json.dumps(doc.meta), now),
            )
            c.executemany(
                "INSERT OR REPLACE INTO passages(id, doc_id, ordinal, text, start, end, original)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (p.id, p.doc_id, p.ordinal, p.text, p.start, p.end, p.original)
                    for p in doc.passages
                ],
            )
            c.executemany(
                "INSERT INTO entities(id, type, name, props) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET props = json_patch(entities.props, excluded.props)",
                [(e.id, e.type, e.name, props_json(e.props)) for e in graph.entities.values()],
            )
            c.executemany(
                "INSERT OR IGNORE INTO aliases(entity_id, alias, doc_id) VALUES (?, ?, ?)",
                [(e.id, a, doc.id) for e in graph.entities.values() for a in sorted(e.aliases)],
            )
            c.executemany(
                "INSERT INTO mentions(entity_id, doc_id, passage_id, surface, start, end, sentence,"
                " confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        m.entity_id,
                        doc.id,
                        m.evidence.passage_id,
                        m.surface,
                        m.evidence.start,
                        m.evidence.end,
                        m.evidence.sentence,
                        m.evidence.confidence,
                    )
                    for m in graph.mentions
                ],
            )
            c.executemany(
                "INSERT INTO relations(id, head_id, type, tail_id, props, head_rank, tail_rank)"
                " VALUES (?, ?, ?, ?, ?,"
                " coalesce((SELECT centrality FROM entities WHERE id = ?), 0),"
                " coalesce((SELECT centrality FROM entities WHERE id = ?), 0))"
                " ON CONFLICT(id) DO UPDATE"
                " SET props = json_patch(relations.props, excluded.props)",
                [
                    (r.id, r.head_id, r.type, r.tail_id, props_json(r.props), r.head_id, r.tail_id)
                    for r in graph.relations
                ],
            )
            c.executemany(
                "INSERT OR IGNORE INTO evidence(relation_id, doc_id, passage_id, start, end,"
                " sentence, confidence, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.id,
                        doc.id,
                        r.evidence.passage_id,
                        r.evidence.start,
                        r.evidence.end,
                        r.evidence.sentence,
                        r.evidence.confidence,
                        props_json(r.props),
                    )
                    for r in graph.relations
                ],
            )
            c.executemany(
                "INSERT OR REPLACE INTO facts(id, subject_id, doc_id, passage_id, kind, value,"
                " unit,"
                " text, noun, counted_type, start, end, sentence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        f.id,
                        f.subject_id,
                        doc.id,
                        f.evidence.passage_id,
                        f.kind,
                        f.value,
                        f.unit,
                        f.text,
                        f.noun,
                        f.counted_type,
                        f.evidence.start,
                        f.evidence.end,
                        f.evidence.sentence,
                    )
                    for f in graph.facts
                ],
            )
            _sweep(c, rels, ents)

    def delete_document(self, doc_id: str) -> bool:
        with self._lock, _transaction(self.conn) as c:
            deleted, rels, ents = _drop_documents(c, [doc_id])
            _sweep(c, rels, ents)
        return deleted > 0

    # -- reads --------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        return self._documents("", ())

    def _documents(self, where: str, args: tuple[str, ...]) -> list[DocumentInfo]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT d.id, d.title, d.source, length(d.text) AS chars, d.ingested_at,"
                " (SELECT count(*) FROM passages p WHERE p.doc_id = d.id) AS passages"
                f" FROM documents d {where} ORDER BY d.ingested_at, d.id",
                args,
            ).fetchall()
        return [DocumentInfo(**dict(r)) for r in rows]

    def document_by_source(self, source: str) -> DocumentInfo | None:
        docs = [d for d in self._documents("WHERE d.source = ?", (source,))]
        return docs[-1] if docs else None

    def document_entities(self, doc_id: str) -> list[str]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT entity_id FROM mentions WHERE doc_id = ?"
                " UNION SELECT r.head_id FROM evidence e JOIN relations r ON r.id = e.relation_id"
                " WHERE e.doc_id = ?"
                " UNION SELECT r.tail_id FROM evidence e JOIN relations r ON r.id = e.relation_id"
                " WHERE e.doc_id = ?"
                " UNION SELECT subject_id FROM facts WHERE doc_id = ? ORDER BY 1",
                (doc_id, doc_id, doc_id, doc_id),
            ).fetchall()
        return [r[0] for r in rows]

    def passages(self, doc_id: str | None = None) -> Iterator[Passage]:
        sql = "SELECT id, doc_id, ordinal, text, start, end, original FROM passages"
        args: tuple[str, ...] = ()
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            args = (doc_id,)
        with self._lock:
            rows = self.conn.execute(sql + " ORDER BY doc_id, ordinal", args).fetchall()
        for r in rows:
            yield Passage(**dict(r))

    def entity(self, entity_id: str) -> EntityRecord | None:
        with self._lock:
            row = self.conn.execute(
                "SELECT id, type, name, props, centrality FROM entities WHERE id = ?", (entity_id,)
            ).fetchone()
            return self._entity_records([row])[0] if row else None

    def find_entities(self, name: str, types: Sequence[str] = ()) -> list[EntityRecord]:
        # Two indexed lookups (by name, by alias) rather than one OR that scans the table.
        type_filter = f" AND type IN ({','.join('?' * len(types))})" if types else ""
        sql = (
            "SELECT * FROM (SELECT id, type, name, props, centrality FROM entities"
            f" WHERE name = ?{type_filter}"
            " UNION SELECT e.id, e.type, e.name, e.props, e.centrality FROM aliases a"
            f" JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?{type_filter})"
            " ORDER BY name = ? DESC, type, id"
        )
        with self._lock:
            rows = self.conn.execute(sql, [name, *types, name, *types, name])
            return self._entity_records(rows.fetchall())

    def entities_by_id(self, ids: Sequence[str]) -> dict[str, EntityRecord]:
        out: dict[str, EntityRecord] = {}
        with self._lock:
            for chunk in _chunks(list(dict.fromkeys(ids)), 500):
                rows = self.conn.execute(
                    "SELECT id, type, name, props, centrality FROM entities"
                    f" WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
                out |= {e.id: e for e in self._entity_records(rows)}
        return out

    def lookup(self, keys: Sequence[str], types: Sequence[str] = ()) -> list[EntityRecord]:
        keys = list(dict.fromkeys(keys))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        type_filter = f" AND type IN ({','.join('?' * len(types))})" if types else ""
        sql = (
            "SELECT * FROM (SELECT id, type, name, props, centrality FROM entities"
            f" WHERE id IN ({marks}){type_filter}"
            " UNION SELECT id, type, name, props, centrality FROM entities"
            f" WHERE name IN ({marks}){type_filter}"
            " UNION SELECT e.id, e.type, e.name, e.props, e.centrality FROM aliases a"
            f" JOIN entities e ON e.id = a.entity_id WHERE a.alias IN ({marks}){type_filter})"
            " ORDER BY type, name, id"
        )
        with self._lock:
            rows = self.conn.execute(sql, [*keys, *types] * 3).fetchall()
            return self._entity_records(rows)

    def entities(self, types: Sequence[str] = ()) -> Iterator[EntityRecord]:
        sql = "SELECT id, type, name, props, centrality FROM entities"
        if types:
            sql += f" WHERE type IN ({','.join('?' * len(types))})"
        with self._lock:
            rows = self.conn.execute(sql + " ORDER BY type, name, id", list(types)).fetchall()
            records = self._entity_records(rows)
        yield from records

    def relations(
        self, entity_id: str, types: Sequence[str] = (), direction: str = "both"
    ) -> list[RelationRecord]:
        return self.relations_of([entity_id], types, direction)[entity_id]

    def relations_of(
        self, ids: Sequence[str], types: Sequence[str] = (), direction: str = "both"
    ) -> dict[str, list[RelationRecord]]:
        return self._relations_of(ids, types, direction, None)

    def relations_between(
        self, ids: Sequence[str], others: Sequence[str], types: Sequence[str] = ()
    ) -> dict[str, list[RelationRecord]]:
        return self._relations_of(ids, types, "both", list(dict.fromkeys(others)))

    def _relations_of(
        self, ids: Sequence[str], types: Sequence[str], direction: str, among: list[str] | None
    ) -> dict[str, list[RelationRecord]]:
        """Relations of each of ``ids``; with ``among``, only those whose other end is in it."""
        keys = list(dict.fromkeys(ids))
        out: dict[str, list[RelationRecord]] = {k: [] for k in keys}
        sides = {"out": ["head_id"], "in": ["tail_id"], "both": ["head_id", "tail_id"]}[direction]
        other = {"head_id": "tail_id", "tail_id": "head_id"}
        type_filter = f" AND r.type IN ({','.join('?' * len(types))})" if types else ""
        among_set = set(among or ())
        for chunk in _chunks(keys, 400):
            marks = ",".join("?" * len(chunk))
            if among is None:
                where = " OR ".join(f"r.{side} IN ({marks})" for side in sides)
                args = [*chunk * len(sides)]
            else:
                where = " OR ".join(
                    f"(r.{side} IN ({marks}) AND r.{other[side]} IN"
                    " (SELECT value FROM json_each(?)))"
                    for side in sides
                )
                args = [a for _ in sides for a in (*chunk, json.dumps(among))]
            sql = (
                "SELECT r.id, r.type, r.props, h.id AS hid, h.type AS htype, h.name AS hname,"
                " t.id AS tid, t.type AS ttype, t.name AS tname FROM relations r"
                " JOIN entities h ON h.id = r.head_id JOIN entities t ON t.id = r.tail_id"
                f" WHERE ({where}){type_filter} ORDER BY r.type, h.name, t.name, r.id"
            )
            with self._lock:
                rows = self.conn.execute(sql, [*args, *types]).fetchall()
                evidence = self._evidence([r["id"] for r in rows])
            wanted = set(chunk)
            for r in rows:
                record = RelationRecord(
                    id=r["id"],
                    type=r["type"],
                    head=EntityRef(id=r["hid"], type=r["htype"], name=r["hname"]),
                    tail=EntityRef(id=r["tid"], type=r["ttype"], name=r["tname"]),
                    props=json.loads(r["props"]),
                    evidence=evidence.get(r["id"], []),
                )
                ends = {"head_id": r["hid"], "tail_id": r["tid"]}
                for side in sides:
                    key = ends[side]
                    if (
                        key in wanted
                        and (among is None or ends[other[side]] in among_set)
                        and (not out[key] or out[key][-1] is not record)  # a self-loop once
                    ):
                        out[key].append(record)
        return out

    def facts(self, subject_id: str) -> list[FactRecord]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT f.*, d.title AS doc_title FROM facts f JOIN documents d ON d.id = f.doc_id"
                " WHERE f.subject_id = ? ORDER BY f.doc_id, f.start",
                (subject_id,),
            ).fetchall()
        return [
            FactRecord(**_pick(r, FactRecord, frozenset({"evidence"})), evidence=_evidence_of(r))
            for r in rows
        ]

    def neighbours(
        self, entity_id: str, types: Sequence[str] = (), direction: str = "both", limit: int = 100
    ) -> list[Neighbour]:
        return self.neighbours_of([entity_id], types, direction, limit)[entity_id]

    def neighbours_of(
        self,
        ids: Sequence[str],
        types: Sequence[str] = (),
        direction: str = "both",
        limit: int = 100,
    ) -> dict[str, list[Neighbour]]:
        # Each key's relations are picked by a subquery correlated with the key, per side and
        # type, in index order of the other end's centrality (copied onto the relation as its
        # rank) and cut at the limit; then merged and cut per key here.
        keys = list(dict.fromkeys(ids))
        if not keys:
            return {}
        picks = []
        args: list[str | int] = []
        sides = {
            "out": ("head_id", "tail_id", "tail_rank", "relations_head"),
            "in": ("tail_id", "head_id", "head_rank", "relations_tail"),
        }
        for side, (here, there, rank, index) in sides.items():
            if direction not in (side, "both"):
                continue
            for type_ in dict.fromkeys(types) if types else [None]:
                picks.append(
                    "SELECT * FROM (SELECT p.rowid FROM relations p"
                    f" INDEXED BY {index}{'_type' if type_ else ''}_rank"
                    f" JOIN entities o ON o.id = p.{there}"
                    f" WHERE p.{here} = k.value{' AND p.type = ?' if type_ else ''}"
                    f" ORDER BY p.{rank} DESC, o.name, o.id, p.type LIMIT ?)"
                )
                args += [*([type_] if type_ else []), limit]
        sql = (
            "SELECT k.value AS key, e.id AS id, e.type AS type, e.name AS name,"
            " e.centrality AS centrality, r.type AS relation, r.head_id = k.value AS outgoing"
            " FROM json_each(?) k JOIN relations r ON r.rowid IN ("
            + " UNION ALL ".join(picks)
            + ") JOIN entities e ON e.id = CASE WHEN r.head_id = k.value AND r.tail_id != k.value"
            " THEN r.tail_id WHEN r.tail_id = k.value AND r.head_id != k.value THEN r.head_id"
            " ELSE k.value END"
        )
        out: dict[str, list[Neighbour]] = {k: [] for k in keys}
        with self._lock:
            rows = self.conn.execute(sql, [json.dumps(keys), *args]).fetchall()
        for r in rows:
            out[r["key"]].append(
                Neighbour(
                    id=r["id"], type=r["type"], name=r["name"], centrality=r["centrality"],
                    relation=r["relation"], outgoing=bool(r["outgoing"]),
                )
            )  # fmt: skip
        for found in out.values():
            found.sort(key=neighbour_order)
            del found[limit:]
        return out

    def edges(self, types: Sequence[str] = ()) -> Iterator[tuple[str, str, str]]:
        sql = "SELECT head_id, type, tail_id FROM relations"
        if types:
            sql += f" WHERE type IN ({','.join('?' * len(types))})"
        with self._lock:
            rows = self.conn.execute(sql + " ORDER BY id", list(types)).fetchall()
        for r in rows:
            yield (r[0], r[1], r[2])

    def set_centrality(self, scores: dict[str, float]) -> None:
        with self._lock, _transaction(self.conn) as c:
            c.execute("UPDATE entities SET centrality = 0 WHERE centrality != 0")
            c.executemany(
                "UPDATE entities SET centrality = ? WHERE id = ?",
                [(score, eid) for eid, score in scores.items()],
            )
            c.execute(
                "UPDATE relations SET"
                " head_rank = (SELECT centrality FROM entities WHERE id = relations.head_id),"
                " tail_rank = (SELECT centrality FROM entities WHERE id = relations.tail_id)"
            )

    def stats(self) -> dict[str, int]:
        tables = ("documents", "passages", "entities", "relations", "facts")
        with self._lock:
            return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def clear(self) -> None:
        with self._lock, _transaction(self.conn) as c:
            c.execute("DELETE FROM documents")
            c.execute("DELETE FROM entities")

    # -- helpers ------------------------------------------------------------------------

    def _entity_records(self, rows: list[sqlite3.Row]) -> list[EntityRecord]:
        """Records for many entity rows, their aliases and mention counts read in bulk."""
        ids = [r["id"] for r in rows]
        aliases: dict[str, list[str]] = {}
        mentions: dict[str, int] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for eid, alias in self.conn.execute(
                f"SELECT DISTINCT entity_id, alias FROM aliases WHERE entity_id IN ({marks})"
                " ORDER BY entity_id, alias",
                chunk,
            ):
                aliases.setdefault(eid, []).append(alias)
            for eid, n in self.conn.execute(
                f"SELECT entity_id, count(*) FROM mentions WHERE entity_id IN ({marks})"
                " GROUP BY entity_id",
                chunk,
            ):
                mentions[eid] = n
        return [
            EntityRecord(
                id=r["id"],
                type=r["type"],
                name=r["name"],
                aliases=aliases.get(r["id"], []),
                props=json.loads(r["props"]),
                mentions=mentions.get(r["id"], 0),
                centrality=r["centrality"],
            )
            for r in rows
        ]

    def _evidence(self, relation_ids: list[str]) -> dict[str, list[EvidenceRecord]]:
        out: dict[str, list[EvidenceRecord]] = {}
        rows: list[sqlite3.Row] = []
        for chunk in _chunks(relation_ids, 500):
            rows += self.conn.execute(
                "SELECT relation_id, doc_id, passage_id, start, end, sentence, confidence"
                f" FROM evidence WHERE relation_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        docs = sorted({r["doc_id"] for r in rows})
        titles = dict(
            self.conn.execute(
                f"SELECT id, title FROM documents WHERE id IN ({','.join('?' * len(docs))})", docs
            ).fetchall()
        )  # a handful of documents per answer: their rows, not one per evidence
        rows.sort(key=lambda r: (r["doc_id"], r["start"], r["end"]))
        for r in rows:
            out.setdefault(r["relation_id"], []).append(
                EvidenceRecord(
                    doc_id=r["doc_id"], doc_title=titles.get(r["doc_id"], ""),
                    passage_id=r["passage_id"], start=r["start"], end=r["end"],
                    sentence=r["sentence"], confidence=r["confidence"],
                )
            )  # fmt: skip
        return out


def _pick(
    row: sqlite3.Row, model: type[BaseModel], exclude: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The row's columns that are fields of ``model``."""
    keys = set(row.keys())
    return {k: row[k] for k in model.model_fields if k in keys and k not in exclude}


def _evidence_of(row: sqlite3.Row) -> EvidenceRecord:
    return EvidenceRecord(**_pick(row, EvidenceRecord))


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class _transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self._conn.execute("BEGIN IMMEDIATE")
        return self._conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type else "COMMIT")
