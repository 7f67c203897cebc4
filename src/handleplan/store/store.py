"""The store: one SQLite file, opened, upgraded and written through one object."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from handleplan.errors import (
    HandleplanError,
    StoreDamagedError,
    StoreLeftoverError,
    StoreNewerError,
    StoreWriteError,
    sqlite_failure,
)
from handleplan.store import connect, drivers
from handleplan.store.engine import make_engine
from handleplan.store.files import ensure_private_dir, make_private, touch_private
from handleplan.store.health import mark_running, mark_stopped
from handleplan.store.recovery import leftover
from handleplan.store.schema import DB_NAME, HEAD_REVISION, KNOWN_REVISIONS, read_revision
from handleplan.store.search_index import TABLE as SEARCH_TABLE

log = logging.getLogger(__name__)

Listener = Callable[[set[str]], None]


@dataclass
class HealthReport:
    path: Path
    revision: str | None
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    read_only: bool = False  # the folder or file cannot be written: readable, not "unhealthy"

    @property
    def healthy(self) -> bool:
        return self.revision == HEAD_REVISION and self.integrity == ["ok"] and not self.foreign_keys


class Store:
    """Owns the engine and the session every operation writes through.

    A desktop app has one writer: one long-lived session with expire_on_commit=False keeps what the
    screens show without re-reading after each keystroke's commit. Worker threads (PDF export) take
    their own read session from `new_session()`.
    """

    def __init__(self, path: Path, key: connect.Key | None = None) -> None:
        self.path = path
        self.data_dir = path.parent
        self.engine = make_engine(path, key)
        self.session = Session(self.engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        self._dirty_tables: set[str] = set()
        event.listen(self.session, "before_flush", self._note_changes)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path, key: connect.Key | None = None) -> Store:
        """Open (creating or upgrading as needed) the store in `data_dir`. `key` protects a store created
        here (a fresh plan in place of a damaged protected one); an existing file uses its own.

        Raises StoreNewerError for a file from a newer Handleplan, StoreDamagedError for one that
        is not a readable database, StoreWriteError("read_only") for a folder we may not write in.
        None of these cases changes the file.
        """
        try:
            ensure_private_dir(data_dir)
        except PermissionError as exc:
            raise StoreWriteError("read_only", detail=str(data_dir)) from exc
        path = data_dir / DB_NAME
        found = leftover(data_dir)
        if found is not None:  # never a fresh plan over what is there: the caller decides (recovery.py)
            raise StoreLeftoverError(found)
        try:
            revision = read_revision(path)
        except drivers.DatabaseError as exc:
            # A WAL file in a read-only folder cannot even be read (no -shm can be made): not damage.
            if _is_read_only(exc):
                raise StoreWriteError("read_only", detail=str(data_dir)) from exc
            raise StoreDamagedError(str(exc)) from exc
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise StoreNewerError(revision)
        if not path.exists():
            try:
                touch_private(path)
            except PermissionError as exc:
                raise StoreWriteError("read_only", detail=str(data_dir)) from exc
        else:
            # A store she copied in, or one an earlier Handleplan made 0644: SQLite gives the -wal and
            # -shm it makes the store's mode, so the store's is the one to set.
            for side in ("", "-wal", "-shm"):
                make_private(path.with_name(path.name + side))
        store = cls(path, key if path.stat().st_size == 0 else None)
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # Left by a crash: fold it in before anything else, so what was deleted before the crash is
            # not kept readable in the -wal for as long as this session lasts.
            store.checkpoint()
        if revision != HEAD_REVISION:
            from handleplan.store.backups import make_backup
            from handleplan.store.migrate import upgrade

            if revision is not None:
                try:
                    saved = make_backup(path, "before-upgrade")
                except HandleplanError:  # no upgrade without its backup (a full disk): the file stays as is
                    store.close()
                    raise
                log.info("copied the store to %s before upgrading from %s", saved, revision)
            try:
                upgrade(store.engine)
            except RuntimeError as exc:  # foreign key check failed: the upgrade was rolled back
                store.close()
                raise StoreDamagedError(str(exc)) from exc
            except DBAPIError as exc:
                store.close()
                if _is_read_only(exc.orig):
                    raise StoreWriteError("read_only", detail=str(data_dir)) from exc
                raise StoreDamagedError(str(exc.orig)) from exc
        mark_running(data_dir)  # removed by a clean close: found at the next start, it asks for a full check
        return store

    def new_session(self) -> Session:
        """A separate session, e.g. for a worker thread that reads a snapshot."""
        return Session(self.engine, expire_on_commit=False)

    # -- writing --------------------------------------------------------------------------------
    def commit(self) -> None:
        """Commit the session; on failure roll back and raise a StoreWriteError the UI can show."""
        try:
            self.session.commit()
        except DBAPIError as exc:
            self._rollback_quietly()
            raise _write_error(exc, self.path.parent) from exc
        changed, self._dirty_tables = self._dirty_tables, set()
        if changed:
            for listener in list(self._listeners):
                listener(changed)

    def rollback(self) -> None:
        self._rollback_quietly()

    def _rollback_quietly(self) -> None:
        # On a full disk SQLite has already rolled back; our own ROLLBACK then fails. That is fine.
        self._dirty_tables.clear()
        try:
            self.session.rollback()
        except DBAPIError:
            log.warning("rollback after a failed commit failed too", exc_info=True)

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(set_of_table_names)` after every successful commit that changed something."""
        self._listeners.append(listener)

    def _note_changes(self, session: Session, _ctx, _instances) -> None:  # noqa: ANN001
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table:
                self._dirty_tables.add(table)

    def mark_changed(self, *tables: str) -> None:
        """For changes made with Core statements, which the flush hook does not see."""
        self._dirty_tables.update(tables)

    # -- health and closing ---------------------------------------------------------------------
    def check(self) -> HealthReport:
        report = HealthReport(path=self.path, revision=read_revision(self.path))
        with self.engine.connect() as conn:
            report.integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            report.foreign_keys = [str(tuple(r)) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        return report

    def checkpoint(self) -> None:
        """Fold the -wal into the file: a -wal lost later (sync client, copying only the .db) loses nothing."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError:
            log.warning("checkpoint failed", exc_info=True)

    def forget_deleted(self) -> None:
        """After a delete: nothing readable left of it in the file or the -wal.

        secure_delete zeroes the freed rows, but the search index (FTS5) keeps a deleted text's trigrams in
        its segments until they are merged; 'optimize' merges them into one, so the old segments are freed
        (and zeroed) too. The checkpoint then folds the -wal, which holds the pages as they were before,
        into the file and truncates it."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
        except DBAPIError:
            log.warning("merging the search index after a delete failed", exc_info=True)
        self.checkpoint()

    def close(self) -> None:
        try:
            self.session.close()
            self.checkpoint()
        finally:
            self.engine.dispose()
        mark_stopped(self.data_dir)


def _is_read_only(exc: BaseException | None) -> bool:
    """SQLITE_READONLY and its extended codes (e.g. SQLITE_READONLY_DIRECTORY)."""
    return isinstance(exc, drivers.Error) and sqlite_failure(exc) == "read_only"


def _write_error(exc: DBAPIError, folder: Path) -> StoreWriteError:
    """The leader's sentence for a failed commit, by what SQLite said of the file."""
    detail = str(exc.orig)
    kind = sqlite_failure(exc.orig) if isinstance(exc.orig, drivers.Error) else None
    if kind == "damage":  # not "try again": damaged pages do not mend themselves
        return StoreWriteError("damaged_on_save", folder=str(folder))
    if kind == "full":
        return StoreWriteError("disk_full")
    if kind == "read_only":
        return StoreWriteError("read_only", detail=detail)
    return StoreWriteError("write_failed", detail=detail)


def _read_health(path: Path, immutable: bool) -> tuple[list[str], list[str]]:
    conn = connect.connect(path, read_only=True, immutable=immutable)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        broken = [str(tuple(r)) for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return integrity, broken
    finally:
        conn.close()


def check_file(data_dir: Path) -> HealthReport:
    """Check a store without upgrading or writing it (used by `handleplan check`)."""
    path = data_dir / DB_NAME
    report = HealthReport(path=path, revision=None)
    found = leftover(data_dir)
    if found is not None:
        report.integrity = [found]  # "empty" or "orphan_wal": said as a reason by `check`
        return report
    if not path.exists():
        report.integrity = ["missing"]
        return report
    report.read_only = not os.access(data_dir, os.W_OK) or not os.access(path, os.W_OK)
    try:
        report.revision = read_revision(path)
        report.integrity, report.foreign_keys = _read_health(path, immutable=False)
    except drivers.DatabaseError as exc:
        if sqlite_failure(exc) != "read_only" and not report.read_only:
            report.integrity = [str(exc)]
            return report
        # A WAL file in a read-only folder cannot be opened the usual way (no -shm can be made): read it
        # as it lies on disk, so an intact file is not called damaged.
        report.read_only = True
        try:
            report.revision = read_revision(path, immutable=True)
            report.integrity, report.foreign_keys = _read_health(path, immutable=True)
        except drivers.DatabaseError as again:
            report.integrity = [str(again)]
    return report
