"""Helpers shared by the routers: rendering a response model, and the documented error responses."""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel

from api.schemas import Problem

_DESCRIPTIONS = {
    400: "refused query (Cypher that writes, bad Cypher, an alias naming several actors)",
    401: "no or wrong X-API-Key",
    404: "unknown id or alias",
    413: "request body over the size limit",
    422: "invalid or unknown parameter or body field; `field` names it",
    501: "not offered by this store",
    503: "the graph store cannot be reached",
    504: "the query ran past its time limit",
}


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route; api.app.finish_openapi documents them as application/problem+json."""
    return {code: {"model": Problem, "description": _DESCRIPTIONS.get(code, "error")} for code in (*codes, 503)}


def render(model: BaseModel, status_code: int = 200) -> Response:
    """Serialise a response model once, in Rust (FastAPI would otherwise re-validate the whole tree)."""
    return Response(model.model_dump_json(), status_code=status_code, media_type="application/json")
