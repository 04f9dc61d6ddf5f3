"""Train the learned sentence detector of ASSAULT and PROTEST on the GSR tuning part.

    python -m kg.eval.train_detector                  # all of the GSR -> kg/extract/models/detector.json
    python -m kg.eval.train_detector --split dev --out /tmp/detector.json

Data: the development half of the Arabic event GSR (github.com/openeventdata/arabic_event_gsr,
MIT licence), all of it for the shipped model, or one part (`kg.eval.data.split_of`) when the
other part is to be scored honestly (`kg/eval/crossfit.py`); `yes` rows are positive, `easy no`
and `difficult no` rows negative, `ambiguous` rows are left out.

Model: L2-regularised logistic regression over `kg.extract.events.detector_features` (binary,
scaled by 1/sqrt(number of features)), positives up-weighted to balance the classes, fitted by
full-batch gradient descent on a sparse matrix (numpy only). Features seen in fewer than
`MIN_COUNT` tuning sentences are dropped. The L2 strength is picked by 5-fold cross-validation
on the tuning part (mean log-loss of the held-out folds).

Dense part (`dense` in each category's table): a second class-balanced logistic regression over the
standardised mean word vector of the sentence (`kg.extract.events.sentence_vector`, the floret vectors
shipped with the spaCy pipeline), its L2 strength picked the same way. Its log-odds is a feature of
the confidence model of its own, next to the sparse part's (`kg/eval/calibrate.py`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.extract.events import DETECTOR_MODEL, detector_features, load_detector, sentence_vector

from .data import gsr_rows

TYPES = ("ASSAULT", "PROTEST")
MIN_COUNT = 2
L2_GRID = (0.0001, 0.0003, 0.001)
# The dense part's inputs are standardised, so its penalty is on another scale than the sparse one's.
DENSE_L2_GRID = (0.03, 0.1, 0.3)
FOLDS = 5


@dataclass
class Sparse:
    """Rows of binary features as coordinate arrays, each row scaled by 1/sqrt(its size)."""

    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    n: int
    d: int

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=self.vals * w[self.cols], minlength=self.n)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=self.vals * g[self.rows], minlength=self.d)


def labelled(etype: str, split: str = "dev") -> tuple[list[str], np.ndarray]:
    rows = [r for r in gsr_rows(etype, split) if r.label != "ambiguous"]
    return [r.text for r in rows], np.array([1.0 if r.positive else 0.0 for r in rows])


def vocabulary(feature_sets: list[set[str]]) -> dict[str, int]:
    counts = Counter(f for fs in feature_sets for f in fs)
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}


def matrix(feature_sets: list[set[str]], vocab: dict[str, int]) -> Sparse:
    rows, cols, vals = [], [], []
    for i, fs in enumerate(feature_sets):
        idx = [vocab[f] for f in fs if f in vocab]
        rows += [i] * len(idx)
        cols += idx
        vals += [1.0 / np.sqrt(max(1, len(fs)))] * len(idx)
    return Sparse(np.array(rows, int), np.array(cols, int), np.array(vals), len(feature_sets), len(vocab))


@dataclass
class Dense:
    """Dense rows (standardised sentence vectors) with the two products `fit` needs."""

    x: np.ndarray

    @property
    def d(self) -> int:
        return self.x.shape[1]

    def dot(self, w: np.ndarray) -> np.ndarray:
        return self.x @ w

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return self.x.T @ g


def fit(
    x: Sparse | Dense, y: np.ndarray, l2: float, steps: int = 800, lr: float = 4.0
) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression: each class carries half of the loss."""
    pos = max(1.0, y.sum())
    weight = np.where(y > 0, 0.5 / pos, 0.5 / max(1.0, len(y) - pos))
    w, b = np.zeros(x.d), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x.dot(w) + b)))
        g = (p - y) * weight
        w -= lr * (x.tdot(g) + l2 * w)
        b -= lr * g.sum()
    return w, b


def cross_validated(texts: list[str], y: np.ndarray, l2: float) -> np.ndarray:
    """Held-out probability of every tuning sentence (folds by a hash of the text)."""
    feats = [detector_features(t) for t in texts]
    fold = np.array([hash_fold(t) for t in texts])
    out = np.zeros(len(texts))
    for k in range(FOLDS):
        train = [i for i in range(len(texts)) if fold[i] != k]
        vocab = vocabulary([feats[i] for i in train])
        w, b = fit(matrix([feats[i] for i in train], vocab), y[train], l2)
        test = [i for i in range(len(texts)) if fold[i] == k]
        out[test] = 1.0 / (1.0 + np.exp(-(matrix([feats[i] for i in test], vocab).dot(w) + b)))
    return out


