"""Exporters: entities.jsonl, facts.jsonl (the scorer's contract) and graph.html.

`write_outputs(docs, out_dir)` writes all three; each file is replaced atomically.
The HTML module (pyvis assets, networkx layout) is imported only when a page is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.export.atomic import atomic_write
from kg.export.records import (
    entity_records,
    fact_records,
    read_jsonl,
    validate_entity_record,
    validate_fact_record,
    write_entities,
    write_facts,
    write_jsonl,
)
from kg.model import Document
from kg.rdf.iris import DEFAULT_BASE

__all__ = [
    "atomic_write",
    "entity_records",
    "fact_records",
    "read_jsonl",
    "validate_entity_record",
    "validate_fact_record",
    "write_entities",
    "write_facts",
    "write_jsonl",
    "write_graph_html",
    "write_network_html",
    "write_outputs",
]


def write_network_html(entities: list[dict], facts: list[dict], html_path: str | Path,
                       *, title: str = "Knowledge graph") -> Path:
    """graph.html of the entity network built from JSONL records."""
    from kg.export.html import write_html
    from kg.export.network import network_from_records

    return write_html(network_from_records(entities, facts), html_path, title=title)


def write_graph_html(entities_path: str | Path, facts_path: str | Path, html_path: str | Path,
                     *, title: str = "Knowledge graph") -> Path:
    """Rebuild graph.html from existing JSONL files (no pipeline run needed)."""
    return write_network_html(read_jsonl(entities_path), read_jsonl(facts_path), html_path, title=title)


def write_outputs(docs: Iterable[Document], out_dir: str | Path, *, base: str = DEFAULT_BASE,
                  title: str = "Knowledge graph", html: bool = True) -> dict[str, Path]:
    """Write entities.jsonl, facts.jsonl and (unless `html=False`) graph.html into `out_dir`."""
    docs = list(docs)
    out = Path(out_dir)
    paths = {"entities": out / "entities.jsonl", "facts": out / "facts.jsonl"}
    entities = write_entities(docs, paths["entities"], base)
    facts = write_facts(docs, paths["facts"], base)
    if html:
        paths["html"] = write_network_html(entities, facts, out / "graph.html", title=title)
    return paths
