"""Check boxes that link a reflection to the leader's initiatives (tiltag)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from handleplan.ui.context import AppContext
from handleplan.ui.reading import initiative_titles
from handleplan.ui.style import set_role

if TYPE_CHECKING:
    from handleplan.models import Initiative, Reflection


class InitiativeLinks(QWidget):
    """One check box per initiative; ticking one saves the links at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection: Reflection | None = None
        self.boxes: dict[int, QCheckBox] = {}
        self._initiatives: dict[int, Initiative] = {}
        self._shown: tuple = ()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(
            self.tr("Du har ingen tiltag endnu. Når du har, kan du koble refleksionen til dem her.")
        )
        self.empty.setWordWrap(True)
        set_role(self.empty, "help")
        self.layout_.addWidget(self.empty)

    def set_reflection(self, reflection: Reflection | None) -> None:
        self.reflection = reflection
        self.refresh()

    def refresh(self) -> None:
        """Rebuild only when the initiatives or the links really changed (a commit of a title elsewhere
        should not make the boxes blink)."""
        rows = initiative_titles(self.ctx) if self.reflection is not None else []
        linked = {i.id for i in self.reflection.initiatives} if self.reflection is not None else set()
        shown = tuple((i.id, i.title, i.id in linked) for i in rows)
        # The records themselves are taken every time (the store's own once it is open); the boxes are
        # rebuilt only when what they show changed, so a click on one is never lost to a rebuild.
        self._initiatives = {i.id: i for i in rows}
        if shown == self._shown:
            return
        self._shown = shown
        focused = next((iid for iid, box in self.boxes.items() if box.hasFocus()), None)
        for box in self.boxes.values():
            self.layout_.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = {}
        for iid, title, checked in shown:
            box = QCheckBox(title)
            box.setAccessibleName(self.tr("Koblet til tiltaget %1").replace("%1", title))
            box.setChecked(checked)
            box.toggled.connect(self._save)
            self.layout_.addWidget(box)
            self.boxes[iid] = box
        self.empty.setVisible(self.reflection is not None and not rows)
        if focused in self.boxes:
            self.boxes[focused].setFocus()

    def _save(self) -> None:
        if self.reflection is None:
            return
        from handleplan.ops.reflections import set_linked_initiatives

        chosen = [self._initiatives[iid] for iid, box in self.boxes.items() if box.isChecked()]
        self.ctx.call(set_linked_initiatives, self.ctx.store, self.reflection, chosen)

    def checked_ids(self) -> list[int]:
        return [iid for iid, box in self.boxes.items() if box.isChecked()]
