"""The `pledgegraph` command line: the outermost layer. Nothing imports it."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.errors import InputError, PledgegraphError
from graph.settings import Settings

app = typer.Typer(
    name="pledgegraph",
    help=(
        "A knowledge graph of who backs what in international security.\n\n"
        "Nations, alliances, leaders and groups are nodes; what they pledge, support, oppose or decline, and with "
        "whom they coordinate, are edges, each traceable to the exact sentence of its source.\n\n"
        "Typical session: `pledgegraph ingest corpus/` then `pledgegraph backers --kind troops --beneficiary UKR`, "
        "`pledgegraph actor Francia`, `pledgegraph serve`."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

StoreOpt = Annotated[
    str | None,
    typer.Option("--store", help="embedded (default, a local file) or neo4j; or set PLEDGEGRAPH_STORE"),
]
DataDirOpt = Annotated[
    Path | None,
    typer.Option("--data-dir", help="folder of the embedded store (default .pledgegraph/, or PLEDGEGRAPH_DATA_DIR)"),
]


def settings_for(store: str | None = None, data_dir: Path | None = None) -> Settings:
    overrides: dict[str, Any] = {}
    if store:
        overrides["store"] = store
    if data_dir:
        overrides["data_dir"] = data_dir
    return Settings(**overrides)


def fail(exc: PledgegraphError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc.message}", highlight=False)
    if exc.hint:
        err.print(f"[yellow]hint:[/] {exc.hint}", highlight=False)
    return typer.Exit(code=2)


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal and not _force_progress(),
    )


def _force_progress() -> bool:
    import os

    return os.environ.get("PLEDGEGRAPH_PROGRESS") == "1"


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="curated YAML files, text/Markdown/HTML/JSONL articles, or "
                                                     "folders of them")],
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    lang: Annotated[str, typer.Option(help="language of text inputs: auto, it, en, fr, de")] = "auto",
) -> None:
    """Validate and store claims. Bad files are refused with file:line and field; good ones go in.

    Ingesting the same files again changes nothing. Example: `pledgegraph ingest corpus/`.
    """
    from graph.store import open_store
    from ingest.pipeline import expand_paths, ingest_paths

    try:
        st = open_store(settings_for(store, data_dir))
        files = expand_paths(paths)
        with progress_bar() as bar:
            task = bar.add_task("ingesting", total=len(files))
            report = ingest_paths(st, files, language=None if lang == "auto" else lang,
                                  on_file=lambda _p: bar.advance(task))
        st.close()
    except PledgegraphError as exc:
        raise fail(exc) from exc
    created = ", ".join(f"{v} {k}" for k, v in sorted(report.written.created.items())) or "nothing new"
    updated = ", ".join(f"{v} {k}" for k, v in sorted(report.written.updated.items()))
    out.print(f"{report.files} file(s), {report.documents} document(s): created {created}"
              + (f"; more evidence on {updated}" if updated else ""))
    for path in report.empty:
        err.print(f"[yellow]warning:[/] {path}: no claims found")
    for e in report.errors:
        err.print(f"[bold red]refused:[/] {e.message}", highlight=False)
        if e.hint:
            err.print(f"  [yellow]hint:[/] {e.hint}", highlight=False)
    if report.errors:
        raise typer.Exit(code=1)


@app.command()
def backers(
    kind: Annotated[str | None, typer.Option(help="kind of contribution: troops, air_defense, intelligence, ...")]
    = None,
    beneficiary: Annotated[str | None, typer.Option(help="whom it is for: an id (UKR) or a name (Ucraina)")] = None,
    min_modality: Annotated[str | None, typer.Option(help="lowest rung: considering < willing < planned < "
                                                         "pledged < signed < delivered")] = None,
    as_of: Annotated[str | None, typer.Option(help="positions in force on this date (YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Who backs a kind of contribution for a beneficiary, with the quote behind each position.

    Example: `pledgegraph backers --kind troops --beneficiary UKR --min-modality willing`.
    """
    from graph.query import QueryService
    from graph.store import open_store

    try:
        day = date.fromisoformat(as_of) if as_of else None
    except ValueError as exc:
        raise typer.BadParameter(f"{as_of!r} is not a date (YYYY-MM-DD)", param_hint="--as-of") from exc
    try:
        st = open_store(settings_for(store, data_dir))
        svc = QueryService(st)
        ben = svc.resolve_actor(beneficiary).id if beneficiary else None
        rows = svc.backers(kind=kind, beneficiary=ben, min_modality=min_modality, as_of=day)
    except PledgegraphError as exc:
        raise fail(exc) from exc
    if as_json:
        out.print_json(json.dumps([r.model_dump(mode="json") for r in rows]))
        return
    table = Table(title=f"Backers of {kind or 'anything'} for {ben or 'anyone'}"
                  + (f" as of {day}" if day else ""))
    for col in ("actor", "kinds", "modality", "quote", "source"):
        table.add_column(col, overflow="fold")
    for b in rows:
        top = next(c for c in b.claims if c.claim.modality == b.highest_modality)
        ev = top.evidence[0] if top.evidence else None
        table.add_row(f"{b.actor.id} {b.actor.name}", ", ".join(b.kinds), b.highest_modality,
                      ev.quote if ev and ev.quote else "", (ev.title or ev.url or "") if ev else "")
    out.print(table)
    if not rows:
        err.print("no backers match; try a lower --min-modality, another --kind, or no --as-of")


