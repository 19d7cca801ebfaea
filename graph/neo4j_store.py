"""``GraphStore`` on Neo4j: the official driver, every query from ``cypher/``, values as
parameters, writes batched with ``UNWIND``, one transaction per document."""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Generic, TypeVar

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from chainkg.errors import BackendUnavailable, ChainKGError
from chainkg.graph import cypher_catalog as cypher
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
from chainkg.graph.reads import Pending, Reads
from chainkg.graph.records import DocumentGraph
from chainkg.model import Passage
from chainkg.settings import Neo4jSettings

T = TypeVar("T")
HUB_DEGREE = 300  # entities with this many relations get ranked neighbour lists
RANKED_KEEP = 1000  # neighbours kept per list (longer asks expand the relations)
RANKED_PAGE = 100  # neighbours per list node: an ask reads only the pages it needs
_ENTITY_KEYS = {"id", "type", "name", "aliases", "aliasText", "centrality", "mentions", "ranked"}
GRAPH_VERSION = 2  # 2: entities keep their mention counts


_PARAMETER = re.compile(r"\$(\w+)")
_NOTHING: dict[str, Any] = {"rows": [], "titles": []}
V = TypeVar("V")


@dataclass
class _Read(Generic[V]):
    """One bulk read: its query (``None`` when there is nothing to ask), parameters, the columns
    of its one row, and how that row becomes the answer."""

    query: str | None
    params: dict[str, Any]
    decode: Callable[[dict[str, Any]], V]
    columns: tuple[str, ...] = ("rows",)


