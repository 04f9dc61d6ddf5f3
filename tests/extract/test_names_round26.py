"""Names of round 26 (the errors of dev67–dev69), each on a real sentence of the ANT corpus (citation
licence, Chouigui et al. 2021) or SaudiNewsNet (CC BY-NC-SA 4.0), with negative cases where a rule could
over-fire."""

from __future__ import annotations

from round_helpers import entity_of as _entity_of
from round_helpers import names as _names
from round_helpers import run as _run

# SaudiNewsNet, snn_053_alwatan
WELCOME = (
    "وعبر الأمير محمد بن سلمان، عن بالغ شكره وتقديره للملك والحكومة الأردنية على ما لقيه والوفد "
    "المرافق من كرم الضيافة وحسن الاستقبال."
)


def test_a_given_name_before_a_derived_verbal_noun_is_a_phrase(nlp_pipe):
    # "كرم الضيافة وحسن الاستقبال": generous hospitality and a good welcome, no two people
    doc = _run(nlp_pipe, WELCOME, "2015-08-06")
    assert not [
        m for m in doc.mentions if m.coarse == "PER" and ("الضيافة" in m.text or "الاستقبال" in m.text)
    ]
    assert ("محمد بن سلمان", "PER") in _names(doc)


# SaudiNewsNet, snn_053_alwatan
INVITATION = (
    "انطلاقاً من العلاقات التاريخية الوثيقة والراسخة التي تربط المملكة العربية السعودية والمملكة "
    "الأردنية الهاشمية ، بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، والملك عبدالله "
    "الثاني، فقد قام ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان "
    "بن عبدالعزيز، بزيارة إلى المملكة الأردنية الهاشمية ، تلبية لدعوة كريمة من الملك عبدالله الثاني "
    "يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015."
)


def test_an_ordinary_word_in_ka_is_no_place_after_the_simile_prefix(nlp_pipe):
    # "لدعوة كريمة" (a generous invitation), not ك + the Yemeni province "ريمة"
    doc = _run(nlp_pipe, INVITATION, "2015-08-06")
    assert not [m for m in doc.mentions if m.text == "ريمة"]
    assert ("المملكة الأردنية الهاشمية", "LOC") in _names(doc)


# SaudiNewsNet, snn_075_alwatan
BROUGHT_BACK = (
    "كلمات سمو الشيخ أعادتني إلى التفتيش عن منهج الراحل الكبير، لا سيما أن القائل والراحل من "
    "(الأقران)؛ كما يعبر عن ذلك طلاب العلم الشرعي، الذين ذكروا في قواعدهم المعروفة قاعدة شهيرة، هي: "
    '"شهادة الأقران تُطوى، ولا تروى"، وفي حالتنا هذه أثبت الشيخ عبدالله أن القاعدة ليست مطلقة، وأن '
    'معناها أن أي كلام "سلبي" بين من تساوت رتبهم لا يعتد به، بل إن "شهادة الأقران تطوى وتروى"، خاصة '
    "إذا أتت بعد معاصرة استمرت قرابة عِقد من الزمن."
)


def test_a_verb_with_the_object_me_is_no_person(nlp_pipe):
    doc = _run(nlp_pipe, BROUGHT_BACK, "2015-07-26")
    assert not [m for m in doc.mentions if m.text == "أعادتني"]


# SaudiNewsNet, snn_075_alwatan
QUALITIES = (
    'حصرت مفردات (منهج الأستاذ) من نفس المقالة، فوجدتها كالتالي: "فذٌ، مثقف، داهية ـ في قاموس (لسان '
    "العرب) رجل داهية أي بَصِير بالأُمورـ ، لطيف، حازم، متوازن، مسالم، توافقي، مجِّمع، متواضع، لا "
    "يحب الظهور، واضح، صريح، لا يجامل، مؤدب، مستشار، ناصح، لا يخلف الوعد، لا يضيع الوقت، ينجز، صاحب "
    "همة، نشيط، صاحب رسالة، يبحث عن مصلحة أمته، ذكي، مباشر، صاحب نظرة خاصة، يحسن ربط الأمور، خير من "
    'يحلل الأحداث"؛ ولو أراد أي متابع أن يدلل بتفاصيل من حياة فقيدنا على تمكن المحاسن التي سردتها '
    "ولخصتها من المقال، لتمكن وبكل سهولة، فالراحل الكبير وبحق مدرسة كبيرة، وجامعة عظيمة، تستحق "
    "التعجيل في كيفية أن (تُمنهج) لتظل دائمة، لا عابرة."
)


