"""User dictionaries in CSV and Turtle: labels, identifiers, forced identity, errors with file:line."""

from __future__ import annotations

import pytest

from kg.resolve.identity import EntityRegistry, resolve_corpus
from kg.resolve.labels import english_label
from kg.resolve.lexicon import Lexicon
from kg.resolve.userdict import UserDictionaryError, gazetteer_entries, load_user_dictionary

CSV = """label_ar,label_en,aliases,type,wikidata,geonames
إسماعيل قاآني,Esmail Qaani,قاآني|اسماعيل قآني,PER,Q17986435,
فيلق القدس,Quds Force,,ArmedGroup,Q1027531,
بغداد,Baghdad,,LOC,,98182
"""

TTL = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix nk: <https://w3id.org/newskg/ontology#> .

<https://example.org/me/qaani> a nk:Person ;
    rdfs:label "إسماعيل قاآني"@ar , "Esmail Qaani"@en ;
    skos:altLabel "قاآني"@ar ;
    owl:sameAs <http://www.wikidata.org/entity/Q17986435> .
"""


def test_csv_entries(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(CSV, encoding="utf-8")
    entries = load_user_dictionary(path)
    assert [e.label_en for e in entries] == ["Esmail Qaani", "Quds Force", "Baghdad"]
    qaani, quds, baghdad = entries
    assert qaani.aliases == ["قاآني", "اسماعيل قآني"] and qaani.coarse == "PER"
    assert quds.coarse == "ORG" and quds.cls == "ArmedGroup" and quds.links == {"wikidata": "Q1027531"}
    assert baghdad.links == {"geonames": "98182"}
    rows = gazetteer_entries(entries)
    assert {"name": "قاآني", "coarse": "PER", "cls": "Person"} in rows
    assert {"name": "فيلق القدس", "coarse": "ORG", "cls": "ArmedGroup"} in rows


def test_bad_rows_are_reported_with_file_and_line(tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        CSV + "حزب الله,Hezbollah,,GANG,,\n,Nobody,,PER,,\nالموصل,Mosul,,LOC,Q-1,\n", encoding="utf-8"
    )
    with pytest.raises(UserDictionaryError) as err:
        load_user_dictionary(path)
    message = str(err.value)
    assert f"{path}:5: unknown type 'GANG'" in message
    assert f"{path}:6: label_ar" in message
    assert f"{path}:7: wikidata 'Q-1'" in message


def test_turtle_entries(tmp_path) -> None:
    path = tmp_path / "mine.ttl"
    path.write_text(TTL, encoding="utf-8")
    (entry,) = load_user_dictionary(path)
    assert (entry.label_ar, entry.label_en, entry.coarse) == ("إسماعيل قاآني", "Esmail Qaani", "PER")
    assert entry.aliases == ["قاآني"] and entry.links == {"wikidata": "Q17986435"}


def test_broken_turtle_is_reported(tmp_path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text('<a> <b> "unterminated .\n', encoding="utf-8")
    with pytest.raises(UserDictionaryError, match="broken.ttl"):
        load_user_dictionary(path)


def test_user_entries_label_and_force_identity(tmp_path, doc) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(CSV, encoding="utf-8")
    entries = load_user_dictionary(path)
    lex = Lexicon()
    lex.add_user_entries(entries)
    label = english_label("اسماعيل قاآني", "PER", lex)
    assert label is not None and (label.text, label.method) == ("Esmail Qaani", "user")
    assert label.links == {"wikidata": "Q17986435"}
    # an alias the partial-name rule could not merge (a second full name shares it) is forced by the entry
    a = doc("a", [("إسماعيل قاآني", "PER"), ("محمد قاآني", "PER")])
    b = doc("b", [("قاآني", "PER")])
    reg = EntityRegistry()
    reg.add_user_entries(entries)
    resolve_corpus([a, b], reg, "https://example.org/id/")
    assert a.entities[0].iri == b.entities[0].iri != a.entities[1].iri
    assert b.entities[0].label_en == "Esmail Qaani" and b.entities[0].links["wikidata"] == "Q17986435"
