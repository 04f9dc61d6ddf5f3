"""Event dates, resolved against the article date.

Expressions and sentences are taken from the seed article (Al-Khaleej Al-Jadeed, 21 Nov 2020,
shared/data/seed), SaudiNewsNet (CC BY-NC-SA 4.0, July 2015) and the OEDA Arabic event GSR (MIT).
"""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import dated

from kg.extract.time import resolve_date

SATURDAY = date(2020, 11, 21)  # the seed article's publication day


@pytest.mark.parametrize(
    ("expression", "reference", "value"),
    [
        ("الأربعاء الماضي", SATURDAY, "2020-11-18"),
        ("الثلاثاء الماضي", SATURDAY, "2020-11-17"),
        ("السبت الماضي", SATURDAY, "2020-11-14"),  # the same weekday "last" is a week back
        ("الأحد المقبل", SATURDAY, "2020-11-22"),
        ("مطلع يناير/كانون الثاني الماضي", SATURDAY, "2020-01"),
        ("أواخر تشرين الثاني الماضي", SATURDAY, "2019-11"),  # Levantine name, same month "last"
        ("خلال شهر سبتمبر المقبل", date(2015, 7, 25), "2015-09"),
        ("صباح أمس", SATURDAY, "2020-11-20"),
        ("أول من أمس", SATURDAY, "2020-11-19"),
        ("أمس الأول", date(2015, 8, 3), "2015-08-01"),  # al-Yaum (SaudiNewsNet): Bahah's visit to Aden
        ("غداً", SATURDAY, "2020-11-22"),
        ("قبل يومين", SATURDAY, "2020-11-19"),
        ("قبل أيام", SATURDAY, "2020-11"),  # vague: the month only
        ("الشهر الماضي", SATURDAY, "2020-10"),
        ("العام الماضي", SATURDAY, "2019"),
        ("في 10 كانون الأول 2006", SATURDAY, "2006-12-10"),
        ("يوم 27 ديسمبر الماضي", date(2008, 1, 10), "2007-12-27"),
        ("2020/11/21", SATURDAY, "2020-11-21"),
        ("20 رمضان 1436هـ", SATURDAY, "2015-07-07"),
        ("من 10 إلى 12 نوفمبر 2019", SATURDAY, "2019-11-10"),  # a range is dated by its start
        ("في الثالث من اغسطس", date(2015, 8, 10), "2015-08-03"),  # ordinal day
        ("الحادي والعشرين من يوليو الماضي", date(2015, 8, 10), "2015-07-21"),
        ("العاشر من أكتوبر 2014", SATURDAY, "2014-10-10"),
        ("في السادس من سبتمبر", date(2018, 8, 17), "2018-09-06"),  # nearest occurrence, not last year
        # Asharq Al-Awsat (SaudiNewsNet, 10 August 2015): "announced at the motor show held in January":
        # five months back, not five ahead (a coming month only within four)
        ("في يناير (كانون الثاني)", date(2015, 8, 10), "2015-01"),
    ],
)
def test_resolve_date(expression: str, reference: date, value: str):
    resolved = resolve_date(expression, reference)
    assert resolved is not None and resolved[0] == value


def test_words_that_contain_a_date_word_are_not_dates():
    assert resolve_date("اليومية", SATURDAY) is None
    assert resolve_date("الاحداث تتفجر الواحدة بعد الأخرى", SATURDAY) is None
    assert resolve_date("التنظيمات الإرهابية", SATURDAY) is None  # contains آب/اب (August)
    assert resolve_date("أحد المسؤولين", SATURDAY) is None  # أحد is "one", not Sunday


# Sentences of the dev set (SaudiNewsNet, July-August 2015) where a calendar word hides inside
# another word or means "one" / "two".
@pytest.mark.parametrize(
    "sentence",
    [
        "مقتل جنديين تركيين وواشنطن تدعم أنقرة في ضرب «الإرهاب»",  # اب inside الإرهاب
        "وقال: «إن حماس مازالت تمارس سياسة التعنت",  # مارس inside تمارس
        "أعلنت مصادر رسمية عن مقتل عسكريين تركيين اثنين وجرح أربعة آخرين",  # اثنين is "two"
        "وقالت: إن تركيا أنهت من جانب واحد عملية السلام",  # واحد / أحد
        "وقال أحمد الصالحي، أحد المتظاهرين الذين خرجوا في ساحة الحبوبي بمدينة الناصرية",
    ],
)
def test_calendar_words_inside_other_words_are_not_dates(sentence: str):
    assert resolve_date(sentence, date(2015, 7, 27)) is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("بعد سلسلة من الغارات الجوية التي تهدد الهدنة الهشة المطبقة منذ 2013 بين أنقرة والمتمردين", "2013"),
        ("لمتابعة تنفيذ المبادرة التي أقرتها قمة بيروت العام 2002م", "2002"),
        ("نُقل يوم الإثنين عن رئيس الوزراء التركي أحمد داود أوغلو", "2015-07-27"),
    ],
)
def test_bare_years_and_weekdays_with_yawm(sentence: str, value: str):
    resolved = resolve_date(sentence, date(2015, 7, 27))
    assert resolved is not None and resolved[0] == value


