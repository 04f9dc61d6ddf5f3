"""Names the extractors may produce: entity classes, relations, PLOVER categories.

These are local names of terms in `ontology/newskg.ttl` (namespace
`https://w3id.org/newskg/ontology#`). The ontology is the source of truth; a test
checks that every name here is declared there, so an extractor cannot emit a term
the ontology lacks.
"""

from __future__ import annotations

# Ontology class local name -> coarse type used in entities.jsonl
ENTITY_CLASSES: dict[str, str] = {
    "Person": "PER",
    "Organization": "ORG",
    "GovernmentOrganization": "ORG",
    "ArmedGroup": "ORG",
    "PoliticalParty": "ORG",
    "MediaOrganization": "ORG",
    "Place": "LOC",
    "Country": "LOC",
    "City": "LOC",
    "Region": "LOC",
    "Facility": "LOC",
    "OtherEntity": "MISC",
}

DEFAULT_CLASS: dict[str, str] = {
    "PER": "Person",
    "ORG": "Organization",
    "LOC": "Place",
    "MISC": "OtherEntity",
}

RELATIONS: tuple[str, ...] = (
    "leaderOf",
    "deputyOf",
    "memberOf",
    "partOf",
    "locatedIn",
    "affiliatedWith",
    "spokespersonOf",
)

# PLOVER event categories (openeventdata/PLOVER).
PLOVER: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "PROTEST",
    "CRIME",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER modes the extractors use, per category.
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "host", "meet", "phone", "third-party"),
    "ASSAULT": ("aerial", "bombing", "firearms", "beat", "assassination", "primitive", "CBRN"),
    "PROTEST": ("demonstrate", "riot", "strike", "hunger", "occupy"),
    "COERCE": ("arrest", "seize", "restrict", "deport", "ban", "censor"),
    "SANCTION": ("break-relations", "withdraw", "embargo", "sanction"),
    "AID": ("economic", "military", "humanitarian"),
    "REQUEST": ("ask", "urge", "demand"),
    "THREATEN": ("military", "sanction"),
    "MOBILIZE": ("troops", "alert"),
}

# Direct predicate (local name) for easy queries: <actor> predicate <recipient/place>.
# Keyed by (category, mode); (category, None) is the fallback for the category.
DIRECT_PREDICATES: dict[tuple[str, str | None], str] = {
    ("CONSULT", "visit"): "visited",
    ("CONSULT", "meet"): "met",
    ("CONSULT", "host"): "hosted",
    ("CONSULT", "phone"): "calledWith",
    ("CONSULT", None): "consultedWith",
    ("ASSAULT", None): "attacked",
    ("ASSAULT", "assassination"): "killed",
    ("REQUEST", None): "requested",
    ("AGREE", None): "agreedWith",
    ("SUPPORT", None): "supported",
    ("CONCEDE", None): "concededTo",
    ("COOPERATE", None): "cooperatedWith",
    ("AID", None): "aided",
    ("RETREAT", None): "retreatedFrom",
    ("INVESTIGATE", None): "investigated",
    ("ACCUSE", None): "accused",
    ("REJECT", None): "rejected",
    ("THREATEN", None): "threatened",
    ("SANCTION", None): "sanctioned",
    ("PROTEST", None): "protestedAgainst",
    ("CRIME", None): "committedCrimeAgainst",
    ("MOBILIZE", None): "mobilizedAgainst",
    ("COERCE", None): "coerced",
}


def direct_predicate(category: str, mode: str | None) -> str:
    """Direct property local name for an event of `category` / `mode`."""
    return DIRECT_PREDICATES.get((category, mode)) or DIRECT_PREDICATES[(category, None)]
