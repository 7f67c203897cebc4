"""A TRIO meeting's agreements: who does what (IGLO level, what, who, by when, done).

An agreement tied to a private tiltag hangs under it (`handleplan.privacy`): here it shows as the tiltag's
title and a padlock, and its text only in the tiltag's own IGLO panel - the TRIO screen goes on the
projector at the meeting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import Level
from handleplan.privacy import ON_SCREEN, PrivacyRule
from handleplan.ui.context import AppContext
from handleplan.ui.fields import CheckField, ChoiceField, DateField, TextField
from handleplan.ui.initiative.rows import DeleteHandler, Row, RowList, short
from handleplan.ui.initiative.who_field import WhoField
from handleplan.ui.widgets.auto_height import grow_with_text
from handleplan.ui.widgets.lock_icon import LockMark

if TYPE_CHECKING:
    from handleplan.models import Milestone, TrioMember


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementRow", text)


def level_choices(ctx: AppContext) -> list[tuple[Level, str]]:
    return [(level, ctx.content.levels[level.value].title) for level in Level]


class AgreementRow(Row):
    """One agreement on two lines: what was agreed (wrapping, so a whole sentence shows), then who, the
    IGLO level, by when (optional) and done. Each input has its own label, so no column header is needed."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.what = grow_with_text(TextField(ctx, "what"), min_lines=1, max_lines=5)
        self.what.setPlaceholderText(_tr("Hvad aftalte I?"))
        self.who = WhoField(ctx)
        # Size by a name's length, not by the longest member name.
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(14)
        self.level = ChoiceField(ctx, "level", level_choices(ctx))
        self.due = DateField(ctx, "due", optional=True, no_date_text=_tr("Ingen dato"))
        self.done = CheckField(ctx, "done", _tr("Gjort"))
        self.fields = [self.what, self.level, self.due, self.done]

        top = QHBoxLayout()
        top.addWidget(self.what, 1)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        # Who and level, then by when and done: side by side, or two lines in a narrow column (the TRIO
        # screen at 1280×720 and 125 % leaves some 470 px, and one line needs 620).
        who_level, due_done = QHBoxLayout(), QHBoxLayout()
        gap = self.fontMetrics().averageCharWidth() * 2
        for line, text, field in (
            (who_level, _tr("Hvem"), self.who),
            (who_level, _tr("Niveau"), self.level),
            (due_done, _tr("Senest"), self.due),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            line.addWidget(label)
            line.addWidget(field)
            line.addSpacing(gap)
        due_done.addWidget(self.done)
        due_done.addStretch(1)
        self.details = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.details.setSpacing(4)
        self.details.addLayout(who_level)
        self.details.addLayout(due_done, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, self.fontMetrics().height() // 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.details)
        self.one_line_width = self.minimumSizeHint().width()
        self.setTabOrder(self.what, self.who)
        self.setTabOrder(self.who, self.level)
        self.setTabOrder(self.level, self.due)
        self.setTabOrder(self.due, self.done)

    def set_narrow(self, narrow: bool) -> None:
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.details.direction() != direction:
            self.details.setDirection(direction)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self.who.bind(record)  # type: ignore[arg-type]
        self._show_name_start()

    def refresh(self) -> None:
        super().refresh()
        self.who.refresh()
        self._show_name_start()

    def _show_name_start(self) -> None:
        # A loaded name is shown from its start ("Jonas Kristensen", not "nas Kristensen").
        if not self.who.hasFocus() and not self.who.lineEdit().hasFocus():
            self.who.lineEdit().setCursorPosition(0)

    def set_index(self, number: int) -> None:
        n = str(number)
        self.what.setAccessibleName(_tr("Aftale %1: hvad").replace("%1", n))
        self.who.setAccessibleName(_tr("Aftale %1: hvem").replace("%1", n))
        self.level.setAccessibleName(_tr("Aftale %1: niveau").replace("%1", n))
        self.due.setAccessibleName(_tr("Aftale %1: senest").replace("%1", n))
        self.done.setAccessibleName(_tr("Aftale %1 er gjort").replace("%1", n))
        self.delete_button.setAccessibleName(_tr("Slet aftale %1").replace("%1", n))

    def delete_label(self) -> str:
        return _tr("Slet aftale »%1«").replace("%1", short(self.what.toPlainText() or self.who.currentText()))


class AgreementsBox(QWidget):
    """The agreements of one TRIO meeting, and a button to add one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.milestone: Milestone | None = None
        self.members: Sequence[TrioMember] = []
        self.rows = RowList(
            lambda: AgreementRow(ctx, self._delete),
            None,
            self.tr("Ingen aftaler endnu. Hvem gør hvad til næste gang?"),
        )
        self.add_button = QPushButton(self.tr("Tilføj aftale"))
        self.add_button.setObjectName("add-agreement")
        self.add_button.setAccessibleName(self.tr("Tilføj aftale fra TRIO-mødet"))
        self.add_button.clicked.connect(self.add)
        self.held = QVBoxLayout()  # agreements under a private tiltag: title and padlock only
        self.held.setContentsMargins(0, 0, 0, 0)
        self.held_buttons: list[QPushButton] = []
        self.width_available: int | None = None  # the column's width, told by the screen (`fit_to`)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.rows)
        layout.addLayout(self.held)
        layout.addLayout(buttons)

    def show_agreements(self, milestone: Milestone | None, members: Sequence[TrioMember]) -> None:
        self.milestone = milestone
        self.members = members
        agreements = list(milestone.agreements) if milestone is not None else []
        private = self._private_initiatives(agreements)
        rule = PrivacyRule(private, frozenset(), ON_SCREEN)
        self.rows.set_records([a for a in agreements if rule.role(a.initiative_id)])
        self._show_held([a for a in agreements if not rule.role(a.initiative_id)])
        for row in self.rows.rows:
            row.who.set_members(members)  # type: ignore[attr-defined]
        self._fit_rows()
        self.add_button.setEnabled(milestone is not None)

    def fit_to(self, width: int) -> None:
        """Lay the rows out for a column `width` pixels wide: one line each where it fits, else two."""
        self.width_available = width
        self._fit_rows()

    def _fit_rows(self) -> None:
        if self.width_available is None or not self.rows.rows:
            return
        narrow = self.width_available < self.rows.rows[0].one_line_width  # type: ignore[attr-defined]
        for row in self.rows.rows:
            row.set_narrow(narrow)  # type: ignore[attr-defined]

    def _private_initiatives(self, agreements: list) -> frozenset[int]:
        return frozenset(
            a.initiative_id for a in agreements if a.initiative is not None and a.initiative.private
        )

    def _initiative_title(self, agreement) -> str:  # noqa: ANN001
        return agreement.initiative.title if agreement.initiative is not None else ""

    def _show_held(self, held: list) -> None:
        while self.held.count():
            line = self.held.takeAt(0).layout()
            while line is not None and line.count():
                widget = line.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        self.held_buttons = []
        for agreement in held:
            line = QHBoxLayout()
            line.setSpacing(6)
            line.addWidget(LockMark())
            text = self.tr("Aftale til det private tiltag »%1« – åbn tiltaget for at se den").replace(
                "%1", self._initiative_title(agreement)
            )
            # The sentence wraps in a label and the button is short: a button's text cannot wrap, and a
            # long title made the column too wide for 1280×720 at 125 %.
            said = QLabel(
                self.tr("Aftale til det private tiltag »%1«").replace("%1", self._initiative_title(agreement))
            )
            said.setWordWrap(True)
            button = QPushButton(self.tr("Åbn tiltaget"))
            button.setAccessibleName(text)
            button.setToolTip(text)
            ids = {"initiative_id": agreement.initiative_id, "role_id": agreement.id}
            button.clicked.connect(lambda _=False, ids=ids: self.ctx.navigate.emit("initiatives", ids))
            line.addWidget(said, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.held.addLayout(line)
            self.held_buttons.append(button)

    def add(self) -> None:
        if self.milestone is None:
            return
        from handleplan.ops.iglo import assign

        self.ctx.flush()
        # Leder is the usual level for what the leader takes on after the meeting; easy to change.
        role = self.ctx.call(assign, self.ctx.store, Level.LEDER, "", milestone=self.milestone)
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
