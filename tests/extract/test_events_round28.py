"""Event rules of round 28, each on whole sentences of the dev73–dev75 articles.

Sources: the ANT corpus (Arabic news of BBC, CNN, France 24 and Sky News Arabia, 2018) and
SaudiNewsNet (CC BY-NC-SA 4.0, July–August 2015), read from shared/data. The stages before `events`
(sentences, the shipped NER, entities, coreference, relations) run for real.
"""

from __future__ import annotations

import json

from round_helpers import detected as _events
from round_helpers import labels as _labels
from round_helpers import of as _of

from kg.extract.events import detect
from kg.ingest import iter_documents


def _countries(doc, keys: list[str]) -> set[str]:
    return {doc.entity(k).label_ar for k in keys if doc.entity(k).coarse == "LOC"}


def test_warning_that_one_will_respond_is_a_threat(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-996-20180912): the US warned Iran that it "will respond
    # quickly and decisively"
    text = (
        'حذرت الولايات المتحدة إيران من أنها "سترد بسرعة وحسم" على أي هجمات ينفذها حلفاء طهران في العراق، '
        "قد تؤدي إلى إصابة أمريكيين أو الأضرار بمنشآت أمريكية."
    )
    doc, events = _events(nlp_pipe, text, "2018-09-12")
    threats = _of(events, "THREATEN")
    assert threats and "إيران" in _labels(doc, threats[0].recipients)
    # BBC Arabic (ANT corpus, BB-middleEast-1011-20180928): "warning that it will respond" follows a
    # clause whose last event is Iran's (the forces it backs); the warner is the US, so no threat is
    # read from the participle
    text = (
        "أغلقت الولايات المتحدة، الجمعة، قنصليتها في مدينة البصرة العراقية التي تشهد احتجاجات واسعة بعد "
        '"حوادث إطلاق نار غير مباشر من قبل قوات تدعمها إيران"، محذرة من أنها سترد على أي هجوم تتعرض له '
        "منشآتها."
    )
    _doc, events = _events(nlp_pipe, text, "2018-09-28")
    assert not _of(events, "THREATEN")


def test_the_dead_of_a_derailment_are_no_attack(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-743-20180708): a passenger train left its track
    text = (
        "أدى خروج قطار ركاب عن مساره في شمال غرب تركيا الأحد إلى سقوط عشرة قتلى و73 جريحا على الأقل كما "
        "أفادت تقارير وزارة الصحة."
    )
    _doc, events = _events(nlp_pipe, text, "2018-07-08")
    assert not _of(events, "ASSAULT")


def test_control_of_sites_in_a_front_and_the_battles_before_it(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-3096-20180725): the army took sites in the Muris
    # front "after fierce battles" in which the Houthis lost
    text = (
        "سيطر الجيش الوطني اليمني على عدد من المواقع في جبهة مريس بمحافظة الضالع جنوبي اليمن، بعد معارك "
        "عنيفة تكبدت خلالها مليشيات الحوثي الإيرانية خسائر كبيرة في العتاد والأرواح."
    )
    doc, events = _events(nlp_pipe, text, "2018-07-25")
    seized = [e for e in _of(events, "COERCE") if e.mode == "seize"]
    assert seized and "مريس" in _labels(doc, seized[0].places)
    assert _labels(doc, seized[0].actors) == {"الجيش الوطني اليمني"}
    battles = [e for e in _of(events, "ASSAULT") if e.trigger == "معارك"]
    assert battles and _labels(doc, battles[0].actors) == {"الجيش الوطني اليمني"}
    assert "الجيش الوطني اليمني" not in _labels(doc, battles[0].recipients)


