"""Metadata in plain text: headline, dateline, source line, keyword and related-headline trailers."""

from __future__ import annotations

import json
from pathlib import Path

from kg.ingest import detect_layout, iter_documents
from kg.ingest.layout import apply_layout
from kg.ingest.readers import read_record
from kg.model import Document
from kg.text.calendar import find_dates

# Sentences from the seed article (الخليج الجديد, 21 Nov 2020) used as body text of made-up layouts.
S1 = (
    "ولفتت المصادر إلى أن الاجتماعات تضمنت بحث منع تجدد عملية القصف الصاروخي التي طاولت المنطقة "
    "الخضراء، الثلاثاء الماضي."
)
S2 = "كما بحث اللقاء، تخفيف التوترات بين الحكومة العراقية والفصائل المسلحة المقربة من إيران."
HEADLINE = "قائد فيلق القدس يزور بغداد"


def body(doc: Document) -> str:
    return doc.text[doc.body_start : doc.body_end]


def test_seed_txt_metadata(shared_data: Path) -> None:
    (doc,) = iter_documents([shared_data / "seed" / "article.txt"])
    assert isinstance(doc, Document)
    assert doc.title == "قائد فيلق القدس يزور بغداد ويلتقي الكاظمي وفصائل مسلحة"
    assert doc.title_span == (0, len(doc.title))
    assert doc.published == "2020-11-21"
    assert doc.source == "الخليج الجديد"
    assert len(doc.keywords) == 1 and "إسماعيل قاآني" in doc.keywords[0]
    assert len(doc.related) == 3
    text = body(doc)
    assert text.startswith("زار قائد فيلق القدس") and text.endswith("العاصمة السورية.")
    for outside in ("كلمات مفتاحية", "المصدر", "06:00", doc.keywords[0], *doc.related):
        assert outside not in text


def test_seed_jsonl_matches_txt(shared_data: Path) -> None:
    (doc,) = iter_documents([shared_data / "seed" / "article.jsonl"])
    assert isinstance(doc, Document)
    assert doc.id == "seed-qaani-baghdad"
    assert doc.published == "2020-11-21" and doc.source == "الخليج الجديد" and len(doc.related) == 3


def test_levantine_month_dateline() -> None:
    text = f"{HEADLINE}\n\nالأحد 8 كانون الثاني 2023 - 10:15 مساءً\n\n{S1}\n\n{S2}\n"
    layout = detect_layout(text)
    assert layout.title == HEADLINE
    assert layout.published == "2023-01-08"
    assert text[layout.body_start :].startswith("ولفتت")


def test_dateline_with_arabic_indic_digits_and_two_calendars() -> None:
    text = f"{HEADLINE}\nنشر في: الأحد ٢٢ ربيع الأول ١٤٤٢ هـ - ٠٨ تشرين الثاني ٢٠٢٠ م\n{S1}\n"
    layout = detect_layout(text)
    assert layout.published == "2020-11-08"
    assert layout.dateline_span and text[layout.body_start :].startswith("ولفتت")


def test_body_sentence_with_a_date_is_not_a_dateline() -> None:
    text = f"{HEADLINE}\nوقال المتحدث إن الزيارة جرت في 21 نوفمبر 2020 بعد أيام من القصف.\n{S2}\n"
    layout = detect_layout(text)
    assert layout.published is None
    assert text[layout.body_start :].startswith("وقال المتحدث")


def test_single_paragraph_has_no_headline() -> None:
    layout = detect_layout(S2)
    assert layout.title is None and (layout.body_start, layout.body_end) == (0, len(S2))


def test_read_also_inside_body_does_not_cut_it() -> None:
    text = f"{HEADLINE}\n\n{S1}\nاقرأ أيضا: الكاظمي يلتقي وفدا أمريكيا\n{S2}\n"
    layout = detect_layout(text)
    assert text[layout.body_start : layout.body_end].endswith(S2)
    doc = Document(id="x", text=text)
    apply_layout(doc, layout)
    assert doc.related == ["الكاظمي يلتقي وفدا أمريكيا"]


