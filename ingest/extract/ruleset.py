"""Load and compile the per-language rule files (ingest/extract/rules/<lang>.yaml + common.yaml).

A RuleSet holds, per category, a CueIndex (see cues.py) and a few small regexes built from the `words:` lists.
Rule files are validated on load: a bad regex or an unknown kind, modality, relation or condition raises
RuleError naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import PledgegraphError
from graph.vocab import vocabulary
from ingest.extract.cues import CueIndex, MultiIndex, alternation

RULES_DIR = Path(__file__).parent / "rules"
CLAIM_RELATIONS = ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES", "COORDINATES")


class RuleError(PledgegraphError):
    """A rule file that cannot be used."""


@dataclass(frozen=True)
class Trigger:
    id: str
    relation: str
    modality: str | None = None  # the modality this trigger itself carries ("is unacceptable" -> pledged)
    past: str | None = None  # modality of the trigger in a past tense (default: delivered for PLEDGES)
    requires: str | None = None  # multiple_subjects
    predicative: bool = False  # "X would be unacceptable": the subject is the speaker / the clause's topic
    inherit: bool = False  # may take its kinds from the previous claim ("un contributo", "winkten ab")
    inherit_anaphoric: bool = False  # ... only when its clause points back ("too", "anche", "y", "auch")
    kinds: tuple[str, ...] = ()  # kinds the trigger itself implies ("threatened ... tariffs" -> sanctions)
    adds: tuple[str, ...] = ()  # kinds the trigger always adds ("finance", "pay for" -> funding)
    joint: bool = False  # two or more parties doing it together also coordinate ("X and Y signed", "X signed with Y")
    attend: bool = False  # taking part in a meeting: the parties coordinate with its host ("were represented")
    visit: bool = False  # a visit: the visitor coordinates with the place's nation ("arrived in Kyiv")
    needs_object: bool = False  # its own kinds only when an actor follows ("threatened Moscow", not "threatened to")
    negated_only: bool = False  # only a claim when negated ("will not accept") - and then not a refusal
    base: float | None = None  # base confidence


@dataclass(frozen=True)
class KindCue:
    kinds: tuple[str, ...]
    weak: bool


@dataclass(frozen=True)
class Package:
    scope: str
    kind: str
    needs_nation: bool = False
    part_of_previous: bool = False


@dataclass
class RuleSet:
    language: str
    path: Path
    words: dict[str, re.Pattern[str]]
    raw_words: dict[str, list[str]]
    according_to: CueIndex
    speech_verbs: CueIndex
    modality: CueIndex
    negation: CueIndex
    negation_exceptions: CueIndex
    negation_after: CueIndex
    triggers: CueIndex
    kinds: CueIndex
    conditions: CueIndex
    target_preps: CueIndex
    deterrence: CueIndex
    packages: CueIndex
    anaphora: CueIndex
    roles: CueIndex
    offices: CueIndex
    qualifiers: CueIndex
    count_groups: CueIndex
    named: CueIndex
    hypothetical: CueIndex
    nonanswer: CueIndex
    pledge_nouns: CueIndex
    requests: CueIndex
    detach: CueIndex
    count_group_regex: re.Pattern[str]
    quantity: CueIndex
    quantity_regex: re.Pattern[str]
    tense: dict[str, re.Pattern[str]]
    group_spec: dict[str, Any]
    quantity_spec: dict[str, Any]
    number_words: dict[str, int]
    qualifier_after: bool
    common: dict[str, Any] = field(default_factory=dict)
    _multi: MultiIndex | None = None

    @property
    def multi(self) -> MultiIndex:
        """All cue categories in one index, scanned in one pass."""
        if self._multi is None:
            self._multi = MultiIndex(self.indexes())
        return self._multi

    def indexes(self) -> dict[str, CueIndex]:
        return {
            "according_to": self.according_to,
            "speech_verbs": self.speech_verbs,
            "modality": self.modality,
            "negation": self.negation,
            "negation_exceptions": self.negation_exceptions,
            "negation_after": self.negation_after,
            "triggers": self.triggers,
            "kinds": self.kinds,
            "conditions": self.conditions,
            "target_preps": self.target_preps,
            "deterrence": self.deterrence,
            "packages": self.packages,
            "anaphora": self.anaphora,
            "roles": self.roles,
            "offices": self.offices,
            "qualifiers": self.qualifiers,
            "count_groups": self.count_groups,
            "quantity": self.quantity,
            "named": self.named,
            "hypothetical": self.hypothetical,
            "nonanswer": self.nonanswer,
            "pledge_nouns": self.pledge_nouns,
            "requests": self.requests,
            "detach": self.detach,
        }


def available_languages() -> list[str]:
    return sorted(p.stem for p in RULES_DIR.glob("*.yaml") if p.stem != "common")


@lru_cache(maxsize=1)
def common_settings() -> dict[str, Any]:
    return yaml.safe_load((RULES_DIR / "common.yaml").read_text(encoding="utf-8"))


def _words_regex(items: list[str], *, suffix: str = "") -> re.Pattern[str]:
    return re.compile(alternation(items) + suffix, re.I)


def _elided(items: list[str]) -> str:
    """An alternation of words that may end in an apostrophe (elisions): followed by space or nothing."""
    return alternation(items)


def _compose_number_words(spec: dict[str, Any]) -> dict[str, int]:
    """Number words, plus compounds built from `tens` x `units` by the language's `compose` rule."""
    words = {str(k).lower(): int(v) for k, v in (spec.get("numbers") or {}).items()}
    comp = spec.get("compose") or {}
    tens = {str(k).lower(): int(v) for k, v in (comp.get("tens") or {}).items()}
    units = {str(k).lower(): int(v) for k, v in (comp.get("units") or {}).items()}
    pattern = comp.get("pattern")  # e.g. "{tens}{unit}", "{tens}-{unit}", "{unit}und{tens}"
    elide = comp.get("elide_vowel_before") or ""
    if pattern:
        for t, tv in tens.items():
            for u, uv in units.items():
                tt = t[:-1] if elide and t[-1:] in "aeiou" and u[:1] in elide else t
                words[pattern.format(tens=tt, unit=u)] = tv + uv
        for t, tv in tens.items():
            words.setdefault(t, tv)
        for u, uv in units.items():
            words.setdefault(u, uv)
    for alt in comp.get("also") or []:
        for t, tv in tens.items():
            for u, uv in units.items():
                words.setdefault(alt.format(tens=t, unit=u), tv + uv)
    return words


