"""Relations from appositions and attributive clauses, checked against the seed gold annotation
(shared/data/seed/gold.json) and on SaudiNewsNet sentences (CC BY-NC-SA 4.0)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.extract.coref import build_entities
from kg.extract.entities import add_person_descriptions, find_mentions
from kg.extract.gazetteer import load_gazetteer
from kg.extract.relations import extract_relations, find_roles
from kg.ingest import iter_documents
from kg.model import Document
from kg.text.normalize import normalize
from kg.text.sentences import document_sentences

SHARED = Path(
    os.environ.get("KG_SHARED_DATA", Path(__file__).resolve().parents[2] / ".." / "shared" / "data")
)


def process(doc: Document) -> Document:
    doc.sentences = document_sentences(doc)
    doc.mentions = find_mentions(doc, load_gazetteer())
    add_person_descriptions(doc)
    doc.entities = build_entities(doc)
    doc.relations = extract_relations(doc)
    return doc


def load(rel: str) -> Document:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (set KG_SHARED_DATA)")
    return process(next(d for d in iter_documents([str(path)]) if isinstance(d, Document)))


def triples(doc: Document) -> set[tuple[str, str, str]]:
    return {(doc.entity(r.subject).label_ar, r.type, doc.entity(r.object).label_ar) for r in doc.relations}


def names(doc: Document, key: str) -> set[str]:
    e = doc.entity(key)
    return {normalize(a) for a in e.aliases + [e.label_ar]}


def test_seed_gold_relations_found():
    doc = load("seed/article.jsonl")
    gold = json.loads((SHARED / "seed" / "gold.json").read_text(encoding="utf-8"))
    gold_names = {g["key"]: {normalize(a) for a in g["ar"]} for g in gold["entities"]}
    for g in gold["relations"]:
        if g.get("optional"):
            continue
        hit = [
            r
            for r in doc.relations
            if r.type == g["type"]
            and names(doc, r.subject) & gold_names[g["subject"]]
            and names(doc, r.object) & gold_names[g["object"]]
        ]
        assert hit, f"missing {g}"


def test_no_duplicates_and_evidence_spans():
    doc = load("seed/article.jsonl")
    keys = [(r.subject, r.type, r.object) for r in doc.relations]
    assert len(keys) == len(set(keys))
    for r in doc.relations:
        assert 0 <= r.start < r.end <= len(doc.text) and 0 < r.confidence <= 1
    leader = [
        r for r in doc.relations if r.type == "leaderOf" and doc.entity(r.subject).label_ar == "مصطفى الكاظمي"
    ]
    assert leader and leader[0].role_title == "رئيس الحكومة العراقية"


def test_title_without_name_gives_no_relation():
    doc = load("seed/article.jsonl")
    assert not any(r.type == "spokespersonOf" for r in doc.relations)
    # Beirut and Damascus are never said to be in their countries: no gazetteer-only locatedIn
    assert not any(
        r.type == "locatedIn" and doc.entity(r.subject).label_ar in ("بيروت", "دمشق") for r in doc.relations
    )


def test_prime_minister_leads_the_named_government():
    doc = load("corpora/saudinewsnet/heldout_political_sample/snn_005_aawsat.txt")
    assert ("أحمد داود أوغلو", "leaderOf", "الحكومة التركية") in triples(doc)


def test_apposition_name_before_title():
    # SaudiNewsNet (aawsat): "جورج شترايتر نائب المتحدث باسم الحكومة الألمانية"
    text = "ونقل جورج شترايتر نائب المتحدث باسم الحكومة الألمانية أمس عن ميركل قولها إن العملية مستمرة."
    doc = process(Document(id="t", text=text))
    rels = triples(doc)
    # a deputy spokesman speaks for the government too (deputyOf would make him the government's deputy)
    assert ("جورج شترايتر", "spokespersonOf", "الحكومة الألمانية") in rels


def test_quoted_object_of_a_role_title_and_enclosed_name():
    # ANT corpus (Sky News Arabia, 2018): the quote after "المتحدث باسم" is the organisation, the name
    # between commas is the spokesperson.
    text = 'وذكر المتحدث باسم "الأونروا"، كريس غينيس، أن الوكالة تعتزم تسريح 154 موظفا في الضفة الغربية.'
    doc = process(Document(id="t", text=text))
    types = {e.label_ar: e.coarse for e in doc.entities}
    assert types.get("الأونروا") == "ORG" and types.get("كريس غينيس") == "PER"
    assert ("كريس غينيس", "spokespersonOf", "الأونروا") in triples(doc)


def test_minister_with_nationality_is_affiliated_not_head_of_state():
    # SaudiNewsNet (okaz/aawsat style): a two-word name right after "وزير الخارجية المصري".
    text = 'أكد وزير الخارجية المصري سامح شكري أن صدور "إعلان القاهرة" سيعزز التعاون بين مصر والمملكة.'
    doc = process(Document(id="t", text=text))
    rels = triples(doc)
    assert ("سامح شكري", "affiliatedWith", "مصر") in rels
    assert ("سامح شكري", "leaderOf", "مصر") not in rels


def test_title_chain_gives_the_name_to_the_last_title_only():
    # SaudiNewsNet: the prince is deputy PM and defence minister; he is not "رئيس مجلس الوزراء".
    text = (
        "بحث الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
        "السعودي، مع الرئيس رمضان أحمد قاديروف رئيس الشيشان، في جدة أمس، عددا من المسائل."
    )
    doc = process(Document(id="t", text=text))
    assert not any(
        r.type == "leaderOf" and doc.entity(r.object).label_ar == "مجلس الوزراء" for r in doc.relations
    )


def test_seed_relations_hold_with_the_shipped_model():
    """The trained NER adds its own spans (it may call a person MISC or cut a name short); the
    apposition relations of the seed article must survive that."""
    try:
        from kg.nlp import load

        nlp = load("ar_kg_news")
    except Exception as err:  # the model is optional: the stage works without it
        pytest.skip(f"shipped spaCy model not available: {err}")
    path = SHARED / "seed" / "article.jsonl"
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    doc = next(d for d in iter_documents([str(path)]) if isinstance(d, Document))
    doc.sentences = document_sentences(doc)
    for s, sdoc in zip(
        doc.sentences, nlp.pipe(doc.text[s.start : s.end] for s in doc.sentences), strict=True
    ):
        s.doc = sdoc
    doc.mentions = find_mentions(doc, load_gazetteer())
    add_person_descriptions(doc)
    doc.entities = build_entities(doc)
    doc.relations = extract_relations(doc)
    rels = triples(doc)
    assert ("مصطفى الكاظمي", "leaderOf", "الحكومة العراقية") in rels
    assert ("بشار الأسد", "leaderOf", "سوريا") in rels
    labels = [normalize(e.label_ar) for e in doc.entities]
    assert len(labels) == len(set(labels)), "one name typed two ways must stay one entity"


# ---- dev-set errors (round 2). Sentences: SaudiNewsNet heldout political sample (Alhagri 2015,
# CC BY-NC-SA 4.0), quoted as short credited excerpts.


def rels_of(text: str) -> set[tuple[str, str, str]]:
    return triples(process(Document(id="t", text=text)))


def test_prime_minister_leads_the_country_when_no_government_is_named():
    # SaudiNewsNet (Sabq)
    text = "نُقل يوم الإثنين عن رئيس الوزراء التركي أحمد داود أوغلو قوله إنه ليس لدى تركيا خطط لإرسال قوات."
    assert ("أحمد داود أوغلو", "leaderOf", "تركيا") in rels_of(text)


def test_vice_president_is_deputy_of_the_state_and_secretary_general_leads():
    # SaudiNewsNet (al-Jazirah)
    text = (
        "واستنكر الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبد اللطيف بن راشد الزياني بشدة "
        "تصريحات نائب رئيس الجمهورية العراقي نوري المالكي التي تسيء لعلاقات العراق."
    )
    rels = rels_of(text)
    assert ("عبد اللطيف بن راشد الزياني", "leaderOf", "مجلس التعاون لدول الخليج العربية") in rels
    assert ("نوري المالكي", "deputyOf", "العراق") in rels
    assert ("نوري المالكي", "affiliatedWith", "العراق") not in rels


def test_deputy_prime_minister_of_the_only_government():
    # SaudiNewsNet (al-Riyadh)
    text = (
        "وافق مجلس الوزراء العراقي بالاجماع على الاصلاحات. وقال إن المجلس سيستدعي نائب رئيس الوزراء "
        "بهاء الأعرجي للتحقيق معه."
    )
    assert ("بهاء الأعرجي", "deputyOf", "مجلس الوزراء العراقي") in rels_of(text)


def test_government_led_by_the_person_it_is_named_after():
    # SaudiNewsNet (Asharq al-Awsat)
    text = "شهدت 9 محافظات في وسط وجنوب العراق مظاهرات شارك فيها الآلاف ضد حكومة حيدر العبادي."
    assert ("حيدر العبادي", "leaderOf", "حكومة حيدر العبادي") in rels_of(text)


def test_military_wing_is_part_of_the_party():
    # SaudiNewsNet (al-Yaum)
    text = "وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان القصف التركي."
    assert ("قوات الدفاع الشعبي", "partOf", "حزب العمال الكردستاني") in rels_of(text)


def test_located_in_through_description_distance_and_town():
    # SaudiNewsNet (al-Yaum, Asharq al-Awsat)
    text = "انفجار سيارة مفخخة استهدف قافلة عسكرية في محافظة دياربكر ذات الغالبية الكردية جنوب شرق تركيا."
    assert ("دياربكر", "locatedIn", "تركيا") in rels_of(text)
    assert ("البصرة", "locatedIn", "العراق") in rels_of(
        "في البصرة (550 كلم جنوب العراق) بدا الحراك الشعبي قويا."
    )
    text = "وقال أحد المتظاهرين الذين خرجوا في ساحة الحبوبي بمدينة الناصرية إن المظاهرات ستستمر."
    assert ("ساحة الحبوبي", "locatedIn", "الناصرية") in rels_of(text)


def test_kingdom_refers_to_the_only_kingdom_of_the_article():
    # SaudiNewsNet (Okaz): Saudi Arabia is known only from "والسعودي"
    text = (
        "ويرأس وفد المملكة في الاجتماع وزير الخارجية عادل الجبير. وأعلنت وزارة الخارجية الروسية أن لافروف "
        "سيعقد اجتماعا ثلاثيا مع نظيريه الأمريكي جون كيري والسعودي عادل الجبير."
    )
    doc = process(Document(id="t", text=text))
    kingdom = next(m for m in doc.mentions if m.text == "المملكة")
    assert kingdom.entity and doc.entity(kingdom.entity).links.get("iso3166") == "SA"
    jubeir = next(m.entity for m in doc.mentions if m.text == "عادل الجبير")
    assert any(r.subject == jubeir and r.object == kingdom.entity for r in doc.relations)


def test_kingdom_stays_unresolved_with_two_kingdoms():
    text = "وزار وزير الخارجية الأردني عمان ثم التقى الوزير السعودي. وأكد دعم المملكة."
    doc = process(Document(id="t", text=text))
    assert all(m.entity is None for m in doc.mentions if m.text == "المملكة")


def test_country_led_by_through_honorifics():
    # SaudiNewsNet (al-Watan)
    text = (
        "وعبر ولي العهد عن إيمانه بمحورية دور المملكة العربية السعودية بقيادة خادم الحرمين الشريفين "
        "الملك سلمان بن عبدالعزيز."
    )
    rels = rels_of(text)
    assert any(t == "leaderOf" and o == "المملكة العربية السعودية" and "سلمان" in s for s, t, o in rels)


def rels_with_model(text: str) -> set[tuple[str, str, str]]:
    """Relations with the shipped model's parse and NER (skipped when the model is absent)."""
    try:
        from kg.nlp import load

        nlp = load("ar_kg_news")
    except Exception as err:  # the model is optional: the stage works without it
        pytest.skip(f"shipped spaCy model not available: {err}")
    doc = Document(id="t", text=text)
    doc.sentences = document_sentences(doc)
    for s in doc.sentences:
        s.doc = nlp(doc.text[s.start : s.end])
    doc.mentions = find_mentions(doc, load_gazetteer())
    add_person_descriptions(doc)
    doc.entities = build_entities(doc)
    doc.relations = extract_relations(doc)
    return triples(doc)


def test_envoy_of_an_organisation_named_by_its_adjective():
    # SaudiNewsNet (al-Riyadh); the envoy's name comes from the model
    text = (
        "استقبل وزير خارجية الإمارات الشيخ عبدالله بن زايد آل نهيان المبعوث الأممي إلى اليمن إسماعيل "
        "ولد الشيخ أحمد. واطلع على تطورات جهود الأمم المتحدة في اليمن."
    )
    rels = rels_with_model(text)
    assert any(t == "affiliatedWith" and o == "الأمم المتحدة" and s.startswith("إسماعيل") for s, t, o in rels)
    assert not any(o == "الأمم المتحدة" and s.startswith("عبدالله") for s, t, o in rels)


def test_judge_title_and_spokesperson():
    # SaudiNewsNet (al-Riyadh)
    text = (
        "إلى ذلك، صرح القاضي عبدالستار البيرقدار المتحدث باسم مجلس القضاء الأعلى في العراق بأن المجلس سيجتمع."
    )
    assert ("عبدالستار البيرقدار", "spokespersonOf", "مجلس القضاء الأعلى") in rels_of(text)


# ---- round 3: ANT corpus sentences (Arabic News Texts, BBC Arabic / France 24 / CNN Arabic 2018),
# quoted as short credited excerpts; names come from the shipped spaCy model.


def model_mentions_doc(nlp, text: str) -> Document:
    """A document with the shipped model's parse and NER and the mentions found with them."""
    doc = Document(id="t", text=text)
    doc.sentences = document_sentences(doc)
    for s in doc.sentences:
        s.doc = nlp(doc.text[s.start : s.end])
    doc.mentions = find_mentions(doc, load_gazetteer())
    add_person_descriptions(doc)
    return doc


def model_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = model_mentions_doc(nlp, text)
    doc.entities = build_entities(doc)
    doc.relations = extract_relations(doc)
    return triples(doc)


def test_title_and_name_set_off_by_commas(nlp):
    text = (
        "أغلقت الولايات المتحدة، الجمعة، قنصليتها في مدينة البصرة العراقية. "
        "وأمر وزير الخارجية الأمريكي، مايك بومبيو، بمغادرة جميع الموظفين في القنصلية."
    )
    assert ("مايك بومبيو", "affiliatedWith", "الولايات المتحدة") in model_triples(nlp, text)
    text = (
        "وتصاعد التوتر بين إيران والولايات المتحدة. "
        "رفض الرئيس الإيراني، حسن روحاني، الانتقادات الأمريكية بالتورط في أعمال عنف بالعراق."
    )
    assert ("حسن روحاني", "leaderOf", "إيران") in model_triples(nlp, text)


