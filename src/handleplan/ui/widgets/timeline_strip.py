"""A painted horizontal forløb: milestone dots with short titles and dates, and an "I dag" marker."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from handleplan.ui.dates import day_month

# A "today" further than this share of the forløb's length outside it is pinned to the edge, so a plan
# opened long after the course does not squeeze the forløb into a corner.
STRETCH_LIMIT = 0.3


class StripPoint(NamedTuple):
    """One dated milestone as the strip shows it."""

    id: int
    title: str
    when: date
    is_module: bool
    tooltip: str = ""


def short_date(when: date) -> str:
    return day_month(when)


class TimelineStrip(QWidget):
    """Clickable milestones along a line; arrow keys move between them, Enter opens one."""

    milestone_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[StripPoint] = []
        self._today = date.today()
        self._next_id: int | None = None
        self._focus_index = -1
        self._hit_rects: list[tuple[QRectF, int]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Forløbet"))

    # -- data -----------------------------------------------------------------------------------
    def set_points(self, points: list[StripPoint], today: date, next_id: int | None) -> None:
        self._points = sorted(points, key=lambda p: p.when)
        self._today = today
        self._next_id = next_id
        ids = [p.id for p in self._points]
        self._focus_index = ids.index(next_id) if next_id in ids else (0 if ids else -1)
        self.setAccessibleDescription(
            "; ".join(
                f"{p.title}, {QLocale().toString(QDate(p.when), QLocale.FormatType.LongFormat)}"
                for p in self._points
            )
        )
        self.updateGeometry()
        self.update()

    def points(self) -> list[StripPoint]:
        return list(self._points)

    # -- geometry -------------------------------------------------------------------------------
    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self._line()
        # "I dag" band, axis, then two staggered rows of labels (title + date each).
        return QSize(line * 30, int(line * 7.6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._line() * 12, self.sizeHint().height())

    def _range(self) -> tuple[date, date]:
        first, last = self._points[0].when, self._points[-1].when
        span = max((last - first).days, 1)
        if first > self._today and (first - self._today).days <= span * STRETCH_LIMIT:
            first = self._today
        if last < self._today and (self._today - last).days <= span * STRETCH_LIMIT:
            last = self._today
        if first == last:
            return first, date.fromordinal(first.toordinal() + 1)
        return first, last

    def _x_for(self, when: date, left: float, width: float) -> float:
        first, last = self._range()
        share = (when - first).days / max((last - first).days, 1)
        return left + width * min(max(share, 0.0), 1.0)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        line = self._line()
        self._hit_rects = []
        if not self._points:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("Forløbet har ingen datoer endnu."),
            )
            return
        margin = line * 1.2
        left, width = margin, max(self.width() - 2 * margin, 10)
        axis_y = line * 2.2
        today_x = self._x_for(self._today, left, width)

        # The axis: the part already behind us in the accent colour.
        axis_pen = QPen(pal.color(QPalette.ColorRole.Mid), max(2, line // 6))
        axis_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(axis_pen)
        painter.drawLine(QPointF(left, axis_y), QPointF(left + width, axis_y))
        if today_x > left:
            axis_pen.setColor(accent)
            painter.setPen(axis_pen)
            painter.drawLine(QPointF(left, axis_y), QPointF(today_x, axis_y))
        self._paint_today(painter, today_x, axis_y, line, accent)

        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm, fm = QFontMetrics(bold), QFontMetrics(self.font())
        xs = [self._x_for(p.when, left, width) for p in self._points]
        for i, (point, x) in enumerate(zip(self._points, xs, strict=True)):
            past = point.when < self._today
            is_next = point.id == self._next_id
            radius = line * (0.42 if point.is_module else 0.3)
            if is_next:
                painter.setPen(QPen(accent, max(2, line // 8)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, axis_y), radius + line * 0.25, radius + line * 0.25)
            painter.setPen(QPen(accent if (past or is_next) else pal.color(QPalette.ColorRole.Mid), 2))
            painter.setBrush(accent if past or is_next else pal.color(QPalette.ColorRole.Base))
            painter.drawEllipse(QPointF(x, axis_y), radius, radius)

            # Labels alternate between two rows; each may use the room up to its neighbours on its row.
            row = i % 2
            top = axis_y + line * (0.9 + row * 2.2)
            room = self._room(xs, i, width) - line * 0.5
            # A few pixels spare: eliding measures the laid-out text, which can come out a pixel wider than
            # horizontalAdvance, and "Module 2" became "Module…" with the room to spare.
            wanted = max(bold_fm.horizontalAdvance(point.title), fm.horizontalAdvance("00. xxx.")) + 4
            label_w = min(room, wanted)
            lx = min(max(x - label_w / 2, 0), self.width() - label_w)
            if row == 1:
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
                painter.drawLine(QPointF(x, axis_y + radius + 2), QPointF(x, top - 2))
            painter.setFont(bold if is_next else self.font())
            painter.setPen(text)
            title_fm = bold_fm if is_next else fm
            title_rect = QRectF(lx, top, label_w, line)
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                title_fm.elidedText(point.title, Qt.TextElideMode.ElideRight, int(label_w)),
            )
            painter.setFont(self.font())
            painter.setPen(muted)
            painter.drawText(
                QRectF(lx, top + line, label_w, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(short_date(point.when), Qt.TextElideMode.ElideRight, int(label_w)),
            )
            hit = QRectF(lx, axis_y - radius - 4, label_w, top + 2 * line - (axis_y - radius - 4))
            hit = hit.united(QRectF(x - radius - 4, axis_y - radius - 4, 2 * radius + 8, 2 * radius + 8))
            self._hit_rects.append((hit, i))
            if self.hasFocus() and i == self._focus_index:
                painter.setPen(QPen(accent, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(lx - 3, top - 2, label_w + 6, 2 * line + 4), 4, 4)
        painter.end()

    def _room(self, xs: list[float], i: int, width: float) -> float:
        """Horizontal room for label i: the distance to the nearest label on the same row."""
        gaps = [abs(xs[j] - xs[i]) for j in (i - 2, i + 2) if 0 <= j < len(xs)]
        return min(gaps) if gaps else width

    def _paint_today(self, painter: QPainter, x: float, axis_y: float, line: int, accent: QColor) -> None:
        first, last = self._range()
        label = self.tr("I dag")
        if self._today < first:
            label = "‹ " + label
        elif self._today > last:
            label = label + " ›"
        fm = QFontMetrics(self.font())
        w = fm.horizontalAdvance(label) + line
        rect = QRectF(min(max(x - w / 2, 0), self.width() - w), 0, w, line * 1.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(rect, line * 0.6, line * 0.6)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.setPen(QPen(accent, 2))
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, axis_y + line * 0.6))

    # -- interaction ----------------------------------------------------------------------------
    def _index_at(self, pos: QPointF) -> int:
        for rect, i in self._hit_rects:
            if rect.contains(pos):
                return i
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        i = self._index_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if i >= 0 else Qt.CursorShape.ArrowCursor)
        if i >= 0 and self._points[i].tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), self._points[i].tooltip, self, QRect())
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        i = self._index_at(event.position())
        if i >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._focus_index = i
            self.milestone_clicked.emit(self._points[i].id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._points:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self._focus_index = min(max(self._focus_index + step, 0), len(self._points) - 1)
            point = self._points[self._focus_index]
            self.setAccessibleDescription(point.tooltip or point.title)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focus_index >= 0:
            self.milestone_clicked.emit(self._points[self._focus_index].id)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        self.update()
        super().focusOutEvent(event)
