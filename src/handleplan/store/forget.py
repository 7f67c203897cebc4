"""Slet alle mine data: everything Handleplan keeps in the data folder, listed, then deleted.

Deleted, not overwritten. On an SSD – most laptops – writing over a file does not reach the cells that
held it: the drive writes the new bytes elsewhere and frees the old cells when it likes. Overwriting
would promise what it cannot keep, so the files are deleted, the leader is told so plainly, and told
that the disk's own encryption (BitLocker, FileVault) is what keeps deleted bytes from being read.

Only what is Handleplan's goes: the files it names (the plan and its `-wal`/`-shm`, copies moved aside
as `handleplan.db.damaged-…`, settings, the lock and the running marker) and its own two folders,
`backups/` and `logs/`, with everything in them. A file the leader put in the data folder herself is
left and said; nothing outside the folder is touched; a symbolic link is deleted as a link, never
followed. The store must be closed first (the app's controller does that).
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from handleplan.paths import log_dir
from handleplan.store.backups import BACKUP_DIR, NAME, backup_folder
from handleplan.store.health import RUNNING_MARKER
from handleplan.store.schema import DB_NAME

SETTINGS_NAME = "settings.ini"  # ui/app.settings_for; Qt may leave settings.ini.lock beside it
LOCK_NAME = "handleplan.lock"  # ui/single_instance
PLAN_SIDES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Inventory:
    """What is in the data folder now, sorted by what it is (for the dialog's list)."""

    folder: Path
    plan: tuple[Path, ...] = ()  # handleplan.db and the files SQLite keeps beside it
    moved_aside: tuple[Path, ...] = ()  # handleplan.db.damaged-…, .empty-…, .orphan-wal-… and their sides
    backups: tuple[Path, ...] = ()  # every file in backups/, half-made ones too
    logs: tuple[Path, ...] = ()
    settings: tuple[Path, ...] = ()
    markers: tuple[Path, ...] = ()  # the lock and the running marker: no writing in them
    others: tuple[Path, ...] = ()  # not Handleplan's: left where they are

    @property
    def backup_count(self) -> int:
        """The backups proper (the restore list's), not a temporary file a crash left."""
        return sum(1 for p in self.backups if p.parent.name == BACKUP_DIR and NAME.match(p.name))

    @property
    def to_delete(self) -> tuple[Path, ...]:
        return self.plan + self.moved_aside + self.backups + self.logs + self.settings + self.markers

    @property
    def empty(self) -> bool:
        return not self.to_delete


@dataclass
class Forgotten:
    folder: Path
    deleted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (file, why) – said to the leader
    left: tuple[Path, ...] = ()  # her own files in the folder, not touched
    folder_removed: bool = False


def _files_in(folder: Path) -> tuple[Path, ...]:
    """Every file and link under `folder`, which is itself never followed when it is a link."""
    if folder.is_symlink():
        return (folder,)
    if not folder.is_dir():
        return ()
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        found += [here / name for name in files]
        found += [here / name for name in dirs if (here / name).is_symlink()]
    return tuple(sorted(found))


def inventory(folder: Path) -> Inventory:
    if not folder.is_dir():
        return Inventory(folder)
    plan, moved, settings, markers, others = [], [], [], [], []
    own_folders = {BACKUP_DIR, log_dir(folder).name}
    for entry in sorted(folder.iterdir()):
        name = entry.name
        if name in own_folders:
            continue
        if name in {DB_NAME + side for side in PLAN_SIDES}:
            plan.append(entry)
        elif name.startswith(DB_NAME + "."):
            moved.append(entry)
        elif name == SETTINGS_NAME or name.startswith(SETTINGS_NAME + "."):
            settings.append(entry)
        elif name in {LOCK_NAME, RUNNING_MARKER}:
            markers.append(entry)
        else:
            others.append(entry)
    return Inventory(
        folder=folder,
        plan=tuple(sorted(plan, key=lambda p: PLAN_SIDES.index(p.name[len(DB_NAME) :]))),
        moved_aside=tuple(moved),
        backups=_files_in(backup_folder(folder)),
        logs=_files_in(log_dir(folder)),
        settings=tuple(settings),
        markers=tuple(markers),
        others=tuple(others),
    )


def release_logs(folder: Path) -> None:
    """Close the log handlers writing into `folder`: an open log cannot be deleted on Windows, and a
    handler left open would write the next line into a file of its own making."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", None)
        if name is not None and Path(name).resolve().is_relative_to(folder.resolve()):
            root.removeHandler(handler)
            handler.close()


def forget(folder: Path) -> Forgotten:
    """Delete everything `inventory` names as Handleplan's; then its folders, and the data folder
    itself when nothing of hers is left in it. The store must be closed."""
    release_logs(folder)
    found = inventory(folder)
    result = Forgotten(folder, left=found.others)
    for path in found.to_delete:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            if path.name == LOCK_NAME:
                # Windows keeps the running app's own lock open; it removes the file itself as it closes.
                continue
            result.failed.append((path, exc.strerror or str(exc)))
            continue
        result.deleted.append(path)
    for own in (backup_folder(folder), log_dir(folder)):
        if own.is_dir() and not own.is_symlink():
            _remove_empty_folders(own)
    if not found.others and not result.failed:
        with contextlib.suppress(OSError):  # something appeared meanwhile: the folder stays, that is all
            folder.rmdir()
            result.folder_removed = True
    return result


def _remove_empty_folders(top: Path) -> None:
    for root, dirs, _files in os.walk(top, topdown=False, followlinks=False):
        for name in dirs:
            with contextlib.suppress(OSError):
                (Path(root) / name).rmdir()
    with contextlib.suppress(OSError):
        top.rmdir()