def test_a_number_before_a_counted_noun_is_not_a_year():
    assert resolve_date("وقتل 2013 شخصا في المواجهات", SATURDAY) is None


def test_weekday_with_taa_marbuta():
    assert resolve_date("الجمعة", date(2018, 8, 7)) == ("2018-08-03", "الجمعة")


def test_weekday_dates_the_visit_and_the_meetings_of_its_sentence(pipe):
    text = (
        'زار قائد فيلق القدس التابع للحرس الثوري الإيراني الجنرال "إسماعيل قاآني"، العاصمة العراقية بغداد، '
        "الأربعاء الماضي، والتقى زعماء ميليشيات مسلحة مختلفة، قبل أن يجري اجتماعا مع رئيس الحكومة العراقية "
        '"مصطفى الكاظمي".'
    )
    doc = dated(pipe, text, "2020-11-21")
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert consults and all(e.date == "2020-11-18" for e in consults)
    assert all(e.date_text == "الأربعاء الماضي" for e in consults)


def test_date_attaches_to_its_own_clause_not_to_another_category(pipe):
    text = (
        "ولفتت المصادر إلى أن الاجتماعات تضمنت بحث منع تجدد عملية القصف الصاروخي التي طاولت المنطقة "
        "الخضراء، الثلاثاء الماضي."
    )
    doc = dated(pipe, text, "2020-11-21")
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert assault and assault[0].date == "2020-11-17"
    assert all(e.date is None for e in meetings)


def test_events_after_a_sequence_word_do_not_take_the_date_before_it(pipe):
    text = (
        'وتأتي زيارة قائد فيلق القدس الجنرال "إسماعيل قاآني" إلى بغداد الأربعاء الماضي، عقب زيارتين لم يعلن '
        "عنهما أيضا، إلى لبنان "
        'وسوريا، التقى خلالهما زعيم حزب الله اللبناني "حسن نصر الله" ورئيس النظام السوري "بشار الأسد".'
    )
    doc = dated(pipe, text, "2020-11-21")
    consults = sorted((e for e in doc.events if e.type == "CONSULT"), key=lambda e: e.start)
    assert len(consults) >= 2 and consults[0].date == "2020-11-18"
    assert all(e.date is None for e in consults[1:])


def test_planned_visit_keeps_month_granularity(pipe):
    text = "وعلمت «عكاظ» من مصادرها أن الوزير الجبير سيزور موسكو خلال شهر سبتمبر المقبل."
    doc = dated(pipe, text, "2015-07-25")
    visit = [e for e in doc.events if e.type == "CONSULT"]
    assert visit and visit[0].date == "2015-09" and visit[0].status == "planned"


def test_no_publication_date_means_no_relative_dates(pipe):
    doc = dated(pipe, "قتل 20 شخصا حين انفجرت سيارة مفخخة في بغداد أمس.", None)  # type: ignore[arg-type]
    assert doc.events and all(e.date is None for e in doc.events)


def test_explicit_day_and_month_win_over_the_weekday_before_them():
    """France 24 Arabic (dev2 set), published Sunday 2018-08-05: the Tuesday is the coming 7 August."""
    text = "ومن المتوقع أن تعيد الولايات المتحدة يوم الثلاثاء 7 آب/أغسطس فرض العقوبات"
    assert resolve_date(text, date(2018, 8, 5))[0] == "2018-08-07"


# ANT corpus (CNN Arabic, 10 March 2018): the headline and the body's first sentence, shortened.
HEADLINE = "اقتحام السفارة الإيرانية في لندن.. طهران تتهم بريطانيا بالتقصير والتراخي"
BODY = (
    "دبي، الإمارات العربية المتحدة (CNN)-- اتهمت السلطات الإيرانية، السبت، الحكومة والشرطة البريطانية "
    "بالتقصير والتراخي في حماية السفارة."
)