@app.command()
def actor(
    id_or_alias: Annotated[str, typer.Argument(help="an id (FRA, Q22686) or any name in any language: "
                                                    "Francia, 'Regno Unito', Washington, Casa Bianca")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """An actor's profile: what it pledges, supports, opposes, declines; partners; memberships; offices."""
    from graph.query import QueryService
    from graph.store import open_store

    try:
        prof = QueryService(open_store(settings_for(store, data_dir))).profile(id_or_alias)
    except PledgegraphError as exc:
        raise fail(exc) from exc
    if as_json:
        out.print_json(prof.model_dump_json())
        return
    a = prof.actor
    out.print(f"[bold]{a.id}[/] {a.name} ({a.kind.value})", highlight=False)
    for lang in ("en", "it", "fr", "de", "es"):
        if a.aliases.get(lang):
            out.print(f"  {lang}: {', '.join(a.aliases[lang][:8])}", highlight=False)
    for label, views in (("pledges", prof.pledges), ("supports", prof.supports), ("opposes", prof.opposes),
                         ("declines", prof.declines), ("coordinates with", prof.coordinates)):
        for v in views:
            q = v.evidence[0].quote if v.evidence else ""
            out.print(f"  {label} {v.object_label} [{v.claim.modality}] — “{q}”", highlight=False)
    for ln in prof.memberships:
        out.print(f"  member of {ln.dst}" + (f" since {ln.since}" if ln.since else "")
                  + (f" until {ln.until}" if ln.until else ""), highlight=False)
    for ln in prof.offices:
        out.print(f"  {ln.role or 'office'} of {ln.dst}" + (f" {ln.since}..{ln.until or ''}" if ln.since else ""),
                  highlight=False)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="graphml, json (node-link) or csv (one row per claim)")]
    = "json",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write; default stdout")] = None,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Export the whole graph for Gephi, networkx, spreadsheets. Deterministic output."""
    from graph import export as ex
    from graph.store import open_store

    writers = {"graphml": ex.to_graphml, "json": ex.to_json, "csv": ex.to_csv}
    if fmt not in writers:
        raise typer.BadParameter(f"{fmt!r}: choose graphml, json or csv", param_hint="--format")
    try:
        text = writers[fmt](open_store(settings_for(store, data_dir)))
    except PledgegraphError as exc:
        raise fail(exc) from exc
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output} ({len(text.encode()):,} bytes)")
    else:
        sys.stdout.write(text)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Serve the HTTP API (docs at /docs) and the graph page."""
    import uvicorn

    from api.app import create_app

    settings = settings_for(store, data_dir)
    err.print(f"serving the {settings.store} store on http://{host}:{port} (API docs: /docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


neo4j_app = typer.Typer(help="Run the project's own Neo4j 5.26 (assembled from Maven Central) on loopback.",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")

HomeOpt = Annotated[Path | None, typer.Option("--home", help="server folder (default .neo4j/ or "
                                                            "PLEDGEGRAPH_NEO4J_HOME)")]


def _neo4j_home(home: Path | None) -> Path:
    return home or Settings().neo4j_home


@neo4j_app.command("start")
def neo4j_start(
    home: HomeOpt = None,
    port: Annotated[int | None, typer.Option(help="Bolt port (default: a free one)")] = None,
    heap: Annotated[str, typer.Option(help="JVM heap, e.g. 512m or 2g")] = "512m",
) -> None:
    """Build (first time: a few minutes from Maven Central) and start Neo4j; prints the bolt:// URI.

    Authentication is on; the generated password is in HOME/password (mode 0600). Use the graph with
    `--store neo4j` on any command, or PLEDGEGRAPH_STORE=neo4j.
    """
    from graph import neo4j_server as srv

    try:
        info = srv.start(_neo4j_home(home), port=port, heap=heap, progress=lambda m: err.print(m))
    except srv.Neo4jServerError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(code=2) from exc
    out.print(info.uri, highlight=False)
    err.print(f"user {info.user}, password in {info.home / 'password'}; HTTP {info.http_uri or 'off'}; "
              f"pid {info.pid}")


@neo4j_app.command("stop")
def neo4j_stop(home: HomeOpt = None) -> None:
    """Stop the project's Neo4j cleanly (SIGTERM, then SIGKILL after a minute)."""
    from graph import neo4j_server as srv

    stopped = srv.stop(_neo4j_home(home))
    err.print("stopped" if stopped else "it was not running")


