"""An initiative's PDSA cycles: pick a cycle, see its phase and what is empty, edit it, start the next one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import Phase
from handleplan.ops.records import missing_fields
from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import help_label
from handleplan.ui.initiative.icons import wheel_icon
from handleplan.ui.initiative.phase_pages import PAGE_CLASSES, PhasePage
from handleplan.ui.initiative.rows import short
from handleplan.ui.initiative.stepper import PhaseStepper
from handleplan.ui.widgets.phase_wheel import phase_name

if TYPE_CHECKING:
    from handleplan.models import Cycle, Initiative
    from handleplan.ops.initiatives import CarryOver

PHASES = list(Phase)


class CycleView(QWidget):
    """Made once; `bind` points it at another initiative and rebinds the pages instead of rebuilding them."""

    cycle_shown = Signal(object)  # the Cycle now shown, or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiative: Initiative | None = None
        self.cycle: Cycle | None = None
        self._cycle_id: int | None = None
        self.viewed: Phase = Phase.PLAN
        self._tab_cycles: list[Cycle] = []
        self._unlocked: set[int] = set()  # earlier cycles the leader chose to edit anyway

        # Cycle picker and the cycle actions.
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(self.tr("Cyklusser"))
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.next_cycle_button = QPushButton(self.tr("Næste cyklus"))
        self.next_cycle_button.setToolTip(
            self.tr(
                "Start en ny cyklus ud fra den seneste: næste skridt bliver formål, spørgsmål og opgaver "
                "kommer med."
            )
        )
        self.next_cycle_button.clicked.connect(self.start_next_cycle)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Slet cyklus"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.clicked.connect(self.delete_cycle)
        picker = QHBoxLayout()
        picker.addWidget(self.tabs, 1)
        picker.addWidget(self.next_cycle_button)
        picker.addWidget(self.delete_button)

        # Shown for earlier cycles: they stay as they were unless the leader unlocks them.
        self.earlier = QFrame()
        self.earlier.setFrameShape(QFrame.Shape.StyledPanel)
        self.earlier_text = QLabel()
        self.earlier_text.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Ret i denne cyklus"))
        self.unlock_button.clicked.connect(self._unlock)
        self.latest_button = QPushButton(self.tr("Gå til nyeste cyklus"))
        self.latest_button.clicked.connect(lambda: self.select_cycle(None))
        # Text above the buttons: a wrapped label beside buttons is measured too short inside tab pages
        # (QTabWidget does not pass height-for-width on) and its first line gets cut.
        earlier_buttons = QHBoxLayout()
        earlier_buttons.addWidget(self.unlock_button)
        earlier_buttons.addWidget(self.latest_button)
        earlier_buttons.addStretch(1)
        earlier_layout = QVBoxLayout(self.earlier)
        earlier_layout.addWidget(self.earlier_text)
        earlier_layout.addLayout(earlier_buttons)

        self.stepper = PhaseStepper()
        self.stepper.page_chosen.connect(self.show_page)
        self.phase_text = QLabel()
        self.phase_text.setWordWrap(True)
        self.phase_button = QPushButton()
        self.phase_button.clicked.connect(self._phase_button_clicked)
        phase_line = QHBoxLayout()
        phase_line.addWidget(self.phase_text, 1)
        phase_line.addWidget(self.phase_button)

        self.pages: dict[Phase, PhasePage] = {}
        self.stack = QStackedWidget()
        for phase in Phase:
            page = PAGE_CLASSES[phase](ctx)
            page.go_next.connect(lambda p=phase: self._go_next(p))
            self.pages[phase] = page
            self.stack.addWidget(page)
        self.pages[Phase.ACT].next_cycle.connect(self.start_next_cycle)  # type: ignore[attr-defined]

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(
            help_label(
                self.tr(
                    "Tiltaget har ingen cyklus. Start en, når du er klar til at "
                    "planlægge, hvad du vil prøve af."
                )
            )
        )
        start = QPushButton(self.tr("Start en cyklus"))
        start.clicked.connect(self.start_next_cycle)
        empty_layout.addWidget(start)
        empty_layout.addStretch(1)

        self.cycle_area = QWidget()
        area = QVBoxLayout(self.cycle_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.earlier)
        # Said once a next cycle is started: what it took from the last one (until another is shown).
        self.carried = help_label("")
        self.carried.setObjectName("carried-over")
        self.carried.hide()
        area.addWidget(self.carried)
        area.addWidget(self.stepper)
        area.addLayout(phase_line)
        area.addWidget(self.stack, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker)
        layout.addWidget(self.cycle_area, 1)
        layout.addWidget(self.empty, 1)
        self.setTabOrder(self.tabs, self.next_cycle_button)

    # -- binding --------------------------------------------------------------------------------
    def bind(self, initiative: Initiative | None, cycle_id: int | None = None) -> None:
        """Show `initiative`, at `cycle_id` or its newest cycle, on the page of that cycle's phase."""
        self.initiative = initiative
        self._sync_tabs()
        self.select_cycle(cycle_id)

    def select_cycle(self, cycle_id: int | None) -> None:
        cycles = self._tab_cycles
        target = next((c for c in cycles if c.id == cycle_id), cycles[-1] if cycles else None)
        self._show_cycle(target, page=target.phase if target is not None else Phase.PLAN)

    def refresh(self) -> None:
        """Re-read after a commit: keep the shown cycle and page, rebind only what really changed."""
        if self.initiative is None:
            return
        shown_id = self._cycle_id  # a plain int: the shown object may have been deleted meanwhile
        self._sync_tabs()
        fresh = next((c for c in self._tab_cycles if c.id == shown_id), None)
        if fresh is None or fresh is not self.cycle:
            # Deleted, or brought back by undo as a new object: show what is there now.
            self._show_cycle(fresh or (self._tab_cycles[-1] if self._tab_cycles else None), page=self.viewed)
            return
        for page in self.pages.values():
            page.refresh()
        self._update_state()

    def _sync_tabs(self) -> None:
        cycles = list(self.initiative.cycles) if self.initiative is not None else []
        self.tabs.blockSignals(True)
        try:
            if [id(c) for c in cycles] != [id(c) for c in self._tab_cycles]:
                while self.tabs.count():
                    self.tabs.removeTab(0)
                for cycle in cycles:
                    self.tabs.addTab(self.tr("Cyklus %1").replace("%1", str(cycle.number)))
            for index, cycle in enumerate(cycles):
                self.tabs.setTabIcon(index, wheel_icon(cycle.phase, 16))
                self.tabs.setTabToolTip(index, phase_name(cycle.phase))
        finally:
            self.tabs.blockSignals(False)
        self._tab_cycles = cycles

    def _carried_text(self, number: int, taken: CarryOver) -> str:
        tr = self.tr

        def count(n: int, one: str, many: str) -> str:  # Danish is the source: plurals chosen here
            return one if n == 1 else many.replace("%1", str(n))

        parts = [tr("dit næste skridt som formål")] if taken.objective_from_next_step else []
        if taken.questions:
            parts.append(count(taken.questions, tr("1 spørgsmål"), tr("%1 spørgsmål")))
        if taken.tasks:
            parts.append(count(taken.tasks, tr("1 åben opgave"), tr("%1 åbne opgaver")))
        if taken.method:
            parts.append(tr("metoden"))
        if not parts:
            text = tr("Cyklussen starter forfra – der var intet at tage med fra cyklus %1.")
        elif len(parts) == 1:
            text = tr("Fra cyklus %1 er taget med: %2.").replace("%2", parts[0])
        else:
            listed = tr("%1 og %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])
            text = tr("Fra cyklus %1 er taget med: %2.").replace("%2", listed)
        if taken.tasks_done:
            done = count(taken.tasks_done, tr("1 udført opgave"), tr("%1 udførte opgaver"))
            text += " " + tr("%1 blev i cyklus %2.").replace("%1", done).replace("%2", "%1")
        return text.replace("%1", str(number))

    def _show_cycle(self, cycle: Cycle | None, page: Phase) -> None:
        if cycle is not self.cycle:
            self.carried.hide()
        self.cycle = cycle
        self._cycle_id = cycle.id if cycle is not None else None
        has_cycle = cycle is not None
        self.cycle_area.setVisible(has_cycle)
        self.empty.setVisible(not has_cycle and self.initiative is not None)
        self.delete_button.setEnabled(has_cycle)
        self.next_cycle_button.setEnabled(self.initiative is not None)
        if cycle is not None:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._tab_cycles.index(cycle))
            self.tabs.blockSignals(False)
        read_only = self.is_read_only()
        # Bring the page to the front first: pages fill themselves only when shown.
        self.viewed = page
        self.stack.setCurrentWidget(self.pages[page])
        for p in self.pages.values():
            p.bind(cycle, read_only, self.is_latest())
        self._update_state()
        self.cycle_shown.emit(cycle)

    def is_latest(self) -> bool:
        return self.cycle is not None and bool(self._tab_cycles) and self.cycle is self._tab_cycles[-1]

    def is_read_only(self) -> bool:
        return self.cycle is not None and not self.is_latest() and self.cycle.id not in self._unlocked

    def _update_state(self) -> None:
        cycle = self.cycle
        if cycle is None:
            return
        missing = missing_fields(cycle)
        self.stepper.show_state(cycle.phase, self.viewed, missing, finished=not self.is_latest())
        for phase, page in self.pages.items():
            page.show_missing(missing[phase])
        number = str(cycle.number)
        read_only = self.is_read_only()
        self.earlier.setVisible(not self.is_latest())
        self.unlock_button.setVisible(read_only)
        if read_only:
            self.earlier_text.setText(
                self.tr(
                    "Du ser cyklus %1, en tidligere cyklus. Den er låst, så den står, som du efterlod den."
                ).replace("%1", number)
            )
        else:
            self.earlier_text.setText(
                self.tr("Du retter i cyklus %1, en tidligere cyklus.").replace("%1", number)
            )
        phase = phase_name(cycle.phase)
        if not self.is_latest():
            # An earlier cycle is over, whatever phase it ended in: not "er i fasen Justér".
            said = self.tr("Cyklus %1 er afsluttet i fasen %2.").replace("%1", number).replace("%2", phase)
            if self.viewed != cycle.phase:
                said += " " + self.tr("Du kigger på %1.").replace("%1", phase_name(self.viewed))
            self.phase_text.setText(said)
            self.phase_button.setText(self.tr("Sæt fasen til %1").replace("%1", phase_name(self.viewed)))
            self.phase_button.setVisible(not read_only and self.viewed != cycle.phase)
        elif self.viewed == cycle.phase:
            self.phase_text.setText(
                self.tr("Cyklus %1 er i fasen %2.").replace("%1", number).replace("%2", phase)
            )
            following = PHASES[cycle.phase.index + 1] if cycle.phase != Phase.ACT else None
            self.phase_button.setText(
                self.tr("Videre til %1").replace("%1", phase_name(following)) if following else ""
            )
            self.phase_button.setVisible(following is not None and not read_only)
        else:
            viewed = phase_name(self.viewed)
            self.phase_text.setText(
                self.tr("Cyklus %1 er i fasen %2. Du kigger på %3.")
                .replace("%1", number)
                .replace("%2", phase)
                .replace("%3", viewed)
            )
            self.phase_button.setText(self.tr("Sæt fasen til %1").replace("%1", viewed))
            self.phase_button.setVisible(not read_only)
        self.phase_button.setAccessibleName(self.phase_button.text())

    # -- actions --------------------------------------------------------------------------------
    def show_page(self, phase: Phase) -> None:
        self.viewed = phase
        self.stack.setCurrentWidget(self.pages[phase])
        self._update_state()

    def set_phase(self, phase: Phase) -> None:
        if self.cycle is not None and self.ctx.edit(self.cycle, phase=phase.value):
            self._sync_tabs()
        self.show_page(phase)

    def _phase_button_clicked(self) -> None:
        if self.cycle is None:
            return
        if self.viewed == self.cycle.phase and self.cycle.phase != Phase.ACT:
            self.set_phase(PHASES[self.cycle.phase.index + 1])
        else:
            self.set_phase(self.viewed)

    def _go_next(self, from_phase: Phase) -> None:
        """Bottom of a page: open the next page; move the cycle along too if it was at this phase."""
        following = PHASES[from_phase.index + 1]
        if self.cycle is not None and self.cycle.phase == from_phase and not self.is_read_only():
            self.set_phase(following)
        else:
            self.show_page(following)
        self.pages[following].verticalScrollBar().setValue(0)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._tab_cycles):
            self.ctx.flush()
            cycle = self._tab_cycles[index]
            self._show_cycle(cycle, page=cycle.phase)

    def _unlock(self) -> None:
        if self.cycle is not None:
            self._unlocked.add(self.cycle.id)
            self._show_cycle(self.cycle, page=self.viewed)

    def start_next_cycle(self) -> None:
        if self.initiative is None:
            return
        from handleplan.ops.initiatives import carry_over, start_next_cycle

        self.ctx.flush()
        last = self.initiative.current_cycle
        taken = carry_over(last) if last is not None else None
        cycle = self.ctx.call(start_next_cycle, self.ctx.store, self.initiative)
        if cycle is not None:
            self._sync_tabs()
            self._show_cycle(cycle, page=Phase.PLAN)
            if last is not None and taken is not None:
                self.carried.setText(self._carried_text(last.number, taken))
                self.carried.show()
            self.pages[Phase.PLAN].verticalScrollBar().setValue(0)
            self.pages[Phase.PLAN].objective.setFocus()  # type: ignore[attr-defined]

    def delete_cycle(self) -> None:
        if self.cycle is None or self.initiative is None:
            return
        label = self.tr("Slet cyklus %1 af »%2«").replace("%1", str(self.cycle.number))
        self.ctx.delete(self.cycle, label.replace("%2", short(self.initiative.title)))
        self.refresh()
