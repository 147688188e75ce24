"""News text -> claims, with transparent per-language rules and exact provenance.

    from ingest.extract import RuleExtractor, to_document
    claims = RuleExtractor().extract(raw_document)    # list[ExtractedClaim]; quote == raw.text[start:end]
    doc = to_document(raw_document, claims)           # graph.model.Document

Modules: base (ExtractedClaim, Extractor protocol), engine (RuleExtractor), rules (YAML loading), cues (fast
cue
matching), actors (alias index adapter), quantity (normalisation), to_document, service (CLI/API entry
points).
Rules are data: ingest/extract/rules/{common,it,en,fr,de}.yaml. See README.md in this folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ingest.extract.base import OUTPUT_KEYS, ExtractedClaim, Extractor

if TYPE_CHECKING:
    from ingest.extract.engine import RuleExtractor
    from ingest.extract.to_document import to_document

__all__ = ["OUTPUT_KEYS", "ExtractedClaim", "Extractor", "RuleExtractor", "to_document"]


def __getattr__(name: str) -> Any:  # lazy: importing the package compiles nothing
    if name == "RuleExtractor":
        from ingest.extract.engine import RuleExtractor

        return RuleExtractor
    if name == "to_document":
        from ingest.extract.to_document import to_document

        return to_document
    raise AttributeError(name)
