"""The editor of one initiative: title and status on top; what and why, the PDSA cycles and IGLO as tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields as declared_fields
from handleplan.ui.context import AppContext
from handleplan.ui.fields import CheckField, ChoiceField, LineField, TextField
from handleplan.ui.initiative.cycle_view import CycleView
from handleplan.ui.initiative.form import FieldBlock, ScrollPage, bold, help_label
from handleplan.ui.initiative.iglo_panel import IgloPanel
from handleplan.ui.initiative.tags_box import TagsBox
from handleplan.ui.widgets.auto_height import grow_with_text

if TYPE_CHECKING:
    from handleplan.models import Initiative

ABOUT, CYCLES, IGLO = range(3)


class AboutPage(ScrollPage):
    """What the initiative should achieve and why: the frame the cycles work inside."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.initiative: Initiative | None = None
        layout = self.body
        frame = help_label(
            self.tr("Tre spørgsmål rammer tiltaget ind:")
            + "\n"
            + "\n".join(ctx.content.model_for_improvement)
        )
        frame.setAccessibleName(self.tr("Forbedringsmodellens tre spørgsmål"))
        layout.addWidget(frame)
        self.goal = self._text_block("goal")
        self.why = self._text_block("why")
        self.tags = TagsBox(ctx)
        tags_block = FieldBlock(
            declared_fields.label("initiative", "tags", ctx.lang), "", self.tags, wide_field=True
        )
        tags_block.help.hide()
        tags_block.label.setBuddy(next(iter(self.tags.boxes.values()), self.tags))
        layout.addWidget(tags_block)
        layout.addStretch(1)

    def _text_block(self, name: str) -> TextField:
        declared = declared_fields.field("initiative", name)
        field = TextField(self.ctx, name, declared.say(self.ctx.lang))
        grow_with_text(field, 3)
        self.body.addWidget(FieldBlock(declared.say(self.ctx.lang), declared.explain(self.ctx.lang), field))
        return field

    def bind(self, initiative: Initiative | None) -> None:
        self.initiative = initiative
        self.request_fill()

    def fill(self) -> None:
        self.goal.bind(self.initiative)
        self.why.bind(self.initiative)
        self.tags.bind(self.initiative)

    def refresh(self) -> None:
        if self.defer_if_hidden():
            return
        self.goal.binding.refresh()
        self.why.binding.refresh()
        self.tags.refresh()


class InitiativeEditor(QWidget):
    """Made once and rebound to the selected initiative, so opening one is quick."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiative: Initiative | None = None

        self.title = LineField(ctx, "title", self.tr("Tiltagets titel"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setPlaceholderText(self.tr("Giv tiltaget en kort titel"))
        title_label = bold(QLabel(declared_fields.label("initiative", "title", ctx.lang)))
        title_label.setBuddy(self.title)
        content = ctx.content
        self.status = ChoiceField(
            ctx, "status", [(key, label) for key, label in content.statuses.items()], self.tr("Status")
        )
        status_label = bold(QLabel(self.tr("Status")))
        status_label.setBuddy(self.status)
        self.private = CheckField(ctx, "private", self.tr("Privat"))
        self.private.setToolTip(
            self.tr("Et privat tiltag kommer kun med i udskrifter og eksport, hvis du selv vælger det.")
        )
        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title_label, 0, 0)
        header.addWidget(status_label, 0, 1)
        header.addWidget(self.title, 1, 0)
        header.addWidget(self.status, 1, 1)
        header.addWidget(self.private, 1, 2)
        header.setColumnStretch(0, 1)

        self.about = AboutPage(ctx)
        self.cycles = CycleView(ctx)
        self.iglo = IgloPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.about, self.tr("Om tiltaget"))
        self.tabs.addTab(self.cycles, self.tr("Cyklusser (PDSA)"))
        self.tabs.addTab(self.iglo, self.tr("IGLO – hvem gør hvad"))
        self.tabs.setCurrentIndex(CYCLES)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.title, self.status)
        self.setTabOrder(self.status, self.private)
        self.setTabOrder(self.private, self.tabs)

    def bind(self, initiative: Initiative | None, cycle_id: int | None = None) -> None:
        self.initiative = initiative
        for field in (self.title, self.status, self.private):
            field.bind(initiative)
        self.about.bind(initiative)
        self.cycles.bind(initiative, cycle_id)
        self.iglo.bind(initiative)

    def refresh(self) -> None:
        for field in (self.title, self.status, self.private):
            field.binding.refresh()
        self.about.refresh()
        self.cycles.refresh()
        self.iglo.refresh()

    def focus_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()
