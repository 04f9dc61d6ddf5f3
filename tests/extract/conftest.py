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


@pytest.fixture(scope="session")
def wfp_meeting() -> str:
    """Al-Riyadh (SaudiNewsNet, August 2015): the Yemeni human rights minister "met yesterday in Riyadh the
    regional director of the World Food Programme for the Middle East ..., Muhannad Hadi", and three more
    officials, each after his title (a sentence the event and relation tests share)."""
    return (
        "التقى وزير حقوق الإنسان بالجمهورية اليمنية، عزالدين الأصبحي امس بالرياض المدير الإقليمي لبرنامج "
        "الأغذية العالمي بمنطقة الشرق الأوسط وشمال أفريقيا ووسط آسيا وشرق أوروبا، مهند هادي، ومدير برنامج "
        "الأغذية العالمي بدول مجلس التعاون لدول الخليج العربية عبدالله الوردات، ومنسق عمليات الإمداد الإغاثي "
        "لبرنامج الأغذية العالمي بالرياض، خالد القدسي، ومسؤول الشراكات الحكومية في دول مجلس التعاون الخليجي، "
        "شاكر اللوزي."
    )
