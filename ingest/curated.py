"""Curated claim files: YAML, one document per source, claims with their exact quotes.

A file is validated whole before anything is stored: a bad file is refused with an error that names the file, the
line and the field, and nothing of it reaches the store. Schema: docs/curated-format.md.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from graph.errors import InputError
from graph.model import (
    Actor,
    ActorKind,
    Claim,
    Commitment,
    Document,
    Link,
    Relation,
    Source,
    Statement,
    check_condition,
    check_kind,
    check_modality,
    normalise_text,
)
from graph.vocab import vocabulary

SCHEMA = "pledgegraph/curated@1"
MAX_FILE_BYTES = 5_000_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CuratedSource(_Strict):
    title: str
    publisher: str | None = None
    url: str | None = None
    published_at: date | None = None
    language: str | None = None
    text: str | None = None
    text_file: str | None = None
    sha256: str | None = Field(default=None, description="expected sha256 of the normalised text_file")


class CuratedActor(_Strict):
    id: str
    kind: ActorKind
    name: str
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    min_count: int | None = None
    wikidata: str | None = None
    description: str | None = None
    part_of: str | None = None
    members: list[str] = Field(default_factory=list, description="only members the source names")


class CuratedCommitment(_Strict):
    scope: str
    kind: str
    beneficiary: str | None = None
    label: str | None = None
    parts: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    quote: str | None = None


class CuratedClaim(_Strict):
    id: str | None = None
    subject: str
    relation: Relation
    kinds: list[str] = Field(default_factory=list)
    beneficiary: str | None = None
    target: str | None = None
    object: str | None = None
    commitment: str | None = None
    modality: str
    quantity: str | None = None
    quantity_norm: dict[str, Any] | None = None
    condition: str | None = None
    condition_norm: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    quote: str
    confidence: float = Field(default=0.95, ge=0, le=1)

    @field_validator("kinds")
    @classmethod
    def _kinds(cls, v: list[str]) -> list[str]:
        return [check_kind(k) for k in v]

    @field_validator("modality")
    @classmethod
    def _modality(cls, v: str) -> str:
        return check_modality(v)

    @field_validator("condition_norm")
    @classmethod
    def _condition(cls, v: str | None) -> str | None:
        return check_condition(v)

    @field_validator("relation")
    @classmethod
    def _relation(cls, v: Relation) -> Relation:
        if v.value not in vocabulary().claim_relations:
            raise ValueError(f"{v.value} is not a claim relation ({', '.join(vocabulary().claim_relations)})")
        return v


class CuratedFile(_Strict):
    schema_: str = Field(alias="schema")
    source: CuratedSource
    actors: list[CuratedActor] = Field(default_factory=list)
    commitments: list[CuratedCommitment] = Field(default_factory=list)
    claims: list[CuratedClaim] = Field(default_factory=list)

    @field_validator("schema_")
    @classmethod
    def _schema(cls, v: str) -> str:
        if v != SCHEMA:
            raise ValueError(f"unknown schema {v!r}; this version reads {SCHEMA!r}")
        return v


# --------------------------------------------------------------------------- YAML with line numbers
class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings, so pydantic parses them and names the field on error."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_index(node: yaml.Node, path: tuple[Any, ...] = (), out: dict[tuple[Any, ...], int] | None = None
                ) -> dict[tuple[Any, ...], int]:
    """Map each path in the YAML tree (keys and list indexes) to its 1-based line."""
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value
            out[(*path, k)] = key.start_mark.line + 1
            _line_index(value, (*path, k), out)
            out[(*path, k)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, (*path, i), out)
    return out


def _line_for(lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int | None:
    loc = tuple("schema" if p == "schema_" else p for p in loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc).replace("schema_", "schema")


def read_curated(path: Path) -> tuple[CuratedFile, dict[tuple[Any, ...], int]]:
    """Parse and validate one curated file. Raises InputError naming file, line and field."""
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=where) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"file is {len(raw):,} bytes, over the {MAX_FILE_BYTES:,}-byte limit", path=where)
    if not raw.strip():
        raise InputError("file is empty", path=where)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})", path=where,
                         line=line, hint="save the file as UTF-8") from exc
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"bad YAML: {problem}", path=where, line=(mark.line + 1) if mark else None) from exc
    if not isinstance(data, dict) or node is None:
        raise InputError("expected a mapping with schema, source and claims", path=where, line=1)
    lines = _line_index(node)
    try:
        parsed = CuratedFile.model_validate(data)
    except ValidationError as exc:
        # a misspelt key shows up as an unknown field plus a missing one: name the unknown field first
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        err = errors[0]
        loc = tuple(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        also = "; ".join(
            f"line {_line_for(lines, tuple(e['loc']))} {_field_name(tuple(e['loc']))}: "
            + e["msg"].removeprefix("Value error, ")
            for e in errors[1:4]
        )
        more = f" (also: {also}{'; ...' if len(errors) > 4 else ''})" if also else ""
        raise InputError(msg + more, path=where, line=_line_for(lines, loc), field=_field_name(loc)) from exc
    return parsed, lines


# --------------------------------------------------------------------------- to a graph Document
ActorExists = Callable[[str], bool]


def _source_text(cf: CuratedFile, path: Path, lines: dict[tuple[Any, ...], int]) -> str | None:
    src = cf.source
    if src.text is not None and src.text_file is not None:
        raise InputError("give source.text or source.text_file, not both", path=str(path),
                         line=lines.get(("source",)), field="source")
    if src.text is not None:
        return src.text
    if src.text_file is not None:
        target = (path.parent / src.text_file).resolve()
        try:
            return target.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise InputError(f"source.text_file {src.text_file} not found (looked at {target})", path=str(path),
                             line=lines.get(("source", "text_file")), field="source.text_file",
                             hint="the seed documents live in ../shared/seeds beside the repository") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"source.text_file {target} is not UTF-8", path=str(path),
                             line=lines.get(("source", "text_file")), field="source.text_file") from exc
    return None


def to_document(cf: CuratedFile, path: Path, lines: dict[tuple[Any, ...], int],
                actor_exists: ActorExists) -> Document:
    """Build the graph Document of a validated curated file; checks quotes and actor references."""
    where = str(path)
    text = _source_text(cf, path, lines)
    if text is None:
        raise InputError("the source has no text: give source.text or source.text_file", path=where,
                         line=lines.get(("source",)), field="source")
    norm = normalise_text(text)
    meta = cf.source.model_dump(include={"title", "publisher", "url", "published_at", "language"})
    source = Source.from_text(norm, origin="curated", **meta)
    if cf.source.sha256 and cf.source.sha256 != source.sha256:
        raise InputError(f"source text has sha256 {source.sha256}, the file expects {cf.source.sha256}",
                         path=where, line=lines.get(("source", "sha256")), field="source.sha256")
    lang = cf.source.language
    day = cf.source.published_at

    declared = {a.id for a in cf.actors}

    def check_actor(actor_id: str | None, loc: tuple[Any, ...]) -> None:
        if actor_id is None or actor_id in declared or actor_exists(actor_id):
            return
        raise InputError(f"unknown actor {actor_id!r}", path=where, line=_line_for(lines, loc),
                         field=_field_name(loc),
                         hint="use an ISO alpha-3 code, an organisation id, a Wikidata QID from the reference "
                              "data, or declare the actor under `actors:`")

    statements: dict[str, Statement] = {}

    def statement_for(quote: str, loc: tuple[Any, ...], mentions: tuple[str, ...]) -> Statement:
        start = norm.find(quote)
        if start < 0:
            raise InputError("quote is not an exact substring of the source text", path=where,
                             line=_line_for(lines, loc), field=_field_name(loc))
        st = Statement(source_id=source.id, text=quote, start=start, end=start + len(quote), language=lang,
                       mentions=mentions)
        if st.id in statements:
            old = statements[st.id]
            st = old.model_copy(update={"mentions": tuple(sorted(set(old.mentions) | set(mentions)))})
        statements[st.id] = st
        return st

    actors: list[Actor] = []
    links: list[Link] = []
    for i, a in enumerate(cf.actors):
        actors.append(Actor(id=a.id, kind=a.kind, name=a.name, aliases=a.aliases, min_count=a.min_count,
                            wikidata=a.wikidata, description=a.description))
        if a.part_of:
            check_actor(a.part_of, ("actors", i, "part_of"))
            links.append(Link(relation=Relation.PART_OF, src=a.id, dst=a.part_of))
        for j, m in enumerate(a.members):
            check_actor(m, ("actors", i, "members", j))
            links.append(Link(relation=Relation.MEMBER_OF, src=m, dst=a.id))

    commitments: dict[str, Commitment] = {}
    scopes: dict[str, CuratedCommitment] = {}
    for i, cc in enumerate(cf.commitments):
        loc = ("commitments", i)
        check_actor(cc.beneficiary, (*loc, "beneficiary"))
        try:
            pkg = Commitment(kind=cc.kind, beneficiary=cc.beneficiary, scope=cc.scope, label=cc.label)
            parts = [Commitment(kind=k, beneficiary=cc.beneficiary, scope=cc.scope) for k in cc.parts]
        except (ValueError, ValidationError) as exc:
            raise InputError(str(exc).splitlines()[-1].strip(), path=where, line=_line_for(lines, loc),
                             field=_field_name((*loc, "kind"))) from exc
        scopes[cc.scope] = cc
        commitments[pkg.id] = pkg
        ev: tuple[str, ...] = ()
        if cc.quote:
            ev = (statement_for(cc.quote, (*loc, "quote"), tuple(cc.targets)).id,)
        for part in parts:
            commitments[part.id] = part
            links.append(Link(relation=Relation.PART_OF, src=part.id, dst=pkg.id, evidence=ev))
        for j, t in enumerate(cc.targets):
            check_actor(t, (*loc, "targets", j))
            links.append(Link(relation=Relation.TARGETS, src=pkg.id, dst=t, evidence=ev))

    claims: list[Claim] = []
    for i, cl in enumerate(cf.claims):
        loc = ("claims", i)
        for fld in ("subject", "beneficiary", "target", "object", "speaker"):
            check_actor(getattr(cl, fld), (*loc, fld))
        if cl.commitment is not None and cl.commitment not in scopes:
            raise InputError(f"commitment {cl.commitment!r} is not declared under `commitments:`", path=where,
                             line=_line_for(lines, (*loc, "commitment")), field=_field_name((*loc, "commitment")))
        mentions = tuple(sorted({x for x in (cl.subject, cl.beneficiary, cl.target, cl.object) if x}))
        st = statement_for(cl.quote, (*loc, "quote"), mentions)
        common: dict[str, Any] = {
            "subject": cl.subject, "relation": cl.relation, "modality": cl.modality,
            "quantity": cl.quantity, "quantity_norm": cl.quantity_norm, "condition": cl.condition,
            "condition_norm": cl.condition_norm, "speaker": cl.speaker, "speaker_name": cl.speaker_name,
            "valid_from": cl.valid_from or day, "valid_until": cl.valid_until, "first_seen": day, "last_seen": day,
            "evidence": (st.id,), "confidence": cl.confidence, "method": "curated", "target": cl.target,
        }
        if cl.object is not None or not cl.kinds:
            if cl.object is None:
                raise InputError(f"a {cl.relation.value} claim needs kinds (a commitment) or object (an actor)",
                                 path=where, line=_line_for(lines, loc), field=_field_name((*loc, "kinds")))
            for kind in cl.kinds or [None]:
                topic = None
                if kind is not None:
                    topic_c = Commitment(kind=kind, beneficiary=cl.beneficiary, scope=cl.commitment)
                    commitments.setdefault(topic_c.id, topic_c)
                    topic = topic_c.id
                claims.append(Claim(object=cl.object, object_type="actor", kind=kind, topic=topic,
                                    beneficiary=cl.beneficiary, scope=cl.commitment, **common))
            continue
        for kind in cl.kinds:
            c = Commitment(kind=kind, beneficiary=cl.beneficiary, scope=cl.commitment)
            commitments.setdefault(c.id, c)
            claims.append(Claim(object=c.id, object_type="commitment", kind=kind, beneficiary=cl.beneficiary,
                                scope=cl.commitment, **common))
            if cl.target:
                links.append(Link(relation=Relation.TARGETS, src=c.id, dst=cl.target, evidence=(st.id,)))

    merged: dict[str, Claim] = {}
    for c in claims:
        merged[c.id] = merged[c.id].merged(c) if c.id in merged else c
    link_map: dict[str, Link] = {}
    for ln in links:
        link_map[ln.id] = link_map[ln.id].merged(ln) if ln.id in link_map else ln
    return Document(
        source=source,
        actors=tuple(actors),
        commitments=tuple(commitments[k] for k in sorted(commitments)),
        statements=tuple(statements[k] for k in sorted(statements)),
        claims=tuple(merged[k] for k in sorted(merged)),
        links=tuple(link_map[k] for k in sorted(link_map)),
    )


def load_curated(path: Path, actor_exists: ActorExists) -> Document:
    """Read, validate and convert one curated file."""
    cf, lines = read_curated(path)
    return to_document(cf, path, lines, actor_exists)