def _check_kind(kind: str, where: str) -> str:
    if kind not in vocabulary().kinds:
        raise RuleError(f"{where}: unknown kind {kind!r}")
    return kind


def load_rules(language: str) -> RuleSet:
    return _load_rules(language)


@lru_cache(maxsize=16)
def _load_rules(language: str) -> RuleSet:
    path = RULES_DIR / f"{language}.yaml"
    if not path.is_file():
        raise RuleError(f"no rules for language {language!r} (have: {', '.join(available_languages())})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return _compile(language, path, data)
    except (ValueError, KeyError, TypeError) as exc:
        raise RuleError(f"{path}: {exc}") from exc


def _compile(language: str, path: Path, data: dict[str, Any]) -> RuleSet:
    vocab = vocabulary()
    modalities = set(vocab.modalities)
    w = data.get("words") or {}
    raw_words = {k: [str(x) for x in v] for k, v in w.items()}
    arts = raw_words.get("articles", [])
    art = alternation(arts)
    sep = r"(?:\s+|(?<='))"
    art_opt = rf"(?:{art}{sep})?"
    words: dict[str, re.Pattern[str]] = {}

    def before(name: str, items: list[str]) -> None:
        # text before a mention ends with one of these words (+ an optional article)
        words[name] = re.compile(rf"(?<!\w){alternation(items)}{sep}{art_opt}(?:{art}{sep})?$", re.I)

    before("prep_before", raw_words.get("prepositions", []))
    before("benef_before", raw_words.get("beneficiary_prepositions", []))
    before("genitive_before", raw_words.get("genitive", []))
    before("between_before", raw_words.get("between", []))
    before("with_before", raw_words.get("with", []))
    before("without_before", raw_words.get("without", []) + raw_words.get("without_extra", []))
    before("including_before", raw_words.get("including", []))
    before("locative_before", raw_words.get("locative", []) or ["(?!)"])
    # "as part of security guarantees", "dans le cadre de", "im Rahmen von": context, not the contribution
    before("context_before", raw_words.get("context", []) or ["(?!)"])
    words["article_before"] = re.compile(rf"(?<!\w){art}{sep}$", re.I)
    words["buys"] = re.compile(rf"(?<!\w){alternation(raw_words.get('buys') or ['(?!)'])}(?!\w)", re.I)
    if raw_words.get("pronouns") or raw_words.get("role_pronouns"):
        # "He said ...", "..., wo er ...", "..., where he ...": a pronoun opening the clause (after a conjunction);
        # a bare office ("the minister", "il ministro", "der Kanzler") is one too when no nation follows it
        conj = alternation(raw_words.get("clause_openers") or ["(?!)"])
        prons = alternation(raw_words.get("pronouns", []))
        role_alt = alternation(raw_words.get("role_pronouns", []))
        not_after = alternation(raw_words.get("role_not_after", []))
        words["pronoun_start"] = re.compile(
            rf"[\s,;:\"'(-]*(?:{conj}\s+)?(?:{prons}|{role_alt}(?!\s+{not_after}(?!\w)))(?!\w)", re.I
        )
    if raw_words.get("first_person"):
        # "We will provide ...": a first-person plural opening the clause (after a conjunction or a quote mark)
        conj = alternation(raw_words.get("clause_openers") or ["(?!)"])
        words["first_person_start"] = re.compile(
            rf"[\s,;:\"'(\u201c\u00ab-]*(?:{conj}\s+)?(?:{alternation(raw_words['first_person'])})(?!\w)", re.I
        )
    if raw_words.get("clause_articles"):
        # "Des responsables ...": words that are prepositions inside a clause but articles at its start
        words["clause_article"] = re.compile(
            rf"(?:^|[,;:.!?\n\"]\s*|^\s*){alternation(raw_words['clause_articles'])}\s+$", re.I
        )
    coord = alternation([c for c in raw_words.get("coordinators", []) if c != ","])
    words["coord_gap"] = re.compile(rf"\s*(?:,\s*)?(?:(?:{coord})\s+)?(?:{art}{sep})?(?:{art}{sep})?", re.I)
    words["complementizer_after"] = re.compile(
        rf"\s*(?:,\s*)?(?:{alternation(raw_words.get('complementizers', ['that']))})(?:\s|(?<='))|\s*:", re.I
    )
    words["agent_after"] = re.compile(
        rf"\s*(?:{alternation(raw_words.get('agent', []))})(?:\s+|(?<='))"
        rf"(?:{art}{sep})?",
        re.I,
    )
    agent_gen = alternation(raw_words.get("agent", []) + raw_words.get("genitive", []))
    words["noun_agent"] = re.compile(
        rf"\s*(?:{agent_gen})(?:\s+|(?<='))(?:{art}{sep})?",
        re.I,
    )
    excl = raw_words.get("without", []) + raw_words.get("excluding", [])
    words["exclusion"] = re.compile(rf"(?<!\w){alternation(excl) if excl else '(?!)'}(?!\w)", re.I)
    words["infinitive_gap"] = re.compile(
        rf"\s*(?:\w+\s+){{0,2}}?(?:{alternation(raw_words.get('infinitive') or ['(?!)'])})(?:\s+|(?<='))$", re.I
    )
    words["deontic"] = re.compile(rf"(?<!\w){alternation(raw_words.get('deontic') or ['(?!)'])}(?!\w)", re.I)
    words["including_after"] = re.compile(
        rf"\s*,?\s*(?:{alternation(raw_words.get('including') or ['(?!)'])})(?:\s+|(?<='))", re.I
    )
    words["anaphoric_office"] = re.compile(alternation(raw_words.get("anaphoric_office") or ["(?!)"]), re.I)
    # comma-delimited relative clauses (", che ha ...,", ", which has ...,"): openers listed per language
    if raw_words.get("relative_clause_openers"):
        words["relative_clause"] = re.compile(
            rf",\s*(?:{alternation(raw_words['relative_clause_openers'])})(?!\w)[^,;.:?!]{{3,100}},", re.I
        )
        words["relative_opener"] = re.compile(
            rf"\s*(?:{alternation(raw_words['relative_clause_openers'])})(?!\w)", re.I
        )
    if raw_words.get("anaphoric_package"):
        openers = alternation(raw_words.get("clause_openers") or ["(?!)"])
        # at the start of the sentence (after quotes, a dateline dash or a connective like "inoltre"/"also")
        words["anaphoric_package"] = re.compile(
            rf"[\s\"'(\u2013\u2014-]*(?:(?:{openers}|inoltre|also|außerdem|zudem|en outre)\s*,?\s+)?"
            rf"((?:{alternation(raw_words['anaphoric_package'])}))(?!\w)",
            re.I,
        )
    if raw_words.get("rather_than"):
        words["rather_before"] = re.compile(
            rf"(?<!\w)(?:{alternation(raw_words['rather_than'])})\s+(?:(?:{art}){sep})?(?:\w+\s+)?$", re.I
        )
    for key in ("postverbal_speech_opener", "postverbal_gap"):
        if raw_words.get(key):
            words[key] = re.compile(raw_words[key][0], re.I)
    words["relative_after"] = re.compile(rf"\s*(?:,\s*)?(?:{alternation(raw_words.get('relatives', []))})\b", re.I)
    words["purpose_before"] = re.compile(rf"(?<!\w){alternation(raw_words.get('purpose', []))}\s+$", re.I)
    words["contrast"] = re.compile(rf"(?<!\w){alternation(raw_words.get('contrast', []))}(?!\w)", re.I)
    # clause boundaries (negation scope, kinds, non-answers): "but"/"ma"/"mais" anywhere, the other contrast
    # words only after a comma; never "but also", "ma anche", "sondern auch"
    strong = raw_words.get("contrast_split") or []
    weak = [w for w in raw_words.get("contrast", []) if w not in strong]
    not_after = alternation(raw_words.get("contrast_not") or ["(?!)"])
    words["clause_split"] = re.compile(
        rf"(?:(?<=\s)|(?<=,))(?:{alternation(strong) if strong else '(?!)'})(?!\w)(?!\s+{not_after}(?!\w))"
        rf"|,\s*(?:{alternation(weak) if weak else '(?!)'})(?!\w)(?!\s*,)(?!\s+{not_after}(?!\w))",
        re.I,
    )
    post = raw_words.get("contrast_postposed") or []
    if post:
        # "Polen schickt keine Soldaten, übernimmt aber die Logistik": a comma, a verb, then the contrast word
        words["clause_split"] = re.compile(
            words["clause_split"].pattern + rf"|,(?=\s*\w+\s+(?:{alternation(post)})(?!\w))", re.I
        )
    words["anaphoric"] = re.compile(rf"(?<!\w){alternation(raw_words.get('anaphoric') or ['(?!)'])}(?!\w)", re.I)
    words["possessive_after"] = (
        re.compile(raw_words.get("possessive", ["(?!)"])[0], re.I)
        if raw_words.get("possessive")
        else re.compile(r"(?!)")
    )

    sp = data.get("speech") or {}
    according_to = CueIndex(((c, "according_to") for c in sp.get("according_to", [])), name=f"{language}.speech")
    speech_verbs = CueIndex(((c, "speech") for c in sp.get("verbs", [])), name=f"{language}.speech")

    mod_entries: list[tuple[str, Any]] = []
    for modality, cues in (data.get("modality") or {}).items():
        if modality not in modalities:
            raise ValueError(f"modality: unknown modality {modality!r}")
        mod_entries.extend((c, modality) for c in cues)
    modality_index = CueIndex(mod_entries, name=f"{language}.modality")
    negation = CueIndex(((c, "negation") for c in data.get("negation", [])), name=f"{language}.negation")
    negation_exceptions = CueIndex(
        ((c, "exception") for c in data.get("negation_exceptions", [])),
        name=f"{language}.negation_exceptions",
    )
    negation_after = CueIndex(
        ((c, "negation") for c in data.get("negation_after", [])), name=f"{language}.negation_after"
    )

    trig_entries: list[tuple[str, Any]] = []
    for t in data.get("triggers") or []:
        rel = t["relation"]
        if rel not in CLAIM_RELATIONS:
            raise ValueError(f"trigger {t.get('id')}: unknown relation {rel!r}")
        for key in ("modality", "past"):
            if t.get(key) and t[key] not in modalities:
                raise ValueError(f"trigger {t['id']}: unknown {key} {t[key]!r}")
        trig = Trigger(
            id=t["id"],
            relation=rel,
            modality=t.get("modality"),
            past=t.get("past"),
            requires=t.get("requires"),
            predicative=bool(t.get("predicative")),
            inherit=bool(t.get("inherit")),
            inherit_anaphoric=t.get("inherit") == "anaphoric",
            negated_only=bool(t.get("negated_only")),
            kinds=tuple(_check_kind(k, f"trigger {t['id']}") for k in t.get("kinds", [])),
            needs_object=bool(t.get("needs_object")),
            joint=bool(t.get("joint")),
            attend=bool(t.get("attend")),
            visit=bool(t.get("visit")),
            adds=tuple(_check_kind(k, f"trigger {t['id']}") for k in t.get("adds_kinds", [])),
            base=t.get("confidence"),
        )
        trig_entries.extend((c, trig) for c in t["cues"])
    triggers = CueIndex(trig_entries, name=f"{language}.triggers")

    kind_entries: list[tuple[str, Any]] = []
    for section, is_weak in (("kinds", False), ("weak_kinds", True)):
        for kind, cues in (data.get(section) or {}).items():
            kinds = tuple(_check_kind(k.strip(), section) for k in str(kind).split("+"))
            for c in cues:
                kind_entries.append((c, KindCue(kinds, is_weak)))
    kinds_index = CueIndex(kind_entries, name=f"{language}.kinds")

    cond_entries: list[tuple[str, Any]] = []
    for cond, cues in (data.get("conditions") or {}).items():
        if cond not in vocab.conditions:
            raise ValueError(f"conditions: unknown condition {cond!r}")
        cond_entries.extend((c, cond) for c in cues)
    conditions = CueIndex(cond_entries, name=f"{language}.conditions")

    tg = data.get("targets") or {}
    target_preps = CueIndex(((c, "target") for c in tg.get("prepositions", [])), name=f"{language}.targets")
    deterrence = CueIndex(((c, "deterrence") for c in tg.get("deterrence", [])), name=f"{language}.deterrence")

    pkg_entries: list[tuple[str, Any]] = []
    for p in data.get("packages") or []:
        pkg_entries.append(
            (
                p["cue"],
                Package(
                    scope=p["scope"],
                    kind=_check_kind(p["kind"], "packages"),
                    needs_nation=bool(p.get("needs_nation")),
                    part_of_previous=bool(p.get("part_of_previous")),
                ),
            )
        )
    packages = CueIndex(pkg_entries, name=f"{language}.packages")
    anaphora = CueIndex(((c, "anaphora") for c in data.get("anaphora", [])), name=f"{language}.anaphora")

    g = data.get("groups") or {}
    roles = CueIndex(((pat, role) for role, pat in (g.get("roles") or {}).items()), name=f"{language}.roles")
    offices = CueIndex(((pat, "office") for pat in (g.get("offices") or [])), name=f"{language}.offices")
    qualifiers = CueIndex(
        ((pat, code) for code, pat in (g.get("qualifiers") or {}).items()), name=f"{language}.qualifiers"
    )

    q = data.get("quantity") or {}
    number_words = _compose_number_words(q)
    numword = alternation(re.escape(x) for x in number_words)
    num = r"(?:\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    # count groups: "oltre dieci nazioni", "more than ten European countries", "une trentaine de pays"
    bounds = g.get("bounds") or {}
    bound_alt = "|".join(f"(?P<b_{k}>{v})" for k, v in bounds.items())
    vague_alt = "|".join(f"(?P<v_{k}>{v})" for k, v in (g.get("vague") or {}).items())
    collectives = {str(k).lower(): int(v) for k, v in (g.get("collectives") or {}).items()}
    coll_alt = alternation(re.escape(x) for x in collectives)
    quals = "|".join(f"(?:{v})" for v in (g.get("qualifiers") or {}).values()) or "(?!)"
    link = g.get("link") or "(?!)"
    nouns = g.get("nation_nouns") or "(?!)"
    indef = g.get("indefinite") or "(?!)"
    lead = rf"(?:(?:{bound_alt})\s+)?" if bound_alt else ""
    count_core = (
        rf"(?:(?:{vague_alt})|(?P<num>{num}|{numword})|(?:(?:{indef})\s+)?(?P<coll>{coll_alt}))"
        rf"(?:\s+(?:{link})(?:\s+|(?<=')))?"
    )
    qualifier_after = bool(g.get("qualifier_after", True))
    if qualifier_after:
        count_rx = rf"{lead}{count_core}\s*(?P<noun>{nouns})(?:\s+(?P<qual>{quals}))?"
    else:
        count_rx = rf"{lead}{count_core}\s*(?:(?P<qual>{quals})\s+)?(?P<noun>{nouns})"
    count_group_regex = re.compile(count_rx + r"(?!\w)", re.I)
    count_groups = CueIndex([(count_rx, "count_group")], name=f"{language}.count_groups")

    # quantities: "alcune centinaia di soldati", "up to 20,000 troops", "plusieurs milliers de soldats"
    qb = q.get("bounds") or {}
    mults = {str(k).lower(): float(v) for k, v in (q.get("multipliers") or {}).items()}
    mult_alt = alternation(re.escape(x) for x in mults)
    qvague = {str(k).lower(): v for k, v in (q.get("vague") or {}).items()}
    qvague_alt = alternation(re.escape(x) for x in qvague)
    qlink = alternation(q.get("link") or ["(?!)"])
    between = alternation(q.get("between") or ["(?!)"])
    joiners = alternation(re.escape(x) for x in (q.get("range_joiners") or ["-"]))
    units = q.get("units") or {}
    unit_alt = "|".join(f"(?P<u_{re.sub(r'[^A-Za-z0-9_]', '_', k)}>{v})" for k, v in units.items())
    cur = q.get("currency_prefix") or r"(?!)"
    numexpr = rf"(?:(?P<cur>{cur})\s?)?(?:(?P<num>{num})|(?P<numword>{numword}))"

    def mexpr(name: str) -> str:
        return rf"(?P<{name}>{mult_alt}(?:\s+(?:{qlink})(?:\s+|(?<=')){mult_alt})?)"

    bounds_alt = "|".join(f"(?P<qb_{k}>{v})" for k, v in qb.items()) or "(?!)"
    qrx = (
        rf"(?:(?:{bounds_alt})\s+)?"
        rf"(?:(?P<between>{between})\s+(?P<lo>{num}|{numword})\s*(?:{joiners})\s*)?"
        rf"(?:(?P<vague>{qvague_alt})\s+)?"
        rf"(?:(?:{q.get('indefinite') or '(?!)'})\s+)?"
        rf"(?:{numexpr}\s*(?:{mexpr('mult')})?|{mexpr('mult2')})\s*(?:(?:{qlink})(?:\s+|(?<='))"
        rf"(?:(?:{q.get('filler') or '(?!)'})\s+)?)?(?:{unit_alt})"
    )
    quantity_regex = re.compile(qrx + r"(?!\w)", re.I)
    quantity = CueIndex([(qrx, "quantity")], name=f"{language}.quantity")

    named = CueIndex(((n["cue"], n["actor"]) for n in data.get("named_actors") or []), name=f"{language}.named")
    # spans that assert nothing: "if/whether/se/si/ob ...", "asked whether ...", up to the clause's end
    hypothetical = CueIndex(((c, "hypothetical") for c in data.get("hypothetical") or []), name=f"{language}.hyp")
    # clauses that answer nothing: "declined to say", "premature", "verfrüht", "non ha reso noto"
    nonanswer = CueIndex(((c, "nonanswer") for c in data.get("nonanswer") or []), name=f"{language}.nonanswer")
    # nouns whose genitive/agent names the pledger: "die Zusage von 26 Staaten", "the pledge by Germany"
    pledge_nouns = CueIndex(((c, "pledge_noun") for c in data.get("pledge_nouns") or []), name=f"{language}.pnouns")
    # requests ("asked allies for", "ha chiesto ai partner di"): what is asked for is nobody's pledge
    requests = CueIndex(((c, "request") for c in data.get("requests") or []), name=f"{language}.requests")
    # verbs that take a contribution as their object without owning it ("accused Berlin of", "reagierte auf")
    detach = CueIndex(((c, "detach") for c in data.get("detach") or []), name=f"{language}.detach")

    t = data.get("tense") or {}
    tense = {k: re.compile(v, re.I) for k, v in t.items()}

    return RuleSet(
        language=language,
        path=path,
        words=words,
        raw_words=raw_words,
        according_to=according_to,
        speech_verbs=speech_verbs,
        modality=modality_index,
        negation=negation,
        negation_exceptions=negation_exceptions,
        negation_after=negation_after,
        triggers=triggers,
        kinds=kinds_index,
        conditions=conditions,
        target_preps=target_preps,
        deterrence=deterrence,
        packages=packages,
        anaphora=anaphora,
        roles=roles,
        offices=offices,
        qualifiers=qualifiers,
        count_groups=count_groups,
        named=named,
        hypothetical=hypothetical,
        nonanswer=nonanswer,
        pledge_nouns=pledge_nouns,
        requests=requests,
        detach=detach,
        count_group_regex=count_group_regex,
        quantity=quantity,
        quantity_regex=quantity_regex,
        tense=tense,
        group_spec={**g, "collectives": collectives},
        quantity_spec={**q, "multipliers": mults, "vague": qvague},
        number_words=number_words,
        qualifier_after=qualifier_after,
        common=common_settings(),
    )
