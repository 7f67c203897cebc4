"""Sizes that never reach past the screen: a 13-inch laptop at 125 % leaves a window about 1024×540."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
