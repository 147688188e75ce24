"""Benchmark of the GDELT reader: parse-and-filter speed and memory, against the stdlib csv module.

    python bench/bench_gdelt_parse.py                 # 1,000,000 rows
    python bench/bench_gdelt_parse.py --rows 300000   # quicker

What it does, all in a temporary directory (removed afterwards unless --keep):
1. generates, deterministically (seeded) and streaming to disk, a GDELT 2.0 export of --rows rows (and one of
   --small rows) by sampling rows of the real export in ../shared/data/gdelt and mutating them: unique
   GLOBALEVENTIDs, shifted days, actors swapped on some rows, counts jittered;
2. times, pinned to one core, the reader's parse-and-filter (actor countries in {USA,FRA,GBR,RUS,UKR,DEU} and
   mapped CAMEO codes only) and, as the baseline measured in the same run, the same filter over the stdlib csv
   module (csv.reader, tab-delimited, no quoting) — and prints the ratio; also the unfiltered full parse
   and the whole pipeline to Documents, for information;
3. measures peak memory of parse-and-filter in a fresh child process per file (tracemalloc peak and
   ru_maxrss), for the small and the large file, to show that memory does not grow with the file; with
   --pipeline-memory, also of the whole pipeline to Documents.

Prints numbers only: there is no timing assertion anywhere.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.gdelt import CameoMapping, GdeltFilter, GdeltStats, iter_gdelt_documents, read_events  # noqa: E402

REAL = ROOT.parent / "shared" / "data" / "gdelt" / "20191024143000.export.CSV"
COUNTRIES = frozenset({"USA", "FRA", "GBR", "RUS", "UKR", "DEU"})


def bench_filter() -> GdeltFilter:
    return GdeltFilter(actors=COUNTRIES, mapped_only=True)


# ------------------------------------------------------------------------------------------------- generation


def generate(src: Path, dest: Path, rows: int, seed: int) -> None:
    """Write `rows` GDELT 2.0 rows to `dest`, sampled and mutated from `src`, one row in memory at a time."""
    with open(src, encoding="utf-8", newline="\n") as f:
        base = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    rng = random.Random(seed)
    days = [f"2019{m:02d}{d:02d}" for m in range(1, 13) for d in range(1, 29)]
    first_id = 900_000_000
    with open(dest, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        for i in range(rows):
            parts = list(base[rng.randrange(len(base))])
            parts[0] = str(first_id + i)
            day = days[rng.randrange(len(days))]
            parts[1], parts[2], parts[3] = day, day[:6], day[:4]
            if rng.random() < 0.3:  # swap the two actors (codes, names, countries, groups, types)
                parts[5:15], parts[15:25] = parts[15:25], parts[5:15]
            n = rng.randrange(1, 20)
            parts[31], parts[32], parts[33] = str(n), str(max(1, n // 3)), str(n)
            out.write("\t".join(parts))
            out.write("\n")


# ------------------------------------------------------------------------------------------------- measuring


def run_reader(path: Path, flt: GdeltFilter | None) -> tuple[int, GdeltStats]:
    st = GdeltStats()
    n = 0
    for _ev in read_events(path, flt, stats=st):
        n += 1
    return n, st


def run_csv_baseline(path: Path) -> int:
    """The same filter as bench_filter(), over csv.reader: rows whose actor country is in COUNTRIES and whose
    event code is mapped, plus the same id/date checks (row kept as a list, no typed record)."""
    mapping = CameoMapping.default()
    mapped: dict[str, bool] = {}
    n = 0
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) not in (61, 58, 57) or not row[0].isdigit() or len(row[1]) != 8:
                continue
            if row[7] not in COUNTRIES and row[17] not in COUNTRIES:
                continue
            code = row[26]
            ok = mapped.get(code)
            if ok is None:
                ok = mapped[code] = mapping.is_mapped(code)
            if ok:
                n += 1
    return n


def run_documents(path: Path) -> tuple[int, GdeltStats]:
    st = GdeltStats()
    n = sum(1 for _ in iter_gdelt_documents(path, bench_filter(), stats=st))
    return n, st


def timed(fn, *args, repeat: int = 3):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best, result


def child_memory(path: Path, stage: str) -> None:
    """In a fresh process: run `stage` ("reader": parse-and-filter; "pipeline": the same to Documents) over
    `path` under tracemalloc; print its peak memory as JSON."""
    tracemalloc.start()
    if stage == "reader":
        n, st = run_reader(path, bench_filter())
    else:
        n, st = run_documents(path)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"out": n, "rows": st.rows, "tracemalloc_peak": peak, "maxrss_kib": rss}))


def measure_memory(path: Path, stage: str) -> dict[str, int]:
    cmd = [sys.executable, __file__, "--child-memory", str(path), "--child-stage", stage]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows of the large file (default 1,000,000)")
    ap.add_argument(
        "--small",
        type=int,
        default=100_000,
        help="rows of the small file for the memory comparison (default 100,000)",
    )
    ap.add_argument("--seed", type=int, default=20191024, help="generator seed (default 20191024)")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs, best kept (default 3)")
    ap.add_argument("--source", type=Path, default=REAL, help="real GDELT 2.0 export to sample from")
    ap.add_argument("--keep", action="store_true", help="keep the generated files and print where they are")
    ap.add_argument(
        "--pipeline-memory",
        action="store_true",
        help="also measure the memory of the whole pipeline to Documents (slow: minutes under tracemalloc)",
    )
    ap.add_argument("--child-memory", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--child-stage", default="reader", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_memory:
        child_memory(args.child_memory, args.child_stage)
        return 0
    if not args.source.is_file():
        print(f"error: the real GDELT export is missing: {args.source}", file=sys.stderr)
        return 2

    print(f"python {sys.version.split()[0]}, {pin_one_core()}")
    tmp = Path(tempfile.mkdtemp(prefix="bench_gdelt_"))
    try:
        big, small = tmp / f"big_{args.rows}.export.CSV", tmp / f"small_{args.small}.export.CSV"
        t0 = time.perf_counter()
        generate(args.source, big, args.rows, args.seed)
        generate(args.source, small, args.small, args.seed + 1)
        print(
            f"generated {args.rows:,} + {args.small:,} rows in {time.perf_counter() - t0:.1f}s "
            f"({big.stat().st_size / 1e6:.0f} MB + {small.stat().st_size / 1e6:.0f} MB) in {tmp}"
        )

        rows = args.rows
        # reader and baseline alternate, best of --repeat each, so that a burst of load elsewhere on the
        # machine hits both alike
        t_filter = t_csv = float("inf")
        for _ in range(args.repeat):
            t, (kept, st) = timed(run_reader, big, bench_filter(), repeat=1)
            t_filter = min(t_filter, t)
            t, kept_csv = timed(run_csv_baseline, big, repeat=1)
            t_csv = min(t_csv, t)
        t_full, (n_full, _st) = timed(run_reader, big, None, repeat=1)
        t_docs, (n_docs, st_docs) = timed(run_documents, big, repeat=1)

        def show(label: str, seconds: float, detail: str) -> None:
            print(f"{label:<31}: {rows / seconds:>10,.0f} rows/s  ({seconds:.2f}s; {detail})")

        print()
        show(
            "parse-and-filter (reader)",
            t_filter,
            f"kept {kept:,}, filtered {st.filtered:,}, unmapped {st.unmapped:,}, bad {st.bad:,}",
        )
        show("baseline: csv module + filter", t_csv, f"kept {kept_csv:,}")
        print(f"{'ratio reader / csv baseline':<31}: {t_csv / t_filter:>10.2f}x")
        show("full typed parse, no filter", t_full, f"{n_full:,} events")
        show("whole pipeline to Documents", t_docs, f"{n_docs:,} documents, {st_docs.claims:,} claims")

        print()
        print("peak memory, fresh process per file and stage (tracemalloc peak / ru_maxrss):")
        for stage in ("reader", "pipeline") if args.pipeline_memory else ("reader",):
            m_small, m_big = measure_memory(small, stage), measure_memory(big, stage)
            for label, n, m in (("small", args.small, m_small), ("large", args.rows, m_big)):
                print(
                    f"  {stage:<8} {label} {n:>9,} rows: {m['tracemalloc_peak'] / 1024:>8,.0f} KiB / "
                    f"{m['maxrss_kib'] / 1024:>6,.1f} MiB"
                )
            print(
                f"  {stage:<8} large/small: rows x{args.rows / args.small:.0f}, tracemalloc x"
                f"{m_big['tracemalloc_peak'] / max(1, m_small['tracemalloc_peak']):.2f}, ru_maxrss x"
                f"{m_big['maxrss_kib'] / max(1, m_small['maxrss_kib']):.2f}"
            )
        if args.keep:
            print(f"\nkept: {tmp}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
