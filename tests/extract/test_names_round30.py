"""Names of round 30 (the errors of dev79–dev81), each on a real sentence of the ANT corpus (citation
licence, Chouigui et al. 2021) or of SaudiNewsNet, with negative cases where a rule could over-fire."""

from __future__ import annotations

from round_helpers import entity_of as _entity_of
from round_helpers import names as _names
from round_helpers import run as _run

# ANT corpus, CN-middleEast-243-20180311
HAJJ_HASSAN = (
    "دبي، الإمارات العربية المتحدة (CNN)— اتهم حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب الله، "
    "دولا عربية وعلى رأسها المملكة العربية السعودية، على حد تعبيره بمحاولة التدخل في الانتخابات النيابية "
    "المزمع أن يشهدها لبنان في مايو/ أيار المقبل."
)


def test_the_pilgrim_inside_a_name_opens_the_family_name(nlp_pipe):
    # "حسين الحاج حسن": "الحاج" between a given name and another word is part of the family name
    doc = _run(nlp_pipe, HAJJ_HASSAN, "2018-03-11")
    assert ("حسين الحاج حسن", "PER") in _names(doc)
    assert not [m for m in doc.mentions if m.text in ("حسين", "حسن")]


# ANT corpus, SK-middleEast-973-20180412
MINISTERS = (
    "وشارك في الاجتماع وزراء الخارجية المصري سامح شكري والسعودي عادل الجبير والبحريني الشيخ خالد بن أحمد "
    "آل خليفة بالإضافة إلى قرقاش وبحضور الأمين العام للجامعة العربية أحمد أبو الغيط."
)
# ANT corpus, FR-middleEast-165-20180317
PLEDGE = (
    "وفيما يستمر التصعيد، تعهد وزراء خارجية روسيا وتركيا وإيران خلال محادثات في أستانا، بالاستمرار في "
    '"تصفية" جبهة النصرة، في اشارة الى هيئة تحرير الشام والمجموعات الأخرى المرتبطة بتنظيم القاعدة.'
)


def test_the_nationalities_of_ministers_listed_after_a_plural_title_are_their_countries(nlp_pipe):
    doc = _run(nlp_pipe, MINISTERS, "2018-04-12")
    countries = {m.text for m in doc.mentions if m.coarse == "LOC" and m.cls == "Country"}
    assert {"المصري", "السعودي", "البحريني"} <= countries
    assert _entity_of(doc, "المصري").label_ar == "مصر"
    assert _entity_of(doc, "البحريني").label_ar == "البحرين"
    # countries named after the plural title are names already; no adjective to read
    doc = _run(nlp_pipe, PLEDGE, "2018-03-17")
    assert not [m for m in doc.mentions if m.coarse == "LOC" and m.kind == "nominal"]
    assert {("روسيا", "LOC"), ("تركيا", "LOC"), ("إيران", "LOC")} <= _names(doc)


# ANT corpus, SK-middleEast-2433-20180617
ANSAR = (
    'وبحسب معلومات صرح بها أحد المواطنين الذين كانوا عالقين داخل منطقة البلاد و التقتهم "سكاي نيوز عربية" '
    'فإن القيادات الأولى من تحالف "شورى مجاهدي درنة" و "أنصار الشريعة" مع عشرات المسلحين فروا إلى المدينة '
    "القديمة وسط مدينة درنة بعد تحرير الجيش الليبي لمعظم أحياء المدينة في غضون أسبوع، ليتبقى للإرهابيين أقل "
    "من 7 كليومترات مربعة."
)
# ANT corpus, SK-middleEast-973-20180412
HOUTHI = (
    "وناقشت اللجنة التهديدات الإيرانية للأمن القومي العربي في ضوء التطورات الأخيرة وآخرها استمرار إطلاق "
    "الصواريخ الباليستية من قبل ميلشيات الحوثي الإيرانية في اليمن واستهدف المدن والأراضي السعودية."
)


def test_ansar_al_sharia_and_militias_misspelt(nlp_pipe):
    doc = _run(nlp_pipe, ANSAR, "2018-06-17")
    assert ("أنصار الشريعة", "ORG") in _names(doc)
    # "ميلشيات": ميليشيات with two letters swapped still heads the militia's name
    doc = _run(nlp_pipe, HOUTHI, "2018-04-12")
    assert [m for m in doc.mentions if m.coarse == "ORG" and m.text.startswith("ميلشيات الحوثي")]


# ANT corpus, SK-middleEast-246-20180312
FEDERATION = (
    "وتعقد الفيدرالية العربية لحقوق الإنسان في جنيف جلسة على هامش أعمال الدورة السابعة والثلاثين لمجلس حقوق "
    "الإنسان، لمناقشة الانتهاكات القطرية لحقوق الإنسان وتحديدا قضية أبناء قبيلة الغفران وما يتعرضون له من "
    "تضييق من قبل النظام القطري."
)
# ANT corpus, SK-middleEast-246-20180312
LETTER = (
    "ووجهت نحو 40 منظمة حقوقية، تمثل الفيدرالية العربية لحقوق الإنسان، رسالة تدعو فيها إلى إنصاف القبيلة "
    "مما تواجهه من اضطهاد على يد السلطات في الدوحة."
)


