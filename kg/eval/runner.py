"""Run the pipeline on evaluation data and score it with the shared scorer.

    seed_scores()                    # the seed article against its gold annotation
    gsr_scores("ASSAULT", "dev")     # sentence-level detection on one part of the GSR

Both build with `kg.build.build` (no store, no HTML) into a temporary or given folder and
call the scorer's own functions, so the numbers are exactly those of `score.py`.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import tempfile
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.pipeline import Pipeline, find_pipeline_file, load_pipeline, registered_stages

from .data import gsr_csv, gsr_rows, scorer_path, shared_root

# Stages that only add labels, links or parses are not needed to detect events in the GSR.
FAST_SKIP = ("nlp", "labels")


def load_scorer(path: Path | None = None) -> ModuleType:
    path = path or scorer_path()
    if not path.exists():
        raise FileNotFoundError(f"scorer not found at {path} (set KG_SCORER or KG_SHARED_DATA)")
    spec = importlib.util.spec_from_file_location("kg_shared_scorer", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def make_pipeline(
    name: str = "default",
    skip: tuple[str, ...] = (),
    min_confidence: Any = None,
    event_models: dict[str, str] | None = None,
) -> Pipeline:
    """The named pipeline without `skip` stages and without stages not installed in this checkout.
    `event_models`: `detector_model` / `confidence_model` paths for the events stage."""
    with find_pipeline_file(name).open("rb") as f:
        config = tomllib.load(f)
    known = registered_stages()
    stages = [s for s in config["pipeline"]["stages"] if s in known and s not in skip]
    overrides: dict[str, Any] = {"pipeline": {"stages": stages}}
    events: dict[str, Any] = dict(event_models or {})
    if min_confidence is not None:
        events["min_confidence"] = min_confidence
    if events:
        overrides["stages"] = {"events": events}
    return load_pipeline(name, overrides)


def _build(inputs: list[Path], out: Path, pipeline: Pipeline) -> list[str]:
    """Build into `out`; the documents that failed are returned (they count as misses)."""
    from kg.build import build

    return build(inputs, out, pipeline=pipeline, store=False, html=False).errors


def seed_scores(
    gold: Path | None = None,
    out: Path | None = None,
    article: Path | None = None,
    min_confidence: Any = None,
    fast: bool = True,
) -> dict[str, Any]:
    """Scores of the seed article (entities, events, dates, relations) as `score.py` computes them."""
    seed = shared_root() / "seed"
    gold = gold or seed / "gold.json"
    article = article or seed / "article.jsonl"
    pipe = make_pipeline(skip=FAST_SKIP if fast else (), min_confidence=min_confidence)
    with tempfile.TemporaryDirectory() as tmp:
        target = out or Path(tmp)
        errors = _build([article], target, pipe)
        return {**load_scorer().score(str(gold), str(target)), "errors": errors}


def gsr_scores(
    etype: str,
    split: str = "dev",
    out: Path | None = None,
    fast: bool = True,
    min_confidence: Any = None,
    event_models: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Sentence-level detection scores of one GSR type on `split` (dev, check or all)."""
    rows = gsr_rows(etype, split)
    skip = FAST_SKIP if fast else ()
    pipe = make_pipeline(skip=skip, min_confidence=min_confidence, event_models=event_models)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        target = out or work / "out"
        inputs = work / "sentences.jsonl"
        with inputs.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r.id, "text": r.text}, ensure_ascii=False) + "\n")
        part_csv = work / f"{etype.lower()}_{split}.csv"
        _write_part(gsr_csv(etype), part_csv, {r.id for r in rows})
        errors = _build([inputs], target, pipe)
        result = load_scorer().score_gsr(str(part_csv), str(target), etype.upper())
    return {**result, "split": split, "sentences": len(rows), "errors": errors}


def _write_part(source: Path, target: Path, ids: set[str]) -> None:
    """The GSR csv restricted to one split, so the scorer counts misses only there."""
    with source.open(encoding="utf-8") as f, target.open("w", encoding="utf-8", newline="") as g:
        reader = csv.DictReader(f)
        writer = csv.DictWriter(g, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        writer.writerows(r for r in reader if r["id"] in ids)
