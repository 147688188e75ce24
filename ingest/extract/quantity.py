"""Quantities as stated -> normalised {value_min, value_max, unit}.

"alcune centinaia di soldati"  -> 100..999 soldiers   (vague [1, 9] x 100)
"several thousand troops"      -> 2000..9999 soldiers (vague [2, 9] x 1000)
"tens of thousands of troops"  -> 10000..99999        (a bare plural multiplier: [1, 9] x 10 x 1000)
"fino a 20.000 soldati"        -> max 20000
"more than 5,000 missiles"     -> min 5000
"10,000 soldiers"              -> 10000..10000
"""

from __future__ import annotations

import re
from typing import Any

from graph.model import Quantity
from ingest.extract.ruleset import RuleSet

_SEP_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,' ])\d{3})+$")


def parse_number(s: str) -> float | None:
    s = s.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        return None
    m = _SEP_THOUSANDS.match(s)
    if m:
        seps = set(re.findall(r"[.,' ]", s))
        if len(seps) == 1:
            return float(re.sub(r"[.,' ]", "", s))
    # one decimal separator: 1.5 / 2,5; thousands + decimal: 1,234.5 / 1.234,5
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    s = s.replace(" ", "").replace("'", "")
    try:
        return float(s)
    except ValueError:
        return None


def _mult(rules: RuleSet, text: str) -> float:
    mults: dict[str, float] = rules.quantity_spec["multipliers"]
    total = 1.0
    for word in re.split(r"\s+", text.lower()):
        word = word.strip("'")
        if word in mults:
            total *= mults[word]
    return total


def _value(rules: RuleSet, num: str | None, numword: str | None) -> float | None:
    if num:
        return parse_number(num)
    if numword:
        return float(rules.number_words.get(numword.lower(), 0)) or None
    return None


def normalise(rules: RuleSet, m: re.Match[str]) -> tuple[Quantity | None, str | None]:
    """A match of rules.quantity_regex -> (Quantity, unit key); None when the match holds no number."""
    gd: dict[str, Any] = m.groupdict()
    unit = next((k[2:] for k, v in gd.items() if k.startswith("u_") and v), None)
    mult_text = gd.get("mult") or gd.get("mult2")
    value = _value(rules, gd.get("num"), gd.get("numword"))
    vague = gd.get("vague")
    if value is None and not mult_text:
        return None, unit
    multiplier = _mult(rules, mult_text) if mult_text else 1.0
    lo: float | None
    hi: float | None
    if value is not None:
        lo = hi = value * multiplier
    else:
        rng = rules.quantity_spec["vague"].get(vague.lower()) if vague else None
        a, b = rng if rng else (1, 9)
        # "centinaia" / "hundreds" / "tens of thousands": each multiplier word but the last adds a factor of
        # ten
        lo, hi = a * multiplier, (b + 1) * multiplier - 1
    if gd.get("lo"):
        first = parse_number(gd["lo"]) if gd["lo"][:1].isdigit() else float(rules.number_words.get(gd["lo"].lower(), 0))
        if first:
            if first < (hi or 0) / 100 and multiplier > 1:
                first *= multiplier  # "tra 10 e 20 mila"
            lo = first
    bound = next((k[3:] for k, v in gd.items() if k.startswith("qb_") and v), None)
    if bound == "min":
        hi = None
    elif bound == "max":
        lo = None
    if lo is not None and hi is not None and lo == int(lo) and hi == int(hi):
        lo, hi = float(int(lo)), float(int(hi))
    return Quantity(value_min=lo, value_max=hi, unit=unit), unit
