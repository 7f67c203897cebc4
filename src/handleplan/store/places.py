"""Places where a SQLite file is at risk: folders a cloud client syncs, and network drives.

A sync client copies the database without its -wal, or two machines' copies over each other; a network
file system's locking is not what SQLite relies on (sqlite.org/howtocorrupt.html, Zotero's advice). The
app names such a place once, so the leader can move the data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

Risk = Literal["cloud", "network"]

# Folder names the common sync clients make, as they appear in a path (compared case-insensitively).
CLOUD_FOLDERS = (
    "onedrive",  # "OneDrive", "OneDrive - Aarhus Kommune"
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "mit drev",
    "icloud drive",
    "icloud~",
    "com~apple~clouddocs",
    "nextcloud",
    "owncloud",
    "box sync",
    "sync.com",
)
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "afs",
    "9p",
    "davfs",
    "fuse.rclone",
}


def risky_place(folder: Path, mounts: str | None = None) -> tuple[Risk, str] | None:
    """("cloud", the client's folder) or ("network", the file system) when `folder` is such a place."""
    resolved = folder.expanduser().resolve()
    for part in resolved.parts:
        lowered = part.casefold()
        if lowered.startswith(CLOUD_FOLDERS):
            return "cloud", part
    network = _network_filesystem(resolved, mounts)
    return ("network", network) if network else None


def _network_filesystem(folder: Path, mounts: str | None) -> str | None:
    if sys.platform == "win32" and mounts is None:
        return _windows_network_drive(folder)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # macOS and others: the cloud check above is what we have
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if folder == Path(point) or Path(point) in folder.parents:
            if best is None or len(point) > best[0]:  # the innermost mount holds the folder
                best = (len(point), fields[2])
    return best[1] if best is not None and best[1] in NETWORK_FILESYSTEMS else None


def _windows_network_drive(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith("\\\\"):  # \\server\share
        return "UNC"
    import ctypes

    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(os.path.splitdrive(text)[0] + "\\")  # type: ignore[attr-defined]
    return "remote" if kind == drive_remote else None
