"""A small group of radio buttons bound to one record field that saves as soon as an option is picked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import help_label


class RadioChoice(QWidget):
    """Options as (value, label, help); None may be one of the values ("ikke afgjort endnu").

    When the stored value matches no option (e.g. no decision yet), no button is checked.
    """

    def __init__(
        self,
        ctx: AppContext,
        field: str,
        choices: list[tuple[Any, str, str]],
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = field
        self.record: object | None = None
        self.read_only = False
        self.setAccessibleName(accessible_name)
        self.group = QButtonGroup(self)
        self.buttons: list[tuple[Any, QRadioButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value, label, help_text in choices:
            button = QRadioButton(label)
            button.setAccessibleName(label)
            if help_text:
                button.setAccessibleDescription(help_text)
            self.group.addButton(button)
            self.buttons.append((value, button))
            layout.addWidget(button)
            if help_text:
                note = help_label(help_text)
                # Indent the help under its own option so it reads as belonging to it.
                note.setContentsMargins(
                    self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth) + 8, 0, 0, 6
                )
                layout.addWidget(note)
        self.group.buttonClicked.connect(self._picked)

    def value(self) -> Any:
        for value, button in self.buttons:
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        key = getattr(value, "value", value)
        # A group with nothing checked is only possible while it is not exclusive.
        self.group.setExclusive(False)
        for option, button in self.buttons:
            button.setChecked(option == key)
        self.group.setExclusive(True)

    def bind(self, record: object | None) -> None:
        self.record = record
        self.setEnabled(record is not None)
        self.refresh()

    def refresh(self) -> None:
        self.set_value(getattr(self.record, self.field) if self.record is not None else None)
        self._show_read_only()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._show_read_only()

    def _show_read_only(self) -> None:
        # The choice made stays in full colour in a locked cycle (the decision is what she looks back
        # for); the others are greyed. A click on it changes nothing (see `_picked`).
        for _value, button in self.buttons:
            button.setEnabled(not self.read_only or button.isChecked())

    def _picked(self, button: QRadioButton) -> None:
        if self.record is None or self.read_only:
            return
        value = next(v for v, b in self.buttons if b is button)
        if not self.ctx.edit(self.record, **{self.field: value}):
            self.refresh()
