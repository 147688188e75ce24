"""Folding of names and of running text for alias matching.

`fold` is case-, accent- and typographic-apostrophe-insensitive (NFKD, combining marks dropped, casefolded),
the same comparison form as graph.textutil.fold. `alias_key` also treats hyphens and runs of white space
alike, so "Royaume-Uni", "Royaume Uni" and "royaume  uni" share one key. `fold_with_offsets` folds a whole
text character by character and keeps, for each folded character, the index of the original character it
came from, so that a match in the folded text maps back to exact offsets in the original.
"""

from __future__ import annotations

import re
import unicodedata

# typographic apostrophes and quotes -> ASCII; non-breaking and Unicode hyphens -> '-'
_PUNCT = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "„": '"',
        "‐": "-",
        "‑": "-",
    }
)
# characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_SEPARATORS = re.compile(r"[\s\-]+")

_char_cache: dict[str, str] = {}


def fold_char(ch: str) -> str:
    """The folded form of one character ('' for combining marks and invisible characters)."""
    cached = _char_cache.get(ch)
    if cached is not None:
        return cached
    if ch in _DROP:
        out = ""
    else:
        decomposed = unicodedata.normalize("NFKD", ch.translate(_PUNCT))
        out = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    _char_cache[ch] = out
    return out


def fold(text: str) -> str:
    """'Élysée' -> 'elysee', 'Regno  Unito' -> 'regno  unito' (white space kept as is)."""
    return "".join(fold_char(ch) for ch in text)


def alias_key(text: str) -> str:
    """The look-up key of a name: folded, hyphens and white-space runs made one space, trimmed."""
    return _SEPARATORS.sub(" ", fold(text)).strip()


def strip_accents(text: str) -> str:
    """Accents and typographic apostrophes removed, case kept: 'U.S.' stays 'U.S.', 'Élysée' -> 'Elysee'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _DROP)


def letters(text: str) -> str:
    """The letters of a name, accents removed, case kept: 'U.S.A.' -> 'USA', 'G-7' -> 'G'."""
    return "".join(c for c in strip_accents(text) if c.isalpha())


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Fold `text` for matching; return the folded text and, for each of its characters, the original index.

    When every character folds to exactly one character (ASCII text, and most European text: 'é' -> 'e',
    '’' -> "'"), the folded text has the same length and the index list is None (identity); otherwise
    (combining marks, 'ß' -> 'ss', ligatures, '…') the index list maps each folded character back.
    """
    if text.isascii():
        return text.lower().replace("`", "'"), None
    table: dict[int, str] = {}
    irregular: list[str] = []
    for ch in set(text):
        folded_ch = fold_char(ch)
        if folded_ch != ch:
            table[ord(ch)] = folded_ch
        if len(folded_ch) != 1:
            irregular.append(ch)
    folded = text.translate(table)
    if not irregular:
        return folded, None
    # some characters vanish or expand: index regular stretches in bulk, irregular characters one by one
    index: list[int] = []
    pos = 0
    for m in re.finditer("[" + "".join(re.escape(ch) for ch in irregular) + "]", text):
        i = m.start()
        index.extend(range(pos, i))
        index.extend([i] * len(fold_char(text[i])))
        pos = i + 1
    index.extend(range(pos, len(text)))
    return folded, index


def original_span(text: str, index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of the folded text back onto the original text.

    The end is extended over combining marks that followed the last matched character in the original.
    """
    if index is None:
        return start, end
    o_start = index[start]
    o_end = index[end - 1] + 1
    while o_end < len(text) and unicodedata.combining(text[o_end]):
        o_end += 1
    return o_start, o_end
