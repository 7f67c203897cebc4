"""What every measurement dialog shares: the date, the note, saving through one operation, the change."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import MeasurementKind, MeasurementRole
from handleplan.ui.context import AppContext
from handleplan.ui.style import set_role

if TYPE_CHECKING:
    from handleplan.models import Cycle, Measurement


class MeasurementDialog(QDialog):
    """A dialog for one kind; subclasses build `self.body` and give `values()`."""

    kind: MeasurementKind = MeasurementKind.COUNT

    def __init__(
        self,
        ctx: AppContext,
        cycle: Cycle,
        role: MeasurementRole,
        measurement: Measurement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.cycle, self.role, self.measurement = ctx, cycle, role, measurement
        self.saved: Measurement | None = None
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        day = measurement.measured_on if measurement and measurement.measured_on else date.today()
        self.on.setDate(QDate(day.year, day.month, day.day))
        self.note = QLineEdit(measurement.note if measurement else "")
        self.note.setPlaceholderText(self.tr("Fx hvem der var med, og hvad der skete"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_role(self.problem, "help")
        self.body = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Dato"), self.on)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def label(self) -> str:
        return self.measurement.label if self.measurement else ""

    def accept(self) -> None:
        """Save through one operation; a refused value keeps the dialog open with the sentence why."""
        from handleplan.errors import HandleplanError
        from handleplan.ops import measurements as ops

        qdate = self.on.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        try:
            values = self.values()
            if self.measurement is None:
                self.saved = ops.add_measurement(
                    self.ctx.store, self.cycle, self.kind, self.role, values,
                    measured_on=day, label=self.label(), note=self.note.text(), lang=self.ctx.lang,
                )  # fmt: skip
            else:
                ops.update_measurement(
                    self.ctx.store, self.measurement, values=values, measured_on=day,
                    label=self.label(), note=self.note.text(), lang=self.ctx.lang,
                )  # fmt: skip
                self.saved = self.measurement
        except HandleplanError as exc:
            self.problem.setText(exc.message(self.ctx.lang))
            return
        super().accept()
