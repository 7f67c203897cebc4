"""The reflection log as a thin list model over `ops.reflections.reflection_log` rows, newest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from handleplan.models import ReflectionKind
from handleplan.ops.reflections import LogEntry
from handleplan.ui import dates

Index = QModelIndex | QPersistentModelIndex


def long_date(day: date | None) -> str:
    """7. marts 2025 – the way the leader writes a date, in the app's language."""
    return dates.long_date(day)


class ReflectionLogModel(QAbstractListModel):
    """One row per reflection. The view shows DisplayRole (the title) and SubtitleRole (date and
    milestone) and draws a padlock for PrivateRole."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    SubtitleRole = Qt.ItemDataRole.UserRole + 2
    PrivateRole = Qt.ItemDataRole.UserRole + 3
    DateRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LogEntry] = []
        self._rows: dict[int, int] = {}

    # -- filling --------------------------------------------------------------------------------
    def set_entries(self, entries: list[LogEntry]) -> None:
        """Replace the rows. When the same reflections are there in the same order (an edit of a title or
        the private mark), only the changed rows are repainted, so selection and scrolling stay put."""
        same_rows = [e.id for e in entries] == [e.id for e in self._entries]
        if not same_rows:
            self.beginResetModel()
            self._entries = list(entries)
            self._rows = {e.id: row for row, e in enumerate(self._entries)}
            self.endResetModel()
            return
        for row, (old, new) in enumerate(zip(self._entries, entries, strict=True)):
            if old != new:
                self._entries[row] = new
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def entry(self, row: int) -> LogEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, reflection_id: int | None) -> int:
        """The row showing that reflection, or -1."""
        return self._rows.get(reflection_id, -1) if reflection_id is not None else -1

    def ids(self) -> list[int]:
        return [e.id for e in self._entries]

    # -- what the view asks ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(entry)
        if role == self.SubtitleRole:
            return self.subtitle(entry)
        if role == self.PrivateRole:
            return entry.private
        if role == self.IdRole:
            return entry.id
        if role == self.DateRole:
            return entry.written_on
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [self.title(entry), self.subtitle(entry)]
            if entry.private:
                parts.append(self.tr("privat"))
            return ", ".join(parts)
        return None

    def title(self, entry: LogEntry) -> str:
        if entry.title.strip():
            return entry.title
        if entry.kind == ReflectionKind.FREE or not entry.milestone_title:
            return self.tr("Fri refleksion")
        return self.tr("Efter %1").replace("%1", entry.milestone_title)

    def subtitle(self, entry: LogEntry) -> str:
        when = long_date(entry.written_on)
        # "Efter Modul 1 / 18. oktober 2026 · efter Modul 1" says it twice; name the milestone only when
        # the leader's own title does not.
        if entry.milestone_title and entry.milestone_title.casefold() not in self.title(entry).casefold():
            return self.tr("%1 · efter %2").replace("%1", when).replace("%2", entry.milestone_title)
        return when
