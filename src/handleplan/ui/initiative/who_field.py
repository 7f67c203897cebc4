"""Who does it: free text, or one of the TRIO members picked from the list; saves itself (`autosave.Binding`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from handleplan.ui.autosave import Binding
from handleplan.ui.context import AppContext
from handleplan.ui.initiative.people import me

if TYPE_CHECKING:
    from handleplan.models import RoleAssignment, TrioMember


class WhoField(QComboBox):
    """An editable combo box. Picking (or typing) a TRIO member's name links the role to that member;
    any other text is stored as it is written."""

    def __init__(self, ctx: AppContext, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._members: list[tuple[int, str]] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        self.binding = Binding(self, ctx, "who", changes=self._changes, shown=lambda r: r.who_label)
        self.lineEdit().textEdited.connect(lambda _t: self.binding.touched())
        self.lineEdit().editingFinished.connect(self.binding.flush)
        self.activated.connect(lambda _i: (self.binding.touched(), self.binding.flush()))

    @property
    def record(self) -> RoleAssignment | None:
        return self.binding.record  # type: ignore[return-value]

    def set_members(self, members: Sequence[TrioMember]) -> None:
        """The TRIO to pick from, and the leader herself ("mig", kept as text: she is no member)."""
        found = [(m.id, m.name) for m in members]
        if found == self._members and self.count():
            return
        self._members = found
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for member_id, name in found:
            self.addItem(name, member_id)
        self.addItem(me(), None)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def value(self) -> str:
        return self.currentText()

    def set_value(self, value: str | None) -> None:
        text = value or ""
        if self.currentText() != text:
            self.blockSignals(True)
            self.setEditText(text)
            self.lineEdit().setCursorPosition(0)
            self.blockSignals(False)

    def _changes(self, value: str) -> dict[str, object]:
        text = value.strip()
        member_id = next(
            (mid for mid, name in self._members if name.strip().casefold() == text.casefold()), None
        )
        if text and member_id is not None:
            # Keep the name in `who` too, so the role still says who if the member is removed later.
            return {"trio_member_id": member_id, "who": text}
        return {"trio_member_id": None, "who": value}

    def flush(self) -> object:
        return self.binding.flush()

    def bind(self, record: RoleAssignment | None) -> None:
        self.binding.bind(record)

    def refresh(self) -> None:
        self.binding.refresh()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.binding.flush()
        super().focusOutEvent(event)
