#!/usr/bin/env bash
# Set up a virtual environment with kg and build the graph of the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q .
.venv/bin/kg build examples/qaani-baghdad.txt --out output
