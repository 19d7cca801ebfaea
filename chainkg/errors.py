"""The project's exception tree; adapters translate driver errors into these."""

from __future__ import annotations


class ChainKGError(Exception):
    """Base of every error chainkg raises on purpose."""

    status_code = 500
    code = "internal_error"


class InputError(ChainKGError):
    """An input (file, name, query string) that cannot be used, with the reason."""

    status_code = 422
    code = "bad_input"


class NotFoundError(ChainKGError):
    """A named entity, document or resource that does not exist."""

    status_code = 404
    code = "not_found"


class BackendUnavailable(ChainKGError):
    """A configured backend (Neo4j, Elasticsearch) cannot be reached."""

    status_code = 503
    code = "backend_unavailable"


class AuthError(ChainKGError):
    """A write request without valid credentials."""

    status_code = 401
    code = "unauthorized"
