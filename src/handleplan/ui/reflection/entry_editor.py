"""One reflection: title, date, private mark, the course's prompts with answers, own notes, linked tiltag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields as declared_fields
from handleplan.models import MilestoneKind
from handleplan.ui.context import AppContext
from handleplan.ui.fields import CheckField, DateField, LineField, TextField, refresh_all
from handleplan.ui.reflection.initiative_links import InitiativeLinks
from handleplan.ui.reflection.log_model import long_date
from handleplan.ui.style import set_role
from handleplan.ui.widgets.auto_height import grow_with_text
from handleplan.ui.widgets.lock_icon import LockMark
from handleplan.ui.widgets.module_aims import aims_label, aims_text

if TYPE_CHECKING:
    from handleplan.models import Milestone, Reflection


def _label(text: str, role: str = "", buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class ReflectionEditor(QWidget):
    """Every input saves itself; the prompts are the ones copied into the reflection when it was written."""

    delete_requested = Signal()
    open_meeting = Signal(int)  # milestone id of the TRIO meeting the reflection follows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection: Reflection | None = None
        self._answer_fields: list[TextField] = []
        self._answer_widgets: list[QWidget] = []
        self._prompts: tuple[str, ...] = ()  # the prompts the answer fields were made for

        self.heading = _label("", "h2")
        self.context_line = _label("", "help")
        self.meeting_button = QPushButton(self.tr("Åbn TRIO-mødet"))
        self.meeting_button.clicked.connect(self._open_meeting)
        self.delete_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Slet refleksion")
        )
        self.delete_button.setToolTip(self.tr("Du kan fortryde med Ctrl+Z"))
        self.delete_button.clicked.connect(self.delete_requested)

        self.title = LineField(ctx, "title", declared_fields.label("reflection", "title", self.ctx.lang))
        self.title.setPlaceholderText(self.tr("Giv refleksionen en overskrift"))
        self.written_on = DateField(
            ctx, "written_on", declared_fields.label("reflection", "written_on", self.ctx.lang)
        )
        self.private = CheckField(
            ctx, "private", declared_fields.label("reflection", "private", self.ctx.lang)
        )
        self.private_help = _label(
            self.tr("Private refleksioner kommer ikke med i PDF'en, medmindre du selv vælger det."), "help"
        )
        self.private_help.setToolTip(self.private_help.text())
        self.private.setAccessibleDescription(self.private_help.text())

        self.aims = aims_label(ctx.content, "free")  # filled per reflection: its module's aims
        # Whose questions these are: the course's, or Handleplan's own where the course gives none.
        self.prompt_origin = _label("", "help")
        self.prompt_origin.setObjectName("prompt-origin")
        self.prompts_box = QVBoxLayout()
        self.prompts_box.setSpacing(4)
        self.notes = grow_with_text(
            TextField(ctx, "text", declared_fields.label("reflection", "text", self.ctx.lang)), min_lines=4
        )
        self.notes.setPlaceholderText(self.tr("Alt det andet, du vil huske – med dine egne ord."))
        self.links = InitiativeLinks(ctx)

        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.heading)
        heading.addWidget(self.context_line)
        top.addLayout(heading, 1)
        top.addWidget(self.meeting_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.addWidget(
            _label(declared_fields.label("reflection", "title", self.ctx.lang), buddy=self.title), 0, 0
        )
        form.addWidget(self.title, 0, 1)
        form.addWidget(
            _label(declared_fields.label("reflection", "written_on", self.ctx.lang), buddy=self.written_on),
            0,
            2,
        )
        form.addWidget(self.written_on, 0, 3)
        private_row = QHBoxLayout()
        private_row.setSpacing(6)
        private_row.addWidget(LockMark())
        private_row.addWidget(self.private)
        private_row.addWidget(self.private_help, 1)
        form.addLayout(private_row, 1, 0, 1, 4)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.aims)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.prompt_origin)
        layout.addLayout(self.prompts_box)
        layout.addWidget(_label(declared_fields.label("reflection", "text", self.ctx.lang), "h2", self.notes))
        layout.addWidget(self.notes)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(_label(self.tr("Hænger sammen med disse tiltag"), "h2"))
        layout.addWidget(self.links)
        layout.addStretch(1)
        self.setTabOrder(self.title, self.written_on)
        self.setTabOrder(self.written_on, self.private)

    # -- which reflection -----------------------------------------------------------------------
    def reflection_id(self) -> int | None:
        return self.reflection.id if self.reflection is not None else None

    def set_reflection(self, reflection: Reflection | None) -> None:
        """Show `reflection` (None: nothing). Showing the one already shown only refreshes, so typing
        is never interrupted by a commit elsewhere."""
        if reflection is not None and reflection is self.reflection:
            self.refresh()
            return
        for field in (self.title, self.written_on, self.private, self.notes, *self._answer_fields):
            field.binding.flush()
        self.reflection = reflection
        for field in (self.title, self.written_on, self.private, self.notes):
            field.bind(reflection)
        self._rebuild_answers()
        self.links.set_reflection(reflection)
        self._update_heading()

    def _rebuild_answers(self) -> None:
        answers = list(self.reflection.answers) if self.reflection is not None else []
        prompts = tuple(answer.prompt for answer in answers)
        if answers and prompts == self._prompts:
            # The same prompts as shown (another reflection after a module, or this one read again
            # through the store after the first paint): rebind the fields, no widgets made or re-laid.
            for field, answer in zip(self._answer_fields, answers, strict=True):
                field.bind(answer)
            return
        self._prompts = prompts
        for widget in self._answer_widgets:
            self.prompts_box.removeWidget(widget)
            widget.hide()  # deleteLater waits for the event loop; until then it must not show through
            widget.deleteLater()
        self._answer_fields, self._answer_widgets = [], []
        if self.reflection is None:
            return
        previous: QWidget = self.private
        for answer in self.reflection.answers:
            field = grow_with_text(TextField(self.ctx, "answer", answer.prompt))
            field.bind(answer)
            label = _label(answer.prompt, buddy=field)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for widget in (label, field):
                self.prompts_box.addWidget(widget)
                self._answer_widgets.append(widget)
            spacer = QWidget()
            spacer.setFixedHeight(self.fontMetrics().height() // 2)
            self.prompts_box.addWidget(spacer)
            self._answer_widgets.append(spacer)
            self._answer_fields.append(field)
            self.setTabOrder(previous, field)
            previous = field
        self.setTabOrder(previous, self.notes)

    def _update_heading(self) -> None:
        reflection = self.reflection
        milestone: Milestone | None = reflection.milestone if reflection is not None else None
        if reflection is None:
            self.heading.setText("")
            self.context_line.setText("")
        elif milestone is None:
            self.heading.setText(self.tr("Fri refleksion"))
            self.context_line.setText(self.tr("Skriv om det, der fylder – når som helst i forløbet."))
        else:
            self.heading.setText(self.tr("Refleksion efter %1").replace("%1", milestone.title))
            template = self.ctx.content.milestone_template(milestone.kind.value)
            parts = [long_date(milestone.date)]
            if template is not None and milestone.kind != MilestoneKind.TRIO:
                parts.append(template.subtitle)
            self.context_line.setText(" · ".join(p for p in parts if p))
        self.meeting_button.setVisible(milestone is not None and milestone.kind == MilestoneKind.TRIO)
        self.delete_button.setVisible(reflection is not None)
        kind = milestone.kind.value if milestone is not None else "free"
        self.aims.setText(aims_text(self.ctx.content, kind) if reflection is not None else "")
        self.aims.setVisible(bool(self.aims.text()))
        # Said only of the questions the content gives now: an older reflection keeps older copies.
        current = reflection is not None and self._prompts == self.ctx.content.prompts_for(kind)
        self.prompt_origin.setText(self.ctx.content.prompt_origins.get(kind, "") if current else "")
        self.prompt_origin.setVisible(bool(self.prompt_origin.text()))

    def refresh(self) -> None:
        """Re-read after a commit: fields the leader is not typing in, the heading, and the links."""
        if self.reflection is None:
            return
        refresh_all(self.title, self.written_on, self.private, self.notes, *self._answer_fields)
        self._update_heading()
        self.links.refresh()

    def focus_first_answer(self) -> None:
        target = self._answer_fields[0] if self._answer_fields else self.notes
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer_fields(self) -> list[TextField]:
        return list(self._answer_fields)

    def found_widget(self, record: str, record_id: int | None, name: str) -> QWidget | None:
        """The input holding a search hit in the shown reflection: its title, notes or an answer."""
        if record == "reflection":
            return {"title": self.title, "text": self.notes}.get(name)
        return next(
            (f for f in self._answer_fields if getattr(f.binding.record, "id", None) == record_id), None
        )

    def _open_meeting(self) -> None:
        if self.reflection is not None and self.reflection.milestone_id is not None:
            self.open_meeting.emit(self.reflection.milestone_id)
