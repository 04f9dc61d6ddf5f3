"""Fixtures shared by the test packages: where the shared data and small fixtures are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


def shared_data_dir() -> Path:
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """The shared data folder; tests using it skip with a reason when it is absent."""
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set KG_SHARED_DATA)")
    return path


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
