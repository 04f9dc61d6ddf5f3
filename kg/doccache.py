"""Processed documents kept in the output directory, so a later build can re-emit them.

Cross-document identity can change an entity's IRI when a later article reveals
more about it (a fuller name). The articles already in the graph that carry the
old IRI are then re-emitted from this cache, without running NLP on them again.
One gzip'd JSON file per article; the spaCy Docs are not kept.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path
from typing import Any

from .export.atomic import atomic_write
from .model import Document, Entity, Event, Mention, Relation, Sentence
from .rdf.iris import digest

FORMAT_VERSION = 1


def document_to_dict(doc: Document) -> dict[str, Any]:
    data = dataclasses.asdict(dataclasses.replace(doc, sentences=[]))
    data["sentences"] = [[s.start, s.end, s.paragraph] for s in doc.sentences]
    data["_format"] = FORMAT_VERSION
    return data


def document_from_dict(data: dict[str, Any]) -> Document:
    fields = {k: v for k, v in data.items() if not k.startswith("_")}
    fields["sentences"] = [Sentence(start, end, paragraph) for start, end, paragraph in data["sentences"]]
    fields["mentions"] = [Mention(**m) for m in data["mentions"]]
    fields["entities"] = [Entity(**e) for e in data["entities"]]
    fields["relations"] = [Relation(**r) for r in data["relations"]]
    fields["events"] = [_event(e) for e in data["events"]]
    if fields.get("title_span") is not None:
        fields["title_span"] = tuple(fields["title_span"])
    return Document(**fields)


def _event(data: dict[str, Any]) -> Event:
    return Event(**{**data, "mentions": [tuple(m) for m in data.get("mentions", [])]})


class DocumentCache:
    """A folder of processed documents keyed by document id."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _path(self, doc_id: str) -> Path:
        return self.folder / f"{digest(doc_id, length=20)}.json.gz"

    def save(self, doc: Document) -> None:
        payload = json.dumps(document_to_dict(doc), ensure_ascii=False).encode("utf-8")
        with atomic_write(self._path(doc.id), mode="wb") as handle:
            handle.write(gzip.compress(payload, compresslevel=5))

    def load(self, doc_id: str) -> Document | None:
        path = self._path(doc_id)
        if not path.exists():
            return None
        data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        if data.get("_format") != FORMAT_VERSION:
            return None
        return document_from_dict(data)
