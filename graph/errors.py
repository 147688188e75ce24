"""One error root for the whole product, with specific subclasses that carry the ids involved.

The API maps these to HTTP in one place (api/errors.py); the CLI prints them with their hint.
"""

from __future__ import annotations

from collections.abc import Sequence


class PledgegraphError(Exception):
    """Root of every error the product raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint


class VocabularyError(PledgegraphError, ValueError):
    """A value outside a controlled vocabulary (kind, modality, condition, relation)."""

    def __init__(self, field: str, value: str, allowed: Sequence[str]) -> None:
        self.field = field
        self.value = value
        self.allowed = list(allowed)
        super().__init__(f"unknown {field} {value!r}; expected one of: {', '.join(self.allowed)}")


class NotFoundError(PledgegraphError):
    """An id that the store does not hold."""

    def __init__(self, what: str, ident: str, *, hint: str | None = None) -> None:
        self.what = what
        self.ident = ident
        super().__init__(f"no {what} with id {ident!r}", hint=hint)


class InputError(PledgegraphError):
    """Bad input: a file, a line, a field. Nothing of it was stored."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        where = ":".join(str(p) for p in (path, line) if p is not None)
        prefix = f"{where}: " if where else ""
        suffix = f" (field: {field})" if field else ""
        super().__init__(f"{prefix}{message}{suffix}", hint=hint)


class StoreError(PledgegraphError):
    """The store failed to read or write."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached (Neo4j down, file locked too long)."""


class StoreLockedError(StoreUnavailableError):
    """Another writer holds the embedded store's lock."""

    def __init__(self, path: str, timeout: float) -> None:
        self.path = path
        super().__init__(
            f"the store at {path} is locked by another writer (waited {timeout:g}s)",
            hint="wait for the other ingest to finish, or remove a stale lock file if no pledgegraph runs",
        )


class QueryError(PledgegraphError):
    """A query that cannot be run: unknown named query, refused Cypher, bad parameter."""


class WriteQueryRefused(QueryError):
    """A query that would write, sent to the read-only Cypher endpoint."""

    def __init__(self, query_type: str) -> None:
        self.query_type = query_type
        super().__init__(
            f"refused: the query is not read-only (server says query type {query_type!r}); "
            "the Cypher endpoint only runs reads",
            hint="use `pledgegraph ingest` or POST /ingest to change the graph",
        )


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"the query ran past its {seconds:g}s limit and was stopped")


class NotSupportedError(PledgegraphError):
    """An operation the selected store does not offer (Cypher on the embedded store)."""
