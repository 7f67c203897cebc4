"""Sizes that never reach past the screen: a 13-inch laptop at 125 % leaves a window about 1024×540."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QStyle, QWidget

# Room for the frame the window manager adds, which is not known before the window shows.
FRAME_ROOM_W, FRAME_ROOM_H = 16, 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, or to what the screen it opens on has free."""
    anchor = widget.parentWidget() or widget
    screen = QWidget.screen(anchor) or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_ROOM_W)
        height = min(height, room.height() - FRAME_ROOM_H)
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))


def fit_scrolled(dialog: QWidget, outer: QLayout, body: QWidget, below: QWidget, width: int) -> None:
    """Size a dialog whose `body` sits in a scroll area above `below` (its buttons): tall enough to show
    the whole body at `width` when the screen has room, else the screen's height, the rest scrolling."""
    margins = outer.contentsMargins()
    inner = (
        width
        - margins.left()
        - margins.right()
        - dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    )
    layout = body.layout()
    tall = layout.heightForWidth(inner) if layout is not None and layout.hasHeightForWidth() else -1
    if tall < 0:
        tall = body.sizeHint().height()
    height = tall + below.sizeHint().height() + outer.spacing() + margins.top() + margins.bottom()
    fit_to_screen(dialog, width, height)
