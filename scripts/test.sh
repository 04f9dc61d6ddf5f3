#!/usr/bin/env bash
# Set up a virtual environment with the test dependencies and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
.venv/bin/ruff check kg tests benchmarks scripts
.venv/bin/python -m pytest -q "$@"
