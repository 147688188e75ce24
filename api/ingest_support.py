"""POST /ingest's two inputs turned into graph Documents: a curated claim file given as text, and article text
given to the extractor. Nothing here writes; the router does, under the store's write lock.

`parse_curated_text` is `ingest.curated.read_curated` for text that never was a file: same validation, same
errors naming the line and the field, with `name` standing in for the path. The one difference: a curated file
sent over HTTP must carry its source text inline (source.text); `source.text_file` would make the server
read a file of its own disk, and is refused.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from graph.errors import InputError, NotSupportedError, PledgegraphError
from graph.model import Document
from ingest.curated import MAX_FILE_BYTES, CuratedFile, _field_name, _line_for, _line_index, to_document

ActorExists = Callable[[str], bool]

EXTRACTOR_HINT = (
    "the text extractor (ingest.extract.service.extract_document) is not available in this build; "
    'send a curated claim file instead ({"curated": "<YAML>"})'
)


def parse_curated_text(text: str, name: str = "<request>") -> tuple[CuratedFile, dict[tuple[Any, ...], int]]:
    """Parse and validate curated YAML given as text; InputError names `name`, the line and the field."""
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(
            f"curated file is {len(raw):,} bytes, over the {MAX_FILE_BYTES:,}-byte limit",
            path=name,
            field="curated",
        )
    if not text.strip():
        raise InputError("curated file is empty", path=name, field="curated")
    if "\x00" in text:
        raise InputError("curated file contains NUL bytes", path=name, field="curated")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(
            f"bad YAML: {problem}", path=name, line=(mark.line + 1) if mark else None, field="curated"
        ) from exc
    if not isinstance(data, dict) or node is None:
        raise InputError("expected a mapping with schema, source and claims", path=name, line=1, field="curated")
    lines = _line_index(node)
    try:
        parsed = CuratedFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise InputError(msg + more, path=name, line=_line_for(lines, loc), field=_field_name(loc)) from exc
    if parsed.source.text_file is not None:
        raise InputError(
            "source.text_file cannot be used over HTTP: put the text inline as source.text",
            path=name,
            line=lines.get(("source", "text_file")),
            field="source.text_file",
        )
    return parsed, lines


def curated_document(text: str, actor_exists: ActorExists, name: str = "<request>") -> Document:
    """A curated file given as text -> its Document (quotes checked against the source text, actors too)."""
    cf, lines = parse_curated_text(text, name)
    return to_document(cf, Path(name), lines, actor_exists)


def text_document(
    text: str,
    *,
    format: str = "text",
    title: str | None = None,
    url: str | None = None,
    published_at: date | None = None,
    language: str | None = None,
    max_bytes: int = 5_000_000,
) -> tuple[Document, list[str]]:
    """Article text -> (Document of the claims the extractor finds, warnings)."""
    from ingest.readers import read_string

    raw = read_string(
        text,
        format=format,
        path="<request>",
        max_bytes=max_bytes,
        language=language,
        url=url,
        title=title,
        published_at=published_at,
    )
    return _extract(raw), list(raw.warnings)


def _extractor() -> Callable[..., Any]:
    try:
        from ingest.extract import service
    except ImportError as exc:
        raise NotSupportedError(
            "article text cannot be ingested: the extractor is not installed", hint=EXTRACTOR_HINT
        ) from exc
    fn = getattr(service, "extract_document", None)
    if not callable(fn):
        raise NotSupportedError(
            "article text cannot be ingested: ingest.extract.service has no extract_document",
            hint=EXTRACTOR_HINT,
        )
    return fn


def _extract(raw: Any) -> Document:
    """Call the extractor whichever way it takes its input (a RawDocument, or text and keywords); it returns a
    Document, or (Document, extracted claims)."""
    fn = _extractor()
    params = list(inspect.signature(fn).parameters.values())
    first = params[0].name if params else ""
    try:
        if first in ("text", "content"):
            result = fn(raw.text, title=raw.title, url=raw.url, published_at=raw.published_at, language=raw.language)
        else:
            result = fn(raw)
    except PledgegraphError:
        raise
    except (ValueError, ValidationError) as exc:
        raise InputError(f"the extractor refused the text: {exc}", field="text") from exc
    doc = result[0] if isinstance(result, tuple) else result
    if not isinstance(doc, Document):
        raise NotSupportedError(f"the extractor returned {type(doc).__name__}, not a Document", hint=EXTRACTOR_HINT)
    return doc
