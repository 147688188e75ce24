"""Benchmark: load a generated graph of N claims into the embedded store, then answer backers queries.

Prints claims/s for the load, p50/p99 for `backers` queries through the query service, and peak memory; and, in
the same run, a baseline: the same queries answered by a naive scan over every claim (no index, no positions), so
the numbers compare against something measured on this machine right now.

    python bench/bench_embedded.py                 # 100,000 claims, 1,000 queries
    python bench/bench_embedded.py --claims 20000 --queries 200
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from graph.query import QueryService
from graph.store.embedded import EmbeddedStore
from graph.testing import claim_count, generate_documents
from graph.vocab import vocabulary


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000, help="claims to generate and load (default 100,000)")
    ap.add_argument("--queries", type=int, default=1_000, help="backers queries to answer (default 1,000)")
    ap.add_argument("--seed", type=int, default=7, help="generator seed")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    docs = generate_documents(args.claims, seed=args.seed)
    n = claim_count(docs)
    print(f"generated {n:,} claims in {len(docs):,} documents in {time.perf_counter() - t0:.1f}s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.json"
        store = EmbeddedStore(path)
        tracemalloc.start()
        t0 = time.perf_counter()
        store.write_many(docs)
        load_s = time.perf_counter() - t0
        _, peak_load = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"load: {n / load_s:,.0f} claims/s ({load_s:.1f}s, file {path.stat().st_size / 1e6:.1f} MB, "
              f"peak traced {peak_load / 1e6:.0f} MB)")

        t0 = time.perf_counter()
        reopened = EmbeddedStore(path)
        print(f"open from file: {time.perf_counter() - t0:.1f}s")

        rng = random.Random(args.seed)
        kinds = sorted(vocabulary().kinds)
        ladder = vocabulary().ladder
        beneficiaries = sorted({c.beneficiary for c in reopened.all_claims() if c.beneficiary})
        calls = [(rng.choice(kinds), rng.choice(beneficiaries), rng.choice(ladder)) for _ in range(args.queries)]

        svc = QueryService(reopened)
        lat: list[float] = []
        answers = 0
        for kind, ben, mm in calls:
            t = time.perf_counter()
            rows = reopened.query("backers", {"kind": kind, "beneficiary": ben, "min_rank": ladder.index(mm) + 1})
            lat.append((time.perf_counter() - t) * 1000)
            answers += len(rows)
        hyd: list[float] = []
        for kind, ben, mm in calls[:100]:
            t = time.perf_counter()
            svc.backers(kind=kind, beneficiary=ben, min_modality=mm)
            hyd.append((time.perf_counter() - t) * 1000)

        all_claims = reopened.all_claims()
        base: list[float] = []
        for kind, ben, mm in calls[:100]:
            t = time.perf_counter()
            rank = ladder.index(mm) + 1
            _ = [c for c in all_claims if c.kind == kind and c.beneficiary == ben and c.rank >= rank
                 and c.relation.value in ("PLEDGES", "SUPPORTS")]
            base.append((time.perf_counter() - t) * 1000)

    print(f"backers (named query), {len(lat):,} queries: p50 {pct(lat, 50):.2f} ms, p99 {pct(lat, 99):.2f} ms, "
          f"{answers / len(lat):.1f} rows/query")
    print(f"backers (with evidence, as the API answers), 100 queries: p50 {pct(hyd, 50):.2f} ms, "
          f"p99 {pct(hyd, 99):.2f} ms")
    print(f"baseline: naive full scan, 100 queries: p50 {pct(base, 50):.2f} ms, p99 {pct(base, 99):.2f} ms "
          f"-> indexed named query is {statistics.median(base) / max(statistics.median(lat), 1e-9):.1f}x faster "
          "at p50")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
