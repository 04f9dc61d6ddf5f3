"""Graph Store push to a real Oxigraph server, and the read-only endpoint with its timeout."""

from __future__ import annotations

import contextlib
import gc
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample import doc_batch, sample_document

from kg.store import PushError, SparqlServer, open_store, push, replace_documents
from kg.store.server import ServerError, free_port, oxigraph_binary, start_oxigraph, stop_process

try:
    oxigraph_binary()
except ServerError:
    pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)", allow_module_level=True)

JSON = "application/sparql-results+json"


def sparql(url: str, query: str, accept: str = JSON) -> tuple[int, bytes]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": accept}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def count(url: str) -> int:
    status, body = sparql(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture()
def remote(tmp_path: Path) -> Iterator[str]:
    """A real read-write Oxigraph server on a free local port; yields its base URL."""
    port = free_port()
    proc = start_oxigraph(tmp_path / "remote", host="127.0.0.1", port=port, read_only=False)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(proc)


def test_push_then_query_back(batch: list, remote: str) -> None:
    store = open_store(None)
    replace_documents(store, batch)
    sent = push(store, f"{remote}/store")
    assert sorted(sent) == sorted(g for g, _ in batch)
    assert count(f"{remote}/query") == len(store)
    status, body = sparql(f"{remote}/query", "ASK { ?a <https://w3id.org/newskg/ontology#met> ?b }")
    assert json.loads(body)["boolean"] is True
    # Pushing a new version of one article replaces its graph on the server.
    changed = sample_document()
    changed.events.pop(1)
    push([q for _, quads in doc_batch(changed) for q in quads], f"{remote}/store")
    status, body = sparql(f"{remote}/query", "ASK { ?a <https://w3id.org/newskg/ontology#met> ?b }")
    assert json.loads(body)["boolean"] is False


def test_push_selected_graphs_only(batch: list, remote: str) -> None:
    store = open_store(None)
    replace_documents(store, batch)
    first = batch[0][0]
    assert list(push(store, f"{remote}/store", graph_iris=[first])) == [first]
    assert count(f"{remote}/query") == len(batch[0][1])


def test_push_errors_are_reported(batch: list, remote: str) -> None:
    quads = batch[0][1]
    with pytest.raises(PushError, match="HTTP 4"):
        push(quads, f"{remote}/no-such-service")
    with pytest.raises(PushError, match="cannot reach"):
        push(quads, f"http://127.0.0.1:{free_port()}/store", timeout=5)
    with pytest.raises(PushError):
        push(quads, "file:///etc/passwd")


def persistent_store(path: Path, quads: list[ox.Quad]) -> Path:
    store = open_store(path)
    store.extend(quads)
    store.flush()
    del store
    gc.collect()  # release the database lock before the server opens it
    return path


def test_serve_answers_queries(batch: list, tmp_path: Path) -> None:
    location = persistent_store(tmp_path / "db", [q for _, quads in batch for q in quads])
    with SparqlServer(location, port=0, timeout_s=10) as server:
        status, body = sparql(
            server.url, "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?a ?b WHERE { ?a nkg:met ?b }"
        )
        assert status == 200
        assert len(json.loads(body)["results"]["bindings"]) == 1
        status, body = sparql(server.url, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", accept="text/csv")
        assert status == 200 and body.count(b"\n") == 4
        status, body = sparql(
            server.url, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", accept="text/turtle"
        )
        assert status == 200 and len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == 5
        ask = urllib.parse.quote("ASK { ?s ?p ?o }")
        with urllib.request.urlopen(f"{server.url}?query={ask}", timeout=10) as resp:  # GET works too
            assert json.loads(resp.read())["boolean"] is True
        status, _ = sparql(server.url, "SELEC nonsense")
        assert status == 400
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(
                server.url.replace("/query", "/update"), data=b"update=CLEAR ALL", timeout=10
            )
        assert err.value.code == 404


def test_serve_reports_a_timeout_as_an_error(tmp_path: Path) -> None:
    g = ox.NamedNode("https://w3id.org/newskg/id/graph/big")
    quads = [
        ox.Quad(
            ox.NamedNode(f"https://example.org/s{i}"),
            ox.NamedNode("https://example.org/p"),
            ox.Literal(str(i)),
            g,
        )
        for i in range(2000)
    ]
    location = persistent_store(tmp_path / "db", quads)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"  # 8e9 combinations
    with SparqlServer(location, port=0, timeout_s=1) as server:
        for accept in (JSON, "text/csv"):
            status, body = sparql(server.url, slow, accept=accept)
            assert status == 504, body[:200]
            assert b"timed out" in body
        status, body = sparql(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2000"


def test_serve_refuses_oversized_results(batch: list, tmp_path: Path) -> None:
    location = persistent_store(tmp_path / "db", [q for _, quads in batch for q in quads])
    with SparqlServer(location, port=0, timeout_s=10, max_bytes=50_000) as server:
        status, body = sparql(server.url, "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 20000")
        assert status == 503 and b"LIMIT" in body
        status, _ = sparql(server.url, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
        assert status == 200


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find child processes")
def test_serve_stops_its_oxigraph_child_on_sigterm(batch: list, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    location = persistent_store(tmp_path / "db", [q for _, quads in batch for q in quads])
    port = free_port()
    code = f"from kg.store import serve; serve({str(location)!r}, port={port}, timeout_s=5)"
    proc = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError):
                if sparql(f"http://127.0.0.1:{port}/query", "ASK {}")[0] == 200:
                    break
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.2)
        children = [
            int(pid)
            for task in Path(f"/proc/{proc.pid}/task").iterdir()
            for pid in (task / "children").read_text().split()
        ]
        assert children
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        time.sleep(0.5)
        for pid in children:
            assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
