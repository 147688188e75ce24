"""A streaming reader for GDELT event files: 2.0 exports, 1.0 daily and backfile rows; plain, zip or gzip.

The format is decided per row by its column count, so one file may mix them (the 1.0 sample does):

| columns | format        | what                                                                 |
|---------|---------------|----------------------------------------------------------------------|
| 61      | `v2`          | 2.0 export: `*_ADM2Code` columns, DATEADDED YYYYMMDDHHMMSS, SOURCEURL |
| 58      | `v1`          | 1.0 daily file: no ADM2 columns, DATEADDED YYYYMMDD, SOURCEURL        |
| 57      | `v1-backfile` | 1.0 historical backfile: as `v1` without SOURCEURL                    |

The column order is the one of the GDELT 2.0 Event Codebook (GLOBALEVENTID ... DATEADDED, SOURCEURL).

Design, for speed and flat memory:
- one pass, line by line, over a buffered text stream; `str.split('\t')` per line (no csv module: GDELT has
  no quoting);
- cheap checks on every row first (column count by counting tabs, GLOBALEVENTID, SQLDATE), then the read-time
  filter on the first 27 fields split from the raw line (codes, countries, the date as its YYYYMMDD string),
  and only then the full split and the typed parse of the numbers. So a row dropped by the filter is never
  fully parsed: an unparsable *number* in a filtered-out row is not counted as bad (structural errors —
  column count, id, date — always are);
- nothing is kept per row: dates go through small bounded caches, bad rows are counted and only the first
  `max_bad` are kept for the report.

Errors: a bad row is never fatal (counted in `GdeltStats.bad`, with path, line and reason) unless
`strict=True`, then the first one raises `InputError` naming file and line. A file that cannot be read at all
(missing, corrupt zip, truncated gzip) raises `InputError` naming the file: events read before a truncation
was noticed have already been yielded, so a caller that needs all-or-nothing must buffer or use a transaction.
"""

from __future__ import annotations

import gzip
import io
import os
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO

from graph.errors import InputError

__all__ = [
    "BadRow",
    "GdeltEvent",
    "GdeltFilter",
    "GdeltStats",
    "read_events",
    "FORMATS",
]


# --------------------------------------------------------------------------------------------------- layouts


@dataclass(frozen=True, slots=True)
class _Layout:
    """Column positions of one format (0-based)."""

    name: str
    ncols: int
    a1geo: int  # Actor1Geo_Type; the geo block is type, fullname, country, adm1, [adm2], lat, lon, featureid
    a2geo: int
    action: int
    has_adm2: bool
    date_added: int
    url: int | None

    def geo(self, start: int) -> tuple[int, int, int, int, int, int, int]:
        """(type, fullname, country, adm1, lat, lon, featureid) of the geo block starting at `start`."""
        off = 1 if self.has_adm2 else 0
        return (start, start + 1, start + 2, start + 3, start + 4 + off, start + 5 + off, start + 6 + off)


V2 = _Layout("v2", 61, a1geo=35, a2geo=43, action=51, has_adm2=True, date_added=59, url=60)
V1 = _Layout("v1", 58, a1geo=35, a2geo=42, action=49, has_adm2=False, date_added=56, url=57)
V1_BACKFILE = _Layout("v1-backfile", 57, a1geo=35, a2geo=42, action=49, has_adm2=False, date_added=56, url=None)
_LAYOUTS: dict[int, _Layout] = {x.ncols: x for x in (V2, V1, V1_BACKFILE)}
FORMATS: tuple[str, ...] = tuple(x.name for x in (V2, V1, V1_BACKFILE))

# Shared columns (identical in every format).
ID, DAY = 0, 1
A1CODE, A1NAME, A1COUNTRY, A1GROUP, A1ETHNIC, A1REL1, A1REL2, A1TYPE1, A1TYPE2, A1TYPE3 = range(5, 15)
A2CODE, A2NAME, A2COUNTRY, A2GROUP, A2ETHNIC, A2REL1, A2REL2, A2TYPE1, A2TYPE2, A2TYPE3 = range(15, 25)
IS_ROOT, EVENT_CODE, BASE_CODE, ROOT_CODE, QUAD, GOLDSTEIN, N_MENTIONS, N_SOURCES, N_ARTICLES, TONE = range(25, 35)


# ---------------------------------------------------------------------------------------------------- records


