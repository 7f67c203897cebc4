"""Which schema revision a store file has, read with one query, so a current store never imports Alembic."""

from __future__ import annotations

from pathlib import Path

from handleplan.store import connect

DB_NAME = "handleplan.db"  # the store's file in the data folder

# Every Alembic revision ever shipped, oldest first. A test checks this against migrations/versions.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def read_revision(path: Path, immutable: bool = False) -> str | None:
    """The revision stamped in the file, or None for an empty or brand-new file.

    Raises a DatabaseError (store/drivers.py) when the file is not a readable SQLite database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    # immutable: a file in a read-only folder, read as it lies (no -shm can be made there)
    conn = connect.connect(path, read_only=True, immutable=immutable)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            # sqlite_master can be read on a damaged header only partly; touch the schema to be sure.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    finally:
        conn.close()
