"""The running app: one store, one context, the main window, the welcome on first start, idle upkeep."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from handleplan.errors import HandleplanError, StoreLeftoverError
from handleplan.ops.overview import read_profile
from handleplan.store.files import ensure_private_dir
from handleplan.store.preload import OrmLoader
from handleplan.store.schema import HEAD_REVISION, read_revision
from handleplan.ui.app import Language
from handleplan.ui.context import AppContext
from handleplan.ui.idle_lock import IdleLock
from handleplan.ui.main_window import MainWindow
from handleplan.ui.single_instance import Other, SingleInstance

CHECKPOINT_INTERVAL_MS = 5 * 60 * 1000


DB_NAME = "handleplan.db"
WARM_UP_DELAY_MS = 250
# Between the warm-up's steps, each of which holds the window at most about 120 ms: room for a click.
WARM_UP_STEP_MS = 100
# How often the UI thread looks whether the worker has imported the ORM (see store/preload.py).
LOADER_POLL_MS = 20
# Hidden rows built ahead for each list of rows in the editors: a cycle has a handful of questions,
# tasks and observations, and each row costs a millisecond or two to build and lay out.
SPARE_ROWS = 6


class FirstPaint(QObject):
    """Calls `done` once, right after `widget` has been painted for the first time."""

    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self._done = done
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._done)
        return False


class AppController:
    """`store` is an open Store, or a function that opens it (see `store_opener`)."""

    def __init__(
        self,
        app: QApplication,
        store,
        settings: QSettings,
        language: Language,  # noqa: ANN001
        db_path: Path | None = None,
    ) -> None:
        self.app = app
        self.language = language
        self.loader = OrmLoader()
        if callable(store):
            opener = store

            def open_when_loaded():  # noqa: ANN202
                self.loader.wait()  # never import the ORM on two threads at once
                return opener()

            store = open_when_loaded
        self.ctx = AppContext(store, language.lang, settings, db_path=db_path)
        self.ctx.language_changed.connect(self.switch_language)
        self.ctx.plan_replaced.connect(self.rebuild_window)
        self.ctx.forget_requested.connect(self.forget_everything)
        self.window: MainWindow | None = None
        self.closed = False  # after shutdown(): no more warm-up work on the closed store
        self.forgotten = False  # after forget_everything(): nothing is written on the way out
        self.warmed_up = False  # the current window's other screens and spare rows are all built
        # Fold the -wal into the main file now and then, so a -wal lost later costs nothing.
        self.checkpoint_timer = QTimer()
        self.checkpoint_timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self.checkpoint_timer.timeout.connect(self._idle_checkpoint)
        self.checkpoint_timer.start()
        from handleplan.ui.backup_timer import BackupTimer

        self.backups = BackupTimer(self.ctx)
        self.ctx.before_store_closes.append(self.backups.pool.waitForDone)

    def show(self, welcome: bool = True, on_painted: Callable[[], None] | None = None) -> MainWindow:
        """Show the main window; `on_painted` runs once it has painted for the first time."""
        self.window = MainWindow(self.ctx)
        window = self.window
        IdleLock(self.ctx, window)  # a protected plan hides itself after the chosen idle time

        def painted() -> None:
            if on_painted is not None:
                on_painted()
            # After whatever the first paint was waited for (the start-up figure): SQLAlchemy is imported
            # on a worker thread while the window goes on answering, then the store opens and the screen
            # the leader left (a placeholder until then) is built. Anything that needs the store sooner
            # waits for the worker (`open_when_loaded`).
            if not self.ctx.store_is_open and self._still_showing(window):
                self.loader.start()
            QTimer.singleShot(0, lambda: self._read_when_loaded(window))

        FirstPaint(window, painted)
        window.show()
        if welcome and not read_profile(self.ctx.db_path).onboarded:
            QTimer.singleShot(0, self.show_welcome)
        # Whatever the first screen is (the one the leader left last time, say), the others are built
        # after the first paint, not when the leader first goes to them.
        self._schedule_warm_up()
        return self.window

    def _read_when_loaded(self, window: MainWindow) -> None:
        if self.loader.loading:
            QTimer.singleShot(LOADER_POLL_MS, lambda: self._read_when_loaded(window))
            return
        self._read_through_store(window)

    def _read_through_store(self, window: MainWindow) -> None:
        """Open the store and build the screen the leader left, which waited behind a placeholder."""
        if self._still_showing(window):
            self.ctx.store  # noqa: B018 - opens it
            window.open_waiting_screen()

    def _schedule_warm_up(self) -> None:
        self.warmed_up = False
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        """Open the store, then build the other screens one at a time while the leader reads the
        Overblik, so that the first visit to each is as quick as the later ones. Then build a few
        hidden rows for each list of rows in the editors, so that the first cycle shown in each phase
        does not build its questions, tasks or observations while the leader waits."""
        window = self.window
        if not self._still_showing(window):
            return
        if self.loader.loading:  # opening the store now would hold the window until the worker is done
            QTimer.singleShot(LOADER_POLL_MS, self._warm_up)
            return
        self.ctx.store  # noqa: B018 - opening the store (and importing SQLAlchemy) is the first step
        # Normally done right after the first paint; a window that has not painted (started minimised)
        # still gets the screen it waits for here.
        self._read_through_store(window)
        from handleplan.ui.initiative.rows import RowList
        from handleplan.ui.main_window import SCREENS

        # Each screen in three short steps rather than one long one (Tiltag's was some 300 ms): a click
        # or key between them waits less.
        steps: list[Callable[[], object]] = []
        for key, module, _class in SCREENS:
            if key not in window.screens:
                steps += [
                    lambda module=module: importlib.import_module(module),
                    lambda key=key: window.screen(key),
                    # Built and filled once while hidden: rows made now are reused on the first visit.
                    lambda key=key: window.screen(key).show_fresh(),
                ]
        row_lists: list[RowList] | None = None

        def build_next() -> None:
            nonlocal row_lists
            if not self._still_showing(window):
                return
            if QApplication.activeModalWidget() is not None:
                # Not while the leader writes in a dialog (the welcome on the first start): building a
                # screen holds everything for a moment.
                QTimer.singleShot(WARM_UP_DELAY_MS, build_next)
                return
            if steps:
                steps.pop(0)()
            else:
                if row_lists is None:  # the screens' own lists, not those of a dialog closed long ago
                    row_lists = [
                        rows for screen in window.screens.values() for rows in screen.findChildren(RowList)
                    ]
                if not row_lists:
                    self.warmed_up = True
                    return
                row_lists.pop().reserve(SPARE_ROWS)
            QTimer.singleShot(WARM_UP_STEP_MS, build_next)

        QTimer.singleShot(WARM_UP_DELAY_MS, build_next)

    def _still_showing(self, window: MainWindow | None) -> bool:
        """For work queued on a timer: the app is running and `window` is still its window, on screen.
        A window closed and deleted in the meantime (its Qt side gone) counts as not showing."""
        return (
            not self.closed
            and window is not None
            and window is self.window
            and shiboken6.isValid(window)
            and window.isVisible()
        )

    def show_welcome(self) -> None:
        from handleplan.ui.dialogs.welcome import WelcomeDialog

        WelcomeDialog(self.ctx, self.window).exec()
        if self.window is not None:
            self.window.current_screen().refresh()

    def switch_language(self, lang: str) -> None:
        """Rebuild the window in the new language; everything it shows comes from the store anyway."""
        if lang == self.ctx.lang or self.window is None:
            return
        self.ctx.flush()
        self.window.save_state()
        old = self.window
        self.language.switch(lang)
        self.ctx.lang = lang
        self.ctx.settings.setValue("ui/lang", lang)
        from handleplan.ops.timeline import follow_language

        # Milestones still named as the course named them read in the new language ("TRIO meeting").
        self.ctx.call(follow_language, self.ctx.store, lang)
        self._new_window(old)

    def rebuild_window(self, told: str = "") -> None:
        """The file holds another plan (a restore): every screen is built again from it, as after a
        language switch, rather than each widget finding out that its records are gone. Then `told` is
        said over the new window (not blocking: the old window's code that asked is still returning)."""
        if self.window is None or self.closed:
            return
        self.window.save_state()
        self._new_window(self.window)
        if told:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, "Handleplan", told, parent=self.window)
            box.setObjectName("plan-replaced")
            box.open()

    def _new_window(self, old: MainWindow) -> None:
        self.window = MainWindow(self.ctx)
        IdleLock(self.ctx, self.window)
        self.window.show()
        old.hide()
        old.deleteLater()
        self._schedule_warm_up()  # the new window's other screens

    def bring_to_front(self) -> bool:
        """A second start asked for the window (see `single_instance`): un-minimise, raise, activate – and
        the dialog the leader has open in it, if any. False while there is no window to show yet."""
        window = self.window
        if self.closed or window is None or not shiboken6.isValid(window):
            return False
        if window.windowState() & Qt.WindowState.WindowMinimized:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not window:
            dialog.raise_()
            dialog.activateWindow()
        return True

    def _idle_checkpoint(self) -> None:
        if self.ctx.store_is_open:
            self.ctx.flush()
            self.ctx.store.checkpoint()

    def forget_everything(self) -> None:
        """Slet alle mine data, confirmed with SLET (ui/dialogs/forget.py): stop everything that writes,
        close the store, delete what store/forget.py lists, say what went – and close the app.

        Closing rather than a fresh start at the welcome: a fresh start would at once write a new plan
        file, settings and a log into the folder she has just emptied, so "alt er slettet" would not be
        true when she looks. A leader deleting everything is done (the course is over, the laptop goes
        back); if not, opening Handleplan again is the fresh start, and the welcome greets her there."""
        from handleplan.store.forget import forget
        from handleplan.ui.dialogs.forget import ForgottenBox

        folder = self.ctx.db_path.parent
        self.closed = self.forgotten = True
        self.checkpoint_timer.stop()
        self.backups.stop()
        self.loader.wait()
        self.ctx.forget()
        if self.ctx.store_is_open:
            self.ctx.store.close()
        self.ctx.settings.sync()  # nothing left pending that could write the file again once it is gone
        result = forget(folder)
        window = self.window
        ForgottenBox(result, window).exec()
        if window is not None and shiboken6.isValid(window):
            window.close()
        self.app.quit()

    def shutdown(self) -> None:
        if self.forgotten:  # no exit backup of a plan she deleted, no store left to close
            return
        self.closed = True
        self.checkpoint_timer.stop()
        self.loader.wait()  # a worker still importing is let finish: at most a moment after a quick close
        if self.ctx.store_is_open:
            self.ctx.flush()
            self.backups.at_exit()
            self.ctx.store.close()


