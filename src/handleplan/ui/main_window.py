"""The main window: navigation, the screens, menus and shortcuts, and the "Gemt" status."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handleplan.ops.overview import read_profile
from handleplan.ui.context import AppContext
from handleplan.ui.screen import Screen
from handleplan.ui.style import NAV_SHEET
from handleplan.ui.widgets.fit import FRAME_ROOM_H, fit_to_screen
from handleplan.ui.widgets.reminder import MilestoneReminder
from handleplan.ui.window_errands import Errands

# (key, module, class). Screens are imported and built the first time they are shown, so start-up
# pays only for the one the leader sees first.
SCREENS: tuple[tuple[str, str, str], ...] = (
    ("overview", "handleplan.ui.screens.overview", "OverviewScreen"),
    ("initiatives", "handleplan.ui.screens.initiatives", "InitiativesScreen"),
    ("reflections", "handleplan.ui.screens.reflections", "ReflectionsScreen"),
    ("trio", "handleplan.ui.screens.trio", "TrioScreen"),
    ("timeline", "handleplan.ui.screens.timeline", "TimelineScreen"),
    ("tools", "handleplan.ui.screens.tools", "ToolsScreen"),
)
SCREEN_KEYS = tuple(key for key, _m, _c in SCREENS)


def key_sequences(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Every shortcut for `keys` (Qt's portable text such as "Ctrl+Shift+Z", or a standard key with all
    the platform's bindings for it), each once. On macOS, KDE and GNOME the platform's Redo already is
    Ctrl+Shift+Z, and an action holding the same sequence twice makes Qt call the shortcut ambiguous
    and trigger nothing."""
    found: list[QKeySequence] = []
    for key in keys:
        made = QKeySequence.listFromString(key) if isinstance(key, str) else QKeySequence.keyBindings(key)
        found += [each for each in made if not each.isEmpty() and each not in found]
    return found


