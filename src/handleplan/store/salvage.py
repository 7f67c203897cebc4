"""What can still be read from a damaged store, copied into a fresh one through the normal schema.

Used when a damaged store has been moved aside and there is no good backup. First SQLite's own
recovery, the `sqlite3` command line's `.recover`, when it is installed and works (it reads around
broken pages, also rows of tables whose b-tree is broken); otherwise the damaged file itself. From that
source every table the models know is copied row by row into the fresh store: rows in ascending rowid
order until a broken page stops the read, then in descending order from the other end, so one bad page
in the middle costs only the rows on it. A row whose parent was lost goes too (a cycle without its
initiative is no use and would break the foreign keys). The damaged file is only read, never changed.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from handleplan.store import connect, drivers
from handleplan.store.files import touch_private
from handleplan.store.search_index import fold
from handleplan.store.store import Store

log = logging.getLogger(__name__)

RECOVER_TIMEOUT_S = 300


@dataclass(frozen=True)
class Salvaged:
    """How much of the damaged plan is in the fresh store: the counts the leader is told."""

    initiatives: int
    reflections: int
    rows: int  # every row copied, of every table
    used_recover: bool  # SQLite's `.recover` read the file (else the rows were read directly)


def salvage(damaged: Path, store: Store) -> Salvaged:
    """Copy every readable row of `damaged` (a store moved aside) into the empty, current `store`."""
    with tempfile.TemporaryDirectory(dir=store.data_dir, prefix=".handleplan-salvage-") as work:
        recovered = _recovered_by_sqlite(damaged, Path(work) / "recovered.db")
        source = recovered or damaged
        rows = _copy_rows(source, store)
    store.session.expire_all()
    with store.engine.connect() as conn:
        initiatives = conn.exec_driver_sql("SELECT count(*) FROM initiative").scalar_one()
        reflections = conn.exec_driver_sql("SELECT count(*) FROM reflection").scalar_one()
    log.info("salvaged %s rows from %s (recover: %s)", rows, damaged, recovered is not None)
    return Salvaged(initiatives, reflections, rows, recovered is not None)


def _recovered_by_sqlite(damaged: Path, target: Path) -> Path | None:
    """`sqlite3 damaged .recover` played into `target`; None when the command is missing or fails
    (some builds' `.recover` stops with "SQL logic error" even on a whole file)."""
    if connect.is_protected(damaged):
        return None  # the sqlite3 command line cannot read a SQLCipher file; nor may it write it out plain
    cli = shutil.which("sqlite3")
    if cli is None:
        return None
    try:
        done = subprocess.run(
            [cli, f"file:{damaged}?mode=ro", ".recover"], capture_output=True, timeout=RECOVER_TIMEOUT_S,
            check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        log.warning("sqlite3 .recover could not run", exc_info=True)
        return None
    if done.returncode != 0 or b"error" in done.stderr.lower():
        log.warning("sqlite3 .recover failed: %s", done.stderr.decode("utf-8", "replace")[:500])
        return None
    touch_private(target)  # SQLite would make it with the umask's mode; it holds the whole plan
    conn = connect.connect(target)
    try:
        conn.create_function("hp_fold", 1, fold, deterministic=True)  # the search triggers call it
        conn.executescript(done.stdout.decode("utf-8", "replace"))
        conn.commit()
        return target
    except drivers.Error:
        log.warning("the SQL of sqlite3 .recover did not play back", exc_info=True)
        return None
    finally:
        conn.close()


def _copy_rows(source: Path, store: Store) -> int:
    from handleplan.models import measurement, plan  # noqa: F401 - the tables join Base.metadata on import
    from handleplan.models.base import Base

    src = connect.connect(source, read_only=True)
    raw = store.engine.raw_connection()
    copied = 0
    try:
        raw.execute("PRAGMA foreign_keys=OFF")  # parents and children arrive table by table
        for table in Base.metadata.sorted_tables:
            there = _columns(src, table.name)
            names = [c.name for c in table.columns if c.name in there]
            if not names:
                continue
            cols = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" for _ in names)
            for row in _readable_rows(src, table.name, cols):
                try:
                    raw.execute(f'INSERT OR IGNORE INTO "{table.name}" ({cols}) VALUES ({marks})', row)
                    copied += 1
                except drivers.Error:  # a row the damage made nonsense of (a NULL where none may be)
                    log.info("salvage skipped a row of %s", table.name, exc_info=True)
        raw.commit()
        copied -= _drop_orphans(raw)
        raw.commit()
    finally:
        with contextlib.suppress(*drivers.Error):
            raw.execute("PRAGMA foreign_keys=ON")
        raw.close()
        src.close()
    return copied


def _columns(src: connect.Connection, table: str) -> set[str]:
    try:
        return {row[1] for row in src.execute(f'PRAGMA table_info("{table}")')}
    except drivers.DatabaseError:
        return set()


def _readable_rows(src: connect.Connection, table: str, cols: str) -> list[tuple]:
    found: dict[int, tuple] = {}
    for order in ("ASC", "DESC"):
        try:
            for row in src.execute(f'SELECT rowid, {cols} FROM "{table}" ORDER BY rowid {order}'):
                found.setdefault(row[0], row[1:])
            if order == "ASC":
                break  # read to the end: nothing to fetch from the other side
        except drivers.DatabaseError:
            continue
    return [found[key] for key in sorted(found)]


def _drop_orphans(raw) -> int:  # noqa: ANN001 - a DBAPI connection
    """Delete rows whose parent was not saved, until none are left (a child's child goes next round)."""
    dropped = 0
    while broken := raw.execute("PRAGMA foreign_key_check").fetchall():
        for table, rowid, _parent, _fk in broken:
            raw.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            dropped += 1
    return dropped
