"""Dependency aliases: how routes reach the clients the lifespan created."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader

from chainkg.chains import ChainCatalog
from chainkg.errors import AuthError
from chainkg.graph.port import GraphStore
from chainkg.search.port import SearchIndex
from chainkg.services import Services
from chainkg.settings import Settings

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_store(s: Annotated[Services, Depends(get_services)]) -> GraphStore:
    return s.store


def get_index(s: Annotated[Services, Depends(get_services)]) -> SearchIndex:
    return s.index


def get_chains(s: Annotated[Services, Depends(get_services)]) -> ChainCatalog:
    return s.chains


def get_settings_dep(s: Annotated[Services, Depends(get_services)]) -> Settings:
    return s.settings


def require_api_key(
    settings: Annotated[Settings, Depends(get_settings_dep)],
    key: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    """Write endpoints need ``X-API-Key`` equal to ``CHAINKG_API_KEY`` (unset: writes are off)."""
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not expected:
        raise AuthError("writes are disabled: set CHAINKG_API_KEY on the server to enable them")
    if not key or not secrets.compare_digest(key.encode(), expected.encode()):
        raise AuthError("missing or wrong X-API-Key header")


StoreDep = Annotated[GraphStore, Depends(get_store)]
ChainsDep = Annotated[ChainCatalog, Depends(get_chains)]
IndexDep = Annotated[SearchIndex, Depends(get_index)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
WriteAccess = Depends(require_api_key)
