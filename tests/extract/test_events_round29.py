"""Event rules of round 29, each on whole sentences of the dev76–dev78 articles (and, for rules that
must not over-fire, of earlier sets).

Sources: the ANT corpus (Arabic news of BBC, CNN, France 24 and Sky News Arabia, 2018) and
SaudiNewsNet (CC BY-NC-SA 4.0, July–August 2015), read from shared/data. The stages before `events`
(sentences, the shipped NER, entities, coreference, relations) run for real.
"""

from __future__ import annotations

from round_helpers import dated as _dated
from round_helpers import detected as _events
from round_helpers import labels as _labels
from round_helpers import of as _of


def test_an_explosion_that_targeted_someone_did_it_he_was_hit(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1113-20180418), the headline: "one dead and wounded in an
    # explosion that targeted the Libyan chief of staff", and the first sentence, which names him
    text = (
        "قتيل وجرحى في انفجار استهدف رئيس الأركان الليبي\n"
        "لقي شخص مصرعه فيما جرح ثلاثة آخرون، يوم الأربعاء، في انفجار سيارة مفخخة أثناء مرور موكب رئيس "
        "الأركان الليبي عبد الرزاق الناظوري بمنطقة سيدي خليفة شرقي بنغازي."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-18")
    targeted = [e for e in _of(events, "ASSAULT") if e.trigger == "استهدف"]
    assert targeted and not targeted[0].actors
    assert "الناظوري" in " ".join(_labels(doc, targeted[0].recipients))
    # France 24 (ANT corpus, FR-middleEast-145-20180313): "an explosion targeted a convoy of the
    # Palestinian prime minister ... and the head of Palestinian intelligence Majed Faraj"
    text = (
        "استهدف انفجار موكبا لرئيس الوزراء الفلسطيني رامي الحمد الله ورئيس المخابرات الفلسطينية ماجد فرج "
        "خلال زيارة لقطاع غزة، وفق ما نقلت وسائل الإعلام الرسمية."
    )
    doc, events = _events(nlp_pipe, text, "2018-03-13")
    attacks = _of(events, "ASSAULT")
    assert attacks and not any(e.actors for e in attacks)


def test_firing_shots_with_the_subject_between_verb_and_object(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1420-20180504): "Israeli forces fired, on Friday, live
    # bullets and tear gas at Palestinian protesters who flocked to the border between Gaza and Israel"
    text = (
        "أطلقت القوات الإسرائيلية، الجمعة، الرصاص الحي وقنابل الغاز المسيل للدموع صوب محتجين فلسطينيين "
        "توافدوا على الحدود بين قطاع غزة وإسرائيل، في الجمعة السادسة من مسيرة العودة الكبرى."
    )
    doc, events = _events(nlp_pipe, text, "2018-05-04")
    fired = [e for e in _of(events, "ASSAULT") if e.trigger == "أطلقت"]
    assert fired and _labels(doc, fired[0].actors) == {"القوات الإسرائيلية"}
    # ... and the protesters are at the border between the two: both are its places
    protests = _of(events, "PROTEST")
    assert protests and {"قطاع غزة", "إسرائيل"} <= _labels(doc, protests[0].places)
    # Al-Watan (SaudiNewsNet, snn_050_alwatan): releasing children is no shooting
    text = (
        "الأطفال الحوثيون الأسرى  لاعتبارات دينية وأخلاقية وإنسانية، أطلقت المقاومة اليمنية سراح 70 طفلا من "
        "أسرى الحوثيين جرى توقيفهم أخيرا."
    )
    _doc, events = _events(nlp_pipe, text, "2015-08-05")
    assert not _of(events, "ASSAULT") and _of(events, "CONCEDE")


def test_pointing_the_fingers_of_accusation_at_someone_with_lam(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-145-20180313): the presidency "pointed the finger of
    # accusation at Hamas"
    text = (
        "ووجهت الرئاسة الفلسطينية أصابع الاتهام لحركة حماس التي دانت الواقعة قائلة إن هذه "
        '"الجريمة جزء لا يتجزأ من محاولات العبث بأمن قطاع غزة".'
    )
    doc, events = _events(nlp_pipe, text, "2018-03-13")
    accused = [e for e in _of(events, "ACCUSE") if e.trigger == "الاتهام"]
    assert accused and "حركة حماس" in _labels(doc, accused[0].recipients)


def test_the_name_before_idh_is_the_subject_of_the_verb_after_it(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-145-20180313): "Hamas, while denouncing the ready-made
    # accusations of the Palestinian presidency, demands ..."
    text = (
        'وتابع البيان "كما أن حركة حماس إذ تستهجن الاتهامات الجاهزة من الرئاسة الفلسطينية للحركة، والتي '
        "تحقق أهداف المجرمين، لتطالب الجهات الأمنية ووزارة الداخلية بفتح تحقيق فوري وعاجل لكشف كل ملابسات "
        'الجريمة ومحاسبة مرتكبيها وتقديمهم للعدالة".'
    )
    doc, events = _events(nlp_pipe, text, "2018-03-13")
    denounced = [e for e in _of(events, "ACCUSE") if e.trigger == "تستهجن"]
    assert denounced and "حماس" in " ".join(_labels(doc, denounced[0].actors))
    # Al-Jazirah (SaudiNewsNet, snn_141_aljazirah): after إذ the verb's own subject follows it; the place
    # named before إذ is no subject
    text = (
        "حيث تتجه القوات الوطنية ورجال المقاومة نحو لحج، إذ تحاصر قوات المقاومة قاعدة العند الإستراتيجية، "
        "كما توشك القوات الوطنية ورجال المقاومة من تحرير محافظة أبين."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-06")
    sieges = [e for e in _of(events, "COERCE") if e.trigger == "تحاصر"]
    assert sieges and "لحج" not in _labels(doc, sieges[0].actors)
    assert "قوات المقاومة" in _labels(doc, sieges[0].actors)


def test_meeting_no_one_is_negated(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-145-20180313): "Hamdallah cut his visit short without
    # meeting any Hamas official"
    text = "وقطع الحمد الله زيارته دون أن يلتقي بأي مسؤول من حركة حماس، وعاد إلى الضفة الغربية."
    _doc, events = _events(nlp_pipe, text, "2018-03-13")
    meetings = [e for e in _of(events, "CONSULT") if e.mode == "meet"]
    assert meetings and all(e.status == "negated" for e in meetings)


def test_counted_villages_taken_from_a_body_or_in_a_place(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-424-20180429), the headline: "the Syrian army announces it
    # took back 4 villages from the Syrian Democratic Forces"
    text = "الجيش السوري يعلن استعادة 4 قرى من قوات سوريا الديمقراطية"
    doc, events = _events(nlp_pipe, text, "2018-04-29")
    seized = [e for e in _of(events, "COERCE") if e.mode == "seize"]
    assert seized and _labels(doc, seized[0].actors) == {"الجيش السوري"}
    assert _labels(doc, seized[0].recipients) == {"قوات سوريا الديمقراطية"}
    # CNN Arabic (ANT corpus, CN-middleEast-170-20180304): "the Turkish army and the Free Syrian Army
    # 'liberated' four villages in the Afrin region"
    text = (
        'دبي، الإمارات العربية المتحدة (CNN)— "حررت" قوات الجيش التركي والجيش السوري الحر، أربع قرى في '
        'منطقة عفرين، شمال سوريا، ضمن العمليات التي تخوضها أنقرة وأطلقت عليها اسم "غصن الزيتون."'
    )
    doc, events = _events(nlp_pipe, text, "2018-03-04")
    seized = [e for e in _of(events, "COERCE") if e.mode == "seize"]
    assert seized and "عفرين" in _labels(doc, seized[0].places)


def test_an_actor_carried_over_keeps_the_places_it_took(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-424-20180429): the Syrian army said it took back villages;
    # SANA said the Syrian forces "liberated" them (the army, carried over, took them: it lost none)
    text = (
        "الجيش السوري يعلن استعادة 4 قرى من قوات سوريا الديمقراطية\n"
        'قال الجيش السوري إنه استعاد 4 قرى شرقي نهر الفراتمن تحالف "قوات سوريا الديمقراطية" المدعومة من '
        'الولايات المتحدة.\nوجاء في وكالة سانا الرسمية أن القوات السورية "حررت قرى الجنينة والجيعة وشمرة '
        'الحصان وحويقة المعيشية...على الضفة الشرقية لنهر الفرات بريف دير الزور".'
    )
    doc, events = _events(nlp_pipe, text, "2018-04-29")
    freed = [e for e in _of(events, "COERCE") if e.trigger == "حررت"]
    army = {"الجيش السوري", "القوات السورية"}
    assert freed and army & _labels(doc, freed[0].actors) and not army & _labels(doc, freed[0].recipients)


def test_the_militias_named_before_threaten_and_deploy(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-3579-20180908): the PMF militias came down into the
    # streets of Basra; "the militias threatened to respond"; Iraqi security forces spread in its streets
    text = (
        "وشهدت شوارع المدينة النفطية بالنفط هدوءا للمرة الأولى منذ الرابع من سبتمبر، في وقت نزلت ميليشيات "
        "الحشد الشعبي الموالية لطهران إلى شوارع المدينة. وقبيل رفع حظر التجول، هددت\xa0 المليشيات بالرد، "
        "موسعة من نطاق التصعيد. وأفادت وكالة أسوشيتد برس\xa0 بأن قوات الأمن العراقية انتشرت هي الأخرى في "
        "شوارع المدينة."
    )
    doc, events = _events(nlp_pipe, text, "2018-09-08")
    deployed = _of(events, "MOBILIZE")
    actors = [_labels(doc, e.actors) for e in deployed]
    assert any("الحشد الشعبي" in " ".join(a) for a in actors)
    assert any("قوات الأمن العراقية" in a for a in actors)
    threats = _of(events, "THREATEN")
    assert threats and "الحشد الشعبي" in " ".join(_labels(doc, threats[0].actors))


def test_sending_forces_is_a_deployment(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-198-20180310): "Damascus ... sent forces to defend Afrin"
    text = (
        "واستغلت دمشق هذه النقطة وأرسلت قوات للدفاع عن عفرين، الأمر الذي يمنح الرئيس السوري بشار الأسد نفوذا "
        "خاصا على الإدارة الذاتية الكردية في وقت تتصارع فيه القوى العالمية على النفوذ في سوريا."
    )
    _doc, events = _events(nlp_pipe, text, "2018-03-10")
    assert _of(events, "MOBILIZE")
    # Sabq (SaudiNewsNet, snn_002_sabq): "Turkey has no plans to send ground forces to Syria"
    text = (
        "رويترز- إسطنبول: نُقل يوم الإثنين عن رئيس الوزراء التركي أحمد داود أوغلو؛ قوله إنه ليس لدى تركيا خطط "
        "لإرسال قوات برية إلى سوريا، ولكنها اتفقت مع الولايات المتحدة، على ضرورة توفير غطاء جوي للمعارضة "
        "السورية المعتدلة التي تقاتل تنظيم داعش هناك."
    )
    _doc, events = _events(nlp_pipe, text, "2015-07-27")
    planned = _of(events, "MOBILIZE")
    assert planned and all(e.status != "asserted" for e in planned)


def test_killed_by_the_bullets_of_a_named_body(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-3579-20180908): "one of the protesters was killed on
    # Friday by the bullets of the Asaib Ahl al-Haq militias", after Iraqi forces were deployed
    text = (
        "وأفادت وكالة أسوشيتد برس\xa0 بأن قوات الأمن العراقية انتشرت هي الأخرى في شوارع المدينة. وقتل أحد "
        "المحتجين، الجمعة، برصاص ميليشيات عصائب أهل الحق الموالية لإيران."
    )
    doc = _dated(nlp_pipe, text, "2018-09-08")
    killings = [e for e in doc.events if e.type == "ASSAULT"]
    assert killings and "عصائب أهل الحق" in " ".join(_labels(doc, killings[0].actors))
    assert "قوات الأمن العراقية" not in _labels(doc, killings[0].actors)
    assert killings[0].date == "2018-09-07"  # the Friday before, not only the protesters' date


def test_evidence_pointing_at_someone_and_a_statement_calling_on_states(nlp_pipe):
    # CNN Arabic (ANT corpus, CN-middleEast-520-20180408): the EU spokeswoman said "the evidence points to
    # the Syrian regime"
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)— قالت مايا كوسيجانسيك، المتحدثة باسم الاتحاد الأوروبي لشؤون "
        "الخارجية، الأحد، إن الدلائل تشير إلى النظام السوري فيما يتعلق بالهجوم الكيماوي الذي استهدف منطقة "
        "دوما بسوريا."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-08")
    accused = [e for e in _of(events, "ACCUSE") if e.trigger == "الدلائل تشير"]
    assert accused and _labels(doc, accused[0].actors) == {"مايا كوسيجانسيك"}
    assert accused[0].recipients
    # ... "in a statement of the EU, calling on Russia and Iran to use their influence"
    text = (
        "جاء ذلك في بيان للاتحاد الأوروبي، داعين روسيا وإيران لاستخدام نفوذهما للحيلولة دون وقوع أي هجوم "
        "كيماوي جديد والتأكد من عدم تصاعد العنف."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-08")
    calls = _of(events, "REQUEST")
    assert calls and "الاتحاد الأوروبي" in " ".join(_labels(doc, calls[0].actors))
    assert "روسيا" in _labels(doc, calls[0].recipients)


def test_a_quotation_opens_its_own_clause_and_the_agent_of_a_called_for_act(nlp_pipe):
    # CNN Arabic (ANT corpus, CN-middleEast-520-20180408): "the statement added: 'the EU condemns ... and
    # calls for an immediate response by the international community'"
    text = (
        "جاء ذلك في بيان للاتحاد الأوروبي، داعين روسيا وإيران لاستخدام نفوذهما للحيلولة دون وقوع أي هجوم "
        'كيماوي جديد والتأكد من عدم تصاعد العنف. وأضاف البيان: "يدين الاتحاد الأوروبي بأقصى العبارات '
        'استخدام السلام الكيماوي ويدعو لاستجابة فورية من قبل المجتمع الدولي."'
    )
    doc, events = _events(nlp_pipe, text, "2018-04-08")
    condemned = [e for e in _of(events, "ACCUSE") if e.trigger == "يدين"]
    assert condemned and "الاتحاد الأوروبي" in " ".join(_labels(doc, condemned[0].actors))
    calls = [e for e in _of(events, "REQUEST") if e.trigger == "ويدعو"]
    assert calls and "الاتحاد الأوروبي" in " ".join(_labels(doc, calls[0].actors))


def test_cancelling_an_agreement_rejects_it(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-202-20180403): Netanyahu "cancelled the understandings with the
    # United Nations"
    text = (
        "أعلن رئيس الوزراء الإسرائيلي بنيامين نتانياهو الثلاثاء أنه ألغى التفاهمات مع الأمم المتحدة بشأن "
        "ترحيل المهاجرين الأفارقة إلى دول غربية بعد أن سمع ملاحظات كثيرة عن عيوب هذه الاتفاقية."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-03")
    rejected = _of(events, "REJECT")
    assert rejected and "الأمم المتحدة" in _labels(doc, rejected[0].recipients)


def test_fighters_of_a_body_accept_a_deal(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1391-20180502): "the fighters of the Syrian opposition
    # accepted a deal with the government"
    text = (
        "قبل مسلحو المعارضة السورية اتفاقا مع الحكومة برعاية روسية، الأربعاء، للخروج من جيب قرب مدينة حمص، "
        "بحسب الإعلام الحربي، التابع لميليشيا حزب الله اللبنانية، ومسؤول في المعارضة."
    )
    doc, events = _events(nlp_pipe, text, "2018-05-02")
    deals = [e for e in _of(events, "AGREE") if e.trigger == "قبل"]
    assert deals and _labels(doc, deals[0].actors) == {"المعارضة السورية"}
    # Al-Madina (SaudiNewsNet, snn_108_almadina): قبل as "before" opens no agreement
    text = "وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل."
    _doc, events = _events(nlp_pipe, text, "2015-07-25")
    assert not [e for e in _of(events, "AGREE") if e.trigger == "قبل"]


def test_what_the_army_described_as_neutralising_is_no_accusation(nlp_pipe):
    # CNN Arabic (ANT corpus, CN-middleEast-170-20180304): the Turkish army announced "what it described
    # as 'neutralising' 2612 terrorists"
    text = (
        'وفي تقرير منفصل أعلن الجيش التركي عما وصفه بـ"تحييد" 2612 إرهابيًا منذ انطلاق عملية غصن الزيتون، '
        "مؤكدة استمرار العملية التي انطلقت في الـ20 من يناير/ كانون الثاني الماضي."
    )
    _doc, events = _events(nlp_pipe, text, "2018-03-04")
    assert not _of(events, "ACCUSE") and _of(events, "ASSAULT")


def test_the_convicted_condemn_no_one(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-884-20180806): the Frenchman and the German "were convicted of
    # belonging to that extremist organisation"
    text = (
        "وقد قال القاضي بعد تلاوة القرار في المحكمة الجنائية المركزية إن المواطن الفرنسي لحسن عمار قبوج "
        "(55 عاما) والألمانية نادية راينر هيرمان (22 عاما) أدينا بالانتماء إلى ذلك التنظيم المتشدد."
    )
    _doc, events = _events(nlp_pipe, text, "2018-08-06")
    assert not _of(events, "ACCUSE")


def test_a_war_waged_by_a_named_state_on_a_named_body(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-198-20180310): "Turkey's war on the Kurdish YPG forced the
    # fighters to abandon their positions"
    text = (
        "أجبرت حرب تركيا على وحدات حماية الشعب الكردية المقاتلين على التخلي عن مواقعهم ضد مسلحي داعش في "
        "الصحراء السورية، وفق ما يرى مسؤولون ومحللون أكراد."
    )
    doc, events = _events(nlp_pipe, text, "2018-03-10")
    wars = [e for e in _of(events, "ASSAULT") if e.trigger == "حرب"]
    assert wars and _labels(doc, wars[0].actors) == {"تركيا"}
    assert "تركيا" not in _labels(doc, wars[0].recipients) and wars[0].recipients
    # Al-Jazirah (SaudiNewsNet, snn_063_aljazirah): the war against IS discussed by two sides, no party
    # named as waging it, is a topic
    text = (
        "وعقب وصوله اجتمع رئيس اقليم كردستان مسعود بارزاني مع وزير الدفاع الامريكي آشتون كارتر الذي وصل "
        "محافظة اربيل أمس الجمعة بعد زيارة لبغداد، الجانبان بحثا مستجدات الحرب ضد تنظيم داعش الارهابي ودور "
        "التحالف الدولي ودعمه لإقليم كردستان وقوات البيشمركة."
    )
    _doc, events = _events(nlp_pipe, text, "2015-07-25")
    assert not [e for e in _of(events, "ASSAULT") if "حرب" in e.trigger]


def test_the_fighter_of_battles_fires_the_rockets(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-213-20180319): "Hamas fought three wars with Israel and fired
    # thousands of rockets and bombs at it"
    text = "وخاضت حركة حماس ثلاث معارك مع إسرائيل وأطلقت آلاف الصواريخ والقنابل ضدها."
    doc, events = _events(nlp_pipe, text, "2018-03-19")
    attacks = _of(events, "ASSAULT")
    assert attacks and all("إسرائيل" not in _labels(doc, e.actors) for e in attacks)
    battles = [e for e in attacks if e.trigger == "معارك"]
    assert battles and "إسرائيل" in _labels(doc, battles[0].recipients)


def test_found_killed_dates_the_killing(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-905-20180819): "Bishop Epiphanius was found killed ... early
    # on the morning of 29 July"
    text = (
        "وعثر على الأنبا أبيفانيوس مقتولا إثر ضربه بآلة حادة قرب قلايته بمقر إقامته بالدير في ساعة مبكرة "
        "صباح 29 يوليو/ تموز الماضي."
    )
    doc = _dated(nlp_pipe, text, "2018-08-19")
    killed = [e for e in doc.events if e.type == "ASSAULT" and e.recipients]
    assert killed and "أبيفانيوس" in " ".join(_labels(doc, killed[0].recipients))
    assert killed[0].date == "2018-07-29"
