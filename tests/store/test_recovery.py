"""Never a fresh plan over what is there: empty files and orphan -wal files are named, moved aside, and the
newest good backup can take their place."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support import damage_table

from handleplan.errors import StoreLeftoverError
from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME, Store
from handleplan.store.backups import make_backup
from handleplan.store.recovery import leftover, move_aside, newest_good_backup, restore_backup


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "handleplan", *args], capture_output=True, text=True, timeout=120, check=False
    )


def orphan_wal(folder: Path) -> bytes:
    """A -wal with real writing in it, its database gone (copied by hand, a sync client)."""
    store = Store.open(folder)
    ops.create_initiative(store, "Tjek ind på teammødet")
    wal = (folder / (DB_NAME + "-wal")).read_bytes()
    store.session.close()
    store.engine.dispose()  # no checkpoint: the -wal keeps the writing, as after a crash
    (folder / DB_NAME).unlink()
    (folder / (DB_NAME + "-wal")).write_bytes(wal)
    (folder / (DB_NAME + "-shm")).unlink(missing_ok=True)
    return wal


def test_empty_and_orphan_are_recognised(data_dir: Path):
    data_dir.mkdir(parents=True)
    assert leftover(data_dir) is None
    (data_dir / DB_NAME).write_bytes(b"")
    assert leftover(data_dir) == "empty"
    (data_dir / DB_NAME).unlink()
    orphan_wal(data_dir)
    assert leftover(data_dir) == "orphan_wal"


def test_an_orphan_wal_is_neither_opened_over_nor_overwritten(data_dir: Path):
    wal = orphan_wal(data_dir)
    with pytest.raises(StoreLeftoverError):
        Store.open(data_dir)
    assert (data_dir / (DB_NAME + "-wal")).read_bytes() == wal
    assert not (data_dir / DB_NAME).exists()


@pytest.mark.parametrize("kind", ["empty", "orphan_wal"])
def test_check_says_why_and_exits_non_zero(data_dir: Path, kind: str):
    data_dir.mkdir(parents=True)
    if kind == "empty":
        (data_dir / DB_NAME).write_bytes(b"")
    else:
        orphan_wal(data_dir)
    done = run("--data-dir", str(data_dir), "check")
    assert done.returncode == 1
    assert ("tom (0 byte)" if kind == "empty" else "uden den fil, de hører til") in done.stdout
    english = run("--data-dir", str(data_dir), "check", "--lang", "en")
    assert ("empty (0 bytes)" if kind == "empty" else "without the file they belong to") in english.stdout
    assert not (data_dir / DB_NAME).exists() or (data_dir / DB_NAME).stat().st_size == 0  # untouched


def test_demo_and_export_do_not_start_a_plan_over_an_empty_file(data_dir: Path, tmp_path: Path):
    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"")
    for args in (("demo",), ("export-pdf", str(tmp_path / "x.pdf"))):
        done = run("--data-dir", str(data_dir), *args)
        assert done.returncode != 0 and "tom (0 byte)" in done.stderr + done.stdout
        assert "Traceback" not in done.stderr
    assert (data_dir / DB_NAME).read_bytes() == b""


def test_moved_aside_with_its_wal_never_over_an_earlier_one(data_dir: Path):
    wal = orphan_wal(data_dir)
    first = move_aside(data_dir, "orphan")
    assert [p.name.endswith("-wal") for p in first] == [True]
    assert first[0].read_bytes() == wal
    orphan_wal(data_dir)
    second = move_aside(data_dir, "orphan", when=None)
    assert second[0] != first[0] and first[0].exists() and second[0].exists()
    assert leftover(data_dir) is None


def test_the_newest_good_backup_is_restored_and_a_damaged_one_passed_over(data_dir: Path, tmp_path: Path):
    store = Store.open(data_dir)
    ops.create_initiative(store, "Luft i kørelisten")
    store.commit()
    good = make_backup(data_dir / DB_NAME, "manual")
    ops.create_initiative(store, "Stjernestunder")
    store.close()
    bad = data_dir / "backups" / "handleplan-test-newer.db"
    bad.write_bytes((data_dir / DB_NAME).read_bytes())
    damage_table(bad, "initiative")
    (data_dir / DB_NAME).write_bytes(b"")  # what a sync client left
    move_aside(data_dir, "empty")
    assert newest_good_backup(data_dir) == good
    restore_backup(good, data_dir)
    again = Store.open(data_dir)
    try:
        assert [i.title for i in ops.initiatives(again)] == ["Luft i kørelisten"]
    finally:
        again.close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_what_is_moved_aside_is_hers_alone_even_if_an_older_version_made_it_readable(data_dir: Path):
    """A store an earlier Handleplan made 0644 is moved aside at the start before `Store.open` could
    tighten it; kept for months, it is 0600 like everything else in the folder."""
    orphan_wal(data_dir)
    (data_dir / DB_NAME).write_bytes(b"")
    for side in ("", "-wal"):
        os.chmod(data_dir / (DB_NAME + side), 0o644)
    moved = move_aside(data_dir, "orphan-wal")
    assert len(moved) == 2
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in moved} == {"0o600"}
