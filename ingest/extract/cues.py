"""Fast cue matching: many small regular expressions, tried only where a word starts with their first letters.

A rule file holds hundreds of cue regexes. Trying one big alternation at every character is slow in Python's
`re`;
instead each cue is indexed by the (lower-cased) one or two characters it can start with (computed from the
parsed
regex), and at each word start of the text only the cues indexed under that word's first characters are tried.
Within one index the leftmost-longest match wins and matches do not overlap.

Matching runs on `fold(text)`: typographic apostrophes and quotes folded to ' and ", non-breaking spaces to
spaces;
the folded text has the same length, so every offset is an offset into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
    }
)
_WORD_START = re.compile(r"\w+", re.UNICODE)
RIGHT_EDGE = r"(?:(?<=')|(?!\w))"
KEY = 3  # cues are indexed by up to this many first characters


def fold(text: str) -> str:
    """Same-length folding of apostrophes, quotes and non-breaking spaces."""
    return text.translate(_FOLD)


def word_starts(text: str) -> list[int]:
    return [m.start() for m in _WORD_START.finditer(text)]


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    payload: Any
    text: str = ""


def _prefixes(items: list[tuple[Any, Any]], n: int) -> set[str] | None:
    """The strings of length <= n that a match of the parsed pattern can start with (None: cannot tell)."""
    if n == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is _C.LITERAL:
        heads = {chr(av).lower()}
    elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
        heads = set("0123456789")
    elif op is _C.IN:
        heads = set()
        for iop, iav in av:
            if iop is _C.LITERAL:
                heads.add(chr(iav).lower())
            elif iop is _C.RANGE:
                lo, hi = iav
                if hi - lo > 80:
                    return None
                heads.update(chr(c).lower() for c in range(lo, hi + 1))
            elif iop is _C.CATEGORY and iav is _C.CATEGORY_DIGIT:
                heads.update("0123456789")
            else:
                return None
    elif op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            r = _prefixes(list(branch) + rest, n)
            if r is None:
                return None
            out |= r
        return out
    elif op is _C.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, n)
    elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or getattr(_C, "POSSESSIVE_REPEAT", None) is op:
        lo, hi, sub = av
        out = set()
        if lo == 0:
            r = _prefixes(rest, n)
            if r is None:
                return None
            out |= r
        r = _prefixes(list(sub) + rest, n) if hi == 1 else _prefixes(list(sub), 1)
        if r is None:
            return None
        return out | r
    elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return _prefixes(rest, n)
    else:
        return None
    tails = _prefixes(rest, n - 1)
    if tails is None:
        return heads
    return {h + t for h in heads for t in tails}


def prefixes(pattern: str, flags: int = re.I) -> set[str] | None:
    try:
        parsed = _P.parse(pattern, flags)
    except re.error:
        return None
    result = _prefixes(list(parsed), KEY)
    if result is None or "" in result:
        return None
    return result


class CueIndex:
    """Regex cues indexed by their first characters. `scan` returns non-overlapping leftmost-longest hits."""

    def __init__(
        self, entries: Iterable[tuple[str, Any]], *, flags: int = re.I, edge: bool = True, name: str = ""
    ) -> None:
        self.name = name
        self.entries: list[tuple[str, re.Pattern[str], Any, set[str] | None]] = []
        self.size = 0
        for pattern, payload in entries:
            self.add(pattern, payload, flags=flags, edge=edge)
        self._solo: MultiIndex | None = None

    def add(self, pattern: str, payload: Any, *, flags: int = re.I, edge: bool = True) -> None:
        try:
            rx = re.compile(f"(?:{pattern}){RIGHT_EDGE}" if edge else pattern, flags)
        except re.error as exc:
            raise ValueError(f"bad cue regex {pattern!r} in {self.name or 'rules'}: {exc}") from exc
        self.entries.append((pattern, rx, payload, prefixes(pattern, flags)))
        self.size += 1
        self._solo = None

    @property
    def anywhere(self) -> list[str]:
        return [p for p, _, _, pre in self.entries if pre is None]

    def _index(self) -> MultiIndex:
        if self._solo is None:
            self._solo = MultiIndex({"_": self})
        return self._solo

    def match_at(self, text: str, pos: int) -> Hit | None:
        return self._index().match_at(text, pos, "_")

    def scan(self, text: str, starts: Sequence[int]) -> list[Hit]:
        return self._index().scan(text, starts)["_"]


class MultiIndex:
    """Several CueIndexes scanned in one pass over the word starts of a text (one dictionary look-up per
    word)."""

    def __init__(self, indexes: dict[str, CueIndex]) -> None:
        self.names = list(indexes)
        self.by: list[dict[str, list[tuple[re.Pattern[str], Any, int]]]] = [{} for _ in range(KEY + 1)]
        for ci, name in enumerate(self.names):
            for _pattern, rx, payload, pre in indexes[name].entries:
                keys = pre if pre is not None else {""}
                for p in keys:
                    self.by[len(p)].setdefault(p, []).append((rx, payload, ci))

    def _candidates(self, low: str, pos: int) -> list[tuple[re.Pattern[str], Any, int]]:
        key = low[pos : pos + KEY]
        out: list[tuple[re.Pattern[str], Any, int]] = []
        for n in range(KEY, -1, -1):
            got = self.by[n].get(key[:n])
            if got:
                out.extend(got)
        return out

    def match_at(self, text: str, pos: int, name: str) -> Hit | None:
        ci = self.names.index(name)
        best: Hit | None = None
        low = text[pos : pos + KEY].lower()
        for rx, payload, c in self._candidates(low, 0):
            if c != ci:
                continue
            m = rx.match(text, pos)
            if m and m.end() > pos and (best is None or m.end() > best.end):
                best = Hit(pos, m.end(), payload, m.group(0))
        return best

    def scan(self, text: str, starts: Sequence[int]) -> dict[str, list[Hit]]:
        n = len(self.names)
        hits: list[list[Hit]] = [[] for _ in range(n)]
        last_end = [-1] * n
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased: fall back per position
            low = "".join(ch.lower()[:1] or ch for ch in text)
        by3, by2, by1, by0 = self.by[3], self.by[2], self.by[1], self.by[0]
        for pos in starts:
            k3 = low[pos : pos + 3]
            cands = by3.get(k3)
            c2 = by2.get(k3[:2])
            c1 = by1.get(k3[:1])
            if not (cands or c2 or c1 or by0):
                continue
            best: dict[int, Hit] = {}
            for group in (cands, c2, c1, by0.get("")):
                if not group:
                    continue
                for rx, payload, ci in group:
                    if pos < last_end[ci]:
                        continue
                    m = rx.match(text, pos)
                    if m is not None:
                        e = m.end()
                        if e > pos:
                            b = best.get(ci)
                            if b is None or e > b.end:
                                best[ci] = Hit(pos, e, payload, m.group(0))
            for ci, h in best.items():
                hits[ci].append(h)
                last_end[ci] = h.end
        return {name: hits[i] for i, name in enumerate(self.names)}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of cue fragments, longest first."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(items) + ")" if items else "(?!)"
