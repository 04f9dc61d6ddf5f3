"""Generic Arabic news vocabulary used by the entity, coreference and relation rules.

Only language knowledge lives here (heads of organisation names, titles, function words),
never a name of a particular person or organisation. Every key is a `normalize`d form.
"""

from __future__ import annotations

from kg.text.normalize import normalize


def _norm_map(table: dict[str, str]) -> dict[str, str]:
    return {normalize(k): v for k, v in table.items()}


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


# Head nouns that open an organisation name (bare / construct form), with the ontology class.
ORG_HEADS: dict[str, str] = _norm_map(
    {
        "حزب": "PoliticalParty",
        "حركة": "PoliticalParty",
        "ائتلاف": "PoliticalParty",
        "تيار": "PoliticalParty",
        "تحالف": "PoliticalParty",
        "كتلة": "PoliticalParty",
        "جبهة": "PoliticalParty",
        "هيئة": "Organization",
        "منظمة": "Organization",
        "مكتب": "Organization",
        "جمعية": "Organization",
        "نقابة": "Organization",
        "رابطة": "Organization",
        "اتحاد": "Organization",
        "شركة": "Organization",
        "مؤسسة": "Organization",
        "جامعة": "Organization",
        "بنك": "Organization",
        "مصرف": "Organization",
        "صندوق": "Organization",
        "لجنة": "Organization",
        "مفوضية": "GovernmentOrganization",
        "الأمم": "Organization",
        "مجلس": "GovernmentOrganization",
        "وزارة": "GovernmentOrganization",
        "رئاسة": "GovernmentOrganization",
        "حكومة": "GovernmentOrganization",
        "برلمان": "GovernmentOrganization",
        "محكمة": "GovernmentOrganization",
        "نيابة": "GovernmentOrganization",  # "نيابة أمن الدولة العليا" (not "نيابة عن": on behalf of)
        "سلطة": "GovernmentOrganization",
        "جهاز": "GovernmentOrganization",
        "دائرة": "GovernmentOrganization",
        "فيلق": "ArmedGroup",
        "جيش": "ArmedGroup",
        "قوات": "ArmedGroup",
        "كتائب": "ArmedGroup",
        "وحدات": "ArmedGroup",  # "وحدات حماية الشعب الكردية"
        "ميليشيا": "ArmedGroup",
        "ميليشيات": "ArmedGroup",
        "مليشيا": "ArmedGroup",
        "مليشيات": "ArmedGroup",
        "لواء": "ArmedGroup",
        "ألوية": "ArmedGroup",  # "ألوية العمالقة"
        "جند": "ArmedGroup",  # "جند الأقصى", "جند الشام"
        "سرايا": "ArmedGroup",
        "عصائب": "ArmedGroup",
        "تنظيم": "ArmedGroup",
        "جماعة": "ArmedGroup",
        "الحرس": "ArmedGroup",
        "الجيش": "ArmedGroup",
        "القوات": "ArmedGroup",
        "الشرطة": "GovernmentOrganization",
        "صحيفة": "MediaOrganization",
        "جريدة": "MediaOrganization",
        "قناة": "MediaOrganization",
        "وكالة": "MediaOrganization",
        "إذاعة": "MediaOrganization",
        "تلفزيون": "MediaOrganization",
        "مجلة": "MediaOrganization",
    }
)
# Definite feminine heads that name a body with a feminine adjective ("المحكمة الجنائية الدولية",
# "الجمعية العامة"); before any other word ("قررت المحكمة الإفراج") they are descriptions.
ADJECTIVE_ORG_HEADS: dict[str, str] = _norm_map(
    {
        "المحكمة": "GovernmentOrganization",
        "الجمعية": "Organization",
        "الهيئة": "Organization",
        "المقاومة": "ArmedGroup",  # "المقاومة الشعبية", "المقاومة الوطنية"
    }
)

# Religions, doctrines and communities: a model span of one such word is no organisation.
COMMUNITY_NOUNS = _norm_set(
    "الجهاد الشيعة السنة الإسلام المسلمين المسلمون المسيحيين المسيحيون اليهود الصهيونية العلمانية "
    "الإسلاميين الإسلاميون السلفية السلفيين الصوفية الشيعي السني الأكراد الكرد الدروز العلويين العلويون "
    "التركمان الأقباط الإيزيديين الأيزيديين"
)

