"""Fixtures of the extraction tests: the shipped spaCy model and pipelines up to the events stage."""

from __future__ import annotations

import pytest

from kg.eval.runner import make_pipeline


@pytest.fixture(scope="session")
def nlp():
    try:
        from kg.nlp import load

        return load("ar_kg_news")
    except Exception as err:  # the model is optional: the stage works without it
        pytest.skip(f"shipped spaCy model not available: {err}")


@pytest.fixture(scope="session")
def pipe():
    """The rule stages only (no trained NER): sentences, entities, coreference, relations."""
    return make_pipeline(skip=("nlp", "labels", "events", "time"))


@pytest.fixture(scope="session")
def nlp_pipe():
    """The same with the trained NER in front, which finds names the rules alone miss."""
    return make_pipeline(skip=("labels", "events", "time"))
