"""Forløb: the milestones in date order (title, date, place, what to raise at a module); add TRIO meetings."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from handleplan.models import MilestoneKind
from handleplan.ui.context import AppContext
from handleplan.ui.found import found_span, show_found
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.reading import milestones as read_milestones
from handleplan.ui.screen import Screen
from handleplan.ui.trio.milestone_row import MilestoneRow
from handleplan.ui.widgets.reading_column import reading_column

if TYPE_CHECKING:
    from handleplan.models import Milestone


class TimelineScreen(Screen):
    key = "timeline"
    watches = frozenset({"milestone"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: dict[int, MilestoneRow] = {}
        self._order: list[int] = []

        self.add_button = QPushButton(self.tr("Tilføj TRIO-møde"))
        self.add_button.setObjectName("add-trio-meeting")
        self.add_button.clicked.connect(self.add_meeting)
        self.empty = help_label(
            self.tr("Forløbet er tomt. Tilføj et TRIO-møde, eller start en ny Handleplan.")
        )

        body = QWidget()
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(10)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 16, 16)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading(self.tr("Forløb"), "h1"))
        titles.addWidget(
            help_label(
                self.tr(
                    "Modulerne og TRIO-møderne i den rækkefølge, de kommer. Ret navn, dato og sted, så de "
                    "passer til dit hold – og skriv, hvad du gerne vil drøfte på hvert modul. Det kommer med "
                    "i PDF'en."
                )
            )
        )
        top.addLayout(titles, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(self.list_layout)
        layout.addStretch(1)

        # As on Refleksioner and TRIO, a bit wider for the cards' side-by-side fields: on a wide screen
        # the cards do not become bands.
        self.scroll = reading_column(body, chars=170)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def title(self) -> str:
        return self.tr("Forløb")

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rows are kept per milestone; a changed date only moves rows, so nobody loses focus or text."""
        milestones = read_milestones(self.ctx)
        today = date.today()
        upcoming = next((m for m in milestones if m.date is not None and m.date >= today), None)
        ids = [m.id for m in milestones]
        for gone in set(self.rows) - set(ids):
            row = self.rows.pop(gone)
            row.setParent(None)
            row.deleteLater()
        for milestone in milestones:
            row = self.rows.get(milestone.id)
            if row is None:
                row = MilestoneRow(self.ctx, milestone)
                row.delete_requested.connect(self._delete)
                row.open_meeting.connect(lambda mid: self.ctx.navigate.emit("trio", {"milestone_id": mid}))
                self.rows[milestone.id] = row
            else:
                row.rebind(milestone)
            row.set_status(today, milestone is upcoming)
        if ids != self._order:
            for row in self.rows.values():
                self.list_layout.removeWidget(row)
            for milestone_id in ids:
                self.list_layout.addWidget(self.rows[milestone_id])
            self._order = ids
        self.empty.setVisible(not ids)

    def show_target(self, target: dict) -> None:
        row = self.rows.get(target.get("milestone_id", -1))
        if row is None:
            self.refresh()
            row = self.rows.get(target.get("milestone_id", -1))
        if row is not None:
            self._scroll_to(row)
            if target.get("focus") == "discussion" and row.discussion is not None:
                row.discussion.setFocus()  # from the export or the Overblik: ready to write the points
            found = found_span(target)
            if found is not None:
                _record, _id, field, start, end = found
                widget = {"title": row.title, "place": row.place, "discussion_points": row.discussion}.get(
                    field
                )
                show_found(widget, start, end)

    def _scroll_to(self, row: MilestoneRow) -> None:
        # After a re-layout the row's position is known only once the layout has run.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row, 0, 40))

    # -- writing --------------------------------------------------------------------------------
    def add_meeting(self) -> None:
        from handleplan.ops.timeline import add_milestone
        from handleplan.ui import settings_schema

        self.ctx.flush()
        private = settings_schema.value(self.ctx.settings, settings_schema.NEW_TRIO_NOTES_PRIVATE)
        meeting = self.ctx.call(
            add_milestone,
            self.ctx.store,
            MilestoneKind.TRIO,
            self.tr("TRIO-møde"),
            date.today(),
            notes_private=private,
        )
        if meeting is None:
            return
        self.refresh()
        row = self.rows[meeting.id]
        self._scroll_to(row)
        row.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete(self, milestone: Milestone, label: str) -> None:
        self.ctx.delete(milestone, label)
        self.refresh()

    def milestone_rows(self) -> list[MilestoneRow]:
        return [self.rows[i] for i in self._order]
