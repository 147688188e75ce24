"""The rule extractor: transparent, per-language rules (rules/<lang>.yaml) over sentences and actor mentions.

How a claim is found (see ingest/extract/README.md for the full account):

1. The text is segmented into sentences (ingest.segment); actors are found by the alias index; every cue
category
   of the language's rule file is scanned once over the whole document (cues.CueIndex) and bucketed by
   sentence.
2. Per sentence, phrases that are not subjects are taken out first: conditions ("in caso di escalation"),
targets
   ("contro la Russia"), kinds that contain an actor ("presenza militare della NATO"), group qualifiers
   ("leader
   europei e statunitensi" -> EUROPEAN_LEADERS, US_LEADERS), speakers ("Secondo Trump,", "X said that").
3. Each trigger (a pledge, support, opposition, refusal or meeting verb or noun) opens a frame. Its subject
is the
   nearest chain of nominal actor mentions before it ("La Francia e il Regno Unito"); failing that a passive
   agent
   ("consegnati da Danimarca"), a nation adjective on a package ("backup americano"), the previous frame of
   the
   sentence (a trigger with no subject of its own continues it: "pronti a inviare truppe e a fornire armi"), a
   nation adjective on the contribution ("forze britanniche e francesi"), or the speaker ("Macron said he is
   ready").
4. The frame's kinds are the kind cues after the trigger up to the next frame (before it if there are none
after);
   its modality is the modality cue nearest before the trigger (a chain of adjacent cues takes the first),
   else the
   trigger's tense, else the relation's default; a negation before a pledge makes it DECLINES/refused.
5. Beneficiary: an actor after a beneficiary preposition, a mention of a recipient (Ukraine), else the
document's
   topic (common.yaml: default_beneficiary) when the subject is neither the recipient nor its adversary.
6. What a text says about a package that no actor is named as backing (its parts, its target) becomes a
PART_OF or
   TARGETS record with subject None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ingest.extract.actors import ActorResolver, Mention, default_resolver
from ingest.extract.base import ExtractedClaim
from ingest.extract.cues import Hit, alternation, fold, word_starts
from ingest.extract.quantity import normalise
from ingest.extract.ruleset import (
    Package,
    RuleError,
    RuleSet,
    Trigger,
    available_languages,
    load_rules,
)
from ingest.langdetect import detect
from ingest.readers import RawDocument
from ingest.segment import Span, sentences

NATION_LEVEL = ("PLEDGES", "DECLINES")
_DATELINE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[A-ZÀ-ÖØ-Þ]{3,}(?:(?: ?/ ?| )[A-ZÀ-ÖØ-Þ]{2,}){0,3}(?:,[ \t]*[\w. ]{1,25}?){0,2}"
    r"|[A-ZÀ-ÖØ-Þ][\w'’.À-ÿ-]*(?:(?: ?/ ?| )[A-ZÀ-ÖØ-Þ][\w'’.À-ÿ-]*){0,3},[ \t]*[\w. ]{0,12}\d[\w. ]{0,12}?)"
    r"(?:[ \t]*\([^)\n]{1,20}\))?[ \t]+[–—-]{1,2}[ \t]"
)
# role groups whose words are nobody's claim ("analysts say Germany could ...")
NON_SOURCES = ("ANALYSTS",)
# unnamed role groups that may meet ("the leaders held a call with Trump")
MEETING_ROLES = ("LEADERS", "MINISTERS", "COMMANDERS", "REPRESENTATIVES")
STANCE = ("SUPPORTS", "OPPOSES")


# ------------------------------------------------------------------------------------------------ per-
# document state


# where a "without" phrase starts ("sans", "without", "ohne")
WITHOUT_START = r"(?:{words})(?!\w)"

# "the allies" (not "partners") of a text that names NATO are NATO's
ALLIES_RX = re.compile(r"(?:\w+\s+)?(?:alleat|allies|allié|verbündet|alliiert)", re.I)


@dataclass
class _Doc:
    raw: RawDocument
    text: str
    norm: str
    source: str
    rules_by_lang: dict[str, RuleSet]
    hits: dict[str, dict[str, list[Hit]]]  # lang -> category -> hits (sorted)
    hit_starts: dict[str, dict[str, list[int]]]
    mentions: list[Mention]
    mention_starts: list[int]
    topic_beneficiary: str | None
    topic_kinds: list[str] = field(default_factory=list)  # what the article is about: its title's (or lead's) kinds
    home: str | None = None  # the dateline's nation, else the title's first nation ("ATENE –", "La Grecia ...")
    packages: list[tuple[Package, str, str | None]] = field(default_factory=list)  # (package, scope, beneficiary)
    package_modality: dict[str, str] = field(default_factory=dict)
    last_claims: list[ExtractedClaim] = field(default_factory=list)
    last_claim_sentence: int = -10
    last_person: Mention | None = None
    issuer: Mention | None = None  # who issues the text ("we" of a press release): the first actor of its opening
    bounds: list[int] = field(default_factory=list)  # the current sentence's clause boundaries (with its ends)
    blocked: list[tuple[int, int, tuple[str, ...] | None]] = field(default_factory=list)  # spans asserting nothing
    last_host: tuple[Mention, int] | None = None  # the last meeting's host and its sentence ("were represented")
    last_meeting: tuple[Mention, int] | None = None  # the last meeting's first party ("Starmer opens the call")
    without_refusals: set[int] = field(default_factory=set)  # triggers refused by "without" ("senza inviare")


@dataclass
class _Frame:
    trigger: Hit
    relation: str
    subjects: list[Mention]
    how: str  # nominal | agent | package | merged | adjective | speaker | none
    start: int  # where the frame's words start (its subject or trigger)
    end: int = 0
    extra: list[Hit] = field(default_factory=list)
    package: tuple[Package, str] | None = None
    partners: list[Mention] = field(default_factory=list)
    negated: bool = False
    adj_kind: Hit | None = None
    all_subjects: list[Mention] = field(default_factory=list)  # before recipients were dropped (joint acts)
    joint: bool = False  # a COORDINATES frame made from a joint act ("X and Y signed")
    lo: int | None = None  # where its modality cues may start (after a late pronoun: "..., as he would ...")
    star: bool = False  # a meeting's chairs: each meets the partners, not each other


def _in(hits: list[Hit], starts: list[int], lo: int, hi: int) -> list[Hit]:
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(hits) and hits[i].start < hi:
        if hits[i].end <= hi:
            out.append(hits[i])
        i += 1
    return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


class RuleExtractor:
    """Extract claims with the per-language YAML rules. Thread-safe after construction (read-only state)."""

    name = "rules"

    def __init__(
        self,
        *,
        resolver: ActorResolver | None = None,
        languages: Iterable[str] | None = None,
        min_confidence: float | None = None,
    ) -> None:
        self.resolver = resolver or default_resolver()
        self.languages = list(languages) if languages else available_languages()
        self.rules = {lang: load_rules(lang) for lang in self.languages}
        self.common = next(iter(self.rules.values())).common if self.rules else {}
        # claims below this confidence are not returned (common.yaml `confidence.min`; README "Confidence")
        self.min_confidence = float(
            min_confidence if min_confidence is not None else (self.common.get("confidence") or {}).get("min", 0.0)
        )
        self.last_info: dict[str, Any] = {}

    # --------------------------------------------------------------------------------------------- public API

    def extract(self, doc: RawDocument) -> list[ExtractedClaim]:
        claims, info = self.extract_with_info(doc)
        self.last_info = info
        return claims

    def extract_with_info(self, doc: RawDocument) -> tuple[list[ExtractedClaim], dict[str, Any]]:
        """Claims plus what the caller should report: language used, warnings, sentence count."""
        info: dict[str, Any] = {"warnings": list(doc.warnings), "sentences": 0, "languages": []}
        text = doc.text
        if not text or not text.strip():
            info["warnings"].append("empty document: nothing to extract")
            return [], info
        sents = sentences(text)
        info["sentences"] = len(sents)
        langs = self._languages_for(doc, text, sents)
        info["languages"] = sorted(set(langs.values()))
        unsupported = sorted({lg for lg in langs.values() if lg not in self.rules})
        if unsupported:
            info["warnings"].append(
                f"no extraction rules for language(s) {', '.join(unsupported)}; "
                f"those sentences were skipped (rules exist for {', '.join(self.languages)})"
            )
        used = sorted({lg for lg in langs.values() if lg in self.rules})
        if not used:
            return [], info
        d = self._prepare(doc, text, used)
        out: list[ExtractedClaim] = []
        for i, s in enumerate(sents):
            lang = langs[s.index]
            if lang not in self.rules:
                continue
            out.extend(self._sentence(d, self.rules[lang], s, i))
        if self.min_confidence > 0:
            kept = [c for c in out if c.confidence >= self.min_confidence]
            if len(kept) < len(out):
                info["below_min_confidence"] = len(out) - len(kept)
            out = kept
        if not out:
            info["warnings"].append("no claims found in this document")
        info["claims"] = len(out)
        return out, info

    # ------------------------------------------------------------------------------------------- preparation

    def _languages_for(self, doc: RawDocument, text: str, sents: list[Span]) -> dict[int, str]:
        lang = (doc.language or "").lower()[:2] or None
        det = doc.language_detection
        if det is None and not lang:
            det = detect(text)
        if lang is None:
            lang = det.language if det else "und"
        langs = {s.index: lang for s in sents}
        if det is not None and det.mixed:
            # a mixed document: each paragraph's own language decides its rules
            para_lang: dict[int, str] = {}
            for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
                d2 = detect(m.group(0))
                for s in sents:
                    if m.start() <= s.start < m.end() and d2.reliable:
                        para_lang[s.index] = d2.language
            langs.update(para_lang)
        return langs

    def _prepare(self, doc: RawDocument, text: str, langs: list[str]) -> _Doc:
        norm = fold(text)
        starts = word_starts(norm)
        hits: dict[str, dict[str, list[Hit]]] = {}
        hit_starts: dict[str, dict[str, list[int]]] = {}
        for lang in langs:
            rules = self.rules[lang]
            hits[lang] = {}
            hit_starts[lang] = {}
            for cat, found in rules.multi.scan(norm, starts).items():
                hits[lang][cat] = found
                hit_starts[lang][cat] = [h.start for h in found]
        primary = langs[0] if len(langs) == 1 else (doc.language if doc.language in langs else langs[0])
        mentions = self.resolver.mentions(text, primary if len(langs) == 1 else None)
        mentions.extend(self._combining_forms(text))
        for lang in langs:
            # collective names the alias index does not hold ("les Vingt-Sept" = EU, "die G7-Staaten")
            for h in hits[lang]["named"]:
                if not any(_overlaps(h.start, h.end, m.start, m.end) for m in mentions):
                    kind = self.resolver.kind_of(h.payload) or "organization"
                    mentions.append(Mention(h.start, h.end, h.payload, kind, "name", None, text[h.start : h.end]))
        for lang in langs:
            mentions = self._groups(norm, mentions, self.rules[lang], hits[lang])
        mentions.sort(key=lambda m: (m.start, -m.end))
        # datelines ("LONDON, March 2 —", "KIEV, 16 GEN -", "Paris, 11 mars 2025 –"): a place, never a party
        for dm in _DATELINE.finditer(text):
            for m in mentions:
                if dm.start() <= m.start and m.end <= dm.end():
                    m.used = "dateline"
        self._doc_mentions = mentions
        topic = self._topic(doc, mentions)
        # the issuer of a press release or statement: the first nation, institution or person of its opening
        # sentence (a dateline capital counts: "OTTAWA, 11 April - ... we will provide")
        first_end = sentences(text[:600])[0].end if text.strip() else 0
        issuer = next(
            (
                m
                for m in mentions
                if m.start < first_end and m.kind in ("nation", "institution", "person") and m.subject_ok
            ),
            None,
        )
        return _Doc(
            issuer=issuer,
            raw=doc,
            text=text,
            norm=norm,
            source=doc.source_name,
            rules_by_lang=self.rules,
            hits=hits,
            hit_starts=hit_starts,
            mentions=mentions,
            mention_starts=[m.start for m in mentions],
            topic_beneficiary=topic,
            topic_kinds=self._topic_kinds(doc, text, self.rules[primary], hits[primary]),
            home=self._home(doc, mentions),
        )

    def _home(self, doc: RawDocument, mentions: list[Mention]) -> str | None:
        """The nation an article reports from or about: its dateline's ("ATENE, 17 APR –"), else the first nation
        its title names as an actor ("La Grecia invierà proiettili ..."). An office named without a nation at the
        start of such an article ("Il governo non cederà ...") is this nation's. Never the recipient."""
        recipients = set(self.common.get("recipients") or [])
        for m in mentions:
            if m.used == "dateline" and m.kind == "nation":
                nat = m.speaks_for or m.actor
                return None if nat in recipients else nat
        if doc.title:
            for m in self.resolver.mentions(doc.title, None):
                if m.kind == "nation" and not m.adjectival:
                    nat = m.speaks_for or m.actor
                    return None if nat in recipients else nat
        return None

    def _topic_kinds(self, doc: RawDocument, text: str, rules: RuleSet, hits: dict[str, list[Hit]]) -> list[str]:
        """The kinds an article is about: the specific kinds named in its title, else in its first sentence
        ("Missiles Tomahawk : ...", "Deutschland ... zum Kauf von Artilleriegranaten"). Reactions and participations
        that name no kind ("Budapest denounced 'a dangerous game'", "France is weighing taking part") are about
        these."""
        found: list[Hit] = []
        if doc.title and doc.title.strip():
            tn = fold(doc.title)
            found = [h for h in rules.multi.scan(tn, word_starts(tn)).get("kinds", []) if not h.payload.weak]
        if not found and text.strip():
            first = sentences(text[:800])[0]
            found = [h for h in hits.get("kinds", []) if first.start <= h.start < first.end and not h.payload.weak]
        out: list[str] = []
        for h in found:
            for k in h.payload.kinds:
                if k not in out:
                    out.append(k)
        return out

    def _combining_forms(self, text: str) -> list[Mention]:
        """'Franco-British', 'italo-francese', 'deutsch-französische': the first part names a nation too."""
        forms = self.common.get("combining_forms") or {}
        if not forms:
            return []
        if not hasattr(self, "_combining_rx"):
            self._combining_rx = re.compile(
                r"(?<!\w)(" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")-(?=\w)",
                re.I,
            )
        out = []
        lower = {k.lower(): v for k, v in forms.items()}
        for m in self._combining_rx.finditer(text):
            actor = lower[m.group(1).lower()]
            out.append(Mention(m.start(1), m.end(1), actor, "nation", "adjective", None, m.group(1)))
        return out

    def _topic(self, doc: RawDocument, mentions: list[Mention]) -> str | None:
        spec = self.common.get("default_beneficiary") or {}
        actor = spec.get("actor")
        if not actor:
            return None
        if any(m.actor == actor or m.speaks_for == actor for m in mentions):
            return actor
        if doc.title:
            for m in self.resolver.mentions(doc.title, None):
                if m.actor == actor or m.speaks_for == actor:
                    return actor
        return None

    # ---------------------------------------------------------------------------------------------- groups

    def _group_code(self, m: Mention) -> str:
        codes = self.common.get("group_codes") or {}
        return str(codes.get(m.actor, m.actor))

    def _groups(self, norm: str, mentions: list[Mention], rules: RuleSet, hits: dict[str, list[Hit]]) -> list[Mention]:
        """Add group mentions (counted groups, role groups) and office-holders; mark the mentions they
        absorb."""
        by_start: dict[int, list[Mention]] = {}
        by_end: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
            by_end.setdefault(m.end, []).append(m)
        quals_by_start = {h.start: h for h in hits["qualifiers"]}
        quals_by_end = {h.end: h for h in hits["qualifiers"]}
        new: list[Mention] = []
        taken: list[tuple[int, int]] = []
        coord = rules.words["coord_gap"]
        spec = rules.group_spec
        nato_named = any(m.actor == "NATO" for m in mentions)

        # 1. counted groups: "oltre dieci nazioni", "Twenty-six countries", "une trentaine de pays"
        for h in hits["count_groups"]:
            cm = rules.count_group_regex.match(norm, h.start)
            if not cm:
                continue
            gd = cm.groupdict()
            bound = next((k[2:] for k, v in gd.items() if k.startswith("b_") and v), None)
            vague = next((k[2:] for k, v in gd.items() if k.startswith("v_") and v), None)
            count: int | None = None
            if gd.get("num"):
                raw = gd["num"]
                count = (
                    int(float(re.sub(r"[^\d]", "", raw) or 0))
                    if raw[:1].isdigit()
                    else rules.number_words.get(raw.lower())
                )
            elif gd.get("coll"):
                count = spec["collectives"].get(gd["coll"].lower())
                bound = bound or "about"
            if count is None and vague is None:
                continue
            if count is not None and count < 2:
                continue
            qual = gd.get("qual")
            qcode = None
            if qual:
                qh = rules.qualifiers.match_at(norm, cm.start("qual"))
                qcode = qh.payload if qh else None
            noun = "ALLIES" if re.match(spec.get("allies_nouns", "(?!)"), gd.get("noun") or "", re.I) else "NATIONS"
            parts = ["GROUP"]
            if vague:
                parts.append(vague)
            else:
                if bound:
                    parts.append(bound.upper())
                parts.append(str(count))
            if qcode:
                parts.append(qcode)
            parts.append(noun)
            gid = "_".join(parts)
            min_count = count if count is not None else (2 if vague == "SEVERAL" else None)
            if bound in ("up_to",):
                min_count = None
            label = norm[cm.start() : cm.end()]
            new.append(
                Mention(cm.start(), cm.end(), gid, "group", "group", None, label, min_count=min_count, label=label)
            )
            taken.append((cm.start(), cm.end()))
            for mm in mentions:
                if cm.start() <= mm.start and mm.end <= cm.end():
                    mm.used = "qualifier"

        for m in new:
            by_start.setdefault(m.start, []).append(m)
            by_end.setdefault(m.end, []).append(m)
        # 2. role groups: "leader europei e statunitensi", "European leaders", "rappresentanti alleati"
        for h in hits["roles"]:
            if any(_overlaps(h.start, h.end, a, b) for a, b in taken):
                continue
            quals: list[tuple[str, Mention | None, int, int]] = []
            if rules.qualifier_after:
                pos = h.end
                while True:
                    j = pos
                    while j < len(norm) and norm[j] in " \t":
                        j += 1
                    q = quals_by_start.get(j)
                    adj = [mm for mm in by_start.get(j, []) if mm.adjectival and mm.kind in ("nation",)]
                    if q is not None:
                        quals.append((q.payload, None, q.start, q.end))
                        pos = q.end
                    elif adj:
                        quals.append((self._group_code(adj[0]), adj[0], adj[0].start, adj[0].end))
                        pos = adj[0].end
                    else:
                        break
                    g = coord.match(norm, pos)
                    nxt = g.end() if g else pos
                    if (
                        g
                        and g.end() > pos
                        and (quals_by_start.get(nxt) or any(mm.adjectival for mm in by_start.get(nxt, [])))
                    ):
                        pos = nxt
                        continue
                    break
            else:
                pos = h.start
                while True:
                    j = pos
                    while j > 0 and norm[j - 1] in " \t-":
                        j -= 1
                    q = quals_by_end.get(j)
                    adj = [
                        mm
                        for mm in by_end.get(j, [])
                        if (mm.kind == "nation" and (mm.adjectival or mm.how in ("name", "alias")))
                        or (mm.kind == "organization" and mm.how in ("name", "alias"))
                    ]
                    if q is not None:
                        quals.append((q.payload, None, q.start, q.end))
                        pos = q.start
                    elif adj:
                        quals.append((self._group_code(adj[0]), adj[0], adj[0].start, adj[0].end))
                        pos = adj[0].start
                    else:
                        break
                    # "European and US leaders": a coordinator before this qualifier
                    back = re.search(r"(?:,|\s(?:and|und|et|e|y))\s*$", norm[max(0, pos - 6) : pos])
                    if back:
                        k = pos - len(back.group(0))
                        while k > 0 and norm[k - 1] in " \t":
                            k -= 1
                        if quals_by_end.get(k) or any(
                            mm.kind in ("nation", "organization") for mm in by_end.get(k, [])
                        ):
                            pos = k
                            continue
                    break
            role = str(h.payload)
            if quals:
                lo = min(h.start, *(q[2] for q in quals))
                hi = max(h.end, *(q[3] for q in quals))
                for code, qmention, _, _ in quals:
                    gid = f"{code}_{role}"
                    speaks = qmention.actor if qmention is not None else None
                    new.append(
                        Mention(
                            lo,
                            hi,
                            gid,
                            "group",
                            "group",
                            speaks,
                            norm[lo:hi],
                            label=norm[lo:hi],
                            group_role=role,
                        )
                    )
                    if qmention is not None:
                        qmention.used = "qualifier"
                taken.append((lo, hi))
                continue
            if role == "NATIONS":
                continue
            # "i responsabili della Casa Bianca", "comandanti della NATO": the role speaks through its actor
            after = norm[h.end : h.end + 40]
            role_rx = self._role_connector_rx(rules)
            gm = role_rx.match(after) if role_rx is not None else None
            if gm:
                k = h.end + gm.end()
                heads = [mm for mm in by_start.get(k, [])]
                if heads:
                    for mm in heads:
                        mm.head_start = h.start
                    # "delegazioni di Washington e Mosca": the genitive may be a chain
                    last = heads[0]
                    while True:
                        gg = coord.match(norm, last.end)
                        if not gg or gg.end() == last.end:
                            break
                        chained = by_start.get(gg.end(), [])
                        if not chained:
                            break
                        for mm in chained:
                            mm.head_start = mm.start
                        last = chained[0]
                    taken.append((h.start, h.end))
                    continue
            if role in ("ALLIES", "PARTICIPANTS"):
                new.append(
                    Mention(
                        h.start,
                        h.end,
                        role,
                        "group",
                        "group",
                        # "the allies" of a text about NATO act as NATO ("Allies agreed to set up a command")
                        "NATO" if role == "ALLIES" and nato_named and ALLIES_RX.match(h.text) else None,
                        norm[h.start : h.end],
                        label=norm[h.start : h.end],
                        group_role=role,
                    )
                )
            else:
                new.append(
                    Mention(
                        h.start,
                        h.end,
                        f"UNNAMED_{role}",
                        "group",
                        "group",
                        None,
                        norm[h.start : h.end],
                        label=norm[h.start : h.end],
                        subject_ok=False,
                        group_role=role,
                    )
                )
            taken.append((h.start, h.end))

        # 3. office-holders without a name: "il governo italiano", "Germany's chancellor", "le chancelier
        # allemand"
        for h in hits["offices"]:
            if any(_overlaps(h.start, h.end, a, b) for a, b in taken):
                continue
            target = None
            span = (h.start, h.end)
            # adjective after (it/fr) or before (en/de), or a genitive/possessive name
            j = h.end
            while j < len(norm) and norm[j] == " ":
                j += 1
            cand_after = [mm for mm in by_start.get(j, []) if mm.kind in ("nation",) and mm.adjectival]
            k = h.start
            while k > 0 and norm[k - 1] in " -":
                k -= 1
            cand_before = [mm for mm in by_end.get(k, []) if mm.kind in ("nation", "organization")]
            poss = re.search(r"(?:'s|s)$", norm[max(0, k - 2) : k])
            if not cand_before and poss:
                kk = k - len(poss.group(0))
                cand_before = [mm for mm in by_end.get(kk, []) if mm.kind in ("nation", "organization")]
            gm2 = self._office_genitive_rx(rules).match(norm[h.end : h.end + 30])
            cand_gen = by_start.get(h.end + gm2.end(), []) if gm2 else []
            cand_gen = [mm for mm in cand_gen if mm.kind in ("nation", "organization")]
            if cand_after:
                target, span = cand_after[0], (h.start, cand_after[0].end)
            elif cand_before:
                target, span = cand_before[0], (cand_before[0].start, h.end)
            elif cand_gen:
                target, span = cand_gen[0], (h.start, cand_gen[0].end)
            if target is None:
                continue
            # an office followed by a person's name: the person mention says it better
            j2 = span[1]
            while j2 < len(norm) and norm[j2] == " ":
                j2 += 1
            if any(mm.kind == "person" for mm in by_start.get(j2, [])):
                target.used = "qualifier"
                for mm in by_start.get(j2, []):
                    mm.head_start = span[0]
                continue
            target.used = "qualifier"
            new.append(
                Mention(
                    span[0],
                    span[1],
                    target.actor,
                    target.kind,
                    "office",
                    target.actor,
                    norm[span[0] : span[1]],
                )
            )
            taken.append(span)
        return mentions + new

    _rx_cache: dict[tuple[str, str], re.Pattern[str] | None] = {}

    @classmethod
    def _words_rx(cls, rules: RuleSet, name: str, template: str) -> re.Pattern[str] | None:
        """`template` with {words} the alternation of the language's word list `name` (and {articles} its
        articles), compiled once per language; None when the language has no such words."""
        key = (rules.language, f"{name}\0{template}")
        if key not in cls._rx_cache:
            words = rules.raw_words.get(name) or []
            arts = alternation(rules.raw_words.get("articles", []))
            cls._rx_cache[key] = (
                re.compile(template.replace("{words}", alternation(words)).replace("{articles}", arts), re.I)
                if words
                else None
            )
        return cls._rx_cache[key]

    @classmethod
    def _topic_ref_rx(cls, rules: RuleSet) -> re.Pattern[str] | None:
        """A definite reference to the article's topic: a determiner, at most one word, a topic noun."""
        key = (rules.language, "topic_ref")
        if key not in cls._rx_cache:
            dets, nouns = rules.raw_words.get("topic_determiners"), rules.raw_words.get("topic_nouns")
            cls._rx_cache[key] = (
                re.compile(
                    rf"(?:{alternation(dets)})(?:\s+|(?<=')|\s+[\w'-]+\s+)(?:{alternation(nouns)})(?!\w)(?!(?:\s+[\w'-]+)?\s+(?:on|about|sur|concernant|su|sul|sulla|über|zur?)\b(?!\s+\w+day\b))",
                    re.I,
                )
                if dets and nouns
                else None
            )
        return cls._rx_cache[key]

    @classmethod
    def _role_connector_rx(cls, rules: RuleSet) -> re.Pattern[str] | None:
        key = (rules.language, "role")
        if key not in cls._rx_cache:
            connectors = rules.raw_words.get("role_connectors") or rules.raw_words.get("genitive", [])
            cls._rx_cache[key] = (
                re.compile(
                    r"\s+(?:"
                    + "|".join(re.escape(x) for x in connectors)
                    + r")(?:\s+|(?<='))(?:(?:"
                    + "|".join(re.escape(x) for x in rules.raw_words.get("articles", []))
                    + r")(?:\s+|(?<=')))?",
                    re.I,
                )
                if connectors
                else None
            )
        return cls._rx_cache[key]

    @classmethod
    def _office_genitive_rx(cls, rules: RuleSet) -> re.Pattern[str]:
        key = (rules.language, "office")
        if key not in cls._rx_cache:
            cls._rx_cache[key] = re.compile(
                r"\s+(?:"
                + "|".join(re.escape(x) for x in rules.raw_words.get("genitive", ["of"]))
                + r")(?:\s+|(?<='))(?:(?:"
                + "|".join(re.escape(x) for x in rules.raw_words.get("articles", ["the"]))
                + r")(?:\s+|(?<=')))?",
                re.I,
            )
        rx = cls._rx_cache[key]
        assert rx is not None
        return rx

    # -------------------------------------------------------------------------------------------- sentences

    def _sentence(self, d: _Doc, rules: RuleSet, s: Span, index: int) -> list[ExtractedClaim]:
        lang = rules.language
        H = {cat: _in(d.hits[lang][cat], d.hit_starts[lang][cat], s.start, s.end) for cat in d.hits[lang]}
        i = bisect.bisect_left(d.mention_starts, s.start)
        M: list[Mention] = []
        while i < len(d.mentions) and d.mentions[i].start < s.end:
            if d.mentions[i].end <= s.end:
                M.append(d.mentions[i])
            i += 1
        # "Zudem kündigte das Verteidigungsministerium ... an", "il governo ha approvato": an office named without
        # its nation is the nation of the claims just made (within two sentences)
        recent = bool(d.last_claims) and index - d.last_claim_sentence <= 2
        if (recent or (d.home is not None and not d.last_claims)) and H["offices"]:
            subs = {c.subject for c in d.last_claims if c.subject} if recent else {d.home}
            last = next(iter(subs)) if len(subs) == 1 else None  # only when the claims just made are one nation's
            if (
                last is not None
                and recent
                and (
                    self.resolver.kind_of(last) != "nation"
                    or not any(c.relation in NATION_LEVEL for c in d.last_claims)
                )
            ):
                last = None
            if last is not None:
                added = False
                for h in H["offices"]:
                    if rules.words["anaphoric_office"].fullmatch(h.text) and not any(
                        _overlaps(h.start, h.end, m.start, m.end) for m in M
                    ):
                        M.append(Mention(h.start, h.end, last, "nation", "office", last, d.text[h.start : h.end]))
                        added = True
                if added:
                    M.sort(key=lambda m: (m.start, -m.end))
        # "Il pacchetto comprende ...", "The money will go to ...", "Das Paket umfasst ...": a package named by a
        # definite noun at the start of a clause is the one just pledged, by the nation that pledged it
        pk_rx = rules.words.get("anaphoric_package")
        if pk_rx is not None and d.last_claims and index - d.last_claim_sentence <= 2:
            pledgers = {c.subject for c in d.last_claims if c.subject and c.relation == "PLEDGES"}
            last_p = next(iter(pledgers)) if len(pledgers) == 1 else None
            if last_p is not None and self.resolver.kind_of(last_p) == "nation":
                pm = pk_rx.match(d.norm, s.start)
                if pm is not None and not any(_overlaps(pm.start(1), pm.end(1), m.start, m.end) for m in M):
                    a, b = pm.start(1), pm.end(1)
                    M.append(Mention(a, b, last_p, "nation", "anaphor", last_p, d.text[a:b]))
                    M.sort(key=lambda m: (m.start, -m.end))
        # a fresh copy of the `used` marks, per sentence (mentions are shared objects)
        used: dict[int, str | None] = {id(m): m.used for m in M}

        def is_used(m: Mention) -> bool:
            return used[id(m)] is not None

        def consume(lo: int, hi: int, why: str) -> None:
            for m in M:
                if lo <= m.start and m.end <= hi and used[id(m)] is None:
                    used[id(m)] = why

        norm = d.norm
        # ---- conditions
        conditions = H["conditions"]
        for c in conditions:
            consume(c.start, c.end, "condition")
        # ---- kinds (an actor inside a kind phrase is part of it: "presenza militare della NATO")
        kinds_h = H["kinds"]
        for k in kinds_h:
            consume(k.start, k.end, "kind")
        # ---- targets: "contro (le azioni aggressive del)la Russia", "against Russia"
        targets: list[tuple[Hit, Mention]] = []
        for t in H["target_preps"]:
            for m in M:
                if (
                    m.start >= t.end
                    and m.start - t.end <= 60
                    and not is_used(m)
                    and m.kind in ("nation", "organization")
                    and "," not in norm[t.end : m.start]
                ):
                    targets.append((t, m))
                    used[id(m)] = "target"
                    break
        # ---- packages
        packages: list[tuple[Hit, Package, Mention | None]] = []
        for p in H["packages"]:
            if any(_overlaps(p.start, p.end, c.start, c.end) for c in conditions):
                continue
            pkg: Package = p.payload
            nation = self._package_nation(rules, norm, p, M, used) if pkg.needs_nation else None
            if pkg.needs_nation and nation is None:
                continue
            packages.append((p, pkg, nation))
            if nation is not None:
                used[id(nation)] = "package"
        # ---- speakers
        speaker, speaker_span = self._speaker(rules, norm, s, H, M, used)
        if speaker is not None:
            used[id(speaker)] = "speaker"
        # ---- triggers
        modal = H["modality"]
        negs = [
            n
            for n in H["negation"]
            if not any(n.start >= c.start and n.end <= c.end for c in modal if c.payload != "refused")
        ]
        trigs: list[Hit] = []
        for t in H["triggers"]:
            trig: Trigger = t.payload
            if trig.relation in ("OPPOSES", "DECLINES") and t.end - t.start > 20:
                # German brackets around a pledge: "Scholz lehnt die Lieferung von Taurus ab", "Merz schließt die
                # Entsendung deutscher Soldaten (nicht mehr) aus" - the pledge is the trigger, the particle its negation
                inner = self._inner_pledge(rules, norm, t)
                if inner is not None:
                    t, trig = inner, inner.payload
            if any(_overlaps(t.start, t.end, c.start, c.end) for c in conditions):
                continue
            if speaker_span and _overlaps(t.start, t.end, *speaker_span):
                continue
            if trig.relation in ("OPPOSES", "DECLINES") and any(c.start <= t.start and t.end <= c.end for c in modal):
                continue  # "non esclude": a modality, not an opposition or a refusal
            if (
                trig.relation in ("OPPOSES", "DECLINES")
                and any(_overlaps(n.start, n.end, t.start, t.end) for n in negs)
                and any(
                    t2.payload.relation == "PLEDGES"
                    and t.end <= t2.start
                    and self._same_clause(rules, norm, t.end, t2.start)
                    for t2 in H["triggers"]
                )
            ):
                continue  # "esclude l'invio", "ruled out sending": a refusal of the pledge that follows
            wb = rules.words["without_before"].search(norm[max(s.start, t.start - 30) : t.start])
            if wb is not None or (trig.id == "pledge.send" and self._without_infinitive(rules, norm, s, t)):
                if trig.id == "pledge.send" and (
                    wb is None or not rules.words["article_before"].search(norm[max(s.start, t.start - 30) : t.start])
                ):
                    # "senza inviare soldati", "without sending troops", "ohne eigene Soldaten zu entsenden": a refusal
                    w_at = max(s.start, t.start - 1)
                    H["negation"] = [*H["negation"], Hit(w_at, t.start, None, norm[w_at : t.start])]
                    d.without_refusals.add(t.start)
                    trigs.append(t)
                continue  # "ended without the signing of a deal", "senza l'invio di truppe"
            trigs.append(t)
        # ---- clauses: negation, kinds and non-answers stay inside their clause ("non schiererà truppe, ma ...")
        d.bounds = self._clause_bounds(rules, norm, s)
        if speaker is not None and speaker.group_role in NON_SOURCES:
            trigs = []  # "analysts say X could ...": not X's claim
        blocked = self._blocked(rules, norm, s, H, M, d.bounds, trigs)
        d.blocked = blocked
        if blocked:
            trigs = [
                t
                for t in trigs
                if not any(a <= t.start < b and (rels is None or t.payload.relation in rels) for a, b, rels in blocked)
            ]
        frames = self._frames(d, rules, s, H, M, used, trigs, packages, speaker, speaker_span)
        claims: list[ExtractedClaim] = []
        for f in frames:
            claims.extend(self._claims(d, rules, s, H, M, used, f, frames, speaker, targets, conditions, index))
        # joint acts: "Starmer e Zelensky hanno firmato un accordo", "X signed an agreement with Y" also coordinate
        for f in list(frames):
            if (
                not f.trigger.payload.joint
                or f.relation not in ("PLEDGES", "SUPPORTS")
                or f.how not in ("nominal", "pronoun")
            ):
                continue
            fj = _Frame(f.trigger, "COORDINATES", list(f.all_subjects or f.subjects), f.how, f.start, end=f.end)
            fj.joint = True
            claims.extend(self._claims(d, rules, s, H, M, used, fj, frames, speaker, targets, conditions, index))
        claims.extend(self._elliptic_refusals(d, rules, s, H, trigs, frames, claims))
        claims.extend(self._structural(d, rules, s, H, M, used, frames, packages, targets, conditions, claims))
        kept = [c for c in claims if c.subject and c.relation != "COORDINATES" and c.kinds]
        if kept:
            d.last_claims = kept
            d.last_claim_sentence = index
        persons = [m for m in M if m.kind == "person"]
        if persons:
            d.last_person = persons[-1]
        return claims

    def _elliptic_refusals(
        self,
        d: _Doc,
        rules: RuleSet,
        s: Span,
        H: dict[str, list[Hit]],
        trigs: list[Hit],
        frames: list[_Frame],
        claims: list[ExtractedClaim],
    ) -> list[ExtractedClaim]:
        """'Italy will do its part, but not with soldiers', 'enverra des armes, mais pas de soldats': a contrast
        clause with a negation, a kind and no verb of its own refuses that kind, for the pledger of the clause
        before it (whose claim loses that kind, if it took it)."""
        rx = self._words_rx(rules, "elliptic_refusal", r"\s*,?\s*(?:{words})(?!\w)")
        if rx is None:
            return []
        norm = d.norm
        out: list[ExtractedClaim] = []
        for b in d.bounds:
            if b <= s.start or b >= s.end:
                continue
            em = rx.match(norm, b)
            if em is None:
                continue
            k = bisect.bisect_right(d.bounds, b)
            c_hi = d.bounds[k] if k < len(d.bounds) else s.end
            if any(em.end() <= t.start < c_hi for t in trigs):
                continue  # a verb of its own: its own claim
            kinds: list[str] = []
            for kh in H["kinds"]:
                if em.end() <= kh.start and kh.end <= c_hi and not any(a <= kh.start < z for a, z, _ in d.blocked):
                    kinds.extend(x for x in kh.payload.kinds if x not in kinds)
            prev = [f for f in frames if f.relation == "PLEDGES" and f.subjects and f.trigger.end <= b]
            if not kinds or not prev:
                continue
            f = prev[-1]
            lo, _ = self._quote_span(d.text, s, f)
            hi = c_hi
            while hi > lo and (d.text[hi - 1].isspace() or d.text[hi - 1] in ".;"):
                hi -= 1
            for m in f.subjects:
                sid, skind = self._subject_id(m, "DECLINES")
                if sid in (self.common.get("recipients") or []):
                    continue
                for c in list(claims):
                    if c.subject == sid and c.relation == "PLEDGES" and c.start <= f.trigger.start < c.end:
                        c.kinds = [x for x in c.kinds if x not in kinds]
                        if not c.kinds:
                            claims.remove(c)
                out.append(
                    ExtractedClaim(
                        source=d.source,
                        subject=sid,
                        relation="DECLINES",
                        kinds=list(kinds),
                        beneficiary=d.topic_beneficiary if d.topic_beneficiary != sid else None,
                        modality="refused",
                        quote=d.text[lo:hi],
                        start=lo,
                        end=hi,
                        language=rules.language,
                        rule=f"{rules.language}.{f.trigger.payload.id}.refused+elliptic",
                        confidence=round(float(self.common.get("confidence", {}).get("base", 0.9)) * 0.85, 3),
                        subject_kind=skind,
                        subject_name=m.text,
                    )
                )
        return out

    def _without_infinitive(self, rules: RuleSet, norm: str, s: Span, t: Hit) -> bool:
        """A verb-final infinitive under 'without': 'ohne eigene Soldaten zu entsenden'."""
        rx = self._words_rx(rules, "without_infinitive", r"(?<!\w)(?:{words})\s[^,;.]{0,60}?\s(?:zu\s)?$")
        return rx is not None and rx.search(norm, max(s.start, t.start - 80), t.start) is not None

    # ------------------------------------------------------------------------------------------------ clauses

    @staticmethod
    def _clause_bounds(rules: RuleSet, norm: str, s: Span) -> list[int]:
        """Where the sentence's clauses start: a contrast ("but", ", while", "ma", ", mentre", "mais", "sondern")
        or a ';'. The list holds the sentence's start and end too."""
        out = [s.start, s.end]
        for m in rules.words["clause_split"].finditer(norm, s.start, s.end):
            out.append(m.start())
        for m in re.finditer(";", norm[s.start : s.end]):
            out.append(s.start + m.start())
        return sorted(set(out))

    @staticmethod
    def _inner_pledge(rules: RuleSet, norm: str, t: Hit) -> Hit | None:
        for ws in word_starts(norm[t.start + 1 : t.end]):
            th = rules.triggers.match_at(norm, t.start + 1 + ws)
            if th is not None and th.payload.relation == "PLEDGES" and th.end <= t.end:
                return th
        return None

    @staticmethod
    def _same_clause(rules: RuleSet, norm: str, a: int, b: int) -> bool:
        gap = norm[a:b]
        return not re.search(r"[;.]", gap) and not rules.words["clause_split"].search(gap)

    @staticmethod
    def _clause_of(bounds: list[int], pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(bounds, pos) - 1
        i = max(0, min(i, len(bounds) - 2))
        return bounds[i], bounds[i + 1]

    def _blocked(
        self,
        rules: RuleSet,
        norm: str,
        s: Span,
        H: dict[str, list[Hit]],
        M: list[Mention],
        bounds: list[int],
        trigs: list[Hit],
    ) -> list[tuple[int, int, tuple[str, ...] | None]]:
        """Spans of the sentence that assert no claim (for the relations given, None: any): questions,
        hypotheticals ("if", "whether", "asked about"), clauses with a non-answer ("declined to say", "premature"),
        requests, and an analyst's view."""
        out: list[tuple[int, int, tuple[str, ...] | None]] = []
        # questions: "Would the White House commit jets ...?", "Enverra-t-il des troupes ?"
        for qm in re.finditer(r"\?", norm[s.start : s.end]):
            q = s.start + qm.start()
            lo = s.start
            for om in re.finditer(r"(?:^|(?<=[\s(]))[\"'](?=\w)|[;:]", norm[s.start : q]):
                lo = s.start + om.end()
            out.append((lo, q + 1, None))
        # hypotheticals: from the cue to the first comma that closes it (not a list comma), within the clause
        considering = [c.end for c in H["modality"] if c.payload == "considering"]
        for h in H["hypothetical"]:
            if any(0 <= h.start - e <= 3 and not norm[e : h.start].strip(" ,") for e in considering):
                # "valuterà se inviare", "is weighing whether to send", "prüft, ob": the deliberation itself is
                # the claim (considering), not a condition on it
                continue
            _, c_hi = self._clause_of(bounds, h.start)
            end = c_hi
            pos = h.end
            while True:
                k = norm.find(",", pos, c_hi)
                if k < 0:
                    break
                before_m = any(m.end == k for m in M)
                j = k + 1
                while j < c_hi and norm[j] == " ":
                    j += 1
                after_m = any(m.start == j for m in M)
                if before_m and after_m:  # "if Germany, France and Britain send troops"
                    pos = k + 1
                    continue
                end = k
                break
            out.append((h.start, end, None))
        # non-answers: the whole clause
        rel_open = rules.words.get("relative_opener")
        rel_rx = rules.words.get("relative_clause")
        without_rx = self._words_rx(rules, "without", WITHOUT_START)
        for h in H["nonanswer"]:
            c_lo, c_hi = self._clause_of(bounds, h.start)
            if without_rx is not None and without_rx.match(norm, h.start):
                # "s'est dit prêt à participer, sans préciser sous quelle forme": the main clause stands
                out.append((h.start, c_hi, None))
                continue
            if rel_rx is not None:
                # "La Suède, qui envisage de céder des Gripen, n'a pas encore tranché": the relative clause before
                # the non-answer asserts on its own
                for rm in rel_rx.finditer(norm, c_lo, h.start):
                    if rm.end() <= h.start:
                        c_lo = max(c_lo, rm.end())
            if rel_open is not None:
                # "..., ha aggiunto Sánchez, che non si è espresso sull'invio di truppe": only the relative clause
                k = norm.rfind(",", c_lo, h.start)
                if k >= 0 and rel_open.match(norm, k + 1) and not re.search(r"[,;]", norm[k + 1 : h.start]):
                    c_lo = k
            out.append((c_lo, c_hi, None))
        # requests: "asked allies for Patriots", "ha chiesto ai partner di accelerare le forniture" - unless it
        # is a demand to stop something (an objection: "chiede lo stop agli aiuti")
        withdrawn = [c for c in H["modality"] if c.payload == "withdrawn"]
        for h in H["requests"]:
            _, c_hi = self._clause_of(bounds, h.start)
            if any(h.end <= c.start < c_hi for c in withdrawn):
                continue
            out.append((h.start, c_hi, NATION_LEVEL))
        # analysts' views: from the analyst to the end of the clause
        for m in M:
            if m.group_role in NON_SOURCES:
                _, hi = self._clause_of(bounds, m.start)
                out.append((m.start, hi, None))
        return out

    # ------------------------------------------------------------------------------------------------ speaker

    def _speaker(
        self,
        rules: RuleSet,
        norm: str,
        s: Span,
        H: dict[str, list[Hit]],
        M: list[Mention],
        used: dict[int, str | None],
    ) -> tuple[Mention | None, tuple[int, int] | None]:
        """'Secondo Trump,' / 'I responsabili della Casa Bianca sottolineano che' / ', ha detto Macron.'"""
        for a in H["according_to"]:
            cands = [
                m
                for m in M
                if m.phrase_start >= a.end and m.phrase_start - a.end <= 80 and used[id(m)] in (None, "qualifier")
            ]
            if not cands:
                continue
            # up to the comma that closes the phrase: the last mention before it ("il segretario ... Mark
            # Rutte,")
            comma = norm.find(",", a.end, s.end)
            if comma < 0 or comma - a.end > 90:
                # no comma closing the phrase ("Laut Kreml wird ..."): the actor right after the cue
                inside = [m for m in cands if m.phrase_start - a.end <= 30][:1]
            else:
                inside = [m for m in cands if m.end <= comma]
            if not inside:
                continue
            # prefer a person, else the last actor named in the phrase
            best = next((m for m in reversed(inside) if m.kind == "person"), inside[-1])
            end = best.end
            comma_m = re.match(r"[\s\"']*,", norm[end : end + 4])
            if comma_m:
                end += comma_m.end()
            return best, (a.start, end)
        for v in H["speech_verbs"]:
            if any(h.start == v.start and h.end > v.end + 3 for h in H["triggers"]):
                continue  # "Die Verbündeten sagten Kiew Militärhilfe zu": a bracketed pledge, not speech
            # pre-posed: "<speaker> <verb> che/that/: ..."
            before = [
                m
                for m in M
                if m.end <= v.start and v.start - m.end <= 25 and used[id(m)] in (None,) and m.subject_ok is not None
            ]
            before = [m for m in before if not re.search(r"[.;:]", norm[m.end : v.start])]
            if not before:
                # "Meloni, who has championed the idea, said ...": a relative clause between speaker and verb
                rel = rules.words["relative_after"]
                before = [
                    m
                    for m in M
                    if m.end <= v.start
                    and v.start - m.end <= 100
                    and used[id(m)] is None
                    and rel.match(norm, m.end)
                    and re.fullmatch(r"\s*,[^.;:,]*,\s*", norm[m.end : v.start])
                ][-1:]
            elif re.search(r",\s*$", norm[max(s.start, v.start - 3) : v.start]):
                before = []  # "..., a précisé l'Elysée": post-posed, the speaker follows
            after_compl = rules.words["complementizer_after"].match(norm, v.end)
            direct = None
            if not after_compl:
                j = v.end
                nxt = [m for m in M if 0 <= m.phrase_start - j <= 12 and used[id(m)] is None]
                if nxt and not re.search(r"[,.;]", norm[j : nxt[0].phrase_start]):
                    direct = nxt[0]
            at_end = not norm[v.end : s.end].strip(" .,;:!?\"'")
            # a speech verb opening the sentence, its subject after it: "Lo ha annunciato il premier Sánchez dopo
            # ...", "Ha confermato il ministro della Difesa che ..."
            opener = rules.words.get("postverbal_speech_opener")
            if not before and opener is not None and opener.fullmatch(norm, s.start, v.start):
                nxt2 = [
                    m
                    for m in M
                    if 0 <= m.phrase_start - v.end <= 12
                    and used[id(m)] in (None, "qualifier")
                    and m.subject_ok
                    and not m.adjectival
                    and not re.search(r"[,.;:]", norm[v.end : m.phrase_start])
                    and rules.words["article_before"].search(norm[max(0, m.phrase_start - 12) : m.phrase_start])
                ]
                if nxt2:
                    m = nxt2[0]
                    end = m.end
                    comp = rules.words["complementizer_after"].match(norm, end)
                    if comp:
                        end = comp.end()
                    return m, (v.start, end)
            if before and (after_compl or direct is not None or at_end):
                m = before[-1]
                end = after_compl.end() if after_compl else v.end
                return m, (m.phrase_start, end)
            # post-posed: ", ha detto Macron." / ", said Macron" / ", a déclaré Macron" / ", kündigte X an."
            if re.search(r"[,\"]\s*$", norm[max(s.start, v.start - 3) : v.start]):
                inner = [m for m in M if v.start < m.start and m.end <= v.end and used[id(m)] in (None, "qualifier")]
                if inner and not norm[v.end : s.end].strip(" .,;:!?\"'"):
                    m = next((x for x in inner if x.kind == "person"), inner[-1])
                    return m, (v.start - 1 if norm[v.start - 1 : v.start] == "," else v.start, v.end)
                after = [m for m in M if 0 <= m.phrase_start - v.end <= 40 and used[id(m)] in (None,)]
                if after:
                    first = after[0]
                    tail = norm[first.end : s.end]
                    gap = norm[v.end : first.phrase_start]
                    if (
                        re.match(r"^[^,;.]{0,60}(?:[,;.]|$)", tail)
                        and not rules.triggers.match_at(norm, first.end + 1)
                        # ", said French President Macron", not ", said they will send troops to Ukraine"
                        and not any(v.end <= h.start < first.start for h in H["triggers"])
                        and not rules.words["prep_before"].search(
                            norm[max(0, first.phrase_start - 40) : first.phrase_start]
                        )
                        and len(gap.split()) <= 4
                    ):
                        lead = v.start - 1 if norm[v.start - 1 : v.start] == "," else v.start
                        return first, (lead, first.end)
            # "<speaker> said ..." at the end: ", Macron said."
            if before and at_end:
                m = before[-1]
                return m, (m.phrase_start, v.end)
        return None, None

    def _package_nation(
        self, rules: RuleSet, norm: str, p: Hit, M: list[Mention], used: dict[int, str | None]
    ) -> Mention | None:
        """'backup americano', 'US backstop', 'filet de sécurité américain', 'amerikanische Rückendeckung'."""
        for m in M:
            if m.kind != "nation" or used[id(m)] not in (None,):
                continue
            gap_after = norm[p.end : m.start] if m.start >= p.end else None
            gap_before = norm[m.end : p.start] if m.end <= p.start else None
            if gap_after is not None and re.fullmatch(r"[\s\"']{0,3}(?:\w+\s+){0,2}?", gap_after) and m.adjectival:
                return m
            if (
                gap_before is not None
                and re.fullmatch(r"[\s\"'-]*(?:\w+[\s\"'-]+){0,2}?", gap_before)
                and (m.adjectival or not rules.qualifier_after)
            ):
                return m
        return None

    # ------------------------------------------------------------------------------------------------ frames

    def _nominal(self, rules: RuleSet, norm: str, m: Mention, used: dict[int, str | None]) -> bool:
        if used[id(m)] is not None or not m.subject_ok:
            return False
        start = m.phrase_start
        window = norm[max(0, start - 40) : start]
        if window.endswith(('"', "' ", '" ')):
            window = window.rstrip("\"' ") + " "  # 'una «coalizione ...»': the quote is not a word
        if m.adjectival and m.head_start is None:
            # "i francesi", "the French" (a demonym used as a noun), not "la difesa ucraina", "the French
            # troops"
            if not rules.words["article_before"].search(window):
                return False
            rest = norm[m.end : m.end + 40]
            if rest.startswith("-"):
                return False
            j = m.end + (len(rest) - len(rest.lstrip()))
            if any(idx.match_at(norm, j) is not None for idx in (rules.kinds, rules.roles, rules.offices)):
                return False
            g = rules.words["coord_gap"].match(norm, m.end)
            # "the French and British troops"
            nxt = g.end() if g and g.end() > m.end else -1
            return not any(x.start == nxt and x.adjectival for x in self._doc_mentions)
        pm = rules.words["prep_before"].search(window)  # "tra il presidente Trump e ...": not a subject
        if not pm:
            # "mit US-Präsident Donald Trump", "with President Trump": a title between the preposition and the name
            wm = re.search(r"(\S+)\s+$", window)
            if wm:
                wstart = start - (len(window) - wm.start(1))
                cand = [wstart] + [wstart + k + 1 for k, ch in enumerate(wm.group(1)) if ch == "-"]
                if any(rules.offices.match_at(norm, c) is not None for c in cand):
                    pm = rules.words["prep_before"].search(norm[max(0, wstart - 40) : wstart])
        if pm and rules.words.get("clause_article") is not None and rules.words["clause_article"].search(window):
            return True  # "Des responsables ...", "Du côté ...": an article at the start of a clause
        if pm is None and m.head_start is None:
            # "sending U.S. ground troops": a name that modifies a contribution is not its subject
            j = m.end
            while j < len(norm) and norm[j] == " ":
                j += 1
            if j > m.end and rules.kinds.match_at(norm, j) is not None:
                return False
            # "in Wiesbaden, Germany": a place's country
            if re.search(r"(?<!\w)(?:in|at|a|à|nach|im|en)\s+(?-i:[A-Z])[\w-]+,\s*$", window):
                return False
        return pm is None

    def _nominal_demonym(self, rules: RuleSet, norm: str, m: Mention) -> bool:
        """'les Ukrainiens', 'gli americani': a demonym used as a noun (not followed by the noun it
        qualifies)."""
        rest = norm[m.end : m.end + 40]
        if rest.startswith("-"):
            return False
        j = m.end + (len(rest) - len(rest.lstrip()))
        return not any(idx.match_at(norm, j) is not None for idx in (rules.kinds, rules.roles, rules.offices))

    def _chain(self, rules: RuleSet, norm: str, cands: list[Mention]) -> list[Mention]:
        """The last chain of coordinated mentions: 'Francia e Regno Unito', 'Stati Uniti, Germania, ... e
        Italia'."""
        if not cands:
            return []
        last = cands[-1]
        same = [m for m in cands if (m.start, m.end) == (last.start, last.end)]
        chain = list(same)
        i = len(cands) - len(same)
        while i > 0:
            prev = cands[i - 1]
            head = min(m.phrase_start for m in chain)
            gap = norm[prev.end : head]
            g = rules.words["coord_gap"].fullmatch(gap)
            if g and (gap.strip() != "" or prev.end == head):
                chain.insert(0, prev)
                i -= 1
                continue
            break
        # mentions sharing a span (a group phrase naming two groups) are one chain
        seen: set[tuple[str, int]] = set()
        out = []
        for m in chain:
            if (m.actor, m.start) not in seen:
                seen.add((m.actor, m.start))
                out.append(m)
        return out

    def _frames(
        self,
        d: _Doc,
        rules: RuleSet,
        s: Span,
        H: dict[str, list[Hit]],
        M: list[Mention],
        used: dict[int, str | None],
        trigs: list[Hit],
        packages: list[tuple[Hit, Package, Mention | None]],
        speaker: Mention | None,
        speaker_span: tuple[int, int] | None,
    ) -> list[_Frame]:
        norm = d.norm
        frames: list[_Frame] = []
        semicolons = [m.start() for m in re.finditer(";", d.text[s.start : s.end])]
        used_pkgs: set[int] = set()
        # comma-delimited relative clauses (", che ha ...,", ", which has ...,"): their actors are not subjects
        rel_spans: list[tuple[int, int]] = []
        rel_rx = rules.words.get("relative_clause")
        if rel_rx is not None:
            rel_spans = [(rm.start(), rm.end()) for rm in rel_rx.finditer(norm, s.start, s.end)]
        for idx, t in enumerate(trigs):
            trig: Trigger = t.payload
            prev = frames[-1] if frames else None
            lo = s.start
            if prev is not None:
                lo = max(lo, prev.trigger.end if not prev.extra else prev.extra[-1].end)
            for sc in semicolons:
                if s.start + sc < t.start:
                    lo = max(lo, s.start + sc + 1)
            if (
                prev is not None
                and prev.subjects
                and prev.relation == "COORDINATES" == trig.relation
                and not (trig.attend or trig.visit)
                and not re.search(r"[;:]", norm[prev.trigger.end : t.start])
            ):
                prev.extra.append(t)  # "Merz traf Macron in Paris zu Gesprächen": one meeting, whoever stands between
                continue
            cands = [m for m in M if lo <= m.phrase_start and m.end <= t.start and self._nominal(rules, norm, m, used)]
            rel_end: int | None = None  # the subject is the antecedent of a relative clause that ends here
            if cands and rel_spans:
                # "La Turchia, che ha il secondo esercito della Nato, potrebbe ...": an actor inside a relative
                # clause that closes before the trigger is not its subject
                inner = [m for m in cands if any(a < m.start and m.end <= b <= t.start for a, b in rel_spans)]
                if inner and len(inner) < len(cands):
                    cands = [m for m in cands if m not in inner]
                elif inner:
                    # "Zelensky, who met Biden on Thursday, welcomed ...": every candidate sits in the relative
                    # clause, so the subject is its antecedent
                    a0 = min(a for a, b in rel_spans if a < inner[0].start and inner[-1].end <= b <= t.start)
                    ante = [
                        m
                        for m in M
                        if s.start <= m.phrase_start and m.end <= a0 and self._nominal(rules, norm, m, used)
                    ]
                    if ante and not norm[ante[-1].end : a0].strip(" ,"):
                        cands = [ante[-1]]
                        rel_end = max(b for a, b in rel_spans if a == a0)
            chain = self._chain(rules, norm, cands)
            if chain and len(cands) > len(chain) and trig.relation == "PLEDGES":
                # "Germany, together with Belgium and Norway, will deliver": the chain after "together with" is
                # an apposition; the subject is the noun before it (its partners join in _comitative)
                before = [m for m in cands if m.end <= chain[0].phrase_start]
                seg = norm[before[-1].end : chain[0].phrase_start] if before else ""
                co_rx = self._words_rx(rules, "comitative", r"^\s*,\s*(?:{words})\s")
                if co_rx is not None and co_rx.search(seg) and norm[chain[-1].end : t.start].lstrip().startswith(","):
                    chain = self._chain(rules, norm, before)
            if (
                chain
                and prev is not None
                and prev.subjects
                and prev.trigger.end <= chain[0].start
                and self._coordinated_verb(rules, norm, chain[-1].end, t.start)
            ):
                # "Zelensky met Biden and welcomed the decisions": the second verb shares the first one's subject;
                # what stands between is the first verb's object
                frames.append(_Frame(t, trig.relation, list(prev.subjects), "inherited", chain[-1].end))
                continue
            if trig.requires == "anaphoric_subject" and not (chain and all(m.how == "anaphor" for m in chain)):
                continue  # "includes", "umfasst": a pledge only of the package just named
            recipients = set(self.common.get("recipients") or [])
            while (
                chain
                and (
                    trig.relation == "PLEDGES"
                    # verb-final "Deutschland werde die Ukraine weiter unterstützen": the object stands before it
                    or (
                        trig.relation == "SUPPORTS"
                        and rules.raw_words.get("object_before_verb")
                        and any(m.end <= chain[0].phrase_start and m.actor not in recipients for m in cands)
                    )
                )
                and all(m.actor in recipients for m in chain)
            ):
                # "Schweden wird der Ukraine Kampfjets liefern": the recipient is not the subject; look
                # further back
                cands = [m for m in cands if m not in chain]
                chain = self._chain(rules, norm, cands)
            # "Several participants, including Italy and Poland, have signalled ...": the members named are subjects,
            # and so is the group itself (it says more than its named members) - except in a meeting
            if len(chain) == 1 and chain[0].kind == "group":
                members = self._named_members(rules, norm, M, used, chain[0], t.start)
                if members:
                    chain = self._group_and_members(chain[0], members, trig.relation)
            elif chain:
                for grp in reversed([x for x in M if x.kind == "group" and lo <= x.start and x.end <= chain[0].start]):
                    members = self._named_members(rules, norm, M, used, grp, t.start)
                    if members and chain[-1] in members:
                        chain = self._group_and_members(grp, members, trig.relation)
                        break
            full_chain = list(chain)
            if trig.relation == "PLEDGES" and len(chain) > 1:
                chain = [m for m in chain if m.actor not in recipients] or chain
            nxt_start = trigs[idx + 1].start if idx + 1 < len(trigs) else s.end
            # "Putin reagierte auf die Zusage von 26 Staaten, Soldaten zu entsenden", "accused Berlin of ...":
            # a verb that takes the contribution as its object keeps its subject (and object) out of it
            detached = trig.relation in NATION_LEVEL and any(lo <= h.start and h.end <= t.start for h in H["detach"])
            if detached:
                chain = []
            # "the pledge by 26 countries to send troops": the pledge noun's agent is the subject
            nagent = self._noun_agent(rules, norm, H, M, used, lo, t) if trig.relation in NATION_LEVEL else []
            if nagent and (not chain or nagent[0].start > chain[-1].end):
                for m in nagent:
                    used[id(m)] = "agent"
                frames.append(_Frame(t, trig.relation, nagent, "agent", t.start))
                continue
            if detached:
                frames.append(_Frame(t, trig.relation, [], "none", t.start))
                continue
            pronoun = self._pronoun_subject(d, rules, norm, s, lo, t)
            if pronoun is None and not chain:
                pronoun = self._first_person_subject(d, rules, norm, s, lo, t)
            late_at = t.start
            # "Britain was ready to ..., as he hosted European leaders": a pronoun after the chain is the subject
            if chain and pronoun is None and trig.relation != "PLEDGES":
                pm2 = self._late_pronoun(d, rules, norm, s, M, chain[-1].end, t)
                if pm2 is not None:
                    chain, pronoun, late_at = [], pm2[0], pm2[1]
            if trig.predicative:
                subj = (
                    [speaker]
                    if speaker is not None
                    else (
                        [
                            m
                            for m in M
                            if s.start <= m.phrase_start < t.start
                            and self._nominal(rules, norm, m, used)
                            and m.actor not in recipients
                        ][:1]
                    )
                )
                if not subj and pronoun is not None:
                    subj = [pronoun]
                if subj:
                    frames.append(_Frame(t, trig.relation, subj, "speaker" if speaker is not None else "nominal", lo))
                    continue
                chain = [m for m in chain if m.actor not in recipients]  # "Ukraine's path ... irreversible"
            if chain:
                if trig.requires == "multiple_subjects" and len({m.actor for m in chain}) < 2:
                    continue
                fn = _Frame(t, trig.relation, chain, "nominal", min(m.phrase_start for m in chain))
                if rel_end is not None:
                    fn.start = rel_end  # the relative clause before it belongs to the previous frame
                fn.all_subjects = full_chain
                frames.append(fn)
                continue
            if trig.requires == "multiple_subjects":
                continue
            # an unnamed subject of its own ("non tutti i partecipanti condividono"): not for us to guess who;
            # but "the leaders held a call with Trump" is a meeting of a group
            unnamed = [
                m for m in M if lo <= m.phrase_start and m.end <= t.start and not m.subject_ok and used[id(m)] is None
            ]
            if unnamed:
                if trig.relation == "COORDINATES" and unnamed[-1].group_role in MEETING_ROLES:
                    frames.append(_Frame(t, trig.relation, [unnamed[-1]], "nominal", unnamed[-1].phrase_start))
                else:
                    frames.append(_Frame(t, trig.relation, [], "none", t.start))
                continue
            # --- no nominal subject before the trigger
            if pronoun is not None and not chain:
                fp = _Frame(t, trig.relation, [pronoun], "pronoun", t.start)
                fp.lo = late_at
                frames.append(fp)
                continue
            inv = self._inverted_subject(rules, norm, t, M, used, nxt_start) or self._postverbal_subject(
                rules, norm, t, M, used, nxt_start
            )
            if inv:
                frames.append(_Frame(t, trig.relation, inv, "inverted", t.start))
                continue
            agent = self._agent(rules, norm, t, M, used, nxt_start)
            if not agent and "training" in trig.adds:
                agent = self._training_place(rules, norm, t, M, used, nxt_start, recipients)
            if agent:
                for m in agent:
                    used[id(m)] = "agent"
                frames.append(_Frame(t, trig.relation, agent, "agent", t.start))
                continue
            pk = next(
                (
                    (i, p, pkg, n)
                    for i, (p, pkg, n) in enumerate(packages)
                    if n is not None and i not in used_pkgs and t.start <= p.start < nxt_start
                ),
                None,
            )
            if pk is not None and trig.relation == "PLEDGES":
                i, p, pkg, n = pk
                used_pkgs.add(i)
                f = _Frame(t, trig.relation, [n], "package", t.start)
                f.package = (pkg, pkg.scope.format(code=self._group_code(n).lower()))
                frames.append(f)
                continue
            if prev is not None and prev.subjects and trig.relation == "COORDINATES" and prev.relation != "COORDINATES":
                # "Washington a repris son aide ..., après des discussions avec les Ukrainiens"
                frames.append(_Frame(t, trig.relation, list(prev.subjects), "inherited", t.start))
                continue
            if (
                prev is not None
                and prev.subjects
                and not (trig.relation == "COORDINATES" and prev.relation != "COORDINATES")
            ):
                last_t = prev.extra[-1] if prev.extra else prev.trigger
                cm = rules.words["contrast"].search(norm, last_t.end, t.start)
                negm = any(last_t.end <= n.start and n.end <= t.start for n in H["negation"] + H["negation_after"])
                comma = norm.rfind(",", last_t.end, t.start)
                if cm and speaker is not None and cm.start() <= speaker.start < t.start and speaker.subject_ok:
                    # "..., mentre il Belgio ha confermato che i primi F-16 arriveranno": the new clause's speaker
                    frames.append(_Frame(t, trig.relation, [speaker], "speaker", cm.start()))
                    continue
                if cm or (negm and (prev.relation != trig.relation or comma >= 0)):
                    # "Poland will not contribute soldiers but will serve as a logistics hub": same subject,
                    # new
                    # claim; "Berlin rejected the idea, ... saying no German soldiers would be sent": a
                    # refusal
                    fi = _Frame(
                        t,
                        trig.relation,
                        list(prev.subjects),
                        "inherited",
                        cm.start() if cm else (comma + 1 if comma >= 0 else last_t.end),
                    )
                    frames.append(fi)
                    continue
                prev.extra.append(t)
                continue
            adj, adj_kind = self._adjective_subjects(rules, norm, H, M, used, t, nxt_start)
            if adj and trig.relation in ("PLEDGES", "DECLINES"):
                fa = _Frame(t, trig.relation, adj, "adjective", t.start)
                fa.adj_kind = adj_kind
                frames.append(fa)
                continue
            post_posed = (
                speaker is not None
                and speaker_span is not None
                and speaker_span[0] > t.end
                and trig.relation in NATION_LEVEL
                and not any(m.start < t.start for m in M)
            )  # "Sending troops is not on the agenda, the Spanish government said"
            if (
                speaker is not None
                and speaker_span
                and (speaker_span[1] <= t.start or trig.relation == "COORDINATES" or post_posed)
            ):
                # "Speaking alongside Rutte in the Oval Office, Trump said ...": the speaker is the party
                frames.append(_Frame(t, trig.relation, [speaker], "speaker", t.start))
                continue
            zero = self._zero_subject(d, rules, norm, s, lo, t) if trig.relation in NATION_LEVEL else None
            if zero is not None:
                frames.append(_Frame(t, trig.relation, [zero], "pronoun", t.start))
                continue
            frames.append(_Frame(t, trig.relation, [], "none", t.start))
        # packages with a nation that no trigger took: "Il backup americano, con intelligence ..., sarà
        # definito"
        for i, (p, pkg, nat) in enumerate(packages):
            if nat is None or i in used_pkgs:
                continue
            if any(f.package and f.package[0] is pkg for f in frames):
                continue
            if any(f.subjects and f.trigger.start <= p.start and (f.relation == "PLEDGES") for f in frames):
                continue
            synthetic = Hit(p.start, p.end, Trigger(id="pledge.package", relation="PLEDGES"), norm[p.start : p.end])
            f = _Frame(synthetic, "PLEDGES", [nat], "package", min(p.start, nat.start))
            f.package = (pkg, pkg.scope.format(code=self._group_code(nat).lower()))
            frames.append(f)
            # its frame spans the whole sentence: the kinds may stand before or after the package words
            f.start = s.start
        frames.sort(key=lambda f: f.trigger.start)
        # frame ends: up to the next frame that has its own subject
        for k, f in enumerate(frames):
            end = s.end
            for g in frames[k + 1 :]:
                if (
                    g.subjects
                    and g.how in ("nominal", "agent", "speaker", "inherited", "inverted")
                    and g.trigger.start > f.trigger.start
                ):
                    end = min(g.start, g.trigger.start) if g.how in ("nominal", "inherited") else g.trigger.start
                    break
                if not g.subjects and g.relation != f.relation and g.trigger.start > f.trigger.start:
                    end = g.trigger.start
                    break
            # a frame ends with its clause ("ruled out ground troops | but could help with air support")
            k2 = bisect.bisect_right(d.bounds, f.trigger.end)
            if k2 < len(d.bounds) and f.relation != "COORDINATES":
                end = min(end, d.bounds[k2])
            f.end = max(end, f.trigger.end)
        return frames

    def _comitative(self, rules: RuleSet, norm: str, M: list[Mention], f: _Frame) -> list[Mention]:
        """Nations joined to the subject by 'together with' (and those chained after them), between the subject and
        the end of the frame."""
        rx = self._words_rx(rules, "comitative", r"(?<!\w)(?:{words})\s+(?:{articles}\s+|(?<=')|(?:{articles})'?)?$")
        if rx is None or not f.subjects:
            return []
        lo = max(m.end for m in f.subjects)
        recipients = set(self.common.get("recipients") or [])
        out: list[Mention] = []
        last_end: int | None = None
        for m in M:
            if not (lo <= m.start < f.end) or m.kind != "nation" or m.adjectival or m in f.subjects:
                continue
            if m.actor in recipients:
                break
            if last_end is not None and rules.words["coord_gap"].fullmatch(norm[last_end : m.phrase_start]):
                out.append(m)
                last_end = m.end
                continue
            if out:
                break
            if rx.search(norm, max(lo, m.phrase_start - 30), m.phrase_start):
                out.append(m)
                last_end = m.end
        return out

    @classmethod
    def _coordinated_verb(cls, rules: RuleSet, norm: str, lo: int, hi: int) -> bool:
        """The gap before a trigger ends in 'and' plus at most two words ('and has', 'e ha poi', 'und hat'): the
        trigger is a second verb of the same subject, not the predicate of the noun before it."""
        key = (rules.language, "coordinated_verb")
        if key not in cls._rx_cache:
            conj = [c for c in rules.raw_words.get("coordinators", []) if c.strip(" ,")]
            cls._rx_cache[key] = (
                re.compile(rf"(?:^|[\s,])(?:{alternation(conj)})\s+(?:[\w']+\s+){{0,2}}$", re.I) if conj else None
            )
        rx = cls._rx_cache[key]
        gap = norm[lo:hi]
        return rx is not None and len(gap) <= 60 and rx.search(gap) is not None

    @staticmethod
    def _group_and_members(g: Mention, members: list[Mention], relation: str) -> list[Mention]:
        if relation == "COORDINATES" or not g.subject_ok:
            return members
        return [g, *members]

    def _named_members(
        self, rules: RuleSet, norm: str, M: list[Mention], used: dict[int, str | None], g: Mention, limit: int
    ) -> list[Mention]:
        rx = rules.words.get("including_after")
        if rx is None:
            return []
        im = rx.match(norm, g.end)
        if not im:
            return []
        chain: list[Mention] = []
        pos = im.end()
        for x in sorted(M, key=lambda m: m.start):
            if x.start < pos or x.end > limit or used[id(x)] is not None or x.kind not in ("nation", "organization"):
                continue
            gap = norm[pos : x.phrase_start]
            if chain and not (gap.strip() and rules.words["coord_gap"].fullmatch(gap)):
                break
            if not chain and gap.strip() and not re.fullmatch(r"\s*(?:\w+\s+|\w+')?", gap):
                break
            chain.append(x)
            pos = x.end
        return chain

    def _noun_agent(
        self,
        rules: RuleSet,
        norm: str,
        H: dict[str, list[Hit]],
        M: list[Mention],
        used: dict[int, str | None],
        lo: int,
        t: Hit,
    ) -> list[Mention]:
        """'die Zusage von 26 Staaten, Soldaten zu entsenden', 'the pledge by Germany to ...', 'l'engagement de la
        France à ...': the actor after a pledge noun's genitive or agent preposition, before the trigger."""
        rx = rules.words.get("noun_agent")
        if rx is None:
            return []
        for h in reversed(H["pledge_nouns"]):
            if not (lo <= h.start and h.end <= t.start):
                continue
            gm = rx.match(norm, h.end)
            if not gm:
                continue
            k = gm.end()
            first = next((m for m in M if m.phrase_start == k and used[id(m)] in (None, "qualifier")), None)
            if first is None or first.adjectival:
                continue
            chain = [first]
            for x in M:
                if x.start <= chain[-1].start or x.end > t.start:
                    continue
                gap = norm[chain[-1].end : x.phrase_start]
                if gap.strip() and rules.words["coord_gap"].fullmatch(gap):
                    chain.append(x)
                elif x.start > chain[-1].end:
                    break
            return chain
        return []

    @staticmethod
    def _coordinated_from(
        rules: RuleSet, norm: str, m: Mention, M: list[Mention], used: dict[int, str | None], limit: int
    ) -> list[Mention]:
        """The chain of mentions coordinated with m after it ("die Niederlande, Dänemark und Norwegen"), up to
        limit; mentions already used are skipped."""
        chain = [m]
        for x in M:
            if x.start <= chain[-1].start or x.start >= limit or used[id(x)] is not None:
                continue
            gap = norm[chain[-1].end : x.phrase_start]
            if gap.strip() and rules.words["coord_gap"].fullmatch(gap):
                chain.append(x)
            elif x.start > chain[-1].end:
                break
        return chain

    def _inverted_subject(
        self, rules: RuleSet, norm: str, t: Hit, M: list[Mention], used: dict[int, str | None], limit: int
    ) -> list[Mention]:
        """German verb-second order: 'Zudem kündigte das Verteidigungsministerium ein Paket an', 'In diesem Jahr
        stellt die Bundesregierung sieben Milliarden Euro bereit': the subject right after the finite verb."""
        if not rules.raw_words.get("verb_second"):
            return []
        fw = re.match(r"\w+", norm[t.start : t.end])
        if not fw:
            return []
        pos = t.start + fw.end()
        key = (rules.language, "v2gap")
        if key not in self._rx_cache:
            arts = rules.raw_words.get("articles", [])
            self._rx_cache[key] = re.compile(
                rf"\s*(?:(?:sich|auch|zudem|nun|jetzt|bereits|erneut)\s+)*(?:{alternation(arts)}\s+)?$", re.I
            )
        gap_rx = self._rx_cache[key]
        assert gap_rx is not None
        for m in M:
            if m.phrase_start < pos or m.phrase_start > pos + 40 or m.start >= limit:
                continue
            if used[id(m)] is not None or not m.subject_ok or m.adjectival:
                break
            if not gap_rx.fullmatch(norm[pos : m.phrase_start]):
                break
            return RuleExtractor._coordinated_from(rules, norm, m, M, used, limit)
        return []

    @staticmethod
    def _postverbal_subject(
        rules: RuleSet, norm: str, t: Hit, M: list[Mention], used: dict[int, str | None], limit: int
    ) -> list[Mention]:
        """A subject after its verb and object, marked by an additive particle: 'All'iniziativa hanno versato fondi
        anche i Paesi Bassi e la Danimarca'. (Italian drops its subject pronouns: a bare noun phrase after a verb is
        its object, so only the particle makes it a subject.)"""
        rx = rules.words.get("postverbal_gap")
        if rx is None:
            return []
        for m in M:
            if m.phrase_start < t.end or m.phrase_start > t.end + 60 or m.start >= limit:
                continue
            if used[id(m)] is not None or not m.subject_ok or m.adjectival:
                return []
            if not rx.fullmatch(norm[t.end : m.phrase_start]):
                return []
            return RuleExtractor._coordinated_from(rules, norm, m, M, used, limit)
        return []

    def _training_place(
        self,
        rules: RuleSet,
        norm: str,
        t: Hit,
        M: list[Mention],
        used: dict[int, str | None],
        limit: int,
        recipients: set[str],
    ) -> list[Mention]:
        """'Les pilotes ukrainiens ont été formés ... dans l'est de la France', 'die Ausbildung ... in Deutschland
        werde fortgesetzt': training with no agent is given by the nation where it takes place."""
        rx = self._words_rx(rules, "locative", r"(?<!\w)(?:{words})\s")
        if rx is None:
            return []
        for m in M:
            if m.start <= t.end or m.start >= limit or m.start - t.end > 80:
                continue
            if used[id(m)] is not None or m.kind != "nation" or m.adjectival or m.actor in recipients:
                continue
            gap = norm[t.end : m.phrase_start]
            found = list(rx.finditer(gap))
            lm = found[-1] if found else None
            if lm is not None and len(gap) - lm.end() <= 25 and not re.search(r"[,;]", gap[lm.start() :]):
                return [m]
            return []
        return []

    @staticmethod
    def _pronoun_subject(d: _Doc, rules: RuleSet, norm: str, s: Span, lo: int, t: Hit) -> Mention | None:
        """'He also called ... unrealistic', 'Er drohte Russland ...': a personal pronoun opening the clause
        before
        the trigger stands for the last person named before it (in this sentence or the previous ones)."""
        if d.last_person is None:
            return None
        rx = rules.words.get("pronoun_start")
        if rx is None:
            return None
        if not rx.match(norm, lo if lo > s.start else s.start, t.start):
            return None
        return d.last_person

    def _zero_subject(self, d: _Doc, rules: RuleSet, norm: str, s: Span, lo: int, t: Hit) -> Mention | None:
        """Italian drops its subject pronouns: 'Fornirà invece alcune decine di migliaia di proiettili' opening a
        sentence right after one nation's claims is that nation's (`words.zero_subject_openers`: at most an adverb
        or a conjunction before the verb)."""
        rx = self._words_rx(rules, "zero_subject_openers", r"^[\s,;:\"'(-]*(?:(?:{words})[\s,]+){0,2}$")
        if rx is None or not d.last_claims or d.last_claim_sentence < 0:
            return None
        if not rx.match(norm[max(lo, s.start) : t.start]):
            return None
        subs = {c.subject for c in d.last_claims if c.subject and c.relation in NATION_LEVEL}
        if len(subs) != 1:
            return None
        nat = next(iter(subs))
        if self.resolver.kind_of(nat) != "nation":
            return None
        return Mention(t.start, t.start, nat, "nation", "anaphor", nat, "")

    @staticmethod
    def _first_person_subject(d: _Doc, rules: RuleSet, norm: str, s: Span, lo: int, t: Hit) -> Mention | None:
        """'We will provide ...', 'Nous fournirons ...', 'Wir werden ... liefern': a first-person plural opening the
        clause before the trigger is the text's issuer (the government or ministry its opening names), when the
        sentence is not quoting someone else named in it."""
        rx = rules.words.get("first_person_start")
        if rx is None or d.issuer is None:
            return None
        start = lo if lo > s.start else s.start
        m = rx.match(norm, start, t.start)
        if m is None:
            return None
        return d.issuer

    @staticmethod
    def _late_pronoun(
        d: _Doc, rules: RuleSet, norm: str, s: Span, M: list[Mention], lo: int, t: Hit
    ) -> tuple[Mention, int] | None:
        """A personal pronoun between the last nominal chain and the trigger ('..., as he hosted'): the last
        person named before it in this sentence, else in the previous ones."""
        pronouns = rules.raw_words.get("pronouns")
        if not pronouns:
            return None
        gap = norm[lo : t.start]
        pm = re.search(rf"(?:[,;]|\s)\s*(?:{alternation(pronouns)})\s+(?:\w+\s+){{0,2}}$", gap, re.I)
        if not pm:
            return None
        person = next((m for m in reversed(M) if m.kind == "person" and m.end <= lo + pm.start()), None)
        person = person or d.last_person
        return (person, lo + pm.start()) if person is not None else None

    def _agent(
        self, rules: RuleSet, norm: str, t: Hit, M: list[Mention], used: dict[int, str | None], limit: int
    ) -> list[Mention]:
        """A passive agent after the trigger: 'consegnati da Danimarca e Paesi Bassi', 'signed by X'."""
        recipients = set(self.common.get("recipients") or [])
        for m in M:
            if m.start < t.end or m.start > limit or used[id(m)] is not None:
                continue
            k = m.phrase_start
            gap = norm[t.end : k]
            am = re.search(rules.words["agent_after"].pattern + r"$", gap, re.I)
            if am and len(gap) <= 60 and not re.search(r"[.;]", gap):
                cands = [x for x in M if x.start >= m.start and x.end <= limit and used[id(x)] is None]
                chain = [m]
                for x in cands[1:]:
                    g = rules.words["coord_gap"].fullmatch(norm[chain[-1].end : x.phrase_start])
                    if g and norm[chain[-1].end : x.phrase_start].strip():
                        chain.append(x)
                    else:
                        break
                return chain
            if m.actor in recipients and len(gap) <= 60:
                continue  # "la cessione di carri all'Ucraina da parte della Spagna": the recipient stands between
            break
        return []

    def _adjective_subjects(
        self,
        rules: RuleSet,
        norm: str,
        H: dict[str, list[Hit]],
        M: list[Mention],
        used: dict[int, str | None],
        t: Hit,
        limit: int,
    ) -> tuple[list[Mention], Hit | None]:
        """Nation adjectives on the contribution: 'forze britanniche e francesi', 'British and French
        troops'."""
        recipients = set(self.common.get("recipients") or [])
        for k in H["kinds"]:
            if k.end <= t.start - 60 or k.start >= limit:
                continue
            chain: list[Mention] = []
            if rules.qualifier_after:
                pos = k.end
                while True:
                    nxt = [
                        m
                        for m in M
                        if m.start >= pos
                        and m.start - pos <= 2
                        and m.kind == "nation"
                        and m.adjectival
                        and used[id(m)] is None
                    ]
                    if not nxt:
                        break
                    chain.append(nxt[0])
                    g = rules.words["coord_gap"].match(norm, nxt[0].end)
                    pos = g.end() if g else nxt[0].end
            if not chain:
                pos = k.start
                while True:
                    prv = [
                        m
                        for m in M
                        if m.end <= pos
                        and pos - m.end <= 2
                        and m.kind == "nation"
                        and (m.adjectival or not rules.qualifier_after)
                        and used[id(m)] is None
                    ]
                    if not prv:
                        break
                    chain.insert(0, prv[-1])
                    back = re.search(
                        r"(?:,|\s(?:and|und|et|e|ed|y)|-)\s*$",
                        norm[max(0, prv[-1].start - 6) : prv[-1].start],
                    )
                    pos = prv[-1].start - (len(back.group(0)) if back else 0)
                    if not back:
                        break
            chain = [m for m in chain if m.actor not in recipients]
            if chain:
                return chain, k
        return [], None

    # ------------------------------------------------------------------------------------------------ claims

    def _modality(self, rules: RuleSet, norm: str, H: dict[str, list[Hit]], f: _Frame, lo: int) -> tuple[str, str]:
        """(modality, how) for a frame: nearest cue before the trigger (chains take their first), else
        tense."""
        trig: Trigger = f.trigger.payload
        t = f.trigger
        cues = [
            c
            for c in H["modality"]
            if lo <= c.start and c.start < t.end and (c.end <= t.end + 1 or rules.language == "de")
        ]
        if trig.predicative and trig.modality:
            # "considera inaccettabile", "juge inacceptable": a verb of judgement, not a modality
            cues = [c for c in cues if not (c.payload == "considering" and 0 <= t.start - c.end <= 2)]
        if cues:
            cues.sort(key=lambda c: c.start)
            chosen = cues[-1]
            # a chain of adjacent cues ("potrebbe essere firmato") takes its first cue
            k = len(cues) - 1
            while k > 0:
                gap = norm[cues[k - 1].end : cues[k].start]
                if (
                    len(gap) <= 14
                    and not re.search(r"[,;:]|\b(?:che|that|que|qu|dass)\b", gap, re.I)
                    and len(gap.split()) <= 1
                ):
                    chosen = cues[k - 1]
                    k -= 1
                    continue
                break
            return chosen.payload, "cue"
        if trig.modality:
            return trig.modality, "trigger"
        word = t.text.split()[-1] if t.text.split() else t.text
        tense = rules.tense
        before = norm[max(0, t.start - 100) : t.start]
        if "future" in tense and tense["future"].search(word):
            return "planned", "tense"
        if "future_aux" in tense and tense["future_aux"].search(before):
            return "planned", "tense"
        if "conditional" in tense and tense["conditional"].search(word):
            return "willing", "tense"
        if "conditional_aux" in tense and tense["conditional_aux"].search(before):
            return "willing", "tense"
        if (
            "participle" in tense
            and tense["participle"].search(word)
            and "auxiliary" in tense
            and tense["auxiliary"].search(before)
        ):
            return (trig.past or ("delivered" if f.relation in ("PLEDGES", "COORDINATES") else "pledged")), "tense"
        if "past" in tense and tense["past"].search(word) and f.relation in ("PLEDGES", "COORDINATES"):
            return (trig.past or "delivered"), "tense"
        if "progressive" in tense and tense["progressive"].search(norm[max(0, t.start - 30) : t.end]):
            return "delivered", "tense"
        default = (self.common.get("default_modality") or {}).get(f.relation, "pledged")
        return default, "default"

    def _subject_id(self, m: Mention, relation: str) -> tuple[str, str]:
        """The actor a claim is about, and its kind (see README: leaders, seats, capitals, qualified
        groups)."""
        if m.how == "capital_metonym":
            return (m.speaks_for or m.actor), "nation"
        if m.kind == "institution" or m.how == "seat_metonym":
            target = m.speaks_for or self.resolver.nation_of(m.actor)
            if target:
                return target, self.resolver.kind_of(target) or "nation"
            return m.actor, m.kind
        if m.kind == "person":
            if relation in NATION_LEVEL:
                nation = m.speaks_for or self.resolver.nation_of(m.actor)
                if nation:
                    return nation, self.resolver.kind_of(nation) or "nation"
            return m.actor, "person"
        if m.kind == "group" and m.speaks_for and relation != "COORDINATES":
            return m.speaks_for, self.resolver.kind_of(m.speaks_for) or "nation"
        if m.how == "office":
            return m.actor, m.kind
        return m.actor, m.kind

    def _speaker_id(self, m: Mention) -> str:
        if m.how == "capital_metonym":
            return m.speaks_for or m.actor
        if m.kind == "group" and m.speaks_for:
            return m.speaks_for
        return m.actor

    def _claims(
        self,
        d: _Doc,
        rules: RuleSet,
        s: Span,
        H: dict[str, list[Hit]],
        M: list[Mention],
        used: dict[int, str | None],
        f: _Frame,
        frames: list[_Frame],
        speaker: Mention | None,
        targets: list[tuple[Hit, Mention]],
        conditions: list[Hit],
        index: int,
    ) -> list[ExtractedClaim]:
        if not f.subjects and f.relation != "COORDINATES":
            return []
        norm = d.norm
        trig: Trigger = f.trigger.payload
        relation = f.relation
        lo_window = max(m.end for m in f.subjects) if f.how == "nominal" else f.start
        if f.how in ("adjective", "agent", "package", "none", "inherited", "pronoun", "inverted"):
            prevf = [g for g in frames if g.trigger.end <= f.trigger.start]
            lo_window = max([s.start] + [g.trigger.end for g in prevf])
        if f.lo is not None:
            lo_window = max(lo_window, f.lo)
        modality, mhow = self._modality(rules, norm, H, f, lo_window)
        if f.how == "agent" and f.subjects:
            # "I caccia promessi dalla Francia sono arrivati": the main verb after the agent tells what happened
            a_end = max(m.end for m in f.subjects)
            c_hi = self._clause_of(d.bounds, f.trigger.start)[1]
            main_cues = [
                c
                for c in H["modality"]
                if a_end <= c.start < c_hi and c.payload in ("delivered", "withdrawn", "signed")
            ]
            if main_cues:
                modality, mhow = main_cues[0].payload, "cue"
        # ---- negation: "non invierà", "will not send", "n'enverra pas", "keine Soldaten schicken"
        negated = False
        neg_lo = (
            lo_window
            if f.how == "nominal"
            else (f.start if f.how == "inherited" else max(s.start, f.trigger.start - 60))
        )
        c_start = self._clause_of(d.bounds, f.trigger.start)[0]
        # "confirmed the call but did not commit to a meeting": an inherited meeting's negation is its clause's
        neg_lo = c_start if f.how == "inherited" and f.start == f.trigger.start else max(neg_lo, c_start)
        rel_rx = rules.words.get("relative_clause")
        rels = [(m.start(), m.end()) for m in rel_rx.finditer(norm, s.start, f.trigger.start)] if rel_rx else []
        for n in H["negation"]:
            if (
                neg_lo <= n.start
                and n.end <= f.trigger.start
                and not any(c.start <= n.start and n.end <= c.end and c.payload == "considering" for c in H["modality"])
                # "L'Islande, qui ne dispose pas d'armée, financera": a relative clause's negation is its own
                and not any(a < n.start and n.end <= b for a, b in rels)
            ):
                negated = True
        if not negated and relation == "PLEDGES" and f.subjects:
            # "ha escluso che l'Italia possa inviare truppe", "ruled out that Britain would send": the refusal
            # governs the clause it introduces
            comp = rules.words["complementizer_after"]
            f_lo = min(m.phrase_start for m in f.subjects) if f.how == "nominal" else f.trigger.start
            for t2 in H["triggers"]:
                if (
                    t2.payload.relation == "DECLINES"
                    and t2.end <= f_lo
                    and any(_overlaps(t2.start, t2.end, n.start, n.end) for n in H["negation"])
                    and (cm := comp.match(norm, t2.end, f_lo)) is not None
                    and f_lo - cm.end() <= 40
                    and not re.search(r"[;:.]", norm[cm.end() : f_lo])
                ):
                    negated = True
        for n in H["negation"]:
            # inside a bracketed trigger: "Ungarn nahm an dem Treffen nicht teil", "schließt ... nicht aus"
            if (
                f.trigger.start < n.start
                and n.end < f.trigger.end
                and trig.relation in ("PLEDGES", "COORDINATES")
                and not any(c.start <= n.start and n.end <= c.end for c in H["modality"])
            ):
                negated = True
        for n in H["negation_after"]:
            # after the verb: German "schickt keine Soldaten", "... eine klare Absage erteilt", "...
            # ausgeschlossen"
            clause_end = norm.find(",", f.trigger.end, max(f.end, f.trigger.end + 1))
            limit = clause_end if clause_end >= 0 else max(f.end, f.trigger.end + 1)
            if f.trigger.end <= n.start < limit and not any(
                c.start <= n.start and n.end <= c.end and c.payload == "considering" for c in H["modality"]
            ):
                negated = True
        if negated and any(f.start <= e.start < f.end for e in H["negation_exceptions"]):
            # "i soldati non sarebbero schierati sulla linea del fronte": a restriction, not a refusal
            return []
        if (
            negated
            and relation == "PLEDGES"
            and mhow == "tense"
            and modality in ("delivered",)
            and trig.id != "decline.no_plans"
        ):
            return []  # "Ankara has not offered ground troops": nothing offered, nothing refused
        if (
            negated
            and relation == "PLEDGES"
            and "negated_past" in rules.tense
            and rules.tense["negated_past"].search(norm, max(0, f.trigger.start - 30), f.trigger.start)
        ):
            return []  # "Germany and Italy did not commit soldiers": nothing offered, nothing refused
        if trig.negated_only:
            if not negated:
                # "akzeptieren" is only an opposition when negated: "wird ... keine Truppen akzeptieren"
                return []
            negated = False
        if negated:
            if relation == "PLEDGES":
                relation, modality, mhow = "DECLINES", "refused", "negation"
            elif relation in ("SUPPORTS", "OPPOSES", "COORDINATES"):
                return []
        if relation == "DECLINES":
            modality = "refused"
        if f.joint and modality in ("signed", "pledged"):
            modality = "delivered"  # they met to do it
        # ---- kinds
        kinds, weak_used, kind_hits = self._kinds(
            rules, norm, H, f, s, conditions, d.blocked, keep_without=f.trigger.start in d.without_refusals
        )
        # "logistics from its territory rather than troops": the kind after "rather than" is declined, not given
        declined: list[str] = []
        rather = rules.words.get("rather_before")
        if rather is not None and relation == "PLEDGES" and kind_hits:
            rt = [k for k in kind_hits if rather.search(norm, max(0, k.start - 30), k.start)]
            if rt and len(rt) < len(kind_hits):
                kind_hits = [k for k in kind_hits if k not in rt]
                kinds = [x for k in kind_hits for x in k.payload.kinds]
                kinds = list(dict.fromkeys(kinds))
                declined = list(dict.fromkeys(x for k in rt for x in k.payload.kinds if x not in kinds))
        if (
            relation == "SUPPORTS"
            and trig.modality == "willing"
            and any(x.payload.relation == "PLEDGES" for x in f.extra)
            and kinds
            and not self._foreign_contribution(H, M, f, kinds, kind_hits)
        ):
            # "zeigt sich offen für einen Einsatz dänischer Soldaten", "is open to sending troops": willing to give
            relation = "PLEDGES"
        if relation == "SUPPORTS" and not trig.modality:
            # "ready to support a peace deal with troops on the ground and jets in the air": a contribution
            verb_final = bool(rules.raw_words.get("object_before_verb"))
            wk = [
                k
                for k in kind_hits
                if (k.start > f.trigger.end or (verb_final and k.end <= f.trigger.start))
                and rules.words["with_before"].search(norm[max(0, k.start - 40) : k.start])
            ]
            if wk:
                kinds = []
                for k in kind_hits:
                    if k.start >= wk[0].start:
                        kinds.extend(x for x in k.payload.kinds if x not in kinds)
                relation = "PLEDGES"
        if (
            relation == "DECLINES"
            and "funding" not in trig.adds  # "non acquisterà armi americane": the seller, not the owner
            and self._foreign_contribution(H, M, f, kinds, kind_hits)
        ):
            # "Hungary ruled out NATO troops", "X esclude truppe occidentali": not X's to give - an objection
            relation, modality, mhow = "OPPOSES", "pledged", "foreign"
        if not kinds and not trig.kinds:
            # "Washington aiuterà a garantire la sicurezza", "will help to protect": the infinitive's own kinds
            prev_end = f.trigger.end
            for tx in f.extra:
                if not rules.words["infinitive_gap"].fullmatch(norm[prev_end : tx.start]):
                    break
                if tx.payload.kinds and tx.payload.relation == relation and not tx.payload.needs_object:
                    kinds = list(tx.payload.kinds)
                    break
                prev_end = tx.end
        if not kinds and trig.kinds:
            # a threat is a sanction only when it names whom it threatens ("threatened Moscow", not "threatened
            # to block the package")
            if trig.needs_object and not any(
                f.trigger.end <= m.start < f.end and m.kind in ("nation", "organization") for m in M
            ):
                return []
            kinds = list(trig.kinds)
        prev_end = f.trigger.start
        for tx in [f.trigger, *f.extra]:
            # an extra verb adds its kinds only as the infinitive of the frame ("has offered to pay for"), not in a
            # relative clause ("countries that buy Russian oil", "shells bought under its initiative")
            if tx is f.trigger or rules.words["infinitive_gap"].fullmatch(norm[prev_end : tx.start]):
                for k in tx.payload.adds:
                    if k not in kinds:
                        kinds.append(k)
            prev_end = tx.end
        later = any(
            g.trigger.start > f.trigger.start
            and (
                g.relation == "COORDINATES"
                or (g.subjects and {m.actor for m in g.subjects} != {m.actor for m in f.subjects})
            )
            for g in frames
            if g is not f
        )
        anaphoric = True
        if trig.inherit_anaphoric:
            c_lo, c_hi = self._clause_of(d.bounds, f.trigger.start)
            anaphoric = rules.words["anaphoric"].search(norm, c_lo, c_hi) is not None
        if (
            not kinds
            and trig.inherit
            and anaphoric
            and not later
            and d.last_claims
            and index - d.last_claim_sentence <= 2
        ):
            kinds = list(d.last_claims[-1].kinds)
            if relation in NATION_LEVEL:
                banned = set(self.common.get("not_inherited_by_pledges") or [])
                kinds = [k for k in kinds if k not in banned]
            weak_used = True
        if f.package and not kinds:
            kinds = [f.package[0].kind]
        elif f.package and len(kinds) > 1 and f.package[0].kind in kinds:
            kinds = [k for k in kinds if k != f.package[0].kind]  # the backstop is the package, its parts the kinds
        support_only = set(self.common.get("support_only_kinds") or [])
        if relation == "PLEDGES" and kinds and set(kinds) <= support_only:
            relation = "SUPPORTS"  # membership is endorsed, not contributed: "a path into the alliance was assured"
        partners: list[Mention] = []
        partners_of: dict[int, list[Mention]] = {}
        obj_actor: Mention | None = None
        topic_used = False
        places: list[Mention] = []  # hosts named by their seat or capital: places, not speakers
        if relation == "COORDINATES":
            subjects = list(f.subjects)
            if trig.visit:
                # a visit: only people travel ("Pistorius est arrivé à Kiev"), the place's nation is the partner
                subjects = [m for m in subjects if m.kind in ("person", "group", "nation")]
                place = self._visit_place(rules, norm, M, f)
                partners = [place] if place is not None else []
            elif trig.attend:
                host = self._host(rules, norm, M, used, f, s, d)
                if host is None and d.last_host is not None and index - d.last_host[1] <= 3:
                    host = d.last_host[0]
                if host is None and d.last_meeting is not None and index - d.last_meeting[1] <= 1:
                    host = d.last_meeting[0]  # "Starmer opens the call ...; Japan and Australia are dialled in"
                partners = [host] if host is not None else []
                subjects = [m for m in subjects if host is None or m.actor != host.actor]
            else:
                # a host for meetings only ("signed ... and promised 4.5 billion to Kyiv": a recipient, not a place)
                host = None if f.joint else self._host(rules, norm, M, used, f, s, d)
                partners = self._partners(rules, norm, M, used, f, s, H, genitive=host is not None or f.how == "none")
                chairs = self._chairs(rules, norm, M, f)
                if chairs is not None:
                    host = None
                    subjects, partners = chairs
                    f.star = True
                if host is not None:
                    hnat = host.speaks_for or host.actor
                    everyone = self._dedupe(subjects + partners)
                    # "Zelensky met Trump in Washington": the host is Trump himself, not the place
                    same = [m for m in everyone if self._nation_of_party(m) == hnat]
                    if same:
                        host = same[0]
                    d.last_host = (host, index)
                    others = [m for m in everyone if m is not host and self._nation_of_party(m) != hnat]
                    subjects, partners = [host], others
            if subjects and f.how in ("nominal", "pronoun", "speaker") and not (trig.visit or trig.attend or f.joint):
                d.last_meeting = (subjects[0], index)
            if len(subjects) >= 2:
                # "X e Y hanno firmato ... tra i due Paesi": a count of the parties already named is not one more
                partners = [p for p in partners if not (p.kind == "group" and (p.min_count or 99) <= len(subjects))]
            parties = self._dedupe(subjects + partners)
            if len(parties) < 2:
                return []
            places = [m for m in parties if m.how in ("seat_metonym", "capital_metonym")]
            if trig.attend:
                if not partners:
                    return []  # taking part, but in whose meeting?
                f.subjects, partners = [partners[0]], [m for m in parties if m is not partners[0]]
            else:
                subj_d = self._dedupe(subjects)
                part_d = [p for p in parties if all(p.actor != q.actor for q in subj_d)]
                if len(subj_d) >= 2 and part_d and not f.joint and parties[0] is subj_d[0]:
                    # "Macron and Starmer held a call with Witkoff": each subject met the partner
                    f.subjects, partners = subj_d, (part_d if f.star else parties[1:])
                    partners_of = {id(m): part_d for m in subj_d[1:]}
                else:
                    f.subjects, partners = [parties[0]], parties[1:]
        elif not kinds:
            if relation == "OPPOSES":
                obj_actor = next(
                    (
                        m
                        for m in M
                        if f.trigger.end <= m.start < f.end
                        and self._nominal(rules, norm, m, used)
                        and m not in f.subjects
                    ),
                    None,
                )
            if obj_actor is None:
                kinds = self._topic_fallback(d, rules, H, M, f, s, relation)
                if not kinds:
                    return []
                topic_used = weak_used = True
        # ---- advocacy: "Meloni said the allies should offer Ukraine a defence clause" is Meloni's support
        advocacy = False
        if relation == "PLEDGES" and speaker is not None and speaker.subject_ok and f.subjects:
            c_lo = max(self._clause_of(d.bounds, f.trigger.start)[0], max(m.end for m in f.subjects))
            if rules.words["deontic"].search(norm, c_lo, f.trigger.start) and speaker not in f.subjects:
                spk_id = self._subject_id(speaker, "SUPPORTS")[0]
                if all(self._subject_id(m, relation)[0] != spk_id for m in f.subjects):
                    f.subjects, relation, modality, advocacy = [speaker], "SUPPORTS", "pledged", True
        if relation == "PLEDGES" and f.how == "nominal" and kinds:
            # "Germany, together with Belgium and Norway, will deliver ...", "Deutschland wird gemeinsam mit Belgien
            # ... liefern": the partners of a joint contribution give it too
            co = self._comitative(rules, norm, M, f)
            if co:
                f.subjects = [*f.subjects, *co]
        # ---- beneficiary, target, quantity, condition
        subj_ids = [self._subject_id(m, relation)[0] for m in f.subjects]
        beneficiary, bhow = self._beneficiary(rules, norm, M, used, f, subj_ids, relation, kinds, d)
        target = None
        for th, tm in targets:
            if f.start <= th.start < f.end or (f.how == "package" and s.start <= th.start < s.end):
                target = self._speaker_id(tm)
                break
        if target is None and "sanctions" in kinds:
            sm = next(
                (
                    m
                    for m in M
                    if f.trigger.end <= m.start < f.end
                    and m.kind == "nation"
                    and m.actor not in subj_ids
                    and m.actor != beneficiary
                    and used[id(m)] in (None, "target")
                ),
                None,
            )
            if sm is None:
                sm = next(
                    (
                        m
                        for m in M
                        if f.start <= m.start < f.end
                        and m.kind == "nation"
                        and m.actor not in subj_ids
                        and m.actor != beneficiary
                    ),
                    None,
                )
            if sm is not None:
                target = self._speaker_id(sm)
        quantity = qnorm = None
        for qh in H["quantity"]:
            if f.trigger.start - 80 <= qh.start < f.end and qh.start >= f.start:
                qm = rules.quantity_regex.match(norm, qh.start)
                if qm:
                    qn, _unit = normalise(rules, qm)
                    if qn is not None:
                        quantity, qnorm = d.text[qh.start : qh.end], qn
                        break
        condition = cnorm = None
        for c in conditions:
            if (
                (f.start <= c.start < f.end)
                or (len(frames) == 1)
                or (c.end <= f.start and not any(g.start < f.start and g.subjects for g in frames if g is not f))
            ):
                condition, cnorm = d.text[c.start : c.end], c.payload
                break
        # ---- speaker
        spk = spk_name = None
        if (
            speaker is not None
            and not advocacy
            and not (
                f.how == "speaker"
                and speaker in f.subjects
                and self._subject_id(speaker, relation)[0] == self._speaker_id(speaker)
            )
        ):
            spk, spk_name = self._speaker_id(speaker), speaker.text
        # ---- quote: the sentence, or its ';' clause
        qs, qe = self._quote_span(d.text, s, f)
        quote = d.text[qs:qe]
        # ---- confidence and rule id
        conf = trig.base or float(self.common.get("confidence", {}).get("base", 0.9))
        cf = self.common.get("confidence", {})
        steps = []
        if f.how in ("adjective", "agent", "speaker", "package", "inherited", "pronoun", "inverted"):
            conf *= float(cf.get(f"{f.how}_subject", 0.9))
            steps.append(f.how)
        if bhow == "default":
            conf *= float(cf.get("default_beneficiary", 0.95))
        if weak_used:
            conf *= float(cf.get("weak_kind", 0.85))
        if f.joint:
            conf *= float(cf.get("joint", 1.0))  # a joint act's parties (the COORDINATES record) are a guess
        rule = (
            f"{rules.language}.{trig.id}.{modality}"
            + (f"+{f.how}_subject" if steps else "")
            + ("+joint" if f.joint else "")
            + ("+advocacy" if advocacy else "")
            + ("+topic_kind" if topic_used else "")
        )
        out: list[ExtractedClaim] = []
        recipients = set(self.common.get("recipients") or [])
        # mentions: actors of the reference data, plus the groups this claim creates (below)
        mentions = sorted({m.actor for m in M if m.kind != "group"})
        spk_groups = (
            [
                {
                    "id": speaker.actor,
                    "name": speaker.label or speaker.text,
                    "min_count": speaker.min_count,
                    "lang": rules.language,
                }
            ]
            if speaker is not None and speaker.kind == "group" and spk == speaker.actor
            else []
        )
        adversaries = set((self.common.get("default_beneficiary") or {}).get("adversaries") or [])
        for m in f.subjects:
            sid, skind = self._subject_id(m, relation)
            if relation == "PLEDGES" and sid in recipients and (beneficiary in (None, sid)):
                continue  # the recipient is never the pledger of what it receives
            c_rel, c_mod, c_ben, c_rule = relation, modality, beneficiary, rule
            if sid in adversaries and relation in NATION_LEVEL and beneficiary in (None, d.topic_beneficiary):
                # the recipient's adversary contributes nothing to it: refusing or ending a contribution
                # ("Russia ruled out any deployment", "demanded an end to the aid") is an objection
                if relation == "DECLINES" or modality == "withdrawn":
                    c_rel, c_mod, c_rule = "OPPOSES", "pledged", rule + "+adversary"
                    if c_ben is None and "sanctions" not in kinds:
                        c_ben = d.topic_beneficiary
                else:
                    continue
            if sid == target or (relation != "COORDINATES" and sid == beneficiary and relation == "PLEDGES"):
                continue
            groups = (
                [{"id": m.actor, "name": m.label or m.text, "min_count": m.min_count, "lang": rules.language}]
                if m.kind == "group" and sid == m.actor
                else []
            ) + spk_groups
            this_spk = spk
            this_spk_name = spk_name
            if this_spk is None and m.kind == "person" and sid != m.actor:
                this_spk, this_spk_name = m.actor, m.text
            if (
                this_spk is None
                and (m.kind == "institution" or m.how == "seat_metonym")
                and sid != m.actor
                and m not in places
            ):
                this_spk, this_spk_name = m.actor, m.text
            if relation == "COORDINATES":
                for p in partners_of.get(id(m), partners):
                    pid, pkind = self._subject_id(p, relation)
                    if pid == sid:
                        continue
                    pgroups = (
                        [
                            {
                                "id": p.actor,
                                "name": p.label or p.text,
                                "min_count": p.min_count,
                                "lang": rules.language,
                            }
                        ]
                        if p.kind == "group" and pid == p.actor
                        else []
                    )
                    topic = kinds[:1]
                    out.append(
                        ExtractedClaim(
                            source=d.source,
                            subject=sid,
                            relation=relation,
                            kinds=topic,
                            beneficiary=None,
                            target=pid,
                            modality=modality,
                            quantity=None,
                            condition=condition,
                            speaker=this_spk,
                            quote=quote,
                            start=qs,
                            end=qe,
                            language=rules.language,
                            rule=rule,
                            confidence=round(conf, 3),
                            condition_norm=cnorm,
                            subject_kind=skind,
                            subject_name=m.text,
                            subject_min_count=m.min_count,
                            speaker_name=this_spk_name,
                            object=pid,
                            object_kind=pkind,
                            subject_speaks_for=m.speaks_for if m.kind == "group" else None,
                            object_speaks_for=p.speaks_for if p.kind == "group" else None,
                            groups=groups + pgroups,
                            mentions=mentions,
                        )
                    )
                continue
            out.append(
                ExtractedClaim(
                    source=d.source,
                    subject=sid,
                    relation=c_rel,
                    kinds=kinds,
                    beneficiary=c_ben,
                    target=target if obj_actor is None else self._speaker_id(obj_actor),
                    modality=c_mod,
                    quantity=quantity,
                    condition=condition,
                    speaker=this_spk,
                    quote=quote,
                    start=qs,
                    end=qe,
                    language=rules.language,
                    rule=c_rule,
                    confidence=round(conf, 3),
                    quantity_norm=qnorm,
                    condition_norm=cnorm,
                    subject_kind=skind,
                    subject_name=m.text,
                    subject_min_count=m.min_count,
                    speaker_name=this_spk_name,
                    subject_speaks_for=m.speaks_for if m.kind == "group" else None,
                    object=self._speaker_id(obj_actor) if obj_actor is not None else None,
                    object_kind=obj_actor.kind if obj_actor is not None else None,
                    scope=f.package[1] if f.package else None,
                    package_kind=f.package[0].kind if f.package else None,
                    groups=groups,
                    mentions=mentions,
                )
            )
        if declined:
            out.extend(
                c.model_copy(
                    update={
                        "relation": "DECLINES",
                        "kinds": declined,
                        "modality": "refused",
                        "quantity": None,
                        "quantity_norm": None,
                        "rule": c.rule + "+rather_than",
                    }
                )
                for c in list(out)
                if c.relation == "PLEDGES"
            )
        return out

    def _topic_fallback(
        self, d: _Doc, rules: RuleSet, H: dict[str, list[Hit]], M: list[Mention], f: _Frame, s: Span, relation: str
    ) -> list[str]:
        """The article's topic kinds for a stance or a participation that names no kind of its own: "A Budapest,
        Szijjártó a dénoncé « un jeu dangereux »" in a piece on Tomahawks, "Frankreich prüft eine Beteiligung" in
        one on the Czech shells initiative. Only for objections, endorsements and the verbs that may inherit a
        kind ("contribute", "take part", "no plans"), never for the recipient itself, a question, or a clause
        that names a kind the rules set aside."""
        if not d.topic_kinds or not f.subjects:
            return []
        trig: Trigger = f.trigger.payload
        if trig.predicative:
            return []
        # "Scholz hat eine Lieferung erneut abgelehnt": a refused delivery named by a bare noun is the topic's
        noun_rx = self._words_rx(rules, "topic_nouns", "(?:{words})")
        noun_ref = relation == "DECLINES" and noun_rx is not None and noun_rx.fullmatch(f.trigger.text) is not None
        if relation not in ("OPPOSES", "SUPPORTS") and not noun_ref:
            return []
        if d.text[s.start : s.end].rstrip().endswith("?"):
            return []
        c_lo, c_hi = self._clause_of(d.bounds, f.trigger.start)
        if any(c_lo <= k.start < c_hi for k in H["kinds"]):
            return []
        recipients = set(self.common.get("recipients") or [])
        ids = {self._subject_id(m, relation)[0] for m in f.subjects}
        ids |= {n for m in f.subjects if m.kind == "person" and (n := self.resolver.nation_of(m.actor))}
        if ids & (recipients | {d.topic_beneficiary}):
            return []
        # what the verb governs: nothing, a quoted judgement, or a reference to the topic ("the decision", "die
        # Lieferungen", "all'iniziativa"); anything else ("welcomed closer contacts", "soutenir l'Ukraine") is
        # another matter
        after = d.norm[f.trigger.end : c_hi].strip(" \t\n,:;.!-\u2013\u2014")
        ref = self._topic_ref_rx(rules)
        if not noun_ref and after and after[0] != '"' and (ref is None or ref.match(after) is None):
            return []
        if any(f.trigger.end <= m.start < c_hi and m.kind != "group" and not m.adjectival for m in M):
            return []  # "a dénoncé « l'implication directe » de Berlin": aimed at an actor, not at the topic
        if any(m.kind == "group" and m.group_role in NON_SOURCES for m in f.subjects):
            return []
        kinds = list(d.topic_kinds)
        if relation in NATION_LEVEL:
            banned = set(self.common.get("not_inherited_by_pledges") or [])
            kinds = [k for k in kinds if k not in banned]
        return kinds

    def _foreign_contribution(
        self, H: dict[str, list[Hit]], M: list[Mention], f: _Frame, kinds: list[str], kind_hits: list[Hit]
    ) -> bool:
        """A refused contribution that belongs to others: NATO's presence or membership, or a kind qualified by
        another nation or a group ('European troops', 'truppe occidentali', 'soldats de l'OTAN')."""
        if {"nato_presence", "nato_membership"} & set(kinds):
            return True
        subj = {self._subject_id(m, "DECLINES")[0] for m in f.subjects}
        for k in kind_hits:
            for q in H["qualifiers"]:
                if 0 <= q.start - k.end <= 2 or 0 <= k.start - q.end <= 2:
                    return True
            for m in M:
                near = 0 <= m.start - k.end <= 2 or 0 <= k.start - m.end <= 2
                if m.kind == "nation" and m.adjectival and near and m.actor not in subj:
                    return True
        return False

    @staticmethod
    def _dedupe(ms: list[Mention]) -> list[Mention]:
        seen: set[str] = set()
        out = []
        for m in ms:
            if m.actor not in seen:
                seen.add(m.actor)
                out.append(m)
        return out

    def _partners(
        self,
        rules: RuleSet,
        norm: str,
        M: list[Mention],
        used: dict[int, str | None],
        f: _Frame,
        s: Span,
        H: dict[str, list[Hit]],
        genitive: bool = False,
    ) -> list[Mention]:
        """COORDINATES: 'tra A e B', 'con B', 'met B', post-verbal subjects ('si sono incontrate le delegazioni di
        Washington e Mosca'), and group members named with 'inclusi' ('inclusi comandanti della NATO'). A bare
        mention is a party only right after the verb ('met Trump') or in a chain with a party ('with France,
        Germany and Italy'); a place ('in Washington') and an excluded one ('without Ukraine') never are."""
        out: list[Mention] = []
        anchors = sorted([f.trigger, *f.extra], key=lambda h: h.start)
        last_end: int | None = None
        subj_end = max((m.end for m in f.subjects), default=f.start)
        negs = [n.start for n in H.get("negation", [])]
        for m in sorted(M, key=lambda x: x.start):
            if m.start >= f.end or m in f.subjects:
                continue
            if used[id(m)] not in (None,) or not m.subject_ok:
                continue
            window = self._title_window(rules, norm, m)
            if (
                m.kind == "nation"
                and re.match(r"-\w", norm[m.end : m.end + 2])
                and rules.offices.match_at(norm, m.end + 1) is None
            ):
                continue  # "eine Sitzung der Ukraine-Kontaktgruppe": a modifier in a compound, not a party
            if m.start < f.trigger.end:
                # "Macron hat mit US-Präsident Trump telefoniert": a with-partner before a verb-final trigger
                if (
                    rules.raw_words.get("object_before_verb")
                    and f.how in ("nominal", "pronoun")
                    and m.start >= subj_end
                    and m.end <= f.trigger.start
                    and rules.words["with_before"].search(window)
                ):
                    out.append(m)
                    last_end = m.end
                continue
            # "... à laquelle les Etats-Unis n'étaient pas conviés": a party that was not there
            puncts = [k.end() for k in re.finditer(r"[,;:]", norm[f.trigger.end : m.start])]
            c_lo = f.trigger.end + (puncts[-1] if puncts else 0)
            nxt = re.search(r"[,;:.]", norm[m.end : f.end])
            c_hi = m.end + nxt.start() if nxt else f.end
            if any(c_lo <= n < m.start or m.end <= n < c_hi for n in negs):
                continue
            if (
                m.adjectival
                and m.head_start is None
                and not (rules.words["article_before"].search(window) and self._nominal_demonym(rules, norm, m))
            ):
                continue
            # "ohne Vertreter der Ukraine und der EU", "without Ukraine", "senza l'Ucraina": not a party
            anchor_end = max((a.end for a in anchors if a.end <= m.start), default=f.trigger.end)
            ex = list(rules.words["exclusion"].finditer(norm, anchor_end, m.phrase_start))
            if ex and not re.search(r"[;:.\u2013\u2014]", norm[ex[-1].end() : m.phrase_start]):
                continue
            intro = (
                rules.words["with_before"].search(window)
                or rules.words["between_before"].search(window)
                or rules.words["including_before"].search(window)
                # "il vertice dei Volenterosi", "the summit of the G7": the organisation meeting (when the meeting
                # has no subject of its own: "..., after a meeting of the coalition" is not the subject's meeting)
                or (genitive and m.kind in ("organization", "group") and rules.words["genitive_before"].search(window))
            )
            if m.head_start is None and rules.words["prep_before"].search(window) and not intro:
                continue  # "al vertice di Parigi", "in Washington": a place, not a party
            if not intro and m.head_start is None:
                g = norm[last_end : m.phrase_start] if last_end is not None else ""
                chained = last_end is not None and (
                    rules.words["coord_gap"].fullmatch(g)
                    or (
                        re.fullmatch(r"\s*,?\s*\w+\s+(?:\w+\s+)?", g) is not None
                        and bool(re.match(r"\s*,?\s*(?:\w+\s+){0,2}$", g))
                        and bool((cm2 := rules.words["coord_gap"].match(g)) and cm2.group(0).strip())
                    )
                )
                gap = norm[anchor_end : m.phrase_start]
                if not chained and (len(gap) > 30 or "," in gap):
                    continue  # "..., and Macron said": the subject of another clause
            out.append(m)
            last_end = m.end
        return out

    def _chairs(
        self, rules: RuleSet, norm: str, M: list[Mention], f: _Frame
    ) -> tuple[list[Mention], list[Mention]] | None:
        """'una videoconferenza della coalizione, presieduta da Starmer e Macron', 'a meeting chaired by Germany and
        Britain', 'la conférence accueillie par la France': the chairs (the passive agents of the meeting) each meet
        the meeting's body (the organisation or group named with it), else its unnamed participants - not each
        other."""
        if f.how != "agent" or not f.subjects:
            return None
        rx = self._words_rx(rules, "chaired_by", r"(?<!\w)(?:{words})(?!\w)")
        first = min(m.phrase_start for m in f.subjects)
        if rx is None or not rx.search(norm, f.trigger.start, first):
            return None
        hosts = self._dedupe(list(f.subjects))
        body = [
            m
            for m in M
            if first - 120 <= m.start < first and m.kind in ("organization", "group") and m not in hosts
        ]
        if body:
            return hosts, body[-1:]
        t = f.trigger
        crowd = Mention(
            t.start,
            t.end,
            "PARTICIPANTS",
            "group",
            "group",
            None,
            norm[t.start : t.end],
            label=norm[t.start : t.end],
            group_role="PARTICIPANTS",
        )
        return hosts, [crowd]

    def _nation_of_party(self, m: Mention) -> str | None:
        if m.kind == "nation":
            return m.speaks_for or m.actor
        if m.kind == "group":
            return m.speaks_for
        return m.speaks_for or self.resolver.nation_of(m.actor)

    @staticmethod
    def _title_window(rules: RuleSet, norm: str, m: Mention) -> str:
        """The 40 characters before a mention, skipping a title between a preposition and the name ('mit Präsident
        Emmanuel Macron', 'with President Trump')."""
        start = m.phrase_start
        window = norm[max(0, start - 40) : start]
        wm = re.search(r"(\S+)\s+$", window)
        if wm and not rules.words["prep_before"].search(window):
            wstart = start - (len(window) - wm.start(1))
            cand = [wstart] + [wstart + k + 1 for k, ch in enumerate(wm.group(1)) if ch == "-"]
            if any(rules.offices.match_at(norm, c) is not None for c in cand):
                return norm[max(0, wstart - 40) : wstart]
        return window

    def _host(
        self,
        rules: RuleSet,
        norm: str,
        M: list[Mention],
        used: dict[int, str | None],
        f: _Frame,
        s: Span,
        d: _Doc,
    ) -> Mention | None:
        """The host of a meeting: a seat of power after a place preposition ('all'Eliseo', 'at the White House'),
        or a capital/nation named as the place ('à Paris', 'in Paris') when that nation's leaders or institutions
        act elsewhere in the document."""
        anchors = [f.trigger, *f.extra]
        for m in M:
            if used[id(m)] not in (None, "qualifier"):
                continue
            if not any(abs(m.start - a.end) <= 60 or abs(a.start - m.end) <= 60 for a in anchors):
                continue
            window = norm[max(0, m.phrase_start - 40) : m.phrase_start]
            lm = rules.words["locative_before"].search(window)
            if not lm or rules.words["with_before"].search(window):
                continue
            if m.how not in ("seat_metonym", "capital_metonym") and re.match(
                r"(?:a|ad|al|all'|alla|à|au|aux|to|an|am)(?:\s|$|(?<='))", lm.group(0).strip(), re.I
            ):
                continue  # "all'Ucraina", "à l'Ukraine": a recipient, not a place
            if rules.words["between_before"].search(window) or rules.words["exclusion"].search(window[-25:]):
                continue
            nation = m.speaks_for or (m.actor if m.kind == "nation" else self.resolver.nation_of(m.actor))
            if not nation or (self.resolver.kind_of(nation) or "nation") != "nation":
                continue
            if m.how == "seat_metonym":
                return m
            if m.how in ("capital_metonym", "name", "alias") and m.kind == "nation" or m.how == "capital_metonym":
                acts = any(
                    (x.start < s.start or x.start >= s.end)
                    and (x.kind in ("person", "institution") or x.how == "seat_metonym")
                    and (x.speaks_for == nation or self.resolver.nation_of(x.actor) == nation)
                    for x in d.mentions
                )
                if acts:
                    return m
        return None

    def _visit_place(self, rules: RuleSet, norm: str, M: list[Mention], f: _Frame) -> Mention | None:
        """'arrivé à Kiev', 'travelled to Moscow', 'in visita a Washington': the nation of the place visited."""
        for m in M:
            if f.trigger.end <= m.start <= f.trigger.end + 40 and m.kind in ("nation",) and not m.adjectival:
                return m
            if f.trigger.end <= m.start <= f.trigger.end + 40 and m.how == "seat_metonym":
                return m
        return None

    def _kinds(
        self,
        rules: RuleSet,
        norm: str,
        H: dict[str, list[Hit]],
        f: _Frame,
        s: Span,
        conditions: list[Hit] | None = None,
        blocked: list[tuple[int, int, tuple[str, ...] | None]] | None = None,
        keep_without: bool = False,
    ) -> tuple[list[str], bool, list[Hit]]:
        conds = conditions or []
        blocked = blocked or []

        def collect(lo: int, hi: int) -> list[Hit]:
            return [
                k
                for k in H["kinds"]
                if lo <= k.start
                and k.end <= hi
                and not any(c.start <= k.start and k.end <= c.end for c in conds)
                and not any(a <= k.start < b for a, b, rels in blocked if rels is None)
            ]

        own = [k for k in H["kinds"] if k.start < f.trigger.start < k.end]  # "security agreement" around "agreement"

        if f.adj_kind is not None:
            found = [f.adj_kind]
        else:
            hi = f.end
            after = collect(f.trigger.start, hi)
            if f.how == "package":
                after = collect(f.start, hi)
            lo = f.start if f.how in ("nominal", "inherited") else max(s.start, f.trigger.start - 80)
            if f.how == "nominal":
                lo = max(m.end for m in f.subjects)
                fronted = self._fronted_object_start(rules, norm, f, s)
                if fronted is not None:
                    lo = fronted
            before = collect(lo, f.trigger.start) if lo < f.trigger.start else []
            if f.how == "nominal" and f.subjects:
                # a relative clause: "the jets that Norway pledged", "die F-16, die die Niederlande ... zugesagt
                # haben", "les obus que la France a livrés" - the antecedent right before it is the object
                head = min(m.phrase_start for m in f.subjects)
                ante = collect(max(s.start, head - 120), head)
                if ante:
                    gap = norm[ante[-1].end : head]
                    rm = rules.words["relative_after"].match(gap)
                    # German relatives are also articles ("Mitgliedschaft der Ukraine"): there the comma decides
                    comma_needed = bool(rules.raw_words.get("object_before_verb"))
                    if len(gap) <= 14 and rm and ("," in gap or not comma_needed):
                        before = [ante[-1], *before]
            passive = "passive" in rules.tense and rules.tense["passive"].search(
                norm[max(0, f.trigger.start - 30) : f.trigger.start]
            )
            after = own + after
            if rules.raw_words.get("object_before_verb"):
                found = sorted({id(k): k for k in before + after}.values(), key=lambda k: k.start)
            else:
                found = (before or after) if passive else (after or before)
        # money that buys another kind ("1,6 Milliarden Pfund für ... Flugabwehrraketen") keeps both kinds:
        # the money is funding, what it buys is the equipment
        # "senza adesione formale", "without NATO membership": excluded; "dans le cadre de garanties de
        # sécurité", "as part of security guarantees": the frame's context, not its contribution
        if not keep_without:
            found = [
                k for k in found if not rules.words["without_before"].search(norm[max(0, k.start - 40) : k.start])
            ]
        else:  # "ohne eigene Soldaten zu entsenden" refuses what follows "without", nothing before it
            w_rx = self._words_rx(rules, "without", WITHOUT_START)
            w_at = None
            if w_rx is not None:
                for wm in w_rx.finditer(norm, max(s.start, f.trigger.start - 80), f.trigger.start):
                    w_at = wm.start()
            if w_at is not None:
                found = [k for k in found if k.start > w_at]
        in_context = [
            k
            for k in found
            if rules.words["context_before"].search(re.sub(r"[$€£]\s*$", "", norm[max(0, k.start - 40) : k.start]))
        ]
        if in_context:
            kept = [k for k in found if k not in in_context]
            if any(k.payload.kinds == ("funding",) for k in in_context) and all(k.payload.weak for k in kept):
                # "Militärhilfe im Wert von 40 Milliarden Euro": money for aid in general is funding
                kept = [k for k in in_context if k.payload.kinds == ("funding",)]
            found = kept
        # the recipient's own soldiers ("addestrare le truppe ucraine", "training Ukrainian soldiers") are not
        # given
        recipients = set(self.common.get("recipients") or [])
        if recipients and found:

            def own_forces(k: Hit) -> bool:
                if not set(k.payload.kinds) <= {"troops"}:
                    return False
                return any(
                    m.actor in recipients and m.adjectival and (0 <= m.start - k.end <= 2 or 0 <= k.start - m.end <= 2)
                    for m in self._doc_mentions
                )

            found = [k for k in found if not own_forces(k)]
        # weak (elliptical) kinds give way to a specific kind of the same verb's object: each trigger of the
        # frame
        # ("ha levato la pausa sulla condivisione di intelligence e ripreso il suo aiuto militare") has its
        # segment
        cuts = sorted({x.start for x in [f.trigger, *f.extra]})
        segments: dict[int, list[Hit]] = {}
        for k in found:
            seg = bisect.bisect_right(cuts, k.start)
            segments.setdefault(seg, []).append(k)
        chosen = []
        weak_used = False
        for seg in sorted(segments):
            ks = segments[seg]
            # the trigger's own word is a kind ("a bilateral accord", "un contributo"): it counts in full
            strong = [k for k in ks if not k.payload.weak or _overlaps(k.start, k.end, f.trigger.start, f.trigger.end)]
            if not strong:
                weak_used = True
            chosen.extend(strong or ks)
        kinds: list[str] = []
        for k in chosen:
            for kind in k.payload.kinds:
                if kind not in kinds:
                    kinds.append(kind)
        return kinds, weak_used, chosen

    def _fronted_object_start(self, rules: RuleSet, norm: str, f: _Frame, s: Span) -> int | None:
        """German verb-second with a fronted object: 'Bodentruppen werde Helsinki ... nicht entsenden', 'Weitere
        Panzer hat Berlin geliefert' - the object before the finite auxiliary and the subject belongs to the frame.
        Returns where the clause starts, or None."""
        aux = rules.raw_words.get("finite_aux")
        if not aux or not f.subjects:
            return None
        rx = self._words_rx(rules, "finite_aux", r"\w[^,;:]*?\s(?:{words})\s+(?:(?:{articles})\s+)?$")
        assert rx is not None  # `aux` is not empty
        head = min(m.phrase_start for m in f.subjects)
        c_lo = self._clause_of(self._clause_bounds(rules, norm, s), head)[0]
        k = max(norm.rfind(",", c_lo, head), norm.rfind(":", c_lo, head), norm.rfind("\u201e", c_lo, head))
        start = k + 1 if k >= 0 else c_lo
        while start < head and not norm[start].isalnum():
            start += 1
        if start >= head or not rx.fullmatch(norm, start, head):
            return None
        return start

    def _beneficiary(
        self,
        rules: RuleSet,
        norm: str,
        M: list[Mention],
        used: dict[int, str | None],
        f: _Frame,
        subj_ids: list[str],
        relation: str,
        kinds: list[str],
        d: _Doc,
    ) -> tuple[str | None, str]:
        if relation == "COORDINATES":
            return None, "none"
        recipients = set(self.common.get("recipients") or [])
        spec = self.common.get("default_beneficiary") or {}
        in_frame = [
            m
            for m in M
            if f.trigger.start <= m.start < f.end
            and m not in f.subjects
            and used[id(m)] not in ("target", "speaker")
            and (m.kind == "nation" or m.how == "capital_metonym")
        ]
        for m in in_frame:
            aid = m.speaks_for if m.how == "capital_metonym" and m.speaks_for else m.actor
            if aid in recipients and aid not in subj_ids:
                return aid, "explicit"
        for m in in_frame:
            aid = m.speaks_for if m.how == "capital_metonym" and m.speaks_for else m.actor
            if aid in subj_ids:
                continue
            if rules.words["benef_before"].search(norm[max(0, m.start - 30) : m.start]) and not m.adjectival:
                return aid, "explicit"
        # a recipient named anywhere in the frame's sentence part before the trigger ("per l'Ucraina ...
        # invierà")
        for m in M:
            if f.start <= m.start < f.trigger.start and m.actor in recipients and m not in f.subjects:
                return m.actor, "explicit"
        topic = d.topic_beneficiary
        if topic and topic not in subj_ids:
            if relation in NATION_LEVEL and any(x in (spec.get("adversaries") or []) for x in subj_ids):
                return None, "none"
            if set(kinds) and set(kinds) <= set(spec.get("not_for") or []):
                return None, "none"
            return topic, "default"
        return None, "none"

    @staticmethod
    def _quote_span(text: str, s: Span, f: _Frame) -> tuple[int, int]:
        lo, hi = s.start, s.end
        for m in re.finditer(";", text[s.start : s.end]):
            p = s.start + m.start()
            if p < f.trigger.start:
                lo = p + 1
            elif p >= f.trigger.end:
                hi = min(hi, p)
                break
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return lo, hi

    # ------------------------------------------------------------------------------------------- packages

    @staticmethod
    def _top_package(d: _Doc) -> tuple[Package, str, str | None] | None:
        """The package a part or an anaphor ('questa strategia') belongs to: the last one named without a
        nation,
        else the last one at all."""
        for x in reversed(d.packages):
            if not x[0].part_of_previous and not x[0].needs_nation:
                return x
        return next((x for x in reversed(d.packages) if not x[0].part_of_previous), None)

    def _structural(
        self,
        d: _Doc,
        rules: RuleSet,
        s: Span,
        H: dict[str, list[Hit]],
        M: list[Mention],
        used: dict[int, str | None],
        frames: list[_Frame],
        packages: list[tuple[Hit, Package, Mention | None]],
        targets: list[tuple[Hit, Mention]],
        conditions: list[Hit],
        claims: list[ExtractedClaim],
    ) -> list[ExtractedClaim]:
        """Package facts nobody is named as backing: its parts (PART_OF) and whom it is against (TARGETS)."""
        out: list[ExtractedClaim] = []
        norm = d.norm
        modal = sorted(H["modality"], key=lambda c: c.start)
        mod = modal[0].payload if modal else None
        recipients = set(self.common.get("recipients") or [])
        benef = next((m.actor for m in M if m.actor in recipients), None) or d.topic_beneficiary
        qs, qe = s.start, s.end
        quote = d.text[qs:qe]
        pkg_now: tuple[Package, str] | None = None
        for p, pkg, nation in packages:
            if nation is not None:
                scope = pkg.scope.format(code=self._group_code(nation).lower())
                if not any(c.scope == scope for c in claims):
                    continue
                d.packages.append((pkg, scope, benef))
                continue
            if any(c.subject for c in claims):
                continue
            scope = pkg.scope
            parent = None
            if pkg.part_of_previous:
                parent = self._top_package(d)
            d.packages.append((pkg, scope, benef))
            d.package_modality.setdefault(scope, mod or "considering")
            if parent is not None:
                cond = next(((d.text[c.start : c.end], c.payload) for c in conditions), (None, None))
                out.append(
                    ExtractedClaim(
                        source=d.source,
                        subject=None,
                        relation="PART_OF",
                        kinds=[pkg.kind],
                        beneficiary=benef,
                        target=None,
                        modality=mod or d.package_modality.get(parent[1], "considering"),
                        quantity=None,
                        condition=cond[0],
                        speaker=None,
                        quote=quote,
                        start=qs,
                        end=qe,
                        language=rules.language,
                        rule=f"{rules.language}.package.part_of_previous",
                        confidence=0.75,
                        condition_norm=cond[1],
                        scope=scope,
                        package_scope=parent[1],
                        package_kind=parent[0].kind,
                        mentions=sorted({m.actor for m in M}),
                    )
                )
                pkg_now = (pkg, scope)
                continue
            pkg_now = (pkg, scope)
            kinds, _, _ = self._kinds(
                rules,
                norm,
                H,
                _Frame(Hit(p.end, p.end, None, ""), "PLEDGES", [], "none", s.start, end=s.end),
                s,
            )
            parts = [k for k in kinds if k != pkg.kind]
            if parts:
                out.append(
                    ExtractedClaim(
                        source=d.source,
                        subject=None,
                        relation="PART_OF",
                        kinds=parts,
                        beneficiary=benef,
                        target=None,
                        modality=d.package_modality.get(scope, mod or "considering"),
                        quantity=None,
                        condition=None,
                        speaker=None,
                        quote=quote,
                        start=qs,
                        end=qe,
                        language=rules.language,
                        rule=f"{rules.language}.package.parts",
                        confidence=0.8,
                        scope=scope,
                        package_scope=scope,
                        package_kind=pkg.kind,
                        mentions=sorted({m.actor for m in M}),
                    )
                )
        # "Questa strategia potrebbe rappresentare ... deterrenza contro ... la Russia": the last package's
        # target
        if targets and not any(c.subject for c in claims):
            ref_pkg = pkg_now
            top: tuple[Package, str, str | None] | None
            if ref_pkg is None and (H["anaphora"] or H["deterrence"]) and d.packages:
                top = self._top_package(d) or d.packages[-1]
                ref_pkg = (top[0], top[1])
            elif ref_pkg is not None and ref_pkg[0].part_of_previous:
                top = self._top_package(d)
                ref_pkg = (top[0], top[1]) if top else ref_pkg
            if ref_pkg is not None:
                _, tm = targets[0]
                out.append(
                    ExtractedClaim(
                        source=d.source,
                        subject=None,
                        relation="TARGETS",
                        kinds=[ref_pkg[0].kind],
                        beneficiary=benef,
                        target=self._speaker_id(tm),
                        modality=mod or d.package_modality.get(ref_pkg[1], "considering"),
                        quantity=None,
                        condition=None,
                        speaker=None,
                        quote=quote,
                        start=qs,
                        end=qe,
                        language=rules.language,
                        rule=f"{rules.language}.package.targets",
                        confidence=0.75,
                        scope=ref_pkg[1],
                        package_scope=ref_pkg[1],
                        package_kind=ref_pkg[0].kind,
                        mentions=sorted({m.actor for m in M}),
                    )
                )
        return out


def extractor_for(languages: Iterable[str] | None = None) -> RuleExtractor:
    """A RuleExtractor (rules are compiled once per process and cached)."""
    try:
        return RuleExtractor(languages=languages)
    except RuleError:
        raise
