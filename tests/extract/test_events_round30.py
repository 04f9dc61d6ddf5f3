"""Event rules of round 30, each on whole sentences of the dev79–dev81 articles (and, for rules that
must not over-fire, of other ANT articles).

Source: the ANT corpus (Arabic news of BBC, CNN, France 24 and Sky News Arabia, 2018), read from
shared/data. The stages before `events` (sentences, the shipped NER, entities, coreference, relations)
run for real.
"""

from __future__ import annotations

from round_helpers import detected as _events
from round_helpers import labels as _labels
from round_helpers import of as _of


def _joined(doc, keys: list[str]) -> str:
    return " ".join(sorted(_labels(doc, keys)))


def test_a_call_placed_to_a_named_person(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-290-20180415): "the Saudi monarch King Salman called the US
    # President Donald Trump hours after these statements"
    text = (
        "واتصل العاهل السعودي الملك سلمان بن عبد العزيز بالرئيس الأمريكي دونالد ترامب بعد ساعات من هذه "
        'التصريحات، ليجدد موقف المملكة "تجاه القضية الفلسطينية والحقوق المشروعة للشعب الفلسطيني في قيام '
        'دولته المستقلة وعاصمتها القدس".'
    )
    doc, events = _events(nlp_pipe, text, "2018-04-15")
    calls = [e for e in _of(events, "CONSULT") if e.mode == "phone"]
    assert calls and "سلمان" in _joined(doc, calls[0].actors)
    assert "ترامب" in _joined(doc, calls[0].recipients)
    # Sky News Arabia (ANT corpus, SK-middleEast-203-20180310): citizens who contacted a federation to
    # complain made no call between named parties
    text = (
        "وقد اتصل مواطنون قطريون من قبيلة آل الغفران، أحد فروع قبيلة آل مرة التي تستوطن قطر تاريخياً، "
        "بالفيدرالية للشكوى وعرض مأساتهم وما لاقوه من أشكال القمع والظلم على يد الحكومة القطرية."
    )
    _doc, events = _events(nlp_pipe, text, "2018-03-10")
    assert not [e for e in _of(events, "CONSULT") if e.mode == "phone"]


def test_the_call_that_took_place_between_two(nlp_pipe):
    # CNN (ANT corpus, CN-middleEast-1483-20181011): "the phone call that took place between the Saudi
    # crown prince Mohammed bin Salman and Jared Kushner"
    text = (
        "كشف مصدر مطلع على الاتصال الهاتفي الذي جرى بين ولي العهد السعودي الأمير محمد بن سلمان وجاريد كوشنر "
        "صهر ومستشار الرئيس الأمريكي دونالد ترامب، بشأن الإعلامي السعودي جمال خاشقجي."
    )
    doc, events = _events(nlp_pipe, text, "2018-10-11")
    calls = [e for e in _of(events, "CONSULT") if e.mode == "phone"]
    assert calls
    parties = _joined(doc, calls[0].actors + calls[0].recipients)
    assert "محمد بن سلمان" in parties and "كوشنر" in parties
    assert "ترامب" not in parties  # named in Kushner's description, no party to the call


def test_a_meeting_joined_to_a_visit_has_the_visitor(nlp_pipe):
    # BBC (ANT corpus, BB-middleEast-1113-20181017): "with the visit of the US Secretary of State Mike
    # Pompeo to Saudi Arabia and (his) meeting the Saudi monarch King Salman"
    text = (
        "وتزامنت المكالمة الهاتفية بين ترامب وبن سلمان مع زيارة وزير الخارجية الأمريكي مايك بومبيو، إلى "
        "السعودية ولقاء العاهل السعودي الملك سلمان بن عبدالعزيز، وكذلك ولي العهد ووزير الخارجية عادل الجبير."
    )
    doc, events = _events(nlp_pipe, text, "2018-10-17")
    meetings = [e for e in _of(events, "CONSULT") if e.mode == "meet"]
    assert meetings and "بومبيو" in _joined(doc, meetings[0].actors)
    assert "سلمان" in _joined(doc, meetings[0].recipients)


