"""A TRIO meeting's agreements: who does what (IGLO level, what, who, by when, done)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import Level, Milestone, TrioMember
from handleplan.ops import iglo
from handleplan.ui.context import AppContext
from handleplan.ui.fields import CheckField, ChoiceField, DateField, LineField
from handleplan.ui.initiative.form import bold
from handleplan.ui.initiative.rows import DeleteHandler, Row, RowList, short
from handleplan.ui.initiative.who_field import WhoField

STRETCH = (2, 1)  # what, who


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementRow", text)


def level_choices(ctx: AppContext) -> list[tuple[Level, str]]:
    return [(level, ctx.content.levels[level.value].title) for level in Level]


class AgreementRow(Row):
    """One agreement: what, who (a TRIO member or a name), IGLO level, by when (optional), done."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.what = LineField(ctx, "what")
        self.who = WhoField(ctx)
        # Size by the column, not by the longest member name, so "Hvad" keeps most of the width.
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(8)
        self.level = ChoiceField(ctx, "level", level_choices(ctx))
        self.level.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.due = DateField(ctx, "due", optional=True, no_date_text=_tr("Ingen dato"))
        self.due.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.done = CheckField(ctx, "done", _tr("Gjort"))
        self.fields = [self.what, self.level, self.due, self.done]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what, STRETCH[0])
        layout.addWidget(self.who, STRETCH[1])
        layout.addWidget(self.level)
        layout.addWidget(self.due)
        layout.addWidget(self.done)
        layout.addWidget(self.delete_button)
        self.what.setMinimumWidth(80)
        self.who.setMinimumWidth(70)
        self.what.setPlaceholderText(_tr("Hvad aftalte I?"))
        self.setTabOrder(self.what, self.who)
        self.setTabOrder(self.who, self.level)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self.who.bind(record)  # type: ignore[arg-type]

    def refresh(self) -> None:
        super().refresh()
        self.who.refresh()

    def set_index(self, number: int) -> None:
        n = str(number)
        self.what.setAccessibleName(_tr("Aftale %1: hvad").replace("%1", n))
        self.who.setAccessibleName(_tr("Aftale %1: hvem").replace("%1", n))
        self.level.setAccessibleName(_tr("Aftale %1: niveau").replace("%1", n))
        self.due.setAccessibleName(_tr("Aftale %1: senest").replace("%1", n))
        self.done.setAccessibleName(_tr("Aftale %1 er gjort").replace("%1", n))
        self.delete_button.setAccessibleName(_tr("Slet aftale %1").replace("%1", n))

    def delete_label(self) -> str:
        return _tr("Slet aftale »%1«").replace("%1", short(self.what.text() or self.who.currentText()))


def _twin(widget: QWidget) -> QWidget:
    """An invisible copy that keeps a fixed-width column's width in the header."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.hide()
    return widget


def agreement_header(ctx: AppContext) -> QWidget:
    """Column titles lined up with AgreementRow."""
    header = QWidget()
    layout = QHBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    what, who = bold(QLabel(_tr("Hvad"))), bold(QLabel(_tr("Hvem")))
    what.setMinimumWidth(80)
    who.setMinimumWidth(70)
    layout.addWidget(what, STRETCH[0])
    layout.addWidget(who, STRETCH[1])
    # Widths are measured from real twins of the fields, so they follow the font and scaling.
    level_probe = ChoiceField(ctx, "level", level_choices(ctx))
    level = bold(QLabel(_tr("Niveau")))
    level.setFixedWidth(level_probe.sizeHint().width())
    level_probe.deleteLater()
    date_probe = DateField(ctx, "due", optional=True, no_date_text=_tr("Ingen dato"))
    due = bold(QLabel(_tr("Senest")))
    due.setFixedWidth(date_probe.sizeHint().width())
    date_probe.deleteLater()
    layout.addWidget(level)
    layout.addWidget(due)
    delete = QToolButton()
    delete.setText(_tr("Slet"))
    delete.setAutoRaise(True)
    layout.addWidget(_twin(QCheckBox(_tr("Gjort"))))
    layout.addWidget(_twin(delete))
    return header


class AgreementsBox(QWidget):
    """The agreements of one TRIO meeting, and a button to add one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.milestone: Milestone | None = None
        self.members: Sequence[TrioMember] = []
        self.rows = RowList(
            lambda: AgreementRow(ctx, self._delete),
            agreement_header(ctx),
            self.tr("Ingen aftaler endnu. Hvem gør hvad til næste gang?"),
        )
        self.add_button = QPushButton(self.tr("Tilføj aftale"))
        self.add_button.setObjectName("add-agreement")
        self.add_button.setAccessibleName(self.tr("Tilføj aftale fra TRIO-mødet"))
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.rows)
        layout.addLayout(buttons)

    def show_agreements(self, milestone: Milestone | None, members: Sequence[TrioMember]) -> None:
        self.milestone = milestone
        self.members = members
        self.rows.set_records(list(milestone.agreements) if milestone is not None else [])
        for row in self.rows.rows:
            row.who.set_members(members)  # type: ignore[attr-defined]
        self.add_button.setEnabled(milestone is not None)

    def add(self) -> None:
        if self.milestone is None:
            return
        self.ctx.flush()
        # Leder is the usual level for what the leader takes on after the meeting; easy to change.
        role = self.ctx.call(iglo.assign, self.ctx.store, Level.LEDER, "", milestone=self.milestone)
        if role is None:
            return
        self.reload()
        row = self.rows.row_for(role)
        if row is not None:
            row.focus_first()

    def reload(self) -> None:
        self.show_agreements(self.milestone, self.members)

    def _delete(self, record: object, label: str) -> None:
        self.ctx.delete(record, label)
        self.reload()

    def agreement_rows(self) -> list[AgreementRow]:
        return list(self.rows.rows)  # type: ignore[arg-type]


__all__ = ["AgreementRow", "AgreementsBox"]
