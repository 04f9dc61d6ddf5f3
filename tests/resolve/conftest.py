"""Shared helpers for the resolution tests: hand-built documents as the coref stage makes them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.model import Document, Entity
from kg.vocab import DEFAULT_CLASS


def shared_data() -> Path:
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture
def data_dir() -> Path:
    path = shared_data()
    if not (path / "translit").is_dir():
        pytest.skip(f"shared data not found at {path} (set KG_SHARED_DATA)")
    return path


def make_doc(doc_id: str, names: list[tuple[str, str]]) -> Document:
    """A document whose entities are (Arabic name, coarse) pairs, keys e0, e1, ..."""
    entities = [
        Entity(key=f"e{i}", label_ar=name, coarse=coarse, cls=DEFAULT_CLASS[coarse], aliases=[name])  # type: ignore[arg-type]
        for i, (name, coarse) in enumerate(names)
    ]
    return Document(id=doc_id, text=" ".join(n for n, _ in names), entities=entities)


@pytest.fixture
def doc():
    """Factory fixture: doc("id", [("إسماعيل قاآني", "PER"), ...])."""
    return make_doc
