"""Benchmark the graph page: how long a large synthetic graph takes to build, and to stabilise in Chromium.

    python bench/bench_page.py                       # 2,000 nodes / 10,000 edges, and a 200 / 1,000 baseline
    python bench/bench_page.py --nodes 500 --edges 2500 --no-baseline
    python bench/bench_page.py --json                # one JSON object on stdout

A synthetic graph (actors of every kind, commitments for a few beneficiaries, claims of every relation with
1-3 quotes each) is written through graph.model Documents into an EmbeddedStore in a temporary folder; the
page is built with viz.page.build_page, loaded from a file:// URL in headless Chromium (viz.browser: Debian's
chromium, no download), and timed until window.pledgegraph.stabilized. "edges" counts every edge on the page:
claims plus one BENEFITS link per commitment.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from graph.model import (  # noqa: E402
    Actor,
    ActorKind,
    Claim,
    Commitment,
    Document,
    Source,
    Statement,
)
from graph.vocab import vocabulary  # noqa: E402

KIND_WEIGHTS = (
    (ActorKind.NATION, 60),
    (ActorKind.ORGANIZATION, 10),
    (ActorKind.PERSON, 15),
    (ActorKind.INSTITUTION, 5),
    (ActorKind.GROUP, 10),
)
RELATION_WEIGHTS = (("PLEDGES", 50), ("SUPPORTS", 20), ("OPPOSES", 8), ("DECLINES", 7), ("COORDINATES", 15))
CLAIMS_PER_DOCUMENT = 250
N_BENEFICIARIES = 5


def synthetic_documents(n_nodes: int, n_edges: int, seed: int = 1) -> list[Document]:
    """Documents whose graph has exactly `n_nodes` nodes (actors + commitments, every one with a claim or a
    BENEFITS link) and `n_edges` page edges (claims + one BENEFITS link per commitment)."""
    if n_nodes < 10 or n_edges < n_nodes:
        raise SystemExit("need at least 10 nodes and at least as many edges as nodes")
    rng = random.Random(seed)
    v = vocabulary()
    kinds = sorted(v.kinds)
    n_commitments = max(2, n_nodes // 5)
    n_actors = n_nodes - n_commitments
    n_claims = n_edges - n_commitments
    if n_claims < n_actors:
        raise SystemExit(f"{n_edges} edges are too few for {n_nodes} nodes (every actor needs a claim)")

    kind_pool = [k for k, w in KIND_WEIGHTS for _ in range(w)]
    actors = []
    for i in range(n_actors):
        actor_kind = ActorKind.NATION if i < N_BENEFICIARIES else rng.choice(kind_pool)
        actors.append(
            Actor(
                id=f"A{i:05d}",
                kind=actor_kind,
                name=f"{actor_kind.value.title()} {i}",
                aliases={"xx": [f"Alias {i}"]},
            )
        )
    beneficiaries = [a.id for a in actors[:N_BENEFICIARIES]]
    commitments = []
    for i in range(n_commitments):
        kind = kinds[i % len(kinds)]
        ben = beneficiaries[(i // len(kinds)) % len(beneficiaries)]
        scope = f"s{i // (len(kinds) * len(beneficiaries))}" if i >= len(kinds) * len(beneficiaries) else None
        commitments.append(Commitment(kind=kind, beneficiary=ben, scope=scope))

    rel_pool = [r for r, w in RELATION_WEIGHTS for _ in range(w)]
    start_day = date(2022, 2, 24)
    seen: set[str] = set()
    specs: list[dict[str, Any]] = []

    def add(subject: str, relation: str, target: Any) -> bool:
        if relation == "COORDINATES":
            other = target if isinstance(target, str) else rng.choice(actors).id
            if other == subject:
                return False
            fields: dict[str, Any] = {"object": other, "object_type": "actor", "kind": None}
            modality = rng.choice(v.ladder[:4])
        else:
            c = target if isinstance(target, Commitment) else rng.choice(commitments)
            fields = {
                "object": c.id,
                "object_type": "commitment",
                "kind": c.kind,
                "beneficiary": c.beneficiary,
                "scope": c.scope,
            }
            modality = "refused" if relation == "DECLINES" else rng.choice(v.ladder)
        spec = {
            "subject": subject,
            "relation": relation,
            "modality": modality,
            **fields,
            "valid_from": start_day + timedelta(days=rng.randrange(0, 1300)),
        }
        probe = Claim(**spec, evidence=())
        if probe.id in seen:
            return False
        seen.add(probe.id)
        specs.append(spec)
        return True

    for a in actors[N_BENEFICIARIES:]:  # every actor makes a claim ...
        while not add(a.id, rng.choice(("PLEDGES", "SUPPORTS")), None):
            pass
    for c in commitments:  # ... and every commitment is claimed
        if len(specs) >= n_claims:
            break
        while not add(rng.choice(actors[N_BENEFICIARIES:]).id, "PLEDGES", c):
            pass
    while len(specs) < n_claims:
        add(rng.choice(actors).id, rng.choice(rel_pool), None)

    documents = []
    for d, lo in enumerate(range(0, len(specs), CLAIMS_PER_DOCUMENT)):
        chunk = specs[lo : lo + CLAIMS_PER_DOCUMENT]
        quotes = [
            f"Synthetic report {d}, sentence {i}: {s['subject']} {s['relation'].lower()} {s['object']} "
            f"({s['modality']})."
            for i, s in enumerate(chunk)
            for _ in range(1)
        ]
        extra = [f"Synthetic report {d}, corroboration {i}." for i in range(len(chunk))]
        text = "\n".join(quotes + extra)
        source = Source.from_text(
            text,
            title=f"Synthetic report {d}",
            publisher="bench",
            published_at=start_day + timedelta(days=d),
            language="en",
        )
        statements: list[Statement] = []
        offset = 0
        for q in quotes + extra:
            statements.append(
                Statement(source_id=source.id, text=q, start=offset, end=offset + len(q), language="en")
            )
            offset += len(q) + 1
        claims = []
        for i, s in enumerate(chunk):
            evidence = [statements[i].id]
            for _ in range(rng.choice((0, 0, 1, 2))):
                evidence.append(statements[len(quotes) + rng.randrange(len(extra))].id)
            claims.append(Claim(**s, evidence=tuple(sorted(set(evidence))), method="bench"))
        documents.append(
            Document(
                source=source,
                actors=tuple(actors) if d == 0 else (),
                commitments=tuple(commitments) if d == 0 else (),
                statements=tuple(statements),
                claims=tuple(claims),
            )
        )
    return documents


def measure(n_nodes: int, n_edges: int, workdir: Path, *, seed: int, timeout: float) -> dict[str, Any]:
    from graph.store.embedded import EmbeddedStore
    from viz import browser
    from viz.page import build_page

    t = time.perf_counter()
    docs = synthetic_documents(n_nodes, n_edges, seed)
    generate_s = time.perf_counter() - t
    store_dir = workdir / f"store-{n_nodes}-{n_edges}"
    store = EmbeddedStore(store_dir / "graph.json")
    t = time.perf_counter()
    store.write_many(docs)
    write_s = time.perf_counter() - t

    t = time.perf_counter()
    page_html = build_page(store, title=f"bench {n_nodes} nodes / {n_edges} edges")
    build_s = time.perf_counter() - t
    page_file = workdir / f"page-{n_nodes}-{n_edges}.html"
    page_file.write_text(page_html, encoding="utf-8")

    with browser.launch() as b:
        page = b.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t = time.perf_counter()
        page.goto(browser.as_url(page_file), wait_until="load", timeout=timeout * 1000)
        load_s = time.perf_counter() - t
        browser.wait_stable(page, timeout)
        wall_s = time.perf_counter() - t
        info = page.evaluate(
            """() => {
                const pg = window.pledgegraph;
                const nav = performance.getEntriesByType('navigation')[0];
                const t0 = performance.now();
                pg.network.redraw();
                const redraw = performance.now() - t0;
                const kind = document.getElementById('kind-filter');
                const t1 = performance.now();
                kind.value = kind.options[1] ? kind.options[1].value : '';
                pg.applyFilters();
                kind.value = '';
                pg.applyFilters();
                const filters = (performance.now() - t1) / 2;
                const tm = pg.timings;
                return {stabilized_at_ms: pg.stabilizedAt, script_start_ms: tm.start,
                        parse_ms: tm.parsed - tm.start, datasets_ms: tm.datasets - tm.parsed,
                        network_ms: tm.network - tm.datasets,
                        dom_content_loaded_ms: nav.domContentLoadedEventEnd, nodes: pg.nodes.length,
                        edges: pg.edges.length, redraw_ms: redraw, filter_ms: filters};
            }"""
        )
        if errors:
            raise SystemExit(f"the page raised: {errors}")
    return {
        "nodes": info["nodes"],
        "edges": info["edges"],
        "html_bytes": len(page_html.encode("utf-8")),
        "generate_s": round(generate_s, 2),
        "store_write_s": round(write_s, 2),
        "build_page_s": round(build_s, 2),
        "load_event_s": round(load_s, 2),
        "stabilized_wall_s": round(wall_s, 2),
        "stabilized_in_page_s": round(info["stabilized_at_ms"] / 1000, 2),
        "dom_content_loaded_s": round(info["dom_content_loaded_ms"] / 1000, 2),
        "script_start_s": round(info["script_start_ms"] / 1000, 2),
        "json_parse_ms": round(info["parse_ms"], 1),
        "datasets_ms": round(info["datasets_ms"], 1),
        "network_ms": round(info["network_ms"], 1),
        "redraw_ms": round(info["redraw_ms"], 1),
        "filter_ms": round(info["filter_ms"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Needs Debian's chromium (apt-get install chromium) or PLEDGEGRAPH_CHROMIUM.",
    )
    p.add_argument("--nodes", type=int, default=2000, help="nodes of the large graph (default 2000)")
    p.add_argument("--edges", type=int, default=10000, help="edges of the large graph (default 10000)")
    p.add_argument(
        "--baseline-nodes", type=int, default=200, help="nodes of the baseline graph (default 200)"
    )
    p.add_argument(
        "--baseline-edges", type=int, default=1000, help="edges of the baseline graph (default 1000)"
    )
    p.add_argument("--no-baseline", action="store_true", help="measure the large graph only")
    p.add_argument("--seed", type=int, default=1, help="random seed of the generator (default 1)")
    p.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for stabilisation (default 300)"
    )
    p.add_argument(
        "--keep", type=Path, default=None, help="write the stores and pages here instead of a temp dir"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = p.parse_args(argv)

    from viz.browser import BrowserUnavailable
    from viz.page import physics_options

    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="pledgegraph-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        try:
            if not args.no_baseline:
                runs["baseline"] = measure(
                    args.baseline_nodes, args.baseline_edges, workdir, seed=args.seed, timeout=args.timeout
                )
            runs["large"] = measure(args.nodes, args.edges, workdir, seed=args.seed, timeout=args.timeout)
        except BrowserUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    result: dict[str, Any] = {
        "runs": runs,
        "physics_large": physics_options(args.nodes, args.edges),
        "physics_baseline": physics_options(args.baseline_nodes, args.baseline_edges),
    }
    if "baseline" in runs:
        b, g = runs["baseline"], runs["large"]
        result["ratio"] = {
            k: round(g[k] / b[k], 1) if b[k] else None
            for k in ("stabilized_wall_s", "stabilized_in_page_s", "html_bytes", "build_page_s")
        }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    cols = (
        "nodes",
        "edges",
        "html_bytes",
        "build_page_s",
        "load_event_s",
        "script_start_s",
        "datasets_ms",
        "network_ms",
        "stabilized_in_page_s",
        "stabilized_wall_s",
        "redraw_ms",
        "filter_ms",
    )
    widths = [len(c) + 2 for c in cols]
    print(f"{'run':<9}" + "".join(f"{c:>{w}}" for c, w in zip(cols, widths, strict=True)))
    for name, r in runs.items():
        print(f"{name:<9}" + "".join(f"{r[c]:>{w}}" for c, w in zip(cols, widths, strict=True)))
    if "ratio" in result:
        print("ratio large/baseline: " + ", ".join(f"{k} x{v}" for k, v in result["ratio"].items()))
    large = result["physics_large"]
    print(
        f"physics (large): barnesHut {large['barnes']}, stabilization {large['stabilization']}, "
        f"improvedLayout {large['improved_layout']}, hideEdgesOnDrag/Zoom {large['large']}, "
        f"physics off after stabilising: {large['large']}"
    )
    if "baseline" in runs:
        small = result["physics_baseline"]
        print(
            f"physics (baseline): barnesHut {small['barnes']}, stabilization {small['stabilization']}, "
            f"improvedLayout {small['improved_layout']}, large-graph mode {small['large']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
