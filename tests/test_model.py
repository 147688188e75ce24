from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from graph.model import Claim, Commitment, Document, Source, Statement, claim_id, normalise_text
from graph.vocab import vocabulary


def _claim(**kw: object) -> Claim:
    base: dict[str, object] = dict(subject="FRA", relation="PLEDGES", object=Commitment(kind="troops",
                                   beneficiary="UKR").id, object_type="commitment", kind="troops",
                                   beneficiary="UKR", modality="willing")
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_ids_are_deterministic_and_defined_by_fields() -> None:
    a, b = _claim(), _claim(quantity="a few hundred soldiers")
    assert a.id == b.id == claim_id("FRA", "PLEDGES", a.object, "troops", "willing", None)
    assert _claim(modality="pledged").id != a.id
    assert _claim(condition_norm="on_escalation").id != a.id
    assert Commitment(kind="troops", beneficiary="UKR").id != Commitment(kind="troops", beneficiary="UKR",
                                                                         scope="us_backstop").id


def test_source_id_is_sha256_of_normalised_text() -> None:
    s1 = Source.from_text("Uno.\r\nDue.  \n")
    s2 = Source.from_text("Uno.\nDue.")
    assert s1.id == s2.id and len(s1.id) == 64
    assert normalise_text("a\r\nb  ") == "a\nb\n"


def test_vocabularies_are_enforced() -> None:
    with pytest.raises(ValidationError, match="unknown kind 'tanks'"):
        _claim(kind="tanks")
    with pytest.raises(ValidationError, match="unknown modality"):
        _claim(modality="maybe")
    with pytest.raises(ValidationError, match="not a claim relation"):
        _claim(relation="MEMBER_OF")
    v = vocabulary()
    assert v.rank("considering") < v.rank("willing") < v.rank("delivered")
    assert v.rank("refused") == v.rank("withdrawn") == 0


def test_merge_adds_evidence_and_keeps_history() -> None:
    a = _claim(evidence=("st_a",), first_seen=date(2025, 3, 1), last_seen=date(2025, 3, 1), confidence=0.7)
    b = _claim(evidence=("st_b",), first_seen=date(2025, 2, 1), last_seen=date(2025, 4, 1), confidence=0.9,
               quantity="a few hundred")
    m = a.merged(b)
    assert m.evidence == ("st_a", "st_b")
    assert (m.first_seen, m.last_seen, m.confidence, m.quantity) == (date(2025, 2, 1), date(2025, 4, 1), 0.9,
                                                                     "a few hundred")
    assert m.merged(b) == m  # idempotent
    with pytest.raises(ValueError):
        a.merged(_claim(modality="pledged"))


def test_document_rejects_dangling_evidence() -> None:
    src = Source.from_text("text")
    st = Statement(source_id=src.id, text="text", start=0, end=4)
    Document(source=src, statements=(st,), claims=(_claim(evidence=(st.id,)),))
    with pytest.raises(ValidationError, match="cites statements not in this document"):
        Document(source=src, claims=(_claim(evidence=("st_missing",)),))


def test_holds_on_uses_world_time() -> None:
    c = _claim(valid_from=date(2025, 3, 1), valid_until=date(2025, 6, 1))
    assert not c.holds_on(date(2025, 2, 28))
    assert c.holds_on(date(2025, 3, 1)) and c.holds_on(date(2025, 6, 1))
    assert not c.holds_on(date(2025, 6, 2))
