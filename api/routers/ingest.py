"""POST /ingest: article text or a curated claim file in, the ids of what was stored out (needs the key)."""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from api.access import GraphAccess
from api.deps import AccessDep, SettingsDep, WriteAccess
from api.ingest_support import curated_document, text_document
from api.routers.common import problems, render
from api.schemas import IngestRequest, IngestResponse
from graph.model import Document
from graph.settings import Settings
from graph.store.base import GraphStore, WriteResult

router = APIRouter(tags=["ingest"])
log = logging.getLogger("pledgegraph.api")

INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestRequest"}}},
    }
}


def _ensure_reference(store: GraphStore) -> None:
    try:
        from ingest.pipeline import ensure_reference
    except ImportError:  # pragma: no cover
        return
    try:
        ensure_reference(store)
    except ImportError as exc:  # reference data module not built yet
        log.warning("no reference data to write: %s", exc)


async def _parse(request: Request) -> IngestRequest:
    raw = await request.body()  # the body limit middleware stops it at settings.max_body_bytes
    try:
        data = json.loads(raw) if raw else None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("body",), "msg": f"the body is not JSON: {exc}", "input": None}]
        ) from exc
    try:
        return IngestRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from exc


def _response(doc: Document, *, dry_run: bool, result: WriteResult | None, warnings: list[str]) -> IngestResponse:
    return IngestResponse(
        dry_run=dry_run,
        stored=result is not None,
        source_id=doc.source.id,
        claim_ids=[c.id for c in doc.claims],
        statement_ids=[s.id for s in doc.statements],
        created=dict(sorted(result.created.items())) if result else {},
        updated=dict(sorted(result.updated.items())) if result else {},
        claims=list(doc.claims),
        warnings=warnings,
    )


def _ingest(access: GraphAccess, settings: Settings, req: IngestRequest, dry_run: bool) -> IngestResponse:
    warnings: list[str] = []
    if req.text is not None:
        doc, warnings = text_document(
            req.text,
            format=req.format,
            title=req.title,
            url=req.url,
            published_at=req.published_at,
            language=req.language,
            max_bytes=settings.max_document_bytes,
        )
        if dry_run:
            return _response(doc, dry_run=True, result=None, warnings=warnings)
        with access.write() as store:
            _ensure_reference(store)
            return _response(doc, dry_run=False, result=store.write(doc), warnings=warnings)
    assert req.curated is not None
    # Curated files are checked against the reference actors as well as the store's, *before* anything is
    # written: a refused file leaves the store exactly as it was (reference data included); a good one is
    # written after the reference data it relies on (ingest.pipeline.ensure_reference).
    known = access.reference_actor_ids()
    if dry_run:
        with access.read() as view:
            doc = curated_document(req.curated, lambda a: a in known or view.get_actor(a) is not None)
        return _response(doc, dry_run=True, result=None, warnings=warnings)
    with access.write() as store:
        doc = curated_document(req.curated, lambda a: a in known or store.get_actor(a) is not None)
        _ensure_reference(store)
        return _response(doc, dry_run=False, result=store.write(doc), warnings=warnings)


@router.post(
    "/ingest",
    response_model=IngestResponse,
    summary="Add article text or a curated claim file",
    dependencies=[WriteAccess],
    responses=problems(401, 413, 422, 501),
    openapi_extra=INGEST_BODY,
)
async def ingest(
    request: Request,
    access: AccessDep,
    settings: SettingsDep,
    dry_run: Annotated[bool, Query(description="validate and extract, return the claims, store nothing")] = False,
) -> Response:
    """Body: `{"text": ..., "title", "url", "published_at", "language", "format"}` (claims found by the
    extractor) or `{"curated": "<YAML>"}` (a curated claim file, docs/curated-format.md, with its source text
    inline). Needs `X-API-Key`. Returns the source id and the claim ids; writing the same input again stores
    nothing new (`created` is empty) and returns the same ids. Reference data (countries, organisations,
    leaders) is written first when missing."""
    req = await _parse(request)
    result: Any = await run_in_threadpool(_ingest, access, settings, req, dry_run)
    return render(result)
