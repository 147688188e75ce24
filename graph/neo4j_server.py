"""The project's own Neo4j Community 5.26 server, assembled from Maven Central and run on loopback.

Nothing happens at import. One *home* folder is one server and one database:

    home/lib/          the jars (``build``), unless ``start(lib_dir=...)`` points at a shared build
    home/conf/         neo4j.conf, generated at every start
    home/data/         the database files (``start(fresh=True)`` deletes this folder and nothing else)
    home/logs/         neo4j.log, debug.log, ... and console.log (the JVM's stdout/stderr), maven.log
    home/run/, import/, plugins/
    home/password      the ``neo4j`` user's password (mode 0600)
    home/state.json    where the running server answers (uri, pid, port, user)

The server is the real ``org.neo4j.server.CommunityEntryPoint`` started the way the distribution's
``bin/neo4j`` boot loader starts it (same class path layout and JVM flags), in one JVM of its own session,
so it outlives the Python process that started it. The initial password is set with the real admin tool
(``neo4j-admin dbms set-initial-password``, class ``org.neo4j.cli.AdminTool``) before the first start, so
authentication is on from the start.

Command line (used by scripts/test.sh and the test fixture)::

    python -m graph.neo4j_server build|start|stop|status [--home DIR] [--port N] ...

``start`` prints the Bolt URI on stdout. Exit codes: 0 ok, 1 failure, 3 ``status`` found no server.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "Neo4jServerError",
    "ServerInfo",
    "build",
    "connection_info",
    "default_home",
    "main",
    "start",
    "status",
    "stop",
]

PROJECT_ROOT = Path(__file__).resolve().parents[1]
POM = PROJECT_ROOT / "scripts" / "neo4j" / "pom.xml"
USER = "neo4j"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
STAMP = ".pledgegraph-build.json"
SUPPORTED_JAVA = (17, 21)  # Neo4j 5.26 LTS runs on Java 17 and 21, nothing newer

# What the distribution's neo4j.conf passes through `server.jvm.additional` (the 5.26 boot loader adds only
# these, -Dfile.encoding=UTF-8 and -Xms/-Xmx). -XX:+AlwaysPreTouch is left out on purpose: it would commit the
# whole heap at start, which a test machine with 2 cores and other work on it does not need.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)


class Neo4jServerError(Exception):
    """The local Neo4j could not be built, started, reached or stopped; the message says why."""


@dataclass
class ServerInfo:
    """Where a running local server answers and how to log in."""

    uri: str
    http_uri: str | None
    user: str
    password: str = field(repr=False)
    pid: int
    home: Path


# ----------------------------------------------------------------------------------------------- paths


def default_home(project_root: Path) -> Path:
    """The project's own server home: ``<root>/.neo4j`` (ignored by git)."""
    return Path(project_root) / ".neo4j"


def _home(home: Path | str) -> Path:
    return Path(home).expanduser().resolve()


def _state_file(home: Path) -> Path:
    return home / "state.json"


def _password_file(home: Path) -> Path:
    return home / "password"


def _console_log(home: Path) -> Path:
    return home / "logs" / "console.log"


