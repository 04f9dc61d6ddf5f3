"""graph.html opened in headless Chromium: drawn, offline, injection-proof, usable when large."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import HOSTILE_NAME, HOSTILE_SCRIPT, SEED_S1, entity, event, seed_document

from kg.export.html import write_html
from kg.export.network import network_from_records
from kg.export.records import entity_records, fact_records

pytestmark = pytest.mark.browser
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


class Opened:
    """A page with every request, page error and console error recorded."""

    def __init__(self, browser: Any, path: Path, timeout_ms: int = 60_000) -> None:
        self.page = browser.new_page()
        self.errors: list[str] = []
        self.remote: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("request", self._seen)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgReady === true", timeout=timeout_ms)

    def _seen(self, request: Any) -> None:
        if not request.url.startswith(LOCAL_SCHEMES):
            self.remote.append(request.url)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            route.abort()

    def js(self, expr: str) -> Any:
        return self.page.evaluate(expr)

    def close(self) -> None:
        self.page.close()


def _hostile_page(tmp_path: Path) -> Path:
    doc = seed_document()
    evil = entity("evil", HOSTILE_NAME, label_en=HOSTILE_SCRIPT, docs=["seed-excerpt"])
    ents = entity_records([doc]) + [evil]
    facts = fact_records(doc) + [event(["evil"], [doc.entity("e1").iri], [], HOSTILE_NAME + HOSTILE_SCRIPT)]
    return write_html(network_from_records(ents, facts), tmp_path / "graph.html", title=HOSTILE_NAME)


def test_seed_graph_is_drawn_offline_without_errors(browser: Any, tmp_path: Path) -> None:
    p = Opened(browser, _hostile_page(tmp_path))
    try:
        assert p.js("document.querySelectorAll('#kg-network canvas').length") == 1
        assert p.js("window.kgNodes.length") == 5
        assert p.js("window.kgNetwork.body.data.nodes.length") == 5
        assert p.js("document.getElementById('status').textContent").startswith("5 of 5 entities")
        assert p.errors == [] and p.remote == []
    finally:
        p.close()


def test_injection_probes_stay_text(browser: Any, tmp_path: Path) -> None:
    p = Opened(browser, _hostile_page(tmp_path))
    try:
        assert p.js("window.__pwned") is None
        assert p.js("document.querySelectorAll('img, iframe').length") == 0
        assert p.js("document.querySelector('h1').textContent") == HOSTILE_NAME
        assert p.js("document.querySelectorAll('script').length") == 3
        # hover the hostile node: vis shows our tooltip element, whose text is the raw name
        x, y = p.js("""(() => { const n = window.kgNetwork;
                        const c = n.canvasToDOM(n.getPositions(['evil']).evil);
                        const r = document.getElementById('kg-network').getBoundingClientRect();
                        return [r.left + c.x, r.top + c.y]; })()""")
        p.page.mouse.move(x, y)
        p.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        tip = p.js("document.querySelector('div.vis-tooltip').textContent")
        assert HOSTILE_NAME in tip and HOSTILE_SCRIPT in tip
        assert p.js("document.querySelectorAll('div.vis-tooltip *:not(div)').length") == 0
        assert p.js("window.__pwned") is None and p.errors == [] and p.remote == []
    finally:
        p.close()


def test_arabic_tooltips_are_right_to_left(browser: Any, tmp_path: Path) -> None:
    p = Opened(browser, _hostile_page(tmp_path))
    try:
        iri = seed_document().entity("e1").iri
        tip = p.js(f"""(() => {{ const t = window.kgNodes.get({iri!r}).title;
                       const ar = t.querySelector('.tip-ar');
                       return [ar.textContent, ar.dir, getComputedStyle(document.body.appendChild(t)
                               .querySelector('.tip-ar')).direction, t.textContent]; }})()""")
        assert tip[0] == "إسماعيل قاآني" and tip[1] == "rtl" and tip[2] == "rtl"
        assert "Esmail Qaani" in tip[3] and "1 article" in tip[3]
        edge = p.js("""(() => { const es = window.kgNetwork.body.data.edges.get();
                       const e = es.find(e => e.label === 'visited');
                       const s = e.title.querySelector('.tip-sentence');
                       return [s.textContent, s.dir]; })()""")
        assert edge == [SEED_S1, "rtl"]
        kadhimi = seed_document().entity("e3").iri
        alias = p.js(f"window.kgNodes.get({kadhimi!r}).title.querySelector('.tip-alias').textContent")
        assert alias == "الكاظمي"
    finally:
        p.close()


def test_filters_and_neighbourhood_view(browser: Any, tmp_path: Path) -> None:
    p = Opened(browser, _hostile_page(tmp_path))
    try:
        shown = "window.kgNetwork.body.data.nodes.length"
        p.page.fill("#kg-mindeg", "2")
        assert p.js(shown) == 2  # Qaani and al-Kadhimi each have two neighbours
        p.page.fill("#kg-mindeg", "0")
        assert p.js(shown) == 5
        p.page.uncheck("#classes label:has-text('City') input")
        assert p.js(shown) == 4
        p.page.check("#classes label:has-text('City') input")
        p.page.fill("#kg-search", "بغداد")
        p.page.dispatch_event("#kg-search", "change")
        assert p.js(shown) == 2  # Baghdad and its visitor
        p.page.select_option("#kg-depth", "2")
        assert p.js(shown) == 4  # ...and the visitor's other neighbours
        p.page.fill("#kg-search", "الكاظمي")  # a short alias finds the full-name entity
        p.page.dispatch_event("#kg-search", "change")
        assert p.js("window.kgNetwork.getSelectedNodes()") == [seed_document().entity("e3").iri]
        p.page.click("#kg-reset")
        assert p.js(shown) == 5 and p.errors == []
    finally:
        p.close()


def _random_graph(n_nodes: int, n_edges: int, seed: int = 3) -> Any:
    rng = random.Random(seed)
    classes = [("Person", "PER"), ("City", "LOC"), ("GovernmentOrganization", "ORG")]
    ents = []
    for i in range(n_nodes):
        cls, coarse = rng.choice(classes)
        ents.append(entity(f"n{i}", f"كيان رقم {i}", cls=cls, coarse=coarse, label_en=f"Entity {i}"))
    facts = [event([f"n{rng.randrange(n_nodes)}"], [f"n{rng.randrange(n_nodes)}"], [], f"جملة {k}")
             for k in range(n_edges)]
    return network_from_records(ents, facts)


def test_two_thousand_nodes_load(browser: Any, tmp_path: Path) -> None:
    path = write_html(_random_graph(2000, 3000), tmp_path / "big.html")
    p = Opened(browser, path, timeout_ms=120_000)
    try:
        assert p.js("window.kgNodes.length") == 2000
        assert p.js("window.kgNetwork.physics.options.enabled") is False
        assert p.errors == [] and p.remote == []
    finally:
        p.close()


def test_mid_size_graph_settles_with_bounded_physics(browser: Any, tmp_path: Path) -> None:
    path = write_html(_random_graph(400, 600), tmp_path / "mid.html")
    p = Opened(browser, path, timeout_ms=120_000)
    try:
        assert p.js("window.kgNodes.length") == 400
        # physics is switched off once the bounded stabilisation is done, so the view stays still
        assert p.js("window.kgNetwork.physics.options.enabled") is False
        assert p.errors == []
    finally:
        p.close()
