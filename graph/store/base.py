"""The storage protocol: one writer, one read-only view, two backends (embedded networkx, Neo4j).

Reads that answer research questions go through *named queries*: the same names as the files in `queries/`.
On Neo4j each runs its `.cypher` file; the embedded store answers the same question in Python
(graph/store/embedded_queries.py). Both return the same rows: plain dicts of str/int/float/None/lists,
dates as ISO strings, in the order the query defines. The conformance suite holds them to that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from graph.model import Actor, Claim, Commitment, Document, Link, Source, Statement

Row = dict[str, Any]
Progress = Callable[[int], None]

# name -> the parameters it takes (all optional unless listed in REQUIRED_PARAMS); the allowlist of named queries.
NAMED_QUERIES: dict[str, tuple[str, ...]] = {
    "backers": ("kind", "beneficiary", "min_rank", "as_of"),
    "positions": ("kind", "commitment", "beneficiary", "as_of"),
    "coalition": ("commitment",),
    "opposition_map": ("as_of",),
    "coordination_network": ("actor", "as_of"),
    "claim_evidence": ("claim",),
    "actor_profile": ("actor",),
    "actor_links": ("actor",),
    "graph_as_of": ("as_of",),
    "words_to_deeds": ("actor", "kind"),
    "reversals": ("actor", "kind"),
    "unnamed_groups": (),
    "timeline": ("actor", "kind"),
}
REQUIRED_PARAMS: dict[str, tuple[str, ...]] = {
    "coalition": ("commitment",),
    "claim_evidence": ("claim",),
    "actor_profile": ("actor",),
    "actor_links": ("actor",),
    "graph_as_of": ("as_of",),
}


@dataclass
class WriteResult:
    """What a write did. `created` counts things that were new; `updated` things that gained evidence."""

    documents: int = 0
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    source_ids: list[str] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)

    def add(self, other: WriteResult) -> None:
        self.documents += other.documents
        for mine, theirs in ((self.created, other.created), (self.updated, other.updated)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v
        self.source_ids.extend(other.source_ids)
        self.claim_ids.extend(other.claim_ids)


@runtime_checkable
class GraphView(Protocol):
    """Read-only access. Lists come back sorted by id."""

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type, e.g. {'Actor': 260, 'PLEDGES': 40}."""
        ...

    def get_actor(self, actor_id: str) -> Actor | None: ...
    def actors(self, kind: str | None = None) -> list[Actor]: ...
    def lookup_actor(self, alias: str) -> list[Actor]:
        """Actors one of whose names or aliases, folded (case, accents), equals the folded alias."""
        ...

    def get_commitment(self, commitment_id: str) -> Commitment | None: ...
    def commitments(self) -> list[Commitment]: ...
    def get_claim(self, claim_id: str) -> Claim | None: ...
    def get_claims(self, claim_ids: Iterable[str]) -> list[Claim]: ...
    def claims_of(self, actor_id: str) -> list[Claim]:
        """Every claim whose subject or object is the actor."""
        ...

    def all_claims(self) -> list[Claim]: ...
    def get_statements(self, statement_ids: Iterable[str]) -> list[Statement]: ...
    def get_sources(self, source_ids: Iterable[str]) -> list[Source]: ...
    def links(self, relation: str | None = None, src: str | None = None, dst: str | None = None) -> list[Link]: ...
    def query(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run a named research query (see NAMED_QUERIES)."""
        ...


@runtime_checkable
class GraphStore(GraphView, Protocol):
    """A view that can also write. Every write is idempotent; a Document is written whole or not at all."""

    name: str

    def write(self, doc: Document) -> WriteResult: ...
    def write_many(self, docs: Iterable[Document], progress: Progress | None = None) -> WriteResult: ...
    def ping(self) -> bool: ...
    def close(self) -> None: ...


def check_references(doc: Document, has_actor: Callable[[str], bool], has_commitment: Callable[[str], bool]) -> None:
    """Refuse a Document that points at an actor or commitment neither it nor the store holds (nothing dangles).

    Raises InputError naming every missing id and what referenced it; the caller then writes nothing."""
    from graph.errors import InputError

    actors = {a.id for a in doc.actors}
    commitments = {c.id for c in doc.commitments}
    missing: dict[str, str] = {}

    def actor_ok(ident: str) -> bool:
        return ident in actors or has_actor(ident)

    def commitment_ok(ident: str) -> bool:
        return ident in commitments or has_commitment(ident)

    def need_actor(ident: str, by: str) -> None:
        if not actor_ok(ident):
            missing.setdefault(ident, f"unknown actor {ident!r} (referenced by {by})")

    for c in doc.commitments:
        if c.beneficiary is not None:
            need_actor(c.beneficiary, f"commitment {c.id} as its beneficiary")
    for s in doc.statements:
        for m in s.mentions:
            need_actor(m, f"statement {s.id} as a mention")
    for cl in doc.claims:
        need_actor(cl.subject, f"claim {cl.id} as its subject")
        if cl.object_type == "actor":
            need_actor(cl.object, f"claim {cl.id} as its object")
        elif not commitment_ok(cl.object):
            missing.setdefault(cl.object, f"unknown commitment {cl.object!r} (referenced by claim {cl.id})")
    for ln in doc.links:
        for end in (ln.src, ln.dst):
            if not actor_ok(end) and not commitment_ok(end):
                missing.setdefault(end, f"unknown actor {end!r} (referenced by {ln.relation.value} link {ln.id})")
    if missing:
        problems = "; ".join(missing[k] for k in sorted(missing))
        raise InputError(
            f"source {doc.source.id}: {problems}; nothing of this write was stored",
            field="actor",
            hint="write the actor first (reference data, a curated file), or include it in the document",
        )


def check_query(name: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validate a named query call against the allowlist; returns the full parameter dict (missing = None)."""
    from graph.errors import QueryError

    if name not in NAMED_QUERIES:
        raise QueryError(f"unknown named query {name!r}; known: {', '.join(sorted(NAMED_QUERIES))}")
    params = dict(params or {})
    unknown = set(params) - set(NAMED_QUERIES[name])
    if unknown:
        raise QueryError(f"query {name!r} takes no parameter(s) {sorted(unknown)}; it takes {NAMED_QUERIES[name]}")
    full = {p: params.get(p) for p in NAMED_QUERIES[name]}
    for p in REQUIRED_PARAMS.get(name, ()):
        if full.get(p) in (None, ""):
            raise QueryError(f"query {name!r} needs parameter {p!r}")
    if name == "backers" and full.get("min_rank") is None:
        full["min_rank"] = 1
    return full
