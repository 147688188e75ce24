"""The pledgegraph domain model: actors, commitments, claims, statements, sources.

Pure data: no I/O here beyond reading the packaged vocabularies. Every id is deterministic, derived from the fields
that define the thing (followthemoney-style statements), so writing the same thing twice is a no-op.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.errors import VocabularyError
from graph.vocab import vocabulary

ID_PATTERN = re.compile(r"^[A-Za-z0-9_:.\-]{1,128}$")


class ActorKind(StrEnum):
    NATION = "nation"
    ORGANIZATION = "organization"
    PERSON = "person"
    INSTITUTION = "institution"
    GROUP = "group"


class Relation(StrEnum):
    PLEDGES = "PLEDGES"
    SUPPORTS = "SUPPORTS"
    OPPOSES = "OPPOSES"
    DECLINES = "DECLINES"
    COORDINATES = "COORDINATES"
    BENEFITS = "BENEFITS"
    TARGETS = "TARGETS"
    MEMBER_OF = "MEMBER_OF"
    HOLDS_OFFICE = "HOLDS_OFFICE"
    PART_OF = "PART_OF"
    FROM = "FROM"
    MENTIONS = "MENTIONS"


CLAIM_RELATIONS: tuple[Relation, ...] = (
    Relation.PLEDGES,
    Relation.SUPPORTS,
    Relation.OPPOSES,
    Relation.DECLINES,
    Relation.COORDINATES,
)
BACKING_RELATIONS: tuple[Relation, ...] = (Relation.PLEDGES, Relation.SUPPORTS)
# BENEFITS is not a Link: the stores derive it from each commitment's beneficiary, so there is exactly one.
LINK_RELATIONS: tuple[Relation, ...] = (
    Relation.TARGETS,
    Relation.MEMBER_OF,
    Relation.HOLDS_OFFICE,
    Relation.PART_OF,
)


def stable_hash(*parts: object, length: int = 20) -> str:
    """A short, stable hex digest of the parts (None and '' hash alike)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def normalise_text(text: str) -> str:
    """The text a Source id is computed from: NFC, unix newlines, no trailing spaces, one final newline."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def modality_rank(modality: str) -> int:
    return vocabulary().rank(modality)


def check_kind(value: str) -> str:
    """A kind from graph/vocab/kinds.yaml, else VocabularyError listing the known ones."""
    if value not in vocabulary().kinds:
        raise VocabularyError("kind", value, sorted(vocabulary().kinds))
    return value


def check_modality(value: str) -> str:
    if value not in vocabulary().modalities:
        raise VocabularyError("modality", value, list(vocabulary().modalities))
    return value


def check_condition(value: str | None) -> str | None:
    if value is not None and value not in vocabulary().conditions:
        raise VocabularyError("condition", value, sorted(vocabulary().conditions))
    return value


def _check_id(value: str, field: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(f"{field} {value!r} is not a valid id (letters, digits, _ : . - only)")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Actor(_Model):
    id: str
    kind: ActorKind
    name: str
    aliases: dict[str, list[str]] = Field(default_factory=dict, description="language code -> names")
    iso2: str | None = None
    iso3: str | None = None
    wikidata: str | None = None
    cameo: str | None = None
    min_count: int | None = Field(default=None, description="groups: 'more than ten nations' -> 10")
    description: str | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        return _check_id(v, "actor id")

    def all_names(self) -> list[str]:
        names = [self.name, self.id]
        for values in self.aliases.values():
            names.extend(values)
        return list(dict.fromkeys(n for n in names if n))


class Quantity(_Model):
    value_min: float | None = None
    value_max: float | None = None
    unit: str | None = None


def commitment_id(kind: str, beneficiary: str | None, scope: str | None = None) -> str:
    return "c_" + stable_hash(kind, beneficiary, scope or "")


class Commitment(_Model):
    """The thing that is backed or opposed: a contribution, package, force, guarantee or proposal.

    Its id hashes (kind, beneficiary, scope): 'troops for UKR' is one node whoever offers them; a named package
    ('us_backstop') gets its own scope, and its parts are commitments with the same scope, PART_OF the package.
    """

    id: str = ""
    kind: str
    beneficiary: str | None = None
    scope: str | None = None
    label: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = dict(data)
            expected = commitment_id(data.get("kind", ""), data.get("beneficiary"), data.get("scope"))
            if data.get("id") and data["id"] != expected:
                raise ValueError(f"commitment id {data['id']!r} does not match its fields ({expected})")
            data["id"] = expected
        return data

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        return check_kind(v)


class Source(_Model):
    """A document. Its id is the sha256 of its normalised text, or of its url when the text is not held."""

    id: str
    sha256: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_at: date | None = None
    language: str | None = None
    origin: str = Field(default="curated", description="curated | text | gdelt | refdata")

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Source:
        digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
        return cls(id=digest, sha256=digest, **meta)

    @classmethod
    def from_url(cls, url: str, **meta: Any) -> Source:
        digest = hashlib.sha256(("url:" + url.strip()).encode("utf-8")).hexdigest()
        return cls(id=digest, sha256=digest, url=url, **meta)


def statement_id(source_id: str, start: int | None, end: int | None, key: str | None = None) -> str:
    return "st_" + stable_hash(source_id, start, end, key)


class Statement(_Model):
    """One sentence or clause of a source: the exact quote and where it stands.

    Event data (GDELT) has no text: its statements carry the event id as `key` and the event's measures in `attrs`.
    """

    id: str = ""
    source_id: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    language: str | None = None
    key: str | None = None
    mentions: tuple[str, ...] = ()
    attrs: dict[str, float | int | str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = dict(data)
            data["id"] = statement_id(data["source_id"], data.get("start"), data.get("end"), data.get("key"))
        return data


def claim_id(
    subject: str,
    relation: str,
    obj: str,
    kind: str | None,
    modality: str,
    condition_norm: str | None,
) -> str:
    return "cl_" + stable_hash(subject, relation, obj, kind, modality, condition_norm)


class Claim(_Model):
    """A claim edge: subject -[relation]-> object (a Commitment, or an Actor for COORDINATES / OPPOSES-an-actor).

    Identity is (subject, relation, object, kind, modality, condition): the same claim from two sources is one
    claim with two pieces of evidence; a change of modality is a new claim, and the old one stays.
    """

    id: str = ""
    subject: str
    relation: Relation
    object: str
    object_type: Literal["commitment", "actor"]
    kind: str | None = None
    beneficiary: str | None = None
    target: str | None = None
    scope: str | None = None
    topic: str | None = Field(default=None, description="COORDINATES: the commitment id discussed, if named")
    modality: str
    quantity: str | None = None
    quantity_norm: Quantity | None = None
    condition: str | None = None
    condition_norm: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    evidence: tuple[str, ...] = ()
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    method: str = "curated"

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = dict(data)
            rel = data.get("relation")
            rel = rel.value if isinstance(rel, Relation) else rel
            data["id"] = claim_id(
                data["subject"], rel, data["object"], data.get("kind"), data["modality"],
                data.get("condition_norm"),
            )
        return data

    @field_validator("relation")
    @classmethod
    def _relation(cls, v: Relation) -> Relation:
        if v not in CLAIM_RELATIONS:
            raise ValueError(f"{v} is not a claim relation (one of {', '.join(CLAIM_RELATIONS)})")
        return v

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str | None) -> str | None:
        return None if v is None else check_kind(v)

    @field_validator("modality")
    @classmethod
    def _modality(cls, v: str) -> str:
        return check_modality(v)

    @field_validator("condition_norm")
    @classmethod
    def _condition(cls, v: str | None) -> str | None:
        return check_condition(v)

    @property
    def rank(self) -> int:
        return modality_rank(self.modality)

    def holds_on(self, day: date) -> bool:
        """True if the claim was in force on `day` (world time, falling back to when it was first said)."""
        start = self.valid_from or self.first_seen
        if start is not None and start > day:
            return False
        return not (self.valid_until is not None and self.valid_until < day)

    def merged(self, other: Claim) -> Claim:
        """The same claim seen again: evidence is added, nothing is overwritten."""
        if other.id != self.id:
            raise ValueError(f"cannot merge claim {other.id} into {self.id}")
        firsts = [d for d in (self.first_seen, other.first_seen) if d]
        lasts = [d for d in (self.last_seen, other.last_seen) if d]
        starts = [d for d in (self.valid_from, other.valid_from) if d]
        update: dict[str, Any] = {
            "evidence": tuple(sorted(set(self.evidence) | set(other.evidence))),
            "first_seen": min(firsts) if firsts else None,
            "last_seen": max(lasts) if lasts else None,
            "valid_from": min(starts) if starts else None,
            "confidence": max(self.confidence, other.confidence),
        }
        for name in ("quantity", "quantity_norm", "condition", "speaker", "speaker_name", "target", "topic",
                     "valid_until"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                update[name] = getattr(other, name)
        return self.model_copy(update=update)


class Link(_Model):
    """A structural edge: TARGETS, MEMBER_OF, HOLDS_OFFICE, PART_OF (BENEFITS is derived, see Commitment)."""

    relation: Relation
    src: str
    dst: str
    role: str | None = None
    since: date | None = None
    until: date | None = None
    evidence: tuple[str, ...] = ()

    @field_validator("relation")
    @classmethod
    def _relation(cls, v: Relation) -> Relation:
        if v not in LINK_RELATIONS:
            raise ValueError(f"{v} is not a structural relation (one of {', '.join(LINK_RELATIONS)})")
        return v

    @property
    def id(self) -> str:
        return "ln_" + stable_hash(self.relation.value, self.src, self.dst, self.role, self.since)

    def merged(self, other: Link) -> Link:
        return self.model_copy(
            update={
                "evidence": tuple(sorted(set(self.evidence) | set(other.evidence))),
                "until": self.until or other.until,
            }
        )


class Document(_Model):
    """The unit of writing: everything one source asserts. A store writes a Document whole or not at all."""

    source: Source
    actors: tuple[Actor, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[Claim, ...] = ()
    links: tuple[Link, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Document:
        st_ids = {s.id for s in self.statements}
        for s in self.statements:
            if s.source_id != self.source.id:
                raise ValueError(f"statement {s.id} belongs to source {s.source_id}, not {self.source.id}")
        for c in self.claims:
            missing = [e for e in c.evidence if e not in st_ids]
            if missing:
                raise ValueError(f"claim {c.id} cites statements not in this document: {missing}")
        return self
