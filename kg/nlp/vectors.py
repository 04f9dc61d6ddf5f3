"""Small floret vectors from SaudiNewsNet (CC BY-NC-SA 4.0) for the NER's static embeddings.

Called by `python -m kg.nlp.train`; the text is cut at whitespace and punctuation only,
since floret's hashed character n-grams give vectors to clitic-split tokens as well.
Sizes (40k buckets x 64 dims) keep the table at about 10 MB.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

_TOKEN = re.compile(r"\w+|[^\w\s]")
_MARKS = re.compile(r"[\u0640\u064b-\u0652]")
NEWS = "corpora/saudinewsnet/zips"


def corpus_lines(data: Path) -> Iterator[str]:
    """Each paragraph of each article (title and body) as space-separated tokens."""
    for zpath in sorted((data / NEWS).glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                for article in json.loads(zf.read(name)):
                    for field in (article.get("title") or "", article.get("content") or ""):
                        for line in field.splitlines():
                            tokens = _TOKEN.findall(_MARKS.sub("", line))
                            if len(tokens) > 3:
                                yield " ".join(tokens)


def build_vectors(data: Path, work: Path, dim: int = 64, bucket: int = 40000, epoch: int = 3) -> Path:
    """Train floret on the corpus and convert it to a spaCy vectors folder; returns that folder."""
    import floret

    work.mkdir(parents=True, exist_ok=True)
    text, table, out = work / "corpus.txt", work / "floret.txt", work / "model"
    if not text.exists():
        text.write_text("".join(line + "\n" for line in corpus_lines(data)), encoding="utf8")
    if not table.exists():
        model = floret.train_unsupervised(
            str(text), model="cbow", mode="floret", hashCount=2, bucket=bucket, minn=3, maxn=5,
            dim=dim, epoch=epoch, minCount=5, thread=2, verbose=0,
        )
        model.save_floret_vectors(str(table))
    if not out.exists():
        cmd = ["init", "vectors", "ar", str(table), str(out), "--mode", "floret"]
        subprocess.run([sys.executable, "-m", "spacy", *cmd], check=True)
    return out
