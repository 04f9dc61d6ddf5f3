"""The `nlp` stage: run the shipped spaCy pipeline over every sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Document
from ..pipeline import Resources, stage
from . import DEFAULT_MODEL, load


@stage("nlp", requires=("sentences",), provides=("tokens", "tags", "deps", "ner"))
def make_nlp(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    """Config: `model` (name under kg/nlp/models or a path), `batch_size`."""
    name = config.get("model", DEFAULT_MODEL)
    batch_size = int(config.get("batch_size", 64))
    nlp = resources.get(f"spacy:{name}", lambda: load(name))

    def run(doc: Document) -> None:
        texts = (doc.text[s.start : s.end] for s in doc.sentences)
        for sentence, sdoc in zip(doc.sentences, nlp.pipe(texts, batch_size=batch_size), strict=True):
            sentence.doc = sdoc  # token offsets are relative to sentence.start

    return run
