"""Where the shared evaluation data lives, and the fixed tuning/check split of the GSR."""

from __future__ import annotations

import csv
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def shared_root() -> Path:
    """`$KG_SHARED_DATA`, else `../shared/data` beside the checkout."""
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else (REPO / ".." / "shared" / "data").resolve()


def scorer_path() -> Path:
    env = os.environ.get("KG_SCORER")
    return Path(env) if env else shared_root().parent / "tools" / "score.py"


def gsr_csv(etype: str) -> Path:
    return shared_root() / "arabic_event_gsr" / f"{etype.lower()}_gsr.csv"


@dataclass(frozen=True)
class GsrRow:
    id: str
    text: str
    label: str  # yes, easy no, difficult no, ambiguous

    @property
    def positive(self) -> bool:
        return self.label == "yes"


def split_of(sentence_id: str) -> str:
    """`dev` (tuning) or `check`: a stable hash of the id, about half each."""
    return "dev" if hashlib.sha1(sentence_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def fold_of(sentence_id: str, folds: int) -> int:
    """A stable fold number in `range(folds)` for k-fold cross-fitting."""
    return hashlib.sha1(sentence_id.encode("utf-8")).digest()[2] % folds


_FOLD = re.compile(r"^(fold|rest)(\d+)of(\d+)$")


def in_split(sentence_id: str, split: str) -> bool:
    """`all`, `dev`, `check`, `fold2of5` (fold 2 of 5) or `rest2of5` (every other fold)."""
    if split == "all":
        return True
    m = _FOLD.match(split)
    if m:
        inside = fold_of(sentence_id, int(m.group(3))) == int(m.group(2))
        return inside if m.group(1) == "fold" else not inside
    if split not in ("dev", "check"):
        raise ValueError(f"unknown GSR split {split!r}")
    return split_of(sentence_id) == split


def gsr_rows(etype: str, split: str = "dev") -> list[GsrRow]:
    """Rows of one GSR file in the given split (see `in_split`)."""
    with gsr_csv(etype).open(encoding="utf-8") as f:
        rows = [GsrRow(r["id"], r["text"], r["label"]) for r in csv.DictReader(f)]
    return [r for r in rows if in_split(r.id, split)]
