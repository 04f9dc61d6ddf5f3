"""A hand-built processed Document: real sentences, entities/events/relations set as the extractor would.

The text is an excerpt of the seed article (/work/shared/data/seed/article.txt, an Arabic news report
of 21 November 2020); offsets are computed from the text, never typed in.
"""

from __future__ import annotations

import copy

from pyoxigraph import Quad

from kg.model import Document, Entity, Event, Mention, Relation, Sentence
from kg.rdf import iris
from kg.rdf.mapping import document_quads
from kg.text.normalize import normalize

TITLE = "قائد فيلق القدس يزور بغداد ويلتقي الكاظمي وفصائل مسلحة"
PARAGRAPHS = [
    TITLE,
    "السبت 21 نوفمبر 2020 06:00 م",
    'زار قائد فيلق القدس التابع للحرس الثوري الإيراني الجنرال "إسماعيل قاآني"، العاصمة العراقية بغداد، '
    "الأربعاء الماضي، والتقى زعماء ميليشيات مسلحة مختلفة، قبل أن يجري اجتماعا مع رئيس الحكومة العراقية "
    '"مصطفى الكاظمي".',
    'وحث قائد "فيلق القدس"، الجماعات المسلحة على ضبط التهدئة ومنع تكرار القصف.',
]
TEXT = "\n\n".join(PARAGRAPHS)

# key -> (text of the mention span, canonical Arabic label, coarse, class). "للحرس" is the
# preposition لـ fused with the article, so the mention covers only the noun phrase after it.
ENTITIES: dict[str, tuple[str, str, str, str]] = {
    "qaani": ("إسماعيل قاآني", "إسماعيل قاآني", "PER", "Person"),
    "quds": ("فيلق القدس", "فيلق القدس", "ORG", "ArmedGroup"),
    "irgc": ("حرس الثوري الإيراني", "الحرس الثوري الإيراني", "ORG", "GovernmentOrganization"),
    "baghdad": ("بغداد", "بغداد", "LOC", "City"),
    "kadhimi": ("مصطفى الكاظمي", "مصطفى الكاظمي", "PER", "Person"),
    "gov": ("الحكومة العراقية", "الحكومة العراقية", "ORG", "GovernmentOrganization"),
    "militias": ("الجماعات المسلحة", "الجماعات المسلحة", "ORG", "ArmedGroup"),
}


