"""Nationality (nisba) adjectives derived by rule from the country gazetteer.

`إيران` gives `إيراني`, `سوريا` gives `سوري`, `السعودية` gives `سعودي`; each with its feminine,
plural and definite forms (`الإيرانية`, `إيرانيون`, ...). A small table covers countries whose
adjective is not derived from the name (`الولايات المتحدة` -> `أمريكي`).

    country_of_adjective("الأمريكية")   # -> Place(name_ar="الولايات المتحدة", code="US", ...)
"""

from __future__ import annotations

from functools import lru_cache

from kg.model import Document
from kg.text.normalize import normalize

from .gazetteer import Place, default_places

# Adjective stems that are not derived from the country name (normalised, without ال).
_EXCEPTIONS: dict[str, list[str]] = {
    "US": ["امريكي", "اميركي"],
    "GB": ["بريطاني"],
    "AF": ["افغاني"],
    "AE": ["اماراتي"],
    "PS": ["فلسطيني"],
    "KR": ["كوري"],
    "NL": ["هولندي"],
    "CZ": ["تشيكي"],
    "PH": ["فلبيني"],
    "GR": ["يوناني"],
}
# Peoples named by a broken plural (`الروس`, `الأتراك`), normalised, without ال.
_BROKEN_PLURALS: dict[str, list[str]] = {"RU": ["روس"], "TR": ["اتراك"], "DE": ["المان"], "AF": ["افغان"]}
# Derived stems that collide with ordinary adjectives and must not be read as nationalities.
_BLOCKED = {"عالمي", "عربي", "جنوبي", "شمالي", "شرقي", "غربي", "وسطي", "متحدي", "جديدي", "عامي"}


def _stem(name: str) -> str | None:
    """Masculine nisba stem of a single-word country name (normalised, no article)."""
    n = normalize(name)
    if " " in n:
        return None
    if name.startswith("ال"):  # the article, not a hamza-initial name ("ألمانيا")
        n = n[2:]
    if n.endswith("يه"):  # السعودية -> سعودي
        return n[:-1]
    if n.endswith("يا") and len(n) > 4:
        return n[:-2] + "ي"
    if n.endswith(("ا", "ه")):
        return n[:-1] + "ي"
    return n + "ي"


def _forms(stem: str) -> set[str]:
    """Masculine, feminine, dual and plural forms, with and without the article."""
    bases = {stem, stem + "ه", stem + "ون", stem + "ين", stem + "ان", stem + "تان", stem + "تين", stem + "ات"}
    return bases | {"ال" + b for b in bases}


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    countries = [p for p in default_places() if p.cls == "Country"]
    by_code: dict[str, Place] = {}
    for p in countries:
        by_code.setdefault(p.code, p)  # first row per code is the CLDR name
    table: dict[str, Place] = {}
    for p in countries:
        stem = _stem(p.name_ar)
        if stem and stem not in _BLOCKED and len(stem) >= 4:
            for form in _forms(stem):
                table.setdefault(form, by_code[p.code])
    for code, stems in _EXCEPTIONS.items():
        if code in by_code:
            for stem in stems:
                for form in _forms(stem):
                    table[form] = by_code[code]
    for code, plurals in _BROKEN_PLURALS.items():
        if code in by_code:
            for plural in plurals:
                table[plural] = table["ال" + plural] = by_code[code]
    return table


def country_of_adjective(word: str) -> Place | None:
    """The country a nationality adjective refers to (`"الإيرانية"` -> Iran), else None.

    Accepts any spelling variant (hamza, taa marbuta); a leading conjunction/preposition
    (`والأمريكية`) is tolerated.
    """
    n = normalize(word)
    table = _table()
    if n in table:
        return table[n]
    if len(n) > 4 and n[0] in "وفبلك" and n[1:] in table:
        return table[n[1:]]
    return None


def is_nisba(word_norm: str) -> bool:
    """True when a normalised word is a nationality adjective."""
    return word_norm in _table()


def country_entity(doc: Document, word: str) -> str | None:
    """Key of the document entity for the country a nationality adjective names (`"أمريكية"` -> the
    key of the United States entity), or None when the article has no entity for that country."""
    place = country_of_adjective(word)
    if place is None:
        return None
    for e in doc.entities:
        if e.cls == "Country" and e.links.get("iso3166") == place.code:
            return e.key
    return None
