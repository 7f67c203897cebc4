"""Is the store whole before anything reads it? A quick look at every start, a full one after a crash.

`PRAGMA quick_check` walks every page of every b-tree (a few ms even on a large plan, see
`bench/bench_health.py`), so damage is found at the door instead of halfway through the leader's work.
The full `integrity_check` also compares every index with its table; it costs several times more, so it
runs only when the last run did not end cleanly. How the app knows: `Store.open` leaves a marker file
beside the store and a clean `Store.close` removes it – a marker found at start means a crash, a
SIGKILL or a power cut since. Plain `sqlite3` (`sqlcipher3` for a protected store, store/connect.py)
only: this runs before the first paint, before SQLAlchemy.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from handleplan.errors import sqlite_failure
from handleplan.store import connect, drivers
from handleplan.store.files import touch_private
from handleplan.store.schema import DB_NAME

RUNNING_MARKER = "handleplan.running"  # beside the store while it is open; 0600, empty


def mark_running(data_dir: Path) -> None:
    """Written when the store opens. A folder that cannot take it (read-only) only costs the full check."""
    with contextlib.suppress(OSError):
        touch_private(data_dir / RUNNING_MARKER)


def mark_stopped(data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        (data_dir / RUNNING_MARKER).unlink(missing_ok=True)


def ended_uncleanly(data_dir: Path) -> bool:
    return (data_dir / RUNNING_MARKER).exists()


def damage(path: Path, full: bool = False) -> str | None:
    """Why the store at `path` is damaged (SQLite's own first words), or None when it is whole, absent or
    empty (those are `recovery.leftover`'s), or cannot be read for a reason that is not damage (a
    read-only folder, a lock: `Store.open` says those)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    pragma = "PRAGMA integrity_check(20)" if full else "PRAGMA quick_check(20)"
    try:
        conn = connect.connect(path, read_only=True)
        try:
            lines = [row[0] for row in conn.execute(pragma).fetchall()]
        finally:
            conn.close()
    except drivers.DatabaseError as exc:
        return str(exc) if sqlite_failure(exc) == "damage" else None
    return None if lines == ["ok"] else damage_reason(lines)


def damage_reason(lines: list[str], most: int = 3) -> str:
    """SQLite's check lines as one line: "Page 58: btreeInitPage() returns error code 11; …"."""
    parts = [
        part.strip()
        for line in lines
        for part in line.replace("*** in database main ***", "").splitlines()
        if part.strip()
    ]
    return "; ".join(parts[:most]) + (f" (+{len(parts) - most})" if len(parts) > most else "")


def damage_at_start(data_dir: Path) -> str | None:
    """The start's look at the store: quick, or full after an unclean end."""
    return damage(data_dir / DB_NAME, full=ended_uncleanly(data_dir))
