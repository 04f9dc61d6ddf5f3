"""The JSONL output contract: `entities.jsonl` and `facts.jsonl`.

These two files are what the shared scorer and downstream users read, so the field
names and types here are a contract (see `validate_entity_record` /
`validate_fact_record`). Entities are aggregated over documents by IRI; every
entity reference in a fact is the same id that `entities.jsonl` carries.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.export.atomic import atomic_write
from kg.model import Document, Entity, Event, Relation
from kg.rdf.iris import DEFAULT_BASE, local_entity_iri
from kg.vocab import DIRECT_PREDICATES, direct_predicate

log = logging.getLogger(__name__)

COARSE_TYPES = ("PER", "ORG", "LOC", "MISC")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Quotes and punctuation a mention span may carry at its edges (news text quotes names: "قاآني").
_EDGE_PUNCT = "\"'«»“”‘’`()[]{}،,.:;!?؟-–— \t\n\u200c\u200d\u200e\u200f"
# Which English label wins when documents disagree: a person's choice first, guesses last.
_EN_METHOD_RANK = {"user": 0, "dictionary": 1, "gazetteer": 2, "transliteration": 3, None: 4}


def entity_id(doc: Document, entity: Entity, base: str = DEFAULT_BASE) -> str:
    """The entity's IRI, or the article-scoped IRI the RDF mapping also uses when
    resolution left it unset (so JSONL and RDF name the entity alike)."""
    if entity.iri:
        return entity.iri
    return local_entity_iri(base, doc.id, entity.key)


def _id_map(doc: Document, base: str) -> dict[str, str]:
    return {e.key: entity_id(doc, e, base) for e in doc.entities}


# ---------------------------------------------------------------- entities


def _name_surfaces(doc: Document, entity: Entity) -> list[str]:
    """Arabic surface forms of an entity: its aliases, then its name mentions' texts."""
    forms = [entity.label_ar, *entity.aliases]
    for i in entity.mentions:
        if 0 <= i < len(doc.mentions) and doc.mentions[i].kind == "name":
            forms.append(doc.mentions[i].text)
    return [c for c in map(clean_name, forms) if c]


def clean_name(text: str | None) -> str:
    """A name as exported: edge quotes/punctuation removed, inner whitespace collapsed."""
    return " ".join((text or "").strip(_EDGE_PUNCT).split())


def _most_common(values: list[str]) -> str:
    """Most frequent value; ties go to the longest (fullest name), then first seen."""
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], len(v)))


def _merge_entity(acc: dict[str, Any], doc: Document, entity: Entity) -> None:
    label = clean_name(entity.label_ar)
    if label:
        acc["_labels"].append(label)
    acc["_coarse"].append(entity.coarse)
    acc["_classes"].append(entity.cls)
    if entity.label_en:
        acc["_en"].append((_EN_METHOD_RANK.get(entity.label_en_method, 4), entity.label_en))
    for form in _name_surfaces(doc, entity):
        if form not in acc["aliases"]:
            acc["aliases"].append(form)
    if doc.id not in acc["docs"]:
        acc["docs"].append(doc.id)
    for k, v in entity.links.items():
        acc["links"].setdefault(k, v)
    acc["mentions"] += len(entity.mentions)


def _finish_entity(acc: dict[str, Any]) -> dict[str, Any]:
    en = min(acc["_en"], key=lambda t: t[0])[1] if acc["_en"] else None
    return {
        "id": acc["id"],
        "label_ar": _most_common(acc["_labels"] or acc["aliases"] or [acc["id"]]),
        "label_en": en,
        "aliases": acc["aliases"],
        "coarse": _most_common(acc["_coarse"]),
        "class": _most_common(acc["_classes"]),
        "docs": acc["docs"],
        "links": acc["links"],
        "mentions": acc["mentions"],
    }


