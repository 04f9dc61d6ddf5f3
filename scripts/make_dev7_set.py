#!/usr/bin/env python3
"""Write the seventh development set (the articles annotated in eval/dev7_gold.json) as JSONL.

Four ANT corpus articles (one per outlet, middleEast section) and two articles of the SaudiNewsNet
held-out political sample, drawn at random (seed 20261130) among those no earlier set uses and
annotated before any pipeline run on them; read as make_dev5_set.py reads its two kinds of
documents. Nothing is committed from either corpus.

usage: python scripts/make_dev7_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import sys

# Run as a script, this folder is on sys.path: reuse the fifth set's reader and the shared writer.
import make_dev2_set
import make_dev5_set
from make_dev_set import SAMPLE, run_dev_set


def main(argv: list[str] | None = None, name: str = "dev7", description: str = __doc__) -> int:
    inputs = [make_dev2_set.TARBALL, SAMPLE]
    return run_dev_set(name, description, inputs, make_dev5_set.build_records, argv)


if __name__ == "__main__":
    sys.exit(main())
