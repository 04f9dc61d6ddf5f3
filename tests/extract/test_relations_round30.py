"""Relations of round 30 (the errors of dev79–dev81), each on a real sentence of the ANT corpus
(citation licence, Chouigui et al. 2021)."""

from __future__ import annotations

from round_helpers import about as _about
from round_helpers import triples as _triples


def test_the_presidents_wife_is_no_leader(nlp_pipe):
    # ANT corpus, SK-middleEast-3753-20181006: "the Egyptian president's wife Intisar Amer al-Sisi
    # received Melania Trump": the name after "زوجة الرئيس" is the wife's
    text = (
        "وكانت زوجة الرئيس المصري انتصار عامر السيسي استقبلت ميلانيا ترامب عند وصولها إلى مطار القاهرة، "
        "وسط إجراءات أمنية مشددة."
    )
    found = _triples(nlp_pipe, text, "2018-10-06")
    assert not _about(found, "انتصار", "مصر")


def test_a_son_named_before_his_kinship_noun_leaves_the_father_his_office(nlp_pipe):
    # ANT corpus, CN-middleEast-1483-20181011: "Jared Kushner, son-in-law and adviser of US President
    # Donald Trump": the adviser (past the kinship noun) is Trump's, and Trump still leads his state
    text = (
        "كشف مصدر مطلع على الاتصال الهاتفي الذي جرى بين ولي العهد السعودي الأمير محمد بن سلمان وجاريد "
        "كوشنر صهر ومستشار الرئيس الأمريكي دونالد ترامب، بشأن الإعلامي السعودي جمال خاشقجي."
    )
    found = _triples(nlp_pipe, text, "2018-10-11")
    assert _about(found, "وجاريد كوشنر", "دونالد ترامب") | _about(found, "جاريد كوشنر", "دونالد ترامب") == {
        "affiliatedWith"
    }
    assert _about(found, "دونالد ترامب", "الولايات المتحدة") == {"leaderOf"}
    # ANT corpus, CN-middleEast-1290-20180907: "Alaa Mubarak, the son of former Egyptian president Hosni
    # Mubarak": the kinship noun follows the son's name, so the name after the title is the president's
    text = (
        "من جديد عاد علاء مبارك، نجل الرئيس المصري الأسبق، حسني مبارك، الخميس، للحديث عن صورة والده التي "
        "تداولها مستخدمون على مواقع التواصل الاجتماعي، الجمعة الماضي."
    )
    found = _triples(nlp_pipe, text, "2018-09-07")
    assert _about(found, "حسني مبارك", "مصر")
    assert not _about(found, "علاء مبارك", "مصر")
    # ANT corpus, CN-middleEast-1185-20180812: "the emir's brother, Sheikh Tamim ...", and "with his
    # father and the former emir of Qatar, Sheikh Hamad": a kinship noun joined to the title by و is the
    # same person
    text = (
        "نشر الشيخ جوعان بن حمد، شقيق أمير قطر، الشيخ تميم بن حمد آل ثاني، صورة تظهر الأخير مع والده وأمير "
        "قطر السابق، الشيخ حمد آل ثاني، وذلك في تغريدة على صفحته بتويتر."
    )
    found = _triples(nlp_pipe, text, "2018-08-12")
    assert _about(found, "تميم بن حمد", "قطر") == {"leaderOf"}
    assert _about(found, "حمد آل ثاني", "قطر")
    assert not _about(found, "جوعان", "قطر")


def test_the_editor_in_chief_heads_the_magazine(nlp_pipe):
    # ANT corpus, FR-middleEast-290-20180415: "the editor-in-chief of the American magazine The Atlantic
    # Jeffrey Goldberg"
    text = (
        'وقال ولي العهد في مقابلة أجراها معه رئيس تحرير مجلة "ذي أتلانتيك" الأمريكية جيفري غولدبرغ إنه '
        'ليس هناك أي "اعتراض ديني" على وجود دولة إسرائيل.'
    )
    found = _triples(nlp_pipe, text, "2018-04-15")
    assert _about(found, "جيفري غولدبرغ", "مجلة") == {"leaderOf"}
    assert not _about(found, "جيفري غولدبرغ", "الولايات المتحدة")


def test_a_writer_at_a_paper_is_affiliated_with_it(nlp_pipe):
    # ANT corpus, CN-middleEast-1447-20181009: "Jamal Khashoggi, who is a writer at the Washington Post"
    text = (
        'واشنطن (CNN)-- قال الرئيس الأمريكي، دونالد ترامب، الإثنين، إنه "قلق" من التقارير التي تحدثت عن '
        'اختفاء الصحفي والإعلامي السعودي جمال خاشقجي، وهو كاتب بصحيفة "واشنطن بوست" الأمريكية.'
    )
    found = _triples(nlp_pipe, text, "2018-10-09")
    assert _about(found, "جمال خاشقجي", "صحيفة") == {"affiliatedWith"}
    assert not _about(found, "دونالد ترامب", "صحيفة")  # the president said it, he does not write there


