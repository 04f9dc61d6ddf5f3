"""Helpers shared by the tests of each round's names, relations and events (test_names_roundN.py,
test_relations_roundN.py, test_events_roundN.py): run the pipeline on a sentence and read what it
found."""

from __future__ import annotations

from kg.extract.events import detect, extract_events
from kg.extract.time import date_events
from kg.model import Document, Entity, Event


def run(nlp_pipe, text: str, published: str, source: str | None = None, url: str | None = None) -> Document:
    doc = Document(id="t", text=text, published=published, source=source, url=url)
    nlp_pipe(doc)
    return doc


def names(doc: Document) -> set[tuple[str, str]]:
    return {(m.text, m.coarse) for m in doc.mentions if m.kind == "name"}


def entity_of(doc: Document, text: str) -> Entity | None:
    """The entity of the first mention with this text (None when there is no such mention or entity)."""
    m = next((m for m in doc.mentions if m.text == text), None)
    return doc.entity(m.entity) if m is not None and m.entity else None


def triples(nlp_pipe, text: str, published: str) -> set[tuple[str, str, str]]:
    doc = run(nlp_pipe, text, published)
    return {(doc.entity(r.subject).label_ar, r.type, doc.entity(r.object).label_ar) for r in doc.relations}


def about(found: set[tuple[str, str, str]], subject: str, obj: str) -> set[str]:
    """The relation types from the entity whose label starts with `subject` to the one with `obj`."""
    return {r for s, r, o in found if s.startswith(subject) and o.startswith(obj)}


def detected(nlp_pipe, text: str, published: str) -> tuple[Document, list[Event]]:
    """The document after the stages before `events`, and every event detected in it (before merging)."""
    doc = run(nlp_pipe, text, published)
    return doc, [d.event for d in detect(doc)]


def labels(doc: Document, keys: list[str]) -> set[str]:
    return {doc.entity(k).label_ar for k in keys}


def of(events: list[Event], category: str) -> list[Event]:
    return [e for e in events if e.type == category]


def dated(pipe, text: str, published: str) -> Document:
    """The document with its merged events and their dates (the events and time stages run for real)."""
    doc = run(pipe, text, published)
    doc.events = extract_events(doc)
    date_events(doc)
    return doc
