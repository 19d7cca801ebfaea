"""Answer shapes of the query families, shared by the CLI (``--json``) and the HTTP API."""

from __future__ import annotations

from pydantic import BaseModel, Field

from chainkg.graph.port import EntityRecord, EntityRef, EvidenceRecord, FactRecord, RelationRecord
from chainkg.graph.records import SCALAR


class Link(BaseModel):
    """Another entity reached through one relation, with the sentences that state it."""

    entity: EntityRef
    relation: str
    props: dict[str, SCALAR] = Field(default_factory=dict)
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class StatedCount(BaseModel):
    """A count the text states (54 家企业) beside the members actually named."""

    counted_type: str
    value: float
    unit: str
    noun: str
    text: str
    found: int
    evidence: EvidenceRecord


class ConsortiumView(BaseModel):
    consortium: EntityRef
    leaders: list[Link] = Field(default_factory=list)
    members: dict[str, list[Link]] = Field(default_factory=dict)
    stated_counts: list[StatedCount] = Field(default_factory=list)


class ConsortiumAnswer(BaseModel):
    """产教联合体: the consortia of a zone (or one consortium), or a university's partners."""

    query: str
    subject: EntityRef
    consortia: list[ConsortiumView] = Field(default_factory=list)
    partners: dict[str, list[Link]] = Field(
        default_factory=dict, description="training bases, agreements … grouped by kind"
    )
    zones: list[Link] = Field(default_factory=list, description="reverse: zones served")
    enterprises: list[Link] = Field(default_factory=list, description="reverse: enterprises")


class TargetEnterprise(BaseModel):
    """An enterprise outside the zone that could fill a gap, with its score broken down."""

    entity: EntityRef
    score: float
    breakdown: dict[str, float] = Field(default_factory=dict)
    segments: list[str] = Field(default_factory=list, description="gap/extend segments it fits")
    reasons: list[str]
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class SegmentCoverage(BaseModel):
    """One segment of a reference chain and the zone's enterprises placed on it."""

    id: str
    name: str
    stage: str
    stage_label: str
    status: str = Field(
        description="covered | strengthen (one enterprise) | gap (补链) | extend (延链) | beyond"
    )
    enterprises: list[EntityRef] = Field(default_factory=list)
    upstream: list[str] = Field(default_factory=list)
    downstream: list[str] = Field(default_factory=list)


class IndustryChain(BaseModel):
    industry: EntityRef
    focus: Link | None = None
    chain: str | None = None
    reference_chain: list[str] = Field(default_factory=list, description="segments, upstream first")
    note: str = ""
    segments: list[SegmentCoverage] = Field(default_factory=list)
    gaps: list[str] = Field(default_factory=list)
    extend: list[str] = Field(default_factory=list)
    strengthen: list[str] = Field(default_factory=list)
    targets: list[TargetEnterprise] = Field(default_factory=list)


class ChainAnswer(BaseModel):
    """延链补链强链: a zone's focus industries (or one industry) against reference chains."""

    query: str
    zone: EntityRef | None = None
    industries: list[IndustryChain] = Field(default_factory=list)


class Triad(BaseModel):
    """政府 + 链主 + 园区: a government, a chain leader and a park linked in the reports."""

    government: EntityRef
    leader: EntityRef
    zone: EntityRef
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class ChainLeader(BaseModel):
    entity: EntityRef
    explicit: bool = Field(description="stated as 链主 / 龙头 in a report")
    score: float = Field(description="stored centrality (PageRank over partnerships)")
    evidence: list[EvidenceRecord] = Field(default_factory=list)
    partners: list[Link] = Field(
        default_factory=list, description="以商引商: partners and suppliers not yet in the zone"
    )
    triads: list[Triad] = Field(default_factory=list)


class LeadersAnswer(BaseModel):
    """链主招商: chain leaders of an industry and whom they could bring."""

    query: str
    industry: EntityRef
    chain: str | None = None
    leaders: list[ChainLeader] = Field(default_factory=list)


class EntityProfile(BaseModel):
    entity: EntityRecord
    relations: list[RelationRecord] = Field(default_factory=list)
    facts: list[FactRecord] = Field(default_factory=list)
