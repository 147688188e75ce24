"""Readers and language detection: every bad input is an InputError naming the file (and line), never a
crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.langdetect import detect, detect_language
from ingest.readers import (
    RawDocument,
    html_to_text,
    read_bytes,
    read_jsonl_string,
    read_path,
    read_string,
    strip_markdown,
)

SEED = Path("/work/shared/seeds/000_9ff44f28702e9265.txt")


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


# ---------------------------------------------------------------------------------------------------- plain
# text


def test_plain_text_headline_title_and_language(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "a.txt",
        "France ready to send troops\n\nFrance is ready to send troops to Ukraine, the president said on Monday.\n",
    )
    (doc,) = list(read_path(p))
    assert isinstance(doc, RawDocument)
    assert doc.title == "France ready to send troops"
    assert doc.language == "en"
    assert doc.path == str(p)
    assert doc.source_name == "a.txt"
    assert doc.text.startswith("France ready")


@pytest.mark.skipif(not SEED.is_file(), reason="seed article not present")
def test_seed_is_read_as_italian() -> None:
    (doc,) = list(read_path(SEED))
    assert doc.language == "it"
    assert doc.title and doc.title.startswith("Dispiegamento internazionale di truppe")
    assert not doc.warnings


def test_given_language_wins_over_detection() -> None:
    doc = read_string("France is ready to send troops to Ukraine, the president said.", language="fr")
    assert doc.language == "fr"


# ------------------------------------------------------------------------------------------------------
# markdown


def test_markdown_markup_is_stripped_and_text_kept(tmp_path: Path) -> None:
    md = (
        "---\ntitle: Front matter title\npublished_at: 2025-03-02\n---\n# Heading one\n\n"
        "Some **bold** and _italic_ words with a [link](https://example.org) and `code`.\n\n"
        "- a list item about Germany\n> a quoted line\n\n```\nignored code block\n```\n"
    )
    p = write(tmp_path, "a.md", md)
    (doc,) = list(read_path(p))
    assert doc.title == "Front matter title"
    assert str(doc.published_at) == "2025-03-02"
    assert "**" not in doc.text and "[link]" not in doc.text and "`" not in doc.text and "#" not in doc.text
    assert "bold" in doc.text and "italic" in doc.text and "link" in doc.text
    assert "a list item about Germany" in doc.text and "a quoted line" in doc.text
    assert "ignored code block" not in doc.text
    text, meta = strip_markdown("## Sub\ntext")
    assert text.strip().splitlines()[0] == "Sub" and meta == {}


# ----------------------------------------------------------------------------------------------------------
# html


HTML = """<!doctype html><html lang="de"><head><title>Site | Schweden liefert Kampfjets</title>
<style>body { color: red }</style><script>var tracking = "Deutschland schickt Soldaten";</script>
<meta property="article:published_time" content="2025-02-01T10:00:00Z"></head>
<body><header>Menu Login Abo</header><nav><a href="/">Startseite</a> Politik Sport</nav>
<article><h1>Schweden liefert Kampfjets</h1>
<p>Schweden wird der Ukraine Kampfjets liefern, sagte der Regierungschef am Montag.</p>
<p>Die Niederlande haben bereits Patriot-Systeme bereitgestellt.</p>
<div class="related-articles">Lesen Sie auch: Wetter</div>
<aside>Anzeige: Kaufen Sie jetzt</aside></article>
<footer>Impressum Datenschutz</footer></body></html>"""


def test_html_boilerplate_dropped_title_and_paragraphs_kept(tmp_path: Path) -> None:
    p = write(tmp_path, "a.html", HTML)
    (doc,) = list(read_path(p))
    assert doc.title == "Schweden liefert Kampfjets"
    assert "Schweden wird der Ukraine Kampfjets liefern" in doc.text
    assert "Patriot-Systeme" in doc.text
    for junk in (
        "tracking",
        "color: red",
        "Startseite",
        "Menu Login",
        "Impressum",
        "Anzeige",
        "Lesen Sie auch",
    ):
        assert junk not in doc.text, junk
    assert doc.language == "de"
    assert str(doc.published_at) == "2025-02-01"
    # paragraphs are separate blocks, so the segmenter sees them apart
    assert "\n" in doc.text.strip()


def test_html_with_only_boilerplate_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path, "b.html", "<html><body><nav>only navigation</nav><script>x()</script></body></html>")
    with pytest.raises(InputError) as err:
        list(read_path(p))
    assert "b.html" in str(err.value)


def test_html_to_text_keeps_entities_decoded() -> None:
    text, title, _ = html_to_text("<p>Paris &amp; Londres</p>")
    assert text.strip() == "Paris & Londres" and title is None


# ---------------------------------------------------------------------------------------------------------
# jsonl


def test_jsonl_reads_each_line_with_its_number(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "url": "https://x.example/1",
                "title": "T1",
                "published_at": "2025-02-17",
                "language": "en",
                "text": "Britain is ready to send troops to Ukraine.",
            }
        ),
        "",
        json.dumps({"text": "La France est prête à envoyer des troupes en Ukraine après un cessez-le-feu."}),
    ]
    p = write(tmp_path, "c.jsonl", "\n".join(lines) + "\n")
    docs = list(read_path(p))
    assert [d.line for d in docs] == [1, 3]
    assert docs[0].url == "https://x.example/1" and str(docs[0].published_at) == "2025-02-17"
    assert docs[0].source_name == "https://x.example/1"
    assert docs[1].language == "fr"  # detected
    assert docs[1].source_name == "c.jsonl:3"


def test_jsonl_bad_line_names_file_and_line(tmp_path: Path) -> None:
    good = json.dumps({"text": "Britain is ready to send troops to Ukraine."})
    p = write(tmp_path, "bad.jsonl", good + "\n" + good + "\n{not json\n" + good + "\n")
    with pytest.raises(InputError) as err:
        list(read_path(p))
    assert err.value.line == 3
    assert err.value.path and err.value.path.endswith("bad.jsonl")
    assert "bad.jsonl:3" in str(err.value)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"title": "no text"}, "text"),
        ({"text": ""}, "text"),
        ({"text": "ok text here", "published_at": "yesterday"}, "published_at"),
        ({"text": "ok text here", "url": 5}, "url"),
    ],
)
def test_jsonl_bad_fields_are_named(record: dict, field: str) -> None:
    with pytest.raises(InputError) as err:
        read_jsonl_string(json.dumps(record), path="x.jsonl")
    assert err.value.field == field and err.value.line == 1


def test_jsonl_not_an_object_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_jsonl_string('["a list"]', path="x.jsonl")
    assert err.value.line == 1
    p = write(tmp_path, "empty.jsonl", "\n\n")
    with pytest.raises(InputError, match="empty"):
        list(read_path(p))


# ---------------------------------------------------------------------------------------------------- bad
# inputs


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    for name, data in (("e.txt", b""), ("w.txt", b"  \n\t\n"), ("e.md", b"")):
        p = write(tmp_path, name, data)
        with pytest.raises(InputError, match="empty") as err:
            list(read_path(p))
        assert name in str(err.value)


def test_binary_input_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path, "bin.txt", b"PK\x03\x04\x00\x00binary zip")
    with pytest.raises(InputError, match="binary"):
        list(read_path(p))
    q = write(tmp_path, "latin1.txt", "Sécurité garantie".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        list(read_path(q))
    with pytest.raises(InputError, match="binary"):
        read_bytes(b"a\x00b", name="up.jsonl")


def test_oversize_input_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path, "big.txt", "France is ready to send troops. " * 100)
    with pytest.raises(InputError, match="limit") as err:
        list(read_path(p, max_bytes=1000))
    assert "big.txt" in str(err.value)
    line = json.dumps({"text": "x" * 2000})
    with pytest.raises(InputError, match="limit") as err2:
        read_jsonl_string(line, path="big.jsonl", max_bytes=1000)
    assert err2.value.line == 1
    # the default limit is 5 MB: a normal article passes
    assert list(read_path(write(tmp_path, "ok.txt", "France is ready to send troops to Ukraine.")))


def test_missing_file_and_unknown_type(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_path(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="unknown file type"):
        list(read_path(write(tmp_path, "a.pdf", "x")))


# ------------------------------------------------------------------------------------------------ language
# detection


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per la difesa ucraina.",
            "it",
        ),
        (
            "France and the United Kingdom are willing to send several hundred soldiers to defend Ukraine.",
            "en",
        ),
        (
            "La France et le Royaume-Uni sont prêts à envoyer plusieurs centaines de soldats pour défendre l'Ukraine.",
            "fr",
        ),
        (
            "Frankreich und Großbritannien sind bereit, mehrere hundert Soldaten in die Ukraine zu schicken.",
            "de",
        ),
        (
            "Francia y el Reino Unido están dispuestos a enviar varios cientos de soldados para defender Ucrania.",
            "es",
        ),
    ],
)
def test_detects_five_languages(text: str, lang: str) -> None:
    d = detect(text)
    assert d.language == lang and d.reliable and not d.mixed
    assert detect_language(text) == (lang, d.score)


def test_undetermined_and_mixed_documents_are_reported() -> None:
    d = detect("12345 67890 ##### 2025")
    assert d.language == "und" and d.warning()
    it_par = (
        "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere la "
        "difesa ucraina in caso di escalation, secondo fonti diplomatiche che hanno parlato con la stampa."
    )
    en_par = (
        "Britain and France are ready to send several hundred soldiers to support the defence of Ukraine "
        "in case of escalation, according to diplomatic sources who spoke to the press on Monday."
    )
    mixed = detect(it_par + "\n\n" + en_par)
    assert mixed.mixed and mixed.label == "mixed"
    assert "mixed-language" in (mixed.warning() or "")
    doc = read_string(it_par + "\n\n" + en_par)
    assert doc.mixed_language
    assert any("mixed-language" in w for w in doc.warnings)
    assert doc.language in ("it", "en")
