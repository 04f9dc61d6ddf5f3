"""Wojood's nested annotation mapped to ANERcorp's flat types (`kg.nlp.train`).

The sentences are excerpts of the Wojood sample (SinaLab, Birzeit University; MIT licence),
shared data `wojood_sample/train.txt`, with their nested tag columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import srsly

from kg.nlp import train
from kg.nlp.tokenizer import ArabicCliticTokenizer

MODEL = Path(train.__file__).resolve().parent / "models" / "ar_kg_news"
# (word, tags) lines: a town inside a town, a place inside a facility, an event and an organisation.
OLD_TOWN = [("صورة", ""), ("لاحد", ""), ("الشواع", ""), ("القديمة", ""), ("من", ""), ("البلدة", "B-GPE"),
            ("القديمة", "I-GPE"), ("في", "I-GPE"), ("مدينة", "I-GPE B-GPE"), ("الخليل", "I-GPE I-GPE"),
            (".", "")]
CEMETERY = [("السيد", ""), ("محمد", "B-PERS"), ("أحمد", "I-PERS"), ("أبو", "I-PERS"), ("بها", "I-PERS"),
            ("يحاول", ""), ("التعرف", ""), ("على", ""), ("مواقع", ""), ("قبور", ""), ("اقاربه", ""),
            ("في", ""), ("مقبرة", "B-FAC"), ("عنابة", "I-FAC B-GPE"), (".", "")]
UPRISING = [("بيان", ""), ("صادر", ""), ("عن", ""), ("حركة", "B-ORG"), ("حماس", "I-ORG"), ("خلال", ""),
            ("انتفاضة", "B-EVENT"), ("الأقصى", "I-EVENT B-FAC"), ("بتاريخ", "B-DATE")]
FACILITY = [("على", ""), ("العمال", ""), ("على", ""), ("حاجز", "B-FAC"), ("الحمرا", "I-FAC"), ("في", "")]


def _spans(lines: list[tuple[str, str]]) -> list[train.Span]:
    return sorted(train.nested_spans([tags.split() for _, tags in lines]))


@pytest.fixture(scope="module")
def tokenizer() -> ArabicCliticTokenizer:
    return ArabicCliticTokenizer(spacy.blank("ar").vocab, srsly.read_msgpack(MODEL / "tokenizer"))


def test_same_type_nesting_gives_both_spans() -> None:
    assert _spans(OLD_TOWN) == [(5, 10, "GPE"), (8, 10, "GPE")]


def test_outermost_mapped_span_wins() -> None:
    assert train.flat_wojood(_spans(OLD_TOWN)) == ([(5, 10, "LOC")], [])
    chosen, _ = train.flat_wojood(_spans(UPRISING))
    assert chosen == [(3, 5, "ORG"), (6, 8, "MISC")]  # the event, not the facility inside it; no date


def test_name_inside_an_unmapped_span_is_kept() -> None:
    chosen, unsure = train.flat_wojood(_spans(CEMETERY))
    assert chosen == [(1, 5, "PER"), (13, 14, "LOC")]
    assert unsure == []  # the facility holds a kept name: not left missing


def test_unsure_span_is_missing_not_outside(tokenizer: ArabicCliticTokenizer) -> None:
    words = [w for w, _ in FACILITY]
    doc = train.wojood_doc(tokenizer, words, _spans(FACILITY))
    iob = {t.text: t.ent_iob_ for t in doc}
    assert iob["حاجز"] == "" and iob["الحمرا"] == ""
    assert iob["العمال"] == "O" and not doc.ents


def test_doc_entities_follow_anercorp_types(tokenizer: ArabicCliticTokenizer) -> None:
    words = [w for w, _ in CEMETERY]
    doc = train.wojood_doc(tokenizer, words, _spans(CEMETERY))
    assert [(e.text, e.label_) for e in doc.ents] == [("محمد أحمد أبو بها", "PER"), ("عنابة", "LOC")]


def test_reader_on_the_sample(shared_data: Path) -> None:
    path = shared_data / train.WOJOOD.format("val")
    sents = list(train.read_wojood(path))
    assert len(sents) > 50
    for words, spans in sents:
        assert "$#$" not in words
        assert all(0 <= s < e <= len(words) for s, e, _ in spans)
    kinds = {k for _, spans in sents for _, _, k in spans}
    assert {"PERS", "ORG", "GPE"} <= kinds
