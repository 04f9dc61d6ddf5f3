"""Map one processed `Document` to RDF quads in the article's own named graph.

Provenance is attached here and only here: every event and relation statement is
derived from its article (prov:wasDerivedFrom), points to its sentence and evidence
span as NIF strings (RFC 5147 character ranges of the article text), is attributed
to its extractor and carries a confidence. Terms come from `kg.rdf.terms`, IRIs from
`kg.rdf.iris`; literals go through pyoxigraph `Literal`, which does all escaping.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad

from .. import vocab
from ..model import Document, Entity, Event, Relation
from . import iris
from .terms import ITSRDF, NIF, NKG, OWL, PROV, RDF, RDFS, SDO, SKOS, STATUS_CONCEPTS, TIME, XSD, mode_local

log = logging.getLogger(__name__)

Term = NamedNode | Literal

ENGLISH_METHODS = frozenset({"dictionary", "gazetteer", "user"})
# Only events reported as having happened get a direct triple (<actor> nkg:met <recipient>):
# negated, cancelled, denied, hypothetical and merely planned events stay on their event node.
DIRECT_STATUSES = frozenset({"asserted"})

_DATE_TYPES: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "date", "inXSDDate", "unitDay"),
    (re.compile(r"\d{4}-\d{2}"), "gYearMonth", "inXSDgYearMonth", "unitMonth"),
    (re.compile(r"\d{4}"), "gYear", "inXSDgYear", "unitYear"),
)
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
_LINK_IRIS: dict[str, tuple[re.Pattern[str], str]] = {
    "geonames": (re.compile(r"\d+"), "https://sws.geonames.org/{}/"),
    "wikidata": (re.compile(r"Q\d+"), "http://www.wikidata.org/entity/{}"),
}


@lru_cache(maxsize=4096)
def node(iri: str) -> NamedNode:
    """pyoxigraph node of an IRI (cached: ontology terms recur in every quad)."""
    return NamedNode(str(iri))


class _Nodes:
    """pyoxigraph nodes of one vocabulary by attribute or key, each built once.

    Resolution goes through the rdflib namespace, so `NKG` still rejects a misspelt term.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        term = node(str(self._namespace[name]))
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> NamedNode:
        return self.__dict__.get(name) or self.__getattr__(name)


nkg, nif, itsrdf, prov, sdo, skos, owl = (_Nodes(ns) for ns in (NKG, NIF, ITSRDF, PROV, SDO, SKOS, OWL))
rdf, rdfs, time_, xsd = (_Nodes(ns) for ns in (RDF, RDFS, TIME, XSD))


def decimal(value: float) -> Literal:
    """Confidence as a short xsd:decimal in [0, 1] ('0.5', '1.0')."""
    text = f"{min(max(float(value), 0.0), 1.0):.4f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=xsd.decimal)


def integer(value: int) -> Literal:
    # xsd:integer, not NIF's xsd:nonNegativeInteger: Oxigraph stores derived integer types as
    # xsd:integer, and a graph must read the same before and after the store.
    return Literal(str(int(value)), datatype=xsd.integer)


def ar(text: str) -> Literal:
    return Literal(text, language="ar")


