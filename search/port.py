"""The ``SearchIndex`` port: full-text search over passages, entity search and suggest.

Every backend gives the same result shapes; the ranking logic they share lives in
``search/core.py`` and each adapter only matches, counts and aggregates.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from chainkg.errors import ChainKGError
from chainkg.graph.port import EntityRecord
from chainkg.model import Passage

FacetName = Literal["type", "zone", "industry", "document"]
FACETS: tuple[FacetName, ...] = ("type", "zone", "industry", "document")
SuggestKind = Literal["name", "alias", "short", "pinyin", "initials"]


class IndexingError(ChainKGError):
    """Some items could not be indexed; the message names them and says why."""

    status_code = 502
    code = "index_error"

    def __init__(self, message: str, failed: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.failed = failed


class Highlight(BaseModel):
    """A matched stretch: offsets in the passage's repaired text and in the original document."""

    start: int
    end: int
    original_start: int
    original_end: int


class PassageHit(BaseModel):
    passage_id: str
    doc_id: str
    doc_title: str = ""
    score: float
    text: str
    snippet: str = Field(description="passage text with matches wrapped in 【 】")
    start: int = Field(description="passage start in the original document")
    end: int
    highlights: list[Highlight] = Field(default_factory=list)
    entity_ids: list[str] = Field(default_factory=list, description="entities the passage names")
    entity_types: list[str] = Field(default_factory=list)
    zones: list[str] = Field(default_factory=list)
    industries: list[str] = Field(default_factory=list)


class EntityHit(BaseModel):
    id: str
    type: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    score: float
    mentions: int = 0
    province: str = ""
    city: str = ""


class FacetBucket(BaseModel):
    value: str
    count: int
    label: str = Field(default="", description="display name (a document's title)")


class SearchFilters(BaseModel):
    """Passage filters: any of the values of one field, all of the fields given."""

    types: list[str] = Field(default_factory=list, description="entity types the passage names")
    zones: list[str] = Field(default_factory=list, description="zone names")
    industries: list[str] = Field(default_factory=list, description="industry names")
    documents: list[str] = Field(default_factory=list, description="document ids")
    entities: list[str] = Field(default_factory=list, description="entity ids")

    def is_empty(self) -> bool:
        return not (self.types or self.zones or self.industries or self.documents or self.entities)


class SearchResult(BaseModel):
    query: str
    tokens: list[str]
    total: int = Field(description="matching passages, counted exactly up to 10,000")
    total_exact: bool = Field(default=True, description="false: at least ``total`` match")
    offset: int
    limit: int
    passages: list[PassageHit] = Field(default_factory=list)
    entities: list[EntityHit] = Field(default_factory=list)
    facets: dict[str, list[FacetBucket]] = Field(
        default_factory=dict, description="type, zone, industry, document → counts (on request)"
    )
    filters: SearchFilters = Field(default_factory=SearchFilters)
    expansions: list[str] = Field(
        default_factory=list, description="what a pinyin query was read as (yangquan → 阳泉)"
    )
    relaxed: bool = Field(
        default=False, description="no passage had every word: passages with any word are shown"
    )


class Suggestion(BaseModel):
    id: str
    type: str
    name: str
    matched: str = Field(description="the name, alias, short form or pinyin that matched")
    kind: SuggestKind
    score: float
    mentions: int = 0
    province: str = ""
    city: str = ""


class SuggestResult(BaseModel):
    prefix: str
    suggestions: list[Suggestion] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EntityTag:
    """An entity a passage names."""

    id: str
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class PassageRecord:
    """A passage with what the index keeps beside its text: title, date, entities named.

    ``tokens`` may be given when the caller has tokenized already (benchmarks); otherwise the
    adapter tokenizes ``passage.text``.
    """

    passage: Passage
    title: str = ""
    date: str = ""
    entities: tuple[EntityTag, ...] = ()
    tokens: tuple[str, ...] | None = None

    @property
    def entity_ids(self) -> list[str]:
        return sorted({e.id for e in self.entities})

    @property
    def entity_types(self) -> list[str]:
        return sorted({e.type for e in self.entities})

    @property
    def zones(self) -> list[str]:
        return sorted({e.name for e in self.entities if e.type == "Zone"})

    @property
    def industries(self) -> list[str]:
        return sorted({e.name for e in self.entities if e.type == "Industry"})


def as_record(p: Passage | PassageRecord) -> PassageRecord:
    return p if isinstance(p, PassageRecord) else PassageRecord(passage=p)


class SearchIndex(ABC):
    """Full-text index kept in step with the graph store."""

    @abstractmethod
    def initialize(self) -> None:
        """Connect and create tables / index templates and indices (idempotent)."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def index_passages(self, passages: Iterable[Passage | PassageRecord]) -> None:
        """Add or replace passages (a bare ``Passage`` is indexed without annotations)."""

    @abstractmethod
    def index_entities(self, entities: Iterable[EntityRecord]) -> None:
        """Add or replace entity documents (names, aliases, short and pinyin forms, type)."""

    @abstractmethod
    def delete_document(self, doc_id: str) -> None: ...

    @abstractmethod
    def delete_entities(self, entity_ids: Iterable[str]) -> None: ...

    @abstractmethod
    def clear(self) -> None:
        """Remove everything (and recreate the schema)."""

    @abstractmethod
    def document_ids(self) -> set[str]:
        """Ids of the documents whose passages are indexed."""

    @abstractmethod
    def entity_ids(self) -> set[str]: ...

    @abstractmethod
    def passage_count(self, doc_id: str) -> int: ...

    @abstractmethod
    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        filters: SearchFilters | None = None,
        facets: bool = False,
    ) -> SearchResult:
        """Passages ranked for ``query`` (filtered, paginated, optionally with facet counts)
        and the entities it names."""

    @abstractmethod
    def suggest(self, prefix: str, limit: int = 10, types: Iterable[str] = ()) -> SuggestResult:
        """Entities whose name, alias, short form or pinyin (full or initials) starts with
        ``prefix``."""

    def refresh(self) -> None:  # noqa: B027 - optional hook, a no-op by default
        """Make everything written so far searchable (a no-op where writes are immediate)."""

    def __enter__(self) -> SearchIndex:
        self.initialize()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
