"""Who does it: free text, or one of the TRIO members picked from the list; saves itself like fields.py."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from handleplan.ui.context import AppContext
from handleplan.ui.fields import SAVE_DELAY_MS
from handleplan.ui.initiative.people import me

if TYPE_CHECKING:
    from handleplan.models import RoleAssignment, TrioMember


class WhoField(QComboBox):
    """An editable combo box. Picking (or typing) a TRIO member's name links the role to that member;
    any other text is stored as it is written."""

    def __init__(self, ctx: AppContext, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: RoleAssignment | None = None
        self.dirty = False
        self._members: list[tuple[int, str]] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.lineEdit().textEdited.connect(self._touched)
        self.lineEdit().editingFinished.connect(self.flush)
        self.activated.connect(lambda _i: (self._touched(), self.flush()))
        ctx.register_flusher(self.flush)
        self.destroyed.connect(lambda *_: ctx.unregister_flusher(self.flush))

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

    def _touched(self) -> None:
        if self.record is not None:
            self.dirty = True
            self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if not self.dirty or self.record is None:
            return
        self.dirty = False
        text = self.currentText().strip()
        member_id = next(
            (mid for mid, name in self._members if name.strip().casefold() == text.casefold()), None
        )
        if text and member_id is not None:
            # Keep the name in `who` too, so the role still says who if the member is removed later.
            self.ctx.edit(self.record, trio_member_id=member_id, who=text)
        else:
            self.ctx.edit(self.record, trio_member_id=None, who=self.currentText())

    def bind(self, record: RoleAssignment | None) -> None:
        if record is not self.record:
            self.flush()
        self.record = record
        self.setEnabled(record is not None)
        self.load()

    def load(self) -> None:
        self.dirty = False
        text = self.record.who_label if self.record is not None else ""
        if self.currentText() != text:
            self.blockSignals(True)
            self.setEditText(text)
            self.lineEdit().setCursorPosition(0)
            self.blockSignals(False)

    def refresh(self) -> None:
        if not self.dirty and not self.hasFocus():
            self.load()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.flush()
        super().focusOutEvent(event)
