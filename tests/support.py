"""Helpers several test files share: read every row of a real SQLite file, damage one, and answer the next
message box."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table, read with plain sqlite3 (the -wal included, nothing of the ORM trusted),
    without the `skip` columns; rows sorted, so two dumps compare as sets."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # The search index's own shadow tables hold its segments, laid out anew by every write; what it
        # holds is compared as the rows of the index itself (search_index).
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if not r[0].startswith("search_index_")
        ]
        result = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in skip]
            result[table] = sorted((tuple(row[i] for i in keep) for row in cursor.fetchall()), key=repr)
        return result
    finally:
        conn.close()


def damage_table(db: Path, table: str) -> bytes:
    """Overwrite the root page of `table` on disk, as a bad sector or a half-synced copy would (the -wal
    folded in first); returns the file's bytes as they are now."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    page = root.fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(b"Z" * page_size)
    return db.read_bytes()


def damage_error(folder: Path) -> sqlite3.DatabaseError:
    """The error SQLite itself raises on meeting damaged pages (with its result code, as only SQLite sets
    it), from a small file made and damaged in `folder`."""
    db = folder / "damaged.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE note (text TEXT)")
    conn.executemany("INSERT INTO note VALUES (?)", [("Et notat om trivsel",)] * 50)
    conn.commit()
    conn.close()
    damage_table(db, "note")
    conn = sqlite3.connect(db)
    try:
        conn.execute("SELECT text FROM note").fetchall()
    except sqlite3.DatabaseError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("the damage was not met")


def answer_next_message(seen: list[str]) -> None:
    """Once a modal message box is up (from a call that waits for it), note its text and close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(20, answer)