class Waiting(Screen):
    """Stands in for the screen the leader left until the store is open (see `MainWindow._wait_for_store`)."""

    def __init__(self, ctx: AppContext, key: str, title: str) -> None:
        super().__init__(ctx)
        self.key = key  # saved as the window's screen if the leader closes it now
        self._title = title
        label = QLabel(self.tr("%1 åbner …").replace("%1", title), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setEnabled(False)

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        """Nothing to read: the real screen reads once it is built."""


class MainWindow(Errands, QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main-window")
        # Small enough for 1280×720 at 125 % (1024×576 left for the window, less its panels and bar).
        self.setMinimumSize(760, 480)
        self.screens: dict[str, Screen] = {}  # built so far
        self.waiting_for: Waiting | None = None  # the placeholder of a screen waiting for the store

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(NAV_SHEET)
        self.nav.setAccessibleName(self.tr("Skærme"))
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget()
        titles = self.nav_titles()
        for key in SCREEN_KEYS:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        self.splitter = QSplitter()
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status for gemning"))
        self.statusBar().addPermanentWidget(self.status)
        self.reminder = MilestoneReminder(ctx)
        self.reminder.export_requested.connect(self.export_pdf)
        self.statusBar().addWidget(self.reminder, 1)
        ctx.changed.connect(self.reminder.milestones_changed)
        # After the first paint (a quiet line, not in the way); the reminder as context, so a window closed and
        # deleted before the event loop turns is not touched.
        QTimer.singleShot(0, self.reminder, self.reminder.check)
        self._show_saved(initial=True)
        ctx.saved.connect(self._show_saved)
        ctx.error.connect(self._show_error)
        ctx.navigate.connect(self.open_screen)
        ctx.changed.connect(lambda _t: self._update_title())

        self._make_actions()
        self._update_title()
        self._restore_state()

    # -- actions and menus ----------------------------------------------------------------------
    def _make_actions(self) -> None:
        ctx = self.ctx
        undo = ctx.undo_stack.createUndoAction(self, self.tr("Fortryd"))
        undo.setShortcuts(key_sequences(QKeySequence.StandardKey.Undo))
        redo = ctx.undo_stack.createRedoAction(self, self.tr("Gentag"))
        redo.setShortcuts(key_sequences("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo))

        def action(text: str, shortcut: str | QKeySequence.StandardKey | None, slot) -> QAction:  # noqa: ANN001
            # QAction(text, parent) would make PySide6 check the QIcon overload, building the QIcon
            # type and its 151 theme-icon names before the first paint; QAction(parent) does not.
            act = QAction(self)
            act.setText(text)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_initiative_action = action(self.tr("Nyt tiltag"), "Ctrl+N", self.new_initiative)
        self.new_reflection_action = action(self.tr("Ny refleksion"), "Ctrl+R", self.new_reflection)
        self.export_action = action(self.tr("Eksportér PDF …"), "Ctrl+E", self.export_pdf)
        self.export_all_action = action(
            self.tr("Eksportér hele handleplanen …"), None, self.export_whole_plan
        )
        self.calendar_action = action(self.tr("Eksportér kalender (.ics) …"), None, self.export_calendar)
        self.import_action = action(self.tr("Hent handleplan fra fil …"), None, self.import_plan)
        self.restore_action = action(self.tr("Gendan fra sikkerhedskopi …"), None, self.restore_backup)
        self.search_action = action(self.tr("Søg …"), "Ctrl+F", self.search)
        self.settings_action = action(self.tr("Indstillinger …"), "Ctrl+,", lambda: self.open_settings())
        quit_action = action(self.tr("Luk Handleplan"), "Ctrl+Q", self.close)

        file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        for act in (
            self.new_initiative_action,
            self.new_reflection_action,
            self.export_action,
            self.calendar_action,
        ):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.export_all_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Redigér"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        view_menu = self.menuBar().addMenu(self.tr("&Vis"))
        titles = self.nav_titles()
        for number, key in enumerate(SCREEN_KEYS, start=1):
            act = action(titles[key], f"Ctrl+{number}", lambda _c=False, k=key: self.open_screen(k))
            view_menu.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        self.about_data_action = action(self.tr("Om dine data …"), None, self.open_about_data)
        help_menu.addAction(self.about_data_action)
        self.protection_action = action(self.tr("Beskyt med adgangskode …"), None, self.open_protection)
        help_menu.addAction(self.protection_action)
        help_menu.addSeparator()  # the one that cannot be undone stands apart, last
        self.forget_action = action(self.tr("Slet alle mine data …"), None, self.open_forget)
        help_menu.addAction(self.forget_action)

        toolbar = self.addToolBar(self.tr("Værktøjslinje"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (
            self.new_initiative_action,
            self.new_reflection_action,
            self.search_action,
            self.export_action,
        ):
            toolbar.addAction(act)

    def nav_titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overblik"),
            "initiatives": self.tr("Tiltag"),
            "reflections": self.tr("Refleksioner"),
            "trio": self.tr("TRIO"),
            "timeline": self.tr("Forløb"),
            "tools": self.tr("Værktøjer"),
        }

    # -- navigation -----------------------------------------------------------------------------
    def screen(self, key: str) -> Screen:
        """The screen for `key`, built on first use."""
        if key not in self.screens:
            import importlib

            module, cls_name = next((m, c) for k, m, c in SCREENS if k == key)
            screen_cls = getattr(importlib.import_module(module), cls_name)
            screen = screen_cls(self.ctx)
            self.screens[key] = screen
            self.stack.addWidget(screen)
        return self.screens[key]

    def _show_row(self, row: int) -> None:
        self.ctx.flush()  # every screen change saves what was typed
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        screen = self.screen(key)
        self.stack.setCurrentWidget(screen)
        self.reminder.set_quiet(key == "overview")
        screen.show_fresh()

    def open_screen(self, key: str, target: dict | None = None) -> Screen:
        if key not in SCREEN_KEYS:
            key = SCREEN_KEYS[0]
        row = SCREEN_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        screen = self.screen(key)
        if target:
            screen.show_target(target)
        return screen

    def current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def new_initiative(self) -> None:
        self.open_screen("initiatives").new_initiative()  # type: ignore[attr-defined]

    def new_reflection(self) -> None:
        self.open_screen("reflections").ask_new_reflection()  # type: ignore[attr-defined]

    # -- status ---------------------------------------------------------------------------------
    def _show_saved(self, initial: bool = False) -> None:
        self.status.setStyleSheet("")
        self.statusBar().clearMessage()  # an error a retry has now saved past must not linger
        if initial:
            self.status.setText(self.tr("Alt er gemt"))
        else:
            time = QTime.currentTime().toString("HH:mm")
            self.status.setText(self.tr("Gemt kl. %1").replace("%1", time))

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #c0392b; font-weight: 600;")
        self.status.setText(message)
        self.statusBar().showMessage(message, 15000)

    def _update_title(self) -> None:
        name = read_profile(self.ctx.db_path).name.strip()
        self.setWindowTitle(self.tr("Handleplan – %1").replace("%1", name) if name else self.tr("Handleplan"))

    # -- window state ---------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """The first start: 1200×780 where there is room, otherwise what the screen has free beside its
        panels and task bar (1280×720 at 125 % leaves about 1024×540), centred."""
        fit_to_screen(self, 1200, 780)
        screen = QWidget.screen(self) or QGuiApplication.primaryScreen()  # self.screen(key) is ours
        if screen is not None:
            room, size = screen.availableGeometry(), self.size()
            top = max(0, (room.height() - size.height() - FRAME_ROOM_H) // 2)
            self.move(room.x() + (room.width() - size.width()) // 2, room.y() + top)

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.value("window/geometry")
        if not (
            isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        ):
            self._fit_to_screen()
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = str(s.value("window/screen", "overview"))
        if last in SCREEN_KEYS[1:] and not self.ctx.store_is_open:
            self._wait_for_store(last)
        else:
            self.open_screen(last)

    def _wait_for_store(self, key: str) -> None:
        """The leader left another screen than the Overblik: it reads through the store, which opens once
        SQLAlchemy has loaded after the first paint. Until then a calm line stands in its place, so no
        key or click acts on anything half-read; `open_waiting_screen` then builds the screen."""
        self.waiting_for = Waiting(self.ctx, key, self.nav_titles()[key])
        self.stack.addWidget(self.waiting_for)
        self.stack.setCurrentWidget(self.waiting_for)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(SCREEN_KEYS.index(key))
        self.nav.blockSignals(False)

    def open_waiting_screen(self) -> None:
        """The store is open: the screen the placeholder stood in for takes its place (unless the leader
        has gone elsewhere meanwhile)."""
        waiting, self.waiting_for = self.waiting_for, None
        if waiting is None:
            return
        if self.stack.currentWidget() is waiting:
            self._show_row(SCREEN_KEYS.index(waiting.key))
        self.stack.removeWidget(waiting)
        waiting.deleteLater()

    def save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/screen", self.current_screen().key)
        for screen in self.screens.values():
            save = getattr(screen, "save_state", None)
            if save:
                save(s)
        s.sync()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # A window left open for days still hears that a milestone has come near, when she comes back to it.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reminder.check()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ctx.forgotten:  # everything is deleted: saving the window's place would make settings again
            super().closeEvent(event)
            return
        unsaved = self.ctx.flush()
        if unsaved:  # a write failed, and the last try too: ask before the text goes
            from handleplan.ui.dialogs.unsaved import UnsavedBox

            if not UnsavedBox(unsaved, self).may_close():
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