class _Mapper:
    """Accumulates the quads of one document; one method per kind of node."""

    def __init__(self, doc: Document, base: str) -> None:
        self.doc = doc
        self.base = base
        self.graph = node(iris.graph_iri(base, doc.id))
        self.article = node(iris.article_iri(base, doc.id))
        self.context = node(iris.context_iri(base, doc.id, len(doc.text)))
        self.quads: list[Quad] = []
        self.strings: dict[tuple[int, int, str], NamedNode | None] = {}
        self.entity_nodes = {
            e.key: node(e.iri or iris.local_entity_iri(base, doc.id, e.key)) for e in doc.entities
        }

    def add(self, s: NamedNode, p: NamedNode, o: Term) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def type(self, s: NamedNode, *classes: NamedNode) -> None:
        for c in classes:
            self.add(s, rdf.type, c)

    def string(self, start: int, end: int, kind: NamedNode) -> NamedNode | None:
        """NIF string node of text[start:end], or None when the span is not inside the text."""
        key = (start, end, kind.value)
        if key not in self.strings:
            self.strings[key] = self._new_string(start, end, kind)
        return self.strings[key]

    def _new_string(self, start: int, end: int, kind: NamedNode) -> NamedNode | None:
        if not 0 <= start < end <= len(self.doc.text):
            log.warning("%s: span %s-%s outside the text, evidence dropped", self.doc.id, start, end)
            return None
        s = node(iris.char_iri(self.base, self.doc.id, start, end))
        self.type(s, kind, nif.RFC5147String)
        self.add(s, nif.beginIndex, integer(start))
        self.add(s, nif.endIndex, integer(end))
        self.add(s, nif.anchorOf, Literal(self.doc.text[start:end]))
        self.add(s, nif.referenceContext, self.context)
        return s

    def sentence(self, index: int) -> NamedNode | None:
        if not 0 <= index < len(self.doc.sentences):
            return None
        sent = self.doc.sentences[index]
        return self.string(sent.start, sent.end, nif.Sentence)

    def entity_ref(self, key: str | None) -> NamedNode | None:
        if key is None:
            return None
        ref = self.entity_nodes.get(key)
        if ref is None:
            log.warning("%s: unknown entity key %r", self.doc.id, key)
        return ref

    # -- article -------------------------------------------------------------------------

    def map_article(self) -> None:
        doc, art = self.doc, self.article
        self.type(art, nkg.Article)
        self.add(art, sdo.identifier, Literal(doc.id))
        if doc.title:
            self.add(art, sdo.headline, ar(doc.title))
        published = _published_literal(doc.published)
        if published is not None:
            self.add(art, sdo.datePublished, published)
        if doc.source:
            self.add(art, nkg.sourceName, Literal(doc.source))
        if doc.url:
            self.add(art, sdo.url, Literal(doc.url, datatype=xsd.anyURI))
        for keyword in doc.keywords:
            self.add(art, sdo.keywords, ar(keyword))
        self.add(art, nkg.hasContext, self.context)
        self.type(self.context, nif.Context, nif.RFC5147String)
        self.add(self.context, nif.isString, Literal(doc.text))
        self.add(self.context, nif.beginIndex, integer(0))
        self.add(self.context, nif.endIndex, integer(len(doc.text)))

    # -- entities ------------------------------------------------------------------------

    def map_entity(self, entity: Entity) -> None:
        ent = self.entity_nodes[entity.key]
        self.add(self.article, nkg.mentions, ent)
        self.type(ent, _entity_class(entity))
        self.add(ent, rdfs.label, ar(entity.label_ar))
        if entity.label_en:
            lang = "ar-Latn" if entity.label_en_method == "transliteration" else "en"
            self.add(ent, rdfs.label, Literal(entity.label_en, language=lang))
        if entity.label_en_method:
            self.add(ent, nkg.englishLabelMethod, Literal(entity.label_en_method))
        for alias in dict.fromkeys(entity.aliases):
            if alias != entity.label_ar:
                self.add(ent, skos.altLabel, ar(alias))
        for resource, value in sorted(entity.links.items()):
            self.map_link(ent, resource, value)
        for reason in entity.evidence:
            self.add(ent, nkg.mergeEvidence, Literal(reason))
        for index in entity.mentions:
            if 0 <= index < len(self.doc.mentions):
                mention = self.doc.mentions[index]
                phrase = self.string(mention.start, mention.end, nif.Phrase)
                if phrase is not None:
                    self.add(phrase, itsrdf.taIdentRef, ent)

    def map_link(self, ent: NamedNode, resource: str, value: str) -> None:
        value = str(value).strip()
        if resource in _LINK_IRIS and _LINK_IRIS[resource][0].fullmatch(value):
            self.add(ent, owl.sameAs, node(_LINK_IRIS[resource][1].format(value)))
        elif resource == "iso3166" and re.fullmatch(r"[A-Za-z]{2}", value):
            self.add(ent, nkg.iso3166Code, Literal(value.upper()))
        else:
            self.add(ent, nkg.externalId, Literal(f"{resource}:{value}"))

    # -- provenance shared by events and relation statements ----------------------------

    def provenance(
        self,
        s: NamedNode,
        sentences: Iterable[int],
        spans: Iterable[tuple[int, int]],
        extractors: Iterable[str],
    ) -> None:
        self.add(s, prov.wasDerivedFrom, self.article)
        for index in dict.fromkeys(sentences):
            sent = self.sentence(index)
            if sent is not None:
                self.add(s, nkg.sentence, sent)
        for start, end in dict.fromkeys(spans):
            span = self.string(start, end, nif.Phrase)
            if span is not None:
                self.add(s, nkg.evidence, span)
        for name in dict.fromkeys(extractors):
            agent = node(iris.extractor_iri(self.base, name))
            self.add(s, prov.wasAttributedTo, agent)
            self.type(agent, nkg.Extractor)
            self.add(agent, rdfs.label, Literal(name))

    # -- events --------------------------------------------------------------------------

    def map_event(self, event: Event) -> None:
        if event.type not in vocab.PLOVER:
            log.warning("%s: unknown PLOVER category %r, event dropped", self.doc.id, event.type)
            return
        ev = node(iris.event_iri(self.base, self.doc.id, event.start, event.end, event.type))
        self.type(ev, nkg.Event, nkg[event.type])
        if event.mode:
            if event.mode in vocab.MODES.get(event.type, ()):
                self.add(ev, nkg.mode, nkg[mode_local(event.type, event.mode)])
            else:
                log.warning("%s: unknown mode %r of %s", self.doc.id, event.mode, event.type)
        if event.trigger:
            self.add(ev, nkg.trigger, ar(event.trigger))
        roles = ((nkg.actor, event.actors), (nkg.recipient, event.recipients), (nkg.place, event.places))
        for prop, keys in roles:
            for key in keys:
                ref = self.entity_ref(key)
                if ref is not None:
                    self.add(ev, prop, ref)
        self.map_date(ev, event)
        self.add(ev, nkg.status, nkg[STATUS_CONCEPTS.get(event.status, "StatusAsserted")])
        self.add(ev, nkg.negated, Literal(event.negated))
        reporter = self.entity_ref(event.attribution)
        if reporter is not None:
            self.add(ev, nkg.reportedBy, reporter)
        self.add(ev, nkg.confidence, decimal(event.confidence))
        spans = [(event.start, event.end), *event.mentions]
        sentences = [
            event.sentence,
            *(i for i in (self.doc.sentence_at(s) for s, _ in event.mentions) if i is not None),
        ]
        self.provenance(ev, sentences, spans, [event.extractor])
        if event.status in DIRECT_STATUSES:
            self.map_direct(event)

    def map_date(self, ev: NamedNode, event: Event) -> None:
        if event.date_text:
            self.add(ev, nkg.dateText, ar(event.date_text))
        if not event.date:
            return
        for pattern, datatype, time_prop, unit in _DATE_TYPES:
            if pattern.fullmatch(event.date):
                value = Literal(event.date, datatype=xsd[datatype])
                self.add(ev, nkg.date, value)
                instant = node(iris.instant_iri(self.base, event.date))
                self.add(ev, time_.hasTime, instant)
                self.type(instant, time_.Instant)
                self.add(instant, time_[time_prop], value)
                self.add(instant, time_.unitType, time_[unit])
                return
        log.warning("%s: event date %r is not YYYY[-MM[-DD]]", self.doc.id, event.date)

    def map_direct(self, event: Event) -> None:
        name = vocab.direct_predicate(event.type, event.mode)
        targets = event.places if name == "visited" and event.places else event.recipients
        for a in event.actors:
            for t in targets:
                actor, target = self.entity_ref(a), self.entity_ref(t)
                if actor is not None and target is not None and actor != target:
                    self.add(actor, nkg[name], target)

    # -- relations -----------------------------------------------------------------------

    def map_relation_group(self, group: list[Relation]) -> None:
        first = group[0]
        subj, obj = self.entity_ref(first.subject), self.entity_ref(first.object)
        if subj is None or obj is None:
            return
        prop = nkg[first.type]
        self.add(subj, prop, obj)
        stmt = node(iris.relation_iri(self.base, self.doc.id, subj.value, first.type, obj.value))
        self.type(stmt, nkg.RelationStatement)
        self.add(stmt, nkg.subject, subj)
        self.add(stmt, nkg.predicate, prop)
        self.add(stmt, nkg.object, obj)
        for title in dict.fromkeys(r.role_title for r in group if r.role_title):
            self.add(stmt, nkg.roleTitle, ar(title))
        self.add(stmt, nkg.confidence, decimal(max(r.confidence for r in group)))
        self.provenance(
            stmt, [r.sentence for r in group], [(r.start, r.end) for r in group], [r.extractor for r in group]
        )


