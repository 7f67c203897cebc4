"""Udfør's drejebøger: choose one of the course's dialogue scripts, read it, and write down what came of it.

Choosing goes through `ops.dialogues.use_script` (its steps become the cycle's tasks in Planlæg); each chosen
drejebog is then an `OutcomeRow` whose fields – A mere af, B mindre af, C begynde på, and IGLO's who does
what – save themselves like every other field. Choosing one is undoable as one step (`ChooseScriptCommand`),
and so is removing one (`AppContext.delete`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields
from handleplan.ui.context import AppContext
from handleplan.ui.fields import TextField
from handleplan.ui.initiative.form import bold, help_label, set_read_only
from handleplan.ui.initiative.rows import DeleteHandler, Row, RowList, short
from handleplan.ui.widgets.auto_height import grow_with_text

if TYPE_CHECKING:
    from handleplan.content import DialogueScript
    from handleplan.models import Cycle
    from handleplan.ops.undo import Deleted

SCRIPTS_TOOL = "drejeboeger"  # the tool on Værktøjer that holds every drejebog
TEXTS = ("more_of", "less_of", "start_doing")  # A, B, C: what the team arrived at
NEXT = ("next_individ", "next_gruppe", "next_leder", "next_organisation")  # IGLO: who does what next


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialoguePanel", text)


def script_menu(ctx: AppContext, parent: QWidget, chosen) -> QMenu:  # noqa: ANN001
    """The four drejebøger as a menu; `chosen(key)` is called with the one picked."""
    menu = QMenu(parent)
    for script in ctx.content.dialogue_scripts:
        action = menu.addAction(script.title)
        action.setData(script.key)
        action.triggered.connect(lambda _c=False, k=script.key: chosen(k))
    return menu


class ChooseScriptCommand(QUndoCommand):
    """Choosing a drejebog is undoable as one step: undo deletes the outcome and the tasks it added (and
    the title it wrote into an empty "Metode og redskaber"), keeping copies; redo puts them back, same ids."""

    def __init__(self, ctx: AppContext, cycle: Cycle, key: str, label: str) -> None:
        super().__init__(label)
        self._ctx, self._key = ctx, key
        self._cycle: Cycle | None = cycle
        self._cycle_id = cycle.id
        self.outcome: object | None = None
        self._added: list[tuple[type, int]] = []  # the outcome, then the tasks it added
        self._copies: list[Deleted] = []
        self._method = ""  # the title written into an empty method, to take back with the rest

    def _fetch_cycle(self) -> Cycle | None:
        from handleplan.models import Cycle

        return self._ctx.store.session.get(Cycle, self._cycle_id)

    def redo(self) -> None:
        from handleplan.ops import dialogues
        from handleplan.ops import undo as undo_ops

        store = self._ctx.store
        if not self._added:  # the first time: choose it
            cycle = self._cycle
            assert cycle is not None
            self._cycle = None  # an undo may hand the cycle back as another object: fetched by id then
            before = {task.id for task in cycle.tasks}
            method_was_empty = not (cycle.method or "").strip()
            outcome = self._ctx.call(dialogues.use_script, store, cycle, self._key, self._ctx.lang)
            if outcome is None:
                self.setObsolete(True)  # nothing happened: nothing to undo
                return
            self.outcome = outcome
            self._added = [(type(outcome), outcome.id)]
            self._added += [(type(task), task.id) for task in cycle.tasks if task.id not in before]
            self._method = cycle.method if method_was_empty else ""
            return
        for copy in reversed(self._copies):
            self._ctx.call(undo_ops.restore, store, copy)
        self._copies = []
        cycle = self._fetch_cycle()
        if self._method and cycle is not None and not (cycle.method or "").strip():
            self._ctx.edit(cycle, method=self._method)

    def undo(self) -> None:
        from handleplan.ops import undo as undo_ops

        store = self._ctx.store
        self._ctx.flush()
        copies = []
        for kind, record_id in self._added:
            record = store.session.get(kind, record_id)
            if record is not None:  # a task she deleted herself since is already gone
                copy = self._ctx.call(undo_ops.delete_record, store, record, self.text())
                if copy is not None:
                    copies.append(copy)
        self._copies = copies
        cycle = self._fetch_cycle()
        if self._method and cycle is not None and cycle.method == self._method:
            self._ctx.edit(cycle, method="")


class OutcomeRow(Row):
    """One drejebog used in the cycle: its title and steps to read, and the outcome in the course's form."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        lang = ctx.lang
        self.setObjectName("dialogue-outcome")
        self.title = bold(QLabel())
        self.title.setWordWrap(True)
        self.delete_button.setText(_tr("Fjern"))
        self.read_button = QPushButton(_tr("Læs drejebogen"))
        self.read_button.setCheckable(True)
        self.read_button.toggled.connect(self._show_steps)
        self.tool_button = QPushButton(_tr("Drejebogen under Værktøjer"))
        self.tool_button.clicked.connect(self._open_tool)
        # The script itself, numbered as the course gives it; hidden until she asks to read it.
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps.setContentsMargins(12, 0, 0, 4)
        self.steps.hide()
        self.where_tasks = help_label(_tr("Trinnene står som opgaver under Planlæg."))

        self.inputs: dict[str, QWidget] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for row, name in enumerate(TEXTS):
            label_text = fields.label("dialogue_outcome", name, lang)
            text = TextField(ctx, name, label_text)
            grow_with_text(text, 2, 8)
            label = bold(QLabel(label_text))
            label.setBuddy(text)
            grid.addWidget(label, row, 0, 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.inputs[name] = text
        who = bold(QLabel(_tr("Hvem gør hvad nu?")))
        grid.addWidget(who, len(TEXTS), 0, 1, 2)
        for index, name in enumerate(NEXT, start=len(TEXTS) + 1):
            # A sentence each ("Jeg lægger luften ind i kørelisten og …"): it wraps and grows rather than
            # hiding its end in a one-line field.
            label_text = fields.label("dialogue_outcome", name, lang)
            line = TextField(ctx, name, label_text)
            grow_with_text(line, 1, 4)
            label = QLabel(label_text)
            label.setBuddy(line)
            grid.addWidget(label, index, 0, 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(line, index, 1)
            self.inputs[name] = line
        grid.setColumnStretch(1, 1)
        self.fields = list(self.inputs.values())

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.tool_button)
        buttons.addStretch(1)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 8, 10, 10)
        inner.setSpacing(6)
        inner.addLayout(head)
        inner.addWidget(self.where_tasks)
        inner.addLayout(buttons)
        inner.addWidget(self.steps)
        inner.addLayout(grid)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self._show_script()

    def refresh(self) -> None:
        super().refresh()
        self._show_script()

    def script(self) -> DialogueScript | None:
        return self.ctx.content.dialogue_script(getattr(self.record, "script", ""))

    def _show_script(self) -> None:
        script = self.script()
        key = getattr(self.record, "script", "")
        self.title.setText(script.title if script is not None else key)
        steps = script.steps if script is not None else ()
        self.steps.setText("\n\n".join(f"{n}. {step}" for n, step in enumerate(steps, start=1)))
        self.read_button.setVisible(bool(steps))
        self.tool_button.setVisible(script is not None)

    def _show_steps(self, shown: bool) -> None:
        self.steps.setVisible(shown)
        self.read_button.setText(_tr("Skjul drejebogen") if shown else _tr("Læs drejebogen"))
        # The page's layouts keep the taller height once the steps are hidden again (a gap above the
        # box) unless told: re-measure every layout up to the page.
        widget: QWidget | None = self
        while widget is not None:
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget.updateGeometry()
            widget = widget.parentWidget()

    def _open_tool(self) -> None:
        script = self.script()
        if script is not None:
            # The drejebøger's own page, at this one's section (ui/screens/tools.py).
            self.ctx.navigate.emit("tools", {"tool": SCRIPTS_TOOL, "script": script.key})

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields:
            set_read_only(field, read_only)
        self.delete_button.setVisible(not read_only)

    def set_index(self, number: int) -> None:
        title = self.title.text() or str(number)
        self.delete_button.setAccessibleName(_tr("Fjern drejebogen %1").replace("%1", title))

    def focus_first(self) -> None:
        self.inputs["more_of"].setFocus()

    def delete_label(self) -> str:
        return _tr("Fjern drejebogen »%1«").replace("%1", short(self.title.text()))


