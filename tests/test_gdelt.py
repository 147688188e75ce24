"""The GDELT import core (ingest/gdelt), tested on the REAL GDELT files in ../shared/data/gdelt.

The files are the 2.0 export of 2019-10-24 14:30 UTC (2,111 rows) and a GDELT 1.0 sample (710 rows: 509 daily
rows with SOURCEURL, 201 backfile rows without). They are required: a missing file fails, it is never skipped.
"""

from __future__ import annotations

import gzip
import random
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import ActorKind, Claim, Document, Relation, Source, commitment_id
from ingest.gdelt import (
    CameoMapping,
    CameoResolver,
    GdeltEvent,
    GdeltFilter,
    GdeltStats,
    GeoGuard,
    iter_gdelt_documents,
    read_events,
    to_documents,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gdelt"
V2_FILE = "20191024143000.export.CSV"
V1_FILE = "gdelt1-sample-events.tsv"
EXTRA = Path(__file__).resolve().parent / "data" / "gdelt" / "extra_codes.tsv"


def _real(name: str) -> Path:
    path = DATA / name
    if not path.is_file():
        pytest.fail(
            f"the real GDELT test file is missing: {path} (expected in the `shared` folder beside the repo, "
            f"../shared/data/gdelt; see its README.md)",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="module")
def v2_path() -> Path:
    return _real(V2_FILE)


@pytest.fixture(scope="module")
def v1_path() -> Path:
    return _real(V1_FILE)


@pytest.fixture(scope="module")
def v2_events(v2_path: Path) -> list[GdeltEvent]:
    return list(read_events(v2_path))


@pytest.fixture(scope="module")
def v1_events(v1_path: Path) -> list[GdeltEvent]:
    return list(read_events(v1_path))


@pytest.fixture(scope="module")
def resolver() -> CameoResolver:
    return CameoResolver.default()


def _by_id(events: Iterable[GdeltEvent], gid: int) -> GdeltEvent:
    found = [e for e in events if e.global_event_id == gid]
    assert len(found) == 1, f"event {gid}: found {len(found)} rows"
    return found[0]


def _claims_of(docs: Iterable[Document], gid: int) -> tuple[Document, list[Claim]]:
    """The Document holding event `gid`, and the claims that event is evidence for."""
    for doc in docs:
        for st in doc.statements:
            if st.key == f"gdelt:{gid}":
                return doc, [c for c in doc.claims if st.id in c.evidence]
    raise AssertionError(f"no Document holds event {gid}")


def _graph(docs: Iterable[Document]) -> tuple[dict[str, Claim], set[str], set[str]]:
    """What a store would hold: claims merged by id, statement ids, source ids."""
    claims: dict[str, Claim] = {}
    statements: set[str] = set()
    sources: set[str] = set()
    for doc in docs:
        sources.add(doc.source.id)
        statements.update(s.id for s in doc.statements)
        for c in doc.claims:
            claims[c.id] = claims[c.id].merged(c) if c.id in claims else c
    return claims, statements, sources


def _mentions(docs: Iterable[Document]) -> set[str]:
    ids: set[str] = set()
    for doc in docs:
        ids.update(a.id for a in doc.actors)
        for c in doc.claims:
            ids.update(x for x in (c.subject, c.object, c.beneficiary, c.target) if x)
        for s in doc.statements:
            ids.update(s.mentions)
    return ids


# ---------------------------------------------------------------------------------------- reading the files


def test_v2_export_has_2111_rows_all_good(v2_path: Path) -> None:
    st = GdeltStats()
    events = list(read_events(v2_path, stats=st))
    assert len(events) == 2111
    assert (st.rows, st.bad, st.filtered, st.unmapped, st.events) == (2111, 0, 0, 0, 2111)
    assert st.formats == {"v2": 2111}
    assert all(e.format == "v2" and e.source_url for e in events)
    assert len({e.global_event_id for e in events}) == 2111
    assert [e.line for e in events[:3]] == [1, 2, 3]


def test_v1_sample_mixes_509_daily_and_201_backfile_rows(v1_path: Path) -> None:
    st = GdeltStats()
    events = list(read_events(v1_path, stats=st))
    assert len(events) == 710 and st.rows == 710 and st.bad == 0
    assert st.formats == {"v1": 509, "v1-backfile": 201}
    daily = [e for e in events if e.format == "v1"]
    backfile = [e for e in events if e.format == "v1-backfile"]
    assert len(daily) == 509 and len(backfile) == 201
    assert all(e.source_url and e.date_added == datetime(2016, 7, 28) for e in daily)
    assert all(e.source_url is None and e.day.year == 1982 for e in backfile)


def test_v2_row_is_typed_column_by_column(v2_events: list[GdeltEvent]) -> None:
    e = _by_id(v2_events, 881990833)  # line 2 of the export: the EU in Minsk
    assert e.line == 2 and e.day == date(2018, 10, 24)  # SQLDATE a year before DATEADDED, as GDELT wrote it
    assert (e.actor1_code, e.actor1_name) == ("", "")
    assert (e.actor2_code, e.actor2_name, e.actor2_country, e.actor2_known_group, e.actor2_types) == (
        "IGOEUREEC",
        "THE EU",
        "EUR",
        "EEC",
        ("IGO",),
    )
    assert (e.is_root_event, e.event_code, e.event_base_code, e.event_root_code, e.quad_class) == (
        False,
        "040",
        "040",
        "04",
        1,
    )
    assert (e.goldstein, e.num_mentions, e.num_sources, e.num_articles) == (1.0, 10, 1, 10)
    assert e.avg_tone == pytest.approx(0.63492063492064)
    assert (e.action_geo_type, e.action_geo_fullname, e.action_geo_country, e.action_geo_adm1) == (
        4,
        "Minsk, Belarus (general), Belarus",
        "BO",
        "BO00",
    )
    assert (e.action_geo_lat, e.action_geo_lon, e.action_geo_feature_id) == (53.9, 27.5667, "-1946324")
    assert (e.actor1_geo_type, e.actor1_geo_country) == (0, "")
    assert (e.actor2_geo_type, e.actor2_geo_fullname, e.actor2_geo_country) == (
        4,
        "Minsk, Belarus (general), Belarus",
        "BO",
    )
    assert e.date_added == datetime(2019, 10, 24, 14, 30)
    assert e.source_url == (
        "https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/"
    )


def test_v1_daily_and_backfile_rows_are_typed(v1_events: list[GdeltEvent]) -> None:
    d = _by_id(v1_events, 564111644)  # 58 columns, line 1
    assert (d.format, d.line, d.day, d.actor1_code, d.event_code, d.is_root_event) == (
        "v1",
        1,
        date(2006, 7, 31),
        "USA",
        "010",
        True,
    )
    assert (d.action_geo_fullname, d.action_geo_country, d.action_geo_adm1) == (
        "National Postal Museum, District of Columbia, United States",
        "US",
        "USDC",
    )
    assert (d.action_geo_lat, d.action_geo_lon, d.action_geo_feature_id) == (38.8973, -77.0083, "1984547")
    assert (
        d.source_url == "http://wtop.com/lifestyle/2016/07/deepest-darkest-secrets-now-display-national-postal-museum/"
    )
    b = _by_id(v1_events, 1552839)  # 57 columns: backfile, no url
    assert (b.format, b.day, b.actor1_code, b.actor2_code, b.event_code, b.goldstein) == (
        "v1-backfile",
        date(1982, 1, 2),
        "CAN",
        "POL",
        "1312",
        -5.8,
    )
    assert (b.action_geo_fullname, b.action_geo_lat, b.action_geo_lon) == ("Canada", 60.0, -95.0)
    assert (b.actor2_geo_fullname, b.source_url, b.date_added) == (
        "United States",
        None,
        datetime(2013, 2, 3),
    )


# --------------------------------------------------------------------------------------- specific real rows


@pytest.fixture(scope="module")
def v2_docs(v2_path: Path) -> list[Document]:
    return list(iter_gdelt_documents(v2_path))


@pytest.fixture(scope="module")
def v1_docs(v1_path: Path) -> list[Document]:
    return list(iter_gdelt_documents(v1_path))


def test_real_072_spain_pledges_weapons_delivered_for_saudi_arabia(v2_docs: list[Document]) -> None:
    doc, claims = _claims_of(v2_docs, 881991524)  # ESP -> SAU, 072 provide military aid
    assert doc.source.url == "http://watchingamerica.com/WA/tag/foreign-policy/"
    assert doc.source.origin == "gdelt" and doc.source.published_at == date(2019, 10, 24)
    assert doc.source == Source.from_url(
        "http://watchingamerica.com/WA/tag/foreign-policy/",
        origin="gdelt",
        published_at=date(2019, 10, 24),
        publisher="watchingamerica.com",
    )
    assert len(claims) == 1
    c = claims[0]
    assert (c.subject, c.relation, c.kind, c.beneficiary, c.modality) == (
        "ESP",
        Relation.PLEDGES,
        "weapons",
        "SAU",
        "delivered",
    )
    assert c.object_type == "commitment" and c.object == commitment_id("weapons", "SAU")
    assert c.method == "gdelt:072"
    assert c.valid_from == c.first_seen == c.last_seen == date(2019, 10, 24)
    assert c.confidence == pytest.approx(0.468)  # 1 source, 10 mentions: 1 - 0.7 * 0.97**9
    st = next(s for s in doc.statements if s.key == "gdelt:881991524")
    assert st.text is None and st.mentions == ("ESP", "SAU")
    assert st.attrs == {
        "goldstein": 8.3,
        "num_mentions": 10,
        "num_sources": 1,
        "num_articles": 10,
        "avg_tone": pytest.approx(-6.18181818181819),
        "event_code": "072",
        "action_geo_fullname": "Al Madina, Al Madinah, Saudi Arabia",
        "action_geo_country": "SA",
    }
    assert {(a.id, a.kind) for a in doc.actors} >= {("ESP", ActorKind.NATION), ("SAU", ActorKind.NATION)}
    # whom it is for: the commitment's beneficiary (the stores derive the BENEFITS edge from it)
    com = next(cm for cm in doc.commitments if cm.id == c.object)
    assert com.beneficiary == "SAU" and com.kind == "weapons"


def test_real_111_european_parliament_opposes_turkey(v2_docs: list[Document]) -> None:
    doc, claims = _claims_of(v2_docs, 881991861)  # IGOEUREEC "EUROPEAN PARLIAMENT" -> TUR, 111 criticise
    assert doc.source.url == (
        "http://bianet.org/english/world/214932-members-of-european-parliament-condemn-turkey-over-its-syria-operation"
    )
    [c] = claims
    assert (c.subject, c.relation, c.object, c.object_type, c.target, c.modality, c.kind) == (
        "EU",
        Relation.OPPOSES,
        "TUR",
        "actor",
        "TUR",
        "pledged",
        None,
    )
    assert c.method == "gdelt:111"


def test_real_043_moscow_hosts_norway_passes_the_homonym_guard(v2_docs: list[Document]) -> None:
    # actor1 is RUS named MOSCOW (a homonym place), but the action geo is Moscow, Russia: credible
    doc, claims = _claims_of(v2_docs, 881992380)
    assert (doc.source.url or "").startswith("https://www.reuters.com/article/us-russia-norway-pardon/")
    [c] = claims
    assert (c.subject, c.relation, c.object, c.modality, c.method) == (
        "RUS",
        Relation.COORDINATES,
        "NOR",
        "delivered",
        "gdelt:043",
    )
    # several events of that article make the same claim: one claim, several pieces of evidence
    assert len(c.evidence) > 1 and len(doc.statements) > len(doc.claims)


def test_real_036_chinese_government_plans_to_meet_brazil(v2_docs: list[Document]) -> None:
    doc, claims = _claims_of(v2_docs, 881990861)  # CHNGOV -> BRA, 036 express intent to meet
    assert doc.source.url == "https://af.reuters.com/article/commoditiesNews/idAFL2N2790KV"
    [c] = claims
    assert (c.subject, c.relation, c.object, c.modality) == ("CHN", Relation.COORDINATES, "BRA", "planned")
    assert c.valid_from == date(2019, 9, 24)  # the event day (SQLDATE), not the day GDELT added it


def test_every_real_document_is_one_source_and_consistent(v2_docs: list[Document], v1_docs: list[Document]) -> None:
    for doc in v2_docs + v1_docs:
        assert doc.source.origin == "gdelt"
        assert doc.claims and doc.statements
        assert all(s.source_id == doc.source.id for s in doc.statements)
        assert all(c.method.startswith("gdelt:") and 0 < c.confidence <= 0.8 for c in doc.claims)
        assert all(c.subject != c.object for c in doc.claims)
    urls = [d.source.url for d in v2_docs]
    assert len(urls) == len(set(urls))  # one Document per url (the files are far below one chunk)


# ----------------------------------------------------------------------------------------------------- NATO


def test_both_nato_codes_resolve_to_nato(resolver: CameoResolver) -> None:
    assert resolver("IGOWSTNAT") == "NATO"
    assert resolver("NAT") == "NATO"
    nato = resolver.actor("NATO")
    assert nato is not None and nato.kind == ActorKind.ORGANIZATION and nato.cameo == "IGOWSTNAT"


def test_the_two_nato_rows_of_the_1_0_sample(
    v1_events: list[GdeltEvent], v1_docs: list[Document], resolver: CameoResolver
) -> None:
    rows = [e for e in v1_events if "NAT" in (e.actor1_known_group, e.actor2_known_group)]
    assert sorted(e.global_event_id for e in rows) == [1553159, 1554431]
    for e in rows:
        assert (e.actor1_code, e.actor1_known_group, e.format) == ("IGOWSTNAT", "NAT", "v1-backfile")
        assert resolver(e.actor1_code) == resolver(e.actor1_known_group) == "NATO"
    # 1554431: NATO makes a visit (042) to Italy -> NATO COORDINATES ITA;
    # a backfile row: its Source comes from the event id
    doc, [c] = _claims_of(v1_docs, 1554431)
    assert (c.subject, c.relation, c.object, c.modality, c.valid_from) == (
        "NATO",
        Relation.COORDINATES,
        "ITA",
        "delivered",
        date(1982, 1, 3),
    )
    assert doc.source.url == "gdelt:event/1554431" and doc.source.publisher == "GDELT"
    assert doc.source.id == Source.from_url("gdelt:event/1554431").id
    # 1553159: NATO spokesman, 014 (make a statement) is not mapped: no claim
    assert all(s.key != "gdelt:1553159" for d in v1_docs for s in d.statements)


# ------------------------------------------------------------------------------ false positives: Odessa, TX


ODESSA_TX_UKR_ROWS = {
    881991483,
    881991827,
    881992536,
    881992539,
    881992540,
    881992544,
    881992545,
    881992546,
    881992547,
    881992550,
    881992551,
    881992825,
    881992826,
}


def _odessa_texas(e: GdeltEvent) -> bool:
    return any(name.startswith("Odessa, Texas") for _role, name, _cc in e.geos())


def test_the_real_odessa_texas_rows_are_coded_ukr_by_gdelt(v2_events: list[GdeltEvent]) -> None:
    odessa = [e for e in v2_events if _odessa_texas(e)]
    assert len(odessa) >= len(ODESSA_TX_UKR_ROWS)
    coded_ukr = {e.global_event_id for e in odessa if "UKR" in (e.actor1_code, e.actor2_code)}
    assert coded_ukr == ODESSA_TX_UKR_ROWS
    assert all("ODESSA" in (e.actor1_name, e.actor2_name) for e in odessa if e.global_event_id in coded_ukr)


def test_odessa_texas_never_yields_ukr(v2_events: list[GdeltEvent], v2_docs: list[Document]) -> None:
    # as GDELT wrote them: no claim, statement or actor of those events involves UKR
    odessa_keys = {f"gdelt:{e.global_event_id}" for e in v2_events if _odessa_texas(e)}
    for doc in v2_docs:
        for stmt in doc.statements:
            if stmt.key in odessa_keys:
                assert "UKR" not in stmt.mentions
    # and with every obstacle but the place removed: a mapped code (042) and a resolvable partner (USA)
    forced = []
    for e in v2_events:
        if e.global_event_id in ODESSA_TX_UKR_ROWS:
            a1, a2 = (e.actor1_code, "USA") if e.actor1_code == "UKR" else ("USA", e.actor2_code)
            forced.append(replace(e, event_code="042", actor1_code=a1, actor2_code=a2))
    st = GdeltStats()
    docs = list(to_documents(forced, stats=st))
    assert docs == [] and "UKR" not in _mentions(docs)
    assert st.geo_conflicts == len(ODESSA_TX_UKR_ROWS) == st.unresolved
    assert set(st.geo_conflict_events) == ODESSA_TX_UKR_ROWS
    # the guard is what stops them: without it, the same events would yield UKR
    assert "UKR" in _mentions(to_documents(forced, guard=GeoGuard()))


def test_odessa_without_any_geo_in_the_1_0_sample_is_refused(v1_events: list[GdeltEvent]) -> None:
    e = _by_id(v1_events, 564442672)  # actor UKR named ODESSA, no geo at all; url: an Odessa, Texas TV station
    assert (e.actor1_code, e.actor1_name, e.action_geo_fullname) == ("UKR", "ODESSA", "")
    assert "newswest9.com" in (e.source_url or "")
    assert GeoGuard.default().conflict("UKR", e, e.actor1_name)
    st = GdeltStats()
    assert list(to_documents([replace(e, actor2_code="USA", event_code="130")], stats=st)) == []
    assert st.geo_conflicts == 1


def test_geography_alone_never_creates_a_nation(v2_events: list[GdeltEvent], resolver: CameoResolver) -> None:
    # rows with a Ukrainian geo but no Ukrainian actor code: JUD, CVL -> USAGOV, LEG -> USA, SPY -> UKR...
    ukr_geo = [
        e
        for e in v2_events
        if "UP" in (e.actor1_geo_country, e.actor2_geo_country, e.action_geo_country)
        and "UKR" not in (e.actor1_code[:3], e.actor2_code[:3])
    ]
    assert {881990878, 881991425, 881992098} <= {e.global_event_id for e in ukr_geo}
    for e in ukr_geo:
        assert "UKR" not in (resolver(e.actor1_code), resolver(e.actor2_code))


def test_a_real_ukrainian_row_passes_the_guard(v2_events: list[GdeltEvent]) -> None:
    guard = GeoGuard.default()
    for gid in (881992541, 881992552):  # UKR -> SYR 070 (geo Ukraine), UKR -> USAGOV 0311 (geo Ukraine / DC)
        e = _by_id(v2_events, gid)
        assert e.actor1_code == "UKR" and guard.conflict("UKR", e, e.actor1_name) is None


def test_other_place_name_false_positives_are_refused(v2_events: list[GdeltEvent]) -> None:
    guard = GeoGuard.default()
    cases = {
        881992086: ("LBN", "TYRE"),  # "tyre" in a South African fashion article
        881990957: ("GRC", "OLYMPUS"),  # Mount Olympus in a Marvel comics list, geo Phoenix, Arizona
        881991628: ("GBR", "LONDON"),
    }  # a wedding gallery, geo Thailand
    for gid, (nation, name) in cases.items():
        e = _by_id(v2_events, gid)
        assert name in (e.actor1_name, e.actor2_name)
        assert guard.conflict(nation, e, name), gid


# ---------------------------------------------------------------------------------------- hand-made fixture


EXPECTED = {
    # event id: (code, subject, relation, object, modality, kinds)
    990000001: ("0312", "FRA", Relation.PLEDGES, "UKR", "willing", ("troops",)),
    990000002: ("0332", "GBR", Relation.PLEDGES, "UKR", "willing", ("weapons",)),
    990000003: ("0334", "DEU", Relation.PLEDGES, "UKR", "willing", ("peacekeeping",)),
    990000004: ("072", "USA", Relation.PLEDGES, "UKR", "delivered", ("weapons",)),
    990000005: ("074", "NATO", Relation.PLEDGES, "UKR", "delivered", ("peacekeeping",)),
    990000006: ("057", "USA", Relation.PLEDGES, "UKR", "signed", ("security_guarantee",)),
    990000007: ("1212", "ITA", Relation.DECLINES, "UKR", "refused", ("troops",)),
    990000008: ("064", "GBR", Relation.PLEDGES, "UKR", "delivered", ("intelligence",)),
    990000009: ("036", "FRA", Relation.COORDINATES, "USA", "planned", ()),
    990000010: ("042", "EU", Relation.COORDINATES, "USA", "delivered", ()),
    990000011: ("111", "RUS", Relation.OPPOSES, "NATO", "pledged", ()),
    990000012: ("138", "RUS", Relation.OPPOSES, "UKR", "willing", ()),
    990000013: ("062", "POL", Relation.PLEDGES, "UKR", "delivered", ("troops",)),
    990000014: ("1222", "HUN", Relation.DECLINES, "UKR", "refused", ("weapons",)),
    990000015: ("1224", "AUT", Relation.DECLINES, "UKR", "refused", ("peacekeeping",)),
    990000016: ("1211", "CHN", Relation.OPPOSES, "USA", "pledged", ()),  # 12x other than 1212/1222/1224
}


@pytest.fixture(scope="module")
def extra_docs_and_stats() -> tuple[list[Document], GdeltStats]:
    assert EXTRA.is_file(), f"missing fixture {EXTRA}"
    st = GdeltStats()
    return list(iter_gdelt_documents(EXTRA, GdeltFilter(), stats=st)), st


def test_extra_codes_fixture_is_well_formed() -> None:
    st = GdeltStats()
    events = list(read_events(EXTRA, stats=st))
    assert st.formats == {"v2": 19} and st.bad == 0 and len(events) == 19
    assert {e.global_event_id: e.event_code for e in events if e.global_event_id in EXPECTED} == {
        k: v[0] for k, v in EXPECTED.items()
    }


@pytest.mark.parametrize("gid", sorted(EXPECTED))
def test_extra_code_maps_as_specified(gid: int, extra_docs_and_stats: tuple[list[Document], GdeltStats]) -> None:
    docs, _st = extra_docs_and_stats
    code, subject, relation, obj, modality, kinds = EXPECTED[gid]
    doc, claims = _claims_of(docs, gid)
    assert all(c.method == f"gdelt:{code}" for c in claims)
    got = {(c.subject, c.relation, c.modality, c.kind) for c in claims}
    if kinds:
        assert got == {(subject, relation, modality, k) for k in kinds}
        for c in claims:
            assert c.object_type == "commitment" and c.beneficiary == obj
            assert c.object == commitment_id(c.kind or "", obj)
            assert any(cm.id == c.object and cm.beneficiary == obj for cm in doc.commitments)
    else:
        assert got == {(subject, relation, modality, None)}
        assert all(c.object == obj and c.object_type == "actor" for c in claims)
        if relation == Relation.OPPOSES:
            assert all(c.target == obj for c in claims)


def test_extra_codes_skips_unmapped_unresolved_and_odessa(
    extra_docs_and_stats: tuple[list[Document], GdeltStats],
) -> None:
    docs, st = extra_docs_and_stats
    keys = {s.key for d in docs for s in d.statements}
    assert keys == {f"gdelt:{gid}" for gid in EXPECTED}
    assert st.unmapped == 1  # 990000017: 0311 (intent to cooperate economically) is not mapped
    assert st.unresolved == 2  # 990000018: UKR "ODESSA" in Odessa, Texas; 990000019: USA -> CVL
    assert st.geo_conflicts == 1 and st.geo_conflict_events == [990000018]
    assert st.claims == len(EXPECTED)


def test_extra_codes_group_by_source_url(extra_docs_and_stats: tuple[list[Document], GdeltStats]) -> None:
    docs, _st = extra_docs_and_stats
    a = [d for d in docs if d.source.url == "https://example.org/gdelt-fixture/a"]
    assert len(a) == 1 and {s.key for s in a[0].statements} == {"gdelt:990000001", "gdelt:990000002"}
    assert len(docs) == len({d.source.url for d in docs})


def test_extra_057_confidence_is_halved(extra_docs_and_stats: tuple[list[Document], GdeltStats]) -> None:
    docs, _st = extra_docs_and_stats
    _doc, [c] = _claims_of(docs, 990000006)  # 3 sources, 6 mentions, weight 0.5
    assert c.confidence == pytest.approx(round((1 - 0.7 * 0.8**2 * 0.97**3) * 0.5, 3))


# -------------------------------------------------------------------------------------- mapping & resolving


def test_longest_prefix_wins() -> None:
    m = CameoMapping.default()
    assert m.lookup("1212").relation == Relation.DECLINES  # type: ignore[union-attr]
    assert m.lookup("1211").relation == Relation.OPPOSES  # type: ignore[union-attr]
    assert m.lookup("121").relation == Relation.OPPOSES  # type: ignore[union-attr]
    assert m.lookup("0312").kinds == ("troops",)  # type: ignore[union-attr]
    assert m.lookup("046").modality == "delivered"  # type: ignore[union-attr]
    for unmapped in ("010", "0311", "03", "190", "", "0874"):
        assert m.lookup(unmapped) is None and not m.is_mapped(unmapped)


def test_confidence_formula() -> None:
    m = CameoMapping.default()
    assert m.confidence(1, 1) == 0.3
    assert m.confidence(2, 2) == pytest.approx(0.44)
    assert m.confidence(0, 0) == 0.3  # missing counts count as one
    assert m.confidence(50, 500) == 0.8  # capped
    assert m.confidence(1, 1, weight=0.5) == 0.15


def test_mapping_file_errors_name_file_and_field(tmp_path: Path) -> None:
    bad_key = tmp_path / "unquoted.yaml"
    bad_key.write_text("rules:\n  072: {relation: PLEDGES, modality: delivered, kinds: [weapons]}\n")
    with pytest.raises(InputError) as err:
        CameoMapping.from_yaml(bad_key)
    # YAML reads an unquoted 072 as the octal number 58: the error says so
    assert err.value.path == str(bad_key) and err.value.field == "rules.58" and "quoted" in str(err.value)
    bad_kind = tmp_path / "kind.yaml"
    bad_kind.write_text('rules:\n  "072": {relation: PLEDGES, modality: delivered, kinds: [tanks]}\n')
    with pytest.raises(InputError, match="tanks"):
        CameoMapping.from_yaml(bad_kind)
    no_kind = tmp_path / "nokind.yaml"
    no_kind.write_text('rules:\n  "072": {relation: PLEDGES, modality: delivered}\n')
    with pytest.raises(InputError, match="needs `kinds`"):
        CameoMapping.from_yaml(no_kind)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USA", "USA"),
        ("USAGOV", "USA"),
        ("RUSMIL", "RUS"),
        ("GBRSPY", "GBR"),
        ("UKR", "UKR"),
        ("FRA", "FRA"),
        ("USACVL", None),
        ("RUSOPP", None),
        ("UKRBUS", None),
        ("USAGOVCVL", None),
        ("MNCUSA", None),
        ("IGOWSTNAT", "NATO"),
        ("NAT", "NATO"),
        ("IGOEUREEC", "EU"),
        ("EEC", "EU"),
        ("IGOUNO", "UN"),
        ("UNO", "UN"),
        ("IGOUNOGOV", "UN"),
        ("IGOEURSCE", "OSCE"),
        ("IGOUNODEVWBK", "WORLD_BANK"),
        ("IGOUNOREFHCR", None),
        ("EUR", None),
        ("AFR", None),
        ("WST", None),
        ("GOV", None),
        ("MIL", None),
        ("IGOPKO", None),
        ("kur", None),
        ("", None),
        ("ROM", "ROU"),
        ("TMP", "TLS"),
        ("USR", "SUN"),
        ("SUN", "SUN"),
        ("KSV", "XKX"),
        ("WSB", None),
    ],
)
def test_resolver(resolver: CameoResolver, code: str, expected: str | None) -> None:
    assert resolver(code) == expected


