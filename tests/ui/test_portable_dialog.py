"""Filer → the portable file in the app: the export says the private entries are inside; loading into a
plan asks first, backs it up, replaces it, and every screen hears that everything changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from handleplan.ops import initiatives as ops
from handleplan.portable import export_portable
from handleplan.store import Store
from handleplan.ui.dialogs.portable import PortableFile, default_name
from handleplan.ui.main_window import MainWindow


def answer_boxes(replies: list[str], seen: list[str]) -> None:
    """Answer the next message boxes in turn, clicking the button with each reply's text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        reply = replies.pop(0)
        next(b for b in box.buttons() if b.text().replace("&", "") == reply).click()
        if replies:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_the_menu_has_both_entries(ctx, qtbot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Eksportér hele handleplanen …" in texts and "Hent handleplan fra fil …" in texts


def test_export_says_private_entries_are_inside(ctx, qtbot, tmp_path: Path) -> None:
    ops.create_initiative(ctx.store, "Privat tiltag", private=True)
    portable = PortableFile(ctx, MainWindow(ctx))
    seen: list[str] = []
    answer_boxes(["OK"], seen)
    out = portable.export_plan(tmp_path / "plan.handleplan")
    assert out == tmp_path / "plan.handleplan" and out.is_file()
    assert "også dine private poster" in seen[0]
    assert default_name("Mette  Hansen").startswith("Handleplan – Mette Hansen – ")


def test_loading_over_a_plan_asks_backs_up_and_replaces(ctx, qtbot, tmp_path: Path) -> None:
    other = Store.open(tmp_path / "other")
    ops.create_initiative(other, "Fra den gamle computer")
    export_portable(other, tmp_path / "old.handleplan")
    other.close()
    ops.create_initiative(ctx.store, "Det, jeg har her")
    portable = PortableFile(ctx, MainWindow(ctx))

    seen: list[str] = []
    answer_boxes(["Annullér"], seen)
    assert portable.import_plan(tmp_path / "old.handleplan") is False
    assert "sikkerhedskopi" in seen[0]
    assert [i.title for i in ops.initiatives(ctx.store)] == ["Det, jeg har her"]

    answer_boxes(["Erstat handleplanen", "OK"], seen)
    with qtbot.waitSignal(ctx.changed) as changed:
        assert portable.import_plan(tmp_path / "old.handleplan") is True
    assert {"initiative", "reflection", "milestone", "profile"} <= changed.args[0]
    assert [i.title for i in ops.initiatives(ctx.store)] == ["Fra den gamle computer"]
    assert "sikkerhedskopi" in seen[-1] and len(list((ctx.db_path.parent / "backups").iterdir())) == 1


def test_a_damaged_file_is_said_and_changes_nothing(ctx, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.handleplan"
    bad.write_bytes(b"not a zip at all")
    ops.create_initiative(ctx.store, "Mit tiltag")
    seen: list[str] = []
    answer_boxes(["OK"], seen)  # no question first: the file is checked before she is asked
    assert PortableFile(ctx, MainWindow(ctx)).import_plan(bad) is False
    assert len(seen) == 1 and "beskadiget" in seen[0]
    assert [i.title for i in ops.initiatives(ctx.store)] == ["Mit tiltag"]
