"""The learned sentence detector (kg/eval/train_detector.py) on the GSR part it never saw.

Needs the shared data (the Arabic event GSR, MIT licence); skipped without it.
"""

from __future__ import annotations

import pytest

from kg.eval.data import gsr_csv, gsr_rows
from kg.extract.events import detector_logit, load_detector


@pytest.fixture(autouse=True)
def _needs_gsr():
    if not gsr_csv("ASSAULT").exists():
        pytest.skip(f"GSR not found at {gsr_csv('ASSAULT')} (set KG_SHARED_DATA)")


@pytest.mark.parametrize("etype", ["ASSAULT", "PROTEST"])
def test_detector_ranks_held_out_reports_above_rejected_sentences(etype: str):
    """Area under the ROC curve on the check part (pairs of a `yes` and a `no` row)."""
    assert etype in load_detector()
    rows = [r for r in gsr_rows(etype, "check") if r.label != "ambiguous"]
    yes = [detector_logit(r.text, etype) for r in rows if r.positive]
    no = [detector_logit(r.text, etype) for r in rows if not r.positive]
    wins = sum((y > n) + 0.5 * (y == n) for y in yes for n in no)
    assert wins / (len(yes) * len(no)) >= 0.8


def test_unknown_category_has_no_detector():
    assert detector_logit("التقى الرئيس بالوزير", "CONSULT") is None
