"""The named research queries, answered in Python over the embedded store.

Each function mirrors `queries/<name>.cypher` row for row: same columns, same order, dates as ISO strings.
Shared rules (also stated in each .cypher header):
- a claim's *start* is valid_from, else first_seen; it *holds on* day D if start is null or <= D, and valid_until
  is null or >= D;
- an actor's *position* on a commitment is its latest claim there among PLEDGES, SUPPORTS, OPPOSES, DECLINES:
  greatest start (null counts as earliest), then highest rank, then smallest claim id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from graph.model import Claim

if TYPE_CHECKING:
    from graph.store.embedded import EmbeddedStore

Row = dict[str, Any]
STANCE_RELATIONS = ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES")
POSITIVE = ("PLEDGES", "SUPPORTS")
NEGATIVE_MODALITIES = ("refused", "withdrawn")


def _start(c: Claim) -> date | None:
    return c.valid_from or c.first_seen


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _holds(c: Claim, as_of: date | None) -> bool:
    return as_of is None or c.holds_on(as_of)


def _latest(claims: Iterable[Claim]) -> Claim:
    # greatest start (null earliest), then highest rank, then smallest id
    ordered = sorted(claims, key=lambda c: c.id)
    return max(ordered, key=lambda c: (_start(c) or date.min, c.rank))


def _positions(store: EmbeddedStore, kind: str | None, beneficiary: str | None, commitment: str | None,
               as_of: date | None) -> list[Claim]:
    pool = store.claims_on(commitment) if commitment else store.claims_by_kind(kind)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in pool:
        if c.relation.value not in STANCE_RELATIONS or c.object_type != "commitment":
            continue
        if kind is not None and c.kind != kind:
            continue
        if beneficiary is not None and c.beneficiary != beneficiary:
            continue
        if not _holds(c, as_of):
            continue
        groups[(c.subject, c.object)].append(c)
    return [_latest(g) for g in groups.values()]


def backers(store: EmbeddedStore, kind: str | None, beneficiary: str | None, min_rank: int,
            as_of: Any) -> list[Row]:
    """Actors whose current position on a matching commitment is PLEDGES/SUPPORTS at rank >= min_rank."""
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "kind": c.kind,
            "beneficiary": c.beneficiary, "modality": c.modality, "rank": c.rank, "valid_from": _iso(_start(c)),
        }
        for c in _positions(store, kind, beneficiary, None, _as_date(as_of))
        if c.relation.value in POSITIVE and c.rank >= int(min_rank)
    ]
    # a claim may have no kind: it sorts after the others, as null does in Cypher's ORDER BY
    return sorted(rows, key=lambda r: (r["subject"], r["kind"] is None, r["kind"] or "", r["claim_id"]))


def positions(store: EmbeddedStore, kind: str | None, commitment: str | None, beneficiary: str | None,
              as_of: Any) -> list[Row]:
    """Each actor's current position (supports, pledges, opposes, declines) on matching commitments."""
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "kind": c.kind,
            "beneficiary": c.beneficiary, "commitment": c.object, "modality": c.modality, "rank": c.rank,
        }
        for c in _positions(store, kind, beneficiary, commitment, _as_date(as_of))
    ]
    return sorted(rows, key=lambda r: (r["relation"], r["subject"], r["claim_id"]))


def coalition(store: EmbeddedStore, commitment: str) -> list[Row]:
    """Every claim on the commitment or on one of its parts (PART_OF), whatever its relation."""
    targets = {commitment} | {ln.src for ln in store.links("PART_OF", dst=commitment)}
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "kind": c.kind,
            "commitment": c.object, "modality": c.modality, "rank": c.rank,
        }
        for t in targets
        for c in store.claims_on(t)
    ]
    return sorted(rows, key=lambda r: (r["relation"], r["subject"], r["claim_id"]))


def opposition_map(store: EmbeddedStore, as_of: Any) -> list[Row]:
    """Who opposes or declines what (commitments and actors)."""
    day = _as_date(as_of)
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "object": c.object,
            "object_type": c.object_type, "kind": c.kind, "beneficiary": c.beneficiary, "modality": c.modality,
        }
        for rel in ("OPPOSES", "DECLINES")
        for c in store.all_claims()
        if c.relation.value == rel and _holds(c, day)
    ]
    return sorted(rows, key=lambda r: (r["subject"], r["relation"], r["claim_id"]))


def coordination_network(store: EmbeddedStore, actor: str | None, as_of: Any) -> list[Row]:
    """COORDINATES claims, optionally around one actor (as either side)."""
    day = _as_date(as_of)
    pool = store.claims_of(actor) if actor else store.all_claims()
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "partner": c.object, "modality": c.modality,
            "topic": c.topic, "valid_from": _iso(_start(c)),
        }
        for c in pool
        if c.relation.value == "COORDINATES" and _holds(c, day)
    ]
    return sorted(rows, key=lambda r: (r["subject"], r["partner"], r["claim_id"]))


def claim_evidence(store: EmbeddedStore, claim: str) -> list[Row]:
    """The statements behind a claim with their sources, oldest source first (undated last)."""
    c = store.get_claim(claim)
    if c is None:
        return []
    statements = store.get_statements(c.evidence)
    sources = {s.id: s for s in store.get_sources(st.source_id for st in statements)}
    rows = []
    for st in statements:
        src = sources[st.source_id]
        rows.append(
            {
                "statement_id": st.id, "quote": st.text, "start": st.start, "end": st.end,
                "language": st.language, "source_id": src.id, "title": src.title, "url": src.url,
                "publisher": src.publisher, "published_at": _iso(src.published_at),
            }
        )
    return sorted(rows, key=lambda r: (r["published_at"] is None, r["published_at"] or "", r["statement_id"]))


