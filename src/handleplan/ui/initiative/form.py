"""Form building blocks for the initiative editor: a field with the course's help beside it, growing text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

# Below this width the help moves above the field instead of beside it (1050 px windows stay "beside").
BESIDE_MIN_WIDTH = 560


def help_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Quiet, wrapping text in the palette's placeholder colour (the course's guidance)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "help")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, role: str = "h2", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", role)
    return label


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def autogrow(edit: QPlainTextEdit, min_lines: int = 3, max_lines: int = 14) -> None:
    """Let a text field grow with what is written, so a page scrolls as one and nothing hides inside a box."""

    def fit(*_args: object) -> None:
        lines = edit.document().documentLayout().documentSize().height()  # in lines for plain text
        lines = max(min_lines, min(max_lines, int(lines) + 1))
        margins = edit.contentsMargins()
        height = (
            lines * edit.fontMetrics().lineSpacing()
            + int(2 * edit.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        if edit.height() != height:
            edit.setFixedHeight(height)

    edit.document().documentLayout().documentSizeChanged.connect(fit)
    fit()


def set_read_only(widget: QWidget, read_only: bool) -> None:
    """Text stays readable (read-only, normal colour); choices and dates are simply switched off."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(read_only)
    elif isinstance(widget, QAbstractSpinBox | QCheckBox | QComboBox):
        widget.setEnabled(not read_only)
    else:
        setter = getattr(widget, "set_read_only", None)
        if setter is not None:
            setter(read_only)


class FieldBlock(QWidget):
    """A label and the course's help text, with the field beside them on wide pages and below on narrow.

    `wide_field=True` (row lists) always puts the field below the help, so its columns get the full width.
    """

    def __init__(self, label: str, help_text: str, field: QWidget, wide_field: bool = False) -> None:
        super().__init__()
        self.field = field
        self.wide_field = wide_field
        self.label = bold(QLabel(label))
        self.label.setWordWrap(True)
        self.label.setBuddy(field)
        self.help = help_label(help_text)
        self.missing = QLabel()
        self.missing.setProperty("role", "help")
        self.missing.hide()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2)
        side_layout.addWidget(self.label)
        side_layout.addWidget(self.help)
        side_layout.addWidget(self.missing)
        side_layout.addStretch(1)
        self.side = side

        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.box.addWidget(side, 2)
        self.box.addWidget(field, 3)

    def set_missing(self, text: str) -> None:
        """A small 'still empty' note under the help; empty text hides it."""
        self.missing.setText(text)
        self.missing.setVisible(bool(text))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        beside = not self.wide_field and event.size().width() >= BESIDE_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.box.setSpacing(18 if beside else 6)
        super().resizeEvent(event)