def test_a_federation_for_human_rights(nlp_pipe):
    doc = _run(nlp_pipe, FEDERATION, "2018-03-12")
    assert ("الفيدرالية العربية لحقوق الإنسان", "ORG") in _names(doc)
    assert ("مجلس حقوق الإنسان", "ORG") in _names(doc)
    doc = _run(nlp_pipe, LETTER, "2018-03-12")
    assert ("الفيدرالية العربية لحقوق الإنسان", "ORG") in _names(doc)


# ANT corpus, SK-middleEast-3753-20181006
RECEPTION = (
    'وأشادت ميلانيا ترامب بـ"حسن الاستقبال وكرم الضيافة في مصر، معربة عن إعجابها وتقديرها للحضارة المصرية '
    'العريقة، واعتزازها بالصداقة بين الشعبين المصري والأميركي"، بحسب بيان للرئاسة المصرية.'
)


def test_good_reception_and_generous_hospitality_are_no_people(nlp_pipe):
    # "حسن الاستقبال": a noun and a derived verbal noun, which no family name is
    doc = _run(nlp_pipe, RECEPTION, "2018-10-06")
    people = {m.text for m in doc.mentions if m.coarse == "PER"}
    assert "حسن الاستقبال" not in people
    assert "كرم الضيافة" not in people
    assert ("ميلانيا ترامب", "PER") in _names(doc)


# ANT corpus, SK-middleEast-973-20180412
ALLIES = (
    'وأوضح الجبير "لا سلام في المنطقة مادمت إيران تتدخل في شؤون المنطقة"، مضيفا "إيران والإرهاب حليفان لا '
    'يفترقان ووجهان لعملة واحدة".'
)
# SaudiNewsNet, snn_074_okaz
ABADI = "العبادي وإيران يتخلصان من نوري المالكي"


def test_a_dual_noun_before_a_dual_verb_is_no_person(nlp_pipe):
    doc = _run(nlp_pipe, ALLIES, "2018-04-12")
    assert not [m for m in doc.mentions if m.text == "حليفان"]
    assert ("إيران", "LOC") in _names(doc)
    # after و, a name before a dual verb is the second of its two subjects
    doc = _run(nlp_pipe, ABADI, "2015-08-10")
    assert {("العبادي", "PER"), ("إيران", "LOC"), ("نوري المالكي", "PER")} <= _names(doc)


# ANT corpus, CN-middleEast-1425-20181006
SOIL = (
    'وقال: "ها نحن في مصر واجهنا تحديا من أصعب ما يكون خلال السنوات الماضية، تحدي الحفاظ على دولتنا ومنع '
    "انهيارها، ومواجهة خطر الفراغ السياسي والفوضى، وانتشار الإرهاب المسلح الغادر، فالنظرة المنصفة لمجمل "
    "تحديات الأمن القومي، التي شهدتها المنطقة خلال السنوات الماضية توضح لنا بجلاء أن انتصار أكتوبر لم يكن "
    'صدفة وأن جذور الانتصار وقهر المحن متوطنة في تربة بلدنا العظيمة".'
)
# ANT corpus, CN-middleEast-1425-20181006
VICTORY = (
    'وأضاف: "كما عبرنا الجسر الفاصل بين الهزيمة والنصر خلال الفترة من 1967 وحتى 1973، استطعنا عبور مرحلة '
    "الاضطراب غير المسبوق، الذي انتشر في المنطقة خلال السنوات الأخيرة، ولم تضعف التحديات الصعبة هزيمتنا "
    'واستطعنا محاصرة خطر الإرهاب الأسود، وتوجيه ضربات قاسمة لتنظيماته وعناصره".'
)
# SaudiNewsNet, snn_133_almadina
FRONTS = (
    "وتحدثت مصادر أخرى عن معارك محدودة بين الحوثيين والمقاومة في منطقتي الفيوش وجعولا في المدخل الشمالي "
    "لمدينة عدن، وأن المقاومة تسعى لتطهير المنطقتين من وجود خفيف للحوثيين."
)


def test_the_soil_of_our_country_and_victory_after_defeat_are_no_names(nlp_pipe):
    # "تربة بلدنا": a noun governing a noun with a possessive suffix, not the Saudi town Turabah
    doc = _run(nlp_pipe, SOIL, "2018-10-06")
    assert not [m for m in doc.mentions if m.text == "تربة"]
    assert ("مصر", "LOC") in _names(doc)
    doc = _run(nlp_pipe, VICTORY, "2018-10-06")
    assert not [m for m in doc.mentions if m.text == "النصر"]
    # a side of a war after "بين" is still a name
    doc = _run(nlp_pipe, FRONTS, "2015-04-26")
    assert ("الحوثيين", "ORG") in _names(doc)
    assert ("عدن", "LOC") in _names(doc)


