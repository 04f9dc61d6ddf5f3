"""Push article graphs to a remote triple store with the SPARQL 1.1 Graph Store Protocol.

Each named graph is sent as N-Triples in one `PUT endpoint?graph=<iri>`, which replaces
that graph on the server: pushing an article again updates it, like a local re-ingest.
Works with Oxigraph (`http://host:7878/store`), Fuseki (`.../dataset/data`), GraphDB,
Virtuoso and other Graph Store Protocol servers.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from urllib.parse import urlencode, urlsplit

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, serialize

OK_STATUSES = frozenset({200, 201, 204})


class PushError(RuntimeError):
    """The server refused a graph or could not be reached."""


def _graphs(source: Store | Iterable[Quad], graph_iris: Iterable[str] | None) -> dict[str, list[Quad]]:
    wanted = set(graph_iris) if graph_iris is not None else None
    if isinstance(source, Store):
        names = [g.value for g in source.named_graphs() if isinstance(g, NamedNode)]
        return {
            name: list(source.quads_for_pattern(None, None, None, NamedNode(name)))
            for name in sorted(names)
            if wanted is None or name in wanted
        }
    grouped: dict[str, list[Quad]] = {}
    for q in source:
        if isinstance(q.graph_name, NamedNode) and (wanted is None or q.graph_name.value in wanted):
            grouped.setdefault(q.graph_name.value, []).append(q)
    return grouped


def graph_url(endpoint: str, graph_iri: str) -> str:
    """Graph Store Protocol address of one named graph (indirect identification)."""
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode({'graph': graph_iri})}"


def push(
    source: Store | Iterable[Quad],
    endpoint: str,
    *,
    graph_iris: Iterable[str] | None = None,
    timeout: float = 60.0,
    headers: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """PUT every named graph of `source` (or those in `graph_iris`) to `endpoint`.

    Returns the number of triples sent per graph. `headers` may carry authentication
    (e.g. {"Authorization": "Basic ..."}). Raises `PushError` on the first refusal.
    """
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"endpoint must be an http(s) URL: {endpoint!r}")
    sent: dict[str, int] = {}
    for graph, quads in _graphs(source, graph_iris).items():
        body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
        req = urllib.request.Request(
            graph_url(endpoint, graph),
            data=body,
            method="PUT",
            headers={"Content-Type": "application/n-triples", **(headers or {})},
        )
        _send(req, graph, timeout)
        sent[graph] = len(quads)
    return sent


def _send(req: urllib.request.Request, graph: str, timeout: float) -> None:
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if resp.status not in OK_STATUSES:
                raise PushError(f"{graph}: HTTP {resp.status}")
    except urllib.error.HTTPError as e:
        detail = e.read(500).decode("utf-8", "replace").strip()
        raise PushError(f"{graph}: HTTP {e.code} {e.reason}: {detail}") from e
    except (urllib.error.URLError, TimeoutError) as e:
        raise PushError(f"{graph}: cannot reach {req.full_url.split('?')[0]}: {e}") from e
