"""A deterministic generator of realistic-looking graphs, for the store conformance suite and the benchmarks.

`generate_documents(n_claims, seed)` returns Documents (one per source) that together assert exactly `n_claims`
distinct claims: random actors from a pool of about sixty nations, a few organisations, persons and unnamed
groups; every claim relation; every modality on and off the ladder; dates across 2024-2025; one to three
evidence statements per claim, each in a different source of about `n_claims / 5` sources. The same claim seen
in several sources comes with different dates, confidences and (sometimes) a quantity or speaker only one source
states, so writing them exercises every merge rule. Each document carries the actors and commitments it names,
so any document can be written on its own (it never references anything it does not include). Same arguments,
same documents, on any machine.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from graph.model import Actor, ActorKind, Claim, Commitment, Document, Link, Quantity, Relation, Source, Statement
from graph.vocab import vocabulary

NATIONS: tuple[tuple[str, str, str], ...] = (
    ("ALB", "AL", "Albania"), ("ARG", "AR", "Argentina"), ("AUS", "AU", "Australia"), ("AUT", "AT", "Austria"),
    ("BEL", "BE", "Belgium"), ("BGR", "BG", "Bulgaria"), ("BLR", "BY", "Belarus"), ("BRA", "BR", "Brazil"),
    ("CAN", "CA", "Canada"), ("CHE", "CH", "Switzerland"), ("CHN", "CN", "China"), ("CYP", "CY", "Cyprus"),
    ("CZE", "CZ", "Czechia"), ("DEU", "DE", "Germany"), ("DNK", "DK", "Denmark"), ("ESP", "ES", "Spain"),
    ("EST", "EE", "Estonia"), ("FIN", "FI", "Finland"), ("FRA", "FR", "France"), ("GBR", "GB", "United Kingdom"),
    ("GEO", "GE", "Georgia"), ("GRC", "GR", "Greece"), ("HRV", "HR", "Croatia"), ("HUN", "HU", "Hungary"),
    ("IND", "IN", "India"), ("IRL", "IE", "Ireland"), ("IRN", "IR", "Iran"), ("ISL", "IS", "Iceland"),
    ("ISR", "IL", "Israel"), ("ITA", "IT", "Italy"), ("JPN", "JP", "Japan"), ("KOR", "KR", "South Korea"),
    ("LTU", "LT", "Lithuania"), ("LUX", "LU", "Luxembourg"), ("LVA", "LV", "Latvia"), ("MDA", "MD", "Moldova"),
    ("MKD", "MK", "North Macedonia"), ("MNE", "ME", "Montenegro"), ("NLD", "NL", "Netherlands"),
    ("NOR", "NO", "Norway"), ("NZL", "NZ", "New Zealand"), ("POL", "PL", "Poland"), ("PRT", "PT", "Portugal"),
    ("PRK", "KP", "North Korea"), ("ROU", "RO", "Romania"), ("RUS", "RU", "Russia"), ("SRB", "RS", "Serbia"),
    ("SVK", "SK", "Slovakia"), ("SVN", "SI", "Slovenia"), ("SWE", "SE", "Sweden"), ("TUR", "TR", "Türkiye"),
    ("UKR", "UA", "Ukraine"), ("USA", "US", "United States"), ("ZAF", "ZA", "South Africa"),
    ("MEX", "MX", "Mexico"), ("SAU", "SA", "Saudi Arabia"), ("ARE", "AE", "United Arab Emirates"),
    ("QAT", "QA", "Qatar"), ("EGY", "EG", "Egypt"), ("KAZ", "KZ", "Kazakhstan"),
)
ORGANIZATIONS: tuple[tuple[str, str], ...] = (
    ("NATO", "North Atlantic Treaty Organization"), ("EU", "European Union"), ("UN", "United Nations"),
    ("G7", "Group of Seven"), ("COALITION_OF_THE_WILLING", "Coalition of the willing"),
)
GROUPS: tuple[tuple[str, str, int | None], ...] = (
    ("grp_more_than_ten_nations", "more than ten nations", 10),
    ("grp_european_leaders", "European leaders", None),
    ("grp_nordic_baltic_eight", "the Nordic-Baltic Eight", 8),
    ("grp_several_allies", "several allies", 3),
    ("grp_western_partners", "Western partners", None),
)
PERSONS: tuple[tuple[str, str, str], ...] = (
    ("Q22686", "Donald Trump", "USA"), ("Q3052772", "Emmanuel Macron", "FRA"), ("Q7747", "Vladimir Putin", "RUS"),
    ("Q3874799", "Volodymyr Zelensky", "UKR"), ("p_keir_starmer", "Keir Starmer", "GBR"),
)
BENEFICIARIES: tuple[str, ...] = ("UKR", "MDA", "GEO", "EST")
ALIAS_LANGS: tuple[str, ...] = ("en", "fr", "it", "de")
QUANTITIES: tuple[tuple[str, Quantity | None], ...] = (
    ("alcune centinaia di soldati", Quantity(value_min=100, value_max=999, unit="soldiers")),
    ("two brigades", Quantity(value_min=6000, value_max=10000, unit="soldiers")),
    ("€500 million", Quantity(value_min=500_000_000, value_max=500_000_000, unit="EUR")),
    ("several systems", None),
)
ObjectType = Literal["commitment", "actor"]
START = date(2024, 1, 1)
DAYS = (date(2025, 12, 31) - START).days


@dataclass
class _Spec:
    """One claim's identity and its fixed attributes; its occurrences differ in source, date and detail."""

    subject: str
    relation: str
    obj: str
    object_type: ObjectType
    kind: str | None
    beneficiary: str | None
    modality: str
    condition_norm: str | None
    topic: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    sources: list[int] = field(default_factory=list)


