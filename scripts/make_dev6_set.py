#!/usr/bin/env python3
"""Write the sixth development set (the articles annotated in eval/dev6_gold.json) as JSONL.

Four ANT corpus articles drawn at random (seeded) among those no earlier set uses, one per outlet,
annotated before any pipeline run on them; read as make_dev5_set.py reads its ANT articles.
Nothing is committed from the corpus.

usage: python scripts/make_dev6_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import sys

# Run as a script, this folder is on sys.path: reuse the fifth set's reader and the shared writer.
import make_dev2_set
import make_dev5_set
from make_dev_set import run_dev_set


def main(argv: list[str] | None = None) -> int:
    return run_dev_set("dev6", __doc__, [make_dev2_set.TARBALL], make_dev5_set.build_records, argv)


if __name__ == "__main__":
    sys.exit(main())
