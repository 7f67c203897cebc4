"""IGLO in the Tiltag editor: roles on the four levels, TRIO members as who, dates, suggestions, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from handleplan.models import Level
from handleplan.ops import iglo, people
from handleplan.ops import initiatives as ops
from handleplan.ui.initiative.editor import IGLO


@pytest.fixture
def initiative(store):
    return ops.create_initiative(store, "Spilleregler for vagtskiftet")


@pytest.fixture
def screen(ctx, qtbot, initiative):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    screen = InitiativesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1050, 700)
    screen.show()
    screen.refresh()
    screen.editor.tabs.setCurrentIndex(IGLO)
    return screen


@pytest.fixture
def panel(screen):
    return screen.editor.iglo


def roles(store) -> list:
    return list(ops.initiatives(store)[0].roles)


def test_four_level_sections_with_the_course_titles(panel, ctx):
    assert list(panel.sections) == list(Level)
    for level, section in panel.sections.items():
        assert section.title.text() == ctx.content.levels[level.value].title
        assert section.rows.rows == []
        assert not section.rows.empty.isHidden()


def test_add_a_role_on_each_level(panel, ctx, qtbot):
    for level, section in panel.sections.items():
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        [row] = section.rows.rows
        qtbot.keyClicks(row.what, f"Opgave for {level.value}")
    ctx.flush()
    stored = {r.level: r.what for r in roles(ctx.store)}
    assert stored == {level: f"Opgave for {level.value}" for level in Level}
    for section in panel.sections.values():
        assert len(section.rows.rows) == 1 and section.rows.empty.isHidden()


def test_who_is_a_trio_member_or_free_text(panel, ctx, qtbot):
    jonas = people.add_trio_member(ctx.store, "Jonas Kristensen", "AMR")
    people.add_trio_member(ctx.store, "Birgitte Holm", "TR")
    panel.refresh()
    section = panel.sections[Level.GRUPPE]
    section.add("")
    section.add("")
    first, second = section.rows.rows
    assert [first.who.itemText(i) for i in range(first.who.count())] == [
        "Jonas Kristensen",
        "Birgitte Holm",
        "mig",
    ]

    # Picked from the list: linked to the member.
    first.who.setCurrentIndex(0)
    first.who.activated.emit(0)
    # Typed: stored as written, no member.
    qtbot.keyClicks(second.who.lineEdit(), "Team Vest")
    ctx.flush()
    a, b = roles(ctx.store)
    assert (a.trio_member_id, a.who) == (jonas.id, "Jonas Kristensen")
    assert (b.trio_member_id, b.who) == (None, "Team Vest")
    assert first.who.currentText() == "Jonas Kristensen"

    # Typing a member's name links too; changing it to free text unlinks again.
    second.who.lineEdit().clear()
    qtbot.keyClicks(second.who.lineEdit(), "jonas kristensen")
    ctx.flush()
    assert roles(ctx.store)[1].trio_member_id == jonas.id
    second.who.lineEdit().selectAll()
    qtbot.keyClicks(second.who.lineEdit(), "Hele teamet")
    ctx.flush()
    assert (roles(ctx.store)[1].trio_member_id, roles(ctx.store)[1].who) == (None, "Hele teamet")
    # The leader herself is offered too, and kept as the word she picked.
    second.who.setCurrentIndex(2)
    second.who.activated.emit(2)
    assert (roles(ctx.store)[1].trio_member_id, roles(ctx.store)[1].who) == (None, "mig")


def test_due_date_and_done_are_saved(panel, ctx, qtbot):
    section = panel.sections[Level.LEDER]
    section.add("Følge op i 1:1-samtaler")
    [row] = section.rows.rows
    assert row.due.value() is None  # "Ingen dato" until the leader picks one
    due = date.today() + timedelta(days=5)
    row.due.setDate(QDate(due))
    ctx.flush()
    assert roles(ctx.store)[0].due == due
    row.done.click()
    assert roles(ctx.store)[0].done is True
    # Done roles no longer count as due.
    assert iglo.open_due(ctx.store, due) == []


def test_a_suggestion_fills_what(panel, ctx, qtbot):
    for level in (Level.INDIVID, Level.ORGANISATION):
        section = panel.sections[level]
        suggestions = ctx.content.levels[level.value].suggestions
        assert [a.text() for a in section.menu.actions()] == list(suggestions)
        section.menu.actions()[0].trigger()
        [row] = section.rows.rows
        assert row.what.toPlainText() == suggestions[0]
    stored = {r.level: r.what for r in roles(ctx.store)}
    assert stored == {
        Level.INDIVID: ctx.content.levels[Level.INDIVID.value].suggestions[0],
        Level.ORGANISATION: ctx.content.levels[Level.ORGANISATION.value].suggestions[0],
    }


def test_delete_and_undo_brings_the_role_back(panel, ctx, qtbot):
    section = panel.sections[Level.ORGANISATION]
    section.add("Tage det op i MED-udvalget")
    [row] = section.rows.rows
    role_id = roles(ctx.store)[0].id
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert roles(ctx.store) == []
    assert section.rows.rows == []
    assert ctx.undo_stack.undoText() == "Slet rolle »Tage det op i MED-udvalget«"
    ctx.undo_stack.undo()
    [back] = roles(ctx.store)
    assert (back.id, back.what, back.level) == (role_id, "Tage det op i MED-udvalget", Level.ORGANISATION)
    assert [r.what.toPlainText() for r in section.rows.rows] == ["Tage det op i MED-udvalget"]


def test_calendar_of_a_role_without_a_date_opens_on_this_month(panel, ctx, qtbot):
    section = panel.sections[Level.LEDER]
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    [row] = section.rows.rows
    assert row.due.value() is None
    # A click on the arrow at the right end opens the calendar, as for the leader.
    qtbot.mouseClick(
        row.due, Qt.MouseButton.LeftButton, pos=QPoint(row.due.width() - 6, row.due.height() // 2)
    )
    calendar = row.due.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    # Turning the page chose nothing: the role still has no date until a day is clicked.
    assert row.due.value() is None
    calendar.window().close()
