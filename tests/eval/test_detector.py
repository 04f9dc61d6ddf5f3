"""The learned sentence detector (kg/eval/train_detector.py), fitted on one GSR part, on the other.

Needs the shared data (the Arabic event GSR, MIT licence); skipped without it.
"""

from __future__ import annotations

import pytest

from kg.eval.calibrate import plateau_middle
from kg.eval.data import gsr_csv, gsr_rows
from kg.eval.train_detector import fit, fit_dense, labelled, matrix, standardiser, vectors, vocabulary
from kg.extract.events import (
    dense_logit,
    detector_features,
    detector_logit,
    load_confidence_model,
    load_detector,
    sentence_vector,
)


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


def test_sentence_vector_is_a_deterministic_unit_vector():
    """GSR (MIT) sentence: the mean floret vector has the vectors' width, unit length, same every call."""
    text = "قتل 20 شخصا واصيب 60 حين انفجرت سيارة مفخخة كانت متوقفة قرب تقاطع في حي الكرادة بوسط بغداد أمس."
    first = sentence_vector(text)
    if first is None:
        pytest.skip("the shipped word vectors are not installed")
    sentence_vector.cache_clear()
    assert sentence_vector(text) == first
    assert len(first) == 96
    assert abs(sum(x * x for x in first) - 1.0) < 1e-6


@pytest.mark.parametrize("etype", ["ASSAULT", "PROTEST"])
def test_dense_part_fitted_on_one_part_ranks_the_other(etype: str):
    """The sentence-vector part generalises: fitted on the dev part (with the shipped L2 strength), its
    area under the ROC curve on the check part it never saw."""
    table = load_detector()[etype].get("dense")
    texts, y = labelled(etype, "dev")
    x = vectors(texts)
    if table is None or x is None:
        pytest.skip("no dense part in the shipped detector, or no word vectors")
    center, scale = standardiser(x)
    w, b = fit_dense((x - center) / scale, y, table["l2"])
    model = {etype: {"dense": {"bias": b, "center": center, "scale": scale, "weights": w}}}
    rows = [r for r in gsr_rows(etype, "check") if r.label != "ambiguous"]
    yes = [dense_logit(r.text, etype, model) for r in rows if r.positive]
    no = [dense_logit(r.text, etype, model) for r in rows if not r.positive]
    wins = sum((y > n) + 0.5 * (y == n) for y in yes for n in no)
    assert wins / (len(yes) * len(no)) >= 0.75


def test_shipped_models_use_the_dense_part():
    """The shipped detector has a dense part per category and the confidence model weighs it; a GSR
    (MIT) report of a bombing ("yes") scores higher than one of its "easy no" rows about the economy."""
    detector, confidence = load_detector(), load_confidence_model()
    if sentence_vector("تجربة") is None:
        pytest.skip("the shipped word vectors are not installed")
    assert all(len(detector[t]["dense"]["weights"]) == 96 for t in ("ASSAULT", "PROTEST"))
    assert confidence["dense"] and "dense" in confidence["weights"]
    attack = dense_logit(
        "قتل 20 شخصا واصيب 60 حين انفجرت سيارة مفخخة كانت متوقفة قرب تقاطع في حي الكرادة بوسط بغداد أمس.",
        "ASSAULT",
    )
    economy = dense_logit(
        "ولبنان لن يرضى بعد إخراج القوات السورية منه أن يكون رهينة لمخطط هيمنة جديد على مقدراته السياسية "
        "والاقتصادية.",
        "ASSAULT",
    )
    assert attack is not None and economy is not None and attack > economy


def test_threshold_is_the_middle_of_the_near_best_plateau():
    curve = [(0.1, 0.50), (0.2, 0.69), (0.3, 0.70), (0.4, 0.69), (0.5, 0.685), (0.6, 0.40)]
    assert plateau_middle(curve, 0.02) == 0.4  # 0.2 .. 0.5 are within 0.02 of the best
    assert plateau_middle(curve, 0.0) == 0.3
