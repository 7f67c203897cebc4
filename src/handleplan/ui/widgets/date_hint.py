"""The day a typed "Hvornår" names, shown quietly under it ("tirsdag 4. november 2026"), so the leader
sees what the app understood while she types. The line is always there, empty or not, so a row never
jumps; the text shortens to what the column has room for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from handleplan.ui.style import set_role


def _formats() -> tuple[str, ...]:
    # Danish writes the ordinal day with a full stop ("4. november"), English does not.
    d = "d." if QLocale().language() == QLocale.Language.Danish else "d"
    return (f"dddd {d} MMMM yyyy", f"ddd {d} MMM yyyy", f"{d} MMM yyyy", "d/M")


class DateHint(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "help")
        self.setTextFormat(Qt.TextFormat.PlainText)
        # As wide as the column, never wider: the longest wording must not push the row's columns apart.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height())
        self.day: date | None = None

    def set_day(self, day: date | None) -> None:
        self.day = day
        self.setToolTip(self._wording(_formats()[0]) if day else "")
        self._fit()

    def _wording(self, form: str) -> str:
        return QLocale().toString(QDate(self.day), form) if self.day else ""

    def _fit(self) -> None:
        room = self.contentsRect().width()
        wordings = [self._wording(f) for f in _formats()]
        fitting = next((w for w in wordings if self.fontMetrics().horizontalAdvance(w) <= room), wordings[-1])
        self.setText(fitting)
        self.setAccessibleName(wordings[0])

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._fit()
