"""The base of every screen in the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from handleplan.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. Subclasses set `key`, implement `title`, `refresh` and `show_target`.

    `refresh` re-reads from the store (called when the screen is shown and after commits that touch
    tables the screen cares about); `show_target` opens a search hit or a link from another screen.
    """

    key: str = ""
    # Tables whose changes make this screen refresh itself while visible.
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen-{self.key}")
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def show_target(self, target: dict) -> None:
        """Select what `target` names (keys like initiative_id, cycle_id, reflection_id, milestone_id)."""

    def _on_changed(self, tables: set[str]) -> None:
        if self.isVisible() and (not self.watches or tables & self.watches):
            self.refresh()