@contextlib.contextmanager
def _locked(home: Path, name: str = ".lock") -> Iterator[None]:
    """An exclusive advisory lock on a file in home, so two callers never start/stop/build at once."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / name, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"({path} is not there)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


# ----------------------------------------------------------------------------------------------- build


def _pom_hash(pom: Path) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()


def _complete(lib: Path, pom_hash: str) -> bool:
    """True if ``lib`` holds a finished build of the pom with this hash (every jar it listed is there)."""
    try:
        stamp = json.loads((lib / STAMP).read_text())
    except (OSError, ValueError):
        return False
    jars = stamp.get("jars") or []
    return (
        stamp.get("pom_sha256") == pom_hash
        and bool(jars)
        and any(re.fullmatch(r"neo4j-\d[\w.]*\.jar", j) for j in jars)
        and all((lib / j).is_file() for j in jars)
    )


def build(
    home: Path, *, progress: Callable[[str], None] | None = None, pom: Path | None = None
) -> Path:
    """Gather the Neo4j jars into ``home/lib`` with Maven (once per pom content) and return that folder."""
    home = _home(home)
    pom = Path(pom) if pom else POM
    say = progress or (lambda _msg: None)
    if not pom.is_file():
        raise Neo4jServerError(f"the Neo4j pom is missing: {pom}")
    lib = home / "lib"
    digest = _pom_hash(pom)
    if _complete(lib, digest):
        return lib
    with _locked(home, ".build.lock"):
        if _complete(lib, digest):  # another process built it while we waited
            return lib
        mvn = shutil.which("mvn")
        if mvn is None:
            raise Neo4jServerError("Maven (`mvn`) is not on PATH: install it (Debian: apt-get install maven)")
        tmp = home / f"lib.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        (home / "logs").mkdir(parents=True, exist_ok=True)
        log = home / "logs" / "maven.log"
        cmd = [
            mvn, "-B", "-ntp", "-f", str(pom),
            "dependency:copy-dependencies", f"-DoutputDirectory={tmp}", "-DincludeScope=runtime",
        ]
        say(f"neo4j: gathering the Neo4j jars with Maven into {lib} (first time: ~125 MB from Maven Central)")
        started = time.monotonic()
        with open(log, "w") as out:
            out.write("$ " + " ".join(cmd) + "\n")
            out.flush()
            try:
                proc = subprocess.run(
                    cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                    cwd=pom.parent, check=False,
                )
            except OSError as exc:
                shutil.rmtree(tmp, ignore_errors=True)
                raise Neo4jServerError(f"could not run Maven: {exc}") from exc
        seconds = time.monotonic() - started
        jars = sorted(p.name for p in tmp.glob("*.jar")) if tmp.is_dir() else []
        if proc.returncode != 0 or not any(re.fullmatch(r"neo4j-\d[\w.]*\.jar", j) for j in jars):
            shutil.rmtree(tmp, ignore_errors=True)
            why = f"exit code {proc.returncode}" if proc.returncode else "no neo4j-<version>.jar was copied"
            raise Neo4jServerError(
                f"the Maven build of the Neo4j jars failed ({why}); full log: {log}\n--- last lines ---\n"
                + _tail(log)
            )
        (tmp / STAMP).write_text(
            json.dumps({"pom_sha256": digest, "jars": jars, "seconds": round(seconds, 1)}, indent=1) + "\n"
        )
        old = home / f"lib.old-{os.getpid()}"
        if lib.exists():
            lib.rename(old)
        tmp.rename(lib)
        shutil.rmtree(old, ignore_errors=True)
        say(f"neo4j: {len(jars)} jars ready in {seconds:.0f}s")
        return lib


def _resolve_lib(home: Path, lib_dir: Path | None, progress: Callable[[str], None] | None) -> Path:
    """The jars to run: ``lib_dir`` if given, else home's own build, else the repository's, else build."""
    if lib_dir is not None:
        lib = Path(lib_dir).expanduser().resolve()
        if not any(lib.glob("neo4j-[0-9]*.jar")):
            raise Neo4jServerError(
                f"{lib} holds no neo4j-<version>.jar: run `python -m graph.neo4j_server build`"
            )
        return lib
    if POM.is_file():
        digest = _pom_hash(POM)
        for candidate in (home / "lib", default_home(PROJECT_ROOT) / "lib"):
            if _complete(candidate, digest):
                return candidate
    return build(home, progress=progress)


def _neo4j_version(lib: Path) -> str:
    for jar in lib.glob("neo4j-[0-9]*.jar"):
        m = re.fullmatch(r"neo4j-(\d[\w.]*)\.jar", jar.name)
        if m:
            return m.group(1)
    return "unknown"


# ------------------------------------------------------------------------------------------------ java


def _java() -> str:
    """The java to run Neo4j with: $NEO4J_JAVA, else $JAVA_HOME/bin/java, else `java` on PATH."""
    candidates = [os.environ.get("NEO4J_JAVA")]
    if os.environ.get("JAVA_HOME"):
        candidates.append(str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    candidates.append(shutil.which("java"))
    java = next((c for c in candidates if c and os.access(c, os.X_OK)), None)
    if java is None:
        raise Neo4jServerError(
            "no Java found: install a JDK 17 (Debian: openjdk-17-jre-headless) or set JAVA_HOME"
        )
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60, check=False
        ).stderr
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jServerError(f"could not run {java} -version: {exc}") from exc
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):
        major = int(m.group(2))
    if major not in SUPPORTED_JAVA:
        raise Neo4jServerError(
            f"Neo4j 5.26 needs Java 17 or 21, but {java} is {major or 'unknown'}: "
            f"set JAVA_HOME or NEO4J_JAVA to a JDK 17 (e.g. /usr/lib/jvm/java-17-openjdk-amd64)"
        )
    return java


# ------------------------------------------------------------------------------------------- processes


def _cmdline(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [a.decode(errors="replace") for a in raw.split(b"\0") if a]


def _reap(pid: int) -> None:
    """Collect the exit status if pid is our own child, so a dead server does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def _alive(pid: int) -> bool:
    _reap(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_our_server(pid: int, home: Path) -> bool:
    """True if pid is a live Neo4j server JVM whose home is ``home`` (guards against reused pids)."""
    args = _cmdline(pid)
    return _alive(pid) and ENTRY_POINT in args and f"--home-dir={home}" in args


def _server_pids(home: Path) -> list[int]:
    """Every live server JVM running from ``home``, found from the process table (state.json may be lost)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _is_our_server(int(entry.name), home):
            pids.append(int(entry.name))
    return pids


def _rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port_open(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


# ----------------------------------------------------------------------------------------------- state


def _read_state(home: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(_state_file(home).read_text())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def _write_private(path: Path, text: str) -> None:
    """Write text to path atomically with mode 0600."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _new_password() -> str:
    """32 random letters and digits (~190 bits); never starts with '-', which the admin tool would take for
    an option."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(32))


def _read_password(home: Path) -> str | None:
    try:
        pw = _password_file(home).read_text().strip()
    except OSError:
        return None
    return pw or None


def _info_from_state(home: Path, state: dict[str, Any], password: str) -> ServerInfo:
    return ServerInfo(
        uri=str(state["uri"]),
        http_uri=state.get("http_uri"),
        user=str(state.get("user") or USER),
        password=password,
        pid=int(state["pid"]),
        home=home,
    )


def connection_info(home: Path) -> ServerInfo | None:
    """Where the server in ``home`` said it answers (state.json + password), or None; no liveness check."""
    home = _home(home)
    state = _read_state(home)
    password = _read_password(home)
    if not state or not password or "uri" not in state or "pid" not in state:
        return None
    return _info_from_state(home, state, password)


def _bolt_answers(uri: str, user: str, password: str, timeout: float = 5.0) -> bool:
    """True if the server runs ``RETURN 1`` for this user; AuthError propagates (wrong password)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    try:
        with GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=timeout, connection_acquisition_timeout=timeout,
            max_connection_pool_size=1,
        ) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS ok")
            return bool(records) and records[0]["ok"] == 1
    except AuthError:
        raise
    except (DriverError, Neo4jError, OSError):
        return False


