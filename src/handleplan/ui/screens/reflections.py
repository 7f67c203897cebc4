"""Refleksioner: the log of reflections (newest first) beside the one being written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.ui import settings_schema
from handleplan.ui.context import AppContext
from handleplan.ui.found import found_span, show_found
from handleplan.ui.reflection.entry_editor import ReflectionEditor
from handleplan.ui.reflection.log_delegate import ReflectionLogDelegate
from handleplan.ui.reflection.log_model import ReflectionLogModel
from handleplan.ui.reflection.new_menu import NewReflectionMenu, reflectable
from handleplan.ui.screen import Screen
from handleplan.ui.style import set_role
from handleplan.ui.widgets.split_view import SplitView

if TYPE_CHECKING:
    from handleplan.models import Milestone
    from handleplan.ops.reflections import LogEntry


class ReflectionsScreen(Screen):
    key = "reflections"
    watches = frozenset(
        {"reflection", "reflection_answer", "reflection_initiative", "initiative", "milestone"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._last_row = 0

        self.model = ReflectionLogModel(self)
        self.log = QListView()
        self.log.setObjectName("reflection-log")
        self.log.setAccessibleName(self.tr("Refleksioner, nyeste først"))
        self.log.setModel(self.model)
        self.log.setItemDelegate(ReflectionLogDelegate(self.log))
        # Every row is two lines of the same font: uniform sizes keep a log of a thousand rows instant.
        self.log.setUniformItemSizes(True)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log.selectionModel().currentChanged.connect(self._on_current)

        self.new_button = QPushButton(self.tr("Ny refleksion"))
        self.new_button.setObjectName("new-reflection")
        self.new_button.setToolTip(self.tr("Skriv en refleksion efter et modul eller et TRIO-møde (Ctrl+R)"))
        self.new_menu = NewReflectionMenu(
            lambda: ctx.store, self._written_for, self._open_or_write, self.new_button
        )
        self.new_button.setMenu(self.new_menu)

        self.editor = ReflectionEditor(ctx)
        self.editor.delete_requested.connect(self.delete_current)
        self.editor.open_meeting.connect(lambda mid: ctx.navigate.emit("trio", {"milestone_id": mid}))
        self.view = SplitView(
            ctx.settings, "reflections", self._left_column(), self.editor, self._empty_page(), [320, 730]
        )
        self.splitter, self.right, self.scroll = self.view.splitter, self.view.right, self.view.scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("Refleksioner")

    def _left_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        heading = QLabel(self.tr("Refleksioner"))
        set_role(heading, "h1")
        help_text = QLabel(
            self.tr("Efter hvert modul og TRIO-møde: hvad tager du med, og hvad skal du hjem og gøre?")
        )
        help_text.setWordWrap(True)
        set_role(help_text, "help")
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addWidget(self.new_button)
        layout.addWidget(self.log, 1)
        return column

    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Ingen refleksioner endnu"))
        set_role(heading, "h2")
        text = QLabel(
            self.tr(
                "Efter hvert modul og hvert TRIO-møde kan du skrive en refleksion med spørgsmål til dagen – "
                "eller en fri refleksion, når noget fylder. Vælg »Ny refleksion« for at komme i gang."
            )
        )
        text.setWordWrap(True)
        start = QPushButton(self.tr("Skriv din første refleksion"))
        start.clicked.connect(lambda: self.new_reflection())
        layout.addStretch(1)
        for widget in (heading, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """One light query for the log; the editor re-reads only the reflection it shows."""
        entries = self.model_entries()
        current = self.editor.reflection_id()
        self.model.set_entries(entries)
        row = self.model.row_of(current)
        if row < 0:
            # First showing, or the shown reflection was deleted: take its neighbour.
            row = min(self._last_row, self.model.rowCount() - 1)
        self._select_row(row)
        self.right.setCurrentIndex(1 if self.model.rowCount() else 0)

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.editor.set_reflection(None)
            return
        index = self.model.index(row)
        if self.log.currentIndex() != index:
            self.log.setCurrentIndex(index)  # _on_current shows it
        else:
            self._show_entry(row)
        self.log.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_entry(current.row())

    def _show_entry(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            return
        self._last_row = row
        if entry.id == self.editor.reflection_id():
            self.editor.refresh()
            return
        from handleplan.ops.reflections import get_reflection

        reflection = self.ctx.call(get_reflection, self.ctx.store, entry.id)
        self.editor.set_reflection(reflection)
        self.scroll.verticalScrollBar().setValue(0)

    def show_target(self, target: dict) -> None:
        if "new_for_milestone_id" in target:
            from handleplan.ops.timeline import get_milestone

            milestone = self.ctx.call(get_milestone, self.ctx.store, target["new_for_milestone_id"])
            if milestone is not None:
                self.open_or_write_for(milestone)
            return
        if "reflection_id" in target:
            if self.model.row_of(target["reflection_id"]) < 0:
                self.refresh()
            self._select_row(self.model.row_of(target["reflection_id"]))
            found = found_span(target)
            if found is not None:
                record, record_id, field, start, end = found
                show_found(self.editor.found_widget(record, record_id, field), start, end)

    # -- writing --------------------------------------------------------------------------------
    def default_milestone(self) -> Milestone | None:
        """For "Skriv din første refleksion": the latest module or TRIO meeting held, unless it already
        has a reflection – then a free one, so the same prompts are not written twice."""
        past, _upcoming = reflectable(self.ctx.store)
        if not past:
            return None
        written = {e.milestone_id for e in self.model_entries()}
        return None if past[0].id in written else past[0]

    def model_entries(self) -> list[LogEntry]:
        from handleplan.ops.reflections import reflection_log

        return self.ctx.call(reflection_log, self.ctx.store) or []

    def new_reflection(self, milestone: Milestone | None = None) -> None:
        """A new reflection with the course's prompts for `milestone` (see `default_milestone` when None)."""
        self._create(milestone if milestone is not None else self.default_milestone())

    def ask_new_reflection(self) -> None:
        """Ctrl+R: which module or meeting? The menu opens with the newest one still unwritten chosen."""
        self.new_menu.popup_default(self.new_button)

    def _written_for(self) -> set[int]:
        return {e.milestone_id for e in self.model_entries() if e.milestone_id is not None}

    def _open_or_write(self, milestone: Milestone | None) -> None:
        if milestone is None:
            self._create(None)
        else:
            self.open_or_write_for(milestone)

    def open_or_write_for(self, milestone: Milestone) -> None:
        """From a TRIO meeting: open the reflection written after it, or write one."""
        existing = next((e for e in self.model_entries() if e.milestone_id == milestone.id), None)
        if existing is None:
            self._create(milestone)
            return
        self.refresh()
        self._select_row(self.model.row_of(existing.id))

    def _create(self, milestone: Milestone | None) -> None:
        from handleplan.ops.reflections import write_reflection

        self.ctx.flush()
        title = self.tr("Efter %1").replace("%1", milestone.title) if milestone else self.tr("Fri refleksion")
        private = settings_schema.value(self.ctx.settings, settings_schema.NEW_REFLECTIONS_PRIVATE)
        reflection = self.ctx.call(
            write_reflection, self.ctx.store, milestone, title=title, private=private, lang=self.ctx.lang
        )
        if reflection is None:
            return
        self.refresh()
        self._select_row(self.model.row_of(reflection.id))
        self.editor.focus_first_answer()

    def delete_current(self) -> None:
        reflection = self.editor.reflection
        if reflection is None:
            return
        self._last_row = max(0, self.model.row_of(reflection.id))
        label = self.tr("slet refleksionen »%1«").replace("%1", reflection.title or self.tr("Fri refleksion"))
        self.editor.set_reflection(None)
        self.ctx.delete(reflection, label)
        self.refresh()

    def save_state(self, settings: QSettings) -> None:
        self.view.save_state(settings)
