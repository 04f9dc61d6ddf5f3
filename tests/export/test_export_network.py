"""The entity network built from records, its layout, and the static safety of graph.html."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from export_fixtures import HOSTILE_NAME, HOSTILE_SCRIPT, SEED_S1, SEED_S2, entity, event, seed_document

from kg.export.html import page_data, render_html, write_html
from kg.export.network import network_from_records, sampled_layout
from kg.export.records import entity_records, fact_records


def _seed_graph():
    doc = seed_document()
    return doc, network_from_records(entity_records([doc]), fact_records(doc))


def test_nodes_and_edges_from_seed_records() -> None:
    doc, g = _seed_graph()
    iri = {e.key: e.iri for e in doc.entities}
    assert g.number_of_nodes() == 4
    assert g.nodes[iri["e1"]]["label_ar"] == "إسماعيل قاآني" and g.nodes[iri["e1"]]["articles"] == 1
    visit = g.get_edge_data(iri["e1"], iri["e2"])
    (attrs,) = visit.values()
    assert attrs["predicate"] == "visited" and attrs["sentences"] == [SEED_S1]
    assert attrs["docs"] == ["seed-excerpt"]
    (req,) = g.get_edge_data(iri["e3"], iri["e1"]).values()
    assert req["negated"] is True and req["sentences"] == [SEED_S2]
    (lead,) = g.get_edge_data(iri["e3"], iri["e4"]).values()
    assert lead["predicate"] == "leaderOf" and lead["kind"] == "relation"


def test_repeated_facts_merge_and_negation_stays_apart() -> None:
    ents = [entity("a", "الكاظمي", docs=["d1", "d2"]), entity("b", "قاآني")]
    facts = [event(["a"], ["b"], [], "s1"), event(["a"], ["b"], [], "s2", doc="d2"),
             event(["a"], ["b"], [], "s1"), event(["a"], ["b"], [], "s3", negated=True),
             event(["a"], ["a"], [], "self")]
    g = network_from_records(ents, facts)
    data = g.get_edge_data("a", "b")
    assert len(data) == 2
    pos = next(d for d in data.values() if not d["negated"])
    assert pos["count"] == 3 and pos["sentences"] == ["s1", "s2"] and pos["docs"] == ["d1", "d2"]
    assert g.nodes["a"]["articles"] == 2
    assert not g.has_edge("a", "a"), "self-loops carry no information in the view"


def test_event_without_counterpart_adds_no_edge_but_unknown_ids_get_nodes() -> None:
    g = network_from_records([entity("a", "الكاظمي")],
                             [event(["a"], [], [], "s"), event(["a"], ["ghost"], [], "s2")])
    assert g.number_of_edges() == 1 and g.nodes["ghost"]["label_ar"] == "ghost"


def test_sampled_layout_places_every_node_deterministically() -> None:
    ents = [entity(f"n{i}", f"كيان {i}") for i in range(400)]
    facts = [event([f"n{i}"], [f"n{(i * 7) % 300}"], [], "s") for i in range(300)]
    facts += [event(["n350"], ["n351"], [], "s")]  # a small component outside the sample's reach
    g = network_from_records(ents, facts)
    pos = sampled_layout(g, sample=50)
    assert set(pos) == set(g.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert pos == sampled_layout(g, sample=50)
    assert len({(round(x), round(y)) for x, y in pos.values()}) > 390, "nodes must not pile up"


def test_large_graphs_get_positions_and_no_physics() -> None:
    ents = [entity(f"n{i}", f"كيان {i}") for i in range(60)]
    g = network_from_records(ents, [event(["n0"], [f"n{i}"], [], "s") for i in range(1, 60)])
    big = page_data(g, physics_max_nodes=50)
    assert big["meta"]["physics"] is False and all("x" in n for n in big["nodes"])
    small = page_data(g)
    assert small["meta"]["physics"] is True and not any("x" in n for n in small["nodes"])
    sizes = {n["id"]: n["size"] for n in small["nodes"]}
    assert sizes["n0"] > sizes["n1"], "the hub is drawn larger"


def test_page_is_self_contained_and_escapes_untrusted_text(tmp_path: Path) -> None:
    ents = [entity("a", HOSTILE_NAME, label_en=HOSTILE_SCRIPT),
            entity("b", "بغداد", cls="City", coarse="LOC")]
    g = network_from_records(ents, [event(["a"], [], ["b"], HOSTILE_SCRIPT + " -->")])
    path = write_html(g, tmp_path / "graph.html", title=HOSTILE_NAME)
    page = path.read_text(encoding="utf-8")
    assert HOSTILE_NAME not in page and "<img" not in page
    # only our own three script elements are ever closed
    assert page.count("</script>") == 3
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "Content-Security-Policy" in page
    # the data block still decodes to the original strings
    blob = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    labels = {n["label_ar"] for n in json.loads(blob)["nodes"]}
    assert HOSTILE_NAME in labels


def test_render_is_deterministic() -> None:
    _, g = _seed_graph()
    assert render_html(g, title="t") == render_html(g, title="t")
