"""The document model every stage reads and writes.

One `Document` flows through the pipeline: ingest fills the metadata and text,
text processing adds sentences (each with its spaCy `Doc`), extraction adds
mentions, entities, relations and events, resolution fills identities and
English labels, and the RDF / export stages only read.

Invariants that every stage keeps:
- `Document.text` is never altered. All positions are character offsets into it.
- Entities, relations and events refer to entities by their document-local `key`.
- Cross-document identity (IRIs) is set only by the resolution stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Coarse = Literal["PER", "ORG", "LOC", "MISC"]
EventStatus = Literal["asserted", "negated", "cancelled", "planned", "hypothetical", "reported_denied"]


@dataclass
class Sentence:
    """A sentence as a character range of the document text.

    `doc` is the spaCy `Doc` of exactly `text[start:end]`; token offsets in it are
    relative to `start` (use `Sentence.abs` to convert).
    """

    start: int
    end: int
    paragraph: int = 0
    doc: Any = None  # spacy.tokens.Doc | None

    def abs(self, rel: int) -> int:
        return self.start + rel


@dataclass
class Mention:
    """One occurrence of a name or description in the text."""

    start: int
    end: int
    text: str  # surface form without attached clitics (e.g. "بغداد" for "وبغداد")
    coarse: Coarse
    cls: str  # ontology class local name, see kg.vocab.ENTITY_CLASSES
    source: str  # extractor that found it: "ner", "gazetteer", "pattern", "coref", ...
    score: float = 1.0
    kind: Literal["name", "nominal", "pronoun"] = "name"
    entity: str | None = None  # key of the Entity this mention belongs to (set by coreference)
    sentence: int | None = None  # index into Document.sentences


@dataclass
class Entity:
    """A within-document entity: a cluster of mentions of one real-world thing."""

    key: str  # document-local key, e.g. "e3"
    label_ar: str  # canonical Arabic name (fullest proper-name mention, no clitics)
    coarse: Coarse
    cls: str
    mentions: list[int] = field(default_factory=list)  # indexes into Document.mentions
    aliases: list[str] = field(default_factory=list)  # Arabic surface forms, no clitics
    label_en: str | None = None
    label_en_method: Literal["dictionary", "gazetteer", "transliteration", "user"] | None = None
    iri: str | None = None  # set by resolution
    links: dict[str, str] = field(default_factory=dict)  # e.g. {"geonames": "...", "iso3166": "IQ"}
    evidence: list[str] = field(default_factory=list)  # why mentions were merged (audit trail)


@dataclass
class Relation:
    """A subject–predicate–object statement between two entities."""

    type: str  # see kg.vocab.RELATIONS, e.g. "leaderOf"
    subject: str  # entity key
    object: str  # entity key
    sentence: int  # index into Document.sentences
    start: int  # evidence span (character offsets into Document.text)
    end: int
    confidence: float
    extractor: str
    role_title: str | None = None  # e.g. "رئيس الحكومة"


@dataclass
class Event:
    """An event with PLOVER type, roles, time and modality.

    One real-world event mentioned in several sentences is one Event whose
    `mentions` lists every supporting (start, end) span; `sentence`/`start`/`end`
    point to the main (first, most complete) mention.
    """

    type: str  # PLOVER category, see kg.vocab.PLOVER
    mode: str | None
    trigger: str  # trigger surface form
    sentence: int
    start: int
    end: int
    actors: list[str] = field(default_factory=list)  # entity keys
    recipients: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    date_text: str | None = None  # the expression the date came from
    status: EventStatus = "asserted"
    attribution: str | None = None  # entity key of the source that reported it
    confidence: float = 0.5
    extractor: str = "rules"
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def negated(self) -> bool:
        return self.status in ("negated", "cancelled", "reported_denied")


@dataclass
class Document:
    """One news article and everything extracted from it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"
    # Character range of the article body (headline, dateline and trailing keyword/
    # related-headline lists are metadata, not body).
    body_start: int = 0
    body_end: int | None = None
    title_span: tuple[int, int] | None = None
    keywords: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.body_end is None:
            self.body_end = len(self.text)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character `offset`, if any."""
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return None

    def headline_size(self) -> int:
        """Number of sentences of the headline: the first paragraph when others follow it, else 0."""
        if not self.sentences:
            return 0
        first = sum(1 for s in self.sentences if s.paragraph == self.sentences[0].paragraph)
        return first if first < len(self.sentences) else 0

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)

    @property
    def language(self) -> str:
        return "ar"