# Broken plurals of nationality words: "مسؤولون أتراك" (Turkish officials) names nobody.
DEMONYM_PLURALS = _norm_set(
    "أتراك الأتراك أكراد عرب العرب أفغان الأفغان أرمن الأرمن ألمان الألمان أجانب الأجانب إنجليز الإنجليز "
    "روس الروس فرس الفرس هنود الهنود أمريكان الأمريكان بلوش البلوش يهود"
)

# Plurals of organisation heads: alone they name no body ("قادة الكتل والأحزاب").
ORG_HEAD_PLURALS = _norm_set(
    "الكتل الأحزاب الحركات الجماعات الفصائل المنظمات الهيئات الميليشيات الجمعيات الشركات الوزارات "
    "الائتلافات التيارات الجبهات الاتحادات المؤسسات"
)

# Heads of place names ("مطار بغداد", "المنطقة الخضراء", "محافظة البصرة").
PLACE_HEADS: dict[str, str] = _norm_map(
    {
        "مطار": "Facility",
        "ميناء": "Facility",
        "قاعدة": "Facility",
        "معبر": "Facility",
        "سجن": "Facility",
        "قصر": "Facility",
        "محافظة": "Region",
        "إقليم": "Region",
        "ولاية": "Region",
        "منطقة": "Region",
        "المنطقة": "Region",
        "قضاء": "Region",
        "مديرية": "Region",
        "مديريتي": "Region",  # dual: "مديريتي التحيتا وزبيد"
        "مدينة": "Place",  # "مدينة الحوطة": the name alone is the town (entities._TOWN_HEADS)
        "قطاع": "Region",
        "ناحية": "Region",
        "جزيرة": "Region",
        "مضيق": "Region",
        "مخيم": "Place",
        "قرية": "Place",
        "بلدة": "Place",
        "حي": "Place",
        "محلة": "Place",
        "ساحة": "Facility",
        "ميدان": "Facility",
        "شارع": "Facility",
        "شط": "Region",
        # landforms: "هضبة الجولان", "جبال قنديل" (not وادي / سهل: normalised they are also the verbs
        # وأدى "led to" and سهّل "eased")
        "هضبة": "Region",
        "جبل": "Region",
        "جبال": "Region",
    }
)
# Definite heads that name an organisation only together with a following adjective / nisba
# ("الحكومة العراقية", "الجيش الإسرائيلي"); alone they are descriptions.
DEFINITE_ORG_HEADS: dict[str, str] = _norm_map(
    {
        "الحكومة": "GovernmentOrganization",
        "الجيش": "ArmedGroup",
        "الحرس": "ArmedGroup",
        "القوات": "ArmedGroup",
        "الإدارة": "GovernmentOrganization",
        "الشرطة": "GovernmentOrganization",
        "البرلمان": "GovernmentOrganization",
        "السلطات": "GovernmentOrganization",
        "السلطة": "GovernmentOrganization",
        "الرئاسة": "GovernmentOrganization",
        "المخابرات": "GovernmentOrganization",
        "الاستخبارات": "GovernmentOrganization",
        "البحرية": "ArmedGroup",
        "التحالف": "Organization",
        "الديوان": "GovernmentOrganization",
        "القيادة": "GovernmentOrganization",
        "الهلال": "Organization",  # "الهلال الأحمر الإيراني": with a nationality adjective only
        "السفارة": "GovernmentOrganization",  # "السفارة الأمريكية": with a nationality adjective only
        "القنصلية": "GovernmentOrganization",
        "النيابة": "GovernmentOrganization",  # "النيابة العامة", "النيابة المصرية"
        "الخطوط": "Organization",  # "الخطوط الجوية العراقية"
        "المرصد": "Organization",  # "المرصد السوري لحقوق الإنسان": with a nationality adjective only
        "المنظمة": "Organization",  # "المنظمة الصهيونية الأميركية"
        "الائتلاف": "Organization",  # "الائتلاف الوطني السوري"
        "التيار": "PoliticalParty",  # "التيار الوطني الحر": two adjectives or a nationality
        "القضاء": "GovernmentOrganization",  # "القضاء العراقي" (not قضاء سنجار, a district)
    }
)
# Adjectives of blocs and communities that, like a nationality, make a definite head a name
# ("التحالف العربي", "التحالف الدولي").
# A royal / princely / presidential adjective names a state body the same way ("الديوان الملكي").
BLOC_ADJECTIVES = _norm_set(
    "العربي العربية الدولي الدولية الإسلامي الإسلامية الخليجي الخليجية الملكي الأميري الرئاسي"
)

