"""Stage `relations`: leaderOf, deputyOf, spokespersonOf, memberOf, partOf, locatedIn, affiliatedWith.

Relations come from the shape of Arabic news appositions:
- title phrases: `رئيس الحكومة العراقية "مصطفى الكاظمي"` (title, object, holder), also with a
  nationality (`الجنرال الإيراني`) or a head-of-state title with a country (`رئيس النظام السوري`);
- attributive links: `فيلق القدس التابع للحرس الثوري` (partOf), `الموالية لإيران` (affiliatedWith),
  `بزعامة X` (leaderOf);
- `العاصمة العراقية بغداد`, `مدينة حلب السورية` (locatedIn).

`find_roles` is shared with the `entities` (descriptions without a name) and `coref` stages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.model import Document, Mention, Relation
from kg.pipeline import Resources, stage
from kg.text.normalize import normalize

from . import lexicon as lx
from .entities import TITLE_COUNTRY, Token, tokenize
from .gazetteer import Gazetteer, Place, load_gazetteer, ordinary_words
from .nationality import country_of_adjective, is_nisba

EXTRACTOR = "rules:apposition"


def _norm_words(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


_SKIP_IN_TITLE = lx.TITLE_COMPLEMENTS

# "ممثل الولايات المتحدة في المجلس X": a representative acts for a country or body, as an envoy does
# (affiliatedWith); the lexicon's official titles leave the noun out
_REPRESENTATIVES = _norm_words("ممثل الممثل ممثلة الممثلة")
# "القنصل السعودي العام بالإنابة في إيران X": a consul, like an ambassador, is of the state that sends him
_CONSULS = _norm_words("قنصل القنصل قنصلة القنصلة")
# "رافع الرفاعي مفتي الديار العراقية": a state's mufti holds an office of that state
_MUFTIS = _norm_words("مفتي المفتي")
# "حسين صالح الجنيدي وكيل محافظة أبين": an under-secretary / deputy governor is an official of the
# province or ministry (only the construct form: "الوكيل" alone is often a trade agent)
_UNDERSECRETARIES = _norm_words("وكيل وكيلة")
_OFFICIALS = _REPRESENTATIVES | _CONSULS | _MUFTIS | _UNDERSECRETARIES
# "سلطان المغرب محمد الخامس": a sultan rules his state (only with the state after him: سلطان is also
# a given name)
_SULTANS = _norm_words("سلطان السلطان")
# "المرشح عن حزب الله، النائب نواف الموسوي": a party's candidate is its member (only of a party or other
# body: "المرشح الرئاسي" says nothing of one)
_CANDIDATES = _norm_words("مرشح المرشح مرشحة المرشحة")
# "سعيد اللاوندي، الخبير بمركز الأهرام": an expert works for the body he is at (affiliatedWith); "الباحثة
# في جامعة كوبنهاغن": a researcher is a member of his university or institute (and works for it); "في
# الشؤون التركية" before the body is their field, no state they serve
_EXPERTS = _norm_words("الخبير الخبيرة")
_RESEARCHERS = _norm_words("الباحث الباحثة")
_FIELDS = _norm_words("الشؤون شؤون")
_TITLES = lx.ALL_TITLES | _OFFICIALS | _SULTANS | _CANDIDATES | _EXPERTS | _RESEARCHERS
# "الرئيس المشارك للمجلس الديمقراطي السوري", "الرئيسة المشتركة لمؤسسة المياه": a co-president (the
# Kurdish bodies' shared presidency) leads the body as a president does
_CO_HEADS = _norm_words("المشارك المشاركة المشترك المشتركة")
_PRESIDENTS = _norm_words("رئيس الرئيس رئيسة الرئيسة")
# "المدير التنفيذي لـ X" always heads X ("قال المسؤول الأمني لوكالة الأنباء" may be whom he told)
_EXECUTIVE = _norm_words("التنفيذي التنفيذية")
_EDITING = normalize("تحرير")
# "بالإنابة": an acting office holder holds the title all the same
_ACTING = _norm_words("بالإنابة بالوكالة")
# "وزيرة التخطيط ... الأردنية الدكتورة ماري قعوار": the feminine forms of the honorifics the lexicon's
# bare titles list (الدكتور، الأستاذ) introduce the name just as well
_FEMININE_HONORIFICS = _norm_words("الدكتورة الأستاذة")


@dataclass
class Role:
    """A title phrase: who (holder) holds which role (rel) of what (obj / country)."""

    rel: str | None  # leaderOf, deputyOf, spokespersonOf, memberOf, or None for a bare title
    title: str  # normalised title word
    sentence: int
    start: int  # span of the whole phrase
    end: int
    holder: int | None  # mention index (PER name)
    obj: int | None  # mention index (ORG / LOC)
    country: Place | None  # from a nationality adjective
    phrase_end: int  # end of the description without the holder
    confidence: float
    state_title: bool = False
    titles: tuple[str, ...] = ()  # every title word of the phrase ("قائد", "الجنرال")
    obj_by_adjective: bool = False  # the object came from an adjective ("المبعوث الأممي")
    of_person: int | None = None  # "مستشار المرشد ... Y": the person (mention) the official serves
    parent: int | None = None  # "رئيسة دائرة X في وزارة العمل": the body the object belongs to
    unit: bool = False  # "مدير العمليات والطوارئ في المنظمة": the head of an unnamed section of the object
    former: bool = False  # "X، رئيس الحكومة الفرنسية الأسبق": a former word ends the phrase, past phrase_end
    seat: int | None = None  # "رئيس هيئة الترفيه في السعودية": the place (mention) the object body is in
    member_state: int | None = None  # "تركيا، العضو في حلف الناتو": the state (or body) apposed to "العضو"
    kin: bool = False  # "زوجة الرئيس المصري انتصار السيسي": the name is the office holder's relative


def _title_rel(form: str) -> str | None:
    if form in lx.DEPUTY_TITLES:
        return "deputyOf"
    if form in lx.SPOKES_TITLES:
        return "spokespersonOf"
    if form in lx.OFFICIAL_TITLES or form in _OFFICIALS or form in _EXPERTS:
        return "affiliatedWith"  # envoys, advisers, officials of a country or body
    if form in lx.MEMBER_TITLES or form in _CANDIDATES or form in _RESEARCHERS:
        return "memberOf"
    if form in lx.LEADER_TITLES or form in _SULTANS or form in _PRESIDENTS:
        return "leaderOf"
    return None


def _title_form(tok: Token) -> str | None:
    for _shift, form in tok.forms:
        if form in _TITLES:
            return form
    return None


def _role_title(toks: list[Token], i: int) -> str | None:
    """The title word at token `i`; "الرئيسة" (also "main") only as "الرئيسة المشتركة", a co-president."""
    form = _title_form(toks[i])
    if form is None and toks[i].norm in _PRESIDENTS and i + 1 < len(toks) and toks[i + 1].norm in _CO_HEADS:
        return toks[i].norm
    return form


def token_mentions(toks: list[Token], mentions: list[Mention], indexes: list[int]) -> dict[int, int]:
    """Token index -> index of the mention covering it (names win over descriptions)."""
    out: dict[int, int] = {}
    for mi in sorted(indexes, key=lambda k: mentions[k].kind != "name", reverse=True):
        m = mentions[mi]
        if m.coarse == "PER" and m.kind != "name":
            continue  # person descriptions are title phrases themselves
        if m.source == TITLE_COUNTRY:
            continue  # a title's own adjective (الرئيس الفرنسي X) is read again as its adjective
        for ti, t in enumerate(toks):
            if t.start < m.end and m.start < t.end:
                out[ti] = mi
    return out


def _mention_end_token(toks: list[Token], j: int, m: Mention) -> int:
    while j + 1 < len(toks) and toks[j + 1].start < m.end:
        j += 1
    return j


def _definite(tok: Token) -> bool:
    return tok.norm.lstrip("وف").startswith("ال")


def _told_to(doc: Document, toks: list[Token], j: int, m: Mention) -> bool:
    """The mention at token `j` follows the preposition ل (attached, or a separate "لـ")."""
    if m.start > toks[j].start:
        return normalize(doc.text[toks[j].start : m.start]).rstrip("\u0640").endswith("ل")
    return j > 0 and toks[j - 1].norm.rstrip("\u0640") == "ل"


_OPENING_QUOTES = ('"', "«", "“")


def _quoted_after_lam(toks: list[Token], j: int) -> bool:
    """`مفتي الديار العراقية ل"الرياض"`: a place's name in quotes after a separate ل is the newspaper
    named after it, which he spoke to (a body's is what he serves: `المتحدث الرسمي لـ «مركز ...»`)."""
    lam = j >= 2 and toks[j - 2].norm.lstrip("و").rstrip("\u0640") == "ل"
    return lam and toks[j - 1].text in _OPENING_QUOTES


def _scan_title(doc: Document, toks: list[Token], i: int, tm: dict[int, int], si: int) -> tuple[Role, int]:
    form = _role_title(toks, i) or ""
    rel = _title_rel(form)
    holder = obj = parent = body_seat = None
    by_adjective = unit_head = ended_former = False
    country: Place | None = None
    custodian = _custodian(toks, i)
    if custodian:  # "خادم الحرمين الشريفين": the Saudi king's title, naming his state
        rel, country = "leaderOf", country_of_adjective(normalize("السعودي"))
    phrase_end = toks[i].end
    titles = [form]
    posted = False  # a destination after إلى / لدى / في ended the phrase ("المبعوث الروسي إلى سوريا")
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if j == i + 1 and form in _PRESIDENTS and t.is_word and t.norm == _EDITING:
            j += 1  # "رئيس تحرير مجلة X": the editor-in-chief heads the paper
            continue
        if country and rel in _MEMBERS and j in tm and _posted_clitic(doc, t, tm[j], form):
            j = _mention_end_token(toks, j, doc.mentions[tm[j]]) + 1  # "السفيرة الأميركية بالأمم المتحدة"
            continue
        if j in tm:
            m = doc.mentions[tm[j]]
            listed = obj is not None and doc.mentions[obj].coarse == "ORG" and _place_list(doc, j, tm)
            if m.start > t.start and doc.text[t.start] in "وف" and not listed:
                break  # "الملك والحكومة": a conjunction starts another phrase
            executive = toks[j - 1].norm in _EXECUTIVE  # "المديرة التنفيذية لوكالة ...": of the body
            if m.cls == "MediaOrganization" and _told_to(doc, toks, j, m) and not executive:
                break  # "قال مسؤول أمريكي لبي بي سي": the outlet he spoke to, not his employer
            if m.coarse == "PER" and rel == "spokespersonOf" and obj is None and _after_on_behalf(toks, j):
                obj = tm[j]  # "إبراهيم كالين، المتحدث باسم أردوغان": the one he speaks for
                phrase_end = max(phrase_end, m.end)
                j = _mention_end_token(toks, j, m) + 1
                continue
            if m.coarse == "PER" and _told_to(doc, toks, j, m):
                break  # "وأكد العاهل السعودي لترامب في اتصال هاتفي": whom he spoke to, not the king
            if m.coarse == "LOC" and _quoted_after_lam(toks, j):
                break
            if m.coarse == "PER":
                holder = _name_run(doc, toks, j, tm)
                break
            if m.coarse not in ("ORG", "LOC"):
                break
            lam = m.start > t.start and doc.text[m.start - 1] == "ل"
            if lam and country is not None and form in lx.STATE_LEADER_TITLES and m.coarse == "LOC":
                break  # "زيارة الأمير السعودي للقاهرة": where he goes, not what he rules
            if lam and m.cls == "City" and j - i >= 2:
                break  # "زيارة ... وزير الدفاع للقاهرة": a full title, then where he goes
            if j == i + 1 and _definite(toks[i]) and m.start == t.start:
                break  # "حمل المسؤول حزب العمال مسؤولية": a title with ال takes no genitive
            after_adjective = country is not None and country_of_adjective(toks[j - 1].norm) is not None
            if after_adjective and obj is None and _definite(toks[i]) and m.start == t.start:
                break  # "ان يزور الوزير الأميركي تركيا": nor right after its nationality adjective
            if obj is None:
                obj = tm[j]
                phrase_end = max(phrase_end, m.end)
            words = normalize(m.text).split()
            org_country = country_of_adjective(words[-1]) if m.coarse == "ORG" and len(words) > 1 else None
            country = country or org_country  # "قائد فيلق القدس التابع للحرس الثوري الإيراني"
            j = _mention_end_token(toks, j, m) + 1
            continue
        if t.is_word and obj is None and j + 1 in tm and _formal_state(doc, t, doc.mentions[tm[j + 1]]):
            j += 1  # "رئيس جمهورية مصر العربية", "وزير الخارجية بجمهورية مصر": the state's formal name
            continue
        if (
            t.is_word
            and obj is None
            and j + 1 in tm
            and t.norm in lx.PLACE_HEADS
            and doc.mentions[tm[j + 1]].coarse == "LOC"
        ):
            j += 1  # "رئيس اقليم كردستان": the place noun before a place's name
            continue
        its_voice = rel == "spokespersonOf" and t.is_word and t.norm in _ON_ITS_BEHALF
        its_voice = its_voice and _titles_only(toks, i, j) and obj is None
        if its_voice and (back := _body_before(doc, i, tm)) is not None:
            obj, phrase_end = back, max(phrase_end, t.end)  # "أعلن الجيش ... الناطق باسمه X": its spokesman
            j += 1
            continue
        if _titles_only(toks, i, j) and obj is None and (back := _its_body(doc, toks, i, j, tm)) is not None:
            board = toks[j].norm == _BOARD  # "نائب رئيس مجلس إدارتها": its board of directors
            obj, phrase_end = back, max(phrase_end, toks[j + 1].end if board else t.end)
            j += 2 if board else 1  # "رئيس مكتبها السياسي": of the body named before
            continue
        if _titles_only(toks, i, j) and obj is None and (back := _its_state(doc, toks, i, j, tm)) is not None:
            obj, phrase_end = back, max(phrase_end, t.end)  # "روسيا ... وزير خارجيتها سيرغي لافروف"
            j += 1
            continue
        if t.is_word and t.norm == "في" and obj is not None and parent is None and j + 1 in tm:
            inner = doc.mentions[tm[j + 1]]
            if inner.coarse == "ORG" and doc.mentions[obj].coarse == "ORG":
                parent = tm[j + 1]  # "رئيسة دائرة مراقبة عمل الأجانب في وزارة العمل اللبنانية"
                phrase_end = max(phrase_end, inner.end)
                j = _mention_end_token(toks, j + 1, inner) + 1
                continue
        if t.is_word and t.norm in _BRANCH_AREAS and obj is not None and j + 1 in tm:
            # "مدير برنامج الأغذية العالمي بدول مجلس التعاون X": he heads the body's office there
            rel = "affiliatedWith" if rel == "leaderOf" else rel
            j += 1
            continue
        if t.is_word and t.norm in _BRANCH_AREAS and obj is not None and (end := _area_words(toks, j, tm)):
            # "المدير الإقليمي لبرنامج الأغذية العالمي بمنطقة الشرق الأوسط وشمال أفريقيا ...، مهند هادي"
            rel = "affiliatedWith" if rel == "leaderOf" else rel
            j = end
            continue
        if t.is_word and t.norm == "في" and obj is not None and j + 1 in tm:
            where = doc.mentions[tm[j + 1]]
            if where.coarse == "LOC" and doc.mentions[obj].coarse == "ORG":
                body_seat = tm[j + 1] if body_seat is None else body_seat
                j = _mention_end_token(toks, j + 1, where) + 1  # "لقوات التحالف في اليمن": where it acts
                continue
        named = _local_body_then_name(doc, toks, j, tm) if t.norm == "في" and obj is not None else None
        if named is not None:
            j = named  # "رئيس لجنة الآثار والتراث في مجلس بلدية طرابلس خالد تدمري": the body above it
            continue
        rest = _name_conjunct(doc, toks, j, tm) if obj is not None and tm.get(j - 1) == obj else 0
        if rest:
            j += rest  # "لجنة الآثار والتراث": the last word(s) of the body's name, past its mention
            continue
        local = j + 1 < len(toks) and toks[j + 1].norm in _LOCAL_NOUNS
        if t.is_word and t.norm == "في" and obj is not None and local:
            j += 2  # "رئيس هيئة الإسعاف الإيرانية في المنطقة جلال بورانفار": its branch in the area
            continue
        posting = country is not None and j + 1 in tm and doc.mentions[tm[j + 1]].coarse == "LOC"
        if form in _EXPERTS | _RESEARCHERS and obj is None and (field := _field_words(toks, j, tm)):
            j += field  # "الخبير في الشؤون التركية بمركز سياسة الحزبين": his field, then where he works
            continue
        member_in = t.norm == "في" or (t.norm == "عن" and form in _CANDIDATES)  # "المرشح عن حزب الله"
        if t.is_word and member_in and rel in _MEMBERS and obj is None and j + 1 in tm and not posting:
            j += 1  # "القيادي في حركة حماس" (not "السفير الأمريكي في ألمانيا": a posting, below)
            continue
        sender = country is not None or obj is not None
        if t.is_word and t.norm in _POSTED and rel in _MEMBERS and sender and j + 1 in tm:
            dest = doc.mentions[tm[j + 1]]
            if dest.coarse == "LOC" or form in ENVOY_TITLES:  # "السفير الإيراني في بريطانيا": the posting
                j, posted = _mention_end_token(toks, j + 1, dest) + 1, True
                continue
        seat = t.is_word and t.norm == "في" and form in ENVOY_TITLES and sender
        if seat and _seat_noun_then_name(doc, toks, j, tm):
            j, posted = j + 2, True  # "ممثل الولايات المتحدة في المجلس ثيودور أليغرا": the body he sits in
            continue
        if t.is_word and t.norm in _TOWARDS and rel in _MEMBERS and j + 1 in tm:
            dest = doc.mentions[tm[j + 1]]
            if dest.coarse == "LOC":  # "المبعوث الأممي إلى اليمن إسماعيل ...": the destination
                j, posted = _mention_end_token(toks, j + 1, dest) + 1, True
                continue
        if _first_name_gap(doc, toks, j, tm) and obj is not None:
            j += 1  # "رئيس وزراء المجر، فيكتور أوربان": a given name the name model left out
            continue
        # "المبعوث الروسي الخاص إلى سوريا، ألكسندر لافرنتييف": after a posting, the name is apposed
        # (also through an honorific: "السفير السعودي في الولايات المتحدة، الأمير خالد بن سلمان")
        apposed = posted and (_person_at(doc, j + 1, tm) or _honored_person_at(doc, toks, j + 1, tm))
        if posted and t.is_word and _honored_person_at(doc, toks, j, tm):
            j += 1  # "السفير السعودي في واشنطن الأمير خالد بن سلمان": the honorific opens the name
            continue
        enclosed = country and _enclosed_name(doc, toks, j + 1, tm)
        if t.text in ("،", ",") and obj is None and not (enclosed or apposed):
            break  # "حث الجنرال الإيراني، "الكاظمي"": the name after a comma is another argument
        if (
            t.is_word
            and t.norm == "علي"
            and form in lx.OVER_TITLES
            and obj is None
            and _body_next(doc, toks, j, tm)
        ):
            j += 1  # "المشرف العام على مركز الملك سلمان": the body supervised
            continue
        right_after = obj is None and country is None and (j == i + 1 or _after_on_behalf(toks, j))
        ranked = obj is None and country is None and j == i + 2 and toks[j - 1].norm in _RANKS
        if ranked and (back := _body_by_head(doc, t, j, tm, of=True)) is not None:
            obj, phrase_end = back, max(phrase_end, t.end)  # "القائد العام للجبهة": the front named
            j += 1
            continue
        if right_after and (back := _body_by_head(doc, t, j, tm)) is not None:
            # "الناطق الرسمي باسم الغرفة X", "بممثل القنصلية في مشهد X": the body named before by its head
            obj, phrase_end = back, max(phrase_end, t.end)
            j += 1
            continue
        if t.is_word and t.norm == "ل" and obj is None:
            j += 1  # "المتحدث الرسمي لـ «مركز ...»": a lam written apart from its noun
            continue
        if obj is None and (called := _so_called(toks, j)):
            # "رئيس ما يسمى «منظمة تعبئة المستضعفين»": the body's name follows; "لما كان يعرف
            # بالاتحاد السوفيتي": a body that is no more, so its head is a former one
            ended_former = ended_former or any(toks[k].norm in _WAS for k in range(j, j + called))
            j += called
            continue
        if j == i + 1 and t.norm in _LAST and j + 1 < len(toks) and toks[j + 1].norm.startswith("ل"):
            ended_former = True  # "الرئيس الأخير للاتحاد السوفيتي": the last one holds it no more
            j += 1
            continue
        if obj is None and country is None and form in _MINISTERS and (n := _portfolio(doc, toks, j, tm)):
            j += n  # "وزير حقوق الإنسان اليمني": a ministry of several words before the nationality
            continue
        if rel == "leaderOf" and obj is None and t.is_word and t.norm in _BRANCH_ADJECTIVES:
            rel = "affiliatedWith"  # "المدير الإقليمي لليونيسيف": he heads a branch, not the body
            j += 1
            continue
        if rel == "spokespersonOf" and obj is None and _forces_of(doc, toks, j, tm):
            j += 1  # "المتحدث باسم قوات تحالف "دعم الشرعية"": he speaks for the body whose forces these are
            continue
        in_unit = _titles_only(toks, i, j) and obj is None  # also past "نائب رئيس"
        unit = _unit_in_body(doc, toks, j, tm, rel in _MEMBERS) if in_unit else None
        if unit is not None:
            # "مديرة حملات الشرق الأوسط بمنظمة العفو الدولية": the head of a section is a member of the
            # body (a former one, an adviser, or the deputy head of a section, only affiliated: "نائب
            # رئيس الدائرة الإعلامية في حزب الإصلاح")
            former = any(toks[k].norm in lx.FORMER_WORDS for k in range(j, unit))
            # (a bare "نائب" is a deputy of no head but a member: "نائب ومقرر في لجنة المرأة والأسرة")
            lesser = former or (rel == "deputyOf" and len(titles) > 1)
            # (a head of the section, named by words of its own: not "العضو البارز في كتلة X", "المدير في X")
            unit_head = rel not in _MEMBERS and any(toks[k].norm != "في" for k in range(j, unit))
            rel = rel if rel in _MEMBERS else "affiliatedWith" if lesser else "memberOf"
            obj, j = tm[unit], unit
            phrase_end = max(phrase_end, doc.mentions[obj].end)
            continue
        if obj is None and _deputy_word(toks[j - 1]) and t.is_word and t.norm in _ORDINAL_ADJECTIVES:
            j += 1  # "النائب الثاني لرئيس مجلس الوزراء": which deputy he is
            continue
        if obj is None and _deputy_of_head(toks, j):
            # "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع": the deputy of the head of a body, whose
            # tie to the body the text leaves open; the phrase runs on to his next title
            j += 1
            if j in tm and doc.mentions[tm[j]].coarse == "ORG":
                body = doc.mentions[tm[j]]
                phrase_end, j = max(phrase_end, body.end), _mention_end_token(toks, j, body) + 1
            continue
        nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
        if t.is_word and t.norm in _STATE_WORDS and country_of_adjective(nxt):
            phrase_end = max(phrase_end, t.end)  # "المرشد الأعلى للجمهورية الإيرانية": the state named
            j += 1
            continue
        rebels = _rebel_body(doc) if j == i + 1 and t.norm in _REBELLION and rel == "leaderOf" else None
        if rebels is not None:
            obj, phrase_end = rebels, max(phrase_end, t.end)  # "زعيم التمرد عبد الملك الحوثي"
            j += 1
            continue
        if t.is_word and (t.norm, nxt) in lx.RELIGIOUS_HONORIFICS:
            j += 2  # "... الإيرانية آية الله علي خامنئي": an honorific before the name
            continue
        if _doctor_abbreviation(toks, j) and _person_at(doc, j + 2, tm):
            j += 2  # "الأمين العام لمجلس التعاون ... د. عبداللطيف الزياني": "Dr." before the name
            continue
        if t.is_word and (c := country_of_adjective(t.norm)):
            country = country or c
            phrase_end = max(phrase_end, t.end)
        elif t.is_word and obj is None and (om := org_adjective(doc, t.norm)) is not None:
            obj, phrase_end, by_adjective = om, max(phrase_end, t.end), True  # "المبعوث الأممي": of the UN
        elif not (
            t.is_word
            and (
                t.norm in lx.TITLE_FILLERS
                or t.norm in _ACTING
                or t.norm in _FEMININE_HONORIFICS
                or (t.norm in _PRESIDENTIAL and form in ENVOY_TITLES | lx.DEPUTY_TITLES)
                or (t.norm in _CO_HEADS and j == i + 1 and form in _PRESIDENTS)
                or t.norm in lx.FORMER_WORDS
                or t.norm in lx.ALL_TITLES
                or t.norm in _SKIP_IN_TITLE
                or t.norm in lx.PART_OF_WORDS
                or (t.norm in _FORMAL_ADJECTIVES and obj is not None and doc.mentions[obj].cls == "Country")
            )
            or t.text in ('"', "«", "»", "“", "”", "،", ",")
        ):
            break
        if t.is_word and t.norm in _SKIP_IN_TITLE:
            phrase_end = max(phrase_end, t.end)
        ended_former = ended_former or (t.is_word and t.norm in lx.FORMER_WORDS)
        if t.is_word and t.norm in lx.ALL_TITLES:
            if _starts_new_role(toks, i, j, titles) and not _after_on_behalf(toks, j):
                # ("المتحدث باسم الأمين العام لجامعة الدول العربية X": he speaks for the body)
                break  # "رئيس مجلس الوزراء وزير الدفاع ...": the name belongs to the last title
            titles.append(t.norm)
        j += 1
    if rel == "deputyOf" and len(titles) > 1 and _title_rel(titles[1]) in _SPEAKERS:
        # "نائب المتحدث باسم الحكومة الألمانية": he too speaks for the government; "نائب المبعوث
        # الرئاسي الخاص للتحالف الدولي": an envoy's deputy is of the body as the envoy is
        rel = _title_rel(titles[1])
    conf = 0.9 if holder is not None and obj is not None else 0.75
    end = doc.mentions[holder].end if holder is not None else phrase_end
    start = toks[i].start + next((s for s, f in toks[i].forms if f == form), 0)
    role = Role(
        rel,
        form,
        si,
        start,
        end,
        holder,
        obj,
        country,
        phrase_end,
        conf,
        state_title=form in lx.STATE_LEADER_TITLES or form in _SULTANS or custodian,
        titles=tuple(titles),
        obj_by_adjective=by_adjective,
        parent=parent,
        unit=unit_head,
        former=ended_former,
        seat=body_seat,
    )
    return role, (j if holder is None else j + 1)


_ORDINAL_ADJECTIVES = _norm_words("الأول الثاني")
_REBELLION = _norm_words("التمرد المتمردين")
_REBELS = _norm_words("المتمردين والمتمردين للمتمردين بالمتمردين المتمردون")


def _rebel_body(doc: Document) -> int | None:
    """The mention of the one group the article calls "the rebels" ("المتمردين الحوثيين"), whose
    leader "زعيم التمرد" (the leader of the rebellion) is."""
    found: dict[str, int] = {}
    for mi, m in enumerate(doc.mentions):
        if m.coarse != "ORG" or m.kind != "name" or not m.entity:
            continue
        before = [t.norm for t in tokenize(doc.text, max(0, m.start - 14), m.start) if t.is_word][-1:]
        if before and before[0] in _REBELS:
            found.setdefault(m.entity, mi)
    return next(iter(found.values())) if len(found) == 1 else None


_SPEAKERS = ("spokespersonOf", "affiliatedWith")  # offices whose deputy acts as they do
# "المبعوث الرئاسي الخاص": a presidential envoy's adjective, inside his title
_PRESIDENTIAL = _norm_words("الرئاسي الرئاسية")


def _deputy_word(tok: Token) -> bool:
    """ "نائب", also "النائب" (elsewhere a member of parliament's bare title)."""
    return tok.is_word and tok.norm.removeprefix("ال") in lx.DEPUTY_TITLES


def _deputy_of_head(toks: list[Token], j: int) -> bool:
    """A head's title with ل ("لرئيس") at token `j` after "النائب (الثاني)": whose deputy he is."""
    t = toks[j]
    before = j - 1 if toks[j - 1].norm not in _ORDINAL_ADJECTIVES else j - 2
    if not t.is_word or not t.norm.startswith("ل") or before < 0 or not _deputy_word(toks[before]):
        return False
    return t.norm[1:] in lx.LEADER_TITLES


_DOCTOR = normalize("د")


def _doctor_abbreviation(toks: list[Token], j: int) -> bool:
    """ "د." at token `j`: the abbreviation of الدكتور, an honorific before a name."""
    return j + 1 < len(toks) and toks[j].norm == _DOCTOR and toks[j + 1].text == "."


# Dual titles and the title each of their holders has.
_DUAL_TITLES = {
    normalize(dual): normalize(one)
    for dual, one in (
        ("الرئيسان", "الرئيس"),
        ("الرئيسين", "الرئيس"),
        ("وزيرا", "وزير"),
        ("وزيري", "وزير"),
        ("الوزيران", "الوزير"),
        ("الوزيرين", "الوزير"),
        ("الزعيمان", "الزعيم"),
        ("الزعيمين", "الزعيم"),
    )
}


def _dual_title_roles(doc: Document, toks: list[Token], i: int, tm: dict[int, int], si: int) -> list[Role]:
    """ "الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون", "وزيرا الخارجية السعودي عادل
    الجبير والأمريكي مايك بومبيو": a dual title, then each holder after his own nationality adjective."""
    one = next((_DUAL_TITLES[f] for _s, f in toks[i].forms if f in _DUAL_TITLES), None)
    if one is None:
        return []
    j = i + 1
    while j < len(toks) and toks[j].is_word and toks[j].norm in lx.TITLE_COMPLEMENTS and j not in tm:
        j += 1  # "وزيرا الخارجية"
    out: list[Role] = []
    while j + 1 < len(toks) and toks[j].is_word:
        adjective = toks[j].norm if not out else toks[j].norm.removeprefix("و")
        place = country_of_adjective(adjective)
        if place is None or (out and not toks[j].norm.startswith("و")) or not _person_at(doc, j + 1, tm):
            break
        holder = tm[j + 1]
        end = doc.mentions[holder].end
        state = one in lx.STATE_LEADER_TITLES
        role = Role(_title_rel(one), one, si, toks[j].start, end, holder, None, place, toks[j].end, 0.75)
        role.state_title, role.titles = state, (one,)
        out.append(role)
        j = _mention_end_token(toks, j + 1, doc.mentions[holder]) + 1
        while j < len(toks) and toks[j].text in ("،", ","):
            j += 1
    return out if len(out) >= 2 else []


def _name_run(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> int:
    """The person's name mention at token `j`; where it is one word (a given name) and another person's
    name follows after a space, the name runs on and the later mention is the person's ("المتحدث باسم
    المنظمة الدولية، أحمد | فوزي": the model split the name, and coreference took "أحمد" for another
    Ahmed of the article)."""
    m = doc.mentions[tm[j]]
    k = _mention_end_token(toks, j, m) + 1
    if k == j + 1 and k in tm and tm[k] != tm[j] and doc.mentions[tm[k]].kind == "name":
        nxt = doc.mentions[tm[k]]
        if nxt.coarse == "PER" and m.kind == "name" and nxt.start == m.end + 1 and doc.text[m.end] == " ":
            return tm[k]
    return tm[j]


def _forces_of(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> bool:
    """Token `j`, right after "باسم", is the head noun of a body in construct ("قوات") and a body's name
    follows it ("باسم قوات تحالف "دعم الشرعية""): the spokesman of the forces speaks for that body."""
    t = toks[j]
    head = t.is_word and j not in tm and t.norm in lx.ORG_HEADS and not _definite(t)
    return head and _after_on_behalf(toks, j) and _body_next(doc, toks, j, tm)


def _person_at(doc: Document, j: int, tm: dict[int, int]) -> bool:
    return j in tm and doc.mentions[tm[j]].coarse == "PER"


def _honored_person_at(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> bool:
    """Token j is an honorific (الأمير، الشيخ) right before a person's name."""
    honorific = j < len(toks) and toks[j].is_word and toks[j].norm in lx.NAME_HONORIFICS
    return honorific and _person_at(doc, j + 1, tm)


# A state's formal name: the state noun before the country's name and the adjectives after it
# ("جمهورية مصر العربية", "المملكة الأردنية الهاشمية" is one name already).
_FORMAL_NOUNS = _norm_words("جمهورية مملكة دولة سلطنة إمارة")
_FORMAL_ADJECTIVES = _norm_words("العربية الإسلامية الاتحادية الشعبية الديمقراطية الهاشمية المتحدة")


def _formal_state(doc: Document, t: Token, m: Mention) -> bool:
    """Token t is a state noun (with ب / ل glued on) right before the name of a country."""
    word = t.norm[1:] if t.norm[:1] in "بل" and t.norm[1:] in _FORMAL_NOUNS else t.norm
    return word in _FORMAL_NOUNS and m.cls == "Country" and m.start == t.end + 1


# The state itself named by a noun and the nationality adjective after it ("للجمهورية الإيرانية").
# (also "الديار" "the lands": "مفتي الديار المصرية", the state's grand mufti)
_STATE_WORDS = _norm_words(
    "الجمهورية للجمهورية بالجمهورية المملكة للمملكة بالمملكة الدولة للدولة بالدولة الديار"
)


def _body_next(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> bool:
    """An organisation mention right after token j, past an opening quote."""
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].text in ('"', "«", "“"))
    return k in tm and doc.mentions[tm[k]].coarse == "ORG"


_MEMBERS = ("memberOf", "affiliatedWith")
_LOCAL_NOUNS = _norm_words("المنطقة المحافظة المدينة الإقليم الولاية")
_ON_BEHALF = frozenset(normalize(w) for w in ("باسم", "بإسم"))
_ON_ITS_BEHALF = frozenset(normalize(w) for w in ("باسمه", "باسمها", "بإسمه", "بإسمها"))


def _after_on_behalf(toks: list[Token], j: int) -> bool:
    return j > 0 and toks[j - 1].is_word and toks[j - 1].norm in _ON_BEHALF


_TOWARDS = frozenset(normalize(w) for w in ("إلى", "لدى"))
_POSTED = _TOWARDS | {normalize("في")}
ENVOY_TITLES = (
    _norm_words("سفير السفير سفيرة السفيرة مبعوث المبعوث مبعوثة المبعوثة مندوب المندوب مندوبة المندوبة")
    | _REPRESENTATIVES
    | _CONSULS
)


def _seat_noun_then_name(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> bool:
    """Token `j` is "في", then one definite noun no mention covers, then a person's name: the envoy's
    seat named by a noun ("ممثل الولايات المتحدة في المجلس ثيودور أليغرا")."""
    if j + 2 >= len(toks) or j + 1 in tm or not toks[j + 1].is_word or not _definite(toks[j + 1]):
        return False
    seat = toks[j + 1].norm
    return seat not in _TITLES and not is_nisba(seat) and _person_at(doc, j + 2, tm)


# "رئيس ما يسمى «منظمة ...»", "قائد ما يعرف بـ«جيش ...»": a distancing phrase before the body's name.
_SO_CALLED = _norm_words("يسمى تسمى يعرف تعرف")
_WHAT = _norm_words("ما لما")
_WAS = _norm_words("كان كانت")
# "الرئيس الأخير لـ": the last holder of an office
_LAST = _norm_words("الأخير الأخيرة")


def _so_called(toks: list[Token], j: int) -> int:
    """The number of tokens of "ما يسمى" / "لما كان يعرف" at token `j` (0 if none)."""
    if j >= len(toks) or toks[j].norm not in _WHAT:
        return 0
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].norm in _WAS)
    return k + 1 - j if k < len(toks) and toks[k].norm in _SO_CALLED else 0


# "المدير الإقليمي": the head of a body's regional office is of the body, not its leader.
_BRANCH_ADJECTIVES = _norm_words("الإقليمي الإقليمية")
_MINISTERS = _norm_words("وزير الوزير وزيرة الوزيرة")
_PORTFOLIO_REACH = 3  # words of a ministry's name ("حقوق الإنسان", "الشؤون الاجتماعية والعمل")


def _portfolio(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> int:
    """The number of words of a ministry's name from token `j` when a nationality adjective (or
    "بالجمهورية اليمنية") follows them: "وزير حقوق الإنسان اليمني", "وزير النقل المصري"."""
    for n in range(1, _PORTFOLIO_REACH + 1):
        k = j + n - 1
        if k + 1 >= len(toks) or k in tm or not toks[k].is_word:
            return 0
        t = toks[k]
        if lx.is_stop(t.text, t.norm) or t.norm in _TITLES or is_nisba(t.norm):
            return 0  # (a nationality adjective is a nisba too)
        nxt = toks[k + 1]
        state = nxt.norm in _STATE_WORDS and k + 2 < len(toks) and country_of_adjective(toks[k + 2].norm)
        if nxt.is_word and k + 1 not in tm and (country_of_adjective(nxt.norm) or state):
            return n if _definite(t) else 0
        if k + 1 in tm and _state_with_clitic(doc, nxt, doc.mentions[tm[k + 1]]):
            return n if _definite(t) else 0  # "وزير حقوق الإنسان بالجمهورية اليمنية"
    return 0


def _state_with_clitic(doc: Document, t: Token, m: Mention) -> bool:
    """A country's name glued to ب / ل at token t ("بالجمهورية اليمنية")."""
    return m.cls == "Country" and m.start > t.start and doc.text[m.start - 1] in "بل"


def _place_list(doc: Document, j: int, tm: dict[int, int]) -> bool:
    """Token j is a place joined by و to the place named right before it ("بمنطقة الشرق الأوسط وشمال
    أفريقيا ووسط آسيا"): one area a body's office covers, not another phrase (only after a body: in
    "أمير اليونان والدنمارك أندرياس" the countries are his title's)."""
    here, before = tm.get(j), tm.get(j - 1)
    if here is None or before is None or here == before:
        return False
    return doc.mentions[here].coarse == "LOC" and doc.mentions[before].coarse == "LOC"


# "بدول", "بمنطقة" before a named area: the office a body's director heads there.
_BRANCH_AREAS = _norm_words("بدول بمنطقة")
_AREA_REACH = 10  # words naming the area an office covers (الشرق الأوسط وشمال أفريقيا ووسط آسيا وشرق أوروبا)


def _area_words(toks: list[Token], j: int, tm: dict[int, int]) -> int | None:
    """The token after the unnamed area words that follow "بمنطقة" at `j`, when a comma closes them
    (world regions are no places of the article, so no mention covers them); else None."""
    k = j + 1
    while k < len(toks) and k - j <= _AREA_REACH and toks[k].is_word and k not in tm:
        k += 1
    return k if k > j + 1 and k < len(toks) and toks[k].text in ("،", ",") else None


def _posted_clitic(doc: Document, t: Token, mi: int, form: str) -> bool:
    """A place / body with an attached "ب" or "ل" after an envoy's nationality is where the envoy
    is posted ("السفيرة الأميركية بالأمم المتحدة")."""
    m = doc.mentions[mi]
    return m.start > t.start and doc.text[t.start] in "بل" and (m.coarse == "LOC" or form in ENVOY_TITLES)


def _enclosed_name(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> bool:
    """ "الرئيس الإيراني، حسن روحاني، رفض", "الرئيس الفرنسي، ايمانويل ماكرون قال": a person's name
    after a complete title phrase and its comma, set off by a second comma or followed by a verb of
    speaking, is its holder (not the object of a verb before the title)."""
    if j not in tm or doc.mentions[tm[j]].coarse != "PER" or doc.mentions[tm[j]].kind != "name":
        return False
    k = _mention_end_token(toks, j, doc.mentions[tm[j]]) + 1
    # "جمعه برئيس الوزراء الإسرائيلي، بنيامين نتنياهو: ...": a colon opens what he said
    if k < len(toks) and (toks[k].text in ("،", ",", ":") or toks[k].norm in lx.SPEECH_WORDS):
        return True
    if k == len(toks) or toks[k].text == ".":
        return True  # "انتصارا كبيرا للرئيس السوري، بشار الأسد.": the sentence ends with the name
    if k < len(toks) and toks[k].norm in _TIME_ADVERBS:
        return True  # "التقى وزير ... اليمنية، عزالدين الأصبحي امس بالرياض": the subject, then when
    return _object_after_name(doc, toks, j, k, tm)


# "أمس", "اليوم" right after a name: in a verb-first clause the time comes after the subject.
_TIME_ADVERBS = _norm_words("أمس امس اليوم")


def _object_after_name(doc: Document, toks: list[Token], j: int, k: int, tm: dict[int, int]) -> bool:
    """ "افتتح الرئيس السوداني، عمر البشير مقر لجنة التحقيقات": a full name (two words or more) after the
    comma, then a plain noun, the verb's object: the name closes the subject's apposition. A preposition
    after the name ("حث الجنرال الإيراني، الكاظمي على ...", also one glued on: ب، ل، ك) leaves the name
    the verb's object, and a conjunction, a title or another name may go on with a list."""
    if len(doc.mentions[tm[j]].text.split()) < 2 or k >= len(toks) or k in tm or j < 2:
        return False
    if not toks[j - 2].norm.startswith("ال"):
        return False  # the adjective of a definite title is definite ("مخطط الأمير تركي، ..." is a name)
    t = toks[k]
    plain = t.is_word and not lx.is_stop(t.text, t.norm) and _title_form(t) is None
    return plain and t.text[0] not in "وفبلك" and not t.text[0].isdigit()


_BODY_PARTS = _norm_words("مكتبها مكتبه جناحها جناحه مجلسها مجلسه")


_BOARD = normalize("مجلس")
_ITS_ADMINISTRATION = _norm_words("إدارتها إدارته")


def _titles_only(toks: list[Token], i: int, j: int) -> bool:
    """Only title words between the title at `i` and `j` ("نائب رئيس | مجلس إدارتها")."""
    return j > i and all(toks[k].is_word and toks[k].norm in lx.ALL_TITLES for k in range(i + 1, j))


_OWN_SUFFIXES = ("ها", "ه")
# "زعيمهم": "their" leader, of the movement named by its people ("المتمردون الحوثيون")
_LEADER_SUFFIXES = ("هم", *_OWN_SUFFIXES)


def _possessive_title(doc: Document, toks: list[Token], i: int, tm: dict[int, int], si: int) -> Role | None:
    """`قائده الجنرال X`, `زعيمها X`, `زعيمهم X`: a leader's title with a possessive pronoun leads the
    organisation named last before it in the sentence."""
    stems = (f[: -len(s)] for _shift, f in toks[i].forms for s in _LEADER_SUFFIXES if f.endswith(s))
    stem = next((f for f in stems if f in lx.LEADER_TITLES), None)
    if stem is None:
        return None
    j = i + 1
    # (past a rank: "لقائده العام عصام البويضاني", "its general commander")
    while j < len(toks) and j not in tm and toks[j].is_word and toks[j].norm in lx.BARE_TITLES | _RANKS:
        j += 1
    j = _past_known_as(toks, j)  # "تسجيلاً لزعيمه، أيمن الظواهري", "قائدها، المعروف باسم X"
    holder = tm.get(j)
    if holder is None or doc.mentions[holder].coarse != "PER" or doc.mentions[holder].kind != "name":
        return None
    body, conf = _body_before(doc, i, tm), 0.7
    if body is None and not any(k in tm for k in range(i)):
        body, conf = _body_in_sentences_before(doc, si), 0.6  # "... المليشيات بالرد. وقال قائدها، X"
    if body is None:
        return None
    m = doc.mentions[holder]
    return Role("leaderOf", stem, si, toks[i].start, m.end, holder, body, None, toks[i].end, conf)


_KNOWN = _norm_words("المعروف المعروفة")
_BY_NAME = normalize("باسم")


def _past_known_as(toks: list[Token], j: int) -> int:
    """Past an apposition comma, and "المعروف باسم" (known as), before a name."""
    if j < len(toks) and toks[j].text in ("،", ","):
        j += 1
    if j + 1 < len(toks) and toks[j].norm in _KNOWN and toks[j + 1].norm == _BY_NAME:
        j += 2
    return j


def _body_in_sentences_before(doc: Document, si: int) -> int | None:
    """The organisation named last in the sentences right before sentence `si`: what a possessive
    pronoun opening the sentence refers to."""
    start = doc.sentences[si].start
    first = doc.sentences[max(0, si - lx.ANTECEDENT_SENTENCES)].start
    found = [
        mi
        for mi, m in enumerate(doc.mentions)
        if m.coarse == "ORG" and m.kind == "name" and m.entity and first <= m.start and m.end <= start
    ]
    return max(found, key=lambda mi: doc.mentions[mi].start, default=None)


def _body_before(doc: Document, i: int, tm: dict[int, int]) -> int | None:
    """The organisation named last before token `i` in the sentence."""
    for k in range(i - 1, -1, -1):
        if k in tm and doc.mentions[tm[k]].coarse == "ORG" and doc.mentions[tm[k]].kind == "name":
            return tm[k]
    return None


def _its_body(doc: Document, toks: list[Token], i: int, j: int, tm: dict[int, int]) -> int | None:
    """ "مسؤول من حركة حماس ... رئيس مكتبها السياسي X", "سابك ... نائب رئيس مجلس إدارتها": a body part
    with a possessive pronoun after the title belongs to the nearest organisation named earlier in the
    sentence."""
    if not toks[j].is_word or j in tm:
        return None
    board = toks[j].norm == _BOARD and j + 1 < len(toks) and toks[j + 1].norm in _ITS_ADMINISTRATION
    if toks[j].norm not in _BODY_PARTS and not board:
        return None
    return _body_before(doc, i, tm)


def _own_portfolio(tok: Token) -> bool:
    """ "خارجيتها", "دفاعه": a ministry's word with a possessive pronoun ("its foreign ministry")."""
    for suffix in _OWN_SUFFIXES:
        stem = tok.norm.removesuffix(suffix)
        if stem != tok.norm and stem[-1:] == "ت":
            stem = stem[:-1] + "ه"  # the construct form of ة before a pronoun: خارجيت|ها
        if stem != tok.norm and stem in _SKIP_IN_TITLE:
            return True
    return False


def _its_state(doc: Document, toks: list[Token], i: int, j: int, tm: dict[int, int]) -> int | None:
    """ "أعلنت روسيا ... على لسان وزير خارجيتها سيرغي لافروف": a minister of "its" ministry belongs to the
    state named last before the title in the sentence (the pronoun refers back to it)."""
    if not toks[j].is_word or j in tm or not _own_portfolio(toks[j]):
        return None
    for k in range(i - 1, -1, -1):
        if k in tm and doc.mentions[tm[k]].cls == "Country":
            return tm[k]
    return None


# "القائد العام للجبهة", "المرشد الأعلى للثورة": a rank adjective, then the body (with ل) he heads
_RANKS = _norm_words("العام الأعلى")


def _body_by_head(doc: Document, t: Token, j: int, tm: dict[int, int], of: bool = False) -> int | None:
    """A definite noun no mention covers that repeats the first word of one organisation's name given
    earlier in the article ("غرفة العمليات المركزية في الجنوب" ... "باسم الغرفة", "القنصلية السعودية" ...
    "ممثل القنصلية"): the noun refers back to that body. Title complements ("الحكومة", "الخارجية") are
    read as such, not as a body. With `of`, the noun has ل ("للجبهة"), and where no body of that head was
    named before, one named later is taken ("للجبهة" ... "جبهة تحرير الشام")."""
    norm = "ال" + t.norm[2:] if of and t.norm.startswith("لل") else t.norm
    definite = norm.lstrip("وف").startswith("ال")
    if not t.is_word or j in tm or not definite or norm in _TITLES or norm in _SKIP_IN_TITLE:
        return None
    before: dict[str, int] = {}
    after: list[int] = []
    for mi, m in enumerate(doc.mentions):
        if m.coarse != "ORG" or m.kind != "name" or not m.entity:
            continue
        head = normalize(m.text).split()[0]
        if norm in (head, "ال" + head) and m.end <= t.start:
            before[m.entity] = mi
        elif norm in (head, "ال" + head):
            after.append(mi)
    if not before and of and after:
        return min(after, key=lambda mi: doc.mentions[mi].start)  # the nearest named after it
    return next(iter(before.values())) if len(before) == 1 else None


_LOCAL_BODY_REACH = 3  # words naming a local body before its place ("مجلس بلدية", "المجلس البلدي لمدينة")


def _local_body_then_name(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> int | None:
    """Token `j` is "في", then a few plain words no mention covers, a place, and right after it a
    person's name: "في مجلس بلدية طرابلس خالد تدمري" names the local body the title's body belongs to,
    and the person holds the title. Returns the name's token."""
    k = j + 1
    while k < len(toks) and k - j <= _LOCAL_BODY_REACH and k not in tm:
        t = toks[k]
        if not t.is_word or lx.is_stop(t.text, t.norm) or t.norm in _TITLES:
            return None
        k += 1
    if k == j + 1 or k not in tm or doc.mentions[tm[k]].coarse != "LOC":
        return None
    after = _mention_end_token(toks, k, doc.mentions[tm[k]]) + 1
    return after if _person_at(doc, after, tm) else None


def _name_conjunct(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> int:
    """Token `j`, right after a body's name, is one word "و" + a definite noun no mention covers, and
    "في" or a person's name follows: the end of the body's name ("لجنة الآثار والتراث في ..."); the
    noun may take one definite adjective ("الاتحاد العام للأدباء والكتاب العرب حبيب الصايغ"). The
    number of the name's words left (0 when there are none)."""
    t = toks[j]
    if not t.is_word or j in tm or not t.norm.startswith("وال") or j + 1 >= len(toks):
        return 0
    if t.norm[1:] in _TITLES or is_nisba(t.norm[1:]):
        return 0  # "رئيس الحركة والقيادي X": another person's title; "والسوري X": another one's country
    if toks[j + 1].norm == "في" or _person_at(doc, j + 1, tm):
        return 1
    return 2 if _conjunct_adjective(toks, j + 1, tm) and _person_at(doc, j + 2, tm) else 0


def _conjunct_adjective(toks: list[Token], k: int, tm: dict[int, int]) -> bool:
    """Token `k` is a definite word no mention covers, neither a title nor a nationality (which would
    start another person's description: "والقيادي البارز X", "والسوري X")."""
    t = toks[k]
    plain = t.is_word and k not in tm and t.norm.startswith("ال") and t.norm not in _TITLES
    return plain and t.norm not in lx.TITLE_FILLERS and not is_nisba(t.norm)


def _first_name_gap(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> bool:
    """Token `j` is one unknown word between an apposition comma (or "السابق") and a person's name."""
    t = toks[j]
    if not t.is_word or j in tm or j + 1 not in tm or j < 1:
        return False
    if toks[j - 1].text not in ("،", ",") and toks[j - 1].norm not in lx.TITLE_FILLERS:
        return False
    m = doc.mentions[tm[j + 1]]
    known = t.norm in ordinary_words() or t.norm in lx.ALL_TITLES or t.norm in lx.TITLE_FILLERS
    return m.coarse == "PER" and m.kind == "name" and not known and not t.norm.startswith("ال")


def org_adjective(doc: Document, word: str) -> int | None:
    """Index of a name mention of the organisation an adjective is derived from: "الأممي" from the
    first word of "الأمم المتحدة" named in the article."""
    for mi, m in enumerate(doc.mentions):
        words = normalize(m.text).split()
        named = m.coarse == "ORG" and m.kind == "name" and len(words) >= 2 and words[0].startswith("ال")
        if named and word in (words[0] + "ي", words[0] + "يه"):
            return mi
    return None


# One person, two titles: "العاهل السعودي الملك سلمان", "ولي العهد السعودي الأمير محمد بن سلمان",
# "خادم الحرمين الشريفين الملك سلمان".
_ROYAL_PAIRS = {
    (normalize(a), normalize(b)) for a, b in (("العاهل", "الملك"), ("ولي", "الأمير"), ("خادم", "الملك"))
}
_CUSTODIAN = tuple(normalize(w) for w in ("خادم", "الحرمين", "الشريفين"))


def _custodian(toks: list[Token], i: int) -> bool:
    """ "خادم الحرمين الشريفين" at token `i`: the title of the king of Saudi Arabia."""
    return tuple(t.norm for t in toks[i : i + len(_CUSTODIAN)]) == _CUSTODIAN


def _starts_new_role(toks: list[Token], i: int, j: int, titles: list[str]) -> bool:
    """A second role title (not a bare rank like "الجنرال", not "نائب رئيس") opens another phrase."""
    t = toks[j].norm
    if t in lx.BARE_TITLES and t not in lx.LEADER_TITLES | lx.MEMBER_TITLES:
        return False
    if (titles[0], t) in _ROYAL_PAIRS:
        return False  # "العاهل السعودي الملك سلمان": one monarch, two titles
    return not (j == i + 1 and titles[-1] in lx.DEPUTY_TITLES)


def _comma_before(toks: list[Token], i: int) -> bool:
    return i >= 2 and toks[i - 1].text in ("،", ",")


_UNIT_REACH = 5  # words naming a section between a title and the body it belongs to


def _unit_in_body(
    doc: Document, toks: list[Token], j: int, tm: dict[int, int], lam: bool = False
) -> int | None:
    """ "مديرة حملات الشرق الأوسط بمنظمة العفو الدولية", "مسؤول قسم الإعلام في منظمة X": a title of
    an unnamed section, then the body (after ب or في) it is part of. Returns the body's first token."""
    k = j
    while k < len(toks) and k - j <= _UNIT_REACH:
        t = toks[k]
        if k in tm:
            m = doc.mentions[tm[k]]
            attached = normalize(doc.text[t.start : m.start]) if m.start > t.start else ""
            # (an official's also after ل: "منسق عمليات الإمداد الإغاثي لبرنامج الأغذية العالمي", where
            # the unit's first word is a noun of its own, not "الرسمي" of "المتحدث الرسمي لقوات ...")
            of_unit = lam and attached == "ل" and toks[j].norm not in _SKIP_IN_TITLE | lx.TITLE_FILLERS
            after_prep = attached == "ب" or of_unit or (k > j and toks[k - 1].norm == "في")
            if m.coarse == "ORG" and after_prep and k > j:
                return k
            if m.coarse != "LOC":
                return None
            k = _mention_end_token(toks, k, m) + 1
            continue
        if not t.is_word or (lx.is_stop(t.text, t.norm) and t.norm != "في") or t.norm in lx.ALL_TITLES:
            return None
        if country_of_adjective(t.norm) or org_adjective(doc, t.norm) is not None:
            return None  # "السفيرة الأميركية بالأمم المتحدة": a posting, not a section of the UN
        k += 1
    return None


def _left_holder(
    doc: Document, toks: list[Token], i: int, tm: dict[int, int], role: Role, nxt: int
) -> int | None:
    """`X، رئيس ...` / `X نائب المتحدث باسم الحكومة`: a name right before the title. Without a comma
    only for a title of an organisation (`استقبل X الرئيس اليمني` has X as subject, not holder); a
    title set off by two dashes is an apposition as after a comma (`دومينيك دوفيلبان - رئيس الحكومة
    الفرنسية الأسبق -`)."""
    comma = _comma_before(toks, i) or _between_dashes(toks, i, nxt, role, tm)
    of_body = role.obj is not None and doc.mentions[role.obj].coarse == "ORG"
    apposed = _said_by(toks, i, tm) or _listed_name(doc, toks, i, tm) or _after_preposition(toks, i, tm)
    apposed = apposed or _honored_head_of_state(doc, toks, i, tm, role)
    if not comma and not of_body and not apposed:
        return None
    if _with_clitic(toks[i], role.title):
        return None  # رسالة للمعلمي لرئيس مجلس الأمن: a preposition or و on the title, another person
    k = i - 2 if comma else i - 1
    if comma and k >= 1 and toks[k].text in ("»", '"', "”"):
        k -= 1  # «نتنياهو»، رئيس وزراء إسرائيل: the name in quotes
    if k >= 0 and k in tm:
        m = doc.mentions[tm[k]]
        if m.coarse == "PER" and m.kind == "name":
            return _hyphenated_first(doc, toks, k, tm)
    if comma and _surname_left_out(doc, toks, k, tm):
        return tm[k - 1]  # "وكشف عدنان حزام، الناطق الرسمي باسم الصليب الأحمر": the model took "عدنان"
    return None


def _hyphenated_first(doc: Document, toks: list[Token], k: int, tm: dict[int, int]) -> int:
    """The person's name at token `k`, or, where it ends a double-barrelled name the model split at the
    dash ("آمايا آرانز - أوتايجي"), its first part, which the person is known by."""
    s = _name_start(toks, k, tm)
    if s >= 2 and toks[s - 1].text in _DASHES and s - 2 in tm:
        m = doc.mentions[tm[s - 2]]
        if m.coarse == "PER" and m.kind == "name":
            return tm[s - 2]
    return tm[k]


_HEIR, _REIGN = normalize("ولي"), normalize("عهد")


def _honored_head_of_state(doc: Document, toks: list[Token], i: int, tm: dict[int, int], role: Role) -> bool:
    """ "وجّه الشيخ خليفة بن زايد آل نهيان رئيس الإمارات", "الشيخ تميم أمير قطر", "الشيخ محمد بن زايد
    آل نهيان ولي عهد أبوظبي": an honorific and a name, then a ruler's (or crown prince's) title in
    construct with the state's name (nothing between): the protocol form of a ruler's style. (A visitor
    received, "استقبل الملك سلمان رئيس وزراء باكستان", has a longer title, and is named after it.)"""
    if role.obj is None or role.holder is not None or _definite(toks[i]):
        return False
    m = doc.mentions[role.obj]
    crown = role.title == _HEIR and i + 1 < len(toks) and toks[i + 1].norm == _REIGN and m.coarse == "LOC"
    ruler = role.state_title and m.cls == "Country"
    k = i + 2 if crown else i + 1
    if not (ruler or crown) or k >= len(toks) or m.start != toks[k].start:
        return False
    if not _person_at(doc, i - 1, tm) or doc.mentions[tm[i - 1]].kind != "name":
        return False
    k = _name_start(toks, i - 1, tm)
    return k >= 1 and toks[k - 1].is_word and toks[k - 1].norm in lx.NAME_HONORIFICS


# (a tatweel with spaces around it serves as a dash: "عبدالله بن زايد ـ وزير الخارجية ... ـ")
_DASHES = ("-", "–", "—", "\u0640")


def _between_dashes(toks: list[Token], i: int, nxt: int, role: Role, tm: dict[int, int]) -> bool:
    """A full title phrase (with its body or country) between two dashes, right after a name; one
    more plain word may end it before the closing dash ("بدولة الإمارات العربية المتحدة الشقيقة ـ")."""
    full = role.obj is not None or role.country is not None
    if nxt < len(toks) and toks[nxt].is_word and nxt not in tm:
        nxt += 1
    closed = nxt < len(toks) and toks[nxt].text in _DASHES
    return full and closed and i >= 2 and toks[i - 1].text in _DASHES


def _surname_left_out(doc: Document, toks: list[Token], k: int, tm: dict[int, int]) -> bool:
    """Token `k`, before the apposition comma, is one plain word no mention covers right after a
    person's one-word name: the family name the name model left out."""
    if k < 1 or k in tm or k - 1 not in tm or not toks[k].is_word:
        return False
    m, t = doc.mentions[tm[k - 1]], toks[k]
    if m.coarse != "PER" or m.kind != "name" or len(m.text.split()) != 1 or m.end + 1 != t.start:
        return False
    plain = not (_definite(t) or lx.is_stop(t.text, t.norm) or t.norm in _TITLES or t.norm in _TIME_ADVERBS)
    return plain and not is_nisba(t.norm) and t.text[0] not in "وف" and not t.text[0].isdigit()


def _name_start(toks: list[Token], k: int, tm: dict[int, int]) -> int:
    """The first token of the mention covering token `k`."""
    while k - 1 >= 0 and tm.get(k - 1) == tm[k]:
        k -= 1
    return k


def _listed_name(doc: Document, toks: list[Token], i: int, tm: dict[int, int]) -> bool:
    """ "حضر اللقاء ...، وعادل الجبير وزير الخارجية السعودي": a person's name opening a new item of a
    comma list (a comma, then و on the name or on an honorific before it) right before the title; a
    verb's object comes after its subject with no comma between them."""
    if not _person_at(doc, i - 1, tm) or doc.mentions[tm[i - 1]].kind != "name":
        return False
    k = _name_start(toks, i - 1, tm)
    m = doc.mentions[tm[k]]
    if k >= 1 and toks[k - 1].is_word and toks[k - 1].norm.removeprefix("و") in lx.NAME_HONORIFICS:
        k -= 1  # "، والدكتور عادل الطريفي"
    elif m.start == toks[k].start:
        return False
    return toks[k].text.startswith("و") and k >= 1 and toks[k - 1].text in ("،", ",")


# Prepositions a name may follow; the phrase governed is one noun phrase, so a title right after the
# name is its apposition ("بحث ... مع الرئيس رمضان أحمد قاديروف رئيس الشيشان").
_PREPOSITIONS = _norm_words("مع من عن إلى الى على")


def _after_preposition(toks: list[Token], i: int, tm: dict[int, int]) -> bool:
    """The person's name before token `i` follows a preposition, at most past an honorific title."""
    if i < 1 or i - 1 not in tm:
        return False
    k = _name_start(toks, i - 1, tm)
    if k >= 1 and toks[k - 1].is_word and toks[k - 1].norm in lx.BARE_TITLES:
        k -= 1  # "مع الرئيس رمضان أحمد قاديروف"
    return k >= 1 and toks[k - 1].norm in _PREPOSITIONS


def _said_by(toks: list[Token], i: int, tm: dict[int, int]) -> bool:
    """ "صرح حازم الشعلان وزير الدفاع العراقي": the name before the title follows a verb of speaking,
    whose subject it is; such a verb takes no person as object, so the title is the name's (also past
    an honorific before the name: "كشف الشيخ رافع الرفاعي مفتي الديار العراقية")."""
    if i < 1 or i - 1 not in tm:
        return False
    k = i - 1
    while k - 1 >= 0 and tm.get(k - 1) == tm[i - 1]:
        k -= 1
    if k >= 2 and k - 1 not in tm and toks[k - 1].norm in lx.NAME_HONORIFICS:
        k -= 1
    return k >= 1 and toks[k - 1].norm in lx.SPEECH_WORDS


def find_roles(doc: Document) -> list[Role]:
    """Title phrases of every sentence, with holder / object mentions where the text gives them."""
    by_sent: dict[int, list[int]] = {}
    for mi, m in enumerate(doc.mentions):
        if m.sentence is not None:
            by_sent.setdefault(m.sentence, []).append(mi)
    roles = []
    for si, sent in enumerate(doc.sentences):
        toks = tokenize(doc.text, sent.start, sent.end)
        tm = token_mentions(toks, doc.mentions, by_sent.get(si, []))
        i, pending = 0, None
        while i < len(toks):
            inside_name = i in tm and doc.mentions[tm[i]].kind == "name"
            if toks[i].is_word and not inside_name and (own := _possessive_title(doc, toks, i, tm, si)):
                roles.append(own)  # "فيلق القدس، وعلى رأسه قائده الجنرال قاسم سليماني"
            if toks[i].is_word and not inside_name and (pairs := _dual_title_roles(doc, toks, i, tm, si)):
                roles.extend(pairs)  # "الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون"
                i += 1
                continue
            no_title = _role_title(toks, i) is None or _bare_sultan(doc, toks, i, tm)
            if not toks[i].is_word or inside_name or no_title:
                i += 1
                continue
            role, nxt = _scan_title(doc, toks, i, tm, si)
            role.kin = _kin_of_title(doc, toks, i, tm)
            if role.title in _CANDIDATES and (role.obj is None or doc.mentions[role.obj].coarse != "ORG"):
                i += 1  # "المرشح الرئاسي": a candidate of no body
                continue
            if role.holder is None and role.title in _MEMBER_WORDS:
                role.member_state = _apposed_member(doc, toks, i, tm)
            # a nationality title looks left only past a comma ("X، وزير الدولة البريطاني"):
            # "استقبل X الرئيس اليمني" has X as the subject, not the holder
            if role.holder is None and (not role.obj_by_adjective or _comma_before(toks, i)):
                role.holder = _left_holder(doc, toks, i, tm, role, nxt)
                if role.holder is not None and roles and _closed_apposition(doc, roles[-1], role.holder):
                    role.holder = None  # "وزير الخارجية، X، العاهل ...": X closed the previous apposition
                role.confidence = 0.6 if role.holder is not None else role.confidence
            if role.holder is None and _as_title(toks[i], role.title):
                role.holder = _earlier_person(doc, toks, i, tm)  # "برز X ... كزعيم لحركة Y"
            if role.holder is None and (role.obj is not None or role.country is not None):
                role.holder = _copula_holder(doc, toks, nxt, tm)  # "مسؤول مصري وحيد هو اللواء X"
            if role.holder is None and roles and _served_title(doc, roles[-1], role):
                # "كوشنر، مستشار الرئيس الأمريكي": the adviser of that office, of its country
                roles[-1].country = roles[-1].country or role.country
            elif role.holder is None and roles and _chained(doc, roles[-1], role):
                role.holder = roles[-1].holder  # "X، وزير الداخلية السعودي رئيس لجنة الحج العليا"
            elif role.holder is not None and roles and _open_before(doc, roles[-1], toks[i].start, si):
                # "المستشار بالديوان الملكي المشرف العام على X Y": both his; not after a preposition
                # ("رئيس الفيفا بالرئيس الإيراني X": another person's)
                if not _with_clitic(toks[i], role.title):
                    roles[-1].holder = role.holder
            elif role.holder is not None and roles and _honorific_apposition(doc, roles[-1], role, si):
                roles[-1].holder = role.holder  # "ولي العهد السعودي، الأمير محمد بن سلمان"
            if role.rel is None and role.title in _COUNTERPART and roles and roles[-1].sentence == si:
                _same_office(role, roles[-1])
            if pending is not None and pending[1] == i and role.holder is not None:
                pending[0].of_person = role.holder
            pending = None
            if role.obj is None and role.rel in _MEMBERS and nxt == i + 1:
                if role.holder is None:
                    role.holder = _left_name(doc, toks, i, tm)  # "X مستشار المرشد الإيراني Y"
                pending = (role, i + 1) if role.holder is not None else None
            roles.append(role)
            i = max(nxt, i + 1)
    _spokesman_named_after(doc, roles)
    return roles


_FIELD_REACH = 2  # adjectives of a field of expertise ("الشؤون التركية", "الشؤون الاقتصادية الدولية")


def _field_words(toks: list[Token], j: int, tm: dict[int, int]) -> int:
    """ "في الشؤون التركية" at token `j`: the words of an expert's field (0 where there is none)."""
    if toks[j].norm != "في" or j + 1 >= len(toks) or toks[j + 1].norm not in _FIELDS or j + 1 in tm:
        return 0
    k = j + 2
    while k < len(toks) and k - j - 2 < _FIELD_REACH and k not in tm and toks[k].norm.startswith("ال"):
        k += 1
    return k - j


_MEMBER_WORDS = _norm_words("عضو العضو عضوة العضوة")


def _apposed_member(doc: Document, toks: list[Token], i: int, tm: dict[int, int]) -> int | None:
    """ "مع تركيا، العضو في حلف الناتو": "the member" apposed to a state's (or body's) name describes it."""
    if not _comma_before(toks, i) or i - 2 not in tm:
        return None
    m = doc.mentions[tm[i - 2]]
    return tm[i - 2] if m.kind == "name" and (m.cls == "Country" or m.coarse == "ORG") else None


def _bare_sultan(doc: Document, toks: list[Token], i: int, tm: dict[int, int]) -> bool:
    """ "سلطان" not followed by a state's name or nationality adjective: a given name, not the title."""
    if _title_form(toks[i]) not in _SULTANS:
        return False
    state = i + 1 in tm and doc.mentions[tm[i + 1]].cls == "Country"
    return not state and not (i + 1 < len(toks) and country_of_adjective(toks[i + 1].norm))


_COPULAS = _norm_words("هو هي")


def _copula_holder(doc: Document, toks: list[Token], j: int, tm: dict[int, int]) -> int | None:
    """ "مسؤول مصري وحيد هو اللواء عباس كامل": a title phrase without a name, at most one indefinite
    adjective, the pronoun هو / هي, then (past honorifics) a person's name: the name is the holder."""
    if j < len(toks) and toks[j].is_word and j not in tm and not _definite(toks[j]):
        j += 1 if toks[j].norm not in _COPULAS else 0
    if j >= len(toks) or toks[j].norm not in _COPULAS:
        return None
    j += 1
    while j < len(toks) and j not in tm and toks[j].norm in lx.NAME_HONORIFICS | lx.BARE_TITLES:
        j += 1
    if j in tm and doc.mentions[tm[j]].coarse == "PER" and doc.mentions[tm[j]].kind == "name":
        return tm[j]
    return None


def _spokesman_named_after(doc: Document, roles: list[Role]) -> None:
    """ "تصريحا للمتحدث باسم الوزارة ... وقال المتحدث أحمد أبو زيد": the bare definite title with a name,
    right after (in the same or the next sentence) a spokesman's title of a body without a name, is that
    spokesman, of that body."""
    for prev, role in zip(roles, roles[1:], strict=False):
        bare = role.titles == (role.title,) and role.title.startswith("ال") and role.country is None
        bare = bare and role.rel == "spokespersonOf" and role.obj is None and role.holder is not None
        open_before = prev.rel == "spokespersonOf" and prev.holder is None and prev.obj is not None
        of_body = open_before and doc.mentions[prev.obj].coarse == "ORG"
        if bare and of_body and 0 <= role.sentence - prev.sentence <= 1:
            role.obj = prev.obj


# "his / her counterpart": the holder has the office of the title phrase before, in another country.
_COUNTERPART = frozenset(normalize(w) for w in ("نظيره", "نظيرها", "ونظيره", "ونظيرها"))


def _same_office(role: Role, prev: Role) -> None:
    """ "الرئيس الفرنسي ماكرون ونظيره الأميركي ترامب": the counterpart holds the earlier office."""
    role.rel, role.state_title, role.titles = prev.rel, prev.state_title, prev.titles


def _adjacent(doc: Document, prev: Role, start: int) -> bool:
    """Nothing but a space between the end of a title phrase and `start`."""
    return prev.phrase_end <= start and not doc.text[prev.phrase_end : start].strip()


def _open_before(doc: Document, prev: Role, start: int, sentence: int) -> bool:
    """A title phrase of this sentence, still without a holder, right before `start`."""
    return prev.holder is None and prev.sentence == sentence and _adjacent(doc, prev, start)


def _honorific_apposition(doc: Document, prev: Role, role: Role, sentence: int) -> bool:
    """ "العاهل السعودي، الملك سلمان": an open title phrase, a comma, then an honorific and a name."""
    return (
        prev.holder is None
        and prev.sentence == sentence
        and role.title in lx.NAME_HONORIFICS
        and role.obj is None
        and role.country is None
        and doc.text[prev.phrase_end : role.start].strip() in ("،", ",")
    )


def _chained(doc: Document, prev: Role, role: Role) -> bool:
    """A title phrase right after another one of the same holder, or the same office again, with the
    state's formal name, right after the holder's name (`الرئيس عبدالفتاح السيسي رئيس جمهورية مصر
    العربية`; not `استقبل الملك سلمان رئيس وزراء باكستان`, whose holder the text leaves out)."""
    if prev.holder is None:
        return False
    rest = set(normalize(doc.text[role.start : role.phrase_end]).split()[1:])
    bare_title = role.titles == (role.title,) and not rest & (lx.ALL_TITLES | _SKIP_IN_TITLE)
    formal = any(w.lstrip("بل") in _FORMAL_NOUNS for w in rest)  # the state by its formal name
    same_office = bare_title and formal and prev.title.removeprefix("ال") == role.title.removeprefix("ال")
    after_name = same_office and prev.end <= role.start and not doc.text[prev.end : role.start].strip()
    return _adjacent(doc, prev, role.start) or after_name


def _served_title(doc: Document, prev: Role, role: Role) -> bool:
    """An official's bare title word followed at once by a definite title (`مستشار الرئيس`,
    `مبعوث الملك`): the second names the office he serves (a genitive), not a second office of his."""
    bare = prev.titles == (prev.title,) and not prev.title.startswith("ال") and prev.obj is None
    return (
        bare
        and prev.rel in _MEMBERS
        and role.title.startswith("ال")
        and role.sentence == prev.sentence
        and normalize(doc.text[prev.start : role.start]).split() == [prev.title]
    )


def _closed_apposition(doc: Document, prev: Role, holder: int) -> bool:
    """ "وزير الخارجية الأمريكي، مايك بومبيو،": the name already holds the previous title, set off by
    commas, so the next title after its comma is someone else's ("القاضي X المتحدث باسم ..." is not)."""
    m = doc.mentions[holder]
    return prev.holder == holder and any(c in doc.text[prev.phrase_end : m.start] for c in "،,")


def _with_clitic(tok: Token, form: str) -> bool:
    """The title is read off the token only past a proclitic (`بالرئيس`, `والرئيس`)."""
    shifts = {shift for shift, f in tok.forms if f == form}
    return bool(shifts) and 0 not in shifts


def _as_title(tok: Token, form: str) -> bool:
    """ "كزعيم", "كرئيس": the title with the preposition "ك" (as), said of the clause's subject."""
    return any(f == form and tok.norm[:shift].endswith("ك") for shift, f in tok.forms if shift)


def _earlier_person(doc: Document, toks: list[Token], i: int, tm: dict[int, int]) -> int | None:
    """The nearest person's name before token `i` in the sentence."""
    for k in range(i - 1, -1, -1):
        if k in tm and doc.mentions[tm[k]].coarse == "PER" and doc.mentions[tm[k]].kind == "name":
            return tm[k]
    return None


def _left_name(doc: Document, toks: list[Token], i: int, tm: dict[int, int]) -> int | None:
    """A person's name right before the title (no comma); also before a kinship noun the title is
    joined to by و ("جاريد كوشنر صهر ومستشار الرئيس الأمريكي": his son-in-law and adviser)."""
    k = i - 1
    if k >= 1 and toks[i].text.startswith("و") and k not in tm and _kin_word(toks[k]):
        k -= 1
    if k >= 0 and k in tm:
        m = doc.mentions[tm[k]]
        if m.coarse == "PER" and m.kind == "name":
            return tm[k]
    return None


# Kinship nouns: "زوجة الرئيس المصري انتصار السيسي" names the president's wife, not the president.
_KIN_NOUNS = _norm_words(
    "زوجة قرينة حرم عقيلة أرملة ابن ابنة نجل نجلة شقيق شقيقة أخ أخت والد والدة صهر حفيد حفيدة"
)
_KIN_CLITICS = ("و", "ل", "ب")


def _kin_word(tok: Token) -> bool:
    """A kinship noun, possibly with a conjunction or preposition glued on ("وزوجة", "لنجل")."""
    if not tok.is_word:
        return False
    return tok.norm in _KIN_NOUNS or (tok.norm[:1] in _KIN_CLITICS and tok.norm[1:] in _KIN_NOUNS)


def _kin_of_title(doc: Document, toks: list[Token], i: int, tm: dict[int, int]) -> bool:
    """A kinship noun opens the phrase before the title ("زوجة الرئيس المصري X"): the name after the title
    is the relative's. Not where a person's name comes right before the kinship noun ("كوشنر، صهر الرئيس
    الأمريكي دونالد ترامب"): the relative is that person, and the name after the title is the holder's."""
    if i < 1 or i - 1 in tm or not _kin_word(toks[i - 1]):
        return False
    if toks[i].text.startswith("و"):
        return False  # "مع والده وأمير قطر السابق، الشيخ حمد": his father and the emir, one person
    k = i - 2
    if k >= 0 and toks[k].text in ("،", ","):
        k -= 1
    if k >= 0 and k in tm and doc.mentions[tm[k]].coarse == "PER":
        return False
    # "أرملة الرئيس الراحل ياسر عرفات": the name after a late office holder's title is his own
    return not any(t.norm in _LATE for t in toks[i + 1 : i + _LATE_REACH + 1])


_LATE = _norm_words("الراحل الراحلة")
_LATE_REACH = 3  # words between the title and "الراحل" ("الرئيس الفلسطيني الراحل")


# ---------------------------------------------------------------- relations -----------------------


class _Out:
    """Collects relations, one per (subject, type, object), keeping the most confident."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str], Relation] = {}
        # (subject, object) pairs whose affiliation is stated beside a stronger tie, and kept with it
        self.kept: set[tuple[str, str]] = set()

    def also_affiliated(self, subj: str | None, rel: str, obj: str | None) -> None:
        """The affiliation every tie implies (each relation is a sub-property of affiliatedWith in the
        ontology), kept beside the relation `(subj, rel, obj)` collected before, where the text leaves
        the kind of tie open: "مدير العمليات والطوارئ في المنظمة" (a member of it, or its employee?)."""
        t = self.items.get((subj or "", rel, obj or ""))
        if t is None:
            return
        self.add(
            "affiliatedWith", t.subject, t.object, t.sentence, t.start, t.end, t.confidence, t.role_title
        )
        self.kept.add((t.subject, t.object))

    def add(
        self,
        rel: str,
        subj: str | None,
        obj: str | None,
        si: int,
        start: int,
        end: int,
        conf: float,
        title: str | None = None,
    ) -> None:
        if not subj or not obj or subj == obj:
            return
        key = (subj, rel, obj)
        old = self.items.get(key)
        if old is None or conf > old.confidence:
            self.items[key] = Relation(rel, subj, obj, si, start, end, conf, EXTRACTOR, title)


def _country_entity(doc: Document, place: Place | None) -> str | None:
    """Key of the document entity for a country named by a nationality adjective."""
    if place is None:
        return None
    from .coref import place_code  # local import: coref imports this module

    for e in doc.entities:
        if e.cls == "Country" and place_code(e.label_ar) == place.code:
            return e.key
    return None


def _role_relations(doc: Document, role: Role, out: _Out) -> None:
    if role.member_state is not None:  # the member is that state, not a person coreference gives
        if role.obj is not None and doc.mentions[role.obj].coarse == "ORG":
            member = doc.mentions[role.member_state].entity
            body = doc.mentions[role.obj].entity
            out.add("memberOf", member, body, role.sentence, role.start, role.end, role.confidence)
        return
    holder = _entity_of_holder(doc, role)
    if holder is None or role.kin:  # (the name after "زوجة الرئيس" holds no office of the title)
        return
    if role.of_person is not None:  # an adviser / envoy of a person
        boss = doc.mentions[role.of_person].entity
        title = doc.text[role.start : role.phrase_end]
        out.add("affiliatedWith", holder, boss, role.sentence, role.start, role.end, 0.6, title)
        return
    title = doc.text[role.start : role.phrase_end]
    obj_m = doc.mentions[role.obj] if role.obj is not None else None
    if obj_m is not None and _personal_office(doc, obj_m):
        return  # "المدير السابق لمكتب السيسي": a person's staff, no body the holder leads or joins
    parent = doc.mentions[role.parent].entity if role.parent is not None else None
    if parent and obj_m is not None and obj_m.entity:  # the unit's head is a member of the body above
        out.add(
            "memberOf", holder, parent, role.sentence, role.start, role.end, role.confidence - 0.15, title
        )
        out.add(
            "partOf", obj_m.entity, parent, role.sentence, role.start, role.end, role.confidence - 0.1, title
        )
    obj = obj_m.entity if obj_m is not None else None
    _seat_of_body(doc, role, obj_m, out)
    spokes_for_person = obj_m is not None and obj_m.coarse == "PER" and role.rel == "spokespersonOf"
    if obj_m is not None and (obj_m.coarse == "ORG" or spokes_for_person) and role.rel:
        # "المتحدث باسم أردوغان": also a person's spokesman; "رئيس الحكومة الفرنسية الأسبق": a former
        # head is of the body, no longer its leader
        rel = "affiliatedWith" if role.rel == "leaderOf" and _former(doc, role) else role.rel
        out.add(rel, holder, obj, role.sentence, role.start, role.end, role.confidence, title)
        # "مدير العمليات والطوارئ في المنظمة", "الباحثة في جامعة كوبنهاغن": he works for it
        if (role.unit or role.title in _RESEARCHERS) and rel == "memberOf":
            out.also_affiliated(holder, rel, obj)
        if (state := _cabinet_state(doc, role, obj_m)) is not None:
            # "رئيس مجلس الوزراء العراقي X" leads Iraq, as "رئيس الوزراء العراقي X" does
            conf = role.confidence - 0.15
            out.add(rel, holder, state, role.sentence, role.start, role.end, conf, title)
        if rel != "leaderOf" and (state := _government_place(doc, obj_m)) is not None:
            # "نائب رئيس حكومة الشيشان": an official of a state's government is of the state
            conf = role.confidence - 0.15
            out.add("affiliatedWith", holder, state, role.sentence, role.start, role.end, conf, title)
    elif (
        obj_m is not None
        and obj_m.cls in ("Country", "Region", "Place")  # (a republic the gazetteer lacks: "رئيس الشيشان")
        and role.rel == "leaderOf"
        and role.state_title
    ):
        # "رئيس وزراء إقليم كردستان السابق": a former head is still of that place, no longer its leader
        rel = "affiliatedWith" if _former(doc, role) else "leaderOf"
        out.add(rel, holder, obj, role.sentence, role.start, role.end, role.confidence, title)
        _keep_former(doc, role, holder, obj, out)
    elif (
        obj_m is not None
        and obj_m.cls == "Country"
        and role.rel == "deputyOf"
        and _HEAD_TITLES & set(role.titles)
    ):
        # "نائب رئيس جمهورية العراق": the deputy of the state's head
        out.add("deputyOf", holder, obj, role.sentence, role.start, role.end, role.confidence - 0.1, title)
    elif obj_m is not None and obj_m.coarse == "LOC" and role.title in _GOVERNORS:
        # "محافظ الحديدة الحسن طاهر": a governor heads his province or city
        out.add("leaderOf", holder, obj, role.sentence, role.start, role.end, role.confidence, title)
    elif obj_m is not None and (obj_m.cls == "Country" or (obj_m.coarse == "LOC" and role.rel in _MEMBERS)):
        # "وزير خارجية إيران", "ولي عهد أبوظبي"
        out.add(
            "affiliatedWith", holder, obj, role.sentence, role.start, role.end, role.confidence - 0.15, title
        )
    country = _country_entity(doc, role.country)
    phrase = set(normalize(title).split())
    if obj_m is not None and obj_m.cls != "Country" and _PORTFOLIO & phrase:
        obj_m = None  # "وزير الدولة البريطاني لشؤون الشرق الأوسط": a portfolio, not what he serves
    cabinet = bool({"الوزراء", "الحكومه"} & phrase)
    heads = role.rel == "leaderOf" or (role.rel == "deputyOf" and bool(_HEAD_TITLES & set(role.titles)))
    if country and obj_m is None:
        gov = _government_of(doc, role)
        # "رئيس الوزراء التركي" leads "الحكومة التركية" (not when he is a former one), and the country
        if gov and heads and cabinet and not _former(doc, role):
            out.add(role.rel, holder, gov, role.sentence, role.start, role.end, role.confidence - 0.1, title)
        presidential = "الجمهوريه" in phrase or _PRESIDENT in role.titles
        if role.rel == "deputyOf" and heads:  # "نائب رئيس الجمهورية العراقي": deputy of the state
            rel = "deputyOf"
        else:  # head of state, or a prime minister where the article names no government
            custodian = role.title == _CUSTODIAN[0]  # (the Saudi king's title has no article)
            state = role.state_title and (role.title.startswith("ال") or presidential or cabinet or custodian)
            # "الرئيس العراقي الأسبق صدام حسين": a former head is of the country, no longer its leader;
            # "الأمير السعودي الوليد بن طلال": in a kingdom a prince is of the country, the king leads it
            state = state and not _former(doc, role) and not _prince_of_kingdom(role)
            rel = "leaderOf" if state and role.rel == "leaderOf" else "affiliatedWith"
            rel = "leaderOf" if _chancellor(doc, role) else rel
        out.add(rel, holder, country, role.sentence, role.start, role.end, role.confidence - 0.15, title)
        _keep_former(doc, role, holder, country, out)
    elif obj_m is None and role.country is None and heads and cabinet and not _former(doc, role):
        gov = _only_government(doc)  # "نائب رئيس الوزراء بهاء الأعرجي": the article's one government
        if gov:
            out.add(role.rel, holder, gov, role.sentence, role.start, role.end, role.confidence - 0.2, title)


def _keep_former(doc: Document, role: Role, holder: str, state: str | None, out: _Out) -> None:
    """ "الزعيم الليبي السابق معمر القذافي": the text says he no longer leads the state, so his
    affiliation stands even where another phrase ("مقتل الزعيم الليبي") calls him its leader."""
    if state and role.rel == "leaderOf" and role.state_title and _former(doc, role):
        out.kept.add((holder, state))


_HEADS = ("leaderOf", "deputyOf")
_CABINET = tuple(normalize(w) for w in ("مجلس", "الوزراء"))


def _cabinet_state(doc: Document, role: Role, obj_m: Mention) -> str | None:
    """The country whose cabinet, named with its nationality adjective ("مجلس الوزراء العراقي"), the
    holder heads (or deputises for the head of): the prime minister of a state leads the state."""
    words = tuple(normalize(obj_m.text).split())
    if len(words) != 3 or words[:2] != _CABINET or role.rel not in _HEADS or _former(doc, role):
        return None
    if not _HEAD_TITLES & set(role.titles):
        return None  # "الأمين العام لمجلس الوزراء العراقي": an official of the cabinet, heading no state
    return _country_entity(doc, country_of_adjective(words[2]))


def _seat_of_body(doc: Document, role: Role, obj_m: Mention | None, out: _Out) -> None:
    """ "أحمد الخطيب، رئيس هيئة الترفيه في السعودية": the body a named head (or his deputy) runs is in
    the country after في (an envoy's or a member's "في" may name where he, not the body, is; an armed
    group's, "زعيم ميليشيات الانقلاب في اليمن", where it fights)."""
    if role.seat is None or obj_m is None or obj_m.kind != "name" or role.rel not in _HEADS:
        return
    if obj_m.cls == "ArmedGroup":
        return
    where = doc.mentions[role.seat]
    if where.cls == "Country" and where.kind == "name" and role.holder is not None:
        out.add("locatedIn", obj_m.entity, where.entity, role.sentence, obj_m.start, where.end, 0.65)


_OFFICE_NOUNS = _norm_words("مكتب ديوان")


def _government_place(doc: Document, m: Mention) -> str | None:
    """The place entity a government is named after ("حكومة الشيشان"), if the article names it."""
    words = normalize(m.text).split()
    if m.coarse != "ORG" or len(words) < 2 or words[0] != _GOVERNMENT:
        return None
    rest = " ".join(words[1:])
    for e in doc.entities:
        if e.coarse == "LOC" and rest in {normalize(a) for a in [e.label_ar, *e.aliases]}:
            return e.key
    return None


def _personal_office(doc: Document, m: Mention) -> bool:
    """A body named "office of" a person of the article ("مكتب السيسي"): his staff."""
    words = normalize(m.text).split()
    if m.coarse != "ORG" or len(words) < 2 or words[0] not in _OFFICE_NOUNS:
        return False
    rest = " ".join(words[1:])
    return any(
        e.coarse == "PER" and rest in {normalize(a) for a in [e.label_ar, *e.aliases]} for e in doc.entities
    )


_HEAD_TITLES = frozenset(normalize(w) for w in ("رئيس", "الرئيس"))
_GOVERNORS = _norm_words("محافظ المحافظ")
_PORTFOLIO = frozenset(normalize(w) for w in ("لشؤون", "بشؤون"))
_PRESIDENT = normalize("الرئيس")


_PRINCE = normalize("الأمير")
_KINGDOMS = frozenset({"SA", "JO", "MA", "BH", "GB"})  # states whose head is a king, not an emir


_CHANCELLORS = _norm_words("المستشار المستشارة")
_CHANCELLERIES = frozenset({"DE", "AT"})  # states whose head of government is their chancellor


def _chancellor(doc: Document, role: Role) -> bool:
    """ "المستشارة الألمانية أنغيلا ميركل": a German or Austrian chancellor heads the government, where
    elsewhere an "adviser" (مستشار) only serves."""
    country = role.country.code if role.country else None
    return role.title in _CHANCELLORS and country in _CHANCELLERIES and not _former(doc, role)


def _prince_of_kingdom(role: Role) -> bool:
    return role.title == _PRINCE and role.country is not None and role.country.code in _KINGDOMS


# "الرئيس المصري آنذاك محمد مرسي": "the then president" held the office at the time of a past event
_THEN_WORDS = _norm_words("آنذاك حينذاك وقتذاك")


def _former(doc: Document, role: Role) -> bool:
    """ "رئيس الوزراء السابق", "الرئيس المصري آنذاك": a former office holder leads nothing now."""
    words = normalize(doc.text[role.start : role.end]).split()
    return role.former or any(w in lx.FORMER_WORDS or w in _THEN_WORDS for w in words)


def _only_government(doc: Document) -> str | None:
    """The national government entity when the article names exactly one ("الحكومة العراقية",
    "مجلس الوزراء العراقي", "حكومة حيدر العبادي")."""
    found = set()
    for e in doc.entities:
        w = normalize(e.label_ar).split()
        if e.coarse != "ORG" or len(w) < 2:
            continue
        national = w[0] == "الحكومه" and country_of_adjective(w[1]) is not None
        cabinet = w[:2] == ["مجلس", "الوزراء"] or (w[0] == "حكومه" and e.cls == "GovernmentOrganization")
        if national or cabinet:
            found.add(e.key)
    return found.pop() if len(found) == 1 else None


def _government_of(doc: Document, role: Role) -> str | None:
    """The national government entity of a prime-minister title phrase, if the article names it."""
    phrase = normalize(doc.text[role.start : role.phrase_end]).split()
    if role.country is None or not ({"الوزراء", "الحكومه"} & set(phrase)):
        return None
    for e in doc.entities:
        w = normalize(e.label_ar).split()
        if e.coarse == "ORG" and len(w) == 2 and w[0] == "الحكومه":
            p = country_of_adjective(w[1])
            if p and p.code == role.country.code:
                return e.key
    return None


def _entity_of_holder(doc: Document, role: Role) -> str | None:
    if role.holder is not None:
        return doc.mentions[role.holder].entity
    for m in doc.mentions:  # a description resolved by coreference ("الجنرال الإيراني")
        if m.kind == "nominal" and m.coarse == "PER" and m.start == role.start and m.entity:
            return m.entity
    return None


def _link_relations(doc: Document, out: _Out) -> None:
    """partOf / memberOf / affiliatedWith / leaderOf from words between two name mentions."""
    # a nominal coalition too: "التحالف العسكري الذي تقوده السعودية"
    names = [
        m for m in doc.mentions if m.entity and (m.kind == "name" or m.cls == "Country" or _coalition(m))
    ]
    names.sort(key=lambda m: m.start)
    for m in names:  # (also the first name of a sentence: "محافظة إدلب السورية ساحة حرب")
        _located(doc, m, out)
        _town_with_adjective(doc, m, out)
    for k, (a, b) in enumerate(zip(names, names[1:], strict=False)):
        if a.sentence != b.sentence:
            continue
        between = [t for t in tokenize(doc.text, a.end, b.start) if t.is_word and len(t.norm) > 1]
        words = [t.norm for t in between]
        clitic = doc.text[max(a.end, b.start - 2) : b.start]
        if not _respective_leaders(doc, names, k, words, out):
            _link_pair(a, b, words, clitic, out)
        _section_of(doc, a, b, words, out)
        _chaired_cabinet(doc, a, b, words, out)
        body = names[k - 1] if k > 0 else None
        if body is not None and _body_in_place(doc, body, a) and _led_by_state(body, b, words):
            # "تحالف دعم الشرعية في اليمن، الذي تقوده السعودية": the clause qualifies the body, not the place
            out.add("leaderOf", b.entity, body.entity, a.sentence or 0, body.start, b.end, 0.75)
        _verb_leader(doc, a, b, words, out)
        _headquartered(doc, a, b, words, out)
        if not _river(doc, a):  # "شرقي نهر الفرات في محافظة دير الزور": the area east of it is there
            _direction_of(doc, a, b, words, out)
            _contained(doc, a, b, words, out)
        _premises_in(doc, a, b, words, out)


def _joined(doc: Document, a: Mention, b: Mention) -> bool:
    """Only "و" (and a comma) between two mentions of one sentence."""
    return a.sentence == b.sentence and normalize(doc.text[a.end : b.start]).strip(" ،,") == "و"


def _respective_leaders(doc: Document, names: list[Mention], k: int, words: list[str], out: _Out) -> bool:
    """ "المملكة العربية السعودية والمملكة الأردنية الهاشمية، بقيادة خادم الحرمين الشريفين الملك سلمان،
    والملك عبدالله الثاني": two states led by two leaders, each by the one in the same place of the list
    (not both by the first). Adds both, and says whether the pattern was there."""
    if k < 1 or k + 2 >= len(names):
        return False
    first, a, b, c = names[k - 1], names[k], names[k + 1], names[k + 2]
    states = all(m.coarse == "ORG" or m.cls == "Country" for m in (first, a)) and _joined(doc, first, a)
    if not states or not _led_by(a, b, words) or c.coarse != "PER" or c.kind != "name":
        return False
    rest = [t.norm for t in tokenize(doc.text, b.end, c.start) if t.is_word]
    if not rest or not rest[0].startswith("و") or not all(w in _HONORIFICS for w in [rest[0][1:], *rest[1:]]):
        return False
    if b.sentence != c.sentence:
        return False
    out.add("leaderOf", b.entity, first.entity, a.sentence or 0, first.start, b.end, 0.8)
    out.add("leaderOf", c.entity, a.entity, a.sentence or 0, a.start, c.end, 0.8)
    return True


_RIVER_WORDS = _norm_words("نهر ونهر بنهر لنهر ضفاف ضفة ضفتي")


def _river(doc: Document, m: Mention) -> bool:
    """A river ("نهر الفرات", "على ضفاف النيل") runs through several places: a place named after it
    with في or a direction locates what lies by the river, not the river."""
    before = [t.norm for t in tokenize(doc.text, max(0, m.start - 10), m.start) if t.is_word]
    return normalize(m.text).split()[0] in _RIVER_WORDS or bool(before) and before[-1] in _RIVER_WORDS


def _body_in_place(doc: Document, body: Mention, place: Mention) -> bool:
    """ "تحالف دعم الشرعية في اليمن": an organisation, then في and the place where it acts."""
    gap = normalize(doc.text[body.end : place.start]).split()
    same_sentence = body.sentence == place.sentence
    return body.coarse == "ORG" and place.coarse == "LOC" and same_sentence and gap == ["في"]


def _coalition(m: Mention) -> bool:
    return m.kind == "nominal" and m.coarse == "ORG" and normalize(m.text) == "التحالف"


# "الموالية لإيران", "المقرب من": loyalty or closeness makes an affiliation; being backed does not
# ("القوات السورية المدعومة من روسيا وإيران" are no Russian forces)
_BACKED_WORDS = _norm_words("المدعوم المدعومة المدعومين")
_LOYAL_WORDS = lx.AFFILIATED_WORDS - _BACKED_WORDS
# "المحلل أحمد أبازيد، المقرب من المعارضة": a person close to a body is no member of it (a body
# close to another, "المنظمة، المقربة من إيران", is aligned with it)
_CLOSE_WORDS = _norm_words("المقرب المقربة")


def _link_pair(a: Mention, b: Mention, words: list[str], clitic: str, out: _Out) -> None:
    span = (a.sentence or 0, a.start, b.end)
    if 1 <= len(words) <= 2 and words[0] in lx.WING_WORDS and a.coarse == b.coarse == "ORG":
        out.add("partOf", a.entity, b.entity, *span, 0.8)  # "X، الجناح العسكري لحزب Y"
    elif words and words[0] in lx.PART_OF_WORDS and a.coarse == b.coarse == "LOC" and _unit_gap(words[1:]):
        out.add("locatedIn", a.entity, b.entity, *span, 0.8)  # "قرية رابور، التابعة لمحافظة كرمان"
    elif (
        _part_of_gap(words) or _part_past_conjunct(a, words) or _part_past_tail(a, words)
    ) and b.coarse == "ORG":
        if a.coarse == "ORG":
            out.add("partOf", a.entity, b.entity, *span, 0.85)
        elif a.coarse == "PER":
            out.add("memberOf", a.entity, b.entity, *span, 0.8)
    elif (
        1 <= len(words) <= 2
        and words[0] in _LOYAL_WORDS
        and (a.coarse == "ORG" or (a.coarse == "PER" and words[0] not in _CLOSE_WORDS))
        and a.kind == "name"
    ):
        if b.coarse in ("ORG", "LOC") and (len(words) == 1 or words[1] in ("من", "ل")):
            out.add("affiliatedWith", a.entity, b.entity, *span, 0.7)
    elif _loyal_to_titled(a, b, words):  # "المقاومة الشعبية الموالية للرئيس الشرعي عبد ربه منصور هادي"
        out.add("affiliatedWith", a.entity, b.entity, *span, 0.7)
    elif _one_of_members(words) and a.coarse == "PER" and b.coarse == "ORG":
        out.add("memberOf", a.entity, b.entity, *span, 0.75)  # "أبي علي الشيشاني احد قياديي جبهة النصرة"
    elif _seat_gap(words) and a.coarse == "ORG" and b.coarse == "LOC":
        out.add("locatedIn", a.entity, b.entity, *span, 0.75)  # "جماعة X الحقوقية ومقرها لندن"
    elif _led_by(a, b, words):  # "المملكة بقيادة خادم الحرمين الشريفين الملك سلمان"
        out.add("leaderOf", b.entity, a.entity, *span, 0.8)
    elif (
        _led_by_state(a, b, words)
        or (  # "التحالف العربي بقيادة المملكة العربية السعودية"
            2 <= len(words) <= 2 + _TITLE_REACH
            and words[0] in ("الذي", "التي")
            and words[1] in lx.LEADER_REL_VERBS
            and _titles_before_name(words[2:])  # "الذي يتزعمه الزعيم الديني مقتدى الصدر"
            and b.coarse == "PER"
        )
    ):
        out.add("leaderOf", b.entity, a.entity, *span, 0.75)
    if _copula_writer(a, b, words):
        out.add("affiliatedWith", a.entity, b.entity, *span, 0.7)
    _ = clitic


# "وهو كاتب بصحيفة X": the person writes for the paper (a writer, journalist or correspondent of it)
_WRITERS = _norm_words("كاتب كاتبة صحفي صحفية صحافي صحافية مراسل مراسلة محرر محررة")


def _copula_writer(a: Mention, b: Mention, words: list[str]) -> bool:
    """ "جمال خاشقجي، وهو كاتب بصحيفة واشنطن بوست": a person's name, هو / هي, a writer's noun, then
    (after ب / ل / في) a body's name."""
    if a.coarse != "PER" or a.kind != "name" or b.coarse != "ORG" or b.kind != "name":
        return False
    if words[-1:] == ["في"]:
        words = words[:-1]
    return len(words) == 2 and words[0].removeprefix("و") in _COPULAS and words[1] in _WRITERS


_GENERIC_UNITS = _norm_words("وحدات عناصر أفراد مجموعات")


def _loyal_to_titled(a: Mention, b: Mention, words: list[str]) -> bool:
    """ "المقاومة الشعبية الموالية للرئيس الشرعي عبد ربه منصور هادي": a named body loyal to a person
    named after his title (ل + title, then adjectives or honorifics)."""
    if len(words) < 2 or words[0] not in _LOYAL_WORDS or a.coarse != "ORG" or a.kind != "name":
        return False
    if set(normalize(a.text).split()[:1]) & _GENERIC_UNITS:
        return False  # "وحدات الجيش الموالية للرئيس السابق": some of the army's units, no body of their own
    if b.coarse != "PER" or b.kind != "name" or not words[1].startswith("ل"):
        return False
    title = "ال" + words[1][2:] if words[1].startswith("لل") else words[1][1:]
    return title in lx.ALL_TITLES and len(words) <= 4 and all(_titling(w) for w in words[2:])


def _part_of_gap(words: list[str]) -> bool:
    """ "فيلق القدس التابع للحرس الثوري": only the attributive link between the two names."""
    return len(words) == 1 and words[0] in lx.PART_OF_WORDS


# Head nouns of a body that sits inside another ("اللجنة العربية الدائمة لحقوق الإنسان بجامعة الدول العربية").
_SECTION_HEADS = _norm_words(
    "لجنة اللجنة هيئة الهيئة مجلس المجلس مكتب المكتب دائرة الدائرة قسم القسم مفوضية المفوضية أمانة الأمانة"
)
_NAME_TAIL_REACH = 3  # words of a body's name after ل that its mention left out ("لحقوق الإنسان")


def _section_of(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """ "اللجنة العربية الدائمة لحقوق الإنسان بجامعة الدول العربية", "لجنة الدفاع بمجلس الاتحاد": a
    committee, council or office, then another body with ب glued on: it is part of that body (after في the
    second body may be where it sits or whom it serves, and the name of the first is often cut)."""
    head = normalize(a.text).split()[:1]
    if a.coarse != "ORG" or b.coarse != "ORG" or a.kind != "name" or not set(head) & _SECTION_HEADS:
        return
    if doc.text[b.start - 1 : b.start] != "ب" or not doc.text[b.start - 2 : b.start - 1].isspace():
        return
    tail = not words or (words[0].startswith("ل") and len(words) <= _NAME_TAIL_REACH)
    if tail and not any(lx.is_stop(w, w) or w in _TITLES for w in words):
        out.add("partOf", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.6)


_KINGS = _norm_words("الملك العاهل خادم")


def _chaired_cabinet(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """ "مجلس الوزراء السعودي برئاسة الملك سلمان بن عبد العزيز": the king who chairs his state's cabinet
    leads the state."""
    name = normalize(a.text).split()
    cabinet = name[:2] == ["مجلس", "الوزراء"] or name[:1] == ["الحكومه"]
    if a.coarse != "ORG" or not cabinet or len(name) < 2 or b.coarse != "PER" or b.kind != "name":
        return
    if len(words) < 2 or words[0] not in lx.LEADER_BY_WORDS or words[1] not in _KINGS:
        return
    if all(w in _HONORIFICS for w in words[1:]):
        state = _country_entity(doc, country_of_adjective(name[-1]))
        out.add("leaderOf", b.entity, state, a.sentence or 0, a.start, b.end, 0.7)


_MASCULINE_PART_OF = normalize("التابع")
_CONJUNCT_REACH = 3  # words of a coordinated noun phrase the body's name mention left out


def _part_past_conjunct(a: Mention, words: list[str]) -> bool:
    """ "جهاز حرس المنشآت والموانئ النفطية التابع للبرلمان": a masculine "التابع" after a feminine
    word that ends a و-conjunct can only agree with the masculine body named before the conjunct (the
    name mention stopped at the conjunction)."""
    if not 2 <= len(words) <= _CONJUNCT_REACH + 1 or words[-1] != _MASCULINE_PART_OF:
        return False
    masculine_body = a.coarse == "ORG" and not normalize(a.text).split()[0].endswith("ه")
    return masculine_body and words[0].startswith("وال") and words[-2].endswith("ه")


_TAIL_REACH = 2  # adjectives ending a body's name that its mention left out ("المؤقتة")


def _part_past_tail(a: Mention, words: list[str]) -> bool:
    """ "الحكومة الليبية [المؤقتة] التابعة للبرلمان": a named body, one or two definite adjectives its
    mention left out, then "التابعة"."""
    if a.coarse != "ORG" or a.kind != "name" or not 2 <= len(words) <= _TAIL_REACH + 1:
        return False
    tail = words[:-1]
    return words[-1] in lx.PART_OF_WORDS and all(w.startswith("ال") and not is_nisba(w) for w in tail)


_TITLE_REACH = 3  # title words between "الذي يتزعمه" and the leader's name

# Plurals of a body's members after أحد, "one of" (أحد قياديي، أحد أبرز قادة، أحد أعضاء).
_MEMBER_PLURALS = frozenset(
    ("قياديي", "قاده", "قيادات", "اعضاء", "مسوولي", "موسسي", "زعماء", "عناصر", "مقاتلي", "كوادر")
)


def _one_of_members(words: list[str]) -> bool:
    """The words between a person and a body say he is one of its members (`احد قياديي`, `احد ابرز قاده`)."""
    return (
        len(words) in (2, 3)
        and words[0] == "احد"
        and words[-1] in _MEMBER_PLURALS
        and (len(words) == 2 or words[1] in ("ابرز", "كبار"))
    )


def _titling(word: str) -> bool:
    """A title or honorific, or a definite adjective qualifying one (`الزعيم الديني`)."""
    return word in _HONORIFICS or word in lx.ALL_TITLES or (word.startswith("ال") and word.endswith("ي"))


def _titles_before_name(words: list[str]) -> bool:
    """Title words, possibly followed by one given name the person's mention left out."""
    last = words[-1] if words else ""
    if last and not last.startswith("ال") and not _titling(last) and not lx.is_stop(last, last):
        words = words[:-1]
    return all(_titling(w) for w in words)


def _seat_gap(words: list[str]) -> bool:
    """ "ومقرها لندن", "ومقره في القامشلي", "التي يوجد مقرها في مدينة لاهاي": the seat word, at most two
    words after the body's name (or after the last words of its name the mention left out, before the
    relative pronoun: "منظمة حظر الأسلحة [الكيميائية] التي يوجد مقرها")."""
    for town in (["في", "مدينه"], ["بمدينه"], ["مدينه"], ["في"]):
        if words[-len(town) :] == town:
            words = words[: -len(town)]
            break
    rel = next((k for k, w in enumerate(words) if w in ("الذي", "التي")), 0)
    if 0 < rel <= _NAME_TAIL_REACH and all(w.startswith("ال") for w in words[:rel]):
        words = words[rel:]
    return 1 <= len(words) <= 3 and words[-1] in _SEAT_WORDS


def _nominal_seats(doc: Document, out: _Out) -> None:
    """ "ووفق المنظمة التي يوجد مقرها في نيويورك": a body named before and taken up by its noun, whose
    seat the clause after it gives, lies there (as a named one does: "ومقرها لندن")."""
    ms = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.start)
    for a, b in zip(ms, ms[1:], strict=False):
        if a.kind != "nominal" or a.coarse != "ORG" or b.coarse != "LOC" or b.kind != "name":
            continue
        words = [t.norm for t in tokenize(doc.text, a.end, b.start) if t.is_word and len(t.norm) > 1]
        if a.sentence == b.sentence and (_seat_gap(words) or _takes_as_seat(doc, words, b)):
            out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.7)


def _verb_leader(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """ "يترأس كريس أورمسون شركة غوغل أوتو": a leading verb, its subject's name, then the body; or the
    subject's name, the verb, then the body ("وظل أمين يترأس منتدى العالم الثالث")."""
    if a.coarse != "PER" or a.kind != "name" or b.coarse != "ORG":
        return
    if len(words) == 1 and words[0] in _LEADING_VERBS and b.kind == "name":
        out.add("leaderOf", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.7)
    if words:
        return
    before = [t.norm for t in tokenize(doc.text, max(0, a.start - 20), a.start) if t.is_word]
    if before and before[-1].lstrip("و") in _LEADING_VERBS:
        out.add("leaderOf", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.75)


_LEADING_VERBS = _norm_words("يترأس ترأس يرأس تترأس ترأست ترأسها يقود قاد تقود قادت يتزعم تزعم تتزعم تزعمت")


_SEAT_WORDS = _norm_words("مقرها ومقرها مقره ومقره")
_HONORIFICS = (
    lx.STATE_LEADER_TITLES | lx.TITLE_FILLERS | lx.TITLE_COMPLEMENTS | _norm_words("خادم الشيخ السيد")
)


_ITS_GOVERNMENT = _norm_words("وحكومتها وحكومته وشعبها وشعبه")


def _led_by(a: Mention, b: Mention, words: list[str]) -> bool:
    """ "X بزعامة Y": an organisation (or a country) led by a person, possibly through head-of-state
    titles and honorifics, never through a minister's title."""
    if words and words[0] in _ITS_GOVERNMENT:
        words = words[1:]  # "للمملكة وحكومتها بقيادة خادم الحرمين الشريفين الملك سلمان"
    if not words or words[0] not in lx.LEADER_BY_WORDS or b.coarse != "PER" or b.kind != "name":
        return False
    if not (a.coarse == "ORG" or a.cls == "Country"):
        return False
    return len(words) <= 5 and all(w in _HONORIFICS for w in words[1:])


def _unit_gap(words: list[str]) -> bool:
    """Nothing, or one place noun with لـ ("لمحافظة"), between "التابعة" and the place's name."""
    return not words or (len(words) == 1 and words[0][:1] == "ل" and words[0][1:] in lx.PLACE_HEADS)


def _led_by_state(a: Mention, b: Mention, words: list[str]) -> bool:
    """ "التحالف العربي بقيادة المملكة", "التحالف الذي تقوده المملكة": a coalition led by a state; also
    a named body led by another named one ("قوات سوريا الديمقراطية، بقيادة وحدات حماية الشعب الكردية")."""
    leading_body = a.kind == "name" and b.coarse == "ORG" and b.kind == "name"
    if a.coarse != "ORG" or a.kind not in ("name", "nominal") or not (b.cls == "Country" or leading_body):
        return False
    if a.kind == "nominal" and words[:1] in (["العسكري"], ["العسكريه"]):
        words = words[1:]  # "التحالف العسكري الذي تقوده السعودية": the coalition named by its head
    by = len(words) == 1 and words[0] in lx.LEADER_BY_WORDS
    relative = len(words) == 2 and words[0] in ("الذي", "التي") and words[1] in lx.LEADER_REL_VERBS
    return by or relative


def _located(doc: Document, b: Mention, out: _Out) -> None:
    """`العاصمة العراقية بغداد` / `حلب السورية`: a city and the country of an adjacent nisba."""
    if b.cls not in ("City", "Region", "Facility") or b.kind != "name":
        return
    before = [t.norm for t in tokenize(doc.text, max(0, b.start - 40), b.start) if t.is_word][-2:]
    if (
        len(before) == 2
        and before[0] in ("العاصمه", "مدينه", "عاصمه", "محافظه")
        and (c := country_of_adjective(before[1]))
    ):
        country = _country_entity(doc, c)
        out.add("locatedIn", b.entity, country, b.sentence or 0, b.start - 20, b.end, 0.85)
    after = [t.norm for t in tokenize(doc.text, b.end, min(len(doc.text), b.end + 20)) if t.is_word][:1]
    # (also a province named with its unit noun: "بمحافظة المنيا المصرية")
    # (and a border crossing named with its noun: "في منفذ الطوال السعودي")
    # (and an area: "في منطقة الرطبة العراقية", also where the adjective ends the area's mention; not
    # "مديرية الدفاع المدني السعودية", a directorate)
    named = b.cls == "City" or _named_with(b, _ADJECTIVE_UNITS | _CROSSING_NOUNS)
    if after and (c := country_of_adjective(after[0])) and named:
        out.add("locatedIn", b.entity, _country_entity(doc, c), b.sentence or 0, b.start, b.end + 12, 0.7)
    words = normalize(b.text).split()
    if _named_with(b, _ADJECTIVE_UNITS) and len(words) > 2 and (c := country_of_adjective(words[-1])):
        out.add("locatedIn", b.entity, _country_entity(doc, c), b.sentence or 0, b.start, b.end, 0.7)


def _town_with_adjective(doc: Document, b: Mention, out: _Out) -> None:
    """ "في مدينة الظهران السعودية": a place named after "مدينة" is a town, and the nationality adjective
    after it (or at the end of its mention, which took the adjective in) gives the country it lies in."""
    words = normalize(b.text).split()
    if b.cls not in ("City", "Place") or b.kind != "name" or not words:
        return
    before = [t.norm for t in tokenize(doc.text, max(0, b.start - 12), b.start) if t.is_word][-1:]
    after = [t.norm for t in tokenize(doc.text, b.end, min(len(doc.text), b.end + 20)) if t.is_word][:1]
    inside = len(words) >= 2 and not country_of_adjective(words[-2])
    c = country_of_adjective(words[-1]) if inside else None
    c = c or (country_of_adjective(after[0]) if after and after[0].startswith("ال") else None)
    if before == ["مدينه"] and c is not None:
        out.add("locatedIn", b.entity, _country_entity(doc, c), b.sentence or 0, b.start, b.end, 0.7)


_CROSSING_NOUNS = _norm_words("منفذ معبر")
_ADJECTIVE_UNITS = _norm_words("محافظة ولاية إقليم منطقة")  # unit nouns of places named with a nationality
# (also with في: "المنظمة التي تتخذ في لاهاي مقرا لها")
_TAKES_AS_SEAT = tuple(
    (*rel, verb, prep)
    for rel, verb in ((("الذي",), "يتخذ"), (("التي",), "تتخذ"), ((), "يتخذ"), ((), "تتخذ"))
    for prep in ("من", "في")
)
_AS_SEAT = _norm_words("مقرا مقراً")


def _headquartered(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """`المرصد السوري لحقوق الإنسان، الذي يتخذ من بريطانيا مقرا له`: a body that takes a place as its
    seat lies there."""
    if a.coarse == "ORG" and b.coarse == "LOC" and _takes_as_seat(doc, words, b):
        out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.8)


def _takes_as_seat(doc: Document, words: list[str], b: Mention) -> bool:
    """ "الذي يتخذ من" before the place and "مقرا" after it."""
    if tuple(w.lstrip("و") for w in words) not in _TAKES_AS_SEAT:
        return False
    after = [t.norm for t in tokenize(doc.text, b.end, min(len(doc.text), b.end + 12)) if t.is_word][:1]
    return bool(after) and after[0] in _AS_SEAT


_DIRECTIONS = lx.DIRECTIONS
_BESIDE_UNITS = _norm_words("منطقة المنطقة مديرية مديريتي قضاء ناحية")


def _direction_of(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """`حلب شمالي سوريا`, `دمشق جنوب سوريا`: a city and the country it lies in."""
    named = a.kind == "name" and b.kind == "name"
    if not _after_direction(doc, a):
        _in_town(a, b, words, out)
    unit = words[-1] if words and lx.PLACE_HEADS.get(words[-1]) == "Region" else None
    if unit:  # "صرواح شرقي محافظة مأرب": a place east of a named province lies in it
        words = words[:-1]
    # (but "محطة المسيلة شمالي منطقة مريس": north of an area or district is beside it)
    province = unit is not None and unit not in _BESIDE_UNITS
    # "منطقة رواندز في شرق أربيل": in a part of a town or area, so inside it (not "شرق أربيل", beside it)
    inside = len(words) >= 2 and words[0] == "في" and all(w in _DIRECTIONS for w in words[1:])
    inside = inside and b.cls in ("City", "Region") and a.cls in ("City", "Place", "Facility")
    country = b.cls == "Country" or ((province and b.cls == "Region" or inside) and a.entity != b.entity)
    # "في "نيوم"، شمال غرب السعودية": a name after في is a place, whatever its mention's type
    place = a.cls in ("City", "Region", "Facility", "Place") or (a.coarse == "ORG" and _after_in(doc, a))
    ok = named and place and country
    if not ok:
        return
    if words and words[0][:1] == "ب" and words[0][1:] in _DIRECTIONS:
        words = [words[0][1:], *words[1:]]  # "منطقة الرقة بشمال شرق سوريا": ب + a direction, as في
    dirs = len(words)
    while dirs > 0 and words[dirs - 1] in _DIRECTIONS:
        dirs -= 1
    lead = words[:dirs]
    if dirs < len(words) and lead and lead[-1] == "في":
        lead = lead[:-1]  # "عفرين ذات الغالبية الكردية في شمال سوريا"
    # "دياربكر ذات الغالبية الكردية جنوب شرق تركيا", "البصرة (550 كلم جنوب العراق)"
    described = 1 <= len(lead) <= 3 and lead[0] in ("ذات", "ذو")
    distance = bool(lead) and all(w.isdigit() or w in lx.DISTANCE_UNITS for w in lead)
    if 1 <= len(words) - dirs <= 2 and (not lead or described or distance) and "في" not in lead:
        out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.8)


def _after_in(doc: Document, m: Mention) -> bool:
    """The mention follows the preposition في (past an opening quote)."""
    before = [t for t in tokenize(doc.text, max(0, m.start - 8), m.start) if t.is_word]
    return bool(before) and before[-1].norm == "في" and not doc.text[before[-1].end : m.start].strip(' "«“')


_PREMISES = _norm_words("سفارة السفارة قنصلية القنصلية")


def _premises_in(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """ "القنصلية السعودية في إسطنبول", "سفارة واشنطن في القدس", "القنصلية السعودية في مدينة مشهد
    الايرانية": a mission's premises lie in the place after في (or في مدينة); "حكومة الوفاق في طرابلس":
    a government named with في and a city sits there."""
    head = normalize(a.text).split()[:1]
    mission = a.coarse == "ORG" and head and head[0] in _PREMISES
    if mission and words in (["في"], ["في", "مدينه"], ["بمدينه"]) and b.cls in ("City", "Country"):
        out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.75)
    named = a.kind == "name" and len(normalize(a.text).split()) > 1
    if named and head == [_GOVERNMENT] and words == ["في"] and b.cls == "City" and b.kind == "name":
        out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.7)


_GOVERNMENT = normalize("حكومة")


_LEAD_WINDOW = 20  # characters before a title phrase searched for بزعامة / بقيادة


def _led_through_title(doc: Document, roles: list[Role], out: _Out) -> None:
    """`"تحالف الديمقراطية والعدالة" بزعامة رئيس وزراء إقليم كردستان السابق برهم صالح`: the body right
    before بزعامة / بقيادة is led by the holder of the title phrase after it, whatever that title."""
    for role in roles:
        holder = _entity_of_holder(doc, role)
        window = max(doc.sentences[role.sentence].start, role.start - _LEAD_WINDOW)
        words = [t for t in tokenize(doc.text, window, role.start) if t.is_word]
        if holder is None or not words or words[-1].norm not in lx.LEADER_BY_WORDS:
            continue
        lead = words[-1].start
        bodies = [m for m in doc.mentions if m.coarse == "ORG" and m.entity and m.end <= lead]
        body = max(bodies, key=lambda m: m.end, default=None)
        if body is None or body.sentence != role.sentence:
            continue
        gap = [t for t in tokenize(doc.text, body.end, lead) if t.is_word]
        if len(gap) <= 1:  # a name word the mention left out ("والعدالة"), no more
            title = doc.text[role.start : role.phrase_end]
            out.add("leaderOf", holder, body.entity, role.sentence, body.start, role.end, 0.7, title)


# "نظام بشار الأسد" (the regime of a ruler) names his rule, no body apart from him: the ruler and his
# regime are one referent, and his leading it would relate him to himself
_RULE_HEADS = _norm_words("نظام")
_LED_BODY_HEADS = lx.LED_BODY_HEADS - _RULE_HEADS


def _led_bodies(doc: Document, out: _Out) -> None:
    """ "حكومة حيدر العبادي": the person named in a body's name leads it."""
    for body in doc.mentions:
        w = normalize(body.text).split()
        if body.coarse != "ORG" or not body.entity or not w or w[0] not in _LED_BODY_HEADS:
            continue
        for m in doc.mentions:
            if m.coarse == "PER" and m.kind == "name" and body.start < m.start and m.end == body.end:
                out.add("leaderOf", m.entity, body.entity, body.sentence or 0, body.start, body.end, 0.75)


_PLACE_RANK = {"Facility": 0, "City": 1, "Region": 2, "Country": 3}


def _in_town(a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """ "ساحة الحبوبي بمدينة الناصرية": a place followed by "(في) مدينة/محافظة" and a larger place."""
    ra, rb = _PLACE_RANK.get(a.cls, 1 if a.cls == "Place" else None), _PLACE_RANK.get(b.cls)
    if ra is None or rb is None or a.kind != "name" or b.kind != "name" or a.entity == b.entity:
        return
    if _apart(a, b):
        return  # "فصائل ... موالية لأنقرة في محافظة حلب": the province phrase is not Ankara's
    # "سميرم بمحافظة أصفهان": the province noun says the place named after it is the larger one, even
    # where the gazetteer knows only its city of the same name; so does "منطقة" after a town ("قرية زركلة
    # في منطقة رواندز"), and a province after a district ("منطقة جسر الشغور في محافظة إدلب")
    unit = _unit_before(words)
    town = a.cls in ("City", "Place", "Facility")
    district = a.cls == "Region" and not _province_named(a)
    province = (unit in _PROVINCE_NOUNS and (town or district)) or (
        unit in _AREA_NOUNS | _COUNTRYSIDE and town
    )
    if ra >= rb and not province:
        return
    if unit in _UNIT_WORDS | _COUNTRYSIDE or words in (["بمدينه"], ["في", "مدينه"]):
        out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.75)


def _unit_before(words: list[str]) -> str:
    """The unit noun of "بمحافظة" / "في منطقة" (the words before a place's name), else ""."""
    if len(words) == 1 and words[0][:1] == "ب":
        return words[0][1:]
    return words[1] if len(words) == 2 and words[0] == "في" else ""


_PROVINCE_NOUNS = _norm_words("محافظة ولاية")
_AREA_NOUNS = _norm_words("منطقة مديرية قضاء ناحية")
_UNIT_WORDS = _PROVINCE_NOUNS | _AREA_NOUNS
_COUNTRYSIDE = _norm_words("ريف")  # "قلعة المضيق بريف حمص": a village in the countryside of a city
_LARGE_UNITS = _PROVINCE_NOUNS | _norm_words("إقليم")


def _province_named(m: Mention) -> bool:
    """A place named with its province (or larger) unit noun: "محافظة حماة", "إقليم كردستان"."""
    return _named_with(m, _LARGE_UNITS)


# Containment rank: a place lies in one of a higher rank ("Place" is a model span of unknown size).
_CONTAIN_RANK = {"Facility": 0, "Place": 1, "Region": 1, "City": 2, "Country": 3}
_CAPITAL_WORDS = _norm_words("عاصمة العاصمة")
_SEAT_NOUNS = _norm_words("مركز كبرى")  # "مركز محافظة": the seat / largest city of a province
_UNIT_NOUNS = _norm_words("محافظة ولاية إقليم منطقة قضاء مديرية")
_TOWNS = ("City", "Place")


@lru_cache(maxsize=1)
def _places() -> Gazetteer:
    return load_gazetteer()


def _gazetteer_country(m: Mention) -> str | None:
    """ISO code of the country a named place lies in, when the gazetteer knows the place."""
    p = _places().get(tuple(normalize(m.text).split()))
    return p.country or None if p else None


def _agrees(a: Mention, b: Mention) -> bool:
    """The gazetteer does not put `a` in another country than `b`."""
    ca = _gazetteer_country(a) if a.cls == "City" else None
    cb = _gazetteer_country(b) if b.cls == "Country" else None
    return ca is None or cb is None or ca == cb


def _apart(a: Mention, b: Mention) -> bool:
    """The gazetteer puts the two places in different countries, so neither lies in the other."""
    ca, cb = _gazetteer_country(a), _gazetteer_country(b)
    return ca is not None and cb is not None and ca != cb


def _unit_named(m: Mention) -> bool:
    """A province's name with its unit noun (`محافظة الأنبار`)."""
    return _named_with(m, _UNIT_NOUNS)


def _named_with(m: Mention, units: frozenset[str]) -> bool:
    """The mention is a name after one of the unit nouns `units`."""
    words = normalize(m.text).split()
    return len(words) > 1 and words[0] in units


def _contained(doc: Document, a: Mention, b: Mention, words: list[str], out: _Out) -> None:
    """Containment the text states between two adjacent place names:
    "قصر اليمامة في الرياض", "قاعدة حميميم الروسية في سوريا" (X [nisba] في Y);
    "اربيل عاصمة كردستان العراق" (X عاصمة Y); "دوما بالغوطة الشرقية" (X بY, also a city in a region);
    "دبي، الإمارات العربية المتحدة" (a dateline, only where
    the gazetteer puts the city in that country); "كردستان العراق" (a region named with its country)."""
    ra, rb = _CONTAIN_RANK.get(a.cls), _CONTAIN_RANK.get(b.cls)
    if ra is None or rb is None or a.kind != "name" or b.coarse != "LOC" or not _agrees(a, b):
        return
    gap = doc.text[a.end : b.start]
    head = [w for w in words if not is_nisba(w) and w not in _DIRECTIONS]  # "بنزرت في شمال تونس"
    head = _less_description(head)  # "المنطقة الخضراء شديدة التحصين في بغداد"
    span = (a.sentence or 0, a.start, b.end)
    if b.cls == "Region":
        head = _less_unit(head)  # في إقليم كردستان: the unit noun is outside the region's name
    # a facility in a region: "مطار السليمانية في إقليم كردستان العراق"
    # (also a city in a region named right after it: "مدينة دوما في الغوطة الشرقية")
    city_in_region = a.cls == "City" and b.cls == "Region"
    # a district, plain or area in a province named with its unit noun: "سهل الغاب في محافظة حماة"
    in_province = b.cls == "Region" and _province_named(b) and not _province_named(a) and a.cls != "Country"
    smaller = ra < rb and (b.cls != "Region" or a.cls == "Facility")
    within = head == ["في"] and (smaller or city_in_region or in_province) and not _after_direction(doc, a)
    if within and not _titled_before_comma(doc, a, gap):
        out.add("locatedIn", a.entity, b.entity, *span, 0.75)
    elif _in_centre(words) and ra < rb:
        out.add("locatedIn", a.entity, b.entity, *span, 0.75)  # "ساحة التحرير وسط العاصمة بغداد"
    elif _lying_within(words) and a.cls != "Country" and (ra < rb or b.cls == "Region"):
        out.add("locatedIn", a.entity, b.entity, *span, 0.75)  # "حلبجة الواقعة ضمن إقليم كردستان"
    elif _capital_gap(words) and a.cls in ("City", "Place") and rb >= 1:
        if not doc.text[: b.start].endswith("ل"):  # "الاعتراف بالقدس عاصمة لإسرائيل": a claim recognised
            out.add("locatedIn", a.entity, b.entity, *span, 0.8)
    elif len(words) == 2 and words[0] in _SEAT_NOUNS and words[1] in _UNIT_NOUNS and a.cls in _TOWNS:
        out.add("locatedIn", a.entity, b.entity, *span, 0.8)  # "بعقوبة مركز محافظة ديالى"
    elif len(words) == 1 and words[0] in _SEAT_NOUNS and a.cls in _TOWNS and _unit_named(b):
        out.add("locatedIn", a.entity, b.entity, *span, 0.8)  # "الرمادي، مركز محافظة الأنبار"
    elif not words and gap.strip() in ("،", ",") and a.cls == "City" and b.cls == "Country":
        if _gazetteer_country(a) is not None and b.kind == "name":
            out.add("locatedIn", a.entity, b.entity, *span, 0.8)
    elif not words and gap == " " and a.cls in ("Region", "Place") and b.cls == "Country":
        out.add("locatedIn", a.entity, b.entity, *span, 0.7)
    elif not words and gap.strip() == "ب" and a.cls != "Country" and (ra < rb or b.cls == "Region"):
        out.add("locatedIn", a.entity, b.entity, *span, 0.7)  # "في دوما بالغوطة الشرقية"
    elif _one_of_parts(words) and a.cls in _TOWNS and ra <= rb and a.entity != b.entity:
        out.add("locatedIn", a.entity, b.entity, *span, 0.75)  # "داريا، إحدى ضواحي دمشق"
    elif _ranked_town(words) and a.cls in _TOWNS and ra < rb:
        out.add("locatedIn", a.entity, b.entity, *span, 0.8)  # "الموصل، ثاني أكبر مدينة في العراق"
    elif not words and _of_city(doc, a, b, gap):
        out.add("locatedIn", a.entity, b.entity, *span, 0.7)  # "الغوطة الشرقية لدمشق"


def _after_direction(doc: Document, m: Mention) -> bool:
    """ "المناطق شرقي الفرات في محافظة دير الزور": a place right after a direction word is the landmark
    of an area beside it, and the في phrase after it says where that area lies, not the landmark (but
    "في شمالي مديرية الدريهمي في محافظة الحديدة": in the north of the place, which lies there)."""
    before = [t.norm for t in tokenize(doc.text, max(0, m.start - 20), m.start) if t.is_word]
    if not before or before[-1] not in _DIRECTIONS or not doc.text[m.start - 1 : m.start].isspace():
        return False
    return len(before) < 2 or before[-2] != "في"


# Adjectives of an improper annexation ("شديدة التحصين" heavily fortified, "ذات الغالبية الكردية"
# Kurdish-majority): they describe the place before them, so "في" after them still says where it lies.
_DESCRIBING = _norm_words("ذات ذو شديدة شديد")
_DESCRIPTION_REACH = 3  # words of such a description: the adjective and its definite noun(s)


def _less_description(words: list[str]) -> list[str]:
    """The words between two places without a describing phrase right after the first one."""
    if not words or words[0] not in _DESCRIBING:
        return words
    n = 1
    while n < len(words) and n < _DESCRIPTION_REACH and _definite_word(words[n]):
        n += 1
    return words[n:] if n > 1 else words


def _definite_word(word: str) -> bool:
    return word.startswith("ال")


def _titled_before_comma(doc: Document, a: Mention, gap: str) -> bool:
    """ "مع الرئيس ... رئيس الشيشان، في جدة أمس": the place is what a title is of, and after the
    comma "في" says where the event was, not where that place lies."""
    before = [t for t in tokenize(doc.text, max(0, a.start - 20), a.start) if t.is_word][-1:]
    return any(c in gap for c in "،,") and bool(before) and _title_form(before[0]) is not None


_ONE_OF = _norm_words("إحدى أحد احدى احد")
_TOWN_PARTS = _norm_words("ضواحي أحياء احياء قرى بلدات مدن")


def _one_of_parts(words: list[str]) -> bool:
    """ "إحدى ضواحي", "أحد أحياء": one of the suburbs / quarters / villages of the place after it."""
    return len(words) == 2 and words[0] in _ONE_OF and words[1] in _TOWN_PARTS


_ORDINALS = _norm_words("ثاني ثالث رابع خامس سادس")
_SUPERLATIVES = _norm_words("أكبر أهم أقدم أكثر")
_RANKED_TOWNS = _norm_words("مدينة مدن ميناء موانئ")


def _ranked_town(words: list[str]) -> bool:
    """ "ثاني أكبر مدينة في", "أكبر مدن": an apposition ranking a town among those of the place named
    next (after في, or in construct with a plural)."""
    words = words[1:] if words[:1] and words[0] in _ORDINALS else words
    if len(words) == 3 and words[2] == "في":
        return words[0] in _SUPERLATIVES and words[1] in _RANKED_TOWNS
    return len(words) == 2 and words[0] in _SUPERLATIVES and words[1] in _norm_words("مدن موانئ")


_FROM_WORDS = _norm_words("من عن بين")


def _of_city(doc: Document, a: Mention, b: Mention, gap: str) -> bool:
    """ "الغوطة الشرقية لدمشق": an area, then ل + a city, is the city's (not after "from")."""
    return gap.strip() == "ل" and a.cls in ("Region", "Place") and b.cls == "City" and not _moved_from(doc, a)


def _moved_from(doc: Document, m: Mention) -> bool:
    """The place follows من / عن / بين ("من القلمون لإدلب": from one place to another, not within)."""
    before = [t.norm for t in tokenize(doc.text, max(0, m.start - 12), m.start) if t.is_word]
    return bool(before) and before[-1] in _FROM_WORDS


def _less_unit(words: list[str]) -> list[str]:
    """The words before a place name without the unit noun that ends them (`عاصمة | إقليم` كردستان)."""
    return words[:-1] if words and words[-1] in _UNIT_NOUNS else words


_CENTRE = _norm_words("وسط بوسط")
_TOWN_NOUNS = _CAPITAL_WORDS | _UNIT_NOUNS | _norm_words("مدينة المدينة")


def _in_centre(words: list[str]) -> bool:
    """ "وسط العاصمة", "في وسط مدينة", "بوسط": the centre of the larger place named next, which holds
    the smaller one (other directions may point outside it: "قاعدة ... شمال بغداد")."""
    words = words[1:] if words[:1] == ["في"] else words
    return 1 <= len(words) <= 2 and words[0] in _CENTRE and all(w in _TOWN_NOUNS for w in words[1:])


_LYING = _norm_words("الواقعة الواقع الواقعتين")
_WITHIN = _norm_words("ضمن في داخل")


def _lying_within(words: list[str]) -> bool:
    """ "الواقعة ضمن", "الواقعة في" (+ the unit noun of the larger place)."""
    words = _less_unit(words)
    return len(words) == 2 and words[0] in _LYING and words[1] in _WITHIN


_LYING_REACH = 10  # words of a "الواقعة ..." clause before its province phrase
_LYING_CHARS = 400  # characters after the town that hold the comma, الواقعة and those words
_CLAUSE_BREAKS = ("،", ",", ".", ":", "؛", ";", "(", ")")


def _lying_in_province(doc: Document, out: _Out) -> None:
    """ "مدينة جرابلس، الواقعة تحت سيطرة فصائل ... في محافظة حلب": a town, then a "الواقعة" clause
    whose place phrase is a province (its unit noun, then the name): the clause says where the town
    lies, whatever else it says on the way (the places in between are not located by it)."""
    towns = [m for m in doc.mentions if m.entity and m.kind == "name" and m.cls in _TOWNS]
    for a in towns:
        sent = doc.sentences[a.sentence or 0]
        # (the clause's first words are enough: a comma, الواقعة and the reach of its province phrase)
        toks = tokenize(doc.text, a.end, min(sent.end, a.end + _LYING_CHARS))
        k = 1 if toks and toks[0].text in ("،", ",") else 0
        if k >= len(toks) or toks[k].norm not in _LYING:
            continue
        b = _province_phrase(doc, toks[k + 1 : k + 1 + _LYING_REACH])
        if b is not None and b.entity != a.entity and not _apart(a, b):
            out.add("locatedIn", a.entity, b.entity, a.sentence or 0, a.start, b.end, 0.7)


def _province_phrase(doc: Document, toks: list[Token]) -> Mention | None:
    """The place named in the first "في محافظة X" / "بمحافظة X" of the tokens, before a clause break."""
    for n, t in enumerate(toks):
        if t.text in _CLAUSE_BREAKS:
            return None
        unit = toks[n + 1].norm if t.norm == "في" and n + 1 < len(toks) else t.norm.removeprefix("ب")
        if unit not in _LARGE_UNITS:
            continue
        u = toks[n + 1] if t.norm == "في" else t  # (the place's mention may hold the unit noun)
        places = [m for m in doc.mentions if m.coarse == "LOC" and m.kind == "name" and m.entity]
        return next((m for m in places if u.start <= m.start <= u.end + 1), None)
    return None


def _capital_gap(words: list[str]) -> bool:
    """ "أربيل عاصمة كردستان", "أربيل عاصمة إقليم كردستان" (the unit noun outside the region's name)."""
    words = _less_unit(words)
    return len(words) == 1 and words[0] in _CAPITAL_WORDS


def _regions_with_country(doc: Document, out: _Out) -> None:
    """ "كردستان العراق": a region named with its country lies in that country."""
    for m in doc.mentions:
        words = normalize(m.text).split()
        if m.coarse != "LOC" or m.cls != "Region" or m.kind != "name" or len(words) < 2:
            continue
        for k in range(1, len(words)):
            p = _places().get(tuple(words[k:]))
            if p is not None and p.cls == "Country":
                country = _country_entity(doc, p)
                out.add("locatedIn", m.entity, country, m.sentence or 0, m.start, m.end, 0.75)
                break


_SIDE_WORDS = _norm_words("الجانب الوفد")
_FROM = normalize("من")


def _side_lists(doc: Document, roles: list[Role], out: _Out) -> None:
    """ "حضره من الجانب السعودي الأمير X وزير الداخلية، ووزير الدولة Y، ووزير الخارجية Z": officials
    listed right after "من الجانب / الوفد + nationality" are of that country, unless their title names
    their own body or country."""
    for m in doc.mentions:
        words = normalize(m.text).split()
        if (
            m.cls != "Country"
            or m.kind != "nominal"
            or not m.entity
            or not words
            or words[0] not in _SIDE_WORDS
        ):
            continue
        before = normalize(doc.text[max(0, m.start - 6) : m.start]).split()
        if not before or before[-1] != _FROM:
            continue
        pos = m.end
        for role in sorted(
            (r for r in roles if r.sentence == m.sentence and r.start >= m.end), key=lambda r: r.start
        ):
            if doc.text[pos : role.start].strip(" ،,و"):
                break  # the list ends where other words come in
            if role.holder is not None and role.obj is None and role.country is None:
                holder = doc.mentions[role.holder].entity
                out.add("affiliatedWith", holder, m.entity, role.sentence, role.start, role.end, 0.6)
            pos = max(pos, role.end)


_NATIONAL_CHARS = 40  # text before a name for a nationality adjective and an honorific or two


def _words_before_name(doc: Document, m: Mention) -> list[str]:
    """The words right before a person's name, less the honorifics that open it ("والبحريني الشيخ X")."""
    before = doc.text[max(0, m.start - _NATIONAL_CHARS) : m.start].split()
    while before and normalize(before[-1]) in lx.NAME_HONORIFICS:
        before.pop()
    return before


def _coordinated_nationals(doc: Document, out: _Out) -> None:
    """ "نظيريه الأمريكي كيري والسعودي عادل الجبير": "و" + nationality adjective right before a name
    continues a list of office holders, each of the country of the adjective (also past the honorific
    that opens the name: "والبحريني الشيخ خالد بن أحمد آل خليفة")."""
    for m in doc.mentions:
        if m.coarse != "PER" or m.kind != "name" or not m.entity:
            continue
        before = _words_before_name(doc, m)
        if not before or not before[-1].startswith("و"):
            continue
        country = _country_entity(doc, country_of_adjective(before[-1]))
        if country:
            start = doc.text.rfind(before[-1], 0, m.start)
            out.add("affiliatedWith", m.entity, country, m.sentence or 0, start, m.end, 0.6)


_DESCRIPTION_CHARS = 60  # enough text before a name for a description noun and an adjective


def _described_nationals(doc: Document, out: _Out) -> None:
    """ "المأذون البحريني، محمد جعفر", "الباحث البحريني باقر النجار": a definite noun of the
    person's description (not a title: `find_roles` reads those) with a nationality adjective right
    before a name says which country the person belongs to."""
    for m in doc.mentions:
        if m.coarse != "PER" or m.kind != "name" or not m.entity or m.sentence is None:
            continue
        start = max(doc.sentences[m.sentence].start, m.start - _DESCRIPTION_CHARS)  # the two words before
        toks = [t for t in tokenize(doc.text, start, m.start) if t.text not in ("،", ",")]
        if len(toks) < 2 or any(o.start <= toks[-2].start < o.end for o in doc.mentions if o is not m):
            continue
        noun, adjective = toks[-2], toks[-1]
        gap = doc.text[adjective.end : m.start].strip()
        described = noun.is_word and noun.norm.startswith("ال") and _title_form(noun) is None
        if not described or is_nisba(noun.norm) or gap not in ("", "،", ",") or _adjective_like(m):
            continue
        country = _country_entity(doc, country_of_adjective(adjective.norm))
        if country:
            out.add("affiliatedWith", m.entity, country, m.sentence, noun.start, m.end, 0.6)


def _adjective_like(m: Mention) -> bool:
    """A one-word name with ال and the ending ي ("المالكي") reads as one more adjective of the noun
    ("الفساد الإيراني المالكي"), not as the person the noun describes."""
    words = normalize(m.text).split()
    return len(words) == 1 and words[0].startswith("ال") and words[0].endswith("ي")


# "التحق بصحيفة X", "انضم إلى حركة X": a person who joined a body is of it.
_JOIN_VERBS = _norm_words("التحق التحقت انضم انضمت")
_JOIN_PREPOSITIONS = _norm_words("ب إلى الى ل")
_CLAUSE_OPENERS = _norm_words("أن إن ان")  # a complement clause may have another subject


# "X، وزير الصناعة اللبناني، المنتمي لحزب الله": a person who belongs to a party is its member
_BELONGING = _norm_words("المنتمي المنتمية المنتمى")
_TO = _norm_words("إلى الى")


def _belonging_members(doc: Document, roles: list[Role], out: _Out) -> None:
    """ "X، وزير الصناعة اللبناني، المنتمي لحزب الله", "X المنتمي إلى حزب Y": the person named (or the
    holder of the title phrase) right before "المنتمي لـ" is a member of the body named after it."""
    for b in doc.mentions:
        if b.coarse != "ORG" or b.kind != "name" or not b.entity or b.sentence is None:
            continue
        sent = doc.sentences[b.sentence]
        toks = [t for t in tokenize(doc.text, sent.start, b.start) if t.is_word and t.end < b.start]
        glued = doc.text[b.start - 1 : b.start] == "ل"  # (its token, "ل" alone, is left out above)
        to = not glued and bool(toks) and toks[-1].norm in _TO
        toks = toks[:-1] if to else toks
        if not toks or toks[-1].norm not in _BELONGING or not (glued or to):
            continue
        person = _person_before(doc, roles, b.sentence, toks[-1].start)
        if person is not None:
            out.add("memberOf", person, b.entity, b.sentence, toks[-1].start, b.end, 0.7)


def _person_before(doc: Document, roles: list[Role], si: int, pos: int) -> str | None:
    """The person's name, or the holder of the title phrase, that ends right before `pos` (past a comma)."""
    for m in doc.mentions:
        person = m.sentence == si and m.coarse == "PER" and m.kind == "name" and m.entity
        if person and m.end <= pos and not doc.text[m.end : pos].strip(" ،,"):
            return m.entity
    for role in roles:
        held = role.sentence == si and role.holder is not None
        if held and role.end <= pos and not doc.text[role.end : pos].strip(" ،,"):
            return _entity_of_holder(doc, role)
    return None


def _joined_bodies(doc: Document, out: _Out) -> None:
    """ "الزميل عيدروس عبد العزيز التحق بصحيفة «الشرق الأوسط»", "ثم التحق بصحيفة «الشرق الأوسط»" (in a
    sentence about one person): the person who joined an organisation is affiliated with it."""
    for m in doc.mentions:
        if m.coarse != "ORG" or m.kind != "name" or not m.entity or m.sentence is None:
            continue
        sent = doc.sentences[m.sentence]
        toks = [t for t in tokenize(doc.text, sent.start, m.start) if t.is_word]
        if len(toks) < 2 or toks[-1].norm not in _JOIN_PREPOSITIONS:
            continue
        k = len(toks) - 2
        person = _joiner(doc, toks, k, m.sentence) if toks[k].norm.removeprefix("و") in _JOIN_VERBS else None
        if person is not None:
            out.add("affiliatedWith", person, m.entity, m.sentence, toks[k].start, m.end, 0.7)


def _joiner(doc: Document, toks: list[Token], k: int, si: int) -> str | None:
    """The subject of the joining verb at toks[k]: a person's name right before it (or one that took it
    in), else the one person named before it in the sentence, where no complement clause comes between."""
    verb = toks[k]
    people = [
        m
        for m in doc.mentions
        if m.sentence == si and m.coarse == "PER" and m.kind == "name" and m.entity and m.start < verb.end
    ]
    if not people:
        return None
    last = max(people, key=lambda m: m.start)
    if last.end >= verb.start - 1 or len({m.entity for m in people}) == 1:
        between = [t.norm for t in toks if last.end <= t.start < verb.start]
        if not (set(between) & (_CLAUSE_OPENERS | lx.SPEECH_WORDS)):
            return last.entity
    return None


def extract_relations(doc: Document) -> list[Relation]:
    out = _Out()
    _coordinated_nationals(doc, out)
    _described_nationals(doc, out)
    roles = find_roles(doc)
    for role in roles:
        _role_relations(doc, role, out)
    _side_lists(doc, roles, out)
    _led_through_title(doc, roles, out)
    _link_relations(doc, out)
    _nominal_seats(doc, out)
    _regions_with_country(doc, out)
    _lying_in_province(doc, out)
    _led_bodies(doc, out)
    _joined_bodies(doc, out)
    _belonging_members(doc, roles, out)
    return sorted(_without_weaker(out.items.values(), out.kept), key=lambda r: (r.start, r.type))


def _without_weaker(rels: Iterable[Relation], kept: set[tuple[str, str]] = frozenset()) -> list[Relation]:
    """An affiliation says less than leading, deputising, speaking for or membership of the same body:
    "الرئيس السوري بشار الأسد" ... "والسوري بشار الأسد" keeps only leaderOf (unless it was `kept`)."""
    rels = list(rels)
    strong = {(r.subject, r.object) for r in rels if r.type != "affiliatedWith" and r.type != "locatedIn"}
    strong -= kept
    return [r for r in rels if r.type != "affiliatedWith" or (r.subject, r.object) not in strong]


@stage("relations", requires=("entities",), provides=("relations",))
def make_relations(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    min_conf = float(config.get("min_confidence", 0.0))

    def run(doc: Document) -> None:
        doc.relations = [r for r in extract_relations(doc) if r.confidence >= min_conf]

    return run
