"""Controlled vocabularies, kept as data files beside this module.

Read lazily (once) the first time they are needed; nothing is read at import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _load(name: str) -> Any:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True)
class Vocabulary:
    kinds: dict[str, str]
    conditions: dict[str, str]
    ladder: tuple[str, ...]
    off_ladder: tuple[str, ...]
    claim_relations: tuple[str, ...]
    structural_relations: tuple[str, ...]
    actor_labels: dict[str, str] = field(default_factory=dict)

    @property
    def modalities(self) -> tuple[str, ...]:
        return self.ladder + self.off_ladder

    @property
    def relations(self) -> tuple[str, ...]:
        return self.claim_relations + self.structural_relations

    def rank(self, modality: str) -> int:
        """Position on the ladder (1 = considering ... 6 = delivered); 0 for refused/withdrawn."""
        try:
            return self.ladder.index(modality) + 1
        except ValueError:
            return 0


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    modalities = _load("modalities.yaml")
    relations = _load("relations.yaml")
    return Vocabulary(
        kinds={k["id"]: k["label"] for k in _load("kinds.yaml")},
        conditions={c["id"]: c["label"] for c in _load("conditions.yaml")},
        ladder=tuple(m["id"] for m in modalities["ladder"]),
        off_ladder=tuple(m["id"] for m in modalities["off_ladder"]),
        claim_relations=tuple(relations["claim"]),
        structural_relations=tuple(relations["structural"]),
        actor_labels={a["id"]: a["label"] for a in _load("actor_kinds.yaml")},
    )