def test_leader_title_with_a_country_name(nlp):
    text = "قال الأسد إنه يعتزم زيارة زعيم كوريا الشمالية كيم جونغ أون."
    rels = {(s, r, o) for s, r, o in model_triples(nlp, text) if o == "كوريا الشمالية"}
    assert rels and all(r == "leaderOf" for _, r, _ in rels)


def test_seat_of_an_organisation():
    # ANT corpus (BBC Arabic, 2018)
    text = 'وذكرت جماعة "القسط" الحقوقية ومقرها لندن إن الاعتقالات جرت بعد نشر الكتاب.'
    assert ("جماعة القسط", "locatedIn", "لندن") in triples(process(Document(id="t", text=text)))


def test_envoy_is_affiliated_with_the_sending_state_not_the_posting(nlp):
    # ANT corpus (Sky News Arabia, 2018), short excerpt.
    text = (
        "ذكرت السفيرة الأميركية بالأمم المتحدة نيكي هيلي في مقابلة أن الولايات المتحدة ستعلن عن عقوبات "
        "اقتصادية جديدة."
    )
    rels = model_triples(nlp, text)
    assert ("نيكي هيلي", "affiliatedWith", "الولايات المتحدة") in rels
    assert ("نيكي هيلي", "affiliatedWith", "الأمم المتحدة") not in rels


def test_envoy_of_a_state_named_by_its_capital_and_posted_elsewhere(nlp):
    # ANT corpus (France 24, 2018), short excerpt; the first sentence names the country.
    text = (
        "قال الأسد إنه يعتزم زيارة كوريا الشمالية. "
        "وذلك خلال استقباله سفير بيونغ يانغ في دمشق مون جونغ نام الأربعاء."
    )
    rels = model_triples(nlp, text)
    assert any(r == "affiliatedWith" and o == "كوريا الشمالية" and s.startswith("مون") for s, r, o in rels)
    assert not any(o == "دمشق" for _, _, o in rels)


def test_adviser_of_a_person_named_in_the_next_title(nlp):
    # ANT corpus (CNN Arabic, 2018), short excerpt.
    text = 'وقال علي أكبر ولايتي مستشار المرشد الإيراني علي خامنئي إن "الحكومة البريطانية مقصرة".'
    rels = model_triples(nlp, text)
    assert any(s.endswith("ولايتي") and r == "affiliatedWith" and o == "علي خامنئي" for s, r, o in rels)


def test_leader_title_with_ka_refers_to_the_subject():
    # ANT corpus (BBC Arabic, 2018), short excerpt.
    text = (
        'برز الشيخ سفر الحوالي، وهو من مواليد عام 1955، قبل نحو 25 عاما كزعيم لحركة "الصحوة" '
        "التي اتهمت الحكومة."
    )
    rels = triples(process(Document(id="t", text=text)))
    assert any(s.endswith("الحوالي") and r == "leaderOf" and "الصحوة" in o for s, r, o in rels)


def test_media_outlet_after_li_is_the_addressee_not_the_employer():
    # Constructed from the pattern of ANT (BBC Arabic, 2018) sentences such as "قال متحدث رسمي لبي بي سي".
    doc = process(Document(id="t", text="وقال مسؤول أمريكي لبي بي سي إن الهجوم وقع أمس."))
    assert any(e.label_ar == "بي بي سي" for e in doc.entities)
    assert not any(r.object and doc.entity(r.object).label_ar == "بي بي سي" for r in doc.relations)


def test_place_in_a_larger_place_is_located_there(nlp):
    # ANT corpus (BBC Arabic, 2018-10-16 and France 24, 2018-05-17), short excerpts.
    rels = model_triples(
        nlp,
        "وأفادت تقارير بأن سيارتين لجمع القمامة تابعتين لبلدية منطقة بشيكطاش في اسطنبول، خرجتا من حديقة "
        "القنصلية.",
    )
    assert ("بشيكطاش", "locatedIn", "اسطنبول") in rels
    rels = model_triples(
        nlp,
        "وقد التقى الرئيسان الروسي فلاديمير بوتين والسوري بشار الأسد للمرة الأخيرة في 11 كانون الأول/ديسمبر "
        "في قاعدة حميميم الروسية في سوريا عندما أمر بوتين بانسحاب جزئي للوحدات العسكرية الروسية المنتشرة في "
        "هذا البلد.",
    )
    assert ("قاعدة حميميم", "locatedIn", "سوريا") in rels
    # ANT corpus (BBC Arabic, 2018-10-16): a country's consulate in a city puts the country nowhere
    # (the consulate itself lies in the city: see test_a_mission_lies_in_its_city)
    rels = model_triples(
        nlp,
        "ثم يتوجه بومبيو بعد ذلك إلى تركيا، حيث شوهد خاشقجي آخر مرة وهو يدخل القنصلية السعودية في اسطنبول "
        "قبل أسبوعين.",
    )
    assert not any(r == "locatedIn" and s != "القنصلية السعودية" for s, r, _ in rels)
    assert not any(r == "locatedIn" and o != "اسطنبول" for _, r, o in rels)


def test_city_comma_country_and_capital_of(nlp):
    # ANT corpus (CNN Arabic dateline; France 24, 2018-05-17), SaudiNewsNet (Al-Riyadh, 2015-08-02)
    rels = model_triples(nlp, "دبي، الإمارات العربية المتحدة (CNN) – أكد مصدر مسؤول أن الأنباء لا أساس لها.")
    assert ("دبي", "locatedIn", "الإمارات العربية المتحدة") in rels
    rels = model_triples(
        nlp,
        "نقلت وكالة الأنباء السورية الرسمية الخميس عن الرئيس الروسي فلاديمير بوتين قوله خلال لقائه نظيره "
        "السوري الرئيس بشار الأسد في سوتشي، جنوب روسيا، إنه لا بد من سحب "
        '"جميع القوات الأجنبية" من سوريا مع تفعيل العملية السياسية.',
    )
    assert ("سوتشي", "locatedIn", "روسيا") in rels
    rels = model_triples(
        nlp,
        "وفي زيارة لاربيل عاصمة كردستان العراق الأسبوع الماضي وصف وزير الدفاع الأمريكي اشتون كارتر قوات "
        "الأمن في المنطقة الكردية والتي تعرف باسم البشمركة بأنها نموذج للقوة المطلوبة لهزيمة التنظيم "
        "المتطرف.",
    )
    assert any(s == "اربيل" and r == "locatedIn" and "كردستان" in o for s, r, o in rels)
    # ANT corpus (Sky News Arabia, 2018-04-06): "حليفتي دمشق، روسيا": Damascus is not in Russia
    rels = model_triples(nlp, "يتنازل الأمر عن الشرق تماما إلى حليفتي دمشق، روسيا وإيران.")
    assert ("دمشق", "locatedIn", "روسيا") not in rels


def test_prime_minister_of_a_country_named_after_a_comma(nlp):
    # ANT corpus (CNN Arabic, 2018-10-08); "المجر" is Hungary's usual Arabic name
    rels = model_triples(
        nlp, "قال أردوغان في مؤتمر صحفي مع رئيس وزراء المجر، فيكتور أوربان، إن على القنصلية أن تثبت ذلك."
    )
    assert any(r == "leaderOf" and o == "المجر" and "أوربان" in s for s, r, o in rels)
    # ANT corpus (BBC Arabic, 2018-06-29): a word after the comma that is no given name is not skipped
    rels = model_triples(nlp, 'وقال جوزبي كونتي، رئيس وزراء إيطاليا، إن "أوروبا أصبحت أكثر مسؤولية".')
    leaders = {(s, o) for s, r, o in rels if r == "leaderOf"}
    assert leaders == {("جوزبي كونتي", "إيطاليا")}


def test_leader_of_a_region_and_region_named_with_its_country(nlp):
    # SaudiNewsNet (Al-Riyadh, 2015-08-02), headline and three sentences of one article
    rels = model_triples(
        nlp,
        "كردستان العراق يطالب حزب العمال بإخراج قواعده من أراضي الإقليم. "
        "طلبت رئاسة اقليم كردستان العراق أمس السبت من حزب العمال الكردستاني اخراج قواعده من اراضي الإقليم. "
        "وجاء في بيان رئيس اقليم كردستان مسعود برزاني «يجب على قوات حزب العمال الكردستاني ابعاد ساحة الحرب "
        "عن اقليم كردستان». لتفادي وقوع ضحايا مدنيين في الغارات التي يشنها الجيش التركي ضد معاقله في "
        "شمال العراق.",
    )
    assert ("مسعود برزاني", "leaderOf", "كردستان") in {(s, r, o.split()[0]) for s, r, o in rels}
    assert any(r == "locatedIn" and s.startswith("كردستان") and o == "العراق" for s, r, o in rels)
    # a body named with a region ("رئاسة اقليم كردستان العراق") is no place in the country
    assert not any(r == "locatedIn" and s.startswith("رئاسة") for s, r, _ in rels)


def test_officials_listed_after_from_the_side_of_a_country(nlp):
    # ANT corpus (CNN Arabic, 2018-02-28), one sentence and the start of the next
    rels = model_triples(
        nlp,
        "دون تقديم المزيد من التفاصيل حول فحوى الاجتماع الذي حضره من الجانب السعودي الأمير عبدالعزيز بن سعود "
        "وزير الداخلية، ووزير الدولة مساعد بن محمد العيبان، ووزير الخارجية عادل الجبير، والمستشار بالديوان "
        "الملكي نزار بن سليمان العلولا. الحريري كان قد وصل فجر الأربعاء إلى الرياض.",
    )
    saudi = {s for s, r, o in rels if r == "affiliatedWith" and o == "المملكة العربية السعودية"}
    assert {"عبدالعزيز بن سعود", "مساعد بن محمد العيبان", "عادل الجبير"} <= saudi
    assert ("نزار بن سليمان العلولا", "affiliatedWith", "الديوان الملكي") in rels
    # the adviser's own body is named, and the next sentence is no part of the list
    assert "نزار بن سليمان العلولا" not in saudi and "الحريري" not in saudi


def test_monarch_with_two_titles_and_apposition_closed_by_comma(nlp):
    # ANT corpus (BBC Arabic, 2018-10-16), two sentences of one article
    rels = model_triples(
        nlp,
        "يلتقي وزير الخارجية الأمريكي، مايك بومبيو، العاهل السعودي الملك سلمان في الرياض اليوم. وتقول تقارير "
        "غير مؤكدة بثتها وسائل إعلام أمريكية إن السعودية تعد للإقرار بأن خاشقجي توفي.",
    )
    assert ("سلمان", "leaderOf", "السعودية") in rels
    assert not any(s == "مايك بومبيو" and o == "السعودية" for s, _, o in rels)


def test_affiliation_gives_way_to_leadership_of_the_same_country(nlp):
    # ANT corpus (France 24, 2018-05-17), two sentences of one article
    rels = model_triples(
        nlp,
        'قال المتحدث باسم الكرملين ديمتري بيسكوف للصحافيين الخميس "اليوم، أجرى الرئيس بوتين محادثات مع '
        'الرئيس السوري بشار الأسد الذي توجه إلى سوتشي في زيارة عمل". وقد التقى الرئيسان الروسي فلاديمير '
        "بوتين والسوري بشار الأسد للمرة الأخيرة في قاعدة حميميم الروسية في سوريا عندما أمر بوتين "
        "بانسحاب جزئي.",
    )
    assert ("بشار الأسد", "leaderOf", "سوريا") in rels
    assert ("بشار الأسد", "affiliatedWith", "سوريا") not in rels


def test_member_and_officials_with_descriptive_title_words(nlp):
    # ANT corpus (CNN Arabic, 2018-02-28)
    rels = model_triples(
        nlp,
        "وفي لبنان قال النائب عمار حوري، العضو البارز في كتلة تيار المستقبل التي يقودها الحريري، إن زيارة "
        "رئيس الوزراء كانت متوقعة.",
    )
    assert ("عمار حوري", "memberOf", "كتلة تيار المستقبل") in rels
    assert ("الحريري", "memberOf", "كتلة تيار المستقبل") not in rels
    # SaudiNewsNet (Al-Riyadh, 2015-08-02)
    rels = model_triples(
        nlp,
        "وأكد كفاح محمود المستشار الاعلامي في رئاسة الاقليم «نحن نطالب من حزب العمال بإخراج قواعده». "
        "وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح مصطفى قرار حزب العمال "
        "الكردستاني بإنهاء الهدنة.",
    )
    assert ("كفاح محمود", "affiliatedWith", "رئاسة الاقليم") in rels
    assert ("فلاح مصطفى", "affiliatedWith", "حكومة الاقليم") in rels
    # the party the adviser speaks about is not his employer
    assert not any(s == "كفاح محمود" and o.startswith("حزب") for s, _, o in rels)


def test_place_in_a_part_of_a_country(nlp):
    # SaudiNewsNet (al-Madina), short excerpt
    rels = model_triples(
        nlp, "كما تم ضبط كميات من الاسلحة خلال سلسلة عمليات لقوات الامن التونسية في منطقة بنزرت في شمال تونس."
    )
    assert ("بنزرت", "locatedIn", "تونس") in rels
    # the security forces operating there are no place in it
    assert not any(r == "locatedIn" and s.startswith("قوات") for s, r, _ in rels)


def test_head_of_its_political_bureau_leads_the_body_named_before(nlp):
    # SaudiNewsNet (al-Yaum, 2015-08-03)
    rels = model_triples(
        nlp,
        "قال مسؤول من حركة حماس إن وزير الخارجية الروسي سيرجي لافروف اجتمع مع رئيس مكتبها السياسي خالد مشعل "
        "اليوم الاثنين ووجه له الدعوة لزيارة موسكو في خطوة تنم عن الترحيب الدبلوماسي بالحركة الفلسطينية.",
    )
    assert ("خالد مشعل", "leaderOf", "حركة حماس") in rels
    # the minister named between them belongs to no part of the movement
    assert not any(s == "سيرجي لافروف" and o == "حركة حماس" for s, _, o in rels)


def test_a_second_title_right_after_the_first_has_the_same_holder():
    # ANT corpus (CNN Arabic, August 2018), shortened; the first sentence names the country.
    found = rels_of(
        "وصلت إلى السعودية وفود الحجاج. وتابع الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز، وزير "
        "الداخلية السعودي رئيس لجنة الحج العليا، سير العمل في المشاعر المقدسة."
    )
    prince = "عبدالعزيز بن سعود بن نايف بن عبدالعزيز"
    assert (prince, "leaderOf", "لجنة الحج العليا") in found
    # no one else holds the second title
    assert not any(t[1] == "leaderOf" and t[2] == "لجنة الحج العليا" and t[0] != prince for t in found)


