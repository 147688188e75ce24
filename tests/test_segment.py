"""Sentences and clauses with exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.segment import clauses, segment, sentences

SEED = Path("/work/shared/seeds/000_9ff44f28702e9265.txt")


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


@pytest.mark.skipif(not SEED.is_file(), reason="seed article not present")
def test_seed_glued_sentences_are_split_with_exact_offsets() -> None:
    text = SEED.read_text(encoding="utf-8")
    sents = sentences(text)
    for s in sents:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    by_text = [s.text for s in sents]
    for left, right in (
        ("sviluppo.", "Durante"),
        ("questione.", "Nei prossimi"),
        ("territoriale.", "Il pacchetto"),
        ("aerea.", "Nei prossimi giorni, le negoziazioni"),
    ):
        i = next(i for i, t in enumerate(by_text) if t.endswith(left))
        assert by_text[i + 1].startswith(right), (left, right)
    # the headline (no final stop) is its own sentence
    assert by_text[0] == "Dispiegamento internazionale di truppe: cosa si sa sul sostegno all’Ucraina dall’estero"
    assert len(sents) == 19


def test_abbreviations_initials_and_numbers_do_not_split() -> None:
    t = (
        "Mr. Smith met Dr. Jones and U.S. officials, e.g. in Kyiv. Il sig. Rossi ecc. ha detto che "
        "3.5 miliardi e 20.000 soldati sono pronti. Laut Nr. 5 sagte z.B. der Minister etwas. "
        "M. Macron a parlé."
    )
    assert texts(t) == [
        "Mr. Smith met Dr. Jones and U.S. officials, e.g. in Kyiv.",
        "Il sig. Rossi ecc. ha detto che 3.5 miliardi e 20.000 soldati sono pronti.",
        "Laut Nr. 5 sagte z.B. der Minister etwas.",
        "M. Macron a parlé.",
    ]


def test_dotted_acronym_before_a_new_sentence_and_ordinals() -> None:
    assert texts("Troops arrived in the U.S. The next day they left.") == [
        "Troops arrived in the U.S.",
        "The next day they left.",
    ]
    assert texts("Am 1. September sagte er das. Dann ging er.") == [
        "Am 1. September sagte er das.",
        "Dann ging er.",
    ]


def test_quotes_dashes_and_missing_spaces() -> None:
    t = "He said: “We are ready.” Then he left!Really? Yes… ok. « Nous enverrons des troupes. » Puis rien."
    assert texts(t) == [
        "He said: “We are ready.”",
        "Then he left!",
        "Really?",
        "Yes… ok.",
        "« Nous enverrons des troupes. »",
        "Puis rien.",
    ]


def test_headlines_end_at_line_breaks_but_wrapped_lines_join() -> None:
    assert texts("Headline without stop\nFirst sentence here. Second one.") == [
        "Headline without stop",
        "First sentence here.",
        "Second one.",
    ]
    assert texts("a wrapped line that goes\non and on. Next.") == [
        "a wrapped line that goes\non and on.",
        "Next.",
    ]


def test_clauses_split_on_semicolon_colon_and_spaced_dash() -> None:
    t = "Il pacchetto prevede misure: addestramento e armi; la Francia invia truppe — un segnale chiaro. Ore 10:30."
    s = sentences(t)[0]
    cl = clauses(t, s)
    assert [c.text for c in cl] == [
        "Il pacchetto prevede misure",
        "addestramento e armi",
        "la Francia invia truppe",
        "un segnale chiaro.",
    ]
    assert [c.sep for c in cl] == ["", ":", ";", "—"]
    for c in cl:
        assert t[c.start : c.end] == c.text
    # times are not clause breaks
    s2 = sentences(t)[1]
    assert [c.text for c in clauses(t, s2)] == ["Ore 10:30."]
    assert segment(t)[0][1] == cl


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ .!?;:—–\n«»“”'0123456789")), max_size=200))
def test_offsets_are_always_exact_and_ordered(text: str) -> None:
    last = 0
    for s in sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.start >= last and s.end > s.start
        last = s.end
        for c in clauses(text, s):
            assert text[c.start : c.end] == c.text
            assert s.start <= c.start < c.end <= s.end
