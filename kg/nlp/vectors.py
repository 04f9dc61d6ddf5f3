"""Floret vectors for the NER's static embeddings, trained on unlabelled news text.

Called by `python -m kg.nlp.train`. Text: SaudiNewsNet (2015, CC BY-NC-SA 4.0) and the ANT corpus
(2018 BBC / CNN / France24 / Sky News Arabia). It is cut at whitespace and punctuation only, since
floret's hashed character n-grams give vectors to clitic-split tokens as well. The table size
(buckets x dims x 4 bytes) is what the vectors add to the model on disk.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

_TOKEN = re.compile(r"\w+|[^\w\s]")
_MARKS = re.compile(r"[\u0640\u064b-\u0652]")
_ANT_TEXT = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)
NEWS = "corpora/saudinewsnet/zips"
ANT = "corpora/antcorpus.tar.gz"
# Floret settings of the shipped vectors (75k buckets x 96 dims = 28.8 MB).
FLORET = {"model": "skipgram", "dim": 96, "bucket": 75000, "epoch": 5, "minn": 3, "maxn": 5}


def _tokens_line(line: str) -> str | None:
    tokens = _TOKEN.findall(_MARKS.sub("", line))
    return " ".join(tokens) if len(tokens) > 3 else None


def corpus_lines(data: Path) -> Iterator[str]:
    """Each paragraph of each SaudiNewsNet article (title and body) as space-separated tokens."""
    for zpath in sorted((data / NEWS).glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                for article in json.loads(zf.read(name)):
                    for field in (article.get("title") or "", article.get("content") or ""):
                        yield from filter(None, map(_tokens_line, field.splitlines()))


def ant_lines(data: Path) -> Iterator[str]:
    """Title and body lines of the ANT corpus articles (TREC-style XML in a tar.gz), if present."""
    if not (data / ANT).exists():
        return
    with tarfile.open(data / ANT) as tar:
        for member in tar:
            f = tar.extractfile(member) if member.name.endswith(".txt") else None
            if f is None:
                continue
            for _tag, body in _ANT_TEXT.findall(f.read().decode("utf8", "replace")):
                yield from filter(None, map(_tokens_line, body.splitlines()))


def build_vectors(data: Path, work: Path, **settings: int | str) -> Path:
    """Train floret on the corpus and convert it to a spaCy vectors folder; returns that folder."""
    import floret

    opts = {**FLORET, **settings}
    work = work / "{model}-{dim}d-{bucket}b-{epoch}e".format(**opts)  # one folder per setting
    work.mkdir(parents=True, exist_ok=True)
    text, table, out = work / "corpus.txt", work / "floret.txt", work / "model"
    if not text.exists():
        with text.open("w", encoding="utf8") as f:
            for line in corpus_lines(data):
                f.write(line + "\n")
            for line in ant_lines(data):
                f.write(line + "\n")
    if not table.exists():
        model = floret.train_unsupervised(
            str(text), mode="floret", hashCount=2, minCount=5, thread=2, verbose=0, **opts,
        )
        model.save_floret_vectors(str(table))
    if not out.exists():
        cmd = ["init", "vectors", "ar", str(table), str(out), "--mode", "floret"]
        subprocess.run([sys.executable, "-m", "spacy", *cmd], check=True)
    return out
