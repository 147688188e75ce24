"""Make the README pictures: the graph page and the backing matrix, from an embedded store.

    python scripts/screenshots.py --data-dir .pledgegraph   # the store you ingested into
    python scripts/screenshots.py --demo                    # the seed article (viz.sample), no store needed
    python scripts/screenshots.py --data-dir D --center UKR --depth 2 --beneficiary UKR --out docs/img

Writes OUT/graph-page.png (headless Chromium, 1400x900 by default) and OUT/backing-matrix.png (matplotlib),
and OUT/coalition.png with --coalition COMMITMENT_ID. Needs Debian's chromium (apt-get install chromium) or
PLEDGEGRAPH_CHROMIUM; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder of the embedded store (its graph.json); default $PLEDGEGRAPH_DATA_DIR or .pledgegraph",
    )
    src.add_argument("--demo", action="store_true", help="use the seed article's claims (viz.sample)")
    p.add_argument(
        "--out", type=Path, default=ROOT / "docs" / "img", help="folder for the PNGs (default docs/img)"
    )
    p.add_argument(
        "--center", default=None, help="an actor id or name, or a commitment id, to centre the page on"
    )
    p.add_argument("--depth", type=int, default=2, help="hops around --center (default 2)")
    p.add_argument("--kinds", nargs="*", default=None, help="kinds of contribution to keep")
    p.add_argument("--as-of", type=date.fromisoformat, default=None, help="claims in force on this date")
    p.add_argument(
        "--beneficiary", default="UKR", help="whom the backing matrix is about (default UKR; '' = all)"
    )
    p.add_argument("--coalition", default=None, help="also draw the coalition around this commitment id")
    p.add_argument("--search", default=None, help="select and focus this actor before the shot (e.g. France)")
    p.add_argument("--width", type=int, default=1400)
    p.add_argument("--height", type=int, default=900)
    p.add_argument("--title", default=None, help="page title")
    args = p.parse_args(argv)

    from graph.errors import PledgegraphError
    from graph.settings import Settings
    from graph.store.embedded import EmbeddedStore
    from viz import browser
    from viz.page import DEFAULT_TITLE, build_page
    from viz.plots import backing_matrix, coalition_graph, save

    with tempfile.TemporaryDirectory(prefix="pledgegraph-shots-") as tmp:
        if args.demo:
            from viz.sample import seed_store

            store = seed_store(Path(tmp) / "graph.json")
            title = args.title or "pledgegraph — the seed article"
        else:
            data_dir = args.data_dir or Settings().data_dir
            graph_file = Path(data_dir) / "graph.json"
            if not graph_file.exists():
                print(
                    f"error: no embedded store at {graph_file} (ingest first, or use --demo)", file=sys.stderr
                )
                return 2
            store = EmbeddedStore(graph_file)
            title = args.title or DEFAULT_TITLE
        try:
            page_html = build_page(
                store, center=args.center, depth=args.depth, kinds=args.kinds, as_of=args.as_of, title=title
            )
            matrix = backing_matrix(store, beneficiary=args.beneficiary or None)
            coalition = coalition_graph(store, args.coalition) if args.coalition else None
        except PledgegraphError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        page_file = Path(tmp) / "graph.html"
        page_file.write_text(page_html, encoding="utf-8")
        shot = args.out / "graph-page.png"
        try:
            with browser.launch() as b:
                page = b.new_page(
                    viewport={"width": args.width, "height": args.height}, device_scale_factor=1
                )
                page.goto(browser.as_url(page_file), wait_until="load")
                browser.wait_stable(page, timeout=180)
                page.wait_for_timeout(400)
                if args.search:
                    page.fill("#search", args.search)
                    page.click("#search-go")
                    page.wait_for_timeout(900)
                page.screenshot(path=str(shot))
        except browser.BrowserUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {shot}")
        print(f"wrote {save(matrix, args.out / 'backing-matrix.png')}")
        if coalition is not None:
            print(f"wrote {save(coalition, args.out / 'coalition.png')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
