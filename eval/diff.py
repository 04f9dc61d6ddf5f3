#!/usr/bin/env python3
"""Per-document error listing of a `kg build` output against a gold file (seed format).

It uses the shared scorer's own alias matching (shared/tools/score.py), so what it lists as missed
or spurious is what the scorer counts. Output per document: missed required entities, predicted
entities matching no gold entity, type mismatches, gold events vs predicted events (roles shown as
gold keys; '?name' = a predicted entity with no gold match) and the same for relations.

usage: python eval/diff.py eval/dev_gold.json OUTDIR [--doc DOC_ID] [--scorer PATH/score.py]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def default_scorer() -> Path:
    data = os.environ.get("KG_SHARED_DATA")
    shared = Path(data).parent if data else ROOT.parent / "shared"
    return shared / "tools" / "score.py"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kg_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def match_entities(sc: ModuleType, gold: dict, ents: dict[str, dict], in_doc: list[str]) -> tuple[dict, set]:
    """predicted id -> gold key, and the gold keys matched first-hand (the scorer's greedy order)."""
    cands = []
    for pid in in_doc:
        aliases = sc.entity_aliases(ents[pid])
        for g in gold["entities"]:
            s = sc.alias_score(aliases, g["ar"])
            if s:
                cands.append((s, pid, g["key"]))
    cands.sort(reverse=True)
    p2g: dict[str, str] = {}
    used: set[str] = set()
    for _, pid, key in cands:
        if pid not in p2g and key not in used:
            p2g[pid] = key
            used.add(key)
    for _, pid, key in cands:
        p2g.setdefault(pid, key)
    return p2g, used


def role_names(ids: Iterable[str], p2g: dict[str, str], ents: dict[str, dict]) -> list[str]:
    return sorted({p2g.get(i) or "?" + ents.get(i, {}).get("label_ar", i) for i in ids})


def print_entities(sc: ModuleType, gold: dict, ents: dict[str, dict], in_doc: list[str]) -> dict[str, str]:
    p2g, used = match_entities(sc, gold, ents, in_doc)
    gmap = {g["key"]: g for g in gold["entities"]}
    missed = [g["ar"][0] for g in gold["entities"] if not g.get("optional") and g["key"] not in used]
    print("entities missed:", missed)
    spurious = [(ents[p]["label_ar"], ents[p].get("coarse")) for p in in_doc if p not in p2g]
    print("entities spurious:", spurious)
    wrong = [(ents[p]["label_ar"], ents[p].get("coarse"), gmap[k]["coarse"]) for p, k in p2g.items()
             if (ents[p].get("coarse") or "").upper() != gmap[k]["coarse"] and not gmap[k].get("optional")]
    print("entity types (predicted, gold):", wrong)
    return p2g


def print_facts(sc: ModuleType, gold: dict, facts: list[dict], p2g: dict[str, str], ents: dict) -> None:
    def names(ids: object) -> list[str]:
        return role_names(sc.as_list(ids), p2g, ents)

    print("gold events:")
    for e in gold.get("events", []):
        flag = "opt" if e.get("optional") else "REQ"
        print(f"  {flag} {e['type']} {e.get('mode')} {e['actor']} -> {e['others']} {e.get('date') or ''}")
    print("predicted events:")
    for f in (f for f in facts if f.get("kind") == "event"):
        roles = f"{names(f.get('actor'))} -> {names(f.get('recipient'))} @ {names(f.get('place'))}"
        where = f"{f.get('trigger')} | {f.get('sentence', '')[:160]}"
        print(f"  {f.get('type')} {f.get('mode')} {roles} {f.get('date') or ''} | {where}")
    rels = gold.get("relations", [])
    required = [(r["type"], r["subject"], r["object"]) for r in rels if not r.get("optional")]
    print("gold relations:", required)
    print("predicted relations:")
    for f in (f for f in facts if f.get("kind") == "relation"):
        roles = f"{names(f.get('subject'))} {names(f.get('object'))}"
        print(f"  {f.get('type')} {roles} | {f.get('sentence', '')[:160]}")


def print_doc(sc: ModuleType, gold: dict, ents: dict[str, dict], facts: list[dict]) -> None:
    in_doc = [pid for pid, e in ents.items() if gold["doc"] in sc.as_list(e.get("docs"))]
    print(f"===== {gold['doc']}")
    p2g = print_entities(sc, gold, ents, in_doc)
    print_facts(sc, gold, facts, p2g, ents)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("outdir")
    ap.add_argument("--doc", help="only this document")
    ap.add_argument("--scorer", default=str(default_scorer()), help="path to shared/tools/score.py")
    args = ap.parse_args(argv)
    sc = load_scorer(Path(args.scorer))
    golds = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    golds = golds if isinstance(golds, list) else [golds]
    ents = {e["id"]: e for e in sc.load_jsonl(f"{args.outdir}/entities.jsonl")}
    facts = sc.load_jsonl(f"{args.outdir}/facts.jsonl")
    for gold in golds:
        if args.doc and gold["doc"] != args.doc:
            continue
        print_doc(sc, gold, ents, [f for f in facts if f.get("doc") == gold["doc"]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
