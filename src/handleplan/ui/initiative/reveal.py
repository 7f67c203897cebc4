"""Where in an initiative's editor a search hit stands: the tab and PDSA page brought forward, and the field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from handleplan import fields
from handleplan.models import Phase

if TYPE_CHECKING:
    from handleplan.ui.initiative.editor import InitiativeEditor
    from handleplan.ui.initiative.rows import RowList

# A row inside a cycle: the PDSA page that lists it, the page's list, and per field the row's widget.
ROWS: dict[tuple[str, str], tuple[Phase, str, str]] = {
    ("cycle_question", "question"): (Phase.PLAN, "questions", "question"),
    ("cycle_question", "prediction"): (Phase.PLAN, "questions", "prediction"),
    ("cycle_question", "result"): (Phase.STUDY, "results", "result"),
    ("cycle_task", "what"): (Phase.PLAN, "tasks", "what"),
    ("cycle_task", "who"): (Phase.PLAN, "tasks", "who"),
    ("cycle_task", "when"): (Phase.PLAN, "tasks", "when"),
    ("cycle_task", "where"): (Phase.PLAN, "tasks", "where"),
    ("observation", "text"): (Phase.DO, "observations", "text"),
    **{
        ("dialogue_outcome", name): (Phase.DO, "dialogues", name)
        for name in fields.searched("dialogue_outcome")
    },
}


def _row_widget(rows: RowList, record_id: int | None, name: str) -> QWidget | None:
    row = next((r for r in rows.rows if getattr(r.record, "id", None) == record_id), None)
    if row is None:
        return None
    # A drejebog's outcome keeps its inputs by field name (ui/initiative/dialogue_panel.OutcomeRow).
    inputs = getattr(row, "inputs", {})
    return inputs[name] if name in inputs else getattr(row, name, None)


def found_widget(editor: InitiativeEditor, record: str, record_id: int | None, name: str) -> QWidget | None:
    """Bring forward the tab and page that hold `record.name` and return its input (None if not shown).

    The editor shows the hit's initiative and cycle already; this picks the page, since a hit in
    "Det, jeg ikke havde planlagt" belongs on Udfør whatever phase the cycle has reached."""
    from handleplan.ui.initiative.editor import ABOUT, CYCLES, IGLO

    if record == "initiative":
        if name == "title":
            return editor.title
        editor.tabs.setCurrentIndex(ABOUT)
        return getattr(editor.about, name, None)
    if record == "role_assignment":
        editor.tabs.setCurrentIndex(IGLO)
        for section in editor.iglo.sections.values():
            widget = _row_widget(section.rows, record_id, name)
            if widget is not None:
                return widget
        return None
    cycles = editor.cycles
    if record == "cycle":
        phase = fields.field("cycle", name).phase
        if phase is None:
            return None
        editor.tabs.setCurrentIndex(CYCLES)
        cycles.show_page(Phase(phase))
        return getattr(cycles.pages[Phase(phase)], name, None)
    where = ROWS.get((record, name))
    if where is None:
        return None
    phase, listed, widget_name = where
    editor.tabs.setCurrentIndex(CYCLES)
    cycles.show_page(phase)
    rows = getattr(cycles.pages[phase], listed)
    return _row_widget(getattr(rows, "rows", rows) if listed == "dialogues" else rows, record_id, widget_name)
