"""Files and folders readable by the leader only, and one atomic-write helper for every file we write.

Every file is asked for 0600 where it is made (`touch_private` before SQLite, Qt or logging opens it;
`atomic_write` and `tempfile.mkstemp` for whole files) and every folder for 0700 (`ensure_private_dir`).
Never through a process-wide `os.umask(0o077)`: the umask is shared by every thread and by Qt, so it
would also decide the mode of what she saves elsewhere through Qt's file dialogs (a copy for a colleague
on a shared drive), and a worker thread writing while another part of the app sets it back would get
whichever value was there at that instant. Asking per file keeps the rule where the file is made.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (and parents) readable by the user only; tighten it if it already exists.

    Parents made here are 0700 too (`mkdir(parents=True)` would make them with the umask's mode): a
    `--data-dir ~/Dokumenter/kursus/Handleplan` makes "kursus" hers alone as well. Parents that were
    there already are not ours to change."""
    missing = []
    for parent in [path, *path.parents]:
        if parent.exists():
            break
        missing.append(parent)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another start made it this moment
            folder.mkdir(mode=PRIVATE_DIR_MODE)
            if os.name == "posix":
                os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)  # raises what the loop could not say
    if os.name == "posix":
        # Only take rights away from group and others: never give the owner write access to a folder
        # they made read-only on purpose.
        with contextlib.suppress(OSError):  # not ours to change, or a read-only disk: leave it
            os.chmod(path, stat.S_IMODE(path.stat().st_mode) & PRIVATE_DIR_MODE)
    return path


READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def folder_problem(folder: Path) -> tuple[str, str] | None:
    """Why Handleplan could not keep the leader's data in `folder` now – ("read_only", detail) or
    ("disk_full", detail) – or None. Found by doing it: the folder made, a byte written and synced."""
    try:
        ensure_private_dir(folder)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".handleplan-probe-") as probe:
            probe.write(b"x")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        if exc.errno in FULL_ERRNOS:
            return "disk_full", exc.strerror or str(exc)
        return "read_only", f"{exc.strerror or exc}: {exc.filename or folder}"
    return None


def make_private(path: Path) -> None:
    """Take group's and others' rights off a file that is there already: one written 0644 by an earlier
    Handleplan (the settings, the log), or a store she copied in. Only takes rights away, never gives
    the owner write access to a file made read-only on purpose; a file that is not ours stays as it is."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & ~PRIVATE_FILE_MODE:
            os.chmod(path, mode & PRIVATE_FILE_MODE)


def touch_private(path: Path) -> None:
    """Create an empty file with mode 0600 before SQLite opens it (SQLite copies the mode to -wal/-shm)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


@contextlib.contextmanager
def atomic_write(target: Path, mode: str = "wb") -> Iterator[IO]:
    """Write to a temporary file beside `target`, fsync, then move it into place.

    If anything fails, the temporary file is removed and `target` is untouched: never half a file.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, PRIVATE_FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def fsync_file(path: Path) -> None:
    """What was written to `path` is on the disk, not only in the cache (a copy SQLite wrote and closed)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """A rename into `folder` survives a power cut (POSIX; elsewhere the file system sees to it)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder; the file itself is synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
