"""The only module that talks to pyoxigraph storage (open, replace graphs, query, dump, push, serve)."""

from .core import (
    dump,
    example_query_path,
    format_results,
    graph_names,
    open_store,
    query,
    remove_documents,
    replace_documents,
)
from .push import PushError, push
from .server import ServerError, SparqlServer, serve

__all__ = [
    "PushError",
    "ServerError",
    "SparqlServer",
    "dump",
    "example_query_path",
    "format_results",
    "graph_names",
    "open_store",
    "push",
    "query",
    "remove_documents",
    "replace_documents",
    "serve",
]