def test_source_marker_followed_by_body_is_body() -> None:
    text = f"{HEADLINE}\n\n{S1}\nالمصدر: مصادر عراقية مطلعة\n{S2}\n"
    layout = detect_layout(text)
    assert layout.source is None and text[layout.body_start : layout.body_end].endswith(S2)


def test_keyword_list_with_separators_and_related_marker() -> None:
    trailer = "الوسوم: العراق، إيران، فيلق القدس\nأخبار ذات صلة\nعنوان أول\nعنوان ثان\n"
    text = f"{HEADLINE}\n\n{S1}\n{S2}\n\n{trailer}"
    layout = detect_layout(text)
    assert layout.keywords == ["العراق", "إيران", "فيلق القدس"]
    assert layout.related == ["عنوان أول", "عنوان ثان"]
    assert text[layout.body_start : layout.body_end].endswith(S2)


def test_record_title_that_heads_the_text_gets_a_span() -> None:
    text = f"{HEADLINE}\n\n{S1}"
    doc = read_record({"id": "r", "title": HEADLINE, "text": text}, "d", "feed.jsonl", 1)
    assert isinstance(doc, Document)
    assert doc.title_span == (0, len(HEADLINE)) and doc.body_start == text.index(S1)


def test_record_title_absent_from_text_heads_it() -> None:
    doc = read_record({"id": "r", "title": HEADLINE, "text": f"{S2}\n{S1}"}, "d", "feed.jsonl", 1)
    assert isinstance(doc, Document)
    assert doc.title == HEADLINE and doc.title_span == (0, len(HEADLINE))
    assert doc.text[doc.body_start : doc.body_end] == f"{S2}\n{S1}"


def test_json_array_of_records(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    rows = [{"title": HEADLINE, "content": S1, "source": "aawsat"}, {"title": "بلا نص", "content": ""}, 3]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    first, second, third = iter_documents([path])
    assert isinstance(first, Document) and first.id == "day-1" and first.source == "aawsat"
    assert first.text == f"{HEADLINE}\n\n{S1}"
    assert str(second).startswith(f"{path}: item 2:") and str(third).startswith(f"{path}: item 3:")


def test_saudinewsnet_sample_layouts(shared_data: Path) -> None:
    """Held-out political sample: headline then body, no trailers; body text must never be dropped."""
    folder = shared_data / "corpora" / "saudinewsnet" / "heldout_political_sample"
    docs = [d for d in iter_documents([folder]) if isinstance(d, Document)]
    assert len(docs) == 150
    for doc in docs:
        assert doc.body_end == len(doc.text.rstrip()), doc.id
        assert doc.body_end - doc.body_start > 100, doc.id
    assert sum(doc.title is not None for doc in docs) >= 145


def test_find_dates_calendars() -> None:
    values = [d.value for d in find_dates("مطلع يناير/كانون الثاني 2020 وفي 3 آب 2019 وفي 20 رمضان 1436هـ")]
    assert values == ["2020-01", "2019-08-03", "2015-07-07"]
    # an impossible day keeps only what is certain: the month
    assert [d.value for d in find_dates("31 فبراير 2020")] == ["2020-02"]
    assert [d.value for d in find_dates("21/11/2020 و 2020-11-22 و 5 جوان 2018")] == [
        "2020-11-21",
        "2020-11-22",
        "2018-06-05",
    ]


def test_record_dates_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    rows = [
        {"id": "a", "text": S1, "date": "Mon, 26 Feb 2018 02:20:10 GMT"},
        {"id": "b", "text": S2, "date": "x"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    a, b = iter_documents([path])
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.published == "2018-02-26T02:20:10+00:00"
    assert b.published is None and any("unrecognised date" in w for w in b.warnings)
