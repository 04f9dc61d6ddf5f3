"""Arabic tokenizer that splits clitics into syntactic tokens with exact offsets.

Words are first cut at whitespace and punctuation. Each word is then looked up in
a lexicon learned from the UD treebanks (most frequent analysis of the word, as
segment lengths). Unseen words go through a guarded fallback: a proclitic chain
(و/ف, then ب/ل/ك) or a pronoun suffix is split off only when the remainder is a
frequent word in the news corpus and clearly more frequent than the whole word,
which keeps names such as `بغداد` whole. Tokens keep the original spelling (so
offsets are exact); the treebank spelling of a part (`أن` for `ان`) goes to `norm_`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.attrs import FLAG61, FLAG62, FLAG63, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .data import fold, lookup_key

_MARK_CHARS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_PRETOKEN = re.compile(rf"\d+(?:[.,٫٬:/]\d+)*|[\w{_MARK_CHARS}]+|\S")
_MARKS = re.compile(f"[{_MARK_CHARS}]")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")

PROCLITIC_OUTER = ("و", "ف")
PROCLITIC_INNER = ("ب", "ل", "ك")
# Pronoun suffixes tried by the fallback (the ambiguous ي / ك endings are left to the lexicon).
# Chains the fallback tries on unseen words, longest first (`وللحكومة` -> و + ل + لحكومة). `ك` is
# left to the lexicon: on unseen words it mostly starts a foreign name (كاري, كوانغ).
_FALLBACK_INNER = ("ب", "ل")
_CHAINS = tuple(o + i for o in PROCLITIC_OUTER for i in _FALLBACK_INNER) + PROCLITIC_OUTER + _FALLBACK_INNER
MIN_HOST = 3  # shorter remainders of unseen words are name fragments far more often than words
SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")

Tables = dict[str, Any]
NAME_TYPES = {"PER": 1, "LOC": 2, "ORG": 4}  # bits of the `names` table
NAME_FLAGS = (FLAG61, FLAG62, FLAG63)  # lexeme flags set from them, in the same order


def empty_tables() -> Tables:
    """`lexicon`: lookup key (see `data.lookup_key`) -> segment lengths; `norms`: key -> treebank
    spelling of each part (None where it equals the surface); `counts`: key -> corpus frequency;
    `names`: folded word -> bits of the gazetteer name types it occurs in."""
    return {"lexicon": {}, "norms": {}, "counts": {}, "names": {}, "min_count": 5, "ratio": 2.0}


class ArabicCliticTokenizer:
    def __init__(self, vocab: Vocab, tables: Tables | None = None) -> None:
        self.vocab = vocab
        self.tables = tables or empty_tables()

    # --- tokenization -------------------------------------------------------------------
    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[str | None] = []
        pos = 0
        for m in _PRETOKEN.finditer(text):
            _add_gap(text[pos : m.start()], words, spaces, norms)
            for piece, norm in self.split_word(m.group()):
                words.append(piece)
                spaces.append(False)
                norms.append(norm)
            pos = m.end()
        _add_gap(text[pos:], words, spaces, norms)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token, norm in zip(doc, norms, strict=True):
            if norm is not None and norm != token.text:
                token.norm_ = norm
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def split_word(self, word: str) -> list[tuple[str, str | None]]:
        """Segments of one pre-token, each with its restored spelling (or None)."""
        bare = _MARKS.sub("", word)
        if len(bare) < 2 or not _ARABIC.match(bare):
            return [(word, None)]
        key = lookup_key(bare)
        lengths = self.tables["lexicon"].get(key)
        norms: list[str | None] | None = self.tables["norms"].get(key)
        taa = False
        if lengths is None:
            lengths, taa = self._fallback(key)
        if len(lengths) == 1:
            return [(word, None)]
        cuts = _cut_points(word, lengths)
        pieces = [word[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
        return list(zip(pieces, norms if norms is not None else _restore(pieces, taa), strict=True))

    def name_types(self, text: str) -> int:
        """Bits of the open-gazetteer name types the word occurs in (see `NAME_TYPES`), 0 if none."""
        return self.tables.get("names", {}).get(fold(text), 0)

    # --- fallback for words not in the lexicon ------------------------------------------------
    def _count(self, key: str) -> int:
        return self.tables["counts"].get(key, 0)

    def _known(self, host: str, whole: str) -> bool:
        c = self._count(host)
        return c >= self.tables["min_count"] and c >= self.tables["ratio"] * self._count(whole)

    def _fallback(self, key: str) -> tuple[list[int], bool]:
        """Segment lengths for an unseen word, and whether the host lost a taa marbuta."""
        chain, rest = self._proclitics(key)
        lengths = [1] * len(chain)
        suffix_len, taa = self._suffix(rest) if len(rest) > 3 else (0, False)
        if suffix_len:
            return [*lengths, len(rest) - suffix_len, suffix_len], taa
        return [*lengths, len(rest)], False

    def _proclitics(self, key: str) -> tuple[str, str]:
        for chain in _CHAINS:
            rest = key[len(chain) :]
            if len(rest) >= MIN_HOST and key.startswith(chain):
                host = "ا" + rest if chain[-1] == "ل" and rest.startswith("ل") else rest
                if self._known(host, key):
                    return chain, rest
        return "", key

    def _suffix(self, rest: str) -> tuple[int, bool]:
        if rest.startswith("ال"):
            return 0, False
        for suf in SUFFIXES:
            host = rest[: -len(suf)]
            if not rest.endswith(suf) or len(host) < 2:
                continue
            if host.endswith("ت") and self._known(host[:-1] + "ة", rest):
                return len(suf), True
            if self._known(host, rest):
                return len(suf), False
        return 0, False

    # --- training-time initialisation and serialisation ------------------------------------
    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        tables_path: str | None = None,
    ) -> None:
        if tables_path:
            self.tables = srsly.read_msgpack(tables_path)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.tables)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ArabicCliticTokenizer:
        self.tables = srsly.msgpack_loads(data)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ArabicCliticTokenizer:
        return self.from_bytes(Path(path).read_bytes())


def _restore(pieces: list[str], taa: bool) -> list[str | None]:
    """Restored spellings: the article's alef after `ل` (`ل`+`لاسلحة` -> `الاسلحة`), and the
    taa marbuta of a host before a pronoun (`حكومت`+`ه` -> `حكومة`)."""
    norms: list[str | None] = [None] * len(pieces)
    for i in range(1, len(pieces)):
        if pieces[i - 1] == "ل" and pieces[i].startswith("ل") and len(pieces[i]) > 2:
            norms[i] = "ا" + pieces[i]
    if taa and len(pieces) > 1 and pieces[-2].endswith("ت"):
        norms[-2] = pieces[-2][:-1] + "ة"
    return norms


def _cut_points(word: str, lengths: list[int]) -> list[int]:
    """Cut positions in `word` (with diacritics) for segment lengths counted without them."""
    letters = [i for i, ch in enumerate(word) if not _MARKS.match(ch)]
    cuts, acc = [0], 0
    for n in lengths[:-1]:
        acc += n
        cuts.append(letters[acc] if acc < len(letters) else len(word))
    cuts.append(len(word))
    return cuts


def _add_gap(gap: str, words: list[str], spaces: list[bool], norms: list[str | None]) -> None:
    """Whitespace between pre-tokens: one space is a token's trailing space, the rest a token."""
    if not gap:
        return
    if words and gap.startswith(" "):
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        norms.append(None)


def _has_name_type(tokenizer: ArabicCliticTokenizer, bit: int, text: str) -> bool:
    return bool(tokenizer.name_types(text) & bit)


@spacy.registry.tokenizers("kg.ArabicCliticTokenizer.v1")
def create_tokenizer() -> Callable[[Language], ArabicCliticTokenizer]:
    def make(nlp: Language) -> ArabicCliticTokenizer:
        tokenizer = ArabicCliticTokenizer(nlp.vocab)
        # Arabic has no case: LOWER holds the spelling-folded form instead (no diacritics, one alef,
        # ي for ى, ه for ة), a back-off feature of the NER for the variant spellings of names.
        nlp.vocab.lex_attr_getters[LOWER] = fold
        # Three lexeme flags say whether the word is part of a gazetteer person / place /
        # organisation name (a NER feature; spaCy leaves FLAG61-63 free for users).
        for flag, bit in zip(NAME_FLAGS, NAME_TYPES.values(), strict=True):
            nlp.vocab.lex_attr_getters[flag] = partial(_has_name_type, tokenizer, bit)
        return tokenizer

    return make
