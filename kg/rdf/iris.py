"""Every IRI the project mints is made here, and only here.

IRIs are safe by construction: local parts are either hashes or percent-encoded
with `urllib.parse.quote(safe="")`, so article text can never inject `>`, spaces
or `#` into a Turtle file. The same input gives the same IRI on every run.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/newskg/id/"
ONTOLOGY_NS = "https://w3id.org/newskg/ontology#"

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def check_base(base: str) -> str:
    """Validate a user-supplied base IRI and return it ending with '/' or '#'."""
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", base):
        raise ValueError(f"not a valid absolute IRI base: {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def digest(*parts: str, length: int = 12) -> str:
    """Short stable hash of the given parts."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return h[:length]


def slug(text: str | None, max_len: int = 40) -> str:
    """ASCII slug of an (English) label, or '' when none is usable."""
    if not text:
        return ""
    s = _SLUG_RE.sub("-", text.lower()).strip("-")
    return s[:max_len].rstrip("-")


def entity_iri(base: str, coarse: str, identity_key: str) -> str:
    """IRI of a resolved entity.

    `identity_key` is the resolver's canonical key (normalised Arabic name plus
    type); it alone decides the IRI, so changing an English label never renames
    an entity.
    """
    kind = {"PER": "person", "ORG": "organization", "LOC": "place"}.get(coarse, "thing")
    return f"{base}{kind}/{digest(coarse, identity_key)}"


def article_iri(base: str, doc_id: str) -> str:
    return f"{base}article/{quote(doc_id, safe='')}"


def graph_iri(base: str, doc_id: str) -> str:
    """Named graph holding every statement extracted from one article."""
    return f"{base}graph/{quote(doc_id, safe='')}"


def char_iri(base: str, doc_id: str, start: int, end: int) -> str:
    """NIF / RFC 5147 string IRI of a character range of an article's text."""
    return f"{article_iri(base, doc_id)}#char={int(start)},{int(end)}"


def event_iri(base: str, doc_id: str, start: int, end: int, category: str) -> str:
    return f"{base}event/{digest(doc_id, str(start), str(end), category)}"


def relation_iri(base: str, doc_id: str, subject_iri: str, rel_type: str, object_iri: str) -> str:
    return f"{base}statement/{digest(doc_id, subject_iri, rel_type, object_iri)}"


def extractor_iri(base: str, name: str) -> str:
    return f"{base}agent/{quote(name, safe='')}"


def local_entity_iri(base: str, doc_id: str, key: str) -> str:
    """IRI of an entity that resolution left without one: scoped to its article, never merged."""
    return f"{base}local/{digest(doc_id, key)}"


def context_iri(base: str, doc_id: str, length: int) -> str:
    """NIF context: the whole article text, as the character range 0..length."""
    return char_iri(base, doc_id, 0, length)


def instant_iri(base: str, date: str) -> str:
    """OWL-Time instant of an ISO date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'); shared by all articles."""
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", date):
        raise ValueError(f"not an ISO date: {date!r}")
    return f"{base}time/{date}"
