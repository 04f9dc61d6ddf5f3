"""Held-out event-detection scores on the whole GSR development half, by k-fold cross-fitting.

    python -m kg.eval crossfit [--folds 5] [--full] [--json]

The shipped detector and confidence model are fitted on all of the GSR development half, so
scoring them there would be in-sample. Here the folds (`kg.eval.data.fold_of`) take turns: the
detector and the confidence model (with its thresholds) are fitted on the other folds, written to
a temporary folder, and the default pipeline, pointed at them, is scored on the held-out fold by
the shared scorer. True and false positives and misses of all turns are pooled, so every sentence
is scored by models that never saw it: this estimates what the shipped models do on unseen news
(slightly pessimistically, as each turn fits on (k-1)/k of the data).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from .calibrate import TYPES, write_confidence
from .runner import gsr_scores
from .train_detector import L2_GRID, write_detector


def fold_turns(folds: int) -> list[tuple[str, str]]:
    """(rows to fit on, rows to score) for each turn; two folds are the fixed dev / check parts."""
    if folds == 2:
        return [("dev", "check"), ("check", "dev")]
    return [(f"rest{i}of{folds}", f"fold{i}of{folds}") for i in range(folds)]


def fit_part(split: str, folder: Path, l2_grid: tuple[float, ...] = L2_GRID) -> dict[str, str]:
    """Detector and confidence model fitted on `split`; the events-stage settings that use them."""
    detector = write_detector(split, folder / f"detector-{split}.json", l2_grid)
    confidence = folder / f"confidence-{split}.json"
    write_confidence(split, detector, confidence)
    return {"detector_model": str(detector), "confidence_model": str(confidence)}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def crossfit_scores(
    folds: int = 5, fast: bool = True, types: tuple[str, ...] = TYPES, l2_grid: tuple[float, ...] = L2_GRID
) -> dict[str, Any]:
    """Per type: the scores of each turn and the pooled scores over the whole development half.
    `l2_grid`: the detector's regularisation strengths tried by cross-validation in each turn (one
    value skips that search: quicker, for tests)."""
    out: dict[str, Any] = {t: {"turns": {}} for t in types}
    with tempfile.TemporaryDirectory() as tmp:
        for fit, test in fold_turns(folds):
            models = fit_part(fit, Path(tmp), l2_grid)
            for t in types:
                res = gsr_scores(t, test, fast=fast, min_confidence="calibrated", event_models=models)
                out[t]["turns"][f"{fit}->{test}"] = res
    for t in types:
        turns = out[t]["turns"].values()
        tp, fp, fn = (sum(int(r[k]) for r in turns) for k in ("tp", "fp", "fn"))
        out[t].update(tp=tp, fp=fp, fn=fn, **_prf(tp, fp, fn))
    return out
