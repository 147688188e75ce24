"""Build the reference data from pycountry and the YAML files in data/.

Nothing is read at import; `load_reference()` (cached) reads everything once. Every country pycountry
knows becomes a Nation actor (id = ISO alpha-3); names in en/it/fr/de/es come from pycountry's ISO 3166-1
data and its gettext translations (domain 'iso3166-1' under pycountry.LOCALES_DIR); demonyms.yaml adds short
names, adjectives and demonyms; metonyms.yaml adds capitals (kept apart from the nation's aliases) and
institutions; organizations.yaml and leaders.yaml add organizations, persons and their links.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import pycountry
import yaml
from pydantic import ValidationError

from graph.errors import InputError
from graph.model import Actor, ActorKind, Link, Relation

LANGS: tuple[str, ...] = ("en", "it", "fr", "de", "es")
MUL = "mul"  # ISO 639-2 'multiple languages': a form written the same way in every language
ALL_LANGS: tuple[str, ...] = (*LANGS, MUL)

# How an alias identifies its actor, best first (the order resolution results are sorted by).
HOW_ORDER: tuple[str, ...] = ("name", "alias", "seat_metonym", "capital_metonym", "demonym", "adjective")

# Capitals are stored on the actor they stand for under a private-use language tag (BCP 47 '-x-'), apart
# from its names: FRA.aliases["it"] has "Francia", FRA.aliases["it-x-capital"] has "Parigi". A store's alias
# look-up thus finds "Parigi" (pledgegraph actor Parigi); code reading names per language never sees a city.
CAPITAL_SUFFIX = "-x-capital"


def capital_alias_key(lang: str) -> str:
    return f"{lang}{CAPITAL_SUFFIX}"


DATA_FILES: tuple[str, ...] = ("demonyms.yaml", "metonyms.yaml", "organizations.yaml", "leaders.yaml")
ISO_DOMAIN = "iso3166-1"


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One written form that names an actor, in one language, and how it names it."""

    text: str
    lang: str
    actor_id: str
    how: str
    speaks_for: str | None = None


@dataclass(frozen=True, slots=True)
class Metonym:
    """A capital or seat standing for an actor: 'Mosca' -> RUS, 'Casa Bianca' -> WHITE_HOUSE (for USA)."""

    text: str
    lang: str
    kind: str  # capital | seat
    actor_id: str
    speaks_for: str


@dataclass(frozen=True, slots=True)
class ScanRule:
    """How the running-text scanner treats the aliases with this text (demonyms.yaml, scan_rules)."""

    text: str
    scan: bool = True
    scan_langs: tuple[str, ...] | None = None
    why: str | None = None


@dataclass(frozen=True)
class ReferenceData:
    """Everything the reference files say, as graph model objects plus the alias tables.

    Treat as read-only: load_reference() returns one shared, cached instance.
    """

    actors: dict[str, Actor]
    links: list[Link]
    metonyms: list[Metonym]
    entries: tuple[AliasEntry, ...]
    speaks_for: dict[str, str]
    blockers: dict[str, tuple[str, ...]]
    scan_rules: tuple[ScanRule, ...]
    sources: dict[str, str] = field(default_factory=dict)

    def actors_of_kind(self, kind: ActorKind | str) -> list[Actor]:
        kind = ActorKind(kind)
        return [a for a in self.actors.values() if a.kind == kind]

    def links_of(self, relation: Relation | str) -> list[Link]:
        relation = Relation(relation)
        return [ln for ln in self.links if ln.relation == relation]


# ------------------------------------------------------------------------------------------------ reading


def _data_path(name: str) -> str:
    return f"ingest/refdata/data/{name}"


def read_data_file(name: str) -> Any:
    """Parse one YAML file of data/ (safe_load)."""
    try:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError("reference data file is missing", path=_data_path(name)) from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise InputError(
            f"not valid YAML: {exc}", path=_data_path(name), line=None if line is None else line + 1
        ) from exc


def _require(cond: object, message: str, name: str, fld: str) -> None:
    if not cond:
        raise InputError(message, path=_data_path(name), field=fld)


def _strings(value: Any, name: str, fld: str) -> list[str]:
    if value is None:
        return []
    _require(
        isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value),
        "expected a list of non-empty strings",
        name,
        fld,
    )
    return [v.strip() for v in value]


