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

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef

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

_DATE_TYPES: tuple[tuple[re.Pattern[str], URIRef, URIRef, URIRef], ...] = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date, TIME.inXSDDate, TIME.unitDay),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth, TIME.inXSDgYearMonth, TIME.unitMonth),
    (re.compile(r"\d{4}"), XSD.gYear, TIME.inXSDgYear, TIME.unitYear),
)
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
_LINK_IRIS: dict[str, tuple[re.Pattern[str], str]] = {
    "geonames": (re.compile(r"\d+"), "https://sws.geonames.org/{}/"),
    "wikidata": (re.compile(r"Q\d+"), "http://www.wikidata.org/entity/{}"),
}


@lru_cache(maxsize=1024)
def node(iri: str) -> NamedNode:
    """pyoxigraph node of an IRI (cached: ontology terms recur in every quad)."""
    return NamedNode(str(iri))


def decimal(value: float) -> Literal:
    """Confidence as a short xsd:decimal in [0, 1] ('0.5', '1.0')."""
    text = f"{min(max(float(value), 0.0), 1.0):.4f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=node(XSD.decimal))


def integer(value: int) -> Literal:
    # xsd:integer, not NIF's xsd:nonNegativeInteger: Oxigraph stores derived integer types as
    # xsd:integer, and a graph must read the same before and after the store.
    return Literal(str(int(value)), datatype=node(XSD.integer))


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
        self.entity_nodes = {
            e.key: node(e.iri or iris.local_entity_iri(base, doc.id, e.key)) for e in doc.entities
        }

    def add(self, s: NamedNode, p: URIRef, o: Term) -> None:
        self.quads.append(Quad(s, node(p), o, self.graph))

    def type(self, s: NamedNode, *classes: URIRef) -> None:
        for c in classes:
            self.add(s, RDF.type, node(c))

    def string(self, start: int, end: int, kind: URIRef) -> NamedNode | None:
        """NIF string node of text[start:end], or None when the span is not inside the text."""
        if not 0 <= start < end <= len(self.doc.text):
            log.warning("%s: span %s-%s outside the text, evidence dropped", self.doc.id, start, end)
            return None
        s = node(iris.char_iri(self.base, self.doc.id, start, end))
        self.type(s, kind, NIF.RFC5147String)
        self.add(s, NIF.beginIndex, integer(start))
        self.add(s, NIF.endIndex, integer(end))
        self.add(s, NIF.anchorOf, Literal(self.doc.text[start:end]))
        self.add(s, NIF.referenceContext, self.context)
        return s

    def sentence(self, index: int) -> NamedNode | None:
        if not 0 <= index < len(self.doc.sentences):
            return None
        sent = self.doc.sentences[index]
        return self.string(sent.start, sent.end, NIF.Sentence)

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
        self.type(art, NKG.Article)
        self.add(art, SDO.identifier, Literal(doc.id))
        if doc.title:
            self.add(art, SDO.headline, ar(doc.title))
        published = _published_literal(doc.published)
        if published is not None:
            self.add(art, SDO.datePublished, published)
        if doc.source:
            self.add(art, NKG.sourceName, Literal(doc.source))
        if doc.url:
            self.add(art, SDO.url, Literal(doc.url, datatype=node(XSD.anyURI)))
        for keyword in doc.keywords:
            self.add(art, SDO.keywords, ar(keyword))
        self.add(art, NKG.hasContext, self.context)
        self.type(self.context, NIF.Context, NIF.RFC5147String)
        self.add(self.context, NIF.isString, Literal(doc.text))
        self.add(self.context, NIF.beginIndex, integer(0))
        self.add(self.context, NIF.endIndex, integer(len(doc.text)))

    # -- entities ------------------------------------------------------------------------

    def map_entity(self, entity: Entity) -> None:
        ent = self.entity_nodes[entity.key]
        self.add(self.article, NKG.mentions, ent)
        self.type(ent, _entity_class(entity))
        self.add(ent, RDFS.label, ar(entity.label_ar))
        if entity.label_en:
            lang = "ar-Latn" if entity.label_en_method == "transliteration" else "en"
            self.add(ent, RDFS.label, Literal(entity.label_en, language=lang))
        if entity.label_en_method:
            self.add(ent, NKG.englishLabelMethod, Literal(entity.label_en_method))
        for alias in dict.fromkeys(entity.aliases):
            if alias != entity.label_ar:
                self.add(ent, SKOS.altLabel, ar(alias))
        for resource, value in sorted(entity.links.items()):
            self.map_link(ent, resource, value)
        for reason in entity.evidence:
            self.add(ent, NKG.mergeEvidence, Literal(reason))
        for index in entity.mentions:
            if 0 <= index < len(self.doc.mentions):
                mention = self.doc.mentions[index]
                phrase = self.string(mention.start, mention.end, NIF.Phrase)
                if phrase is not None:
                    self.add(phrase, ITSRDF.taIdentRef, ent)

    def map_link(self, ent: NamedNode, resource: str, value: str) -> None:
        value = str(value).strip()
        if resource in _LINK_IRIS and _LINK_IRIS[resource][0].fullmatch(value):
            self.add(ent, OWL.sameAs, node(_LINK_IRIS[resource][1].format(value)))
        elif resource == "iso3166" and re.fullmatch(r"[A-Za-z]{2}", value):
            self.add(ent, NKG.iso3166Code, Literal(value.upper()))
        else:
            self.add(ent, NKG.externalId, Literal(f"{resource}:{value}"))

    # -- provenance shared by events and relation statements ----------------------------

    def provenance(
        self,
        s: NamedNode,
        sentences: Iterable[int],
        spans: Iterable[tuple[int, int]],
        extractors: Iterable[str],
    ) -> None:
        self.add(s, PROV.wasDerivedFrom, self.article)
        for index in dict.fromkeys(sentences):
            sent = self.sentence(index)
            if sent is not None:
                self.add(s, NKG.sentence, sent)
        for start, end in dict.fromkeys(spans):
            span = self.string(start, end, NIF.Phrase)
            if span is not None:
                self.add(s, NKG.evidence, span)
        for name in dict.fromkeys(extractors):
            agent = node(iris.extractor_iri(self.base, name))
            self.add(s, PROV.wasAttributedTo, agent)
            self.type(agent, NKG.Extractor)
            self.add(agent, RDFS.label, Literal(name))

    # -- events --------------------------------------------------------------------------

    def map_event(self, event: Event) -> None:
        if event.type not in vocab.PLOVER:
            log.warning("%s: unknown PLOVER category %r, event dropped", self.doc.id, event.type)
            return
        ev = node(iris.event_iri(self.base, self.doc.id, event.start, event.end, event.type))
        self.type(ev, NKG.Event, NKG[event.type])
        if event.mode:
            if event.mode in vocab.MODES.get(event.type, ()):
                self.add(ev, NKG.mode, node(NKG[mode_local(event.type, event.mode)]))
            else:
                log.warning("%s: unknown mode %r of %s", self.doc.id, event.mode, event.type)
        if event.trigger:
            self.add(ev, NKG.trigger, ar(event.trigger))
        roles = ((NKG.actor, event.actors), (NKG.recipient, event.recipients), (NKG.place, event.places))
        for prop, keys in roles:
            for key in keys:
                ref = self.entity_ref(key)
                if ref is not None:
                    self.add(ev, prop, ref)
        self.map_date(ev, event)
        self.add(ev, NKG.status, node(NKG[STATUS_CONCEPTS.get(event.status, "StatusAsserted")]))
        self.add(ev, NKG.negated, Literal(event.negated))
        reporter = self.entity_ref(event.attribution)
        if reporter is not None:
            self.add(ev, NKG.reportedBy, reporter)
        self.add(ev, NKG.confidence, decimal(event.confidence))
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
            self.add(ev, NKG.dateText, ar(event.date_text))
        if not event.date:
            return
        for pattern, datatype, time_prop, unit in _DATE_TYPES:
            if pattern.fullmatch(event.date):
                self.add(ev, NKG.date, Literal(event.date, datatype=node(datatype)))
                instant = node(iris.instant_iri(self.base, event.date))
                self.add(ev, TIME.hasTime, instant)
                self.type(instant, TIME.Instant)
                self.add(instant, time_prop, Literal(event.date, datatype=node(datatype)))
                self.add(instant, TIME.unitType, node(unit))
                return
        log.warning("%s: event date %r is not YYYY[-MM[-DD]]", self.doc.id, event.date)

    def map_direct(self, event: Event) -> None:
        name = vocab.direct_predicate(event.type, event.mode)
        targets = event.places if name == "visited" and event.places else event.recipients
        for a in event.actors:
            for t in targets:
                actor, target = self.entity_ref(a), self.entity_ref(t)
                if actor is not None and target is not None and actor != target:
                    self.add(actor, NKG[name], target)

    # -- relations -----------------------------------------------------------------------

    def map_relation_group(self, group: list[Relation]) -> None:
        first = group[0]
        subj, obj = self.entity_ref(first.subject), self.entity_ref(first.object)
        if subj is None or obj is None:
            return
        prop = NKG[first.type]
        self.add(subj, prop, obj)
        stmt = node(iris.relation_iri(self.base, self.doc.id, subj.value, first.type, obj.value))
        self.type(stmt, NKG.RelationStatement)
        self.add(stmt, NKG.subject, subj)
        self.add(stmt, NKG.predicate, node(prop))
        self.add(stmt, NKG.object, obj)
        for title in dict.fromkeys(r.role_title for r in group if r.role_title):
            self.add(stmt, NKG.roleTitle, ar(title))
        self.add(stmt, NKG.confidence, decimal(max(r.confidence for r in group)))
        self.provenance(
            stmt, [r.sentence for r in group], [(r.start, r.end) for r in group], [r.extractor for r in group]
        )


def _entity_class(entity: Entity) -> URIRef:
    if entity.cls in vocab.ENTITY_CLASSES:
        return NKG[entity.cls]
    log.warning("unknown entity class %r, using the default for %s", entity.cls, entity.coarse)
    return NKG[vocab.DEFAULT_CLASS.get(entity.coarse, "OtherEntity")]


def _published_literal(published: str | None) -> Literal | None:
    if not published:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return Literal(published, datatype=node(XSD.date))
    if _DATETIME_RE.fullmatch(published):
        return Literal(published, datatype=node(XSD.dateTime))
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