# ANT corpus, SK-middleEast-2433-20180617
PRISON = (
    'ففي مقر سابق لتنظيم داعش بساحل درنة قبل أن تستولي عليه "القاعدة"، عثر الجيش على\u00a0 مصنع تفخيخ تابع '
    'لمتطرفي "شورى مجاهدي درنة، وسجن سري لمعارضي التنظيم المتطرف، إضافة إلى مركز إعلامي مجهز بأحدث '
    "الإمكانيات لنشر فكر التنظيم الإرهابي."
)
# ANT corpus, SK-middleEast-2433-20180617
CLASHES = (
    "وفي الوقت ذاته، يستمر الجيش الليبي في تقديم أعمال الإغاثة وتسهيل مهمة الهلال الأحمر الليبي لإجلاء "
    "العالقين داخل منطقة الاشتباكات وسط المدينة، حيث لم تتوقف قوافل المواد الغذائية واللوازم الأساسية "
    "للمواطنين."
)
# ANT corpus, CN-middleEast-795-20180503
HMEIMIM = (
    'ونقلت وكالة أنباء سبوتنيك الروسية الحكومية، بيان وزارة الدفاع الذي جاء فيه: "وقع الحادث في الساعة '
    "09:45، حسب توقيت مدينة موسكو، عند إقلاع المقاتلة الروسية ’سو-30إس إم‘ من قاعدة حميميم فوق البحر "
    "الأبيض المتوسط."
)


def test_a_secret_prison_and_the_area_of_the_clashes_are_no_places(nlp_pipe):
    doc = _run(nlp_pipe, PRISON, "2018-06-17")
    assert not [m for m in doc.mentions if m.text.startswith("سجن")]
    assert ("تنظيم داعش", "ORG") in _names(doc)
    doc = _run(nlp_pipe, CLASHES, "2018-06-17")
    assert not [m for m in doc.mentions if m.text.startswith("منطقة")]
    assert ("الهلال الأحمر الليبي", "ORG") in _names(doc)
    # a base named by its place stays a place
    doc = _run(nlp_pipe, HMEIMIM, "2018-05-03")
    assert ("قاعدة حميميم", "LOC") in _names(doc)


# ANT corpus, BB-middleEast-706-20180708
TAP = (
    'وذكرت وكالة الأنباء الرسمية تونس أفريقيا نقلا عن مصدر أمني قوله : "ألقى المهاجمون الإرهابيون قنبلة على '
    'السيارة الأولى لقوات الأمن وحدثت مواجهات بالأسلحة".'
)
# SaudiNewsNet, snn_065_aawsat
SUNA = (
    "وذكرت وكالة الأنباء الرسمية سونا أن البشير غادر الخرطوم إلى نواكشوط، دون أن تكون السفرية معلنة من قبل، "
    "لا سيما وأن سفر الرئيس السوداني المطلوب للمحكمة الجنائية الدولية يثير عادة الكثير من الضجيج، زادت حدته "
    "بعد سفريته الأخيرة إلى جنوب أفريقيا للمشاركة في قمة الاتحاد الأفريقي، وأصدرت أثناءها المحكمة العليا "
    "الجنوب أفريقية قرارًا قضت بعدم مغادرته قبيل بحث مسألة تسليمه لمحكمة لاهاي."
)
# ANT corpus, CN-middleEast-991-20180521
SPA = (
    'وأضاف أن "الجهة المختصة تمكنت من القبض على عناصر تلك المجموعة، والبالغ عددهم 7 أشخاص، فيما لا يزال '
    'العمل جار على تحديد كل من له صلة بأنشطتهم واتخاذ كافة الإجراءات النظامية بحقه"، وفقا لما نقلته وكالة '
    "الأنباء السعودية الرسمية."
)


def test_the_official_news_agency_is_named_by_the_words_after_it(nlp_pipe):
    # "وكالة الأنباء الرسمية": "the official news agency", described; its name (تونس أفريقيا) follows
    doc = _run(nlp_pipe, TAP, "2018-07-08")
    assert not [m for m in doc.mentions if m.text == "وكالة الأنباء"]
    assert ("تونس أفريقيا", "ORG") in _names(doc)
    doc = _run(nlp_pipe, SUNA, "2015-08-10")
    assert ("سونا", "ORG") in _names(doc)
    # with the nationality after it, the agency is named
    doc = _run(nlp_pipe, SPA, "2018-05-21")
    assert ("وكالة الأنباء السعودية", "ORG") in _names(doc)
