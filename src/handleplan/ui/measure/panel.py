"""Measurements in a cycle: baselines in Planlæg; in Evaluér before and after side by side, and run charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from handleplan.models import MeasurementKind, MeasurementRole
from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import bold, help_label
from handleplan.ui.measure.chart import Point, RunChart, format_number

if TYPE_CHECKING:
    from handleplan.models import Cycle, Measurement


class MeasurementsPanel(QWidget):
    """The cycle's measurements of one role (and, in Evaluér, the baselines beside the follow-ups)."""

    def __init__(self, ctx: AppContext, role: MeasurementRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.role = ctx, role
        self.cycle: Cycle | None = None
        self.read_only = False
        self.names = {
            MeasurementKind.PSYCH_SAFETY: self.tr("Psykologisk tryghed"),
            MeasurementKind.STRESS_STAIRCASE: self.tr("Stresstrappen"),
            MeasurementKind.GULDKORN: self.tr("De seks guldkorn"),
            MeasurementKind.COUNT: self.tr("Eget antal"),
        }
        self.setObjectName(f"measurements-{role.value}")
        self.add_button = QPushButton(self.tr("Tilføj måling"))
        self.add_button.setObjectName("add-measurement")
        menu = QMenu(self.add_button)
        for kind, name in self.names.items():
            action = menu.addAction(name)
            action.setData(kind.value)
            action.triggered.connect(lambda _c=False, k=kind: self.open_dialog(k))
        self.add_button.setMenu(menu)
        self.columns = QHBoxLayout()
        self.charts = QVBoxLayout()
        self.chart_widgets: list[RunChart] = []
        self.lines: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.columns)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(self.charts)

    def bind(self, cycle: Cycle | None, read_only: bool) -> None:
        self.cycle, self.read_only = cycle, read_only
        self.add_button.setVisible(not read_only and cycle is not None)
        self.refresh()

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        for layout in (self.columns, self.charts):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    # Hidden now, not when the loop deletes it. (setParent(None) would make it a window
                    # for a moment, and the editor would lose the cursor the leader was given.)
                    widget.hide()
                    widget.deleteLater()
        self.lines, self.chart_widgets = [], []
        cycle = self.cycle
        measurements = getattr(cycle, "measurements", None)  # a plain copy of the first paint has none
        if cycle is None or measurements is None:
            return
        if self.role == MeasurementRole.FOLLOW_UP:
            self.columns.addWidget(
                self._column(self.tr("Før (fra Planlæg)"), MeasurementRole.BASELINE, False), 1
            )
        title = self.tr("Efter") if self.role == MeasurementRole.FOLLOW_UP else self.tr("Før")
        self.columns.addWidget(self._column(title, self.role, not self.read_only), 1)
        if self.role == MeasurementRole.FOLLOW_UP:
            self._add_charts(cycle)

    def _column(self, title: str, role: MeasurementRole, editable: bool) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold(QLabel(title)))
        mine = [m for m in self.cycle.measurements if m.role == role]
        if not mine:
            layout.addWidget(help_label(self.tr("Ingen målinger endnu.")))
        grid = QGridLayout()
        for row, measurement in enumerate(mine):
            line = QLabel(self.describe(measurement))
            line.setObjectName("measurement-line")
            line.setWordWrap(True)
            self.lines.append(line)
            grid.addWidget(line, row, 0)
            if editable:
                edit = QPushButton(self.tr("Ret"))
                edit.setAccessibleName(self.tr("Ret målingen %1").replace("%1", self.names[measurement.kind]))
                edit.clicked.connect(lambda _c=False, m=measurement: self.open_dialog(m.kind, m))
                delete = QPushButton(self.tr("Slet"))
                delete.setAccessibleName(
                    self.tr("Slet målingen %1").replace("%1", self.names[measurement.kind])
                )
                delete.clicked.connect(lambda _c=False, m=measurement: self._delete(m))
                grid.addWidget(edit, row, 1)
                grid.addWidget(delete, row, 2)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return column

    def describe(self, measurement: Measurement) -> str:
        """One line: what, when, the result, the change since last."""
        from handleplan.ops import measurements as ops
        from handleplan.ui.dates import long_date

        content, lang = self.ctx.content, self.ctx.lang
        values = measurement.values
        name = measurement.label if measurement.kind == MeasurementKind.COUNT and measurement.label else ""
        name = name or self.names[measurement.kind]
        parts = [name, long_date(measurement.measured_on)]
        if measurement.kind == MeasurementKind.PSYCH_SAFETY:
            summary = ops.safety_summary(values, content)
            parts.append(f"{format_number(summary.overall, lang)} – {summary.band.label}")
            warning = ops.anonymity_warning(values, lang)
        elif measurement.kind == MeasurementKind.STRESS_STAIRCASE:
            steps = content.staircase
            parts.append(", ".join(f"{steps[i].title} {n}" for i, n in ops.occupied_steps(values, content)))
            warning = ""
        elif measurement.kind == MeasurementKind.GULDKORN:
            group = next(g for g in content.tag_groups if g.key == "guldkorn")
            labels = {t.key: t.label for t in group.tags}
            chosen = [labels[k] for k in ops.to_strengthen(values, content)]
            parts.append(
                self.tr("styrk: %1").replace("%1", ", ".join(chosen)) if chosen else self.tr("alle til stede")
            )
            warning = ""
        else:
            total = values.get("total")
            parts.append(self.tr("%1 af %2").replace("%1", str(values["count"])).replace("%2", str(total))
                         if total is not None else str(values["count"]))  # fmt: skip
            warning = ""
        change = ops.change_since_last(measurement, content)
        if change is not None:
            parts.append(
                self.tr("%1 siden sidst").replace(
                    "%1", ("+" if change > 0 else "") + format_number(change, lang)
                )
            )
        text = " · ".join(p for p in parts if p)
        if measurement.note:
            text += f"\n{measurement.note}"
        return text + (f"\n⚠ {warning}" if warning else "")

    def _add_charts(self, cycle: Cycle) -> None:
        """One run chart per kind (and per count's label) measured in this initiative."""
        from handleplan.ops import measurements as ops

        content = self.ctx.content
        seen: list[tuple[MeasurementKind, str | None]] = []
        for c in cycle.initiative.cycles:
            for m in c.measurements:
                key = (m.kind, m.label if m.kind == MeasurementKind.COUNT else None)
                if key not in seen:
                    seen.append(key)
        for kind, label in seen:
            run = ops.series(cycle.initiative, kind, label)
            scores = [ops.score(m, content) for m in run]
            points = [
                Point(self._point_label(m), s, m.role == MeasurementRole.FOLLOW_UP)
                for m, s in zip(run, scores, strict=True)
            ]
            median = ops.run_median(scores)
            high = ops.chart_top(run, content)
            low = float(content.psych_safety.scale_min) if kind == MeasurementKind.PSYCH_SAFETY else 0.0
            chart = RunChart(self.ctx.lang)
            chart.setObjectName("run-chart")
            chart.setAccessibleName(label or self.names[kind])
            median_text = (
                self.tr("Median %1").replace("%1", format_number(median, self.ctx.lang))
                if median is not None
                else ""
            )
            chart.set_run(points, median, low, high, median_text)
            self.chart_widgets.append(chart)
            self.charts.addWidget(
                bold(QLabel(self.tr("%1 over runderne").replace("%1", label or self.names[kind])))
            )
            self.charts.addWidget(chart)

    def _point_label(self, measurement: Measurement) -> str:
        when = self.tr("før") if measurement.role == MeasurementRole.BASELINE else self.tr("efter")
        return self.tr("Runde %1 · %2").replace("%1", str(measurement.cycle.number)).replace("%2", when)

    # -- writing --------------------------------------------------------------------------------
    def open_dialog(self, kind: MeasurementKind, measurement: Measurement | None = None):  # noqa: ANN201
        from handleplan.ui.measure.other_dialogs import DIALOGS
        from handleplan.ui.measure.safety_dialog import PsychSafetyDialog

        if self.cycle is None:
            return None
        self.ctx.flush()
        cls = PsychSafetyDialog if kind == MeasurementKind.PSYCH_SAFETY else DIALOGS[kind]
        dialog = cls(self.ctx, self.cycle, self.role, measurement, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def _delete(self, measurement: Measurement) -> None:
        self.ctx.delete(measurement, self.names[measurement.kind])
        self.refresh()
