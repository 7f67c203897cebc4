"""Let a plain-text field grow with what is written in it, between a few lines and a screenful."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy


class _Grower(QObject):
    """Keeps the editor's height at its wrapped line count; a page of answers then scrolls as one page
    instead of many small boxes each with its own scroll bar.

    QPlainTextDocumentLayout re-wraps lazily after a resize and does not always emit
    documentSizeChanged, so a long note set before the page had its width stayed a few lines tall with
    its end hidden. Fitting again (on the next turn of the event loop) after every resize, show and text
    change keeps it right."""

    def __init__(self, edit: QPlainTextEdit, min_lines: int, max_lines: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.update)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.document().documentLayout().documentSizeChanged.connect(self.update)
        edit.textChanged.connect(self.later.start)
        edit.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later.start()
        return False

    def update(self, *_args: object) -> None:
        edit = self.edit
        # For a plain-text document the layout's height is its number of visual (wrapped) lines.
        lines = int(edit.document().documentLayout().documentSize().height())
        shown = max(self.min_lines, min(self.max_lines, lines))
        edit.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self.max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        margins = edit.contentsMargins()  # includes the frame
        extra = margins.top() + margins.bottom() + 2 * edit.document().documentMargin() + 2
        height = int(shown * edit.fontMetrics().lineSpacing() + extra)
        if edit.height() != height or edit.minimumHeight() != height:
            edit.setFixedHeight(height)


def grow_with_text(edit: QPlainTextEdit, min_lines: int = 3, max_lines: int = 15) -> QPlainTextEdit:
    """Make `edit` as tall as its text (in lines of its own font, so it scales with the system font)."""
    _Grower(edit, min_lines, max_lines)
    return edit
