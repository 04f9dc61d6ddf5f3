"""Readers that turn one decoded input (plain text, JSONL, HTML, TREC `<DOC>` XML) into Documents.

Each reader yields `Document | IngestError`: a bad record becomes an error value and the
reader carries on with the next one.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..model import Document
from ..text.normalize import normalize
from .dates import parse_date_field
from .errors import IngestError
from .layout import apply_layout, detect_layout, split_keywords, split_lines

Item = Document | IngestError

TEXT_FIELDS = ("text", "content", "body")
DATE_FIELDS = ("date", "published", "pubDate", "datePublished", "time")
_DOC = re.compile(r"<DOC>(.*?)(?:</DOC>|(?=<DOC>)|\Z)", re.S | re.I)
_TREC_FIELD = re.compile(
    r"<(DOCNO|URL|SRC|SOURCE|CAT|TITLE|HEADLINE|TIME|DATE|ABSTRACT|TEXT)>(.*?)</\1>", re.S | re.I
)
_TREC_START = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<DOC>", re.S | re.I)
_XML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PARAGRAPH_TAG = re.compile(r"</?P\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{1,200}>")
_BLANKS = re.compile(r"\n{3,}")


def looks_like_trec(text: str) -> bool:
    return bool(_TREC_START.match(text[:2000]))


def looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(<!doctype\s+html|<html|<head|<body)", text[:1000], re.I))


def looks_like_jsonl(text: str) -> bool:
    lines = [x for x in text.split("\n") if x.strip()]
    return bool(lines) and all(x.lstrip().startswith("{") for x in lines)


def read_text(text: str, doc_id: str, origin: str) -> Item:
    """One plain-text article; headline, dateline and trailers come from its layout."""
    text = _clean_text(text)
    doc = Document(id=doc_id, text=text, origin=origin)
    apply_layout(doc, detect_layout(text))
    return doc


def read_jsonl(text: str, stem: str, path: str) -> Iterator[Item]:
    """One record a line; a line that is not a JSON object is reported with its number."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield IngestError(path, lineno, f"invalid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield IngestError(path, lineno, f"expected a JSON object, got {type(record).__name__}")
            continue
        yield read_record(record, f"{stem}-{lineno}", path, lineno)


def read_record(record: dict[str, Any], default_id: str, path: str, line: int | None) -> Item:
    """A record with `text` (or `content`/`body`) and optional id, title, date, source, url."""
    text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if text is None or not text.strip():
        return IngestError(path, line, "record has no text (expected a non-empty 'text' field)")
    raw_id = record.get("id")
    raw_id = _clean_text(str(raw_id)).strip() if isinstance(raw_id, str | int) else ""
    doc_id = raw_id or default_id
    origin = path if line is None else f"{path}:{line}"
    doc = compose(doc_id, _str_field(record, "title"), _clean_text(text), origin)
    doc.source = _str_field(record, "source") or doc.source
    doc.url = _str_field(record, "url")
    doc.keywords = _keyword_field(record.get("keywords")) or doc.keywords
    _set_date(doc, next((record[k] for k in DATE_FIELDS if record.get(k) not in (None, "")), None))
    return doc


def read_json(text: str, stem: str, path: str) -> Iterator[Item]:
    """A JSON file holding one record or an array of records (e.g. SaudiNewsNet's daily files)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield IngestError(path, err.lineno, f"invalid JSON ({err.msg} at column {err.colno})")
        return
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            yield IngestError(path, None, f"item {n}: expected a JSON object, got {type(record).__name__}")
            continue
        item = read_record(record, f"{stem}-{n}", path, None)
        if isinstance(item, IngestError):
            item.message = f"item {n}: {item.message}"
        yield item


def _apply_layout_after_title(doc: Document) -> None:
    """Use the text's own headline only when it agrees with a title the input gave."""
    lines = split_lines(doc.text)
    if doc.title and lines and _same_title(lines[0].text, doc.title):
        doc.title_span = (lines[0].start, lines[0].end)
        apply_layout(doc, detect_layout(doc.text, find_title=False, lo=lines[0].end))
    else:
        apply_layout(doc, detect_layout(doc.text, find_title=doc.title is None))


def _same_title(line: str, title: str) -> bool:
    a, b = normalize(line), normalize(title)
    return bool(a) and (a == b or (len(b) > 10 and a.startswith(b)) or (len(a) > 10 and b.startswith(a)))


