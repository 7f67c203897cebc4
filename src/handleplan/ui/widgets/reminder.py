"""The quiet reminder at the foot of the window when a milestone is near, with the way to act on it.

Not a message box: a line in the status bar, on every screen but the Overblik (its countdown card says
the same), with "Eksportér PDF …" beside it and "Ikke nu" to put it away. Shown once per milestone
(`ops.reminders`); the keys already shown are kept in the settings, so it does not come back at the next
start.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from handleplan.ops.reminders import Reminder, milestone_reminder
from handleplan.ui.context import AppContext

SEEN_KEY = "reminders/milestones_shown"


class MilestoneReminder(QFrame):
    export_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("milestone-reminder")
        self.reminder: Reminder | None = None
        self.quiet = False
        self.text = QLabel()
        self.export_button = QPushButton(self.tr("Eksportér PDF …"))
        self.export_button.clicked.connect(self._export)
        self.later_button = QToolButton()
        self.later_button.setText(self.tr("Ikke nu"))
        self.later_button.setAutoRaise(True)
        self.later_button.clicked.connect(self.put_away)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.text)
        row.addWidget(self.export_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        self.hide()

    def seen(self) -> set[str]:
        raw = self.ctx.settings.value(SEEN_KEY, "") or ""
        return {key for key in str(raw).split(",") if key}

    def check(self, today: date | None = None) -> None:
        """Find the nearest milestone within a few days not yet reminded of; keep the one already shown
        while it is still near and on the same day."""
        today = today or date.today()
        seen = self.seen()
        current = self.reminder
        if current is not None:
            still = milestone_reminder(self.ctx.db_path, today, seen - {current.key})
            self.reminder = still if still is not None and still.key == current.key else None
        if self.reminder is None:
            self.reminder = milestone_reminder(self.ctx.db_path, today, seen)
        self._update()

    def set_quiet(self, quiet: bool) -> None:
        """Quiet on the Overblik, whose countdown card says the same with its own export button: the
        reminder waits, unseen, for the next screen."""
        self.quiet = quiet
        self._update()

    def _update(self) -> None:
        if self.reminder is None or self.quiet:
            self.hide()
            return
        # Recorded when shown, not when acted on: seen once is enough.
        self.ctx.settings.setValue(SEEN_KEY, ",".join(sorted(self.seen() | {self.reminder.key})))
        self._show(self.reminder)

    def milestones_changed(self, tables: set[str]) -> None:
        if "milestone" in tables:
            self.check()

    def _show(self, reminder: Reminder) -> None:
        if reminder.days == 0:
            text = self.tr("%1 er i dag – eksportér din handleplan")
        elif reminder.days == 1:
            text = self.tr("%1 er i morgen – eksportér din handleplan")
        else:
            text = self.tr("%1 om %n dage – eksportér din handleplan", "", reminder.days)
        self.text.setText(text.replace("%1", reminder.title))
        self.export_button.setAccessibleName(
            self.tr("Eksportér din handleplan som PDF til %1").replace("%1", reminder.title)
        )
        self.show()

    def put_away(self) -> None:
        self.reminder = None
        self.hide()

    def _export(self) -> None:
        self.put_away()
        self.export_requested.emit()