def actor_profile(store: EmbeddedStore, actor: str) -> list[Row]:
    """Every claim the actor makes, and every claim that names it as the other actor."""
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "object": c.object,
            "object_type": c.object_type, "kind": c.kind, "beneficiary": c.beneficiary,
            "modality": c.modality, "rank": c.rank,
        }
        for c in store.claims_of(actor)
    ]
    return sorted(rows, key=lambda r: (r["relation"], r["claim_id"]))


def actor_links(store: EmbeddedStore, actor: str) -> list[Row]:
    """Memberships, offices, PART_OF and TARGETS links touching the actor."""
    seen = {ln.id: ln for ln in store.links(src=actor) + store.links(dst=actor)}
    rows = [
        {
            "relation": ln.relation.value, "src": ln.src, "dst": ln.dst, "role": ln.role,
            "since": _iso(ln.since), "until": _iso(ln.until),
        }
        for ln in seen.values()
    ]
    return sorted(rows, key=lambda r: (r["relation"], r["src"], r["dst"], r["role"] or "", r["since"] or ""))


def graph_as_of(store: EmbeddedStore, as_of: Any) -> list[Row]:
    """Every claim in force on the date."""
    day = _as_date(as_of)
    return [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "object": c.object,
            "kind": c.kind, "modality": c.modality,
        }
        for c in store.all_claims()
        if _holds(c, day)
    ]


def _ladder_groups(store: EmbeddedStore, actor: str | None, kind: str | None,
                   relations: tuple[str, ...]) -> dict[tuple[str, str], list[Claim]]:
    pool = store.claims_of(actor) if actor else store.claims_by_kind(kind)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in pool:
        wanted = c.relation.value in relations and c.object_type == "commitment"
        if wanted and (kind is None or c.kind == kind) and (actor is None or c.subject == actor):
            groups[(c.subject, c.object)].append(c)
    return groups


def words_to_deeds(store: EmbeddedStore, actor: str | None, kind: str | None) -> list[Row]:
    """Steps on the modality ladder: for one actor and commitment, the position of each date is the
    highest-ranked claim of that date (ties: smallest id); a step is a change of rank from one dated position
    to the next. PLEDGES and DECLINES; undated claims are left out."""
    rows = []
    for (subject, obj), claims in _ladder_groups(store, actor, kind, ("PLEDGES", "DECLINES")).items():
        tops: dict[date, Claim] = {}
        for c in sorted(claims, key=lambda c: (-c.rank, c.id)):
            start = _start(c)
            if start is not None:
                tops.setdefault(start, c)
        for da, db in pairwise(sorted(tops)):
            a, b = tops[da], tops[db]
            if a.rank == b.rank:
                continue
            rows.append(
                {
                    "subject": subject, "kind": a.kind, "beneficiary": a.beneficiary, "commitment": obj,
                    "from_claim": a.id, "from_modality": a.modality, "from_date": _iso(da),
                    "to_claim": b.id, "to_modality": b.modality, "to_date": _iso(db),
                    "direction": "up" if b.rank > a.rank else "down",
                }
            )
    return sorted(rows, key=lambda r: (r["subject"], r["commitment"], r["from_date"], r["from_claim"],
                                       r["to_claim"]))


def reversals(store: EmbeddedStore, actor: str | None, kind: str | None) -> list[Row]:
    """Contradictions: one actor both backs a commitment (PLEDGES/SUPPORTS on the ladder) and declines, opposes,
    refuses or withdraws it — in any order. Both claims stay in the graph; this query pairs them."""
    rows = []
    for (subject, obj), claims in _ladder_groups(store, actor, kind, STANCE_RELATIONS).items():
        pos = [c for c in claims if c.relation.value in POSITIVE and c.rank >= 1]
        neg = [c for c in claims if c.relation.value in ("OPPOSES", "DECLINES") or c.modality in NEGATIVE_MODALITIES]
        for p in pos:
            for n in neg:
                rows.append(
                    {
                        "subject": subject, "kind": p.kind, "beneficiary": p.beneficiary, "commitment": obj,
                        "positive_claim": p.id, "positive_modality": p.modality, "positive_date": _iso(_start(p)),
                        "negative_claim": n.id, "negative_relation": n.relation.value,
                        "negative_modality": n.modality, "negative_date": _iso(_start(n)),
                    }
                )
    return sorted(rows, key=lambda r: (r["subject"], r["commitment"], r["positive_claim"], r["negative_claim"]))


def unnamed_groups(store: EmbeddedStore) -> list[Row]:
    """Claims made by Group actors (unnamed or aggregate), with their count qualifier."""
    rows = []
    for g in store.actors("group"):
        for c in store.claims_of(g.id):
            if c.subject == g.id:
                rows.append(
                    {
                        "group": g.id, "name": g.name, "min_count": g.min_count, "claim_id": c.id,
                        "relation": c.relation.value, "kind": c.kind, "modality": c.modality,
                    }
                )
    return sorted(rows, key=lambda r: (r["group"], r["claim_id"]))


def timeline(store: EmbeddedStore, actor: str | None, kind: str | None) -> list[Row]:
    """Claims in time order (undated first), optionally for one actor and/or kind."""
    pool = store.claims_of(actor) if actor else store.claims_by_kind(kind)
    rows = [
        {
            "claim_id": c.id, "subject": c.subject, "relation": c.relation.value, "object": c.object,
            "kind": c.kind, "beneficiary": c.beneficiary, "modality": c.modality, "rank": c.rank,
            "date": _iso(_start(c)),
        }
        for c in pool
        if (actor is None or c.subject == actor) and (kind is None or c.kind == kind)
    ]
    return sorted(rows, key=lambda r: (r["date"] or "", r["claim_id"]))