def test_a_nationality_title_after_a_comma_and_a_portfolio_make_an_affiliation(nlp):
    # CNN Arabic (ANT corpus, May 2018): name، title + nationality adjective + لشؤون portfolio (the
    # trained NER finds the name)
    text = (
        "لندن، المملكة المتحدة (CNN)— قال اليستر بيرت، وزير الدولة البريطاني لشؤون الشرق الأوسط، إن "
        "بلاده تريد من أمريكا توضيح ما هي الخطوات المقبلة."
    )
    rels = model_triples(nlp, text)
    assert ("اليستر بيرت", "affiliatedWith", "المملكة المتحدة") in rels
    assert not any(obj == "الشرق الأوسط" for _subj, _rel, obj in rels)


def test_a_name_after_a_titles_comma_and_before_a_verb_of_speaking_holds_it(nlp):
    # CNN Arabic (ANT corpus, April 2018): "the French president, Emmanuel Macron, said"
    text = (
        'وكان الرئيس الفرنسي، ايمانويل ماكرون قال في تعليق على الضربات بسوريا: "الخط الأحمر الذي حددته '
        'فرنسا في العام 2017 تم تجاوزه".'
    )
    assert ("ايمانويل ماكرون", "leaderOf", "فرنسا") in model_triples(nlp, text)


def test_a_name_after_a_verb_of_speaking_holds_the_title_after_it():
    # SaudiNewsNet (al-Yaum, August 2015): "Hazem al-Shaalan, the Iraqi defence minister, stated"
    found = rels_of(
        "وسبق أن صرح حازم الشعلان وزير الدفاع العراقي أيام حكومة إياد علاوي أن عملاء لإيران اعتقلوا "
        "لأنهم كانوا يخططون لأعمال إرهابية في العراق."
    )
    assert ("حازم الشعلان", "affiliatedWith", "العراق") in found
    # "استقبل X الرئيس اليمني": without a verb of speaking the name before a title is not its holder
    found = rels_of("استقبل خادم الحرمين الشريفين الرئيس اليمني عبد ربه منصور هادي في اليمن.")
    assert not any(rel == "affiliatedWith" and subj == "خادم الحرمين الشريفين" for subj, rel, _ in found)


def test_a_described_person_with_a_nationality_adjective_belongs_to_that_country(nlp):
    # BBC Arabic (ANT corpus, March 2018): "the Bahraini marriage officiant, Mohammed Jaafar"
    found = model_triples(
        nlp,
        "وتتسم الزيجات المختلطة في البحرين بالسلاسة عادة. ويقول المأذون البحريني، محمد جعفر، إن من ضمن "
        "هذه الشروط تعهد الزوج. ويقول الباحث البحريني باقر النجار ان الزيجات المختلطة لم تتوقف.",
    )
    assert {("محمد جعفر", "affiliatedWith", "البحرين"), ("باقر النجار", "affiliatedWith", "البحرين")} <= found


def test_a_province_seat_and_a_described_town_lie_in_the_larger_place(nlp):
    # SaudiNewsNet (al-Riyadh, July 2015) and France 24 (ANT corpus, March 2018)
    found = model_triples(
        nlp, "وأفادت مصادر أمنية بمقتل 11 مدنيا في أعمال عنف شهدتها مدينة بعقوبة مركز محافظة ديالى."
    )
    assert ("بعقوبة", "locatedIn", "ديالى") in found
    found = rels_of("أطبقت القوات التركية الحصار على مدينة عفرين ذات الغالبية الكردية في شمال سوريا.")
    assert ("عفرين", "locatedIn", "سوريا") in found


def test_a_town_before_an_attached_b_lies_in_the_place_after_it():
    # CNN Arabic (ANT corpus, April 2018)
    found = rels_of("على خلفية الهجوم الكيماوي الأخير في دوما بالغوطة الشرقية لدمشق.")
    assert ("دوما", "locatedIn", "الغوطة الشرقية") in found


def test_a_persons_spokesman_a_bodys_local_head_and_a_town_in_a_named_province(nlp):
    # BBC Arabic (ANT corpus, April 2018): "Ibrahim Kalin, Erdogan's spokesman"; France 24 (February 2018):
    # "the head of the Iranian ambulance authority in the region, Jalal Pouranfar"; "on the outskirts of
    # Semirom in Isfahan province" (the gazetteer knows Isfahan as a city)
    found = model_triples(nlp, "وقال إبراهيم كالين، المتحدث باسم أردوغان، إن المسؤولين يدرسون تلك التقارير.")
    assert ("إبراهيم كالين", "spokespersonOf", "أردوغان") in found
    text = (
        'وقال رئيس هيئة الإسعاف الإيرانية في المنطقة جلال بورانفار لـ"إيسنا" "تم إرسال فرق الانقاذ والإغاثة '
        'إلى المنطقة". قبل أن تسقط في ضواحي سميرم بمحافظة أصفهان.'
    )
    found = model_triples(nlp, text)
    assert ("جلال بورانفار", "leaderOf", "هيئة الإسعاف الإيرانية") in found
    assert ("سميرم", "locatedIn", "أصفهان") in found
    # a city and a city without a province noun: no containment (France 24, February 2018)
    found = model_triples(nlp, "كانت متجهة من طهران إلى ياسوج جنوب غرب البلاد.")
    assert not {t for t in found if t[1] == "locatedIn"}


def test_a_town_named_as_the_seat_of_a_province_named_with_its_unit_noun(nlp):
    # Asharq al-Awsat (SaudiNewsNet, August 2015): "in the city of Ramadi, the seat of Anbar province"
    text = "وفي مدينة الرمادي، مركز محافظة الأنبار، أعلن قائمقام المدينة دلف الكبيسي توغل القوات الأمنية."
    assert ("الرمادي", "locatedIn", "محافظة الأنبار") in model_triples(nlp, text)


def test_a_body_led_by_a_titled_person_and_an_international_envoy(nlp):
    # France 24 (ANT corpus, May 2018): "the Coalition for Democracy and Justice led by the former prime
    # minister of the Kurdistan Region Barham Salih": he leads the coalition, no longer the region
    text = (
        'ومن أبرزها "تحالف الديمقراطية والعدالة" بزعامة رئيس وزراء إقليم كردستان السابق برهم صالح، وهو '
        "تلميذ الرئيس الراحل جلال الطالباني."
    )
    found = model_triples(nlp, text)
    assert any(s.endswith("صالح") and r == "leaderOf" and o.startswith("تحالف") for s, r, o in found)
    assert not any(r == "leaderOf" and o == "كردستان" for _s, r, o in found)
    # BBC Arabic (ANT corpus, August 2018): "the international envoy of the United Nations Nickolay
    # Mladenov"
    text = "تم بجهد قطري وأممي ممثل في المبعوث الدولي للأمم المتحدة نيكولاي ملايدينوف."
    assert ("نيكولاي ملايدينوف", "affiliatedWith", "الأمم المتحدة") in model_triples(nlp, text)


def test_the_head_of_a_unit_in_a_ministry_is_a_member_of_the_ministry(nlp):
    # BBC Arabic (ANT corpus, September 2018): "Marlene Attallah, head of the department for monitoring
    # foreign labour in the Lebanese Ministry of Labour"
    text = (
        "تقول مارلين عطاالله، رئيسة دائرة مراقبة عمل الأجانب في وزارة العمل اللبنانية، إن لبنان اتخذ بعض "
        'التدابير لمنع الاستغلال "ولحماية مصلحة كل من العاملة وصاحب العمل".'
    )
    found = model_triples(nlp, text)
    assert ("مارلين عطاالله", "leaderOf", "دائرة مراقبة عمل الأجانب") in found
    assert any(s == "مارلين عطاالله" and r == "memberOf" and o.startswith("وزارة العمل") for s, r, o in found)
    assert any(s == "دائرة مراقبة عمل الأجانب" and r == "partOf" for s, r, _o in found)


def test_a_front_named_by_its_town_lies_east_of_its_province(nlp):
    # Sky News Arabia (ANT corpus, August 2018): "in a bombardment ... on Sirwah east of Marib
    # province"; "positions of the Houthis ... on the Sirwah front"
    text = (
        "قتل 15 مسلحا من ميليشيا الحوثي الإيرانية وجرح 22 آخرون،في قصف لقوات التحالف العربي على صرواح شرقي "
        'محافظة مأرب اليمنية. وقال مصدر عسكري إن مقاتلات التحالف العربي قصفت مواقع للحوثيين في قرية "علي '
        'ربيع" في جبهة صرواح بالقرب من مركز المديرية"، مكبدةً المليشيات خسائر في العتاد والآليات القتالية '
        "للحوثيين."
    )
    found = model_triples(nlp, text)
    assert ("صرواح", "locatedIn", "مأرب") in found
    assert not any(s.startswith("جبهة") or o.startswith("جبهة") for s, _r, o in found)


def test_a_supervisor_leads_and_a_spokesman_speaks_for_a_quoted_centre(nlp):
    # SaudiNewsNet (al-Jazirah, August 2015): "the general supervisor of the King Salman Centre ... Dr
    # Abdullah al-Rabeeah attended"; "the official spokesman of «the King Salman Centre ...» Mr Rafat
    # al-Sabbagh" (a lam written apart from its noun)
    text = (
        "وشهد المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله الربيعة تدشين "
        "القوافل الإغاثية، بالتزامن مع تدشين عدد من مسؤولي محافظة حضر موت الشرعيين، من بينهم وكيل "
        "المحافظة، ومدير الأمن، ومدير مكتب الشؤون الاجتماعية بالمحافظة، وعدد من وجهاء المحافظة وأعيانها. "
        "وفي تصريح للمتحدث الرسمي لـ «مركز الملك سلمان للإغاثة والأعمال الإنسانية» الأستاذ رأفت الصباغ، "
        "أوضح أن هذه الفعاليات تنطلق وفقًا للتوجيهات الكريمة من خادم الحرمين الشريفين، -أيده الله-؛ حيث "
        "ظل «مركز الملك سلمان للإغاثة والأعمال الإنسانية» يواصل جهودًا مكثفة ومتتالية لدعم الأشقاء "
        "اليمنيين، والوقوف معهم في محنتهم الناجمة عن الظروف التي تعيشها دولة اليمن الشقيقة في الوقت "
        "الراهن؛ وذلك بالتعاون مع الهيئة العالمية للتنمية البشرية، التابعة لرابطة العالم الإسلامي."
    )
    found = model_triples(nlp, text)
    centre = "مركز الملك سلمان للإغاثة والأعمال الإنسانية"
    assert ("عبدالله الربيعة", "leaderOf", centre) in found
    assert ("رأفت الصباغ", "spokespersonOf", centre) in found


# --- round 10: the fifteenth gold set (ANT corpus and SaudiNewsNet articles drawn by seed 20261207) ---


def test_a_counterpart_holds_the_office_of_the_title_before(nlp):
    # Sky News Arabia (ANT corpus, April 2018), two sentences: "the French president Macron and his
    # American counterpart Trump"
    text = (
        'ونفت الولايات المتحدة وفرنسا شن الضربة،\xa0 فيما ذكر المرصد السوري أن "روسيا وإيران و حزب الله '
        'لهم وجود في المطار". وتأتي الضربة بعد أن تعهد الرئيس الفرنسي، إيمانويل ماكرون، ونظيره الأميركي، '
        'دونالد ترامب، الأحد، "بردّ قوي مشترك" على هجوم كيماوي مفترض أسفر عن مقتل العشرات في مدينة دوما، '
        "بحسب البيت الأبيض."
    )
    found = model_triples(nlp, text)
    assert ("دونالد ترامب", "leaderOf", "الولايات المتحدة") in found
    assert ("إيمانويل ماكرون", "leaderOf", "فرنسا") in found


def test_a_rank_and_a_given_name_that_reads_as_a_nationality_after_a_spokesman_title(nlp):
    # France 24 (ANT corpus, April 2018): "the official spokesman of the coalition forces in Yemen,
    # Staff Colonel Turki al-Maliki" (تركي is the given name, not "Turkish")
    text = (
        "وصرح المتحدث الرسمي لقوات التحالف العسكري في اليمن العقيد الركن تركي المالكي أن قوات الدفاع الجوي "
        "السعودية رصدت عملية إطلاق الصاروخ من صعدة في شمال اليمن باتجاه جازان عند الساعة 21,31 ت غ "
        "بالتوقيت المحلي."
    )
    assert ("تركي المالكي", "spokespersonOf", "قوات التحالف العسكري") in model_triples(nlp, text)


def test_a_general_secretary_and_a_movement_named_by_two_adjectives(nlp):
    # SaudiNewsNet (al-Riyadh, July 2015): 'the secretary general of "Hezbollah" Hassan Nasrallah', "the
    # head of the Free Patriotic Movement General Michel Aoun"
    text = (
        'وما لفت في هذا المجال كلام صدر عن أمين عام "حزب الله" حسن نصر الله نفى فيه أي رغبة للحزب بأن '
        "يستقيل سلام لكنّ نصر الله أصرّ على دعم مواقف حليفه رئيس التيار الوطني الحر العماد ميشال عون في "
        'معركته حول الآلية الحكومية داعيا "تيار المستقبل" الى "النزول عن عرشه" والحوار مع عون.'
    )
    found = model_triples(nlp, text)
    assert ("حسن نصر الله", "leaderOf", "حزب الله") in found
    assert ("ميشال عون", "leaderOf", "التيار الوطني الحر") in found


def test_a_crown_prince_who_is_a_prince_is_one_person(nlp):
    # CNN Arabic (ANT corpus, May 2018): "the Saudi crown prince, Prince Mohammed bin Salman"
    text = (
        "ومن المقرر أن تبدأ السعودية في السماح للنساء بقيادة السيارات في 24 يونيو المقبل، وهي الخطوة التي "
        "حظيت بترحيب وإشادة عالمية لدعم حقوق المرأة السعودية، إلا أن الاعتقالات أثارت انتقادات المنظمات "
        "المدافعة عن حقوق الإنسان والمراقبين للإصلاحات التي يجريها ولي العهد السعودي الأمير محمد بن سلمان."
    )
    assert ("محمد بن سلمان", "affiliatedWith", "السعودية") in model_triples(nlp, text)


def test_the_head_of_an_unnamed_section_is_a_member_of_the_body(nlp):
    # CNN Arabic (ANT corpus, May 2018): "Samah Hadid, director of Middle East campaigns at Amnesty"
    text = (
        'وقالت سماح حديد مديرة حملات الشرق الأوسط بمنظمة العفو الدولية، لـCNN، إن "الرسالة السياسية '
        'الأوسع هنا هي أن السلطات تؤكد أنها المسؤولة عن التغيير".'
    )
    found = model_triples(nlp, text)
    assert ("سماح حديد", "memberOf", "منظمة العفو الدولية") in found
    assert not any(r == "leaderOf" for _s, r, _o in found)
    # an ambassador to the UN is posted there, not a section of it (Sky News Arabia, April 2018)
    text = (
        "من ناحية أخرى، ذكرت السفيرة الأميركية بالأمم المتحدة نيكي هيلي في مقابلة مع برنامج واجه الأمة الذي "
        "تبثه شبكة (سي.بي.إس) أن الولايات المتحدة ستعلن عن عقوبات اقتصادية جديدة الاثنين تستهدف شركات "
        '"تتعامل مع المعدات" المتصلة باستخدام الرئيس السوري بشار الأسد المزعوم للأسلحة الكيماوية.'
    )
    found = model_triples(nlp, text)
    assert ("نيكي هيلي", "affiliatedWith", "الولايات المتحدة") in found
    assert not any(r == "memberOf" for _s, r, _o in found)


