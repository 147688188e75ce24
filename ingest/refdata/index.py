"""The alias index: names, demonyms, adjectives and metonyms -> actors, for strings and running text.

Matching is on folded text (case-, accent- and typographic-apostrophe-insensitive; hyphens and white space
alike), with these case rules, decided per alias from how the data file writes it:

* exact case - an alias whose letters are all capitals and at most three ("US", "U.S.", "UK", "UE", "EU",
  "UN", "USA", "UNO", "ONU", "G7") matches only when written in capitals, so the English pronoun "us",
  Italian "uno" and French "un" are never taken for actors. This applies to resolve() too. Two-letter ISO
  codes ("IT", "CA", "IN") and alpha-3 codes ("CAN", "ITA") are not aliases at all (look actors up by id).
* capitalised - an alias written with a capital first letter (every proper name, English adjectives such as
  "Polish", German nouns such as "Briten", "NATO") matches in running text only where the text has a capital
  there ("Polish" but not "polish"; "Nato" and "NATO" but not Italian "nato" = born). resolve() ignores it.
* any case - an alias written in lower case (Italian, French, Spanish and German adjectives: "britanniche",
  "français", "deutsche") matches in any case, so it is found at the start of a sentence too.

Further, data-driven rules in demonyms.yaml (`ambiguity`): blockers are phrases that contain an alias but
name something else ("Latin America", "Irlanda del Nord", "Monaco di Baviera"); the scanner matches and drops
them. Scan rules keep aliases that are also common words or first names ("Riunione", "Maurice") out of the
scanner, or let it use them only for a text in a given language (German "Island", Italian "Usa", Spanish
"china"). Known ambiguities left as they are, for callers to judge: Georgia (GEO / US state), Jordan, Chad,
"Turkey", "Indian", capitals used for the city rather than the government, "coalition of the willing" (also
the 2003 Iraq coalition), "Trump" inside "Melania Trump", Italian "Nato"/"Usa" at the start of a sentence.

Scanning (`longest_matches`) compiles one regular expression, a character trie of all folded aliases, once
per index; the text is folded once with an offset map; matches are whole words (not preceded or followed by
a letter or digit) and leftmost-longest ("Regno Unito", not "Unito"; "Guinea-Bissau", not "Guinea"); when the
longest alias at a position is refused by a rule, the next shorter one is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from graph.model import ActorKind
from ingest.refdata.loader import ALL_LANGS, HOW_ORDER, MUL, AliasEntry, ReferenceData, ScanRule
from ingest.refdata.text import alias_key, fold_with_offsets, letters, original_span

EXACT: Final = "exact"
CAPITALISED: Final = "capitalised"
ANY: Final = "any"

_WORD = re.compile(r"\w")
_SEPARATOR = re.compile(r"[\s\-]+")
_MAX_VERDICTS = 100_000


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a string names an actor.

    actor_id:   the actor named (a seat resolves to its institution, a capital to its nation or organization).
    kind:       that actor's kind.
    how:        name | alias | demonym | adjective | capital_metonym | seat_metonym.
    lang:       language of the alias (en, it, fr, de, es, or 'mul' for a form shared by all).
    alias:      the alias as written in the reference data.
    speaks_for: for metonyms and institutions, the nation or organization the words stand for
                (WHITE_HOUSE -> USA, 'Washington' -> USA); None otherwise.
    """

    actor_id: str
    kind: ActorKind
    how: str
    lang: str
    alias: str
    speaks_for: str | None = None

    @property
    def stands_for(self) -> str:
        """The actor a claim made by these words is attributed to: speaks_for when set, else actor_id."""
        return self.speaks_for or self.actor_id


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    entry: AliasEntry
    kind: ActorKind
    case: str
    letters: str
    rank: int
    scan: bool
    scan_langs: tuple[str, ...] | None
    resolution: Resolution


def case_rule(alias: str) -> str:
    """exact | capitalised | any: see the module docstring."""
    lts = letters(alias)
    if not lts:
        return ANY
    if len(lts) <= 3 and lts.isupper():
        return EXACT
    return CAPITALISED if lts[0].isupper() else ANY


