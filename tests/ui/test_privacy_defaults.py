"""Indstillinger › Fortrolighed: new tiltag, reflections and observations start private when she chose so,
created through the real screens with the real checkboxes ticked or not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QPushButton

from handleplan.models import Phase
from handleplan.ops import reflections
from handleplan.ui import settings_schema as schema
from handleplan.ui.app import settings_for
from handleplan.ui.dialogs.settings import SettingsDialog

DEFAULTS = (
    schema.NEW_INITIATIVES_PRIVATE,
    schema.NEW_REFLECTIONS_PRIVATE,
    schema.NEW_OBSERVATIONS_PRIVATE,
    schema.NEW_TRIO_NOTES_PRIVATE,
)


def choose_in_settings(ctx, qtbot, on: bool) -> None:
    """Tick (or untick) the three boxes in Fortrolighed the way she does: a click on each."""
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for setting in DEFAULTS:
        box = dialog.editors[setting.key]
        assert isinstance(box, QCheckBox) and box.text() == setting.tr_label()
        if box.isChecked() != on:
            # On the box itself: the row is wider than its words, and a click past them is no click.
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked() is on
    dialog.reject()


def test_the_fortrolighed_section_lists_the_four_defaults_off_from_the_start(ctx, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [dialog.editors[s.key].text() for s in DEFAULTS]
    assert labels == [
        "Nye tiltag er private",
        "Nye refleksioner er private",
        "Nye iagttagelser er private",
        "Noter fra nye TRIO-møder er private",
    ]
    assert not any(dialog.editors[s.key].isChecked() for s in DEFAULTS)
    boxes = {box.title(): box for box in dialog.findChildren(QGroupBox)}
    assert all(boxes["Fortrolighed"].isAncestorOf(dialog.editors[s.key]) for s in DEFAULTS)


def test_a_ticked_box_is_read_back_as_ticked_and_an_unticked_as_unticked_after_a_restart(
    ctx, qtbot, data_dir
):
    """An ini file gives "false" back as text, and bool("false") is True: off must stay off."""
    choose_in_settings(ctx, qtbot, on=True)
    assert all(schema.value(settings_for(data_dir), s) is True for s in DEFAULTS)
    choose_in_settings(ctx, qtbot, on=False)
    assert all(schema.value(settings_for(data_dir), s) is False for s in DEFAULTS)


@pytest.mark.parametrize("on", [True, False])
def test_a_new_initiative_and_its_observation_follow_the_choice(ctx, qtbot, on: bool):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    choose_in_settings(ctx, qtbot, on)
    screen = InitiativesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1050, 700)
    screen.show()
    screen.refresh()
    created = screen.new_initiative()
    assert created is not None and created.private is on

    cycles = screen.editor.cycles
    screen.editor.tabs.setCurrentWidget(cycles)
    qtbot.mouseClick(cycles.phase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: created.current_cycle.phase == Phase.DO)
    page = cycles.pages[Phase.DO]
    add = next(b for b in page.findChildren(QPushButton) if b.text() == "Tilføj iagttagelse")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    [observation] = created.current_cycle.observations
    assert observation.private is on
    # The pages re-measure themselves on a zero timer after being shown; let it run while they exist.
    QCoreApplication.processEvents()


@pytest.mark.parametrize("on", [True, False])
def test_a_new_reflection_follows_the_choice(ctx, qtbot, on: bool):
    from handleplan.ui.screens.reflections import ReflectionsScreen

    choose_in_settings(ctx, qtbot, on)
    screen = ReflectionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1050, 700)
    screen.show()
    screen.refresh()
    screen.new_reflection()
    [written] = reflections.reflections(ctx.store)
    assert written.private is on
    assert screen.editor.private.isChecked() is on  # and her editor shows it so


@pytest.mark.parametrize("screen_key", ["trio", "timeline"])
@pytest.mark.parametrize("on", [True, False])
def test_a_new_trio_meetings_notes_follow_the_choice(ctx, qtbot, on: bool, screen_key: str):
    from handleplan.models import MilestoneKind
    from handleplan.ops import timeline
    from handleplan.ui.main_window import MainWindow

    choose_in_settings(ctx, qtbot, on)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_screen(screen_key)
    screen.add_meeting()
    [meeting] = [m for m in timeline.milestones(ctx.store) if m.kind == MilestoneKind.TRIO]
    assert meeting.notes_private is on
