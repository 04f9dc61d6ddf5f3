from __future__ import annotations

import sys
from pathlib import Path

# sample.py (a hand-built processed Document) sits beside this file; tests/store uses it too.
sys.path.insert(0, str(Path(__file__).resolve().parent))