def test_a_given_name_in_a_list_of_qualities_is_a_word(nlp_pipe):
    # "لطيف، حازم، متوازن": kind, firm, balanced
    doc = _run(nlp_pipe, QUALITIES, "2015-07-26")
    assert not [m for m in doc.mentions if m.text == "حازم"]


# SaudiNewsNet, snn_073_alwatan
COMMUNITIES = (
    "إيران الآن لا تستطيع أن تتوسع في الحديث عن اليمن، فهي لم تقدم لحلفائها سوى القتل والدمار، "
    "وإيران هي المنتج الأول للإرهاب الذي أسقط العراق أولا بعد أحد عشر عاما من السيطرة الإيرانية "
    "المباشرة على العراق، وبدعم كامل من الجيش والحكومة الأميركية، إلا أن الفساد الإيراني المالكي "
    "والتسيّب في إدارة مقدرات العراق الذي كانت حكومته أشبه بميليشيا محتلة، سرقت الأموال ونكّلت "
    "بالشعب العراقي، سنة وشيعة وأقليات، ورفعت منسوب الحقد الطائفي حتى جاء يوم الحصاد، فضاع العراق من "
    "يد المالكي وإيران وأميركا خلال ساعات، مما استدعى قيام تحالف دولي عربي من اثنتين وثلاثين دولة "
    "لاستعادة العراق الذي ضاع لأتفه الأسباب."
)


def test_an_indefinite_community_noun_is_no_organisation(nlp_pipe):
    # "سنة وشيعة وأقليات": Sunnis, Shiites and minorities
    doc = _run(nlp_pipe, COMMUNITIES, "2015-08-08")
    assert not [m for m in doc.mentions if m.text == "شيعة"]
    assert ("إيران", "LOC") in _names(doc) and ("المالكي", "PER") in _names(doc)


# ANT corpus, SK-middleEast-1291-20180428
DISTRICTS = (
    "وسجلت العمليات العسكرية جنوبي دمشق تقدما لصالح قوات النظام، يقابله دمار في المناطق السكنية، "
    "ونزيف بشري بين المدنيين، وبالتحديد في كل من مخيم اليرموك والقدم والتضامن والحجر الأسود."
)


def test_districts_listed_after_in_each_of_and_a_nisba_of_a_common_noun(nlp_pipe):
    # "ونزيف بشري": human bleeding, not the Lebanese town Bsharri; "في كل من" opens a list of places
    doc = _run(nlp_pipe, DISTRICTS, "2018-04-28")
    names = _names(doc)
    assert not [m for m in doc.mentions if m.text == "بشري"]
    assert {("القدم", "LOC"), ("التضامن", "LOC"), ("الحجر الأسود", "LOC")} <= names
    assert ("قوات النظام", "ORG") in names  # no body of the sentence is taken for a place


# ANT corpus, FR-middleEast-685-20180623
ALLIANCE = (
    "وتحاصر منطقة هجين، منذ نهاية عام 2017، قوات سوريا الديمقراطية وهي تحالف عربي-كردي مدعوم من "
    "واشنطن، وهناك مئات المعتقلين في سجن المنطقة الخاضعة لسيطرة الجهاديين، وفقا للمصدر."
)


def test_a_hyphenated_adjective_and_the_prison_of_an_area(nlp_pipe):
    # "تحالف عربي-كردي" (an Arab-Kurdish alliance); "سجن المنطقة الخاضعة لسيطرة الجهاديين": the prison of
    # the area under the jihadists' control
    doc = _run(nlp_pipe, ALLIANCE, "2018-06-23")
    assert not [m for m in doc.mentions if m.text == "كردي" or "الخاضعة" in m.text]
    assert {("قوات سوريا الديمقراطية", "ORG"), ("واشنطن", "LOC")} <= _names(doc)


# ANT corpus, BB-middleEast-209-20180317
AGENCY = (
    "وقال مسؤول في منظمة الهلال الأحمر لوكالة أنباء فرانس برس إن المستشفى المستهدف هو الوحيد الذي "
    "يعمل في المنطقة."
)


def test_a_news_agency_is_named_after_its_head(nlp_pipe):
    doc = _run(nlp_pipe, AGENCY, "2018-03-17")
    names = _names(doc)
    assert ("وكالة أنباء فرانس برس", "ORG") in names and ("وكالة أنباء", "ORG") not in names


