"""The GUI start meets an empty file or an orphan -wal: moved aside, said so, the newest backup offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME, Store
from handleplan.store.backups import make_backup
from handleplan.ui.controller import open_store_or_explain


def answer(seen: list[str], button: QMessageBox.StandardButton | None) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        box.button(button).click() if button is not None else box.accept()

    QTimer.singleShot(20, look)


def test_an_empty_file_is_moved_aside_and_the_backup_brought_back(qapp, data_dir: Path):
    store = Store.open(data_dir)
    ops.create_initiative(store, "Luft i kørelisten")
    store.commit()
    make_backup(data_dir / DB_NAME, "manual")
    store.close()
    (data_dir / DB_NAME).write_bytes(b"")
    seen: list[str] = []
    answer(seen, QMessageBox.StandardButton.Yes)
    restored = open_store_or_explain(data_dir, "da")
    try:
        assert [i.title for i in ops.initiatives(restored)] == ["Luft i kørelisten"]
    finally:
        restored.close()
    assert "tom (0 byte)" in seen[0] and "flyttet til side" in seen[0] and "sikkerhedskopi" in seen[0]
    aside = [p for p in data_dir.iterdir() if p.name.startswith("handleplan.db.empty-")]
    assert len(aside) == 1 and aside[0].stat().st_size == 0  # kept, never deleted


def test_with_no_backup_a_new_plan_starts_beside_the_orphan(qapp, data_dir: Path):
    store = Store.open(data_dir)
    ops.create_initiative(store, "Stjernestunder")
    wal = (data_dir / (DB_NAME + "-wal")).read_bytes()
    store.session.close()
    store.engine.dispose()
    (data_dir / DB_NAME).unlink()
    (data_dir / (DB_NAME + "-wal")).write_bytes(wal)  # the last close folded it in: put it back, alone
    (data_dir / (DB_NAME + "-shm")).unlink(missing_ok=True)
    seen: list[str] = []
    answer(seen, None)
    fresh = open_store_or_explain(data_dir, "en")
    try:
        assert ops.initiatives(fresh) == []
    finally:
        fresh.close()
    assert "without the file they belong to" in seen[0] and "no backup" in seen[0]
    kept = [
        p
        for p in data_dir.iterdir()
        if p.name.startswith("handleplan.db.orphan-wal-") and p.name.endswith("-wal")
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == wal
