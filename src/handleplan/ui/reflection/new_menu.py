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
    """Rebuilt each time it opens, so renamed or moved milestones show as they are now. `store` is asked
    for the store then: the screen may have been built before it was open."""

    def __init__(
        self,
        store: Callable[[], Store],
        create: Callable[[Milestone | None], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.create = create
        self.aboutToShow.connect(self.rebuild)

    def _label(self, milestone: Milestone) -> str:
        if milestone.date is None:
            return self.tr("Efter %1").replace("%1", milestone.title)
        return (
            self.tr("Efter %1 (%2)").replace("%1", milestone.title).replace("%2", long_date(milestone.date))
        )

    def rebuild(self) -> None:
        self.clear()
        past, upcoming = reflectable(self.store())
        if not past:
            note = self.addAction(self.tr("Intet modul eller TRIO-møde er holdt endnu"))
            note.setEnabled(False)
        for milestone in past:
            self.addAction(self._label(milestone), lambda m=milestone: self.create(m))
        if upcoming:
            later = self.addMenu(self.tr("Kommende"))
            for milestone in upcoming:
                later.addAction(self._label(milestone), lambda m=milestone: self.create(m))
        self.addSeparator()
        self.addAction(self.tr("Fri refleksion"), lambda: self.create(None))