def _first_letter_upper(span: str) -> bool:
    for ch in span:
        if ch.isalpha():
            return ch.isupper()
    return False


def _lang_rank(lang: str, wanted: str | None) -> tuple[int, int]:
    return (0 if lang == wanted else 1, ALL_LANGS.index(lang) if lang in ALL_LANGS else len(ALL_LANGS))


class AliasIndex:
    """Resolve names to actors: `resolve` for a whole string, `longest_matches` for the actors in a text."""

    def __init__(
        self,
        entries: Iterable[AliasEntry],
        kinds: dict[str, ActorKind],
        *,
        blockers: Iterable[str] = (),
        scan_rules: Iterable[ScanRule] = (),
    ) -> None:
        # a scan rule applies to the aliases with its folded text *and* its case rule:
        # "china" (es adjective) is not "China" (the name), "Usa" (it) is not "USA"
        rules = {(alias_key(r.text), case_rule(r.text)): r for r in scan_rules}
        by_key: dict[str, dict[tuple[str, str, str], _Entry]] = {}
        for e in entries:
            key = alias_key(e.text)
            if not key:
                continue
            case = case_rule(e.text)
            rule = rules.get((key, case))
            item = _Entry(
                key=key,
                entry=e,
                kind=kinds[e.actor_id],
                case=case,
                letters=letters(e.text),
                rank=HOW_ORDER.index(e.how),
                scan=rule.scan if rule else True,
                scan_langs=rule.scan_langs if rule else None,
                resolution=Resolution(
                    actor_id=e.actor_id,
                    kind=kinds[e.actor_id],
                    how=e.how,
                    lang=e.lang,
                    alias=e.text,
                    speaks_for=e.speaks_for,
                ),
            )
            # one entry per (actor, language, case rule) for a key: the best `how` wins
            slot = (e.actor_id, e.lang, item.case)
            bucket = by_key.setdefault(key, {})
            if slot not in bucket or item.rank < bucket[slot].rank:
                bucket[slot] = item
        self._by_key: dict[str, tuple[_Entry, ...]] = {
            k: tuple(sorted(v.values(), key=lambda x: (x.rank, x.entry.lang, x.entry.actor_id)))
            for k, v in by_key.items()
        }
        self._blockers = frozenset(k for k in (alias_key(t) for t in blockers) if k)
        self._regex: re.Pattern[str] | None = None
        # (folded span, original span, lang) -> verdict; a pure function of its key, so shared across calls
        self._verdicts: dict[tuple[str, str, str | None], list[Resolution] | None] = {}

    # ------------------------------------------------------------------------------------------ whole string

    def resolve(self, text: str, lang: str | None = None) -> list[Resolution]:
        """Every actor the whole string names, best first.

        Order: name > alias > seat_metonym > capital_metonym > demonym > adjective, then requested language.
        Case- and accent-insensitive, except that short all-capital acronyms must be written in capitals. With
        `lang`, only aliases of that language (and language-neutral ones) count.
        """
        key = alias_key(text)
        found = []
        for item in self._by_key.get(key, ()):
            if lang is not None and item.entry.lang not in (lang, MUL):
                continue
            if item.case == EXACT and letters(text) != item.letters:
                continue
            found.append(item)
        found.sort(key=lambda x: (x.rank, _lang_rank(x.entry.lang, lang), x.entry.actor_id))
        out: list[Resolution] = []
        seen: set[tuple[str, str, str]] = set()
        for item in found:
            r = item.resolution
            if (r.actor_id, r.how, r.lang) not in seen:
                seen.add((r.actor_id, r.how, r.lang))
                out.append(r)
        return out

    # ------------------------------------------------------------------------------------------ running text

    def longest_matches(self, text: str, lang: str | None = None) -> list[tuple[int, int, Resolution]]:
        """Every alias in `text`, as (start, end, resolution) with exact offsets into `text`, in text order.

        Leftmost-longest, whole words only. A span that names several actors yields one tuple per actor (best
        first); a span naming one actor in several ways or languages yields one tuple. `lang` restricts
        matching to aliases of that language plus language-neutral ones, and enables the language-bound scan
        rules.
        """
        folded, index = fold_with_offsets(text)
        regex = self.regex()
        if len(self._verdicts) > _MAX_VERDICTS:
            self._verdicts.clear()
        memo = self._verdicts
        out: list[tuple[int, int, Resolution]] = []
        pos = 0
        n = len(folded)
        while pos < n:
            m = regex.search(folded, pos)
            if m is None:
                break
            start, end = m.span()
            hit = self._accept(text, folded, index, start, end, lang, memo)
            if hit is None:  # refused by a rule: try the shorter aliases that start here
                for shorter in range(end - 1, start, -1):
                    if _WORD.match(folded, shorter):
                        continue
                    hit = self._accept(text, folded, index, start, shorter, lang, memo)
                    if hit is not None:
                        end = shorter
                        break
            if hit is None:
                pos = start + 1
                continue
            pos = end
            if hit:  # an empty list is a blocker: the span is consumed and names no one
                o_start, o_end = original_span(text, index, start, end)
                out.extend((o_start, o_end, r) for r in hit)
        return out

    def _accept(
        self,
        text: str,
        folded: str,
        index: list[int] | None,
        start: int,
        end: int,
        lang: str | None,
        memo: dict[tuple[str, str, str | None], list[Resolution] | None],
    ) -> list[Resolution] | None:
        """The resolutions of folded[start:end]: None if refused, [] if it is a blocker."""
        seg = folded[start:end]
        o_start, o_end = original_span(text, index, start, end)
        span = text[o_start:o_end]
        cache_key = (seg, span, lang)
        if cache_key in memo:
            return memo[cache_key]
        key = _SEPARATOR.sub(" ", seg).strip() if _SEPARATOR.search(seg) else seg
        blocked = key in self._blockers
        result = [] if blocked else self._judge(self._by_key.get(key, ()), span, lang)
        memo[cache_key] = result
        return result

    def _judge(self, items: tuple[_Entry, ...], span: str, lang: str | None) -> list[Resolution] | None:
        """Apply the scan, language and case rules to the entries of a matched span."""
        best: dict[str, tuple[tuple[int, tuple[int, int]], _Entry]] = {}
        span_letters: str | None = None
        for item in items:
            e = item.entry
            if not item.scan:
                continue
            if item.scan_langs is not None and lang not in item.scan_langs:
                continue
            if lang is not None and e.lang not in (lang, MUL):
                continue
            if item.case == EXACT:
                if span_letters is None:
                    span_letters = letters(span)
                if span_letters != item.letters:
                    continue
            if item.case == CAPITALISED and not _first_letter_upper(span):
                continue
            score = (item.rank, _lang_rank(e.lang, lang))
            if e.actor_id not in best or score < best[e.actor_id][0]:
                best[e.actor_id] = (score, item)
        if not best:
            return None
        if len(best) == 1:
            return [next(iter(best.values()))[1].resolution]
        ranked = sorted(best.values(), key=lambda si: (si[0], si[1].entry.actor_id))
        return [item.resolution for _, item in ranked]

    # --------------------------------------------------------------------------------------------- the regex

    def regex(self) -> re.Pattern[str]:
        """One compiled pattern over folded text: a character trie of every scannable alias and blocker."""
        if self._regex is None:
            keys = {k for k, items in self._by_key.items() if any(i.scan for i in items)} | set(
                self._blockers
            )
            trie: dict[str, dict] = {}
            for key in keys:
                node = trie
                for ch in key:
                    node = node.setdefault(ch, {})
                node[""] = {}
            self._regex = re.compile(r"(?<!\w)" + _trie_pattern(trie) + r"(?!\w)")
        return self._regex

    def keys(self) -> list[str]:
        return sorted(self._by_key)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = []
    for ch in sorted(c for c in node if c):
        atom = r"[\s\-]+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a key ends here: the longer continuations are tried first, then this end
        return "(?:" + body + ")?"
    return body


def build_index(ref: ReferenceData) -> AliasIndex:
    """The alias index of the reference data, with its blockers and scan rules."""
    kinds = {actor_id: actor.kind for actor_id, actor in ref.actors.items()}
    blockers = [t for forms in ref.blockers.values() for t in forms]
    return AliasIndex(ref.entries, kinds, blockers=blockers, scan_rules=ref.scan_rules)
