"""Property-based tests of the HTTP API against its own OpenAPI schema (schemathesis 3.x).

Every operation, over real HTTP (uvicorn on a loopback port), on the embedded store holding the demo graph.
Checks: no 5xx (except POST /cypher's documented 501 on this store), and every response matches the
schema documented for its status code and content type (response_schema_conformance). POST /ingest always runs
with dry_run=true and the API key, so fuzzing never writes. Bounded: 25 examples per operation, no deadline.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error, response_schema_conformance
from schemathesis.specs.openapi.checks import content_type_conformance

from api.app import create_app
from api.demo import demo_documents
from graph.settings import Settings
from graph.store.embedded import EmbeddedStore

API_KEY = "fuzz-key-1d8e"  # a test value, not a secret


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    data: Path = tmp_path_factory.mktemp("fuzz-store")
    EmbeddedStore(data / "graph.json").write_many(demo_documents())
    app = create_app(Settings(data_dir=data, api_key=API_KEY, max_body_bytes=256 * 1024))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}"
    schemathesis.experimental.OPEN_API_3_1.enable()  # FastAPI writes OpenAPI 3.1
    try:
        yield schemathesis.from_uri(f"{url}/openapi.json", base_url=url)
    finally:
        server.should_exit = True
        thread.join(timeout=15)


schema = schemathesis.from_pytest_fixture("live_schema")


# Random strings almost never name an actor, claim or commitment: half the time, put a real one in, so the
# fuzzing reaches the answers and not only the 404s and 422s.
_DOCS = demo_documents()
_ACTORS = [
    "FRA",
    "Francia",
    "Frankreich",
    "UKR",
    "Ucraina",
    "GBR",
    "Regno Unito",
    "DEU",
    "Trump",
    "NATO",
    "GRP_MORE_THAN_TEN_NATIONS",
]
_COMMITMENTS = sorted({c.id for d in _DOCS for c in d.commitments})
_CLAIMS = sorted({c.id for d in _DOCS for c in d.claims})
_KNOWN: dict[str, list[str]] = {
    "actor": _ACTORS,
    "beneficiary": _ACTORS,
    "center": _ACTORS + _COMMITMENTS,
    "on": _COMMITMENTS + ["troops", "air_defense", "nato_presence", "security_guarantee"],
    "claim_id": _CLAIMS,
    "commitment_id": _COMMITMENTS,
}


@st.composite
def _with_known_values(draw: st.DrawFn, base: st.SearchStrategy, names: frozenset[str]) -> object:
    value = draw(base)
    if not isinstance(value, dict):
        return value
    out = dict(value)
    for name in sorted(names & set(_KNOWN)):
        if draw(st.booleans()):
            out[name] = draw(st.sampled_from(_KNOWN[name]))
    return out


def _names(params: object) -> frozenset[str]:
    try:
        return frozenset(p.name for p in params)  # type: ignore[attr-defined]
    except TypeError:
        return frozenset()


@schema.hook("before_generate_path_parameters")
def _known_path(context: schemathesis.hooks.HookContext, strategy: st.SearchStrategy) -> st.SearchStrategy:
    return _with_known_values(strategy, _names(context.operation.path_parameters))


@schema.hook("before_generate_query")
def _known_query(context: schemathesis.hooks.HookContext, strategy: st.SearchStrategy) -> st.SearchStrategy:
    return _with_known_values(strategy, _names(context.operation.query))


def _extractor_available() -> bool:
    try:
        from ingest.extract.service import extract_document  # noqa: F401
    except ImportError:
        return False
    return True


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_every_operation_conforms(case: schemathesis.Case) -> None:
    headers = dict(case.headers or {})
    if case.method == "POST" and case.path == "/ingest":
        case.query = {**(case.query or {}), "dry_run": "true"}
        headers["X-API-Key"] = API_KEY
    response = case.call(headers=headers, timeout=30)
    checks: tuple[object, ...] = (not_a_server_error, response_schema_conformance, content_type_conformance)
    if response.status_code == 501 and (case.path == "/cypher" or not _extractor_available()):
        # documented answers, not server faults: the embedded store has no Cypher; without the extractor,
        # article text cannot be ingested (curated files still can)
        assert response.json()["hint"]
        checks = (response_schema_conformance, content_type_conformance)
    case.validate_response(response, checks=checks)
    if os.environ.get("PLEDGEGRAPH_FUZZ_LOG"):  # to see what the fuzzing reached
        with open(os.environ["PLEDGEGRAPH_FUZZ_LOG"], "a", encoding="utf-8") as fh:
            fh.write(f"{case.method} {case.path} {response.status_code}\n")
