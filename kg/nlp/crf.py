"""A linear-chain CRF over our tokens that adds entities the CNN NER misses and vets the CNN's own.

The CNN NER (`ner`) is precise but misses names. A CRF with sparse lexical features (folded word,
affixes, UPOS, gazetteer flags, title-like preceding words) and the token's floret vector as dense
features makes partly different errors. The `kg_crf_ner` component runs after `ner` and merges:

1. a CNN entity is dropped when the CRF gives that exact span and type a marginal probability
   below `drop_below` (the CRF is confident it is not that entity);
2. every CRF span (Viterbi path) with marginal >= `add_above` that overlaps no kept entity is added.

Training: `train_crf(docs, CRFFeatures(find_triggers(docs), kmeans_centroids(word_vectors)))` on
documents whose tokens carry the tagger's predicted `tag_` (as at run time) and gold `ents`; then
`nlp.add_pipe("kg_crf_ner", after="ner").set_model(model, features)`. Needs python-crfsuite.

Measured (ANERcorp CAMeL, exact spans, c1 0.1, c2 0.05, drop_below 0.05): dev (train's last 10 %,
NER and CRF fitted on the other 90 %) 73.96 -> 76.65 F1, but test with the shipped NER only
70.65 -> 71.04 (CRF fitted on all of train) and AQMAR 54.32 -> 54.31; 1.5 MB on disk, about 40 %
less pipeline throughput. Not part of the shipped pipeline.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import FLAG61, FLAG62, FLAG63
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

Features = dict[str, float]
_GAZETTEER = ((FLAG61, "PER"), (FLAG62, "LOC"), (FLAG63, "ORG"))
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"^\W+$")
# Features copied to the neighbours within WINDOW tokens (the affixes stay local: they would multiply
# the model size for little gain).
_SHARED = ("w=", "t=", "g=", "c=", "tr=", "sh=", "al", "s2=", "p2=")
WINDOW = 2
_VECTOR_KEYS = [f"v{k}" for k in range(1024)]  # the vector's dimensions as dense features


def _shape(text: str) -> str:
    if _PUNCT.match(text):
        return "P"
    if _DIGIT.search(text):
        return "D"
    return "L" if _LATIN.search(text) else "A"


class CRFFeatures:
    """Feature extraction; `triggers` (folded word -> entity types it often directly precedes in the
    training data) and `centroids` (k-means centres of unit floret vectors) are part of the model."""

    def __init__(self, triggers: dict[str, list[str]] | None = None, centroids: np.ndarray | None = None):
        self.triggers = triggers or {}
        self.centroids = centroids

    def token(self, token: Token) -> Features:
        """Sparse features of one token (the vector-based ones are added by `__call__`)."""
        low, text = token.lower_, token.text
        f: Features = {"w=" + low: 1, "t=" + token.tag_: 1, "sh=" + _shape(text): 1,
                       f"len={min(len(low), 8)}": 1}
        if token.norm_ != text:
            f["n=" + token.norm_] = 1
        for k in range(1, 5):
            if len(low) > k:
                f[f"p{k}=" + low[:k]] = 1
                f[f"s{k}=" + low[-k:]] = 1
        for flag, label in _GAZETTEER:
            if token.check_flag(flag):
                f["g=" + label] = 1
        if low.startswith("ال"):
            f["al"] = 1
        for label in self.triggers.get(low, ()):
            f["tr=" + label] = 1
        return f

    def __call__(self, doc: Doc) -> list[Features]:
        base = [self.token(t) for t in doc]
        units = _unit_vectors(doc)
        if units is not None and self.centroids is not None:
            for f, c in zip(base, np.argmax(units @ self.centroids.T, axis=1).tolist(), strict=True):
                f[f"c={c}"] = 1
        shared = [[k for k in f if k.startswith(_SHARED)] for f in base]
        out = []
        for i, f in enumerate(base):
            feats = dict(f)
            for d in range(-WINDOW, WINDOW + 1):
                j = i + d
                if d == 0:
                    continue
                if not 0 <= j < len(base):
                    feats[f"{d}:PAD"] = 1
                    continue
                feats.update({f"{d}:{k}": 1 for k in shared[j]})
            if i:
                feats["wb=" + doc[i - 1].lower_ + "|" + doc[i].lower_] = 1
            if units is not None:
                feats.update(zip(_VECTOR_KEYS[: units.shape[1]], units[i].tolist(), strict=True))
            out.append(feats)
        if out:
            out[0]["BOS"] = out[-1]["EOS"] = 1
        return out

    def to_disk(self, path: Path) -> None:
        """`triggers.json`, and the centroids as float16 `centroids.npy` (a tenth of their JSON size)."""
        (path / "triggers.json").write_text(json.dumps(self.triggers, ensure_ascii=False), encoding="utf8")
        if self.centroids is not None:
            np.save(path / "centroids.npy", self.centroids.astype(np.float16))

    @classmethod
    def from_disk(cls, path: Path) -> CRFFeatures:
        triggers = json.loads((path / "triggers.json").read_text(encoding="utf8"))
        file = path / "centroids.npy"
        return cls(triggers, np.load(file).astype(np.float32) if file.exists() else None)


def _unit_vectors(doc: Doc) -> np.ndarray | None:
    """Unit-length floret vectors of the tokens, one row each (None when the vocab has none)."""
    vectors = doc.vocab.vectors
    if not vectors.shape[0] or not len(doc):
        return None
    x = np.asarray(vectors.get_batch([t.text for t in doc]), dtype=np.float32)
    return x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-8)


def bio(doc: Doc) -> list[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def find_triggers(docs: list[Doc], min_count: int = 3, min_ratio: float = 0.3) -> dict[str, list[str]]:
    """Folded words directly before an entity of one type at least `min_count` times and in at least
    `min_ratio` of their occurrences (titles, `قال`, `مدينة`): learnt, not listed by hand."""
    before: Counter = Counter()
    total: Counter = Counter()
    for doc in docs:
        for t in doc:
            total[t.lower_] += 1
        for ent in doc.ents:
            if ent.start:
                before[(doc[ent.start - 1].lower_, ent.label_)] += 1
    out: dict[str, list[str]] = {}
    for (word, label), n in sorted(before.items()):
        if n >= min_count and n / total[word] >= min_ratio:
            out.setdefault(word, []).append(label)
    return out


def kmeans_centroids(vectors: np.ndarray, k: int = 256, iters: int = 25, seed: int = 0) -> np.ndarray:
    """Unit centres of spherical k-means over unit `vectors` (rows)."""
    x = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8)
    c = x[np.random.default_rng(seed).choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c[j] = members.mean(0)
        c /= np.linalg.norm(c, axis=1, keepdims=True) + 1e-8
    return c.astype(np.float16).astype(np.float32)  # as stored: the same clusters after loading


def train_crf(docs: list[Doc], features: CRFFeatures | None = None, c1: float = 0.1, c2: float = 0.05,
              max_iterations: int = 300) -> tuple[bytes, CRFFeatures]:
    """Fit a CRF on `docs` (predicted `tag_`, gold `ents`); returns the crfsuite model and features.
    Without `features`, the trigger words are learnt from `docs` and no clusters are used."""
    import pycrfsuite

    features = features or CRFFeatures(find_triggers(docs))
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc in docs:
        trainer.append(features(doc), bio(doc))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.crfsuite"
        trainer.train(str(path))
        return path.read_bytes(), features


class CRFMerger:
    """Pipeline component: CNN entities vetted by the CRF, plus the CRF's spans the CNN missed."""

    def __init__(self, nlp: Language, name: str, drop_below: float, add_above: float) -> None:
        self.name = name
        self.drop_below = drop_below
        self.add_above = add_above
        self.model: bytes | None = None
        self.features = CRFFeatures()
        self._tagger: Any = None

    def set_model(self, model: bytes, features: CRFFeatures) -> None:
        """Use a model from `train_crf` (not `initialize`: spaCy calls that with training examples)."""
        import pycrfsuite

        self.model, self.features = model, features
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(model)

    def crf_spans(self, doc: Doc) -> list[tuple[Span, float]]:
        """The CRF's Viterbi spans with their marginal probability (see `span_marginal`)."""
        self._tagger.set(self.features(doc))
        labels = self._tagger.tag()
        spans, start = [], None
        for i, label in enumerate([*labels, "O"]):
            if start is not None and label != "I-" + labels[start][2:]:
                spans.append(Span(doc, start, i, label=labels[start][2:]))
                start = None
            if label.startswith("B-") or (label.startswith("I-") and start is None):
                start = i
        return [(s, self.span_marginal(s.start, s.end, s.label_)) for s in spans]

    def span_marginal(self, start: int, end: int, label: str) -> float:
        """Lowest marginal of B-label at `start` and I-label inside: a cheap bound on the span's odds.
        Call after `crf_spans` (or `_tagger.set`) for the same doc."""
        m = self._tagger.marginal("B-" + label, start)
        for i in range(start + 1, end):
            m = min(m, self._tagger.marginal("I-" + label, i))
        return m

    def __call__(self, doc: Doc) -> Doc:
        if self._tagger is None or not len(doc):
            return doc
        crf = self.crf_spans(doc)
        kept = [e for e in doc.ents if self.span_marginal(e.start, e.end, e.label_) >= self.drop_below]
        taken = np.zeros(len(doc), dtype=bool)
        for e in kept:
            taken[e.start : e.end] = True
        for span, m in sorted(crf, key=lambda x: -x[1]):
            if m >= self.add_above and not taken[span.start : span.end].any():
                kept.append(span)
                taken[span.start : span.end] = True
        doc.ents = filter_spans(kept)
        return doc

    # --- serialization: the crfsuite model and the feature tables -------------------------------
    def to_disk(self, path: Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            (path / "model.crfsuite").write_bytes(self.model)
        self.features.to_disk(path)
        cfg = {"drop_below": self.drop_below, "add_above": self.add_above}
        (path / "cfg.json").write_text(json.dumps(cfg), encoding="utf8")

    def from_disk(self, path: Path, exclude: Iterable[str] = ()) -> CRFMerger:
        path = Path(path)
        cfg = json.loads((path / "cfg.json").read_text(encoding="utf8"))
        self.drop_below, self.add_above = cfg["drop_below"], cfg["add_above"]
        if (path / "model.crfsuite").exists():
            self.set_model((path / "model.crfsuite").read_bytes(), CRFFeatures.from_disk(path))
        return self


@Language.factory("kg_crf_ner", default_config={"drop_below": 0.05, "add_above": 0.0})
def make_crf_merger(nlp: Language, name: str, drop_below: float, add_above: float) -> CRFMerger:
    return CRFMerger(nlp, name, drop_below, add_above)
