"""The autosave keeps its promises: saved while she types without a pause, and nothing thrown away when a
write fails (kept, retried, kept on rebind, asked about on close). Writes are made to fail for real:
SQLite's `query_only` on every connection the store takes, so the commit meets SQLite's own
"attempt to write a readonly database"."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from handleplan.ops.iglo import assign
from handleplan.ops.initiatives import create_initiative
from handleplan.ops.people import add_trio_member
from handleplan.ui.fields import LineField, TextField
from handleplan.ui.initiative.who_field import WhoField
from handleplan.ui.main_window import MainWindow
from handleplan.ui.trio.members import RoleField


class Writes:
    """Turns the store's writes off and on again: `PRAGMA query_only` on each connection checked out."""

    def __init__(self, store) -> None:  # noqa: ANN001
        self.store = store
        self.refused = False
        event.listen(store.engine, "checkout", self._checkout)

    def _checkout(self, dbapi_conn, _record, _proxy) -> None:  # noqa: ANN001
        dbapi_conn.execute(f"PRAGMA query_only={'ON' if self.refused else 'OFF'}")

    @contextmanager
    def failing(self):  # noqa: ANN201
        self.refused = True
        self.store.session.commit()  # nothing pending: only hands the connection back, so the next
        # transaction takes one through the hook
        try:
            yield
        finally:
            self.refused = False


def stored(store, table: str, column: str, row_id: int) -> str:  # noqa: ANN001
    """Read from the file itself, on a connection of its own: what a crash now would leave."""
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
    finally:
        conn.close()


def shown(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.fixture
def writes(store) -> Writes:  # noqa: ANN001
    return Writes(store)


@pytest.fixture
def window(ctx, qtbot) -> MainWindow:  # noqa: ANN001
    win = MainWindow(ctx)
    shown(qtbot, win)
    return win


def test_typing_without_a_pause_is_saved_while_she_types(ctx, store, qtbot) -> None:  # noqa: ANN001
    initiative = create_initiative(store, "Morgenmøder")
    field = TextField(ctx, "goal", "Mål")
    field.bind(initiative)
    shown(qtbot, field)
    field.setFocus()
    words = iter("Alle i teamet siger noget hver morgen, ogsaa de nye " * 3)  # keyClicks: ASCII only
    typed: list[str] = []

    def type_one() -> None:  # a key every 50 ms: never the 0.8 s pause the old debounce waited for
        key = next(words, None)
        if key is None:
            typer.stop()
            return
        QTest.keyClicks(field, key)
        typed.append(key)

    typer = QTimer()
    typer.timeout.connect(type_one)
    typer.start(50)
    qtbot.waitUntil(lambda: bool(stored(store, "initiative", "goal", initiative.id)), timeout=8000)
    assert typer.isActive(), "saved only once the typing stopped"
    assert "".join(typed).startswith(stored(store, "initiative", "goal", initiative.id))
    typer.stop()


@pytest.mark.parametrize("kind", ["text", "who", "role"])
def test_a_failed_write_keeps_the_text_and_retries(ctx, store, writes, window, qtbot, kind) -> None:  # noqa: ANN001
    member = add_trio_member(store, "Jonas", "AMR")
    initiative = create_initiative(store, "Morgenmøder")
    if kind == "text":
        field, record, table, column = TextField(ctx, "goal", "Mål"), initiative, "initiative", "goal"
    elif kind == "who":
        record = assign(store, "individ", "Tager ordet først", initiative=initiative)
        field, table, column = WhoField(ctx, "Hvem"), "role_assignment", "who"
    else:
        field, record, table, column = RoleField(ctx, ["AMR", "TR"]), member, "trio_member", "role"
    field.bind(record)
    shown(qtbot, field)
    field.setFocus()
    with writes.failing():
        target = field.lineEdit() if kind != "text" else field
        QTest.keyClicks(target, "Sofie fra nattevagten")
        field.clearFocus()  # she clicks elsewhere: the save is tried, and fails
        field.binding.flush()
        assert not window.status.text().startswith("Gemt")  # the status says the save failed
        assert "Sofie fra nattevagten" in field.value()
        assert field.binding.dirty
        assert "Sofie" not in (stored(store, table, column, record.id) or "")
    # Writes work again: the retry timer saves it without a keystroke, and the status says so.
    qtbot.waitUntil(lambda: "Sofie" in (stored(store, table, column, record.id) or ""), timeout=8000)
    assert "Sofie fra nattevagten" in field.value()
    assert not field.binding.dirty
    assert window.status.text().startswith("Gemt kl.")
    assert window.statusBar().currentMessage() == ""  # the error does not linger beside it


def test_a_refused_value_is_not_retried(ctx, store, window, qtbot) -> None:  # noqa: ANN001
    initiative = create_initiative(store, "Morgenmøder")
    field = LineField(ctx, "title", "Titel")
    field.bind(initiative)
    shown(qtbot, field)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, " ")
    assert field.binding.flush() is None  # refused: nothing to keep trying
    assert not field.binding.dirty
    assert window.status.text() not in ("", "Alt er gemt")
    assert stored(store, "initiative", "title", initiative.id) == "Morgenmøder"


def test_rebinding_keeps_the_unsaved_text(ctx, store, writes, qtbot) -> None:  # noqa: ANN001
    first = create_initiative(store, "Morgenmøder")
    second = create_initiative(store, "Pauser")
    field = TextField(ctx, "goal", "Mål")
    field.bind(first)
    shown(qtbot, field)
    with writes.failing():
        QTest.keyClicks(field, "Alle siger noget")
        field.bind(second)  # she opens another tiltag while the disk refuses
        assert field.value() == ""
        field.bind(first)  # and comes back: her text is there, still unsaved
        assert field.value() == "Alle siger noget"
        assert field.binding.dirty
        field.bind(second)
    qtbot.waitUntil(lambda: stored(store, "initiative", "goal", first.id) == "Alle siger noget", timeout=8000)
    assert stored(store, "initiative", "goal", second.id) == ""
    assert ctx.flush() == []


def press_in_next_box(names: list[str], seen: list[str]) -> None:
    """Press the buttons named `names`, one in each message box as it comes up."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        name = names.pop(0)
        button = next(b for b in box.buttons() if b.text() == name)
        button.click()
        if names:
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)


def test_closing_with_unsaved_text_asks_and_copies_it(ctx, store, writes, window, qtbot) -> None:  # noqa: ANN001
    initiative = create_initiative(store, "Morgenmøder")
    field = TextField(ctx, "goal", "Mål")
    field.bind(initiative)
    shown(qtbot, field)
    QApplication.clipboard().clear()
    seen: list[str] = []
    with writes.failing():
        QTest.keyClicks(field, "Alle siger noget")
        press_in_next_box(["Kopiér teksten", "Bliv i Handleplan"], seen)
        window.close()
        assert window.isVisible()  # she stayed
        assert seen == ["Noget af det, du har skrevet, kunne ikke gemmes."] * 2
        assert QApplication.clipboard().text() == "Mål\nAlle siger noget"
        press_in_next_box(["Luk alligevel"], seen)
        window.close()
        assert not window.isVisible()
    assert ctx.flush() == []  # writes work again: the text lands after all
    assert stored(store, "initiative", "goal", initiative.id) == "Alle siger noget"
