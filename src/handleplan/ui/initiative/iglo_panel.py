"""IGLO for one initiative: who does what, by when, on the levels Individ, Gruppe, Leder and Organisation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import Level
from handleplan.ops.records import roles_by_level
from handleplan.ui.context import AppContext
from handleplan.ui.fields import CheckField, DateField, TextField
from handleplan.ui.initiative.form import ScrollPage, bold, heading, help_label
from handleplan.ui.initiative.rows import DeleteHandler, Row, RowList, short
from handleplan.ui.initiative.who_field import WhoField
from handleplan.ui.reading import trio_members
from handleplan.ui.widgets.auto_height import grow_with_text

if TYPE_CHECKING:
    from handleplan.models import Initiative, RoleAssignment, TrioMember

STRETCH = (2, 4)  # who, what


class RoleRow(Row):
    """One IGLO role: who, what, by when (optional) and done."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.who = WhoField(ctx)
        # A growing field: the course's suggestions are whole sentences and should be read in full.
        self.what = TextField(ctx, "what")
        grow_with_text(self.what, 1, 6)
        self.due = DateField(ctx, "due", optional=True, no_date_text=self.tr("Ingen dato"))
        self.due.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.done = CheckField(ctx, "done", self.tr("Gjort"))
        self.fields = [self.what, self.due, self.done]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        layout.addWidget(self.who, STRETCH[0], top)
        layout.addWidget(self.what, STRETCH[1])
        for widget in (self.due, self.done, self.delete_button):
            layout.addWidget(widget, 0, top)
        for widget in (self.who, self.what):
            widget.setMinimumWidth(60)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self.who.bind(record)  # type: ignore[arg-type]

    def refresh(self) -> None:
        super().refresh()
        self.who.refresh()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.who.setEnabled(not read_only)

    def set_index(self, number: int) -> None:
        n = str(number)
        self.who.setAccessibleName(self.tr("Rolle %1: hvem").replace("%1", n))
        self.what.setAccessibleName(self.tr("Rolle %1: hvad").replace("%1", n))
        self.due.setAccessibleName(self.tr("Rolle %1: senest").replace("%1", n))
        self.done.setAccessibleName(self.tr("Rolle %1 er gjort").replace("%1", n))
        self.delete_button.setAccessibleName(self.tr("Slet rolle %1").replace("%1", n))

    def focus_first(self) -> None:
        self.what.setFocus()

    def delete_label(self) -> str:
        return self.tr("Slet rolle »%1«").replace(
            "%1", short(self.what.toPlainText() or self.who.currentText())
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoleRow", text)


def role_header(date_width: int) -> QWidget:
    """Column titles lined up with RoleRow (invisible twins keep the fixed-width columns' widths)."""
    header = QWidget()
    layout = QHBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    who, what = bold(QLabel(_tr("Hvem"))), bold(QLabel(_tr("Hvad")))
    for label in (who, what):
        label.setMinimumWidth(60)
    layout.addWidget(who, STRETCH[0])
    layout.addWidget(what, STRETCH[1])
    date_label = bold(QLabel(_tr("Senest")))
    date_label.setFixedWidth(date_width)  # measured from a real date field, so it follows the font
    layout.addWidget(date_label)
    delete = QToolButton()
    delete.setText(_tr("Slet"))
    delete.setAutoRaise(True)
    for twin in (QCheckBox(_tr("Gjort")), delete):
        policy = twin.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        twin.setSizePolicy(policy)
        twin.hide()
        layout.addWidget(twin)
    return header


def _date_width(ctx: AppContext) -> int:
    probe = DateField(ctx, "due", optional=True, no_date_text=_tr("Ingen dato"))
    width = probe.sizeHint().width()
    probe.deleteLater()
    return width


class LevelSection(QWidget):
    """One IGLO level: its title and description from the course, its roles, and the course's suggestions."""

    def __init__(self, ctx: AppContext, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.level = level
        self.initiative: Initiative | None = None
        self.members: Sequence[TrioMember] = []
        info = ctx.content.levels[level.value]
        self.title = heading(info.title)
        self.setAccessibleName(info.title)
        self.rows = RowList(
            lambda: RoleRow(ctx, self._delete),
            role_header(_date_width(ctx)),
            self.tr("Ingen har en rolle på dette niveau endnu."),
        )
        self.add_button = QPushButton(self.tr("Tilføj rolle"))
        self.add_button.setAccessibleName(self.tr("Tilføj rolle på niveauet %1").replace("%1", info.title))
        self.add_button.clicked.connect(lambda: self.add(""))
        self.suggest_button = QPushButton(self.tr("Forslag fra forløbet"))
        self.suggest_button.setAccessibleName(
            self.tr("Forslag til roller på niveauet %1").replace("%1", info.title)
        )
        self.menu = QMenu(self.suggest_button)
        for text in info.suggestions:
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _c=False, t=text: self.add(t))
        self.suggest_button.setMenu(self.menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(help_label(info.description))
        layout.addWidget(self.rows)
        layout.addLayout(buttons)
        self.setTabOrder(self.add_button, self.suggest_button)

    def show_roles(self, roles: list[RoleAssignment], members: Sequence[TrioMember]) -> None:
        self.members = members
        self.rows.set_records(roles)
        for row in self.rows.rows:
            row.who.set_members(members)  # type: ignore[attr-defined]

    def add(self, what: str) -> None:
        if self.initiative is None:
            return
        from handleplan.ops.iglo import assign

        role = self.ctx.call(assign, self.ctx.store, self.level, what, initiative=self.initiative)
        if role is None:
            return
        self.reload()
        row = self.rows.row_for(role)
        if row is not None:
            # A suggestion already says what; the leader goes on to say who.
            (row.who if what else row.what).setFocus()  # type: ignore[attr-defined]

    def reload(self) -> None:
        roles = roles_by_level(self.initiative)[self.level] if self.initiative is not None else []
        self.show_roles(roles, self.members)

    def _delete(self, record: object, label: str) -> None:
        self.ctx.delete(record, label)
        self.reload()


class IgloPanel(ScrollPage):
    """The four levels one under the other, in a scroll area so long lists never squeeze the rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiative: Initiative | None = None
        layout = self.body
        layout.setSpacing(18)
        layout.addWidget(
            help_label(
                self.tr(
                    "Alle spiller en rolle. Skriv, hvem der gør hvad – og hvornår – på hvert niveau. Vælg et medlem af "
                    "din TRIO, eller skriv et navn. Forslagene er forløbets typiske ansvar på niveauet."
                )
            )
        )
        self.sections: dict[Level, LevelSection] = {}
        for level in Level:
            section = LevelSection(ctx, level)
            self.sections[level] = section
            layout.addWidget(section)
        layout.addStretch(1)

    def bind(self, initiative: Initiative | None) -> None:
        self.initiative = initiative
        for section in self.sections.values():
            section.initiative = initiative
        self.request_fill()

    def refresh(self) -> None:
        self.request_fill()

    def fill(self) -> None:
        members = trio_members(self.ctx)
        grouped = roles_by_level(self.initiative) if self.initiative is not None else {}
        for level, section in self.sections.items():
            section.show_roles(grouped.get(level, []), members)
            section.setEnabled(self.initiative is not None)
