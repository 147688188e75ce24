"""The interactive graph page: one self-contained HTML document, built with pyvis, drawn by vis-network.

`build_page(view, ...)` picks a subgraph in Python (around a centre, or every actor and commitment that some
claim touches), turns it into pyvis nodes and edges (colour by actor kind, a box for commitments, edge colour
and dashes by relation, width by the number of pieces of evidence, a tooltip with the quotes), and renders it
through our own Jinja template, `viz/templates/page.html`, which inlines vis-network's JS and CSS from the
installed pyvis package: the page loads nothing from the network.

In the page: filters by kind of contribution, relation and minimum modality, an as-of date, a search box, a
legend and an info panel; `window.pledgegraph = {network, nodes, edges, stabilized}` for tests.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.errors import QueryError
from graph.model import CLAIM_RELATIONS, Actor, Claim, Commitment, Link, Relation
from graph.store.base import GraphView
from graph.textutil import fold
from graph.vocab import vocabulary

VIS_VERSION = "9.1.2"
DEFAULT_TITLE = "pledgegraph — who backs what"

# Above this many nodes the page switches to the settings for large graphs (see `physics_options`).
LARGE_GRAPH_NODES = 400

ACTOR_COLOURS: dict[str, str] = {
    "nation": "#3f6fb5",
    "organization": "#8e44ad",
    "person": "#d4537e",
    "institution": "#16a085",
    "group": "#8d6e63",
}
UNKNOWN_ACTOR_COLOUR = "#9e9e9e"
COMMITMENT_COLOUR = {"background": "#fff3c4", "border": "#c9a227"}

# Claim relations first (the five the page is about), then the structural links it draws in grey.
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "PLEDGES": {"color": "#2e7d32", "dashes": False, "label": "pledges", "css": "solid"},
    "SUPPORTS": {"color": "#8bc34a", "dashes": [8, 5], "label": "supports", "css": "dashed"},
    "OPPOSES": {"color": "#d32f2f", "dashes": False, "label": "opposes", "css": "solid"},
    "DECLINES": {"color": "#f57c00", "dashes": [2, 4], "label": "declines", "css": "dotted"},
    "COORDINATES": {"color": "#1e88e5", "dashes": False, "label": "coordinates with", "css": "solid"},
    "BENEFITS": {"color": "#b5b5b5", "dashes": False, "label": "is for (benefits)", "css": "solid"},
    "TARGETS": {"color": "#6d4c41", "dashes": [6, 3], "label": "is directed against", "css": "dashed"},
    "PART_OF": {"color": "#c9a227", "dashes": [2, 3], "label": "part of", "css": "dotted"},
    "MEMBER_OF": {"color": "#b0a4c8", "dashes": [2, 3], "label": "member of", "css": "dotted"},
    "HOLDS_OFFICE": {"color": "#d9a3b8", "dashes": [2, 3], "label": "holds office in", "css": "dotted"},
}
STRUCTURAL_RELATIONS = ("BENEFITS", "TARGETS", "PART_OF", "MEMBER_OF", "HOLDS_OFFICE")
# Structural links that widen a centred subgraph (MEMBER_OF would pull in every member of NATO; HOLDS_OFFICE
# every office holder): they are drawn only between nodes already chosen.
TRAVERSED_LINKS = ("BENEFITS", "TARGETS", "PART_OF")
MAX_QUOTES_IN_TOOLTIP = 3
MAX_QUOTE_CHARS = 400


# --------------------------------------------------------------------------------------------- selection
@dataclass
class Selection:
    """The subgraph a page shows: node ids, claim edges and structural links, each sorted."""

    actors: list[Actor] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def node_ids(self) -> set[str]:
        return {a.id for a in self.actors} | {c.id for c in self.commitments}


def _min_rank(min_modality: str | None) -> int:
    if min_modality is None or min_modality == "":
        return 0
    v = vocabulary()
    if min_modality not in v.ladder:
        raise QueryError(f"min_modality must be on the ladder ({', '.join(v.ladder)}), not {min_modality!r}")
    return v.rank(min_modality)


def _check_names(values: Iterable[str] | None, allowed: Iterable[str], what: str) -> set[str] | None:
    if values is None:
        return None
    chosen = {str(v) for v in values}
    allowed = set(allowed)
    unknown = sorted(chosen - allowed)
    if unknown:
        raise QueryError(f"unknown {what} {unknown}; expected some of: {', '.join(sorted(allowed))}")
    return chosen


def passes_modality(claim: Claim, min_rank: int) -> bool:
    """The minimum-modality rule, the same in Python and in the page: DECLINES (a refusal) always passes;
    every other claim passes if its modality is at least `min_rank` on the ladder (withdrawn never does)."""
    if min_rank <= 0 or claim.relation == Relation.DECLINES:
        return True
    return claim.rank >= min_rank


def _link_holds(ln: Link, day: date | None) -> bool:
    if day is None:
        return True
    if ln.since is not None and ln.since > day:
        return False
    return not (ln.until is not None and ln.until < day)


def _structural_links(view: GraphView, commitments: dict[str, Commitment]) -> list[Link]:
    """Every structural link; BENEFITS derived from each commitment's beneficiary (one per commitment)."""
    out: dict[str, Link] = {}
    for c in commitments.values():
        if c.beneficiary:
            # a drawing-only edge: BENEFITS is derived, never stored as a Link (hence no validation)
            ln = Link.model_construct(relation=Relation.BENEFITS, src=c.id, dst=c.beneficiary, role=None,
                                      since=None, until=None, evidence=())
            out[ln.id] = ln
    for ln in view.links():
        if ln.relation.value in STRUCTURAL_RELATIONS:
            out.setdefault(ln.id, ln)
    return [out[k] for k in sorted(out)]


