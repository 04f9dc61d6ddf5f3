"""Stage `time`: the date of every event, resolved against the article's publication date.

Handled: explicit dates (via `kg.text.calendar.find_dates`, Gregorian and Hijri), day + month
without a year, weekdays (`الأربعاء الماضي`), أمس / أول من أمس / أمس الأول / اليوم / غدا, `قبل N أيام`,
months with `الماضي / المقبل / الجاري` or a year and with `مطلع / منتصف / أواخر`, `الشهر
الماضي`, `العام الماضي`, years after في / عام / منذ (`منذ 2013`), and `يوم الضربة` (the date
of an earlier event). Granularity is kept: "YYYY", "YYYY-MM" or "YYYY-MM-DD".

Vague expressions: `قبل أيام` / `منذ أيام` and `الأسبوع الماضي` give the month of the day a
few days before the article (YYYY-MM) — honest about the uncertainty, right most of the time.

A date expression belongs to the closest event mention before it in its sentence (Arabic puts
the time after the verb and its arguments), else to the first one after it. An undated event
takes the date of an earlier dated event in the same sentence (`زار ... الأربعاء الماضي،
والتقى ...`) and merged mentions share their date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from kg.model import Document, Event
from kg.pipeline import Resources, stage
from kg.text.calendar import GREGORIAN_MONTHS, WEEKDAYS, find_dates, month_number, to_ascii_digits
from kg.text.normalize import normalize

from . import lexicon as lx

_AR = "[\u0621-\u064a\u0671-\u06d3]"
_AL = "[اأإآ]"
_YA = "[يى]"
_TA = "[ةه]"


def _loose(word: str) -> str:
    table = {"ا": _AL, "أ": _AL, "إ": _AL, "آ": _AL, "ي": _YA, "ى": _YA, "ة": _TA, "ه": _TA}
    return r"\s+".join("".join(table.get(ch, re.escape(ch)) for ch in w) for w in word.split())


def _alternation(names) -> str:
    return "|".join(_loose(n) for n in sorted(set(names), key=len, reverse=True))


_MONTH = _alternation(GREGORIAN_MONTHS)
_WEEKDAY = _alternation(WEEKDAYS)
_PAST = (
    rf"(?:{_loose('الماضي')}|{_loose('الماضية')}|{_loose('المنصرم')}|{_loose('المنصرمة')}|{_loose('الفائت')})"
)
_NEXT = rf"(?:{_loose('المقبل')}|{_loose('المقبلة')}|{_loose('القادم')}|{_loose('القادمة')})"
_THIS = rf"(?:{_loose('الجاري')}|{_loose('الحالي')}|{_loose('هذا')})"
_PART = rf"(?:{_alternation(['مطلع', 'أوائل', 'بداية', 'مستهل', 'منتصف', 'أواسط', 'أواخر', 'نهاية', 'آخر'])})"
_B = r"(?<![\u0621-\u064a])"  # no letter before (a proclitic و/ف/ب/ل is allowed by the patterns)
_PRE = "(?:[وفبل]|في\\s+)?"
_D = "[0-9٠-٩]"

# (pattern, kind) in priority order; longer, more specific forms first.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"{_B}{_PRE}(?:{_loose('أول من أمس')}|{_loose('أول أمس')}|{_loose('أمس الأول')})"), "rel-2"),
    (re.compile(rf"{_B}{_PRE}{_loose('بعد غد')}"), "rel+2"),
    (
        re.compile(rf"{_B}{_PRE}(?:{_loose('الليلة الماضية')}|{_loose('أمس')}|{_loose('امس')})(?!{_AR})"),
        "rel-1",
    ),
    (re.compile(rf"{_B}{_PRE}(?:{_loose('غدا')}|{_loose('غداً')})(?!{_AR})"), "rel+1"),
    (re.compile(rf"{_B}{_PRE}(?:{_loose('اليوم')})(?!{_AR})"), "rel+0"),
    (
        re.compile(
            rf"(?:قبل|منذ)\s+(?:(?P<n>{_D}{{1,2}}|{_loose('ثلاثة')}|{_loose('أربعة')}|{_loose('خمسة')})\s*"
            rf"(?:{_loose('أيام')}|{_loose('يوما')})|(?P<two>{_loose('يومين')}))"
        ),
        "days-ago",
    ),
    (re.compile(rf"(?:قبل|منذ)\s+{_loose('أيام')}"), "few-days"),
    (re.compile(rf"{_B}{_PRE}{_loose('الأسبوع')}\s+{_PAST}"), "few-days"),
    (
        re.compile(
            rf"{_B}{_PRE}(?P<day>{_loose('يوم')}\s+)?(?P<w>{_WEEKDAY})(?:\s+(?P<q>{_PAST}|{_NEXT}))?(?!{_AR})"
        ),
        "weekday",
    ),
    (
        re.compile(
            rf"{_B}(?P<lead>(?:{_PRE}{_PART}|{_PRE}{_loose('شهر')}|في|{_loose('خلال')}|{_loose('منذ')})\s+)?"
            rf"(?:{_loose('شهر')}\s+)?(?P<m>{_MONTH})(?:\s*[/\-(]\s*(?:{_MONTH})\)?)?"
            rf"(?:\s+(?P<q>{_PAST}|{_NEXT}|{_THIS}))?(?!{_AR})"
        ),
        "month",
    ),
    (re.compile(rf"{_B}{_PRE}{_loose('الشهر')}\s+(?P<q>{_PAST}|{_NEXT}|{_THIS})"), "this-month"),
    (
        re.compile(rf"{_B}{_PRE}(?:{_loose('العام')}|{_loose('السنة')})\s+(?P<q>{_PAST}|{_NEXT}|{_THIS})"),
        "this-year",
    ),
    (re.compile(rf"{_B}{_PRE}(?:{_loose('هذا العام')}|{_loose('العام الحالي')})"), "year+0"),
    (re.compile(rf"{_B}{_PRE}{_loose('هذا الشهر')}"), "month+0"),
    # a bare year is a year: "في 2013", "عام 2013", "منذ 2013", "2013م" (not a count: "2013 شخصا")
    (
        re.compile(
            rf"{_B}(?:(?:{_PRE}(?:ال)?(?:{_loose('عام')}|{_loose('سنة')})|{_PRE}{_loose('مطلع')}|في|{_loose('منذ')}"
            rf"|{_loose('خلال')})\s+)(?P<y>(?:19|20){_D}{{2}}|[١٢][٠٩][٠-٩]{{2}})(?!{_D})(?:\s*م(?!{_AR}))?"
        ),
        "year",
    ),
]
_DAY_MONTH = re.compile(rf"(?<!{_D})(?P<d>{_D}{{1,2}})\s*(?:من\s+)?(?P<m>{_MONTH})(?!\s*[/\-(]?\s*{_D}{{4}})")
# "بين 10 و12 نوفمبر", "من 10 إلى 12 نوفمبر 2020": a range is dated by its first day.
_RANGE = re.compile(
    rf"(?<!{_D})(?P<d>{_D}{{1,2}})\s*(?:-|–|و|{_loose('إلى')}|{_loose('حتى')})\s*{_D}{{1,2}}\s+"
    rf"(?P<m>{_MONTH})(?:\s*[/\-(]\s*(?:{_MONTH})\)?)?(?:\s*[،,]?\s*(?P<y>{_D}{{4}}))?"
)
_WORD_NUMBERS = {"يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5}

# Ordinal days, "في الثالث من أغسطس", "الحادي والعشرين من رمضان" (normalised units and tens).
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
_ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
_ORDINALS |= {("الحادي" if i == 0 else _UNITS[i]) + " عشر": 11 + i for i in range(9)}
_ORDINALS |= {"العشرين": 20, "الثلاثين": 30}
_ORDINALS |= {("الحادي" if i == 0 else _UNITS[i]) + " والعشرين": 21 + i for i in range(9)}
_ORDINALS["الحادي والثلاثين"] = 31
_ORDINAL_DAY = re.compile(
    rf"{_B}{_PRE}(?P<o>{_alternation(_ORDINALS)})\s+(?:من\s+)?(?:{_loose('شهر')}\s+)?(?P<m>{_MONTH})"
    rf"(?:\s*[/\-(]\s*(?:{_MONTH})\)?)?(?:\s*[،,]?\s*(?:{_loose('عام')}\s+)?(?P<y>{_D}{{4}}))?"
)


def _qualifier(q: str | None) -> int:
    """-1 past, +1 future, 0 current or none."""
    if not q:
        return 0
    n = normalize(q)
    if n.startswith(("الماضي", "المنصرم", "الفايت")):
        return -1
    if n.startswith(("المقبل", "القادم")):
        return 1
    return 0


_BARE_WEEKDAY = re.compile(rf"^(?:{_loose('يوم')}\s+)?(?P<w>{_WEEKDAY})$")


def _coming_weekday(doc: Document, e: Event, expression: str, ref: date) -> str | None:
    """`حيث يلتقي الثلاثاء الرئيس إيمانويل ماكرون` (written on a Monday): a weekday without الماضي /
    المقبل dates a planned event, or one told with an imperfect verb (`يلتقي`, `يجري محادثات`), on
    its coming occurrence, not the last one."""
    m = _BARE_WEEKDAY.match(expression.strip(" ،,"))
    before = doc.text[max(0, e.start - 20) : e.start].split()
    imperfect = _imperfect_verb(e.trigger) or bool(before) and _light_verb(before[-1])
    if m is None or not (e.status == "planned" or imperfect):
        return None
    ahead = (WEEKDAYS[normalize(m["w"])] - ref.weekday()) % 7
    return (ref + timedelta(days=ahead)).isoformat()


_HOLDING = {"يجري", "تجري", "يعقد", "تعقد"}  # يجري محادثات، تعقد اجتماعا: the verb before an event noun


def _light_verb(word: str) -> bool:
    w = normalize(word).removeprefix("و").removeprefix("ف")
    return w in _HOLDING or w.removeprefix("س") in _HOLDING  # سيجري محادثات


def _imperfect_verb(trigger: str) -> bool:
    """An imperfect verb of the third person masculine (`يلتقي`, `ويجري`); nouns do not start with ي
    (feminine ت-forms are left out: `تظاهرة`, `تفجير` are nouns; so is the future س: `سيطرت` is a
    perfect, and a future event is marked planned anyway)."""
    words = normalize(trigger).split()
    word = words[0].removeprefix("و").removeprefix("ف") if words else ""
    return len(word) >= 4 and word[0] == "ي"


def _weekday(m: re.Match[str], ref: date) -> str:
    target = WEEKDAYS[normalize(m["w"])]
    q = _qualifier(m["q"])
    if q > 0:
        return (ref + timedelta(days=(target - ref.weekday() - 1) % 7 + 1)).isoformat()
    back = (ref.weekday() - target) % 7
    if q < 0 and back == 0:
        back = 7
    return (ref - timedelta(days=back)).isoformat()


def _month(m: re.Match[str], ref: date) -> str:
    month = month_number(m["m"]) or 1
    q = _qualifier(m["q"])
    year = ref.year
    if q < 0 and month >= ref.month:
        year -= 1
    elif q > 0 and month <= ref.month:
        year += 1
    elif q == 0:
        year = _nearest_year(month, ref)
    return f"{year:04d}-{month:02d}"


def _nearest_year(month: int, ref: date) -> int:
    """Year of `month` written with no year and no الماضي / المقبل: news tells of the past more than of
    the future, so the coming occurrence only within `_AHEAD` months (`أعلن ... في المعرض المنعقد في
    يناير` in August is last January), else the past one."""
    ahead = (month - ref.month) % 12
    if ahead == 0:
        return ref.year
    if ahead <= _AHEAD:
        return ref.year + (month < ref.month)
    return ref.year - (month > ref.month)


_AHEAD = 4


def _shift_month(ref: date, delta: int) -> str:
    index = ref.year * 12 + ref.month - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _resolve_match(kind: str, m: re.Match[str], ref: date) -> str | None:
    if kind.startswith("rel"):
        return (ref + timedelta(days=int(kind[3:]))).isoformat()
    if kind == "days-ago":
        n = 2 if m["two"] else _WORD_NUMBERS.get(normalize(m["n"])) or int(to_ascii_digits(m["n"]))
        return (ref - timedelta(days=n)).isoformat()
    if kind == "few-days":
        return (ref - timedelta(days=3)).isoformat()[:7]
    if kind == "weekday" and not (m["day"] or normalize(m["w"]).startswith("ال")):
        return None  # bare أحد / اثنين / جمعة are also "one", "two", "Friday prayer"
    if kind == "month" and not (m["lead"] or m["q"]):
        return None  # a bare month name (آب, ماي) is too often another word
    if kind == "weekday":
        return _weekday(m, ref)
    if kind == "month":
        return _month(m, ref)
    if kind == "this-month":
        return _shift_month(ref, _qualifier(m["q"]))
    if kind == "this-year":
        return f"{ref.year + _qualifier(m['q']):04d}"
    if kind == "year+0":
        return f"{ref.year:04d}"
    if kind == "month+0":
        return _shift_month(ref, 0)
    if kind == "year":
        return f"{int(to_ascii_digits(m['y'])):04d}"
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_expressions(text: str, ref: date) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of every date expression in `text`, no overlaps."""
    found: list[tuple[int, int, str]] = []
    for m in _RANGE.finditer(text):
        month = month_number(m["m"]) or 1
        year = int(to_ascii_digits(m["y"])) if m["y"] else _nearest_year(month, ref)
        found.append((m.start(), m.end(), f"{year:04d}-{month:02d}-{int(to_ascii_digits(m['d'])):02d}"))
    for m in _ORDINAL_DAY.finditer(text):
        month, day = month_number(m["m"]), _ORDINALS.get(normalize(m["o"]))
        if month and day:
            year = int(to_ascii_digits(m["y"])) if m["y"] else _nearest_year(month, ref)
            value = _valid(year, month, day)
            if value:
                found.append((m.start(), m.end(), value))
    found += [(d.start, d.end, d.value) for d in find_dates(text)]
    for m in _DAY_MONTH.finditer(text):
        month = month_number(m["m"])
        if month:
            year = _nearest_year(month, ref)
            found.append((m.start(), m.end(), f"{year:04d}-{month:02d}-{int(to_ascii_digits(m['d'])):02d}"))
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            value = _resolve_match(kind, m, ref)
            if value:
                found.append((m.start(), m.end(), value))
    kept: list[tuple[int, int, str]] = []
    for item in found:  # earlier entries are more specific
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return _explicit_day_wins(text, sorted(kept))


