"""The ontology declares every term code can emit, with bilingual labels."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import vocab
from kg.rdf.terms import NKG, all_nkg_terms, mode_local, ontology_path, shapes_path


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def declared(g: Graph, term: URIRef) -> bool:
    return (term, RDF.type, None) in g


def test_every_terms_py_term_is_declared(ontology: Graph) -> None:
    missing = [t for t in all_nkg_terms() if not declared(ontology, t)]
    assert missing == []


def test_every_vocab_name_is_declared(ontology: Graph) -> None:
    names = [*vocab.ENTITY_CLASSES, *vocab.RELATIONS, *vocab.PLOVER, *vocab.DIRECT_PREDICATES.values()]
    names += [mode_local(c, m) for c, modes in vocab.MODES.items() for m in modes]
    missing = [n for n in names if not declared(ontology, URIRef(str(NKG._NS) + n))]
    assert missing == []


def test_nkg_terms_have_ar_and_en_labels_and_comment(ontology: Graph) -> None:
    nkg_subjects = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(NKG._NS))}
    assert len(nkg_subjects) >= len(all_nkg_terms())
    for s in nkg_subjects:
        langs = {lit.language for lit in ontology.objects(s, RDFS.label) if isinstance(lit, Literal)}
        assert {"ar", "en"} <= langs, s
        assert (s, RDFS.comment, None) in ontology, s


def test_misspelt_term_fails_at_once() -> None:
    with pytest.raises(AttributeError):
        _ = NKG.leadrOf


def test_alignments(ontology: Graph) -> None:
    sdo, sem = "https://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/"
    assert (NKG.Person, RDFS.subClassOf, URIRef(sdo + "Person")) in ontology
    assert (NKG.Event, RDFS.subClassOf, URIRef(sem + "Event")) in ontology
    assert (NKG.actor, RDFS.subPropertyOf, URIRef(sem + "hasActor")) in ontology
    for category in vocab.PLOVER:
        assert (NKG[category], RDFS.subClassOf, NKG.Event) in ontology
    assert (NKG.Article, RDF.type, OWL.Class) in ontology


def test_shapes_parse() -> None:
    g = Graph().parse(shapes_path(), format="turtle")
    assert len(g) > 50
