#!/usr/bin/env python3
"""Mine from unlabelled news the names of movements and organisations that are written alone.

A movement such as the Houthis is often written with a head (`جماعة الحوثي`, `ميليشيات الحوثيين`)
and just as often alone (`أعلن الحوثيون`). The entities stage finds the headed form by pattern; the
lone plural it can only take when it knows the name. This script counts, over the unlabelled
corpora, in how many articles a people's name (`kg.extract.entities.people_name`: a definite
nisba that is no nationality and no ordinary word) follows a movement head, and keeps the names
seen so in at least `MIN_ARTICLES` articles. Nothing is typed in by hand.

The same pass mines one-word organisation names that the news also writes without their head
(`تنظيم داعش` / `داعش`, `جبهة النصرة` / `النصرة`, `حركة حماس` / `حماس`): a word that follows an
organisation head (`ORG_HEADS`) in at least `MIN_ARTICLES` articles and in at least `MIN_SHARE` of all
its occurrences, that ends the name there (no one word follows it in half of those uses: not
`حزب العمال الكردستاني`, `أحرار الشام`), that is no plural of people (`المحافظين` "the governors")
nor a people's name (`الحوثي` alone is also a family name; the movement list covers those) and,
when it has the article, whose indefinite form is rarer than its headed uses (`القاعدة` is also
a base, `قاعدة عسكرية`).

Inputs (read from the shared data folder, never committed):
- corpora/antcorpus.tar.gz: ANT multi-source Arabic news (2018)
- corpora/saudinewsnet/zips/*.zip: SaudiNewsNet (2015, CC BY-NC-SA 4.0)

Output (committed, small): kg/extract/data/movements.txt, one singular name and its article count
a line; kg/extract/data/organisations.txt, one normalised name and its article count a line.

usage: python scripts/build_movements.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import json
import os
import re
import sys
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kg.extract.entities import MOVEMENT_HEADS, people_name  # noqa: E402
from kg.text.normalize import normalize  # noqa: E402

OUT = ROOT / "kg" / "extract" / "data" / "movements.txt"
ORG_OUT = ROOT / "kg" / "extract" / "data" / "organisations.txt"
MIN_ARTICLES = 25
MIN_SHARE = 0.35
ORG_HEADS = frozenset(
    normalize(w)
    for w in ("تنظيم", "حركة", "جماعة", "جبهة", "حزب", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "كتائب")
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def articles(shared: Path) -> Iterator[str]:
    """Texts of the ANT and SaudiNewsNet articles found under `shared` (either may be missing)."""
    ant = shared / "corpora" / "antcorpus.tar.gz"
    if ant.exists():
        with tarfile.open(ant) as tar:
            for member in tar:
                if member.isfile() and (f := tar.extractfile(member)) is not None:
                    yield f.read().decode("utf-8", "ignore")
    for path in sorted((shared / "corpora" / "saudinewsnet" / "zips").glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for rec in json.loads(z.read(name)):
                    yield f"{rec.get('title') or ''}\n{rec.get('content') or ''}"


def anchored_names(text: str) -> set[str]:
    """Singular people's names that follow a movement head in one text (`جماعة الحوثيين` -> الحوثي)."""
    words = [normalize(w) for w in _ARABIC_WORD.findall(text)]
    found = set()
    for head, name in zip(words, words[1:], strict=False):
        if head[1:] in MOVEMENT_HEADS and head[0] in "وبلف":
            head = head[1:]
        if head in MOVEMENT_HEADS and people_name(name):
            found.add(name[:-2] if name.endswith(("يين", "يون")) else name)
    return found


class OrgCounts:
    """Per word: articles and occurrences after an organisation head, all occurrences, and the word
    that follows its headed uses."""

    def __init__(self) -> None:
        self.articles: Counter[str] = Counter()
        self.headed: Counter[str] = Counter()
        self.total: Counter[str] = Counter()
        self.next_words: dict[str, Counter[str]] = {}

    def add(self, text: str) -> None:
        words = [normalize(w) for w in _ARABIC_WORD.findall(text)]
        self.total.update(words)
        seen = set()
        for i in range(1, len(words)):
            head = words[i - 1]
            if head in ORG_HEADS or (head[:1] in "وبلف" and head[1:] in ORG_HEADS):
                self.headed[words[i]] += 1
                seen.add(words[i])
                if i + 1 < len(words):
                    self.next_words.setdefault(words[i], Counter())[words[i + 1]] += 1
        self.articles.update(seen)

    def names(self) -> list[str]:
        kept = []
        for w, n in self.articles.items():
            following = self.next_words.get(w, Counter())
            top = following.most_common(1)[0][1] if following else 0
            indefinite = self.total[w[2:]] if w.startswith("ال") else 0
            if (
                n >= MIN_ARTICLES
                and self.headed[w] >= MIN_SHARE * self.total[w]
                and top < 0.5 * self.headed[w]
                and not w.endswith(("ين", "ون"))
                and not people_name(w)  # `الحوثي` alone is as often the leader's family name
                and indefinite < self.headed[w]
            ):
                kept.append(w)
        return sorted(kept, key=lambda w: -self.articles[w])


def _write(path: Path, header: list[str], rows: list[str]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.writelines(f"# {line}\n" for line in header)
        f.writelines(f"{row}\n" for row in rows)
    tmp.replace(path)


def main() -> None:
    shared = Path(
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("KG_SHARED_DATA", ROOT.parent / "shared" / "data")
    )
    counts: Counter[str] = Counter()
    orgs = OrgCounts()
    n = 0
    for text in articles(shared):
        counts.update(anchored_names(text))
        orgs.add(text)
        n += 1
    if n == 0:
        sys.exit(f"no corpora under {shared}: see ../shared/README.md")
    kept = sorted((w for w, k in counts.items() if k >= MIN_ARTICLES), key=lambda w: -counts[w])
    source = f"ANT corpus and SaudiNewsNet ({n} articles)"
    _write(
        OUT,
        [
            "Movements named after a founder or family, mined by scripts/build_movements.py from the",
            f"{source}: the name follows a movement head in at least",
            f"{MIN_ARTICLES} articles. Normalised singular name, number of articles. Do not edit.",
        ],
        [f"{w}\t{counts[w]}" for w in kept],
    )
    names = orgs.names()
    _write(
        ORG_OUT,
        [
            "Organisations written without their head, mined by scripts/build_movements.py from the",
            f"{source}: the name follows an organisation head in at least",
            f"{MIN_ARTICLES} articles and {MIN_SHARE:.0%} of its uses (criteria in the script). Normalised",
            "name, number of articles. Do not edit.",
        ],
        [f"{w}\t{orgs.articles[w]}" for w in names],
    )
    print(f"{n} articles, {len(kept)} movement names: {', '.join(kept)}; organisations: {', '.join(names)}")


if __name__ == "__main__":
    main()
