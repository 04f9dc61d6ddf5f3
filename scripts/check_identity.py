#!/usr/bin/env python3
"""Report how well a build's entity identities hold together.

    python scripts/check_identity.py OUT_DIR [--examples 10]

Reads OUT_DIR/entities.jsonl (and OUT_DIR/entities-registry.json when present) and prints:
- per-article entities (no cross-document identity) vs entities: distinct IRIs;
- names: distinct (type, normalised Arabic label) pairs;
- split names: names carried by more than one IRI, and the surplus IRIs they cause
  (0 means every spelling of a name ended in one node; run on a build before and after
  resolution to compare);
- merges by rule from the registry (same-name, partial-name, partial-name-context,
  ambiguous, user-dictionary).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.text.normalize import compact  # noqa: E402


def split_names(records: list[dict]) -> dict[tuple[str, str], set[str]]:
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec in records:
        by_name[(rec.get("coarse") or "", compact(rec.get("label_ar") or ""))].add(rec["id"])
    return by_name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--examples", type=int, default=10)
    args = ap.parse_args()
    path = args.out_dir / "entities.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_name = split_names(records)
    split = {k: v for k, v in by_name.items() if len(v) > 1}
    per_article = sum(len(r.get("docs") or [None]) for r in records)
    print(f"per-article entities (what separate articles would give): {per_article}")
    print(f"entities (IRIs): {len({r['id'] for r in records})}")
    print(f"names (type + normalised label): {len(by_name)}")
    surplus = sum(len(v) - 1 for v in split.values())
    print(f"names on more than one IRI: {len(split)} (surplus IRIs: {surplus})")
    for (coarse, name), iris in sorted(split.items(), key=lambda kv: -len(kv[1]))[: args.examples]:
        print(f"  {coarse} {name}: {len(iris)} IRIs")
    registry = args.out_dir / "entities-registry.json"
    if registry.exists():
        merges = json.loads(registry.read_text(encoding="utf-8")).get("merges", [])
        rules = Counter(m["rule"] for m in merges)
        print("registry decisions:", ", ".join(f"{r}={n}" for r, n in sorted(rules.items())) or "none")


if __name__ == "__main__":
    main()
