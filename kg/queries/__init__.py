"""Example SPARQL queries shipped with kg (`*.rq` files in this folder), by name."""

from __future__ import annotations

from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent


def names() -> list[str]:
    """Names of the shipped queries, e.g. 'who_met_whom'."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def load(name: str) -> str:
    """Text of a shipped query; raises KeyError for an unknown name."""
    path = QUERIES_DIR / f"{name}.rq"
    if name not in names():
        raise KeyError(f"no query named {name!r}; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")
