"""Overblik: the forløb at a glance, what comes next, the tiltag, due IGLO tasks and the last reflections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from handleplan.models.enums import MilestoneKind
from handleplan.ops.overview import (
    InitiativeRow,
    MilestoneRow,
    ProfileRow,
    ReflectionRow,
    RoleRow,
    TaskRow,
    load_overview,
)
from handleplan.ui import settings_schema
from handleplan.ui.context import AppContext
from handleplan.ui.fields import TextField
from handleplan.ui.screen import Screen
from handleplan.ui.style import set_role
from handleplan.ui.widgets.cards import RowList, Section
from handleplan.ui.widgets.phase_wheel import phase_name
from handleplan.ui.widgets.timeline_strip import StripPoint, TimelineStrip, short_date

# How many tiltag and due tasks Overblik lists before a "Vis alle" button: a leader's plan has a
# handful of each, and a long list would push the latest reflections out of sight.
INITIATIVES_SHOWN = 12
TASKS_SHOWN = 8


def one_line(text: str, width: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


class OverviewScreen(Screen):
    key = "overview"
    watches = frozenset(
        {
            "profile",
            "milestone",
            "initiative",
            "cycle",
            "cycle_task",
            "role_assignment",
            "reflection",
            "reflection_answer",
            "trio_member",
            "reflection_initiative",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded = False
        self._build()

    def title(self) -> str:
        return self.tr("Overblik")

    def show_target(self, target: dict) -> None:
        """A search hit in the leader's own words: her focus opens here; name, organisation and unit
        live in Indstillinger, which opens with the field marked."""
        # Here, not at the top: the Overblik is the first paint, and only a search hit needs this.
        from handleplan.ui.found import found_span, show_found

        found = found_span(target)
        if found is None or found[0] != "profile":
            return
        _record, _id, field, start, end = found
        if field == "focus":
            self.focus_button.setChecked(True)
            show_found(self.focus_edit, start, end)
            return
        open_settings = getattr(self.window(), "open_settings", None)
        if callable(open_settings):
            QTimer.singleShot(0, lambda: open_settings(found=(field, start, end)))

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("overview-page")
        column = QVBoxLayout(page)
        column.setSpacing(12)

        self.greeting = QLabel()
        set_role(self.greeting, "h1")
        self.greeting.setWordWrap(True)
        self.where = QLabel()
        set_role(self.where, "help")
        self.where.setWordWrap(True)
        column.addWidget(self.greeting)
        column.addWidget(self.where)
        column.addLayout(self._build_focus())

        self.strip = TimelineStrip()
        self.strip.milestone_clicked.connect(self._open_milestone)
        column.addWidget(self.strip)
        column.addWidget(self._build_countdown())

        self.initiatives = Section(self.tr("Dine tiltag"), self.tr("Dine tiltag"))
        self.tasks = Section("", self.tr("Opgaver, der forfalder"))
        self.recent = Section(self.tr("Seneste refleksioner"), self.tr("Seneste refleksioner"))
        for section in (self.initiatives, self.tasks, self.recent):
            section.list.opened.connect(self._open)
            section.list.currentRowChanged.connect(lambda _r, rows=section.list: self._reveal(rows))
        # Each list is as tall as its rows and only the page scrolls; the space left over goes below.
        left = QVBoxLayout()
        left.addWidget(self.initiatives)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(18)
        right.addWidget(self.tasks)
        right.addWidget(self.recent)
        right.addStretch(1)
        lists = QHBoxLayout()
        lists.setSpacing(24)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        column.addLayout(lists, 1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.setFocusProxy(self.strip)

    def _build_focus(self) -> QVBoxLayout:
        self.focus_label = QLabel()
        self.focus_label.setWordWrap(True)
        self.focus_label.setTextFormat(Qt.TextFormat.PlainText)
        self.focus_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.focus_button = QPushButton()
        self.focus_button.setCheckable(True)
        self.focus_button.toggled.connect(self._toggle_focus_editor)
        self.focus_edit = TextField(self.ctx, "focus", self.tr("Dit fokus/tema"))
        self.focus_edit.setPlaceholderText(
            self.tr("Hvilket tema vil du især have input til gennem forløbet?")
        )
        self.focus_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.focus_edit.hide()
        row = QHBoxLayout()
        row.addWidget(self.focus_label, 1)
        row.addWidget(self.focus_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout()
        box.addLayout(row)
        box.addWidget(self.focus_edit)
        return box

    def _build_countdown(self) -> QFrame:
        card = QFrame()
        card.setObjectName("overview-next")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        self.countdown = QLabel()
        set_role(self.countdown, "h2")
        self.countdown.setWordWrap(True)
        self.countdown_detail = QLabel()
        set_role(self.countdown_detail, "help")
        self.countdown_detail.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Eksportér PDF"))
        self.export_button.setAccessibleName(self.tr("Eksportér din Handleplan som PDF"))
        self.export_button.clicked.connect(self._export)
        # "Det vil jeg gerne drøfte" is printed in the PDF for this milestone: written on Forløb.
        self.discussion_button = QPushButton(self.tr("Det vil jeg drøfte …"))
        self.discussion_button.setAccessibleName(self.tr("Skriv, hvad du vil drøfte på milepælen"))
        self.discussion_button.clicked.connect(self._write_discussion)
        self._upcoming_id: int | None = None
        text = QVBoxLayout()
        text.addWidget(self.countdown)
        text.addWidget(self.countdown_detail)
        row = QHBoxLayout(card)
        row.addLayout(text, 1)
        row.addWidget(self.discussion_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return card

    # -- reading --------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """One read of plain rows for the whole screen (ops.overview, without the ORM: this is the first
        screen at start-up and paints before SQLAlchemy is loaded); rows are painted, not widgets."""
        self._loaded = True
        today = date.today()
        due_days = settings_schema.value(self.ctx.settings, settings_schema.DUE_DAYS)
        data = load_overview(self.ctx.db_path, today, reflections=5, due_within_days=due_days)
        by_id = {m.id: m for m in data.milestones}
        upcoming = data.next_milestone(today)

        self._show_profile(data.profile)
        self.strip.set_points(
            [self._strip_point(m) for m in data.milestones if m.date is not None],
            today,
            upcoming.id if upcoming else None,
        )
        self._show_countdown(upcoming, bool(data.milestones), today)
        self._show_initiatives(list(data.initiatives))
        self._show_tasks(list(data.due_roles), list(data.due_tasks), by_id, today, due_days)
        self._show_reflections(list(data.reflections), by_id)

    def _show_profile(self, me: ProfileRow) -> None:
        self._focus_text = me.focus
        name = me.name.strip()
        self.greeting.setText(self.tr("Hej %1").replace("%1", name) if name else self.tr("Din Handleplan"))
        place = " · ".join(part for part in (me.organisation.strip(), me.unit.strip()) if part)
        self.where.setText(place)
        self.where.setVisible(bool(place))
        focus = me.focus.strip()
        if focus:
            self.focus_label.setText(self.tr("Dit fokus: %1").replace("%1", one_line(focus, 300)))
        else:
            self.focus_label.setText(
                self.tr(
                    "Du har ikke skrevet dit fokus endnu – det tema, du især vil "
                    "have input til gennem forløbet."
                )
            )
        if self.focus_edit.binding.record is not None:
            self.focus_edit.binding.refresh()
        self._label_focus_button()

    def _strip_point(self, m: MilestoneRow) -> StripPoint:
        long_date = QLocale().toString(QDate(m.date), QLocale.FormatType.LongFormat)
        tip = "\n".join(part for part in (m.title, long_date, m.place) if part)
        return StripPoint(m.id, m.title, m.date, m.kind.is_module, tip)

    def countdown_text(self, milestone: MilestoneRow, today: date) -> str:
        days = (milestone.date - today).days
        if days <= 0:
            text = self.tr("%1 er i dag – husk din Handleplan")
        elif days == 1:
            text = self.tr("%1 er i morgen – din PDF er klar til eksport")
        else:
            text = self.tr("%1 om %n dage – din PDF er klar til eksport", "", days)
        return text.replace("%1", milestone.title)

    def _show_countdown(self, upcoming: MilestoneRow | None, has_any: bool, today: date) -> None:
        self._upcoming_id = upcoming.id if upcoming is not None else None
        self.discussion_button.setVisible(upcoming is not None)
        if upcoming is not None:
            self.countdown.setText(self.countdown_text(upcoming, today))
            parts = [QLocale().toString(QDate(upcoming.date), QLocale.FormatType.LongFormat), upcoming.place]
            template = self.ctx.content.milestone_template(upcoming.kind.value)
            if upcoming.kind.is_module and template is not None:
                parts.append(template.subtitle)
            self.countdown_detail.setText(" · ".join(p for p in parts if p))
        elif has_any:
            self.countdown.setText(self.tr("Forløbet er slut – godt gået"))
            self.countdown_detail.setText(
                self.tr("Din Handleplan kan stadig eksporteres som PDF til dig selv eller din TRIO.")
            )
        else:
            self.countdown.setText(self.tr("Forløbet har ingen datoer endnu"))
            self.countdown_detail.setText(
                self.tr(
                    "Skriv datoerne for modulerne og TRIO-møderne under Forløb, "
                    "så viser Overblik, hvad der kommer næste gang."
                )
            )

    def _show_initiatives(self, rows: list[InitiativeRow]) -> None:
        section = self.initiatives
        section.list.clear()
        statuses = self.ctx.content.statuses
        for ini in rows:
            parts = []
            if ini.cycle_number is not None and ini.phase is not None:
                parts += [self.tr("Cyklus %1").replace("%1", str(ini.cycle_number)), phase_name(ini.phase)]
            parts.append(statuses.get(ini.status.value, ""))
            section.list.add_row(
                ini.title,
                " · ".join(p for p in parts if p),
                ("initiatives", {"initiative_id": ini.id}),
                phase=ini.phase,
                badge=self.tr("privat") if ini.private else "",
                badge_kind="lock" if ini.private else "",
            )
        section.set_empty_text(self.tr("Du har ingen tiltag endnu – tryk Ctrl+N for at oprette dit første."))
        section.finish(INITIATIVES_SHOWN, self.tr("Vis alle %n tiltag", "", len(rows)), self.tr("Vis færre"))

    def _show_tasks(
        self,
        roles: list[RoleRow],
        tasks: list[TaskRow],
        milestones: dict[int, MilestoneRow],
        today: date,
        days: int,
    ) -> None:
        """IGLO roles and TRIO agreements with a deadline, and the cycles' tasks whose "Hvornår" is a
        date, in one list by date."""
        section = self.tasks
        section.heading.setText(self.tr("Opgaver de næste %n dage", "", days))
        section.list.clear()
        rows = [(role.due, 0, position, role) for position, role in enumerate(roles)]
        rows += [(task.due, 1, position, task) for position, task in enumerate(tasks)]
        for due, _kind, _position, row in sorted(rows, key=lambda r: r[:3]):
            title, detail, target = (
                self._role_line(row, milestones) if isinstance(row, RoleRow) else (self._task_line(row))
            )
            if due < today:
                badge, kind = self.tr("Forfalden %1").replace("%1", short_date(due)), "warn"
            elif due == today:
                badge, kind = self.tr("I dag"), "warn"
            else:
                badge, kind = short_date(due), ""
            # Under a private tiltag the read model gives no what or who: the level (or "Opgave"), the
            # tiltag's title and a padlock show instead.
            section.list.add_row(title, detail, target, badge=badge, badge_kind=kind, locked=row.private)
        section.set_empty_text(
            self.tr(
                "Ingen åbne opgaver de næste %n dage. Opgaverne kommer fra IGLO – hvem gør hvad – i dine "
                "tiltag, fra aftalerne på TRIO-møderne og fra de opgaver i dine cyklusser, der har en dato.",
                "",
                days,
            )
        )
        section.finish(TASKS_SHOWN, self.tr("Vis alle %n opgaver", "", len(rows)), self.tr("Vis færre"))

    def _role_line(self, role: RoleRow, milestones: dict[int, MilestoneRow]) -> tuple[str, str, tuple]:
        levels = self.ctx.content.levels
        level = levels[role.level.value].title if role.level.value in levels else ""
        parts = [] if role.private else [level, role.who]
        meeting = milestones.get(role.milestone_id) if role.milestone_id else None
        if role.initiative_id is not None:
            parts.append(self.tr("Tiltag »%1«").replace("%1", role.initiative_title))
            target = ("initiatives", {"initiative_id": role.initiative_id, "role_id": role.id})
        elif meeting is not None:
            parts.append(self.tr("Aftalt på %1").replace("%1", meeting.title))
            screen = "trio" if meeting.kind == MilestoneKind.TRIO else "timeline"
            target = (screen, {"milestone_id": meeting.id})
        else:
            target = ("initiatives", {})
        return one_line(role.what) or level, " · ".join(p for p in parts if p), target

    def _task_line(self, task: TaskRow) -> tuple[str, str, tuple]:
        parts = [] if task.private else [task.who]
        parts.append(self.tr("Tiltag »%1«").replace("%1", task.initiative_title))
        target = ("initiatives", {"initiative_id": task.initiative_id, "cycle_id": task.cycle_id})
        return one_line(task.what) or self.tr("Opgave"), " · ".join(p for p in parts if p), target

    def _show_reflections(self, rows: list[ReflectionRow], milestones: dict[int, MilestoneRow]) -> None:
        section = self.recent
        section.list.clear()
        for refl in rows:
            meeting = milestones.get(refl.milestone_id) if refl.milestone_id else None
            title = refl.title.strip() or (meeting.title if meeting else "") or self.tr("Refleksion")
            detail = " · ".join(p for p in (short_date(refl.written_on), one_line(refl.excerpt)) if p)
            section.list.add_row(
                title,
                detail,
                ("reflections", {"reflection_id": refl.id}),
                badge=self.tr("privat") if refl.private else "",
                badge_kind="lock" if refl.private else "",
            )
        section.set_empty_text(
            self.tr(
                "Du har ingen refleksioner endnu – tryk Ctrl+R efter et modul eller et "
                "TRIO-møde for at skrive den første."
            )
        )
        section.finish()

    # -- actions --------------------------------------------------------------------------------
    def _label_focus_button(self) -> None:
        if self.focus_button.isChecked():
            self.focus_button.setText(self.tr("Færdig"))
        elif getattr(self, "_focus_text", "").strip():
            self.focus_button.setText(self.tr("Redigér fokus"))
        else:
            self.focus_button.setText(self.tr("Skriv dit fokus"))

    def _toggle_focus_editor(self, editing: bool) -> None:
        if editing and self.focus_edit.binding.record is None:
            from handleplan.ops.people import profile  # the ORM is needed only to write

            self.focus_edit.bind(profile(self.ctx.store))
        if not editing:
            self.focus_edit.binding.flush()
        self.focus_edit.setVisible(editing)
        self.focus_label.setVisible(not editing)
        self._label_focus_button()
        if editing:
            self.focus_edit.setFocus()

    def _reveal(self, rows: RowList) -> None:
        """Keep the row chosen with the arrow keys in view: the page scrolls, not the list."""
        item = rows.currentItem()
        if item is None:
            return
        rect = rows.visualItemRect(item)
        centre = rows.viewport().mapTo(self.scroll.widget(), rect.center())
        self.scroll.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def _open(self, screen: str, ids: dict) -> None:
        self.ctx.navigate.emit(screen, ids)

    def _write_discussion(self) -> None:
        if self._upcoming_id is not None:
            self.ctx.navigate.emit("timeline", {"milestone_id": self._upcoming_id, "focus": "discussion"})

    def _open_milestone(self, milestone_id: int) -> None:
        self.ctx.navigate.emit("timeline", {"milestone_id": milestone_id})

    def _export(self) -> None:
        export = getattr(self.window(), "export_pdf", None)
        if callable(export):
            export()
