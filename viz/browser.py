"""Drive the system Chromium through Playwright's Python API: for tests, benchmarks and screenshots.

Playwright's own browser download is never used (this project's machines cannot fetch it): we launch Debian's
Chromium, `/usr/bin/chromium`, or the one `PLEDGEGRAPH_CHROMIUM` names. Missing Chromium is a clear error:
install it with `apt-get install chromium`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class BrowserUnavailable(RuntimeError):
    """No Chromium (or no Playwright) to drive."""


def chromium_path() -> str:
    """The Chromium executable to launch: $PLEDGEGRAPH_CHROMIUM, else /usr/bin/chromium."""
    wanted = os.environ.get("PLEDGEGRAPH_CHROMIUM") or DEFAULT_CHROMIUM
    found = wanted if os.path.isfile(wanted) and os.access(wanted, os.X_OK) else shutil.which(wanted)
    if not found:
        raise BrowserUnavailable(
            f"Chromium not found at {wanted!r}: install it with apt-get install chromium "
            "(or point PLEDGEGRAPH_CHROMIUM at a Chromium executable)"
        )
    return found


def available() -> bool:
    """True if Chromium and Playwright's Python package are both there (tests skip otherwise)."""
    try:
        chromium_path()
        import playwright.sync_api  # noqa: F401
    except (BrowserUnavailable, ImportError):
        return False
    return True


@contextmanager
def launch(**kwargs: Any) -> Iterator[Any]:
    """A headless Chromium `Browser` (Playwright sync API), closed on exit. No browser is ever downloaded."""
    path = chromium_path()
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - a dev dependency
        raise BrowserUnavailable("the playwright Python package is missing: pip install playwright") from exc
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=list(CHROMIUM_ARGS), **kwargs)
        try:
            yield browser
        finally:
            browser.close()


def as_url(url_or_file: str | Path) -> str:
    """A URL for a page: http(s)/file/data URLs are kept, a path becomes a file:// URL."""
    text = str(url_or_file)
    if text.split(":", 1)[0] in ("http", "https", "file", "data", "about"):
        return text
    path = Path(text)
    if not path.exists():
        raise FileNotFoundError(f"no page at {path}")
    return path.resolve().as_uri()


def wait_stable(page: Any, timeout: float = 120.0) -> None:
    """Wait until a pledgegraph page says its network has stabilised (window.pledgegraph.stabilized)."""
    page.wait_for_function(
        "() => window.pledgegraph && window.pledgegraph.stabilized === true", timeout=timeout * 1000
    )


def screenshot(
    url_or_file: str | Path,
    path: str | Path,
    width: int = 1400,
    height: int = 900,
    *,
    wait: bool = True,
    timeout: float = 120.0,
    settle_ms: int = 300,
) -> Path:
    """Load a page in headless Chromium and save a PNG of the viewport at `path`.

    With `wait` the page must be a pledgegraph page: the shot is taken once its network is stable.
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with launch() as browser:
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.goto(as_url(url_or_file), wait_until="load", timeout=timeout * 1000)
        if wait:
            wait_stable(page, timeout)
        page.wait_for_timeout(settle_ms)
        page.screenshot(path=str(out), full_page=False)
        page.close()
    return out


__all__ = [
    "CHROMIUM_ARGS",
    "BrowserUnavailable",
    "as_url",
    "available",
    "chromium_path",
    "launch",
    "screenshot",
    "wait_stable",
]
