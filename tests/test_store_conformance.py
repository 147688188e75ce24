"""One conformance suite for both stores: the embedded store and Neo4j must write, merge, count and answer every
named query alike.

A small hand-built graph (`small_docs`) is checked against answers written out by hand; then a generated graph of
10,000 claims is written to both stores and every named query, over a spread of parameters, must return the same
rows from Neo4j as from the embedded store. The Neo4j cases need the `neo4j_store` fixture
(tests/neo4j_support.py), which starts the project's own server.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError, QueryError, QueryTimeout, StoreUnavailableError, WriteQueryRefused
from graph.model import LINK_RELATIONS, Actor, Claim, Commitment, Document, Link, Quantity, Relation, Source, Statement
from graph.store.base import NAMED_QUERIES, GraphStore
from graph.store.embedded import EmbeddedStore
from graph.testing import generate_documents

STORES = [pytest.param("embedded", id="embedded"), pytest.param("neo4j", id="neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "embedded":
        s: GraphStore = EmbeddedStore(tmp_path / "graph.json")
        yield s
        s.close()
    else:
        yield request.getfixturevalue("neo4j_store")


# ------------------------------------------------------------------------------------------- the small graph
D0, D1, D2, D3 = date(2025, 1, 1), date(2025, 2, 10), date(2025, 3, 5), date(2025, 4, 20)

ACTORS = {
    "FRA": Actor(id="FRA", kind="nation", name="France", iso3="FRA", aliases={"fr": ["France"], "it": ["Francia"]}),
    "GBR": Actor(id="GBR", kind="nation", name="United Kingdom", aliases={"en": ["UK", "Britain"],
                                                                          "it": ["Regno Unito"]}),
    "USA": Actor(id="USA", kind="nation", name="United States", aliases={"it": ["Stati Uniti"]}),
    "RUS": Actor(id="RUS", kind="nation", name="Russia"),
    "UKR": Actor(id="UKR", kind="nation", name="Ukraine", aliases={"it": ["Ucraina"], "uk": ["Україна"]}),
    "NATO": Actor(id="NATO", kind="organization", name="NATO", aliases={"fr": ["OTAN"]}),
    "Q22686": Actor(id="Q22686", kind="person", name="Donald Trump", wikidata="Q22686"),
    "white_house": Actor(id="white_house", kind="institution", name="White House", aliases={"it": ["Casa Bianca"]}),
    "elysee": Actor(id="elysee", kind="institution", name="Élysée Palace", aliases={"fr": ["Élysée"]}),
    "grp_ten": Actor(id="grp_ten", kind="group", name="more than ten nations", min_count=10),
}
C_TROOPS = Commitment(kind="troops", beneficiary="UKR")
C_AIRDEF = Commitment(kind="air_defense", beneficiary="UKR")
C_NATO = Commitment(kind="nato_presence", beneficiary="UKR")
PKG = Commitment(kind="security_guarantee", beneficiary="UKR", scope="sg_package")
PKG_LABELLED = Commitment(kind="security_guarantee", beneficiary="UKR", scope="sg_package",
                          label="security guarantee package")
P_TRAINING = Commitment(kind="training", beneficiary="UKR", scope="sg_package")
P_WEAPONS = Commitment(kind="weapons", beneficiary="UKR", scope="sg_package")

S0 = Source.from_url("https://ref.example.test/actors", title="Reference data", origin="refdata")
S1 = Source.from_text("source one", title="One", publisher="Le Monde", url="https://ex.test/1",
                      published_at=D1, language="fr")
S2 = Source.from_text("source two", title="Two", publisher="Corriere", url="https://ex.test/2",
                      published_at=D2, language="it")
S3 = Source.from_text("source three", title="Three", publisher="BBC", url="https://ex.test/3",
                      published_at=D3, language="en")
S4 = Source.from_text("source four, undated", title="Four", language="en")


def _st(src: Source, n: int, text: str, *mentions: str) -> Statement:
    return Statement(source_id=src.id, text=text, start=n * 100, end=n * 100 + len(text),
                     language=src.language, mentions=mentions)


ST1A = _st(S1, 0, "La France envisage d'envoyer des troupes.", "FRA")
ST1B = _st(S1, 1, "La Russie s'oppose à une présence de l'OTAN.", "RUS", "NATO")
ST1C = _st(S1, 2, "L'OTAN consulte l'Ukraine.", "NATO", "UKR")
ST2A = _st(S2, 0, "Francia e Regno Unito pronti a inviare alcune centinaia di soldati.", "FRA", "GBR")
ST2B = _st(S2, 1, "Secondo Trump, gli Stati Uniti forniranno difesa aerea.", "USA", "Q22686")
ST2C = _st(S2, 2, "Trump e la NATO sostengono le garanzie.", "Q22686", "NATO")
ST2D = _st(S2, 3, "Macron si coordina con Washington.", "FRA", "USA")
ST3A = _st(S3, 0, "France has pledged troops.", "FRA")
ST3B = _st(S3, 1, "Britain refuses to send troops.", "GBR")
ST3C = _st(S3, 2, "The US withdrew its air defence offer.", "USA")
ST3D = _st(S3, 3, "Britain pledged training; the US signed a weapons deal.", "GBR", "USA")
ST4A = _st(S4, 0, "More than ten nations are ready to send troops.", "grp_ten")
ST4B = _st(S4, 1, "Moscow opposes NATO.", "RUS", "NATO")


def _claim(subject: str, relation: str, obj: Commitment | str, modality: str, src: Source,
           *evidence: Statement, **extra: Any) -> Claim:
    if isinstance(obj, Commitment):
        target: dict[str, Any] = {"object": obj.id, "object_type": "commitment", "kind": obj.kind,
                                  "beneficiary": obj.beneficiary, "scope": obj.scope}
    else:
        target = {"object": obj, "object_type": "actor"}
    return Claim(subject=subject, relation=relation, modality=modality, first_seen=src.published_at,
                 last_seen=src.published_at, evidence=tuple(e.id for e in evidence), **target, **extra)


CA = _claim("FRA", "PLEDGES", C_TROOPS, "considering", S1, ST1A)
CB_2 = _claim("FRA", "PLEDGES", C_TROOPS, "willing", S2, ST2A, condition="in caso di escalation",
              condition_norm="on_escalation", quantity="alcune centinaia di soldati", confidence=0.8)
CB_3 = _claim("FRA", "PLEDGES", C_TROOPS, "willing", S3, ST3A, condition_norm="on_escalation",
              quantity="a few hundred soldiers", quantity_norm=Quantity(value_min=100, value_max=999,
                                                                         unit="soldiers"), confidence=0.9)
CC = _claim("FRA", "PLEDGES", C_TROOPS, "pledged", S3, ST3A, valid_from=date(2025, 4, 15))
CG1 = _claim("GBR", "PLEDGES", C_TROOPS, "willing", S2, ST2A, condition_norm="on_escalation")
CG2 = _claim("GBR", "DECLINES", C_TROOPS, "refused", S3, ST3B)
CU1 = _claim("USA", "PLEDGES", C_AIRDEF, "planned", S2, ST2B, speaker="Q22686", speaker_name="Trump")
CU2 = _claim("USA", "PLEDGES", C_AIRDEF, "withdrawn", S3, ST3C)
CR1 = _claim("RUS", "OPPOSES", C_NATO, "willing", S1, ST1B)
CR2_1 = _claim("RUS", "OPPOSES", "NATO", "willing", S1, ST1B)
CR2_4 = _claim("RUS", "OPPOSES", "NATO", "willing", S4, ST4B)
CT = _claim("Q22686", "SUPPORTS", PKG, "willing", S2, ST2C, speaker="white_house")
CN = _claim("NATO", "SUPPORTS", PKG, "planned", S2, ST2C)
CK1 = _claim("FRA", "COORDINATES", "USA", "planned", S2, ST2D, topic=PKG.id)
CK2 = _claim("NATO", "COORDINATES", "UKR", "considering", S1, ST1C, valid_until=date(2025, 3, 1))
CP1 = _claim("GBR", "PLEDGES", P_TRAINING, "pledged", S3, ST3D)
CP2 = _claim("USA", "PLEDGES", P_WEAPONS, "signed", S3, ST3D, valid_from=date(2025, 4, 1))
CX = _claim("grp_ten", "PLEDGES", C_TROOPS, "willing", S4, ST4A)
CB, CR2 = CB_2, CR2_1  # ids are the same whichever occurrence

L_OFFICE = Link(relation=Relation.HOLDS_OFFICE, src="Q22686", dst="USA", role="president", since=date(2025, 1, 20))
L_WH = Link(relation=Relation.PART_OF, src="white_house", dst="USA")
L_ELY = Link(relation=Relation.PART_OF, src="elysee", dst="FRA")
L_MEMBERS = [Link(relation=Relation.MEMBER_OF, src=n, dst="NATO", since=date(1949, 4, 4)) for n in ("FRA", "GBR")]
L_USA_NATO = Link(relation=Relation.MEMBER_OF, src="USA", dst="NATO", since=date(1949, 4, 4))
L_PARTS = [Link(relation=Relation.PART_OF, src=p.id, dst=PKG.id) for p in (P_TRAINING, P_WEAPONS)]
L_TARGETS = Link(relation=Relation.TARGETS, src=PKG.id, dst="RUS", evidence=(ST2C.id,))


def small_docs() -> list[Document]:
    a = ACTORS
    fra_more = a["FRA"].model_copy(update={"aliases": {"en": ["French Republic"], "fr": ["France"]}})
    return [
        Document(source=S0, actors=tuple(a.values()), links=(L_OFFICE, L_WH, L_ELY, *L_MEMBERS, L_USA_NATO)),
        Document(source=S1, actors=(a["FRA"], a["RUS"], a["NATO"], a["UKR"]), commitments=(C_TROOPS, C_NATO),
                 statements=(ST1A, ST1B, ST1C), claims=(CA, CR1, CR2_1, CK2)),
        Document(source=S2, actors=(a["FRA"], a["GBR"], a["USA"], a["Q22686"], a["NATO"]),
                 commitments=(C_TROOPS, C_AIRDEF, PKG, P_TRAINING, P_WEAPONS),
                 statements=(ST2A, ST2B, ST2C, ST2D), claims=(CB_2, CG1, CU1, CT, CN, CK1),
                 links=(*L_PARTS, L_TARGETS)),
        Document(source=S3, actors=(fra_more, a["GBR"], a["USA"]),
                 commitments=(C_TROOPS, C_AIRDEF, PKG_LABELLED, P_TRAINING, P_WEAPONS),
                 statements=(ST3A, ST3B, ST3C, ST3D), claims=(CB_3, CC, CG2, CU2, CP1, CP2)),
        Document(source=S4, actors=(a["grp_ten"], a["RUS"], a["NATO"]), commitments=(C_TROOPS,),
                 statements=(ST4A, ST4B), claims=(CX, CR2_4)),
    ]


EXPECTED_COUNTS = {
    "Actor": 10, "Nation": 5, "Organization": 1, "Person": 1, "Institution": 2, "Group": 1,
    "Commitment": 6, "Source": 5, "Statement": 13,
    "PLEDGES": 9, "SUPPORTS": 2, "OPPOSES": 2, "DECLINES": 1, "COORDINATES": 2,
    "BENEFITS": 6, "FROM": 13, "MENTIONS": 21,
    "HOLDS_OFFICE": 1, "PART_OF": 4, "MEMBER_OF": 3, "TARGETS": 1,
}


@pytest.fixture
def small(store: GraphStore) -> GraphStore:
    store.write_many(small_docs())
    return store


def ids(rows: list[dict[str, Any]], key: str = "claim_id") -> list[str]:
    return [r[key] for r in rows]


# ------------------------------------------------------------------------------------------- write and merge
def test_counts(small: GraphStore) -> None:
    assert small.counts() == dict(sorted(EXPECTED_COUNTS.items()))


def test_write_result_tallies(store: GraphStore) -> None:
    result = store.write_many(small_docs())
    assert result.documents == 5
    assert result.created["Source"] == 5 and result.created["Actor"] == 10 and result.created["Commitment"] == 6
    assert result.created["PLEDGES"] == 9 and result.created["Statement"] == 13
    # FRA gains an alias, the package gains its label, two claims gain evidence
    assert result.updated == {"Actor": 1, "Commitment": 1, "PLEDGES": 1, "OPPOSES": 1}
    assert set(result.claim_ids) == {c.id for d in small_docs() for c in d.claims}


def test_writing_everything_again_changes_nothing(small: GraphStore) -> None:
    counts, claims, actors = small.counts(), small.all_claims(), small.actors()
    again = small.write_many(small_docs())
    assert not again.created and not again.updated
    assert small.counts() == counts
    assert small.all_claims() == claims
    assert small.actors() == actors
    for doc in small_docs():  # and one document at a time
        small.write(doc)
    assert small.counts() == counts and small.all_claims() == claims


def test_evidence_merge(small: GraphStore) -> None:
    cb = small.get_claim(CB.id)
    assert cb is not None
    assert cb.evidence == tuple(sorted((ST2A.id, ST3A.id)))
    assert (cb.first_seen, cb.last_seen) == (D2, D3)
    assert cb.quantity == "alcune centinaia di soldati"  # the first source's words stay
    assert cb.quantity_norm == Quantity(value_min=100, value_max=999, unit="soldiers")  # filled from the second
    assert cb.condition == "in caso di escalation" and cb.confidence == 0.9
    cr2 = small.get_claim(CR2.id)
    assert cr2 is not None and cr2.evidence == tuple(sorted((ST1B.id, ST4B.id)))
    assert (cr2.first_seen, cr2.last_seen) == (D1, D1)  # the undated source adds evidence, not dates
    assert small.get_claim(CC.id) == CC  # seen once: exactly as written
    assert small.get_claims([CX.id, "cl_missing", CA.id, CA.id]) == sorted([CA, CX], key=lambda c: c.id)


def test_actors_commitments_and_lookup(small: GraphStore) -> None:
    fra = small.get_actor("FRA")
    assert fra is not None and fra.name == "France"
    assert fra.aliases == {"en": ["French Republic"], "fr": ["France"], "it": ["Francia"]}
    assert [a.id for a in small.lookup_actor("francia")] == ["FRA"]
    assert [a.id for a in small.lookup_actor("FRENCH republic")] == ["FRA"]
    assert [a.id for a in small.lookup_actor("ELYSEE")] == ["elysee"]
    assert [a.id for a in small.lookup_actor("casa  bianca")] == ["white_house"]
    assert [a.id for a in small.lookup_actor("україна")] == ["UKR"]
    assert [a.id for a in small.lookup_actor("grp_ten")] == ["grp_ten"]
    assert small.lookup_actor("Atlantis") == []
    grp = small.get_actor("grp_ten")
    assert grp is not None and grp.min_count == 10 and grp.kind.value == "group"
    assert small.get_actor("XXX") is None
    assert [a.id for a in small.actors("institution")] == ["elysee", "white_house"]
    assert [a.id for a in small.actors()] == sorted(ACTORS)
    assert small.get_commitment(PKG.id) == PKG_LABELLED  # label filled in by a later source
    assert [c.id for c in small.commitments()] == sorted(c.id for c in (C_TROOPS, C_AIRDEF, C_NATO, PKG,
                                                                          P_TRAINING, P_WEAPONS))
    assert small.get_commitment("c_missing") is None


def test_reads(small: GraphStore) -> None:
    assert [c.id for c in small.claims_of("USA")] == sorted([CU1.id, CU2.id, CP2.id, CK1.id])
    assert [c.id for c in small.claims_of("NATO")] == sorted([CN.id, CK2.id, CR2.id])
    assert len(small.all_claims()) == 16
    assert [s.id for s in small.get_statements([ST4A.id, ST1A.id, "st_missing"])] == sorted([ST4A.id, ST1A.id])
    st = small.get_statements([ST2A.id])[0]
    assert st == ST2A and st.mentions == ("FRA", "GBR")
    assert small.get_sources([S4.id, S1.id]) == sorted([S1, S4], key=lambda s: s.id)
    assert small.links("MEMBER_OF") == sorted([*L_MEMBERS, L_USA_NATO], key=lambda ln: ln.src)
    assert small.links(dst=PKG.id) == sorted(L_PARTS, key=lambda ln: ln.src)
    assert small.links("TARGETS") == [L_TARGETS]
    assert small.links("FROM") == []
    assert len(small.links()) == 9


def test_unknown_actor_is_refused_and_nothing_is_stored(store: GraphStore) -> None:
    store.write_many(small_docs())
    before_counts, before_claims = store.counts(), store.all_claims()
    src = Source.from_text("a source naming an unknown actor", published_at=D3)
    st = Statement(source_id=src.id, text="Atlantis pledges troops.", start=0, end=24, mentions=("FRA",))
    bad = Claim(subject="ATLANTIS", relation="PLEDGES", object=C_TROOPS.id, object_type="commitment",
                kind="troops", beneficiary="UKR", modality="pledged", evidence=(st.id,), first_seen=D3)
    good = CA.model_copy(update={"evidence": (st.id,)})
    doc = Document(source=src, actors=(ACTORS["FRA"],), statements=(st,), claims=(good, bad))
    with pytest.raises(InputError) as info:
        store.write(doc)
    assert "ATLANTIS" in str(info.value)
    assert store.counts() == before_counts
    assert store.all_claims() == before_claims
    assert store.get_sources([src.id]) == []
    bad_link = Document(source=src, links=(Link(relation=Relation.MEMBER_OF, src="FRA", dst="ATLANTIS_PACT"),))
    with pytest.raises(InputError, match="ATLANTIS_PACT"):
        store.write(bad_link)
    assert store.counts() == before_counts


def test_claims_on_and_by_kind(small: GraphStore) -> None:
    on_troops = small.claims_on(C_TROOPS.id)  # type: ignore[attr-defined]
    assert [c.id for c in on_troops] == sorted([CA.id, CB.id, CC.id, CG1.id, CG2.id, CX.id])
    assert [c.id for c in small.claims_on("NATO")] == [CR2.id]  # type: ignore[attr-defined]
    by_kind = small.claims_by_kind("air_defense")  # type: ignore[attr-defined]
    assert sorted(c.id for c in by_kind) == sorted([CU1.id, CU2.id])


# ------------------------------------------------------------------------------------------- connecting
def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_neo4j_that_does_not_answer_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.settings import Settings
    from graph.store.neo4j import Neo4jStore

    with pytest.raises(StoreUnavailableError) as info:
        Neo4jStore(f"bolt://127.0.0.1:{_free_port()}", "neo4j", "secret", connection_timeout=2)
    assert "pledgegraph neo4j start" in (info.value.hint or "")
    for var in ("NEO4J_URI", "PLEDGEGRAPH_NEO4J_URI", "NEO4J_PASSWORD", "PLEDGEGRAPH_NEO4J_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(StoreUnavailableError) as info:  # no URI, and no local server in this home
        Neo4jStore.from_settings(Settings(store="neo4j", neo4j_home=tmp_path / "no-server-here"))
    assert "pledgegraph neo4j start" in (info.value.hint or "")


@pytest.mark.neo4j
def test_neo4j_store_protocol_settings_and_credentials(
    neo4j_server: Any, neo4j_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.settings import Settings
    from graph.store import open_store
    from graph.store.neo4j import Neo4jStore

    assert isinstance(neo4j_store, GraphStore) and neo4j_store.name == "neo4j" and neo4j_store.ping()
    if neo4j_server.home is not None:  # the project's own server: found through its home, no URI needed
        for var in ("NEO4J_URI", "PLEDGEGRAPH_NEO4J_URI", "NEO4J_PASSWORD", "PLEDGEGRAPH_NEO4J_PASSWORD"):
            monkeypatch.delenv(var, raising=False)
        store = open_store(Settings(store="neo4j", neo4j_home=neo4j_server.home))
        try:
            assert store.name == "neo4j" and store.ping() and store.counts() == {}
        finally:
            store.close()
    with pytest.raises(StoreUnavailableError, match="credentials"):
        Neo4jStore(neo4j_server.uri, neo4j_server.user, "not-the-password")


# ------------------------------------------------------------------------------------------- named queries
def test_backers(small: GraphStore) -> None:
    rows = small.query("backers")
    assert rows == [
        {"claim_id": CC.id, "subject": "FRA", "relation": "PLEDGES", "kind": "troops", "beneficiary": "UKR",
         "modality": "pledged", "rank": 4, "valid_from": "2025-04-15"},
        {"claim_id": CP1.id, "subject": "GBR", "relation": "PLEDGES", "kind": "training", "beneficiary": "UKR",
         "modality": "pledged", "rank": 4, "valid_from": "2025-04-20"},
        {"claim_id": CN.id, "subject": "NATO", "relation": "SUPPORTS", "kind": "security_guarantee",
         "beneficiary": "UKR", "modality": "planned", "rank": 3, "valid_from": "2025-03-05"},
        {"claim_id": CT.id, "subject": "Q22686", "relation": "SUPPORTS", "kind": "security_guarantee",
         "beneficiary": "UKR", "modality": "willing", "rank": 2, "valid_from": "2025-03-05"},
        {"claim_id": CP2.id, "subject": "USA", "relation": "PLEDGES", "kind": "weapons", "beneficiary": "UKR",
         "modality": "signed", "rank": 5, "valid_from": "2025-04-01"},
        {"claim_id": CX.id, "subject": "grp_ten", "relation": "PLEDGES", "kind": "troops", "beneficiary": "UKR",
         "modality": "willing", "rank": 2, "valid_from": None},
    ]
    # before Britain declined and before France's firm pledge
    early = small.query("backers", {"kind": "troops", "min_rank": 2, "as_of": "2025-04-01"})
    assert [(r["subject"], r["claim_id"], r["modality"]) for r in early] == [
        ("FRA", CB.id, "willing"), ("GBR", CG1.id, "willing"), ("grp_ten", CX.id, "willing")]
    assert ids(small.query("backers", {"kind": "troops", "min_rank": 3})) == [CC.id]
    assert small.query("backers", {"beneficiary": "MDA"}) == []
    assert ids(small.query("backers", {"as_of": date(2025, 2, 11)})) == [CA.id, CX.id]


def test_backers_put_claims_without_kind_last(small: GraphStore) -> None:
    src = Source.from_text("a kind-less claim", published_at=D3)
    st = Statement(source_id=src.id, text="The US commits to a NATO presence.", start=0, end=35, mentions=("USA",))
    kindless = Claim(subject="USA", relation=Relation.PLEDGES, object=C_NATO.id, object_type="commitment",
                     beneficiary="UKR", modality="pledged", evidence=(st.id,), first_seen=D3)
    small.write(Document(source=src, statements=(st,), claims=(kindless,)))
    usa = [(r["kind"], r["claim_id"]) for r in small.query("backers") if r["subject"] == "USA"]
    assert usa == [("weapons", CP2.id), (None, kindless.id)]


def test_positions(small: GraphStore) -> None:
    rows = small.query("positions", {"kind": "troops"})
    assert rows == [
        {"claim_id": CG2.id, "subject": "GBR", "relation": "DECLINES", "kind": "troops", "beneficiary": "UKR",
         "commitment": C_TROOPS.id, "modality": "refused", "rank": 0},
        {"claim_id": CC.id, "subject": "FRA", "relation": "PLEDGES", "kind": "troops", "beneficiary": "UKR",
         "commitment": C_TROOPS.id, "modality": "pledged", "rank": 4},
        {"claim_id": CX.id, "subject": "grp_ten", "relation": "PLEDGES", "kind": "troops", "beneficiary": "UKR",
         "commitment": C_TROOPS.id, "modality": "willing", "rank": 2},
    ]
    assert [(r["relation"], r["subject"]) for r in small.query("positions", {"commitment": PKG.id})] == [
        ("SUPPORTS", "NATO"), ("SUPPORTS", "Q22686")]
    assert ids(small.query("positions", {"kind": "troops", "as_of": "2025-03-01"})) == [CA.id, CX.id]
    assert [r["relation"] for r in small.query("positions", {"kind": "nato_presence"})] == ["OPPOSES"]


def test_coalition(small: GraphStore) -> None:
    rows = small.query("coalition", {"commitment": PKG.id})
    assert rows == [
        {"claim_id": CP1.id, "subject": "GBR", "relation": "PLEDGES", "kind": "training",
         "commitment": P_TRAINING.id, "modality": "pledged", "rank": 4},
        {"claim_id": CP2.id, "subject": "USA", "relation": "PLEDGES", "kind": "weapons",
         "commitment": P_WEAPONS.id, "modality": "signed", "rank": 5},
        {"claim_id": CN.id, "subject": "NATO", "relation": "SUPPORTS", "kind": "security_guarantee",
         "commitment": PKG.id, "modality": "planned", "rank": 3},
        {"claim_id": CT.id, "subject": "Q22686", "relation": "SUPPORTS", "kind": "security_guarantee",
         "commitment": PKG.id, "modality": "willing", "rank": 2},
    ]
    troops = small.query("coalition", {"commitment": C_TROOPS.id})
    assert ids(troops) == [CG2.id, *sorted([CA.id, CB.id, CC.id]), CG1.id, CX.id]
    assert small.query("coalition", {"commitment": "c_missing"}) == []


def test_opposition_map(small: GraphStore) -> None:
    rows = small.query("opposition_map")
    assert rows[0] == {"claim_id": CG2.id, "subject": "GBR", "relation": "DECLINES", "object": C_TROOPS.id,
                       "object_type": "commitment", "kind": "troops", "beneficiary": "UKR", "modality": "refused"}
    assert ids(rows) == [CG2.id, *sorted([CR1.id, CR2.id])]
    by_id = {r["claim_id"]: r for r in rows}
    assert by_id[CR2.id] == {"claim_id": CR2.id, "subject": "RUS", "relation": "OPPOSES", "object": "NATO",
                             "object_type": "actor", "kind": None, "beneficiary": None, "modality": "willing"}
    assert ids(small.query("opposition_map", {"as_of": "2025-03-01"})) == sorted([CR1.id, CR2.id])


def test_coordination_network(small: GraphStore) -> None:
    assert small.query("coordination_network") == [
        {"claim_id": CK1.id, "subject": "FRA", "partner": "USA", "modality": "planned", "topic": PKG.id,
         "valid_from": "2025-03-05"},
        {"claim_id": CK2.id, "subject": "NATO", "partner": "UKR", "modality": "considering", "topic": None,
         "valid_from": "2025-02-10"},
    ]
    assert ids(small.query("coordination_network", {"actor": "USA"})) == [CK1.id]
    assert ids(small.query("coordination_network", {"as_of": "2025-04-01"})) == [CK1.id]
    assert ids(small.query("coordination_network", {"actor": "UKR", "as_of": "2025-02-20"})) == [CK2.id]
    assert ids(small.query("coordination_network", {"actor": ""})) == [CK1.id, CK2.id]


def test_claim_evidence(small: GraphStore) -> None:
    assert small.query("claim_evidence", {"claim": CB.id}) == [
        {"statement_id": ST2A.id, "quote": ST2A.text, "start": 0, "end": len(ST2A.text or ""), "language": "it",
         "source_id": S2.id, "title": "Two", "url": "https://ex.test/2", "publisher": "Corriere",
         "published_at": "2025-03-05"},
        {"statement_id": ST3A.id, "quote": ST3A.text, "start": 0, "end": len(ST3A.text or ""), "language": "en",
         "source_id": S3.id, "title": "Three", "url": "https://ex.test/3", "publisher": "BBC",
         "published_at": "2025-04-20"},
    ]
    undated_last = small.query("claim_evidence", {"claim": CR2.id})
    assert [(r["statement_id"], r["published_at"]) for r in undated_last] == [(ST1B.id, "2025-02-10"),
                                                                             (ST4B.id, None)]
    assert small.query("claim_evidence", {"claim": "cl_missing"}) == []


def test_actor_profile(small: GraphStore) -> None:
    usa = small.query("actor_profile", {"actor": "USA"})
    assert ids(usa) == [CK1.id, *sorted([CU1.id, CU2.id, CP2.id])]
    assert usa[0] == {"claim_id": CK1.id, "subject": "FRA", "relation": "COORDINATES", "object": "USA",
                      "object_type": "actor", "kind": None, "beneficiary": None, "modality": "planned", "rank": 3}
    nato = small.query("actor_profile", {"actor": "NATO"})
    assert [(r["relation"], r["claim_id"]) for r in nato] == [("COORDINATES", CK2.id), ("OPPOSES", CR2.id),
                                                              ("SUPPORTS", CN.id)]
    assert small.query("actor_profile", {"actor": "XXX"}) == []


def test_actor_links(small: GraphStore) -> None:
    assert small.query("actor_links", {"actor": "USA"}) == [
        {"relation": "HOLDS_OFFICE", "src": "Q22686", "dst": "USA", "role": "president", "since": "2025-01-20",
         "until": None},
        {"relation": "MEMBER_OF", "src": "USA", "dst": "NATO", "role": None, "since": "1949-04-04", "until": None},
        {"relation": "PART_OF", "src": "white_house", "dst": "USA", "role": None, "since": None, "until": None},
    ]
    pkg = small.query("actor_links", {"actor": PKG.id})
    assert [(r["relation"], r["src"], r["dst"]) for r in pkg] == [
        *sorted(("PART_OF", p.id, PKG.id) for p in (P_TRAINING, P_WEAPONS)), ("TARGETS", PKG.id, "RUS")]


def test_graph_as_of(small: GraphStore) -> None:
    early = small.query("graph_as_of", {"as_of": "2025-03-01"})
    assert ids(early) == sorted([CA.id, CR1.id, CR2.id, CK2.id, CX.id])
    assert early[ids(early).index(CX.id)] == {"claim_id": CX.id, "subject": "grp_ten", "relation": "PLEDGES",
                                              "object": C_TROOPS.id, "kind": "troops", "modality": "willing"}
    mid = small.query("graph_as_of", {"as_of": "2025-04-16"})
    assert ids(mid) == sorted([CA.id, CB.id, CC.id, CG1.id, CU1.id, CR1.id, CR2.id, CT.id, CN.id, CK1.id,
                               CP2.id, CX.id])


def test_words_to_deeds(small: GraphStore) -> None:
    rows = small.query("words_to_deeds")
    assert rows[0] == {
        "subject": "FRA", "kind": "troops", "beneficiary": "UKR", "commitment": C_TROOPS.id,
        "from_claim": CA.id, "from_modality": "considering", "from_date": "2025-02-10",
        "to_claim": CB.id, "to_modality": "willing", "to_date": "2025-03-05", "direction": "up",
    }
    assert [(r["subject"], r["from_claim"], r["to_claim"], r["direction"]) for r in rows] == [
        ("FRA", CA.id, CB.id, "up"),
        ("FRA", CB.id, CC.id, "up"),  # no considering -> pledged step: willing lies in between
        ("GBR", CG1.id, CG2.id, "down"),
        ("USA", CU1.id, CU2.id, "down"),
    ]
    assert len(small.query("words_to_deeds", {"actor": "FRA"})) == 2
    assert [r["subject"] for r in small.query("words_to_deeds", {"kind": "air_defense"})] == ["USA"]


def test_words_to_deeds_one_position_per_date(small: GraphStore) -> None:
    """Two claims of one date are one position (the higher rank), not a step: a 'considering' said the same day
    as CB's 'willing' changes nothing, while a 'planned' that day replaces 'willing' in both steps."""
    before = small.query("words_to_deeds", {"actor": "FRA"})
    same_day_lower = _claim("FRA", "PLEDGES", C_TROOPS, "considering", S2, ST2A, condition_norm="with_allies")
    small.write(Document(source=S2, actors=(ACTORS["FRA"],), commitments=(C_TROOPS,), statements=(ST2A,),
                         claims=(same_day_lower,)))
    assert small.query("words_to_deeds", {"actor": "FRA"}) == before
    same_day_higher = _claim("FRA", "PLEDGES", C_TROOPS, "planned", S2, ST2A, condition_norm="with_allies")
    small.write(Document(source=S2, actors=(ACTORS["FRA"],), commitments=(C_TROOPS,), statements=(ST2A,),
                         claims=(same_day_higher,)))
    rows = small.query("words_to_deeds", {"actor": "FRA"})
    assert [(r["from_claim"], r["to_claim"], r["direction"]) for r in rows] == [
        (CA.id, same_day_higher.id, "up"),
        (same_day_higher.id, CC.id, "up"),
    ]
    assert rows[0]["to_date"] == rows[1]["from_date"] == before[0]["to_date"]


