"""The TRIO's members: name and role (the course's roles to pick from, or the leader's own words)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from handleplan.ui.autosave import Binding
from handleplan.ui.context import AppContext
from handleplan.ui.fields import LineField
from handleplan.ui.initiative.rows import DeleteHandler, Row, RowList
from handleplan.ui.reading import trio_members
from handleplan.ui.style import set_role

if TYPE_CHECKING:
    from handleplan.models import TrioMember


def role_combo(roles: Sequence[str], parent: QWidget | None = None) -> QComboBox:
    """An editable combo: the course's roles (AMR, TR …) as suggestions, free text allowed."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(roles))
    combo.setCurrentIndex(-1)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class RoleField(QComboBox):
    """A member's role; saves itself like the fields in fields.py (`autosave.Binding`)."""

    def __init__(self, ctx: AppContext, roles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(roles))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.binding = Binding(self, ctx, "role")
        self.lineEdit().textEdited.connect(lambda _t: self.binding.touched())
        self.lineEdit().editingFinished.connect(self.binding.flush)
        self.activated.connect(lambda _i: (self.binding.touched(), self.binding.flush()))

    @property
    def record(self) -> TrioMember | None:
        return self.binding.record  # type: ignore[return-value]

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, value: str | None) -> None:
        text = value or ""
        if self.currentText() != text:
            self.blockSignals(True)
            self.setEditText(text)
            self.blockSignals(False)
        if not self.lineEdit().hasFocus():
            self.lineEdit().setCursorPosition(0)  # "Safety rep (AMR)" from its start, not "fety rep (AMR)"

    def flush(self) -> object:
        return self.binding.flush()

    def bind(self, record: TrioMember | None) -> None:
        self.binding.bind(record)

    def refresh(self) -> None:
        self.binding.refresh()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.binding.flush()
        super().focusOutEvent(event)


class MemberRow(Row):
    """One member: name, role, delete."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.name = LineField(ctx, "name")
        self.name.setMinimumWidth(80)
        self.role = RoleField(ctx, ctx.content.trio_roles)
        self.fields = [self.name]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 3)
        layout.addWidget(self.role, 2)
        layout.addWidget(self.delete_button)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self.role.bind(record)  # type: ignore[arg-type]

    def refresh(self) -> None:
        super().refresh()
        self.role.refresh()

    def set_index(self, number: int) -> None:
        n = str(number)
        self.name.setAccessibleName(self.tr("TRIO-medlem %1: navn").replace("%1", n))
        self.role.setAccessibleName(self.tr("TRIO-medlem %1: rolle").replace("%1", n))
        self.delete_button.setAccessibleName(self.tr("Fjern TRIO-medlem %1").replace("%1", n))

    def delete_label(self) -> str:
        return self.tr("Fjern »%1« fra TRIO'en").replace("%1", self.name.text())


class MembersBox(QWidget):
    """The member rows and a line to add one more: type the name, pick a role, press Enter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = RowList(
            lambda: MemberRow(ctx, self._delete),
            None,
            self.tr("Skriv navnene på dem, du er på forløbet med – fx jeres AMR og TR."),
        )
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new-member-name")
        self.new_name.setPlaceholderText(self.tr("Navn"))
        self.new_name.setAccessibleName(self.tr("Navn på nyt TRIO-medlem"))
        self.new_name.setMinimumWidth(80)
        self.new_name.returnPressed.connect(self.add)
        self.new_role = role_combo(ctx.content.trio_roles)
        self.new_role.setAccessibleName(self.tr("Rolle for nyt TRIO-medlem"))
        self.new_role.lineEdit().setPlaceholderText(self.tr("Rolle"))
        self.new_role.lineEdit().returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Tilføj"))
        self.add_button.setObjectName("add-member")
        self.add_button.setAccessibleName(self.tr("Tilføj TRIO-medlem"))
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self.add)

        adder = QHBoxLayout()
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.new_name, 3)
        adder.addWidget(self.new_role, 2)
        adder.addWidget(self.add_button)
        label = QLabel(self.tr("Nyt medlem"))
        set_role(label, "help")
        label.setBuddy(self.new_name)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.rows)
        layout.addWidget(label)
        layout.addLayout(adder)
        self.setTabOrder(self.new_name, self.new_role)
        self.setTabOrder(self.new_role, self.add_button)

    def refresh(self) -> None:
        self.rows.set_records(trio_members(self.ctx))

    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        from handleplan.ops.people import add_trio_member

        self.ctx.flush()
        member = self.ctx.call(add_trio_member, self.ctx.store, name, self.new_role.currentText().strip())
        if member is None:
            return
        self.new_name.clear()
        self.new_role.setCurrentIndex(-1)
        self.new_role.setEditText("")
        self.refresh()
        self.new_name.setFocus()

    def _delete(self, record: object, label: str) -> None:
        self.ctx.delete(record, label)
        self.refresh()


__all__ = ["MemberRow", "MembersBox", "RoleField"]
