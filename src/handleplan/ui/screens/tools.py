"""Værktøjer: the course's models and tools to read at home – one page per tool, with its sources."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handleplan.content import CourseContent, Tool
from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import bold, heading, help_label
from handleplan.ui.screen import Screen
from handleplan.ui.widgets.reading_column import reading_column

SCRIPTS = "drejeboeger"  # the tool whose page also shows each drejebog step by step, to start from
PSYCH_SAFETY = "psykologisk_tryghed"  # the tool whose page also shows the course's measurement
STAIRCASE = "stresstrappen"  # the tool whose page shows the five steps (content's "staircase")


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # course texts are text, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _items(layout: QVBoxLayout, items: tuple[str, ...], numbered: bool = False) -> None:
    box = QVBoxLayout()
    box.setContentsMargins(12, 0, 0, 0)
    box.setSpacing(3)
    for number, item in enumerate(items, start=1):
        box.addWidget(_text(f"{number}.  {item}" if numbered else f"•  {item}"))
    layout.addLayout(box)


class ToolPage(QWidget):
    """One tool as the course gives it: what it is for, its sections, and where it comes from."""

    def __init__(
        self,
        content: CourseContent,
        tool: Tool,
        parent: QWidget | None = None,
        start_script: Callable[[str], object] | None = None,
    ) -> None:
        """`start_script(key)` starts an initiative from a drejebog (the drejebøger's page offers it)."""
        super().__init__(parent)
        self.tool = tool
        self.setObjectName(f"tool-{tool.key}")
        self.setAccessibleName(tool.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 16, 16)
        layout.setSpacing(8)
        self.title = heading(tool.title, "h1")
        layout.addWidget(self.title)
        summary = _text(tool.summary)
        layout.addWidget(summary)
        self.headings: list[str] = []
        if tool.key == STAIRCASE:
            self._steps(layout, content)
        for section in tool.sections:
            self._heading(layout, section.heading)
            _items(layout, section.items)
        if tool.key == PSYCH_SAFETY:
            self._measurement(layout, content)
        self.script_headings: dict[str, QLabel] = {}
        self.start_buttons: dict[str, QPushButton] = {}
        if tool.key == SCRIPTS:
            self._scripts(layout, content, start_script)
        self._heading(layout, self.tr("Kilder") if len(tool.sources) > 1 else self.tr("Kilde"))
        self.sources = tool.sources
        for source in tool.sources:
            layout.addWidget(help_label(source))
        layout.addStretch(1)

    def _heading(self, layout: QVBoxLayout, text: str) -> None:
        self.headings.append(text)
        label = bold(_text(text))
        layout.addSpacing(6)
        layout.addWidget(label)

    def _steps(self, layout: QVBoxLayout, content: CourseContent) -> None:
        for number, step in enumerate(content.staircase, start=1):
            name = f"{number}. {step.title}" + (f" ({step.pressure})" if step.pressure else "")
            self._heading(layout, self.tr("%1 – tegn").replace("%1", name))
            _items(layout, step.signs)
            self._heading(
                layout, self.tr("%1 – lederens handlemuligheder").replace("%1", f"{number}. {step.title}")
            )
            _items(layout, step.options)

    def _scripts(
        self, layout: QVBoxLayout, content: CourseContent, start_script: Callable[[str], object] | None
    ) -> None:
        """Each drejebog step by step, as Udfør adds them as tasks, with a way to start an initiative."""
        for script in content.dialogue_scripts:
            self._heading(layout, self.tr("Drejebog: %1").replace("%1", script.title))
            self.script_headings[script.key] = layout.itemAt(layout.count() - 1).widget()
            _items(layout, script.steps, numbered=True)
            if start_script is not None:
                button = QPushButton(self.tr("Start et tiltag ud fra »%1«").replace("%1", script.title))
                button.clicked.connect(lambda _c=False, k=script.key: start_script(k))
                self.start_buttons[script.key] = button
                line = QHBoxLayout()
                line.setContentsMargins(12, 2, 0, 0)
                line.addWidget(button)
                line.addStretch(1)
                layout.addLayout(line)

    def _measurement(self, layout: QVBoxLayout, content: CourseContent) -> None:
        """Modul 1's exercise: the seven statements, the scale, and the four bands with their quotes."""
        safety = content.psych_safety
        self._heading(
            layout,
            self.tr("Mål jeres psykologiske tryghed (%1 = helt uenig, %2 = helt enig)")
            .replace("%1", str(safety.scale_min))
            .replace("%2", str(safety.scale_max)),
        )
        layout.addWidget(
            help_label(
                self.tr(
                    "Alle svarer anonymt på hvert udsagn. Til sidst udregnes et gennemsnit for hvert udsagn."
                )
            )
        )
        _items(layout, safety.statements, numbered=True)
        self._heading(layout, self.tr("Sådan kan I læse resultatet"))
        _items(layout, tuple(f"{band.label}: »{band.quote}«" for band in safety.bands))
        layout.addWidget(help_label(safety.ranges_note))


class ToolsScreen(Screen):
    key = "tools"
    watches: frozenset[str] = frozenset()  # course content, not the leader's data

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Pages are built on first view, each in its own scroll area.
        self.pages: dict[str, ToolPage] = {}
        self.scrolls: dict[str, QScrollArea] = {}
        self.list = QListWidget()
        self.list.setObjectName("tool-list")
        self.list.setAccessibleName(self.tr("Kursets værktøjer"))
        self.list.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44)
        # Long titles wrap rather than hide behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for tool in ctx.content.tools:
            item = QListWidgetItem(tool.title)
            item.setData(Qt.ItemDataRole.UserRole, tool.key)
            item.setToolTip(tool.summary)
            self.list.addItem(item)
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self._show_row)

        side = QVBoxLayout()
        side.setContentsMargins(12, 8, 0, 12)
        side.addWidget(heading(self.tr("Værktøjer"), "h1"))
        side.addWidget(
            help_label(
                self.tr("Kursets modeller og redskaber, til brug i din egen praksis og i dine tiltag.")
            )
        )
        side.addWidget(self.list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        if self.list.count():
            self.list.setCurrentRow(0)

    def title(self) -> str:
        return self.tr("Værktøjer")

    def refresh(self) -> None:
        """Nothing of the leader's is shown; the course content is read once, at start."""

    def show_target(self, target: dict) -> None:
        page = self.show_tool(target.get("tool", ""))
        heading_ = page.script_headings.get(target.get("script", "")) if page is not None else None
        if heading_ is not None:  # a drejebog opened from Udfør: its own section in view
            scroll = self.scrolls[page.tool.key]
            scroll.widget().adjustSize()
            # Its heading at the top, so the steps read downwards (ensureWidgetVisible would stop with
            # the heading at the bottom edge).
            top = heading_.mapTo(scroll.widget(), QPoint(0, 0)).y()
            scroll.verticalScrollBar().setValue(max(0, top - 8))

    def start_from_script(self, key: str) -> None:
        """An initiative from drejebog `key`, opened on Tiltag with the steps as its first cycle's tasks."""
        from handleplan.ops.dialogues import start_from_script

        initiative = self.ctx.call(start_from_script, self.ctx.store, key, self.ctx.lang)
        if initiative is not None:
            target = {"initiative_id": initiative.id, "cycle_id": initiative.cycles[0].id}
            self.ctx.navigate.emit("initiatives", target)

    def show_tool(self, key: str) -> ToolPage | None:
        """The page of tool `key` in front (and selected in the list); None for a key the content lacks."""
        keys = self.tool_keys()
        if key not in keys:
            return None
        self.list.setCurrentRow(keys.index(key))
        return self.pages[key]

    def tool_keys(self) -> list[str]:
        return [tool.key for tool in self.ctx.content.tools]

    def current_page(self) -> ToolPage | None:
        row = self.list.currentRow()
        return self.pages.get(self.tool_keys()[row]) if row >= 0 else None

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        tool = self.ctx.content.tools[row]
        if tool.key not in self.pages:
            page = ToolPage(self.ctx.content, tool, start_script=self.start_from_script)
            self.pages[tool.key] = page
            self.scrolls[tool.key] = reading_column(page, chars=110)
            self.stack.addWidget(self.scrolls[tool.key])
        self.stack.setCurrentWidget(self.scrolls[tool.key])