def _resolve_center(view: GraphView, center: str) -> str:
    if view.get_commitment(center) is not None or view.get_actor(center) is not None:
        return center
    from graph.query import QueryService

    return QueryService(view).resolve_actor(center).id


def select_subgraph(
    view: GraphView,
    *,
    center: str | None = None,
    depth: int = 2,
    kinds: list[str] | None = None,
    relations: list[str] | None = None,
    as_of: date | None = None,
    min_modality: str | None = None,
) -> Selection:
    """Choose what a page shows.

    Claims are filtered first: `relations` (claim relations, default all five), `kinds` (a COORDINATES
    claim counts with the kind of the commitment it is about, if any), `as_of` (claims in force that day)
    and `min_modality` (see `passes_modality`). Without a centre the page shows every actor and commitment
    such a claim touches, the beneficiaries and targets of those commitments, and the packages they are part
    of; actors that only stand in the reference data (no claim) are left out. With a centre (an actor id or
    alias, or a commitment id), it shows
    what lies within `depth` hops of it over those claims and the BENEFITS / TARGETS / PART_OF links.
    """
    if depth < 0:
        raise QueryError(f"depth must be 0 or more, not {depth}")
    v = vocabulary()
    rels = _check_names(relations, [r.value for r in CLAIM_RELATIONS], "relation(s)")
    kind_set = _check_names(kinds, v.kinds, "kind(s)")
    min_rank = _min_rank(min_modality)

    commitments = {c.id: c for c in view.commitments()}
    claims: list[Claim] = []
    for cl in view.all_claims():
        if rels is not None and cl.relation.value not in rels:
            continue
        if kind_set is not None and _claim_kind(cl, commitments) not in kind_set:
            continue
        if as_of is not None and not cl.holds_on(as_of):
            continue
        if not passes_modality(cl, min_rank):
            continue
        claims.append(cl)
    links = [ln for ln in _structural_links(view, commitments) if _link_holds(ln, as_of)]

    if center is None:
        keep: set[str] = set()
        for cl in claims:
            keep.update((cl.subject, cl.object))
        # packages the chosen commitments are part of (transitively), then their beneficiaries and targets
        parents: dict[str, list[str]] = defaultdict(list)
        for ln in links:
            if ln.relation.value == "PART_OF" and ln.src in commitments:
                parents[ln.src].append(ln.dst)
        todo = deque(n for n in keep if n in commitments)
        while todo:
            for p in parents.get(todo.popleft(), ()):
                if p not in keep:
                    keep.add(p)
                    todo.append(p)
        for ln in links:
            if ln.relation.value in ("BENEFITS", "TARGETS") and ln.src in keep:
                keep.add(ln.dst)
    else:
        start = _resolve_center(view, center)
        adjacent: dict[str, set[str]] = defaultdict(set)
        for cl in claims:
            adjacent[cl.subject].add(cl.object)
            adjacent[cl.object].add(cl.subject)
        for ln in links:
            if ln.relation.value in TRAVERSED_LINKS:
                adjacent[ln.src].add(ln.dst)
                adjacent[ln.dst].add(ln.src)
        keep = {start}
        frontier = deque([(start, 0)])
        while frontier:
            node, d = frontier.popleft()
            if d >= depth:
                continue
            for nxt in sorted(adjacent.get(node, ())):
                if nxt not in keep:
                    keep.add(nxt)
                    frontier.append((nxt, d + 1))

    actors = [a for a in (view.get_actor(i) for i in sorted(keep) if i not in commitments) if a is not None]
    actor_ids = {a.id for a in actors}
    chosen_commitments = [commitments[i] for i in sorted(keep) if i in commitments]
    node_ids = actor_ids | {c.id for c in chosen_commitments}
    return Selection(
        actors=actors,
        commitments=chosen_commitments,
        claims=sorted(
            (cl for cl in claims if cl.subject in node_ids and cl.object in node_ids), key=lambda c: c.id
        ),
        links=[ln for ln in links if ln.src in node_ids and ln.dst in node_ids],
    )


