"""The research notebooks run top to bottom on a fresh embedded store and show real results.

Each notebook is executed once (in memory, with scripts/run_notebooks.py's kernel setup: this interpreter, no
PLEDGEGRAPH_STORE / PLEDGEGRAPH_DATA_DIR, so it builds its own store from corpus/); the committed file is never
written. Any cell error fails. The assertions read the *outputs*: rendered tables are parsed back into rows.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
EXPECTED = ["01_who_backs_what.ipynb", "02_coalition_analysis.ipynb", "03_timeline_of_positions.ipynb"]
# Not marked slow: the whole file takes ~17 s here (three kernels, three ingests of corpus/).


def _runner() -> Any:
    spec = importlib.util.spec_from_file_location("run_notebooks", REPO / "scripts" / "run_notebooks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_executed: dict[str, Any] = {}


def executed(filename: str) -> Any:
    """The notebook after a full run (cached per session); the file on disk must be untouched."""
    if filename not in _executed:
        from nbclient.exceptions import CellExecutionError

        path = REPO / "notebooks" / filename
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        try:
            nb, _seconds = _runner().execute(path, timeout=180)
        except CellExecutionError as exc:  # the message names the cell and carries the traceback
            pytest.fail(f"{filename} failed:\n{exc}")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, f"{filename} was rewritten by the test"
        _executed[filename] = nb
    return _executed[filename]


# ----------------------------------------------------------------------------------------------- output helpers
def cell(nb: Any, needle: str) -> Any:
    """The first code cell whose source contains `needle`."""
    for c in nb.cells:
        if c.cell_type == "code" and needle in c.source:
            return c
    raise AssertionError(f"no code cell contains {needle!r}")


def text(c: Any) -> str:
    """Everything a cell printed or displayed as text (stream, plain, markdown, html)."""
    parts = []
    for o in c.outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif o.output_type in ("execute_result", "display_data"):
            for mime in ("text/plain", "text/markdown", "text/html"):
                if mime in o.data:
                    parts.append(o.data[mime])
    return "\n".join(parts)


def pngs(nb: Any) -> list[str]:
    return [o.data["image/png"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o.output_type in ("execute_result", "display_data") and "image/png" in o.data]


class _Tables(HTMLParser):
    """Rows of the <table>s in pandas' HTML: header rows (in <thead>) apart from body rows."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[list[list[str]], list[list[str]]]] = []
        self._in_head = False
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "table":
            self.tables.append(([], []))
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1][0 if self._in_head else 1].append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables(c: Any) -> list[list[dict[str, str]]]:
    """The DataFrames a cell displayed, parsed back from their HTML: one dict per row, keyed by column header.

    The index comes first, keyed by its name (pandas puts a named index's name on a second header row)."""
    out = []
    for o in c.outputs:
        if o.output_type in ("execute_result", "display_data") and "text/html" in o.data:
            p = _Tables()
            p.feed(o.data["text/html"])
            for head, body in p.tables:
                width = max(len(h) for h in head)
                header = [next((h[i] for h in head if i < len(h) and h[i]), "") for i in range(width)]
                out.append([dict(zip(header, r, strict=False)) for r in body])
    return out


# -------------------------------------------------------------------------------------------------------- tests
def test_the_three_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == EXPECTED


def test_committed_notebooks_carry_their_outputs() -> None:
    """The files in the repository were run (scripts/run_notebooks.py): every code cell has an execution count
    and there are figures embedded as PNG. No execution is needed for this one."""
    import nbformat

    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert code and all(c.execution_count for c in code), f"{path.name} has cells without outputs"
        assert pngs(nb), f"{path.name} has no embedded figure"
        assert nb.cells[0].cell_type == "markdown" and "PLEDGEGRAPH_STORE=neo4j" in nb.cells[1].source


@pytest.mark.parametrize("filename", EXPECTED)
def test_notebook_runs_without_errors(filename: str) -> None:
    nb = executed(filename)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    setup = text(cell(nb, "ingest_paths(store"))
    assert "Built an embedded store from corpus/" in setup and "not ingested" not in setup