class DialoguePanel(QWidget):
    """The cycle's chosen drejebøger, each with its outcome. Choosing is `choose(key)`, offered by the
    "Vælg en drejebog" button beside "Metode og redskaber" (`chooser`)."""

    chosen = Signal(object)  # the new outcome, after its steps were added as tasks

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle: Cycle | None = None
        self.read_only = False
        self.setObjectName("dialogues")
        self.rows = RowList(lambda: OutcomeRow(ctx, on_delete))
        self.chooser = QPushButton(_tr("Vælg en drejebog"))
        self.chooser.setObjectName("choose-dialogue")
        self.chooser.setAccessibleName(_tr("Vælg en af kursets drejebøger"))
        self.chooser.setMenu(script_menu(ctx, self.chooser, self.choose))
        self.added_note = help_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        layout.addWidget(self.added_note)
        self.added_note.hide()

    def bind(self, cycle: Cycle | None, read_only: bool) -> None:
        records = getattr(cycle, "dialogues", None) or []  # a plain copy of the first paint has none
        if cycle is not self.cycle or len(records) < len(self.rows.rows):
            self.added_note.hide()  # "5 trin er lagt ind …" belongs to the drejebog just chosen
        self.cycle, self.read_only = cycle, read_only
        self.chooser.setVisible(cycle is not None and not read_only)
        self.rows.set_records(records, read_only)

    def has_outcomes(self) -> bool:
        return bool(self.rows.rows)

    def choose(self, key: str) -> object | None:
        """Use drejebog `key` in the cycle: its steps become tasks, and its outcome is ready to write."""
        if self.cycle is None or self.read_only:
            return None
        self.ctx.flush()
        script = self.ctx.content.dialogue_script(key)
        title = script.title if script is not None else key
        command = ChooseScriptCommand(
            self.ctx, self.cycle, key, _tr("Vælg drejebogen »%1«").replace("%1", title)
        )
        self.ctx.undo_stack.push(command)
        outcome = command.outcome
        if outcome is None or script is None:
            return None
        steps = len(script.steps)
        self.added_note.setText(
            _tr("%1 trin er lagt ind som opgaver under Planlæg.").replace("%1", str(steps))
        )
        self.bind(self.cycle, self.read_only)
        self.added_note.show()
        self.chosen.emit(outcome)
        return outcome
