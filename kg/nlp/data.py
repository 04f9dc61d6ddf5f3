"""Readers for the training corpora, all producing surface-spelled segments.

Every reader yields sentences as lists of `Word`: one orthographic word of the
original text with its syntactic segments. Segments are spelled as in the text
(`للاسلحة` -> `ل` + `لاسلحة`), so their character offsets are exact; the treebank
spelling of each part (`الأسلحة`) is kept as `norm`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# Diacritics, dagger alef and tatweel: ignored when comparing spellings.
_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_KEY_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


@dataclass
class Word:
    """An orthographic word, its surface segments, their treebank spellings and tags."""

    text: str
    segments: list[str]
    norms: list[str]
    tags: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # sentence-level segment indexes (PUD only)
    deps: list[str] = field(default_factory=list)


def lookup_key(text: str) -> str:
    """Lexicon key: like `fold` but keeps taa marbuta (`واقعة` is not `واقعه`, "his reality")."""
    return _MARKS.sub("", unicodedata.normalize("NFC", text)).translate(_KEY_FOLD)


def fold(text: str) -> str:
    """Spelling-insensitive key: no diacritics, unified alef/yaa/taa marbuta/hamza seats."""
    return _MARKS.sub("", unicodedata.normalize("NFC", text)).translate(_FOLD)


@lru_cache(maxsize=200_000)
def surface_split(surface: str, parts: tuple[str, ...]) -> tuple[str, ...] | None:
    """Cut `surface` into len(parts) pieces aligned to the (respelled) parts.

    Edit-distance alignment of the folded strings; a part boundary maps to the
    surface position where the alignment path crosses it. None if a piece is empty.
    """
    s, p = fold(surface), fold("".join(parts))
    if len(s) != len(surface):
        return None
    n, m = len(s), len(p)
    dist = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dist[i][0] = i
    for j in range(m + 1):
        dist[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            sub = dist[i - 1][j - 1] + (s[i - 1] != p[j - 1])
            dist[i][j] = min(sub, dist[i - 1][j] + 1, dist[i][j - 1] + 1)
    col_to_row: dict[int, int] = {}
    i, j = n, m
    while i > 0 or j > 0:
        col_to_row[j] = i
        if i > 0 and j > 0 and dist[i][j] == dist[i - 1][j - 1] + (s[i - 1] != p[j - 1]):
            i, j = i - 1, j - 1
        elif j > 0 and dist[i][j] == dist[i][j - 1] + 1:
            j -= 1
        else:
            i -= 1
    col_to_row[0] = 0
    cuts, acc = [0], 0
    for part in parts[:-1]:
        acc += len(fold(part))
        cuts.append(col_to_row.get(acc, 0))
    cuts.append(n)
    pieces = tuple(surface[a:b] for a, b in zip(cuts, cuts[1:], strict=False))
    return pieces if all(pieces) else None


def _parts_count(surface: str, following: list[str]) -> int:
    """How many of the next tokens are the parts of a multi-word token (2 to 4)."""
    target = len(fold(surface))
    for n in range(2, min(4, len(following)) + 1):
        if len(fold("".join(following[:n]))) >= target:
            return n
    return 2


def read_padt(path: Path) -> Iterator[list[Word]]:
    """PADT `tokens<TAB>tags` lines; a multi-word token (tag `_`) is followed by its parts."""
    with path.open(encoding="utf8") as f:
        for line in f:
            if not line.strip():
                continue
            toks, tags = (x.split(" ") for x in line.rstrip("\n").split("\t"))
            words, i = [], 0
            while i < len(toks):
                if tags[i] != "_" or not toks[i].isalpha():  # a literal "_" token is punctuation
                    tag = tags[i] if tags[i] != "_" else "PUNCT"
                    words.append(Word(toks[i], [toks[i]], [toks[i]], [tag]))
                    i += 1
                    continue
                n = _parts_count(toks[i], toks[i + 1 :])
                parts = tuple(toks[i + 1 : i + 1 + n])
                pieces = surface_split(toks[i], parts)
                if pieces is None:  # unalignable: keep the word whole, tag of its host
                    host = max(range(n), key=lambda k: len(parts[k]))
                    words.append(Word(toks[i], [toks[i]], [toks[i]], [tags[i + 1 + host]]))
                else:
                    words.append(Word(toks[i], list(pieces), list(parts), tags[i + 1 : i + 1 + n]))
                i += 1 + n
            yield words


def read_conllu(path: Path) -> Iterator[list[Word]]:
    """UD CoNLL-U (PUD): clitics are tokens joined by SpaceAfter=No; punctuation stays separate."""
    rows: list[list[str]] = []
    with path.open(encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield _conllu_words(rows)
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append(cols)
    if rows:
        yield _conllu_words(rows)


def _conllu_words(rows: list[list[str]]) -> list[Word]:
    words: list[Word] = []
    glue = False
    for k, cols in enumerate(rows):
        form, upos, head, dep = cols[1], cols[3], int(cols[6]) - 1, cols[7]
        punct = upos == "PUNCT" or unicodedata.category(form[0]).startswith("P")
        if glue and not punct and words and words[-1].tags[-1] != "PUNCT":
            w = words[-1]
            w.text += form
            w.segments.append(form)
            w.norms.append(form)
            w.tags.append(upos)
            w.heads.append(head)
            w.deps.append(dep)
        else:
            words.append(Word(form, [form], [form], [upos], [head], [dep]))
        glue = "SpaceAfter=No" in cols[9]
        del k
    return words


def read_anercorp(path: Path) -> Iterator[list[tuple[str, str]]]:
    """ANERcorp `word TAG` lines, blank line between sentences; tags BIO with PERS/LOC/ORG/MISC."""
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                if sent:
                    yield sent
                sent = []
                continue
            word, tag = parts[0], parts[-1]
            sent.append((word, tag.replace("PERS", "PER")))
    if sent:
        yield sent