def test_reversals(small: GraphStore) -> None:
    assert small.query("reversals") == [
        {"subject": "GBR", "kind": "troops", "beneficiary": "UKR", "commitment": C_TROOPS.id,
         "positive_claim": CG1.id, "positive_modality": "willing", "positive_date": "2025-03-05",
         "negative_claim": CG2.id, "negative_relation": "DECLINES", "negative_modality": "refused",
         "negative_date": "2025-04-20"},
        {"subject": "USA", "kind": "air_defense", "beneficiary": "UKR", "commitment": C_AIRDEF.id,
         "positive_claim": CU1.id, "positive_modality": "planned", "positive_date": "2025-03-05",
         "negative_claim": CU2.id, "negative_relation": "PLEDGES", "negative_modality": "withdrawn",
         "negative_date": "2025-04-20"},
    ]
    assert small.query("reversals", {"actor": "FRA"}) == []
    assert [r["subject"] for r in small.query("reversals", {"kind": "troops"})] == ["GBR"]


def test_unnamed_groups(small: GraphStore) -> None:
    assert small.query("unnamed_groups") == [
        {"group": "grp_ten", "name": "more than ten nations", "min_count": 10, "claim_id": CX.id,
         "relation": "PLEDGES", "kind": "troops", "modality": "willing"},
    ]


