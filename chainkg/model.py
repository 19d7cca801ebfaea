"""Domain records shared by ingest, nlp, graph, search and the queries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    """Node labels of the ontology (DESIGN.md)."""

    ZONE = "Zone"
    ENTERPRISE = "Enterprise"
    UNIVERSITY = "University"
    RESEARCH_INSTITUTE = "ResearchInstitute"
    ASSOCIATION = "Association"
    CONSORTIUM = "Consortium"
    GOVERNMENT = "Government"
    INDUSTRY = "Industry"
    PROJECT = "Project"


class RelationType(StrEnum):
    """Relationship types of the ontology (DESIGN.md)."""

    LOCATED_IN = "LOCATED_IN"
    FOCUSES_ON = "FOCUSES_ON"
    IN_INDUSTRY = "IN_INDUSTRY"
    UPSTREAM_OF = "UPSTREAM_OF"
    CHAIN_LEADER_OF = "CHAIN_LEADER_OF"
    LEADS = "LEADS"
    MEMBER_OF = "MEMBER_OF"
    PARTNERS_WITH = "PARTNERS_WITH"
    PART_OF = "PART_OF"
    INVESTS_IN = "INVESTS_IN"
    GOVERNS = "GOVERNS"


SYMMETRIC_RELATIONS = frozenset({RelationType.PARTNERS_WITH})


def entity_id(type_: str, canonical: str) -> str:
    """Stable id of an entity: its type and canonical name, hashed."""
    digest = hashlib.sha1(f"{type_}\x1f{canonical}".encode()).hexdigest()[:16]
    return f"{type_[:3].lower()}_{digest}"


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in a text.

    ``name`` is the surface form in the repaired text; ``start``/``end`` are offsets in the
    original text; ``canonical`` is the full form the name resolves to within its document;
    ``identity`` is the cross-document key when one is known confidently (the official catalogue
    name of a zone, the Ministry of Education name of a university), else empty.
    """

    name: str
    type: str
    start: int
    end: int
    canonical: str = ""
    confidence: float = 1.0
    identity: str = ""

    @property
    def key(self) -> str:
        """The entity's name across documents: identity, else canonical, else the surface form."""
        return self.identity or self.canonical or self.name

    @property
    def entity_id(self) -> str:
        return entity_id(self.type, self.key)


@dataclass(frozen=True, slots=True)
class RelationMention:
    """A relation stated in a text, with its evidence span in the original text."""

    head: Mention
    type: str
    tail: Mention
    start: int
    end: int
    confidence: float = 1.0
    props: tuple[tuple[str, str | float], ...] = ()

    @property
    def properties(self) -> dict[str, str | float]:
        return dict(self.props)


@dataclass(frozen=True, slots=True)
class Fact:
    """A stated quantity (54 家企业, 9.4 亿元) kept on its subject.

    ``counted_type`` is the entity type the count is about (for member counts), ``noun`` the
    counted noun as written (区域先进制造业优质企业), ``value`` normalised (亿 → 1e8).
    """

    subject: Mention
    kind: str
    value: float
    unit: str
    text: str
    start: int
    end: int
    noun: str = ""
    counted_type: str = ""


@dataclass(slots=True)
class Extraction:
    """Everything the extractor found in one text."""

    entities: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Passage:
    """A unit of text for search and evidence: ``text`` is repaired, spans are original."""

    id: str
    doc_id: str
    ordinal: int
    text: str
    start: int
    end: int
    original: str = ""


@dataclass(slots=True)
class Document:
    """A report as read: original text, repaired text and its passages."""

    id: str
    title: str
    source: str
    text: str
    passages: list[Passage] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
