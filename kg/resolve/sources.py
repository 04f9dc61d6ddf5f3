"""Readers for the Arabic-English name pairs in the shared data folder.

Each reader yields `Pair`s tagged with a split: the published train/test splits
where a source has them (Wikidata names: wd_arabic_80 / wd_arabic_20; Google
ar2en: train+eval / test), and a stable 10 % hash split for ANETAC, which has none.
The Chauvet list is not used: its folder carries no licence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .translit import arabic_key, latin_key


@dataclass(frozen=True)
class Pair:
    ar: str  # arabic_key of the Arabic side
    en: str  # the English spelling as published (case kept)
    weight: float
    source: str
    split: str  # "train" or "test"
    kind: str = ""  # PERSON / LOCATION / ORGANIZATION where the source says


def _hash_split(text: str, test_share: int = 10) -> str:
    h = int(hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest(), 16)
    return "test" if h % 100 < test_share else "train"


def _pair(ar: str, en: str, weight: float, source: str, split: str, kind: str = "") -> Pair | None:
    a = arabic_key(ar)
    if not a or latin_key(en) is None or " " in en.strip():
        return None
    return Pair(a, en.strip(), weight, source, split, kind)


def wikidata_pairs(data: Path) -> Iterator[Pair]:
    folder = data / "translit" / "wd_netranslit"
    for name, split in (("wd_arabic_80", "train"), ("wd_arabic_20", "test")):
        with (folder / name).open(encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    p = _pair(parts[1].replace(" ", ""), parts[0], float(parts[2]), "wikidata", split)
                    if p:
                        yield p


def google_pairs(data: Path) -> Iterator[Pair]:
    folder = data / "translit" / "google_ar2en"
    splits = (("ar2en-train.txt", "train"), ("ar2en-eval.txt", "train"), ("ar2en-test.txt", "test"))
    for name, split in splits:
        with (folder / name).open(encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2:
                    p = _pair(parts[0], parts[1], 1.0, "google", split)
                    if p:
                        yield p


def anetac_pairs(data: Path) -> Iterator[Pair]:
    with (data / "anetac" / "EN-AR_Named-entities.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                kind, en, ar = parts
                p = _pair(ar, en, 1.0, "anetac", _hash_split(arabic_key(ar)), kind)
                if p:
                    yield p


def all_pairs(data: Path) -> list[Pair]:
    """Every usable pair of the three licensed sources."""
    return [*wikidata_pairs(data), *google_pairs(data), *anetac_pairs(data)]
