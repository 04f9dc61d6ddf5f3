"""Store operations on real mapped documents: replace, query, format, dump."""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import Graph
from sample import doc_batch, sample_document

from kg import queries
from kg.rdf.terms import ontology_path, shapes_path
from kg.store import (
    dump,
    example_query_path,
    format_results,
    graph_names,
    open_store,
    query,
    replace_documents,
)


def rows(store: ox.Store, sparql: str) -> list[dict[str, str]]:
    result = query(store, sparql)
    return [{v.value: s[v].value for v in result.variables if s[v] is not None} for s in result]


def test_reingest_replaces_the_article_graph(batch: list) -> None:
    store = open_store(None)
    loaded = replace_documents(store, batch)
    assert loaded == len(store) == sum(len(q) for _, q in batch)
    assert set(store) == {q for _, quads in batch for q in quads}  # the store keeps every term as mapped
    replace_documents(store, batch)
    assert len(store) == loaded
    changed = sample_document()
    changed.entities[0].label_ar = "اسم جديد"
    changed.events.pop(1)  # the meeting is gone from the new version
    replace_documents(store, doc_batch(changed))
    assert not rows(store, "SELECT ?p WHERE { ?p nkg:met ?o }")
    labels = {r["l"] for r in rows(store, "SELECT ?l WHERE { ?p a nkg:Person ; rdfs:label ?l }")}
    assert "اسم جديد" in labels and "إسماعيل قاآني" not in labels
    assert len(graph_names(store)) == 2


def test_quads_outside_their_graph_are_refused(batch: list) -> None:
    store = open_store(None)
    (graph, quads), (other, _) = batch
    with pytest.raises(ValueError):
        replace_documents(store, [(other, quads)])
    assert len(store) == 0


def test_persistent_store_survives_reopen(batch: list, tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    replace_documents(store, batch)
    count = len(store)
    del store
    gc.collect()
    assert len(open_store(tmp_path / "db")) == count


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_format_select_ask_construct(batch: list, fmt: str) -> None:
    store = open_store(None)
    replace_documents(store, batch)
    select = format_results(query(store, "SELECT ?a ?b WHERE { ?a nkg:met ?b }"), fmt)
    ask = format_results(query(store, "ASK { ?a nkg:visited ?b }"), fmt)
    construct = format_results(query(store, "CONSTRUCT { ?a nkg:met ?b } WHERE { ?a nkg:met ?b }"), fmt)
    assert "true" in ask
    if fmt == "json":
        assert len(json.loads(select)["results"]["bindings"]) == 1
        assert len(json.loads(construct)) == 1
    else:
        assert select.count("person/") == 2 and construct.count("person/") == 2


def test_example_queries(batch: list) -> None:
    store = open_store(None)
    replace_documents(store, batch)
    met = rows(store, queries.load("who_met_whom"))
    assert [(r["personName"], r["metName"]) for r in met] == [("Esmail Qaani", "مصطفى الكاظمي")]
    killed = rows(store, queries.load("where_killed"))
    assert [(r["victimName"], r["places"], r["date"]) for r in killed] == [
        ("قاسم سليماني", "بغداد", "2020-01")
    ]
    leads = {(r["leaderName"], r["organizationName"]) for r in rows(store, queries.load("who_leads_what"))}
    assert leads == {("إسماعيل قاآني", "فيلق القدس"), ("مصطفى الكاظمي", "الحكومة العراقية")}
    dated = rows(store, queries.load("events_by_date"))
    assert [r["date"] for r in dated] == ["2020-01", "2020-11", "2020-11-18"]
    assert (dated[-1]["actors"], dated[-1]["places"]) == ("إسماعيل قاآني", "بغداد")
    top = rows(store, queries.load("most_mentioned"))
    assert queries.names() == sorted(
        ["events_by_date", "most_mentioned", "where_killed", "who_leads_what", "who_met_whom"]
    )
    assert top[0]["name"] == "بغداد" and top[0]["articles"] == "2"


def rapper_count(path: Path, syntax: str) -> int:
    run = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return int(run.stderr.split("returned")[1].split()[0])


def test_dump_files(batch: list, tmp_path: Path) -> None:
    store = open_store(None)
    replace_documents(store, batch)
    paths = dump(store, tmp_path / "out")
    assert sorted(p.name for p in paths.values()) == ["graph.nq", "graph.trig", "graph.ttl"]
    merged = {q.triple for q in store}
    assert len(merged) < len(store)  # Baghdad's triples are in both article graphs
    assert {q.triple for q in ox.parse(path=paths["ttl"], format=ox.RdfFormat.TURTLE)} == merged
    reread = ox.Store()
    reread.load(path=paths["trig"], format=ox.RdfFormat.TRIG)
    assert set(reread) == set(store)
    assert sum(1 for _ in ox.parse(path=paths["nq"], format=ox.RdfFormat.N_QUADS)) == len(store)
    assert paths["ttl"].read_text(encoding="utf-8").startswith("@prefix")
    if shutil.which("rapper"):
        assert rapper_count(paths["ttl"], "turtle") == len(merged)
        assert rapper_count(paths["trig"], "trig") == len(store)
    assert not list(tmp_path.glob("out/.*.tmp"))
    ontology = Graph().parse(ontology_path(), format="turtle")
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, _, report = validate(
        Graph().parse(paths["ttl"], format="turtle"), shacl_graph=shapes, ont_graph=ontology
    )
    assert conforms, report


def test_documents_may_be_keyed_by_id(batch: list) -> None:
    store = open_store(None)
    by_id = [(sample_document().id, batch[0][1])]
    assert replace_documents(store, by_id) == len(batch[0][1])
    assert replace_documents(store, by_id) == len(store)
    mixed = batch[0][1] + batch[1][1][:1]
    with pytest.raises(ValueError):
        replace_documents(store, [(batch[0][0], mixed)])


def test_read_only_store_and_query_files(batch: list, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "missing", read_only=True)
    store = open_store(tmp_path / "db")
    replace_documents(store, batch)
    store.flush()
    reader = open_store(tmp_path / "db", read_only=True)
    assert len(reader) == len(store)
    path = example_query_path("who_met_whom.rq")
    assert path is not None and path == example_query_path("who_met_whom")
    assert len(rows(reader, path.read_text(encoding="utf-8"))) == 1
    assert example_query_path("no_such_query") is None
