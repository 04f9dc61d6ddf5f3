"""Place gazetteer (countries, regions, cities) from the committed `data/places.tsv`.

The file is built by `scripts/build_gazetteer.py` from CLDR, ISO 3166 and GeoNames (CC BY 4.0).
Look-ups are by tuples of `normalize`d words so that multi-word names match longest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from kg.text.normalize import normalize

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Place:
    name_ar: str
    name_en: str
    cls: str  # Country, Region, City (or any ontology class for user entries)
    code: str  # ISO 3166 alpha-2 for countries, GeoNames id for cities
    country: str  # ISO 3166 alpha-2 of the country the place is in
    coarse: str = "LOC"


class Gazetteer:
    """Dictionary of names keyed by normalised word tuples."""

    def __init__(self, entries: list[Place]) -> None:
        self.by_key: dict[tuple[str, ...], Place] = {}
        for p in entries:
            key = tuple(normalize(p.name_ar).split())
            if key and key not in self.by_key:
                self.by_key[key] = p
        self.max_len = max((len(k) for k in self.by_key), default=1)

    def add(self, place: Place, override: bool = True) -> None:
        key = tuple(normalize(place.name_ar).split())
        if key and (override or key not in self.by_key):
            self.by_key[key] = place
            self.max_len = max(self.max_len, len(key))

    def get(self, words: tuple[str, ...]) -> Place | None:
        return self.by_key.get(words)

    def get_spaced(self, words: tuple[str, ...]) -> Place | None:
        """A multi-word spelling of a one-word entry ("بيونغ يانغ" for "بيونغيانغ")."""
        if len(words) < 2:
            return None
        if not hasattr(self, "_joined"):
            self._joined = {k[0]: p for k, p in self.by_key.items() if len(k) == 1}
        return self._joined.get("".join(words))

    def countries(self) -> list[Place]:
        return [p for p in self.by_key.values() if p.cls == "Country"]


def _read_places(path: Path) -> list[Place]:
    rows: list[Place] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("name_ar\t"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 5:
                rows.append(Place(parts[0], parts[1], parts[2], parts[3], parts[4]))
    return rows


# Common Arabic exonyms of countries that CLDR and ISO 3166 spell otherwise (generic geography, as
# COUNTRY_ALIASES in scripts/build_gazetteer.py): "المجر" is the usual news name of Hungary.
EXONYMS: dict[str, str] = {
    "المجر": "HU",
    "روسيا البيضاء": "BY",
    "بيلاروسيا": "BY",
    "البوسنة والهرسك": "BA",
    "البوسنة": "BA",
    "بورما": "MM",
    # official long forms in the news ("وزير حقوق الإنسان بالجمهورية اليمنية")
    "الجمهورية اليمنية": "YE",
    "الجمهورية اللبنانية": "LB",
    "الجمهورية التونسية": "TN",
    "الجمهورية الجزائرية": "DZ",
    "الجمهورية العراقية": "IQ",
    "الجمهورية الإسلامية الإيرانية": "IR",
    "الجمهورية التركية": "TR",
    # what hostile outlets call Israel ("مؤامرات الاستكبار برئاسة أمريكا والكيان الصهيوني")
    "الكيان الصهيوني": "IL",
    "الكيان الإسرائيلي": "IL",
}


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, str]:
    """Bodies the news names without any head a pattern knows (`data/bodies.tsv`): Iraq's Popular
    Mobilisation Forces, the Red Cross, the White Helmets; name -> ontology class."""
    return {r[0]: r[1] for r in _rows("bodies.tsv") if len(r) > 1}


def _with_exonyms(rows: list[Place]) -> list[Place]:
    by_code = {p.code: p for p in rows if p.cls == "Country"}
    extra = [
        Place(name, c.name_en, "Country", code, code)
        for name, code in EXONYMS.items()
        if (c := by_code.get(code)) is not None
    ]
    return rows + extra


def _with_provinces(rows: list[Place]) -> list[Place]:
    """Governorates and named regions (`data/provinces.tsv`) after the generated rows, which win a tie:
    the city list has cities, not the provinces the war news names ("في عدن وتعز ولحج والضالع")."""
    return rows + _read_places(DATA / "provinces.tsv")


@lru_cache(maxsize=1)
def default_places() -> tuple[Place, ...]:
    return tuple(_with_provinces(_with_exonyms(_read_places(DATA / "places.tsv"))))


def _rows(name: str) -> list[list[str]]:
    path = DATA / name
    lines = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Words that start person names (ANERcorp), normalised."""
    return frozenset(r[0] for r in _rows("given_names.txt"))


