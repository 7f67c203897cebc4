"""A start on any screen paints from plain copies (no SQLAlchemy yet), then works on the store's records."""

from __future__ import annotations

import importlib
import sqlite3
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from handleplan.models import Initiative
from handleplan.ops import plain
from handleplan.ops.plain import Plain
from handleplan.ui import controller as controller_module
from handleplan.ui.app import settings_for
from handleplan.ui.context import AppContext
from handleplan.ui.controller import store_opener
from handleplan.ui.initiative.editor import CYCLES, IGLO
from handleplan.ui.initiative.list_panel import ID_ROLE
from handleplan.ui.main_window import SCREENS


def plain_records_held(window: QWidget) -> list[str]:
    """Every plain copy the window's objects still hold: a field's record, a page's cycle, the items of a
    list or dict kept on a widget (the TRIO members, the initiatives a reflection can link to …)."""
    held: list[str] = []

    def look(value: object, where: str, depth: int = 0) -> None:
        if isinstance(value, Plain):
            held.append(where)
        elif depth < 3 and isinstance(value, list | tuple | set | frozenset):
            for item in value:
                look(item, where + "[]", depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for item in value.values():
                look(item, where + "{}", depth + 1)
        elif depth < 3 and type(value).__name__ == "Binding":
            look(vars(value), where + ".binding", depth + 1)

    for obj in [window, *window.findChildren(QObject)]:
        for name, value in vars(obj).items():
            look(value, f"{type(obj).__name__}.{name}")
    return held


def first_text_field(screen: QWidget) -> QLineEdit | QPlainTextEdit:
    """The first text field on screen that the leader can type in."""
    return next(
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit)
        and getattr(w, "binding", None) is not None
        and w.isVisible()
        and w.isEnabled()
        and not getattr(w, "isReadOnly", lambda: False)()
    )


START_CASES = [
    ("initiatives", CYCLES),
    ("initiatives", IGLO),
    ("reflections", None),
    ("trio", None),
    ("timeline", None),
]


@pytest.mark.parametrize(("last_screen", "tab"), START_CASES)
def test_a_start_paints_from_copies_then_binds_the_store(start_app, qtbot, demo_folder, last_screen, tab):
    if tab is not None:
        settings_for(demo_folder).setValue("initiatives/tab", tab)
    at_paint = {}

    def painted() -> None:
        screen = controller.window.current_screen()
        at_paint.update(plain=screen.plain, store_open=controller.ctx.store_is_open)
        at_paint["held"] = plain_records_held(controller.window)

    controller = start_app(demo_folder, last_screen, on_painted=painted)
    screen = controller.window.current_screen()
    assert screen.key == last_screen
    qtbot.waitUntil(lambda: bool(at_paint), timeout=5000)
    # What the leader saw first came from the file, and the store was not even open.
    assert at_paint["plain"] and not at_paint["store_open"]
    assert at_paint["held"]
    # Right after, before any click: the store is open and nothing holds a copy any more.
    qtbot.waitUntil(lambda: controller.ctx.store_is_open and not screen.plain, timeout=5000)
    assert plain_records_held(controller.window) == []
    if tab == IGLO:
        assert isinstance(screen.editor.initiative, Initiative)
        assert any(section.rows.rows for section in screen.editor.iglo.sections.values())

    # An edit made now lands in the file.
    field = first_text_field(screen)
    record = field.binding.record
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End) if isinstance(field, QPlainTextEdit) else field.end(False)
    qtbot.keyClicks(field, " hver uge")
    controller.ctx.flush()
    conn = sqlite3.connect(demo_folder / "handleplan.db")
    try:
        table, column = type(record).__tablename__, field.binding.field
        saved = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record.id,)).fetchone()[0]  # noqa: S608
        assert saved.endswith(" hver uge")
    finally:
        conn.close()
    controller.shutdown()


