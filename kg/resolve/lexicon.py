"""Runtime resources of the resolver: name dictionary, place gazetteer, glossary, model.

Everything is read from the derived files in `kg/resolve/data/` (built by
scripts/build_resolve_data.py) once per process and shared through `Lexicon.default()`.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.text.normalize import compact, normalize

from .translit import Transliterator

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Place:
    en: str
    kind: str  # "country", "region" or "city"
    iso: str  # ISO 3166-1 alpha-2 of a country; country code of a city (only when unambiguous)
    geonames: str  # GeoNames id, '' when the Arabic name fits several places

    def links(self) -> dict[str, str]:
        out = {}
        if self.geonames:
            out["geonames"] = self.geonames
        if self.iso and self.kind == "country":
            out["iso3166"] = self.iso
        return out


@dataclass(frozen=True)
class Gloss:
    en: str
    role: str  # "noun", "adj" or "particle"


def _read_gz_tsv(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


@dataclass
class Lexicon:
    data_dir: Path = DATA_DIR
    user: dict[str, object] = field(default_factory=dict)  # compact Arabic -> UserEntry (see userdict)

    @cached_property
    def _name_rows(self) -> list[list[str]]:
        return _read_gz_tsv(self.data_dir / "names.tsv.gz")

    @cached_property
    def names(self) -> dict[str, str]:
        """compact Arabic token -> English spelling."""
        return {row[0]: row[1] for row in self._name_rows}

    @cached_property
    def name_votes(self) -> dict[str, float]:
        """compact Arabic token -> weight of the evidence for its spelling (pairs attesting it)."""
        return {row[0]: float(row[2]) for row in self._name_rows}

    @cached_property
    def places(self) -> dict[str, Place]:
        """normalised Arabic place name -> Place."""
        return {row[0]: Place(*row[1:5]) for row in _read_gz_tsv(self.data_dir / "places.tsv.gz")}

    @cached_property
    def glossary(self) -> dict[str, Gloss]:
        out = {}
        with (self.data_dir / "glossary.tsv").open(encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    ar, en, role = line.rstrip("\n").split("\t")
                    out[normalize(ar)] = Gloss(en, role)
        return out

    @cached_property
    def model(self) -> Transliterator:
        return Transliterator.load(self.data_dir / "translit.tsv.gz")

    @cached_property
    def transliterate(self):  # noqa: ANN201 (an lru_cache-wrapped callable)
        """The model's spelling of one Arabic word, cached: names recur across articles."""
        return lru_cache(maxsize=100_000)(self.model.transliterate)

    def place(self, name: str) -> Place | None:
        """Gazetteer look-up tolerant of the article and of -ية/-يا spellings."""
        n = normalize(name)
        for cand in _place_variants(n):
            if cand in self.places:
                return self.places[cand]
        return None

    @cached_property
    def countries(self) -> dict[str, Place]:
        """ISO 3166 alpha-2 -> the country's Place."""
        return {p.iso: p for p in self.places.values() if p.kind == "country"}

    def name(self, token: str) -> str | None:
        return self.names.get(compact(token))

    def add_user_entries(self, entries: list) -> None:
        for entry in entries:
            for form in [entry.label_ar, *entry.aliases]:
                self.user[compact(form)] = entry

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> Lexicon:
        return Lexicon()


def _place_variants(n: str) -> list[str]:
    out = [n]
    if n.startswith("ال") and len(n) > 4:
        out.append(n[2:])
    else:
        out.append("ال" + n)
    for v in list(out):
        if v.endswith("يه"):
            out.append(v[:-1] + "ا")
    return out
