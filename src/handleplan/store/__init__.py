"""The local SQLite store: engine, schema revisions, migrations, files.

`Store` and friends resolve lazily (PEP 562): `handleplan.store.files` and `.schema` are needed before
the first paint, SQLAlchemy (pulled in by `store.store`) only once the leader starts working.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["DB_NAME", "HealthReport", "Store", "check_file"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        value = getattr(importlib.import_module("handleplan.store.store"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'handleplan.store' has no attribute {name!r}")


if TYPE_CHECKING:
    from handleplan.store.store import DB_NAME, HealthReport, Store, check_file
