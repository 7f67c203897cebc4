"""How a field saves itself: when it writes, and what happens when a write fails.

One mechanism for every self-saving input (fields.py, the IGLO "who" box, a TRIO member's role):

- 0.8 s after the last keystroke, and at the latest 1 s after the first unsaved one, however fast the
  leader types, so a crash loses at most the last second or two;
- on focus-out, on rebinding to another record, and on `AppContext.flush()` (screen change, close);
- a field is clean only once the commit succeeded. A failed write (full disk, read-only folder, busy
  file) keeps the text unsaved and tries again: on the next keystroke, on focus-out, every few seconds
  and on close. A refused value (an empty title) is not retried: the status bar says why, as before.
- rebinding a field whose text could not be saved leaves that text pending against its own record
  (`PendingEdit`) and goes on trying: the leader clicked another entry and expects to get there, and
  she must not lose what she wrote. Coming back to the record takes the pending text up again.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from handleplan.errors import HandleplanError
from handleplan.ui.context import AppContext, EditResult

SAVE_DELAY_MS = 800  # after the last keystroke
SAVE_CEILING_MS = 1000  # after the first unsaved keystroke, however fast she types
RETRY_MS = 3000  # while a write keeps failing


class Unsaved(NamedTuple):
    """Text that could not be saved: what the field is called, and what was written."""

    label: str
    text: str


Changes = Callable[[Any], dict[str, Any]]

# Edits left behind by a field rebound to another record, per context, so the field can take them up
# again when it comes back to that record.
_left_behind: weakref.WeakKeyDictionary[AppContext, list[PendingEdit]] = weakref.WeakKeyDictionary()


def _unsaved(label: str, value: Any) -> Unsaved:
    return Unsaved(label, value if isinstance(value, str) else "")


class PendingEdit:
    """An edit whose write failed after its field moved on to another record; retried until it lands."""

    def __init__(
        self, ctx: AppContext, record: object, key: str, value: Any, changes: dict[str, Any], label: str
    ) -> None:
        self.ctx, self.record, self.key, self.value = ctx, record, key, value
        self.changes, self.label = changes, label
        self.timer = QTimer(ctx)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        self.timer.start()
        ctx.register_flusher(self.retry)
        _left_behind.setdefault(ctx, []).append(self)

    def retry(self) -> Unsaved | None:
        try:
            outcome = self.ctx.edit(self.record, **self.changes)
        except HandleplanError:  # damage: raised on for its message box; the text stays pending
            return _unsaved(self.label, self.value)
        if outcome is EditResult.FAILED:
            return _unsaved(self.label, self.value)
        self.drop()
        return None

    def drop(self) -> None:
        self.timer.stop()
        self.timer.deleteLater()
        self.ctx.unregister_flusher(self.retry)
        pending = _left_behind.get(self.ctx, [])
        if self in pending:
            pending.remove(self)

    @staticmethod
    def take(ctx: AppContext, record: object, key: str) -> PendingEdit | None:
        """The edit left behind for `record`'s `key`, no longer pending on its own."""
        for pending in _left_behind.get(ctx, []):
            if pending.record is record and pending.key == key:
                pending.drop()
                return pending
        return None


