"""The Neo4j store: the GraphStore protocol over the official driver.

How the model maps onto the graph (docs/model.md describes the same for researchers):

- `(:Actor:<Kind>)` with `id, kind, name, aliases` (JSON text: language -> names), `iso2, iso3, wikidata,
  cameo, min_count, description` and the helper `names_folded` (every name, alias and the id, folded).
  `<Kind>` is one of Nation, Organization, Person, Institution, Group (graph/vocab/actor_kinds.yaml).
- `(:Commitment)` with `id, kind, beneficiary, scope, label`; `(:Source)` with `id, sha256, title, publisher,
  url, published_at` (a Neo4j date), `language, origin`; `(:Statement)` with `id, source_id, text, start, end,
  language, key, mentions` (list) and `attrs` (JSON text).
- A claim is a relationship `(subject:Actor)-[:PLEDGES|SUPPORTS|OPPOSES|DECLINES|COORDINATES]->(object)`, the
  object a Commitment or an Actor, carrying every Claim field (`quantity_norm` as JSON text plus
  `quantity_min/max/unit`; dates as Neo4j dates; `evidence` a list of statement ids) and the helpers `rank`
  (the modality's rank) and `start` (valid_from, else first_seen).
- Links (MEMBER_OF, HOLDS_OFFICE, PART_OF, TARGETS) are relationships with `id` (Link.id),
  `src, dst, role, since, until, evidence`. Derived edges, exactly as the embedded store makes them:
  `(Commitment)-[:BENEFITS]->(beneficiary)`, `(Statement)-[:FROM]->(Source)`, `(Statement)-[:MENTIONS]->(Actor)`.
- Bookkeeping nodes outside the model: `(:Migration {id})` for applied schema migrations and `(:Lock {id})`,
  the node every writer locks first so that writers take turns (as the embedded store's lock file does).

Writing: one managed write transaction per Document (`write`, `write_many`), or per batch of documents
(`write_bulk`). Inside it the existing actors, commitments, claims and links the batch touches are read,
merged in Python with the embedded store's own functions (Claim.merged, merge_actor, merge_commitment,
Link.merged), and what changed is written back with batched `UNWIND $rows` statements chosen from dicts of
pre-written queries. A reference to an actor or commitment that is neither in the graph nor in the batch
raises InputError and nothing is written. Every value goes in as a parameter; labels and relationship types
come only from the allowlists below.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import neo4j
from neo4j import READ_ACCESS, GraphDatabase, Query
from neo4j import exceptions as nex
from neo4j.graph import Node, Path, Relationship

from graph.errors import (
    QueryError,
    QueryTimeout,
    StoreError,
    StoreUnavailableError,
    WriteQueryRefused,
)
from graph.model import Actor, Claim, Commitment, Document, Link, Quantity, Relation, Source, Statement
from graph.store.base import Progress, Row, WriteResult, check_query, check_references
from graph.store.cypher_files import load_query
from graph.store.embedded import merge_actor, merge_commitment
from graph.textutil import fold

if TYPE_CHECKING:
    from graph.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

# ---------------------------------------------------------------------------------------- allowlists
# These mirror graph/vocab/actor_kinds.yaml and relations.yaml (a test holds them equal). Query texts
# below are built from these constants only, never from values that arrive at run time.
ACTOR_LABELS: dict[str, str] = {
    "nation": "Nation",
    "organization": "Organization",
    "person": "Person",
    "institution": "Institution",
    "group": "Group",
}
CLAIM_TYPES: tuple[str, ...] = ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES", "COORDINATES")
LINK_TYPES: tuple[str, ...] = ("TARGETS", "MEMBER_OF", "HOLDS_OFFICE", "PART_OF")
DERIVED_TYPES: tuple[str, ...] = ("BENEFITS", "FROM", "MENTIONS")
RELATIONSHIP_TYPES: tuple[str, ...] = CLAIM_TYPES + LINK_TYPES + DERIVED_TYPES
MODEL_LABELS: tuple[str, ...] = ("Actor", *ACTOR_LABELS.values(), "Commitment", "Source", "Statement")
ENDPOINT_LABELS: tuple[str, ...] = ("Actor", "Commitment")
INTERNAL_LABELS: tuple[str, ...] = ("Migration", "Lock")

UNWIND_CHUNK = 5000  # rows per UNWIND statement

# ---------------------------------------------------------------------------------------- migrations
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "0001_node_keys",
        tuple(
            f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            for label in ("Actor", "Commitment", "Statement", "Source", *INTERNAL_LABELS)
        ),
    ),
    (
        "0002_relationship_ids",
        tuple(
            f"CREATE INDEX rel_{rel.lower()}_id IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.id)"
            for rel in CLAIM_TYPES + LINK_TYPES
        ),
    ),
    (
        "0003_lookup_indexes",
        (
            "CREATE INDEX commitment_kind IF NOT EXISTS FOR (n:Commitment) ON (n.kind)",
            "CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)",
        ),
    ),
)

# ---------------------------------------------------------------------------------------- property schemas
# What each node and relationship stores: plain properties, and dates (sent as ISO text, stored as dates).
# Query texts spell these names out (backquoted), so the planner knows every key a write touches.
ACTOR_PROPS = (
    "id",
    "kind",
    "name",
    "aliases",
    "iso2",
    "iso3",
    "wikidata",
    "cameo",
    "min_count",
    "description",
    "names_folded",
)
COMMITMENT_PROPS = ("id", "kind", "beneficiary", "scope", "label")
SOURCE_PROPS = ("id", "sha256", "title", "publisher", "url", "language", "origin")
SOURCE_DATES = ("published_at",)
STATEMENT_PROPS = ("id", "source_id", "text", "start", "end", "language", "key", "mentions", "attrs")
CLAIM_PROPS = (
    "id",
    "subject",
    "object",
    "object_type",
    "kind",
    "beneficiary",
    "target",
    "scope",
    "topic",
    "modality",
    "rank",
    "quantity",
    "quantity_norm",
    "quantity_min",
    "quantity_max",
    "quantity_unit",
    "condition",
    "condition_norm",
    "speaker",
    "speaker_name",
    "evidence",
    "confidence",
    "method",
)
CLAIM_DATES = ("valid_from", "valid_until", "first_seen", "last_seen", "start")
LINK_PROPS = ("id", "src", "dst", "role", "evidence")
LINK_DATES = ("since", "until")
# what is read back to rebuild domain objects (helpers like rank, start, names_folded are left out)
CLAIM_READ = tuple(p for p in CLAIM_PROPS if p not in ("rank", "quantity_min", "quantity_max", "quantity_unit"))
CLAIM_READ_DATES = ("valid_from", "valid_until", "first_seen", "last_seen")


def _literal(props: Sequence[str], dates: Sequence[str] = ()) -> str:
    """A Cypher map literal taking each key from `row` (dates through date())."""
    parts = [f"`{k}`: row.`{k}`" for k in props] + [f"`{k}`: date(row.`{k}`)" for k in dates]
    return "{" + ", ".join(parts) + "}"


def _projection(var: str, props: Sequence[str], dates: Sequence[str] = ()) -> str:
    """A Cypher map of the entity's properties (dates as ISO text)."""
    parts = [f"`{k}`: {var}.`{k}`" for k in props] + [f"`{k}`: toString({var}.`{k}`)" for k in dates]
    return "{" + ", ".join(parts) + "}"


