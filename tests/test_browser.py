"""The graph page in a real headless Chromium (Debian's, driven by Playwright): offline, drawn, searchable,
and its edge tooltips show the quotes.

The page is served by a throwaway http.server on 127.0.0.1; every request the page makes is recorded, and any
to another host is both refused and a failure. Skipped when Chromium is not installed (apt-get install
chromium), unless PLEDGEGRAPH_REQUIRE_BROWSER=1, when that is a failure.

With PLEDGEGRAPH_SCREENSHOTS=1 it also saves docs/img/graph-page.png.
"""

from __future__ import annotations

import functools
import html
import os
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from graph.model import Commitment
from viz import browser

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
FRA_QUOTE = (
    "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere "
    "la difesa ucraina in caso di escalation."
)
TROOPS = Commitment(kind="troops", beneficiary="UKR")

if not browser.available():
    if os.environ.get("PLEDGEGRAPH_REQUIRE_BROWSER") == "1":
        raise RuntimeError(
            "PLEDGEGRAPH_REQUIRE_BROWSER=1 but Chromium is missing: install it with apt-get install chromium"
        )
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed-article page served at http://127.0.0.1:<free port>/graph.html."""
    from viz.page import build_page
    from viz.sample import seed_store

    root = tmp_path_factory.mktemp("site")
    store = seed_store(root / "store" / "graph.json")
    (root / "graph.html").write_text(build_page(store, title="pledgegraph — seed article"), encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="viz-test-http", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser.launch() as b:
        yield b


@pytest.fixture()
def loaded(chromium: Any, site: str) -> Iterator[tuple[Any, list[str], list[str]]]:
    """A page with the graph loaded and stable; the URLs it requested; the JS errors it raised."""
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))

    def gate(route: Any) -> None:  # nothing leaves this machine's test server, whatever the page asks for
        if route.request.url.startswith(site + "/") or route.request.url.split(":", 1)[0] in ("data", "blob"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", gate)
    page.goto(site + "/graph.html", wait_until="load")
    browser.wait_stable(page, timeout=60)
    yield page, requests, errors
    context.close()


def test_no_request_leaves_the_local_server(loaded: tuple[Any, list[str], list[str]], site: str) -> None:
    page, requests, errors = loaded
    page.wait_for_timeout(500)
    assert requests, "the page itself was requested"
    foreign = [
        u for u in requests if not (u.startswith(site + "/") or u.split(":", 1)[0] in ("data", "blob"))
    ]
    assert foreign == []
    assert errors == []


def test_canvas_is_drawn(loaded: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = loaded
    counts = page.evaluate("() => [window.pledgegraph.nodes.length, window.pledgegraph.edges.length]")
    assert counts[0] > 10 and counts[1] > 10
    painted = page.evaluate(
        """() => {
            const c = document.querySelector('#network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4 * 7) { if (d[i] > 0) n++; }
            return {n: n, w: c.width, h: c.height, url: c.toDataURL().length};
        }"""
    )
    assert painted["w"] > 500 and painted["h"] > 500
    assert painted["n"] > 1000, painted
    assert painted["url"] > 20000


def test_search_selects_and_focuses_france(loaded: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = loaded
    before = page.evaluate(
        "() => [window.pledgegraph.network.getViewPosition(), window.pledgegraph.network.getScale()]"
    )
    page.fill("#search", "Francia")
    page.click("#search-go")
    page.wait_for_function("() => window.pledgegraph.network.getSelectedNodes().includes('FRA')")
    page.wait_for_timeout(800)  # the focus animation
    after = page.evaluate(
        "() => [window.pledgegraph.network.getViewPosition(), window.pledgegraph.network.getScale()]"
    )
    moved = (
        abs(after[0]["x"] - before[0]["x"]) + abs(after[0]["y"] - before[0]["y"]) + abs(after[1] - before[1])
    )
    assert moved > 5, (before, after)
    center = page.evaluate(
        """() => { const n = window.pledgegraph.network;
                  const p = n.getPositions(['FRA']).FRA; const v = n.getViewPosition();
                  return Math.hypot(p.x - v.x, p.y - v.y); }"""
    )
    assert center < 5, "France is in the middle of the view"
    assert "France" in page.inner_text("#info")
    # Enter in the box works too, and an unknown name says so
    page.fill("#search", "Regno Unito")
    page.press("#search", "Enter")
    page.wait_for_function("() => window.pledgegraph.network.getSelectedNodes().includes('GBR')")
    page.fill("#search", "Narnia")  # ("Atlantis" is in NATO's German name, Nordatlantische Allianz)
    page.press("#search", "Enter")
    assert "No actor matches" in page.inner_text("#search-status")


def _edge_point(page: Any, edge_id: str) -> dict[str, float]:
    """A point on the edge, in page coordinates, where the edge (not a node) is under the mouse."""
    return page.evaluate(
        """(id) => {
            const n = window.pledgegraph.network;
            const e = window.pledgegraph.edges.get(id);
            const pos = n.getPositions([e.from, e.to]);
            const rect = document.querySelector('#network canvas').getBoundingClientRect();
            for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
                const c = {x: pos[e.from].x + t * (pos[e.to].x - pos[e.from].x),
                           y: pos[e.from].y + t * (pos[e.to].y - pos[e.from].y)};
                const d = n.canvasToDOM(c);
                if (n.getNodeAt(d) === undefined && n.getEdgeAt(d) === id) {
                    return {x: rect.left + d.x, y: rect.top + d.y};
                }
            }
            return null;
        }""",
        edge_id,
    )


def test_hovering_the_fra_troops_edge_shows_the_quote(loaded: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = loaded
    edge_id = page.evaluate(
        """(to) => window.pledgegraph.edges.get({filter: e => e.from === 'FRA' && e.to === to &&
                  e.relation === 'PLEDGES' && e.modality === 'willing'})[0].id""",
        TROOPS.id,
    )
    page.evaluate("() => window.pledgegraph.network.fit({animation: false})")
    page.wait_for_timeout(200)
    point = _edge_point(page, edge_id)
    assert point is not None, "the FRA -> troops edge is reachable with the mouse"
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=5)
    tooltip = page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    text = tooltip.inner_text()
    assert FRA_QUOTE in text
    assert "willing" in text and "alcune centinaia di soldati" in text and "in caso di escalation" in text
    assert "Dispiegamento internazionale di truppe" in text and "2025-08-19" in text
    assert html.escape("<") not in text


def test_filters_hide_and_show_edges(loaded: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = loaded
    visible = "() => window.pledgegraph.edges.get({filter: e => !e.hidden}).length"
    total = page.evaluate(visible)
    page.select_option("#kind-filter", "troops")
    shown = page.evaluate(
        "() => window.pledgegraph.edges.get({filter: e => !e.hidden && e.claim}).map(e => e.kind)"
    )
    assert shown and set(shown) == {"troops"}
    page.select_option("#kind-filter", "")
    page.uncheck("#relation-filter input[value=PLEDGES]")
    assert (
        page.evaluate(
            "() => window.pledgegraph.edges.get({filter: e => !e.hidden && e.relation === 'PLEDGES'}).length"
        )
        == 0
    )
    page.check("#relation-filter input[value=PLEDGES]")
    page.select_option("#modality-filter", "planned")
    assert (
        page.evaluate(
            "() => window.pledgegraph.edges.get({filter: e => !e.hidden && e.claim && e.rank < 3}).length"
        )
        == 0
    )
    page.select_option("#modality-filter", "")
    page.fill("#as-of", "2025-08-01")  # before the article: no claim in force
    page.dispatch_event("#as-of", "change")
    assert page.evaluate("() => window.pledgegraph.edges.get({filter: e => !e.hidden}).length") == 0
    page.click("#reset")
    assert page.evaluate(visible) == total


def test_screenshot_for_the_readme(loaded: tuple[Any, list[str], list[str]]) -> None:
    if os.environ.get("PLEDGEGRAPH_SCREENSHOTS") != "1":
        pytest.skip("set PLEDGEGRAPH_SCREENSHOTS=1 to write docs/img/graph-page.png")
    page, _, _ = loaded
    out = ROOT / "docs" / "img" / "graph-page.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)
    page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000