def _actor_pool() -> dict[str, Actor]:
    pool: dict[str, Actor] = {}
    for iso3, iso2, name in NATIONS:
        pool[iso3] = Actor(id=iso3, kind=ActorKind.NATION, name=name, iso3=iso3, iso2=iso2,
                           aliases={"en": [name]})
    for oid, name in ORGANIZATIONS:
        pool[oid] = Actor(id=oid, kind=ActorKind.ORGANIZATION, name=name, aliases={"en": [oid]})
    for gid, name, count in GROUPS:
        pool[gid] = Actor(id=gid, kind=ActorKind.GROUP, name=name, min_count=count)
    for pid, name, _nation in PERSONS:
        pool[pid] = Actor(id=pid, kind=ActorKind.PERSON, name=name, wikidata=pid if pid.startswith("Q") else None)
    return pool


def _packages() -> tuple[list[Commitment], list[Link]]:
    """Two named packages with parts (PART_OF the package) and a deterrent TARGETS link."""
    commitments: list[Commitment] = []
    links: list[Link] = []
    for scope, beneficiary, parts in (
        ("security_guarantee_package", "UKR", ("training", "weapons", "border_monitoring", "air_defense")),
        ("eastern_flank_package", "EST", ("troops", "air_defense", "naval")),
    ):
        package = Commitment(kind="security_guarantee", beneficiary=beneficiary, scope=scope,
                             label=scope.replace("_", " "))
        commitments.append(package)
        links.append(Link(relation=Relation.TARGETS, src=package.id, dst="RUS"))
        for kind in parts:
            part = Commitment(kind=kind, beneficiary=beneficiary, scope=scope)
            commitments.append(part)
            links.append(Link(relation=Relation.PART_OF, src=part.id, dst=package.id))
    return commitments, links


def _reference_links() -> list[Link]:
    links = [Link(relation=Relation.MEMBER_OF, src=n, dst="NATO", since=date(2004, 3, 29))
             for n in ("EST", "LVA", "LTU", "ROU", "BGR", "SVK", "SVN")]
    links += [Link(relation=Relation.MEMBER_OF, src=n, dst="EU") for n in ("FRA", "DEU", "ITA", "POL", "EST")]
    links += [Link(relation=Relation.MEMBER_OF, src=n, dst="grp_nordic_baltic_eight")
              for n in ("DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE")]
    links += [Link(relation=Relation.HOLDS_OFFICE, src=pid, dst=nation, role="head of state or government",
                   since=date(2024, 1, 1)) for pid, _name, nation in PERSONS]
    return links


