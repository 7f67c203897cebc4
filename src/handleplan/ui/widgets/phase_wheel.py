"""A small four-part PDSA wheel: the current phase filled, the ones before it tinted, the rest outlined."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from handleplan.models import Phase
from handleplan.ui.style import PHASE_COLOURS


def phase_name(phase: Phase) -> str:
    names = {
        Phase.PLAN: QCoreApplication.translate("PhaseWheel", "Planlæg"),
        Phase.DO: QCoreApplication.translate("PhaseWheel", "Udfør"),
        Phase.STUDY: QCoreApplication.translate("PhaseWheel", "Evaluér"),
        Phase.ACT: QCoreApplication.translate("PhaseWheel", "Justér"),
    }
    return names[phase]


class PhaseWheel(QWidget):
    """Plan top-right, Do bottom-right, Study bottom-left, Act top-left – clockwise like the course's
    PDSA circle."""

    def __init__(self, phase: Phase | None = None, diameter: int = 22, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = phase
        self._diameter = diameter
        self.setFixedSize(QSize(diameter + 2, diameter + 2))
        self._update_tooltip()

    def set_phase(self, phase: Phase | None) -> None:
        self._phase = phase
        self._update_tooltip()
        self.update()

    def phase(self) -> Phase | None:
        return self._phase

    def _update_tooltip(self) -> None:
        text = (
            phase_name(self._phase)
            if self._phase
            else QCoreApplication.translate("PhaseWheel", "Ingen cyklus")
        )
        self.setToolTip(text)
        self.setAccessibleName(QCoreApplication.translate("PhaseWheel", "Fase: %1").replace("%1", text))

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(1, 1, self._diameter, self._diameter)
        current = self._phase.index if self._phase else -1
        outline = self.palette().color(self.foregroundRole())
        for i, phase in enumerate(Phase):
            colour = QColor(PHASE_COLOURS[phase.value])
            if i == current:
                brush = colour
            elif i < current:
                brush = QColor(colour)
                brush.setAlpha(90)
            else:
                brush = QColor(0, 0, 0, 0)
            painter.setBrush(brush)
            painter.setPen(QPen(outline if i != current else colour, 1))
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock. Plan is the top-right quarter.
            start = (90 - 90 * (i + 1)) * 16
            painter.drawPie(rect, start, 90 * 16)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.end()
