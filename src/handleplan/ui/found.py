"""What a search hit opens: the field it was found in, scrolled into view, with the cursor in it and the
found words marked until the leader types or leaves the field.

The words are marked, not selected, in a text field (an extra selection: typing never replaces them). A
one-line field has no extra selections, so there the words are selected – and the first key moves the
cursor past them before it acts, so typing adds to the text instead of replacing what was found.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QScrollArea, QTextEdit, QWidget

FOUND_COLOUR = QColor("#ffe08a")  # a highlighter's yellow: readable under dark text, and in dark mode


def utf16(text: str, index: int) -> int:
    """A str offset as Qt counts positions (UTF-16 code units: an emoji is two)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _editor(widget: QWidget) -> QWidget:
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return widget.lineEdit()
    return widget


def _text(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return ""


class FoundMark(QObject):
    """The found words in one field; removed on the first key or when the focus leaves the field."""

    def __init__(self, widget: QWidget, start: int, end: int) -> None:
        super().__init__(widget)
        self.widget = widget
        text = _text(widget)
        self.start, self.end = utf16(text, start), utf16(text, end)
        widget.installEventFilter(self)

    def show(self) -> None:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(self.start)
            cursor.setPosition(self.end, QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            look = QTextCharFormat()
            look.setBackground(FOUND_COLOUR)
            look.setForeground(QColor("#000000"))
            mark.format = look
            widget.setExtraSelections([mark])
            caret = widget.textCursor()
            caret.setPosition(self.end)
            widget.setTextCursor(caret)
            widget.ensureCursorVisible()
        elif isinstance(widget, QLineEdit):
            widget.setSelection(self.start, self.end - self.start)

    def marked_text(self) -> str:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            marks = widget.extraSelections()
            return marks[0].cursor.selectedText() if marks else ""
        if isinstance(widget, QLineEdit):
            return widget.selectedText()
        return ""

    def remove(self) -> None:
        widget = self.widget
        widget.removeEventFilter(self)
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setExtraSelections([])
        elif isinstance(widget, QLineEdit) and widget.hasSelectedText():
            widget.setCursorPosition(self.end)  # deselects: the key that follows adds, never replaces
        if getattr(widget, "found_mark", None) is self:
            widget.found_mark = None
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() not in (
            Qt.Key.Key_Shift,
            Qt.Key.Key_Control,
            Qt.Key.Key_Alt,
            Qt.Key.Key_Meta,
        ):
            self.remove()
        elif kind == QEvent.Type.FocusOut and event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self.remove()
        return False


def scroll_to(widget: QWidget) -> None:
    """Every scroll area around `widget` brings it into view, innermost first; in a text field taller
    than the page, the line with the cursor (at the found words) is the part that must show."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 20, 40)
            if isinstance(widget, QPlainTextEdit | QTextEdit):
                line = widget.cursorRect()
                centre = widget.viewport().mapTo(parent.widget(), line.center())
                parent.ensureVisible(centre.x(), centre.y(), 20, 2 * line.height())
        parent = parent.parentWidget()


def show_found(widget: QWidget | None, start: int, end: int) -> None:
    """Bring `widget` into view, put the cursor in it and mark its text from `start` to `end`.

    Done once the event loop has run: the page was just brought forward and laid out, and the search
    dialog that asked must have closed and handed the focus back first."""
    if widget is None:
        return
    target = _editor(widget)

    def reveal() -> None:
        if not target.isVisible():
            return
        old = getattr(target, "found_mark", None)
        if old is not None:
            old.remove()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        mark = FoundMark(target, start, end)
        target.found_mark = mark
        mark.show()
        scroll_to(widget)

    QTimer.singleShot(0, reveal)


def marked_text(widget: QWidget) -> str:
    """The words marked as found in `widget` now ("" when none): what the leader sees highlighted."""
    mark = getattr(_editor(widget), "found_mark", None)
    return mark.marked_text() if mark is not None else ""


def found_span(target: dict) -> tuple[str, int | None, str, int, int] | None:
    """(record, record id, field, start, end) of a search hit's target, or None for a plain target."""
    found = target.get("found")
    if not isinstance(found, dict):
        return None
    return found["record"], found.get("record_id"), found["field"], found["start"], found["end"]
