"""What an extractor returns, and the protocol every extractor (rules today, a model tomorrow) implements."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.model import Quantity
from ingest.readers import RawDocument

#: the keys of one claim in JSON Lines output, in this order
OUTPUT_KEYS: tuple[str, ...] = (
    "source",
    "subject",
    "relation",
    "kinds",
    "beneficiary",
    "target",
    "modality",
    "quantity",
    "condition",
    "speaker",
    "quote",
    "start",
    "end",
    "language",
    "rule",
    "confidence",
)

#: structural records (a package's parts, a package's target) that have no backer of their own
STRUCTURAL_RELATIONS: tuple[str, ...] = ("PART_OF", "TARGETS")


class ExtractedClaim(BaseModel):
    """One claim found in a text, with its exact evidence: quote == source_text[start:end].

    `relation` is a claim relation (PLEDGES, SUPPORTS, OPPOSES, DECLINES, COORDINATES), or - for what a text
    says
    about a package nobody is named as backing - PART_OF (subject None; `kinds` are the parts, `scope` their
    package)
    or TARGETS (subject None; the package `scope` is directed against `target`).

    The fields after `confidence` are kept out of the JSON Lines output (`to_json_dict`) but are what
    `to_document` needs to build the graph.
    """

    model_config = ConfigDict(extra="forbid")

    source: str
    subject: str | None
    relation: str
    kinds: list[str] = Field(default_factory=list)
    beneficiary: str | None = None
    target: str | None = None
    modality: str
    quantity: str | None = None
    condition: str | None = None
    speaker: str | None = None
    quote: str
    start: int
    end: int
    language: str | None = None
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)

    # ---- kept out of the JSON Lines output
    quantity_norm: Quantity | None = Field(default=None, exclude=True)
    condition_norm: str | None = Field(default=None, exclude=True)
    subject_kind: str | None = Field(default=None, exclude=True, description="nation|organization|person|...")
    subject_name: str | None = Field(default=None, exclude=True, description="the words that named the subject")
    subject_min_count: int | None = Field(default=None, exclude=True, description="groups: 'more than ten' -> 10")
    subject_speaks_for: str | None = Field(
        default=None, exclude=True, description="a group or office that speaks for a nation: that nation"
    )
    speaker_name: str | None = Field(default=None, exclude=True)
    object: str | None = Field(
        default=None, exclude=True, description="COORDINATES: the partner; OPPOSES an actor: that actor"
    )
    object_kind: str | None = Field(default=None, exclude=True)
    object_speaks_for: str | None = Field(default=None, exclude=True)
    scope: str | None = Field(default=None, exclude=True, description="the package the commitments belong to")
    package_scope: str | None = Field(
        default=None, exclude=True, description="PART_OF: the package (scope) the parts belong to"
    )
    package_kind: str | None = Field(default=None, exclude=True)
    groups: list[dict[str, Any]] = Field(
        default_factory=list,
        exclude=True,
        description="group actors this claim names: id, name, min_count, lang",
    )
    mentions: list[str] = Field(default_factory=list, exclude=True, description="actor ids the quote mentions")

    @model_validator(mode="after")
    def _check(self) -> ExtractedClaim:
        if self.end < self.start:
            raise ValueError("end before start")
        if len(self.quote) != self.end - self.start:
            raise ValueError("quote length does not match its offsets")
        return self

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON Lines record: exactly OUTPUT_KEYS, in order."""
        data = self.model_dump(mode="json")
        return {k: data.get(k) for k in OUTPUT_KEYS}

    @property
    def key(self) -> tuple[str | None, str, tuple[str, ...]]:
        return (self.subject, self.relation, tuple(self.kinds))


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a document into claims. Implementations must keep quote == doc.text[start:end]."""

    name: str

    def extract(self, doc: RawDocument) -> list[ExtractedClaim]: ...
