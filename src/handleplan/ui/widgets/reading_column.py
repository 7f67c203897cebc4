"""A page that scrolls as one, with its content kept to a readable line length on a wide screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

# Lines of some 120 characters at most (average character widths; words are narrower than the widest).
READABLE_CHARS = 150


def reading_column(content: QWidget, chars: int = READABLE_CHARS) -> QScrollArea:
    """`content` in a frameless scroll area, left-aligned and no wider than `chars` average characters."""
    content.setMaximumWidth(content.fontMetrics().averageCharWidth() * chars)
    page = QWidget()
    layout = QHBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content, 1)
    layout.addStretch(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll
