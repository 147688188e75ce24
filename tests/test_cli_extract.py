"""`pledgegraph extract` and text ingest through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

KEYS = ["source", "subject", "relation", "kinds", "beneficiary", "target", "modality", "quantity", "condition",
        "speaker", "quote", "start", "end", "language", "rule", "confidence"]


def test_extract_prints_json_lines_with_exact_offsets(seed_path: Path) -> None:
    proc = run_cli("extract", str(seed_path))
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    text = seed_path.read_text(encoding="utf-8")
    assert rows
    for r in rows:
        assert list(r) == KEYS
        assert text[r["start"]:r["end"]] == r["quote"]
        assert r["subject"] != "UKR"
    got = {(r["subject"], r["relation"], k) for r in rows for k in r["kinds"]}
    assert {("FRA", "PLEDGES", "troops"), ("GBR", "PLEDGES", "troops"), ("RUS", "OPPOSES", "nato_presence")} <= got


def test_extract_bad_inputs_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "binary.txt"), str(tmp_path / "empty.txt"), check=False)
    assert proc.returncode == 1
    assert "binary" in proc.stderr and "empty" in proc.stderr


def test_ingesting_an_article_stores_its_claims(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("# Paris ready\n\nFrance is ready to send troops to Ukraine after a ceasefire.\n",
                       encoding="utf-8")
    run_cli("ingest", str(article), "--data-dir", str(tmp_path / "store"))
    proc = run_cli("backers", "--kind", "troops", "--beneficiary", "UKR", "--json", "--data-dir",
                   str(tmp_path / "store"))
    backers = json.loads(proc.stdout)
    assert [b["actor"]["id"] for b in backers] == ["FRA"]
    claim = backers[0]["claims"][0]
    assert claim["claim"]["method"].startswith("rules:")
    assert claim["claim"]["condition_norm"] == "after_ceasefire"