def _node(var: str, label: str, key: str | None = None) -> str:
    """MATCH a node by id through its uniqueness index. The SEEK hint matters: a plan cached while the index
    was empty would otherwise scan the whole index once per id (quadratic) for as long as it stays cached."""
    pattern = f"({var}:{label} {{id: {key}}})" if key else f"({var}:{label})"
    return f"MATCH {pattern} USING INDEX SEEK {var}:{label}(id)"


def _rel(var: str, rel_type: str, key: str) -> str:
    """MATCH a relationship by id through its range index (SEEK-hinted likewise)."""
    return f"MATCH ()-[{var}:{rel_type} {{id: {key}}}]->() USING INDEX SEEK {var}:{rel_type}(id)"


_ACTOR_MAP = _projection("a", ACTOR_PROPS)
_COMMITMENT_MAP = _projection("c", COMMITMENT_PROPS)
_SOURCE_MAP = _projection("s", SOURCE_PROPS, SOURCE_DATES)
_STATEMENT_MAP = _projection("s", STATEMENT_PROPS)
_CLAIM_MAP = _projection("r", CLAIM_READ, CLAIM_READ_DATES)
_LINK_MAP = _projection("r", LINK_PROPS, LINK_DATES)

# ---------------------------------------------------------------------------------------- write queries
_LOCK = "MERGE (l:Lock {id: $id}) SET l.writes = coalesce(l.writes, 0) + 1"

_READ_ACTORS = f"{_node('a', 'Actor')} WHERE a.id IN $ids RETURN {_ACTOR_MAP} AS p"
_READ_COMMITMENTS = f"{_node('c', 'Commitment')} WHERE c.id IN $ids RETURN {_COMMITMENT_MAP} AS p"
_READ_SOURCES = f"{_node('s', 'Source')} WHERE s.id IN $ids RETURN s.id AS id"
_READ_STATEMENTS = f"{_node('s', 'Statement')} WHERE s.id IN $ids RETURN s.id AS id"
_READ_CLAIMS: dict[str, str] = {
    rel: f"UNWIND $ids AS id {_rel('r', rel, 'id')} RETURN {_CLAIM_MAP} AS p" for rel in CLAIM_TYPES
}
_READ_LINKS: dict[str, str] = {
    rel: f"UNWIND $ids AS id {_rel('r', rel, 'id')} RETURN {_LINK_MAP} AS p" for rel in LINK_TYPES
}

_CREATE_ACTORS: dict[str, str] = {
    kind: f"UNWIND $rows AS row CREATE (:Actor:{label} {_literal(ACTOR_PROPS)})" for kind, label in ACTOR_LABELS.items()
}
# Updates set only what changed (`row.set`: the changed properties, dates as dates; a merge never empties one).
_UPDATE_ACTORS = f"UNWIND $rows AS row {_node('a', 'Actor', 'row.id')} SET a += row.set"
_CREATE_COMMITMENTS = f"UNWIND $rows AS row CREATE (:Commitment {_literal(COMMITMENT_PROPS)})"
_CREATE_BENEFITS = (
    f"UNWIND $rows AS row {_node('c', 'Commitment', 'row.id')} {_node('b', 'Actor', 'row.beneficiary')} "
    "CREATE (c)-[:BENEFITS]->(b)"
)
_UPDATE_COMMITMENTS = f"UNWIND $rows AS row {_node('c', 'Commitment', 'row.id')} SET c += row.set"
_CREATE_SOURCES = f"UNWIND $rows AS row CREATE (:Source {_literal(SOURCE_PROPS, SOURCE_DATES)})"
_CREATE_STATEMENTS = (
    f"UNWIND $rows AS row {_node('src', 'Source', 'row.source_id')} "
    f"CREATE (st:Statement {_literal(STATEMENT_PROPS)})-[:FROM]->(src) "
    "WITH st, row UNWIND row.mentioned AS actor_id "
    f"{_node('a', 'Actor', 'actor_id')} CREATE (st)-[:MENTIONS]->(a)"
)
_CREATE_CLAIMS: dict[tuple[str, str], str] = {
    (rel, label): (
        f"UNWIND $rows AS row {_node('s', 'Actor', 'row.subject')} {_node('o', label, 'row.object')} "
        f"CREATE (s)-[:{rel} {_literal(CLAIM_PROPS, CLAIM_DATES)}]->(o)"
    )
    for rel in CLAIM_TYPES
    for label in ENDPOINT_LABELS
}
_UPDATE_CLAIMS: dict[str, str] = {
    rel: f"UNWIND $rows AS row {_rel('r', rel, 'row.id')} SET r += row.set" for rel in CLAIM_TYPES
}
_CREATE_LINKS: dict[tuple[str, str, str], str] = {
    (rel, src, dst): (
        f"UNWIND $rows AS row {_node('a', src, 'row.src')} {_node('b', dst, 'row.dst')} "
        f"CREATE (a)-[:{rel} {_literal(LINK_PROPS, LINK_DATES)}]->(b)"
    )
    for rel in LINK_TYPES
    for src in ENDPOINT_LABELS
    for dst in ENDPOINT_LABELS
}
_UPDATE_LINKS: dict[str, str] = {
    rel: f"UNWIND $rows AS row {_rel('r', rel, 'row.id')} SET r += row.set" for rel in LINK_TYPES
}

