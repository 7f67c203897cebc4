"""A run chart painted with QPainter: one point per measurement, oldest first, and the median line."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from handleplan.ui.style import PHASE_COLOURS


class Point(NamedTuple):
    label: str  # "Runde 1 · før"
    value: float
    follow_up: bool  # filled dot; a baseline is hollow


def format_number(value: float, lang: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "da" else text


class RunChart(QWidget):
    """The IHI's run chart: the points joined in time order and a dashed line at their median."""

    def __init__(self, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.points: list[Point] = []
        self.median: float | None = None
        self.low, self.high = 0.0, 10.0
        self.median_text = ""
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_run(
        self, points: list[Point], median: float | None, low: float, high: float, median_text: str
    ) -> None:
        self.points, self.median, self.low, self.high = points, median, low, max(high, low + 1)
        self.median_text = median_text
        self.setAccessibleDescription(
            "; ".join(f"{p.label}: {format_number(p.value, self.lang)}" for p in points)
            + (f"; {median_text}" if median_text else "")
        )
        self.update()

    def plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("100") + 10
        return QRectF(
            left, 10, max(10, self.width() - left - 16), max(10, self.height() - 2.6 * metrics.height() - 14)
        )

    def inset(self) -> float:
        """Room at both ends for the first and last point's label, so none is cut at the edge."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.label) for p in self.points), default=0)
        return min(max(widest / 2 + 4, 24), self.plot_area().width() / 3)

    def position(self, index: int, value: float) -> QPointF:
        area = self.plot_area()
        inset = self.inset()
        span = area.width() - 2 * inset
        step = span / (len(self.points) - 1) if len(self.points) > 1 else 0
        x = area.left() + inset + (index * step if len(self.points) > 1 else span / 2)
        y = area.bottom() - (value - self.low) / (self.high - self.low) * area.height()
        return QPointF(x, y)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        text_colour = self.palette().windowText().color()
        grid = QColor(text_colour)
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 1))
        for tick in (self.low, (self.low + self.high) / 2, self.high):
            y = self.position(0, tick).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - 8, area.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight,
                format_number(tick, self.lang),
            )
            painter.setPen(QPen(grid, 1))
        if not self.points:
            painter.end()
            return
        colour = QColor(PHASE_COLOURS["study"])
        if self.median is not None:
            pen = QPen(QColor(PHASE_COLOURS["act"]), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = self.position(0, self.median).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            # Below the line at the right end: the points' values sit above them, the first one at the left.
            painter.drawText(
                QRectF(area.left(), y + 2, area.width() - 4, 16),
                Qt.AlignmentFlag.AlignRight,
                self.median_text,
            )
        path = QPainterPath()
        for index, point in enumerate(self.points):
            where = self.position(index, point.value)
            path.moveTo(where) if index == 0 else path.lineTo(where)
        painter.setPen(QPen(colour, 2))
        painter.drawPath(path)
        metrics = self.fontMetrics()
        for index, point in enumerate(self.points):
            where = self.position(index, point.value)
            painter.setBrush(colour if point.follow_up else self.palette().base().color())
            painter.setPen(QPen(colour, 2))
            painter.drawEllipse(where, 4.5, 4.5)
            painter.setPen(text_colour)
            value = format_number(point.value, self.lang)
            painter.drawText(
                QRectF(where.x() - 40, where.y() - 22, 80, 16), Qt.AlignmentFlag.AlignHCenter, value
            )
            label_rect = QRectF(where.x() - 70, area.bottom() + 6, 140, 2.4 * metrics.height())
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, point.label
            )
        painter.end()
