"""Shared fixtures. The `shared/` folder beside the repository holds the seed article and GDELT samples."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["neo4j_support"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_9ff44f28702e9265.txt"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.fail(f"the seed article is missing: expected {SEED} (the shared/ folder beside the repository)")
    return SEED


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_cli(*args: str, env: dict[str, str] | None = None, check: bool = True,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `pledgegraph` command line in a subprocess."""
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "cli.app", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or REPO, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"pledgegraph {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def demo_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding the whole bundled corpus (curated demo corpus and the seed's claims)."""
    data_dir = tmp_path_factory.mktemp("demo-store")
    run_cli("ingest", "corpus/", "--data-dir", str(data_dir))
    return data_dir


@pytest.fixture
def serve_app() -> Iterator[object]:
    """Start `pledgegraph serve` for real on a free loopback port; yields a function(data_dir) -> base URL."""
    procs: list[subprocess.Popen[str]] = []
    logs: list[Any] = []

    def start(data_dir: Path, *extra: str, env: dict[str, str] | None = None) -> str:
        import httpx

        port = free_port()
        # the server's log goes to a file: a pipe nobody reads fills up and blocks the server
        log = tempfile.NamedTemporaryFile("w+", prefix="pledgegraph-serve-", suffix=".log", delete=False)  # noqa: SIM115 - closed at teardown
        logs.append(log)
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli.app", "serve", "--port", str(port), "--data-dir", str(data_dir), *extra],
            cwd=REPO, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT, text=True,
        )
        procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited early:\n{Path(log.name).read_text(encoding='utf-8')}")
            try:
                if httpx.get(url + "/health", timeout=2).status_code in (200, 503):
                    return url
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("serve did not answer within 60 s")

    yield start
    for p in procs:
        p.terminate()
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
    for log in logs:
        log.close()
        os.unlink(log.name)