# Heads that need a name-like complement that is not just "the X"; a bare quoted / unknown word may
# follow ("حركة حماس", "تنظيم داعش", "تحالف "الفتح"").
OPEN_NAME_HEADS = _norm_set(
    "كتلة حزب حركة تحالف ائتلاف تنظيم جماعة تيار جبهة صحيفة جريدة قناة وكالة مجلة شركة"
)
# Stand-alone words that are organisations by themselves in political news.
STANDALONE_ORGS: dict[str, str] = _norm_map(
    {
        "البرلمان": "GovernmentOrganization",
        "الكونغرس": "GovernmentOrganization",
        "الكونجرس": "GovernmentOrganization",
        "الكنيست": "GovernmentOrganization",
        "البنتاغون": "GovernmentOrganization",
        "البنتاجون": "GovernmentOrganization",
    }
)
# Seats of government named for their building, two words ("أعلن البيت الأبيض").
STANDALONE_ORG_PAIRS: dict[tuple[str, str], str] = {
    (normalize("البيت"), normalize("الأبيض")): "GovernmentOrganization",
}
# Legislatures: "البرلمان" alone refers back to the one named in the article.
LEGISLATURE_NAMES = tuple(
    normalize(n)
    for n in (
        "البرلمان",
        "الكونغرس",
        "الكونجرس",
        "الكنيست",
        "مجلس النواب",
        "مجلس الشعب",
        "مجلس الأمة",
        "مجلس الشورى",
        "مجلس العموم",
        "الجمعية الوطنية",
    )
)

# Plural group nouns: "الفصائل المسلحة", "ميليشيات مسلحة" (descriptions of armed groups).
GROUP_NOUNS = _norm_set("فصائل الفصائل جماعات الجماعات ميليشيات الميليشيات مليشيات المليشيات")
GROUP_ADJECTIVES = _norm_set("مسلحة المسلحة الموالية موالية العراقية الشيعية المسلحه")

# Nominal heads that stand for a country when followed by its nisba ("الجانب الأمريكي").
COUNTRY_NOMINAL_HEADS = _norm_set("الجانب النظام الطرف")

# Definite short names of a state ("المملكة" for the one kingdom an article is about): they refer
# to the only country in the article whose full gazetteer name begins with them.
SHORT_COUNTRY_NAMES = _norm_set("المملكة السلطنة")
# "Their / his / her country" (`قال مسؤولون فرنسيون إن بلادهم أرسلت`): the speaker's country.
OWN_COUNTRY_WORDS = _norm_set("بلاده بلادها بلادهم بلادهما بلادنا")

