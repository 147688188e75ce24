"""Reference data: pycountry nations, the YAML data files, the alias index and the reference Document."""

from __future__ import annotations

import gettext
import subprocess
import sys
import time
from datetime import date

import pycountry
import pytest

from graph.model import ActorKind, Document, Relation
from ingest.refdata import alias_index, load_reference, lookup, reference_document
from ingest.refdata import loader as refloader


def actors_of(text: str, lang: str | None = None) -> set[str]:
    return {r.actor_id for r in alias_index().resolve(text, lang)}


def first(text: str, lang: str | None = None):
    found = alias_index().resolve(text, lang)
    assert found, f"{text!r} resolves to nothing"
    return found[0]


def spans(text: str, lang: str | None = None) -> list[tuple[int, int, str, str]]:
    return [(s, e, text[s:e], r.actor_id) for s, e, r in alias_index().longest_matches(text, lang)]


# ------------------------------------------------------------------------------------------------- nations


def test_every_pycountry_country_is_a_nation_actor():
    ref = load_reference()
    for country in pycountry.countries:
        actor = ref.actors[country.alpha_3]
        assert actor.kind is ActorKind.NATION
        assert actor.iso3 == country.alpha_3 and actor.iso2 == country.alpha_2
    assert ref.actors["GBR"].name == "United Kingdom"
    assert ref.actors["USA"].name == "United States"
    assert ref.actors["RUS"].name == "Russia"  # pycountry has no common_name for RUS: set in demonyms.yaml


def test_names_come_from_pycountry_translations():
    it = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    assert it.gettext("United Kingdom") in load_reference().actors["GBR"].aliases["it"]
    assert "Frankreich" in load_reference().actors["FRA"].aliases["de"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Francia", "it"), ("France", "en"), ("France", "fr"), ("Frankreich", "de"), ("Francia", "es")],
)
def test_france_in_five_languages(text, lang):
    r = first(text, lang)
    assert (r.actor_id, r.how, r.lang) == ("FRA", "name", lang)


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Regno Unito", "name"),
        ("Royaume-Uni", "name"),
        ("UK", "alias"),
        ("Britain", "alias"),
        ("britanniche", "adjective"),
        ("Briten", "demonym"),
        ("Großbritannien", "alias"),
    ],
)
def test_united_kingdom_forms(text, how):
    assert actors_of(text) == {"GBR"}
    assert first(text).how == how


def test_united_states_forms():
    washington = first("Washington")
    assert (washington.actor_id, washington.how, washington.speaks_for) == ("USA", "capital_metonym", "USA")
    assert first("americano", "it").how == "adjective"
    assert actors_of("statunitensi") == {"USA"}
    assert actors_of("Stati Uniti") == {"USA"}
    assert actors_of("Amerikaner") == {"USA"}


def test_matching_folds_case_accents_and_apostrophes():
    assert actors_of("ÉTATS-UNIS") == {"USA"}
    assert actors_of("etats unis") == {"USA"}
    assert actors_of("Stati Uniti d’America") == {"USA"}  # typographic apostrophe
    assert actors_of("  regno   unito ") == {"GBR"}


def test_short_acronyms_are_case_sensitive():
    assert actors_of("US") == {"USA"}
    assert actors_of("us") == set()
    assert actors_of("Us") == set()
    assert actors_of("UN") == {"UN"}
    assert actors_of("un") == set()  # French/Italian article
    assert actors_of("UE") == {"EU"}
    assert lookup("us") is None


# ------------------------------------------------------------------------------------------------ metonyms


def test_casa_bianca_is_the_white_house_speaking_for_the_usa():
    r = first("Casa Bianca")
    assert (r.actor_id, r.how, r.lang, r.speaks_for) == ("WHITE_HOUSE", "seat_metonym", "it", "USA")
    assert r.stands_for == "USA"
    ref = load_reference()
    assert ref.actors["WHITE_HOUSE"].kind is ActorKind.INSTITUTION
    part_of = [ln for ln in ref.links_of(Relation.PART_OF) if ln.src == "WHITE_HOUSE"]
    assert [ln.dst for ln in part_of] == ["USA"]


def test_moscow_and_the_kremlin():
    mosca = first("Mosca")
    assert (mosca.actor_id, mosca.how, mosca.speaks_for) == ("RUS", "capital_metonym", "RUS")
    cremlino = first("Cremlino")
    assert (cremlino.actor_id, cremlino.how, cremlino.speaks_for) == ("KREMLIN", "seat_metonym", "RUS")
    assert first("Kreml").actor_id == "KREMLIN"


def test_capitals_are_kept_apart_from_names():
    ref = load_reference()
    fra = ref.actors["FRA"].aliases
    assert "Parigi" not in fra["it"]
    assert fra["it-x-capital"] == ["Parigi"]  # private-use tag: found by alias look-ups, not a name
    assert "Bruxelles" in ref.actors["EU"].aliases["fr-x-capital"]
    assert any(m.text == "Parigi" and m.actor_id == "FRA" and m.kind == "capital" for m in ref.metonyms)


