"""An error no screen expected, met while the app runs: one calm sentence for the leader, the details in
the log, and the window goes on working."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from handleplan.errors import MESSAGES
from handleplan.ops import edit, people
from handleplan.store import Store
from handleplan.ui.failure import LOGGED_PER_FAILURE, FailureNotice

# The app as `handleplan` starts it. Once it has warmed up, the file's pages for the initiatives are
# overwritten on disk (a bad sector, a half-synced copy), and the leader goes to TRIO and back to the
# Overblik twice: the Overblik reads the file again and meets the damage.
DAMAGE_WHILE_WORKING = """
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from handleplan.ui import controller as ctl
from handleplan.ui.app import get_app

folder = Path(sys.argv[1])
app = get_app()
made = []
init = ctl.AppController.__init__


def record(self, *args, **kwargs):
    init(self, *args, **kwargs)
    made.append(self)


ctl.AppController.__init__ = record


def damage_then_look():
    if not made or not made[0].warmed_up:
        QTimer.singleShot(50, damage_then_look)
        return
    db = folder / "handleplan.db"
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'initiative'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(b"Z" * page_size)
    window = made[0].window
    for _ in range(2):
        window.screens["overview"].mark_stale()
        window.nav.setCurrentRow(3)
        window.nav.setCurrentRow(0)
    QTimer.singleShot(50, answer)


def answer():
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(50, answer)
        return
    print("dialog:", box.text(), flush=True)
    box.accept()
    QTimer.singleShot(500, close)


def close():
    window = made[0].window
    print("still open:", sum(b.isVisible() for b in window.findChildren(QMessageBox)), flush=True)
    window.close()


QTimer.singleShot(100, damage_then_look)
from handleplan.cli import main

sys.exit(main(["--data-dir", str(folder)]))
"""


def past_the_welcome(folder: Path) -> None:
    store = Store.open(folder)
    edit.edit(store, people.profile(store), onboarded=True)
    store.close()


def test_damage_met_while_working_is_explained_once_and_the_file_left_alone(demo_folder: Path):
    past_the_welcome(demo_folder)
    db = demo_folder / "handleplan.db"
    result = subprocess.run(
        [sys.executable, "-c", DAMAGE_WHILE_WORKING, str(demo_folder)],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    expected = MESSAGES["damaged_while_working"]["da"].format(folder=demo_folder)
    dialogs = [line for line in result.stdout.splitlines() if line.startswith("dialog:")]
    assert dialogs == [f"dialog: {expected}"], result.stdout + result.stderr
    assert "still open: 0" in result.stdout
    # Not printed to a terminal the leader never sees: written to the log, with what SQLite said.
    assert "Traceback" not in result.stderr
    log_text = (demo_folder / "logs" / "handleplan.log").read_text(encoding="utf-8")
    assert "Traceback" in log_text and "malformed" in log_text
    # The damage is still there for whoever helps: nothing wrote over it.
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT title FROM initiative").fetchall()
    finally:
        conn.close()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_screen_is_one_calm_message_and_the_work_goes_on(
    demo_folder: Path, start_app, qtbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    from handleplan.ui.screens.trio import TrioScreen

    controller = start_app(demo_folder, "overview")
    qtbot.waitUntil(lambda: controller.warmed_up, timeout=20_000)
    window = controller.window
    log_file = demo_folder / "logs" / "handleplan.log"
    notice = FailureNotice(lambda: controller.window, lambda: controller.ctx.lang, demo_folder, log_file)
    before = sys.excepthook
    notice.install()
    try:

        def broken(_screen: TrioScreen) -> None:
            raise RuntimeError("a bug in the TRIO screen")

        monkeypatch.setattr(TrioScreen, "refresh", broken)
        caplog.set_level(logging.ERROR, logger="handleplan.ui.failure")
        for _ in range(LOGGED_PER_FAILURE + 2):  # the leader tries again and again
            window.screens["trio"].mark_stale()
            window.nav.setCurrentRow(3)
            window.nav.setCurrentRow(0)
        qtbot.waitUntil(lambda: notice.box is not None and notice.box.isVisible())

        assert notice.shown == [MESSAGES["unexpected"]["da"].format(log=log_file)]
        logged = [
            r for r in caplog.records if r.exc_info and "a bug in the TRIO screen" in str(r.exc_info[1])
        ]
        assert len(logged) == LOGGED_PER_FAILURE
        assert notice.box.parent() is window and notice.box.isModal()

        notice.box.accept()
        qtbot.waitUntil(lambda: notice.box is None)
        # The window goes on: the Overblik answers, and an edit is saved.
        assert window.isVisible() and window.current_screen().key == "overview"
        profile = people.profile(controller.ctx.store)
        assert controller.ctx.edit(profile, unit="Hjemmeplejen Nord") is True
        assert notice.shown == [MESSAGES["unexpected"]["da"].format(log=log_file)]
    finally:
        notice.uninstall()
    assert sys.excepthook is before
