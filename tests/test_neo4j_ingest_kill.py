"""Neo4j ingest is idempotent and crash-safe: a writer killed mid-ingest leaves only whole documents behind, and
running the ingest again ends in exactly the graph an uninterrupted ingest makes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from typing import Any

import pytest

from graph.model import Document
from graph.testing import generate_documents

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

N_CLAIMS = 2_000
SEED = 23

CHILD = textwrap.dedent(
    """
    import os, sys
    from graph.store.neo4j import Neo4jStore
    from graph.testing import generate_documents

    docs = generate_documents(int(sys.argv[1]), seed=int(sys.argv[2]))
    store = Neo4jStore(os.environ["PG_URI"], os.environ.get("PG_USER") or "neo4j",
                       os.environ.get("PG_PASSWORD") or None)
    print("ready", len(docs), flush=True)
    store.write_many(docs, progress=lambda n: print("doc", flush=True))
    print("done", flush=True)
    """
)


def snapshot(store: Any) -> dict[str, Any]:
    return {
        "counts": store.counts(),
        "claims": [(c.id, c.evidence, c.first_seen, c.last_seen, c.confidence, c.quantity, c.quantity_norm)
                   for c in store.all_claims()],
        "claims_full": store.all_claims(),
        "actors": store.actors(),
        "commitments": store.commitments(),
        "links": store.links(),
    }


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return generate_documents(N_CLAIMS, seed=SEED)


def test_reingest_is_idempotent(neo4j_store: Any, docs: list[Document]) -> None:
    first = neo4j_store.write_many(docs[:120])
    assert first.created["Source"] == 120
    before = snapshot(neo4j_store)
    again = neo4j_store.write_many(docs[:120])
    assert not again.created and not again.updated
    assert snapshot(neo4j_store) == before
    bulk = neo4j_store.write_bulk(docs[:120], batch_size=7)
    assert not bulk.created and not bulk.updated
    assert snapshot(neo4j_store) == before


def test_killed_ingest_then_rerun_equals_an_uninterrupted_ingest(
    neo4j_server: Any, neo4j_store: Any, docs: list[Document]
) -> None:
    assert len(docs) >= 300, "the kill test wants a few hundred documents"
    # the reference: an uninterrupted ingest into a clean database
    neo4j_store.write_many(docs)
    reference = snapshot(neo4j_store)
    assert reference["counts"]["Source"] == len(docs)
    neo4j_server.wipe(neo4j_store)
    assert neo4j_store.counts() == {}

    env = {**os.environ, "PG_URI": neo4j_server.uri, "PG_USER": neo4j_server.user or "",
           "PG_PASSWORD": neo4j_server.password or ""}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(N_CLAIMS), str(SEED)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 180
        committed = 0
        while time.monotonic() < deadline and child.poll() is None:
            committed = neo4j_store.counts().get("Source", 0)
            if committed >= 40:
                break
            time.sleep(0.02)
        assert child.poll() is None, f"the writer ended before it could be killed:\n{child.communicate()[1]}"
        assert committed >= 40, "no documents were committed within 180 s"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    partial = neo4j_store.counts()
    assert 40 <= partial["Source"] < len(docs), partial
    # whole documents only: every stored source has all its statements, every stored claim all its edges
    stored_sources = {s.id for s in neo4j_store.get_sources(d.source.id for d in docs)}
    for d in docs:
        if d.source.id in stored_sources:
            assert len(neo4j_store.get_statements(s.id for s in d.statements)) == len(d.statements)
    assert partial.get("FROM", 0) == partial.get("Statement", 0)

    # run the whole ingest again, to the end
    neo4j_store.write_many(docs)
    final = snapshot(neo4j_store)
    assert final["counts"] == reference["counts"]
    assert final["claims"] == reference["claims"]
    assert final == reference
