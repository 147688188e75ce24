"""Entry points for the CLI (`pledgegraph extract`, `pledgegraph ingest`) and the API.

    for raw, claims, info in extract_path(Path("article.txt")):     # claims as found, plus warnings
        print(claims_to_jsonl(claims))
    for doc in documents_from_text_file(Path("article.txt")):       # graph Documents, ready for a store
    doc, claims = extract_document(raw)                              # one RawDocument (API)
        store.write(doc)

Extractors are pluggable: `get_extractor("rules")` today; register another (an LLM-backed one) with
`register_extractor(name, factory)` - it must implement ingest.extract.base.Extractor.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.model import Document
from ingest.extract.base import ExtractedClaim, Extractor
from ingest.extract.to_document import to_document
from ingest.readers import DEFAULT_MAX_BYTES, RawDocument, read_path, read_string

_FACTORIES: dict[str, Callable[[], Extractor]] = {}


def register_extractor(name: str, factory: Callable[[], Extractor]) -> None:
    """Make an extractor available by name (e.g. an LLM-backed one); it must implement Extractor."""
    _FACTORIES[name] = factory
    if "_cached" in globals():
        _cached.cache_clear()


def _rules_factory() -> Extractor:
    from ingest.extract.engine import RuleExtractor

    return RuleExtractor()


register_extractor("rules", _rules_factory)


@lru_cache(maxsize=8)
def _cached(name: str) -> Extractor:
    if name not in _FACTORIES:
        raise KeyError(f"no extractor {name!r} (have: {', '.join(sorted(_FACTORIES))})")
    return _FACTORIES[name]()


def get_extractor(name: str = "rules") -> Extractor:
    """A shared extractor instance (rules and alias index are compiled once per process)."""
    return _cached(name)


def extract_raw(raw: RawDocument, *, extractor: Extractor | None = None) -> tuple[list[ExtractedClaim], dict[str, Any]]:
    """Claims of one document plus info for the caller: warnings (language, mixed, no claims), sentence
    count."""
    ex = extractor or get_extractor()
    with_info = getattr(ex, "extract_with_info", None)
    if with_info is not None:
        claims, info = with_info(raw)
    else:
        claims = ex.extract(raw)
        info = {"warnings": list(raw.warnings) + ([] if claims else ["no claims found in this document"])}
    info.setdefault("claims", len(claims))
    info["source"] = raw.source_name
    info["language"] = raw.language
    return claims, info


def extract_path(
    path: Path | str,
    *,
    language: str | None = None,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
) -> Iterator[tuple[RawDocument, list[ExtractedClaim], dict[str, Any]]]:
    """Every document of a file (one, or one per JSON Lines line) with its claims and info.
    Raises graph.errors.InputError for unreadable input (empty, binary, oversize, bad JSON line)."""
    for raw in read_path(path, format=format, max_bytes=max_bytes, language=language):
        claims, info = extract_raw(raw, extractor=extractor)
        yield raw, claims, info


def extract_text(
    text: str,
    *,
    language: str | None = None,
    format: str = "text",
    title: str | None = None,
    url: str | None = None,
    published_at: str | None = None,
    extractor: Extractor | None = None,
) -> tuple[RawDocument, list[ExtractedClaim], dict[str, Any]]:
    """One pasted text (API)."""
    raw = read_string(text, format=format, language=language, title=title, url=url, published_at=published_at)
    claims, info = extract_raw(raw, extractor=extractor)
    return raw, claims, info


def extract_document(raw: RawDocument, *, extractor: Extractor | None = None) -> tuple[Document, list[ExtractedClaim]]:
    """One RawDocument -> (its graph Document, the claims found). The API's POST /ingest calls this."""
    claims, _info = extract_raw(raw, extractor=extractor)
    return to_document(raw, claims), claims


def documents_from_text_file(
    path: Path | str, *, language: str | None = None, extractor: Extractor | None = None
) -> Iterator[Document]:
    """The graph Documents of one text/Markdown/HTML/JSON Lines file (what `pledgegraph ingest` writes)."""
    for raw, claims, _info in extract_path(path, language=language, extractor=extractor):
        yield to_document(raw, claims)


def claims_to_jsonl(claims: Iterable[ExtractedClaim]) -> str:
    """JSON Lines: one claim per line, exactly the output keys (ExtractedClaim.to_json_dict)."""
    return "".join(json.dumps(c.to_json_dict(), ensure_ascii=False) + "\n" for c in claims)
