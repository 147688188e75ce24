"""Readers: files and strings -> RawDocument(text, title, url, published_at, language, path, line).

Formats: plain text (.txt), Markdown (.md: markup stripped, text kept), HTML (.html/.htm: boilerplate dropped,
title and paragraphs kept; stdlib html.parser) and JSON Lines (.jsonl: one {"url","title","published_at",
"language","text"} object per line).

Bad input never crashes and never silently yields nothing:
- empty input, binary input (NUL bytes, undecodable UTF-8), input over `max_bytes` -> InputError naming the
file
  (and the line for JSON Lines);
- a language that is undetermined, low-confidence or mixed -> a warning in RawDocument.warnings
  (the document is still returned; `language` is the dominant language, `language_detection` has the details).

For JSON Lines the size limit applies to each line (a corpus file may be large; it is streamed line by line);
for every other format it applies to the whole file.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from graph.errors import InputError
from ingest.langdetect import UNDETERMINED, Detection, detect

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FORMATS = ("text", "markdown", "html", "jsonl")
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


@dataclass(frozen=True)
class RawDocument:
    """One document as read, before extraction. `text` is what offsets refer to (for HTML/Markdown: the text
    left after markup is removed)."""

    text: str
    title: str | None = None
    url: str | None = None
    published_at: date | None = None
    language: str | None = None
    path: str | None = None
    line: int | None = None
    format: str = "text"
    warnings: tuple[str, ...] = ()
    language_detection: Detection | None = field(default=None, compare=False, repr=False)

    @property
    def source_name(self) -> str:
        """What a claim's `source` field says: the url, else the file name (with :line for JSON Lines)."""
        if self.url:
            return self.url
        if self.path:
            name = Path(self.path).name
            return f"{name}:{self.line}" if self.line is not None else name
        return "<text>"

    @property
    def mixed_language(self) -> bool:
        return bool(self.language_detection and self.language_detection.mixed)


# --------------------------------------------------------------------------------------------------- decoding