def test_every_institution_is_part_of_a_known_actor_and_speaks_for_one():
    ref = load_reference()
    institutions = ref.actors_of_kind(ActorKind.INSTITUTION)
    assert {
        "WHITE_HOUSE",
        "ELYSEE",
        "KREMLIN",
        "DOWNING_STREET",
        "PENTAGON",
        "UKRAINIAN_PRESIDENTIAL_OFFICE",
        "PALAZZO_CHIGI",
        "GERMAN_CHANCELLERY",
        "NATO_MILITARY_COMMITTEE",
        "EUROPEAN_COMMISSION",
    } <= {a.id for a in institutions}
    parents = {ln.src: ln.dst for ln in ref.links_of(Relation.PART_OF)}
    for inst in institutions:
        assert parents[inst.id] in ref.actors
        assert ref.speaks_for[inst.id] in ref.actors
    assert parents["NATO_MILITARY_COMMITTEE"] == "NATO"
    assert parents["EUROPEAN_COMMISSION"] == "EU"


# ------------------------------------------------------------------------------------------- organizations


def test_every_nato_member_has_a_dated_membership():
    ref = load_reference()
    nato = [ln for ln in ref.links_of(Relation.MEMBER_OF) if ln.dst == "NATO"]
    assert len(nato) == 32
    assert all(ln.since is not None and ln.until is None for ln in nato)
    since = {ln.src: ln.since for ln in nato}
    assert since["FIN"] == date(2023, 4, 4)
    assert since["SWE"] == date(2024, 3, 7)
    assert since["USA"] == date(1949, 8, 24)
    assert all(ref.actors[m].kind is ActorKind.NATION for m in since)


def test_eu_membership_and_brexit():
    ref = load_reference()
    eu = {ln.src: ln for ln in ref.links_of(Relation.MEMBER_OF) if ln.dst == "EU"}
    assert eu["GBR"].until == date(2020, 1, 31)
    current = [m for m, ln in eu.items() if ln.until is None]
    assert len(current) == 27
    assert eu["HRV"].since == date(2013, 7, 1)


def test_organization_names_and_ids():
    ref = load_reference()
    for text in ("NATO", "OTAN", "Alleanza Atlantica", "Nordatlantikpakt"):
        assert actors_of(text) == {"NATO"}, text
    for text in ("Unione europea", "Union européenne", "Europäische Union", "Unión Europea"):
        assert actors_of(text) == {"EU"}, text
    assert ref.actors["NATO"].wikidata == "Q7184"
    assert ref.actors["NATO"].cameo == "IGOWSTNAT"
    assert ref.actors["EU"].cameo == "IGOEUREEC"
    coalition = [ln for ln in ref.links_of(Relation.MEMBER_OF) if ln.dst == "COALITION_OF_THE_WILLING"]
    assert {ln.src for ln in coalition} == {"GBR", "FRA"}
    assert all(ln.since == date(2025, 3, 2) for ln in coalition)


# ------------------------------------------------------------------------------------------------- persons


def test_trump_holds_the_us_presidency_twice():
    ref = load_reference()
    trump = ref.actors["Q22686"]
    assert trump.kind is ActorKind.PERSON and trump.wikidata == "Q22686"
    terms = sorted(
        (ln for ln in ref.links_of(Relation.HOLDS_OFFICE) if ln.src == "Q22686" and ln.role == "president"),
        key=lambda ln: ln.since,
    )
    assert [(ln.dst, ln.since, ln.until) for ln in terms] == [
        ("USA", date(2017, 1, 20), date(2021, 1, 20)),
        ("USA", date(2025, 1, 20), None),
    ]
    assert len({ln.id for ln in terms}) == 2


def test_persons_without_verified_qid_have_slugs():
    ref = load_reference()
    for person in ref.actors_of_kind(ActorKind.PERSON):
        if person.wikidata:
            assert person.id == person.wikidata
        else:
            assert not person.id.startswith("Q")
    assert ref.actors["giorgia_meloni"].wikidata is None  # Q3772 is Quentin Tarantino, not Meloni


def test_office_holders_exist_and_dates_are_ordered():
    ref = load_reference()
    for ln in ref.links:
        assert ln.src in ref.actors and ln.dst in ref.actors
        if ln.since and ln.until:
            assert ln.since <= ln.until


def test_lookup_by_any_name():
    assert lookup("Francia").id == "FRA"
    assert lookup("Trump").id == "Q22686"
    assert lookup("Macron").id == "Q3052772"
    assert lookup("Casa Bianca").id == "WHITE_HOUSE"
    assert lookup("Selenskyj").id == "Q3874799"
    assert lookup("keir_starmer").name == "Keir Starmer"
    assert lookup("fra").id == "FRA"
    assert lookup("Atlantis") is None