# ANT corpus, BB-middleEast-699-20180705
NEW_GROUP = (
    'وقد شهدت "جبهة تحرير الشام" خروجاً من قبل الأفراد الأقرب إلى خط تنظيم القاعدة، وتشكيل تنظيم '
    'جديد يعرف باسم "حراس الدين".'
)


def test_a_new_organisation_is_unnamed(nlp_pipe):
    doc = _run(nlp_pipe, NEW_GROUP, "2018-07-05")
    names = _names(doc)
    assert ("تنظيم جديد", "ORG") not in names and ("تنظيم القاعدة", "ORG") in names


# ANT corpus, BB-middleEast-699-20180705
CAFE = (
    "يقول أبو وائل الذي التقيته في مقهى اسطنبولي، يطل على مسجد الفاتح المشهور، في منطقة بات الوجود "
    'العربي فيها باديا بحكم تزايد عدد اللاجئين السوريين فيه: "سكرت الأبواب بوجهنا.'
)


def test_an_accusative_participle_is_no_place_after_its_preposition(nlp_pipe):
    # "باديا": apparent (a participle), not ب + a place "اديا"
    doc = _run(nlp_pipe, CAFE, "2018-07-05")
    assert not [m for m in doc.mentions if m.text == "اديا"]
    assert ("أبو وائل", "PER") in _names(doc)


# ANT corpus, SK-middleEast-1759-20180516
SANCTIONS = (
    "وتابعت أن الدول السبع الأعضاء قررت فرض عقوبات اقتصادية على حسن نصر الله ونعيم قاسم ومحمد يزبك "
    "وحسين الخليل وإبراهيم الأمين السيد."
)


# ANT corpus, SK-middleEast-266-20180313
HEBRON = (
    "ذكرت وسائل إعلام فلسطينية أن مستوطنين إسرائيليين أحرقوا نحو 30 دونما من الأراضي المزروعة "
    "بمحاصيل شتوية في قرية جنوبي الخليل بالضفة الغربية."
)


def test_hebron_after_a_compass_adverb(nlp_pipe):
    doc = _run(nlp_pipe, HEBRON, "2018-03-13")
    assert {("الخليل", "LOC"), ("الضفة الغربية", "LOC")} <= _names(doc)
    # "وحسين الخليل": a Hezbollah official; without a place cue the town is his family name
    doc = _run(nlp_pipe, SANCTIONS, "2018-05-16")
    assert ("حسين الخليل", "PER") in _names(doc)
    assert not [m for m in doc.mentions if m.text == "الخليل"]


# ANT corpus, SK-middleEast-266-20180313
SETTLEMENT = (
    'وأشعل المستوطنون في مستوطنة "ماعون" النار بالمحاصيل الزراعية في منطقة خلة العدرة القريبة من '
    'المستوطنة، وفق ما ذكرت وكالة الأنباء الفلسطينية "وفا".'
)


def test_a_quoted_name_after_a_settlement_is_a_place(nlp_pipe):
    doc = _run(nlp_pipe, SETTLEMENT, "2018-03-13")
    assert ("ماعون", "LOC") in _names(doc)


# SaudiNewsNet, snn_143_aljazirah
RELIEF_PLANE = "الطائرة الإغاثية الثالثة تصل عدن محملة بـ(12) طناً من الأدوية والمستلزمات الطبية لمرضى السرطان"


def test_a_town_after_a_verb_of_arrival(nlp_pipe):
    # "تصل عدن محملة": the plane arrives in Aden loaded; the adjective agrees with the plane
    doc = _run(nlp_pipe, RELIEF_PLANE, "2015-07-25")
    assert ("عدن", "LOC") in _names(doc)


# ANT corpus, SK-middleEast-1270-20180426
GENERAL = (
    "من جانبه، أوضح مدير المناورات والتدريب في القيادة المركزية الأميركية، الميجور جنرال جون موت، أن "
    "مناورات هذا العام كانت الأولى التي تتضمن سيناريو للرد على هجوم بأسلحة دمار شامل."
)


def test_a_compound_rank_before_a_name(nlp_pipe):
    # "الميجور جنرال جون موت": the rank major general, and John Mott
    doc = _run(nlp_pipe, GENERAL, "2018-04-26")
    names = _names(doc)
    assert ("جون موت", "PER") in names
    assert not [m for m in doc.mentions if "جنرال" in m.text and m.kind == "name"]