@pytest.mark.parametrize("key", ["initiatives", "reflections", "trio", "timeline"])
def test_copies_and_store_records_look_the_same(qapp, qtbot, demo_folder, key):
    """Each screen drawn from copies, then from the store's records: not a pixel differs."""
    module, name = next((m, c) for k, m, c in SCREENS if k == key)
    ctx = AppContext(
        store_opener(demo_folder, "da"),
        "da",
        settings_for(demo_folder),
        db_path=demo_folder / "handleplan.db",
    )
    screen = getattr(importlib.import_module(module), name)(ctx)
    qtbot.addWidget(screen)
    flash = qapp.cursorFlashTime()
    qapp.setCursorFlashTime(0)  # a blinking text cursor is the one thing allowed to differ
    try:
        screen.resize(1280, 760)
        screen.show()
        screen.show_fresh()
        assert screen.plain and not ctx.store_is_open
        qtbot.wait(300)  # rows grow to their text once laid out
        from_copies = screen.grab().toImage()
        ctx.store  # noqa: B018
        screen.show_fresh()
        assert not screen.plain
        qtbot.wait(300)
        assert screen.grab().toImage() == from_copies
    finally:
        qapp.setCursorFlashTime(flash)
    ctx.store.close()


def test_an_edit_that_reaches_a_copy_is_made_on_the_real_record(ctx, store):
    from handleplan.demo import fill_demo

    fill_demo(store)
    copy = plain.initiative_list(store.path, None)[0]
    assert ctx.edit(copy, title="Ny titel")
    conn = sqlite3.connect(store.path)
    try:
        assert (
            conn.execute("SELECT title FROM initiative WHERE id = ?", (copy.id,)).fetchone()[0] == "Ny titel"
        )
    finally:
        conn.close()


RUN_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from handleplan.ui import controller

    from handleplan.ui.context import AppContext

    controller.WARM_UP_DELAY_MS = 60_000  # however slow the machine, the warm-up does not come first
    first_paint = AppContext.first_paint
    read_through_store = controller.AppController._read_through_store

    def at_first_paint(self):
        # As the first paint begins: was SQLAlchemy needed to get here? Is the store open?
        if not getattr(self, "_seen", False):
            self._seen = True
            print("sqlalchemy" in sys.modules, self.store_is_open, flush=True)
        first_paint(self)

    def after_first_paint(self, window):
        read_through_store(self, window)
        print(self.ctx.store_is_open, flush=True)
        QApplication.quit()

    AppContext.first_paint = at_first_paint
    controller.AppController._read_through_store = after_first_paint
    from handleplan.cli import main
    main(["--data-dir", sys.argv[1]])
    """
)


@pytest.mark.parametrize("last_screen", ["overview", "initiatives", "reflections", "trio", "timeline"])
def test_the_window_paints_before_sqlalchemy_is_imported(app_left_on, demo_folder: Path, last_screen):
    done = app_left_on(demo_folder, last_screen, RUN_APP)
    lines = done.stdout.split()
    assert lines[:2] == ["False", "False"], done.stdout  # painted without SQLAlchemy, store not open
    # A start elsewhere opens the store at once after the paint; the Overblik leaves it to the warm-up.
    assert lines[2] == ("False" if last_screen == "overview" else "True")


def test_a_window_that_never_painted_gets_the_store_at_the_warm_up(start_app, qtbot, demo_folder):
    """Started minimised, say: no first paint, so the warm-up's first step reads the screen again."""
    controller = start_app(demo_folder, "trio")
    screen = controller.window.current_screen()
    assert screen.plain  # no event has been handled yet, so nothing has painted
    controller._warm_up()
    assert controller.ctx.store_is_open and not screen.plain
    assert plain_records_held(controller.window) == []
    controller.shutdown()


def test_a_key_pressed_before_the_store_opens_acts_on_the_real_records(start_app, qtbot, demo_folder):
    """Keys already queued when the window appears can come before the read planned after the paint:
    the first one makes that read happen first. Down in the list opens the second initiative, which
    was read only in part as a copy."""
    controller = start_app(demo_folder, "initiatives")
    screen = controller.window.current_screen()
    assert screen.plain
    second = screen.list_panel.list.item(1).data(ID_ROLE)
    screen.list_panel.list.setFocus()
    # As the platform delivers it: to the window, which hands it to the focused list.
    QTest.keyClick(controller.window.windowHandle(), Qt.Key.Key_Down)
    assert controller.ctx.store_is_open and not screen.plain
    assert isinstance(screen.editor.initiative, Initiative)
    assert screen.editor.initiative.id == second
    assert plain_records_held(controller.window) == []
    controller.shutdown()


