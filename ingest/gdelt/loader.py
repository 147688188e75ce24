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

from graph.errors import InputError
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
    """Stream GDELT files into the store in batches of `batch_size` documents.

    Raises InputError when rows were read but not one of them is a GDELT event (the file is not GDELT at all)."""
    st = stats if stats is not None else GdeltStats()
    result = WriteResult()
    docs = iter_gdelt_documents(list(paths), filter=flt, strict=strict, stats=st)
    bulk = getattr(store, "write_bulk", None)
    for i, batch in enumerate(batched(docs, batch_size)):
        if i == 0:  # reference data only once there is something to write: a refused file leaves no trace
            result.add(ensure_reference(store))
        written: WriteResult = bulk(batch, batch_size=batch_size) if bulk else store.write_many(batch)
        result.add(written)
        if on_batch:
            on_batch(st)
    if st.rows and st.bad == st.rows:
        first = st.bad_rows[0] if st.bad_rows else None
        raise InputError(
            f"not one of the {st.rows:,} rows read is a GDELT event" + (f" (first: {first})" if first else ""),
            path=first.path if first else None,
            hint="ingest-gdelt reads GDELT 2.0 exports (61 columns) and 1.0 event files (57/58 columns)",
        )
    return result, st


__all__ = ["Document", "GdeltFilter", "GdeltStats", "load_gdelt"]