# Titles. Each role word maps to the relation it signals between the holder and what follows.
LEADER_TITLES = _norm_set(
    "رئيس زعيم قائد أمين رئيسة زعيمة قائدة الرئيس الزعيم القائد ملك الملك العاهل أمير الأمير مرشد المرشد "
    "مدير المدير الأمين وزير الوزير محافظ المحافظ وزيرة الوزيرة مديرة المديرة مشرف المشرف ملكة الملكة"
)
# Lineage words inside a person's name ("محمد بن سلمان"): the word after one names the father.
LINEAGE_WORDS = _norm_set("بن ابن بنت")
# Royal titles before which a bare first name is the usual reference (الملك سلمان), also in the names
# of institutions ("مركز الملك سلمان للإغاثة").
ROYAL_TITLES = _norm_set("الملك الأمير السلطان الشيخ")
# Titles joined to their body by على: "المشرف العام على مركز الملك سلمان".
OVER_TITLES = _norm_set("مشرف المشرف")
DEPUTY_TITLES = _norm_set("نائب نائبة مساعد معاون معاونة")
SPOKES_TITLES = _norm_set("المتحدث متحدث الناطق ناطق المتحدثة الناطقة")
MEMBER_TITLES = _norm_set(
    "عضو العضو عضوة قيادي القيادي مسؤول المسؤول مستشار المستشار سفير السفير مبعوث المبعوث سفيرة مستشارة ولي "
    "السفيرة المستشارة المبعوثة مبعوثة مندوب المندوب مندوبة المندوبة مسؤولة المسؤولة قيادية القيادية "
    "مراسل المراسل مراسلة المراسلة محرر المحرر محررة المحررة مفوض المفوض مفوضة المفوضة "
    "منسق المنسق منسقة المنسقة"
)
# Officials who act for a country or body without being members of it, and a paper's correspondents
# and editors: affiliatedWith.
OFFICIAL_TITLES = _norm_set(
    "مسؤول المسؤول مستشار المستشار سفير السفير مبعوث المبعوث سفيرة مستشارة ولي السفيرة المستشارة "
    "المبعوثة مبعوثة مندوب المندوب مندوبة المندوبة مسؤولة المسؤولة مراسل المراسل مراسلة المراسلة محرر "
    "المحرر محررة المحررة مفوض المفوض مفوضة المفوضة منسق المنسق منسقة المنسقة"
)
# Titles that precede a name without saying of what ("الجنرال", "الشيخ").
BARE_TITLES = _norm_set(
    "الجنرال الشيخ السيد السيدة اللواء العميد العقيد الفريق المشير الدكتور د. الأستاذ الحاج الإمام "
    "الرئيس الملك الأمير المرشد الزعيم القائد الوزير النائب السفير العاهل العماد المقدم الرائد النقيب "
    "الملازم نظير نظيره نظيرها نظيريه نظيراه خادم القاضي"
)
# Honorifics that only introduce a name: after a comma they start no other person's office
# ("ولي العهد السعودي، الأمير محمد بن سلمان").
NAME_HONORIFICS = _norm_set(
    "الأمير الملك الشيخ الجنرال السيد الدكتور اللواء العميد الفريق المشير العقيد الإمام"
)
ALL_TITLES = LEADER_TITLES | DEPUTY_TITLES | SPOKES_TITLES | MEMBER_TITLES | BARE_TITLES
# Words that may sit between a title and the name without breaking the apposition.
TITLE_FILLERS = _norm_set(
    "الراحل الراحلة السابق السابقة الحالي الجديد الأسبق المقتول الشهيد المخلوع المنتدب المنتدبة "
    "المكلف المكلفة البارز البارزة الدولي الدولية الخاص الخاصة آنذاك حينذاك حينها وقتها المؤسس "
    "المنتهية ولايته ولايتها"
)
# Head of state / government titles that take a country ("الرئيس الأمريكي", "رئيس النظام السوري").
STATE_LEADER_TITLES = _norm_set(
    "الرئيس رئيس الملك ملك العاهل الأمير أمير المرشد مرشد الزعيم زعيم رئيسة الرئيسة ملكة الملكة"
)

# Words before a place name that make it a location, not an actor ("في طهران", "زيارة موسكو").
PLACE_CUES = _norm_set(
    "في إلى الى من عن نحو داخل خارج قرب حول عبر حتى العاصمة عاصمة مدينة زيارة زار يزور وصل يصل "
    "توجه مطار سفارة شوارع أنحاء وسط ضواحي غادر يغادر مغادرة دخل يدخل "
    # meetings and documents named after the city that hosted them ("اجتماع القاهرة", "إعلان المنامة")
    "اجتماع اجتماعات مؤتمر قمة إعلان اتفاق اتفاقية اتفاقات محادثات مفاوضات جولة مسار"
)

# Linking words of relative / attributive clauses.
PART_OF_WORDS = _norm_set("التابع التابعة التابعين التابعه")
AFFILIATED_WORDS = _norm_set(
    "الموالي الموالية الموالين الموالية موالية موالي موال المدعوم المدعومة المقرب المقربة"
)
LEADER_BY_WORDS = _norm_set("بزعامة بقيادة برئاسة")
# Bodies named after the person who leads them ("حكومة حيدر العبادي", "إدارة أوباما", "نظام الأسد").
LED_BODY_HEADS = _norm_set("حكومة إدارة نظام")
LEADER_REL_VERBS = _norm_set("يترأسه يتزعمه يقوده تترأسه تتزعمه تقوده يرأسه يرأسها يقودها يتزعمها")