# ---------------------------------------------------------------------------------------- read queries
_COUNTS = " UNION ALL ".join(
    [f"MATCH (n:{label}) RETURN '{label}' AS k, count(n) AS c" for label in MODEL_LABELS]
    + [f"MATCH ()-[r:{rel}]->() RETURN '{rel}' AS k, count(r) AS c" for rel in RELATIONSHIP_TYPES]
)
_ACTORS = f"MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind RETURN {_ACTOR_MAP} AS p ORDER BY a.id"
_GET_ACTOR = f"{_node('a', 'Actor', '$id')} RETURN {_ACTOR_MAP} AS p"
_LOOKUP_ACTOR = f"MATCH (a:Actor) WHERE $name IN a.names_folded RETURN {_ACTOR_MAP} AS p ORDER BY a.id"
_GET_COMMITMENT = f"{_node('c', 'Commitment', '$id')} RETURN {_COMMITMENT_MAP} AS p"
_COMMITMENTS = f"MATCH (c:Commitment) RETURN {_COMMITMENT_MAP} AS p ORDER BY c.id"
_CLAIM_PATTERN = "|".join(CLAIM_TYPES)
_LINK_PATTERN = "|".join(LINK_TYPES)
_GET_CLAIMS = " UNION ALL ".join(
    f"UNWIND $ids AS id {_rel('r', rel, 'id')} RETURN '{rel}' AS t, {_CLAIM_MAP} AS p" for rel in CLAIM_TYPES
)
_CLAIMS_OF = (
    "CALL { "
    f"{_node('a', 'Actor', '$id')} MATCH (a)-[r:{_CLAIM_PATTERN}]->() RETURN r "
    "UNION "
    f"{_node('a', 'Actor', '$id')} MATCH (a)<-[r:{_CLAIM_PATTERN}]-(:Actor) WHERE r.object_type = 'actor' RETURN r "
    f"}} RETURN type(r) AS t, {_CLAIM_MAP} AS p"
)
_ALL_CLAIMS = f"MATCH ()-[r:{_CLAIM_PATTERN}]->() RETURN type(r) AS t, {_CLAIM_MAP} AS p"
_CLAIMS_ON = (
    f"CALL {{ {_node('o', 'Commitment', '$id')} RETURN o UNION {_node('o', 'Actor', '$id')} RETURN o }} "
    f"MATCH (:Actor)-[r:{_CLAIM_PATTERN}]->(o) RETURN type(r) AS t, {_CLAIM_MAP} AS p"
)
_CLAIMS_BY_KIND = (
    f"MATCH ()-[r:{_CLAIM_PATTERN}]->() WHERE $kind IS NULL OR r.kind = $kind RETURN type(r) AS t, {_CLAIM_MAP} AS p"
)
_GET_STATEMENTS = f"{_node('s', 'Statement')} WHERE s.id IN $ids RETURN {_STATEMENT_MAP} AS p"
_GET_SOURCES = f"{_node('s', 'Source')} WHERE s.id IN $ids RETURN {_SOURCE_MAP} AS p"
_LINKS = (
    f"MATCH ()-[r:{_LINK_PATTERN}]->() "
    "WHERE r.id IS NOT NULL AND ($relation IS NULL OR type(r) = $relation) "
    "AND ($src IS NULL OR r.src = $src) AND ($dst IS NULL OR r.dst = $dst) "
    f"RETURN type(r) AS t, {_LINK_MAP} AS p"
)

_TIMEOUT_CODES = re.compile(r"TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed")
_LOCK_ID = "writer"


# ---------------------------------------------------------------------------------------- conversion
def _day(value: Any) -> date | None:
    """A date read back: ISO text from the projections (a driver Date, should one come)."""
    if value is None:
        return None
    if isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(value, neo4j.time.Date):
        return value.to_native()
    return value if isinstance(value, date) else None


