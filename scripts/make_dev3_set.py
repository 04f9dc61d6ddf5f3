#!/usr/bin/env python3
"""Write the third development set (the articles annotated in eval/dev3_gold.json) as JSONL.

Two kinds of documents, told apart by their gold "doc" id:
- ANT corpus DOCNOs (BB-/CN-/FR-/SK-...), read from corpora/antcorpus.tar.gz as make_dev2_set.py does;
- SaudiNewsNet articles outside the held-out political sample, named "snn-YYYY-MM-DD-INDEX-SOURCE":
  INDEX is the article's position in the array of zips/YYYY-MM-DD.zip, SOURCE its "source" field
  (checked, so that a changed zip is noticed rather than silently giving another article).
Nothing is committed from either corpus. Each output line is {"id", "text", "date", "source", "url"},
"id" being the gold "doc" and "text" the title, a blank line, then the body.

usage: python scripts/make_dev3_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

# Run as a script, this folder is on sys.path: reuse the earlier sets' readers and writer.
import make_dev2_set
from make_dev_set import run_dev_set

SNN_ZIPS = Path("corpora") / "saudinewsnet" / "zips"
SNN_ID = re.compile(r"snn-(\d{4}-\d{2}-\d{2})-(\d+)-(\w+)$")


def snn_record(zips_dir: Path, doc_id: str) -> dict[str, str]:
    """One SaudiNewsNet article named snn-DAY-INDEX-SOURCE -> record."""
    m = SNN_ID.match(doc_id)
    if not m:
        raise SystemExit(f"{doc_id}: not an snn-YYYY-MM-DD-INDEX-SOURCE id")
    day, index, source = m.group(1), int(m.group(2)), m.group(3)
    with zipfile.ZipFile(zips_dir / f"{day}.zip") as zf:
        articles = json.loads(zf.read(f"{day}.json").decode("utf-8"))
    if index >= len(articles) or articles[index].get("source") != source:
        raise SystemExit(f"{doc_id}: article {index} of {day}.zip is missing or not from {source}")
    art = articles[index]
    text = f"{(art.get('title') or '').strip()}\n\n{art['content'].strip()}\n"
    stamp = (art.get("date_extracted") or "").strip().replace(" ", "T")
    return {"id": doc_id, "text": text, "date": stamp, "source": source, "url": art.get("url", "")}


def build_records(data: Path, doc_ids: list[str]) -> list[dict[str, str]]:
    """Records in gold order; ANT ones are read in one pass over the tarball."""
    ant_ids = [d for d in doc_ids if not d.startswith("snn-")]
    ant = {r["id"]: r for r in make_dev2_set.build_records(data / make_dev2_set.TARBALL, ant_ids)}
    return [ant[d] if d in ant else snn_record(data / SNN_ZIPS, d) for d in doc_ids]


def main(argv: list[str] | None = None) -> int:
    return run_dev_set("dev3", __doc__, [make_dev2_set.TARBALL, SNN_ZIPS], build_records, argv)


if __name__ == "__main__":
    sys.exit(main())