def test_01_who_backs_what() -> None:
    nb = executed("01_who_backs_what.ipynb")
    troops = tables(cell(nb, 'backing["kind"] == "troops"'))[0]
    fra = [r for r in troops if r["actor"] == "FRA"]
    gbr = [r for r in troops if r["actor"] == "GBR"]
    assert fra and gbr, "France and Britain must back troops for Ukraine"
    # the seed article's sentence, with its quantity, condition and quote
    seed_rows = [r for r in fra if r["quantity"] == "alcune centinaia di soldati"]
    assert seed_rows and seed_rows[0]["modality"] == "willing" and seed_rows[0]["condition"] == "in caso di escalation"
    assert "La Francia e il Regno Unito sono disposti" in seed_rows[0]["quote"]
    assert all(r["source"] for r in troops), "every backer row names its source"
    assert not any(r["actor"] in ("ITA", "POL") for r in troops), "Italy and Poland declined troops"

    matrix = {r["actor"]: r for r in tables(cell(nb, "matrix = pd.DataFrame"))[0]}
    assert matrix["FRA"]["troops"] == "pledged"
    assert "×" in matrix["USA"]["troops"], "the USA also declined troops"
    assert "⊘" in matrix["RUS"]["nato_presence"]

    seed = tables(cell(nb, "seed_claims = "))[0]
    assert any(r["subject"] == "Russia (RUS)" and r["relation"] == "OPPOSES" and r["kind"] == "nato_presence"
               and "posizione contraria a una presenza militare della NATO" in r["quote"] for r in seed)
    assert any(r["subject"] == "Donald Trump (Q22686)" and r["relation"] == "SUPPORTS" for r in seed)
    assert re.search(r"(\d+) claims from (\d+) sentences", text(cell(nb, "seed_claims = ")))

    firmness = {r["modality"]: r for r in tables(cell(nb, "firmness = "))[0]}
    assert list(firmness)[:6] == ["considering", "willing", "planned", "pledged", "signed", "delivered"]
    assert int(firmness["total"]["PLEDGES"]) == sum(int(firmness[m]["PLEDGES"]) for m in list(firmness)[:-1])
    assert int(firmness["withdrawn"]["PLEDGES"]) > 0
    assert len(pngs(nb)) >= 2


def test_02_coalition_analysis() -> None:
    nb = executed("02_coalition_analysis.ipynb")
    communities_text = text(cell(nb, "greedy_modularity_communities"))
    m = re.search(r"greedy modularity: (\d+) communities, modularity (-?\d\.\d+)", communities_text)
    assert m and int(m.group(1)) >= 2 and float(m.group(2)) > 0
    partition = tables(cell(nb, "greedy_modularity_communities"))[0]
    members = [a for r in partition for a in r["members"].split(", ")]
    assert len(members) == len(set(members)), "a partition: every actor in exactly one community"
    assert {"FRA", "GBR", "USA", "DEU"} <= set(members)

    ranking = tables(cell(nb, "nx.betweenness_centrality(A)"))[0]
    assert [int(r["rank"]) for r in ranking] == list(range(1, len(ranking) + 1))
    scores = [float(r["betweenness (hops)"]) for r in ranking]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert {"USA", "GBR"} <= {r["actor"] for r in ranking[:5]}

    bridges = tables(cell(nb, "betweenness_centrality_subset"))
    assert bridges and bridges[-1], "the bridge table is not empty"
    for r in bridges[-1]:  # our count is networkx's subset betweenness, which halves undirected pairs
        assert float(r["bridge score (strong ties)"]) == pytest.approx(
            2 * float(r["networkx subset betweenness (strong ties)"]), abs=2e-3)
    assert "main bridge is **" in text(cell(nb, "Reading."))

    opposition = tables(cell(nb, 'store.query("opposition_map"'))[0]
    assert any(r["actor"] == "RUS" and r["relation"] == "OPPOSES" and r["quote"] for r in opposition)
    assert any(r["actor"] == "DEU" and r["relation"] == "DECLINES" for r in opposition)
    assert len(pngs(nb)) >= 2


def test_03_timeline_of_positions() -> None:
    nb = executed("03_timeline_of_positions.ipynb")
    timeline = tables(cell(nb, 'store.query("timeline"'))[0]
    dates = [r["date"] for r in timeline]
    assert dates == sorted(dates) and {"FRA", "GBR", "DEU"} <= {r["actor"] for r in timeline}

    w2d = tables(cell(nb, 'store.query("words_to_deeds", {"kind": "troops"})'))[0]
    assert any(r["actor"] == "FRA" and r["kind"] == "troops" and r["direction"] == "up" for r in w2d)
    assert any(r["actor"] == "FRA" and r["to"].startswith("pledged") for r in w2d)

    reversals = tables(cell(nb, 'store.query("reversals"'))[0]
    assert any(r["actor"] == "USA" and "withdrawn" in r["against"] and r["against quote"] for r in reversals)

    asof_cell = cell(nb, "def snapshot(day)")
    m = re.search(r"(\d+) backers of troops for Ukraine as of 2025-03-01, (\d+) as of 2025-09-01", text(asof_cell))
    assert m and int(m.group(2)) > int(m.group(1)) > 0
    rows = {r["actor"]: r for r in tables(asof_cell)[0]}
    assert rows["GBR"]["as of 2025-03-01"] and rows["GBR"]["as of 2025-09-01"]
    assert len(pngs(nb)) >= 3
