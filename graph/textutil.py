"""Small text helpers shared by the stores and the resolvers."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used to compare names: 'Élysée' -> 'elysee'."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.casefold()).strip()
