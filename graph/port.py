"""The ``GraphStore`` port: what every graph backend provides, and the records it returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Literal

from pydantic import BaseModel, Field

from chainkg.graph.reads import Reads
from chainkg.graph.records import SCALAR, DocumentGraph
from chainkg.model import Passage

Direction = Literal["out", "in", "both"]


class EntityRef(BaseModel):
    """An entity as named in an answer."""

    id: str
    type: str
    name: str


class EntityRecord(EntityRef):
    aliases: list[str] = Field(default_factory=list)
    props: dict[str, SCALAR] = Field(default_factory=dict)
    mentions: int = 0
    centrality: float = 0.0


class Neighbour(EntityRef):
    """An entity one relation away, without evidence (for ranking and traversal)."""

    relation: str
    outgoing: bool
    centrality: float = 0.0


def neighbour_order(n: Neighbour) -> tuple[float, str, str, str, bool]:
    """The port's order of neighbours: centrality first, then name, id, relation, outgoing."""
    return (-n.centrality, n.name, n.id, n.relation, not n.outgoing)


class EvidenceRecord(BaseModel):
    """The sentence a statement came from, and where it is in the original document."""

    doc_id: str
    doc_title: str = ""
    passage_id: str
    start: int
    end: int
    sentence: str
    confidence: float = 1.0


class RelationRecord(BaseModel):
    id: str
    type: str
    head: EntityRef
    tail: EntityRef
    props: dict[str, SCALAR] = Field(default_factory=dict)
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class FactRecord(BaseModel):
    """A stated count or amount about an entity (54 家企业, 9.4 亿元)."""

    id: str
    subject_id: str
    kind: str
    value: float
    unit: str
    text: str
    noun: str = ""
    counted_type: str = ""
    evidence: EvidenceRecord


class DocumentInfo(BaseModel):
    id: str
    title: str
    source: str
    chars: int
    passages: int
    ingested_at: str


class GraphStore(ABC):
    """A graph of entities, relations with evidence, facts, documents and passages."""

    @abstractmethod
    def initialize(self) -> None:
        """Create schema, constraints and indexes (idempotent)."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def write_document(self, graph: DocumentGraph, replaces: str | None = None) -> None:
        """Store one document's contribution atomically (all or nothing).

        ``replaces`` names an older version of the document (same source) whose contributions
        are removed in the same transaction.
        """

    @abstractmethod
    def document_by_source(self, source: str) -> DocumentInfo | None:
        """The stored document that came from ``source`` (a path or a record id), if any."""

    @abstractmethod
    def document_entities(self, doc_id: str) -> list[str]:
        """Ids of the entities a document mentions or states relations or facts about."""

    @abstractmethod
    def delete_document(self, doc_id: str) -> bool:
        """Remove a document, its evidence, and what is left without support."""

    @abstractmethod
    def documents(self) -> list[DocumentInfo]: ...

    @abstractmethod
    def passages(self, doc_id: str | None = None) -> Iterator[Passage]: ...

    @abstractmethod
    def entity(self, entity_id: str) -> EntityRecord | None: ...

    @abstractmethod
    def find_entities(self, name: str, types: Sequence[str] = ()) -> list[EntityRecord]:
        """Entities whose canonical name or an alias is exactly ``name``."""

    @abstractmethod
    def entities(self, types: Sequence[str] = ()) -> Iterator[EntityRecord]: ...

    @abstractmethod
    def relations(
        self,
        entity_id: str,
        types: Sequence[str] = (),
        direction: Direction = "both",
    ) -> list[RelationRecord]:
        """Relations touching an entity, each with all its evidence, in a stable order."""

    @abstractmethod
    def facts(self, subject_id: str) -> list[FactRecord]: ...

    @abstractmethod
    def neighbours(
        self,
        entity_id: str,
        types: Sequence[str] = (),
        direction: Direction = "both",
        limit: int = 100,
    ) -> list[Neighbour]:
        """Entities one relation away, highest centrality first, then by name and id."""

    # Bulk reads: one round trip for many subjects on a server backend. The defaults ask one
    # subject at a time; backends where a call costs a round trip override them.

    def reading(self) -> AbstractContextManager[None]:
        """Reads made inside share one snapshot and connection, where the backend has them."""
        return nullcontext()

    @contextmanager
    def together(self) -> Iterator[Reads]:
        """Bulk reads that do not depend on each other, asked inside and answered when the
        block ends (``Pending.value``): one round trip on a server backend. For example::

            with store.together() as reads:
                members = reads.neighbours_of([zone_id], ["LOCATED_IN"], "in")
                focus = reads.relations_of([zone_id], ["FOCUSES_ON"], "out")
            members.value[zone_id], focus.value[zone_id]
        """
        reads = self._reads()
        yield reads
        reads.run()

    def _reads(self) -> Reads:
        return Reads(self)

    def lookup(self, keys: Sequence[str], types: Sequence[str] = ()) -> list[EntityRecord]:
        """Entities whose id, canonical name or an alias is one of ``keys``."""
        found: dict[str, EntityRecord] = {}
        for key in keys:
            e = self.entity(key)
            if e is not None and (not types or e.type in types):
                found.setdefault(e.id, e)
            for e in self.find_entities(key, types):
                found.setdefault(e.id, e)
        return list(found.values())

    def entities_by_id(self, ids: Sequence[str]) -> dict[str, EntityRecord]:
        """The entities with these ids (missing ones left out)."""
        return {e.id: e for i in dict.fromkeys(ids) if (e := self.entity(i)) is not None}

    def relations_of(
        self, ids: Sequence[str], types: Sequence[str] = (), direction: Direction = "both"
    ) -> dict[str, list[RelationRecord]]:
        """``relations`` of each entity (every id is a key)."""
        return {i: self.relations(i, types, direction) for i in dict.fromkeys(ids)}

    def neighbours_of(
        self,
        ids: Sequence[str],
        types: Sequence[str] = (),
        direction: Direction = "both",
        limit: int = 100,
    ) -> dict[str, list[Neighbour]]:
        """``neighbours`` of each entity, ``limit`` per entity (every id is a key)."""
        return {i: self.neighbours(i, types, direction, limit) for i in dict.fromkeys(ids)}

    def relations_between(
        self, ids: Sequence[str], others: Sequence[str], types: Sequence[str] = ()
    ) -> dict[str, list[RelationRecord]]:
        """``relations_of`` each of ``ids`` (either way), only those whose other end is one of
        ``others``, with their evidence."""
        wanted = set(others)
        return {
            i: [r for r in rels if (r.tail if r.head.id == i else r.head).id in wanted]
            for i, rels in self.relations_of(ids, types, "both").items()
        }

    def facts_of(self, ids: Sequence[str]) -> dict[str, list[FactRecord]]:
        """``facts`` about each entity (every id is a key)."""
        return {i: self.facts(i) for i in dict.fromkeys(ids)}

    @abstractmethod
    def edges(self, types: Sequence[str] = ()) -> Iterator[tuple[str, str, str]]:
        """Every relation as ``(head_id, type, tail_id)``, for batch graph algorithms."""

    @abstractmethod
    def set_centrality(self, scores: dict[str, float]) -> None:
        """Store precomputed centrality scores (entities not named get 0)."""

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abstractmethod
    def clear(self) -> None:
        """Remove everything (documents, entities, relations, facts)."""

    def __enter__(self) -> GraphStore:
        self.initialize()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
