"""The two SQLite drivers and their error classes, as tuples every `except` can name.

A protected store is read through `sqlcipher3` (SQLCipher), a plain one through the standard `sqlite3`.
Their error classes share no base, so catching `sqlite3.Error` alone would let a protected store's damage
or full disk slip past every handler. `sqlcipher3` is imported only when a protected file is opened
(`sqlcipher()`): an unprotected plan's start does not pay its import (~5 ms). Until then no sqlcipher3
error can exist, so `Error` and friends – read when an `except` is matched (PEP 562) – name what has
been imported. No handleplan import here: `errors.py` and `store/connect.py` both need this.
"""

from __future__ import annotations

import sqlite3
import sys
from types import ModuleType

_MODULE = "sqlcipher3.dbapi2"
_KINDS = ("Error", "DatabaseError", "OperationalError")


def sqlcipher() -> ModuleType:
    """sqlcipher3's DB-API module, imported on first use."""
    from sqlcipher3 import dbapi2

    return dbapi2


def __getattr__(name: str) -> tuple[type[BaseException], ...]:
    if name not in _KINDS:
        raise AttributeError(f"module 'handleplan.store.drivers' has no attribute {name!r}")
    plain = getattr(sqlite3, name)
    loaded = sys.modules.get(_MODULE)
    return (plain, getattr(loaded, name)) if loaded is not None else (plain,)
