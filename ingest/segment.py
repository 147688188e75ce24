"""Sentences and clauses with exact character offsets into the original text.

    for s in sentences(text):
        assert text[s.start:s.end] == s.text
        for c in clauses(text, s): ...

Sentence ends:
- `.`, `!`, `?`, `…` (and `...`) followed by optional closing quotes/brackets (” » " ’ ) ]), then whitespace,
the end
  of text, or - when the full stop is glued to the next sentence ("sviluppo.Durante", "questione.Nei") - an
  upper-case letter that starts a word, provided the word before the stop is a lower-case word of 3+ letters;
- a line break, when the line does not look hard-wrapped (a headline without final punctuation ends at its
line
  break; "... the\\nsoldiers" with a lower-case continuation is joined).
Not ends: abbreviations (Mr. Dr. U.S. U.K. e.g. ecc. sig. Nr. z.B. M. Mme. ...; data: ABBREVIATIONS), initials
(J. Biden), decimal numbers and thousands (3.5, 20.000), German ordinals before a month ("am 1. September").

Clauses split a sentence on ";", on ":" (not between digits) and on spaced dashes " — " / " – " / " - ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: lower-cased abbreviations (without their final dot) that do not end a sentence, all languages together
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "sen",
        "rep",
        "gov",
        "pres",
        "amb",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "al",
        "fig",
        "nos",
        "approx",
        "dept",
        "inc",
        "ltd",
        "corp",
        "co",
        "jan",
        "feb",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "sig",
        "sigg",
        "dott",
        "dottssa",
        "ing",
        "avv",
        "ecc",
        "pag",
        "cap",
        "ca",
        "ss",
        "geom",
        "rag",
        "arch",
        "mons",
        "pp",
        "mm",
        "mme",
        "mlle",
        "mgr",
        "cie",
        "bd",
        "nr",
        "z.b",
        "d.h",
        "u.a",
        "bzw",
        "vgl",
        "evtl",
        "ggf",
        "inkl",
        "sog",
        "usw",
        "u.s.w",
        "dipl",
        "abs",
        "bspw",
        "jh",
        "sra",
        "srta",
        "uds",
    ]
)

#: abbreviations that are also ordinary words: only when capitalised
#: ("No. 5", "On. Rossi", "Me Dupont", "St. Louis")
CAPITALISED_ABBREVIATIONS = frozenset(
    [
        "no",
        "on",
        "me",
        "art",
        "vol",
        "est",
        "fr",
        "hr",
        "st",
        "min",
        "mar",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "ud",
        "p",
    ]
)

#: a dotted acronym ("U.S.", "U.K.", "e.g.", "z.B.") still ends a sentence before one of these capitalised
#: words
SENTENCE_STARTERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "meanwhile",
        "according",
        "il",
        "lo",
        "la",
        "le",
        "gli",
        "i",
        "un",
        "una",
        "questo",
        "questa",
        "secondo",
        "inoltre",
        "tuttavia",
        "ma",
        "anche",
        "nel",
        "nella",
        "le",
        "la",
        "les",
        "un",
        "une",
        "ce",
        "cette",
        "il",
        "elle",
        "ils",
        "selon",
        "mais",
        "en",
        "au",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "dies",
        "diese",
        "er",
        "sie",
        "es",
        "wir",
        "laut",
        "aber",
        "im",
        "am",
        "el",
        "los",
        "las",
    ]
)

MONTHS = frozenset(
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)

_CLOSERS = "”»\"'’)]"
_TERMINALS = ".!?…"
_CANDIDATE = re.compile(r"(\.\.\.|[.!?…]+)([ \u00a0\u202f]?[" + re.escape(_CLOSERS) + r"])*")
_WORD_BEFORE = re.compile(r"([\w.’'-]*)$", re.UNICODE)
_SPACES = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence or clause: text == source[start:end]."""

    start: int
    end: int
    text: str
    index: int = 0
    #: for clauses: the separator that precedes this clause ("", ";", ":", "—")
    sep: str = ""


def _is_upper_start(text: str, i: int) -> bool:
    """Does a word starting with an upper-case letter (or an opening quote + upper) begin at i?"""
    n = len(text)
    while i < n and text[i] in "“«\"'‘(¿¡":
        i += 1
    return i < n and text[i].isupper()


