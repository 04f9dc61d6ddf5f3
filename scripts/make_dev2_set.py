#!/usr/bin/env python3
"""Write the second development set (the ANT articles annotated in eval/dev2_gold.json) as JSONL.

The articles are read straight from the ANT corpus tarball in the shared data folder
(corpora/antcorpus.tar.gz, TREC-style <DOC> files); they are never committed. Each output line is
{"id", "text", "date", "source", "url"} with "id" = the DOCNO, matching the gold "doc".

usage: python scripts/make_dev2_set.py [OUT.jsonl] [--data SHARED_DATA_DIR] [--gold GOLD.json]
"""

from __future__ import annotations

import re
import sys
import tarfile
from email.utils import parsedate_to_datetime
from pathlib import Path

# Run as a script, this folder is on sys.path: share the data root, gold reading and writing.
from make_dev_set import run_dev_set

TARBALL = Path("corpora") / "antcorpus.tar.gz"
# ANT file names start with a source prefix; the folder names carry the full source name.
SOURCE_DIRS = {"BB": "BBC", "CN": "CNN", "FR": "France24", "SK": "SkyNews"}


def member_name(docno: str) -> str:
    """BB-middleEast-731-20180713 -> antcorpus/BBC/middleEast/BB-middleEast-731-20180713.txt"""
    prefix, category = docno.split("-")[:2]
    return f"antcorpus/{SOURCE_DIRS[prefix]}/{category}/{docno}.txt"


def tag(xml: str, name: str) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", xml, re.S)
    return m.group(1).strip() if m else ""


def parse_doc(xml: str) -> dict[str, str]:
    """One ANT <DOC> -> record; the text is the title, a blank line, then the body (as in the seed)."""
    stamp = tag(xml, "TIME")
    date = parsedate_to_datetime(stamp).strftime("%Y-%m-%dT%H:%M:%S") if stamp else ""
    text = f"{tag(xml, 'TITLE')}\n\n{tag(xml, 'TEXT')}\n"
    return {"id": tag(xml, "DOCNO"), "text": text, "date": date, "source": tag(xml, "SRC"),
            "url": tag(xml, "URL")}


def build_records(tarball: Path, doc_ids: list[str]) -> list[dict[str, str]]:
    records = []
    with tarfile.open(tarball) as tar:
        for doc_id in doc_ids:
            try:
                member = tar.extractfile(member_name(doc_id))
            except KeyError:
                raise SystemExit(f"{doc_id}: not in {tarball}") from None
            if member is None:
                raise SystemExit(f"{doc_id}: not a file in {tarball}")
            records.append(parse_doc(member.read().decode("utf-8")))
    return records


def main(argv: list[str] | None = None) -> int:
    return run_dev_set("dev2", __doc__, [TARBALL], lambda data, ids: build_records(data / TARBALL, ids), argv)


if __name__ == "__main__":
    sys.exit(main())