def test_air_raids_on_gatherings_of_a_body_target_it(nlp_pipe):
    # SaudiNewsNet, snn_035_alriyadh: raids "on gatherings of the Houthis"
    text = (
        "وقال حسين صالح الجنيدي وكيل محافظة أبين إن المقاومة تمكنت من السيطرة على منطقة العين بلورد وجبل "
        "عكد، وحاصرت الحوثيين وسط مدينة لودر من جميع الاتجاهات، وأشار إلى غارات عنيفة شنها طيران التحالف على "
        "تجمعات الحوثيين في عقبه ثره ومكيراس حيث سمع دوي انفجارات عنيفة."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-10")
    raids = [e for e in _of(events, "ASSAULT") if e.mode == "aerial"]
    assert raids and "الحوثيين" in _labels(doc, raids[0].recipients)


def test_protests_in_regions_named_by_a_country_adjective(nlp_pipe):
    # SaudiNewsNet, snn_088_alriyadh: "the demonstrations that Iraqi regions are witnessing"
    text = (
        'وقال: "مناطقنا الآن تحت رحمة هؤلاء بين المليشيات التي شكلتها مراجع النجف بأمر من إيران" ، وأشار بأن '
        "رئيس مجلس الوزراء العراقي حيدر العبادي لا يستطيع أن يقف بوجه هذه المليشيات الطائفية، ولفت بأن "
        "المكون الشيعي في جنوب العراق تضرر وتدهورت أوضاعهم وأصبحت مدنهم تعاني من سياسة ولاية الفقيه، وهذا ما "
        "جناه سنة العراق وشيعته من حكومات لا تخدم وطناً، وبين بأن المظاهرات التي تشهدها مناطق عراقية قامت "
        "بسبب الفساد."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-09")
    protests = _of(events, "PROTEST")
    assert protests and _countries(doc, protests[0].places) == {"العراق"}


def test_barrel_bombs_in_what_happened_in_a_place(nlp_pipe):
    # SaudiNewsNet, snn_088_alriyadh: "what happened in the Iraqi region of Rutba ... by their use of
    # explosive barrels"
    text = (
        "وذكر بأن الحكومة تؤكد حالياً بأنها تحارب الإرهاب، موضحاً أن ما جرى في منطقة الرطبة العراقية جريمة "
        "إنسانية وذلك باستخدامهم البراميل المتفجرة وإسقاطها على العمارات السكنية والبيوت الآمنة، وهم يقومون "
        "بذلك من أجل إرضاء سيدهم في قم بإيران،"
    )
    doc, events = _events(nlp_pipe, text, "2015-08-09")
    barrels = [e for e in _of(events, "ASSAULT") if e.trigger == "البراميل المتفجرة"]
    assert barrels and barrels[0].mode == "aerial"
    assert any("الرطبة" in label for label in _labels(doc, barrels[0].places))


def test_protesters_setting_fire_is_a_riot(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-996-20180912): "they set fire to the Iranian consulate"
    text = (
        "كما هاجموا إيران بشدة وحملوها مسؤولية تردي الأوضاع في البصرة، وأضرموا النيران في القنصلية "
        "الإيرانية، وهتف المتظاهرون ضد طهران ونفوذها الكبير."
    )
    _doc, events = _events(nlp_pipe, text, "2018-09-12")
    assert any(e.mode == "riot" for e in _of(events, "PROTEST"))


def test_expelling_an_ambassador_is_a_sanction_of_his_state(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806): Saudi Arabia asked the Canadian ambassador
    # to leave within 24 hours; the headline: "the kingdom expels the Canadian ambassador"
    for text in (
        'طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة احتجاجا على "تدخل كندا الصريح والسافر في '
        'الشؤون الداخلية للمملكة"، حسب بيان لوزارة الخارجية السعودية.',
        "السعودية وكندا: المملكة تطرد السفير الكندي وتجمد كل التعاملات التجارية الثنائية الجديدة",
    ):
        doc, events = _events(nlp_pipe, text, "2018-08-06")
        expelled = [e for e in _of(events, "SANCTION") if e.mode == "break-relations"]
        assert expelled and _labels(doc, expelled[0].recipients) == {"كندا"}, text
        assert not _of(events, "REQUEST")


def test_recalling_ones_own_ambassador_from_a_state(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806): Riyadh "recalled its ambassador from Canada"
    doc, events = _events(
        nlp_pipe, "واستدعت الرياض كذلك سفيرها من كندا للتشاور، وفق البيان الصادر مساء الأحد.", "2018-08-06"
    )
    recalled = [e for e in _of(events, "SANCTION") if e.mode == "withdraw"]
    assert recalled and _labels(doc, recalled[0].recipients) == {"كندا"}
    # CNN Arabic (ANT corpus, CN-middleEast-1311-20180908, headline): Iran recalls its ambassador in
    # Iraq for consultation after its consulate was burnt
    _doc, events = _events(nlp_pipe, "إيران تستدعي سفيرها بالعراق بعد حرق قنصليتها بالبصرة", "2018-09-08")
    assert not _of(events, "SANCTION")


def test_freezing_dealings_between_two_states(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806), three sentences: the ministry "announced
    # freezing all new trade and investment dealings between the kingdom and Canada"
    text = (
        'واستهجنت الخارجية السعودية مطالبة كندا "بالإفراج الفوري" عن الموقوفين. وقالت إن استخدام هذه العبارة '
        '"مؤسف جدا"، مضيفة أنه "أمر مستهجن وغير مقبول في العلاقات بين الدول". وأعلنت أيضا "تجميد كافة '
        'التعاملات التجارية والاستثمارية الجديدة بين المملكة وكندا".'
    )
    doc, events = _events(nlp_pipe, text, "2018-08-06")
    frozen = [e for e in _of(events, "SANCTION") if e.trigger == "تجميد"]
    assert frozen and _labels(doc, frozen[0].recipients) == {"كندا"}


def test_thanks_in_the_feminine_is_support(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806): the activist Manal al-Sharif "thanked Canada"
    text = (
        "وشكرت الناشطة السعودية، منال الشريف، كندا على موقفها وانتقاداتها لموجة الاعتقالات الأخيرة، ودعت "
        "الولايات المتحدة وبريطانيا والاتحاد الأوروبي إلى الانضمام إلى كندا في الدعوة للإفراج عن زميلاتها "
        "الناشطات المحتجزات."
    )
    doc, events = _events(nlp_pipe, text, "2018-08-06")
    thanks = _of(events, "SUPPORT")
    assert (
        thanks
        and _labels(doc, thanks[0].actors) == {"منال الشريف"}
        and "كندا" in _labels(doc, thanks[0].recipients)
    )


def test_deeming_someones_statements_unacceptable_accuses_him(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1393-20180502): the UN coordinator deemed Abbas's
    # statements about the Jews "unacceptable"
    text = (
        "اعتبر منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط نيكولاي ملادينوف، الأربعاء، في بيان، "
        'أن تصريحات الرئيس الفلسطيني محمود عباس عن اليهود "غير مقبولة ومقلقة للغاية".'
    )
    doc, events = _events(nlp_pipe, text, "2018-05-02")
    accusations = _of(events, "ACCUSE")
    assert accusations and "محمود عباس" in _labels(doc, accusations[0].recipients)


def test_two_joined_subjects_agree_with_each_other(nlp_pipe):
    # SaudiNewsNet, snn_005_aawsat: "Merkel and Davutoglu also agreed on close cooperation"
    text = (
        "واختتم شترايتر تصريحاته بالقول إن ميركل وداود أوغلو اتفقا أيضا على تعاون وثيق بين وزارتي الداخلية "
        "في البلدين، وذلك في ظل التحرك المشترك ضد المقاتلين الجهاديين وكذلك في ظل جهود التغلب على أزمة "
        "اللاجئين."
    )
    doc, events = _events(nlp_pipe, text, "2015-07-27")
    agreed = [e for e in _of(events, "AGREE") if e.actors and e.recipients]
    assert agreed and _labels(doc, agreed[0].actors + agreed[0].recipients) == {"ميركل", "داود أوغلو"}


def test_support_of_her_country_is_given_by_the_speaker(nlp_pipe):
    # SaudiNewsNet, snn_005_aawsat: Merkel "affirmed to Davutoglu her country's support and solidarity"
    text = (
        "ونقلت وكالة الأنباء الألمانية (د.ب.أ) عن شترايتر قوله إن ميركل أكدت لداود أوغلو دعم وتضامن بلادها "
        "مع حكومة أنقرة في حربها على الإرهاب وذكرته بـ«مبدأ التناسب»، أي أن يكون الرد التركي متناسبا مع ما "
        "حصل."
    )
    doc, events = _events(nlp_pipe, text, "2015-07-27")
    support = _of(events, "SUPPORT")
    assert support and _labels(doc, support[0].actors) == {"ميركل"}


def test_his_vow_is_a_threat(nlp_pipe):
    # CNN Arabic (ANT corpus, CN-middleEast-589-20180412): Trump's tweet "vowing to launch smart
    # missiles at Syria"
    text = (
        'يأتي هذا بعد تغريدة نشرها ترامب بتوعده بإطلاق "صواريخ ذكية" على سوريا، ليعاود التغريد قائلاً إنه لم '
        "يحدد موعداً زمنياً لفعل ذلك."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-12")
    threats = _of(events, "THREATEN")
    assert (
        threats
        and _labels(doc, threats[0].actors) == {"ترامب"}
        and "سوريا" in _labels(doc, threats[0].recipients)
    )


def test_a_delegation_sent_to_a_place_is_a_visit(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-400-20180505): Saudi Arabia sent a committee of military
    # officials to Socotra
    text = (
        "أوفدت المملكة العربية السعودية لجنة مكونة من مسؤولين عسكريين إلى سقطرى، في محاولة منها لاحتواء أزمة "
        "جديدة بين الحكومة اليمنية والإمارات العربية ."
    )
    doc, events = _events(nlp_pipe, text, "2018-05-05")
    visits = [e for e in _of(events, "CONSULT") if e.mode == "visit"]
    assert visits and _labels(doc, visits[0].places) == {"سقطرى"}
    assert _labels(doc, visits[0].actors) == {"المملكة العربية السعودية"}


def test_giving_a_sum_of_money_is_aid(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-788-20180404): "Libya gave a sum of money to the
    # election campaign of the French president Nicolas Sarkozy"
    text = (
        "قال مفتاح ميسوري، كبير مترجمي الزعيم الليبي السابق معمر القذافي، إن ليبيا قدمت مبلغا ماليا للحملة "
        "الانتخابية للرئيس الفرنسي نيكولا ساركوزي وصل إلى 20 مليون يورو."
    )
    doc, events = _events(nlp_pipe, text, "2018-04-04")
    aid = _of(events, "AID")
    assert aid and "ليبيا" in _labels(doc, aid[0].actors)


def test_who_faces_a_prosecution_undergoes_it(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-788-20180404): "Sarkozy faces a prosecution in France
    # over money he received from Gaddafi"
    text = "تأتي تصريحات ميسوري في وقت يواجه فيه ساركوزي ملاحقة قضائية في فرنسا بشأن أموال تلقاها من القذافي."
    doc, events = _events(nlp_pipe, text, "2018-04-04")
    cases = _of(events, "INVESTIGATE")
    assert cases and _labels(doc, cases[0].recipients) == {"ساركوزي"}


def test_a_person_who_was_abducted_undergoes_it(nlp_pipe):
    # SaudiNewsNet, snn_044_aawsat: the activist "who was abducted last Wednesday in Taiz"
    text = (
        "لندن - «الشرق الأوسط»: دعت منظمة «هيومن رايتس ووتش» الحقوقية، أمس، الحوثيين إلى الإفراج عن الناشط "
        "الحقوقي عبد القادر الجنيد الذي اختطف الأربعاء الماضي في مدينة تعز في جنوب غربي اليمن."
    )
    doc, events = _events(nlp_pipe, text, "2015-08-08")
    taken = [e for e in _of(events, "ASSAULT") if e.trigger == "اختطف"]
    assert taken and any("الجنيد" in label for label in _labels(doc, taken[0].recipients))
    assert not any("الجنيد" in label for label in _labels(doc, taken[0].actors))


def test_a_ministry_protesting_against_statements_accuses(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806): the Saudi foreign ministry "protested
    # strongly against the Canadian statements" (a criticism in words, no street protest)
    text = (
        'واحتجت الخارجية السعودية بشدة على التصريحات الكندية واعتبرتها موقفا يعكس "تدخلاً صريحاً وسافراً في '
        'الشؤون الداخلية للمملكة ومخالفاً لأبسط الأعراف الدولية وجميع المواثيق التي تحكم العلاقات بين الدول".'
    )
    doc, events = _events(nlp_pipe, text, "2018-08-06")
    accusations = _of(events, "ACCUSE")
    assert accusations and _labels(doc, accusations[0].actors) == {"الخارجية السعودية"}
    assert not _of(events, "PROTEST")


def test_denouncing_a_states_demand_accuses_that_state(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806): the ministry "denounced Canada's demand"
    text = 'واستهجنت الخارجية السعودية مطالبة كندا "بالإفراج الفوري" عن الموقوفين.'
    doc, events = _events(nlp_pipe, text, "2018-08-06")
    accusations = _of(events, "ACCUSE")
    assert accusations and _labels(doc, accusations[0].recipients) == {"كندا"}
    demands = _of(events, "REQUEST")
    assert demands and _labels(doc, demands[0].actors) == {"كندا"}


def test_a_joined_stance_verb_is_the_reported_speakers(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-846-20180806): Manama said it stands with Riyadh "and
    # rejected what it called Ottawa's interference"
    text = (
        "وقالت المنامة إنها تقف مع الرياض في خلافها السياسي مع كندا ورفضت ما وصفته بتدخل أوتاوا في الشؤون "
        "الداخلية السعودية."
    )
    doc, events = _events(nlp_pipe, text, "2018-08-06")
    rejections = _of(events, "REJECT")
    assert rejections and _labels(doc, rejections[0].actors) == {"البحرين"}  # Manama stands for its state


def test_whether_is_no_condition_of_a_threat(nlp_pipe, tmp_path):
    # SaudiNewsNet, snn_093_aawsat, as printed (partly in Arabic presentation forms, which ingest reads
    # as letters): the agency gave no details "on whether the officer was killed" in Aden
    text = (
        " ﻭﻟﻢ تقدم وكالة الأنباء الإماراتية التي أوردت الخبر تفاصيل حول ما إذا كان الضابط قد ﻗﺘﻞ أثناء "
        "ﻣﺸﺎﺭﻛﺘﻪ ﻓﻲ ﻣﺤﺎﻓﻈﺔ ﻋﺪﻥ ﺇﻟﻰ ﺟﺎﻧﺐ ﺍﻟﻘﻮﺍﺕ ﺍﻟﻤﻮﺍﻟﻴﺔ ﻟﻠﺸﺮﻋﻴﺔ أﻡ قرب الحدود ﺍﻟﻴﻤﻨﻴﺔ ﺍﻟﺴﻌﻮﺩية."
    )
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text, "date": "2015-07-28"}) + "\n", encoding="utf-8")
    (doc,) = list(iter_documents([str(path)]))
    nlp_pipe(doc)
    events = [d.event for d in detect(doc)]
    assert not _of(events, "THREATEN") and _of(events, "ASSAULT")
