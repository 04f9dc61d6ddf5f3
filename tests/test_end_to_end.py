"""The user's whole job: the bundled example in, graph files, store and SPARQL answers out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.store import open_store, query

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "qaani-baghdad.txt"
NKG = "https://w3id.org/newskg/ontology#"


@pytest.fixture(scope="module")
def example_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("example")
    report = build([EXAMPLE], out)
    return out, report


def _labels(out: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row for row in rows}


def test_build_writes_every_output(example_build):
    out, report = example_build
    assert report.ok, report.errors
    assert report.documents == 1
    for name in ("graph.ttl", "graph.trig", "graph.html", "entities.jsonl", "facts.jsonl"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "store").is_dir()


def test_sparql_who_did_qaani_meet(example_build):
    out, _ = example_build
    store = open_store(out / "store")
    rows = query(
        store,
        f"""PREFIX nkg: <{NKG}>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?name WHERE {{
          ?q rdfs:label ?qlabel . FILTER(CONTAINS(STR(?qlabel), "قاآني"))
          {{ ?q nkg:met ?p }} UNION {{ ?p nkg:met ?q }}
          ?p rdfs:label ?name . FILTER(LANG(?name) = "ar")
        }}""",
    )
    names = {str(row[0].value) if hasattr(row[0], "value") else str(row[0]) for row in rows}
    assert any("الكاظمي" in name for name in names), names


def test_rebuilding_the_same_article_does_not_duplicate(example_build, tmp_path):
    out, _ = example_build
    first = (out / "graph.trig").read_text(encoding="utf-8")
    again = tmp_path / "again"
    build([EXAMPLE], again)
    build([EXAMPLE], again)
    entities = _labels(again)
    assert set(entities) == set(_labels(out))
    assert len((again / "graph.trig").read_text(encoding="utf-8").splitlines()) == len(first.splitlines())


def test_cli_reports_a_bad_record_and_finishes_the_rest(tmp_path):
    batch = tmp_path / "batch.jsonl"
    text = EXAMPLE.read_text(encoding="utf-8")
    batch.write_text(
        json.dumps({"id": "good", "text": text}, ensure_ascii=False) + "\n{not json\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(batch), "--out", str(out), "--quiet", "--no-html"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 1
    assert f"{batch}:2" in proc.stderr
    facts = (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    docs = {json.loads(line)["doc"] for line in facts}
    assert docs == {"good"}
