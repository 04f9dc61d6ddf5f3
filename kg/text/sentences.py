"""Sentence splitting for Arabic news text (pure Python, regular expressions only).

Boundaries: line breaks always end a sentence (news paragraphs are lines); within a line,
`.` `!` `?` `؟` `…` and `..` end one when followed by whitespace, and `؛` does when both sides
are long. No boundary is placed inside a quotation («...», "...", “...”) of reasonable length,
after an abbreviation or initial (`د.` `أ.` `م.`, "J."), or after a list number ("1.").
Decimal numbers (3.5) and dotted names (sabq.org) never split since no whitespace follows
the dot. Spans are trimmed of surrounding whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model import Document, Sentence
from ..pipeline import Resources, stage

MAX_QUOTE_CHARS = 400  # a longer "quotation" is more likely an unbalanced quote mark
SEMICOLON_MIN_WORDS = (15, 8)  # words needed before / after a ؛ for it to end a sentence

# A terminator, any closing quotes/brackets, then whitespace, the line end or (scraped text often
# drops the space: "العراقية.واعتبر") an Arabic letter.
_TERMINATOR = re.compile(r"(?:\.{2,}|…+|[!?؟]+[.!?؟]*|\.(?!\.)|؛)([\"'»”’)\]]*)(?=\s|$|[\u0621-\u064a])")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_QUOTES = re.compile(r"«[^«»\n]*»|\"[^\"\n]*\"|“[^“”\n]*”")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"^[0-9٠-٩]+$")
_OPENERS = "\"'«“‘([{"
# Multi-letter abbreviations written with a final dot (normalised spelling is not needed here).
ABBREVIATIONS = frozenset({"ص.ب", "ق.م", "ت.ض", "Mr", "Mrs", "Dr", "Prof", "St", "Jr", "vs", "etc", "No"})
# Single letters that follow a number as a unit or calendar mark: "2020 م." ends a sentence.
_NUMBER_SUFFIXES = frozenset({"م", "ه", "هـ", "ق", "كم"})


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets, trimmed) of text[start:end]."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        spans.extend(_split_line(text, start + m.start(), start + m.end()))
    return spans


def _split_line(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    line = text[lo:hi]
    protected = [
        (m.start(), m.end()) for m in _QUOTES.finditer(line) if m.end() - m.start() <= MAX_QUOTE_CHARS
    ]
    cuts: list[int] = []
    last = 0
    for m in _TERMINATOR.finditer(line):
        if _inside_quote(m, protected) or not _is_boundary(line, last, m):
            continue
        cuts.append(m.end())
        last = m.end()
    spans = []
    for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
        span = _trim(text, lo + a, lo + b)
        if span and _LETTER_OR_DIGIT.search(text[span[0] : span[1]]):
            spans.append(span)
    return spans


def _inside_quote(m: re.Match[str], protected: list[tuple[int, int]]) -> bool:
    """True when the terminator lies inside a quotation and does not close it."""
    return any(qs < m.start() < qe and m.end() < qe for qs, qe in protected)


def _is_boundary(line: str, last: int, m: re.Match[str]) -> bool:
    before = line[last : m.start()]
    words = before.split()
    if not words or not _LETTER.search(before):
        return False  # nothing but a number or symbols so far: "1." or "***"
    if m.end() < len(line) and not line[m.end()].isspace() and not _glued_boundary(words[-1]):
        return False
    mark = m.group().rstrip("\"'»”’)]")
    if mark == "؛":
        after = line[m.end() :].split()
        return len(words) >= SEMICOLON_MIN_WORDS[0] and len(after) >= SEMICOLON_MIN_WORDS[1]
    if mark == ".":
        return not _is_abbreviation(words)
    if mark.startswith(".."):
        return len(words) >= 3  # "مصر.. " in a heading-like phrase is a separator, not an end
    return True


def _glued_boundary(word: str) -> bool:
    """A terminator glued to the next word counts only after a real Arabic word ("العراقية.واعتبر"),
    not inside a dotted acronym ("سي.بي.إس"), whose parts are one or two letters."""
    letters = [ch for ch in word.rsplit(".", 1)[-1] if ch.isalpha()]
    return len(letters) >= 3 and bool(_ARABIC_LETTER.fullmatch(word[-1]))


def _is_abbreviation(words: list[str]) -> bool:
    word = words[-1].lstrip(_OPENERS)
    if word in ABBREVIATIONS:
        return True
    if len(word.rstrip("ـ")) == 1 and _LETTER.match(word):
        previous = words[-2] if len(words) > 1 else ""
        return not (word in _NUMBER_SUFFIXES and _NUMBER.match(previous))
    return False


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def document_sentences(doc: Document) -> list[Sentence]:
    """The title (one sentence) and the body's sentences; dateline and trailers are left out.

    `paragraph` counts lines: the title is paragraph 0 and each body line starts a new one.
    """
    from ..ingest.layout import inline_related

    body_start, body_end = doc.body_start, doc.body_end if doc.body_end is not None else len(doc.text)
    sentences: list[Sentence] = []
    paragraph = -1
    if doc.title_span and doc.title_span[1] <= body_start:
        span = _trim(doc.text, *doc.title_span)
        if span:
            paragraph = 0
            sentences.append(Sentence(span[0], span[1], paragraph))
    previous_end = None
    for a, b in _segments(body_start, body_end, inline_related(doc.text, body_start, body_end)):
        for s, e in split_sentences(doc.text, a, b):
            if previous_end is None or "\n" in doc.text[previous_end:s]:
                paragraph += 1
            sentences.append(Sentence(s, e, paragraph))
            previous_end = e
    return sentences


def _segments(start: int, end: int, skips: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """[start, end) minus the skipped spans."""
    segments, cursor = [], start
    for s, e, _ in sorted(skips):
        if s > cursor:
            segments.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        segments.append((cursor, end))
    return segments


@stage("sentences", provides=("sentences",))
def make_sentences(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    """Stage `sentences`: fills `Document.sentences` over the title and the body."""

    def run(doc: Document) -> None:
        doc.sentences = document_sentences(doc)

    return run
