"""The app's look: Fusion (follows the system's light or dark palette on every platform) and a calm sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Phase colours: the same four everywhere (wheel, editor tabs, PDF).
PHASE_COLOURS = {"plan": "#3b7dd8", "do": "#e0a020", "study": "#2e9d6a", "act": "#b5467a"}


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


# Fusion on every platform: it follows the system's light or dark palette everywhere. It is asked for
# on the QApplication command line (see ui.app.get_app) rather than with app.setStyle(): that call
# hands a QStyle back to Python, and PySide6 then builds the QStyle type with its hundreds of enum
# members, 15 ms before the first paint. For the same reason no code on the first screen touches QStyle.
STYLE_ARGS = ("-style", "Fusion")

# No application-wide style sheet either: with one, Qt routes every widget through its style-sheet
# style, which made building the first window about 15 ms slower. Headings and help text get their
# look from `set_role`; only the navigation list carries a sheet of its own.

# Point sizes of the two heading levels (the app's body text is the platform's default size).
HEADING_POINTS = {"h1": 16.0, "h2": 12.0}

NAV_SHEET = """
    QListWidget { border: none; font-size: 11pt; padding-top: 8px; outline: 0; }
    QListWidget::item { padding: 8px 12px; border-radius: 6px; margin: 1px 6px; }
    QListWidget::item:selected, QListWidget::item:selected:!active {
        background: palette(highlight); color: palette(highlighted-text); }
"""


def set_role(label: QWidget, role: str) -> None:
    """Give a label the look of its role: "h1" or "h2" (larger, semi-bold), "help" (the quiet
    placeholder colour, which follows a light or dark palette), or "" (ordinary text colour)."""
    label.setProperty("role", role)
    if role in HEADING_POINTS:
        font = QFont(label.font())
        font.setPointSizeF(HEADING_POINTS[role])
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
    label.setForegroundRole(
        QPalette.ColorRole.PlaceholderText if role == "help" else QPalette.ColorRole.WindowText
    )
