"""HTTP routes: one per query family, search, entities, health."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from chainkg import __version__
from chainkg.api.deps import ChainsDep, IndexDep, StoreDep
from chainkg.api.errors import ErrorResponse
from chainkg.exports import MEDIA_TYPES
from chainkg.exports import export as export_answer
from chainkg.queries.chain import chain_extension
from chainkg.queries.consortium import consortium
from chainkg.queries.leaders import chain_leaders
from chainkg.queries.models import ChainAnswer, ConsortiumAnswer, EntityProfile, LeadersAnswer
from chainkg.queries.paths import Neighbourhood, PathAnswer, neighbourhood, shortest_path
from chainkg.queries.profile import entity_profile
from chainkg.search.port import SearchFilters, SearchResult, SuggestResult

ERRORS: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
    503: {"model": ErrorResponse},
}
router = APIRouter(responses=ERRORS)
Name = Annotated[str, Query(min_length=1, max_length=100)]
Export = Annotated[
    str | None,
    Query(pattern="^(csv|xlsx|graphml|json)$", description="Download as csv, xlsx, graphml, json"),
]


def respond(answer: BaseModel, fmt: str | None) -> BaseModel | Response:
    """The answer itself, or as a downloadable file when ``export`` is given."""
    if not fmt:
        return answer
    name = f"chainkg-{type(answer).__name__.lower()}.{fmt}"
    return Response(
        content=export_answer(answer, fmt),
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/health")
def health(store: StoreDep) -> dict[str, object]:
    """Liveness and graph size."""
    return {"status": "ok", "version": __version__, "stats": store.stats()}


@router.get("/query/chain", response_model=ChainAnswer)
def query_chain(
    store: StoreDep,
    chains: ChainsDep,
    zone: Name | None = None,
    industry: Name | None = None,
    depth: Annotated[int, Query(ge=1, le=5)] = 1,
    export: Export = None,
) -> BaseModel | Response:
    """延链补链强链: chain segments with a zone's coverage, gaps, extensions and targets."""
    return respond(chain_extension(store, chains, zone, industry, depth), export)


@router.get("/query/consortium", response_model=ConsortiumAnswer)
def query_consortium(store: StoreDep, name: Name, export: Export = None) -> BaseModel | Response:
    """产教联合体 of a zone or consortium; for a university, the zones it serves."""
    return respond(consortium(store, name), export)


@router.get("/query/leaders", response_model=LeadersAnswer)
def query_leaders(
    store: StoreDep,
    chains: ChainsDep,
    industry: Name,
    zone: Name | None = None,
    province: Name | None = None,
    export: Export = None,
) -> BaseModel | Response:
    """链主招商: chain leaders of an industry and the partners they could bring."""
    return respond(chain_leaders(store, chains, industry, zone, province), export)


@router.get("/query/path", response_model=PathAnswer)
def query_path(
    store: StoreDep,
    source: Name,
    target: Name,
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    export: Export = None,
) -> BaseModel | Response:
    """Shortest path between two entities, with the evidence of every hop."""
    return respond(shortest_path(store, source, target, max_hops), export)


@router.get("/query/neighbourhood", response_model=Neighbourhood)
def query_neighbourhood(
    store: StoreDep,
    name: Name,
    hops: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    export: Export = None,
) -> BaseModel | Response:
    """Entities within k relations of an entity, and the relations among them."""
    return respond(neighbourhood(store, name, hops, limit), export)


Values = Annotated[list[str] | None, Query(max_length=20)]


@router.get("/search", response_model=SearchResult)
def search(
    index: IndexDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    type: Values = None,
    zone: Values = None,
    industry: Values = None,
    doc: Values = None,
    entity: Values = None,
    facets: bool = False,
) -> SearchResult:
    """Passages (BM25 + phrase and name boosts, highlights, filters, facets) and entities."""
    filters = SearchFilters(
        types=type or [],
        zones=zone or [],
        industries=industry or [],
        documents=doc or [],
        entities=entity or [],
    )
    return index.search(q, limit, offset, filters, facets)


@router.get("/suggest", response_model=SuggestResult)
def suggest(
    index: IndexDep,
    q: Annotated[str, Query(min_length=1, max_length=50)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    type: Values = None,
) -> SuggestResult:
    """Entity autocomplete by name, alias, short form or pinyin (full or initials)."""
    return index.suggest(q, limit, type or [])


@router.get("/entities/{entity}", response_model=EntityProfile)
def get_entity(store: StoreDep, entity: str, export: Export = None) -> BaseModel | Response:
    """An entity's profile by id or name: aliases, relations and facts with evidence."""
    return respond(entity_profile(store, entity), export)
