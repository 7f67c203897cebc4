"""Upgrade a store file to the current schema with Alembic (the backup before it: store/backups.py)."""

from __future__ import annotations

import logging

import sqlalchemy  # noqa: F401 - the package first: see store/preload.py
from sqlalchemy.engine import Engine


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
