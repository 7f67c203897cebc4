"""The padlocks: a private observation and a TRIO meeting's private notes, toggled where they are
written, saved at once, and shown outside their editor as a lock and never as text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from handleplan.models import MilestoneKind, Observation, Phase
from handleplan.ops import initiatives as ops
from handleplan.ops import search
from handleplan.ops import timeline as timeline_ops
from handleplan.ops.edit import edit
from handleplan.ui.widgets.cards import BADGE_KIND_ROLE, BADGE_ROLE


@pytest.fixture
def observed(store):
    initiative = ops.create_initiative(store, "Pauser der holder")
    cycle = initiative.current_cycle
    edit(store, cycle, phase=Phase.DO)
    observation = ops.add_observation(store, cycle, "Lise virkede presset i pausen", date.today())
    return initiative, cycle, observation


def stored(store, record_type, record_id):  # noqa: ANN001, ANN201
    """The row as a fresh read of the file says (not the session's cached object)."""
    store.session.expire_all()
    return store.session.get(record_type, record_id)


def test_the_observations_padlock_saves_at_once_and_comes_back(ctx, qtbot, store, observed):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    initiative, cycle, observation = observed
    screen = InitiativesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1050, 700)
    screen.show()
    screen.refresh()
    screen.show_target({"initiative_id": initiative.id, "cycle_id": cycle.id})
    cycles = screen.editor.cycles
    cycles.show_page(Phase.DO)
    [row] = cycles.pages[Phase.DO].observations.rows
    lock = row.private
    assert lock.isCheckable() and not lock.isChecked() and lock.isEnabled()
    assert lock.accessibleName() == "Iagttagelse 1 er privat"
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)
    assert stored(store, Observation, observation.id).private is True  # no wait: a toggle saves at once
    assert row.text.toPlainText() == "Lise virkede presset i pausen"  # in its own editor the text shows
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)
    assert stored(store, Observation, observation.id).private is False
    ctx.edit(stored(store, Observation, observation.id), private=True)  # from elsewhere: the padlock follows
    qtbot.waitUntil(lambda: cycles.pages[Phase.DO].observations.rows[0].private.isChecked(), timeout=3000)


def test_a_finished_cycles_padlock_is_read_only(ctx, qtbot, store):
    from handleplan.ui.initiative.rows import ObservationRow

    initiative = ops.create_initiative(store, "Tjek ind")
    observation = ops.add_observation(store, initiative.current_cycle, "Noget", date.today())
    row = ObservationRow(ctx, lambda *_: None)
    qtbot.addWidget(row)
    row.bind(observation)
    row.set_read_only(True)
    assert not row.private.isEnabled()
    row.set_read_only(False)
    assert row.private.isEnabled()


@pytest.fixture
def trio(ctx, qtbot, store):
    from handleplan.ui.screens.trio import TrioScreen

    meeting = timeline_ops.add_milestone(
        store, MilestoneKind.TRIO, "TRIO-møde", date.today() - timedelta(days=2)
    )
    edit(store, meeting, notes="Lise er sygemeldt med stress")
    screen = TrioScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1050, 700)
    screen.show()
    screen.refresh()
    return screen, meeting


def test_noterne_er_private_saves_and_the_list_shows_a_lock_not_the_notes(ctx, qtbot, store, trio):
    from handleplan.models import Milestone

    screen, meeting = trio
    toggle = screen.editor.notes_private
    assert toggle.text() == "Noterne er private" and not toggle.isChecked()
    item = screen.meeting_list.item(0)
    assert not item.data(BADGE_ROLE)
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert stored(store, Milestone, meeting.id).notes_private is True
    qtbot.waitUntil(lambda: screen.meeting_list.item(0).data(BADGE_KIND_ROLE) == "lock", timeout=3000)
    item = screen.meeting_list.item(0)
    assert item.data(BADGE_ROLE) == "private noter"
    shown = " ".join(str(item.data(role) or "") for role in range(Qt.ItemDataRole.UserRole + 20))
    assert "Lise" not in shown and "private noter" in item.text()
    assert screen.editor.notes.toPlainText() == "Lise er sygemeldt med stress"  # its own editor shows them


def test_search_marks_hits_in_private_notes_and_observations_with_the_lock(ctx, qtbot, store, observed):
    from handleplan.ui.dialogs.search import SearchDialog
    from handleplan.ui.widgets.cards import BADGE_KIND_ROLE as KIND

    _initiative, _cycle, observation = observed
    meeting = timeline_ops.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date.today())
    edit(store, meeting, notes="Lise fortalte om pausen", notes_private=True)
    edit(store, observation, private=True)
    assert {h.private for h in search.search(store, "lise")} == {True}
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field, "lise")
    dialog.run_search()
    kinds = [dialog.results.item(i).data(KIND) for i in range(dialog.results.count())]
    assert kinds == ["lock", "lock"]


def test_the_overblik_never_reads_observations_or_meeting_notes(ctx, store, observed, tmp_path):
    """The Overblik's read model has no text of either (so nothing private can reach it by that way)."""
    from handleplan.ops.overview import load_overview

    _initiative, _cycle, observation = observed
    edit(store, observation, private=True)
    meeting = timeline_ops.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date.today())
    edit(store, meeting, notes="Lise er sygemeldt", notes_private=True)
    overview = repr(load_overview(store.path))
    assert "Pauser der holder" in overview and "TRIO-møde" in overview  # the plan was read …
    assert "Lise" not in overview  # … and neither private text