@dataclass(slots=True)
class GdeltEvent:
    """One GDELT event row, typed. Codes are kept as GDELT wrote them ('' when absent)."""

    global_event_id: int
    day: date  # SQLDATE: the day of the event (as the article reports it)
    actor1_code: str
    actor1_name: str
    actor1_country: str
    actor1_known_group: str
    actor1_types: tuple[str, ...]
    actor2_code: str
    actor2_name: str
    actor2_country: str
    actor2_known_group: str
    actor2_types: tuple[str, ...]
    is_root_event: bool
    event_code: str
    event_base_code: str
    event_root_code: str
    quad_class: int
    goldstein: float
    num_mentions: int
    num_sources: int
    num_articles: int
    avg_tone: float
    actor1_geo_type: int
    actor1_geo_fullname: str
    actor1_geo_country: str  # FIPS 10-4 (US, UP, RS...), not CAMEO
    actor2_geo_type: int
    actor2_geo_fullname: str
    actor2_geo_country: str
    action_geo_type: int
    action_geo_fullname: str
    action_geo_country: str
    action_geo_adm1: str
    action_geo_lat: float | None
    action_geo_lon: float | None
    action_geo_feature_id: str
    date_added: datetime  # when GDELT added the row (v2: to the second; v1: the day, at midnight)
    source_url: str | None  # None for 1.0 backfile rows
    line: int
    format: str
    path: str

    def geos(self) -> tuple[tuple[str, str, str], ...]:
        """(role, fullname, FIPS country) of the three geographies, for sanity checks."""
        return (
            ("actor1", self.actor1_geo_fullname, self.actor1_geo_country),
            ("actor2", self.actor2_geo_fullname, self.actor2_geo_country),
            ("action", self.action_geo_fullname, self.action_geo_country),
        )


@dataclass(frozen=True, slots=True)
class BadRow:
    path: str
    line: int
    reason: str
    field: str | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class GdeltStats:
    """Counts of one run, complete once the iterator is exhausted (or closed).

    Reader: rows = bad + filtered + unmapped + events (the rows it yielded); `formats` counts rows by detected
    format (v2 / v1 / v1-backfile), bad ones with a valid column count included.
    Mapping stage: unmapped (code not mapped, when the filter let it through), unresolved (an actor did not
    resolve, or the geo guard refused it), geo_conflicts (of those: refused by the guard), self_loops (both
    actors are the same id), documents, statements, claims."""

    max_bad: int = 20
    files: int = 0
    rows: int = 0
    bad: int = 0
    filtered: int = 0
    unmapped: int = 0
    events: int = 0
    unresolved: int = 0
    geo_conflicts: int = 0
    self_loops: int = 0
    documents: int = 0
    statements: int = 0
    claims: int = 0
    formats: dict[str, int] = field(default_factory=dict)
    bad_rows: list[BadRow] = field(default_factory=list)
    geo_conflict_events: list[int] = field(default_factory=list)

    def add_bad(self, bad: BadRow) -> None:
        self.bad += 1
        if len(self.bad_rows) < self.max_bad:
            self.bad_rows.append(bad)

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "rows": self.rows,
            "bad": self.bad,
            "filtered": self.filtered,
            "unmapped": self.unmapped,
            "events": self.events,
            "unresolved": self.unresolved,
            "geo_conflicts": self.geo_conflicts,
            "self_loops": self.self_loops,
            "documents": self.documents,
            "statements": self.statements,
            "claims": self.claims,
            "formats": dict(self.formats),
            "bad_rows": [str(b) for b in self.bad_rows],
        }


@dataclass(frozen=True)
class GdeltFilter:
    """What to keep, decided at read time on the raw strings (before the full parse).

    - `actors`: CAMEO codes; a row is kept if either side's country code (USA), known-group code (NAT) or full
      actor code (IGOWSTNAT, USAGOV) is one of them. Empty = no actor filter.
    - `event_prefixes`: CAMEO event code prefixes ('03', '072'); empty = all.
    - `since` / `until`: inclusive bounds on the event day (SQLDATE).
    - `mapped_only`: keep only event codes the mapping maps (rows dropped this way count as `unmapped`,
      not `filtered`); needs a mapping (the default one if none is given to the reader).
    """

    actors: AbstractSet[str] = frozenset()
    event_prefixes: Sequence[str] = ()
    since: date | None = None
    until: date | None = None
    mapped_only: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "actors", frozenset(self.actors))
        prefixes = (self.event_prefixes,) if isinstance(self.event_prefixes, str) else self.event_prefixes
        object.__setattr__(self, "event_prefixes", tuple(prefixes))


