"""The rule extractor: the seed article's claims (model.md items 1-11), each relation in en/fr/de/it, groups,
negation, quantities, conditions, speakers, and the Document built from the claims."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph.model import ActorKind, Document, Relation
from ingest.extract import OUTPUT_KEYS, ExtractedClaim, Extractor
from ingest.extract.engine import RuleExtractor
from ingest.extract.service import claims_to_jsonl, documents_from_text_file, extract_text
from ingest.extract.to_document import to_document
from ingest.readers import RawDocument, read_path, read_string

SEED = Path("/work/shared/seeds/000_9ff44f28702e9265.txt")


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def run(ex: RuleExtractor, text: str, lang: str) -> list[ExtractedClaim]:
    doc = read_string(text, language=lang)
    claims = ex.extract(doc)
    for c in claims:
        assert doc.text[c.start : c.end] == c.quote
    return claims


def find(
    claims: list[ExtractedClaim],
    subject: str | None,
    relation: str,
    kind: str | None = None,
    **fields: object,
) -> list[ExtractedClaim]:
    out = []
    for c in claims:
        if c.subject != subject or c.relation != relation:
            continue
        if kind is not None and kind not in c.kinds:
            continue
        if all(getattr(c, k) == v for k, v in fields.items()):
            out.append(c)
    return out


# ------------------------------------------------------------------------------------------------------- the
# seed


@pytest.fixture(scope="module")
def seed(ex: RuleExtractor) -> tuple[RawDocument, list[ExtractedClaim]]:
    if not SEED.is_file():
        pytest.skip("seed article not present")
    (doc,) = list(read_path(SEED))
    return doc, ex.extract(doc)


def test_seed_every_quote_is_exact_and_ukraine_never_a_subject(
    seed: tuple[RawDocument, list[ExtractedClaim]],
) -> None:
    doc, claims = seed
    assert claims
    for c in claims:
        assert doc.text[c.start : c.end] == c.quote
        assert c.subject != "UKR"
        assert c.language == "it" and c.source == SEED.name
        assert 0 < c.confidence <= 1


def test_seed_items_1_2_france_and_britain_willing_troops(
    seed: tuple[RawDocument, list[ExtractedClaim]],
) -> None:
    _, claims = seed
    for nation in ("FRA", "GBR"):
        (c,) = find(claims, nation, "PLEDGES", "troops", modality="willing")
        assert c.beneficiary == "UKR"
        assert c.quantity == "alcune centinaia di soldati"
        assert c.quantity_norm and (c.quantity_norm.value_min, c.quantity_norm.value_max) == (100, 999)
        assert c.quantity_norm.unit == "soldiers"
        assert c.condition == "in caso di escalation" and c.condition_norm == "on_escalation"
        assert c.quote.startswith("La Francia e il Regno Unito sono disposti")
        assert c.rule.startswith("it.pledge.send")


def test_seed_item_3_considering_from_adjectives(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    for nation in ("GBR", "FRA"):
        (c,) = find(claims, nation, "PLEDGES", "troops", modality="considering")
        assert "possibilità di inviare forze britanniche e francesi" in c.quote


def test_seed_item_4_us_willing_per_trump(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    (c,) = find(claims, "USA", "PLEDGES", "technical_assistance")
    assert set(c.kinds) == {"technical_assistance", "aircraft", "coordination_advice"}
    assert c.modality == "willing" and c.speaker == "Q22686" and c.beneficiary == "UKR"
    assert c.quote.startswith("Secondo Trump")


def test_seed_item_5_us_backup_planned(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    (c,) = find(claims, "USA", "PLEDGES", "intelligence")
    assert set(c.kinds) == {"intelligence", "border_monitoring", "weapons", "air_defense"}
    assert c.modality == "planned" and c.scope == "us_backstop"
    assert "backup americano" in c.quote


def test_seed_item_6_russia_opposes_nato_presence(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    (c,) = find(claims, "RUS", "OPPOSES", "nato_presence")
    assert c.beneficiary == "UKR" and c.kinds == ["nato_presence"]
    assert "posizione contraria a una presenza militare della NATO" in c.quote


def test_seed_item_7_group_of_more_than_ten_nations(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    (c,) = find(claims, "GROUP_MORE_THAN_10_NATIONS", "PLEDGES", "troops", modality="willing")
    assert "peacekeeping" in c.kinds and c.beneficiary == "UKR"
    assert c.subject_kind == "group" and c.subject_min_count == 10
    assert c.groups and c.groups[0]["id"] == "GROUP_MORE_THAN_10_NATIONS"


def test_seed_item_8_trump_supports_guarantees_per_white_house(
    seed: tuple[RawDocument, list[ExtractedClaim]],
) -> None:
    _, claims = seed
    (c,) = find(claims, "Q22686", "SUPPORTS", "security_guarantee")
    assert c.subject_kind == "person" and c.speaker == "WHITE_HOUSE"
    assert c.quote.startswith("I responsabili della Casa Bianca")


def test_seed_item_9_nato_supports_guarantees_planned(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    (c,) = find(claims, "NATO", "SUPPORTS", "security_guarantee")
    assert c.modality == "planned" and c.quote.startswith("La NATO intende")


def test_seed_item_10_coordination(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    _, claims = seed
    (leaders,) = find(claims, "EUROPEAN_LEADERS", "COORDINATES")
    assert leaders.target == "US_LEADERS" and leaders.object == "US_LEADERS"
    (allied,) = find(claims, "ALLIED_REPRESENTATIVES", "COORDINATES")
    assert allied.target == "NATO" and allied.modality == "planned"
    assert "comandanti della NATO" in allied.quote
    (reps,) = find(claims, "EUROPEAN_REPRESENTATIVES", "COORDINATES")
    assert reps.target == "US_REPRESENTATIVES" and reps.modality == "planned"


def test_seed_item_11_package_parts_mechanism_and_target(
    seed: tuple[RawDocument, list[ExtractedClaim]],
) -> None:
    _, claims = seed
    parts = [c for c in claims if c.relation == "PART_OF" and c.scope == "security_guarantee_package"]
    assert len(parts) == 1 and parts[0].subject is None
    assert set(parts[0].kinds) == {"armed_forces_strengthening", "training", "weapons", "border_monitoring"}
    (mech,) = [c for c in claims if c.relation == "PART_OF" and c.scope == "nato_like_guarantee"]
    assert mech.package_scope == "security_guarantee_package" and mech.condition_norm == "on_conflict"
    assert "senza adesione formale" in mech.quote and "nato_membership" not in mech.kinds
    (tgt,) = [c for c in claims if c.relation == "TARGETS"]
    assert tgt.target == "RUS" and tgt.package_scope == "security_guarantee_package"
    assert "deterrenza contro le azioni aggressive della Russia" in tgt.quote


def test_seed_nothing_from_sentences_without_claims(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    doc, claims = seed
    quotes = {c.quote for c in claims}
    assert not any(q.startswith("Tuttavia, il sostegno degli Stati Uniti") for q in quotes)
    assert not any(q.startswith("Dispiegamento internazionale") for q in quotes)
    assert not any(q.startswith("Negli ultimi giorni") for q in quotes)


def test_seed_document(seed: tuple[RawDocument, list[ExtractedClaim]]) -> None:
    raw, claims = seed
    raw = RawDocument(text=raw.text, title=raw.title, published_at=date(2025, 9, 1), language="it", path=raw.path)
    doc = to_document(raw, claims)
    assert isinstance(doc, Document)
    assert doc.source.origin == "text" and doc.source.language == "it"
    # one Claim per kind; every claim cites a statement of this source, with method rules:<rule>
    usa = [c for c in doc.claims if c.subject == "USA" and c.scope == "us_backstop"]
    assert {c.kind for c in usa} == {"intelligence", "border_monitoring", "weapons", "air_defense"}
    st_ids = {s.id for s in doc.statements}
    for c in doc.claims:
        assert c.method.startswith("rules:it.")
        assert c.evidence and set(c.evidence) <= st_ids
        assert c.valid_from == c.first_seen == c.last_seen == date(2025, 9, 1)
    for s in doc.statements:
        assert raw.text[s.start : s.end] == s.text
    coord = [c for c in doc.claims if c.relation == Relation.COORDINATES]
    assert coord and all(c.object_type == "actor" for c in coord)
    # the group is an Actor with its count and no invented members
    group = next(a for a in doc.actors if a.id == "GROUP_MORE_THAN_10_NATIONS")
    assert group.kind == ActorKind.GROUP and group.min_count == 10
    assert not [ln for ln in doc.links if ln.relation == Relation.MEMBER_OF]
    # packages: parts PART_OF the package, the package TARGETS Russia, the backstop parts PART_OF us_backstop
    commitments = {c.id: c for c in doc.commitments}
    part_of = [ln for ln in doc.links if ln.relation == Relation.PART_OF]
    assert any(
        commitments[ln.dst].scope == "security_guarantee_package" and commitments[ln.src].kind == "training"
        for ln in part_of
    )
    assert any(commitments[ln.dst].scope == "us_backstop" for ln in part_of)
    targets = [ln for ln in doc.links if ln.relation == Relation.TARGETS]
    assert any(ln.dst == "RUS" and commitments[ln.src].scope == "security_guarantee_package" for ln in targets)


# -------------------------------------------------------------------------------------------------------
# relations


@pytest.mark.parametrize(
    ("lang", "text", "subject", "relation", "kind"),
    [
        ("en", "Germany is ready to send troops to Ukraine after a ceasefire.", "DEU", "PLEDGES", "troops"),
        (
            "en",
            "France supports the security guarantees for Ukraine.",
            "FRA",
            "SUPPORTS",
            "security_guarantee",
        ),
        ("en", "Russia opposes any NATO presence in Ukraine.", "RUS", "OPPOSES", "nato_presence"),
        ("en", "Italy will not send troops to Ukraine.", "ITA", "DECLINES", "troops"),
        (
            "fr",
            "La France est prête à envoyer des troupes en Ukraine après un cessez-le-feu.",
            "FRA",
            "PLEDGES",
            "troops",
        ),
        (
            "fr",
            "L'Allemagne soutient les garanties de sécurité pour l'Ukraine.",
            "DEU",
            "SUPPORTS",
            "security_guarantee",
        ),
        (
            "fr",
            "La Russie s'oppose à toute présence de l'OTAN en Ukraine.",
            "RUS",
            "OPPOSES",
            "nato_presence",
        ),
        ("fr", "L'Italie n'enverra pas de soldats en Ukraine.", "ITA", "DECLINES", "troops"),
        (
            "de",
            "Deutschland ist bereit, nach einem Waffenstillstand Soldaten in die Ukraine zu schicken.",
            "DEU",
            "PLEDGES",
            "troops",
        ),
        (
            "de",
            "Frankreich unterstützt Sicherheitsgarantien für die Ukraine.",
            "FRA",
            "SUPPORTS",
            "security_guarantee",
        ),
        ("de", "Russland lehnt eine Nato-Präsenz in der Ukraine ab.", "RUS", "OPPOSES", "nato_presence"),
        ("de", "Italien wird keine Soldaten in die Ukraine schicken.", "ITA", "DECLINES", "troops"),
        ("it", "La Polonia non invierà truppe in Ucraina.", "POL", "DECLINES", "troops"),
    ],
)
def test_each_relation_in_each_language(
    ex: RuleExtractor, lang: str, text: str, subject: str, relation: str, kind: str
) -> None:
    claims = run(ex, text, lang)
    assert [(c.subject, c.relation, c.kinds) for c in claims] == [(subject, relation, [kind])]
    c = claims[0]
    assert c.beneficiary == "UKR"
    if relation == "DECLINES":
        assert c.modality == "refused"


@pytest.mark.parametrize(
    ("lang", "text", "a", "b"),
    [
        ("en", "Macron met Trump in Washington on Monday.", "Q3052772", "Q22686"),
        ("fr", "Emmanuel Macron a rencontré Donald Trump à Washington.", "Q3052772", "Q22686"),
        ("de", "Merz traf Macron in Paris zu Gesprächen über die Ukraine.", None, "Q3052772"),
        (
            "it",
            "Nei prossimi giorni sono previste riunioni tra i rappresentanti europei e americani.",
            "EUROPEAN_REPRESENTATIVES",
            "US_REPRESENTATIVES",
        ),
    ],
)
def test_coordinates_in_each_language(ex: RuleExtractor, lang: str, text: str, a: str | None, b: str) -> None:
    claims = [c for c in run(ex, text, lang) if c.relation == "COORDINATES"]
    assert len(claims) == 1
    c = claims[0]
    assert c.kinds == [] and c.beneficiary is None and c.target == c.object == b
    if a is not None:
        assert c.subject == a
    # a place after a preposition is not a party ("in Washington", "à Washington", "in Paris")
    assert c.target not in ("USA", "FRA")


def test_coordinated_subjects_give_one_claim_each(ex: RuleExtractor) -> None:
    claims = run(
        ex,
        "Stati Uniti, Germania, Paesi Bassi, Romania e Italia forniranno a Kiev cinque sistemi di difesa aerea.",
        "it",
    )
    assert sorted(c.subject for c in claims) == ["DEU", "ITA", "NLD", "ROU", "USA"]
    assert all(c.kinds == ["air_defense"] and c.beneficiary == "UKR" for c in claims)
    adj = run(ex, "Several British and French troops could be deployed to Ukraine.", "en")
    assert sorted(c.subject for c in adj) == ["FRA", "GBR"]


def test_negation_and_what_is_not_a_refusal(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Donald Trump has ruled out sending US ground troops to Ukraine.", "en")
    assert (c.subject, c.relation, c.modality, c.kinds) == ("USA", "DECLINES", "refused", ["troops"])
    assert c.speaker == "Q22686"  # a leader speaks for his nation in a refusal
    assert run(ex, "Ankara has not offered ground troops to Ukraine.", "en") == []
    assert (
        run(
            ex,
            "Londra ha confermato che i propri soldati non sarebbero schierati sulla linea del fronte in Ucraina.",
            "it",
        )
        == []
    )
    (c2,) = run(ex, "Emmanuel Macron non esclude l'invio di truppe occidentali in Ucraina.", "it")
    assert (c2.subject, c2.relation, c2.modality) == ("FRA", "PLEDGES", "considering")


def test_unnamed_groups(ex: RuleExtractor) -> None:
    for lang, text, gid in (
        (
            "en",
            "More than ten countries are willing to send troops to Ukraine.",
            "GROUP_MORE_THAN_10_NATIONS",
        ),
        ("fr", "Plus de dix pays sont prêts à envoyer des troupes en Ukraine.", "GROUP_MORE_THAN_10_NATIONS"),
        ("de", "Mehr als zehn Länder haben Truppen für die Ukraine zugesagt.", "GROUP_MORE_THAN_10_NATIONS"),
        ("en", "Twenty-six countries have committed to sending troops to Ukraine.", "GROUP_26_NATIONS"),
        ("it", "Ventisei paesi si sono impegnati a inviare truppe in Ucraina.", "GROUP_26_NATIONS"),
    ):
        (c,) = run(ex, text, lang)
        assert c.subject == gid and c.subject_kind == "group", text
        assert c.subject_min_count in (10, 26)
        doc = to_document(read_string(text, language=lang), [c])
        (actor,) = doc.actors
        assert actor.kind == ActorKind.GROUP and actor.min_count == c.subject_min_count
        assert not doc.links or all(ln.relation != Relation.MEMBER_OF for ln in doc.links)


def test_ukraine_as_recipient_is_never_a_pledger(ex: RuleExtractor) -> None:
    assert run(ex, "Il sostegno all'Ucraina è aumentato.", "it") == []
    assert run(ex, "L'Ucraina ha ricevuto nuove armi dalla Germania.", "it") == [] or all(
        c.subject != "UKR" for c in run(ex, "L'Ucraina ha ricevuto nuove armi dalla Germania.", "it")
    )
    claims = run(ex, "Schweden wird der Ukraine Kampfjets liefern.", "de")
    assert [(c.subject, c.kinds) for c in claims] == [("SWE", ["aircraft"])]


def test_quantities_conditions_and_speakers(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Germany is ready to send 5,000 troops to Ukraine after a ceasefire.", "en")
    assert c.quantity == "5,000 troops" and c.quantity_norm.value_min == c.quantity_norm.value_max == 5000
    assert c.condition_norm == "after_ceasefire" and c.condition == "after a ceasefire"
    (c,) = run(ex, "France could deploy up to 20,000 soldiers to Ukraine with a US backstop.", "en")
    assert c.quantity_norm.value_min is None and c.quantity_norm.value_max == 20000
    assert c.condition_norm == "with_us_backstop" and c.modality == "considering"
    (c,) = run(ex, "Britain is ready to send several thousand troops to Ukraine.", "en")
    assert (c.quantity_norm.value_min, c.quantity_norm.value_max) == (2000, 9999)
    (c,) = run(ex, "Britain could send tens of thousands of troops to Ukraine, Downing Street said.", "en")
    assert (c.quantity_norm.value_min, c.quantity_norm.value_max) == (10000, 99999)
    (c,) = run(ex, "Selon l'Élysée, la France pourrait fournir des avions de combat à l'Ukraine.", "fr")
    assert c.speaker == "ELYSEE" and c.subject == "FRA" and c.kinds == ["aircraft"]
    (c,) = run(ex, "According to officials, Britain could deploy fighter jets to Ukraine.", "en")
    assert c.speaker == "UNNAMED_OFFICIALS" and c.subject == "GBR"
    (c,) = run(ex, "Laut Kreml wird Russland keine westlichen Truppen in der Ukraine akzeptieren.", "de")
    assert (c.subject, c.relation, c.speaker) == ("RUS", "OPPOSES", "KREMLIN")
    (c,) = run(ex, "Trump threatened Moscow with secondary tariffs if there is no deal.", "en")
    assert (c.subject, c.kinds, c.target, c.modality) == ("USA", ["sanctions"], "RUS", "considering")


def test_output_keys_protocol_and_service(ex: RuleExtractor, tmp_path: Path) -> None:
    assert isinstance(ex, Extractor)
    (c,) = run(ex, "Italy will not send troops to Ukraine.", "en")
    line = json.loads(claims_to_jsonl([c]))
    assert tuple(line) == OUTPUT_KEYS
    assert "quantity_norm" not in line and "groups" not in line
    raw, claims, info = extract_text("Nothing to see here, just weather in Rome today.", language="en")
    assert claims == [] and any("no claims" in w for w in info["warnings"])
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"text": "Italy will not send troops to Ukraine.", "published_at": "2025-03-01", "language": "en"})
        + "\n",
        encoding="utf-8",
    )
    (doc,) = list(documents_from_text_file(p))
    (claim,) = doc.claims
    assert claim.relation == Relation.DECLINES and claim.first_seen == date(2025, 3, 1)
    empty = RawDocument(text="   ")
    assert ex.extract(empty) == [] and "empty" in ex.last_info["warnings"][-1]


def test_fallback_actor_lexicon_works_without_refdata() -> None:
    from ingest.extract.actors import ActorResolver

    fb = RuleExtractor(resolver=ActorResolver(use_refdata=False))
    assert fb.resolver.backend == "fallback"
    claims = fb.extract(
        read_string("La Francia e il Regno Unito sono disposti a inviare truppe in Ucraina.", language="it")
    )
    assert sorted(c.subject for c in claims) == ["FRA", "GBR"]


def test_bad_rule_file_is_reported(tmp_path: Path) -> None:
    from ingest.extract.ruleset import RuleError, _compile

    with pytest.raises((RuleError, ValueError)):
        _compile("xx", tmp_path / "xx.yaml", {"triggers": [{"id": "t", "relation": "LIKES", "cues": ["x"]}]})
    with pytest.raises((RuleError, ValueError)):
        _compile("xx", tmp_path / "xx.yaml", {"kinds": {"rockets": ["razzi"]}})
    with pytest.raises((RuleError, ValueError)):
        _compile("xx", tmp_path / "xx.yaml", {"modality": {"willing": ["(unclosed"]}})


# ------------------------------------------------------------------------------------------------------- robustness
# Fresh sentences (not from any evaluation set) for the mechanisms that keep the rules precise on unseen text.


def keys(claims: list[ExtractedClaim]) -> set[tuple[str | None, str, str | None]]:
    out: set[tuple[str | None, str, str | None]] = set()
    for c in claims:
        if c.relation == "COORDINATES":
            out.add((c.subject, "COORDINATES", c.target))
        for k in c.kinds or [None]:
            if c.relation != "COORDINATES":
                out.add((c.subject, c.relation, k))
    return out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Will Spain send fighter jets to Ukraine?"),
        ("fr", "L'Espagne enverra-t-elle des avions de combat à l'Ukraine ?"),
        ("de", "Wird Spanien Kampfjets an die Ukraine liefern?"),
        ("it", "La Spagna invierà truppe in Ucraina?"),
        # indirect questions and conditions assert nothing
        ("en", "It is not yet clear whether Spain will send troops to Ukraine."),
        ("de", "Ob Spanien Soldaten in die Ukraine schickt, ist weiter unklar."),
        ("it", "Resta da capire se la Spagna sarà disposta a fornire aerei all'Ucraina."),
        ("fr", "Si l'Espagne livrait des chars à l'Ukraine, Moscou riposterait."),
        # analysts' speculation is nobody's claim
        ("en", "Analysts say Spain could send fighter jets to Ukraine."),
        ("it", "Secondo gli analisti la Spagna potrebbe inviare truppe in Ucraina."),
        ("de", "Experten halten es für möglich, dass Spanien Kampfjets liefert."),
        # non-answers: declined to say, premature, too early
        ("en", "Tusk declined to say whether Poland would send troops to Ukraine."),
        ("fr", "Interrogé sur un éventuel envoi de soldats espagnols, le ministre a jugé la question prématurée."),
        ("it", "Il ministro spagnolo ha definito prematura l'ipotesi di inviare soldati in Ucraina."),
        ("de", "Die spanische Regierung hält eine Debatte über Soldaten in der Ukraine für verfrüht."),
        # requests: what Ukraine asks for is nobody's pledge
        ("en", "Zelensky asked Spain for more air defence systems."),
        ("it", "Zelensky ha chiesto alla Spagna nuovi sistemi di difesa aerea."),
    ],
)
def test_questions_hypotheticals_and_non_answers_give_no_claim(ex: RuleExtractor, lang: str, text: str) -> None:
    assert [c for c in run(ex, text, lang) if c.relation != "COORDINATES"] == []


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("it", "La Spagna si rifiuta di fornire carri armati all'Ucraina.", "weapons"),
        ("it", "Il governo spagnolo ha escluso l'invio di soldati in Ucraina.", "troops"),
        ("fr", "Madrid a catégoriquement exclu l'envoi de chars en Ukraine.", "weapons"),
        ("de", "Spanien schließt die Lieferung von Kampfpanzern an die Ukraine aus.", "weapons"),
        ("de", "Spanien bleibt bei seinem Nein zur Lieferung von Kampfpanzern an die Ukraine.", "weapons"),
        ("en", "Spain ruled out sending tanks to Ukraine.", "weapons"),
        ("en", "Spain has ruled out ground troops for Ukraine.", "troops"),
    ],
)
def test_refusal_verbs_decline(ex: RuleExtractor, lang: str, text: str, kind: str) -> None:
    claims = run(ex, text, lang)
    assert [(c.subject, c.relation, c.modality) for c in claims] == [("ESP", "DECLINES", "refused")]
    assert kind in claims[0].kinds


def test_a_refusal_of_someone_elses_contribution_is_an_objection(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Hungary ruled out NATO troops in Ukraine.", "en")
    assert (c.subject, c.relation) == ("HUN", "OPPOSES")
    (c,) = run(ex, "Russia ruled out any deployment of European troops in Ukraine.", "en")
    assert (c.subject, c.relation, c.kinds) == ("RUS", "OPPOSES", ["troops"])
    # the recipient's adversary pledges nothing to it; demanding an end to aid is an objection
    assert run(ex, "Putin reagierte mit der Entsendung weiterer Soldaten an die Front.", "de") == []
    (c,) = run(ex, "Il Cremlino chiede la fine delle forniture di armi all'Ucraina.", "it")
    assert (c.subject, c.relation, c.kinds) == ("RUS", "OPPOSES", ["weapons"])


@pytest.mark.parametrize(
    ("lang", "text", "declined", "pledged"),
    [
        (
            "it",
            "La Spagna non invierà truppe, ma fornirà sistemi di difesa aerea all'Ucraina.",
            "troops",
            "air_defense",
        ),
        ("en", "Spain has ruled out ground troops but could help with air defence.", "troops", "air_defense"),
        (
            "fr",
            "L'Espagne n'enverra pas de soldats, mais elle livrera des munitions à l'Ukraine.",
            "troops",
            "ammunition",
        ),
        ("de", "Spanien schickt keine Soldaten, liefert aber Munition an die Ukraine.", "troops", "ammunition"),
    ],
)
def test_negation_stays_in_its_clause(ex: RuleExtractor, lang: str, text: str, declined: str, pledged: str) -> None:
    assert keys(run(ex, text, lang)) == {("ESP", "DECLINES", declined), ("ESP", "PLEDGES", pledged)}


def test_kinds_are_not_carried_over_without_anaphora(ex: RuleExtractor) -> None:
    claims = run(
        ex, "Spain will send fighter jets to Ukraine. Portugal, Greece and Austria are ready to take part.", "en"
    )
    assert keys(claims) == {("ESP", "PLEDGES", "aircraft")}
    claims = run(ex, "Spain will send fighter jets to Ukraine. Portugal is ready to contribute too.", "en")
    assert ("PRT", "PLEDGES", "aircraft") in keys(claims)
    claims = run(ex, "La Spagna invierà caccia in Ucraina. Portogallo e Grecia sono pronti a partecipare.", "it")
    assert keys(claims) == {("ESP", "PLEDGES", "aircraft")}


def test_excluded_participants_do_not_coordinate(ex: RuleExtractor) -> None:
    claims = run(ex, "In Genf verhandeln Delegationen der USA und Russlands – ohne Vertreter der Ukraine.", "de")
    assert keys(claims) == {("USA", "COORDINATES", "RUS")}
    claims = run(ex, "US and Russian officials met in Riyadh without Ukraine.", "en")
    assert all("UKR" not in (c.subject, c.target) for c in claims) and claims
    claims = run(
        ex, "Les ministres se sont réunis à Bruxelles, une réunion à laquelle la Turquie n'était pas conviée.", "fr"
    )
    assert all("TUR" not in (c.subject, c.target) for c in claims)


def test_the_agent_is_the_grammatical_subject(ex: RuleExtractor) -> None:
    claims = run(ex, "Moskau reagierte auf die Zusage von zwölf Staaten, Kampfjets an die Ukraine zu liefern.", "de")
    assert keys(claims) == {("GROUP_12_NATIONS", "PLEDGES", "aircraft")}
    (c,) = run(ex, "I carri armati promessi dalla Spagna sono arrivati in Ucraina.", "it")
    assert (c.subject, c.relation, c.kinds, c.modality) == ("ESP", "PLEDGES", ["weapons"], "delivered")
    claims = run(ex, "The Kremlin accused Madrid of prolonging the war with its deliveries of tanks.", "en")
    assert not [c for c in claims if c.relation == "PLEDGES"]


def test_german_bracketed_verbs_and_verb_second_subjects(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Im Herbst sagte Spanien der Ukraine weitere Kampfpanzer zu.", "de")
    assert (c.subject, c.relation, c.kinds) == ("ESP", "PLEDGES", ["weapons"])
    (c,) = run(ex, "Am Dienstag kündigte Spanien ein Paket mit Artilleriemunition und Schützenpanzern an.", "de")
    assert set(c.kinds) == {"ammunition", "weapons"} and c.subject == "ESP"
    (c,) = run(ex, "Dänemark übernimmt die Kosten für zwei weitere Systeme für die Ukraine.", "de")
    assert (c.subject, c.kinds) == ("DNK", ["funding"])


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        (
            "en",
            "Spain will deliver Leopard tanks, drones and Storm Shadow missiles to Ukraine.",
            {"weapons", "ammunition"},
        ),
        ("en", "Spain will send two NASAMS batteries and more Gripen jets to Ukraine.", {"air_defense", "aircraft"}),
        ("it", "La Spagna consegnerà all'Ucraina obici Caesar e missili SCALP.", {"weapons", "ammunition"}),
        ("fr", "L'Espagne livrera des systèmes SAMP/T et des obus à l'Ukraine.", {"air_defense", "ammunition"}),
        ("de", "Spanien liefert der Ukraine IRIS-T-Systeme und Artilleriegranaten.", {"air_defense", "ammunition"}),
        # money that buys equipment: both the money and the equipment
        ("en", "Spain will pay for two air defence systems for Ukraine.", {"funding", "air_defense"}),
    ],
)
def test_weapon_systems_lexicon(ex: RuleExtractor, lang: str, text: str, kinds: set[str]) -> None:
    (c,) = run(ex, text, lang)
    assert c.subject == "ESP" and set(c.kinds) == kinds


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Donald Tusk spoke by phone with Volodymyr Zelensky on Tuesday.", {"Q946", "Q3874799"}),
        ("de", "Tusk telefonierte am Abend mit Selenskyj.", {"Q946", "Q3874799"}),
        ("fr", "Mette Frederiksen a reçu Volodymyr Zelensky à Copenhague.", {"mette_frederiksen", "Q3874799"}),
        ("it", "Tusk e Zelensky hanno firmato a Varsavia un accordo di sicurezza.", {"Q946", "Q3874799"}),
        ("en", "Donald Tusk arrived in Kyiv on Monday for talks.", {"Q946", "UKR"}),
    ],
)
def test_meetings_calls_visits_and_joint_signing_coordinate(
    ex: RuleExtractor, lang: str, text: str, pair: set[str]
) -> None:
    coord = [c for c in run(ex, text, lang) if c.relation == "COORDINATES"]
    assert {frozenset({c.subject, c.target}) for c in coord} == {frozenset(pair)}


def test_a_host_coordinates_each_participant(ex: RuleExtractor) -> None:
    text = (
        "Mette Frederiksen opened the meeting. "
        "The defence ministers of Sweden, Norway and Finland met in Copenhagen on Friday."
    )
    coord = [c for c in run(ex, text, "en") if c.relation == "COORDINATES"]
    assert {(c.subject, c.target) for c in coord} == {("DNK", "SWE"), ("DNK", "NOR"), ("DNK", "FIN")}


def test_datelines_are_places_not_actors(ex: RuleExtractor) -> None:
    claims = run(ex, "MADRID, May 3 — Twelve countries will send troops to Ukraine.", "en")
    assert [c.subject for c in claims] == ["GROUP_12_NATIONS"]


def test_advocacy_is_the_speakers_support(ex: RuleExtractor) -> None:
    claims = run(
        ex,
        "Donald Tusk, who has pushed for the idea, said the allies should offer Ukraine an Article 5-style guarantee.",
        "en",
    )
    assert [(c.subject, c.relation, c.kinds) for c in claims] == [("Q946", "SUPPORTS", ["security_guarantee"])]


def test_named_members_of_a_group_are_the_subjects(ex: RuleExtractor) -> None:
    # the members named and the group itself (blind4 README, judgement call 1)
    claims = run(ex, "Several allies, including Spain and Portugal, said they will not send troops to Ukraine.", "en")
    assert keys(claims) == {
        ("GROUP_SEVERAL_ALLIES", "DECLINES", "troops"),
        ("ESP", "DECLINES", "troops"),
        ("PRT", "DECLINES", "troops"),
    }


def test_support_with_a_contribution_and_openness_to_ones_own_contribution_are_pledges(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Spain is ready to support a ceasefire with troops on the ground and jets in the air.", "en")
    assert (c.subject, c.relation, set(c.kinds)) == ("ESP", "PLEDGES", {"troops", "aircraft"})
    (c,) = run(ex, "Die spanische Regierung zeigt sich offen für einen Einsatz spanischer Soldaten.", "de")
    assert (c.subject, c.relation, c.kinds, c.modality) == ("ESP", "PLEDGES", ["troops"], "willing")


def test_an_office_without_a_nation_is_the_nation_just_named(ex: RuleExtractor) -> None:
    text = (
        "Spanien liefert der Ukraine weitere Haubitzen. "
        "Zudem kündigte das Verteidigungsministerium ein Paket mit Artilleriemunition an."
    )
    assert ("ESP", "PLEDGES", "ammunition") in keys(run(ex, text, "de"))
    # two nations just named: no guess
    text = "Spanien und Polen liefern Haubitzen. Zudem kündigte das Verteidigungsministerium Munition an."
    assert not [c for c in run(ex, text, "de") if "ammunition" in c.kinds]


def test_bracketed_rejection_of_ones_own_delivery_is_a_refusal(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Spanien lehnt die Lieferung von Kampfpanzern an die Ukraine weiterhin ab.", "de")
    assert (c.subject, c.relation, c.kinds) == ("ESP", "DECLINES", ["weapons"])
    (c,) = run(ex, "Russland lehnt die Entsendung europäischer Soldaten in die Ukraine ab.", "de")
    assert (c.subject, c.relation) == ("RUS", "OPPOSES")


def test_value_of_equipment_is_not_funding(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Spain has sent Ukraine tanks and armoured vehicles worth more than $2 billion.", "en")
    assert "funding" not in c.kinds and "weapons" in c.kinds
    (c,) = run(ex, "Spanien hat der Ukraine Militärhilfe im Wert von rund zwei Milliarden Euro geleistet.", "de")
    assert c.kinds == ["funding"]


def test_more_pledge_forms_in_each_language(ex: RuleExtractor) -> None:
    # plural bracket, training verbs imply training, hosting a hub is logistics
    (c,) = run(ex, "Die Niederlande sagen der Ukraine weitere Kampfjets zu.", "de")
    assert (c.subject, c.kinds) == ("NLD", ["aircraft"])
    (c,) = run(ex, "Il Portogallo addestrerà piloti ucraini.", "it")
    assert (c.subject, c.kinds) == ("PRT", ["training"])
    claims = run(ex, "Poland will not send troops to Ukraine but will host a logistics hub for Western aid.", "en")
    assert keys(claims) == {("POL", "DECLINES", "troops"), ("POL", "PLEDGES", "logistics")}
    # "Merz schließt ... nicht mehr aus": the bracket is a modality, the pledge inside it the trigger
    (c,) = run(ex, "Tusk schließt die Entsendung polnischer Soldaten in die Ukraine nicht mehr aus.", "de")
    assert (c.subject, c.relation, c.kinds, c.modality) == ("POL", "PLEDGES", ["troops"], "considering")


def test_a_negated_attendance_is_no_meeting(ex: RuleExtractor) -> None:
    text = "Tusk traf am Montag in Brüssel Selenskyj. Ungarn nahm an dem Treffen nicht teil."
    coord = [c for c in run(ex, text, "de") if c.relation == "COORDINATES"]
    assert {frozenset({c.subject, c.target}) for c in coord} == {frozenset({"Q946", "Q3874799"})}


# ------------------------------------------------------------------------------------------- blind-set mechanisms
# (fresh sentences: nominalised pledges, relative clauses, the issuer's "we", denials, money as a share of GDP,
# demining equipment, confidence calibration)


def test_nominalised_pledges_take_their_agent(ex: RuleExtractor) -> None:
    (c,) = run(ex, "The delivery of 40 tanks by Portugal to Ukraine was completed in May.", "en")
    assert (c.subject, c.relation, c.kinds) == ("PRT", "PLEDGES", ["weapons"])
    (c,) = run(ex, "La cessione di carri armati all'Ucraina da parte della Spagna è stata approvata.", "it")
    assert (c.subject, c.kinds) == ("ESP", ["weapons"])
    (c,) = run(ex, "La livraison de chars à l'Ukraine par la Pologne a commencé.", "fr")
    assert (c.subject, c.kinds) == ("POL", ["weapons"])
    (c,) = run(ex, "Die Lieferung der Kampfpanzer durch Polen an die Ukraine hat begonnen.", "de")
    assert (c.subject, c.kinds) == ("POL", ["weapons"])


def test_relative_clause_object_is_its_antecedent(ex: RuleExtractor) -> None:
    claims = run(ex, "Die Kampfjets, die Belgien und Norwegen der Ukraine zugesagt haben, kommen bald.", "de")
    assert keys(claims) == {("BEL", "PLEDGES", "aircraft"), ("NOR", "PLEDGES", "aircraft")}
    (c,) = run(ex, "Les obus que la Belgique a livrés à l'Ukraine sont arrivés.", "fr")
    assert (c.subject, c.kinds) == ("BEL", ["ammunition"])
    (c,) = run(ex, "I caccia che il Belgio ha promesso all'Ucraina sono arrivati.", "it")
    assert (c.subject, c.kinds) == ("BEL", ["aircraft"])
    # a German genitive article is no relative pronoun
    assert not find(
        run(ex, "Eine Nato-Mitgliedschaft der Ukraine sei kein realistisches Ziel.", "de"), "UKR", "OPPOSES"
    )


def test_first_person_plural_is_the_issuer_of_the_text(ex: RuleExtractor) -> None:
    text = (
        "CANBERRA, 3 March – The Australian Government today announced new support. "
        "We will provide 20 armoured vehicles to Ukraine."
    )
    assert find(run(ex, text, "en"), "AUS", "PLEDGES", "weapons")
    text = "Ottawa, le 3 mars – Le gouvernement du Canada a annoncé une aide. Nous fournirons des drones à l'Ukraine."
    assert find(run(ex, text, "fr"), "CAN", "PLEDGES", "weapons")
    # no issuer named in the opening: "we" is nobody
    assert not [c for c in run(ex, "We will provide 20 armoured vehicles to Ukraine.", "en") if c.relation == "PLEDGES"]


def test_verbs_of_giving_and_paying(ex: RuleExtractor) -> None:
    (c,) = run(ex, "La Corea del Sud ha erogato all'Ucraina 200 milioni di dollari in aiuti umanitari.", "it")
    assert (c.subject, set(c.kinds)) == ("KOR", {"funding", "humanitarian"})
    (c,) = run(ex, "Il Portogallo ha versato 100 milioni di euro al fondo per l'Ucraina.", "it")
    assert (c.subject, c.kinds) == ("PRT", ["funding"])
    (c,) = run(ex, "Dänemark hat seine gesamte Artillerie an Kiew abgegeben.", "de")
    assert (c.subject, c.kinds, c.modality) == ("DNK", ["weapons"], "delivered")
    (c,) = run(ex, "Greece has handed its tanks over to Kyiv.", "en")
    assert (c.subject, c.kinds) == ("GRC", ["weapons"])


def test_a_share_of_gdp_is_funding(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Latvia has committed to spend 0.25 percent of its GDP on military aid to Ukraine.", "en")
    assert (c.subject, c.kinds) == ("LVA", ["funding"])


def test_denied_reports_and_non_member_are_no_claims(ex: RuleExtractor) -> None:
    assert not run(ex, "Bulgaria denied that it had sold ammunition to Ukraine.", "en")
    assert not run(ex, "Il presidente ha negato che la Bulgaria abbia venduto armi all'Ucraina.", "it")
    (c,) = run(ex, "Selon elle, la Suède, pays non membre de l'OTAN, financera des munitions pour Kiev.", "fr")
    assert (c.subject, c.relation) == ("SWE", "PLEDGES")


def test_demining_equipment_is_technical_assistance(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Tokyo has supplied demining equipment to Ukraine.", "en")
    assert c.kinds == ["technical_assistance"]


def test_confidence_is_graded_and_a_minimum_applies() -> None:
    ex0 = RuleExtractor(min_confidence=0.0)
    text = (
        "CANBERRA, 3 March – The Australian Government announced support. "
        "We will provide 20 armoured vehicles to Ukraine."
    )
    direct = run(ex0, "Australia will provide 20 armoured vehicles to Ukraine.", "en")
    issuer = [c for c in run(ex0, text, "en") if c.relation == "PLEDGES"]
    assert direct[0].confidence > issuer[0].confidence  # a pronoun subject is a guess
    strict = RuleExtractor(min_confidence=0.8)
    assert not [c for c in run(strict, text, "en") if c.relation == "PLEDGES"]
    assert RuleExtractor().min_confidence == 0.5


def test_commitments_co_financing_and_batteries(ex: RuleExtractor) -> None:
    claims = run(
        ex,
        "Lettland und Litauen haben sich verpflichtet, jedes Jahr 0,25 Prozent ihrer Wirtschaftsleistung "
        "für die Ukraine aufzuwenden.",
        "de",
    )
    assert keys(claims) == {("LVA", "PLEDGES", "funding"), ("LTU", "PLEDGES", "funding")}
    (c,) = run(ex, "Schweden will die Produktion von Granaten für die Ukraine mitfinanzieren.", "de")
    assert (c.subject, set(c.kinds)) == ("SWE", {"ammunition", "funding"})
    (c,) = run(ex, "Bucarest avait livré une première batterie à l'Ukraine.", "fr")
    assert (c.subject, c.kinds) == ("ROU", ["air_defense"])
    (c,) = run(ex, "Dieci Paesi si sono impegnati a inviare istruttori in Ucraina.", "it")
    assert c.relation == "PLEDGES" and c.kinds == ["training"]


# ---- families added for unseen wording (own sentences, not taken from any gold set)
@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        # an actor inside a relative clause is not the subject
        (
            "it",
            "La Grecia, che ospita una base della Nato, potrebbe garantire la sicurezza della navigazione nell'Egeo.",
            {("GRC", "PLEDGES", "naval")},
            {("NATO", "PLEDGES", "security_guarantee")},
        ),
        # concessive gerund: a new clause with the same subject, not negated
        (
            "it",
            "La Romania ha escluso l'invio di soldati in Ucraina, pur garantendo il sostegno logistico.",
            {("ROU", "DECLINES", "troops"), ("ROU", "PLEDGES", "logistics")},
            {("ROU", "DECLINES", "logistics")},
        ),
        # a package named by a definite noun continues the last pledger
        (
            "en",
            "Denmark will give Ukraine 200 million euros. The package includes drones and artillery shells.",
            {("DNK", "PLEDGES", "weapons"), ("DNK", "PLEDGES", "ammunition")},
            set(),
        ),
        # "rather than": the kind after it is declined
        (
            "en",
            "Romanian officials said their country would provide training rather than troops.",
            {("ROU", "PLEDGES", "training"), ("ROU", "DECLINES", "troops")},
            {("ROU", "PLEDGES", "troops")},
        ),
        # "did not commit": a past non-event, nothing refused
        ("en", "Spain and Portugal did not commit soldiers on Friday.", set(), {("ESP", "DECLINES", "troops")}),
        # buying another nation's weapons: one's own refusal, not an objection
        (
            "it",
            "Il governo spagnolo ha detto che la Spagna non acquisterà armi americane per Kiev.",
            {("ESP", "DECLINES", "weapons")},
            {("ESP", "OPPOSES", "weapons")},
        ),
        # an objection phrased as a label
        (
            "fr",
            "Moscou a qualifié ces sanctions d'illégales.",
            {("RUS", "OPPOSES", "sanctions")},
            set(),
        ),
        # an additive particle marks a subject after verb and object
        (
            "it",
            "Al fondo hanno versato contributi anche la Svezia e la Norvegia.",
            {("SWE", "PLEDGES", "funding"), ("NOR", "PLEDGES", "funding")},
            set(),
        ),
    ],
)
def test_unseen_wording_families(
    ex: RuleExtractor, lang: str, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    claims = run(ex, text, lang)
    got = {(c.subject, c.relation, k) for c in claims for k in c.kinds}
    assert expected <= got, got
    assert not (absent & got), got
    for c in claims:
        assert text[c.start : c.end] == c.quote
        assert c.rule


def test_each_subject_meets_the_partner(ex: RuleExtractor) -> None:
    claims = run(ex, "Macron and Starmer later held a call with Donald Trump.", "en")
    pairs = {frozenset((c.subject, c.target)) for c in claims if c.relation == "COORDINATES"}
    # both callers coordinate with the partner, not only the first one named
    assert len([p for p in pairs if "Q22686" in p]) >= 2, pairs


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        # a verbless contrast with a negation refuses a kind, for the pledger of the clause before it
        (
            "it",
            "Il Portogallo farà la sua parte, ma non con truppe sul terreno.",
            {("PRT", "DECLINES", "troops")},
            {("PRT", "PLEDGES", "troops")},
        ),
        (
            "en",
            "Norway will supply drones to Kyiv, but not soldiers.",
            {("NOR", "PLEDGES", "weapons"), ("NOR", "DECLINES", "troops")},
            {("NOR", "PLEDGES", "troops")},
        ),
        (
            "de",
            "Schweden wird Munition liefern, aber keine Soldaten.",
            {("SWE", "PLEDGES", "ammunition"), ("SWE", "DECLINES", "troops")},
            {("SWE", "PLEDGES", "troops")},
        ),
        # deliberating "whether" is considering, not a condition that blocks the claim
        ("it", "L'Austria valuterà se mandare istruttori militari.", {("AUT", "PLEDGES", "training")}, set()),
        ("en", "Portugal is weighing whether to deploy a frigate.", {("PRT", "PLEDGES", "naval")}, set()),
        # "participer aux ..." (the contracted article), "engager des Rafale"
        (
            "fr",
            "Ottawa s'est dit prêt à participer aux garanties de sécurité.",
            {("CAN", "PLEDGES", "security_guarantee")},
            set(),
        ),
        ("fr", "La Grèce est prête à engager deux frégates en mer Noire.", {("GRC", "PLEDGES", "naval")}, set()),
        # a multinational or reassurance force, with no soldiers named, is peacekeeping
        (
            "it",
            "Spagna e Portogallo guideranno una forza multinazionale dopo la tregua.",
            {("ESP", "PLEDGES", "peacekeeping"), ("PRT", "PLEDGES", "peacekeeping")},
            {("ESP", "PLEDGES", "troops")},
        ),
        # sanction verbs
        ("it", "Il Giappone ha sanzionato tre banche russe.", {("JPN", "PLEDGES", "sanctions")}, set()),
        ("en", "Canada hit two Russian oil firms with new sanctions.", {("CAN", "PLEDGES", "sanctions")}, set()),
        # Russian objections: "legitimate target", "only prolongs the war"
        (
            "it",
            "Mosca considera un obiettivo legittimo ogni soldato straniero in Ucraina.",
            {("RUS", "OPPOSES", "troops")},
            set(),
        ),
        # an irreversible path to membership is endorsed; Ukraine does not endorse its own
        (
            "en",
            "NATO leaders called Ukraine's path to membership irreversible.",
            {("NATO", "SUPPORTS", "nato_membership")},
            {("UKR", "SUPPORTS", "nato_membership")},
        ),
        # a relative clause before a non-answer still asserts; "without saying how" leaves the main clause standing
        (
            "fr",
            "La Norvège, qui envisage de céder des chars, n'a pas encore tranché.",
            {("NOR", "PLEDGES", "weapons")},
            set(),
        ),
        (
            "en",
            "Japan said it was ready to fund demining equipment, without saying how much.",
            {("JPN", "PLEDGES", "funding")},
            set(),
        ),
    ],
)
def test_constructions_of_the_fifth_round(
    ex: RuleExtractor, lang: str, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    claims = run(ex, text, lang)
    got = {(c.subject, c.relation, k) for c in claims for k in c.kinds}
    assert expected <= got, got
    assert not (absent & got), got
    for c in claims:
        assert text[c.start : c.end] == c.quote
        assert c.rule


def test_the_allies_of_a_nato_text_are_nato(ex: RuleExtractor) -> None:
    claims = run(ex, "At the NATO summit the allies pledged 30 billion euros in military aid to Ukraine.", "en")
    assert find(claims, "NATO", "PLEDGES", "funding"), claims
    # "partners" stay a group
    claims = run(ex, "At the NATO summit, partners pledged 30 billion euros to Ukraine.", "en")
    assert not find(claims, "NATO", "PLEDGES", "funding"), claims


def test_chairs_of_a_meeting_meet_its_body_not_each_other(ex: RuleExtractor) -> None:
    claims = run(ex, "Una riunione della NATO, presieduta da Spagna e Portogallo, si è conclusa a Madrid.", "it")
    pairs = {frozenset((c.subject, c.target)) for c in claims if c.relation == "COORDINATES"}
    assert frozenset(("ESP", "NATO")) in pairs and frozenset(("PRT", "NATO")) in pairs, pairs
    assert frozenset(("ESP", "PRT")) not in pairs, pairs
    # no body named: the unnamed participants
    claims = run(ex, "The donor meeting, co-chaired by Norway and Japan, ended on Friday.", "en")
    partners = {c.target for c in claims if c.relation == "COORDINATES"}
    assert partners == {"PARTICIPANTS"}, claims


def test_training_given_where_it_takes_place_and_agreements_that_provide(ex: RuleExtractor) -> None:
    (c,) = run(ex, "Gli artiglieri ucraini sono stati addestrati in Spagna.", "it")
    assert (c.subject, c.relation, c.kinds) == ("ESP", "PLEDGES", ["training"])
    text = "La Grèce a signé un accord de sécurité avec l'Ukraine. Cet accord prévoit 200 millions d'euros d'aide."
    claims = run(ex, text, "fr")
    assert find(claims, "GRC", "PLEDGES", "funding"), claims


def test_verb_final_support_with_a_contribution_is_a_pledge(ex: RuleExtractor) -> None:
    claims = run(ex, "Der Minister sagte, Norwegen werde die Ukraine auch mit Munition unterstützen.", "de")
    assert find(claims, "NOR", "PLEDGES", "ammunition"), claims
    assert not [c for c in claims if c.subject == "UKR"], claims


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        # "without sending": a refusal of what it would send; "without the sending of" stays a non-event
        ("it", "Il Portogallo appoggia la missione senza inviare soldati.", {("PRT", "DECLINES", "troops")}, set()),
        (
            "de",
            "Österreich bleibt bei seiner Idee einer Beistandsklausel, ohne eigene Soldaten zu entsenden.",
            {("AUT", "DECLINES", "troops")},
            {("AUT", "DECLINES", "security_guarantee")},
        ),
        # a fronted object before the finite auxiliary and the subject belongs to the clause
        ("de", "Weitere Haubitzen hat Dänemark bereits an Kiew geliefert.", {("DNK", "PLEDGES", "weapons")}, set()),
        # "not up for debate" after the pledge is a refusal
        (
            "de",
            "Eine Entsendung von Soldaten steht nicht zur Debatte, sagte die tschechische Regierung.",
            {("CZE", "DECLINES", "troops")},
            set(),
        ),
        # singular ammunition words; a non-answer about numbers refuses nothing
        (
            "fr",
            "La Hongrie a répété qu'elle n'enverrait aucune munition à Kiev.",
            {("HUN", "DECLINES", "ammunition")},
            set(),
        ),
        ("fr", "Rome n'a pas communiqué le nombre d'avions livrés.", set(), {("ITA", "DECLINES", "aircraft")}),
    ],
)
def test_refusals_and_word_order_of_the_fifth_round(
    ex: RuleExtractor, lang: str, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    claims = run(ex, text, lang)
    got = {(c.subject, c.relation, k) for c in claims for k in c.kinds}
    assert expected <= got, got
    assert not (absent & got), got


def _titled(ex: RuleExtractor, title: str, text: str, lang: str) -> set[tuple[str | None, str, str]]:
    doc = RawDocument(text=text, title=title, language=lang, path="t.txt")
    claims = ex.extract(doc)
    return {(c.subject, c.relation, k) for c in claims for k in c.kinds} | {
        (c.subject, c.relation, c.object or "") for c in claims if c.relation == "COORDINATES"
    }


def test_a_stance_without_a_kind_takes_the_articles_topic_when_it_points_at_it(ex: RuleExtractor) -> None:
    title = "Paris weighs sending Mirage jets to Kyiv"
    got = _titled(ex, title, "Moscow denounced the decision on Friday.", "en")
    assert ("RUS", "OPPOSES", "aircraft") in got, got
    # a quoted judgement with no object points at the topic too; one aimed at an actor does not
    got = _titled(ex, title, "Hungary’s foreign minister denounced “a reckless gamble”.", "en")
    assert ("HUN", "OPPOSES", "aircraft") in got, got
    # another object is another matter, and the recipient's welcome is no stance of a giver
    assert not _titled(ex, title, "Berlin welcomed closer ties with Warsaw.", "en"), title
    assert not _titled(ex, title, "President Zelensky welcomed the decision.", "en"), title
    # without a kind in the title, the lead's kinds are the topic
    got = _titled(ex, "", "Spain will send two more Patriot launchers to Ukraine. Moscow condemned the move.", "en")
    assert ("RUS", "OPPOSES", "air_defense") in got, got


def test_a_refused_bare_delivery_is_the_topics(ex: RuleExtractor) -> None:
    got = _titled(ex, "Wien bleibt beim Nein zu Kampfjets", "Der Kanzler hat eine Lieferung erneut abgelehnt.", "de")
    assert not any(r == "PLEDGES" for _, r, _ in got), got
    got = _titled(ex, "", "Bundeskanzler Scholz hat die Lieferung von Taurus erneut abgelehnt.", "de")
    assert ("DEU", "DECLINES", "ammunition") in got and ("DEU", "PLEDGES", "ammunition") not in got, got


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        # a bare office opening a sentence stands for the last person named
        (
            "en",
            "Healey travelled to Oslo on Monday. The defence secretary met his Norwegian counterpart there.",
            {("GBR", "COORDINATES", "NOR")},
            set(),
        ),
        (
            "it",
            "Crosetto è arrivato a Vilnius. Il ministro ha poi incontrato l'omologo lituano.",
            {("ITA", "COORDINATES", "LTU")},
            set(),
        ),
        # the antecedent of a relative clause is the subject of the verb after it
        (
            "en",
            "Stubb, who met Macron in Paris on Monday, praised the plan.",
            {("FIN", "COORDINATES", "FRA")},
            set(),
        ),
        # a second verb after "and" keeps the first verb's subject
        ("en", "Tusk met Merz in Warsaw and praised the agreement.", {("POL", "COORDINATES", "DEU")}, set()),
        # "ruled out that X could send": X's pledge is refused
        (
            "it",
            "Sánchez ha escluso che la Spagna possa mandare soldati in Ucraina.",
            {("ESP", "DECLINES", "troops")},
            {("ESP", "PLEDGES", "troops")},
        ),
        # a relative clause's negation stays in it
        (
            "it",
            "Il Lussemburgo, che non ha un grande esercito, finanzierà l'acquisto di munizioni per Kiev.",
            {("LUX", "PLEDGES", "funding")},
            {("LUX", "DECLINES", "funding")},
        ),
        # "jointly finance" is a pledge of each, not only a meeting
        (
            "en",
            "Sweden and Finland said they would jointly finance the purchase of artillery shells for Kyiv.",
            {("SWE", "PLEDGES", "funding"), ("FIN", "PLEDGES", "ammunition")},
            set(),
        ),
        # "no longer rules out" is a consideration; "bars it from sending" a refusal
        (
            "en",
            "Tokyo said it no longer ruled out supplying air-defence missiles to Ukraine.",
            {("JPN", "PLEDGES", "air_defense")},
            {("JPN", "DECLINES", "air_defense")},
        ),
        # a dateline with a country after the place is still a place
        (
            "en",
            "GENEVA, Switzerland, May 3 – Norway will send two more frigates to Ukraine, officials said.",
            {("NOR", "PLEDGES", "naval")},
            set(),
        ),
    ],
)
def test_discourse_and_clause_constructions_of_the_sixth_round(
    ex: RuleExtractor, lang: str, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    claims = run(ex, text, lang)
    got = {(c.subject, c.relation, k) for c in claims for k in c.kinds}
    got |= {(_nation(ex, c.subject), c.relation, _nation(ex, c.object)) for c in claims if c.relation == "COORDINATES"}
    got |= {(_nation(ex, c.subject), c.relation, k) for c in claims for k in c.kinds}
    assert expected <= got, got
    assert not (absent & got), got
    if "GENEVA" in text:
        assert not [c for c in claims if "CHE" in (c.subject, c.object)], claims


def _nation(ex: RuleExtractor, actor: str | None) -> str | None:
    if actor is None:
        return None
    return ex.resolver.nation_of(actor) or actor


def test_an_office_without_a_nation_opening_an_article_is_the_datelines_or_titles(ex: RuleExtractor) -> None:
    text = (
        "LISBONA, 3 MAR – Il governo non cederà all'Ucraina i propri sistemi Patriot, ha detto il premier. "
        "Fornirà invece due navi per lo sminamento."
    )
    got = _titled(ex, "", text, "it")
    assert ("PRT", "DECLINES", "air_defense") in got, got
    # Italian drops its subject: the verb opening the next sentence is the same nation's
    assert ("PRT", "PLEDGES", "naval") in got, got
    # no dateline: the nation the title names
    got = _titled(
        ex,
        "Il Portogallo non cederà i suoi Patriot",
        "Il governo non cederà all'Ucraina i propri sistemi Patriot.",
        "it",
    )
    assert ("PRT", "DECLINES", "air_defense") in got, got
    # a zero subject needs one nation's claims just before it
    assert not any(r == "PLEDGES" for _, r, _ in _titled(ex, "", "Fornirà invece due navi per lo sminamento.", "it"))


def test_a_refusal_with_words_before_its_infinitive(ex: RuleExtractor) -> None:
    got = {
        (c.subject, c.relation, k)
        for c in run(ex, "Il Cile aveva già rifiutato nel 2024 di vendere munizioni all'Ucraina.", "it")
        for k in c.kinds
    }
    assert ("CHL", "DECLINES", "ammunition") in got and ("CHL", "PLEDGES", "ammunition") not in got, got


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # reported speech puts the pledge in the conditional
        (
            "fr",
            "Le ministère a précisé que la Belgique livrerait des obus avant l'été.",
            ("BEL", "PLEDGES", "ammunition"),
        ),
        (
            "it",
            "Il governo ha fatto sapere che l'Austria fornirebbe aiuti umanitari.",
            ("AUT", "PLEDGES", "humanitarian"),
        ),
        # air assets are aircraft
        ("fr", "La Norvège est prête à contribuer par des moyens aériens.", ("NOR", "PLEDGES", "aircraft")),
    ],
)
def test_conditional_pledges_of_reported_speech_and_air_assets(
    ex: RuleExtractor, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.relation, k) for c in run(ex, text, lang) for k in c.kinds}
    assert expected in got, got
