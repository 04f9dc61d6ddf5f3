"""Mention-level evaluation of the `entities` stage on ANERcorp (CAMeL Lab test split).

    python -m kg.extract.evaluate --data ../shared/data [--limit 300] [--group 10]

ANERcorp sentences are joined into documents of `--group` sentences (one paragraph each), so that
rules that look at the whole article (recurring names, propagation) see some context. The default
pipeline runs up to and including `entities`; each `name` mention of type PER/ORG/LOC is compared
with the gold BIO spans as a span of whole ANERcorp words (clitics stay attached to words there, so
"وإسرائيل" is one word whether or not the mention includes the "و"). A prediction counts only with
exactly the gold word span and type. ANERcorp: Benajiba et al. 2007, CAMeL Lab split; its MISC
class is not produced by the stage and is left out.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from kg.model import Document
from kg.nlp.data import read_anercorp
from kg.pipeline import Pipeline, load_pipeline

TYPES = ("PER", "ORG", "LOC")
WordSpan = tuple[int, int, str]  # first word, last word, type


def _gold_spans(sent: list[tuple[str, str]], offset: int) -> list[WordSpan]:
    spans: list[WordSpan] = []
    for k, (_word, tag) in enumerate(sent):
        kind = tag[2:]
        if tag.startswith("I-") and spans and spans[-1][2] == kind and spans[-1][1] == offset + k - 1:
            spans[-1] = (spans[-1][0], offset + k, kind)
        elif tag[:2] in ("B-", "I-"):
            spans.append((offset + k, offset + k, kind))
    return [s for s in spans if s[2] in TYPES]


def make_documents(sents: list[list[tuple[str, str]]], group: int) -> Iterator[tuple[Document, list, list]]:
    """(document, word character spans, gold word spans) for each group of sentences."""
    for g in range(0, len(sents), group):
        chunk = sents[g : g + group]
        parts, words, gold, pos = [], [], [], 0
        for sent in chunk:
            gold += _gold_spans(sent, len(words))
            for word, _tag in sent:
                words.append((pos, pos + len(word)))
                pos += len(word) + 1
            parts.append(" ".join(w for w, _ in sent))
            pos += 1  # the second newline between paragraphs
        yield Document(id=f"anercorp-{g // group}", text="\n\n".join(parts)), words, gold


def _word_span(start: int, end: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    inside = [k for k, (a, b) in enumerate(words) if a < end and start < b]
    return (inside[0], inside[-1]) if inside else None


def predicted_spans(doc: Document, words: list[tuple[int, int]]) -> set[WordSpan]:
    out = set()
    for m in doc.mentions:
        if m.kind == "name" and m.coarse in TYPES and (span := _word_span(m.start, m.end, words)):
            out.add((*span, m.coarse))
    return out


def run_until_entities(pipe: Pipeline, doc: Document) -> None:
    for name, fn in pipe.stages:
        fn(doc)
        if name == "entities":
            return


def evaluate(
    data: Path, limit: int | None = None, group: int = 10
) -> dict[str, tuple[float, float, float, int]]:
    """Type ("ALL" for the micro average) -> (precision, recall, F1, gold count)."""
    sents = list(read_anercorp(data / "anercorp_camel" / "ANERCorp_CamelLab_test.txt"))[:limit]
    pipe = load_pipeline("default")
    tp, npred, ngold = Counter(), Counter(), Counter()
    for doc, words, gold in make_documents(sents, group):
        run_until_entities(pipe, doc)
        pred, gold_set = predicted_spans(doc, words), set(gold)
        for spans, counter in ((gold_set, ngold), (pred, npred), (gold_set & pred, tp)):
            for *_, kind in spans:
                counter[kind] += 1
                counter["ALL"] += 1
    return {k: (*_prf(tp[k], npred[k], ngold[k]), ngold[k]) for k in (*TYPES, "ALL")}


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    default = os.environ.get("KG_SHARED_DATA", Path(__file__).resolve().parents[2] / ".." / "shared" / "data")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(default), help="shared data folder")
    ap.add_argument("--limit", type=int, default=None, help="first N test sentences only")
    ap.add_argument("--group", type=int, default=10, help="sentences per document")
    args = ap.parse_args()
    scores = evaluate(args.data, args.limit, args.group)
    print(f"{'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for kind, (p, r, f, n) in scores.items():
        print(f"{kind:<5} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")


if __name__ == "__main__":
    main()
