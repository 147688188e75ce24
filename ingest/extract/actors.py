"""Actor mentions in running text: the project's alias index (ingest.refdata), with a small fallback lexicon.

The extractor only needs, for every actor named in a text: where (start, end), who (actor id, kind), how
(name,
alias, demonym, adjective, capital_metonym, seat_metonym) and for whom the words speak (a seat or capital
speaks for
its nation; a person for the nation or organization of his current office).

ingest.refdata provides `alias_index().longest_matches(text, lang)`; when it cannot be imported (it is another
package, built in parallel) the fallback lexicon lexicons/actors_fallback.yaml is used and
`ActorResolver.backend`
says "fallback".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

FALLBACK_FILE = Path(__file__).parent / "lexicons" / "actors_fallback.yaml"
ADJECTIVAL = frozenset({"demonym", "adjective"})


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor: str
    kind: str  # nation | organization | person | institution | group
    how: str  # name alias demonym adjective capital_metonym seat_metonym group office
    speaks_for: str | None = None
    text: str = ""
    min_count: int | None = None
    label: str | None = None  # groups: a readable name
    head_start: int | None = None  # "i responsabili della Casa Bianca": the phrase starts at the role noun
    subject_ok: bool = True  # bare role groups ("officials") are speakers, never subjects
    used: str | None = None  # consumed as: qualifier, kind, condition, target, speaker, package
    group_role: str | None = None
    members_of: tuple[str, ...] = field(default_factory=tuple)

    @property
    def phrase_start(self) -> int:
        return self.head_start if self.head_start is not None else self.start

    @property
    def adjectival(self) -> bool:
        return self.how in ADJECTIVAL


class _FallbackIndex:
    """A tiny alias scanner over lexicons/actors_fallback.yaml (only used without ingest.refdata)."""

    def __init__(self) -> None:
        data = yaml.safe_load(FALLBACK_FILE.read_text(encoding="utf-8"))
        self.kinds: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.speaks: dict[str, str | None] = {}
        entries: list[tuple[str, str, str]] = []
        for actor_id, spec in data.items():
            self.kinds[actor_id] = spec["kind"]
            self.names[actor_id] = spec.get("name", actor_id)
            self.speaks[actor_id] = spec.get("speaks_for")
            for key, how in (
                ("names", "name"),
                ("capitals", "capital_metonym"),
                ("adjectives", "adjective"),
                ("seats", "seat_metonym"),
                ("persons", "name"),
            ):
                for alias in spec.get(key) or []:
                    entries.append((alias, actor_id, how))
        entries.sort(key=lambda e: -len(e[0]))
        self.table: dict[str, list[tuple[str, str, str]]] = {}
        parts = []
        for alias, actor_id, how in entries:
            low = alias.lower()
            self.table.setdefault(low, []).append((alias, actor_id, how))
            parts.append(re.escape(low))
        self.regex = re.compile(r"(?<!\w)(?:" + "|".join(dict.fromkeys(parts)) + r")(?!\w)")

    def longest_matches(self, text: str) -> list[tuple[int, int, str, str, str | None]]:
        out = []
        low = text.lower()
        for m in self.regex.finditer(low):
            span = text[m.start() : m.end()]
            for alias, actor_id, how in self.table.get(m.group(0), []):
                exact_case = alias.isupper() and len(alias.replace(".", "")) <= 3
                if exact_case and span != alias:
                    continue
                if how == "name" and alias[:1].isupper() and not span[:1].isupper():
                    continue
                speaks = self.speaks.get(actor_id)
                if how == "capital_metonym":
                    speaks = actor_id
                out.append((m.start(), m.end(), actor_id, how, speaks))
                break
        return out


class ActorResolver:
    """Mentions of actors in a text, plus what the extractor needs to know about each actor."""

    def __init__(self, *, use_refdata: bool = True) -> None:
        self.backend = "fallback"
        self._index: Any = None
        self._ref: Any = None
        self._fallback: _FallbackIndex | None = None
        self.error: str | None = None
        if use_refdata:
            try:
                from ingest.refdata import alias_index, load_reference

                self._ref = load_reference()
                self._index = alias_index()
                self.backend = "refdata"
            # noqa: BLE001 - any failure of the other package means: use the fallback
            except Exception as exc:
                self.error = f"{type(exc).__name__}: {exc}"
                self._index = None
        if self._index is None:
            self._fallback = _FallbackIndex()
        self._nation_of = self._build_nation_of()

    # ------------------------------------------------------------------------------------------ facts about
    # actors

    def _build_nation_of(self) -> dict[str, str]:
        """person/institution -> the nation or organization it speaks for."""
        out: dict[str, str] = {}
        if self._ref is not None:
            out.update(getattr(self._ref, "speaks_for", {}) or {})
            offices: dict[str, tuple[date, str]] = {}
            for ln in self._ref.links:
                rel = getattr(ln.relation, "value", ln.relation)
                if rel != "HOLDS_OFFICE":
                    continue
                since = ln.since or date.min
                current = ln.until is None
                key = (1 if current else 0, since)
                prev = offices.get(ln.src)
                if prev is None or key > prev[0]:  # type: ignore[operator]
                    offices[ln.src] = (key, ln.dst)  # type: ignore[assignment]
            for person, (_, holder) in offices.items():
                out.setdefault(person, out.get(holder, holder))
            for ln in self._ref.links:
                rel = getattr(ln.relation, "value", ln.relation)
                if rel == "PART_OF" and self.kind_of(ln.src) == "institution":
                    out.setdefault(ln.src, ln.dst)
        elif self._fallback is not None:
            out.update({k: v for k, v in self._fallback.speaks.items() if v})
        return out

    def kind_of(self, actor_id: str) -> str | None:
        if self._ref is not None:
            a = self._ref.actors.get(actor_id)
            return getattr(a.kind, "value", a.kind) if a else None
        if self._fallback is not None:
            return self._fallback.kinds.get(actor_id)
        return None

    def name_of(self, actor_id: str) -> str:
        if self._ref is not None:
            a = self._ref.actors.get(actor_id)
            return a.name if a else actor_id
        if self._fallback is not None:
            return self._fallback.names.get(actor_id, actor_id)
        return actor_id

    def nation_of(self, actor_id: str) -> str | None:
        """For a person, institution or capital: the nation (or organization) it speaks for."""
        n = self._nation_of.get(actor_id)
        # an institution speaking for a nation, reached through a person's office
        seen = {actor_id}
        while n and n in self._nation_of and n not in seen and self.kind_of(n) not in ("nation", "organization"):
            seen.add(n)
            n = self._nation_of[n]
        return n

    # ------------------------------------------------------------------------------------------------
    # mentions

    def mentions(self, text: str, language: str | None = None) -> list[Mention]:
        out: list[Mention] = []
        if self._index is not None:
            try:
                found = self._index.longest_matches(text, language)
            except TypeError:
                found = self._index.longest_matches(text)
            last: tuple[int, int] | None = None
            for start, end, res in found:
                if last == (start, end):
                    continue  # one span naming several actors: keep the best
                last = (start, end)
                kind = getattr(res.kind, "value", res.kind)
                speaks = res.speaks_for
                if kind == "person" and not speaks:
                    speaks = self.nation_of(res.actor_id)
                out.append(Mention(start, end, res.actor_id, str(kind), res.how, speaks, text[start:end]))
        elif self._fallback is not None:
            for start, end, actor_id, how, speaks in self._fallback.longest_matches(text):
                kind = self._fallback.kinds[actor_id]
                if how == "capital_metonym":
                    kind = "nation"
                out.append(Mention(start, end, actor_id, kind, how, speaks, text[start:end]))
        return out


@lru_cache(maxsize=2)
def default_resolver(use_refdata: bool = True) -> ActorResolver:
    return ActorResolver(use_refdata=use_refdata)