def test_a_body_that_takes_a_city_as_its_seat_with_fi(nlp_pipe):
    # ANT corpus, FR-middleEast-520-20180523: "the organisation, which has its seat in The Hague"
    # (المنظمة takes up the OPCW named in the sentence before)
    text = (
        "أفادت منظمة حظر الأسلحة الكيميائية الأربعاء أن فلسطين انضمت إلى اتفاقية حظر الأسلحة الكيميائية. "
        'وقالت المنظمة التي تتخذ في لاهاي مقرا لها في بيان إن "دولة فلسطين قدمت وثائق الانضمام إلى '
        'الاتفاقية حول الأسلحة الكيميائية" وتصبح بذلك الدولة الـ193 الموقعة كما قال متحدث باسم المنظمة.'
    )
    found = _triples(nlp_pipe, text, "2018-05-23")
    assert _about(found, "منظمة حظر الأسلحة", "لاهاي") == {"locatedIn"}
    assert not _about(found, "فلسطين", "لاهاي")


def test_a_body_whose_seat_is_in_a_city(nlp_pipe):
    # ANT corpus, FR-middleEast-338-20180421: "the OPCW, whose seat is in the Dutch city of The Hague"
    text = (
        "وتقول منظمة حظر الأسلحة الكيميائية التي يوجد مقرها في مدينة لاهاي الهولندية أن المفتشين يمكنهم "
        '"الحصول على عينات كيميائية وبيئية وطبية" وأخذ إفادات ضحايا وشهود وطواقم طبية وحتى المشاركة في '
        "عمليات تشريح."
    )
    found = _triples(nlp_pipe, text, "2018-04-21")
    assert _about(found, "منظمة حظر الأسلحة", "لاهاي") == {"locatedIn"}
    assert not _about(found, "منظمة حظر الأسلحة", "هولندا")


def test_a_minister_belonging_to_a_party_is_its_member(nlp_pipe):
    # ANT corpus, CN-middleEast-243-20180311: "Hussein al-Hajj Hassan, the Lebanese industry minister,
    # who belongs to Hezbollah"
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)— اتهم حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب "
        "الله، دولا عربية وعلى رأسها المملكة العربية السعودية، على حد تعبيره بمحاولة التدخل في الانتخابات "
        "النيابية المزمع أن يشهدها لبنان في مايو/ أيار المقبل."
    )
    found = _triples(nlp_pipe, text, "2018-03-11")
    assert _about(found, "حسين", "حزب الله") == {"memberOf"}
    assert not _about(found, "حسين", "المملكة العربية السعودية")


def test_a_government_part_of_a_parliament_past_its_names_last_adjective(nlp_pipe):
    # ANT corpus, SK-middleEast-2433-20180617: "the interim Libyan government, which answers to the
    # parliament"
    text = (
        "من جانبها تواجدت الحكومة الليبية المؤقتة التابعة للبرلمان من خلال مندوبين لها ضمن لجنة أزمة "
        "للوقوف على مشاكل المدينة وتذليل الصعوبات في سبيل إعادة الحياة كليا إلى المرافق الحيوية في درنة."
    )
    found = _triples(nlp_pipe, text, "2018-06-17")
    assert _about(found, "الحكومة الليبية", "البرلمان") == {"partOf"}


def test_a_town_named_after_madina_with_a_nationality_adjective(nlp_pipe):
    # ANT corpus, FR-middleEast-290-20180415: "the Arab summit opened in the Saudi city of Dhahran"
    text = (
        "افتتحت القمة العربية أعمالها في مدينة الظهران السعودية الأحد التي يفترض أن تناقش الوضع السوري غداة "
        "الضربات العسكرية الغربية عليها إضافة إلى ملفات إيران واليمن ومستقبل القدس.\n"
        "وتسلمت السعودية من الأردن الرئاسة الدورية للجامعة التي تضم 22 عضوا، ويقول خبراء إنها ستدفع باتجاه "
        "موقف قوي وموحد تجاه إيران، منافستها الرئيسية في الشرق الأوسط."
    )
    found = _triples(nlp_pipe, text, "2018-04-15")
    assert _about(found, "الظهران", "السعودية") == {"locatedIn"}
    assert not _about(found, "القدس", "السعودية")


def test_each_minister_of_a_list_is_of_the_country_before_his_honorific(nlp_pipe):
    # ANT corpus, SK-middleEast-973-20180412: "the foreign ministers, the Egyptian Sameh Shoukry, the Saudi
    # Adel al-Jubeir and the Bahraini Sheikh Khalid bin Ahmed Al Khalifa": the honorific after the adjective
    # opens the name
    text = (
        "وشارك في الاجتماع وزراء الخارجية المصري سامح شكري والسعودي عادل الجبير والبحريني الشيخ خالد بن أحمد "
        "آل خليفة بالإضافة إلى قرقاش وبحضور الأمين العام للجامعة العربية أحمد أبو الغيط."
    )
    found = _triples(nlp_pipe, text, "2018-04-12")
    assert _about(found, "خالد بن أحمد", "البحرين") == {"affiliatedWith"}
    assert not _about(found, "خالد بن أحمد", "المملكة العربية السعودية")
    assert not _about(found, "عادل الجبير", "البحرين")
