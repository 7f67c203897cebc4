"""Revision 0007 on a store written at 0006: the drejebøger's table arrives empty, with its search triggers,
and the initiative the leader already had can use a drejebog at once (the upgrade kept a backup first)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_migrations import fill_old_file, stamp_at

from handleplan.ops import dialogues
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.ops.search import search
from handleplan.store import DB_NAME, Store
from handleplan.store.schema import read_revision


def test_a_0006_store_upgrades_and_takes_a_drejebog(data_dir: Path):
    path = data_dir / DB_NAME
    stamp_at(path, "0006")
    fill_old_file(path)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "dialogue_outcome" not in tables

    store = Store.open(data_dir)
    try:
        assert read_revision(path) == "0007"
        [initiative] = ops.initiatives(store)
        cycle = initiative.cycles[0]
        assert cycle.dialogues == []
        outcome = dialogues.use_script(store, cycle, "psykologisk_tryghed")
        edit(store, outcome, less_of="Afbrydelser, når nogen stiller et spørgsmål")
        assert [(h.record, h.field) for h in search(store, "afbrydelser")] == [
            ("dialogue_outcome", "less_of")
        ]
        assert store.check().healthy
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert any("dialogue_outcome" in name for name in triggers)
    assert [read_revision(p) for p in (data_dir / "backups").glob("*-before-upgrade.db")] == ["0006"]
