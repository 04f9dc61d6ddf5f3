from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pyoxigraph import Quad

# The hand-built sample documents live in tests/rdf/sample.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rdf"))

from sample import doc_batch, sample_document, second_document  # noqa: E402


@pytest.fixture()
def batch() -> list[tuple[str, list[Quad]]]:
    return doc_batch(sample_document(), second_document())
