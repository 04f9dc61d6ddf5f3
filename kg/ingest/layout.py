"""Where the article body is in a plain-text page, and the metadata around it.

News pages pasted or scraped as text follow a few layouts: a short headline, a dateline
(`السبت 21 نوفمبر 2020 06:00 م`), the body, then trailers such as a source line
(`المصدر | الخليج الجديد`), a keyword list (`كلمات مفتاحية` + keywords) and related headlines.
`detect_layout` finds those parts by line shape and generic marker words only. It is
conservative: a line becomes metadata only when its shape and position leave no doubt, so
body text is never dropped by mistake (trailing lines count as metadata only after a marker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document
from ..text.calendar import WEEKDAYS, find_dates
from ..text.normalize import normalize
from .dates import dateline_date

MAX_HEADLINE_WORDS = 25
MAX_HEADLINE_CHARS = 220
MAX_TRAILER_WORDS = 30  # every line after a trailer marker must be at most this long
MAX_DATELINE_WORDS = 16
MAX_DATELINE_OTHER_WORDS = 3  # words in a dateline that are not date, weekday or time words

# Generic marker words, not tied to any site (compared after `normalize`).
SOURCE_MARKERS = ("المصدر", "مصدر الخبر", "المصادر", "source")
KEYWORD_MARKERS = (
    "كلمات مفتاحية", "الكلمات المفتاحية", "كلمات دلالية", "الكلمات الدلالية", "الكلمات الدالة",
    "كلمات دالة", "الوسوم", "وسوم", "tags", "keywords",
)  # fmt: skip
RELATED_MARKERS = (
    "اقرأ أيضا", "اقرأ المزيد", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة",
    "ذات صلة", "الأكثر قراءة", "شاهد أيضا", "أخبار متعلقة", "related",
)  # fmt: skip
_DATELINE_WORDS = {
    normalize(w)
    for w in (
        "نشر", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "تحديث", "تم", "التحديث", "الساعة", "مساء", "صباحا",
        "م", "ص", "هـ", "ه", "GMT", "UTC", "AM", "PM", "am", "pm", "يوم",
    )
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.،,:؛;]\s*$")
_ELLIPSIS_END = re.compile(r"(\.\.|…)\s*$")
_KEYWORD_SPLIT = re.compile(r"\s*(?:[،,;؛|#\t]|\s-\s|\s{2,})\s*")
_MARKER_SEP = re.compile(r"^[\s:|：｜\-–—]*")
_LETTER = re.compile(r"[^\W\d_]")
_FINAL_PERIOD = re.compile(r"(?<!\.)\.['\"»”’)\]]*$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Layout:
    """Metadata found around the body of one text; spans are offsets into that text."""

    body_start: int
    body_end: int
    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: str | None = None
    dateline_span: tuple[int, int] | None = None
    source: str | None = None
    keywords: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)


def split_lines(text: str, lo: int = 0, hi: int | None = None) -> list[Line]:
    """Non-empty lines of text[lo:hi], trimmed of surrounding whitespace."""
    hi = len(text) if hi is None else hi
    lines = []
    for m in re.finditer(r"[^\n]+", text[lo:hi]):
        raw = m.group()
        left = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if stripped:
            start = lo + m.start() + left
            lines.append(Line(start, start + len(stripped), stripped))
    return lines


def detect_layout(text: str, *, find_title: bool = True, lo: int = 0, hi: int | None = None) -> Layout:
    """Headline, dateline, body range and trailers of text[lo:hi]."""
    lines = split_lines(text, lo, hi)
    if not lines:
        return Layout(body_start=lo, body_end=lo)
    layout = Layout(body_start=lines[0].start, body_end=lines[-1].end)
    first_body = _read_header(lines, layout, find_title)
    last_body = _read_trailer(lines, layout, first_body)
    layout.body_start = lines[first_body].start
    layout.body_end = lines[last_body].end
    return layout


def _read_header(lines: list[Line], layout: Layout, find_title: bool) -> int:
    """Fill title and dateline from the first lines; return the index of the first body line."""
    i = 0
    if len(lines) > 1 and is_dateline(lines[0].text):
        _set_dateline(layout, lines[0])
        i = 1
    title_lines: list[Line] = []
    if find_title and i + 1 < len(lines) and is_headline(lines[i].text) and not is_dateline(lines[i].text):
        title_lines.append(lines[i])
        i += 1
    if layout.published is None:
        for j in range(i, min(i + 3, len(lines) - 1)):
            if not is_dateline(lines[j].text):
                continue
            between = lines[i:j]
            if between and not (title_lines and all(is_headline(x.text) for x in between)):
                break
            title_lines.extend(between)
            _set_dateline(layout, lines[j])
            i = j + 1
            break
    if title_lines:
        layout.title_span = (title_lines[0].start, title_lines[-1].end)
        layout.title = " ".join(x.text for x in title_lines)
    return i


def _set_dateline(layout: Layout, line: Line) -> None:
    layout.published = dateline_date(line.text)
    layout.dateline_span = (line.start, line.end)


def _read_trailer(lines: list[Line], layout: Layout, first_body: int) -> int:
    """Parse the trailer (source, keywords, related) if any; return the index of the last body line."""
    start = _trailer_start(lines, first_body)
    if start is None:
        return len(lines) - 1
    mode = "related"
    for line in lines[start:]:
        kind, rest = _marker(line.text)
        if kind == "source":
            mode = "source" if not rest else "related"
            layout.source = layout.source or _clean_value(rest)
        elif kind == "keywords":
            mode = "related" if rest else "keywords"
            layout.keywords.extend(split_keywords(rest))
        elif kind == "related":
            mode = "related"
            if rest:
                layout.related.append(rest)
        elif mode == "source":
            layout.source = layout.source or _clean_value(line.text)
            mode = "related"
        elif mode == "keywords":
            layout.keywords.extend(split_keywords(line.text))
            mode = "related"
        else:
            layout.related.append(line.text)
    return start - 1


def _trailer_start(lines: list[Line], first_body: int) -> int | None:
    """First marker line after the body such that only list-like lines (short, no final period) follow."""
    for k in range(first_body + 1, len(lines)):
        if _marker(lines[k].text)[0] and all(_list_like(x) for x in lines[k:]):
            return k
    return None


def _list_like(line: Line) -> bool:
    return line.words <= MAX_TRAILER_WORDS and not _FINAL_PERIOD.search(line.text)


def inline_related(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Related-headline insertions inside a body ("اقرأ أيضا: ..." and the headline lines after it).

    Returns (start, end, headline) spans; sentence splitting leaves them out.
    """
    found: list[tuple[int, int, str]] = []
    lines = split_lines(text, start, end)
    i = 0
    while i < len(lines):
        kind, rest = _marker(lines[i].text)
        if kind != "related":
            i += 1
            continue
        if rest:
            found.append((lines[i].start, lines[i].end, rest))
            i += 1
            continue
        found.append((lines[i].start, lines[i].end, ""))
        i += 1
        while i < len(lines) and _list_like(lines[i]) and is_headline(lines[i].text):
            found.append((lines[i].start, lines[i].end, lines[i].text))
            i += 1
    return found