# SaudiNewsNet, snn_073_alwatan
INFANT = (
    'حضر هذه الاجتماعات في الدوحة الرضيع الفلسطيني "علي الدوابشة" الذي أحرقه المستوطنون اليهود قبل '
    "أيام، وهو إلى حدّ بعيد يشبه محمد الدرة الذي أعاد العمل العربي الذي بسببه انعقدت القمة العربية "
    "الأولى بعد انقطاع دام تسع سنوات منذ احتلال العراق، وعادت إسرائيل مرة أخرى وبجريمة واحدة لتكون "
    "مجددا في طليعة الإجرام الذي يسود سورية والعراق واليمن وليبيا، ولا أعتقد بأن هذه الجريمة ستمر "
    "مرور الكرام، وسيكون لها ما بعدها من لهيب كبير وكبير جدا."
)


def test_a_quoted_given_and_family_name_is_a_person(nlp_pipe):
    doc = _run(nlp_pipe, INFANT, "2015-08-08")
    assert ("علي الدوابشة", "PER") in _names(doc)


# SaudiNewsNet, snn_054_aawsat
CHECHENS = (
    "كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في الشيشان، وحسن حكيموف نائب رئيس حكومة الشيشان، "
    "واليغ ازيروف المندوب الدائم لروسيا الاتحادية لدى منظمة التعاون الإسلامي."
)


def test_the_next_person_in_a_list_of_names_with_titles(nlp_pipe):
    doc = _run(nlp_pipe, CHECHENS, "2015-07-21")
    names = _names(doc)
    assert {("اليغ ازيروف", "PER"), ("حسن حكيموف", "PER"), ("ماغمد داؤدوف", "PER")} <= names
    assert not [m for m in doc.mentions if m.text.startswith("و") and m.coarse == "PER"]


# SaudiNewsNet, snn_143_aljazirah
THANKS = (
    "ورفع معالي المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
    "الإنسانية الدكتور عبد الله بن عبد العزيز الربيعة الشكر لخادم الحرمين الشريفين الملك سلمان بن "
    "عبد العزيز آل سعود، ولصاحب السمو الملكي الأمير محمد بن نايف بن عبد العزيز ولي العهد نائب رئيس "
    "مجلس الوزراء وزير الداخلية، ولصاحب السمو الملكي الأمير محمد بن سلمان بن عبد العزيز ولي ولي "
    "العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع - حفظهم الله - على ما يقدمونه من خدمات "
    "إنسانية جليلة يشهد لها العالم في كافة المعمورة."
)


def test_princes_with_a_two_word_grandfather_stay_two_people(nlp_pipe):
    # "محمد بن نايف بن عبد العزيز" and "محمد بن سلمان بن عبد العزيز": "عبد العزيز" is one name
    doc = _run(nlp_pipe, THANKS, "2015-07-25")
    mbn, mbs = _entity_of(doc, "محمد بن نايف بن عبد العزيز"), _entity_of(doc, "محمد بن سلمان بن عبد العزيز")
    assert mbn is not None and mbs is not None and mbn.key != mbs.key


# SaudiNewsNet, snn_054_aawsat
ATTENDEES = (
    "حضر اللقاء الدكتور مساعد العيبان وزير الدولة عضو مجلس الوزراء، وعادل الجبير وزير الخارجية "
    "السعودي، وخالد العيسى وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي المكلف، والدكتور عادل "
    "الطريفي وزير الثقافة والإعلام الوزير المرافق، وخالد الحميدان رئيس الاستخبارات العامة."
)


def test_state_bodies_named_by_a_noun_and_an_adjective(nlp_pipe):
    doc = _run(nlp_pipe, ATTENDEES, "2015-07-21")
    assert {("الديوان الملكي", "ORG"), ("الاستخبارات العامة", "ORG"), ("خالد الحميدان", "PER")} <= _names(doc)


# ANT corpus, FR-middleEast-685-20180623
MEDIA_CELL = (
    'وأشار مركز الإعلام الأمني التابع لقيادة العمليات المشتركة العراقية إلى أن طائرات "أف 16" عراقية '
    'نفذت "ضربة جوية موفقة استهدفت خلالها اجتماعا لقيادات داعش في 3 أوكار للعصابات الإرهابية" في '
    'منطقة هجين في شرق سوريا، ما أسفر عن "تدمير الأهداف بالكامل، وقتل نحو 45 إرهابيا".'
)


def test_a_security_media_centre_and_the_joint_operations_command(nlp_pipe):
    doc = _run(nlp_pipe, MEDIA_CELL, "2018-06-23")
    assert {("مركز الإعلام الأمني", "ORG"), ("قيادة العمليات المشتركة", "ORG")} <= _names(doc)