def generate_documents(n_claims: int, seed: int = 0, n_sources: int | None = None) -> list[Document]:
    """Documents asserting exactly `n_claims` distinct claims (deterministic for a given seed)."""
    if n_claims < 1:
        raise ValueError("n_claims must be at least 1")
    rng = random.Random(seed)
    vocab = vocabulary()
    n_sources = n_sources or max(10, n_claims // 5)
    pool = _actor_pool()
    nations = [n[0] for n in NATIONS]
    subjects = nations + [o[0] for o in ORGANIZATIONS] + [g[0] for g in GROUPS] + [p[0] for p in PERSONS]
    partners = nations + [o[0] for o in ORGANIZATIONS]
    kinds = sorted(vocab.kinds)
    ladder = list(vocab.ladder)
    conditions = sorted(vocab.conditions)
    packages, package_links = _packages()
    plain: dict[tuple[str, str], Commitment] = {}

    def commitment_for(kind: str, beneficiary: str) -> Commitment:
        key = (kind, beneficiary)
        if key not in plain:
            plain[key] = Commitment(kind=kind, beneficiary=beneficiary)
        return plain[key]

    # ---- claim identities
    specs: dict[str, _Spec] = {}
    commitments: dict[str, Commitment] = {c.id: c for c in packages}
    weights = {"PLEDGES": 45, "SUPPORTS": 18, "OPPOSES": 10, "DECLINES": 10, "COORDINATES": 17}
    relations = list(weights)
    rel_weights = [weights[r] for r in relations]
    attempts = 0
    while len(specs) < n_claims:
        attempts += 1
        if attempts > n_claims * 50:
            raise ValueError(f"cannot find {n_claims} distinct claims in the generator's space")
        relation = rng.choices(relations, rel_weights)[0]
        subject = rng.choice(subjects)
        condition = rng.choice(conditions) if rng.random() < 0.15 else None
        topic: str | None = None
        object_type: ObjectType
        if relation == "COORDINATES" or (relation == "OPPOSES" and rng.random() < 0.2):
            partner = rng.choice(partners)
            if partner == subject:
                continue
            obj, object_type, kind, beneficiary = partner, "actor", None, None
            if relation == "COORDINATES" and rng.random() < 0.3:
                topic = rng.choice(packages).id
            modality = rng.choice(ladder[:4]) if relation == "COORDINATES" else rng.choice(["willing", "pledged"])
        else:
            if rng.random() < 0.08:
                c = rng.choice(packages)
            else:
                c = commitment_for(rng.choice(kinds), rng.choice(BENEFICIARIES))
            commitments[c.id] = c
            obj, object_type, kind, beneficiary = c.id, "commitment", c.kind, c.beneficiary
            if relation == "DECLINES":
                modality = "refused" if rng.random() < 0.7 else rng.choice(ladder)
            elif relation == "OPPOSES":
                modality = rng.choice(["willing", "pledged", "refused"])
            else:
                r = rng.random()
                modality = "withdrawn" if r < 0.05 else ("refused" if r < 0.08 else rng.choice(ladder))
        spec = _Spec(subject, relation, obj, object_type, kind, beneficiary, modality, condition, topic)
        probe = Claim(subject=subject, relation=Relation(relation), object=obj, object_type=object_type, kind=kind,
                      modality=modality, condition_norm=condition)
        if probe.id in specs:
            continue
        if rng.random() < 0.3:
            spec.valid_from = START + timedelta(days=rng.randrange(DAYS))
            if rng.random() < 0.2:
                spec.valid_until = spec.valid_from + timedelta(days=rng.randrange(30, 240))
        k = rng.choices((1, 2, 3), (50, 35, 15))[0]
        spec.sources = rng.sample(range(n_sources), k)
        specs[probe.id] = spec

    # ---- sources and what each asserts
    published = [START + timedelta(days=rng.randrange(DAYS)) if rng.random() < 0.95 else None
                 for _ in range(n_sources)]
    by_source: dict[int, list[tuple[str, _Spec]]] = defaultdict(list)
    for cid, spec in specs.items():
        for s in spec.sources:
            by_source[s].append((cid, spec))

    docs: list[Document] = []
    reference_links = _reference_links()
    for s_idx in range(n_sources):
        items = by_source.get(s_idx)
        if not items:
            continue
        day = published[s_idx]
        url = f"https://news.example.test/{seed}/{s_idx:06d}"
        source = Source.from_url(url, title=f"Report {s_idx}", publisher=f"Outlet {s_idx % 37}",
                                 published_at=day, language=rng.choice(ALIAS_LANGS), origin="text")
        statements: list[Statement] = []
        claims: list[Claim] = []
        actor_ids: set[str] = set()
        commitment_ids: set[str] = set()
        offset = 0
        current: Statement | None = None
        for _cid, spec in items:
            if current is None or rng.random() < 0.7:
                length = rng.randrange(60, 240)
                mentions = [spec.subject] + ([spec.obj] if spec.object_type == "actor" else [])
                text = f"[{s_idx}:{len(statements)}] {pool[spec.subject].name} {spec.relation.lower()} " \
                       f"{spec.kind or spec.obj} ({spec.modality})."
                current = Statement(source_id=source.id, text=text, start=offset, end=offset + length,
                                    language=source.language, mentions=tuple(mentions))
                statements.append(current)
                offset += length + 1
            extra: dict[str, Any] = {}
            if spec.object_type == "commitment" and rng.random() < 0.25:
                quantity, norm = rng.choice(QUANTITIES)
                extra["quantity"] = quantity
                extra["quantity_norm"] = norm if rng.random() < 0.7 else None
            if spec.condition_norm:
                extra["condition"] = f"stated condition ({spec.condition_norm})" if rng.random() < 0.8 else None
            if rng.random() < 0.1:
                pid, name, _nation = rng.choice(PERSONS)
                extra["speaker"], extra["speaker_name"] = pid, name
            claims.append(
                Claim(
                    subject=spec.subject, relation=Relation(spec.relation), object=spec.obj,
                    object_type=spec.object_type, kind=spec.kind, beneficiary=spec.beneficiary, topic=spec.topic,
                    modality=spec.modality,
                    condition_norm=spec.condition_norm, valid_from=spec.valid_from,
                    valid_until=spec.valid_until, first_seen=day, last_seen=day,
                    evidence=(current.id,), confidence=round(rng.uniform(0.5, 1.0), 2),
                    method=rng.choice(("curated", "rules:r1", "rules:r2")), **extra,
                )
            )
            actor_ids.update(current.mentions)
            actor_ids.add(spec.subject)
            if spec.object_type == "actor":
                actor_ids.add(spec.obj)
            else:
                commitment_ids.add(spec.obj)
        links: list[Link] = []
        if s_idx % 50 == 0:  # now and then a document restates the reference links and the packages
            links = reference_links + package_links
            commitment_ids.update(c.id for c in packages)
            for ln in links:
                for end in (ln.src, ln.dst):
                    if end in pool:
                        actor_ids.add(end)
            links = [ln.model_copy(update={"evidence": (statements[0].id,)}) if rng.random() < 0.5 else ln
                     for ln in links]
        for cid in commitment_ids:
            if commitments[cid].beneficiary:
                actor_ids.add(commitments[cid].beneficiary)  # type: ignore[arg-type]
        actors = []
        for aid in sorted(actor_ids):
            actor = pool[aid]
            if rng.random() < 0.05:  # an alias only this source knows: merged into the actor's aliases
                lang = rng.choice(ALIAS_LANGS)
                actor = actor.model_copy(update={"aliases": {**actor.aliases,
                                                             lang: [f"{actor.name} ({s_idx % 5})"]}})
            actors.append(actor)
        docs.append(
            Document(
                source=source,
                actors=tuple(actors),
                commitments=tuple(commitments[c] for c in sorted(commitment_ids)),
                statements=tuple(statements),
                claims=tuple(claims),
                links=tuple(links),
            )
        )
    return docs


def claim_count(docs: list[Document]) -> int:
    """Distinct claims the documents assert."""
    return len({c.id for d in docs for c in d.claims})
