"""PDSA wheel icons for lists, tabs and the phase stepper, drawn once per phase by the PhaseWheel widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from handleplan.models import Phase
from handleplan.ui.widgets.phase_wheel import PhaseWheel

_cache: dict[tuple[Phase | None, int, float, bool], QIcon] = {}


def wheel_icon(phase: Phase | None, diameter: int = 20) -> QIcon:
    """The wheel as an icon; cached per phase, size, screen scale and light/dark palette."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    key = (phase, diameter, ratio, dark)
    icon = _cache.get(key)
    if icon is None:
        wheel = PhaseWheel(phase, diameter)
        size = wheel.size() * ratio
        pixmap = QPixmap(size)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        wheel.render(pixmap, QPoint(), renderFlags=QWidget.RenderFlag.DrawChildren)
        wheel.deleteLater()
        icon = _cache[key] = QIcon(pixmap)
    return icon
