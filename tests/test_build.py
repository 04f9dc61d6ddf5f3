"""Incremental builds: adding articles later gives the same graph as building them together.

Sentences are from the example article (examples/qaani-baghdad.txt, الخليج الجديد).
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.build import build
from kg.doccache import DocumentCache, document_from_dict, document_to_dict
from kg.ingest import iter_documents
from kg.pipeline import load_pipeline

SURNAME_ONLY = {
    "id": "later-mention",
    "date": "2020-11-21",
    "text": 'واغتيل "سليماني"، مطلع يناير/كانون الثاني الماضي، بضربة جوية أمريكية قرب مطار العاصمة '
    "العراقية بغداد.",
}
FULL_NAME = {
    "id": "full-name",
    "date": "2020-11-21",
    "text": 'وناقش اللقاء أيضا، آخر التطورات في تحقيق قضية اغتيال الجنرال الإيراني الراحل "قاسم سليماني"، '
    "ودور الحكومة العراقية في كشف تفاصيل هذا الملف.",
}
NAME = "سليماني"


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _entities(out: Path) -> dict[str, set[str]]:
    rows = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["id"]: set(row["docs"]) for row in rows}


def _person(out: Path) -> set[str]:
    rows = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["id"] for row in rows if any(NAME in a for a in row["aliases"] + [row["label_ar"]])}


def test_one_by_one_equals_together(tmp_path):
    surname = _write(tmp_path / "a.jsonl", SURNAME_ONLY)
    full = _write(tmp_path / "b.jsonl", FULL_NAME)
    together, one_by_one = tmp_path / "together", tmp_path / "one"
    build([surname, full], together, html=False)
    build([surname], one_by_one, html=False)
    build([full], one_by_one, html=False)
    assert _entities(together) == _entities(one_by_one)
    # the surname seen first is re-emitted under the full name's IRI once that appears
    assert len(_person(one_by_one)) == 1
    assert _entities(one_by_one)[next(iter(_person(one_by_one)))] == {"later-mention", "full-name"}


def test_store_holds_no_stale_iri_after_an_identity_change(tmp_path):
    from kg.store import open_store, query

    out = tmp_path / "out"
    build([_write(tmp_path / "a.jsonl", SURNAME_ONLY)], out, html=False)
    build([_write(tmp_path / "b.jsonl", FULL_NAME)], out, html=False)
    iris = {
        str(row[0].value)
        for row in query(
            open_store(out / "store"),
            "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e rdfs:label ?l . "
            f'FILTER(CONTAINS(STR(?l), "{NAME}")) }} }}',
        )
    }
    assert iris == _person(out)


def test_document_cache_round_trip(tmp_path):
    path = _write(tmp_path / "b.jsonl", FULL_NAME)
    keep_all = load_pipeline("default", {"stages": {"events": {"min_confidence": 0.0}}})
    build([path], tmp_path / "out", pipeline=keep_all, html=False, store=False)
    doc = DocumentCache(tmp_path / "out" / "documents").load("full-name")
    assert doc is not None and doc.entities and doc.events
    assert document_to_dict(document_from_dict(document_to_dict(doc))) == document_to_dict(doc)
    original = next(d for d in iter_documents([path]) if not isinstance(d, Exception))
    assert doc.text == original.text
