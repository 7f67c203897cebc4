"""The export's calm warning: her staff's names or her sensitive words in what the PDF would share.

Each line names the word and the entry (and its fields), with "Gør privat" – the smallest thing that can
be private: an observation, a meeting's notes, a reflection or a tiltag – and "Tag ud", which unticks the
entry. Not a question in her way: the PDF is hers to make as it is. What is found is `export/names.py`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields
from handleplan.export.names import Finding, find_sensitive
from handleplan.export.selection import ExportOptions, resolve
from handleplan.export.snapshot import PlanSnapshot, take_snapshot
from handleplan.ops.private_marks import make_private
from handleplan.ui.context import AppContext
from handleplan.ui.dialogs.export_entries import ExportEntries
from handleplan.ui.dialogs.sensitive_words import sensitive_words
from handleplan.ui.style import set_role

LINES_IN_VIEW = 3  # more scroll: the dialog must still fit 1280×720, with room for the tree


class SensitiveWarning(QFrame):
    """Hidden while nothing is found; `snapshot_changed` fires after "Gør privat" read the plan again."""

    snapshot_changed = Signal(object)  # PlanSnapshot

    def __init__(self, ctx: AppContext, entries: ExportEntries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries = entries
        self.findings: list[Finding] = []
        self.lines: list[tuple[QLabel, QPushButton | None, QPushButton]] = []
        self.setObjectName("export-warning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            self.tr(
                "Tjek, før du deler: PDF'en nævner dine medarbejdere eller ord, du har markeret som følsomme."
            )
        )
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        hint = QLabel(self.tr("Du vælger selv: gør det privat, tag det ud af PDF'en, eller lad det stå."))
        hint.setWordWrap(True)
        set_role(hint, "help")
        layout.addWidget(hint)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.area.setWidget(self.body)
        layout.addWidget(self.area)
        self.hide()

    # -- what is found --------------------------------------------------------------------------
    def refresh(self, snapshot: PlanSnapshot, options: ExportOptions) -> None:
        """Look again in what these options would share."""
        contents = resolve(snapshot, options)
        self.findings = find_sensitive(snapshot, contents, sensitive_words(self.ctx.settings))
        self._show()

    def _grouped(self) -> list[tuple[Finding, list[str]]]:
        """One line per word and entry (and what "Gør privat" would mark), with the fields it stands in."""
        lines: dict[tuple, tuple[Finding, list[str]]] = {}
        for f in self.findings:
            _first, labels = lines.setdefault((f.word.casefold(), f.entry, f.private), (f, []))
            label = fields.label(f.record, f.field, self.ctx.lang)
            if label not in labels:
                labels.append(label)
        return list(lines.values())

    def _show(self) -> None:
        for label, private, out in self.lines:
            for widget in (label, private, out):
                if widget is not None:  # out of the grid now: its cell is filled again below
                    self.grid.removeWidget(widget)
                    widget.hide()
                    widget.deleteLater()
        self.lines = []
        grouped = self._grouped()
        for row, (finding, labels) in enumerate(grouped):
            where = f"{self.entries.label_for(finding.entry)} ({' · '.join(labels)})"
            text = self.tr("Navnet »%1« står i %2") if finding.is_name else self.tr("Ordet »%1« står i %2")
            label = QLabel(text.replace("%1", finding.word).replace("%2", where))
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.grid.addWidget(label, row, 0)
            private = None
            if finding.private is not None:
                private = self._button(self.tr("Gør privat"), self.tr("Gør privat: %1").replace("%1", where))
                kind, entry_id = finding.private
                private.clicked.connect(lambda _c=False, k=kind, i=entry_id: self.make_private(k, i))
                self.grid.addWidget(private, row, 1)
            out = self._button(self.tr("Tag ud"), self.tr("Tag ud af PDF'en: %1").replace("%1", where))
            out.clicked.connect(lambda _c=False, e=finding.entry: self.entries.take_out(e))
            self.grid.addWidget(out, row, 2)
            self.lines.append((label, private, out))
        if grouped:
            # A line is the buttons' height or two lines of text, whichever is more; the rest scrolls.
            line = max(self.lines[0][2].sizeHint().height(), self.fontMetrics().lineSpacing() * 2)
            self.area.setFixedHeight(min(len(grouped), LINES_IN_VIEW) * (line + self.grid.verticalSpacing()))
        self.setVisible(bool(grouped))

    @staticmethod
    def _button(text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setAccessibleName(accessible)
        return button

    # -- the two actions --------------------------------------------------------------------------
    def make_private(self, kind: str, entry_id: int) -> None:
        """Mark it private (through the op), read the plan again: the entry comes back unticked."""
        self.ctx.flush()
        if self.ctx.call(make_private, self.ctx.store, kind, entry_id) is None:
            return  # said in the status bar
        snapshot = take_snapshot(self.ctx.store)
        self.entries.set_snapshot(snapshot)
        self.snapshot_changed.emit(snapshot)
