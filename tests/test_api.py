"""The HTTP API through real HTTP: uvicorn on a free loopback port in a background thread, httpx against it.

Every resource, paging, the error contract (problem+json naming the field or id), the body limit, the API key,
dry runs and idempotent ingest, on the embedded store and (marked neo4j) on a real Neo4j.
"""

from __future__ import annotations

import io
import logging
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from api.app import create_app
from api.demo import DEMO_NOTE, SEED_EXCERPT, demo_documents
from graph.model import normalise_text
from graph.settings import Settings
from graph.store.embedded import EmbeddedStore

API_KEY = "test-key-7f3a9c"  # a test value, not a secret
PROBLEM = "application/problem+json"


# --------------------------------------------------------------------------------------------- live server
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving `app` on 127.0.0.1:<free port> in a daemon thread."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="info", lifespan="on", access_log=True
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@contextmanager
def serving(settings: Settings, **kwargs: Any) -> Iterator[httpx.Client]:
    server = LiveServer(create_app(settings, **kwargs)).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield client
    finally:
        server.stop()


def seed_embedded(data_dir: Path) -> None:
    store = EmbeddedStore(data_dir / "graph.json")
    store.write_many(demo_documents())


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("api-demo")
    seed_embedded(d)
    return d


def _neo4j_settings(request: pytest.FixtureRequest, **extra: Any) -> Settings:
    try:
        server = request.getfixturevalue("neo4j_server")
    except pytest.FixtureLookupError:
        pytest.skip("tests/neo4j_support.py (the neo4j_server fixture) is not available")
    uri = getattr(server, "uri", None) or server["uri"]
    password = getattr(server, "password", None) or server["password"]
    user = getattr(server, "user", None) or "neo4j"
    return Settings(store="neo4j", neo4j_uri=uri, neo4j_user=user, neo4j_password=password, **extra)


def _reset_neo4j(settings: Settings) -> None:
    from graph.store.neo4j import Neo4jStore

    store = Neo4jStore.from_settings(settings)
    try:
        with store._driver.session(database=settings.neo4j_database) as session:
            session.run("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").consume()
        store.write_many(demo_documents())
    finally:
        store.close()


def make_settings(kind: str, request: pytest.FixtureRequest, data_dir: Path, **extra: Any) -> Settings:
    if kind == "neo4j":
        settings = _neo4j_settings(request, api_key=API_KEY, **extra)
        _reset_neo4j(settings)
        return settings
    return Settings(data_dir=data_dir, api_key=API_KEY, **extra)


STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(scope="module", params=STORES)
def api(request: pytest.FixtureRequest, demo_dir: Path) -> Iterator[httpx.Client]:
    """A read-mostly server over the demo graph (module-wide: tests using it must not write)."""
    with serving(make_settings(request.param, request, demo_dir)) as client:
        client.store_kind = request.param  # type: ignore[attr-defined]
        yield client


@pytest.fixture(params=STORES)
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[httpx.Client]:
    """A server over its own copy of the demo graph, for tests that write."""
    data = tmp_path / "store"
    if request.param == "embedded":
        seed_embedded(data)
    settings = make_settings(request.param, request, data, max_body_bytes=64 * 1024)
    with serving(settings) as client:
        client.store_kind = request.param  # type: ignore[attr-defined]
        client.data_dir = data  # type: ignore[attr-defined]
        yield client
    if request.param == "neo4j":  # one database for all: leave it as the module-wide `api` server expects it
        _reset_neo4j(settings)


def is_problem(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM), r.headers
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"], body
    return body


def all_pages(
    client: httpx.Client, path: str, key: str | None = None, limit: int = 2, **params: Any
) -> list[Any]:
    """Walk every page by next_offset; asserts the page bookkeeping on the way."""
    out: list[Any] = []
    offset: int | None = 0
    total = None
    while offset is not None:
        r = client.get(path, params={**params, "limit": limit, "offset": offset})
        assert r.status_code == 200, r.text
        body = r.json()
        page = body[key] if key else body
        items = page if isinstance(page, list) else page["items"]
        meta = body if isinstance(page, list) else page
        assert meta["offset"] == offset and meta["limit"] == limit
        assert len(items) <= limit
        total = meta["total"] if total is None else total
        assert meta["total"] == total, "total changed between pages"
        out.extend(items)
        offset = meta["next_offset"]
        assert offset is None or offset == meta["offset"] + limit
    assert len(out) == total
    return out


# --------------------------------------------------------------------------------------------- meta
def test_health_and_version(api: httpx.Client) -> None:
    r = api.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["store"] == api.store_kind  # type: ignore[attr-defined]
    counts = api.get("/health", params={"counts": "true"}).json()["counts"]
    assert counts["PLEDGES"] == 8 and counts["Actor"] >= 11
    v = api.get("/version").json()
    assert v["name"] == "pledgegraph" and v["version"] and v["api"] == "1"


