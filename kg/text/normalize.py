"""Arabic normalisation for look-ups only: the document text is never rewritten.

`normalize` folds the spelling variation that news text shows for one name
(hamza and alef forms, alef maqsura, taa marbuta, tatweel, diacritics, spacing
inside compounds such as "أبو مهدي" / "أبومهدي" is handled by `compact`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF = re.compile("[أإآٱ]")
_PUNCT = re.compile(r"[\"'«»“”‘’`()\[\]{}<>،,.:;!?؟\-_/|]+")
_SPACES = re.compile(r"\s+")

# Single-letter proclitics that attach to a following word (conjunctions, prepositions).
PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def normalize(text: str) -> str:
    """Fold orthographic variants so that equal names compare equal."""
    if len(text) <= _CACHED_LENGTH:
        return _normalize_short(text)  # words and names recur: the extractors ask for them again and again
    return _normalize(text)


_CACHED_LENGTH = 40


@lru_cache(maxsize=1 << 17)
def _normalize_short(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    s = _DIACRITICS.sub("", text)
    s = _ALEF.sub("ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = _PUNCT.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def compact(text: str) -> str:
    """`normalize` and drop spaces, so "نصر الله" and "نصرالله" meet."""
    return normalize(text).replace(" ", "")


def strip_article(word: str) -> str:
    """Drop a leading definite article (ال) from a normalised word, if what remains is a word."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word
