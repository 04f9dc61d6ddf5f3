"""Training corpora of `kg.nlp.train`: the syntax dev set must let spaCy score the parser; the raw
text and the weights of the NER's tok2vec pretraining.

Uses the first sentences of PADT dev and of the PUD dev part, SaudiNewsNet paragraphs and ANERcorp
sentences from the shared data (skipped when absent).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
import spacy
import srsly
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.training.initialize import init_nlp

from kg.nlp.data import read_anercorp, read_padt
from kg.nlp.train import (
    ANER,
    CONFIGS,
    PADT,
    _train_overrides,
    ner_doc,
    pud_split,
    run_spacy_pretrain,
    syntax_dev_docs,
    treebank_doc,
    write_raw_text,
)
from kg.nlp.vectors import corpus_lines


def shared_data() -> Path:
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="module")
def sentences() -> tuple[list, list]:
    data = shared_data()
    if not data.is_dir():
        pytest.skip(f"shared data not found at {data} (set KG_SHARED_DATA)")
    padt = [s for _, s in zip(range(9), read_padt(data / PADT.format("dev")), strict=False)]
    return padt, pud_split(data, "dev")[:3]


def _uas(docs: list[spacy.tokens.Doc]) -> float | None:
    """Dependency score of the gold trees against themselves, as `spacy train` scores its dev set."""
    return Scorer.score_deps([Example(d.copy(), d) for d in docs], "dep")["dep_uas"]


def test_dev_docs_keep_trees_and_tags(sentences: tuple[list, list]) -> None:
    padt, pud = sentences
    docs = syntax_dev_docs(spacy.blank("ar"), padt, pud)
    assert len(docs) == len(pud) + 3  # PUD one sentence a doc, PADT three
    assert all(d.has_annotation("DEP") for d in docs[: len(pud)])
    assert all(d.has_annotation("TAG") and not d.has_annotation("DEP") for d in docs[len(pud) :])


def test_dev_docs_score_dependencies(sentences: tuple[list, list]) -> None:
    padt, pud = sentences
    nlp = spacy.blank("ar")
    assert _uas(syntax_dev_docs(nlp, padt, pud)) == 1.0
    # the order it replaces: tree-less PADT docs first hid the PUD trees from the scorer
    tagged_first = [treebank_doc(nlp, padt[i : i + 3], False) for i in range(0, 9, 3)]
    assert _uas(tagged_first + [treebank_doc(nlp, [s], True) for s in pud]) != 1.0


# --- pretraining of the NER's tok2vec ------------------------------------------------------------
SHIPPED = Path(__file__).resolve().parents[2] / "kg" / "nlp" / "models" / "ar_kg_news"


@pytest.fixture(scope="module")
def news_lines() -> list[str]:
    data = shared_data()
    if not data.is_dir():
        pytest.skip(f"shared data not found at {data} (set KG_SHARED_DATA)")
    return list(itertools.islice(corpus_lines(data), 400))


def test_raw_text_is_read_by_spacy(news_lines: list[str], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(news_lines) + "\n", encoding="utf8")
    words = write_raw_text(corpus, tmp_path / "raw.jsonl", max_words=2000)
    assert 2000 <= words < 2000 + max(len(line.split()) for line in news_lines)
    again = write_raw_text(corpus, tmp_path / "again.jsonl", max_words=2000)
    assert again == words and (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "raw.jsonl").read_bytes()
    texts = [row["text"] for row in srsly.read_jsonl(tmp_path / "raw.jsonl")]
    assert all(len(t.split()) >= 5 and t in news_lines for t in texts)
    assert texts != [line for line in news_lines if line in texts]  # shuffled, not the corpus head
    reader = spacy.registry.readers.get("spacy.JsonlCorpus.v1")(tmp_path / "raw.jsonl", min_length=0)
    assert len(list(reader(spacy.blank("ar")))) == len(texts)


def test_pretrained_weights_start_the_ner(news_lines: list[str], tmp_path: Path) -> None:
    """Weights from `run_spacy_pretrain` are what the NER's tok2vec holds after `spacy train`'s
    initialization with `init_tok2vec`."""
    if not (SHIPPED / "config.cfg").exists():
        pytest.skip(f"the shipped pipeline (its frozen tagger feeds the NER) is missing at {SHIPPED}")
    (tmp_path / "tokenizer.msgpack").write_bytes((SHIPPED / "tokenizer").read_bytes())
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(news_lines[:60]) + "\n", encoding="utf8")
    write_raw_text(corpus, tmp_path / "raw.jsonl", max_words=600)
    weights = run_spacy_pretrain(tmp_path, tmp_path / "raw.jsonl", tmp_path / "pre", SHIPPED, SHIPPED)
    losses = [row["loss"] for row in srsly.read_jsonl(tmp_path / "pre" / "log.jsonl")]
    assert losses[-1] > 0
    sents = list(itertools.islice(read_anercorp(shared_data() / ANER.format("train")), 20))
    nlp = spacy.load(SHIPPED)
    DocBin(docs=[ner_doc(nlp.tokenizer, s) for s in sents]).to_disk(tmp_path / "ner-train.spacy")
    overrides = _train_overrides("ner", tmp_path, SHIPPED, "train", SHIPPED, weights)
    config = spacy.util.load_config(CONFIGS / "ner.cfg", overrides=overrides, interpolate=False)
    trained = init_nlp(config).get_pipe("ner").model.get_ref("tok2vec")
    assert trained.to_bytes() == weights.read_bytes()
    overrides["paths.init_tok2vec"] = None
    config = spacy.util.load_config(CONFIGS / "ner.cfg", overrides=overrides, interpolate=False)
    fresh = init_nlp(config).get_pipe("ner").model.get_ref("tok2vec")
    assert fresh.to_bytes() != weights.read_bytes()
