"""Fixtures for the exporter tests: real seed sentences, hostile strings, a headless browser."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.model import Document, Entity, Event, Mention, Relation, Sentence

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Two sentences of the seed article (shared/data/seed/article.txt, "قائد فيلق القدس يزور بغداد",
# 21 Nov 2020), used as a small excerpt to exercise Arabic text end to end.
SEED_S1 = ('زار قائد فيلق القدس التابع للحرس الثوري الإيراني الجنرال "إسماعيل قاآني"، العاصمة العراقية '
           'بغداد، الأربعاء الماضي، والتقى زعماء ميليشيات مسلحة مختلفة، قبل أن يجري اجتماعا مع رئيس '
           'الحكومة العراقية "مصطفى الكاظمي".')
SEED_S2 = 'فيما طلب "الكاظمي" من "قاآني" العمل على إقناع الفصائل بتخفيف التوتر.'

HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=1\">"
HOSTILE_SCRIPT = "</script><script>window.__pwned=2</script>"


def shared_data() -> Path:
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def _mention(text: str, surface: str, coarse: str, cls: str, entity: str, sentence: int) -> Mention:
    start = text.index(surface)
    end = start + len(surface)
    return Mention(start, end, surface, coarse, cls, "test", entity=entity, sentence=sentence)


def seed_document(doc_id: str = "seed-excerpt", iris: bool = True) -> Document:
    """A Document over two real sentences with entities, one relation and two events."""
    text = SEED_S1 + "\n\n" + SEED_S2
    s2 = len(SEED_S1) + 2
    doc = Document(id=doc_id, text=text, sentences=[Sentence(0, len(SEED_S1)), Sentence(s2, len(text), 1)])
    specs = [("e1", "إسماعيل قاآني", "PER", "Person", "Esmail Qaani"),
             ("e2", "بغداد", "LOC", "City", "Baghdad"),
             ("e3", "مصطفى الكاظمي", "PER", "Person", None),
             ("e4", "الحكومة العراقية", "ORG", "GovernmentOrganization", "Government of Iraq")]
    for key, name, coarse, cls, en in specs:
        doc.mentions.append(_mention(text, name, coarse, cls, key, 0))
        iri = f"https://w3id.org/newskg/id/test/{key}" if iris else None
        doc.entities.append(Entity(key, name, coarse, cls, mentions=[len(doc.mentions) - 1],
                                   aliases=[name], label_en=en, iri=iri))
    # a short-name mention of al-Kadhimi in sentence 2 joins entity e3
    doc.mentions.append(Mention(text.index("الكاظمي", s2), text.index("الكاظمي", s2) + 7, "الكاظمي",
                                "PER", "Person", "test", entity="e3", sentence=1))
    doc.entities[2].mentions.append(len(doc.mentions) - 1)
    visit = text.index("زار")
    doc.events.append(Event("CONSULT", "visit", "زار", 0, visit, visit + 3, actors=["e1"], places=["e2"],
                            date="2020-11-18", date_text="الأربعاء الماضي", confidence=0.9))
    ask = text.index("طلب", s2)
    doc.events.append(Event("REQUEST", None, "طلب", 1, ask, ask + 3, actors=["e3"], recipients=["e1"],
                            status="negated", date="not-a-date"))
    lead = text.index("رئيس الحكومة")
    doc.relations.append(Relation("leaderOf", "e3", "e4", 0, lead, len(SEED_S1), 0.8, "test",
                                  role_title="رئيس الحكومة"))
    return doc


def entity(eid: str, label_ar: str, cls: str = "Person", coarse: str = "PER", docs: list[str] | None = None,
           label_en: str | None = None) -> dict[str, Any]:
    return {"id": eid, "label_ar": label_ar, "label_en": label_en, "aliases": [label_ar], "coarse": coarse,
            "class": cls, "docs": docs or ["d1"]}


def event(actor: list[str], recipient: list[str], place: list[str], sentence: str, predicate: str = "met",
          negated: bool = False, doc: str = "d1") -> dict[str, Any]:
    return {"doc": doc, "kind": "event", "type": "CONSULT", "mode": "meet", "predicate": predicate,
            "actor": actor, "recipient": recipient, "place": place, "date": None, "negated": negated,
            "sentence": sentence, "span": [0, 1], "confidence": 0.5}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need /usr/bin/chromium (Debian package 'chromium')")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
