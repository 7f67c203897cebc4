"""One milestone of the forløb as an editable card: title, date, place, and for modules what to raise."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from handleplan import fields as declared_fields
from handleplan.models import MilestoneKind
from handleplan.ui.context import AppContext
from handleplan.ui.fields import DateField, LineField, TextField, bind_all, refresh_all
from handleplan.ui.initiative.form import help_label
from handleplan.ui.widgets.auto_height import grow_with_text
from handleplan.ui.widgets.module_aims import aims_label

if TYPE_CHECKING:
    from handleplan.models import Milestone


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class MilestoneRow(QFrame):
    """Built once per milestone and kept while it exists; re-sorting only moves it in the list."""

    delete_requested = Signal(object, str)  # milestone, undo label
    open_meeting = Signal(int)  # milestone id of a TRIO meeting

    def __init__(self, ctx: AppContext, milestone: Milestone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.milestone = milestone
        self.setObjectName("milestone-row")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.badge = QLabel()
        self.badge.setObjectName("milestone-badge")
        font = QFont(self.badge.font())
        font.setBold(True)
        self.badge.setFont(font)
        self.title = LineField(ctx, "title")
        self.title.setMinimumWidth(120)
        self.date = DateField(ctx, "date", optional=True, no_date_text=self.tr("Ingen dato"))
        self.date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.place = LineField(ctx, "place")
        self.place.setMinimumWidth(80)
        self.place.setPlaceholderText(declared_fields.label("milestone", "place", self.ctx.lang))
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Slet"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.setToolTip(self.tr("Du kan fortryde med Ctrl+Z"))
        self.delete_button.clicked.connect(self._delete)

        kind = milestone.kind
        template = ctx.content.milestone_template(kind.value) if kind.is_module else None
        self.subtitle = help_label(template.subtitle if template is not None else "")
        self.subtitle.setVisible(template is not None)
        self.aims = aims_label(ctx.content, kind.value)
        self.discussion: TextField | None = None
        self._is_next: bool | None = None
        self.meeting_button: QPushButton | None = None

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 2)
        grid.addWidget(self.badge, 0, 0, 1, 7)
        grid.addWidget(_label(self.tr("Navn"), self.title), 1, 0)
        grid.addWidget(self.title, 1, 1)
        grid.addWidget(_label(self.tr("Dato"), self.date), 1, 2)
        grid.addWidget(self.date, 1, 3)
        grid.addWidget(_label(declared_fields.label("milestone", "place", self.ctx.lang), self.place), 1, 4)
        grid.addWidget(self.place, 1, 5)
        grid.addWidget(self.delete_button, 1, 6)
        grid.addWidget(self.subtitle, 2, 1, 1, 6)
        grid.addWidget(self.aims, 3, 1, 1, 6)
        if kind.is_module:
            self.discussion = grow_with_text(TextField(ctx, "discussion_points"), min_lines=2, max_lines=10)
            self.discussion.setPlaceholderText(self.tr("Spørgsmål og oplevelser, du vil tage op på modulet"))
            label = QLabel(declared_fields.label("milestone", "discussion_points", self.ctx.lang))
            label.setBuddy(self.discussion)
            label.setWordWrap(True)
            grid.addWidget(label, 4, 1, 1, 6)
            grid.addWidget(self.discussion, 5, 1, 1, 6)
        elif kind == MilestoneKind.TRIO:
            self.meeting_button = QPushButton(self.tr("Noter og aftaler"))
            self.meeting_button.setToolTip(self.tr("Åbn TRIO-mødet med noter og aftaler"))
            self.meeting_button.clicked.connect(lambda: self.open_meeting.emit(self.milestone.id))
            buttons = QHBoxLayout()
            buttons.addWidget(self.meeting_button)
            buttons.addStretch(1)
            grid.addLayout(buttons, 4, 1, 1, 6)
        self.setTabOrder(self.title, self.date)
        self.setTabOrder(self.date, self.place)
        self._fields = [f for f in (self.title, self.date, self.place, self.discussion) if f is not None]
        bind_all(milestone, *self._fields)
        self._name()

    def _name(self) -> None:
        name = self.milestone.title
        self.setAccessibleName(name)
        self.title.setAccessibleName(self.tr("%1: navn").replace("%1", name))
        self.date.setAccessibleName(self.tr("%1: dato").replace("%1", name))
        self.place.setAccessibleName(self.tr("%1: sted").replace("%1", name))
        self.delete_button.setAccessibleName(self.tr("Slet %1").replace("%1", name))
        if self.discussion is not None:
            self.discussion.setAccessibleName(self.tr("%1: det vil jeg gerne drøfte").replace("%1", name))
        if self.meeting_button is not None:
            self.meeting_button.setAccessibleName(self.tr("Noter og aftaler fra %1").replace("%1", name))

    def rebind(self, milestone: Milestone) -> None:
        """The same milestone as a fresh object (after an undo): bind to it; otherwise just re-read."""
        if milestone is not self.milestone:
            self.milestone = milestone
            bind_all(milestone, *self._fields)
        else:
            refresh_all(*self._fields)
        self._name()

    def set_status(self, today: date, is_next: bool) -> None:
        """Næste / Afholdt above the fields, so the leader sees at once where in the forløb they are."""
        when = self.milestone.date
        if is_next:
            text = self.tr("Næste")
        elif when is not None and when < today:
            text = self.tr("Afholdt")
        else:
            text = ""
        kind = self.kind_label()
        self.badge.setText(" · ".join(p for p in (kind, text) if p))
        if is_next == self._is_next:
            return  # a style sheet re-polishes the whole card: set it only when the mark moves
        self._is_next = is_next
        # Palette references, not colours, so light and dark both work; the next one gets a highlight frame.
        colour = "palette(highlight)" if is_next else "palette(placeholder-text)"
        self.badge.setStyleSheet(f"color: {colour};")
        border = "2px solid palette(highlight)" if is_next else "1px solid palette(mid)"
        self.setStyleSheet(
            f"QFrame#milestone-row {{ border: {border}; border-radius: 6px; background: palette(base); }}"
        )

    def kind_label(self) -> str:
        kind = self.milestone.kind
        if kind == MilestoneKind.TRIO:
            return self.tr("TRIO-møde")
        if kind.is_module:
            return self.tr("Modul") if kind != MilestoneKind.OPSTART else self.tr("Opstart")
        return ""

    def _delete(self) -> None:
        self.delete_requested.emit(self.milestone, self.tr("Slet »%1«").replace("%1", self.milestone.title))
