"""Names of round 27 (the errors of dev70–dev72), each on a real sentence of the ANT corpus (citation
licence, Chouigui et al. 2021) or SaudiNewsNet (CC BY-NC-SA 4.0), with negative cases where a rule could
over-fire."""

from __future__ import annotations

from round_helpers import about as _about
from round_helpers import entity_of as _entity_of
from round_helpers import names as _names
from round_helpers import run as _run
from round_helpers import triples as _triples

# ANT corpus, FR-middleEast-735-20180705
OPERATION = (
    "لذلك أطلقت القوات العراقية المكونة من الجيش والشرطة الاتحادية والحشد الشعبي وقوات الرد السريع "
    'بالتنسيق مع قوات البشمركة الكردية، عملية عسكرية واسعة أطلقت عليها اسم "ثأر الشهداء"، للقضاء على '
    "خلايا التنظيم في وسط البلاد بين طريق ديالى - كركوك والحدود الإيرانية."
)


def test_the_federal_police_is_a_named_force(nlp_pipe):
    doc = _run(nlp_pipe, OPERATION, "2018-07-05")
    assert ("الشرطة الاتحادية", "ORG") in _names(doc)


# SaudiNewsNet, snn_011_aawsat
AID = (
    "وتأتي هذه المساعدات الإنسانية بعد أن وجّه الشيخ خليفة بن زايد آل نهيان رئيس الإمارات وأوامر الشيخ "
    "محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة ومتابعة الشيخ حمدان بن زايد "
    "آل نهيان ممثل الحاكم في المنطقة الغربية رئيس هيئة الهلال الأحمر، في الوقت الذي حضرت فيه الهيئة على "
    "الساحة اليمنية منذ بداية الأزمة الحالية، وعملت خلال الفترة الماضية على جميع المحاور لتخفيف المعاناة "
    "الإنسانية التي لحقت بالشعب اليمني."
)


def test_a_capital_after_a_crown_princes_title_is_the_city(nlp_pipe):
    # "ولي عهد أبوظبي": the crown prince of the emirate, not of the state the article also names
    doc = _run(nlp_pipe, AID, "2015-08-10")
    abu_dhabi, uae = _entity_of(doc, "أبوظبي"), _entity_of(doc, "الإمارات")
    assert abu_dhabi is not None and uae is not None
    assert abu_dhabi.key != uae.key and abu_dhabi.cls == "City"


# SaudiNewsNet, snn_011_aawsat
RELIEF = (
    "وكانت هيئة الهلال الأحمر نقلت مكتبها من صنعاء إلى عدن، تعزيزا لجهودها في هذا الصدد، ووفرت له كل "
    "الإمكانيات المادية والبشرية واللوجيستية للقيام بدوره في الإشراف على توزيع المساعدات ووضع الخطط وتبني "
    "المبادرات التي تلبي احتياجات الأشقاء في اليمن، والوقوف ميدانيا على مجمل الأوضاع الإنسانية والتواصل مع "
    "الأشقاء هناك وتوفير متطلباتهم على وجه السرعة، وستكون عدن محطة مهمة لانطلاق عمليات الهيئة الإغاثية "
    "لبقية المحافظات، كما أشارت إلى أنها ستكون مركزا لوجيستيا لتوفير مخزون استراتيجي من المواد الإغاثية "
    "التي تصل من الإمارات أو التي يتم توفيرها من الأسواق المجاورة."
)


def test_a_body_head_with_the_adjective_of_its_field_is_a_description(nlp_pipe):
    # "عمليات الهيئة الإغاثية": the relief operations of the Red Crescent authority named before
    doc = _run(nlp_pipe, RELIEF, "2015-08-10")
    assert not [m for m in doc.mentions if m.kind == "name" and m.text == "الهيئة الإغاثية"]
    assert ("هيئة الهلال الأحمر", "ORG") in _names(doc)


# ANT corpus, BB-middleEast-927-20180828
DAUGHTERS = (
    "نورة أم لخمسة أبناء، لكن ما واجهته أثناء محاولة إيجاد سكن وغلاء المعيشة دفعت ثلاثة من أبنائها لطلب "
    "البقاء مع والدهم، في حين بقيت بنتان معها."
)


def test_the_dual_of_a_kinship_noun_is_no_name(nlp_pipe):
    doc = _run(nlp_pipe, DAUGHTERS, "2018-08-28")
    assert not [m for m in doc.mentions if m.text == "بنتان"]


# ANT corpus, CN-middleEast-1317-20180908
BASRA = "لاتزال الاحتجاجات في مدينة البصرة العراقية تتواصل منذ أوائل يوليو/تموز."


