"""The automatic lock of a protected plan: after the chosen idle time (Hjælp → "Beskyt med adgangskode …",
kept in QSettings) the window's content is hidden until the passphrase is given again.

Idle means no key press, click or wheel in the app. What she typed is saved first; the window keeps its
place and size, only its content, menus, toolbar and status bar are hidden behind the calm question (ui/dialogs/
unlock.py). Quitting from there closes the app the usual way, so nothing unsaved is lost either. While
another dialog is open the lock waits for it to close (hiding a dialog in its own loop would end it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStatusBar, QToolBar

from handleplan.store import connect
from handleplan.ui.context import AppContext

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
CHECK_MS = 30_000  # how often the setting is looked at again (she may have just changed it)
# The setting lives here, not with its dialog: the lock is made at every start, before the first paint,
# and the passphrase dialog need not be imported for that.
LOCK_SETTING = "protection/lock_after_minutes"  # 0: never
LOCK_CHOICES = (0, 5, 15, 30, 60)


def lock_minutes(ctx: AppContext) -> int:
    try:
        value = int(ctx.settings.value(LOCK_SETTING, 0))
    except (TypeError, ValueError):
        return 0
    return value if value in LOCK_CHOICES else 0


class IdleLock(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.recheck = QTimer(self)
        self.recheck.setInterval(CHECK_MS)
        self.recheck.timeout.connect(self._arm_if_unarmed)
        self.recheck.start()
        self.filtering = False
        self.rearm()

    def rearm(self) -> None:
        """Armed only for a protected plan with a lock time chosen: otherwise not even the app-wide event
        filter is installed, so an unprotected plan pays nothing for each event."""
        minutes = lock_minutes(self.ctx)
        armed = bool(minutes) and connect.is_protected(self.ctx.db_path) and not self.locked
        if armed:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()
        if armed != self.filtering:
            app = QApplication.instance()
            (app.installEventFilter if armed else app.removeEventFilter)(self)
            self.filtering = armed

    def _arm_if_unarmed(self) -> None:
        if not self.locked:
            minutes = lock_minutes(self.ctx) * 60_000
            if not self.timer.isActive() or self.timer.interval() != minutes:
                self.rearm()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and not self.locked and self.timer.isActive():
            self.timer.start()  # from the full interval again
        return False

    def lock(self) -> None:
        if self.locked or not connect.is_protected(self.ctx.db_path):
            return
        from handleplan.ui.dialogs.unlock import UnlockDialog

        if QApplication.activeModalWidget() is not None:
            # A dialog in the middle of its work (an export, a question) is not torn down under her: the
            # lock comes a minute after it is closed.
            self.timer.start(60_000)
            return
        self.locked = True
        self.ctx.flush()
        # The status bar too: it may be saying what was just saved.
        parts = [self.window.centralWidget(), self.window.menuBar()]
        parts += self.window.findChildren(QToolBar) + self.window.findChildren(QStatusBar)
        hidden = [w for w in parts if w is not None and w.isVisible()]
        for widget in hidden:
            widget.setVisible(False)
        self.dialog = UnlockDialog(self.ctx.db_path, locked=True, parent=self.window)
        opened = self.dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        self.locked = False
        if not opened:
            self.window.close()
            return
        for widget in hidden:
            widget.setVisible(True)
        self.rearm()
