"""Let a plain-text field grow with what is written in it, between a few lines and a screenful."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy


class _Grower(QObject):
    """Keeps the editor as tall as its wrapped text, so a page of answers scrolls as one page instead of
    many small boxes each with its own scroll bar; past `max_lines` the box scrolls after all.

    The lines are measured with the font's metrics at the viewport's width, the way the editor wraps,
    rather than read from the document layout: QPlainTextDocumentLayout re-wraps lazily after a resize
    and does not always say so, and a long note set before its page had a width stayed a few lines tall
    with its end hidden. A new width arrives in the middle of a layout pass, where a height change is
    lost on the layouts above, so the fit after a resize or show waits for the next turn of the loop.
    """

    def __init__(self, edit: QPlainTextEdit, min_lines: int, max_lines: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.fit)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.textChanged.connect(self.fit)
        edit.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later.start()
        return False

    def fit(self) -> None:
        edit = self.edit
        fm = edit.fontMetrics()
        margin = int(edit.document().documentMargin())
        width = max(20, edit.viewport().width() - 2 * margin)
        text = edit.toPlainText() or " "
        # At word boundaries, and anywhere inside a word too long for the line, as the editor wraps.
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        spacing = max(1, fm.lineSpacing())
        lines = fm.boundingRect(QRect(0, 0, width, 1_000_000), int(flags), text).height() // spacing
        if text.endswith("\n"):
            lines += 1
        edit.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self.max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        shown = max(self.min_lines, min(self.max_lines, lines))
        height = shown * spacing + 2 * margin + 2 * edit.frameWidth() + 2
        if edit.height() != height or edit.minimumHeight() != height:
            edit.setFixedHeight(height)


def grow_with_text(edit: QPlainTextEdit, min_lines: int = 3, max_lines: int = 15) -> QPlainTextEdit:
    """Make `edit` as tall as its text (in lines of its own font, so it scales with the system font)."""
    _Grower(edit, min_lines, max_lines)
    return edit