def test_an_undated_headline_event_takes_the_date_of_the_body_event(pipe):
    doc = dated(pipe, HEADLINE + "\n\n" + BODY, "2018-03-10")
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(accusations) == 2 and all(e.date == "2018-03-10" for e in accusations)


def test_a_first_sentence_that_is_not_a_headline_keeps_no_date(pipe):
    doc = dated(pipe, HEADLINE + " " + BODY, "2018-03-10")
    first = [e for e in doc.events if e.type == "ACCUSE" and e.trigger == "تتهم"]
    assert first and all(e.date is None for e in first)


def test_a_headline_takes_no_date_from_a_recalled_event_and_a_new_clause_has_its_own_subject(nlp_pipe):
    # SaudiNewsNet (Okaz, August 2015): "Turkey freezes the assets of the deposed president and Houthi
    # leaders"; "... and their assets have been frozen"; "the Security Council had imposed in April
    # sanctions on Ali Abdullah Saleh" (background in the pluperfect, not the news of the headline)
    text = (
        "تركيا تجمد أموال المخلوع وقادة حوثيين\n\n"
        "وأوضحت الأناضول أن القرار يطال الرئيس السابق وابنه أحمد علي عبدالله صالح وزعيم التمرد عبدالملك "
        "الحوثي وقائدين حوثيين آخرين هما عبدالله يحيى الحكيم وعبدالخالق الحوثي، وقد جمدت أموالهم من أرصدة "
        "مصرفية وخزائن. وكان مجلس الأمن الدولي فرض في أبريل (نيسان) الماضي عقوبات على علي عبدالله صالح."
    )
    doc = dated(nlp_pipe, text, "2015-08-08")
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    by_trigger = {e.trigger: e for e in sanctions}
    assert by_trigger["فرض"].date == "2015-04"
    assert by_trigger["تجمد"].date is None
    # the people named before وقد did not freeze anything
    acting = {doc.entity(k).label_ar for e in sanctions for k in e.actors}
    assert acting == {"تركيا", "مجلس الأمن الدولي"}


def test_a_meeting_with_two_counterparts_dates_both_of_its_events(nlp_pipe):
    # Sky News Arabia (ANT corpus, May 2018): "Avenatti had revealed a meeting that brought al-Rumaihi
    # together with Flynn and Cohen at Trump Tower in Manhattan, in December 2016"
    text = (
        "وكان أفيناتي قد كشف بالصور، لقاء جمع الرميحي مع مايكل فلين ومايكل كوهين في برج ترامب في مانهاتن، "
        "في ديسمبر 2016."
    )
    doc = dated(nlp_pipe, text, "2018-05-22")
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert len(meetings) == 2 and all(e.date == "2016-12" for e in meetings)


def test_an_expression_after_its_event_dates_it_before_one_in_an_earlier_relative_clause(nlp_pipe):
    # BBC Arabic (ANT corpus, May 2018): "after the crisis that happened in November, Hariri visited Riyadh
    # for the first time in February"
    text = "وبعد الأزمة التي حدثت في نوفمبر/تشرين الثاني زار الحريري الرياض لأول مرة في فبراير/شباط."
    doc = dated(nlp_pipe, text, "2018-05-29")
    (visit,) = [e for e in doc.events if e.type == "CONSULT"]
    assert visit.date == "2018-02"


def test_since_a_year_dates_no_later_event(nlp_pipe):
    # France 24 (ANT corpus, April 2018): "the oil price rises to its highest level since 2014 after
    # Washington threatened to strike Damascus"
    text = "سعر النفط يرتفع إلى أعلى مستوى له منذ 2014 بعد تهديد واشنطن بضرب دمشق"
    doc = dated(nlp_pipe, text, "2018-04-12")
    assert all(e.date != "2014" for e in doc.events)


def test_a_meeting_introduced_by_during_is_on_the_day_of_the_clause_before_it(nlp_pipe):
    # SaudiNewsNet (al-Madina, 24 July 2015): "Saudi and American leaders agreed on Wednesday at the
    # meeting of US defence secretary Ashton Carter with King Salman ..."
    text = (
        "اتفق القادة السعوديون والأمريكيون يوم الأربعاء لدى لقاء وزير الدفاع الأمريكي آشتون كارتر بالملك "
        "سلمان بن عبدالعزيز والأمير محمد بن سلمان وزير الدفاع، اتفقوا على تطويق الانتشار العسكري الإيراني "
        "على امتداد الشرق الأوسط."
    )
    doc = dated(nlp_pipe, text, "2015-07-24")
    (meeting,) = [e for e in doc.events if e.type == "CONSULT"]
    assert meeting.date == "2015-07-22"