def status(home: Path) -> ServerInfo | None:
    """The running server of ``home`` if its process is alive and Bolt answers ``RETURN 1``, else None."""
    home = _home(home)
    info = connection_info(home)
    if info is None or not _is_our_server(info.pid, home):
        return None
    try:
        return info if _bolt_answers(info.uri, info.user, info.password) else None
    except Exception:  # a wrong password or an unexpected driver error: not usable
        return None


# ----------------------------------------------------------------------------------------------- start


def _conf(home: Path, lib: Path, bolt_port: int, http_port: int | None, heap: str, pagecache: str) -> str:
    lines = [
        "# Generated by graph/neo4j_server.py at every start: edits here are lost.",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
        f"server.directories.plugins={home / 'plugins'}",
        f"server.directories.lib={lib}",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        f"server.http.enabled={'true' if http_port else 'false'}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
    ]
    if http_port:
        lines += [
            f"server.http.listen_address=127.0.0.1:{http_port}",
            f"server.http.advertised_address=127.0.0.1:{http_port}",
        ]
    lines += [f"server.jvm.additional={flag}" for flag in JVM_FLAGS]
    return "\n".join(lines) + "\n"


def _initialised(home: Path) -> bool:
    """True once the server has created its system database (the initial password can no longer be set)."""
    return (home / "data" / "databases" / "system").exists()


def _set_initial_password(java: str, home: Path, lib: Path, password: str) -> None:
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    cmd = [java, "-Xmx256m", "-cp", f"{lib}/*", ADMIN_TOOL, "dbms", "set-initial-password", "--", password]
    try:
        proc = subprocess.run(
            cmd, env=env, cwd=home, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jServerError(f"neo4j-admin dbms set-initial-password did not run: {exc}") from exc
    if proc.returncode != 0 or not (home / "data" / "dbms" / "auth.ini").is_file():
        output = (proc.stdout + proc.stderr).replace(password, "<password>")
        raise Neo4jServerError(
            f"neo4j-admin dbms set-initial-password failed (exit code {proc.returncode}):\n{output[-3000:]}"
        )


def _failure(home: Path, what: str) -> Neo4jServerError:
    return Neo4jServerError(
        f"{what}\n--- {_console_log(home)} (last lines) ---\n{_tail(_console_log(home))}"
        f"\n--- {home / 'logs' / 'neo4j.log'} (last lines) ---\n{_tail(home / 'logs' / 'neo4j.log', 25)}"
    )


def _kill_group(pid: int, sig: int) -> None:
    try:
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)
    except ProcessLookupError:
        pass


