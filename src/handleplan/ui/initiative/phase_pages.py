"""The four PDSA pages of a cycle – Planlæg, Udfør, Evaluér, Justér – with the course's questions as help."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from handleplan import fields
from handleplan.models import Phase
from handleplan.ui import settings_schema
from handleplan.ui.context import AppContext
from handleplan.ui.fields import LineField, TextField
from handleplan.ui.initiative.dialogue_panel import DialoguePanel
from handleplan.ui.initiative.form import FieldBlock, ScrollPage, heading, help_label, set_read_only
from handleplan.ui.initiative.radio import RadioChoice
from handleplan.ui.initiative.rows import (
    ObservationRow,
    QuestionRow,
    ResultRow,
    RowList,
    TaskRow,
    pair_header,
    task_header,
)
from handleplan.ui.widgets.auto_height import grow_with_text
from handleplan.ui.widgets.phase_wheel import phase_name

if TYPE_CHECKING:
    from handleplan.models import Cycle

PHASES = list(Phase)


def _ops():  # noqa: ANN202
    """The operations that add rows, imported on the first click."""
    from handleplan.ops import initiatives

    return initiatives


class PhasePage(ScrollPage):
    """One phase of a cycle: the course's questions on top, then each field with its help beside it."""

    phase: Phase = Phase.PLAN
    go_next = Signal()  # "Videre til …" at the bottom of the page

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cycle: Cycle | None = None
        self.read_only = False
        self.latest = True
        self.blocks: dict[str, FieldBlock] = {}
        self.fields: list[QWidget] = []  # fields.py widgets bound straight to the cycle
        self.radios: list[RadioChoice] = []
        self.add_buttons: list[QPushButton] = []
        self.setAccessibleName(phase_name(self.phase))

        help_ = ctx.content.phases[self.phase.value]
        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(heading(help_.title))
        questions = help_label("\n".join(help_.questions))
        font = QFont(questions.font())
        font.setItalic(True)
        questions.setFont(font)
        questions.setAccessibleName(self.tr("Forløbets spørgsmål"))
        top.addWidget(questions)
        self.body.addLayout(top)
        self.build()

        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.go_next.emit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        self.body.addLayout(bottom)
        self.body.addStretch(1)
        if self.phase == Phase.ACT:
            self.next_button.hide()
        else:
            later = PHASES[self.phase.index + 1]
            self.next_button.setText(self.tr("Videre til %1 →").replace("%1", phase_name(later)))

    # -- building -------------------------------------------------------------------------------
    def build(self) -> None:
        """One block per field `handleplan.fields` declares on this page, in its order: text fields are
        made here (a page attribute named as the field), the rest by the page's `build_special`."""
        for declared in fields.on_page(self.phase.value):
            label = declared.say(self.ctx.lang)
            if declared.kind == "text":
                widget: QWidget = self.text_block(
                    declared.name, label, 2 if declared.name == "helpers" else 3
                )
            elif declared.kind == "line":
                widget = self.line_block(declared.name, label)
            else:
                widget = self.build_special(declared.name, label)
            setattr(self, declared.name, widget)

    def build_special(self, key: str, label: str) -> QWidget:
        """The block for a field that is not plain text: rows, a choice (subclasses)."""
        raise NotImplementedError(key)

    def help_for(self, key: str) -> str:
        return fields.field("cycle", key).explain(self.ctx.lang)

    def text_block(self, key: str, label: str, lines: int = 3) -> TextField:
        field = TextField(self.ctx, key, label)
        grow_with_text(field, lines)
        self.fields.append(field)
        self.add_block(key, label, field)
        return field

    def line_block(self, key: str, label: str) -> LineField:
        field = LineField(self.ctx, key, label)
        self.fields.append(field)
        self.add_block(key, label, field)
        return field

    def add_block(self, key: str, label: str, field: QWidget, wide: bool = False) -> FieldBlock:
        block = FieldBlock(label, self.help_for(key), field, wide_field=wide)
        self.blocks[key] = block
        self.body.addWidget(block)
        return block

    def row_block(self, key: str, label: str, rows: RowList, add_text: str, add) -> QPushButton:  # noqa: ANN001
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rows)
        button = QPushButton(add_text)
        button.clicked.connect(add)
        line = QHBoxLayout()
        line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)
        self.add_buttons.append(button)
        block = self.add_block(key, label, holder, wide=True)
        block.label.setBuddy(button)
        return button

    # -- binding --------------------------------------------------------------------------------
    def bind(self, cycle: Cycle | None, read_only: bool, latest: bool = True) -> None:
        """Point the page at `cycle`; the widgets follow now if the page is in front, else when shown."""
        self.cycle = cycle
        self.read_only = read_only
        self.latest = latest
        self.request_fill()

    def fill(self) -> None:
        cycle, read_only = self.cycle, self.read_only
        for field in self.fields:
            field.bind(cycle)  # type: ignore[attr-defined]
            set_read_only(field, read_only)
        for radio in self.radios:
            radio.bind(cycle)
            radio.set_read_only(read_only)
        for button in self.add_buttons:
            button.setVisible(not read_only)
        self.bind_rows()

    def refresh(self) -> None:
        """Re-read after a save; a page not in front just re-fills when it is shown."""
        if self.defer_if_hidden():
            return
        for field in self.fields:
            field.binding.refresh()  # type: ignore[attr-defined]
        for radio in self.radios:
            radio.refresh()
        self.bind_rows()

    def bind_rows(self) -> None:
        """Rebuild only the variable-length lists; the page's other widgets are made once."""

    def show_missing(self, missing: list[str]) -> None:
        for key, block in self.blocks.items():
            block.set_missing(self.tr("Endnu tomt") if key in missing else "")

    def missing_labels(self, missing: list[str]) -> list[str]:
        return [self.blocks[key].label.text() for key in missing if key in self.blocks]

    def measurements_block(self, role: str) -> None:
        """Before (Planlæg) or after (Evaluér): the measurements attached to the cycle."""
        from handleplan.models import MeasurementRole
        from handleplan.ui.measure.panel import MeasurementsPanel

        self.measurements = MeasurementsPanel(self.ctx, MeasurementRole(role))
        if role == "baseline":
            label = self.tr("Målinger før")
            help_text = self.tr(
                "Mål, hvor I står, før I går i gang: psykologisk tryghed, stresstrappen, guldkornene "
                "– eller dit eget antal."
            )
        else:
            label = self.tr("Målinger før og efter")
            help_text = self.tr(
                "Mål igen, og sammenlign med målingen før. Over flere runder viser kurven, om "
                "forandringen holder."
            )
        block = FieldBlock(label, help_text, self.measurements, wide_field=True)
        self.blocks["measurements"] = block
        self.body.addWidget(block)

    # -- rows -----------------------------------------------------------------------------------
    def delete_row(self, record: object, label: str) -> None:
        self.ctx.delete(record, label)
        self.bind_rows()

    def added(self, rows: RowList, record: object | None) -> None:
        """After adding a row: show it and put the cursor in it, ready to type."""
        self.bind_rows()
        row = rows.row_for(record) if record is not None else None
        if row is not None:
            row.focus_first()
            self.ensureWidgetVisible(row)


