"""entities.jsonl / facts.jsonl contract, JSONL files, atomic writes, and the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from export_fixtures import SEED_S1, SEED_S2, seed_document, shared_data

from kg.export.records import (
    entity_records,
    fact_records,
    read_jsonl,
    validate_entity_record,
    validate_fact_record,
    write_entities,
    write_facts,
    write_jsonl,
)
from kg.model import Document, Entity, Event, Mention


def test_every_record_follows_the_contract() -> None:
    doc = seed_document()
    ents = entity_records([doc])
    facts = fact_records(doc)
    assert len(ents) == 4 and len(facts) == 3
    for rec in ents:
        validate_entity_record(rec)
    for rec in facts:
        validate_fact_record(rec)
    ids = {e["id"] for e in ents}
    for f in facts:
        refs = f.get("actor", []) + f.get("recipient", []) + f.get("place", [])
        refs += [f[k] for k in ("subject", "object") if k in f]
        assert set(refs) <= ids, "facts may only name exported entities"


def test_event_record_fields() -> None:
    doc = seed_document()
    visit, request = [f for f in fact_records(doc) if f["kind"] == "event"]
    by_key = {e.key: e.iri for e in doc.entities}
    assert (visit["type"], visit["mode"], visit["predicate"]) == ("CONSULT", "visit", "visited")
    assert visit["actor"] == [by_key["e1"]] and visit["place"] == [by_key["e2"]] and visit["recipient"] == []
    assert visit["sentence"] == SEED_S1
    assert doc.text[visit["span"][0]:visit["span"][1]] == "زار"
    assert visit["date"] == "2020-11-18" and visit["negated"] is False
    # a negated event is exported flagged, and a malformed date never leaks into the contract
    assert request["predicate"] == "requested" and request["negated"] is True and request["date"] is None
    assert request["sentence"] == SEED_S2
    assert request["recipient"] == [by_key["e1"]]


def test_relation_record_fields() -> None:
    doc = seed_document()
    (rel,) = [f for f in fact_records(doc) if f["kind"] == "relation"]
    assert rel["type"] == rel["predicate"] == "leaderOf"
    assert rel["subject"] == doc.entity("e3").iri and rel["object"] == doc.entity("e4").iri
    assert rel["role_title"] == "رئيس الحكومة" and rel["negated"] is False and rel["sentence"] == SEED_S1


def test_entities_aggregate_over_documents_by_iri() -> None:
    a, b = seed_document("doc-a"), seed_document("doc-b")
    b.entity("e3").label_en, b.entity("e3").label_en_method = "Mustafa al-Kadhimi", "dictionary"
    ents = {e["id"]: e for e in entity_records([a, b])}
    assert len(ents) == 4
    kadhimi = ents[a.entity("e3").iri]
    assert kadhimi["docs"] == ["doc-a", "doc-b"]
    assert kadhimi["label_ar"] == "مصطفى الكاظمي" and kadhimi["label_en"] == "Mustafa al-Kadhimi"
    assert kadhimi["aliases"] == ["مصطفى الكاظمي", "الكاظمي"]  # name mentions, no duplicates
    assert (kadhimi["coarse"], kadhimi["class"]) == ("PER", "Person")


def test_better_english_label_method_wins() -> None:
    a, b = seed_document("doc-a"), seed_document("doc-b")
    a.entity("e1").label_en, a.entity("e1").label_en_method = "Ismail Qaani", "transliteration"
    b.entity("e1").label_en, b.entity("e1").label_en_method = "Esmail Qaani", "user"
    (qaani,) = [e for e in entity_records([a, b]) if e["id"] == a.entity("e1").iri]
    assert qaani["label_en"] == "Esmail Qaani"


def test_unresolved_entities_get_document_scoped_ids() -> None:
    a, b = seed_document("doc-a", iris=False), seed_document("doc-b", iris=False)
    ents = entity_records([a, b])
    assert len(ents) == 8, "without IRIs, the same key in two articles must not merge"
    assert all(e["id"].startswith("https://") and len(e["docs"]) == 1 for e in ents)
    ids = {e["id"] for e in ents}
    for f in fact_records(a) + fact_records(b):
        refs = f.get("actor", []) + f.get("place", []) + [f.get("subject")] * ("subject" in f)
        assert set(refs) <= ids


def test_dangling_entity_keys_are_dropped_not_exported() -> None:
    doc = seed_document()
    doc.events[0].actors.append("no-such-key")
    doc.relations[0].object = "missing"
    facts = fact_records(doc)
    assert [f["kind"] for f in facts] == ["event", "event"]
    assert facts[0]["actor"] == [doc.entity("e1").iri]


@pytest.mark.parametrize("field, value", [
    ("coarse", "PERSON"), ("aliases", "قاآني"), ("docs", []), ("label_ar", ""), ("label_en", 3),
])
def test_entity_validator_rejects(field: str, value: object) -> None:
    rec = entity_records([seed_document()])[0]
    rec[field] = value
    with pytest.raises(ValueError):
        validate_entity_record(rec)


@pytest.mark.parametrize("field, value", [
    ("span", [5, 2]), ("span", [1]), ("confidence", "high"), ("negated", "no"), ("date", "21/11/2020"),
    ("actor", "e1"), ("kind", "statement"),
])
def test_fact_validator_rejects(field: str, value: object) -> None:
    rec = fact_records(seed_document())[0]
    rec[field] = value
    with pytest.raises(ValueError):
        validate_fact_record(rec)


def test_jsonl_round_trip_keeps_arabic_readable(tmp_path: Path) -> None:
    doc = seed_document()
    path = tmp_path / "out" / "facts.jsonl"
    written = write_facts([doc], path)
    raw = path.read_text(encoding="utf-8")
    assert "زار" in raw, "Arabic is written as UTF-8, not \\u escapes"
    assert read_jsonl(path) == written
    assert len(raw.splitlines()) == len(written)


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "entities.jsonl"
    path.write_text('{"id": "a"}\n\n{"id": "b", oops}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"entities\.jsonl:3: invalid JSON"):
        read_jsonl(path)
    path.write_text('{"id": "a"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"entities\.jsonl:2: expected a JSON object"):
        read_jsonl(path)


def test_failed_write_leaves_old_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "entities.jsonl"
    write_entities([seed_document()], path)
    before = path.read_bytes()

    def records():
        yield {"id": "x"}
        raise RuntimeError("extractor crashed mid-export")

    with pytest.raises(RuntimeError):
        write_jsonl(path, records())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entities.jsonl"], "no temporary file left behind"


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    write_jsonl(path, [{"a": 1}])
    assert path.stat().st_mode & 0o044, "outputs must not be private 0600 temp-file modes"


def test_shared_scorer_reads_the_contract(tmp_path: Path) -> None:
    """The seed article with two hand-placed entities and one event scores as the scorer expects."""
    data = shared_data()
    scorer = data.parent / "tools" / "score.py"
    if not (data / "seed" / "gold.json").exists() or not scorer.exists():
        pytest.skip(f"shared data not found at {data} (set KG_SHARED_DATA)")
    text = (data / "seed" / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((data / "seed" / "gold.json").read_text(encoding="utf-8"))
    doc = Document(id=gold["doc"], text=text)
    for key, surface, coarse, cls in (("p", "إسماعيل قاآني", "PER", "Person"), ("c", "بغداد", "LOC", "City")):
        start = text.index(surface)
        doc.mentions.append(Mention(start, start + len(surface), surface, coarse, cls, "test", entity=key))
        doc.entities.append(Entity(key, surface, coarse, cls, mentions=[len(doc.mentions) - 1]))
    visit = text.index("زار")
    doc.events.append(Event("CONSULT", "visit", "زار", 0, visit, visit + 3, actors=["p"], places=["c"]))
    write_entities([doc], tmp_path / "entities.jsonl")
    write_facts([doc], tmp_path / "facts.jsonl")
    cmd = [sys.executable, str(scorer), str(data / "seed" / "gold.json"), str(tmp_path), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    res = json.loads(out[: out.rindex("}") + 1])
    assert res["entities"]["tp"] == 2 and res["entities"]["fp"] == 0
    assert res["entities_typed"]["tp"] == 2
    assert res["events"]["tp"] == 1


def test_write_outputs_writes_all_three_consistently(tmp_path: Path) -> None:
    from kg.export import write_graph_html, write_outputs

    paths = write_outputs([seed_document()], tmp_path, title="seed")
    ents, facts = read_jsonl(paths["entities"]), read_jsonl(paths["facts"])
    assert len(ents) == 4 and len(facts) == 3
    page = paths["html"].read_text(encoding="utf-8")
    assert all(e["id"] in page for e in ents)
    again = write_graph_html(paths["entities"], paths["facts"], tmp_path / "again.html", title="seed")
    assert again.read_text(encoding="utf-8") == page, "graph.html is reproducible from the JSONL alone"


def test_names_lose_edge_quotes_and_empty_labels_fall_back() -> None:
    doc = seed_document()
    e1 = doc.entity("e1")
    e1.label_ar, e1.aliases = '"إسماعيل  قاآني"،', ["«قاآني»", "  "]
    doc.entity("e2").label_ar = ""
    ents = {e["id"]: e for e in entity_records([doc])}
    qaani, baghdad = ents[e1.iri], ents[doc.entity("e2").iri]
    assert qaani["label_ar"] == "إسماعيل قاآني" and qaani["aliases"] == ["إسماعيل قاآني", "قاآني"]
    assert baghdad["label_ar"] == "بغداد"
    for rec in ents.values():
        validate_entity_record(rec)