# ------------------------------------------------------------------------------------------------- opening


_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_GZIP_MAGIC = b"\x1f\x8b"
_READ_ERRORS = (EOFError, zlib.error, zipfile.BadZipFile, gzip.BadGzipFile, OSError)
_BUFFER = 1 << 20
_BAD_COLUMNS = "expected 61, 58 or 57 tab-separated columns, found {}"
_EMPTY_ID = "GLOBALEVENTID is empty"


def _text(stream: IO[bytes]) -> io.TextIOWrapper:
    # newline='\n': a line ends at LF only (a stray CR inside a field does not split the row);
    # a CR before the LF is stripped later
    # utf-8-sig: a byte-order mark, if any, is dropped; undecodable bytes become U+FFFD, not an error
    return io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="\n")  # type: ignore[arg-type]


@contextmanager
def _opened(p: str) -> Iterator[IO[bytes]]:
    try:
        raw = open(p, "rb", buffering=_BUFFER)  # noqa: SIM115 - closed below
    except OSError as e:
        raise InputError(f"cannot open GDELT file: {e.strerror or e}", path=p) from e
    with raw:
        yield raw


def _streams(p: str) -> Generator[tuple[str, io.TextIOWrapper], None, None]:
    """(display path, text stream) of a plain, gzipped or zipped file (every member of a zip, in order).

    The compression is detected from the first bytes, not from the name. Errors while *opening* raise
    InputError here; errors while *reading* (truncated gzip, bad CRC) surface in the caller's loop, which
    knows the line."""
    with _opened(p) as raw:
        try:
            magic = raw.peek(4)[:4]  # type: ignore[attr-defined]
        except OSError as e:
            raise InputError(f"cannot read GDELT file: {e}", path=p) from e
        if magic.startswith(_ZIP_MAGIC) or magic.startswith(_EMPTY_ZIP_MAGIC):
            try:
                zf = zipfile.ZipFile(raw)
                members = [m for m in zf.infolist() if not m.is_dir()]
            except _READ_ERRORS as e:
                raise InputError(f"corrupt zip archive: {e}", path=p) from e
            with zf:
                for m in members:
                    try:
                        member = zf.open(m)
                    except _READ_ERRORS as e:
                        raise InputError(f"corrupt zip member {m.filename!r}: {e}", path=p) from e
                    with member, _text(member) as text:
                        yield (f"{p}:{m.filename}" if len(members) > 1 else p), text
        elif magic.startswith(_GZIP_MAGIC):
            with gzip.GzipFile(fileobj=raw, mode="rb") as gz, _text(gz) as text:  # type: ignore[arg-type]
                yield p, text
        else:
            with _text(raw) as text:
                yield p, text


# ------------------------------------------------------------------------------------------------- parsing


_DAY_CACHE: dict[str, date] = {}
_ADDED_CACHE: dict[str, datetime] = {}
_CACHE_LIMIT = 50_000


def _parse_day(s: str) -> date:
    d = _DAY_CACHE.get(s)
    if d is None:
        if len(s) != 8 or not s.isdigit():
            raise ValueError(s)
        d = date(int(s[:4]), int(s[4:6]), int(s[6:8]))
        if len(_DAY_CACHE) >= _CACHE_LIMIT:
            _DAY_CACHE.clear()
        _DAY_CACHE[s] = d
    return d


def _parse_added(s: str) -> datetime:
    d = _ADDED_CACHE.get(s)
    if d is None:
        if not s.isdigit() or len(s) not in (8, 14):
            raise ValueError(s)
        if len(s) == 8:
            d = datetime(int(s[:4]), int(s[4:6]), int(s[6:8]))
        else:
            d = datetime(int(s[:4]), int(s[4:6]), int(s[6:8]), int(s[8:10]), int(s[10:12]), int(s[12:14]))
        if len(_ADDED_CACHE) >= _CACHE_LIMIT:
            _ADDED_CACHE.clear()
        _ADDED_CACHE[s] = d
    return d


def _opt_float(s: str) -> float | None:
    return float(s) if s else None


def _geo_type(s: str) -> int:
    return int(s) if s else 0


_NUMERIC_FIELDS: tuple[tuple[str, int, Callable[[str], object]], ...] = (
    ("IsRootEvent", IS_ROOT, int),
    ("QuadClass", QUAD, int),
    ("GoldsteinScale", GOLDSTEIN, float),
    ("NumMentions", N_MENTIONS, int),
    ("NumSources", N_SOURCES, int),
    ("NumArticles", N_ARTICLES, int),
    ("AvgTone", TONE, float),
)


