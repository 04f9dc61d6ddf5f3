"""Calendar words of Arabic news: month names (MSA, Levantine/Iraqi, Maghrebi, Egyptian
transliterations, Hijri) and weekdays. Keys are `normalize`d forms.

This is generic language knowledge (like a tokenizer's exception table), shared by
the dateline parser in ingest and by event dating in extraction.
"""

from __future__ import annotations

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
