"""GDELT event import: a streaming reader (2.0 exports, 1.0 daily and backfile rows), the CAMEO -> claim
mapping (`cameo_map.yaml`), the actor resolver (`cameo_actors.yaml` + pycountry) and the grouping into
Documents.

The store loader and the CLI use one entry point:

    stats = GdeltStats()
    for doc in iter_gdelt_documents(paths, GdeltFilter(actors={"USA", "UKR"}, mapped_only=True), stats=stats):
        store.write(doc)
    print(stats.as_dict())
"""

from ingest.gdelt.mapping import (
    CameoMapping,
    CameoResolver,
    GeoGuard,
    MapRule,
    Resolver,
    iter_gdelt_documents,
    source_key,
    to_documents,
)
from ingest.gdelt.reader import FORMATS, BadRow, GdeltEvent, GdeltFilter, GdeltStats, read_events

__all__ = [
    "FORMATS",
    "BadRow",
    "CameoMapping",
    "CameoResolver",
    "GdeltEvent",
    "GdeltFilter",
    "GdeltStats",
    "GeoGuard",
    "MapRule",
    "Resolver",
    "iter_gdelt_documents",
    "read_events",
    "source_key",
    "to_documents",
]