@lru_cache(maxsize=256)
def _combined(reads: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """One statement asking the catalog queries ``reads`` (name, columns) together: each in its
    own subquery, its ``$parameters`` renamed apart (``$q0_ids`` …), its columns carried on."""
    parts: list[str] = []
    carried: list[str] = []
    for i, (name, columns) in enumerate(reads):
        body = _PARAMETER.sub(rf"$q{i}_\1", cypher.query(name))
        new = [f"{c} AS q{i}_{c}" for c in columns]
        parts.append(f"CALL () {{\n{body}\n}}\nWITH {', '.join(carried + new)}")
        carried += [f"q{i}_{c}" for c in columns]
    return "\n".join(parts) + "\nRETURN " + ", ".join(carried)


class _Neo4jReads(Reads):
    """Reads asked together, sent as one statement when the block ends."""

    def __init__(self, store: Neo4jGraphStore) -> None:
        super().__init__(store)
        self._neo4j = store
        self._asked: list[tuple[_Read[Any], Pending[Any]]] = []

    def _ask(self, read: _Read[V]) -> Pending[V]:
        pending: Pending[V] = Pending()
        self._asked.append((read, pending))
        return pending

    def entities_by_id(self, ids: Sequence[str]) -> Pending[dict[str, EntityRecord]]:
        return self._ask(self._neo4j._entities_by_id(ids))

    def lookup(self, keys: Sequence[str], types: Sequence[str] = ()) -> Pending[list[EntityRecord]]:
        return self._ask(self._neo4j._lookup(keys, types))

    def relations_of(
        self, ids: Sequence[str], types: Sequence[str] = (), direction: str = "both"
    ) -> Pending[dict[str, list[RelationRecord]]]:
        return self._ask(self._neo4j._relations_of(ids, types, direction, None))

    def relations_between(
        self, ids: Sequence[str], others: Sequence[str], types: Sequence[str] = ()
    ) -> Pending[dict[str, list[RelationRecord]]]:
        among = list(dict.fromkeys(others))
        return self._ask(self._neo4j._relations_of(ids, types, "both", among))

    def neighbours_of(
        self,
        ids: Sequence[str],
        types: Sequence[str] = (),
        direction: str = "both",
        limit: int = 100,
    ) -> Pending[dict[str, list[Neighbour]]]:
        return self._ask(self._neo4j._neighbours_of(ids, types, direction, limit))

    def facts_of(self, ids: Sequence[str]) -> Pending[dict[str, list[FactRecord]]]:
        return self._ask(self._neo4j._facts_of(ids))

    def run(self) -> None:
        asked, self._asked = self._asked, []
        self._neo4j._all(asked)


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class Neo4jGraphStore(GraphStore):
    """Entities as ``:Entity:<Type>`` nodes, relations as typed relationships with ``:Evidence``
    nodes, documents, passages and facts as nodes."""

    def __init__(self, settings: Neo4jSettings) -> None:
        self._settings = settings
        self._driver: neo4j.Driver | None = None
        self._local = threading.local()  # the read transaction of ``reading()``, per thread

    # -- lifecycle ----------------------------------------------------------------------

    def initialize(self) -> None:
        if self._driver is not None:
            return
        s = self._settings
        password = s.password.get_secret_value()
        auth = (s.user, password) if password else None
        try:
            self._driver = GraphDatabase.driver(
                s.uri,
                auth=auth,
                # "label/property does not exist" on a graph not written yet is no news to a user
                notifications_disabled_classifications=[
                    neo4j.NotificationDisabledClassification.UNRECOGNIZED
                ],
            )
            self._driver.verify_connectivity()
        except (ServiceUnavailable, SessionExpired, AuthError, OSError, ValueError) as exc:
            if self._driver is not None:
                self._driver.close()
                self._driver = None
            raise BackendUnavailable(f"cannot reach Neo4j at {s.uri}: {exc}") from exc
        schema = cypher.statements("schema")

        def create_schema(tx: ManagedTransaction) -> None:
            for statement in schema:
                tx.run(statement).consume()

        self._run(create_schema, write=True)
        self._upgrade()

    def _upgrade(self) -> None:
        """Bring a graph written by an older chainkg to ``GRAPH_VERSION`` (once per graph)."""
        (found,) = self._rows("graph_version")
        if (found["version"] or 0) >= GRAPH_VERSION:
            return
        assert self._driver is not None
        # CALL … IN TRANSACTIONS needs an auto-commit transaction, not a managed one.
        with self._errors(), self._driver.session(database=self._settings.database) as session:
            for statement in cypher.statements("upgrade_graph"):
                session.run(neo4j.Query(statement), version=GRAPH_VERSION).consume()

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Driver errors as chainkg's: the server gone, or what it said."""
        try:
            yield
        except (ServiceUnavailable, SessionExpired) as exc:
            raise BackendUnavailable(
                f"Neo4j at {self._settings.uri} is unavailable: {exc}"
            ) from exc
        except Neo4jError as exc:
            raise ChainKGError(f"Neo4j error ({exc.code}): {exc.message}") from exc

    def _run(self, work: Callable[[ManagedTransaction], T], write: bool = False) -> T:
        if self._driver is None:
            self.initialize()
        assert self._driver is not None
        with self._errors(), self._driver.session(database=self._settings.database) as session:
            if write:
                return session.execute_write(work)
            return session.execute_read(work)

    def _rows(self, query_name: str, /, **params: Any) -> list[dict[str, Any]]:
        return self._statement_rows(cypher.query(query_name), params)

    def _statement_rows(self, statement: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Rows of one read statement, in the transaction of ``reading()`` when inside one."""
        # dict(), not data(): every query returns maps and values, never nodes to convert.
        tx: neo4j.Transaction | None = getattr(self._local, "tx", None)
        if tx is None:
            return self._run(lambda t: [dict(r) for r in t.run(statement, params)])
        with self._errors():
            return [dict(r) for r in tx.run(statement, params)]

    def _collected(self, query_name: str, /, **params: Any) -> dict[str, Any]:
        """The one row of a query that collects its answer (``rows`` …): one record to stream
        and decode instead of one per row, which is most of a small read's time."""
        found = self._rows(query_name, **params)
        return found[0] if found else {"rows": []}

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction for every read inside (an answer's reads see one snapshot and
        skip a session and transaction set-up each)."""
        if getattr(self._local, "tx", None) is not None:
            yield  # already inside
            return
        if self._driver is None:
            self.initialize()
        assert self._driver is not None
        with self._errors():
            session = self._driver.session(
                database=self._settings.database, default_access_mode=neo4j.READ_ACCESS
            )
            tx = session.begin_transaction()
        self._local.tx = tx
        try:
            yield
        finally:
            self._local.tx = None
            try:
                tx.close()
            finally:
                session.close()

    # -- writes -------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return bool(self._rows("has_document", doc_id=doc_id)[0]["found"])

    def write_document(self, graph: DocumentGraph, replaces: str | None = None) -> None:
        doc = graph.document
        size = self._settings.batch_size
        counts = Counter(m.entity_id for m in graph.mentions)
        aliases: dict[str, set[str]] = defaultdict(set)
        for m in graph.mentions:
            aliases[m.entity_id]  # every mentioned entity gets an entry
        for e in graph.entities.values():
            aliases[e.id] |= e.aliases
        entities = [
            {"id": e.id, "type": e.type, "name": e.name, "props": e.props,
             "aliases": sorted(aliases[e.id]), "count": counts.get(e.id, 0)}
            for e in graph.entities.values()
        ]  # fmt: skip
        merged: dict[str, dict[str, Any]] = {}
        for r in graph.relations:  # one row per relation; later statements add properties
            row = merged.setdefault(r.id, {"id": r.id, "head_id": r.head_id, "type": r.type,
                                           "tail_id": r.tail_id, "props": {}})  # fmt: skip
            row["props"].update(r.props)
        relations = list(merged.values())
        ends = sorted({r.head_id for r in graph.relations} | {r.tail_id for r in graph.relations})
        spans: dict[tuple[str, int, int], dict[str, Any]] = {}
        for r in graph.relations:  # one row per span, the first statement's (as embedded)
            spans.setdefault((r.id, r.evidence.start, r.evidence.end), {
                "relation_id": r.id, "head_id": r.head_id, "doc_id": doc.id,
                "passage_id": r.evidence.passage_id, "start": r.evidence.start,
                "end": r.evidence.end, "sentence": r.evidence.sentence,
                "confidence": r.evidence.confidence,
            })  # fmt: skip
        evidence = list(spans.values())
        facts = [
            {"id": f.id, "subject_id": f.subject_id, "doc_id": doc.id,
             "passage_id": f.evidence.passage_id, "kind": f.kind, "value": f.value,
             "unit": f.unit, "text": f.text, "noun": f.noun, "counted_type": f.counted_type,
             "start": f.evidence.start, "end": f.evidence.end, "sentence": f.evidence.sentence}
            for f in graph.facts
        ]  # fmt: skip
        passages = [
            {"id": p.id, "doc_id": p.doc_id, "ordinal": p.ordinal, "text": p.text,
             "start": p.start, "end": p.end, "original": p.original}
            for p in doc.passages
        ]  # fmt: skip
        meta = {
            "id": doc.id, "title": doc.title, "source": doc.source, "text": doc.text,
            "meta": json.dumps(doc.meta, ensure_ascii=False),
            "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }  # fmt: skip

        def work(tx: ManagedTransaction) -> None:
            for old in dict.fromkeys([doc.id, replaces or doc.id]):
                tx.run(cypher.query("delete_document"), doc_id=old).consume()
            tx.run(cypher.query("write_document"), doc=meta).consume()
            for name, rows in (
                ("write_passages", passages),
                ("write_entities", entities),
                ("write_relations", relations),
                ("write_evidence", evidence),
                ("write_facts", facts),
            ):
                for chunk in _chunks(rows, size):
                    tx.run(cypher.query(name), rows=chunk, doc_id=doc.id).consume()
            tx.run(cypher.query("unrank"), ids=ends).consume()

        self._run(work, write=True)

    def delete_document(self, doc_id: str) -> bool:
        q = cypher.query("delete_document")

        def work(tx: ManagedTransaction) -> bool:
            found = tx.run(cypher.query("has_document"), doc_id=doc_id).single()
            if not found or not found["found"]:
                return False
            tx.run(q, doc_id=doc_id).consume()
            return True

        return self._run(work, write=True)

    # -- reads --------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(**r) for r in self._rows("documents")]

    def document_by_source(self, source: str) -> DocumentInfo | None:
        rows = self._rows("document_by_source", source=source)
        return DocumentInfo(**rows[-1]) if rows else None

    def document_entities(self, doc_id: str) -> list[str]:
        return [r["id"] for r in self._rows("document_entities", doc_id=doc_id)]

    def passages(self, doc_id: str | None = None) -> Iterator[Passage]:
        for r in self._rows("passages", doc_id=doc_id):
            yield Passage(**r)

    @staticmethod
    def _entity(e: dict[str, Any]) -> EntityRecord:
        return EntityRecord(
            id=e["id"], type=e["type"], name=e["name"], aliases=sorted(e.get("aliases") or []),
            props={k: v for k, v in e.items() if k not in _ENTITY_KEYS},
            mentions=int(e.get("mentions") or 0),
            centrality=float(e.get("centrality") or 0.0),
        )  # fmt: skip

    def entity(self, entity_id: str) -> EntityRecord | None:
        return self.entities_by_id([entity_id]).get(entity_id)

    def entities_by_id(self, ids: Sequence[str]) -> dict[str, EntityRecord]:
        return self._now(self._entities_by_id(ids))

    def _entities_by_id(self, ids: Sequence[str]) -> _Read[dict[str, EntityRecord]]:
        def decode(found: dict[str, Any]) -> dict[str, EntityRecord]:
            return {r["e"]["id"]: self._entity(r["e"]) for r in found["rows"]}

        return _Read("entity" if ids else None, {"ids": list(dict.fromkeys(ids))}, decode)

    def find_entities(self, name: str, types: Sequence[str] = ()) -> list[EntityRecord]:
        rows = self._rows("find_entities", name=name, types=[str(t) for t in types])
        return [self._entity(r["e"]) for r in rows]

    def lookup(self, keys: Sequence[str], types: Sequence[str] = ()) -> list[EntityRecord]:
        return self._now(self._lookup(keys, types))

    def _lookup(self, keys: Sequence[str], types: Sequence[str]) -> _Read[list[EntityRecord]]:
        def decode(found: dict[str, Any]) -> list[EntityRecord]:
            return [self._entity(r["e"]) for r in found["rows"]]

        params = {"keys": list(dict.fromkeys(keys)), "types": [str(t) for t in types]}
        return _Read("lookup" if keys else None, params, decode)

    def entities(self, types: Sequence[str] = ()) -> Iterator[EntityRecord]:
        for r in self._rows("entities", types=[str(t) for t in types]):
            yield self._entity(r["e"])

    def relations(
        self, entity_id: str, types: Sequence[str] = (), direction: str = "both"
    ) -> list[RelationRecord]:
        return self.relations_of([entity_id], types, direction)[entity_id]

    def relations_of(
        self, ids: Sequence[str], types: Sequence[str] = (), direction: str = "both"
    ) -> dict[str, list[RelationRecord]]:
        return self._now(self._relations_of(ids, types, direction, None))

    def relations_between(
        self, ids: Sequence[str], others: Sequence[str], types: Sequence[str] = ()
    ) -> dict[str, list[RelationRecord]]:
        return self._now(self._relations_of(ids, types, "both", list(dict.fromkeys(others))))

    def _relations_of(
        self, ids: Sequence[str], types: Sequence[str], direction: str, among: list[str] | None
    ) -> _Read[dict[str, list[RelationRecord]]]:
        keys = list(dict.fromkeys(ids))
        params = {"ids": keys, "types": [str(t) for t in types], "direction": direction,
                  "among": among}  # fmt: skip
        return _Read(
            "relations" if keys else None,
            params,
            lambda found: self._relation_records(keys, found),
            ("rows", "titles"),
        )

    @staticmethod
    def _relation_records(
        keys: list[str], found: dict[str, Any]
    ) -> dict[str, list[RelationRecord]]:
        titles = dict(found.get("titles") or [])
        out: dict[str, list[RelationRecord]] = {k: [] for k in keys}
        for r in found["rows"]:
            r["evidence"].sort(key=lambda v: (v["doc_id"], v["start"], v["end"]))
            out[r["key"]].append(
                RelationRecord(
                    id=r["id"], type=r["type"], head=EntityRef(**r["head"]),
                    tail=EntityRef(**r["tail"]),
                    props={k: v for k, v in r["props"].items() if k != "id"},
                    evidence=[
                        EvidenceRecord(
                            doc_id=v["doc_id"], doc_title=titles.get(v["doc_id"]) or "",
                            passage_id=v["passage_id"], start=v["start"], end=v["end"],
                            sentence=v["sentence"], confidence=v["confidence"],
                        )
                        for v in r["evidence"]
                    ],
                )
            )  # fmt: skip
        return out

    def facts(self, subject_id: str) -> list[FactRecord]:
        return self.facts_of([subject_id])[subject_id]

    def facts_of(self, ids: Sequence[str]) -> dict[str, list[FactRecord]]:
        return self._now(self._facts_of(ids))

    def _facts_of(self, ids: Sequence[str]) -> _Read[dict[str, list[FactRecord]]]:
        keys = list(dict.fromkeys(ids))
        return _Read("facts" if keys else None, {"ids": keys},
                     lambda found: self._fact_records(keys, found))  # fmt: skip

    @staticmethod
    def _fact_records(keys: list[str], found: dict[str, Any]) -> dict[str, list[FactRecord]]:
        out: dict[str, list[FactRecord]] = {k: [] for k in keys}
        for r in found["rows"]:
            f = r["f"]
            out[r["key"]].append(
                FactRecord(
                    id=f["id"], subject_id=f["subject_id"], kind=f["kind"], value=f["value"],
                    unit=f["unit"], text=f["text"], noun=f["noun"],
                    counted_type=f["counted_type"],
                    evidence=EvidenceRecord(
                        doc_id=f["doc_id"], doc_title=f.get("doc_title") or "",
                        passage_id=f["passage_id"], start=f["start"], end=f["end"],
                        sentence=f["sentence"],
                    ),
                )
            )  # fmt: skip
        return out

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
        return self._now(self._neighbours_of(ids, types, direction, limit))

    def _neighbours_of(
        self, ids: Sequence[str], types: Sequence[str], direction: str, limit: int
    ) -> _Read[dict[str, list[Neighbour]]]:
        keys = list(dict.fromkeys(ids))

        def decode(found: dict[str, Any]) -> dict[str, list[Neighbour]]:
            out: dict[str, list[Neighbour]] = {k: [] for k in keys}
            for r in found["rows"]:
                key = r.pop("key")
                out[key].append(Neighbour(**r))
            for near in out.values():
                near.sort(key=neighbour_order)
            return out

        params = {"ids": keys, "types": [str(t) for t in types], "direction": direction,
                  "limit": limit}  # fmt: skip
        return _Read("neighbours" if keys else None, params, decode)

    # -- reads asked together -----------------------------------------------------------

    def _reads(self) -> Reads:
        return _Neo4jReads(self)

    def _now(self, read: _Read[V]) -> V:
        """One read on its own."""
        if read.query is None:
            return read.decode(_NOTHING)
        return read.decode(self._collected(read.query, **read.params))

    def _all(self, reads: list[tuple[_Read[Any], Pending[Any]]]) -> None:
        """Several reads as one statement: each query in its own subquery, with its parameters
        renamed apart (values stay parameters), its columns carried on under new names."""
        asked = [(r, p) for r, p in reads if r.query is not None]
        for read, pending in reads:
            if read.query is None:
                pending.set(read.decode(_NOTHING))
        if len(asked) == 1:
            asked[0][1].set(self._now(asked[0][0]))
        if len(asked) <= 1:
            return
        statement = _combined(tuple((str(r.query), r.columns) for r, _ in asked))
        params = {f"q{i}_{k}": v for i, (r, _) in enumerate(asked) for k, v in r.params.items()}
        (row,) = self._statement_rows(statement, params)
        for i, (read, pending) in enumerate(asked):
            pending.set(read.decode({c: row[f"q{i}_{c}"] for c in read.columns}))

    def edges(self, types: Sequence[str] = ()) -> Iterator[tuple[str, str, str]]:
        for r in self._rows("edges", types=[str(t) for t in types]):
            yield (r["head"], r["type"], r["tail"])

    def set_centrality(self, scores: dict[str, float]) -> None:
        rows = [{"id": k, "score": float(v)} for k, v in scores.items()]
        size = self._settings.batch_size

        def work(tx: ManagedTransaction) -> None:
            tx.run(cypher.query("reset_centrality")).consume()
            for chunk in _chunks(rows, size):
                tx.run(cypher.query("set_centrality"), rows=chunk).consume()
            tx.run(cypher.query("unrank"), ids=None).consume()
            ranking = {"dense": HUB_DEGREE, "keep": RANKED_KEEP, "page": RANKED_PAGE}
            tx.run(cypher.query("rank_neighbours"), ranking).consume()

        self._run(work, write=True)

    def clear(self) -> None:
        # CALL … IN TRANSACTIONS needs an auto-commit transaction, not a managed one.
        if self._driver is None:
            self.initialize()
        assert self._driver is not None
        with self._errors(), self._driver.session(database=self._settings.database) as session:
            for statement in cypher.statements("clear"):
                session.run(neo4j.Query(statement)).consume()

    def stats(self) -> dict[str, int]:
        return {k: int(v) for k, v in self._rows("stats")[0].items()}