def test_timeline(small: GraphStore) -> None:
    fra = small.query("timeline", {"actor": "FRA"})
    assert ids(fra) == [CA.id, *sorted([CB.id, CK1.id]), CC.id]
    assert fra[0] == {"claim_id": CA.id, "subject": "FRA", "relation": "PLEDGES", "object": C_TROOPS.id,
                      "kind": "troops", "beneficiary": "UKR", "modality": "considering", "rank": 1,
                      "date": "2025-02-10"}
    troops = small.query("timeline", {"kind": "troops"})
    assert ids(troops) == [CX.id, CA.id, *sorted([CB.id, CG1.id]), CC.id, CG2.id]
    everything = small.query("timeline")
    assert len(everything) == 16 and everything[0]["claim_id"] == CX.id and everything[0]["date"] is None


def test_every_named_query_is_covered() -> None:
    covered = {"backers", "positions", "coalition", "opposition_map", "coordination_network", "claim_evidence",
               "actor_profile", "actor_links", "graph_as_of", "words_to_deeds", "reversals", "unnamed_groups",
               "timeline"}
    assert covered == set(NAMED_QUERIES)


def test_neo4j_allowlists_match_the_vocabulary() -> None:
    from graph.store import neo4j as store_neo4j
    from graph.vocab import vocabulary

    vocab = vocabulary()
    assert vocab.actor_labels == store_neo4j.ACTOR_LABELS
    assert set(store_neo4j.CLAIM_TYPES) == set(vocab.claim_relations)
    assert set(store_neo4j.LINK_TYPES + store_neo4j.DERIVED_TYPES) == set(vocab.structural_relations)
    assert set(store_neo4j.LINK_TYPES) == {r.value for r in LINK_RELATIONS}