def test_a_nationality_after_a_city_names_its_country(nlp_pipe):
    doc = _run(nlp_pipe, BASRA, "2018-09-08")
    iraq = _entity_of(doc, "العراقية")
    assert iraq is not None and iraq.label_ar == "العراق"
    assert "locatedIn" in _about(_triples(nlp_pipe, BASRA, "2018-09-08"), "البصرة", "العراق")


# SaudiNewsNet, snn_140_alwatan
SAADA = (
    "كما رصدت الصحيفة طائرات التحالف من نوع الأباتشي والـf15 وهي ترد بكثافة على مصدر تلك القذائف داخل "
    "محافظة صعدة اليمنية، وتحديدا مناطق المعاين، والطلح، ومران، وكتاف، ونقعة، كما استهدفت مدفعية القوات "
    "المسلحة مواقع الانقلابيين وتدميرها."
)


# ANT corpus, FR-middleEast-493-20180517
HMEIMIM = (
    "وقد التقى الرئيسان الروسي فلاديمير بوتين والسوري بشار الأسد للمرة الأخيرة في 11 كانون الأول/ديسمبر في "
    "قاعدة حميميم الروسية في سوريا عندما أمر بوتين بانسحاب جزئي للوحدات العسكرية الروسية المنتشرة في هذا "
    "البلد."
)


def test_a_nationality_after_a_province_names_its_country(nlp_pipe):
    doc = _run(nlp_pipe, SAADA, "2015-08-06")
    yemen = _entity_of(doc, "اليمنية")
    assert yemen is not None and yemen.label_ar == "اليمن"
    # a Russian base in Syria: the adjective after a base tells its owner, not where it is
    doc = _run(nlp_pipe, HMEIMIM, "2018-05-17")
    assert not [m for m in doc.mentions if m.text == "الروسية" and m.cls == "Country"]


# SaudiNewsNet, snn_140_alwatan
OLAB = (
    "استمرت ميليشيات الحوثي الانقلابية وحليفها المخلوع علي صالح أمس في استهداف أحياء وقرى محافظة ظهران "
    'الجنوب الحدودية، عندما سقطت ثمانية قذائف عسكرية من نوع "كاتيوشا" أمس في مركز علب الحدودي وأحياء '
    "سارة والنزهة من داخل الأراضي اليمنية."
)


def test_a_border_post_is_a_place(nlp_pipe):
    doc = _run(nlp_pipe, OLAB, "2015-08-06")
    assert ("مركز علب", "LOC") in _names(doc)


# SaudiNewsNet, snn_078_sabq
LANDING = (
    "وكانت قيادة القوات المشتركة قد أصدرت بيانا أوضحت فيه أنه في صباح أمس أجرت طائرة أباتشي تابعة للقوات "
    "البرية السعودية – أثناء تنفيذها عمليات على الحد الجنوبي - هبوطا اضطراريا في منفذ الطوال السعودي، ولم "
    "تتعرض الطائرة لأي أضرار، ولم يصب الطيار ومساعده بأذى."
)


# SaudiNewsNet, snn-2015-08-10-1297-alyaum
ATTACKERS = (
    "وعلى الفور عززت الشرطة التركية إجراءاتها الأمنية في محيط المركز المستهدف وبدأت عملية تحقيق بهدف "
    "القبض على منفذي الهجوم ."
)


def test_a_border_crossing_with_its_states_adjective_is_a_place(nlp_pipe):
    doc = _run(nlp_pipe, LANDING, "2015-08-06")
    assert ("منفذ الطوال", "LOC") in _names(doc)
    doc = _run(nlp_pipe, ATTACKERS, "2015-08-10")  # "منفذي الهجوم": the attackers
    assert not [m for m in doc.mentions if m.coarse == "LOC" and "الهجوم" in m.text]


# SaudiNewsNet, snn_078_sabq
VILLAGES = (
    "وكانت الطائرة تشارك في تمشيط المنطقة وملاحقة عناصر الحوثيين التي فرت أثناء تعرضها لغارات جوية شنتها "
    "مقاتلات التحالف العربي، استهدفت مواقع المتمردين التي جددت أمس اعتداءاتها على قرى الحد الجنوبي في "
    "محافظات الحرث والطوال."
)


def test_names_after_a_plural_place_noun_are_places(nlp_pipe):
    doc = _run(nlp_pipe, VILLAGES, "2015-08-06")
    assert {("الحرث", "LOC"), ("الطوال", "LOC")} <= _names(doc)


