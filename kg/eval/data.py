"""Where the shared evaluation data lives, and the fixed tuning/check split of the GSR."""

from __future__ import annotations

import csv
import hashlib
import os
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


def gsr_rows(etype: str, split: str = "dev") -> list[GsrRow]:
    """Rows of one GSR file in the given split (`dev`, `check` or `all`)."""
    with gsr_csv(etype).open(encoding="utf-8") as f:
        rows = [GsrRow(r["id"], r["text"], r["label"]) for r in csv.DictReader(f)]
    return [r for r in rows if split == "all" or split_of(r.id) == split]
