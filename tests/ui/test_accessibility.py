"""Every input on every screen and dialog can be named by a screen reader (accessible name or a label
pointing at it), and every screen can be reached from the keyboard."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from handleplan.ui.main_window import SCREEN_KEYS, key_sequences
from handleplan.ui.screenshots import DIALOGS

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def unnamed_inputs(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or date box is named through its owner
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue  # a button's text is its name
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


@pytest.fixture
def window(demo_window):
    return demo_window


@pytest.mark.parametrize("key", SCREEN_KEYS)
def test_every_input_on_the_screen_has_a_name(window, key):
    screen = window.open_screen(key)
    QApplication.processEvents()
    assert unnamed_inputs(screen) == []


@pytest.mark.parametrize("name, module, cls_name", DIALOGS)
def test_every_input_in_the_dialog_has_a_name(window, ctx, qtbot, name, module, cls_name):
    dialog = getattr(importlib.import_module(module), cls_name)(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    states = getattr(dialog, "screenshot_states", None)
    for _state, setup in states() if callable(states) else [("", lambda: None)]:
        setup()
        QApplication.processEvents()
        assert unnamed_inputs(dialog) == [], name
    dialog.reject()


def test_each_screen_has_a_keyboard_shortcut(window):
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    for number in range(1, len(SCREEN_KEYS) + 1):
        assert f"Ctrl+{number}" in shortcuts
    for wanted in ("Ctrl+N", "Ctrl+R", "Ctrl+F", "Ctrl+E"):
        assert wanted in shortcuts


def test_no_action_holds_a_shortcut_twice(window):
    # Qt calls a sequence held twice by one action ambiguous and then triggers nothing.
    for action in window.findChildren(QAction):
        sequences = [s.toString() for s in action.shortcuts()]
        assert len(sequences) == len(set(sequences)), (action.text(), sequences)


def test_a_sequence_both_asked_for_and_bound_by_the_platform_comes_once():
    platform = [s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    made = [s.toString() for s in key_sequences("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo)]
    assert made == ["Ctrl+Shift+Z"] + [each for each in platform if each != "Ctrl+Shift+Z"]


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(window, ctx, qtbot):
    done = []

    class Note(QUndoCommand):
        def redo(self):
            done.append("redo")

        def undo(self):
            done.append("undo")

    ctx.undo_stack.push(Note("note"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert done == ["redo", "undo", "redo"]
