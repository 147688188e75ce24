"""A small, real graph for demos, tests and screenshots: the claims of the project's seed article.

Every claim quotes a sentence of the article (000_9ff44f28702e9265.txt, Italian) with its character offsets;
nothing is said that the text does not say. `seed_documents()` returns the Documents; `seed_store(path)`
writes them to an EmbeddedStore at `path` and returns it.
"""

# ruff: noqa: E501  (SEED_TEXT is the article verbatim, one line per paragraph)
from __future__ import annotations

from datetime import date
from pathlib import Path

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

SEED_TITLE = "Dispiegamento internazionale di truppe: cosa si sa sul sostegno all’Ucraina dall’estero"
SEED_DATE = date(2025, 8, 25)
SEED_TEXT = (  # the article verbatim, one line per paragraph
    "Dispiegamento internazionale di truppe: cosa si sa sul sostegno all’Ucraina dall’estero\n"
    "\n"
    "Negli ultimi giorni, il panorama politico globale ha assistito a un aumento delle tensioni riguardo al futuro dell’Ucraina e al livello di supporto militare che i diversi paesi sono disposti a offrire.\n"
    "Si è appreso che oltre dieci nazioni hanno già manifestato la loro disponibilità a inviare truppe, sia per difendere il territorio ucraino che per partecipare a operazioni di peacekeeping.\n"
    "Un aspetto particolarmente interessante riguarda la possibilità di formulare un pacchetto di garanzie di sicurezza, che potrebbe essere firmato già questa settimana.\n"
    "I leader europei e statunitensi stanno lavorando attivamente per rafforzare gli impegni di alleanza e preparare il terreno a diverse ipotesi di sviluppo.Durante le negoziazioni si discute anche della possibilità di inviare forze britanniche e francesi nelle zone di conflitto, come parte di una soluzione pacifica.\n"
    "Diverse nazioni hanno già predisposto contingenti e i rappresentanti stanno conducendo consultazioni approfondite sul numero e sul posizionamento delle truppe.\n"
    "Tuttavia, il sostegno degli Stati Uniti rimane ancora parzialmente indefinito.\n"
    "Secondo Trump, gli USA sono pronti a fornire assistenza tecnica, inclusa la fornitura di apparecchiature aeree e consigli sulla coordinazione.\n"
    "I responsabili della Casa Bianca sottolineano che Trump comprende l’importanza delle garanzie per stabilizzare la regione e ha dato istruzioni al suo team di lavorare su questa questione.Nei prossimi giorni sono previste riunioni tra i rappresentanti alleati, inclusi comandanti della NATO e capi di stato maggiori.\n"
    "La NATO intende definire condizioni specifiche per le garanzie di sicurezza e modalità di attuazione.\n"
    "Anche la Russia ha riaffermato la sua posizione contraria a una presenza militare della NATO in territorio ucraino, evidenziando le sue preoccupazioni sulla sicurezza e l’integrità territoriale.Il pacchetto di sostegno prevede misure articolate: rafforzamento delle forze armate ucraine, addestramento del personale militare, consegna di armi e monitoraggio delle frontiere.\n"
    "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere la difesa ucraina in caso di escalation.\n"
    "Inoltre, si prevede di istituire un cosiddetto “backup americano” — un sistema di intelligence, controllo dei confini e fornitura di armi, inclusi sistemi di difesa aerea.Nei prossimi giorni, le negoziazioni tra rappresentanti europei e americani si intensificheranno per definire i dettagli del sostegno e delle garanzie di sicurezza.\n"
    "Una delle proposte è la creazione di un meccanismo simile alle garanzie NATO per l’Ucraina, senza adesione formale, ma con impegni concreti di supporto militare e tecnico in caso di conflitto.\n"
    "Questa strategia potrebbe rappresentare un elemento chiave di deterrenza contro le azioni aggressive della Russia."
)

TRUMP = "Q22686"


