"""Response and request models of the HTTP API (what /openapi.json documents).

Claims, actors, commitments and links are the domain models themselves (graph.model); claim views and evidence
are the QueryService's (graph.query), so the API, the CLI's --json and the library say the same thing.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.model import Actor, Claim, Commitment, Link
from graph.query import ActorRef, ClaimView, Evidence

T = TypeVar("T")

__all__ = ["Actor", "ActorRef", "Claim", "ClaimView", "Commitment", "Evidence", "Link"]


# --------------------------------------------------------------------------------------------- errors
class FieldProblem(BaseModel):
    field: str = Field(description="the parameter or body field, dotted for nested body fields")
    location: str | None = Field(default=None, alias="in", description="query, path, header or body")
    message: str

    model_config = ConfigDict(populate_by_name=True)


class Problem(BaseModel):
    """RFC 9457 problem details; served as application/problem+json."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    hint: str | None = Field(default=None, description="what to do about it")
    field: str | None = Field(default=None, description="the field at fault, where there is one")
    ident: str | None = Field(default=None, description="the id or alias that was not found")
    errors: list[FieldProblem] | None = Field(default=None, description="every invalid field (422)")

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "NotFoundError",
                    "status": 404,
                    "detail": "no actor with id 'Atlantis'",
                    "ident": "Atlantis",
                    "hint": "try an ISO code (FRA), a name in any language (Francia, Frankreich)",
                },
            ]
        },
    )


# --------------------------------------------------------------------------------------------- pages
class Page(BaseModel, Generic[T]):
    """One page of a list in a stable order; `next_offset` is where the next page starts (null: last page)."""

    total: int = Field(description="items in the whole list")
    limit: int
    offset: int
    next_offset: int | None
    items: list[T]


def page_of(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}


# --------------------------------------------------------------------------------------------- meta
class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    store: str
    detail: str | None = Field(default=None, description="why the store is unavailable")
    hint: str | None = None
    counts: dict[str, int] | None = Field(default=None, description="with ?counts=true: nodes and edges by type")

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok", "store": "embedded"}]})


class VersionInfo(BaseModel):
    name: str = "pledgegraph"
    version: str
    api: str = Field(description="version of the HTTP API contract")
    store: str
    python: str

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "pledgegraph",
                    "version": "0.1.0",
                    "api": "1",
                    "store": "embedded",
                    "python": "3.11.9",
                }
            ]
        }
    )


# --------------------------------------------------------------------------------------------- actors
class Partner(BaseModel):
    """Someone the actor coordinates with (either side of a COORDINATES claim)."""

    actor: ActorRef
    claims: int
    topics: list[str] = Field(description="commitment ids discussed, where named")
    first: str | None = Field(description="earliest date (ISO) of a claim between them")
    last: str | None


class Profile(BaseModel):
    """What an actor pledges, supports, opposes, declines; who it coordinates with; memberships and offices.

    Every claim list is a page with the same limit/offset; each claim carries its evidence."""

    actor: Actor
    pledges: Page[ClaimView]
    supports: Page[ClaimView]
    opposes: Page[ClaimView]
    declines: Page[ClaimView]
    coordinates: Page[ClaimView]
    named_in: Page[ClaimView] = Field(description="claims by others whose object is this actor")
    partners: Page[Partner]
    memberships: Page[Link]
    offices: Page[Link]
    other_links: Page[Link] = Field(description="PART_OF, TARGETS and other structural links")


# --------------------------------------------------------------------------------------------- claims
class BackerGroup(BaseModel):
    """One backer (group_by=actor) or one kind of contribution (group_by=kind) with the claims behind it."""

    key: str = Field(description="actor id (group_by=actor) or kind (group_by=kind)")
    actor: ActorRef | None = Field(description="the backer, for group_by=actor")
    kind: str | None = Field(description="the kind, for group_by=kind")
    actors: list[ActorRef] = Field(description="every backer in the group")
    kinds: list[str]
    highest_modality: str
    claim_count: int
    claims: list[ClaimView] = Field(
        description="the group's claims, highest modality first, at most claims_per_group of them"
    )


class Paged(BaseModel):
    """A response whose main list is paged: the page's place in the whole list."""

    total: int = Field(description="entries in the whole list")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class BackersResponse(Paged):
    kind: str | None
    beneficiary: str | None = Field(description="the resolved actor id")
    min_modality: str | None
    as_of: date | None
    group_by: Literal["actor", "kind"]
    backers: list[BackerGroup] = Field(description="this page of backers, ordered by actor id (or kind)")


class Stance(BaseModel):
    actor: ActorRef
    relation: str
    modality: str
    commitment: str = Field(description="the commitment id (the commitment itself or one of its parts)")
    claim: ClaimView


class PositionsResponse(BaseModel):
    on: str
    on_type: Literal["kind", "commitment"]
    beneficiary: str | None
    as_of: date | None
    supports: Page[ClaimView] = Field(description="PLEDGES and SUPPORTS on the ladder")
    opposes: Page[ClaimView]
    declines: Page[ClaimView] = Field(description="DECLINES, and backing claims refused or withdrawn")


class CommitmentSummary(BaseModel):
    commitment: Commitment
    label: str = Field(description="display label: its own label, else kind and beneficiary")


