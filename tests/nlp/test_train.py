"""Training corpora of `kg.nlp.train`: the syntax dev set must let spaCy score the parser.

Uses the first sentences of PADT dev and of the PUD dev part from the shared data (skipped when absent).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from spacy.scorer import Scorer
from spacy.training import Example

from kg.nlp.data import read_padt
from kg.nlp.train import PADT, pud_split, syntax_dev_docs, treebank_doc


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
