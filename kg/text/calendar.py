"""Calendar words of Arabic news: month names (MSA, Levantine/Iraqi, Maghrebi, Egyptian
transliterations, Hijri) and weekdays. Keys are `normalize`d forms.

This is generic language knowledge (like a tokenizer's exception table), shared by
the dateline parser in ingest and by event dating in extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .normalize import normalize

_GREGORIAN = {
    1: ["يناير", "كانون الثاني", "جانفي", "اينار"],
    2: ["فبراير", "شباط", "فيفري", "فبراير"],
    3: ["مارس", "آذار", "اذار"],
    4: ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"],
    5: ["مايو", "أيار", "ايار", "ماي"],
    6: ["يونيو", "يونيه", "حزيران", "جوان"],
    7: ["يوليو", "يوليه", "تموز", "جويلية", "جويلييه"],
    8: ["أغسطس", "اغسطس", "آب", "اب", "أوت", "اوت", "غشت"],
    9: ["سبتمبر", "أيلول", "ايلول", "شتنبر"],
    10: ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
    11: ["نوفمبر", "تشرين الثاني", "نونبر"],
    12: ["ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"],
}

_HIJRI = {
    1: ["محرم"],
    2: ["صفر"],
    3: ["ربيع الأول", "ربيع الاول"],
    4: ["ربيع الثاني", "ربيع الآخر", "ربيع الاخر"],
    5: ["جمادى الأولى", "جمادى الاولى", "جمادى الأول"],
    6: ["جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية"],
    7: ["رجب"],
    8: ["شعبان"],
    9: ["رمضان"],
    10: ["شوال"],
    11: ["ذو القعدة", "ذي القعدة"],
    12: ["ذو الحجة", "ذي الحجة"],
}

# Python's weekday(): Monday == 0.
_WEEKDAYS = {
    0: ["الاثنين", "الإثنين", "اثنين"],
    1: ["الثلاثاء", "ثلاثاء"],
    2: ["الأربعاء", "الاربعاء", "أربعاء"],
    3: ["الخميس", "خميس"],
    4: ["الجمعة", "جمعة"],
    5: ["السبت", "سبت"],
    6: ["الأحد", "الاحد", "أحد"],
}


def _index(table: dict[int, list[str]]) -> dict[str, int]:
    return {normalize(name): number for number, names in table.items() for name in names}


GREGORIAN_MONTHS: dict[str, int] = _index(_GREGORIAN)
HIJRI_MONTHS: dict[str, int] = _index(_HIJRI)
WEEKDAYS: dict[str, int] = _index(_WEEKDAYS)


def month_number(name: str) -> int | None:
    """Gregorian month number of a month name in any of the listed spellings."""
    return GREGORIAN_MONTHS.get(normalize(name))


def weekday_number(name: str) -> int | None:
    """Weekday (Monday == 0) of an Arabic weekday name, with or without the article."""
    return WEEKDAYS.get(normalize(name))


# --- Finding dates in text -------------------------------------------------------------

_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_D = "[0-9٠-٩۰-۹]"
# Letters that news text spells in several ways; matched loosely in month names.
_LOOSE = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ي": "[يى]", "ى": "[يى]", "ة": "[ةه]"}


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII (same length, so offsets are kept)."""
    return text.translate(_DIGIT_TABLE)


def _loose_pattern(name: str) -> str:
    return r"\s+".join("".join(_LOOSE.get(ch, re.escape(ch)) for ch in word) for word in name.split())


def _alternation(table: dict[int, list[str]]) -> str:
    names = sorted({n for names in table.values() for n in names}, key=len, reverse=True)
    return "|".join(_loose_pattern(n) for n in names)