def start(
    home: Path,
    *,
    port: int | None = None,
    heap: str = "512m",
    pagecache: str = "256m",
    timeout: float = 120,
    fresh: bool = False,
    lib_dir: Path | None = None,
    http: bool = True,
    progress: Callable[[str], None] | None = None,
) -> ServerInfo:
    """Start (or find running) the server of ``home`` on loopback with auth on; wait until Bolt answers.

    ``fresh`` stops a running server of this home and deletes ``home/data`` first (nothing else).
    ``lib_dir`` runs the jars of another build (e.g. the repository's ``.neo4j/lib``) instead of building.
    """
    home = _home(home)
    say = progress or (lambda _msg: None)
    with _locked(home):
        if fresh:
            _stop_locked(home, timeout=60)
            shutil.rmtree(home / "data", ignore_errors=True)
        else:
            running = _running_info(home)
            if running is not None:
                return running
            # a server of this home without a usable state file would hold the store lock: stop it
            _stop_locked(home, timeout=60)

        lib = _resolve_lib(home, lib_dir, progress)
        java = _java()
        for sub in ("conf", "data", "logs", "run", "import", "plugins"):
            (home / sub).mkdir(parents=True, exist_ok=True)

        if port is None:
            bolt_port = _free_port()
        elif not _port_free(port):
            raise Neo4jServerError(f"port {port} on 127.0.0.1 is already in use")
        else:
            bolt_port = port
        http_port = None
        if http:
            http_port = _free_port()
            while http_port == bolt_port:
                http_port = _free_port()
        (home / "conf" / "neo4j.conf").write_text(_conf(home, lib, bolt_port, http_port, heap, pagecache))

        password = _read_password(home)
        if _initialised(home):
            if password is None:
                raise Neo4jServerError(
                    f"{home / 'data'} holds a database but {_password_file(home)} is missing, "
                    f"so its password is unknown: restore the file, or start with fresh=True (--fresh) "
                    f"to delete the data"
                )
        else:
            password = _new_password()
            _write_private(_password_file(home), password + "\n")
            say("neo4j: setting the initial password (neo4j-admin dbms set-initial-password)")
            _set_initial_password(java, home, lib, password)
        assert password is not None
        os.chmod(_password_file(home), 0o600)

        cmd = [
            java,
            "-cp", os.pathsep.join([str(home / "plugins" / "*"), str(home / "conf" / "*"), f"{lib}/*"]),
            *JVM_FLAGS,
            "-Dfile.encoding=UTF-8",
            f"-Xms{heap}",
            f"-Xmx{heap}",
            ENTRY_POINT,
            f"--home-dir={home}",
            f"--config-dir={home / 'conf'}",
        ]
        env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
        console = _console_log(home)
        started = time.monotonic()
        with open(console, "ab") as out:
            out.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} starting Neo4j {_neo4j_version(lib)} on "
                      f"127.0.0.1:{bolt_port}\n".encode())
            out.flush()
            try:
                proc = subprocess.Popen(
                    cmd, cwd=home, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                    start_new_session=True, close_fds=True,
                )
            except OSError as exc:
                raise Neo4jServerError(f"could not launch {java}: {exc}") from exc
        uri = f"bolt://127.0.0.1:{bolt_port}"
        state = {
            "uri": uri,
            "http_uri": f"http://127.0.0.1:{http_port}" if http_port else None,
            "pid": proc.pid,
            "port": bolt_port,
            "http_port": http_port,
            "user": USER,
            "home": str(home),
            "lib_dir": str(lib),
            "neo4j_version": _neo4j_version(lib),
            "started_at": time.time(),
        }
        _write_private(_state_file(home), json.dumps(state, indent=1) + "\n")
        say(f"neo4j: starting (pid {proc.pid}) on {uri}")

        try:
            _wait_ready(home, proc, uri, password, started + timeout)
        except BaseException:
            _stop_locked(home, timeout=30)
            raise
        state["ready_seconds"] = round(time.monotonic() - started, 2)
        _write_private(_state_file(home), json.dumps(state, indent=1) + "\n")
        say(f"neo4j: ready in {state['ready_seconds']}s")
        return _info_from_state(home, state, password)