class PlanPage(PhasePage):
    phase = Phase.PLAN

    def build(self) -> None:
        super().build()
        self.measurements_block("baseline")

    def build_special(self, key: str, label: str) -> QWidget:
        if key == "questions":
            rows = RowList(
                lambda: QuestionRow(self.ctx, self.delete_row),
                pair_header(self.tr("Spørgsmål"), self.tr("Min forudsigelse")),
            )
            self.row_block(key, label, rows, self.tr("Tilføj spørgsmål"), self.add_question)
        else:
            rows = RowList(lambda: TaskRow(self.ctx, self.delete_row), task_header())
            self.row_block(key, label, rows, self.tr("Tilføj opgave"), self.add_task)
        return rows

    def bind_rows(self) -> None:
        cycle = self.cycle
        self.questions.set_records(cycle.questions if cycle else [], self.read_only)
        self.tasks.set_records(cycle.tasks if cycle else [], self.read_only)
        self.measurements.bind(cycle, self.read_only)

    def add_question(self) -> None:
        if self.cycle is not None:
            self.added(self.questions, self.ctx.call(_ops().add_question, self.ctx.store, self.cycle))

    def add_task(self) -> None:
        if self.cycle is not None:
            self.added(self.tasks, self.ctx.call(_ops().add_task, self.ctx.store, self.cycle))


