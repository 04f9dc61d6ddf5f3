"""Benchmark `kg build` on N articles of the ANT corpus: words per second and peak memory.

    python benchmarks/bench_build.py --corpus ../shared/data/corpora/antcorpus.tar.gz -n 500

It copies the first N articles (in sorted member order, so runs are comparable)
into a temporary folder, builds them once with the default pipeline and reports
wall time, words/s over the article text and the process's peak resident memory.
Loading the models is timed separately and excluded from words/s.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tarfile
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpora" / "antcorpus.tar.gz"
)


WARM_UP = 'التقى الرئيس العراقي "برهم صالح" وزير الخارجية "فؤاد حسين" في بغداد أمس.'


def extract_articles(corpus: Path, n: int, dest: Path) -> int:
    """Copy the first `n` article files of the tarball into `dest`; return their word count."""
    words = 0
    with tarfile.open(corpus) as tar:
        members = sorted(
            (m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")), key=lambda m: m.name
        )
        members = [m for m in members if not m.name.endswith("README.md")][:n]
        for i, member in enumerate(members):
            data = tar.extractfile(member).read().decode("utf-8", errors="replace")
            words += len(data.split())
            (dest / f"{i:05d}-{Path(member.name).name}").write_text(data, encoding="utf-8")
    return words


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-n", type=int, default=200, help="number of articles")
    parser.add_argument("--no-store", action="store_true", help="skip the triple store and RDF files")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"corpus not found: {args.corpus}")

    from kg.build import build
    from kg.pipeline import load_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        words = extract_articles(args.corpus, args.n, src)
        t0 = time.perf_counter()
        pipe = load_pipeline("default")
        from kg.model import Document

        # Load lazy resources (NER, gazetteers, transliteration model) before timing.
        pipe(Document(id="warm-up", text=WARM_UP, published="2020-11-21"))
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        report = build([src], out, pipeline=pipe, store=not args.no_store)
        run_s = time.perf_counter() - t1
    result = {
        "articles": report.documents,
        "words": words,
        "load_seconds": round(load_s, 2),
        "build_seconds": round(run_s, 2),
        "words_per_second": round(words / run_s) if run_s else None,
        "peak_rss_mb": round(peak_rss_mb()),
        "entities": report.entities,
        "facts": report.facts,
        "errors": len(report.errors),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:18} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
