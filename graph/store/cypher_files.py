"""The named queries' Cypher, read from the repository's `queries/` folder (one `<name>.cypher` per name).

Only names in the allowlist (graph.store.base.NAMED_QUERIES) that look like `^[a-z_]+$` are ever turned into a
path, so a caller can never make this module read any other file. Texts are read once and cached.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from graph.errors import QueryError
from graph.store.base import NAMED_QUERIES

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"
_NAME = re.compile(r"^[a-z_]+$")


def query_path(name: str) -> Path:
    """The file a named query lives in; raises QueryError for a name outside the allowlist."""
    if not _NAME.match(name) or name not in NAMED_QUERIES:
        raise QueryError(f"unknown named query {name!r}; known: {', '.join(sorted(NAMED_QUERIES))}")
    return QUERIES_DIR / f"{name}.cypher"


@cache
def load_query(name: str) -> str:
    """The Cypher text of a named query (header comments included: Cypher ignores them)."""
    path = query_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"the Cypher for named query {name!r} is missing ({path}): {exc}") from exc
    if not text.strip():
        raise QueryError(f"the Cypher for named query {name!r} is empty ({path})")
    return text


def all_queries() -> dict[str, str]:
    """Every named query's text, by name (raises if one is missing)."""
    return {name: load_query(name) for name in sorted(NAMED_QUERIES)}
