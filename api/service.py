"""The API's reads: the QueryService, paginated before hydration and hydrated in batches.

QueryService hydrates every claim it returns, one evidence query per claim. Over HTTP every list is paged, so
this subclass cuts the page first and then hydrates only that page, with one statements read and one sources
read for the whole page (no N+1 round trips on Neo4j). Same rows, same order, same models as QueryService.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from api.schemas import (
    BackerGroup,
    CommitmentSummary,
    CoordinationItem,
    Partner,
    Stance,
    TimelineItem,
    page_of,
)
from graph.errors import InputError, NotFoundError, QueryError
from graph.model import Actor, Claim, Commitment, Link
from graph.query import ActorRef, ClaimView, Evidence, QueryService, min_rank_of
from graph.store.base import GraphView
from graph.vocab import vocabulary

NEGATIVE_MODALITIES = ("refused", "withdrawn")
BULK_AFTER = 1  # single lookups on a remote store before one read of them all (Neo4j: ~15 ms each)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _start(c: Claim) -> date | None:
    return c.valid_from or c.first_seen


class ApiService(QueryService):
    """QueryService with paging and batched hydration; memoises actors and commitments for one request."""

    def __init__(self, view: GraphView) -> None:
        super().__init__(view)
        self._actors: dict[str, Actor | None] = {}
        self._commitments: dict[str, Commitment | None] = {}
        self._refs: dict[str, ActorRef] = {}
        self._evidence: dict[str, list[Evidence]] = {}
        # On a remote store (Neo4j) each lookup is a round trip: after a few, one read of all actors (or all
        # commitments) is cheaper than the dozens of single reads a page of claims needs.
        self._remote = getattr(view, "name", "embedded") != "embedded"
        self._misses = {"actor": 0, "commitment": 0}
        self._complete = {"actor": False, "commitment": False}

    # ------------------------------------------------------------------ lookups (memoised per request)
    def _bulk(self, what: str) -> bool:
        """Count a lookup miss; on a remote store, past BULK_AFTER misses load everything of that kind once."""
        if self._complete[what]:
            return True
        if not self._remote:
            return False
        self._misses[what] += 1
        if self._misses[what] <= BULK_AFTER:
            return False
        if what == "actor":
            for a in self.view.actors():
                self._actors.setdefault(a.id, a)
        else:
            for c in self.view.commitments():
                self._commitments.setdefault(c.id, c)
        self._complete[what] = True
        return True

    def get_actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self._actors:
            if self._bulk("actor"):
                return self._actors.setdefault(actor_id, None)
            self._actors[actor_id] = self.view.get_actor(actor_id)
        return self._actors[actor_id]

    def get_commitment(self, commitment_id: str) -> Commitment | None:
        if commitment_id not in self._commitments:
            if self._bulk("commitment"):
                return self._commitments.setdefault(commitment_id, None)
            self._commitments[commitment_id] = self.view.get_commitment(commitment_id)
        return self._commitments[commitment_id]

    def actor_ref(self, actor_id: str) -> ActorRef:
        ref = self._refs.get(actor_id)
        if ref is None:
            a = self.get_actor(actor_id)
            ref = (
                ActorRef(id=actor_id, name=actor_id, kind="unknown")
                if a is None
                else ActorRef(id=a.id, name=a.name, kind=str(a.kind))
            )
            self._refs[actor_id] = ref
        return ref

    def commitment_label(self, c: Commitment) -> str:
        kind = vocabulary().kinds.get(c.kind, c.kind)
        for_whom = f" for {self.actor_ref(c.beneficiary).name}" if c.beneficiary else ""
        return c.label or f"{kind}{for_whom}"

    def commitment_summary(self, commitment_id: str) -> CommitmentSummary | None:
        c = self.get_commitment(commitment_id)
        return None if c is None else CommitmentSummary(commitment=c, label=self.commitment_label(c))

    def _object_label(self, claim: Claim) -> str:
        if claim.object_type == "actor":
            return self.actor_ref(claim.object).name
        c = self.get_commitment(claim.object)
        return claim.object if c is None else self.commitment_label(c)

    # ------------------------------------------------------------------ hydration
    def evidence_of(self, claims: Sequence[Claim]) -> dict[str, list[Evidence]]:
        """Evidence for many claims with one statements read and one sources read; per claim in the order of
        the claim_evidence query (oldest source first, undated last, then statement id). The models are built
        with model_construct: their fields come from validated store objects. Memoised for the request."""
        missing = [c for c in claims if c.id not in self._evidence]
        if missing:
            self._evidence.update(self._fetch_evidence(missing))
        return {c.id: self._evidence[c.id] for c in claims}

    def _fetch_evidence(self, claims: Sequence[Claim]) -> dict[str, list[Evidence]]:
        wanted = {e for c in claims for e in c.evidence}
        statements = {s.id: s for s in self.view.get_statements(wanted)} if wanted else {}
        source_ids = {s.source_id for s in statements.values()}
        sources = {s.id: s for s in self.view.get_sources(source_ids)} if source_ids else {}
        out: dict[str, list[Evidence]] = {}
        for c in claims:
            rows = []
            for sid in c.evidence:
                st = statements.get(sid)
                src = sources.get(st.source_id) if st else None
                if st is None or src is None:
                    continue
                rows.append(
                    Evidence.model_construct(
                        statement_id=st.id,
                        quote=st.text,
                        start=st.start,
                        end=st.end,
                        language=st.language,
                        source_id=src.id,
                        title=src.title,
                        url=src.url,
                        publisher=src.publisher,
                        published_at=_iso(src.published_at),
                        attrs=dict(st.attrs),
                    )
                )
            rows.sort(key=lambda e: (e.published_at is None, e.published_at or "", e.statement_id))
            out[c.id] = rows
        return out

    def views(self, claims: Iterable[Claim]) -> list[ClaimView]:
        claims = list(claims)
        ev = self.evidence_of(claims)
        return [
            ClaimView.model_construct(
                claim=c,
                subject=self.actor_ref(c.subject),
                object_label=self._object_label(c),
                evidence=ev[c.id],
            )
            for c in claims
        ]

    def claims_by_id(self, ids: Iterable[str]) -> dict[str, Claim]:
        return {c.id: c for c in self.view.get_claims(ids)}

    def page_views(self, claims: Sequence[Claim], limit: int, offset: int) -> dict[str, Any]:
        return page_of(self.views(claims[offset : offset + limit]), len(claims), limit, offset)

    @staticmethod
    def page(items: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
        return page_of(list(items[offset : offset + limit]), len(items), limit, offset)

    # ------------------------------------------------------------------ parameters
    def resolve_param(self, value: str | None, field: str) -> str | None:
        """An actor named in a query parameter: unknown or ambiguous is a 422 that names the parameter."""
        if value is None:
            return None
        try:
            return self.resolve_actor(value).id
        except (NotFoundError, QueryError) as exc:
            raise InputError(exc.message, field=field, hint=exc.hint) from exc

    # ------------------------------------------------------------------ actors
    def actors_page(self, q: str | None, kind: str | None, limit: int, offset: int) -> dict[str, Any]:
        return self.page(self.search_actors(q, kind), limit, offset)

    def profile_page(self, id_or_alias: str, limit: int, offset: int) -> dict[str, Any]:
        """The actor_profile query's claims (every claim whose subject or object is the actor), read with one
        claims_of() call, grouped by relation in claim id order."""
        actor = self.resolve_actor(id_or_alias)
        claims = sorted(self.view.claims_of(actor.id), key=lambda c: c.id)
        mine: dict[str, list[Claim]] = {r: [] for r in vocabulary().claim_relations}
        named_in: list[Claim] = []
        partners: dict[str, list[Claim]] = {}
        for c in claims:
            relation = str(c.relation)  # a StrEnum: its str is its value, without the slow .value lookup
            if c.subject == actor.id:
                mine.setdefault(relation, []).append(c)
            else:
                named_in.append(c)
            if relation == "COORDINATES":
                other = c.object if c.subject == actor.id else c.subject
                partners.setdefault(other, []).append(c)
        partner_items = []
        for pid in sorted(partners):
            cs = partners[pid]
            days = sorted(d for d in (_start(c) for c in cs) if d)
            partner_items.append(
                Partner(
                    actor=self.actor_ref(pid),
                    claims=len(cs),
                    topics=sorted({c.topic for c in cs if c.topic}),
                    first=_iso(days[0]) if days else None,
                    last=_iso(days[-1]) if days else None,
                )
            )
        links = [
            Link.model_validate({k: v for k, v in r.items() if v is not None})
            for r in self.view.query("actor_links", {"actor": actor.id})
        ]
        sections = [*mine.values(), named_in]
        self.evidence_of([c for sec in sections for c in sec[offset : offset + limit]])  # one read for all pages
        return {
            "actor": actor,
            "pledges": self.page_views(mine["PLEDGES"], limit, offset),
            "supports": self.page_views(mine["SUPPORTS"], limit, offset),
            "opposes": self.page_views(mine["OPPOSES"], limit, offset),
            "declines": self.page_views(mine["DECLINES"], limit, offset),
            "coordinates": self.page_views(mine["COORDINATES"], limit, offset),
            "named_in": self.page_views(named_in, limit, offset),
            "partners": self.page(partner_items, limit, offset),
            "memberships": self.page([ln for ln in links if ln.relation.value == "MEMBER_OF"], limit, offset),
            "offices": self.page([ln for ln in links if ln.relation.value == "HOLDS_OFFICE"], limit, offset),
            "other_links": self.page(
                [ln for ln in links if ln.relation.value not in ("MEMBER_OF", "HOLDS_OFFICE")], limit, offset
            ),
        }

    # ------------------------------------------------------------------ backers
    def backers_page(
        self,
        *,
        kind: str | None,
        beneficiary: str | None,
        min_modality: str | None,
        as_of: date | None,
        group_by: str,
        claims_per_group: int,
        limit: int,
        offset: int,
    ) -> dict[str, Any]:
        ben = self.resolve_param(beneficiary, "beneficiary")
        params = {
            "kind": kind,
            "beneficiary": ben,
            "min_rank": min_rank_of(min_modality),
            "as_of": as_of.isoformat() if as_of else None,
        }
        rows = self.view.query("backers", params)
        groups: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            key = r["subject"] if group_by == "actor" else (r["kind"] or "")
            groups.setdefault(key, []).append(r)
        keys = sorted(groups)
        page_keys = keys[offset : offset + limit]
        wanted = [
            r["claim_id"]
            for k in page_keys
            for r in sorted(groups[k], key=lambda r: (-r["rank"], r["claim_id"]))[:claims_per_group]
        ]
        claims = self.claims_by_id(wanted)
        views = {v.claim.id: v for v in self.views(claims[i] for i in wanted if i in claims)}
        items = []
        for key in page_keys:
            grp = sorted(groups[key], key=lambda r: (-r["rank"], r["claim_id"]))
            subjects = sorted({r["subject"] for r in grp})
            items.append(
                BackerGroup(
                    key=key,
                    actor=self.actor_ref(key) if group_by == "actor" else None,
                    kind=key if group_by == "kind" else None,
                    actors=[self.actor_ref(s) for s in subjects],
                    kinds=sorted({r["kind"] for r in grp if r["kind"]}),
                    highest_modality=grp[0]["modality"],
                    claim_count=len(grp),
                    claims=[views[r["claim_id"]] for r in grp[:claims_per_group] if r["claim_id"] in views],
                )
            )
        paged = page_of(items, len(keys), limit, offset)
        page_items = paged.pop("items")
        return {
            "kind": kind,
            "beneficiary": ben,
            "min_modality": min_modality,
            "as_of": as_of,
            "group_by": group_by,
            **paged,
            "backers": page_items,
        }

    # ------------------------------------------------------------------ positions
    def positions_page(
        self, on: str, beneficiary: str | None, as_of: date | None, limit: int, offset: int
    ) -> dict[str, Any]:
        ben = self.resolve_param(beneficiary, "beneficiary")
        params: dict[str, Any] = {"beneficiary": ben, "as_of": as_of.isoformat() if as_of else None}
        if on in vocabulary().kinds:
            params["kind"] = on
            on_type = "kind"
        elif self.get_commitment(on) is not None:
            params["commitment"] = on
            on_type = "commitment"
        else:
            raise InputError(
                f"{on!r} is neither a kind of contribution nor a commitment id",
                field="on",
                hint=f"kinds: {', '.join(sorted(vocabulary().kinds))}; commitment ids: GET /commitments",
            )
        rows = self.view.query("positions", params)
        claims = self.claims_by_id(r["claim_id"] for r in rows)
        by: dict[str, list[Claim]] = {"supports": [], "opposes": [], "declines": []}
        for r in rows:
            c = claims.get(r["claim_id"])
            if c is None:
                continue
            if c.relation.value in ("PLEDGES", "SUPPORTS") and c.rank >= 1:
                by["supports"].append(c)
            elif c.relation.value == "OPPOSES":
                by["opposes"].append(c)
            else:
                by["declines"].append(c)
        return {
            "on": on,
            "on_type": on_type,
            "beneficiary": ben,
            "as_of": as_of,
            **{k: self.page_views(v, limit, offset) for k, v in by.items()},
        }

    # ------------------------------------------------------------------ commitments
    def commitments_page(
        self, kind: str | None, beneficiary: str | None, scope: str | None, limit: int, offset: int
    ) -> dict[str, Any]:
        ben = self.resolve_param(beneficiary, "beneficiary")
        found = [
            c
            for c in self.view.commitments()
            if (kind is None or c.kind == kind)
            and (ben is None or c.beneficiary == ben)
            and (scope is None or c.scope == scope)
        ]
        page = found[offset : offset + limit]
        for c in page:
            self._commitments[c.id] = c
        items = [CommitmentSummary(commitment=c, label=self.commitment_label(c)) for c in page]
        return page_of(items, len(found), limit, offset)

    def commitment_page(self, commitment_id: str, as_of: date | None, limit: int, offset: int) -> dict[str, Any]:
        c = self.get_commitment(commitment_id)
        if c is None:
            raise NotFoundError("commitment", commitment_id, hint="list them with GET /commitments")
        part_ids = sorted({ln.src for ln in self.view.links("PART_OF", dst=c.id)})
        package_ids = sorted({ln.dst for ln in self.view.links("PART_OF", src=c.id)})
        target_ids = sorted({ln.dst for ln in self.view.links("TARGETS", src=c.id)})
        day = as_of.isoformat() if as_of else None
        stances: list[Claim] = []
        for cid in [c.id, *part_ids]:
            rows = self.view.query("positions", {"commitment": cid, "as_of": day})
            stances.extend(self.view.get_claims(r["claim_id"] for r in rows))
        positive = [s for s in stances if s.relation.value in ("PLEDGES", "SUPPORTS") and s.rank >= 1]
        positive_ids = {s.id for s in positive}
        negative = [s for s in stances if s.id not in positive_ids]
        positive.sort(key=lambda s: (-s.rank, s.subject, s.object, s.id))
        negative.sort(key=lambda s: (s.relation.value, s.subject, s.object, s.id))

        def stance_page(items: list[Claim]) -> dict[str, Any]:
            page = items[offset : offset + limit]
            views = self.views(page)
            out = [
                Stance(
                    actor=self.actor_ref(s.subject),
                    relation=s.relation.value,
                    modality=s.modality,
                    commitment=s.object,
                    claim=v,
                )
                for s, v in zip(page, views, strict=True)
            ]
            return page_of(out, len(items), limit, offset)

        def summaries(ids: list[str]) -> list[CommitmentSummary]:
            return [s for s in (self.commitment_summary(i) for i in ids) if s is not None]

        return {
            "commitment": c,
            "label": self.commitment_label(c),
            "beneficiary": self.actor_ref(c.beneficiary) if c.beneficiary else None,
            "package": summaries(package_ids),
            "parts": summaries(part_ids),
            "targets": [self.actor_ref(t) for t in target_ids],
            "as_of": as_of,
            "coalition": stance_page(positive),
            "opposition": stance_page(negative),
        }

    # ------------------------------------------------------------------ claims
    def claim_evidence_page(self, claim_id: str, limit: int, offset: int) -> dict[str, Any]:
        c = self.view.get_claim(claim_id)
        if c is None:
            raise NotFoundError("claim", claim_id)
        ev = self.evidence_of([c])[c.id]
        return {
            "claim_id": c.id,
            "relation": c.relation.value,
            "method": c.method,
            "confidence": c.confidence,
            "evidence": self.page(ev, limit, offset),
        }

    def claim_view(self, claim_id: str) -> ClaimView:
        c = self.view.get_claim(claim_id)
        if c is None:
            raise NotFoundError("claim", claim_id)
        return self.views([c])[0]

    def coordination_page(self, actor: str | None, as_of: date | None, limit: int, offset: int) -> dict[str, Any]:
        actor_id = self.resolve_param(actor, "actor")
        rows = self.view.query(
            "coordination_network", {"actor": actor_id, "as_of": as_of.isoformat() if as_of else None}
        )
        page = rows[offset : offset + limit]
        claims = self.claims_by_id(r["claim_id"] for r in page)
        views = {v.claim.id: v for v in self.views(claims[r["claim_id"]] for r in page if r["claim_id"] in claims)}
        items = [
            CoordinationItem(
                subject=self.actor_ref(r["subject"]),
                partner=self.actor_ref(r["partner"]),
                topic=self.commitment_summary(r["topic"]) if r["topic"] else None,
                modality=r["modality"],
                date=r["valid_from"],
                claim=views[r["claim_id"]],
            )
            for r in page
            if r["claim_id"] in views
        ]
        paged = page_of(items, len(rows), limit, offset)
        page_items = paged.pop("items")
        return {"actor": actor_id, "as_of": as_of, **paged, "coordination": page_items}

    def timeline_page(self, actor: str | None, kind: str | None, limit: int, offset: int) -> dict[str, Any]:
        actor_id = self.resolve_param(actor, "actor")
        params = {"actor": actor_id, "kind": kind}
        rows = self.view.query("timeline", params)
        page = rows[offset : offset + limit]
        claims = self.claims_by_id(r["claim_id"] for r in page)
        views = {v.claim.id: v for v in self.views(claims[r["claim_id"]] for r in page if r["claim_id"] in claims)}
        items = [TimelineItem(date=r["date"], claim=views[r["claim_id"]]) for r in page if r["claim_id"] in views]
        changes = self.view.query("words_to_deeds", params)
        reversals = self.view.query("reversals", params)
        return {
            "actor": actor_id,
            "kind": kind,
            "claims": page_of(items, len(rows), limit, offset),
            "changes": self.page(changes, limit, offset),
            "reversals": self.page(reversals, limit, offset),
        }

    # ------------------------------------------------------------------ subgraph
    def _claims_on(self, commitment_id: str) -> list[Claim]:
        direct = getattr(self.view, "claims_on", None)
        if callable(direct):
            return list(direct(commitment_id))
        rows = self.view.query("coalition", {"commitment": commitment_id})
        return self.view.get_claims(r["claim_id"] for r in rows if r["commitment"] == commitment_id)

    def subgraph(
        self,
        center: str,
        depth: int,
        kinds: list[str] | None,
        relations: list[str] | None,
        as_of: date | None,
        max_nodes: int,
    ) -> dict[str, Any]:
        """Breadth-first from the center over claim edges, structural links and BENEFITS, `depth` hops."""
        if self.get_commitment(center) is not None:
            start = center
        else:
            try:
                start = self.resolve_actor(center).id
            except NotFoundError as exc:
                raise NotFoundError("actor or commitment", center, hint=exc.hint) from exc
        kind_set = set(kinds) if kinds else None
        rel_set = set(relations) if relations else None

        def claim_ok(c: Claim) -> bool:
            return (
                (kind_set is None or c.kind in kind_set)
                and (rel_set is None or c.relation.value in rel_set)
                and (as_of is None or c.holds_on(as_of))
            )

        def link_ok(ln: Link) -> bool:
            if rel_set is not None and ln.relation.value not in rel_set:
                return False
            if as_of is None:
                return True
            return (ln.since is None or ln.since <= as_of) and (ln.until is None or ln.until >= as_of)

        depth_of: dict[str, int] = {start: 0}
        edges: dict[str, dict[str, Any]] = {}
        queue: deque[str] = deque([start])
        truncated = False

        def reach(node: str, d: int) -> bool:
            nonlocal truncated
            if node in depth_of:
                return True
            if len(depth_of) >= max_nodes:
                truncated = True
                return False
            depth_of[node] = d
            queue.append(node)
            return True

        while queue:
            node = queue.popleft()
            d = depth_of[node]
            if d >= depth:
                continue
            out: list[tuple[str, str, str, str, dict[str, Any]]] = []  # (other, src, dst, key, attrs)
            c = self.get_commitment(node)
            if c is not None:
                for cl in self._claims_on(node):
                    if claim_ok(cl):
                        out.append((cl.subject, cl.subject, cl.object, cl.id, self._claim_attrs(cl)))
                if c.beneficiary and (rel_set is None or "BENEFITS" in rel_set):
                    out.append((c.beneficiary, c.id, c.beneficiary, f"BENEFITS:{c.id}", {"relation": "BENEFITS"}))
            else:
                for cl in self.view.claims_of(node):
                    if claim_ok(cl):
                        other = cl.object if cl.subject == node else cl.subject
                        out.append((other, cl.subject, cl.object, cl.id, self._claim_attrs(cl)))
            for ln in [*self.view.links(src=node), *self.view.links(dst=node)]:
                if link_ok(ln):
                    other = ln.dst if ln.src == node else ln.src
                    attrs = {
                        "relation": ln.relation.value,
                        "role": ln.role,
                        "since": _iso(ln.since),
                        "until": _iso(ln.until),
                    }
                    out.append((other, ln.src, ln.dst, ln.id, attrs))
            for other, src, dst, key, attrs in sorted(out, key=lambda e: (e[3], e[0])):
                if key in edges:
                    continue
                if reach(other, d + 1):
                    edges[key] = {
                        "source": src,
                        "target": dst,
                        "key": key,
                        **{k: v for k, v in attrs.items() if v is not None},
                    }
        nodes = [self._node(n, depth_of[n]) for n in sorted(depth_of)]
        links = sorted(edges.values(), key=lambda e: (e["key"], e["source"], e["target"]))
        return {"center": start, "depth": depth, "truncated": truncated, "nodes": nodes, "links": links}

    @staticmethod
    def _claim_attrs(cl: Claim) -> dict[str, Any]:
        return {
            "relation": cl.relation.value,
            "kind": cl.kind,
            "modality": cl.modality,
            "rank": cl.rank,
            "sources": len(cl.evidence),
            "condition": cl.condition_norm,
            "quantity": cl.quantity,
            "speaker": cl.speaker,
            "valid_from": _iso(_start(cl)),
            "valid_until": _iso(cl.valid_until),
            "method": cl.method,
            "confidence": cl.confidence,
        }

    def _node(self, node_id: str, depth: int) -> dict[str, Any]:
        c = self.get_commitment(node_id)
        if c is not None:
            return {
                "id": c.id,
                "label": "Commitment",
                "name": self.commitment_label(c),
                "kind": c.kind,
                "depth": depth,
                **({"beneficiary": c.beneficiary} if c.beneficiary else {}),
                **({"scope": c.scope} if c.scope else {}),
            }
        a = self.get_actor(node_id)
        if a is None:
            return {"id": node_id, "label": "Actor", "name": node_id, "kind": "unknown", "depth": depth}
        extra = {
            k: v for k, v in (("iso3", a.iso3), ("wikidata", a.wikidata), ("min_count", a.min_count)) if v is not None
        }
        return {"id": a.id, "label": "Actor", "name": a.name, "kind": a.kind.value, "depth": depth, **extra}
