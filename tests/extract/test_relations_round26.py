"""Relations of round 26 (the errors of dev67–dev69), each on a real sentence of the ANT corpus
(citation licence, Chouigui et al. 2021) or SaudiNewsNet (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from round_helpers import about as _about
from round_helpers import triples as _triples


def test_a_title_between_tatweel_dashes_is_the_name_before_it(nlp_pipe):
    # SaudiNewsNet, snn_075_alwatan: a tatweel with spaces around it is a dash; the title it sets off
    # (ending in one more adjective, "الشقيقة") belongs to the name before it
    text = (
        "بالكلمات أعلاه غرد صاحب السمو الشيخ عبدالله بن زايد آل نهيان ـ وزير الخارجية بدولة "
        "الإمارات العربية المتحدة الشقيقة ـ ناعيا ومؤبنا أخاه صاحب السمو الملكي الأمير سعود الفيصل "
        "وزير الخارجية السابق، والمشرف على الشؤون الخارجية ـ الذي فجع العالم من أدناه إلى أقصاه "
        "برحيله عن هذه الدنيا الفانية ليلة الجمعة الماضية، في ليلة نفيسة من ليالي رمضان الأجل.."
    )
    found = _triples(nlp_pipe, text, "2015-07-12")
    assert _about(found, "عبدالله بن زايد", "الإمارات") == {"affiliatedWith"}
    assert not _about(found, "سعود الفيصل", "الإمارات")


def test_a_former_minister_between_tatweel_dashes(nlp_pipe):
    # SaudiNewsNet, snn_075_alwatan: "Henry Kissinger ـ the former US secretary of state ـ"
    text = (
        "عودا على تفتيشي عن (منهج الأستاذ)، عدت بالذاكرة إلى مقال كتبه سمو الشيخ عبدالله نفسه قبل "
        "تسعة أسابيع، وتحديدا في 16 من رجب الماضي، عنوانه (رجل الهمة)، إثر قراءته لخبر تنحي الأمير "
        "سعود عن منصبه، أكد فيه أنه يظلم الأمير سعود من يشبّهه بهنري كيسنجر ـ وزير الخارجية "
        'الأمريكي الأسبق ـ فهو "سعود السياسة العربية، وسعود السياسة الدولية"، ثم ذكر وبكل فضل منه '
        'قوله: "تعلمتُ من هذه القامة العظيمة أشياءَ كثيرة"، وهنا تأكد عندي أن عبارة (الأستاذ) في '
        "التغريدة تعبير تعليمي يلخص لنا من هو الأمير سعود الفيصل.."
    )
    found = _triples(nlp_pipe, text, "2015-07-12")
    assert {r for s, r, o in found if s == "هنري كيسنجر"} == {"affiliatedWith"}


def test_the_last_head_of_what_used_to_be_a_state_is_only_of_it(nlp_pipe):
    # SaudiNewsNet, snn_075_alwatan: "Mikhail Gorbachev ـ the last president of what was known as the
    # Soviet Union ـ": "لما كان يعرف ب" names a body that is no more, so its head is a former one
    text = (
        "المقال تضمن أيضا نقلا لقول ميخائيل جورباتشوف ـ الرئيس الأخير لما كان يعرف بالاتحاد "
        'السوفيتي ـ نصه: "لو كان لدي رجل كسعود الفيصل، ما تفكك الاتحاد السوفيتي"، واختتمه الشيخ '
        'بقوله: "لا أدري كيف ستبدو طاولة اجتماعات وزراء الخارجية العرب بعد اليوم؟"، وأظن أن سموه '
        'قد قال في الأيام الماضية بعدما وصله نعي الناعي: "لا أدري كيف سيبدو حال العرب بعد رحيل '
        'العرَّاب؟"'
    )
    found = _triples(nlp_pipe, text, "2015-07-12")
    assert _about(found, "ميخائيل جورباتشوف", "الاتحاد السوفيتي") == {"affiliatedWith"}


CHECHEN_TALKS = (
    "بحث الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
    "السعودي، مع الرئيس رمضان أحمد قاديروف رئيس الشيشان، في جدة أمس، عددا من المسائل ذات الاهتمام المشترك."
)


def test_a_title_after_a_name_governed_by_a_preposition(nlp_pipe):
    # SaudiNewsNet, snn_054_aawsat: "with President Ramzan Ahmed Kadyrov, head of Chechnya": a preposition
    # governs one noun phrase, so the title after the name is its apposition; "في جدة" after the comma is
    # where the talks were, not where Chechnya lies
    found = _triples(nlp_pipe, CHECHEN_TALKS, "2015-06-21")
    assert "leaderOf" in _about(found, "رمضان أحمد قاديروف", "الشيشان")
    assert not _about(found, "الشيشان", "جدة")


def test_the_second_deputy_of_the_head_of_a_body_runs_on_to_his_next_title(nlp_pipe):
    # SaudiNewsNet, snn_054_aawsat: "... the second deputy of the prime minister, the Saudi defence
    # minister": the title phrase goes on past "النائب الثاني لرئيس مجلس الوزراء" to the minister's title
    found = _triples(nlp_pipe, CHECHEN_TALKS, "2015-06-21")
    assert "affiliatedWith" in _about(found, "محمد بن سلمان", "المملكة العربية السعودية")
    assert not _about(found, "محمد بن سلمان", "مجلس الوزراء")  # the head's body, not said to be his


def test_each_item_of_a_comma_list_of_names_has_its_title(nlp_pipe):
    # SaudiNewsNet, snn_054_aawsat: "..., and Adel al-Jubeir the Saudi foreign minister, ...": a name that
    # opens a list item (a comma, then و) holds the title right after it
    text = (
        "حضر اللقاء الدكتور مساعد العيبان وزير الدولة عضو مجلس الوزراء، وعادل الجبير وزير الخارجية "
        "السعودي، وخالد العيسى وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي المكلف، والدكتور "
        "عادل الطريفي وزير الثقافة والإعلام الوزير المرافق، وخالد الحميدان رئيس الاستخبارات "
        "العامة."
    )
    found = _triples(nlp_pipe, text, "2015-06-21")
    assert "affiliatedWith" in _about(found, "عادل الجبير", "المملكة العربية السعودية")
    # ANT corpus, FR-middleEast-695-20180626: "and Prince William met the Israeli prime minister at noon":
    # the name before the title (no comma, no list, no preposition) is the verb's subject, not the holder
    text = "والتقى الأمير وليام رئيس الوزراء الإسرائيلي ظهرا، وكان نتانياهو في استقباله مع زوجته ساره."
    found = _triples(nlp_pipe, text, "2018-06-26")
    assert not {o for s, r, o in found if "وليام" in s}


def test_an_official_of_a_government_named_after_a_place_is_of_the_place(nlp_pipe):
    # SaudiNewsNet, snn_054_aawsat: "and Hassan Hakimov, deputy head of the government of Chechnya"
    text = (
        "كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في الشيشان، وحسن حكيموف نائب رئيس حكومة "
        "الشيشان، واليغ ازيروف المندوب الدائم لروسيا الاتحادية لدى منظمة التعاون الإسلامي."
    )
    found = _triples(nlp_pipe, text, "2015-06-21")
    assert "affiliatedWith" in _about(found, "حسن حكيموف", "الشيشان")


def test_two_states_led_by_two_leaders_each_by_its_own(nlp_pipe):
    # SaudiNewsNet, snn_053_alwatan: "Saudi Arabia and Jordan, under the leadership of King Salman and King
    # Abdullah II": each state is led by the leader in the same place of the list
    text = (
        "انطلاقاً من العلاقات التاريخية الوثيقة والراسخة التي تربط المملكة العربية السعودية "
        "والمملكة الأردنية الهاشمية ، بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، "
        "والملك عبدالله الثاني، فقد قام ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
        "الأمير محمد بن سلمان بن عبدالعزيز، بزيارة إلى المملكة الأردنية الهاشمية ، تلبية لدعوة "
        "كريمة من الملك عبدالله الثاني يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015."
    )
    found = _triples(nlp_pipe, text, "2015-08-05")
    assert "leaderOf" in _about(found, "عبدالله", "المملكة الأردنية")
    assert "leaderOf" in _about(found, "سلمان بن عبدالعزيز", "المملكة العربية السعودية")
    assert not _about(found, "سلمان بن عبدالعزيز", "المملكة الأردنية")


def test_a_name_that_ends_the_sentence_after_a_title_and_a_comma_holds_it(nlp_pipe):
    # ANT corpus, BB-middleEast-209-20180317: "a great victory for the Syrian president, Bashar al-Assad."
    text = (
        "ويقول مراقبون إن القضاء على الجيب الذي تسيطر عليه المعارضة المسلحة في المنطقة الواقعة "
        "خارج دمشق سيمثل انتصارا كبيرا للرئيس السوري، بشار الأسد."
    )
    found = _triples(nlp_pipe, text, "2018-03-17")
    assert "leaderOf" in _about(found, "بشار الأسد", "سوريا")


def test_one_of_the_suburbs_of_a_city(nlp_pipe):
    # ANT corpus, BB-middleEast-699-20180705: "in Daraya, one of the suburbs of Damascus"
    text = (
        'نقرش وهو من أوائل المنشقين عن الجيش السوري النظامي قاد لواء عسكرياً يطلق عليه "شهداء '
        'الإسلام" في داريا، إحدى ضواحي دمشق، بدأ كفصيل لحماية المتظاهرين السلميين من السلطات '
        "السورية."
    )
    found = _triples(nlp_pipe, text, "2018-07-05")
    assert ("داريا", "locatedIn", "دمشق") in found
    assert not _about(found, "دمشق", "داريا")


def test_a_city_and_its_nisba_at_the_start_of_a_sentence(nlp_pipe):
    # ANT corpus, BB-middleEast-699-20180705: the title, then the heading "the Syrian province of Idlib is a
    # battlefield again": the first name of a sentence is read with the adjective after it too
    text = 'حكاية إدلب و"الجهاديين" في سوريا\n\nمحافظة إدلب السورية ساحة حرب مجدداً'
    found = _triples(nlp_pipe, text, "2018-07-05")
    assert ("إدلب", "locatedIn", "سوريا") in found


def test_the_general_commander_of_the_front_named_after_it(nlp_pipe):
    # ANT corpus, BB-middleEast-699-20180705: "Abu Mohammad al-Jolani, the general commander of the Front"
    # (two sentences of the article): "للجبهة" is the front the article names only later
    text = (
        'يقول أبو وائل: "بدآنا التواصل مع كافة الفصائل. وقد أنكر أبو محمد الجولاني القائد العام '
        'للجبهة وجود أبو جمال لديهم".\nوكان المقدسي، وجه نقداً لتوجه جبهة تحرير الشام هذا، بشكل '
        "متكرر على قناته على التيلغرام."
    )
    found = _triples(nlp_pipe, text, "2018-07-05")
    assert "leaderOf" in _about(found, "أبو محمد الجولاني", "جبهة تحرير الشام")


def test_a_person_close_to_a_body_is_not_of_it(nlp_pipe):
    # ANT corpus, BB-middleEast-699-20180705: "the Syrian analyst and activist Ahmad Abazeid, close to the
    # Syrian opposition": close to it, no member
    text = (
        'لكن احتجاج الأفراد الجهاديين على اعتقال قيادات "حراس الدين"، "دفع الجولاني إلى التراجع '
        'واطلاق سراحهم خشية فقدان شرعيته"، حسب المحلل والناشط السوري أحمد أبازيد، المقرب من '
        "المعارضة السورية."
    )
    found = _triples(nlp_pipe, text, "2018-07-05")
    assert not _about(found, "أحمد أبازيد", "المعارضة")


def test_a_one_word_nisba_name_after_an_adjective_is_another_adjective(nlp_pipe):
    # SaudiNewsNet, snn_073_alwatan: "the Iranian, Maliki corruption": "المالكي" qualifies the noun as
    # "الإيراني" does; it is no Iranian person
    text = (
        "إيران الآن لا تستطيع أن تتوسع في الحديث عن اليمن، فهي لم تقدم لحلفائها سوى القتل والدمار، "
        "وإيران هي المنتج الأول للإرهاب الذي أسقط العراق أولا بعد أحد عشر عاما من السيطرة "
        "الإيرانية المباشرة على العراق، وبدعم كامل من الجيش والحكومة الأميركية، إلا أن الفساد "
        "الإيراني المالكي والتسيّب في إدارة مقدرات العراق الذي كانت حكومته أشبه بميليشيا محتلة، "
        "سرقت الأموال ونكّلت بالشعب العراقي، سنة وشيعة وأقليات، ورفعت منسوب الحقد الطائفي حتى جاء "
        "يوم الحصاد، فضاع العراق من يد المالكي وإيران وأميركا خلال ساعات، مما استدعى قيام تحالف "
        "دولي عربي من اثنتين وثلاثين دولة لاستعادة العراق الذي ضاع لأتفه الأسباب."
    )
    found = _triples(nlp_pipe, text, "2015-08-04")
    assert not _about(found, "المالكي", "إيران")
