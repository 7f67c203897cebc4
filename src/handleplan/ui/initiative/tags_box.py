"""Why an initiative matters: check boxes for the course's risk factors, guldkorn and tryghed's pillars."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import bold, help_label
from handleplan.ui.style import set_role

if TYPE_CHECKING:
    from handleplan.models import Initiative

COLUMNS = 2


class TagsBox(QWidget):
    """One group of check boxes per tag group in the content; saves the initiative's tags on each click."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiative: Initiative | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.tool_buttons: dict[str, QPushButton] = {}  # per tag group: its model on Værktøjer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for group in ctx.content.tag_groups:
            title = bold(help_label(group.title))
            set_role(title, "")
            top = QHBoxLayout()
            top.addWidget(title, 1)
            tool = ctx.content.tool(group.tool)
            if tool is not None:
                read = QPushButton(self.tr("Læs om modellen"))
                read.setFlat(True)
                read.setAccessibleName(self.tr("Læs om %1 under Værktøjer").replace("%1", tool.title))
                read.setToolTip(self.tr("%1 under Værktøjer").replace("%1", tool.title))
                read.clicked.connect(lambda _c=False, k=tool.key: ctx.navigate.emit("tools", {"tool": k}))
                self.tool_buttons[group.key] = read
                top.addWidget(read)
            layout.addLayout(top)
            grid = QGridLayout()
            grid.setContentsMargins(12, 0, 0, 6)
            grid.setHorizontalSpacing(18)
            for index, tag in enumerate(group.tags):
                box = QCheckBox(tag.label)
                box.setToolTip(tag.description)
                box.setAccessibleName(tag.label)
                box.setAccessibleDescription(tag.description)
                box.toggled.connect(self._toggled)
                self.boxes[tag.key] = box
                grid.addWidget(box, index // COLUMNS, index % COLUMNS)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            layout.addLayout(grid)

    def bind(self, initiative: Initiative | None) -> None:
        self.initiative = initiative
        self.setEnabled(initiative is not None)
        self.refresh()

    def refresh(self) -> None:
        tags = set(self.initiative.tags or []) if self.initiative is not None else set()
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in tags)
            box.blockSignals(False)

    def _toggled(self) -> None:
        if self.initiative is None:
            return
        checked = [key for key, box in self.boxes.items() if box.isChecked()]
        # Tags the content no longer knows (an older or edited content file) are kept, not dropped.
        kept = [t for t in (self.initiative.tags or []) if t not in self.boxes]
        self.ctx.edit(self.initiative, tags=kept + checked)
