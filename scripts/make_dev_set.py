#!/usr/bin/env python3
"""Write the development articles (the ones annotated in eval/dev_gold.json) as one JSONL file.

The articles come from the SaudiNewsNet held-out political sample in the shared data folder
(CC BY-NC-SA 4.0); they are never committed. Each output line is
{"id", "text", "date", "source", "url"} with "id" = the file stem, matching the gold "doc".

usage: python scripts/make_dev_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path("corpora") / "saudinewsnet" / "heldout_political_sample"


def default_data_root() -> Path:
    env = os.environ.get("KG_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def read_index(sample_dir: Path) -> dict[str, dict[str, str]]:
    """file stem -> {"source", "date", "url"} from index.tsv (file, source, date time, url)."""
    rows: dict[str, dict[str, str]] = {}
    with open(sample_dir / "index.tsv", encoding="utf-8", newline="") as f:
        for name, source, stamp, url in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows[Path(name).stem] = {"source": source, "date": stamp.strip().replace(" ", "T"), "url": url}
    return rows


def gold_doc_ids(gold_path: Path) -> list[str]:
    docs = json.loads(gold_path.read_text(encoding="utf-8"))
    return [d["doc"] for d in (docs if isinstance(docs, list) else [docs])]


def build_records(sample_dir: Path, doc_ids: list[str]) -> list[dict[str, str]]:
    index = read_index(sample_dir)
    records = []
    for doc_id in doc_ids:
        if doc_id not in index:
            raise SystemExit(f"{doc_id}: not in {sample_dir / 'index.tsv'}")
        text = (sample_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
        records.append({"id": doc_id, "text": text, **index[doc_id]})
    return records


def run_dev_set(
    name: str,
    description: str,
    inputs: list[Path],
    build: Callable[[Path, list[str]], list[dict[str, str]]],
    argv: list[str] | None = None,
) -> int:
    """The command line shared by the dev-set scripts: `[OUT.jsonl] [--data DIR] [--gold GOLD]`.
    `inputs` are paths under the data folder that must exist; `build(data, doc_ids)` makes the records."""
    ap = argparse.ArgumentParser(description=description.splitlines()[0])
    ap.add_argument("out", nargs="?", default=str(ROOT / "training" / name / "articles.jsonl"))
    ap.add_argument("--data", default=str(default_data_root()), help="shared data folder")
    gold = ROOT / "eval" / f"{name}_gold.json"
    ap.add_argument("--gold", default=str(gold), help="gold naming the articles")
    args = ap.parse_args(argv)
    data = Path(args.data)
    missing = [data / p for p in inputs if not (data / p).exists()]
    if missing:
        print(f"missing {missing[0]}: point --data at the shared data folder", file=sys.stderr)
        return 2
    write_records(build(data, gold_doc_ids(Path(args.gold))), Path(args.out))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_dev_set("dev", __doc__, [SAMPLE], lambda data, ids: build_records(data / SAMPLE, ids), argv)


def write_records(records: list[dict[str, str]], out: Path) -> None:
    """Write article records as JSONL, one per line (also used by make_dev2_set.py)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {out}")


if __name__ == "__main__":
    sys.exit(main())
