"""The embedded store's own guarantees: atomic, locked, deterministic files. (Query answers are covered by the
conformance suite, which runs against both stores.)"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from graph.errors import StoreError, StoreLockedError
from graph.model import Actor, Claim, Commitment, Document, Source, Statement
from graph.store.embedded import EmbeddedStore


def make_doc(n: int, subject: str = "FRA", kind: str = "troops") -> Document:
    text = f"Document {n}: {subject} is ready to send {kind}."
    src = Source.from_text(text, title=f"doc {n}", published_at=date(2025, 3, 1 + n % 28))
    st = Statement(source_id=src.id, text=text, start=0, end=len(text), language="en")
    c = Commitment(kind=kind, beneficiary="UKR")
    cl = Claim(subject=subject, relation="PLEDGES", object=c.id, object_type="commitment", kind=kind,
               beneficiary="UKR", modality="willing", evidence=(st.id,), first_seen=src.published_at,
               last_seen=src.published_at)
    actors = (Actor(id=subject, kind="nation", name=subject), Actor(id="UKR", kind="nation", name="Ukraine"))
    return Document(source=src, actors=actors, commitments=(c,), statements=(st,), claims=(cl,))


def test_same_documents_twice_leave_the_file_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    store = EmbeddedStore(path)
    first = store.write_many([make_doc(i) for i in range(5)])
    before = path.read_bytes()
    again = store.write_many([make_doc(i) for i in range(5)])
    assert path.read_bytes() == before
    assert first.created["Source"] == 5 and not again.created and not again.updated
    # one claim, five pieces of evidence
    (claim,) = store.all_claims()
    assert len(claim.evidence) == 5


def test_a_failure_mid_batch_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    store = EmbeddedStore(path)
    store.write(make_doc(0))
    before = path.read_bytes()

    def docs() -> Iterator[Document]:
        yield make_doc(1)
        raise RuntimeError("the reader broke")

    with pytest.raises(RuntimeError):
        store.write_many(docs())
    assert path.read_bytes() == before
    assert len(store.get_sources([make_doc(1).source.id])) == 0  # memory rolled back too
    assert EmbeddedStore(path).counts() == store.counts()


def test_no_temp_files_are_left_behind(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "graph.json")
    store.write(make_doc(0))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "graph.json.lock"]


def test_a_held_lock_is_reported_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    holder = EmbeddedStore(path)
    waiter = EmbeddedStore(path, lock_timeout=0.2)
    holder._lock.acquire()
    try:
        with pytest.raises(StoreLockedError, match="locked by another writer") as info:
            waiter.write(make_doc(0))
        assert info.value.path == str(path)
    finally:
        holder._lock.release()
    assert not path.exists()


def _writer(path: str, start: int) -> None:
    store = EmbeddedStore(path, lock_timeout=60)
    for i in range(start, start + 20):
        store.write(make_doc(i, subject=f"X{i:03d}"))


def test_two_writer_processes_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), s)) for s in (0, 100)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    store = EmbeddedStore(path)
    assert store.counts()["Source"] == 40
    assert {c.subject for c in store.all_claims()} == {f"X{i:03d}" for i in [*range(20), *range(100, 120)]}


def test_readers_see_writes_of_other_instances(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    reader, writer = EmbeddedStore(path), EmbeddedStore(path)
    assert reader.counts() == {}
    writer.write(make_doc(0))
    assert reader.counts()["PLEDGES"] == 1


def test_a_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read the embedded store"):
        EmbeddedStore(path)
