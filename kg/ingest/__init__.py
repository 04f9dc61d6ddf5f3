"""Reading articles: .txt, .jsonl, .html, TREC `<DOC>` XML, folders, tar archives and stdin.

from kg.ingest import iter_documents, IngestError
for item in iter_documents(["articles/", "feed.jsonl", "-"]):
    if isinstance(item, IngestError):
        print(item)            # "path:line: message"
    else:
        ...                    # a Document with metadata and body range filled
"""

from .errors import IngestError
from .layout import Layout, detect_layout
from .sources import iter_documents

__all__ = ["IngestError", "Layout", "detect_layout", "iter_documents"]
