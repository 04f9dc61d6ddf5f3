"""Exporter test fixtures live in export_fixtures.py (a unique module name, importable by the tests)."""

from export_fixtures import browser  # noqa: F401
