"""Static checks on the graph page (viz.page) and the plots (viz.plots): no browser needed."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from graph.errors import NotFoundError, QueryError
from graph.model import Actor, ActorKind, Claim, Commitment, Document, Relation, Source, Statement
from graph.store.embedded import EmbeddedStore
from viz.page import ACTOR_COLOURS, RELATION_STYLES, build_page, select_subgraph, vis_assets

FRA_QUOTE = (
    "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere "
    "la difesa ucraina in caso di escalation."
)
FRA_QUOTE_EN = "France said it stands ready to send several hundred soldiers if the conflict escalates."
RUS_QUOTE = (
    "Anche la Russia ha riaffermato la sua posizione contraria a una presenza militare della NATO in "
    "territorio ucraino."
)
DEU_QUOTE = "Germany will not send soldiers."
EVIL_QUOTE = "NATO said </script><script>alert('x')</script> & more."


def _doc(title: str, day: date, url: str | None, quotes: list[str]) -> tuple[Source, dict[str, Statement]]:
    text = "\n".join(quotes)
    src = Source.from_text(text, title=title, publisher="test", url=url, published_at=day, language="it")
    sts = {}
    for q in quotes:
        start = text.index(q)
        sts[q] = Statement(source_id=src.id, text=q, start=start, end=start + len(q), language="it")
    return src, sts


ACTORS = (
    Actor(id="FRA", kind=ActorKind.NATION, name="France", aliases={"it": ["Francia"], "de": ["Frankreich"]}),
    Actor(id="GBR", kind=ActorKind.NATION, name="United Kingdom", aliases={"it": ["Regno Unito"]}),
    Actor(id="RUS", kind=ActorKind.NATION, name="Russia"),
    Actor(id="UKR", kind=ActorKind.NATION, name="Ukraine", aliases={"it": ["Ucraina"]}),
    Actor(id="DEU", kind=ActorKind.NATION, name="Germany"),
    Actor(id="NATO", kind=ActorKind.ORGANIZATION, name="NATO"),
    Actor(id="ISL", kind=ActorKind.NATION, name="Iceland"),  # reference data only: no claim
)
TROOPS = Commitment(kind="troops", beneficiary="UKR")
PRESENCE = Commitment(kind="nato_presence", beneficiary="UKR")
GUARANTEE = Commitment(kind="security_guarantee", beneficiary="UKR")


def _claim(
    subject: str,
    relation: Relation,
    obj: Commitment | str,
    modality: str,
    evidence: list[Statement],
    **extra: object,
) -> Claim:
    fields: dict[str, object]
    if isinstance(obj, Commitment):
        fields = {
            "object": obj.id,
            "object_type": "commitment",
            "kind": obj.kind,
            "beneficiary": obj.beneficiary,
        }
    else:
        fields = {"object": obj, "object_type": "actor"}
    return Claim(
        subject=subject,
        relation=relation,
        modality=modality,
        evidence=tuple(s.id for s in evidence),
        **fields,
        **extra,
    )  # type: ignore[arg-type]


def documents() -> list[Document]:
    s1, st1 = _doc(
        "Dispiegamento internazionale di truppe", date(2025, 8, 25), None, [FRA_QUOTE, RUS_QUOTE, EVIL_QUOTE]
    )
    s2, st2 = _doc(
        "France ready to send troops", date(2025, 8, 27), "https://example.org/fr-troops", [FRA_QUOTE_EN]
    )
    s3, st3 = _doc("Berlin says no", date(2025, 9, 2), None, [DEU_QUOTE])
    day1, day2, day3 = date(2025, 8, 25), date(2025, 8, 27), date(2025, 9, 2)
    cond = {
        "quantity": "alcune centinaia di soldati",
        "condition": "in caso di escalation",
        "condition_norm": "on_escalation",
    }
    d1 = Document(
        source=s1,
        actors=ACTORS,
        commitments=(TROOPS, PRESENCE, GUARANTEE),
        statements=tuple(st1.values()),
        claims=(
            _claim("FRA", Relation.PLEDGES, TROOPS, "willing", [st1[FRA_QUOTE]], valid_from=day1, **cond),
            _claim("GBR", Relation.PLEDGES, TROOPS, "willing", [st1[FRA_QUOTE]], valid_from=day1, **cond),
            _claim("RUS", Relation.OPPOSES, PRESENCE, "pledged", [st1[RUS_QUOTE]], valid_from=day1),
            _claim("NATO", Relation.SUPPORTS, GUARANTEE, "planned", [st1[EVIL_QUOTE]], valid_from=day1),
            _claim(
                "FRA",
                Relation.COORDINATES,
                "GBR",
                "planned",
                [st1[FRA_QUOTE]],
                valid_from=day1,
                topic=TROOPS.id,
            ),
        ),
    )
    d2 = Document(
        source=s2,
        actors=ACTORS[:1],
        commitments=(TROOPS,),
        statements=tuple(st2.values()),
        claims=(
            _claim("FRA", Relation.PLEDGES, TROOPS, "willing", [st2[FRA_QUOTE_EN]], valid_from=day2, **cond),
        ),
    )
    d3 = Document(
        source=s3,
        actors=ACTORS[4:5],
        commitments=(TROOPS,),
        statements=tuple(st3.values()),
        claims=(_claim("DEU", Relation.DECLINES, TROOPS, "refused", [st3[DEU_QUOTE]], valid_from=day3),),
    )
    return [d1, d2, d3]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    st = EmbeddedStore(tmp_path_factory.mktemp("viz") / "graph.json")
    st.write_many(documents())
    return st


@pytest.fixture(scope="module")
def page(store: EmbeddedStore) -> str:
    return build_page(store, title="Test page")


def page_data(text: str) -> dict:
    m = re.search(r'<script id="pg-data" type="application/json">(.*?)</script>', text, re.S)
    assert m, "the page carries its data in #pg-data"
    return json.loads(m.group(1))


def edge(data: dict, subject: str, obj: str, relation: str) -> dict:
    found = [
        e for e in data["edges"] if e["from"] == subject and e["to"] == obj and e["relation"] == relation
    ]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------------------ offline
REMOTE = re.compile(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def test_page_loads_nothing_remote(page: str) -> None:
    assert not REMOTE.search(page), REMOTE.search(page)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I), "every script is inline"
    assert not re.search(r"<link[^>]*rel=[\"']?stylesheet", page, re.I), "every stylesheet is inline"
    assert not re.search(r"@import|url\(\s*[\"']?(?:https?:)?//", page, re.I)
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "fonts.googleapis", "fonts.gstatic"):
        assert cdn not in page


def test_vis_network_is_inlined_from_pyvis(page: str) -> None:
    js, css = vis_assets()
    assert js[:2000] in page and css[:2000] in page
    assert "sourceMappingURL" not in page
    assert page.count("<html") == 1 and page.rstrip().endswith("</html>")


def test_page_is_deterministic(store: EmbeddedStore, page: str) -> None:
    assert build_page(store, title="Test page") == page


# --------------------------------------------------------------------------------------------- controls
@pytest.mark.parametrize(
    "dom_id",
    [
        "search",
        "search-go",
        "kind-filter",
        "relation-filter",
        "modality-filter",
        "as-of",
        "legend",
        "network",
        "info",
    ],
)
def test_controls_have_stable_ids(page: str, dom_id: str) -> None:
    assert f'id="{dom_id}"' in page


def test_legend_names_every_actor_kind_and_relation(page: str) -> None:
    legend = page[page.index('id="legend"') :]
    legend = legend[: legend.index("</section>")]
    for kind, colour in ACTOR_COLOURS.items():
        assert f'data-kind="{kind}"' in legend and colour in legend
    assert 'data-kind="commitment"' in legend
    for rel in ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES", "COORDINATES"):
        assert f'data-relation="{rel}"' in legend
        assert RELATION_STYLES[rel]["color"] in legend
    assert "more sources" in legend


def test_search_datalist_has_names_and_aliases(page: str) -> None:
    data = page_data(page)
    for name in ("France", "Francia", "Frankreich", "FRA", "Regno Unito"):
        assert f'<option value="{name}">' in page
    assert data["search"]["francia"] == "FRA" and data["search"]["fra"] == "FRA"


def test_filters_offer_the_kinds_and_ladder(page: str) -> None:
    kinds = page[page.index('id="kind-filter"') : page.index("</select>", page.index('id="kind-filter"'))]
    assert 'value="troops"' in kinds and 'value="nato_presence"' in kinds
    mods = page[
        page.index('id="modality-filter"') : page.index("</select>", page.index('id="modality-filter"'))
    ]
    assert [m for m in re.findall(r'value="(\w*)"', mods)] == [
        "",
        "considering",
        "willing",
        "planned",
        "pledged",
        "signed",
        "delivered",
    ]


# ------------------------------------------------------------------------------------------ nodes, edges
def test_nodes_colour_by_kind_and_commitments_are_boxes(page: str) -> None:
    data = page_data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["FRA"]["color"]["background"] == ACTOR_COLOURS["nation"]
    assert nodes["NATO"]["color"]["background"] == ACTOR_COLOURS["organization"]
    assert nodes["FRA"]["shape"] == "dot"
    assert nodes[TROOPS.id]["shape"] == "box" and "Troops" in nodes[TROOPS.id]["label"]
    assert "ISL" not in nodes, "reference-only actors (no claim) are left out"
    assert "UKR" in nodes, "the beneficiary of a shown commitment is shown"


def test_edge_colour_and_dashes_by_relation(page: str) -> None:
    data = page_data(page)
    cases = {
        ("FRA", TROOPS.id, "PLEDGES"): ("#2e7d32", False),
        ("NATO", GUARANTEE.id, "SUPPORTS"): ("#8bc34a", [8, 5]),
        ("RUS", PRESENCE.id, "OPPOSES"): ("#d32f2f", False),
        ("DEU", TROOPS.id, "DECLINES"): ("#f57c00", [2, 4]),
        ("FRA", "GBR", "COORDINATES"): ("#1e88e5", False),
    }
    for (s, o, rel), (colour, dashes) in cases.items():
        e = edge(data, s, o, rel)
        assert e["color"] == colour == RELATION_STYLES[rel]["color"]
        assert e["dashes"] == dashes
        assert e["claim"] is True and e["arrows"]["to"]["enabled"] is True
    assert edge(data, TROOPS.id, "UKR", "BENEFITS")["claim"] is False


def test_edge_width_grows_with_sources(page: str) -> None:
    data = page_data(page)
    fra, gbr = edge(data, "FRA", TROOPS.id, "PLEDGES"), edge(data, "GBR", TROOPS.id, "PLEDGES")
    assert fra["sources"] == 2 and gbr["sources"] == 1
    assert fra["width"] > gbr["width"]


def quotes_of(data: dict, e: dict) -> list[tuple[str, str, str | None, str | None]]:
    """(quote, source title, date, url) for each piece of evidence behind an edge, as its tooltip shows
    them."""
    out = []
    for i in e["ev"]:
        text, src = data["quotes"][i]
        title, day, url, _publisher = data["sources"][src]
        out.append((text, title, day, url))
    return out


def test_tooltip_has_the_fra_quote_with_its_sources(page: str) -> None:
    data = page_data(page)
    e = edge(data, "FRA", TROOPS.id, "PLEDGES")
    assert quotes_of(data, e) == [
        (FRA_QUOTE, "Dispiegamento internazionale di truppe", "2025-08-25", None),
        (FRA_QUOTE_EN, "France ready to send troops", "2025-08-27", "https://example.org/fr-troops"),
    ]
    assert (e["modality"], e["rank"], e["quantity"], e["condition"], e["condition_label"]) == (
        "willing",
        2,
        "alcune centinaia di soldati",
        "in caso di escalation",
        "in case of escalation",
    )
    # the page turns these into the hover box; a source url is shown as text, never as a link out of the page
    assert "function claimTip(e)" in page and 'network.on("showPopup"' in page
    assert data["max_quotes"] == 3


def test_a_quote_cited_twice_is_shipped_once(page: str) -> None:
    data = page_data(page)
    fra, gbr = edge(data, "FRA", TROOPS.id, "PLEDGES"), edge(data, "GBR", TROOPS.id, "PLEDGES")
    assert set(fra["ev"]) & set(gbr["ev"])
    assert [q for q, _ in data["quotes"]].count(FRA_QUOTE) == 1
    assert page.count(FRA_QUOTE) == 1


def test_speaker_is_on_the_edge(tmp_path: Path) -> None:
    from viz.sample import TRUMP, seed_store

    st = seed_store(tmp_path / "graph.json")
    data = page_data(build_page(st))
    tech = Commitment(kind="technical_assistance", beneficiary="UKR")
    assert edge(data, "USA", tech.id, "PLEDGES")["speaker"] == "Donald Trump"  # Q22686, named from the store
    assert TRUMP in {n["id"] for n in data["nodes"]}


def test_quotes_cannot_break_out_of_the_page(page: str) -> None:
    assert "<script>alert" not in page and "</script><script>" not in page
    data = page_data(page)
    assert quotes_of(data, edge(data, "NATO", GUARANTEE.id, "SUPPORTS"))[0][0] == EVIL_QUOTE
    assert "function esc(value)" in page


def test_edges_carry_validity_for_the_as_of_field(page: str) -> None:
    data = page_data(page)
    assert edge(data, "DEU", TROOPS.id, "DECLINES")["valid_from"] == "2025-09-02"
    assert all("valid_from" in e for e in data["edges"] if e["claim"])
    assert 'min="2025-08-25"' in page and 'max="2025-09-02"' in page


# ----------------------------------------------------------------------------------- python-side selection
def test_center_and_depth(store: EmbeddedStore) -> None:
    one = select_subgraph(store, center="RUS", depth=1)
    assert one.node_ids == {"RUS", PRESENCE.id}
    two = select_subgraph(store, center="Russia", depth=2)
    assert two.node_ids == {"RUS", PRESENCE.id, "UKR"}
    assert select_subgraph(store, center="FRA", depth=0).node_ids == {"FRA"}
    page = build_page(store, center="Francia", depth=1)
    ids = {n["id"] for n in page_data(page)["nodes"]}
    assert ids == {"FRA", TROOPS.id, "GBR"}
    assert page_data(page)["center"] == "FRA"


def test_kinds_relations_as_of_and_min_modality(store: EmbeddedStore) -> None:
    sel = select_subgraph(store, kinds=["troops"])
    assert {c.relation.value for c in sel.claims} == {"PLEDGES", "DECLINES", "COORDINATES"}  # topic = troops
    assert "RUS" not in sel.node_ids
    sel = select_subgraph(store, relations=["OPPOSES"])
    assert sel.node_ids == {"RUS", PRESENCE.id, "UKR"}
    before = select_subgraph(store, as_of=date(2025, 8, 26))
    assert "DEU" not in before.node_ids and all(len(c.evidence) for c in before.claims)
    assert "DEU" in select_subgraph(store, as_of=date(2025, 9, 3)).node_ids
    strong = select_subgraph(store, min_modality="planned")
    rels = {(c.subject, c.relation.value) for c in strong.claims}
    assert ("FRA", "PLEDGES") not in rels and ("RUS", "OPPOSES") in rels and ("DEU", "DECLINES") in rels
    page = build_page(store, as_of=date(2025, 8, 26), min_modality="willing")
    assert 'value="2025-08-26"' in page and '<option value="willing" selected>' in page


def test_bad_arguments_are_clear_errors(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="relation"):
        build_page(store, relations=["LIKES"])
    with pytest.raises(QueryError, match="kind"):
        build_page(store, kinds=["bananas"])
    with pytest.raises(QueryError, match="ladder"):
        build_page(store, min_modality="refused")
    with pytest.raises(NotFoundError):
        build_page(store, center="Atlantis")


def test_empty_store_gives_a_page(tmp_path: Path) -> None:
    text = build_page(EmbeddedStore(tmp_path / "graph.json"))
    assert page_data(text)["nodes"] == [] and "window.pledgegraph" in text


# ------------------------------------------------------------------------------------------------- plots
def test_backing_matrix_and_save(store: EmbeddedStore, tmp_path: Path) -> None:
    from viz.plots import backing_matrix, save

    fig = backing_matrix(store, beneficiary="Ucraina")
    ax = fig.axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert rows[0] == "NATO" and rows[1] == "France" and "Germany" in rows and "Russia" in rows
    assert cols == ["Troops", "Security guarantee", "NATO presence"]
    texts = {t.get_text() for t in ax.texts}
    assert {"willing", "planned", "×", "⊘"} <= texts
    png = save(fig, tmp_path / "m.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    a = save(backing_matrix(store), tmp_path / "a.svg").read_bytes()
    b = save(backing_matrix(store), tmp_path / "b.svg").read_bytes()
    assert a == b and b"<svg" in a and b"Date" not in a
    with pytest.raises(ValueError, match="png"):
        save(fig, tmp_path / "m.jpg")


def test_coalition_graph(store: EmbeddedStore, tmp_path: Path) -> None:
    from viz.plots import coalition_graph, save

    fig = coalition_graph(store, TROOPS.id)
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert {"France", "United Kingdom", "Germany", "Troops"} <= texts
    assert "willing" in texts and "refused" in texts
    save(fig, tmp_path / "c.svg")
    with pytest.raises(NotFoundError):
        coalition_graph(store, "c_nope")
