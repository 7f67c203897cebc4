"""Automatic backups while the app runs: every 30 minutes of use when the plan has changed since the last
one, made on a worker thread so typing never waits (bench/bench_backup.py), and one at exit.

A failed automatic backup is logged and tried again at the next turn; it never stops the leader's work –
the store itself is untouched by a failed backup (store/backups.make_backup)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer

from handleplan.errors import HandleplanError
from handleplan.ui import settings_schema

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000


def back_up(db_path: Path, reason: str, months: int = 0) -> Path | None:
    """One backup and a rotation that lets go of backups older than `months` (the leader's choice in
    Indstillinger, read on the UI thread: see `retention.keep_for`); None (logged) when not made."""
    from handleplan.store.backups import make_backup
    from handleplan.store.retention import keep_for, rotate

    try:
        made = make_backup(db_path, reason)
        rotate(db_path.parent, keep_for=keep_for(db_path, months))
    except HandleplanError as exc:
        log.warning("automatic backup not made: %s", exc.message("en"))
        return None
    except OSError as exc:  # a rotation meeting a file gone or locked: next time
        log.warning("backup rotation stopped: %s", exc)
        return None
    log.info("backup made: %s", made.name)
    return made


class BackupTimer(QObject):
    def __init__(self, ctx, interval_ms: int = BACKUP_INTERVAL_MS) -> None:  # noqa: ANN001
        super().__init__()
        self.ctx = ctx
        self.changed_since_backup = False
        ctx.changed.connect(self._plan_changed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one backup at a time, in the order asked
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.timer.start()

    def _plan_changed(self, _tables: object) -> None:
        self.changed_since_backup = True

    def _db_path(self) -> Path | None:
        return self.ctx.store.path if self.ctx.store_is_open else None

    def _months(self) -> int:
        """How long backups are kept, read here on the UI thread: QSettings is not for the worker."""
        return settings_schema.value(self.ctx.settings, settings_schema.BACKUP_MONTHS)

    def back_up_if_changed(self) -> None:
        path = self._db_path()
        if path is None or not self.changed_since_backup:
            return
        self.changed_since_backup = False
        months = self._months()
        self.pool.start(lambda: back_up(path, "automatic", months))

    def stop(self) -> None:
        """No more backups, not even at exit: waits for one under way (before everything is deleted)."""
        self.timer.stop()
        self.changed_since_backup = False
        self.pool.waitForDone()

    def at_exit(self) -> None:
        """Called before the store closes: waits for a backup under way, then one more if the plan
        changed since (on this thread; the window is already gone)."""
        self.timer.stop()
        self.pool.waitForDone()
        path = self._db_path()
        if path is not None and self.changed_since_backup:
            self.changed_since_backup = False
            back_up(path, "exit", self._months())
