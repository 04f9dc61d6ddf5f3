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
from thinc.api import use_ops

from .tokenizer import ArabicCliticTokenizer  # also registers the tokenizer with spaCy

MODELS_DIR = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL = "ar_kg_news"
log = logging.getLogger(__name__)

__all__ = ["ArabicCliticTokenizer", "DEFAULT_MODEL", "MODELS_DIR", "blank", "cpu_ops", "load", "loaded"]


def cpu_ops():
    """Context in which new spaCy models run on thinc's numpy backend with numpy's BLAS.

    thinc's default CPU backend multiplies matrices with its bundled BLIS; on the x86-64 machines
    we measured, numpy's OpenBLAS computes the same products 3-4 times faster per core, which makes
    the whole pipeline about 1.5 times faster (outputs identical). Models keep the backend they were
    built with, so loading (or training) inside this context is enough."""
    return use_ops("numpy", use_blis=False)


_OPEN: dict[Path, Language] = {}  # models loaded in this process, by their folder


@lru_cache(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """The pipeline `name` from kg/nlp/models (or a path); blank fallback when missing."""
    path = Path(name) if Path(name).is_dir() else MODELS_DIR / name
    if not (path / "config.cfg").exists():
        log.warning("spaCy model %s not found: using a blank Arabic pipeline (tokens only)", path)
        return blank()
    with cpu_ops():
        nlp = spacy.load(path)
    _OPEN[path.resolve()] = nlp
    return nlp


def loaded(path: Path) -> Language | None:
    """The model of folder `path` if this process has loaded it already (to share its vectors)."""
    return _OPEN.get(Path(path).resolve())


def blank() -> Language:
    """Blank Arabic pipeline with the clitic tokenizer and, when shipped, its tables."""
    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ArabicCliticTokenizer.v1"}}})
    tables = MODELS_DIR / DEFAULT_MODEL / "tokenizer"
    if tables.exists():
        nlp.tokenizer.from_disk(tables)
    return nlp