def _claim_kind(cl: Claim, commitments: dict[str, Commitment]) -> str | None:
    if cl.kind is not None:
        return cl.kind
    if cl.topic and cl.topic in commitments:
        return commitments[cl.topic].kind
    if cl.object_type == "commitment" and cl.object in commitments:
        return commitments[cl.object].kind
    return None


# ----------------------------------------------------------------------------------------------- labels
def commitment_label(c: Commitment, names: dict[str, str]) -> str:
    """'Troops\\nfor Ukraine'; a labelled package keeps its label; a scoped part says which package it is
    in."""
    kind = vocabulary().kinds.get(c.kind, c.kind)
    if c.label:
        return c.label
    for_whom = f"\nfor {names.get(c.beneficiary, c.beneficiary)}" if c.beneficiary else ""
    scope = f"\n({c.scope.replace('_', ' ')})" if c.scope else ""
    return f"{kind}{for_whom}{scope}"


def short_label(name: str, limit: int = 38) -> str:
    """A node label that fits: long group names ('Participants in the Paris conference on ...') are cut at a
    word with an ellipsis; the full name is in the tooltip and the search box."""
    if len(name) <= limit:
        return name
    cut = name[:limit].rsplit(" ", 1)[0] if " " in name[:limit] else name[:limit]
    return cut.rstrip(" ,;:(") + "…"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _row(name: str, value: object) -> str:
    return f"<tr><th>{_esc(name)}</th><td>{_esc(value)}</td></tr>" if value not in (None, "", []) else ""


class EvidenceTable:
    """Quotes and sources, each stored once for the whole page; claim edges refer to them by index.

    The page turns an edge's fields and its quotes into the hover box (`claimTip` in the template), so a quote
    cited by many claims is shipped once."""

    def __init__(self) -> None:
        self.quotes: list[list[Any]] = []
        self.sources: list[list[Any]] = []
        self._quote_index: dict[str, int] = {}
        self._source_index: dict[str, int] = {}

    @staticmethod
    def quote_text(ev: Any) -> str:
        if ev.quote:
            text = str(ev.quote)
        elif ev.attrs:  # event data (GDELT): no sentence, say what the event record says
            keys = ("event_code", "action_geo_fullname", "num_articles", "num_sources")
            text = (
                "(event data: "
                + ", ".join(f"{k.replace('_', ' ')} {ev.attrs[k]}" for k in keys if k in ev.attrs)
                + ")"
            )
        else:
            text = "(no quoted text)"
        if len(text) > MAX_QUOTE_CHARS:
            text = text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
        return text

    def add(self, ev: Any) -> int:
        if ev.statement_id in self._quote_index:
            return self._quote_index[ev.statement_id]
        if ev.source_id not in self._source_index:
            self._source_index[ev.source_id] = len(self.sources)
            self.sources.append(
                [ev.title or ev.publisher or ev.url or ev.source_id, ev.published_at, ev.url, ev.publisher]
            )
        self._quote_index[ev.statement_id] = len(self.quotes)
        self.quotes.append([self.quote_text(ev), self._source_index[ev.source_id]])
        return self._quote_index[ev.statement_id]


