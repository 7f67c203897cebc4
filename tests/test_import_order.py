"""Every module of ours asks for the `sqlalchemy` package before any of its submodules.

SQLAlchemy is imported on a worker thread after the first paint (store/preload.py) while the UI thread
may import an operation. Python makes a thread wait for a package another thread is still importing
only when the package itself is asked for; `from sqlalchemy.orm import …` first would run against a
half-made package (CPython gh-83065).
"""

from __future__ import annotations

import ast
from pathlib import Path

import handleplan

SOURCES = Path(handleplan.__file__).parent


def first_sqlalchemy_import(tree: ast.AST) -> str | None:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "sqlalchemy"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "sqlalchemy":
            found.append((node.lineno, node.module))
    return min(found)[1] if found else None


def test_the_sqlalchemy_package_comes_before_its_submodules():
    late = []
    for path in sorted(SOURCES.rglob("*.py")):
        first = first_sqlalchemy_import(ast.parse(path.read_text(encoding="utf-8")))
        if first is not None and first != "sqlalchemy":
            late.append(f"{path.relative_to(SOURCES)}: {first}")
    assert late == []


def test_the_check_sees_a_submodule_first():
    assert first_sqlalchemy_import(ast.parse("from sqlalchemy.orm import Session\nimport sqlalchemy")) == (
        "sqlalchemy.orm"
    )
    assert first_sqlalchemy_import(
        ast.parse("from sqlalchemy import select\nfrom sqlalchemy.orm import X")
    ) == ("sqlalchemy")
