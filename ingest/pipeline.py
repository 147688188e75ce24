"""Ingest: files in, Documents out, written to a store one source document at a time.

Reference data is written first (once per content version: it is idempotent anyway). Every file is validated
before the store is touched; a bad file is reported with where it went wrong and nothing of it is stored, while
the good files go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError, PledgegraphError
from graph.model import Document
from graph.store.base import GraphStore, WriteResult

CURATED_SUFFIXES = (".yaml", ".yml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")


@dataclass
class IngestReport:
    files: int = 0
    documents: int = 0
    written: WriteResult = field(default_factory=WriteResult)
    errors: list[InputError] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders walked (sorted) for the suffixes ingest reads; a missing path is an error."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in
                              CURATED_SUFFIXES + TEXT_SUFFIXES))
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", path=str(p))
    return out


def ensure_reference(store: GraphStore) -> WriteResult:
    """Write the reference data (countries, organisations, leaders) unless this exact version is there."""
    from ingest.refdata import reference_document

    doc = reference_document()
    if store.get_sources([doc.source.id]):
        return WriteResult()
    return store.write(doc)


def documents_from(path: Path, store: GraphStore, *, language: str | None = None) -> Iterator[Document]:
    """The Documents one file yields: a curated YAML gives one; text inputs go through the extractor."""
    suffix = path.suffix.lower()
    if suffix in CURATED_SUFFIXES:
        from ingest.curated import load_curated

        yield load_curated(path, lambda actor_id: store.get_actor(actor_id) is not None)
        return
    if suffix in TEXT_SUFFIXES:
        from ingest.extract.service import documents_from_text_file

        yield from documents_from_text_file(path, language=language)
        return
    raise InputError(f"cannot ingest a {suffix or 'suffix-less'} file; expected one of "
                     f"{', '.join(CURATED_SUFFIXES + TEXT_SUFFIXES)}", path=str(path))


def ingest_paths(
    store: GraphStore,
    paths: Iterable[Path],
    *,
    language: str | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Validate every file, then write the good ones, one document (one transaction) at a time."""
    report = IngestReport()
    report.written.add(ensure_reference(store))
    for path in expand_paths(paths):
        report.files += 1
        try:
            docs = list(documents_from(path, store, language=language))
        except InputError as exc:
            report.errors.append(exc)
        except PledgegraphError as exc:
            report.errors.append(InputError(exc.message, path=str(path)))
        else:
            if not docs or not any(d.claims for d in docs):
                report.empty.append(str(path))
            report.documents += len(docs)
            report.written.add(store.write_many(docs))
        if on_file:
            on_file(path)
    return report