def store_opener(folder: Path, lang: str, parent=None):  # noqa: ANN001, ANN201
    """An open Store, or – when the file is already current – a function that opens it later, so the
    window can paint first. None (after explaining in a dialog) for a newer or damaged file."""
    ensure_private_dir(folder)
    from handleplan.store import connect

    path = folder / DB_NAME
    if connect.is_protected(path) and connect.key_for(path) is None:
        # A protected store (or bytes that are no database at all): the passphrase before anything reads.
        from handleplan.ui.dialogs.unlock import ask_at_start

        if not ask_at_start(path, parent):
            return None
        from handleplan.store.protect import tidy

        tidy(folder)  # a change cut short by a crash leaves no plain backup beside the protected store
    from handleplan.store.health import damage_at_start

    # Before anything reads the file – the first paint included: a damaged store is never opened.
    damage = damage_at_start(folder)
    if damage is not None:
        from handleplan.ui.damaged_start import recover_damaged

        return recover_damaged(folder, damage, lang, parent)
    path = folder / DB_NAME
    try:
        current = read_revision(path) == HEAD_REVISION
    except Exception:  # noqa: BLE001 - a damaged file: let Store.open say what is wrong
        current = False
    if current:

        def open_later():  # noqa: ANN202
            from handleplan.store import Store

            return Store.open(folder)

        return open_later
    return open_store_or_explain(folder, lang, parent)


