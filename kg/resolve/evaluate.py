"""Measure the transliteration model on the held-out name pairs.

    python -m kg.resolve.evaluate --data ../shared/data [--limit N] [--model PATH]

For each source, the test split (Wikidata names: wd_arabic_20; Google ar2en: ar2en-test;
ANETAC: the 10 % hash split) is grouped by Arabic word; a prediction is an exact match
when it equals any of the English spellings given for that word (case-insensitive, a-z
only), and the character error rate is the edit distance to the closest spelling over
its length. "unseen" restricts to Arabic words that occur in no training pair of any
source, which is what the model meets on new articles (known words come from the
name dictionary instead).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .lexicon import DATA_DIR
from .sources import all_pairs
from .translit import Transliterator, latin_key


def score(model: Transliterator, items: list[tuple[str, set[str]]]) -> dict[str, float]:
    exact, errors, chars = 0, 0, 0
    for ar, refs in items:
        guess = model.transliterate(ar)
        best = min(refs, key=lambda r: (Levenshtein.distance(guess, r), r))
        exact += guess in refs
        errors += Levenshtein.distance(guess, best)
        chars += len(best)
    n = len(items)
    return {
        "words": n,
        "exact": round(exact / n, 3) if n else 0.0,
        "cer": round(errors / chars, 3) if chars else 0.0,
    }


def held_out_sets(data: Path) -> dict[str, dict[str, list[tuple[str, set[str]]]]]:
    pairs = all_pairs(data)
    train = {p.ar for p in pairs if p.split == "train"}
    refs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in pairs:
        key = latin_key(p.en)
        if p.split == "test" and key:
            refs[p.source][p.ar].add(key)
    out = {}
    for source, by_ar in sorted(refs.items()):
        items = sorted(by_ar.items())
        out[source] = {"all": items, "unseen": [(a, r) for a, r in items if a not in train]}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_data = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--model", type=Path, default=DATA_DIR / "translit.tsv.gz")
    ap.add_argument("--sources", default="anetac,google,wikidata", help="comma-separated sources to score")
    ap.add_argument("--limit", type=int, default=2000, help="words sampled per source and subset (0 = all)")
    args = ap.parse_args(argv)
    model = Transliterator.load(args.model)
    results: dict[str, dict[str, dict[str, float]]] = {}
    rng = random.Random(0)
    t = time.time()
    for source, subsets in held_out_sets(args.data).items():
        if source not in args.sources.split(","):
            continue
        for subset, items in subsets.items():
            if args.limit and len(items) > args.limit:
                items = rng.sample(items, args.limit)
            results.setdefault(source, {})[subset] = score(model, items)
    print(json.dumps(results, indent=1))
    print(f"({time.time() - t:.0f}s)", file=sys.stderr)


if __name__ == "__main__":
    main()
