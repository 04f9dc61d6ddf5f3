"""Sentence splitting on real news sentences and the `sentences` stage over title + body."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import iter_documents
from kg.model import Document
from kg.pipeline import Resources, load_pipeline
from kg.text.sentences import MAX_QUOTE_CHARS, document_sentences, make_sentences, split_sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


# From the ANT corpus (BBC Arabic, 26 Feb 2018; https://antcorpus.github.io).
ANT_TWO = (
    "في غضون ذلك، تضمن الوفد الأمريكي أليسون هوكر، وهي من مجلس الأن القومي الأمريكي، ومتخصصة في شؤون "
    "شبه الجزيرة الكورية. والتقت أليسون مع الجنرال كيم في كوريا الشمالية عام 2014، حينما كانت الولايات "
    "المتحدة تسعى لتحرير معتقلين أمريكيين اثنين."
)
# From the ANT corpus (BBC Arabic): a sentence ending inside a closing quote mark.
ANT_QUOTE = (
    'وأضافت الوزارة في بيان: "سنرى إذا ما كانت رسالة بيونغ يانغ اليوم، بأنها مستعدة لإجراء محادثات، '
    'تمثل الخطوة الأولى". ولم تؤكد بيونغ يانغ هذا العرض من جانبها.'
)
# From SaudiNewsNet (Asharq Al-Awsat, Aug 2015): a guillemet quote that contains a comma clause.
SNN_GUILLEMETS = "وأضاف: «إننا قادرون على محاسبة الإيرانيين، وسنفعل» في حال مارسوا الخداع."


def test_two_sentences_split_at_period() -> None:
    first, second = split(ANT_TWO)
    assert first.endswith("الكورية.") and second.startswith("والتقت")


def test_period_after_closing_quote() -> None:
    first, second = split(ANT_QUOTE)
    assert first.endswith('الأولى".') and second.startswith("ولم تؤكد")


def test_no_split_inside_guillemets_or_quotes() -> None:
    assert split(SNN_GUILLEMETS) == [SNN_GUILLEMETS]
    text = "وقال: «لن نسمح بذلك. سنرد بقوة.» ثم غادر القاعة."
    assert split(text) == ["وقال: «لن نسمح بذلك. سنرد بقوة.»", "ثم غادر القاعة."]


def test_overlong_quote_may_split() -> None:
    sentence = "وقال المتحدث إن الحكومة ستواصل العمل على تنفيذ خطتها في كل المحافظات."
    text = "وجاء في البيان: «" + " ".join([sentence] * (MAX_QUOTE_CHARS // len(sentence) + 2)) + "»"
    assert len(split(text)) > 2


def test_abbreviations_initials_and_decimals() -> None:
    text = "قال د. محمد علي إن النمو بلغ 3.5 في المئة في موقع sabq.org أمس. وأضاف أ. ج. سميث أن الوضع مستقر."
    assert split(text) == [
        "قال د. محمد علي إن النمو بلغ 3.5 في المئة في موقع sabq.org أمس.",
        "وأضاف أ. ج. سميث أن الوضع مستقر.",
    ]


def test_year_mark_ends_a_sentence_and_list_number_does_not() -> None:
    assert split("ولد عام 1950 م. وتوفي في القاهرة.") == ["ولد عام 1950 م.", "وتوفي في القاهرة."]
    assert split("1. البند الأول من الاتفاق") == ["1. البند الأول من الاتفاق"]


def test_question_exclamation_and_ellipsis() -> None:
    assert split("هل انتهى حلم «الإمام» الحوثي؟ لا أحد يعرف! لكن الأمور تتغير… ببطء.") == [
        "هل انتهى حلم «الإمام» الحوثي؟",
        "لا أحد يعرف!",
        "لكن الأمور تتغير…",
        "ببطء.",
    ]


def test_semicolon_splits_only_between_long_clauses() -> None:
    # From SaudiNewsNet (Sabq, Jul 2015): a semicolon used like a comma.
    short = "نُقل يوم الإثنين عن رئيس الوزراء التركي أحمد داود أوغلو؛ قوله إنه ليس لدى تركيا خطط"
    assert split(short) == [short]
    long = (
        "أعلن المتحدث باسم الوزارة في مؤتمر صحفي عقده مساء اليوم أن القوات تقدمت في ثلاثة محاور رئيسية "
        "خلال الساعات الماضية؛ وأن الاشتباكات ما زالت مستمرة في أطراف المدينة الشمالية والشرقية."
    )
    assert len(split(long)) == 2


def test_lines_are_boundaries_and_spans_are_trimmed() -> None:
    text = "  سطر أول بلا نقطة\n\n   سطر ثان.  \n***\n"
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["سطر أول بلا نقطة", "سطر ثان."]


def test_offsets_are_absolute() -> None:
    text = "عنوان\n\n" + ANT_TWO
    start = text.index("في غضون")
    spans = split_sentences(text, start, len(text))
    assert spans[0][0] == start and text[spans[1][0] :].startswith("والتقت")


def test_stage_skips_dateline_and_trailers_on_seed(shared_data: Path) -> None:
    (doc,) = iter_documents([shared_data / "seed" / "article.txt"])
    assert isinstance(doc, Document)
    make_sentences({}, Resources())(doc)
    texts = [doc.text[s.start : s.end] for s in doc.sentences]
    assert texts[0] == doc.title and doc.sentences[0].paragraph == 0
    assert len(texts) == 18  # headline + 17 one-sentence paragraphs
    assert [s.paragraph for s in doc.sentences] == list(range(18))
    assert all(doc.body_start <= s.start and s.end <= doc.body_end for s in doc.sentences[1:])
    joined = "\n".join(texts)
    assert "2020" not in joined and "كلمات مفتاحية" not in joined and "الخليج الجديد" not in joined


def test_stage_leaves_out_inline_related_headline() -> None:
    doc = Document(id="x", text=f"العنوان هنا\n\n{ANT_TWO}\nاقرأ أيضا: عنوان خبر آخر\n{SNN_GUILLEMETS}")
    doc.title_span, doc.body_start = (0, 10), doc.text.index("في غضون")
    texts = [doc.text[s.start : s.end] for s in document_sentences(doc)]
    assert texts[-1] == SNN_GUILLEMETS and not any("اقرأ" in t for t in texts)
    assert len(texts) == 4


def test_stage_is_registered(tmp_path: Path) -> None:
    pipeline_file = tmp_path / "only_sentences.toml"
    pipeline_file.write_text('[pipeline]\nstages = ["sentences"]\n', encoding="utf-8")
    pipeline = load_pipeline(pipeline_file)
    doc = pipeline(Document(id="y", text=ANT_TWO))
    assert len(doc.sentences) == 2


@pytest.mark.slow
def test_antcorpus_sentences_are_sane(shared_data: Path) -> None:
    """Every sentence lies inside the body or title and has text; splitting is fast enough."""
    import time

    archive = shared_data / "corpora" / "antcorpus.tar.gz"
    docs = [d for _, d in zip(range(1500), iter_documents([archive]), strict=False)]
    started = time.process_time()
    for doc in docs:
        assert isinstance(doc, Document)
        doc.sentences = document_sentences(doc)
    elapsed = time.process_time() - started
    assert elapsed < 5.0
    for doc in docs:
        for s in doc.sentences[1:]:
            assert doc.body_start <= s.start < s.end <= doc.body_end
            assert not doc.text[s.start].isspace() and not doc.text[s.end - 1].isspace()


def test_period_glued_to_next_word() -> None:
    # From SaudiNewsNet (Al-Jazirah, Aug 2015): scraped text that lost the space after a period.
    text = (
        "واصفاً تلك التصريحات بأنها لا مسؤولة واتهامات باطلة ومشينة لا تساعد على تعزيز العلاقات الخليجية "
        "العراقية.واعتبر الدكتور الزياني هذه التصريحات الاستفزازية غير الواقعية."
    )
    first, second = split(text)
    assert first.endswith("العراقية.") and second.startswith("واعتبر")
    assert split("قال د.محمد إن ص.ب 123 مغلق.") == ["قال د.محمد إن ص.ب 123 مغلق."]


def test_boundaries_on_ud_arabic_pud(shared_data: Path) -> None:
    """Rejoin UD Arabic-PUD sentences five at a time and recover the boundaries (CC BY-SA 3.0 data)."""
    conllu = shared_data / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
    lines = conllu.read_text(encoding="utf-8").splitlines()
    sentences = [x[9:].strip() for x in lines if x.startswith("# text = ")]
    hits = predicted = expected = 0
    for i in range(0, len(sentences), 5):
        group = sentences[i : i + 5]
        text = " ".join(group)
        gold, pos = set(), 0
        for sentence in group[:-1]:
            pos += len(sentence)
            gold.add(pos)
            pos += 1
        found = {end for _start, end in split_sentences(text, 0, len(text))[:-1]}
        hits, predicted, expected = hits + len(gold & found), predicted + len(found), expected + len(gold)
    assert expected > 700
    assert hits / predicted >= 0.97 and hits / expected >= 0.97


# From the ANT corpus (Sky News Arabia, 15 Apr 2018): a dotted Latin-letter acronym inside a sentence.
ANT_ACRONYM = (
    "أميركية بالأمم المتحدة نيكي هيلي في مقابلة مع برنامج واجه الأمة الذي تبثه شبكة (سي.بي.إس) أن "
    "الولايات المتحدة ستعلن عن عقوبات اقتصادية جديدة الاثنين."
)


def test_dotted_acronym_is_not_a_sentence_end() -> None:
    assert split(ANT_ACRONYM) == [ANT_ACRONYM]
