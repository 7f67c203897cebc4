"""Input widgets that save themselves (when, and what happens on a failed write: `autosave.Binding`).

Each field is bound to one record attribute and writes through `AppContext.edit`, so validation and
the "Gemt" status work the same everywhere. A field never overwrites what the leader is typing: an
outside refresh only updates it when it has no unsaved keystrokes and no focus.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from handleplan.typed_dates import read_typed_date
from handleplan.ui.autosave import SAVE_DELAY_MS, Binding
from handleplan.ui.context import AppContext
from handleplan.ui.dates import date_format
from handleplan.ui.widgets.lock_icon import lock_icon

NO_DATE = QDate(1900, 1, 1)


class TextField(QPlainTextEdit):
    """Multi-line text that saves itself."""

    def __init__(self, ctx: AppContext, field: str, accessible_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = Binding(self, ctx, field)
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.textChanged.connect(self.binding.touched)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        if self.toPlainText() != (value or ""):
            self.setPlainText(value or "")

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.binding.flush()
        super().focusOutEvent(event)

    def bind(self, record: object | None) -> None:
        self.binding.bind(record)


class LineField(QLineEdit):
    """One line of text that saves itself."""

    def __init__(self, ctx: AppContext, field: str, accessible_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = Binding(self, ctx, field)
        self.setAccessibleName(accessible_name)
        self.textEdited.connect(lambda _t: self.binding.touched())
        self.editingFinished.connect(self.binding.flush)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        if self.text() != (value or ""):
            self.setText(value or "")
            self.setCursorPosition(0)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.binding.flush()
        super().focusOutEvent(event)

    def bind(self, record: object | None) -> None:
        self.binding.bind(record)


class DateField(QDateEdit):
    """A date with a calendar popup; `optional` fields show "Ingen dato" for no date. Dates can also be
    typed as a leader writes them ("4/11", "4. nov. 2026", "i morgen": `handleplan.typed_dates`)."""

    def __init__(
        self,
        ctx: AppContext,
        field: str,
        accessible_name: str = "",
        optional: bool = False,
        no_date_text: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        if optional:
            self.setSpecialValueText(no_date_text)
        self.setAccessibleName(accessible_name)
        # Short day names ("man", "tir"): the single letters Qt would fit are cut to "m…" in Danish.
        self.calendarWidget().setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendarWidget().setMinimumWidth(self.fontMetrics().horizontalAdvance("man") * 11)
        self.binding = Binding(self, ctx, field)
        self.dateChanged.connect(lambda _d: self.binding.touched())
        self.editingFinished.connect(self.binding.flush)

    # Qt's own parsing wants the display format section by section; a typed date it does not know is
    # kept while it is being written, read by `read_typed_date`, and shown in the format once left.
    def validate(self, text: str, pos: int) -> object:  # noqa: N802
        state = super().validate(text, pos)
        if (state[0] if isinstance(state, tuple) else state) == QValidator.State.Acceptable:
            return state
        if read_typed_date(text) is not None:
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        typed = read_typed_date(text)
        if typed is not None:
            return QDateTime(QDate(typed), QTime(0, 0))
        return super().dateTimeFromText(text)

    def value(self) -> date | None:
        if self.optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, value: Any) -> None:
        self.setDate(QDate(value) if value else (NO_DATE if self.optional else QDate.currentDate()))

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.binding.flush()
        super().focusOutEvent(event)
        shown = self.textFromDateTime(self.dateTime()) if self.date() != NO_DATE else self.specialValueText()
        if self.lineEdit().text() != shown:  # "i morgen" becomes the date it named
            self.lineEdit().setText(shown)

    # The calendar opens on the chosen date; with no date chosen that would be January 1900 (the
    # stand-in for "no date"), so it is turned to this month instead. Qt opens it on a click or a key.
    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        super().mousePressEvent(event)
        self._calendar_to_today()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        super().keyPressEvent(event)
        self._calendar_to_today()

    def _calendar_to_today(self) -> None:
        if self.optional and self.date() == NO_DATE:
            calendar = self.calendarWidget()
            if calendar.isVisible():
                today = QDate.currentDate()
                calendar.setCurrentPage(today.year(), today.month())

    def bind(self, record: object | None) -> None:
        self.binding.bind(record)


class CheckField(QCheckBox):
    """A yes/no that saves at once."""

    def __init__(self, ctx: AppContext, field: str, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.binding = Binding(self, ctx, field)
        self.setAccessibleName(text)
        self.toggled.connect(lambda _v: (self.binding.touched(), self.binding.flush()))

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def bind(self, record: object | None) -> None:
        self.binding.bind(record)


class LockField(QToolButton):
    """Private or not, as the app's padlock: pressed in and dark when private, faint when not; saves at once.

    `text` is shown beside the padlock unless `icon_only` (a row of observations has no room for it);
    it is the accessible name and tooltip either way, so a screen reader says what the toggle does."""

    def __init__(
        self, ctx: AppContext, field: str, text: str, icon_only: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if icon_only
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.setToolButtonStyle(style)
        self.binding = Binding(self, ctx, field)
        self.toggled.connect(self._toggled)
        self._show_state()

    def _toggled(self, _on: bool) -> None:
        self._show_state()
        self.binding.touched()
        self.binding.flush()

    def _show_state(self) -> None:
        role = QPalette.ColorRole.Text if self.isChecked() else QPalette.ColorRole.PlaceholderText
        self.setIcon(lock_icon(self.palette(), role))

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))
        self._show_state()

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only and self.binding.record is not None)

    def bind(self, record: object | None) -> None:
        self.binding.bind(record)


class ChoiceField(QComboBox):
    """A choice among labelled keys (status, phase, decision, level); saves at once.

    `choices` is a list of (value, label); a value of None is allowed for "not chosen yet".
    """

    def __init__(
        self,
        ctx: AppContext,
        field: str,
        choices: list[tuple[Any, str]],
        accessible_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.binding = Binding(self, ctx, field)
        self.set_choices(choices)
        self.currentIndexChanged.connect(lambda _i: (self.binding.touched(), self.binding.flush()))

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        self.binding.loading = True
        try:
            current = self.currentData()
            self.clear()
            for value, label in choices:
                self.addItem(label, value.value if isinstance(value, Enum) else value)
            self.set_value(current)
        finally:
            self.binding.loading = False

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        key = value.value if isinstance(value, Enum) else value
        index = self.findData(key)
        self.setCurrentIndex(index if index >= 0 else 0)

    def bind(self, record: object | None) -> None:
        self.binding.bind(record)


def bind_all(record: object | None, *fields: QWidget) -> None:
    for field in fields:
        field.bind(record)  # type: ignore[attr-defined]


def refresh_all(*fields: QWidget) -> None:
    for field in fields:
        field.binding.refresh()  # type: ignore[attr-defined]


__all__ = [
    "SAVE_DELAY_MS",
    "CheckField",
    "ChoiceField",
    "DateField",
    "LineField",
    "LockField",
    "TextField",
    "bind_all",
    "refresh_all",
]