# ANT corpus, FR-middleEast-211-20180402
AGENCY = (
    'بدأت ظهر الاثنين عملية إجلاء مقاتلين من "جيش الإسلام" مع أفراد من عائلاتهم من مدينة دوما آخر جيب '
    "تحت سيطرة الفصائل المعارضة في الغوطة الشرقية، وفق ما أوردت وكالة الأنباء السورية الرسمية (سانا).\n"
    'وقالت الوكالة "خروج حافلتين من مدينة دوما على متنهما عدد من إرهابيي جيش الإسلام وعائلاتهم تمهيدا '
    'لنقلهم إلى جرابلس"، وذلك غداة إعلان روسيا التوصل إلى اتفاق لاجلائهم من المدينة، لم يصدر أي تاكيد '
    'رسمي بشأنه من قياديي جيش الإسلام".'
)


def test_the_agency_alone_refers_to_the_agency_named_before(nlp_pipe):
    doc = _run(nlp_pipe, AGENCY, "2018-04-02")
    agency = _entity_of(doc, "الوكالة")
    assert agency is not None and agency.label_ar.startswith("وكالة الأنباء السورية")


# ANT corpus, SK-middleEast-1624-20180512
MADIQ = (
    "وعادت 58 ألف حافلة تقل 3 آلاف شخص مدني ومقاتل من المعارضة إلى قلعة المضيق بريف حمص، قبل أن تتوجه "
    "إلى محافظة إدلب."
)


def test_a_village_in_the_countryside_of_a_city_is_a_place(nlp_pipe):
    doc = _run(nlp_pipe, MADIQ, "2018-05-12")
    assert ("قلعة المضيق", "LOC") in _names(doc)


# ANT corpus, SK-middleEast-1624-20180512
RASTAN = (
    "وكانت دفعات المهجرين قد بدأت بالخروج من الرستن وتلبيسة والحولة بعد توقيع اتفاق بين الفصائل المعارضة "
    "والقوات الروسية، تضمن تسليم الأسلحة الثقيلة والمتوسطة لجيش النظام بينما تتسلم الشرطة العسكرية "
    "الروسية زمام الأمور في ريف حمص الشمالي."
)


def test_names_listed_with_a_town_are_towns(nlp_pipe):
    doc = _run(nlp_pipe, RASTAN, "2018-05-12")
    assert {("الرستن", "LOC"), ("الحولة", "LOC")} <= _names(doc)


# ANT corpus, FR-middleEast-165-20180317
HAMOURIA = (
    "وتتعرض بلدات عدة تحت سيطرة فيلق الرحمن منذ أيام وفق المرصد لغارات روسية وسورية، لا سيما حمورية "
    "وكفربطنا وسقبا، وهي المناطق التي خرج النازحون منها."
)
# ANT corpus, FR-middleEast-165-20180317 (an earlier sentence of the article, naming the two towns)
TOWNS = (
    "كثف الجيش السوري الجمعة غاراته الجوية على جيوب تسيطر عليها المعارضة المسلحة في الغوطة الشرقية، موقعا "
    "80 قتيلا مدنيا على الأقل في بلدتي كفربطنا وسقبا، وفق المرصد السوري لحقوق الإنسان."
)


def test_a_name_listed_with_towns_found_elsewhere_is_a_town(nlp_pipe):
    doc = _run(nlp_pipe, TOWNS + " " + HAMOURIA, "2018-03-17")
    assert ("حمورية", "LOC") in _names(doc)


# ANT corpus, BB-middleEast-557-20180531
HEROES = (
    "وقالت الناشطة السعودية، منال الشريف، في تغريدة لها على تويتر بمناسبة تكريس العدد للنساء السعوديات: "
    '"سعيدة جدا بالاهتمام الذي تحظى به نساء وطني لكن دعونا لا ننسى الأبطال الحقيقين عزيزة اليوسف، لجين '
    'الهذلول، إيمان النفجان".'
)


def test_names_set_off_by_commas_around_a_persons_name_are_people(nlp_pipe):
    doc = _run(nlp_pipe, HEROES, "2018-05-31")
    assert {("عزيزة اليوسف", "PER"), ("لجين الهذلول", "PER"), ("إيمان النفجان", "PER")} <= _names(doc)


# ANT corpus, BB-middleEast-557-20180531
ZEAL = (
    'وتقول الأميرة هيفاء بنت عبد الله آل سعود، ابنة الملك السابق عبد الله، في مقابلة لها مع المجلة "بعض '
    'المحافظين في بلدي يخشون التغيير، أنا شخصيا أدعم التغيير بحماس شديد".'
)


# ANT corpus, BB-middleEast-762-20180720
HAMAS_WING = (
    "وقال شهود عيان لبي بي سي إن المدفعية الإسرائيلية أطلقت عدة قذائف صوب نقطة رصد تابعة لكتائب القسام ، "
    "الجناح العسكري لحماس في خانيونس، ما أدى الى مقتل عنصرين من القسام ، فيما قتل ناشط ثالث جراء استهداف "
    "المدفعية الإسرائيلية نقطة رصد ثانية شرق رفح."
)


