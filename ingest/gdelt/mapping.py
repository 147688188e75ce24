"""GDELT events -> pledgegraph Documents: the CAMEO map, the actor resolver, the homonym guard, grouping.

    events --lookup(event code)---> MapRule (relation, modality, kinds)   cameo_map.yaml, longest prefix wins
           --resolver(actor code)--> our actor ids, Actor1 = subject       cameo_actors.yaml + pycountry
           --GeoGuard--------------> refuse "Odessa, Texas" as Ukraine      cameo_actors.yaml `homonyms`
           --group by SOURCEURL----> one Document per source (bounded chunks)

One Document = one source: events of the same SOURCEURL within a chunk of `chunk_size` mapped events become
one Document; the same url in two chunks gives two Documents with the same Source id. Every id is
deterministic (source from the url, statement from source + event id, claim from its defining fields), so
writing them in any order, or twice, yields the same graph.

Attribution rule (deliberate, against GDELT's false positives): an actor comes from its CAMEO actor code
only. Geography never creates an actor (a row whose only Ukrainian hint is Actor1Geo or ActionGeo does not
yield UKR), and an actor code that GDELT took from a homonym place name is refused when the event's own
geography contradicts it (actor UKR named ODESSA, geo "Odessa, Texas, United States").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import pycountry
import yaml

from graph.errors import InputError
from graph.model import (
    CLAIM_RELATIONS,
    Actor,
    ActorKind,
    Claim,
    Commitment,
    Document,
    Relation,
    Source,
    Statement,
    claim_id,
)
from graph.vocab import vocabulary
from ingest.gdelt.reader import GdeltEvent, GdeltFilter, GdeltStats, read_events

__all__ = [
    "CameoMapping",
    "CameoResolver",
    "GeoGuard",
    "MapRule",
    "Resolver",
    "iter_gdelt_documents",
    "source_key",
    "to_documents",
]

Resolver = Callable[[str], str | None]
"""Anything that turns a GDELT actor code ("USAGOV", "IGOWSTNAT") into one of our actor ids, or None."""

_COMMITMENT_RELATIONS = (Relation.PLEDGES, Relation.SUPPORTS, Relation.DECLINES)
_MAX_KEPT_IDS = 50


def _package_file(name: str) -> tuple[str, str]:
    res = resources.files(__package__).joinpath(name)
    return str(res), res.read_text(encoding="utf-8")


def _load_yaml(path: str | os.PathLike[str] | None, default_name: str) -> tuple[str, Any]:
    if path is None:
        where, text = _package_file(default_name)
    else:
        where = str(path)
        try:
            with open(where, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}", path=where) from e
    try:
        return where, yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        line = getattr(getattr(e, "problem_mark", None), "line", None)
        raise InputError(f"not valid YAML: {e}", path=where, line=None if line is None else line + 1) from e


# ------------------------------------------------------------------------------------------------ event codes


@dataclass(frozen=True, slots=True)
class MapRule:
    prefix: str
    relation: Relation | None  # None: mapped to nothing on purpose
    modality: str | None
    kinds: tuple[str, ...] = ()
    weight: float = 1.0
    label: str = ""


@dataclass(frozen=True, slots=True)
class ConfidenceParams:
    base: float = 0.3
    per_source: float = 0.8
    per_mention: float = 0.97
    cap: float = 0.8


class CameoMapping:
    """CAMEO event code prefixes -> MapRule; the longest matching prefix wins."""

    def __init__(self, rules: Iterable[MapRule], confidence: ConfidenceParams | None = None) -> None:
        self.rules: dict[str, MapRule] = {r.prefix: r for r in rules}
        self.confidence_params = confidence or ConfidenceParams()
        self._maxlen = max((len(p) for p in self.rules), default=0)
        self._cache: dict[str, MapRule | None] = {}

    # -- loading
    @classmethod
    def from_yaml(cls, path: str | os.PathLike[str] | None = None) -> CameoMapping:
        where, data = _load_yaml(path, "cameo_map.yaml")
        return cls.from_dict(data, where=where)

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "<mapping>") -> CameoMapping:
        vocab = vocabulary()
        if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
            raise InputError("expected a mapping with a `rules:` table", path=where, field="rules")
        rules = []
        for prefix, spec in data["rules"].items():
            fld = f"rules.{prefix}"
            if not isinstance(prefix, str) or not prefix.isdigit():
                raise InputError(
                    f"CAMEO code prefix {prefix!r}: codes must be quoted strings of digits "
                    '("072"); unquoted, YAML reads 072 as the octal number 58',
                    path=where,
                    field=fld,
                )
            if not isinstance(spec, dict):
                raise InputError("a rule must be a mapping (relation, modality, kinds)", path=where, field=fld)
            rel_name = spec.get("relation")
            if rel_name is None:
                rules.append(MapRule(prefix, None, None, label=str(spec.get("label", ""))))
                continue
            try:
                relation = Relation(rel_name)
            except ValueError:
                relation = None
            if relation not in CLAIM_RELATIONS:
                raise InputError(
                    f"relation {rel_name!r} is not a claim relation ({', '.join(r.value for r in CLAIM_RELATIONS)})",
                    path=where,
                    field=fld,
                )
            modality = spec.get("modality")
            if modality not in vocab.modalities:
                raise InputError(
                    f"modality {modality!r} is not one of {', '.join(vocab.modalities)}",
                    path=where,
                    field=fld,
                )
            kinds = tuple(spec.get("kinds") or ())
            for k in kinds:
                if k not in vocab.kinds:
                    raise InputError(f"kind {k!r} is not in graph/vocab/kinds.yaml", path=where, field=fld)
            if relation in _COMMITMENT_RELATIONS and not kinds:
                raise InputError(f"{relation.value} needs `kinds` (its object is a commitment)", path=where, field=fld)
            if relation not in _COMMITMENT_RELATIONS and kinds:
                raise InputError(
                    f"{relation.value} takes no `kinds` (its object is the other actor)",
                    path=where,
                    field=fld,
                )
            weight = float(spec.get("weight", 1.0))
            if not 0.0 <= weight <= 1.0:
                raise InputError(f"weight {weight} must be between 0 and 1", path=where, field=fld)
            rules.append(MapRule(prefix, relation, modality, kinds, weight, str(spec.get("label", ""))))
        conf = data.get("confidence") or {}
        try:
            params = ConfidenceParams(**{k: float(v) for k, v in conf.items()})
        except TypeError as e:
            raise InputError(f"confidence: {e}", path=where, field="confidence") from e
        return cls(rules, params)

    @classmethod
    def default(cls) -> CameoMapping:
        return _default_mapping()

    # -- use
    def lookup(self, code: str) -> MapRule | None:
        """The rule for an event code, or None if unmapped (no prefix matches, or it maps to nothing)."""
        try:
            return self._cache[code]
        except KeyError:
            pass
        rule: MapRule | None = None
        for n in range(min(len(code), self._maxlen), 0, -1):
            hit = self.rules.get(code[:n])
            if hit is not None:
                rule = hit if hit.relation is not None else None
                break
        if len(self._cache) < 10_000:
            self._cache[code] = rule
        return rule

    def is_mapped(self, code: str) -> bool:
        return self.lookup(code) is not None

    def confidence(self, num_sources: int, num_mentions: int, weight: float = 1.0) -> float:
        """confidence = min(cap, 1 - (1 - base) * per_source**(S-1) * per_mention**(M-S)) * weight,
        S = max(1, NumSources), M = max(S, NumMentions). See cameo_map.yaml."""
        p = self.confidence_params
        s = max(1, num_sources)
        m = max(s, num_mentions)
        c = 1.0 - (1.0 - p.base) * p.per_source ** (s - 1) * p.per_mention ** (m - s)
        return round(max(0.0, min(p.cap, c) * weight), 3)


@lru_cache(maxsize=1)
def _default_mapping() -> CameoMapping:
    return CameoMapping.from_yaml(None)


# ------------------------------------------------------------------------------------------------ actors


class CameoResolver:
    """GDELT actor code -> our actor id (ISO alpha-3 nation, or an organisation id), or None.

    The rules are in cameo_actors.yaml.

    Callable, so anything `code -> id | None` can stand in for it (tests inject dicts' `.get`)."""

    def __init__(
        self,
        organizations: dict[str, dict[str, Any]],
        exceptions: dict[str, str | None] | None = None,
        names: dict[str, str] | None = None,
        regions: Iterable[str] = (),
        state_roles: Iterable[str] = ("GOV", "MIL", "SPY"),
        roles: Iterable[str] = (),
    ) -> None:
        self._orgs: dict[str, dict[str, Any]] = {}
        self._groups: dict[str, str] = {}
        self._codes: dict[str, str] = {}
        for oid, spec in organizations.items():
            self._orgs[oid] = dict(spec)
            for g in spec.get("known_groups") or ():
                self._groups[g] = oid
            for c in spec.get("actor_codes") or ():
                self._codes[c] = oid
        exceptions = dict(exceptions or {})
        self._names = dict(names or {})
        self._regions = frozenset(regions)
        self._state_roles = frozenset(state_roles)
        self._roles = frozenset(roles)
        iso: dict[str, str] = {}
        for c in pycountry.historic_countries:
            a3 = getattr(c, "alpha_3", None)
            if a3:
                iso[a3] = a3
        for c in pycountry.countries:
            iso[c.alpha_3] = c.alpha_3
        for code, target in exceptions.items():
            if target is None:
                iso.pop(code, None)
            else:
                iso[code] = target
        for code in self._regions:
            iso.pop(code, None)
        self._nations = iso
        self._cameo_of: dict[str, str] = {}
        for code, target in exceptions.items():
            if target is not None:
                self._cameo_of.setdefault(target, code)
        self._cache: dict[str, str | None] = {}

    @classmethod
    def from_yaml(cls, path: str | os.PathLike[str] | None = None) -> CameoResolver:
        where, data = _load_yaml(path, "cameo_actors.yaml")
        countries = data.get("countries") or {}
        if not isinstance(data.get("organizations"), dict):
            raise InputError("expected an `organizations:` table", path=where, field="organizations")
        return cls(
            organizations=data["organizations"],
            exceptions=countries.get("exceptions") or {},
            names=countries.get("names") or {},
            regions=countries.get("regions") or (),
            state_roles=data.get("state_roles") or (),
            roles=data.get("roles") or (),
        )

    @classmethod
    def default(cls) -> CameoResolver:
        return _default_resolver()

    def __call__(self, code: str) -> str | None:
        try:
            return self._cache[code]
        except KeyError:
            pass
        found = self._resolve(code)
        if len(self._cache) < 100_000:
            self._cache[code] = found
        return found

    def _resolve(self, code: str) -> str | None:
        if not code:
            return None
        exact = self._codes.get(code)
        if exact is not None:
            return exact
        if len(code) % 3 or not (code.isalpha() and code.isupper()):
            return None  # lowercase codes are ethnic/religious; odd lengths are not CAMEO chains
        chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
        head, rest = chunks[0], chunks[1:]
        nation = self._nations.get(head)
        if nation is not None:
            # the state speaks only through its government, military, intelligence (state_roles)
            return nation if all(c in self._state_roles for c in rest) else None
        if head == "IGO" or head in self._groups:
            named = [c for c in (rest if head == "IGO" else chunks) if c not in self._roles and c not in self._regions]
            return self._groups.get(named[-1]) if named else None
        return None

    def actor(self, actor_id: str) -> Actor | None:
        """A minimal Actor node for an id this resolver returns (name, iso codes, CAMEO code)."""
        spec = self._orgs.get(actor_id)
        if spec is not None:
            codes = list(spec.get("actor_codes") or spec.get("known_groups") or [])
            return Actor(
                id=actor_id,
                kind=ActorKind.ORGANIZATION,
                name=str(spec.get("name") or actor_id),
                cameo=codes[0] if codes else None,
            )
        cameo = self._cameo_of.get(actor_id, actor_id)
        country = pycountry.countries.get(alpha_3=actor_id)
        if country is not None:
            name = getattr(country, "common_name", None) or country.name
            return Actor(
                id=actor_id,
                kind=ActorKind.NATION,
                name=name,
                iso2=country.alpha_2,
                iso3=actor_id,
                cameo=cameo,
            )
        historic = pycountry.historic_countries.get(alpha_3=actor_id)
        if historic is not None:
            return Actor(id=actor_id, kind=ActorKind.NATION, name=historic.name, iso3=actor_id, cameo=cameo)
        if actor_id in self._names:
            return Actor(id=actor_id, kind=ActorKind.NATION, name=self._names[actor_id], cameo=cameo)
        return None


@lru_cache(maxsize=1)
def _default_resolver() -> CameoResolver:
    return CameoResolver.from_yaml(None)


class GeoGuard:
    """Refuses actors that GDELT coded from a homonym place name (see `homonyms` in cameo_actors.yaml)."""

    def __init__(self, homonyms: dict[str, dict[str, Any]] | None = None) -> None:
        self._rules: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        for nation, spec in (homonyms or {}).items():
            places = frozenset(p.casefold() for p in spec.get("places") or ())
            geo_places = frozenset(p.casefold() for p in spec.get("geo_places") or ())
            self._rules[nation] = (frozenset(spec.get("fips") or ()), places, places | geo_places)

    @classmethod
    def from_yaml(cls, path: str | os.PathLike[str] | None = None) -> GeoGuard:
        _where, data = _load_yaml(path, "cameo_actors.yaml")
        return cls(data.get("homonyms") or {})

    @classmethod
    def default(cls) -> GeoGuard:
        return _default_guard()

    def conflict(self, actor_id: str, ev: GdeltEvent, actor_name: str = "") -> str | None:
        """Why `actor_id` (from the actor code; GDELT name `actor_name`) is not credible here, or None."""
        rule = self._rules.get(actor_id)
        if rule is None:
            return None
        fips, name_places, all_places = rule
        in_nation = False
        for role, fullname, country in ev.geos():
            if not fullname or not country:
                continue
            if country in fips:
                in_nation = True
                continue
            place = fullname.split(",", 1)[0].strip().casefold()
            if place in all_places:
                return f"{actor_id} from the actor code, but the {role} geo is {fullname!r}"
        if not in_nation and actor_name.casefold() in name_places:
            return (
                f"{actor_id} from the place name {actor_name!r}, which exists elsewhere, and no geo of the "
                f"event lies in {actor_id}"
            )
        return None


@lru_cache(maxsize=1)
def _default_guard() -> GeoGuard:
    return GeoGuard.from_yaml(None)


# --------------------------------------------------------------------------------------------- documents


def source_key(ev: GdeltEvent) -> str:
    """The url a Source is made from: the SOURCEURL, or `gdelt:event/<id>` for 1.0 backfile rows (no url)."""
    return ev.source_url or f"gdelt:event/{ev.global_event_id}"


@dataclass(slots=True)
class _Item:
    ev: GdeltEvent
    rule: MapRule
    subject: str
    obj: str


def _publisher(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def to_documents(
    events: Iterable[GdeltEvent],
    mapping: CameoMapping | None = None,
    resolver: Resolver | None = None,
    *,
    guard: GeoGuard | None = None,
    stats: GdeltStats | None = None,
    chunk_size: int = 5_000,
    include_actors: bool = True,
) -> Iterator[Document]:
    """One Document per source url (per chunk of `chunk_size` mapped events). See the module docstring.

    An event yields claims only if its code is mapped and BOTH actors resolve (Actor1 -> subject; Actor2 ->
    beneficiary of PLEDGES/DECLINES, partner of COORDINATES, opposed actor of OPPOSES), neither is refused
    by the `guard` (pass `GeoGuard()` to switch it off) and they differ. `include_actors` adds minimal Actor
    nodes when the resolver has an `actor(id)` method."""
    mapping = mapping or CameoMapping.default()
    resolve: Resolver = resolver or CameoResolver.default()
    guard = GeoGuard.default() if guard is None else guard
    st = stats if stats is not None else GdeltStats()
    make_actor: Callable[[str], Actor | None] | None = getattr(resolve, "actor", None) if include_actors else None
    pending: dict[str, list[_Item]] = {}
    n = 0
    for ev in events:
        rule = mapping.lookup(ev.event_code)
        if rule is None:
            st.unmapped += 1
            continue
        subject = resolve(ev.actor1_code) if ev.actor1_code else None
        obj = resolve(ev.actor2_code) if ev.actor2_code else None
        if subject is None or obj is None:
            st.unresolved += 1
            continue
        why = guard.conflict(subject, ev, ev.actor1_name) or guard.conflict(obj, ev, ev.actor2_name)
        if why:
            st.geo_conflicts += 1
            st.unresolved += 1
            if len(st.geo_conflict_events) < _MAX_KEPT_IDS:
                st.geo_conflict_events.append(ev.global_event_id)
            continue
        if subject == obj:
            st.self_loops += 1
            continue
        pending.setdefault(source_key(ev), []).append(_Item(ev, rule, subject, obj))
        n += 1
        if n >= chunk_size:
            yield from _flush(pending, mapping, make_actor, st)
            pending, n = {}, 0
    yield from _flush(pending, mapping, make_actor, st)


def _flush(
    pending: dict[str, list[_Item]],
    mapping: CameoMapping,
    make_actor: Callable[[str], Actor | None] | None,
    st: GdeltStats,
) -> Iterator[Document]:
    for key, items in pending.items():
        doc = _document(key, items, mapping, make_actor)
        st.documents += 1
        st.statements += len(doc.statements)
        st.claims += len(doc.claims)
        yield doc


def _document(
    key: str, items: list[_Item], mapping: CameoMapping, make_actor: Callable[[str], Actor | None] | None
) -> Document:
    # deterministic whatever the row order: events by id (a merged claim's `method` is the smallest id's)
    items.sort(key=lambda it: it.ev.global_event_id)
    first = items[0].ev
    published: date = min(it.ev.date_added for it in items).date()
    if first.source_url:
        source = Source.from_url(key, origin="gdelt", published_at=published, publisher=_publisher(key))
    else:
        source = Source.from_url(
            key,
            origin="gdelt",
            published_at=published,
            publisher="GDELT",
            title=f"GDELT event {first.global_event_id} ({first.format}, no source url)",
        )
    statements: dict[str, Statement] = {}
    # claims are accumulated as plain fields and validated once each: the same claim from
    # several events of the source is one claim with several pieces of evidence (as Claim.merged would do)
    claims: dict[str, dict[str, Any]] = {}
    commitments: dict[tuple[str, str], Commitment] = {}
    actor_ids: set[str] = set()
    for it in items:
        ev, rule = it.ev, it.rule
        if rule.relation is None or rule.modality is None:  # never: lookup() returns no null rule
            continue
        attrs: dict[str, float | int | str] = {
            "goldstein": ev.goldstein,
            "num_mentions": ev.num_mentions,
            "num_sources": ev.num_sources,
            "num_articles": ev.num_articles,
            "avg_tone": ev.avg_tone,
            "event_code": ev.event_code,
        }
        if ev.action_geo_fullname:
            attrs["action_geo_fullname"] = ev.action_geo_fullname
        if ev.action_geo_country:
            attrs["action_geo_country"] = ev.action_geo_country
        stmt = Statement(
            source_id=source.id, key=f"gdelt:{ev.global_event_id}", mentions=(it.subject, it.obj), attrs=attrs
        )
        statements.setdefault(stmt.id, stmt)
        actor_ids.update((it.subject, it.obj))
        relation = rule.relation
        targets: list[dict[str, Any]] = []
        if relation in _COMMITMENT_RELATIONS:
            for kind in rule.kinds:
                com = commitments.get((kind, it.obj))
                if com is None:
                    com = commitments[(kind, it.obj)] = Commitment(kind=kind, beneficiary=it.obj)
                targets.append({"object": com.id, "object_type": "commitment", "kind": kind, "beneficiary": it.obj})
        elif relation == Relation.OPPOSES:
            targets.append({"object": it.obj, "object_type": "actor", "target": it.obj})
        else:  # COORDINATES
            targets.append({"object": it.obj, "object_type": "actor"})
        confidence = mapping.confidence(ev.num_sources, ev.num_mentions, rule.weight)
        for t in targets:
            cid = claim_id(it.subject, relation.value, t["object"], t.get("kind"), rule.modality, None)
            acc = claims.get(cid)
            if acc is None:
                claims[cid] = {
                    "subject": it.subject,
                    "relation": relation,
                    "modality": rule.modality,
                    **t,
                    "valid_from": ev.day,
                    "first_seen": ev.day,
                    "last_seen": ev.day,
                    "evidence": [stmt.id],
                    "confidence": confidence,
                    "method": f"gdelt:{ev.event_code}",
                }
            else:
                acc["evidence"].append(stmt.id)
                acc["valid_from"] = min(acc["valid_from"], ev.day)
                acc["first_seen"] = min(acc["first_seen"], ev.day)
                acc["last_seen"] = max(acc["last_seen"], ev.day)
                acc["confidence"] = max(acc["confidence"], confidence)
    actors: tuple[Actor, ...] = ()
    if make_actor is not None:
        actors = tuple(a for a in (make_actor(i) for i in sorted(actor_ids)) if a is not None)
    return Document(
        source=source,
        actors=actors,
        commitments=tuple(sorted(commitments.values(), key=lambda c: c.id)),
        statements=tuple(statements.values()),
        claims=tuple(Claim(**{**f, "evidence": tuple(sorted(set(f["evidence"])))}) for f in claims.values()),
    )


# --------------------------------------------------------------------------------------------------- pipeline


def iter_gdelt_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    filter: GdeltFilter | None = None,  # noqa: A002 - the lead's API name
    mapping: CameoMapping | None = None,
    resolver: Resolver | None = None,
    strict: bool = False,
    stats: GdeltStats | None = None,
    *,
    guard: GeoGuard | None = None,
    chunk_size: int = 5_000,
    include_actors: bool = True,
) -> Iterator[Document]:
    """Read GDELT files and yield one Document per source: the entry point for the loader and the CLI.

    `filter` defaults to GdeltFilter(mapped_only=True) (unmapped rows are dropped before the full parse).
    `stats` (a GdeltStats) is filled in as the iterator is consumed. Bad rows are counted (first
    `stats.max_bad` kept) unless `strict`, then the first raises InputError(path, line). An unreadable
    file (corrupt zip, truncated gzip) raises InputError naming it, after the Documents read before the
    damage was noticed."""
    mapping = mapping or CameoMapping.default()
    st = stats if stats is not None else GdeltStats()
    flt = filter if filter is not None else GdeltFilter(mapped_only=True)
    events = read_events(paths, flt, mapping=mapping, strict=strict, stats=st)
    yield from to_documents(
        events, mapping, resolver, guard=guard, stats=st, chunk_size=chunk_size, include_actors=include_actors
    )
