"""A painted padlock for private things: the UI font may have no emoji, and QStyle has no lock icon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget


def paint_lock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A padlock filling `rect` (best square): a rounded body and an open-bottomed shackle."""
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke = max(1.0, side * 0.11)
    body = QRectF(box.left() + side * 0.14, box.top() + side * 0.44, side * 0.72, side * 0.50)
    shackle = QRectF(box.left() + side * 0.28, box.top() + side * 0.08, side * 0.44, side * 0.62)
    pen = QPen(colour, stroke)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(QPointF(shackle.left(), body.top()))
    path.arcTo(shackle, 180, -180)
    path.lineTo(QPointF(shackle.right(), body.top()))
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(body, side * 0.08, side * 0.08)
    painter.restore()


def lock_icon(palette: QPalette | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Text) -> QIcon:
    """The padlock as an icon in the palette's text colour, sharp at any scale factor."""
    palette = palette or QApplication.palette()
    colour = palette.color(role)
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    icon = QIcon()
    for side in (16, 20, 24, 32, 48):
        pixmap = QPixmap(QSize(side, side) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_lock(painter, QRectF(0, 0, side, side), colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class LockMark(QWidget):
    """A small padlock the size of a line of text, with its meaning for screen readers and on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        text = QCoreApplication.translate("LockMark", "Privat")
        self.setToolTip(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height()
        return QSize(side, side)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        paint_lock(painter, QRectF(self.rect()), self.palette().color(QPalette.ColorRole.WindowText))
        painter.end()
