"""Draws one line of the reflection log: the title in bold, the date and milestone below, a padlock if private."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from handleplan.ui.reflection.log_model import ReflectionLogModel
from handleplan.ui.widgets.lock_icon import paint_lock

Index = QModelIndex | QPersistentModelIndex


class ReflectionLogDelegate(QStyledItemDelegate):
    """Sizes come from the font, so rows grow with the system's text size and scaling."""

    def _pad(self, option: QStyleOptionViewItem) -> int:
        return max(4, option.fontMetrics.height() // 3)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        pad = self._pad(option)
        return QSize(metrics.averageCharWidth() * 24, 2 * metrics.lineSpacing() + 2 * pad + pad // 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the selection and focus; we draw the text
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        muted = opt.palette.color(group, text_role if selected else QPalette.ColorRole.PlaceholderText)

        pad = self._pad(opt)
        rect = opt.rect.adjusted(pad * 2, pad, -pad * 2, -pad)
        metrics = opt.fontMetrics
        private = bool(index.data(ReflectionLogModel.PrivateRole))
        lock_side = metrics.height()
        if private:
            lock_rect = QRectF(rect.right() - lock_side, rect.top(), lock_side, lock_side)
            paint_lock(painter, lock_rect, muted)
            rect.setRight(rect.right() - lock_side - pad)

        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.lineSpacing())
        title = QFontMetrics(bold).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            title_rect.width(),
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

        painter.setFont(opt.font)
        painter.setPen(muted)
        sub_rect = title_rect.translated(0, metrics.lineSpacing())
        subtitle = metrics.elidedText(
            str(index.data(ReflectionLogModel.SubtitleRole) or ""),
            Qt.TextElideMode.ElideRight,
            sub_rect.width(),
        )
        painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
        painter.restore()
