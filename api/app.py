"""The HTTP API. `create_app(settings)` builds it; its lifespan opens and closes the store.

Nothing is read or connected at import: settings are read when `create_app()` is called without them, the
store is opened by the lifespan (and re-opened by any request while it cannot be), vocabularies when first
needed.

    uvicorn --factory api.app:create_app        # or: pledgegraph serve
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi

from api import errors
from api.access import GraphAccess
from api.deps import openapi_enums, reject_unknown_query
from api.middleware import BodyLimitMiddleware, ResponseCacheMiddleware
from api.routers import actors, claims, commitments, core, graph, ingest, page
from api.routers.core import package_version
from api.schemas import IngestRequest, Problem
from graph.settings import Settings

DESCRIPTION = """\
Who backs what in international security: nations, alliances, leaders and groups, what they pledge, support,
oppose or decline, with whom they coordinate — every answer with the exact sentence of its source.

* Every list is paged (`limit`, `offset`; the page says `total` and `next_offset`) in a stable order.
* Unknown query parameters and bad values are refused with 422, naming the field.
* Errors are `application/problem+json` (RFC 9457) with `title`, `status`, `detail`, and the `field` or
  `ident` involved.
* Writes (`POST /ingest`) need the `X-API-Key` header.
"""

TAGS = [
    {"name": "actors", "description": "nations, organisations, people, institutions, groups"},
    {"name": "claims", "description": "who backs, opposes, declines what; coordination; timelines"},
    {"name": "commitments", "description": "contributions, packages, guarantees and their coalitions"},
    {"name": "graph", "description": "subgraphs and read-only Cypher"},
    {"name": "ingest", "description": "adding sources (needs the API key)"},
    {"name": "meta", "description": "health and version"},
]


def create_app(settings: Settings | None = None, *, cache_entries: int = 4096) -> FastAPI:
    """The app for `settings` (read from the environment when None). `cache_entries=0` turns the response
    cache off."""
    settings = settings or Settings()
    access = GraphAccess(settings, cache_entries=cache_entries)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(access.open)
        try:
            yield
        finally:
            await run_in_threadpool(access.close)

    app = FastAPI(
        title="pledgegraph",
        version=package_version(),
        summary="Who backs what in international security, every answer with its evidence.",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_query)],
    )
    app.state.settings = settings
    app.state.access = access
    errors.install(app)
    for module in (core, actors, claims, commitments, graph, ingest, page):
        app.include_router(module.router)

    # outermost last: CORS wraps everything, so cached answers and errors carry its headers too
    app.add_middleware(ResponseCacheMiddleware, access=lambda: access)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "X-API-Key"],
            expose_headers=["X-Cache"],
            max_age=600,
        )

    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            app.openapi_schema = finish_openapi(schema)
        return app.openapi_schema

    app.openapi = custom_openapi  # type: ignore[method-assign]
    return app


def finish_openapi(schema: dict[str, Any]) -> dict[str, Any]:
    """Vocabularies as enums, every error as application/problem+json with the Problem schema, and the ingest
    body (read by hand so the API key is checked before the body is parsed)."""
    comps = schema.setdefault("components", {}).setdefault("schemas", {})
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in problem_schema.pop("$defs", {}).items():
        comps.setdefault(name, sub)
    comps["Problem"] = problem_schema
    ingest_schema = IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in ingest_schema.pop("$defs", {}).items():
        comps.setdefault(name, sub)
    comps["IngestRequest"] = ingest_schema
    for name in ("HTTPValidationError", "ValidationError"):
        comps.pop(name, None)
    ref = {"$ref": "#/components/schemas/Problem"}
    for path in schema.get("paths", {}).values():
        for op in path.values():
            if not isinstance(op, dict):
                continue
            for code, resp in op.get("responses", {}).items():
                if code.startswith(("4", "5")) and "Health" not in str(resp):
                    resp["content"] = {"application/problem+json": {"schema": ref}}
                    if code == "422":
                        resp["description"] = "invalid or unknown parameter or body field; `field` names it"
            responses = op.setdefault("responses", {})
            responses.setdefault(
                "422",
                {
                    "description": "invalid or unknown parameter; `field` names it",
                    "content": {"application/problem+json": {"schema": ref}},
                },
            )
            responses.setdefault(
                "503",
                {
                    "description": "the graph store cannot be reached",
                    "content": {"application/problem+json": {"schema": ref}},
                },
            )
    return openapi_enums(schema)
