"""Filer → "Eksportér kalender (.ics) …" asks before a private initiative's dates go along, and the quiet
reminder at the foot of the window comes once per milestone, a few days before, with the way to act."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from test_portable_dialog import answer_boxes

from handleplan.models import MilestoneKind
from handleplan.ops import initiatives as ops
from handleplan.ops import timeline
from handleplan.ops.edit import edit
from handleplan.ops.reminders import milestone_reminder
from handleplan.ui.dialogs.calendar import CalendarFile
from handleplan.ui.main_window import MainWindow
from handleplan.ui.widgets.reminder import MilestoneReminder


def summaries(path: Path) -> set[str]:
    return {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_the_file_menu_has_the_calendar(ctx, qtbot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert "Eksportér kalender (.ics) …" in [a.text() for a in file_menu.actions()]


def test_a_private_initiatives_dates_go_along_only_when_she_says_so(ctx, qtbot, tmp_path: Path) -> None:
    timeline.add_milestone(ctx.store, MilestoneKind.MODUL2, "Modul 2", date(2026, 11, 18))
    open_ = ops.create_initiative(ctx.store, "Trivselssnak")
    ops.add_task(ctx.store, open_.cycles[0], "Book lokale", when="4.11.2026")
    secret = ops.create_initiative(ctx.store, "Støtte til en medarbejder", private=True)
    ops.add_task(ctx.store, secret.cycles[0], "Ring til LISE-HEMMELIG", when="6.11.2026")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    calendar = CalendarFile(ctx, window)
    seen: list[str] = []
    answer_boxes(["Lad dem blive i Handleplan", "OK"], seen)
    out = calendar.export_calendar(tmp_path / "plan.ics")
    assert out == tmp_path / "plan.ics"
    assert summaries(out) == {"Modul 2", "Opgave: Book lokale"}
    assert seen[0].startswith("1 dato hører til det private tiltag »Støtte til en medarbejder«.")
    assert "med 2 begivenheder" in seen[1] and "Outlook eller Google Kalender" in seen[1]
    answer_boxes(["Tag dem med", "OK"], seen)
    calendar.export_calendar(out)
    assert "Opgave: Ring til LISE-HEMMELIG" in summaries(out)
    answer_boxes(["Annullér"], seen)
    out.unlink()
    assert calendar.export_calendar(out) is None and not out.exists()


def test_no_question_when_nothing_private_has_a_date(ctx, qtbot, tmp_path: Path) -> None:
    ops.create_initiative(ctx.store, "Støtte til en medarbejder", private=True)  # no dates
    timeline.add_milestone(ctx.store, MilestoneKind.TRIO, "TRIO-møde", date(2026, 12, 1))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen: list[str] = []
    answer_boxes(["OK"], seen)
    assert CalendarFile(ctx, window).export_calendar(tmp_path / "x.ics") is not None
    assert len(seen) == 1 and "med 1 begivenhed." in seen[0]


def test_the_reminder_comes_once_per_milestone(ctx, qtbot) -> None:
    today = date.today()
    trio = timeline.add_milestone(ctx.store, MilestoneKind.TRIO, "TRIO-møde", today + timedelta(days=3))
    timeline.add_milestone(ctx.store, MilestoneKind.MODUL3, "Modul 3", today + timedelta(days=20))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_screen("overview")
    qtbot.wait(50)
    # On the Overblik its countdown card says it already: the line waits for another screen.
    assert not window.reminder.isVisible() and window.reminder.reminder is not None
    window.open_screen("initiatives")
    assert window.reminder.isVisible()
    assert window.reminder.text.text() == "TRIO-møde om 3 dage – eksportér din handleplan"
    # The next start (a new window) does not say it again …
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    again.open_screen("initiatives")
    qtbot.wait(50)
    assert not again.reminder.isVisible()
    # … unless the meeting moves to another day (said once, by the window that hears it first).
    edit(ctx.store, trio, date=today + timedelta(days=1))
    assert window.reminder.text.text() == "TRIO-møde er i morgen – eksportér din handleplan"
    assert window.reminder.isVisible() and not again.reminder.isVisible()


def test_the_reminder_leads_to_the_export_or_is_put_away(ctx, qtbot) -> None:
    timeline.add_milestone(ctx.store, MilestoneKind.MODUL2, "Modul 2", date.today())
    reminder = MilestoneReminder(ctx)
    qtbot.addWidget(reminder)
    reminder.check()
    assert reminder.isVisibleTo(None) or not reminder.isHidden()
    assert reminder.text.text() == "Modul 2 er i dag – eksportér din handleplan"
    with qtbot.waitSignal(reminder.export_requested):
        qtbot.mouseClick(reminder.export_button, Qt.MouseButton.LeftButton)
    assert reminder.isHidden()
    other = MilestoneReminder(ctx)
    qtbot.addWidget(other)
    other.check()
    assert other.isHidden()  # seen once is enough


def test_nothing_near_and_nothing_past(store, data_dir) -> None:
    today = date(2026, 11, 10)
    timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", today - timedelta(days=1))
    timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", today + timedelta(days=4))
    assert milestone_reminder(store.path, today, set()) is None
    found = milestone_reminder(store.path, today + timedelta(days=1), set())
    assert (found.title, found.days) == ("Modul 2", 3)
    assert milestone_reminder(store.path, today + timedelta(days=1), {found.key}) is None
    assert milestone_reminder(data_dir / "no-such.db", today, set()) is None


def test_a_window_left_open_hears_when_the_milestone_comes_near(ctx, qtbot) -> None:
    today = date.today()
    timeline.add_milestone(ctx.store, MilestoneKind.MODUL3, "Modul 3", today + timedelta(days=5))
    reminder = MilestoneReminder(ctx)
    qtbot.addWidget(reminder)
    reminder.check(today)
    assert reminder.isHidden()  # five days off: not yet
    reminder.check(today + timedelta(days=2))  # two days later, the window still open
    assert not reminder.isHidden()
    assert reminder.text.text() == "Modul 3 om 3 dage – eksportér din handleplan"
