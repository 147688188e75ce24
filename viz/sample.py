"""A small, real graph for demos, tests and screenshots: the claims of the project's seed article.

It is the project's own curated file `corpus/seed/000_9ff44f28702e9265.yaml` with the reference data. The article's
text is not in the repository: the curated file reads it from `../shared/seeds/` beside the repository, as
ingest does. `seed_documents()` returns the Documents; `seed_store(path)` writes them to an EmbeddedStore.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import Document
from graph.store.embedded import EmbeddedStore

SEED_FILE = Path(__file__).resolve().parents[1] / "corpus" / "seed" / "000_9ff44f28702e9265.yaml"
TRUMP = "Q22686"


def seed_documents() -> list[Document]:
    """The reference data, then the seed article's curated claims (its text read from ../shared/seeds)."""
    from ingest.curated import load_curated
    from ingest.refdata import reference_document

    reference = reference_document()
    known = {a.id for a in reference.actors}
    return [reference, load_curated(SEED_FILE, known.__contains__)]


def seed_store(path: Path | str) -> EmbeddedStore:
    """Write the seed Documents to an EmbeddedStore at `path` (a graph.json file) and return the store."""
    store = EmbeddedStore(Path(path))
    store.write_many(seed_documents())
    return store
