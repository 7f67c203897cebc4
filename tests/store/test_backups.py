"""Backups through SQLite's backup API, checked before they count; rotation over a year; the restore drill;
a backup while the store is written and one on a full disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from support import damage_table, dump

from handleplan.errors import HandleplanError
from handleplan.ops import initiatives as ops
from handleplan.ops.undo import delete_record
from handleplan.store import DB_NAME, Store
from handleplan.store.backups import (
    Backup,
    BackupError,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
    summarize,
)
from handleplan.store.retention import ANKI, course_period, keep_for, rotate, to_delete
from handleplan.store.search_index import fold

START = datetime(2026, 8, 24, 8, 0)


def titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM initiative ORDER BY id")]
    finally:
        conn.close()


def test_a_backup_is_checked_private_standalone_and_never_replaces_another(store: Store, data_dir: Path):
    ops.create_initiative(store, "Luft i kørelisten")
    first = make_backup(store.path, "automatic", now=START)
    second = make_backup(store.path, "exit", now=START)  # the same second
    assert first.name == "handleplan-20260824-080000-01-automatic.db"
    assert second.name == "handleplan-20260824-080000-02-exit.db"
    assert [b.path for b in list_backups(data_dir)] == [second, first]
    assert [b.reason for b in list_backups(data_dir)] == ["exit", "automatic"]
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [first.name, second.name]  # no temp
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
        assert stat.S_IMODE((data_dir / "backups").stat().st_mode) == 0o700
    conn = sqlite3.connect(f"file:{first}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal to lose
    conn.close()
    assert summarize(first).initiatives == 1 and summarize(first).reflections == 0
    with pytest.raises(ValueError):
        make_backup(store.path, "because")


def test_restore_drill_every_generation_restores_with_its_content(data_dir: Path):
    """Five generations, each with different content; each restored in turn (newest first, then back to
    the oldest, then a middle one) matches, row for row, the store as it was when it was backed up."""
    store = Store.open(data_dir)
    generations: list[tuple[Path, dict]] = []
    for n in range(5):
        initiative = ops.create_initiative(store, f"Tiltag i generation {n}")
        ops.add_question(store, initiative.cycles[0], f"Spørgsmål {n}: virker det?")
        if n == 3:
            delete_record(store, store.session.get(type(initiative), 1))
        store.commit()
        backup = make_backup(store.path, "automatic", now=START + timedelta(hours=n))
        generations.append((backup, dump(store.path)))
    store.close()
    assert len({repr(content) for _b, content in generations}) == 5  # five different plans
    for backup, content in [*reversed(generations), generations[2]]:
        restore(backup, data_dir, now=datetime.now())
        assert dump(data_dir / DB_NAME) == content, backup.name
        again = Store.open(data_dir)  # the app opens it as ever
        try:
            assert again.check().healthy
        finally:
            again.close()
    # Each restore first kept the plan it replaced.
    assert sum(b.reason == "before-restore" for b in list_backups(data_dir)) == 6


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store: Store, data_dir: Path):
    ops.create_initiative(store, "Stjernestunder")
    backup = make_backup(store.path, "automatic")
    store.close()
    damage_table(backup, "initiative")
    before = dump(data_dir / DB_NAME)
    with pytest.raises(BackupError) as raised:
        restore(backup, data_dir)
    assert "kan ikke læses til ende" in raised.value.message("da")
    assert dump(data_dir / DB_NAME) == before
    assert [b.path for b in list_backups(data_dir)] == [backup]  # no before-restore copy either


def test_a_backup_made_while_the_store_is_written_is_a_consistent_moment(store: Store, data_dir: Path):
    """A writer commits initiative after initiative on its own connection while backups are made: each
    backup passes integrity_check and holds exactly the first k initiatives, for some k – never a gap."""
    writer = sqlite3.connect(store.path, check_same_thread=False)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.create_function("hp_fold", 1, fold, deterministic=True)  # the search index's triggers call it
    stop = threading.Event()
    written = []

    def write() -> None:
        n = 0
        while not stop.is_set() and n < 3000:
            writer.execute(
                "INSERT INTO initiative (title, goal, why, tags, status, private, position, created_at, updated_at)"
                " VALUES (?, '', '', '[]', 'active', 0, ?, datetime('now'), datetime('now'))",
                (f"Skrevet {n:05d}", n),
            )
            writer.commit()
            written.append(n)
            n += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        backups = []
        while len(backups) < 8 and thread.is_alive():
            backups.append(make_backup(store.path, "automatic"))
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert len(backups) >= 3 and written
    seen = []
    for backup in backups:
        found = titles(backup)
        assert found == [f"Skrevet {n:05d}" for n in range(len(found))], backup.name
        seen.append(len(found))
    assert seen == sorted(seen)  # each later backup holds at least as much


def test_retention_rotation_over_a_simulated_year():
    """A backup every 30 minutes of an eight-hour working day, rotated after each, for a year: what is
    left is the last few, one a day for 12 days, one a week for 10 weeks and one a month for 9 months."""
    kept: list[Backup] = []
    now = START
    for day in range(365):
        for half_hour in range(16):
            now = START + timedelta(days=day, minutes=30 * half_hour)
            kept.append(Backup(Path(f"/b/{day}-{half_hour}.db"), now, "automatic"))
            newest_good = kept[-1].path
            gone = {b.path for b in to_delete(kept, now, None, newest_good)}
            kept = [b for b in kept if b.path not in gone]
    kept.sort(key=lambda b: b.made, reverse=True)
    assert len(kept) <= ANKI.recent + ANKI.daily + ANKI.weekly + ANKI.monthly
    assert kept[0].made == now  # the newest is always there
    assert [b.made for b in kept[: ANKI.recent]] == [now - timedelta(minutes=30 * i) for i in range(5)]
    days = {b.made.date() for b in kept}
    assert {now.date() - timedelta(days=i) for i in range(12)} <= days  # every one of the last 12 days
    weeks = {b.made.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 10 + 1
    oldest = min(b.made for b in kept)
    assert now - oldest > timedelta(days=7 * 30)  # back to before the summer
    assert now - oldest < timedelta(days=12 * 31)


def test_the_period_deletes_older_backups_but_never_the_newest_good_one(store: Store, data_dir: Path):
    ops.create_initiative(store, "Trivselsmåling")
    old = [make_backup(store.path, "automatic", now=START + timedelta(days=d)) for d in (0, 40, 80)]
    now = START + timedelta(days=400)
    deleted = rotate(data_dir, now=now, keep_for=timedelta(days=100))
    assert sorted(deleted) == old[:2]  # older than 100 days; the newest of them is the newest good backup
    assert [b.path for b in list_backups(data_dir)] == [old[2]]

    newer = make_backup(store.path, "automatic", now=now)
    damage_table(newer, "initiative")  # the newest is damaged: the older good one stays
    assert rotate(data_dir, now=now, keep_for=timedelta(days=100)) == []
    assert newest_good_backup(data_dir).path == old[2]


def test_nothing_is_deleted_while_the_store_is_damaged(store: Store, data_dir: Path):
    ops.create_initiative(store, "Trivselsmåling")
    made = [make_backup(store.path, "automatic", now=START + timedelta(days=d)) for d in range(3)]
    far_later = START + timedelta(days=3000)
    assert rotate(data_dir, now=far_later, keep_for=timedelta(days=1), store_damaged=True) == []
    assert {b.path for b in list_backups(data_dir)} == set(made)


def test_the_default_period_is_the_forlob_plus_a_year(store: Store, data_dir: Path):
    from handleplan.ops import timeline

    assert course_period(data_dir / "none.db") == timedelta(days=730)
    timeline.add_milestone(store, "modul1", "Modul 1", datetime(2026, 9, 1).date())
    timeline.add_milestone(store, "modul3", "Modul 3", datetime(2027, 3, 1).date())
    store.commit()
    assert course_period(store.path) == timedelta(days=181 + 365)
    assert keep_for(store.path, 0) == timedelta(days=181 + 365)
    assert keep_for(store.path, 24) == timedelta(days=731)


UNSHARE = shutil.which("unshare")
needs_mount = pytest.mark.skipif(
    os.name != "posix" or UNSHARE is None or os.geteuid() != 0,
    reason="a small tmpfs needs root and unshare (as on the CI machine)",
)

# Inside a private mount namespace: `backups/` is a tmpfs far smaller than the plan. What is in it after
# the failed backup is printed from inside, as the mount is gone once the child exits.
FULL_DISK = """
import os, sys
from pathlib import Path
from handleplan.cli import main
folder = Path(sys.argv[1])
code = main(["--data-dir", str(folder), "backup"])
print("EXIT:", code)
print("LEFT:", sorted(os.listdir(folder / "backups")))
"""


@needs_mount
def test_a_backup_on_a_full_disk_says_so_and_leaves_no_half_file(tmp_path: Path):
    from handleplan.demo import fill_demo

    folder = tmp_path / "plan"
    store = Store.open(folder)
    fill_demo(store)
    store.close()
    (folder / "backups").mkdir(mode=0o700)
    before = dump(folder / DB_NAME)
    assert (folder / DB_NAME).stat().st_size > 256 * 1024
    mount = f'mount -t tmpfs -o size=128k tmpfs "{folder}/backups" && exec "$@"'
    done = subprocess.run(
        [UNSHARE, "-m", "--propagation", "private", "sh", "-c", mount, "sh", sys.executable, "-c", FULL_DISK,
         str(folder)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "EXIT: 1" in done.stdout, done.stdout + done.stderr
    assert "LEFT: []" in done.stdout  # no temporary file, no half backup
    assert "Disken er fuld, så der kunne ikke laves en sikkerhedskopi" in done.stderr
    assert "Traceback" not in done.stderr
    assert dump(folder / DB_NAME) == before
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_backup_error_is_a_sentence_for_the_leader():
    error = BackupError("backup_disk_full", folder="/x/backups")
    assert isinstance(error, HandleplanError)
    assert "Disken er fuld" in error.message("da") and "The disk is full" in error.message("en")