def _wire(props: dict[str, Any]) -> dict[str, Any]:
    """Properties as sent: no nulls, dates as ISO text (Cypher turns them back into dates with date())."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in props.items() if v is not None}


def actor_props(a: Actor) -> dict[str, Any]:
    return _wire(
        {
            "id": a.id,
            "kind": a.kind.value,
            "name": a.name,
            "aliases": json.dumps(a.aliases, sort_keys=True, ensure_ascii=False),
            "iso2": a.iso2,
            "iso3": a.iso3,
            "wikidata": a.wikidata,
            "cameo": a.cameo,
            "min_count": a.min_count,
            "description": a.description,
            "names_folded": sorted({fold(n) for n in a.all_names()}),
        }
    )


def actor_from(p: Mapping[str, Any]) -> Actor:
    return Actor.model_validate(
        {
            "id": p["id"],
            "kind": p["kind"],
            "name": p["name"],
            "aliases": json.loads(p.get("aliases") or "{}"),
            **{k: p.get(k) for k in ("iso2", "iso3", "wikidata", "cameo", "min_count", "description")},
        }
    )


def commitment_props(c: Commitment) -> dict[str, Any]:
    return _wire({"id": c.id, "kind": c.kind, "beneficiary": c.beneficiary, "scope": c.scope, "label": c.label})


def commitment_from(p: Mapping[str, Any]) -> Commitment:
    return Commitment.model_validate({k: p.get(k) for k in COMMITMENT_PROPS})


def source_props(s: Source) -> dict[str, Any]:
    return _wire(
        {
            "id": s.id,
            "sha256": s.sha256,
            "title": s.title,
            "publisher": s.publisher,
            "url": s.url,
            "published_at": s.published_at,
            "language": s.language,
            "origin": s.origin,
        }
    )


def source_from(p: Mapping[str, Any]) -> Source:
    data = {k: v for k, v in p.items() if v is not None}
    data["published_at"] = _day(p.get("published_at"))
    return Source.model_validate(data)


def statement_props(s: Statement) -> dict[str, Any]:
    return _wire(
        {
            "id": s.id,
            "source_id": s.source_id,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "language": s.language,
            "key": s.key,
            "mentions": list(s.mentions),
            "attrs": json.dumps(s.attrs, sort_keys=True, ensure_ascii=False),
        }
    )


def statement_from(p: Mapping[str, Any]) -> Statement:
    return Statement.model_validate(
        {
            **{k: p.get(k) for k in ("source_id", "text", "start", "end", "language", "key")},
            "mentions": tuple(p.get("mentions") or ()),
            "attrs": json.loads(p.get("attrs") or "{}"),
        }
    )


_CLAIM_FIELDS = tuple(f for f in Claim.model_fields if f not in ("id", "relation", "evidence", "quantity_norm"))


def claim_props(c: Claim) -> dict[str, Any]:
    props: dict[str, Any] = {name: getattr(c, name) for name in _CLAIM_FIELDS}
    props["id"] = c.id
    props["evidence"] = list(c.evidence)
    props["rank"] = c.rank
    props["start"] = c.valid_from or c.first_seen
    q = c.quantity_norm
    if q is not None:
        props["quantity_norm"] = json.dumps(q.model_dump(), sort_keys=True)
        props["quantity_min"] = q.value_min
        props["quantity_max"] = q.value_max
        props["quantity_unit"] = q.unit
    return _wire(props)


def claim_from(relation: str, p: Mapping[str, Any], *, trusted: bool = False) -> Claim:
    """A Claim from its stored properties. `trusted` (written by this store, read back inside a write) skips
    validation; otherwise the fields are validated and the id recomputed, which must match."""
    data: dict[str, Any] = {name: p.get(name) for name in _CLAIM_FIELDS}
    for name in CLAIM_READ_DATES:
        data[name] = _day(data[name])
    data["evidence"] = tuple(p.get("evidence") or ())
    qn = p.get("quantity_norm")
    if data["confidence"] is None:
        data["confidence"] = 1.0
    if data["method"] is None:
        data["method"] = "curated"
    if trusted:
        return Claim.model_construct(
            id=p["id"],
            relation=Relation(relation),
            quantity_norm=Quantity.model_construct(**json.loads(qn)) if qn else None,
            **data,
        )
    data["relation"] = relation
    data["quantity_norm"] = json.loads(qn) if qn else None
    claim = Claim.model_validate(data)
    if p.get("id") and claim.id != p["id"]:
        raise StoreError(f"claim {p['id']} in Neo4j no longer matches its own fields (recomputed {claim.id})")
    return claim


def link_props(ln: Link) -> dict[str, Any]:
    return _wire(
        {
            "id": ln.id,
            "src": ln.src,
            "dst": ln.dst,
            "role": ln.role,
            "since": ln.since,
            "until": ln.until,
            "evidence": list(ln.evidence),
        }
    )


def link_from(relation: str, p: Mapping[str, Any]) -> Link:
    return Link.model_validate(
        {
            "relation": relation,
            "src": p["src"],
            "dst": p["dst"],
            "role": p.get("role"),
            "since": _day(p.get("since")),
            "until": _day(p.get("until")),
            "evidence": tuple(p.get("evidence") or ()),
        }
    )


def _update_row(new: dict[str, Any], old: dict[str, Any], dates: Sequence[str] = ()) -> dict[str, Any]:
    """{"id", "set"}: the properties that differ between the old and the new wire form (dates back as dates)."""
    changed: dict[str, Any] = {}
    for key in new.keys() | old.keys():
        value = new.get(key)
        if value != old.get(key):
            changed[key] = date.fromisoformat(value) if key in dates and value is not None else value
    return {"id": new["id"], "set": changed}


def _differs(merged: Any, old: Any) -> bool:
    return merged is not old and merged != old


def _absorbs(old: Actor, new: Actor) -> bool:
    """True when merge_actor(old, new) would equal old: new adds no alias nor id; old is in merged form."""
    for lang, names in new.aliases.items():
        have = old.aliases.get(lang)
        if have is None or not set(names).issubset(have):
            return False
    for have in old.aliases.values():
        if have != sorted(set(have)):
            return False
    return not any(
        getattr(old, name) is None and getattr(new, name) is not None
        for name in ("iso2", "iso3", "wikidata", "cameo", "min_count", "description")
    )


def _link_sort_key(ln: Link) -> tuple[str, str, str, str, str]:
    return (ln.relation.value, ln.src, ln.dst, ln.role or "", str(ln.since or ""))


def to_jsonable(value: Any) -> Any:
    """A driver value as plain JSON data: nodes, relationships, paths as dicts; temporal values as ISO."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, Node):
        return {
            "id": value.element_id,
            "labels": sorted(value.labels),
            "properties": to_jsonable(dict(value.items())),
        }
    if isinstance(value, Relationship):
        return {
            "id": value.element_id,
            "type": value.type,
            "start": value.start_node.element_id if value.start_node is not None else None,
            "end": value.end_node.element_id if value.end_node is not None else None,
            "properties": to_jsonable(dict(value.items())),
        }
    if isinstance(value, Path):
        return {
            "nodes": [to_jsonable(n) for n in value.nodes],
            "relationships": [to_jsonable(r) for r in value.relationships],
        }
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time | neo4j.time.Duration):
        return value.iso_format()
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, neo4j.spatial.Point):
        return {"srid": value.srid, "coordinates": list(value)}
    return str(value)


