"""A small demo graph, built by hand with graph.model: for the API's tests, its fuzzing and its docs.

Two sources. The first is an excerpt of the seed article (Italian); the second is a short synthetic English
note (clearly not a real source: publisher "pledgegraph demo") that exists only to give the demo a later date,
a step up the modality ladder, a reversal and a coordination claim. Every quote is an exact substring of its
source text and its offsets are computed, not typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from graph.model import (
    Actor,
    ActorKind,
    Claim,
    Commitment,
    Document,
    Link,
    Relation,
    Source,
    Statement,
    normalise_text,
)

SEED_EXCERPT = "\n".join(  # an excerpt of shared/seeds/000_9ff44f28702e9265.txt
    [
        "Dispiegamento internazionale di truppe: cosa si sa sul sostegno all’Ucraina dall’estero",
        "",
        "Si è appreso che oltre dieci nazioni hanno già manifestato la loro disponibilità a inviare "
        "truppe, sia per difendere il territorio ucraino che per partecipare a operazioni di "
        "peacekeeping.",
        "Secondo Trump, gli USA sono pronti a fornire assistenza tecnica, inclusa la fornitura di "
        "apparecchiature aeree e consigli sulla coordinazione.",
        "La NATO intende definire condizioni specifiche per le garanzie di sicurezza e modalità di attuazione.",
        "Anche la Russia ha riaffermato la sua posizione contraria a una presenza militare della "
        "NATO in territorio ucraino, evidenziando le sue preoccupazioni sulla sicurezza e "
        "l’integrità territoriale.",
        "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per "
        "sostenere la difesa ucraina in caso di escalation.",
        "Nei prossimi giorni, le negoziazioni tra rappresentanti europei e americani si "
        "intensificheranno per definire i dettagli del sostegno e delle garanzie di sicurezza.",
        "",
    ]
)

DEMO_NOTE = """\
Demo note (synthetic, for tests only)

