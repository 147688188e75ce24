"""The walking product end to end, through the real command line and real HTTP."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest
from conftest import run_cli


def test_ingesting_twice_leaves_the_store_byte_identical(tmp_path: Path) -> None:
    run_cli("ingest", "corpus/", "--data-dir", str(tmp_path))
    first = (tmp_path / "graph.json").read_bytes()
    proc = run_cli("ingest", "corpus/", "--data-dir", str(tmp_path))
    assert "created nothing new" in proc.stdout
    assert (tmp_path / "graph.json").read_bytes() == first


def _bad_variants(tmp_path: Path, repo_root: Path) -> list[tuple[Path, str]]:
    good = (repo_root / "corpus" / "curated").glob("*.yaml")
    template = sorted(good)[0].read_text(encoding="utf-8")
    variants = {
        "bad_yaml.yaml": ("schema: pledgegraph/curated@1\nsource: {title: x\n", "bad YAML"),
        "unknown_field.yaml": (template.replace("claims:\n", "claims:\n- colour: red\n", 1), "colour"),
        "unknown_kind.yaml": (template.replace("kinds: [", "kinds: [tanks, ", 1), "unknown kind 'tanks'"),
        "bad_date.yaml": (template.replace("published_at: 20", "published_at: 19999-", 1), "published_at"),
    }
    out = []
    for name, (text, message) in variants.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        out.append((p, message))
    nonutf = tmp_path / "non_utf8.yaml"
    nonutf.write_bytes(template.encode("utf-8").replace(b"title:", b"title: \xff", 1))
    out.append((nonutf, "not UTF-8"))
    return out


def test_malformed_files_are_refused_and_the_store_keeps_what_it_had(tmp_path: Path, repo_root: Path) -> None:
    data = tmp_path / "store"
    run_cli("ingest", "corpus/", "--data-dir", str(data))
    before = (data / "graph.json").read_bytes()
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    for path, message in _bad_variants(bad_dir, repo_root):
        proc = run_cli("ingest", str(path), "--data-dir", str(data), check=False)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert f"{path}:" in proc.stderr, proc.stderr  # names the file and the line
        assert message in proc.stderr, proc.stderr
        assert (data / "graph.json").read_bytes() == before


@pytest.mark.parametrize(("alias", "expected"), [("Francia", "FRA"), ("Regno Unito", "GBR"),
                                                  ("Washington", "USA"), ("Frankreich", "FRA"),
                                                  ("Casa Bianca", "WHITE_HOUSE")])
def test_actor_resolves_any_alias(demo_store_dir: Path, alias: str, expected: str) -> None:
    proc = run_cli("actor", alias, "--json", "--data-dir", str(demo_store_dir))
    assert f'"id": "{expected}"' in proc.stdout


def test_actor_unknown_is_a_clear_error(demo_store_dir: Path) -> None:
    proc = run_cli("actor", "Atlantis", "--data-dir", str(demo_store_dir), check=False)
    assert proc.returncode == 2
    assert "no actor with id 'Atlantis'" in proc.stderr and "hint" in proc.stderr


def test_backers_cli_lists_france_and_britain(demo_store_dir: Path) -> None:
    proc = run_cli("backers", "--kind", "troops", "--beneficiary", "Ucraina", "--json", "--data-dir",
                   str(demo_store_dir))
    assert '"id": "FRA"' in proc.stdout and '"id": "GBR"' in proc.stdout


def test_served_backers_answer_fra_and_gbr_with_their_quotes(demo_store_dir: Path, serve_app, seed_path: Path,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    data = tmp_path / "copy"
    shutil.copytree(demo_store_dir, data)
    url = serve_app(data)
    r = httpx.get(url + "/backers", params={"kind": "troops", "beneficiary": "UKR"}, timeout=30)
    assert r.status_code == 200
    body = r.json()
    by_actor = {b["actor"]["id"]: b for b in body["backers"]}
    assert {"FRA", "GBR"} <= set(by_actor)
    seed_text = seed_path.read_text(encoding="utf-8")
    sentence = ("La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere la "
                "difesa ucraina in caso di escalation.")
    for actor in ("FRA", "GBR"):
        quotes = [ev for c in by_actor[actor]["claims"] for ev in c["evidence"]]
        assert quotes, f"{actor} has no evidence"
        for ev in quotes:
            assert ev["quote"] and ev["source_id"]
    # the seed's own sentence backs both, with exact offsets into the seed text
    seed_quotes = [ev for a in ("FRA", "GBR") for c in by_actor[a]["claims"] for ev in c["evidence"]
                   if ev["quote"] == sentence]
    assert seed_quotes, "the seed article's sentence is not among the evidence"
    ev = seed_quotes[0]
    assert seed_text[ev["start"]:ev["end"]] == sentence


def test_export_formats_are_deterministic(demo_store_dir: Path, tmp_path: Path) -> None:
    for fmt in ("graphml", "json", "csv"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        run_cli("export", "--format", fmt, "-o", str(a), "--data-dir", str(demo_store_dir))
        run_cli("export", "--format", fmt, "-o", str(b), "--data-dir", str(demo_store_dir))
        assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 1000
    assert "FRA" in (tmp_path / "a.csv").read_text(encoding="utf-8")


def test_every_command_has_help() -> None:
    top = run_cli("--help").stdout
    for cmd in ("ingest", "backers", "actor", "export", "serve"):
        assert cmd in top
        assert "Usage" in run_cli(cmd, "--help").stdout
