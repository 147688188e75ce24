"""Load GDELT into a store: stream Documents, write them in batches, report what was read, refused and kept.

Each batch is one write: one atomic save on the embedded store, one transaction per batch of documents on Neo4j
(its `write_bulk`). A process killed mid-load leaves whole batches only, and running the load again converges
on the graph of an uninterrupted run, because every write merges by deterministic id.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from graph.model import Document
from graph.store.base import GraphStore, WriteResult
from ingest.gdelt.mapping import iter_gdelt_documents
from ingest.gdelt.reader import GdeltFilter, GdeltStats
from ingest.pipeline import ensure_reference

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def load_gdelt(
    store: GraphStore,
    paths: Iterable[str | os.PathLike[str]],
    *,
    flt: GdeltFilter | None = None,
    strict: bool = False,
    stats: GdeltStats | None = None,
    batch_size: int = 2_000,
    on_batch: Callable[[GdeltStats], None] | None = None,
) -> tuple[WriteResult, GdeltStats]:
    """Stream GDELT files into the store in batches of `batch_size` documents."""
    st = stats if stats is not None else GdeltStats()
    result = WriteResult()
    result.add(ensure_reference(store))
    docs = iter_gdelt_documents(list(paths), filter=flt, strict=strict, stats=st)
    bulk = getattr(store, "write_bulk", None)
    for batch in batched(docs, batch_size):
        written: WriteResult = bulk(batch, batch_size=batch_size) if bulk else store.write_many(batch)
        result.add(written)
        if on_batch:
            on_batch(st)
    return result, st


__all__ = ["Document", "GdeltFilter", "GdeltStats", "load_gdelt"]
