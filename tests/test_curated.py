"""Curated claim files: good files become Documents; bad ones are refused naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.curated import load_curated

KNOWN = {"FRA", "GBR", "UKR", "RUS", "USA"}

GOOD = """\
schema: pledgegraph/curated@1
source:
  title: "Test article"
  publisher: "pledgegraph tests"
  published_at: 2025-03-02
  language: en
  text: |
    France is ready to send troops after a ceasefire. Britain too.
    Russia rejects any NATO presence in Ukraine.
claims:
  - subject: FRA
    relation: PLEDGES
    kinds: [troops]
    beneficiary: UKR
    modality: willing
    condition: "after a ceasefire"
    condition_norm: after_ceasefire
    quote: "France is ready to send troops after a ceasefire."
  - subject: RUS
    relation: OPPOSES
    kinds: [nato_presence]
    beneficiary: UKR
    modality: pledged
    quote: "Russia rejects any NATO presence in Ukraine."
"""


def write(tmp_path: Path, text: str | bytes, name: str = "doc.yaml") -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def load(path: Path):  # type: ignore[no-untyped-def]
    return load_curated(path, lambda a: a in KNOWN)


def test_a_good_file_gives_claims_with_exact_offsets(tmp_path: Path) -> None:
    doc = load(write(tmp_path, GOOD))
    assert [(c.subject, c.relation.value, c.kind, c.modality) for c in doc.claims] == sorted(
        [("FRA", "PLEDGES", "troops", "willing"), ("RUS", "OPPOSES", "nato_presence", "pledged")],
        key=lambda t: next(c.id for c in doc.claims if c.subject == t[0]))
    text = ("France is ready to send troops after a ceasefire. Britain too.\n"
            "Russia rejects any NATO presence in Ukraine.\n")
    for st in doc.statements:
        assert st.start is not None and st.end is not None
        assert text[st.start:st.end] == st.text
    assert doc.source.id == doc.source.sha256 and len(doc.source.id) == 64


def test_the_same_file_gives_the_same_document(tmp_path: Path) -> None:
    assert load(write(tmp_path, GOOD, "a.yaml")) == load(write(tmp_path, GOOD, "b.yaml"))


@pytest.mark.parametrize(
    ("mutate", "line", "field", "message"),
    [
        (lambda t: t.replace("    modality: willing", "    modality: willing\n    colour: red"), 16, "claims.0.colour",
         "Extra inputs are not permitted"),
        (lambda t: t.replace("kinds: [troops]", "kinds: [tanks]"), 13, "claims.0.kinds", "unknown kind 'tanks'"),
        (lambda t: t.replace("published_at: 2025-03-02", "published_at: 2025-13-45"), 5, "source.published_at",
         "date"),
        (lambda t: t.replace("modality: pledged", "modality: probably"), 23, "claims.1.modality",
         "unknown modality 'probably'"),
        (lambda t: t.replace("subject: RUS", "subject: XYZ"), 19, "claims.1.subject", "unknown actor 'XYZ'"),
        (lambda t: t.replace('quote: "Russia rejects', 'quote: "Moscow rejects'), 24, "claims.1.quote",
         "not an exact substring"),
        (lambda t: t.replace("relation: OPPOSES", "relation: LIKES"), 20, "claims.1.relation", "Input should be"),
    ],
)
def test_bad_fields_name_file_line_and_field(tmp_path: Path, mutate, line: int, field: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, mutate(GOOD))
    with pytest.raises(InputError) as info:
        load(path)
    err = info.value
    assert err.path == str(path)
    assert err.field == field
    assert err.line == line, str(err)
    assert message in str(err)
    assert f"{path}:{line}:" in str(err)


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("    modality: willing", "    modality: [willing"))
    with pytest.raises(InputError, match="bad YAML") as info:
        load(path)
    assert info.value.line is not None and 15 <= info.value.line <= 16


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    raw = GOOD.encode("utf-8").replace(b"Britain too.", b"Britain \xe9 too.")
    with pytest.raises(InputError, match="not UTF-8") as info:
        load(write(tmp_path, raw))
    assert info.value.line == 8


@pytest.mark.parametrize("content", ["", "   \n", "- just\n- a list\n"])
def test_empty_or_shapeless_files_are_refused(tmp_path: Path, content: str) -> None:
    with pytest.raises(InputError):
        load(write(tmp_path, content))


def test_wrong_schema_version_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown schema") as info:
        load(write(tmp_path, GOOD.replace("curated@1", "curated@9")))
    assert info.value.line == 1 and info.value.field == "schema"