def test_resolver_builds_minimal_actors(resolver: CameoResolver) -> None:
    usa = resolver.actor("USA")
    assert usa is not None and (usa.kind, usa.iso2, usa.iso3, usa.cameo) == (
        ActorKind.NATION,
        "US",
        "USA",
        "USA",
    )
    rou = resolver.actor("ROU")
    assert rou is not None and rou.cameo == "ROM"
    assert resolver.actor("XKX") is not None and resolver.actor("NOPE") is None


def test_no_role_or_region_code_is_taken_for_a_country(resolver: CameoResolver) -> None:
    import yaml

    data = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "ingest" / "gdelt" / "cameo_actors.yaml").read_text(encoding="utf-8")
    )
    for code in data["roles"] + data["countries"]["regions"]:
        assert resolver(code) is None, code


def test_resolver_is_injectable(v2_events: list[GdeltEvent]) -> None:
    table = {"USA": "USA", "CHN": "CHN"}
    docs = list(to_documents(v2_events, resolver=table.get, include_actors=True))
    assert docs and _mentions(docs) <= {"USA", "CHN"}
    assert all(d.actors == () for d in docs)  # a plain callable has no actor(): no Actor nodes


# ----------------------------------------------------------------------------------------- order & chunking


def test_same_graph_whatever_the_order_and_chunking(v2_events: list[GdeltEvent]) -> None:
    whole = _graph(to_documents(v2_events))
    shuffled = list(v2_events)
    random.Random(7).shuffle(shuffled)
    small_chunks = list(to_documents(shuffled, chunk_size=7))
    assert len(small_chunks) > len(list(to_documents(v2_events)))  # the same url now spans several Documents
    again = _graph(small_chunks)
    assert again[1] == whole[1] and again[2] == whole[2]
    assert again[0].keys() == whole[0].keys()
    for cid, c in whole[0].items():
        d = again[0][cid]
        assert (set(d.evidence), d.confidence, d.first_seen, d.last_seen) == (
            set(c.evidence),
            c.confidence,
            c.first_seen,
            c.last_seen,
        )


