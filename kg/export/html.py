"""graph.html: a self-contained, offline, injection-safe interactive network.

The vis-network 9.1.2 library bundled inside the pyvis package is inlined into the
page. pyvis's own template is not used: even with `cdn_resources="in_line"` it links
Bootstrap from a CDN, writes the heading and select-menu ids unescaped, and switches
tooltips to innerHTML when any title contains "href". Here every article-derived
string travels as JSON inside a non-executable <script type="application/json">
(with <, >, & escaped) and reaches the DOM only through textContent; a
Content-Security-Policy forbids any network request.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import atomic_write
from kg.export.network import MAX_SENTENCES_PER_EDGE, degree_scores, sampled_layout

PHYSICS_MAX_NODES = 500  # above this, positions are precomputed and physics is off (1k nodes: 13 s vs 1.6 s)
STABILIZATION_ITERATIONS = 200
MAX_ALIASES = 6  # other names shown in a node's tooltip

_TEMPLATES = Path(__file__).with_name("templates")
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")

# One colour per ontology class; related classes share a hue family.
CLASS_COLOURS: dict[str, str] = {
    "Person": "#e15759",
    "Organization": "#4e79a7",
    "GovernmentOrganization": "#2f5f8a",
    "ArmedGroup": "#7b3294",
    "PoliticalParty": "#76b7b2",
    "MediaOrganization": "#9c755f",
    "Place": "#59a14f",
    "Country": "#2e7d32",
    "City": "#8cd17d",
    "Region": "#b6992d",
    "Facility": "#f28e2b",
    "OtherEntity": "#bab0ac",
}


def class_colour(cls: str) -> str:
    """Fixed colour for known classes, a stable hash-derived one for others."""
    if cls in CLASS_COLOURS:
        return CLASS_COLOURS[cls]
    hue = int(hashlib.md5(cls.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue}, 55%, 55%)"


@cache
def _asset(path: str) -> str:
    """Text of a file of the vis-network build shipped inside the pyvis package."""
    import pyvis

    return (Path(pyvis.__file__).parent / "templates" / "lib" / path).read_text(encoding="utf-8")


def _script_safe_json(value: Any) -> str:
    """JSON that cannot end its <script> element or open a comment/CDATA in it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _node_items(g: nx.MultiDiGraph, physics: bool) -> list[dict[str, Any]]:
    deg = degree_scores(g)
    top = max(deg.values(), default=0) or 1
    pos = {} if physics else sampled_layout(g)
    items = []
    for n, attrs in g.nodes(data=True):
        label_ar = str(attrs.get("label_ar") or n)
        item = {
            "id": str(n),
            "label_ar": label_ar,
            "aliases": [str(a) for a in attrs.get("aliases") or [] if a != label_ar][:MAX_ALIASES],
            "label_en": attrs.get("label_en"),
            "cls": attrs.get("cls") or "OtherEntity",
            "coarse": attrs.get("coarse") or "MISC",
            "articles": int(attrs.get("articles") or 0),
            "degree": deg[n],
            "size": round(8 + 30 * math.sqrt(deg[n] / top), 1),
        }
        item["color"] = class_colour(item["cls"])
        if n in pos:
            item["x"], item["y"] = round(pos[n][0], 1), round(pos[n][1], 1)
        items.append(item)
    return items


def _edge_items(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    items = []
    for i, (u, v, attrs) in enumerate(g.edges(data=True)):
        sentences = list(attrs.get("sentences") or [])
        negated = bool(attrs.get("negated"))
        predicate = str(attrs.get("predicate") or "")
        items.append({
            "id": i,
            "from": str(u),
            "to": str(v),
            "predicate": predicate,
            "label": f"not {predicate}" if negated else predicate,
            "negated": negated,
            "count": int(attrs.get("count") or 1),
            "sentences": sentences[:MAX_SENTENCES_PER_EDGE],
            "more": max(0, len(sentences) - MAX_SENTENCES_PER_EDGE),
            "docs": list(attrs.get("docs") or []),
            "dates": list(attrs.get("dates") or []),
        })
    return items


def page_data(g: nx.MultiDiGraph, *, physics_max_nodes: int = PHYSICS_MAX_NODES,
              iterations: int = STABILIZATION_ITERATIONS) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able values."""
    physics = g.number_of_nodes() <= physics_max_nodes
    nodes = _node_items(g, physics)
    classes = {n["cls"] for n in nodes}
    return {
        "meta": {"physics": physics, "iterations": iterations,
                 "classes": {c: class_colour(c) for c in sorted(classes)}},
        "nodes": nodes,
        "edges": _edge_items(g),
    }


def render_html(g: nx.MultiDiGraph, *, title: str = "Knowledge graph", **kwargs: Any) -> str:
    """The complete page as a string (see `write_html`)."""
    values = {
        "TITLE": html.escape(title, quote=True),
        "VIS_CSS": _asset("vis-9.1.2/vis-network.css"),
        "VIS_JS": _asset("vis-9.1.2/vis-network.min.js"),
        "APP_JS": (_TEMPLATES / "graph.js").read_text(encoding="utf-8"),
        "DATA": _script_safe_json(page_data(g, **kwargs)),
    }
    template = (_TEMPLATES / "graph.html").read_text(encoding="utf-8")
    # One pass: text substituted in is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "Knowledge graph",
    physics_max_nodes: int = PHYSICS_MAX_NODES,
    iterations: int = STABILIZATION_ITERATIONS,
) -> Path:
    """Write the interactive network page atomically; returns its path.

    Graphs up to `physics_max_nodes` nodes are laid out in the browser with at most
    `iterations` physics steps, then frozen; larger ones get precomputed positions.
    """
    page = render_html(graph, title=title, physics_max_nodes=physics_max_nodes, iterations=iterations)
    with atomic_write(path) as fh:
        fh.write(page)
    return Path(path)