# Words that end a name: function words, relative pronouns, temporal words, attributive links.
STOP_WORDS = (
    _norm_set(
        "في من إلى الى عن مع أن إن أنه انه إنه التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك "
        "و أو ثم قد لقد كما بعد قبل خلال عند حتى منذ بين ضد لدى حول نحو دون غير عبر وفق حسب إثر اثر لا لم لن "
        "حيث بينما عندما لكن نفس ذات عدة أكثر أقل أيام أسابيع أشهر سنوات عقود ساعات دقائق "
        "هو هي هم هما كان كانت يوم اليوم أمس الأمس غدا الماضي الماضية المقبل المقبلة الحالي الجاري الأخير "
        "الأخيرة الأول الأولى الثاني الثانية العام السنة الشهر الأسبوع صباح مساء ما ماذا كل بعض جميع أي "
        "أحد إحدى الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت وقال قال قالت أكد أعلن أعلنت"
    )
    | PART_OF_WORDS
    | AFFILIATED_WORDS
)
# "على" (on) normalises like the name "علي": it is told apart by its spelling, see `is_stop`.
ALA = "على"


def is_stop(raw: str, norm: str) -> bool:
    """A function word that ends a name; the preposition "على" only when spelt with alef maqsura."""
    return norm in STOP_WORDS or raw == ALA


# Adjectives common inside organisation names ("الحرس الثوري", "الحشد الشعبي") are allowed by the
# definite-article rule; these definite words are not part of names though.
NOT_NAME_DEFINITE = _norm_set(
    "المسلحة المسلح المختلفة المتعددة الرفيعة المذكور المذكورة المعلنة المعلن المتورطة المتعلقة المستهدف "
    "المستهدفة الرسمي الرسمية الراحل نفسه نفسها ذاته ذاتها "
    # size, position and state: "جامعة الانبار | الواقعة في", "بلدة نبل | المجاورة"
    "الكبيرة الصغيرة الواقع الواقعة المجاور المجاورة المنهار المنهارة الحدودي الحدودية "
    "الساعي الساعية الرامي الرامية الهادف الهادفة"
)
# Words that never start a person name after a title.
NOT_PERSON_START = STOP_WORDS | _norm_set("إن ان الذي التي حيث لكن بل فقط أيضا ايضا أمام وراء")

# Two-word religious honorifics that precede a name ("آية الله علي خامنئي", "حجة الإسلام").
RELIGIOUS_HONORIFICS = frozenset(
    tuple(normalize(w) for w in p.split()) for p in ("آية الله", "حجة الإسلام", "حجة الاسلام")
)

# Descriptive adjectives that follow a name without being part of it ("تنظيم القاعدة الإرهابي").
NAME_DESCRIPTORS = _norm_set("الإرهابي الإرهابية المتطرف المتطرفة الدولي الدولية المسلح")

# Last words of news outlets' names ("فرانس برس", "سكاي نيوز", "واشنطن بوست").
MEDIA_NAME_ENDINGS = _norm_set("برس نيوز تايمز بوست تايم جورنال")
# Kin of the speaker ("my father", "my mother"): quoted speech names no one with them.
KIN_OF_SPEAKER = _norm_set("أبي ابي أمي امي أخي اخي أختي اختي ابني ابنتي زوجي زوجتي جدي جدتي عمي خالي")
# Head nouns whose complement makes an ordinary phrase, not a name: a battlefront ("جبهة الساحل
# الغربي", "جبهة المواجهة"), a flow of people or goods ("حركة النزوح"), a social institution
# ("مؤسسة الزواج").
NOT_NAME_COMPLEMENTS = {
    normalize(head): _norm_set(words)
    for head, words in (
        ("جبهة", "الساحل القتال المواجهة الحرب الداخل الشمال الجنوب الشرق الغرب"),
        ("حركة", "النزوح السير المرور الملاحة النقل السفر التنقل الطيران التجارة الهجرة اللجوء العودة"),
        ("مؤسسة", "الزواج الأسرة العائلة"),
        ("منطقة", "سقوط وقوع تحطم انفجار حادث الحادث"),  # "منطقة سقوط الطائرة": where it fell
        ("ولاية", "الرجل الفقيه الأمر العهد"),  # guardianship, not a state: "نظام ولاية الرجل"
    )
}
# Judgements written after a name that are never part of it ("تنظيم داعش الإرهابي").
EVALUATIVE_DESCRIPTORS = _norm_set(
    "الإرهابي الإرهابية المتطرف المتطرفة المحظور المحظورة الانقلابي الانقلابية المتمرد المتمردة"
)