def _marker(text: str) -> tuple[str | None, str]:
    """("source" | "keywords" | "related" | None, the text after the marker)."""
    folded = normalize(text[:60]).lower()  # markers are short: no need to fold a whole paragraph
    for kind, marker in _MARKERS_BY_FIRST_WORD.get(folded.split(" ", 1)[0], ()):
        if folded == marker or (folded.startswith(marker + " ") and _has_separator(text, kind)):
            return kind, _after_marker(text, marker)
    return None, ""


def _index_markers() -> dict[str, list[tuple[str, str]]]:
    """Markers by their first word, longest first, so each line is checked against a handful at most."""
    index: dict[str, list[tuple[str, str]]] = {}
    tables = (("source", SOURCE_MARKERS), ("keywords", KEYWORD_MARKERS), ("related", RELATED_MARKERS))
    for kind, markers in tables:
        for marker in {normalize(m).lower() for m in markers}:
            index.setdefault(marker.split()[0], []).append((kind, marker))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[1]))
    return index


_MARKERS_BY_FIRST_WORD = _index_markers()


def _has_separator(text: str, kind: str) -> bool:
    """A source line needs `المصدر | X` or `المصدر: X`; other markers may be followed by their list."""
    return kind != "source" or bool(re.search(r"[:|：｜\-–—]", text[:40]))


def _after_marker(text: str, marker: str) -> str:
    """The original text after the marker words (marker matched on the normalised form)."""
    words = len(marker.split())
    parts = re.split(r"(\s+)", text.strip())
    seen = 0
    for idx, part in enumerate(parts):
        if part.strip() and normalize(part):
            seen += 1
            if seen == words:
                rest = "".join(parts[idx + 1 :])
                return _MARKER_SEP.sub("", rest).strip()
    return ""


def _clean_value(text: str) -> str | None:
    value = text.strip().strip(":|-–—.").strip()
    return value or None


def split_keywords(text: str) -> list[str]:
    """Keywords of a keyword line: split on list punctuation; without any, the line is one entry."""
    return [k for k in (p.strip() for p in _KEYWORD_SPLIT.split(text)) if k and _LETTER.search(k)]


def is_headline(text: str) -> bool:
    """A short line without sentence-final punctuation (a headline, not a body sentence)."""
    if len(text) > MAX_HEADLINE_CHARS or len(text.split()) > MAX_HEADLINE_WORDS or not _LETTER.search(text):
        return False
    if _ELLIPSIS_END.search(text):
        return True
    return not _SENTENCE_END.search(text)


def is_dateline(text: str) -> bool:
    """A short line that states a full date and little else (weekday, time, "نشر في", a place)."""
    if len(text.split()) > MAX_DATELINE_WORDS or text.rstrip().endswith("."):
        return False
    dates = [d for d in find_dates(text) if d.has_day]
    if not dates:
        return False
    residue = text
    for d in reversed(dates):
        residue = residue[: d.start] + " " + residue[d.end :]
    other = [
        w
        for w in normalize(residue).split()
        if _LETTER.search(w) and w not in _DATELINE_WORDS and w not in WEEKDAYS
    ]
    return len(other) <= MAX_DATELINE_OTHER_WORDS


def apply_layout(doc: Document, layout: Layout) -> None:
    """Copy what the layout found into `doc`, keeping metadata the input already gave."""
    doc.body_start, doc.body_end = layout.body_start, layout.body_end
    doc.title_span = doc.title_span or layout.title_span
    doc.title = doc.title or layout.title
    doc.published = doc.published or layout.published
    doc.source = doc.source or layout.source
    doc.keywords = doc.keywords or layout.keywords
    inline = [headline for _s, _e, headline in inline_related(doc.text, layout.body_start, layout.body_end)]
    doc.related = doc.related or [h for h in inline if h] + layout.related