def _wait_ready(home: Path, proc: subprocess.Popen[bytes], uri: str, password: str, deadline: float) -> None:
    from neo4j.exceptions import AuthError

    port = int(uri.rsplit(":", 1)[1])
    auth_failures = 0
    while True:
        code = proc.poll()
        if code is not None:
            raise _failure(home, f"Neo4j exited with code {code} before Bolt answered on {uri}")
        if time.monotonic() > deadline:
            raise _failure(home, f"Neo4j did not answer on {uri} in time (pid {proc.pid})")
        if _port_open(port):
            try:
                if _bolt_answers(uri, USER, password):
                    return
            except AuthError as exc:
                # Bolt opens only after the databases are up, so this is a real mismatch; retry once, gently,
                # since three failures in a row lock the user for a few seconds.
                auth_failures += 1
                if auth_failures >= 2:
                    raise _failure(
                        home,
                        f"Neo4j refused the password in {_password_file(home)} ({exc}); the data in "
                        f"{home / 'data'} was made with another password: start with fresh=True to reset it",
                    ) from exc
                time.sleep(2)
        time.sleep(0.25)


def _running_info(home: Path) -> ServerInfo | None:
    """The already running server of home (state + our live pid + Bolt answers), waiting if it is starting."""
    info = connection_info(home)
    if info is None or not _is_our_server(info.pid, home):
        return None
    deadline = time.monotonic() + 30
    while _is_our_server(info.pid, home):
        try:
            if _bolt_answers(info.uri, info.user, info.password):
                return info
        except Exception:
            return None
        if time.monotonic() > deadline:
            return None
        time.sleep(0.5)
    return None


# ------------------------------------------------------------------------------------------------ stop


def stop(home: Path, timeout: float = 60) -> bool:
    """Stop the server of ``home``: SIGTERM to its process group, SIGKILL after ``timeout``; True if run."""
    home = _home(home)
    if not home.exists():
        return False
    with _locked(home):
        return _stop_locked(home, timeout)


def _stop_locked(home: Path, timeout: float) -> bool:
    pids: set[int] = set(_server_pids(home))
    state = _read_state(home)
    if state and isinstance(state.get("pid"), int) and _is_our_server(state["pid"], home):
        pids.add(state["pid"])
    for pid in pids:
        _kill_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in pids:
        if _alive(pid):
            _kill_group(pid, signal.SIGKILL)
    hard_deadline = time.monotonic() + 15
    while any(_alive(p) for p in pids) and time.monotonic() < hard_deadline:
        time.sleep(0.1)
    still = [p for p in pids if _alive(p)]
    if still:
        raise Neo4jServerError(f"Neo4j (pid {still}) did not stop even after SIGKILL")
    with contextlib.suppress(FileNotFoundError):
        _state_file(home).unlink()
    return bool(pids)


# ------------------------------------------------------------------------------------------------- CLI


def _find_project_root() -> Path:
    here = Path.cwd().resolve()
    for d in (here, *here.parents):
        if (d / "scripts" / "neo4j" / "pom.xml").is_file():
            return d
    return PROJECT_ROOT


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m graph.neo4j_server build|start|stop|status``; see the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m graph.neo4j_server", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "start", "stop", "status"])
    parser.add_argument("--home", type=Path, default=None, help="server home (default: <project>/.neo4j)")
    parser.add_argument("--port", type=int, default=None, help="Bolt port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--heap", default="512m")
    parser.add_argument("--pagecache", default="256m")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for start/stop")
    parser.add_argument("--fresh", action="store_true", help="start: delete home/data first")
    parser.add_argument("--lib-dir", type=Path, default=None, help="start: run these jars, no build")
    parser.add_argument("--no-http", action="store_true", help="start: Bolt only")
    args = parser.parse_args(argv)
    home = _home(args.home) if args.home else default_home(_find_project_root())

    def progress(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    try:
        if args.command == "build":
            print(build(home, progress=progress))
        elif args.command == "start":
            info = start(
                home, port=args.port, heap=args.heap, pagecache=args.pagecache, timeout=args.timeout,
                fresh=args.fresh, lib_dir=args.lib_dir, http=not args.no_http, progress=progress,
            )
            print(info.uri)
            progress(f"neo4j: pid {info.pid}, user {info.user}, password in {_password_file(home)}, "
                     f"http {info.http_uri or 'off'}")
        elif args.command == "stop":
            progress("neo4j: stopped" if stop(home, timeout=args.timeout) else "neo4j: was not running")
        else:
            found = status(home)
            if found is None:
                progress(f"neo4j: not running (home {home})")
                return 3
            rss = _rss_kib(found.pid)
            print(found.uri)
            progress(f"neo4j: running, pid {found.pid}, rss {rss // 1024 if rss else '?'} MiB, "
                     f"http {found.http_uri or 'off'}")
    except Neo4jServerError as exc:
        print(f"neo4j: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            print(f"neo4j: error: no space left on device: {exc}", file=sys.stderr)
        else:
            print(f"neo4j: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
