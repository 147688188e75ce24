"""Load bench of the HTTP API: a graph of 100,000 claims, served by uvicorn in its own process on 127.0.0.1,
driven by 32 concurrent httpx.AsyncClient workers from this process.

For each store (embedded always; Neo4j with --neo4j when a server can be had) and each response-cache setting
(on: the default; off: every request computed), it drives, one after the other:

  /health                      the baseline: no store work, what the HTTP stack itself costs
  /backers?kind=K&beneficiary=B  every kind x beneficiary of the generated graph, round robin
  /actors/{id}                 every actor's profile, round robin

each for at most --duration seconds or --max-requests requests, whichever comes first, and prints requests/s,
p50/p99/max latency and the error count (any status but 200, or a transport error). Before the load it also
times one cold request per distinct URL, sequentially, so the cost of a cache miss is on record too.

Only loopback traffic; every loop is bounded in time and count; the server process is stopped at the end.

    python bench/bench_api_load.py                   # 100,000 claims, embedded, cache on and off
    python bench/bench_api_load.py --claims 20000 --duration 5
    python bench/bench_api_load.py --neo4j           # also Neo4j (NEO4J_URI/NEO4J_PASSWORD, or our own)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BENEFICIARIES = ("UKR", "MDA", "GEO", "EST")  # graph.testing's beneficiaries


# --------------------------------------------------------------------------------------------- the graph
def documents(n_claims: int, seed: int) -> list[Any]:
    """graph.testing.generate_documents when it is there; else a small generator of the same shape."""
    try:
        from graph.testing import generate_documents
    except ImportError:
        return _fallback_documents(n_claims, seed)
    return generate_documents(n_claims, seed)


def _fallback_documents(n_claims: int, seed: int) -> list[Any]:  # pragma: no cover - used before graph.testing
    from graph.model import Actor, ActorKind, Claim, Commitment, Document, Relation, Source, Statement
    from graph.vocab import vocabulary

    rng = random.Random(seed)
    v = vocabulary()
    nations = [f"N{i:02d}" for i in range(60)] + list(BENEFICIARIES)
    actors = {a: Actor(id=a, kind=ActorKind.NATION, name=f"Nation {a}") for a in nations}
    kinds = sorted(v.kinds)
    seen: set[str] = set()
    docs = []
    per_doc = 5
    while len(seen) < n_claims:
        src = Source.from_url(
            f"https://news.example.test/{seed}/{len(docs)}",
            title=f"Report {len(docs)}",
            published_at=date(2024, 1, 1) + timedelta(days=rng.randrange(700)),
        )
        claims, statements, commitments, used = [], [], {}, set()
        for j in range(per_doc):
            subject = rng.choice(nations[:60])
            c = Commitment(kind=rng.choice(kinds), beneficiary=rng.choice(BENEFICIARIES))
            st = Statement(source_id=src.id, text=f"{subject} {c.kind}", start=j * 100, end=j * 100 + 50)
            rel = rng.choice([Relation.PLEDGES, Relation.SUPPORTS, Relation.DECLINES])
            cl = Claim(
                subject=subject,
                relation=rel,
                object=c.id,
                object_type="commitment",
                kind=c.kind,
                beneficiary=c.beneficiary,
                modality=rng.choice(v.ladder),
                evidence=(st.id,),
                first_seen=src.published_at,
            )
            if cl.id in seen:
                continue
            seen.add(cl.id)
            claims.append(cl)
            statements.append(st)
            commitments[c.id] = c
            used.update({subject, c.beneficiary})
        docs.append(
            Document(
                source=src,
                actors=tuple(actors[a] for a in sorted(used)),
                commitments=tuple(commitments.values()),
                statements=tuple(statements),
                claims=tuple(claims),
            )
        )
    return docs


def build_embedded(data_dir: Path, n_claims: int, seed: int) -> dict[str, Any]:
    """Write the graph to an embedded store in data_dir, unless the same graph is already there."""
    from graph.store.embedded import EmbeddedStore

    marker = data_dir / "bench.json"
    want = {"claims": n_claims, "seed": seed}
    if marker.exists() and (data_dir / "graph.json").exists() and json.loads(marker.read_text()) == want:
        print(f"reusing the {n_claims:,}-claim graph in {data_dir}", flush=True)
        return {"reused": True}
    data_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    docs = documents(n_claims, seed)
    t1 = time.perf_counter()
    result = EmbeddedStore(data_dir / "graph.json").write_many(docs)
    t2 = time.perf_counter()
    del docs
    gc.collect()
    marker.write_text(json.dumps(want))
    print(
        f"built {n_claims:,} claims: generate {t1 - t0:.1f} s, write {t2 - t1:.1f} s "
        f"({(data_dir / 'graph.json').stat().st_size / 1e6:.0f} MB); "
        f"created {dict(sorted(result.created.items()))}",
        flush=True,
    )
    return {"generate_s": t1 - t0, "write_s": t2 - t1}


def load_neo4j(settings: Any, n_claims: int, seed: int) -> None:
    from graph.store.neo4j import Neo4jStore

    store = Neo4jStore.from_settings(settings)
    try:
        counts = store.counts()
        have = sum(counts.get(r, 0) for r in ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES", "COORDINATES"))
        if have == n_claims:
            print(f"reusing the {have:,} claims already in Neo4j", flush=True)
            return
        with store._driver.session(database=settings.neo4j_database) as session:
            session.run(
                "MATCH (n) WHERE NOT n:Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
        t0 = time.perf_counter()
        docs = documents(n_claims, seed)
        store.write_bulk(docs, batch_size=500)
        print(f"loaded {n_claims:,} claims into Neo4j in {time.perf_counter() - t0:.1f} s", flush=True)
    finally:
        store.close()


# --------------------------------------------------------------------------------------------- the server
def serve(args: argparse.Namespace) -> None:
    """The server process: uvicorn on 127.0.0.1 only, no access log."""
    import uvicorn

    from api.app import create_app
    from graph.settings import Settings

    overrides: dict[str, Any] = {"store": args.store}
    if args.store == "embedded":
        overrides["data_dir"] = args.data_dir
    app = create_app(Settings(**overrides), cache_entries=args.cache_entries)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, store: str, data_dir: Path, cache_entries: int, env: dict[str, str]) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "serve",
            "--store",
            store,
            "--data-dir",
            str(data_dir),
            "--port",
            str(self.port),
            "--cache-entries",
            str(cache_entries),
        ]
        self.proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **env})

    def wait(self, timeout: float = 600) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError("the server did not come up")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)


# --------------------------------------------------------------------------------------------- the load
@dataclass
class Result:
    store: str
    cache: str
    client: str
    endpoint: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    errors: int


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] * 1000


async def drive(
    base: str, paths: list[str], clients: int, duration: float, max_requests: int
) -> tuple[list[float], int, float]:
    """httpx.AsyncClient load: `clients` workers, each with its own AsyncClient and keep-alive connection (one
    shared pool of 32 connections costs httpx far more per request than the server spends answering)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    counter = itertools.count()
    stop_at = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=1), timeout=60) as client:
            while True:
                i = next(counter)
                if i >= max_requests or time.perf_counter() >= stop_at:
                    return
                t0 = time.perf_counter()
                try:
                    r = await client.get(paths[i % len(paths)])
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t0)
                if not ok:
                    errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