class Binding:
    """The record and attribute a field writes to, when it writes, and its retries.

    The widget gives `value()` and `set_value(v)`; `changes(value)` turns the value into the fields to
    write (one by default), `shown(record)` reads what to show (the attribute by default)."""

    def __init__(
        self,
        widget: QWidget,
        ctx: AppContext,
        field: str,
        changes: Changes | None = None,
        shown: Callable[[object], Any] | None = None,
    ) -> None:
        self.widget = widget
        self.ctx = ctx
        self.field = field
        self.changes: Changes = changes or (lambda value: {field: value})
        self.shown = shown or (lambda record: getattr(record, field))
        self.record: object | None = None
        self.dirty = False  # keystrokes not yet in the store
        self.failed = False  # the last write of them failed; retried
        self.loading = False
        self._saving = False
        self._first_unsaved: float | None = None  # monotonic time of the first unsaved keystroke
        self._last_value: Any = None  # what was last tried, kept if the widget goes away unsaved
        self.timer = QTimer(widget)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)
        ctx.register_flusher(self.flush)
        widget.destroyed.connect(lambda *_: self._gone())

    # -- when to write ----------------------------------------------------------------------------
    def touched(self) -> None:
        if self.loading or self.record is None:
            return
        self.dirty = True
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        left = SAVE_CEILING_MS - (now - self._first_unsaved) * 1000
        self.timer.start(max(0, min(SAVE_DELAY_MS, int(left))))

    def flush(self) -> Unsaved | None:
        """Write what is unsaved; returns it if it could not be written (None: saved, or refused)."""
        if not self.dirty or self.record is None or self._saving:
            return None
        self.timer.stop()
        record, value = self.record, self.widget.value()  # type: ignore[attr-defined]
        changes = self.changes(value)
        self._last_value = value
        self._saving = True
        try:
            outcome = self.ctx.edit(record, **changes)
        except HandleplanError:  # damage: raised on for its message box; the text stays unsaved
            self._failed(record, value, changes)
            raise
        finally:
            self._saving = False
        if outcome is EditResult.FAILED:
            return self._failed(record, value, changes)
        if record is not self.record:  # rebound while the commit told the screens
            return None
        self.dirty = self.failed = False
        self._first_unsaved = None
        if outcome is EditResult.REFUSED or not self.widget.hasFocus():
            # Refused (an empty title): the status bar says why; while she types, her text stays in the
            # field to be corrected, otherwise it shows what is stored.
            self.load()
        return None

    def _failed(self, record: object, value: Any, changes: dict[str, Any]) -> Unsaved:
        label = self.widget.accessibleName()
        if record is not self.record:
            PendingEdit(self.ctx, record, self.field, value, changes, label)
        else:
            # Stays unsaved; the next keystroke starts a new second to the next try.
            self.failed = True
            self._first_unsaved = None
            self.timer.start(RETRY_MS)
        return _unsaved(label, value)

    # -- which record -----------------------------------------------------------------------------
    def bind(self, record: object | None) -> None:
        if record is self.record and self.dirty:
            return  # the leader's text is still on its way to this very record
        if self.record is not None and record is not self.record and not self._saving:
            self.flush()
            if self.dirty:  # could not be written: it goes on trying on its own
                self._leave_behind()
        self.record = record
        self.widget.setEnabled(record is not None)
        pending = PendingEdit.take(self.ctx, record, self.field) if record is not None else None
        if pending is not None:  # back on a record whose text is still unsaved: show that text
            self._set(pending.value)
            self.dirty = self.failed = True
            self.timer.start(RETRY_MS)
        else:
            self.load()

    def _leave_behind(self) -> None:
        value = self.widget.value()  # type: ignore[attr-defined]
        PendingEdit(
            self.ctx, self.record, self.field, value, self.changes(value), self.widget.accessibleName()
        )
        self.dirty = self.failed = False
        self._first_unsaved = None

    def _gone(self) -> None:
        self.ctx.unregister_flusher(self.flush)
        if self.failed and self.record is not None:  # the widget went with text unsaved: keep trying
            value = self._last_value
            PendingEdit(self.ctx, self.record, self.field, value, self.changes(value), "")

    def _set(self, value: Any) -> None:
        self.loading = True
        try:
            self.widget.set_value(value)  # type: ignore[attr-defined]
        finally:
            self.loading = False

    def load(self) -> None:
        self._set(self.shown(self.record) if self.record is not None else None)
        self.dirty = self.failed = False
        self._first_unsaved = None

    def refresh(self) -> None:
        """Re-read after an outside change, unless the leader is mid-edit here."""
        if not self.dirty and not self._saving and not self.widget.hasFocus():
            self.load()
