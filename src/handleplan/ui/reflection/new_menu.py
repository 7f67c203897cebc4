"""Which milestones a new reflection can follow, and the "Ny refleksion" menu built from them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from handleplan.models import MilestoneKind
from handleplan.ui.reflection.log_model import long_date

if TYPE_CHECKING:
    from handleplan.models import Milestone
    from handleplan.store import Store


def reflectable(store: Store, today: date | None = None) -> tuple[list[Milestone], list[Milestone]]:
    """(past, upcoming): the opstart, modules and TRIO meetings held by today, nearest first, and those
    still to come (undated last) - the course has prompts for exactly these kinds."""
    from handleplan.ops.timeline import milestones

    today = today or date.today()
    rows = [m for m in milestones(store) if m.kind != MilestoneKind.OTHER]
    past = [m for m in rows if m.date is not None and m.date <= today]
    upcoming = [m for m in rows if m.date is None or m.date > today]
    return list(reversed(past)), upcoming


class NewReflectionMenu(QMenu):
    """Rebuilt each time it opens, so renamed or moved milestones show as they are now. A milestone that
    already has its reflection is marked and opens it, so the same prompts are never written twice; the
    newest one held without a reflection is the default (what Enter takes when Ctrl+R opens the menu)."""

    def __init__(
        self,
        store: Callable[[], Store],
        written: Callable[[], set[int]],
        open_or_write: Callable[[Milestone | None], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.written = written
        self.open_or_write = open_or_write
        self.aboutToShow.connect(self.rebuild)

    def _label(self, milestone: Milestone, written: bool) -> str:
        if milestone.date is None:
            label = self.tr("Efter %1").replace("%1", milestone.title)
        else:
            label = (
                self.tr("Efter %1 (%2)")
                .replace("%1", milestone.title)
                .replace("%2", long_date(milestone.date))
            )
        return self.tr("%1 – skrevet, åbn den").replace("%1", label) if written else label

    def _add(self, menu: QMenu, milestone: Milestone, written: set[int]):  # noqa: ANN202
        return menu.addAction(
            self._label(milestone, milestone.id in written), lambda m=milestone: self.open_or_write(m)
        )

    def rebuild(self) -> None:
        self.clear()
        past, upcoming = reflectable(self.store())
        written = self.written()
        if not past:
            note = self.addAction(self.tr("Intet modul eller TRIO-møde er holdt endnu"))
            note.setEnabled(False)
        default = None
        for milestone in past:
            action = self._add(self, milestone, written)
            if default is None and milestone.id not in written:
                default = action
        if upcoming:
            later = self.addMenu(self.tr("Kommende"))
            for milestone in upcoming:
                self._add(later, milestone, written)
        self.addSeparator()
        free = self.addAction(self.tr("Fri refleksion"), lambda: self.open_or_write(None))
        self.setDefaultAction(default or free)

    def popup_default(self, under: QWidget) -> None:
        """Open below `under` with the default chosen, ready for Enter or the arrow keys."""
        self.rebuild()
        self.aboutToShow.disconnect(self.rebuild)
        try:
            self.popup(under.mapToGlobal(under.rect().bottomLeft()))
        finally:
            self.aboutToShow.connect(self.rebuild)
        self.setActiveAction(self.defaultAction())
