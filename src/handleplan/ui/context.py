"""What every screen needs, passed in explicitly: the store, the undo stack, the content, and signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from handleplan.content import CourseContent, load_content
from handleplan.errors import MUST_BE_SEEN, HandleplanError, StoreWriteError

if TYPE_CHECKING:
    from handleplan.ops.undo import Deleted
    from handleplan.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


class DeleteCommand(QUndoCommand):
    """Deleting is undoable: the first redo deletes and keeps a plain copy, undo puts it back."""

    def __init__(self, ctx: AppContext, record: object, label: str) -> None:
        super().__init__(label)
        self._ctx = ctx
        self._record: object | None = record
        self._deleted: Deleted | None = None

    def redo(self) -> None:
        from handleplan.ops import undo as undo_ops

        if self._record is None and self._deleted is not None:
            # Redo after an undo: the record was re-inserted with the same id; fetch it again.
            self._record = undo_ops.fetch_root(self._ctx.store, self._deleted)
        if self._record is None:
            return
        self._deleted = self._ctx.call(undo_ops.delete_record, self._ctx.store, self._record, self.text())
        self._record = None

    def undo(self) -> None:
        from handleplan.ops import undo as undo_ops

        if self._deleted is not None:
            self._ctx.call(undo_ops.restore, self._ctx.store, self._deleted)


class EditResult(Enum):
    """What became of an edit. True only when saved, as `edit` returned before."""

    SAVED = "saved"
    UNCHANGED = "unchanged"  # the store already held it
    REFUSED = "refused"  # the value is not allowed (an empty title); retrying will not help
    FAILED = "failed"  # the write failed (full disk, read-only folder, busy file); worth retrying

    def __bool__(self) -> bool:
        return self is EditResult.SAVED


class AppContext(QObject):
    """Shared by all screens; widgets reach data only through `call`/`edit`/`delete` here."""

    changed = Signal(object)  # set of table names changed by the last commit
    saved = Signal()
    error = Signal(str)  # a sentence for the leader, already translated
    navigate = Signal(str, object)  # screen key, dict of ids to show (e.g. {"initiative_id": 3})
    language_changed = Signal(str)
    plan_replaced = Signal(str)  # the file holds another plan (a restore): rebuild, then say this
    forget_requested = Signal()  # "Slet alle mine data" confirmed: the controller deletes everything

    def __init__(
        self,
        store: Store | Callable[[], Store],
        lang: str = "da",
        settings: QSettings | None = None,
        db_path: Path | None = None,
    ) -> None:
        """`store` is an open Store, or a function that opens it on first use (with `db_path` given):
        the first screen reads the file directly and can paint before SQLAlchemy is even imported."""
        super().__init__()
        self._store: Store | None = None
        self._opener: Callable[[], Store] | None = None
        if callable(store) and db_path is not None:
            self._opener = store
            self._db_path = db_path
        else:
            self._attach(store)  # type: ignore[arg-type]
        self.lang = lang
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self._flushers: list[Callable[[], None]] = []
        # Set once everything is deleted: from then on nothing may write, or a file would be made again.
        self.forgotten = False
        # Called before the store is closed for a moment (with_store_closed): a backup under way finishes.
        self.before_store_closes: list[Callable[[], object]] = []

    def _attach(self, store: Store) -> None:
        self._store = store
        self._db_path = store.path
        store.subscribe(self._on_commit)

    @property
    def store(self) -> Store:
        if self._store is None:
            assert self._opener is not None
            self._attach(self._opener())
            from handleplan.ops.timeline import follow_language

            # Milestones still named as the course named them read in the window's language.
            self.call(follow_language, self._store, self.lang)
        return self._store  # type: ignore[return-value]

    def replace_plan(self, work: Callable[[Path], str]) -> bool:
        """Let `work(data_dir)` change the closed file (a restore) and return what to tell the leader; the
        file is opened again – migrated if the plan put back is older – and `plan_replaced` sends that
        sentence (or the error's), so every screen is built again from the file. False when `work`
        failed; the file then holds the plan it held (a restore is one transaction)."""
        try:
            told, done = self._reopened_after(work), True
        except HandleplanError as exc:
            log.warning("replacing the plan failed: %s", exc)
            told, done = exc.message(self.lang), False
        self.plan_replaced.emit(told)
        return done

    @property
    def store_is_open(self) -> bool:
        return self._store is not None

    @property
    def db_path(self) -> Path:
        """The database file, known before the store is opened."""
        return self._db_path

    @property
    def content(self) -> CourseContent:
        return load_content(self.lang)

    def _on_commit(self, tables: set[str]) -> None:
        self.saved.emit()
        self.changed.emit(tables)

    def call(self, op: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a core operation; a HandleplanError becomes a message for the leader, not a crash. Damage
        to the file is raised on after its line in the status bar, for a message box to say it."""
        if self.forgotten:  # an autosave timer still ticking would open the deleted file afresh
            return None
        try:
            return op(*args, **kwargs)
        except HandleplanError as exc:
            log.warning("operation %s failed: %s", getattr(op, "__name__", op), exc)
            self.error.emit(exc.message(self.lang))
            if exc.code in MUST_BE_SEEN:
                raise  # a message box (ui/failure.py), not only the status bar
            return None

    def edit(self, record: object, **fields: Any) -> EditResult:
        """Save fields of `record`. A refused value and a failed write are both said in the status bar;
        the result tells them apart, so a field retries only a write that failed."""
        from handleplan.ops import edit as edit_ops

        failure: list[HandleplanError] = []

        def write(*args: Any, **kwargs: Any) -> bool:
            try:
                return edit_ops.edit(*args, **kwargs)
            except StoreWriteError as exc:
                failure.append(exc)
                raise

        changed = self.call(write, self.store, record, **fields)
        if failure:
            return EditResult.FAILED
        if changed is None:
            return EditResult.REFUSED
        return EditResult.SAVED if changed else EditResult.UNCHANGED

    def delete(self, record: object, label: str) -> None:
        self.flush()
        self.undo_stack.push(DeleteCommand(self, record, label))

    # -- pending edits --------------------------------------------------------------------------
    def register_flusher(self, flush: Callable[[], object]) -> None:
        """Fields with unsaved keystrokes register here; `flush` saves them all (screen change, close).
        A flusher returns what it could not write (an `autosave.Unsaved`), or None."""
        self._flushers.append(flush)

    def unregister_flusher(self, flush: Callable[[], object]) -> None:
        if flush in self._flushers:
            self._flushers.remove(flush)

    def forget(self) -> None:
        """Everything is about to be deleted: no edit may write again, and nothing is left to undo."""
        self.forgotten = True
        self._flushers.clear()
        self.undo_stack.clear()

    def flush(self) -> list[Any]:
        """Save every field's unsaved text; returns what still could not be written (to ask on close)."""
        if self.forgotten:
            return []
        unsaved = []
        for flush in list(self._flushers):
            left = flush()
            if left is not None:
                unsaved.append(left)
        return unsaved

    # -- the store closed for a moment ----------------------------------------------------------
    def with_store_closed(self, work: Callable[[Path], T]) -> T:
        """Run `work(data_dir)` on the closed store file (protection changed, store/protect.py), then open
        it again – also when `work` failed – and tell every screen to read it afresh."""
        from handleplan.models.base import Base

        try:
            return self._reopened_after(work)
        finally:
            self.changed.emit({table.name for table in Base.metadata.sorted_tables})

    def _reopened_after(self, work: Callable[[Path], T]) -> T:
        """The store closed (a backup under way let finish first), `work(data_dir)` run on the file, the
        store opened again whatever `work` did. The undo stack is emptied: its commands hold rows of the
        session that is gone."""
        from handleplan.store import Store

        self.flush()
        folder = self.db_path.parent
        for wait in self.before_store_closes:
            wait()
        if self._store is not None:
            self._store.close()
            self._store = None
        try:
            return work(folder)
        finally:
            self._attach(Store.open(folder))
            self.undo_stack.clear()
