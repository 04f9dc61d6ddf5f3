"""The entity network: a networkx graph built from the exported JSONL records.

Built from records (not from `Document`s) so the browser view can be regenerated
from `entities.jsonl` + `facts.jsonl` alone. One node per entity id; one edge per
(source, target, predicate, negated), carrying every sentence and document that
supports it.
"""

from __future__ import annotations

import math
import random
from typing import Any

import networkx as nx

MAX_SENTENCES_PER_EDGE = 5  # tooltips stay readable; the JSONL keeps them all


def _add_entity_node(g: nx.MultiDiGraph, rec: dict[str, Any]) -> None:
    docs = list(rec.get("docs") or [])
    g.add_node(
        rec["id"],
        label_ar=rec.get("label_ar") or rec["id"],
        label_en=rec.get("label_en"),
        aliases=list(rec.get("aliases") or []),
        coarse=rec.get("coarse") or "MISC",
        cls=rec.get("class") or "OtherEntity",
        docs=docs,
        articles=len(docs),
    )


def _ensure_node(g: nx.MultiDiGraph, node_id: str, doc: str) -> None:
    """A fact may name an entity missing from entities.jsonl: keep it, visibly bare."""
    if node_id not in g:
        g.add_node(node_id, label_ar=node_id, label_en=None, aliases=[], coarse="MISC", cls="OtherEntity",
                   docs=[doc], articles=1)


def _add_fact_edge(g: nx.MultiDiGraph, src: str, dst: str, fact: dict[str, Any]) -> None:
    if src == dst:
        return
    doc = fact.get("doc") or ""
    _ensure_node(g, src, doc)
    _ensure_node(g, dst, doc)
    negated = bool(fact.get("negated"))
    predicate = fact.get("predicate") or fact.get("type") or "related"
    key = f"{predicate}|{'neg' if negated else 'pos'}"
    if not g.has_edge(src, dst, key):
        g.add_edge(src, dst, key=key, predicate=predicate, kind=fact.get("kind"), type=fact.get("type"),
                   negated=negated, sentences=[], docs=[], dates=[], count=0)
    data = g.edges[src, dst, key]
    data["count"] += 1
    sentence = fact.get("sentence") or ""
    if sentence and sentence not in data["sentences"]:
        data["sentences"].append(sentence)
    if doc and doc not in data["docs"]:
        data["docs"].append(doc)
    if fact.get("date") and fact["date"] not in data["dates"]:
        data["dates"].append(fact["date"])


def _fact_pairs(fact: dict[str, Any]) -> list[tuple[str, str]]:
    """(source, target) pairs of a fact: subject->object, or actor->recipient/place."""
    if fact.get("kind") == "relation":
        s, o = fact.get("subject"), fact.get("object")
        return [(s, o)] if s and o else []
    targets = list(fact.get("recipient") or []) + list(fact.get("place") or [])
    return [(a, t) for a in fact.get("actor") or [] for t in targets]


def network_from_records(entities: list[dict[str, Any]], facts: list[dict[str, Any]]) -> nx.MultiDiGraph:
    """Entity graph of the records. Node/edge attributes are plain JSON-able values."""
    g = nx.MultiDiGraph()
    for rec in entities:
        _add_entity_node(g, rec)
    for fact in facts:
        for src, dst in _fact_pairs(fact):
            _add_fact_edge(g, src, dst, fact)
    return g


def degree_scores(g: nx.MultiDiGraph) -> dict[str, int]:
    """Number of distinct neighbours of each node (direction and parallel edges ignored)."""
    return {n: len(set(g.predecessors(n)) | set(g.successors(n))) for n in g}


def sampled_layout(g: nx.MultiDiGraph, sample: int = 300, seed: int = 7, scale: float = 1000.0
                   ) -> dict[str, tuple[float, float]]:
    """Fast positions for large graphs, linear in size beyond the sample.

    The `sample` best-connected nodes get a spring layout; every other node is put
    beside its best-connected already-placed neighbour (breadth-first from the
    sample), and nodes never reached go on a ring outside.
    """
    rng = random.Random(seed)
    deg = degree_scores(g)
    und = nx.Graph(g.to_undirected(as_view=True))
    core = sorted(g, key=lambda n: (-deg[n], str(n)))[:sample]
    pos = {n: (float(x) * scale, float(y) * scale)
           for n, (x, y) in nx.spring_layout(und.subgraph(core), seed=seed, iterations=50).items()}
    _spread_from(und, pos, sorted(core, key=lambda n: -deg[n]), deg, rng)
    _components_below(und, pos, deg, rng)
    return pos


def _spread_from(und: nx.Graph, pos: dict[str, tuple[float, float]], frontier: list[str],
                 deg: dict[str, int], rng: random.Random) -> None:
    """Breadth-first: put each unplaced neighbour near the node that reached it."""
    while frontier:
        nxt = []
        for n in frontier:
            for m in sorted(und.neighbors(n), key=lambda m: -deg[m]):
                if m not in pos:
                    angle, r = rng.uniform(0, 2 * math.pi), rng.uniform(30.0, 90.0)
                    pos[m] = (pos[n][0] + r * math.cos(angle), pos[n][1] + r * math.sin(angle))
                    nxt.append(m)
        frontier = nxt


def _components_below(und: nx.Graph, pos: dict[str, tuple[float, float]], deg: dict[str, int],
                      rng: random.Random, cell: float = 160.0) -> None:
    """Components the sample did not reach: one grid cell each, under the main picture."""
    rest = [c for c in nx.connected_components(und) if not (c & pos.keys())]
    if not rest:
        return
    rest.sort(key=lambda c: (-len(c), min(map(str, c))))
    xs = [x for x, _ in pos.values()] or [0.0]
    top = max((y for _, y in pos.values()), default=0.0) + cell
    cols = max(1, math.ceil(math.sqrt(len(rest) * 2)))
    left = (min(xs) + max(xs)) / 2 - cols * cell / 2
    for i, comp in enumerate(rest):
        hub = max(comp, key=lambda n: (deg[n], str(n)))
        pos[hub] = (left + (i % cols) * cell, top + (i // cols) * cell)
        _spread_from(und.subgraph(comp), pos, [hub], deg, rng)
