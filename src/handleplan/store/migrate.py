"""Upgrade a store file to the current schema with Alembic, after copying it aside."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

import sqlalchemy  # noqa: F401 - the package first: see store/preload.py
from sqlalchemy.engine import Engine

from handleplan.store.files import ensure_private_dir, touch_private


def backup_copy(path: Path, backup_dir: Path, reason: str) -> Path:
    """Copy the store through SQLite's backup API (safe even with a -wal beside it)."""
    ensure_private_dir(backup_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"handleplan-{reason}-{stamp}.db"
    n = 1
    while target.exists():  # two copies in one second (two imports): never overwrite the first
        n += 1
        target = backup_dir / f"handleplan-{reason}-{stamp}-{n}.db"
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

    # Alembic says "Context impl SQLiteImpl", "Running upgrade 0001 -> 0002" at INFO: nothing that helps a
    # leader or a supporter reading her log. A failed upgrade is logged by the store, with its cause.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    cfg = Config()
    cfg.set_main_option("script_location", "handleplan:migrations")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        # pysqlite opens a transaction only before INSERT/UPDATE/DELETE and lets DDL commit on its own, so a
        # revision failing halfway would leave half a schema in the file (e.g. a batch's _alembic_tmp_ table,
        # which also blocks every later attempt). Own the transaction instead: all revisions or nothing.
        # Alembic sees the open transaction as external and leaves committing to us.
        driver = conn.connection.driver_connection
        saved_isolation = driver.isolation_level
        driver.isolation_level = None
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            driver.isolation_level = saved_isolation
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
