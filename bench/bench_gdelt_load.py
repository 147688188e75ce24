"""Benchmark of loading GDELT into the stores: claims/s and peak memory, against baselines from the same run.

    python bench/bench_gdelt_load.py                        # 1,000,000 rows into the embedded store
    python bench/bench_gdelt_load.py --neo4j                # and into Neo4j (own server in a temp home)
    python bench/bench_gdelt_load.py --rows 200000 --neo4j --skip-embedded

What it does, all in a temporary directory (removed afterwards unless --keep):
1. generates a GDELT 2.0 export of --rows rows with bench/bench_gdelt_parse.py's generator (rows sampled from
   the real export in ../shared/data/gdelt, unique GLOBALEVENTIDs, shifted days, some actors swapped), then
   makes it load like real data: the real export has ~5 rows per SOURCEURL, and a sample that reuses its 425
   urls a million times would pile every event into a few hundred giant documents, so each url is made unique
   per --rows-per-url consecutive rows (default 20: about as many claims per source as the real export
   gives); and nation actor codes are spread over 30 nations, so that the number of distinct claims grows with
   the file as it would over days of GDELT instead of saturating at the few hundred pairs of one 15-minute
   file;
2. times, in this process, the reader's parse-and-filter with the CLI's default filter (mapped CAMEO codes
   only: every row whose code could become a claim is kept, nothing else is fully parsed): rows/s;
3. runs each load in a fresh child process (so ru_maxrss, the peak resident memory, is that load's alone):
   - baseline: the whole pipeline to Documents, written nowhere (the ceiling any store can reach);
   - the embedded store, `load_gdelt(store, [file], batch_size=--batch-size)` exactly as
     `pledgegraph ingest-gdelt` does it, timing inside the child how long the store spends merging documents in
     memory (`_apply`) and writing its file (`_save`: serialise + write + fsync + rename);
   - with --neo4j, Neo4j (a server started for the run in a temporary home with the repository's built jars,
     `graph.neo4j_server.start(fresh=True, lib_dir=.neo4j/lib)`, stopped at the end; or the server at
     NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, which is loaded into, never wiped);
   - a second baseline, what batching buys: the first --batch-one-rows rows (default 3,000) loaded into a fresh
     store with --batch-size and with batch_size=1 (one save / one transaction per document);
4. prints claims/s (claim records written: the same claim seen again in a later source counts again, as a
   write), documents/s, statements/s and peak memory of each, and each load's rate as a share of the baseline.

Prints numbers only: there is no timing assertion anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
for p in (ROOT, BENCH):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

REAL = ROOT.parent / "shared" / "data" / "gdelt" / "20191024143000.export.CSV"
NATIONS = ("USA", "GBR", "FRA", "DEU", "RUS", "CHN", "ITA", "ESP", "POL", "TUR", "JPN", "IND", "BRA", "CAN",
           "AUS", "ISR", "IRN", "SAU", "EGY", "NLD", "SWE", "NOR", "FIN", "GRC", "ROU", "HUN", "CZE", "BEL",
           "PRT", "MEX")


# ------------------------------------------------------------------------------------------------- generation


def generate(src: Path, dest: Path, rows: int, seed: int, rows_per_url: int) -> None:
    """bench_gdelt_parse's generator, then one streaming pass that spreads urls and nations (see above)."""
    from bench_gdelt_parse import generate as sample

    base = dest.with_name(dest.name + ".sample")
    sample(src, base, rows, seed)
    rng = random.Random(seed)
    group, url = -1, ""
    with open(base, encoding="utf-8", newline="\n") as f, \
            open(dest, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if int(p[0]) // rows_per_url != group:  # a new source: its url is its first row's, made unique
                group = int(p[0]) // rows_per_url
                url = f"{p[60]}#g{group}"
            for code_i, country_i in ((5, 7), (15, 17)):
                code, country = p[code_i], p[country_i]
                if country and code[:3] == country and rng.random() < 0.6:
                    new = NATIONS[rng.randrange(len(NATIONS))]
                    p[code_i], p[country_i] = new + code[3:], new
            p[60] = url
            out.write("\t".join(p))
            out.write("\n")
    base.unlink()


def head(src: Path, dest: Path, rows: int) -> None:
    with open(src, "rb") as f, open(dest, "wb") as out:
        for i, line in enumerate(f):
            if i >= rows:
                break
            out.write(line)


# ------------------------------------------------------------------------------------------------- children


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(stage: str, path: Path, batch_size: int, data_dir: Path | None) -> dict[str, Any]:
    """One measured stage, in this (fresh) process."""
    from ingest.gdelt import GdeltStats, iter_gdelt_documents
    from ingest.gdelt.loader import load_gdelt

    stats = GdeltStats()
    out: dict[str, Any] = {"stage": stage, "batch_size": batch_size}
    t0 = time.perf_counter()
    if stage == "documents":
        for _doc in iter_gdelt_documents([path], stats=stats):
            pass
    elif stage == "embedded":
        from graph.store.embedded import EmbeddedStore

        assert data_dir is not None
        store = EmbeddedStore(data_dir / "graph.json")
        spent = {"apply": 0.0, "save": 0.0, "saves": 0, "reload": 0.0, "reloads": 0}
        apply, save, reload = store._apply, store._save, store._reload_if_changed

        def timed_reload() -> None:
            t = time.perf_counter()
            before = store._signature
            reload()
            spent["reload"] += time.perf_counter() - t
            spent["reloads"] += before != store._signature

        def timed_apply(doc: Any, result: Any) -> None:
            t = time.perf_counter()
            apply(doc, result)
            spent["apply"] += time.perf_counter() - t

        def timed_save() -> None:
            t = time.perf_counter()
            save()
            spent["save"] += time.perf_counter() - t
            spent["saves"] += 1

        store._apply = timed_apply  # type: ignore[method-assign]
        store._save = timed_save  # type: ignore[method-assign]
        store._reload_if_changed = timed_reload  # type: ignore[method-assign]
        load_gdelt(store, [path], stats=stats, batch_size=batch_size)
        out["store_apply_s"], out["store_save_s"], out["saves"] = spent["apply"], spent["save"], spent["saves"]
        out["store_reload_s"], out["reloads"] = spent["reload"], spent["reloads"]
        out["file_mb"] = (data_dir / "graph.json").stat().st_size / 1e6
        out["stored"] = store.counts()
    elif stage == "neo4j":
        from graph.store.neo4j import Neo4jStore

        store = Neo4jStore(os.environ["BENCH_NEO4J_URI"], os.environ.get("BENCH_NEO4J_USER") or "neo4j",
                           os.environ.get("BENCH_NEO4J_PASSWORD") or None)
        try:
            load_gdelt(store, [path], stats=stats, batch_size=batch_size)
            out["stored"] = store.counts()
        finally:
            store.close()
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    out["seconds"] = time.perf_counter() - t0
    out["maxrss_mib"] = _maxrss_mib()
    out["stats"] = {k: v for k, v in stats.as_dict().items() if k != "bad_rows"}
    return out


def run_child(stage: str, path: Path, batch_size: int, data_dir: Path | None = None,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", stage, "--child-file", str(path), "--batch-size", str(batch_size)]
    if data_dir is not None:
        cmd += ["--child-data-dir", str(data_dir)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"stage {stage} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------------- neo4j


class Neo4jTarget:
    """The server the Neo4j load goes to: NEO4J_URI if set, else one started for this run."""

    def __init__(self, tmp: Path, heap: str) -> None:
        self.home: Path | None = None
        self.pid: int | None = None
        uri = os.environ.get("NEO4J_URI")
        if uri:
            self.uri, self.user, self.password = uri, os.environ.get("NEO4J_USER", "neo4j"), \
                os.environ.get("NEO4J_PASSWORD")
            self.note = f"existing server {uri} (loaded into, not wiped: the numbers depend on what it held)"
            return
        from graph import neo4j_server

        lib = ROOT / ".neo4j" / "lib"
        self.home = tmp / "neo4j-home"
        t0 = time.perf_counter()
        info = neo4j_server.start(self.home, fresh=True, lib_dir=lib if lib.is_dir() else None, heap=heap,
                                  pagecache="512m")
        self.uri, self.user, self.password, self.pid = info.uri, info.user, info.password, info.pid
        self.note = f"own server {self.uri}, heap {heap}, started in {time.perf_counter() - t0:.0f}s"

    def env(self) -> dict[str, str]:
        return {"BENCH_NEO4J_URI": self.uri, "BENCH_NEO4J_USER": self.user or "neo4j",
                "BENCH_NEO4J_PASSWORD": self.password or ""}

    def wipe(self) -> None:
        """Empty the server this run started (never an external one)."""
        if self.home is None:
            return
        from graph.store.neo4j import Neo4jStore

        store = Neo4jStore(self.uri, self.user, self.password)
        try:
            with store._driver.session(database=store.database) as session:
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
            store.migrate()
        finally:
            store.close()

    def server_peak_mib(self) -> float | None:
        if self.pid is None:
            return None
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def stop(self) -> None:
        if self.home is not None:
            from graph import neo4j_server

            neo4j_server.stop(self.home)


# ------------------------------------------------------------------------------------------------- report


def show(label: str, r: dict[str, Any], base: dict[str, Any] | None, rows: int) -> None:
    s = r["stats"]
    secs = r["seconds"]
    claims_s = s["claims"] / secs
    line = (f"{label:<30} {secs:>8.1f}s {rows / secs:>10,.0f} rows/s {claims_s:>9,.0f} claims/s "
            f"{s['documents'] / secs:>8,.0f} docs/s {s['statements'] / secs:>9,.0f} stmts/s "
            f"peak {r['maxrss_mib']:>7,.0f} MiB")
    if base is not None:
        line += f"  ({claims_s / (base['stats']['claims'] / base['seconds']):.0%} of baseline)"
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows of the generated file (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=20191024, help="generator seed (default 20191024)")
    ap.add_argument("--rows-per-url", type=int, default=20,
                    help="consecutive generated rows that share one SOURCEURL (default 20)")
    ap.add_argument("--batch-size", type=int, default=2_000,
                    help="documents per write, as `ingest-gdelt --batch-size` (default 2,000, the CLI's)")
    ap.add_argument("--batch-one-rows", type=int, default=3_000,
                    help="also load the first N rows with batch_size=1 and with --batch-size into each store, in "
                    "a fresh store each (default 3,000; 0 skips)")
    ap.add_argument("--neo4j", action="store_true", help="include Neo4j (own server, or NEO4J_URI if set)")
    ap.add_argument("--neo4j-heap", default="1g", help="heap of the server started for the run (default 1g)")
    ap.add_argument("--skip-embedded", action="store_true", help="do not load the embedded store")
    ap.add_argument("--source", type=Path, default=REAL, help="real GDELT 2.0 export to sample from")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory and print where it is")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-file", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--child-data-dir", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.child_file, args.batch_size, args.child_data_dir)))
        return 0
    if not args.source.is_file():
        print(f"error: the real GDELT export is missing: {args.source}", file=sys.stderr)
        return 2

    from ingest.gdelt import GdeltFilter, GdeltStats, read_events

    t_start = time.perf_counter()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench_gdelt_load_"))
    neo: Neo4jTarget | None = None
    try:
        path = tmp / f"generated_{args.rows}.export.CSV"
        t0 = time.perf_counter()
        generate(args.source, path, args.rows, args.seed, args.rows_per_url)
        print(f"generated {args.rows:,} rows ({path.stat().st_size / 1e6:,.0f} MB) in "
              f"{time.perf_counter() - t0:.1f}s", flush=True)

        # 1. parse-and-filter, this process
        st = GdeltStats()
        t0 = time.perf_counter()
        kept = sum(1 for _ in read_events(path, GdeltFilter(mapped_only=True), stats=st))
        t_parse = time.perf_counter() - t0
        print(f"\nparse-and-filter (mapped codes only): {args.rows / t_parse:,.0f} rows/s ({t_parse:.1f}s; kept "
              f"{kept:,} events, {st.unmapped:,} unmapped, {st.bad:,} bad)", flush=True)

        # 2. loads, each in a fresh process
        print(f"\nloads, batch size {args.batch_size:,}, each in its own process "
              "(peak = ru_maxrss of that process):", flush=True)
        base = run_child("documents", path, args.batch_size)
        show("baseline: Documents, no store", base, None, args.rows)
        results: dict[str, dict[str, Any]] = {}
        if not args.skip_embedded:
            data_dir = tmp / "embedded"
            r = results["embedded"] = run_child("embedded", path, args.batch_size, data_dir)
            show("embedded store", r, base, args.rows)
            rest = r["seconds"] - r["store_apply_s"] - r["store_save_s"] - r["store_reload_s"]
            print(f"{'':<30}   where the time goes: re-reading the whole file before each write "
                  f"{r['store_reload_s']:.1f}s ({r['reloads']} reloads), merging documents in memory "
                  f"{r['store_apply_s']:.1f}s, writing the whole file {r['store_save_s']:.1f}s "
                  f"({r['saves']} saves, final file {r['file_mb']:,.0f} MB), reading GDELT + mapping + the rest "
                  f"{rest:.1f}s", flush=True)
        if args.neo4j:
            neo = Neo4jTarget(tmp, args.neo4j_heap)
            print(f"{'':<30}   Neo4j: {neo.note}", flush=True)
            r = results["neo4j"] = run_child("neo4j", path, args.batch_size, env=neo.env())
            show("Neo4j store", r, base, args.rows)
            peak = neo.server_peak_mib()
            if peak is not None:
                print(f"{'':<30}   Neo4j server peak RSS (VmHWM) {peak:,.0f} MiB", flush=True)
        for name, r in results.items():
            held = ", ".join(f"{r['stored'].get(k, 0):,} {k}" for k in ("Source", "Statement", "Actor", "Commitment"))
            claims = sum(r["stored"].get(k, 0) for k in ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES", "COORDINATES"))
            print(f"{'':<30}   {name} holds: {held}, {claims:,} distinct claims", flush=True)

        if args.batch_one_rows:
            small = tmp / f"first_{args.batch_one_rows}.export.CSV"
            head(path, small, args.batch_one_rows)
            print(f"\nbaseline 2: the first {args.batch_one_rows:,} rows into a fresh store, batch size "
                  f"{args.batch_size:,} vs 1:", flush=True)
            for name in [n for n in ("embedded", "neo4j") if n in results]:
                for bs in (args.batch_size, 1):
                    if name == "neo4j" and neo is not None:
                        neo.wipe()
                    env = neo.env() if name == "neo4j" and neo is not None else None
                    d = tmp / f"small-{name}-{bs}" if name == "embedded" else None
                    r = run_child(name, small, bs, d, env=env)
                    show(f"{name}, batch size {bs:,}", r, None, args.batch_one_rows)
        print(f"\ntotal {time.perf_counter() - t_start:.0f}s", flush=True)
        if args.keep:
            print(f"kept: {tmp}")
    finally:
        if neo is not None:
            neo.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
