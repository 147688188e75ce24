"""Subgraphs for drawing, and read-only Cypher for researchers (Neo4j store only)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from api.deps import AsOfParam, KindsParam, RelationsParam, ServiceDep, SettingsDep
from api.routers.common import problems, render
from api.schemas import CypherRequest, CypherResponse, Subgraph
from graph.errors import NotSupportedError, QueryError

router = APIRouter(tags=["graph"])

CYPHER_HINT = (
    "Cypher needs the Neo4j store: run `pledgegraph neo4j start`, then serve with `pledgegraph serve "
    "--store neo4j` (or PLEDGEGRAPH_STORE=neo4j). The embedded store answers the named queries "
    "behind every other endpoint."
)


@router.get(
    "/graph",
    response_model=Subgraph,
    summary="A node-link subgraph around an actor or commitment",
    responses=problems(404, 400, 422),
)
def subgraph(
    service: ServiceDep,
    center: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="an actor (id or alias) or a commitment id",
            examples=["FRA"],
        ),
    ],
    depth: Annotated[int, Query(ge=0, le=4, description="hops from the center")] = 1,
    kinds: KindsParam = None,
    relations: RelationsParam = None,
    as_of: AsOfParam = None,
    max_nodes: Annotated[
        int, Query(ge=1, le=5000, description="stop the walk at this many nodes (truncated: true)")
    ] = 500,
) -> Response:
    """Breadth-first from `center` over claim edges (PLEDGES, SUPPORTS, OPPOSES, DECLINES, COORDINATES),
    structural links (MEMBER_OF, HOLDS_OFFICE, PART_OF, TARGETS) and BENEFITS, up to `depth` hops; `kinds`
    keeps claims of those kinds, `relations` keeps edges of those types, `as_of` keeps what was in force then.
    Nodes ordered by id, links by key. Feed it to networkx with `node_link_graph(data, edges="links")`."""
    data = service.subgraph(center, depth, kinds, relations, as_of, max_nodes)
    return render(Subgraph.model_validate(data))


def _plain(value: Any) -> Any:
    """Driver values -> JSON: nodes and relationships as dicts, temporal values as ISO strings."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    iso = getattr(value, "iso_format", None)
    if callable(iso):
        return iso()
    labels = getattr(value, "labels", None)
    if labels is not None and hasattr(value, "items"):
        return {"labels": sorted(labels), "properties": {k: _plain(v) for k, v in value.items()}}
    rtype = getattr(value, "type", None)
    if isinstance(rtype, str) and hasattr(value, "items"):
        return {"type": rtype, "properties": {k: _plain(v) for k, v in value.items()}}
    nodes = getattr(value, "nodes", None)
    if nodes is not None:
        return {
            "nodes": [_plain(n) for n in nodes],
            "relationships": [_plain(r) for r in getattr(value, "relationships", ())],
        }
    return str(value)


def _rows(result: Any) -> tuple[list[str], list[dict[str, Any]], bool]:
    """Neo4jStore.run_readonly's (columns, rows as lists, truncated) -> columns and rows keyed by column."""
    columns, rows, truncated = result
    names = [str(c) for c in columns]
    return names, [{n: _plain(v) for n, v in zip(names, row, strict=False)} for row in rows], bool(truncated)


@router.post(
    "/cypher",
    response_model=CypherResponse,
    summary="Read-only Cypher with parameters",
    responses=problems(400, 422, 501, 504),
)
def cypher(request: CypherRequest, service: ServiceDep, settings: SettingsDep) -> Response:
    """Runs one read-only Cypher query on the Neo4j store with `params`, stopped after
    settings.cypher_timeout seconds (504) and cut at settings.cypher_row_cap rows (truncated: true).
    A query that would write is refused (400) by asking the server what the query does (EXPLAIN), not by
    guessing from its text. On the embedded store: 501, with how to start Neo4j."""
    run = getattr(service.view, "run_readonly", None)
    if not callable(run):
        raise NotSupportedError(
            "POST /cypher needs the Neo4j store; this server runs the "
            f"{getattr(service.view, 'name', 'embedded')} store",
            hint=CYPHER_HINT,
        )
    try:
        result = run(request.query, request.params, timeout=settings.cypher_timeout, row_cap=settings.cypher_row_cap)
    except (TypeError, ValueError) as exc:  # parameters the driver cannot send
        raise QueryError(f"cannot run the query with these parameters: {exc}") from exc
    columns, rows, truncated = _rows(result)
    return render(
        CypherResponse(
            columns=columns,
            rows=rows,
            row_count=len(rows),
            truncated=truncated,
            row_cap=settings.cypher_row_cap,
            timeout=settings.cypher_timeout,
        )
    )
