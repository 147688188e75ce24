"""Reference data: nations, organizations, institutions and persons, their names in five languages, and an
index that resolves names, demonyms, adjectives and metonyms to actors.

Sources: every country comes from pycountry (ISO 3166-1), with names in en/it/fr/de/es from pycountry's
gettext translations; everything else comes from the YAML files in ingest/refdata/data/ (each says where its
facts come from). Importing this package reads nothing; the first call reads everything once and caches it.

    load_reference()      -> ReferenceData (actors, links, metonyms, alias entries)
    reference_document()  -> the reference data as one graph Document (Source origin "refdata", no claims)
    alias_index()         -> AliasIndex: resolve(text, lang) and longest_matches(text, lang)
    lookup(alias)         -> Actor | None: by id, QID or any alias ("Francia", "Casa Bianca", "Trump")
"""

from __future__ import annotations

import json
from functools import lru_cache

from graph.model import Actor, Document, Source
from ingest.refdata.index import AliasIndex, Resolution, build_index, case_rule
from ingest.refdata.loader import (
    HOW_ORDER,
    LANGS,
    MUL,
    AliasEntry,
    Metonym,
    ReferenceData,
    ScanRule,
    load_reference,
)
from ingest.refdata.text import alias_key, fold

__all__ = [
    "HOW_ORDER",
    "LANGS",
    "MUL",
    "REFDATA_SCHEMA",
    "AliasEntry",
    "AliasIndex",
    "Metonym",
    "ReferenceData",
    "Resolution",
    "ScanRule",
    "alias_index",
    "alias_key",
    "case_rule",
    "canonical_text",
    "fold",
    "load_reference",
    "lookup",
    "reference_document",
]

REFDATA_SCHEMA = "pledgegraph/refdata@1"


@lru_cache(maxsize=1)
def alias_index() -> AliasIndex:
    """The alias index over the reference data (built once; its scanning regex is compiled on first use)."""
    return build_index(load_reference())


def canonical_text(ref: ReferenceData | None = None) -> str:
    """A canonical serialisation of the reference data: one sorted JSON line per actor and per link.

    It is derived from the data files and from pycountry's data, so it changes exactly when what they say
    changes (not when comments, key order or formatting of the YAML do).
    """
    ref = ref or load_reference()
    lines = [json.dumps({"schema": REFDATA_SCHEMA}, sort_keys=True)]
    for actor in sorted(ref.actors.values(), key=lambda a: a.id):
        lines.append(json.dumps({"actor": actor.model_dump(mode="json")}, sort_keys=True, ensure_ascii=False))
    for link in sorted(ref.links, key=lambda ln: ln.id):
        dumped = link.model_dump(mode="json")
        lines.append(json.dumps({"link": {**dumped, "id": link.id}}, sort_keys=True, ensure_ascii=False))
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def reference_document() -> Document:
    """The whole reference data as one Document: all actors and structural links, no statements or claims.

    Its Source (origin "refdata") is Source.from_text over canonical_text(), so two loads of the same data
    give the same source id, and a changed fact gives a new one.
    """
    ref = load_reference()
    source = Source.from_text(
        canonical_text(ref),
        title="pledgegraph reference data (pycountry ISO 3166-1 and ingest/refdata/data)",
        publisher="pledgegraph",
        origin="refdata",
    )
    return Document(
        source=source,
        actors=tuple(sorted(ref.actors.values(), key=lambda a: a.id)),
        links=tuple(sorted(ref.links, key=lambda ln: ln.id)),
    )


def lookup(alias: str) -> Actor | None:
    """The actor a user means: by id ('FRA', 'Q22686', 'keir_starmer'), by any name, demonym or metonym in any
    of the five languages ('Francia', 'Regno Unito', 'Casa Bianca', 'Trump'), or by id in any case ('fra').

    The best resolution wins (a name before an adjective); None if nothing matches.
    """
    ref = load_reference()
    text = alias.strip()
    if not text:
        return None
    if text in ref.actors:
        return ref.actors[text]
    found = alias_index().resolve(text)
    if found:
        return ref.actors[found[0].actor_id]
    upper = text.upper()
    if upper in ref.actors:
        return ref.actors[upper]
    return None
