"""Backups of the store: made with SQLite's online backup API, checked, then moved into `backups/`.

One function makes every backup (automatic, on exit, before an upgrade, an import or a restore, by hand),
so each one is made the same careful way:

- through the driver's `Connection.backup` from a connection of its own (store/connect.py), in one step,
  so commits still only in the `-wal` are included and the copy is one consistent moment of the plan; in
  WAL mode the leader's commits go on meanwhile (never a file copy of a live store, which can catch a page
  half written);
- into a temporary file beside the backups, which is then opened read-only and `integrity_check`ed,
  fsynced and only then moved into place (0600 in a 0700 folder): a full disk or a crash leaves no half
  backup that a later restore could pick;
- protected with the store's own key and salt when the store is protected (the backup API between two
  keyed connections), so the passphrase that opens the store opens its backups;
- under a name that sorts by time and never replaces another: `handleplan-20261204-152501-01-automatic.db`.

Restoring goes the other way through the same API, into the store file itself: SQLite writes it as one
transaction, so the store is the old plan or the backup, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from handleplan.errors import HandleplanError, sqlite_failure
from handleplan.store import connect, drivers
from handleplan.store.files import FULL_ERRNOS, PRIVATE_FILE_MODE, ensure_private_dir, fsync_dir, fsync_file
from handleplan.store.schema import DB_NAME

BACKUP_DIR = "backups"
# Why a backup was made; the name carries it, the restore dialog says it.
REASONS = (
    "automatic", "exit", "before-upgrade", "before-import", "before-restore", "manual", "before-protection",
)  # fmt: skip
# All pages in one step: one consistent read of the store, during which (WAL mode) the autosave goes on
# committing. Copied in steps, each commit from another connection restarted the copy from page one:
# 53 s instead of 5 s for the 156 MB plan while she typed (bench/bench_backup.py).
STEP_PAGES = -1
STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"^handleplan-(?P<stamp>\d{8}-\d{6})-(?P<n>\d{2})-(?P<reason>[a-z-]+)\.db$")


class BackupError(HandleplanError):
    """A backup could not be made or restored; the store is as it was and no half file is left."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str | None  # None for a file named before backups carried their reason
    n: int = 1  # its place among backups made in the same second

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.made, self.n)


@dataclass(frozen=True)
class Summary:
    """What a backup holds, in the words the restore list uses ("5 tiltag, 12 refleksioner")."""

    initiatives: int
    reflections: int
    revision: str | None


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def make_backup(db_path: Path, reason: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Back up the store at `db_path` into `folder` (`backups/` beside it); returns the new file.

    Raises BackupError ("backup_disk_full", "backup_failed") with the store untouched and nothing left
    behind in `folder`."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = folder or backup_folder(db_path.parent)
    try:
        ensure_private_dir(folder)
        fd, tmp_name = tempfile.mkstemp(prefix=".handleplan-", suffix=".db.tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _backup_error(exc, folder) from exc
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, PRIVATE_FILE_MODE)  # mkstemp makes it 0600 already; say so where it matters
        _copy(db_path, tmp, pages=STEP_PAGES)
        _check(tmp)
        fsync_file(tmp)
        target = _place(tmp, folder, reason, now or datetime.now())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, (OSError, *drivers.Error)):
            raise _backup_error(exc, folder) from exc
        raise
    fsync_dir(folder)
    return target


def _copy(source_path: Path, target: Path, pages: int) -> None:
    source = connect.connect(source_path)
    try:
        copy = connect.connect(target, key=connect.key_for(source_path))
        try:
            source.backup(copy, pages=pages)
            # A backup stands alone: one file, no -wal beside it to lose or to need for reading it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()