def _lang_map(value: Any, name: str, fld: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    _require(isinstance(value, Mapping), "expected a mapping of language -> list of names", name, fld)
    out: dict[str, list[str]] = {}
    for lang, forms in value.items():
        _require(
            lang in ALL_LANGS,
            f"unknown language {lang!r} (expected one of {', '.join(ALL_LANGS)})",
            name,
            f"{fld}.{lang}",
        )
        out[lang] = _strings(forms, name, f"{fld}.{lang}")
    return out


def _date(value: Any, name: str, fld: str) -> date | None:
    if value is None:
        return None
    _require(isinstance(value, date), f"expected a date (YYYY-MM-DD), got {value!r}", name, fld)
    return value


def _dedupe(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def pycountry_version() -> str:
    try:
        return version("pycountry")
    except PackageNotFoundError:  # pragma: no cover - pycountry is a dependency
        return "unknown"


# -------------------------------------------------------------------------------------------------- build


class _Builder:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.aliases: dict[str, dict[str, list[str]]] = {}
        self.links: list[Link] = []
        self.metonyms: list[Metonym] = []
        self.entries: list[AliasEntry] = []
        self.speaks_for: dict[str, str] = {}

    def entry(self, text: str, lang: str, actor_id: str, how: str, speaks_for: str | None = None) -> None:
        self.entries.append(
            AliasEntry(text=text, lang=lang, actor_id=actor_id, how=how, speaks_for=speaks_for)
        )

    def alias(self, actor_id: str, lang: str, text: str) -> None:
        self.aliases.setdefault(actor_id, {}).setdefault(lang, []).append(text)

    def add_actor(self, file: str, fld: str, **fields: Any) -> None:
        actor_id = fields["id"]
        _require(actor_id not in self.actors, f"duplicate actor id {actor_id!r}", file, fld)
        try:
            self.actors[actor_id] = Actor(**fields)
        except ValidationError as exc:
            raise InputError(
                f"invalid actor: {exc.errors()[0]['msg']}", path=_data_path(file), field=fld
            ) from exc

    def finish_aliases(self) -> None:
        for actor_id, by_lang in self.aliases.items():
            actor = self.actors[actor_id]
            merged = {
                lang: _dedupe(forms)
                for lang, forms in sorted(by_lang.items(), key=lambda kv: _lang_rank(kv[0]))
            }
            self.actors[actor_id] = actor.model_copy(update={"aliases": merged})


def _lang_rank(lang: str) -> tuple[int, str]:
    base, _, private = lang.partition("-x-")
    return (ALL_LANGS.index(base) if base in ALL_LANGS else len(ALL_LANGS), private)


def _translations() -> dict[str, gettext.NullTranslations]:
    out: dict[str, gettext.NullTranslations] = {}
    for lang in LANGS:
        if lang == "en":
            continue
        out[lang] = gettext.translation(ISO_DOMAIN, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    return out


def _build_nations(b: _Builder, demonyms: Mapping[str, Any]) -> None:
    name = "demonyms.yaml"
    countries = demonyms.get("countries") or {}
    _require(isinstance(countries, Mapping), "expected a mapping alpha-3 -> languages", name, "countries")
    known = {c.alpha_3 for c in pycountry.countries}
    for a3 in countries:
        _require(
            a3 in known,
            f"{a3!r} is not an ISO 3166-1 alpha-3 code known to pycountry",
            name,
            f"countries.{a3}",
        )
    translations = _translations()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        a3 = country.alpha_3
        extra = countries.get(a3) or {}
        english = _dedupe(getattr(country, f, None) for f in ("name", "official_name", "common_name"))
        display = extra.get("name") or getattr(country, "common_name", None) or country.name
        b.add_actor(
            name, f"countries.{a3}", id=a3, kind=ActorKind.NATION, name=display, iso2=country.alpha_2, iso3=a3
        )
        for lang in LANGS:
            names = english if lang == "en" else _dedupe(translations[lang].gettext(n) for n in english)
            if lang == "en" and extra.get("name"):
                names = _dedupe([extra["name"], *names])
            for text in names:
                b.alias(a3, lang, text)
                b.entry(text, lang, a3, "name")
            forms = extra.get(lang) or {}
            _require(
                isinstance(forms, Mapping),
                "expected short/adjectives/demonyms",
                name,
                f"countries.{a3}.{lang}",
            )
            unknown = set(forms) - {"short", "adjectives", "demonyms"}
            _require(not unknown, f"unknown keys {sorted(unknown)}", name, f"countries.{a3}.{lang}")
            for key, how in (("short", "alias"), ("adjectives", "adjective"), ("demonyms", "demonym")):
                for text in _strings(forms.get(key), name, f"countries.{a3}.{lang}.{key}"):
                    b.alias(a3, lang, text)
                    b.entry(text, lang, a3, how)
        for lang in extra:
            _require(lang in (*LANGS, "name"), f"unknown key {lang!r}", name, f"countries.{a3}")


def _build_organizations(b: _Builder, data: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    name = "organizations.yaml"
    orgs = data.get("organizations") or {}
    _require(
        isinstance(orgs, Mapping) and orgs, "expected a mapping id -> organization", name, "organizations"
    )
    members: list[tuple[str, dict[str, Any]]] = []
    for org_id, spec in orgs.items():
        fld = f"organizations.{org_id}"
        _require(isinstance(spec, Mapping) and spec.get("name"), "needs a name", name, fld)
        b.add_actor(
            name,
            fld,
            id=org_id,
            kind=ActorKind.ORGANIZATION,
            name=spec["name"],
            wikidata=spec.get("wikidata"),
            cameo=spec.get("cameo"),
            description=spec.get("description"),
        )
        for lang, forms in _lang_map(spec.get("aliases"), name, f"{fld}.aliases").items():
            for text in forms:
                b.alias(org_id, lang, text)
                b.entry(text, lang, org_id, "name" if text == spec["name"] else "alias")
        if spec["name"] not in {t for forms in (spec.get("aliases") or {}).values() for t in forms or []}:
            b.alias(org_id, "en", spec["name"])
            b.entry(spec["name"], "en", org_id, "name")
        for i, member in enumerate(spec.get("members") or []):
            members.append((org_id, {"_field": f"{fld}.members[{i}]", **member}))
    return members


def _build_institutions(b: _Builder, data: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    name = "metonyms.yaml"
    insts = data.get("institutions") or {}
    parts: list[tuple[str, str, str]] = []
    for inst_id, spec in insts.items():
        fld = f"institutions.{inst_id}"
        _require(isinstance(spec, Mapping) and spec.get("name"), "needs a name", name, fld)
        _require(bool(spec.get("part_of")), "needs part_of", name, f"{fld}.part_of")
        speaks_for = spec.get("speaks_for") or spec["part_of"]
        b.add_actor(
            name,
            fld,
            id=inst_id,
            kind=ActorKind.INSTITUTION,
            name=spec["name"],
            wikidata=spec.get("wikidata"),
            description=spec.get("description"),
        )
        b.speaks_for[inst_id] = speaks_for
        parts.append((inst_id, spec["part_of"], fld))
        b.alias(inst_id, "en", spec["name"])
        b.entry(spec["name"], "en", inst_id, "name", speaks_for)
        for lang, forms in _lang_map(spec.get("names"), name, f"{fld}.names").items():
            for text in forms:
                b.alias(inst_id, lang, text)
                b.entry(text, lang, inst_id, "name" if text == spec["name"] else "alias", speaks_for)
        for lang, forms in _lang_map(spec.get("seats"), name, f"{fld}.seats").items():
            for text in forms:
                b.alias(inst_id, lang, text)
                b.entry(text, lang, inst_id, "seat_metonym", speaks_for)
                b.metonyms.append(
                    Metonym(text=text, lang=lang, kind="seat", actor_id=inst_id, speaks_for=speaks_for)
                )
    return parts


def _build_capitals(b: _Builder, data: Mapping[str, Any]) -> None:
    name = "metonyms.yaml"
    for actor_id, by_lang in (data.get("capitals") or {}).items():
        fld = f"capitals.{actor_id}"
        _require(actor_id in b.actors, f"unknown actor {actor_id!r}", name, fld)
        for lang, forms in _lang_map(by_lang, name, fld).items():
            for text in forms:
                b.alias(actor_id, capital_alias_key(lang), text)
                b.entry(text, lang, actor_id, "capital_metonym", actor_id)
                b.metonyms.append(
                    Metonym(text=text, lang=lang, kind="capital", actor_id=actor_id, speaks_for=actor_id)
                )


def _build_persons(b: _Builder, data: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    name = "leaders.yaml"
    persons = data.get("persons") or []
    _require(isinstance(persons, list) and persons, "expected a list of persons", name, "persons")
    offices: list[tuple[str, dict[str, Any]]] = []
    for i, spec in enumerate(persons):
        fld = f"persons[{i}]"
        _require(
            isinstance(spec, Mapping) and spec.get("id") and spec.get("name"), "needs id and name", name, fld
        )
        qid = spec.get("wikidata")
        _require(
            qid is None or (isinstance(qid, str) and qid[:1] == "Q" and qid[1:].isdigit()),
            f"bad Wikidata id {qid!r}",
            name,
            f"{fld}.wikidata",
        )
        _require(
            qid is None or spec["id"] == qid, "a person with a verified QID takes it as id", name, f"{fld}.id"
        )
        _require(
            qid is not None or not str(spec["id"]).startswith("Q"),
            "a slug id must not look like a QID",
            name,
            f"{fld}.id",
        )
        person_id = spec["id"]
        b.add_actor(name, fld, id=person_id, kind=ActorKind.PERSON, name=spec["name"], wikidata=qid)
        b.alias(person_id, MUL, spec["name"])
        b.entry(spec["name"], MUL, person_id, "name")
        for lang, forms in _lang_map(spec.get("aliases"), name, f"{fld}.aliases").items():
            for text in forms:
                b.alias(person_id, lang, text)
                b.entry(text, lang, person_id, "name" if text == spec["name"] else "alias")
        for j, office in enumerate(spec.get("offices") or []):
            offices.append((person_id, {"_field": f"{fld}.offices[{j}]", **office}))
    return offices


def _link(
    b: _Builder,
    name: str,
    fld: str,
    relation: Relation,
    src: str,
    dst: str,
    role: str | None,
    since: Any,
    until: Any,
) -> None:
    _require(src in b.actors, f"unknown actor {src!r}", name, fld)
    _require(dst in b.actors, f"unknown actor {dst!r}", name, fld)
    since_d, until_d = _date(since, name, f"{fld}.since"), _date(until, name, f"{fld}.until")
    _require(not (since_d and until_d and until_d < since_d), "until is before since", name, fld)
    b.links.append(Link(relation=relation, src=src, dst=dst, role=role, since=since_d, until=until_d))


def _ambiguity(data: Mapping[str, Any]) -> tuple[dict[str, tuple[str, ...]], tuple[ScanRule, ...]]:
    name = "demonyms.yaml"
    amb = data.get("ambiguity") or {}
    blockers = {
        lang: tuple(forms)
        for lang, forms in _lang_map(amb.get("blockers"), name, "ambiguity.blockers").items()
    }
    rules: list[ScanRule] = []
    for i, rule in enumerate(amb.get("scan_rules") or []):
        fld = f"ambiguity.scan_rules[{i}]"
        _require(isinstance(rule, Mapping) and isinstance(rule.get("text"), str), "needs text", name, fld)
        langs = rule.get("scan_langs")
        if langs is not None:
            langs = tuple(_strings(langs, name, f"{fld}.scan_langs"))
            _require(all(lang in LANGS for lang in langs), "unknown language", name, f"{fld}.scan_langs")
        rules.append(
            ScanRule(
                text=rule["text"], scan=bool(rule.get("scan", True)), scan_langs=langs, why=rule.get("why")
            )
        )
    return blockers, tuple(rules)


@lru_cache(maxsize=1)
def load_reference() -> ReferenceData:
    """Read pycountry and the data files once; return the whole reference data (cached, shared: read-only)."""
    demonyms = read_data_file("demonyms.yaml") or {}
    metonyms = read_data_file("metonyms.yaml") or {}
    organizations = read_data_file("organizations.yaml") or {}
    leaders = read_data_file("leaders.yaml") or {}

    b = _Builder()
    _build_nations(b, demonyms)
    members = _build_organizations(b, organizations)
    parts = _build_institutions(b, metonyms)
    _build_capitals(b, metonyms)
    offices = _build_persons(b, leaders)

    for org_id, m in members:
        _link(
            b,
            "organizations.yaml",
            m["_field"],
            Relation.MEMBER_OF,
            m.get("id", ""),
            org_id,
            m.get("role"),
            m.get("since"),
            m.get("until"),
        )
    for inst_id, parent, fld in parts:
        _link(b, "metonyms.yaml", f"{fld}.part_of", Relation.PART_OF, inst_id, parent, None, None, None)
    for inst_id, target in b.speaks_for.items():
        _require(
            target in b.actors,
            f"unknown actor {target!r}",
            "metonyms.yaml",
            f"institutions.{inst_id}.speaks_for",
        )
    for person_id, o in offices:
        _require(bool(o.get("role")), "an office needs a role", "leaders.yaml", o["_field"])
        _link(
            b,
            "leaders.yaml",
            o["_field"],
            Relation.HOLDS_OFFICE,
            person_id,
            o.get("holder", ""),
            o["role"],
            o.get("since"),
            o.get("until"),
        )

    ids = [ln.id for ln in b.links]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    _require(not dupes, f"duplicate links {dupes}", "organizations.yaml", "members")

    b.finish_aliases()
    blockers, rules = _ambiguity(demonyms)
    return ReferenceData(
        actors=dict(sorted(b.actors.items())),
        links=sorted(b.links, key=lambda ln: (ln.relation.value, ln.src, ln.dst, ln.since or date.min)),
        metonyms=b.metonyms,
        entries=tuple(b.entries),
        speaks_for=dict(b.speaks_for),
        blockers=blockers,
        scan_rules=rules,
        sources={"pycountry": pycountry_version(), **{f: _data_path(f) for f in DATA_FILES}},
    )
