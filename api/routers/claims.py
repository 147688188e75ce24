"""Who backs what: backers, positions, single claims and their evidence, coordination, timelines."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from api.deps import (
    DEFAULT_LIMIT,
    ActorParam,
    AsOfParam,
    KindParam,
    Limit,
    MinModalityParam,
    Offset,
    ServiceDep,
)
from api.routers.common import problems, render
from api.schemas import (
    BackersResponse,
    ClaimEvidence,
    ClaimView,
    CoordinationResponse,
    PositionsResponse,
    TimelineResponse,
)

router = APIRouter(tags=["claims"])

ClaimId = Annotated[
    str,
    Path(min_length=1, max_length=128, description="a claim id (cl_...)", examples=["cl_0123456789abcdef0123"]),
]


@router.get(
    "/backers",
    response_model=BackersResponse,
    summary="Who backs a kind of contribution for whom",
    responses=problems(400, 422),
)
def backers(
    service: ServiceDep,
    kind: KindParam = None,
    beneficiary: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="whom it is for: an id (UKR) or any alias (Ucraina)",
            examples=["UKR"],
        ),
    ] = None,
    min_modality: MinModalityParam = None,
    as_of: AsOfParam = None,
    group_by: Annotated[Literal["actor", "kind"], Query(description="one entry per backer, or per kind")] = "actor",
    claims_per_group: Annotated[
        int,
        Query(
            ge=0,
            le=100,
            description="claims shown per entry (highest modality first); claim_count has them all",
        ),
    ] = 10,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Each actor's current position (its latest claim per commitment) that PLEDGES or SUPPORTS a matching
    commitment at `min_modality` or above, as of a date. Entries ordered by actor id (or kind)."""
    data = service.backers_page(
        kind=kind,
        beneficiary=beneficiary,
        min_modality=min_modality,
        as_of=as_of,
        group_by=group_by,
        claims_per_group=claims_per_group,
        limit=limit,
        offset=offset,
    )
    return render(BackersResponse.model_validate(data))


@router.get(
    "/positions",
    response_model=PositionsResponse,
    summary="Supports vs opposes vs declines",
    responses=problems(400, 422),
)
def positions(
    service: ServiceDep,
    on: Annotated[
        str,
        Query(
            min_length=1,
            max_length=128,
            description="a kind of contribution (troops) or a commitment id (c_...)",
            examples=["troops"],
        ),
    ],
    beneficiary: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="whom it is for: id or alias", examples=["UKR"]),
    ] = None,
    as_of: AsOfParam = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Every actor's current position on the kind or commitment, in three pages."""
    return render(PositionsResponse.model_validate(service.positions_page(on, beneficiary, as_of, limit, offset)))


@router.get(
    "/claims/{claim_id}",
    response_model=ClaimView,
    summary="One claim, with its evidence",
    responses=problems(404, 422),
)
def claim(service: ServiceDep, claim_id: ClaimId) -> Response:
    return render(service.claim_view(claim_id))


@router.get(
    "/claims/{claim_id}/evidence",
    response_model=ClaimEvidence,
    summary="The quotes behind a claim: offsets, sources, method, confidence",
    responses=problems(404, 422),
)
def claim_evidence(
    service: ServiceDep, claim_id: ClaimId, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> Response:
    """The statements that assert the claim, oldest source first (undated last): exact quote, character
    offsets in the source text, language, and the source's title, url, publisher and date."""
    return render(ClaimEvidence.model_validate(service.claim_evidence_page(claim_id, limit, offset)))


@router.get(
    "/coordination",
    response_model=CoordinationResponse,
    summary="Who coordinates with whom, about what, when",
    responses=problems(400, 422),
)
def coordination(
    service: ServiceDep,
    actor: ActorParam = None,
    as_of: AsOfParam = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """COORDINATES claims (meetings, negotiations, consultations), around one actor when given (either side).
    Ordered by subject, partner, claim id."""
    return render(CoordinationResponse.model_validate(service.coordination_page(actor, as_of, limit, offset)))


@router.get(
    "/timeline",
    response_model=TimelineResponse,
    summary="Claims over time, changes of modality and reversals",
    responses=problems(400, 422),
)
def timeline(
    service: ServiceDep,
    actor: ActorParam = None,
    kind: KindParam = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Claims in date order (undated first); `changes` are steps on the modality ladder (considering ->
    pledged, or back down) for one actor and commitment; `reversals` pair a backing claim with a later or
    earlier decline, opposition, refusal or withdrawal. Both claims always stay in the graph."""
    return render(TimelineResponse.model_validate(service.timeline_page(actor, kind, limit, offset)))
