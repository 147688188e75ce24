"""A small, transparent language detector: stopword profiles for it/en/fr/de/es.

The profiles are data (ingest/extract/lexicons/stopwords.yaml). A text's score for a language is the share of
its
stopword hits that belong to that language (a word listed for two languages counts half for each).
Mixed-language
documents are found by detecting each paragraph on its own and looking at the shares of words per language.

    detect("La Francia è pronta a inviare truppe")  -> Detection(language="it", score=..., reliable=True, ...)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

PROFILE_FILE = Path(__file__).parent / "extract" / "lexicons" / "stopwords.yaml"
UNDETERMINED = "und"
MIXED = "mixed"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")

#: a paragraph needs this many words before its own language is trusted in mixed-language detection
MIN_PARAGRAPH_WORDS = 8
#: the second language must hold at least this share of the classified words (and MIN_SECOND_WORDS) -> mixed
MIXED_SHARE = 0.2
MIN_SECOND_WORDS = 20


@dataclass(frozen=True)
class Detection:
    """The result of detect().

    language: the dominant language code (it/en/fr/de/es), or "und" when nothing could be told.
    score: share of stopword weight that went to `language` (0..1).
    reliable: enough evidence and a clear margin over the runner-up.
    mixed: more than one language holds a real share of the paragraphs (see `shares`).
    """

    language: str
    score: float
    reliable: bool
    mixed: bool = False
    scores: dict[str, float] = field(default_factory=dict)
    shares: dict[str, float] = field(default_factory=dict)
    hits: int = 0

    @property
    def label(self) -> str:
        """'mixed' for a mixed document, 'und' for an undetermined one, else the language code."""
        return MIXED if self.mixed else self.language

    def warning(self) -> str | None:
        """A human-readable warning when the detection should not be trusted silently."""
        if self.language == UNDETERMINED:
            return "language could not be detected (no known stopwords)"
        if self.mixed:
            parts = ", ".join(
                f"{lang} {share:.0%}" for lang, share in sorted(self.shares.items(), key=lambda kv: -kv[1])
            )
            return f"mixed-language document ({parts}); rules are chosen per paragraph"
        if not self.reliable:
            return f"low-confidence language detection: {self.language} (score {self.score:.2f}, {self.hits} hits)"
        return None


@lru_cache(maxsize=1)
def profiles() -> dict[str, dict[str, float]]:
    """word -> {language: weight}; a word shared by n languages weighs 1/n in each."""
    data = yaml.safe_load(PROFILE_FILE.read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = defaultdict(set)
    for lang, words in data.items():
        for w in words:
            owners[str(w).lower()].add(lang)
    return {w: {lang: 1.0 / len(langs) for lang in langs} for w, langs in owners.items()}


def languages() -> list[str]:
    data = yaml.safe_load(PROFILE_FILE.read_text(encoding="utf-8"))
    return list(data)


def _score_words(words: list[str]) -> tuple[dict[str, float], int]:
    table = profiles()
    totals: dict[str, float] = defaultdict(float)
    hits = 0
    for w in words:
        owners = table.get(w)
        if owners:
            hits += 1
            for lang, weight in owners.items():
                totals[lang] += weight
    return dict(totals), hits


def _words(text: str) -> list[str]:
    # apostrophes split elisions: l'Ukraine -> l, ukraine; dell'Ucraina -> dell, ucraina
    return [m.group(0).lower() for m in _WORD.finditer(text)]


def detect_words(words: list[str]) -> Detection:
    totals, hits = _score_words(words)
    if not totals:
        return Detection(UNDETERMINED, 0.0, False, hits=0)
    total = sum(totals.values())
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_w = ranked[0]
    second_w = ranked[1][1] if len(ranked) > 1 else 0.0
    score = best_w / total
    reliable = hits >= 3 and best_w >= 1.5 * second_w and score >= 0.4
    return Detection(best, round(score, 3), reliable, scores={k: round(v / total, 3) for k, v in ranked}, hits=hits)


def detect(text: str) -> Detection:
    """Detect the language of `text`; flags mixed-language documents paragraph by paragraph."""
    words = _words(text)
    overall = detect_words(words)
    if overall.language == UNDETERMINED:
        return overall
    per_lang: dict[str, int] = defaultdict(int)
    for para in _PARAGRAPH.split(text):
        pw = _words(para)
        if len(pw) < MIN_PARAGRAPH_WORDS:
            continue
        d = detect_words(pw)
        if d.language != UNDETERMINED and d.reliable:
            per_lang[d.language] += len(pw)
    classified = sum(per_lang.values())
    shares = {k: round(v / classified, 3) for k, v in per_lang.items()} if classified else {}
    mixed = False
    if len(per_lang) > 1:
        ranked = sorted(per_lang.items(), key=lambda kv: -kv[1])
        second_lang, second_n = ranked[1]
        mixed = second_n >= MIN_SECOND_WORDS and second_n / classified >= MIXED_SHARE
        dominant = ranked[0][0]
        if dominant != overall.language:
            overall = Detection(
                dominant,
                overall.scores.get(dominant, 0.0),
                overall.reliable,
                scores=overall.scores,
                hits=overall.hits,
            )
    return Detection(
        overall.language,
        overall.score,
        overall.reliable and not mixed,
        mixed,
        overall.scores,
        shares,
        overall.hits,
    )


def detect_language(text: str) -> tuple[str, float]:
    """Convenience: (language, score); language is 'mixed' or 'und' when that is what was found."""
    d = detect(text)
    return d.label, d.score