# Nouns that continue an organisation name after the preposition "ل" ("مجلس التعاون لدول الخليج
# العربية", "المرصد السوري لحقوق الإنسان", "المفوضية السامية لشؤون اللاجئين").
LINKED_NAME_NOUNS = _norm_set("دول شؤون حقوق تحرير مكافحة دعم")
# Causes a body is named for after "لل" ("الهيئة العالمية للتنمية البشرية", "مركز ... للإغاثة").
CAUSE_NOUNS = _norm_set("التنمية الإغاثة الدراسات البحوث الأبحاث السلام")

# Words of speaking: a quoted name they address with "لـ" is the newspaper ("قال لـ«عكاظ»").
SPEECH_WORDS = _norm_set(
    "قال قالت وقال أكد أكدت صرح صرحت أوضح أوضحت كشف كشفت أضاف أضافت حديث تصريح تصريحات تصريحه مصادر مصدر"
)
# Verbs whose subject is the newspaper itself ("علمت «عكاظ»").
MEDIA_SOURCE_VERBS = _norm_set("علمت")

# Second words of compound surnames that follow the name they belong to ("داود أوغلو").
NAME_SUFFIXES = _norm_set("أوغلو اوغلو زاده")

# Apposition heads that make one organisation a branch of another ("الجناح العسكري لحزب ...").
WING_WORDS = _norm_set("الجناح جناح الذراع ذراع الفرع فرع")
# Units of a distance between a place and a direction ("550 كلم جنوب العراق").
DISTANCE_UNITS = _norm_set("كلم كم كيلومتر كيلومترا ميل")
# Words that mark a former office holder (also one deposed: "الرئيس المصري المعزول محمد مرسي").
FORMER_WORDS = _norm_set("السابق السابقة الأسبق الراحل المخلوع المعزول المعزولة")

# Words inside a name after which a title word is part of the name ("إسماعيل ولد الشيخ أحمد").
NAME_LINK_WORDS = _norm_set("ولد بن ابن بنت أبو آل عبد")

# Manner adverbs that follow a name without belonging to it ("... الزياني بشدة").
MANNER_ADVERBS = _norm_set("بشدة بقوة بحزم بحرارة بشكل بصورة جدا أيضا كذلك فورا مجددا مرة")

# Arabic spellings of Latin letter names: quoted sequences of them are acronyms ("بي بي سي").
LATIN_LETTER_NAMES = _norm_set(
    "إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي إيه جيه كيه كي إل ال إم ام إن ان أو او بي كيو آر ار إس اس "
    "تي يو في دبليو إكس اكس واي زد زي"
)

# Words between a title and its object or holder ("رئيس هيئة الأركان", "وزير خارجية إيران").
TITLE_COMPLEMENTS = _norm_set(
    "باسم العام الأعلى الرسمي الوزراء وزراء الحكومة الجمهورية الدولة الخارجية خارجية الدفاع دفاع الداخلية "
    "داخلية المالية مالية العدل الإعلام النفط الاقتصاد الصحة التعليم الأمن الأركان للشؤون لشؤون الشؤون "
    "الحرمين الشريفين عهد العهد العلاقات الإعلامي الإعلامية الأمني الأمنية العسكري العسكرية السياسي "
    "عام الركن التنفيذي التنفيذية القومي"  # "أمين عام حزب الله", "العقيد الركن", "مستشار الأمن القومي"
)

# Compass words between a place and the country it lies in ("حلب شمالي سوريا").
DIRECTIONS = _norm_set("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")

# Adjectives after "المنطقة" that describe a region rather than name it ("المنطقة الحدودية").
REGION_DESCRIPTORS = _norm_set(
    "الوحيدة الوسطى الحدودية المحيطة المجاورة العربية المذكورة الأخرى نفسها ذاتها الآمنة العازلة المحررة"
    " الخاصة"
)


# Quotation marks that open and close a quoted name or phrase.
OPEN_QUOTES = frozenset('"«“„')
CLOSE_QUOTES = frozenset('"»”')
# Stems of the nouns of protesters (المتظاهرين، محتجين): a protest told by its participants.
PROTESTER_STEMS = (normalize("متظاهر"), normalize("محتج"))
# How many sentences back a bare body noun or a pronoun (المليشيات، قائدها) finds the body it takes up.
ANTECEDENT_SENTENCES = 2
