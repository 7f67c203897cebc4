"""TRIO: the members, and each TRIO meeting with notes, agreements and what to bring to the next module."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import MilestoneKind
from handleplan.ui.context import AppContext
from handleplan.ui.found import found_span, show_found
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.reading import milestones as read_milestones
from handleplan.ui.reading import trio_members
from handleplan.ui.reflection.log_model import long_date
from handleplan.ui.screen import Screen
from handleplan.ui.trio.meeting import MeetingEditor
from handleplan.ui.trio.members import MembersBox
from handleplan.ui.widgets.cards import (
    BADGE_KIND_ROLE,
    BADGE_ROLE,
    DETAIL_ROLE,
    PHASE_ROLE,
    TITLE_ROLE,
    RowDelegate,
)
from handleplan.ui.widgets.split_view import SplitView

if TYPE_CHECKING:
    from handleplan.models import Milestone

ID_ROLE = Qt.ItemDataRole.UserRole + 20  # past the roles RowDelegate reads


def default_meeting(meetings: list[Milestone], today: date) -> Milestone | None:
    """The latest meeting held (its notes are what the leader most likely comes for), else the next one."""
    held = [m for m in meetings if m.date is not None and m.date <= today]
    if held:
        return held[-1]
    return meetings[0] if meetings else None


class TrioScreen(Screen):
    key = "trio"
    watches = frozenset({"milestone", "role_assignment", "trio_member"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._meetings: list[Milestone] = []
        self._selected_id: int | None = None

        self.members = MembersBox(ctx)
        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("trio-meetings")
        self.meeting_list.setAccessibleName(self.tr("TRIO-møder"))
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Painted like the Overblik lists: bold title over the date, Næste / Afholdt on the right.
        self.meeting_list.setItemDelegate(RowDelegate(self.meeting_list))
        self.meeting_list.setUniformItemSizes(True)
        self.meeting_list.currentItemChanged.connect(self._on_current)
        self.add_meeting_button = QPushButton(self.tr("Tilføj TRIO-møde"))
        self.add_meeting_button.setObjectName("add-trio-meeting")
        self.add_meeting_button.clicked.connect(self.add_meeting)

        self.editor = MeetingEditor(ctx)
        self.editor.reflect_requested.connect(
            lambda mid: ctx.navigate.emit("reflections", {"new_for_milestone_id": mid})
        )
        self.editor.delete_requested.connect(self.delete_current)
        self.view = SplitView(
            ctx.settings, "trio", self._left_column(), self.editor, self._empty_page(), [340, 710]
        )
        self.splitter, self.right, self.scroll = self.view.splitter, self.view.right, self.view.scroll
        self.scroll.viewport().installEventFilter(self)  # the agreements fold to the column's width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("TRIO")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self.editor.fit_to(event.size().width())
        return super().eventFilter(watched, event)

    def _left_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(heading(self.tr("TRIO"), "h1"))
        layout.addWidget(
            help_label(
                self.tr(
                    "Dig og dem, du er på forløbet med. Mellem modulerne mødes I og aftaler, hvem gør hvad."
                )
            )
        )
        members_heading = heading(self.tr("Medlemmer"))
        layout.addWidget(members_heading)
        layout.addWidget(self.members)
        layout.addSpacing(self.fontMetrics().height() // 2)
        meetings_heading = heading(self.tr("TRIO-møder"))
        meetings_heading.setBuddy(self.meeting_list)
        layout.addWidget(meetings_heading)
        layout.addWidget(self.meeting_list, 1)
        layout.addWidget(self.add_meeting_button)
        return column

    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = heading(self.tr("Ingen TRIO-møder endnu"))
        text = help_label(
            self.tr(
                "Mellem modulerne mødes du med din TRIO. Her skriver I noter, aftaler hvem der gør hvad, "
                "og hvad I tager med til næste modul."
            )
        )
        start = QPushButton(self.tr("Tilføj det første TRIO-møde"))
        start.clicked.connect(self.add_meeting)
        layout.addStretch(1)
        for widget in (title, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        members = trio_members(self.ctx)
        self.members.refresh()
        all_milestones = read_milestones(self.ctx)
        self._meetings = [m for m in all_milestones if m.kind == MilestoneKind.TRIO]
        today = date.today()
        upcoming = next((m for m in self._meetings if m.date is not None and m.date >= today), None)
        selected = next((m for m in self._meetings if m.id == self._selected_id), None)
        if selected is None:
            selected = default_meeting(self._meetings, today)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in self._meetings:
            item = self._item(meeting, today, meeting is upcoming)
            self.meeting_list.addItem(item)
            if meeting is selected:
                self.meeting_list.setCurrentItem(item)
        self.meeting_list.blockSignals(False)
        self._show(selected, members)

    def _item(self, meeting: Milestone, today: date, is_next: bool) -> QListWidgetItem:
        when = long_date(meeting.date) or self.tr("Ingen dato")
        if is_next:
            status = self.tr("Næste")
        elif meeting.date is not None and meeting.date < today:
            status = self.tr("Afholdt")
        else:
            status = ""
        # Næste / Afholdt go in the detail line, not the delegate's badge, which elides "Næste" to "Næ…".
        detail = " · ".join(p for p in (when, status) if p)
        # Private notes: the padlock in the list, the notes themselves only in the meeting's editor.
        private = self.tr("private noter") if meeting.notes_private else ""
        # DisplayRole is the whole row as one sentence, for screen readers.
        item = QListWidgetItem(" – ".join(p for p in (meeting.title, detail, private) if p))
        item.setData(TITLE_ROLE, meeting.title)
        item.setData(DETAIL_ROLE, detail)
        item.setData(BADGE_ROLE, private)
        item.setData(BADGE_KIND_ROLE, "lock" if private else "")
        item.setData(PHASE_ROLE, "")
        item.setData(ID_ROLE, meeting.id)
        return item

    def _show(self, meeting: Milestone | None, members: list | None = None) -> None:
        self._selected_id = meeting.id if meeting is not None else None
        if members is None:
            members = trio_members(self.ctx)
        changed = meeting is not self.editor.milestone
        self.editor.set_meeting(meeting, members)
        if changed:
            self.scroll.verticalScrollBar().setValue(0)
        self.right.setCurrentIndex(1 if meeting is not None else 0)

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        meeting_id = item.data(ID_ROLE)
        self._show(next((m for m in self._meetings if m.id == meeting_id), None))

    def show_target(self, target: dict) -> None:
        meeting_id = target.get("milestone_id")
        found = found_span(target)
        if meeting_id is not None:
            self._selected_id = meeting_id
            self.refresh()
        elif found is None:
            return
        else:
            self.refresh()  # a member's name or role: the members are on the left, whichever meeting
        if found is not None:
            record, record_id, field, start, end = found
            show_found(self._found_widget(record, record_id, field), start, end)

    def _found_widget(self, record: str, record_id: int | None, name: str) -> QWidget | None:
        """The input holding a search hit: the meeting's own fields, an agreement, or a member."""
        if record == "milestone":
            editor = self.editor
            return {"title": editor.title, "place": editor.place, "notes": editor.notes,
                    "bring_to_next": editor.bring}.get(name)  # fmt: skip
        rows = {"role_assignment": self.editor.agreements.rows, "trio_member": self.members.rows}.get(record)
        row = (
            next((r for r in rows.rows if getattr(r.record, "id", None) == record_id), None) if rows else None
        )
        return getattr(row, name, None) if row is not None else None

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
        self._selected_id = meeting.id
        self.refresh()
        self.editor.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_current(self) -> None:
        meeting = self.editor.milestone
        if meeting is None:
            return
        label = self.tr("Slet »%1«").replace("%1", meeting.title)
        self._selected_id = None
        self.editor.set_meeting(None, [])
        self.ctx.delete(meeting, label)
        self.refresh()

    def selected_meeting(self) -> Milestone | None:
        return self.editor.milestone

    def save_state(self, settings: QSettings) -> None:
        self.view.save_state(settings)
