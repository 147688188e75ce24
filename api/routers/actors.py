"""Actors: search by any alias in any language, and the profile of one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.deps import DEFAULT_LIMIT, MAX_LIMIT, Limit, Offset, ServiceDep
from api.routers.common import problems, render
from api.schemas import Actor, Page, Profile
from graph.model import ActorKind

router = APIRouter(tags=["actors"])

PROFILE_LIMIT = 10


@router.get("/actors", response_model=Page[Actor], summary="Search actors by id or any alias", responses=problems(422))
def search_actors(
    service: ServiceDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="part of a name or alias, any language, case and "
            "accents ignored; exact alias matches come first",
            examples=["Francia"],
        ),
    ] = None,
    kind: Annotated[ActorKind | None, Query(description="nation, organization, person, institution or group")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Actors whose id, name or alias contains `q` (folded: `francia`, `FRANCIA` and `Fráncia` match alike).
    Ordered: exact alias matches first, then by id."""
    data = service.actors_page(q or None, kind.value if kind else None, limit, offset)
    return render(Page[Actor].model_validate(data))


@router.get(
    "/actors/{actor}",
    response_model=Profile,
    summary="An actor's profile, each claim with its evidence",
    responses=problems(400, 404, 422),
)
def actor_profile(
    service: ServiceDep,
    actor: Annotated[
        str,
        Path(
            min_length=1,
            max_length=200,
            description="an id (FRA, Q22686) or any alias in any language (Francia, Frankreich, Casa Bianca)",
            examples=["FRA"],
        ),
    ],
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_LIMIT,
            description=f"page size of every list in the profile (at most {MAX_LIMIT}; default {PROFILE_LIMIT})",
        ),
    ] = PROFILE_LIMIT,
    offset: Offset = 0,
) -> Response:
    """What the actor pledges, supports, opposes and declines; whom it coordinates with; its memberships and
    offices. Each list is a page (same limit and offset for all, 10 by default: a profile is an overview);
    claims come with quotes and sources."""
    return render(Profile.model_validate(service.profile_page(actor, limit, offset)))