def test_two_title_phrases_before_one_name_both_are_his(nlp):
    # SaudiNewsNet (al-Madina, July 2015): "the adviser at the Royal Court, the general supervisor of the
    # King Salman Centre, Dr Abdullah Al Rabeeah"
    text = (
        "ورفع المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور "
        "عبدالله بن عبدالعزيز الربيعة الشكر لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ولصاحب "
        "السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية "
        "ولصاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
        "الوزراء وزير الدفاع -حفظهم الله- على ما يقدمونه من خدمات إنسانية جليلة يشهد لها العالم في كافة "
        "المعمورة."
    )
    found = model_triples(nlp, text)
    assert ("عبدالله بن عبدالعزيز الربيعة", "affiliatedWith", "الديوان الملكي") in found
    assert (
        "عبدالله بن عبدالعزيز الربيعة",
        "leaderOf",
        "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
    ) in found


def test_a_deputy_chief_executive_and_a_body_of_standing(nlp):
    # SaudiNewsNet (al-Jazirah, July 2015): "Bandar al-Mohanna, deputy chief executive of the National Air
    # Services company"
    text = (
        "وفلاي دبي شركة طيران غير مدرجة مملوكة بالكامل لحكومة دبي صكوك « ناس»، ووفقاً لمقابلة مع موقع "
        "«زاوية» العام الماضي، كشف بندر المهنا، نائب الرئيس التنفيذي للشركة الوطنية "
        "للخدمات الجوية (مجموعة ناس القابضة)، عن نية المجموعة القيام باكتتاب عام أولي وإدراج أسهمها في السوق "
        "السعودي (تداول) خلال فترة تتراوح ما بين عامين إلى ثلاثة أعوام."
    )
    assert ("بندر المهنا", "deputyOf", "الشركة الوطنية للخدمات الجوية") in model_triples(nlp, text)


# --- round 11: the seventeenth and eighteenth gold sets ---


def test_a_correspondent_and_the_head_of_a_company_named_by_a_verb(nlp):
    # Asharq Al-Awsat (SaudiNewsNet, August 2015): "the lawyer of Jason Rezaian, correspondent of the
    # Washington Post"; the lawyer is no correspondent
    text = (
        "أعلنت ليلى إحسان محامية جيسون رضائيان مراسل صحيفة «واشنطن بوست» أن الجلسة الرابعة لمحاكمة موكلها "
        "ستعقد اليوم."
    )
    found = model_triples(nlp, text)
    assert ("جيسون رضائيان", "affiliatedWith", "صحيفة واشنطن بوست") in found
    assert not [t for t in found if t[0] == "ليلى إحسان"]
    # the same article: "Chris Urmson heads Google Auto LLC"; the model types the full name as a body,
    # the family name alone later as a person
    text = (
        "يترأس كريس أورمسون شركة «غوغل أوتو المحدودة»، وهي الشركة المشرفة على مشروع سيارات «غوغل» ذاتية "
        "القيادة. ولقد تلقى أورمسون هجوما حادا من قبل أكبر شركات السيارات في العالم. ولقد أعلن أورمسون في "
        "المعرض الدولي السنوي للسيارات في شمال أميركا المنعقد في يناير (كانون الثاني) عن إجراء محادثات."
    )
    assert ("كريس أورمسون", "leaderOf", "شركة غوغل أوتو المحدودة") in model_triples(nlp, text)


def test_the_commander_of_a_military_region_and_a_channels_editor(nlp):
    # SaudiNewsNet (al-Watan, August 2015): "the commander of the fourth military region, Major General
    # Ahmed Saif al-Yafei"
    text = (
        'كشف قائد المنطقة العسكرية الرابعة، اللواء أحمد سيف اليافعي، في تصريحات إلى "الوطن" أن المقاومة '
        "اتخذت قرارا بإطلاق سراح 70 من أسرى الحوثيين."
    )
    assert ("أحمد سيف اليافعي", "leaderOf", "المنطقة العسكرية الرابعة") in model_triples(nlp, text)
    # France 24 Arabic (ANT corpus, April 2018): "the international affairs editor at France24"
    text = "يحلل محرر الشؤون الدولية في قناة فرانس24 خالد الغرابلي، خلفيات هذا القرار وتداعياته المحتملة."
    assert ("خالد الغرابلي", "affiliatedWith", "قناة فرانس24") in model_triples(nlp, text)


def model_roles(nlp, text: str) -> list[tuple[str, str | None]]:
    """(title, holder's text) of every title phrase, with the shipped model's parse and NER."""
    doc = model_mentions_doc(nlp, text)
    return [(r.title, doc.mentions[r.holder].text if r.holder is not None else None) for r in find_roles(doc)]


def test_holder_after_then_or_an_honorific(nlp):
    # BBC Arabic (ANT corpus, May 2018): "the then Canadian foreign minister, John Baird, described
    # Soleimani as ..."
    text = 'ووصف وزير الخارجية الكندي آنذاك، جون بيرد، سليماني بأنه "وكيل الإرهاب في المنطقة".'
    assert ("وزير", "جون بيرد") in model_roles(nlp, text)
    # CNN Arabic (ANT corpus, October 2018): "the Saudi crown prince, Prince Mohammed bin Salman"
    text = (
        "وصل وزير الخارجية الأمريكي، مايك بومبيو، إلى القصر الملكي السعودي، الثلاثاء، للقاء ولي العهد "
        "السعودي، الأمير محمد بن سلمان، حول اختفاء الصحفي جمال خاشقجي."
    )
    roles = model_roles(nlp, text)
    assert ("ولي", "محمد بن سلمان") in roles
    assert ("وزير", "مايك بومبيو") in roles


def test_leader_through_an_outgoing_title_and_a_board_of_its_own(nlp):
    # BBC Arabic (ANT corpus, May 2018): "the Victory coalition led by the outgoing prime minister
    # Haider al-Abadi"
    text = (
        'وجاء تحالف "الفتح" في المركز الثاني (47 مقعدا)، يليه ائتلاف "النصر" بزعامة رئيس الوزراء المنتهية '
        "ولايته حيدر العبادي في المركز الثالث (42 مقعدا)."
    )
    assert ("حيدر العبادي", "leaderOf", "ائتلاف النصر") in model_triples(nlp, text)
    # al-Yaum (SaudiNewsNet, July 2015): "Yousef al-Benyan, vice-chairman of its board"
    text = (
        "وبينت «سابك» على لسان يوسف البنيان، نائب رئيس مجلس إدارتها والرئيس التنفيذي بالإنابة، أن الشركة "
        "تنظر إلى الأمور من ناحية الوضع التجاري بين البلدين."
    )
    assert ("يوسف البنيان", "deputyOf", "سابك") in model_triples(nlp, text)


def test_leaders_by_possessive_title_and_state_and_places_that_belong(nlp):
    # BBC Arabic (ANT corpus, May 2018)
    text = (
        "اتهمت إسرائيل فيلق القدس الإيراني، وعلى رأسه قائده الجنرال قاسم سليماني، بإطلاق صواريخ من سوريا "
        "على مواقع إسرائيلية في الجولان. ولد سليماني في مدينة قم في عام 1957 ونشأ في قرية رابور، التابعة "
        "لمحافظة كرمان، جنوب شرقي إيران."
    )
    found = model_triples(nlp, text)
    assert ("قاسم سليماني", "leaderOf", "فيلق القدس الإيراني") in found
    assert ("رابور", "locatedIn", "كرمان") in found
    # al-Jazirah (SaudiNewsNet, August 2015): "the Arab coalition led by the Kingdom of Saudi Arabia"
    text = (
        "وحيَّت وزارة الدفاع اليمنية في بيان هذا «النصر» الذي حققته عزيمة أهل اليمن ضد المتمردين، وأضافت: "
        "«نؤكد لكم عزمنا وإصرارنا ومعنا التحالف العربي بقيادة المملكة العربية السعودية على دعمكم وإسنادكم "
        "في كل جبهات النضال والمقاومة»."
    )
    assert ("المملكة العربية السعودية", "leaderOf", "التحالف العربي") in model_triples(nlp, text)


def test_a_commissioner_is_an_official_of_the_body(nlp):
    # CNN Arabic (ANT corpus, October 2018): "the UN High Commissioner for Human Rights, Michelle Bachelet"
    text = (
        'قالت مفوضة الأمم المتحدة لحقوق الإنسان، ميشيل باشليت إنه "لا ينبغي استخدام الحصانة لعرقلة '
        'التحقيقات" حول "قضية اختفاء" الصحفي والكاتب السعودي، جمال خاشقجي في إسطنبول.'
    )
    found = model_triples(nlp, text)
    assert [o for s, r, o in found if s == "ميشيل باشليت" and r == "affiliatedWith" and o.startswith("الأمم")]


def test_a_title_after_a_preposition_is_another_persons(nlp):
    # BBC Arabic (ANT corpus, March 2018): "the FIFA president met the Iranian president Hassan Rouhani"
    text = (
        'والتقى رئيس الفيفا بالرئيس الإيراني حسن روحاني، الذي طلب منه "التأكيد على عدم حرمان الشعوب من '
        'مشاهدة منافسات كرة القدم على ملاعبها الخاصة".'
    )
    found = model_triples(nlp, text)
    assert not [s for s, r, o in found if s == "حسن روحاني" and o == "الفيفا"]


def test_leader_after_titles_seat_within_capital_of_and_loyal_to(nlp):
    # Sky News Arabia (ANT corpus, September 2018): "the Sairoon alliance led by the cleric Muqtada
    # al-Sadr called for an emergency session"
    text = (
        "في الوقت الذي دعا تحالف سائرون الذي يتزعمه الزعيم الديني مقتدى الصدر إلى عقد جلسة طارئة لمجلس "
        "النواب لبحث الأزمة في البصرة."
    )
    found = model_triples(nlp, text)
    assert [s for s, r, o in found if s.endswith("الصدر") and r == "leaderOf" and o == "تحالف سائرون"]
    # France 24 (ANT corpus, March 2018): a town "lying within" a region, a region's capital, a seat
    text = (
        "أحيا آلاف السكان في مدينة حلبجة الواقعة ضمن إقليم كردستان العراق الجمعة، الذكرى الثلاثين للهجوم "
        "الكيميائي. وأحيت أربيل عاصمة إقليم كردستان الذكرى بالوقوف دقيقة صمت."
    )
    found = model_triples(nlp, text)
    assert [o for s, r, o in found if s == "حلبجة" and r == "locatedIn" and "كردستان" in o]
    assert [o for s, r, o in found if s == "أربيل" and r == "locatedIn" and "كردستان" in o]
    text = (
        "أما شيروان بري، احد رؤساء الهلال الأحمر الكردي ومقره في القامشلي (شمال شرق سوريا) فقال "
        '"تعرضت المدينة لقصف كثيف".'
    )
    assert ("الهلال الأحمر الكردي", "locatedIn", "القامشلي") in model_triples(nlp, text)
    # Okaz (SaudiNewsNet, August 2015): "Jund al-Aqsa, loyal to al-Qaeda"
    text = "والمنتمي لتنظيم إرهابي في سوريا يطلق عليه «جند الأقصى» موال لتنظيم القاعدة الإرهابي."
    assert [o for s, r, o in model_triples(nlp, text) if s == "جند الأقصى" and r == "affiliatedWith"]


def test_director_of_a_body_named_before_by_its_head_noun(nlp_pipe):
    # France 24 (ANT corpus, March 2018): "the director of the Observatory, Rami Abdel Rahman"
    text = (
        "قال المرصد السوري لحقوق الإنسان إن 16 مدنيا على الاقل قتلوا الجمعة في غارة تركية استهدفت مستشفى "
        'مدينة عفرين. وصرح مدير المرصد رامي عبد الرحمن "استهدفت غارة تركية بشكل مباشر المشفى الوحيد".'
    )
    doc = Document(id="t", text=text, published="2018-03-16")
    nlp_pipe(doc)
    label = {e.key: e.label_ar for e in doc.entities}
    found = {(label[r.subject], r.type, label[r.object]) for r in doc.relations}
    assert ("رامي عبد الرحمن", "leaderOf", "المرصد السوري لحقوق الإنسان") in found


def test_a_former_head_of_state_named_by_nationality_is_affiliated(nlp):
    # al-Watan (SaudiNewsNet, July 2015): "under the rule of the former Iraqi president Saddam Hussein"
    text = (
        "وكانت حسيب تمسكت بالبقاء في العراق طوال حكم الرئيس العراقي الأسبق صدام حسين مرورا بسنوات "
        "الحصار."
    )
    found = model_triples(nlp, text)
    assert ("صدام حسين", "affiliatedWith", "العراق") in found
    assert ("صدام حسين", "leaderOf", "العراق") not in found


def test_a_facility_in_a_region(nlp):
    # France 24 (ANT corpus, March 2018): "air traffic resumed at Sulaymaniyah airport in the Kurdistan
    # Region in northern Iraq"
    text = "عادت حركة الملاحة الجوية للعمل في مطار السليمانية في إقليم كردستان بشمال العراق الثلاثاء."
    found = model_triples(nlp, text)
    assert [o for s, r, o in found if s == "مطار السليمانية" and r == "locatedIn" and "كردستان" in o]


def test_a_prince_of_a_kingdom_is_of_it_an_emir_leads(nlp):
    # BBC Arabic (ANT corpus, July 2018): "the release of the Saudi prince Alwaleed bin Talal"
    text = "إطلاق سراح الأمير السعودي الوليد بن طلال بعد تسوية مالية مع السلطات في السعودية."
    found = model_triples(nlp, text)
    assert ("الوليد بن طلال", "affiliatedWith", "السعودية") in found
    assert ("الوليد بن طلال", "leaderOf", "السعودية") not in found


def test_a_state_noun_an_honorific_and_an_apposed_envoy(nlp):
    # BBC Arabic (ANT corpus, February 2018): "the Supreme Leader of the Iranian Republic, Ayatollah Ali
    # Khamenei"
    text = (
        "في خطوة نادرة الحدوث اعتذر المرشد الأعلى للجمهورية الإيرانية آية الله علي خامنئي للشعب. وقال "
        "خامنئي إن في إيران تقدما."
    )
    assert ("علي خامنئي", "leaderOf", "إيران") in model_triples(nlp, text)
    # Sky News Arabia (ANT corpus, July 2018): "a Russian delegation headed by the special Russian envoy
    # to Syria, Alexander Lavrentiev"
    text = (
        "وأكدت المصادر أن ممثلين عن فاعليات درعا اجتمعوا بوفد روسي، يرأسه المبعوث الروسي الخاص إلى سوريا، "
        "ألكسندر لافرنتييف بمدينة بصرى الشام. وتم التوصل لاتفاق مع روسيا."
    )
    assert ("ألكسندر لافرنتييف", "affiliatedWith", "روسيا") in model_triples(nlp, text)


