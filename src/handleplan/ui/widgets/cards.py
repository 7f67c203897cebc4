"""Painted two-line rows (optional PDSA wheel, title, detail, badge) for fast, clickable lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import Phase
from handleplan.ui.style import PHASE_COLOURS, set_role
from handleplan.ui.widgets.lock_icon import paint_lock

# Item data roles (DisplayRole holds the whole row as one sentence for screen readers).
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
PHASE_ROLE = Qt.ItemDataRole.UserRole + 3  # Phase, or "" for no wheel column, None for "no cycle"
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4
BADGE_KIND_ROLE = Qt.ItemDataRole.UserRole + 5  # "warn", "lock" or ""
TARGET_ROLE = Qt.ItemDataRole.UserRole + 6  # (screen key, dict of ids)
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 7  # a padlock beside any badge: the row is private


def warn_colour(palette: QPalette) -> QColor:
    """A red that reads on both light and dark backgrounds."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b6b") if dark else QColor("#b3261e")


def paint_wheel(painter: QPainter, rect: QRectF, phase: Phase | None, outline: QColor) -> None:
    """The PhaseWheel's drawing for a painted row (rendering a widget inside another's paint is unreliable)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    current = phase.index if phase else -1
    for i, each in enumerate(Phase):
        colour = QColor(PHASE_COLOURS[each.value])
        if i < current:
            colour.setAlpha(90)
        painter.setBrush(colour if i <= current else QColor(0, 0, 0, 0))
        painter.setPen(QPen(colour if i == current else outline, 1))
        painter.drawPie(rect, (90 - 90 * (i + 1)) * 16, 90 * 16)  # clockwise from the top-right quarter
    painter.setPen(QPen(outline, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    painter.restore()


class RowDelegate(QStyledItemDelegate):
    """Paints a row: wheel | bold title over a muted detail line | badge on the right."""

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, int]:
        bold = QFont(option.font)
        bold.setBold(True)
        line = QFontMetrics(option.font).height()
        return bold, QFontMetrics(bold), line

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        _bold, _fm, line = self._metrics(option)
        return QSize(line * 10, int(line * 2.7))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # The selection panel is filled here, as Fusion's item panel does, instead of through QStyle:
        # touching QStyle from Python (even option.state) builds its type and hundreds of enum members,
        # 15 ms before the first paint of the Overblik.
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        group = QPalette.ColorGroup.Active
        if selected:
            panel_group = group if view.isActiveWindow() else QPalette.ColorGroup.Inactive
            painter.fillRect(option.rect, option.palette.brush(panel_group, QPalette.ColorRole.Highlight))
        bold, bold_fm, line = self._metrics(option)
        fm = QFontMetrics(option.font)
        pad = line // 2
        rect = option.rect.adjusted(pad, 0, -pad, 0)
        text_colour = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        if not selected:
            muted = option.palette.color(group, QPalette.ColorRole.PlaceholderText)

        painter.save()
        phase = index.data(PHASE_ROLE)
        if phase != "":
            diameter = int(line * 1.3)
            top = rect.top() + (rect.height() - diameter) / 2
            paint_wheel(
                painter,
                QRectF(rect.left() + 1, top, diameter, diameter),
                Phase(phase) if phase else None,
                text_colour,
            )
            rect.setLeft(rect.left() + diameter + 2 + pad)

        badge = index.data(BADGE_ROLE) or ""
        kind = index.data(BADGE_KIND_ROLE) or ""
        if badge:
            badge_colour = warn_colour(option.palette) if kind == "warn" and not selected else muted
            badge_font = bold if kind == "warn" else option.font
            badge_fm = bold_fm if kind == "warn" else fm
            # A few pixels of slack: integer advances round down and would elide a badge that fits.
            width = min(badge_fm.horizontalAdvance(badge) + 4, rect.width() // 2)
            badge_rect = QRect(rect.right() - width, rect.top(), width, rect.height())
            painter.setFont(badge_font)
            painter.setPen(badge_colour)
            text = badge_fm.elidedText(badge, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                badge_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )
            if kind == "lock" or index.data(LOCKED_ROLE):
                size = int(line * 0.8)
                lock = QRectF(badge_rect.left() - size - pad // 2, rect.center().y() - size / 2, size, size)
                paint_lock(painter, lock, badge_colour)
                width += size + pad // 2
            rect.setRight(rect.right() - width - pad)

        title = index.data(TITLE_ROLE) or ""
        detail = index.data(DETAIL_ROLE) or ""
        top = rect.top() + (rect.height() - 2 * line) // 2
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(rect.left(), top, rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bold_fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left(), top + line, rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class RowList(QListWidget):
    """A list of painted rows; a click or Enter emits `opened` with the row's (screen, ids) target."""

    opened = Signal(str, object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setItemDelegate(RowDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        # Rows sit on the page's own background; selection and hover still show. The viewport is made
        # here rather than fetched with viewport(): wrapping Qt's own one makes PySide6 work out its
        # Python type by creating every QWidget subclass (wizard, colour dialog …), 20 ms at start-up.
        viewport = QWidget()
        self.setViewport(viewport)
        # What Qt does for its own viewport, plus tracking for the hover cursor.
        viewport.setAutoFillBackground(True)
        viewport.setMouseTracking(True)
        viewport.setBackgroundRole(QPalette.ColorRole.Window)
        # Single click opens, like a link; `activated` is not used since some platforms fire it on click too.
        self.itemClicked.connect(self._open)

    def add_row(
        self,
        title: str,
        detail: str,
        target: tuple[str, dict],
        *,
        phase: Phase | None | str = "",
        badge: str = "",
        badge_kind: str = "",
        locked: bool = False,
    ) -> QListWidgetItem:
        """A row; `locked` draws the padlock beside the badge (a due date, say) and says "privat" to
        screen readers. Private text never comes here: the read model leaves it out."""
        mark = QCoreApplication.translate("RowList", "privat") if locked else ""
        item = QListWidgetItem(" – ".join(part for part in (title, detail, badge, mark) if part))
        item.setData(TITLE_ROLE, title)
        item.setData(DETAIL_ROLE, detail)
        item.setData(PHASE_ROLE, phase.value if isinstance(phase, Phase) else phase)
        item.setData(BADGE_ROLE, badge)
        item.setData(BADGE_KIND_ROLE, badge_kind)
        item.setData(TARGET_ROLE, target)
        item.setData(LOCKED_ROLE, locked)
        item.setToolTip(item.text())
        self.addItem(item)
        return item

    def _open(self, item: QListWidgetItem) -> None:
        screen, ids = item.data(TARGET_ROLE)
        self.opened.emit(screen, dict(ids))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._open(self.currentItem())
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        over = self.itemAt(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def fit_all(self) -> None:
        """Exactly as tall as its shown rows: on a page that scrolls itself, a list scrolling inside it
        would put two scroll bars side by side and cut a row in half."""
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        shown = [row for row in range(self.count()) if not self.isRowHidden(row)]
        rows = sum(self.sizeHintForRow(row) for row in shown)
        self.setFixedHeight(rows + 2 * self.frameWidth() if shown else 0)


class Section(QWidget):
    """A heading with its rows, or a friendly sentence when there are none; as tall as its content.
    With a cap, only the first rows show until the leader asks for all of them."""

    def __init__(self, heading: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cap: int | None = None
        self._showing_all = False
        self._more_labels = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.heading = QLabel(heading)
        set_role(self.heading, "h2")
        self.heading.setWordWrap(True)
        self.list = RowList(accessible_name)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        set_role(self.empty, "help")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QStackedWidget()
        self.body.addWidget(self.list)
        self.body.addWidget(self.empty)
        self.more = QPushButton()
        self.more.hide()
        self.more.clicked.connect(self._toggle_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def finish(self, cap: int | None = None, show_all: str = "", show_fewer: str = "") -> None:
        """Show the rows, or the empty sentence when there are none. With a cap and more rows than it,
        the first `cap` rows show and a button labelled `show_all` shows the rest (then `show_fewer`).
        Whether all are shown is kept when the rows are read again."""
        self._cap = cap
        self._more_labels = (show_all, show_fewer)
        self._show_rows()
        self.body.setCurrentWidget(self.list if self.list.count() else self.empty)

    def hidden_rows(self) -> int:
        return sum(1 for row in range(self.list.count()) if self.list.isRowHidden(row))

    def _show_rows(self) -> None:
        count = self.list.count()
        over = self._cap is not None and count > self._cap
        for row in range(count):
            self.list.setRowHidden(row, over and not self._showing_all and row >= self._cap)
        if self.list.currentRow() >= 0 and self.list.isRowHidden(self.list.currentRow()):
            self.list.setCurrentRow(-1)  # Enter must not open a row the leader cannot see
        self.more.setVisible(over)
        self.more.setText(self._more_labels[1] if self._showing_all else self._more_labels[0])
        self.list.fit_all()

    def _toggle_all(self) -> None:
        self._showing_all = not self._showing_all
        self._show_rows()
