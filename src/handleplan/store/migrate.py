"""Upgrade a store file to the current schema with Alembic, after copying it aside."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from handleplan.store.files import ensure_private_dir, touch_private


def backup_copy(path: Path, backup_dir: Path, reason: str) -> Path:
    """Copy the store through SQLite's backup API (safe even with a -wal beside it)."""
    ensure_private_dir(backup_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"handleplan-{reason}-{stamp}.db"
    touch_private(target)
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine) -> None:
    """Run every pending revision on one connection with foreign keys OFF.

    With foreign keys on, a batch migration's copy-and-move of a parent table fires ON DELETE CASCADE
    and silently empties child tables; so keys go off before the transaction, and are checked after.
    """
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "handleplan:migrations")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        if problems:
            raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
