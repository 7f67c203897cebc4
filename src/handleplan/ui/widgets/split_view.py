"""A list on the left and the chosen entry's editor on the right, as Refleksioner and TRIO show them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from handleplan.ui.widgets.reading_column import reading_column


class SplitView(QWidget):
    """The editor sits in a readable column (not one long band on a wide screen), `empty` shows while no
    entry is chosen, and where the leader put the divider is remembered under `key`."""

    def __init__(
        self, settings: QSettings, key: str, left: QWidget, editor: QWidget, empty: QWidget, sizes: list[int]
    ) -> None:
        super().__init__()
        self.key = key
        self.scroll = reading_column(editor)
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(self.scroll)
        self.splitter = QSplitter()
        self.splitter.setObjectName(f"{key}-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(sizes)
        state = settings.value(f"{key}/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
