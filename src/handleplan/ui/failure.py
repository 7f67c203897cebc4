"""What the leader sees when something fails that no screen expected: a sentence, and the details in the log.

Code run by Qt – a slot, a timer, a paint or key handler written in Python – that raises ends up in
`sys.excepthook`. PySide6's own answer is to print the traceback to a terminal the leader never sees and
to carry on as if nothing happened: a screen may then stay half filled, or a damaged data file go
unnoticed. While the app runs, `FailureNotice` takes that hook: the traceback goes to the log file, and
the leader gets one calm sentence in a message box (`errors.explain_failure`): the file's damage, a file
out of reach just now, or that something went wrong, that what is saved is safe and where the details are.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from handleplan.errors import explain_failure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# A handler that fails on every paint or key fails hundreds of times a minute: the log gets the first few
# tracebacks of each failure (the same exception raised along the same path), the leader one message.
LOGGED_PER_FAILURE = 3
# Said once per run: damage does not mend itself, and a bug met again says nothing new. A file out of
# reach (locked, a full disk) may be met again later in the run: said again after this many seconds.
ONCE_PER_RUN = frozenset({"damaged_while_working", "damaged_on_save", "unexpected"})
REPEAT_AFTER_S = 120.0
# Damage comes before anything waiting behind an open message: it is what the leader must act on.
URGENT = frozenset({"damaged_while_working", "damaged_on_save"})


class FailureNotice(QObject):
    """`window()` is the window to show the message over (or None), `lang()` the leader's language now."""

    def __init__(
        self, window: Callable[[], QWidget | None], lang: Callable[[], str], folder: Path, log_file: Path
    ) -> None:
        super().__init__()
        self._window = window
        self._lang = lang
        self._folder = folder
        self._log_file = log_file
        self._previous_hook: Callable[..., object] | None = None
        self._logged: Counter[str] = Counter()
        self._said_at: dict[str, float] = {}  # message key -> when its box opened
        self._waiting: list[tuple[str, str]] = []  # (message key, sentence) behind the open box
        self._closing = False
        self.box: QWidget | None = None  # the message showing now, if any
        self.shown: list[str] = []  # every sentence shown this run, in order

    def install(self) -> None:
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            sys.excepthook = self.report
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self._quitting)

    def uninstall(self) -> None:
        """Back to the hook before; messages not shown yet are dropped (the app is done, or says why it
        cannot start in a message of its own)."""
        if self._previous_hook is not None and sys.excepthook == self.report:
            sys.excepthook = self._previous_hook
        self._previous_hook = None
        self._waiting.clear()

    def _quitting(self) -> None:
        self._closing = True

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        error = explain_failure(exc, self._folder, self._log_file)
        path = _path(exc_type, tb)
        self._logged[path] += 1
        if self._logged[path] <= LOGGED_PER_FAILURE:
            log.error("unexpected error (%s)", error.code, exc_info=(exc_type, exc, tb))
        # A bug is known by its path; everything else by what the leader is told.
        key = f"unexpected:{path}" if error.code == "unexpected" else error.code
        if not self._due(key) or any(waiting == key for waiting, _m in self._waiting):
            return
        message = error.message(self._lang())
        if self._closing:
            # The event loop has ended (a failure while the app shuts down, saving the last edit, say):
            # nothing queued would ever show, so the message waits for the leader here and now.
            self._said_at[key] = time.monotonic()
            self.show(message, wait=True)
            return
        self._waiting.insert(0 if error.code in URGENT else len(self._waiting), (key, message))
        # Not from inside the failing handler (a paint event, say): once control is back in the loop.
        QTimer.singleShot(0, self._show_next)

    def _due(self, key: str) -> bool:
        said = self._said_at.get(key)
        if said is None:
            return True
        code = key.split(":", 1)[0]
        return code not in ONCE_PER_RUN and time.monotonic() - said >= REPEAT_AFTER_S

    def _show_next(self) -> None:
        if self._box_open() or not self._waiting:
            return
        key, message = self._waiting.pop(0)
        self._said_at[key] = time.monotonic()
        self.show(message)

    def _box_open(self) -> bool:
        if self.box is not None and not shiboken6.isValid(self.box):
            self.box = None  # deleted with its window, without a `finished`
        return self.box is not None

    def show(self, message: str, wait: bool = False) -> None:
        """`message` in a box over the window, unless one is showing already; `wait` until it is closed."""
        if self._box_open():
            return
        from PySide6.QtWidgets import QMessageBox  # only when something went wrong

        window = self._window()
        if window is not None and not shiboken6.isValid(window):
            window = None  # closed meanwhile: the message stands on its own
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Handleplan")
        box.setText(message)
        box.setAccessibleName(self.tr("Besked om en fejl"))
        box.finished.connect(self._closed)
        self.box = box
        self.shown.append(message)
        if wait:
            box.exec()
        else:
            # Window-modal without a loop of its own (`open`, not `exec`): the failing code has returned.
            box.open()

    def _closed(self) -> None:
        if self.box is not None and shiboken6.isValid(self.box):
            self.box.deleteLater()
        self.box = None
        if self._waiting and not self._closing:
            QTimer.singleShot(0, self._show_next)


def _path(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """One failure, whatever its message: its kind and every line it was raised through."""
    lines = []
    while tb is not None:
        lines.append(f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}")
        tb = tb.tb_next
    return f"{exc_type.__name__}@{'>'.join(lines)}"
