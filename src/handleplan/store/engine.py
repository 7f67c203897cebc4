"""The one place that creates the SQLite engine and sets its pragmas (swap driver or key here)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from handleplan.store import connect
from handleplan.store.search_index import fold

# WAL lets the PDF export read in a worker thread while the UI writes; synchronous=FULL makes every
# acknowledged commit survive a power cut too (WAL+NORMAL may lose the last ones). At typing speed the
# extra fsync is invisible. secure_delete overwrites deleted text so "slet" really removes it.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=5000",
)


def make_engine(path: Path, key: connect.Key | None = None) -> Engine:
    """The engine over `path`; protected when `path` is (its held key) or `key` is given (a new file)."""
    key = key or connect.key_for(path)
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    else:
        # The pysqlite dialect over sqlcipher3's module (same DB-API), so driver errors are wrapped as
        # DBAPIError exactly as for a plain file; every connection is keyed by connect.connect.
        engine = create_engine(
            f"sqlite:///{path}",
            module=connect.sqlcipher(),
            creator=lambda: connect.connect(path, key=key, check_same_thread=False),
        )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        # pysqlite's own transaction handling would start BEGIN before PRAGMA; keep it out of the way.
        cursor = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()
        # The search index's triggers fold the text they index with this (store/search_index.py).
        dbapi_conn.create_function("hp_fold", 1, fold, deterministic=True)

    return engine
