"""FastAPI dependencies: settings, the store (read under a shared lock, written under an exclusive one), the
service, the API key check, the unknown-query-parameter check, and the shared parameter types."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import AfterValidator

from api.access import GraphAccess
from api.service import ApiService
from graph.errors import PledgegraphError
from graph.settings import Settings
from graph.store.base import GraphStore
from graph.vocab import vocabulary

MAX_LIMIT = 200
DEFAULT_LIMIT = 20


class Unauthorized(PledgegraphError):
    """A write without a valid API key."""


# Dependencies are `async def`: they run on the event loop, and only the endpoint itself goes to a worker
# thread (one thread hop per request, not one per dependency). What may block goes through run_in_threadpool.
async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_access(request: Request) -> GraphAccess:
    access: GraphAccess = request.app.state.access
    return access


async def get_service(access: Annotated[GraphAccess, Depends(get_access)]) -> AsyncIterator[ApiService]:
    """A QueryService over the store, held under a read share of the store lock for the request.

    Opening the store (Neo4j: connecting), reloading an embedded store another process changed, and waiting
    for a writer all happen in a worker thread; the common case (open, unchanged, no writer) never leaves the
    event loop."""
    store: GraphStore | None = access.opened
    if store is None:
        store = await run_in_threadpool(access.store)
    if access.needs_refresh(store):
        await run_in_threadpool(access.refresh, store)
    if not access.lock.try_acquire_read():
        await run_in_threadpool(access.lock.acquire_read)
    try:
        yield ApiService(store)
    finally:
        access.lock.release_read()


async def require_api_key(
    settings: Annotated[Settings, Depends(get_settings)],
    x_api_key: Annotated[
        str | None, Header(description="the API key for writes (PLEDGEGRAPH_API_KEY on the server)")
    ] = None,
) -> None:
    """Constant-time comparison; the key is never logged or echoed."""
    expected = settings.api_key.get_secret_value() if settings.api_key else None
    if not expected:
        raise Unauthorized(
            "this server accepts no writes: it has no API key configured",
            hint="start the server with PLEDGEGRAPH_API_KEY set and send it as X-API-Key",
        )
    given = (x_api_key or "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, expected.encode("utf-8")):
        raise Unauthorized(
            "a valid X-API-Key header is required for writes",
            hint="send the server's PLEDGEGRAPH_API_KEY as the X-API-Key header",
        )


# --------------------------------------------------------------------------------------------- unknown params
def _query_names(route: APIRoute) -> frozenset[str]:
    names: set[str] = set()
    stack = [route.dependant]
    while stack:
        d = stack.pop()
        names.update(f.alias for f in d.query_params)
        stack.extend(d.dependencies)
    return frozenset(names)


async def reject_unknown_query(request: Request) -> None:
    """FastAPI ignores query parameters it does not know; a typo (`?knd=troops`) would then silently widen the
    answer. Every route refuses them instead: 422 naming the parameter."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.query_params:
        return
    allowed: frozenset[str] | None = getattr(route, "_pledgegraph_query_names", None)
    if allowed is None:
        allowed = _query_names(route)
        route._pledgegraph_query_names = allowed  # type: ignore[attr-defined]
    unknown = sorted({k for k in request.query_params if k not in allowed})
    if unknown:
        known = ", ".join(sorted(allowed)) or "none"
        raise RequestValidationError(
            [
                {
                    "type": "extra_forbidden",
                    "loc": ("query", name),
                    "msg": f"unknown query parameter (this endpoint takes: {known})",
                    "input": None,
                }
                for name in unknown
            ]
        )


# ------------------------------------------------------------------------------------------ parameter types
def _check_kind(value: str | None) -> str | None:
    if value is not None and value not in vocabulary().kinds:
        raise ValueError(f"unknown kind {value!r}; expected one of: {', '.join(sorted(vocabulary().kinds))}")
    return value


def _check_kinds(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    out = [v.strip() for raw in values for v in raw.split(",") if v.strip()]
    for v in out:
        _check_kind(v)
    return out or None


def _check_relations(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    known = vocabulary().claim_relations + ("BENEFITS", "TARGETS", "MEMBER_OF", "HOLDS_OFFICE", "PART_OF")
    out = [v.strip().upper() for raw in values for v in raw.split(",") if v.strip()]
    for v in out:
        if v not in known:
            raise ValueError(f"unknown relation {v!r}; expected one of: {', '.join(known)}")
    return out or None


def _check_min_modality(value: str | None) -> str | None:
    if value is not None and value not in vocabulary().ladder:
        raise ValueError(f"min_modality must be on the ladder ({', '.join(vocabulary().ladder)}), not {value!r}")
    return value


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip; use the page's next_offset")]
KindParam = Annotated[
    str | None,
    AfterValidator(_check_kind),
    Query(
        description="kind of contribution (controlled vocabulary), e.g. troops, air_defense",
        examples=["troops"],
    ),
]
KindsParam = Annotated[
    list[str] | None,
    AfterValidator(_check_kinds),
    Query(
        description="kinds of contribution to keep; repeat the parameter or separate with commas",
        examples=[["troops"]],
    ),
]
RelationsParam = Annotated[
    list[str] | None,
    AfterValidator(_check_relations),
    Query(
        description="relations to follow (PLEDGES, SUPPORTS, OPPOSES, DECLINES, COORDINATES, BENEFITS, "
        "TARGETS, MEMBER_OF, HOLDS_OFFICE, PART_OF); repeat or separate with commas",
        examples=[["PLEDGES"]],
    ),
]
MinModalityParam = Annotated[
    str | None,
    AfterValidator(_check_min_modality),
    Query(
        description="lowest rung of the ladder to keep: considering < willing < planned < pledged < signed < delivered",
        examples=["willing"],
    ),
]
AsOfParam = Annotated[
    date | None, Query(description="what was in force on this date (YYYY-MM-DD)", examples=["2025-09-01"])
]
ActorParam = Annotated[
    str | None,
    Query(min_length=1, max_length=200, description="an actor id or any alias in any language", examples=["FRA"]),
]


SettingsDep = Annotated[Settings, Depends(get_settings)]
AccessDep = Annotated[GraphAccess, Depends(get_access)]
ServiceDep = Annotated[ApiService, Depends(get_service)]
WriteAccess = Depends(require_api_key)


def openapi_enums(schema: dict[str, Any]) -> dict[str, Any]:
    """Put the controlled vocabularies into the OpenAPI schema as enums (done when the schema is first asked
    for, never at import)."""
    v = vocabulary()
    known_relations = list(v.claim_relations) + [
        "BENEFITS",
        "TARGETS",
        "MEMBER_OF",
        "HOLDS_OFFICE",
        "PART_OF",
    ]
    enums = {
        "kind": sorted(v.kinds),
        "kinds": sorted(v.kinds),
        "min_modality": list(v.ladder),
        "relations": known_relations,
    }
    for path in schema.get("paths", {}).values():
        for op in path.values():
            for param in op.get("parameters", []) if isinstance(op, dict) else []:
                values = enums.get(param.get("name"))
                if values is None or param.get("in") != "query":
                    continue
                _apply_enum(param.get("schema", {}), values)
    return schema


def _apply_enum(schema: dict[str, Any], values: list[str]) -> None:
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "string":
            branch["enum"] = values
        elif branch.get("type") == "array" and isinstance(branch.get("items"), dict):
            branch["items"]["enum"] = values
