"""The four PDSA steps as buttons: which page is open, which phase the cycle is in, and what is still empty."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from handleplan.models import Phase
from handleplan.ui.initiative.icons import wheel_icon
from handleplan.ui.style import PHASE_COLOURS
from handleplan.ui.widgets.phase_wheel import phase_name

STEP_STYLE = """
QToolButton {{ border: 1px solid palette(mid); border-radius: 6px; padding: 6px 8px; }}
QToolButton:checked {{ background: palette(highlight); color: palette(highlighted-text); }}
QToolButton:focus {{ border: 1px solid palette(highlight); }}
QToolButton[current="true"] {{ border: 3px solid {colour}; padding: 4px 6px; }}
"""


class PhaseStepper(QWidget):
    """Four steps in a row. Clicking one opens its page; it does not change the cycle's phase."""

    page_chosen = Signal(object)  # Phase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Phase, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for phase in Phase:
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(wheel_icon(phase))
            button.setIconSize(QSize(22, 22))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setStyleSheet(STEP_STYLE.format(colour=PHASE_COLOURS[phase.value]))
            button.clicked.connect(lambda _c=False, p=phase: self.page_chosen.emit(p))
            self.group.addButton(button)
            self.buttons[phase] = button
            layout.addWidget(button)

    def show_state(
        self, current: Phase | None, viewed: Phase, missing: dict[Phase, list[str]], finished: bool = False
    ) -> None:
        """`finished`: an earlier cycle, left where it ended when the next one started."""
        for phase, button in self.buttons.items():
            name = phase_name(phase)
            count = len(missing.get(phase, []))
            if count == 0:
                status = self.tr("Alt udfyldt")
            elif count == 1:
                status = self.tr("1 tomt felt")
            else:  # Danish is the source language, so plural forms are chosen here, not by a .qm
                status = self.tr("%1 tomme felter").replace("%1", str(count))
            if phase != current:
                title = name
            elif finished:
                title = self.tr("%1 (afsluttet)").replace("%1", name)
            else:
                title = self.tr("%1 (nu)").replace("%1", name)
            button.setText(f"{title}\n{status}")
            button.setAccessibleName(f"{title}, {status}")
            button.setChecked(phase == viewed)
            is_current = phase == current
            if button.property("current") != is_current:
                button.setProperty("current", is_current)
                # A dynamic property only restyles after the style is re-applied.
                button.style().unpolish(button)
                button.style().polish(button)
