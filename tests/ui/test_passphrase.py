"""Beskyt med adgangskode in the app: the start asks for the passphrase before anything reads the store,
a wrong one fails closed and lets her try again or quit; the dialog turns protection on, changes it and
turns it off (asking the current passphrase); the automatic lock hides the window's content; a sealed
portable file asks for its passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from handleplan.demo import fill_demo
from handleplan.ops import initiatives
from handleplan.portable import export_portable
from handleplan.store import DB_NAME, Store, connect, protect
from handleplan.ui.controller import store_opener
from handleplan.ui.dialogs.passphrase import LOCK_SETTING, ProtectionDialog
from handleplan.ui.dialogs.unlock import UnlockDialog
from handleplan.ui.idle_lock import IdleLock

PASS = "Trivsel i teamet"


@pytest.fixture(autouse=True)
def _no_key_left():
    connect.forget()
    yield
    connect.forget()


def when_modal(kind: type, act: Callable[[object], None]) -> None:
    """Once a modal `kind` is up, `act` on it (the start's dialogs run their own loop)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, look)
            return
        act(widget)

    QTimer.singleShot(20, look)


def protected_plan(folder: Path) -> list[str]:
    store = Store.open(folder)
    fill_demo(store, "da")
    titles = sorted(i.title for i in initiatives.initiatives(store))
    store.close()
    protect.turn_on(folder, PASS)
    connect.forget()  # as at the next start: nothing held
    return titles


def test_the_start_asks_and_a_wrong_passphrase_opens_nothing(qapp, data_dir: Path):
    titles = protected_plan(data_dir)
    before = (data_dir / DB_NAME).read_bytes()
    said: list[str] = []

    def wrong_then_right(dialog: UnlockDialog) -> None:
        dialog.field.setText("Trivsel i teamet!")
        dialog.open_button.click()
        said.append(dialog.message.text())
        assert dialog.isVisible() and connect.key_for(data_dir / DB_NAME) is None
        assert (data_dir / DB_NAME).read_bytes() == before  # nothing read, nothing written
        assert dialog.field.text() == ""  # the wrong passphrase is not kept in the field
        dialog.field.setText(PASS)
        dialog.open_button.click()

    when_modal(UnlockDialog, wrong_then_right)
    opener = store_opener(data_dir, "da")
    assert said and "passer ikke" in said[0] and "intet er åbnet" in said[0]
    store = opener() if callable(opener) else opener
    try:
        assert sorted(i.title for i in initiatives.initiatives(store)) == titles
    finally:
        store.close()


def test_quitting_at_the_question_leaves_the_store_untouched(qapp, data_dir: Path):
    protected_plan(data_dir)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    when_modal(UnlockDialog, lambda dialog: dialog.quit_button.click())
    assert store_opener(data_dir, "da") is None
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


def accept_boxes(seen: list[str]) -> QTimer:
    """Every message box shown while the returned timer runs, read and closed (stop it at the end)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.accept()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_dialog_turns_protection_on_changes_it_and_turns_it_off(ctx, data_dir: Path):
    initiatives.create_initiative(ctx.store, "Pauser med kollegerne")
    db = data_dir / DB_NAME
    seen: list[str] = []
    boxes = accept_boxes(seen)

    dialog = ProtectionDialog(ctx)
    assert not dialog.lock_choice.isEnabled()  # the lock needs a passphrase to ask for
    dialog.new.setText(PASS)
    dialog.again.setText(PASS + " ")
    dialog.main_button.click()
    assert "ikke ens" in dialog.message.text() and not connect.is_protected(db)
    dialog.new.setText("kort")
    dialog.again.setText("kort")
    dialog.main_button.click()
    assert "mindst 8 tegn" in dialog.message.text() and not connect.is_protected(db)
    dialog.new.setText(PASS)
    dialog.again.setText(PASS)
    dialog.main_button.click()
    assert connect.is_protected(db) and any("nu beskyttet" in s for s in seen)
    assert [i.title for i in initiatives.initiatives(ctx.store)] == ["Pauser med kollegerne"]  # reopened

    dialog = ProtectionDialog(ctx)
    assert dialog.lock_choice.isEnabled()
    dialog.current.setText("ikke den rigtige")
    dialog.new.setText("Et nyt kodeord i dag")
    dialog.again.setText("Et nyt kodeord i dag")
    dialog.main_button.click()
    assert "passer ikke" in dialog.message.text()
    salt = connect.header(db)
    dialog.current.setText(PASS)
    dialog.new.setText("Et nyt kodeord i dag")
    dialog.again.setText("Et nyt kodeord i dag")
    dialog.main_button.click()
    assert connect.header(db) != salt and any("skiftet" in s for s in seen)
    initiatives.create_initiative(ctx.store, "Efter skiftet")

    dialog = ProtectionDialog(ctx)
    dialog.lock_choice.setCurrentIndex(2)
    assert int(ctx.settings.value(LOCK_SETTING)) == 15
    dialog.current.setText("Et nyt kodeord i dag")
    dialog.off_button.click()
    assert not connect.is_protected(db) and any("fjernet" in s for s in seen)
    assert int(ctx.settings.value(LOCK_SETTING)) == 0
    assert len(initiatives.initiatives(ctx.store)) == 2
    boxes.stop()
    ctx.store.close()


def test_the_automatic_lock_hides_the_content_until_the_passphrase(ctx, data_dir: Path):
    ctx.store.close()
    ctx._store = None
    protect.turn_on(data_dir, PASS)
    ctx.settings.setValue(LOCK_SETTING, 5)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Min plan: Kim har det svært"))
    window.statusBar().showMessage("Gemt: Kim har det svært")
    window.show()
    lock = IdleLock(ctx, window)
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    seen: list[bool] = []

    def unlock(dialog: UnlockDialog) -> None:
        seen.append(window.centralWidget().isVisible() or window.statusBar().isVisible())
        assert dialog.windowTitle() == "Handleplan er låst"
        dialog.field.setText("forkert")
        dialog.open_button.click()
        seen.append(dialog.isVisible())
        dialog.field.setText(PASS)
        dialog.open_button.click()

    when_modal(UnlockDialog, unlock)
    lock.timer.timeout.emit()  # what five idle minutes do
    assert seen == [False, True]  # hidden while asking; a wrong passphrase kept the question
    assert window.centralWidget().isVisible() and window.statusBar().isVisible() and lock.timer.isActive()
    window.close()


def test_a_sealed_portable_file_asks_for_its_passphrase(ctx, tmp_path: Path):
    from PySide6.QtWidgets import QInputDialog

    from handleplan.ui.dialogs.portable import PortableFile

    other = Store.open(tmp_path / "other")
    initiatives.create_initiative(other, "Fra den anden computer")
    export_portable(other, tmp_path / "sealed.handleplan", passphrase=PASS)
    other.close()
    asked: list[str] = []

    def answer(dialog: QInputDialog) -> None:
        asked.append(dialog.labelText())
        dialog.setTextValue("forkert" if len(asked) == 1 else PASS)
        dialog.accept()
        if len(asked) == 1:
            when_modal(QInputDialog, answer)

    when_modal(QInputDialog, answer)
    seen: list[str] = []
    boxes = accept_boxes(seen)
    try:
        assert PortableFile(ctx, QMainWindow()).import_plan(tmp_path / "sealed.handleplan")
    finally:
        boxes.stop()
    assert "beskyttet med en adgangskode" in asked[0] and "passer ikke" in asked[1]
    assert [i.title for i in initiatives.initiatives(ctx.store)] == ["Fra den anden computer"]


def test_a_protected_plan_starts_works_and_backs_up_protected(start_app, qtbot, demo_folder: Path):
    """The whole start on a protected store: the question, the first paint's plain reads, the store
    opened by the worker's ORM, a change typed, the backup at exit – all through the held key."""
    protect.turn_on(demo_folder, PASS)
    connect.forget()
    when_modal(UnlockDialog, lambda dialog: (dialog.field.setText(PASS), dialog.open_button.click()))
    controller = start_app(demo_folder, "initiatives")
    window = controller.window
    qtbot.waitUntil(lambda: "initiatives" in window.screens and window.current_screen().key == "initiatives")
    screen = window.current_screen()
    field = screen.editor.title
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " mrkbeskyttet")
    controller.ctx.flush()
    assert screen.editor.initiative.title.endswith(" mrkbeskyttet")  # saved: the search below means something
    controller.ctx.store.checkpoint()
    controller.shutdown()
    from handleplan.store.backups import list_backups

    backups = list_backups(demo_folder)
    assert any(b.reason == "exit" for b in backups)
    for path in [demo_folder / DB_NAME, *(b.path for b in backups)]:
        data = path.read_bytes()
        assert connect.is_protected(path) and b"mrkbeskyttet" not in data and b"SQLite format 3" not in data
    repr_of_key = repr(connect.key_for(demo_folder / DB_NAME))
    assert connect.key_for(demo_folder / DB_NAME).secret.hex() not in repr_of_key  # never in a log line


def test_an_unprotected_plan_has_no_lock_and_no_event_filter(ctx):
    ctx.settings.setValue(LOCK_SETTING, 5)  # left from a time it was protected
    window = QMainWindow()
    lock = IdleLock(ctx, window)
    assert not lock.filtering and not lock.timer.isActive()
    lock.lock()
    assert not lock.locked and window.centralWidget() is None


def test_after_three_wrong_tries_the_other_reading_is_said(qapp, data_dir: Path):
    protected_plan(data_dir)
    dialog = UnlockDialog(data_dir / DB_NAME)
    for n in range(3):
        dialog.field.setText(f"forkert {n}")
        dialog.open_button.click()
        assert ("beskadiget" in dialog.message.text()) == (n == 2)
    assert "passer ikke" in dialog.message.text() and str(data_dir / "backups") in dialog.message.text()