def decode(data: bytes, *, path: str | None = None, line: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """UTF-8 bytes -> str, refusing oversize, binary and empty input with an InputError."""
    if len(data) > max_bytes:
        raise InputError(
            f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit",
            path=path,
            line=line,
            hint="split the file, or raise the limit (max_bytes)",
        )
    if b"\x00" in data:
        raise InputError(
            "input looks binary (contains NUL bytes)",
            path=path,
            line=line,
            hint="give a text, Markdown, HTML or JSON Lines file in UTF-8",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"input is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            path=path,
            line=line,
            hint="convert the file to UTF-8",
        ) from None
    if not text.strip():
        raise InputError("input is empty", path=path, line=line)
    return text


def _parse_date(value: object, *, path: str | None, line: int | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        s = value.strip()
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            pass
    raise InputError(f"published_at {value!r} is not an ISO date", path=path, line=line, field="published_at")


# --------------------------------------------------------------------------------------------------- language


def with_language(doc: RawDocument) -> RawDocument:
    """Fill `language` when it is not given, and add a warning for mixed, low-confidence or unknown
    languages."""
    d = detect(doc.text)
    warnings = list(doc.warnings)
    language = doc.language
    if language:
        language = language.strip().lower()[:2] if language.strip().lower() != "mixed" else None
    if not language:
        language = d.language if d.language != UNDETERMINED else None
        w = d.warning()
        if w:
            warnings.append(w)
    elif d.mixed:
        w = d.warning()
        if w:
            warnings.append(w)
    return replace(doc, language=language, warnings=tuple(warnings), language_detection=d)


# --------------------------------------------------------------------------------------------------- text /
# md


def _headline(text: str) -> str | None:
    """A plain-text document's first line is its title when it looks like a headline (short, no final
    stop)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and "\n" in text.strip() and not first.endswith((".", "!", "?", "…")):
        return first.lstrip("# ").strip() or None
    return None


def read_text_string(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published_at: date | str | None = None,
    language: str | None = None,
    path: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawDocument:
    """A plain-text document from a string (the CLI/API entry for pasted text)."""
    if len(text.encode("utf-8")) > max_bytes:
        raise InputError(f"input is over the {max_bytes:,}-byte limit", path=path)
    if "\x00" in text:
        raise InputError("input looks binary (contains NUL bytes)", path=path)
    if not text.strip():
        raise InputError("input is empty", path=path)
    doc = RawDocument(
        text=text,
        title=title or _headline(text),
        url=url,
        published_at=_parse_date(published_at, path=path, line=None),
        language=language,
        path=path,
        format="text",
    )
    return with_language(doc)


_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),  # fenced code
    (re.compile(r"<!--.*?-->", re.S), ""),  # comments
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", re.M), r"\1"),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),  # list markers
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italic *x*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # italic _x_
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"<[^>\n]+>"), ""),  # inline html tags
    (re.compile(r"\n{3,}"), "\n\n"),
]
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def strip_markdown(text: str) -> tuple[str, dict[str, str]]:
    """Markdown -> plain text (markup removed, words kept) and the YAML front matter's simple fields, if
    any."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for ln in m.group(1).splitlines():
            if ":" in ln:
                k, v = ln.split(":", 1)
                meta[k.strip().lower()] = v.strip().strip("'\"")
        text = text[m.end() :]
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text.strip() + "\n", meta


def read_markdown_string(
    text: str,
    *,
    path: str | None = None,
    url: str | None = None,
    published_at: date | str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawDocument:
    first_heading = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", text, re.M)
    plain, meta = strip_markdown(text)
    if not plain.strip():
        raise InputError("input has no text once the Markdown markup is removed", path=path)
    title = meta.get("title") or (first_heading.group(1).strip() if first_heading else None)
    return read_text_string(
        plain,
        title=title,
        url=url or meta.get("url"),
        published_at=published_at or meta.get("published_at") or meta.get("date"),
        language=language or meta.get("language") or meta.get("lang"),
        path=path,
        max_bytes=max_bytes,
    )


# --------------------------------------------------------------------------------------------------- html

_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "option",
    "figure",
    "figcaption",
    "menu",
    "dialog",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "br",
    "hr",
    "body",
    "title",
}
_VOID_TAGS = {
    "br",
    "hr",
    "img",
    "input",
    "meta",
    "link",
    "area",
    "base",
    "col",
    "embed",
    "source",
    "track",
    "wbr",
}
_BOILERPLATE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|header|footer|sidebar|cookie|cookies|banner|advert|ads|promo|share|social|"
    r"related|newsletter|subscribe|breadcrumbs?|comments?)(?:$|[\s_-])",
    re.I,
)


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip_stack: list[str] = []
        self.title: str | None = None
        self._in_title = False
        self._title_buf: list[str] = []
        self.h1: str | None = None
        self._in_h1 = False
        self._h1_buf: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang: str | None = None

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
            return
        if self._skip_stack:
            if tag not in _VOID_TAGS:
                self._skip_stack.append(tag)
            return
        boiler = (
            tag in _DROP_TAGS
            or a.get("role", "").lower() in {"navigation", "banner", "contentinfo", "complementary"}
            or a.get("aria-hidden") == "true"
        )
        if not boiler and tag in {"div", "section", "ul", "p", "span"}:
            cls = " ".join((a.get("class", ""), a.get("id", "")))
            boiler = bool(cls.strip()) and bool(_BOILERPLATE_ATTR.search(cls))
        if boiler and tag not in _VOID_TAGS:
            self._skip_stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            # close up to the matching tag (tolerates unclosed children)
            if tag in self._skip_stack:
                while self._skip_stack:
                    if self._skip_stack.pop() == tag:
                        break
            return
        if tag == "title":
            self._in_title = False
            self.title = re.sub(r"\s+", " ", "".join(self._title_buf)).strip() or None
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = re.sub(r"\s+", " ", "".join(self._h1_buf)).strip() or None
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _BLOCK_TAGS and not self._skip_stack:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_buf.append(data)
            return
        if self._skip_stack:
            return
        if self._in_h1:
            self._h1_buf.append(data)
        self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(markup: str) -> tuple[str, str | None, dict[str, str]]:
    """HTML -> (text: one block per line, title, meta fields incl. 'lang'). Boilerplate elements are
    dropped."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    title = parser.meta.get("og:title") or parser.h1 or parser.title
    blocks = parser.blocks
    meta = dict(parser.meta)
    if parser.lang:
        meta["lang"] = parser.lang
    if parser.title:
        meta["html_title"] = parser.title
    text = "\n\n".join(blocks)
    return (html.unescape(text) + "\n" if text else ""), title, meta


def read_html_string(
    markup: str,
    *,
    path: str | None = None,
    url: str | None = None,
    published_at: date | str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawDocument:
    text, title, meta = html_to_text(markup)
    if not text.strip():
        raise InputError(
            "HTML input has no text once boilerplate (script, style, nav, header, footer, aside) is dropped",
            path=path,
        )
    published = published_at or meta.get("article:published_time") or meta.get("datepublished") or None
    try:
        pub = _parse_date(published, path=path, line=None)
    except InputError:
        pub = None  # a publisher's odd meta date is not the caller's error
    lang = language or (meta.get("lang") or "")[:2] or None
    return read_text_string(
        text,
        title=title,
        url=url or meta.get("og:url"),
        published_at=pub,
        language=lang,
        path=path,
        max_bytes=max_bytes,
    )


# --------------------------------------------------------------------------------------------------- jsonl

_JSONL_FIELDS = {"url", "title", "published_at", "language", "text", "id"}


def _jsonl_doc(obj: object, *, path: str | None, line: int, max_bytes: int) -> RawDocument:
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}", path=path, line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("missing or non-string 'text'", path=path, line=line, field="text")
    if not text.strip():
        raise InputError("'text' is empty", path=path, line=line, field="text")
    if "\x00" in text:
        raise InputError("'text' looks binary (contains NUL characters)", path=path, line=line, field="text")
    for key in ("url", "title", "language"):
        if obj.get(key) is not None and not isinstance(obj.get(key), str):
            raise InputError(f"'{key}' must be a string", path=path, line=line, field=key)
    if len(text.encode("utf-8")) > max_bytes:
        raise InputError(f"'text' is over the {max_bytes:,}-byte limit", path=path, line=line, field="text")
    doc = RawDocument(
        text=text,
        title=obj.get("title") or None,
        url=obj.get("url") or None,
        published_at=_parse_date(obj.get("published_at"), path=path, line=line),
        language=obj.get("language") or None,
        path=path,
        line=line,
        format="jsonl",
    )
    return with_language(doc)


def iter_jsonl_lines(
    lines: Iterable[bytes | str], *, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument]:
    """One RawDocument per non-blank line; a bad line raises InputError(path, line)."""
    seen_any = False
    for n, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            if len(raw) > max_bytes + 4096:
                raise InputError(f"line is over the {max_bytes:,}-byte limit", path=path, line=n)
            if b"\x00" in raw:
                raise InputError("line looks binary (contains NUL bytes)", path=path, line=n)
            try:
                s = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                raise InputError("line is not valid UTF-8", path=path, line=n) from None
        else:
            s = raw
        if not s.strip():
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=path, line=n) from None
        seen_any = True
        yield _jsonl_doc(obj, path=path, line=n, max_bytes=max_bytes)
    if not seen_any:
        raise InputError("input is empty (no JSON Lines records)", path=path)


# --------------------------------------------------------------------------------------------------- dispatch


def guess_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    fmt = _EXTENSIONS.get(suffix)
    if fmt is None:
        raise InputError(
            f"unknown file type {suffix!r}; expected one of .txt .md .html .htm .jsonl",
            path=str(path),
            hint="pass format= explicitly",
        )
    return fmt


def read_path(
    path: str | Path,
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = None,
    url: str | None = None,
    published_at: date | str | None = None,
) -> Iterator[RawDocument]:
    """Read one file; yields one RawDocument (text/markdown/html) or one per line (jsonl).

    Raises InputError for a missing file, an unknown type, empty/binary/oversize input or a bad JSON Lines
    line.
    """
    p = Path(path)
    name = str(p)
    fmt = format or guess_format(p)
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}", path=name)
    if not p.is_file():
        raise InputError("no such file", path=name)
    if fmt == "jsonl":
        with p.open("rb") as fh:
            for doc in iter_jsonl_lines(fh, path=name, max_bytes=max_bytes):
                yield replace(doc, language=language or doc.language) if language else doc
        return
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"input is {size:,} bytes, over the {max_bytes:,}-byte limit",
            path=name,
            hint="split the file, or raise the limit (max_bytes)",
        )
    text = decode(p.read_bytes(), path=name, max_bytes=max_bytes)
    yield read_string(
        text,
        format=fmt,
        path=name,
        max_bytes=max_bytes,
        language=language,
        url=url,
        published_at=published_at,
    )


def read_string(
    text: str,
    *,
    format: str = "text",
    path: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published_at: date | str | None = None,
) -> RawDocument:
    """One document from a string in the given format (text, markdown, html). For jsonl use
    read_jsonl_string."""
    if format not in FORMATS or format == "jsonl":
        raise InputError(
            f"read_string cannot read format {format!r}; use text, markdown or html (read_jsonl_string for JSON Lines)",
            path=path,
        )
    if format == "markdown":
        doc = read_markdown_string(
            text, path=path, url=url, published_at=published_at, language=language, max_bytes=max_bytes
        )
    elif format == "html":
        doc = read_html_string(
            text, path=path, url=url, published_at=published_at, language=language, max_bytes=max_bytes
        )
    else:
        doc = read_text_string(
            text,
            title=title,
            url=url,
            published_at=published_at,
            language=language,
            path=path,
            max_bytes=max_bytes,
        )
    if title and doc.title != title:
        doc = replace(doc, title=title)
    return doc


def read_jsonl_string(text: str, *, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument]:
    return list(iter_jsonl_lines(text.splitlines(), path=path, max_bytes=max_bytes))


def read_bytes(
    data: bytes,
    *,
    name: str = "<input>",
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = None,
) -> list[RawDocument]:
    """Uploaded bytes (API) -> documents; format guessed from `name` when not given."""
    fmt = format or guess_format(name)
    if fmt == "jsonl":
        if b"\x00" in data:
            raise InputError("input looks binary (contains NUL bytes)", path=name)
        docs = list(iter_jsonl_lines(data.splitlines(), path=name, max_bytes=max_bytes))
        return [replace(d, language=language) for d in docs] if language else docs
    text = decode(data, path=name, max_bytes=max_bytes)
    return [read_string(text, format=fmt, path=name, max_bytes=max_bytes, language=language)]


def read_paths(paths: Iterable[str | Path], **kwargs: object) -> Iterator[RawDocument]:
    """Every document of every path; directories are walked (sorted) for known extensions."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in _EXTENSIONS and child.suffix:
                    yield from read_path(child, **kwargs)  # type: ignore[arg-type]
        else:
            yield from read_path(p, **kwargs)  # type: ignore[arg-type]
