"""Copy a whole graph from one store to another through the same write path as ingest.

The graph is cut back into Documents: one carrying every actor, commitment and link (attached to an existing
source, so no node is invented; sources that evidence nothing, like the reference data's, are the caller's to
write first), then one per source with its statements and the claims they evidence (each claim
with the part of its evidence that source holds: merging in the target restores the full list).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from graph.model import Claim, Document, Statement
from graph.store.base import GraphStore, GraphView, Progress, WriteResult


def graph_documents(view: GraphView) -> Iterator[Document]:
    claims = view.all_claims()
    links = view.links()
    cited = {e for c in claims for e in c.evidence} | {e for ln in links for e in ln.evidence}
    statements = view.get_statements(cited)
    sources = view.get_sources({st.source_id for st in statements})
    if not sources:
        return
    by_source: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        by_source[st.source_id].append(st)
    source_of = {st.id: st.source_id for st in statements}
    claims_by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        parts: dict[str, list[str]] = defaultdict(list)
        for e in c.evidence:
            parts[source_of[e]].append(e)
        for sid, ev in parts.items():
            claims_by_source[sid].append(c.model_copy(update={"evidence": tuple(sorted(ev))}))

    anchor = sources[0]
    yield Document(source=anchor, actors=tuple(view.actors()), commitments=tuple(view.commitments()),
                   links=tuple(links))
    for src in sources:
        yield Document(source=src, statements=tuple(by_source.get(src.id, ())),
                       claims=tuple(claims_by_source.get(src.id, ())))


def copy_graph(source: GraphView, target: GraphStore, progress: Progress | None = None) -> WriteResult:
    """Write every Document of `source` into `target` (one transaction each on Neo4j)."""
    return target.write_many(graph_documents(source), progress=progress)
