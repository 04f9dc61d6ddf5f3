"""Relations of round 25 (the errors of dev64–dev66), each on a real sentence of the ANT corpus
(citation licence, Chouigui et al. 2021) or SaudiNewsNet (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from round_helpers import about as _about
from round_helpers import triples as _triples


def test_a_title_between_dashes_is_the_name_before_it_and_a_former_head_only_belongs(nlp_pipe):
    # Asharq al-Awsat (SaudiNewsNet, snn_084_aawsat, July 2015): "as Dominique de Villepin - the former head
    # of the French government - wrote": the dashes set the title off as a comma does, and a former head
    # of a body is of it, no longer its leader
    text = (
        "إن الاتفاق النووي – كما كتب دومينيك دوفيلبان - رئيس الحكومة الفرنسية الأسبق - حلّ مؤقتًا إحدى العقد "
        "في أزمة الشرق الأوسط المصيرية، ولكن العقد كثيرة."
    )
    found = _triples(nlp_pipe, text, "2015-07-17")
    assert _about(found, "دومينيك دوفيلبان", "الحكومة الفرنسية") == {"affiliatedWith"}


def test_their_leader_leads_the_movement_named_by_its_people(nlp_pipe):
    # Al-Madina (SaudiNewsNet, snn_133_almadina, July 2015): "what was reported of their leader Abdul-Malik
    # al-Houthi": "زعيمهم" (their leader) leads the movement the rebels named before belong to
    text = (
        "إلى ذلك، نفى المتحدث الرسمي باسم انصار الله، وهي التسمية التي يستخدمها المتمردون الحوثيون، محمد عبد "
        "السلام على صفحته على فيسبوك الاحد ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة التي "
        "اعلنها التحالف العربي بقيادة المملكة ابتداء من منتصف الليل في اليمن."
    )
    found = _triples(nlp_pipe, text, "2015-07-26")
    leads = {o for s, r, o in found if s == "عبد الملك الحوثي" and r == "leaderOf"}
    assert leads and all("الحوثي" in o for o in leads)


SPOKESMAN = (
    "وكشف عدنان حزام، الناطق الرسمي باسم الصليب الأحمر في اليمن لـ«الشرق الأوسط» أمس، عن قيامهم بدور "
    "الوساطة في استرداد قيادات في المقاومة الشعبية الموالية للرئيس الشرعي عبد ربه منصور هادي، من المتمردين "
    "الحوثيين، وذلك بعد أن جرى الأسبوع الماضي وساطة بين الطرفين."
)


def test_the_family_name_the_name_model_left_out_before_an_apposed_title(nlp_pipe):
    # Asharq al-Awsat (SaudiNewsNet, snn_128_aawsat, August 2015): "Adnan Hizam, the official spokesman of
    # the Red Cross in Yemen": where the name model took only "عدنان", the word after it before the comma
    # is his family name, and the title his
    found = _triples(nlp_pipe, SPOKESMAN, "2015-08-11")
    assert "spokespersonOf" in _about(found, "عدنان", "الصليب الأحمر")


def test_a_body_loyal_to_a_titled_person(nlp_pipe):
    # the same sentence: "the Popular Resistance loyal to the legitimate president Abd Rabbuh Mansur Hadi"
    found = _triples(nlp_pipe, SPOKESMAN, "2015-08-11")
    assert "affiliatedWith" in _about(found, "المقاومة الشعبية", "عبد ربه منصور هادي")


def test_the_abbreviation_of_doctor_before_the_name_ends_no_title(nlp_pipe):
    # Al-Riyadh (SaudiNewsNet, snn_081_alriyadh, July 2015): "the Secretary-General of the GCC Dr.
    # Abdullatif bin Rashid al-Zayani": "د." before the name is an honorific, not the end of the phrase
    text = (
        "استنكر الأمين العام لمجلس التعاون لدول الخليج العربية د. عبداللطيف بن راشد الزياني بشدة تصريحات "
        "نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة العربية السعودية التي أدلى بها إلى إحدى "
        "محطات التلفزيون العراقية."
    )
    found = _triples(nlp_pipe, text, "2015-07-24")
    assert "leaderOf" in _about(found, "عبداللطيف بن راشد الزياني", "مجلس التعاون")


def test_the_head_of_a_section_of_a_body_is_its_member_and_affiliated_with_it(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-480, May 2018): "the director of operations and emergencies in
    # the organisation, Mohamed Abdiker": the head of an unnamed section belongs to the body
    text = (
        "رحلت السلطات السعودية 17 ألف مهاجر يمني هذا العام، حسب المنظمة الدولية للهجرة، التي عبرت عن خشيتها "
        "من ترحيل 700 ألف يمني إلى بلادهم على الرغم من ظروف الحرب القاسية.\nوقال مدير العمليات والطوارئ في "
        'المنظمة محمد عبديكر، لوكالة رويترز إن "17 ألف يمني اُعيدوا إلى بلادهم بسبب عدم امتلاكهم وثائق إقامة '
        'قانونية في السعودية".'
    )
    found = _triples(nlp_pipe, text, "2018-05-09")
    assert _about(found, "محمد عبديكر", "المنظمة الدولية") == {"memberOf", "affiliatedWith"}


def test_a_body_deputy_keeps_only_deputy_of(nlp_pipe):
    # CNN Arabic (ANT corpus, CN-middleEast-1170, August 2018): "Lieutenant General Dhahi Khalfan, deputy
    # head of Dubai Police": a deputy of a body, no state, keeps the one relation
    text = "رد الفريق ضاحي خلفان، نائب رئيس شرطة دبي، على اتهامات وجهها له الإعلامي الإسرائيلي، ايدي كوهين."
    found = _triples(nlp_pipe, text, "2018-08-10")
    assert _about(found, "ضاحي خلفان", "شرطة دبي") == {"deputyOf"}


def test_the_king_who_chairs_his_states_cabinet_leads_the_state(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-551, May 2018): "the Saudi council of ministers, chaired by King
    # Salman bin Abdulaziz"
    text = (
        "السعودية تعتمد نظاما يجرم التحرش الجنسي\nقرر مجلس الوزراء السعودي برئاسة الملك سلمان بن عبد العزيز "
        "في جلسة عقدها الثلاثاء الموافقة على نظام مكافحة جريمة التحرش، كما أفادت وكالة الأنباء الرسمية (واس)."
    )
    found = _triples(nlp_pipe, text, "2018-05-30")
    assert ("سلمان بن عبد العزيز", "leaderOf", "السعودية") in found
    assert "leaderOf" in _about(found, "سلمان بن عبد العزيز", "مجلس الوزراء")


def test_a_committee_at_a_body_is_part_of_it(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-3284, August 2018): "the Permanent Arab Committee for
    # Human Rights at the League of Arab States": ب after a committee's name and the rest of its name
    text = (
        "أعلنت اللجنة العربية الدائمة لحقوق الإنسان بجامعة الدول العربية، الأربعاء، رفضها لما صدر عن وزيرة "
        "الخارجية الكندية، بشأن ما أسمته نشطاء المجتمع المدني."
    )
    found = _triples(nlp_pipe, text, "2018-08-08")
    assert "partOf" in _about(found, "اللجنة العربية الدائمة", "جامعة الدول العربية")


def test_a_district_in_a_province_named_with_its_unit_noun(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-904, August 2018): "the Jisr al-Shughur area in Idlib province",
    # "the al-Ghab plain area in Hama province"
    text = (
        "قصفت قوات النظام السوري الخميس بالمدفعية والصواريخ منطقة جسر الشغور في محافظة إدلب الواقعة في شمال "
        "غرب سوريا.\nوتوزعت التعزيزات على ثلاث جبهات قريبة من جسر الشغور، الأولى من جهة الغرب في محافظة "
        "اللاذقية الساحلية، والثانية من جهة الجنوب في منطقة سهل الغاب في محافظة حماة."
    )
    found = _triples(nlp_pipe, text, "2018-08-09")
    assert "locatedIn" in _about(found, "منطقة جسر الشغور", "إدلب")
    assert "locatedIn" in _about(found, "سهل الغاب", "محافظة حماة")
    # Sky News Arabia (ANT corpus, SK-middleEast-2229, June 2018): "north of al-Durayhimi district in
    # Hodeidah province"
    text = (
        "أحرزت المقاومة اليمنية المشتركة، الخميس، تقدما جديدا في شمالي مديرية الدريهمي في محافظة الحديدة بعد "
        "مواجهات مع ميليشيات الحوثي الإيرانية."
    )
    found = _triples(nlp_pipe, text, "2018-06-07")
    assert "locatedIn" in _about(found, "مديرية الدريهمي", "محافظة الحديدة")


def test_a_village_in_an_area_in_the_east_of_a_city(nlp_pipe):
    # Al-Watan (SaudiNewsNet, snn_059_alwatan, August 2015): "the village of Zarkala in the Rawanduz area
    # in the east of Erbil": "منطقة" names the larger place, and "في شرق" puts Rawanduz inside Erbil's east
    text = (
        "وقالت المصادر إنه في الرابعة من صباح أمس استهدفت المقاتلات التركية قرية زركلة في منطقة رواندز في "
        "شرق أربيل، عاصمة إقليم كردستان العراق."
    )
    found = _triples(nlp_pipe, text, "2015-08-02")
    assert ("زركلة", "locatedIn", "رواندز") in found
    assert ("رواندز", "locatedIn", "أربيل") in found


def test_a_government_named_with_its_city_sits_there_but_not_any_body(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-719, April 2018): "the Government of National Accord in
    # Tripoli told them"
    text = (
        'وبعد مفاوضات طويلة، قالت لهم "حكومة الوفاق" في طرابلس، إن بوسعهم أن يشرعوا في العودة في أول فبراير.'
    )
    assert ("حكومة الوفاق", "locatedIn", "طرابلس") in _triples(nlp_pipe, text, "2018-04-01")
    # Sky News Arabia (SK-middleEast-2922, July 2018): "on the sidelines of the NATO summit in Brussels":
    # where a body meets is no seat
    text = (
        'ونقلت السفارة الألمانية في السعودية عن وزارة الدفاع نفيها لما أوردته "الصحافة القطرية عن تصريحات '
        'لوزيرة الدفاع أورسولا فون دير لاين على هامش قمة الناتو في بروكسل".'
    )
    found = _triples(nlp_pipe, text, "2018-07-16")
    assert not [t for t in found if t[2] == "بروكسل"]
