"""The CRF merger (kg.nlp.crf) on real ANERcorp sentences: a small CRF fitted on the first sentences
of ANERcorp CAMeL train, applied after the shipped NER to later (held-out) sentences of that split."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import kg.nlp
from kg.nlp.crf import CRFFeatures, CRFMerger, bio, find_triggers, train_crf
from kg.nlp.data import read_anercorp
from kg.nlp.train import ANER, ner_doc

pytest.importorskip("pycrfsuite", reason="python-crfsuite is not installed")
DATA = Path(os.environ.get("KG_SHARED_DATA") or Path(__file__).resolve().parents[2] / ".." / "shared/data")
TRAIN = DATA / ANER.format("train")
N_FIT, N_HELD = 600, 150


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    if not TRAIN.exists():
        pytest.skip(f"ANERcorp CAMeL train not found under {DATA} (set KG_SHARED_DATA)")
    nlp = kg.nlp.load()
    if "ner" not in nlp.pipe_names:
        pytest.skip("shipped model kg/nlp/models/ar_kg_news is missing")
    return nlp


def gold_docs(nlp: spacy.Language, sents: list) -> list[Doc]:
    """Sentences with the tagger's predicted tags and the gold entities (on our tokens)."""
    golds = [ner_doc(nlp.tokenizer, s) for s in sents]
    docs = list(nlp.pipe((g.text for g in golds), disable=["parser", "ner"]))
    for gold, doc in zip(golds, docs, strict=True):
        doc.ents = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in gold.ents]
    return docs


@pytest.fixture(scope="module")
def data(nlp: spacy.Language) -> tuple[list[Doc], list[Doc]]:
    sents = list(read_anercorp(TRAIN))
    return gold_docs(nlp, sents[:N_FIT]), gold_docs(nlp, sents[N_FIT : N_FIT + N_HELD])


@pytest.fixture(scope="module")
def trained(data: tuple[list[Doc], list[Doc]]) -> tuple[bytes, CRFFeatures]:
    return train_crf(data[0], max_iterations=80)


@pytest.fixture()
def merged(nlp: spacy.Language, trained: tuple[bytes, CRFFeatures]):
    """The shipped pipeline with the CRF after its NER (adding only), removed again afterwards."""
    crf = nlp.add_pipe("kg_crf_ner", after="ner", config={"drop_below": 0.0, "add_above": 0.0})
    crf.set_model(*trained)
    yield nlp
    nlp.remove_pipe("kg_crf_ner")


def spans(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def test_features_see_tag_gazetteer_and_vector(nlp: spacy.Language, data) -> None:
    doc = data[0][0]
    feats = CRFFeatures(find_triggers(data[0]))(doc)
    assert len(feats) == len(doc)
    assert all(f"t={t.tag_}" in f for t, f in zip(doc, feats, strict=True))
    assert all("v0" in f for f in feats)  # the floret vector as dense features
    assert any(k.startswith("g=") for f in (CRFFeatures()(d) for d in data[0][:50]) for x in f for k in x)


def test_triggers_are_learnt_from_the_training_entities(data) -> None:
    triggers = find_triggers(data[0])
    assert triggers
    assert set().union(*triggers.values()) <= {"PER", "LOC", "ORG", "MISC"}


def test_crf_alone_finds_held_out_entities(nlp: spacy.Language, trained, data) -> None:
    crf = CRFMerger(nlp, "crf", drop_below=1.1, add_above=0.0)  # drops every CNN entity: CRF alone
    crf.set_model(*trained)
    held = data[1]
    found = sum(len(spans(g) & spans(crf(nlp(g.text, disable=["parser"])))) for g in held)
    assert found >= 0.4 * sum(len(g.ents) for g in held)


def test_adds_entities_the_cnn_misses_and_keeps_the_cnn_entities(nlp: spacy.Language, merged, data) -> None:
    # On the CRF's own training sentences: the shipped CNN saw all of ANERcorp train yet misses some
    # of its names, which the CRF has learnt; held-out ability is tested above.
    gained = 0
    for gold in data[0][:300]:
        cnn = spans(nlp(gold.text, disable=["parser", "kg_crf_ner"]))
        both = spans(merged(gold.text, disable=["parser"]))
        assert cnn <= both  # with drop_below 0 no CNN entity is removed
        gained += len((both - cnn) & spans(gold))
    assert gained >= 1


def test_drops_only_cnn_entities_the_crf_rules_out(nlp: spacy.Language, trained, data) -> None:
    crf = CRFMerger(nlp, "crf", drop_below=0.05, add_above=1.1)  # vet only, add nothing
    crf.set_model(*trained)
    for gold in data[1][:60]:
        doc = nlp(gold.text, disable=["parser"])
        before = list(doc.ents)
        kept = spans(crf(doc))
        crf.crf_spans(doc)
        for e in before:
            key = (e.start_char, e.end_char, e.label_)
            assert (key in kept) == (crf.span_marginal(e.start, e.end, e.label_) >= 0.05)


def test_round_trip_to_disk(nlp: spacy.Language, trained, data, tmp_path: Path) -> None:
    crf = CRFMerger(nlp, "crf", drop_below=0.05, add_above=0.0)
    crf.set_model(*trained)
    crf.to_disk(tmp_path)
    again = CRFMerger(nlp, "crf", drop_below=0.0, add_above=0.0).from_disk(tmp_path)
    assert again.drop_below == 0.05
    for gold in data[1][:20]:
        a, b = nlp(gold.text, disable=["parser"]), nlp(gold.text, disable=["parser"])
        assert spans(crf(a)) == spans(again(b))


def test_bio_labels_follow_the_gold_entities(data) -> None:
    doc = next(d for d in data[0] if d.ents)
    labels = bio(doc)
    ent = doc.ents[0]
    assert labels[ent.start] == "B-" + ent.label_
    assert all(x == "I-" + ent.label_ for x in labels[ent.start + 1 : ent.end])
