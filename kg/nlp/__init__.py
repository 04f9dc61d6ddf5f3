"""The project's Arabic spaCy pipeline: clitic tokenizer, UPOS tagger, parser, NER.

    import kg.nlp
    nlp = kg.nlp.load()            # the shipped pipeline, loaded once per process
    doc = nlp("وقال الرئيس ...")

`load()` works offline: the model lives in `kg/nlp/models/<name>/`. When that folder is
missing it logs a warning and returns a blank Arabic pipeline with the clitic tokenizer
(tokens only), so the rest of the project keeps working.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from .tokenizer import ArabicCliticTokenizer  # also registers the tokenizer with spaCy

MODELS_DIR = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL = "ar_kg_news"
log = logging.getLogger(__name__)

__all__ = ["ArabicCliticTokenizer", "DEFAULT_MODEL", "MODELS_DIR", "blank", "load"]


@lru_cache(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """The pipeline `name` from kg/nlp/models (or a path); blank fallback when missing."""
    path = Path(name) if Path(name).is_dir() else MODELS_DIR / name
    if not (path / "config.cfg").exists():
        log.warning("spaCy model %s not found: using a blank Arabic pipeline (tokens only)", path)
        return blank()
    return spacy.load(path)


def blank() -> Language:
    """Blank Arabic pipeline with the clitic tokenizer and, when shipped, its tables."""
    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ArabicCliticTokenizer.v1"}}})
    tables = MODELS_DIR / DEFAULT_MODEL / "tokenizer"
    if tables.exists():
        nlp.tokenizer.from_disk(tables)
    return nlp
