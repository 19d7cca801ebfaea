"""The FastAPI application; clients live in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from chainkg import __version__
from chainkg.api.documents import router as documents_router
from chainkg.api.errors import install_error_handlers
from chainkg.api.routes import router
from chainkg.services import build_services, settle
from chainkg.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the graph store and search index open at startup, close at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = build_services(settings or get_settings())
        settle()
        try:
            yield
        finally:
            app.state.services.close()

    app = FastAPI(
        title="chainkg",
        version=__version__,
        description="Knowledge graph and search over China's industry chains (产业链知识图谱).",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(documents_router)
    return app
