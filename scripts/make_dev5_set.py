#!/usr/bin/env python3
"""Write the fifth development set (the articles annotated in eval/dev5_gold.json) as JSONL.

Two kinds of documents, told apart by their gold "doc" id: ANT corpus DOCNOs (BB-/CN-/FR-/SK-...)
read from corpora/antcorpus.tar.gz as make_dev2_set.py does, and file stems of the SaudiNewsNet
held-out political sample (snn_NNN_SOURCE) read as make_dev_set.py does. The articles were drawn at
random (seeded) among those no earlier set uses, one per ANT outlet and two from the sample, and
annotated before any pipeline run on them. Nothing is committed from either corpus.

usage: python scripts/make_dev5_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder is on sys.path: reuse the earlier sets' readers and the shared writer.
import make_dev2_set
import make_dev_set


def build_records(data: Path, doc_ids: list[str]) -> list[dict[str, str]]:
    """Records in gold order; ANT ones are read in one pass over the tarball."""
    sample = [d for d in doc_ids if d.startswith("snn_")]
    ant = [d for d in doc_ids if d not in sample]
    records = make_dev2_set.build_records(data / make_dev2_set.TARBALL, ant)
    records += make_dev_set.build_records(data / make_dev_set.SAMPLE, sample)
    by_id = {r["id"]: r for r in records}
    return [by_id[d] for d in doc_ids]


def main(argv: list[str] | None = None) -> int:
    inputs = [make_dev2_set.TARBALL, make_dev_set.SAMPLE]
    return make_dev_set.run_dev_set("dev5", __doc__, inputs, build_records, argv)


if __name__ == "__main__":
    sys.exit(main())
