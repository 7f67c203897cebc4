"""Modul 1's "Mål jeres psykologiske tryghed": anonymous answers (or only the averages), summed up live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from handleplan.models import MeasurementKind
from handleplan.ui.measure.base import MeasurementDialog
from handleplan.ui.measure.chart import format_number
from handleplan.ui.style import set_role


class PsychSafetyDialog(MeasurementDialog):
    """One column per respondent, never a name; the average per statement and overall, the band."""

    kind = MeasurementKind.PSYCH_SAFETY

    def build(self) -> None:
        safety = self.ctx.content.psych_safety
        self.statements = safety.statements
        self.setWindowTitle(self.tr("Psykologisk tryghed – måling"))
        intro = QLabel(
            self.tr("Skriv hver besvarelse i sin egen kolonne, uden navne: %1 = helt uenig, %2 = helt enig.")
            .replace("%1", str(safety.scale_min))
            .replace("%2", str(safety.scale_max))
        )
        intro.setWordWrap(True)
        self.only_averages = QCheckBox(
            self.tr("Vi har kun gennemsnittene (svar på papir eller i et andet værktøj)")
        )
        self.respondents = QSpinBox()
        self.respondents.setRange(1, 999)
        self.respondents.setPrefix(self.tr("Antal, der svarede: "))
        self.table = QTableWidget(len(self.statements), 1)
        self.table.setObjectName("safety-answers")
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()  # the statements carry their numbers
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, statement in enumerate(self.statements):
            item = QTableWidgetItem(f"{row + 1}. {statement}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
        self.add_button = QPushButton(self.tr("Tilføj besvarelse"))
        self.add_button.clicked.connect(self.add_respondent)
        self.summary = QLabel()
        self.summary.setObjectName("safety-summary")
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("safety-warning")
        self.warning.setWordWrap(True)
        note = QLabel(safety.ranges_note)
        note.setWordWrap(True)
        set_role(note, "help")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.only_averages, 1)
        row.addWidget(self.respondents)
        for widget in (intro,):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addWidget(self.table, 1)
        for widget in (self.summary, self.warning, note):
            self.body.addWidget(widget)
        self.only_averages.toggled.connect(self._mode)
        self.table.itemChanged.connect(lambda _i: self.update_summary())
        self.respondents.valueChanged.connect(lambda _v: self.update_summary())
        self._load()
        self.resize(900, 620)

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.build()

    # -- the table ------------------------------------------------------------------------------
    def answer_columns(self) -> int:
        return self.table.columnCount() - 2  # the statement column and the average column

    def add_respondent(self, answers: list[int] | None = None) -> None:
        self.table.blockSignals(True)
        column = self.table.columnCount() - 1  # before the average column
        self.table.insertColumn(column)
        for row in range(len(self.statements)):
            value = answers[row] if answers else None
            self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        self._headers()
        self.table.blockSignals(False)
        self.update_summary()

    def _headers(self) -> None:
        averages_only = self.only_averages.isChecked()
        labels = [self.tr("Udsagn")]
        labels += (
            [self.tr("Gennemsnit")]
            if averages_only
            else [str(n) for n in range(1, self.answer_columns() + 1)]
        )
        if not averages_only:
            labels.append(self.tr("Gennemsnit"))
        self.table.setHorizontalHeaderLabels(labels)
        # The statements get the room; an answer needs two digits, an average four characters.
        header = self.table.horizontalHeader()
        narrow = self.fontMetrics().horizontalAdvance("Gennemsnit") + 16
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, narrow if column == self.table.columnCount() - 1 else 44)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _mode(self, averages_only: bool) -> None:
        self.table.blockSignals(True)
        self.table.setColumnCount(1)
        self.table.setColumnCount(2)
        if averages_only:
            for row in range(len(self.statements)):
                self.table.setItem(row, 1, QTableWidgetItem(""))
        else:
            self._average_items()
        self.table.blockSignals(False)
        self._headers()
        self.add_button.setEnabled(not averages_only)
        self.respondents.setEnabled(averages_only)
        if not averages_only:
            self.add_respondent()
        self.update_summary()

    def _average_items(self) -> None:
        for row in range(len(self.statements)):
            item = QTableWidgetItem("")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.table.columnCount() - 1, item)

    def _load(self) -> None:
        values = self.measurement.values if self.measurement else {}
        self.table.setColumnCount(2)
        if "averages" in values:
            self.only_averages.setChecked(True)  # builds the one column
            self.table.blockSignals(True)
            for row, average in enumerate(values["averages"]):
                self.table.item(row, 1).setText(format_number(average, self.ctx.lang))
            self.table.blockSignals(False)
            self.respondents.setValue(values.get("respondents") or 1)
        else:
            self._average_items()
            self._headers()
            self.respondents.setEnabled(False)
            for answers in values.get("answers", []) or [None, None, None]:
                self.add_respondent(answers)
        self.update_summary()

    # -- reading the table ----------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> Any:
        item = self.table.item(row, column)
        text = (item.text() if item else "").strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return text  # refused by the operation, with the sentence why
        return int(number) if number.is_integer() and "." not in text else number

    def values(self) -> dict[str, Any]:
        rows = range(len(self.statements))
        if self.only_averages.isChecked():
            return {"averages": [self._cell(r, 1) for r in rows], "respondents": self.respondents.value()}
        answers = []
        for column in range(1, 1 + self.answer_columns()):
            one = [self._cell(r, column) for r in rows]
            if any(v is not None for v in one):  # an empty column is a respondent not yet typed
                answers.append(one)
        return {"answers": answers}

    def update_summary(self) -> None:
        from handleplan.errors import HandleplanError
        from handleplan.ops import measurements as ops

        content, lang = self.ctx.content, self.ctx.lang
        try:
            values = ops.clean_values(self.kind, self.values(), content)
        except HandleplanError as exc:
            self.summary.setText(self.tr("Samlet gennemsnit: –"))
            self.warning.setText(exc.message(lang) if self.table.hasFocus() else "")
            return
        summary = ops.safety_summary(values, content)
        if not self.only_averages.isChecked():
            self.table.blockSignals(True)
            for row, average in enumerate(summary.per_statement):
                self.table.item(row, self.table.columnCount() - 1).setText(format_number(average, lang))
            self.table.blockSignals(False)
        text = self.tr("Samlet gennemsnit: %1 · %2").replace("%1", format_number(summary.overall, lang))
        text = text.replace("%2", summary.band.label) + f"\n»{summary.band.quote}«"
        before = self._previous_score()
        if before is not None:
            change = summary.overall - before[1]
            sign = "+" if change > 0 else ""
            text += "\n" + self.tr("Siden sidste måling (%1): %2").replace("%1", before[0]).replace(
                "%2", sign + format_number(change, lang)
            )
        self.summary.setText(text)
        self.warning.setText(ops.anonymity_warning(values, lang))

    def _previous_score(self) -> tuple[str, float] | None:
        from handleplan.ops import measurements as ops
        from handleplan.ui.dates import long_date

        run = ops.series(self.cycle.initiative, self.kind)
        if self.measurement is not None and self.measurement in run:
            earlier = run[: run.index(self.measurement)]
        else:
            earlier = run
        if not earlier:
            return None
        last = earlier[-1]
        return long_date(last.measured_on), ops.score(last, self.ctx.content)
