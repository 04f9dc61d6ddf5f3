"""Opening a store, replacing article graphs, SPARQL queries and dumps.

Every article lives in its own named graph, so re-ingesting an article clears that
graph and loads the new quads: nothing from the old version survives. Queries see the
union of all article graphs as their default graph.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Literal as Lit
from urllib.parse import quote

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    serialize,
)

from ..export.atomic import atomic_write
from ..rdf.terms import PREFIXES

QueryResult = QuerySolutions | QueryBoolean | QueryTriples
ResultFormat = Lit["table", "csv", "json", "tsv"]
# Above this many quads in one call, load without a transaction (much faster, not atomic).
BULK_THRESHOLD = 200_000

_RESULT_FORMATS = {
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
}


def open_store(path: Path | None = None, *, read_only: bool = False) -> Store:
    """A persistent store in directory `path` (created if missing), or in memory when None.

    `read_only` opens an existing store without locking it for writing (for queries and
    pushes); do not open it read-only while another process writes to it.
    """
    if path is None:
        return Store()
    if read_only:
        if not (Path(path) / "CURRENT").exists():
            raise FileNotFoundError(f"no store at {path}")
        return Store.read_only(str(path))
    Path(path).mkdir(parents=True, exist_ok=True)
    return Store(str(path))


def _article_graph(key: str, quads: list[Quad]) -> NamedNode:
    """The one named graph of an article's quads; `key` is its graph IRI or its document id."""
    graphs = {q.graph_name for q in quads}
    if not graphs:
        return NamedNode(key)  # nothing to load: `key` must be the graph IRI to clear
    graph = graphs.pop()
    if graphs or not isinstance(graph, NamedNode):
        raise ValueError(f"the quads of {key!r} are not all in one named graph")
    if key != graph.value and not graph.value.endswith("/" + quote(key, safe="")):
        raise ValueError(f"quads of {key!r} are in the graph of another article: {graph.value}")
    return graph


def replace_documents(store: Store, docs_quads: Iterable[tuple[str, list[Quad]]]) -> int:
    """For each (graph IRI or document id, quads): clear the article's named graph, then load its quads.

    Returns the number of quads loaded. All quads of one article must be in its one named
    graph (as `kg.rdf.mapping.document_quads` makes them), otherwise a re-ingest could not
    remove them; such input is refused before anything is changed.
    """
    batches = [(_article_graph(key, quads), quads) for key, quads in docs_quads]
    for graph, _ in batches:
        store.clear_graph(graph)
    all_quads = [q for _, quads in batches for q in quads]
    if len(all_quads) >= BULK_THRESHOLD:
        store.bulk_extend(all_quads)
    else:
        store.extend(all_quads)
    return len(all_quads)


def remove_documents(store: Store, graph_iris: Iterable[str]) -> None:
    """Drop the named graphs of these articles."""
    for graph in graph_iris:
        store.remove_graph(NamedNode(graph))


def graph_names(store: Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, NamedNode))


def query(store: Store, sparql: str) -> QueryResult:
    """Run a SPARQL query over the union of all article graphs; the usual prefixes are predeclared.

    The result is an iterator: consume it once (e.g. with `format_results`).
    """
    return store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)


def format_results(result: QueryResult, fmt: ResultFormat = "table") -> str:
    """Render a SELECT, ASK or CONSTRUCT/DESCRIBE result as text."""
    if isinstance(result, QueryBoolean):
        if fmt == "table":
            return "true" if bool(result) else "false"
        return result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    if isinstance(result, QueryTriples):
        return _format_triples(list(result), fmt)
    if fmt == "table":
        return _table([v.value for v in result.variables], [[s[v] for v in result.variables] for s in result])
    return result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")


def _format_triples(triples: list[Triple], fmt: ResultFormat) -> str:
    if fmt == "json":
        return serialize(triples, format=RdfFormat.JSON_LD).decode("utf-8")
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(["subject", "predicate", "object"])
        writer.writerows([str(t.subject), str(t.predicate), str(t.object)] for t in triples)
        return out.getvalue()
    return serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")


def short(term: object) -> str:
    """Compact display of a term: prefixed IRI, literal value with its language, '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and term.value != ns:
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    if isinstance(term, Literal):
        return f"{term.value}@{term.language}" if term.language else term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def _table(header: list[str], rows: list[list[object]]) -> str:
    cells = [[short(t).replace("\n", " ") for t in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def dump(store: Store, out_dir: Path) -> dict[str, Path]:
    """Write graph.ttl (all articles merged), graph.trig (a named graph per article) and graph.nq."""
    out = Path(out_dir)
    paths = {"ttl": out / "graph.ttl", "trig": out / "graph.trig", "nq": out / "graph.nq"}
    merged = sorted({q.triple for q in store}, key=str)
    with atomic_write(paths["ttl"], mode="wb") as f:
        serialize(merged, f, format=RdfFormat.TURTLE, prefixes=PREFIXES)
    with atomic_write(paths["trig"], mode="wb") as f:
        store.dump(f, format=RdfFormat.TRIG, prefixes=PREFIXES)
    with atomic_write(paths["nq"], mode="wb") as f:
        store.dump(f, format=RdfFormat.N_QUADS)
    return paths


def example_query_path(name: str) -> Path | None:
    """Path of a query shipped in kg/queries, by name with or without '.rq'; None when unknown."""
    from .. import queries

    stem = name.removesuffix(".rq")
    return queries.QUERIES_DIR / f"{stem}.rq" if stem in queries.names() else None
