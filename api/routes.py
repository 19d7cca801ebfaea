"""HTTP routes: one per query family, search, entities, health."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from chainkg import __version__
from chainkg.api.deps import IndexDep, StoreDep
from chainkg.api.errors import ErrorResponse
from chainkg.queries.chain import chain_extension
from chainkg.queries.consortium import consortium
from chainkg.queries.leaders import chain_leaders
from chainkg.queries.models import ChainAnswer, ConsortiumAnswer, EntityProfile, LeadersAnswer
from chainkg.queries.profile import entity_profile
from chainkg.search.port import SearchResult

ERRORS: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
    503: {"model": ErrorResponse},
}
router = APIRouter(responses=ERRORS)
Name = Annotated[str, Query(min_length=1, max_length=100)]


@router.get("/health")
def health(store: StoreDep) -> dict[str, object]:
    """Liveness and graph size."""
    return {"status": "ok", "version": __version__, "stats": store.stats()}


@router.get("/query/chain", response_model=ChainAnswer)
def query_chain(store: StoreDep, zone: Name, industry: Name | None = None) -> ChainAnswer:
    """延链补链强链: a zone's focus industries with its enterprises and targets."""
    return chain_extension(store, zone, industry)


@router.get("/query/consortium", response_model=ConsortiumAnswer)
def query_consortium(store: StoreDep, name: Name) -> ConsortiumAnswer:
    """产教联合体 of a zone or consortium; for a university, the zones it serves."""
    return consortium(store, name)


@router.get("/query/leaders", response_model=LeadersAnswer)
def query_leaders(store: StoreDep, industry: Name, zone: Name | None = None) -> LeadersAnswer:
    """链主招商: chain leaders of an industry and the partners they could bring."""
    return chain_leaders(store, industry, zone)


@router.get("/search", response_model=SearchResult)
def search(
    index: IndexDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> SearchResult:
    """Full-text search over passages and entities, BM25-ranked with highlights."""
    return index.search(q, limit, offset)


@router.get("/entities/{entity}", response_model=EntityProfile)
def get_entity(store: StoreDep, entity: str) -> EntityProfile:
    """An entity's profile by id or name: aliases, relations and facts with evidence."""
    return entity_profile(store, entity)
