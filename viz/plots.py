"""Static pictures of the graph with matplotlib (Agg, no display needed): for reports, the README, notebooks.

- `backing_matrix(view, beneficiary=None)`: actors x kinds of contribution; each cell is the highest modality
  on the ladder the actor has stated, coloured by rank; declines / refusals / withdrawals and oppositions are
  marked.
- `coalition_graph(view, commitment_id)`: the actors around one commitment (and its parts), backers, opposers
  and decliners, laid out with networkx.
- `save(fig, path)`: PNG or SVG by suffix; SVG output is deterministic (fixed hash salt, no date).

Figures are built with `matplotlib.figure.Figure` on an explicit Agg canvas: pyplot's global state is never
touched, so this works in servers and threads.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # explicit: never pick an interactive backend, even if pyplot is imported elsewhere

import matplotlib.colors as mcolors  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from graph.errors import NotFoundError  # noqa: E402
from graph.model import Claim  # noqa: E402
from graph.store.base import GraphView  # noqa: E402
from graph.vocab import vocabulary  # noqa: E402
from viz.page import (  # noqa: E402
    ACTOR_COLOURS,
    COMMITMENT_COLOUR,
    RELATION_STYLES,
    UNKNOWN_ACTOR_COLOUR,
    short_label,
)

# considering .. delivered: light to dark green
LADDER_COLOURS = ("#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c")
EMPTY_COLOUR = "#f5f5f5"
NEGATIVE_COLOUR = "#f8d0cc"
DECLINE_MARK = "#e65100"
OPPOSE_MARK = "#c62828"
STANCES = ("PLEDGES", "SUPPORTS", "OPPOSES", "DECLINES")
FONT = "DejaVu Sans"  # shipped with matplotlib: the same glyphs on every machine


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _empty(fig: Figure, message: str) -> Figure:
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#666", family=FONT)
    return fig


def _resolve(view: GraphView, actor: str) -> str:
    from graph.query import QueryService

    return QueryService(view).resolve_actor(actor).id


# -------------------------------------------------------------------------------------------- the matrix
def backing_matrix(view: GraphView, beneficiary: str | None = None) -> Figure:
    """Actors (rows) x kinds of contribution (columns), for commitments to `beneficiary` (id or alias) or all.

    A cell is coloured by the highest modality on the ladder among the actor's PLEDGES / SUPPORTS claims of
    that kind (considering = lightest ... delivered = darkest) and names it; a red-orange × marks a DECLINES
    claim or a refused / withdrawn one, a red ⊘ an OPPOSES claim. Rows are sorted by their strongest cell,
    then name.
    """
    v = vocabulary()
    ben = _resolve(view, beneficiary) if beneficiary else None
    commitments = {c.id: c for c in view.commitments()}
    best: dict[tuple[str, str], int] = {}
    declined: set[tuple[str, str]] = set()
    opposed: set[tuple[str, str]] = set()
    for cl in view.all_claims():
        if cl.relation.value not in STANCES or cl.object_type != "commitment":
            continue
        c = commitments.get(cl.object)
        kind = cl.kind or (c.kind if c else None)
        target = cl.beneficiary or (c.beneficiary if c else None)
        if kind is None or (ben is not None and target != ben):
            continue
        cell = (cl.subject, kind)
        if cl.relation.value == "OPPOSES":
            opposed.add(cell)
        elif cl.relation.value == "DECLINES" or cl.rank == 0:
            declined.add(cell)
        else:
            best[cell] = max(best.get(cell, 0), cl.rank)
    cells = set(best) | declined | opposed
    ben_actor = view.get_actor(ben) if ben else None
    name = ben_actor.name if ben_actor else ben
    title = "Who backs what" + (f" for {name}" if name else "") + ": highest modality stated"
    if not cells:
        return _empty(_figure(6, 2.5), title + "\n(no claims)")

    order = {k: i for i, k in enumerate(v.kinds)}
    kinds = sorted({k for _, k in cells}, key=lambda k: (order.get(k, len(order)), k))
    names = {}
    for aid in {a for a, _ in cells}:
        actor = view.get_actor(aid)
        names[aid] = actor.name if actor else aid
    strength: dict[str, int] = defaultdict(int)
    for (aid, _), r in best.items():
        strength[aid] = max(strength[aid], r)
    actors = sorted(names, key=lambda a: (-strength[a], names[a].casefold(), a))

    n_rows, n_cols = len(actors), len(kinds)
    row_labels = [short_label(names[a], 44) for a in actors]
    label_w = 0.075 * max(len(t) for t in row_labels)  # inches at 9pt
    fig = _figure(max(6.5, label_w + 2.4 + 0.8 * n_cols), max(3.0, 1.9 + 0.36 * n_rows))
    ax = fig.add_subplot()
    rgb = [[mcolors.to_rgb(EMPTY_COLOUR) for _ in kinds] for _ in actors]
    for i, aid in enumerate(actors):
        for j, k in enumerate(kinds):
            r = best.get((aid, k), 0)
            if r:
                rgb[i][j] = mcolors.to_rgb(LADDER_COLOURS[r - 1])
            elif (aid, k) in declined or (aid, k) in opposed:
                rgb[i][j] = mcolors.to_rgb(NEGATIVE_COLOUR)
    ax.imshow(rgb, aspect="auto", interpolation="nearest")
    annotate = n_rows * n_cols <= 600
    for i, aid in enumerate(actors):
        for j, k in enumerate(kinds):
            r = best.get((aid, k), 0)
            if r and annotate:
                ax.text(
                    j,
                    i - (0.14 if (aid, k) in declined | opposed else 0),
                    v.ladder[r - 1],
                    ha="center",
                    va="center",
                    fontsize=6.5,
                    family=FONT,
                    color="white" if r >= 5 else "#1b3d1b",
                )
            marks = []
            if (aid, k) in declined:
                marks.append(("×", DECLINE_MARK))
            if (aid, k) in opposed:
                marks.append(("⊘", OPPOSE_MARK))
            for m, (glyph, colour) in enumerate(marks):
                dx = (m - (len(marks) - 1) / 2) * 0.28
                ax.text(
                    j + dx,
                    i + (0.2 if r else 0),
                    glyph,
                    ha="center",
                    va="center",
                    fontsize=11 if r else 13,
                    family=FONT,
                    color=colour,
                    fontweight="bold",
                )
    ax.set_xticks(
        range(n_cols), [v.kinds.get(k, k) for k in kinds], rotation=35, ha="right", fontsize=9, family=FONT
    )
    ax.set_yticks(range(n_rows), row_labels, fontsize=9, family=FONT)
    ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    ax.tick_params(which="major", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(title, fontsize=11, family=FONT, loc="left")
    handles: list[Any] = [
        Patch(facecolor=c, edgecolor="#bbb", label=m) for c, m in zip(LADDER_COLOURS, v.ladder, strict=True)
    ]
    handles += [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="x",
            markersize=8,
            markeredgewidth=2,
            color=DECLINE_MARK,
            label="declines / refused / withdrawn (×)",
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=8,
            markerfacecolor="none",
            markeredgewidth=1.8,
            color=OPPOSE_MARK,
            label="opposes (⊘)",
        ),
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=8,
        title="modality",
        title_fontsize=8,
        prop={"family": FONT, "size": 8},
    )
    return fig


# ----------------------------------------------------------------------------------------- the coalition
def coalition_graph(view: GraphView, commitment_id: str) -> Figure:
    """The actors around one commitment and its parts: who backs, opposes or declines it, at what modality.

    The commitment sits in the middle; backers start on the left, opposers on the right, decliners below, and
    networkx's spring layout (seeded, the commitment pinned) settles them. Nodes are coloured by actor kind,
    edges by relation and labelled with the modality.
    """
    v = vocabulary()
    root = view.get_commitment(commitment_id)
    if root is None:
        raise NotFoundError("commitment", commitment_id)
    rows = view.query("coalition", {"commitment": commitment_id})
    claims = view.get_claims(r["claim_id"] for r in rows)
    commitments = {c.id: c for c in view.commitments()}

    def c_label(cid: str) -> str:
        c = commitments.get(cid)
        if c is None:
            return cid
        if c.label:
            return c.label
        return v.kinds.get(c.kind, c.kind)

    ben = view.get_actor(root.beneficiary) if root.beneficiary else None
    title = c_label(root.id) + (f" for {ben.name}" if ben else "")
    if not claims:
        return _empty(_figure(6, 2.5), f"{title}\n(no claims)")

    # one edge per (actor, commitment): the strongest claim draws it, the others join its label
    by_pair: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for cl in claims:
        by_pair[(cl.subject, cl.object)].append(cl)
    g = nx.DiGraph()
    g.add_node(root.id, role="root")
    for cid in sorted({cl.object for cl in claims} - {root.id}):
        g.add_node(cid, role="part")
        g.add_edge(cid, root.id, relation="PART_OF", label="")
    side: dict[str, str] = {}
    for (aid, cid), group in sorted(by_pair.items()):
        group = sorted(group, key=lambda c: (-c.rank, c.relation.value, c.id))
        top = group[0]
        rel = top.relation.value
        label = ", ".join(dict.fromkeys(c.modality for c in group))
        g.add_node(aid, role="actor")
        g.add_edge(aid, cid, relation=rel, label=label)
        stance = (
            "back"
            if rel in ("PLEDGES", "SUPPORTS") and top.rank > 0
            else ("oppose" if rel == "OPPOSES" else "decline")
        )
        if aid not in side or stance == "back":  # an actor that backs any part counts as a backer
            side[aid] = stance

    # Without parts: the commitment pinned in the middle, backers starting on the left, opposers on the right,
    # decliners below, settled by a seeded spring layout. With parts (a package): three columns, actors ->
    # parts -> package (networkx's multipartite layout), actors ordered backers, opposers, decliners.
    stance_order = {"back": 0, "oppose": 1, "decline": 2}
    actors_sorted = sorted(side, key=lambda a: (stance_order[side[a]], a))
    parts = [n for n, d in g.nodes(data=True) if d["role"] == "part"]
    if parts:
        layer = {root.id: 2, **{p: 1 for p in parts}, **{a: 0 for a in actors_sorted}}
        ordered = nx.DiGraph()
        for node in [*actors_sorted, *sorted(parts), root.id]:
            ordered.add_node(node, layer=layer[node])
        pos = nx.multipartite_layout(ordered, subset_key="layer", align="vertical", scale=1.0)
        pos = {k: (x, -y) for k, (x, y) in pos.items()}  # first actor at the top
    else:
        groups: dict[str, list[str]] = defaultdict(list)
        for aid in actors_sorted:
            groups[side[aid]].append(aid)
        arcs = {"back": (110.0, 250.0), "oppose": (-60.0, 60.0), "decline": (255.0, 300.0)}
        pos0: dict[str, tuple[float, float]] = {root.id: (0.0, 0.0)}
        for stance, members in groups.items():
            lo, hi = arcs[stance]
            for i, aid in enumerate(members):
                a = math.radians(lo + (hi - lo) * (i + 1) / (len(members) + 1))
                pos0[aid] = (math.cos(a), math.sin(a))
        k = 1.4 / math.sqrt(max(g.number_of_nodes(), 1))
        pos = nx.spring_layout(g.to_undirected(), pos=pos0, fixed=[root.id], seed=7, k=k, iterations=60)

    n = g.number_of_nodes()
    fig = _figure(max(7.0, min(14.0, 5 + 0.35 * n)), max(5.0, min(11.0, 3.5 + 0.3 * n)))
    ax = fig.add_subplot()
    ax.axis("off")
    for rel in ("PART_OF", *STANCES):
        edges = [(u, w) for u, w, d in g.edges(data=True) if d["relation"] == rel]
        if not edges:
            continue
        style = RELATION_STYLES[rel]
        dashes = style["dashes"]
        linestyle: Any = (0, tuple(dashes)) if dashes else "solid"
        nx.draw_networkx_edges(
            g,
            pos,
            edgelist=edges,
            ax=ax,
            edge_color=style["color"],
            style=linestyle,
            width=2.2 if rel != "PART_OF" else 1.2,
            arrows=True,
            arrowsize=14,
            node_size=300,
            min_source_margin=10,
            min_target_margin=30,
        )
    labels = {(u, w): d["label"] for u, w, d in g.edges(data=True) if d["label"]}
    nx.draw_networkx_edge_labels(
        g,
        pos,
        edge_labels=labels,
        ax=ax,
        font_size=7,
        font_family=FONT,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
    )
    actors = [a for a, d in g.nodes(data=True) if d["role"] == "actor"]
    actor_objs = {a: obj for a in actors if (obj := view.get_actor(a)) is not None}
    colours = [
        ACTOR_COLOURS.get(actor_objs[a].kind.value, UNKNOWN_ACTOR_COLOUR)
        if a in actor_objs
        else UNKNOWN_ACTOR_COLOUR
        for a in actors
    ]
    nx.draw_networkx_nodes(
        g, pos, nodelist=actors, node_color=colours, node_size=420, ax=ax, edgecolors="white"
    )
    names = {a: (actor_objs[a].name if a in actor_objs else a) for a in actors}
    label_pos = {a: (pos[a][0], pos[a][1] - 0.085) for a in actors}
    nx.draw_networkx_labels(
        g, label_pos, labels=names, ax=ax, font_size=8, font_family=FONT, verticalalignment="top"
    )
    for cid in [root.id, *parts]:  # commitments: a box with the label inside, as on the page
        x, y = pos[cid]
        ax.text(
            x,
            y,
            c_label(cid),
            ha="center",
            va="center",
            family=FONT,
            zorder=5,
            fontsize=9 if cid == root.id else 8,
            fontweight="bold" if cid == root.id else "normal",
            bbox={
                "boxstyle": "round,pad=0.35",
                "fc": COMMITMENT_COLOUR["background"],
                "ec": COMMITMENT_COLOUR["border"],
                "lw": 1.5,
            },
        )
    ax.set_title(f"Coalition around: {title}", fontsize=11, family=FONT, loc="left")
    present = {d["relation"] for _, _, d in g.edges(data=True)}
    handles: list[Any] = [
        Line2D(
            [],
            [],
            color=RELATION_STYLES[r]["color"],
            linewidth=2,
            linestyle=(0, tuple(RELATION_STYLES[r]["dashes"])) if RELATION_STYLES[r]["dashes"] else "solid",
            label=RELATION_STYLES[r]["label"],
        )
        for r in (*STANCES, "PART_OF")
        if r in present
    ]
    kinds_present = sorted({o.kind.value for o in actor_objs.values()})
    handles += [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=8,
            color=ACTOR_COLOURS.get(k),
            label=v.actor_labels.get(k, k),
        )
        for k in kinds_present
    ]
    handles.append(
        Line2D(
            [],
            [],
            linestyle="none",
            marker="s",
            markersize=8,
            markerfacecolor=COMMITMENT_COLOUR["background"],
            markeredgecolor=COMMITMENT_COLOUR["border"],
            label="commitment",
        )
    )
    ax.legend(handles=handles, loc="lower left", frameon=False, prop={"family": FONT, "size": 8})
    ax.margins(0.12)
    return fig


# ----------------------------------------------------------------------------------------------- output
def save(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write a figure as PNG or SVG, chosen by the suffix. SVG is byte-for-byte reproducible: ids come from a
    fixed hash salt and no date is written."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"save() writes .png or .svg, not {out.suffix or 'a file without a suffix'!r}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fig.canvas is None or not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    if suffix == ".svg":
        with matplotlib.rc_context({"svg.hashsalt": "pledgegraph", "svg.fonttype": "path"}):
            fig.savefig(out, format="svg", metadata={"Date": None})
    else:
        fig.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out


__all__ = ["backing_matrix", "coalition_graph", "save"]