@neo4j_app.command("status")
def neo4j_status(home: HomeOpt = None) -> None:
    """Say whether the project's Neo4j runs, and where. Exit code 1 when it does not."""
    from graph import neo4j_server as srv

    info = srv.status(_neo4j_home(home))
    if info is None:
        err.print("not running; start it with `pledgegraph neo4j start`")
        raise typer.Exit(code=1)
    out.print(f"{info.uri} (pid {info.pid}, HTTP {info.http_uri or 'off'})", highlight=False)


def _parse_param(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise typer.BadParameter(f"{text!r}: write --param name=value (value as JSON, else a string)",
                                 param_hint="--param")
    key, raw = text.split("=", 1)
    try:
        return key, json.loads(raw)
    except json.JSONDecodeError:
        return key, raw


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="a read-only Cypher query, values as $parameters")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=value (JSON or text); "
                                                                          "repeatable")] = None,
    timeout: Annotated[float | None, typer.Option(help="seconds before the query is stopped")] = None,
    row_cap: Annotated[int | None, typer.Option(help="rows returned at most")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Run read-only Cypher against the Neo4j store, with a timeout and a row cap.

    The server decides what is read-only: the query is planned with EXPLAIN first and anything that would write
    (CREATE, MERGE, SET, DELETE, CALL ... IN TRANSACTIONS, schema commands) is refused before it runs.
    Example: pledgegraph cypher "MATCH (a:Actor)-[r:PLEDGES]->(c:Commitment {kind: $k}) RETURN a.id, r.modality"
    -p k=troops
    """
    from graph.store.neo4j import Neo4jStore

    settings = settings_for("neo4j")
    params = dict(_parse_param(p) for p in (param or []))
    try:
        store = Neo4jStore.from_settings(settings)
        cols, rows, truncated = store.run_readonly(query, params, timeout=timeout or settings.cypher_timeout,
                                                   row_cap=row_cap or settings.cypher_row_cap)
        store.close()
    except PledgegraphError as exc:
        raise fail(exc) from exc
    if as_json:
        out.print_json(json.dumps({"columns": cols, "rows": rows, "truncated": truncated}, default=str))
        return
    table = Table(*cols)
    for r in rows:
        table.add_row(*(json.dumps(v, default=str, ensure_ascii=False) if not isinstance(v, str) else v
                        for v in r))
    out.print(table)
    err.print(f"{len(rows)} row(s)" + (" (truncated at the row cap)" if truncated else ""))


@app.command()
def sync(
    source: Annotated[str, typer.Option("--from", help="store to copy from: embedded or neo4j")] = "embedded",
    target: Annotated[str, typer.Option("--to", help="store to copy into: neo4j or embedded")] = "neo4j",
    data_dir: DataDirOpt = None,
) -> None:
    """Copy a whole graph from one store into the other (idempotent: claims merge by id).

    Example: pledgegraph sync --from embedded --to neo4j
    """
    from graph.store import open_store
    from graph.sync import copy_graph
    from ingest.pipeline import ensure_reference

    if {source, target} != {"embedded", "neo4j"}:
        raise typer.BadParameter("copy between embedded and neo4j, one each way", param_hint="--from/--to")
    try:
        src = open_store(settings_for(source, data_dir))
        dst = open_store(settings_for(target, data_dir))
        ensure_reference(dst)
        with progress_bar() as bar:
            task = bar.add_task(f"{source} -> {target}", total=None)
            result = copy_graph(src, dst, progress=lambda n: bar.advance(task, n))
        dst.close()
    except PledgegraphError as exc:
        raise fail(exc) from exc
    out.print(f"copied {result.documents} document(s): created "
              + (", ".join(f"{v} {k}" for k, v in sorted(result.created.items())) or "nothing new"))


@app.command()
def viz(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write (works offline)")],
    center: Annotated[str | None, typer.Option(help="an actor or commitment to centre on (id or name)")] = None,
    depth: Annotated[int, typer.Option(help="hops from the centre")] = 2,
    kinds: Annotated[list[str] | None, typer.Option("--kinds", help="kinds of contribution to keep; repeatable")]
    = None,
    relations: Annotated[list[str] | None, typer.Option("--relations", help="PLEDGES, SUPPORTS, OPPOSES, "
                                                                             "DECLINES, COORDINATES; repeatable")]
    = None,
    as_of: Annotated[str | None, typer.Option(help="only claims in force on this date (YYYY-MM-DD)")] = None,
    min_modality: Annotated[str | None, typer.Option(help="lowest rung of the ladder to draw")] = None,
    title: Annotated[str, typer.Option(help="page title")] = "pledgegraph — who backs what",
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Write the interactive graph page: one self-contained HTML file, nothing loaded from the network.

    Hover an edge for its modality, quantity, condition and quote; filter by kind, relation, modality and date;
    search an actor in any language. Example: pledgegraph viz -o ukraine.html --center UKR --kinds troops
    """
    from graph.query import QueryService
    from graph.store import open_store
    from viz.page import build_page

    try:
        day = date.fromisoformat(as_of) if as_of else None
    except ValueError as exc:
        raise typer.BadParameter(f"{as_of!r} is not a date (YYYY-MM-DD)", param_hint="--as-of") from exc
    try:
        st = open_store(settings_for(store, data_dir))
        centre = None
        if center:
            centre = center if st.get_commitment(center) else QueryService(st).resolve_actor(center).id
        html = build_page(st, center=centre, depth=depth, kinds=kinds or None, relations=relations or None,
                          as_of=day, min_modality=min_modality, title=title)
    except PledgegraphError as exc:
        raise fail(exc) from exc
    output.write_text(html, encoding="utf-8")
    err.print(f"wrote {output} ({len(html.encode()):,} bytes); open it in any browser")


@app.command()
def plot(
    what: Annotated[str, typer.Argument(help="matrix (actors x kinds, highest modality) or coalition (the "
                                             "actors around one commitment)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="a .png or .svg file")],
    beneficiary: Annotated[str | None, typer.Option(help="matrix: only commitments for this actor")] = None,
    commitment: Annotated[str | None, typer.Option(help="coalition: the commitment id (see /commitments)")] = None,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Static pictures for reports, PNG or SVG. Example: pledgegraph plot matrix --beneficiary UKR -o m.svg"""
    from graph.query import QueryService
    from graph.store import open_store
    from viz.plots import backing_matrix, coalition_graph, save

    if output.suffix.lower() not in (".png", ".svg"):
        raise typer.BadParameter("write a .png or a .svg file", param_hint="--output")
    try:
        st = open_store(settings_for(store, data_dir))
        if what == "matrix":
            ben = QueryService(st).resolve_actor(beneficiary).id if beneficiary else None
            fig = backing_matrix(st, beneficiary=ben)
        elif what == "coalition":
            if not commitment:
                raise typer.BadParameter("coalition needs --commitment ID", param_hint="--commitment")
            fig = coalition_graph(st, commitment)
        else:
            raise typer.BadParameter(f"{what!r}: choose matrix or coalition", param_hint="WHAT")
        save(fig, output)
    except PledgegraphError as exc:
        raise fail(exc) from exc
    err.print(f"wrote {output}")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="articles: .txt, .md, .html, or .jsonl with {url, title, "
                                                     "published_at, language, text} per line")],
    lang: Annotated[str, typer.Option(help="auto (detect), it, en, fr, de")] = "auto",
    include_structure: Annotated[bool, typer.Option("--include-structure", help="also print package facts "
                                                    "(PART_OF, TARGETS) that name no backer")] = False,
) -> None:
    """Extract claims from news text and print them as JSON Lines, one claim per line, to stdout.

    Keys: source, subject, relation, kinds, beneficiary, target, modality, quantity, condition, speaker, quote,
    start, end (offsets of the quote in the source text), language, rule, confidence. Warnings (mixed language,
    no claims found) go to stderr. Nothing is stored: use `pledgegraph ingest` for that.
    """
    from ingest.extract.service import claims_to_jsonl, extract_path
    from ingest.pipeline import expand_paths

    language = None if lang == "auto" else lang
    if language not in (None, "it", "en", "fr", "de"):
        raise typer.BadParameter(f"{lang!r}: choose auto, it, en, fr or de", param_hint="--lang")
    failed = False
    try:
        files = expand_paths(paths)
    except PledgegraphError as exc:
        raise fail(exc) from exc
    for path in files:
        try:
            for raw, claims, info in extract_path(path, language=language):
                keep = [c for c in claims if include_structure or c.subject is not None]
                sys.stdout.write(claims_to_jsonl(keep))
                for w in info.get("warnings", []):
                    err.print(f"[yellow]warning:[/] {raw.source_name}: {w}", highlight=False)
        except PledgegraphError as exc:
            failed = True
            err.print(f"[bold red]error:[/] {exc.message}", highlight=False)
    if failed:
        raise typer.Exit(code=1)


@app.command("ingest-gdelt")
def ingest_gdelt(
    paths: Annotated[list[Path], typer.Argument(help="GDELT 2.0 event exports (61 columns; .CSV, .zip or .gz) "
                                                     "or GDELT 1.0 daily/backfile files (57/58 columns)")],
    actor: Annotated[list[str] | None, typer.Option("--actor", help="CAMEO actor/country code to keep on either "
                                                                     "side (USA, FRA, NAT, IGOWSTNAT); repeatable")]
    = None,
    code: Annotated[list[str] | None, typer.Option("--code", help="CAMEO event code prefix to keep (03, 072); "
                                                                   "repeatable")] = None,
    since: Annotated[str | None, typer.Option(help="first event day kept (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="last event day kept (YYYY-MM-DD)")] = None,
    strict: Annotated[bool, typer.Option(help="stop at the first bad row instead of counting it")] = False,
    batch_size: Annotated[int, typer.Option(help="documents per write (one transaction / one save)")] = 2_000,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Import GDELT events as claims: CAMEO codes mapped by ingest/gdelt/cameo_map.yaml (edit it to change the
    mapping), actors by ingest/gdelt/cameo_actors.yaml and pycountry, SOURCEURL as the Source, GoldsteinScale,
    NumMentions, NumSources and AvgTone kept on the evidence.

    Streams with bounded memory. Bad rows are counted and the first ones shown with their line numbers; they are
    never fatal unless --strict. Example: pledgegraph ingest-gdelt 20191024143000.export.CSV --actor UKR --code 07
    """
    from graph.store import open_store
    from ingest.gdelt.loader import GdeltFilter, GdeltStats, load_gdelt

    def day(value: str | None, flag: str) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError as exc:
            raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=flag) from exc

    flt = GdeltFilter(actors=frozenset(a.upper() for a in actor or ()), event_prefixes=tuple(code or ()),
                      since=day(since, "--since"), until=day(until, "--until"), mapped_only=True)
    for p in paths:
        if not p.exists():
            raise fail(InputError("no such file", path=str(p)))
    stats = GdeltStats()
    result = None
    failure: PledgegraphError | None = None
    try:
        st = open_store(settings_for(store, data_dir))
    except PledgegraphError as exc:
        raise fail(exc) from exc
    try:
        with progress_bar() as bar:
            task = bar.add_task("rows read", total=None)
            result, stats = load_gdelt(st, paths, flt=flt, strict=strict, stats=stats, batch_size=batch_size,
                                       on_batch=lambda s: bar.update(task, completed=s.rows))
            bar.update(task, completed=stats.rows)
    except InputError as exc:  # a file that is not GDELT at all: report what was read, then fail
        failure = exc
    except PledgegraphError as exc:
        raise fail(exc) from exc
    finally:
        st.close()
    d = stats.as_dict()
    out.print(f"{stats.rows:,} rows in {stats.files} file(s): {stats.events:,} events kept, {stats.claims:,} "
              f"claims in {stats.documents:,} sources; skipped {stats.unmapped:,} unmapped, {stats.filtered:,} "
              f"filtered, {stats.unresolved:,} with unresolved actors, {stats.geo_conflicts:,} place-name "
              f"homonyms; {stats.bad:,} bad rows", highlight=False)
    created = result.created if result else {}
    out.print("stored: " + (", ".join(f"{v} {k}" for k, v in sorted(created.items())) or "nothing new"))
    for bad in stats.bad_rows:
        err.print(f"[yellow]bad row:[/] {bad}", highlight=False)
    if stats.bad > len(stats.bad_rows):
        err.print(f"... and {stats.bad - len(stats.bad_rows):,} more bad rows")
    if d.get("formats"):
        err.print(f"formats: {d['formats']}")
    if failure is not None:
        raise fail(failure)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
