"""Each input format, read through the public `iter_documents`, and its bad-input cases."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from kg.ingest import IngestError, iter_documents
from kg.model import Document

# Two sentences of the seed article (الخليج الجديد, 21 Nov 2020), used as realistic body text.
BODY_1 = (
    'زار قائد فيلق القدس التابع للحرس الثوري الإيراني الجنرال "إسماعيل قاآني"، العاصمة العراقية بغداد، '
    "الأربعاء الماضي، والتقى زعماء ميليشيات مسلحة مختلفة."
)
BODY_2 = 'وحث قائد "فيلق القدس"، الجماعات المسلحة على ضبط التهدئة ومنع تكرار القصف.'


def read(*paths: str | Path, stdin: io.StringIO | None = None) -> list[Document | IngestError]:
    return list(iter_documents(paths, stdin=stdin))


def docs_of(items: list[Document | IngestError]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def errors_of(items: list[Document | IngestError]) -> list[IngestError]:
    return [x for x in items if isinstance(x, IngestError)]


def test_txt_id_is_stem_and_origin_is_path(tmp_path: Path) -> None:
    path = tmp_path / "visit-2020.txt"
    path.write_text(f"{BODY_1}\n\n{BODY_2}\n", encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "visit-2020" and doc.origin == str(path)
    assert doc.text[doc.body_start : doc.body_end] == f"{BODY_1}\n\n{BODY_2}"


def test_jsonl_malformed_line_is_reported_and_others_complete(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": BODY_1, "date": "2020-11-21", "source": "وكالة"}, ensure_ascii=False),
        '{"id": "broken", "text": "نص ناقص',
        "",
        json.dumps({"text": BODY_2, "title": "عنوان", "url": "https://example.org/x"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "no-text"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    docs, errors = docs_of(items), errors_of(items)
    assert [d.id for d in docs] == ["a1", "feed-4"]
    assert docs[0].published == "2020-11-21" and docs[0].source == "وكالة"
    assert docs[0].origin == f"{path}:1" and docs[1].origin == f"{path}:4"
    assert docs[1].title == "عنوان" and docs[1].url == "https://example.org/x"
    assert [(e.path, e.line) for e in errors] == [(str(path), 2), (str(path), 5), (str(path), 6)]
    assert str(errors[0]).startswith(f"{path}:2: invalid JSON")


def test_jsonl_rfc2822_date(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"id": "r", "text": BODY_1, "date": "Sat, 21 Nov 2020 18:00:00 +0300"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.published == "2020-11-21T18:00:00+03:00"


def test_empty_binary_and_badly_encoded_files_are_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    latin = tmp_path / "cp1256.txt"
    latin.write_bytes(BODY_2.encode("cp1256"))
    good = tmp_path / "good.txt"
    good.write_text(BODY_1, encoding="utf-8")
    items = read(empty, binary, latin, tmp_path / "missing.txt", good)
    errors = errors_of(items)
    assert [Path(e.path).name for e in errors] == ["empty.txt", "image.txt", "cp1256.txt", "missing.txt"]
    assert "empty" in errors[0].message and "binary" in errors[1].message and "UTF-8" in errors[2].message
    assert [d.id for d in docs_of(items)] == ["good"]


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(("\ufeff" + BODY_1 + "\r\n\r\n" + BODY_2 + "\r\n").encode("utf-8"))
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.text.startswith("زار") and "\r" not in doc.text


def test_html_main_text_without_scripts(fixtures: Path) -> None:
    (doc,) = read(fixtures / "page.html")
    assert isinstance(doc, Document)
    assert doc.id == "page"
    assert "سكربت" not in doc.text and "الرئيسية" not in doc.text and "الحقوق" not in doc.text
    assert "والتقى زعماء ميليشيات مسلحة مختلفة." in doc.text
    assert doc.title and doc.title_span
    assert doc.text[doc.title_span[0] : doc.title_span[1]] == doc.title
    assert doc.published == "2020-11-21"
    assert doc.url == "https://news.example.org/2020/11/21/visit"
    assert doc.keywords == ["فيلق القدس", "بغداد"]
    assert doc.body_start >= doc.title_span[1]


def test_trec_file_with_several_docs(fixtures: Path) -> None:
    path = fixtures / "ant_three_docs.xml"
    items = read(path)
    docs, errors = docs_of(items), errors_of(items)
    assert [d.id for d in docs] == ["BB-internationalNews-64-20180226", "ant_three_docs-2"]
    first = docs[0]
    assert first.title == 'واشنطن تربط المحادثات مع كوريا الشمالية بـ"تفكيك برنامجها النووي"'
    assert first.text[first.title_span[0] : first.title_span[1]] == first.title
    assert first.published == "2018-02-26T02:20:10+00:00"
    assert first.source == "BBC" and first.url == "http://www.bbc.co.uk/arabic/world-43193332"
    assert first.text[first.body_start :].startswith("أعلنت كوريا الجنوبية")
    assert "&" in docs[1].text and docs[1].warnings
    assert len(errors) == 1 and errors[0].line == 30 and "<TEXT>" in errors[0].message


def test_tar_gz_members_are_streamed(tmp_path: Path, fixtures: Path) -> None:
    archive = tmp_path / "bundle.tar.gz"
    note = tmp_path / "note.txt"
    note.write_text(BODY_2, encoding="utf-8")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(fixtures / "ant_three_docs.xml", arcname="corpus/a.txt")  # TREC content in a .txt
        tar.add(note, arcname="corpus/b/note.txt")
        tar.add(fixtures / "page.html", arcname="corpus/README.md")  # unknown suffix: skipped
    items = read(archive)
    ids = [d.id for d in docs_of(items)]
    assert ids == ["BB-internationalNews-64-20180226", "a-2", "note"]
    assert docs_of(items)[2].origin == f"{archive}!corpus/b/note.txt"
    assert len(errors_of(items)) == 1


def test_corrupt_archive_is_an_error(tmp_path: Path) -> None:
    archive = tmp_path / "broken.tar.gz"
    archive.write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (item,) = read(archive)
    assert isinstance(item, IngestError) and item.path == str(archive)


def test_directory_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BODY_1, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY_2, encoding="utf-8")
    (tmp_path / "notes.md").write_text(BODY_2, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY_2, encoding="utf-8")
    assert [d.id for d in docs_of(read(tmp_path))] == ["a", "z"]


def test_repeated_ids_are_made_unique(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(BODY_1, encoding="utf-8")
    docs = docs_of(read(tmp_path))
    assert [d.id for d in docs] == ["same", "same~2"] and docs[1].warnings


def test_stdin_plain_article() -> None:
    text = f"قائد فيلق القدس يزور بغداد\n\n{BODY_1}\n\n{BODY_2}\n"
    (doc,) = read("-", stdin=io.StringIO(text))
    assert isinstance(doc, Document)
    assert doc.id == "stdin" and doc.origin == "<stdin>"
    assert doc.title == "قائد فيلق القدس يزور بغداد"


def test_stdin_jsonl_stream() -> None:
    records = [{"id": "s1", "text": BODY_1}, {"id": "s2", "text": BODY_2}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    stream = io.StringIO("\n".join(lines) + "\n\n")
    items = read("-", stdin=stream)
    assert [d.id for d in docs_of(items)] == ["s1", "s2"] and not errors_of(items)
    assert docs_of(items)[1].origin == "<stdin>:2"


def test_empty_stdin_is_an_error() -> None:
    (item,) = read("-", stdin=io.StringIO("\n \n"))
    assert isinstance(item, IngestError) and str(item) == "<stdin>: empty input"


def test_ingest_error_str() -> None:
    assert str(IngestError("a.jsonl", 7, "invalid JSON")) == "a.jsonl:7: invalid JSON"
    assert str(IngestError("a.txt", None, "empty file")) == "a.txt: empty file"


@pytest.mark.slow
def test_antcorpus_tarball(shared_data: Path) -> None:
    """The real ANT corpus archive reads without a single error (TREC XML inside .txt members)."""
    archive = shared_data / "corpora" / "antcorpus.tar.gz"
    count = empty = 0
    for item in iter_documents([archive]):
        assert isinstance(item, Document), str(item)
        assert item.title and item.published and item.body_end >= item.body_start
        empty += item.body_end == item.body_start  # a few records repeat the headline as their only text
        count += 1
    assert count > 8000 and empty < count / 100


def test_zip_members_are_read(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "day.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("day/b.txt", BODY_2)
        z.writestr("day/a.jsonl", json.dumps({"id": "j", "text": BODY_1}, ensure_ascii=False))
        z.writestr("day/skip.csv", "x,y")
    items = read(archive)
    assert [d.id for d in docs_of(items)] == ["j", "b"]
    assert docs_of(items)[0].origin == f"{archive}!day/a.jsonl:1"


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var a = 1;</script></head><body></body></html>", encoding="utf-8")
    (item,) = read(page)
    assert isinstance(item, IngestError) and "no article text" in item.message


def test_stdin_with_bad_bytes_is_an_error() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"\xd8\xa7\xff\xfe broken"), encoding="utf-8")
    (item,) = read("-", stdin=stream)
    assert isinstance(item, IngestError) and item.path == "<stdin>"


def test_lone_surrogates_from_json_escapes_become_replacement_characters(tmp_path: Path) -> None:
    # JSON may escape half a surrogate pair; no UTF-8 writer (spaCy's string store, Turtle) accepts it
    path = tmp_path / "s.jsonl"
    record = {"id": "a\ud800", "title": "عنوان \udc00", "text": "قال الرئيس \ud800 إن الوضع جيد."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")  # ensure_ascii keeps the \\u escapes
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, Document)
    for value in (doc.id, doc.text, doc.title or ""):
        value.encode("utf-8")  # raises on a lone surrogate
    assert "\ufffd" in doc.text and doc.id == "a\ufffd"


# SaudiNewsNet, snn_044_aawsat: the article was typed partly in Arabic presentation forms
# (glyph code points such as U+FEE4 for a medial meem), which look like letters but match nothing.
PRESENTATION_FORMS = (
    "وكانت السلطة المحلية بمحافظة عدن قد ناشدت ﺍﻟﻤﻮﺍﻃﻨﻴﻦ العائدين إلى مناطق جعولة ﻭﺍﻟﺒﺴﺎﺗﻴﻦ "
    "شمال عدن ﺑﻌﺪﻡ ﺍلتسرع في العودة لمناطقهم ﻗﺒﻞ ﻣﺴﺢ ﺍﻟﻔﺮﻕ ﺍﻟﻤﺘﺨﺼﺼﺔ ﻟﻨﺰﻉ ﺍﻷﻟﻐﺎﻡ للمنطقة ﺑﺸﻜﻞ ﻛﺎﻣﻞ."
)


@pytest.mark.parametrize("suffix", [".jsonl", ".txt"])
def test_arabic_presentation_forms_are_read_as_letters(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"a{suffix}"
    body = (
        json.dumps({"id": "a", "text": PRESENTATION_FORMS}) + "\n"
        if suffix == ".jsonl"
        else PRESENTATION_FORMS
    )
    path.write_text(body, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert not any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefc" for c in doc.text)
    assert "ناشدت المواطنين العائدين" in doc.text and "والبساتين شمال عدن بعدم التسرع" in doc.text
    assert "لنزع الألغام للمنطقة بشكل كامل." in doc.text
