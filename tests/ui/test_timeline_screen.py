"""The Forløb screen: edit milestones in place, add a TRIO meeting, delete and undo, date order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from handleplan.models import Level, MilestoneKind
from handleplan.ops import iglo
from handleplan.ops import timeline as timeline_ops


@pytest.fixture
def screen(ctx, qtbot):
    from handleplan.ui.screens.timeline import TimelineScreen

    widget = TimelineScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    return widget


@pytest.fixture
def forloeb(store):
    return timeline_ops.seed_default_forloeb(store, date.today() - timedelta(weeks=3))


def _row(screen, milestone):
    return screen.rows[milestone.id]


def test_rows_in_date_order_with_next_marked(screen, forloeb):
    screen.refresh()
    shown = [row.milestone.id for row in screen.milestone_rows()]
    assert shown == [m.id for m in timeline_ops.milestones(screen.ctx.store)]
    upcoming = timeline_ops.next_milestone(screen.ctx.store)
    assert "Næste" in _row(screen, upcoming).badge.text()
    assert sum("Næste" in row.badge.text() for row in screen.milestone_rows()) == 1


def test_modules_have_course_subtitle_and_discussion_field(screen, ctx, forloeb):
    screen.refresh()
    module = next(m for m in forloeb if m.kind == MilestoneKind.MODUL1)
    row = _row(screen, module)
    assert row.subtitle.text() == ctx.content.milestone_template("modul1").subtitle
    assert row.discussion is not None
    trio = next(m for m in forloeb if m.kind == MilestoneKind.TRIO)
    assert _row(screen, trio).discussion is None


def test_change_title_and_place_by_typing(screen, store, forloeb, qtbot):
    screen.refresh()
    module = next(m for m in forloeb if m.kind == MilestoneKind.MODUL2)
    row = _row(screen, module)
    row.title.selectAll()
    qtbot.keyClicks(row.title, "Modul 2 om kultur")
    qtbot.keyClicks(row.place, "Hotel Svendborg")
    qtbot.waitUntil(
        lambda: (
            timeline_ops.get_milestone(store, module.id).title == "Modul 2 om kultur"
            and module.place.endswith("Hotel Svendborg")
        ),
        timeout=3000,
    )


def test_discussion_points_save(screen, store, forloeb, qtbot):
    screen.refresh()
    module = next(m for m in forloeb if m.kind == MilestoneKind.MODUL3)
    qtbot.keyClicks(_row(screen, module).discussion, "Stresstrappen i praksis")
    qtbot.waitUntil(lambda: module.discussion_points == "Stresstrappen i praksis", timeout=3000)


def test_changed_date_resorts_the_rows(screen, ctx, store, forloeb, qtbot):
    screen.refresh()
    first = screen.milestone_rows()[0]
    first.date.setFocus()
    first.date.setDate(QDate(date.today() + timedelta(weeks=200)))
    ctx.flush()
    qtbot.waitUntil(lambda: screen.milestone_rows()[-1] is first, timeout=3000)
    assert screen.milestone_rows()[0] is not first


def test_add_trio_meeting(screen, store, forloeb, qtbot):
    screen.refresh()
    before = len(screen.milestone_rows())
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert len(screen.milestone_rows()) == before + 1
    meetings = [m for m in timeline_ops.milestones(store) if m.kind == MilestoneKind.TRIO]
    added = max(meetings, key=lambda m: m.id)
    assert added.title == "TRIO-møde"
    assert added.date == date.today()
    assert added.id in screen.rows


def test_delete_milestone_then_undo_restores_it_with_agreements(screen, ctx, store, forloeb, qtbot):
    trio = next(m for m in forloeb if m.kind == MilestoneKind.TRIO)
    iglo.assign(store, Level.LEDER, "Booke næste TRIO-møde", milestone=trio)
    trio_id = trio.id
    screen.refresh()
    count = len(screen.milestone_rows())
    qtbot.mouseClick(_row(screen, trio).delete_button, Qt.MouseButton.LeftButton)
    assert trio_id not in screen.rows
    assert len(screen.milestone_rows()) == count - 1
    ctx.undo_stack.undo()
    screen.refresh()
    restored = timeline_ops.get_milestone(store, trio_id)
    assert [a.what for a in restored.agreements] == ["Booke næste TRIO-møde"]
    assert screen.rows[trio_id].title.text() == restored.title


def test_show_target_scrolls_to_the_milestone(screen, forloeb, qtbot):
    screen.resize(1050, 400)
    screen.refresh()
    last = screen.milestone_rows()[-1]
    screen.show_target({"milestone_id": last.milestone.id})
    qtbot.waitUntil(lambda: screen.scroll.verticalScrollBar().value() > 0, timeout=2000)


def test_each_module_shows_its_aims_and_a_trio_meeting_none(screen, forloeb):
    screen.refresh()
    content = screen.ctx.content
    for row in screen.milestone_rows():
        kind = row.milestone.kind
        if kind.is_module:
            aims = content.milestone_template(kind.value).aims
            assert row.aims.isVisibleTo(row) and all(aim in row.aims.text() for aim in aims), kind
        else:
            assert not row.aims.isVisibleTo(row)
