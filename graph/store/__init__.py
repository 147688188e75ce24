"""Stores: the protocol and its two backends. `open_store(settings)` picks one."""

from __future__ import annotations

from graph.settings import Settings
from graph.store.base import GraphStore, GraphView, WriteResult


def open_store(settings: Settings) -> GraphStore:
    """Open the store the settings name. Connecting happens here, never at import."""
    if settings.store == "neo4j":
        from graph.store.neo4j import Neo4jStore

        return Neo4jStore.from_settings(settings)
    from graph.store.embedded import EmbeddedStore

    return EmbeddedStore(settings.graph_file)


__all__ = ["GraphStore", "GraphView", "WriteResult", "open_store"]