def test_every_cypher_file_has_its_header() -> None:
    from graph.store.cypher_files import QUERIES_DIR, all_queries

    texts = all_queries()
    assert set(texts) == set(NAMED_QUERIES)
    assert {p.stem for p in QUERIES_DIR.glob("*.cypher")} == set(NAMED_QUERIES)
    for name, text in texts.items():
        header = [line for line in text.splitlines() if line.startswith("//")]
        assert header and header[0].startswith(f"// {name} ")
        assert any("Returns:" in line for line in header)
        for param in NAMED_QUERIES[name]:
            assert any(line.startswith(f"// :param {param} => ") for line in header), (name, param)
            assert f"${param}" in text


# ------------------------------------------------------------------------------------------- read-only Cypher (Neo4j)
@pytest.mark.neo4j
@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Actor {id: 'X'}) RETURN n",
        "MERGE (n:Actor {id: 'FRA'}) RETURN n",
        "MATCH (n:Actor {id: 'FRA'}) DETACH DELETE n",
        "MATCH (n:Actor {id: 'FRA'}) SET n.name = 'Gaul' RETURN n",
        "MATCH (n:Actor) CALL { WITH n SET n.touched = true } IN TRANSACTIONS OF 10 ROWS",
        "CREATE INDEX refused_index IF NOT EXISTS FOR (n:Actor) ON (n.name)",
        "CREATE CONSTRAINT refused_constraint IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE",
        "DROP INDEX rel_pledges_id",
        "CREATE DATABASE other",
        "CREATE USER mallory SET PASSWORD 'secret-password'",
        "LOAD CSV FROM 'file:///etc/passwd' AS line CREATE (:Actor {id: line[0]})",
        "CALL db.createLabel('Evil')",
        "FOREACH (x IN [1] | CREATE (:Evil))",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    ],
)
def test_readonly_cypher_refuses_writes(neo4j_store: Any, query: str) -> None:
    neo4j_store.write_many(small_docs())
    before = neo4j_store.counts()
    with pytest.raises(WriteQueryRefused):
        neo4j_store.run_readonly(query, {}, timeout=5, row_cap=10)
    assert neo4j_store.counts() == before
    assert neo4j_store.get_actor("FRA").name == "France"


