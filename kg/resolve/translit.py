"""Character-level Arabic -> Latin transliteration learned from name pairs.

The model is a joint-sequence ("graphone") n-gram model, the approach of
Phonetisaurus-style grapheme-to-phoneme converters:

1. `align` learns, by expectation maximisation, how each Arabic letter spells in
   English (zero to four Latin letters, since short vowels are not written in
   Arabic), and splits every training pair into graphones such as `ب:ba`, `غ:gh`, `ا:`.
2. An n-gram model with Witten-Bell interpolation is counted over graphone sequences.
3. `Transliterator.transliterate` runs a beam search over the graphones each Arabic
   letter allows and returns the most probable Latin spelling.

It trains in about a minute or two on CPU from ~100k pairs and is stored as a gzip'd TSV of n-gram counts.
"""

from __future__ import annotations

import gzip
import io
import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kg.text.normalize import normalize

MAX_SPELL = 4  # most Latin letters one Arabic letter may produce
BOS, EOS = "<s>", "</s>"
# Search space: spellings of one Arabic letter seen at least this often / this share.
MIN_OPTION_COUNT, MIN_OPTION_SHARE, MAX_OPTIONS = 5.0, 0.001, 24


def open_gz_text(path: str | Path) -> io.TextIOWrapper:
    """A gzip'd text file for writing, byte-identical across runs (no timestamp in the header)."""
    return io.TextIOWrapper(gzip.GzipFile(str(path), mode="wb", compresslevel=9, mtime=0), encoding="utf-8")


def arabic_key(word: str) -> str:
    """The Arabic side as the model sees it: normalised, no spaces."""
    return normalize(word).replace(" ", "")


def latin_key(word: str) -> str | None:
    """The Latin side: lower-case a-z only (accents folded), or None when unusable."""
    folded = unicodedata.normalize("NFKD", word.lower())
    letters = "".join(c for c in folded if "a" <= c <= "z")
    bad = any(c.isalpha() and not ("a" <= c <= "z") for c in folded if not unicodedata.combining(c))
    return None if bad or not letters else letters


def _forward(ar: str, en: str, prob: dict[tuple[str, str], float]) -> list[list[float]]:
    n, m = len(ar), len(en)
    alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
    alpha[0][0] = 1.0
    for i in range(1, n + 1):
        a = ar[i - 1]
        prev, row = alpha[i - 1], alpha[i]
        for j in range(m + 1):
            total = 0.0
            for k in range(min(MAX_SPELL, j) + 1):
                p = prev[j - k]
                if p:
                    total += p * prob.get((a, en[j - k : j]), 0.0)
            row[j] = total
    return alpha