def _entity_class(entity: Entity) -> NamedNode:
    if entity.cls in vocab.ENTITY_CLASSES:
        return nkg[entity.cls]
    log.warning("unknown entity class %r, using the default for %s", entity.cls, entity.coarse)
    return nkg[vocab.DEFAULT_CLASS.get(entity.coarse, "OtherEntity")]


def _published_literal(published: str | None) -> Literal | None:
    if not published:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return Literal(published, datatype=xsd.date)
    if _DATETIME_RE.fullmatch(published):
        return Literal(published, datatype=xsd.dateTime)
    log.warning("publication date %r is not ISO 8601, dropped", published)
    return None


def _relation_groups(doc: Document) -> list[list[Relation]]:
    """Relations with the same subject, type and object are one statement with several evidences."""
    groups: dict[tuple[str, str, str], list[Relation]] = {}
    for rel in doc.relations:
        if rel.type not in vocab.RELATIONS:
            log.warning("%s: unknown relation %r dropped", doc.id, rel.type)
            continue
        groups.setdefault((rel.subject, rel.type, rel.object), []).append(rel)
    return list(groups.values())


def document_quads(doc: Document, base: str = iris.DEFAULT_BASE) -> list[Quad]:
    """All quads of one processed document, in its named graph `iris.graph_iri(base, doc.id)`.

    The result has no duplicates and the same order on every run for the same input.
    """
    mapper = _Mapper(doc, iris.check_base(base))
    mapper.map_article()
    for entity in doc.entities:
        mapper.map_entity(entity)
    seen: set[str] = set()
    for event in doc.events:
        key = iris.event_iri(mapper.base, doc.id, event.start, event.end, event.type)
        if key not in seen:  # one node per (span, category): a second reading would clash
            seen.add(key)
            mapper.map_event(event)
    for group in _relation_groups(doc):
        mapper.map_relation_group(group)
    return list(dict.fromkeys(mapper.quads))


def graph_node(doc_id: str, base: str = iris.DEFAULT_BASE) -> NamedNode:
    """Named graph node of an article (for `kg.store.replace_documents`)."""
    return node(iris.graph_iri(iris.check_base(base), doc_id))
