"""The people a leader names where the plan asks "Hvem": herself ("mig") and her TRIO, offered as she types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from handleplan.ui.context import AppContext


def me() -> str:
    """How the leader names herself in a row: the word she would write, not her full name."""
    return QCoreApplication.translate("People", "mig")


def people(ctx: AppContext) -> list[str]:
    from handleplan.ops.people import trio_members

    names = [m.name for m in ctx.call(trio_members, ctx.store) or [] if m.name.strip()]
    return [me(), *names]


class PeopleCompleter(QObject):
    """Offers `people` in a line: all of them when she enters it empty, those matching as she types.
    Read on each entry, so a TRIO member added a moment ago is there."""

    def __init__(self, ctx: AppContext, line: QLineEdit) -> None:
        super().__init__(line)
        self.ctx = ctx
        self.line = line
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
        line.installEventFilter(self)

    def _picked(self, name: str) -> None:
        """A name picked from the list is saved like a name typed (Qt sets it without telling the field)."""
        self.line.setText(name)
        binding = getattr(self.line, "binding", None)
        if binding is not None:
            binding.touched()
            binding.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line and event.type() == QEvent.Type.FocusIn and not self.line.isReadOnly():
            self.model.setStringList(people(self.ctx))
            if not self.line.text():
                self.completer.setCompletionPrefix("")
                self.completer.complete()
        return False
