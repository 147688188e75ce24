"""The project's own Neo4j (graph/neo4j_server.py): real, from Maven Central jars, auth on, stopped cleanly.

The jars are built once into the repository's `.neo4j/lib` (cached by the pom's hash, so this is instant after
scripts/test.sh's `python -m graph.neo4j_server build`); the server itself runs in a temporary home.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import stat
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from graph import neo4j_server

REPO = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _version(lib: Path) -> str:
    (jar,) = [p.name for p in lib.glob("neo4j-[0-9]*.jar")]
    return jar.removeprefix("neo4j-").removesuffix(".jar")


def _http_status(url: str, auth: tuple[str, str] | None) -> int:
    body = json.dumps({"statements": [{"statement": "RETURN 1"}]}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_build_is_cached_by_pom_hash() -> None:
    lib = neo4j_server.build(neo4j_server.default_home(REPO))
    assert lib == REPO / ".neo4j" / "lib"
    stamp = json.loads((lib / ".pledgegraph-build.json").read_text())
    jars = set(stamp["jars"])
    version = _version(lib)
    assert version.startswith("5.26.")
    assert {f"neo4j-{version}.jar", f"neo4j-server-{version}.jar",
            f"neo4j-record-storage-engine-{version}.jar"} <= jars
    assert all((lib / j).is_file() for j in jars)
    # a second call is a cache hit: it neither runs Maven nor touches the folder
    before = (lib / ".pledgegraph-build.json").stat().st_mtime_ns
    assert neo4j_server.build(neo4j_server.default_home(REPO)) == lib
    assert (lib / ".pledgegraph-build.json").stat().st_mtime_ns == before


def test_real_server_with_auth_starts_answers_and_stops(tmp_path: Path) -> None:
    lib = neo4j_server.build(neo4j_server.default_home(REPO))
    home = tmp_path / "home"
    info = neo4j_server.start(home, lib_dir=lib, fresh=True, timeout=240)
    try:
        port = int(info.uri.rsplit(":", 1)[1])
        assert info.uri == f"bolt://127.0.0.1:{port}"
        assert info.user == "neo4j" and len(info.password) >= 8
        assert info.home == home.resolve()
        assert _pid_alive(info.pid) and _port_open(port)
        # the server runs in its own session, so it outlives whoever started it
        assert os.getsid(info.pid) == info.pid
        pw_file = home / "password"
        assert pw_file.read_text().strip() == info.password
        assert stat.S_IMODE(pw_file.stat().st_mode) == 0o600
        state = json.loads((home / "state.json").read_text())
        assert (state["uri"], state["pid"], state["port"]) == (info.uri, info.pid, port)
        assert state["user"] == "neo4j"
        conf = (home / "conf" / "neo4j.conf").read_text()
        assert "dbms.security.auth_enabled=true" in conf and f"127.0.0.1:{port}" in conf
        assert info.password not in repr(info)

        # a real write and read over Bolt with the generated password
        with GraphDatabase.driver(info.uri, auth=(info.user, info.password)) as driver:
            driver.execute_query("CREATE (:PgServerTest {name: $name, n: 42})", name="first")
            records, _, _ = driver.execute_query(
                "MATCH (t:PgServerTest) RETURN t.name AS name, t.n AS n, count(*) AS c"
            )
            assert [(r["name"], r["n"], r["c"]) for r in records] == [("first", 42, 1)]
            version, _, _ = driver.execute_query("CALL dbms.components() YIELD versions, edition "
                                                 "RETURN versions[0] AS v, edition AS e")
            assert (version[0]["v"], version[0]["e"]) == (_version(lib), "community")

        # auth is really on: a wrong password is refused
        with GraphDatabase.driver(info.uri, auth=("neo4j", info.password + "x")) as bad, \
                pytest.raises(AuthError):
            bad.execute_query("RETURN 1")

        # HTTP is on loopback and also asks for credentials
        assert info.http_uri is not None and info.http_uri.startswith("http://127.0.0.1:")
        assert _http_status(info.http_uri + "/db/neo4j/tx/commit", None) == 401
        assert _http_status(info.http_uri + "/db/neo4j/tx/commit", (info.user, info.password)) == 200

        # starting again finds the running server instead of launching a second one
        again = neo4j_server.start(home, lib_dir=lib, timeout=60)
        assert (again.pid, again.uri, again.password) == (info.pid, info.uri, info.password)
        found = neo4j_server.status(home)
        assert found is not None and found.pid == info.pid
        conn = neo4j_server.connection_info(home)
        assert conn is not None and (conn.uri, conn.password) == (info.uri, info.password)

        # the command line reports it too
        cli = subprocess.run([sys.executable, "-m", "graph.neo4j_server", "status", "--home", str(home)],
                             capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
        assert cli.returncode == 0 and cli.stdout.strip() == info.uri, cli.stderr
    finally:
        stopped = neo4j_server.stop(home)
    assert stopped is True
    assert not _pid_alive(info.pid)
    assert not _port_open(port)
    assert not (home / "state.json").exists()
    assert neo4j_server.status(home) is None
    assert neo4j_server.connection_info(home) is None
    assert neo4j_server.stop(home) is False

    # a restart keeps the data and the password (no fresh): the node is still there
    info2 = neo4j_server.start(home, lib_dir=lib, timeout=240)
    try:
        assert info2.password == info.password and info2.pid != info.pid
        with GraphDatabase.driver(info2.uri, auth=(info2.user, info2.password)) as driver:
            records, _, _ = driver.execute_query("MATCH (t:PgServerTest) RETURN t.name AS name")
            assert [r["name"] for r in records] == ["first"]
    finally:
        assert neo4j_server.stop(home) is True
    assert not _port_open(int(info2.uri.rsplit(":", 1)[1]))
    assert not _pid_alive(info2.pid)


def test_status_of_an_empty_home_is_none_and_cli_says_not_running(tmp_path: Path) -> None:
    assert neo4j_server.status(tmp_path) is None
    assert neo4j_server.connection_info(tmp_path) is None
    cli = subprocess.run([sys.executable, "-m", "graph.neo4j_server", "status", "--home", str(tmp_path)],
                         capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert cli.returncode == 3 and "not running" in cli.stderr
