"""The ``SearchIndex`` port: full-text search over passages and entity names."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable

from pydantic import BaseModel, Field

from chainkg.graph.port import EntityRecord
from chainkg.model import Passage


class Highlight(BaseModel):
    """A matched stretch: offsets in the passage's repaired text and in the original document."""

    start: int
    end: int
    original_start: int
    original_end: int


class PassageHit(BaseModel):
    passage_id: str
    doc_id: str
    score: float
    text: str
    snippet: str = Field(description="passage text with matches wrapped in 【 】")
    start: int = Field(description="passage start in the original document")
    end: int
    highlights: list[Highlight] = Field(default_factory=list)


class EntityHit(BaseModel):
    id: str
    type: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    score: float


class SearchResult(BaseModel):
    query: str
    tokens: list[str]
    total: int
    offset: int
    limit: int
    passages: list[PassageHit] = Field(default_factory=list)
    entities: list[EntityHit] = Field(default_factory=list)


class SearchIndex(ABC):
    """Full-text index kept in step with the graph store."""

    @abstractmethod
    def initialize(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def index_passages(self, passages: Iterable[Passage]) -> None: ...

    @abstractmethod
    def index_entities(self, entities: Iterable[EntityRecord]) -> None:
        """Add or replace entity documents (name, aliases, type)."""

    @abstractmethod
    def delete_document(self, doc_id: str) -> None: ...

    @abstractmethod
    def delete_entities(self, entity_ids: Iterable[str]) -> None: ...

    @abstractmethod
    def clear(self) -> None: ...

    @abstractmethod
    def document_ids(self) -> set[str]:
        """Ids of the documents whose passages are indexed."""

    @abstractmethod
    def entity_ids(self) -> set[str]: ...

    @abstractmethod
    def passage_count(self, doc_id: str) -> int: ...

    @abstractmethod
    def search(self, query: str, limit: int = 10, offset: int = 0) -> SearchResult: ...
