"""Keep a self-growing text field's height right when its width changes (the layout may not say so)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit


class _Refit(QObject):
    """QPlainTextDocumentLayout re-wraps lazily after a resize and does not always emit
    documentSizeChanged, so a long note set before the page had its width stayed a few lines tall with
    its end hidden. Re-announcing the size after each resize lets grow_with_text fit the height again."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.announce)
        edit.installEventFilter(self)
        edit.textChanged.connect(self.timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        return False

    def announce(self) -> None:
        layout = self.edit.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())


def refit_on_resize(edit: QPlainTextEdit) -> QPlainTextEdit:
    _Refit(edit)
    return edit
