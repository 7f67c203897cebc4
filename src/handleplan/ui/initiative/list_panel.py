"""The list of initiatives: title, the current cycle's PDSA wheel and status; new, reorder and delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.ui.context import AppContext
from handleplan.ui.initiative.dialogue_panel import script_menu
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.initiative.icons import wheel_icon
from handleplan.ui.initiative.rows import short
from handleplan.ui.widgets.phase_wheel import phase_name

if TYPE_CHECKING:
    from handleplan.models import Initiative

ID_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
PHASE_ROLE = Qt.ItemDataRole.UserRole + 2
ICON = 22
PAD = 6


def _move_initiative(store, initiative, index: int) -> None:  # noqa: ANN001
    """Imported on the first move."""
    from handleplan.ops.initiatives import move_initiative

    move_initiative(store, initiative, index)


class InitiativeDelegate(QStyledItemDelegate):
    """Wheel on the left, the title wrapped (never cut off), and a quiet line with cycle, phase and status."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        return max(60, width - ICON - 4 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        width = self._text_width(option)
        title = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, index.data() or ""
        )
        sub = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, index.data(SUBTITLE_ROLE) or ""
        )
        return QSize(width, max(ICON, title.height() + sub.height() + 2) + 2 * PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: ANN001
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        # Background and selection the style's own way, then our text on top.
        opt.text = ""
        opt.icon = type(opt.icon)()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + PAD, rect.top() + PAD, ICON, ICON))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_colour = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        sub_colour = (
            text_colour if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        left = rect.left() + ICON + 2 * PAD
        width = self._text_width(option)
        fm = option.fontMetrics
        title = index.data() or ""
        title_rect = fm.boundingRect(
            QRect(left, rect.top() + PAD, width, 10_000), Qt.TextFlag.TextWordWrap, title
        )
        painter.save()
        painter.setPen(text_colour)
        painter.drawText(
            QRect(left, rect.top() + PAD, width, title_rect.height()), Qt.TextFlag.TextWordWrap, title
        )
        painter.setPen(sub_colour)
        painter.drawText(
            QRect(left, rect.top() + PAD + title_rect.height() + 2, width, rect.height()),
            Qt.TextFlag.TextWordWrap,
            index.data(SUBTITLE_ROLE) or "",
        )
        painter.restore()


class InitiativeList(QWidget):
    """Emits `current_changed(id or None)`; reorders and deletes through the core operations itself."""

    current_changed = Signal(object)  # the leader picked another initiative (id or None)
    list_changed = Signal(object)  # order or membership changed; the id to show afterwards
    new_requested = Signal()
    new_from_script = Signal(str)  # a new initiative with a drejebog as its template (the script's key)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._by_id: dict[int, Initiative] = {}
        self.count_label = help_label()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Tiltag"))
        self.list.setItemDelegate(InitiativeDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.model().rowsMoved.connect(self._dropped)

        self.new_button = QPushButton(self.tr("Nyt tiltag"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_requested.emit)
        # Beside it, the same with one of the course's drejebøger as the template.
        self.template_button = QPushButton(self.tr("Fra drejebog"))
        self.template_button.setObjectName("new-from-script")
        self.template_button.setToolTip(self.tr("Nyt tiltag ud fra en af kursets drejebøger"))
        self.template_button.setAccessibleName(self.template_button.toolTip())
        self.template_button.setMenu(script_menu(ctx, self.template_button, self.new_from_script.emit))
        self.up_button = self._tool(
            self.tr("↑"), self.tr("Flyt tiltaget op (Alt+Pil op)"), lambda: self.move(-1)
        )
        self.down_button = self._tool(
            self.tr("↓"), self.tr("Flyt tiltaget ned (Alt+Pil ned)"), lambda: self.move(1)
        )
        self.delete_button = self._tool(
            self.tr("Slet"), self.tr("Slet tiltaget (kan fortrydes)"), self.delete_current
        )
        for keys, slot in (
            ("Alt+Up", lambda: self.move(-1)),
            ("Alt+Down", lambda: self.move(1)),
            (QKeySequence.StandardKey.Delete, self.delete_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        # After a delete: say what went, with a way back (Ctrl+Z does the same).
        self.undo_bar = QWidget()
        self.undo_text = help_label()
        undo_button = QPushButton(self.tr("Fortryd"))
        undo_button.clicked.connect(self._undo)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(undo_button)
        self.undo_bar.hide()
        self._undo_index = -1
        self._deleted_id: int | None = None
        ctx.undo_stack.indexChanged.connect(self._stack_moved)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = heading(self.tr("Tiltag"), "h1")
        title.setBuddy(self.list)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)

    def _tool(self, text: str, tip: str, slot) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- showing --------------------------------------------------------------------------------
    def show_initiatives(self, initiatives: list[Initiative], current_id: int | None) -> None:
        """Rebuild the items (cheap: items, not widgets) and keep the selection without signalling it."""
        statuses = self.ctx.content.statuses
        self._by_id = {i.id: i for i in initiatives}
        same_order = [i.id for i in initiatives] == [
            self.list.item(r).data(ID_ROLE) for r in range(self.list.count())
        ]
        scrolled = self.list.verticalScrollBar().value()
        icons: dict[object, QIcon] = {}  # one wheel per phase, not one per row
        self.list.blockSignals(True)
        try:
            if not same_order:
                self.list.clear()
            for row, initiative in enumerate(initiatives):
                cycle = initiative.current_cycle
                parts = [
                    self.tr("Cyklus %1 · %2")
                    .replace("%1", str(cycle.number))
                    .replace("%2", phase_name(cycle.phase))
                    if cycle
                    else self.tr("Ingen cyklus"),
                    statuses.get(initiative.status.value, initiative.status.value),
                ]
                if initiative.private:
                    parts.append(self.tr("Privat"))
                subtitle = " · ".join(parts)
                # While typing, each save refreshes the list: update items in place so nothing jumps.
                item = self.list.item(row) if same_order else QListWidgetItem()
                phase = cycle.phase if cycle else None
                # Only touch what changed: every change makes the view measure and repaint the row.
                unchanged = (
                    same_order
                    and item.text() == initiative.title
                    and item.data(SUBTITLE_ROLE) == subtitle
                    and item.data(PHASE_ROLE) == phase
                )
                if not unchanged:
                    if phase not in icons:
                        icons[phase] = wheel_icon(phase, ICON)
                    item.setIcon(icons[phase])
                    item.setText(initiative.title)
                    item.setData(ID_ROLE, initiative.id)
                    item.setData(PHASE_ROLE, phase)
                    item.setData(SUBTITLE_ROLE, subtitle)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{initiative.title}, {subtitle}")
                    item.setToolTip(f"{initiative.title}\n{subtitle}")
                if not same_order:
                    self.list.addItem(item)
                if initiative.id == current_id and self.list.currentItem() is not item:
                    self.list.setCurrentItem(item)
            if current_id not in self._by_id:
                self.list.setCurrentRow(-1)
        finally:
            self.list.blockSignals(False)
        self.list.verticalScrollBar().setValue(scrolled)
        if not same_order and current_id in self._by_id:
            self.list.scrollToItem(self.list.currentItem())
        n = len(initiatives)
        self.count_label.setText(self.tr("%n tiltag", "", n) if n else self.tr("Ingen tiltag endnu"))
        self._enable()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, initiative_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == initiative_id:
                self.list.setCurrentRow(row)
                return

    def _enable(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.delete_button.setEnabled(row >= 0)

    def _current_changed(self, *_args: object) -> None:
        self._enable()
        self.current_changed.emit(self.current_id())

    # -- actions --------------------------------------------------------------------------------
    def move(self, step: int) -> None:
        row = self.list.currentRow()
        initiative = self._by_id.get(self.current_id())  # type: ignore[arg-type]
        if initiative is None or not 0 <= row + step < self.list.count():
            return
        self.ctx.call(_move_initiative, self.ctx.store, initiative, row + step)
        self.list_changed.emit(initiative.id)

    def _dropped(self, *_args: object) -> None:
        # Qt has already moved the item; tell the store after the drop finishes, not inside it.
        moved_id = self.current_id()
        order = [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]
        if moved_id in order and moved_id in self._by_id:
            QTimer.singleShot(0, lambda: self._store_drop(moved_id, order.index(moved_id)))

    def _store_drop(self, initiative_id: int, index: int) -> None:
        initiative = self._by_id.get(initiative_id)
        if initiative is not None:
            self.ctx.call(_move_initiative, self.ctx.store, initiative, index)
            self.list_changed.emit(initiative_id)

    def delete_current(self) -> None:
        initiative = self._by_id.get(self.current_id())  # type: ignore[arg-type]
        if initiative is None:
            return
        title = short(initiative.title)
        row = self.list.currentRow()
        neighbour = self.list.item(row + 1) or self.list.item(row - 1)
        next_id = neighbour.data(ID_ROLE) if neighbour is not None else None
        # Show the neighbour first, so the editor lets go of the initiative before it is deleted.
        self.current_changed.emit(next_id)
        self._deleted_id = initiative.id
        self.ctx.delete(initiative, self.tr("Slet tiltag »%1«").replace("%1", title))
        self.undo_text.setText(self.tr("Tiltaget »%1« er slettet.").replace("%1", title))
        self.undo_bar.show()
        self._undo_index = self.ctx.undo_stack.index()
        self.list_changed.emit(next_id)

    def _undo(self) -> None:
        self.undo_bar.hide()
        self.ctx.undo_stack.undo()
        self.list_changed.emit(self._deleted_id)

    def _stack_moved(self, index: int) -> None:
        if index != self._undo_index:
            self.undo_bar.hide()

    def _menu(self, pos) -> None:  # noqa: ANN001
        if self.list.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Flyt op"), lambda: self.move(-1)).setEnabled(self.up_button.isEnabled())
        menu.addAction(self.tr("Flyt ned"), lambda: self.move(1)).setEnabled(self.down_button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.tr("Slet tiltag"), self.delete_current)
        menu.exec(self.list.viewport().mapToGlobal(pos))
