"""kg: Arabic news articles in, a provenance-tracked knowledge graph out."""

__version__ = "0.1.0"
