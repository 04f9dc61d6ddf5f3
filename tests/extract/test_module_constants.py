"""The rule modules hold hundreds of module-level word lists: a name bound twice at module level
silently replaces the first list for every function that reads it (round 28's town-before-country
rule read another rule's prepositions that way). Each constant is bound once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import kg.extract

MODULES = sorted(Path(kg.extract.__file__).parent.glob("*.py"))


def _constants(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            elts = target.elts if isinstance(target, ast.Tuple) else [target]
            names += [e.id for e in elts if isinstance(e, ast.Name) and e.id.lstrip("_").isupper()]
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_each_module_constant_is_bound_once(module: Path):
    counts = Counter(_constants(ast.parse(module.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1]
