"""Stage `events`: PLOVER events from trigger words, with roles, modality and merging.

Triggers come from `lexicon/triggers.tsv` (generic verbs and nouns). A word matches a
trigger after its clitics and inflectional endings are stripped, so `وحثت`, `زيارتين`
and `لاغتياله` find `حث`, `زيارة` and `اغتيال`. Roles are read from the clause around
the trigger with Arabic word-order rules (verb-subject-object, subject-verb after أن,
genitive of a verbal noun, prepositions مع / من / لدى / على / في / إلى), because the
spaCy parse may be missing; where `Sentence.doc` has a parse, its subject arc is used
first. One event per dyad is emitted for meetings and visits (the convention of event
coders such as PETRARCH), and repeated mentions of one event are merged.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from kg.extract.time import find_expressions, reference_date
from kg.model import Document, Event, Mention
from kg.pipeline import Resources, stage
from kg.text.calendar import GREGORIAN_MONTHS, WEEKDAYS, month_number
from kg.text.normalize import normalize

from . import lexicon as lx
from .entities import TITLE_COUNTRY
from .gazetteer import default_places, ordinary_words
from .nationality import country_entity, country_of_adjective, is_nisba
from .relations import ENVOY_TITLES, org_adjective

LEXICON = Path(__file__).resolve().parent / "lexicon" / "triggers.tsv"

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u064b-\u0652\u0640A-Za-z0-9]+")
_CONJ = ("", "و", "ف")
_NOUN_PREP = ("", "ب", "ل", "ك")
_VERB_PREFIX = ("", "س", "ل")
_ENCLITICS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "ني", "ك")
_INFLECTIONS = (
    "تما",
    "تم",
    "تا",
    "ات",
    "ون",
    "ين",
    "ان",
    "وا",
    "ت",
    "ا",
    "ن",
    "و",
)  # not ي: nisba adjectives
_IMPERFECT = ("ت", "ن", "ا")  # she / we / I: تزور، نزور، أزور (normalised ا)


@dataclass(frozen=True)
class Trigger:
    """One lexicon row."""

    words: tuple[str, ...]  # normalised form, one item per word
    category: str
    mode: str | None
    pos: str
    voice: str
    flags: frozenset[str]

    @property
    def weak(self) -> bool:
        return "weak" in self.flags


@dataclass(frozen=True)
class Token:
    start: int  # absolute offsets into Document.text
    end: int
    text: str
    norm: str


@dataclass
class Hit:
    """A trigger found in a sentence."""

    trigger: Trigger
    first: int  # token index of the first trigger word
    last: int  # token index of the last trigger word
    stem_affix: str  # what was stripped after the stem ("" for a bare word)
    enclitic: bool  # a possessive/object pronoun is attached


@lru_cache(maxsize=4)
def load_lexicon(path: str = str(LEXICON)) -> dict[str, list[Trigger]]:
    """Lexicon rows indexed by the normalised first word (imperfect ي-forms also under ت/ن)."""
    index: dict[str, list[Trigger]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, category, mode, pos, voice, flags = (line.split("\t") + ["-"] * 6)[:6]
        words = tuple(normalize(form).split())
        trig = Trigger(
            words,
            category,
            None if mode == "-" else mode,
            pos,
            voice,
            frozenset() if flags == "-" else frozenset(flags.split(",")),
        )
        keys = {words[0]}
        if pos == "verb" and words[0].startswith("ي"):
            keys |= {p + words[0][1:] for p in _IMPERFECT}
        for key in keys:
            index.setdefault(key, []).append(trig)
    for rows in index.values():  # the longest form wins (طرد السفير before طرد)
        rows.sort(key=lambda t: -len(t.words))
    return index


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(m.start() + offset, m.end() + offset, m.group(), normalize(m.group()))
        for m in _WORD.finditer(text)
    ]


def _strip_suffixes(stem: str) -> Iterable[tuple[str, str, bool]]:
    """(stem, stripped suffix, has enclitic) candidates, the bare word first."""
    yield stem, "", False
    for enc in ("", *_ENCLITICS):
        base = stem[: -len(enc)] if enc and stem.endswith(enc) else (stem if not enc else None)
        if base is None or len(base) < 2 or (enc == "ه" and base.endswith("ي") and not base.endswith("اي")):
            continue  # -ية is a nisba adjective (الهجومية), not a pronoun
        if enc:
            yield base, enc, True
            if base.endswith("اي"):  # لقائه: the hamza of لقاء sits on ي before a pronoun
                yield base[:-1] + "ء", enc, True
            if base.endswith("ت"):
                yield base[:-1] + "ه", "ت" + enc, True  # taa marbuta before a pronoun
            if base.endswith("و"):
                yield base + "ا", enc, True  # قتلوه <- قتلوا
        for inf in _INFLECTIONS:
            if base.endswith(inf) and len(base) - len(inf) >= 2:
                core = base[: -len(inf)]
                yield core, inf + enc, bool(enc)
                if inf in ("ات", "ين", "ان", "ا") and core.endswith("ت"):
                    yield core[:-1] + "ه", inf + enc, bool(enc)
                if inf == "ات":  # زيارات <- زيارة (not الجولان <- جولة)
                    yield core + "ه", inf + enc, bool(enc)


def _candidates(word: str) -> Iterable[tuple[str, str, str, bool]]:
    """(candidate stem, kind, suffix, enclitic) for a normalised word; kind is noun/verb/exact."""
    for conj in _CONJ:
        if not word.startswith(conj):
            continue
        rest = word[len(conj) :]
        for prep in _NOUN_PREP:
            if not rest.startswith(prep):
                continue
            core = rest[len(prep) :]
            yield core, "exact" if not prep else "exactp", "", False
            if core.startswith("لل") and prep == "":
                core = "ال" + core[2:]  # للقاء = ل + اللقاء
            noun = core[2:] if core.startswith("ال") and len(core) > 4 else core
            for stem, suffix, enc in _strip_suffixes(noun):
                yield stem, "noun", suffix, enc
        for pre in _VERB_PREFIX:
            if pre and not (rest.startswith(pre) and rest[len(pre) :][:1] in "يتنا"):  # سأزور: ا = أ
                continue
            for stem, suffix, enc in _strip_suffixes(rest[len(pre) :]):
                if not suffix.startswith("ات"):  # a noun plural: وزارات is not زار
                    yield stem, "verb", suffix, enc


_PREPOSITIONS = {"في", "علي", "الي", "من", "عن", "بعد", "قبل", "منذ", "خلال", "اثر", "جراء", "ضد", "اثناء"}
# Nouns of operations and crimes whose genitive is a verbal noun (عمليات قتل، جرائم قتل، محاولة قتل).
_OPERATION_NOUNS = {"عمليه", "عمليات", "جريمه", "جرايم", "اعمال", "حمله", "حملات", "محاوله", "محاولات"}
# "ministry" reads as و + زار + ه ("and visited him") in unvocalised text; the ministry is far commoner.
_NOT_TRIGGERS = {"وزاره", "الوزاره", "بوزاره", "لوزاره", "للوزاره", "وزارته", "وزارتها", "وزارتي"}
# "were convicted" (أدينا بالانتماء إلى ذلك التنظيم): the passive of أدان, no condemnation by anyone
_NOT_TRIGGERS |= {"ادينا", "ادينوا", "ادينت"}


def _match_at(tokens: list[Token], i: int, lexicon: dict[str, list[Trigger]]) -> Hit | None:
    if tokens[i].norm in _NOT_TRIGGERS:
        return None
    after_prep = i > 0 and (tokens[i - 1].norm in _PREPOSITIONS or tokens[i - 1].norm in _OPERATION_NOUNS)
    continued: bool | None = None  # looked up only when the word is in the lexicon
    # طالبة (a student): no verb ends in ة, which normalised text spells like the pronoun ه (طالبه)
    marbuta = tokens[i].text.endswith("ة")
    for stem, kind, suffix, enc in _candidates(tokens[i].norm):
        rows = lexicon.get(stem, ())
        if rows and continued is None:
            continued = _continued_act(tokens, i)
        # في قصف جديد: after a preposition an unvocalised verb/noun form is the noun
        nounish = after_prep or bool(continued)
        for trig in sorted(rows, key=lambda t: nounish and t.pos != "noun"):
            if (
                not _kind_ok(trig, kind, suffix)
                or ("owned" in trig.flags and not enc)
                or ("unowned" in trig.flags and enc)
            ):
                continue
            if marbuta and trig.pos == "verb" and "adverbial" not in trig.flags:
                continue  # (a feminine participle, داعية، منددة, is one)
            if trig.pos == "verb" and suffix == "و" and not stem.startswith(("ي", "ت", "ن")):
                continue  # طالبو اللجوء (asylum seekers): a past verb's plural is written وا
            last = _rest_matches(tokens, i, trig.words[1:])
            if last is None:
                continue
            hit = Hit(trig, i, last, suffix, enc)
            if "cue" in trig.flags and not _cue_near(tokens, hit):
                continue  # سحب: the citizenship (COERCE) or the aid (SANCTION) near it decides
            return hit
    return None


def _continued_act(tokens: list[Token], i: int) -> bool:
    """`يواصل الطيران التركي قصف قواعد الحزب`: after a verb of continuing or beginning and its
    unnamed definite subject, an unvocalised verb/noun form is the verbal noun, its object."""
    k = i - 1
    while k >= 0 and i - k <= _DOER_REACH and _bare(tokens[k].norm).startswith("ال"):
        k -= 1
    return k >= 0 and _aspect_verb(tokens[k].norm)


def _kind_ok(trig: Trigger, kind: str, suffix: str) -> bool:
    if kind == "noun" and suffix == "ت":
        return False  # سحبت، قصفت: the ت of a past verb, never a noun ending
    if "exact" in trig.flags:
        return kind in ("exact", "exactp")
    if "suffixed" in trig.flags and not suffix:
        return False
    if trig.pos == "verb":
        return kind in ("exact", "verb")
    return kind in ("exact", "exactp", "noun")


def _rest_matches(tokens: list[Token], i: int, rest: tuple[str, ...]) -> int | None:
    for k, word in enumerate(rest, start=1):
        if i + k >= len(tokens):
            return None
        forms = _rest_forms(tokens[i + k].norm)
        if word not in forms and word.removeprefix("ال") not in forms:
            return None
    return i + len(rest)


def _rest_forms(tok: str) -> set[str]:
    """A later word of a multi-word trigger: without ال, and without a possessive pronoun
    (`علاقاتها` for `العلاقات`)."""
    forms = {tok, tok.removeprefix("ال")}
    for enc in ("هما", "هم", "ها", "ه"):
        if tok.endswith(enc) and len(tok) - len(enc) >= 3:
            base = tok[: -len(enc)]
            base = base[:-1] + "ه" if base.endswith("ت") and not base.endswith("ات") else base
            forms |= {base, "ال" + base}
    return forms


# Stems whose presence nearby licenses a `cue` trigger (a movement verb is a protest only near one).
_CUES: dict[str, tuple[str, ...]] = {
    "PROTEST": (
        "متظاهر",
        "محتج",
        "مظاهر",
        "تظاهر",
        "احتجاج",
        "معتصم",
        "مسيره",
        "مسيرات",
        "شغب",
    ),
    "SANCTION": ("عقوب", "سفار", "قنصلي"),
    "ACCUSE": ("مسووليه",),
    "SUPPORT": ("مساند", "دعم", "تاييد"),
    "THREATEN": ("تهديد", "عقوب", "القوه", "عسكري"),
    "COERCE": ("عناصر", "متهم", "مطلوب", "خليه", "شبكه", "مشتبه", "عصابه", "الجنسيه"),
}


# Words that make a march (مسيرة) a protest: خرجت مسيرة، مسيرة حاشدة / غاضبة / سلمية، نظموا مسيرة.
_CUE_PREFIXES: dict[str, tuple[str, ...]] = {
    "PROTEST": ("خرج", "انطلق", "نظم", "ينظم", "تنظم", "شارك", "حاشد", "غاضب", "سلمي", "احتشد"),
}


# Designation as terrorist (أدرج X على لائحة المنظمات الإرهابية، صنّف X منظمة إرهابية): the cue of
# these sanction words is terror alone, which may stand after a verb-first subject, object and list.
_DESIGNATE = {"ادرج", "يدرج", "ادراج", "صنف", "يصنف", "تصنيف"}
_DESIGNATE_REACH = 10


# Trigger words with a cue of their own: freezing is a sanction only of money (جمدت تركيا رسميا أموال X).
_FREEZE_CUES = ("اموال", "ارصد", "اصول", "حسابات", "تعاملات")  # also freezing dealings with a state
_OWN_CUES: dict[tuple[str, str], tuple[str, ...]] = {
    (w, "SANCTION"): _FREEZE_CUES for w in ("جمد", "يجمد", "تجميد")
}
# withdrawing aid is a sanction (PLOVER: reduce or stop material aid): سحبت كل مساعداتها من سوريا
_OWN_CUES.update({(w, "SANCTION"): ("مساعد",) for w in ("سحب", "يسحب")})
_PROJECTILES = ("صاروخ", "صواريخ", "قذيف")  # a missile "that X fired": صاروخ ... أطلقته X
_OWN_CUES[("اطلق", "ASSAULT")] = _PROJECTILES
# firing with the subject between verb and object (أطلقت القوات الإسرائيلية، الجمعة، الرصاص الحي)
_SHOTS = ("رصاص", "النار")
_FIRE_REACH = 6
_OWN_CUES[("قطع", "PROTEST")] = ("متظاهر", "محتج", "اهالي", "غاضب", "احتجاج")
_OWN_CUES[("لقي", "ASSAULT")] = ("مصرع", "حتف")  # لقي 16 فلسطينيا مصرعهم: died, the dead in between
# "neutralising" fighters is killing them (تحييد 1614 إرهابيا; not تحييد المساجد عن المعركة)
_OWN_CUES[("تحييد", "ASSAULT")] = ("ارهابي", "عنصر", "مسلح", "متشدد", "مقاتل")
# distributing relief: توزيع أرغفة الخبز والسلال الغذائية، توزيع المساعدات (not توزيع المناصب)
_OWN_CUES[("توزيع", "AID")] = ("مساعد", "غذاي", "اغاث", "سلال", "خبز", "طبي", "اغذيه", "دواء", "ادويه")
# releasing with the subject between verb and noun (أطلقت المقاومة اليمنية سراح 70 طفلا)
_OWN_CUES[("اطلق", "CONCEDE")] = ("سراح",)
# reaching an agreement, a settlement or a truce (توصلت دمشق إلى اتفاق مع فصائل معارضة)
_OWN_CUES.update({(w, "AGREE"): ("اتفاق", "تسويه", "هدنه") for w in ("توصل", "يتوصل", "التوصل")})
# holding someone responsible: subject and object, with its relative clause, before the noun
# (ويحمل الجيش الإسرائيلي حركة حماس، التي تسيطر على غزة، مسؤولية التصعيد)
_OWN_CUES.update({(w, "ACCUSE"): ("مسووليه",) for w in ("حمل", "يحمل")})
# an arrest with the subject between verb and noun (ألقت قوات الشرطة المصرية القبض على شخصين)
_OWN_CUES.update({(w, "COERCE"): ("القبض",) for w in ("القي", "القت")})
# shooting down an aircraft (أسقطت مروحية عسكرية تركية), not a regime or charges
_AIRCRAFT_WORDS = tuple(normalize(w) for w in ("طائرة", "طائرات", "مروحي", "مقاتلة", "درون"))  # ئ -> ي
_OWN_CUES.update({(w, "ASSAULT"): _AIRCRAFT_WORDS for w in ("اسقط", "اسقاط")})
# recalling one's own envoy (واستدعت الرياض كذلك سفيرها من كندا للتشاور); not summoning another
# state's (استدعت الخارجية سفير X)
_OWN_ENVOYS = ("سفيره", "سفيرها", "سفراءه", "سفراءها")
_RECALLING = ("استدعي", "استدعت", "يستدعي")
_OWN_CUES.update({(w, "SANCTION"): _OWN_ENVOYS for w in _RECALLING})
# giving a sum of money (إن ليبيا قدمت مبلغا ماليا للحملة الانتخابية), its object right after it
_MONEY = ("مبلغ", "اموال", "مبالغ")
_OWN_CUES.update({(w, "AID"): _MONEY for w in ("قدم", "يقدم")})
_OWN_CUES[("تحدث", "CONSULT")] = ("هاتفيا",)  # وتحدث بوتين إلى نظيره الإيراني حسن روحاني هاتفيا
# attacking decisions, statements or policies is criticism (هاجمت صادقي قرارات الرئيس السابق):
# the cue must be the verb's object, right after it or its subject
_CRITICISED = ("قرار", "تصريح", "سياس", "موقف", "خطاب", "اداء")
_OWN_CUES.update({(w, "ACCUSE"): _CRITICISED for w in ("هاجم", "يهاجم")})
_CRITICISM_REACH = 3
# troops arriving are deployed (وصلت دفعة ثانية من قوات موالية ... إلى منطقة عفرين): the subject
# right after the verb is the cue, not a visitor (الرئيس وصل ... لتفقد القوات is a visit)
_TROOPS = tuple(normalize(w) for w in ("دفعة", "تعزيزات", "قوات", "رتل", "أرتال"))
_OWN_CUES.update({(w, "MOBILIZE"): _TROOPS for w in ("وصل", "يصل")})
# strengthening a presence, not ties or security: عززت قوات النظام تمركزها، عززت جماعة الحوثي من تواجدها
_PRESENCE = tuple(normalize(w) for w in ("تمركز", "تواجد", "انتشار"))
_OWN_CUES.update({(w, "MOBILIZE"): _PRESENCE for w in ("عزز", "يعزز")})
_DEAL_ACCEPTED = ("اتفاقا",)
_ACCEPT_REACH = 6  # words after قبل to the accepted deal, its subject between
_OWN_CUES[("قبل", "AGREE")] = _DEAL_ACCEPTED
_OWN_CUES.update({(w, "AGREE"): ("اتفاقيه", "معاهده") for w in ("انضم", "ينضم")})  # a treaty joined
# an armed body spreading or coming down into the streets (قوات الأمن العراقية انتشرت، نزلت ميليشيات)
_ARMED = tuple(normalize(w) for w in ("قوات", "ميليشي", "مليشي", "الجيش", "جنود", "وحدات"))
_OWN_CUES.update({(w, "MOBILIZE"): _ARMED for w in ("انتشر", "نزل")})
# relief arriving is aid delivered (وصلت بحفظ الله ورعايته أمس الطائرة الإغاثية الثالثة إلى مطار عدن)
_RELIEF_STEM, _AID_NOUN = normalize("إغاث"), normalize("مساعدات")
_RELIEF_WORDS = (_RELIEF_STEM, _AID_NOUN)
_OWN_CUES.update({(w, "AID"): _RELIEF_WORDS for w in ("وصل", "يصل")})
_RELIEF_LOAD_REACH = 6  # words after the verb (a pious phrase, a time word) to the relief load
# putting a body on a list of terrorists or of sanctions is a sanction (ووضعت الولايات المتحدة "جبهة
# تحرير الشام" على لائحة الإرهاب); putting something else somewhere (وضع حد، وضع خطة) is not
_LISTS = tuple(normalize(w) for w in ("قائمة", "لائحة"))
_LISTED_AS = tuple(normalize(w) for w in ("إرهاب", "سوداء", "عقوبات"))
_OWN_CUES.update({(w, "SANCTION"): _LISTS for w in ("وضع", "يضع")})

_BRANDISH_REACH = 14  # words from a threat verb to the "if" of its condition (its subject, a speaker between)
_DOWNING = {"اسقط", "اسقاط"}
_AIRCRAFT_REACH = 4  # tokens from the verb to the aircraft word (a subject between)


def _aircraft_country(ctx: Context, hit: Hit) -> list[str]:
    """`أسقطت مروحية عسكرية تركية`: the state whose aircraft was shot down, by the adjective after it."""
    stems = _OWN_CUES[(hit.trigger.words[0], "ASSAULT")]
    end = min(len(ctx.tokens), hit.last + 1 + _AIRCRAFT_REACH)
    for k in range(hit.last + 1, end):
        if any(stem in ctx.tokens[k].norm for stem in stems):
            return _first_adjective_country(ctx, range(k + 1, min(len(ctx.tokens), k + 4)))
    return []


# Time words do not count towards a cue's reach: وكان مجلس الأمن فرض في أبريل (نيسان) الماضي عقوبات.
_TIME_WORDS = {"في", "امس", "اليوم", "يوم", "الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "عام"}


def _time_word(norm: str) -> bool:
    return norm in _TIME_WORDS or norm in GREGORIAN_MONTHS or norm in WEEKDAYS or norm.isdigit()


_ORGANISE = {"نظم", "ينظم", "تنظم", "نظمت"}


def _cue_near(tokens: list[Token], hit: Hit) -> bool:
    designate = hit.trigger.words[0] in _DESIGNATE
    stems = ("ارهاب",) if designate else _CUES.get(hit.trigger.category, ())
    prefixes = _CUE_PREFIXES.get(hit.trigger.category, ())
    # حمّل المسؤول حزب العمال الكردستاني مسؤولية: subject and object may stand between verb and cue
    own = _OWN_CUES.get((hit.trigger.words[0], hit.trigger.category))
    if own:
        stems, prefixes = own, ()
    # نظمت حركة مناهضة العنصرية في لبنان وقفة: the organiser's name stands between verb and cue
    wide = hit.trigger.category == "ACCUSE" or hit.trigger.words[0] in _ORGANISE
    after = _DESIGNATE_REACH if designate or own else 7 if wide else 4
    # punctuation does not count either (ويحمل الجيش حركة حماس، التي تسيطر على غزة، مسؤولية)
    following = [t for t in tokens[hit.last + 1 :] if not _time_word(t.norm) and _wordlike(t.norm)]
    near = tokens[max(0, hit.first - 4) : hit.first] + following[:after]
    if own is _CRITICISED:
        near = following[:_CRITICISM_REACH]
    if own is _TROOPS or own is _MONEY:
        near = following[:1]
    if own is _ARMED:  # the subject right before the verb or right after it
        near = tokens[max(0, hit.first - 3) : hit.first] + following[:1]
    if own is _RELIEF_WORDS:
        return _relief_load(following[:_RELIEF_LOAD_REACH])
    if own is _DEAL_ACCEPTED:  # its subject first: never the word right after قبل ("before")
        return any(t.norm in own for t in following[1:_ACCEPT_REACH])
    if own is _PROJECTILES and "owned" not in hit.trigger.flags:
        return _fired(following[:_FIRE_REACH])
    if own is _LISTS:
        return _put_on_list(following[:_DESIGNATE_REACH])
    stands = hit.trigger.category == "PROTEST" and any(_stand_word(t.norm) for t in near)
    # لوحت إيران ... بالعودة إلى تخصيب اليورانيوم إذا تخلت واشنطن: brandishing an act on a condition
    brandished = hit.trigger.category == "THREATEN" and any(
        _bare(t.norm) in _IF for t in following[:_BRANDISH_REACH]
    )
    return (
        stands
        or brandished
        or any(stem in t.norm for t in near for stem in stems)
        or any(_bare(t.norm).removeprefix("ال").startswith(prefixes) for t in near)
    )


def _fired(following: list[Token]) -> bool:
    """`أطلقت القوات الإسرائيلية، الجمعة، الرصاص الحي`: shots or projectiles after the subject; not
    the ceasefire of `أطلق مبادرة لوقف إطلاق النار`."""
    for k, t in enumerate(following):
        if any(stem in t.norm for stem in _PROJECTILES + _SHOTS):
            return k == 0 or "طلاق" not in following[k - 1].norm
    return False


def _put_on_list(following: list[Token]) -> bool:
    """`على لائحة الإرهاب`, `على القائمة السوداء`: على, a list, and what the list is of."""
    for k in range(len(following) - 2):
        word = _bare(following[k + 1].norm).removeprefix("ال")
        if following[k].norm == "علي" and word in _LISTS:
            return any(stem in t.norm for t in following[k + 2 : k + 4] for stem in _LISTED_AS)
    return False


def _relief_load(following: list[Token]) -> bool:
    """Aid itself (`المساعدات`) or a vehicle described as relief (`الطائرة الإغاثية`, `قافلة إغاثة`)
    is the subject of a travel verb, before any other noun with ال that could be a visitor."""
    for k, t in enumerate(following):
        word = _bare(t.norm).removeprefix("ال")
        if word.startswith(_AID_NOUN):
            return True
        if word in _VEHICLES:
            return k + 1 < len(following) and _RELIEF_STEM in following[k + 1].norm
    return False


def _wordlike(norm: str) -> bool:
    return any(c.isalnum() for c in norm)


def _stand_word(norm: str) -> bool:
    """A protest stand (وقفة، الوقفات، ووقفة); not موقفه "his position", which contains the letters."""
    word = norm[1:] if norm[:1] in "وفب" and norm[1:3] in ("وق", "ال") else norm
    return word.removeprefix("ال") in ("وقفه", "وقفات")


# `قال X إن على Y أن ...`, `يجب على Y أن`: a statement of what Y must do is a demand made of Y.
_OBLIGATION_OPENERS = {"ان", "يجب", "ينبغي", "يتعين", "يتوجب"}
_OBLIGATION_REACH = 6  # words from على to the أن of the demanded act


def _obligation_frame(tokens: list[Token], hit: Hit) -> bool:
    then = tokens[hit.last + 2 : hit.last + 1 + _OBLIGATION_REACH]
    if tokens[hit.first].norm.startswith("و"):  # `وعلى أمريكا الانسحاب من التنف`: a clause of its own
        return len(then) > 0 and (then[0].norm.startswith("ال") or any(t.norm == "ان" for t in then))
    word = _bare(tokens[hit.first - 1].norm) if hit.first > 0 else ""
    if word in _OBLIGATION_OPENERS - {"ان"} and then and then[0].norm in ordinary_words():
        # `يجب على إيران تغيير سياستها العدوانية`: a verbal noun, without أن (not the second word of
        # a name: `ينبغي على جوناثان مونرو، كبير المديرين`)
        return True
    if word == "انه":  # قال إنه على السعودية أن تثبت: a name after على (not أنه على استعداد لأن)
        return bool(then) and then[0].norm not in ordinary_words() and any(t.norm == "ان" for t in then)
    return word in _OBLIGATION_OPENERS and any(t.norm == "ان" for t in then)


def find_triggers(tokens: list[Token], lexicon: dict[str, list[Trigger]]) -> list[Hit]:
    """Every trigger in a token list, longest match first, no overlaps."""
    hits: list[Hit] = []
    consumed: set[int] = set()  # the cue noun of a trigger with its own cue is its object, no event
    i = 0
    while i < len(tokens):
        if i in consumed:
            i += 1
            continue
        hit = _match_at(tokens, i, lexicon)  # a `cue` trigger comes back only with its cue near
        if hit and "obligation" in hit.trigger.flags and not _obligation_frame(tokens, hit):
            hit = None
        if hit:
            hits.append(hit)
            consumed |= _own_cue_tokens(tokens, hit)
            i = hit.last + 1
        else:
            i += 1
    return hits


def _own_cue_tokens(tokens: list[Token], hit: Hit) -> set[int]:
    """`سحبت كل مساعداتها`: the first word after the trigger holding its own cue (not an AID event)."""
    own = _OWN_CUES.get((hit.trigger.words[0], hit.trigger.category), ())
    for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + _DESIGNATE_REACH)):
        if any(c in tokens[k].norm for c in own):
            return {k}
    return set()


# --- clause context -------------------------------------------------------------------

_BOUNDARY = {
    "ثم",
    "حيث",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "لكن",
    "بينما",
    "فيما",
    "عندما",
    "حين",
    "بعدما",
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "لان",
    "اذ",
    "كما",
    "وقد",  # ... هما X وY، وقد جمدت أموالهم: و + قد opens a new clause
    # motive adverbs open a new phrase: طرد السفير احتجاجا على X (X is not the one expelled)
    "احتجاجا",
    "ردا",
    "تضامنا",
    "تنديدا",
    "رفضا",
    # causes: طرد السفير على خلفية اختفاء X (X did not expel anyone)
    "خلفيه",
    "جراء",
}
_RELATIVES = {"التي", "الذي", "الذين"}
_LOC_PREPS = {
    "في",
    "الي",
    "قرب",
    "داخل",
    "جنوب",
    "شمال",
    "شرق",
    "غرب",
    "وسط",
    "بمدينه",
    "بمنطقه",
    "باتجاه",
    "نحو",
    "فوق",  # غارة جوية فوق سورية: over a place
}
# prepositions and time-frame words (خلال الجمعية العامة: the assembly is no subject) that govern a phrase
_RECIP_PREPS = {"مع", "لدي", "على", "علي", "ضد", "من", "الي", "ب", "ل", "بين", "برفقه", "رفقه", "عن"}
_RECIP_PREPS |= {"خلال", "اثناء", "امام"}  # أمام: in front of a place, or conceding to a rival
_AGENT_PHRASES = (("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("من", "جانب"))  # من جانب نظام الدوحة: by
_AGENT_WORDS = {"بيد", "بايدي"}  # قتل بأيدي عملاء: by the hands of
_NEG = {"لم", "لن", "لا", "ما", "عدم", "دون", "بدون"}
_DENY = {"نفي", "نفت", "ينفي", "تنفي", "نفوا", "نفيه"}
_CANCEL = {"الغي", "الغت", "الغاء", "ارجا", "ارجات", "ارجاء", "اجل", "اجلت", "تاجيل", "يلغي", "تلغي"}
_PLAN = {
    "سوف",
    "تعهد",  # وتعهد الأسد باستعادة المنطقة: a pledge, not the act
    "تعهدت",
    "يتعهد",
    "المقرر",
    "يعتزم",
    "تعتزم",
    "ينوي",
    "تنوي",
    "المرتقب",
    "المرتقبه",
    "المقبل",
    "المقبله",
    "يتوقع",
    "المتوقع",
    "مرتقب",
    "مرتقبه",
    "خطط",  # ليس لدى تركيا خطط لإرسال قوات برية إلى سوريا: plans, not the act
    "خطه",
}
_HYPO = {"اذا", "لو", "حال", "لولا", "ربما", "قد"}
_REPORT = {
    "قال",
    "قالت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "اكد",
    "اكدت",
    "كشف",
    "كشفت",
    "اعلن",
    "اعلنت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "نقل",
    "نقلت",
    "لفت",
    "لفتت",
    "اشار",
    "اشارت",
    "صرح",
    "صرحت",
}
_TITLES = {"قائد", "رئيس", "زعيم", "امين", "وزير", "مدير", "امير", "ملك", "نائب", "قاده", "زعماء", "رؤساء"}
_TITLES |= {"وزراء"}  # رئيس وزراء المجر: the country completes the title
_TITLES |= {"نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظرائه"}  # مع نظيره التركي X: governed by مع
# Nouns that only quantify or group the name after them: `مع دول مجلس التعاون` is governed by مع.
# (and the regime of a ruler: من قبل نظام الرئيس السوري بشار الأسد)
_GROUP_HEADS = {"دول", "ممثلي", "مسؤولي", "اعضاء", "قيادات", "كل", "جميع", "بعض", "وفد", "وفود", "نظام"}
# members of an armed body after an agent phrase (على أيدي مسلحي التنظيم): the body is the agent
_FIGHTERS = {"مسلحي", "مقاتلي", "عناصر", "متشددي", "ميليشيات", "مليشيات"}
# Sentence-level cues that a hit is about something other than a physical event.
_ABSTRACT_OBJECTS = {"الحريات", "الحريه", "الحقوق", "الاقتصاد", "الدستور", "السياسه", "الفساد"}
# `يهدد التقدم التركي مصير 350 ألف شخص`: what a threat verb endangers; a danger, not a threat made.
_ENDANGERED = {"مصير", "حياه", "امن", "استقرار", "سلامه", "مستقبل", "وحده", "بقاء", "ارواح", "سلام"}


# The sets above are compared with normalised words (ئ -> ي, ة -> ه, ى -> ي).
for _words in (_RELATIVES, _LOC_PREPS, _RECIP_PREPS, _NEG, _DENY, _CANCEL, _PLAN, _HYPO, _REPORT, _TITLES):
    _words |= {normalize(w) for w in list(_words)}


# Words from a preposition to the name it governs through a title (مع معالي وزير الخارجية الألماني X).
_PREP_REACH = 5


def _title_prep(word: str) -> str | None:
    """ب / ل attached to a title word (`برئيس`, `بالملك`), else None."""
    return word[:1] if word[:1] in ("ب", "ل") and word[1:].removeprefix("ال") in _TITLES else None


def _bare(word: str) -> str:
    """A normalised word without a leading conjunction (`وزير`, `وكالة` keep their first letter)."""
    if len(word) <= 3 or word[0] not in "وف" or word in _WAW_WORDS:
        return word
    return word[1:]


@dataclass
class Context:
    """One sentence: its tokens, trigger hits and the mentions inside it."""

    index: int
    tokens: list[Token]
    hits: list[Hit]
    mentions: list[tuple[int, Mention]]  # (mention index, mention), in text order
    doc: Document

    def token_at(self, offset: int) -> int:
        for k, t in enumerate(self.tokens):
            if t.start <= offset < t.end:
                return k
        for k, t in enumerate(self.tokens):
            if t.start >= offset:
                return k
        return len(self.tokens) - 1

    def in_mention(self, k: int) -> bool:
        """Token k lies inside a mention."""
        start = self.tokens[k].start
        return any(m.start <= start < m.end for _mi, m in self.mentions)

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def mention_tokens(self, m: Mention) -> tuple[int, int]:
        first = self.token_at(m.start)
        # the last token that starts inside the mention: a name may end in a quote that no token
        # holds (`منظمة "هيومن رايتس ووتش" نددت`), and the verb after it is not part of the name
        last = bisect_left(self._starts, m.end) - 1
        return first, max(first, last)

    def prep_before(self, m: Mention, depth: int = 0) -> str | None:
        """The preposition governing a mention: an attached proclitic, the previous word, or the
        preposition before a title (`مع رئيس الحكومة X`) or an apposed name."""
        first, _ = self.mention_tokens(m)
        tok = self.tokens[first]
        attached = normalize(self.doc.text[tok.start : m.start]) if m.start > tok.start else ""
        attached = attached.lstrip("وف")
        if attached[:1] == "ل" and first > 0 and _bare(self.tokens[first - 1].norm) in _BORDER_WORDS:
            return "قرب"  # قرب الشريط الحدودي لقطاع غزة: the border of a place is at that place
        if attached[:1] in ("ب", "ل"):
            return attached[:1]
        k = first - 1
        while k >= 0 and first - k <= _PREP_REACH and depth < 3:
            if "،" in self.doc.text[self.tokens[k].end : self.tokens[k + 1].start]:
                return self._apposed_title_prep(m) or self._apposed_in_clause(k) if k == first - 1 else None
            prev = _bare(self.tokens[k].norm)
            if self._agent_phrase_at(k) or prev in _FIGHTERS and k > 1 and self._agent_phrase_at(k - 1):
                return "agent"  # بأيدي عملاء، على أيدي مسلحي التنظيم
            if prev == "من" and k > 0 and _bare(self.tokens[k - 1].norm) == "كل":
                return None  # طالبت كل من بريطانيا وفرنسا: "each of", the subject, not a من phrase
            if prev in ("مع", "بين") and k > 0 and _bare(self.tokens[k - 1].norm) in _BORDER_WORDS:
                # منطقة كوبرات الحدودية مع محافظة كركوك: bordering a place is near it; so is the border
                # between two (توافدوا على الحدود بين قطاع غزة وإسرائيل)
                return "قرب"
            if prev in _LOC_PREPS | _RECIP_PREPS | _ACCORDING:
                return prev
            # (a mention may start after the word's proclitic: وبريطانيا is no ب phrase)
            inside = next(
                (o for _mi, o in self.mentions if o is not m and _overlaps(o, self.tokens[k])),
                None,
            )
            if inside is not None and m.coarse == "PER" and inside.coarse in ("LOC", "ORG"):
                # المبعوث إلى اليمن X، مسؤول في حكومة الإقليم X: not governed by إلى / في; but
                # برئيس الحكومة اليمنية X: the preposition on the title governs the title's holder
                return self._on_title(inside)
            if inside is not None:
                return self.prep_before(inside, depth + 1)
            if letter := _title_prep(prev):
                return letter  # بالملك سلمان, برئيس الوزراء X: the preposition is on the person's title
            head_prep = self._construct_in_pp(k)
            if head_prep is not None:
                return head_prep
            # a place noun before the name is its head (على إقليم كردستان, في محافظة نينوى)
            # (an honorific too: مع معالي وزير الخارجية الألماني X)
            heads = _TITLES | _GROUP_HEADS | _PLACE_NOUNS | _HONORIFICS
            if prev not in heads and not self.tokens[k].norm.startswith("ال"):
                return None
            k -= 1
        return None

    def _apposed_title_prep(self, m: Mention) -> str | None:
        """`جمعه بالرئيس الفرنسي، إيمانويل ماكرون`: a name apposed after a comma to its title shares the
        preposition on the title (the relations stage links the two and keeps the title's span)."""
        title = next(
            (
                r
                for r in self.doc.relations
                if r.subject == m.entity and r.role_title and r.start < m.start and r.end >= m.end
            ),
            None,
        )
        if title is None:
            return None
        k = next((i for i, t in enumerate(self.tokens) if t.start <= title.start < t.end), None)
        if k is None:
            return None
        attached = normalize(self.doc.text[self.tokens[k].start : title.start]).lstrip("وف")
        if attached[:1] in ("ب", "ل"):
            return attached[:1]
        prev = _bare(self.tokens[k - 1].norm) if k > 0 else ""
        return prev if prev in _LOC_PREPS | _RECIP_PREPS else None

    def _agent_phrase_at(self, k: int) -> bool:
        """Token k ends an agent phrase (على أيدي، من قبل، بأيدي)."""
        word = _bare(self.tokens[k].norm)
        return k > 0 and (self.tokens[k - 1].norm, word) in _AGENT_PHRASES or word in _AGENT_WORDS

    def _on_title(self, m: Mention) -> str | None:
        """ب / ل attached to the title right before a mention (`برئيس الحكومة اليمنية`)."""
        first, _ = self.mention_tokens(m)
        return _title_prep(_bare(self.tokens[first - 1].norm)) if first > 0 else None

    def _apposed_in_clause(self, k: int) -> str | None:
        """ "construct" for `بعد اختفاء الصحفي السعودي البارز، جمال خاشقجي`: a name apposed after a comma
        to a description (definite words ending at token k) that completes a noun after a preposition
        of time or topic stands in that phrase as well, neither subject nor object."""
        j = k
        while j > 0 and k - j < _DESCRIPTION_REACH and self.tokens[j].norm.startswith("ال"):
            j -= 1
        if j == k or j < 1 or any(h.first <= j <= h.last for h in self.hits):
            return None
        word, before = _bare(self.tokens[j].norm), _bare(self.tokens[j - 1].norm)
        governed = not word.startswith("ال") and before in _ABOUT_PREPS | _TIME_PREPS
        return "construct" if governed else None

    def _construct_in_pp(self, k: int) -> str | None:
        """ "construct" for `بقرار تركيا`, `عن حق تركيا`: the name completes a noun that a preposition
        governs, so it is inside that prepositional phrase, neither subject nor object nor place. Not
        when the noun is a trigger (`في ضرب X`: X is the trigger's own genitive)."""
        if any(h.first <= k <= h.last for h in self.hits):
            return None
        word = _bare(self.tokens[k].norm)
        vicinity = _vicinity_prep(word, _bare(self.tokens[k - 1].norm) if k > 0 else "")
        if vicinity:  # قرب حدود العراق، بضواحي دمشق: the name is where, as after the preposition itself
            return vicinity
        if word.startswith("ال") or word in _TITLES or len(word) < 2 or word.lstrip("بل") in _PLACE_NOUNS:
            return None
        # ل + a definite noun (للشؤون الخارجية) governs no genitive: not in construct with the name
        definite = word[1:].startswith("ال") or word.startswith("لل")
        attached = word[0] in "بل" and len(word) > 4 and not definite and not _not_pp(word)
        before = _bare(self.tokens[k - 1].norm) if k > 0 else ""
        return "construct" if attached or before in _ABOUT_PREPS else None


# A border named before the place it belongs to with ل (الشريط الحدودي لقطاع غزة، الحدود الشرقية لغزة).
_BORDER_WORDS = {"الحدودي", "الحدوديه", "الحدود", "حدود", "الشرقيه", "الشماليه", "الجنوبيه", "الغربيه"}
# Nouns of the edge or surroundings of a place (قرب حدود العراق، على مشارف المدينة، بضواحي دمشق).
_VICINITY = {"حدود", "مشارف", "محيط", "ضواحي", "اطراف", "تخوم", "جبهه", "جبهات"}  # في جبهة الحديدة


def _vicinity_prep(word: str, before: str) -> str | None:
    """The place preposition that governs a vicinity noun, before it or attached (`بمحيط`)."""
    if word in _VICINITY and before in _LOC_PREPS | {"علي", "عند"}:
        return before if before in _LOC_PREPS else "في"
    if word[:1] == "ب" and word[1:] in _VICINITY:
        return "في"
    return None


# Words that begin with ب or ل without being a preposition and a noun (بينها طهران: among them).
_NOT_PP_NOUNS = ("بلاد", "بلدان", "بعد", "بين", "بدون", "لدي", "لكن", "لاجل", "بسبب", "بشان", "لصالح")


def _not_pp(word: str) -> bool:
    return word.startswith(_NOT_PP_NOUNS)


# Prepositions whose noun's genitive is not a participant of the verb (دافع عن حق X، رد على قرار X).
_ABOUT_PREPS = {"عن", "علي", "ضد"}
# A place noun before a name is its apposed class (في مدينة البصرة), not a construct head.
_PLACE_NOUNS = {"مدينه", "مدن", "منطقه", "محافظه", "ولايه", "اقليم", "عاصمه", "بلده", "قريه", "دوله", "مخيم"}
_PLACE_PARTS = {"مركز", "وسط", "معظم", "كامل"}  # the centre, most of a place (السيطرة على مركز مدينة عفرين)


def _entity_of(m: Mention) -> str | None:
    return m.entity


def _actor_capable(m: Mention, doc: Document) -> bool:
    if m.entity is None:  # a description the coreference stage left without an entity
        return False
    if m.coarse in ("PER", "ORG"):
        return True
    if m.coarse == "LOC" and m.cls == "Country":
        return True
    try:  # "ونددت موسكو": a capital that coreference resolved to its state acts for it
        return doc.entity(m.entity).cls == "Country"
    except KeyError:
        return False


# --- roles ----------------------------------------------------------------------------


@dataclass
class Roles:
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    elided_actor: bool = False
    embedded_actor: bool = False  # named inside a relative clause (الغارات التي يشنها X)
    launched: bool = False  # the subject of a verb of carrying out before the noun (شنت X غارات)


def _window(ctx: Context, hit: Hit) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around a trigger."""
    lo = _quote_start(ctx, hit)
    for k in range(hit.first - 1, lo - 1, -1):
        if (
            _bare(ctx.tokens[k].norm) in _BOUNDARY
            or any(h.last == k for h in ctx.hits)
            or _stop_after(ctx, k)
        ):
            lo = k + 1
            break
    hi = len(ctx.tokens)
    noun = hit.trigger.pos == "noun"
    for k in range(hit.last + 1, len(ctx.tokens)):
        word = _bare(ctx.tokens[k].norm)
        if _stop_after(ctx, k - 1):
            hi = k
            break
        if noun and word in _RELATIVES:
            continue  # عملية القصف التي طاولت X: the relative clause describes the event
        if _fired_on_crowd(ctx, hit, k):
            continue  # فتحت قوات الأمن النار على متظاهرين شباب في البصرة: the crowd is the target
        if word in _BOUNDARY or any(h.first == k and (noun or h.trigger.pos == "verb") for h in ctx.hits):
            hi = k
            break
        if _clause_end(ctx.tokens[k].norm) or _said_of(ctx, k):
            hi = k
            break
    return lo, hi


def _fired_on_crowd(ctx: Context, hit: Hit, k: int) -> bool:
    """Token k is a protest crowd noun (متظاهرين، محتجين) right after an attack trigger's على."""
    if hit.trigger.category != "ASSAULT" or k != hit.last + 1 or _bare(ctx.tokens[hit.last].norm) != "علي":
        return False
    crowd = next((h for h in ctx.hits if h.first == k and h.trigger.category == "PROTEST"), None)
    return crowd is not None and ctx.tokens[k].norm.removeprefix("ال").startswith(lx.PROTESTER_STEMS)


def _said_of(ctx: Context, k: int) -> bool:
    """`في حملة قال عنها رئيس الوزراء X`: what someone said of the event starts a clause of its own."""
    nxt = ctx.tokens[k + 1].norm if k + 1 < len(ctx.tokens) else ""
    return _bare(ctx.tokens[k].norm) in _REPORT and nxt.startswith("عن") and len(nxt) > 2


def _clause_end(word: str) -> bool:
    """`... وفقا لبيان نشرته الخارجية`, `يرفض القرار وقال السيناتور X`: a source phrase or a new
    reporting verb joined by و ends the clause; the names after it are not the event's."""
    return word in _ACCORDING or (word.startswith("و") and word[1:] in _REPORT)


def _quote_start(ctx: Context, hit: Hit) -> int:
    """First token of the quotation the trigger stands in (`وقال X "ستفرض الولايات المتحدة ..."`:
    the quoted clause has its own subject; the speaker is its attribution), else 0."""
    start = ctx.tokens[0].start
    text = ctx.doc.text[start : ctx.tokens[hit.first].start]
    opened = max(text.rfind("«"), text.rfind("“"))
    if opened < max(text.rfind("»"), text.rfind("”")):
        opened = -1
    if text.count('"') % 2:
        opened = max(opened, text.rfind('"'))
    if opened < 0:
        return 0
    return next(k for k, t in enumerate(ctx.tokens) if t.start > start + opened)


_FULL_STOP = re.compile(r"[.!?؟؛;:]")  # a colon too: `اختفاء X: Y يبحث` (headline), `قال: ...`


def _stop_after(ctx: Context, k: int) -> bool:
    """A full stop or semicolon between token k and the next one (a sentence the splitter missed,
    `دمشق».وأضاف`, or a clause ended by `؛`)."""
    if k + 1 >= len(ctx.tokens) or k < 0:
        return False
    return bool(_FULL_STOP.search(ctx.doc.text[ctx.tokens[k].end : ctx.tokens[k + 1].start]))


def _each_of(ctx: Context, m: Mention) -> bool:
    """The mention opens a list after `كل من` ("each of")."""
    first = ctx.mention_tokens(m)[0]
    return first >= 2 and [_bare(t.norm) for t in ctx.tokens[first - 2 : first]] == ["كل", "من"]


def _groups(ctx: Context, items: list[tuple[int, Mention]]) -> list[list[tuple[int, Mention]]]:
    """Split mentions into coordinated noun-phrase groups (joined by و, without a preposition)."""
    groups: list[list[tuple[int, Mention]]] = []
    prev_end = -1
    for mi, m in items:
        first, last = ctx.mention_tokens(m)
        joined = False
        if groups and prev_end >= 0:
            between = ctx.tokens[prev_end + 1 : first + 1]
            has_comma = (
                "،" in ctx.doc.text[ctx.tokens[prev_end].end : m.start]
                or "," in ctx.doc.text[ctx.tokens[prev_end].end : m.start]
            )
            starts_with_and = bool(between) and _conjunction(between[0].norm)
            # "استنكرت مملكة البحرين وبشدة تصريحات X": و + an adverb joins the verb, not two names
            starts_with_and = starts_with_and and between[0].norm[1:] not in lx.MANNER_ADVERBS
            # a trigger between them opens another phrase (واجهت عمليات قتل وتفجير نفذها "داعش")
            trigger_between = any(prev_end < h.first < first for h in ctx.hits)
            # "كل من X، وY، وZ": commas before و stay inside a list opened by كل من
            listed = _each_of(ctx, groups[-1][0][1])
            if listed:  # ... ومنظمة الخوذ البيضاء، الدفاع المدني في ...، و"الائتلاف": an apposition between
                starts_with_and = _conjunction(ctx.tokens[first].norm) or _conjunction(
                    ctx.tokens[first - 1].norm
                )
            comma_breaks = has_comma and not listed
            joined = starts_with_and and not (comma_breaks or trigger_between) and ctx.prep_before(m) is None
            apposed = all(_bare(t.norm) in _HONORIFICS for t in ctx.tokens[prev_end + 1 : first])
            # apposition, also across الشيخ / الدكتور; a person is not apposed to a place phrase
            # (المبعوث إلى اليمن X) or to a body after في
            place = groups[-1][-1][1]
            # also after a body: مسؤول في حكومة الإقليم X, الأمين العام لمجلس X الدكتور Y
            person_after_place = (
                m.coarse == "PER"
                and place.coarse in ("LOC", "ORG")
                and ctx.prep_before(place) in _LOC_PREPS | {"ل", "ب"}
            )
            # a country right after a person's name is the verb's object (هدد ترامب تركيا), not apposed
            country_after_name = (m.cls == "Country" or (m.coarse == "LOC" and m.kind == "name")) and (
                place.coarse == "PER" and place.kind == "name"
            )  # also a city: زار ... عبد الفتاح السيسي الرياض
            # nor is a body or a person after a verb's country subject (أدرجت الولايات المتحدة حزب العمال)
            name_after_country = (
                place.cls == "Country"
                and (place.kind == "name" or _state_description(ctx, place))  # كما اتهم النظام السوري إسرائيل
                and (m.coarse in ("ORG", "PER") or m.cls == "Country")
                # right after the verb, or closing a coordinated list (طالبت كل من بريطانيا وفرنسا إيران)
                and (any(h.last + 1 == ctx.mention_tokens(place)[0] for h in ctx.hits) or len(groups[-1]) > 1)
            )
            # nor a body after a verb's subject body that a nationality adjective ends (دعت المنظمة
            # الصهيونية الأميركية الحكومة الأميركية)
            # (or a definite body after any named body: دعت حكومة إقليم كردستان الحكومة العراقية)
            body_after_body = (
                m.coarse == "ORG"
                and (_ends_with_nationality(place) or _definite_body_after_body(m, place))
                and any(h.last + 1 == ctx.mention_tokens(place)[0] for h in ctx.hits)
            )
            # nor a body right after a verb's subject named as a person (ودعا عباس الأمم المتحدة)
            body_after_person = _body_after_person(ctx, place, m) and any(
                h.last + 1 == ctx.mention_tokens(place)[0] for h in ctx.hits
            )
            # nor two people named back to back after the verb (واتهم ظريف نتنياهو): subject, object
            person_after_person = (
                m.coarse == place.coarse == "PER"
                and m.kind == place.kind == "name"
                and m.entity != place.entity
                and any(h.last + 1 == ctx.mention_tokens(place)[0] for h in ctx.hits)
            )
            separate = has_comma or person_after_place or country_after_name or name_after_country
            separate = separate or person_after_person
            separate = separate or body_after_body or body_after_person
            separate = separate or (listed and len(groups[-1]) > 1 and not starts_with_and)
            joined = joined or (apposed and not separate)
        if joined:
            groups[-1].append((mi, m))
        else:
            groups.append([(mi, m)])
        prev_end = last
    return groups


def _definite_body_after_body(m: Mention, before: Mention) -> bool:
    """A named body opened by the article right after another named body: a verb's object after its
    subject, not an apposition (which a comma would set off)."""
    return before.coarse == "ORG" and before.kind == m.kind == "name" and normalize(m.text).startswith("ال")


# Title and place words that begin with و (وزير X is not "and" + زير X).
_WAW_WORDS = {"وزير", "وزيره", "وزراء", "وزاره", "وفد", "وكيل", "وكاله", "ولي", "والي", "وحده", "وسط", "وفق"}
_WAW_WORDS |= {"فيما"}  # "while": its ف is no conjunction (a clause opener, `فيما دمرت قوات التحالف`)


def _state_description(ctx: Context, m: Mention) -> bool:
    """`النظام السوري`, `الجانب الأمريكي`: a state named by a noun and its adjective (not a capital,
    `العاصمة العراقية بغداد`, nor a title's complement, `رئيس النظام السوري بشار الأسد`: a name follows
    those)."""
    if m.kind != "nominal" or normalize(m.text).split()[0] not in lx.COUNTRY_NOMINAL_HEADS:
        return False
    first = ctx.mention_tokens(m)[0]
    return first == 0 or _bare(ctx.tokens[first - 1].norm) not in _TITLES


def _overlaps(m: Mention, token: Token) -> bool:
    return m.start < token.end and token.start < m.end


def _conjunction(word: str) -> bool:
    """Does a word start with the conjunction و (or is it أو)?"""
    if word == "او":
        return True
    return word.startswith("و") and word not in _WAW_WORDS and word.removeprefix("ال") not in _WAW_WORDS


def _keys(group: list[tuple[int, Mention]]) -> list[str]:
    out: list[str] = []
    for _mi, m in group:
        key = _entity_of(m)
        if key and key not in out:
            out.append(key)
    return out


def _head_of_group(ctx: Context, group: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """The participants a group names: a person in apposition wins over the organisation in his title."""
    people = [(mi, m) for mi, m in group if m.coarse == "PER" and m.entity]
    if people and len(people) < len(group):
        return people
    return group


def _title_holder(ctx: Context, m: Mention) -> str | None:
    """`قائد X` with a known leaderOf(P, X) relation: P is meant, not X; `ولي عهد X، الأمير P`: the
    crown prince named in that title phrase."""
    first, _ = ctx.mention_tokens(m)
    if first == 0 or not m.entity:
        return None
    if _bare(ctx.tokens[first - 1].norm) in _TITLES:
        for rel in ctx.doc.relations:
            if rel.type == "leaderOf" and rel.object == m.entity:
                return rel.subject
    crown = first > 1 and ctx.tokens[first - 1].norm == "عهد" and _bare(ctx.tokens[first - 2].norm) == "ولي"
    if crown:
        for rel in ctx.doc.relations:
            if rel.object == m.entity and rel.start <= m.start < rel.end:
                return rel.subject
    return None


def _group_keys(ctx: Context, group: list[tuple[int, Mention]]) -> list[str]:
    keys: list[str] = []
    for _mi, m in _head_of_group(ctx, group):
        key = _title_holder(ctx, m) or _entity_of(m)
        if key and key not in keys:
            keys.append(key)
    return keys


def assign_roles(ctx: Context, hit: Hit, previous_actor: list[str]) -> Roles:
    """Actor, recipients and places of one trigger from its clause."""
    lo, hi = _window(ctx, hit)
    roles = Roles()
    before = [
        (mi, m)
        for mi, m in ctx.mentions
        if lo <= ctx.mention_tokens(m)[0] and ctx.mention_tokens(m)[1] < hit.first
    ]
    if (opened := _contrast_clause_end(ctx, hit)) is not None:  # وبينما لم يتطرق X ...، دعا Y
        before = [(mi, m) for mi, m in before if ctx.mention_tokens(m)[0] > opened]
    means = _means_after(ctx, hit)  # قتل X في غارات شنتها طائرات Y: what follows the raids is theirs
    hi = min(hi, means.first) if means is not None else hi
    after = [(mi, m) for mi, m in ctx.mentions if hit.last < ctx.mention_tokens(m)[0] < hi]
    # a noun phrase coordinated with a prepositional one shares its preposition (في X وY)
    governed = [g for g in _groups(ctx, after) if ctx.prep_before(g[0][1]) is not None]
    prep_after = [item for g in governed for item in g]
    free_after = [item for item in after if item not in prep_after]
    _places_from(ctx, hit, after, roles)
    if hit.trigger.pos == "noun":
        _noun_roles(ctx, hit, before, free_after, prep_after, roles, previous_actor)
    elif hit.trigger.voice == "passive":
        _passive_roles(ctx, free_after, prep_after, roles)
        if hit.trigger.pos == "verb" and not roles.recipients:  # أن X وضعت في الحجز: X is held
            roles.recipients = _subject_right_before(ctx, hit, before)
    elif _agent_phrase_after(ctx, hit):  # خاشقجي قتل بأيدي عملاء: an unvocalised passive
        _passive_roles(ctx, free_after, prep_after, roles)
        roles.recipients = _subject_before(ctx, before) + roles.recipients
        roles.actors = roles.actors or _shot_by(ctx, hit) or _agent_adjective(ctx, hit)
    elif (
        _killed_by_means(ctx, hit, before, free_after)
        or _vocalised_passive(ctx, hit)
        or _spelled_passive(ctx, hit)
        or _person_killed(ctx, hit, before, free_after)
    ):
        # X قتل في غارة للتحالف: the raid's attacker kills; اعتُقل، وتُتهم: the damma marks a passive
        _passive_roles(ctx, free_after, prep_after, roles)
        roles.recipients = _subject_before(ctx, before) + roles.recipients
        roles.recipients = roles.recipients or _pronoun_on(ctx, hit)
    elif _counted_victims(ctx, hit, previous_actor):  # وقتل 138 فلسطينيا منذ بداية التظاهرات
        _passive_roles(ctx, free_after, prep_after, roles)
    else:
        _verb_roles(ctx, hit, before, free_after, prep_after, roles, previous_actor)
    if hit.trigger.pos == "verb" and not roles.actors and (members := _members_before(ctx, hit, before)):
        roles.actors = members  # ان مقاتلين من حزب العمال الكردستاني هاجموا: the body's fighters act
        roles.recipients = [k for k in roles.recipients if k not in members]
    if not before and (members := _members_after(ctx, hit)):  # وطلب النواب في مجلس الشيوخ من X
        roles.actors = members
        roles.recipients = [k for k in roles.recipients if k not in members]
    _undergoer(ctx, hit, before, roles)
    _faced(ctx, hit, before, roles)
    if hit.trigger.words[0] in _DOWNING and not roles.recipients:
        roles.recipients = _aircraft_country(ctx, hit)
    control = hit.trigger.pos == "noun" and hit.trigger.words[0] in _CONTROL  # السيطرة الكاملة
    if ("achieved" in hit.trigger.flags or control) and not roles.actors:
        roles.actors = _achiever(ctx, hit, before)
    if hit.trigger.flags & {"declared", "performed"} and not roles.actors:
        roles.actors = _subject_of_verb_at(ctx, _governing_verb(ctx, hit), before)
        roles.actors = roles.actors or _performer_before_noun(ctx, hit, before)
    if hit.trigger.words[0] == _FOUND_KILLED and not roles.recipients:
        # وعثر على الأنبا أبيفانيوس مقتولا: the one found killed is named right before
        roles.recipients = [
            m.entity for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[1] == hit.first - 1
        ]
    if hit.trigger.words[0] in _EVIDENCE and not roles.actors and (reporter := attribution_of(ctx, hit)):
        roles.actors = [reporter]  # قالت X ... إن الدلائل تشير إلى النظام السوري: she accuses
    if hit.trigger.words[0] == _COMPLAINT and not roles.recipients:
        roles.recipients = _complained_of(ctx, hit, roles.actors)
    if hit.trigger.category == "ASSAULT" and not roles.actors:
        fighters, fought = _clash_parties(ctx, hit, after, hi)
        roles.actors = fighters
        roles.recipients = [k for k in roles.recipients if k not in fighters] + fought
    if hit.trigger.category == "ASSAULT":
        roles.recipients += [k for k in _counted_members(ctx, hit, prep_after) if k not in roles.recipients]
    if hit.trigger.category == "CONSULT" and not roles.recipients:
        roles.recipients = _with_pronoun(ctx, hit, roles.actors) or _titled_counterpart(ctx, hit, roles)
        roles.recipients = roles.recipients or _far_with(ctx, hit, roles.actors)
    if hit.trigger.mode == "phone" and (told := _told_on_phone(ctx, hit, before)):
        caller, roles.recipients = told  # وأكد العاهل السعودي لترامب في اتصال هاتفي
        roles.actors = [k for k in caller or roles.actors if k not in roles.recipients]
    if not roles.actors and hit.trigger.category == "RETREAT":
        # إجلاء مقاتلين من "جيش الإسلام": the armed body the fighters come from withdraws
        roles.actors = [k for k in roles.recipients if _coarse(ctx.doc, k) == "ORG"]
        roles.recipients = [k for k in roles.recipients if k not in roles.actors]
    if not roles.actors and hit.trigger.category in ("ASSAULT", "AID"):
        roles.actors = _adjective_actor(ctx, hit, hi)  # ضربة جوية أمريكية، مساعدات فرنسية
    if not roles.actors and hit.trigger.category == "AID":
        roles.actors = _carrier_country(ctx, hit)  # حطت طائرة سعودية ... حيث أوصلت ... المساعدات
    if hit.trigger.category == "MOBILIZE" and (shown_by := _adjective_actor(ctx, hit, hi)):
        roles.actors = shown_by  # `مناورات بحرية إيرانية رأت فيها واشنطن تهديدا`: Iran's exercises
    if hit.trigger.category == "SANCTION" and not roles.recipients:
        roles.recipients = _pronoun_on(ctx, hit, skip=set(), exclude=roles.actors)
    first_person = _first_person(ctx, hit)
    speaker = _speaker(ctx, hit) if first_person else None
    if speaker:  # نقلت الوكالة عن الأسد قوله "سأزور كوريا الشمالية": the speaker visits
        roles.actors, roles.elided_actor = [speaker], False
    elif first_person and roles.actors and _named_after_only(ctx, hit, roles.actors):
        # وتابع: "... نطالب السلطات القطرية بإعادة كافة الحقوق": "we" demand (the speaker of the
        # sentence before); the name after the verb is asked
        roles.recipients = _unique(roles.actors + roles.recipients)
        reporter = previous_actor or _recent_reporter(ctx, hit)
        roles.actors, roles.elided_actor = list(reporter), bool(reporter)
    relay = _relayed_speaker(ctx, hit)
    if relay and roles.actors == relay[:1]:  # نقلت تاس عن شويغو قوله خلال اجتماع: Shoigu met, not TASS
        roles.actors = relay[1:]
    metonymic = _metonymic_subject(ctx, hit, lo)
    # what looked like the verb-subject-order subject is the object; a subject of several places
    # (أن موسكو ودمشق تطالبان) already holds the one before the verb
    if metonymic and not set(metonymic) <= set(roles.actors):
        roles.recipients = [k for k in roles.actors if k not in metonymic] + roles.recipients
        roles.actors = metonymic
    roles.actors = _unique(roles.actors)
    # a city or region (أصفهان وكرج، المنطقة الخضراء) is where an event happens, it does not act
    hosts = _witnesses(ctx)  # شهدت إيران احتجاجات: the country is where they happen, not who protests
    roles.places += [k for k in roles.actors if not _actor_capable_key(ctx, k) and k not in metonymic]
    roles.places += [k for k in roles.actors if k in hosts and k not in metonymic]
    if hit.trigger.pos == "noun" and not roles.places:  # وشهدت البصرة مظاهرات: where they happen
        roles.places += sorted(hosts)
    if hit.trigger.pos == "noun" and hit.trigger.category == "PROTEST" and not roles.places:
        roles.places = _place_before_noun(ctx, hit, before) or _residents_area(ctx, hit)
    if hit.trigger.category == "PROTEST":  # احتج عدد من سكان بن قردان: the residents' town is where
        residents = [k for k in roles.actors if _residents_of(ctx, k)]
        roles.places += residents
        roles.actors = [k for k in roles.actors if k not in residents]
    if not roles.places:
        roles.places = _where_antecedent(ctx, lo) or _fronted_place(ctx, hit)
    roles.actors = [
        k for k in roles.actors if (_actor_capable_key(ctx, k) and k not in hosts) or k in metonymic
    ]
    if hit.trigger.words[0] == "حرب":
        _war_waged(ctx, hit, roles)
    roles.recipients = [k for k in _unique(roles.recipients) if k not in roles.actors]
    roles.places = [k for k in _unique(roles.places) if k not in roles.actors and k not in roles.recipients]
    return roles


_RESIDENTS = {"سكان", "اهالي", "اهل"}


_FAR_WITH_REACH = 20  # tokens from a meeting verb to its مع phrase (the subject's titles between)


def _far_with(ctx: Context, hit: Hit, actors: list[str]) -> list[str]:
    """`بحث الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير
    الدفاع السعودي، مع الرئيس رمضان أحمد قاديروف`: the first named party after مع, beyond the usual
    reach when the subject's titles fill the space, with no other trigger between."""
    if hit.trigger.pos != "verb" or not actors:
        return []
    # (any trigger between, even a meeting: `والتقى زعماء ميليشيات ...، قبل أن يجري اجتماعا مع X`)
    later = [h.first for h in ctx.hits if h.first > hit.last]
    stop = min(later + [hit.last + 1 + _FAR_WITH_REACH])
    for k in range(hit.last + 1, min(stop, len(ctx.tokens) - 1)):
        if ctx.tokens[k].norm != "مع" or ctx.in_mention(k):
            continue
        for _mi, m in ctx.mentions:
            first = ctx.mention_tokens(m)[0]
            titled = all(_title_word(t.norm) or t.norm in _HONORIFICS for t in ctx.tokens[k + 1 : first])
            if (
                k < first <= k + 3
                and titled
                and m.entity
                and m.entity not in actors
                and m.coarse in ("PER", "ORG")
            ):
                return [_title_holder(ctx, m) or m.entity]
        return []
    return []


def _told_on_phone(
    ctx: Context, hit: Hit, before: list[tuple[int, Mention]]
) -> tuple[list[str], list[str]] | None:
    """`وأكد العاهل السعودي لترامب في اتصال هاتفي ...`: who said something to whom in a phone call;
    the name with ل right before `في اتصال` is the other party, the subject before it the caller."""
    if hit.first < 2 or _bare(ctx.tokens[hit.first - 1].norm) not in ("في", "خلال"):
        return None
    told = [(mi, m) for mi, m in before if ctx.mention_tokens(m)[1] == hit.first - 2]
    if not told or ctx.prep_before(told[0][1]) != "ل" or not _actor_capable(told[0][1], ctx.doc):
        return None
    return _subject_before(ctx, [item for item in before if item not in told]), _keys(told)


def _residents_of(ctx: Context, key: str) -> bool:
    """The entity is named in the sentence as the place of its residents (`سكان بن قردان`)."""
    for _mi, m in ctx.mentions:
        first = ctx.mention_tokens(m)[0]
        if m.entity == key and first > 0 and _bare(ctx.tokens[first - 1].norm) in _RESIDENTS:
            return True
    return False


_PLACE_BEFORE_REACH = 6  # words from a place phrase to the protest noun it locates
_AREA_NOUNS = {"منطقه", "مدينه", "بلده", "قريه", "حي", "مخيم"}


def _residents_area(ctx: Context, hit: Hit) -> list[str]:
    """`أقفل المطمر الرئيسي في منطقة الناعمة جنوب بيروت، بسبب احتجاج سكان المنطقة`: "the residents of
    the area" protest in the area named before with the same noun (منطقة الناعمة)."""
    words = [_bare(t.norm) for t in ctx.tokens[hit.last + 1 : hit.last + 3]]
    if len(words) < 2 or words[0] not in _RESIDENTS or not words[1].startswith("ال"):
        return []
    noun = words[1].removeprefix("ال")
    if noun not in _AREA_NOUNS:
        return []
    for _mi, m in reversed(ctx.mentions):
        first = ctx.mention_tokens(m)[0]
        if first >= hit.first or m.coarse != "LOC" or not m.entity:
            continue
        if _bare(ctx.tokens[first].norm) == noun or (first > 0 and _bare(ctx.tokens[first - 1].norm) == noun):
            return [m.entity]
    return []


def _place_before_noun(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`انطلقت في بغداد ومحافظات عراقية أخرى أمس تظاهرات`: a place phrase just before a protest noun,
    in the same clause (no comma, no other event word between), is where the protest is."""
    groups = _groups(ctx, before)
    if not groups:
        return []
    group = groups[-1]
    head, last = group[0][1], ctx.mention_tokens(group[-1][1])[1]
    if head.coarse != "LOC" or ctx.prep_before(head) not in _LOC_PREPS | {"ب"}:
        return []
    gap = ctx.tokens[last + 1 : hit.first]
    between = ctx.doc.text[ctx.tokens[last].end : ctx.tokens[hit.first].start]
    if len(gap) > _PLACE_BEFORE_REACH or any(p in between for p in "،,.:()"):
        return []
    if any(last < h.first < hit.first for h in ctx.hits):
        return []
    return [m.entity for _mi, m in group if m.coarse == "LOC" and m.entity]


def _relayed_speaker(ctx: Context, hit: Hit) -> list[str]:
    """[reporter, speaker] of `نقلت X عن Y قوله` before the trigger, else []."""
    if not any(t.norm == "عن" for t in ctx.tokens[: hit.first]):
        return []
    starts = {ctx.mention_tokens(m)[0]: m for _mi, m in ctx.mentions if m.entity}
    ends = {ctx.mention_tokens(m)[1]: m for _mi, m in ctx.mentions if m.entity}
    for k in range(2, hit.first - 1):
        speaker, reporter = starts.get(k + 1), ends.get(k - 1)
        if ctx.tokens[k].norm != "عن" or speaker is None or reporter is None:
            continue
        after = ctx.mention_tokens(speaker)[1] + 1
        before = ctx.mention_tokens(reporter)[0] - 1
        quoted = after < hit.first and ctx.tokens[after].norm.startswith("قول")
        if quoted and before >= 0 and _bare(ctx.tokens[before].norm) in _RELAY:
            return [reporter.entity, speaker.entity]
    return []


_RELAY = {"نقلت", "نقل"}


_WITNESS = ("شهد", "تشهد", "يشهد")


def _witnesses(ctx: Context) -> set[str]:
    """Places named right after or before a form of شهد "witnessed" (شهدت إيران، التي تشهدها إيران،
    البصرة تشهد): the scene of the events of the sentence."""
    out: set[str] = set()
    for _mi, m in ctx.mentions:
        if m.coarse != "LOC" or not m.entity:
            continue
        first, last = ctx.mention_tokens(m)
        before = first - 1
        if before > 0 and _bare(ctx.tokens[before].norm) in _PLACE_NOUNS:
            before -= 1  # وتشهد محافظة البصرة
        after = last + 1
        while after < len(ctx.tokens) and after - last <= 2 and _scene_skip(ctx.tokens[after].norm):
            after += 1  # البصرة العراقية التي تشهد
        near = [ctx.tokens[k].norm for k in (before, after) if 0 <= k < len(ctx.tokens)]
        if any(_bare(w).removeprefix("ف").startswith(_WITNESS) for w in near):
            out.add(m.entity)
    return out


def _scene_skip(word: str) -> bool:
    return word in ("التي", "الذي") or is_nisba(word)


def _metonymic_subject(ctx: Context, hit: Hit, lo: int) -> list[str]:
    """Headline subject-verb order, `طهران تتهم بريطانيا`: a place named right before an imperfect
    verb is its subject, standing for its country when the document names it (a capital for its
    state), else for itself."""
    first = ctx.tokens[hit.first].norm
    if hit.trigger.pos != "verb" or first[:1] not in "يت" or hit.first == 0 or hit.first - 1 < lo:
        return []
    end = ctx.tokens[hit.first - 1].end
    m = next((m for _mi, m in ctx.mentions if m.entity and m.coarse == "LOC" and m.end == end), None)
    if m is None or ctx.prep_before(m) is not None:
        return []  # بإقليمين منفصلين عن جورجيا تدعمهما روسيا: a place after a preposition is no subject
    if m.cls == "Country":
        return [m.entity]
    codes = _city_countries().get(normalize(ctx.doc.entity(m.entity).label_ar), frozenset())
    states = [e.key for e in ctx.doc.entities if e.cls == "Country" and e.links.get("iso3166") in codes]
    return states[:1] if len(codes) == 1 and states else [m.entity]


def _headline_subject(ctx: Context, hit: Hit) -> list[str]:
    """`الأمين العام لمجلس التعاون يستنكر تصريحات ...`: an imperfect verb right after a noun phrase, with
    no verb before it, has that phrase as subject (headline order); a title names its institution."""
    first = ctx.tokens[hit.first].norm
    verbs = [h for h in ctx.hits if h.trigger.pos == "verb" and h.last < hit.first]
    if first[:1] not in "يت" or verbs:
        return []
    # the noun phrase ending right before the verb (a noun trigger inside it, مجلس التعاون, may have
    # cut the clause window, hence ctx.mentions and not `before`)
    m = next((m for _mi, m in ctx.mentions if ctx.mention_tokens(m)[1] == hit.first - 1), None)
    if m is None or ctx.prep_before(m) is not None:
        return []
    if not _actor_capable(m, ctx.doc):  # a title: the institution in it
        inner = (o for o in ctx.doc.mentions if m.start <= o.start < m.end and _actor_capable(o, ctx.doc))
        m = next(inner, m)
    key = _title_holder(ctx, m) or m.entity
    return [key] if key and _actor_capable(m, ctx.doc) else []


def _unique(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


_PLACE_REACH = 10  # tokens: a place phrase far from the trigger belongs to another clause


_EVACUATION = normalize("إجلاء")


def _places_from(ctx: Context, hit: Hit, mentions: list[tuple[int, Mention]], roles: Roles) -> None:
    """Places: LOC after في / إلى / قرب / ب, and places coordinated with them (إلى لبنان وسوريا)."""
    stop = _next_hit(ctx, hit)
    near = [
        (mi, m)
        for mi, m in mentions
        if abs(ctx.mention_tokens(m)[0] - hit.last) <= _PLACE_REACH and ctx.mention_tokens(m)[0] < stop
    ]
    preps = _LOC_PREPS | {"ب"} | ({"علي"} if hit.trigger.category == "ASSAULT" else set())  # غارات على دوما
    if hit.trigger.category == "RETREAT" and hit.trigger.words[0] == _EVACUATION:
        preps = preps | {"من"}  # إجلاء مقاتلين ... من مدينة دوما: where they are taken from
    for group in _groups(ctx, near):
        head = group[0][1]
        if head.coarse == "LOC" and ctx.prep_before(head) in preps:
            roles.places += [m.entity for _mi, m in group if m.coarse == "LOC" and m.entity]


def _subject_before(ctx: Context, before: list[tuple[int, Mention]]) -> list[str]:
    """Subject of a subject-verb clause: the last free actor-capable group before the verb."""
    groups = [g for g in _groups(ctx, before) if ctx.prep_before(g[0][1]) is None and _capable_head(ctx, g)]
    return _group_keys(ctx, groups[-1]) if groups else []


def _subject_right_before(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """The subject of a subject-verb clause that ends right before the verb."""
    groups = [g for g in _groups(ctx, before) if ctx.mention_tokens(g[-1][1])[1] == hit.first - 1]
    return _subject_before(ctx, groups[-1]) if groups else []


def _capable_head(ctx: Context, group: list[tuple[int, Mention]]) -> bool:
    """The group can act, and does not open with a place that only governs it (`المنطقة المتاخمة
    للأردن`: the area next to Jordan is no subject, nor is Jordan)."""
    capable = [_actor_capable(m, ctx.doc) for _mi, m in group]
    first = group[0][1]
    return any(capable) and (capable[0] or first.coarse != "LOC" or ctx.prep_before(group[1][1]) is None)


_PP_REACH = 6  # tokens between a trigger and a مع / من / على phrase that still belongs to it


def _next_hit(ctx: Context, hit: Hit) -> int:
    """Token index of the next trigger of another category (the phrases after it are its own;
    one of the same category, `التقى X في اجتماع مع Y`, is usually the same event)."""
    later = [
        h.first
        for h in ctx.hits
        if h.first > hit.last
        and h.trigger.category != hit.trigger.category
        and not _fired_on_crowd(ctx, hit, h.first)  # (the crowd fired on is the target)
    ]
    return min(later, default=len(ctx.tokens))


def _recipient_pps(
    ctx: Context, hit: Hit, prep_after: list[tuple[int, Mention]], reach_from: int | None = None
) -> list[tuple[int, Mention]]:
    """The prepositional phrases after a trigger that name its recipient; `reach_from`: the last
    token of a subject after the verb, from which their distance is counted (default the trigger)."""
    stop = _next_hit(ctx, hit)
    skipped = _skipped_tokens(ctx)
    start = hit.last if reach_from is None else reach_from
    backers = [item for g in _groups(ctx, prep_after) if _backer(ctx, g[0][1]) for item in g]
    return [
        (mi, m)
        for mi, m in prep_after
        if sum(1 for k in range(start + 1, ctx.mention_tokens(m)[0]) if k not in skipped) <= _PP_REACH
        and (mi, m) not in backers
        and ctx.mention_tokens(m)[0] < stop
        and (
            # aid goes to someone, not "with" him (`مساعدات فرنسية لغوطة دمشق بعد اتفاق مع روسيا`)
            (ctx.prep_before(m) in ("مع", "لدي") and hit.trigger.category != "AID")
            or (
                ctx.prep_before(m) in _TARGET_PREPS
                and m.coarse != "LOC"
                and hit.trigger.words[-1] != "مع"  # يعملون مع X لمعرفة ما حدث لـY: X is the partner
                and not _companion(ctx, hit, m)
                and not _opponent(ctx, hit, m)
            )
            or (ctx.prep_before(m) in ("علي", "ضد") and m.cls == "Country")  # عقوبات على تركيا
            # a sanctioned region is the target too: فرضت بغداد عقوبات على إقليم كردستان
            or (ctx.prep_before(m) == "علي" and m.cls == "Region" and hit.trigger.category == "SANCTION")
            or (
                hit.trigger.category == "REQUEST"
                and ctx.prep_before(m) == "من"
                and m.cls == "Country"
                and not _complement_between(ctx, hit.last, ctx.mention_tokens(m)[0])
            )
            or (
                hit.trigger.category == "ACCUSE"
                and ctx.prep_before(m) == "الي"
                and (m.coarse != "LOC" or m.cls == "Country")
            )
            # ووجهت الرئاسة الفلسطينية أصابع الاتهام لحركة حماس: the accusation directed at someone
            or (
                hit.trigger.category == "ACCUSE"
                and ctx.prep_before(m) == "ل"
                and m.coarse != "LOC"
                and _dealt(ctx, hit)
            )
            # وجه الرئيس X نداء إلى الرئيس Y: an appeal's addressee (not دعا X إلى + the act called for)
            or (
                hit.trigger.category == "REQUEST"
                and hit.trigger.pos == "noun"
                and ctx.prep_before(m) == "الي"
                and m.coarse != "LOC"
            )
            or _addressed_demand(ctx, hit, m)
            # ورفع X الشكر لخادم الحرمين الشريفين: the one thanked
            or _thanked(ctx, hit, m)
            # يقر بخسارته أمام أردوغان: the rival conceded to
            or (hit.trigger.category == "CONCEDE" and ctx.prep_before(m) == "امام" and m.coarse == "PER")
            # لقاء وزير الدفاع الأمريكي آشتون كارتر بالملك سلمان: meeting "with" a person
            or (hit.trigger.mode == "meet" and ctx.prep_before(m) == "ب" and m.coarse == "PER")
            # وجها ضربات موجعة إلى التنظيم: the blows dealt to someone (لنظام الرئيس السوري X: to
            # the regime of a titled person)
            or (
                hit.trigger.category == "ASSAULT"
                and ctx.prep_before(m) in ("الي", "ل", "construct")
                and m.coarse != "LOC"
                and _dealt(ctx, hit)
            )
            # شنت واشنطن وباريس ولندن ضربات عسكرية على منشآت تابعة للنظام السوري: its owner is hit
            or (hit.trigger.category == "ASSAULT" and ctx.prep_before(m) == "ل" and _owned_sites(ctx, m))
            # وتحدث بوتين إلى نظيره الإيراني حسن روحاني هاتفيا: spoke to him by phone
            or (hit.trigger.mode == "phone" and ctx.prep_before(m) == "الي" and m.coarse != "LOC")
            # واتصل العاهل السعودي الملك سلمان بالرئيس الأمريكي دونالد ترامب: called him
            or (hit.trigger.mode == "phone" and ctx.prep_before(m) == "ب" and m.coarse == "PER")
            or (
                hit.trigger.category == "ASSAULT"
                and ctx.prep_before(m) in ("ل", "construct")
                and _owned_target(ctx, hit, m)
            )
        )
    ]


def _owned_sites(ctx: Context, m: Mention) -> bool:
    """`على منشآت تابعة للنظام السوري`: the owner of unnamed sites an attack is on."""
    first = ctx.mention_tokens(m)[0]
    if first < 3 or _bare(ctx.tokens[first - 1].norm) not in _BELONGING:
        return False
    return any(_bare(t.norm) == "علي" for t in ctx.tokens[max(0, first - 4) : first - 1])


def _thanked(ctx: Context, hit: Hit, m: Mention) -> bool:
    """`ورفع X الشكر لخادم الحرمين الشريفين الملك سلمان`, `جدد X دعوته للشعب الأميركي`: the first name
    after a performed noun of thanks or of a call followed by ل (honorifics between) is the one
    thanked or called on (a people stands for its country)."""
    if hit.trigger.category not in ("SUPPORT", "REQUEST") or "performed" not in hit.trigger.flags:
        return False
    if m.coarse == "LOC" and m.cls != "Country":
        return False
    if hit.last + 1 >= len(ctx.tokens) or not ctx.tokens[hit.last + 1].norm.startswith("ل"):
        return False
    first = ctx.mention_tokens(m)[0]
    return not any(hit.last < ctx.mention_tokens(o)[0] < first for _mi, o in ctx.mentions)


_DEAL = re.compile(r"^[وف]?(?:(?:[يت]وجه|وجه)(?:ت|وا|تا|ا|ون|ان)?|[بل]?توجيه)$")


def _dealt(ctx: Context, hit: Hit) -> bool:
    """An attack noun after a verb of directing it (وجه X ضربات إلى Y), or before one that resumes it
    (ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لنظام الرئيس السوري): its إلى or ل phrase is the
    target."""
    if hit.trigger.pos != "noun":
        return False
    after = hit.last + 1
    if after < len(ctx.tokens) and _DEALT_IT.match(ctx.tokens[after].norm):
        return True
    return any(_DEAL.match(ctx.tokens[k].norm) for k in range(max(0, hit.first - _LAUNCH_REACH), hit.first))


_DIRECTED = "وجه(?:ت|وا)"  # "she / they directed", before the pronoun of what was directed
_DEALT_IT = re.compile(rf"^{_DIRECTED}(?:ها|ه)$")


def _backer(ctx: Context, m: Mention) -> bool:
    """`بإسناد من القوات الإماراتية`, `بدعم من التحالف`: who backs the act, not its target."""
    first, _ = ctx.mention_tokens(m)
    return first >= 2 and ctx.tokens[first - 1].norm == "من" and _bare(ctx.tokens[first - 2].norm) in _BACKING


_BACKING = {"باسناد", "بدعم", "بمسانده", "بمساعده", "بغطاء", "بمشاركه", "بتنسيق"}


# Sites an attack hits whose owner a ل phrase names: هجوم على معسكر للجيش المصري.
_SITES = {"معسكر", "مقر", "موقع", "مواقع", "قاعده", "ثكنه", "مركز", "نقطه", "حاجز", "دوريه", "مقرات"}
_SITES |= {"تجمع", "تجمعات", "تحصينات", "تمركزات"}  # gatherings, fortifications, positions
# Plural nouns of inhabited areas: counted land taken (استعاد 4 قرى، سيطرت على ثلاث بلدات); with the
# singular ones, the regions protests are held in (التي تشهدها مناطق عراقية, see _REGIONS)
_PLURAL_AREAS = {"قري", "بلدات", "مدن", "مناطق", "احياء", "محافظات"}


def _owned_target(ctx: Context, hit: Hit, m: Mention) -> bool:
    """The body owning the site that an attack targets (not a place): after على / ضد + site, or after
    a site that is the verb's object (قصف مواقع تابعة لتنظيم داعش)."""
    k = ctx.mention_tokens(m)[0] - 1
    while k > 2 and (
        _bare(ctx.tokens[k].norm).removeprefix("ال") in _TITLES or country_of_adjective(ctx.tokens[k].norm)
    ):
        k -= 1  # the holder's title before his name (لنظام الرئيس السوري بشار الأسد)
    if k > 1 and _bare(ctx.tokens[k].norm) == "لنظام" and _bare(ctx.tokens[k - 1].norm) in _BELONGING:
        k -= 1  # مواقع تابعة لنظام الرئيس السوري بشار الأسد: the ruler's regime owns the sites
    elif ctx.prep_before(m) == "construct":
        # غارات جوية على مواقع الحوثيين: the site's genitive owns it (not a title's holder)
        site = k > 1 and m.coarse != "LOC" and _bare(ctx.tokens[k].norm) in _SITES
        return site and (_bare(ctx.tokens[k - 1].norm) in ("علي", "ضد") or k - 1 == hit.last)
    elif ctx.prep_before(m) != "ل":
        return False
    if k > 0 and _bare(ctx.tokens[k].norm) in _BELONGING:
        k -= 1
    if k < 1 or m.coarse == "LOC" or _bare(ctx.tokens[k].norm).removeprefix("ال") not in _SITES:
        return False
    if k > 1 and (_count(_bare(ctx.tokens[k - 1].norm)) or _bare(ctx.tokens[k - 1].norm) == "بعض"):
        k -= 1  # تدمير بعض المواقع للحوثيين, على خمسة مواقع للحوثيين
    return _bare(ctx.tokens[k - 1].norm) in ("علي", "ضد") or k - 1 == hit.last


_BELONGING = lx.PART_OF_WORDS | {"تابع", "تابعه"}  # also indefinite: مواقع تابعة لـ


_WEEKDAYS = {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}


def _feminine_after_masculine_verb(ctx: Context, hit: Hit, m: Mention) -> bool:
    """`كما دعا الأمم المتحدة`, `وحث الحكومة الإيرانية`: a verb in its masculine singular form (the
    lexicon's own form, no ت ending or prefix) before a body whose head noun is feminine (منظمة،
    الحكومة، الأمم المتحدة): a verb-first subject would make the verb feminine, so the body is the object."""
    word = _bare(ctx.tokens[hit.first].norm)
    if hit.trigger.pos != "verb" or hit.stem_affix or hit.enclitic or word != hit.trigger.words[0]:
        return False
    if word.endswith("ت") or ctx.mention_tokens(m)[0] != hit.last + 1:
        return False  # دعت (a feminine lexicon form); وانتقد مسؤول ... في حكومة الإقليم (not next)
    head = normalize(m.text).split()[0].removeprefix("و")
    return head.endswith("ه") or head in ("الامم", "امم")


_INTRANSITIVE = {"RETREAT", "PROTEST", "MOBILIZE"}  # فروا باتجاه محافظة البيضاء، معقل الحوثيين: no object


def _plural_verb(hit: Hit) -> bool:
    """A verb with a plural subject ending (`واتهموا`, `يتهمون`): in verb-first order a named subject
    would leave the verb singular, so a name right after it is its object."""
    if hit.trigger.pos != "verb" or hit.enclitic:
        return False
    return hit.stem_affix in ("وا", "ون") or (not hit.stem_affix and hit.trigger.words[-1].endswith("وا"))


def _complement_between(ctx: Context, a: int, b: int) -> bool:
    """A ب + verbal noun between tokens a and b (`نطالب الدول الغربية بسحب الخوذ البيضاء من سوريا`):
    what follows it belongs to the demanded act, not to the request."""
    named = {k for _mi, m in ctx.mentions for k in range(*_span(ctx, m))}
    return any(
        ctx.tokens[k].norm.startswith("ب") and len(ctx.tokens[k].norm) > 3 and not _not_pp(ctx.tokens[k].norm)
        for k in range(a + 1, b)
        if k not in named and not ctx.tokens[k].norm.startswith("بال")
    )


def _skipped_tokens(ctx: Context) -> set[int]:
    """Tokens not counted in the reach of a prepositional phrase: names without a preposition (the
    subject of a verb-first clause) and time words, so that in `طلبت رئاسة اقليم كردستان العراق أمس
    السبت من حزب العمال` the من phrase stays within reach of the verb."""
    names = {k for _mi, m in ctx.mentions if ctx.prep_before(m) is None for k in range(*_span(ctx, m))}
    times = {
        k for k, t in enumerate(ctx.tokens) if _bare(t.norm) in _TIME_CUES | _WEEKDAYS or _date_word(t.norm)
    }
    return names | times


def _date_word(norm: str) -> bool:
    """A day number or a month name (`التقى في 22 يوليو/تموز الماضي برئيس الحكومة X`)."""
    return norm.isdigit() or month_number(norm.removeprefix("في")) is not None


def _span(ctx: Context, m: Mention) -> tuple[int, int]:
    first, last = ctx.mention_tokens(m)
    return first, last + 1


def _pp_keys(ctx: Context, pps: list[tuple[int, Mention]]) -> list[str]:
    """Entities of prepositional phrases; a title + name apposition gives the person only."""
    return [k for g in _groups(ctx, pps) for k in _group_keys(ctx, g)]


_TARGET_PREPS = {"من", "ضد", "علي", "برفقه", "رفقه"}


def _addressed_demand(ctx: Context, hit: Hit, m: Mention) -> bool:
    """`وجددت ... مطالبتها للوحدات بالانسحاب`, `مطالبتها لمجلس الأمن الدولي باتخاذ إجراءات`: a demand
    noun's ل phrase followed by ب + what is demanded names whom it is made of."""
    if hit.trigger.category != "REQUEST" or hit.trigger.pos != "noun" or ctx.prep_before(m) != "ل":
        return False
    if m.coarse == "LOC" and m.cls != "Country":
        return False
    after = ctx.mention_tokens(m)[1] + 1
    return after < len(ctx.tokens) and ctx.tokens[after].norm.startswith("ب")


def _opponent(ctx: Context, hit: Hit, m: Mention) -> bool:
    """`في إطار تحالف تدعمه في سوريا ضد تنظيم الدولة الإسلامية`: whom support or aid is against is
    not who gets it."""
    return ctx.prep_before(m) == "ضد" and hit.trigger.category in ("SUPPORT", "AID", "COOPERATE")


_COMPANION_PREPS = {"برفقه", "رفقه"}


def _companion(ctx: Context, hit: Hit, m: Mention) -> bool:
    """`وزار السيسي القاعدة الجوية برفقة وزير الدفاع صدقي صبحي`: who goes along on a visit or to a
    meeting is one of its party, not whom it is with (a killing's or arrest's companion is a target)."""
    return hit.trigger.category == "CONSULT" and ctx.prep_before(m) in _COMPANION_PREPS


def _verb_roles(
    ctx: Context, hit: Hit, before, free_after, prep_after, roles: Roles, previous_actor: list[str]
) -> None:
    """Subject before the verb (after أن), else verb-subject-object, else the running subject."""
    parsed = _parse_subject(ctx, hit) if USE_PARSE else None
    # a subject carried over is not named again after its own verb: `وطلب الاتحاد الأوروبي والأمم
    # المتحدة إجراء تحقيق ... من الجيش الإسرائيلي` (the army acted in the sentence before)
    if {m.entity for _mi, m in free_after + prep_after} & set(previous_actor):
        previous_actor = []
    relative = hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) in _RELATIVES
    # في الوقت الذي دعا تحالف X: a clause of time; its verb has its own subject after it
    relative = relative and not (hit.first > 1 and _bare(ctx.tokens[hit.first - 2].norm) in _TIME_ANTECEDENTS)
    antecedent = _relative_antecedent(ctx, hit)
    # the pronoun on the verb, or on its preposition (الاتفاق الذي صادق عليه مجلس الأمن), takes up
    # the antecedent: the name after the verb is the subject
    pronoun = hit.enclitic or _pronoun_on_preposition(ctx, hit)
    if relative and pronoun and antecedent:  # حزب X الذي يدعمه Y: the antecedent is the object
        roles.recipients += antecedent
        antecedent = []
    elif relative and not antecedent and not pronoun:  # الغارات التي تهدد الهدنة: unnamed subject
        resumed = _resumed_antecedent(ctx, hit)
        capable = [g for g in _groups(ctx, free_after) if any(_actor_capable(m, ctx.doc) for _mi, m in g)]
        if resumed and capable:  # منبج التي تهدد أنقرة بمهاجمتها: Ankara threatens, Manbij is threatened
            roles.actors, roles.recipients = _group_keys(ctx, capable[0]), resumed
            return
        _objects_only(ctx, hit, free_after, prep_after, roles)
        return
    if relative and antecedent and not pronoun and _undergone_by(ctx, hit, antecedent):
        roles.recipients = antecedent  # الناشط X الذي اختطف الأربعاء الماضي في مدينة تعز: he was taken
        return
    if (accused := _passive_accused(ctx, hit, free_after)) is not None:
        roles.recipients = accused  # كما يتهم النظام السوري باستخدام غاز السارين: he is accused
        return
    if hit.enclitic and _projectile_before(ctx, hit):  # صاروخ باليستي أطلقته ميليشيا الحوثي: VS order
        capable = [g for g in _groups(ctx, free_after) if any(_actor_capable(m, ctx.doc) for _mi, m in g)]
        roles.actors = _group_keys(ctx, capable[0]) if capable else []
        return
    if pronoun and (subject_after := _subject_after_object_pronoun(ctx, hit, free_after)):
        roles.actors = subject_after  # بإقليمين منفصلين عن جورجيا تدعمهما روسيا: the pronoun is the object
        return
    if _event_noun_before(ctx, hit) and not hit.enclitic:  # غارات تركية استهدفت حاجزا: the raids did it
        _near_objects(ctx, hit, free_after, prep_after, roles)
        return
    if _event_noun_after(ctx, hit):  # ودمر القصف الجوي تحصينات X: the shelling did it, X was hit
        _near_objects(ctx, hit, free_after, prep_after, roles)
        return
    joined = _joined_after_clause(ctx, hit, before, free_after)
    if joined:
        before = []  # the names before belong to the earlier verb, the one after this verb is its subject
    if "adverbial" in hit.trigger.flags:  # أكد X ...، متهما Y: the subject of the main clause
        antecedent = _statement_owner(ctx, hit) or _main_subject(ctx, hit) or _preverbal_subject(ctx, hit)
    antecedent = antecedent or _statement_issuer(ctx, hit)
    subject = antecedent or _subject_before(ctx, before) or _described_subject(ctx, hit)
    subject = subject or _headed_subject(ctx, hit) or _subject_before_while(ctx, hit)
    subject = subject or _pronoun_subject(ctx, hit)
    subject = subject or _joined_verb_subject(ctx, hit) or _headline_subject(ctx, hit)
    subject = subject or _joined_object_verb_subject(ctx, hit)
    if parsed is not None and parsed in before:  # the parse picks among the phrases before the verb
        subject = _group_keys(ctx, next(g for g in _groups(ctx, before) if parsed in g))
    groups = _groups(ctx, free_after)
    recip_pp = _recipient_pps(ctx, hit, prep_after)
    # a place right after a visit verb is its destination, not its subject
    capable = [
        g
        for g in groups
        if any(
            _actor_capable(m, ctx.doc) and not (hit.trigger.mode == "visit" and m.coarse == "LOC")
            for _mi, m in g
        )
    ]
    # a name after the next trigger (`دافع ... عن حق تركيا في ضرب حزب العمال`) is that trigger's argument
    capable = [g for g in capable if ctx.mention_tokens(g[0][1])[0] < _next_hit(ctx, hit)]
    if parsed is not None and not subject:  # the parse picks the subject among those after the verb
        capable.sort(key=lambda g: parsed not in g)
    named = {m.entity for _mi, m in ctx.mentions if m.kind == "name" and ctx.mention_tokens(m)[1] < hit.first}
    joined_verb = ctx.tokens[hit.first].norm.startswith("و")
    if (
        joined_verb
        and subject
        and capable
        and set(subject) <= named
        and _man_after_state(ctx, hit, subject, capable[0])
    ):
        previous_actor, subject = subject, []  # ومارست إسرائيل ...، والتقى أوباما: a new subject
    objects = groups
    reach_from = hit.last  # objects are counted from the verb, or from the end of a following subject
    if subject:
        roles.actors = subject
    elif officials := _officials_of(ctx, hit):
        roles.actors = officials  # مسؤولين من السفارة زاروا حسن: the embassy's officials visited him
    elif (pointed := _demonstrative_subject(ctx, hit)) is not None:
        roles.actors = pointed  # دعت هذه المنظمة الحكومة الأميركية: the body named before, then the object
    elif framed := _pluperfect_subject(ctx, hit) or _described_topic(ctx, hit):
        roles.actors = framed  # وكان كارتر قد زار بغداد الخميس: the name between كان and قد
    elif authorities := _authorities_in(ctx, hit):
        roles.actors = authorities  # أوقفت السلطات في إيران محامية إيرانية: Iran's authorities
    elif minister := _unnamed_minister(ctx, hit):
        roles.actors = minister  # وصل الوزير الأميركي إلى الدوحة: the minister's country
    elif _unnamed_subject(ctx, hit) or _pluperfect_frame(ctx, hit) or _unnamed_preverbal_subject(ctx, hit):
        pass  # حمل المسؤول حزب العمال مسؤولية، كان مسؤول ... قد طالب تركيا: unnamed subject
    elif (official := _unnamed_official(ctx, hit)) is not None:
        roles.actors = official  # حث مسؤول أممي بارز إسرائيل: the official's body, or nobody named
    elif _arrested_person(ctx, hit, groups, previous_actor):
        roles.recipients = _group_keys(ctx, groups[0])  # واعتقل رضايان في 22 يوليو: he was arrested
        return
    elif led_away := _led_away(ctx, hit, previous_actor):
        roles.recipients = led_away  # اقتادتها فورا الجهات الأمنية: the woman told of before is taken
    elif capable and _plural_verb(hit) and hit.trigger.category not in _INTRANSITIVE:
        pass  # واتهموا روسيا: the plural ending is the subject, the name after the verb its object
    elif capable and _feminine_after_masculine_verb(ctx, hit, capable[0][0][1]):
        # كما دعا الأمم المتحدة: a masculine verb does not agree with a feminine body, its object
        if previous_actor and not _noun_subject(ctx, hit):
            roles.actors = list(previous_actor)
            roles.elided_actor = True
    elif capable and (
        joined
        or len(groups) >= 2
        or recip_pp
        or (_opens_clause(ctx, hit) and not _needs_object(hit, previous_actor, "CONSULT"))
        or not _needs_object(hit, previous_actor)
        or _feminine_after_person(ctx, hit, previous_actor)
        or _man_after_state(ctx, hit, previous_actor, capable[0])
        or _unnamed_object_after(ctx, capable[0])
        or _described_person_first(ctx, hit, capable[0])
        or _named_before(ctx, hit, capable[0])
        or _condemns_with_ba(ctx, hit, capable[0])
    ):
        roles.actors = _group_keys(ctx, capable[0])
        reach_from = ctx.mention_tokens(capable[0][-1][1])[1]
        # the subject noun phrase runs to the first comma (قائد X التابع لـY الجنرال Z، بغداد)
        objects = [
            g
            for g in groups
            if g is not capable[0]
            and (
                _comma_between(ctx, capable[0][-1][1], g[0][1])
                or _statement_adjunct_between(ctx, capable[0][-1][1], g[0][1])
                or _next_person(capable[0], g)
                or _after_country(ctx, capable[0], g)
                or _body_after_person(ctx, capable[0][-1][1], g[0][1])
                or (hit.trigger.category in _STANCE and _genitive_of_object(ctx, g[0][1]))
            )
        ]
        if (holder := _titled_subject(ctx, capable[0], groups)) is not None:
            roles.actors = _group_keys(ctx, holder)  # وزار مبعوث الأمم المتحدة ... مارتن جريفيث صنعاء
            reach_from = ctx.mention_tokens(holder[-1][1])[1]
            objects = [g for g in groups if ctx.mention_tokens(g[0][1])[0] > reach_from]
    elif (
        previous_actor
        and not _noun_subject(ctx, hit)
        and not _people_before(ctx, hit)
        and not _feminine_after_person(ctx, hit, previous_actor)
        and not _unnamed_subject(ctx, hit)  # رفضت فصائل المعارضة المسلحة: unnamed factions refused
        and not _unnamed_main_subject(ctx, hit)
    ):
        roles.actors = list(previous_actor)
        roles.elided_actor = True
    if not roles.actors and (body := _head_noun_antecedent(ctx, hit)):
        roles.actors = body  # هددت المليشيات بالرد: the militias named before threatened
    objects = [
        g
        for k, g in enumerate(objects)
        if (k == 0 or hit.trigger.category in _STANCE or not _genitive_of_noun(ctx, g[0][1]))
        # تبحث دعوى إيران: what a discussion verb takes up belongs to the topic, not a party
        and not ("pair" in hit.trigger.flags and _topic_genitive(ctx, g[0][1]))
        and _object_distance(ctx, reach_from, ctx.mention_tokens(g[0][1])[0]) <= _OBJECT_REACH
        and not _after_report_verb(ctx, g[0][1])
    ]
    for g in objects:
        for _mi, m in _head_of_group(ctx, g):
            key = _title_holder(ctx, m) or m.entity or _represented_state(ctx, m)
            if not key:
                continue
            if (
                m.coarse == "LOC"
                and hit.trigger.category == "CONSULT"
                and m.cls != "Country"
                or m.coarse == "LOC"
                and hit.trigger.mode == "visit"
            ):
                roles.places.append(key)
            else:
                roles.recipients.append(key)
    if reach_from > hit.last:  # التقى الزعيم الشيعي مقتدى الصدر برئيس الوزراء حيدر العبادي
        farther = _recipient_pps(ctx, hit, prep_after, reach_from)
        recip_pp += [item for item in farther if item not in recip_pp]
    roles.recipients += _pp_keys(ctx, recip_pp)
    if hit.trigger.category in _STANCE and (doer := _doer_of_act(ctx, hit)):
        roles.recipients = doer  # رحبت البحرين بقيام الولايات المتحدة بتصنيف X: the US is welcomed
    if hit.trigger.category in _STANCE and not roles.recipients:
        roles.recipients = _construct_owner(ctx, hit, prep_after) or _issuer(ctx, hit)
        roles.recipients = roles.recipients or _words_owner(ctx, hit, roles.actors)
    if hit.trigger.category == "ACCUSE" and not roles.recipients:
        roles.recipients = _clause_subject_after(ctx, hit, roles)  # تشتبه واشنطن في أن القوات السورية
    if hit.trigger.category in ("ACCUSE", "SUPPORT") and not roles.recipients:
        roles.recipients = _object_adjective(ctx, hit)  # دعمها للموقف السعودي


# Head nouns of armed bodies that a bare definite noun (المليشيات، الحركة) takes up from a name before.
_BODY_HEADS = {"مليشيات", "مليشيا", "حركه", "جماعه", "فصايل"}


def _fold_militia(word: str) -> str:
    return word.replace("ميلي", "ملي")  # ميليشيات and مليشيات are one word


def _head_noun_antecedent(ctx: Context, hit: Hit) -> list[str]:
    """`في وقت نزلت ميليشيات الحشد الشعبي ... وقبيل رفع حظر التجول، هددت المليشيات بالرد`: a bare
    definite body noun right after the verb, outside any name, is the last body named with that head
    noun in this sentence or the two before."""
    k = hit.last + 1
    if hit.trigger.pos != "verb" or k >= len(ctx.tokens) or ctx.in_mention(k):
        return []
    word = _bare(ctx.tokens[k].norm)
    head = _fold_militia(word.removeprefix("ال"))
    if not word.startswith("ال") or head not in _BODY_HEADS:
        return []
    text = ctx.doc.text
    named = [
        m
        for m in _recent_mentions(ctx, hit, "ORG")
        if _fold_militia(normalize(text[m.start : m.end]).split()[0].removeprefix("ال")) == head
    ]
    return [named[-1].entity] if named else []


def _war_waged(ctx: Context, hit: Hit, roles: Roles) -> None:
    """`حرب تركيا على وحدات حماية الشعب`: the war's genitive wages it on the one after على / ضد."""
    owner = [m for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] == hit.last + 1]
    if not owner or owner[0].entity not in roles.recipients:
        # a war with no named party waging it (بحثا مستجدات الحرب ضد تنظيم داعش) is a topic: with no
        # target left, the counterpart check drops it
        roles.recipients = []
        return  # (nor with no named target: حرب تركيا على الأكراد)
    roles.actors = [owner[0].entity]
    roles.recipients = [k for k in roles.recipients if k != owner[0].entity]


_FOUND_KILLED = "مقتولا"
_EVIDENCE = {"الدلايل", "الادله"}  # evidence "points to" someone: who reports it accuses


def _led_away(ctx: Context, hit: Hit, previous_actor: list[str]) -> list[str]:
    """An arrest or attack verb with an object pronoun and an unnamed subject right after it: the
    pronoun is the person the sentences before were about, and the unnamed police did it."""
    if not hit.enclitic or hit.trigger.category not in ("COERCE", "ASSAULT"):
        return []
    if hit.trigger.voice == "passive" or not _unnamed_noun_after(ctx, hit):
        return []
    persons = [k for k in previous_actor if _coarse(ctx.doc, k) == "PER"]
    return persons or _person_just_before(ctx)


def _person_just_before(ctx: Context) -> list[str]:
    """The last person named in the sentence before this one."""
    named = [
        m
        for m in ctx.doc.mentions
        if m.sentence == ctx.index - 1 and m.coarse == "PER" and m.kind == "name" and m.entity
    ]
    return [named[-1].entity] if named else []


def _unnamed_noun_after(ctx: Context, hit: Hit) -> bool:
    """A definite word no name covers (the unnamed subject: الجهات الأمنية، الشرطة) within two words of
    the verb (an adverb between: اقتادتها فورا الجهات الأمنية)."""
    return any(
        ctx.tokens[k].norm.startswith("ال") and not ctx.in_mention(k)
        for k in range(hit.last + 1, min(hit.last + 3, len(ctx.tokens)))
    )


def _joined_after_clause(
    ctx: Context, hit: Hit, before: list[tuple[int, Mention]], free_after: list[tuple[int, Mention]]
) -> bool:
    """`واتهمت إسرائيل عباس بمعاداة السامية، ونددت الولايات المتحدة ... بتصريحاته`: a verb joined by
    و after a verb-first clause, with a name right after it; the names between the two verbs are the
    earlier verb's subject and object, not this one's subject."""
    token = ctx.tokens[hit.first].norm
    if token[:1] not in "وف" or token.startswith(hit.trigger.words[0]) or not before:
        return False
    named_next = [m for _mi, m in free_after if ctx.mention_tokens(m)[0] == hit.last + 1]
    if not any(_actor_capable(m, ctx.doc) for m in named_next):
        return False  # no subject named right after the verb
    if len(_groups(ctx, before)) < 2:
        return False  # يزور بغداد ويلتقي الكاظمي: only the earlier verb's object, its subject before it
    start = ctx.mention_tokens(before[0][1])[0]
    return any(h.trigger.pos == "verb" and h.last + 1 == start for h in ctx.hits)


# Nouns of time a relative clause can follow (في الوقت الذي، في اللحظة التي): never its subject.
_TIME_ANTECEDENTS = {"الوقت", "الحين", "اللحظه", "الساعه", "اليوم", "الفتره", "الاسبوع", "الشهر", "العام"}


# Stances toward someone: `انتقد X قرار Y`, `رحب X بموقف Y`: the owner of the thing is the target.
_STANCE = {"ACCUSE", "SUPPORT", "REJECT"}
# Tokens after a verb beyond which a bare noun phrase is not its object (another clause's argument).
_OBJECT_REACH = 12


_PRONOUN_PREPS = {"علي", "الي", "عن", "من"}


def _pronoun_on_preposition(ctx: Context, hit: Hit) -> bool:
    """A multi-word trigger ending in a preposition with a pronoun on it (`صادق عليه`)."""
    words = hit.trigger.words
    last = ctx.tokens[hit.last].norm
    return len(words) > 1 and words[-1] in _PRONOUN_PREPS and last != words[-1] and last.startswith(words[-1])


def _subject_after_object_pronoun(ctx: Context, hit: Hit, free_after: list[tuple[int, Mention]]) -> list[str]:
    """A verb with an object pronoun, then a name that can act (`تدعمهما روسيا`, `زارها الرئيس X`):
    the name is the subject."""
    groups = _groups(ctx, free_after)
    if not groups or ctx.mention_tokens(groups[0][0][1])[0] != hit.last + 1:
        return []
    if not any(_actor_capable(m, ctx.doc) for _mi, m in groups[0]):
        return []
    return _group_keys(ctx, groups[0])


def _construct_owner(ctx: Context, hit: Hit, prep_after: list[tuple[int, Mention]]) -> list[str]:
    """`رحب X بقرار تركيا`, `دافع X عن حق تركيا`: the owner of the noun the stance is about, when it
    comes first after the verb (within a few words)."""
    for _mi, m in prep_after:
        first = ctx.mention_tokens(m)[0]
        issued = ctx.prep_before(m) == "عن" and first >= 2 and _bare(ctx.tokens[first - 2].norm) in _ISSUED
        if first - hit.last <= _PP_REACH and (ctx.prep_before(m) == "construct" or issued) and m.entity:
            return [m.entity] if _actor_capable(m, ctx.doc) else []
    return []


# ب + one's words or stance with a pronoun: ندد X بتصريحاته، رحب X بموقفها
_OWN_WORDS = re.compile(r"^ب(?:تصريحات|تصريح|تصريحي|كلام|خطاب|موقف|مواقف)(?:ه|ها)$")
_OWN_WORDS_REACH = 12  # tokens from the stance verb (its subject and a time between)


def _words_owner(ctx: Context, hit: Hit, actors: list[str]) -> list[str]:
    """`واتهمت إسرائيل عباس بمعاداة السامية، ونددت الولايات المتحدة ... بتصريحاته`: the pronoun on
    the words a stance is about is the last person named before the verb (not its subject)."""
    end = min(len(ctx.tokens), hit.last + 1 + _OWN_WORDS_REACH)
    if not any(_OWN_WORDS.match(_bare(t.norm)) for t in ctx.tokens[hit.last + 1 : end]):
        return []
    people = [
        m.entity
        for _mi, m in ctx.mentions
        if m.coarse == "PER" and m.entity and ctx.mention_tokens(m)[1] < hit.first and m.entity not in actors
    ]
    return people[-1:]


# "issued by": ترحب بالإعلان الصادر عن التحالف (the coalition owns the announcement welcomed)
_ISSUED = {"الصادر", "الصادره", "صادر", "صادره"}


# Words of issuing before عن (التصريحات التي صدرت عن X، البيان الصادر عن X).
_ISSUING = _ISSUED | {"صدرت", "صدر"}
_ISSUER_REACH = 10  # tokens from a stance verb to the issuing word (its subject and object between)
_ISSUER_NAME_REACH = 6  # tokens from عن to the issuer's name (a title chain between)


_CARRYING_OUT = {"بقيام", "قيام", "لقيام"}  # the verbal noun of قام بـ, "X's doing of"


def _doer_of_act(ctx: Context, hit: Hit) -> list[str]:
    """`رحبت مملكة البحرين، الثلاثاء، بقيام الولايات المتحدة الأمريكية بتصنيف أحد قادة "سرايا الأشتر"`:
    a stance taken on someone's doing of an act is taken on the doer (the name right after قيام), not
    on the one the act is done to."""
    end = min(len(ctx.tokens) - 1, hit.last + 1 + _DOER_REACH)
    k = next((k for k in range(hit.last + 1, end) if ctx.tokens[k].norm in _CARRYING_OUT), None)
    if k is None or any(hit.last < h.first < k for h in ctx.hits):
        return []
    doer = next(
        (m for _mi, m in ctx.mentions if ctx.mention_tokens(m)[0] == k + 1 and m.entity),
        None,
    )
    return [doer.entity] if doer is not None and _actor_capable(doer, ctx.doc) else []


def _issuer(ctx: Context, hit: Hit) -> list[str]:
    """`أدانت X التصريحات الطائفية التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي`: the one
    who issued what a stance takes up is its recipient (the first person or body named after عن)."""
    end = min(len(ctx.tokens) - 1, hit.last + 1 + _ISSUER_REACH)
    issued = next(
        (
            k
            for k in range(hit.last + 1, end)
            if _bare(ctx.tokens[k].norm) in _ISSUING and ctx.tokens[k + 1].norm == "عن"
        ),
        None,
    )
    if issued is None or any(hit.last < h.first < issued for h in ctx.hits):
        return []
    first = min(
        (
            (ctx.mention_tokens(m)[0], m.entity)
            for _mi, m in ctx.mentions
            if m.entity
            and _actor_capable(m, ctx.doc)
            and issued + 1 < ctx.mention_tokens(m)[0] <= issued + 1 + _ISSUER_NAME_REACH
        ),
        default=None,
    )
    return [first[1]] if first else []


_THAT_REACH = 6  # tokens from an accusing verb (and its subject) to the أن of the charge


def _clause_subject_after(ctx: Context, hit: Hit, roles: Roles) -> list[str]:
    """`تشتبه واشنطن في أن القوات السورية استخدمت غاز الكلور`, `اتهم X بأن Y`: the subject of the
    charge's clause is the accused."""
    for k in range(hit.last + 1, min(len(ctx.tokens) - 1, hit.last + _THAT_REACH)):
        word = ctx.tokens[k].norm
        if word == "في" and ctx.tokens[k + 1].norm == "ان":
            continue
        if word not in _THAT:
            continue
        after = [(mi, m) for mi, m in ctx.mentions if ctx.mention_tokens(m)[0] == k + 1]
        keys = _keys(after)
        return [key for key in keys if key not in roles.actors]
    return []


def _object_adjective(ctx: Context, hit: Hit) -> list[str]:
    """`دانت الجامعة الجرائم الإسرائيلية`, `القصف التركي`: the country of a nationality adjective
    on the object noun is the accused (words inside a name are not adjectives here)."""
    positions = []
    for k in range(hit.last + 1, min(hit.last + 6, len(ctx.tokens))):
        if _stop_after(ctx, k - 1) or _bare(ctx.tokens[k].norm) in _BOUNDARY:
            break
        if not any(ctx.mention_tokens(m)[0] <= k <= ctx.mention_tokens(m)[1] for _mi, m in ctx.mentions):
            positions.append(k)
    return _first_adjective_country(ctx, positions)


def _lam_head_genitive(ctx: Context, hit: Hit) -> list[str]:
    """`بشكره الكبير لقيادة التحالف العربي`: the body after a لـ noun (its leadership, government,
    people) that the thanks or support goes to; only adjectives between."""
    for k in range(hit.last + 1, min(hit.last + 4, len(ctx.tokens) - 1)):
        if ctx.in_mention(k) or _bare(ctx.tokens[k].norm) in _BOUNDARY:
            return []
        word = ctx.tokens[k].norm
        headed = word.startswith("ل") and not word.startswith("لل") and len(word) > 3
        if headed and word not in ("لدي", "لكن"):
            return [m.entity for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] == k + 1]
    return []


_COMPLAINT = normalize("شكوى")
_COMPLAINT_REACH = 14  # tokens to what the complaint is about (its addressee and qualifiers between)


def _complained_of(ctx: Context, hit: Hit, actors: list[str]) -> list[str]:
    """`تقدمت دولة الإمارات بشكوى رسمية ... تتعلق بالاعتراضات القطرية`: the state whose acts the
    complaint is about, by the first nationality adjective of another state after it in the clause."""
    for k in range(hit.last + 1, min(hit.last + 1 + _COMPLAINT_REACH, len(ctx.tokens))):
        if _stop_after(ctx, k - 1) or _bare(ctx.tokens[k].norm) in _BOUNDARY:
            break
        found = [key for key in _first_adjective_country(ctx, [k]) if key not in actors]
        if found:
            return found
    return []


# Use the dependency parse (`Sentence.doc`, stage `nlp`) for the subject of verb triggers; measured in
# docs/EVENTS.md ("Dependency parse").
USE_PARSE = False


def _pos_at(ctx: Context, k: int) -> str | None:
    """The tagger's UPOS of the word at token k (its first part), or None without the `nlp` stage."""
    sent = ctx.doc.sentences[ctx.index]
    if sent.doc is None:
        return None
    start = ctx.tokens[k].start - sent.start
    return next((t.pos_ for t in sent.doc if t.idx <= start < t.idx + len(t)), None)


def _parse_subject(ctx: Context, hit: Hit) -> tuple[int, Mention] | None:
    """The actor-capable mention inside the `nsubj` subtree of the trigger's token, if the sentence
    has a parse and the arc is attached to the trigger."""
    sent = ctx.doc.sentences[ctx.index]
    if sent.doc is None or not sent.doc.has_annotation("DEP"):
        return None
    start, end = ctx.tokens[hit.first].start - sent.start, ctx.tokens[hit.first].end - sent.start
    verb = next((t for t in sent.doc if t.idx < end and t.idx + len(t) > start and t.pos_ == "VERB"), None)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        lo, hi = sent.start + child.left_edge.idx, sent.start + child.right_edge.idx + len(child.right_edge)
        for mi, m in ctx.mentions:
            if lo <= m.start < hi and _actor_capable(m, ctx.doc):
                return mi, m
    return None


def _objects_only(ctx: Context, hit: Hit, free_after, prep_after, roles: Roles) -> None:
    """A verb whose subject is an unnamed noun: the named phrases after it are its objects."""
    for g in _groups(ctx, free_after):
        roles.recipients += [
            k for _mi, m in _head_of_group(ctx, g) if (k := _title_holder(ctx, m) or m.entity)
        ]
    roles.recipients += _pp_keys(ctx, _recipient_pps(ctx, hit, prep_after))


def _event_noun_before(ctx: Context, hit: Hit) -> bool:
    """`غارات تركية استهدفت`, `متظاهرون يحتجون`: a free noun of the verb's own category right
    before it (or before its adjective) is the verb's subject."""
    for h in ctx.hits:
        if h.trigger.pos != "noun" or h.trigger.category != hit.trigger.category or h.last >= hit.first:
            continue
        if _governed_noun(ctx, h) and not _described_by_verb(ctx, h, hit):
            continue
        between = [ctx.tokens[k].norm.removeprefix("ال") for k in range(h.last + 1, hit.first)]
        if not between and ctx.tokens[hit.first].norm.startswith("و"):
            continue  # `حاصرت المعارك وقصف التحالف`: a second noun joined to the first, not its verb
        if len(between) <= 1 and all(is_nisba(w) or w in _MEANS_ADJECTIVES for w in between):
            return True
    return False


def _described_by_verb(ctx: Context, noun: Hit, verb: Hit) -> bool:
    """`قتيل وجرحى في انفجار استهدف رئيس الأركان الليبي`: a verb right after an indefinite noun
    describes it (the noun is its subject) even where a preposition governs the noun."""
    word = _bare(ctx.tokens[noun.last].norm)
    joined = ctx.tokens[verb.first].norm.startswith("و")
    return noun.last + 1 == verb.first and not word.startswith("ال") and not joined


def _event_noun_after(ctx: Context, hit: Hit) -> bool:
    """`ودمر القصف الجوي والمدفعي تحصينات ميليشيات الحوثي`: a definite attack noun right after an
    attack verb is its subject (verb-subject-object), so the names after are objects (not for other
    categories: `استعادت السيطرة على` takes its noun as object)."""
    if hit.trigger.pos != "verb" or hit.enclitic or hit.trigger.category != "ASSAULT":
        return False
    nxt = hit.last + 1
    return any(
        h.first == nxt
        and h.trigger.pos == "noun"
        and h.trigger.category == hit.trigger.category
        and _subject_noun(ctx.tokens[nxt].norm)
        for h in ctx.hits
    )


def _subject_noun(norm: str) -> bool:
    """A definite noun, or an indefinite one not in the accusative (`استهدف انفجار موكبا لرئيس
    الوزراء`: the explosion did it; `هجوما` after the verb would be its object)."""
    return norm.startswith("ال") or not norm.endswith("ا")


def _near_objects(ctx: Context, hit: Hit, free_after, prep_after, roles: Roles) -> None:
    """The objects of a verb with an unnamed subject, within reach and not completing a noun
    (`استهدفت حاجزا ... باتجاه مناطق سيطرة قوات النظام`: the forces only name the area)."""
    near = [
        g
        for g in _groups(ctx, free_after)
        if ctx.mention_tokens(g[0][1])[0] - hit.last <= _OBJECT_REACH and not _genitive_of_noun(ctx, g[0][1])
    ]
    _objects_only(ctx, hit, [item for g in near for item in g], prep_after, roles)


def _antecedent_near(ctx: Context, rel: int) -> list[str]:
    """`الغوطة الشرقية المحاصرة، والتي تتعرض`: the name a few words before a relative pronoun."""
    if rel < 1 or _bare(ctx.tokens[rel].norm) not in _RELATIVES:
        return []
    names = [m for _mi, m in ctx.mentions if 0 < rel - ctx.mention_tokens(m)[1] <= 3 and m.entity]
    return [names[-1].entity] if names else []


def _undergone_by(ctx: Context, hit: Hit, antecedent: list[str]) -> bool:
    """An unvocalised verb after a person (`antecedent`) and الذي, with no object but a time or a place
    after it (`عبد القادر الجنيد الذي اختطف الأربعاء الماضي في مدينة تعز`), reads as a passive: the
    person underwent it (`X الذي اختطف الصحفي` has its object)."""
    if hit.trigger.voice != "either" or hit.trigger.pos != "verb" or hit.stem_affix or hit.enclitic:
        return False
    if not antecedent or _coarse(ctx.doc, antecedent[0]) != "PER" or hit.last + 1 >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[hit.last + 1].norm
    return _time_word(nxt) or _bare(nxt) in ("في", "امس", "اليوم", "خلال", "منذ")


def _relative_antecedent(ctx: Context, hit: Hit) -> list[str]:
    """`ميركل التي دعت ...`: the subject of a verb right after التي / الذي is the name before it."""
    return _antecedent_of(ctx, hit.first - 1)


def _antecedent_of(ctx: Context, rel: int) -> list[str]:
    """The actor-capable name right before the relative pronoun at token `rel`, if it is one."""
    if rel < 1 or _bare(ctx.tokens[rel].norm) not in _RELATIVES:
        return []
    end = ctx.tokens[rel - 1].end
    for _mi, m in ctx.mentions:
        if end - 1 <= m.end <= end + 1 and _actor_capable(m, ctx.doc):
            key = _title_holder(ctx, m) or m.entity
            return [key] if key else []
    return []


def _after_report_verb(ctx: Context, m: Mention) -> bool:
    """`أطلقت ... 105 صواريخ على ما قالت وزارة الدفاع الأميركية إنها مواقع`: a name right after a
    verb of saying is its subject, not the object of the event verb before."""
    first = ctx.mention_tokens(m)[0]
    return first > 0 and _bare(ctx.tokens[first - 1].norm) in _REPORT


def _resumed_antecedent(ctx: Context, hit: Hit) -> list[str]:
    """`منبج التي تهدد أنقرة بمهاجمتها`: the name before the relative pronoun when a ب phrase after the
    verb carries a pronoun for it (the antecedent is the object, not the subject)."""
    k = hit.first - 2
    while k > 0 and is_nisba(_bare(ctx.tokens[k].norm)):
        k -= 1  # "مدينة منبج السورية، التي"
    end = ctx.tokens[k].end if k >= 0 else -1
    before = [m.entity for _mi, m in ctx.mentions if end - 1 <= m.end <= end + 1 and m.entity]
    following = ctx.tokens[hit.last + 1 : hit.last + 1 + _RESUMPTIVE_REACH]
    resumed = any(
        t.norm.startswith("ب") and t.norm.endswith(("ها", "ه", "هم")) and len(t.norm) > 4 for t in following
    )
    return before[:1] if resumed else []


def _clause_antecedent(ctx: Context, hit: Hit) -> list[str]:
    """`الأسد الذي توجه إلى سوتشي في زيارة عمل`: in a relative clause, the one who makes the visit
    is the name the relative pronoun follows."""
    return _antecedent_of(ctx, _window(ctx, hit)[0] - 1)


_STATEMENT = {"بيان", "البيان", "بيانا", "تصريح", "رساله"}


def _statement_issuer(ctx: Context, hit: Hit) -> list[str]:
    """`ودعا بيان صادر عن الخارجية الأميركية إلى`: a statement is the subject; its issuer acts."""
    words = [_bare(t.norm) for t in ctx.tokens[hit.last + 1 : hit.last + 5]]
    if not words or words[0] not in _STATEMENT or "عن" not in words[1:]:
        return []
    k = hit.last + 1 + words.index("عن", 1)
    issuer = [m for _mi, m in ctx.mentions if ctx.mention_tokens(m)[0] == k + 1 and m.entity]
    return [issuer[0].entity] if issuer and _actor_capable(issuer[0], ctx.doc) else []


def _statement_owner(ctx: Context, hit: Hit) -> list[str]:
    """`جاء ذلك في بيان للاتحاد الأوروبي، داعين روسيا`: the body whose statement the clause before a
    circumstantial participle names (بيان لـ X, بيان صادر عن X) is the participle's subject."""
    for k in range(max(0, hit.first - _STATEMENT_REACH), hit.first):
        if _bare(ctx.tokens[k].norm) not in _STATEMENT:
            continue
        owners = [
            m
            for _mi, m in ctx.mentions
            if m.entity
            and 0 < ctx.mention_tokens(m)[0] - k <= 3
            and ctx.mention_tokens(m)[1] < hit.first
            and ctx.prep_before(m) in ("ل", "عن")
            and _actor_capable(m, ctx.doc)
        ]
        if owners:
            return [owners[0].entity]
    return []


_STATEMENT_REACH = 6  # tokens from the statement noun to the participle


def _passive_accused(ctx: Context, hit: Hit, free_after) -> list[str] | None:
    """`كما يتهم النظام السوري باستخدام غاز السارين`: an accusing verb with no subject before it and one
    name after it, then the act charged with ب, is passive (يُتهم): the name is the accused. With two
    names (`اتهمت إيران السعودية بدعم`) the first is the subject."""
    if hit.trigger.words[0] not in ("اتهم", "يتهم") or hit.enclitic:
        return None  # ندد بـ takes its object with ب
    if ctx.tokens[hit.first].norm[:1] in "وف":
        return None  # وتعرض أبو مازن ... واتهم حماس بـ: a verb joined to a clause with a subject
    before = hit.first - 1
    if before >= 0 and _bare(ctx.tokens[before].norm) == "قد":
        before -= 1  # وكانت منظمة X قد اتهمت السلطات بـ: the subject stands between كان and قد
    if before >= 0 and any(ctx.mention_tokens(m)[1] == before for _mi, m in ctx.mentions):
        return None  # إيران تتهم X بـ: a subject before the verb
    groups = _groups(ctx, free_after)
    if not groups or ctx.mention_tokens(groups[0][0][1])[0] != hit.last + 1:
        return None
    end = ctx.mention_tokens(groups[0][-1][1])[1]
    charge = ctx.tokens[end + 1].norm if end + 1 < len(ctx.tokens) else ""
    if not (charge.startswith("ب") and len(charge) > 3) or charge in _NOT_ACTS:
        return None
    return _group_keys(ctx, groups[0])


def _main_subject(ctx: Context, hit: Hit) -> list[str]:
    """The sentence's first actor-capable noun phrase that no preposition governs, before the trigger
    (the subject of a sentence-initial verb: أكد رئيس مجلس الشورى X، ...، متهما)."""
    if any(h.last < hit.first and h.trigger.pos == "verb" for h in ctx.hits):
        return []  # طالب تركيا ...، داعيا: the participle continues the verb before it (see detect)
    return _opening_subject(ctx, hit)


def _opening_subject(ctx: Context, hit: Hit, bodies_only: bool = False) -> list[str]:
    """The first actor-capable noun phrase before the trigger that opens the sentence, no preposition
    governing it (`bodies_only`: and naming no person)."""
    before = [(mi, m) for mi, m in ctx.mentions if ctx.mention_tokens(m)[1] < hit.first]
    for group in _groups(ctx, before):
        opening = ctx.mention_tokens(group[0][1])[0] <= _MAIN_SUBJECT_START
        body = not bodies_only or all(m.coarse != "PER" for _mi, m in group)
        if opening and body and _capable_head(ctx, group) and ctx.prep_before(group[0][1]) is None:
            return _group_keys(ctx, group)
    return []


_MAIN_SUBJECT_START = 4  # tokens: the subject of a sentence-initial verb (أكد رئيس مجلس الشورى X)


def _preverbal_subject(ctx: Context, hit: Hit) -> list[str]:
    """`لكن نصر الله أصر على دعم حليفه ... عون ...، داعيا "تيار المستقبل"`: the nearest name before the
    participle that a finite verb follows at once is the subject of its clause."""
    before = [(mi, m) for mi, m in ctx.mentions if ctx.mention_tokens(m)[1] < hit.first]
    for group in reversed(_groups(ctx, before)):
        last = ctx.mention_tokens(group[-1][1])[1]
        capable = any(_actor_capable(m, ctx.doc) for _mi, m in group)
        if capable and last + 1 < hit.first and _pos_at(ctx, last + 1) == "VERB":
            return _group_keys(ctx, group)
    return []


def _noun_subject(ctx: Context, hit: Hit) -> bool:
    """`متظاهرون يحتجون`, `التي اقتحمها متظاهرون`: an event noun right before or after the verb is
    its (unnamed) subject; not one a preposition governs (`وطالب بالتحقيق`: what he demanded)."""
    return any(
        h.trigger.pos == "noun"
        and (h.last == hit.first - 1 or (h.first == hit.last + 1 and not _prepositional(ctx, h)))
        for h in ctx.hits
    )


def _prepositional(ctx: Context, hit: Hit) -> bool:
    """The trigger word carries a preposition the lexicon form lacks (بالتحقيق, لتفتيش, بتفجير)."""
    word = _bare(ctx.tokens[hit.first].norm)
    return word[:1] in ("ب", "ل") and not hit.trigger.words[0].startswith(word[:1])


def _pluperfect_frame(ctx: Context, hit: Hit) -> bool:
    """`وكان مسؤول في اقليم كردستان قد طالب تركيا`: the subject stands between كان and قد, before the
    verb (here unnamed), so nothing after the verb is its subject."""
    if hit.first < 2 or _bare(ctx.tokens[hit.first - 1].norm) != "قد":
        return False
    window = range(max(0, hit.first - 10), hit.first - 2)
    return any(_bare(ctx.tokens[k].norm) in _KANA for k in window)


def _pluperfect_subject(ctx: Context, hit: Hit) -> list[str]:
    """`وكان كارتر قد زار بغداد`: the name filling a pluperfect frame right up to قد acts."""
    if not _pluperfect_frame(ctx, hit):
        return []
    frame = range(max(0, hit.first - 10), hit.first - 2)
    kana = max(k for k in frame if _bare(ctx.tokens[k].norm) in _KANA)
    inside = [
        (mi, m)
        for mi, m in ctx.mentions
        if kana < ctx.mention_tokens(m)[0]
        and ctx.mention_tokens(m)[1] < hit.first - 1
        and ctx.prep_before(m) is None
    ]
    groups = _groups(ctx, inside)
    if not groups or ctx.mention_tokens(groups[-1][-1][1])[1] != hit.first - 2:
        return []
    if ctx.mention_tokens(groups[-1][0][1])[0] != kana + 1 or not _actor_capable(groups[-1][0][1], ctx.doc):
        return []
    return _group_keys(ctx, groups[-1])


def _described_topic(ctx: Context, hit: Hit) -> list[str]:
    """`والنظام السوري الذي ينفي الاتهامات ...، كان قد دعا منظمة حظر الأسلحة الكيميائية`: the name
    that opens the sentence, described by a relative clause, is the subject of `كان قد` + verb."""
    toks = ctx.tokens
    if (
        hit.first < 4
        or _bare(toks[hit.first - 1].norm) != "قد"
        or _bare(toks[hit.first - 2].norm) not in _KANA
    ):
        return []
    opening = [g for g in _groups(ctx, ctx.mentions) if ctx.mention_tokens(g[0][1])[0] == 0]
    if not opening or not _actor_capable(opening[0][0][1], ctx.doc):
        return []
    end = ctx.mention_tokens(opening[0][-1][1])[1]
    return _group_keys(ctx, opening[0]) if _bare(toks[end + 1].norm) in _RELATIVES else []


_KANA = ("كان", "كانت")


def _authorities_in(ctx: Context, hit: Hit) -> list[str]:
    """`أوقفت السلطات في إيران محامية`: "the authorities in" a country, right after the verb, are its."""
    k = hit.last + 1
    if hit.trigger.pos != "verb" or k + 2 >= len(ctx.tokens) or ctx.tokens[k].norm != "السلطات":
        return []
    if ctx.tokens[k + 1].norm != "في":
        return []
    at = k + 2
    return [
        m.entity
        for _mi, m in ctx.mentions
        if m.entity and ctx.mention_tokens(m)[0] == at and m.cls == "Country"
    ][:1]


def _unnamed_subject(ctx: Context, hit: Hit) -> bool:
    """The word right after the verb is a definite title or body word outside any name (المسؤول،
    الوزير، الجيش), directly followed by a body or a place, which it cannot govern: that name is the
    object."""
    k = hit.last + 1
    if k + 1 >= len(ctx.tokens) or ctx.in_mention(k):
        return False
    word = _bare(ctx.tokens[k].norm)
    # ويتهم أبناء العشيرة السلطات القطرية: an unnamed crowd is the subject (فصائل: ف is no conjunction)
    # (also definite: ويتهم المسلحون الجيش السوري باستخدام تكتيك الأرض المحروقة)
    if word.removeprefix("ال") in _PEOPLE_NOUNS or ctx.tokens[k].norm in _PEOPLE_NOUNS:
        return True
    if ctx.tokens[k].norm in _KIN:  # ناشد والد الشابة البريطانية آنا كامبل الحكومة: her father asks
        return True
    # غادر أكثر من 400 نازح عبر الميناء: a counted crowd travels (after قتل it is the dead; after احتج
    # عدد من سكان بن قردان, "a number of the residents of" a town says where they protest)
    if "dest" in hit.trigger.flags and (word in ("اكثر", "نحو", "قرابه") or _count(word)):
        return True
    if word in lx.DEFINITE_ORG_HEADS and _bare(ctx.tokens[k + 1].norm) in _RELATIVES:
        return True  # ويتهم التحالف الذي تقوده السعودية إيران: an unnamed body, described, is the subject
    # the same for an unnamed body (وحمل الجيش فيلق القدس الإيراني مسؤولية)
    unnamed_body = word in lx.DEFINITE_ORG_HEADS
    if not (unnamed_body or (word.startswith("ال") and (word[2:] in _TITLES or word in lx.ALL_TITLES))):
        return False
    nxt = ctx.tokens[k + 1].start
    return any(m.start == nxt and m.coarse in ("ORG", "LOC") for _mi, m in ctx.mentions)


def _unnamed_preverbal_subject(ctx: Context, hit: Hit) -> bool:
    """`غالبية الصحف البريطانية تتهم فرنسا`: a present verb right after a definite noun phrase that
    names nobody, opening its clause: the phrase is the subject, the name after the verb the object."""
    first = ctx.tokens[hit.first].norm
    lo = _window(ctx, hit)[0]
    if hit.trigger.pos != "verb" or first[:1] not in "يت" or hit.first - lo < 1:
        return False
    before = ctx.tokens[lo : hit.first]
    named = any(m.start < before[-1].end and m.end > before[0].start for _mi, m in ctx.mentions)
    last = _bare(before[-1].norm)
    return not named and last.startswith("ال") and not _time_word(last) and len(before) <= 4


# Unnamed people or bodies that a nationality adjective attributes to a state (الوفد الإيراني).
_DESCRIBED_ACTORS = frozenset(
    normalize(w)
    for w in (
        *("الوفد", "المسؤولين", "المسؤولون", "مسؤولين", "مسؤولون", "السلطات", "الدبلوماسيين"),
        *("الدبلوماسيون", "القوات", "قوات", "الطائرات", "طائرات", "المقاتلات", "الطيران"),
        *("المحققين", "المحققون", "محققين", "محققون"),
    )
)


def _described_subject(ctx: Context, hit: Hit) -> list[str]:
    """`إن الوفد الإيراني التقى العبادي`, `أن المسؤولين الإيرانيين دعوا المالكي`: a noun of people or
    a body and a nationality adjective, nothing named, opening the clause before its verb: the state of
    the adjective acts."""
    k = hit.first - 2
    if hit.trigger.pos != "verb" or k < 1 or _bare(ctx.tokens[k].norm) not in _DESCRIBED_ACTORS:
        return []
    if _bare(ctx.tokens[k - 1].norm) not in ("ان", "انه", "انها", "بان"):
        return []
    if any(_overlaps(m, t) for t in ctx.tokens[k : hit.first] for _mi, m in ctx.mentions):
        return []
    return _first_adjective_country(ctx, [hit.first - 1])


def _condemns_with_ba(ctx: Context, hit: Hit, group: list[tuple[int, Mention]]) -> bool:
    """`تندد الرياض باستمرار بالاستخدام المتزايد لطائرات بلا طيار`: ندد takes what it condemns with
    ب, so the bare name between the verb and a ب word is its subject."""
    if hit.trigger.words[0] not in ("ندد", "يندد"):
        return False
    k = ctx.mention_tokens(group[-1][1])[1] + 1
    return k < len(ctx.tokens) and ctx.tokens[k].norm.startswith("ب")


def _headed_subject(ctx: Context, hit: Hit) -> list[str]:
    """`لكن الدول الغربية وعلى رأسها واشنطن وباريس، اتهمت النظام السوري وروسيا`: the names that "head"
    an unnamed group just before the verb stand for it as its subject."""
    if hit.trigger.pos != "verb":
        return []
    lo = max(0, hit.first - _HEADED_REACH)
    heads = [k for k in range(lo, hit.first - 2) if _bare(ctx.tokens[k].norm) == "علي"]
    if not heads or ctx.tokens[heads[-1] + 1].norm not in _AT_ITS_HEAD:
        return []
    start = heads[-1] + 2
    named = [(mi, m) for mi, m in ctx.mentions if start <= ctx.mention_tokens(m)[0] < hit.first]
    words = {k for _mi, m in named for k in range(*_span(ctx, m))}
    if not named or any(
        k not in words and not _conjunction(ctx.tokens[k].norm) for k in range(start, hit.first)
    ):
        return []  # only the names (and و) between the phrase and the verb
    return _unique([key for _mi, m in named if (key := _entity_of(m))])


_AT_ITS_HEAD = {"راسها", "راسهم", "راسه"}
_HEADED_REACH = 8  # words from وعلى رأسها to the verb: two or three names and their و


def _subject_before_while(ctx: Context, hit: Hit) -> list[str]:
    """`كما أن حركة حماس إذ تستهجن الاتهامات`: the name right before إذ ("while") is the subject of
    the verb right after it."""
    k = hit.first - 1
    if hit.trigger.pos != "verb" or k < 1 or ctx.tokens[k].norm != "اذ":
        return []
    if any(ctx.mention_tokens(m)[0] == hit.last + 1 for _mi, m in ctx.mentions):
        return []  # إذ تحاصر قوات المقاومة قاعدة العند: the verb's own subject follows it
    named = [m for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[1] == k - 1]
    return [named[-1].entity] if named and _actor_capable(named[-1], ctx.doc) else []


_DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك"}


def _demonstrative_subject(ctx: Context, hit: Hit) -> list[str] | None:
    """`دعت هذه المنظمة الحكومة الأميركية`: a demonstrative and a body noun right after the verb are its
    subject, the latest body named before with that head noun ([] when none); a bare definite body
    noun (`ودعت المنظمة`) only when one body of the article has that head; None otherwise."""
    k = hit.last + 1
    pointed = k + 1 < len(ctx.tokens) and ctx.tokens[k].norm in _DEMONSTRATIVES
    if not pointed and not _bare_body_noun(ctx, k):
        return None
    noun = ctx.tokens[k + 1] if pointed else ctx.tokens[k]
    head = noun.norm.removeprefix("ال")
    if not (head in lx.ORG_HEADS or "ال" + head in lx.DEFINITE_ORG_HEADS):
        return None
    start = ctx.tokens[k].start
    earlier = [
        m
        for m in ctx.doc.mentions
        if m.end <= start and m.coarse == "ORG" and m.entity and _head_noun(m.text) == head
    ]
    if not pointed:  # `ودعت المنظمة الرياض`: the article's one body of that kind, else nobody named
        return [earlier[-1].entity] if len({m.entity for m in earlier}) == 1 else None
    return [earlier[-1].entity] if earlier else []


def _bare_body_noun(ctx: Context, k: int) -> bool:
    """Token k is a definite noun that no mention covers (`المنظمة`, not `المنظمة الدولية للهجرة`)."""
    if k >= len(ctx.tokens) or not ctx.tokens[k].norm.startswith("ال"):
        return False
    return not ctx.in_mention(k)


def _head_noun(text: str) -> str:
    words = normalize(text).split()
    return words[0].lstrip("وبل").removeprefix("ال") if words else ""


# Plural nouns of unnamed people that stand as a verb's subject right after it.
# Relatives named by whose relative they are (والد X): the subject, unnamed, not X.
_KIN = {
    "والد",
    "والده",
    "شقيق",
    "شقيقه",
    "نجل",
    "ابن",
    "ابنه",
    "زوج",
    "زوجه",
    "عائله",
    "اسره",
    "ذوو",
    "اقارب",
}
_PEOPLE_NOUNS = {
    "ابناء",
    "اهالي",
    "سكان",
    "مسلحون",
    "مسلحين",
    "ناشطون",
    "نشطاء",
    "مواطنون",
    "مجهولون",
    "مسلحو",
    "عشرات",
    "مئات",
    "الاف",
    "محتجون",
    "متظاهرون",
    "طلاب",
    "عمال",
    "لاجئون",
    "اخرون",
    "اخرين",
    # unnamed bodies: وطالبت منظمات حقوقية محلية ودولية السلطات المصرية بالتوقف
    "منظمات",
    "جماعات",
    "جمعيات",
    "هيئات",
    "نقابات",
    "فصايل",  # رفضت فصائل المعارضة المسلحة شروط الاستسلام (ئ normalised to ي)
}


_OFFICIALS = {
    normalize(w)
    for w in ("مسؤول", "مسؤولون", "مسؤولين", "مصدر", "متحدث", "دبلوماسي", "دبلوماسيون", "ناطق")
    + ("مفاوض", "مفاوضون", "مفاوضين")  # ورفض المفاوضون الروس: negotiators, named by their nationality
}


def _officials_of(ctx: Context, hit: Hit) -> list[str]:
    """`مسؤولين من السفارة زاروا حسن`: unnamed officials "of" a body right before the verb act for it."""
    ends_here = (m for _mi, m in ctx.mentions if m.entity and m.coarse == "ORG")
    body = next((m for m in ends_here if ctx.mention_tokens(m)[1] == hit.first - 1), None)
    if body is None or body.entity is None:
        return []
    first = ctx.mention_tokens(body)[0]
    words = [_bare(t.norm) for t in ctx.tokens[max(0, first - 2) : first]]
    return [body.entity] if len(words) == 2 and words[0] in _OFFICIALS and words[1] == "من" else []


def _unnamed_minister(ctx: Context, hit: Hit) -> list[str]:
    """`وصل الوزير الأميركي إلى الدوحة للقاء وزراء مجلس التعاون الخليجي`: "the minister" with an
    adjective of nationality and no name after it, right after the verb, acts for his country."""
    k = hit.last + 1
    if k + 1 >= len(ctx.tokens) or ctx.tokens[k].norm != "الوزير":
        return []
    # (a nameless title is a mention with no entity; a name after it is the subject)
    if any(ctx.mention_tokens(m)[0] in (k, k + 2) and m.entity for _mi, m in ctx.mentions):
        return []
    return _first_adjective_country(ctx, [k + 1])


def _unnamed_official(ctx: Context, hit: Hit) -> list[str] | None:
    """`حث مسؤول أممي بارز إسرائيل`, `قال مسؤول أمريكي`: an unnamed official with an adjective of
    nationality or of a body right after the verb is its subject, acting for that country or body
    ([] when the article does not name it); None when the words after the verb are something else."""
    k = hit.last + 1
    # (definite too: ورفض المفاوضون الروس الثلاثاء مسودة مطالب قدمتها الفصائل)
    if k >= len(ctx.tokens) or _bare(ctx.tokens[k].norm).removeprefix("ال") not in _OFFICIALS:
        return None
    if ctx.in_mention(k):
        return None
    adjective = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
    if adjective is None:
        return None
    country = _first_adjective_country(ctx, [k + 1])
    mi = org_adjective(ctx.doc, "ال" + adjective.norm.removeprefix("ال"))  # أممي: الأمم المتحدة
    body = [ctx.doc.mentions[mi].entity] if mi is not None and ctx.doc.mentions[mi].entity else []
    if not (country or body or is_nisba(adjective.norm)):
        return None  # مسؤول العلاقات الخارجية ... فلاح مصطفى: the title of a name that follows
    return country or body[:1]


def _arrested_person(
    ctx: Context, hit: Hit, groups: list[list[tuple[int, Mention]]], previous_actor: list[str]
) -> bool:
    """`واعتقل رضايان في 22 يوليو 2014 في طهران`: a masculine arrest verb right before a person, its
    only named phrase, reads as a passive when no body is the running subject; bodies, not persons,
    arrest people (`اعتقلت الشرطة X` names two; `اقتحم الجيش القرية واعتقل X` continues the army)."""
    if hit.trigger.category != "COERCE" or hit.trigger.mode != "arrest" or hit.trigger.pos != "verb":
        return False
    if hit.stem_affix or any(_coarse(ctx.doc, k) != "PER" for k in previous_actor):
        return False
    near = [g for g in groups if ctx.mention_tokens(g[0][1])[0] - hit.last <= _OBJECT_REACH]
    person = near[0][0][1] if len(near) == 1 else None
    return person is not None and person.coarse == "PER" and ctx.mention_tokens(person)[0] == hit.last + 1


def _people_before(ctx: Context, hit: Hit) -> bool:
    """`إلا أن إماراتيين رفضوا كلماته`: unnamed people (a plural of nationality or a crowd noun) right
    before the verb are its subject, so no running subject is borrowed."""
    if hit.first == 0:
        return False
    word = ctx.tokens[hit.first - 1].norm
    plural_nisba = word.endswith(("يين", "يون")) and not word.startswith("ال") and len(word) > 5
    return word in _PEOPLE_NOUNS or word in lx.DEMONYM_PLURALS or plural_nisba or _people_after_that(ctx, hit)


_THAT_REACH_BACK = 6  # tokens from a verb back to the إن that opens its clause


def _people_after_that(ctx: Context, hit: Hit) -> bool:
    """`إن معارضين للتطبيع مع إسرائيل طالبوا`: an indefinite plural right after إن / أن opens the
    clause as its unnamed subject."""
    for k in range(hit.first - 1, max(-1, hit.first - _THAT_REACH_BACK), -1):
        if ctx.tokens[k].norm in ("ان", "بان") and k + 1 < hit.first:
            word = ctx.tokens[k + 1].norm
            plural = word.endswith(("ين", "ون")) and not word.startswith("ال") and len(word) > 5
            return plural or word in _PEOPLE_NOUNS
    return False


def _titled_subject(
    ctx: Context, subject: list[tuple[int, Mention]], groups: list[list[tuple[int, Mention]]]
) -> list[tuple[int, Mention]] | None:
    """`وزار مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث صنعاء والسعودية`: the body in a title is
    followed by the person who holds it (a relation whose span covers the body): the person is the
    subject, and what follows his name the object."""
    body = subject[0][1]
    later = [g for g in groups if g[0][1].start > subject[-1][1].start]
    person = later[0] if later else None
    if person is None or person[0][1].coarse != "PER" or not person[0][1].entity:
        return None
    holds = any(
        rel.subject == person[0][1].entity and rel.object == body.entity and rel.start <= body.start < rel.end
        for rel in ctx.doc.relations
    )
    return person if holds else None


def _next_person(subject: list[tuple[int, Mention]], group: list[tuple[int, Mention]]) -> bool:
    """`استقبل [وزير خارجية X الشيخ A] [المبعوث B]`, `هدد [الرئيس الأمريكي دونالد ترامب] [تركيا]`: a
    person's name ends the subject phrase, so a later group naming another person or a country is
    the object (an organisation after it may be his title)."""
    ends_with_name = subject[-1][1].coarse == "PER" and subject[-1][1].kind == "name"
    # a place named right after a person's name is not part of it (زار ... عبد الفتاح السيسي الرياض)
    place = group[0][1].cls == "Country" or (group[0][1].coarse == "LOC" and group[0][1].kind == "name")
    return (any(m.coarse == "PER" for _mi, m in subject) and any(m.coarse == "PER" for _mi, m in group)) or (
        ends_with_name and place
    )


def _body_after_person(ctx: Context, person: Mention, body: Mention) -> bool:
    """`ودعا عباس الأمم المتحدة إلى اتخاذ إجراء`: a definite body named right after a person's name is
    another argument (the object), not his office, which a title word would introduce."""
    adjacent = ctx.mention_tokens(body)[0] == ctx.mention_tokens(person)[1] + 1
    named = person.kind == body.kind == "name" and normalize(body.text).startswith("ال")
    return adjacent and named and person.coarse == "PER" and body.coarse == "ORG"


def _after_country(
    ctx: Context, subject: list[tuple[int, Mention]], group: list[tuple[int, Mention]]
) -> bool:
    """`أدرجت الولايات المتحدة حزب العمال`: a name right after a country subject is the object (a
    country's name takes no title or apposition after it)."""
    last = subject[-1][1]
    adjacent = ctx.mention_tokens(group[0][1])[0] == ctx.mention_tokens(last)[1] + 1
    if adjacent and (_ends_with_nationality(last) or _definite_body_after_body(group[0][1], last)):
        return True  # دعت المنظمة الصهيونية الأميركية الحكومة الأميركية: the adjective ends the subject
    if not (last.cls == "Country" and (last.kind == "name" or _state_description(ctx, last))):
        return False
    between = ctx.tokens[ctx.mention_tokens(last)[1] + 1 : ctx.mention_tokens(group[0][1])[0]]
    if not between:
        return True
    # جمدت تركيا رسميا أموال الرئيس اليمني السابق علي عبدالله صالح: adverbs, the cue noun and the
    # object's own title stand between; a title is needed (المجتمع الدولي ... X is another phrase)
    words = [_bare(t.norm) for t in between]
    titled = any(w in lx.ALL_TITLES or w.removeprefix("ال") in _TITLES for w in words)
    return len(words) <= _TITLED_OBJECT_REACH and titled and all(map(_before_titled_object, words))


def _ends_with_nationality(m: Mention) -> bool:
    """A body's name closed by an adjective of nationality (المنظمة الصهيونية الأميركية)."""
    return (
        m.coarse == "ORG"
        and m.kind == "name"
        and country_of_adjective(normalize(m.text).split()[-1]) is not None
    )


_TITLED_OBJECT_REACH = 7
_HOLDER_REACH = 14  # tokens from a title to its holder's name (a long body and region between)


def _titled_counterpart(ctx: Context, hit: Hit, roles: Roles) -> list[str]:
    """`التقى وزير حقوق الإنسان ...، عزالدين الأصبحي امس بالرياض المدير الإقليمي لبرنامج الأغذية العالمي
    بمنطقة الشرق الأوسط ...، مهند هادي`: a met person named after his long title is met; the title
    stands where the object would (after the subject, a time word and the place), its holder follows."""
    if hit.trigger.pos != "verb" or not roles.actors:
        return []
    own = [ctx.mention_tokens(m)[1] for _mi, m in ctx.mentions if m.entity in roles.actors]
    reach_from = max([k for k in own if k > hit.last], default=hit.last)
    places = [ctx.mention_tokens(m) for _mi, m in ctx.mentions if m.entity in roles.places]
    k = reach_from + 1
    while k < len(ctx.tokens) and (
        _time_word(ctx.tokens[k].norm) or any(first <= k <= last for first, last in places)
    ):
        k += 1  # امس بالرياض
    if k >= len(ctx.tokens) or not _title_word(ctx.tokens[k].norm):
        return []
    if _object_distance(ctx, reach_from, k) > _OBJECT_REACH:
        return []
    holder = next(
        (
            m
            for _mi, m in sorted(ctx.mentions, key=lambda item: item[1].start)
            if k < ctx.mention_tokens(m)[0] <= k + _HOLDER_REACH and m.entity and m.coarse == "PER"
        ),
        None,
    )
    if holder is None or any(k < h.first < ctx.mention_tokens(holder)[0] for h in ctx.hits):
        return []
    return [holder.entity]


_OBJECT_ADVERBS = {"رسميا", "مجددا", "ايضا", "كذلك", "فعلا"}


def _before_titled_object(word: str) -> bool:
    """A word that may stand between a country subject and its titled object."""
    return (
        _descriptive(word)
        or word in lx.FORMER_WORDS
        or word in _OBJECT_ADVERBS
        or _time_word(word)
        or word.startswith(_FREEZE_CUES)
    )


def _comma_between(ctx: Context, a: Mention, b: Mention) -> bool:
    between = ctx.doc.text[a.end : b.start]
    return "،" in between or "," in between


# Where a statement was made, said between a verb-first subject and the object (في بيان الأربعاء).
_STATEMENT_NOUNS = {normalize(w) for w in ("بيان", "تصريح", "تصريحات", "كلمة", "رسالة", "تغريدة", "مقابلة")}


def _statement_adjunct_between(ctx: Context, a: Mention, b: Mention) -> bool:
    """`وحثت منظمة هيومن رايتس ووتش الحقوقية في بيان الأربعاء الأردن وإسرائيل`: the subject ends
    where `في بيان` begins; the name after that phrase (and its day) is the object."""
    first, last = ctx.mention_tokens(a)[1] + 1, ctx.mention_tokens(b)[0]
    words = [_bare(t.norm) for t in ctx.tokens[first:last]]
    if "في" not in words or any(ctx.in_mention(k) for k in range(first, last)):
        return False
    k = words.index("في")
    return k + 1 < len(words) and words[k + 1] in _STATEMENT_NOUNS and len(words) - k <= 4


# (and `في المقابل، هدد المتحدث ...`: "on the other side", the other party speaks next)
_OPENERS = {"بينما", "فيما", "حيث", "عندما", "حين", "بعدما", "المقابل"}


_CONTRAST_OPENERS = {"بينما", "فيما"}


def _contrast_clause_end(ctx: Context, hit: Hit) -> int | None:
    """`وبينما لم يتطرق الملك سلمان في كلمته إلى النزاع السوري، دعا الأمين العام ... أحمد أبو الغيط`:
    a verb right after the comma that closes a sentence-initial contrast clause, with a name after it,
    takes its subject after it; the names of the contrast clause are not its arguments. The index
    of the last token of that clause, or None."""
    first = 1 if ctx.tokens and ctx.tokens[0].norm == "و" else 0
    if hit.first < 2 or len(ctx.tokens) <= first or _bare(ctx.tokens[first].norm) not in _CONTRAST_OPENERS:
        return None
    gap = ctx.doc.text[ctx.tokens[hit.first - 1].end : ctx.tokens[hit.first].start]
    if "،" not in gap and "," not in gap:
        return None
    named_after = any(ctx.mention_tokens(m)[0] > hit.last for _mi, m in ctx.mentions)
    return hit.first - 1 if named_after else None


def _opens_clause(ctx: Context, hit: Hit) -> bool:
    """`بينما هدد حزب X بقطع الهدنة`: a verb right after a clause opener starts a new clause whose
    subject follows it; the running subject of the previous clause does not continue."""
    if hit.first > 0 and _quote_start(ctx, hit) == hit.first:
        return True  # وأضاف البيان: "يدين الاتحاد الأوروبي ...": the quotation's own clause
    return hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) in _OPENERS


def _feminine_after_person(ctx: Context, hit: Hit, previous_actor: list[str]) -> bool:
    """`ونددت موسكو`: a feminine verb cannot continue a running subject that is a person (news actors
    named before are men), so the lone noun phrase after it is its subject (a state, a body)."""
    first = _bare(ctx.tokens[hit.first].norm)
    feminine = hit.stem_affix == "ت" or (hit.trigger.words[0].startswith("ي") and first.startswith("ت"))
    return feminine and all(_coarse(ctx.doc, k) == "PER" for k in previous_actor)


def _man_after_state(
    ctx: Context, hit: Hit, previous_actor: list[str], group: list[tuple[int, Mention]]
) -> bool:
    """`ومارست إسرائيل ... ضغوطا ... وهدد أوباما باستخدام حق النقض`: a past verb in its masculine
    form cannot continue a running subject that is a state (a feminine noun), so the man named
    right after it is its subject, not its object."""
    first = _bare(ctx.tokens[hit.first].norm)
    if hit.trigger.pos != "verb" or hit.stem_affix or hit.enclitic or first != hit.trigger.words[0]:
        return False
    m = group[0][1]
    if first.endswith(("ت", "وا")) or m.coarse != "PER" or ctx.mention_tokens(m)[0] != hit.last + 1:
        return False
    return bool(previous_actor) and all(_is_state(ctx.doc, k) for k in previous_actor)


def _is_state(doc: Document, key: str) -> bool:
    try:
        return doc.entity(key).cls == "Country"
    except KeyError:
        return False


def _feminine_body_subject(ctx: Context, hit: Hit, subject: list[str]) -> list[str]:
    """`وقالت الخارجية الفلسطينية إن الوزير، رياض المالكي، التقى بنيتيز ... وأشادت بتغيير باراغواي`: a
    feminine past verb joined by و does not agree with the man named before it; its subject is the body
    that opens the sentence."""
    if hit.trigger.pos != "verb" or hit.stem_affix != "ت" or not ctx.tokens[hit.first].norm.startswith("و"):
        return []
    if not subject or any(_coarse(ctx.doc, k) != "PER" for k in subject):
        return []
    return _opening_subject(ctx, hit, bodies_only=True)


def _disagrees(ctx: Context, hit: Hit, prev: Detected) -> bool:
    """A feminine past verb joined to a verb whose subject is a man (`التقى المالكي ... وأشادت`)."""
    men = bool(prev.event.actors) and all(_coarse(ctx.doc, k) == "PER" for k in prev.event.actors)
    prev_word = next((t.norm for t in ctx.tokens if t.start == prev.event.start), "")
    return hit.stem_affix == "ت" and men and not prev_word.endswith("ت")


def _projectile_before(ctx: Context, hit: Hit) -> bool:
    """A missile or shell noun in the three words before the verb: the pronoun on it is the missile."""
    words = [_bare(t.norm) for t in ctx.tokens[max(0, hit.first - 3) : hit.first]]
    return any(w.lstrip("بل").removeprefix("ال").startswith(_PROJECTILES) for w in words)


def _named_before(ctx: Context, hit: Hit, group: list[tuple[int, Mention]]) -> bool:
    """`وقال سامي أبو زهري ...: «...»..ودعا أبو زهري إلى التراجع`: a person right after the verb who
    already spoke earlier in this sentence is its subject, not the object of an older running one."""
    m = group[0][1]
    if m.coarse != "PER" or not m.entity or ctx.mention_tokens(m)[0] != hit.last + 1:
        return False
    return any(o.entity == m.entity and ctx.mention_tokens(o)[1] < hit.first for _mi, o in ctx.mentions)


def _described_person_first(ctx: Context, hit: Hit, group: list[tuple[int, Mention]]) -> bool:
    """`وقد أدان وزير الخارجية الأمريكي بشدة ...`: an official's title phrase right after the verb is
    its subject, not the object of a subject running on from before (a meeting excepted: `والتقى
    وزير الخارجية` may be whom the running subject met)."""
    m = group[0][1]
    return (
        m.kind == "nominal"
        and m.coarse == "PER"
        and hit.trigger.category != "CONSULT"
        and ctx.mention_tokens(m)[0] == hit.last + 1
    )


def _unnamed_object_after(ctx: Context, group: list[tuple[int, Mention]]) -> bool:
    """`وطالب نتنياهو المجتمع الدولي بالتصدي`, `وأدانت منظمة العفو الدولية الاعتقالات`: a person's or
    a body's name followed by a definite noun phrase that names nobody is the subject, and that
    phrase the object."""
    m = group[-1][1]
    last = ctx.mention_tokens(m)[1]
    if m.coarse not in ("PER", "ORG") or last + 1 >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[last + 1]
    if nxt.norm in _DEMONSTRATIVES:  # واستنكر ... الشيخ خميس الخنجر هذه التصريحات
        return True
    if _in_statement(ctx, last + 1):  # كما استنكر مجلس التعاون الخليجي في بيان مشترك ... القانون
        return True
    named = any(o.start <= nxt.start < o.end for _mi, o in ctx.mentions)
    return nxt.text.startswith("ال") and not named and not is_nisba(nxt.norm) and nxt.norm not in _TIME_CUES


def _in_statement(ctx: Context, k: int) -> bool:
    """Token k opens `في بيان ...`: the name before it issued the statement, so it is the subject."""
    nxt = _bare(ctx.tokens[k + 1].norm) if k + 1 < len(ctx.tokens) else ""
    return ctx.tokens[k].norm == "في" and nxt in _STATEMENT


def _needs_object(hit: Hit, previous_actor: list[str], *categories: str) -> bool:
    """A lone noun phrase after a transitive verb is its object when a subject is already in play
    (also after حيث for a meeting: يزور X موسكو، حيث سيلتقي الرئيس الروسي)."""
    categories = categories or ("CONSULT", "REQUEST", "ACCUSE", "THREATEN")
    return bool(previous_actor) and hit.trigger.category in categories


def _genitive_of_object(ctx: Context, m: Mention) -> bool:
    """`انتقد X قرار Y`: the name completes the noun that is the verb's object; not a noun inside a
    prepositional phrase (`دافع X عن حق تركيا في ضرب حزب العمال`: the PKK is what is struck)."""
    if not _genitive_of_noun(ctx, m):
        return False
    k = ctx.mention_tokens(m)[0] - 1
    while k > 0 and _descriptive(ctx.tokens[k].norm):
        k -= 1
    return k == 0 or _bare(ctx.tokens[k - 1].norm) not in _LOC_PREPS | _RECIP_PREPS


def _topic_genitive(ctx: Context, m: Mention) -> bool:
    """`دعوى إيران`: the genitive of the common noun right before it (no description between, and not
    a noun with a prepositional clitic: `للشؤون الخارجية أنور قرقاش`)."""
    first = ctx.mention_tokens(m)[0]
    prev = ctx.tokens[first - 1].norm if first else ""
    if not prev or _descriptive(prev) or _bare(prev).startswith(("ل", "ب")) or _bare(prev) in _TITLES:
        return False
    return _genitive_of_noun(ctx, m)


def _genitive_of_noun(ctx: Context, m: Mention) -> bool:
    """`وسط الجدل بشأن مصير الصحفي X`: a name (after its titles and nisba adjectives) that follows an
    ordinary indefinite noun completes that noun (construct state); it is not the verb's object."""
    first = ctx.mention_tokens(m)[0]
    k = first - 1
    while k >= max(0, first - 5) and _descriptive(ctx.tokens[k].norm):
        k -= 1
    inside = any(ctx.mention_tokens(o)[0] <= k <= ctx.mention_tokens(o)[1] for _mi, o in ctx.mentions)
    if k < 0 or inside or any(h.first <= k <= h.last for h in ctx.hits):
        return False
    word = _bare(ctx.tokens[k].norm)
    return len(word) >= 3 and word.isalpha() and not word.startswith("ال") and word not in _closed_words()


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """Prepositions, time words, clause openers and the like: never the head of a construct."""
    return frozenset(
        _LOC_PREPS | _RECIP_PREPS | _TIME_CUES | _BOUNDARY | _REPORT | _HONORIFICS | _NEG | _ACCORDING
    )


def _descriptive(word: str) -> bool:
    """A title, a nisba adjective or a definite noun of the description before a name."""
    return word in lx.ALL_TITLES or is_nisba(word) or _bare(word).startswith("ال")


def _agent_phrase_after(ctx: Context, hit: Hit) -> bool:
    """`على يد` / `بأيدي` / `من قبل` within a few words after the verb: the verb is passive."""
    words = [_bare(t.norm) for t in ctx.tokens[hit.last + 1 : hit.last + 5]]
    if hit.trigger.category == "REQUEST" and words and words[0].startswith("ل"):
        return False  # ويدعو لاستجابة فورية من قبل المجتمع الدولي: the called-for act's agent
    pairs = zip(words, words[1:], strict=False)
    # وقتل أحد المحتجين، الجمعة، برصاص ميليشيات عصائب أهل الحق: by the bullets of a named body
    shot = any(
        w == "برصاص" and hit.last + 2 + k < len(ctx.tokens) and ctx.in_mention(hit.last + 2 + k)
        for k, w in enumerate(words)
    )
    return shot or any(w in _AGENT_WORDS for w in words) or any(pair in _AGENT_PHRASES for pair in pairs)


def _shot_by(ctx: Context, hit: Hit) -> list[str]:
    """`قتل 49 فلسطينيا برصاص الجيش الإسرائيلي`: the body named right after "by the bullets of"."""
    for k in range(hit.last + 1, min(len(ctx.tokens) - 1, hit.last + 5)):
        if _bare(ctx.tokens[k].norm) == "برصاص":
            named = [m for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] == k + 1]
            return [named[0].entity] if named else []
    return []


_WHERE_REACH = 15  # tokens before حيث in which its antecedent place is looked for


_FRONT_GAP = 3  # tokens from the comma closing a fronted place phrase to the event word


def _fronted_place(ctx: Context, hit: Hit) -> list[str]:
    """`وفي مديرية دمت بمحافظة الضالع، قتل مدني برصاص ميليشيات الحوثي`: a place phrase opening the
    sentence, closed by a comma right before the first event word, is where that event happens."""
    opened = bool(ctx.tokens) and ctx.tokens[0].norm in ("في", "وفي")
    if not opened or any(h.first < hit.first for h in ctx.hits):
        return []
    text = ctx.doc.text
    comma = next(
        (k for k in range(hit.first) if "،" in text[ctx.tokens[k].end : ctx.tokens[k + 1].start]),
        None,
    )
    if comma is None or hit.first - comma > _FRONT_GAP:
        return []
    inside = [m for _mi, m in ctx.mentions if ctx.mention_tokens(m)[1] <= comma]
    # a distance in brackets (وفي محافظة ذي قار (375 كلم جنوب بغداد)، ...) says where it lies, not where
    inside = [m for m in inside if "(" not in text[ctx.tokens[0].start : m.start]]
    if not inside or any(m.coarse != "LOC" or not m.entity for m in inside):
        return []
    return _unique([m.entity for m in inside])


def _where_antecedent(ctx: Context, lo: int) -> list[str]:
    """`تصعد تركيا عملياتها في منطقة عفرين ...، حيث استهدفت غاراتها`: a clause opened by حيث
    "where" happens at the places of the place phrases before it (the most specific first)."""
    if lo == 0 or _bare(ctx.tokens[lo - 1].norm) != "حيث":
        return []
    places = [
        m
        for _mi, m in ctx.mentions
        if lo - 1 - _WHERE_REACH <= ctx.mention_tokens(m)[0] < lo - 1
        and m.coarse == "LOC"
        and m.entity
        and _place_phrase(ctx, m)
    ]
    return _unique([m.entity for m in places])


def _place_phrase(ctx: Context, m: Mention) -> bool:
    """A place after a place preposition, directly or after a place noun (`في منطقة عفرين`)."""
    if ctx.prep_before(m) in _LOC_PREPS | {"ب"}:
        return True
    first = ctx.mention_tokens(m)[0]
    noun = _bare(ctx.tokens[first - 1].norm) if first else ""
    previous = _bare(ctx.tokens[first - 2].norm) if first > 1 else ""
    after_prep = noun in _PLACE_NOUNS and previous in _LOC_PREPS
    return after_prep or (noun[:1] == "ب" and noun[1:] in _PLACE_NOUNS)


def _killed_by_means(ctx: Context, hit: Hit, before, free_after: list[tuple[int, Mention]]) -> bool:
    """`الغماري قتل مع قيادي آخر في غارة للتحالف`, `وقتل رؤوف ... في ضربة جوية`: an unvocalised
    killing verb followed by the attack that caused it is passive (the attack names who killed),
    unless a body or a country is its subject, before or after it (`ان قواته والقوات العراقية
    قتلت 33 مسلحا في هجوم`)."""
    if not _unvocalised_killing(hit) or _means_after(ctx, hit) is None:
        return False
    # وكانت واشنطن قد أعلنت أنها قتلت عشرات المسلحين في ضربات جوية: a pronoun for a state or body too
    subject_before = _subject_before(ctx, before) or _pronoun_subject(ctx, hit)
    if any(_coarse(ctx.doc, k) != "PER" and _actor_capable_key(ctx, k) for k in subject_before):
        return False
    # "قتل عدد من مسلحي ميليشيات الحوثي": a body completing a noun is among the dead, not the subject
    subjects = [m for _mi, m in free_after if not _genitive_of_noun(ctx, m)]
    return not any(m.coarse != "PER" and _actor_capable(m, ctx.doc) for m in subjects)


_OBJECTLESS = {"في", "خلال", "اثناء", "امس", "يوم", "مساء", "صباح", "ليل", "فجر", "قرب", "بالقرب"}


def _person_killed(ctx: Context, hit: Hit, before, free_after: list[tuple[int, Mention]]) -> bool:
    """`ان محسن الفضلي قتل في 8 يوليو`: an unvocalised killing verb right after a person's name
    and followed by a time or place phrase, with nobody named as its object, is passive."""
    if not _unvocalised_killing(hit) or not before or free_after or hit.last + 1 >= len(ctx.tokens):
        return False
    _mi, m = before[-1]
    if m.coarse != "PER" or ctx.mention_tokens(m)[1] != hit.first - 1 or ctx.prep_before(m) is not None:
        return False
    return ctx.tokens[hit.last + 1].norm in _OBJECTLESS or ctx.tokens[hit.last + 1].norm.isdigit()


def _unvocalised_killing(hit: Hit) -> bool:
    """A verb of attack whose unvocalised form reads active or passive (قتل)."""
    return hit.trigger.pos == "verb" and hit.trigger.voice == "either" and hit.trigger.category == "ASSAULT"


_DAMMA = "\u064f"


def _vocalised_passive(ctx: Context, hit: Hit) -> bool:
    """`قد اعتُقل`, `وتُتهم الحكومة السورية`: a damma written on the verb's stem (not on the
    prefix of an imperfect of the derived forms, `يُطالب`, which is active) marks a passive."""
    if hit.trigger.pos != "verb" or _DAMMA not in ctx.tokens[hit.first].text:
        return False
    text = ctx.tokens[hit.first].text.replace("\u0640", "")
    body = text[1:] if text[:1] in "وف" and len(text) > 3 else text
    if body[:1] in "يتن" and body[1:2] == _DAMMA:
        return body[2:3] == "ت"  # تُتهم، يُتّهم (form VIII) is passive; يُطالب (form III) is not
    return True


# Perfects of verbs in ى whose passive is written with ي (ألقى القبض / أُلقي القبض).
_DEFECTIVE_PERFECTS = {"القي"}


def _spelled_passive(ctx: Context, hit: Hit) -> bool:
    """`وتقول إنه ألقي القبض عليه`: the final ي (not ى) of a defective perfect spells its passive."""
    if hit.trigger.pos != "verb" or _bare(ctx.tokens[hit.first].norm) not in _DEFECTIVE_PERFECTS:
        return False
    return _MARKS.sub("", ctx.tokens[hit.first].text).endswith("ي")


_ON_PRONOUNS = {"عليه": False, "عليها": True}


def _pronoun_on(
    ctx: Context, hit: Hit, skip: set[str | None] | None = None, exclude: list[str] | None = None
) -> list[str]:
    """`ألقي القبض عليه`: the one arrested is the nearest earlier name of the pronoun's gender (not in
    a place phrase, by default). `وأعادت فرض عقوبات عليها`: sanctioned is the nearest one that is not
    among `exclude` (those imposing them), whatever governs it (`اتفاق مع طهران`)."""
    k = hit.last + 1
    word = _bare(ctx.tokens[k].norm) if k < len(ctx.tokens) else ""
    if word not in _ON_PRONOUNS:
        return []
    skip = {*_LOC_PREPS} if skip is None else skip
    return _gendered_antecedent(ctx, hit.first, _ON_PRONOUNS[word], skip, exclude)


# Numbers and counting words that open a list of victims (قتل 138 فلسطينيا، قتل عشرات المدنيين).
_COUNTS = {"عشرات", "مئات", "الاف", "عدد", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه"}
_COUNTS |= {"ثلاث", "اربع", "خمس", "سبع", "ثماني", "تسع"}  # before feminine nouns: أربع قرى


def _counted_victims(ctx: Context, hit: Hit, previous_actor: list[str]) -> bool:
    """`وقتل 138 فلسطينيا على الأقل منذ بداية التظاهرات`: an unvocalised killing verb that opens its
    sentence's events and is followed by a count reads as a passive, so it borrows no actor from an
    earlier sentence (in `شن الجيش هجوما وقتل 20 مسلحا` the verb follows its subject's event)."""
    if not _unvocalised_killing(hit):
        return False
    nxt = ctx.tokens[hit.last + 1].norm if hit.last + 1 < len(ctx.tokens) else ""
    first_event = not any(h.first < hit.first for h in ctx.hits)
    counted = bool(previous_actor) and first_event and (nxt.isdigit() or nxt in _COUNTS)
    return counted and not _pronoun_subject(ctx, hit)  # أعلنت واشنطن أنها قتلت عشرات المسلحين


def _means_after(ctx: Context, hit: Hit) -> Hit | None:
    """The attack noun a verb of its category names as its means, shortly after it (`قتل X بضربة`,
    `قتل X مع Y في غارة`)."""
    if hit.trigger.pos != "verb":
        return None
    reach = _KILL_REACH if hit.trigger.voice == "either" else _MEANS_REACH
    same = (h for h in ctx.hits if h.trigger.category == hit.trigger.category and _is_means(ctx, h))
    return next((h for h in same if 0 < h.first - hit.last <= reach), None)


# Nouns of fighting between parties (`في مواجهات مع الجيش`, `اشتباكات ... بين X وY`).
_CLASH_NOUNS = {"اشتباك", "اشتباكات", "معارك", "معركه", "مواجهات", "مواجهه", "قتال", "اقتتال", "مصادمات"}


def _clash_noun(word: str) -> bool:
    w = _bare(word)
    w = w[1:] if w[:1] == "ب" and len(w) > 4 else w
    return w.removeprefix("ال") in _CLASH_NOUNS


def _clash_parties(
    ctx: Context, hit: Hit, after: list[tuple[int, Mention]], hi: int
) -> tuple[list[str], list[str]]:
    """(attackers, attacked) of a clash: with nobody else named as the attacker, the body fought "with"
    (`قتل أكثر من 20 من ميليشيات الحوثي ... في مواجهات مع الجيش اليمني`) attacked; of the
    parties named after بين a clash noun trigger (`اشتباكات عنيفة دارت (أمس)، بين الجيش السوري ...
    وبين مقاتلي «جيش الفتح»`) the first attacks the others."""
    if _clash_noun(ctx.tokens[hit.first].norm) and (parties := _between_parties(ctx, hit, after)):
        return parties[:1], parties[1:]
    for k in range(hit.first, hi):
        if not _clash_noun(ctx.tokens[k].norm):
            continue
        with_at = next((j for j in (k + 1, k + 2) if j < hi and ctx.tokens[j].norm == "مع"), None)
        if with_at is not None and (foe := _body_named_at(ctx, with_at + 1, hi)):
            return foe, []
    return [], []


def _counted_members(ctx: Context, hit: Hit, prep_after: list[tuple[int, Mention]]) -> list[str]:
    """`قتل 15 مسلحا من ميليشيا الحوثي`: the body whose counted members an attack killed is hit."""
    out = []
    for _mi, m in prep_after:
        first = ctx.mention_tokens(m)[0]
        between = [t.norm for t in ctx.tokens[hit.last + 1 : first]]
        if (
            ctx.prep_before(m) != "من"
            or m.coarse == "LOC"
            or not 2 <= len(between) <= 3
            or between[-1] != "من"
        ):
            continue
        counted = any(w.isdigit() or w.removeprefix("ال") in _COUNTS or w == "عددا" for w in between[:-1])
        if counted and m.entity:
            out.append(m.entity)
    return out


def _passive_roles(ctx: Context, free_after, prep_after, roles: Roles) -> None:
    """`اغتيل X ... على يد Y برفقة Z`: X and Z are targets, Y the actor."""
    groups = _groups(ctx, free_after)
    if groups:
        roles.recipients = _group_keys(ctx, groups[0])
    roles.actors = _keys([(mi, m) for mi, m in prep_after if ctx.prep_before(m) == "agent"])
    roles.recipients += [
        m.entity for _mi, m in prep_after if ctx.prep_before(m) in ("برفقه", "رفقه", "مع") and m.entity
    ]


def _carrier_genitive(ctx: Context, hit: Hit, free_after: list[tuple[int, Mention]]) -> bool:
    """`قصف طائرات التحالف`: an attack noun in construct with the planes or guns of a body; the body
    after them is the attacker, not the target."""
    carrier = hit.last + 1
    if carrier >= len(ctx.tokens) or _bare(ctx.tokens[carrier].norm) not in _WARPLANES | _GUNS:
        return False
    return ctx.mention_tokens(free_after[0][1])[0] == carrier + 1


def _noun_roles(
    ctx: Context, hit: Hit, before, free_after, prep_after, roles: Roles, previous_actor: list[str]
) -> None:
    """Verbal noun: its genitive is the agent (زيارة X) or the patient (اغتيال X)."""
    agent = _relative_agent(ctx, hit)
    if agent and _condemned_acts(ctx, hit):
        # إدانة الأعمال الخطيرة التي تقوم بها إيران: the acts' doer is the condemned, not the condemner
        roles.recipients, agent = _group_keys(ctx, agent), []
    # nor the subject of a verb of saying after it (صواريخ على ما قالت وزارة الدفاع الأميركية إنها)
    said = [item for g in _groups(ctx, free_after) if _after_report_verb(ctx, g[0][1]) for item in g]
    free_after = [item for item in free_after if item not in agent and item not in said]
    genitive: list[str] = []
    # Neither an indefinite accusative (عقد اجتماعا مع) nor a definite noun (في الاجتماع وزير الخارجية
    # X) is in construct with the next name.
    indefinite = hit.stem_affix == "ا" and len(hit.trigger.words) == 1
    # a sound plural keeps its ن only outside construct: `متظاهرين أحرقوا مقر X` (X is no genitive)
    indefinite = indefinite or (
        hit.trigger.category == "PROTEST" and _bare(ctx.tokens[hit.last].norm).endswith(("ين", "ون"))
    )
    definite = ctx.tokens[hit.first].norm.lstrip("وفبل").startswith("ال")
    near = free_after and (
        ctx.mention_tokens(free_after[0][1])[0] <= hit.last + 5
        or _honorific_gap(ctx, hit.last + 1, ctx.mention_tokens(free_after[0][1])[0])
    )
    # (not across a conjoined noun: تقديم أعمال الإغاثة وتسهيل مهمة الهلال الأحمر)
    across_and = (
        near
        and not hit.enclitic
        and any(
            _conjunction(ctx.tokens[k].norm)
            for k in range(hit.last + 1, ctx.mention_tokens(free_after[0][1])[0])
        )
    )
    if near and not (indefinite or definite or across_and):
        genitive = _group_keys(ctx, _groups(ctx, free_after)[0])
    # إطلاق سراح X، الإفراج عن X: the released, like the attacked or the arrested, is the genitive
    patient_genitive = hit.trigger.voice == "passive" or hit.trigger.category in (
        "ASSAULT",
        "COERCE",
        "CONCEDE",
    )
    if hit.trigger.category == "CONSULT" and (parties := _brought_together(ctx, hit)):
        roles.actors, roles.recipients = parties[:1], parties[1:]  # مكالمة هاتفية جمعت X وY
        return
    elif _met_after_subject(ctx, hit, before, genitive):  # الصدر عقب لقاء العبادي: Sadr met Abadi
        roles.actors, roles.recipients = _subject_before(ctx, before), genitive
    elif genitive and _passive_auxiliary(ctx, hit) and hit.trigger.mode != "meet":
        # وجرى حظر إيران من استخدام نظام سويفت: the genitive of a noun after جرى / تم undergoes it
        roles.recipients = genitive
        roles.actors = _keys([(mi, m) for mi, m in prep_after if ctx.prep_before(m) == "agent"])
    elif _purpose(ctx, hit):  # وصل X إلى الدوحة للقاء Y: Y is met, X (or the running subject) meets
        roles.actors = _subject_before(ctx, before) or list(previous_actor)
        roles.elided_actor = not _subject_before(ctx, before)
        roles.recipients = genitive
    elif hit.enclitic and hit.trigger.voice == "passive" and hit.trigger.category == "ASSAULT":
        pass  # `مقتله سيضعف العمليات`: the pronoun is the dead, told before; no agent in the clause
    elif hit.enclitic and patient_genitive and _passive_auxiliary(ctx, hit):
        # حتى تم اختطافه: after تم the pronoun undergoes the act, it is the one told of before
        told = _clause_antecedent(ctx, hit) or _subject_before(ctx, before) or list(previous_actor)
        roles.recipients = [k for k in told if _coarse(ctx.doc, k) == "PER"]  # (المتهمين الذين تم ضبطهم)
        roles.actors = _keys([(mi, m) for mi, m in prep_after if ctx.prep_before(m) == "agent"])
    elif hit.enclitic:  # استهدافها: the pronoun is the agent, the next noun phrase the target
        # (warplanes named by their states right before: كثفت الطائرات الحربية السورية والروسية من غاراتها)
        owner = _warplanes_before(ctx, hit.first) or _clause_antecedent(ctx, hit)
        owner = owner or _verb_first_subject(ctx, hit, before)
        owner = owner or _subject_before(ctx, before) or _possessor(ctx, hit)
        owner = owner or list(previous_actor)
        roles.actors = _pronoun_owner(ctx, hit, owner)
        roles.recipients = genitive
    elif genitive and hit.trigger.category == "ASSAULT" and _carrier_genitive(ctx, hit, free_after):
        roles.actors = genitive  # هربا من قصف طائرات التحالف: the coalition's planes bomb
    elif patient_genitive and _acting_body(ctx, hit, free_after):
        # اعتقال السلطات الإيرانية في مدينة قم، حسين الشيرازي: the state body's arrest of a person
        roles.actors = genitive
        roles.recipients = [k for k in _keys(free_after) if _coarse(ctx.doc, k) == "PER"][:1]
        roles.places += [k for k in _keys(free_after) if not _actor_capable_key(ctx, k)]
    elif patient_genitive:
        roles.recipients = genitive or [
            k for k in _keys(free_after) if k not in roles.places and _actor_capable_key(ctx, k)
        ]
        roles.places += [k for k in _keys(free_after) if not _actor_capable_key(ctx, k)]
        roles.actors = _keys([(mi, m) for mi, m in prep_after if ctx.prep_before(m) == "agent"])
    elif genitive and hit.trigger.mode == "visit" and all(_coarse(ctx.doc, k) == "LOC" for k in genitive):
        roles.places += genitive  # يعتزم زيارة كوريا الشمالية: the place visited; the subject visits
        roles.actors = _subject_before(ctx, before)
    elif genitive and hit.trigger.category == "ACCUSE" and _charged_with(ctx, free_after):
        roles.recipients = genitive  # واتهام إيران بقصف هضبة الجولان: Iran is accused
        roles.actors = [k for k in previous_actor if k not in genitive]
        roles.elided_actor = bool(roles.actors)
    elif (
        genitive
        and hit.trigger.category == "REQUEST"
        and _charged_with(ctx, free_after)
        and (demander := [k for k in _main_subject(ctx, hit) if k not in genitive])
    ):
        # وحمل الأمر رئيس الإقليم X على الرد بمطالبة حزب العمال بسحب مقاتليه: the sentence's subject
        # demands, the genitive followed by ب + what is demanded is asked
        roles.actors, roles.recipients = demander, genitive
    elif genitive:
        roles.actors = genitive
        if hit.trigger.mode == "visit" and not roles.places:
            roles.places = _destination_pp(ctx, prep_after)  # زيارة الأمير X وزير الدفاع للقاهرة
        if hit.trigger.mode == "visit" and not roles.places and not roles.recipients:
            # زيارة وزير الخارجية الفلسطيني رياض المالكي للمحكمة الجنائية الدولية: a body visited
            roles.recipients = _visited_body(ctx, genitive)
    elif (
        hit.trigger.category == "CONSULT"
        # اللقاء، تخفيف التوترات بين X وY: a meeting mentioned before; not its parties (but
        # بالاجتماع التاريخي بين زعيمي X وY: بين right after the noun and its adjective)
        and (not definite or _between_next(ctx, hit))
        and (parties := _between_parties(ctx, hit, prep_after + free_after))
    ):
        roles.actors, roles.recipients = parties[:1], parties[1:]  # اجتماع بين X وY
    elif (
        hit.trigger.category == "AGREE"
        and _between_next(ctx, hit)
        and (parties := _between_parties(ctx, hit, prep_after + free_after))
    ):
        # توقيع الاتفاق النووي بين الدول الكبرى وإيران: the parties, nobody after them
        roles.actors, roles.recipients = parties[:1], parties[1:]
        return
    elif hit.trigger.category == "CONSULT" and definite and _spoken_of(ctx, hit):
        pass  # لفت X إلى أهمية توقيت الزيارة، وصف X الزيارة بالمهمة: a commenter, not the visitor
    elif hit.trigger.category == "CONSULT":  # وصل X إلى بغداد في زيارة
        roles.actors = _subject_before(ctx, before) or _clause_antecedent(ctx, hit)
        if not roles.places:
            _places_from(ctx, hit, before, roles)
    if agent:
        roles.actors, roles.embedded_actor = _group_keys(ctx, agent), True
    roles.actors = roles.actors or _carried_out_by(ctx, hit)
    if not roles.actors:
        roles.actors = _launcher(ctx, hit, before)
        roles.launched = bool(roles.actors) and not _relative_launch(ctx, hit)
    aspect = (
        []
        if any(_actor_capable_key(ctx, k) for k in roles.actors)
        else _aspect_subject(ctx, hit, before) or _continued_in(ctx, hit, before)
    )
    if aspect:  # `عبر مدينة الحديدة` is where, not who
        roles.places += roles.actors
        roles.actors = aspect
    if performer := _performer(ctx, hit):  # قامت الميليشيات باختطافه، أقدمت الميليشيا على اختطاف X
        roles.actors = performer
        roles.recipients = [k for k in roles.recipients if k not in performer]
    if not roles.actors and (expresser := _expresser(ctx, hit, before)):
        roles.actors = expresser  # أعرب المتحدث ... محمود عفيفي عن تضامن الجامعة مع المملكة المغربية
    if hit.trigger.category == "SUPPORT" and hit.enclitic and not roles.recipients:
        roles.recipients = _object_adjective(ctx, hit)  # عبرت عن دعمها للموقف السعودي
        roles.recipients = roles.recipients or _lam_head_genitive(ctx, hit)
    if not roles.actors and not genitive and hit.trigger.category == "ASSAULT":
        roles.actors = _lam_agent(ctx, hit, prep_after)
    pps = _recipient_pps(ctx, hit, prep_after)
    roles.recipients += _pp_keys(ctx, pps)
    if hit.trigger.category == "CONSULT" and not roles.actors and previous_actor and (roles.places or pps):
        roles.actors = list(previous_actor)  # عقد لقاءات مع X / زيارتين إلى Y: the running subject
        roles.elided_actor = True


# قام X بـ + verbal noun: X did it; رد X بـ + verbal noun: X responded by doing it
_DID_WITH_BA = re.compile(r"^(?:[يت]قوم|قام(?:ت|وا)?|[وف]?[يت]?رد(?:ت|وا)?)$")  # ورد: short, و kept
_DARED_ON = re.compile(r"^اقدم(?:ت|وا)?$")  # أقدم X على + verbal noun: X went as far as doing it


_EXPRESSING = re.compile(r"^(?:اعرب|[يت]عرب|عبر|[يت]عبر)(?:ت|وا|ون)?$")
_EXPRESSED_REACH = 14  # tokens from the verb of expressing to عن (its subject and title between)


def _expresser(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`أعرب المتحدث الرسمي باسم الأمين العام لجامعة الدول العربية محمود عفيفي عن تضامن الجامعة`: a
    stance noun after أعرب / عبر ... عن whose own owner is unnamed (الجامعة) is expressed by the verb's
    subject, the name right before عن or right after the verb."""
    about = hit.first - 1
    if about < 1 or _bare(ctx.tokens[about].norm) != "عن":
        return []
    verb = next(
        (
            k
            for k in range(about - 1, max(-1, about - 1 - _EXPRESSED_REACH), -1)
            if _EXPRESSING.match(_bare(ctx.tokens[k].norm))
        ),
        None,
    )
    if verb is None or any(verb < h.first < about for h in ctx.hits):
        return []
    for group in _groups(ctx, before):
        first, last = ctx.mention_tokens(group[0][1])[0], ctx.mention_tokens(group[-1][1])[1]
        if verb < first and last == about - 1 and ctx.prep_before(group[0][1]) is None:
            return [key for key in _group_keys(ctx, group) if _actor_capable_key(ctx, key)]
    return _subject_of_verb_at(ctx, verb, before)


def _performer(ctx: Context, hit: Hit) -> list[str]:
    """The subject between `قام` and `بـ` + verbal noun, or between `أقدم` and `على` + verbal noun."""
    if hit.trigger.pos != "noun" or hit.first < 2:
        return []
    on = _bare(ctx.tokens[hit.first - 1].norm) == "علي"
    with_ba = ctx.tokens[hit.first].norm.lstrip("وف").startswith("ب")
    end = hit.first - 2 if on else hit.first - 1
    if not on and ctx.tokens[end].norm in _ALSO:
        end -= 1  # ورد الجيش الإسرائيلي أيضا باستهداف مواقع لحماس
    fire = hit.trigger.words[0] == "النار"  # فتحت قوات الأمن النار على متظاهرين: the subject between
    for _mi, m in ctx.mentions:
        first, last = ctx.mention_tokens(m)
        if not m.entity or not _actor_capable(m, ctx.doc):
            continue
        if with_ba and not on and last == end - 2 and _relative_performer(ctx, end):
            return [m.entity]  # الجيش الإسرائيلي الذي رد باستهداف موقع لحركة حماس
        if with_ba and not on and last == end - 1 and _DID_WITH_BA.match(_bare(ctx.tokens[end].norm)):
            return [m.entity]  # ميليشيا الحوثي قامت بتفجير كل المخزون النفطي: the subject before قام
        if last != end or first == 0:
            continue
        verb = _bare(ctx.tokens[first - 1].norm)
        if (on and _DARED_ON.match(verb)) or (with_ba and not on and _DID_WITH_BA.match(verb)):
            return [m.entity]
        if fire and _OPENED.match(ctx.tokens[first - 1].norm):
            return [m.entity]
        if with_ba and not on and m.coarse == "PER" and _did_before_title(ctx, first):
            return [m.entity]
    return []


_TITLE_REACH = 12  # tokens of titles between قام and the name of the one who did it


def _did_before_title(ctx: Context, first: int) -> bool:
    """`فقد قام ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان بن
    عبدالعزيز، بزيارة`: the man's titles stand between قام and his name."""
    for k in range(first - 1, max(-1, first - 1 - _TITLE_REACH), -1):
        if any(h.first == k for h in ctx.hits):
            return False
        if _DID_WITH_BA.match(_bare(ctx.tokens[k].norm)):
            return k < first - 1
    return False


_OPENED = re.compile(r"^[وف]?(?:فتح(?:ت|وا)?|[يت]فتح(?:ون)?)$")  # فتح X النار على: X opened fire


_ALSO = {"ايضا", "كذلك"}


def _relative_performer(ctx: Context, verb: int) -> bool:
    """`X الذي رد بـ`: the verb of doing right after a relative pronoun, whose antecedent does it."""
    return ctx.tokens[verb - 1].norm in _RELATIVES and bool(_DID_WITH_BA.match(_bare(ctx.tokens[verb].norm)))


_ASPECT_VERBS = {"يواصل", "تواصل", "واصل", "واصلت", "يستانف", "تستانف", "استانف", "استانفت", "بدا", "بدات"}
_ASPECT_VERBS |= {"يبدا", "تبدا", "تابع", "تابعت", "يتابع", "تتابع"}


def _aspect_verb(word: str) -> bool:
    """A verb of continuing, resuming or beginning (its و may be a root letter: واصلت)."""
    return word in _ASPECT_VERBS or _bare(word) in _ASPECT_VERBS


def _aspect_subject(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`أن التحالف يواصل إدخال المساعدات`, `بدأت أنقرة ضربات جوية`: who continues, resumes or begins
    the act does it."""
    if hit.first < 2 or not before:
        return []
    _mi, m = before[-1]
    first, last = ctx.mention_tokens(m)
    if _aspect_verb(ctx.tokens[hit.first - 1].norm):  # أن التحالف يواصل إدخال المساعدات
        subject = last == hit.first - 2
    else:  # بدأت أنقرة ضربات جوية على معسكرات حزب العمال
        verb = first - 1
        if verb > 0 and ctx.tokens[verb].norm in _UNITS:  # واصلت فرق مركز الملك سلمان ... توزيع
            verb -= 1
        subject = last == hit.first - 1 and verb >= 0 and _aspect_verb(ctx.tokens[verb].norm)
    if not subject or ctx.prep_before(m) is not None:
        return []
    return [m.entity] if m.entity and _actor_capable(m, ctx.doc) else []


_CONTINUE_IN = {"استمر", "استمرت", "يستمر", "تستمر", "استمروا"}
_CONTINUE_REACH = 14  # tokens from استمر to في + the verbal noun (a long subject and a time word between)


def _continued_in(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`استمرت ميليشيات الحوثي الانقلابية وحليفها المخلوع علي صالح أمس في استهداف أحياء`: the subject
    of استمر, right after it, goes on doing what the noun after في names."""
    at = hit.first - 1
    if at > 1 and _bare(ctx.tokens[at].norm) in _LIGHT_NOUNS:
        at -= 1  # يستمر الجيش الليبي في تقديم أعمال الإغاثة: "in providing" the relief
    if at < 2 or _bare(ctx.tokens[at].norm) != "في":
        return []
    lo = max(0, hit.first - _CONTINUE_REACH)
    verb = next(
        (k for k in range(hit.first - 2, lo - 1, -1) if _bare(ctx.tokens[k].norm) in _CONTINUE_IN), None
    )
    if verb is None:
        return []
    for group in _groups(ctx, before):
        if ctx.mention_tokens(group[0][1])[0] == verb + 1 and ctx.prep_before(group[0][1]) is None:
            return [k for k in _group_keys(ctx, group) if _actor_capable_key(ctx, k)]
    return []


_BEFORE_AFTER = {"قبل", "بعد"}
_LIGHT_NOUNS = {"تقديم", "تنفيذ", "شن"}  # verbal nouns of doing the act named after them


def _unnamed_main_subject(ctx: Context, hit: Hit) -> bool:
    """`وعادت 58 ألف حافلة ... إلى قلعة المضيق، قبل أن تتوجه إلى محافظة إدلب`: a verb after قبل / بعد
    أن shares the subject of the sentence's opening verb, here a noun no name covers, so the running
    subject of the sentences before does not act."""
    k = hit.first
    if k < 3 or ctx.tokens[k - 1].norm != "ان" or _bare(ctx.tokens[k - 2].norm) not in _BEFORE_AFTER:
        return False
    if any(h.first < k for h in ctx.hits) or not _verb_in_token(ctx, 0):
        return False
    return not ctx.in_mention(1)


def _verb_in_token(ctx: Context, k: int) -> bool:
    """The tagger reads a verb in the word at token k (after a conjunction split from it: وعادت)."""
    sent = ctx.doc.sentences[ctx.index]
    if sent.doc is None:
        return False
    lo, hi = ctx.tokens[k].start - sent.start, ctx.tokens[k].end - sent.start
    return any(t.pos_ == "VERB" for t in sent.doc if lo <= t.idx < hi)


def _joined_object_verb_subject(ctx: Context, hit: Hit) -> list[str]:
    """`وكان التحالف العربي ... حذر في منشورات ألقاها ... على سكان القرى ... وطالبهم بإخلاء قراهم`: a
    verb joined by و with an object pronoun and a preposition right after it (no subject of its own)
    shares the subject that opens the sentence."""
    if hit.trigger.pos != "verb" or not hit.enclitic or not ctx.tokens[hit.first].norm.startswith("و"):
        return []
    nxt = hit.last + 1
    if (
        nxt >= len(ctx.tokens)
        or ctx.in_mention(nxt)
        or not ctx.tokens[nxt].norm.startswith(("ب", "علي", "الي"))
    ):
        return []
    return _opening_subject(ctx, hit)


def _joined_verb_subject(ctx: Context, hit: Hit) -> list[str]:
    """`وتعهد الأسد باستعادة المنطقة ...، وهدد بشن هجوم`: a verb joined by و after a comma shares the
    subject of the sentence-initial verb."""
    if hit.trigger.pos != "verb" or hit.first < 2 or not ctx.tokens[hit.first].norm.startswith("و"):
        return []
    if "،" not in ctx.doc.text[ctx.tokens[hit.first - 1].end : ctx.tokens[hit.first].start]:
        return []
    return _main_subject(ctx, hit)


def _verb_first_subject(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`أطلع بومبيو ترامب وبولتون على فحوى اجتماعه`: with a subject and an object before the noun, its
    pronoun is the sentence-initial verb's subject, not the nearest name."""
    if len(_groups(ctx, before)) < 2:
        return []
    return _main_subject(ctx, hit)


def _destination_pp(ctx: Context, prep_after: list[tuple[int, Mention]]) -> list[str]:
    """The first place after لـ or إلى following a visit noun and its visitor."""
    for _mi, m in prep_after:
        if m.coarse == "LOC" and m.entity and ctx.prep_before(m) in ("ل", "الي"):
            return [m.entity]
    return []


def _visited_body(ctx: Context, visitor: list[str]) -> list[str]:
    """The body after ل right after a visit noun's visitor (his title and name)."""
    ends = [ctx.mention_tokens(m)[1] for _mi, m in ctx.mentions if m.entity in visitor]
    for _mi, m in ctx.mentions:
        first = ctx.mention_tokens(m)[0]
        if m.coarse == "ORG" and m.entity and ctx.prep_before(m) == "ل" and first - 1 in ends:
            return [m.entity]
    return []


def _spoken_of(ctx: Context, hit: Hit) -> bool:
    """A definite event noun that is neither in a prepositional phrase (`خلال الزيارة`, `بالزيارة`)
    nor next to a verb: a genitive or an object (`أهمية توقيت الزيارة`, `وصف X الزيارة`)."""
    if hit.first == 0:
        return False
    clitic = ctx.tokens[hit.first].norm.lstrip("وف")[:1] in ("ب", "ل")
    before = _bare(ctx.tokens[hit.first - 1].norm)
    return not clitic and before not in _PREPOSITIONS


def _between_next(ctx: Context, hit: Hit) -> bool:
    """بين right after a meeting noun, or after one adjective of it (الاجتماع التاريخي بين); not talks
    in the plural (والمباحثات بين X وY كانت متعثرة منذ أشهر: a process, not one meeting)."""
    if ctx.tokens[hit.last].norm.endswith("ات"):
        return False
    k = hit.last + 1
    if (
        k < len(ctx.tokens)
        and _bare(ctx.tokens[k].norm).startswith("ال")
        and ctx.tokens[k].norm.endswith("ي")
        and ctx.tokens[k].norm not in _RELATIVES
    ):
        k += 1
    if (
        k + 1 < len(ctx.tokens)
        and ctx.tokens[k].norm in _RELATIVES
        and _bare(ctx.tokens[k + 1].norm) in _TOOK_PLACE
    ):
        k += 2  # الاتصال الهاتفي الذي جرى بين X وY: the meeting that took place between them
    return k < len(ctx.tokens) and ctx.tokens[k].norm == "بين"


_TOOK_PLACE = {"جري", "جرت", "عقد", "عقدت", "تم", "تمت"}
_INCLUDING = re.compile(r"بما في ذلك|بينهم|منهم|لا سيما|خاصه")
_PARTY_GAP = 5  # words between two parties named after بين (a title and و between)


_BROUGHT_TOGETHER = {"جمع", "جمعت", "يجمع", "تجمع"}


def _brought_together(ctx: Context, hit: Hit) -> list[str]:
    """`مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون، الخميس`: the
    parties a meeting "brought together", up to the next comma; none unless there are two."""
    k = hit.last + 1
    if k >= len(ctx.tokens) or _bare(ctx.tokens[k].norm) not in _BROUGHT_TOGETHER:
        return []
    text, start = ctx.doc.text, ctx.tokens[k].end
    stops = (text.find(p, start, ctx.tokens[-1].end) for p in "،,.")
    end = min((i for i in stops if i >= 0), default=len(text))
    if any(t.norm == "مع" for t in ctx.tokens if start <= t.start < end):
        return []  # لقاء جمع الرميحي مع مايكل فلين ومايكل كوهين: مع names the counterparts itself
    parties: list[str] = []
    for _mi, m in ctx.mentions:
        party = m.coarse in ("PER", "ORG") or m.cls == "Country"
        if party and start <= m.start < end and (key := _entity_of(m)) and key not in parties:
            parties.append(key)
    return parties if len(parties) >= 2 else []


def _between_parties(ctx: Context, hit: Hit, after: list[tuple[int, Mention]]) -> list[str]:
    """The parties of a meeting named after بين (`عقد اجتماع ... في مقر البرلمان بين رئيس مجلس النقابات
    المهنية علي العبوس ورئيس مجلس النواب عاطف الطراونة`): a titled person, not the body in his title."""
    between = next(
        (k for k in range(hit.last + 1, min(hit.last + 9, len(ctx.tokens))) if ctx.tokens[k].norm == "بين"),
        None,
    )
    if between is None:
        return []
    named = sorted(
        (m for _mi, m in after if ctx.mention_tokens(m)[0] > between and _actor_capable(m, ctx.doc)),
        key=lambda m: m.start,
    )
    keys: list[str] = []
    prev_end = None
    for m, nxt in zip(named, [*named[1:], None], strict=False):
        # the parties end at a comma once two are named (`بين X وY، «الخميس»، على عمل حكومة Z`)
        gap = ctx.doc.text[prev_end : m.start] if prev_end is not None else ""
        comma = "،" in gap or "," in gap
        if len(keys) >= 2 and comma:
            break
        included = _INCLUDING.search(normalize(gap)) is not None  # ...، بما في ذلك المحامي X
        if keys and comma and not included and not _conjunction(ctx.tokens[ctx.mention_tokens(m)[0]].norm):
            break  # بين الدول الكبرى وإيران، الأخيرة ... في لبنان: a comma and no و, another clause
        if keys and not included and len(gap.split()) > _PARTY_GAP:
            break  # بين إيران والدول الكبرى وسيكون فرصة للاستماع لإيجاز من كيري: another clause
        gap_words = gap.split()
        first = gap_words[0] if gap_words else ctx.tokens[ctx.mention_tokens(m)[0]].norm
        joined_on = first.startswith("و") if gap_words else _conjunction(first)
        if len(keys) >= 2 and not included and not joined_on:
            break  # بين X وجاريد كوشنر صهر ومستشار الرئيس الأمريكي Z: Z is in a description
        prev_end = m.end
        holder = (
            nxt is not None
            and nxt.coarse == "PER"
            and ctx.mention_tokens(nxt)[0] == ctx.mention_tokens(m)[1] + 1
        )
        key = _entity_of(m)
        if key and not (m.coarse != "PER" and holder) and key not in keys:
            keys.append(key)
    return keys


def _charged_with(ctx: Context, free_after: list[tuple[int, Mention]]) -> bool:
    """The first name after an accusation noun is followed by ب + a noun: what it is accused of."""
    last = ctx.mention_tokens(_groups(ctx, free_after)[0][-1][1])[1]
    nxt = ctx.tokens[last + 1].norm if last + 1 < len(ctx.tokens) else ""
    return nxt.startswith("ب") and len(nxt) > 3 and not _not_pp(nxt)


# `الضربات التي شنها X`, `الهجوم الذي نفذته X`: a relative clause whose verb carries out the event.
_CARRY_OUT = re.compile(r"^[يت]?(?:شن|نفذ|ارتكب|تبن[يا]|قاد|اطلق|وجه)(?:ت|وا|تا)?(?:ها|ه|هم|هما)?$")
_PERFORM = re.compile(r"^(?:[يت]قوم|قام(?:ت|وا)?)$")
# Verbs of giving aid in its relative clause (المساعدات التي دفع بها مركز X، التي قدمتها المملكة)
_GIVE = re.compile(r"^[يت]?(?:دفع|قدم|ارسل|رسل)(?:ت|وا)?(?:ها|ه)?$")
_AGENT_GAP = 3  # adjectives between the event noun and its relative pronoun (الضربات الجوية التي)
# تنفذها، يشنها، شنتها، تبناه (claimed it): the pronoun is the noun
# (ضربات وجهتها الولايات المتحدة: "directed it"; not وجهها, "her face")
_RESUMPTIVE = re.compile(
    rf"^(?:[يت](?:شن|نفذ|تبنا)|(?:شن|نفذ|تبنا|تبنت|تبنوا)(?:ت|وا)?|{_DIRECTED})(?:ها|ه|هم)$"
)
# The means through which a relative clause's subject acts (شنتها طائرات التحالف).
_AGENT_MEANS = {
    normalize(w) for w in ("طائرات", "مقاتلات", "طيران", "قوات", "مدفعية", "بوارج", "سفن", "دبابات")
}
# Units a body acts through, named between a verb and the body (واصلت فرق مركز X، شنت طائرات التحالف).
_UNITS = _AGENT_MEANS | {normalize(w) for w in ("فرق", "فريق", "عناصر")}


def _verbal_attack(ctx: Context, hit: Hit, det: Detected) -> None:
    """`شن أردوغان هجوما لاذعا على ماكرون`, `شنّ عون هجوما عنيفا على الحكومة`: an attack a person
    launches is a verbal one, criticism (ACCUSE), not violence."""
    e = det.event
    if e.type != "ASSAULT" or hit.trigger.pos != "noun" or not e.actors:
        return
    if e.mode is not None:
        return  # a weapon's mode: وكان الوحيدي أطلق عدة أعيرة نارية على مجموعة (shots fired, not words)
    if not all(_coarse(ctx.doc, k) == "PER" for k in e.actors) and not _accusing_after(ctx, hit):
        return
    lo = max(0, hit.first - _LAUNCH_REACH)
    if any(_LAUNCH.match(ctx.tokens[k].norm) for k in range(lo, hit.first)):
        e.type, e.mode = "ACCUSE", None


_ENVOYS = {"سفير", "السفير", "سفيرها", "سفيره", "الدبلوماسيين", "دبلوماسيين", "القايم"}
_LEAVE = {"مغادره", "بمغادره"}
_EXPEL_REACH = 8  # words from "asked" to "leaving" (من السفير الكندي مغادرة أراضيها)


def _sanction_target(ctx: Context, hit: Hit, det: Detected) -> None:
    """Whom a sanction is aimed at when its verb leaves it unnamed: the state of the expelled envoy
    (`تطرد السفير الكندي`), the state an envoy is recalled from (`سفيرها من كندا`), the other party of
    frozen dealings (`بين المملكة وكندا`)."""
    e = det.event
    if e.type != "SANCTION":
        return
    words = [_bare(t.norm) for t in ctx.tokens]
    if hit.trigger.words[-1] in _ENVOYS and _finite_verb(ctx, hit):
        states = _first_adjective_country(ctx, range(hit.last + 1, hit.last + 3))
        e.recipients = _unique(states + e.recipients)
    elif e.mode == "withdraw" and not e.recipients:
        e.recipients = _recalled_from(ctx, hit, words)
    elif not e.recipients:
        _dealings_between(ctx, hit, det, words)


def _finite_verb(ctx: Context, hit: Hit) -> bool:
    """A finite verb (تطرد السفير الكندي، أول بلد طرد السفير السوري), not the verbal noun after a verb or
    a preposition (تنفي طرد السفير التركي، الأنباء ... عن طرد السفير)."""
    before = _bare(ctx.tokens[hit.first - 1].norm) if hit.first else ""
    governed = bool(before) and (_pos_at(ctx, hit.first - 1) in ("VERB", "ADP") or before[:1] in ("ت", "ي"))
    return hit.trigger.words[0].startswith("ي") or hit.stem_affix == "ت" or not governed


def _expelled_envoy(ctx: Context, hit: Hit, det: Detected) -> None:
    """`طلبت السعودية من السفير الكندي مغادرة أراضيها`, `اعتبرت السفير الكندي "شخصا غير مرغوب فيه"
    وطلبت منه مغادرة البلاد`: asking an envoy to leave expels him, a sanction of his state."""
    e = det.event
    if e.type != "REQUEST" or hit.trigger.pos != "verb":
        return
    words = [_bare(t.norm) for t in ctx.tokens]
    end = min(len(words), hit.last + 1 + _EXPEL_REACH)
    leave = next((k for k in range(hit.last + 1, end) if words[k] in _LEAVE), None)
    if leave is None:
        return
    envoy = next((k for k in range(leave) if words[k] in _ENVOYS), None)
    if envoy is None:
        return
    e.type, e.mode = "SANCTION", "break-relations"
    states = _first_adjective_country(ctx, range(envoy + 1, min(envoy + 3, len(words))))
    e.recipients = _unique(states + [k for k in e.recipients if k not in e.actors])


def _recalled_from_nobody(hit: Hit, det: Detected) -> bool:
    """`إيران تستدعي سفيرها بالعراق`: an envoy recalled for consultation, from no state named after
    من, tells of no sanction."""
    return det.event.mode == "withdraw" and hit.trigger.words[0] in _RECALLING and not det.event.recipients


def _recalled_from(ctx: Context, hit: Hit, words: list[str]) -> list[str]:
    """The state an envoy is recalled from: the name after من behind the envoy (سفيرها من كندا)."""
    for k in range(hit.last + 1, min(len(words) - 1, hit.last + _EXPEL_REACH)):
        if words[k] in _ENVOYS and words[k + 1] == "من":
            return [m.entity for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] == k + 2]
    return []


_DEALINGS_REACH = 8  # words from freezing to بين (كافة التعاملات التجارية والاستثمارية الجديدة بين)


def _dealings_between(ctx: Context, hit: Hit, det: Detected, words: list[str]) -> None:
    """`تجميد كافة التعاملات التجارية والاستثمارية الجديدة بين المملكة وكندا`: frozen dealings
    between two named states sanction the second; the first, if no one else is named, froze them."""
    end = min(len(words), hit.last + 1 + _DEALINGS_REACH)
    between = next((k for k in range(hit.last + 1, end) if words[k] == "بين"), None)
    if between is None:
        return
    named = [(ctx.mention_tokens(m)[0], m.entity) for _mi, m in ctx.mentions if m.entity]
    parties = _unique([key for first, key in named if between < first <= between + 4])
    if len(parties) != 2:
        return
    actors = det.event.actors or parties[:1]
    det.event.actors = actors
    det.event.recipients = [k for k in parties if k not in actors]


_ACCUSING = {"متهما", "متهمه", "متهمين", "متهمتين", "واصفا", "واصفه"}
_ACCUSING_REACH = 6  # words from the attack noun to the participle (its target between)


def _accusing_after(ctx: Context, hit: Hit) -> bool:
    """`فيما شنت الرياض هجوما على إيران، متهمة إياها بالتدخل`: an attack followed by a participle of
    accusing or describing is made with words, whoever launches it."""
    end = min(len(ctx.tokens), hit.last + 1 + _ACCUSING_REACH)
    return any(ctx.tokens[k].norm in _ACCUSING for k in range(hit.last + 1, end))


# Verbs of launching, carrying out or sending what an event noun names (شنت تركيا غارات، نفذ الجيش
# عملية، أرسلت تعزيزات), also of exchanging and directing accusations (تبادل أردوغان الاتهامات مع
# نتنياهو، وجه X انتقادات).
_LAUNCH = re.compile(
    r"^[وف]?(?:[يت](?:شن|نفذ|تبادل|وجه|فرض|صدر|رسل|ستدعي|دفع|وزع|طلق|خوض)"
    r"|(?:شن|نفذ|تبادل|وجه|فرض|اصدر|ارسل|دفع|وزع|اطلق|خاض)(?:ت|وا|تا|ا)?|استدع(?:ت|ي|وا)"
    # (fighting battles: وخاضت حركة حماس ثلاث معارك مع إسرائيل)
    # beginning or going on with it: وبدأت تركيا هجوما، الولايات المتحدة ستواصل إدانة الأعمال
    r"|[يت]بدا|بدات|س?[يت]واصل|واصل(?:ت|وا)?"
    # or deciding on it: قررت الحكومة إغلاق سفارتها
    r"|[يت]قرر|قرر(?:ت|وا)?)$"
)
# بدأ "began" written with its hamza (normalised, it is بدا "seemed": وبدا العسكريون في صحة جيدة)
_BEGAN = re.compile(r"^[وف]?بدأ(?:وا)?$")
_LAUNCH_REACH = 9  # tokens from the verb to its noun (a verb-first subject, a count between)


_PLUPERFECT_WORDS = {"قد", "كان", "كانت", "كانوا"}


def _launcher(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`وشنت تركيا عملية جوية`, `شن أردوغان هجوما لاذعا على ماكرون`, `إسرائيل تشن غارات`: the
    subject of the verb of launching right before an event noun (after it, else before it)."""
    for k in range(hit.first - 1, max(-1, hit.first - _LAUNCH_REACH), -1):
        if not (_LAUNCH.match(ctx.tokens[k].norm) or _BEGAN.match(ctx.tokens[k].text)):
            continue
        between = [
            (mi, m)
            for mi, m in ctx.mentions
            if k < ctx.mention_tokens(m)[0] <= ctx.mention_tokens(m)[1] < hit.first
        ]
        capable = [g for g in _groups(ctx, between) if any(_actor_capable(m, ctx.doc) for _mi, m in g)]
        if capable:
            return _group_keys(ctx, capable[0])
        # `إسرائيل تشن غارات`, `أن الولايات المتحدة كانت قد شنت غارة`: a subject right before the verb
        # or its pluperfect frame (`حول شن هجوم`: شن is a noun there)
        j = k - 1
        while j >= 0 and _bare(ctx.tokens[j].norm) in _PLUPERFECT_WORDS:
            j -= 1
        # the whole coordinated subject (وكانت الولايات المتحدة وفرنسا وبريطانيا شنت ضربات)
        ending = [g for g in _groups(ctx, before) if ctx.mention_tokens(g[-1][1])[1] == j]
        if ending:
            return _subject_before(ctx, ending[0])
        return _aircraft_launcher(ctx, k) or _announcer_of_that(ctx, j)
    return []


_WARPLANES = {normalize(w) for w in ("طائرة", "طائرات", "مقاتلات", "مقاتلة", "مروحيات", "مروحية")}
_GUNS = {normalize(w) for w in ("مدفعية", "بوارج", "راجمات")}  # artillery, warships, rocket launchers


def _warplanes_before(ctx: Context, k: int) -> list[str]:
    """`كثفت الطائرات الحربية السورية والروسية من غاراتها الجوية`: the states whose warplanes, named
    just before token k by their adjectives (joined by و), own an attack noun's pronoun."""
    for a in range(k - 1, max(-1, k - 1 - _AIRCRAFT_REACH - 2), -1):
        if _bare(ctx.tokens[a].norm).removeprefix("ال") not in _WARPLANES:
            continue
        states: list[str] = []
        for b in range(a + 1, k):
            place = country_of_adjective(ctx.tokens[b].text)
            if place is not None:
                states += [s for s in _entity_named(ctx.doc, place.name_ar, place.code) if s not in states]
        return states
    return []


def _aircraft_launcher(ctx: Context, k: int) -> list[str]:
    """`إن طائرات حربية أمريكية وجهت ضربات نحو بلدة`: warplanes named by their state's adjective right
    before the verb of launching are that state's."""
    for a in range(k - 1, max(-1, k - 1 - _AIRCRAFT_REACH), -1):
        if _bare(ctx.tokens[a].norm).removeprefix("ال") in _WARPLANES:
            return _first_adjective_country(ctx, range(a + 1, k))
    return []


_ANNOUNCE_REACH = 20  # tokens back from أنها to the verb of announcing whose subject it stands for


def _announcer_of_that(ctx: Context, j: int) -> list[str]:
    """`أعلنت قوات سوريا الديمقراطية، التي تدعمها الولايات المتحدة، في بيان صحفي، الثلاثاء، أنها شنت
    عملية برية`: the pronoun of أنها before the verb of launching is whoever announced it."""
    if j < 0 or _bare(ctx.tokens[j].norm) not in _PRONOUN_THAT:
        return []
    earlier = [(mi, m) for mi, m in ctx.mentions if ctx.mention_tokens(m)[1] < j]  # past the clause
    pronoun = _bare(ctx.tokens[j].norm)
    for k in range(j - 1, max(-1, j - _ANNOUNCE_REACH), -1):
        word = _bare(ctx.tokens[k].norm)
        # `قالت الحكومة الإسرائيلية إنها قررت إغلاق سفارتها`: a saying verb agreeing with the pronoun
        if word in _ANNOUNCE or _SAYING_AGREEMENT.get(word) == pronoun:
            return _subject_of_verb_at(ctx, k, earlier)
    return []


# Verbs of saying and the pronoun of إن/أن that agrees with their subject.
_SAYING_AGREEMENT = {"قال": "انه", "قالت": "انها", "قالوا": "انهم", "اكد": "انه", "اكدت": "انها"}


def _relative_launch(ctx: Context, hit: Hit) -> bool:
    """`الحالات التي يطلق فيها افراد من حزب الله صواريخ`: the verb of launching opens a relative clause
    (habitual cases, not one attack told)."""
    for k in range(max(1, hit.first - _LAUNCH_REACH), hit.first):
        if _LAUNCH.match(ctx.tokens[k].norm) and _bare(ctx.tokens[k - 1].norm) in _RELATIVES:
            return True
    return False


_LAM_REACH = 3  # tokens (adjectives: قصف جوي جديد) between an attack noun and its ل agent


def _lam_agent(ctx: Context, hit: Hit, prep_after: list[tuple[int, Mention]]) -> list[str]:
    """`قصف جديد للنظام السوري على دوما`: with no genitive, a ل phrase right after an attack noun
    names who attacks (with a genitive, `قصف الجيش لمدينة حلب`, it names the target; after a verb of
    directing it, `بتوجيه ضربة عسكرية لسوريا`, too)."""
    if _dealt(ctx, hit):
        return []
    for _mi, m in prep_after:
        first = ctx.mention_tokens(m)[0]
        if first - hit.last > _LAM_REACH:
            break
        if any(_pos_at(ctx, k) in ("NOUN", "PROPN") for k in range(hit.last + 1, first)):
            break  # استهداف خزانات لشركة أرامكو: the ل phrase owns the object noun, it does not attack
        if ctx.prep_before(m) == "ل" and m.entity and _actor_capable(m, ctx.doc):
            return [m.entity]
    for _mi, m in ctx.mentions:  # غارات لمقاتلات التحالف: the ل governs the aircraft of the attacker
        first = ctx.mention_tokens(m)[0]
        means = ctx.tokens[first - 1].norm if first else ""
        near = 0 < first - hit.last <= _LAM_REACH + 1 and means[:1] == "ل" and means[1:] in _AGENT_MEANS
        if near and m.entity and _actor_capable(m, ctx.doc):
            return [m.entity]
    return []


_UNDERTAKING = {"قيام", "بقيام", "لقيام"}
_UNDERGO = ("تعرض", "يتعرض", "تتعرض")
_UNDERGO_REACH = 9


def _undergoer(ctx: Context, hit: Hit, before: list[tuple[int, Mention]], roles: Roles) -> None:
    """`تعرضت مدينة دوما ... إلى قصف جوي`: the subject of تعرّض "was exposed to" undergoes the event
    the noun names (a place is where it happened)."""
    lo = max(0, hit.first - _UNDERGO_REACH)
    verbs = (k for k in range(hit.first - 1, lo - 1, -1) if _bare(ctx.tokens[k].norm).startswith(_UNDERGO))
    verb = next(verbs, None)
    word = ctx.tokens[hit.first].norm
    governed = word.startswith("ل") or (hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) == "الي")
    between = any(verb is not None and verb < h.first < hit.first for h in ctx.hits)
    if verb is None or not governed or between:  # تعرض أبو مازن لقضية المصالحة واتهم: "addressed"
        return
    subject = [(mi, m) for mi, m in before if ctx.mention_tokens(m)[0] > verb and ctx.prep_before(m) is None]
    keys = _group_keys(ctx, _groups(ctx, subject)[0]) if subject else _antecedent_near(ctx, verb - 1)
    keys = keys or _undergoing_owner(ctx, verb)
    # الغوطة الشرقية التي تتعرض لهجوم القوات الحكومية السورية: the attack noun's genitive attacks
    doers = [] if roles.actors else [k for k in _genitive_doer(ctx, hit) if k in roles.recipients]
    roles.actors += doers
    roles.recipients = [k for k in roles.recipients if k not in doers]
    for key in keys:
        place = _coarse(ctx.doc, key) == "LOC" and not _actor_capable_key(ctx, key)
        target = roles.places if place else roles.recipients
        if key not in target and key not in doers:
            target.append(key)
    roles.actors = [k for k in roles.actors if k not in roles.recipients + roles.places]


_OWNER_REACH = 4  # tokens from the verbal noun تعرضها back to the relative pronoun of its owner


def _undergoing_owner(ctx: Context, verb: int) -> list[str]:
    """`عناصر الحوثيين التي فرت أثناء تعرضها لغارات جوية`: the pronoun on the verbal noun takes up
    the name before the relative clause it ends."""
    if not ctx.tokens[verb].norm.endswith(("ها", "ه", "هم")):
        return []
    for rel in range(verb - 1, max(0, verb - _OWNER_REACH) - 1, -1):
        if _bare(ctx.tokens[rel].norm) in _RELATIVES:
            return _antecedent_near(ctx, rel)
    return []


def _genitive_doer(ctx: Context, hit: Hit) -> list[str]:
    """The armed body in construct right after an attack noun (`لهجوم القوات الحكومية السورية`)."""
    if hit.trigger.category != "ASSAULT" or hit.trigger.pos != "noun":
        return []
    for _mi, m in ctx.mentions:
        if ctx.mention_tokens(m)[0] == hit.last + 1 and m.coarse == "ORG" and ctx.prep_before(m) is None:
            return [m.entity] if m.entity else []
    return []


_FACE = re.compile(r"^[وف]?(?:واجه|[يت]واجه)(?:ت|وا|ون|ان|تا)?$")
_OPERATIONS = {"عمليات", "عمليه", "موجه", "موجات", "سلسله"}  # واجهت عمليات قتل، واجهت موجة تفجيرات


def _faced(ctx: Context, hit: Hit, before: list[tuple[int, Mention]], roles: Roles) -> None:
    """`الكويت وتونس ومصر وفرنسا واجهت عمليات قتل وتفجير نفذها "داعش"`: the subject right before a
    verb of facing an attack noun undergoes it."""
    if hit.trigger.category != "ASSAULT" or hit.trigger.pos != "noun" or roles.recipients:
        return
    k = hit.first - 1
    if k > 0 and _bare(ctx.tokens[k].norm) in _OPERATIONS:
        k -= 1
    if k < 1 or not _FACE.match(ctx.tokens[k].norm):
        return
    ending = [g for g in _groups(ctx, before) if ctx.mention_tokens(g[-1][1])[1] == k - 1]
    if ending and ctx.prep_before(ending[0][0][1]) is None:
        faced = _group_keys(ctx, ending[0])
        roles.recipients = faced
        roles.actors = [a for a in roles.actors if a not in faced]


def _carried_out_by(ctx: Context, hit: Hit) -> list[str]:
    """`رحبت البحرين بقيام الولايات المتحدة بتصنيف X`: the name between قيام and the ب-noun acts."""
    word = ctx.tokens[hit.first].norm
    if hit.trigger.pos != "noun" or not word.startswith("ب"):
        return []
    start = next(
        (k for k in range(hit.first - 1, max(-1, hit.first - 6), -1) if ctx.tokens[k].norm in _UNDERTAKING),
        None,
    )
    if start is None:
        return []
    between = [(mi, m) for mi, m in ctx.mentions if start < ctx.mention_tokens(m)[0] < hit.first]
    return _keys(between)


def _relative_agent(ctx: Context, hit: Hit) -> list[tuple[int, Mention]]:
    """The subject of a relative clause that says who carried out the event the noun names (or
    the nouns of its category coordinated with it: `لقصف وغارات كثيفة تنفذها قوات X`)."""
    category = hit.trigger.category
    # (aid: the relief words after the act, توزيع دفعة جديدة من المساعدات الإغاثية، التي دفع بها X)
    end = min(len(ctx.tokens) - 1, hit.last + 1 + _AGENT_GAP + (3 if category == "AID" else 0))
    rel = next((k for k in range(hit.last + 1, end) if _bare(ctx.tokens[k].norm) in _RELATIVES), None)
    if rel is None:  # an indefinite noun's relative clause has no pronoun: غارات كثيفة تنفذها قوات X
        verbs = (k for k in range(hit.last + 1, end + 1) if _RESUMPTIVE.match(ctx.tokens[k].norm))
        rel = next((k - 1 for k in verbs), None)
    if rel is not None and any(hit.last < h.first < rel and h.trigger.category != category for h in ctx.hits):
        return []  # `لإدانة الضربات العسكرية التي شنتها X`: the clause is the nearer noun's
    if rel is not None and any(_common_noun_pp(ctx, hit, k) for k in range(hit.last + 1, rel - 1)):
        return []  # `خلال زيارتها، ضد الممارسات التي قامت بها ميليشيات الحوثية`: the practices' clause
    verb = ctx.tokens[rel + 1].norm if rel is not None else ""
    performed = rel is not None and _PERFORM.match(verb) and rel + 2 < len(ctx.tokens)
    given = rel is not None and category == "AID" and bool(_GIVE.match(verb)) and rel + 2 < len(ctx.tokens)
    if (performed or given) and ctx.tokens[rel + 2].norm in ("بها", "به"):
        rel += 1  # الزيارة التي يقوم بها الأمير, المساعدات التي دفع بها مركز X: the agent after بها
    # وجهتها: its و is a root letter, not the conjunction _bare strips
    elif rel is None or not (given or _CARRY_OUT.match(verb) or _CARRY_OUT.match(_bare(verb))):
        rel = _later_resumptive(ctx, hit, rel) if rel is not None else None
        if rel is None:
            return []
    start = rel + 2
    if [t.norm for t in ctx.tokens[start : start + 2]] == ["كل", "من"]:  # التي وجهتها كل من X وY
        start += 2
    groups = _groups(ctx, ctx.mentions)
    starts = {ctx.mention_tokens(g[0][1])[0] for g in groups}
    if start not in starts and start < len(ctx.tokens) and ctx.tokens[start].norm in _AGENT_MEANS:
        start += 1  # غارات شنتها طائرات تحالف دعم الشرعية (not قوات النظام السوري, itself a name)
    group = next((g for g in groups if ctx.mention_tokens(g[0][1])[0] == start), [])
    return group if group and ctx.prep_before(group[0][1]) is None else []


def _condemned_acts(ctx: Context, hit: Hit) -> bool:
    """An accusing noun whose object is a common noun (`إدانة الأعمال`, `استنكار الممارسات`): a
    relative clause after it says who did those acts."""
    k = hit.last + 1
    if hit.trigger.category != "ACCUSE" or k >= len(ctx.tokens) or ctx.in_mention(k):
        return False
    return ctx.tokens[k].norm.startswith("ال") and not any(h.first == k for h in ctx.hits)


def _common_noun_pp(ctx: Context, hit: Hit, k: int) -> bool:
    """Token k is a preposition before a definite common noun no name covers (`ضد الممارسات`): a
    relative clause after it is that noun's; not after a partitive من (`توزيع دفعة جديدة من المساعدات
    الإغاثية، التي دفع بها X`: the aid distributed), a noun of the event's own kind or a place (`في مدينة
    سيئون التي`)."""
    word = _bare(ctx.tokens[k].norm)
    if word not in _PREPOSITIONS or word == "من" or ctx.in_mention(k + 1):
        return False
    if any(h.first == k + 1 and h.trigger.category == hit.trigger.category for h in ctx.hits):
        return False
    noun = ctx.tokens[k + 1].norm
    return noun.startswith("ال") and noun.removeprefix("ال") not in _PLACE_NOUNS


def _later_resumptive(ctx: Context, hit: Hit, rel: int) -> int | None:
    """`الغارات التي شهدها مطار التيفور في حمص، ليل الأحد، نفذتها إسرائيل`: after a relative clause
    about something else (from `rel`), a carrying-out verb whose pronoun is the noun names the agent.
    Returns the index before that verb; None when the sentence ends, a clause boundary (`ثم حرب شنتها
    إسرائيل`: another noun's verb) or another event comes first."""
    for k in range(rel + 2, min(len(ctx.tokens), hit.last + 1 + _RESUMPTIVE_REACH)):
        tok = ctx.tokens[k]
        if tok.text in _CLAUSE_END or _bare(tok.norm) in _BOUNDARY or any(h.first == k for h in ctx.hits):
            return None
        if _RESUMPTIVE.match(tok.norm) and not tok.norm.endswith("هم"):
            return k - 1
    return None


_RESUMPTIVE_REACH = 20
_CLAUSE_END = {".", "؟", "?", "!", ":", "؛"}


# `قال X إنه سيزور`, `لكنها اتفقت`: a complementizer whose pronoun is the subject of the next verb.
_PRONOUN_THAT = {
    "انه",
    "انها",
    "انهم",
    "بانه",
    "بانها",
    "بانهم",
    "لانه",
    "لانها",
    "لانهم",
    "لكنه",
    "لكنها",
    "لكنهم",
}
_BEFORE_VERB = {"قد", "لن", "لم", "سوف", "لا", "ما", "كان", "كانت", "كانوا"}
# Words that begin or decide an act named after them (إنها "بدأت إجراءات قطع علاقاتها"): the pronoun
# before them is the act's subject too.
_ONSET = {"بدات", "بدا", "قررت", "قرر", "اجراءات"}


def _pronoun_subject(ctx: Context, hit: Hit) -> list[str]:
    """The antecedent of the pronoun in `إنه` / `أنها` / `لكنها` right before the verb: the nearest
    earlier name of the same gender in the sentence (a person or a masculine body for ه, a country or
    a feminine body for ها) that no place preposition governs."""
    k = hit.first - 1
    while k >= 0 and hit.first - k <= 3 and _bare(ctx.tokens[k].norm) in _BEFORE_VERB | _ONSET:
        k -= 1
    word = _bare(ctx.tokens[k].norm) if k >= 0 else ""
    if word not in _PRONOUN_THAT or word.endswith("هم"):
        return []
    return _gendered_antecedent(ctx, k, word.endswith("ها"), _LOC_PREPS, titles=True)


def _gendered_antecedent(
    ctx: Context,
    k: int,
    feminine: bool,
    skip: set[str | None],
    exclude: list[str] | None = None,
    titles: bool = False,
) -> list[str]:
    """The nearest name ending before token k with the pronoun's gender (a person or a masculine
    body for ه, a country or a feminine body for ها), not governed by a preposition in `skip` and
    not one of `exclude`; with `titles`, a body in the title after a man's name stands for him."""
    for _mi, m in reversed(ctx.mentions):
        if ctx.mention_tokens(m)[1] >= k or not m.entity or not _actor_capable(m, ctx.doc):
            continue
        if exclude and m.entity in exclude:
            continue
        if ctx.prep_before(m) in skip:
            continue
        if titles and m.coarse != "PER" and (holder := _man_before_title(ctx, m)) is not None:
            return [holder] if not feminine else []  # a body in a man's title: the man
        if feminine == (m.coarse != "PER" and _feminine_body(ctx.doc, m.entity)):
            return [m.entity]
    return []


def _man_before_title(ctx: Context, body: Mention) -> str | None:
    """`أعلن محرم إينجه مرشح حزب "الشعب الجمهوري" أنه`: a body completing the title noun that follows
    a person's name is his title's, so the person is the pronoun's antecedent."""
    first = ctx.mention_tokens(body)[0]
    for _mi, m in ctx.mentions:
        if m.coarse != "PER" or not m.entity:
            continue
        gap = range(ctx.mention_tokens(m)[1] + 1, first)
        if 1 <= len(gap) <= 2 and _pos_at(ctx, gap[0]) == "NOUN" and ctx.tokens[gap[0]].norm[:1] not in "وب":
            return m.entity
    return None


def _possessor(ctx: Context, hit: Hit) -> list[str]:
    """`أصدرت السلطنة موقفا مشابها لموقف الأردن، إذ عبرت عن دعمها`: the owner of a noun's singular
    pronoun is the nearest earlier name of its gender that no preposition governs."""
    suffix = hit.stem_affix
    if suffix.endswith("هما"):
        return _dual_owner(ctx, hit)
    if not suffix.endswith(("ه", "ها")):
        return []
    prepositions: set[str | None] = {*_LOC_PREPS, *_RECIP_PREPS, "construct", "agent"}
    return _gendered_antecedent(ctx, hit.first, suffix.endswith("ها"), prepositions)


def _dual_owner(ctx: Context, hit: Hit) -> list[str]:
    """`بين أنقرة وواشنطن، كما يبدو من اتفاقهما`: a dual pronoun stands for the last pair of names
    joined by و before it."""
    before = [(mi, m) for mi, m in ctx.mentions if ctx.mention_tokens(m)[1] < hit.first and m.entity]
    pairs = [g for g in _groups(ctx, before) if len({m.entity for _mi, m in g}) == 2]
    return _unique([m.entity for _mi, m in pairs[-1]]) if pairs else []


_WITH_PRONOUN = {"معه": False, "معها": True}
_BY_PRONOUN = {"به": False, "بها": True}  # after a verb: الذي اجتمع به في دمشق (met him)
_WITH_REACH = 3


def _with_pronoun(ctx: Context, hit: Hit, actors: list[str]) -> list[str]:
    """`خلال مكالمته الهاتفية معه`, `الذي اجتمع به`: the counterpart of a meeting given as مع (after a
    verb also ب) + pronoun is the nearest earlier name of the pronoun's gender other than the one who
    meets."""
    for k in range(hit.last + 1, min(len(ctx.tokens), hit.last + 1 + _WITH_REACH)):
        word = _bare(ctx.tokens[k].norm)
        by = hit.trigger.pos == "verb" and bool(actors)  # a named subject met him (not التقيت به: I)
        pronouns = {**_WITH_PRONOUN, **_BY_PRONOUN} if by else _WITH_PRONOUN
        if word in pronouns:
            # nor the body in the title of the one who meets (عضو البرلمان الروسي X، الذي اجتمع به)
            own = [r.object for r in ctx.doc.relations if r.subject in actors]
            return _gendered_antecedent(ctx, hit.first, pronouns[word], {*_LOC_PREPS}, exclude=actors + own)
    return []


_STATE_BODIES = {"GovernmentOrganization", "ArmedGroup"}


def _acting_body(ctx: Context, hit: Hit, free_after: list[tuple[int, Mention]]) -> bool:
    """An attack or arrest noun whose genitive, right after it, is a state body or armed force, with a
    person named later in the clause: the body acts (قصف الجيش، اعتقال السلطات ... X), the person
    undergoes it."""
    if not free_after:
        return False
    first = free_after[0][1]
    body = first.coarse == "ORG" and first.cls in _STATE_BODIES
    adjacent = ctx.mention_tokens(first)[0] == hit.last + 1
    person_later = any(m.coarse == "PER" and m.entity for _mi, m in free_after[1:])
    if adjacent and (body or first.cls == "Country") and _count_after(ctx, first):
        return True  # اعتقال السعودية نحو 30 رجل دين: a state, then the people it arrested
    if adjacent and hit.trigger.mode == "arrest" and first.entity and _security_body(ctx.doc, first.entity):
        return True  # باعتقال السلطات السعودية الثلاثاء "حقوقيين": authorities make arrests, not undergo them
    return body and adjacent and person_later


def _count_after(ctx: Context, m: Mention) -> bool:
    """A number or a count word right after the mention (`نحو 30`, `عشرات`)."""
    k = ctx.mention_tokens(m)[1] + 1
    if k >= len(ctx.tokens):
        return False
    word = ctx.tokens[k].norm
    return word.isdigit() or word in _COUNTS or (word == "نحو" and k + 1 < len(ctx.tokens))


def _pronoun_owner(ctx: Context, hit: Hit, candidates: list[str]) -> list[str]:
    """The masculine pronoun of `زيارته` stands for neither a place nor a body named by a feminine
    noun (تركيا، وزارة الخارجية، الحكومة): those candidates are dropped."""
    if not hit.stem_affix.endswith("ه") or hit.stem_affix.endswith("ها"):
        return candidates
    return [k for k in candidates if not _feminine_body(ctx.doc, k)]


def _feminine_body(doc: Document, key: str) -> bool:
    coarse = _coarse(doc, key)
    if coarse == "LOC":
        return True
    head = normalize(doc.entity(key).label_ar).split()[:1] if coarse == "ORG" else []
    return bool(head) and head[0].endswith("ه")


def _purpose(ctx: Context, hit: Hit) -> bool:
    """A meeting noun after the purpose particle ل (للقاء، لبحث); `قمع X للاحتجاجات` is an object."""
    if hit.trigger.category != "CONSULT":
        return False
    word, stem = _bare(ctx.tokens[hit.first].norm), hit.trigger.words[0]
    return word.startswith(("ل" + stem, "لل" + stem.removeprefix("ال")))


def _actor_capable_key(ctx: Context, key: str) -> bool:
    try:
        e = ctx.doc.entity(key)
    except KeyError:
        return False
    return e.coarse in ("PER", "ORG") or e.cls == "Country"


# --- nationality adjectives ------------------------------------------------------------

_MEANS_ADJECTIVES = {"جويه", "صاروخيه", "مسلحه", "انتحاريه", "بريه", "بحريه", "مدفعيه", "عسكريه"}
_MEANS_ADJECTIVES |= {"جوي", "صاروخي", "مسلح", "بري", "بحري", "عسكري"}  # الهجوم العسكري التركي


def _adjective_actor(ctx: Context, hit: Hit, hi: int) -> list[str]:
    """`ضربة جوية أمريكية`: the country of a nationality adjective right after the trigger, or after
    the weapon it was done with (`مقتل فلسطيني بقذيفة إسرائيلية`)."""
    k = hit.last + 1
    if k < hi and ctx.tokens[k].norm.removeprefix("ال") in _MEANS_ADJECTIVES:
        k += 1
    found = _first_adjective_country(ctx, [k] if k < hi else []) or _doer_adjective(ctx, hit)
    hi = _past_protesters(ctx, hi)
    for j in range(hit.last + 1, min(hi, hit.last + 1 + _WEAPON_REACH)):
        word = ctx.tokens[j].norm
        if found or not (word.startswith("ب") and word[1:].startswith(_WEAPONS)):
            continue
        k = j + 1
        if k < hi and ctx.tokens[k].norm.removeprefix("ال") in _MEANS_ADJECTIVES:
            k += 1
        found = _first_adjective_country(ctx, [k] if k < hi else []) or _body_named_at(ctx, k, hi)
    return found


def _past_protesters(ctx: Context, hi: int) -> int:
    """The clause end moved past a protest noun that names the victims (`مقتل 4 متظاهرين برصاص X`)."""
    victims = next((h for h in ctx.hits if h.first == hi and h.trigger.category == "PROTEST"), None)
    if victims is None or victims.trigger.pos != "noun":
        return hi
    return min(len(ctx.tokens), victims.last + 4)


def _body_named_at(ctx: Context, k: int, hi: int) -> list[str]:
    """The body (or person) whose name starts at token k, before the clause end `hi`: the one who fired
    the weapon named before it (`مقتل 4 متظاهرين برصاص الجيش الإسرائيلي`), the side fought with."""
    if k >= hi:
        return []
    owner = next((m for _mi, m in ctx.mentions if ctx.mention_tokens(m)[0] == k and m.entity), None)
    return [owner.entity] if owner is not None and _actor_capable(owner, ctx.doc) else []


# Verbs of carrying out an attack whose subject may stand before the attack noun (شنت X غارات).
_DOING_VERBS = {"شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "ارتكب", "ارتكبت", "وجه", "وجهت"}
_DOER_REACH = 4  # definite words of an unnamed subject between the verb and the attack noun


def _doer_adjective(ctx: Context, hit: Hit) -> list[str]:
    """`وشنت الطائرات الحربية الإسرائيلية غارات واسعة`, `يواصل الطيران التركي قصف`: an unnamed subject
    between a verb of carrying out (or continuing) and the attack noun names its country by a nationality
    adjective."""
    if hit.trigger.pos != "noun":
        return []
    span = []
    k = hit.first - 1
    while k >= 0 and len(span) < _DOER_REACH and _bare(ctx.tokens[k].norm).startswith("ال"):
        span.append(k)
        k -= 1
    verb = _bare(ctx.tokens[k].norm) if k >= 0 else ""
    continued = k >= 0 and _aspect_verb(ctx.tokens[k].norm)  # يواصل الطيران التركي قصف: continuing is doing
    if not span or (verb not in _DOING_VERBS and verb[1:] not in _DOING_VERBS and not continued):
        return []
    return _first_adjective_country(ctx, span)


# Tokens from the trigger to the weapon, past a count of victims (`أصيب أكثر من ألف فلسطيني برصاص X`).
_WEAPON_REACH = 6
# Weapons a killing is done "with" (بقذيفة، برصاص، بغارة): their nationality adjective names the actor.
_WEAPONS = ("قذيف", "صاروخ", "رصاص", "غاره", "غارات", "ضربه", "نيران", "طلق")


# Vehicles that bring aid (طائرة سعودية، الطائرة الإغاثية السعودية، قافلة إماراتية, سفينة كويتية).
_CARRIERS = ("طاير", "سفين", "قافل", "شاحن", "باخر")
_CARRIER_REACH = 2  # words from the vehicle to its nationality (an adjective such as الإغاثية between)


def _carrier_country(ctx: Context, hit: Hit) -> list[str]:
    """`حطت طائرة سعودية عسكرية في مطار عدن حيث أوصلت شحنة من المساعدات`: the country of the vehicle
    that brought the aid, named earlier in the sentence by a nationality adjective, gave it."""
    for k in range(hit.first):
        if _bare(ctx.tokens[k].norm).removeprefix("ال").startswith(_CARRIERS):
            found = _first_adjective_country(ctx, range(k + 1, min(hit.first, k + 1 + _CARRIER_REACH)))
            if found:
                return found
    return []


def _first_adjective_country(ctx: Context, positions: Iterable[int]) -> list[str]:
    """The document entity of the country named by the first nationality adjective at one of the
    token `positions` ([] when the first such adjective's country is not in the article)."""
    for k in positions:
        place = country_of_adjective(ctx.tokens[k].text)
        if place is not None:
            return _entity_named(ctx.doc, place.name_ar, place.code)
    return []


def _coarse(doc: Document, key: str) -> str | None:
    try:
        return doc.entity(key).coarse
    except KeyError:
        return None


def _first_person(ctx: Context, hit: Hit) -> bool:
    """An imperfect verb with the prefix of I or we (سأزور، ألتقي، نطالب), or a verb joined by و to
    one ("سأزور كوريا وألتقي الزعيم": والتقي alone could be the perfect "and he met")."""
    if hit.trigger.pos != "verb":
        return False
    joined = ctx.tokens[hit.first].norm.startswith("و")
    return _prefixed_first_person(ctx, hit) or (
        joined and any(h.last < hit.first <= h.last + 6 and _prefixed_first_person(ctx, h) for h in ctx.hits)
    )


def _prefixed_first_person(ctx: Context, hit: Hit) -> bool:
    stem = hit.trigger.words[0]
    if hit.trigger.pos != "verb" or not stem.startswith("ي"):
        return False
    word = _bare(ctx.tokens[hit.first].norm)
    word = word[1:] if word.startswith("س") and not stem[1:].startswith("س") else word
    return word[:1] in ("ا", "ن") and word[1:].startswith(stem[1:])


def _speaker(ctx: Context, hit: Hit) -> str | None:
    """Who says the quoted first-person clause: `عن X قوله`, else a person reporting it (`قال X`)."""
    for _mi, m in reversed(ctx.mentions):
        if m.start < ctx.tokens[hit.first].start and m.entity and ctx.prep_before(m) == "عن":
            return m.entity if m.coarse in ("PER", "ORG") else None
    reporter = attribution_of(ctx, hit)
    if reporter is not None and any(m.entity == reporter and m.coarse == "PER" for _mi, m in ctx.mentions):
        return reporter
    said = [k for k in range(hit.first) if _bare(ctx.tokens[k].norm) in _REPORT]
    for _mi, m in ctx.mentions:  # أن الأسد قال "سأزور": the person right before the reporting verb
        if said and m.coarse == "PER" and m.entity and ctx.mention_tokens(m)[1] == said[-1] - 1:
            return m.entity
    return None


def _recent_reporter(ctx: Context, hit: Hit) -> list[str]:
    """The last person named right after a verb of saying in this sentence or the two before it
    (`وقال الغفراني إن ...`), who goes on speaking."""
    lo = _antecedent_start(ctx)
    said = [
        m for m in _recent_mentions(ctx, hit, "PER") if _word_before(ctx.doc.text, m.start, lo) in _REPORT
    ]
    return [said[-1].entity] if said else []


def _recent_mentions(ctx: Context, hit: Hit, coarse: str) -> list[Mention]:
    """The mentions of entities of one coarse type before the trigger, in its sentence and the two
    before it (where an antecedent or a running speaker is looked for)."""
    lo, end = _antecedent_start(ctx), ctx.tokens[hit.first].start
    return [m for m in ctx.doc.mentions if m.entity and m.coarse == coarse and lo <= m.start < end]


def _antecedent_start(ctx: Context) -> int:
    """Where the antecedents of this sentence may start: the sentence two before it."""
    return ctx.doc.sentences[max(0, ctx.index - lx.ANTECEDENT_SENTENCES)].start


def _word_before(text: str, start: int, lo: int) -> str:
    """The normalised word right before a character offset (none before `lo`), without its و."""
    words = text[lo:start].split()
    return _bare(normalize(words[-1])) if words else ""


def _named_after_only(ctx: Context, hit: Hit, keys: list[str]) -> bool:
    """Every mention of these entities in the sentence comes after the trigger."""
    spans = [ctx.mention_tokens(m) for _mi, m in ctx.mentions if m.entity in keys]
    return bool(spans) and all(first > hit.last for first, _last in spans)


def _agent_adjective(ctx: Context, hit: Hit) -> list[str]:
    """`بأيدي عملاء سعوديين`: the country of the nationality adjective of an unnamed agent."""
    return _first_adjective_country(ctx, range(hit.last + 2, min(hit.last + 6, len(ctx.tokens))))


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Normalised country name (and exonym) -> ISO code."""
    return {normalize(p.name_ar): p.code for p in default_places() if p.cls == "Country"}


def _represented_state(ctx: Context, m: Mention) -> str | None:
    """`واتهمت مندوبة أمريكا بأنها ساقت أدلة زائفة`: an unnamed envoy of a country (a title phrase
    with no entity of its own) stands for that country."""
    if m.entity:
        return None
    first, last = ctx.mention_tokens(m)
    if _bare(ctx.tokens[first].norm) not in ENVOY_TITLES or first == last:
        return None
    name = " ".join(t.norm for t in ctx.tokens[first + 1 : last + 1])
    code = _country_codes().get(name)
    return next(iter(_entity_named(ctx.doc, name, code)), None) if code else None


def _entity_named(doc: Document, name: str, code: str | None) -> list[str]:
    target = normalize(name)
    for e in doc.entities:
        if e.coarse != "LOC":
            continue
        if code and (e.links.get("iso3166") == code):
            return [e.key]
        if normalize(e.label_ar) == target or any(normalize(a) == target for a in e.aliases):
            return [e.key]
    return []


# --- modality ---------------------------------------------------------------------------


_DURING = {"خلال", "اثناء", "ابان"}
_LIFT = {"رفع", "برفع", "لرفع", "رفعت", "يرفع", "ترفع", "رفعها", "برفعها"}


def status_of(ctx: Context, hit: Hit, lo: int) -> str:
    """Negated, cancelled, denied, planned or hypothetical, from cue words before the trigger."""
    prev = [_bare(t.norm) for t in ctx.tokens[max(lo, hit.first - 4) : hit.first]]
    setting = max((i for i, w in enumerate(prev) if w in _DURING), default=-1)
    prev = prev[setting + 1 :]  # نفى بشدة خلال مكالمته: the call is when he denied, not what he denied
    near = prev[-2:]
    first = ctx.tokens[hit.first].norm
    if any(w in _DENY for w in prev) or _denied_after(ctx, hit) or _denier_before(ctx, hit, lo):
        return "reported_denied"
    if any(w in _CANCEL for w in prev):
        return "cancelled"
    if hit.trigger.category == "SANCTION" and any(w in _LIFT for w in near):
        return "cancelled"  # رفع الحظر عن قيادة النساء، رفع العقوبات: a ban or sanction lifted
    if any(w in _NEGATIONS for w in near[-1:]) or (near and near[-1] in _WITHOUT):
        return "negated"
    if _without_that(ctx, hit):
        return "negated"  # وقطع الحمد الله زيارته دون أن يلتقي بأي مسؤول: without meeting anyone
    if hit.trigger.pos == "noun" and _negated_light_verb(prev):
        return "negated"
    if _future_prefix(_bare(first), hit) or any(w in _PLAN for w in prev):
        return "planned"
    invited = [_bare(t.norm) for t in ctx.tokens[max(0, hit.first - 3) : hit.first]]  # also past `lo`
    if hit.trigger.pos == "noun" and hit.trigger.category in ("COERCE", "CONSULT") and _refused(ctx, hit):
        # رفضت جنوب افريقيا اعتقال البشير: a refused arrest or visit did not happen (a rejected attack
        # or sanction did: رفضت الحكومة الهجوم)
        return "negated"
    if hit.trigger.category == "CONSULT" and any(_invitation(w) for w in invited):
        return "planned"  # دعاه لزيارة موسكو، تلقيه دعوة لزيارة المملكة: invited, not made
    if any(w in ("اذا", "لو", "حال", "لولا", "كي", "لكي", "وكي") for w in prev):  # كي: a purpose, not a fact
        return "hypothetical"
    following = [t.norm for t in ctx.tokens[hit.last + 1 : hit.last + 3]]
    if hit.trigger.category == "CONSULT" and any(
        w in ("المقبل", "المقبله", "المرتقبه", "المرتقب") for w in following
    ):
        return "planned"
    if hit.trigger.category == "CONSULT" and any(w in _HALTED for w in following):
        return "cancelled"  # إحياء محادثات السلام المتوقفة منذ أشهر: talks that stopped, no meeting
    if _future_time_after(ctx, hit):
        return "planned"
    if _future_copula_after(ctx, hit):
        return "hypothetical"
    return "asserted"


_FUTURE_COPULA = {"سيكون", "ستكون"}
_COPULA_REACH = 8  # words from the event noun, its complements between, to سيكون


def _future_copula_after(ctx: Context, hit: Hit) -> bool:
    """`وأضاف أن "الانسحاب من الاتفاق النووي مع إيران سيكون خيارنا في حال`: an event noun that opens
    a clause whose verb is "will be" is an option talked of, not something done."""
    if hit.trigger.pos != "noun" or (hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) != "ان"):
        return False
    following = ctx.tokens[hit.last + 1 : hit.last + 1 + _COPULA_REACH]
    return any(_bare(t.norm) in _FUTURE_COPULA for t in following)


_NEGATIONS = {"لم", "لن", "لا", "ما", "عدم"}
_WITHOUT = {"دون", "بدون"}
# Verbs that only carry an event noun (an occurrence, holding or launching): negated, so is the event.
_LIGHT_VERBS = {"تجري", "يجري", "نجري", "تجر", "يجر", "نجر", "تعقد", "يعقد", "نعقد", "تشن", "يشن", "نشن"}
_LIGHT_VERBS |= {"يحدث", "تحدث", "يقع", "تقع"}


def _without_that(ctx: Context, hit: Hit) -> bool:
    """`دون أن يلتقي`: "without" and أن (which opens a clause of its own) right before the verb."""
    words = [_bare(t.norm) for t in ctx.tokens[max(0, hit.first - 2) : hit.first]]
    return len(words) == 2 and words[0] in _WITHOUT and words[1] == "ان"


def _negated_light_verb(prev: list[str]) -> bool:
    """`لن تجري أي محادثات مباشرة مع الأسد`, `لم يعقد لقاء`: a negated verb that carries the event noun
    (or a negation, a verb and أي, "any") says the event did not or will not happen."""
    if len(prev) >= 2 and prev[-2] in _NEGATIONS and prev[-1] in _LIGHT_VERBS:
        return True
    return len(prev) >= 3 and prev[-1] == "اي" and prev[-3] in _NEGATIONS


def _denier_before(ctx: Context, hit: Hit, lo: int) -> bool:
    """`ونفت الولايات المتحدة وفرنسا شن الضربة`: a denying verb, then only its named subject (and
    the act's verbal noun) before the event noun."""
    if hit.trigger.pos != "noun":
        return False
    covered = set()
    for _mi, m in ctx.mentions:
        a, b = ctx.mention_tokens(m)
        covered.update(range(a, b + 1))
    for k in range(hit.first - 1, max(lo, hit.first - _DENIER_REACH) - 1, -1):
        word = _bare(ctx.tokens[k].norm)
        if word in _DENY:
            return k + 1 < hit.first and ((k + 1) in covered or _bare(ctx.tokens[k + 1].norm) in _SOURCES)
        if k not in covered and word not in _DENIED_WORDS | _DOING | _TIME_CUES and not _time_word(word):
            return False
    return False


_DENIER_REACH = 12
# Words between a denial and the event noun it denies: the act's verbal noun (شن الضربة), its
# happening (نفى مصدر بالجيش السوري، مساء السبت، تعرض مطار المزة إلى هجوم) and an unnamed source.
_SOURCES = {"مصدر", "مصادر", "متحدث"}
_DENIED_WORDS = {"و", "اي", "الي", "تعرض", "وقوع", "حدوث"} | _SOURCES


def _imperfect_form(ctx: Context, hit: Hit) -> bool:
    """The trigger word carries an imperfect (present-tense) prefix: يزور، نطالب (not a bare ت-)."""
    first = ctx.tokens[hit.first].norm
    return _bare(first)[:1] in "يتن" and not first.startswith("ت")


_FUTURE_WORDS = {"المقبل", "المقبله", "القادم", "القادمه", "غدا"}
_FUTURE_REACH = 12  # a verb-first subject and object may come first


def _future_time_after(ctx: Context, hit: Hit) -> bool:
    """`يزور نتنياهو موسكو في الأسبوع المقبل`: a present-tense verb (or a noun) dated to a coming time
    in its own clause tells what is planned."""
    if hit.trigger.pos == "verb" and not _imperfect_form(ctx, hit):
        return False
    for k in range(hit.last + 1, min(len(ctx.tokens), hit.last + 1 + _FUTURE_REACH)):
        word = _bare(ctx.tokens[k].norm)
        if word in _BOUNDARY or any(h.first == k for h in ctx.hits):
            return False
        if word in _FUTURE_WORDS:
            return True
    return False


_REFUSE_REACH = 6


def _refused(ctx: Context, hit: Hit) -> bool:
    """The noun is the object of a refusal verb a few words before it, with no other trigger between."""
    before = [h for h in ctx.hits if h.last < hit.first]
    if not before or hit.first - before[-1].last > _REFUSE_REACH:
        return False
    prev = before[-1]
    return prev.trigger.category == "REJECT" and prev.trigger.pos == "verb"


def _invitation(word: str) -> bool:
    word = word.lstrip("و")
    return word.startswith(("دعوه", "دعوت", "دعاه", "دعته", "يدعوه", "تدعوه", "دعا", "دعت", "يدعو", "تدعو"))


# `الأنباء عن طرد السفير ... لا أساس لها من الصحة`: the report of the event is denied after it.
_UNFOUNDED = (
    ("لا", "اساس"),
    ("عاريه", "عن"),
    ("عاريه", "من"),
    ("عار", "عن"),
    ("غير", "صحيحه"),
    ("غير", "صحيح"),
)


def _denied_after(ctx: Context, hit: Hit) -> bool:
    words = [_bare(t.norm) for t in ctx.tokens[hit.last + 1 :]]
    return any(pair in _UNFOUNDED for pair in zip(words, words[1:], strict=False))


def _future_prefix(word: str, hit: Hit) -> bool:
    """سيزور، ستلتقي، سنبحث، سأزور: the future prefix س on an imperfect verb (not the س of the stem,
    ساعد)."""
    stem = hit.trigger.words[0]
    future = word.startswith(("سي", "ست", "سن", "سا"))
    return hit.trigger.pos == "verb" and future and not stem.startswith("س")


def attribution_of(ctx: Context, hit: Hit) -> str | None:
    """`قالت X إن ...`, `وفق X`, `بحسب X`: X reported the event."""
    for k in range(hit.first - 1, -1, -1):
        word = _bare(ctx.tokens[k].norm)
        if word in _REPORT or word in _ACCORDING:
            # the reporter comes before the reported clause (قالت X إن ...), never inside it
            end = next((j for j in range(k + 1, hit.first) if _bare(ctx.tokens[j].norm) in _THAT), hit.first)
            for _mi, m in ctx.mentions:
                first, _ = ctx.mention_tokens(m)
                if k < first < end and m.entity and (word in _ACCORDING or ctx.prep_before(m) is None):
                    return m.entity
            return None
    return _according_after(ctx, hit)


def _according_after(ctx: Context, hit: Hit) -> str | None:
    """`... قتل ثمانية ..., حسبما أفادت وكالة X`: a source named after the report."""
    for k in range(hit.last + 1, len(ctx.tokens)):
        if _bare(ctx.tokens[k].norm) in _ACCORDING:
            for _mi, m in ctx.mentions:
                if k < ctx.mention_tokens(m)[0] <= k + 4 and m.entity and m.coarse in ("ORG", "PER"):
                    return m.entity
    return None


_ACCORDING = {"وفق", "وفقا", "حسب", "بحسب", "حسبما", "نقلا"}
_THAT = {"ان", "انه", "انها", "انهم"}


# --- the stage ----------------------------------------------------------------------------


@dataclass
class Detected:
    """An event plus the extraction features confidence is computed from."""

    event: Event
    weak: bool
    elided: bool
    definite_bare: bool  # a role-less definite noun (الاجتماع): a mention of an earlier event
    features: dict[str, float] = field(default_factory=dict)
    trigger_key: str = ""  # lexicon form, for the per-trigger prior of the confidence model
    instrument: bool = False  # `قتل X بضربة جوية`: the means of the verb's event, the same event
    text: str = ""  # the sentence, input of the learned detector
    verbal: bool = False  # one of its mentions is a main-clause verb (`_verbal`), set by `merge`
    nominal: bool = False  # one of its mentions is an explicit event noun (`_nominal_explicit`), by `merge`
    embedded_actor: bool = False  # its actor is a relative clause's subject: no running subject
    launched: bool = False  # its actor is the subject of a verb of carrying it out (وجها ضربات)
    counted: bool = False  # a verb of attack whose object is a count of people (قتلت X عشرات الفلسطينيين)
    pointed: bool = False  # `هذه الهجمات`, `بشأن مقتل فلسطينيين`: an event already told, or a topic


def sentence_contexts(doc: Document, lexicon: dict[str, list[Trigger]]) -> Iterable[Context]:
    by_sentence: dict[int, list[tuple[int, Mention]]] = {}
    for mi, m in enumerate(doc.mentions):
        si = m.sentence if m.sentence is not None else doc.sentence_at(m.start)
        # a title's adjective standing for an unnamed country (الرئيس الإيراني X) is part of the title
        # phrase here, as it is where the country is named; its country acts by `_adjective_actor`
        if si is not None and m.source != TITLE_COUNTRY:
            by_sentence.setdefault(si, []).append((mi, m))
    for si, s in enumerate(doc.sentences):
        mentions = _outermost(sorted(by_sentence.get(si, []), key=lambda x: x[1].start))
        cut = dateline_end(doc.text[s.start : s.end]) + s.start
        mentions = [(mi, m) for mi, m in mentions if m.start >= cut]  # a dateline names no participant
        # nor does it open the sentence: `دبي، الإمارات (CNN) – قال X ...، محذرا Y` has X first
        tokens = [t for t in tokenize(doc.text[s.start : s.end], s.start) if t.start >= cut]
        hits = [h for h in find_triggers(tokens, lexicon) if not _inside_mention(h, tokens, mentions)]
        ctx = Context(si, tokens, hits, mentions, doc)
        # a verb of describing in neutral words is no trigger at all: it must not cut another's clause
        ctx.hits = [h for h in hits if "negative" not in h.trigger.flags or _negative_description(ctx, h)]
        ctx.hits = [h for h in ctx.hits if not _cognate_object(ctx, h)]
        # `مسؤول العلاقات الخارجية`: a performed noun without its verb is no trigger, nor a clause boundary
        ctx.hits = [
            h for h in ctx.hits if "performed" not in h.trigger.flags or _governing_verb(ctx, h) is not None
        ]
        ctx.hits = [h for h in ctx.hits if not _orientation(ctx, h)]
        yield ctx


def _orientation(ctx: Context, hit: Hit) -> bool:
    """`وجه نقداً لتوجه جبهة تحرير الشام هذا`: a trip noun after ل with no إلى after it is a course or
    a trend, no trip; it must not cut the clause of the trigger before it."""
    # (ل before a past verb form makes it a noun: لتوجه)
    if "dest" not in hit.trigger.flags or not ctx.tokens[hit.first].norm.startswith("ل"):
        return False
    following = ctx.tokens[hit.last + 1 : hit.last + 1 + _DEST_REACH]
    return not any(_bare(t.norm) in ("الي", "نحو") for t in following)


# A wire dateline: `دبي، الإمارات (CNN)-- `, `القاهرة (رويترز) - `, `بغداد -- `, `بيروت ـ `.
_DATELINE = re.compile(r"^[^.!?؟\n]{0,80}?(?:\([^()\n]{2,30}\)\s*[-–—ـ]+|[-–—]{2,}|(?<=[^\s0-9]) [-–—ـ] )\s*")
_DATELINE_WORDS = 8


def dateline_end(text: str) -> int:
    """Offset where the clause after a dateline / wire-source prefix starts (0 when there is none).
    The prefix holds a place and a source, never a participant of the reported events."""
    m = _DATELINE.match(text)
    if not m or len(_WORD.findall(text[: m.start(0) + len(m.group(0))])) > _DATELINE_WORDS:
        return 0
    return m.end()


def _outermost(mentions: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """Drop a mention inside a longer one (`فيلق القدس` in `قائد فيلق القدس`)."""
    return [
        (mi, m)
        for mi, m in mentions
        if not any(
            o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for _oi, o in mentions
        )
    ]


def _inside_mention(hit: Hit, tokens: list[Token], mentions: list[tuple[int, Mention]]) -> bool:
    a, b = tokens[hit.first].start, tokens[hit.last].end
    return any(m.start <= a and b <= m.end + 1 for _mi, m in mentions if m.kind == "name")


_INSTITUTIONS = {"مجلس", "منظمه", "هيئه", "لجنه", "وزاره", "اتحاد", "مكتب", "مركز", "جمعيه"}


def _in_name(ctx: Context, hit: Hit) -> bool:
    """`مجلس التعاون`, `لجنة التحقيق`, `حركة الاحتجاج`: a verbal noun after an institution noun names
    the institution, it does not report an event."""
    if hit.trigger.pos != "noun" or hit.first == 0:
        return False
    word = _bare(ctx.tokens[hit.first - 1].norm)
    return word in _INSTITUTIONS or (word[:1] in "بل" and word[1:] in _INSTITUTIONS)


def _abstract_target(ctx: Context, hit: Hit) -> bool:
    """`الهجوم على الحريات` (an attack on freedoms) and `وقف إطلاق النار` (a ceasefire) are not ASSAULTs."""
    if hit.trigger.category != "ASSAULT":
        return False
    nxt = [t.norm for t in ctx.tokens[hit.last + 1 : hit.last + 4]]
    previous = [_bare(t.norm).lstrip("بل") for t in ctx.tokens[max(0, hit.first - 2) : hit.first]]
    return any(w in _ABSTRACT_OBJECTS for w in nxt) or any(w in _HALTS for w in previous)


_HALTS = {"وقف", "ايقاف", "هدنه"}


def _backs_terror(ctx: Context, hit: Hit) -> bool:
    """`يجب فرض عقوبات على إيران بسبب دعمها للإرهاب`: "support of terrorism" is a charge made
    against someone, not support given to anyone."""
    if hit.trigger.category not in ("SUPPORT", "AID") or hit.last + 1 >= len(ctx.tokens):
        return False
    return ctx.tokens[hit.last + 1].norm.removeprefix("ل") in ("الارهاب", "لارهاب")


def _endangers(ctx: Context, hit: Hit) -> bool:
    """`ويهدد التقدم التركي مصير نحو 350 ألف شخص`: a threat verb whose object is someone's fate,
    life or security says that something endangers them; nobody threatens anyone."""
    if hit.trigger.category != "THREATEN" or hit.trigger.pos != "verb":
        return False
    following = [_bare(t.norm).removeprefix("ال") for t in ctx.tokens[hit.last + 1 : hit.last + 4]]
    return (
        any(w in _ENDANGERED for w in following)
        or _unnamed_relative_subject(ctx, hit)
        or _threatens_us(ctx, hit)
    )


def _threatens_us(ctx: Context, hit: Hit) -> bool:
    """`نتانياهو: يهددنا`: right after a speaker's colon, "it threatens us" makes the speaker the one
    threatened, by something the quote does not name."""
    if not hit.stem_affix.endswith(("نا", "ني")) or hit.first == 0:
        return False
    return ":" in ctx.doc.text[ctx.tokens[hit.first - 1].end : ctx.tokens[hit.first].start]


def _unnamed_relative_subject(ctx: Context, hit: Hit) -> bool:
    """`المواقع الأثرية التي هددها بناء السد العالي`: in a relative clause whose pronoun is the object,
    the subject right after the verb is a thing, not a name: a danger, not a threat."""
    if not hit.enclitic or hit.first == 0 or _bare(ctx.tokens[hit.first - 1].norm) not in _RELATIVES:
        return False
    return hit.last + 1 < len(ctx.tokens) and not ctx.in_mention(hit.last + 1)


# Finite verbs that assert a sanction named by a verbal noun (قررت فرض عقوبات, أعلنت فرض, تعيد فرض).
_ASSERTING = {"قرر", "قررت", "اعلن", "اعلنت", "اعاد", "اعادت", "يعيد", "تعيد", "سيعيد", "ستعيد"}


def _nominal_sanction(ctx: Context, hit: Hit) -> bool:
    """`العقوبات`, `فرض العقوبات` (a definite verbal-noun construct) talk about sanctions (headline,
    المخاوف من إعادة فرض العقوبات); only a finite verb asserts that someone imposed them."""
    if hit.trigger.category != "SANCTION" or hit.trigger.mode != "sanction":
        return False
    previous = _bare(ctx.tokens[hit.first - 1].norm) if hit.first else ""
    if previous in _ALSO | {"رسميا"} and hit.first > 1:
        previous = _bare(ctx.tokens[hit.first - 2].norm)  # وأعلنت أيضا تجميد كافة التعاملات
    if previous in _ASSERTING or _carried_out_by(ctx, hit):
        return False
    if hit.trigger.pos == "noun":
        return True
    second = ctx.tokens[hit.last].norm if hit.last > hit.first else ""
    return _bare(ctx.tokens[hit.first].norm) == "فرض" and second.startswith(("ال", "بال"))


def _motive(ctx: Context, hit: Hit) -> bool:
    """`طرد السفير احتجاجا على X`: the adverb احتجاجا gives the motive of the event before it, it is
    not a protest of its own."""
    word = _bare(ctx.tokens[hit.first].norm)
    nxt = ctx.tokens[hit.last + 1].norm if hit.last + 1 < len(ctx.tokens) else ""
    if word != "احتجاجا" or nxt not in ("علي", "ضد"):
        return False
    return any(h.trigger.pos == "verb" and 0 < hit.first - h.last <= 10 for h in ctx.hits)


def _subject_near(ctx: Context, hit: Hit, det: Detected) -> bool:
    """The named subject of a discussion verb is its own (not elided), the antecedent of the pronoun
    before it, or starts within a title chain after it (`استعرض ولي عهد X الشيخ A`), not an event noun
    (`ناقش اللقاء`)."""
    if det.elided or not det.event.actors or any(h.first == hit.last + 1 for h in ctx.hits):
        return False
    if _pronoun_subject(ctx, hit) == det.event.actors[:1]:
        return True  # مكتب نتنياهو ... أنه بحث مع الرئيس الروسي: the pronoun's antecedent
    lo, _hi = _window(ctx, hit)
    for _mi, m in ctx.mentions:
        first, last = ctx.mention_tokens(m)
        between = [h for h in ctx.hits if hit.last < h.first < first]
        if m.entity == det.event.actors[0] and (
            lo <= first and last < hit.first or 0 < first - hit.last <= 16 and not between
        ):
            return True
    return False


def _pair(e: Event) -> bool:
    """A discussion verb is a meeting between two named parties: `بحث X وY` (the first is the actor,
    the others the counterparts) or `بحث X مع Y`."""
    if len(e.actors) >= 2 and not e.recipients:
        e.actors, e.recipients = e.actors[:1], e.actors[1:]
    return bool(e.actors) and bool(e.recipients)


_TWO_SIDES = {"الجانبان", "الطرفان", "الجانبين", "الطرفين"}
_TWO_SIDES_SPAN = 2  # sentences back to the meeting whose parties "the two sides" are


def _two_sides(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`اجتمع بارزاني مع ... كارتر ... الجانبان بحثا مستجدات الحرب ضد تنظيم داعش`: "the two sides"
    who discuss are the parties of the meeting just told, not the names in what they discussed."""
    e = det.event
    if e.type != "CONSULT":
        return
    around = [ctx.tokens[k].norm for k in (hit.first - 1, hit.last + 1) if 0 <= k < len(ctx.tokens)]
    if not any(w in _TWO_SIDES for w in around):
        return
    for prev in reversed(earlier):
        p = prev.event
        recent = 0 <= ctx.index - p.sentence <= _TWO_SIDES_SPAN
        if p.type == "CONSULT" and p.actors and p.recipients and recent:
            e.actors, e.recipients = list(p.actors), list(p.recipients)
            return


_PAIR_WORDS = _TWO_SIDES | {"البلدان", "البلدين"}
_PAIR_SPAN = 8  # sentences back to the talks or the agreement whose parties "the two sides" are
_PAIR_EVENTS = {"CONSULT", "AGREE", "COOPERATE"}


def _agreeing_pair(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`أن الجانبين اتفقا على تبادل وثيق`: "the two sides" who agree are the parties of the talks told
    before; `إن ميركل وداود أوغلو اتفقا أيضا`: of two joined subjects, each is the other's party."""
    e = det.event
    if e.type not in ("AGREE", "COOPERATE") or e.recipients:
        return
    if len(e.actors) >= 2:
        e.actors, e.recipients = e.actors[:1], e.actors[1:]
        return
    around = [ctx.tokens[k].norm for k in (hit.first - 1, hit.last + 1) if 0 <= k < len(ctx.tokens)]
    if e.actors or not any(w in _TWO_SIDES for w in around):
        return
    for prev in reversed(earlier):
        p = prev.event
        if ctx.index - p.sentence > _PAIR_SPAN:
            return
        if p.type in _PAIR_EVENTS and p.actors and p.recipients:
            e.actors, e.recipients = list(p.actors), list(p.recipients)
            return


def _two_sides_stance(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`كما أكد الجانبان رفضهما القاطع لمحاولات تدخل إيران`: "the two sides" who take a stance are the
    parties of the talks or the agreement told before (a visitor and the state he visits)."""
    e = det.event
    if e.type in _PAIR_EVENTS or e.actors:
        return
    if not any(ctx.tokens[k].norm in _PAIR_WORDS for k in range(max(0, hit.first - 3), hit.first)):
        return
    for prev in reversed(earlier):
        p = prev.event
        if ctx.index - p.sentence > _PAIR_SPAN:
            return
        others = p.recipients or (p.places if p.mode == "visit" else [])
        if p.type in _PAIR_EVENTS and p.actors and others:
            e.actors = _unique(p.actors + others)
            e.recipients = [k for k in e.recipients if k not in e.actors]
            return


def detect(doc: Document, lexicon: dict[str, list[Trigger]] | None = None) -> list[Detected]:
    """Every trigger of the document as an event with roles (before merging)."""
    lexicon = lexicon or load_lexicon()
    out: list[Detected] = []
    previous_actor: list[str] = []
    previous_sentence = -10
    for ctx in sentence_contexts(doc, lexicon):
        if ctx.index - previous_sentence > _SUBJECT_SPAN:
            previous_actor = []  # an elided subject continues only the last sentence or two
        for hit in ctx.hits:
            if _skipped(ctx, hit):
                continue
            det = _detected(ctx, hit, previous_actor)
            _relief(ctx, hit, det)
            _without_beneficiaries(ctx, det)
            _coordinated_status(ctx, hit, det, out)
            _coordinated_meeting(ctx, hit, det, out)
            _two_sides(ctx, hit, det, out)
            _two_sides_stance(ctx, hit, det, out)
            _agreeing_pair(ctx, hit, det, out)
            _coordinated_verb(ctx, hit, det, out)
            _coordinated_attack(ctx, hit, det, out)
            _invited_visitor(ctx, hit, det, out)
            _announced_act(ctx, hit, det)
            _reported_arrest(ctx, det)
            _threat_target(ctx, hit, det)
            _accused_of(ctx, hit, det, out)
            _condemned_act(ctx, hit, det, out)
            _condemned_agent(ctx, hit, det, out)
            _condemned_launcher(ctx, hit, det, out)
            _condemned_as(ctx, hit, det)
            _praised_relations(ctx, hit, det)
            _verbal_attack(ctx, hit, det)
            _sanction_target(ctx, hit, det)
            _expelled_envoy(ctx, hit, det)
            _deemed_party(ctx, hit, det)
            _conditional_threat(ctx, hit, det)
            _threat_if_after(ctx, hit, det)
            _mouthpiece(ctx, det)
            _brandished_if(ctx, hit, det)
            _ready_if(ctx, hit, det)
            _adverbial_subject(ctx, hit, det, out)
            _setting_of(ctx, hit, det, out)
            _battle_of_capture(ctx, hit, det, out)
            _protest_regions(ctx, hit, det)
            _what_happened_in(ctx, hit, det)
            _faced_by(ctx, hit, det)
            _own_country_giver(ctx, hit, det)
            _official_protest(ctx, hit, det)
            _speaker_goes_on(ctx, hit, det)
            _experts_purpose(ctx, hit, det)
            if "pair" in hit.trigger.flags and not (_subject_near(ctx, hit, det) and _pair(det.event)):
                continue
            _resulting_death(ctx, hit, det, out)
            if "performed" in hit.trigger.flags and det.event.type == "SUPPORT" and not det.event.recipients:
                continue  # `رفع X الشكر للقيادة الرشيدة`: thanks to no one named tell of no relation
            if det.event.mode == "host" and not det.event.recipients:
                continue  # `تستقبل سواحلها أغلب موجات المهاجرين`: receiving no named guest is no visit
            if (
                det.event.mode == "meet"
                and hit.enclitic
                and hit.trigger.pos == "noun"
                and not det.event.recipients
            ):
                continue  # `بعد لقائه رئيس الحكومة X` with X unrecognised: whom he met is not known
            if "dest" in hit.trigger.flags and (not _destination(ctx, hit, det) or _going_home(ctx, det)):
                continue
            if "placed" in hit.trigger.flags and not _place_object(ctx, hit, det):
                continue
            if "personal" in hit.trigger.flags and not _person_undergoes(ctx, hit, det):
                continue
            if "counterpart" in hit.trigger.flags and not det.event.recipients:
                continue  # `سيتعين عليه خوض مفاوضات`: negotiations with nobody named
            if "achieved" in hit.trigger.flags and not _achieved(ctx, hit):
                continue
            if "declared" in hit.trigger.flags and _governing_verb(ctx, hit) is None:
                continue
            if _recalled_from_nobody(hit, det):
                continue
            if "measures" in hit.trigger.flags and not _threat_of_measures(ctx, hit, det):
                continue
            if "obligation" in hit.trigger.flags and not _obligation(ctx, hit, det, previous_actor):
                continue
            if "praise" in hit.trigger.flags and not _praised_thing(ctx, hit):
                continue
            out.append(det)
            carried = [k for k in det.event.actors if _carries(doc, k)]
            # `في حال تنصل الحكومة من تعهداتها`: a condition's subject is not the running one; nor is
            # the agent of a death noun (`بعد مقتل 52 فلسطينيا برصاص الجيش الإسرائيلي`)
            agent = hit.trigger.pos == "noun" and hit.trigger.voice == "passive"
            if carried and not (det.embedded_actor or agent) and det.event.status != "hypothetical":
                previous_actor, previous_sentence = carried, ctx.index
    return out


def _experts_purpose(ctx: Context, hit: Hit, det: Detected) -> None:
    """`تمكن خبراء منظمة حظر الأسلحة الكيميائية السبت من دخول مدينة دوما السورية للتحقيق في الهجوم`:
    the purpose (ل + a verbal noun) of what a body's experts or mission did is that body's act."""
    word = _bare(ctx.tokens[hit.first].norm)
    if det.event.actors or hit.trigger.pos != "noun" or not word.startswith("ل"):
        return
    for k in range(min(_MAIN_SUBJECT_START, hit.first)):
        if _bare(ctx.tokens[k].norm) in _EXPERTS:
            body = [(mi, m) for mi, m in ctx.mentions if ctx.mention_tokens(m)[0] == k + 1]
            if body and body[0][1].coarse == "ORG":
                group = next(g for g in _groups(ctx, ctx.mentions) if body[0] in g)
                det.event.actors = _group_keys(ctx, group)
                # (دخول مدينة دوما السورية للتحقيق: where they went to do it)
                between = [m for _mi, m in ctx.mentions if k + 1 < ctx.mention_tokens(m)[0] < hit.first]
                places = [m.entity for m in between if m.coarse == "LOC" and m.entity]
                det.event.places = det.event.places or _unique(places)
            return


_EXPERTS = {normalize(w) for w in ("خبراء", "مفتشو", "مفتشي", "محققو", "محققي", "فريق", "بعثة")}


def _praised_thing(ctx: Context, hit: Hit) -> bool:
    """`منوها بالدعم الكبير المقدم من قوات التحالف`: نوه praises what ب + a noun names; with إلى or
    بأن it only points something out (`ونوه لودريان إلى`, `منوها بأن عناصر`)."""
    k = hit.last + 1
    if k >= len(ctx.tokens):
        return False
    word = ctx.tokens[k].norm
    return word.startswith("ب") and word not in ("بان", "بانه", "بانها", "بانهم")


_SUBJECT_SPAN = 2
# People in need whom "support" reaches as relief (تدعم 5 آلاف لاجئ، دعم الأسر النازحة).
_NEEDY = ("لاجي", "اللاجي", "نازح", "النازح", "مهجر", "المهجر", "منكوب", "المنكوب", "متضرر", "المتضرر")
_RELIEF_REACH = 4  # words from the verb to the people supported (a count may stand between)


def _relief(ctx: Context, hit: Hit, det: Detected) -> None:
    """`«نصرة سوريا» تدعم 5 آلاف لاجئ بلبنان`: support given to refugees or the displaced is aid; aid
    called medical, food or humanitarian is relief."""
    if hit.trigger.category == "AID" and det.event.mode is None and hit.last + 1 < len(ctx.tokens):
        if ctx.tokens[hit.last + 1].norm.removeprefix("ال") in _RELIEF_KINDS:
            det.event.mode = "humanitarian"  # المساعدات الطبية، مساعدات غذائية: relief
        return
    if hit.trigger.category != "SUPPORT":
        return
    following = ctx.tokens[hit.last + 1 : hit.last + 1 + _RELIEF_REACH]
    if any(_bare(t.norm).startswith(_NEEDY) for t in following):
        det.event.type, det.event.mode = "AID", "humanitarian"


# Adjectives of aid that is relief (مساعدات طبية، المساعدات الإنسانية، سلال غذائية).
_RELIEF_KINDS = {normalize(w) for w in ("طبية", "إنسانية", "غذائية", "إغاثية")}


_RESULT_VERBS = {"ادي", "ادت", "يودي", "تودي", "اسفر", "اسفرت", "يسفر", "تسفر", "تسبب", "تسببت", "يتسبب"}
_RESULT_REACH = 6  # tokens from the result verb to the death it led to (`أدت في مطلع يوليو إلى مقتل`)


def _resulting_death(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`غارة جوية لقوات الائتلاف ... أدت في مطلع يوليو إلى مقتل زعيم مجموعة خراسان`: the death an
    attack led to is that attack's outcome; its dead become the attack's targets, so that the merge
    folds the death into the attack as another mention (it still counts as evidence)."""
    if hit.trigger.category != "ASSAULT" or hit.trigger.pos != "noun" or not earlier:
        return
    cause = earlier[-1].event
    if cause.type != "ASSAULT" or cause.sentence != ctx.index:
        return
    lo = max(0, hit.first - _RESULT_REACH)
    verbs = [k for k in range(lo, hit.first) if _bare(ctx.tokens[k].norm) in _RESULT_VERBS]
    if not verbs or ctx.tokens[verbs[-1]].start < cause.end:
        return
    e = det.event
    cause.recipients = _unique(cause.recipients + [k for k in e.recipients if k not in cause.actors])
    cause.places = _unique(cause.places + e.places)


def _obligation(ctx: Context, hit: Hit, det: Detected, previous_actor: list[str]) -> bool:
    """`أما أردوغان فقال إن على المملكة أن تثبت ...`: the one named right after على is asked, the
    speaker (the reporter of the clause, else the running subject) asks; nothing without a name."""
    asked = [m.entity for _mi, m in ctx.mentions if ctx.mention_tokens(m)[0] == hit.last + 1 and m.entity]
    if not asked:
        return False
    speaker = attribution_of(ctx, hit) or _reporter_before(ctx, hit) or _colon_speaker(ctx)
    if speaker is None and ctx.tokens[hit.first].norm.startswith("و"):
        return False  # `... وعلى إيران أن تقوم بتغييرات` inside a quote: whose demand is not told here
    speaker = speaker or (previous_actor[0] if previous_actor else None)
    det.event.actors = [speaker] if speaker and speaker not in asked else []
    det.event.recipients, det.event.places = asked, []
    det.event.attribution = None  # the speaker is the one who demands, not only its source
    return True


def _colon_speaker(ctx: Context) -> str | None:
    """`وليد المعلم: لا وجود عسكري لإيران بسوريا`: a person named at the head of a sentence before a
    colon says the rest of it."""
    doc = ctx.doc
    # a headline cut at ".." (`وليد المعلم: ... بسوريا.. وعلى أمريكا الانسحاب`) keeps its speaker
    first = 0 if ctx.index < (doc.headline_size() or 0) else ctx.index
    start = doc.sentences[first].start
    heads = [m for m in doc.mentions if m.kind == "name" and m.start >= start and m.end <= ctx.tokens[-1].end]
    if not heads:
        return None
    m = heads[0]
    opens = not doc.text[start : m.start].strip()
    colon = doc.text[m.end : m.end + 2].strip().startswith(":")
    return m.entity if opens and colon and m.coarse == "PER" else None


def _reporter_before(ctx: Context, hit: Hit) -> str | None:
    """`أما X فقال إن`, `X قال إن`, `وكان X قد قال ... إنه`: the name right before the reporting verb of
    the clause (or before its قد)."""
    said = [k for k in range(hit.first) if _bare(ctx.tokens[k].norm) in _REPORT]
    if not said:
        return None
    end = said[-1] - 2 if said[-1] > 1 and ctx.tokens[said[-1] - 1].norm == "قد" else said[-1] - 1
    for _mi, m in ctx.mentions:
        if m.entity and m.coarse in ("PER", "ORG", "LOC") and ctx.mention_tokens(m)[1] == end:
            return m.entity
    return None


def _coordinated_status(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`سأزور كوريا الشمالية وألتقي ... كيم`: a verb joined by و to a planned verb a few words before
    shares its modality (the future prefix is not repeated)."""
    prev = _coordinated_with(ctx, hit, earlier)
    if prev is None or det.event.status != "asserted" or prev.event.status != "planned":
        return
    det.event.status = "planned"
    det.features["modal"] = 1.0


_JOINED_REACH = 4  # words between two triggers joined by و


def _coordinated_with(
    ctx: Context, hit: Hit, earlier: list[Detected], reach: int = _JOINED_REACH
) -> Detected | None:
    """The trigger a few words (`reach`) before in this sentence that this one is joined to by و."""
    if not earlier or not ctx.tokens[hit.first].norm.startswith("و"):
        return None
    prev = earlier[-1]
    return prev if _words_between(ctx, prev, hit) <= reach else None


def _words_between(ctx: Context, prev: Detected, hit: Hit) -> int:
    """Words between an earlier trigger of this sentence and `hit` (a large number for another sentence)."""
    if prev.event.sentence != ctx.index:
        return len(ctx.tokens) + 1
    return sum(1 for t in ctx.tokens if prev.event.end <= t.start < ctx.tokens[hit.first].start)


_ANNOUNCE = {"اعلن", "اعلنت", "يعلن", "تعلن", "اعلنوا", "يعلنون"}
_TARGETING = {"استهداف"}


def _announced_act(ctx: Context, hit: Hit, det: Detected) -> None:
    """`أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال 21 فلسطينيا`: a body announcing an arrest made it;
    so does an armed force announcing deaths in a raid (`الجيش الأمريكي يعلن مقتل اثنين في غارة جوية`)."""
    e = det.event
    raid = e.type == "ASSAULT" and (_raid_after(ctx, hit) or _militants_after(ctx, hit))
    # أعلن الحوثيون استهداف خزانات لشركة أرامكو: a body announcing that it targeted claims the attack
    claimed = e.type == "ASSAULT" and _bare(ctx.tokens[hit.first].norm) in _TARGETING
    # أعلنت مصر، الخميس، إرسال "مساعدات إنسانية عاجلة" إلى الخرطوم: a state announces its own aid
    aid = e.type == "AID"
    if not (e.type == "COERCE" or raid or claimed or aid) or hit.trigger.pos != "noun" or e.actors:
        return
    # أعلنت الوزارة ... عن قيام أجهزة الأمن ... بكشف وضبط X: the announcement reaches over قيام
    undertaking = next(
        (k for k in range(hit.first - 1, max(-1, hit.first - 12), -1) if ctx.tokens[k].norm in _UNDERTAKING),
        hit.first,
    )
    lo = max(0, undertaking - 8)
    verb = next((k for k in range(hit.first - 1, lo - 1, -1) if _bare(ctx.tokens[k].norm) in _ANNOUNCE), None)
    if verb is None:
        return
    span = (ctx.tokens[verb].end, ctx.tokens[hit.first].start)

    def announcer(m: Mention) -> bool:
        return bool(m.entity) and (m.coarse == "ORG" or (aid and m.cls == "Country" and m.kind == "name"))

    bodies = [m.entity for _mi, m in ctx.mentions if announcer(m) and span[0] <= m.start < span[1]]
    # بأن القوات العراقية أعلنت حظر التجول, وكان الحوثيون قد أعلنوا: the body right before the verb
    # (or its pluperfect frame) announces
    j = verb - 1
    while j >= 0 and _bare(ctx.tokens[j].norm) in _PLUPERFECT_WORDS:
        j -= 1
    bodies = bodies or [
        m.entity
        for _mi, m in ctx.mentions
        if announcer(m) and ctx.mention_tokens(m)[1] == j and not ctx.prep_before(m)
    ]
    if raid and not claimed:  # a ministry of health also announces deaths; only an armed force its raid
        bodies = [k for k in bodies if _armed_force(ctx.doc, k)]
    if bodies:
        e.actors = bodies[:1]
        e.recipients = [k for k in e.recipients if k != bodies[0]]


# Verbal nouns of doing that carry the act an accusation is about: اتهم X Y بشن هجوم، بتنفيذ الغارة.
_CONDEMN_REACH = 6  # tokens from a condemnation to the act it names (ونددت منظمة X باعتقال)


def _condemned_act(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`ونددت منظمة هيومان رايتس ووتش باعتقال السعودية نحو 30 رجل دين`: a condemnation with no target
    of its own is aimed at whoever did the act it names with بـ."""
    if hit.trigger.pos != "noun" or not det.event.actors:
        return
    for prev in reversed(earlier):
        e = prev.event
        if e.sentence != ctx.index or e.type != "ACCUSE" or e.recipients:
            continue
        gap = hit.first - _last_token(ctx, e)
        # `لإدانة الضربات العسكرية التي شنتها X`: the act right after the condemnation is its object
        if gap == 1 or ctx.tokens[hit.first].norm[:1] == "ب" and 0 < gap <= _CONDEMN_REACH:
            e.recipients = [k for k in det.event.actors if k not in e.actors]
        return


def _condemned_agent(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`أدانت منظمة هيومن رايتس ووتش أمس قصف المتمردين الحوثيين ... مناطق سكنية`: an attack noun that
    is the object of a condemnation, right after its subject, is in construct with its agent (a body or
    a person, not a place: `قصف غزة`), whom the condemnation is aimed at."""
    # (`قصف` is also spelled like the verb; right after the condemnation's subject it is its object);
    # also a demand noun: `واستهجنت الخارجية السعودية مطالبة كندا "بالإفراج الفوري"` (a state demands)
    if det.event.type not in ("ASSAULT", "REQUEST") or hit.enclitic or not earlier:
        return
    states = ("Country",) if det.event.type == "REQUEST" else ()
    condemnation = earlier[-1].event
    if condemnation.type != "ACCUSE" or condemnation.sentence != ctx.index or condemnation.recipients:
        return
    named = {k for _mi, m in ctx.mentions for k in range(*_span(ctx, m))}
    between = range(_last_token(ctx, condemnation) + 1, hit.first)
    if not between or not all(k in named or _time_word(ctx.tokens[k].norm) for k in between):
        return
    agent = next(
        (
            m
            for _mi, m in ctx.mentions
            if ctx.mention_tokens(m)[0] in (hit.last + 1, hit.last + 2)
            and m.entity
            and (m.coarse in ("ORG", "PER") or ctx.doc.entity(m.entity).cls in states)
            and _actor_capable(m, ctx.doc)
        ),
        None,
    )
    if agent is None or agent.entity in condemnation.actors:
        return
    det.event.actors = [agent.entity]
    det.event.recipients = [k for k in det.event.recipients if k != agent.entity]
    condemnation.recipients = [agent.entity]


def _condemned_launcher(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`تندد الرياض باستمرار بالاستخدام المتزايد لطائرات بلا طيار وصواريخ "إيرانية" أطلقها الحوثيون`:
    the attacker of a relative clause that describes what a condemnation is aimed at is condemned."""
    if det.event.type != "ASSAULT" or hit.trigger.pos != "verb" or not det.event.actors or not earlier:
        return
    if not ctx.tokens[hit.first].norm.endswith(("ها", "ه")):
        return  # the relative clause resumes the weapons: أطلقها
    for prior in reversed(earlier):
        condemnation = prior.event
        if condemnation.sentence != ctx.index:
            return
        if condemnation.type == "ACCUSE" and not condemnation.recipients:
            if _words_between(ctx, prior, hit) <= _CONDEMNED_REACH:
                condemnation.recipients = [k for k in det.event.actors if k not in condemnation.actors]
            return


_CONDEMNED_REACH = 12  # words from the condemning verb to the relative clause of what it condemns


def _condemned_as(ctx: Context, hit: Hit, det: Detected) -> None:
    """`وندد العاهل السعودي الملك سلمان ... بما اعتبره "تدخلات إيرانية سافرة"`: what a condemnation
    calls the deeds of a nationality (its first adjective) aims at that country."""
    if det.event.type != "ACCUSE" or hit.trigger.pos != "verb":
        return
    end = min(len(ctx.tokens) - 2, hit.last + _CONDEMNED_REACH)
    what = next((k for k in range(hit.last + 1, end) if _bare(ctx.tokens[k].norm) == "بما"), None)
    if what is None or not ctx.tokens[what + 1].norm.startswith(_CALLED):
        return
    country = _first_adjective_country(ctx, range(what + 2, min(what + 5, len(ctx.tokens))))
    if country and not set(country) & set(det.event.actors):
        det.event.recipients = _unique(country + det.event.recipients)


_CALLED = ("اعتبر", "وصف", "سما")  # بما اعتبره، بما وصفه، بما سماه


def _praised_relations(ctx: Context, hit: Hit, det: Detected) -> None:
    """`أشاد ولي العهد السعودي، الأمير محمد بن سلمان، بعلاقته بالرئيس الأمريكي، دونالد ترامب`: praise
    of one's relations with someone supports that one."""
    if det.event.type != "SUPPORT" or hit.trigger.pos != "verb":
        return
    end = min(len(ctx.tokens) - 1, hit.last + _PP_REACH + 4)
    ties = next((k for k in range(hit.last + 1, end) if ctx.tokens[k].norm.startswith(_TIES)), None)
    if ties is None:
        return
    partner = [
        m.entity
        for _mi, m in ctx.mentions
        if m.entity and ties < ctx.mention_tokens(m)[0] <= ties + 4 and ctx.prep_before(m) == "ب"
    ]
    if partner and partner[0] not in det.event.actors:
        det.event.recipients = partner[:1]


_TIES = ("بعلاقته", "بعلاقتها", "بعلاقاته", "بعلاقاتها")


def _last_token(ctx: Context, e: Event) -> int:
    return next((k for k, t in enumerate(ctx.tokens) if t.start <= e.end <= t.end), -1)


_DOING = {"شن", "تنفيذ", "ارتكاب", "القيام", "تدبير"}
_ACCUSED_REACH = 6  # tokens from the accused to the act


def _accused_of(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`اتهم X قوات النظام السوري بشن هجوم`, `اتهمت X Y بقتل Z`: the accused did the act (when the
    act names no actor of its own)."""
    e = det.event
    if e.type == "ACCUSE" or e.actors or not earlier:
        return
    word = _bare(ctx.tokens[hit.first].norm)
    before = _bare(ctx.tokens[hit.first - 1].norm) if hit.first else ""
    if not (word.startswith("ب") or (before.startswith("ب") and before[1:] in _DOING)):
        return
    accusation = earlier[-1]
    accused = accusation.event.recipients
    if accusation.event.type != "ACCUSE" or accusation.event.sentence != ctx.index or not accused:
        return
    ends = [ctx.mention_tokens(m)[1] for _mi, m in ctx.mentions if m.entity in accused]
    last_accused = max((k for k in ends if k < hit.first), default=-_ACCUSED_REACH - 1)
    if 0 < hit.first - last_accused <= _ACCUSED_REACH:
        e.actors = list(accused)
        e.recipients = [k for k in e.recipients if k not in accused]


# Enemy fighters: an armed force announcing their deaths killed them (أعلن الجيش المصري عن مقتل 27
# من العناصر التكفيرية).
_MILITANTS = (
    "عناصر",
    "العناصر",
    "مسلح",
    "المسلح",
    "ارهابي",
    "الارهابي",
    "متشدد",
    "المتشدد",
    "تكفيري",
    "التكفيري",
)
_MILITANT_REACH = 4


def _militants_after(ctx: Context, hit: Hit) -> bool:
    if hit.trigger.pos != "noun":
        return False
    following = ctx.tokens[hit.last + 1 : hit.last + 1 + _MILITANT_REACH]
    return any(_bare(t.norm).startswith(_MILITANTS) for t in following)


# Words in ب that are not a threatened act (التهديدات بشأن اختفاء X).
_NOT_ACTS = {"بشان", "بسبب", "بعد", "بين", "بان", "بانه", "بانها", "بالنسبه", "بحق", "بخصوص", "بحجه", "بما"}
_THREAT_ACT_REACH = 3  # words from a threat to the ب of the threatened act
_THREAT_TARGET_REACH = 6  # words from that act to its target


def _threat_target(ctx: Context, hit: Hit, det: Detected) -> None:
    """`تهدد الولايات المتحدة بتوجيه ضربة عسكرية إلى النظام السوري`, `تهديد واشنطن بضرب دمشق`: the
    target of the threatened act is who is threatened."""
    e = det.event
    if e.type != "THREATEN" or e.recipients:
        return
    acts = [
        k
        for k in range(hit.last + 1, min(len(ctx.tokens), hit.last + 1 + _THREAT_ACT_REACH + 3))
        if ctx.tokens[k].norm.startswith("ب")
        and len(ctx.tokens[k].norm) > 3
        and ctx.tokens[k].norm not in _NOT_ACTS
    ]
    if not acts:
        return
    for _mi, m in ctx.mentions:
        first = ctx.mention_tokens(m)[0]
        if acts[0] < first <= acts[0] + _THREAT_TARGET_REACH and m.entity and m.entity not in e.actors:
            e.recipients = [m.entity]
            e.places = [k for k in e.places if k != m.entity]
            return


def _reported_arrest(ctx: Context, det: Detected) -> None:
    """`وقال جهاز الأمن الداخلي ... إن الرجل ... قد اعتُقل`: a security body telling of an arrest
    with no other agent made it."""
    e = det.event
    arrest = e.type == "COERCE" and e.mode == "arrest" and not e.actors and e.attribution
    if arrest and _security_body(ctx.doc, e.attribution):
        e.actors = [e.attribution]


_SECURITY_HEADS = {"جهاز", "الشرطه", "شرطه", "الامن", "المخابرات", "الاستخبارات", "السلطات", "وزاره الداخليه"}


def _security_body(doc: Document, key: str) -> bool:
    words = _body_words(doc, key)
    return bool(words) and (
        words[0] in _ARMED_HEADS | _SECURITY_HEADS or " ".join(words[:2]) in _SECURITY_HEADS
    )


def _body_words(doc: Document, key: str) -> list[str]:
    """The normalised words of an organisation's label ([] for other entities)."""
    entity = next((e for e in doc.entities if e.key == key), None)
    return normalize(entity.label_ar).split() if entity is not None and entity.coarse == "ORG" else []


_ARMED_HEADS = {"الجيش", "جيش", "القوات", "قوات", "التحالف", "سلاح", "البحريه", "قياده"}


def _armed_force(doc: Document, key: str) -> bool:
    words = _body_words(doc, key)
    return bool(words) and words[0] in _ARMED_HEADS


def _raid_after(ctx: Context, hit: Hit) -> bool:
    """The attack noun of a death or an attack shortly after it: `مقتل اثنين في غارة جوية`."""
    return (
        hit.trigger.pos == "noun"
        and any(
            h.trigger.category == "ASSAULT" and _is_means(ctx, h) and 0 <= h.first - hit.last <= _MEANS_REACH
            for h in ctx.hits
        )
        or _is_means(ctx, hit)
    )


_DEST_REACH = 8  # tokens from a travel verb to its إلى


# Coercive acts that, promised on a condition, are threats.
_THREAT_MODES: dict[str, str | None] = {"SANCTION": "sanction", "ASSAULT": "military", "COERCE": None}


def _condition_start(ctx: Context, hit: Hit) -> int | None:
    """Token after the particle of a condition that precedes the trigger in its clause (إذا لم،
    ما لم، إن لم، في حال، لو)."""
    lo = _quote_start(ctx, hit)
    for k in range(hit.first - 1, lo - 1, -1):
        word = _bare(ctx.tokens[k].norm)
        following = ctx.tokens[k + 1].norm if k + 1 < hit.first else ""
        if word in _IF and k > 0 and _bare(ctx.tokens[k - 1].norm) == "ما":
            return None  # `حول ما إذا كان الضابط قد قتل`: "whether", a question, not a condition
        if word in _IF or (word in ("ان", "ما") and following == "لم"):
            return k + 1
    return None


def _conditional_threat(ctx: Context, hit: Hit, det: Detected) -> None:
    """`إذا لم تطلق تركيا سراح القس ستفرض الولايات المتحدة عقوبات عليها`: a sanction, attack or arrest
    promised in the main clause of a condition is a THREATEN (mode: the act threatened) by the main
    clause's subject (after the verb) against the one the condition is put to (its first name)."""
    e = det.event
    start = _condition_start(ctx, hit)
    if e.type not in _THREAT_MODES or hit.trigger.pos != "verb" or e.status == "asserted" or start is None:
        return
    inside = [m for _mi, m in ctx.mentions if start <= ctx.mention_tokens(m)[0] < hit.first and m.entity]
    put_to = [m.entity for m in inside if ctx.prep_before(m) is None and _actor_capable(m, ctx.doc)][:1]
    subject = [
        m.entity
        for _mi, m in ctx.mentions
        if 0 < ctx.mention_tokens(m)[0] - hit.last <= 2 and m.entity and _actor_capable(m, ctx.doc)
    ][:1]
    conditioned = {m.entity for m in inside}
    actors = subject or [k for k in e.actors if k not in conditioned]
    _as_threat(e, actors, put_to + [k for k in e.recipients + e.actors if k not in conditioned])


def _as_threat(e: Event, actors: list[str], recipients: list[str]) -> None:
    """The promised act becomes a THREATEN (its mode: the act's kind), asserted."""
    e.type, e.mode, e.status = "THREATEN", _THREAT_MODES[e.type], "asserted"
    e.actors = actors
    e.recipients = [k for k in _unique(recipients) if k not in actors]


_IF_AFTER = {"إذا", "اذا", "لو", "إن"}  # raw text: normalised إن is also أنّ "that"
_IF_AFTER_REACH = 6  # tokens from the verb to the particle: its object and a time word between


def _threat_if_after(ctx: Context, hit: Hit, det: Detected) -> None:
    """`إن بلاده ستدمر طهران إن أقدمت إيران على مهاجمة تل أبيب`: an attack, sanction or arrest in the
    future with a condition after it is a THREATEN by the subject before the verb against its object
    and the one the condition is put to."""
    e = det.event
    word = _bare(ctx.tokens[hit.first].norm)
    if e.type not in _THREAT_MODES or hit.trigger.pos != "verb" or not _future_prefix(word, hit):
        return
    end = min(len(ctx.tokens) - 1, hit.last + _IF_AFTER_REACH)
    particle = next((k for k in range(hit.last + 1, end) if ctx.tokens[k].text in _IF_AFTER), None)
    if particle is None or ctx.tokens[particle + 1].norm.startswith("ال"):
        return  # `إن الحرب`: إنّ before a noun, no condition
    named = [(m, ctx.mention_tokens(m)) for _mi, m in ctx.mentions if m.entity]
    subject = [m.entity for m, (_a, b) in named if b == hit.first - 1 and _actor_capable(m, ctx.doc)]
    objects = [m.entity for m, (a, _b) in named if hit.last < a < particle]
    put_to = [m.entity for m, (a, _b) in named if particle < a <= particle + 3 and _actor_capable(m, ctx.doc)]
    _as_threat(e, subject or [k for k in e.actors if k not in objects], objects + put_to[:1])


_MOUTH = {"لسان", "لسانه", "لسانها"}
_ON = "علي"  # على, normalised
_MOUTH_REACH = 6  # tokens from لسان to the name (a title such as وزير خارجيتها between)


def _mouthpiece(ctx: Context, det: Detected) -> None:
    """`لوحت إيران، على لسان وزير خارجيتها محمد جواد ظريف، بالعودة`: the one through whose mouth a
    party speaks speaks for it; he is on the actor's side, never the recipient."""
    e = det.event
    if not e.recipients:
        return
    tokens = ctx.tokens
    for k in range(1, len(tokens)):
        if tokens[k].norm not in _MOUTH or _bare(tokens[k - 1].norm) != _ON:
            continue
        spoken = [
            m.entity
            for _mi, m in ctx.mentions
            if m.entity in e.recipients and k < ctx.mention_tokens(m)[0] <= k + _MOUTH_REACH
        ]
        e.recipients = [r for r in e.recipients if r not in spoken]
        e.actors = _unique(e.actors + spoken)


def _brandished_if(ctx: Context, hit: Hit, det: Detected) -> None:
    """`لوحت إيران ... بالعودة إلى تخصيب اليورانيوم إذا تخلت واشنطن عن الاتفاق النووي`: a threat
    verb with no one threatened named is aimed at whoever the condition after it is put to."""
    e = det.event
    if e.type != "THREATEN" or hit.trigger.pos != "verb" or e.recipients:
        return
    words = [_bare(t.norm) for t in ctx.tokens]
    end = min(len(words), hit.last + 1 + _BRANDISH_REACH)
    cond = next((k for k in range(hit.last + 1, end) if words[k] in _IF), None)
    if cond is None:
        return
    e.recipients = [
        m.entity
        for _mi, m in ctx.mentions
        if cond < ctx.mention_tokens(m)[0] <= cond + _IF_REACH
        and m.entity
        and m.entity not in e.actors
        and _actor_capable(m, ctx.doc)
    ][:1]


def _ready_if(ctx: Context, hit: Hit, det: Detected) -> None:
    """`واشنطن مستعدة لتوجيه ضربة عسكرية في سوريا إذا استخدمت دمشق الأسلحة الكيماوية`: readiness for
    an attack or sanction on a condition that follows is a THREATEN by the one ready (the name right
    before the readiness word) against the condition's subject."""
    e = det.event
    if e.type not in _THREAT_MODES:
        return
    ready = next(
        (k for k in range(max(0, hit.first - 2), hit.first) if _bare(ctx.tokens[k].norm) in _READY), None
    )
    condition = next(
        (k for k in range(hit.last + 1, len(ctx.tokens)) if _bare(ctx.tokens[k].norm) in _IF), None
    )
    if ready is None or condition is None:
        return
    before = [m for _mi, m in ctx.mentions if ctx.mention_tokens(m)[1] == ready - 1 and m.entity]
    after = [
        m.entity
        for _mi, m in ctx.mentions
        if ctx.mention_tokens(m)[0] > condition and m.entity and _actor_capable(m, ctx.doc)
    ]
    e.type, e.mode, e.status = "THREATEN", _THREAT_MODES[e.type], "asserted"
    e.actors = [before[0].entity] if before else e.actors
    e.recipients = _unique(after[:1] + [k for k in e.recipients if k not in e.actors])


_READY = {"مستعده", "مستعد", "مستعدون", "جاهزه", "جاهز", "جاهزون"}


def _adverbial_subject(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`قد طالب تركيا بوقف غاراتها ...، داعيا إلى حل سلمي`: a circumstantial participle shares the
    subject of the verb event before it in the sentence (none, when that one is unnamed)."""
    if "adverbial" not in hit.trigger.flags:
        return

    # its object follows it at once (متهما بعض وسائل الإعلام); `داعيا خلال زيارته واشنطن` has none
    def right_after(m: Mention) -> bool:  # at once, or after a title (متهما الرئيس X)
        gap = ctx.mention_tokens(m)[0] - hit.last
        return gap == 1 or (gap == 2 and _bare(ctx.tokens[hit.last + 1].norm) in _TITLES)

    near = {m.entity for _mi, m in ctx.mentions if right_after(m)}
    if "praise" not in hit.trigger.flags:  # praise names whom through its ب phrase: بالدعم المقدم من X
        det.event.recipients = [k for k in det.event.recipients if k in near]
    prev = [d for d in earlier if d.event.sentence == ctx.index and d.event.start < det.event.start]
    verbs = [d for d in prev if d.features.get("verb") == 1.0]
    if verbs:
        det.event.actors = list(verbs[-1].event.actors)
        det.event.recipients = [k for k in det.event.recipients if k not in det.event.actors]
    det.weak = det.weak or not (det.event.actors or det.event.recipients)  # says nothing on its own


def _destination(ctx: Context, hit: Hit, det: Detected) -> bool:
    """`توجه البشير إلى العاصمة الموريتانية نواكشوط`: a travel verb is a visit only with إلى and a
    place it reaches (not `وصل عدد القتلى إلى 25`); the place is the destination."""
    # a delegation sent is described before its destination (أوفدت X لجنة مكونة من مسؤولين عسكريين إلى)
    reach = _DEST_REACH + 4 if hit.trigger.words[0] in ("اوفد", "يوفد") else _DEST_REACH
    after = ctx.tokens[hit.last + 1 : hit.last + 1 + reach]
    k = next((i for i, t in enumerate(after) if _bare(t.norm) in ("الي", "إلى")), None)
    if k is None:
        return False
    start = after[k].end
    places = [m for _mi, m in ctx.mentions if m.coarse == "LOC" and m.entity and 0 <= m.start - start < 40]
    if not places:
        return False
    # a trip has one place, where it goes (غادر الخرطوم إلى موريتانيا), and no counterpart in the clause
    det.event.places, det.event.recipients = [places[0].entity], []
    traveller = [  # verb-first order: the person between the verb and إلى travels
        m.entity
        for _mi, m in ctx.mentions
        if m.coarse == "PER" and m.entity and ctx.tokens[hit.last].end <= m.start < after[k].start
    ]
    if traveller:
        det.event.actors = traveller[:1]
    elif not det.event.actors:  # `أوفدت المملكة العربية السعودية لجنة ... إلى سقطرى`: who sends it
        sender = [
            m.entity for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] == hit.last + 1
        ]
        det.event.actors = [k for k in sender if k not in det.event.places]
    return True


_ON_BEHALF = {"لصالح", "لحساب"}


def _without_beneficiaries(ctx: Context, det: Detected) -> None:
    """`تتهم سويديا بالتجسس لصالح حزب الله`: the one an act served is no accused or target."""
    served = set()
    for _mi, m in ctx.mentions:
        first = ctx.mention_tokens(m)[0]
        if m.entity and first > 0 and _bare(ctx.tokens[first - 1].norm) in _ON_BEHALF:
            served.add(m.entity)
    if served:
        det.event.recipients = [k for k in det.event.recipients if k not in served]


_PLACE_OBJECT_REACH = 12  # tokens from a seizing verb to the place (its subject may come first)


_PERSONAL_REACH = 4  # tokens from the verb or noun to the person (a subject or a description between)


def _person_undergoes(ctx: Context, hit: Hit, det: Detected) -> bool:
    """`إيقاف الكاتب محمد السحيمي`, `وأوقفت الشرطة X`: stopping counts as coercion only done to a named
    person (not `إيقاف إطلاق النار`, `أوقفت القناة بثها`); the person is the first recipient."""
    end = hit.last + _PERSONAL_REACH
    near = {m.entity for _mi, m in ctx.mentions if hit.last < ctx.mention_tokens(m)[0] <= end}
    people = [k for k in det.event.recipients if _coarse(ctx.doc, k) == "PER" and k in near]
    if not people:
        # أوقفت السلطات في إيران محامية إيرانية: a person described by her calling, named later
        return hit.trigger.pos == "verb" and any(
            _bare(t.norm) in _CALLINGS for t in ctx.tokens[hit.last + 1 : min(end + 1, len(ctx.tokens))]
        )  # (not وإيقاف كافة الاستثمارات التي يتشارك فيها هو ونجله أحمد: stopping investments)
    det.event.recipients = people + [k for k in det.event.recipients if k not in people]
    return True


_CALLINGS = {
    normalize(w)
    for w in ("محامية", "محاميا", "ناشطة", "ناشطا", "صحفية", "صحفيا", "مدونا", "مدونة", "كاتبا", "معارضا")
}


def _place_object(ctx: Context, hit: Hit, det: Detected) -> bool:
    """`استعادت القوات ... قاعدة العند`, `استعادة مدينة تكريت`: taking back a named place (not
    `استعادة الثقة`); the place is where, not whom, the act is done."""
    if hit.trigger.pos == "noun" and _common_object(ctx, hit.last + 1):
        return False  # `استعادة الأمن بهذه البقعة من أرض مصر`: security is taken back, not Egypt
    end = ctx.tokens[min(len(ctx.tokens) - 1, hit.last + _PLACE_OBJECT_REACH)].end
    after = [m for _mi, m in ctx.mentions if m.entity and ctx.tokens[hit.last].end <= m.start < end]
    on = hit.trigger.words[0] in _CONTROL  # سيطرت القوات ... على مدينة عفرين: the place after على
    if on and hit.enclitic:
        return False  # سيطرتها المفترضة على لبنان: her control (a noun), the verb takes no object
    place = next((m for m in after if m.coarse == "LOC" and _place_governed(ctx, m, on)), None)
    if place is None:
        return _seized_sites(ctx, hit, det, on)
    # `من أيدي المتمردين` after the place: whom it was taken from, not who took it
    named_before = {m.entity for _mi, m in ctx.mentions if m.start < place.start}
    # (but a body named after the place with no preposition is the subject of a verb-object-subject
    # clause: `وتحاصر منطقة هجين، منذ نهاية عام 2017، قوات سوريا الديمقراطية`)
    subjects = {m.entity for _mi, m in ctx.mentions if m.start > place.start and ctx.prep_before(m) is None}
    # (an actor carried over from an earlier sentence is named nowhere here, and keeps the place)
    named = {m.entity for _mi, m in ctx.mentions}
    losers = {k for k in det.event.actors if k in named - named_before and k not in subjects}
    # (and whoever "the hands of" names after it: من أيدي المتمردين الحوثيين)
    losers |= {m.entity for _mi, m in ctx.mentions if m.start > place.start and _from_hands(ctx, m)}
    det.event.actors = [k for k in det.event.actors if k not in losers]
    det.event.recipients = _unique([k for k in det.event.recipients if k != place.entity] + sorted(losers))
    det.event.places = _unique([place.entity, *det.event.places])
    return True


def _seized_sites(ctx: Context, hit: Hit, det: Detected, on: bool) -> bool:
    """`وسيطرت المقاومة على خمسة مواقع للحوثيين`, `سيطرتها على ثلاثة مواقع جديدة للحوثيين`: sites of a
    named body taken (a count before them, an adjective after them); that body lost them."""
    end = min(len(ctx.tokens), hit.last + _PLACE_OBJECT_REACH)
    words = [_bare(t.norm) for t in ctx.tokens[: end + 1]]
    for k in range(hit.last + 1, end):
        if on and words[k - 1] != "علي" and not (k >= 2 and words[k - 2] == "علي" and _count(words[k - 1])):
            continue
        counted_land = words[k] in _PLURAL_AREAS and _count(words[k - 1])
        if words[k] not in _SITES and not counted_land:
            continue
        nxt = k + 2 if k + 1 < len(words) and not ctx.in_mention(k + 1) and _adjective(ctx, k + 1) else k + 1
        # (villages are taken from a body: استعادة 4 قرى من قوات سوريا الديمقراطية)
        if counted_land and nxt < len(words) and words[nxt] == "من":
            nxt += 1
        owners = [
            (mi, m)
            for mi, m in ctx.mentions
            if m.entity
            and m.coarse == "ORG"
            and ctx.mention_tokens(m)[0] == nxt
            and ctx.prep_before(m) in ("ل", "construct", "من")
        ]
        at = nxt
        while (
            counted_land
            and at < len(words)
            and at - nxt < 2
            and (words[at] == "في" or words[at] in _PLACE_NOUNS)
        ):
            at += 1  # أربع قرى في منطقة عفرين
        land = [
            m
            for _mi, m in ctx.mentions
            if counted_land and m.entity and m.coarse == "LOC" and ctx.mention_tokens(m)[0] == at
        ]
        if land and ctx.prep_before(land[0]) in ("في", "ب"):  # تحرير 4 قرى بعفرين: villages in a place
            det.event.places = _unique([land[0].entity, *det.event.places])
            det.event.recipients = [k for k in det.event.recipients if k != land[0].entity]
            return True
        if owners:
            group = next((g for g in _groups(ctx, ctx.mentions) if g[0] == owners[0]), owners[:1])
            losers = _group_keys(ctx, group)
            det.event.actors = [a for a in det.event.actors if a not in losers]
            det.event.recipients = _unique(det.event.recipients + losers)
            return True
        return False
    return False


def _count(word: str) -> bool:
    return word.isdigit() or word in _COUNTS or word in ("عده", "عددا")


def _adjective(ctx: Context, k: int) -> bool:
    """An indefinite adjective after a noun (`جديدة`, `عسكرية`), as the tagger reads it."""
    return _pos_at(ctx, k) == "ADJ" and not ctx.tokens[k].norm.startswith("ال")


_HANDS = {"ايدي", "يد", "قبضه"}


def _from_hands(ctx: Context, m: Mention) -> bool:
    """`من أيدي المتمردين الحوثيين`: the name after "the hands of" lost the place."""
    first = ctx.mention_tokens(m)[0]
    hands = any(_bare(ctx.tokens[k].norm) in _HANDS for k in range(max(0, first - 2), first))
    return m.entity is not None and hands


# Verbs (and nouns) of having achieved what the noun after them names (تمكنت من تحرير، استكملت تحرير).
_ACHIEVING = {
    "تمكن",
    "تمكنت",
    "تمكنوا",
    "نجح",
    "نجحت",
    "نجحوا",
    "نجاح",  # أبلغت قيادات في المقاومة نجاحها في السيطرة على منطقة مثلث العند
    "نجاحها",
    "نجاحه",
    "نجاحهم",
    "استكمل",
    "استكملت",
    "اكمل",
    "اكملت",
    "اعلن",
    "اعلنت",
    "اعلان",
    "يعلن",  # the headline's present: الجيش التركي يعلن تحرير 4 قرى بعفرين
    "تعلن",
    "بعد",
    "عقب",
    "اثر",
    "اتم",
    "اتمت",
    "افضت",
    "افضي",
    "ادت",
    "ادي",
    # regaining it (واستعادت القوات الموالية للحكومة السيطرة على منطقة الغوطة الشرقية)
    "استعاد",
    "استعادت",
    "استعادوا",
    "يستعيد",
    "تستعيد",
}
_ACHIEVED_REACH = 6  # words back from the noun to the verb; its subject may stand between
# Heads of group names that an act noun may follow (هيئة تحرير الشام، جبهة تحرير، حركة تحرير السودان).
_NAMED_BODIES = {"هييه", "جبهه", "حركه", "جيش", "منظمه", "حزب", "الويه", "لواء", "مجلس"}


def _achieved(ctx: Context, hit: Hit) -> bool:
    return _achieving_verb(ctx, hit) is not None


def _achiever(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """Who achieved the act: the names right after the verb of achieving (`وتمكنت قوات الشرعية بمساندة
    التحالف من السيطرة على مطار عدن`) or right before it (`أن القوات الشرعية استكملت تحرير`)."""
    k = _achieving_verb(ctx, hit)
    if k is not None and all(ctx.mention_tokens(m)[0] > k for _mi, m in before):
        # the verb may lie before the trigger's own clause (إعلان الرئيس X، الأحد، عن السيطرة): its
        # subject is whoever is named between them
        before = [(mi, m) for mi, m in ctx.mentions if k < ctx.mention_tokens(m)[0] < hit.first]
    return _subject_of_verb_at(ctx, k, before)


def _subject_of_verb_at(ctx: Context, k: int | None, before: list[tuple[int, Mention]]) -> list[str]:
    """The actor-capable names right after the verb at token k, or right before it."""
    if k is None:
        return []
    start = k + 2 if k + 2 < len(ctx.tokens) and _bare(ctx.tokens[k + 1].norm) in _STATE_WORDS else k + 1
    while start < len(ctx.tokens) - 1 and not ctx.in_mention(start) and _title_word(ctx.tokens[start].norm):
        start += 1  # إعلان الرئيس التركي رجب طيب أردوغان عن السيطرة: the holder after his title
    if start < len(ctx.tokens) - 1 and not ctx.in_mention(start) and ctx.tokens[start].norm in _AGENT_MEANS:
        start += 1  # نجحت طائرات التحالف العربي في تدمير: the body acts through its aircraft
    for group in _groups(ctx, before):
        first, last = ctx.mention_tokens(group[0][1])[0], ctx.mention_tokens(group[-1][1])[1]
        if (first == start or last == k - 1) and ctx.prep_before(group[0][1]) is None:
            return [key for key in _group_keys(ctx, group) if _actor_capable_key(ctx, key)]
    return []


# Members of an armed body, counted or not, before من and the body (مقاتلين من حزب العمال الكردستاني).
_MEMBERS = {
    normalize(w)
    for w in ("مقاتلين", "مقاتلون", "مسلحين", "مسلحون", "عناصر", "أفراد", "أعضاء", "متشددين", "متشددون")
}


def _members_before(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`واضافت الوكالة ان مقاتلين من حزب العمال الكردستاني هاجموا مفوضية مدينة بوزانتي`: members of a
    body right before the verb are its subject, so the body acts."""
    for group in _groups(ctx, before):
        first, last = ctx.mention_tokens(group[0][1])[0], ctx.mention_tokens(group[-1][1])[1]
        if last != hit.first - 1 or first < 2 or _bare(ctx.tokens[first - 1].norm) != "من":
            continue
        if _bare(ctx.tokens[first - 2].norm) in _MEMBERS:
            return [key for key in _group_keys(ctx, group) if _actor_capable_key(ctx, key)]
    return []


# Members of an assembly (النواب في مجلس الشيوخ, أعضاء في الكونغرس) after the verb.
_ASSEMBLY_MEMBERS = {normalize(w) for w in ("النواب", "الأعضاء", "المشرعون", "المشرعين")}


def _members_after(ctx: Context, hit: Hit) -> list[str]:
    """`وطلب النواب في مجلس الشيوخ من رئيس الوكالة الدولية للطاقة الذرية`: the members of a body
    right after a verb with nobody named before it, then في or من and the body, are its subject, so
    the body acts (but `إن حزران التقى أعضاء في حزب الله`: indefinite members after a subject are met)."""
    k = hit.last + 1
    if hit.trigger.pos == "verb" and k + 1 < len(ctx.tokens) and _bare(ctx.tokens[k].norm) in _FIGHTERS_OF:
        # قبل مسلحو المعارضة السورية اتفاقا: the fighters of a body (construct) act for it
        owner = [
            m
            for _mi, m in ctx.mentions
            if m.entity and m.coarse == "ORG" and ctx.mention_tokens(m)[0] == k + 1
        ]
        return [owner[0].entity] if owner else []
    if hit.trigger.pos != "verb" or k + 2 >= len(ctx.tokens) or ctx.tokens[k].norm not in _ASSEMBLY_MEMBERS:
        return []
    if ctx.tokens[k + 1].norm not in ("في", "من"):
        return []
    for _mi, m in ctx.mentions:
        if m.entity and m.coarse == "ORG" and ctx.mention_tokens(m)[0] == k + 2:
            return [m.entity]
    return []


_FIGHTERS_OF = {"مسلحو", "مقاتلو"}  # the nominative construct plural (عناصر could be an object)


def _title_word(norm: str) -> bool:
    """A title or a nationality adjective (`الرئيس`, `التركي`)."""
    return _bare(norm).removeprefix("ال") in _TITLES or country_of_adjective(norm) is not None


# Words of statehood before a country's name (تقدمت دولة الإمارات بشكوى)
_STATE_WORDS = {normalize(w) for w in ("دولة", "مملكة", "جمهورية", "سلطنة")}


def _achieving_verb(ctx: Context, hit: Hit) -> int | None:
    """`تمكنت قوات الجيش اليمني من تحرير منطقة الطير`, `استكملت قوات الشرعية والتحالف تحرير محافظة
    البيضاء`, `وبعد تحرير عدن`: the act noun is reported as done, not hoped for (`قرب تحرير مدينة
    الحديدة`) or intended (`لتحرير مديرية رازح`); the index of the verb of achieving, or None."""
    if hit.enclitic or ctx.tokens[hit.first].norm[:1] == "ل":
        return None
    if hit.first and _bare(ctx.tokens[hit.first - 1].norm).lstrip("لب") in _NAMED_BODIES:
        return None  # بعد سيطرة هيئة تحرير الشام: the name of a group
    k, steps = hit.first - 1, 0
    while k >= 0 and steps < _ACHIEVED_REACH:
        word = _bare(ctx.tokens[k].norm)
        if word in _ACHIEVING:
            return k
        if word in _WEEKDAYS:  # إعلان الرئيس التركي X، الأحد، عن “السيطرة الكاملة”: a date aside
            k -= 1
            continue
        if not word[:1].isalpha() or any(h.first == k for h in ctx.hits):
            return None  # a comma, a number or another act: the clause before is not this noun's
        # a name counts as one word (its subject between: إعلان الرئيس التركي رجب طيب أردوغان)
        k = _mention_start(ctx, k) - 1
        steps += 1
    return None


def _mention_start(ctx: Context, k: int) -> int:
    """The first token of the mention covering token k (k itself outside mentions)."""
    spans = [ctx.mention_tokens(m) for _mi, m in ctx.mentions]
    return min((first for first, last in spans if first <= k <= last), default=k)


_DECLARING = {"اعلن", "اعلنت", "يعلن", "تعلن", "فرضت", "يفرض", "تفرض"}  # not فرض: also the noun
_DECLARED_REACH = 12  # words back from the noun to the verb; its subject and a date may stand between
# Nouns of the `performed` flag and the verbs whose object they are (the verb's subject acts).
_PERFORMING = {
    normalize(noun): {normalize(v) for v in verbs.split()}
    for noun, verbs in {
        "دعوى": "رفع رفعت يرفع ترفع",  # ورفعت طهران الدعوى ضد قرار الرئيس الأمريكي
        "نداء": "وجه وجهت يوجه توجه أطلق أطلقت يطلق تطلق",  # وجه الرئيس X نداء إلى الرئيس Y
        "علاقات": "قطع قطعت يقطع تقطع",  # وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر
        "اتفاقيات": "وقع وقعت يوقع",  # ووقع محمد بن سلمان على عدة اتفاقيات اقتصادية مع الرئيس الفرنسي
        "اتفاقية": "وقع وقعت يوقع",
        "لائمة": "ألقى ألقت يلقي تلقي أنحى أنحت ينحي تنحي",  # وألقت إيران باللائمة على إسرائيل
        "لوم": "ألقى ألقت يلقي تلقي",  # ألقى باللوم على
        "شكوى": "تقدم تقدمت يتقدم تتقدم قدم قدمت يقدم رفع رفعت يرفع ترفع",  # تقدمت الإمارات بشكوى
        "حصار": "فرض فرضت يفرض تفرض قام قامت قاموا يقوم تقوم",  # قامت ميليشيات الحوثي بحصار ممنهج
        "شكر": "رفع رفعت يرفع ترفع قدم قدمت يقدم تقدم تقدمت يتقدم وجه وجهت يوجه",  # ورفع الربيعة الشكر لـ
        "دعوة": "جدد جددت يجدد كرر كررت يكرر",  # جدد الرئيس الأميركي باراك أوباما دعوته للشعب الأميركي
    }.items()
}


def _performer_before_noun(ctx: Context, hit: Hit, before: list[tuple[int, Mention]]) -> list[str]:
    """`ورفع معالي المستشار ... الدكتور عبد الله بن عبد العزيز الربيعة الشكر لـ`: in verb-subject-object
    order a man whose titles fill the space after the verb is named right before the performed noun."""
    if "performed" not in hit.trigger.flags or _governing_verb(ctx, hit) is None:
        return []
    for _mi, m in before:
        if m.entity and m.coarse == "PER" and ctx.mention_tokens(m)[1] == hit.first - 1:
            return [m.entity]
    return []


def _governing_verb(ctx: Context, hit: Hit) -> int | None:
    """The verb that declares or performs a `declared` or `performed` noun, or None. `أعلن المجلس
    الرئاسي لحكومة الوفاق الوطني الليبية، الأحد، حالة الطوارئ`: a state of emergency is one declared or
    imposed, not one that could be (`يمكن فرض حالة الطوارئ` has no finite verb); a `performed` noun is
    the object of its own verb (`رفعت طهران الدعوى`)."""
    performed = "performed" in hit.trigger.flags
    verbs = _PERFORMING.get(hit.trigger.words[0], _DECLARING) if performed else _DECLARING
    budget = _DECLARED_REACH
    for k in range(hit.first - 1, -1, -1):
        word = _bare(ctx.tokens[k].norm)
        if word in verbs or word.removeprefix("و") in verbs:  # وجه, ووقع
            return k
        if any(h.first == k for h in ctx.hits):
            return None
        # a performer's long name and the bodies in his titles do not count (ورفع معالي المستشار
        # بالديوان الملكي المشرف العام على مركز الملك سلمان ... الدكتور عبد الله ... الربيعة الشكر)
        budget -= 0 if performed and ctx.in_mention(k) else 1
        if budget == 0:
            return None
    return None


# Stems of what one calls an adversary or his act (`وصف X Y بأنه "وكيل الإرهاب"`, `بأنه عدوان`).
_CONDEMNING = (
    "ارهاب",
    "ارهابي",
    "عدوان",
    "عدواني",
    "جريمه",
    "جرايم",
    "اجرام",
    "مجرم",
    "انتهاك",
    "خرق",
    "احتلال",
    "حرب",
    "عنصري",
    "كاذب",
    "كذب",
    "اكاذيب",
    "تحريض",
    "استفزاز",
    "مستفز",
    "همجي",
    "وحشي",
    "مجزره",
    "ابتزاز",
    "قرصنه",
    "بلطجه",
    "انقلاب",
    "خيانه",
    "مويامره",
    "تضليل",
    "زعزعه",
    "عدايي",
    "فاشي",
    "ديكتاتور",
    "دكتاتور",
    "طاغيه",
    "غير قانوني",
    "غير شرعي",
    "غير مسوول",
    "غير مقبول",
    "باطل",
)
_AS_WORDS = {"بانه", "بانها", "بانهم", "بانهما", "بان", "ب"}
_CAUSE_WORDS = {"نتيجه", "بسبب", "جراء", "اثر", "بفعل"}
_DESCRIBED_REACH = 12  # words from the verb to بأنه (its subject and object stand between)
_DESCRIPTION_REACH = 5  # words of the description searched for a condemning stem


_DEEMING = {"اعتبر", "يعتبر"}
_DEEMED_REACH = 16  # words from the verb to أن (its subject's long title between)
_UNACCEPTABLE = ("غير مقبول", "غير مقبوله")


def _deemed_that(words: list[str], hit: Hit) -> int | None:
    """The أن that opens what a verb of deeming says (its subject's title may stand between)."""
    end = min(len(words), hit.last + 1 + _DEEMED_REACH)
    return next((k for k in range(hit.last + 1, end) if words[k] in _THAT), None)


def _deemed_condemnable(words: list[str], hit: Hit) -> bool:
    """`اعتبر منسق الأمم المتحدة ... أن تصريحات الرئيس الفلسطيني محمود عباس عن اليهود "غير مقبولة"`:
    deeming someone's words or act unacceptable condemns them (not `اعتبر أن الاتفاق خطوة مهمة`)."""
    that = _deemed_that(words, hit)
    if that is None:
        return False
    told = " ".join(words[that + 1 : that + 1 + _DESCRIPTION_REACH * 2])
    return any(phrase in told for phrase in _UNACCEPTABLE)


def _deemed_party(ctx: Context, hit: Hit, det: Detected) -> None:
    """Whose words were deemed unacceptable: those named between أن and the verdict."""
    if hit.trigger.category != "ACCUSE" or hit.trigger.words[0] not in _DEEMING:
        return
    words = [_bare(t.norm).strip('"«»“”') for t in ctx.tokens]
    that = _deemed_that(words, hit)
    if that is None:
        return
    verdict = next((k for k in range(that, len(words)) if words[k] == "غير"), len(words))
    named = [m.entity for _mi, m in ctx.mentions if m.entity and that < ctx.mention_tokens(m)[0] < verdict]
    det.event.recipients = _unique([k for k in named if k not in det.event.actors])
    det.event.places = [k for k in det.event.places if k not in det.event.recipients]


def _negative_description(ctx: Context, hit: Hit) -> bool:
    """`ووصف وزير الخارجية الكندي آنذاك، جون بيرد، سليماني بأنه "وكيل الإرهاب في المنطقة"`: describing
    someone or his act in condemning words accuses him; `وصف التدخل بأنه خبرة فريدة` does not, nor
    does `ما وصفه بـ` (`عما وصفه بـ"تحييد" 2612 إرهابيًا`) inside another event."""
    if hit.first and _bare(ctx.tokens[hit.first - 1].norm) in ("ما", "بما", "لما", "مما", "عما", "من"):
        return False
    words = [_bare(t.norm).strip('"«»“”') for t in ctx.tokens]
    if hit.trigger.words[0] in _DEEMING:
        return _deemed_condemnable(words, hit)
    end = min(len(words), hit.last + 1 + _DESCRIBED_REACH)
    for k in range(hit.last + 1, end):
        if any(h.first == k for h in ctx.hits):
            return False
        word = words[k]
        if word in _AS_WORDS or (word.startswith("ب") and len(word) > 3 and k > hit.last + 1):
            told = words[k : k + _DESCRIPTION_REACH]
            # the description ends where its cause begins (`بالمأساوية نتيجة القصف الهمجي`)
            told = told[: next((n for n, w in enumerate(told) if w in _CAUSE_WORDS), len(told))]
            described = " ".join(w.removeprefix("ال") for w in told)
            described = described.removeprefix("ب").replace(" ال", " ")
            return any(f" {stem}" in f" {described}" for stem in _CONDEMNING)
    return False


def _common_object(ctx: Context, k: int) -> bool:
    """Token k is a definite common noun, neither a name nor a place noun nor control (السيطرة)."""
    if not _bare_body_noun(ctx, k):
        return False
    return ctx.tokens[k].norm.removeprefix("ال") not in _PLACE_NOUNS | {"سيطره"}


_MEASURES = {"خطوات", "اجراءات", "تدابير", "الخطوات", "الاجراءات", "التدابير"}
_INTENT = {"يعتزم", "تعتزم", "نعتزم", "ينوي", "تنوي", "ننوي", "عازم", "عازمه", "عازمون"}
_THAT_OWN = {"انه", "انها", "انهم", "انهما", "اننا"}
_AGAINST = {"ضد", "بحق"}
_MEASURES_REACH = 4  # words from أنه / اتخاذ to the measures (سيتخذ، قد يتخذ، "خطوات صعبة")


def _threatened_measures(ctx: Context, hit: Hit, det: Detected) -> bool:
    """A threat of one's own measures: `حذرت X سوريا من أنها ستتخذ إجراءات صارمة`, `يعتزم اتخاذ
    "خطوات صعبة" ضد إسرائيل` (the threat is made now: asserted, not planned); not `اتخاذ الإجراءات
    اللازمة لتشكيل لجنة`, `حذر من الاتفاقية`."""
    words = [_bare(t.norm) for t in ctx.tokens]
    if hit.trigger.pos == "noun":
        if hit.first == 0 or words[hit.first - 1] not in _INTENT:
            return False
        if not any(w in _MEASURES for w in words[hit.last + 1 : hit.last + 1 + _MEASURES_REACH]):
            return False
        after = range(hit.last + 1, min(len(words), hit.last + 9))
        against = next((k for k in after if words[k] in _AGAINST), None)
        if against is None:
            return False
        targets = [m.entity for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] > against]
        det.event.recipients = _unique(targets[:2] + det.event.recipients)
        det.event.actors = [k for k in det.event.actors if k not in det.event.recipients]
        if not det.event.actors and (speaker := _speaker(ctx, hit)) is not None:
            det.event.actors = [speaker]  # `قال X إنه يعتزم اتخاذ`: the speaker intends
    else:
        after = range(hit.last + 1, min(len(words), hit.last + 8))
        that = next((k for k in after if words[k] in _THAT_OWN), None)
        if that is None or words[that - 1] != "من":
            return False
        rest = words[that + 1 : that + 1 + _MEASURES_REACH]
        future = any(w in ("قد", "سوف") or (w[:1] == "س" and w[1:2] in "يتن" and len(w) > 4) for w in rest)
        measures = any(w in _MEASURES for w in words[that + 1 : that + 1 + _MEASURES_REACH + 2])
        # (a participle's promise, `محذرة من أنها سترد`, is left out: its subject is the main clause's,
        # which the running event may not name)
        promised = "adverbial" not in hit.trigger.flags and _promised_response(rest)
        if not (future and measures) and not promised:
            return False
    det.event.status = "asserted"
    return True


_RESPOND = {"يرد", "ترد", "نرد"}  # present forms of ردّ, "to respond (in kind)"


def _promised_response(words: list[str]) -> bool:
    """The warner says it will respond: `حذرت الولايات المتحدة إيران من أنها "سترد بسرعة وحسم"`
    (`words`: bare words after أنها)."""
    words = [w.strip('"«»') for w in words]
    for k, word in enumerate(words):
        if word[:1] == "س" and word[1:] in _RESPOND:
            return True
        if word == "سوف" and k + 1 < len(words) and words[k + 1] in _RESPOND:
            return True
    return False


def _threat_of_measures(ctx: Context, hit: Hit, det: Detected) -> bool:
    """A warning verb threatens: with one's own measures, or someone named with the consequences."""
    return _threatened_measures(ctx, hit, det) or _warned_of_consequences(ctx, hit, det)


# what a named party is warned of: the consequences of an act, or venturing on it (من الإقدام على)
_CONSEQUENCES = {"مغبه", "عواقب", "تبعات", "تداعيات", "الاقدام"}
_WARNED_REACH = 12  # words from the verb to من مغبة (subject, its title, the one warned)


def _warned_of_consequences(ctx: Context, hit: Hit, det: Detected) -> bool:
    """`حذرت X إيران من مغبة مهاجمة القنصلية`: warning someone named of the consequences of an act is
    a threat to them; `حذر الخبراء من مغبة استغلال الطائرات` warns nobody in particular."""
    if hit.trigger.pos != "verb":
        return False
    words = [_bare(t.norm) for t in ctx.tokens]
    end = min(len(words) - 1, hit.last + _WARNED_REACH)
    starts = range(hit.last + 1, end)
    of = next((k for k in starts if words[k] == "من" and words[k + 1] in _CONSEQUENCES), None)
    if of is None:
        return _warned_will_bear(ctx, hit, det, words) or _warned_if(ctx, hit, det, words)
    warned = [
        m.entity
        for _mi, m in ctx.mentions
        if m.entity
        and m.entity not in det.event.actors
        and hit.last < ctx.mention_tokens(m)[0]
        and ctx.mention_tokens(m)[1] == of - 1
        and ctx.prep_before(m) is None  # `روسيا التي تنشر قوات في سوريا من مغبة`: no one warned
    ]
    if not warned:
        return _warned_if(ctx, hit, det, words)
    det.event.recipients = warned
    det.event.status = "asserted"
    return True


_IF = {"اذا", "لو"}
_IF_GAP = 4  # words from the consequences to "if" (عواقب وخيمة" إذا)
_IF_REACH = 4  # words from "if" to whose act would bring them (إذا أعادت الولايات المتحدة)
_READY_GAP = 8  # words from readiness to "if" (مستعدة لاستئناف تخصيب اليورانيوم بـ"قوة" إذا)


def _warned_if(ctx: Context, hit: Hit, det: Detected, words: list[str]) -> bool:
    """`وكان روحاني حذر ... من أنه ستكون هناك "عواقب وخيمة" إذا أعادت الولايات المتحدة فرض العقوبات`:
    consequences promised if someone named acts are a threat to them (`words`: bare words)."""
    words = [w.strip('"«»') for w in words]
    end = min(len(words), hit.last + _WARNED_REACH)
    told = next((k for k in range(hit.last + 1, end) if words[k] in _CONSEQUENCES | _READY), None)
    if told is None:
        return False
    # حذر ظريف من أن إيران مستعدة لاستئناف تخصيب اليورانيوم بـ"قوة" إذا تخلت الولايات المتحدة
    gap = _READY_GAP if words[told] in _READY else _IF_GAP
    cond = next((k for k in range(told + 1, min(len(words), told + gap)) if words[k] in _IF), None)
    if cond is None:
        return False
    named = [
        m.entity
        for _mi, m in ctx.mentions
        if m.entity
        and m.entity not in det.event.actors
        and cond < ctx.mention_tokens(m)[0] <= cond + _IF_REACH
    ]
    if not named:
        return False
    det.event.recipients = named[:1]
    det.event.status = "asserted"
    return True


_BEAR = {"يتحمل", "تتحمل", "سيتحمل", "ستتحمل"}
_BORNE = {"مسووليه", "عواقب", "تبعات", "تداعيات", "ثمن"}


def _warned_will_bear(ctx: Context, hit: Hit, det: Detected, words: list[str]) -> bool:
    """`وحذر الجيش من أن الحركة سوف "تتحمل مسؤولية تداعيات" التصعيد`: warning that someone named
    will bear the responsibility or the consequences is a threat to them (`words`: the sentence's
    bare words)."""
    words = [w.strip('"«»') for w in words]
    end = min(len(words), hit.last + _WARNED_REACH)
    that = next((k for k in range(hit.last + 1, end) if words[k] in ("ان", "بان")), None)
    if that is None:
        return False
    named = [m for _mi, m in ctx.mentions if m.entity and ctx.mention_tokens(m)[0] == that + 1]
    if not named or named[0].entity in det.event.actors:
        return False
    after = [w for w in words[ctx.mention_tokens(named[0])[1] + 1 :] if w and w != "سوف"]
    if len(after) < 2 or after[0] not in _BEAR or after[1] not in _BORNE:
        return False
    det.event.recipients = [named[0].entity]
    det.event.status = "asserted"
    return True


_CONTROL = {"سيطر", "السيطره", "سيطرتها", "سيطرته", "سيطرتهم"}


def _place_governed(ctx: Context, m: Mention, on: bool) -> bool:
    """The place is the object: not in a prepositional phrase, or for taking control, after على."""
    if not on:
        return not _after_preposition(ctx, m)
    if _sites_in_place(ctx, m):
        return True
    k = ctx.mention_tokens(m)[0] - 1
    heads = 0  # على مدينة عفرين, على مركز مدينة عفرين
    while k > 0 and heads < 2 and _bare(ctx.tokens[k].norm) in _PLACE_NOUNS | _PLACE_PARTS:
        k, heads = k - 1, heads + 1
    return k >= 0 and _bare(ctx.tokens[k].norm) == "علي"  # على عفرين


_FRONT_NOUNS = _PLACE_NOUNS | {"جبهه"}  # في جبهة مريس: the front named after a place


def _sites_in_place(ctx: Context, m: Mention) -> bool:
    """`سيطر الجيش الوطني اليمني على عدد من المواقع في جبهة مريس`: control of sites in a named place
    (على, a count, the sites, في, the place)."""
    words = [_bare(t.norm) for t in ctx.tokens]
    k = ctx.mention_tokens(m)[0] - 1
    if k > 0 and words[k] in _FRONT_NOUNS:
        k -= 1
    if k < 2 or words[k] != "في" or words[k - 1].removeprefix("ال") not in _SITES:
        return False
    k -= 2
    if k >= 1 and words[k] == "من" and _count(words[k - 1]):
        k -= 2  # على عدد من المواقع
    elif _count(words[k]):
        k -= 1  # على خمسة مواقع
    return k >= 0 and words[k] == "علي"


def _after_preposition(ctx: Context, m: Mention) -> bool:
    """The place is inside a prepositional phrase (`في محافظة لحج`, `بمحافظة أبين`): not the object."""
    first = ctx.mention_tokens(m)[0]
    clitic = ctx.doc.text[ctx.tokens[first].start : m.start]
    before = [_bare(t.norm) for t in ctx.tokens[max(0, first - 2) : first]]
    if "ب" in clitic or "ل" in clitic:
        return True
    if before and before[-1] in _PREPOSITIONS:
        return True
    return len(before) == 2 and before[0] in _PREPOSITIONS and before[1] in _PLACE_NOUNS


_HOME_RELATIONS = {"affiliatedWith", "leaderOf", "memberOf", "deputyOf", "spokespersonOf"}


def _going_home(ctx: Context, det: Detected) -> bool:
    """`غادر القنصل السعودي، محمد العتيبي، تركيا متجها إلى المملكة`: a trip to the country the
    traveller serves is a return home, not a visit."""
    homes = {
        r.object for r in ctx.doc.relations if r.type in _HOME_RELATIONS and r.subject in det.event.actors
    }
    return bool(homes) and all(p in homes for p in det.event.places)


def _coordinated_verb(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`يجتمع مع مشعل ويدعوه لزيارة موسكو`: a verb joined by و to the previous one, with no subject of
    its own, shares that subject; its object pronoun stands for the other's counterpart."""
    prev = _coordinated_with(ctx, hit, earlier)
    e = det.event
    if prev is None or hit.trigger.pos != "verb":
        return
    if not e.actors:
        # (a feminine verb after a man's: the body opening the sentence, or nobody named)
        body = _feminine_body_subject(ctx, hit, prev.event.actors)
        e.actors = body if body or _disagrees(ctx, hit, prev) else list(prev.event.actors)
    if hit.enclitic and prev.event.recipients:
        own = [k for k in e.recipients if _coarse(ctx.doc, k) != "LOC"]
        e.recipients = _unique(prev.event.recipients[:1] + own)


def _invited_visitor(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`ويدعوه لزيارة موسكو`: the one invited makes the visit, not the one who invites."""
    e = det.event
    if e.type != "CONSULT" or e.mode != "visit" or not earlier or e.status != "planned":
        return
    prev = earlier[-1]
    if prev.event.type == "REQUEST" and _words_between(ctx, prev, hit) <= 1:
        invited = [k for k in prev.event.recipients if _coarse(ctx.doc, k) != "LOC"]
        if invited:
            e.actors = invited


def _coordinated_attack(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`جراء القصف التركي والغارات الجوية على عفرين`: two attack nouns joined by و are told of one
    attacker and one target: each lends the other what it lacks."""
    prev = _coordinated_with(ctx, hit, earlier)
    e = det.event
    if prev is None or hit.trigger.pos != "noun" or e.type != "ASSAULT" or prev.event.type != "ASSAULT":
        return
    p = prev.event
    if not e.actors:
        e.actors = list(p.actors)
    if not (p.recipients or p.places):
        p.recipients, p.places = list(e.recipients), list(e.places)


def _coordinated_meeting(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`الأسد يعتزم زيارة كوريا الشمالية ولقاء كيم`: a meeting noun joined to a visit or meeting noun
    has that one's actor; its own genitive is the one met."""
    prev = _coordinated_with(ctx, hit, earlier) or _visit_then_meeting(ctx, hit, earlier)
    e = det.event
    if prev is None or hit.trigger.pos != "noun" or e.type != "CONSULT" or prev.event.type != "CONSULT":
        return
    if prev.event.actors and not set(prev.event.actors) & set(e.actors):
        e.recipients = _unique([k for k in e.actors + e.recipients if k not in prev.event.actors])
        e.actors = list(prev.event.actors)
        e.places = [k for k in e.places if k not in e.recipients]


def _visit_then_meeting(ctx: Context, hit: Hit, earlier: list[Detected]) -> Detected | None:
    """`زيارة وزير الخارجية الأمريكي مايك بومبيو، إلى السعودية ولقاء العاهل السعودي`: a meeting noun
    joined by و to a visit noun whose visitor and destination fill the words between."""
    prev = _coordinated_with(ctx, hit, earlier, reach=_VISIT_GAP)
    if prev is None or prev.event.mode != "visit" or not prev.event.actors:
        return None
    between = [t.norm for t in ctx.tokens if prev.event.end <= t.start < ctx.tokens[hit.first].start]
    return prev if "الي" in between else None


_VISIT_GAP = 10  # a visitor's title and name and the destination after إلى
_SETTING_PREPS = {"في", "خلال"}


def _setting_of(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`اتفق X مع Y في اتصال هاتفي`: a meeting or call noun after في / خلال is the setting of the
    verb event before it in the sentence; its parties are that event's actor and counterpart."""
    if hit.trigger.category != "CONSULT" or hit.trigger.pos != "noun" or hit.enclitic or hit.first == 0:
        return
    if _bare(ctx.tokens[hit.first - 1].norm) not in _SETTING_PREPS:
        return
    prev = next((d for d in reversed(earlier) if d.event.sentence == ctx.index), None)
    if prev is None or not (prev.event.actors and prev.event.recipients) or prev.event.type == "CONSULT":
        return
    det.event.actors, det.event.recipients = list(prev.event.actors), list(prev.event.recipients)


_REGIONS = _PLURAL_AREAS | {"مدينه", "منطقه", "محافظه"}
_REGIONS_REACH = 4  # words from the protest to the place noun (التي تشهدها مناطق عراقية)


def _protest_regions(ctx: Context, hit: Hit, det: Detected) -> None:
    """`المظاهرات التي تشهدها مناطق عراقية`: protests placed only by an unnamed region with its
    country's adjective take place in that country."""
    if hit.trigger.category != "PROTEST" or det.event.places:
        return
    end = min(len(ctx.tokens) - 1, hit.last + 1 + _REGIONS_REACH)
    for k in range(hit.last + 1, end):
        if _bare(ctx.tokens[k].norm) in _REGIONS and not ctx.in_mention(k + 1):
            det.event.places = _first_adjective_country(ctx, [k + 1])
            return


_HAPPENED = {"جري", "حدث", "يجري", "يحدث"}


def _what_happened_in(ctx: Context, hit: Hit, det: Detected) -> None:
    """`ما جرى في منطقة الرطبة العراقية جريمة إنسانية وذلك باستخدامهم البراميل المتفجرة`: an attack
    told as the means of "what happened in" a named place took place there."""
    if hit.trigger.category != "ASSAULT" or det.event.places:
        return
    words = [_bare(t.norm) for t in ctx.tokens]
    for k in range(1, hit.first - 1):
        if words[k - 1] == "ما" and words[k] in _HAPPENED and words[k + 1] == "في":
            det.event.places = [
                m.entity
                for _mi, m in ctx.mentions
                if m.entity and m.coarse == "LOC" and ctx.mention_tokens(m)[0] in (k + 2, k + 3)
            ][:1]
            return


_FACING = {"يواجه", "تواجه", "واجه", "واجهت", "يواجهون"}
_FACING_REACH = 4  # tokens from the verb of facing to the noun (فيه and the subject between)


def _faced_by(ctx: Context, hit: Hit, det: Detected) -> None:
    """`يواجه فيه ساركوزي ملاحقة قضائية في فرنسا بشأن أموال تلقاها من القذافي`: who faces a
    prosecution or charges undergoes them (not the names in what they concern)."""
    if hit.trigger.pos != "noun" or hit.trigger.voice != "passive":
        return
    start = max(0, hit.first - _FACING_REACH)
    verb = next(
        (k for k in range(hit.first - 1, start - 1, -1) if _bare(ctx.tokens[k].norm) in _FACING), None
    )
    if verb is None:
        return
    facing = [m.entity for _mi, m in ctx.mentions if m.entity and verb < ctx.mention_tokens(m)[0] < hit.first]
    if facing:
        det.event.recipients = _unique(facing)
        det.event.actors = [k for k in det.event.actors if k not in facing]


def _own_country_giver(ctx: Context, hit: Hit, det: Detected) -> None:
    """`إن ميركل أكدت لداود أوغلو دعم وتضامن بلادها مع حكومة أنقرة`: support of "her country", not
    resolved to a state, is given by the person who speaks for it, the clause's named subject."""
    if hit.trigger.category != "SUPPORT" or det.event.actors or hit.last + 1 >= len(ctx.tokens):
        return
    if ctx.tokens[hit.last + 1].norm not in lx.OWN_COUNTRY_WORDS:
        return
    people = [
        m
        for _mi, m in ctx.mentions
        if m.entity
        and m.coarse == "PER"
        and ctx.mention_tokens(m)[0] < hit.first
        and ctx.prep_before(m) is None
        and m.entity not in det.event.recipients
    ]
    if people:
        det.event.actors = [people[-1].entity]


_STANCES = {"REJECT", "ACCUSE", "SUPPORT", "REQUEST"}


def _speaker_goes_on(ctx: Context, hit: Hit, det: Detected) -> None:
    """`وقالت المنامة إنها تقف مع الرياض ... ورفضت ما وصفته بتدخل أوتاوا`: a stance verb joined by و
    with no subject of its own is taken by whoever the sentence reports."""
    e = det.event
    if e.type not in _STANCES or e.actors or hit.trigger.pos != "verb":
        return
    if not ctx.tokens[hit.first].norm.startswith("و"):
        return
    reporter = attribution_of(ctx, hit)
    if reporter is not None and reporter not in e.recipients:
        e.actors = [reporter]


_OFFICIAL = {"GovernmentOrganization", "Country"}
_PROTESTED_REACH = 5  # words from the verb to على (its subject and بشدة between)


def _official_protest(ctx: Context, hit: Hit, det: Detected) -> None:
    """`واحتجت الخارجية السعودية بشدة على التصريحات الكندية`: a state or a ministry that protests
    against something does so in words, a criticism of whoever it names (not a street protest)."""
    e = det.event
    if e.type != "PROTEST" or hit.trigger.pos != "verb" or not e.actors:
        return
    if not all(ctx.doc.entity(k).cls in _OFFICIAL for k in e.actors):
        return
    words = [_bare(t.norm) for t in ctx.tokens]
    end = min(len(words) - 1, hit.last + _PROTESTED_REACH)
    on = next((k for k in range(hit.last + 1, end) if words[k] == "علي"), None)
    if on is None:
        return
    e.type, e.mode = "ACCUSE", None
    named = [m.entity for _mi, m in ctx.mentions if m.entity and on < ctx.mention_tokens(m)[0] <= on + 3]
    states = _first_adjective_country(ctx, range(on + 1, min(len(words), on + 4)))
    e.recipients = _unique([k for k in named + states if k not in e.actors])


_AFTER_WORDS = {"بعد", "عقب", "اثر"}


def _battle_of_capture(ctx: Context, hit: Hit, det: Detected, earlier: list[Detected]) -> None:
    """`سيطر الجيش الوطني اليمني على عدد من المواقع في جبهة مريس ... بعد معارك عنيفة`: the battles
    a capture came after were fought by its taker, where it took place."""
    if hit.trigger.category != "ASSAULT" or hit.trigger.pos != "noun" or hit.first == 0:
        return
    if _bare(ctx.tokens[hit.first - 1].norm) not in _AFTER_WORDS:
        return
    prev = next((d for d in reversed(earlier) if d.event.sentence == ctx.index), None)
    if prev is None or prev.event.type != "COERCE" or prev.event.mode != "seize" or not prev.event.actors:
        return
    det.event.actors = list(prev.event.actors)
    det.event.recipients = [k for k in det.event.recipients if k not in prev.event.actors]
    det.event.places = _unique(det.event.places + prev.event.places)


def _carries(doc: Document, key: str) -> bool:
    """Can an actor be the elided subject of later clauses? Not a news medium (a wire agency or
    channel reports, it does not act in the next sentence) and not a place."""
    try:
        e = doc.entity(key)
    except KeyError:
        return False
    return e.cls != "MediaOrganization" and (e.coarse != "LOC" or e.cls == "Country")


def _skipped(ctx: Context, hit: Hit) -> bool:
    """A trigger word that does not report an event here."""
    checks = (_abstract_target, _motive, _in_name, _nominal_sanction, _declined_comment, _endangers)
    checks += (
        _backs_terror,
        _let_us,
        _in_custody,
        _verbal_noun_complement,
        _upon_request,
        _interview,
        _accident,
    )
    checks += (
        _preempting,
        _vehicle_arrival,
        _weapon_found,
        _regarding,
        _ordinal_round,
        _attributive_participle,
        _prompted,
        _prayer,
        _visa,
        _seeker,
        _attacked_forces,
        _fleeing_civilians,
        _dismissal,
        _reporter_met,
        _attended,
    )
    return any(f(ctx, hit) for f in checks)


_ATTEND = {normalize(w) for w in ("حضر", "حضرت", "يحضر", "تحضر", "حضره", "حضرها")}


def _attended(ctx: Context, hit: Hit) -> bool:
    """`كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في الشيشان`: the meeting that officials attended
    is the one told before, not another (nor is the place in their titles its place)."""
    if hit.trigger.category != "CONSULT" or hit.trigger.pos != "noun" or hit.first == 0:
        return False
    definite = ctx.tokens[hit.first].norm.startswith("ال")
    return definite and _bare(ctx.tokens[hit.first - 1].norm) in _ATTEND


def _reporter_met(ctx: Context, hit: Hit) -> bool:
    """`يقول أبو وائل الذي التقيته في مقهى اسطنبولي`: a weak verb of meeting with the ending of "I" (يت,
    where "she met" is التقت) is the reporter's own interview, no event of the news."""
    if hit.trigger.category != "CONSULT" or hit.trigger.pos != "verb" or hit.trigger.words[0][-1:] != "ي":
        return False
    return _bare(ctx.tokens[hit.first].norm).startswith(hit.trigger.words[0] + "ت")


_JOB_WORDS = ("العمل", "عمل")  # whole words: عملية "operation" is no job
_JOB_STEMS = ("وظيف", "الوظيف", "وظاي", "الوظاي", "مناصب")  # (وظائف: ئ normalised to ي)
_DISMISSAL_REACH = 8  # words from the verb to the job (a count, its noun and an adverb between)


def _dismissal(ctx: Context, hit: Hit) -> bool:
    """`السبب الأساسي في طرد 47 ألف إيرانية` (from work): dismissing workers is no expulsion."""
    if hit.trigger.category != "COERCE" or hit.trigger.words[0] not in ("طرد", "يطرد"):
        return False
    following = ctx.tokens[hit.last + 1 : hit.last + 1 + _DISMISSAL_REACH]
    words = [_bare(t.norm) for t in following]
    return any(w in _JOB_WORDS or w.startswith(_JOB_STEMS) for w in words)


# Civilians who flee (refugees, the displaced, families): their flight is no military retreat.
_CIVILIANS = _NEEDY + ("مدني", "المدني", "سكان", "السكان", "اسر", "الاسر", "عائلات", "العائلات", "مهاجر")
_CIVILIANS += ("شخص", "اشخاص", "الاشخاص")  # people counted (دفع أكثر من 50 ألف شخص للفرار)
_FLEE_REACH = 3  # words before the flight verb to the people (a relative pronoun, إلى between)


def _fleeing_civilians(ctx: Context, hit: Hit) -> bool:
    """`اللاجئين الذين يفرون من النزاع في سوريا`, `دفع آلاف المدنيين إلى الفرار`: civilians fleeing a
    war are no party withdrawing (PLOVER RETREAT is a military or political pull-back)."""
    if hit.trigger.category != "RETREAT":
        return False
    near = ctx.tokens[max(0, hit.first - _FLEE_REACH) : hit.first]
    return any(_bare(t.norm).startswith(_CIVILIANS) for t in near)


def _attacked_forces(ctx: Context, hit: Hit) -> bool:
    """`غارات عدة استهدفت تعزيزات وتجمعات للمليشيات الحوثية`: reinforcements or gatherings an attack
    hits are its target; nobody is mobilising in that clause."""
    return (
        hit.trigger.category == "MOBILIZE"
        and hit.trigger.pos == "noun"
        and any(h.trigger.category == "ASSAULT" and h.last == hit.first - 1 for h in ctx.hits)
    )


def _cognate_object(ctx: Context, hit: Hit) -> bool:
    """`رفضت ميركل "رفضا قاطعا" تصريحات خامنئي`: the verb's own noun in the accusative after it says
    how it was done; it is no second act."""
    if hit.stem_affix != "ا":
        return False
    same = (h for h in ctx.hits if h.trigger.words[0] == hit.trigger.words[0])
    return any(0 < hit.first - h.last <= _COGNATE_REACH for h in same)


_COGNATE_REACH = 3  # words from the verb to its cognate accusative (the subject may stand between)
_SOUGHT = {"لجوء", "اللجوء", "علم", "العلم"}  # طالب لجوء: an asylum seeker, طالب علم: a student


def _seeker(ctx: Context, hit: Hit) -> bool:
    """`استقبلت ألمانيا أكثر من مليون طالب لجوء`: طالب before what is sought is the noun "seeker",
    not the verb "demanded"."""
    if hit.trigger.words != ("طالب",) or hit.stem_affix or hit.last + 1 >= len(ctx.tokens):
        return False
    return ctx.tokens[hit.last + 1].norm in _SOUGHT


_PERMITS = {"تاشيره", "تاشيرات", "التاشيره", "التاشيرات", "بطاقه", "بطاقات", "فيزا", "تصريح", "تصاريح"}


def _visa(ctx: Context, hit: Hit) -> bool:
    """`ومنحهم تأشيرات زيارة لمدة ستة أشهر`: a visit visa or card names a kind of permit, no visit."""
    previous = _bare(ctx.tokens[hit.first - 1].norm) if hit.first else ""
    return hit.trigger.mode == "visit" and hit.trigger.pos == "noun" and previous in _PERMITS


def _prayer(ctx: Context, hit: Hit) -> bool:
    """`مؤكداً -أيده الله- عمق العلاقات`, `حفظه الله`: God as the subject of a verb is a prayer formula
    after a ruler's name, not an event."""
    return hit.trigger.pos == "verb" and _prayer_at(ctx, hit.last)


def _prayer_at(ctx: Context, k: int) -> bool:
    """Token k is a verb with an object pronoun followed by الله (أيده الله، رعاه الله)."""
    word = _bare(ctx.tokens[k].norm)
    nxt = _bare(ctx.tokens[k + 1].norm) if k + 1 < len(ctx.tokens) else ""
    return nxt == "الله" and word.endswith(("ه", "ها", "هم"))


def _object_distance(ctx: Context, a: int, b: int) -> int:
    """Tokens after a up to b, not counting punctuation and prayer formulas (-حفظه الله-), which stand
    between a ruler's name and the rest of the clause."""
    skip = {j for k in range(a + 1, b) if _prayer_at(ctx, k) for j in (k, k + 1)}
    return sum(1 for k in range(a + 1, b + 1) if k not in skip and _wordlike(ctx.tokens[k].norm))


_CAUSE_NOUNS = {"السبب", "الاسباب", "الامر", "العامل", "الدافع"}


def _prompted(ctx: Context, hit: Hit) -> bool:
    """`السبب الذي دعا المنظمة لإصدار تحذيرها`, `وهو ما دعا الحكومة إلى`: a cause that "calls" someone
    to act prompts them; nobody asks anything."""
    if hit.trigger.category != "REQUEST" or hit.trigger.pos != "verb" or hit.first == 0:
        return False
    before = _bare(ctx.tokens[hit.first - 1].norm)
    if before == "ما":
        return True
    if before not in _RELATIVES or hit.first < 2:
        return False
    cause = _bare(ctx.tokens[hit.first - 2].norm)
    return cause in _CAUSE_NOUNS or cause[1:] in _CAUSE_NOUNS  # حول لالسبب الذي: a ل glued on


_ORDINALS = {"الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "الاخيره", "الحاليه", "المقبله", "الماضيه"}


def _ordinal_round(ctx: Context, hit: Hit) -> bool:
    """`فوز أردوغان بالرئاسة من الجولة الأولى`: a numbered round (of a vote, of talks) is no tour."""
    nxt = ctx.tokens[hit.last + 1].norm if hit.last + 1 < len(ctx.tokens) else ""
    return hit.trigger.mode == "visit" and hit.trigger.words[0] == "جوله" and nxt in _ORDINALS


def _attributive_participle(ctx: Context, hit: Hit) -> bool:
    """`يعتقد أن شابا متهما بقتل الجندي يتحصن بداخله`, `بهتافات منددة بارتفاع الأسعار`: a participle
    that agrees with the indefinite noun right before it describes that noun; nobody accuses here."""
    if "adverbial" not in hit.trigger.flags or hit.first == 0:
        return False
    prev = ctx.tokens[hit.first - 1]
    if "،" in ctx.doc.text[prev.end : ctx.tokens[hit.first].start] or prev.norm.startswith("ال"):
        return False
    word = ctx.tokens[hit.first].norm
    # بهتافات منددة بارتفاع تكلفة المعيشة: a feminine one after an indefinite noun
    return not ctx.in_mention(hit.first - 1) and (
        prev.norm.endswith("ا") and word.endswith("ا") or word.endswith("ه")
    )


def _regarding(ctx: Context, hit: Hit) -> bool:
    """`فرصة لوضع رؤية مشتركة بالنسبة لمحادثات السلام`: talks named as a topic, no event."""
    return hit.first > 0 and ctx.tokens[hit.first - 1].norm == "بالنسبه"


def _weapon_found(ctx: Context, hit: Hit) -> bool:
    """`وعثر بحوزتهم على 4 بنادق آلية وعبوة ناسفة`, `تم تفكيك عبوة ناسفة`: a device found, seized or
    defused is no attack."""
    device = hit.trigger.words[0] in _DEVICES or ctx.tokens[hit.first].norm.startswith("للتفجير")
    if hit.trigger.category != "ASSAULT" or hit.trigger.pos != "noun" or not device:
        return False
    words = [_bare(t.norm) for t in ctx.tokens[max(0, hit.first - _FOUND_REACH) : hit.first]]
    return any(w.startswith(_FOUND) for w in words)


_FOUND = ("عثر", "بحوزه", "ضبط", "تفكيك", "ابطال", "مصادره")
_HALTED = {"المتوقفه", "المتعثره", "المجمده", "المعلقه", "متوقفه", "متعثره", "مجمده", "معلقه"}
# Devices (not acts: عثر على جثث ضحايا التفجير is an attack); تفجير only as "for detonation" (للتفجير).
_DEVICES = {"عبوه", "عبوات", "حزام", "احزمه", "سياره", "سيارات", "متفجرات"}
_FOUND_REACH = 10


# Vehicles and loads that travel without being visitors (وصلت أمس الطائرة الإغاثية إلى مطار عدن).
_VEHICLES = tuple(
    normalize(w) for w in ("طائرة", "طائرات", "سفينة", "سفن", "باخرة", "قافلة", "قوافل", "شحنة", "رحلة")
)


def _vehicle_arrival(ctx: Context, hit: Hit) -> bool:
    """A travel verb whose subject, right after it (past time words), is a vehicle or a load."""
    if hit.trigger.mode != "visit" or hit.trigger.pos != "verb":
        return False
    following = [t for t in ctx.tokens[hit.last + 1 : hit.last + 4] if not _time_word(t.norm)]
    if following and following[0].norm.removeprefix("ال") in _VEHICLES:
        return True
    if _load_before(ctx, hit):
        return True
    # وصلت -بحفظ الله- اليوم ثاني طائرة إلى مطار عدن: a counted vehicle, before anyone named
    for k in range(hit.last + 1, min(len(ctx.tokens), hit.last + 7)):
        if any(ctx.mention_tokens(m)[0] == k for _mi, m in ctx.mentions):
            return False
        word = ctx.tokens[k].norm
        if word in _ORDINAL_COUNTS and k + 1 < len(ctx.tokens):
            return ctx.tokens[k + 1].norm.removeprefix("ال") in _VEHICLES
    return False


_ORDINAL_COUNTS = {"اول", "ثاني", "ثالث", "رابع", "خامس", "اخر"}
# Arms that arrive somewhere (`أثبتت أن الأسلحة الإيرانية والصواريخ الباليستية قد وصلت إلى اليمن`).
_LOADS = _VEHICLES + tuple(normalize(w) for w in ("أسلحة", "صواريخ", "ذخائر", "معدات", "مساعدات"))
_LOAD_REACH = 6  # words from the load noun (its adjectives, a second load, قد) to the verb


def _load_before(ctx: Context, hit: Hit) -> bool:
    """The subject before a travel verb is arms or another load: the nearest noun before the verb,
    with no name in between, is one (`والصواريخ الباليستية قد وصلت`)."""
    for k in range(hit.first - 1, max(-1, hit.first - 1 - _LOAD_REACH), -1):
        if ctx.in_mention(k) or ctx.tokens[k].text in _CLAUSE_END or ctx.tokens[k].text in ("،", ","):
            return False  # (a comma closes the clause before: the load is not this verb's subject)
        if _bare(ctx.tokens[k].norm).removeprefix("ال") in _LOADS:
            return True
    return False


def _preempting(ctx: Context, hit: Hit) -> bool:
    """`لقطع الطريق على المتظاهرين`, `قطع الطريق أمام`: blocking the way of someone is preempting
    them, not a road block."""
    if hit.trigger.category != "PROTEST" or hit.trigger.words[0] != "قطع" or hit.last + 1 >= len(ctx.tokens):
        return False
    return _bare(ctx.tokens[hit.last + 1].norm) in ("علي", "امام")


# Deaths from accidents and disasters are no attack: لقي 66 شخصا حتفهم في تحطم الطائرة.
_ACCIDENTS = ("تحطم", "حادث", "غرق", "انهيار", "حريق", "زلزال", "فيضان", "سيول", "اصطدام", "انقلاب")
_ACCIDENT_REACH = 8
_FALLS = ("سقطت", "تحطمت", "هوت")  # told as the craft's own fall (a noun, تحطم الطائرة, may be a downing)
# any of these in the sentence makes the fall an attack (أسقطت، إسقاط، صاروخ، استهداف)
_ATTACK_ON_CRAFT = (*sorted(_DOWNING), "صاروخ", "استهدف", "استهداف", "هجوم", "نيران")


def _after_crash(ctx: Context, hit: Hit) -> bool:
    """`وكانت طائرة إيرانية ... سقطت في مرتفعات جبال زاغروس ... ما أسفر عن مقتل 65 شخصا`: the dead
    of a plane that fell or crashed, with no word of its being shot down, are no attack's victims."""
    before = [_bare(t.norm).removeprefix("ال") for t in ctx.tokens[: hit.first]]
    if not (any(w.startswith(_AIRCRAFT_WORDS) for w in before) and any(w in _FALLS for w in before)):
        return False
    return not any(_bare(t.norm).removeprefix("ال").startswith(_ATTACK_ON_CRAFT) for t in ctx.tokens)


_LEAVING = {"خروج", "خرج", "خرجت"}
_TRACK = ("مسار", "سكه", "سكت", "قضبان")  # عن مساره، عن سكتها، عن القضبان


def _derailment(ctx: Context) -> bool:
    """`إثر خروج قطار ركاب عن مساره`: the sentence tells of a train leaving its track (the
    train's own accident, whichever side of the deaths it is told on)."""
    words = [_bare(t.norm) for t in ctx.tokens]
    for k, word in enumerate(words):
        if word in _LEAVING:
            for j in range(k + 1, min(len(words) - 1, k + 5)):
                if words[j] == "عن" and words[j + 1].removeprefix("ال").startswith(_TRACK):
                    return True
    return False


def _accident(ctx: Context, hit: Hit) -> bool:
    """A death (`لقي حتفه`, `مصرع`) whose cause, right after it, is an accident or a disaster, or
    that follows an aircraft's fall told before it in the sentence."""
    if hit.trigger.category != "ASSAULT" or hit.trigger.voice != "passive":
        return False
    if _after_crash(ctx, hit) or _derailment(ctx):
        return True
    following = [_bare(t.norm) for t in ctx.tokens[hit.last + 1 : hit.last + 1 + _ACCIDENT_REACH]]
    for k, word in enumerate(following[:-1]):
        if word in _CAUSES and following[k + 1].removeprefix("ال").startswith(_ACCIDENTS):
            return True
    return False


def _interview(ctx: Context, hit: Hit) -> bool:
    """`وأضاف الأحمد، في لقاء مع بي بي سي، أن ...`, `وقال في لقاء مع قناة X إن`: the meeting noun of a
    statement's aside, or one with a news outlet, is the interview it was given in, not a meeting."""
    toks = ctx.tokens
    if hit.trigger.category != "CONSULT" or hit.trigger.pos != "noun" or hit.first < 2:
        return False
    if _bare(toks[hit.first - 1].norm) != "في":
        return False
    outlet = any(
        m.cls == "MediaOrganization" and hit.last < ctx.mention_tokens(m)[0] <= hit.last + 3
        for _mi, m in ctx.mentions
    )

    def comma_after(k: int) -> bool:
        return k + 1 < len(toks) and "،" in ctx.doc.text[toks[k].end : toks[k + 1].start]

    # وأعلن شكري، في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي بالقاهرة، أن: a joint press
    # conference is no interview (its own row counts it only with a named partner)
    aside = comma_after(hit.first - 2) and hit.trigger.words[0] != "موتمر"
    close = next((k for k in range(hit.last, min(hit.last + 8, len(toks) - 1)) if comma_after(k)), None)
    return outlet or (aside and close is not None and toks[close + 1].norm == "ان")


def _upon_request(ctx: Context, hit: Hit) -> bool:
    """`جاء بناء على طلب من الحكومة السورية`: "upon a request (invitation)" gives the grounds of
    something else, not a request made here (`بناء على الاجتماع بين X وY`: a meeting held is one)."""
    before = [_bare(t.norm) for t in ctx.tokens[max(0, hit.first - 2) : hit.first]]
    return before == ["بناء", "علي"] and hit.trigger.category == "REQUEST"


# Nouns whose complement is a verbal noun: `بإجراء بحث في قنصليتها` is a search, not بحث "discussed".
_CONDUCT_NOUNS = {"اجراء", "عمليه", "عمليات"}


def _verbal_noun_complement(ctx: Context, hit: Hit) -> bool:
    """A verb-only trigger (بحث) right after إجراء / عملية reads as a noun: no verb, no event."""
    if hit.trigger.pos != "verb" or hit.first == 0:
        return False
    return _bare(ctx.tokens[hit.first - 1].norm).lstrip("وبل") in _CONDUCT_NOUNS


# `رفض X التعليق / الإجابة على الأسئلة`: declining to comment rejects no proposal or demand.
_COMMENT_WORDS = {"التعليق", "الاجابه", "الرد", "الادلاء", "الكشف", "الافصاح", "ذكر", "تاكيد", "تحديد"}


def _in_custody(ctx: Context, hit: Hit) -> bool:
    """`عامه الثاني قيد الاعتقال`: "under arrest" tells a state, not the arrest itself."""
    return hit.trigger.pos == "noun" and hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) == "قيد"


def _let_us(ctx: Context, hit: Hit) -> bool:
    """`دعونا نتوقف عن إضاعة الوقت`, `دعونا لا ننسى الأبطال`: "let us", an exhortation, not a call on
    anyone."""
    word = _bare(ctx.tokens[hit.first].norm)
    following = [t.norm for t in ctx.tokens[hit.last + 1 : hit.last + 3]] + ["", ""]
    nxt = following[1] if following[0] == "لا" else following[0]  # "let us not" + the verb
    return word in ("دعونا", "دعوني") and nxt[:1] in "نا" and len(nxt) > 3


def _declined_comment(ctx: Context, hit: Hit) -> bool:
    if hit.trigger.category != "REJECT":
        return False
    following = [_bare(t.norm) for t in ctx.tokens[hit.last + 1 : hit.last + 4]]
    return any(w in _COMMENT_WORDS for w in following)


def _detected(ctx: Context, hit: Hit, previous_actor: list[str]) -> Detected:
    lo, hi = _window(ctx, hit)
    roles = assign_roles(ctx, hit, previous_actor)
    start, end = ctx.tokens[hit.first].start, ctx.tokens[hit.last].end
    event = Event(
        type=hit.trigger.category,
        mode=hit.trigger.mode,
        trigger=ctx.doc.text[start:end],
        sentence=ctx.index,
        start=start,
        end=end,
        actors=roles.actors,
        recipients=roles.recipients,
        places=roles.places,
        status=status_of(ctx, hit, lo),
        attribution=attribution_of(ctx, hit),
        mentions=[(start, end)],
    )
    definite = ctx.tokens[hit.first].norm.lstrip("وفبل").startswith("ال") or ctx.tokens[
        hit.first
    ].norm.startswith("لل")
    if definite and (_recalled_meeting(ctx, hit) or _subject_of_verb(ctx, hit)):  # the earlier event's
        roles.actors, roles.recipients, roles.places = [], [], []
        event.actors, event.recipients, event.places = roles.actors, roles.recipients, roles.places
    bare = hit.trigger.pos == "noun" and definite and not (roles.recipients or roles.places)
    # في الاجتماع / خلال اللقاء: a definite noun in a prepositional phrase names an event already told
    # of; a name near it belongs to the clause's own verb.
    bare = bare and (not _own_actor(roles) or _governed_noun(ctx, hit))
    det = Detected(event, hit.trigger.weak, roles.elided_actor, bare, embedded_actor=roles.embedded_actor)
    det.launched = roles.launched
    det.features = _features(ctx, hit, roles)
    counted = _counted_people(ctx, hit)
    det.counted = counted is not None
    if counted is not None and not event.recipients:
        event.recipients = _counted_nationals(ctx.doc, counted)
    previous = _bare(ctx.tokens[hit.first - 1].norm) if hit.first else ""
    det.pointed = previous in _DEMONSTRATIVES or previous in ("بشان", "حول")
    det.trigger_key = " ".join(hit.trigger.words)
    det.instrument = _is_instrument(ctx, hit)
    det.text = ctx.doc.sentence_text(ctx.index)
    return det


_ORDER_WORDS = {"قبل", "بعد", "عقب", "اثر", "قبيل", "بعيد"}
_TIME_PREPS = _ORDER_WORDS | {"منذ"}  # a time clause's preposition (بعد اختفاء X، منذ مقتل X)


_PASSIVE_AUX = {"جري", "جرت", "يجري", "تجري", "تم", "وتم", "يتم", "سيتم"}


def _passive_auxiliary(ctx: Context, hit: Hit) -> bool:
    return hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) in _PASSIVE_AUX


# Honorifics and court titles between a noun and the name it governs (زيارة سمو ولي ولي العهد الأمير X).
_HONORIFICS = {"سمو", "صاحب", "السمو", "الملكي", "معالي", "فخامه", "سعاده", "ولي", "العهد", "الامير", "الشيخ"}


def _honorific_gap(ctx: Context, start: int, end: int) -> bool:
    """The words from `start` to the name at `end` are honorifics or court titles only."""
    return 0 < end - start <= 8 and all(ctx.tokens[k].norm in _HONORIFICS for k in range(start, end))


def _met_after_subject(ctx: Context, hit: Hit, before, genitive: list[str]) -> bool:
    """`الصدر عقب لقاء العبادي`: a named subject, then "after / during meeting Y": the subject met Y."""
    if hit.trigger.mode != "meet" or hit.trigger.pos != "noun" or not genitive or hit.first < 2:
        return False
    if _bare(ctx.tokens[hit.first - 1].norm) not in _ORDER_WORDS | {"خلال", "اثناء"}:
        return False
    subject = _subject_before(ctx, before)
    if not subject or set(subject) & set(genitive):
        return False
    last = max(ctx.mention_tokens(m)[1] for _mi, m in before if m.entity in subject)
    return last == hit.first - 2  # the subject right before عقب / خلال


def _recalled_meeting(ctx: Context, hit: Hit) -> bool:
    """`وكانت المملكة قد أطلقت قبل اللقاء تصريحات تحذر من الاتفاقية مع إيران`: "before / after the
    meeting" (not `بعد اللقاء مع X`) and `هذه المباحثات` point at a meeting already told of, whose
    roles it has; names further on belong to other words."""
    if hit.trigger.category != "CONSULT" or hit.trigger.pos != "noun" or hit.first == 0:
        return False
    nxt = ctx.tokens[hit.last + 1].norm if hit.last + 1 < len(ctx.tokens) else ""
    before = _bare(ctx.tokens[hit.first - 1].norm)
    return (before in _ORDER_WORDS and nxt not in ("مع", "بين")) or before in _DEMONSTRATIVES


def _subject_of_verb(ctx: Context, hit: Hit) -> bool:
    """`إلا أن الاعتقالات أثارت انتقادات ...`: a definite event noun with a verb right after it is
    that verb's subject, an event already told; the names further on are the verb's, not its own."""
    if hit.trigger.pos != "noun" or hit.last + 1 >= len(ctx.tokens):
        return False
    return _pos_at(ctx, hit.last + 1) == "VERB" and not any(h.first == hit.last + 1 for h in ctx.hits)


_MEANS_REACH = 8  # tokens between a verb and the noun of its means (قتل X بضربة جوية)
_KILL_REACH = 16  # the same for a killing verb, whose victims come first (قتل مع قيادي آخر يدعى X في غارة)
_CAUSES = {"في", "جراء", "اثر", "بسبب"}  # قتل في غارة، جراء قصف: the attack a death came from


def _is_means(ctx: Context, hit: Hit) -> bool:
    """A noun trigger that names how: `بضربة`, and for attacks and arrests `في غارة` / `جراء قصف`."""
    if hit.trigger.pos != "noun":
        return False
    if _bare(ctx.tokens[hit.first].norm).startswith("ب"):
        return True
    previous = _bare(ctx.tokens[hit.first - 1].norm) if hit.first else ""
    return previous in _CAUSES and hit.trigger.category in ("ASSAULT", "COERCE")


def _is_instrument(ctx: Context, hit: Hit) -> bool:
    """The means of a verb trigger of the same category shortly before it (`قتل X بضربة جوية`), or
    the noun right after such a verb that is its subject (`استهدفت غاراتها`): the verb's event."""
    if hit.trigger.pos == "noun" and any(
        h.trigger.pos == "verb" and h.trigger.category == hit.trigger.category and h.last == hit.first - 1
        for h in ctx.hits
    ):
        return True
    if not _is_means(ctx, hit):
        return False
    return any(
        h.trigger.pos == "verb"
        and h.trigger.category == hit.trigger.category
        and 0 < hit.first - h.last <= (_KILL_REACH if h.trigger.voice == "either" else _MEANS_REACH)
        for h in ctx.hits
    )


_SETTING_WORDS = {"في", "خلال", "اثناء", "عقب", "بعد", "قبل", "ختام", "هامش"}


def _governed_noun(ctx: Context, hit: Hit) -> bool:
    word = ctx.tokens[hit.first].norm
    if word.startswith(("بال", "وبال")):
        return True
    return hit.first > 0 and _bare(ctx.tokens[hit.first - 1].norm) in _SETTING_WORDS


def _own_actor(roles: Roles) -> bool:
    return bool(roles.actors) and not roles.elided_actor


_TIME_CUES = {"امس", "اليوم", "صباح", "مساء", "الليله", "ليل", "فجر", "ظهر", "الماضي", "الماضيه"}
_VICTIMS = ("قتيل", "قتلي", "جرحي", "جريح", "بجروح", "شخص", "اشخاص", "مدني", "جندي", "جنود", "عناصر")
# Nouns that make a following event word a reference (قضية اغتيال, التحقيق في ...), not a report.
_REFERENCE_NOUNS = {
    "قضيه",
    "جريمه",
    "ذكري",
    "التحقيق",
    "تحقيق",
    "ملف",
    "محاكمه",
    "منفذي",
    "منفذ",
    "المتهم",
    "المتهمين",
    "مسؤوليه",
    "فيلم",
    "كتاب",
    "محاوله",
    "مخطط",
    "خطر",
    "ضحايا",
    "ادانه",
    "مذكره",  # مذكرة اعتقال: an arrest warrant, not an arrest
    "مذكرتي",
    "مذكرات",
}
# Words before a verb that put it in the background: a past perfect (كان قد، قد) recalls an earlier event.
_PLUPERFECT = {"قد", "كان", "كانت", "كانوا"}
_NUMBER = re.compile(r"^[0-9٠-٩]+$|^(اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|مئات|الاف)")


def _features(ctx: Context, hit: Hit, roles: Roles) -> dict[str, float]:
    """Evidence that a trigger reports an actual event; the inputs of `confidence`."""
    norms = [_bare(t.norm) for t in ctx.tokens]
    imperfect = hit.trigger.pos == "verb" and _imperfect_form(ctx, hit)
    victims = any(
        _NUMBER.match(norms[k]) and any(v in w for w in norms[k + 1 : k + 4] for v in _VICTIMS)
        for k in range(len(norms))
    )
    previous = norms[hit.first - 1] if hit.first else ""
    same = sum(1 for h in ctx.hits if h.trigger.category == hit.trigger.category)
    text = ctx.doc.text[ctx.tokens[0].start : ctx.tokens[-1].end] if ctx.tokens else ""
    return {
        "verb": float(hit.trigger.pos == "verb"),
        "imperfect": float(imperfect),
        "weak": float(hit.trigger.weak),
        "cue": float("cue" in hit.trigger.flags),
        "multiword": float(len(hit.trigger.words) > 1),
        "early": float(hit.first < 6),
        "time": float(any(w in _TIME_CUES for w in norms)),
        "victims": float(victims),
        "reference": float(previous in _REFERENCE_NOUNS),
        "backgrounded": float(_bare(previous) in _RELATIVES | _PLUPERFECT),
        "relative": float(_bare(previous) in _RELATIVES),
        "quote": float("«" in text or "?" in text or "؟" in text),
        "support": float(min(same - 1, 3)),
        "modal": float(status_of(ctx, hit, _window(ctx, hit)[0]) != "asserted"),
        "participants": float(bool(roles.actors or roles.recipients) + bool(roles.places)),
    }


_COUNT_REACH = 6  # tokens from a verb of attack to the counted people it names


def _counted_people(ctx: Context, hit: Hit) -> str | None:
    """`وقتلت القوات الإسرائيلية عشرات الفلسطينيين`: a verb of attack whose object is a count of people
    (a number or عشرات, then a people's plural or a word for victims) names on whom it fell; the word
    counted, or None."""
    if hit.trigger.category != "ASSAULT" or (hit.trigger.pos != "verb" and hit.trigger.voice != "passive"):
        return None  # (or the noun of a death: مقتل 52 فلسطينيا على الأقل برصاص الجيش الإسرائيلي)
    if hit.trigger.voice == "either" and not hit.stem_affix:
        return None  # `وتجنيد اطفال وقتل الاف الاشخاص`: a bare قتل may be the verbal noun of a charge
    window = [t.norm for t in ctx.tokens[hit.last + 1 : hit.last + 1 + _COUNT_REACH]]
    for a, b in zip(window, window[1:], strict=False):
        if _NUMBER.match(_bare(a)):
            # (its ف may be no conjunction: 52 فلسطينيا)
            counted = next((w for w in (b, _bare(b)) if _people_word(w)), None)
            if counted is not None:
                return counted
    return None


def _counted_nationals(doc: Document, counted: str) -> list[str]:
    """`مقتل 52 فلسطينيا برصاص الجيش الإسرائيلي`: counted nationals of a country the article names are
    whom the attack fell on (the country stands for its people, as for an adjective)."""
    nisba = _people_nisba(counted)
    key = country_entity(doc, nisba) if nisba else None
    return [key] if key else []


def _people_nisba(word: str) -> str | None:
    """The nationality adjective of a people's plural (الفلسطينيين) or of its singular after a number
    from eleven up (فلسطينيا), else None."""
    if word.endswith(("يين", "يون")) and is_nisba(word[:-2]):
        return word[:-2]
    if word.endswith("يا") and is_nisba(word[:-1]):
        return word[:-1]
    return None


def _people_word(word: str) -> bool:
    """A people named by its nationality, or a word for victims."""
    return _people_nisba(word) is not None or any(v in word for v in _VICTIMS)


# --- merging ----------------------------------------------------------------------------


def _participants(e: Event) -> set[str]:
    return set(e.actors) | set(e.recipients)


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, frozenset[str]]:
    """Normalised city name -> ISO codes of the countries it may be in (GeoNames via the gazetteer)."""
    try:
        from kg.extract.gazetteer import default_places
    except ImportError:
        return {}
    table: dict[str, set[str]] = {}
    for p in default_places():
        if p.cls != "Country" and p.country:
            table.setdefault(normalize(p.name_ar), set()).add(p.country)
    return {k: frozenset(v) for k, v in table.items()}


def _inside(doc: Document, small: str, big: str) -> bool:
    """Is place `small` within place `big` (a city in its country)?"""
    if any(r.type == "locatedIn" and r.subject == small and r.object == big for r in doc.relations):
        return True
    try:
        city, country = doc.entity(small), doc.entity(big)
    except KeyError:
        return False
    code = country.links.get("iso3166")
    return bool(code) and code in _city_countries().get(normalize(city.label_ar), frozenset())


def _places_agree(doc: Document, a: list[str], b: list[str]) -> bool:
    return not a or not b or any(x == y or _inside(doc, x, y) or _inside(doc, y, x) for x in a for y in b)


def _compatible(doc: Document, a: Event, b: Event) -> bool:
    """Could `b` be another mention of event `a`: same type and mode, no conflicting role?"""
    if a.type != b.type or not _same_mode(a.mode, b.mode) or a.negated != b.negated:
        return False
    if a.type == "CONSULT":  # meetings are symmetric
        pa, pb = _participants(a), _participants(b)
        if pa and pb and not (pa <= pb or pb <= pa):
            return False
        if bool(a.recipients) != bool(b.recipients) and a.mode == "meet":
            return False  # a meeting with no named counterpart is not the one with X
    else:
        if a.actors and b.actors and not set(a.actors) & set(b.actors):
            return False
        if a.recipients and b.recipients and not set(a.recipients) & set(b.recipients):
            return False
        # the attacked is not the attacker: هجوم على معسكر للجيش / أعلن الجيش مقتل 27 من العناصر
        crossed = set(a.actors) & set(b.recipients) or set(a.recipients) & set(b.actors)
        # also by state: أسقطت مروحية عسكرية تركية ... حيث تشن القوات التركية عمليات (Turkey's aircraft
        # downed, Turkey's forces attacking)
        crossed = crossed or _states(doc, a.actors) & _states(doc, b.recipients)
        crossed = crossed or _states(doc, a.recipients) & _states(doc, b.actors)
        if crossed and a.type in ("ASSAULT", "COERCE"):
            return False
    if not _places_agree(doc, a.places, b.places) or _days_differ(doc, a, b):
        return False
    # `شهدت محافظات العراق مظاهرات شارك فيها الآلاف ضد حكومة X`: one protest told twice in a sentence
    one_protest = a.type == "PROTEST" and a.sentence == b.sentence
    return bool(_participants(a) & _participants(b)) or bool(set(a.places) & set(b.places)) or one_protest


def _days_differ(doc: Document, a: Event, b: Event) -> bool:
    """`وانفجرت عبوة ناسفة السبت ...` / `والخميس، انفجرت عبوتان ناسفتان ...`: two sentences that each
    name one day, different days, tell two events."""
    if a.sentence == b.sentence:
        return False
    days = [_sentence_day(doc, e.sentence) for e in (a, b)]
    return None not in days and days[0] != days[1]


def _sentence_day(doc: Document, sentence: int) -> str | None:
    """The one full date a sentence names (None for none, several, or a month or year only)."""
    ref = reference_date(doc)
    if ref is None or not 0 <= sentence < len(doc.sentences):
        return None
    s = doc.sentences[sentence]
    return _one_day(doc.text[s.start : s.end], ref)


@lru_cache(maxsize=256)
def _one_day(text: str, ref: date) -> str | None:
    """(cached: merging compares each sentence with many others)"""
    values = {value for _start, _end, value in find_expressions(text, ref)}
    return values.pop() if len(values) == 1 and len(next(iter(values))) == 10 else None


def _states(doc: Document, keys: list[str]) -> set[str]:
    """Country codes of the entities: a country's own, or that of a body's closing nationality
    adjective (القوات التركية)."""
    codes = set()
    for key in keys:
        try:
            e = doc.entity(key)
        except KeyError:
            continue
        code = e.links.get("iso3166")
        if code is None and e.coarse == "ORG":
            place = country_of_adjective(normalize(e.label_ar).split()[-1]) if e.label_ar else None
            code = place.code if place is not None else None
        if code:
            codes.add(code)
    return codes


def _same_mode(a: str | None, b: str | None) -> bool:
    """Modes that can name one event: equal or unknown; a hosted visit is also a meeting."""
    return not a or not b or a == b or {a, b} == {"meet", "host"}


def _absorb(a: Event, b: Event, instrument: bool = False) -> None:
    taken = set(a.actors) | set(a.recipients) | set(a.places)
    for name in ("actors", "recipients", "places"):
        new = [k for k in getattr(b, name) if k not in taken]
        getattr(a, name).extend(new)
        taken |= set(new)
    a.mode = (b.mode or a.mode) if instrument else (a.mode or b.mode)  # the means is the finer mode
    a.confidence = max(a.confidence, b.confidence)
    a.attribution = a.attribution or b.attribution
    a.mentions += [m for m in b.mentions if m not in a.mentions]


def split_dyads(det: Detected) -> list[Detected]:
    """Meetings and visits are dyadic: one event per counterpart or destination."""
    e = det.event
    if e.type != "CONSULT":
        return [det]
    if e.mode == "visit" and len(e.places) > 1:
        parts = [(list(e.recipients), [p]) for p in e.places]
    elif len(e.recipients) > 1:
        parts = [([r], list(e.places)) for r in e.recipients]
    else:
        return [det]
    out = []
    for recipients, places in parts:
        fields = {**e.__dict__, "recipients": recipients, "places": places}
        ev = Event(**{**fields, "mentions": list(e.mentions), "actors": list(e.actors)})
        out.append(Detected(ev, det.weak, det.elided, det.definite_bare, dict(det.features), det.trigger_key))
    return out


def _antecedent(kept: list[Detected], det: Detected, doc: Document) -> Detected | None:
    """The event a role-less mention refers back to: the latest one of its type (and mode)."""
    e = det.event
    for k in reversed(kept):
        if k.event.type == e.type and (_same_mode(e.mode, k.event.mode) or det.instrument):
            same_sentence = any(doc.sentence_at(start) == e.sentence for start, _end in k.event.mentions)
            # (not one with a named place of its own elsewhere: السيطرة على منطقة مثلث العند after
            # سيطرت المقاومة ... على منطقة الفاو is another seizure)
            agree = _places_agree(doc, k.event.places, e.places)
            return k if (det.definite_bare or same_sentence) and agree else None
    return None


def _best_match(kept: list[Detected], e: Event, doc: Document) -> Detected | None:
    """The compatible earlier event sharing the most participants and places."""
    scored = [
        (len((_participants(k.event) & _participants(e)) | (set(k.event.places) & set(e.places))), -i, k)
        for i, k in enumerate(kept)
        if _compatible(doc, k.event, e)
    ]
    return max(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _roleless_in_sentence(kept: list[Detected], e: Event) -> Detected | None:
    """`شهدت المدن مظاهرات شارك فيها الآلاف ضد X`: the role-less protest noun and the verb with roles
    in one sentence are one event (not for meetings and visits, which are split per counterpart)."""
    if e.type == "CONSULT":
        return None
    for k in reversed(kept):
        ke = k.event
        same = ke.sentence == e.sentence and ke.type == e.type and _same_mode(ke.mode, e.mode)
        if same and not (ke.actors or ke.recipients or ke.places) and ke.negated == e.negated:
            return k
    return None


def merge(detected: list[Detected], doc: Document) -> list[Detected]:
    """Fold repeated mentions of one event into the first one that has its roles."""
    kept: list[Detected] = []
    for det in (d for raw in detected for d in split_dyads(raw)):
        e = det.event
        det.verbal = det.verbal or _verbal(det)
        det.nominal = det.nominal or _nominal_explicit(det)
        target = None
        if det.instrument or det.definite_bare or not (e.actors or e.recipients or e.places):
            target = _antecedent(kept, det, doc)
        if target is None:
            target = _best_match(kept, e, doc) or _roleless_in_sentence(kept, e)
        if target is None:
            kept.append(det)
        else:
            _absorb(target.event, e, det.instrument)
            target.verbal = target.verbal or det.verbal
            target.nominal = target.nominal or det.nominal
    return _fold_roleless(_remerge(kept, doc))


def _remerge(kept: list[Detected], doc: Document) -> list[Detected]:
    """An event kept while it had no role (`وقتل عشرة مقاتلين ...`) may have got them from its
    instrument noun later (`جراء غارات تركية`): it can now join an earlier mention of its event."""
    out: list[Detected] = []
    for det in kept:
        target = _best_match(out, det.event, doc) if det.event.type != "CONSULT" else None
        if target is None:
            out.append(det)
        else:
            _absorb(target.event, det.event)
            target.verbal = target.verbal or det.verbal
            target.nominal = target.nominal or det.nominal
    return out


def _fold_roleless(kept: list[Detected]) -> list[Detected]:
    """An event with no participant and no place (`احتجاجات في عدة مدن`, `مسرحا لاحتجاجات يومية`) is
    another mention of the article's event of that type that has them, before or after it; meetings
    are left alone (they are split per counterpart)."""
    out = []
    for d in kept:
        e = d.event
        if (e.actors or e.recipients or e.places) or e.type == "CONSULT":
            out.append(d)
            continue
        host = next(
            (
                k
                for k in kept
                if k is not d
                and k.event.type == e.type
                and (k.event.actors or k.event.recipients or k.event.places)
                and _same_mode(k.event.mode, e.mode)
                and k.event.negated == e.negated
                and k.event.status == e.status
            ),
            None,
        )
        if host is not None:
            _absorb(host.event, e)
            host.event.mentions.sort()
        else:
            out.append(d)
    return out


# --- learned sentence detector ---------------------------------------------------------

DETECTOR_MODEL = Path(__file__).resolve().parent / "models" / "detector.json"


def detector_features(text: str) -> set[str]:
    """Sparse features of one sentence: words (also without one proclitic), word bigrams and
    character 3-5-grams inside words, all on normalised text (kg/eval/train_detector.py)."""
    words = [normalize(m.group()) for m in _WORD.finditer(text)]
    words = [w for w in words if w]
    feats: set[str] = set()
    for i, w in enumerate(words):
        feats.add("w:" + w)
        if len(w) > 3 and w[0] in "وفبل":
            feats.add("w:" + w[1:])
        if i:
            feats.add("b:" + words[i - 1] + " " + w)
        padded = f"<{w}>"
        for n in (3, 4, 5):
            feats.update("c:" + padded[k : k + n] for k in range(len(padded) - n + 1))
    return feats


@lru_cache(maxsize=4)
def load_detector(path: str = str(DETECTOR_MODEL)) -> dict[str, Any]:
    """Per-category logistic weights over `detector_features` ({} when not trained)."""
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}


def detector_logit(text: str, category: str, model: dict[str, Any] | None = None) -> float | None:
    """Log-odds that a sentence reports an event of `category` (ASSAULT, PROTEST), or None."""
    table = (load_detector() if model is None else model).get(category)
    if not table:
        return None
    feats = detector_features(text)
    weights = table["weights"]
    z = sum(weights.get(f, 0.0) for f in feats) / math.sqrt(max(1, len(feats)))
    return float(table["bias"]) + z


# The floret word vectors shipped with the spaCy pipeline: their hashed character n-grams give every
# word a vector, so a sentence is placed near others of like meaning even with words the sparse
# detector never saw in training (which is where its held-out precision is lost).
WORD_VECTORS = Path(__file__).resolve().parents[1] / "nlp" / "models" / "ar_kg_news" / "vocab"
_MARKS = re.compile(r"[\u0640\u064b-\u0652]")  # tatweel and short vowels, as the vectors were trained


@lru_cache(maxsize=1)
def _word_vectors() -> Any | None:
    """The shipped floret vectors (a spaCy vocab), or None where spaCy or the model is missing; the
    vocab of the spaCy pipeline when the NLP stage has loaded it (one copy of the vectors, not two)."""
    try:
        from spacy.vocab import Vocab

        from kg.nlp import loaded
    except ImportError:
        return None
    if (model := loaded(WORD_VECTORS.parent)) is not None:
        return model.vocab
    return Vocab().from_disk(WORD_VECTORS) if (WORD_VECTORS / "vectors").exists() else None


@lru_cache(maxsize=256)
def sentence_vector(text: str) -> tuple[float, ...] | None:
    """Mean of the word vectors of a sentence, scaled to unit length (None without vectors).
    Cached: the events of one sentence ask for it once per category."""
    vocab = _word_vectors()
    if vocab is None:
        return None
    words = [_MARKS.sub("", m.group()) for m in _WORD.finditer(text)]
    vectors = [vocab.get_vector(w) for w in words if w]
    if not vectors:
        return (0.0,) * vocab.vectors.shape[1]
    mean = [sum(col) / len(vectors) for col in zip(*vectors, strict=True)]
    size = math.sqrt(sum(x * x for x in mean)) or 1.0
    return tuple(float(x) / size for x in mean)


def dense_logit(text: str, category: str, model: dict[str, Any] | None = None) -> float | None:
    """Log-odds of an event of `category` from the sentence vector (the detector's `dense` part):
    a logistic model over standardised vector components."""
    table = ((load_detector() if model is None else model).get(category) or {}).get("dense")
    vector = sentence_vector(text) if table else None
    if not table or vector is None:
        return None
    z = sum(
        w * (x - c) / s
        for w, x, c, s in zip(table["weights"], vector, table["center"], table["scale"], strict=True)
    )
    return float(table["bias"]) + z


# --- confidence ------------------------------------------------------------------------

CONFIDENCE_MODEL = Path(__file__).resolve().parent / "lexicon" / "confidence.json"


@lru_cache(maxsize=4)
def load_confidence_model(path: str = str(CONFIDENCE_MODEL)) -> dict[str, Any]:
    """Logistic weights, per-trigger priors and the recommended threshold (kg/eval/calibrate.py)."""
    p = Path(path)
    if not p.exists():
        return {"bias": 0.0, "weights": {}, "priors": {}, "calibrated": [], "thresholds": {}}
    return json.loads(p.read_text(encoding="utf-8"))


def prior_of(model: dict[str, Any], category: str, trigger_key: str) -> float:
    """Log-odds that this trigger word reports an event of its category (tuning-part estimate)."""
    table = model.get("priors", {}).get(category, {})
    return float(table.get(trigger_key, table.get("", 0.0)))


def sentence_features(
    dets: list[Detected], model: dict[str, Any], detector: dict[str, Any] | None = None
) -> dict[str, float]:
    """Evidence of one category in one sentence: the strongest value of each hit feature.
    `detector`: sentence-detector weights to use instead of the shipped ones."""
    out: dict[str, float] = {}
    for d in dets:
        feats = {  # a "prior" in d.features is a held-out estimate (calibration)
            "prior": prior_of(model, d.event.type, d.trigger_key),
            **d.features,
            "actor": float(bool(d.event.actors)),
            "place": float(bool(d.event.places)),
        }
        for k, v in feats.items():
            out[k] = max(out.get(k, v), v)
    out["hits"] = math.log(len(dets)) if dets else 0.0
    if model.get("detector") and dets:
        held_out = [d.features["detector"] for d in dets if "detector" in d.features]
        logit = held_out[0] if held_out else detector_logit(dets[0].text, dets[0].event.type, detector)
        out["detector"] = logit if logit is not None else 0.0
    if model.get("dense") and dets:  # a held-out value in `features` comes from calibration
        held_out = [d.features["dense"] for d in dets if "dense" in d.features]
        logit = held_out[0] if held_out else dense_logit(dets[0].text, dets[0].event.type, detector)
        out["dense"] = logit if logit is not None else 0.0
    return out


def _heuristic(d: Detected) -> float:
    """Uncalibrated categories: role completeness, lowered for weak triggers and modality."""
    e = d.event
    score = 0.35 + 0.2 * bool(e.actors) + 0.2 * bool(e.recipients or e.places) - 0.15 * d.weak
    if e.type in _STANDING and d.features.get("relative"):
        score -= 0.4  # الحوثيين الذين تدعمهم إيران: a standing stance that describes, not an event
    if d.features.get("reference"):
        score -= 0.4  # مذكرة اعتقال، قضية اغتيال: the event word names a warrant or a case
    return round(max(0.05, score - 0.2 * (e.status != "asserted")), 3)


# Stances that a relative clause states as a lasting attitude rather than as something done.
_STANDING = {"SUPPORT", "AID", "ACCUSE", "REJECT", "COOPERATE"}


def score_detected(
    detected: list[Detected], model: dict[str, Any] | None = None, detector: dict[str, Any] | None = None
) -> None:
    """Set `Event.confidence`: the calibrated probability that the sentence reports an event of the
    category (ASSAULT, PROTEST: fitted on the GSR), else a role-completeness heuristic."""
    model = model or load_confidence_model()
    groups: dict[tuple[int, str], list[Detected]] = {}
    for d in detected:
        groups.setdefault((d.event.sentence, d.event.type), []).append(d)
    for (_si, category), dets in groups.items():
        if category not in model.get("calibrated", ()):
            for d in dets:
                d.event.confidence = _heuristic(d)
            continue
        feats = {**sentence_features(dets, model, detector), f"type_{category}": 1.0}
        z = float(model.get("bias", 0.0)) + sum(
            float(model["weights"].get(k, 0.0)) * v for k, v in feats.items()
        )
        p = round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
        for d in dets:
            d.event.confidence = p


# How far above its category threshold an explicit event (`_explicit`) is kept.
EXPLICIT_MARGIN = 0.05


def _verbal(d: Detected) -> bool:
    """A finite verb in a main clause (not weak, not in a relative or pluperfect clause, which mostly
    recall past events: الذي اغتالته X, كانوا قد خطفوها), asserted, naming both who acted and on whom:
    the sentence states the event, whatever the sentence detector says. Measured on the GSR check part
    (docs/EVENTS.md): a floor for a verb with one participant only added false positives."""
    f, e = d.features, d.event
    return (
        f.get("verb") == 1.0
        and not d.weak
        and not f.get("reference")
        and not f.get("backgrounded")
        and not f.get("quote")
        and e.status == "asserted"
        and not d.elided
        and bool(e.actors or e.recipients)
    )


def floor_explicit(kept: list[Detected], model: dict[str, Any] | None = None) -> None:
    """After merging: an event stated by a main-clause verb (`_verbal`, in any of its mentions) that
    names both who acted and on whom keeps a confidence above its category threshold
    (`اغتيل X ... بضربة جوية أمريكية`: the verb gives the target, its instrument the actor)."""
    table = thresholds(model)
    for d in kept:
        e = d.event
        # (or on a count of people: وقتلت القوات الإسرائيلية عشرات الفلسطينيين)
        explicit = d.verbal and e.actors and (e.recipients or d.counted)
        # (a mention merged into a vaguer first one, `أي ضربات جديدة` in a headline, counts too)
        if (explicit or d.nominal or _nominal_explicit(d)) and e.status == "asserted":
            floor = round(table.get(e.type, table["*"]) + EXPLICIT_MARGIN, 3)
            e.confidence = max(e.confidence, floor)


def floor_headlined(
    kept: list[Detected], detected: list[Detected], doc: Document, model: dict[str, Any] | None = None
) -> None:
    """An article whose headline reports an attack or a protest is about one: the body's own reports
    of that category (`وتواصلت المظاهرات في عمان ...` under `... في ظل احتجاجات منددة بارتفاع
    الأسعار`) keep a confidence above the threshold, which was fitted on lone GSR sentences where
    such reports look like background. Only asserted mentions outside quotes and references that
    name someone or somewhere. A protest told in `_RECURRING` body sentences counts as headlined."""
    size = doc.headline_size()
    table = thresholds(model)
    calibrated = set((model or load_confidence_model()).get("calibrated", ()))
    plain = [
        d for d in detected if d.event.status == "asserted" and not d.weak and d.event.type in calibrated
    ]
    headlined = {d.event.type for d in plain if d.event.sentence < size}
    headlined |= _recurring(plain, size)
    for d in kept:
        e, f = d.event, d.features
        if (
            e.type in headlined
            and e.sentence >= size
            and e.status == "asserted"
            and (e.actors or e.recipients or e.places)
            and not (f.get("reference") or f.get("quote") or d.pointed or d.weak)
            and any(_recent(doc, k) for k in _mention_sentences(doc, e) if k >= size)
        ):
            e.confidence = max(e.confidence, round(table.get(e.type, table["*"]) + EXPLICIT_MARGIN, 3))


_RECURRING = 2  # body sentences reporting protests that make the article about them
# Attacks recur in every war report as background (earlier raids, the war's toll): protests only.
_RECURRING_TYPES = {"PROTEST"}


def _recurring(plain: list[Detected], size: int) -> set[str]:
    """Categories reported outside quotes and references in at least `_RECURRING` body sentences: a
    protest wave told sentence after sentence is what the article is about, headline or not."""
    sentences: dict[str, set[int]] = {}
    for d in plain:
        if d.event.type not in _RECURRING_TYPES or d.event.sentence < size:
            continue
        if not (d.features.get("reference") or d.features.get("quote")):
            sentences.setdefault(d.event.type, set()).add(d.event.sentence)
    return {t for t, s in sentences.items() if len(s) >= _RECURRING}


def _mention_sentences(doc: Document, e: Event) -> list[int]:
    """The sentences that report a (merged) event: one undated report in the body makes it the news."""
    found = [doc.sentence_at(start) for start, _end in e.mentions]
    return sorted({k for k in found if k is not None} | {e.sentence})


def _recent(doc: Document, sentence: int) -> bool:
    """No date in the sentence but days of the week before publication: the news, not its background
    (`تزايدت الهجمات في تونس منذ مطلع العام`, `الهجوم على متحف باردو في مارس`)."""
    ref = reference_date(doc)
    if ref is None:
        return True
    s = doc.sentences[sentence]
    for _start, _end, value in find_expressions(doc.text[s.start : s.end], ref):
        if len(value) != 10 or not 0 <= (ref - date.fromisoformat(value)).days <= 7:
            return False
    return True


def _nominal_explicit(d: Detected) -> bool:
    """`أعلنت إسرائيل عن استهدافها 8 مواقع في سوريا`: an event noun whose own structure names who
    acted (not a running subject) and where or on whom, outside quotes, relative clauses and
    references."""
    f, e = d.features, d.event
    # a weak noun (ضربة: also "a blow") is an attack when a relative clause says who carried it out
    weak = d.weak and not (d.embedded_actor or d.launched)
    plain = not (weak or d.elided or f.get("reference") or f.get("relative") or f.get("quote"))
    forceful = e.type in ("ASSAULT", "COERCE")  # a protest names its crowd, not an actor
    # (an attack a named subject launched needs no target: `أنها شنت عملية برية كبيرة`)
    aimed = bool(e.recipients or e.places) or (d.launched and e.type == "ASSAULT")
    aimed = aimed or d.counted  # مقتل 52 فلسطينيا على الأقل برصاص الجيش الإسرائيلي: on whom, counted
    return forceful and f.get("verb") == 0.0 and plain and bool(e.actors) and aimed


def _uninformative(d: Detected, calibrated: set[str]) -> bool:
    """A weak trigger word (التعاون, عقوبات) with no participant, place or date cue says nothing
    checkable; nor does an asserted meeting or visit with nobody named (`محادثات جنيف`: who met is not
    in the text; a cancelled or planned one still tells that much). The calibrated categories are
    left to their confidence instead."""
    e = d.event
    if e.type == "CONSULT" and not (e.actors or e.recipients) and e.status == "asserted":
        return True
    if e.type in _DYADIC and not e.recipients and not (e.mode in _GIVEN and e.places):
        return True  # "لا نعتقد أن هذا الأمر يساعد في حل النزاع": help to nobody named (relief or money
        # given to a place is aid)
    return d.weak and e.type not in calibrated and not (e.actors or e.recipients or e.places)


# Categories that are about someone: without a named recipient there is nothing to put in the graph.
_DYADIC = {"AID"}
_GIVEN = {"humanitarian", "economic"}  # aid modes that name what is given (relief, a donation)


# Uncalibrated categories under the "calibrated" policy: the heuristic reaches 0.4 with one participant
# (an actor, or a recipient / place) for an asserted event, with two for a planned or negated one.
OTHER_THRESHOLD = 0.4


def thresholds(model: dict[str, Any] | None = None) -> dict[str, float]:
    """Per-category confidence thresholds: the middle of those near the best detection F1 on the GSR
    tuning part (ASSAULT, PROTEST; kg/eval/calibrate.py), and `OTHER_THRESHOLD` for the rest (key "*")."""
    return {"*": OTHER_THRESHOLD, **(model or load_confidence_model()).get("thresholds", {})}


@dataclass(frozen=True)
class EventModels:
    """The learned parts of event scoring: sentence detector and confidence model (JSON files)."""

    detector: dict[str, Any]
    confidence: dict[str, Any]


def load_models(detector: str | Path | None = None, confidence: str | Path | None = None) -> EventModels:
    """The shipped models, or those at the given paths (e.g. fitted on one part of the GSR only)."""
    detector_table = load_detector(str(detector or DETECTOR_MODEL))
    return EventModels(detector_table, load_confidence_model(str(confidence or CONFIDENCE_MODEL)))


def extract_events(
    doc: Document,
    lexicon: dict[str, list[Trigger]] | None = None,
    min_confidence: float | dict[str, float] = 0.0,
    models: EventModels | None = None,
) -> list[Event]:
    """Detect, score and merge the events of one document; keep those at `min_confidence` or more
    (a number, or a threshold per category). `models`: default the shipped ones."""
    models = models or load_models()
    detected = detect(doc, lexicon)
    score_detected(detected, models.confidence, models.detector)
    calibrated = set(models.confidence.get("calibrated", ()))
    kept = merge(detected, doc)
    floor_explicit(kept, models.confidence)
    floor_headlined(kept, detected, doc, models.confidence)
    merged = [d.event for d in kept if not _uninformative(d, calibrated)]
    if isinstance(min_confidence, dict):
        default = min_confidence.get("*", 0.0)
        return [e for e in merged if e.confidence >= min_confidence.get(e.type, default)]
    return [e for e in merged if e.confidence >= min_confidence]


@stage("events", requires=("sentences", "entities"), provides=("events",))
def make_events(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    lexicon = load_lexicon(str(config.get("lexicon", LEXICON)))
    # Other learned models than the shipped ones (cross-fitting on the GSR: kg/eval/crossfit.py)
    models = load_models(config.get("detector_model"), config.get("confidence_model"))
    setting = config.get("min_confidence", 0.0)
    # "calibrated": per-category thresholds that maximised F1 on the GSR tuning part
    # or a table per category, "*" for the others: {ASSAULT = 0.3, "*" = 0.4}
    if setting == "calibrated":
        threshold: float | dict[str, float] = thresholds(models.confidence)
    elif isinstance(setting, dict):
        threshold = {k: float(v) for k, v in setting.items()}
    else:
        threshold = float(setting)

    def run(doc: Document) -> None:
        doc.events = extract_events(doc, lexicon, threshold, models)

    return run