def _explicit_day_wins(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`يوم الثلاثاء 7 آب/أغسطس`: a weekday (or أمس) right before an explicit day and month is one
    expression dated by the explicit day, not two (the weekday alone is read as the past one)."""
    out: list[tuple[int, int, str]] = []
    for item in found:
        if out and len(out[-1][2]) == 10 == len(item[2]) and not text[out[-1][1] : item[0]].strip(" ،,"):
            out[-1] = (out[-1][0], item[1], item[2])
        else:
            out.append(item)
    return out


def resolve_date(expression: str, reference: date) -> tuple[str, str] | None:
    """ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") of the first date expression in
    `expression`, read relative to `reference`, and the expression text it came from."""
    found = find_expressions(expression, reference)
    if not found:
        return None
    start, end, value = found[0]
    return value, expression[start:end].strip()


def reference_date(doc: Document) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


# --- attaching dates to events ------------------------------------------------------------

_EVENT_DAY = re.compile(rf"{_loose('يوم')}\s+(?P<w>ال{_AR}+)")


def _anchors(doc: Document) -> dict[int, list[tuple[int, int, int]]]:
    """Per sentence: (start, end, event index) of every event mention."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for ei, e in enumerate(doc.events):
        for start, end in e.mentions or [(e.start, e.end)]:
            si = doc.sentence_at(start)
            if si is not None:
                out.setdefault(si, []).append((start, end, ei))
    return {k: sorted(v) for k, v in out.items()}


def _since_year(expression: str) -> bool:
    """`منذ 2014`, `منذ كانون الأول/ديسمبر 2014`: since a year (`منذ أيام` may date what follows)."""
    words = normalize(expression).split()
    return words[:1] == ["منذ"] and bool(re.search(r"\d{4}", to_ascii_digits(expression)))


def _owners(
    anchors: list[tuple[int, int, int]], start: int, forward: bool = True, text: str = "", offset: int = 0
) -> list[int]:
    """The events of the mention closest before `start` (else, when `forward`, first after): several
    when a meeting with two counterparts was split into one event each (`لقاء جمع X مع Y وZ في ديسمبر
    2016`). Not an event before a relative clause on another noun that holds the expression."""
    earlier = [a for a in anchors if a[1] <= start]
    before = [
        a
        for a in earlier
        if not _other_relative(text, a[1] - offset, start - offset)
        and not _clause_between(text, a[1] - offset, start - offset)
    ]
    if earlier and not before:
        return []  # the relative clause's own date
    after = [a for a in anchors if a[0] >= start] if forward else []
    chosen = before[-1] if before else after[0] if after else None
    if chosen is None:
        return []
    owners = [ei for s, e, ei in anchors if (s, e) == chosen[:2]]
    if len(before) > 1 and _participants_noun(text[chosen[0] - offset : chosen[1] - offset]):
        # `وقتل أحد المحتجين، الجمعة، برصاص ...`: the protesters are the killing's victims; the
        # day is the killing's too
        owners += [ei for s, e, ei in anchors if (s, e) == before[-2][:2] and ei not in owners]
    return owners


def _participants_noun(mention: str) -> bool:
    """A protest told by its participants only (`المحتجين`, `متظاهرا`), not by a protest word."""
    return any(stem in normalize(mention) for stem in lx.PROTESTER_STEMS)


_RELATIVE = re.compile(r"(?<![\u0621-\u064a])(?:التي|الذي|الذين|اللتين|اللذين)(?![\u0621-\u064a])")


_CLAUSE_TIMES = {normalize(w) for w in ["بعد", "قبل", "منذ"]}


def _clause_between(text: str, event_end: int, start: int) -> bool:
    """`أعلن الجيش السيطرة على عفرين، بعدما بدأ في 20 يناير حملة`: a clause of time opened between an
    event and an expression (بعدما، بعد أن) has its own verb, which the expression dates."""
    if not text:
        return False
    words = [normalize(w).lstrip("و") for w in text[event_end:start].split()] + [""]
    return any(
        w == "بعدما" or (w in _CLAUSE_TIMES and words[i + 1] == "ان") for i, w in enumerate(words[:-1])
    )


def _other_relative(text: str, event_end: int, start: int) -> bool:
    """`اجتماع ... ما ينذر باستمرار الاضطرابات التي تشهدها عمان منذ أيام`: a relative clause between an
    event and an expression, opened more than three words after the event, tells of another noun
    (one right after the event, `الهجوم الذي وقع أمس`, tells of the event)."""
    if not text:
        return False
    between = text[event_end:start]
    m = _RELATIVE.search(between)
    return m is not None and len(between[: m.start()].split()) > 3


def date_events(doc: Document) -> None:
    """Set `date` / `date_text` of every event that the text dates."""
    ref = reference_date(doc)
    if ref is None or not doc.events:
        return
    anchors = _anchors(doc)
    for si, sent_anchors in anchors.items():  # the sentence's own expressions first, everywhere
        s = doc.sentences[si]
        text = doc.text[s.start : s.end]
        found = [
            f
            for f in find_expressions(text, ref)
            if not _reporting_date(doc, s.start, s.start + f[0], sent_anchors)
        ]
        # an expression after its event first: in `التي حدثت في نوفمبر زار X الرياض في فبراير` the
        # visit is February's; an expression before any event dates the first one after it
        for forward in (False, True):
            for start, end, value in found:
                if forward and _since_year(text[start:end]):
                    continue  # "أعلى مستوى له منذ 2014 بعد تهديد X": "since" dates no later event
                for ei in _owners(sent_anchors, s.start + start, forward, text, s.start):
                    e = doc.events[ei]
                    if e.date is None:
                        e.date, e.date_text = value, text[start:end].strip()
                        e.date = _coming_weekday(doc, e, e.date_text, ref) or e.date
    for si, sent_anchors in anchors.items():  # then what the context gives
        s = doc.sentences[si]
        _inherit_in_sentence(doc, sent_anchors)
        _during_event(doc, sent_anchors)
        _event_day(doc, si, doc.text[s.start : s.end], sent_anchors)
    _headline_dates(doc)


_HEADLINE_WORDS = 25


def _headline_dates(doc: Document) -> None:
    """A headline sums up what the body reports: an undated headline event takes the date of the first
    dated body event of its type and mode (`طهران تتهم بريطانيا` / `اتهمت السلطات الإيرانية، السبت`).
    The headline is a short first paragraph followed by others."""
    n = doc.headline_size()
    if not n or len(doc.text[doc.sentences[0].start : doc.sentences[n - 1].end].split()) > _HEADLINE_WORDS:
        return
    body = [e for e in doc.events if e.sentence >= n and e.date and not e.negated]
    for e in doc.events:
        if e.sentence >= n or e.date or e.negated:
            continue
        same = (b for b in body if b.type == e.type and (not e.mode or not b.mode or b.mode == e.mode))
        # a past event the body recalls is not the news (وكان مجلس الأمن فرض في أبريل عقوبات على X)
        same = (b for b in same if not _recalled(doc, b))
        match = next(same, None)
        if match is not None:
            e.date, e.date_text = match.date, match.date_text


_RECALL_OPENERS = {"كان", "كانت", "وكان", "وكانت"}


def _recalled(doc: Document, e: Event) -> bool:
    """The event's sentence opens with كان: background told in the pluperfect."""
    s = doc.sentences[e.sentence]
    words = normalize(doc.text[s.start : e.start]).split()
    return bool(words) and words[0] in _RECALL_OPENERS


_REPORTING = {
    normalize(w)
    for w in [
        "قال",
        "قالت",
        "أعلن",
        "أعلنت",
        "أكد",
        "أكدت",
        "كشف",
        "كشفت",
        "ذكر",
        "ذكرت",
        "أفاد",
        "أفادت",
        "أوضح",
        "أوضحت",
        "صرح",
        "صرحت",
        "نفى",
        "نفت",
        "أضاف",
        "أضافت",
        "أشار",
        "أشارت",
        "اعتبر",
        "اعتبرت",
        "قالوا",
        "أعلنوا",
    ]
}


def _reporting_date(doc: Document, sent_start: int, start: int, anchors: list[tuple[int, int, int]]) -> bool:
    """`كشف الجيش، الثلاثاء، عن ضربته ...`: a date right after a reporting verb dates the report."""
    lead = max([a[1] for a in anchors if a[1] <= start], default=sent_start)
    words = [normalize(w).lstrip("وف") for w in doc.text[lead:start].split()]
    return any(w in _REPORTING for w in words[-5:])


# Words that put the events after them at another time than those before: `عقب زيارتين` (after two visits).
_SEQUENCE = {
    normalize(w) for w in ["عقب", "أعقاب", "بعد", "بعيد", "قبل", "قبيل", "إثر", "منذ", "سبقت", "سبق"]
}


def _sequence_between(doc: Document, start: int, end: int) -> bool:
    """A sequence word before a noun; `قبل أن يجري اجتماعا` links clauses of one occasion instead."""
    words = [normalize(w).lstrip("وف") for w in doc.text[start:end].split()] + [""]
    return any(w in _SEQUENCE and words[i + 1] != "ان" for i, w in enumerate(words[:-1]))


def _inherit_in_sentence(doc: Document, anchors: list[tuple[int, int, int]]) -> None:
    """An undated event takes the date of the dated event of its type before it in the sentence,
    unless a sequence word (عقب، بعد، قبل ...) stands between them."""
    last: dict[str, Event] = {}
    previous_end = None
    for start, end, ei in anchors:
        if previous_end is not None and _sequence_between(doc, previous_end, start):
            last.clear()
        previous_end = end
        e = doc.events[ei]
        if e.date:
            last[e.type] = e
        elif e.type in last and not e.negated and e.status == last[e.type].status:
            # within one category a visit dates its meetings; a planned one is not on the day of a done one
            e.date, e.date_text = last[e.type].date, last[e.type].date_text


# Words that set an event inside the one told before it: `اتفق X يوم الأربعاء لدى لقاء ...`.
_DURING = {normalize(w) for w in ["لدى", "خلال", "أثناء", "إبان", "عند"]}


def _during_event(doc: Document, anchors: list[tuple[int, int, int]]) -> None:
    """An undated event introduced by لدى / خلال / أثناء takes the date of the event just before it in
    the sentence, whatever its type: it happened on that occasion."""
    for (_s0, end0, e0), (start, _end, ei) in zip(anchors, anchors[1:], strict=False):
        before, e = doc.events[e0], doc.events[ei]
        words = [normalize(w).lstrip("وف") for w in doc.text[end0:start].split()]
        if e.date is None and before.date and words and words[-1] in _DURING and e.status == before.status:
            e.date, e.date_text = before.date, before.date_text


def _event_day(doc: Document, si: int, text: str, anchors: list[tuple[int, int, int]]) -> None:
    """`يوم الضربة`: the day of an earlier event of the type that noun names."""
    from kg.extract.events import load_lexicon, tokenize

    lexicon = load_lexicon()
    s = doc.sentences[si]
    for m in _EVENT_DAY.finditer(text):
        word = tokenize(m["w"])[0].norm.removeprefix("ال")
        types = {t.category for t in lexicon.get(word, [])}
        earlier = [e for e in doc.events if e.type in types and e.date and e.start < s.start + m.start()]
        for owner in _owners(anchors, s.start + m.start()) if earlier else []:
            if doc.events[owner].date is None:
                doc.events[owner].date = earlier[-1].date
                doc.events[owner].date_text = m.group().strip()


@stage("time", requires=("events",), provides=("event_dates",))
def make_time(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    return date_events
