"""The welcome on first start: who you are, your TRIO, the dates of your forløb and an optional fokus."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handleplan.models import Milestone, Profile
from handleplan.ops import people
from handleplan.ops import timeline as timeline_ops
from handleplan.ui.context import AppContext
from handleplan.ui.dates import date_format
from handleplan.ui.fields import DateField, LineField, TextField
from handleplan.ui.initiative.form import bold, heading, help_label
from handleplan.ui.style import set_role
from handleplan.ui.trio.members import MembersBox
from handleplan.ui.widgets.auto_height import grow_with_text
from handleplan.ui.widgets.fit import fit_to_screen

WELCOME, TRIO, FORLOEB, FOCUS = range(4)


def _page(*widgets: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget)
    return page, layout


class WelcomeDialog(QDialog):
    """Four short pages; every field saves itself, so skipping or closing loses nothing already typed.

    Finishing or skipping marks the profile as onboarded; closing the window (Escape) does not, so the
    welcome comes back next time for a leader who was interrupted.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile: Profile = people.profile(ctx.store)
        self.milestone_fields: dict[int, DateField] = {}
        # Once the leader has set one milestone's date by hand, a new start date no longer moves them all.
        self.dates_edited = False
        self.setWindowTitle(self.tr("Velkommen til Handleplan"))
        self.setObjectName("welcome-dialog")

        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._trio_page())
        self.pages.addWidget(self._forloeb_page())
        self.pages.addWidget(self._focus_page())

        self.step = QLabel()
        set_role(self.step, "help")
        self.skip_button = QPushButton(self.tr("Spring over"))
        self.skip_button.setToolTip(self.tr("Du kan altid udfylde det senere"))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("Tilbage"))
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Næste"))
        self.next_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        self.finish_button = QPushButton(self.tr("Kom i gang"))
        self.finish_button.clicked.connect(self.finish)
        for button in (self.next_button, self.finish_button):
            button.setAutoDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)

        # Sized in characters, so it scales with the font and the screen's scaling.
        lines = self.fontMetrics().lineSpacing()
        fit_to_screen(self, 38 * lines, 30 * lines)
        self.go_to(WELCOME)

    # -- pages ----------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        intro = QLabel(
            self.tr(
                "Handleplan hjælper dig med at holde styr på dine tiltag for et bedre psykisk arbejdsmiljø "
                "gennem hele forløbet: hvad du vil sætte i gang, hvem der gør hvad, hvad du lærer undervejs, "
                "og hvad du vil tage med til næste modul og TRIO-møde."
            )
        )
        intro.setWordWrap(True)
        private = QLabel(
            self.tr(
                "Alt, hvad du skriver, bliver på denne computer. Intet deles, før du selv vælger at "
                "eksportere det."
            )
        )
        private.setWordWrap(True)
        bold(private)
        ask = help_label(self.tr("Fortæl lidt om dig selv. Du kan altid ændre det senere."))
        self.name = LineField(self.ctx, "name", self.tr("Dit navn"))
        self.organisation = LineField(self.ctx, "organisation", self.tr("Organisation"))
        self.unit = LineField(self.ctx, "unit", self.tr("Enhed eller afdeling"))
        self.unit.setPlaceholderText(self.tr("fx Hjemmeplejen Nord"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("Dit &navn"), self.name),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Enhed"), self.unit),
        ):
            field.bind(self.profile)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        page, layout = _page(heading(self.tr("Velkommen til Handleplan"), "h1"), intro, private, ask)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _trio_page(self) -> QWidget:
        self.members = MembersBox(self.ctx)
        self.members.refresh()
        # Enter in the "new member" line adds the member; without this the dialog would also go on. The
        # role is an editable combo box: the key reaches the box itself, which passes it on unhandled.
        for edit in (self.members.new_name, self.members.new_role, self.members.new_role.lineEdit()):
            edit.installEventFilter(self)
        intro = help_label(
            self.tr(
                "På forløbet er du en del af en TRIO: dig og to fra din arbejdsplads. I mødes mellem "
                "modulerne og hjælper hinanden videre med jeres tiltag."
            )
        )
        page, layout = _page(heading(self.tr("Din TRIO")), intro, self.members)
        layout.addStretch(1)
        return page

    def _forloeb_page(self) -> QWidget:
        intro = help_label(
            self.tr(
                "Her er forløbets datoer, som de plejer at ligge. Vælg den første dag, så flytter resten "
                "med. Du kan rette hver dato for sig – se efter i din invitation fra kurset."
            )
        )
        self.start_date = QDateEdit()
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(date_format())
        self.start_date.setAccessibleName(self.tr("Forløbets første dag"))
        self.start_date.setDate(QDate(self._first_date() or date.today()))
        self.start_date.dateChanged.connect(self._start_changed)
        start_label = QLabel(self.tr("Forløbets &første dag"))
        start_label.setBuddy(self.start_date)
        start_row = QHBoxLayout()
        start_row.addWidget(start_label)
        start_row.addWidget(self.start_date)
        start_row.addStretch(1)

        self.milestone_grid = QGridLayout()
        self.milestone_grid.setColumnStretch(0, 1)
        self.milestone_grid.setVerticalSpacing(6)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 8, 0)
        holder_layout.addLayout(self.milestone_grid)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        page, layout = _page(heading(self.tr("Dit forløb")), intro)
        layout.addLayout(start_row)
        layout.addWidget(scroll, 1)
        return page

    def _focus_page(self) -> QWidget:
        # The course's own question for the opstart, from the content file.
        question = help_label(self.ctx.content.prompts_for("opstart")[0])
        self.focus = TextField(self.ctx, "focus", self.tr("Dit fokus eller tema"))
        self.focus.bind(self.profile)
        label = QLabel(self.tr("&Fokus/tema (kan udfyldes senere)"))
        label.setBuddy(self.focus)
        grow_with_text(self.focus, min_lines=6, max_lines=12)
        later = help_label(self.tr("Dit fokus står på Overblik og i din Handleplan. Du kan altid rette det."))
        page, layout = _page(heading(self.tr("Dit fokus")), question, label, self.focus, later)
        layout.addStretch(1)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.members.add()
            return True
        return super().eventFilter(watched, event)

    # -- the forløb -----------------------------------------------------------------------------
    def _first_date(self) -> date | None:
        dated = [m.date for m in timeline_ops.milestones(self.ctx.store) if m.date is not None]
        return min(dated) if dated else None

    def ensure_forloeb(self) -> None:
        """Seed the default milestones (once, when the plan has none) and show them as rows."""
        if not self.milestone_fields:
            start = self.start_date.date().toPython()
            rows = self.ctx.call(timeline_ops.seed_default_forloeb, self.ctx.store, start, lang=self.ctx.lang)
            self._build_rows(rows or [])

    def _build_rows(self, milestones: list[Milestone]) -> None:
        for row, milestone in enumerate(milestones):
            title = QLabel(milestone.title)
            title.setWordWrap(True)
            field = DateField(
                self.ctx, "date", milestone.title, optional=True, no_date_text=self.tr("Ingen dato")
            )
            field.bind(milestone)
            field.dateChanged.connect(lambda _d, f=field: self._milestone_edited(f))
            title.setBuddy(field)
            self.milestone_grid.addWidget(title, row, 0)
            self.milestone_grid.addWidget(field, row, 1)
            self.milestone_fields[milestone.id] = field

    def _milestone_edited(self, field: DateField) -> None:
        if not field.binding.loading:
            self.dates_edited = True

    def _start_changed(self, new: QDate) -> None:
        """Move the whole forløb with its first day, as long as no single date was set by hand."""
        if self.dates_edited or not self.milestone_fields:
            return
        old = self._first_date()
        if old is None:
            return
        shift = timedelta(days=new.toPython().toordinal() - old.toordinal())
        for field in self.milestone_fields.values():
            milestone = field.binding.record
            if milestone is not None and milestone.date is not None:
                self.ctx.edit(milestone, date=milestone.date + shift)
            field.binding.refresh()

    # -- navigation -----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        index = max(WELCOME, min(FOCUS, index))
        self.ctx.flush()
        if index == FORLOEB:
            self.ensure_forloeb()
        self.pages.setCurrentIndex(index)
        last = index == FOCUS
        self.back_button.setVisible(index > WELCOME)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self.skip_button.setVisible(not last)
        (self.finish_button if last else self.next_button).setDefault(True)
        self.step.setText(
            self.tr("Trin %1 af %2").replace("%1", str(index + 1)).replace("%2", str(FOCUS + 1))
        )
        first = {WELCOME: self.name, TRIO: self.members.new_name, FORLOEB: self.start_date, FOCUS: self.focus}
        first[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        self.ctx.flush()
        self.ctx.edit(self.profile, onboarded=True)
        self.accept()

    def skip(self) -> None:
        """Skipping still leaves a usable plan: the default forløb, dated from today."""
        self.ctx.flush()
        self.ctx.call(timeline_ops.seed_default_forloeb, self.ctx.store, date.today(), lang=self.ctx.lang)
        self.ctx.edit(self.profile, onboarded=True)
        self.accept()

    def reject(self) -> None:
        self.ctx.flush()
        super().reject()

    def screenshot_states(self) -> list[tuple[str, object]]:
        return [(f"page{i + 1}", lambda i=i: self.go_to(i)) for i in range(FOCUS + 1)]