def span(needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def _sentences() -> list[Sentence]:
    out, pos = [], 0
    for i, para in enumerate(PARAGRAPHS):
        start = TEXT.index(para, pos)
        out.append(Sentence(start, start + len(para), paragraph=i))
        pos = start + len(para)
    return out


def _entities(doc: Document, base: str) -> None:
    body = doc.body_start
    for key, (needle, label, coarse, cls) in ENTITIES.items():
        start, end = span(needle, body)
        doc.mentions.append(
            Mention(start, end, label, coarse, cls, "ner", entity=key, sentence=doc.sentence_at(start))
        )
        doc.entities.append(
            Entity(
                key,
                label,
                coarse,
                cls,
                mentions=[len(doc.mentions) - 1],
                aliases=[label],
                iri=iris.entity_iri(base, coarse, f"{normalize(label)}|{coarse}"),
            )
        )
    quds = doc.entity("quds")
    start, end = span("فيلق القدس", span("وحث")[0])
    doc.mentions.append(Mention(start, end, "فيلق القدس", "ORG", "ArmedGroup", "ner", entity="quds"))
    quds.mentions.append(len(doc.mentions) - 1)
    quds.evidence.append("same normalised name")
    qaani, baghdad = doc.entity("qaani"), doc.entity("baghdad")
    qaani.aliases.append("قاآني")
    qaani.label_en, qaani.label_en_method = "Esmail Qaani", "transliteration"
    baghdad.label_en, baghdad.label_en_method = "Baghdad", "gazetteer"
    baghdad.links = {"geonames": "98182", "wikidata": "Q1530"}


def _events(doc: Document) -> None:
    visit = span("زار")
    doc.events.append(
        Event(
            "CONSULT",
            "visit",
            "زار",
            doc.sentence_at(visit[0]),
            *visit,
            actors=["qaani"],
            places=["baghdad"],
            date="2020-11-18",
            date_text="الأربعاء الماضي",
            confidence=0.9,
            extractor="rules",
        )
    )
    meet = span("اجتماعا")
    doc.events.append(
        Event(
            "CONSULT",
            "meet",
            "اجتماعا",
            doc.sentence_at(meet[0]),
            *meet,
            actors=["qaani"],
            recipients=["kadhimi"],
            places=["baghdad"],
            date="2020-11",
            confidence=0.8,
        )
    )
    urge = span("حث")
    doc.events.append(
        Event(
            "REQUEST",
            "urge",
            "حث",
            doc.sentence_at(urge[0]),
            *urge,
            actors=["quds"],
            recipients=["militias"],
            confidence=0.7,
            extractor="rules",
        )
    )


def _relations(doc: Document) -> None:
    lead = span('قائد فيلق القدس التابع للحرس الثوري الإيراني الجنرال "إسماعيل قاآني"')
    sent = doc.sentence_at(lead[0])
    doc.relations.append(Relation("leaderOf", "qaani", "quds", sent, *lead, 0.9, "rules", role_title="قائد"))
    doc.relations.append(
        Relation(
            "partOf", "quds", "irgc", sent, *span("فيلق القدس التابع للحرس الثوري الإيراني"), 0.8, "rules"
        )
    )
    pm = span('رئيس الحكومة العراقية "مصطفى الكاظمي"')
    doc.relations.append(
        Relation("leaderOf", "kadhimi", "gov", sent, *pm, 0.85, "rules", role_title="رئيس الحكومة")
    )


def sample_document(doc_id: str = "seed-excerpt", base: str = iris.DEFAULT_BASE) -> Document:
    """A fresh processed document (callers may mutate it)."""
    body_start = TEXT.index(PARAGRAPHS[2])
    doc = Document(
        id=doc_id,
        text=TEXT,
        title=TITLE,
        published="2020-11-21",
        source="seed excerpt",
        url="https://example.org/news/1?a=1&b=<2>",
        keywords=["العراق", "إيران"],
        body_start=body_start,
        title_span=(0, len(TITLE)),
    )
    doc.sentences = _sentences()
    _entities(doc, base)
    _events(doc)
    _relations(doc)
    return doc


def with_status(doc: Document, index: int, status: str) -> Document:
    out = copy.deepcopy(doc)
    out.events[index].status = status  # type: ignore[assignment]
    return out


# A second article built from another sentence of the seed article (line 27): an assassination
# near Baghdad airport; it shares the entity Baghdad with the first one.
SECOND_TEXT = (
    'واغتيل "سليماني"، مطلع يناير/كانون الثاني الماضي، بضربة جوية أمريكية قرب مطار العاصمة العراقية بغداد، '
    'برفقة نائب رئيس هيئة الحشد الشعبي العراقي "أبومهدي المهندس"، وعدد من رفقائهما.'
)


def second_document(doc_id: str = "seed-excerpt-2", base: str = iris.DEFAULT_BASE) -> Document:
    text = SECOND_TEXT
    doc = Document(id=doc_id, text=text, published="2020-11-21")
    doc.sentences = [Sentence(0, len(text))]
    specs = {
        "soleimani": ("سليماني", "قاسم سليماني", "PER", "Person"),
        "baghdad": ("بغداد", "بغداد", "LOC", "City"),
        "muhandis": ("أبومهدي المهندس", "أبومهدي المهندس", "PER", "Person"),
        "pmf": ("هيئة الحشد الشعبي", "هيئة الحشد الشعبي", "ORG", "ArmedGroup"),
    }
    for key, (needle, label, coarse, cls) in specs.items():
        start = text.index(needle)
        doc.mentions.append(
            Mention(start, start + len(needle), label, coarse, cls, "ner", entity=key, sentence=0)
        )
        iri = iris.entity_iri(base, coarse, f"{normalize(label)}|{coarse}")
        doc.entities.append(Entity(key, label, coarse, cls, mentions=[len(doc.mentions) - 1], iri=iri))
    start = text.index("اغتيل")
    doc.events.append(
        Event(
            "ASSAULT",
            "assassination",
            "اغتيل",
            0,
            start,
            start + len("اغتيل"),
            recipients=["soleimani"],
            places=["baghdad"],
            date="2020-01",
            date_text="مطلع يناير/كانون الثاني الماضي",
            confidence=0.75,
        )
    )
    start = text.index("نائب رئيس")
    end = text.index('المهندس"') + len("المهندس")
    doc.relations.append(
        Relation("deputyOf", "muhandis", "pmf", 0, start, end, 0.8, "rules", role_title="نائب رئيس")
    )
    return doc


def doc_batch(*docs: Document) -> list[tuple[str, list[Quad]]]:
    """(graph IRI, quads) pairs as `kg.store.replace_documents` takes them."""
    return [(iris.graph_iri(iris.DEFAULT_BASE, d.id), document_quads(d)) for d in docs]
