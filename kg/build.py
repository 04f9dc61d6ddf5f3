"""The end-to-end job behind `kg build`: articles in, graph files and store out.

The JSONL outputs, the store and the entity registry in the output directory are
extended, not replaced, so adding articles to an existing build updates it; an
article built again replaces its earlier statements.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, TypeVar

from .doccache import DocumentCache
from .ingest import IngestError, iter_documents
from .model import Document
from .pipeline import Pipeline, load_pipeline
from .rdf.iris import DEFAULT_BASE, check_base

log = logging.getLogger(__name__)

ENTITIES_FILE = "entities.jsonl"
FACTS_FILE = "facts.jsonl"
REGISTRY_FILE = "entities-registry.json"
STORE_DIR = "store"
DOCUMENTS_DIR = "documents"
HTML_FILE = "graph.html"


@dataclass
class BuildReport:
    """What a build did: counts, output paths and every problem met on the way."""

    out_dir: Path
    documents: int = 0
    entities: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


ProgressFn = Callable[[Document | None], None]
T = TypeVar("T")


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path = "output",
    *,
    pipeline: str | Path | Pipeline = "default",
    base: str = DEFAULT_BASE,
    store: bool = True,
    html: bool = True,
    batch_size: int = 64,
    stdin: TextIO | None = None,
    user_dictionary: str | Path | None = None,
    progress: ProgressFn | None = None,
) -> BuildReport:
    """Build (or extend) the knowledge graph in `out_dir` from the articles at `paths`.

    Three passes keep memory flat however large the input: (1) every article runs
    through the document pipeline and is cached in `out_dir/documents/`; (2) entity
    identities are decided once over the registry of all articles ever built there;
    (3) the articles of this run, and earlier ones whose entity IRIs changed, are
    mapped to RDF, loaded into the store and written out.

    `progress` is called once per input read (with the processed document, or
    None for an input that failed), so a caller can drive a progress bar.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    base = check_base(base)
    report = BuildReport(out_dir=out)
    pipe = pipeline if isinstance(pipeline, Pipeline) else _load(pipeline, user_dictionary)
    registry = _open_registry(out, user_dictionary)
    cache = DocumentCache(out / DOCUMENTS_DIR)

    built: list[str] = []
    seen: set[str] = set()
    for doc in _process(pipe, paths, stdin, report, progress):
        if doc.id in seen:
            report.errors.append(f"{doc.origin or doc.id}: duplicate document id {doc.id!r} skipped")
            continue
        registry.add_document(doc)
        cache.save(doc)
        built.append(doc.id)
        seen.add(doc.id)
    report.documents = len(built)

    registry.resolve(base)
    emit = built + sorted(registry.stale_documents - seen)
    graph_store = _open_store(out) if store else None
    entities, facts = _emit(emit, cache, registry, graph_store, base, batch_size, report)
    registry.save()
    entities, facts = _merge_outputs(out, entities, facts, set(emit))
    report.entities, report.facts = len(entities), len(facts)
    _write_outputs(out, entities, facts, graph_store, html, report)
    return report


def _emit(
    doc_ids: list[str], cache: DocumentCache, registry, graph_store, base: str, batch_size: int, report
) -> tuple[list[dict], list[dict]]:
    """Apply identities to cached documents; return their records and load their graphs."""
    from .export.records import entity_records, fact_records
    from .resolve.identity import apply_identities

    entities: list[dict] = []
    facts: list[dict] = []
    for batch_ids in _batches(doc_ids, batch_size):
        batch = []
        for doc_id in batch_ids:
            doc = cache.load(doc_id)
            if doc is None:
                report.errors.append(f"{doc_id}: cached document missing; rebuild it to update its IRIs")
                continue
            apply_identities(doc, registry)
            batch.append(doc)
        entities.extend(entity_records(batch))
        for doc in batch:
            facts.extend(fact_records(doc))
        if graph_store is not None:
            _load_into_store(graph_store, batch, base)
    return entities, facts


