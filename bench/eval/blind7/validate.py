#!/usr/bin/env python3
"""Validate the blind7 gold set (adapted from blind6/validate.py).

    python3 validate.py [--vocab /work/main/graph/vocab] [--dir DIR]

Checks: every line parses; article keys, id pattern, language, published_at in 2024-2025, 7-13 sentences
(heuristic; a blank line between paragraphs is always a boundary; blind7 has no long features); row keys; relation, kind and modality against graph/vocab; subject/target against ISO3 / known
organisations / GROUP; COORDINATES rows have null kind and beneficiary and a target; non-COORDINATES rows have
beneficiary UKR (or GROUP) and null target, except sanctions (beneficiary null, target RUS); DECLINES <=> refused;
one row per key; every quote is an exact substring of the text and lies inside one sentence.
Prints counts per language, relation, modality and kind. Exit status 1 on any error.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # /work/blind7
SET = "blind7"
FEATURE_NUM = "999"  # blind7 has no long features (no id ends in -999)
LANGS = ("it", "en", "fr", "de")

# ISO 3166-1 alpha-3 codes that a Ukraine-support text could plausibly name (all are real codes).
ISO3 = set("""
AFG ALB AUT AUS AZE BEL BGR BIH BLR BRA CAN CHE CHN CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IND IRL
IRN ISL ISR ITA VAT JPN KAZ KOR LIE LTU LUX LVA MDA MKD MLT MNE NLD NOR NZL POL PRK PRT QAT ROU RUS SAU SRB SVK SVN
SWE TUR UKR USA ZAF ARE EGY
""".split())
ORGS = {"NATO", "EU", "G7", "UN", "OSCE", "COALITION_OF_THE_WILLING"}
ACTORS = ISO3 | ORGS | {"GROUP"}

ARTICLE_KEYS = {"id", "language", "title", "published_at", "text", "gold"}
ROW_KEYS = {"subject", "relation", "kind", "beneficiary", "target", "modality", "quote"}


def load_vocab(vdir):
    """Read the YAML vocabularies; fall back to a regex reader if PyYAML is missing."""
    def read(name):
        with open(os.path.join(vdir, name + ".yaml"), encoding="utf-8") as f:
            return f.read()
    try:
        import yaml
        kinds = {k["id"] for k in yaml.safe_load(read("kinds"))}
        mod = yaml.safe_load(read("modalities"))
        modalities = {m["id"] for m in mod["ladder"]} | {m["id"] for m in mod["off_ladder"]}
        rel = yaml.safe_load(read("relations"))
        relations = set(rel["claim"])
    except ImportError:
        kinds = set(re.findall(r"id:\s*([a-z_]+)", read("kinds")))
        modalities = set(re.findall(r"id:\s*([a-z_]+)", read("modalities")))
        txt = read("relations").split("structural:")[0]
        relations = set(re.findall(r"^\s+([A-Z_]+):", txt, re.M))
    return kinds, modalities, relations


# Sentence splitting (heuristic): a boundary is . ! ? … optionally followed by a closing quote/bracket, then
# whitespace, then an upper-case letter, an opening quote or a bracket. Abbreviations such as "M." or an initial
# ("Tore O. Sandvik") are not boundaries.
BOUNDARY = re.compile(r"([.!?…])([»”“\"’)]*)[ \u00a0\n]+(?=[«„“\"‘(A-ZÀ-ÖØ-ÞČŠŽ])")
ABBREV = {"M", "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Mme", "Sen", "Gen"}


# German ordinal dates ("10. April") are not boundaries either.
DE_MONTHS = re.compile(r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


def _spans_in(text, base):
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        if m.group(1) == ".":
            word = re.search(r"(\S+)$", text[start:m.start()])
            w = word.group(1) if word else ""
            w = w.lstrip("«„“\"(")
            if w in ABBREV or re.fullmatch(r"[A-Z]", w):
                continue
            if re.fullmatch(r"\d{1,2}", w) and DE_MONTHS.match(text, m.end()):
                continue
        end = m.end(2)
        spans.append((base + start, base + end))
        start = m.end()
    if start < len(text):
        spans.append((base + start, base + len(text)))
    return spans


def sentence_spans(text):
    """Paragraphs (separated by a blank line) are split first; each paragraph is then split heuristically."""
    spans, pos = [], 0
    for para in text.split("\n\n"):
        if para.strip():
            spans.extend(_spans_in(para, pos))
        pos += len(para) + 2
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", default="/work/main/graph/vocab")
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--min-sentences", type=int, default=7)
    ap.add_argument("--max-sentences", type=int, default=13)
    ap.add_argument("--feature-min-sentences", type=int, default=14)
    ap.add_argument("--feature-max-sentences", type=int, default=20)
    args = ap.parse_args()

    kinds, modalities, relations = load_vocab(args.vocab)
    errors = []
    by_lang = {}
    rel_count = collections.Counter()
    mod_count = collections.Counter()
    kind_count = collections.Counter()
    per_article = {}

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    for lang in LANGS:
        path = os.path.join(args.dir, f"{lang}.jsonl")
        if not os.path.exists(path):
            err(path, "missing")
            continue
        stats = collections.Counter()
        ids = set()
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{lang}.jsonl:{ln}"
                if not line.strip():
                    err(where, "empty line")
                    continue
                try:
                    a = json.loads(line)
                except json.JSONDecodeError as e:
                    err(where, f"bad JSON: {e}")
                    continue
                if set(a) != ARTICLE_KEYS:
                    err(where, f"article keys {sorted(a)}")
                    continue
                aid = a["id"]
                where = f"{lang}.jsonl:{ln} ({aid})"
                if not re.fullmatch(rf"{SET}-{lang}-\d{{3}}", aid or ""):
                    err(where, "bad id")
                if aid in ids:
                    err(where, "duplicate id")
                ids.add(aid)
                if a["language"] != lang:
                    err(where, f"language {a['language']!r}")
                if not re.fullmatch(r"202[45]-\d\d-\d\d", a["published_at"] or ""):
                    err(where, f"published_at {a['published_at']!r}")
                text = a["text"]
                if not isinstance(text, str) or not text.strip() or not a["title"]:
                    err(where, "empty text or title")
                    continue
                spans = sentence_spans(text)
                if aid.endswith("-" + FEATURE_NUM):
                    lo, hi = args.feature_min_sentences, args.feature_max_sentences
                else:
                    lo, hi = args.min_sentences, args.max_sentences
                if not (lo <= len(spans) <= hi):
                    err(where, f"{len(spans)} sentences (want {lo}-{hi})")
                if not isinstance(a["gold"], list):
                    err(where, "gold is not a list")
                    continue
                stats["articles"] += 1
                stats["sentences"] += len(spans)
                keys = set()
                for j, r in enumerate(a["gold"]):
                    rw = f"{where} row {j}"
                    if set(r) != ROW_KEYS:
                        err(rw, f"row keys {sorted(r)}")
                        continue
                    s, rel, k, b, t, m, q = (r[x] for x in
                                             ("subject", "relation", "kind", "beneficiary", "target", "modality",
                                              "quote"))
                    if s not in ACTORS:
                        err(rw, f"subject {s!r}")
                    if rel not in relations:
                        err(rw, f"relation {rel!r}")
                    if m not in modalities:
                        err(rw, f"modality {m!r}")
                    if rel == "COORDINATES":
                        if k is not None or b is not None:
                            err(rw, "COORDINATES needs kind and beneficiary null")
                        if t not in ACTORS:
                            err(rw, f"target {t!r}")
                        if t == s and s != "GROUP":
                            err(rw, "target equals subject")
                        key = (s, rel, t)
                        rkey = (t, rel, s)
                        if rkey in keys:
                            err(rw, f"symmetric duplicate of {rkey}")
                    else:
                        if k not in kinds:
                            err(rw, f"kind {k!r}")
                        if k == "sanctions":
                            if b is not None or t != "RUS":
                                err(rw, "sanctions rows need beneficiary null, target RUS")
                        else:
                            if b not in ("UKR", "GROUP"):
                                err(rw, f"beneficiary {b!r}")
                            if t is not None:
                                err(rw, f"target {t!r} on a non-COORDINATES row")
                        key = (s, rel, k)
                    if (rel == "DECLINES") != (m == "refused"):
                        err(rw, "DECLINES <=> refused violated")
                    if key in keys:
                        err(rw, f"duplicate key {key}")
                    keys.add(key)
                    if not isinstance(q, str) or not q:
                        err(rw, "empty quote")
                        continue
                    pos = text.find(q)
                    if pos < 0:
                        err(rw, f"quote not in text: {q[:70]!r}")
                        continue
                    end = pos + len(q)
                    if not any(st <= pos and end <= en for st, en in spans):
                        err(rw, f"quote crosses a sentence boundary: {q[:70]!r}")
                    stats["rows"] += 1
                    stats[rel] += 1
                    rel_count[rel] += 1
                    mod_count[m] += 1
                    kind_count[k if k else "(COORDINATES)"] += 1
                per_article[aid] = (len(a["gold"]), len(spans))
                if not a["gold"]:
                    stats["empty"] += 1
        by_lang[lang] = stats

    rels = ["PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES", "COORDINATES"]
    print("| file | articles | gold rows | " + " | ".join(rels) + " | empty articles |")
    print("|---|---|---|" + "---|" * len(rels) + "---|")
    tot = collections.Counter()
    for lang in LANGS:
        st = by_lang.get(lang, collections.Counter())
        tot.update(st)
        print(f"| `{lang}.jsonl` | {st['articles']} | {st['rows']} | "
              + " | ".join(str(st[r]) for r in rels) + f" | {st['empty']} |")
    print(f"| **all** | {tot['articles']} | {tot['rows']} | " + " | ".join(str(tot[r]) for r in rels)
          + f" | {tot['empty']} |")
    print()
    for lang in LANGS:
        items = sorted((k, v) for k, v in per_article.items() if k.startswith(f"{SET}-{lang}-"))
        print(f"{lang}: rows/article " + "/".join(str(v[0]) for _, v in items)
              + "; sentences/article " + "/".join(str(v[1]) for _, v in items))
    print("modalities: " + ", ".join(f"{k} {v}" for k, v in mod_count.most_common()))
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in kind_count.most_common()))

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