def open_store_or_explain(folder: Path, lang: str, parent=None):  # noqa: ANN001, ANN201
    """Open the store; a newer or damaged file is explained in a dialog and left untouched."""
    from handleplan.store import Store

    try:
        return Store.open(folder)
    except StoreLeftoverError as exc:
        return recover_leftover(folder, exc, lang, parent)
    except HandleplanError as exc:
        from PySide6.QtWidgets import QMessageBox  # only when something is wrong: not before the first paint

        QMessageBox.critical(parent, "Handleplan", exc.message(lang))
        return None


def recover_leftover(folder: Path, exc: StoreLeftoverError, lang: str, parent=None):  # noqa: ANN001, ANN201
    """An empty file or an orphan -wal: moved aside (never deleted), said so, and the newest good backup
    offered; with none, or if she says no, a new empty plan beside the files moved aside."""
    from PySide6.QtWidgets import QMessageBox

    from handleplan.errors import MESSAGES
    from handleplan.say import say
    from handleplan.store import Store
    from handleplan.store.recovery import move_aside, newest_good_backup, restore_backup

    moved = move_aside(folder, exc.kind.replace("_", "-"))
    text = say(
        MESSAGES, "store_moved_aside", lang, what=exc.message(lang), folder=str(folder),
        names=", ".join(p.name for p in moved),
    )  # fmt: skip
    backup = newest_good_backup(folder)
    if backup is None:
        QMessageBox.warning(parent, "Handleplan", text + "\n\n" + say(MESSAGES, "no_backup", lang))
    else:
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        offer = say(MESSAGES, "offer_backup", lang, when=when)
        answer = QMessageBox.question(parent, "Handleplan", text + "\n\n" + offer)
        if answer == QMessageBox.StandardButton.Yes:
            restore_backup(backup, folder)
    try:
        return Store.open(folder)
    except HandleplanError as again:
        QMessageBox.critical(parent, "Handleplan", again.message(lang))
        return None


def take_lock(folder: Path) -> SingleInstance | None:
    """One running Handleplan per data folder: two writers on one file is how SQLite files get hurt.
    None when another instance answers (it has been asked to show its window)."""
    instance = SingleInstance(folder)
    return instance if instance.claim() is Other.NONE else None
