"""ExtractedClaims of one RawDocument -> one graph.model.Document (what a store writes whole or not at all).

- Source.from_text(raw.text, title, url, published_at, language, origin="text").
- One Statement per distinct quote span (start, end), with its language and the actors it mentions.
- Commitments: Commitment(kind, beneficiary, scope); a claim with kinds [a, b] becomes two Claim objects.
  A claim made about a named package (scope "us_backstop") also yields the package commitment, and each part
  is
  PART_OF it. COORDINATES and OPPOSES-an-actor claims point at an actor (object_type "actor"); a COORDINATES
  claim
  with a topic kind keeps it as `kind` and `topic` (the topic commitment's id).
- Links (BENEFITS is derived by the stores): TARGETS (commitment -> target), PART_OF (part -> package),
each with
  its statement as evidence. Structural records (subject None: PART_OF, TARGETS) become links only.
- Group actors named by the claims (never with invented members).
- method = "rules:<rule id>"; valid_from = first_seen = last_seen = published_at.
"""

from __future__ import annotations

from typing import Any

from graph.model import Actor, ActorKind, Claim, Commitment, Document, Link, Relation, Source, Statement
from ingest.extract.base import ExtractedClaim
from ingest.readers import RawDocument


def _method(rule: str) -> str:
    return rule if rule.startswith(("rules:", "llm:", "model:")) else f"rules:{rule}"


def to_document(raw: RawDocument, claims: list[ExtractedClaim], *, known_actor: Any = None) -> Document:
    """Build the Document. Statement mentions keep the actors `known_actor(id) -> bool` knows (default: the
    reference data) plus the group actors created here, so that no edge points at an actor the store lacks."""
    source = Source.from_text(
        raw.text,
        title=raw.title,
        url=raw.url,
        published_at=raw.published_at,
        language=raw.language,
        origin="text",
    )
    day = raw.published_at
    groups: dict[str, Actor] = {}
    for c in claims:
        for g in c.groups:
            gid = g["id"]
            if gid in groups:
                continue
            name = str(g.get("name") or gid)
            lang = g.get("lang") or c.language or "und"
            groups[gid] = Actor(
                id=gid,
                kind=ActorKind.GROUP,
                name=name,
                aliases={lang: [name]},
                min_count=g.get("min_count"),
                description="an unnamed or aggregate actor, as a source names it",
            )

    if known_actor is None:
        from ingest.extract.actors import default_resolver

        resolver = default_resolver()

        def known_actor(actor_id: str) -> bool:
            return resolver.kind_of(actor_id) is not None

    def keep(actor_id: str) -> bool:
        return actor_id in groups or bool(known_actor(actor_id))

    statements: dict[tuple[int, int], Statement] = {}
    for c in claims:
        key = (c.start, c.end)
        ids = {x for x in (c.subject, c.beneficiary, c.target, c.object, c.speaker) if x}
        ids |= set(c.mentions)
        mentions = tuple(sorted(x for x in ids if keep(x)))
        old = statements.get(key)
        if old is not None:
            mentions = tuple(sorted(set(old.mentions) | set(mentions)))
        statements[key] = Statement(
            source_id=source.id,
            text=c.quote,
            start=c.start,
            end=c.end,
            language=c.language,
            mentions=mentions,
        )

    commitments: dict[str, Commitment] = {}
    links: dict[str, Link] = {}
    out_claims: dict[str, Claim] = {}

    def commitment(kind: str, beneficiary: str | None, scope: str | None, label: str | None = None) -> Commitment:
        cm = Commitment(kind=kind, beneficiary=beneficiary, scope=scope, label=label)
        commitments.setdefault(cm.id, cm)
        return commitments[cm.id]

    def link(relation: Relation, src: str, dst: str, evidence: str) -> None:
        ln = Link(relation=relation, src=src, dst=dst, evidence=(evidence,))
        links[ln.id] = links[ln.id].merged(ln) if ln.id in links else ln

    def add_claim(cl: Claim) -> None:
        out_claims[cl.id] = out_claims[cl.id].merged(cl) if cl.id in out_claims else cl

    for c in claims:
        st = statements[(c.start, c.end)]
        ev = st.id
        if c.subject is None:
            # structural records about a package nobody is named as backing
            if c.relation == "PART_OF" and c.package_scope:
                pkg = commitment(c.package_kind or "security_guarantee", c.beneficiary, c.package_scope)
                for kind in c.kinds:
                    part = commitment(kind, c.beneficiary, c.scope)
                    if part.id != pkg.id:
                        link(Relation.PART_OF, part.id, pkg.id, ev)
            elif c.relation == "TARGETS" and c.target:
                pkg = commitment(
                    c.package_kind or (c.kinds[0] if c.kinds else "security_guarantee"),
                    c.beneficiary,
                    c.package_scope or c.scope,
                )
                link(Relation.TARGETS, pkg.id, c.target, ev)
            continue
        common: dict[str, Any] = {
            "subject": c.subject,
            "relation": Relation(c.relation),
            "modality": c.modality,
            "quantity": c.quantity,
            "quantity_norm": c.quantity_norm,
            "condition": c.condition,
            "condition_norm": c.condition_norm,
            "speaker": c.speaker,
            "speaker_name": c.speaker_name,
            "valid_from": day,
            "first_seen": day,
            "last_seen": day,
            "evidence": (ev,),
            "confidence": c.confidence,
            "method": _method(c.rule),
        }
        if c.relation == "COORDINATES" or (c.relation == "OPPOSES" and c.object and not c.kinds):
            partner: str | None = c.object or c.target
            if not partner:
                continue
            topic_kinds: list[str | None] = list(c.kinds) or [None]
            for topic_kind in topic_kinds:
                topic = None
                if topic_kind is not None:
                    topic = commitment(topic_kind, c.beneficiary, c.scope).id
                add_claim(
                    Claim(
                        object=partner,
                        object_type="actor",
                        kind=topic_kind,
                        topic=topic,
                        beneficiary=c.beneficiary,
                        scope=c.scope,
                        target=None,
                        **common,
                    )
                )
            continue
        package = None
        if c.scope:
            package = commitment(c.package_kind or "security_guarantee", c.beneficiary, c.scope, label=c.scope)
        for kind in c.kinds:
            cm = commitment(kind, c.beneficiary, c.scope)
            add_claim(
                Claim(
                    object=cm.id,
                    object_type="commitment",
                    kind=kind,
                    beneficiary=c.beneficiary,
                    target=c.target,
                    scope=c.scope,
                    **common,
                )
            )
            if c.target:
                link(Relation.TARGETS, cm.id, c.target, ev)
            if package is not None and cm.id != package.id:
                link(Relation.PART_OF, cm.id, package.id, ev)

    return Document(
        source=source,
        actors=tuple(groups[k] for k in sorted(groups)),
        commitments=tuple(commitments[k] for k in sorted(commitments)),
        statements=tuple(sorted(statements.values(), key=lambda s: (s.start or 0, s.end or 0))),
        claims=tuple(out_claims[k] for k in sorted(out_claims)),
        links=tuple(links[k] for k in sorted(links)),
    )