async def drive_raw(
    base: str, paths: list[str], clients: int, duration: float, max_requests: int
) -> tuple[list[float], int, float]:
    """The same load from a minimal HTTP/1.1 keep-alive client on asyncio streams: it costs a fraction of what
    httpx does per request, so its latencies are the server's rather than the client's."""
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = 0
    counter = itertools.count()
    stop_at = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while True:
                i = next(counter)
                if i >= max_requests or time.perf_counter() >= stop_at:
                    return
                request = f"GET {paths[i % len(paths)]} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
                t0 = time.perf_counter()
                ok = False
                try:
                    writer.write(request)
                    await writer.drain()
                    head = await reader.readuntil(b"\r\n\r\n")
                    status = int(head.split(b" ", 2)[1])
                    length = next(
                        int(line.split(b":", 1)[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    )
                    await reader.readexactly(length)
                    ok = status == 200
                except (OSError, asyncio.IncompleteReadError, StopIteration, ValueError):
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, int(port))
                latencies.append(time.perf_counter() - t0)
                if not ok:
                    errors += 1
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


DRIVERS = {"httpx": drive, "raw": drive_raw}


def cold_pass(base: str, paths: list[str]) -> dict[str, float]:
    """One request per distinct URL, in sequence: what a cache miss costs."""
    import httpx

    times = []
    with httpx.Client(base_url=base, timeout=120) as client:
        for p in paths:
            t0 = time.perf_counter()
            client.get(p)
            times.append(time.perf_counter() - t0)
    return {
        "urls": len(paths),
        "p50_ms": _pct(times, 0.5),
        "p99_ms": _pct(times, 0.99),
        "max_ms": _pct(times, 1.0),
    }


def targets(base: str) -> dict[str, list[str]]:
    import httpx

    from graph.vocab import vocabulary

    actors: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = httpx.get(f"{base}/actors", params={"limit": 200, "offset": offset}, timeout=60).json()
        actors += [a["id"] for a in page["items"]]
        offset = page["next_offset"]
    rng = random.Random(7)
    backers = [f"/backers?kind={k}&beneficiary={b}" for k in sorted(vocabulary().kinds) for b in BENEFICIARIES]
    rng.shuffle(backers)
    profiles = [f"/actors/{a}" for a in actors]
    rng.shuffle(profiles)
    return {"/health (baseline)": ["/health"], "/backers": backers, "/actors/{id}": profiles}


def run_store(
    label: str, store: str, data_dir: Path, env: dict[str, str], caches: list[str], args: argparse.Namespace
) -> tuple[list[Result], dict[str, Any]]:
    results: list[Result] = []
    cold: dict[str, Any] = {}
    for cache in caches:
        server = Server(store, data_dir, 4096 if cache == "on" else 0, env)
        try:
            t0 = time.perf_counter()
            server.wait()
            print(f"[{label}, cache {cache}] server up in {time.perf_counter() - t0:.1f} s", flush=True)
            urls = targets(server.url)
            if cache == caches[0]:
                for name in ("/backers", "/actors/{id}"):
                    cold[name] = cold_pass(server.url, urls[name])
                    print(f"[{label}] cold {name}: {cold[name]}", flush=True)
            for client in args.client_kinds:
                for name, paths in urls.items():
                    lat, errors, elapsed = asyncio.run(
                        DRIVERS[client](server.url, paths, args.clients, args.duration, args.max_requests)
                    )
                    r = Result(
                        label,
                        cache if store == "embedded" else "n/a",
                        client,
                        name,
                        len(lat),
                        round(elapsed, 2),
                        round(len(lat) / elapsed, 1),
                        round(_pct(lat, 0.5), 2),
                        round(_pct(lat, 0.99), 2),
                        round(_pct(lat, 1.0), 2),
                        errors,
                    )
                    results.append(r)
                    print(
                        f"[{label}, cache {cache}, {client}] {name}: {r.requests} requests, {r.rps} req/s, "
                        f"p50 {r.p50_ms} ms, p99 {r.p99_ms} ms, errors {r.errors}",
                        flush=True,
                    )
        finally:
            server.stop()
    return results, cold


def table(results: list[Result]) -> str:
    head = (
        f"{'store':<9} {'cache':<5} {'client':<6} {'endpoint':<19} {'requests':>8} {'req/s':>8} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>6}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        lines.append(
            f"{r.store:<9} {r.cache:<5} {r.client:<6} {r.endpoint:<19} {r.requests:>8} {r.rps:>8.1f} "
            f"{r.p50_ms:>8.2f} {r.p99_ms:>8.2f} {r.max_ms:>8.2f} {r.errors:>6}"
        )
    return "\n".join(lines)


def neo4j_env(args: argparse.Namespace, tmp: Path) -> tuple[dict[str, str], Any] | None:
    """Connection settings for Neo4j: NEO4J_URI/NEO4J_PASSWORD if set, else the project's own server, started
    in a temporary home (stopped at the end). None when neither can be had."""
    uri, password = os.environ.get("NEO4J_URI"), os.environ.get("NEO4J_PASSWORD")
    if uri:
        return {"NEO4J_URI": uri, "NEO4J_PASSWORD": password or ""}, None
    try:
        from graph import neo4j_server
    except ImportError:
        print("no Neo4j: set NEO4J_URI/NEO4J_PASSWORD, or build graph.neo4j_server", flush=True)
        return None
    home = Path(args.neo4j_home) if args.neo4j_home else tmp / "neo4j-home"
    try:
        built = REPO / ".neo4j" / "lib"  # the repository's jars, when built; else start() builds them
        lib = built if any(built.glob("neo4j-[0-9]*.jar")) else None
        info = neo4j_server.start(home, lib_dir=lib, heap="1g", pagecache="512m")
    except Exception as exc:
        print(f"no Neo4j: the project's server did not start: {exc}", flush=True)
        return None
    env = {
        "NEO4J_URI": str(info.uri),
        "NEO4J_PASSWORD": str(info.password or ""),
        "NEO4J_USER": str(getattr(info, "user", None) or "neo4j"),
    }
    return env, (neo4j_server, home)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    s = sub.add_parser("serve", help="(internal) the server process")
    s.add_argument("--store", default="embedded")
    s.add_argument("--data-dir", type=Path, required=True)
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--cache-entries", type=int, default=4096)
    parser.add_argument("--claims", type=int, default=100_000, help="claims in the graph (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (default 32)")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per endpoint at most (default 20)")
    parser.add_argument("--max-requests", type=int, default=20_000, help="requests per endpoint at most")
    parser.add_argument(
        "--client",
        choices=["httpx", "raw", "both"],
        default="both",
        help="load client: httpx.AsyncClient workers, a minimal asyncio HTTP/1.1 client (whose latencies are "
        "the server's), or both (default)",
    )
    parser.add_argument(
        "--cache",
        choices=["on", "off", "both"],
        default="both",
        help="response cache setting(s) to measure (default both)",
    )
    parser.add_argument("--data-dir", type=Path, help="keep the embedded graph here and reuse it next time")
    parser.add_argument("--neo4j", action="store_true", help="also measure the Neo4j store")
    parser.add_argument("--neo4j-home", help="home of the project's own Neo4j to start (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args)
        return 0
    args.client_kinds = ["httpx", "raw"] if args.client == "both" else [args.client]

    tmp = Path(tempfile.mkdtemp(prefix="pledgegraph-bench-"))
    caches = ["on", "off"] if args.cache == "both" else [args.cache]
    results: list[Result] = []
    cold: dict[str, Any] = {}
    stop_neo4j = None
    try:
        data_dir = args.data_dir or tmp / "embedded"
        build = build_embedded(data_dir, args.claims, args.seed)
        r, c = run_store("embedded", "embedded", data_dir, {}, caches, args)
        results += r
        cold["embedded"] = c
        if args.neo4j:
            found = neo4j_env(args, tmp)
            if found is not None:
                env, stop_neo4j = found
                from graph.settings import Settings

                settings = Settings(
                    store="neo4j",
                    neo4j_uri=env["NEO4J_URI"],
                    neo4j_password=env["NEO4J_PASSWORD"],
                    neo4j_user=env.get("NEO4J_USER", "neo4j"),
                )
                load_neo4j(settings, args.claims, args.seed)
                r, c = run_store("neo4j", "neo4j", data_dir, env, ["on"], args)
                results += r
                cold["neo4j"] = c
    finally:
        if stop_neo4j is not None:
            module, home = stop_neo4j
            module.stop(home)
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(
        f"{args.claims:,} claims, {args.clients} concurrent clients, at most {args.duration:g} s or "
        f"{args.max_requests:,} requests per endpoint; server: uvicorn, 1 process, 127.0.0.1"
    )
    print(table(results))
    for store, per in cold.items():
        for name, stats in per.items():
            print(
                f"cold ({store}) {name}: {stats['urls']} URLs once each, sequential: "
                f"p50 {stats['p50_ms']:.1f} ms, "
                f"p99 {stats['p99_ms']:.1f} ms, max {stats['max_ms']:.1f} ms"
            )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "results": [asdict(r) for r in results],
                    "cold": cold,
                    "build": build,
                    "claims": args.claims,
                    "clients": args.clients,
                },
                indent=1,
            )
        )
    bad = [r for r in results if r.errors]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
