"""The `nlp` stage: run the shipped spaCy pipeline over every sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Document
from ..pipeline import Resources, stage
from . import DEFAULT_MODEL, load


@stage("nlp", requires=("sentences",), provides=("tokens", "tags", "deps", "ner"))
def make_nlp(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    """Config: `model` (name under kg/nlp/models or a path), `batch_size`, and `disable`:
    components not to run (e.g. the parser when no later stage reads dependency arcs)."""
    name = config.get("model", DEFAULT_MODEL)
    batch_size = int(config.get("batch_size", 64))
    disable = [c for c in config.get("disable", []) if c]
    nlp = resources.get(f"spacy:{name}", lambda: load(name))
    unknown = [c for c in disable if c not in nlp.pipe_names]
    if unknown and nlp.pipe_names:
        raise ValueError(f"stage nlp: cannot disable {unknown}; the model has {nlp.pipe_names}")
    needed = {"tok2vec", "tagger"} & set(disable)
    if needed and "ner" in nlp.pipe_names and "ner" not in disable:
        # the NER reads the tagger's UPOS (ar_kg_news >= 0.4.0): without it names would be missed silently
        raise ValueError(f"stage nlp: the NER needs {sorted(needed)}; disable the NER too or keep them")

    def run(doc: Document) -> None:
        texts = (doc.text[s.start : s.end] for s in doc.sentences)
        docs = nlp.pipe(texts, batch_size=batch_size, disable=[c for c in disable if c in nlp.pipe_names])
        for sentence, sdoc in zip(doc.sentences, docs, strict=True):
            sentence.doc = sdoc  # token offsets are relative to sentence.start

    return run
