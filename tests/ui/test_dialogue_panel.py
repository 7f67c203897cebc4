"""A drejebog in Udfør on screen: chosen from beside "Metode og redskaber", its steps become Planlæg's tasks,
its text can be read right there, and the outcome (A, B, C and IGLO) saves itself – real widgets, real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from handleplan.models import Phase
from handleplan.ops import initiatives as ops
from handleplan.ui.initiative.editor import CYCLES


@pytest.fixture
def screen(ctx, qtbot):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    ops.create_initiative(ctx.store, "Trivsel i teamet")
    widget = InitiativesScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    widget.editor.tabs.setCurrentIndex(CYCLES)
    return widget


def _page(screen, phase):
    screen.editor.cycles.show_page(phase)
    return screen.editor.cycles.pages[phase]


def _choose(page, title):
    [action] = [a for a in page.dialogues.chooser.menu().actions() if a.text() == title]
    action.trigger()


def test_the_chooser_offers_the_four_drejeboeger_beside_the_method(screen):
    page = _page(screen, Phase.DO)
    titles = [a.text() for a in page.dialogues.chooser.menu().actions()]
    assert titles == ["Den gode arbejdsdag", "Psykologisk tryghed", "Stresstrappen", "De seks guldkorn"]
    assert page.dialogues.chooser.isVisibleTo(page.blocks["method"])
    assert not page.blocks["dialogues"].isVisibleTo(page)  # nothing chosen: no empty block


def test_choosing_a_drejebog_adds_its_steps_as_tasks_and_shows_its_text(screen, ctx, qtbot):
    page = _page(screen, Phase.DO)
    _choose(page, "Psykologisk tryghed")
    cycle = screen.editor.initiative.current_cycle
    assert [d.script for d in cycle.dialogues] == ["psykologisk_tryghed"]
    assert len(cycle.tasks) == 5 and cycle.method == "Psykologisk tryghed"
    assert page.blocks["dialogues"].isVisibleTo(page)
    assert "5 trin er lagt ind som opgaver under Planlæg." == page.dialogues.added_note.text()
    [row] = page.dialogues.rows.rows
    assert row.title.text() == "Psykologisk tryghed"
    assert page.method.toPlainText() == "Psykologisk tryghed"

    # The script's text is readable right here, numbered as the course gives it.
    assert not row.steps.isVisibleTo(row)
    qtbot.mouseClick(row.read_button, Qt.MouseButton.LeftButton)
    assert row.steps.isVisibleTo(row) and row.read_button.text() == "Skjul drejebogen"
    assert row.steps.text().startswith("1. ") and cycle.tasks[0].what in row.steps.text()

    # The steps are Planlæg's tasks.
    plan = _page(screen, Phase.PLAN)
    assert [r.what.toPlainText() for r in plan.tasks.rows] == [t.what for t in cycle.tasks]


def test_the_outcome_saves_itself_and_counts_as_filled(screen, ctx, qtbot):
    page = _page(screen, Phase.DO)
    _choose(page, "Den gode arbejdsdag")
    [row] = page.dialogues.rows.rows
    assert page.blocks["dialogues"].missing.text() == "Endnu tomt"
    row.inputs["more_of"].setFocus()
    qtbot.keyClicks(row.inputs["more_of"], "Korte tjek-ind om morgenen")
    qtbot.keyClicks(row.inputs["next_leder"], "Mette booker møderne")
    ctx.flush()
    [outcome] = screen.editor.initiative.current_cycle.dialogues
    ctx.store.session.expire_all()
    assert outcome.more_of == "Korte tjek-ind om morgenen"
    assert outcome.next_leder == "Mette booker møderne"
    screen.refresh()
    assert page.blocks["dialogues"].missing.text() == ""


def test_opening_its_tool_and_removing_it_which_can_be_undone(screen, ctx, qtbot):
    page = _page(screen, Phase.DO)
    _choose(page, "Stresstrappen")
    [row] = page.dialogues.rows.rows
    asked = []
    ctx.navigate.connect(lambda key, target: asked.append((key, target)))
    qtbot.mouseClick(row.tool_button, Qt.MouseButton.LeftButton)
    assert asked == [("tools", {"tool": "drejeboeger", "script": "stresstrappen"})]

    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    cycle = screen.editor.initiative.current_cycle
    assert cycle.dialogues == [] and not page.blocks["dialogues"].isVisibleTo(page)
    assert ctx.undo_stack.undoText() == "Fjern drejebogen »Stresstrappen«"
    ctx.undo_stack.undo()
    cycle = screen.editor.initiative.current_cycle
    assert [d.script for d in cycle.dialogues] == ["stresstrappen"]
    assert [r.title.text() for r in page.dialogues.rows.rows] == ["Stresstrappen"]


def test_a_search_hit_in_the_outcome_opens_its_field_on_udfoer(screen, ctx):
    from handleplan.ops import dialogues
    from handleplan.ops.edit import edit
    from handleplan.ui.initiative.reveal import found_widget

    cycle = screen.editor.initiative.current_cycle
    outcome = dialogues.use_script(ctx.store, cycle, "seks_guldkorn")
    edit(ctx.store, outcome, start_doing="Ros hinanden på fredagsmødet")
    screen.refresh()
    screen.editor.cycles.show_page(Phase.PLAN)
    widget = found_widget(screen.editor, "dialogue_outcome", outcome.id, "start_doing")
    assert screen.editor.cycles.viewed == Phase.DO
    assert widget is not None and widget.toPlainText() == "Ros hinanden på fredagsmødet"


def test_the_tiltag_screen_starts_an_initiative_from_a_drejebog(screen, ctx):
    menu = screen.list_panel.template_button.menu()
    [action] = [a for a in menu.actions() if a.text() == "De seks guldkorn"]
    action.trigger()
    initiative = screen.editor.initiative
    assert initiative.title == "De seks guldkorn" and len(ops.initiatives(ctx.store)) == 2
    assert screen.editor.tabs.currentIndex() == CYCLES
    assert screen.editor.cycles.viewed == Phase.PLAN
    plan = screen.editor.cycles.pages[Phase.PLAN]
    steps = ctx.content.dialogue_script("seks_guldkorn").steps
    assert [r.what.toPlainText() for r in plan.tasks.rows] == list(steps)
    do = _page(screen, Phase.DO)
    assert [r.title.text() for r in do.dialogues.rows.rows] == ["De seks guldkorn"]


def test_vaerktoejer_shows_each_drejebog_and_starts_an_initiative_from_it(ctx, qtbot):
    from handleplan.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    # From Udfør's "Drejebogen under Værktøjer": the drejebøger's page, at the script's own section.
    ctx.navigate.emit("tools", {"tool": "drejeboeger", "script": "seks_guldkorn"})
    tools = window.current_screen()
    page = tools.current_page()
    assert tools.key == "tools" and page.tool.key == "drejeboeger"
    assert list(page.script_headings) == [s.key for s in ctx.content.dialogue_scripts]
    assert page.script_headings["seks_guldkorn"].text() == "Drejebog: De seks guldkorn"
    assert page.script_headings["seks_guldkorn"].isVisibleTo(page)
    for step in ctx.content.dialogue_script("seks_guldkorn").steps:
        assert any(step in label.text() for label in page.findChildren(QLabel))

    qtbot.mouseClick(page.start_buttons["god_arbejdsdag"], Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    assert screen.key == "initiatives"
    initiative = screen.editor.initiative
    assert initiative.title == "Den gode arbejdsdag"
    assert [d.script for d in initiative.cycles[0].dialogues] == ["god_arbejdsdag"]
    assert len(initiative.cycles[0].tasks) == 5


def test_hiding_the_drejebog_again_leaves_no_gap_above_it(screen, qapp, qtbot):
    page = _page(screen, Phase.DO)
    _choose(page, "Den gode arbejdsdag")
    [row] = page.dialogues.rows.rows
    block = page.blocks["dialogues"]
    qapp.processEvents()
    closed = block.height()
    qtbot.mouseClick(row.read_button, Qt.MouseButton.LeftButton)
    qapp.processEvents()
    assert block.height() > closed
    qtbot.mouseClick(row.read_button, Qt.MouseButton.LeftButton)
    qapp.processEvents()
    assert block.height() == closed  # was still the open height: a gap above the box


def test_an_earlier_cycle_shows_its_drejebog_read_only(screen, ctx):
    initiative = screen.editor.initiative
    first = initiative.current_cycle
    from handleplan.ops import dialogues

    dialogues.use_script(ctx.store, first, "god_arbejdsdag")
    ops.start_next_cycle(ctx.store, initiative)
    screen.refresh()
    screen.show_target({"initiative_id": initiative.id, "cycle_id": first.id})
    assert screen.editor.cycles.is_read_only()
    page = _page(screen, Phase.DO)
    [row] = page.dialogues.rows.rows
    assert row.title.text() == "Den gode arbejdsdag"
    assert all(field.isReadOnly() for field in row.inputs.values())
    assert not row.delete_button.isVisibleTo(row) and not page.dialogues.chooser.isVisibleTo(page)


def test_choosing_a_drejebog_is_undone_in_one_step_and_redone_with_the_same_rows(screen, ctx, qtbot):
    page = _page(screen, Phase.DO)
    initiative = screen.editor.initiative
    ops.add_task(ctx.store, initiative.current_cycle, "Book lokale")
    _choose(page, "De seks guldkorn")
    cycle = initiative.current_cycle
    ids = [t.id for t in cycle.tasks]
    outcome_id = cycle.dialogues[0].id
    assert len(ids) == 6 and ctx.undo_stack.undoText() == "Vælg drejebogen »De seks guldkorn«"
    qtbot.keyClicks(page.dialogues.rows.rows[0].inputs["more_of"], "Mere ros")
    ctx.flush()

    ctx.undo_stack.undo()
    cycle = screen.editor.initiative.current_cycle
    assert [t.what for t in cycle.tasks] == ["Book lokale"]  # her own task stays
    assert cycle.dialogues == [] and cycle.method == ""
    assert not page.blocks["dialogues"].isVisibleTo(page)

    ctx.undo_stack.redo()
    cycle = screen.editor.initiative.current_cycle
    assert [t.id for t in cycle.tasks] == ids and cycle.method == "De seks guldkorn"
    [outcome] = cycle.dialogues
    assert outcome.id == outcome_id and outcome.more_of == "Mere ros"
    assert [r.title.text() for r in page.dialogues.rows.rows] == ["De seks guldkorn"]