def _load(pipeline: str | Path, user_dictionary: str | Path | None) -> Pipeline:
    overrides = {}
    if user_dictionary is not None:
        from .resolve.userdict import gazetteer_entries, load_user_dictionary

        entries = load_user_dictionary(user_dictionary)
        overrides = {
            "stages": {"entities": {"extra_gazetteer": gazetteer_entries(entries)}},
            "settings": {"user_dictionary": str(user_dictionary)},
        }
    return load_pipeline(pipeline, overrides)


def _open_registry(out: Path, user_dictionary: str | Path | None):
    from .resolve.identity import EntityRegistry

    registry = EntityRegistry.load(out / REGISTRY_FILE)
    if user_dictionary is not None:
        from .resolve.userdict import load_user_dictionary

        registry.add_user_entries(load_user_dictionary(user_dictionary))
    return registry


def _open_store(out: Path):
    from .store import open_store

    return open_store(out / STORE_DIR)


def _process(
    pipe: Pipeline,
    paths: Iterable[str | Path],
    stdin: TextIO | None,
    report: BuildReport,
    progress: ProgressFn | None,
) -> Iterator[Document]:
    """Run the document pipeline over every readable input, recording failures."""
    for item in iter_documents(paths, stdin=stdin if stdin is not None else sys.stdin):
        if isinstance(item, IngestError):
            report.errors.append(str(item))
            if progress:
                progress(None)
            continue
        try:
            pipe(item)
        except Exception as err:  # one bad article must not stop the batch
            log.exception("pipeline failed on %s", item.origin or item.id)
            report.errors.append(f"{item.origin or item.id}: pipeline error: {err!r}")
            if progress:
                progress(None)
            continue
        _release_nlp(item)
        if progress:
            progress(item)
        yield item


def _release_nlp(doc: Document) -> None:
    """Drop the spaCy Docs once extraction is done: they are the bulk of a document's memory."""
    for sentence in doc.sentences:
        sentence.doc = None


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _load_into_store(graph_store, batch: list[Document], base: str) -> None:
    from .rdf.mapping import document_quads
    from .store import replace_documents

    replace_documents(graph_store, ((doc.id, document_quads(doc, base)) for doc in batch))


def _merge_outputs(
    out: Path, new_entities: list[dict], new_facts: list[dict], rebuilt: set[str]
) -> tuple[list[dict], list[dict]]:
    """Combine this run's records with those of earlier runs in `out`.

    Articles processed now replace their earlier facts; entity records are merged
    by IRI, their document lists combined.
    """
    from .export.records import read_jsonl

    old_entities = read_jsonl(out / ENTITIES_FILE) if (out / ENTITIES_FILE).exists() else []
    old_facts = read_jsonl(out / FACTS_FILE) if (out / FACTS_FILE).exists() else []
    facts = [f for f in old_facts if f.get("doc") not in rebuilt] + new_facts

    merged: dict[str, dict] = {}
    for record in old_entities:
        docs = [d for d in record.get("docs", []) if d not in rebuilt]
        if docs:
            merged[record["id"]] = {**record, "docs": docs}
    for record in new_entities:
        previous = merged.get(record["id"])
        if previous is None:
            merged[record["id"]] = dict(record)
            continue
        previous["docs"] = sorted(set(previous["docs"]) | set(record["docs"]))
        previous["aliases"] = sorted(set(previous.get("aliases", [])) | set(record.get("aliases", [])))
        for key in ("label_ar", "label_en", "coarse", "class"):
            previous[key] = record.get(key) or previous.get(key)
    return list(merged.values()), facts


def _write_outputs(
    out: Path, entities: list[dict], facts: list[dict], graph_store, html: bool, report
) -> None:
    from .export.records import write_jsonl

    write_jsonl(out / ENTITIES_FILE, entities)
    write_jsonl(out / FACTS_FILE, facts)
    report.outputs["entities"] = out / ENTITIES_FILE
    report.outputs["facts"] = out / FACTS_FILE
    if graph_store is not None:
        from .store import dump

        dump(graph_store, out)
        report.outputs["turtle"] = out / "graph.ttl"
        report.outputs["trig"] = out / "graph.trig"
        report.outputs["store"] = out / STORE_DIR
    if html:
        from .export import write_network_html

        write_network_html(entities, facts, out / HTML_FILE)
        report.outputs["html"] = out / HTML_FILE