def compose(doc_id: str, title: str | None, body: str, origin: str) -> Document:
    """A Document for an input that gives its headline apart from its text (HTML, TREC, JSON records).

    The text is the headline, a blank line and the body, so the headline is a sentence like any
    other; when the body already opens with the headline it is used as it is.
    """
    title = " ".join(title.split()) if title else None
    if title and not _starts_with_title(body, title):
        doc = Document(id=doc_id, text=f"{title}\n\n{body.strip()}", origin=origin)
        doc.title, doc.title_span = title, (0, len(title))
        apply_layout(doc, detect_layout(doc.text, find_title=False, lo=len(title)))
        return doc
    doc = Document(id=doc_id, text=body, origin=origin, title=title)
    _apply_layout_after_title(doc)
    return doc


def _starts_with_title(body: str, title: str) -> bool:
    lines = split_lines(body[:1000])
    return bool(lines) and _same_title(lines[0].text, title)


def read_html(text: str, doc_id: str, origin: str) -> Item:
    """Main text and metadata of a web page, offline (trafilatura; scripts and boilerplate dropped)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as err:  # trafilatura raises many types on malformed pages
        return IngestError(origin, None, f"HTML could not be parsed ({type(err).__name__}: {err})")
    body = (result.text if result else "") or ""
    if not body.strip():
        return IngestError(origin, None, "no article text found in the HTML page")
    doc = compose(doc_id, result.title, _clean_text(body), origin)
    _set_date(doc, result.date)
    doc.url = doc.url or result.url
    doc.source = doc.source or result.sitename
    doc.keywords = doc.keywords or _keyword_field(result.tags)
    return doc


def read_trec(text: str, stem: str, path: str) -> Iterator[Item]:
    """TREC/CLEF-style `<DOC>` records (DOCNO, TITLE, TIME, TEXT, ...), several per file."""
    text = _XML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)  # keeps line numbers
    found = False
    for n, match in enumerate(_DOC.finditer(text), start=1):
        found = True
        line = text.count("\n", 0, match.start()) + 1
        yield _trec_doc(match.group(1), f"{stem}-{n}", path, line)
    if not found:
        yield IngestError(path, None, "no <DOC> element found")


def _trec_doc(chunk: str, default_id: str, path: str, line: int) -> Item:
    fields: dict[str, str] = {}
    for m in _TREC_FIELD.finditer(chunk):
        fields.setdefault(m.group(1).upper(), _trec_value(m.group(2)))
    body = fields.get("TEXT") or fields.get("ABSTRACT")
    if not body:
        return IngestError(path, line, "<DOC> without <TEXT>")
    doc_id = fields.get("DOCNO") or default_id
    doc = compose(doc_id, fields.get("TITLE") or fields.get("HEADLINE"), body, f"{path}:{line}")
    _set_date(doc, fields.get("TIME") or fields.get("DATE"))
    doc.source = doc.source or fields.get("SRC") or fields.get("SOURCE")
    doc.url = fields.get("URL") or None
    if "DOCNO" not in fields:
        doc.warnings.append(f"{path}:{line}: <DOC> without <DOCNO>; id {doc_id!r} derived from the file")
    return doc


def _trec_value(raw: str) -> str:
    text = _ANY_TAG.sub("", _PARAGRAPH_TAG.sub("\n", raw))
    text = _clean_text(html.unescape(text))
    lines = [x.strip() for x in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


# A JSON string may escape half of a surrogate pair (`"\ud800"`): no UTF-8 text can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# Arabic presentation forms (contextual glyphs and ligatures, U+FB50–U+FDFF, U+FE70–U+FEFC) come
# from text copied out of PDFs and old layout engines. They look like ordinary letters but are other
# code points, so no model, gazetteer or normaliser would know the words; NFKC maps each glyph back
# to its letters.
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")


def _clean_text(text: str) -> str:
    """Unix line ends, U+FFFD for lone surrogates (which no tokenizer or RDF writer accepts), and
    Arabic letters for Arabic presentation forms."""
    text = _LONE_SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _PRESENTATION_FORM.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _str_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return _clean_text(value).strip() or None if isinstance(value, str) else None


def _keyword_field(value: object) -> list[str]:
    if isinstance(value, str):
        return split_keywords(value)
    if isinstance(value, list):
        return [k for v in value for k in split_keywords(str(v))]
    return []


def _set_date(doc: Document, value: object) -> None:
    if value in (None, ""):
        return
    parsed = parse_date_field(value)
    if parsed:
        doc.published = parsed
    else:
        doc.warnings.append(f"unrecognised date {value!r}")
