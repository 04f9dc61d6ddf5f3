"""Evaluate the shipped pipeline and print one table.

    python -m kg.nlp.evaluate --data ../shared/data [--model ar_kg_news]

- word segmentation P/R/F1 (PADT test): predicted non-space tokens vs. gold segments, by character span;
- UPOS accuracy (PADT test, `X` mapped to PROPN as in training): a gold segment counts as right
  only if a predicted token has exactly its span and tag;
- UAS / LAS on the 200 held-out PUD sentences (i % 5 == 4), same span matching;
- NER P/R/F1 by type, exact spans, on ANERcorp CAMeL test (gold spans without leading proclitics),
  and on AQMAR Wikipedia articles (out of domain; PER/LOC/ORG only, its MIS0-3 types are not ours);
- speed: whitespace words per second of the whole pipeline, one process.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from . import MODELS_DIR, load
from .data import Word, read_anercorp, read_padt
from .train import ANER, PADT, ner_doc, pud_split, upos

Span = tuple[int, int]


def gold_segments(sent: list[Word]) -> tuple[str, list[tuple[Span, Word, int]]]:
    """Sentence text (words joined by spaces) and each segment's span, word and index."""
    text, segs, pos = [], [], 0
    for w in sent:
        for k, seg in enumerate(w.segments):
            segs.append(((pos, pos + len(seg)), w, k))
            pos += len(seg)
        text.append(w.text)
        pos += 1
    return " ".join(text), segs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _spans(doc: Doc) -> dict[Span, int]:
    return {(t.idx, t.idx + len(t)): t.i for t in doc if not t.is_space}


def eval_treebank(nlp: Language, sents: list[list[Word]], parse: bool) -> dict[str, float]:
    golds = [gold_segments(s) for s in sents]
    counts: Counter = Counter()
    for (_text, segs), doc in zip(golds, nlp.pipe(t for t, _ in golds), strict=True):
        pred = _spans(doc)
        counts["pred"] += len(pred)
        counts["gold"] += len(segs)
        for span, w, k in segs:
            i = pred.get(span)
            if i is None:
                continue
            counts["seg"] += 1
            counts["tag"] += doc[i].pos_ == upos(w.tags[k])
            if parse:
                head_span = segs[w.heads[k]][0] if w.heads[k] >= 0 else span
                head_ok = pred.get(head_span) == doc[i].head.i
                counts["uas"] += head_ok
                counts["las"] += head_ok and doc[i].dep_.lower() == w.deps[k].lower()
    p, r, f = _prf(counts["seg"], counts["pred"], counts["gold"])
    out = {"seg_p": p, "seg_r": r, "seg_f": f, "upos": counts["tag"] / counts["gold"]}
    if parse:
        out.update(uas=counts["uas"] / counts["gold"], las=counts["las"] / counts["gold"])
    return out


def eval_ner(
    nlp: Language, path: Path | list[Path], limit: int | None = None, labels: set[str] | None = None
) -> dict[str, tuple[float, ...]]:
    """Label -> (precision, recall, F1, gold count), with "ALL" for the micro average.

    `path`: `word TAG` BIO file(s); `labels`: score only these types (for corpora whose other
    types do not match ours, e.g. AQMAR's MIS0-3)."""
    paths = path if isinstance(path, list) else [path]
    sents = [s for p in paths for s in read_anercorp(p)][:limit]
    golds = [ner_doc(nlp.tokenizer, s) for s in sents]
    tp: Counter = Counter()
    npred: Counter = Counter()
    ngold: Counter = Counter()
    for gold, doc in zip(golds, nlp.pipe(g.text for g in golds), strict=True):
        g = {(e.start_char, e.end_char, e.label_) for e in gold.ents if not labels or e.label_ in labels}
        p = {(e.start_char, e.end_char, e.label_) for e in doc.ents if not labels or e.label_ in labels}
        for spans, counter in ((g, ngold), (p, npred), (g & p, tp)):
            for *_, label in spans:
                counter[label] += 1
                counter["ALL"] += 1
    return {lab: (*_prf(tp[lab], npred[lab], ngold[lab]), ngold[lab]) for lab in sorted(ngold)}


def print_ner(title: str, scores: dict[str, tuple[float, ...]]) -> None:
    print(f"\n{title:<20}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
    for label, (p, r, f, n) in scores.items():
        print(f"{label:<20}{100 * p:>8.2f}{100 * r:>8.2f}{100 * f:>8.2f}{n:>7}")


def words_per_second(nlp: Language, texts: list[str]) -> tuple[float, float]:
    """Whitespace words per second of wall time (BLAS on all cores), and per second of this
    process's CPU time with BLAS on one thread: the per-core speed, independent of other load."""
    n_words = sum(len(t.split()) for t in texts)

    def run() -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    wall = time.perf_counter()
    run()
    wall = time.perf_counter() - wall
    with threadpool_limits(limits=1):
        cpu = time.process_time()
        run()
        cpu = time.process_time() - cpu
    return n_words / wall, n_words / cpu


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--model", default="ar_kg_news")
    args = ap.parse_args()
    nlp = load(args.model)
    padt = list(read_padt(args.data / PADT.format("test")))
    rows = [(k, v) for k, v in eval_treebank(nlp, padt, parse=False).items()]
    pud = eval_treebank(nlp, pud_split(args.data, "test"), parse=True)
    rows += [("pud_" + k, v) for k, v in pud.items()]
    print(f"{'metric':<28}{'value':>8}")
    for name, value in rows:
        print(f"{name:<28}{100 * value:>8.2f}")
    print_ner("NER ANERcorp test", eval_ner(nlp, args.data / ANER.format("test")))
    aqmar = sorted((args.data / "aqmar").glob("*.txt"))
    if aqmar:
        print_ner("NER AQMAR (OOD)", eval_ner(nlp, aqmar, labels={"PER", "LOC", "ORG"}))
    texts = [gold_segments(s)[0] for s in padt]
    wall, cpu = words_per_second(nlp, texts)
    print(f"\nwords/s: {cpu:,.0f} per CPU second (1 process, 1 BLAS thread), {wall:,.0f} wall-clock")
    model_dir = Path(args.model) if Path(args.model).is_dir() else MODELS_DIR / args.model
    if model_dir.is_dir():
        print(f"size on disk: {size_mb(model_dir):.1f} MB")


if __name__ == "__main__":
    main()