def _check(path: Path) -> None:
    conn = connect.connect(path, read_only=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    if result != [("ok",)]:
        raise BackupError("backup_failed", detail="; ".join(str(r[0]) for r in result[:3]))


def _place(tmp: Path, folder: Path, reason: str, now: datetime) -> Path:
    """Move `tmp` in under the first free name of its second. A hard link fails if the name is taken, so
    two backups in the same second (two processes even) never replace one another."""
    stamp = now.strftime(STAMP)
    for n in range(1, 100):
        if any(folder.glob(f"handleplan-{stamp}-{n:02d}-*.db")):
            continue
        target = folder / f"handleplan-{stamp}-{n:02d}-{reason}.db"
        try:
            os.link(tmp, target)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links (FAT on a USB stick): rename, checked above
            os.replace(tmp, target)
            return target
        tmp.unlink()
        return target
    raise BackupError("backup_failed", detail=f"{folder}: too many backups in one second")


def _backup_error(exc: BaseException, folder: Path) -> BackupError:
    full = (isinstance(exc, OSError) and exc.errno in FULL_ERRNOS) or (
        isinstance(exc, drivers.Error) and sqlite_failure(exc) == "full"
    )
    if full:
        return BackupError("backup_disk_full", folder=str(folder))
    if isinstance(exc, BackupError):
        return exc
    return BackupError("backup_failed", detail=str(exc))


def read_backup(path: Path) -> Backup:
    """When and why `path` was made: from its name, or (an older name) from the file's time."""
    found = NAME.match(path.name)
    if found is not None:
        with contextlib.suppress(ValueError):
            return Backup(path, datetime.strptime(found["stamp"], STAMP), found["reason"], int(found["n"]))
    reason = next((r for r in REASONS if f"-{r}" in path.name), None)
    return Backup(path, datetime.fromtimestamp(path.stat().st_mtime), reason)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in `backups/`, newest first. Temporary files of a backup under way are not listed."""
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    found = [read_backup(p) for p in folder.glob("*.db") if p.is_file() and not p.name.startswith(".")]
    return sorted(found, key=lambda b: b.order, reverse=True)


def is_good(path: Path) -> bool:
    """A backup SQLite reads to the end: `integrity_check` says ok."""
    try:
        _check(path)
    except (*drivers.Error, BackupError):
        return False
    return True


def newest_good_backup(data_dir: Path) -> Backup | None:
    return next((b for b in list_backups(data_dir) if is_good(b.path)), None)


def summarize(path: Path) -> Summary | None:
    """Counted in the backup itself, read-only; None for a file that cannot be read."""
    try:
        conn = connect.connect(path, read_only=True)
        try:
            initiatives = conn.execute("SELECT count(*) FROM initiative").fetchone()[0]
            reflections = conn.execute("SELECT count(*) FROM reflection").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except drivers.Error:
        return None
    return Summary(initiatives, reflections, revision[0] if revision else None)


def restore(backup: Path, data_dir: Path, now: datetime | None = None) -> Path | None:
    """Put `backup` in place of the store in `data_dir`; returns the backup made of the store first (None
    when there was no store). The store must be closed by its owner (the app closes it, see
    ui/context.py). The backup is checked before anything changes; then SQLite's backup API writes it
    into the store file as one transaction."""
    if not is_good(backup):
        raise BackupError("backup_unreadable", path=str(backup))
    db_path = data_dir / DB_NAME
    saved = None
    if db_path.exists() and db_path.stat().st_size > 0:
        saved = make_backup(db_path, "before-restore", now=now)
    ensure_private_dir(data_dir)
    if not db_path.exists():
        fd = os.open(db_path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
        os.close(fd)
    key = connect.key_for(backup)
    if not _same_protection(key, db_path):
        # A backup from before protection was turned on or off: the store file cannot take its pages
        # in place (one is encrypted, the other not), so it is replaced by a checked copy instead.
        from handleplan.store.protect import replace_with_copy

        try:
            replace_with_copy(backup, db_path, key)
        except drivers.Error as exc:
            raise _backup_error(exc, data_dir) from exc
        return saved
    source = connect.connect(backup, read_only=True)
    try:
        target = connect.connect(db_path, key=key)
        try:
            source.backup(target)  # one step: one transaction on the store
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except drivers.Error as exc:
            raise _backup_error(exc, data_dir) from exc
        finally:
            target.close()
    finally:
        source.close()
    return saved


def _same_protection(key: connect.Key | None, db_path: Path) -> bool:
    if db_path.stat().st_size == 0:
        return key is None  # an empty store file takes a plain backup's pages; a protected one is copied
    return connect.header(db_path) == (key.salt if key else connect.HEADER)
