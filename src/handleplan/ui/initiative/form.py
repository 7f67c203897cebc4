"""Form building blocks for the initiative editor: a field with the course's help beside it, growing text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handleplan.ui.style import set_role

# Below this width the help moves above the field instead of beside it (1050 px windows stay "beside").
BESIDE_MIN_WIDTH = 560


def help_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Quiet, wrapping text in the palette's placeholder colour (the course's guidance)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "help")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, role: str = "h2", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, role)
    return label


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


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
        set_role(self.missing, "help")
        # The note keeps its line when it goes, so what is below does not jump up under the leader's
        # pointer the moment a field is filled (the next click would land on the wrong button).
        policy = self.missing.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.missing.setSizePolicy(policy)
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


class ScrollPage(QScrollArea):
    """A page that scrolls as one, with a body layout to fill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(4, 4, 12, 12)
        self.body.setSpacing(16)
        self.setWidget(body)
        self._pending = False  # bound to a record the widgets do not show yet

    def request_fill(self) -> None:
        """Fill the page now if it is on screen, otherwise when it is shown.

        Two reasons: only the page in front costs time when another initiative is opened, and widgets
        that grow or are added while their page is hidden do not tell the layouts above them (Qt skips
        hidden widgets), so a page filled while hidden shows its rows squeezed flat.
        """
        if self.isVisible():
            self._pending = False
            self.fill()
        else:
            self._pending = True

    def fill(self) -> None:
        """Show the bound record in every widget of the page (subclasses)."""

    def defer_if_hidden(self) -> bool:
        """For a subclass's refresh: True when the page is not in front, and it will fill when shown."""
        if self.isVisible():
            return False
        self._pending = True
        return True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._pending:
            self._pending = False
            self.fill()
            # Rows made or re-measured during the show are shown a moment later (Qt queues it), and
            # their new heights are not always passed up; re-measure once everything is on screen.
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        body = self.widget()
        for widget in body.findChildren(QWidget):
            widget.updateGeometry()
        for layout in body.findChildren(QLayout):
            layout.invalidate()
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
