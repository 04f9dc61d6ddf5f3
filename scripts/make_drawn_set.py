#!/usr/bin/env python3
"""Write one of the development sets drawn at random (dev8 … dev81) as JSONL, from its gold file.

Each set holds four ANT corpus articles (one per outlet, middleEast section) and two of the
SaudiNewsNet held-out political sample, drawn at random with the seed below among the articles no
earlier set uses, and annotated in eval/<set>_gold.json before any pipeline run on them. The
held-out sample's 150 articles are all used by dev75, so from dev76 on a set holds six ANT articles:
one per outlet and two more drawn among all four. They are read as make_dev7_set.py reads the
seventh set, drawn the same way. Nothing is committed from either corpus.

usage: python scripts/make_drawn_set.py SET [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import sys

# Run as a script, this folder is on sys.path: the seventh set's command, with another set's name.
import make_dev7_set

SEEDS = {
    "dev8": 202611308,
    "dev9": 20261201,
    "dev10": 20261202,
    "dev11": 20261203,
    "dev12": 20261204,
    "dev13": 20261205,
    "dev14": 20261206,
    "dev15": 20261207,
    "dev16": 20261208,
    "dev17": 20261209,
    "dev18": 20261210,
    "dev19": 20261211,
    "dev20": 20261212,
    "dev21": 20261213,
    "dev22": 20261214,
    "dev23": 20261215,
    "dev24": 20261216,
    "dev25": 20261217,
    "dev26": 20261218,
    "dev27": 20261219,
    "dev28": 20261220,
    "dev29": 20261221,
    "dev30": 20261222,
    "dev31": 20261223,
    "dev32": 20261224,
    "dev33": 20261225,
    "dev34": 20261226,
    "dev35": 20261227,
    "dev36": 20261228,
    "dev37": 20261229,
    "dev38": 20261230,
    "dev39": 20261231,
    "dev40": 20270101,
    "dev41": 20270102,
    "dev42": 20270103,
    "dev43": 20270104,
    "dev44": 20270105,
    "dev45": 20270106,
    "dev46": 20270107,
    "dev47": 20270108,
    "dev48": 20270109,
    "dev49": 20270110,
    "dev50": 20270111,
    "dev51": 20270112,
    "dev52": 20270113,
    "dev53": 20270114,
    "dev54": 20270115,
    "dev55": 20270116,
    "dev56": 20270117,
    "dev57": 20270118,
    "dev58": 20270119,
    "dev59": 20270120,
    "dev60": 20270121,
    "dev61": 20270122,
    "dev62": 20270123,
    "dev63": 20270124,
    "dev64": 20270125,
    "dev65": 20270126,
    "dev66": 20270127,
    "dev67": 20270128,
    "dev68": 20270129,
    "dev69": 20270130,
    "dev70": 20270131,
    "dev71": 20270201,
    "dev72": 20270202,
    "dev73": 20270203,
    "dev74": 20270204,
    "dev75": 20270205,
    "dev76": 20270206,
    "dev77": 20270207,
    "dev78": 20270208,
    "dev79": 20270209,
    "dev80": 20270210,
    "dev81": 20270211,
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in SEEDS:
        usage = "usage: make_drawn_set.py SET [OUT.jsonl] [--data DIR] [--gold GOLD]"
        print(f"{usage}; SET is one of {', '.join(SEEDS)}", file=sys.stderr)
        return 2
    return make_dev7_set.main(args[1:], name=args[0], description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