def test_this_month_dates_to_the_month_of_publication(pipe):
    # BBC Arabic (ANT corpus, September 2018): "the White House also held Tehran responsible, this month"
    text = "كما حمّل البيت الأبيض، هذا الشهر، طهران مسؤولية الإخفاق في منع إطلاق الصواريخ على القنصيلة هناك."
    doc = dated(pipe, text, "2018-09-28")
    (accusation,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusation.date == "2018-09"
    assert resolve_date("هذا الشهر", date(2018, 9, 28)) == ("2018-09", "هذا الشهر")


def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_events(nlp_pipe):
    # France 24 Arabic (ANT corpus, Saturday 2 June 2018): "a meeting ... ended on Saturday without an
    # agreement, which heralds more of the unrest that Amman has seen for days"
    text = (
        "اختتم السبت اجتماع بين ممثلي النقابات المهنية الأردنية ورئيس الوزراء هاني الملقي كان منصبا حول "
        "مشروع قانون ضريبة الدخل، لكن بدون التوصل إلى اتفاق، ما ينذر باستمرار الاضطرابات التي تشهدها عمان "
        'ومدن أخرى منذ أيام، فيما دعا العاهل الأردني إلى "حوار وطني "حول القانون.'
    )
    doc = dated(nlp_pipe, text, "2018-06-02")
    meeting = next(e for e in doc.events if e.type == "CONSULT")
    assert meeting.date == "2018-06-02"
    assert all(e.date != "2018-05" for e in doc.events)


def test_a_date_in_a_clause_of_time_after_the_event_is_that_clauses(nlp_pipe):
    # Sky News Arabia (ANT corpus, 25 March 2018): "the Turkish army announced full control of Afrin,
    # after it had started on 20 January a military campaign": the date is the campaign's start
    text = (
        "وأعلن الجيش التركي، السبت، السيطرة الكاملة على مدينة عفرين، بعدما بدأ في 20 يناير الماضي حملة "
        "عسكرية لطرد المقاتلين الأكراد."
    )
    doc = dated(nlp_pipe, text, "2018-03-25")
    seized = next(e for e in doc.events if e.type == "COERCE")
    assert seized.date != "2018-01-20"
    # Sky News Arabia (ANT corpus, 1 March 2018): a date right after its event, before the clause of
    # time, still dates it
    text = (
        "وقتل الجيش الإسرائيلي ياسين السراديح (35 عاما) في 22 فبراير الماضي، بعد محاولته الهجوم بقضيب "
        "معدني على جنود كانوا يقفون في أحد الأزقة بعد أن اقتحموا المكان ليلا."
    )
    doc = dated(nlp_pipe, text, "2018-03-01")
    assert next(e for e in doc.events if e.type == "ASSAULT").date == "2018-02-22"


def test_a_weekday_of_an_imperfect_or_held_event_is_the_coming_one(nlp_pipe):
    # France 24 Arabic (ANT corpus, Monday 4 June 2018): "after Germany, Netanyahu goes to Paris, where
    # he meets President Macron on Tuesday, and then to Britain, where he holds talks on Wednesday"
    text = (
        "وبعد ألمانيا، ينتقل نتانياهو إلى باريس حيث يلتقي الثلاثاء الرئيس إيمانويل ماكرون، ومنها إلى "
        "بريطانيا حيث يجري محادثات الأربعاء مع رئيسة الوزراء تيريزا ماي."
    )
    doc = dated(nlp_pipe, text, "2018-06-04")
    dates = {e.trigger: e.date for e in doc.events if e.type == "CONSULT"}
    assert dates == {"يلتقي": "2018-06-05", "محادثات": "2018-06-06"}
    # France 24 Arabic (ANT corpus, Monday 2 July 2018): told with a past verb, the last one
    text = "التقى المبعوث الأممي الخميس في سلطنة عمان كبير مفاوضي المتمردين الحوثيين محمد عبد السلام."
    doc = dated(nlp_pipe, text, "2018-07-02")
    assert next(e for e in doc.events if e.type == "CONSULT").date == "2018-06-28"
    # France 24 Arabic (ANT corpus, Wednesday 21 March 2018): سيطرت is a past verb, not a future one
    text = (
        "وبعد حملة عسكرية استمرت شهرين، سيطرت القوات التركية وفصائل سورية موالية لها الأحد على مدينة عفرين "
        "ذات الغالبية الكردية في شمال سوريا، إثر انسحاب المقاتلين الأكراد منها."
    )
    doc = dated(nlp_pipe, text, "2018-03-21")
    assert next(e for e in doc.events if e.type == "COERCE").date == "2018-03-18"