def _which_field(parts: list[str], lay: _Layout) -> tuple[str, str]:
    """After a ValueError in the full parse: the name and value of the offending field."""
    checks: list[tuple[str, int, Callable[[str], object]]] = [("SQLDATE", DAY, _parse_day), *_NUMERIC_FIELDS]
    for label, start in (("Actor1Geo", lay.a1geo), ("Actor2Geo", lay.a2geo)):
        checks.append((f"{label}_Type", start, _geo_type))
    t, _n, _c, _a, lat, lon, _f = lay.geo(lay.action)
    checks += [
        ("ActionGeo_Type", t, _geo_type),
        ("ActionGeo_Lat", lat, _opt_float),
        ("ActionGeo_Long", lon, _opt_float),
        ("DATEADDED", lay.date_added, _parse_added),
    ]
    for name, idx, fn in checks:
        try:
            fn(parts[idx])
        except ValueError:
            return name, parts[idx]
    return "?", ""


def _make_parser(lay: _Layout) -> Callable[[list[str], int, str], GdeltEvent]:
    """The full typed parse for one layout, with its column positions bound (it runs once per kept row).

    The returned function raises ValueError on an unparsable field; the caller finds out which."""
    a1, a2, ac = lay.a1geo, lay.a2geo, lay.action
    _t, _n, _c, adm1, lat_i, lon_i, fid_i = lay.geo(ac)
    added_i, url_i, fmt = lay.date_added, lay.url, lay.name
    day_cache, added_cache = _DAY_CACHE, _ADDED_CACHE
    event = GdeltEvent

    def parse(parts: list[str], lineno: int, path: str) -> GdeltEvent:
        s = parts[DAY]
        day = day_cache.get(s) or _parse_day(s)
        s = parts[added_i]
        added = added_cache.get(s) or _parse_added(s)
        t1, t2, t3 = parts[A1TYPE1], parts[A1TYPE2], parts[A1TYPE3]
        types1 = ((t1, t2, t3) if t3 else (t1, t2)) if t2 else ((t1,) if t1 else ())
        t1, t2, t3 = parts[A2TYPE1], parts[A2TYPE2], parts[A2TYPE3]
        types2 = ((t1, t2, t3) if t3 else (t1, t2)) if t2 else ((t1,) if t1 else ())
        root = parts[IS_ROOT]
        g1, g2, g3, lat, lon = parts[a1], parts[a2], parts[ac], parts[lat_i], parts[lon_i]
        return event(
            int(parts[ID]),
            day,
            parts[A1CODE],
            parts[A1NAME],
            parts[A1COUNTRY],
            parts[A1GROUP],
            types1,
            parts[A2CODE],
            parts[A2NAME],
            parts[A2COUNTRY],
            parts[A2GROUP],
            types2,
            root == "1" or (root != "0" and bool(int(root))),
            parts[EVENT_CODE],
            parts[BASE_CODE],
            parts[ROOT_CODE],
            int(parts[QUAD]),
            float(parts[GOLDSTEIN]),
            int(parts[N_MENTIONS]),
            int(parts[N_SOURCES]),
            int(parts[N_ARTICLES]),
            float(parts[TONE]),
            int(g1) if g1 else 0,
            parts[a1 + 1],
            parts[a1 + 2],
            int(g2) if g2 else 0,
            parts[a2 + 1],
            parts[a2 + 2],
            int(g3) if g3 else 0,
            parts[ac + 1],
            parts[ac + 2],
            parts[adm1],
            float(lat) if lat else None,
            float(lon) if lon else None,
            parts[fid_i],
            added,
            (parts[url_i] or None) if url_i is not None else None,
            lineno,
            fmt,
            path,
        )

    return parse


_PARSERS: dict[str, Callable[[list[str], int, str], GdeltEvent]] = {
    x.name: _make_parser(x) for x in (V2, V1, V1_BACKFILE)
}