def pipe_triples(nlp_pipe, text: str, published: str = "2018-06-14") -> tuple[Document, set]:
    """Every stage up to relations, the shipped model included, on one text."""
    doc = Document(id="t", text=text, published=published)
    nlp_pipe(doc)
    return doc, triples(doc)


def test_a_state_named_formally_in_a_title(nlp_pipe):
    # Al-Yaum (SaudiNewsNet, July 2015): "the Foreign Minister of the Arab Republic of Egypt, Sameh
    # Shoukry", "the ambassador of the Arab Republic of Egypt to the Kingdom, Afifi Abdelwahab", and
    # "President Abdel Fattah el-Sisi, President of the Arab Republic of Egypt"
    text = (
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- في قصر السلام أمس الأول "
        "وزير الخارجية بجمهورية مصر العربية سامح شكري والوفد المرافق له. ونقل لخادم الحرمين الشريفين "
        "خلال الاستقبال تحيات الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية وتقديره لمواقف المملكة تجاه "
        "مصر وشعبها في مختلف الظروف. وقد حمّل الملك المفدى لوزير الخارجية نقل تحياته لرئيس جمهورية مصر "
        "العربية. وحضر الاستقبال سفير جمهورية مصر العربية لدى المملكة عفيفي عبدالوهاب."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2015-07-25")
    assert ("سامح شكري", "affiliatedWith", "مصر") in found
    assert ("عفيفي عبدالوهاب", "affiliatedWith", "مصر") in found
    assert ("عبدالفتاح السيسي", "leaderOf", "مصر") in found
    # "to the President of the Arab Republic of Egypt" is Sisi's title, not the minister's
    assert ("سامح شكري", "leaderOf", "مصر") not in found


def test_the_deputy_of_a_state_named_formally(nlp_pipe):
    # Al-Riyadh (SaudiNewsNet, July 2015): "statements of Nouri al-Maliki, Vice President of the
    # Republic of Iraq"
    text = (
        "استنكرت مملكة البحرين وبشدة تصريحات نوري المالكي نائب رئيس جمهورية العراق ضد المملكة العربية "
        "السعودية."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2015-07-20")
    assert ("نوري المالكي", "deputyOf", "العراق") in found
    assert ("نوري المالكي", "affiliatedWith", "العراق") not in found


def test_a_head_of_government_named_by_his_countrys_adjective_only(nlp_pipe):
    # Sky News Arabia (ANT corpus, June 2018): "the Jordanian Prime Minister Omar al-Razzaz announced";
    # Jordan itself is never named
    text = "أعلن رئيس الوزراء الأردني عمر الرزاز، الخميس، سحب مشروع القانون المعدّل لضريبة الدخل."
    doc, found = pipe_triples(nlp_pipe, text)
    assert ("عمر الرزاز", "leaderOf", "الأردن") in found
    assert any(e.label_ar == "الأردن" and e.cls == "Country" for e in doc.entities)
    # Okaz (SaudiNewsNet, 2015): a minister's adjective, too, names the country he serves
    text = "يعقد وزير الخارجية الأمريكي جون كيري اجتماعا مع دول مجلس التعاون الخليجي اليوم في الدوحة."
    doc, found = pipe_triples(nlp_pipe, text, "2015-08-03")
    assert ("جون كيري", "affiliatedWith", "الولايات المتحدة") in found
    assert ("جون كيري", "leaderOf", "الولايات المتحدة") not in found
    # Sky News Arabia (ANT corpus, March 2018): a bare title ("the Iranian general") says nothing
    # of an office, so its adjective adds no country
    text = (
        "وبدا هذا ا الأمر جليا بظهور الجنرال الإيراني قاسم سليماني في مناطق عدة في العراق أثناء المعارك "
        "مع داعش، إذ وصفت شخصيات عراقية التغلغل الإيراني في محافظات ديالى وواسط والبصرة الحدودية "
        "بالاحتلال الهادئ."
    )
    doc, _found = pipe_triples(nlp_pipe, text, "2018-03-18")
    assert not any(e.label_ar == "إيران" for e in doc.entities)


def test_a_coalition_named_by_its_head_noun_led_by_a_state(nlp_pipe):
    # France 24 (ANT corpus, July 2018): "the military coalition led by Saudi Arabia in Yemen announced"
    text = (
        "أعلن التحالف العسكري الذي تقوده السعودية في اليمن الأربعاء أن الحوثيين هاجموا ناقلة نفط سعودية "
        "في البحر الأحمر."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-07-25")
    assert ("السعودية", "leaderOf", "التحالف") in found


def test_a_quoted_name_with_a_title_after_its_comma(nlp_pipe):
    # Okaz (SaudiNewsNet, July 2015): "of which «Netanyahu», Prime Minister of Israel, said"
    text = (
        "والذى صادق عليه مجلس الامن الدولي يوم الاثنين الماضي، والذى قال عنه ««نيتنياهو»، رئيس وزراء "
        "اسرائيل: «إنه يمهد للحرب، ويقربها»."
    )
    doc, found = pipe_triples(nlp_pipe, text, "2015-07-26")
    assert ("نيتنياهو", "leaderOf", "اسرائيل") in found
    assert next(e for e in doc.entities if e.label_ar == "نيتنياهو").coarse == "PER"


def test_a_description_named_as_the_next_sentences_speaker(nlp_pipe):
    # BBC Arabic (ANT corpus, July 2018): "according to a warning of the UN envoy. Nickolay Mladenov
    # said ..."
    text = (
        "إسرائيل وحركة حماس في غزة على حافة الانزلاق إلى حرب جديدة، وفق تحذير مبعوث الأمم المتحدة. وقال "
        'نيقولاي ملادينوف إنه يجب "التراجع فورا عن حافة" الحرب.'
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-07-20")
    assert ("نيقولاي ملادينوف", "affiliatedWith", "الأمم المتحدة") in found
    # BBC Arabic (ANT corpus, August 2018): "he met a senior Russian official then. Page said ...": an
    # official is not the next speaker
    text = (
        "ونفى التهم الموجهة له رغم اعترافه بزيارة روسيا عام 2016 التي التقى وقتها بمسؤول روسي كبير. وقال "
        "بيج أثناء التحقيق أنه لم يلتق ترامب في حياته."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-08-28")
    assert not [t for t in found if t[0] == "بيج"]


def test_a_name_told_something_after_a_title_does_not_hold_it(nlp_pipe):
    # France 24 (ANT corpus, April 2018): "the Saudi monarch assured Trump in a phone call"
    text = (
        "وأثار ترامب غضب الفلسطينيين حين أعلن في السادس كانون الأول/ديسمبر الفائت اعترافه بالقدس عاصمة "
        "لإسرائيل ونيته نقل سفارة بلاده إليها في أيار/مايو، ما شكل قطيعة مع نهج دبلوماسي تبنته الولايات "
        "المتحدة طوال عقود.\nوأكد العاهل السعودي لترامب في اتصال هاتفي بداية الشهر الحالي موقف السعودية "
        "المؤيد لمطالب الفلسطينيين."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-04-15")
    assert not [t for t in found if t[0] == "ترامب" and t[1] == "leaderOf"]


def test_one_of_a_bodys_leaders_after_a_name_is_a_member(nlp_pipe):
    # Al Yaum (SaudiNewsNet, July 2015): "the wife of Abu Ali al-Shishani, one of the leaders of the
    # Nusra Front"
    text = (
        "وسمّى السجينات الخمس اللاتي يطالب بهن وبينهن جمانة حميد، وهي لبنانية من عرسال أوقفت في شباط/ "
        "فبراير 2014 بينما كانت تقود سيارة مفخخة، وسجى الدليمي وهي عراقية وزوجة سابقة لزعيم تنظيم داعش "
        "أبي بكر البغدادي، وقد اوقفت في نهاية العام 2014، وعلا العقيلي التي اوقفت في الفترة نفسها وهي "
        "زوجة أبي علي الشيشاني احد قياديي جبهة النصرة."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2015-07-21")
    assert ("أبي علي الشيشاني", "memberOf", "جبهة النصرة") in found
    assert not [t for t in found if t[0] == "علا العقيلي" and t[2] == "جبهة النصرة"]


def test_a_definite_title_whose_country_is_named_only_by_its_adjective(nlp_pipe):
    # BBC Arabic (ANT corpus, April 2018): "the Iranian President, Hassan Rouhani, ... in a phone call
    # with the French President Emmanuel Macron"; France is never named, its adjective follows the
    # definite title directly
    text = (
        "شدد الرئيس الإيراني، حسن روحاني، في اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون، على أن "
        'الاتفاق الذي توصلت إليه بلاده مع القوى الكبرى "غير قابل للتفاوض".'
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-04-29")
    assert ("إيمانويل ماكرون", "leaderOf", "فرنسا") in found
    assert ("حسن روحاني", "leaderOf", "إيران") in found


def test_a_name_apposed_after_a_comma_and_followed_by_a_colon(nlp_pipe):
    # CNN Arabic (ANT corpus, April 2018): "at a press conference with the Israeli Prime Minister,
    # Benjamin Netanyahu: ..."
    text = (
        "وقال بومبيو خلال مؤتمر صحفي جمعه برئيس الوزراء الإسرائيلي، بنيامين نتنياهو: \"نحن فخورون "
        "بافتتاح السفارة الأمريكية بالقدس في الـ14 من مايو/أيار، أي قبل الموعد المتوقع، وتأتي هذه "
        'الخطوة في الذكرى الـ70 لتأسيس إسرائيل".'
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-04-29")
    assert ("بنيامين نتنياهو", "leaderOf", "إسرائيل") in found
    assert ("بومبيو", "leaderOf", "إسرائيل") not in found


def test_a_governor_heads_his_province_and_his_assistant_does_not(nlp_pipe):
    # Sky News Arabia (ANT corpus, May 2018): "the governor of Hodeidah, al-Hassan Taher, said"
    text = (
        "قال محافظ الحديدة الحسن طاهر إن قوات المقاومة التهامية والجنوبية والوطنية اليمنية تواصل تقدمها "
        "نحو الحديدة بخطوات سريعة بإسناد من التحالف العربي وبدعم من دولة الإمارات العربية المتحدة."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-05-27")
    assert ("الحسن طاهر", "leaderOf", "الحديدة") in found
    # Asharq al-Awsat (SaudiNewsNet, August 2015): "the assistant governor of Anbar"
    text = (
        "في السياق نفسه، أكد معاون محافظ الأنبار مهدي صالح النومان، أن تنظيم داعش استمات للسيطرة على سد "
        "حديثة، لكن القوات الأمنية وأبناء العشائر حالوا دون ذلك."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2015-08-09")
    assert not any(s == "مهدي صالح النومان" and r == "leaderOf" for s, r, _o in found)


def test_a_coordinator_of_the_united_nations(nlp_pipe):
    # France 24 (ANT corpus, June 2018): "Lise Grande, the UN coordinator for humanitarian affairs in
    # Yemen"
    text = (
        'وقد صرحت ليز غراندي منسقة الأمم المتحدة للشؤون الإنسانية في اليمن "نرصد مستويات مرتفعة من سوء '
        'التغذية".'
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-06-26")
    assert ("ليز غراندي", "affiliatedWith", "الأمم المتحدة") in found


def test_the_adviser_of_a_head_of_state_is_not_its_head(nlp_pipe):
    # BBC Arabic (ANT corpus, June 2018): "Jared Kushner, the adviser of the American President, met
    # on Thursday with the Egyptian President"
    text = (
        "التقى جاريد كوشنر، مستشار الرئيس الأمريكي الخميس، مع الرئيس المصري عبد الفتاح السيسي في القاهرة "
        'لبحث إحياء عملية السلام بين الفلسطينيين والإسرائيليين وتمهيدا لإعلان ما يسمى بـ "صفقة القرن".\n'
        "وقال البيت الأبيض في بيان إن كوشنر، زوج ابنة الرئيس دونالد ترامب، وجيسون غرينبلات، المبعوث "
        "الأمريكي للسلام في الشرق الأوسط ناقشا مع السيسي تعزيز التعاون بين الولايات المتحدة ومصر والحاجة "
        "إلى تسهيل وصول المساعدات الإنسانية لقطاع غزة."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-06-22")
    assert ("جاريد كوشنر", "affiliatedWith", "الولايات المتحدة") in found
    assert ("جاريد كوشنر", "leaderOf", "الولايات المتحدة") not in found
    assert ("عبد الفتاح السيسي", "leaderOf", "مصر") in found


def test_a_prime_minister_leads_both_his_government_and_his_country(nlp_pipe):
    # BBC Arabic (ANT corpus, May 2018): the headline names "the new Iraqi government", the lead its
    # Prime Minister Haider al-Abadi
    text = (
        "الصدر عقب لقاء العبادي: الحكومة العراقية الجديدة ستشمل الجميع\n\n"
        "قال رئيس الوزراء العراقي حيدر العبادي إنه اتفق مع رجل الدين الشيعي مقتدى الصدر، الذي تصدر تحالفه "
        "نتائج الانتخابات البرلمانية، على أهمية الإسراع بتشكيل حكومة جديدة، مشددا على ضرورة أن \"تستوعب "
        'العملية السياسية الجميع".'
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-05-20")
    assert ("حيدر العبادي", "leaderOf", "العراق") in found
    assert ("حيدر العبادي", "leaderOf", "الحكومة العراقية") in found


def test_women_heads_of_government_and_a_german_chancellor(nlp_pipe):
    # BBC Arabic (ANT corpus, April 2018): "the British Prime Minister Theresa May ... and the German
    # Chancellor Angela Merkel"; neither country is named otherwise
    text = (
        "وناقش كل من رئيسة الوزراء البريطانية تيريزا ماي والرئيس الفرنسي ماكرون والمستشارة الألمانية أنغيلا "
        "ميركل أهمية المحافظة على الاتفاق الراهن في اتصالات هاتفية منفصلة خلال عطلة نهاية الأسبوع ."
    )
    _doc, found = pipe_triples(nlp_pipe, text, "2018-04-29")
    assert ("تيريزا ماي", "leaderOf", "المملكة المتحدة") in found
    assert ("أنغيلا ميركل", "leaderOf", "ألمانيا") in found
    assert ("ماكرون", "leaderOf", "فرنسا") in found


def test_a_body_that_takes_a_place_as_its_seat_lies_there():
    # BBC Arabic (ANT corpus, March 2018): "the Syrian Observatory for Human Rights, which takes Britain
    # as its seat"
    text = (
        "وقال المرصد السوري لحقوق الإنسان، الذي يتخذ من بريطانيا مقرا له، إنهما أول مدنيين يغادران الغوطة "
        "الشرقية منذ بدء ساعات التهدئة اليومية."
    )
    assert ("المرصد السوري لحقوق الإنسان", "locatedIn", "بريطانيا") in rels_of(text)


def test_an_ambassador_is_of_his_nationality_not_of_his_posting(nlp_pipe):
    # France 24 Arabic (ANT corpus, June 2018): "the US ambassador to Germany, Richard Grenell"
    text = (
        'وكشف نتانياهو الاثنين بعد لقائه ميركل أنه ينوي إجراء لقاء "مقتضب" مع السفير الأمريكي في ألمانيا '
        "ريتشارد غرينل، بناء على طلب الأخير."
    )
    doc = Document(id="t", text=text, published="2018-06-04")
    nlp_pipe(doc)
    found = triples(doc)
    assert ("ريتشارد غرينل", "affiliatedWith", "الولايات المتحدة") in found
    assert ("ريتشارد غرينل", "affiliatedWith", "ألمانيا") not in found


def test_a_bare_centre_refers_to_the_centre_named_before(nlp_pipe):
    # al-Watan (SaudiNewsNet, August 2015): "a relief team from the King Salman Centre ... The centre's
    # spokesman, Raafat al-Sabbagh, said"
    text = (
        "في استمرار لإنفاذ توجيهات خادم الحرمين الشريفين بمواصلة تقديم كل ما يلزم للتخفيف عن الأشقاء "
        "اليمنيين، ومساعدة المدنيين الذين تأثروا باعتداءات المتمردين الحوثيين، وصلت أمس إلى مطار عدن الدولي "
        "الطائرة الإغاثية السعودية الرابعة، وهي تحمل على متنها عشرة أطنان من المستلزمات الطبية الخاصة بمرضى "
        "الفشل الكلوي، يرافقها فريق إغاثي من مركز الملك سلمان للإغاثة والأعمال الإنسانية، وفريق من منظمة "
        "أطباء بلا حدود.وأوضح المتحدث باسم المركز، رأفت الصباغ، أن هذه الرحلة مخصصة لنقل مواد، ومستلزمات، "
        "وأدوية، ومحاليل طبية للمرضى المحتاجين لغسيل كلوي، تأتي ضمن برنامج خصص لذلك، مشيرًا إلى أن الجسر "
        "الإغاثي مستمر ضمن خطط وبرامج أعدت بالتنسيق مع اللجنة العليا للإغاثة، التابعة للحكومة الشرعية "
        "اليمنية، وخلية الإجلاء والعمليات الإنسانية بوزارة الدفاع، بإشراف ومتابعة مباشرة من المشرف العام على "
        "المركز الدكتور عبدالله الربيعة."
    )
    doc = Document(id="t", text=text, published="2015-08-01")
    nlp_pipe(doc)
    assert ("رأفت الصباغ", "spokespersonOf", "مركز الملك سلمان للإغاثة والأعمال الإنسانية") in triples(doc)


def test_its_spokesman_and_a_direction_after_ba(nlp_pipe):
    # CNN Arabic (ANT corpus, August 2018): "the Israeli army announced ..., according to the account of
    # its spokesman Avichay Adraee"
    text = (
        'دبي، الإمارات العربية المتحدة (CNN)-- أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال 21 فلسطينيا في الضفة '
        'الغربية، فضلا عن "إحباط صفقة أسلحة في منطقة الخليل"، حسبماء جاء في حساب الناطق باسمه أفيخاي أدرعي، '
        'عبر موقع التواصل الاجتماعي "تويتر".'
    )
    doc = Document(id="t", text=text, published="2018-08-14")
    nlp_pipe(doc)
    assert ("أفيخاي أدرعي", "spokespersonOf", "الجيش الإسرائيلي") in triples(doc)
    # al-Yaum (SaudiNewsNet, August 2015): "the town of Midyat in Mardin province in south-eastern Turkey"
    text = (
        "وفي حادثة منفصلة نسبت ايضا الى حزب العمال الكردستاني، قتل جندي تركي وجرح سبعة آخرون في ساعة مبكرة "
        "الاحد عندما انفجر لغم ارضي بينما كانت قافلة عسكرية تمر على طريق في مدينة مديات بمحافظة ماردين بجنوب "
        "شرق تركيا، بحسب وكالة انباء الاناضول."
    )
    doc = Document(id="t", text=text, published="2015-08-02")
    nlp_pipe(doc)
    assert ("ماردين", "locatedIn", "تركيا") in triples(doc)


def test_a_title_behind_a_preposition_is_another_persons_and_a_purpose_ends_a_bodys_name(nlp_pipe):
    # CNN Arabic (ANT corpus, August 2018): "in a letter from al-Mouallimi to the president of the Security
    # Council": the envoy does not lead the Council
    text = (
        "قال عبدالله المعلمي، مندوب المملكة العربية السعودية في مجلس الأمن، إن التقاعس الدولي سمح لإيران "
        "بتزويد الحوثي بأسلحة متقدمة تستخدم ضد بلاده. جاء ذلك في رسالة للمعلمي لرئيس مجلس الأمن الدولي، وقال "
        'فيها: "المملكة العربية السعودية تلاحظ مع الأسف أن تقاعس مجلس الأمن".'
    )
    doc = Document(id="t", text=text, published="2018-08-12")
    nlp_pipe(doc)
    found = triples(doc)
    assert ("عبدالله المعلمي", "affiliatedWith", "المملكة العربية السعودية") in found
    assert not [t for t in found if t[0] == "عبدالله المعلمي" and t[1] == "leaderOf"]
    # Sky News Arabia (ANT corpus, April 2018): "the director general of the General Civil Aviation
    # Authority, Saif al-Suwaidi"; the authority's name runs to its purpose (للطيران المدني)
    text = (
        "وأكد مدير عام الهيئة العامة للطيران المدني، سيف السويدي، أن الإمارات تقدمت بشكوى تفصيلية ضمن المادة "
        '"n54" من اتفاقية شيكاغو.'
    )
    doc = Document(id="t", text=text, published="2018-04-02")
    nlp_pipe(doc)
    assert ("سيف السويدي", "leaderOf", "الهيئة العامة للطيران المدني") in triples(doc)


def test_a_city_in_the_region_named_after_it(nlp_pipe):
    # BBC Arabic (ANT corpus, April 2018): "a chemical attack in the city of Douma in Eastern Ghouta"
    text = (
        "وتحدث بوتين إلى نظيره الإيراني حسن روحاني هاتفيا لبحث الوضع في سوريا بعد أن وجهت الولايات المتحدة "
        "وبريطانيا وفرنسا ضربات صاروخية على سوريا للاشتباه في شن القوات الحكومية هجوما بأسلحة كيميائية في "
        "مدينة دوما في الغوطة الشرقية."
    )
    doc = Document(id="t", text=text, published="2018-04-15")
    nlp_pipe(doc)
    assert ("دوما", "locatedIn", "الغوطة الشرقية") in triples(doc)


def test_an_adviser_of_national_security_and_an_ambassador_named_after_his_posting(nlp_pipe):
    # CNN Arabic (ANT corpus, September 2018): "John Bolton, the US national security adviser"
    text = (
        "قال حزب الله اللبناني، إن التصريحات التي أدلى بها جون بولتن، مستشار الأمن القومي الأمريكي، تظهر "
        "حقيقة أن أمريكا لا تديرها سوى عصابة تدير العالم وفقا لأهوائها."
    )
    doc = Document(id="t", text=text, published="2018-09-12")
    nlp_pipe(doc)
    assert ("جون بولتن", "affiliatedWith", "أمريكا") in triples(doc)
    # CNN Arabic (ANT corpus, August 2018): "the Saudi ambassador to the United States, Prince Khalid bin
    # Salman": the posting, then the name behind its honorific
    text = (
        'قال السفير السعودي في الولايات المتحدة، الأمير خالد بن سلمان، إن "المملكة لن تسمح للحوثي أن يصبح '
        'حزب الله آخر"، في إشارة إلى الصراع الدائر في اليمن، ودور بلاده في قيادة التحالف العربي لمواجهة '
        "الحوثيين."
    )
    doc = Document(id="t", text=text, published="2018-08-17")
    nlp_pipe(doc)
    found = triples(doc)
    assert ("خالد بن سلمان", "affiliatedWith", "المملكة العربية السعودية") in found
    assert not [t for t in found if t[0] == "خالد بن سلمان" and t[2] == "الولايات المتحدة"]
    # France 24 (ANT corpus, April 2018): a body after the posting's في is where he serves, not after the
    # nationality adjective ("the Russian ambassador to the United Nations, Vassily Nebenzia")
    text = (
        "قال السفير الروسي في الأمم المتحدة فاسيلي نيبينزيا خلال جلسة طارئة لمجلس الأمن الدولي حول سوريا "
        '"ندعو الغربيين إلى التخلي عن خطاب الحرب"، مؤكدا إنه "لم يقع هجوم كيميائي" في دوما السبت '
        'و"ما من أدلة" على '
        "حصول مثل هكذا هجوم."
    )
    doc = Document(id="t", text=text, published="2018-04-10")
    nlp_pipe(doc)
    assert ("فاسيلي نيبينزيا", "affiliatedWith", "الأمم المتحدة") in triples(doc)


def test_a_founding_member_is_a_member_and_a_dual_title_has_two_holders(nlp_pipe):
    # BBC Arabic (ANT corpus, October 2018): "Ahmed Saqr, founding member of the Justice Party"
    text = (
        "ويقول أحمد صقر، العضو المؤسس لحزب العدل والمساعد السابق لرئيس جهاز تنمية سيناء عن عشماوي :\" كان "
        "ضابطًا نابهًا يحل فى المقدمة دائمًا، بدءًا من فرقة الصاعقة الأساسية فى الكلية الحربية حتى فرق "
        'التدريب الاحترافي في الولايات المتحدة الأمريكية، بشهادة زملائه عن نبوغه".'
    )
    doc = Document(id="t", text=text, published="2018-10-09")
    nlp_pipe(doc)
    assert ("أحمد صقر", "memberOf", "حزب العدل") in triples(doc)
    # CNN Arabic (ANT corpus, August 2018): "a phone call that brought together the two presidents, the
    # Egyptian Abdel Fattah al-Sisi and the French Emmanuel Macron": a dual title, one holder per adjective
    text = (
        "3 ملفات تصدرت مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون، الخميس، "
        "حسبما أعلنت الرئاسة المصرية في بيانها."
    )
    doc = Document(id="t", text=text, published="2018-08-17")
    nlp_pipe(doc)
    found = triples(doc)
    assert ("عبدالفتاح السيسي", "leaderOf", "مصر") in found
    assert ("إيمانويل ماكرون", "leaderOf", "فرنسا") in found


def test_a_head_of_state_set_off_by_one_comma_before_the_verbs_object(nlp_pipe):
    # Sky News Arabia (ANT corpus, August 2018): "the Sudanese president, Omar al-Bashir, opened the seat of
    # the committee": a full name after the title's comma, then the verb's object, holds the title
    text = (
        "أفادت وسائل إعلام محلية، الأحد، بأن مجلس شورى حزب المؤتمر الوطني الحاكم في السودان، يدرس تجميد "
        "عضوية منسوبيه الموقوفين، أو من يتم إيقافهم على ذمة قضايا فساد، ضمن الحملة التي أطلقها الرئيس "
        'السوداني لمحاربة الفساد ومطاردة "القطط السمان".\n'
        "وفي أواخر يوليو الماضي، افتتح الرئيس السوداني، عمر البشير مقر لجنة التحقيقات في قضايا الفساد، "
        "وذلك ضمن حملة أطلقها في وقت سابق، تتعلق بمحاصرة الفساد، ومواجهة متلاعبين بالاقتصاد الوطني وسارقي "
        "أموال الشعب السوداني."
    )
    doc = Document(id="t", text=text, published="2018-08-12")
    nlp_pipe(doc)
    assert ("عمر البشير", "leaderOf", "السودان") in triples(doc)
    # Seed article (Al-Khaleej Al-Jadeed, November 2020): a name in quotes after the comma, then a
    # preposition, is the verb's object ("the Iranian general urged Kadhimi to ...")
    text = (
        'وعقب ذلك، التقى "قاآني" في اجتماع مغلق، مع "الكاظمي"، بحضور شخصيات مقربة من إيران.\n\n'
        'وخلال اللقاء، حث الجنرال الإيراني، "الكاظمي" على الالتزام بتعهدات سابقة للبرلمان والقوى السياسية '
        "بشأن إنهاء الوجود الأمريكي في العراق."
    )
    doc = Document(id="t", text=text, published="2020-11-21")
    nlp_pipe(doc)
    assert not [t for t in triples(doc) if "الكاظمي" in t[0] and t[2] == "إيران"]


def test_a_spokesman_whose_given_name_the_model_cut_off(nlp_pipe):
    # SaudiNewsNet (alwatan, August 2015): "the spokesman of the international organisation, Ahmed Fawzi,
    # said that the UN envoy to Yemen Ismail Ould Cheikh Ahmed ...": the model splits "أحمد | فوزي"; the
    # spokesman is Fawzi, not the envoy whose name ends in "أحمد" too
    text = (
        "وكانت الأمم المتحدة قد أشارت أول من أمس إلى أن فرص التوصل إلى حلول نهائية، تضع حدا للأزمة باتت "
        "أكثر من ذي قبل، وقال المتحدث باسم المنظمة الدولية، أحمد فوزي، إن المبعوث الدولي إلى اليمن إسماعيل "
        "ولد الشيخ أحمد، جدد دعوته لوقف إطلاق النار، وفقا لخطة تتضمن انسحاب الحوثيين من المدن الرئيسية "
        "لتفسح المجال أمام عودة حكومة الرئيس عبدربه منصور هادي."
    )
    doc = Document(id="t", text=text, published="2015-08-06")
    nlp_pipe(doc)
    spokes = {(s, o) for s, r, o in triples(doc) if r == "spokespersonOf"}
    assert any("فوزي" in s for s, _o in spokes)
    assert not [s for s, _o in spokes if "إسماعيل" in s]


def test_the_spokesman_of_the_forces_of_a_coalition(nlp_pipe):
    # CNN Arabic (ANT corpus, March 2018): "Colonel Turki al-Maliki, spokesman of the forces of the
    # 'Support of Legitimacy' coalition in Yemen": the forces' noun before the coalition's quoted name
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)— استعرض العقيد الركن، تركي المالكي، المتحدث باسم قوات تحالف "
        '"دعم الشرعية" في اليمن، الاثنين، صواريخا قال إن إيران هربتها إلى جماعة الحوثي في اليمن، داعيا '
        "المجتمع الدولي لمحاسبة طهران لانتهاكها قرارات مجلس الأمن ومنها القرارين (2231 - 2216) وانتهاكها "
        "لأحكام ومبادئ القانون الدولي."
    )
    doc = Document(id="t", text=text, published="2018-03-26")
    nlp_pipe(doc)
    spokes = [(s, o) for s, r, o in triples(doc) if r == "spokespersonOf"]
    assert [(s, o) for s, o in spokes if "المالكي" in s and "دعم الشرعية" in o]
    assert not [o for _s, o in spokes if o in ("اليمن", "إيران")]


def test_a_deposed_president_is_of_his_country_not_its_leader(nlp_pipe):
    # BBC Arabic (ANT corpus, April 2018): "supporters of the deposed Egyptian president Mohamed Morsi"
    text = (
        'وكان شوكان يعمل لحساب وكالة "ديموتيكس" البريطانية عندما تم توقيفه في 14 أغسطس/آب 2013 أثناء تغطيته '
        "فض اعتصام أنصار الرئيس المصري المعزول محمد مرسي في محيط مسجد رابعة العدوية شرقي القاهرة."
    )
    doc = Document(id="t", text=text, published="2018-04-23")
    nlp_pipe(doc)
    found = triples(doc)
    assert [t for t in found if "محمد مرسي" in t[0] and t[1:] == ("affiliatedWith", "مصر")]
    assert not [t for t in found if "محمد مرسي" in t[0] and t[1] == "leaderOf"]


def test_the_spokesman_named_after_the_body_he_speaks_for(nlp_pipe):
    # BBC Arabic (ANT corpus, April 2018): "a statement of the ministry's spokesman ... The spokesman Ahmed
    # Abu Zeid said": the bare title with a name takes the body of the spokesman of the sentence before
    text = (
        "ونشر موقع وزارة الخارجية المصرية يوم الأحد 21 ابريل/ نيسان تصريحا للمتحدث باسم الوزارة ندد فيها "
        "باعتزام اليونسكو منح شوكان هذه الجائزة.\n"
        'وقال المتحدث أحمد أبو زيد إن شوكان "متهم بارتكاب أعمال إرهابية وجرائم جنائية، منها جرائم القتل '
        "العمد والشروع في القتل والتعدي على رجال الشرطة والمواطنين وإحراق وإتلاف الممتلكات العامة "
        'والخاصة".'
    )
    doc = Document(id="t", text=text, published="2018-04-23")
    nlp_pipe(doc)
    assert ("أحمد أبو زيد", "spokespersonOf", "وزارة الخارجية المصرية") in triples(doc)
    # a bare "المتحدث" with no spokesman of a body in the sentence before speaks for nobody named
    text = (
        'وقال المتحدث أحمد أبو زيد إن شوكان "متهم بارتكاب أعمال إرهابية وجرائم جنائية، منها جرائم القتل '
        "العمد والشروع في القتل والتعدي على رجال الشرطة والمواطنين وإحراق وإتلاف الممتلكات العامة "
        'والخاصة".'
    )
    doc = Document(id="t", text=text, published="2018-04-23")
    nlp_pipe(doc)
    assert not [t for t in triples(doc) if t[1] == "spokespersonOf"]


def test_a_square_in_the_centre_of_the_capital(nlp_pipe):
    # BBC Arabic (ANT corpus, July 2018): "protest marches in Tahrir Square in the centre of the capital
    # Baghdad and in other cities like Nasiriyah": وسط says the square lies in the city
    text = (
        "وفي غضون ذلك تواصلت المظاهرات المطالبة بالاصلاح ومحاسبة الفاسدين في عدد من المدن العراقية، التي "
        "شهدت الجمعة خروج المئات في مسيرات احتجاجية في ساحة التحرير وسط العاصمة بغداد وفي مدن أخرى كالناصرية "
        "والنجف وكربلاء والعمارة."
    )
    doc = Document(id="t", text=text, published="2018-07-27")
    nlp_pipe(doc)
    found = triples(doc)
    assert ("ساحة التحرير", "locatedIn", "بغداد") in found
    assert not [t for t in found if t[0] == "بغداد" and t[1] == "locatedIn" and t[2] != "العراق"]


def _pipe_triples(nlp_pipe, text: str, published: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, published=published)
    nlp_pipe(doc)
    return triples(doc)


def test_a_representative_in_a_council_is_of_his_country(nlp_pipe):
    # France 24 (ANT corpus, May 2018): "the representative of the United States in the council, Theodore
    # Allegra": ممثل acts for the country, like مندوب; "في المجلس" names the body he sits in
    text = (
        'ورأى ممثل الولايات المتحدة في المجلس ثيودور أليغرا أن الجلسة الأممية "منحازة بشكل صارخ وتتجاهل '
        'المذنب الحقيقي المسؤول عن اندلاع أعمال العنف التي وقعت مؤخرا، وهي منظمة حماس الإرهابية".'
    )
    found = _pipe_triples(nlp_pipe, text, "2018-05-18")
    assert ("ثيودور أليغرا", "affiliatedWith", "الولايات المتحدة") in found
    assert not [t for t in found if t[0] == "ثيودور أليغرا" and t[1] == "leaderOf"]


def test_the_spokesman_of_a_secretary_general_speaks_for_the_body(nlp_pipe):
    # Sky News Arabia (ANT corpus, May 2018): "the official spokesman of the Secretary-General of the Arab
    # League, Mahmoud Afifi": the leader's title after باسم is whom he speaks for, not his own office
    text = (
        "أعرب المتحدث الرسمي باسم الأمين العام لجامعة الدول العربية محمود عفيفي عن تضامن الجامعة مع "
        "المملكة المغربية في قرارها قطع علاقاتها مع إيران لما تمارسه الأخيرة من تدخلات خطيرة ومرفوضة في "
        "الشؤون الداخلية للمملكة المغربية، واصفاً أي تدخلات إيرانية في شؤون الدول العربية بالمرفوضة "
        "والمدانة."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-05-02")
    assert ("محمود عفيفي", "spokespersonOf", "جامعة الدول العربية") in found
    assert ("محمود عفيفي", "leaderOf", "جامعة الدول العربية") not in found


def test_a_journalist_who_joined_a_paper_is_of_it(nlp_pipe):
    # Asharq al-Awsat (SaudiNewsNet, August 2015): "the colleague Aidarous Abdelaziz joined Asharq
    # Al-Awsat in 2001"; "... then joined Asharq Al-Awsat in 2003" in a sentence about bin Kami alone
    text = (
        "يذكر أن الزميل عيدروس عبد العزيز التحق بصحيفة «الشرق الأوسط»، في عام 2001، وتولى مسؤولية كثير "
        "من الملفات الساخنة وعلى رأسها ملف السودان، إبان مفاوضات السلام في أوغندا وكينيا (2002 إلى 2005)، "
        "كما شارك في ملفات أحداث 11 سبتمبر 2001، والعراق إبان الغزو الأميركي لها، والملف الفلسطيني، وملف "
        "اليمن، قبل أن يصبح أحد محرري الصفحة الأولى منذ عام 2006، ثم سكرتيرا للتحرير في يوليو (تموز) "
        "2014، بالإضافة إلى مسؤوليته عن ملحق «حصاد الأسبوع»، كما شارك في تغطية كثير من الأحداث العالمية "
        "الأخرى.\n"
        "أما الزميل زيد فيصل بن كمي فحاصل على درجة البكالوريوس في الصحافة من جامعة الملك سعود، وقد عمل "
        "في صحيفة «الوطن» السعودية منذ مرحلة التأسيس، ثم التحق بصحيفة «الشرق الأوسط» عام 2003 صحافيا "
        "اقتصاديا، ثم شغل منصب مسؤول تحرير في الرياض 2005."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-08-10")
    joined = {s for s, r, o in found if r == "affiliatedWith" and o.endswith("الشرق الأوسط")}
    assert any(s.startswith("عيدروس عبد العزيز") for s in joined)
    assert "زيد فيصل بن كمي" in joined
    assert len(joined) == 2


def test_the_second_largest_city_of_a_country(nlp_pipe):
    # BBC Arabic (ANT corpus, March 2018): "Mosul, the second largest city in Iraq"
    text = (
        "من جهة أخرى، طالب نواب من العرب السنة بتخصيص المزيد من الأموال لصالح إعادة إعمار المناطق التي "
        "استعادت الدولة السيطرة عليها من أيدي مسلحي ما يعرف بتنظيم الدولة الإسلامية، وهي مناطق ذات أغلبية "
        "من السنة مثل الموصل، ثاني أكبر مدينة في العراق، التي طالها قدر هائل من الدمار أثناء الحرب على "
        "التنظيم."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-03-03")
    assert ("الموصل", "locatedIn", "العراق") in found
    assert not [t for t in found if t[0] == "العراق" and t[1] == "locatedIn"]


def test_an_area_of_a_city_after_lam(nlp_pipe):
    # CNN Arabic (ANT corpus, February 2018): "Eastern Ghouta of Damascus"
    text = (
        'وأصدرت المنظمة الثلاثاء بيانها التي قالت إنها يتعلق بـ"الحرب على الأطفال" في سوريا، بسبب مقتل '
        "أعداد كبيرة منهم في الغوطة الشرقية لدمشق التي تتعرض لهجوم عنيف منذ أيام من قبل نظام الرئيس "
        "السوري بشار الأسد، الذي يحاول انتزاعها من يد المعارضة المحاصرة داخلها منذ سنوات."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-02-21")
    assert ("الغوطة الشرقية", "locatedIn", "دمشق") in found
    assert ("دمشق", "locatedIn", "الغوطة الشرقية") not in found


def test_a_regional_director_is_of_the_body_not_its_leader(nlp_pipe):
    # CNN Arabic (ANT corpus, February 2018): "Geert Cappelaere, UNICEF's regional director for the
    # Middle East and North Africa": the head of a regional office is of the body
    text = (
        'البيان، الذي يحمل اسم خيرت كابالاري، المدير الإقليمي لليونيسيف لمنطقة الشرق الأوسط وشمال أفريقيا، '
        'جاء فيه: "ليس هنالك كلمات بإمكانها أن تنصف الأطفال القتلى وأمهاتَهم وآباءَهم وأحباءَهم" ليتبع ذلك '
        "مجموعة من السطور الفارغة."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-02-21")
    assert any(s == "خيرت كابالاري" and r == "affiliatedWith" and "يونيس" in o for s, r, o in found)
    assert not [t for t in found if t[0] == "خيرت كابالاري" and t[1] == "leaderOf"]


def test_the_head_of_a_so_called_organisation(nlp_pipe):
    # Okaz (SaudiNewsNet, July 2015): "the head of the so-called «Organisation for the Mobilisation of the
    # Oppressed», affiliated with the Iranian Revolutionary Guard, Brigadier Mohammad Reza Naqdi"
    text = (
        "مثلما أعلن الأمين العام لـ«حزب الله» اللبناني حسن نصر الله أن تحرير فلسطين يمر عبر تحرير القلمون، "
        "ها هو رئيس ما يسمى «منظمة تعبئة المستضعفين» التابعة للحرس الثوري الإيراني العميد محمد رضا نقدي "
        "يدعو جنوده لأن يكونوا جاهزين للتحرك نحو الهدف الأكبر لإقامة الصلاة التاريخية المزعومة بإمامة "
        "الخامنئي في المسجد الأقصى."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-07-26")
    assert ("محمد رضا نقدي", "leaderOf", "منظمة تعبئة المستضعفين") in found
    assert ("محمد رضا نقدي", "leaderOf", "الحرس الثوري الإيراني") not in found


def test_a_quoted_place_then_a_direction_of_a_country(nlp_pipe):
    # CNN Arabic (ANT corpus, August 2018): 'in "NEOM", north-west of Saudi Arabia' (the model calls the
    # name an organisation; after في it is where the meeting was)
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)-- استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، الثلاثاء، "
        'الرئيس المصري عبدالفتاح السيسي، في "نيوم"، شمال غرب السعودية، وهي المنطقة التي أعلن ولي العهد '
        'السعودي الأمير محمد بن سلمان، في عام 2017، عن خطط لبناء مشروع سياحي واقتصادي عملاق فيها باسم "نيوم" '
        "وسيشارك فيه مصر والأردن."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-08-14")
    assert ("نيوم", "locatedIn", "السعودية") in found
    assert ("نيوم", "locatedIn", "الإمارات العربية المتحدة") not in found


def test_the_one_official_named_after_huwa_and_a_persons_office(nlp_pipe):
    # CNN Arabic (ANT corpus, August 2018): "one single Egyptian official, namely Major General Abbas
    # Kamel, head of Egyptian General Intelligence"; "Abbas Kamel, the former director of Sisi's office":
    # the director of a person's office neither leads nor joins a body of the article
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)-- استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، الثلاثاء، "
        'الرئيس المصري عبدالفتاح السيسي، في "نيوم"، شمال غرب السعودية، وهي المنطقة التي أعلن ولي العهد '
        'السعودي الأمير محمد بن سلمان، في عام 2017، عن خطط لبناء مشروع سياحي واقتصادي عملاق فيها باسم "نيوم" '
        "وسيشارك فيه مصر والأردن.\n"
        "وأفادت وكالة الأنباء السعودية بأن الملك سلمان أقام مأدبة غداء للسيسي، وأشارت إلى أن الأمير محمد بن "
        "سلمان كان حاضرا، وعددت أسماء حوالي 15 أميرا ومسؤولا سعوديا، بالإضافة إلى مسؤول مصري وحيد هو "
        "اللواء عباس كامل رئيس المخابرات العامة المصرية.\n"
        "وظهر عباس كامل، المدير السابق لمكتب السيسي بالرئاسة ووزارة الدفاع الذي يوصف\u00a0بأنه "
        '"ظل الرئيس"، جالسا في اللقاء بجوار ولي العهد السعودي.'
    )
    found = _pipe_triples(nlp_pipe, text, "2018-08-14")
    assert ("عباس كامل", "affiliatedWith", "مصر") in found
    assert ("عباس كامل", "leaderOf", "المخابرات العامة المصرية") in found
    assert not [t for t in found if t[0] == "عباس كامل" and "السيسي" in t[2]]


def test_a_mission_lies_in_its_city(nlp_pipe):
    # BBC Arabic (ANT corpus, October 2018): "the Saudi consulate in Istanbul"
    text = (
        "طلبت السلطات التركية إذنا لتفتيش القنصلية السعودية في إسطنبول بعد اختفاء الصحفي السعودي البارز، "
        "جمال خاشقجي، الذي لم يظهر له أثر منذ الأسبوع الماضي، بعد زيارته مقر القنصلية، حسبما قال التلفزيون "
        "التركي."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-10-08")
    assert ("القنصلية السعودية", "locatedIn", "إسطنبول") in found
    assert not [t for t in found if t[0] == "إسطنبول" and t[1] == "locatedIn"]


def test_a_minister_of_a_several_word_ministry_and_his_country(nlp_pipe, wfp_meeting):
    # Asharq al-Awsat (SaudiNewsNet, July 2015): "Ezzedine al-Asbahi, the Yemeni minister of human
    # rights"; Al-Riyadh (SaudiNewsNet, August 2015): "the minister of human rights of the Republic of
    # Yemen, Ezzedine al-Asbahi, met yesterday in Riyadh ..."
    text = (
        "وقال عز الدين الأصبحي، وزير حقوق الإنسان اليمني، خلال تصريحات لـ«الشرق الأوسط»، إن الحكومة "
        "اليمنية قامت بجولات تفقدية لكل المديريات التابعة لمحافظة عدن، والتي كانت تحت سيطرة الحوثيين، رفقة "
        "المحافظ نايف البكري، والتقوا بشباب المقاومة، وشاهدوا جثثا لمقاتلين حوثيين منتحرين، مشددا على أن "
        "الحكومة اليمنية تعاملت معهم باحترام لإنسانيتهم."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-07-21")
    assert ("عز الدين الأصبحي", "affiliatedWith", "اليمن") in found
    assert ("عز الدين الأصبحي", "leaderOf", "اليمن") not in found
    found = _pipe_triples(nlp_pipe, wfp_meeting, "2015-08-06")
    # (the country's entity is "اليمن" read off the adjective, or the formal name where it is recognised)
    assert any(s == "عزالدين الأصبحي" and r == "affiliatedWith" and "اليمن" in o for s, r, o in found)
    assert not [t for t in found if t[0] == "عزالدين الأصبحي" and t[1] == "leaderOf"]


def test_a_regional_director_named_after_the_regions_his_office_covers(nlp_pipe, wfp_meeting):
    # "the regional director of the World Food Programme for the Middle East, North Africa, Central Asia
    # and Eastern Europe, Muhannad Hadi": the regions are no places of the article, the name after them
    # holds the title (and is no other director's)
    doc = Document(id="t", text=wfp_meeting, published="2015-08-06")
    nlp_pipe(doc)
    found = triples(doc)
    assert ("مهند هادي", "affiliatedWith", "برنامج الأغذية العالمي") in found
    assert not [t for t in found if t[0] == "مهند هادي" and t[1] == "leaderOf"]


def test_a_minister_of_its_ministry_is_of_the_state_named_before(nlp_pipe):
    # France 24 (ANT corpus, FR-middleEast-731, July 2018): "Russia announced on Wednesday through its
    # foreign minister Sergei Lavrov, after receiving his Jordanian counterpart Ayman Safadi": the
    # pronoun on "خارجيتها" refers back to Russia
    text = (
        "وأعلنت روسيا الأربعاء على لسان وزير خارجيتها سيرغي لافروف بعد استقباله نظيره الأردني أيمن الصفدي "
        'في موسكو أنها "تساعد الجيش السوري في العمل مع المجموعات المسلحة لإقناعها بإبرام اتفاق مصالحة '
        'وإلقاء أسلحتها".'
    )
    found = _pipe_triples(nlp_pipe, text, "2018-07-04")
    assert ("سيرغي لافروف", "affiliatedWith", "روسيا") in found
    assert ("أيمن الصفدي", "affiliatedWith", "الأردن") in found
    assert ("سيرغي لافروف", "affiliatedWith", "الأردن") not in found


def test_forces_backed_by_a_state_are_not_affiliated_with_it(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-161, March 2018): "the Syrian forces backed by Russia and
    # Iran"; Sky News Arabia (ANT corpus, SK-middleEast-2227, June 2018): "the Houthi militias loyal to
    # Iran" (loyalty is an affiliation, backing is not)
    text = (
        "وتسعى القوات السورية المدعومة من روسيا وإيران إلى سحق الفصائل المسلحة في الغوطة لتأمين العاصمة "
        "دمشق، خاصة أن هذا الجيب يعد آخر المعاقل الكبرى لجماعات إسلامية منها جيش الإسلام وتنظيمات أخرى."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-03-08")
    assert not [t for t in found if t[0] == "القوات السورية" and t[1] == "affiliatedWith"]
    text = (
        "وحسب المصدر نفسه، فإن ميليشيات الحوثي الموالية لإيران كانت قد عينت الغماري رئيسا لهيئة الأركان، "
        "ما يعد ضربة موجعة جديدة للميليشيات التي تكبدت في الأسابيع الماضية خسائر فادحة على جبهة الساحل "
        "الغربي."
    )
    assert ("ميليشيات الحوثي", "affiliatedWith", "إيران") in _pipe_triples(nlp_pipe, text, "2018-06-07")


def test_a_river_does_not_lie_in_the_province_after_it(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-1317, April 2018): "most of the area east of the
    # Euphrates in Deir ez-Zor province": the area is in the province, the river is not;
    # Asharq al-Awsat (SaudiNewsNet, snn_079_aawsat, July 2015): "in the Basta district in Beirut"
    text = (
        "وسيطرت قوات سوريا الديمقراطية، التي تغلب عليها وحدات حماية الشعب الكردية، على معظم أنحاء المنطقة "
        "الواقعة شرقي نهر الفرات في محافظة دير الزور منذ العام الماضي، ضمن حملة كبيرة ضد داعش."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-04-29")
    assert not [t for t in found if t[0] == "الفرات" and t[1] == "locatedIn"]
    text = (
        "وتتوزع هذه القطع والتحف حاليا على أكثر من صالة وعلى محلات صغيرة منتشرة خصوصا في منطقة البسطة في "
        "بيروت، كما في الأسواق القديمة لمدينة طرابلس الشمالية."
    )
    assert ("منطقة البسطة", "locatedIn", "بيروت") in _pipe_triples(nlp_pipe, text, "2015-07-27")


def test_an_acting_consul_general_is_of_his_state(nlp_pipe):
    # al-Yaum (SaudiNewsNet, snn_126_alyaum, July 2015): "the acting Saudi consul general in Iran,
    # Abdullah al-Hamrani, confirmed": a consul, like an ambassador, acts for the state that sends him
    text = (
        "وأكد القنصل السعودي العام بالإنابة في إيران عبدالله الحمراني، ان القنصلية تلقت شكوى رسمية من "
        "المتضررين بحادثة التسمم الغذائي."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-07-26")
    assert any(s == "عبدالله الحمراني" and r == "affiliatedWith" and "السعودية" in o for s, r, o in found)
    assert not [t for t in found if t[0] == "عبدالله الحمراني" and "إيران" in t[2]]


def test_a_body_named_again_by_its_head_noun(nlp_pipe):
    # al-Yaum (SaudiNewsNet, snn_126_alyaum, July 2015): "the Saudi consulate in the Iranian city of
    # Mashhad" ... "they met on Friday the consulate's representative in Mashhad, Saad al-Shehri"
    text = (
        "يباشر المحامي الموكل من القنصلية السعودية في مدينة مشهد الايرانية خلال الأسبوع الجاري إجراءات "
        "الدعوى القضائية ضد الفندق المتسبب في تسمم 22 مواطنا يوم الثلاثاء الماضي.\n"
        "وأكدت الأسر المتضررة، أنها التقت أمس الجمعة بممثل القنصلية في مشهد سعد الشهري، بهدف التواصل مع "
        "الجهات الإيرانية المختصة لمتابعة ملف القضية."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-07-26")
    assert ("سعد الشهري", "affiliatedWith", "القنصلية السعودية") in found
    assert ("القنصلية السعودية", "locatedIn", "مشهد") in found
    # Sky News Arabia (ANT corpus, SK-middleEast-1268, April 2018): "the commander of the Libyan National
    # Army ..." then "the army's spokesman, Brigadier Ahmed al-Mismari"
    text = (
        "وصل قائد الجيش الوطني الليبي، المشير خليفة حفتر، إلى مدينة بنغازي قادما من الخارج، وذلك بعد أسابيع "
        'من "معركة إعلامية شرسة" خاضتها جماعة الإخوان عبر نشر شائعات عن وفاته.\n'
        'وقال المتحدث باسم الجيش، العميد أحمد المسماري، إن عودة حفتر "تأتي بعد أسابيع من المعركة الإعلامية '
        "والسياسية الشرسة التي قادتها جماعة الإخوان، والهياكل التنظيمية والميليشيات الإرهابية ضده، من خلال "
        'الأخبار الملفقة بشأن وفاته".'
    )
    found = _pipe_triples(nlp_pipe, text, "2018-04-26")
    assert ("أحمد المسماري", "spokespersonOf", "الجيش الوطني الليبي") in found
    assert ("خليفة حفتر", "leaderOf", "الجيش الوطني الليبي") in found


def test_the_deputy_head_of_a_party_department_is_of_the_party(nlp_pipe):
    # Okaz (SaudiNewsNet, snn_099_okaz, August 2015): "the deputy head of the media department of the
    # Islah party, Adnan al-Adeeni"
    text = (
        "بدوره، اعتبر نائب رئيس الدائرة الإعلامية في حزب الإصلاح عدنان العديني أن الدور الدبلوماسي والسياسي "
        "لمجلس التعاون الخليجي مطلوب القضايا العربية في المحافل الدولية، مشيرا إلى أن الاتفاق النووي "
        "الإيراني غامض ومشبوه ويحقق مصالح الغرب ولا يضع مصالح الدول الخليجية في الاعتبار."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-08-10")
    assert ("عدنان العديني", "affiliatedWith", "حزب الإصلاح") in found
    assert not [t for t in found if t[0] == "عدنان العديني" and t[1] != "affiliatedWith"]


def test_the_head_of_a_committee_of_a_local_council(nlp_pipe):
    # Asharq al-Awsat (SaudiNewsNet, snn_079_aawsat, July 2015): "the head of the antiquities and heritage
    # committee in the Tripoli municipal council, Khaled Tadmori": the name mention stops before
    # "والتراث", and the council is named by words and its town
    text = (
        "ويوضح رئيس لجنة الآثار والتراث في مجلس بلدية طرابلس خالد تدمري، أن الكثير من العائلات السورية "
        "العريقة وبسبب حاجتها المادية، تبيع تراث أجدادها من أثاث ومخطوطات وحتى وثائق، كما أن بعض هذه التحف "
        "سرقت مع اشتداد المعارك والمواجهات ومغادرة الكثير من السكان بيوتهم تاركين وراءهم إرثا تاريخيا."
    )
    found = _pipe_triples(nlp_pipe, text, "2015-07-27")
    assert any(s == "خالد تدمري" and r == "leaderOf" and o.startswith("لجنة الآثار") for s, r, o in found)
    assert not [t for t in found if t[0] == "خالد تدمري" and t[2] == "طرابلس"]


def test_a_coalition_in_a_country_led_by_a_state(nlp_pipe):
    # CNN Arabic (ANT corpus, CN-middleEast-1170, August 2018): "the Coalition to Support Legitimacy in
    # Yemen, which Saudi Arabia leads, took on Friday ...": the clause qualifies the coalition
    text = (
        "اتحذ تحالف دعم الشرعية في اليمن، الذي تقوده السعودية، الجمعة، إجراءً جديدًا يتعلق بالهجوم الذي استهدف "
        "حافلة كانت تقل أطفالا في مدينة صعدة اليمنية."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-08-10")
    assert ("السعودية", "leaderOf", "تحالف دعم الشرعية") in found
    assert ("السعودية", "leaderOf", "اليمن") not in found


def test_the_custodian_of_the_two_holy_mosques_leads_saudi_arabia(nlp_pipe):
    # Asharq al-Awsat (SaudiNewsNet, snn_148_aawsat, July 2015): "between the Custodian of the Two Holy
    # Mosques King Salman bin Abdulaziz and the Egyptian president": the title is the Saudi king's, so
    # he leads Saudi Arabia where the article names it (and no country of the article otherwise)
    salman = (
        "وكذلك نتائج الزيارة والاهتمام المتبادل بين خادم الحرمين الشريفين الملك سلمان بن عبد العزيز والرئيس "
        "المصري عبد الفتاح السيسي، فيما أوضحت بعض المصادر أن جماعة الإخوان تحاول نشر شائعات لإفساد العلاقات "
        "وأمور كثيرة رفض المصدر الإفصاح عنها واكتفى بالتأكيد على العلاقات الاستراتيجية بين مصر والدول الثلاث."
    )
    saudi = "وكان شكري قد أشاد بحفاوة استقباله في المملكة العربية السعودية واللقاءات التي عقدت.\n"
    found = _pipe_triples(nlp_pipe, saudi + salman, "2015-07-24")
    assert ("سلمان بن عبد العزيز", "leaderOf", "المملكة العربية السعودية") in found
    assert ("عبد الفتاح السيسي", "leaderOf", "مصر") in found
    found = _pipe_triples(nlp_pipe, salman, "2015-07-24")
    assert not [t for t in found if t[0] == "سلمان بن عبد العزيز"]


def test_part_of_past_a_conjunct_the_name_left_out(nlp_pipe):
    # Sky News Arabia (ANT corpus, SK-middleEast-2839, July 2018): "the Petroleum Facilities Guard
    # (جهاز حرس المنشآت والموانئ النفطية) of the parliament": masculine "التابع" agrees with "جهاز", not
    # with the feminine "النفطية" that ends the conjunct the name mention left out
    text = (
        "وأمر القائد العام للجيش الوطني، المشير خليفة حفتر، الأربعاء، جهاز حرس المنشآت والموانئ النفطية "
        "التابع للبرلمان، بالسماح باستئناف تصدير النفط من الموانئ النفطية بالمنطقة الوسطى والشرقية."
    )
    found = _pipe_triples(nlp_pipe, text, "2018-07-11")
    assert any(s.startswith("جهاز حرس المنشآت") and r == "partOf" and o == "البرلمان" for s, r, o in found)


def test_an_executive_director_heads_the_agency_after_lam(nlp_pipe):
    # BBC Arabic (ANT corpus, BB-middleEast-161, March 2018): "Henrietta Fore, the executive director of
    # the UN children's agency (UNICEF), said": after "التنفيذية" the ل names the body she heads, even
    # where the body's name reads like a news agency's ("قال مسؤول أمريكي لبي بي سي" is whom he told)
    text = (
        "وقالت هنريتا فور، المديرة التنفيذية لوكالة رعاية الطفولة التابعة للأمم المتحدة (يونسيف) إن: \"هناك "
        'حاجة ملحة لدخول قوافل المساعدات المحملة بالطعام والإمدادت الأخرى، وأفرغت القافلة السابقة نصف '
        'حمولتها فقط."'
    )
    doc = Document(id="t", text=text, published="2018-03-08")
    nlp_pipe(doc)
    role = next(r for r in find_roles(doc) if r.title == normalize("المديرة"))
    assert role.rel == "leaderOf" and role.obj is not None
    assert doc.mentions[role.obj].text == "وكالة رعاية الطفولة"
