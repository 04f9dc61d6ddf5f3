#!/usr/bin/env python3
"""Write the fourth development set (the articles annotated in eval/dev4_gold.json) as JSONL.

The documents are named as in the third set: ANT corpus DOCNOs (BB-/CN-/FR-/SK-...) read from
corpora/antcorpus.tar.gz, and SaudiNewsNet articles "snn-YYYY-MM-DD-INDEX-SOURCE" read from
corpora/saudinewsnet/zips/ (INDEX = position in that day's array, SOURCE checked). The readers are
those of make_dev3_set.py; only the set name differs. Nothing is committed from either corpus. Each
output line is {"id", "text", "date", "source", "url"}, "id" being the gold "doc" and "text" the
title, a blank line, then the body.

usage: python scripts/make_dev4_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import sys

# Run as a script, this folder is on sys.path: reuse the third set's readers and the shared writer.
import make_dev2_set
import make_dev3_set
from make_dev_set import run_dev_set


def main(argv: list[str] | None = None) -> int:
    inputs = [make_dev2_set.TARBALL, make_dev3_set.SNN_ZIPS]
    return run_dev_set("dev4", __doc__, inputs, make_dev3_set.build_records, argv)


if __name__ == "__main__":
    sys.exit(main())