def test_reingest_is_idempotent(v2_path: Path) -> None:
    first = _graph(iter_gdelt_documents(v2_path))
    second = _graph(iter_gdelt_documents([v2_path, v2_path]))
    assert first[1] == second[1] and first[2] == second[2] and first[0].keys() == second[0].keys()


# -------------------------------------------------------------------------------------------------- filters


def test_filters(v2_path: Path) -> None:
    countries = {"USA", "FRA", "GBR", "RUS", "UKR", "DEU"}
    st = GdeltStats()
    kept = list(read_events(v2_path, GdeltFilter(actors=countries, mapped_only=True), stats=st))
    assert kept and st.rows == 2111 == st.bad + st.filtered + st.unmapped + st.events
    mapping = CameoMapping.default()
    assert all(mapping.is_mapped(e.event_code) for e in kept)
    assert all(countries & {e.actor1_country, e.actor2_country} for e in kept)
    expected = sum(
        1
        for e in read_events(v2_path)
        if countries & {e.actor1_country, e.actor2_country} and mapping.is_mapped(e.event_code)
    )
    assert len(kept) == expected
    nato = list(read_events(_real(V1_FILE), GdeltFilter(actors={"NAT"})))
    assert sorted(e.global_event_id for e in nato) == [1553159, 1554431]
    pref = list(read_events(v2_path, GdeltFilter(event_prefixes=("07", "0312"))))
    assert pref and all(e.event_code.startswith(("07", "0312")) for e in pref)
    old = list(read_events(v2_path, GdeltFilter(until=date(2019, 10, 23))))
    assert old and all(e.day <= date(2019, 10, 23) for e in old)
    new = list(read_events(v2_path, GdeltFilter(since=date(2019, 10, 24), until=date(2019, 10, 24))))
    assert len(old) + len(new) + sum(1 for e in read_events(v2_path) if e.day > date(2019, 10, 24)) == 2111


