"""Health and version."""

from __future__ import annotations

import platform
from typing import Annotated

from fastapi import APIRouter, Query, Response
from fastapi.concurrency import run_in_threadpool

from api.access import GraphAccess
from api.deps import AccessDep
from api.routers.common import render
from api.schemas import Health, VersionInfo
from graph.errors import PledgegraphError

router = APIRouter(tags=["meta"])

API_VERSION = "1"


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pledgegraph")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.0.0"


@router.get(
    "/health",
    response_model=Health,
    summary="Is the graph store reachable?",
    responses={503: {"model": Health, "description": "the store cannot be reached (status: unavailable)"}},
)
async def health(
    access: AccessDep,
    counts: Annotated[bool, Query(description="also count nodes and edges by type (reads the whole graph)")] = False,
) -> Response:
    """200 with `status: ok` when the store answers, 503 with `status: unavailable` and the reason when not.
    Asks the store every time: nothing is remembered between calls."""
    store = access.opened
    if store is not None and store.name == "embedded" and not counts:
        return _health(access, counts)  # an in-process store: nothing to wait for
    return await run_in_threadpool(_health, access, counts)


def _health(access: GraphAccess, counts: bool) -> Response:
    try:
        store = access.store()
        if not store.ping():
            return render(
                Health(status="unavailable", store=access.store_name, detail="the store did not answer a ping"),
                503,
            )
        numbers = None
        if counts:
            with access.read() as view:
                numbers = view.counts()
        return render(Health(status="ok", store=store.name, counts=numbers))
    except PledgegraphError as exc:
        return render(Health(status="unavailable", store=access.store_name, detail=exc.message, hint=exc.hint), 503)
    except Exception as exc:  # the driver's own errors while the server is away
        return render(Health(status="unavailable", store=access.store_name, detail=f"{type(exc).__name__}: {exc}"), 503)


@router.get("/version", response_model=VersionInfo, summary="Versions of the package and the API contract")
async def version_info(access: AccessDep) -> Response:
    return render(
        VersionInfo(
            version=package_version(),
            api=API_VERSION,
            store=access.store_name,
            python=platform.python_version(),
        )
    )