@pytest.mark.neo4j
@pytest.mark.parametrize("query", ["SHOW TRANSACTIONS", "SHOW SETTINGS",
                                   "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line"])
def test_readonly_cypher_refuses_reads_beyond_the_graph(neo4j_store: Any, query: str) -> None:
    with pytest.raises(QueryError, match="not allowed"):
        neo4j_store.run_readonly(query, {}, timeout=5, row_cap=10)


@pytest.mark.neo4j
def test_readonly_cypher_reads_caps_and_times_out(neo4j_store: Any) -> None:
    neo4j_store.write_many(small_docs())
    cols, rows, truncated = neo4j_store.run_readonly(
        "MATCH (a:Actor)-[r:PLEDGES]->(c:Commitment) WHERE a.id = $id RETURN a, r, c.kind AS kind, r.start AS d "
        "ORDER BY r.id", {"id": "FRA"}, timeout=5, row_cap=100)
    assert cols == ["a", "r", "kind", "d"] and len(rows) == 3 and not truncated
    node, rel = rows[0][0], rows[0][1]
    assert node["properties"]["id"] == "FRA" and "Nation" in node["labels"]
    assert rel["type"] == "PLEDGES" and rel["start"] == node["id"]
    assert isinstance(rows[0][3], str)  # dates come back as ISO text
    cols, rows, truncated = neo4j_store.run_readonly("UNWIND range(1, 50) AS x RETURN x", {}, 5, 10)
    assert rows == [[x] for x in range(1, 11)] and truncated
    with pytest.raises(QueryTimeout):
        neo4j_store.run_readonly(
            "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*)", {}, timeout=1, row_cap=10)
    assert neo4j_store.counts()["Actor"] == 10
    cols, rows, _ = neo4j_store.run_readonly("SHOW INDEXES YIELD name RETURN name ORDER BY name", {}, 5, 100)
    assert ["actor_id"] in rows  # schema listings are reads, and allowed
    with pytest.raises(QueryError, match="parse"):
        neo4j_store.run_readonly("MATCH (n RETURN n", {}, 5, 10)