def test_a_link_ticked_before_the_store_opens_is_saved(start_app, qtbot, demo_folder):
    """A click right at the first paint, before the read planned after it, on a box that links the
    reflection to an initiative: the box is not rebuilt under the click, and the link is saved."""
    clicked = {}

    def click_at_paint() -> None:
        links = controller.window.current_screen().editor.links
        iid, box = next((iid, box) for iid, box in links.boxes.items() if not box.isChecked())
        clicked.update(iid=iid, box=box, plain=controller.window.current_screen().plain)
        # On the tick box itself (a check box takes clicks on its box and its text, not the space after),
        # as the platform delivers a click: to the window, which hands it to the widget under it.
        window = controller.window
        at = box.mapTo(window, QPoint(6, box.height() // 2))
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=at)

    controller = start_app(demo_folder, "reflections", on_painted=click_at_paint)
    qtbot.waitUntil(lambda: bool(clicked), timeout=5000)
    screen = controller.window.current_screen()
    links = screen.editor.links
    assert clicked["plain"] and not screen.plain
    assert links.boxes[clicked["iid"]].isChecked(), (clicked, links.checked_ids())
    conn = sqlite3.connect(demo_folder / "handleplan.db")
    try:
        linked = conn.execute(
            "SELECT initiative_id FROM reflection_initiative WHERE reflection_id = ?",
            (screen.editor.reflection_id(),),
        ).fetchall()
    finally:
        conn.close()
    assert (clicked["iid"],) in linked
    assert plain_records_held(controller.window) == []
    controller.shutdown()


def test_tiltag_opened_from_the_overblik_before_the_warm_up_reads_through_the_store(
    start_app, qtbot, demo_folder, monkeypatch
):
    """After the first paint no screen reads copies any more: Tiltag built on the way reads the store."""
    monkeypatch.setattr(controller_module, "WARM_UP_DELAY_MS", 60_000)  # not before this test is done
    controller = start_app(demo_folder, "overview")
    qtbot.waitUntil(lambda: not controller.ctx.reads_plain, timeout=5000)  # painted
    assert not controller.ctx.store_is_open and "initiatives" not in controller.window.screens
    conn = sqlite3.connect(demo_folder / "handleplan.db")
    try:
        last = conn.execute("SELECT id FROM initiative ORDER BY position DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    controller.ctx.navigate.emit("initiatives", {"initiative_id": last})
    screen = controller.window.current_screen()
    assert screen.key == "initiatives" and not screen.plain
    assert isinstance(screen.editor.initiative, Initiative) and screen.editor.initiative.id == last
    assert plain_records_held(controller.window) == []
    controller.shutdown()


def test_a_shortcut_pressed_before_the_store_opens_acts_on_the_real_records(start_app, qtbot, demo_folder):
    """Qt tries a key against the shortcuts before the window gets it as a key press: Delete in the
    Tiltag list, pressed at the first paint, deletes the initiative through the store, and the one
    shown next is read whole."""
    pressed = {}

    def delete_at_paint() -> None:
        screen = controller.window.current_screen()
        screen.list_panel.list.setFocus()
        pressed.update(first=screen.list_panel.list.item(0).data(ID_ROLE), plain=screen.plain)
        QTest.keyClick(controller.window.windowHandle(), Qt.Key.Key_Delete)

    controller = start_app(demo_folder, "initiatives", on_painted=delete_at_paint)
    qtbot.waitUntil(lambda: bool(pressed), timeout=5000)
    screen = controller.window.current_screen()
    assert pressed["plain"] and not screen.plain
    conn = sqlite3.connect(demo_folder / "handleplan.db")
    try:
        gone = conn.execute("SELECT count(*) FROM initiative WHERE id = ?", (pressed["first"],)).fetchone()
    finally:
        conn.close()
    assert gone == (0,)
    assert (
        isinstance(screen.editor.initiative, Initiative) and screen.editor.initiative.id != pressed["first"]
    )
    assert plain_records_held(controller.window) == []
    controller.shutdown()


def test_a_language_switch_before_the_store_opens(start_app, qtbot, demo_folder):
    """The new window reads through the store; the old window's guard goes with it."""
    controller = start_app(demo_folder, "initiatives", close_at_end=False)
    try:
        controller.ctx.language_changed.emit("en")
        window = controller.window
        qtbot.addWidget(window)
        screen = window.current_screen()
        assert screen.key == "initiatives" and not screen.plain
        assert isinstance(screen.editor.initiative, Initiative)
        qtbot.waitUntil(lambda: controller.warmed_up, timeout=15000)
        assert plain_records_held(window) == []
        controller.shutdown()
    finally:
        controller.language.switch("da")
