"""The API's hold on the store: opened by the lifespan, re-opened on demand, read under a shared lock.

- The store is opened in the lifespan; if that fails (Neo4j not up yet) the API still starts and every request
  tries again, so it recovers by itself. Nothing keeps a "store is down" flag: each request asks the store.
- Reads take a shared lock and writes (POST /ingest) an exclusive one, so a write never mutates the embedded
  store's dictionaries under a reader's feet.
- `version()` names the state of the graph: for the embedded store its file signature (plus a counter of this
  process's writes); for a store that offers `version()` what it returns; else None (nothing is cached).
  The response cache (api/middleware.py) keys on it: any write, from this process or another, invalidates it.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from graph.errors import PledgegraphError, StoreUnavailableError
from graph.settings import Settings
from graph.store import open_store
from graph.store.base import GraphStore

log = logging.getLogger("pledgegraph.api")


class RWLock:
    """Many readers or one writer; a waiting writer holds new readers back. Not re-entrant.

    Counter-based (not owner-based), so it may be released from another thread than the one that took it,
    which is what FastAPI does with generator dependencies.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    def try_acquire_read(self) -> bool:
        """Take a read share if that needs no waiting (callable from the event loop)."""
        with self._cond:
            if self._writer or self._writers_waiting:
                return False
            self._readers += 1
            return True

    def acquire_read(self) -> None:
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    @contextmanager
    def read(self) -> Iterator[None]:
        self.acquire_read()
        try:
            yield
        finally:
            self.release_read()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writer or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


@dataclass
class CachedResponse:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """A bounded LRU of whole GET responses, valid for one graph version; cleared when the version moves."""

    def __init__(self, max_entries: int = 4096, max_bytes: int = 128 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, CachedResponse] = OrderedDict()
        self._bytes = 0
        self._version: Hashable | None = None
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0

    def _check_version(self, version: Hashable) -> None:
        if version != self._version:
            self._entries.clear()
            self._bytes = 0
            self._version = version

    def get(self, version: Hashable, key: Hashable) -> CachedResponse | None:
        with self._lock:
            self._check_version(version)
            hit = self._entries.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return hit

    def put(self, version: Hashable, key: Hashable, value: CachedResponse) -> None:
        size = len(value.body)
        if not self.enabled or size > self.max_bytes // 8:
            return
        with self._lock:
            self._check_version(version)
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._entries[key] = value
            self._bytes += size
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self._version = None

    def __len__(self) -> int:
        return len(self._entries)


class GraphAccess:
    """Owns the store for the app's lifetime; hands it out for reading and writing."""

    def __init__(
        self,
        settings: Settings,
        *,
        opener: Callable[[Settings], GraphStore] | None = None,
        cache_entries: int = 4096,
    ) -> None:
        self.settings = settings
        self._opener = opener or open_api_store
        self._store: GraphStore | None = None
        self._open_lock = threading.Lock()
        self.lock = RWLock()
        self.cache = ResponseCache(max_entries=cache_entries)
        self._writes = 0
        self._reference_actor_ids: frozenset[str] | None = None

    # ------------------------------------------------------------------ opening
    def open(self) -> None:
        """Open now (lifespan). A store that cannot be reached is logged, not fatal: requests retry."""
        try:
            self.store()
        except PledgegraphError as exc:
            log.warning("store not available at startup (%s); requests will retry", exc.message)

    def store(self) -> GraphStore:
        store = self._store
        if store is not None:
            return store
        with self._open_lock:
            if self._store is None:
                try:
                    self._store = self._opener(self.settings)
                except PledgegraphError:
                    raise
                except Exception as exc:  # driver or OS errors while connecting
                    raise StoreUnavailableError(
                        f"cannot open the {self.settings.store} store: {type(exc).__name__}: {exc}",
                        hint=_start_hint(self.settings),
                    ) from exc
            return self._store

    @property
    def store_name(self) -> str:
        return self._store.name if self._store is not None else self.settings.store

    def close(self) -> None:
        with self._open_lock:
            if self._store is not None:
                try:
                    self._store.close()
                finally:
                    self._store = None

    # ------------------------------------------------------------------ version
    def version(self) -> Hashable | None:
        """The graph's current version, or None when it cannot be told cheaply (then nothing is cached)."""
        store = self._store
        if store is None:
            return None
        fn = getattr(store, "version", None)
        if callable(fn):
            try:
                v = fn()
            except Exception:
                return None
            return None if v is None else (self._writes, v)
        signature = getattr(store, "_file_signature", None)  # EmbeddedStore: (mtime_ns, size) of its file
        if callable(signature):
            return (self._writes, signature())
        return None

    @property
    def opened(self) -> GraphStore | None:
        """The store if it is open (never blocks)."""
        return self._store

    @staticmethod
    def needs_refresh(store: GraphStore) -> bool:
        """True when the embedded store's file changed on disk since it was loaded (another process wrote)."""
        sig = getattr(store, "_file_signature", None)
        return callable(sig) and sig() != getattr(store, "_signature", None)

    def refresh(self, store: GraphStore) -> None:
        """Reload an embedded store that another process changed, under the exclusive lock, so readers in this
        process never see it half-loaded. Blocking: call it from a worker thread."""
        reload = getattr(store, "_reload_if_changed", None)
        if callable(reload) and self.needs_refresh(store):
            with self.lock.write():
                reload()

    # ------------------------------------------------------------------ access
    @contextmanager
    def read(self) -> Iterator[GraphStore]:
        """The store under a read share (blocking; see api.deps.get_service for the event-loop version)."""
        store = self.store()
        self.refresh(store)
        with self.lock.read():
            yield store

    @contextmanager
    def write(self) -> Iterator[GraphStore]:
        store = self.store()
        with self.lock.write():
            try:
                yield store
            finally:
                self._writes += 1
                self.cache.clear()

    # ------------------------------------------------------------------ reference data
    def reference_actor_ids(self) -> frozenset[str]:
        """Ids of the reference data's actors (for dry runs, which check curated files without writing)."""
        if self._reference_actor_ids is None:
            try:
                from ingest.refdata import reference_document
            except ImportError:
                return frozenset()
            self._reference_actor_ids = frozenset(a.id for a in reference_document().actors)
        return self._reference_actor_ids


def open_api_store(settings: Settings) -> GraphStore:
    """open_store, except that on Neo4j a request gives up after a short retry (a few seconds, not the driver's
    default quarter minute): a client waiting on a dead database is better told 503 quickly."""
    if settings.store != "neo4j":
        return open_store(settings)
    from graph.store import neo4j as neo4j_store

    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    uri, user = settings.neo4j_uri, settings.neo4j_user
    if uri is None:
        info = neo4j_store._local_server(settings.neo4j_home)
        uri, user = info.uri, info.user or user
        password = password if password is not None else info.password
    try:
        return neo4j_store.Neo4jStore(
            uri,
            user,
            password,
            settings.neo4j_database,
            connection_timeout=5.0,
            max_transaction_retry_time=API_NEO4J_RETRY_SECONDS,
        )
    except TypeError:  # a Neo4jStore without those knobs
        return open_store(settings)


API_NEO4J_RETRY_SECONDS = 2.0


def _start_hint(settings: Settings) -> str | None:
    if settings.store == "neo4j":
        return (
            "start Neo4j (`pledgegraph neo4j start`) or point NEO4J_URI / NEO4J_PASSWORD at a running "
            "server; "
            "the API reconnects by itself once it is up"
        )
    return None