_G = _alternation(_GREGORIAN)
_H = _alternation(_HIJRI)
# "21 نوفمبر 2020", "8 يناير/كانون الثاني 2020م", "21 من نوفمبر، 2020"
_GREG_DMY = re.compile(
    rf"(?<![\w])(?P<d>{_D}{{1,2}})\s*(?:من\s+)?(?P<m>{_G})(?:\s*[/\-(]\s*(?:{_G})\)?)?"
    rf"\s*[،,]?\s*(?:(?:عام|سنة|لعام)\s+)?(?P<y>{_D}{{4}})(?!{_D})(?:\s*م(?!\w))?"
)
# "نوفمبر 2020", "كانون الثاني/يناير 2020"
_GREG_MY = re.compile(
    rf"(?<![\w])(?P<m>{_G})(?:\s*[/\-(]\s*(?:{_G})\)?)?\s*[،,]?\s*(?:(?:عام|سنة)\s+)?"
    rf"(?P<y>{_D}{{4}})(?!{_D})(?:\s*م(?!\w))?"
)
# "20 رمضان 1436هـ"
_HIJRI_DMY = re.compile(
    rf"(?<![\w])(?P<d>{_D}{{1,2}})\s*(?:من\s+)?(?P<m>{_H})\s*(?P<y>{_D}{{4}})\s*(?:هـ|ه(?!\w))?"
)
_ISO = re.compile(rf"(?<!{_D})(?P<y>{_D}{{4}})[-/.](?P<m>{_D}{{1,2}})[-/.](?P<d>{_D}{{1,2}})(?!{_D})")
_NUMERIC_DMY = re.compile(rf"(?<!{_D})(?P<d>{_D}{{1,2}})[-/.](?P<m>{_D}{{1,2}})[-/.](?P<y>{_D}{{4}})(?!{_D})")


@dataclass(frozen=True)
class DateMatch:
    """A calendar date found in text: `value` is ISO ("YYYY-MM-DD" or "YYYY-MM")."""

    start: int
    end: int
    value: str
    calendar: str  # "gregorian" or "hijri" (value is always Gregorian)

    @property
    def has_day(self) -> bool:
        return len(self.value) == 10


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return date(year, month, day or 1).isoformat()[: 10 if day else 7]
    except ValueError:
        return None


def _hijri_to_iso(year: int, month: int, day: int) -> str | None:
    try:
        from hijridate import Hijri

        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError, ImportError):
        return None


def _number(text: str) -> int:
    return int(to_ascii_digits(text))


def find_dates(text: str) -> list[DateMatch]:
    """Every explicit calendar date in `text` (day-month-year, month-year, numeric, Hijri).

    Relative expressions ("الأربعاء الماضي") are not dates here: they need a reference date.
    Overlapping matches keep the most precise one.
    """
    found: list[DateMatch] = []
    for m in _GREG_DMY.finditer(text):
        month = month_number(m["m"])
        value = month and _iso(_number(m["y"]), month, _number(m["d"]))
        if value:
            found.append(DateMatch(m.start(), m.end(), value, "gregorian"))
    for m in _HIJRI_DMY.finditer(text):
        month = HIJRI_MONTHS.get(normalize(m["m"]))
        value = month and _hijri_to_iso(_number(m["y"]), month, _number(m["d"]))
        if value:
            found.append(DateMatch(m.start(), m.end(), value, "hijri"))
    for pattern in (_ISO, _NUMERIC_DMY):
        for m in pattern.finditer(text):
            value = _iso(_number(m["y"]), _number(m["m"]), _number(m["d"]))
            if value:
                found.append(DateMatch(m.start(), m.end(), value, "gregorian"))
    for m in _GREG_MY.finditer(text):
        month = month_number(m["m"])
        value = month and _iso(_number(m["y"]), month, None)
        if value:
            found.append(DateMatch(m.start(), m.end(), value, "gregorian"))
    return _drop_overlaps(found)


def _drop_overlaps(found: list[DateMatch]) -> list[DateMatch]:
    kept: list[DateMatch] = []
    for match in sorted(found, key=lambda d: (not d.has_day, d.start)):
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda d: d.start)
