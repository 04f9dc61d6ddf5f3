"""`python -m kg.eval seed [--gold PATH] [--out DIR]`,
`python -m kg.eval gsr --type ASSAULT|PROTEST [--split dev|check|all]` and
`python -m kg.eval crossfit [--folds 5]` (held-out GSR scores by k-fold cross-fitting)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .runner import gsr_scores, seed_scores


def _threshold(value: str) -> float | str:
    return value if value == "calibrated" else float(value)


THRESHOLD_HELP = (
    "event threshold: a number or 'calibrated' (per-category, GSR tuning part); default: the pipeline's"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.eval", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    seed = sub.add_parser("seed", help="score the seed article against its gold annotation")
    seed.add_argument("--gold", type=Path)
    seed.add_argument("--article", type=Path)
    seed.add_argument("--out", type=Path)
    gsr = sub.add_parser("gsr", help="sentence-level event detection on the Arabic event GSR")
    gsr.add_argument("--type", required=True, choices=["ASSAULT", "PROTEST"], type=str.upper)
    gsr.add_argument("--split", default="dev", choices=["dev", "check", "all"])
    gsr.add_argument("--out", type=Path)
    cross = sub.add_parser(
        "crossfit", help="GSR detection, models refitted on one part and scored on the other"
    )
    cross.add_argument("--folds", type=int, default=5, help="number of folds (2: the dev / check parts)")
    cross.add_argument("--full", action="store_true", help="run every stage (also nlp and labels)")
    cross.add_argument("--json", action="store_true")
    for p in (seed, gsr):
        p.add_argument("--full", action="store_true", help="run every stage (also nlp and labels)")
        p.add_argument("--min-confidence", default=None, type=_threshold, help=THRESHOLD_HELP)
        p.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.command == "crossfit":
        return _crossfit(args, started)
    if args.command == "seed":
        res = seed_scores(args.gold, args.out, args.article, args.min_confidence, not args.full)
        line = (
            f"entities F1={res['entities']['f1']} typed F1={res['entities_typed']['f1']} "
            f"dups={res['entity_duplicates']} events F1={res['events']['f1']} "
            f"(P={res['events']['p']} R={res['events']['r']}) dates={res['event_dates']} "
            f"relations F1={res['relations']['f1']}"
        )
    else:
        res = gsr_scores(args.type, args.split, args.out, not args.full, args.min_confidence)
        line = (
            f"{res['type']} detection ({args.split}, {res['sentences']} sentences) "
            f"P={res['p']} R={res['r']} F1={res['f1']} tp={res['tp']} fp={res['fp']} fn={res['fn']}"
        )
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    print(f"{line}  [{time.perf_counter() - started:.1f}s]")
    return 0


def _crossfit(args: argparse.Namespace, started: float) -> int:
    from .crossfit import crossfit_scores

    res = crossfit_scores(args.folds, fast=not args.full)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    for etype, r in res.items():
        turns = " ".join(f"{k}: F1={v['f1']}" for k, v in r["turns"].items())
        print(f"{etype} detection (cross-fitted, whole development half) P={r['p']} R={r['r']} "
              f"F1={r['f1']} tp={r['tp']} fp={r['fp']} fn={r['fn']}  [{turns}]")
    print(f"[{time.perf_counter() - started:.1f}s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
