"""An error no screen expected, met while the app runs: one calm sentence for the leader, the details in
the log, and the window goes on working."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from support import answer_next_message, damage_error, damage_table

from handleplan.errors import MESSAGES, StoreWriteError
from handleplan.ops import people
from handleplan.store import Store
from handleplan.ui import failure
from handleplan.ui.context import EditResult
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


def too_late():
    print("no dialog came", flush=True)
    app.exit(3)


QTimer.singleShot(100, damage_then_look)
QTimer.singleShot(30_000, too_late)
from handleplan.cli import main

sys.exit(main(["--data-dir", str(folder)]))
"""


def test_damage_met_while_working_is_explained_once_and_the_file_left_alone(demo_folder: Path, app_left_on):
    db = demo_folder / "handleplan.db"
    result = app_left_on(demo_folder, "overview", DAMAGE_WHILE_WORKING)
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
        assert controller.ctx.edit(profile, unit="Hjemmeplejen Nord") is EditResult.SAVED
        assert notice.shown == [MESSAGES["unexpected"]["da"].format(log=log_file)]
    finally:
        notice.uninstall()
    assert sys.excepthook is before


def raised(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    """`exc` as the hook gets it: raised, with its traceback."""
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - handed on to the hook under test
        return type(caught), caught, caught.__traceback__


@pytest.fixture
def notice_over_window(qtbot, tmp_path: Path):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notice = FailureNotice(lambda: window, lambda: "da", tmp_path, tmp_path / "logs" / "handleplan.log")
    return notice, window


def test_damage_met_while_another_message_shows_comes_right_after_it(notice_over_window, qtbot, tmp_path):
    notice, _window = notice_over_window
    notice.report(*raised(RuntimeError("a bug")))
    qtbot.waitUntil(lambda: notice.box is not None)
    notice.report(*raised(sqlite3.OperationalError("database is locked")))
    notice.report(*raised(damage_error(tmp_path)))  # jumps the queue: it is what the leader must act on
    qtbot.wait(50)
    assert len(notice.shown) == 1  # one at a time
    notice.box.accept()
    qtbot.waitUntil(lambda: len(notice.shown) == 2)
    assert "beskadigede" in notice.shown[1]
    notice.box.accept()
    qtbot.waitUntil(lambda: len(notice.shown) == 3)
    assert notice.shown[2] == MESSAGES["unreadable_while_working"]["da"]
    notice.box.accept()
    qtbot.waitUntil(lambda: notice.box is None)


def test_a_file_out_of_reach_again_later_is_said_again(notice_over_window, qtbot, monkeypatch):
    notice, _window = notice_over_window
    locked = sqlite3.OperationalError("database is locked")
    notice.report(*raised(locked))
    qtbot.waitUntil(lambda: notice.box is not None)
    notice.box.accept()
    notice.report(*raised(locked))  # at once: the leader has just been told
    qtbot.wait(50)
    assert len(notice.shown) == 1
    monkeypatch.setattr(failure, "REPEAT_AFTER_S", 0.0)  # minutes later
    notice.report(*raised(locked))
    qtbot.waitUntil(lambda: len(notice.shown) == 2)
    notice.box.accept()


def test_a_different_bug_on_a_shared_line_is_logged_too(notice_over_window, caplog):
    notice, _window = notice_over_window
    caplog.set_level(logging.ERROR, logger="handleplan.ui.failure")

    def field(record: dict, name: str) -> str:
        return record[name]

    def title() -> str:
        return field({}, "title")

    def goal() -> str:
        return field({}, "goal")

    for read in [title] * (LOGGED_PER_FAILURE + 1) + [goal]:
        try:
            read()
        except KeyError as exc:
            notice.report(KeyError, exc, exc.__traceback__)
    logged = [str(r.exc_info[1]) for r in caplog.records if r.exc_info]
    assert logged == ["'title'"] * LOGGED_PER_FAILURE + ["'goal'"]


def test_a_window_deleted_under_its_message_does_not_silence_the_next(qtbot, tmp_path: Path):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    window = QWidget()  # not handed to qtbot: the test deletes it
    window.show()
    notice = FailureNotice(lambda: window, lambda: "da", tmp_path, tmp_path / "handleplan.log")
    notice.report(*raised(RuntimeError("the first bug")))
    qtbot.waitUntil(lambda: notice.box is not None)
    window.deleteLater()  # a language switch replaces the window, say
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    notice.report(*raised(ValueError("the second bug")))
    qtbot.waitUntil(lambda: len(notice.shown) == 2)
    assert notice.box is not None and notice.box.isVisible()
    notice.box.accept()


def test_a_failure_while_the_app_shuts_down_waits_for_the_leader(notice_over_window, qtbot):
    notice, _window = notice_over_window
    notice._quitting()  # as aboutToQuit does: the event loop has ended, a queued message would never show
    seen: list[str] = []
    answer_next_message(seen)
    notice.report(*raised(StoreWriteError("disk_full")))  # saving the last edit on close
    assert seen == [MESSAGES["disk_full"]["da"]]


def test_damage_on_save_is_raised_on_for_a_message_box_after_its_status_line(ctx, qtbot, data_dir: Path):
    """A full disk fits in the status bar; damage to the file is too much to miss there."""
    from datetime import date

    from handleplan.models import Observation
    from handleplan.ops import initiatives as ops_initiatives

    cycle_id = ops_initiatives.create_initiative(ctx.store, "Luft i kørelisten").cycles[0].id
    ctx.store.close()
    damage_table(data_dir / "handleplan.db", "observation")
    store = Store.open(data_dir)
    ctx._attach(store)

    def add_observation() -> None:
        store.session.add(Observation(cycle_id=cycle_id, observed_on=date(2026, 1, 12), text="Anden uge"))
        store.commit()

    lines: list[str] = []
    ctx.error.connect(lines.append)
    with pytest.raises(StoreWriteError) as caught:
        ctx.call(add_observation)
    assert caught.value.code == "damaged_on_save"
    assert lines == [caught.value.message("da")]
    store.session.close()
    store.engine.dispose()
