"""Domain errors to HTTP, in one place. Every error body is application/problem+json (RFC 9457):
type, title, status, detail, and the field / id involved, plus a hint where there is one.

| error | status |
|---|---|
| Unauthorized (no or wrong X-API-Key) | 401 |
| NotFoundError (unknown id or alias in the path) | 404 |
| WriteQueryRefused (a write sent to POST /cypher) | 400 |
| QueryTimeout (Cypher ran past settings.cypher_timeout) | 504 (see below) |
| QueryError (bad Cypher, ambiguous alias, ...) | 400 |
| InputError, VocabularyError, request validation, unknown query parameter | 422, naming the field |
| body over settings.max_body_bytes | 413 |
| NotSupportedError (Cypher on the embedded store, extractor missing) | 501 |
| StoreUnavailableError, Neo4j driver ServiceUnavailable / SessionExpired | 503 |
| any other StoreError | 500 |

QueryTimeout is 504 Gateway Timeout: the server's upstream, the database, did not answer in time. 408 Request
Timeout would say the *client* was too slow to send its request, which is not what happened.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deps import Unauthorized
from graph.errors import (
    InputError,
    NotFoundError,
    NotSupportedError,
    PledgegraphError,
    QueryError,
    QueryTimeout,
    StoreError,
    StoreUnavailableError,
    VocabularyError,
    WriteQueryRefused,
)

log = logging.getLogger("pledgegraph.api")

PROBLEM = "application/problem+json"

STATUS: list[tuple[type[PledgegraphError], int]] = [
    (Unauthorized, 401),
    (NotFoundError, 404),
    (WriteQueryRefused, 400),
    (QueryTimeout, 504),
    (QueryError, 400),
    (VocabularyError, 422),
    (InputError, 422),
    (NotSupportedError, 501),
    (StoreUnavailableError, 503),
    (StoreError, 500),
]

STORE_DOWN_HINT = (
    "the graph store cannot be reached; if it is Neo4j, start it (`pledgegraph neo4j start`) — "
    "the API reconnects by itself, no restart needed"
)


class BodyTooLarge(HTTPException):
    """The request body passed settings.max_body_bytes (raised while reading it)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(413, f"the request body is larger than the {limit:,}-byte limit")


def problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        **{k: v for k, v in extra.items() if v is not None},
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def status_for(exc: PledgegraphError) -> int:
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def domain_problem(exc: PledgegraphError) -> JSONResponse:
    status = status_for(exc)
    extra: dict[str, Any] = {"hint": exc.hint}
    for attr in ("ident", "field", "line", "query_type", "seconds", "allowed"):
        value = getattr(exc, attr, None)
        if value is not None:
            extra[attr] = value
    if isinstance(exc, NotFoundError):
        extra["what"] = exc.what
    if isinstance(exc, VocabularyError):
        extra["value"] = exc.value
    if status == 503 and not exc.hint:
        extra["hint"] = STORE_DOWN_HINT
    if status in (500, 503):
        log.warning("%s: %s", type(exc).__name__, exc.message)
    headers = {"WWW-Authenticate": 'ApiKey header="X-API-Key"'} if status == 401 else None
    if status == 503:
        headers = {"Retry-After": "5"}
    return problem(status, type(exc).__name__, exc.message, headers=headers, **extra)


def _driver_unavailable() -> tuple[type[Exception], ...]:
    """The Neo4j driver's 'server gone' errors (the driver is imported here, not at import)."""
    try:
        from neo4j import exceptions as nx
    except ImportError:  # pragma: no cover - neo4j is a dependency
        return ()
    names = ("ServiceUnavailable", "SessionExpired", "DatabaseUnavailable")
    return tuple(getattr(nx, n) for n in names if hasattr(nx, n))


def install(app: FastAPI) -> None:
    @app.exception_handler(PledgegraphError)
    async def _domain(_: Request, exc: PledgegraphError) -> JSONResponse:
        return domain_problem(exc)

    for cls in _driver_unavailable():

        @app.exception_handler(cls)
        async def _store_down(_: Request, exc: Exception) -> JSONResponse:
            return domain_problem(StoreUnavailableError(f"the Neo4j server is unavailable: {exc}"))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors: list[dict[str, Any]] = []
        for e in exc.errors():
            loc = [str(p) for p in e.get("loc", ())]
            where = loc[0] if loc and loc[0] in ("query", "body", "path", "header", "cookie") else None
            rest = loc[1:] if where else loc
            field = ".".join(rest) or (where or "request")
            msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            errors.append({"field": field, "in": where, "message": msg})
        fields = ", ".join(dict.fromkeys(e["field"] for e in errors))
        first: dict[str, Any] = errors[0] if errors else {"field": None, "message": "invalid request"}
        detail = (
            f"invalid {first['field']}: {first['message']}" if len(errors) == 1 else f"invalid values for: {fields}"
        )
        return problem(422, "Invalid request", detail, field=first["field"], errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        try:
            title = "Content Too Large" if exc.status_code == 413 else HTTPStatus(exc.status_code).phrase
        except ValueError:
            title = "HTTP error"
        extra: dict[str, Any] = {}
        if isinstance(exc, BodyTooLarge):
            extra["limit"] = exc.limit
        return problem(exc.status_code, title, str(exc.detail), headers=getattr(exc, "headers", None), **extra)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return problem(500, "Internal Server Error", f"unexpected {type(exc).__name__}; see the server log")
