"""Benchmark: loading generated claims into Neo4j, batched (Neo4jStore.write_bulk) against a naive loop.

    python bench/bench_neo4j_load.py --claims 200000 --naive-sample 2000

Generates documents with graph/testing.py (deterministic), starts a fresh Neo4j of its own in a temporary home
(graph/neo4j_server.py; the jars of the repository's build are reused) unless --uri names a server, then:

1. naive: a sample of claims written one transaction per claim (MERGE subject, MERGE object, MERGE the claim
   edge and SET its properties: the loop one writes first), into the empty database;
2. the database is emptied (only a server this script started, or with --wipe);
3. batched, cold: every document through Neo4jStore.write_bulk (UNWIND batches, one transaction per batch of
   documents, with the same merge rules as every other write), on the freshly started JVM;
4. batched, warm (unless --no-warm): the database is emptied again and the same documents are loaded a second
   time, now that the JVM has compiled the hot code. A server that runs for days is in this state; the cold
   number is what a first load right after `pledgegraph neo4j start` sees.

It prints claims/s for each, the ratios to the naive loop, where the server's CPU went (JIT compiler threads, GC,
the Bolt worker that runs the queries and commits) and the peak RSS of this process and of the Neo4j server.
No thresholds are asserted here: the numbers are for the report.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from graph.model import Claim, Document  # noqa: E402
from graph.store.neo4j import CLAIM_TYPES, Neo4jStore, claim_props  # noqa: E402
from graph.testing import generate_documents  # noqa: E402

# The naive writer: one statement per claim, its own transaction each. Chosen from this dict by the claim's
# relation and object type (labels and types from the allowlist, values as parameters).
NAIVE: dict[tuple[str, str], str] = {
    (rel, label): (
        f"MERGE (s:Actor {{id: $subject}}) MERGE (o:{label} {{id: $object}}) "
        f"MERGE (s)-[r:{rel} {{id: $id}}]->(o) SET r += $props"
    )
    for rel in CLAIM_TYPES
    for label in ("Actor", "Commitment")
}


def _stat_cpu(stat: Path) -> float | None:
    """User + system CPU seconds from a /proc stat file (a process's or one of its threads')."""
    try:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def cpu_seconds(pid: int | None = None) -> float | None:
    """CPU time (user + system) used so far: this process, or another one (/proc/<pid>/stat)."""
    if pid is None:
        return time.process_time()
    return _stat_cpu(Path(f"/proc/{pid}/stat"))


def peak_rss_mib(pid: int | None = None) -> float | None:
    """Peak resident set size in MiB: this process (getrusage), or another one (/proc/<pid>/status VmHWM)."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def thread_cpu(pid: int | None) -> dict[str, float]:
    """CPU seconds per thread family of a JVM (JIT compiler, GC, Bolt worker, other), from /proc/<pid>/task
    (thread names there are cut to 15 characters: "neo4j.BoltWorke")."""
    out: dict[str, float] = {}
    if pid is None:
        return out
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            name = (task / "comm").read_text().strip()
        except OSError:
            continue  # the thread ended
        seconds = _stat_cpu(task / "stat")
        if seconds is None:
            continue
        family = ("JIT compiler" if "CompilerThre" in name else "GC" if name.startswith(("GC ", "G1 ")) else
                  "Bolt worker" if "BoltWork" in name else "other")
        out[family] = out.get(family, 0.0) + seconds
    return out


@contextmanager
def server(args: argparse.Namespace) -> Iterator[tuple[str, str | None, str | None, int | None, bool]]:
    """(uri, user, password, pid, owned): the --uri server, or a fresh one of our own, stopped at the end."""
    if args.uri:
        yield args.uri, args.user, args.password, None, False
        return
    from graph import neo4j_server

    home = Path(tempfile.mkdtemp(prefix="pg-bench-neo4j-"))
    lib = Path(args.lib_dir) if args.lib_dir else REPO / ".neo4j" / "lib"
    lib_dir = lib if any(lib.glob("neo4j-[0-9]*.jar")) else None
    t0 = time.perf_counter()
    info = neo4j_server.start(home, fresh=True, lib_dir=lib_dir, heap=args.heap, pagecache=args.pagecache,
                              http=False)
    print(f"neo4j: started in {time.perf_counter() - t0:.1f}s at {info.uri} (home {home}, pid {info.pid})")
    try:
        yield info.uri, info.user, info.password, info.pid, True
    finally:
        neo4j_server.stop(home)
        shutil.rmtree(home, ignore_errors=True)


def wipe(store: Neo4jStore) -> None:
    with store._driver.session(database=store.database) as session:
        # relationships first: a node with many of them would not fit one transaction's memory
        session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()
    store.migrate()


def naive_load(store: Neo4jStore, claims: list[Claim]) -> float:
    """Seconds to write the claims one transaction each."""
    with store._driver.session(database=store.database) as session:
        t0 = time.perf_counter()
        for c in claims:
            label = "Actor" if c.object_type == "actor" else "Commitment"
            query = NAIVE[(c.relation.value, label)]
            props = claim_props(c)

            def work(tx: Any, query: str = query, c: Claim = c, props: dict[str, Any] = props) -> None:
                tx.run(query, subject=c.subject, object=c.object, id=c.id, props=props).consume()

            session.execute_write(work)
        return time.perf_counter() - t0


