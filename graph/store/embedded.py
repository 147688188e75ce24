"""The embedded store: a networkx MultiDiGraph in process, persisted to one JSON file.

The file is written atomically (temp file in the same folder, fsync, rename) under an exclusive lock file, so two
writers cannot corrupt it and a reader never sees half a file. It is written deterministically (sorted keys, sorted
records), so ingesting the same documents twice leaves it byte-identical.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx
from filelock import FileLock, Timeout

from graph.errors import StoreError, StoreLockedError
from graph.model import Actor, Claim, Commitment, Document, Link, Source, Statement
from graph.store.base import Progress, Row, WriteResult, check_query, check_references
from graph.textutil import fold

FORMAT = "pledgegraph-embedded"
VERSION = 1


def merge_actor(old: Actor, new: Actor) -> Actor:
    """Union of aliases and external ids; the first-written name stays."""
    if old == new:
        return old
    aliases: dict[str, list[str]] = {}
    for lang in sorted(set(old.aliases) | set(new.aliases)):
        aliases[lang] = sorted(set(old.aliases.get(lang, [])) | set(new.aliases.get(lang, [])))
    update: dict[str, Any] = {"aliases": aliases}
    for name in ("iso2", "iso3", "wikidata", "cameo", "min_count", "description"):
        if getattr(old, name) is None and getattr(new, name) is not None:
            update[name] = getattr(new, name)
    return old.model_copy(update=update)


def merge_commitment(old: Commitment, new: Commitment) -> Commitment:
    if old.label is None and new.label is not None:
        return old.model_copy(update={"label": new.label})
    return old


class EmbeddedStore:
    """GraphStore backed by networkx. Nodes carry `label` and `obj`; edges carry `relation` and `obj`."""

    name = "embedded"

    def __init__(self, path: Path | str, *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._lock = FileLock(str(self.path) + ".lock")
        self._signature: tuple[int, int, int] | None = None
        self._reset()
        self._reload_if_changed()

    # ------------------------------------------------------------------ state
    def _reset(self) -> None:
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self._actors: dict[str, Actor] = {}
        self._commitments: dict[str, Commitment] = {}
        self._sources: dict[str, Source] = {}
        self._statements: dict[str, Statement] = {}
        self._claims: dict[str, Claim] = {}
        self._links: dict[str, Link] = {}
        self._by_actor: dict[str, set[str]] = defaultdict(set)
        self._by_kind: dict[str | None, set[str]] = defaultdict(set)
        self._by_object: dict[str, set[str]] = defaultdict(set)
        self._names: dict[str, set[str]] = defaultdict(set)

    def _file_signature(self) -> tuple[int, int, int] | None:
        """Every save renames a new file into place, so the inode changes with each save by anyone."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _reload_if_changed(self) -> None:
        sig = self._file_signature()
        if sig == self._signature:
            return
        self._reset()
        if sig is not None:
            self._load()
        self._signature = sig

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"cannot read the embedded store at {self.path}: {exc}") from exc
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise StoreError(f"{self.path} is not a pledgegraph embedded store (version {VERSION})")
        for a in raw["actors"]:
            self._put_actor(Actor.model_validate(a))
        for c in raw["commitments"]:
            self._put_commitment(Commitment.model_validate(c))
        for s in raw["sources"]:
            self._put_source(Source.model_validate(s))
        for s in raw["statements"]:
            self._put_statement(Statement.model_validate(s))
        for c in raw["claims"]:
            self._put_claim(Claim.model_validate(c))
        for ln in raw["links"]:
            self._put_link(Link.model_validate(ln))

    def _dump(self) -> str:
        def records(items: Mapping[str, Any]) -> list[Any]:
            return [items[k].model_dump(mode="json", exclude_none=True) for k in sorted(items)]

        payload = {
            "format": FORMAT,
            "version": VERSION,
            "actors": records(self._actors),
            "commitments": records(self._commitments),
            "sources": records(self._sources),
            "statements": records(self._statements),
            "claims": records(self._claims),
            "links": records(self._links),
        }
        return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = self._dump().encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            os.fchmod(fd, 0o644)  # mkstemp makes it 0600; the store is meant to be readable like any data file
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        self._signature = self._file_signature()

    # ------------------------------------------------------------ put (memory)
    def _put_actor(self, actor: Actor) -> str:
        old = self._actors.get(actor.id)
        if old is not None and (old is actor or old == actor):
            return "same"
        merged = actor if old is None else merge_actor(old, actor)
        if merged == old:
            return "same"
        self._actors[actor.id] = merged
        self.graph.add_node(actor.id, label="Actor", obj=merged)
        for name in merged.all_names():
            self._names[fold(name)].add(actor.id)
        return "created" if old is None else "updated"

    def _put_commitment(self, c: Commitment) -> str:
        old = self._commitments.get(c.id)
        merged = c if old is None else merge_commitment(old, c)
        if merged == old:
            return "same"
        self._commitments[c.id] = merged
        self.graph.add_node(c.id, label="Commitment", obj=merged)
        if merged.beneficiary:
            self.graph.add_edge(c.id, merged.beneficiary, key="BENEFITS", relation="BENEFITS", obj=None)
        return "created" if old is None else "updated"

    def _put_source(self, s: Source) -> str:
        if s.id in self._sources:
            return "same"
        self._sources[s.id] = s
        self.graph.add_node(s.id, label="Source", obj=s)
        return "created"

    def _put_statement(self, s: Statement) -> str:
        if s.id in self._statements:
            return "same"
        self._statements[s.id] = s
        self.graph.add_node(s.id, label="Statement", obj=s)
        self.graph.add_edge(s.id, s.source_id, key="FROM", relation="FROM", obj=None)
        for actor_id in s.mentions:
            self.graph.add_edge(s.id, actor_id, key="MENTIONS", relation="MENTIONS", obj=None)
        return "created"

    def _put_claim(self, c: Claim) -> str:
        old = self._claims.get(c.id)
        merged = c if old is None else old.merged(c)
        if merged == old:
            return "same"
        self._claims[c.id] = merged
        self.graph.add_edge(c.subject, c.object, key=c.id, relation=c.relation.value, obj=merged)
        if old is None:
            self._by_actor[c.subject].add(c.id)
            if c.object_type == "actor":
                self._by_actor[c.object].add(c.id)
            self._by_kind[c.kind].add(c.id)
            self._by_object[c.object].add(c.id)
        return "created" if old is None else "updated"

    def _put_link(self, ln: Link) -> str:
        old = self._links.get(ln.id)
        merged = ln if old is None else old.merged(ln)
        if merged == old:
            return "same"
        self._links[ln.id] = merged
        self.graph.add_edge(ln.src, ln.dst, key=ln.id, relation=ln.relation.value, obj=merged)
        return "created" if old is None else "updated"

    def _apply(self, doc: Document, result: WriteResult) -> None:
        check_references(doc, self._actors.__contains__, self._commitments.__contains__)
        def tally(what: str, outcome: str) -> None:
            if outcome in ("created", "updated"):
                bucket = result.created if outcome == "created" else result.updated
                bucket[what] = bucket.get(what, 0) + 1

        tally("Source", self._put_source(doc.source))
        for a in doc.actors:
            tally("Actor", self._put_actor(a))
        for c in doc.commitments:
            tally("Commitment", self._put_commitment(c))
        for s in doc.statements:
            tally("Statement", self._put_statement(s))
        for cl in doc.claims:
            tally(cl.relation.value, self._put_claim(cl))
        for ln in doc.links:
            tally(ln.relation.value, self._put_link(ln))
        result.documents += 1
        result.source_ids.append(doc.source.id)
        result.claim_ids.extend(c.id for c in doc.claims)

    # ------------------------------------------------------------------ write
    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self._lock.acquire(timeout=self.lock_timeout)
        except Timeout as exc:
            raise StoreLockedError(str(self.path), self.lock_timeout) from exc
        try:
            yield
        finally:
            self._lock.release()

    def _remove_stale_temp_files(self) -> None:
        """A writer killed during a save leaves its temp file; under the lock no save is under way, so any
        temp file of ours is stale (the store file itself was never touched: the rename did not happen)."""
        for stale in self.path.parent.glob(self.path.name + ".*.tmp"):
            stale.unlink(missing_ok=True)

    def write(self, doc: Document) -> WriteResult:
        return self.write_many([doc])

    def write_many(self, docs: Iterable[Document], progress: Progress | None = None) -> WriteResult:
        """Apply every document, then save once. On any error nothing reaches the file."""
        result = WriteResult()
        with self._locked():
            self._remove_stale_temp_files()
            self._reload_if_changed()  # under the lock: picks up another writer's save (new inode)
            try:
                for doc in docs:
                    self._apply(doc, result)
                    if progress:
                        progress(1)
                if result.created or result.updated:
                    self._save()
            except BaseException:
                self._signature = None
                self._reload_if_changed()
                raise
        return result

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        """Nothing to release: the lock is only held during writes."""

    # ------------------------------------------------------------------- read
    def counts(self) -> dict[str, int]:
        self._reload_if_changed()
        out: dict[str, int] = defaultdict(int)
        for _, data in self.graph.nodes(data=True):
            if "label" not in data:
                continue
            out[data["label"]] += 1
            if data["label"] == "Actor":
                out[data["obj"].kind.value.capitalize()] += 1
        for _, _, data in self.graph.edges(data=True):
            out[data["relation"]] += 1
        return dict(sorted(out.items()))

    def get_actor(self, actor_id: str) -> Actor | None:
        self._reload_if_changed()
        return self._actors.get(actor_id)

    def actors(self, kind: str | None = None) -> list[Actor]:
        self._reload_if_changed()
        return [a for k, a in sorted(self._actors.items()) if kind is None or a.kind.value == kind]

    def lookup_actor(self, alias: str) -> list[Actor]:
        self._reload_if_changed()
        return [self._actors[i] for i in sorted(self._names.get(fold(alias), ()))]

    def get_commitment(self, commitment_id: str) -> Commitment | None:
        self._reload_if_changed()
        return self._commitments.get(commitment_id)

    def commitments(self) -> list[Commitment]:
        self._reload_if_changed()
        return [self._commitments[k] for k in sorted(self._commitments)]

    def get_claim(self, claim_id: str) -> Claim | None:
        self._reload_if_changed()
        return self._claims.get(claim_id)

    def get_claims(self, claim_ids: Iterable[str]) -> list[Claim]:
        self._reload_if_changed()
        return [self._claims[i] for i in sorted(set(claim_ids)) if i in self._claims]

    def claims_of(self, actor_id: str) -> list[Claim]:
        self._reload_if_changed()
        return [self._claims[i] for i in sorted(self._by_actor.get(actor_id, ()))]

    def all_claims(self) -> list[Claim]:
        self._reload_if_changed()
        return [self._claims[k] for k in sorted(self._claims)]

    def claims_by_kind(self, kind: str | None) -> list[Claim]:
        self._reload_if_changed()
        ids = self._claims.keys() if kind is None else self._by_kind.get(kind, ())
        return [self._claims[i] for i in ids]

    def claims_on(self, object_id: str) -> list[Claim]:
        self._reload_if_changed()
        return [self._claims[i] for i in sorted(self._by_object.get(object_id, ()))]

    def get_statements(self, statement_ids: Iterable[str]) -> list[Statement]:
        self._reload_if_changed()
        return [self._statements[i] for i in sorted(set(statement_ids)) if i in self._statements]

    def get_sources(self, source_ids: Iterable[str]) -> list[Source]:
        self._reload_if_changed()
        return [self._sources[i] for i in sorted(set(source_ids)) if i in self._sources]

    def links(self, relation: str | None = None, src: str | None = None, dst: str | None = None) -> list[Link]:
        self._reload_if_changed()
        out = [
            ln
            for ln in self._links.values()
            if (relation is None or ln.relation.value == relation)
            and (src is None or ln.src == src)
            and (dst is None or ln.dst == dst)
        ]
        return sorted(out, key=lambda ln: (ln.relation.value, ln.src, ln.dst, ln.role or "", str(ln.since or "")))

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        from graph.store import embedded_queries

        full = check_query(name, params)
        self._reload_if_changed()
        fn = getattr(embedded_queries, name)
        rows: list[Row] = fn(self, **full)
        return rows
