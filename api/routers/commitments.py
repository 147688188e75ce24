"""Commitments: the things backed or opposed, with the coalition behind each and its opposition."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.deps import DEFAULT_LIMIT, AsOfParam, KindParam, Limit, Offset, ServiceDep
from api.routers.common import problems, render
from api.schemas import CommitmentDetail, CommitmentSummary, Page

router = APIRouter(tags=["commitments"])


@router.get(
    "/commitments",
    response_model=Page[CommitmentSummary],
    summary="List commitments",
    responses=problems(422),
)
def list_commitments(
    service: ServiceDep,
    kind: KindParam = None,
    beneficiary: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="whom it is for: id or alias", examples=["UKR"]),
    ] = None,
    scope: Annotated[str | None, Query(min_length=1, max_length=128, description="a named package's scope")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Ordered by id."""
    data = service.commitments_page(kind, beneficiary, scope, limit, offset)
    return render(Page[CommitmentSummary].model_validate(data))


@router.get(
    "/commitments/{commitment_id}",
    response_model=CommitmentDetail,
    summary="A commitment: its coalition, its opposition, the modality of each backer",
    responses=problems(404, 422),
)
def get_commitment(
    service: ServiceDep,
    commitment_id: Annotated[str, Path(min_length=1, max_length=128, description="a commitment id (c_...)")],
    as_of: AsOfParam = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Each actor's current position on the commitment and on its parts (a package's parts are commitments
    PART_OF it): the coalition (PLEDGES/SUPPORTS, highest modality first) and the opposition."""
    return render(CommitmentDetail.model_validate(service.commitment_page(commitment_id, as_of, limit, offset)))