# --------------------------------------------------------------------------------------------- the document


def test_reference_document_is_deterministic_and_valid():
    doc = reference_document()
    assert doc.source.origin == "refdata"
    assert doc.claims == () and doc.statements == ()
    Document.model_validate(doc.model_dump())
    first_id = doc.source.id
    # a fresh load from the files gives the same source
    refloader.load_reference.cache_clear()
    reference_document.cache_clear()
    again = reference_document()
    assert again.source.id == first_id
    assert [a.id for a in again.actors] == [a.id for a in doc.actors]
    assert {ln.id for ln in again.links} == {ln.id for ln in doc.links}


def test_import_reads_nothing():
    code = (
        "import ingest.refdata as r, ingest.refdata.loader as l; "
        "assert l.load_reference.cache_info().currsize == 0; assert r.alias_index.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ------------------------------------------------------------------------------------------- running text


def test_longest_matches_in_an_italian_sentence():
    text = "La Francia e il Regno Unito sono disposti"
    found = spans(text)
    assert found == [(3, 10, "Francia", "FRA"), (16, 27, "Regno Unito", "GBR")]


def test_longest_matches_maps_offsets_back_through_folding():
    text = "Secondo l’Élysée e la Casa Bianca, le forze britanniche e francesi."
    found = spans(text)  # no language given: 'Élysée' is recorded in en/fr/de, the Italian form is 'Eliseo'
    assert [(t, a) for _, _, t, a in found] == [
        ("Élysée", "ELYSEE"),
        ("Casa Bianca", "WHITE_HOUSE"),
        ("britanniche", "GBR"),
        ("francesi", "FRA"),
    ]
    for s, e, t, _ in found:
        assert text[s:e] == t
    decomposed = "Le Re\u0301gno e\u0301 Fra\u0300ncia"  # combining accents, not precomposed
    assert [t for _, _, t, _ in spans(decomposed)] == ["Fra\u0300ncia"]


def test_offsets_survive_characters_that_expand_or_vanish():
    text = "Straße … Großbritannien und das Weiße Haus; ﬁn e\u0301 Fra\u0300nkreich"
    found = spans(text)
    assert [(t, a) for _, _, t, a in found] == [
        ("Großbritannien", "GBR"),
        ("Weiße Haus", "WHITE_HOUSE"),
        ("Fra\u0300nkreich", "FRA"),
    ]
    for s, e, t, _ in found:
        assert text[s:e] == t


def test_no_match_inside_words_and_longest_wins():
    assert spans("Unito, Francia, Franciacorta, Guinea-Bissau") == [
        (7, 14, "Francia", "FRA"),
        (30, 43, "Guinea-Bissau", "GNB"),
    ]


def test_lowercase_us_in_english_is_not_the_usa():
    text = "Let us talk to them: the US and the U.S. will join us."
    found = spans(text, "en")
    assert [(t, a) for _, _, t, a in found] == [("US", "USA"), ("U.S.", "USA")]
    assert all(t != "us" for _, _, t, _ in spans(text))


def test_capitalised_aliases_need_a_capital_in_text():
    assert spans("They polish the boots.", "en") == []
    assert [a for *_, a in spans("Polish troops", "en")] == ["POL"]
    assert spans("è nato ieri", "it") == []
    assert [a for *_, a in spans("la Nato", "it")] == ["NATO"]


def test_blockers_and_scan_rules():
    assert spans("across Latin America", "en") == []
    assert [a for *_, a in spans("Irlanda del Nord e Irlanda", "it")] == ["IRL"]
    assert spans("una riunione a Bruxelles", "it")[0][3] == "EU"
    assert [a for *_, a in spans("Riunione a Roma", "it")] == ["ITA"]  # 'Riunione' is never scanned
    assert actors_of("Riunione") == {"REU"}  # ... but still resolves
    assert spans("fine china", "en") == []
    assert [a for *_, a in spans("China", "en")] == ["CHN"]
    assert [a for *_, a in spans("las tropas china", "es")] == ["CHN"]


def test_scan_speed_on_a_thousand_words():
    sentence = (
        "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati in Ucraina, secondo "
        "la Casa Bianca, che parla di un backup americano; Mosca è contraria alla presenza della NATO e i "
        "leader europei coordinano con Washington il sostegno a Kiev per le garanzie di sicurezza "
        "dell’Alleanza"
    )
    words = sentence.split()
    text = " ".join(words[i % len(words)] for i in range(1000))
    index = alias_index()
    index.longest_matches(text)  # compile the pattern once
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        found = index.longest_matches(text)
    per_scan_ms = (time.perf_counter() - started) / runs * 1000
    print(f"\nlongest_matches over 1,000 words: {per_scan_ms:.2f} ms per scan, {len(found)} matches")
    assert found