def entity_records(docs: Iterable[Document], base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    """One record per entity id, aggregated over all documents, in first-seen order."""
    accs: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for entity in doc.entities:
            eid = entity_id(doc, entity, base)
            acc = accs.setdefault(
                eid,
                {"id": eid, "_labels": [], "_coarse": [], "_classes": [], "_en": [],
                 "aliases": [], "docs": [], "links": {}, "mentions": 0},
            )
            _merge_entity(acc, doc, entity)
    return [_finish_entity(a) for a in accs.values()]


# ---------------------------------------------------------------- facts


def _sentence(doc: Document, index: int, start: int, end: int) -> str:
    """Text of sentence `index`, or of the evidence span when sentences are missing."""
    if 0 <= index < len(doc.sentences):
        return doc.sentence_text(index).strip()
    return doc.text[start:end].strip()


def _ids(keys: list[str], ids: dict[str, str], doc: Document) -> list[str]:
    out = []
    for key in keys:
        if key in ids:
            if ids[key] not in out:
                out.append(ids[key])
        else:
            log.warning("%s: fact refers to unknown entity key %r; dropped", doc.id, key)
    return out


def _event_record(doc: Document, ev: Event, ids: dict[str, str]) -> dict[str, Any] | None:
    if (ev.type, None) not in DIRECT_PREDICATES:
        log.warning("%s: event type %r is not a PLOVER category; skipped", doc.id, ev.type)
        return None
    return {
        "doc": doc.id,
        "kind": "event",
        "type": ev.type,
        "mode": ev.mode,
        "predicate": direct_predicate(ev.type, ev.mode),
        "actor": _ids(ev.actors, ids, doc),
        "recipient": _ids(ev.recipients, ids, doc),
        "place": _ids(ev.places, ids, doc),
        "date": ev.date if ev.date and _DATE_RE.match(ev.date) else None,
        "negated": ev.negated,
        "sentence": _sentence(doc, ev.sentence, ev.start, ev.end),
        "span": [ev.start, ev.end],
        "confidence": float(ev.confidence),
        "status": ev.status,
        "trigger": ev.trigger,
        "date_text": ev.date_text,
        "attribution": ids.get(ev.attribution) if ev.attribution else None,
        "mentions": [[s, e] for s, e in ev.mentions],
        "extractor": ev.extractor,
    }


def _relation_record(doc: Document, rel: Relation, ids: dict[str, str]) -> dict[str, Any] | None:
    if rel.subject not in ids or rel.object not in ids:
        log.warning("%s: relation %s refers to an unknown entity; skipped", doc.id, rel.type)
        return None
    return {
        "doc": doc.id,
        "kind": "relation",
        "type": rel.type,
        "mode": None,
        "predicate": rel.type,
        "subject": ids[rel.subject],
        "object": ids[rel.object],
        "date": None,
        "negated": False,
        "sentence": _sentence(doc, rel.sentence, rel.start, rel.end),
        "span": [rel.start, rel.end],
        "confidence": float(rel.confidence),
        "role_title": rel.role_title,
        "extractor": rel.extractor,
    }


def fact_records(doc: Document, base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    """Events then relations of one document, each in text order."""
    ids = _id_map(doc, base)
    events = [_event_record(doc, ev, ids) for ev in sorted(doc.events, key=lambda e: (e.start, e.end))]
    rels = [_relation_record(doc, r, ids) for r in sorted(doc.relations, key=lambda r: (r.start, r.end))]
    return [r for r in (*events, *rels) if r is not None]


# ---------------------------------------------------------------- validation


def _check(cond: bool, rec: dict[str, Any], msg: str) -> None:
    if not cond:
        raise ValueError(f"{msg}: {json.dumps(rec, ensure_ascii=False)[:300]}")


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) and x for x in v)


def validate_entity_record(rec: dict[str, Any]) -> None:
    """Raise ValueError unless `rec` follows the entities.jsonl contract."""
    _check(isinstance(rec.get("id"), str) and bool(rec["id"]), rec, "entity id must be a non-empty string")
    _check(isinstance(rec.get("label_ar"), str) and bool(rec["label_ar"]), rec, "label_ar must be a string")
    _check(rec.get("label_en") is None or isinstance(rec["label_en"], str), rec, "label_en: str or null")
    _check(_is_str_list(rec.get("aliases")), rec, "aliases must be a list of strings")
    _check(rec.get("coarse") in COARSE_TYPES, rec, f"coarse must be one of {COARSE_TYPES}")
    _check(isinstance(rec.get("class"), str) and bool(rec["class"]), rec, "class must be a string")
    _check(_is_str_list(rec.get("docs")) and bool(rec["docs"]), rec, "docs must be a non-empty list")


def _validate_common(rec: dict[str, Any]) -> None:
    _check(isinstance(rec.get("doc"), str), rec, "doc must be a string")
    _check(rec.get("kind") in ("event", "relation"), rec, "kind must be event or relation")
    _check(isinstance(rec.get("type"), str), rec, "type must be a string")
    _check(rec.get("mode") is None or isinstance(rec["mode"], str), rec, "mode: str or null")
    _check(isinstance(rec.get("predicate"), str), rec, "predicate must be a string")
    date = rec.get("date")
    date_ok = date is None or (isinstance(date, str) and bool(_DATE_RE.match(date)))
    _check(date_ok, rec, "date must be null or YYYY[-MM[-DD]]")
    _check(isinstance(rec.get("negated"), bool), rec, "negated must be a bool")
    _check(isinstance(rec.get("sentence"), str), rec, "sentence must be a string")
    span = rec.get("span")
    _check(isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
           and span[0] <= span[1], rec, "span must be [start, end]")
    _check(isinstance(rec.get("confidence"), float), rec, "confidence must be a float")


def validate_fact_record(rec: dict[str, Any]) -> None:
    """Raise ValueError unless `rec` follows the facts.jsonl contract."""
    _validate_common(rec)
    if rec["kind"] == "event":
        for role in ("actor", "recipient", "place"):
            _check(_is_str_list(rec.get(role)), rec, f"{role} must be a list of entity ids")
    else:
        for role in ("subject", "object"):
            _check(isinstance(rec.get(role), str) and bool(rec[role]), rec, f"{role} must be an entity id")


# ---------------------------------------------------------------- files


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object per line, atomically; returns the number of lines."""
    n = 0
    with atomic_write(path) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file of objects; a bad line raises ValueError naming file:line."""
    out: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{lineno}: invalid JSON: {err.msg} (column {err.colno})") from None
            if not isinstance(rec, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object, got {type(rec).__name__}")
            out.append(rec)
    return out


def write_entities(
    docs: Iterable[Document], path: str | Path, base: str = DEFAULT_BASE
) -> list[dict[str, Any]]:
    """Write entities.jsonl; returns the records written."""
    recs = entity_records(docs, base)
    write_jsonl(path, recs)
    return recs


def write_facts(docs: Iterable[Document], path: str | Path, base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    """Write facts.jsonl; returns the records written."""
    recs = [r for doc in docs for r in fact_records(doc, base)]
    write_jsonl(path, recs)
    return recs