def read_events(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    filter: GdeltFilter | None = None,  # noqa: A002 - the lead's API name
    *,
    mapping: object | None = None,
    strict: bool = False,
    stats: GdeltStats | None = None,
) -> Iterator[GdeltEvent]:
    """Stream typed events from one or more GDELT files, in file order.

    `mapping` (anything with `is_mapped(code)`) is only used for `filter.mapped_only`; the packaged CAMEO map
    is loaded if none is given. `stats` is updated in place as rows are read."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    flt = filter or GdeltFilter()
    st = stats if stats is not None else GdeltStats()
    is_mapped: Callable[[str], bool] | None = None
    if flt.mapped_only:
        if mapping is None:
            from ingest.gdelt.mapping import CameoMapping

            mapping = CameoMapping.default()
        is_mapped = mapping.is_mapped  # type: ignore[attr-defined]
    mapped_cache: dict[str, bool] = {}  # event code -> mapped? (a few hundred codes at most)
    actors = flt.actors
    prefixes = tuple(flt.event_prefixes)
    since = flt.since.strftime("%Y%m%d") if flt.since else None
    until = flt.until.strftime("%Y%m%d") if flt.until else None
    formats = st.formats

    def bad(path: str, lineno: int, reason: str, fld: str | None) -> None:
        b = BadRow(path, lineno, reason, fld)
        if strict:
            raise InputError(reason, path=path, line=lineno, field=fld)
        st.add_bad(b)

    day_cache = _DAY_CACHE
    parsers = _PARSERS
    no_filter = not (actors or prefixes or since or until or is_mapped)
    for path in paths:
        st.files += 1
        with closing(_streams(str(path))) as streams:
            for where, text in streams:
                rows = filtered = unmapped = events = n61 = n58 = n57 = 0
                lineno = 0
                try:
                    for lineno, line in enumerate(text, 1):  # noqa: B007 - lineno is reported on errors
                        ncols = line.count("\t") + 1
                        if ncols == 61:
                            n61 += 1
                            lay = V2
                        elif ncols == 58:
                            n58 += 1
                            lay = V1
                        elif ncols == 57:
                            n57 += 1
                            lay = V1_BACKFILE
                        else:
                            if line.isspace() or not line:
                                continue  # blank lines (a trailing newline) are not rows
                            rows += 1
                            bad(where, lineno, _BAD_COLUMNS.format(ncols), None)
                            continue
                        rows += 1
                        # the fields up to EventCode; the full split only for rows the filter keeps
                        head = parts = line.rstrip("\r\n").split("\t") if no_filter else line.split("\t", 27)
                        gid = head[ID]
                        if not (gid.isascii() and gid.isdigit()):
                            bad(
                                where,
                                lineno,
                                f"GLOBALEVENTID {gid!r} is not an integer" if gid else _EMPTY_ID,
                                "GLOBALEVENTID",
                            )
                            continue
                        day = head[DAY]
                        if day not in day_cache:
                            try:
                                _parse_day(day)
                            except ValueError:
                                bad(where, lineno, f"SQLDATE {day!r} is not a YYYYMMDD date", "SQLDATE")
                                continue
                        # ---- the filter, on raw strings
                        if actors and not (
                            head[A1COUNTRY] in actors
                            or head[A2COUNTRY] in actors
                            or head[A1GROUP] in actors
                            or head[A2GROUP] in actors
                            or head[A1CODE] in actors
                            or head[A2CODE] in actors
                        ):
                            filtered += 1
                            continue
                        code = head[EVENT_CODE]
                        if (
                            (prefixes and not code.startswith(prefixes))
                            or (since is not None and day < since)
                            or (until is not None and day > until)
                        ):
                            filtered += 1
                            continue
                        if is_mapped is not None:
                            ok = mapped_cache.get(code)
                            if ok is None:
                                ok = mapped_cache[code] = bool(is_mapped(code))
                            if not ok:
                                unmapped += 1
                                continue
                        # ---- the full parse
                        if not no_filter:
                            parts = line.rstrip("\r\n").split("\t")
                        try:
                            ev = parsers[lay.name](parts, lineno, where)
                        except ValueError:
                            name, value = _which_field(parts, lay)
                            bad(where, lineno, f"{name} {value!r} is not a valid value", name)
                            continue
                        events += 1
                        yield ev
                except _READ_ERRORS as e:
                    at = f"after line {lineno}" if lineno else "before the first line"
                    raise InputError(
                        f"corrupt or truncated file, {at}: {e}",
                        path=where,
                        hint="the rows before it were read already; fetch the file again",
                    ) from e
                finally:
                    st.rows += rows
                    st.filtered += filtered
                    st.unmapped += unmapped
                    st.events += events
                    for name, n in (("v2", n61), ("v1", n58), ("v1-backfile", n57)):
                        if n:
                            formats[name] = formats.get(name, 0) + n