def _backward(ar: str, en: str, prob: dict[tuple[str, str], float]) -> list[list[float]]:
    n, m = len(ar), len(en)
    beta = [[0.0] * (m + 1) for _ in range(n + 1)]
    beta[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        a = ar[i]
        nxt, row = beta[i + 1], beta[i]
        for j in range(m + 1):
            total = 0.0
            for k in range(min(MAX_SPELL, m - j) + 1):
                q = nxt[j + k]
                if q:
                    total += prob.get((a, en[j : j + k]), 0.0) * q
            row[j] = total
    return beta


def _initial_prob(pairs: list[tuple[str, str, float]]) -> dict[tuple[str, str], float]:
    counts: dict[tuple[str, str], float] = defaultdict(float)
    for ar, en, w in pairs:
        for a in set(ar):
            for j in range(len(en) + 1):
                for k in range(MAX_SPELL + 1):
                    if j + k <= len(en):
                        counts[(a, en[j : j + k])] += w
    total = sum(counts.values())
    return {g: c / total for g, c in counts.items()}


def _em_step(pairs: list[tuple[str, str, float]], prob: dict[tuple[str, str], float]) -> dict:
    counts: dict[tuple[str, str], float] = defaultdict(float)
    for ar, en, w in pairs:
        alpha, beta = _forward(ar, en, prob), _backward(ar, en, prob)
        z = alpha[len(ar)][len(en)]
        if z <= 0.0:
            continue
        for i in range(1, len(ar) + 1):
            a = ar[i - 1]
            for j in range(len(en) + 1):
                if not alpha[i - 1][j]:
                    continue
                for k in range(min(MAX_SPELL, len(en) - j) + 1):
                    g = (a, en[j : j + k])
                    c = alpha[i - 1][j] * prob.get(g, 0.0) * beta[i][j + k]
                    if c:
                        counts[g] += w * c / z
    total = sum(counts.values())
    return {g: c / total for g, c in counts.items() if c / total > 1e-7}


def viterbi(ar: str, en: str, prob: dict[tuple[str, str], float]) -> list[str] | None:
    """Best split of a pair into graphones 'a:e', or None when no split exists."""
    n, m = len(ar), len(en)
    best = [[(-math.inf, -1)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, 0)
    for i in range(1, n + 1):
        for j in range(m + 1):
            for k in range(min(MAX_SPELL, j) + 1):
                p = prob.get((ar[i - 1], en[j - k : j]), 0.0)
                score = best[i - 1][j - k][0]
                if p and score > -math.inf and score + math.log(p) > best[i][j][0]:
                    best[i][j] = (score + math.log(p), k)
    if best[n][m][0] == -math.inf:
        return None
    out, j = [], m
    for i in range(n, 0, -1):
        k = best[i][j][1]
        out.append(f"{ar[i - 1]}:{en[j - k : j]}")
        j -= k
    return out[::-1]


def align(pairs: list[tuple[str, str, float]], iterations: int = 3) -> list[tuple[list[str], float]]:
    """EM-align weighted (arabic, latin, weight) pairs into graphone sequences."""
    pairs = [p for p in pairs if len(p[1]) <= MAX_SPELL * len(p[0])]
    prob = _initial_prob(pairs)
    for _ in range(iterations):
        prob = _em_step(pairs, prob)
    out = []
    for ar, en, w in pairs:
        seq = viterbi(ar, en, prob)
        if seq:
            out.append((seq, w))
    return out


class Transliterator:
    """Graphone n-gram model; `transliterate("بغداد")` -> "baghdad"."""

    def __init__(self, counts: dict[tuple[str, ...], float], order: int) -> None:
        self.order = order
        self.counts = counts
        self.context_total: dict[tuple[str, ...], float] = defaultdict(float)
        self.context_types: dict[tuple[str, ...], int] = defaultdict(int)
        self.options: dict[str, list[str]] = defaultdict(list)
        for gram, c in counts.items():
            self.context_total[gram[:-1]] += c
            self.context_types[gram[:-1]] += 1
            if len(gram) == 1 and gram[0] != EOS:
                self.options[gram[0].split(":", 1)[0]].append(gram[0])
        self.vocab = sum(len(v) for v in self.options.values()) + 1
        for letter, grams in self.options.items():
            self.options[letter] = self._prune(grams)
        self.prob = lru_cache(maxsize=200_000)(self._prob)

    @classmethod
    def train(cls, sequences: Iterable[tuple[list[str], float]], order: int = 4) -> Transliterator:
        counts: dict[tuple[str, ...], float] = defaultdict(float)
        for seq, w in sequences:
            padded = [BOS] * (order - 1) + seq + [EOS]
            for i in range(order - 1, len(padded)):
                for n in range(1, order + 1):
                    counts[tuple(padded[i - n + 1 : i + 1])] += w
        return cls(dict(counts), order)

    def _prune(self, grams: list[str]) -> list[str]:
        """Keep a letter's frequent spellings only: rare ones are mostly alignment noise and
        each kept option multiplies the search."""
        ranked = sorted(grams, key=lambda g: (-self.counts[(g,)], g))
        total = sum(self.counts[(g,)] for g in grams)
        floor = max(MIN_OPTION_COUNT, MIN_OPTION_SHARE * total)
        kept = [g for g in ranked if self.counts[(g,)] >= floor][:MAX_OPTIONS]
        return kept or ranked[:1]

    def _prob(self, gram: tuple[str, ...]) -> float:
        if len(gram) == 1:
            total = self.context_total[()]
            return (self.counts.get(gram, 0.0) + 0.5) / (total + 0.5 * self.vocab)
        lower = self._prob(gram[1:])
        ctx = gram[:-1]
        total = self.context_total.get(ctx)
        if not total:
            return lower
        types = self.context_types[ctx]
        return (self.counts.get(gram, 0.0) + types * lower) / (total + types)

    def _history(self, hist: tuple[str, ...]) -> tuple[str, ...]:
        return hist[-(self.order - 1) :]

    def nbest(self, word: str, n: int = 1, beam: int = 12) -> list[tuple[str, float]]:
        """The `n` best Latin spellings of an Arabic word with their log probabilities."""
        ar = arabic_key(word)
        states: list[tuple[float, tuple[str, ...], str]] = [(0.0, (BOS,) * (self.order - 1), "")]
        for a in ar:
            options = self.options.get(a)
            if not options:
                continue  # a letter never seen in training (e.g. Persian forms) is skipped
            grown: dict[tuple[tuple[str, ...], str], float] = {}
            for score, hist, text in states:
                for g in options:
                    s = score + math.log(self.prob(hist + (g,)))
                    key = (self._history(hist + (g,)), text + g.split(":", 1)[1])
                    if s > grown.get(key, -math.inf):
                        grown[key] = s
            ranked = sorted(grown.items(), key=lambda kv: -kv[1])[:beam]
            states = [(s, h, t) for (h, t), s in ranked]
        final: dict[str, float] = {}
        for score, hist, text in states:
            s = score + math.log(self.prob(hist + (EOS,)))
            final[text] = max(final.get(text, -math.inf), s)
        return sorted(final.items(), key=lambda kv: -kv[1])[:n]

    def transliterate(self, word: str) -> str:
        best = self.nbest(word, 1)
        return best[0][0] if best else ""

    def save(self, path: str | Path) -> None:
        with open_gz_text(path) as f:
            f.write(f"#order\t{self.order}\n")
            for gram, c in sorted(self.counts.items()):
                f.write(" ".join(gram) + f"\t{round(c, 2):g}\n")

    @classmethod
    def load(cls, path: str | Path) -> Transliterator:
        counts: dict[tuple[str, ...], float] = {}
        order = 4
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                gram, c = line.rstrip("\n").split("\t")
                if gram == "#order":
                    order = int(c)
                else:
                    counts[tuple(gram.split(" "))] = float(c)
        return cls(counts, order)
