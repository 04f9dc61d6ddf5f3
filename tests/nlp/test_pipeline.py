"""The shipped pipeline `ar_kg_news`: loads offline, tags, parses, finds entities; the `nlp` stage.

News sentences are excerpts of the ANERcorp CAMeL Lab test split (Benajiba et al. 2007).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import spacy

import kg.nlp
from kg.model import Document, Sentence
from kg.pipeline import Resources, registered_stages

ANER_1 = "فتناولت الوضع المتأزم في العراق ، بدءا بالتصعيد بين الأكراد والعرب ."
ANER_2 = "إن حظر مسعود البارزاني رئيس حكومة كردستان العراق وضع العلم العراقي على البنايات العمومية ."
UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X"}


def shared_data() -> Path:
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return kg.nlp.load()


def test_shipped_pipeline_loads_once(nlp: spacy.Language) -> None:
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)
    assert kg.nlp.load() is nlp


def test_entities_on_news(nlp: spacy.Language) -> None:
    ents = {(e.text, e.label_) for e in nlp(ANER_1).ents}
    assert ("العراق", "LOC") in ents
    ents = {(e.text, e.label_) for e in nlp(ANER_2).ents}
    assert any("البارزاني" in text and label == "PER" for text, label in ents)


def test_entity_span_excludes_proclitic(nlp: spacy.Language) -> None:
    doc = nlp("وقال الرئيس إن وفدا من واشنطن سيزور بغداد وطهران الأسبوع المقبل .")
    for ent in doc.ents:
        assert not ent.text.startswith("و ")
        assert ent.text != "وطهران"


def test_tags_and_parse(nlp: spacy.Language) -> None:
    doc = nlp(ANER_2)
    assert all(t.pos_ in UPOS for t in doc)
    assert doc[[t.text for t in doc].index("على")].pos_ == "ADP"
    roots = [t for t in doc if t.head.i == t.i]
    assert len(roots) >= 1
    assert all(t.dep_ for t in doc)


def test_missing_model_falls_back_to_blank(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        blank = kg.nlp.load("no_such_model")
    assert blank.pipe_names == []
    assert "not found" in caplog.text
    assert [t.text for t in blank("وقال")] == ["و", "قال"]


def test_nlp_stage_fills_sentence_docs() -> None:
    text = ANER_1 + " " + ANER_2
    sentences = [Sentence(0, len(ANER_1)), Sentence(len(ANER_1) + 1, len(text))]
    doc = Document(id="t", text=text, sentences=sentences)
    run = registered_stages()["nlp"].factory({}, Resources())
    run(doc)
    for s in doc.sentences:
        assert s.doc is not None and s.doc.text == text[s.start : s.end]
        for token in s.doc:
            assert text[s.abs(token.idx) : s.abs(token.idx) + len(token)] == token.text
    assert any(e.text == "العراق" for e in doc.sentences[0].doc.ents)


def test_accuracy_on_held_out_data(nlp: spacy.Language) -> None:
    data = shared_data()
    if not data.is_dir():
        pytest.skip(f"shared data not found at {data} (set KG_SHARED_DATA)")
    from kg.nlp.data import read_padt
    from kg.nlp.evaluate import eval_ner, eval_treebank

    padt = list(read_padt(data / "ud_arabic_padt_upos" / "ar_padt-ud-test.txt"))[:150]
    scores = eval_treebank(nlp, padt, parse=False)
    assert scores["seg_f"] > 0.96
    assert scores["upos"] > 0.88
    ner = eval_ner(nlp, data / "anercorp_camel" / "ANERCorp_CamelLab_test.txt", limit=300)
    assert ner["ALL"][2] > 0.6


def test_whitespace_tokens_are_not_words(nlp: spacy.Language) -> None:
    doc = nlp("قال الرئيس\n\nإن الوفد  وصل")
    spaces = [t for t in doc if t.is_space]
    assert [t.text for t in spaces] == ["\n\n", " "]
    assert all(t.pos_ == "SPACE" for t in spaces)
    assert all(t.pos_ != "SPACE" for t in doc if not t.is_space)


def test_nlp_stage_refuses_to_run_the_ner_without_its_tagger() -> None:
    factory = registered_stages()["nlp"].factory
    with pytest.raises(ValueError, match="needs"):
        factory({"disable": ["tagger"]}, Resources())
    factory({"disable": ["tagger", "ner"]}, Resources())  # both off is fine
    factory({"disable": ["parser"]}, Resources())


def test_numpy_blas_backend_gives_the_same_analysis(nlp: spacy.Language) -> None:
    """`load()` builds the models on numpy's BLAS for speed; thinc's default BLIS must agree."""
    from thinc.api import NumpyOps

    models = [proc.model for _, proc in nlp.pipeline if hasattr(proc, "model")]
    assert models and all(not model.ops.use_blis for model in models)
    blis_nlp = spacy.load(kg.nlp.MODELS_DIR / kg.nlp.DEFAULT_MODEL)
    assert isinstance(blis_nlp.get_pipe("ner").model.ops, NumpyOps)
    assert blis_nlp.get_pipe("ner").model.ops.use_blis
    for text in (ANER_1, ANER_2):
        ours, theirs = nlp(text), blis_nlp(text)
        assert [(t.tag_, t.head.i, t.dep_) for t in ours] == [(t.tag_, t.head.i, t.dep_) for t in theirs]
        spans = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in (ours, theirs)]
        assert spans[0] == spans[1]
