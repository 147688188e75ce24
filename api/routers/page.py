"""The interactive graph page: one self-contained HTML document, nothing loaded from any other host."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from api.deps import AsOfParam, KindsParam, MinModalityParam, RelationsParam, ServiceDep
from api.routers.common import problems

router = APIRouter(tags=["page"])

# the page inlines its script and styles; it needs nothing else
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "connect-src 'self'")


@router.get(
    "/graph/view",
    response_class=HTMLResponse,
    summary="The interactive graph page (works offline)",
    responses=problems(404, 422),
)
def graph_view(
    service: ServiceDep,
    center: Annotated[str | None, Query(min_length=1, max_length=200,
                                        description="an actor (id or alias) or a commitment id to centre on")]
    = None,
    depth: Annotated[int, Query(ge=0, le=4, description="hops from the centre")] = 2,
    kinds: KindsParam = None,
    relations: RelationsParam = None,
    as_of: AsOfParam = None,
    min_modality: MinModalityParam = None,
) -> HTMLResponse:
    """Actors and commitments drawn with vis-network: colours by actor kind, edge colour and style by relation,
    width by the number of sources; hover an edge for modality, quantity, condition and its quote; a legend,
    filters, a search box and an as-of date. Every script and style is inline."""
    from viz.page import build_page

    view = service.view
    centre = None
    if center:
        centre = center if view.get_commitment(center) else service.resolve_actor(center).id
    html = build_page(view, center=centre, depth=depth, kinds=kinds, relations=relations, as_of=as_of,
                      min_modality=min_modality)
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP})
