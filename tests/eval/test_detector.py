"""The learned sentence detector (kg/eval/train_detector.py), fitted on one GSR part, on the other.

Needs the shared data (the Arabic event GSR, MIT licence); skipped without it.
"""

from __future__ import annotations

import pytest

from kg.eval.data import gsr_csv, gsr_rows
from kg.eval.train_detector import fit, labelled, matrix, vocabulary
from kg.extract.events import detector_features, detector_logit, load_detector


@pytest.fixture(autouse=True)
def _needs_gsr():
    if not gsr_csv("ASSAULT").exists():
        pytest.skip(f"GSR not found at {gsr_csv('ASSAULT')} (set KG_SHARED_DATA)")


@pytest.mark.parametrize("etype", ["ASSAULT", "PROTEST"])
def test_detector_fitted_on_one_part_ranks_the_other(etype: str):
    """The training procedure generalises: fitted on the dev part only (with the shipped model's L2
    strength), the detector's area under the ROC curve on the check part it never saw."""
    shipped = load_detector()
    assert etype in shipped
    texts, y = labelled(etype, "dev")
    feats = [detector_features(t) for t in texts]
    vocab = vocabulary(feats)
    w, b = fit(matrix(feats, vocab), y, shipped[etype]["l2"])
    model = {etype: {"bias": b, "weights": {f: float(w[i]) for f, i in vocab.items()}}}
    rows = [r for r in gsr_rows(etype, "check") if r.label != "ambiguous"]
    yes = [detector_logit(r.text, etype, model) for r in rows if r.positive]
    no = [detector_logit(r.text, etype, model) for r in rows if not r.positive]
    wins = sum((y > n) + 0.5 * (y == n) for y in yes for n in no)
    assert wins / (len(yes) * len(no)) >= 0.8


def test_unknown_category_has_no_detector():
    assert detector_logit("التقى الرئيس بالوزير", "CONSULT") is None
