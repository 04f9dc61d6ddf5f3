"""Ontology terms reachable from code, plus the external vocabularies the data uses.

`NKG` is an rdflib `DefinedNamespace`: a misspelt term (`NKG.leadrOf`) raises at once
instead of minting a silent wrong IRI. A test checks that every term listed here, and
every name in `kg.vocab`, is declared in `ontology/newskg.ttl`, so the ontology stays
the single source of truth.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace

from .. import vocab
from .iris import ONTOLOGY_NS

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

# Event statuses (kg.model.EventStatus) -> local name of their SKOS concept.
STATUS_CONCEPTS: dict[str, str] = {
    "asserted": "StatusAsserted",
    "negated": "StatusNegated",
    "cancelled": "StatusCancelled",
    "planned": "StatusPlanned",
    "hypothetical": "StatusHypothetical",
    "reported_denied": "StatusReportedDenied",
}


def mode_local(category: str, mode: str) -> str:
    """Local name of a PLOVER mode concept; modes repeat across categories, so both are in it."""
    return f"{category}_{mode}"


class NKG(DefinedNamespace):
    """Terms of `https://w3id.org/newskg/ontology#` (see ontology/newskg.ttl)."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    # Classes
    Article: URIRef
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentOrganization: URIRef
    ArmedGroup: URIRef
    PoliticalParty: URIRef
    MediaOrganization: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Facility: URIRef
    OtherEntity: URIRef
    Event: URIRef
    RelationStatement: URIRef
    Extractor: URIRef
    EventMode: URIRef
    EventStatus: URIRef
    # Concept schemes
    PloverModes: URIRef
    EventStatuses: URIRef
    # Article properties
    hasContext: URIRef
    mentions: URIRef
    sourceName: URIRef
    # Entity properties
    englishLabelMethod: URIRef
    iso3166Code: URIRef
    externalId: URIRef
    mergeEvidence: URIRef
    # Event properties
    actor: URIRef
    recipient: URIRef
    place: URIRef
    mode: URIRef
    trigger: URIRef
    date: URIRef
    dateText: URIRef
    status: URIRef
    negated: URIRef
    reportedBy: URIRef
    modeCategory: URIRef
    # Provenance shared by events and relation statements
    confidence: URIRef
    sentence: URIRef
    evidence: URIRef
    # Relation statements
    subject: URIRef
    predicate: URIRef
    object: URIRef
    roleTitle: URIRef

    # Relation properties, PLOVER category classes, direct predicates, mode and status concepts
    # come from kg.vocab so that the two lists cannot drift apart.
    _extras = [
        *vocab.RELATIONS,
        *vocab.PLOVER,
        *sorted(set(vocab.DIRECT_PREDICATES.values())),
        *(mode_local(c, m) for c, modes in vocab.MODES.items() for m in modes),
        *STATUS_CONCEPTS.values(),
    ]


def all_nkg_terms() -> list[URIRef]:
    """Every term `NKG` offers, for the ontology coverage test."""
    names = [n for n in NKG.__annotations__ if not n.startswith("_")] + list(NKG._extras)
    return [NKG[n] for n in names]


PREFIXES: dict[str, str] = {
    "nkg": ONTOLOGY_NS,
    "schema": str(SDO),
    "sem": str(SEM),
    "prov": str(PROV),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "time": str(TIME),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}

_REPO_ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


def ontology_dir() -> Path:
    """Folder holding newskg.ttl and shapes.ttl.

    In a checkout (or editable install) it is `ontology/` at the repository root; setup.py
    installs the same folder as the package `kg.ontology` for non-editable installs.
    """
    if (_REPO_ONTOLOGY / "newskg.ttl").is_file():
        return _REPO_ONTOLOGY
    packaged = Path(str(resources.files("kg") / "ontology"))
    if (packaged / "newskg.ttl").is_file():
        return packaged
    raise FileNotFoundError("ontology files not found in the checkout nor in the installed package")


def ontology_path() -> Path:
    return ontology_dir() / "newskg.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


__all__ = [
    "ITSRDF",
    "NIF",
    "NKG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SEM",
    "SKOS",
    "STATUS_CONCEPTS",
    "TIME",
    "XSD",
    "all_nkg_terms",
    "mode_local",
    "ontology_path",
    "shapes_path",
]