# ---------------------------------------------------------------------------------------- bad input, errors


def _lines(path: Path, n: int) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [next(f).rstrip("\n") for _ in range(n)]


def _corrupt_file(tmp_path: Path, v2_path: Path) -> Path:
    good = _lines(v2_path, 4)
    short = "\t".join(good[1].split("\t")[:10])  # line 2: 10 columns
    fields = good[2].split("\t")
    fields[1] = "2019-10-24"  # line 3: bad SQLDATE
    bad_date = "\t".join(fields)
    fields = good[3].split("\t")
    fields[31] = "many"  # line 5: bad NumMentions
    bad_number = "\t".join(fields)
    fields = good[3].split("\t")
    fields[0] = ""  # line 6: empty GLOBALEVENTID
    no_id = "\t".join(fields)
    path = tmp_path / "corrupt.export.CSV"
    path.write_text(
        "\n".join([good[0], short, bad_date, good[1], bad_number, no_id, "", good[3]]) + "\n",
        encoding="utf-8",
    )
    return path


def test_bad_rows_are_counted_with_line_and_reason(tmp_path: Path, v2_path: Path) -> None:
    path = _corrupt_file(tmp_path, v2_path)
    st = GdeltStats()
    events = list(read_events(path, stats=st))
    assert [e.line for e in events] == [1, 4, 8]  # the blank line 7 is not a row
    assert (st.rows, st.bad, st.events) == (7, 4, 3)
    got = [(b.line, b.field) for b in st.bad_rows]
    assert got == [(2, None), (3, "SQLDATE"), (5, "NumMentions"), (6, "GLOBALEVENTID")]
    assert "found 10" in st.bad_rows[0].reason and "'2019-10-24'" in st.bad_rows[1].reason
    assert "'many'" in st.bad_rows[2].reason and "empty" in st.bad_rows[3].reason
    assert str(st.bad_rows[0]).startswith(f"{path}:2: ")
    capped = GdeltStats(max_bad=2)
    list(read_events(path, stats=capped))
    assert capped.bad == 4 and len(capped.bad_rows) == 2