def test_working_or_coordinating_with_a_named_party(nlp_pipe):
    # CNN (ANT corpus, CN-middleEast-1483-20181011): "that American investigators are working with
    # Turkey and Saudi Arabia": the investigators' country works with both
    text = (
        "يشار إلى أن\xa0الرئيس الأمريكي، دونالد ترامب، كان قد كشف، الخميس، أن محققين أمريكيين يعملون مع "
        "تركيا والمملكة العربية السعودية لمعرفة ما حدث لخاشقجي، الذي اختفى بعد زيارته للقنصلية السعودية في "
        "2 أكتوبر/ تشرين الأول الجاري."
    )
    doc, events = _events(nlp_pipe, text, "2018-10-11")
    work = _of(events, "COOPERATE")
    assert work and "الولايات المتحدة" in _joined(doc, work[0].actors)
    assert {"تركيا", "السعودية"} <= {w for label in _labels(doc, work[0].recipients) for w in label.split()}
    # Sky News Arabia (ANT corpus, SK-middleEast-711-20180401): "Jordan coordinates with Egypt"
    text = (
        "من جانبه، قال الصفدي\xa0إن الأردن تنسق مع مصر لمحاربة الارهاب، مؤكدا أن عمان تقف بجانب القاهرة في "
        "مواجهة التطرف والارهاب وإعادة الأمن والاستقرار."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-01")
    work = _of(events, "COOPERATE")
    assert work and _labels(doc, work[0].actors) == {"الأردن"} and _labels(doc, work[0].recipients) == {"مصر"}
    # Sky News Arabia (ANT corpus, SK-middleEast-3432-20180817): militias "working together" name nobody
    # they work with
    text = (
        'وأضاف أن وجود عناصر قتالية لما يسمى بحزب الله في اليمن "يثبت أن النظام الإيراني قد أوكل مهمة '
        "تدريب أتباعه الحوثيين لهذا الحزب الإرهابي، كما يؤكد أن المليشيات والعصابات الطائفية التابعة لإيران "
        'تعمل معاً لنشر الفوضى و الدمار في المنطقة".'
    )
    _doc, events = _events(nlp_pipe, text, "2018-08-17")
    assert not _of(events, "COOPERATE")


def test_a_joint_press_conference_in_an_aside_is_a_meeting(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-711-20180401): "Shoukry announced, in a press
    # conference with his Jordanian counterpart Ayman Safadi in Cairo, that ..."
    text = (
        "وأعلن شكري، في مؤتمر صحفي مع نظيره الأردني\xa0أيمن الصفدي بالقاهرة، أن السياسات القطرية تذهب في "
        "اتجاه آخر، يخالف الاجماع العربي في مواجهة الارهاب."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-01")
    meetings = _of(events, "CONSULT")
    assert meetings and "الصفدي" in _joined(doc, meetings[0].actors + meetings[0].recipients)


def test_strikes_a_relative_clause_says_who_directed(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-290-20180415): "strikes that the United States, Britain and
    # France directed at the regime of the Syrian president Bashar al-Assad"
    text = (
        "وتأتي القمة العربية بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لنظام الرئيس "
        "السوري بشار الأسد المتحالف مع إيران وروسيا ردا على هجوم كيميائي مفترض في مدينة دوما."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-15")
    strikes = [e for e in _of(events, "ASSAULT") if e.trigger == "ضربات"]
    assert strikes and {"فرنسا", "بريطانيا"} <= _labels(doc, strikes[0].actors)
    assert "بشار الأسد" in _joined(doc, strikes[0].recipients)
    # France 24 (ANT corpus, FR-middleEast-338-20180421): "Washington, Paris and London launched military
    # strikes on facilities belonging to the Syrian regime": the owner of the sites is hit
    text = (
        "بعد مرور أسبوع تماما على المأساة، شنت واشنطن وباريس ولندن ضربات عسكرية على منشآت تابعة للنظام "
        "السوري."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-21")
    strikes = _of(events, "ASSAULT")
    assert strikes and "سوري" in _joined(doc, strikes[0].recipients)


def test_names_at_the_head_of_a_group_are_its_subject(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-338-20180421): "but the Western states, headed by Washington
    # and Paris, accused the Syrian regime and Russia of obstructing ..."
    text = (
        "وتحدثت موسكو حليفة النظام السوري عن أسباب أمنية، لكن الدول الغربية وعلى رأسها واشنطن وباريس، "
        "اتهمت النظام السوري وروسيا بعرقلة وصول المحققين والعبث بالأدلة."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-21")
    accusations = [e for e in _of(events, "ACCUSE") if e.trigger == "اتهمت"]
    assert accusations and "فرنسا" in _joined(doc, accusations[0].actors)
    assert "روسيا" in _joined(doc, accusations[0].recipients)
    assert "روسيا" not in _joined(doc, accusations[0].actors)


def test_a_described_topic_is_the_subject_of_kana_qad(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-338-20180421): "the Syrian regime, which denies the Western
    # accusations ..., had invited the OPCW to come to Douma"
    text = (
        "والنظام السوري الذي ينفي الاتهامات الغربية بالضلوع في الهجوم الكيميائي المفترض الذي أوقع نحو 40 "
        "قتيلا بحسب الدفاع المدني، كان قد دعا منظمة حظر الأسلحة الكيميائية إلى المجيء إلى دوما، لكن "
        "الخبراء الذين وصلوا إلى سوريا في الرابع عشر من نيسان/أبريل، لم يتمكنوا من دخول المدينة إلا السبت."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-21")
    invited = [e for e in _of(events, "REQUEST") if e.trigger == "دعا"]
    assert invited and "سوري" in _joined(doc, invited[0].actors)
    assert "منظمة حظر الأسلحة" in _joined(doc, invited[0].recipients)


def test_the_purpose_of_a_body_s_experts(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-338-20180421): "experts of the OPCW managed on Saturday to
    # enter the Syrian city of Douma to investigate the alleged attack"
    text = (
        "تمكن خبراء منظمة حظر الأسلحة الكيميائية السبت من دخول مدينة دوما السورية للتحقيق في الهجوم المفترض "
        "بغازات سامة وأخذ عينات."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-21")
    inquiries = _of(events, "INVESTIGATE")
    assert inquiries and "منظمة حظر الأسلحة" in _joined(doc, inquiries[0].actors)
    assert "دوما" in _joined(doc, inquiries[0].places)


def test_joining_a_convention_and_visiting_a_court(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-520-20180523): "Palestine joined the Chemical Weapons
    # Convention"
    text = (
        "انضمت فلسطين إلى اتفاقية حظر الأسلحة الكيميائية لتصبح بذلك الدولة الـ193 الموقعة على الاتفاقية، وفق "
        "ما أعلن الأربعاء متحدث باسم منظمة حظر الأسلحة الكيميائية."
    )
    doc, events = _events(nlp_pipe, text, "2018-05-23")
    joined = _of(events, "AGREE")
    assert joined and _joined(doc, joined[0].actors) == "فلسطين"
    # ... "the visit of the Palestinian foreign minister Riyad al-Maliki to the International Criminal
    # Court": the court is visited
    text = (
        "ويأتي الإعلان غداة زيارة وزير الخارجية الفلسطيني رياض المالكي للمحكمة الجنائية الدولية ومقرها "
        "لاهاي لطلب فتح تحقيق حول جرائم الحرب الإسرائيلية المفترضة في قطاع غزة خصوصا."
    )
    doc, events = _events(nlp_pipe, text, "2018-05-23")
    visits = [e for e in _of(events, "CONSULT") if e.mode == "visit"]
    assert visits and "المالكي" in _joined(doc, visits[0].actors)
    assert "المحكمة الجنائية الدولية" in _joined(doc, visits[0].recipients)


def test_relief_work(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-2433-20180617): "the Libyan army goes on providing relief"
    text = (
        "وفي الوقت ذاته، يستمر الجيش الليبي في تقديم أعمال الإغاثة وتسهيل مهمة الهلال الأحمر الليبي لإجلاء "
        "العالقين داخل منطقة الاشتباكات وسط المدينة، حيث لم تتوقف قوافل المواد الغذائية واللوازم الأساسية "
        "للمواطنين."
    )
    doc, events = _events(nlp_pipe, text, "2018-06-17")
    relief = _of(events, "AID")
    assert relief and "الجيش الليبي" in _joined(doc, relief[0].actors)


def test_we_demand_is_the_speaker_s_demand(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-246-20180312): al-Ghufrani goes on: "we demand that
    # the Qatari authorities restore all rights": he demands, the authorities are asked
    text = (
        "وقال الغفراني إن هناك فئتين من أبناء القبيلة حاليا، فئة في الداخل لا تملك الوثائق الثبوتية، "
        "والحكومة تصر على منع إعادة الجنسية لهم، ويحرمون من التعليم والعلاج والسكن وأبسط حقوق الإنسان، وفئة "
        "المهجرين منذ عام 1996 إلى وقتنا هذا في الدول المجاورة يطالبون بإعادة جنسياتهم وحقوقهم.\n"
        'وأضاف أن أبناء القبيلة تعرضوا لمصادرة أموالهم، وتابع: "المسألة مسألة حقوق. مصادرة أموال وانتهاك '
        'لحقوق الطفل والمرأة. نطالب السلطات القطرية بإعادة كافة الحقوق وعلى رأسها المواطنة والجنسية".'
    )
    doc, events = _events(nlp_pipe, text, "2018-03-12")
    demands = [e for e in _of(events, "REQUEST") if e.trigger == "نطالب"]
    assert demands and "الغفراني" in _joined(doc, demands[0].actors)
    assert "الغفراني" not in _joined(doc, demands[0].recipients) and demands[0].recipients


def test_condemning_with_ba_and_whom_it_aims_at(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-290-20180415): "Riyadh constantly denounces the growing use of
    # drones and 'Iranian' missiles that the Houthis launched towards its territory"
    # (after a sentence of the same article that names Saudi Arabia, whose capital Riyadh is)
    text = (
        "وتسلمت السعودية من الأردن الرئاسة الدورية للجامعة التي تضم 22 عضوا، ويقول خبراء إنها ستدفع باتجاه "
        "موقف قوي وموحد تجاه إيران، منافستها الرئيسية في الشرق الأوسط.\n"
        'في ما يتعلق باليمن، تندد الرياض باستمرار بالاستخدام المتزايد لطائرات بلا طيار وصواريخ "إيرانية" '
        "أطلقها الحوثيون باتجاه أراضيها."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-15")
    condemned = [e for e in _of(events, "ACCUSE") if e.trigger == "تندد"]
    assert condemned and _labels(doc, condemned[0].actors) == {"السعودية"}
    assert "الحوثي" in _joined(doc, condemned[0].recipients)
    # ... and "King Salman condemned what he deemed 'blatant Iranian interference'": Iran is aimed at
    text = (
        'وندد العاهل السعودي الملك سلمان بن عبد العزيز في الافتتاح بما اعتبره "تدخلات إيرانية سافرة" في '
        "الشؤون الداخلية للدول العربية.\n"
        'وقال الملك سلمان أمام قادة ورؤساء وممثلي الدول العربية "نجدد (...) الإدانة الشديدة للأعمال '
        "الإرهابية التي تقوم بها إيران في المنطقة العربية، ونرفض تدخلاتها السافرة في الشؤون الداخلية للدول "
        'العربية".'
    )
    doc, events = _events(nlp_pipe, text, "2018-04-15")
    condemned = [e for e in _of(events, "ACCUSE") if e.trigger == "وندد"]
    assert condemned and "إيران" in _labels(doc, condemned[0].recipients)


def test_praising_one_s_relations_with_someone(nlp_pipe):
    # CNN (ANT corpus, CN-middleEast-1425-20181006): "the Saudi crown prince praised his relationship
    # with the US President Donald Trump"
    text = (
        "أشاد ولي العهد السعودي، الأمير محمد بن سلمان، بعلاقته بالرئيس الأمريكي، دونالد ترامب، بعد أيام "
        'من تحذير الأخير بأن قيادة المملكة الغنية بالنفط قد لا تدوم "أسبوعين" دون دعم أمريكي، حسب ما نقلته '
        "وكالة أنباء بلومبرج على موقعها الإلكتروني."
    )
    doc, events = _events(nlp_pipe, text, "2018-10-06")
    praise = _of(events, "SUPPORT")
    assert praise and _joined(doc, praise[0].recipients) == "دونالد ترامب"


def test_held_in_custody_by_the_authorities_in_a_country(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-2507-20180621): "the authorities in Iran arrested an
    # Iranian lawyer ..." and "that Zeynab Taheri was put in custody"
    text = (
        "أوقفت السلطات في إيران محامية إيرانية لتمسكها ببراءة رجل أعدم هذا الاسبوع لقتله ثلاثة شرطيين، "
        "بحسب ما أفادت وكالة أنباء فارس.\n"
        "وأفادت الوكالة القريبة من المحافظين أن زينب طاهري وضعت في الحجز الاحتياطي بعد صدور مذكرة توقيف "
        'بحقها لإدلائها بـ"تصريحات كاذبة" وبسبب "إشاعتها الأكاذيب على الإنترنت بادعائها بأن (المتهم) لم '
        'يكن مذنبا".'
    )
    doc, events = _events(nlp_pipe, text, "2018-06-21")
    arrests = _of(events, "COERCE")
    stopped = [e for e in arrests if e.trigger == "أوقفت"]
    assert stopped and _labels(doc, stopped[0].actors) == {"إيران"}
    held = [e for e in arrests if e.mode == "arrest"]
    assert held and _joined(doc, held[0].recipients) == "زينب طاهري"


def test_an_obligation_after_innahu_is_a_demand(nlp_pipe):
    # CNN (ANT corpus, CN-middleEast-1447-20181009): "the Turkish president had said earlier on Monday
    # that Saudi Arabia must prove that Khashoggi left the consulate": he demands it of Saudi Arabia
    text = (
        "وكان الرئيس التركي، رجب طيب أردوغان، قد قال في وقت سابق الإثنين، إنه على السعودية أن تثبت أن خاشقجي "
        "قد ترك القنصلية السعودية في اسطنبول."
    )
    doc, events = _events(nlp_pipe, text, "2018-10-09")
    demands = _of(events, "REQUEST")
    assert demands and _joined(doc, demands[0].actors) == "رجب طيب أردوغان"
    assert _labels(doc, demands[0].recipients) == {"السعودية"}
    # Sky News Arabia (ANT corpus, SK-middleEast-2178-20180605): "saying that Iran must stop enriching
    # uranium"
    text = (
        "وقالت المتحدثة باسم الوزارة هيذر نويرت للصحافيين إن وزير الخارجية الأميركي مايك بومبيو "
        '"كان واضحا" في الخطاب الذي ألقاه بشأن إيران في أيار/مايو، بعيد قرار الرئيس دونالد ترامب '
        "انسحاب الولايات المتحدة من الاتفاق النووي الإيراني، "
        '"بقوله إنه على إيران أن توقف تخصيب اليورانيوم وأن لا تسعى أبدا إلى معالجة البلوتونيوم".'
    )
    doc, events = _events(nlp_pipe, text, "2018-06-05")
    demands = _of(events, "REQUEST")
    assert demands and _labels(doc, demands[0].recipients) == {"إيران"}
    # Sky News Arabia (ANT corpus, SK-middleEast-923-20180410): "despite" (إنه على الرغم من أن) is no
    # obligation
    text = (
        "ويقول همفريز إنه على الرغم من أن الهجمات تحدث ألكترونيا، إلا أن النتائج لا تزال خطيرة، مشبها هذا "
        'التشويش بمثابة "إطلاق النار على الدرون باستخدام موجات الراديو بدلاً من الرصاص.'
    )
    _doc, events = _events(nlp_pipe, text, "2018-04-10")
    assert not _of(events, "REQUEST")
