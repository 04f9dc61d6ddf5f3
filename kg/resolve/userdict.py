"""User dictionaries: an analyst's own names, English labels and identifiers.

Two formats are read:

CSV (UTF-8, header row), columns `label_ar` (required), `label_en`, `aliases`
(`|`-separated Arabic forms), `type` (PER / ORG / LOC or an ontology class such as
`ArmedGroup`), `wikidata` (Q-id), `geonames` (numeric id), `iso3166` (alpha-2).

Turtle: one subject per entry with `rdfs:label "..."@ar` (first one, in sorted order, is
the label; more become aliases), `rdfs:label "..."@en`, `skos:altLabel "..."@ar`,
`rdf:type` (a class whose local name is in kg.vocab.ENTITY_CLASSES) and `owl:sameAs`
Wikidata / GeoNames IRIs.

Entries give English labels (method "user"), identifiers (Entity.links) and force
the identity of their aliases across documents (see kg.resolve.identity).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.text.normalize import normalize
from kg.vocab import DEFAULT_CLASS, ENTITY_CLASSES

_QID = re.compile(r"^Q[1-9]\d*$")
_WD_IRI = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[1-9]\d*)$")
_GN_IRI = re.compile(r"^https?://(?:sws\.|www\.)?geonames\.org/(\d+)(?:/.*)?$")
_ARABIC = re.compile("[\u0600-\u06ff]")


class UserDictionaryError(ValueError):
    """A user dictionary has rows that cannot be used; the message lists each as file:line."""


@dataclass
class UserEntry:
    label_ar: str
    label_en: str | None
    aliases: list[str] = field(default_factory=list)
    coarse: str | None = None  # PER / ORG / LOC, None when the file does not say
    cls: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    origin: str = ""  # "file:line" (CSV) or the subject IRI (Turtle)

    @property
    def forms(self) -> list[str]:
        return [self.label_ar, *self.aliases]


def _parse_type(value: str) -> tuple[str | None, str | None]:
    """'PER' -> ('PER', 'Person'); 'ArmedGroup' -> ('ORG', 'ArmedGroup'); '' -> (None, None)."""
    v = value.strip()
    if not v:
        return None, None
    if v.upper() in DEFAULT_CLASS:
        return v.upper(), DEFAULT_CLASS[v.upper()]
    if v in ENTITY_CLASSES:
        return ENTITY_CLASSES[v], v
    raise ValueError(f"unknown type {v!r} (use PER, ORG, LOC or one of {', '.join(ENTITY_CLASSES)})")


def _csv_entry(row: dict[str, str], origin: str) -> UserEntry:
    label_ar = (row.get("label_ar") or "").strip()
    if not label_ar or not _ARABIC.search(label_ar):
        raise ValueError("label_ar is missing or not Arabic")
    coarse, cls = _parse_type(row.get("type") or "")
    links = {}
    wd = (row.get("wikidata") or "").strip()
    if wd:
        if not _QID.match(wd):
            raise ValueError(f"wikidata {wd!r} is not a Q-identifier")
        links["wikidata"] = wd
    gn = (row.get("geonames") or "").strip()
    if gn:
        if not gn.isdigit():
            raise ValueError(f"geonames {gn!r} is not a numeric id")
        links["geonames"] = gn
    iso = (row.get("iso3166") or "").strip().upper()
    if iso:
        if not re.fullmatch(r"[A-Z]{2}", iso):
            raise ValueError(f"iso3166 {iso!r} is not an alpha-2 code")
        links["iso3166"] = iso
    aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
    label_en = (row.get("label_en") or "").strip() or None
    return UserEntry(label_ar, label_en, aliases, coarse, cls, links, origin)


def _load_csv(path: Path) -> list[UserEntry]:
    entries, errors = [], []
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "label_ar" not in reader.fieldnames:
            raise UserDictionaryError(f"{path}:1: header must name a label_ar column")
        for row in reader:
            origin = f"{path}:{reader.line_num}"
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            try:
                entries.append(_csv_entry(row, origin))
            except ValueError as err:
                errors.append(f"{origin}: {err}")
    if errors:
        raise UserDictionaryError("\n".join(errors))
    return entries


def _literals(graph, subject, predicate, lang: str) -> list[str]:  # noqa: ANN001 (rdflib types)
    return sorted(str(o) for o in graph.objects(subject, predicate) if getattr(o, "language", None) == lang)


def _ttl_entry(graph, subject) -> UserEntry:  # noqa: ANN001 (rdflib types)
    from rdflib import OWL, RDF, RDFS, SKOS

    ar = _literals(graph, subject, RDFS.label, "ar")
    en = _literals(graph, subject, RDFS.label, "en")
    alt = _literals(graph, subject, SKOS.altLabel, "ar")
    if not ar:
        raise ValueError("no rdfs:label with language tag @ar")
    coarse = cls = None
    for t in sorted(str(o) for o in graph.objects(subject, RDF.type)):
        local = re.split(r"[#/]", t)[-1]
        if local in ENTITY_CLASSES:
            coarse, cls = ENTITY_CLASSES[local], local
            break
    links = {}
    for same in sorted(str(o) for o in graph.objects(subject, OWL.sameAs)):
        if m := _WD_IRI.match(same):
            links["wikidata"] = m.group(1)
        elif m := _GN_IRI.match(same):
            links["geonames"] = m.group(1)
    return UserEntry(ar[0], en[0] if en else None, ar[1:] + alt, coarse, cls, links, str(subject))


def _load_turtle(path: Path) -> list[UserEntry]:
    from rdflib import RDFS, Graph

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises several parser exception types
        raise UserDictionaryError(f"{path}: not valid Turtle: {err}") from err
    entries, errors = [], []
    for subject in sorted(set(graph.subjects(RDFS.label)), key=str):
        try:
            entries.append(_ttl_entry(graph, subject))
        except ValueError as err:
            errors.append(f"{path}: <{subject}>: {err}")
    if errors:
        raise UserDictionaryError("\n".join(errors))
    return entries


def load_user_dictionary(path: str | Path) -> list[UserEntry]:
    """Read a CSV or Turtle (.ttl) user dictionary; raises UserDictionaryError listing every bad row."""
    p = Path(path)
    if not p.exists():
        raise UserDictionaryError(f"{p}: no such file")
    return _load_turtle(p) if p.suffix.lower() in (".ttl", ".turtle") else _load_csv(p)


def gazetteer_entries(entries: list[UserEntry]) -> list[dict[str, str]]:
    """Entries as {name, coarse, cls} rows for the entities stage's `extra_gazetteer`.

    Entries without a type are left out: the gazetteer must say what a name is.
    """
    out, seen = [], set()
    for e in entries:
        if not e.coarse:
            continue
        for form in e.forms:
            key = (normalize(form), e.coarse)
            if key[0] and key not in seen:
                seen.add(key)
                out.append({"name": form, "coarse": e.coarse, "cls": e.cls or DEFAULT_CLASS[e.coarse]})
    return out
