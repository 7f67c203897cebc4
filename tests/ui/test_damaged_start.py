"""A store with bytes overwritten in the middle: `check` says so and exits 1; the GUI start moves it aside
(with its -wal and -shm), offers the newest good backup, or saves what can be read and says how much."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_recovery_start import answer

from handleplan.cli import main
from handleplan.demo import fill_demo
from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME, Store
from handleplan.store.backups import make_backup
from handleplan.ui.controller import store_opener


def damaged_plan(folder: Path, backup: bool) -> tuple[int, int]:
    """The demo plan with two pages in the middle overwritten; returns its initiatives and reflections."""
    store = Store.open(folder)
    fill_demo(store)
    store.commit()
    if backup:
        make_backup(folder / DB_NAME, "manual")
    store.close()
    conn = sqlite3.connect(folder / DB_NAME)
    counts = tuple(
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("initiative", "reflection")
    )
    conn.close()
    path = folder / DB_NAME
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(b"\xa5" * 8192)
    return counts  # type: ignore[return-value]


def test_check_names_the_damage_and_exits_non_zero(data_dir: Path, capsys):
    damaged_plan(data_dir, backup=False)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "Skaden:" in out and "Filen er beskadiget" in out and "Alt er i orden" not in out


def test_the_start_moves_it_aside_and_brings_the_backup_back(qapp, data_dir: Path):
    initiatives, _ = damaged_plan(data_dir, backup=True)
    seen: list[str] = []
    answer(seen, QMessageBox.StandardButton.Yes)
    store = store_opener(data_dir, "da")
    try:
        assert len(ops.initiatives(store)) == initiatives
        assert store.check().integrity == ["ok"]
    finally:
        store.close()
    assert "beskadiget" in seen[0] and "sikkerhedskopi" in seen[0]
    aside = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("handleplan.db.damaged-"))
    assert aside and not aside[0].endswith(("-wal", "-shm"))


def test_with_no_backup_what_can_be_read_is_saved_and_counted(qapp, data_dir: Path):
    initiatives, reflections = damaged_plan(data_dir, backup=False)
    seen: list[str] = []
    answer(seen, None)
    store = store_opener(data_dir, "da")
    try:
        assert len(ops.initiatives(store)) == initiatives
        assert store.check().integrity == ["ok"] and store.check().foreign_keys == []
    finally:
        store.close()
    assert f"{initiatives} tiltag og {reflections} refleksioner kunne reddes" in seen[0]
    assert any(p.name.startswith("handleplan.db.damaged-") for p in data_dir.iterdir())
