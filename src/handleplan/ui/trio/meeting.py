"""One TRIO meeting: when and where, notes, agreements, what to bring to the next module, and a reflection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields as declared_fields
from handleplan.ui.context import AppContext
from handleplan.ui.fields import DateField, LineField, LockField, TextField, bind_all, refresh_all
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.reflection.log_model import long_date
from handleplan.ui.trio.agreements import AgreementsBox
from handleplan.ui.widgets.auto_height import grow_with_text

if TYPE_CHECKING:
    from handleplan.models import Milestone, TrioMember


class MeetingEditor(QWidget):
    """Every input saves itself; the agreements are IGLO roles tied to this meeting."""

    reflect_requested = Signal(int)  # milestone id
    delete_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.milestone: Milestone | None = None

        self.heading = heading("", "h2")
        self.context_line = help_label()
        self.reflect_button = QPushButton(self.tr("Skriv refleksion efter mødet"))
        self.reflect_button.setObjectName("reflect-after-meeting")
        self.reflect_button.setToolTip(
            self.tr("Åbner refleksionen efter dette TRIO-møde – eller skriver en ny")
        )
        self.reflect_button.clicked.connect(self._reflect)
        self.delete_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Slet mødet")
        )
        self.delete_button.setObjectName("delete-meeting")
        self.delete_button.setToolTip(self.tr("Du kan fortryde med Ctrl+Z"))
        self.delete_button.clicked.connect(self.delete_requested)

        self.title = LineField(ctx, "title", self.tr("Mødets navn"))
        self.date = DateField(ctx, "date", self.tr("Dato"), optional=True, no_date_text=self.tr("Ingen dato"))
        self.place = LineField(ctx, "place", declared_fields.label("milestone", "place", self.ctx.lang))
        self.place.setPlaceholderText(self.tr("Hvor mødes I?"))
        self.notes = grow_with_text(
            TextField(ctx, "notes", declared_fields.label("milestone", "notes", self.ctx.lang)), min_lines=4
        )
        self.notes.setObjectName("meeting-notes")
        self.notes.setPlaceholderText(self.tr("Hvad talte I om? Hvad fyldte?"))
        # Notes about a named employee can stay home: agreements and what to bring are not private.
        self.notes_private = LockField(
            ctx, "notes_private", declared_fields.label("milestone", "notes_private", self.ctx.lang)
        )
        self.notes_private.setObjectName("notes-private")
        self.notes_private.setToolTip(
            self.tr("Private noter vises ikke uden for mødet og kommer kun med i en PDF, hvis du vælger det")
        )
        self.agreements = AgreementsBox(ctx)
        self.bring = grow_with_text(
            TextField(
                ctx, "bring_to_next", declared_fields.label("milestone", "bring_to_next", self.ctx.lang)
            )
        )
        self.bring.setObjectName("bring-to-next")
        self.bring.setPlaceholderText(self.tr("Spørgsmål, erfaringer og eksempler, I vil tage op på modulet"))
        self._build()

    def _build(self) -> None:
        # The title beside its two buttons, or above them in a narrow column (see `fit_to`).
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.context_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reflect_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addStretch(0)
        self.top.addLayout(titles, 1)
        self.top.addLayout(buttons)
        top = self.top

        form = QGridLayout()
        form.setColumnStretch(1, 3)
        form.setColumnStretch(3, 2)
        form.addWidget(self._label(self.tr("Navn"), self.title), 0, 0)
        form.addWidget(self.title, 0, 1)
        form.addWidget(self._label(self.tr("Dato"), self.date), 0, 2)
        form.addWidget(self.date, 0, 3, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(
            self._label(declared_fields.label("milestone", "place", self.ctx.lang), self.place), 1, 0
        )
        form.addWidget(self.place, 1, 1, 1, 3)

        gap = self.fontMetrics().height() // 2
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addSpacing(gap)
        notes_heading = heading(declared_fields.label("milestone", "notes", self.ctx.lang))
        notes_heading.setBuddy(self.notes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(notes_heading, 1)
        notes_row.addWidget(self.notes_private)
        layout.addLayout(notes_row)
        layout.addWidget(self.notes)
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Aftaler: hvem gør hvad")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Skriv, hvad I aftalte, hvem der gør det, og på hvilket niveau (Individ, Gruppe, Leder, "
                    "Organisation). Aftalerne står også i din Handleplan."
                )
            )
        )
        layout.addWidget(self.agreements)
        layout.addSpacing(gap)
        bring_heading = heading(declared_fields.label("milestone", "bring_to_next", self.ctx.lang))
        bring_heading.setBuddy(self.bring)
        layout.addWidget(bring_heading)
        layout.addWidget(self.bring)
        layout.addStretch(1)
        self.setTabOrder(self.title, self.date)
        self.setTabOrder(self.date, self.place)
        self.setTabOrder(self.place, self.notes_private)
        self.setTabOrder(self.notes_private, self.notes)

    def fit_to(self, width: int) -> None:
        """Fold what does not fit on one line into two for a column `width` pixels wide (1280×720 at
        125 % leaves the meeting some 450 px; the English buttons alone need 360)."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        one_line = self.reflect_button.sizeHint().width() + self.delete_button.sizeHint().width()
        one_line += self.heading.fontMetrics().averageCharWidth() * 16  # room for a short title beside them
        direction = QBoxLayout.Direction.TopToBottom if inner < one_line else QBoxLayout.Direction.LeftToRight
        if self.top.direction() != direction:
            self.top.setDirection(direction)
        self.agreements.fit_to(inner)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- which meeting --------------------------------------------------------------------------
    def milestone_id(self) -> int | None:
        return self.milestone.id if self.milestone is not None else None

    def set_meeting(self, milestone: Milestone | None, members: Sequence[TrioMember]) -> None:
        """Show `milestone`; the same one again only refreshes, so typing is never interrupted."""
        if milestone is not None and milestone is self.milestone:
            self.refresh(members)
            return
        self.milestone = milestone
        bind_all(milestone, self.title, self.date, self.place, self.notes_private, self.notes, self.bring)
        self.agreements.show_agreements(milestone, members)
        self._update_heading()

    def refresh(self, members: Sequence[TrioMember]) -> None:
        if self.milestone is None:
            return
        refresh_all(self.title, self.date, self.place, self.notes_private, self.notes, self.bring)
        self.agreements.show_agreements(self.milestone, members)
        self._update_heading()

    def _update_heading(self) -> None:
        m = self.milestone
        self.heading.setText(m.title if m is not None else "")
        parts = [long_date(m.date), m.place] if m is not None else []
        self.context_line.setText(" · ".join(p for p in parts if p))
        for button in (self.reflect_button, self.delete_button):
            button.setEnabled(m is not None)

    def _reflect(self) -> None:
        if self.milestone is not None:
            self.ctx.flush()
            self.reflect_requested.emit(self.milestone.id)