def _chunks(rows: Sequence[T], size: int = UNWIND_CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _as_of_param(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise QueryError(f"as_of must be an ISO date (YYYY-MM-DD), not {value!r}") from exc


# ---------------------------------------------------------------------------------------- batch state
@dataclass
class _Batch:
    """What one write transaction sees and changes: the graph's current state of everything the batch touches,
    merged in Python exactly as the embedded store merges, then written back where it changed."""

    actors_db: dict[str, Actor]
    commitments_db: dict[str, Commitment]
    sources_db: set[str]
    statements_db: set[str]
    claims_db: dict[str, Claim]
    links_db: dict[str, Link]
    actors: dict[str, Actor] = field(default_factory=dict)
    commitments: dict[str, Commitment] = field(default_factory=dict)
    new_sources: dict[str, Source] = field(default_factory=dict)
    new_statements: dict[str, Statement] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    absorbed: dict[tuple[int, int], tuple[Actor, Actor, bool]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.actors = dict(self.actors_db)
        self.commitments = dict(self.commitments_db)
        self.claims = dict(self.claims_db)
        self.links = dict(self.links_db)

    # ---- validation: nothing dangling (the rule both stores share)
    def check(self, doc: Document) -> None:
        check_references(doc, self.actors.__contains__, self.commitments.__contains__)

    # ---- the embedded store's put logic, outcome for outcome
    def apply(self, doc: Document, result: WriteResult) -> None:
        self.check(doc)

        def tally(what: str, outcome: str) -> None:
            if outcome in ("created", "updated"):
                bucket = result.created if outcome == "created" else result.updated
                bucket[what] = bucket.get(what, 0) + 1

        src = doc.source
        if src.id in self.sources_db or src.id in self.new_sources:
            tally("Source", "same")
        else:
            self.new_sources[src.id] = src
            tally("Source", "created")
        for a in doc.actors:
            old = self.actors.get(a.id)
            if old is None:
                merged = a
            elif old is a or self._absorbs(old, a):
                merged = old  # what merge_actor would return, without building it
            else:
                merged = merge_actor(old, a)
            self.actors[a.id] = merged
            tally("Actor", "created" if old is None else ("updated" if _differs(merged, old) else "same"))
        for c in doc.commitments:
            oldc = self.commitments.get(c.id)
            mergedc = c if oldc is None else merge_commitment(oldc, c)
            self.commitments[c.id] = mergedc
            tally("Commitment", "created" if oldc is None else ("updated" if _differs(mergedc, oldc) else "same"))
        for s in doc.statements:
            if s.id in self.statements_db or s.id in self.new_statements:
                tally("Statement", "same")
            else:
                self.new_statements[s.id] = s
                tally("Statement", "created")
        for cl in doc.claims:
            oldcl = self.claims.get(cl.id)
            mergedcl = cl if oldcl is None else oldcl.merged(cl)
            self.claims[cl.id] = mergedcl
            tally(
                cl.relation.value,
                "created" if oldcl is None else ("updated" if _differs(mergedcl, oldcl) else "same"),
            )
        for ln in doc.links:
            oldln = self.links.get(ln.id)
            mergedln = ln if oldln is None else oldln.merged(ln)
            self.links[ln.id] = mergedln
            tally(
                ln.relation.value,
                "created" if oldln is None else ("updated" if _differs(mergedln, oldln) else "same"),
            )
        result.documents += 1
        result.source_ids.append(src.id)
        result.claim_ids.extend(c.id for c in doc.claims)

    def _absorbs(self, old: Actor, new: Actor) -> bool:
        """_absorbs(old, new), remembered for this pair of objects (documents often share actor objects)."""
        key = (id(old), id(new))
        hit = self.absorbed.get(key)
        if hit is not None and hit[0] is old and hit[1] is new:  # the cache holds both: ids cannot be reused
            return hit[2]
        answer = _absorbs(old, new)
        self.absorbed[key] = (old, new, answer)
        return answer

    def _label_of(self, ident: str) -> str:
        return "Actor" if ident in self.actors else "Commitment"

    # ---- write back what changed
    def flush(self, tx: neo4j.ManagedTransaction) -> None:
        def run(query: str, rows: list[Any], *, nodes: int | None = None, rels: int | None = None) -> None:
            made_nodes = made_rels = 0
            for chunk in _chunks(rows):
                counters = tx.run(query, rows=list(chunk)).consume().counters
                made_nodes += counters.nodes_created
                made_rels += counters.relationships_created
            # a MATCH that found nothing would silently write less: refuse to commit that
            if nodes is not None and made_nodes != nodes:
                raise StoreError(f"write check failed: created {made_nodes} nodes, expected {nodes}")
            if rels is not None and made_rels != rels:
                raise StoreError(f"write check failed: created {made_rels} relationships, expected {rels}")

        if self.new_sources:
            run(
                _CREATE_SOURCES,
                [source_props(s) for s in self.new_sources.values()],
                nodes=len(self.new_sources),
            )

        new_actors: dict[str, list[dict[str, Any]]] = defaultdict(list)
        changed_actors: list[dict[str, Any]] = []
        for ident, a in self.actors.items():
            old = self.actors_db.get(ident)
            if old is None:
                new_actors[a.kind.value].append(actor_props(a))
            elif _differs(a, old):
                changed_actors.append(_update_row(actor_props(a), actor_props(old)))
        for kind in sorted(new_actors):
            run(_CREATE_ACTORS[kind], new_actors[kind], nodes=len(new_actors[kind]))
        if changed_actors:
            run(_UPDATE_ACTORS, changed_actors)

        new_commitments: list[dict[str, Any]] = []
        changed_commitments: list[dict[str, Any]] = []
        for ident, c in self.commitments.items():
            oldc = self.commitments_db.get(ident)
            if oldc is None:
                new_commitments.append(commitment_props(c))
            elif _differs(c, oldc):
                changed_commitments.append(_update_row(commitment_props(c), commitment_props(oldc)))
        if new_commitments:
            run(_CREATE_COMMITMENTS, new_commitments, nodes=len(new_commitments))
            benefits = [r for r in new_commitments if r.get("beneficiary") is not None]
            if benefits:
                run(_CREATE_BENEFITS, benefits, rels=len(benefits))
        if changed_commitments:
            run(_UPDATE_COMMITMENTS, changed_commitments)

        if self.new_statements:
            rows = []
            for st in self.new_statements.values():
                row = statement_props(st)
                row["mentioned"] = list(dict.fromkeys(st.mentions))
                rows.append(row)
            run(_CREATE_STATEMENTS, rows, nodes=len(rows), rels=sum(1 + len(r["mentioned"]) for r in rows))

        new_claims: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        changed_claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ident, cl in self.claims.items():
            oldcl = self.claims_db.get(ident)
            if oldcl is None:
                label = "Actor" if cl.object_type == "actor" else "Commitment"
                new_claims[(cl.relation.value, label)].append(claim_props(cl))
            elif _differs(cl, oldcl):
                changed_claims[cl.relation.value].append(_update_row(claim_props(cl), claim_props(oldcl), CLAIM_DATES))
        for key in sorted(new_claims):
            run(_CREATE_CLAIMS[key], new_claims[key], rels=len(new_claims[key]))
        for rel in sorted(changed_claims):
            run(_UPDATE_CLAIMS[rel], changed_claims[rel])

        new_links: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        changed_links: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ident, ln in self.links.items():
            oldln = self.links_db.get(ident)
            if oldln is None:
                new_links[(ln.relation.value, self._label_of(ln.src), self._label_of(ln.dst))].append(link_props(ln))
            elif _differs(ln, oldln):
                changed_links[ln.relation.value].append(_update_row(link_props(ln), link_props(oldln), LINK_DATES))
        for lkey in sorted(new_links):
            run(_CREATE_LINKS[lkey], new_links[lkey], rels=len(new_links[lkey]))
        for rel in sorted(changed_links):
            run(_UPDATE_LINKS[rel], changed_links[rel])


def _read_batch(tx: neo4j.ManagedTransaction, docs: Sequence[Document]) -> _Batch:
    endpoint_ids: set[str] = set()
    commitment_ids: set[str] = set()
    claim_ids: dict[str, set[str]] = defaultdict(set)
    link_ids: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        endpoint_ids.update(a.id for a in doc.actors)
        commitment_ids.update(c.id for c in doc.commitments)
        for c in doc.commitments:
            if c.beneficiary:
                endpoint_ids.add(c.beneficiary)
        for s in doc.statements:
            endpoint_ids.update(s.mentions)
        for cl in doc.claims:
            endpoint_ids.add(cl.subject)
            (endpoint_ids if cl.object_type == "actor" else commitment_ids).add(cl.object)
            claim_ids[cl.relation.value].add(cl.id)
        for ln in doc.links:
            endpoint_ids.update((ln.src, ln.dst))
            commitment_ids.update((ln.src, ln.dst))
            link_ids[ln.relation.value].add(ln.id)
    actors = {a.id: a for a in (actor_from(r["p"]) for r in tx.run(_READ_ACTORS, ids=sorted(endpoint_ids)))}
    commitments = {
        c.id: c for c in (commitment_from(r["p"]) for r in tx.run(_READ_COMMITMENTS, ids=sorted(commitment_ids)))
    }
    sources = {r["id"] for r in tx.run(_READ_SOURCES, ids=sorted({d.source.id for d in docs}))}
    statements = {r["id"] for r in tx.run(_READ_STATEMENTS, ids=sorted({s.id for d in docs for s in d.statements}))}
    claims: dict[str, Claim] = {}
    for rel, ids in claim_ids.items():
        for r in tx.run(_READ_CLAIMS[rel], ids=sorted(ids)):
            cl = claim_from(rel, r["p"], trusted=True)
            claims[cl.id] = cl
    links: dict[str, Link] = {}
    for rel, ids in link_ids.items():
        for r in tx.run(_READ_LINKS[rel], ids=sorted(ids)):
            ln = link_from(rel, r["p"])
            links[ln.id] = ln
    return _Batch(
        actors_db=actors,
        commitments_db=commitments,
        sources_db=sources,
        statements_db=statements,
        claims_db=claims,
        links_db=links,
    )


def _write_tx(tx: neo4j.ManagedTransaction, docs: Sequence[Document]) -> WriteResult:
    tx.run(_LOCK, id=_LOCK_ID).consume()  # writers take turns: the lock is held until commit or rollback
    batch = _read_batch(tx, docs)
    result = WriteResult()
    for doc in docs:
        batch.apply(doc, result)
    batch.flush(tx)
    return result


# ---------------------------------------------------------------------------------------- the store
class Neo4jStore:
    """GraphStore on a Neo4j 5 server (Community is enough)."""

    name = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str | None = "neo4j",
        password: str | None = None,
        database: str = "neo4j",
        *,
        migrate: bool = True,
        connection_timeout: float = 10.0,
        max_transaction_retry_time: float = 15.0,
    ) -> None:
        self.uri = uri
        self.user = user
        self.database = database
        auth = (user or "neo4j", password) if password is not None else None
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=connection_timeout,
                max_transaction_retry_time=max_transaction_retry_time,
                notifications_min_severity="OFF",
            )
        except (ValueError, nex.ConfigurationError) as exc:
            raise StoreUnavailableError(
                f"cannot use the Neo4j URI {uri!r}: {exc}",
                hint="set NEO4J_URI to bolt://host:7687 or neo4j://host:7687",
            ) from exc
        try:
            with self._errors():
                self._driver.verify_connectivity()
            if migrate:
                self.migrate()
        except BaseException:
            self._driver.close()
            raise

    @classmethod
    def from_settings(cls, settings: Settings) -> Neo4jStore:
        """Connect to settings.neo4j_uri, or, when it is unset, to the project's local server (neo4j_home)."""
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
        uri, user = settings.neo4j_uri, settings.neo4j_user
        if uri is None:
            info = _local_server(settings.neo4j_home)
            uri = info.uri
            user = info.user or user
            password = password if password is not None else info.password
        return cls(uri, user, password, settings.neo4j_database)

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except nex.AuthError as exc:
            raise StoreUnavailableError(
                f"Neo4j at {self.uri} refused the credentials of user {self.user!r}: {exc.message or exc}",
                hint="check NEO4J_USER / NEO4J_PASSWORD (the project's own server keeps its password "
                "beside its data: `pledgegraph neo4j status`)",
            ) from exc
        except (nex.ServiceUnavailable, nex.SessionExpired) as exc:
            raise StoreUnavailableError(
                f"Neo4j at {self.uri} does not answer: {exc}",
                hint="run `pledgegraph neo4j start` (or point NEO4J_URI at a running server)",
            ) from exc
        except nex.DatabaseUnavailable as exc:
            raise StoreUnavailableError(
                f"the Neo4j database {self.database!r} is unavailable: {exc}",
                hint="wait for it to start, or check NEO4J_DATABASE",
            ) from exc

    def _session(self, **kwargs: Any) -> neo4j.Session:
        return self._driver.session(database=self.database, **kwargs)

    def _read(self, fn: Callable[[neo4j.ManagedTransaction], T]) -> T:
        with self._errors(), self._session() as session:
            return session.execute_read(fn)

    def _rows(self, query: str, **params: Any) -> list[neo4j.Record]:
        def work(tx: neo4j.ManagedTransaction) -> list[neo4j.Record]:
            return list(tx.run(query, params))

        return self._read(work)

    def migrate(self) -> list[str]:
        """Apply the schema migrations not yet recorded as (:Migration) nodes; returns the ids applied now."""
        applied_now: list[str] = []
        with self._errors(), self._session() as session:
            done = {r["id"] for r in session.run("MATCH (m:Migration) RETURN m.id AS id")}
            for mid, statements in MIGRATIONS:
                if mid in done:
                    continue
                for statement in statements:
                    try:
                        session.run(statement).consume()
                    except nex.ClientError as exc:
                        if "EquivalentSchemaRuleAlreadyExists" not in (exc.code or ""):
                            raise StoreError(f"schema migration {mid} failed: {exc.message}") from exc
                session.run("MERGE (m:Migration {id: $id}) ON CREATE SET m.applied_at = datetime()", id=mid).consume()
                applied_now.append(mid)
            if applied_now:
                session.run("CALL db.awaitIndexes(300)").consume()
        return applied_now

    # ------------------------------------------------------------------ write
    def _write_docs(self, docs: Sequence[Document]) -> WriteResult:
        with self._errors(), self._session() as session:
            return session.execute_write(_write_tx, docs)

    def write(self, doc: Document) -> WriteResult:
        return self._write_docs([doc])

    def write_many(self, docs: Iterable[Document], progress: Progress | None = None) -> WriteResult:
        """One transaction per document: a failing document leaves the ones before it written."""
        result = WriteResult()
        for doc in docs:
            result.add(self._write_docs([doc]))
            if progress:
                progress(1)
        return result

    def write_bulk(
        self, docs: Iterable[Document], batch_size: int = 500, progress: Progress | None = None
    ) -> WriteResult:
        """Many documents per transaction (all or nothing per batch): for large loads of small documents."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        result = WriteResult()
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                result.add(self._write_docs(batch))
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            result.add(self._write_docs(batch))
            if progress:
                progress(len(batch))
        return result

    def ping(self) -> bool:
        try:
            self._driver.verify_connectivity()
        except (nex.DriverError, nex.Neo4jError, OSError):
            return False
        return True

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------- read
    def counts(self) -> dict[str, int]:
        rows = self._rows(_COUNTS)
        return dict(sorted((r["k"], r["c"]) for r in rows if r["c"]))

    def get_actor(self, actor_id: str) -> Actor | None:
        rows = self._rows(_GET_ACTOR, id=actor_id)
        return actor_from(rows[0]["p"]) if rows else None

    def actors(self, kind: str | None = None) -> list[Actor]:
        return [actor_from(r["p"]) for r in self._rows(_ACTORS, kind=kind)]

    def lookup_actor(self, alias: str) -> list[Actor]:
        return [actor_from(r["p"]) for r in self._rows(_LOOKUP_ACTOR, name=fold(alias))]

    def get_commitment(self, commitment_id: str) -> Commitment | None:
        rows = self._rows(_GET_COMMITMENT, id=commitment_id)
        return commitment_from(rows[0]["p"]) if rows else None

    def commitments(self) -> list[Commitment]:
        return [commitment_from(r["p"]) for r in self._rows(_COMMITMENTS)]

    def _claims(self, query: str, **params: Any) -> list[Claim]:
        claims = [claim_from(r["t"], r["p"]) for r in self._rows(query, **params)]
        return sorted(claims, key=lambda c: c.id)

    def get_claim(self, claim_id: str) -> Claim | None:
        found = self._claims(_GET_CLAIMS, ids=[claim_id])
        return found[0] if found else None

    def get_claims(self, claim_ids: Iterable[str]) -> list[Claim]:
        return self._claims(_GET_CLAIMS, ids=sorted(set(claim_ids)))

    def claims_of(self, actor_id: str) -> list[Claim]:
        return self._claims(_CLAIMS_OF, id=actor_id)

    def all_claims(self) -> list[Claim]:
        return self._claims(_ALL_CLAIMS)

    def claims_on(self, object_id: str) -> list[Claim]:
        """Every claim whose object is this commitment or actor (as the embedded store's claims_on)."""
        return self._claims(_CLAIMS_ON, id=object_id)

    def claims_by_kind(self, kind: str | None) -> list[Claim]:
        """Every claim of this kind (all claims for None), sorted by id."""
        return self._claims(_CLAIMS_BY_KIND, kind=kind)

    def get_statements(self, statement_ids: Iterable[str]) -> list[Statement]:
        found = [statement_from(r["p"]) for r in self._rows(_GET_STATEMENTS, ids=sorted(set(statement_ids)))]
        return sorted(found, key=lambda s: s.id)

    def get_sources(self, source_ids: Iterable[str]) -> list[Source]:
        found = [source_from(r["p"]) for r in self._rows(_GET_SOURCES, ids=sorted(set(source_ids)))]
        return sorted(found, key=lambda s: s.id)

    def links(self, relation: str | None = None, src: str | None = None, dst: str | None = None) -> list[Link]:
        rows = self._rows(_LINKS, relation=relation, src=src, dst=dst)
        return sorted((link_from(r["t"], r["p"]) for r in rows), key=_link_sort_key)

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run a named query: its `queries/<name>.cypher` with the checked parameters."""
        full = check_query(name, params)
        if "as_of" in full:
            full["as_of"] = _as_of_param(full["as_of"])
        if "min_rank" in full:
            try:
                full["min_rank"] = int(full["min_rank"])
            except (TypeError, ValueError) as exc:
                raise QueryError(f"min_rank must be an integer, not {full['min_rank']!r}") from exc
        text = load_query(name)

        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            result = tx.run(text, full)
            return [{k: to_jsonable(v) for k, v in rec.items()} for rec in result]

        try:
            return self._read(work)
        except nex.ClientError as exc:
            raise QueryError(f"named query {name!r} failed: {exc.message}") from exc

    # ------------------------------------------------------------------ read-only Cypher
    def run_readonly(
        self, query: str, params: Mapping[str, Any] | None = None, timeout: float = 10.0, row_cap: int = 1000
    ) -> tuple[list[str], list[list[Any]], bool]:
        """Run researcher Cypher that only reads. Returns (columns, rows, truncated).

        The server plans it first (EXPLAIN): anything but a read-only query (query type 'r') is refused with
        WriteQueryRefused, and so is what EXPLAIN will not plan (schema and administration commands). The
        query then runs in a READ transaction under `timeout` seconds, and at most `row_cap` rows come back.
        """
        if not query or not query.strip():
            raise QueryError("empty query")
        params = dict(params or {})
        with self._errors(), self._session(default_access_mode=READ_ACCESS) as session:
            try:
                summary = session.run(Query("EXPLAIN " + query, timeout=timeout), params).consume()
            except nex.ClientError as exc:
                code = exc.code or ""
                if "SyntaxError" in code and not _looks_like_command(query):
                    raise QueryError(f"the query does not parse: {exc.message}") from exc
                if "ParameterMissing" in code or "ParameterNotProvided" in code:
                    raise QueryError(f"missing parameter: {exc.message}") from exc
                if _TIMEOUT_CODES.search(code):
                    raise QueryTimeout(timeout) from exc
                raise WriteQueryRefused(_refused_type(code)) from exc
            query_type = summary.query_type or "unknown"
            if query_type != "r":
                raise WriteQueryRefused(str(query_type))
            _check_plan(summary.plan)
            try:
                result = session.run(Query(query, timeout=timeout), params)
                columns = list(result.keys())
                rows: list[list[Any]] = []
                truncated = False
                for record in result:
                    if len(rows) >= row_cap:
                        truncated = True
                        break
                    rows.append([to_jsonable(v) for v in record.values()])
                if not truncated:
                    result.consume()
            except nex.ClientError as exc:
                code = exc.code or ""
                if _TIMEOUT_CODES.search(code):
                    raise QueryTimeout(timeout) from exc
                if "AccessMode" in code or "ForbiddenOnReadOnly" in code or "WriteOnReadOnly" in code:
                    raise WriteQueryRefused("w") from exc
                raise QueryError(f"the query failed: {exc.message}") from exc
            except nex.TransientError as exc:
                if _TIMEOUT_CODES.search(exc.code or ""):
                    raise QueryTimeout(timeout) from exc
                raise QueryError(f"the query failed: {exc.message}") from exc
        return columns, rows, truncated


# Operators a plan of query type 'r' may still hold that the public read-only endpoint does not run: one acts on
# other sessions, the others read what is not graph data (other users' queries, server settings, remote files).
_ACTING_OPERATORS = ("TerminateTransactions",)
_PRIVATE_OPERATORS = ("ShowTransactions", "ShowSettings", "LoadCSV")


def _check_plan(plan: Any) -> None:
    for op in _operators(plan):
        name = op.split("@", 1)[0]
        if name in _ACTING_OPERATORS:
            raise WriteQueryRefused(f"admin ({name})")
        if name in _PRIVATE_OPERATORS:
            what = "LOAD CSV" if name == "LoadCSV" else f"{name} (server internals)"
            raise QueryError(
                f"{what} is not allowed in read-only Cypher",
                hint="the endpoint reads the graph only; load data with `pledgegraph ingest`",
            )


def _operators(plan: Any) -> Iterator[str]:
    """Every operator type in an EXPLAIN plan (a dict as the driver gives it)."""
    if not isinstance(plan, Mapping):
        return
    yield str(plan.get("operatorType", ""))
    for child in plan.get("children") or ():
        yield from _operators(child)


_COMMAND = re.compile(
    r"^\s*(CREATE|DROP|ALTER|SHOW|GRANT|DENY|REVOKE|START|STOP|RENAME|TERMINATE|ENABLE|DEALLOCATE|REALLOCATE)\b",
    re.IGNORECASE,
)


def _looks_like_command(query: str) -> bool:
    return bool(_COMMAND.match(query))


def _refused_type(code: str) -> str:
    if "Schema" in code or "Security" in code or "Admin" in code or "Statement" in code:
        return "s"
    return "unknown"


@dataclass(frozen=True)
class _LocalInfo:
    uri: str
    user: str | None
    password: str | None


def _local_server(home: Any) -> _LocalInfo:
    """Where the project's own server (graph/neo4j_server.py) answers; StoreUnavailableError if not."""
    hint = "run `pledgegraph neo4j start` (or set NEO4J_URI to a running Neo4j)"
    try:
        from graph import neo4j_server
    except ImportError as exc:
        raise StoreUnavailableError("no Neo4j URI is set and the local server module is missing", hint=hint) from exc
    try:
        info = neo4j_server.connection_info(home)
    except Exception as exc:  # the module reports a stopped or unbuilt server in its own way
        raise StoreUnavailableError(
            f"no Neo4j URI is set and the project's Neo4j at {home} is not running: {exc}", hint=hint
        ) from exc
    if info is None:
        raise StoreUnavailableError(f"no Neo4j URI is set and the project's Neo4j at {home} is not running", hint=hint)
    return _LocalInfo(uri=str(info.uri), user=getattr(info, "user", None), password=getattr(info, "password", None))