def _actor_tooltip(a: Actor, n_claims: int) -> str:
    label = vocabulary().actor_labels.get(a.kind.value, a.kind.value)
    aliases = [n for n in a.all_names() if n not in (a.name, a.id)]
    alias_text = ", ".join(aliases[:8]) + (" …" if len(aliases) > 8 else "")
    rows = "".join(
        (
            _row("id", a.id),
            _row("kind", label),
            _row("also", alias_text or None),
            _row("at least", a.min_count),
            _row("claims", n_claims),
        )
    )
    return f'<div class="pg-head"><b>{_esc(a.name)}</b></div><table>{rows}</table>'


def _commitment_tooltip(c: Commitment, label: str, names: dict[str, str], n_claims: int) -> str:
    kind = vocabulary().kinds.get(c.kind, c.kind)
    rows = "".join(
        (
            _row("kind", kind),
            _row("for", names.get(c.beneficiary, c.beneficiary) if c.beneficiary else None),
            _row("package", c.scope),
            _row("claims", n_claims),
            _row("id", c.id),
        )
    )
    return f'<div class="pg-head"><b>{_esc(label.replace(chr(10), " "))}</b></div><table>{rows}</table>'


def _link_tooltip(ln: Link, src: str, dst: str) -> str:
    rel = RELATION_STYLES[ln.relation.value]["label"]
    rows = "".join(
        (
            _row("relation", ln.relation.value),
            _row("role", ln.role),
            _row("since", ln.since.isoformat() if ln.since else None),
            _row("until", ln.until.isoformat() if ln.until else None),
        )
    )
    return (
        f'<div class="pg-head"><b>{_esc(src)}</b> <i>{_esc(rel)}</i> <b>{_esc(dst)}</b></div>'
        f"<table>{rows}</table>"
    )


