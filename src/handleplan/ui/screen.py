"""The base of every screen in the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from handleplan.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. Subclasses set `key`, implement `title`, `refresh` and `show_target`.

    `refresh` re-reads from the store: after commits that touch tables the screen cares about while
    it is visible, and when it comes to the front if such a commit came while it was hidden (or the
    day has changed since: "om 12 dage" must not stay from yesterday). `show_target` opens a search
    hit or a link from another screen.
    """

    key: str = ""
    # Tables whose changes make this screen refresh itself while visible.
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen-{self.key}")
        self._stale = True
        self._read_on: date | None = None
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def show_target(self, target: dict) -> None:
        """Select what `target` names (keys like initiative_id, cycle_id, reflection_id, milestone_id)."""

    def show_fresh(self) -> None:
        """The screen comes to the front: re-read only if what it shows may have changed since it last
        did. On a large plan a full re-read of the Tiltag list costs some 40 ms on every switch."""
        today = date.today()
        if self._stale or self._read_on != today:
            self._stale = False
            self._read_on = today
            try:
                self.refresh()
            except BaseException:
                self._stale = True  # not read after all: read again next time
                raise

    def mark_stale(self) -> None:
        """Something outside the store that the screen shows has changed (a setting)."""
        self._stale = True

    def _on_changed(self, tables: set[str]) -> None:
        if self.watches and not tables & self.watches:
            return
        if self.isVisible():
            self._changed_while_visible(tables)
        else:
            self._stale = True

    def _changed_while_visible(self, tables: set[str]) -> None:
        self.refresh()