def test_strict_mode_raises_naming_file_and_line(tmp_path: Path, v2_path: Path) -> None:
    path = _corrupt_file(tmp_path, v2_path)
    with pytest.raises(InputError) as err:
        list(read_events(path, strict=True))
    assert (err.value.path, err.value.line) == (str(path), 2)
    assert str(err.value).startswith(f"{path}:2: ")
    with pytest.raises(InputError) as err:
        list(iter_gdelt_documents(path, GdeltFilter(), strict=True))
    assert err.value.line == 2


def test_gzip_and_zip_are_read(tmp_path: Path, v2_path: Path) -> None:
    data = v2_path.read_bytes()
    gz = tmp_path / "x.export.CSV.gz"
    gz.write_bytes(gzip.compress(data))
    zp = tmp_path / "x.export.CSV.zip"
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("20191024143000.export.CSV", data)
    for p in (gz, zp):
        st = GdeltStats()
        assert sum(1 for _ in read_events(p, stats=st)) == 2111 and st.bad == 0


def test_truncated_gzip_is_an_input_error(tmp_path: Path, v2_path: Path) -> None:
    blob = gzip.compress(v2_path.read_bytes())
    gz = tmp_path / "truncated.export.CSV.gz"
    gz.write_bytes(blob[: len(blob) // 2])
    with pytest.raises(InputError) as err:
        list(read_events(gz))
    assert err.value.path == str(gz) and "truncated" in str(err.value)


def test_corrupt_zip_is_an_input_error(tmp_path: Path, v2_path: Path) -> None:
    zp = tmp_path / "corrupt.export.CSV.zip"
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("20191024143000.export.CSV", v2_path.read_bytes())
    blob = bytearray(zp.read_bytes())
    for i in range(200, 2200):  # scramble compressed data after the local header
        blob[i] ^= 0x5A
    zp.write_bytes(bytes(blob))
    with pytest.raises(InputError) as err:
        list(read_events(zp))
    assert err.value.path == str(zp)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 10)
    with pytest.raises(InputError) as err:
        list(read_events(junk))
    assert err.value.path == str(junk) and "zip" in str(err.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        list(read_events(tmp_path / "nope.CSV"))
    assert err.value.path == str(tmp_path / "nope.CSV")
