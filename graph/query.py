"""The query service: answers 'who backs what' and friends over any GraphView, with evidence attached.

It runs the store's named queries (the same names as queries/*.cypher) and hydrates their rows into response
models. It never writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from graph.errors import NotFoundError, QueryError
from graph.model import Actor, Claim, Commitment, Link
from graph.store.base import GraphView
from graph.textutil import fold
from graph.vocab import vocabulary


class ActorRef(BaseModel):
    id: str
    name: str
    kind: str


class Evidence(BaseModel):
    statement_id: str
    quote: str | None
    start: int | None
    end: int | None
    language: str | None
    source_id: str
    title: str | None
    url: str | None
    publisher: str | None
    published_at: str | None
    attrs: dict[str, Any] = Field(default_factory=dict)


class ClaimView(BaseModel):
    """A claim with the names of its actors and the evidence behind it."""

    claim: Claim
    subject: ActorRef
    object_label: str
    evidence: list[Evidence]


class Backer(BaseModel):
    actor: ActorRef
    kinds: list[str]
    highest_modality: str
    claims: list[ClaimView]


class Profile(BaseModel):
    actor: Actor
    pledges: list[ClaimView]
    supports: list[ClaimView]
    opposes: list[ClaimView]
    declines: list[ClaimView]
    coordinates: list[ClaimView]
    named_in: list[ClaimView] = Field(description="claims by others that name this actor as their object")
    memberships: list[Link]
    offices: list[Link]
    other_links: list[Link]


class Positions(BaseModel):
    on: str
    supports: list[ClaimView]
    opposes: list[ClaimView]
    declines: list[ClaimView]


def min_rank_of(modality: str | None) -> int:
    if modality is None:
        return 1
    v = vocabulary()
    if modality not in v.ladder:
        raise QueryError(f"min_modality must be on the ladder ({', '.join(v.ladder)}), not {modality!r}")
    return v.rank(modality)


class QueryService:
    def __init__(self, view: GraphView) -> None:
        self.view = view

    # ------------------------------------------------------------ hydration
    def actor_ref(self, actor_id: str) -> ActorRef:
        a = self.view.get_actor(actor_id)
        if a is None:
            return ActorRef(id=actor_id, name=actor_id, kind="unknown")
        return ActorRef(id=a.id, name=a.name, kind=a.kind.value)

    def evidence(self, claim_id: str) -> list[Evidence]:
        claim = self.view.get_claim(claim_id)
        if claim is None:
            raise NotFoundError("claim", claim_id)
        rows = self.view.query("claim_evidence", {"claim": claim_id})
        attrs = {s.id: s.attrs for s in self.view.get_statements(r["statement_id"] for r in rows)}
        return [Evidence(**r, attrs=attrs.get(r["statement_id"], {})) for r in rows]

    def _object_label(self, claim: Claim) -> str:
        if claim.object_type == "actor":
            return self.actor_ref(claim.object).name
        c = self.view.get_commitment(claim.object)
        if c is None:
            return claim.object
        kind = vocabulary().kinds.get(c.kind, c.kind)
        for_whom = f" for {self.actor_ref(c.beneficiary).name}" if c.beneficiary else ""
        return c.label or f"{kind}{for_whom}"

    def views(self, claims: Iterable[Claim]) -> list[ClaimView]:
        return [
            ClaimView(claim=c, subject=self.actor_ref(c.subject), object_label=self._object_label(c),
                      evidence=self.evidence(c.id))
            for c in claims
        ]

    def claim(self, claim_id: str) -> ClaimView:
        c = self.view.get_claim(claim_id)
        if c is None:
            raise NotFoundError("claim", claim_id)
        return self.views([c])[0]

    # -------------------------------------------------------------- actors
    def resolve_actor(self, id_or_alias: str) -> Actor:
        """An actor by id, else by any alias in any language; ambiguity is an error that lists the candidates."""
        a = self.view.get_actor(id_or_alias) or self.view.get_actor(id_or_alias.upper())
        if a is not None:
            return a
        found = self.view.lookup_actor(id_or_alias)
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFoundError("actor", id_or_alias, hint="try an ISO code (FRA), a name in any language "
                                "(Francia, Frankreich), a capital (Parigi) or `pledgegraph actors --q`")
        names = ", ".join(f"{a.id} ({a.name})" for a in found)
        raise QueryError(f"{id_or_alias!r} names several actors: {names}; use an id")

    def search_actors(self, q: str | None = None, kind: str | None = None) -> list[Actor]:
        actors = self.view.actors(kind)
        if not q:
            return actors
        needle = fold(q)
        exact = {a.id for a in self.view.lookup_actor(q)}
        hits = [a for a in actors if a.id in exact or any(needle in fold(n) for n in a.all_names())]
        return sorted(hits, key=lambda a: (a.id not in exact, a.id))

    def profile(self, id_or_alias: str) -> Profile:
        actor = self.resolve_actor(id_or_alias)
        rows = self.view.query("actor_profile", {"actor": actor.id})
        claims = {c.id: c for c in self.view.get_claims(r["claim_id"] for r in rows)}
        mine: dict[str, list[Claim]] = {r: [] for r in vocabulary().claim_relations}
        named_in: list[Claim] = []
        for r in rows:
            c = claims[r["claim_id"]]
            (mine[c.relation.value] if c.subject == actor.id else named_in).append(c)
        links = [Link.model_validate(self._link_row(r)) for r in self.view.query("actor_links", {"actor": actor.id})]
        return Profile(
            actor=actor,
            pledges=self.views(mine["PLEDGES"]),
            supports=self.views(mine["SUPPORTS"]),
            opposes=self.views(mine["OPPOSES"]),
            declines=self.views(mine["DECLINES"]),
            coordinates=self.views(mine["COORDINATES"]),
            named_in=self.views(named_in),
            memberships=[ln for ln in links if ln.relation.value == "MEMBER_OF"],
            offices=[ln for ln in links if ln.relation.value == "HOLDS_OFFICE"],
            other_links=[ln for ln in links if ln.relation.value not in ("MEMBER_OF", "HOLDS_OFFICE")],
        )

    @staticmethod
    def _link_row(r: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in r.items() if v is not None}

    # -------------------------------------------------------------- backers
    def backers(
        self,
        kind: str | None = None,
        beneficiary: str | None = None,
        min_modality: str | None = None,
        as_of: date | None = None,
        group_by: Literal["actor", "kind"] = "actor",
    ) -> list[Backer]:
        """Who backs a kind of contribution for a beneficiary: each actor's current position, at least
        `min_modality` (default: considering), as of a date (default: everything known)."""
        if kind is not None and kind not in vocabulary().kinds:
            raise QueryError(f"unknown kind {kind!r}; expected one of: {', '.join(sorted(vocabulary().kinds))}")
        params = {"kind": kind, "beneficiary": beneficiary, "min_rank": min_rank_of(min_modality),
                  "as_of": as_of.isoformat() if as_of else None}
        rows = self.view.query("backers", params)
        claims = {c.id: c for c in self.view.get_claims(r["claim_id"] for r in rows)}
        groups: dict[str, list[Claim]] = {}
        for r in rows:
            key = r["subject"] if group_by == "actor" else r["kind"]
            groups.setdefault(key, []).append(claims[r["claim_id"]])
        out = []
        for key in sorted(groups):
            cs = groups[key]
            top = max(cs, key=lambda c: (c.rank, c.id))
            ref = self.actor_ref(key) if group_by == "actor" else ActorRef(id=key, name=key, kind="kind")
            out.append(Backer(actor=ref, kinds=sorted({c.kind for c in cs if c.kind}),
                              highest_modality=top.modality, claims=self.views(cs)))
        return out

    def positions(self, on: str, beneficiary: str | None = None, as_of: date | None = None) -> Positions:
        """Supports (pledges and supports) vs opposes vs declines on a kind or a commitment id."""
        params: dict[str, Any] = {"beneficiary": beneficiary, "as_of": as_of.isoformat() if as_of else None}
        if on in vocabulary().kinds:
            params["kind"] = on
        elif self.view.get_commitment(on) is not None:
            params["commitment"] = on
        else:
            raise NotFoundError("kind or commitment", on)
        rows = self.view.query("positions", params)
        claims = {c.id: c for c in self.view.get_claims(r["claim_id"] for r in rows)}
        by: dict[str, list[Claim]] = {"supports": [], "opposes": [], "declines": []}
        for r in rows:
            c = claims[r["claim_id"]]
            if c.relation.value in ("PLEDGES", "SUPPORTS") and c.rank >= 1:
                by["supports"].append(c)
            elif c.relation.value == "OPPOSES":
                by["opposes"].append(c)
            else:
                by["declines"].append(c)
        return Positions(on=on, **{k: self.views(v) for k, v in by.items()})

    def commitment(self, commitment_id: str) -> tuple[Commitment, list[ClaimView]]:
        c = self.view.get_commitment(commitment_id)
        if c is None:
            raise NotFoundError("commitment", commitment_id)
        rows = self.view.query("coalition", {"commitment": commitment_id})
        return c, self.views(self.view.get_claims(r["claim_id"] for r in rows))

    def coordination(self, actor: str | None = None, as_of: date | None = None) -> list[ClaimView]:
        actor_id = self.resolve_actor(actor).id if actor else None
        rows = self.view.query("coordination_network",
                               {"actor": actor_id, "as_of": as_of.isoformat() if as_of else None})
        claims = {c.id: c for c in self.view.get_claims(r["claim_id"] for r in rows)}
        return self.views(claims[r["claim_id"]] for r in rows)

    def timeline(self, actor: str | None = None, kind: str | None = None) -> list[ClaimView]:
        actor_id = self.resolve_actor(actor).id if actor else None
        rows = self.view.query("timeline", {"actor": actor_id, "kind": kind})
        claims = {c.id: c for c in self.view.get_claims(r["claim_id"] for r in rows)}
        return self.views(claims[r["claim_id"]] for r in rows)
