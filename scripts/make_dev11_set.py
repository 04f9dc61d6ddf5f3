#!/usr/bin/env python3
"""Write the eleventh development set (the articles annotated in eval/dev11_gold.json) as JSONL.

Drawn like the seventh set (four ANT articles, one per outlet, and two of the SaudiNewsNet held-out
political sample, seed 20261203, among those no earlier set uses) and annotated before any pipeline
run on them; read as make_dev7_set.py reads them. Nothing is committed from either corpus.

usage: python scripts/make_dev11_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import sys

# Run as a script, this folder is on sys.path: the seventh set's command with this set's name.
import make_dev7_set


def main(argv: list[str] | None = None) -> int:
    return make_dev7_set.main(argv, name="dev11", description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
