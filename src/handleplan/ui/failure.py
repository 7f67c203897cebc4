"""What the leader sees when something fails that no screen expected: a sentence, and the details in the log.

Code run by Qt – a slot, a timer, a paint or key handler written in Python – that raises ends up in
`sys.excepthook`. PySide6's own answer is to print the traceback to a terminal the leader never sees and
to carry on as if nothing happened: a screen may then stay half filled, or a damaged data file go
unnoticed. While the app runs, `FailureNotice` takes that hook: the traceback goes to the log file, and
the leader gets one calm sentence in a message box (`errors.explain_failure`): the file's damage, a read
that failed just now, or that something went wrong, that what is saved is safe and where the details are.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from handleplan.errors import explain_failure

log = logging.getLogger(__name__)

# A handler that fails on every paint or key fails hundreds of times a minute: the log gets the first few
# tracebacks of each failure, and the leader one message per failure and run.
LOGGED_PER_FAILURE = 3

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
        self._seen: Counter[str] = Counter()
        self.box: QWidget | None = None  # the message showing now, if any
        self.shown: list[str] = []  # every sentence shown this run, in order

    def install(self) -> None:
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            sys.excepthook = self.report

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.report:
            sys.excepthook = self._previous_hook
        self._previous_hook = None

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        error = explain_failure(exc, self._folder, self._log_file)
        failure = _where(exc_type, tb) if error.code == "unexpected" else error.code
        self._seen[failure] += 1
        if self._seen[failure] <= LOGGED_PER_FAILURE:
            log.error("unexpected error (%s)", error.code, exc_info=(exc_type, exc, tb))
        if self._seen[failure] == 1:
            # Not from inside the failing handler (a paint event, say): once control is back in the loop.
            QTimer.singleShot(0, lambda: self.show(error.message(self._lang())))

    def show(self, message: str) -> None:
        """`message` in a box over the window, unless one is showing already."""
        if self.box is not None:
            return  # one message at a time; what came meanwhile is in the log
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
        # Window-modal without a loop of its own (`open`, not `exec`): the failing code has returned.
        box.open()

    def _closed(self) -> None:
        if self.box is not None:
            self.box.deleteLater()
        self.box = None


def _where(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """One failure, whatever its message: its kind and the line of ours (or anyone's) it was raised on."""
    last = tb
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    if last is None:
        return exc_type.__name__
    return f"{exc_type.__name__}@{last.tb_frame.f_code.co_filename}:{last.tb_lineno}"
