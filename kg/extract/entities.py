"""Stage `entities`: names and descriptions of people, organisations and places -> `Document.mentions`.

Sources, merged so that the longest (then most reliable) candidate wins an overlap:
- the NER of the shipped spaCy pipeline (`Sentence.doc.ents`) when present;
- the place gazetteer (CLDR / GeoNames, `kg/extract/data/places.tsv`) and user entries;
- generic patterns: organisation heads with their continuation ("هيئة الحشد الشعبي"), names after
  titles ("الجنرال "إسماعيل قاآني""), quoted names, country descriptions ("الجانب الأمريكي").
A last pass finds later, shorter occurrences of names already found ("الكاظمي" after "مصطفى الكاظمي").

Offsets exclude attached proclitics: `وإسرائيل` gives the mention `إسرائيل`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from kg.model import Document, Mention
from kg.pipeline import Resources, stage
from kg.text.calendar import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from kg.text.normalize import normalize
from kg.vocab import ENTITY_CLASSES

from . import lexicon as lx
from .gazetteer import (
    ORDINARY_CITY_NAMES,
    Gazetteer,
    ambiguous_places,
    common_words,
    given_names,
    load_gazetteer,
    movement_names,
    ordinary_words,
    organisation_names,
    strong_given_names,
)
from .nationality import country_of_adjective, is_nisba

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u064b-\u065f\u0670\u0640A-Za-z0-9]+|\S")
_LETTER = re.compile("[\u0621-\u064a\u0640\u064b-\u065f\u0670]")
_OPEN_QUOTES, _CLOSE_QUOTES = lx.OPEN_QUOTES, lx.CLOSE_QUOTES
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES


@dataclass
class Token:
    start: int  # absolute offsets into Document.text
    end: int
    text: str
    norm: str
    is_word: bool
    # (characters of proclitics, normalised form without them), most literal first
    forms: list[tuple[int, str]] = field(default_factory=list)
    pos: str | None = None


def clitic_forms(text: str) -> list[tuple[int, str]]:
    """Readings of a word with / without attached proclitics: و ف then ب ل ك, and لل = ل + ال."""
    n = normalize(text)
    out = [(0, n)]
    shift, rest = 0, n
    if len(rest) > 3 and rest[0] in "وف":
        shift, rest = 1, rest[1:]
        out.append((shift, rest))
    if len(rest) > 3 and rest.startswith("لل"):
        out.append((shift + 1, "ال" + rest[2:]))
    elif len(rest) > 3 and rest[0] in "بلك":
        out.append((shift + 1, rest[1:]))
    return out


def tokenize(text: str, start: int, end: int) -> list[Token]:
    toks = []
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        is_word = (len(w) > 1 or w.isalnum()) and bool(normalize(w))  # not a lone tatweel / diacritic
        toks.append(
            Token(
                m.start(),
                m.end(),
                w,
                normalize(w) if is_word else w,
                is_word,
                clitic_forms(w) if is_word else [(0, w)],
            )
        )
    return toks


def _add_pos(toks: list[Token], sent: Any) -> None:
    """Copy coarse POS tags from the sentence's spaCy Doc, when the pipeline has a tagger."""
    sdoc = sent.doc
    if sdoc is None:
        return
    by_start = {}
    for t in sdoc:
        if t.pos_:
            by_start.setdefault(sent.start + t.idx, t.pos_)
    for tok in toks:
        tok.pos = by_start.get(tok.start)


@dataclass
class Cand:
    start: int
    end: int
    text: str
    coarse: str | None  # None: type still unknown (a quoted name)
    cls: str
    source: str
    score: float
    kind: str = "name"
    sentence: int | None = None

    @property
    def rank(self) -> tuple[int, int, float]:
        """Reliability tier first (a statistical NER span beats heuristic names but not the gazetteer or
        organisation patterns), then length, then score."""
        return (self.tier, self.end - self.start, self.score)

    @property
    def tier(self) -> int:
        if self.source in ("gazetteer", "user") or (
            self.source in ("pattern", "title") and self.score >= 0.7
        ):
            return 3 if not (self.source == "title" and self.score < 0.8) else 1
        if self.source == "ner":
            return 0 if self.coarse == "MISC" else 2  # a MISC span does not hide a typed name
        return 1


def surface(doc_text: str, start: int, end: int, definite_fix: bool = False) -> str:
    """Mention text: the span without quotes and extra spaces (`لحرس` after `لل` gets back its alef)."""
    s = "".join(ch for ch in doc_text[start:end] if ch not in _QUOTES)
    s = re.sub(r"\s+", " ", s).strip(" ،,.:")
    return "ا" + s if definite_fix else s


# ---------------------------------------------------------------- gazetteer -----------------------


def gazetteer_cands(toks: list[Token], gaz: Gazetteer, text: str, sent_i: int) -> list[Cand]:
    out = []
    for i, tok in enumerate(toks):
        if not tok.is_word:
            continue
        for shift, form in tok.forms:
            if "\u064b" in tok.text:
                break  # tanween marks an adverb or common noun ("أفريقيًا")
            if shift and _simile_of_word(tok, shift):
                break
            hit = _longest_place(toks, i, form, gaz)
            if hit and not (hit[0] == i and shift == 0 and _adjective_reading(toks, i, form)):
                j, place = hit
                start = tok.start + shift
                fix = form.startswith("ال") and not tok.norm[shift:].startswith("ال")
                src = "gazetteer" if place.code else "user"
                out.append(
                    Cand(
                        start,
                        toks[j].end,
                        surface(text, start, toks[j].end, fix),
                        place.coarse,
                        place.cls,
                        src,
                        0.9,
                        sentence=sent_i,
                    )
                )
                break
    return out


def _simile_of_word(tok: Token, shift: int) -> bool:
    """ "لدعوة كريمة" (a generous invitation), not ك (like) + the Yemeni province "ريمة": the simile
    prefix is rare before a place, so an ordinary word that starts with ك is read whole."""
    return tok.norm[shift - 1] == "ك" and tok.norm[shift - 1 :] in ordinary_words()


_PLACE_NOUNS = frozenset(normalize(w) for w in ("العاصمة", "المدينة", "مدينة", "محافظة", "عاصمة", "بلدة"))


def _adjective_reading(toks: list[Token], i: int, form: str) -> bool:
    """A one-word definite place name right after a definite noun reads as its adjective (`البيت الأبيض`)."""
    if not form.startswith("ال") or i == 0 or not toks[i - 1].is_word:
        return False
    prev = toks[i - 1].forms[-1][1]
    if toks[i - 1].pos == "PROPN":
        return False  # "زار ... عبد الفتاح السيسي الرياض": a name ends before the place
    if toks[i].pos == "NOUN" and toks[i - 1].pos == "NOUN":
        return False  # "ودعت المنظمة الرياض": the tagger reads a noun, the object (البيت الأبيض: ADJ)
    return prev.startswith("ال") and not is_nisba(prev) and prev not in _PLACE_NOUNS


def _longest_place(toks: list[Token], i: int, first: str, gaz: Gazetteer):
    words = [first]
    j = i
    while j + 1 < len(toks) and toks[j + 1].is_word and len(words) < gaz.max_len:
        j += 1
        words.append(toks[j].norm)
    for k in range(len(words), 0, -1):
        place = gaz.get(tuple(words[:k]))
        if place:
            return i + k - 1, place
    return None


# ---------------------------------------------------------------- organisations -------------------


# "وادي عقان": a valley's name; normalised, "وادي" is also the verb "وأدى" (led to), so only the word
# written with ي and no hamza heads a name.
_VALLEY = normalize("وادي")
_PLACE_HEADS = {**lx.PLACE_HEADS, _VALLEY: "Place"}
# "قوى" (forces, a broken plural) heads a body's name; normalised it is also "قوي" (strong), so only the
# word written with ى does.
_FORCES_PLURAL = normalize("قوى")


# Heads of the names of forums and institutes ("منتدى العالم الثالث", "معهد الأمم المتحدة للتخطيط
# الاقتصادي"), which name a body with whatever follows them, as "مؤسسة" and "جامعة" do.
_FORUM_HEADS = {normalize("منتدى"): "Organization", normalize("معهد"): "Organization"}
# "ميلشيات الحوثي": a common misspelling of ميليشيات (militias), with the ي and the ل swapped, heads
# the name as the right spelling does.
_MISSPELT_HEADS = {normalize("ميلشيات"): "ArmedGroup", normalize("ميلشيا"): "ArmedGroup"}
_OPEN_HEADS = {**_FORUM_HEADS, **_MISSPELT_HEADS}


def _head_of(tok: Token) -> tuple[int, str, str, bool] | None:
    """(clitic shift, form, class, definite head?) when the word opens an organisation name."""
    for shift, form in tok.forms:
        if form in lx.ORG_HEADS:
            return shift, form, lx.ORG_HEADS[form], form.startswith("ال")
        if form in _OPEN_HEADS:
            return shift, form, _OPEN_HEADS[form], False
        if form == _FORCES_PLURAL and tok.text[shift:] == "قوى":
            return shift, form, "Organization", False  # "قوى الحشد الشعبي", "قوى الأمن الداخلي"
        if form in lx.DEFINITE_ORG_HEADS:
            return shift, form, lx.DEFINITE_ORG_HEADS[form], True
        if form in _PLACE_HEADS and (form != _VALLEY or tok.text[shift:] == "وادي"):
            return shift, form, _PLACE_HEADS[form], form.startswith("ال")
        if form in lx.ADJECTIVE_ORG_HEADS:
            return shift, form, lx.ADJECTIVE_ORG_HEADS[form], True
    return None


def _feminine_adjective(toks: list[Token], i: int) -> bool:
    """ "المحكمة | الجنائية", "المحكمة | العليا": a definite feminine adjective follows the head
    ("المقاومة | المشتركة": the joint resistance)."""
    if i + 1 >= len(toks) or not toks[i + 1].is_word:
        return False
    w = toks[i + 1].norm
    joint = w in _JOINT and toks[i].forms[-1][1] in _JOINT_HEADS
    return w.startswith("ال") and (w.endswith(("يه", "امه")) or w in ("العليا", "الكبري") or joint)


# Adjectives of a body's field of work: "عمليات الهيئة الإغاثية" is the relief authority already named,
# described by what it does, as "الجمعية الخيرية" is any charity.
_FIELD_ADJECTIVES = frozenset(
    normalize(w) for w in ("الإغاثية", "الخيرية", "الإنسانية", "التطوعية", "الطبية", "الصحية", "الدعوية")
)


def _field_only(toks: list[Token], i: int) -> bool:
    """The head's adjective is a field of work, and no further word of a name follows it."""
    if i + 1 >= len(toks) or toks[i + 1].norm not in _FIELD_ADJECTIVES:
        return False
    nxt = toks[i + 2].norm if i + 2 < len(toks) and toks[i + 2].is_word else ""
    return not nxt.startswith(("ال", "لل"))


# "القوات المشتركة", "المقاومة المشتركة": "joint" names the armed body made of several, as a
# nationality or a bloc adjective does ("القوات اليمنية المشتركة").
_JOINT = frozenset(normalize(w) for w in ("المشتركة", "المشترك"))
_JOINT_HEADS = frozenset(normalize(w) for w in ("القوات", "المقاومة"))
_LEGITIMATE = normalize("الشرعية")
_ARMED_ADJ = frozenset(normalize(w) for w in ("العسكري", "العسكرية"))


def _legitimate_forces(head: str, rest: list[Token]) -> bool:
    """ "القوات الشرعية": the forces of the recognised government (Yemen's "legitimacy") are a named
    side of the war, as "القوات الحكومية" is not."""
    return head == normalize("القوات") and len(rest) == 1 and rest[0].norm == _LEGITIMATE


_PLURAL_PRONOUNS = ("هم", "هن", "كم", "هما")


def _continuation(toks: list[Token], i: int, head: str, gaz: Gazetteer, counts: Counter) -> tuple[int, bool]:
    """Index of the last token of the name opened at `i`, and whether a nisba occurred."""
    last, nisba, j = i, False, i + 1
    while j < len(toks) and j - i <= 6:
        t = toks[j]
        if t.text in _OPEN_QUOTES and (last == i or _news_agency_word(toks, i, last)):
            if j + 1 >= len(toks):
                break  # a quote mark ends the sentence
            close = _closing_quote(toks, j)
            inner = toks[j + 1].norm
            # منظمة "إرهابية" is an adjective; منظمة "كفى" (a short word ending in ى) a name
            adjective = inner.endswith("يه") or (inner.endswith("ي") and len(inner) > 4)
            single = close == j + 2 and adjective and not inner.startswith("ال")
            if close is not None and close - j <= 5 and not single:
                return close, nisba
            break
        royal = last == i and t.norm in lx.ROYAL_TITLES
        if royal and (_named_after(toks, j) or _royal_foundation(toks, j, head)):
            last, j = j + 1, j + 2  # "مركز الملك سلمان للإغاثة": an institution named after a monarch
            continue
        if last == i and (end := _named_region_after(toks, j, head, gaz)):
            return end, nisba  # "حكومة إقليم كردستان", "مجلس محافظة نينوى": the body of a named region
        if _armed_forces_of(toks, j, head):
            return j + 1, True  # "القوات المسلحة الإماراتية": "armed" is part of a state's forces' name
        if last == i and (end := _people_without(toks, j)):
            return end, nisba  # "منظمة صحفيون بلا حدود": a body of people "without" something
        if (
            not t.is_word
            or lx.is_stop(t.text, t.norm)
            or t.norm in lx.NOT_NAME_DEFINITE
            or t.norm in lx.ALL_TITLES
        ):
            break
        if t.norm[0] in "وف" and len(t.norm) > 3 and t.norm[1:].startswith("ال"):
            break  # a conjunction starts a new phrase
        if t.norm in lx.EVALUATIVE_DESCRIPTORS:
            break  # "تنظيم داعش | الإرهابي": a judgement on the name, not part of it
        if last == i and t.norm in lx.FORMER_WORDS and _bare_word_after(toks, j):
            break  # "قوات المخلوع صالح": the forces of a deposed man, named after him
        if not t.norm.startswith("ال") and t.norm.endswith(_PLURAL_PRONOUNS):
            break  # "إعادة تنظيم صفوفهم": a noun with a pronoun is no name ("organising their ranks")
        if last == i and t.norm in lx.NOT_NAME_COMPLEMENTS.get(head, ()):
            break  # "جبهة الساحل الغربي", "حركة النزوح": an ordinary phrase
        if last == i and head not in lx.LED_BODY_HEADS and (chain := _construct_chain(toks, j)):
            last, j = chain, chain + 1  # "هيئة أركان الجيش", "لجنة متابعة مبادرة السلام"
            continue
        if last > i and _linked_cause(t):
            last, j = j, j + 1  # "الهيئة العالمية للتنمية البشرية": the body's cause after لل
            while j < len(toks) and j - i <= 8 and _definite_adjective(toks[j]) and toks[j].pos == "ADJ":
                last, j = j, j + 1
            # "للإغاثة والأعمال الإنسانية": a second cause, with its adjective, joined by و
            pair = j + 1 < len(toks) and toks[j].norm.startswith("وال") and toks[j + 1].pos == "ADJ"
            if pair and _definite_adjective(toks[j + 1]):
                last, j = j + 1, j + 2
            continue
        if last > i and _linked_body(t):
            last, j = j, j + 1  # "القيادة العامة للقوات المسلحة الليبية": a body of another body
            while j < len(toks) and j - i <= 6 and _definite_adjective(toks[j]):
                nisba, last, j = nisba or is_nisba(toks[j].norm), j, j + 1
            continue
        if last > i and _linked_complement(toks, j):
            last, j = j + 1, j + 2  # "مجلس التعاون لدول الخليج": a preposition inside the name
            continue
        if nisba and t.norm in _JOINT and head in _JOINT_HEADS and j == last + 1:
            return j, nisba  # "القوات اليمنية المشتركة": the joint forces of a state
        if nisba and not is_nisba(t.norm) and not (head in _PLACE_HEADS and gaz.get((t.norm,))):
            break  # a nationality adjective closes the name ("الجيش التركي | الهجوم")
        if head == "جبهه" and last == i and gaz.get((t.norm,)):
            break  # "جبهة تعز": a battlefront named by its place, not an organisation
        if last == i and head.startswith("ال") and gaz.get((t.norm,)) and not is_nisba(t.norm):
            break  # "ودعت المنظمة الرياض": a definite noun governs no name; the place is the object
        if (
            last == i
            and head in lx.DEFINITE_ORG_HEADS
            and (t.norm in lx.ORG_HEADS or t.norm in lx.DEFINITE_ORG_HEADS)
        ):
            break  # "وحمل الجيش فيلق القدس الإيراني مسؤولية", "دعت هذه المنظمة الحكومة الأميركية"
        if head == "جبهه" and last == i and t.norm.endswith("يين"):
            break  # "جبهة الحوثيين المنهارة": a people's battlefront
        if head == _ASPECT and last == i and t.norm in _COMPASS_NOUNS:
            break  # "تتقدم من ناحية الشرق": from the east side; "ناحية" + a town is an Iraqi district
        if head == "قطاع" and last == i and not gaz.get((t.norm,)):
            break  # "قطاع غزة" is a place, "قطاع الأخبار" a line of business
        if head == "المنطقه" and last == i and (t.norm in lx.REGION_DESCRIPTORS or _describes_region(t.norm)):
            break  # "المنطقة الوسطى" describes, "المنطقة الخضراء" names
        if last == i and t.norm in _COMPASS and _part_of_place(toks, j + 1, head):
            break  # "المنطقة الشرقية من الريف": the eastern part of a region
        if head in _PLACE_HEADS and last > i and _place_name_done(toks, i, j, last, gaz):
            break  # "مطار عدن الدولي": a place name ends after the place it names
        if last > i and t.norm in lx.MEDIA_NAME_ENDINGS:
            last, j = j, j + 1  # "وكالة فرانس برس"
            continue
        if last > i and t.norm.startswith("المت") and t.norm != "المتحده":
            break  # a participle describes the name ("جماعة الحوثي المتمردة")
        if last > i + 1 and t.norm in common_words() and not is_nisba(t.norm):
            break  # "حزب العمال الكردستاني | الهجوم"
        if last > i and _governs_linked_object(toks, j):
            break  # "ائتلاف الفتح | الممثل لقوى الحشد": a participle with its object after ل
        if _second_definite_noun(toks, j, last) and not gaz.get((t.norm,)) and t.norm not in lx.ORG_HEADS:
            break  # "وزارة العمل | التأخر في توقيع": a definite noun after a definite noun is the next phrase
        if t.norm.startswith("ال") or t.norm in lx.ORG_HEADS or gaz.get((t.norm,)):
            nisba = nisba or is_nisba(t.norm)
            last = j
        elif last == i and head in lx.OPEN_NAME_HEADS and _bare_name(t, counts) and not _common_bare(toks, j):
            last = j  # "حركة حماس": one bare name word that recurs in the article
        elif (
            last == i and head in _PLACE_HEADS and not head.startswith("ال") and (end := _bare_place(toks, j))
        ):
            return end, nisba  # "محافظة دياربكر", "محافظة ذي قار"
        else:
            break
        j += 1
    return last, nisba


