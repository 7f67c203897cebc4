"""Gendan fra sikkerhedskopi in the running app: the list says when, why and what each backup holds, an
unreadable one cannot be picked, and a restore puts the old plan back in the window, the plan before it
kept as a backup of its own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME
from handleplan.store.backups import backup_folder, list_backups, make_backup, summarize
from handleplan.ui.dialogs.restore import RestoreDialog, restore_from_backup
from handleplan.ui.main_window import MainWindow


def test_the_list_says_when_why_and_what_and_an_unreadable_one_cannot_be_picked(ctx, qtbot, data_dir: Path):
    ctx.call(ops.create_initiative, ctx.store, "Pauser, der bliver holdt")
    make_backup(ctx.store.path, "automatic", now=datetime(2026, 12, 4, 9, 5))
    ctx.call(ops.create_initiative, ctx.store, "Trivselsrunde")
    make_backup(ctx.store.path, "exit", now=datetime(2026, 12, 4, 16, 30))
    broken = backup_folder(data_dir) / "handleplan-20261204-170000-01-manual.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)

    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.list.topLevelItem(i).text(c) for c in range(3)]
        for i in range(dialog.list.topLevelItemCount())
    ]
    assert rows == [
        ["fredag 4. dec. 2026 kl. 17.00", "Taget af dig", "Kan ikke læses"],
        ["fredag 4. dec. 2026 kl. 16.30", "Da du lukkede", "2 tiltag, 0 refleksioner"],
        ["fredag 4. dec. 2026 kl. 09.05", "Automatisk", "1 tiltag, 0 refleksioner"],
    ]
    assert not dialog.list.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.list.currentItem() is dialog.list.topLevelItem(1)  # the newest one that can be used
    assert dialog.restore_button.isEnabled()
    assert dialog.empty.isHidden()


def test_with_no_backups_it_says_when_the_first_comes(ctx, qtbot):
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.isHidden() and not dialog.empty.isHidden()
    assert "halv time" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_the_menu_offers_it(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert "Gendan fra sikkerhedskopi …" in [a.text() for a in file_menu.actions()]


def _pick_backup_then(reply: str, seen: list[str], row: int = 0) -> None:
    """Accept the restore dialog on `row`, then answer its question with `reply`."""

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, in_dialog)
            return
        dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
        dialog.restore_button.click()
        QTimer.singleShot(20, in_question)

    def in_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, in_question)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == reply).click()

    QTimer.singleShot(20, in_dialog)


def test_restoring_puts_the_old_plan_back_in_the_window_and_keeps_the_one_before(
    start_app, demo_folder: Path, qtbot
):
    controller = start_app(demo_folder, "initiatives")
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    ctx = controller.ctx
    before = summarize(demo_folder / DB_NAME)
    make_backup(ctx.store.path, "automatic")
    ctx.call(ops.create_initiative, ctx.store, "Nyt tiltag efter backuppen")
    old_window = controller.window

    seen: list[str] = []
    _pick_backup_then("Gendan", seen)
    assert restore_from_backup(ctx, old_window)

    assert "gemmes først som sikkerhedskopi" in seen[0]
    assert summarize(demo_folder / DB_NAME).initiatives == before.initiatives  # the new one is gone
    assert controller.window is not old_window and controller.window.isVisible()
    titles = [i.title for i in ops.initiatives(ctx.store)]
    assert "Nyt tiltag efter backuppen" not in titles
    told = controller.window.findChild(QMessageBox, "plan-replaced")
    assert told is not None and "gendannet" in told.text()
    # The plan as it was before the restore is a backup of its own, so the restore can be undone.
    newest = list_backups(demo_folder)[0]
    assert newest.reason == "before-restore"
    assert summarize(newest.path).initiatives == before.initiatives + 1
    assert newest.path.name in told.text()
    told.accept()  # she reads it and clicks OK
    ctx.call(ops.create_initiative, ctx.store, "Skrevet efter gendannelsen")  # the reopened store works
    assert summarize(demo_folder / DB_NAME) is not None


def test_saying_no_to_the_question_changes_nothing(start_app, demo_folder: Path, qtbot):
    controller = start_app(demo_folder, "overview")
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    ctx = controller.ctx
    make_backup(ctx.store.path, "automatic")
    ctx.call(ops.create_initiative, ctx.store, "Bliver stående")
    window = controller.window
    seen: list[str] = []
    _pick_backup_then("Annullér", seen)
    assert not restore_from_backup(ctx, window)
    assert controller.window is window
    assert "Bliver stående" in [i.title for i in ops.initiatives(ctx.store)]
    assert [b.reason for b in list_backups(demo_folder)] == ["automatic"]