def test_openapi_documents_every_resource_with_problem_errors(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    for path in (
        "/actors",
        "/actors/{actor}",
        "/backers",
        "/commitments",
        "/commitments/{commitment_id}",
        "/positions",
        "/claims/{claim_id}",
        "/claims/{claim_id}/evidence",
        "/coordination",
        "/timeline",
        "/graph",
        "/cypher",
        "/ingest",
        "/health",
        "/version",
    ):
        assert path in spec["paths"], path
    get_actor = spec["paths"]["/actors/{actor}"]["get"]
    assert "application/problem+json" in get_actor["responses"]["404"]["content"]
    assert "application/problem+json" in get_actor["responses"]["422"]["content"]
    kind = next(p for p in spec["paths"]["/backers"]["get"]["parameters"] if p["name"] == "kind")
    assert "troops" in str(kind["schema"]) and "examples" in str(kind)
    assert spec["paths"]["/ingest"]["post"]["requestBody"]["content"]["application/json"]["schema"]


# --------------------------------------------------------------------------------------------- actors
@pytest.mark.parametrize("q", ["Francia", "frankreich", "FRANCE", "fran"])
def test_search_actors_by_any_alias_any_language(api: httpx.Client, q: str) -> None:
    r = api.get("/actors", params={"q": q})
    assert r.status_code == 200
    assert r.json()["items"][0]["id"] == "FRA"


def test_search_actors_by_kind_and_exact_first(api: httpx.Client) -> None:
    groups = api.get("/actors", params={"kind": "group"}).json()
    assert {a["id"] for a in groups["items"]} == {
        "GRP_MORE_THAN_TEN_NATIONS",
        "GRP_EUROPEAN_REPRESENTATIVES",
        "GRP_AMERICAN_REPRESENTATIVES",
    }
    assert api.get("/actors", params={"q": "Trump", "kind": "person"}).json()["items"][0]["id"] == "Q22686"


@pytest.mark.parametrize("ident", ["FRA", "Francia", "Frankreich", "france"])
def test_actor_profile_by_id_or_alias(api: httpx.Client, ident: str) -> None:
    r = api.get(f"/actors/{ident}")
    assert r.status_code == 200, r.text
    p = r.json()
    assert p["actor"]["id"] == "FRA"
    pledges = p["pledges"]["items"]
    assert {c["claim"]["modality"] for c in pledges} == {"willing", "pledged"}
    for view in pledges:
        assert view["object_label"] == "Troops for Ukraine" or "troops" in view["object_label"].lower()
        ev = view["evidence"][0]
        text = normalise_text(SEED_EXCERPT if ev["language"] == "it" else DEMO_NOTE)
        assert text[ev["start"] : ev["end"]] == ev["quote"]
        assert ev["source_id"] and ev["title"]
    assert [m["dst"] for m in p["memberships"]["items"]] == ["NATO"]
    assert [x["actor"]["id"] for x in p["partners"]["items"]] == ["GBR"]
    assert p["coordinates"]["total"] == 1 and p["opposes"]["total"] == 0


def test_profile_of_a_person_lists_offices(api: httpx.Client) -> None:
    p = api.get("/actors/Trump").json()
    assert p["actor"]["id"] == "Q22686"
    assert p["offices"]["items"][0]["dst"] == "USA" and p["offices"]["items"][0]["role"] == "President"


def test_unknown_actor_is_404_problem(api: httpx.Client) -> None:
    body = is_problem(api.get("/actors/Atlantis"), 404)
    assert body["ident"] == "Atlantis" and body["hint"]


# --------------------------------------------------------------------------------------------- backers
def test_backers_of_troops_for_ukraine_accepts_an_alias(api: httpx.Client) -> None:
    r = api.get("/backers", params={"kind": "troops", "beneficiary": "Ucraina"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["beneficiary"] == "UKR" and body["total"] == 3 and body["next_offset"] is None
    by = {b["actor"]["id"]: b for b in body["backers"]}
    assert set(by) == {"FRA", "GBR", "GRP_MORE_THAN_TEN_NATIONS"}
    assert by["FRA"]["highest_modality"] == "pledged"  # its latest position (2025-09-10)
    assert by["GBR"]["highest_modality"] == "willing"
    quote = by["GBR"]["claims"][0]["evidence"][0]["quote"]
    assert quote.startswith("La Francia e il Regno Unito sono disposti")


def test_backers_filters_modality_date_and_grouping(api: httpx.Client) -> None:
    pledged = api.get("/backers", params={"kind": "troops", "min_modality": "pledged"}).json()
    assert [b["key"] for b in pledged["backers"]] == ["FRA"]
    before = api.get("/backers", params={"kind": "troops", "as_of": "2025-09-05"}).json()
    assert {b["key"]: b["highest_modality"] for b in before["backers"]}["FRA"] == "willing"
    by_kind = api.get("/backers", params={"beneficiary": "UKR", "group_by": "kind"}).json()
    kinds = {b["key"]: b for b in by_kind["backers"]}
    assert {"troops", "peacekeeping", "aircraft", "technical_assistance", "security_guarantee"} <= set(kinds)
    assert {a["id"] for a in kinds["troops"]["actors"]} == {"FRA", "GBR", "GRP_MORE_THAN_TEN_NATIONS"}
    assert "air_defense" not in kinds  # DEU declined after considering: its position is DECLINES
    only = api.get("/backers", params={"kind": "troops", "claims_per_group": 0}).json()
    assert all(b["claims"] == [] and b["claim_count"] >= 1 for b in only["backers"])


# --------------------------------------------------------------------------------------------- commitments
def test_commitments_list_and_detail(api: httpx.Client) -> None:
    items = all_pages(api, "/commitments")
    assert len(items) == 7 and [i["commitment"]["id"] for i in items] == sorted(
        i["commitment"]["id"] for i in items
    )
    guarantee = next(i for i in items if i["commitment"]["kind"] == "security_guarantee")
    assert guarantee["label"] == "security guarantee package for Ukraine"
    d = api.get(f"/commitments/{guarantee['commitment']['id']}").json()
    assert [(s["actor"]["id"], s["relation"], s["modality"]) for s in d["coalition"]["items"]] == [
        ("NATO", "SUPPORTS", "planned")
    ]
    assert [t["id"] for t in d["targets"]] == ["RUS"] and d["beneficiary"]["id"] == "UKR"
    troops = api.get("/commitments", params={"kind": "troops", "beneficiary": "Ucraina"}).json()["items"][0]
    t = api.get(f"/commitments/{troops['commitment']['id']}").json()
    assert [s["actor"]["id"] for s in t["coalition"]["items"]][0] == "FRA"  # highest modality first
    assert {s["actor"]["id"]: s["modality"] for s in t["coalition"]["items"]} == {
        "FRA": "pledged",
        "GBR": "willing",
        "GRP_MORE_THAN_TEN_NATIONS": "willing",
    }
    assert t["opposition"]["total"] == 0
    ad = api.get("/commitments", params={"kind": "air_defense"}).json()["items"][0]["commitment"]["id"]
    opp = api.get(f"/commitments/{ad}").json()["opposition"]["items"]
    assert [(s["actor"]["id"], s["relation"]) for s in opp] == [("DEU", "DECLINES")]


def test_unknown_commitment_is_404(api: httpx.Client) -> None:
    assert is_problem(api.get("/commitments/c_nope"), 404)["ident"] == "c_nope"


# --------------------------------------------------------------------------------------------- positions
def test_positions_on_a_kind_and_on_a_commitment(api: httpx.Client) -> None:
    p = api.get("/positions", params={"on": "nato_presence"}).json()
    assert p["on_type"] == "kind" and [v["claim"]["subject"] for v in p["opposes"]["items"]] == ["RUS"]
    a = api.get("/positions", params={"on": "air_defense", "beneficiary": "UKR"}).json()
    assert [v["claim"]["subject"] for v in a["declines"]["items"]] == ["DEU"] and a["supports"]["total"] == 0
    early = api.get("/positions", params={"on": "air_defense", "as_of": "2025-09-06"}).json()
    assert [v["claim"]["modality"] for v in early["supports"]["items"]] == ["considering"]
    cid = a["declines"]["items"][0]["claim"]["object"]
    c = api.get("/positions", params={"on": cid}).json()
    assert c["on_type"] == "commitment" and c["declines"]["total"] == 1


def test_positions_on_unknown_is_422_naming_on(api: httpx.Client) -> None:
    assert is_problem(api.get("/positions", params={"on": "spaceships"}), 422)["field"] == "on"
    assert is_problem(api.get("/positions"), 422)["field"] == "on"


# --------------------------------------------------------------------------------------------- claims
def test_claim_and_its_evidence(api: httpx.Client) -> None:
    fra = api.get("/actors/FRA").json()
    view = next(v for v in fra["pledges"]["items"] if v["claim"]["modality"] == "willing")
    cid = view["claim"]["id"]
    one = api.get(f"/claims/{cid}").json()
    assert one["claim"]["id"] == cid and one["subject"]["id"] == "FRA"
    assert one["claim"]["quantity"] == "alcune centinaia di soldati"
    assert one["claim"]["condition_norm"] == "on_escalation"
    ev = api.get(f"/claims/{cid}/evidence").json()
    assert ev["method"] == "curated" and ev["confidence"] == 0.95 and ev["relation"] == "PLEDGES"
    e = ev["evidence"]["items"][0]
    assert normalise_text(SEED_EXCERPT)[e["start"] : e["end"]] == e["quote"]
    assert e["published_at"] == "2025-09-01" and e["language"] == "it"


def test_unknown_claim_is_404(api: httpx.Client) -> None:
    assert is_problem(api.get("/claims/cl_unknown"), 404)["ident"] == "cl_unknown"
    assert is_problem(api.get("/claims/cl_unknown/evidence"), 404)["ident"] == "cl_unknown"


def test_coordination_who_with_whom_about_what_when(api: httpx.Client) -> None:
    every = api.get("/coordination").json()
    assert every["total"] == 2
    fr = api.get("/coordination", params={"actor": "Francia"}).json()
    assert fr["actor"] == "FRA" and fr["total"] == 1
    item = fr["coordination"][0]
    assert item["partner"]["id"] == "GBR" and item["date"] == "2025-09-10"
    assert item["topic"]["commitment"]["kind"] == "security_guarantee"
    assert item["claim"]["evidence"][0]["quote"].startswith("France and the United Kingdom met")
    assert is_problem(api.get("/coordination", params={"actor": "Narnia"}), 422)["field"] == "actor"


def test_timeline_shows_modality_changes_and_reversals(api: httpx.Client) -> None:
    t = api.get("/timeline", params={"actor": "Germania"}).json()
    assert t["actor"] == "DEU"
    dates = [i["date"] for i in t["claims"]["items"]]
    assert dates == sorted(dates) and dates == ["2025-09-05", "2025-09-10"]
    change = t["changes"]["items"][0]
    assert (change["from_modality"], change["to_modality"], change["direction"]) == (
        "considering",
        "refused",
        "down",
    )
    rev = t["reversals"]["items"][0]
    assert rev["positive_modality"] == "considering" and rev["negative_relation"] == "DECLINES"
    up = api.get("/timeline", params={"actor": "FRA", "kind": "troops"}).json()
    assert [(c["from_modality"], c["to_modality"]) for c in up["changes"]["items"]] == [
        ("willing", "pledged")
    ]
    assert up["reversals"]["total"] == 0


# --------------------------------------------------------------------------------------------- graph
def test_graph_walks_from_a_center(api: httpx.Client) -> None:
    g = api.get("/graph", params={"center": "Francia"}).json()
    ids = {n["id"] for n in g["nodes"]}
    assert g["center"] == "FRA" and {"FRA", "NATO", "GBR"} <= ids
    assert any(n["label"] == "Commitment" and n["kind"] == "troops" for n in g["nodes"])
    assert all(n["depth"] <= 1 for n in g["nodes"]) and not g["truncated"]
    for e in g["links"]:
        assert e["source"] in ids and e["target"] in ids
    deeper = api.get("/graph", params={"center": "FRA", "depth": 2}).json()
    assert {"GRP_MORE_THAN_TEN_NATIONS", "UKR", "USA"} <= {n["id"] for n in deeper["nodes"]}
    only = api.get("/graph", params={"center": "FRA", "depth": 2, "relations": "PLEDGES"}).json()
    assert {e["relation"] for e in only["links"]} == {"PLEDGES"}
    kinds = api.get(
        "/graph", params=[("center", "FRA"), ("kinds", "troops"), ("relations", "PLEDGES,MEMBER_OF")]
    )
    assert {e.get("kind") for e in kinds.json()["links"] if e["relation"] == "PLEDGES"} == {"troops"}
    early = api.get("/graph", params={"center": "FRA", "as_of": "2025-09-05", "relations": "PLEDGES"}).json()
    assert {e["modality"] for e in early["links"]} == {"willing"}
    capped = api.get("/graph", params={"center": "FRA", "depth": 3, "max_nodes": 3}).json()
    assert len(capped["nodes"]) == 3 and capped["truncated"]


def test_graph_unknown_center_is_404(api: httpx.Client) -> None:
    is_problem(api.get("/graph", params={"center": "Atlantis"}), 404)


# --------------------------------------------------------------------------------------------- paging
def test_paging_is_stable_and_complete(api: httpx.Client) -> None:
    full = api.get("/actors", params={"limit": 200}).json()["items"]
    paged = all_pages(api, "/actors", limit=3)
    assert [a["id"] for a in paged] == [a["id"] for a in full] == sorted(a["id"] for a in full)
    again = all_pages(api, "/actors", limit=3)
    assert again == paged
    backers = all_pages(api, "/backers", key="backers", limit=1, beneficiary="UKR")
    assert [b["key"] for b in backers] == sorted(b["key"] for b in backers) and len(backers) >= 5
    coord = all_pages(api, "/coordination", key="coordination", limit=1)
    assert len({c["claim"]["claim"]["id"] for c in coord}) == 2
    tl = all_pages(api, "/timeline", key="claims", limit=4)
    ids = [i["claim"]["claim"]["id"] for i in tl]
    assert len(ids) == len(set(ids)) == 13
    past = api.get("/actors", params={"offset": 1000}).json()
    assert past["items"] == [] and past["next_offset"] is None and past["total"] == len(full)


# --------------------------------------------------------------------------------------------- 422
@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/backers", {"knd": "troops"}, "knd"),
        ("/actors", {"q": "x", "sort": "name"}, "sort"),
        ("/actors/FRA", {"verbose": "1"}, "verbose"),
        ("/health", {"x": "1"}, "x"),
        ("/backers", {"kind": "spaceships"}, "kind"),
        ("/backers", {"min_modality": "refused"}, "min_modality"),
        ("/backers", {"as_of": "yesterday"}, "as_of"),
        ("/backers", {"group_by": "country"}, "group_by"),
        ("/backers", {"beneficiary": "Narnia"}, "beneficiary"),
        ("/actors", {"kind": "planet"}, "kind"),
        ("/actors", {"limit": "0"}, "limit"),
        ("/actors", {"limit": "100000"}, "limit"),
        ("/actors", {"offset": "-1"}, "offset"),
        ("/actors", {"limit": "ten"}, "limit"),
        ("/graph", {"center": "FRA", "depth": "9"}, "depth"),
        ("/graph", {"center": "FRA", "relations": "LOVES"}, "relations"),
        ("/graph", {"center": "FRA", "kinds": "troops,bananas"}, "kinds"),
        ("/timeline", {"kind": "x"}, "kind"),
        ("/commitments", {"beneficiary": "Narnia"}, "beneficiary"),
    ],
)
def test_bad_or_unknown_parameters_are_422_naming_the_field(
    api: httpx.Client, path: str, params: dict[str, str], field: str
) -> None:
    body = is_problem(api.get(path, params=params), 422)
    assert body["field"] == field, body
    assert field in body["detail"]


# --------------------------------------------------------------------------------------------- cypher
def test_cypher_on_embedded_is_501_with_how_to_start_neo4j(api: httpx.Client) -> None:
    if api.store_kind != "embedded":  # type: ignore[attr-defined]
        pytest.skip("embedded only")
    body = is_problem(api.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"}), 501)
    assert "pledgegraph neo4j start" in body["hint"] and "PLEDGEGRAPH_STORE=neo4j" in body["hint"]
    assert "--store neo4j" in body["hint"]
    assert is_problem(api.post("/cypher", json={"query": ""}), 422)["field"] == "query"
    assert is_problem(api.post("/cypher", json={"query": "RETURN 1", "nope": 1}), 422)["field"] == "nope"


# --------------------------------------------------------------------------------------------- writes
CURATED = """\
schema: pledgegraph/curated@1
source:
  title: Test note
  publisher: pledgegraph tests
  published_at: 2025-09-12
  language: en
  text: The United Kingdom has signed an agreement to send troops to Ukraine.
claims:
  - subject: GBR
    relation: PLEDGES
    kinds: [troops]
    beneficiary: UKR
    modality: signed
    quote: The United Kingdom has signed an agreement to send troops to Ukraine.
"""


def counts(client: httpx.Client) -> dict[str, int]:
    r = client.get("/health", params={"counts": "true"})
    assert r.status_code == 200
    out: dict[str, int] = r.json()["counts"]
    return out


@pytest.mark.parametrize(
    "headers", [{}, {"X-API-Key": "wrong"}, {"X-API-Key": ""}, {"X-API-Key": API_KEY + "x"}]
)
def test_writes_need_the_key_and_change_nothing_without_it(
    fresh: httpx.Client, headers: dict[str, str]
) -> None:
    before = counts(fresh)
    body = is_problem(fresh.post("/ingest", json={"curated": CURATED}, headers=headers), 401)
    assert API_KEY not in str(body)
    assert is_problem(fresh.post("/ingest", content=b"{not json", headers=headers), 401)
    assert counts(fresh) == before


def test_dry_run_stores_nothing_then_ingest_returns_ids_and_is_idempotent(fresh: httpx.Client) -> None:
    key = {"X-API-Key": API_KEY}
    before = counts(fresh)
    backers_before = fresh.get("/backers", params={"kind": "troops"}).json()
    dry = fresh.post("/ingest", params={"dry_run": "true"}, json={"curated": CURATED}, headers=key)
    assert dry.status_code == 200, dry.text
    d = dry.json()
    assert d["dry_run"] and not d["stored"] and d["created"] == {}
    assert [c["modality"] for c in d["claims"]] == ["signed"] and d["claim_ids"] == [d["claims"][0]["id"]]
    assert counts(fresh) == before
    assert fresh.get(f"/claims/{d['claim_ids'][0]}").status_code == 404
    assert fresh.get("/backers", params={"kind": "troops"}).json() == backers_before

    first = fresh.post("/ingest", json={"curated": CURATED}, headers=key)
    assert first.status_code == 200, first.text
    f = first.json()
    assert f["stored"] and f["source_id"] == d["source_id"] and f["claim_ids"] == d["claim_ids"]
    assert f["created"].get("PLEDGES") == 1 and f["created"].get("Source") == 1
    # visible at once (the response cache moved with the write)
    assert fresh.get(f"/claims/{f['claim_ids'][0]}").status_code == 200
    gbr = {b["key"]: b for b in fresh.get("/backers", params={"kind": "troops"}).json()["backers"]}["GBR"]
    assert gbr["highest_modality"] == "signed"

    after_first = counts(fresh)
    again = fresh.post("/ingest", json={"curated": CURATED}, headers=key).json()
    assert again["claim_ids"] == f["claim_ids"] and again["source_id"] == f["source_id"]
    assert again["created"] == {} and again["updated"] == {}
    assert counts(fresh) == after_first


def test_bad_curated_file_is_422_with_line_and_field_and_stores_nothing(fresh: httpx.Client) -> None:
    key = {"X-API-Key": API_KEY}
    before = counts(fresh)
    bad = CURATED.replace("subject: GBR", "subject: ATLANTIS")
    body = is_problem(fresh.post("/ingest", json={"curated": bad}, headers=key), 422)
    assert body["field"] == "claims.0.subject" and body["line"] == 9
    quote = CURATED.replace("quote: The United Kingdom", "quote: The Kingdom")
    assert (
        is_problem(fresh.post("/ingest", json={"curated": quote}, headers=key), 422)["field"]
        == "claims.0.quote"
    )
    text_file = CURATED.replace(
        "  text: The United Kingdom has signed an agreement to send troops to Ukraine.",
        "  text_file: /etc/passwd",
    )
    body = is_problem(fresh.post("/ingest", json={"curated": text_file}, headers=key), 422)
    assert body["field"] == "source.text_file"
    assert (
        is_problem(fresh.post("/ingest", json={"curated": "a: [1"}, headers=key), 422)["field"] == "curated"
    )
    assert is_problem(fresh.post("/ingest", json={}, headers=key), 422)
    assert (
        is_problem(fresh.post("/ingest", json={"curated": CURATED, "extra": 1}, headers=key), 422)["field"]
        == "extra"
    )
    assert is_problem(fresh.post("/ingest", content=b"{nope", headers=key), 422)["field"] == "body"
    assert counts(fresh) == before


def test_text_ingest_goes_through_the_extractor(fresh: httpx.Client) -> None:
    key = {"X-API-Key": API_KEY}
    sentence = (
        "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere la "
        "difesa ucraina in caso di escalation."
    )
    r = fresh.post(
        "/ingest",
        params={"dry_run": "true"},
        headers=key,
        json={"text": sentence, "title": "t", "language": "it", "published_at": "2025-09-01"},
    )
    try:
        from ingest.extract.service import extract_document  # noqa: F401
    except ImportError:
        body = is_problem(r, 501)
        assert "curated" in body["hint"]
        return
    assert r.status_code == 200, r.text
    body = r.json()
    assert not body["stored"] and {c["subject"] for c in body["claims"]} >= {"FRA", "GBR"}


def test_body_over_the_limit_is_413(fresh: httpx.Client) -> None:
    key = {"X-API-Key": API_KEY}
    before = counts(fresh)
    big = {"curated": CURATED + "#" * (70 * 1024)}
    assert is_problem(fresh.post("/ingest", json=big, headers=key), 413)["limit"] == 64 * 1024

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
        yield b'{"curated": "'
        for _ in range(80):
            yield b"#" * 1024
        yield b'"}'

    r = fresh.post("/ingest", content=chunks(), headers={**key, "Content-Type": "application/json"})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    is_problem(r, 413)
    assert is_problem(
        fresh.post("/cypher", content=b"x" * (65 * 1024), headers={"Content-Type": "application/json"}), 413
    )
    assert counts(fresh) == before
    assert fresh.get("/health").status_code == 200


def test_external_writer_is_seen_by_the_running_api(fresh: httpx.Client) -> None:
    """Another process (the CLI) writes the embedded store while the API serves it."""
    if fresh.store_kind != "embedded":  # type: ignore[attr-defined]
        pytest.skip("embedded only")
    assert fresh.get("/actors/Deutschland").status_code == 200
    assert fresh.get("/backers", params={"kind": "troops"}).json()["total"] == 3
    from api.ingest_support import curated_document

    other = EmbeddedStore(fresh.data_dir / "graph.json")  # type: ignore[attr-defined]
    doc = curated_document(
        CURATED.replace("subject: GBR", "subject: DEU"), lambda a: other.get_actor(a) is not None
    )
    other.write(doc)
    time.sleep(0.01)
    assert fresh.get("/backers", params={"kind": "troops"}).json()["total"] == 4


def test_cors_and_the_key_never_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    seed_embedded(tmp_path)
    settings = Settings(data_dir=tmp_path, api_key=API_KEY, cors_origins=["https://research.example"])
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    names = ("", "uvicorn", "uvicorn.access", "uvicorn.error", "pledgegraph", "pledgegraph.api")
    with caplog.at_level(logging.DEBUG), serving(settings) as client:
        loggers = [logging.getLogger(n) for n in names]  # after uvicorn configured its logging
        for lg in loggers:
            lg.addHandler(handler)
        try:
            pre = client.options(
                "/backers",
                headers={
                    "Origin": "https://research.example",
                    "Access-Control-Request-Method": "GET",
                    "Access-Control-Request-Headers": "X-API-Key",
                },
            )
            assert pre.status_code == 200
            assert pre.headers["access-control-allow-origin"] == "https://research.example"
            r = client.get("/actors", headers={"Origin": "https://research.example"})
            assert r.headers["access-control-allow-origin"] == "https://research.example"
            other = client.get("/actors", headers={"Origin": "https://evil.example"})
            assert "access-control-allow-origin" not in other.headers
            for key in (API_KEY, "wrong-" + API_KEY):
                client.post("/ingest", json={"curated": CURATED}, headers={"X-API-Key": key})
                client.post("/ingest", json={"curated": "bad: ["}, headers={"X-API-Key": key})
                client.post("/ingest", params={"dry_run": "maybe"}, json={}, headers={"X-API-Key": key})
        finally:
            for lg in loggers:
                lg.removeHandler(handler)
    logged = stream.getvalue() + caplog.text
    assert "POST /ingest" in logged  # the access log did run
    assert API_KEY not in logged


def test_without_a_configured_key_writes_are_refused(tmp_path: Path) -> None:
    seed_embedded(tmp_path)
    with serving(Settings(data_dir=tmp_path)) as client:
        body = is_problem(
            client.post("/ingest", json={"curated": CURATED}, headers={"X-API-Key": "anything"}), 401
        )
        assert "no API key" in body["detail"]


def test_response_cache_serves_repeats_and_moves_with_writes(tmp_path: Path) -> None:
    seed_embedded(tmp_path)
    with serving(Settings(data_dir=tmp_path, api_key=API_KEY)) as client:
        a = client.get("/backers", params={"kind": "troops"})
        b = client.get("/backers", params={"kind": "troops"})
        assert a.headers["x-cache"] == "miss" and b.headers["x-cache"] == "hit" and a.content == b.content
        client.post("/ingest", json={"curated": CURATED}, headers={"X-API-Key": API_KEY})
        c = client.get("/backers", params={"kind": "troops"})
        assert c.headers["x-cache"] == "miss" and c.content != a.content
    with serving(Settings(data_dir=tmp_path), cache_entries=0) as client:
        assert "x-cache" not in client.get("/backers").headers


def test_a_broken_store_file_is_a_clear_error_and_the_api_recovers(tmp_path: Path) -> None:
    """Embedded flavour of 'the store went away': a corrupt file is a clear 5xx; once repaired, the same
    running API answers again without a restart."""
    data = tmp_path / "store"
    seed_embedded(data)
    good = (data / "graph.json").read_bytes()
    with serving(Settings(data_dir=data), cache_entries=0) as client:
        assert client.get("/actors/FRA").status_code == 200
        (data / "graph.json").write_text("{broken", encoding="utf-8")
        body = is_problem(client.get("/actors/FRA"), 500)
        assert "cannot read the embedded store" in body["detail"]
        (data / "graph.json").write_bytes(good)
        time.sleep(0.01)
        assert client.get("/actors/FRA").status_code == 200


# --------------------------------------------------------------------------------------------- the corpus
def test_served_corpus_answers_with_quotes(demo_store_dir: Path, tmp_path: Path) -> None:
    """The bundled curated corpus (conftest's demo_store_dir) through the API."""
    data = tmp_path / "copy"
    shutil.copytree(demo_store_dir, data)
    with serving(Settings(data_dir=data)) as client:
        backers = client.get(
            "/backers", params={"kind": "troops", "beneficiary": "Ucraina", "limit": 200}
        ).json()
        ids = {b["key"] for b in backers["backers"]}
        assert {"FRA", "GBR"} <= ids
        for b in backers["backers"]:
            for view in b["claims"]:
                assert view["evidence"] and all(e["quote"] for e in view["evidence"])
        prof = client.get("/actors/Francia").json()
        assert prof["actor"]["id"] == "FRA" and prof["pledges"]["total"] >= 1
        assert client.get("/actors", params={"q": "Regno Unito"}).json()["items"][0]["id"] == "GBR"


# --------------------------------------------------------------------------------------------- neo4j
def _neo4j_only(client: httpx.Client) -> None:
    if client.store_kind != "neo4j":  # type: ignore[attr-defined]
        pytest.skip("Neo4j only")


def test_cypher_reads_with_parameters_and_row_cap(api: httpx.Client) -> None:
    _neo4j_only(api)
    r = api.post(
        "/cypher",
        json={
            "query": "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id ORDER BY id",
            "params": {"ids": ["FRA", "GBR"]},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["id"] and [row["id"] for row in body["rows"]] == ["FRA", "GBR"]
    assert not body["truncated"]


def test_cypher_write_is_400_and_changes_nothing(api: httpx.Client) -> None:
    _neo4j_only(api)
    before = counts(api)
    for q in (
        "CREATE (:Actor {id: 'EVIL'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (a:Actor {id: 'FRA'}) SET a.name = 'x' RETURN a",
        "DROP INDEX nope IF EXISTS",
    ):
        body = is_problem(api.post("/cypher", json={"query": q}), 400)
        assert "read-only" in body["detail"] or "refused" in body["detail"].lower(), body
    assert counts(api) == before
    assert api.get("/actors/FRA").json()["actor"]["name"] == "France"


def test_cypher_timeout_is_504(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    settings = _neo4j_settings(request, cypher_timeout=0.5)
    _reset_neo4j(settings)
    with serving(settings) as client:
        slow = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS n"
        started = time.monotonic()
        body = is_problem(client.post("/cypher", json={"query": slow}), 504)
        assert time.monotonic() - started < 30
        assert body["seconds"] == 0.5
        assert client.get("/health").json()["status"] == "ok"


test_cypher_timeout_is_504 = pytest.mark.neo4j(test_cypher_timeout_is_504)


@pytest.mark.neo4j
def test_neo4j_going_away_is_503_and_the_api_recovers(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """The test's own Neo4j (not the shared one): stop it under a running API, then start it again on the same
    port; the API answers 503 meanwhile and recovers without a restart."""
    try:
        from graph import neo4j_server
    except ImportError:
        pytest.skip("graph.neo4j_server is not available")
    shared = _neo4j_settings(request)  # makes sure the jars are built (the session server runs on them)
    assert shared.neo4j_uri
    session_home = getattr(request.getfixturevalue("neo4j_server"), "home", None)
    candidates = [Path(session_home) / "lib"] if session_home else []
    candidates.append(Path(__file__).resolve().parents[1] / ".neo4j" / "lib")
    lib = next((c for c in candidates if any(c.glob("neo4j-[0-9]*.jar"))), None)
    home = tmp_path / "own-neo4j"
    port = _free_port()

    def start() -> Any:
        # The stopped server's sockets linger in TIME_WAIT on its port for up to a minute, and start() checks the
        # port with a plain bind (no SO_REUSEADDR), so a restart on the same port may have to wait that out.
        deadline = time.monotonic() + 120
        while True:
            try:
                return neo4j_server.start(home, port=port, lib_dir=lib, heap="384m", pagecache="64m")
            except neo4j_server.Neo4jServerError as exc:
                if "already in use" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(2)

    info = start()
    try:
        settings = Settings(store="neo4j", neo4j_uri=info.uri, neo4j_user=info.user,
                            neo4j_password=info.password)
        _reset_neo4j(settings)
        with serving(settings, cache_entries=0) as client:
            assert client.get("/actors/FRA").status_code == 200
            neo4j_server.stop(home)
            down = client.get("/actors/FRA")
            body = is_problem(down, 503)
            assert "Neo4j" in body["detail"] and "pledgegraph neo4j start" in body["hint"]
            assert down.headers.get("retry-after")
            assert is_problem(client.get("/backers", params={"kind": "troops"}), 503)
            health = client.get("/health")
            assert health.status_code == 503 and health.json()["status"] == "unavailable"
            assert start().uri == info.uri
            deadline = time.monotonic() + 60
            while client.get("/health").status_code != 200:
                assert time.monotonic() < deadline, "the API did not see Neo4j come back"
                time.sleep(0.5)
            assert client.get("/actors/FRA").json()["actor"]["id"] == "FRA"
            assert client.get("/backers", params={"kind": "troops"}).json()["total"] == 3
    finally:
        neo4j_server.stop(home)


def test_demo_dates_are_what_the_tests_assume() -> None:
    docs = demo_documents()
    assert [d.source.published_at for d in docs] == [date(2025, 9, 1), date(2025, 9, 10)]



def test_graph_page_is_served_offline_and_centres_on_an_alias(demo_store_dir: Path, serve_app: Any) -> None:
    """/graph/view through real HTTP: the self-contained page; nothing in it points at another host."""
    import re

    url = serve_app(demo_store_dir)
    r = httpx.get(url + "/graph/view", params={"center": "Francia", "kinds": "troops"}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert '"FRA"' in r.text and "vis.Network" in r.text
    assert not re.search(r"""(src|href)\s*=\s*["']https?://""", r.text)
    missing = httpx.get(url + "/graph/view", params={"center": "Atlantis"}, timeout=60)
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