# ------------------------------------------------------------------------------------------------ physics
def physics_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """Layout settings by size.

    Every graph: barnesHut, and a stabilisation budget of about 200,000 node-or-edge updates
    (200,000 / (nodes + edges) iterations, between 150 and 1000), since an iteration costs in proportion to
    nodes + edges: the 23-node seed page gets 1000 (it settles long before), the 66-node / 240-edge curated
    corpus 650 (it settles in ~530), a 200 / 1,000 graph 166, anything past ~1,000 elements 150.
    vis' improved initial layout (Kamada-Kawai) only up to 150 nodes: past 100 it clusters first, the slow
    part on big graphs.

    Small graphs: damped enough (0.5) to converge inside the stabilisation run (at 0.25 the curated corpus had
    not settled after 1000 iterations and drifted after the fit); physics stays on so dragging feels alive.

    Large graphs (> LARGE_GRAPH_NODES nodes): damping 0.4, a fixed time step, a coarser Barnes-Hut (theta
    0.8), no arrowheads (10,000 of them cost ~0.6 s a frame in software rendering), labels hidden until zoomed
    in, edges hidden while dragging or zooming, and physics switched off once stabilised (the page does that)
    so the page stays responsive.
    """
    large = n_nodes > LARGE_GRAPH_NODES
    if large:
        barnes = {
            "gravity": -2500,
            "central_gravity": 0.35,
            "spring_length": 110,
            "spring_strength": 0.02,
            "damping": 0.4,
            "overlap": 0,
        }
    else:
        barnes = {
            "gravity": -9000,
            "central_gravity": 0.25,
            "spring_length": 150,
            "spring_strength": 0.03,
            "damping": 0.5,
            "overlap": 0.2,
        }
    iterations = max(150, min(1000, 200_000 // max(n_nodes + n_edges, 1)))
    stabilization = {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True}
    return {
        "large": large,
        "barnes": barnes,
        "stabilization": stabilization,
        "improved_layout": n_nodes <= 150,
    }


# ----------------------------------------------------------------------------------------------- assets
@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the installed pyvis package (no CDN, no network)."""
    base = resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}")
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    # the source map is not shipped: drop the comment so no tool goes looking for it
    # (split on "\n" only: the minified code holds U+2028 and friends inside string literals)
    js = "\n".join(line for line in js.split("\n") if not line.startswith("//# sourceMappingURL="))
    css = "\n".join(line for line in css.split("\n") if "sourceMappingURL=" not in line)
    if "</script" in js.lower() or "</style" in css.lower():  # would end the inline element early
        raise RuntimeError("vis-network assets contain a closing tag and cannot be inlined")
    return js, css


@lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("viz", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("page.html")


# -------------------------------------------------------------------------------------------------- page
def build_network(view: GraphView, sel: Selection) -> tuple[Any, dict[str, Any]]:
    """The pyvis Network for a selection, and the extra data the page needs (search names, filter values)."""
    from pyvis.network import Network

    from graph.query import QueryService

    svc = QueryService(view)
    v = vocabulary()
    names = {a.id: a.name for a in sel.actors}
    for cl in sel.claims:  # speakers may stand outside the selection
        for aid in (cl.speaker,):
            if aid and aid not in names:
                a = view.get_actor(aid)
                names[aid] = a.name if a else aid
    labels = {c.id: commitment_label(c, names) for c in sel.commitments}
    display = {**names, **{k: lab.replace("\n", " ") for k, lab in labels.items()}}

    degree: dict[str, int] = defaultdict(int)
    for cl in sel.claims:
        degree[cl.subject] += 1
        degree[cl.object] += 1

    phys = physics_options(len(sel.actors) + len(sel.commitments), len(sel.claims) + len(sel.links))
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    font = {"face": "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"}

    for a in sel.actors:
        colour = ACTOR_COLOURS.get(a.kind.value, UNKNOWN_ACTOR_COLOUR)
        net.add_node(
            a.id,
            label=short_label(a.name),
            shape="dot",
            value=1 + degree[a.id],
            color={
                "background": colour,
                "border": colour,
                "highlight": {"background": colour, "border": "#111"},
                "hover": {"background": colour, "border": "#111"},
            },
            font={**font, "size": 15, "color": "#1d1d1d", "strokeWidth": 3, "strokeColor": "#ffffff"},
            tip=_actor_tooltip(a, degree[a.id]),
            label_type="Actor",
            kind=a.kind.value,
            name=a.name,
        )
    for c in sel.commitments:
        # a box with the label inside; on large graphs a square with the label below, so labels can hide when
        # zoomed out (vis scales labels by `value` and skips those too small to read)
        shape: dict[str, Any] = (
            {"shape": "square", "value": 1 + degree[c.id], "font": {**font, "size": 12, "color": "#3b3000"}}
            if phys["large"]
            else {"shape": "box", "margin": 6, "font": {**font, "size": 12, "color": "#3b3000"}}
        )
        net.add_node(
            c.id,
            label=labels[c.id],
            color={
                "background": COMMITMENT_COLOUR["background"],
                "border": COMMITMENT_COLOUR["border"],
                "highlight": {"background": "#ffe58a", "border": "#8a6d00"},
                "hover": {"background": "#ffe58a", "border": "#8a6d00"},
            },
            borderWidth=1.5,
            tip=_commitment_tooltip(c, labels[c.id], names, degree[c.id]),
            label_type="Commitment",
            kind=c.kind,
            name=display[c.id],
            **shape,
        )
    # parallel edges between the same two nodes are bent apart, the strongest claim drawn straight
    pair_index: dict[tuple[str, str], int] = defaultdict(int)
    table = EvidenceTable()
    ordered = sorted(sel.claims, key=lambda c: (c.subject, c.object, -c.rank, c.id))
    for cl in ordered:
        style = RELATION_STYLES[cl.relation.value]
        pair = (min(cl.subject, cl.object), max(cl.subject, cl.object))
        i = pair_index[pair]
        pair_index[pair] += 1
        speaker = None
        if cl.speaker or cl.speaker_name:
            speaker = names.get(cl.speaker or "") or cl.speaker_name
            if cl.speaker_name and speaker and cl.speaker_name != speaker:
                speaker = f"{speaker} (“{cl.speaker_name}”)"
        start = cl.valid_from or cl.first_seen
        kind = cl.kind
        if kind is None and cl.topic:
            topic = view.get_commitment(cl.topic)
            kind = topic.kind if topic else None
        n_sources = len(cl.evidence)
        condition_label = None
        if cl.condition_norm and cl.condition_norm != "other":
            condition_label = v.conditions.get(cl.condition_norm, cl.condition_norm)
        fields = {
            "kind": kind,
            "quantity": cl.quantity,
            "condition": cl.condition,
            "condition_label": condition_label,
            "speaker": speaker,
            "valid_from": start.isoformat() if start else None,
            "valid_until": cl.valid_until.isoformat() if cl.valid_until else None,
            "smooth": _smooth(i, phys["large"]),
        }
        net.add_edge(
            cl.subject,
            cl.object,
            id=cl.id,
            relation=cl.relation.value,
            claim=True,
            modality=cl.modality,
            rank=cl.rank,
            sources=n_sources,
            ev=[table.add(ev) for ev in svc.evidence(cl.id)],
            color=style["color"],
            dashes=style["dashes"],
            width=round(1.5 + 1.25 * (min(n_sources, 6) - 1), 2) if n_sources else 1.0,
            arrows={"to": {"enabled": not phys["large"], "scaleFactor": 0.55}},
            **{k: val for k, val in fields.items() if val is not None and val is not False},
        )
    for ln in sel.links:
        style = RELATION_STYLES[ln.relation.value]
        pair = (min(ln.src, ln.dst), max(ln.src, ln.dst))
        i = pair_index[pair]
        pair_index[pair] += 1
        extra_fields = {
            "valid_from": ln.since.isoformat() if ln.since else None,
            "valid_until": ln.until.isoformat() if ln.until else None,
            "smooth": _smooth(i, phys["large"]),
        }
        net.add_edge(
            ln.src,
            ln.dst,
            id=ln.id,
            relation=ln.relation.value,
            claim=False,
            color=style["color"],
            dashes=style["dashes"],
            width=1.0,
            arrows={"to": {"enabled": not phys["large"], "scaleFactor": 0.4}},
            tip=_link_tooltip(ln, display.get(ln.src, ln.src), display.get(ln.dst, ln.dst)),
            **{k: val for k, val in extra_fields.items() if val is not None and val is not False},
        )

    net.barnes_hut(**phys["barnes"])
    net.toggle_hide_edges_on_drag(phys["large"])
    net.toggle_stabilization(True)

    search: dict[str, str] = {}
    datalist: list[str] = []
    for a in sel.actors:
        for name in a.all_names():
            key = fold(name)
            if key and key not in search:
                search[key] = a.id
                datalist.append(name)
    for c in sel.commitments:
        key = fold(display[c.id])
        search.setdefault(key, c.id)
    extra = {
        "phys": phys,
        "quotes": table.quotes,
        "sources": table.sources,
        "search": dict(sorted(search.items())),
        "datalist": sorted(set(datalist), key=lambda s: (fold(s), s)),
        "kinds": sorted({e["kind"] for e in net.edges if e.get("claim") and e.get("kind")}),
        "relations": [r for r in RELATION_STYLES if any(e["relation"] == r for e in net.edges)],
    }
    return net, extra


def _smooth(index: int, large: bool) -> Any:
    if index == 0:
        return False
    roundness = 0.18 * ((index + 1) // 2)
    return {
        "enabled": True,
        "type": "curvedCW" if index % 2 else "curvedCCW",
        "roundness": min(roundness, 0.9),
    }


def _vis_options(net: Any, phys: dict[str, Any]) -> dict[str, Any]:
    """pyvis' options (physics, interaction) completed with what pyvis has no setter for."""
    _, _, _, _, _, options_json = net.get_network_data()
    opts: dict[str, Any] = json.loads(options_json)
    opts.pop("configure", None)
    large = phys["large"]
    opts["physics"]["solver"] = "barnesHut"
    if large:  # a coarser Barnes-Hut approximation: faster iterations, same picture at this size
        opts["physics"]["barnesHut"]["theta"] = 0.8
    opts["physics"]["stabilization"] = phys["stabilization"]
    # large: a fixed time step (the adaptive one costs ~30% more per iteration), damped not to oscillate
    opts["physics"].update(
        {
            "minVelocity": 1.0 if large else 0.75,
            "maxVelocity": 40,
            "adaptiveTimestep": not large,
            "timestep": 0.6 if large else 0.5,
        }
    )
    opts["layout"] = {"randomSeed": 20250825, "improvedLayout": phys["improved_layout"]}
    opts["interaction"].update(
        {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnZoom": large,
            "hideEdgesOnDrag": large,
            "multiselect": True,
            "navigationButtons": False,
            "keyboard": {"enabled": False},
        }
    )
    opts["edges"] = {
        "smooth": False,
        "color": {"inherit": False, "opacity": 0.45 if large else 1.0},
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
        "hoverWidth": 0.8,
        "selectionWidth": 1.5,
    }
    # large: labels scale with the node and are not drawn below 12px on screen, so the overview is not a
    # carpet of text; zooming in brings them back
    label_scaling = (
        {"enabled": True, "min": 9, "max": 20, "drawThreshold": 12, "maxVisible": 24}
        if large
        else {"enabled": False}
    )
    opts["nodes"] = {
        "scaling": {"min": 6 if large else 9, "max": 34, "label": label_scaling},
        "borderWidth": 1.5,
    }
    return opts


def build_page(
    view: GraphView,
    *,
    center: str | None = None,
    depth: int = 2,
    kinds: list[str] | None = None,
    relations: list[str] | None = None,
    as_of: date | None = None,
    min_modality: str | None = None,
    title: str = DEFAULT_TITLE,
) -> str:
    """One self-contained HTML page of the graph (see the module doc). Deterministic: the same graph and
    arguments give the same bytes."""
    sel = select_subgraph(
        view,
        center=center,
        depth=depth,
        kinds=kinds,
        relations=relations,
        as_of=as_of,
        min_modality=min_modality,
    )
    net, extra = build_network(view, sel)
    nodes, edges, _, _, _, _ = net.get_network_data()
    options = _vis_options(net, extra["phys"])
    v = vocabulary()
    js, css = vis_assets()
    center_id = _resolve_center(view, center) if center else None
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "search": extra["search"],
        "quotes": extra["quotes"],
        "sources": extra["sources"],
        "kind_labels": dict(v.kinds),
        "relation_labels": {r: st["label"] for r, st in RELATION_STYLES.items()},
        "max_quotes": MAX_QUOTES_IN_TOOLTIP,
        "large": extra["phys"]["large"],
        "center": center_id,
        "ladder": list(v.ladder),
    }
    dates = sorted({d for e in edges for d in (e.get("valid_from"), e.get("valid_until")) if d})
    filters = []
    if center_id:
        filters.append(f"around {center_id} (depth {depth})")
    if kinds:
        filters.append("kinds: " + ", ".join(kinds))
    if relations:
        filters.append("relations: " + ", ".join(relations))
    if as_of:
        filters.append(f"as of {as_of.isoformat()}")
    if min_modality:
        filters.append(f"at least {min_modality}")
    return str(
        _template().render(
            title=title,
            vis_js=js,
            vis_css=css,
            data=data,
            vis_version=VIS_VERSION,
            actor_colours=ACTOR_COLOURS,
            actor_labels=v.actor_labels,
            commitment_colour=COMMITMENT_COLOUR,
            relation_styles=RELATION_STYLES,
            relations_present=extra["relations"],
            claim_relations=[r.value for r in CLAIM_RELATIONS],
            kinds=[(k, v.kinds.get(k, k)) for k in extra["kinds"]],
            ladder=list(v.ladder),
            datalist=extra["datalist"],
            n_nodes=len(nodes),
            n_edges=len(edges),
            n_claims=len(sel.claims),
            min_date=dates[0] if dates else "",
            max_date=dates[-1] if dates else "",
            as_of=as_of.isoformat() if as_of else "",
            min_modality=min_modality or "",
            subtitle="; ".join(filters),
        )
    )


__all__ = [
    "ACTOR_COLOURS",
    "RELATION_STYLES",
    "Selection",
    "build_page",
    "EvidenceTable",
    "passes_modality",
    "physics_options",
    "select_subgraph",
    "vis_assets",
]