def _next_word(text: str, i: int) -> str:
    m = re.compile(r"[\w’'.-]+", re.UNICODE).match(text, i)
    return m.group(0) if m else ""


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the '.' at index `dot` part of an abbreviation or a number, rather than a full stop?"""
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    word = m.group(1) if m else ""
    word = word.lstrip("'’-")
    if not word:
        return False
    low = word.lower()
    if low in ABBREVIATIONS or (word[0].isupper() and low in CAPITALISED_ABBREVIATIONS):
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # initials: "J. Biden", "M. Macron"
    # dotted acronyms: U.S / e.g / z.B (their last dot is this one)
    return bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word))


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Decide for a terminal candidate text[start:end] (punctuation + optional closing quotes/brackets)."""
    n = len(text)
    if end >= n:
        return True
    token = text[start:end]
    core = token.rstrip(_CLOSERS + _SPACES)
    nxt = text[end]
    if core == "." and token == ".":
        if start > 0 and text[start - 1].isdigit() and nxt.isdigit():
            return False  # 3.5 / 20.000
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        bw = before.group(1) if before else ""
        if nxt in _SPACES or nxt in "\n\r":
            j = end
            while j < n and text[j] in _SPACES:
                j += 1
            nw = _next_word(text, j)
            if bw.isdigit() and len(bw) <= 2 and nw.lower().rstrip(".") in MONTHS:
                return False  # "am 1. September"
            if _is_abbreviation(text, start):
                dotted = bool(re.search(r"(?:[^\W\d_]\.)+[^\W\d_]$", bw))
                # "... in the U.S. The next day": a dotted acronym before a capitalised sentence starter
                return dotted and nw[:1].isupper() and nw.rstrip(".").lower() in SENTENCE_STARTERS
            return True
        # glued: "sviluppo.Durante" - a lower-case word of 3+ letters, then a capitalised word
        return (
            bool(re.fullmatch(r"[^\W\d_]*[a-zà-ÿ]{3,}", bw))
            and _is_upper_start(text, end)
            and not _is_abbreviation(text, start)
            and end + 1 < n
            and not text[end + 1].isupper()
        )
    # ! ? … ... or a stop with closing quotes/brackets
    if nxt in _SPACES or nxt in "\n\r":
        j = end
        while j < n and text[j] in _SPACES:
            j += 1
        if j >= n or text[j] in "\n\r":
            return True
        # mid-sentence "..." or a quoted stop before a lower-case word ("Pronti.» ha detto") does not end it
        return not text[j].islower()
    return _is_upper_start(text, end)


def _line_break_ends(text: str, i: int) -> bool:
    """Does the line break at text[i] end a sentence? (blank lines always do; hard-wrapped prose does not)"""
    n = len(text)
    j = i + 1
    while j < n and text[j] in _SPACES:
        j += 1
    if j >= n or text[j] in "\n\r":
        return True  # blank line or end
    k = i - 1
    while k >= 0 and text[k] in _SPACES + "\r":
        k -= 1
    if k < 0:
        return True
    prev = text[k]
    # a wrapped line: previous line ends mid-phrase and the next one starts lower-case
    return not ((prev.isalnum() or prev in ",;-–(") and text[j].islower())


def sentences(text: str) -> list[Span]:
    """Split `text` into sentences; each Span's text == text[start:end], leading/trailing spaces excluded."""
    cuts: list[int] = []
    n = len(text)
    pos = 0
    # candidates: terminal punctuation and line breaks, in order
    for m in re.finditer(r"\n|(?:\.\.\.|[.!?…]+)(?:[ \u00a0\u202f]?[" + re.escape(_CLOSERS) + r"])*", text):
        if m.start() < pos:
            continue
        if m.group(0) == "\n":
            if _line_break_ends(text, m.start()):
                cuts.append(m.start())
            continue
        start, end = m.start(), m.end()
        # closers only belong to this sentence if they really close (followed by
        # space/end/newline/upper/punct)
        if _ends_sentence(text, start, end):
            cuts.append(end)
            pos = end
    spans: list[Span] = []
    last = 0
    for cut in cuts + [n]:
        _add(text, last, cut, spans)
        last = cut
    return spans


def _add(text: str, start: int, end: int, spans: list[Span], sep: str = "") -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append(Span(start, end, text[start:end], len(spans), sep))


_CLAUSE_SEP = re.compile(
    r";|(?<!\d):(?!\d)|(?<=\S)[ \u00a0]+[—–][ \u00a0]+|(?<=\w)[ \u00a0]+-[ \u00a0]+(?=\w)|"
    r"(?<=[^\W\d_])—(?=[^\W\d_])"
)


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of one sentence, split on ';', ':' and spaced dashes; offsets are into `text`."""
    out: list[Span] = []
    last = sentence.start
    sep = ""
    for m in _CLAUSE_SEP.finditer(text, sentence.start, sentence.end):
        _add(text, last, m.start(), out, sep)
        sep = m.group(0).strip() or "-"
        last = m.end()
    _add(text, last, sentence.end, out, sep)
    return out or [sentence]


def segment(text: str) -> list[tuple[Span, list[Span]]]:
    """Sentences with their clauses."""
    return [(s, clauses(text, s)) for s in sentences(text)]
