"""The app's look: Fusion (follows the system's light or dark palette on every platform) and a calm sheet."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

# Phase colours: the same four everywhere (wheel, editor tabs, PDF).
PHASE_COLOURS = {"plan": "#3b7dd8", "do": "#e0a020", "study": "#2e9d6a", "act": "#b5467a"}


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(
        """
        QListWidget#nav { border: none; font-size: 11pt; padding-top: 8px; outline: 0; }
        QListWidget#nav::item { padding: 8px 12px; border-radius: 6px; margin: 1px 6px; }
        QListWidget#nav::item:selected, QListWidget#nav::item:selected:!active {
            background: palette(highlight); color: palette(highlighted-text); }
        QLabel[role="h1"] { font-size: 16pt; font-weight: 600; }
        QLabel[role="h2"] { font-size: 12pt; font-weight: 600; }
        QLabel[role="help"] { color: palette(placeholder-text); }
        """
    )