@lru_cache(maxsize=1)
def strong_given_names() -> frozenset[str]:
    """Given names that are rarely ordinary words: enough to signal a name without a title."""
    return frozenset(r[0] for r in _rows("given_names.txt") if len(r) > 1 and r[1] == "1")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Definite words that are ordinary words, not family names ("المعارضة")."""
    return frozenset(r[0] for r in _rows("common_words.txt"))


@lru_cache(maxsize=1)
def ambiguous_places() -> frozenset[str]:
    """One-word place names that are more often ordinary words ("مالي": Mali / financial), with the
    provinces marked so ("بحجة": on the pretext, not in Hajjah)."""
    marked = (normalize(r[0]) for r in _rows("provinces.tsv") if len(r) > 5 and r[5] == "1")
    return frozenset(r[0] for r in _rows("ambiguous_places.txt")) | frozenset(marked) | ORDINARY_CITY_NAMES


# City names that news Arabic mostly writes as ordinary nouns: "في مشهد ذكّر" (in a scene), not Mashhad.
ORDINARY_CITY_NAMES = frozenset(normalize(w) for w in ("مشهد",))


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Indefinite words that are never part of names in ANERcorp ("جزاء", "أخرى")."""
    return frozenset(r[0] for r in _rows("ordinary_words.txt"))


@lru_cache(maxsize=1)
def movement_names() -> frozenset[str]:
    """Singular names of movements called after a founder or family ("الحوثي"), mined from news by
    scripts/build_movements.py."""
    return frozenset(r[0] for r in _rows("movements.txt"))


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """One-word organisation names the news also writes without their head ("داعش", "النصره"),
    mined by scripts/build_movements.py."""
    return frozenset(r[0] for r in _rows("organisations.txt"))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {"".join(r[0].split()): r[1] for r in _rows("capitals.tsv") if len(r) > 1}


def capital_country(name: str) -> str | None:
    """ISO code of the country whose capital is called `name` ("واشنطن" -> US), spacing ignored."""
    return _capitals().get("".join(normalize(name).split()))


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """Web domain and source name of a news outlet -> its home country (`data/outlets.tsv`)."""
    out: dict[str, str] = {}
    for r in _rows("outlets.tsv"):
        if len(r) > 2:
            out[r[0].lower()] = out[r[1].lower()] = r[2]
    return out


def outlet_country(source: str | None, url: str | None) -> str | None:
    """ISO code of the home country of the outlet that published an article, by its url's host
    (`www.al-madina.com`) or its source name (`almadina`); None for an unknown outlet."""
    host = urlsplit(url or "").hostname or ""
    outlets = _outlets()
    return outlets.get(host.removeprefix("www.")) or outlets.get((source or "").strip().lower())


def load_gazetteer(extra: list[dict] | None = None) -> Gazetteer:
    """The default place gazetteer plus user entries ({name, coarse, cls} dicts, optional name_en)."""
    gaz = Gazetteer(list(default_places()))
    for name, cls in known_bodies().items():
        gaz.add(Place(name, "", cls, "", "", "ORG"), override=False)
    for entry in extra or []:
        coarse = str(entry.get("coarse", "MISC")).upper()
        cls = str(
            entry.get("cls")
            or {"PER": "Person", "ORG": "Organization", "LOC": "Place"}.get(coarse, "OtherEntity")
        )
        gaz.add(Place(entry["name"], str(entry.get("name_en", "")), cls, "", "", coarse))
    return gaz
