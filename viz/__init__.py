"""Pictures of the graph: an interactive, self-contained HTML page (vis-network via pyvis) and static plots.

`viz.page.build_page` renders a GraphView to one HTML document with nothing loaded from the network;
`viz.plots` draws matplotlib figures; `viz.browser` drives the system Chromium for tests, benchmarks and
screenshots. Nothing here is imported by the graph, ingest or API layers at import time.
"""

from __future__ import annotations

__all__ = ["build_page"]


def build_page(*args, **kwargs):  # type: ignore[no-untyped-def]
    """Shortcut for `viz.page.build_page` (imported lazily: pyvis and jinja2 load only when asked)."""
    from viz.page import build_page as _build_page

    return _build_page(*args, **kwargs)
