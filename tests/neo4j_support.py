"""Pytest plugin: a real Neo4j for the tests marked `neo4j`.

Register it from tests/conftest.py (`pytest_plugins = ["neo4j_support"]`: the tests folder is on sys.path
while pytest imports conftest) or on the command line (`python -m pytest -p tests.neo4j_support`).

- `neo4j_server` (session): the project's own Neo4j (graph/neo4j_server.py) started in a fresh temporary home,
  reusing the jars already built under the repository's `.neo4j`, and stopped at the end. If it cannot start,
  the tests that need it FAIL: a missing database is a broken build, not a reason to skip.
  With PLEDGEGRAPH_TEST_NEO4J_URI (and _USER, _PASSWORD) set, that external server is used instead and nothing
  is started.
- `neo4j_store` (function): a Neo4jStore on a clean graph. Community Neo4j has one user database, so each test
  gets a clean graph by deleting everything in it at setup. That happens only in a server this fixture started
  (it owns it), or in an external one when PLEDGEGRAPH_TEST_NEO4J_ALLOW_WIPE=1 says its data may go.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.store.neo4j import Neo4jStore

REPO = Path(__file__).resolve().parents[1]
ENV_URI = "PLEDGEGRAPH_TEST_NEO4J_URI"
ENV_USER = "PLEDGEGRAPH_TEST_NEO4J_USER"
ENV_PASSWORD = "PLEDGEGRAPH_TEST_NEO4J_PASSWORD"
ENV_ALLOW_WIPE = "PLEDGEGRAPH_TEST_NEO4J_ALLOW_WIPE"


@dataclass
class Neo4jServer:
    """Where the test server answers, and whether the tests own its data."""

    uri: str
    user: str | None
    password: str | None
    owned: bool
    home: Path | None = None
    pid: int | None = None

    @property
    def may_wipe(self) -> bool:
        return self.owned or os.environ.get(ENV_ALLOW_WIPE) == "1"

    def open_store(self) -> Neo4jStore:
        return Neo4jStore(self.uri, self.user, self.password)

    def wipe(self, store: Neo4jStore) -> None:
        """Delete every node and relationship (schema stays), then record the migrations again."""
        if not self.may_wipe:
            raise RuntimeError(f"refusing to wipe {self.uri}: the tests did not start it "
                               f"(set {ENV_ALLOW_WIPE}=1 if its data may be deleted)")
        wipe(store)


def wipe(store: Neo4jStore) -> None:
    """Empty the store's database. Only for databases the caller owns (see Neo4jServer.wipe)."""
    with store._driver.session(database=store.database) as session:
        # relationships first: a node with many of them would not fit one transaction's memory
        session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()
    store.migrate()


def _built_lib() -> Path | None:
    """The jars the repository already built (`python -m graph.neo4j_server build`), if any."""
    lib = REPO / ".neo4j" / "lib"
    return lib if any(lib.glob("neo4j-[0-9]*.jar")) else None


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    uri = os.environ.get(ENV_URI)
    if uri:
        server = Neo4jServer(uri=uri, user=os.environ.get(ENV_USER, "neo4j"),
                             password=os.environ.get(ENV_PASSWORD), owned=False)
        try:
            server.open_store().close()
        except Exception as exc:
            pytest.fail(f"the external Neo4j at {uri} ({ENV_URI}) does not answer: {exc}", pytrace=False)
        yield server
        return

    try:
        from graph import neo4j_server as local
    except ImportError as exc:
        pytest.fail(f"graph.neo4j_server is missing, so no Neo4j can be started: {exc}", pytrace=False)
    home = tmp_path_factory.mktemp("neo4j-home")
    try:
        info = local.start(home, fresh=True, lib_dir=_built_lib(), heap="768m", pagecache="256m")
    except Exception as exc:
        with contextlib.suppress(Exception):  # best effort: it may never have started
            local.stop(home)
        pytest.fail(f"the project's Neo4j could not start in {home}: {type(exc).__name__}: {exc}",
                    pytrace=False)
    try:
        yield Neo4jServer(uri=info.uri, user=info.user, password=info.password, owned=True, home=home,
                          pid=getattr(info, "pid", None))
    finally:
        local.stop(home)


@pytest.fixture
def neo4j_store(neo4j_server: Neo4jServer) -> Iterator[Neo4jStore]:
    if not neo4j_server.may_wipe:
        pytest.fail(
            f"the tests need a clean graph, but {neo4j_server.uri} is an external server they may not wipe: "
            f"set {ENV_ALLOW_WIPE}=1 if its data may be deleted, or unset {ENV_URI} to use a server of "
            "their own",
            pytrace=False,
        )
    store = neo4j_server.open_store()
    try:
        neo4j_server.wipe(store)
        yield store
    finally:
        store.close()
