"""A date field takes what a Danish leader types, as well as the calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget

from handleplan.ops import initiatives as ops
from handleplan.ui.fields import DateField


@pytest.fixture
def observation(ctx):
    cycle = ops.create_initiative(ctx.store, "Tjek ind").cycles[0]
    return ops.add_observation(ctx.store, cycle, "Første gang", date(2026, 1, 5))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("4.11.2026", date(2026, 11, 4)), ("4. nov. 2026", date(2026, 11, 4)), ("i morgen", None)],
)
def test_a_typed_date_is_saved_and_shown_in_the_format(ctx, qtbot, observation, typed, meant):
    field = DateField(ctx, "observed_on", "Dato")
    qtbot.addWidget(field)
    field.bind(observation)
    field.show()
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    field.clearFocus()
    ctx.flush()
    expected = meant or date.today() + timedelta(days=1)
    assert observation.observed_on == expected
    assert field.lineEdit().text() == field.textFromDateTime(field.dateTime())  # no "i morgen" left


def test_the_calendar_shows_whole_day_names(ctx, qtbot):
    field = DateField(ctx, "observed_on", "Dato")
    qtbot.addWidget(field)
    calendar = field.calendarWidget()
    assert calendar.horizontalHeaderFormat() == QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
