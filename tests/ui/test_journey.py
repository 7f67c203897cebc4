"""The whole journey a leader takes, through real widgets on a real store, across a restart."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from handleplan.models import Level, Phase
from handleplan.ops import initiatives as initiative_ops
from handleplan.ops import people, reflections, timeline
from handleplan.store import Store
from handleplan.ui.app import Language, settings_for
from handleplan.ui.controller import AppController


def start_app(qapp, folder: Path) -> AppController:
    language = Language(qapp)
    language.switch("da")
    controller = AppController(qapp, Store.open(folder), settings_for(folder), language)
    controller.show(welcome=False)
    return controller


def saved(qtbot, check) -> None:  # noqa: ANN001
    """Wait for the autosave (under a second after the last keystroke) to reach the store."""
    qtbot.waitUntil(check, timeout=5000)


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    return tmp_path / "plan"


def test_leader_journey_survives_a_restart(qapp, qtbot, app_folder: Path):
    controller = start_app(qapp, app_folder)
    window = controller.window
    ctx = controller.ctx
    store = ctx.store

    # First start: the welcome asks who I am and dates the forløb.
    from handleplan.ui.dialogs.welcome import WelcomeDialog

    welcome = WelcomeDialog(ctx, window)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.keyClicks(welcome.name, "Mette Hansen")
    qtbot.keyClicks(welcome.organisation, "Hjemmeplejen Nord")
    qtbot.keyClicks(welcome.unit, "Team Vest")
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.members.new_name, "Jonas Kristensen")
    qtbot.mouseClick(welcome.members.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)  # the forløb, dated from today
    welcome.start_date.setDate(QDate.currentDate().addDays(-21))
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.focus, "Psykologisk tryghed i en travl hverdag")
    qtbot.mouseClick(welcome.finish_button, Qt.MouseButton.LeftButton)
    me = people.profile(store)
    assert (me.name, me.organisation, me.unit, me.onboarded) == (
        "Mette Hansen",
        "Hjemmeplejen Nord",
        "Team Vest",
        True,
    )
    assert me.focus == "Psykologisk tryghed i en travl hverdag"
    assert [m.name for m in people.trio_members(store)] == ["Jonas Kristensen"]
    first = timeline.milestones(store)[0]
    assert first.date == date.today() - timedelta(days=21)

    # Create an initiative with Ctrl+N's action and type its title.
    window.new_initiative()
    screen = window.current_screen()
    editor = screen.editor
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Tjek ind på teammødet")
    saved(qtbot, lambda: initiative_ops.initiatives(store)[0].title == "Tjek ind på teammødet")
    initiative = initiative_ops.initiatives(store)[0]

    # Planlæg: objective, a question with its prediction.
    editor.tabs.setCurrentWidget(editor.cycles)
    cycles = editor.cycles
    plan = cycles.pages[Phase.PLAN]
    qtbot.keyClicks(plan.objective, "Alle siger noget i første runde")
    plan.add_question()
    row = plan.questions.rows[0]
    qtbot.keyClicks(row.question, "Siger flere noget?")
    qtbot.keyClicks(row.prediction, "Ja, 8 ud af 10")
    ctx.flush()
    cycle = initiative.current_cycle
    assert cycle.objective == "Alle siger noget i første runde"
    assert [(q.question, q.prediction) for q in cycle.questions] == [("Siger flere noget?", "Ja, 8 ud af 10")]

    # IGLO: the leader follows up.
    editor.tabs.setCurrentWidget(editor.iglo)
    section = editor.iglo.sections[Level.LEDER]
    section.add("")
    role_row = section.rows.rows[0]
    qtbot.keyClicks(role_row.what, "Følge op i 1:1-samtaler")
    ctx.flush()
    assert [r.what for r in initiative.roles] == ["Følge op i 1:1-samtaler"]

    # Move to Udfør and note an observation.
    editor.tabs.setCurrentWidget(editor.cycles)
    qtbot.mouseClick(cycles.phase_button, Qt.MouseButton.LeftButton)
    saved(qtbot, lambda: initiative.current_cycle.phase == Phase.DO)
    do_page = cycles.pages[Phase.DO]
    do_page.add_observation()
    qtbot.keyClicks(do_page.observations.rows[0].text, "11 af 14 sagde noget")
    ctx.flush()
    assert [o.text for o in initiative.current_cycle.observations] == ["11 af 14 sagde noget"]

    # A private reflection after Modul 1.
    modul1 = next(m for m in timeline.milestones(store) if m.kind.value == "modul1")
    refl_screen = window.open_screen("reflections")
    refl_screen.open_or_write_for(modul1)
    refl_editor = refl_screen.editor
    qtbot.keyClicks(refl_editor.answer_fields()[0], "Psykologisk tryghed starter hos mig")
    refl_editor.private.click()
    ctx.flush()
    written = reflections.reflections(store)
    assert len(written) == 1 and written[0].private
    assert written[0].answers[0].answer == "Psykologisk tryghed starter hos mig"

    # Close the app and start it again on the same store.
    window.close()
    controller.shutdown()

    again = start_app(qapp, app_folder)
    try:
        s = again.ctx.store
        assert people.profile(s).name == "Mette Hansen"
        assert people.profile(s).onboarded
        [found] = initiative_ops.initiatives(s)
        assert found.title == "Tjek ind på teammødet"
        assert found.current_cycle.phase == Phase.DO
        assert found.current_cycle.objective == "Alle siger noget i første runde"
        assert found.current_cycle.questions[0].prediction == "Ja, 8 ud af 10"
        assert found.current_cycle.observations[0].text == "11 af 14 sagde noget"
        assert found.roles[0].level == Level.LEDER
        [refl] = reflections.reflections(s)
        assert refl.private and refl.milestone.kind.value == "modul1"
        assert again.window.windowTitle() == "Handleplan – Mette Hansen"
    finally:
        again.window.close()
        again.shutdown()


def test_undo_brings_back_a_deleted_initiative_with_its_cycles(qapp, qtbot, app_folder: Path):
    controller = start_app(qapp, app_folder)
    try:
        ctx = controller.ctx
        store = ctx.store
        initiative = initiative_ops.create_initiative(store, "Spilleregler for vagtskiftet")
        initiative_ops.add_question(store, initiative.current_cycle, "Virker de?", "Ja")
        initiative_ops.start_next_cycle(store, initiative)
        screen = controller.window.open_screen("initiatives", {"initiative_id": initiative.id})
        assert screen.editor.initiative is not None

        ctx.delete(screen.editor.initiative, "Slet tiltag")
        assert initiative_ops.initiatives(store) == []
        ctx.undo_stack.undo()
        [back] = initiative_ops.initiatives(store)
        assert back.id == initiative.id
        assert [c.number for c in back.cycles] == [1, 2]
        assert back.cycles[0].questions[0].question == "Virker de?"
        ctx.undo_stack.redo()
        assert initiative_ops.initiatives(store) == []
    finally:
        controller.window.close()
        controller.shutdown()


def test_window_state_and_last_screen_are_remembered(qapp, qtbot, app_folder: Path):
    controller = start_app(qapp, app_folder)
    controller.window.resize(1111, 777)
    controller.window.open_screen("reflections")
    controller.window.close()
    saved_geometry = controller.ctx.settings.value("window/geometry")
    controller.shutdown()

    again = start_app(qapp, app_folder)
    try:
        assert again.window.current_screen().key == "reflections"
        # The offscreen platform clamps restored sizes to its small virtual screen, so compare what
        # was saved with what the window writes back unchanged, not pixel sizes.
        assert saved_geometry is not None and not saved_geometry.isEmpty()
        assert again.ctx.settings.value("window/geometry") == saved_geometry
    finally:
        again.window.close()
        again.shutdown()
