"""Relations of round 29 (the errors of dev76–dev78), each on a real sentence of the ANT corpus
(citation licence, Chouigui et al. 2021) or SaudiNewsNet (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from round_helpers import about as _about
from round_helpers import triples as _triples


def test_a_body_led_by_another_named_body(nlp_pipe):
    # ANT corpus, BB-middleEast-424-20180429: "the SDF, led by the Kurdish People's Protection Units"
    text = (
        'وكانت "قوات سوريا الديمقراطية"، بقيادة وحدات حماية الشعب الكردية، سيطرت على أغلب المناطق شرقي '
        "الفرات في محافظة دير الزور، في حملة قادتها لطرد تنظيم الدولة الإسلامية، من المناطق السورية "
        "الشرقية المحاذية للحدود العراقية."
    )
    found = _triples(nlp_pipe, text, "2018-04-29")
    assert _about(found, "وحدات حماية الشعب", "قوات سوريا الديمقراطية") == {"leaderOf"}


def test_a_place_after_a_direction_word_is_a_landmark(nlp_pipe):
    # ANT corpus, BB-middleEast-424-20180429: "most of the areas east of the Euphrates in Deir ez-Zor
    # province": the في phrase says where the areas lie, not the river
    text = (
        'وكانت "قوات سوريا الديمقراطية"، بقيادة وحدات حماية الشعب الكردية، سيطرت على أغلب المناطق شرقي '
        "الفرات في محافظة دير الزور، في حملة قادتها لطرد تنظيم الدولة الإسلامية، من المناطق السورية "
        "الشرقية المحاذية للحدود العراقية."
    )
    found = _triples(nlp_pipe, text, "2018-04-29")
    assert not _about(found, "الفرات", "")


def test_the_rest_of_a_bodys_name_before_its_heads_name(nlp_pipe):
    # ANT corpus, FR-middleEast-924-20180813: "the secretary general of the General Union of Arab Writers
    # (الأدباء والكتاب العرب) Habib al-Sayegh": "والكتاب العرب" ends the union's name
    text = (
        "واعتبر الأمين العام للاتحاد العام للأدباء والكتاب العرب حبيب الصايغ، أن رحيل المفكر البارز يمثل "
        '"خسارة فادحة" للثقافة العربية وقال إن مصر "فقدت اليوم أحد أهم مفكريها الاقتصاديين"، وفقا لوسائل '
        "إعلام مصرية."
    )
    found = _triples(nlp_pipe, text, "2018-08-13")
    assert _about(found, "حبيب الصايغ", "الاتحاد العام") == {"leaderOf"}


def test_the_sultan_of_a_state_leads_it(nlp_pipe):
    # ANT corpus, BB-middleEast-674-20180628: "under the sovereignty of the sultan of Morocco Mohammed V"
    text = (
        "في عام 1956 أعلنت فرنسا وأسبانيا إنهاء حمايتهما على المغرب، وباتت منطقة الريف تحت سيادة سلطان "
        "المغرب محمد الخامس."
    )
    found = _triples(nlp_pipe, text, "2018-06-28")
    assert _about(found, "محمد الخامس", "المغرب") == {"leaderOf"}


def test_a_partys_candidate_is_its_member(nlp_pipe):
    # ANT corpus, SK-middleEast-1429-20180505: "the video shows Hezbollah's candidate, the MP Nawaf
    # al-Musawi"
    text = (
        "ويرصد الفيديو المرشح عن حزب الله، النائب نواف الموسوي، في لقاء انتخابي، يستمع فيه إلى أراء "
        "المواطنين والناخبين، قبل أن يوجه أحد المواطنين بعض الملاحظات والانتقادات لأداء الحزب في منطقته."
    )
    found = _triples(nlp_pipe, text, "2018-05-05")
    assert _about(found, "نواف الموسوي", "حزب الله") == {"memberOf"}
    # ANT corpus, FR-middleEast-686-20180625: "Muharrem Ince, the presidential candidate in the Turkish
    # elections": a candidate of no body is of nothing (nor of the state whose elections these are)
    text = (
        "قال محرم إينجه المرشح الرئاسي في الانتخابات التركية التي جرت أمس الأحد 24 يونيو/حزيران إنه "
        '"يتقبل" خسارته أمام الرئيس التركي رجب طيب أردوغان. وحض إينجه الرئيس التركي على أن يكون رئيسا '
        "لجميع الأتراك."
    )
    found = _triples(nlp_pipe, text, "2018-06-25")
    assert not {r for s, r, o in found if s == "محرم إينجه"}


def test_a_state_apposed_with_the_member_of_an_alliance(nlp_pipe):
    # ANT corpus, SK-middleEast-198-20180310: "Turkey, the member of NATO": the state is the member, not
    # the analyst named later in the sentence
    text = (
        "وتتردد الولايات المتحدة في الدخول بمواجهة عسكرية مع تركيا، العضو في حلف الناتو، لكن مسؤولي "
        "البيت الأبيض ربما استهانوا بعزيمة الأكراد على الدفاع عن عفرين، كما يقول موتلو سيفير أوغلو، "
        "المحلل المختص بالشؤون الكردية في واشنطن."
    )
    found = _triples(nlp_pipe, text, "2018-03-10")
    assert _about(found, "تركيا", "حلف الناتو") == {"memberOf"}
    assert not _about(found, "موتلو سيفير أوغلو", "حلف الناتو")


def test_a_co_president_leads_the_body(nlp_pipe):
    # ANT corpus, BB-middleEast-188-20180313: "Roslin Omar, co-president (الرئيسة المشتركة) of the water
    # authority in Afrin" ("الرئيسة" alone is also "main", so only with "المشتركة")
    text = (
        'وتقول روزلين عمر، الرئيسة المشتركة لمؤسسة المياه في عفرين:" لقد انقطعت خطوط إمداد المياه '
        "بالكامل عن عفرين بسبب القصف التركي على سد ميدانكي في منطقة عفرين، وبالتالي بات مئات الآلاف من "
        'السكان محرومون من الماء".'
    )
    found = _triples(nlp_pipe, text, "2018-03-13")
    assert _about(found, "روزلين عمر", "مؤسسة المياه") == {"leaderOf"}


def test_its_leader_after_a_comma(nlp_pipe):
    # ANT corpus, CN-middleEast-1357-20180912: "al-Qaeda published a video of its leader, Ayman
    # al-Zawahiri"
    text = (
        "نشر تنظيم القاعدة تسجيلاً مصوراً لزعيمه، أيمن الظواهري، يحث فيه أتباعه ومناصريه على شن هجمات "
        "أخرى على الولايات المتحدة الأمريكية، وذلك في الذكرى الـ17 لأحداث 11 سبتمبر/أيلول"
    )
    found = _triples(nlp_pipe, text, "2018-09-12")
    assert _about(found, "أيمن الظواهري", "تنظيم القاعدة") == {"leaderOf"}


def test_its_commander_opening_a_sentence_leads_the_body_named_before(nlp_pipe):
    # ANT corpus, SK-middleEast-3579-20180908: "... the Popular Mobilisation militias loyal to Tehran ...
    # the militias threatened to respond. Its commander, known as Abu Yasser al-Jaafari, said": the
    # pronoun refers back to the militias (the sentence before names no body)
    text = (
        "وشهدت شوارع المدينة النفطية بالنفط هدوءا للمرة الأولى منذ الرابع من سبتمبر، في وقت نزلت ميليشيات "
        "الحشد الشعبي الموالية لطهران إلى شوارع المدينة.\n"
        "وقبيل رفع حظر التجول، هددت\u00a0 المليشيات بالرد، موسعة من نطاق التصعيد. وقال قائدها، المعروف "
        'باسم أبو ياسر الجعفري، لصحفيين في البصرة "سيكون لدينا رد على من يقومون بأعمال الحرق المتعمد '
        'والتخريب"، في إشارة إلى المحتجين الغاضبين.'
    )
    found = _triples(nlp_pipe, text, "2018-09-08")
    assert _about(found, "أبو ياسر الجعفري", "ميليشيات الحشد الشعبي") == {"leaderOf"}
    assert not _about(found, "أبو ياسر الجعفري", "طهران")


def test_an_expert_at_a_company_works_for_it(nlp_pipe):
    # ANT corpus, FR-middleEast-264-20180412: "Robert Yawger, the expert at Mizuho Securities"
    text = (
        'وقال روبرت ياوغر الخبير في شركة "ميزوهو سيكيوريتيز" إن "هذه الهجمات تزيد بعض الشيء المخاطر '
        'الجيوسياسية في هذه المنطقة من العالم حيث الوضع آخذ أصلا بالتوتر".'
    )
    found = _triples(nlp_pipe, text, "2018-04-12")
    assert {r for s, r, o in found if s == "روبرت ياوغر" and "ميزوهو" in o} == {"affiliatedWith"}


def test_a_co_president_of_a_council(nlp_pipe):
    # ANT corpus, SK-middleEast-198-20180310: "Ilham Ahmed, co-president (الرئيس المشارك) of the Syrian
    # Democratic Council" (the council's name is found by the names of round 29)
    text = (
        "وقالت إلهام أحمد، الرئيس المشارك للمجلس الديمقراطي السوري الذي يساعد في إدارة المنطقة التي "
        'يسيطر عليها الأكراد شمالي سوريا ويطلق عليها الأكراد اسم (روج آفا)، إن "عفرين في حاجة إلى من '
        'يستطيع الدفاع عنها". وأضافت: "نحن مستعدون للحوار مع النظام ولحل مشاكلنا معهم"، بحسبما ذكرت '
        'وكالة "اسوشيتد برس".'
    )
    found = _triples(nlp_pipe, text, "2018-03-10")
    assert _about(found, "إلهام أحمد", "المجلس الديمقراطي السوري") == {"leaderOf"}


def test_the_subject_then_a_leading_verb_then_the_body(nlp_pipe):
    # ANT corpus, FR-middleEast-924-20180813: "Amin went on chairing the Third World Forum until his
    # death" (the forum's name is found by the names of round 29; "أمين" is Samir Amin, named before)
    text = (
        "توفي الكاتب والمفكر الاقتصادي المصري سمير أمين في باريس مساء الأحد عن عمر ناهز 87 عاما. ويعد "
        "أمين من أبرز خبراء الاقتصاد في العالم ومن مؤسسي نظرية المنظومات العالمية.\n"
        "وظل أمين يترأس منتدى العالم الثالث حتى رحيله، كما شارك في تأسيس منظمات بحثية وعلمية أفريقية منها "
        "المجلس الأفريقي لتنمية البحوث الاجتماعية والاقتصادية."
    )
    found = _triples(nlp_pipe, text, "2018-08-13")
    assert _about(found, "سمير أمين", "منتدى العالم الثالث") == {"leaderOf"}
    assert not _about(found, "سمير أمين", "المجلس الأفريقي")


def test_a_researcher_at_a_university_is_its_member(nlp_pipe):
    # ANT corpus, FR-middleEast-776-20180717: "Amaia Arranz-Otaegui, researcher at the University of
    # Copenhagen": a member of the university (and working for it); the double-barrelled name split at
    # its dash is the person named by its first part
    text = (
        "وقالت آمايا آرانز - أوتايجي، الباحثة في جامعة كوبنهاغن في علم النباتات الأثرية والمعهد الرئيسي "
        'لبحث نشر في دورية (بروسيدنجز أوف ذا ناشيونال أكاديمي أوف ساينسز)، إن "وجود خبز في موقع له هذا '
        'العمر، حدث استثنائي".'
    )
    found = _triples(nlp_pipe, text, "2018-07-17")
    assert _about(found, "آمايا آرانز", "جامعة كوبنهاغن") == {"memberOf", "affiliatedWith"}
    assert not _about(found, "أوتايجي", "جامعة كوبنهاغن")