def _actors() -> list[Actor]:
    n, o, p, i, g = (
        ActorKind.NATION,
        ActorKind.ORGANIZATION,
        ActorKind.PERSON,
        ActorKind.INSTITUTION,
        ActorKind.GROUP,
    )
    return [
        Actor(
            id="FRA",
            kind=n,
            name="France",
            iso3="FRA",
            iso2="FR",
            wikidata="Q142",
            aliases={"it": ["Francia", "francesi"], "fr": ["France"], "de": ["Frankreich"]},
        ),
        Actor(
            id="GBR",
            kind=n,
            name="United Kingdom",
            iso3="GBR",
            iso2="GB",
            wikidata="Q145",
            aliases={"it": ["Regno Unito", "britanniche"], "en": ["UK", "Britain"]},
        ),
        Actor(
            id="USA",
            kind=n,
            name="United States",
            iso3="USA",
            iso2="US",
            wikidata="Q30",
            aliases={"it": ["Stati Uniti", "USA", "americano"], "en": ["US", "America"]},
        ),
        Actor(
            id="RUS",
            kind=n,
            name="Russia",
            iso3="RUS",
            iso2="RU",
            wikidata="Q159",
            aliases={"it": ["Russia"], "ru": ["Россия"]},
        ),
        Actor(
            id="UKR",
            kind=n,
            name="Ukraine",
            iso3="UKR",
            iso2="UA",
            wikidata="Q212",
            aliases={"it": ["Ucraina", "ucraina", "ucraino"], "uk": ["Україна"]},
        ),
        Actor(
            id="NATO", kind=o, name="NATO", wikidata="Q7184", aliases={"it": ["NATO", "Nato"], "fr": ["OTAN"]}
        ),
        Actor(id=TRUMP, kind=p, name="Donald Trump", wikidata=TRUMP, aliases={"it": ["Trump"]}),
        Actor(id="white_house", kind=i, name="White House", aliases={"it": ["Casa Bianca"]}),
        Actor(
            id="more_than_ten_nations",
            kind=g,
            name="More than ten nations",
            min_count=10,
            aliases={"it": ["oltre dieci nazioni"]},
        ),
        Actor(id="european_leaders", kind=g, name="European leaders", aliases={"it": ["leader europei"]}),
        Actor(id="us_leaders", kind=g, name="US leaders", aliases={"it": ["leader statunitensi"]}),
        Actor(
            id="allied_representatives",
            kind=g,
            name="Allied representatives",
            aliases={"it": ["rappresentanti alleati"]},
        ),
    ]


