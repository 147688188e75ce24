"""`pledgegraph viz` and `pledgegraph plot` through the real command line."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_cli

from graph.model import Commitment


def test_viz_writes_an_offline_page_centred_on_an_alias(demo_store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    run_cli("viz", "-o", str(out), "--center", "Francia", "--kinds", "troops", "--data-dir", str(demo_store_dir))
    html = out.read_text(encoding="utf-8")
    assert '"FRA"' in html and "vis.Network" in html
    assert not re.search(r"""(src|href)\s*=\s*["']https?://""", html), "the page loads something remote"


def test_viz_rejects_a_bad_date(demo_store_dir: Path, tmp_path: Path) -> None:
    proc = run_cli("viz", "-o", str(tmp_path / "p.html"), "--as-of", "yesterday", "--data-dir",
                   str(demo_store_dir), check=False)
    assert proc.returncode == 2 and "not a date" in proc.stderr


def test_plot_writes_png_and_svg(demo_store_dir: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "m.png", tmp_path / "c.svg"
    run_cli("plot", "matrix", "--beneficiary", "UKR", "-o", str(png), "--data-dir", str(demo_store_dir))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    troops = Commitment(kind="troops", beneficiary="UKR").id
    run_cli("plot", "coalition", "--commitment", troops, "-o", str(svg), "--data-dir", str(demo_store_dir))
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text


def test_plot_unknown_commitment_is_a_clear_error(demo_store_dir: Path, tmp_path: Path) -> None:
    proc = run_cli("plot", "coalition", "--commitment", "c_nope", "-o", str(tmp_path / "x.png"), "--data-dir",
                   str(demo_store_dir), check=False)
    assert proc.returncode == 2 and "c_nope" in proc.stderr
