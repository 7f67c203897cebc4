"""What is found where a store should be, and what to do about it without losing anything.

Never start a fresh plan over something that is there: a zero-byte `handleplan.db` (a sync client or a
full disk can leave one) or a `-wal` whose database is gone (a user copying only some files) may still
be someone's evening of writing. They are moved aside under a name of their own, never deleted or
overwritten, and the newest backup that passes `integrity_check` can be put in their place.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from handleplan.store import backups
from handleplan.store.files import make_private
from handleplan.store.schema import DB_NAME

Leftover = Literal["empty", "orphan_wal"]
SIDE_FILES = ("-wal", "-shm")


def leftover(data_dir: Path) -> Leftover | None:
    """ "empty": a database of zero bytes; "orphan_wal": a -wal with writing in it but no database."""
    db = data_dir / DB_NAME
    wal = data_dir / (DB_NAME + "-wal")
    wal_has_writing = wal.exists() and wal.stat().st_size > 0
    if not db.exists():
        return "orphan_wal" if wal_has_writing else None
    if db.stat().st_size == 0:
        return "orphan_wal" if wal_has_writing else "empty"
    return None


def move_aside(data_dir: Path, why: str, when: datetime | None = None) -> list[Path]:
    """Rename the database and its -wal/-shm to `handleplan.db.<why>-<date>` (with a number if that name
    is taken); returns the new paths. Nothing is deleted."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{DB_NAME}.{why}-{stamp}"
    n = 1
    while any((data_dir / (base + (f"-{n}" if n > 1 else "") + side)).exists() for side in ("", *SIDE_FILES)):
        n += 1
    name = base + (f"-{n}" if n > 1 else "")
    moved = []
    for side in ("", *SIDE_FILES):
        source = data_dir / (DB_NAME + side)
        if source.exists():
            target = data_dir / (name + side)
            source.rename(target)
            # Kept for months beside her plan: 0600 even if an older version made it 0644.
            make_private(target)
            moved.append(target)
    return moved


def newest_good_backup(data_dir: Path) -> Path | None:
    found = backups.newest_good_backup(data_dir)
    return None if found is None else found.path


def restore_backup(backup: Path, data_dir: Path) -> Path:
    """Put `backup` in place as the store, through SQLite's backup API. The place must be free: whatever
    was there has been moved aside first (`move_aside`)."""
    target = data_dir / DB_NAME
    if target.exists():
        raise FileExistsError(target)
    backups.restore(backup, data_dir)
    return target
