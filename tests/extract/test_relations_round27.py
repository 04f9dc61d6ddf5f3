"""Relations of round 27 (the errors of dev70–dev72), each on a real sentence of the ANT corpus
(citation licence, Chouigui et al. 2021) or SaudiNewsNet (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from round_helpers import about as _about
from round_helpers import triples as _triples


def test_a_feminine_honorific_between_a_title_and_the_name(nlp_pipe):
    # ANT corpus, CN-middleEast-1290-20180907: "the Jordanian minister of planning, Dr. Mary Kawar":
    # "الدكتورة" introduces the name as "الدكتور" does
    text = (
        "قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار، إن الأردن ملتزم بسياسته "
        "المتعلقة باستضافة اللاجئين لحين عودتهم الطوعية لبلادهم، ولن يطبق الإعادة القسرية على اللاجئين "
        'السوريين، حسب وكالة الأنباء الأردنية "بترا".'
    )
    found = _triples(nlp_pipe, text, "2018-09-07")
    assert _about(found, "ماري قعوار", "الأردن") == {"affiliatedWith"}


def test_a_province_and_the_nationality_adjective_after_it(nlp_pipe):
    # ANT corpus, CN-middleEast-1290-20180907: "a village in the Egyptian province of Minya" (the second
    # sentence, from the same article, names Egypt)
    text = (
        '"الحل الأمني وحده غير كاف".. هكذا تحدث نواب ومسؤول بالكنيسة لـCNN، بشأن الواقعة الأخيرة التي '
        "شهدتها قرية بمحافظة المنيا المصرية بشأن اعتداء على أقباط مقيمين فيها، مقترحين عدة محاور لنشر "
        'التسامح والقضاء على ما وصفوه بـ"المفاهيم المغلوطة"\n'
        "من جديد عاد علاء مبارك، نجل الرئيس المصري الأسبق، حسني مبارك، الخميس، للحديث عن صورة والده التي "
        "تداولها مستخدمون على مواقع التواصل الاجتماعي، الجمعة الماضي."
    )
    found = _triples(nlp_pipe, text, "2018-09-07")
    assert _about(found, "محافظة المنيا", "مصر") == {"locatedIn"}


def test_a_bare_deputy_of_a_committee_is_its_member(nlp_pipe):
    # ANT corpus, BB-middleEast-927-20180828: "Saleh Ashour, an MP and rapporteur in the Women and Family
    # Committee of the National Assembly": a "نائب" of no head is a member of parliament
    text = (
        'يقول صالح عاشور، نائب ومقرر في لجنة المرأة والأسرة في مجلس الأمة: "قبل عام 1990، كانت '
        "الكويتيات يحصلن على سكن ملك من الحكومة في حال طلاقهن أو زواجهن بغير كويتي ولكن حكومة 1992 "
        'قامت بإزالة جميع هذه الحقوق".'
    )
    found = _triples(nlp_pipe, text, "2018-08-28")
    assert "memberOf" in _about(found, "صالح عاشور", "لجنة المرأة")
    assert "deputyOf" not in _about(found, "صالح عاشور", "لجنة المرأة")
    assert _about(found, "لجنة المرأة", "مجلس الأمة") == {"partOf"}


def test_its_general_commander(nlp_pipe):
    # ANT corpus, FR-middleEast-211-20180402: "a video of its general commander Issam al-Buwaydani": the
    # possessive title, past its rank, leads the body named before it
    text = (
        "ونشر جيش الإسلام على موقع يوتيوب الأحد شريط فيديو لقائده العام عصام البويضاني وهو يتحدث داخل "
        "مسجد في دوما، من دون تحديد تاريخ التصوير."
    )
    found = _triples(nlp_pipe, text, "2018-04-02")
    assert _about(found, "عصام البويضاني", "جيش الإسلام") == {"leaderOf"}


def test_a_lying_clause_locates_the_town_not_the_places_inside_it(nlp_pipe):
    # ANT corpus, FR-middleEast-211-20180402: "the town of Jarablus, which lies under the control of
    # Syrian factions loyal to Ankara in Aleppo province": the province phrase ends the clause on the
    # town; Ankara, in another country, lies not in Aleppo
    text = (
        "وتتوقف الحافلات بعد خروجها عبر معبر الوافدين الواقع شمال دوما، عند نقطة تجمع تمهيداً لانطلاق "
        "القافلة إلى مدينة جرابلس، الواقعة تحت سيطرة فصائل سورية موالية لأنقرة في محافظة حلب."
    )
    found = _triples(nlp_pipe, text, "2018-04-02")
    assert _about(found, "جرابلس", "حلب") == {"locatedIn"}
    assert not _about(found, "أنقرة", "حلب")


def test_the_body_a_named_head_runs_in_a_country(nlp_pipe):
    # ANT corpus, CN-middleEast-504-20180407: "Ahmed al-Khatib, head of the Entertainment Authority in
    # Saudi Arabia": the body he heads is in that country
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)— قال أحمد الخطيب، رئيس هيئة الترفيه في السعودية، إن مجتمع "
        "بلاده منفتح جدا وأن مدن المملكة ستكون مثل أي مدن عالمية، وذلك في تعليق على الجهود التي تبذلها "
        "الهيئة ضمن رؤية 2030 والتي كان آخرها إعلان شركة AMC عن فتح أول دار عرض سينمائية في السعودية، "
        "الشهر الجاري."
    )
    found = _triples(nlp_pipe, text, "2018-04-07")
    assert _about(found, "أحمد الخطيب", "هيئة الترفيه") == {"leaderOf"}
    assert _about(found, "هيئة الترفيه", "السعودية") == {"locatedIn"}


def test_a_coordinator_or_a_militia_leader_in_a_country_does_not_place_the_body_there(nlp_pipe):
    # ANT corpus, CN-middleEast-504-20180407 (the body placed, as above) with ANT corpus,
    # BB-middleEast-120-20180301: "the UN humanitarian coordinator in Syria Jan Egeland": the United
    # Nations are not in Syria (only a head's body is placed by "في"); and ANT corpus,
    # SK-middleEast-1991-20180527: "the leader of the coup militias in Yemen": where an armed group
    # fights, not where it is based
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)— قال أحمد الخطيب، رئيس هيئة الترفيه في السعودية، إن مجتمع "
        "بلاده منفتح جدا وأن مدن المملكة ستكون مثل أي مدن عالمية، وذلك في تعليق على الجهود التي تبذلها "
        "الهيئة ضمن رؤية 2030 والتي كان آخرها إعلان شركة AMC عن فتح أول دار عرض سينمائية في السعودية، "
        "الشهر الجاري.\n"
        "وأعلن منسق الأمم المتحدة للشؤون الإنسانية في سوريا يان إيغلاند أنه سلم رسالة إلى 23 دولة تشارك "
        'في المهمة الإنسانية في سوريا مفادها :"لقد فشلتم في مساعدتنا في مساعدة المدنيين بسوريا."\n'
        "استجداء، مناشدات، واقرار بالهزيمة، هذا ملخص خطاب زعيم ميليشيات الانقلاب في اليمن عبد الملك الحوثي."
    )
    found = _triples(nlp_pipe, text, "2018-03-01")
    assert _about(found, "هيئة الترفيه", "السعودية") == {"locatedIn"}
    assert not _about(found, "الأمم المتحدة", "سوريا")
    assert _about(found, "عبد الملك الحوثي", "ميليشيات الانقلاب") == {"leaderOf"}
    assert not _about(found, "ميليشيات الانقلاب", "اليمن")


def test_a_rulers_regime_is_not_led_by_him_as_another_body(nlp_pipe):
    # SaudiNewsNet, snn_061_alwatan: "his crude support of the bloody regime of Bashar al-Assad": the
    # regime named after its ruler is his rule, no body apart from him
    text = (
        "أكثر من ذلك، لم يخف المالكي طوال سنوات حكمه انحيازه الطائفي، فأظهر من المواقف والسياسات ما "
        "يتناقض مع الإرادة الشعبية، بل وما يهين الوطنية العراقية العريقة، ومن ذلك تأييده الفج لنظام "
        "بشار الأسد الدموي بدعوى أن الأخير يتعرض لمحاولة إسقاط خارجية، دون أن يأخذ في اعتباره أن هذا "
        "المنطق يرتد إليه\xa0 بالدرجة الأولى باعتبار أنه كان في طليعة من لجؤوا إلى القوى الأجنبية كي "
        "تسقط الحكم البعثي."
    )
    found = _triples(nlp_pipe, text, "2015-06-01")
    assert not {r for s, r, o in found if s.startswith("بشار الأسد") and "الأسد" in o}


def test_an_honoured_name_then_a_rulers_style_in_construct(nlp_pipe):
    # SaudiNewsNet, snn_011_aawsat: "Sheikh Khalifa bin Zayed Al Nahyan, president of the UAE, ... Sheikh
    # Mohammed bin Zayed Al Nahyan, crown prince of Abu Dhabi": an honorific and a name, then a ruler's
    # title in construct with the state's name, with no comma; with ANT corpus, FR-middleEast-695-20180626
    # ("Prince William met the Israeli prime minister"): a title by nationality after the name is the
    # verb's object, another person
    text = (
        "وتأتي هذه المساعدات الإنسانية بعد أن وجّه الشيخ خليفة بن زايد آل نهيان رئيس الإمارات وأوامر "
        "الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة ومتابعة الشيخ "
        "حمدان بن زايد آل نهيان ممثل الحاكم في المنطقة الغربية رئيس هيئة الهلال الأحمر، في الوقت الذي "
        "حضرت فيه الهيئة على الساحة اليمنية منذ بداية الأزمة الحالية، وعملت خلال الفترة الماضية على "
        "جميع المحاور لتخفيف المعاناة الإنسانية التي لحقت بالشعب اليمني.\n"
        "والتقى الأمير وليام رئيس الوزراء الإسرائيلي ظهرا، وكان نتانياهو في استقباله مع زوجته ساره."
    )
    found = _triples(nlp_pipe, text, "2015-05-01")
    assert _about(found, "خليفة بن زايد", "الإمارات") == {"leaderOf"}
    assert _about(found, "محمد بن زايد", "أبوظبي") == {"affiliatedWith"}
    assert not {r for s, r, o in found if s == "وليام"}


def test_a_border_crossing_and_the_nationality_adjective_after_it(nlp_pipe):
    # SaudiNewsNet, snn_078_sabq: the Apache "made an emergency landing at the Saudi al-Tuwal crossing"
    text = (
        "وكانت قيادة القوات المشتركة قد أصدرت بيانا أوضحت فيه أنه في صباح أمس أجرت طائرة أباتشي تابعة "
        "للقوات البرية السعودية – أثناء تنفيذها عمليات على الحد الجنوبي - هبوطا اضطراريا في منفذ الطوال "
        "السعودي، ولم تتعرض الطائرة لأي أضرار، ولم يصب الطيار ومساعده بأذى."
    )
    found = _triples(nlp_pipe, text, "2015-08-06")
    assert _about(found, "منفذ الطوال", "المملكة العربية السعودية") == {"locatedIn"}


def test_a_village_in_the_countryside_of_a_city(nlp_pipe):
    # ANT corpus, SK-middleEast-1624-20180512: the buses returned "to Qalaat al-Madiq in the countryside of
    # Homs" (Idlib, after إلى in the next clause, is where they head, not where the village is)
    text = (
        "وعادت 58 ألف حافلة تقل 3 آلاف شخص مدني ومقاتل من المعارضة إلى قلعة المضيق بريف حمص، قبل أن تتوجه "
        "إلى محافظة إدلب."
    )
    found = _triples(nlp_pipe, text, "2018-05-12")
    assert _about(found, "قلعة المضيق", "حمص") == {"locatedIn"}
    assert not _about(found, "قلعة المضيق", "إدلب")