class DoPage(PhasePage):
    phase = Phase.DO

    def build(self) -> None:
        super().build()
        # "Metode og redskaber": the course's tools a click away, each opening its page on Værktøjer.
        self.tools_button = QPushButton(self.tr("Kursets værktøjer"))
        self.tools_button.setObjectName("method-tools")
        self.tools_button.setAccessibleName(self.tr("Kursets værktøjer under Værktøjer"))
        menu = QMenu(self.tools_button)
        for tool in self.ctx.content.tools:
            action = menu.addAction(tool.title)
            action.setData(tool.key)
            action.triggered.connect(
                lambda _c=False, k=tool.key: self.ctx.navigate.emit("tools", {"tool": k})
            )
        self.tools_button.setMenu(menu)
        side = self.blocks["method"].side.layout()
        side.insertWidget(side.count() - 1, self.tools_button, 0, Qt.AlignmentFlag.AlignLeft)
        # A drejebog is chosen as the method: beside the tools, its outcome in the block below.
        side.insertWidget(side.count() - 1, self.dialogues.chooser, 0, Qt.AlignmentFlag.AlignLeft)
        self.dialogues.chosen.connect(self._dialogue_chosen)

    def build_special(self, key: str, label: str) -> QWidget:
        if key == "dialogues":
            panel = DialoguePanel(self.ctx, self.delete_row)
            self.add_block(key, label, panel, wide=True)
            return panel
        if key == "as_planned":
            choice = RadioChoice(
                self.ctx,
                "as_planned",
                [
                    (True, self.tr("Ja"), ""),
                    (False, self.tr("Nej"), ""),
                    (None, self.tr("Ikke afgjort endnu"), ""),
                ],
                label,
            )
            self.radios.append(choice)
            self.add_block(key, label, choice)
            return choice
        rows = RowList(
            lambda: ObservationRow(self.ctx, self.delete_row),
            empty_text=self.tr("Ingen iagttagelser endnu."),
        )
        self.row_block(key, label, rows, self.tr("Tilføj iagttagelse"), self.add_observation)
        return rows

    def bind_rows(self) -> None:
        self.observations.set_records(self.cycle.observations if self.cycle else [], self.read_only)
        self.dialogues.bind(self.cycle, self.read_only)
        # Until a drejebog is chosen its block would be an empty heading: the chooser sits by the method.
        self.blocks["dialogues"].setVisible(self.dialogues.has_outcomes())

    def _dialogue_chosen(self, outcome: object) -> None:
        self.added(self.dialogues.rows, outcome)

    def add_observation(self) -> None:
        if self.cycle is not None:
            private = settings_schema.value(self.ctx.settings, settings_schema.NEW_OBSERVATIONS_PRIVATE)
            row = self.ctx.call(
                _ops().add_observation, self.ctx.store, self.cycle, "", date.today(), private=private
            )
            self.added(self.observations, row)


class StudyPage(PhasePage):
    phase = Phase.STUDY

    def build(self) -> None:
        super().build()
        self.measurements_block("follow_up")

    def build_special(self, key: str, label: str) -> QWidget:
        rows = RowList(
            lambda: ResultRow(self.ctx, self.delete_row),
            None,
            self.tr(
                "Du har ikke skrevet spørgsmål i Planlæg endnu. Skriv dem dér, så kan du sætte "
                "resultaterne ved siden af dine forudsigelser her."
            ),
        )
        self.add_block(key, label, rows, wide=True)
        return rows

    def bind_rows(self) -> None:
        self.results.set_records(self.cycle.questions if self.cycle else [], self.read_only)
        self.measurements.bind(self.cycle, self.read_only)


class ActPage(PhasePage):
    phase = Phase.ACT
    next_cycle = Signal()

    def build(self) -> None:
        super().build()
        self.start_next = QPushButton(self.tr("Start næste cyklus ud fra denne"))
        self.start_next.setToolTip(
            self.tr("Den nye cyklus får dit næste skridt som formål og tager spørgsmål og opgaver med.")
        )
        self.start_next.clicked.connect(self.next_cycle.emit)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.start_next)
        self.body.addLayout(line)

    def build_special(self, key: str, label: str) -> QWidget:
        content = self.ctx.content
        choices = [
            (key, content.decisions[key], content.decision_help[key]) for key in ("adopt", "adapt", "abandon")
        ]
        choice = RadioChoice(self.ctx, "decision", choices, label)
        self.radios.append(choice)
        self.add_block("decision", label, choice)
        return choice

    def fill(self) -> None:
        super().fill()
        # The next cycle always builds on the newest one, so only the newest offers it.
        self.start_next.setVisible(self.latest and not self.read_only)


PAGE_CLASSES: dict[Phase, type[PhasePage]] = {
    Phase.PLAN: PlanPage,
    Phase.DO: DoPage,
    Phase.STUDY: StudyPage,
    Phase.ACT: ActPage,
}