def batched_load(store: Neo4jStore, docs: list[Document], args: argparse.Namespace, pid: int | None, phase: str,
                 distinct: int, occurrences: int, rates: dict[str, float]) -> dict[str, int]:
    """Load every document with write_bulk into the empty database; print the rate and where the CPU went."""
    threads0, server_cpu0, client_cpu0 = thread_cpu(pid), cpu_seconds(pid), cpu_seconds()
    t0 = time.perf_counter()
    result = store.write_bulk(docs, batch_size=args.batch_size)
    seconds = time.perf_counter() - t0
    client_cpu = (cpu_seconds() or 0.0) - (client_cpu0 or 0.0)
    server_cpu1, threads1 = cpu_seconds(pid), thread_cpu(pid)
    server_cpu = server_cpu1 - server_cpu0 if server_cpu0 is not None and server_cpu1 is not None else None
    counts = store.counts()
    loaded = sum(counts.get(rel, 0) for rel in CLAIM_TYPES)
    rate = rates[phase] = distinct / seconds
    print(f"batched ({phase}): {distinct:,} claims ({occurrences:,} occurrences, {result.documents:,} documents, "
          f"batches of {args.batch_size}) in {seconds:.1f}s = {rate:,.0f} claims/s "
          f"({occurrences / seconds:,.0f} occurrences/s)")
    # wall time depends on what else the machine runs; CPU time much less so
    if server_cpu is not None:
        split = ", ".join(f"{family} {threads1.get(family, 0.0) - threads0.get(family, 0.0):.1f}s"
                          for family in ("Bolt worker", "JIT compiler", "GC", "other"))
        print(f"  cpu:   Neo4j {server_cpu:.1f}s ({server_cpu / distinct * 1e6:,.0f} us/claim: {split}), "
              f"this process {client_cpu:.1f}s ({client_cpu / distinct * 1e6:,.0f} us/claim): "
              f"{distinct / (server_cpu + client_cpu):,.0f} claims per CPU-second")
    else:
        print(f"  cpu:   this process {client_cpu:.1f}s ({client_cpu / distinct * 1e6:,.0f} us/claim)")
    if loaded != distinct:
        print(f"WARNING: the graph holds {loaded:,} claims, expected {distinct:,}", file=sys.stderr)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=200_000, help="distinct claims to generate and load")
    parser.add_argument("--naive-sample", type=int, default=2000, help="claims written by the naive loop")
    parser.add_argument("--batch-size", type=int, default=2000, help="documents per write_bulk transaction")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--uri", help="use this server instead of starting one (its database must be empty, "
                                      "or pass --wipe)")
    parser.add_argument("--user", default=os.environ.get("NEO4J_USER", "neo4j"))
    parser.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD"))
    parser.add_argument("--wipe", action="store_true", help="allow emptying the --uri server's database")
    parser.add_argument("--heap", default="1g", help="heap of the server this script starts")
    parser.add_argument("--pagecache", default="512m", help="page cache of the server this script starts")
    parser.add_argument("--lib-dir", help="jars for the server this script starts (default: the repo's build)")
    parser.add_argument("--no-warm", action="store_true", help="skip the second (warm JVM) batched load")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    docs: list[Document] = generate_documents(args.claims, seed=args.seed)
    occurrences = sum(len(d.claims) for d in docs)
    distinct = len({c.id for d in docs for c in d.claims})
    statements = sum(len(d.statements) for d in docs)
    print(f"generated {distinct:,} claims ({occurrences:,} claim occurrences, {statements:,} statements, "
          f"{len(docs):,} documents) in {time.perf_counter() - t0:.1f}s")

    with server(args) as (uri, user, password, pid, owned):
        store = Neo4jStore(uri, user, password)
        try:
            if store.counts() and not (owned or args.wipe):
                print(f"{uri} already holds a graph: pass --wipe to empty it, or use an empty database",
                      file=sys.stderr)
                return 2

            sample: list[Claim] = []
            seen: set[str] = set()
            for d in docs:
                for c in d.claims:
                    if c.id not in seen and len(sample) < args.naive_sample:
                        seen.add(c.id)
                        sample.append(c)
            naive_rate = 0.0
            if sample:
                wipe(store)
                naive_seconds = naive_load(store, sample)
                naive_rate = len(sample) / naive_seconds
                print(f"naive:   {len(sample):,} claims, one transaction each, in {naive_seconds:.1f}s "
                      f"= {naive_rate:,.0f} claims/s")

            rates: dict[str, float] = {}
            counts: dict[str, int] = {}
            for phase in ("cold", "warm")[: 1 if args.no_warm else 2]:
                wipe(store)
                counts = batched_load(store, docs, args, pid, phase, distinct, occurrences, rates)
            if naive_rate:
                print("ratio:   " + ", ".join(f"{phase} batched / naive = {rate / naive_rate:,.1f}x"
                                              for phase, rate in rates.items()))
            print(f"graph:   {counts}")
            print(f"peak RSS: this process {peak_rss_mib():,.0f} MiB", end="")
            server_rss = peak_rss_mib(pid) if pid else None
            print(f", Neo4j server {server_rss:,.0f} MiB" if server_rss else "")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