def test_zeal_with_a_masculine_adjective_is_no_movement(nlp_pipe):
    doc = _run(nlp_pipe, ZEAL, "2018-05-31")
    assert not [m for m in doc.mentions if m.text == "حماس"]
    doc = _run(nlp_pipe, HAMAS_WING, "2018-07-20")  # "الجناح العسكري لحماس في خانيونس": the movement
    assert ("حماس", "ORG") in _names(doc)


# ANT corpus, CN-middleEast-1290-20180907
KHALDUN = (
    "وإني عندما أرى كل هذا الذي يحدث في وطننا العربي وبالأخص ما يجري اليوم في الخليج، لا أجد أصوب وأصدق "
    'مما قاله ابن خلدون رحمه الله".'
)


def test_a_blessing_after_a_name_is_not_part_of_it(nlp_pipe):
    doc = _run(nlp_pipe, KHALDUN, "2018-09-07")
    assert not [m for m in doc.mentions if "رحمه" in m.text]


# ANT corpus, FR-middleEast-165-20180317
GROUPS = (
    'في الأثناء قالت مجموعات "جيش الإسلام" و"فيلق الرحمن" و"أحرار الشام" التي يوجد كل تنظيم منها في '
    "جزء من الأجزاء الثلاثة للغوطة الشرقية، الجمعة إنها مستعدة لإجراء مفاوضات مباشرة مع روسيا في جنيف "
    "برعاية الأمم المتحدة."
)


# ANT corpus, FR-middleEast-165-20180317
LIQUIDATE = (
    "وفيما يستمر التصعيد، تعهد وزراء خارجية روسيا وتركيا وإيران خلال محادثات في أستانا، بالاستمرار في "
    '"تصفية" جبهة النصرة، في اشارة الى هيئة تحرير الشام.'
)


def test_a_quoted_name_listed_with_quoted_groups_is_a_group(nlp_pipe):
    doc = _run(nlp_pipe, GROUPS, "2018-03-17")
    assert ("أحرار الشام", "ORG") in _names(doc)
    doc = _run(nlp_pipe, LIQUIDATE, "2018-03-17")  # '"تصفية" جبهة النصرة': a quoted word, no list
    assert not [m for m in doc.mentions if m.text == "تصفية"]


def test_a_preposition_with_a_pronoun_names_no_group(nlp_pipe):
    # "كل تنظيم منها": each group of them
    doc = _run(nlp_pipe, GROUPS, "2018-03-17")
    assert not [m for m in doc.mentions if "منها" in m.text]


# SaudiNewsNet, snn_061_alwatan
DAWA = (
    "كما كان المشرف على بناء الأجهزة الأمنية على أسس الولاء الطائفي المطلق، بل إنه منح رجال الميليشيات "
    "التابعة لحزبه (الدعوة) وللمجلس الأعلى للثورة الإسلامية أعلى المناصب مع تغاضيه عن جرائم التطهير "
    "الطائفي والمذهبي\xa0 التي تمت في عهده، خصوصا ضد السنة، الأمر الذي مثل –في تقدير كثيرين– الباب الحقيقي "
    "الذي أطلت منه الطائفية في ربوع المنطقة."
)


def test_the_name_in_brackets_after_his_party_is_the_party(nlp_pipe):
    doc = _run(nlp_pipe, DAWA, "2015-08-04")
    assert ("الدعوة", "ORG") in _names(doc)


# SaudiNewsNet, snn_061_alwatan
PREMIERSHIP = (
    "قديما؛ ظن البعض أن المعارضة العراقية التي اكتوت بقمع صدام حسين فتشتت بين السجون والمنافي، سوف تقدم "
    "حين تتبوأ مقاليد الحكم – حتى ولو جاءت على ظهر الدبابة الأميركية - نموذجا ديموقراطيا قادرا على احتواء "
    "مكونات الشعب العراقي، ومن ثم تعويض الجميع عن سنوات الحروب والدمار، غير أن قدوم المالكي إلى رئاسة "
    "الحكومة في عام 2006، بدعم مباشر من إيران والمرجع الشيعي علي السيستاني قضى نهائيا على هذا الأمل؛ بعد أن "
    "تبنى الرجل سياسة انتقامية طالت حتى بعض حلفائه المقربين."
)


def test_the_office_a_man_comes_to_is_no_body(nlp_pipe):
    doc = _run(nlp_pipe, PREMIERSHIP, "2015-08-04")
    assert not [m for m in doc.mentions if m.text == "رئاسة الحكومة"]
    assert ("المالكي", "PER") in _names(doc)