def _bare_word_after(toks: list[Token], j: int) -> bool:
    """The word after token j is a word without the article (a name: "المخلوع صالح")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.is_word
        and not nxt.norm.startswith("ال")
        and not lx.is_stop(nxt.text, nxt.norm)
    )


_NEWS = normalize("أنباء")
_THE_NEWS = normalize("الأنباء")


def _news_agency_word(toks: list[Token], i: int, last: int) -> bool:
    """ "لوكالة أنباء «إيسنا»": "a news agency" is no name yet; the quoted name after it completes it."""
    return last == i + 1 and toks[last].norm == _NEWS


def _agency_name_end(toks: list[Token], last: int) -> int:
    """ "لوكالة أنباء فرانس برس", "وكالة أنباء فارس الإيرانية": the agency's own name, one or two words
    without the article, then its nationality, follows "وكالة أنباء"."""
    j = last + 1
    while j < len(toks) and j - last <= 2 and _agency_name_word(toks[j]):
        j += 1
    if j == last + 1:
        return last
    while j < len(toks) and toks[j].norm.startswith("ال") and is_nisba(toks[j].norm):
        j += 1
    return j - 1


_OFFICIAL = normalize("الرسمية")


def _official_agency(toks: list[Token], news: int, text: str, sent_i: int) -> list[Cand]:
    """The name after "وكالة الأنباء الرسمية": one or two words without the article ("سونا", "تونس
    أفريقيا"), read as "وكالة أنباء فارس" is."""
    if news + 1 >= len(toks) or toks[news + 1].norm != _OFFICIAL:
        return []
    last = _agency_name_end(toks, news + 1)
    if last == news + 1:
        return []
    start, end = toks[news + 2].start, toks[last].end
    return [
        Cand(
            start, end, surface(text, start, end), "ORG", "MediaOrganization", "pattern", 0.8, sentence=sent_i
        )
    ]


def _agency_name_word(t: Token) -> bool:
    n = t.norm
    plain = t.is_word and not n.startswith(("ال", "و")) and t.pos != "VERB" and len(n) > 2
    return plain and not lx.is_stop(t.text, n) and not is_nisba(n) and n not in lx.ALL_TITLES


# "المنطقة الجنوبية" of Syria, "المنطقة الشمالية": a compass adjective after "the region" says which part
# of the country the article means. "المنطقة الشرقية" is kept: it is the name of a Saudi province.
_REGION_DIRECTIONS = frozenset(normalize(w) for w in ("الجنوبية", "الشمالية", "الغربية"))
_COMPASS_NOUNS = frozenset(normalize(w) for w in ("الشرق", "الغرب", "الشمال", "الجنوب"))
_ELATIVE = re.compile("^الا[^ا]{3}$")  # "الأكبر", "الأوسع": the comparative form أفعل with the article


# Relational adjectives of the lie of the land ("المنطقة الجبلية": the mountainous area), which say
# what kind of area it is, as a participle does ("المنطقة المتاخمة", "المنطقة المحاصرة").
_LANDSCAPE_ADJECTIVES = frozenset(
    normalize(w)
    for w in (
        "الجبلية",
        "الصحراوية",
        "الساحلية",
        "الجغرافية",
        "الريفية",
        "الحضرية",
        "السكنية",
        "الزراعية",
        "الصناعية",
        "النفطية",
        "الأثرية",
        "السهلية",
        "الوعرة",
        "النائية",
    )
)
_PARTICIPLE = re.compile("^الم.{3,}$")  # "المتاخمة", "المحاصرة", "المهمة": the article, م and a stem
_ACTIVE_PARTICIPLE = re.compile("^ال.ا..ه$")  # "الخاضعة", "الواقعة": the feminine of فاعل


def _describes_region(adjective: str) -> bool:
    """An adjective after "المنطقة" that picks a part, compares (`المنطقة الجنوبية`, `المنطقة الأكبر
    كثيرا`), tells the kind of land or what is done to it (`المنطقة الجبلية`, `المنطقة المحاصرة`)
    rather than names the region."""
    participle = bool(_PARTICIPLE.match(adjective) or _ACTIVE_PARTICIPLE.match(adjective))
    participle = participle and not is_nisba(adjective)  # not "المصرية"
    landscape = adjective in _LANDSCAPE_ADJECTIVES or participle
    return adjective in _REGION_DIRECTIONS or bool(_ELATIVE.match(adjective)) or landscape


_WITHOUT = frozenset(normalize(w) for w in ("بلا", "بدون"))


def _governs_linked_object(toks: list[Token], j: int) -> bool:
    """A common definite word followed by ل + an indefinite word that continues no name ("الممثل
    لقوى", "الموالي لإيران"): a participle or noun with its object, outside the name before it."""
    t, nxt = toks[j], toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or not nxt.is_word or not t.norm.startswith("ال") or is_nisba(t.norm):
        return False
    if t.norm not in common_words() or nxt.norm.startswith("لل") or len(nxt.norm) < 4:
        return False
    return nxt.norm.startswith("ل") and not _linked_complement(toks, j + 1)


def _people_without(toks: list[Token], j: int) -> int | None:
    """Last index of "صحفيون بلا حدود", "أطباء بلا حدود" after a body's head: an indefinite plural of
    people, then "without" and an indefinite noun."""
    if j + 2 >= len(toks) or toks[j + 1].norm not in _WITHOUT:
        return None
    people, what = toks[j], toks[j + 2]
    plural = people.norm.endswith(("ون", "ين", "اء")) and len(people.norm) >= 5
    bare = what.is_word and len(what.norm) >= 3 and not what.norm.startswith("ال")
    plain = people.is_word and not people.norm.startswith("ال") and not lx.is_stop(people.text, people.norm)
    return j + 2 if plural and plain and bare and not lx.is_stop(what.text, what.norm) else None


# Bodies that govern a region and take its name: "حكومة إقليم كردستان", "مجلس محافظة البصرة".
_REGION_BODY_HEADS = frozenset(normalize(w) for w in ("حكومة", "مجلس", "شرطة", "برلمان"))
_ARMED = normalize("المسلحة")
_FORCES = frozenset(normalize(w) for w in ("القوات", "قوات"))


def _named_region_after(toks: list[Token], j: int, head: str, gaz: Gazetteer) -> int | None:
    """Last index of "إقليم كردستان" / "محافظة نينوى" / "مدينة الموصل" after a governing body's head."""
    if head not in _REGION_BODY_HEADS or j + 1 >= len(toks):
        return None
    t, name = toks[j], toks[j + 1]
    if not (_region_unit(t.norm) or t.norm == _MUNICIPALITY):
        return None
    if name.is_word and (hit := _longest_place(toks, j + 1, name.norm, gaz)) and hit[1].coarse == "LOC":
        return hit[0]  # "مجلس محافظة درعا", "مجلس بلدية طرابلس": a known place, whatever its shape
    if name.norm.startswith("ال"):
        return None
    return _bare_place(toks, j + 1)


_MUNICIPALITY = normalize("بلدية")  # "مجلس بلدية طرابلس": the council of a city's municipality


def _region_unit(word: str) -> bool:
    """A noun of a governed unit that a region's or city's name follows (إقليم، محافظة، مدينة)."""
    return lx.PLACE_HEADS.get(word) == "Region" or word == _CITY


def _armed_forces_of(toks: list[Token], j: int, head: str) -> bool:
    """ "القوات المسلحة" + a nationality adjective: the armed forces of that state."""
    return head in _FORCES and toks[j].norm == _ARMED and j + 1 < len(toks) and is_nisba(toks[j + 1].norm)


def _second_definite_noun(toks: list[Token], j: int, last: int) -> bool:
    """Token j and the last name word before it are both definite nouns (not adjectives)."""
    a, b = toks[last], toks[j]
    definite = a.norm.startswith("ال") and b.norm.startswith("ال")
    return j == last + 1 and definite and a.pos == "NOUN" and b.pos == "NOUN"


_INSTITUTIONS = frozenset(normalize(w) for w in ("مركز", "مستشفى", "مجمع"))


def _royal_institution(toks: list[Token], i: int) -> tuple[int, str, str, bool] | None:
    """ "مركز الملك سلمان للإغاثة", "مستشفى الملك فيصل": a centre or hospital named after a monarch
    heads an organisation (a bare "مركز" is a centre or a seat, no name)."""
    form = toks[i].norm.lstrip("وبل")
    named = i + 1 < len(toks) and toks[i + 1].norm in lx.ROYAL_TITLES and _named_after(toks, i + 1)
    return (
        (len(toks[i].norm) - len(form), form, "Organization", False)
        if form in _INSTITUTIONS and named
        else None
    )


def _named_after(toks: list[Token], j: int) -> bool:
    """A royal title at j followed by one given name and a linked complement or the end of a quote
    (`مركز الملك سلمان للإغاثة`, `«مركز الملك سلمان»`), not by a full person's name."""
    name = toks[j + 1] if j + 1 < len(toks) else None
    if j + 2 >= len(toks) or name is None or not name.is_word or name.norm.startswith("ال"):
        return False
    if lx.is_stop(name.text, name.norm) or name.norm in lx.ALL_TITLES:
        return False
    nxt = toks[j + 2]
    return nxt.text in _CLOSE_QUOTES or (nxt.is_word and nxt.norm.startswith("لل"))


# Indefinite heads of institutions a monarch gives his name to ("جامعة الملك سعود", "مستشفى الملك فيصل")
_FOUNDATION_HEADS = frozenset(normalize(w) for w in ("جامعة", "مستشفى", "مركز", "مؤسسة", "كلية", "أكاديمية"))


def _royal_foundation(toks: list[Token], j: int, head: str) -> bool:
    """ "من جامعة الملك سعود، وقد": such a head, a royal title and one given name closed by punctuation
    (after a definite head, "أبلغت الحكومة الملك عبدالله،", the monarch is the object)."""
    if head not in _FOUNDATION_HEADS or j + 2 >= len(toks):
        return False
    name, nxt = toks[j + 1], toks[j + 2]
    plain = name.is_word and not name.norm.startswith("ال") and not lx.is_stop(name.text, name.norm)
    return plain and name.norm not in lx.ALL_TITLES and not nxt.is_word and nxt.text not in _OPEN_QUOTES


def _construct_chain(toks: list[Token], j: int) -> int | None:
    """Last index of one or two indefinite nouns in construct right after an organisation head and
    followed by a definite word ("هيئة أركان | الجيش التركي"); adjectives and verbs do not qualify."""
    k = j
    while k < len(toks) and k - j < 2 and _construct_noun(toks[k]):
        k += 1
    if k == j or k >= len(toks) or not toks[k].is_word:
        return None
    nxt = toks[k].norm
    ok = nxt.startswith("ال") and nxt not in lx.NOT_NAME_DEFINITE and nxt not in lx.EVALUATIVE_DESCRIPTORS
    ok = ok and not is_nisba(nxt)  # "ولاية أيوا | الأمريكية": the adjective describes the place
    ok = ok and toks[k].pos != "ADJ"  # "إقليم كردستان | السابق", "| شبه المستقل": no genitive noun
    return k if ok and not lx.is_stop(toks[k].text, nxt) and nxt not in lx.ALL_TITLES else None


# The verbal noun تفعيل ("تحرير", "تنظيم"): it opens with ت as an imperfect verb does, but its ي
# before the last letter is the noun's
_TAFIL = re.compile("^ت[^ا]{2}ي[^ا]$")


def _construct_noun(t: Token) -> bool:
    n = t.norm
    return (
        t.is_word
        and len(n) >= 3
        and not n.startswith("ال")
        and not n.endswith(("ي", "ين", "ون"))  # -ية may be a noun: "وحدات حماية الشعب"
        and n[0] not in "وفبل"
        and "\u064b" not in t.text
        and (not _VERB_LIKE.match(n) or bool(_TAFIL.match(n)))  # "هيئة تحرير الشام"
        and not lx.is_stop(t.text, n)
        and n not in lx.ALL_TITLES
        and n not in lx.DIRECTIONS  # "جبال قنديل | شمال العراق": a direction starts the next phrase
        and not is_nisba(n)
        and t.pos in (None, "NOUN", "PROPN", "X")
    )


def _linked_complement(toks: list[Token], j: int) -> bool:
    """ "ل" + a bare noun followed by a definite noun ("لدول الخليج", "لحقوق الإنسان") continues a name."""
    t = toks[j]
    if j + 1 >= len(toks) or not toks[j + 1].is_word or not t.norm.startswith("ل") or len(t.norm) < 4:
        return False
    nxt = toks[j + 1].norm
    bare = t.norm[1:]
    rights = bare == "حقوق" and nxt == "الانسان"  # a common word, but "لحقوق الإنسان" ends many names
    return bare in lx.LINKED_NAME_NOUNS and nxt.startswith("ال") and (rights or nxt not in common_words())


def _linked_cause(t: Token) -> bool:
    """ "للتنمية", "للإغاثة", "للتخطيط": ل + the article + a cause a body works for (or a verbal noun
    of a purpose) continues its name."""
    if not t.is_word or not t.norm.startswith("لل"):
        return False
    return ("ال" + t.norm[2:]) in lx.CAUSE_NOUNS or bool(_PURPOSE_NOUN.match(t.norm[2:]))


def _linked_body(t: Token) -> bool:
    """ "للقوات", "للأمم": ل + an organisation head (ل + ال contracts to لل) continues a name."""
    n = t.norm
    heads = lx.DEFINITE_ORG_HEADS.keys() | lx.ORG_HEADS.keys()
    return t.is_word and n.startswith("لل") and len(n) > 4 and ("ال" + n[2:]) in heads


def _definite_adjective(t: Token) -> bool:
    n = t.norm
    # the raw text, not the normalised form: "إلقاء" normalises to a word that starts with "ال"
    return t.is_word and t.text.startswith("ال") and not lx.is_stop(t.text, n) and n not in lx.ALL_TITLES


def _bare_place(toks: list[Token], j: int) -> int | None:
    """Last index of an indefinite place name right after a place head: one plain word, or "ذي" +
    word. Adjectives ("منطقة صناعية", "محافظة ساحلية") and verbs are not names."""
    t = toks[j]
    if t.norm in ("ذي", "ذو") and j + 1 < len(toks) and toks[j + 1].is_word:
        nxt = toks[j + 1]  # "ذي قار": the tagger need not know the word
        return j + 1 if len(nxt.norm) >= 3 and not lx.is_stop(nxt.text, nxt.norm) else None
    if _name_read_as_verb(toks, j):
        return j
    if not _plain_place_word(t, right_after_head=True):
        return None
    nxt = toks[j + 1] if j + 1 < len(toks) else None  # "منطقة خور مكسر", "محافظة جبل لبنان"
    if (
        nxt is not None
        and t.norm in _CONSTRUCT_PLACE_WORDS
        and nxt.norm.startswith("ال")
        and len(nxt.norm) > 4
    ):
        return j + 1  # "مديرية بيت الفقيه", "منطقة عين التمر": a place name in construct
    return j + 1 if nxt is not None and nxt.is_word and _plain_place_word(nxt) else j


def _name_read_as_verb(toks: list[Token], j: int) -> bool:
    """ "مديرية دمت بمحافظة الضالع", "وسط قرية يعيس.": the tagger reads an unknown village name after its
    head as a verb. A verb there opens a clause ("قرية تقع في ..."); a name is closed right away, by
    punctuation or by the province it lies in."""
    t = toks[j]
    if t.pos != "VERB" or t.norm in ordinary_words() or not _plain_place_word(replace(t, pos="PROPN"), True):
        return False
    if j + 1 >= len(toks) or not toks[j + 1].is_word:
        return True
    return any(shift > 0 and lx.PLACE_HEADS.get(f) == "Region" for shift, f in toks[j + 1].forms)


# First words of place names in construct with a definite word ("بيت الفقيه", "دير الزور").
_CONSTRUCT_PLACE_WORDS = frozenset(
    normalize(w) for w in ("بيت", "عين", "دير", "تل", "رأس", "بئر", "كفر", "خان")
)


def _plain_place_word(t: Token, right_after_head: bool = False) -> bool:
    n = t.norm
    # the tagger also calls a name right after its head an adjective or a preposition ("قرية مزهر",
    # "مديرية باقم"); not a second word ("منطقة كرش بلحج": ب + a place)
    tags = ("NOUN", "ADJ", "ADP") if right_after_head and not n.startswith(("لل", "بال")) else ("NOUN",)
    return (
        len(n) >= 3
        and not n.startswith("ال")  # "منطقة الجزاء": a definite word is read by the other rules
        # a proper-noun tag, or a noun that is never an ordinary word in ANERcorp ("نينوى", not "جزاء")
        and (t.pos in (None, "PROPN", "X") or (t.pos in tags and n not in ordinary_words()))
        and n[0] not in "وف"
        and not (n[0] == "ل" and len(n) >= 5 and n[1:] in ordinary_words())  # "قاعدة لانطلاق عملياتها"
        and "\u064b" not in t.text
        and not n.endswith(("ه", "ات", "ا"))
        and not is_nisba(n)
        # "مدينة سيئون": a name may look like an imperfect verb; right after the head the tagger, when it
        # reads no verb (and the word is no ordinary one, checked above), is trusted
        and not (_VERB_LIKE.match(n) and not (right_after_head and t.pos in ("NOUN", "ADJ", "PROPN")))
        and not lx.is_stop(t.text, n)
        and n not in lx.ALL_TITLES
        and n not in lx.DIRECTIONS
    )


def _place_name_done(toks: list[Token], i: int, j: int, last: int, gaz: Gazetteer) -> bool:
    named = gaz.get((toks[last].norm,)) is not None
    if toks[j].norm == "الدولي" and named:
        return False
    return named or j - i > 2


_PLAIN_ADJECTIVES = frozenset(normalize(w) for w in ("جديد", "آخر", "كبير", "صغير", "قديم", "واحد", "ثان"))


# A preposition carrying a pronoun ("منها", "فيهم", "عليها"): never a name word.
_PREPOSITION_PRONOUN = re.compile("^(من|عن|في|علي|الي|مع|عند|ل|ب)(ه|ها|هم|هما|هن|كم|نا)$")


def _bare_name(t: Token, counts: Counter) -> bool:
    """An indefinite word after a name head that reads as a name, not an adjective ("تنظيم إرهابي")."""
    n = t.norm
    if n in lx.ALL_TITLES or lx.is_stop(t.text, n) or len(n) < 3 or "\u064b" in t.text or _VERB_LIKE.match(n):
        return False
    if _PREPOSITION_PRONOUN.match(n):
        return False  # "التي يوجد كل تنظيم منها في جزء": each group of them, no group called "منها"
    if n.startswith(("مو", "مت", "مست")) and len(n) >= 4:
        return False  # participles describe ("حزب مؤيد"), they do not name
    if n in _PLAIN_ADJECTIVES:
        return False  # "وتشكيل تنظيم جديد": a new organisation, not one called "جديد"
    return not n.endswith(("ي", "يه", "ه", "ات")) or counts[n] >= 2


_BARE_ELATIVE = re.compile("^ا[^اوي]{3}$")  # "أعمق", "أوسع": the comparative أفعل without the article


def _common_bare(toks: list[Token], j: int) -> bool:
    """The bare word after an open head is an ordinary word: a comparative ("وجود تحالف أعمق": a
    deeper alliance), or an ordinary noun governing the definite word after it ("وتنظيم وضع المتبقين":
    organising the status of those left)."""
    n = toks[j].norm
    if _BARE_ELATIVE.match(n) and n not in given_names():
        return True
    nxt = toks[j + 1].norm if j + 1 < len(toks) and toks[j + 1].is_word else ""
    adjective = nxt.endswith(("ي", "يه"))  # "حركة أمل الشيعية": a relational adjective describes the name
    return n in ordinary_words() and nxt.startswith("ال") and not adjective


def _closing_quote(toks: list[Token], j: int) -> int | None:
    for k in range(j + 1, min(len(toks), j + 8)):
        if toks[k].text in _CLOSE_QUOTES:
            return k if k > j + 1 else None
        if not toks[k].is_word:
            return None
    return None


_TOWN_HEADS = frozenset(normalize(w) for w in ("بلدة", "قرية"))
_CITY = normalize("مدينة")  # "مدينة الحوطة": a city's name is the city, with or without the article


def org_cands(toks: list[Token], gaz: Gazetteer, text: str, sent_i: int, counts: Counter) -> list[Cand]:
    out = []
    for i, tok in enumerate(toks):
        if not tok.is_word:
            continue
        if rights := _rights_body(toks, i, text, sent_i):
            out.extend(rights)  # "الفيدرالية العربية لحقوق الإنسان": the rights it defends end the name
            continue
        head = _head_of(tok) or _royal_institution(toks, i)
        if tok.norm.lstrip("و") in lx.LEADER_BY_WORDS:
            continue  # "برئاسة الخبير الاقتصادي": "headed by", not the presidency of a body
        if head is None:
            out.extend(
                _standalone(tok, text, sent_i)
                or _police_of_place(toks, i, gaz, text, sent_i)
                or _quarters_name(toks, i, text, sent_i)
                or _standalone_pair(toks, i, text, sent_i)
                or _institution_with_purpose(toks, i, text, sent_i)
                or _national_body(toks, i, text, sent_i)
                or _study_centre(toks, i, text, sent_i)
            )
            continue
        shift, form, cls, definite = head
        if form in lx.ADJECTIVE_ORG_HEADS and (not _feminine_adjective(toks, i) or _field_only(toks, i)):
            continue
        if form == _PRESIDENCY and shift > 0 and (headed := _body_to_head(toks, i, text, sent_i)):
            out.extend(headed)  # "تكليف الناظوري لرئاسة الغرفة الأمنية": to head the security room
            continue
        last, nisba = _continuation(toks, i, form, gaz, counts)
        if last == i:
            out.extend(_standalone(tok, text, sent_i))
            continue
        if form == _FORCES_PLURAL and last == i + 1 and toks[last].norm not in lx.DEFINITE_ORG_HEADS:
            continue  # "قوى الخير" (forces of good) names nothing; "قوى الجيش", "قوى الحشد الشعبي" do
        if last == i + 1 and (purposed := _institution_with_purpose(toks, i, text, sent_i)):
            out.extend(purposed)  # "الهيئة العامة للطيران المدني": the purpose ends the name
            continue
        if lx.PLACE_HEADS.get(form) == "Region" and toks[i + 1].norm in _MILITARY_REGION:
            cls = "ArmedGroup"  # "المنطقة العسكرية الرابعة": a military command, led by its commander
        if all(t.norm.isdigit() for t in toks[i + 1 : last + 1]):
            continue  # "شلّ حركة 186 ارهابيا": a count after the noun, not a name
        if form in _TRADE_HEADS and _ordinary_complement(toks[i + 1 : last + 1]):
            continue  # "شركة صناعة السيارات", "مكتب الصحيفة": what the body does, not its name
        if _common_reading(toks, i, form, last):
            continue
        place_noun = lx.PLACE_HEADS.get(form) in ("Facility", "Region")
        if place_noun and last == i + 1 and _plain_place(toks[last], gaz):
            continue  # "وسجن سري", "منطقة الاشتباكات": a secret prison, the area of the clashes
        bloc = toks[last].norm in lx.BLOC_ADJECTIVES and last == i + 1
        # "التحالف العسكري العربي": "military" between the head and the bloc adjective
        armed_bloc = last == i + 2 and toks[i + 1].norm in _ARMED_ADJ
        bloc = bloc or (toks[last].norm in lx.BLOC_ADJECTIVES and armed_bloc)
        bloc = bloc or (toks[last].norm in _JOINT and form in _JOINT_HEADS and last == i + 1)
        bloc = bloc or (form == _CRESCENT and toks[i + 1].norm == _RED)  # "الهلال الأحمر الكردي"
        bloc = bloc or _legitimate_forces(form, toks[i + 1 : last + 1])
        if (
            definite
            and form in lx.DEFINITE_ORG_HEADS
            and not nisba
            and not bloc
            and _description(form, toks[last])
            and not (form in _PHRASE_NAMED and last >= i + 2)
        ):
            continue  # "الحكومة الجديدة", "الجيش العسكريين": descriptions, not names
        start = tok.start + shift
        fix = form.startswith("ال") and not tok.norm[shift:].startswith("ال")
        town = lx.PLACE_HEADS.get(form) == "Region" or form in _TOWN_HEADS
        if town and _bare_place(toks, i + 1) or form == _CITY:
            start, fix = toks[i + 1].start, False  # "محافظة دياربكر", "بلدة عفرين": the name is the place's
        if _named_front(toks, i, last):  # "جبهة صرواح": a battlefront named by its place
            start, fix, cls = toks[last].start, False, "Region"
        if last == i + 1 and toks[last].norm == _THE_NEWS:
            # "وكالة الأنباء الرسمية سونا": "the official news agency" is described; the name after it is
            # the agency's
            out.extend(_official_agency(toks, last, text, sent_i))
            continue
        if _news_agency_word(toks, i, i + 1) and last > i + 2 and toks[i + 2].text in _OPEN_QUOTES:
            start, fix = toks[i + 3].start, False  # "وكالة أنباء «إيسنا»": the agency is called «إيسنا»
        elif _news_agency_word(toks, i, last):
            last = _agency_name_end(toks, last)
            if last == i + 1:
                continue  # "وكالة أنباء إيرانية": an Iranian news agency, none named
        coarse = ENTITY_CLASSES.get(cls, "ORG")
        out.append(
            Cand(
                start,
                toks[last].end,
                surface(text, start, toks[last].end, fix),
                coarse,
                cls,
                "pattern",
                0.8,
                sentence=sent_i,
            )
        )
    return out


_POLICE = normalize("شرطة")


def _police_of_place(toks: list[Token], i: int, gaz: Gazetteer, text: str, sent_i: int) -> list[Cand]:
    """ "شرطة دبي", "شرطة أبوظبي": the police of a city or country named by the gazetteer right after
    the indefinite head is a body (the place alone is its own mention elsewhere)."""
    shift = next((sh for sh, f in toks[i].forms if f == _POLICE), None)
    if shift is None or i + 1 >= len(toks) or not toks[i + 1].is_word:
        return []
    hit = _longest_place(toks, i + 1, toks[i + 1].norm, gaz)
    if hit is None or hit[1].coarse != "LOC":
        return []
    start, end = toks[i].start + shift, toks[hit[0]].end
    return [
        Cand(
            start,
            end,
            surface(text, start, end),
            "ORG",
            "GovernmentOrganization",
            "pattern",
            0.8,
            sentence=sent_i,
        )
    ]


_QUARTERS = normalize("أحياء")


def _quarters_name(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """ "استهدف أحياء دار سعد": the plural of حي before a bare place name (one or two words, as after
    a place head) is "the quarters of" that place; the name alone is the place."""
    shift = next((sh for sh, f in toks[i].forms if f == _QUARTERS), None)
    if shift is None or i + 1 >= len(toks) or not toks[i + 1].is_word:
        return []
    name = toks[i + 1]
    if name.pos == "ADP" or name.norm[0] in "بلك" or name.norm.endswith(_PLURAL_PRONOUNS + ("ها",)):
        return []  # "حرق الفلسطينيين أحياء لإبعادهم": "alive", then a purpose
    end = _bare_place(toks, i + 1)
    if end is None:
        return []
    start, stop = toks[i + 1].start, toks[end].end
    return [Cand(start, stop, surface(text, start, stop), "LOC", "Place", "pattern", 0.8, sentence=sent_i)]


_MILITARY_REGION = frozenset(normalize(w) for w in ("العسكرية", "عسكرية"))
_CRESCENT, _RED = normalize("الهلال"), normalize("الأحمر")

# Heads of companies and offices, which news also describes by their trade alone.
_TRADE_HEADS = frozenset(normalize(w) for w in ("شركة", "مكتب"))
# District nouns that are also common words with ordinary words after them: "بقضاء الوقت" (spending
# time, not `قضاء القائم`), "من ناحية الوضع التجاري" (in terms of, not `ناحية القحطانية`).
_SPENDING = normalize("قضاء")
_ASPECT = normalize("ناحية")


_PRISON = normalize("سجن")  # a prison, also the verbal noun "imprisoning" (`سجن الناشط عيسى النخيفي`)


_AREA_NOUNS = frozenset(normalize(w) for w in ("المنطقة", "المدينة", "البلدة", "القرية", "المحافظة"))


def _common_reading(toks: list[Token], i: int, form: str, last: int) -> bool:
    if form == _PRISON:  # a description and a person's given name after it: the person was jailed
        if toks[i + 1].norm in _AREA_NOUNS:
            return True  # "في سجن المنطقة الخاضعة لسيطرة الجهاديين": the area's prison, no name
        after = toks[last + 1] if last == i + 1 and last + 1 < len(toks) else None
        return after is not None and (after.norm in given_names() or after.pos == "PROPN")
    if form == _SPENDING:
        return toks[i].norm[:1] in "بل" and _ordinary_complement(toks[i + 1 : last + 1])
    if form == _ASPECT:  # the aspect's noun is common, its adjective need not be ("التجاري")
        return i > 0 and toks[i - 1].norm == "من" and toks[i + 1].norm in common_words()
    if form == _BANNER:  # "وحمل لواء العدل": to carry the banner of justice, no brigade
        return i > 0 and toks[i - 1].norm.removeprefix("و").removeprefix("ف") in _CARRYING
    if form == _FORCES_PLURAL:  # "المتآمرين ضد الشعب اليمني من قوى الشر الخارجية": rhetoric
        return toks[i + 1].norm in _MORAL_NOUNS
    if form == _PRESIDENCY:  # "يتولى فيها الحريري رئاسة الحكومة": the office he holds, not a body
        return _office_taken(toks, i)
    return False


def _plain_place(t: Token, gaz: Gazetteer) -> bool:
    """The one word after a place noun describes the place without naming it: an ordinary adjective or
    a definite verbal noun of a derived form, or its plural ("منطقة الاشتباكات": where the clashes are)."""
    n = t.norm
    verbal = bool(_DERIVED_VERBAL_NOUN.match(n) or (n.endswith("ات") and _DERIVED_VERBAL_NOUN.match(n[:-2])))
    return (verbal and not gaz.get((n,))) or _plain_adjective(t, gaz)


def _plain_adjective(t: Token, gaz: Gazetteer) -> bool:
    """An indefinite relational adjective that is an ordinary word in either gender ("سري" / "سرية",
    "عسكري", "دولي") and no known place: it describes the place noun before it, which it does not name."""
    n = t.norm
    if not t.is_word or n.startswith("ال") or not n.endswith(("ي", "يه")) or gaz.get((n,)):
        return False
    other = n[:-1] if n.endswith("يه") else n + "ه"
    return n in ordinary_words() or other in ordinary_words()


_PRESIDENCY = normalize("رئاسة")
# Words of taking or holding an office, whose object "رئاسة X" is the office itself.
_TAKING_OFFICE = frozenset(
    normalize(w)
    for w in (
        "تولى",
        "يتولى",
        "تتولى",
        "تولت",
        "تولي",
        "توليه",
        "تسلم",
        "يتسلم",
        "تسلمه",
        "استلام",
        "استلامه",
        "شغل",
        "يشغل",
        "تقلد",
        "يتقلد",
        "منصب",
    )
)
# Words of reaching, returning to or running for an office ("وصول ميشال عون إلى رئاسة الجمهورية", "قدوم
# المالكي إلى رئاسة الحكومة", "ترشحه لرئاسة").
_SEEKING_OFFICE = frozenset(
    normalize(w)
    for w in (
        "وصول",
        "وصوله",
        "الوصول",
        "قدوم",
        "قدومه",
        "مجيء",
        "مجيئه",
        "عودة",
        "عودته",
        "ترشح",
        "ترشحه",
        "الترشح",
        "ترشيح",
        "ترشيحه",
        "سباق",
    )
)
_OFFICE_REACH = 4  # words back from "رئاسة" to the verb: "وصول ميشال عون إلى رئاسة الجمهورية"


# What "لرئاسة" governs when it is the office of a state, not a body of its own ("لرئاسة الجمهورية").
_STATE_OFFICES = frozenset(
    normalize(w) for w in ("الجمهورية", "الحكومة", "الوزراء", "الدولة", "البلاد", "السلطة", "الوزارة")
)


def _body_to_head(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """ "لرئاسة الغرفة الأمنية المركزية المشتركة": ل + the verbal noun "heading" and a definite noun
    with its adjectives: the body is what follows "رئاسة" (its name runs over the adjectives)."""
    j = i + 1
    if j >= len(toks) or not _definite_adjective(toks[j]) or toks[j].norm in _STATE_OFFICES:
        return []
    last = j
    while last + 1 < len(toks) and _definite_adjective(toks[last + 1]) and toks[last + 1].pos == "ADJ":
        last += 1
    if last == j or toks[j].norm in lx.ALL_TITLES or is_nisba(toks[j].norm):
        return []
    start, end = toks[j].start, toks[last].end
    return [
        Cand(start, end, surface(text, start, end), "ORG", "Organization", "pattern", 0.8, sentence=sent_i)
    ]


def _office_taken(toks: list[Token], i: int) -> bool:
    """ "رئاسة X" as the office taken, held or sought: the object of a word of taking office within a
    few words before it (no comma between), or after إلى / ل that follow a word of seeking it."""
    before: list[Token] = []
    for t in reversed(toks[max(0, i - _OFFICE_REACH) : i]):
        if not t.is_word:
            break
        before.append(t)
    if any(_one_of(t, _TAKING_OFFICE) for t in before):
        return True
    towards = toks[i].norm.startswith("ل") or (bool(before) and before[0].norm in ("الى", "الي"))
    return towards and any(_one_of(t, _SEEKING_OFFICE) for t in before)


def _one_of(t: Token, words: frozenset[str]) -> bool:
    """The word, or the word after its conjunction (وتسلم), is one of `words`."""
    return t.norm in words or (t.norm[:1] == "و" and t.norm[1:] in words)


_BANNER = normalize("لواء")  # a brigade, and the banner a cause is carried under
_CARRYING = frozenset(
    normalize(w)
    for w in ("حمل", "يحمل", "تحمل", "حملت", "حملوا", "رفع", "يرفع", "ترفع", "رفعت", "حامل", "حاملة")
)
# Good and evil and their kin: "قوى الشر", "قوى الظلام", "قوى الاستكبار" are rhetoric, not bodies.
_MORAL_NOUNS = frozenset(
    normalize(w) for w in ("الخير", "الشر", "الظلام", "الظلم", "البغي", "الطغيان", "الاستكبار", "العدوان")
)


def _ordinary_complement(words: list[Token]) -> bool:
    """Every word after the head is an ordinary word in ANERcorp (definite common words, indefinite
    ordinary words): a description (`شركة السيارات`, `مكتب الصحيفة`), not a name."""
    for t in words:
        n = t.norm
        if n.startswith("ال") and n in common_words():
            continue
        if not n.startswith("ال") and n in ordinary_words():
            continue
        return False
    return any(t.norm in common_words() for t in words)


def _named_front(toks: list[Token], i: int, last: int) -> bool:
    """ "جبهة صرواح", "جبهة نهم": a front with one bare indefinite word is the place it is fought at
    (a movement's front has the article or a longer name: "جبهة النصرة", "جبهة تحرير مورو")."""
    t = toks[last]
    if toks[i].norm.lstrip("وفبل") != "جبهه" or last != i + 1 or t.norm.startswith("ال"):
        return False
    # the tagger may call an unknown town an adjective; a real adjective ends in ي / ة / ا
    adjective_like = (
        t.pos == "ADJ" and not t.norm.endswith(("ي", "يه", "ه", "ا")) and t.norm not in ordinary_words()
    )
    return _plain_place_word(t) or adjective_like


# Ministries named by their portfolio alone, with the feminine adjective of the implied وزارة:
# "أعلنت الخارجية الروسية", "المتحدثة باسم الخارجية الروسية" ("وزير الخارجية الروسي" is a title).
_PORTFOLIOS = frozenset(normalize(w) for w in ("الخارجية", "الداخلية", "الدفاع"))
_MINISTRY = frozenset(normalize(w) for w in ("وزارة", "وزارتي", "وزير", "وزيرة", "وزيري"))


def ministry_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    out = []
    for i, tok in enumerate(toks[:-1]):
        shift = next((shift for shift, f in tok.forms if f in _PORTFOLIOS), None)
        adjective = toks[i + 1].norm
        after_title = i > 0 and any(f in lx.ALL_TITLES | _MINISTRY for _shift, f in toks[i - 1].forms)
        if shift is None or after_title or not (is_nisba(adjective) and adjective.endswith("يه")):
            continue
        start, end = tok.start + shift, toks[i + 1].end
        name = surface(text, start, end)
        out.append(Cand(start, end, name, "ORG", "GovernmentOrganization", "pattern", 0.8, sentence=sent_i))
    return out


# "من الغوطة الشرقية", "في الضفة الغربية", "بالغوطة الشرقية": an unknown definite word with a compass
# adjective after a place preposition names a region that no gazetteer of cities and countries holds.
_COMPASS = frozenset(
    normalize(w)
    for w in ("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الشرقي", "الغربي", "الشمالي", "الجنوبي")
)
_REGION_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من", "إلى", "على", "قرب", "داخل", "بمنطقة"))


# Nouns of a side or part ("على الحافة الغربية للمنطقة": on the western edge of the area) that the list
# of common words lacks.
_SIDE_NOUNS = frozenset(normalize(w) for w in ("الحافة", "الشطر", "المدخل", "الأجزاء", "الواجهة"))


def _dual_place_head(tok: Token) -> str | None:
    """Class of a dual place noun ("بلدتي", "منطقتي", "محافظتي": two towns, two areas), or None."""
    n = tok.norm
    return lx.PLACE_HEADS.get(n[:-2] + "ه") if n.endswith("تي") and len(n) > 4 else None


def _dual_member(t: Token, conjoined: bool, any_pos: bool = False) -> bool:
    """A one-word name in "بلدتي الوهط وصبر": no adjective ("قريتي الصغيرة والجميلة"), no common word;
    `any_pos`: whatever the tagger's tag (it reads a name in -ية, "حمورية", as an adjective)."""
    word = t.norm[1:] if conjoined else t.norm
    if not t.is_word or len(word) < 3 or (conjoined and t.norm[:1] != "و"):
        return False
    plain = not lx.is_stop(word, word) and word not in ordinary_words() and word not in common_words()
    # (the tagger's tag of "وصبر" is the conjunction's: only the first name's tag tells)
    noun = conjoined or any_pos or t.pos in ("PROPN", "NOUN", "X", None)
    return plain and noun and not is_nisba(word) and word[:1] != "و"


# Plurals of place nouns that open a list of names: "في محافظات الحرث والطوال", "بلدات يلدا وببيلا"
_PLURAL_PLACE_HEADS = {
    normalize(w): lx.PLACE_HEADS[normalize(one)]
    for w, one in (("محافظات", "محافظة"), ("بلدات", "بلدة"), ("قرى", "قرية"), ("مدن", "مدينة"))
}


def _plural_members(toks: list[Token], i: int) -> int:
    """Index after the last one-word name of the list after a plural place noun at `i`; participles
    ("مدن المحررة", "الخاضعة") describe the places rather than name them."""
    j = i + 1
    while j < len(toks) and _dual_member(toks[j], j > i + 1):
        word = toks[j].norm[1:] if j > i + 1 else toks[j].norm
        if _PARTICIPLE.match(word) or _ACTIVE_PARTICIPLE.match(word) or _own_places(word):
            return i  # "في محافظات اليمن ومدنها": a country's provinces and its cities, no list of names
        if word in _PLURAL_PLACE_HEADS or word in lx.PLACE_HEADS:
            break  # "بلدات الحولة والرستن وتلبيسة وقرى حولها": villages around them, a place noun
        j += 1
    return j


def _own_places(word: str) -> bool:
    """A place noun with a possessive pronoun ("ومدنها", "محافظاتها")."""
    stem = word.removesuffix("ها").removesuffix("هم")
    return stem != word and (stem in _PLURAL_PLACE_HEADS or stem in lx.PLACE_HEADS)


def dual_place_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "على بلدتي الوهط وصبر", "في منطقتي الفيوش وجعولا": a dual place noun before two one-word names
    joined by و names two places of its kind; so does a plural one before two or more ("في محافظات
    الحرث والطوال")."""
    out = []
    for i in range(len(toks) - 2):
        cls = _dual_place_head(toks[i]) if toks[i].is_word else None
        end_of = i + 3
        if cls is None and toks[i].is_word and (cls := _PLURAL_PLACE_HEADS.get(toks[i].norm)):
            end_of = _plural_members(toks, i)
            if end_of < i + 3:
                continue
        members = toks[i + 1 : end_of]
        if cls is None or not all(_dual_member(t, k > 0) for k, t in enumerate(members)):
            continue
        after = toks[end_of] if end_of < len(toks) else None
        if after is not None and after.is_word and after.pos == "PROPN" and not after.norm.startswith("ال"):
            continue  # "بلدتي كفر نبل وحاس": a name of two words; the pair is not sure
        spans = [(t.start + (1 if k > 0 else 0), t.end) for k, t in enumerate(members)]
        for start, end in spans:
            out.append(
                Cand(start, end, surface(text, start, end), "LOC", cls, "pattern", 0.7, sentence=sent_i)
            )
    return out


_BORDER_POSTS = frozenset(normalize(w) for w in ("منفذ", "مركز", "معبر"))
_BORDER = frozenset(normalize(w) for w in ("الحدودي", "الحدودية"))
_CROSSING = normalize("منفذ")  # a border crossing, and the doer of a deed ("منفذ الهجوم")


def border_post_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "في مركز علب الحدودي", "في منفذ الطوال السعودي": a post or crossing of one name word, then
    "of the border" (or, for a crossing, the state's adjective), is a place on the border."""
    out = []
    for i in range(len(toks) - 2):
        shift = next((sh for sh, f in toks[i].forms if f in _BORDER_POSTS), None) if toks[i].is_word else None
        name, after = toks[i + 1], toks[i + 2].norm
        if shift is None or not _dual_member(name, False):
            continue
        crossing = toks[i].norm[shift:] == _CROSSING and is_nisba(after) and after.startswith("ال")
        if after in _BORDER or crossing:
            out.append(_pattern_place(text, toks[i].start + shift, name.end, "Facility", sent_i))
    return out


def _pattern_place(text: str, start: int, end: int, cls: str, sent_i: int) -> Cand:
    """A place a word pattern found (a border post, a village in a countryside)."""
    return Cand(start, end, surface(text, start, end), "LOC", cls, "pattern", 0.7, sentence=sent_i)


# First words of Levantine village names (castle, hill, bridge, village, monastery, spring, inn, house)
_TOPONYM_PREFIXES = frozenset(
    normalize(w) for w in ("قلعة", "تل", "تلة", "جسر", "كفر", "دير", "عين", "خان", "بيت", "مرج")
)
_COUNTRYSIDE = normalize("ريف")


def countryside_place_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "إلى قلعة المضيق بريف حمص": a village name opened by a toponym word, then "in the countryside
    of" a place, is a place."""
    out = []
    for i in range(1, len(toks) - 3):
        first, name = toks[i], toks[i + 1]
        shift = next((sh for sh, f in first.forms if f in _TOPONYM_PREFIXES), None) if first.is_word else None
        if shift is None or not _dual_member(name, False, any_pos=True):
            continue
        rural = any(sh == 1 and f == _COUNTRYSIDE for sh, f in toks[i + 2].forms)
        rural = rural or (toks[i + 2].norm == _IN and toks[i + 3].norm == _COUNTRYSIDE)
        if rural:
            out.append(_pattern_place(text, first.start + shift, name.end, "Place", sent_i))
    return out


_TOWN_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من", "إلى"))


def city_in_country_cands(toks: list[Token], gaz: Gazetteer, text: str, sent_i: int) -> list[Cand]:
    """ "سيدهم في قم بإيران", "في دارمشتادت بألمانيا": a plain word between a place preposition and ب + a
    country is a town of that country, short or unlisted as it may be."""
    out = []
    for i in range(1, len(toks) - 1):
        name, country = toks[i], toks[i + 1]
        if toks[i - 1].norm not in _TOWN_PREPOSITIONS or not name.is_word or not country.is_word:
            continue
        place = gaz.get((country.norm[1:],)) if country.norm.startswith("ب") else None
        if place is None or place.cls != "Country" or not _name_like_word(name.text, name.norm):
            continue
        out.append(_pattern_place(text, name.start, name.end, "City", sent_i))
    return out


def _name_like_word(raw: str, word: str) -> bool:
    """No stop word, ordinary word, definite noun or word with tanween: a word that may be a name."""
    ordinary = word in ordinary_words() or word in common_words() or lx.is_stop(raw, word)
    return not ordinary and not word.startswith("ال") and "\u064b" not in raw and len(word) > 1


# Compass adverbs that place what precedes them relative to a place ("نجد القرين جنوبي دمت").
_COMPASS_OF = frozenset(normalize(w) for w in ("جنوبي", "شمالي", "شرقي", "غربي"))


def compass_of_place_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "في منطقة نجد القرين جنوبي دمت،": one plain word between a compass adverb ("south of") and the end
    of the clause is the place the adverb refers to; a noun that goes on ("شرقي نهر الفرات"), a
    conjoined word ("شمالي وشرقي") or a place noun ("شمالي مديرية") is not."""
    out = []
    for i in range(len(toks) - 1):
        name = toks[i + 1]
        if not toks[i].is_word or toks[i].norm not in _COMPASS_OF or name.norm.startswith(("و", "ال")):
            continue
        clause_end = i + 2 == len(toks) or not toks[i + 2].is_word
        plain = _dual_member(name, False, any_pos=True) and name.norm not in lx.PLACE_HEADS
        if clause_end and plain and name.norm not in _COMPASS_OF and _dual_place_head(name) is None:
            out.append(_pattern_place(text, name.start, name.end, "Place", sent_i))
    return out


def compass_region_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    out = []
    for i in range(len(toks) - 1):
        tok, adjective = toks[i], toks[i + 1]
        shift, word = _governed_definite(toks, i)
        if word is None or adjective.norm not in _COMPASS:
            continue
        known = word in common_words() or word in _SIDE_NOUNS
        known = known or word in lx.ALL_TITLES or word in lx.DEFINITE_ORG_HEADS
        if known or is_nisba(word) or _part_of_place(toks, i + 2, word):
            continue
        start, end = tok.start + shift, adjective.end
        name = surface(text, start, end)
        out.append(Cand(start, end, name, "LOC", "Region", "pattern", 0.6, sentence=sent_i))
    return out


_AREA, _BANK = normalize("المنطقة"), normalize("الضفة")
_OF_RIVER = frozenset(normalize(w) for w in ("لنهر", "للنهر"))


def _part_of_place(toks: list[Token], k: int, word: str) -> bool:
    """ "برز في المنطقة الشرقية من الريف", "على الضفة الشرقية لنهر الفرات": the eastern part of a
    region, the east bank of a river, named by the place after them (token k), are no places' names."""
    nxt = toks[k].norm if k < len(toks) else ""
    return (word == _AREA and nxt == "من") or (word == _BANK and nxt in _OF_RIVER)


_MONASTERY = normalize("دير")
# The saint a monastery is named after is written with his title: "دير الأنبا مقار", "دير مار موسى".
_SAINT_TITLES = frozenset(normalize(w) for w in ("الأنبا", "مار", "القديس", "القديسة"))


def monastery_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "لرئيس أساقفة دير الأنبا مقار": "monastery", a saint's title and his name is a place."""
    out = []
    for i in range(len(toks) - 2):
        shift = next((sh for sh, f in toks[i].forms if f == _MONASTERY), None) if toks[i].is_word else None
        name = toks[i + 2]
        if (
            shift is None
            or toks[i + 1].norm not in _SAINT_TITLES
            or not _name_like_word(name.text, name.norm)
        ):
            continue
        out.append(_pattern_place(text, toks[i].start + shift, name.end, "Facility", sent_i))
    return out


# "شبه" ("almost", "semi-") and "جزيرة": "شبه جزيرة" is a peninsula; alone, "شبه منعدم" (almost none)
_SEMI, _ISLAND = normalize("شبه"), normalize("جزيرة")


def peninsula_cands(toks: list[Token], gaz: Gazetteer, text: str, sent_i: int) -> list[Cand]:
    """ "عبر الحدود مع شبه جزيرة سيناء المصرية": "peninsula" (two words) and a known place are one
    place's name."""
    out = []
    for i in range(len(toks) - 2):
        semi = next((sh for sh, f in toks[i].forms if f == _SEMI), None) if toks[i].is_word else None
        if semi is None or toks[i + 1].norm != _ISLAND:
            continue
        found = _longest_place(toks, i + 2, toks[i + 2].norm, gaz) if toks[i + 2].is_word else None
        if found is not None and found[1].coarse == "LOC":
            out.append(_pattern_place(text, toks[i].start + semi, toks[found[0]].end, "Region", sent_i))
    return out


_LOYAL_HEADS = frozenset({"القوات", "قوات", "الميليشيات", "المليشيات", "الفصائل", "الجماعات", "الجيش"})
_LOYAL_WORDS = frozenset({"المواليه", "الموالي"})
# What loyal forces are loyal to when it is no name of its own: the government, the regime.
_LOYAL_TO = frozenset({"للحكومه", "للنظام", "للشرعيه", "للسلطه"})


def loyal_forces_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "القوات الموالية للحكومة اليمنية", "الجيش الموالي للشرعية": forces named by whom they serve
    are one armed body, the government (or regime) and its adjectives included."""
    out = []
    for i, tok in enumerate(toks[:-2]):
        shift = next((sh for sh, form in tok.forms if form in _LOYAL_HEADS), None) if tok.is_word else None
        if shift is None:
            continue
        j = i + 1
        while j < len(toks) and toks[j].is_word and is_nisba(toks[j].norm):
            j += 1  # "القوات اليمنية الموالية"
        if j + 1 >= len(toks) or toks[j].norm not in _LOYAL_WORDS or toks[j + 1].norm not in _LOYAL_TO:
            continue
        k = j + 1
        while k + 1 < len(toks) and toks[k + 1].is_word and is_nisba(toks[k + 1].norm):
            k += 1  # "للحكومة اليمنية الشرعية"
        start = tok.start + shift
        name = surface(text, start, toks[k].end)
        out.append(Cand(start, toks[k].end, name, "ORG", "ArmedGroup", "pattern", 0.7, sentence=sent_i))
    return out


_OPPOSITION = "المعارضه"
_OPPOSITION_ADJECTIVES = frozenset({"المسلحه", "المعتدله"})


def opposition_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "المعارضة السورية", "المعارضة السورية المسلحة": a country's opposition is one body (the bare
    word is an ordinary noun)."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        shift = next((sh for sh, f in tok.forms if f == _OPPOSITION), None) if tok.is_word else None
        if shift is None or not toks[i + 1].is_word or country_of_adjective(toks[i + 1].norm) is None:
            continue
        k = i + 1
        while k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].norm in _OPPOSITION_ADJECTIVES:
            k += 1
        start = tok.start + shift
        fix = not tok.norm[shift:].startswith("ال")  # للمعارضة -> المعارضة
        name = surface(text, start, toks[k].end, fix)
        out.append(Cand(start, toks[k].end, name, "ORG", "ArmedGroup", "pattern", 0.7, sentence=sent_i))
    return out


_PARTY = normalize("الحزب")
# adjectives that describe a party rather than name it ("الحزب الرئيسي": the main party)
_PARTY_DESCRIPTIONS = frozenset(
    normalize(w) for w in ("الرئيسي", "الأساسي", "الحالي", "السياسي", "الثاني", "الماضي", "الذي")
)


def party_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "الحزب الديموقراطي الكردستاني", "للحزب الديمقراطي": "the party" with adjectives in -ي (a doctrine,
    a nation) is the party's name; "الحزب الحاكم" (ruling) and "الحزب الرئيسي" (main) describe."""
    out = []
    for i, tok in enumerate(toks):
        shift = next((sh for sh, f in tok.forms if f == _PARTY), None)
        if shift is None:
            continue
        last = i
        while last + 1 < len(toks) and _party_adjective(toks[last + 1]):
            last += 1
        if last > i:
            start = tok.start + shift
            fix = not tok.norm[shift:].startswith("ال")
            end = toks[last].end
            name = surface(text, start, end, fix)
            out.append(Cand(start, end, name, "ORG", "PoliticalParty", "pattern", 0.8, sentence=sent_i))
    return out


def _party_adjective(t: Token) -> bool:
    n = t.norm
    definite = t.is_word and t.text.startswith("ال")
    return definite and n.endswith("ي") and len(n) > 5 and n not in _PARTY_DESCRIPTIONS


_PROGRAMME = normalize("برنامج")
# "برنامج الأغذية العالمي", "برنامج الأمم المتحدة الإنمائي": a programme of the world body is an agency
_WORLD_PROGRAMME_ENDS = frozenset(normalize(w) for w in ("العالمي", "الإنمائي"))


def programme_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "المدير الإقليمي لبرنامج الأغذية العالمي": "programme" with up to three definite words ending in
    "world" or "development" names a UN agency; other programmes ("برنامج الإصلاح") are plans."""
    out = []
    for i, tok in enumerate(toks):
        shift = next((sh for sh, f in tok.forms if f == _PROGRAMME), None)
        if shift is None:
            continue
        for last in range(i + 2, min(i + 5, len(toks))):
            if not all(_definite_adjective(t) for t in toks[i + 1 : last + 1]):
                break
            if toks[last].norm in _WORLD_PROGRAMME_ENDS:
                start, end = tok.start + shift, toks[last].end
                name = surface(text, start, end)
                out.append(Cand(start, end, name, "ORG", "Organization", "pattern", 0.8, sentence=sent_i))
                break
    return out


_OWN_BODY = re.compile("^(?:ل|ب)?(حزب|حرك[ةه]|تيار|كتل[ةه]|تنظيم|جماع[ةه])(?:ه|ها|هم)$")


def own_body_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "التابعة لحزبه (الدعوة)": the name in brackets after "his party" (movement, bloc, group) is that
    body's name."""
    out = []
    for i in range(len(toks) - 3):
        head = _OWN_BODY.match(toks[i].norm) if toks[i].is_word else None
        if head is None or toks[i + 1].text != "(":
            continue
        close = next((k for k in range(i + 2, min(len(toks), i + 6)) if toks[k].text == ")"), None)
        inner = toks[i + 2 : close] if close is not None else []
        if not inner or not all(t.is_word and not lx.is_stop(t.text, t.norm) for t in inner):
            continue
        span = (inner[0].start, inner[-1].end)
        cls = lx.ORG_HEADS.get(head.group(1), "Organization")
        out.append(Cand(*span, surface(text, *span), "ORG", cls, "pattern", 0.8, sentence=sent_i))
    return out


_PUBLIC_SECURITY = (normalize("الأمن"), normalize("العام"))
_DIRECTOR = frozenset(normalize(w) for w in ("مدير", "ومدير", "لمدير"))


def security_body_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """The general security directorate of a state: "الأمن العام" with a nationality adjective
    ("المدير العام للأمن العام اللبناني") or after "director" ("مساعد مدير الأمن العام"). Without either
    the words mean public order ("يستهدف الأمن العام") or name a magazine ("مجلة \"الأمن العام\"")."""
    out = []
    for i in range(len(toks) - 1):
        shift = next((sh for sh, f in toks[i].forms if f == _PUBLIC_SECURITY[0]), None)
        if shift is None or toks[i + 1].norm != _PUBLIC_SECURITY[1]:
            continue
        end = toks[i + 1].end
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.norm.startswith("ال") and country_of_adjective(nxt.norm):
            end = nxt.end
        elif not (shift == 0 and i > 0 and toks[i - 1].forms[-1][1] in _DIRECTOR):
            continue
        start = toks[i].start + shift
        fix = not toks[i].norm[shift:].startswith("ال")  # "للأمن": ل + الأمن
        name = surface(text, start, end, fix)
        out.append(Cand(start, end, name, "ORG", "GovernmentOrganization", "pattern", 0.8, sentence=sent_i))
    return out


def organisation_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """A one-word organisation name written without its head (`بأن داعش والقاعدة وحتى النصرة`),
    when the news corpora mostly write it after one (`gazetteer.organisation_names`)."""
    return _mined_body_cands(toks, text, sent_i, lambda form: form in organisation_names())


def movement_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """A movement called by its plural people's name alone (`أعلن الحوثيون`, `للحوثيين`), when the
    name is one the news corpora write after a movement head (`gazetteer.movement_names`)."""

    def plural_people(form: str) -> bool:
        return form.startswith("ال") and form.endswith(("يين", "يون")) and form[:-2] in movement_names()

    return _mined_body_cands(toks, text, sent_i, plural_people)


def _mined_body_cands(toks: list[Token], text: str, sent_i: int, known: Callable[[str], bool]) -> list[Cand]:
    """ORG candidates for the words one of whose clitic-stripped forms is `known`."""
    out = []
    for k, tok in enumerate(toks):
        for shift, form in tok.forms if tok.is_word else ():
            if shift > 0 and tok.norm[shift - 1] in "بلك" and _masculine_adjective_after(toks, k):
                break  # "أدعم التغيير بحماس شديد": with great zeal; a movement takes the feminine
            if known(form):
                fix = form.startswith("ال") and not tok.norm[shift:].startswith("ال")  # ل + الحوثيين
                name = surface(text, tok.start + shift, tok.end, fix)
                out.append(
                    Cand(
                        tok.start + shift,
                        tok.end,
                        name,
                        "ORG",
                        "Organization",
                        "pattern",
                        0.7,
                        sentence=sent_i,
                    )
                )
                break
    return out


def _masculine_adjective_after(toks: list[Token], k: int) -> bool:
    """The word after token `k` is an indefinite masculine adjective ("شديد", "كبير")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.is_word
        and nxt.pos == "ADJ"
        and not nxt.norm.startswith("ال")
        and not nxt.norm.endswith(("ه", "ات"))
        and nxt.norm[0] not in "وف"
    )


def _governed_definite(toks: list[Token], i: int) -> tuple[int, str | None]:
    """(clitic shift, word) of a definite word after a place preposition, separate (`في الغوطة`) or
    attached (`بالغوطة`); (0, None) otherwise."""
    tok = toks[i]
    if not tok.is_word:
        return 0, None
    if tok.norm.startswith("ال"):
        return (0, tok.norm) if i > 0 and toks[i - 1].norm in _REGION_PREPOSITIONS else (0, None)
    for shift, form in tok.forms:
        if shift and form.startswith("ال") and tok.norm[:shift].lstrip("و") == "ب":
            return shift, form
    return 0, None


# Definite heads that a phrase of two adjectives names: "التيار الوطني الحر" (one adjective
# describes: "التيار الكهربائي", the electric current).
_PHRASE_NAMED = frozenset((normalize("التيار"),))


def _description(head: str, last: Token) -> bool:
    """A definite head without a nationality adjective names something only as "الحرس/الجيش + adjective"."""
    return head not in ("الحرس", "الجيش") or last.norm.endswith(("ين", "ون"))


# Adjectives of standing that, with a purpose after لل, make a definite body noun a name.
_STANDING = frozenset(
    normalize(w)
    for w in ("الأعلى", "العليا", "العام", "العامة", "الوطني", "الوطنية", "المستقلة", "الدائمة", "المركزي")
)


# Adjectives of a continent: "المجلس الأفريقي لتنمية البحوث" is a body of the continent (a bloc's
# coalition with a purpose, "التحالف العربي لمواجهة الحوثيين", is the coalition and what it is for).
_CONTINENTAL = frozenset(
    normalize(w)
    for w in ("الأفريقي", "الإفريقي", "الأوروبي", "الآسيوي", "الأفريقية", "الأوروبية", "الآسيوية")
)


def _standing(norm: str) -> bool:
    """An adjective of standing or a continent, or a nationality (`المجلس المصري للشؤون الخارجية`)."""
    if norm in _STANDING or norm in _CONTINENTAL:
        return True
    return norm.startswith("ال") and country_of_adjective(norm) is not None


# Verbal nouns of the patterns تفعيل, تفعلة and مفاعلة ("تخطيط", "تنمية", "مكافحة"): the purpose of a
# body after ل ("لتنمية البحوث", "لمكافحة الفساد").
_PURPOSE_NOUN = re.compile("^(ت[^ا]{2}ي[^ا]|ت[^ا]{3}ه|م[^ا]ا[^ا]{2}ه)$")


def _purpose_end(toks: list[Token], k: int, council: bool) -> int | None:
    """Last index of a body's purpose opened at token k: ل + the article ("للإغاثة"), or, after a
    council's head, ل + a verbal noun and the definite noun it governs ("لتنمية البحوث"; "الحكومة
    العراقية لتعويض الضحايا" is the government and what it is asked to do)."""
    t = toks[k]
    if not t.is_word or not t.norm.startswith("ل") or len(t.norm) <= 4:
        return None
    if t.norm.startswith("لل"):
        return k
    if not council:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    governs = nxt is not None and nxt.is_word and _definite_adjective(nxt)
    return k + 1 if governs and _PURPOSE_NOUN.match(t.norm[1:]) else None


# Research centres: "مركز الجمهورية للدراسات السياسية", "مركز دراسات الخليج".
_CENTRE = normalize("مركز")
_STUDIES = frozenset(normalize(w) for w in ("دراسات", "أبحاث", "بحوث"))
_CENTRE_REACH = 4  # words of the centre's own name before its "للدراسات"
_FOR_RIGHTS, _HUMAN = normalize("لحقوق"), normalize("الإنسان")


def _field_of_centre(toks: list[Token], j: int) -> bool:
    """Token j opens a centre's field: `للدراسات`, `للأبحاث`, or `لحقوق الإنسان` (a rights centre,
    `مركز البحرين لحقوق الإنسان`)."""
    if toks[j].norm[:2] == "لل" and toks[j].norm[2:] in _STUDIES:
        return True
    return toks[j].norm == _FOR_RIGHTS and j + 1 < len(toks) and toks[j + 1].norm == _HUMAN


_FEDERATION = normalize("الفيدرالية")  # a federation of bodies, like "الاتحاد"


def _rights_body(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """ "وتعقد الفيدرالية العربية لحقوق الإنسان", "المنظمة العربية لحقوق الإنسان": a definite body head
    (or "الفيدرالية", a federation), a bloc or standing adjective and "لحقوق الإنسان" (for human rights)
    is a rights body's name; "الحكومة الفيدرالية" (federal) is the adjective after a noun."""
    forms = toks[i].forms if toks[i].is_word else []
    heads = (sh for sh, f in forms if f == _FEDERATION or (f[:2] == "ال" and f[2:] in lx.ORG_HEADS))
    shift = next(heads, None)
    if shift is None or i + 3 >= len(toks):
        return []
    adjective = toks[i + 1].norm
    if not (adjective in lx.BLOC_ADJECTIVES or _standing(adjective)):
        return []
    if toks[i + 2].norm != _FOR_RIGHTS or toks[i + 3].norm != _HUMAN:
        return []
    start, end = toks[i].start + shift, toks[i + 3].end
    fix = not toks[i].norm[shift:].startswith("ال")  # "للمنظمة" = ل + المنظمة
    name = surface(text, start, end, fix)
    return [Cand(start, end, name, "ORG", "Organization", "pattern", 0.8, sentence=sent_i)]


def _field_adjective(norm: str) -> bool:
    """A definite relational adjective, alone or after و (`الاستراتيجية`, `والأمنية`)."""
    word = norm[1:] if norm[:3] == "وال" else norm
    return word.startswith("ال") and word.endswith(("يه", "ي")) and word not in lx.ALL_TITLES


def _study_centre(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """A centre of studies or research is a body: its name runs to the field of study and the
    adjectives after it (`مركز الشرق الأوسط للدراسات الاستراتيجية والأمنية`)."""
    shift = len(toks[i].norm) - len(toks[i].norm.lstrip("وبل"))
    if toks[i].norm[shift:] != _CENTRE or i + 2 >= len(toks):
        return []
    if toks[i + 1].norm in _STUDIES and toks[i + 2].is_word:
        last = i + 2  # "مركز دراسات الخليج"
    else:
        end = min(len(toks), i + 2 + _CENTRE_REACH)
        field = (j for j in range(i + 1, end) if _field_of_centre(toks, j))
        last = next(field, 0)
        if not last or not all(toks[j].is_word for j in range(i + 1, last)):
            return []
        last += 1 if toks[last].norm == _FOR_RIGHTS else 0  # "لحقوق الإنسان"
    while last + 1 < len(toks) and _field_adjective(toks[last + 1].norm):
        last += 1  # "السياسية والاستراتيجية", not "السابق" or a title after the name
    start, end = toks[i].start + shift, toks[last].end
    name = surface(text, start, end, False)
    return [Cand(start, end, name, "ORG", "Organization", "pattern", 0.8, sentence=sent_i)]


def _institution_with_purpose(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """ "اللجنة العليا للإغاثة", "المجلس الأعلى للقضاء", "الهيئة العامة للاستثمار": a definite body
    head, an adjective of standing and its purpose after لل (the head alone, "اللجنة العليا", is a
    description)."""
    shift, form = next(
        ((sh, f) for sh, f in toks[i].forms if f.startswith("ال") and f[2:] in lx.ORG_HEADS), (0, "")
    )
    if not form or i + 2 >= len(toks) or not _standing(toks[i + 1].norm):
        return []
    last = _purpose_end(toks, i + 2, form[2:] in _COUNCIL_HEADS)
    if last is None:
        return []
    while (
        last + 1 < len(toks)
        and last - i < 6
        and _definite_adjective(toks[last + 1])
        and toks[last + 1].pos == "ADJ"
    ):
        last += 1
    # "الاجتماعية والاقتصادية": a second relational adjective joined by و
    joined = toks[last + 1].norm if last > i + 3 and last + 1 < len(toks) else ""
    last += 1 if joined.startswith("وال") and joined.endswith(("يه", "ي")) else 0
    start, end = toks[i].start + shift, toks[last].end
    fix = not toks[i].norm[shift:].startswith("ال")  # "للشركة الوطنية" = ل + الشركة
    return [
        Cand(
            start, end, surface(text, start, end, fix), "ORG", "Organization", "pattern", 0.8, sentence=sent_i
        )
    ]


# Heads of councils and assemblies: a state's "المجلس الديمقراطي السوري" is named, its "الوحدات
# العسكرية الروسية" (military units) or "التلفزيون الرسمي التركي" (state television) described.
_COUNCIL_HEADS = frozenset(
    normalize(w) for w in ("مجلس", "هيئة", "اتحاد", "رابطة", "جمعية", "منظمة", "لجنة", "منتدى", "معهد")
)


def _national_body(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """ "الرئيس المشارك للمجلس الديمقراطي السوري": a definite body head, a relational adjective and a
    nationality is a body's name (the head and one adjective, "المجلس الديمقراطي", describe)."""
    heads = (sh for sh, f in toks[i].forms if f.startswith("ال") and f[2:] in _COUNCIL_HEADS)
    shift = next(heads, None)
    if shift is None or i + 2 >= len(toks):
        return []
    adjective, nation = toks[i + 1], toks[i + 2]
    relational = _definite_adjective(adjective) and adjective.norm.endswith(("ي", "يه"))
    if not relational or is_nisba(adjective.norm) or not nation.is_word or not nation.norm.startswith("ال"):
        return []
    if country_of_adjective(nation.norm) is None:
        return []
    start, end = toks[i].start + shift, nation.end
    fix = not toks[i].norm[shift:].startswith("ال")  # "للمجلس" = ل + المجلس
    name = surface(text, start, end, fix)
    return [Cand(start, end, name, "ORG", "Organization", "pattern", 0.8, sentence=sent_i)]


def _standalone_pair(toks: list[Token], i: int, text: str, sent_i: int) -> list[Cand]:
    """ "البيت الأبيض", "وبحسب البيت الأبيض": a seat of government named by two words."""
    if i + 1 >= len(toks):
        return []
    for shift, form in toks[i].forms:
        cls = lx.STANDALONE_ORG_PAIRS.get((form, toks[i + 1].norm))
        if cls:
            start, end = toks[i].start + shift, toks[i + 1].end
            fix = not toks[i].norm[shift:].startswith("ال")
            return [
                Cand(start, end, surface(text, start, end, fix), "ORG", cls, "pattern", 0.8, sentence=sent_i)
            ]
    return []


def _standalone(tok: Token, text: str, sent_i: int) -> list[Cand]:
    for shift, form in tok.forms:
        if form in lx.STANDALONE_ORGS:
            start = tok.start + shift
            fix = not tok.norm[shift:].startswith("ال")
            return [
                Cand(
                    start,
                    tok.end,
                    surface(text, start, tok.end, fix),
                    "ORG",
                    lx.STANDALONE_ORGS[form],
                    "pattern",
                    0.7,
                    sentence=sent_i,
                )
            ]
    return []


def _people_alone(toks: list[Token], i: int) -> bool:
    """ "الروس", "الأتراك" standing alone (not after a definite noun they describe: "الخبراء الروس"): a
    people named by a broken plural, which names its country. (Sound plurals, "الفلسطينيين", are left:
    "عشرات العراقيين المحتجين" are protesters, not their state.)"""
    people = [f for _s, f in toks[i].forms if f.startswith("ال") and country_of_adjective(f)]
    if not people or people[0].endswith(("ي", "يه", "ين", "ون", "ات", "ان")):
        return False  # "السوري", "الإيرانية", "الفلسطينيين": adjectives, or a sound plural
    before = toks[i - 1] if i > 0 else None
    return before is None or not (before.is_word and any(f.startswith("ال") for _s, f in before.forms))


def nominal_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """Country descriptions ("الجانب الأمريكي") and armed-group descriptions ("الفصائل المسلحة")."""
    out = []
    for i, tok in enumerate(toks):
        short = (
            next((sh for sh, f in tok.forms if f in lx.SHORT_COUNTRY_NAMES), None) if tok.is_word else None
        )
        nisba_next = i + 1 < len(toks) and is_nisba(toks[i + 1].norm)
        if short is None and tok.is_word:  # "بلادهم": the speaker's country, resolved by coreference
            short = next((sh for sh, f in tok.forms if f in lx.OWN_COUNTRY_WORDS), None)
        if short is None and tok.is_word and _people_alone(toks, i):  # "بين الروس والمعارضة"
            short = next(sh for sh, f in tok.forms if f.startswith("ال") and country_of_adjective(f))
        if short is not None and not nisba_next:  # "المملكة": resolved (or dropped) by coreference
            start = tok.start + short
            out.append(
                Cand(
                    start,
                    tok.end,
                    surface(text, start, tok.end),
                    "LOC",
                    "Country",
                    "pattern",
                    0.5,
                    "nominal",
                    sent_i,
                )
            )
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if not (tok.is_word and nxt.is_word):
            continue
        for shift, form in tok.forms:
            start = tok.start + shift
            fix = form.startswith("ال") and not tok.norm[shift:].startswith("ال")  # للنظام -> النظام
            if form in lx.COUNTRY_NOMINAL_HEADS and country_of_adjective(nxt.norm):
                out.append(
                    Cand(
                        start,
                        nxt.end,
                        surface(text, start, nxt.end, fix),
                        "LOC",
                        "Country",
                        "pattern",
                        0.7,
                        "nominal",
                        sent_i,
                    )
                )
                break
            if form in lx.GROUP_NOUNS and (nxt.norm in lx.GROUP_ADJECTIVES or is_nisba(nxt.norm)):
                out.append(
                    Cand(
                        start,
                        nxt.end,
                        surface(text, start, nxt.end, fix),
                        "ORG",
                        "ArmedGroup",
                        "pattern",
                        0.5,
                        "nominal",
                        sent_i,
                    )
                )
                break
    return out


# ---------------------------------------------------------------- people --------------------------


# "أشواق جاف، العضوة في البرلمان": definite feminine titles the title lists have only without the article
# (not "الرئيسة" or "القائدة", also the adjectives "main", "leading")
_FEMININE_TITLES = frozenset(normalize(w) for w in ("العضوة", "الزعيمة", "النائبة"))


# Ranks written without the article inside a compound rank ("الميجور جنرال جون موت"): the bare title.
_RANKS = {
    normalize(w): normalize("الجنرال") for w in ("جنرال", "الميجور", "اللفتنانت", "البريغادير", "الميجر")
}


def _title_form(tok: Token) -> str | None:
    for _shift, form in tok.forms:
        if form in lx.ALL_TITLES or form in _FEMININE_TITLES:
            return form
    return _RANKS.get(tok.norm)


def quoted_spans(toks: list[Token], longest: int = 4) -> list[tuple[int, int]]:
    """(first, last) word-token indexes of short quoted strings (1 to `longest` words)."""
    spans = []
    for i, t in enumerate(toks):
        if t.text in _OPEN_QUOTES:
            close = _closing_quote(toks, i)
            if close is not None and close - i - 1 <= longest:
                spans.append((i + 1, close - 1))
    return spans


_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PRON", "PART", "AUX", "NUM", "PUNCT", "DET"})
_PREP_NOUN = re.compile("^[بل][تمإأ]")  # preposition + verbal noun / participle: "بتأمين", "لإقناع"
_VERB_LIKE = re.compile("^(ي|ت|سي|ست)[^ا]")  # imperfect verb prefixes: يزور، تعلن، سيلتقي


def _name_after(
    toks: list[Token],
    j: int,
    strong: bool,
    given: frozenset[str],
    covered: dict[int, Cand],
    counts: Counter,
    anchored: bool = False,
) -> int | None:
    """Last index of an unquoted person name starting at `j` (two words at least), or None.

    `anchored`: the title named an organisation or nationality ("وزير الخارجية المصري"), so a
    two-word name right after it needs no other evidence."""
    if j >= len(toks) or not toks[j].is_word or j in covered:
        return None
    first = toks[j].norm
    nisba_name = is_nisba(first) and _nisba_given_name(toks, j)
    if (
        first in lx.NOT_PERSON_START
        or toks[j].text == lx.ALA
        or first.startswith("ال")
        or (is_nisba(first) and not nisba_name)
        or first in ("بن", "بنت")
    ):
        return None
    if first in lx.ALL_TITLES and not _followed_by_ibn(toks, j):
        return None
    if j + 1 < len(toks) and (first, toks[j + 1].norm) in lx.RELIGIOUS_HONORIFICS:
        return None  # "آية الله" is a title, the name follows it
    if first[:3] in ("بال", "وال", "فال", "كال") or first.startswith("لل"):
        return None
    # "رئيس الحكومة تمام سلام": after a title with its body or nationality, a word that only looks
    # like an imperfect verb opens a name when the tagger reads a noun and ANERcorp never has it as an
    # ordinary word
    named_noun = anchored and toks[j].pos in ("NOUN", "PROPN") and first not in ordinary_words()
    # "عضو مجلس الشورى لطيفة الشعلان": a name that opens with ل or و, which the tagger keeps whole
    # (a clitic it splits off tags the word ADP or CCONJ), before a family name with the article
    whole = named_noun and j + 1 < len(toks) and _family_word(toks[j + 1])
    if (
        first not in given
        and not nisba_name
        and (
            (_VERB_LIKE.match(first) and not named_noun)
            or (first[0] in "وفل" and not whole)
            or (_PREP_NOUN.match(first) and not whole)
        )
    ):
        return None  # a verb, a conjunction or a preposition ("لدول الخليج") does not open a name
    if toks[j].pos in _FUNCTION_POS and not _foreign_first_name(toks, j, anchored):
        return None
    if not strong and first not in given:
        return None
    last, k = j, j + 1
    limit = 4 if first in ("ابو", "بن", "عبد", "ابن") else 3
    while k < len(toks) and k - j < limit and toks[k].is_word and k not in covered:
        w = toks[k]
        if lx.is_stop(w.text, w.norm) or w.norm in lx.ALL_TITLES or is_nisba(w.norm):
            break
        if w.norm in _COMPOUND_PARTS and k - j == limit - 2:
            limit += 1  # "علي عبد الله صالح": a compound name part counts as one
        if w.norm not in given and (w.norm[0] in "وف" or _VERB_LIKE.match(w.norm)):
            break
        if w.norm in ordinary_words() and w.norm not in given and toks[k - 1].norm not in _COMPOUND_PARTS:
            break  # "الرئيس بوتين | محادثات", "بوتين | قوله": a word never inside a name in ANERcorp
        if w.norm[:3] in ("بال", "وال", "فال", "كال") or w.norm.startswith("لل") or _PREP_NOUN.match(w.norm):
            break  # "علي صالح | بمدينة"
        # "محمد جواد ظريف"; not a noun after the name ("اميل لحود مرسوم")
        two_given = toks[j].norm in given and toks[j + 1].norm in given and not w.norm.endswith("ا")
        two_given = two_given and (w.norm[0] != "م" or w.norm in given)
        if (
            k - j == 2 + (toks[j].norm in _COMPOUND_PARTS)  # "عبد ربه" counts as one name word
            and toks[k - 1].norm not in _COMPOUND_PARTS  # "مباركة بو عيدة"
            and w.norm not in ("بن", "ابن", "بنت", "ال")  # "عبد اللطيف بن راشد": lineage goes on
            and w.norm not in given
            and counts[w.norm] < 2
            and not w.norm.startswith("ال")
            and not two_given
            and not _closed_third_word(toks, j, k, anchored)
        ):
            break  # a third word must recur in the article ("أوغلو"), else it is the next phrase
        # taggers often call an unknown surname a VERB ("أوباما"): trust VERB only after two name words
        if w.pos in _FUNCTION_POS or (w.pos == "VERB" and k - j >= 2):
            break
        if w.norm.startswith("ال") and w.norm in lx.NOT_NAME_DEFINITE:
            break
        if w.norm.startswith("ال") and w.norm.endswith("يه") and w.pos == "ADJ":
            break  # "لحملة الرئيس ساركوزي | الانتخابية": the adjective of the noun before the title
        if w.norm in ("بن", "ابن", "بنت", "ال") and k + 1 < len(toks) and toks[k + 1].is_word:
            k, limit = k + 1, limit + 2  # "عبداللطيف بن راشد الزياني": the word after "بن" belongs to it
        last = k
        if toks[k].norm.startswith("ال") and toks[k - 1].norm not in ("عبد", "ابو", "ابي", "ام"):
            break  # a family name with the article ends the name ("بشار الأسد", not "عبد الفتاح")
        k += 1
    if last == j:
        return None
    end = toks[last].norm
    if end in common_words() or any(_not_a_name(toks[k]) for k in range(j, last + 1)):
        return None
    enclosed = (  # "، كريس غينيس،": an apposition between commas
        j > 0
        and toks[j - 1].text in ("،", ",")
        and last + 1 < len(toks)
        and toks[last + 1].text in ("،", ",")
    )
    compound = last == j + 2 and toks[j + 1].norm in _COMPOUND_PARTS
    if anchored and ((last == j + 1 and _plain_pair(toks[j], toks[last], given)) or compound):
        return last
    three = anchored and last == j + 2 and _closed_third_word(toks, j, last, anchored)
    if three and first not in ordinary_words():
        return last  # "وزير الخارجية الفيتنامي بام بنه مينه في هانوي": three name words, a preposition
    lineage = any(toks[k].norm in ("بن", "ابن", "بنت") for k in range(j, last + 1))  # "سلمان بن عبدالعزيز"
    if first not in given and counts[end] < 2 and not end.startswith("ال") and not enclosed and not lineage:
        return None  # an unknown name must recur ("باراك أوباما" ... "أوباما") or end in a family name
    return last


def _family_word(t: Token) -> bool:
    """A family name with the article ("الشعلان"): no common word, adjective or nationality."""
    n = t.norm
    return (
        t.is_word
        and n.startswith("ال")
        and len(n) > 4
        and n not in common_words()
        and n not in lx.NOT_NAME_DEFINITE
        and not is_nisba(n)
        and t.pos in ("NOUN", "PROPN", "X", None)
    )


def _closed_third_word(toks: list[Token], j: int, k: int, anchored: bool) -> bool:
    """A third name word that closes an apposition between commas (`الرئيس التركي، رجب طيب أردوغان،`),
    or, after a title with a country, a name that a reported clause follows (`الرئيس التركي رجب طيب
    أردوغان إن`): the name ends there, so the word is its last."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None:
        return False
    enclosed = j > 0 and toks[j - 1].text in ("،", ",") and after.text in ("،", ",")
    reported = anchored and after.norm in ("ان", "انه", "انها")
    # after a title with a country, a preposition closes the name ("بام بنه مينه في"); a noun with a
    # pronoun ("تمام سلام استقالته") is none
    closed = anchored and after.norm in _CLOSING_PREPOSITIONS and not toks[k].norm.endswith(("ته", "تها"))
    return enclosed or reported or (closed and toks[k].pos in ("NOUN", "PROPN", "X", None))


_CLOSING_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "إلى", "على", "من", "خلال", "مع", "عن"))


def _foreign_first_name(toks: list[Token], j: int, anchored: bool) -> bool:
    """ "الفيتنامي بام بنه": after a title with a country, the tagger may read the ب of an unknown
    foreign first name as a preposition; a proper noun right after it says it is a name."""
    t = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        anchored
        and t.pos == "ADP"
        and len(t.norm) >= 3
        and not lx.is_stop(t.text, t.norm)
        and t.norm not in ordinary_words()
        and t.norm not in common_words()
        and nxt is not None
        and nxt.pos == "PROPN"
    )


def _nisba_given_name(toks: list[Token], j: int) -> bool:
    """ "العقيد الركن تركي المالكي": an indefinite nationality word between a definite title and a
    definite family name cannot describe either (adjectives agree in definiteness), so it is a given
    name (Turki)."""
    if j == 0 or j + 1 >= len(toks) or toks[j].norm.startswith("ال") or not toks[j - 1].norm.startswith("ال"):
        return False
    family = toks[j + 1].norm
    return family.startswith("ال") and not is_nisba(family) and family not in common_words()


_COMPOUND_PARTS = frozenset(("عبد", "ابو", "بو", "ابي"))


def _plain_pair(a: Token, b: Token, given: frozenset[str]) -> bool:
    """Two words that look like given name + surname: no accusative "-ا" ending on the first
    ("أدوارا"), no feminine adjective ending on the second ("إيجابية"), no one-letter remnant."""
    if len(a.norm) < 3 or len(b.norm) < 3:
        return False
    if a.pos == "VERB" and b.norm.endswith("ا") and b.norm not in given:
        return False  # "العاهل الأردني أصدر مرسوما": a verb and its accusative object
    first_ok = a.norm in given or not a.norm.endswith("ا")
    return first_ok and (b.norm in given or not b.norm.endswith("يه"))


def _not_a_name(t: Token) -> bool:
    """Accusative tanween ("بياناً") or an attached object pronoun ("أبلغهم") mark ordinary words."""
    return (
        "\u064b" in t.text
        or t.norm.endswith(("هم", "هما", "هن", "كم"))
        or t.norm in ("بان", "لان", "بانه", "لانه")
    )


def person_cands(
    toks: list[Token], text: str, sent_i: int, taken: list[Cand], given: frozenset[str], counts: Counter
) -> list[Cand]:
    """Names right after a title phrase, quoted or not ("رئيس الحكومة العراقية "مصطفى الكاظمي"")."""
    out = []
    quoted = {a: b for a, b in quoted_spans(toks)}
    covered = _covered_tokens(toks, taken)
    for i, tok in enumerate(toks):
        if tok.is_word and _leader_link(tok):
            nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
            if nxt.endswith("ه") and nxt not in given:
                continue  # "إدارة حماية المستهلك": a verbal noun, not a first name
            last = _name_after(toks, i + 1, True, given, covered, counts)
            if last is None and i + 1 not in covered and _one_word_leader(toks, i):
                last = i + 1  # "نظام أردوغان ومرتزقته"
            if last is not None:  # "بزعامة عمار الحكيم", "حكومة حيدر العبادي"
                span = (toks[i + 1].start, toks[last].end)
                out.append(Cand(*span, surface(text, *span), "PER", "Person", "title", 0.7, sentence=sent_i))
            continue
        if not tok.is_word or _title_form(tok) is None:
            continue
        j, anchored = _skip_title_phrase(toks, i + 1, covered)
        if (left := _listed_holder(toks, i, covered)) is not None:
            span = (toks[left].start + 1, toks[i - 1].end)  # without the conjunction و
            out.append(Cand(*span, surface(text, *span), "PER", "Person", "pattern", 0.6, sentence=sent_i))
        if (left := _speaker_before_title(toks, i, covered)) is not None:
            span = (toks[left].start, toks[i - 1].end)  # "وقال علي أكبر ولايتي مستشار المرشد"
            out.append(Cand(*span, surface(text, *span), "PER", "Person", "title", 0.6, sentence=sent_i))
        if anchored and (left := _name_before_comma(toks, i, given, covered, counts)):
            span = (toks[left].start, toks[i - 2].end)
            out.append(Cand(*span, surface(text, *span), "PER", "Person", "title", 0.7, sentence=sent_i))
        strong = anchored or _title_form(tok) in lx.BARE_TITLES
        if anchored and j + 1 < len(toks) and toks[j].text in ("،", ","):
            j += 1  # "الرئيس المصري، عبدالفتاح السيسي،": the name set off by commas after its title
        if j < len(toks) and toks[j].text in _OPEN_QUOTES and j + 1 in quoted:
            a, b = j + 1, quoted[j + 1]
            if not (_quoted_is_name(toks, a, b) and a not in covered):
                continue
            if strong and toks[a].norm in ordinary_words():
                continue  # "محافظ عدن «يوجه صفعة»": a quoted phrase that opens with an ordinary verb or noun
            if _conjoined_words(toks, a, b, given):
                continue  # 'ولي العهد السعودي أمير "طموح ومتحمس"': what he is, not his name
            # 'المتحدث باسم "الأونروا"، كريس غينيس،': a quote right after a bare role title is its
            # object (an organisation); a name may follow it
            coarse, cls, score = ("PER", "Person", 0.85) if strong else ("ORG", "Organization", 0.6)
            span = (toks[a].start, toks[b].end)
            out.append(Cand(*span, surface(text, *span), coarse, cls, "title", score, sentence=sent_i))
            if strong:
                continue
            j, strong = b + 2, True
            while j < len(toks) and toks[j].text in ("،", ","):
                j += 1
        if j in covered:
            continue
        last = _name_after(toks, j, strong, given, covered, counts, anchored)
        if last is None and (k := _reported_speaker(toks, i, j)) is not None:
            j, last = k, k + 1
        if last is not None:
            out.append(
                Cand(
                    toks[j].start,
                    toks[last].end,
                    surface(text, toks[j].start, toks[last].end),
                    "PER",
                    "Person",
                    "title",
                    0.7,
                    sentence=sent_i,
                )
            )
    return out


# Heads of a state's rule named by its ruler alone ("نظام أردوغان", "حكومة زوما"); an "إدارة" may be
# a company's management ("إدارة سابك").
_RULE_HEADS = frozenset(normalize(w) for w in ("نظام", "حكومة"))


def _one_word_leader(toks: list[Token], i: int) -> bool:
    """ "محاولة نظام أردوغان ومرتزقته": one proper noun after a head of rule, where the phrase ends (a
    conjunction, a comma, a preposition), is the ruler; not a body (a place, "حكومة دبي", is a
    candidate of its own already)."""
    if i + 1 >= len(toks) or not any(f in _RULE_HEADS for _, f in toks[i].forms):
        return False
    t, after = toks[i + 1], toks[i + 2] if i + 2 < len(toks) else None
    ends = after is None or not after.is_word or after.norm[:1] == "و" or lx.is_stop(after.text, after.norm)
    name = t.pos == "PROPN" and len(t.norm) >= 4 and _plain_word(t) and not t.norm.startswith("ال")
    known = t.norm in ordinary_words() or t.norm in organisation_names() or t.norm in movement_names()
    return ends and name and not known and not is_nisba(t.norm)


def _reported_speaker(toks: list[Token], i: int, j: int) -> int | None:
    """ "وقال رئيس اللجنة أمجد شموط إن": between a speech verb's title phrase (the title at i, its
    body named back by a definite head) and the "إن" of what was said, two plain words are the
    speaker's name (index of the first)."""
    if i == 0 or not ({f for _, f in toks[i - 1].forms} & lx.SPEECH_WORDS):
        return None
    if j < len(toks) and toks[j].norm.startswith("ال") and toks[j].norm[2:] in lx.ORG_HEADS:
        j += 1  # "رئيس اللجنة": the committee named before
    if j + 2 >= len(toks) or toks[j + 2].norm not in _THAT_WORDS:
        return None
    words = toks[j : j + 2]
    plain = all(
        _plain_word(t)
        and t.norm not in ordinary_words()
        and not is_nisba(t.norm)
        and t.norm not in lx.ALL_TITLES
        for t in words
    )
    plain = plain and not any(t.norm in WEEKDAYS or t.norm in GREGORIAN_MONTHS for t in words)
    return j if plain and not any(t.norm.startswith("ال") for t in words[:1]) else None


def _speaker_before_title(toks: list[Token], i: int, covered: dict[int, Cand]) -> int | None:
    """ "وقال علي أكبر ولايتي مستشار المرشد", "وأكد كفاح محمود المستشار الإعلامي": two or three words
    between a speech verb and a role title, the last never an ordinary word, are the speaker's name
    (first token index)."""
    if toks[i].norm.removeprefix("ال") not in _ROLE_TITLES:
        return None
    for a in (i - 3, i - 2):
        if a < 1 or not ({f for _, f in toks[a - 1].forms} & lx.SPEECH_WORDS):
            continue
        words = toks[a:i]
        inner = all(  # a later word may start with و ("ولايتي"): only the first must not be a conjunction
            t.is_word and len(t.norm) >= 3 and not _VERB_LIKE.match(t.norm) and not lx.is_stop(t.text, t.norm)
            for t in words[1:]
        )
        plain = _plain_word(words[0]) and inner
        plain = plain and not any(t.norm in lx.ALL_TITLES or is_nisba(t.norm) for t in words)
        free = not any(k in covered for k in range(a, i))
        if plain and free and words[-1].norm not in ordinary_words() and not words[-1].norm.startswith("ال"):
            return a
    return None


def _listed_holder(toks: list[Token], i: int, covered: dict[int, Cand]) -> int | None:
    """ "حضر ... حسن حكيموف نائب رئيس حكومة الشيشان، واليغ ازيروف المندوب الدائم": in a list of people
    each named before their title, two plain words after "، و" and right before a title are the next
    person's name (first token index); the list must already hold a person."""
    a = i - 2
    if (
        a < 2
        or toks[a - 1].text not in ("،", ",")
        or toks[a].norm[:1] != "و"
        or a in covered
        or a + 1 in covered
    ):
        return None
    if toks[i].norm.removeprefix("ال") not in _ROLE_TITLES:
        return None
    first, last = toks[a], toks[a + 1]
    words_ok = all(
        t.is_word and len(t.norm) >= 4 and not is_nisba(t.norm) and _title_form(t) is None
        for t in (first, last)
    )
    ordinary = ordinary_words() | common_words()
    plain = (
        words_ok
        and last.norm not in ordinary
        and not last.norm.startswith("ال")
        and first.norm[1:] not in ordinary
    )
    titled_before = any(_title_form(t) is not None for t in toks[max(0, a - 8) : a - 1])
    return a if plain and titled_before and not _VERB_LIKE.match(last.norm) else None


def _name_before_comma(
    toks: list[Token], i: int, given: frozenset[str], covered: dict[int, Cand], counts: Counter
) -> int | None:
    """ "انتقد أنور قرقاش، وزير الدولة ... الإماراتي": a two-word subject right after a verb and set off
    by a comma before a full title phrase is the title holder's name (first token index)."""
    a = i - 3
    if a < 1 or toks[i - 1].text not in ("،", ",") or not any(t.pos == "PROPN" for t in toks[a : i - 1]):
        return None
    verb = toks[a - 1]
    if verb.pos != "VERB" and not (verb.pos == "CCONJ" and len(verb.norm) > 2):
        return None
    return a if _name_after(toks, a, True, given, covered, counts, True) == i - 2 else None


def _leader_link(tok: Token) -> bool:
    """Words followed by the name of a leader: "بزعامة", "بقيادة", "حكومة" (X's government)."""
    return any(f in lx.LEADER_BY_WORDS or f in lx.LED_BODY_HEADS for _, f in tok.forms)


def conjoined_person_cands(toks: list[Token], text: str, sent_i: int, found: list[Cand]) -> list[Cand]:
    """ "الناشطات لجين الهذلول وإيمان النفجان وعزيزة اليوسف": in a list joined by و, a pair of a bare
    word and a family name with the article, next to a person's name, is a person's name too."""
    spans = [(_token_at(toks, c.start), _token_at(toks, c.end - 1)) for c in found if c.coarse == "PER"]
    taken = {k for a, b in spans for k in range(a, b + 1)}
    busy = set(_covered_tokens(toks, found))  # words inside any other name
    out: list[Cand] = []
    for a, b in spans:
        k = b + 1  # forward: "... وعزيزة اليوسف وعائشة المانع"
        while k + 1 < len(toks) and k not in taken and _name_pair(toks, k, conjoined=True):
            out.append(_pair_cand(toks, k, text, sent_i, skip=1))
            taken.update((k, k + 1))
            k += 2
        k = a - 2  # backward: "لجين الهذلول | وإيمان النفجان"
        free = k >= 0 and k not in taken and k + 1 not in taken
        if free and toks[a].norm[:1] == "و" and _name_pair(toks, k, conjoined=False):
            out.append(_pair_cand(toks, k, text, sent_i, skip=0))
            taken.update((k, k + 1))
        if b == a + 1 and _name_pair(toks, a, conjoined=False):
            out += _comma_listed_pairs(toks, a, text, sent_i, taken | busy)
        k = a - 1  # one word: "ثلاثة أضلع هي ترامب | ونتنياهو ومحمد بن سلمان"
        if k >= 0 and k not in taken and k not in busy and toks[a].norm[:1] == "و" and _lone_name(toks[k]):
            span = (toks[k].start, toks[k].end)
            out.append(Cand(*span, surface(text, *span), "PER", "Person", "pattern", 0.5, sentence=sent_i))
            taken.add(k)
    return out


def _comma_listed_pairs(toks: list[Token], a: int, text: str, sent_i: int, taken: set[int]) -> list[Cand]:
    """ "الأبطال الحقيقين عزيزة اليوسف، لجين الهذلول، إيمان النفجان": pairs of a given name and a family
    name with the article, set off by commas around a person's name of the same shape (token `a`),
    are people too, in a list of three or more (one pair and a comma is an apposition: "بإمام الأزهر،
    أحمد الطيب")."""
    out: list[Cand] = []
    for step in (-3, 3):
        k = a + step
        comma = a - 1 if step < 0 else a + 2
        while k >= 0 and k + 1 < len(toks) and toks[comma].text in ("،", ","):
            titled = any(f in lx.ALL_TITLES for _, f in toks[k].forms)  # "بإمام الأزهر"
            if k in taken or k + 1 in taken or titled or not _name_pair(toks, k, conjoined=False):
                break
            out.append(_pair_cand(toks, k, text, sent_i, skip=0))
            taken.update((k, k + 1))
            comma, k = (k - 1, k - 3) if step < 0 else (k + 2, k + 3)
            if not 0 <= comma < len(toks):
                break
    return out if len(out) >= 2 else []


def _lone_name(t: Token) -> bool:
    """One word the tagger reads as a proper noun that is no ordinary word, nationality, place noun or
    title, nor a noun with a pronoun ("وحكومته"): a surname said alone, as news names leaders."""
    n = t.norm
    return (
        t.pos == "PROPN"  # (which an imperfect verb is not: "ترامب" only looks like one)
        and t.is_word
        and n[0] not in "وف"
        and not lx.is_stop(t.text, n)
        and len(n) >= 4
        and not n.startswith("ال")
        and not n.endswith(("ه", "ها", "هم"))
        and n not in ordinary_words()
        and n not in common_words()
        and n not in given_names()  # a given name alone may open a name the model cut
        and n not in lx.ALL_TITLES
        and n not in lx.ORG_HEADS
        and n not in lx.PLACE_HEADS
        and not is_nisba(n)
    )


_REPORTING_VERBS = frozenset(
    normalize(w)
    for w in ("قال", "قالت", "ذكر", "ذكرت", "أكد", "أكدت", "أوضح", "أوضحت", "أضاف", "أضافت", "أشار", "أشارت")
)
_THAT_WORDS = frozenset(normalize(w) for w in ("أن", "إن", "بأن"))


def speaker_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "فيما ذكر زهير النغموش أن زوجته ...": a word the tagger reads as a proper noun and a family name
    with the article, between a reporting verb and أن, are the name of the one who reports."""
    out = []
    for k in range(1, len(toks) - 2):
        verb, first = toks[k - 1], toks[k]
        if first.pos != "PROPN" or toks[k + 2].norm not in _THAT_WORDS:
            continue
        if any(f in _REPORTING_VERBS for _, f in verb.forms) and _name_pair(toks, k, conjoined=False):
            out.append(_pair_cand(toks, k, text, sent_i, skip=0))
    return out


def titled_speaker_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "وقال جو ستورك، نائب المدير التنفيذي ...": two words between a reporting verb and a comma that
    opens the speaker's title are the speaker's name, whatever words they are."""
    out = []
    for k in range(1, len(toks) - 3):
        comma, title = toks[k + 2], toks[k + 3]
        if comma.text not in ("،", ",") or not any(f in _REPORTING_VERBS for _, f in toks[k - 1].forms):
            continue
        if _title_form(title) is None or not all(_untitled_word(t) for t in toks[k : k + 2]):
            continue
        if toks[k + 1].norm in ordinary_words() or toks[k + 1].norm in common_words():
            continue  # "قال يوم الأحد، ...": a time or an ordinary word, where a family name would stand
        out.append(_pair_cand(toks, k, text, sent_i, skip=0))
    return out


_TITLE_AND_HEAD_WORDS = frozenset(lx.ALL_TITLES | lx.ORG_HEADS.keys() | lx.PLACE_HEADS.keys())


def _untitled_word(t: Token) -> bool:
    """A word that may be part of a name: no stop word, title, head of a body or place, or nisba."""
    heads = _TITLE_AND_HEAD_WORDS
    dated = t.norm in WEEKDAYS or t.norm in GREGORIAN_MONTHS or t.norm in HIJRI_MONTHS
    plain = not lx.is_stop(t.text, t.norm) and t.norm not in heads and not is_nisba(t.norm)
    return t.is_word and plain and not dated


def _token_at(toks: list[Token], offset: int) -> int:
    """Index of the token holding character `offset` (0 when none does)."""
    return next((k for k, t in enumerate(toks) if t.start <= offset < t.end), 0)


def _name_pair(toks: list[Token], k: int, conjoined: bool) -> bool:
    """Tokens k, k+1 read as given name + family name with the article (after و when `conjoined`)."""
    first, family = toks[k], toks[k + 1]
    if not (first.is_word and family.is_word):
        return False
    word = first.norm
    if conjoined:
        if word[:1] != "و" or len(word) < 4:
            return False
        word = word[1:]
    plain = (
        not word.startswith("ال")
        and len(word) >= 3
        and word not in ordinary_words()
        and word not in lx.ALL_TITLES
        and word not in lx.ORG_HEADS
        and word not in lx.PLACE_HEADS
        and not is_nisba(word)
        and not lx.is_stop(word, word)
    )
    named = (
        family.norm.startswith("ال")
        and len(family.norm) > 4
        and family.norm not in common_words()
        and family.norm not in lx.NOT_NAME_DEFINITE
        and not is_nisba(family.norm)
    )
    return plain and named


def _pair_cand(toks: list[Token], k: int, text: str, sent_i: int, skip: int) -> Cand:
    start = toks[k].start + skip
    return Cand(
        start,
        toks[k + 1].end,
        surface(text, start, toks[k + 1].end),
        "PER",
        "Person",
        "pattern",
        0.5,
        sentence=sent_i,
    )


# The verbal noun of a derived verb with the article: استفعال ("الاستقبال"), انفعال ("الانسحاب"), افتعال
# ("الاحتلال"). A given name that is also a common noun before one is a phrase ("وحسن الاستقبال": and
# the good welcome); family names do not take these shapes.
_DERIVED_VERBAL_NOUN = re.compile("^ال(است...+|ان..ا.|ا.ت.ا.)$")


def given_name_cands(toks: list[Token], text: str, sent_i: int, given: frozenset[str]) -> list[Cand]:
    """A known given name followed by another given name or a family name with the article
    ("سعد السنيدي", "محمد بن زايد"), without any title. Given names that are also ordinary words
    ("صالح", "سهل") need "بن" or a title; family names must not be ordinary words ("المعارضة")."""
    strong = strong_given_names()
    out = []
    for i, tok in enumerate(toks[:-1]):
        shift = next((sh for sh, f in tok.forms if f in given), None) if tok.is_word else None
        if shift is None:
            continue
        k = i + 1
        if toks[k].norm in ("بن", "ابن", "بنت", "ال") and k + 1 < len(toks) and toks[k + 1].is_word:
            k += 1  # "محمد بن زايد", "محمد آل ثاني"
        w = toks[k]
        sure_first = k > i + 1 or any(f in strong for _, f in tok.forms)
        definite = w.norm.startswith("ال") and len(w.norm) > 3 and w.norm not in lx.NOT_NAME_DEFINITE
        definite = definite and not _DERIVED_VERBAL_NOUN.match(w.norm)
        family = sure_first and (w.norm in given or (definite and w.norm not in common_words()))
        # "جورج شترايتر نائب المتحدث": an unknown second word right before a title is a surname
        family = family or (k + 1 < len(toks) and _title_form(toks[k + 1]) is not None and _plain_word(w))
        # "شخصين من القتلى وهما، بهاء قديح": a sure given name and a plain word after "they are"
        named = sure_first and k == i + 1 and _after_they_are(toks, i)
        family = family or (named and _plain_word(w) and w.norm not in ordinary_words())
        if k + 1 < len(toks) and toks[k + 1].norm == "الله":
            k, w = k + 1, toks[k + 1]  # "حسن نصر الله"
        if (
            w.is_word
            and family
            and not is_nisba(w.norm)
            and w.norm not in lx.ALL_TITLES
            and not lx.is_stop(w.text, w.norm)
        ):
            start = tok.start + shift
            out.append(
                Cand(
                    start,
                    w.end,
                    surface(text, start, w.end),
                    "PER",
                    "Person",
                    "pattern",
                    0.5,
                    sentence=sent_i,
                )
            )
    return out


_THEY = frozenset(normalize(w) for w in ("هما", "وهما", "هم", "وهم"))


def _after_they_are(toks: list[Token], i: int) -> bool:
    """Token i opens the list after "they are" ("وهما، بهاء قديح", "وهم: ..."), which names people."""
    k = i - 1 if i > 0 and toks[i - 1].text in ("،", ",", ":") else i
    return k > 0 and toks[k - 1].norm in _THEY


def _plain_word(w: Token) -> bool:
    n = w.norm
    return (
        w.is_word
        and len(n) >= 3
        and n[0] not in "وف"
        and not _VERB_LIKE.match(n)
        and not lx.is_stop(w.text, n)
    )


def _covered_tokens(toks: list[Token], cands: list[Cand]) -> dict[int, Cand]:
    cov = {}
    for c in cands:
        for k, t in enumerate(toks):
            if t.start < c.end and c.start < t.end:
                cov[k] = c
    return cov


def _skip_title_phrase(toks: list[Token], j: int, covered: dict[int, Cand]) -> tuple[int, bool]:
    """Skip what may stand between a title and the name: objects, nisbas, fillers, other titles."""
    strong = False
    while j < len(toks):
        t = toks[j]
        if j in covered and covered[j].coarse in ("ORG", "LOC"):
            strong = True
            j += 1
        elif _followed_by_ibn(toks, j):
            break  # "الدكتور مساعد بن محمد": a title word that is the given name
        elif is_nisba(t.norm) and _nisba_given_name(toks, j):
            break  # "العقيد الركن تركي المالكي": the given name
        elif t.is_word and (
            t.norm in lx.TITLE_FILLERS
            or t.norm in lx.ALL_TITLES
            or is_nisba(t.norm)
            or t.norm in lx.TITLE_COMPLEMENTS
            or (t.norm == "في" and j + 1 in covered)  # "القيادي في حركة حماس"
        ):
            strong = strong or is_nisba(t.norm) or t.norm in ("الوزراء", "الحكومه")
            j += 1
        elif _link_word(t) or (t.text in ("،", ",") and strong and j - 1 in covered):
            j += 1
        elif end := _portfolio(toks, j):
            j = end  # "مساعدة الرئيس الإيراني في شؤون المرأة | شهيندخت مولاوردي"
        else:
            break
    return j, strong


_AFFAIRS = frozenset(normalize(w) for w in ("شؤون", "لشؤون", "للشؤون", "الشؤون"))


def _portfolio(toks: list[Token], j: int) -> int | None:
    """Index after "في شؤون المرأة" / "لشؤون المرأة" / "للشؤون الاقتصادية": the affairs a title holder
    is in charge of, a definite noun or adjective after "affairs"."""
    k = j + 1 if toks[j].norm == "في" else j
    if k + 1 >= len(toks) or toks[k].norm not in _AFFAIRS or not toks[k + 1].norm.startswith("ال"):
        return None
    return k + 2


def _followed_by_ibn(toks: list[Token], j: int) -> bool:
    return j + 1 < len(toks) and toks[j].is_word and toks[j + 1].norm in ("بن", "بنت")


def _link_word(t: Token) -> bool:
    return t.is_word and (t.norm in lx.PART_OF_WORDS or t.norm in lx.COUNTRY_NOMINAL_HEADS)


def _quoted_is_name(toks: list[Token], a: int, b: int) -> bool:
    words = toks[a : b + 1]
    if len(words) == 1 and words[0].norm in common_words():
        return False  # "المستقبل": an ordinary word (a party's name is typed by its head elsewhere)
    if any(_joined_with_pronoun(w.norm) for w in words[1:]):
        return False  # "رفض المملكة واستنكارها": a quoted stance, its noun owned by a pronoun
    return all(w.is_word for w in words) and not any(lx.is_stop(w.text, w.norm) for w in words)


def _conjoined_words(toks: list[Token], a: int, b: int, given: frozenset[str]) -> bool:
    """An indefinite quote whose later word is joined by و and is no given name ("طموح ومتحمس"): two
    qualities, where a person's name would follow its title ("«الحرية والعدالة»" may name a party)."""
    if toks[a].norm.startswith("ال"):
        return False
    return any(t.norm[:1] == "و" and len(t.norm) > 3 and t.norm not in given for t in toks[a + 1 : b + 1])


def _joined_with_pronoun(norm: str) -> bool:
    """ "واستنكارها", "وتحذيرهم": a noun joined by و that ends in an owner pronoun; no name word."""
    return len(norm) >= 7 and norm.startswith("و") and norm.endswith(("ها", "هم"))


def _quote_context_type(toks: list[Token], a: int) -> str | None:
    """Class of a quoted name told by its own head or by the words before the quote: an organisation
    head with the article ("«المجلس الأعلى الإسلامي»"), or a newspaper quoted as a source
    ("في حديث لـ«الشرق الأوسط»", "وعلمت «عكاظ»")."""
    first = toks[a].norm
    if first in _QUOTED_BODY_HEADS and a + 1 < len(toks) and toks[a + 1].norm.startswith("ال"):
        return "Organization"  # «غرفة العمليات المركزية في الجنوب»: a room of rebel commanders
    if first.startswith("ال") and first[2:] in lx.ORG_HEADS and a + 1 < len(toks) and toks[a + 1].is_word:
        return lx.ORG_HEADS[first[2:]]
    if first in lx.DEFINITE_ORG_HEADS and a + 1 < len(toks) and toks[a + 1].is_word:
        return lx.DEFINITE_ORG_HEADS[first]  # «الائتلاف الوطني لقوى الثورة والمعارضة السورية»
    before = [t for t in toks[max(0, a - 6) : a - 1] if t.is_word]
    prev = toks[a - 2] if a >= 2 else None
    if prev is None or not prev.is_word:
        return None
    bare = {f for _, f in prev.forms}
    if bare & lx.MEDIA_SOURCE_VERBS:
        return "MediaOrganization"
    to_paper = prev.norm.rstrip("\u0640") == "ل"
    spoken = any({f for _, f in t.forms} & lx.SPEECH_WORDS for t in before)
    return "MediaOrganization" if to_paper and spoken else None


_LONGEST_QUOTED_BODY = 8
# Settlements, which the news names in quotes after the noun (`مستوطنة "ماعون"`), besides the place heads.
_SETTLEMENT_HEADS = {normalize("مستوطنة"): "Place", normalize("مستعمرة"): "Place"}


def _quoted_full_name(toks: list[Token], a: int, b: int) -> bool:
    """A quoted given name and a family name with the article ("علي الدوابشة"): the quotes mark the
    two words as a name even where the given name is also a word ("على": on)."""
    if b != a + 1:
        return False
    family = toks[b].norm
    plain = family.startswith("ال") and len(family) > 4 and family not in common_words()
    named = plain and family not in lx.NOT_NAME_DEFINITE and not is_nisba(family)
    given = toks[a].norm in given_names() or toks[a].text == _ALI
    return given and named and not _DERIVED_VERBAL_NOUN.match(family)


# "علي" (Ali) is written with ي; normalised it is the preposition "على", so the given-name list lacks it
_ALI = "علي"


def _quoted_place_head(toks: list[Token], a: int) -> str | None:
    """Class of a quoted name right after an indefinite place head (`قرية "الزعيم"`), else None."""
    prev = toks[a - 2] if a >= 2 else None
    if prev is None or not prev.is_word:
        return None
    for _shift, form in prev.forms:
        if not form.startswith("ال") and (cls := lx.PLACE_HEADS.get(form) or _SETTLEMENT_HEADS.get(form)):
            return cls
    return None


# Heads that open a body's name only in quotes: "غرفة" is mostly a room ("غرفة نومه").
_QUOTED_BODY_HEADS = frozenset({normalize("غرفة")})


def _titled_after(toks: list[Token], b: int) -> bool:
    """The closing quote after token b, a comma, then a person's title (`«X»، رئيس وزراء إسرائيل`)."""
    if b + 3 >= len(toks) or toks[b + 1].is_word or toks[b + 2].text not in ("،", ","):
        return False
    return any(f in lx.ALL_TITLES for _s, f in toks[b + 3].forms)


def quote_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """Other short quoted strings: names whose type is settled later (or letter acronyms -> ORG)."""
    out = []
    for a, b in quoted_spans(toks, _LONGEST_QUOTED_BODY):
        typed = _quote_context_type(toks, a)
        # a quoted body's name may be longer and hold function words (لقوى الثورة والمعارضة)
        headed = typed is not None and all(w.is_word for w in toks[a : b + 1])
        if not (headed or (b - a < 4 and _quoted_is_name(toks, a, b))):
            continue
        words = toks[a : b + 1]
        place = _quoted_place_head(toks, a) if typed is None and b - a < 3 else None
        if place is not None:  # مستوطنة "ماعون": the place is called so
            span = (toks[a].start, toks[b].end)
            out.append(Cand(*span, surface(text, *span), "LOC", place, "pattern", 0.8, sentence=sent_i))
            continue
        if typed is None and (_titled_after(toks, b) or _quoted_full_name(toks, a, b)):
            # «نتنياهو»، رئيس وزراء إسرائيل; الرضيع الفلسطيني "علي الدوابشة": a person
            span = (toks[a].start, toks[b].end)
            out.append(Cand(*span, surface(text, *span), "PER", "Person", "pattern", 0.95, sentence=sent_i))
            continue
        if typed:
            span = (toks[a].start, toks[b].end)
            # the context outranks a gazetteer reading of the same words (ل"الرياض": the newspaper)
            out.append(Cand(*span, surface(text, *span), "ORG", typed, "pattern", 0.95, sentence=sent_i))
            continue
        acronym = len(words) >= 2 and all(w.norm in lx.LATIN_LETTER_NAMES for w in words)
        out.append(
            Cand(
                toks[a].start,
                toks[b].end,
                surface(text, toks[a].start, toks[b].end),
                "ORG" if acronym else None,
                "Organization" if acronym else "",
                "quote",
                0.6 if acronym else 0.4,
                sentence=sent_i,
            )
        )
    return out


# ---------------------------------------------------------------- NER ------------------------------

_NER_LABELS = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
}


def inner_name_words(doc: Document) -> set[str]:
    """Words that follow another word inside a model person span somewhere in the article
    (`مايكل فلين`): these are names, never a clitic plus a name."""
    out: set[str] = set()
    given = given_names()
    for sent in doc.sentences:
        for ent in getattr(sent.doc, "ents", None) or ():
            if _NER_LABELS.get(ent.label_.upper()) == "PER":
                out.update(normalize(ent.text).split()[1:])
            start = sent.abs(ent.start_char)
            k = _word_begin(doc.text, start)
            before = doc.text[max(0, k - 20) : k].split()
            # "إبراهيم كالين" read as إبراهيم + ك + "الين": the word after a given name is a name
            rest = _WORD.match(doc.text, start)
            if (
                start - k == 1
                and doc.text[k] in "فكبل"  # و before a name is the conjunction ("بوتين وميركل")
                and before
                and normalize(before[-1]) in given
                and rest
                and not _ordinary(normalize(rest.group()))
                and (word := _WORD.match(doc.text, k))
            ):
                out.add(normalize(word.group()))
    return out


def _ordinary(word: str) -> bool:
    return word in common_words() or word in ordinary_words()


def _glued_start(text: str, start: int, inner: set[str]) -> int:
    """`ومايكل فلين`: the model read the ف of a name as a conjunction ("ف|لين"); when the whole word
    stands inside a person's name elsewhere in the article, the span starts at the whole word."""
    k = _word_begin(text, start)
    if k == start or start - k > 2:
        return start
    if start - k == 2:  # و + the letter taken for a clitic
        k += 1
    word = _WORD.match(text, k)
    return k if word and normalize(word.group()) in inner else start


def ner_cands(
    doc: Document,
    sent_i: int,
    toks: list[Token],
    gaz: Gazetteer,
    vocab: set[str],
    inner: set[str] = frozenset(),
) -> list[Cand]:
    sent = doc.sentences[sent_i]
    if sent.doc is None or not getattr(sent.doc, "ents", None):
        return []
    out = []
    for ent in sent.doc.ents:
        coarse = _NER_LABELS.get(ent.label_.upper())
        if coarse is None:
            continue
        start, end = sent.abs(ent.start_char), sent.abs(ent.end_char)
        if _verb_prefixed(doc.text, start):
            continue  # "س|يطالبون": the model split a future prefix off a verb
        start = _word_start(doc.text, start)
        glued = _glued_start(doc.text, start, inner)
        if glued != start:  # "كالين" read as ك + "الين" (and typed ORG): the person named elsewhere
            start, coarse = glued, "PER"
        end = _word_end(doc.text, end)
        if end is None:
            continue  # "قنصليت|ها": a noun with a possessive suffix, cut by the model, is no name
        start, end = _trim(doc.text, start, end)
        if coarse == "PER" and _indefinite_nisba_first(doc.text, start, end):
            continue  # "طائرتين إسرائيليتين | شنتا": an adjective and the next verb, no name
        cut = _cut_at_titles(doc.text, start, end)
        if coarse == "ORG" and cut[0] > start and cut[1] == end:
            coarse = "PER"  # "الميجور جنرال جون" typed ORG: after a leading personal title, a person
        start, end = cut
        if coarse == "PER":
            end = _trim_person(doc.text, start, end, gaz)
            start = _skip_epithet(doc.text, start, end)
            start = _skip_conjoined_verb(doc.text, start, end, toks)
        if end <= start:
            continue
        la_name = False
        if coarse == "PER":
            moved = _ba_name_start(doc.text, start, gaz, vocab)
            start = _la_name_start(doc.text, start, toks, moved)
            la_name = start < moved
        # "لحسن": the ل restored above is the name's first letter, not a clitic to strip again
        stripped, fix = (
            (start, False) if la_name else _strip_ner_clitic(doc.text, start, end, gaz, vocab, coarse)
        )
        whole = _WORD.match(doc.text, start)
        if stripped != start and whole and normalize(whole.group()) in inner:
            fix, coarse = False, "PER"  # "كالين": a name inside a person's name elsewhere, not ك + الين
        else:
            start = stripped
        text = surface(doc.text, start, end, fix)
        titled = coarse == "PER" and _titled_given_name(doc.text, start, text)
        if len(normalize(text)) < 2 or not (titled or _plausible_ner(doc.text[start:end], text, gaz, coarse)):
            continue
        if _MODEL_NUMBER.match(doc.text, end) or _agreeing_adjective(toks, start, text, gaz):
            continue  # "بدر-1" is a missile type; "صاروخا بالستيا" a noun and its adjective
        if _noun_before_adjective(toks, start, text, gaz):
            continue  # "تضمنت بريدا إلكترونيا": an accusative noun, then its adjective
        if coarse == "PER" and _nisba_after_noun(toks, start, text):
            continue  # "مسؤول كردي": an official who is Kurdish
        if _hyphenated_nisba(toks, start, text) or _participle_after_clitic(doc.text, start, text):
            continue  # "تحالف عربي-كردي": a compound adjective; "باديا": ب + no place
        if _complement_of_common_phrase(toks, start, text):
            continue  # "مبدأ ولاية الفقيه": the guardianship of the jurist, no place
        if coarse == "PER" and _quoted_after_event_head(doc.text, start):
            continue  # 'مهرجان "أعظم رويال رامبل"': the name of a festival, no person
        if coarse == "PER" and normalize(text).split()[0] in _NEWS_PIECES:
            continue  # "ريبورتاج موفدي فرانس24": a news report by the channel's envoys, no person
        if coarse == "PER" and _in_adjective_list(toks, start, text):
            continue  # "لطيف، حازم، متوازن": a list of qualities, no person
        if coarse != "PER" and _noun_with_adjective(toks, start, text, gaz):
            continue  # "أقمار صناعية" (satellites): a plural noun and its adjective, no body
        if coarse == "PER" and _verbal_noun_after_preposition(toks, start, text):
            continue  # "دعا إلى تنكيس الأعلام": "to lowering the flags", no person
        if coarse == "PER" and _predicate_after_kana(toks, start, text):
            continue  # "كان بارعا": the accusative predicate of كان, not a name
        if _ordinary_single_word(toks, start, text, coarse):
            continue  # "قالت لي", "إعادة إعمار العراق", "في الصدر والرأس": no name
        if coarse == "ORG" and _bare_body_head(text):
            continue  # "وقالت الوكالة": the agency named before, a description (add_body_descriptions)
        if coarse == "ORG" and _noun_after_preposition_clitic(toks, start, text):
            continue  # "أدعم التغيير بحماس شديد": with great zeal, no movement
        if tuple(normalize(text).split()) in _UNNAMED_LANDFORMS:
            continue  # "العمليات الجارية في شبه الجزيرة" (Sinai): a landform without its name
        if coarse == "ORG" and _common_pair(toks, start, text):
            continue  # "بين الهزيمة والنصر": between defeat and victory, no club or party
        if coarse == "PER" and _dual_predicate(toks, start, text):
            continue  # "إيران والإرهاب حليفان لا يفترقان": two allies (a dual noun), no person
        if coarse == "PER" and _with_verbal_noun(text):
            continue  # 'بـ"حسن الاستقبال': good reception (a noun and a verbal noun), no person
        if coarse == "PER" and _verb_after_we(toks, start):
            continue  # "إسألوا ونحن نجيب": "we answer", the verb after "we", no person called نجيب
        # "البابا تواضروس الثاني": the title, the name, an ordinal; the title alone ("دفع البابا إلى
        # الدعوة") stays what the model read, the one pope or patriarch the article is about
        cleric = coarse == "PER" and normalize(text) in _CLERICAL_TITLES
        if cleric and (named_end := _cleric_name_end(toks, start)) is not None:
            end = named_end
            text = surface(doc.text, start, end)
        spaced = gaz.get_spaced(tuple(normalize(text).split()))
        if spaced is not None and spaced.coarse == "LOC" and spaced.code:
            coarse = "LOC"  # "بيونغ يانغ" tagged PER: a spacing variant of a gazetteer place
        if coarse == "ORG" and _place_after_preposition(doc.text, start, text):
            coarse = "LOC"  # "توجه إلى سوتشي", "في سوتشي": a lone unknown word after في / إلى is a place
        unknown_place = coarse == "LOC" and not gaz.get(tuple(normalize(text).split()))
        if unknown_place and _before_role_title(doc.text, end):
            coarse = "PER"  # "علي أكبر ولايتي مستشار المرشد": a place is not followed by a role title
        cls = (_gazetteer_cls(text, gaz) or (spaced.cls if spaced else None)) if coarse == "LOC" else None
        if len(text.split()) > 1 and normalize(text).split()[-1] in lx.MEDIA_NAME_ENDINGS:
            coarse, cls = "ORG", "MediaOrganization"  # "فرانس برس" tagged PER: a news outlet
        if coarse == "PER" and _after_open_head(toks, start):
            coarse = "ORG"  # "شركة توماس كوك": a company named after a person is a company
        out.append(
            Cand(
                start,
                end,
                text,
                coarse,
                cls
                or {"PER": "Person", "ORG": "Organization", "LOC": "Place", "MISC": "OtherEntity"}[coarse],
                "ner",
                0.75,
                sentence=sent_i,
            )
        )
    return _join_given_names(doc.text, _join_linked_people(doc.text, _drop_lone_epithets(doc.text, out)))


_MODEL_NUMBER = re.compile(r"\s?-\s?\d")  # "بدر-1", "إف - 16": a name with a model number

# "قالت لي" (told me), "حسبماء جاء" (a typo of حسبما: as): a preposition with a pronoun, a connective
_PRONOUN_OBJECTS = frozenset(normalize(w) for w in ("لي", "لنا", "بي", "معي", "عني", "مني"))
_CONNECTIVES = frozenset(normalize(w) for w in ("حسبما", "مثلما", "طالما", "كلما", "ريثما", "حيثما"))
_AGAIN = normalize("إعادة")  # "إعادة إعمار": re- + a verbal noun
# A landform noun with the article and no name after it refers back to a place ("شبه الجزيرة": the
# peninsula, Sinai here; "شبه الجزيرة العربية" is a name).
_UNNAMED_LANDFORMS = frozenset({tuple(normalize("شبه الجزيرة").split())})
_WE = frozenset(normalize(w) for w in ("نحن", "ونحن", "فنحن"))
# Titles of clerics the name model reads as a name of their own ("البابا", "البطريرك").
_CLERICAL_TITLES = frozenset(
    normalize(w) for w in ("البابا", "البطريرك", "الأنبا", "المطران", "الراهب", "القس", "الكاردينال")
)


def _cleric_name_end(toks: list[Token], start: int) -> int | None:
    """End of the name after a cleric's title the model took alone ("البابا | تواضروس الثاني"): one
    name-like word and an ordinal after it; None when no name follows the title."""
    k = _token_at(toks, start) if toks else 0
    if not toks or toks[k].start != start or k + 1 >= len(toks):
        return None
    name = toks[k + 1]
    if not _name_like_word(name.text, name.norm) or name.norm in _CLERICAL_TITLES:
        return None
    if name.norm.endswith("ا") or name.norm in ordinary_words():
        return None  # "كلمة البابا تطاولا": an accusative noun after the title, no name
    ordinal = k + 2 < len(toks) and toks[k + 2].norm in _ORDINALS
    return toks[k + 2].end if ordinal else name.end


_BETWEEN = frozenset(normalize(w) for w in ("بين", "وبين"))


def _common_pair(toks: list[Token], start: int, span: str) -> bool:
    """One word joined by و to a definite common noun after "بين" ("بين الهزيمة والنصر"): the second of
    two ordinary things; a body's head there ("بين الجيش والنصرة", "بين الحكومة والمعارضة") keeps it."""
    k = _token_at(toks, start)
    if len(span.split()) != 1 or k < 2 or toks[k].norm[:1] != "و" or toks[k].start == start:
        return False
    first, before = toks[k - 1].norm, toks[k - 2].norm
    body = first in lx.DEFINITE_ORG_HEADS or first in lx.STANDALONE_ORGS or first[2:] in lx.ORG_HEADS
    people = country_of_adjective(first) is not None  # "بين الروس والمعارضة": a side of a conflict
    return before in _BETWEEN and first.startswith("ال") and first in common_words() and not (body or people)


_NEGATIONS = frozenset(normalize(w) for w in ("لا", "لم", "لن"))


def _dual_verb(t: Token) -> bool:
    """An imperfect verb of two subjects: ي / ت, a stem and ان ("يفترقان", "تتفقان")."""
    n = t.norm
    return t.is_word and len(n) >= 5 and n[0] in "يت" and n.endswith("ان") and n not in given_names()


def _dual_predicate(toks: list[Token], start: int, span: str) -> bool:
    """One word in ان, no given name and not joined by و to a name before it, followed by a verb of two
    subjects (after a negation or not): a dual noun said of a pair ("حليفان لا يفترقان"); a person
    alone never takes a dual verb ("بوتين وأردوغان يبحثان" is the second of two names, after و)."""
    words = normalize(span).split()
    k = _token_at(toks, start)
    if len(words) != 1 or not words[0].endswith("ان") or words[0] in given_names():
        return False
    if toks[k].start != start or toks[k].norm[:1] == "و" or k + 1 >= len(toks):
        return False
    j = k + 2 if toks[k + 1].norm in _NEGATIONS else k + 1
    return j < len(toks) and _dual_verb(toks[j])


def _with_verbal_noun(span: str) -> bool:
    """Two words, the second a definite verbal noun of a derived form ("الاستقبال", "الانتشار",
    "الاعتدال"), which no family name has (as `given_name_cands` holds): a noun governing it."""
    words = normalize(span).split()
    return len(words) == 2 and bool(_DERIVED_VERBAL_NOUN.match(words[1]))


def _verb_after_we(toks: list[Token], start: int) -> bool:
    """The span opens with an imperfect verb of "we" (ن + stem) right after the pronoun "نحن"."""
    k = _token_at(toks, start) if toks else 0
    if not toks or k == 0 or toks[k].start != start:
        return False
    return toks[k - 1].norm in _WE and toks[k].norm.startswith("ن")


_CURRENCIES = frozenset(
    normalize(w) for w in ("ريال", "دينار", "درهم", "جنيه", "ليرة", "دولار", "يورو", "روبل", "تومان", "يوان")
)
_IN = normalize("في")


def _complement_of_common_phrase(toks: list[Token], start: int, text: str) -> bool:
    """A one-word span that completes an ordinary phrase after its head ("ولاية الفقيه", "حركة النزوح")."""
    k = _token_at(toks, start)
    if k == 0 or toks[k].start != start or len(text.split()) != 1:
        return False
    words = {f for _, f in toks[k - 1].forms}
    return any(normalize(text) in lx.NOT_NAME_COMPLEMENTS.get(w, ()) for w in words)


# Nouns of events whose name follows in quotes ('مهرجان "أعظم رويال رامبل"', 'بطولة "كأس الملك"').
_EVENT_HEADS = frozenset(
    normalize(w) for w in ("مهرجان", "بطولة", "مسابقة", "معرض", "مؤتمر", "منتدى", "حفل", "حفلة")
)


def _quoted_after_event_head(text: str, start: int) -> bool:
    """The span opens a quote right after an event noun (with its clitics: "لفعاليات مهرجان \"...\"")."""
    before = text[max(0, start - 30) : start].rstrip()
    if not before or before[-1] not in _QUOTES:
        return False
    words = before[:-1].split()
    return bool(words) and any(f in _EVENT_HEADS for _, f in clitic_forms(words[-1]))


# Kinds of news pieces that open a credit line or a headline ("ريبورتاج: المرأة العراقية ..."): foreign
# loanwords the name model takes for a given name.
_NEWS_PIECES = frozenset(
    normalize(w) for w in ("ريبورتاج", "روبورتاج", "ربورتاج", "فيديو", "انفوغرافيك", "إنفوغرافيك")
)


def _ordinary_single_word(toks: list[Token], start: int, text: str, coarse: str) -> bool:
    """One model word that is an ordinary word in its place: a preposition with a pronoun or a
    connective typed as a person; the verbal noun after "إعادة" ("إعادة إعمار العراق": rebuilding, not
    the Emaar company); a definite word after "في" joined to another ("في الصدر والرأس": in the chest)."""
    words = normalize(text).split()
    k = _token_at(toks, start)
    if len(words) != 1 or not toks or toks[k].start != start:
        return False
    w = words[0]
    if coarse == "PER" and (w in _PRONOUN_OBJECTS or w.removesuffix("ء") in _CONNECTIVES):
        return True
    if w == _SEMI:
        return True  # "الاستثمار في المنطقة شبه منعدم": almost none, no place
    if w in _CURRENCIES:
        return True  # "3200 مليار ريال", "على ريال واحد": money, not a body ("ريال مدريد" has two words)
    if coarse == "PER" and w.endswith("تي") and w[:-2] + "ه" in lx.PLACE_HEADS:
        return True  # "جزيرتي تيران وصنافير": the dual of a place noun before the names
    prev = toks[k - 1].norm if k > 0 else ""
    again = k > 0 and any(f == _AGAIN for _, f in toks[k - 1].forms)  # "وإعادة إعمار اليمن" too
    if again or (w in ORDINARY_CITY_NAMES and not _after_place_noun(toks, k)):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    listed = nxt is not None and nxt.norm.startswith("وال")
    return coarse == "PER" and prev == _IN and w.startswith("ال") and listed


def _bare_body_head(text: str) -> bool:
    """A model span of one body head alone ("الوكالة"), which refers back to a body named before (the
    coalition excepted: the news names the war coalition by "التحالف" alone)."""
    word = normalize(text)
    return word in BODY_DESCRIPTIONS and word not in _COALITIONS


def _noun_after_preposition_clitic(toks: list[Token], start: int, text: str) -> bool:
    """One word after an attached ب / ل / ك and before an indefinite masculine adjective: a common
    noun ("بحماس شديد"), since a movement or body named by one word takes the feminine."""
    k = _token_at(toks, start) if toks else 0
    if not toks or len(text.split()) != 1 or toks[k].end != start + len(text):
        return False
    clitics = normalize(toks[k].text[: start - toks[k].start])
    return clitics[-1:] in ("ب", "ل", "ك") and _masculine_adjective_after(toks, k)


def _agreeing_adjective(toks: list[Token], start: int, text: str, gaz: Gazetteer) -> bool:
    """One unknown word ending in accusative "-يا" after an indefinite accusative noun ("صاروخا
    بالستيا", "دعما ماليا"): an adjective agreeing with the noun, not a name."""
    words = normalize(text).split()
    if len(words) != 1 or not words[0].endswith("يا") or gaz.get(tuple(words)):
        return False
    k = _token_at(toks, start)
    prev = toks[k - 1] if k > 0 else None
    return (
        prev is not None and prev.pos == "NOUN" and prev.norm.endswith("ا") and not prev.norm.startswith("ال")
    )


def _indefinite_adjective_after(toks: list[Token], k: int, relational: bool = False) -> bool:
    """The word after token `k` is an indefinite feminine adjective ("أقمار صناعية", "محلات صغيرة"),
    which agrees with a common noun (a plural of things takes the feminine); a name takes none. After
    إن / أن the adjective is the predicate of a name ("إن واشنطن مستعدة"): no such reading. `relational`:
    only a nisba in -ية ("صناعية"), which classifies a noun and is hardly ever said of a name."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    before = toks[k - 1].norm.removeprefix("ل").removeprefix("ب") if k > 0 else ""
    return (
        nxt is not None
        and nxt.is_word
        and nxt.pos == "ADJ"
        and nxt.norm.endswith("يه" if relational else "ه")
        and not nxt.text.startswith("ال")
        and nxt.norm[0] not in "وف"
        and before not in _THAT_WORDS
    )


def _noun_with_adjective(toks: list[Token], start: int, text: str, gaz: Gazetteer) -> bool:
    """One unknown word of the model with an indefinite nisba adjective after it (`أقمار صناعية`)."""
    words = normalize(text).split()
    if len(words) != 1 or words[0].startswith("ال") or gaz.get(tuple(words)) or words[0] in given_names():
        return False
    k = _token_at(toks, start)
    return bool(toks) and toks[k].start == start and _indefinite_adjective_after(toks, k, relational=True)


def _nisba_after_noun(toks: list[Token], start: int, text: str) -> bool:
    """One indefinite word in -ي that the tagger reads as an adjective, right after an indefinite noun
    or adjective ("قال مسؤول كردي كبير", "تحالف عربي كردي"): it describes the noun, it names no one."""
    words = normalize(text).split()
    if len(words) != 1 or words[0].startswith("ال") or not words[0].endswith("ي"):
        return False
    k = _token_at(toks, start)
    if words[0] in given_names() or k == 0 or toks[k].start != start or toks[k].pos != "ADJ":
        return False
    prev = toks[k - 1]
    return prev.is_word and prev.pos in ("NOUN", "ADJ") and not prev.text.startswith("ال")


def _hyphenated_nisba(toks: list[Token], start: int, text: str) -> bool:
    """One indefinite word in -ي joined by a hyphen to another ("تحالف عربي-كردي"): the second half of a
    compound adjective, which describes a noun and names no one."""
    words = normalize(text).split()
    k = _token_at(toks, start)
    if len(words) != 1 or words[0].startswith("ال") or not words[0].endswith("ي") or k < 2:
        return False
    before = toks[k - 2]
    adjective = before.is_word and before.norm.endswith("ي") and not before.norm.startswith("ال")
    return toks[k].start == start and toks[k - 1].text == "-" and adjective


# An active participle of a defective verb in the accusative ("باديا": apparent, "باقيا"): a whole
# word that the model splits into ب and an unknown place ("اديا").
_DEFECTIVE_PARTICIPLE = re.compile("^.ا.يا$")


def _participle_after_clitic(text: str, start: int, span: str) -> bool:
    begin = _word_begin(text, start)
    whole = _WORD.match(text, begin)
    split = begin < start and whole is not None and len(normalize(span).split()) == 1
    return split and bool(_DEFECTIVE_PARTICIPLE.match(normalize(whole.group())))


def _in_adjective_list(toks: list[Token], start: int, text: str) -> bool:
    """One word between commas whose neighbours in the list are plain adjectives or nouns
    ("لطيف، حازم، متوازن"): a list of qualities, where a given name ("حازم": firm) is a word again."""
    k = _token_at(toks, start)
    if len(normalize(text).split()) != 1 or not toks or toks[k].start != start:
        return False
    return _plain_list_item(toks, k, -1) and _plain_list_item(toks, k, 1)


def _plain_list_item(toks: list[Token], k: int, step: int) -> bool:
    comma, item = k + step, k + 2 * step
    if not (0 <= item < len(toks)) or toks[comma].text not in ("،", ","):
        return False
    t = toks[item]
    plain = t.is_word and t.pos in ("ADJ", "NOUN") and not t.norm.startswith("ال")
    return plain and t.norm not in given_names() and not is_nisba(t.norm)


_OBJECT_PREPOSITIONS = frozenset(normalize(w) for w in ("إلى", "على", "عن"))


def _verbal_noun_after_preposition(toks: list[Token], start: int, text: str) -> bool:
    """One word of the verbal-noun pattern تفعيل ("تنكيس", "تسليم") between a preposition and a definite
    noun that the model left out of the span: the noun's action and its object, not a person."""
    words = normalize(text).split()
    if len(words) != 1 or words[0] in given_names() or not re.fullmatch("ت..ي.", words[0]):
        return False
    k = _token_at(toks, start)
    if k == 0 or k + 1 >= len(toks) or toks[k].start != start:
        return False
    before, after = toks[k - 1], toks[k + 1]
    return (
        before.norm in _OBJECT_PREPOSITIONS
        and after.is_word
        and after.text.startswith("ال")
        and not lx.is_stop(after.text, after.norm)
    )


def _noun_before_adjective(toks: list[Token], start: int, text: str, gaz: Gazetteer) -> bool:
    """One unknown word in accusative "-ا" followed by an indefinite accusative nisba adjective in "-يا"
    ("بريدا إلكترونيا", "دعما عسكريا"): a noun and the adjective agreeing with it, not a name."""
    words = normalize(text).split()
    if len(words) != 1 or not words[0].endswith("ا") or gaz.get(tuple(words)) or words[0] in given_names():
        return False
    k = _token_at(toks, start)
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k].start == start else None
    return (
        nxt is not None
        and nxt.is_word
        and nxt.norm.endswith("يا")
        and nxt.pos in ("ADJ", None)  # not "أبخازيا وأوسيتيا": two names
        and nxt.norm[0] not in "وف"
        and len(nxt.norm) >= 5
        and not nxt.text.startswith("ال")  # the raw text: "إلكترونيا" normalises to "الكترونيا"
        and not gaz.get((nxt.norm,))
    )


_KANA = frozenset(
    normalize(w)
    for w in ("كان", "كانت", "كانوا", "يكون", "تكون", "أصبح", "أصبحت", "ليس", "ليست", "بات", "باتت", "صار")
)


def _predicate_after_kana(toks: list[Token], start: int, text: str) -> bool:
    """One word in accusative "-ا" right after كان or a sister verb ("كان بارعا جدا") is its predicate."""
    words = normalize(text).split()
    if len(words) != 1 or not words[0].endswith("ا") or words[0] in given_names():
        return False
    k = _token_at(toks, start)
    return k > 0 and toks[k - 1].norm.lstrip("وف") in _KANA


def _after_open_head(toks: list[Token], start: int) -> bool:
    """The word right before `start` is a head that takes a bare name (شركة, حزب, حركة, قناة)."""
    k = _token_at(toks, start)
    return k > 0 and toks[k].start == start and any(f in lx.OPEN_NAME_HEADS for _s, f in toks[k - 1].forms)


def _indefinite_nisba_first(text: str, start: int, end: int) -> bool:
    """The span opens with an indefinite nationality adjective, which describes the noun before it."""
    first = _WORD.match(text, start)
    if first is None or first.end() > end:
        return False
    word = normalize(first.group())
    return not word.startswith("ال") and is_nisba(word)


def _join_given_names(text: str, cands: list[Cand]) -> list[Cand]:
    """A lone given name right before another person span, with only a space between, is its first
    name (`مايكل | فلين` once the ف is restored)."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.coarse == c.coarse == "PER"
            and text[prev.end : c.start] == " "
            and len(prev.text.split()) == 1
            and normalize(prev.text) in given_names()
        ):
            prev.end, prev.text = c.end, surface(text, prev.start, c.end)
            continue
        out.append(c)
    return out


def _drop_lone_epithets(text: str, cands: list[Cand]) -> list[Cand]:
    """ "والقائد | الحكيم | كيم جونغ أون" with the praise word as a span of its own: one definite word
    after a title and right before another person span is an epithet (`الرئيس الأسد قال` keeps الأسد)."""
    people = [c for c in cands if c.coarse == "PER"]
    out = []
    for c in cands:
        words = text[c.start : c.end].split()
        before = text[max(0, c.start - 20) : c.start].split()
        titled = bool(before) and bool({f for _, f in clitic_forms(before[-1])} & lx.ALL_TITLES)
        nxt = next((p for p in people if p.start > c.end), None)
        adjacent = nxt is not None and not text[c.end : nxt.start].strip()
        lone = c.coarse == "PER" and len(words) == 1 and normalize(words[0]).startswith("ال")
        if not (lone and titled and adjacent):
            out.append(c)
    return out


def _join_linked_people(text: str, cands: list[Cand]) -> list[Cand]:
    """Two model person spans split by a title after a name link ("إسماعيل ولد | الشيخ | أحمد") are
    one name."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.coarse == c.coarse == "PER":
            words = normalize(prev.text).split()
            between = normalize(text[prev.end : c.start]).split()
            if len(words) >= 2 and words[-2] in lx.NAME_LINK_WORDS and words[-1] in lx.BARE_TITLES:
                words, between = words[:-1], [words[-1], *between]  # the model kept the title: "ولد الشيخ"
            # the link word ends the first span or stands between them ("إسماعيل | ولد الشيخ | أحمد")
            if words[-1] in lx.NAME_LINK_WORDS:
                rest: list[str] | None = between
            else:
                rest = between[1:] if between and between[0] in lx.NAME_LINK_WORDS else None
            if rest is not None and len(rest) <= 1 and all(w in lx.BARE_TITLES for w in rest):
                prev.end, prev.text = c.end, surface(text, prev.start, c.end)
                continue
        out.append(c)
    return out


_ADVERB_ENDINGS = ("نا", "لا")


def _adverb_ya(w: str) -> bool:
    """An accusative adverb made of a nisba adjective ("تنسيقيا", "دستوريا"): the adjective is an
    ordinary word of ANERcorp ("التنسيقي", "الدستورية"); place names in "-يا" ("كاليفورنيا") are not."""
    if not w.endswith("يا"):
        return False
    adj = w[:-1]
    return is_nisba(adj) or "ال" + adj in common_words() or "ال" + adj + "ه" in common_words()


_PRONOUN_SUFFIXES = frozenset(("ها", "هم", "هما", "هن", "كم", "نا"))


_PLACE_PREPOSITIONS = {"في", "الى", "إلى"}


def _place_after_preposition(text: str, start: int, span: str) -> bool:
    """One word, no article, no Latin letters, right after في / إلى as a separate word."""
    words = span.split()
    if len(words) != 1 or normalize(span).startswith("ال") or re.search("[A-Za-z]", span):
        return False
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1] in _PLACE_PREPOSITIONS and text[start - 1].isspace()


def _word_end(text: str, end: int) -> int | None:
    """A span end moved to the end of its word; None when the rest of the word is a pronoun suffix."""
    if end == 0 or end >= len(text) or not (text[end - 1].isalpha() and text[end].isalpha()):
        return end
    rest = re.match(r"\w+", text[end:])
    tail = rest.group() if rest else ""
    return None if tail in _PRONOUN_SUFFIXES else end + len(tail)


def _word_begin(text: str, pos: int) -> int:
    """Offset of the first letter of the word that `pos` is in (or right after)."""
    while pos > 0 and _LETTER.match(text[pos - 1]):
        pos -= 1
    return pos


def _verb_prefixed(text: str, start: int) -> bool:
    """The span starts inside a word after letters that are not proclitics of a name."""
    return any(ch not in "وفبلكـ" for ch in text[_word_begin(text, start) : start])


def _skip_conjoined_verb(text: str, start: int, end: int, toks: list[Token] | None = None) -> int:
    """ "و|طالب نتنياهو": a person span whose first word, glued to و / ف, is a verb of the event
    lexicon that is also a given name (طالب) starts at the next word: the verb, then its subject.
    When the model kept the و in the span ("وأدان عباس"), the tagger's VERB on the whole word says
    the same (a name never opens with و / ف + a verb), unless the word is itself a given name."""
    from .events import load_lexicon  # local import: events builds on this module

    words = list(_WORD.finditer(text, start, end))
    if len(words) < 2:
        return start
    first = words[0].group()
    if text[_word_begin(text, start) : start] in ("و", "ف"):
        verb = any(t.pos == "verb" for t in load_lexicon().get(normalize(first), []))
        return words[1].start() if verb else start
    if toks is None or len(normalize(first)) < 4 or first[0] not in "وف" or _word_begin(text, start) != start:
        return start
    tok = toks[_token_at(toks, start)]
    given = given_names()
    verb = tok.start == start and tok.pos == "VERB"
    verb = verb and normalize(first) not in given and normalize(first[1:]) not in given
    return words[1].start() if verb else start


def _word_start(text: str, start: int) -> int:
    """A span that starts after the first "ل" of "لل" ("ل|ليمن" of "لليمن") starts at the word, so that
    "لل" is read as "ل" + "ال" ("اليمن"); other clitics split off by the model stay off."""
    lil = start >= 1 and text[start - 1] == "ل" and text[start : start + 1] == "ل"
    if lil and (start == 1 or not _LETTER.match(text[start - 2]) or text[start - 2] in "وف"):
        return start - 1
    return start


def _cut_at_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """A model span never runs across a title or a manner adverb ("الخليج العربية الدكتور ... بشدة"):
    keep the words before it, or the words after a leading title."""
    words = list(_WORD.finditer(text, start, end))
    for k, w in enumerate(words):
        n = normalize(w.group())
        linked = k > 0 and normalize(words[k - 1].group()) in lx.NAME_LINK_WORDS  # "ولد الشيخ أحمد"
        linked = linked or _pilgrim_family_name(words, k)
        title = n in lx.BARE_TITLES or (n.startswith("ال") and n in lx.ALL_TITLES)  # "... المبعوث"
        # "الميجور جنرال جون": a compound rank is one leading title, cut below
        leading = all(normalize(w.group()) in _RANKS for w in words[: k + 1])
        if n in lx.MANNER_ADVERBS or (title and k > 0 and not linked and not leading):
            return (start, words[k - 1].end()) if k > 0 else (start, start)
    k = 0  # leading titles and nationality adjectives ("نظيريه الأمريكي | كيري"), "آية الله"
    norms = [normalize(w.group()) for w in words]
    while k < len(words) and (_title_word(norms[k]) or tuple(norms[k : k + 2]) in lx.RELIGIOUS_HONORIFICS):
        if k + 1 < len(words) and norms[k + 1] in lx.LINEAGE_WORDS:
            break  # "مساعد بن محمد": a title-like word before "بن" is the given name
        k += 2 if tuple(norms[k : k + 2]) in lx.RELIGIOUS_HONORIFICS else 1
    return (words[k].start(), end) if k < len(words) else (start, start)


_PILGRIM = normalize("الحاج")


def _pilgrim_family_name(words: list[re.Match], k: int) -> bool:
    """ "حسين الحاج حسن": "الحاج" (the pilgrim) between a given name that opens the span and a word
    after it is the first word of a family name ("الحاج حسن"), not a title before another person."""
    if k != 1 or len(words) < 3 or normalize(words[k].group()) != _PILGRIM:
        return False
    return normalize(words[0].group()) in given_names()


_ROLE_TITLES = lx.LEADER_TITLES | lx.DEPUTY_TITLES | lx.SPOKES_TITLES | lx.MEMBER_TITLES


def _before_role_title(text: str, end: int) -> bool:
    """The next word is an indefinite role title ("مستشار", "وزير"), as after a person's name."""
    nxt = text[end : end + 20].split()
    return bool(nxt) and not nxt[0].startswith("ال") and normalize(nxt[0]) in _ROLE_TITLES


def _skip_epithet(text: str, start: int, end: int) -> int:
    """ "والقائد | الحكيم كيم جونغ أون": a definite adjective between a title and a person's name of
    two words or more is a praise, not the first part of the name."""
    words = list(_WORD.finditer(text, start, end))
    before = text[max(0, start - 20) : start].split()
    if len(words) < 3 or not before or not normalize(words[0].group()).startswith("ال"):
        return start
    prev = {f for _, f in clitic_forms(before[-1])}
    return words[1].start() if prev & lx.ALL_TITLES else start


# Given names that the stop list holds as ordinary words ("صباح": morning).
_STOP_GIVEN_NAMES = frozenset({normalize("صباح")})


def _titled_given_name(text: str, start: int, span: str) -> bool:
    """ "وزير الخارجية الشيخ صباح خالد الحمد الصباح": a model person of three words or more, right after
    a bare title, that opens with a given name the stop list also holds, is a name all the same."""
    words = normalize(span).split()
    before = normalize(text[max(0, start - 20) : start]).split()[-1:]
    return len(words) >= 3 and words[0] in _STOP_GIVEN_NAMES and before != [] and before[0] in lx.BARE_TITLES


def _title_word(n: str) -> bool:
    return n in _RANKS or n in lx.BARE_TITLES or is_nisba(n) or n in lx.TITLE_COMPLEMENTS


def _ordinary_phrase(words: list[str]) -> bool:
    """Words that ANERcorp never has in names, or a blessing formula ("رحمه الله", "حفظه الله")."""
    if len(words) == 2 and words[1] == "الله" and words[0].endswith("ه") and words[0] not in given_names():
        return True
    ordinary = ordinary_words() | common_words()
    return all(w in ordinary and w not in given_names() for w in words)


# A past verb of the form أفعل with the feminine ت and the object "me" ("أعادتني", "أدهشتني").
_VERB_WITH_OBJECT = re.compile("^ا...?تني$")


def _plausible_ner(raw: str, text: str, gaz: Gazetteer, coarse: str) -> bool:
    """Reject model spans that cannot be names: tanween adverbs ("دبلوماسيًا"), clause openers
    ("إنه وبعد ..."), long runs, single ordinary words ("الاتفاق")."""
    words = normalize(text).split()
    if gaz.get(tuple(words)):
        return True
    if not words or len(words) > 6 or "\u064b" in raw:
        return False
    if lx.is_stop(raw.split()[0], words[0]) or words[0] in lx.NOT_PERSON_START:
        return False
    if re.match("[بل][إأ]", raw.split()[0]) and words[0] not in given_names():
        return False  # "بإذن الله": preposition + hamza-initial noun
    if len(words) == 1 and words[0].endswith("نا") and words[0] not in given_names():
        return False  # "رأينا": a first-person suffix
    if len(words) == 1 and words[0] in lx.KIN_OF_SPEAKER:
        return False  # "أبي وهو شيعي الأصل": "my father", nobody named
    if coarse == "PER" and _ordinary_phrase(words):
        return False  # "عطاء الخير", "رجال دين", "رحمه الله"
    if len(words) == 2 and words[0] in lx.ORG_HEADS and words[1].endswith(("يه", "ي")) and coarse != "PER":
        return False  # "منظمة إرهابية": a head with an indefinite adjective describes
    if len(words) == 1 and coarse == "ORG" and words[0] in lx.ORG_HEAD_PLURALS:
        return False  # "الكتل", "الأحزاب": bodies in general, none named
    if len(words) == 1 and words[0] in lx.DEMONYM_PLURALS:
        return False  # "مسؤولون أتراك": Turkish officials, nobody named
    # "الجهاد", "الشيعة", "سنة وشيعة": a religion, doctrine or community, not an organisation
    community = len(words) == 1 and {words[0], "ال" + words[0]} & lx.COMMUNITY_NOUNS
    if coarse == "ORG" and community:
        return False
    if len(words) == 1 and coarse == "PER" and _VERB_WITH_OBJECT.match(words[0]):
        return False  # "أعادتني" (she brought me back): a verb with the object "me"
    national = len(words) == 2 and not words[1].startswith("ال") and country_of_adjective(words[1])
    if coarse == "PER" and national:
        return False  # "(رجل) دين سعودي": a noun and an indefinite nationality adjective
    w = words[0]
    if len(words) == 1 and (w in GREGORIAN_MONTHS or w in HIJRI_MONTHS or w in WEEKDAYS):
        return False  # "نيسان" (April), not the carmaker or a place
    adverb = _adverb_ya(w) or (coarse == "PER" and w.endswith(_ADVERB_ENDINGS))
    if len(words) == 1 and w not in given_names() and re.match("^س[يتن]", w) and len(w) >= 5:
        return False  # a future verb ("سيستدعي")
    single_word_noise = w in common_words() or (adverb and w not in given_names())  # "أميركيا", "ألوانا"
    return not (len(words) == 1 and single_word_noise)


# "رحمه الله" (God have mercy on him), "رضي الله عنه": a blessing after a name, never part of it
_BLESSING = re.compile(r"\s+(?:رحمه|رحمها|رحمهم|رحمهما) الله$|\s+رضي الله (?:عنه|عنها|عنهم|عنهما)$")


def _trim_person(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Cut words off the end of a model person span that cannot end a name: a place ("... الخرطوم"),
    a preposition + article ("سلمان للإغاثة"), a blessing on the dead ("ابن خلدون رحمه الله")."""
    if blessing := _BLESSING.search(text, start, end):
        end = blessing.start()
    words = list(_WORD.finditer(text, start, end))
    while len(words) > 1:
        raw = words[-1].group()
        w = normalize(raw)
        # a place that is also an ordinary word or a family name ("حسين الخليل") may end the name
        place = gaz.get((w,)) is not None and w not in ambiguous_places()
        if _clitic_common(w) or place or lx.is_stop(raw, w):
            words.pop()
        else:
            break
    return words[-1].end() if words else end


def _clitic_common(w: str) -> bool:
    """A preposition + article + ordinary word ("للإغاثة", "كالعادة"); not a name that starts with those
    letters ("كالين")."""
    if w.startswith("لل"):
        return True
    if not w.startswith(("بال", "وال", "فال", "كال")):
        return False
    rest = w[1:]
    return _ordinary(rest) or rest[2:] in ordinary_words()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _QUOTES or text[start].isspace() or text[start] in "(،,"):
        start += 1
    while end > start and (text[end - 1] in _QUOTES or text[end - 1].isspace() or text[end - 1] in ")،,.:"):
        end -= 1
    return start, end


def _strip_ner_clitic(
    text: str, start: int, end: int, gaz: Gazetteer, vocab: set[str], coarse: str | None = None
) -> tuple[int, bool]:
    """Move `start` past proclitics that NER spans trained on ANERcorp keep (`وإسرائيل`)."""
    m = _WORD.match(text, start)
    if not m:
        return start, False
    forms = clitic_forms(m.group())
    for shift, form in forms[1:][::-1]:
        literal = normalize(m.group())[shift:]
        if form.startswith("ال") or form in vocab or gaz.get((form,)):
            return start + shift, form.startswith("ال") and not literal.startswith("ال")
        # "بريت ماكغيرك", "برايس أورتوفو": the model kept a ب its tokenizer splits off a known word, so
        # a person's name that starts with ب is read whole unless the article names the rest bare
        ba = coarse == "PER" and normalize(m.group())[:shift].endswith("ب")
        if form in given_names():
            return start + shift - ba, False  # "وبريت": only the conjunction goes
    return start, False


def _ba_name_start(text: str, start: int, gaz: Gazetteer, vocab: set[str]) -> int:
    """A person span the model starts after the ب of a word that opens an item of a list or a hyphenated
    name ("السنوسي، وب|شير صالح", "تايي-ب|روك زيريهون"), where no preposition stands, starts at that ب
    when the rest of the word is no known name: no given name, no place, no word the article uses bare
    ("بماجد المهندس" where the article also writes "ماجد"), and no definite noun."""
    k = _word_begin(text, start)
    if k == start or normalize(text[k:start]).lstrip("وف") != "ب" or not _opens_list_item(text, k):
        return start
    word = _WORD.match(text, start)
    rest = normalize(word.group()) if word else ""
    known = rest in given_names() or rest in vocab or gaz.get((rest,)) is not None or _ordinary(rest)
    return start if known or rest.startswith("ال") or len(rest) < 3 else start - 1


def _la_name_start(text: str, start: int, toks: list[Token], moved: int) -> int:
    """A person span the model starts after the ل of a word that follows a person's description, a
    definite noun and a nationality ("المواطن الفرنسي ل|حسن عمار قبوج"), starts at that ل: a name in
    apposition to the description, where a preposition has nothing to attach to ("للرئيس", "لإيران"
    after a description keep their ل off: they are no person spans of the model)."""
    k = _word_begin(text, start)
    if moved != start or k == start or normalize(text[k:start]) != "ل":
        return moved
    i = _token_at(toks, k) if toks else 0
    if not toks or toks[i].start != k or i < 2:
        return moved
    nation, noun = toks[i - 1], toks[i - 2]
    described = nation.norm.startswith("ال") and country_of_adjective(nation.norm) is not None
    person_noun = _definite_adjective(noun) and not is_nisba(noun.norm) and noun.norm not in lx.ALL_TITLES
    return k if described and person_noun else moved


def _opens_list_item(text: str, k: int) -> bool:
    """The word at `k` follows a comma or a hyphen (after spaces)."""
    before = text[:k].rstrip()
    return before.endswith(("،", ",", "-"))


def _gazetteer_cls(text: str, gaz: Gazetteer) -> str | None:
    p = gaz.get(tuple(normalize(text).split()))
    return p.cls if p else None


# ---------------------------------------------------------------- merge & propagate ---------------


def reconcile_people(cands: list[Cand], counts: Counter, gaz: Gazetteer) -> list[Cand]:
    """A statistical PER span and a title-derived name that start together: keep the extent that
    reads as a name. The model tends to cut names short ("باراك" for "باراك أوباما") and sometimes runs
    on into a place ("عمر البشير الخرطوم")."""
    titled = {c.start: c for c in cands if c.source == "title" and c.coarse == "PER"}
    drop: set[int] = set()
    for n in cands:  # the model dropped a first name ("عمار | الحكيم", "مباركة | بو | عيدة")
        inside = any(t.start < n.start and n.end <= t.end for t in titled.values())
        if n.source == "ner" and n.coarse == "PER" and inside:
            drop.add(id(n))
    for n in cands:
        t = titled.get(n.start)
        if n.source != "ner" or n.coarse != "PER" or t is None or t.end == n.end:
            continue
        longer, shorter = (t, n) if t.end > n.end else (n, t)
        extra = normalize(longer.text).split()[len(normalize(shorter.text).split()) :]
        # the title rules already vetted their own words; the model's extra words must look like a name
        if extra and _extra_name_words(extra, counts, gaz, vetted=longer is t):
            drop.add(id(shorter))
        else:
            drop.add(id(longer))
    return [c for c in cands if id(c) not in drop]


def _extra_name_words(words: list[str], counts: Counter, gaz: Gazetteer, vetted: bool = False) -> bool:
    """Words that may continue a name: not places, not ordinary words, recurring or a family name."""
    for w in words:
        if gaz.get((w,)) or w in common_words() or w in lx.STOP_WORDS:
            return False
    if vetted:
        return True
    last = words[-1]
    return counts[last] >= 2 or last.startswith("ال") or last in given_names()


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Greedy: longest span first, then source rank; a candidate overlapping a kept one is dropped."""
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.rank, reverse=True):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _quoted_type(c: Cand, names: list[Cand]) -> str | None:
    """Type of a quoted name from a typed name that contains it or that it contains."""
    n = normalize(c.text).split()
    for other in names:
        if other.coarse in (None, "MISC") or other is c:
            continue
        o = normalize(other.text).split()
        if n == o:
            return other.coarse
        partial = (len(n) < len(o) and o[-len(n) :] == n) or (len(o) < len(n) and n[-len(o) :] == o)
        if partial and other.coarse == "PER":  # a surname, or a full name around a known surname
            return "PER"
        if other.coarse == "ORG" and len(o) == len(n) + 1 and o[1:] == n and o[0] in lx.OPEN_NAME_HEADS:
            return "ORG"  # "داعش" after "تنظيم داعش"
    return None


_QUOTE_LIST_GAP = re.compile('^["«»“”„ ]*[و،,][ ]*["«»“”„ ]*$')


def _listed_quote_type(text: str, c: Cand, names: list[Cand]) -> str | None:
    """'مجموعات "جيش الإسلام" و"فيلق الرحمن" و"أحرار الشام"': a quoted name in a list of quoted names
    (joined by و or a comma) is of the type of an organisation next to it in the list."""
    for other in names:
        if other is c or other.coarse != "ORG" or other.sentence != c.sentence:
            continue
        gap = text[other.end : c.start] if other.end <= c.start else text[c.end : other.start]
        quoted = sum(ch in _QUOTES for ch in gap) >= 2  # both names quoted: 'الإيراني و"اعترافه"' is none
        if quoted and 0 < len(gap) <= 6 and _QUOTE_LIST_GAP.match(gap):
            return "ORG"
    return None


def propagate(doc: Document, toks_by_sent: list[list[Token]], found: list[Cand]) -> list[Cand]:
    """Later occurrences of names already found, e.g. an unquoted surname in the headline."""
    keys: dict[tuple[str, ...], Cand] = {}
    for c in found:
        if c.kind != "name" or c.coarse not in ("PER", "ORG", "LOC"):
            continue
        words = tuple(normalize(c.text).split())
        if words[0] in ("بن", "ابن") or (len(words) == 1 and _weak_key(words[0])):
            continue
        keys.setdefault(words, c)
        last = words[-1]
        surname_ok = (
            len(last) >= 4 and words[-2:-1] not in (("ابو",), ("بن",), ("عبد",)) and not _weak_key(last)
        )
        if c.coarse == "PER" and len(words) >= 2 and surname_ok:
            keys.setdefault(words[-1:], c)
        name = movement_people(words) if c.coarse == "ORG" and len(words) >= 2 else None
        if name is not None:
            for form in _plural_forms(name):  # "ميليشيات الحوثيين", "الميليشيا الحوثية" ... "ضد الحوثيين"
                keys.setdefault((form,), c)
    out = []
    for si, toks in enumerate(toks_by_sent):
        for i, tok in enumerate(toks):
            if not tok.is_word:
                continue
            for shift, form in tok.forms:
                hit = _match_key(toks, i, form, keys)
                if hit:
                    j, src = hit
                    start = tok.start + shift
                    fix = form.startswith("ال") and not tok.norm[shift:].startswith("ال")
                    out.append(
                        Cand(
                            start,
                            toks[j].end,
                            surface(doc.text, start, toks[j].end, fix),
                            src.coarse,
                            src.cls,
                            "propagate",
                            0.5,
                            sentence=si,
                        )
                    )
                    break
    return [c for c in out if not _fixed_phrase(c, toks_by_sent[c.sentence])]  # "القوة القاهرة"


# Heads of movements named after a people or founder: "ميليشيا الحوثي", "حركة الحوثيين".
MOVEMENT_HEADS = frozenset(
    normalize(w) for w in ("ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "جماعة", "حركة")
)


def people_name(word: str) -> bool:
    """A people named after a family or founder (`الحوثي`, `الحوثيين`): a definite nisba, singular or
    plural, that is no nationality and no ordinary word (`المسلحين`, `الفلسطينيين`)."""
    singular = word[:-2] if word.endswith(("يين", "يون")) else word  # "الحوثيين" -> "الحوثي"
    if not (singular.startswith("ال") and singular.endswith("ي") and len(singular) >= 5):
        return False
    ordinary = word in common_words() or word in ordinary_words() or singular in ordinary_words()
    return not ordinary and country_of_adjective(singular) is None


# The same heads with the article, before the feminine nisba of the name: "الميليشيا الحوثية".
_DEFINITE_MOVEMENT_HEADS = frozenset("ال" + h for h in MOVEMENT_HEADS)


def adjectival_people_name(words: list[str] | tuple[str, ...]) -> str | None:
    """The people's name (`الحوثي`) of a movement called by a definite head and the feminine nisba of
    that name, a judgement between allowed: "الميليشيا الحوثية", "المليشيات الإرهابية الحوثية". None for
    a nationality ("الميليشيات الإيرانية": Iran's militias) or an ordinary adjective ("الجماعات المسلحة",
    "الميليشيات الانقلابية")."""
    if not 2 <= len(words) <= 3 or words[0] not in _DEFINITE_MOVEMENT_HEADS:
        return None
    if any(w not in lx.EVALUATIVE_DESCRIPTORS for w in words[1:-1]):
        return None
    last = words[-1]
    if not last.endswith("يه") or last in common_words() or last in lx.EVALUATIVE_DESCRIPTORS:
        return None
    return last[:-1] if people_name(last[:-1]) else None


def movement_people(words: list[str] | tuple[str, ...]) -> str | None:
    """The singular people's name (`الحوثي`) of a movement name: a head and the name ("ميليشيات الحوثي",
    "حركة الحوثيين"), the plural alone ("الحوثيون") or the adjectival form ("الجماعة الحوثية")."""
    core = _without_descriptors(tuple(words))
    if len(core) == 2 and core[0] in MOVEMENT_HEADS and people_name(core[1]):
        return core[1][:-2] if core[1].endswith(("يين", "يون")) else core[1]
    if len(core) == 1 and core[0].endswith(("يين", "يون")) and people_name(core[0]):
        return core[0][:-2]
    return adjectival_people_name(core)


def adjectival_movement_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "من قبل الميليشيا الحوثية التابعة لإيران", "للمليشيات الحوثية": a movement called by a definite
    head and the feminine nisba of a people's name (`adjectival_people_name`); `_named_movements`
    keeps those whose name is known to name a movement."""
    out = []
    for i, tok in enumerate(toks):
        forms = [(sh, f) for sh, f in tok.forms if f in _DEFINITE_MOVEMENT_HEADS] if tok.is_word else []
        if not forms:
            continue
        shift, head = forms[0]
        for last in range(i + 1, min(i + 3, len(toks))):
            if not toks[last].is_word:
                break
            if adjectival_people_name([head] + [t.norm for t in toks[i + 1 : last + 1]]) is None:
                continue
            start, end = tok.start + shift, toks[last].end
            fix = not tok.norm[shift:].startswith("ال")  # ل + المليشيات
            cls = lx.ORG_HEADS.get(head[2:], "Organization")
            name = surface(text, start, end, fix)
            out.append(Cand(start, end, name, "ORG", cls, "pattern", 0.7, sentence=sent_i))
            break
    return out


def _named_movements(cands: list[Cand]) -> list[Cand]:
    """An adjectival movement name ("الميليشيا الحوثية") stays when its people's name is a mined movement
    name (`gazetteer.movement_names`) or one the article gives an organisation by its head or plural
    ("جماعة الحوثي", "الحوثيون"); else "لطرد المليشيات الكردية" is Kurdish militias, no movement."""
    adjectival = {}
    for c in cands:
        if c.coarse == "ORG" and (name := adjectival_people_name(normalize(c.text).split())):
            adjectival[id(c)] = name
    if not adjectival:
        return cands
    named = set(movement_names())
    for c in cands:
        if c.coarse == "ORG" and id(c) not in adjectival:
            named.add(movement_people(normalize(c.text).split()))
    return [c for c in cands if id(c) not in adjectival or adjectival[id(c)] in named]


def _without_descriptors(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name less trailing nationality adjectives and judgements ("ميليشيا الحوثي الإيرانية")."""
    while len(words) > 2 and (country_of_adjective(words[-1]) or words[-1] in lx.EVALUATIVE_DESCRIPTORS):
        words = words[:-1]
    return words


def _plural_forms(word: str) -> tuple[str, str]:
    stem = word[:-2] if word.endswith(("يين", "يون")) else word
    return stem + "ين", stem + "ون"


_ORDINALS = frozenset(normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"))


def _weak_key(word: str) -> bool:
    """A single word too common to be searched as a name on its own ("الثاني" of "عبد الله الثاني")."""
    return word in _ORDINALS or word in common_words() or word in lx.STOP_WORDS


def _match_key(toks: list[Token], i: int, first: str, keys: dict[tuple[str, ...], Cand]):
    for n in (4, 3, 2, 1):
        words = [first] + [t.norm for t in toks[i + 1 : i + n] if t.is_word]
        if len(words) == n and tuple(words) in keys:
            return i + n - 1, keys[tuple(words)]
    return None


def source_line_cands(doc: Document) -> list[Cand]:
    """The publisher named in a source line ("المصدر | X") or in the metadata is a media organisation."""
    out = []
    for m in re.finditer(r"(?:المصدر|مصدر الخبر)\s*[|:：]\s*([^\n|]{2,40})", doc.text):
        start, end = _trim(doc.text, m.start(1), m.end(1))
        if end > start:
            out.append(
                Cand(
                    start,
                    end,
                    surface(doc.text, start, end),
                    "ORG",
                    "MediaOrganization",
                    "pattern",
                    0.7,
                    sentence=doc.sentence_at(start),
                )
            )
    return out


def _first_name_city(c: Cand, ner: list[Cand], toks: list[Token]) -> bool:
    """A one-word city that opens a model person span of a given name and a family name with the
    article ("رياض المالكي"), or right after a title ("المتحدثة فلورانس إنجيليسي"), is the given name."""
    if c.source != "gazetteer" or c.cls != "City" or " " in c.text:
        return False
    k = _token_at(toks, c.start)
    titled = k > 0 and any(f in lx.ALL_TITLES for _shift, f in toks[k - 1].forms)
    for n in ner:
        words = normalize(n.text).split()
        if n.coarse == "PER" and n.start == c.start and n.end > c.end and len(words) >= 2:
            return words[1].startswith("ال") or titled
    return False


def _cut_before_person(text: str, c: Cand, ner: list[Cand]) -> Cand:
    """ "رئيس اقليم كردستان مسعود برزاني": a bare place name after a place head ends where the model's
    person span begins."""
    if c.source != "pattern" or c.coarse != "LOC":
        return c
    for n in ner:
        if n.coarse == "PER" and c.start < n.start < c.end < n.end and text[c.start : n.start].strip():
            end = c.start + len(text[c.start : n.start].rstrip())
            return replace(c, end=end, text=text[c.start : end])
    return c


def _ordinary_facility(c: Cand) -> bool:
    words = normalize(c.text).split()
    return (
        c.source == "pattern"
        and c.cls == "Facility"
        and len(words) == 2
        and lx.PLACE_HEADS.get(words[0]) == "Facility"
        and words[1] in common_words()
    )


def _place_in_context(c: Cand, toks: list[Token], ner: list[Cand], places: list[Cand] | None = None) -> bool:
    """An ambiguous one-word place ("فساد مالي") needs the model's agreement or a place noun before it;
    so does a facility head with one ordinary word ("ساحة الحرب": the battlefield, not a square)."""
    if _ordinary_facility(c):
        return any(n.coarse == "LOC" and n.start <= c.start < n.end for n in ner)
    n = normalize(c.text)
    community = " " not in n and "ال" + n in lx.COMMUNITY_NOUNS  # "متطرفون يهود": Jews, not the town
    k = _token_at(toks, c.start)
    construct = c.source == "gazetteer" and c.cls == "City" and _common_noun_in_construct(toks, k)
    # "التي تربت عليها" (she was raised), "مسيرة سلمية" (peaceful): a one-word town without the article
    # that the tagger reads as a verb or an adjective ("الحديدة" stays a place)
    plain = c.cls == "City" and " " not in n and not n.startswith("ال")
    other_word = plain and toks[k].pos in ("VERB", "ADJ") if toks else False
    # "على محلات صغيرة" (on small shops), not the Iranian town: a noun with its indefinite adjective
    described = plain and bool(toks) and _indefinite_adjective_after(toks, k)
    adjective = plain and bool(toks) and _nisba_of_common_noun(toks, k)
    ambiguous = n in ambiguous_places() or community or construct or other_word or described or adjective
    if c.source == "gazetteer" and _state_in_title(c, toks, k):
        return False
    if c.source != "gazetteer" or not ambiguous or (described and _after_arrival_verb(toks, k)):
        return True
    if n in ORDINARY_CITY_NAMES:
        return _after_place_noun(toks, k)  # the model takes "في مشهد" (in a scene) for the city too
    if any(n.coarse == "LOC" and n.start <= c.start < n.end for n in ner):
        return True
    if _in_place_list(k, toks, places or []):
        return True
    return _after_place_noun(toks, k)


def _nisba_of_common_noun(toks: list[Token], k: int) -> bool:
    """A town in -ي whose stem is an ordinary noun, right after an indefinite noun ("ونزيف بشري": human
    bleeding, not the Lebanese town Bsharri): the relational adjective of the noun (بشر: humans)."""
    w = toks[k].norm
    prev = toks[k - 1] if k > 0 else None
    # "ونزيف": the tagger's tag is the conjunction's, the word after it is read as a noun
    glued = prev is not None and prev.pos == "CCONJ" and prev.norm[:1] in "وف" and len(prev.norm) > 3
    after_noun = (
        prev is not None and prev.is_word and (prev.pos == "NOUN" or glued) and "ال" not in prev.norm[:3]
    )
    return after_noun and w.endswith("ي") and w[:-1] in ordinary_words() and not _after_place_noun(toks, k)


# Verbs of arriving at, visiting and leaving a place, whose object is the place itself.
_ARRIVAL_VERBS = frozenset(
    normalize(w)
    for w in ("وصل", "وصلت", "يصل", "تصل", "زار", "زارت", "يزور", "تزور", "غادر", "غادرت", "يغادر", "تغادر")
)


def _after_arrival_verb(toks: list[Token], k: int) -> bool:
    """ "الطائرة الإغاثية الثالثة تصل عدن محملة": after a verb of arrival the town is its object, and the
    indefinite adjective after it agrees with the verb's subject (the plane is loaded), not the town."""
    return k > 0 and any(f in _ARRIVAL_VERBS for _, f in toks[k - 1].forms)


_REPUBLIC = normalize("الجمهورية")


def _state_in_title(c: Cand, toks: list[Token], k: int) -> bool:
    """ "نائب رئيس الجمهورية العراقية نوري المالكي": a state's long form governed by a title is part of the
    title phrase (read by the role rules), not a mention of the country on its own."""
    state = normalize(c.text).split()[0] == _REPUBLIC  # not "أمير دولة قطر": the emir of the State of Qatar
    return state and k > 0 and toks[k].start == c.start and _title_form(toks[k - 1]) is not None


# "في قرية جنوبي الخليل": a compass adverb places what follows it (south of Hebron)
_COMPASS_ADVERBS = frozenset(
    normalize(w) for w in ("جنوبي", "شمالي", "شرقي", "غربي", "جنوب", "شمال", "شرق", "غرب")
)


def _after_place_noun(toks: list[Token], k: int) -> bool:
    cues = _PLACE_NOUNS | _STATE_NOUNS | _COMPASS_ADVERBS
    return k > 0 and any(f in cues for _, f in toks[k - 1].forms)


def _in_place_list(k: int, toks: list[Token], places: list[Cand]) -> bool:
    """ "صعدة والبيضاء وحجة", "إب والبيضاء وذمار": a word joined by و to a plain place name is a
    place of the same list, not the ordinary word ("بحجة": on the pretext)."""
    plain = {_token_at(toks, p.start) for p in places if p.coarse == "LOC" and not _ambiguous_name(p.text)}
    before, after = _list_neighbour(toks, k, -1), _list_neighbour(toks, k, 1)
    joined_before = toks[k].norm.startswith("و") and before in plain
    joined_after = after is not None and toks[after].norm.startswith("و") and after in plain
    return joined_before or joined_after


def _list_neighbour(toks: list[Token], k: int, step: int) -> int | None:
    """The word before / after `k` in a list, over a comma ("عدن، وتعز، والضالع، ومأرب")."""
    j = k + step
    if 0 <= j < len(toks) and toks[j].text in ("،", ","):
        j += step
    return j if 0 <= j < len(toks) and toks[j].is_word else None


def _ambiguous_name(text: str) -> bool:
    return normalize(text) in ambiguous_places()


# Place names that are also a verbal noun with its preposition: "بهدف النيل من أمن المملكة" (harming);
# not the river before "من خلال" ("على نهر النيل من خلال مباحثات").
_VERBAL_IDIOMS = {normalize("النيل"): normalize("من")}
_NOT_IDIOM = {normalize("نهر"), normalize("خلال")}


def _verbal_idiom(c: Cand, toks: list[Token]) -> bool:
    prep = _VERBAL_IDIOMS.get(normalize(c.text))
    if prep is None:
        return False
    k = _token_at(toks, c.start)
    if k + 1 >= len(toks) or toks[k + 1].norm != prep:
        return False
    around = {toks[k - 1].norm if k else "", toks[k + 2].norm if k + 2 < len(toks) else ""}
    return not around & _NOT_IDIOM


# Place names that end a fixed expression after the word given: "رفع حالة القوة القاهرة" (force majeure:
# "the overpowering force"), not Cairo.
_FIXED_PHRASES = {normalize("القاهرة"): frozenset({normalize("القوة"), normalize("قوة")})}


def _fixed_phrase(c: Cand, toks: list[Token]) -> bool:
    before = _FIXED_PHRASES.get(normalize(c.text))
    k = _token_at(toks, c.start) if before else 0
    return bool(before) and k > 0 and toks[k].start == c.start and toks[k - 1].norm in before


def _common_noun_in_construct(toks: list[Token], k: int) -> bool:
    """ "عينات من تربة الحديقة": a one-word town name the parser reads as a common noun, governing a
    definite noun, is that noun (soil), unless the name model says place."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if t.norm.startswith("ال"):
        return False  # a definite noun governs no genitive ("زار ... الرياض الأحد")
    # "في تربة بلدنا" (in the soil of our country): a noun made definite by its possessive suffix
    owned = nxt is not None and _OWNED_NOUN.match(nxt.norm) is not None and nxt.norm not in _SELF_WORDS
    return t.pos == "NOUN" and nxt is not None and nxt.pos == "NOUN" and (nxt.text.startswith("ال") or owned)


# A noun with a possessive suffix of a person or people (نا، ها، هم، كم، هما، هن), the one letter ه
# left out: normalised, it is also the feminine ending ("مدينه").
_OWNED_NOUN = re.compile("^.{3,}(نا|ها|هم|كم|هما|هن)$")
# Words of "itself", "all of it", "alone" after a place ("في دمشق نفسها", "سوريا كلها", "بغداد وحدها").
_SELF_WORDS = frozenset(
    normalize(w)
    for w in ("نفسها", "نفسه", "ذاتها", "ذاته", "كلها", "كله", "وحدها", "وحده", "جميعها", "عينها", "بأسرها")
)


_STATE_NOUNS = frozenset(normalize(w) for w in ("دولة", "جمهورية", "الدولة", "الجمهورية", "حكومة"))


def _with_name_suffix(text: str, c: Cand) -> Cand:
    """A person name goes on through a compound-surname word ("أحمد داود | أوغلو")."""
    if c.coarse != "PER" or c.kind != "name":
        return c
    m = _WORD.match(text, c.end + 1) if c.end < len(text) and text[c.end] == " " else None
    if m and normalize(m.group()) in lx.NAME_SUFFIXES:
        c.end = m.end()
        c.text = surface(text, c.start, c.end)
    return c


def led_body_cands(doc: Document, toks_by_sent: list[list[Token]], names: list[Cand]) -> list[Cand]:
    """ "حكومة حيدر العبادي": the government named by its leader, around the person's own mention."""
    out = []
    for c in names:
        if c.coarse != "PER" or c.kind != "name" or c.sentence is None:
            continue
        toks = toks_by_sent[c.sentence]
        k = next((i for i, t in enumerate(toks) if t.start == c.start), None)
        if not k or not toks[k - 1].is_word:
            continue
        shift = next((sh for sh, f in toks[k - 1].forms if f in lx.LED_BODY_HEADS), None)
        if shift is not None:
            start = toks[k - 1].start + shift
            span = (start, c.end)
            out.append(
                Cand(
                    *span,
                    surface(doc.text, *span),
                    "ORG",
                    "GovernmentOrganization",
                    "pattern",
                    0.7,
                    sentence=c.sentence,
                )
            )
    return out


# Nouns of a settlement, a province or a border crossing, whose place a nationality adjective after the
# name locates in its state ("مدينة البصرة العراقية", "منفذ الطوال السعودي"); a base or a prison may
# belong to another state than the one it is in ("قاعدة حميميم الروسية"), so they are left out.
_LOCATED_HEADS = frozenset(
    normalize(w) for w in ("مدينة", "محافظة", "بلدة", "قرية", "ولاية", "إقليم", "منفذ", "معبر")
)


def _country_code(c: Cand, gaz: Gazetteer) -> str | None:
    """The state a country mention names: by its name ("العراق") or its adjective ("النظام السوري")."""
    words = tuple(normalize(c.text).split())
    place = gaz.get(words) if c.kind == "name" else country_of_adjective(words[-1])
    return place.code if place is not None else None


def _relative_after(toks: list[Token], k: int) -> bool:
    """A relative pronoun (after a comma or not) follows token `k`."""
    rest = [t.norm for t in toks[k + 1 : k + 3] if t.text not in ("،", ",")][:1]
    return bool(rest) and rest[0].removeprefix("و") in _RELATIVE_WORDS


def place_country_cands(
    doc: Document, toks_by_sent: list[list[Token]], names: list[Cand], gaz: Gazetteer
) -> list[Cand]:
    """ "لاتزال الاحتجاجات في مدينة البصرة العراقية": a settlement's or province's name (after its place
    noun, or opened by it) and then a definite nationality adjective names that state where the article
    names or describes it nowhere else ("النظام السوري"): the adjective is a description of the country
    (`coref`). A state the article has needs no such mention (the relation of the place to it is found
    all the same), which would only stand as one more participant next to the place."""
    named = {code for c in names if c.cls == "Country" and (code := _country_code(c, gaz))}
    out = []
    for c in names:
        if c.coarse != "LOC" or c.kind != "name" or c.sentence is None or c.cls == "Country":
            continue
        toks = toks_by_sent[c.sentence]
        k = next((i for i, t in enumerate(toks) if t.start <= c.start < t.end), None)
        after = next((i for i, t in enumerate(toks) if t.start == c.end + 1), None)
        if k is None or after is None or doc.text[c.end] != " ":
            continue
        own_head = any(f in _LOCATED_HEADS for _, f in toks[k].forms) and c.start == toks[k].start + (
            len(toks[k].text) - len(toks[k].text.lstrip("وفبل"))
        )
        head_before = k > 0 and toks[k - 1].is_word and any(f in _LOCATED_HEADS for _, f in toks[k - 1].forms)
        adj = toks[after]
        if (
            not (own_head or head_before)
            or not adj.norm.startswith("ال")
            or (state := country_of_adjective(adj.norm)) is None
            or state.code in named
        ):
            continue
        if _relative_after(toks, after):
            continue  # "مدينة منبج السورية، التي تهدد أنقرة بمهاجمتها": the clause is the town's, and a
            # mention on the adjective would stand between the town and its relative pronoun
        out.append(
            Cand(adj.start, adj.end, adj.text, "LOC", "Country", "pattern", 0.6, "nominal", c.sentence)
        )
    return out


def governed_region_cands(doc: Document, names: list[Cand]) -> list[Cand]:
    """ "حكومة إقليم كردستان", "مجلس محافظة نينوى": the region inside its body's name is a place of
    its own (a mention within the body's, as a leader's name within "حكومة حيدر العبادي")."""
    out = []
    for c in names:
        words = list(_WORD.finditer(doc.text, c.start, c.end))
        if c.coarse != "ORG" or len(words) < 3 or normalize(words[0].group()) not in _REGION_BODY_HEADS:
            continue
        if not _region_unit(normalize(words[1].group())):
            continue
        span = (words[2].start(), c.end)
        text = surface(doc.text, *span)
        out.append(Cand(*span, text, "LOC", "Region", "pattern", 0.7, sentence=c.sentence))
    return out


_MEDIA_HEADS = frozenset(normalize(w) for w in ("شبكة", "قناة", "وكالة", "صحيفة", "إذاعة", "تلفزيون"))


def acronym_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """ "سي.بي.إس", "إف.بي.آي": letter names joined by dots without spaces spell one organisation
    acronym; its pieces are never names on their own."""
    out, i = [], 0
    while i < len(toks):
        j = i
        while (
            j + 2 < len(toks)
            and toks[j].is_word
            and len(toks[j].norm) <= 3
            and toks[j + 1].text == "."
            and toks[j].end == toks[j + 1].start == toks[j + 2].start - 1
            and toks[j + 2].is_word
            and len(toks[j + 2].norm) <= 3
            and _LETTER.match(toks[j + 2].text)
        ):
            j += 2
        if j - i >= 4 and _LETTER.match(toks[i].text):  # three letters or more
            media = (
                i > 0
                and toks[i - 1].forms[-1][1] in _MEDIA_HEADS
                or (i > 1 and toks[i - 1].text == "(" and toks[i - 2].forms[-1][1] in _MEDIA_HEADS)
            )
            cls = "MediaOrganization" if media else "Organization"
            end = toks[j].end
            out.append(Cand(toks[i].start, end, text[toks[i].start : end], "ORG", cls, "pattern", 0.85))
            out[-1].sentence = sent_i
        i = max(j, i) + 1
    return out


# Arabic spellings of the Latin letter names: "بي بي سي" (BBC), "سي إن إن" (CNN), "إف بي آي" (FBI).
_LETTER_NAMES = frozenset(
    normalize(w)
    for w in [
        "إيه",
        "أيه",
        "بي",
        "سي",
        "دي",
        "إي",
        "إف",
        "جي",
        "إتش",
        "اتش",
        "آي",
        "جيه",
        "جاي",
        "كيه",
        "كاي",
        "إل",
        "إم",
        "إن",
        "أو",
        "كيو",
        "آر",
        "إس",
        "تي",
        "يو",
        "في",
        "دبليو",
        "إكس",
        "واي",
        "زد",
    ]
)
# Letter names that are also common words (في in, إن that, أو or, أي any) cannot open an acronym.
_WORDLIKE_LETTERS = frozenset(normalize(w) for w in ("في", "إن", "أو", "أي", "آي"))
_BREAKERS = frozenset(normalize(w) for w in ("في", "أو"))  # "بي بي سي أو سي إن إن": two names
_THAT = normalize("إن")


def _letter_start(tok: Token) -> int | None:
    """Characters of an attached proclitic (لبي بي سي) before a letter name that can open an
    acronym, else None."""
    for shift in range(0, 3):
        rest, head = tok.norm[shift:], tok.norm[:shift]
        if all(ch in "وفبلك" for ch in head) and rest in _LETTER_NAMES and rest not in _WORDLIKE_LETTERS:
            return shift
    return None


def _media_context(toks: list[Token], i: int, shift: int) -> bool:
    """After a media head ("شبكة سي إن إن"), or told to ("قال مسؤول لبي بي سي"): a media outlet."""
    if i > 0 and toks[i - 1].forms[-1][1] in _MEDIA_HEADS:
        return True
    after_li = toks[i].norm[shift - 1 : shift] if shift else (toks[i - 1].norm.rstrip("\u0640") if i else "")
    to = after_li == "ل"
    spoken = any({f for _, f in t.forms} & lx.SPEECH_WORDS for t in toks[max(0, i - 8) : i])
    return to and spoken


def spelled_acronym_cands(toks: list[Token], text: str, sent_i: int) -> list[Cand]:
    """Three or more letter names in a row spell a Latin acronym, an organisation ("بي بي سي")."""
    out, i = [], 0
    while i < len(toks):
        shift = _letter_start(toks[i]) if toks[i].is_word else None
        j = i
        while shift is not None and j + 1 < len(toks) and toks[j + 1].norm in _LETTER_NAMES - _BREAKERS:
            j += 1
        if j - i >= 3 and toks[j].norm == _THAT:  # "سي إن إن إن مكتب...": the last one is "that"
            j -= 1
        if shift is not None and j - i >= 2:
            start, end = toks[i].start + shift, toks[j].end
            cls = "MediaOrganization" if _media_context(toks, i, shift) else "Organization"
            out.append(Cand(start, end, text[start:end], "ORG", cls, "pattern", 0.85, sentence=sent_i))
        i = j + 1
    return out


_LATIN_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def latin_acronym_cands(doc: Document) -> list[Cand]:
    """A Latin capital acronym in Arabic text ("(CNN)", "AFP") names an organisation; the name model
    may miss it since it is trained on Arabic script."""
    out = []
    for m in _LATIN_ACRONYM.finditer(doc.text):
        if _ROMAN.match(m.group()):
            continue  # "الثاني II": a regnal number
        out.append(
            Cand(
                m.start(),
                m.end(),
                m.group(),
                "ORG",
                "Organization",
                "pattern",
                0.6,
                sentence=doc.sentence_at(m.start()),
            )
        )
    return out


def _document_acronyms(doc: Document) -> list[Cand]:
    """Acronyms over the whole text: the sentence splitter may cut "سي.بي.إس" at its dots."""
    toks = tokenize(doc.text, 0, len(doc.text))
    out = acronym_cands(toks, doc.text, 0) + spelled_acronym_cands(toks, doc.text, 0)
    for c in out:
        c.sentence = next((k for k, s in enumerate(doc.sentences) if s.start <= c.start < s.end), None)
    return out


def find_mentions(doc: Document, gaz: Gazetteer, keep_misc: bool = False) -> list[Mention]:
    """All name and description mentions of a document, sorted by position."""
    given = given_names()
    toks_by_sent = []
    counts = Counter(normalize(doc.text).split())
    vocab = set(counts)
    inner = inner_name_words(doc)
    names: list[Cand] = []
    nominals: list[Cand] = []
    for si, sent in enumerate(doc.sentences):
        toks = tokenize(doc.text, sent.start, sent.end)
        _add_pos(toks, sent)
        toks_by_sent.append(toks)
        base = gazetteer_cands(toks, gaz, doc.text, si) + org_cands(toks, gaz, doc.text, si, counts)
        base += ministry_cands(toks, doc.text, si) + compass_region_cands(toks, doc.text, si)
        base += dual_place_cands(toks, doc.text, si) + border_post_cands(toks, doc.text, si)
        base += countryside_place_cands(toks, doc.text, si) + compass_of_place_cands(toks, doc.text, si)
        base += city_in_country_cands(toks, gaz, doc.text, si) + peninsula_cands(toks, gaz, doc.text, si)
        base += monastery_cands(toks, doc.text, si)
        base += movement_cands(toks, doc.text, si) + adjectival_movement_cands(toks, doc.text, si)
        base += organisation_cands(toks, doc.text, si) + loyal_forces_cands(toks, doc.text, si)
        base += security_body_cands(toks, doc.text, si)
        base += opposition_cands(toks, doc.text, si) + party_cands(toks, doc.text, si)
        base += programme_cands(toks, doc.text, si) + own_body_cands(toks, doc.text, si)
        ner = ner_cands(doc, si, toks, gaz, vocab, inner)
        ner = [c for c in ner if not _verbal_idiom(c, toks) and not _fixed_phrase(c, toks)]
        base = [
            c for c in base if _place_in_context(c, toks, ner, base) and not _first_name_city(c, ner, toks)
        ]
        base = [c for c in base if not _verbal_idiom(c, toks) and not _fixed_phrase(c, toks)]
        base = [_cut_before_person(doc.text, c, ner) for c in base] + ner
        # NER person / MISC spans do not hide a name after a title (reconciled below)
        typed = [c for c in base if not (c.source == "ner" and c.coarse in ("MISC", "PER"))]
        people = person_cands(toks, doc.text, si, resolve_overlaps(typed), given, counts)
        base += listed_place_cands(toks, doc.text, si, base)
        sentence = (
            base + people + quote_cands(toks, doc.text, si) + given_name_cands(toks, doc.text, si, given)
        )
        sentence += speaker_cands(toks, doc.text, si) + titled_speaker_cands(toks, doc.text, si)
        sentence += conjoined_person_cands(toks, doc.text, si, resolve_overlaps(list(sentence)))
        names.extend(sentence)
        nominals.extend(nominal_cands(toks, doc.text, si))
    names.extend(source_line_cands(doc))
    names.extend(_document_acronyms(doc))
    names.extend(latin_acronym_cands(doc))
    names = _named_movements(reconcile_people(names, counts, gaz))
    kept = resolve_overlaps(names)
    kept = resolve_overlaps(kept + propagate(doc, toks_by_sent, kept))
    kept = resolve_overlaps(kept + joined_place_cands(doc, toks_by_sent, kept))
    final = []
    for c in kept:
        if c.coarse is None:
            c.coarse = _quoted_type(c, kept) or _listed_quote_type(doc.text, c, kept)
            c.cls = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}.get(c.coarse or "", "")
        if c.coarse is None or (c.coarse == "MISC" and not keep_misc):
            continue
        final.append(c)
    _bracketed_org_names(doc.text, final)
    _surnames_as_places(final)
    final = [c for c in (_without_kin_word(doc.text, c) for c in final) if c is not None]
    final = _split_surname_pairs(doc.text, final)
    final = [_given_name_before_lineage(doc.text, c, final) for c in final]
    final = _with_known_surnames(doc.text, final)
    final = [_with_recurring_surname(doc.text, c, final, counts, gaz) for c in final]
    final = _regions_of_countries(doc.text, final)
    final = _without_office_regions(doc.text, final, gaz)
    final = _without_generic_joint_forces(final)
    final = [_with_name_suffix(doc.text, c) for c in final]
    final += led_body_cands(doc, toks_by_sent, final)
    final += governed_region_cands(doc, final)
    final += place_country_cands(doc, toks_by_sent, final + nominals, gaz)
    final += [n for n in nominals if all(n.end <= k.start or k.end <= n.start for k in final)]
    final.sort(key=lambda c: (c.start, -c.end))
    return [
        Mention(c.start, c.end, c.text, c.coarse, c.cls, c.source, c.score, c.kind, None, c.sentence)
        for c in final
    ]


_EACH_OF = tuple(normalize(w) for w in ("في", "كل", "من"))
# Words before a list of places: "بالخروج من الرستن وتلبيسة والحولة", "لا سيما حمورية وكفربطنا وسقبا"
_LIST_OPENERS = frozenset(normalize(w) for w in ("من", "في", "إلى", "سيما"))


def joined_place_cands(doc: Document, toks_by_sent: list[list[Token]], found: list[Cand]) -> list[Cand]:
    """A list of three or more one-word names joined by و after a preposition or "لا سيما", among which
    the article has found a place: the other names of the list are places too (each no common word,
    adjective or participle, and no person or body the article names)."""
    out: list[Cand] = []
    for si, toks in enumerate(toks_by_sent):
        for i, tok in enumerate(toks[:-3]):
            if tok.is_word and tok.norm in _LIST_OPENERS:
                out += _joined_places(doc.text, toks, i + 1, si, found)
    return out


def _joined_places(text: str, toks: list[Token], j: int, si: int, found: list[Cand]) -> list[Cand]:
    k = j + 1
    while k < len(toks) and toks[k].is_word and toks[k].norm[:1] == "و" and len(toks[k].norm) > 3:
        k += 1
    after = toks[k] if k < len(toks) else None
    if k - j < 3 or (after is not None and after.is_word and not lx.is_stop(after.text, after.norm)):
        return []  # a short list, or one whose last item runs on ("وكفر بطنا": a name of two words)
    known = [m for m in range(j, k) if _found_in(toks[m], found, ("LOC",))]
    if not known or any(_found_in(toks[m], found, ("PER", "ORG")) for m in range(j, k)):
        return []
    new = [m for m in range(j, k) if m not in known]
    words = {m: toks[m].norm[1:] if m > j else toks[m].norm for m in new}
    if not all(
        _dual_member(toks[m], m > j, any_pos=True)
        and not _PARTICIPLE.match(words[m])
        and not _own_places(words[m])
        for m in new
    ):
        return []
    spans = [(toks[m].start + (1 if m > j else 0), toks[m].end) for m in new]
    return [Cand(a, b, surface(text, a, b), "LOC", "Place", "pattern", 0.6, sentence=si) for a, b in spans]


def listed_place_cands(toks: list[Token], text: str, sent_i: int, found: list[Cand]) -> list[Cand]:
    """ "في كل من مخيم اليرموك والقدم والتضامن والحجر الأسود": "in each of" opens a list of places;
    next to a known place, a definite noun (with its adjective) joined by و is a place of the list."""
    out: list[Cand] = []
    for i in range(len(toks) - 3):
        if tuple(t.norm for t in toks[i : i + 3]) != _EACH_OF:
            continue
        items = _list_items(toks, i + 3)
        places = {(a, b) for a, b in items if _known_place(toks, a, b, found)}
        if not places or any(_known_other(toks, a, b, found) for a, b in items):
            continue
        for a, b in items:
            first = toks[a].norm[1:] if a > i + 3 else toks[a].norm
            second_ok = b == a or (toks[b].norm.startswith("ال") and toks[b].pos == "ADJ")
            if (a, b) in places or not (first.startswith("ال") and len(first) > 3 and second_ok):
                continue
            start = toks[a].start + (1 if a > i + 3 else 0)
            end = toks[b].end
            out.append(
                Cand(start, end, surface(text, start, end), "LOC", "Place", "pattern", 0.7, sentence=sent_i)
            )
    return out


def _list_items(toks: list[Token], j: int) -> list[tuple[int, int]]:
    """Items (first, last token) of a list joined by و from token `j`, each of one or two words."""
    items: list[tuple[int, int]] = []
    while j < len(toks) and toks[j].is_word and (not items or toks[j].norm[:1] == "و"):
        k = j
        if k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].norm[:1] != "و":
            k += 1
        if k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].norm[:1] != "و":
            return items  # a longer phrase: the list has ended, or it was none
        items.append((j, k))
        j = k + 1
    return items


def _found_in(tok: Token, found: list[Cand], coarse: tuple[str, ...]) -> bool:
    """A name of one of these types found within the word (after its clitics)."""
    return any(c.coarse in coarse and tok.start <= c.start < tok.end for c in found)


def _known_place(toks: list[Token], a: int, b: int, found: list[Cand]) -> bool:
    return any(c.coarse == "LOC" and c.start <= toks[b].start and toks[a].start <= c.start for c in found)


def _known_other(toks: list[Token], a: int, b: int, found: list[Cand]) -> bool:
    span = (toks[a].start, toks[b].end)
    return any(c.coarse in ("PER", "ORG") and c.start < span[1] and span[0] < c.end for c in found)


def _without_generic_joint_forces(cands: list[Cand]) -> list[Cand]:
    """ "القوات المشتركة" alone describes the joint forces of whatever operation; it is a name only in
    an article that names them with their state ("القوات اليمنية المشتركة")."""
    words = [tuple(normalize(c.text).split()) for c in cands]
    named = {tuple(w for w in ws if not is_nisba(w)) for ws in words if any(map(is_nisba, ws))}
    return [
        c
        for c, ws in zip(cands, words, strict=True)
        if not (len(ws) == 2 and ws[0] in _FORCES and ws[1] in _JOINT) or ws in named
    ]


def _given_name_before_lineage(text: str, c: Cand, cands: list[Cand]) -> Cand:
    """ "وزير الدولة مساعد بن محمد العيبان": a person's name cannot start with "بن"; the indefinite word
    before it is the given name, even when it reads as a title ("مساعد")."""
    words = normalize(c.text).split()
    # "بن لادن", "بن علي" alone are family names ("عائلة بن لادن"): only "بن" + father + family name
    if c.coarse != "PER" or len(words) < 3 or words[0] not in lx.LINEAGE_WORDS:
        return c
    m = re.search(r"(\w+) $", text[max(0, c.start - 20) : c.start])
    if m is None:
        return c
    w = normalize(m.group(1))
    start = c.start - len(m.group(0))
    taken = any(o is not c and o.start <= start < o.end for o in cands)
    if w in ordinary_words() and w not in lx.ALL_TITLES:
        return c  # "مقتل بن ..." : an ordinary noun governs the name
    if taken or len(w) < 3 or w.startswith("ال") or w[0] in "وف" or is_nisba(w) or lx.is_stop(m.group(1), w):
        return c
    return replace(c, start=start, text=text[start : c.end])


def _with_known_surnames(text: str, cands: list[Cand]) -> list[Cand]:
    out = [_with_known_surname(text, c, cands) for c in cands]
    grown = [(new.end, new.start) for new, old in zip(out, cands, strict=True) if new is not old]
    # the family name read alone inside a grown span goes
    return [c for c in out if not any(s < c.start and c.end <= e for e, s in grown)]


def _with_known_surname(text: str, c: Cand, cands: list[Cand]) -> Cand:
    """ "هرطقات نصرالله ورضا نقدي": a one-word person span that the article's full name of someone
    ("محمد رضا نقدي") continues with the next word takes that word, the person's family name, too (the
    lone middle name would be another person)."""
    m = re.match(r" (\w+)", text[c.end : c.end + 30])
    if c.coarse != "PER" or " " in c.text.strip() or m is None:
        return c
    pair = [normalize(c.text), normalize(m.group(1))]
    end = c.end + m.end()
    if any(o.start < end and c.end < o.end and normalize(o.text) != pair[1] for o in cands):
        return c  # the next word belongs to another name (not the family name alone)
    for o in cands:
        words = normalize(o.text).split()
        if o.coarse == "PER" and len(words) > 2 and words[-2:] == pair:
            return replace(c, end=end, text=text[c.start : end])
    return c


def _with_recurring_surname(text: str, c: Cand, cands: list[Cand], counts: Counter, gaz: Gazetteer) -> Cand:
    """ "المواطن الفرنسي لحسن عمار قبوج (55 عاما)" ... "ونفى قبوج": a model person of two words or more
    takes the next word when the article uses that word alone again, and it is no ordinary word, given
    name, place, nor part of any other name found: the family name the person is then called by."""
    m = re.match(r" (\w+)", text[c.end : c.end + 30])
    if c.coarse != "PER" or c.source != "ner" or len(c.text.split()) < 2 or m is None:
        return c
    raw, w = m.group(1), normalize(m.group(1))
    if not re.match(r"\s*[(،,]", text[c.end + m.end() : c.end + m.end() + 3]):
        return c  # the family name closes the name: a bracket or a comma follows it
    known = w in given_names() or w in ordinary_words() or w in common_words() or lx.is_stop(raw, w)
    known = known or w in lx.ALL_TITLES or _VERB_LIKE.match(w) is not None
    # "بالتقصير": a preposition and a definite noun or an ordinary word
    known = known or any(f.startswith("ال") or f in ordinary_words() for _, f in clitic_forms(raw)[1:])
    if known or counts[w] < 2 or len(w) < 3 or w.startswith("ال"):
        return c
    if any(w in normalize(o.text).split() for o in cands) or gaz.get((w,)) is not None:
        return c
    end = c.end + m.end()
    return replace(c, end=end, text=surface(text, c.start, end))


_MIDDLE_EAST = ("الشرق", "الاوسط")
_REGIONAL = re.compile("الإقليمي|الإقليمية|الاقليمي|الاقليمية")
_SCOPE_REACH = 60  # characters from "الإقليمي" to the region: the office's name and one preposition


def _without_office_regions(text: str, cands: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """ "المدير الإقليمي لبرنامج الأغذية العالمي بمنطقة الشرق الأوسط وشمال أفريقيا ووسط آسيا": world
    regions listed right after a regional office's title are the area of the job, not places in the news
    (earlier annotation leaves them optional); the list goes on through و."""
    out: list[Cand] = []
    dropped_end = -1
    for c in sorted(cands, key=lambda c: c.start):
        world = c.coarse == "LOC" and _world_region(c, gaz)
        listed = dropped_end >= 0 and text[dropped_end : c.start].strip() == "و"
        if world and (listed or _office_scope(text, c.start) or _department_scope(text, c.start)):
            dropped_end = c.end
            continue
        out.append(c)
    return out


def _world_region(c: Cand, gaz: Gazetteer) -> bool:
    words = normalize(c.text).split()
    words = words[1:] if words[:1] == [normalize("منطقة")] else words
    place = gaz.get(tuple(words))
    world = place is not None and place.cls == "Region" and place.code.isdigit()  # a UN M49 region
    return tuple(words) == _MIDDLE_EAST or world


def _office_scope(text: str, start: int) -> bool:
    """ "المدير الإقليمي ل... بمنطقة": a title word and "regional" shortly before, no comma between."""
    before = text[max(0, start - _SCOPE_REACH) : start]
    hits = list(_REGIONAL.finditer(before))
    if not hits or re.search("[،,.:؛\n]", before[hits[-1].end() :]):
        return False
    title = normalize(before[: hits[-1].start()]).split()[-1:]
    return bool(title) and (title[0] in lx.ALL_TITLES or title[0] in _OFFICES)


_OFFICES = frozenset(normalize(w) for w in ("المكتب", "مكتب", "المدير", "مدير", "الممثل", "ممثل"))
# Departments of a body named by the area they cover ("قسم الشرق الأوسط وشمال أفريقيا في المنظمة").
_DEPARTMENTS = frozenset(normalize(w) for w in ("قسم", "لقسم", "بقسم", "دائرة", "لدائرة", "بدائرة"))


def _department_scope(text: str, start: int) -> bool:
    """ "نائبة مديرة قسم الشرق الأوسط": a world region right after a department's head word is the
    department's area, not a place of the article."""
    before = normalize(text[max(0, start - 12) : start]).split()
    return bool(before) and text[start - 1 : start].isspace() and before[-1] in _DEPARTMENTS


def _surnames_as_places(cands: list[Cand]) -> None:
    """ "بومبيو يبحث القضية" ... "مايك بومبيو": a one-word model place that no gazetteer knows and that
    is the family name of a person named in the article is that person."""
    surnames = {normalize(c.text).split()[-1] for c in cands if c.coarse == "PER" and " " in c.text.strip()}
    for c in cands:
        if c.source == "ner" and c.coarse == "LOC" and c.cls == "Place" and normalize(c.text) in surnames:
            c.coarse, c.cls = "PER", "Person"


# Kin nouns that carry an owner pronoun (ابنتها، زوجها، والده): "her daughter" is no name word.
_KIN_STEMS = ("ابن", "ابنت", "نجل", "نجلت", "زوج", "زوجت", "والد", "والدت", "شقيق", "شقيقت", "اخت", "جد")
_KIN_STEMS += ("جدت", "عم", "عمت")
_OWNER_PRONOUNS = ("ها", "ه", "هم", "هما")


# Stems whose dual ("بنتان", "شقيقين") counts relatives: two daughters, two brothers
_KIN_DUAL_STEMS = frozenset(("ابن", "ابنت", "بنت", "نجل", "نجلت", "شقيق", "شقيقت", "اخت", "زوجت"))


def _kin_word(word: str) -> bool:
    return any(word == stem + p for stem in _KIN_STEMS for p in _OWNER_PRONOUNS)


def _kin_dual(word: str) -> bool:
    return word.endswith(("ان", "ين")) and word[:-2] in _KIN_DUAL_STEMS


def _without_kin_word(text: str, c: Cand) -> Cand | None:
    """ "وابنتها الأميرة صوفي": a person's span that the model opened with "her daughter" starts after
    it; what is left must still read as a name (not a lone title or an ordinary word)."""
    words = normalize(c.text).split()
    if c.coarse == "PER" and len(words) == 1 and _kin_word(words[0].removeprefix("و")):
        return None  # "نجله" alone: "his son", no name
    if len(words) == 1 and _kin_dual(words[0].removeprefix("و")):
        return None  # "في حين بقيت بنتان معها": two daughters, no place or person
    if c.coarse == "PER" and len(words) >= 2 and _kin_word(words[-1]):
        cut = text.rfind(" ", c.start, c.end)  # "تعيين الملك سلمان نجله": the king, then "his son"
        return replace(c, end=cut, text=text[c.start : cut].rstrip()) if cut > c.start else c
    if c.coarse != "PER" or len(words) < 2 or not _kin_word(words[0].removeprefix("و")):
        return c
    rest = words[1:]
    if len(rest) == 1 and (rest[0].startswith("ال") or rest[0] in common_words()):
        return None  # "ابنتها الأميرة", "ابنتها الاختباء": a title or a noun, no name at all
    cut = text.find(" ", c.start, c.end)
    start = cut + 1 if cut > 0 else c.start
    return replace(c, start=start, text=text[start : c.end])


def _split_surname_pairs(text: str, cands: list[Cand]) -> list[Cand]:
    """ "واتهم ظريف نتنياهو": a two-word person span whose words are the family names of two people
    named in full elsewhere in the article is those two people, subject then object."""
    full = [normalize(c.text).split() for c in cands if c.coarse == "PER"]
    surnames = {w[-1] for w in full if len(w) >= 2}
    out = []
    for c in cands:
        words = normalize(c.text).split() if c.coarse == "PER" else []
        span = text[c.start : c.end]
        cut = span.find(" ")
        pair = len(words) == 2 and words[0] != words[1] and set(words) <= surnames and cut > 0
        # (unless the two words end one full name of three words or more)
        if not pair or any(w[-2:] == words for w in full if len(w) > 2):
            out.append(c)
            continue
        second = c.start + len(span) - len(span[cut:].lstrip())
        out.append(replace(c, end=c.start + cut, text=span[:cut]))
        out.append(replace(c, start=second, text=text[second : c.end]))
    return out


def _bracketed_org_names(text: str, cands: list[Cand]) -> None:
    """ "جهاز الأمن الداخلي الإسرائيلي (شين بيت)": a model name in brackets right after an organisation
    name is that organisation's other name, whatever type the model gave it."""
    for org, c in zip(cands, cands[1:], strict=False):
        if org.coarse != "ORG" or c.source != "ner" or c.coarse == "ORG":
            continue
        if text[org.end : c.start].strip() == "(" and text[c.end : c.end + 2].strip()[:1] == ")":
            c.coarse, c.cls = "ORG", org.cls


def _regions_of_countries(text: str, cands: list[Cand]) -> list[Cand]:
    """ "كردستان العراق", "اقليم كردستان العراق": a region named with the country it belongs to is one
    place, so that the country is not read alone as an actor."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        region = prev is not None and prev.coarse == "LOC" and prev.cls in ("Region", "Place")
        if region and c.cls == "Country" and c.source == "gazetteer" and text[prev.end : c.start] == " ":
            out[-1] = replace(prev, end=c.end, text=text[prev.start : c.end], cls="Region")
            continue
        out.append(c)
    return out


def add_person_descriptions(doc: Document, roles: list | None = None) -> None:
    """Title phrases without a name ("قائد فيلق القدس", "الجنرال الإيراني") as nominal PER mentions."""
    from .relations import find_roles  # local import: relations builds on this module

    new = [
        Mention(
            r.start,
            r.phrase_end,
            surface(doc.text, r.start, r.phrase_end),
            "PER",
            "Person",
            "pattern",
            0.5,
            "nominal",
            None,
            r.sentence,
        )
        for r in (find_roles(doc) if roles is None else roles)
        if r.holder is None and (r.obj is not None or r.country is not None)
    ]
    doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.end))


TITLE_COUNTRY = "title-adjective"  # the source of a country mention read off a title's adjective


def _unnamed_minister(doc: Document, role: Any) -> bool:
    """ "رفضها لما صدر عن وزيرة الخارجية الكندية": a state's minister whom the article does not name;
    a function word before the title, so that no name ends there ("سامح شكري وزير الخارجية المصري")."""
    before = doc.text[max(0, role.start - 20) : role.start].split()
    return role.title in _MINISTRY and bool(before) and lx.is_stop(before[-1], normalize(before[-1]))


def add_title_countries(doc: Document, gaz: Gazetteer, roles: list) -> None:
    """`رئيس الوزراء الأردني عمر الرزاز`, `وزير الخارجية الأمريكي، مايك بومبيو` in an article that
    never names the country: the nationality adjective of an office's title, its holder named or not
    ("وزيرة الخارجية الكندية"), is a nominal mention of the country (which coreference turns into its
    entity), so that the title relates the holder to it.
    Where the country is named, the title already finds it by the adjective."""
    named = {
        p.code
        for m in doc.mentions
        if m.cls == "Country" and (p := gaz.get(tuple(normalize(m.text).split())))
    }
    # (a holder-less title is a description of its own, "وزيرة الخارجية الكندية": the adjective in it is
    # still free to name the country)
    taken = [(m.start, m.end) for m in doc.mentions if not (m.kind == "nominal" and m.coarse == "PER")]
    new = []
    for r in roles:
        if r.obj is not None or r.country is None or r.country.code in named:
            continue
        if r.rel is None:
            continue  # a bare title (الجنرال الإيراني X) says nothing of his office
        if r.holder is None and not _unnamed_minister(doc, r):
            continue  # "مسؤول تركي", "الأمير تركي": an official or a given name, no state's office
        for tok in tokenize(doc.text, r.start, r.phrase_end):
            place = country_of_adjective(tok.norm) if tok.is_word else None
            if (
                place is None
                or place.code != r.country.code
                or any(a < tok.end and tok.start < b for a, b in taken)
            ):
                continue
            start = tok.start + _conjunction_shift(tok)  # "والروسي": the adjective without و
            new.append(
                Mention(
                    start,
                    tok.end,
                    surface(doc.text, start, tok.end),
                    "LOC",
                    "Country",
                    TITLE_COUNTRY,
                    0.5,
                    "nominal",
                    None,
                    r.sentence,
                )
            )
            break
    doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.end))


def _conjunction_shift(tok: Token) -> int:
    """1 when the word is و + a nationality adjective ("والروسي"), else 0."""
    return 1 if tok.norm[:1] == "و" and not is_nisba(tok.norm) and is_nisba(tok.norm[1:]) else 0


# Plural and dual titles shared by the holders listed after them, each with his nationality ("وزراء
# الخارجية المصري سامح شكري والسعودي عادل الجبير", "وزيرا الدفاع الأمريكي ... والفرنسي ...").
_SHARED_TITLES = frozenset(normalize(w) for w in ("وزراء", "وزيرا", "رؤساء", "رئيسا", "سفراء", "سفيرا"))
_PORTFOLIO_REACH = 2  # words of the office between the shared title and the first nationality


def add_listed_title_countries(doc: Document) -> None:
    """ "وشارك وزراء الخارجية المصري سامح شكري والسعودي عادل الجبير والبحريني الشيخ خالد ...": after a
    plural or dual title, each nationality adjective right before a listed holder's name is a nominal
    mention of his country (which coreference turns into its entity), as the adjective of a singular
    title is (`add_title_countries`)."""
    people = [m for m in doc.mentions if m.kind == "name" and m.coarse == "PER"]
    if not people:
        return
    taken = [(m.start, m.end) for m in doc.mentions]
    new = []
    for si, sent in enumerate(doc.sentences):
        words = set(normalize(doc.text[sent.start : sent.end]).split())
        if not any(f in _SHARED_TITLES for w in words for _, f in clitic_forms(w)):
            continue  # tokenizing is the cost: only sentences with a shared title
        toks = tokenize(doc.text, sent.start, sent.end)
        for i, tok in enumerate(toks):
            if tok.is_word and any(f in _SHARED_TITLES for _, f in tok.forms):
                new += _listed_countries(doc, toks, i, people, si)
    new = [m for m in new if not any(a < m.end and m.start < b for a, b in taken)]
    doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.end))


def _listed_countries(
    doc: Document, toks: list[Token], i: int, people: list[Mention], si: int
) -> list[Mention]:
    """The nationality adjectives of the holders listed after the shared title at `i`."""
    j = i + 1
    while j < len(toks) and j - i <= _PORTFOLIO_REACH and _nationality_at(toks[j], first=True) is None:
        j += 1  # the office: "الخارجية", "خارجية", "الدفاع"
    out: list[Mention] = []
    first = True
    while j < len(toks):
        if not first and toks[j].text in ("،", ","):
            j += 1  # "والسعودي عادل الجبير، والبحريني ..."
        shift = _nationality_at(toks[j], first) if j < len(toks) else None
        holder = _holder_after(toks, j + 1, people) if shift is not None else None
        if holder is None:
            break
        start = toks[j].start + shift
        text = surface(doc.text, start, toks[j].end)
        out.append(
            Mention(start, toks[j].end, text, "LOC", "Country", TITLE_COUNTRY, 0.5, "nominal", sentence=si)
        )
        j, first = _token_at(toks, holder.end - 1) + 1, False
    return out


def _nationality_at(tok: Token, first: bool) -> int | None:
    """The clitic shift of a definite nationality adjective ("المصري"; after the first, "والسعودي")."""
    if not tok.is_word:
        return None
    for shift, form in tok.forms:
        conjoined = not first and tok.norm[:shift] == "و"
        if (shift == 0 or conjoined) and form.startswith("ال") and is_nisba(form):
            return shift
    return None


def _holder_after(toks: list[Token], k: int, people: list[Mention]) -> Mention | None:
    """The person's name that starts at token `k`, or after one bare title ("الشيخ خالد بن أحمد")."""
    for j in (k, k + 1):
        if j >= len(toks) or (j == k + 1 and toks[k].norm not in lx.BARE_TITLES):
            continue
        found = next((m for m in people if m.start == toks[j].start), None)
        if found is not None:
            return found
    return None


# Heads by which the news refers back to a body named before (`مسلحي التنظيم`, `وأعلنت الحركة`).
BODY_DESCRIPTIONS = frozenset(
    normalize(w)
    for w in (
        "التنظيم",
        "الحركة",
        "الجماعة",
        "الحزب",
        "الميليشيا",
        "التحالف",
        "المرصد",
        "المنظمة",
        "السفارة",
        "النيابة",
        "المركز",  # مركز الملك سلمان للإغاثة ...، وأوضح المتحدث باسم المركز
        "الوزارة",
        "الهيئة",
        "الغرفة",  # "غرفة العمليات المركزية في الجنوب" ...، "الناطق الرسمي باسم الغرفة"
        "الوحدات",  # "وحدات حماية الشعب الكردية" ...، "مطالبتها للوحدات بالانسحاب"
        "الوكالة",  # "وكالة الأنباء السورية الرسمية (سانا)" ...، "وقالت الوكالة"
    )
)


_RELATIVE_WORDS = frozenset(normalize(w) for w in ("الذي", "التي", "الذين"))
_COALITIONS = frozenset({normalize("التحالف")})
_MILITARY = frozenset(normalize(w) for w in ("العسكري", "العسكرية"))
_BODY_STEMS = re.compile(
    "تنظيم|حرك[ةه]|جماع[ةه]|حزب|ميليشيا|تحالف|مرصد|منظم[ةه]|سفار[ةه]|نياب[ةه]|مركز|وزار[ةه]|هيئ[ةه]"
    "|غرف[ةه]|وحدات|وكال[ةه]"
)


def add_body_descriptions(doc: Document) -> None:
    """A bare definite body head outside any name ("التنظيم") as a nominal ORG mention; the coref
    stage resolves it to the body named before with that head, or drops it."""
    named = [(m.start, m.end) for m in doc.mentions]
    new = []
    for si, sent in enumerate(doc.sentences):
        if not _BODY_STEMS.search(doc.text, sent.start, sent.end):
            continue  # tokenizing is the cost: only sentences that may hold a head
        toks = tokenize(doc.text, sent.start, sent.end)
        for i, tok in enumerate(toks):
            shift = next((sh for sh, f in tok.forms if f in BODY_DESCRIPTIONS), None)
            if shift is None or any(a <= tok.start < b for a, b in named):
                continue
            nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
            military = tok.norm[shift:] in _COALITIONS and nxt in _MILITARY  # "التحالف العسكري الذي تقوده"
            if (
                nxt.startswith("ال")
                and nxt not in lx.EVALUATIVE_DESCRIPTORS | _RELATIVE_WORDS
                and not military
            ):
                continue  # "الحركة التجارية": another phrase (but "التنظيم الإرهابي" is the body)
            start = tok.start + shift
            text = surface(doc.text, start, tok.end, not tok.norm[shift:].startswith("ال"))
            new.append(
                Mention(start, tok.end, text, "ORG", "Organization", "pattern", 0.5, "nominal", None, si)
            )
    doc.mentions = sorted(doc.mentions + new, key=lambda m: (m.start, -m.end))


@stage("entities", requires=("sentences",), provides=("mentions",))
def make_entities(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    extra = list(config.get("extra_gazetteer", []))
    keep_misc = bool(config.get("keep_misc", False))
    gaz = resources.get(f"kg.extract.gazetteer:{len(extra)}:{id(config)}", lambda: load_gazetteer(extra))

    def run(doc: Document) -> None:
        from .relations import find_roles  # local import: relations builds on this module

        doc.mentions = find_mentions(doc, gaz, keep_misc)
        roles = find_roles(doc)
        add_person_descriptions(doc, roles)
        add_title_countries(doc, gaz, roles)
        add_listed_title_countries(doc)
        add_body_descriptions(doc)

    return run
