"""Event rules of round 27, each on whole sentences of the dev70–dev72 articles.

Sources: the ANT corpus (Arabic news of BBC, CNN, France 24 and Sky News Arabia, 2018) and
SaudiNewsNet (CC BY-NC-SA 4.0, July–August 2015), read from shared/data. The stages before `events`
(sentences, the shipped NER, entities, coreference, relations) run for real.
"""

from __future__ import annotations

from round_helpers import detected as _events
from round_helpers import labels as _labels
from round_helpers import of as _of


def test_the_present_of_ayyada_is_support(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1325-20180429): "Riyadh supports the policy of the
    # American president Donald Trump"
    text = (
        "من جانبه، أكد وزير الخارجية السعودي أن الرياض تؤيد سياسة الرئيس الأميركي دونالد ترامب تجاه إيران، "
        "وجهود واشنطن من أجل تحسين شروط الاتفاق النووي الإيراني."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-29")
    support = _of(events, "SUPPORT")
    assert support and "دونالد ترامب" in _labels(doc, support[0].recipients)


def test_support_of_terrorism_is_a_charge_not_support(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1325-20180429): sanctions on Iran "because of its
    # support of terrorism"; the talks with Pompeo are still a meeting
    text = (
        'وأضاف الجبير أن المباحثات مع بومبيو تناولت تدخلات إيران السلبية في المنطقة، قائلا: "يجب فرض '
        'عقوبات على إيران بسبب دعمها للإرهاب وتدخلها في شؤون الدول الأخرى".'
    )
    _doc, events = _events(nlp_pipe, text, "2018-04-29")
    assert not _of(events, "SUPPORT") and _of(events, "CONSULT")


def test_an_event_noun_whose_clause_will_be_an_option_is_hypothetical(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1325-20180429): "withdrawing from the nuclear deal
    # will be our option if it is not amended"
    text = (
        'وأضاف أن "الانسحاب من الاتفاق النووي مع إيران سيكون خيارنا في حال لم يتم تعديله"، مشيرا إلى أن '
        '"الاتفاق بشكله الحالي لم ينجح بردع إيران في كثير من المجالات".'
    )
    _doc, events = _events(nlp_pipe, text, "2018-04-29")
    retreats = _of(events, "RETREAT")
    assert retreats and all(e.status == "hypothetical" for e in retreats)


def test_giving_a_deadline_is_a_demand(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-1068-20181007): the office "gave Iran three months to pass
    # laws"
    text = (
        "وفي يونيو/حزيران الماضي أمهل مكتب مكافحة تمويل الإرهاب إيران ثلاثة أشهر لتمرير قوانين لازمة "
        "لإبعادها عن القائمة السوداء، مما أضاف إلى المتاعب التي تواجهها إيران في الوصول إلى استثمارات "
        "وتمويلات دولية."
    )
    doc, events = _events(nlp_pipe, text, "2018-10-07")
    demands = [e for e in _of(events, "REQUEST") if e.mode == "demand"]
    assert demands and any(label.startswith("مكتب مكافحة") for label in _labels(doc, demands[0].actors))


def test_relief_operations_and_humanitarian_efforts_are_aid(nlp_pipe):
    # Asharq Al-Awsat (SaudiNewsNet, snn_011_aawsat): the Red Crescent authority set aside money "to
    # strengthen its relief operations ... in Yemen"
    text = (
        "أعلنت هيئة الهلال الأحمر الإماراتية رصد مبلغ 300 مليون درهم (81.6 مليون دولار) لتعزيز عملياتها "
        "الإغاثية وبرامجها التنموية في اليمن، نفذت منها ما قيمته 79 مليون درهم (21.5 مليون دولار) من البرامج "
        "الإنسانية منذ مطلع العام الحالي وحتى الآن."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-10")
    aid = _of(events, "AID")
    assert aid and _labels(doc, aid[0].actors) == {"هيئة الهلال الأحمر الإماراتية"}
    assert "اليمن" in _labels(doc, aid[0].places + aid[0].recipients)
    # Sky News Arabia (ANT corpus, SK-middleEast-2663-20180629): the coalition's forces "continue their
    # humanitarian efforts on the western coast"
    text = (
        "تواصل قوات التحالف العربي لدعم الشرعية في اليمن جهودها الإنسانية في الساحل الغربي عبر نشر مجموعة "
        "من العيادات المتنقلة التي تقدم الخدمات الطبية إلى سكان المدن والتجمعات اليمنية المحررة على طول "
        "الساحل، لتقديم الرعاية الصحية لمئات المرضى من قبل الفرق المتخصصة."
    )
    doc, events = _events(nlp_pipe, text, "2018-06-29")
    aid = _of(events, "AID")
    assert aid and any("التحالف" in label for label in _labels(doc, aid[0].actors))


def test_strengthening_a_presence_is_mobilising(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-211-20180402): "the regime's forces strengthened their
    # positions around Douma"
    text = (
        "عززت قوات النظام تمركزها في محيط دوما خلال الأيام الأخيرة بالتزامن مع المفاوضات تمهيداً لعمل عسكري "
        "في حال عدم التوصل إلى اتفاق مع فصيل جيش الإسلام."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-02")
    mobilised = _of(events, "MOBILIZE")
    assert mobilised and _labels(doc, mobilised[0].actors) == {"قوات النظام"}
    assert "دوما" in _labels(doc, mobilised[0].places)
    # Al-Riyadh (SaudiNewsNet, snn_089_alriyadh): a declaration "will strengthen cooperation": no troops
    text = (
        'أكد وزير الخارجية المصري سامح شكري أن صدور "إعلان القاهرة" سيعزز التعاون والتكامل بين مصر والمملكة '
        "في مختلف المستويات، باعتبارهما جناحي الأمة العربية والإسلامية."
    )
    _doc, events = _events(nlp_pipe, text, "2015-08-01")
    assert not _of(events, "MOBILIZE")


def test_fighters_evacuated_from_a_town_withdraw(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-211-20180402): "the evacuation of fighters of Jaysh al-Islam
    # with members of their families from the town of Douma began"
    text = (
        'بدأت ظهر الاثنين عملية إجلاء مقاتلين من "جيش الإسلام" مع أفراد من عائلاتهم من مدينة دوما آخر جيب '
        "تحت سيطرة الفصائل المعارضة في الغوطة الشرقية، وفق ما أوردت وكالة الأنباء السورية الرسمية (سانا)."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-02")
    retreats = _of(events, "RETREAT")
    assert retreats and _labels(doc, retreats[0].actors) == {"جيش الإسلام"}
    assert "دوما" in _labels(doc, retreats[0].places)  # where they withdraw from
    # France 24 (ANT corpus, FR-middleEast-211-20180402): whom the fighters belong to is the same way
    # before من (the headline: "the evacuation of fighters of Jaysh al-Islam ... from Douma")
    text = 'سوريا: بدء عملية إجلاء مقاتلي "جيش الإسلام "وعائلاتهم من دوما في الغوطة الشرقية'
    doc, events = _events(nlp_pipe, text, "2018-04-02")
    retreats = _of(events, "RETREAT")
    assert retreats and _labels(doc, retreats[0].actors) == {"جيش الإسلام"}
    # France 24 (ANT corpus, FR-middleEast-186-20180320): Damascus demanded "immediate withdrawal from
    # Syrian lands" of the invading forces: a withdrawal asked for, not fighters taken from a place
    text = (
        'ونددت دمشق الاثنين بما وصفته بـ"الاحتلال" التركي لعفرين مطالبة "القوات الغازية" بالانسحاب الفوري '
        "من الأراضي السورية."
    )
    _doc, events = _events(nlp_pipe, text, "2018-03-20")
    assert not [e for e in _of(events, "RETREAT") if e.places]


def test_let_us_not_forget_is_no_call(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-557-20180531): "but let us not forget the real heroes"
    text = (
        "وقالت الناشطة السعودية، منال الشريف، في تغريدة لها على تويتر بمناسبة تكريس العدد للنساء "
        'السعوديات: "سعيدة جدا بالاهتمام الذي تحظى به نساء وطني لكن دعونا لا ننسى الأبطال الحقيقين عزيزة '
        'اليوسف، لجين الهذلول، إيمان النفجان".'
    )
    _doc, events = _events(nlp_pipe, text, "2018-05-31")
    assert not _of(events, "REQUEST")


def test_the_owner_of_an_undergoing_noun_is_the_name_before_its_relative_clause(nlp_pipe):
    # Sabq (SaudiNewsNet, snn_078_sabq): the Houthi elements "that fled while being exposed to air raids
    # launched by the Arab coalition's fighters"
    text = (
        "وكانت الطائرة تشارك في تمشيط المنطقة وملاحقة عناصر الحوثيين التي فرت أثناء تعرضها لغارات جوية "
        "شنتها مقاتلات التحالف العربي، استهدفت مواقع المتمردين التي جددت أمس اعتداءاتها على قرى الحد "
        "الجنوبي في محافظات الحرث والطوال."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-06")
    raids = [e for e in _of(events, "ASSAULT") if e.trigger == "لغارات"]
    assert raids and _labels(doc, raids[0].actors) == {"التحالف العربي"}
    assert _labels(doc, raids[0].recipients) == {"الحوثيين"}


def test_the_body_whose_planes_bomb_is_the_attacker(nlp_pipe):
    # Al-Watan (SaudiNewsNet, snn_140_alwatan): the rebels hide among villagers "fleeing the bombing of
    # the coalition's planes"
    text = (
        "وكان التحالف العربي الذي تقوده المملكة حذر في منشورات ألقاها أول من أمس على سكان القرى اليمنية مع "
        "الحدود السعودية وطالبهم بإخلاء قراهم بأسرع فرصة، مشيرا إلى أن المتمردين يستخدمون تلك المناطق "
        "لاستهداف المدنيين الآمنين في القرى الحدودية السعودية. واعتاد المتمردون على الاختباء وسط القرى "
        "المكتظة بالسكان المدنيين هربا من قصف طائرات التحالف، وهو ما يشكل خطورة بالغة على حياتهم "
        "وممتلكاتهم."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-06")
    bombing = [e for e in _of(events, "ASSAULT") if e.trigger == "قصف"]
    assert bombing and _labels(doc, bombing[0].actors) == {"التحالف العربي"} and not bombing[0].recipients
    # the demand joined to the warning with an object pronoun shares the sentence's subject
    demands = _of(events, "REQUEST")
    assert demands and _labels(doc, demands[0].actors) == {"التحالف العربي"}


def test_who_goes_on_attacking_after_istamarra_fi(nlp_pipe):
    # Al-Watan (SaudiNewsNet, snn_140_alwatan): "the Houthi militias ... went on yesterday targeting
    # neighbourhoods and villages of the Dhahran al-Janub province"
    text = (
        "استمرت ميليشيات الحوثي الانقلابية وحليفها المخلوع علي صالح أمس في استهداف أحياء وقرى محافظة ظهران "
        'الجنوب الحدودية، عندما سقطت ثمانية قذائف عسكرية من نوع "كاتيوشا" أمس في مركز علب الحدودي وأحياء '
        "سارة والنزهة من داخل الأراضي اليمنية."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-06")
    targeting = [e for e in _of(events, "ASSAULT") if e.trigger == "استهداف"]
    assert targeting and "ميليشيات الحوثي" in _labels(doc, targeting[0].actors)


def test_a_woman_led_away_by_unnamed_police_is_arrested(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-927-20180828): "the security services led her away at once
    # to the police station"
    text = (
        'جلست الكويتية نورة الشمري أمام مبنى البورصة في عاصمة بلدها وهي تحمل لافتة كتبت عليها: "لا تقترب '
        "مني وإلا ستنفجر معي. إذا كانت لديك أم أو أخت أو زوجة أو ابنة كويتية بادر بتصويري وانشر قضيتي "
        'للعالم".\nاقتادتها فورا الجهات الأمنية إلى مركز الشرطة وأخضعتها لتحقيقات بسبب ادعائها حمل متفجرات، '
        "وأصبح حينها، في شهر آذار/مارس، هاشتاغ #نورة_الشمري الأكثر تداولا في الكويت."
    )
    doc, events = _events(nlp_pipe, text, "2018-08-28")
    arrests = [e for e in _of(events, "COERCE") if e.mode == "arrest"]
    assert arrests and not arrests[0].actors
    assert any(label.startswith("نورة") for label in _labels(doc, arrests[0].recipients))


def test_the_residents_of_the_area_protest_in_the_area_named_before(nlp_pipe):
    # Asharq Al-Awsat (SaudiNewsNet, snn_014_aawsat): the landfill "in the Naameh area south of Beirut"
    # closed "because of a protest by the area's residents"
    text = (
        "استؤنف جمع النفايات في العاصمة اللبنانية بيروت اليوم (الاحد)، بعد أزمة استمرت ستة أيام، تراكمت "
        "خلالها النفايات وتفشت الروائح الكريهة في شوارع العاصمة، بعدما أقفل المطمر الرئيسي في منطقة الناعمة "
        "جنوب بيروت، بسبب احتجاج سكان المنطقة على الروائح الكريهة المنبعثة منه."
    )
    doc, events = _events(nlp_pipe, text, "2015-07-26")
    protests = _of(events, "PROTEST")
    assert protests and [label for label in _labels(doc, protests[0].places) if "الناعمة" in label]


def test_a_verb_after_qabla_an_shares_an_unnamed_opening_subject(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1624-20180512): the Turkish army refused to receive the
    # buses; "58 thousand buses returned ... before heading to Idlib province": the buses head there
    text = (
        "وقالت تقارير محلية إن الحافلات لم تتمكن من دخول المدينة بعد 3 أيام من عناء الانتظار على مداخلها، "
        'حيث رفض كل من الجيش التركي و"قوات درع الفرات " التي تعمل بأوامر الأتراك، استقبالهم بحجة عدم وجود '
        "مراكز إيواء.\nوعادت 58 ألف حافلة تقل 3 آلاف شخص مدني ومقاتل من المعارضة إلى قلعة المضيق بريف حمص، "
        "قبل أن تتوجه إلى محافظة إدلب."
    )
    _doc, events = _events(nlp_pipe, text, "2018-05-12")
    assert _of(events, "REJECT") and not [e for e in _of(events, "CONSULT") if e.actors]
