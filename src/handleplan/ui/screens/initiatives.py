"""The Tiltag screen: the list of initiatives beside the editor of the selected one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from handleplan.ui import settings_schema
from handleplan.ui.context import AppContext
from handleplan.ui.found import found_span, show_found
from handleplan.ui.initiative.editor import ABOUT, CYCLES, IGLO, InitiativeEditor
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.initiative.list_panel import InitiativeList
from handleplan.ui.initiative.reveal import found_widget
from handleplan.ui.screen import Screen

if TYPE_CHECKING:
    from handleplan.models import Initiative

TABLES = frozenset(
    {
        "initiative",
        "cycle",
        "cycle_question",
        "cycle_task",
        "observation",
        "dialogue_outcome",
        "role_assignment",
        "trio_member",
    }
)


class InitiativesScreen(Screen):
    key = "initiatives"
    watches = TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._current_id: int | None = None
        self._initiatives: dict[int, Initiative] = {}

        self.list_panel = InitiativeList(ctx)
        self.list_panel.current_changed.connect(self._open)
        self.list_panel.list_changed.connect(self._list_changed)
        self.list_panel.new_requested.connect(self.new_initiative)
        self.list_panel.new_from_script.connect(self.new_from_script)
        # An undo puts rows back with Core inserts and only then expires the session, after ctx.changed
        # has fired: re-read once more when the undo is done, or a restored cycle or role stays hidden.
        ctx.undo_stack.indexChanged.connect(self._undo_stack_moved)
        self.editor = InitiativeEditor(ctx)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        # Centred inside a label as wide as the page: a word-wrapped label given an alignment in the layout
        # gets only its one-line width, wraps into two lines and is cut to the height of one.
        none_yet = heading(self.tr("Du har ingen tiltag endnu"))
        none_yet.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(none_yet)
        empty_layout.addWidget(
            help_label(
                self.tr(
                    "Et tiltag er noget, du sætter i gang i din egen praksis for at styrke det psykiske arbejdsmiljø. "
                    "Du planlægger det, prøver det af, ser på, hvordan det gik, og justerer – én cyklus ad gangen."
                )
            )
        )
        start = QPushButton(self.tr("Opret dit første tiltag"))
        start.clicked.connect(self.new_initiative)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(start)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.empty)

        self.splitter = QSplitter()
        self.splitter.setObjectName("initiatives-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.splitter)
        self._restore_state()

    def title(self) -> str:
        return self.tr("Tiltag")

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the list; rebind the editor only if the selected initiative is another object now."""
        from handleplan.ops.initiatives import initiative_list

        initiatives = initiative_list(self.ctx.store)
        self._initiatives = {i.id: i for i in initiatives}
        if self._current_id not in self._initiatives:
            self._current_id = initiatives[0].id if initiatives else None
        self.list_panel.show_initiatives(initiatives, self._current_id)
        self._show_editor()

    def _changed_while_visible(self, tables: set[str]) -> None:
        """After a save while visible: redraw from the objects already in memory (they are the session's
        own, so they hold what was just saved) instead of re-reading every initiative and cycle – that
        happens after each pause in typing. Adding, moving, deleting and undo re-read in full."""
        initiatives = sorted(self._initiatives.values(), key=lambda i: (i.position, i.id))
        self.list_panel.show_initiatives(initiatives, self._current_id)
        self._show_editor()

    def _show_editor(self, cycle_id: int | None = None) -> None:
        current = self._initiatives.get(self._current_id)  # type: ignore[arg-type]
        self.right.setCurrentWidget(self.editor if current is not None else self.empty)
        if current is not self.editor.initiative or cycle_id is not None:
            self.editor.bind(current, cycle_id)
        else:
            self.editor.refresh()

    def _open(self, initiative_id: int | None) -> None:
        """The leader picked an initiative in the list: no need to re-read the list for that."""
        self.ctx.flush()
        if initiative_id is not None and initiative_id not in self._initiatives:
            self.refresh()
        self._current_id = initiative_id
        self._show_editor()

    def _undo_stack_moved(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    def _list_changed(self, initiative_id: int | None) -> None:
        self._current_id = initiative_id
        self.refresh()

    # -- public ---------------------------------------------------------------------------------
    def show_target(self, target: dict) -> None:
        """Open an initiative (and a cycle of it) named by a search hit or another screen."""
        initiative_id = target.get("initiative_id")
        cycle_id = target.get("cycle_id")
        if initiative_id is None:
            return
        self.ctx.flush()
        self._current_id = initiative_id
        if initiative_id in self._initiatives:
            # Already read (the screen re-reads when shown): select it without re-reading every row.
            self.list_panel.list.blockSignals(True)
            try:
                self.list_panel.select(initiative_id)
            finally:
                self.list_panel.list.blockSignals(False)
        else:
            self.refresh()
        if self._current_id == initiative_id:
            self._show_editor(cycle_id)
            if cycle_id is not None:
                self.editor.tabs.setCurrentIndex(CYCLES)
            elif target.get("role_id") is not None:
                self.editor.tabs.setCurrentIndex(IGLO)
            found = found_span(target)
            if found is not None:
                record, record_id, field, start, end = found
                show_found(found_widget(self.editor, record, record_id, field), start, end)

    def new_initiative(self) -> Initiative | None:
        """Create "Nyt tiltag" at the end of the list, open it and put the cursor in its title."""
        from handleplan.ops.initiatives import create_initiative

        self.ctx.flush()
        private = settings_schema.value(self.ctx.settings, settings_schema.NEW_INITIATIVES_PRIVATE)
        initiative = self.ctx.call(create_initiative, self.ctx.store, self.tr("Nyt tiltag"), private=private)
        if initiative is None:
            return None
        self._current_id = initiative.id
        self.refresh()
        self.editor.tabs.setCurrentIndex(ABOUT)
        self.editor.focus_title()
        return initiative

    def new_from_script(self, key: str) -> Initiative | None:
        """A new initiative from drejebog `key`, opened on its first cycle, where the steps are tasks."""
        from handleplan.models import Phase
        from handleplan.ops.dialogues import start_from_script

        self.ctx.flush()
        initiative = self.ctx.call(start_from_script, self.ctx.store, key, self.ctx.lang)
        if initiative is None:
            return None
        self._current_id = initiative.id
        self.refresh()
        self.editor.tabs.setCurrentIndex(CYCLES)
        self.editor.cycles.show_page(Phase.PLAN)
        return initiative

    def screenshot_states(self) -> list[tuple[str, object]]:
        """For `handleplan screenshots`: each tab and PDSA page, and an earlier cycle of an initiative."""
        from handleplan.models import Phase

        editor = self.editor

        def page(phase: Phase) -> None:
            editor.tabs.setCurrentIndex(CYCLES)
            editor.cycles.show_page(phase)

        states: list[tuple[str, object]] = [("about", lambda: editor.tabs.setCurrentIndex(ABOUT))]
        states += [(f"cycle-{phase.value}", lambda p=phase: page(p)) for phase in Phase]
        states.append(("iglo", lambda: editor.tabs.setCurrentIndex(IGLO)))
        ramp = next((i for i in self._initiatives.values() if len(i.cycles) > 1), None)
        if ramp is not None:
            first = {"initiative_id": ramp.id, "cycle_id": ramp.cycles[0].id}
            states.append(("earlier-cycle", lambda: self.show_target(first)))
        return states

    # -- window state ---------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.ctx.settings
        splitter = s.value("initiatives/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        tab = s.value("initiatives/tab", CYCLES)
        try:
            self.editor.tabs.setCurrentIndex(int(tab))
        except (TypeError, ValueError):
            pass

    def save_state(self, s: QSettings) -> None:
        s.setValue("initiatives/splitter", self.splitter.saveState())
        s.setValue("initiatives/tab", self.editor.tabs.currentIndex())
