"""Exports of a whole graph (any store): node-link JSON, GraphML, CSV tables.

All exports are deterministic: sorted nodes and edges, so two exports of the same graph are byte-identical.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx

from graph.store.base import GraphView


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def to_networkx(view: GraphView, *, with_provenance: bool = False) -> nx.MultiDiGraph:
    """Actors, commitments and claim/link edges (statements and sources too with provenance)."""
    g = nx.MultiDiGraph()
    for a in view.actors():
        g.add_node(a.id, label="Actor", kind=a.kind.value, name=a.name, iso3=a.iso3, wikidata=a.wikidata,
                   min_count=a.min_count)
    for c in view.commitments():
        g.add_node(c.id, label="Commitment", kind=c.kind, name=c.label or c.kind, beneficiary=c.beneficiary,
                   scope=c.scope)
        if c.beneficiary:
            g.add_edge(c.id, c.beneficiary, key="BENEFITS", relation="BENEFITS")
    claims = view.all_claims()
    for cl in claims:
        g.add_edge(cl.subject, cl.object, key=cl.id, relation=cl.relation.value, kind=cl.kind,
                   modality=cl.modality, rank=cl.rank, sources=len(cl.evidence), condition=cl.condition_norm,
                   quantity=cl.quantity, speaker=cl.speaker,
                   valid_from=cl.valid_from.isoformat() if cl.valid_from else None, method=cl.method)
    for ln in view.links():
        g.add_edge(ln.src, ln.dst, key=ln.id, relation=ln.relation.value, role=ln.role,
                   since=ln.since.isoformat() if ln.since else None,
                   until=ln.until.isoformat() if ln.until else None)
    if with_provenance:
        ev = sorted({e for cl in claims for e in cl.evidence})
        statements = view.get_statements(ev)
        for s in view.get_sources({st.source_id for st in statements}):
            g.add_node(s.id, label="Source", name=s.title or s.url or s.id, url=s.url,
                       published_at=s.published_at.isoformat() if s.published_at else None)
        for st in statements:
            g.add_node(st.id, label="Statement", name=(st.text or st.key or "")[:80], quote=st.text,
                       start=st.start, end=st.end, language=st.language)
            g.add_edge(st.id, st.source_id, key="FROM", relation="FROM")
    return g


def node_link(view: GraphView, *, with_provenance: bool = False) -> dict[str, Any]:
    g = to_networkx(view, with_provenance=with_provenance)
    nodes = [{"id": n, **{k: v for k, v in d.items() if v is not None}} for n, d in sorted(g.nodes(data=True))]
    edges = [
        {"source": u, "target": v, "key": k, **{a: b for a, b in d.items() if b is not None}}
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))
    ]
    return {"directed": True, "multigraph": True, "nodes": nodes, "links": edges}


def to_json(view: GraphView) -> str:
    return json.dumps(node_link(view, with_provenance=True), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def to_graphml(view: GraphView) -> str:
    g = to_networkx(view, with_provenance=True)
    clean = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True)):
        clean.add_node(n, **{k: _scalar(v) for k, v in d.items()})
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        clean.add_edge(u, v, key=k, **{a: _scalar(b) for a, b in d.items()})
    return "\n".join(nx.generate_graphml(clean)) + "\n"


CLAIM_COLUMNS = ("id", "subject", "relation", "object", "object_type", "kind", "beneficiary", "target", "modality",
                 "quantity", "condition", "condition_norm", "speaker", "valid_from", "valid_until", "first_seen",
                 "last_seen", "confidence", "method", "evidence")


def to_csv(view: GraphView) -> str:
    """One row per claim, with the evidence statement ids joined by ';'."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CLAIM_COLUMNS)
    for cl in view.all_claims():
        d = cl.model_dump(mode="json")
        w.writerow([_scalar(d.get(c)) for c in CLAIM_COLUMNS])
    return buf.getvalue()