# ------------------------------------------------------------------------------------------- equivalence at scale
N_GENERATED = 10_000


@pytest.fixture(scope="module")
def generated() -> list[Document]:
    return generate_documents(N_GENERATED, seed=7)


def _param_spread(docs: list[Document]) -> Iterator[tuple[str, dict[str, Any]]]:
    claims = sorted({c.id for d in docs for c in d.claims})
    packages = sorted({c.id for d in docs for c in d.commitments if c.scope})
    plain = sorted({c.id for d in docs for c in d.commitments if not c.scope})[:3]
    dates = [None, "2024-03-01", "2024-11-15", "2025-06-30"]
    kinds = [None, "troops", "air_defense", "security_guarantee"]
    actors = [None, "FRA", "USA", "NATO", "grp_more_than_ten_nations"]
    for kind, beneficiary, min_rank, as_of in itertools.product(kinds, [None, "UKR", "MDA"], [1, 4], dates):
        yield "backers", {"kind": kind, "beneficiary": beneficiary, "min_rank": min_rank, "as_of": as_of}
    for kind, as_of in itertools.product(kinds, dates):
        yield "positions", {"kind": kind, "as_of": as_of}
        yield "positions", {"kind": kind, "beneficiary": "GEO", "as_of": as_of}
    for c in packages + plain:
        yield "positions", {"commitment": c}
        yield "coalition", {"commitment": c}
    yield "coalition", {"commitment": "UKR"}
    for as_of in dates:
        yield "opposition_map", {"as_of": as_of}
        if as_of:
            yield "graph_as_of", {"as_of": as_of}
        for actor in [*actors, ""]:
            yield "coordination_network", {"actor": actor, "as_of": as_of}
    for c in claims[:: max(1, len(claims) // 60)]:
        yield "claim_evidence", {"claim": c}
    for actor in ["FRA", "USA", "NATO", "UKR", "RUS", "grp_european_leaders", "Q22686", packages[0]]:
        yield "actor_profile", {"actor": actor}
        yield "actor_links", {"actor": actor}
    for name in ("words_to_deeds", "reversals", "timeline"):
        for actor, kind in itertools.product(actors, kinds):
            yield name, {"actor": actor, "kind": kind}
    yield "unnamed_groups", {}


@pytest.mark.neo4j
@pytest.mark.slow
def test_generated_graph_equivalence(neo4j_store: Any, generated: list[Document], tmp_path: Path) -> None:
    embedded = EmbeddedStore(tmp_path / "graph.json")
    expected = embedded.write_many(generated)
    got = neo4j_store.write_bulk(generated, batch_size=250)
    assert got.created == expected.created and got.updated == expected.updated
    assert neo4j_store.counts() == embedded.counts()
    assert len(embedded.all_claims()) == N_GENERATED
    assert neo4j_store.all_claims() == embedded.all_claims()
    assert neo4j_store.actors() == embedded.actors()
    assert neo4j_store.commitments() == embedded.commitments()
    assert neo4j_store.links() == embedded.links()
    mismatches: list[str] = []
    runs = 0
    for name, params in _param_spread(generated):
        runs += 1
        want, have = embedded.query(name, params), neo4j_store.query(name, params)
        if want != have or [list(r) for r in want] != [list(r) for r in have]:
            first = next(((w, h) for w, h in zip(want, have, strict=False) if w != h), None)
            mismatches.append(f"{name}({params}): embedded {len(want)} rows, neo4j {len(have)} rows; "
                              f"first difference: {first}")
    assert runs > 300
    assert not mismatches, "\n".join(mismatches[:10])
    # and the small write path agrees too: writing one document again is a no-op on both
    again = neo4j_store.write(generated[0])
    assert not again.created and not again.updated
