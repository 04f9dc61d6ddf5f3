"""The shipped NER reads the tagger's UPOS: the tagger must run first and its tag must reach the NER.

The sentence is an excerpt of the ANERcorp CAMeL Lab test split (Benajiba et al. 2007).
"""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.training.initialize import load_vectors_into_model

import kg.nlp
import kg.nlp.tokenizer  # noqa: F401  registers the tokenizer named in the training config
from kg.nlp.train import CONFIGS

MODEL = kg.nlp.MODELS_DIR / "ar_kg_news"
ANER_2 = "إن حظر مسعود البارزاني رئيس حكومة كردستان العراق وضع العلم العراقي على البنايات العمومية ."


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return kg.nlp.load()


def test_tagger_runs_before_the_ner(nlp: spacy.Language) -> None:
    names = nlp.pipe_names
    assert names.index("tagger") < names.index("ner")


def test_ner_features_change_with_the_upos_tag(nlp: spacy.Language) -> None:
    doc = nlp(ANER_2, disable=["ner"])
    i = [t.text for t in doc].index("مسعود")
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    before = tok2vec.predict([doc])[0][i].copy()
    doc[i].tag_ = "VERB" if doc[i].tag_ != "VERB" else "NOUN"
    after = tok2vec.predict([doc])[0][i]
    assert not numpy.allclose(before, after)


def test_name_found_with_the_tagger_in_front(nlp: spacy.Language) -> None:
    ents = {(e.text, e.label_) for e in nlp(ANER_2).ents}
    assert any("البارزاني" in text and label == "PER" for text, label in ents)


def test_training_config_sources_a_frozen_tagger_in_front_of_the_ner() -> None:
    config = spacy.util.load_config(CONFIGS / "ner.cfg", overrides={"paths.syntax": str(MODEL)},
                                    interpolate=False)
    train_nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    assert train_nlp.pipe_names == ["tok2vec", "tagger", "ner"]
    training = train_nlp.config["training"]
    both = set(training["frozen_components"]) & set(training["annotating_components"])
    assert {"tok2vec", "tagger"} <= both
    assert "TAG" in train_nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]["attrs"]
    # as `spacy train` initializes it: tokenizer tables and vectors, then the sourced tagger tags
    train_nlp.tokenizer.from_disk(MODEL / "tokenizer")
    load_vectors_into_model(train_nlp, str(MODEL))
    doc = train_nlp(ANER_2, disable=["ner"])
    assert doc[[t.text for t in doc].index("مسعود")].tag_ == "PROPN"
