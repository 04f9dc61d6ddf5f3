#!/usr/bin/env python3
"""Mine the names of movements called after a founder or family from unlabelled news.

A movement such as the Houthis is often written with a head (`جماعة الحوثي`, `ميليشيات الحوثيين`)
and just as often alone (`أعلن الحوثيون`). The entities stage finds the headed form by pattern; the
lone plural it can only take when it knows the name. This script counts, over the unlabelled
corpora, in how many articles a people's name (`kg.extract.entities.people_name`: a definite
nisba that is no nationality and no ordinary word) follows a movement head, and keeps the names
seen so in at least `MIN_ARTICLES` articles. Nothing is typed in by hand.

Inputs (read from the shared data folder, never committed):
- corpora/antcorpus.tar.gz: ANT multi-source Arabic news (2018)
- corpora/saudinewsnet/zips/*.zip: SaudiNewsNet (2015, CC BY-NC-SA 4.0)

Output (committed, small): kg/extract/data/movements.txt, one singular name and its article count
a line.

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
MIN_ARTICLES = 25
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


def main() -> None:
    shared = Path(
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("KG_SHARED_DATA", ROOT.parent / "shared" / "data")
    )
    counts: Counter[str] = Counter()
    n = 0
    for text in articles(shared):
        counts.update(anchored_names(text))
        n += 1
    if n == 0:
        sys.exit(f"no corpora under {shared}: see ../shared/README.md")
    kept = sorted((w for w, k in counts.items() if k >= MIN_ARTICLES), key=lambda w: -counts[w])
    tmp = OUT.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write("# Movements named after a founder or family, mined by scripts/build_movements.py from the\n")
        f.write(
            f"# ANT corpus and SaudiNewsNet ({n} articles): the name follows a movement head in at least\n"
        )
        f.write(f"# {MIN_ARTICLES} articles. Normalised singular name, number of articles. Do not edit.\n")
        f.writelines(f"{w}\t{counts[w]}\n" for w in kept)
    tmp.replace(OUT)
    print(f"{n} articles, {len(kept)} movement names: {', '.join(kept)}")


if __name__ == "__main__":
    main()