France has pledged a battalion of troops for Ukraine.
Germany is considering air defence systems for Ukraine.
Germany will not send air defence systems to Ukraine.
France and the United Kingdom met to coordinate the security guarantees.
"""


def _actors() -> list[Actor]:
    def nation(iso3: str, iso2: str, name: str, **aliases: list[str]) -> Actor:
        return Actor(id=iso3, kind=ActorKind.NATION, name=name, iso2=iso2, iso3=iso3, aliases=aliases)

    return [
        nation(
            "FRA",
            "FR",
            "France",
            it=["Francia", "francese", "francesi"],
            fr=["France"],
            de=["Frankreich"],
            en=["France", "French"],
        ),
        nation(
            "GBR",
            "GB",
            "United Kingdom",
            it=["Regno Unito", "britanniche"],
            en=["UK", "Britain"],
            de=["Vereinigtes Königreich"],
        ),
        nation("USA", "US", "United States", it=["Stati Uniti", "USA", "americano"], en=["US", "America"]),
        nation("RUS", "RU", "Russia", it=["Russia"], en=["Russia"], de=["Russland"]),
        nation("UKR", "UA", "Ukraine", it=["Ucraina", "ucraino", "ucraina"], en=["Ukraine"], de=["Ukraine"]),
        nation("DEU", "DE", "Germany", it=["Germania"], en=["Germany"], de=["Deutschland"]),
        Actor(id="NATO", kind=ActorKind.ORGANIZATION, name="NATO", aliases={"it": ["NATO"], "fr": ["OTAN"]}),
        Actor(
            id="Q22686",
            kind=ActorKind.PERSON,
            name="Donald Trump",
            wikidata="Q22686",
            aliases={"en": ["Trump"], "it": ["Trump"]},
        ),
        Actor(
            id="GRP_MORE_THAN_TEN_NATIONS",
            kind=ActorKind.GROUP,
            name="more than ten nations",
            min_count=10,
            aliases={"it": ["oltre dieci nazioni"]},
        ),
        Actor(
            id="GRP_EUROPEAN_REPRESENTATIVES",
            kind=ActorKind.GROUP,
            name="European representatives",
            aliases={"it": ["rappresentanti europei"]},
        ),
        Actor(
            id="GRP_AMERICAN_REPRESENTATIVES",
            kind=ActorKind.GROUP,
            name="American representatives",
            aliases={"it": ["rappresentanti americani"]},
        ),
    ]


class _Builder:
    def __init__(self, text: str, **meta: object) -> None:
        self.text = normalise_text(text)
        self.source = Source.from_text(self.text, **meta)  # type: ignore[arg-type]
        self.language = self.source.language
        self.statements: dict[str, Statement] = {}
        self.claims: dict[str, Claim] = {}

    def quote(self, q: str, *mentions: str) -> str:
        start = self.text.index(q)
        st = Statement(
            source_id=self.source.id,
            text=q,
            start=start,
            end=start + len(q),
            language=self.language,
            mentions=tuple(sorted(mentions)),
        )
        self.statements[st.id] = st
        return st.id

    def claim(self, quote: str, **fields: Any) -> Claim:
        mentions = [str(fields[k]) for k in ("subject", "beneficiary") if fields.get(k)]
        if fields.get("object_type") == "actor":
            mentions.append(str(fields["object"]))
        day = self.source.published_at
        c = Claim(
            evidence=(self.quote(quote, *mentions),),
            first_seen=day,
            last_seen=day,
            valid_from=fields.pop("valid_from", day),
            **fields,
        )
        self.claims[c.id] = c.merged(self.claims[c.id]) if c.id in self.claims else c
        return c

    def document(self, actors: list[Actor], commitments: list[Commitment], links: list[Link]) -> Document:
        return Document(
            source=self.source,
            actors=tuple(actors),
            commitments=tuple(commitments),
            statements=tuple(self.statements[k] for k in sorted(self.statements)),
            claims=tuple(self.claims[k] for k in sorted(self.claims)),
            links=tuple(links),
        )


def demo_documents() -> list[Document]:
    """The demo graph as two Documents (write them with store.write_many)."""
    troops = Commitment(kind="troops", beneficiary="UKR")
    peacekeeping = Commitment(kind="peacekeeping", beneficiary="UKR")
    tech = Commitment(kind="technical_assistance", beneficiary="UKR")
    aircraft = Commitment(kind="aircraft", beneficiary="UKR")
    air_defense = Commitment(kind="air_defense", beneficiary="UKR")
    guarantee = Commitment(
        kind="security_guarantee",
        beneficiary="UKR",
        scope="guarantee_package",
        label="security guarantee package for Ukraine",
    )
    presence = Commitment(kind="nato_presence", beneficiary="UKR")

    a = _Builder(
        SEED_EXCERPT,
        title="Dispiegamento internazionale di truppe",
        publisher="seed",
        published_at=date(2025, 9, 1),
        language="it",
        origin="curated",
    )
    fr_gb = "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati"
    for subject in ("FRA", "GBR"):
        a.claim(
            fr_gb,
            subject=subject,
            relation=Relation.PLEDGES,
            object=troops.id,
            object_type="commitment",
            kind="troops",
            beneficiary="UKR",
            modality="willing",
            quantity="alcune centinaia di soldati",
            quantity_norm={"value_min": 100, "value_max": 999, "unit": "soldiers"},
            condition="in caso di escalation",
            condition_norm="on_escalation",
            confidence=0.95,
        )
    for c in (troops, peacekeeping):
        a.claim(
            "oltre dieci nazioni hanno già manifestato la loro disponibilità a inviare truppe",
            subject="GRP_MORE_THAN_TEN_NATIONS",
            relation=Relation.PLEDGES,
            object=c.id,
            object_type="commitment",
            kind=c.kind,
            beneficiary="UKR",
            modality="willing",
            confidence=0.9,
        )
    for c in (tech, aircraft):
        a.claim(
            "Secondo Trump, gli USA sono pronti a fornire assistenza tecnica, inclusa la fornitura di "
            "apparecchiature aeree",
            subject="USA",
            relation=Relation.PLEDGES,
            object=c.id,
            object_type="commitment",
            kind=c.kind,
            beneficiary="UKR",
            modality="willing",
            speaker="Q22686",
            speaker_name="Trump",
            confidence=0.9,
        )
    a.claim(
        "La NATO intende definire condizioni specifiche per le garanzie di sicurezza",
        subject="NATO",
        relation=Relation.SUPPORTS,
        object=guarantee.id,
        object_type="commitment",
        kind="security_guarantee",
        beneficiary="UKR",
        scope="guarantee_package",
        modality="planned",
        confidence=0.85,
    )
    a.claim(
        "la Russia ha riaffermato la sua posizione contraria a una presenza militare della NATO in territorio ucraino",
        subject="RUS",
        relation=Relation.OPPOSES,
        object=presence.id,
        object_type="commitment",
        kind="nato_presence",
        beneficiary="UKR",
        modality="refused",
        confidence=0.95,
    )
    a.claim(
        "le negoziazioni tra rappresentanti europei e americani si intensificheranno",
        subject="GRP_EUROPEAN_REPRESENTATIVES",
        relation=Relation.COORDINATES,
        object="GRP_AMERICAN_REPRESENTATIVES",
        object_type="actor",
        kind="security_guarantee",
        topic=guarantee.id,
        modality="planned",
        confidence=0.8,
    )
    links = [
        Link(relation=Relation.HOLDS_OFFICE, src="Q22686", dst="USA", role="President", since=date(2025, 1, 20)),
        Link(relation=Relation.MEMBER_OF, src="FRA", dst="NATO", since=date(1949, 8, 24)),
        Link(relation=Relation.MEMBER_OF, src="GBR", dst="NATO", since=date(1949, 8, 24)),
        Link(relation=Relation.MEMBER_OF, src="USA", dst="NATO", since=date(1949, 8, 24)),
        Link(relation=Relation.MEMBER_OF, src="DEU", dst="NATO", since=date(1955, 5, 6)),
        Link(relation=Relation.TARGETS, src=guarantee.id, dst="RUS"),
    ]
    doc_a = a.document(_actors(), [troops, peacekeeping, tech, aircraft, guarantee, presence], links)

    b = _Builder(
        DEMO_NOTE,
        title="Demo note",
        publisher="pledgegraph demo",
        published_at=date(2025, 9, 10),
        language="en",
        origin="curated",
    )
    b.claim(
        "France has pledged a battalion of troops for Ukraine.",
        subject="FRA",
        relation=Relation.PLEDGES,
        object=troops.id,
        object_type="commitment",
        kind="troops",
        beneficiary="UKR",
        modality="pledged",
        quantity="a battalion",
        confidence=0.9,
    )
    b.claim(
        "Germany is considering air defence systems for Ukraine.",
        subject="DEU",
        relation=Relation.PLEDGES,
        object=air_defense.id,
        object_type="commitment",
        kind="air_defense",
        beneficiary="UKR",
        modality="considering",
        valid_from=date(2025, 9, 5),
        confidence=0.8,
    )
    b.claim(
        "Germany will not send air defence systems to Ukraine.",
        subject="DEU",
        relation=Relation.DECLINES,
        object=air_defense.id,
        object_type="commitment",
        kind="air_defense",
        beneficiary="UKR",
        modality="refused",
        confidence=0.8,
    )
    b.claim(
        "France and the United Kingdom met to coordinate the security guarantees.",
        subject="FRA",
        relation=Relation.COORDINATES,
        object="GBR",
        object_type="actor",
        kind="security_guarantee",
        topic=guarantee.id,
        modality="delivered",
        confidence=0.8,
    )
    doc_b = b.document([], [troops, air_defense], [])
    return [doc_a, doc_b]