def seed_documents() -> list[Document]:
    """The seed article as one Document: its actors, commitments, statements, claims and links."""
    text = normalise_text(SEED_TEXT)
    source = Source.from_text(
        text, title=SEED_TITLE, publisher="seed corpus", published_at=SEED_DATE, language="it"
    )
    statements: dict[str, Statement] = {}

    def st(quote: str) -> str:
        start = text.index(quote)
        s = Statement(
            source_id=source.id, text=quote, start=start, end=start + len(quote), language="it", mentions=()
        )
        statements[s.id] = s
        return s.id

    q_troops = st(
        "La Francia e il Regno Unito sono disposti a inviare alcune centinaia di soldati per sostenere "
        "la difesa ucraina in caso di escalation."
    )
    q_negot = st(
        "Durante le negoziazioni si discute anche della possibilità di inviare forze britanniche e "
        "francesi nelle zone di conflitto, come parte di una soluzione pacifica."
    )
    q_ten = st(
        "Si è appreso che oltre dieci nazioni hanno già manifestato la loro disponibilità a inviare truppe, "
        "sia per difendere il territorio ucraino che per partecipare a operazioni di peacekeeping."
    )
    q_trump = st(
        "Secondo Trump, gli USA sono pronti a fornire assistenza tecnica, inclusa la fornitura di "
        "apparecchiature aeree e consigli sulla coordinazione."
    )
    q_backup = st(
        "Inoltre, si prevede di istituire un cosiddetto “backup americano” — un sistema di intelligence, "
        "controllo dei confini e fornitura di armi, inclusi sistemi di difesa aerea."
    )
    q_russia = st(
        "Anche la Russia ha riaffermato la sua posizione contraria a una presenza militare della NATO "
        "in territorio ucraino, evidenziando le sue preoccupazioni sulla sicurezza e l’integrità "
        "territoriale."
    )
    q_wh = st(
        "I responsabili della Casa Bianca sottolineano che Trump comprende l’importanza delle garanzie per "
        "stabilizzare la regione e ha dato istruzioni al suo team di lavorare su questa questione."
    )
    q_nato = st(
        "La NATO intende definire condizioni specifiche per le garanzie di sicurezza e modalità di "
        "attuazione."
    )
    q_leaders = st(
        "I leader europei e statunitensi stanno lavorando attivamente per rafforzare gli impegni di "
        "alleanza e preparare il terreno a diverse ipotesi di sviluppo."
    )
    q_talks = st(
        "Nei prossimi giorni, le negoziazioni tra rappresentanti europei e americani si intensificheranno "
        "per definire i dettagli del sostegno e delle garanzie di sicurezza."
    )
    q_meet = st(
        "Nei prossimi giorni sono previste riunioni tra i rappresentanti alleati, inclusi comandanti della "
        "NATO e capi di stato maggiori."
    )
    q_package = st(
        "Il pacchetto di sostegno prevede misure articolate: rafforzamento delle forze armate ucraine, "
        "addestramento del personale militare, consegna di armi e monitoraggio delle frontiere."
    )
    q_sign = st(
        "Un aspetto particolarmente interessante riguarda la possibilità di formulare un pacchetto di "
        "garanzie di sicurezza, che potrebbe essere firmato già questa settimana."
    )
    q_mech = st(
        "Una delle proposte è la creazione di un meccanismo simile alle garanzie NATO per l’Ucraina, senza "
        "adesione formale, ma con impegni concreti di supporto militare e tecnico in caso di conflitto."
    )
    q_deter = st(
        "Questa strategia potrebbe rappresentare un elemento chiave di deterrenza contro le azioni "
        "aggressive della Russia."
    )

    def com(kind: str, scope: str | None = None, label: str | None = None) -> Commitment:
        return Commitment(kind=kind, beneficiary="UKR", scope=scope, label=label)

    troops = com("troops")
    peacekeeping = com("peacekeeping")
    tech = com("technical_assistance")
    aircraft = com("aircraft")
    advice = com("coordination_advice")
    nato_presence = com("nato_presence")
    package = com("security_guarantee", "sg_package", "Security-guarantee package")
    backup = com("security_guarantee", "us_backstop", "“Backup americano”")
    backup_parts = [
        com(k, "us_backstop") for k in ("intelligence", "border_monitoring", "weapons", "air_defense")
    ]
    package_parts = [
        com(k, "sg_package")
        for k in ("armed_forces_strengthening", "training", "weapons", "border_monitoring")
    ]
    mechanism = com("security_guarantee", "nato_like_mechanism", "NATO-like guarantee mechanism")
    commitments = [
        troops,
        peacekeeping,
        tech,
        aircraft,
        advice,
        nato_presence,
        package,
        backup,
        mechanism,
        *backup_parts,
        *package_parts,
    ]

    day = SEED_DATE
    common = {"first_seen": day, "last_seen": day, "method": "curated"}

    def claim(
        subject: str,
        relation: Relation,
        obj: Commitment | str,
        modality: str,
        evidence: list[str],
        **extra: object,
    ) -> Claim:
        if isinstance(obj, Commitment):
            fields: dict[str, object] = {
                "object": obj.id,
                "object_type": "commitment",
                "kind": obj.kind,
                "beneficiary": obj.beneficiary,
                "scope": obj.scope,
            }
        else:
            fields = {"object": obj, "object_type": "actor"}
        return Claim.model_validate(
            {
                "subject": subject,
                "relation": relation,
                "modality": modality,
                "evidence": tuple(evidence),
                **fields,
                **common,
                **extra,
            }
        )

    P, S, OPP, C = Relation.PLEDGES, Relation.SUPPORTS, Relation.OPPOSES, Relation.COORDINATES
    cond = {
        "condition": "in caso di escalation",
        "condition_norm": "on_escalation",
        "quantity": "alcune centinaia di soldati",
    }
    claims = [
        claim("FRA", P, troops, "willing", [q_troops], **cond),
        claim("GBR", P, troops, "willing", [q_troops], **cond),
        claim("FRA", P, troops, "considering", [q_negot]),
        claim("GBR", P, troops, "considering", [q_negot]),
        claim("more_than_ten_nations", P, troops, "willing", [q_ten]),
        claim("more_than_ten_nations", P, peacekeeping, "willing", [q_ten]),
        *[
            claim("USA", P, c, "willing", [q_trump], speaker=TRUMP, speaker_name="Trump")
            for c in (tech, aircraft, advice)
        ],
        *[claim("USA", P, c, "planned", [q_backup]) for c in backup_parts],
        claim("RUS", OPP, nato_presence, "pledged", [q_russia]),
        claim(TRUMP, S, package, "willing", [q_wh], speaker="white_house", speaker_name="Casa Bianca"),
        claim("NATO", S, package, "planned", [q_nato]),
        claim("european_leaders", C, "us_leaders", "willing", [q_leaders, q_talks], topic=package.id),
        claim("allied_representatives", C, "NATO", "planned", [q_meet]),
    ]
    links = [
        Link(relation=Relation.HOLDS_OFFICE, src=TRUMP, dst="USA", role="President of the United States"),
        Link(relation=Relation.PART_OF, src="white_house", dst="USA"),
        *[
            Link(relation=Relation.PART_OF, src=c.id, dst=backup.id, evidence=(q_backup,))
            for c in backup_parts
        ],
        *[
            Link(relation=Relation.PART_OF, src=c.id, dst=package.id, evidence=(q_package, q_sign))
            for c in package_parts
        ],
        Link(relation=Relation.TARGETS, src=mechanism.id, dst="RUS", evidence=(q_mech, q_deter)),
    ]
    return [
        Document(
            source=source,
            actors=tuple(_actors()),
            commitments=tuple(commitments),
            statements=tuple(statements.values()),
            claims=tuple(claims),
            links=tuple(links),
        )
    ]


def seed_store(path: Path | str):  # type: ignore[no-untyped-def]
    """Write the seed Documents to an EmbeddedStore at `path` (a graph.json file) and return the store."""
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(Path(path))
    store.write_many(seed_documents())
    return store
