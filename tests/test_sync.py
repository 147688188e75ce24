"""`pledgegraph sync`: a whole graph copied between stores arrives whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.store.embedded import EmbeddedStore
from graph.sync import copy_graph
from ingest.pipeline import ensure_reference, ingest_paths


def snapshot(store) -> tuple[dict[str, int], list[tuple[str, tuple[str, ...]]]]:  # type: ignore[no-untyped-def]
    return store.counts(), [(c.id, c.evidence) for c in store.all_claims()]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("sync-src") / "graph.json")
    report = ingest_paths(store, [repo_root / "corpus"])
    assert report.ok, report.errors
    return store


def test_sync_embedded_to_embedded_copies_everything(corpus_store: EmbeddedStore, tmp_path: Path) -> None:
    target = EmbeddedStore(tmp_path / "graph.json")
    ensure_reference(target)
    copy_graph(corpus_store, target)
    assert snapshot(target) == snapshot(corpus_store)
    again = copy_graph(corpus_store, target)
    assert not again.created and not again.updated


@pytest.mark.neo4j
def test_sync_embedded_to_neo4j_and_back(corpus_store: EmbeddedStore, neo4j_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ensure_reference(neo4j_store)
    copy_graph(corpus_store, neo4j_store)
    assert snapshot(neo4j_store) == snapshot(corpus_store)
    back = EmbeddedStore(tmp_path / "back.json")
    ensure_reference(back)
    copy_graph(neo4j_store, back)
    assert snapshot(back) == snapshot(corpus_store)