class CommitmentDetail(BaseModel):
    commitment: Commitment
    label: str
    beneficiary: ActorRef | None
    package: list[CommitmentSummary] = Field(description="packages this commitment is PART_OF")
    parts: list[CommitmentSummary]
    targets: list[ActorRef] = Field(description="whom it deters or is directed against")
    as_of: date | None
    coalition: Page[Stance] = Field(description="current PLEDGES/SUPPORTS positions, on it or its parts")
    opposition: Page[Stance] = Field(description="current OPPOSES/DECLINES (or refused/withdrawn) positions")


class ClaimEvidence(BaseModel):
    claim_id: str
    relation: str
    method: str
    confidence: float
    evidence: Page[Evidence]


class CoordinationItem(BaseModel):
    subject: ActorRef
    partner: ActorRef
    topic: CommitmentSummary | None
    modality: str
    date: str | None = Field(description="valid_from, else first_seen (ISO)")
    claim: ClaimView


class CoordinationResponse(Paged):
    actor: str | None
    as_of: date | None
    coordination: list[CoordinationItem] = Field(description="this page, ordered by subject, partner, claim id")


class ModalityChange(BaseModel):
    """A step on the modality ladder for one actor and commitment (words to deeds, or back)."""

    subject: str
    kind: str | None
    beneficiary: str | None
    commitment: str
    from_claim: str
    from_modality: str
    from_date: str | None
    to_claim: str
    to_modality: str
    to_date: str | None
    direction: Literal["up", "down"]


class Reversal(BaseModel):
    """One actor both backs a commitment and declines, opposes, refuses or withdraws it."""

    subject: str
    kind: str | None
    beneficiary: str | None
    commitment: str
    positive_claim: str
    positive_modality: str
    positive_date: str | None
    negative_claim: str
    negative_relation: str
    negative_modality: str
    negative_date: str | None


class TimelineItem(BaseModel):
    date: str | None = Field(description="valid_from, else first_seen (ISO); undated claims come first")
    claim: ClaimView


class TimelineResponse(BaseModel):
    actor: str | None
    kind: str | None
    claims: Page[TimelineItem]
    changes: Page[ModalityChange]
    reversals: Page[Reversal]


# --------------------------------------------------------------------------------------------- graph
class GraphNode(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    label: Literal["Actor", "Commitment"]
    name: str
    kind: str
    depth: int = Field(description="hops from the center")


class GraphEdge(BaseModel):
    model_config = ConfigDict(extra="allow")

    source: str
    target: str
    key: str = Field(description="claim id, link id, or BENEFITS")
    relation: str


class Subgraph(BaseModel):
    """A node-link subgraph (networkx `node_link_graph(data, edges="links")` reads it)."""

    directed: bool = True
    multigraph: bool = True
    center: str
    depth: int
    truncated: bool = Field(description="true when max_nodes stopped the walk")
    nodes: list[GraphNode]
    links: list[GraphEdge]


# --------------------------------------------------------------------------------------------- cypher
class CypherRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "query": "MATCH (a:Actor)-[r:PLEDGES]->(c:Commitment) WHERE c.kind = $kind "
                    "RETURN a.id AS actor, r.modality AS modality LIMIT 10",
                    "params": {"kind": "troops"},
                }
            ]
        },
    )

    query: str = Field(min_length=1, max_length=20_000, description="a read-only Cypher query")
    params: dict[str, Any] = Field(default_factory=dict, description="query parameters ($name)")


class CypherResponse(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    row_count: int
    truncated: bool = Field(description="true when the row cap cut the result")
    row_cap: int
    timeout: float


# --------------------------------------------------------------------------------------------- ingest
class IngestRequest(BaseModel):
    """Either article text (goes through the extractor) or a curated claim file (YAML text)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati "
                    "per sostenere la difesa ucraina in caso di escalation.",
                    "title": "Truppe per l'Ucraina",
                    "url": "https://example.org/a",
                    "published_at": "2025-09-01",
                    "language": "it",
                },
                {
                    "curated": "schema: pledgegraph/curated@1\nsource:\n  title: Example\n"
                    "  text: France will send troops to Ukraine.\nclaims:\n  - subject: FRA\n"
                    "    relation: PLEDGES\n    kinds: [troops]\n    beneficiary: UKR\n"
                    "    modality: pledged\n    quote: France will send troops to Ukraine.\n"
                },
            ]
        },
    )

    text: str | None = Field(default=None, min_length=1, description="article text to extract claims from")
    format: Literal["text", "markdown", "html"] = "text"
    title: str | None = None
    url: str | None = None
    published_at: date | None = None
    language: str | None = Field(default=None, description="it, en, fr, de ...; detected when absent")
    curated: str | None = Field(
        default=None,
        min_length=1,
        description="a curated claim file (YAML), docs/curated-format.md; its source text must be inline (source.text)",
    )

    @model_validator(mode="after")
    def _one_of(self) -> IngestRequest:
        if (self.text is None) == (self.curated is None):
            raise ValueError("give exactly one of text or curated")
        if self.curated is not None:
            for name in ("title", "url", "published_at", "language"):
                if getattr(self, name) is not None:
                    raise ValueError(f"{name} belongs in the curated file's source, not beside it")
        return self


class IngestResponse(BaseModel):
    dry_run: bool
    stored: bool = Field(description="false on a dry run")
    source_id: str
    claim_ids: list[str]
    statement_ids: list[str]
    created: dict[str, int] = Field(description="what was new, by label or relation (empty on a repeat)")
    updated: dict[str, int] = Field(description="what gained evidence")
    claims: list[Claim]
    warnings: list[str] = Field(default_factory=list)