def held_out_logits(etype: str, l2: float, split: str = "all", dense: bool = False) -> dict[str, float]:
    """Cross-validated log-odds of every training sentence (input of the confidence model's fit),
    of the sparse detector or (`dense`) of its sentence-vector part."""
    texts, y = labelled(etype, split)
    p = dense_cross_validated(texts, y, l2) if dense else cross_validated(texts, y, l2)
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return {t: float(np.log(q / (1 - q))) for t, q in zip(texts, p, strict=True)}


def vectors(texts: list[str]) -> np.ndarray | None:
    """Sentence vectors (`kg.extract.events.sentence_vector`), one row per text; None without vectors."""
    rows = [sentence_vector(t) for t in texts]
    return None if any(r is None for r in rows) else np.array(rows, dtype=float)


def standardiser(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return x.mean(0), x.std(0) + 1e-6


def fit_dense(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """`fit` on standardised dense rows (smaller, longer steps than on the sparse binary rows)."""
    return fit(Dense(x), y, l2, steps=1500, lr=0.5)


def dense_cross_validated(texts: list[str], y: np.ndarray, l2: float) -> np.ndarray:
    """Held-out probability of every tuning sentence from the sentence-vector model (same folds)."""
    x = vectors(texts)
    if x is None:
        return np.full(len(texts), 0.5)
    fold = np.array([hash_fold(t) for t in texts])
    out = np.zeros(len(texts))
    for k in range(FOLDS):
        train = fold != k
        center, scale = standardiser(x[train])
        w, b = fit_dense((x[train] - center) / scale, y[train], l2)
        out[~train] = 1.0 / (1.0 + np.exp(-((x[~train] - center) / scale @ w + b)))
    return out


def train_dense(texts: list[str], y: np.ndarray, l2_grid: tuple[float, ...] = DENSE_L2_GRID) -> dict | None:
    """The detector's `dense` part (`kg.extract.events.dense_logit`), its L2 picked like the sparse one's."""
    x = vectors(texts)
    if x is None:
        return None
    scored = {l2: dense_cross_validated(texts, y, l2) for l2 in l2_grid}
    l2 = min(l2_grid, key=lambda v: log_loss(scored[v], y))
    center, scale = standardiser(x)
    w, b = fit_dense((x - center) / scale, y, l2)
    th, f1 = best_f1(scored[l2], y)
    print(f"  dense part: l2={l2} cross-validated best F1={f1:.3f} at {th}")
    return {
        "bias": round(float(b), 5),
        "l2": l2,
        "center": [round(float(v), 6) for v in center],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w],
    }


def hash_fold(text: str) -> int:
    return hashlib.sha1(text.encode("utf-8")).digest()[1] % FOLDS


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def best_f1(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(threshold, F1) of the best sentence-level F1 over thresholds."""
    best = (0.5, 0.0)
    for th in np.arange(0.05, 0.96, 0.01):
        pred = p >= th
        tp = float((pred & (y > 0)).sum())
        f1 = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
        best = max(best, (round(float(th), 2), f1), key=lambda x: x[1])
    return best


def train(etype: str, split: str = "all", l2_grid: tuple[float, ...] = L2_GRID) -> dict:
    texts, y = labelled(etype, split)
    scored = {l2: cross_validated(texts, y, l2) for l2 in l2_grid}
    l2 = min(l2_grid, key=lambda v: log_loss(scored[v], y))
    feats = [detector_features(t) for t in texts]
    vocab = vocabulary(feats)
    w, b = fit(matrix(feats, vocab), y, l2)
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 5e-4}
    th, f1 = best_f1(scored[l2], y)
    print(f"{etype}: l2={l2} features={len(weights)} cross-validated best F1={f1:.3f} at {th}")
    table = {"bias": round(float(b), 4), "l2": l2, "weights": weights}
    dense = train_dense(texts, y)
    return {**table, "dense": dense} if dense else table


def write_detector(
    split: str = "all", out: Path = DETECTOR_MODEL, l2_grid: tuple[float, ...] = L2_GRID
) -> Path:
    """Train both categories on `split` of the GSR and write the model to `out`."""
    model = {
        "about": f"Sentence detector trained by kg/eval/train_detector.py on the '{split}' rows of the "
        "Arabic event GSR development half (openeventdata/arabic_event_gsr, MIT licence).",
        "split": split,
        **{t: train(t, split, l2_grid) for t in TYPES},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    load_detector.cache_clear()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="all", help="GSR rows to train on: all, dev, check, restIofK")
    ap.add_argument("--out", type=Path, default=DETECTOR_MODEL)
    args = ap.parse_args()
    write_detector(args.split, args.out)


if __name__ == "__main__":
    main()
