"""Søg (Ctrl+F): everything the leader has written, found as they type; a hit opens where it was written."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields as declared_fields
from handleplan.errors import HandleplanError
from handleplan.models import MilestoneKind
from handleplan.ops import initiatives as initiative_ops
from handleplan.ops import reflections as reflection_ops
from handleplan.ops import search as search_ops
from handleplan.ops import timeline as timeline_ops
from handleplan.ui.context import AppContext
from handleplan.ui.dates import medium_date
from handleplan.ui.initiative.form import help_label
from handleplan.ui.widgets.cards import TARGET_ROLE, RowList
from handleplan.ui.widgets.fit import fit_to_screen

SEARCH_DELAY_MS = 150  # search as you type, but not on every single keystroke of a fast typist

# Which screen opens a hit of each kind (a milestone may still turn out to be a TRIO meeting).
SCREEN_FOR = {"initiative": "initiatives", "reflection": "reflections", "milestone": "timeline",
              "profile": "overview", "trio": "trio"}  # fmt: skip


class SearchDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Søg i din Handleplan"))
        self.setObjectName("search-dialog")
        self.labels = self._field_labels()
        # A cycle's fields are named as their declaration names them on the PDSA pages.
        for declared in (*declared_fields.of("cycle"), *declared_fields.of("dialogue_outcome")):
            if declared.searched:
                self.labels[(declared.record, declared.name)] = declared.say(ctx.lang)
        self._names: dict[tuple[str, int], object] = {}

        self.field = QLineEdit()
        self.field.setObjectName("search-field")
        self.field.setClearButtonEnabled(True)
        for clear in self.field.findChildren(QToolButton):  # Qt's clear button has no name of its own
            clear.setAccessibleName(self.tr("Ryd søgningen"))
            clear.setToolTip(self.tr("Ryd søgningen"))
        self.field.setPlaceholderText(self.tr("Søg efter et ord, et navn, en sætning …"))
        self.field.setAccessibleName(self.tr("Søg"))
        self.field.installEventFilter(self)
        label = QLabel(self.tr("&Søg i alt, hvad du har skrevet"))
        label.setBuddy(self.field)
        self.results = RowList(self.tr("Fund"))
        self.results.opened.connect(self.open_target)
        self.message = help_label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body = QStackedWidget()
        self.body.addWidget(self.message)
        self.body.addWidget(self.results)
        self.count = help_label()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self.open_current)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.body, 1)
        layout.addWidget(close)
        lines = self.fontMetrics().lineSpacing()
        fit_to_screen(self, 46 * lines, 30 * lines)
        self.run_search()

    def _field_labels(self) -> dict[tuple[str, str], str]:
        """(table, field) → the field's name as the leader knows it from the screens."""
        tr = self.tr
        return {
            ("initiative", "title"): tr("Titel"),
            ("initiative", "goal"): tr("Hvad vil jeg opnå?"),
            ("initiative", "why"): tr("Hvorfor dette tiltag?"),
            ("cycle", "measure"): tr("Tegn på forbedring"),
            ("cycle", "data_plan"): tr("Plan for data"),
            ("cycle", "method"): tr("Metode og redskaber"),
            ("cycle", "helpers"): tr("Hvem hjælper mig?"),
            ("cycle", "unplanned"): tr("Det, jeg ikke havde planlagt"),
            ("cycle", "learning"): tr("Det har jeg lært"),
            ("cycle", "comparison"): tr("Sammenligning med før"),
            ("cycle", "decision_reason"): tr("Begrundelse for beslutningen"),
            ("cycle", "next_step"): tr("Næste skridt"),
            ("role_assignment", "who"): tr("IGLO: hvem"),
            ("role_assignment", "what"): tr("IGLO: hvad"),
            ("agreement", "who"): tr("Aftale: hvem"),
            ("agreement", "what"): tr("Aftale: hvad"),
            ("reflection", "title"): tr("Overskrift"),
            ("reflection", "text"): tr("Egne noter"),
            ("milestone", "title"): tr("Navn"),
            ("milestone", "place"): tr("Sted"),
            ("milestone", "notes"): tr("Noter fra mødet"),
            ("milestone", "discussion_points"): tr("Det vil jeg gerne drøfte"),
            ("milestone", "bring_to_next"): tr("Det tager vi med til næste modul"),
            ("profile", "name"): tr("Dit navn"),
            ("profile", "organisation"): tr("Organisation"),
            ("profile", "unit"): tr("Enhed"),
            ("profile", "focus"): tr("Fokus/tema"),
            ("trio_member", "name"): tr("Navn"),
            ("trio_member", "role"): tr("Rolle"),
            ("cycle_question", "question"): tr("Spørgsmål"),
            ("cycle_question", "prediction"): tr("Min forudsigelse"),
            ("cycle_question", "result"): tr("Resultat"),
            ("cycle_task", "what"): tr("Opgave: hvad"),
            ("cycle_task", "who"): tr("Opgave: hvem"),
            ("cycle_task", "when"): tr("Opgave: hvornår"),
            ("cycle_task", "where"): tr("Opgave: hvor"),
            ("observation", "text"): tr("Iagttagelse"),
            ("reflection_answer", "answer"): tr("Svar på et spørgsmål"),
        }

    # -- searching ------------------------------------------------------------------------------
    def run_search(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        self.results.clear()
        if not text:
            self.count.clear()
            self.message.setText(
                self.tr(
                    "Skriv et ord, så finder Handleplan det i dine tiltag, refleksioner, møder og forløb."
                )
            )
            self.body.setCurrentWidget(self.message)
            return
        hits = self.ctx.call(search_ops.search, self.ctx.store, text) or []
        self._names = {}
        for hit in hits:
            # A private hit shows its snippet, with the list's lock: the leader searches her own words on
            # her own screen, and the words around them are how she tells the hits apart.
            lock = {"badge": self.tr("Privat"), "badge_kind": "lock"} if hit.private else {}
            self.results.add_row(self.where(hit), hit.snippet, self.target(hit), **lock)
        if hits:
            self.count.setText(self.tr("%n fund", "", len(hits)))
            self.results.setCurrentRow(0)
            self.body.setCurrentWidget(self.results)
        else:
            self.count.clear()
            self.message.setText(
                self.tr("Intet fundet for »%1«. Prøv et kortere ord eller en anden stavemåde.").replace(
                    "%1", text
                )
            )
            self.body.setCurrentWidget(self.message)

    def _fetch(self, kind: str, record_id: int | None) -> object | None:
        """The initiative, reflection or milestone a hit belongs to (looked up once per search)."""
        if record_id is None:
            return None
        key = (kind, record_id)
        if key not in self._names:
            getter = {
                "initiative": initiative_ops.get_initiative,
                "reflection": reflection_ops.get_reflection,
                "milestone": timeline_ops.get_milestone,
            }[kind]
            try:
                self._names[key] = getter(self.ctx.store, record_id)
            except HandleplanError:
                self._names[key] = None
        return self._names[key]

    def _is_trio_meeting(self, milestone_id: int | None) -> bool:
        milestone = self._fetch("milestone", milestone_id)
        return milestone is not None and milestone.kind == MilestoneKind.TRIO  # type: ignore[attr-defined]

    def where(self, hit: search_ops.Hit) -> str:
        """Where it was found, e.g. "Tiltag »Fælles pauser« · Cyklus 2 · Mål for cyklussen"."""
        parts: list[str] = []
        if hit.screen == "initiative":
            initiative = self._fetch("initiative", hit.initiative_id)
            if initiative is not None:
                parts.append(self.tr("Tiltag »%1«").replace("%1", initiative.title))  # type: ignore[attr-defined]
                cycle = next((c for c in initiative.cycles if c.id == hit.cycle_id), None)  # type: ignore[attr-defined]
                if cycle is not None:
                    parts.append(self.tr("Cyklus %1").replace("%1", str(cycle.number)))
        elif hit.screen == "reflection":
            reflection = self._fetch("reflection", hit.reflection_id)
            title = getattr(reflection, "title", "") or getattr(
                getattr(reflection, "milestone", None), "title", ""
            )
            parts.append(self.tr("Refleksion »%1«").replace("%1", title) if title else self.tr("Refleksion"))
        elif hit.screen == "milestone":
            milestone = self._fetch("milestone", hit.milestone_id)
            parts.append(self._milestone_name(milestone, hit.milestone_id))
        elif hit.screen == "profile":
            parts.append(self.tr("Om dig"))
        elif hit.screen == "trio":
            parts.append(self.tr("Din TRIO"))
        field = (hit.record, hit.field)
        if hit.screen == "milestone" and hit.record == "role_assignment":
            field = ("agreement", hit.field)  # a TRIO meeting's agreement, not an initiative's IGLO role
        parts.append(self.labels.get(field, hit.field))
        return " · ".join(parts)

    def _milestone_name(self, milestone: object | None, milestone_id: int | None) -> str:
        """ "TRIO-møde 20. dec. 2026" – the date tells apart meetings that share a title."""
        kind = self.tr("TRIO-møde") if self._is_trio_meeting(milestone_id) else self.tr("Forløb")
        title = getattr(milestone, "title", "")
        when = getattr(milestone, "date", None)
        if title and not title.casefold().startswith(kind.casefold()):
            name = self.tr("%1 »%2«").replace("%1", kind).replace("%2", title)
        else:
            name = title or kind
        return f"{name} {medium_date(when)}" if when else name

    def target(self, hit: search_ops.Hit) -> tuple[str, dict]:
        screen = SCREEN_FOR.get(hit.screen, "overview")
        if hit.screen == "milestone" and self._is_trio_meeting(hit.milestone_id):
            screen = "trio"
        ids = {
            key: value
            for key, value in (
                ("initiative_id", hit.initiative_id),
                ("cycle_id", hit.cycle_id),
                ("reflection_id", hit.reflection_id),
                ("milestone_id", hit.milestone_id),
            )
            if value is not None
        }
        # Which field, and where in it: the screen opens the page holding it and marks the words.
        ids["found"] = {"record": hit.record, "record_id": hit.record_id, "field": hit.field,
                        "start": hit.start, "end": hit.end}  # fmt: skip
        return screen, ids

    # -- opening --------------------------------------------------------------------------------
    def open_current(self) -> None:
        if self.timer.isActive():  # Enter right after typing: search first, then open the best hit
            self.run_search()
        item = self.results.currentItem()
        if item is not None and self.body.currentWidget() is self.results:
            self.open_target(*item.data(TARGET_ROLE))

    def open_target(self, screen: str, ids: dict) -> None:
        self.accept()  # closed first, so the field the hit opens keeps the focus it is given
        self.ctx.navigate.emit(screen, dict(ids))

    def screenshot_states(self) -> list[tuple[str, object]]:
        """For `handleplan screenshots`: the hits for the longest word of the leader's focus."""
        from handleplan.ops.people import profile

        words = sorted((profile(self.ctx.store).focus or "").split(), key=len)
        if not words:
            return []

        def found() -> None:
            self.field.setText(words[-1].strip(".,:;–-»«"))
            self.run_search()

        return [("results", found)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Arrow keys in the search field move through the results, so the hands stay on the keyboard.
        if watched is self.field and event.type() == QEvent.Type.KeyPress and self.results.count():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
