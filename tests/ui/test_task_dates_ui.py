"""A task's "Hvornår" on screen: the day it names shows under it while she types, and a dated task
reaches the Overblik's "Opgaver de næste 14 dage" beside the IGLO roles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handleplan.models import Level, Phase
from handleplan.ops import iglo
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.ui.widgets.cards import BADGE_KIND_ROLE, BADGE_ROLE, TARGET_ROLE, TITLE_ROLE


@pytest.fixture
def plan_page(ctx, qtbot):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    ops.create_initiative(ctx.store, "Tjek ind")
    widget = InitiativesScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.refresh()
    page = widget.editor.cycles.pages[Phase.PLAN]
    page.keep_screen = widget  # the page lives only as long as its screen
    return page


def test_the_day_she_typed_shows_under_hvornaar_without_moving_the_row(plan_page, ctx, qtbot):
    plan_page.add_task()
    row = plan_page.tasks.rows[0]
    qtbot.waitUntil(lambda: row.when_day.width() > 0)
    height = row.sizeHint().height()
    assert row.when_day.text() == ""
    row.when.setFocus()
    qtbot.keyClicks(row.when, "4.11.2026")
    assert row.when_day.accessibleName() == "onsdag 4. november 2026"
    assert row.when_day.text() in ("onsdag 4. november 2026", "ons. 4. nov. 2026", "4. nov. 2026")
    assert row.sizeHint().height() == height  # the line was there all along
    ctx.flush()
    [task] = ops.initiatives(ctx.store)[0].current_cycle.tasks
    assert (task.when, task.due) == ("4.11.2026", date(2026, 11, 4))


def test_a_free_text_names_no_day_and_the_saved_day_shows_when_reopened(plan_page, ctx, qtbot):
    plan_page.add_task()
    row = plan_page.tasks.rows[0]
    row.when.setFocus()
    qtbot.keyClicks(row.when, "uge 3")
    assert row.when_day.text() == ""
    ctx.flush()
    task = ops.initiatives(ctx.store)[0].current_cycle.tasks[0]
    assert task.due is None
    edit(ctx.store, task, when="i morgen")  # written elsewhere (undo, another cycle): the row follows
    plan_page.setFocus()
    row.refresh()
    assert row.when_day.day == date.today() + timedelta(days=1)


def test_a_narrow_column_gets_a_shorter_wording(plan_page, ctx, qtbot):
    plan_page.add_task()
    row = plan_page.tasks.rows[0]
    row.when_day.set_day(date(2026, 11, 4))
    row.when_day.resize(row.when_day.fontMetrics().horizontalAdvance("4. nov. 2026") + 4, 20)
    assert row.when_day.text() == "4. nov. 2026"
    assert row.when_day.toolTip() == "onsdag 4. november 2026"


def test_dated_tasks_and_roles_are_listed_together_on_the_overblik(ctx, qtbot):
    from handleplan.ui.screens.overview import OverviewScreen

    today = date.today()
    initiative = ops.create_initiative(ctx.store, "Trivselssnak")
    cycle = initiative.cycles[0]
    ops.add_task(ctx.store, cycle, "Book lokale", "Mette", when="i morgen")
    ops.add_task(ctx.store, cycle, "Uden dag", when="uge 3")
    ops.add_task(ctx.store, cycle, "Glemt", when=(today - timedelta(days=2)).isoformat())
    iglo.assign(ctx.store, Level.LEDER, "Tale med AMR", "Mette", initiative=initiative, due=today)
    screen = OverviewScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1050, 700)
    screen.show()
    qtbot.waitExposed(screen)
    shown = [screen.tasks.list.item(i) for i in range(screen.tasks.list.count())]
    assert [i.data(TITLE_ROLE) for i in shown] == ["Glemt", "Tale med AMR", "Book lokale"]
    assert shown[0].data(BADGE_KIND_ROLE) == "warn" and shown[0].data(BADGE_ROLE).startswith("Forfalden")
    assert shown[1].data(BADGE_ROLE) == "I dag"
    assert shown[2].data(TARGET_ROLE) == (
        "initiatives",
        {"initiative_id": initiative.id, "cycle_id": cycle.id},
    )
    assert "Mette · Tiltag »Trivselssnak«" in shown[2].text()
