"""A search hit opens the place it was found: the page holding the field, the field in view, the words marked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from handleplan.models import Level, MilestoneKind, Phase
from handleplan.ops import iglo, initiatives, people, reflections, timeline
from handleplan.ops.edit import edit
from handleplan.ui.dialogs.search import SearchDialog
from handleplan.ui.found import marked_text
from handleplan.ui.main_window import MainWindow


@pytest.fixture
def window(ctx, qtbot) -> MainWindow:
    store = ctx.store
    edit(store, people.profile(store), onboarded=True, focus="Psykologisk tryghed i hjemmeplejen")
    initiative = initiatives.create_initiative(store, "Tjek ind på teammødet")
    cycle = initiative.current_cycle
    initiatives.add_question(store, cycle, "Siger flere noget?", "Ja, 8 ud af 10")
    edit(store, cycle.questions[0], result="Ni af fjorten sagde noget i første runde")
    initiatives.add_task(store, cycle, "Lave tavlen", who="Jonas Kristensen", when="uge 50")
    initiatives.add_observation(store, cycle, "Stemningen lettede, da Ole lo", date(2026, 11, 20))
    edit(store, cycle, unplanned="Vikaren blev og fortalte om sin egen arbejdsplads", phase="act")
    iglo.assign(store, Level.LEDER, "Følge op med hver enkelt i MUS", initiative=initiative)
    meeting = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date(2026, 12, 1))
    edit(store, meeting, notes="Vi talte om kaffepausen og hvem der tager telefonen")
    module = timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", date(2027, 1, 12))
    edit(store, module, discussion_points="Hvordan holder jeg fast i tjek-ind, når vi er få?")
    modul1 = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", date(2026, 11, 1))
    reflections.write_reflection(store, modul1, answers=["At lytte før jeg løser"], text="Bed om hjælp")
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    return main


def search_and_open(ctx, qtbot, window: MainWindow, words: str) -> None:
    """Ctrl+F's dialog, the words typed, Enter: the first hit opens."""
    dialog = SearchDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, words)
    qtbot.waitUntil(lambda: dialog.results.count() >= 1)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def in_view(widget: QWidget) -> bool:
    """Shown, and inside the visible part of every scroll area around it."""
    if not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            if not viewport.rect().intersects(rect):
                return False
        parent = parent.parentWidget()
    return True


def wait_marked(qtbot, widget: QWidget, words: str) -> None:
    qtbot.waitUntil(lambda: marked_text(widget) == words, timeout=3000)
    assert in_view(widget)
    assert widget.hasFocus() or widget.isAncestorOf(widget.focusWidget() or widget)


def test_a_hit_in_an_udfoer_field_opens_udfoer_not_the_cycles_phase(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "fortalte om sin")
    screen = window.current_screen()
    assert screen.key == "initiatives"
    cycles = screen.editor.cycles
    assert screen.editor.tabs.currentWidget() is cycles
    assert cycles.cycle.phase == Phase.ACT  # the cycle stays where it is …
    assert cycles.stack.currentWidget() is cycles.pages[Phase.DO]  # … and Udfør, where the words are, shows
    wait_marked(qtbot, cycles.pages[Phase.DO].unplanned, "fortalte om sin")


def test_an_observation_and_a_result_open_their_own_pages(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "stemningen")
    cycles = window.current_screen().editor.cycles
    assert cycles.stack.currentWidget() is cycles.pages[Phase.DO]
    wait_marked(qtbot, cycles.pages[Phase.DO].observations.rows[0].text, "Stemningen")

    search_and_open(ctx, qtbot, window, "fjorten")
    assert cycles.stack.currentWidget() is cycles.pages[Phase.STUDY]
    wait_marked(qtbot, cycles.pages[Phase.STUDY].results.rows[0].result, "fjorten")


def test_a_task_hit_selects_the_words_and_typing_adds_instead_of_replacing(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "kristensen")
    cycles = window.current_screen().editor.cycles
    assert cycles.stack.currentWidget() is cycles.pages[Phase.PLAN]
    who = cycles.pages[Phase.PLAN].tasks.rows[0].who
    wait_marked(qtbot, who, "Kristensen")
    qtbot.keyClicks(who, " (AMR)")
    assert who.text() == "Jonas Kristensen (AMR)"
    assert marked_text(who) == ""


def test_typing_in_a_text_field_ends_the_mark_and_keeps_the_words(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "vikaren")
    unplanned = window.current_screen().editor.cycles.pages[Phase.DO].unplanned
    wait_marked(qtbot, unplanned, "Vikaren")
    qtbot.keyClicks(unplanned, "!")
    assert unplanned.toPlainText() == "Vikaren! blev og fortalte om sin egen arbejdsplads"
    assert unplanned.extraSelections() == []


def test_an_iglo_role_opens_the_iglo_tab(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "hver enkelt")
    editor = window.current_screen().editor
    assert editor.tabs.currentWidget() is editor.iglo
    wait_marked(qtbot, editor.iglo.sections[Level.LEDER].rows.rows[0].what, "hver enkelt")


def test_a_reflection_answer_opens_the_reflection_with_the_answer_marked(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "lytte")
    screen = window.current_screen()
    assert screen.key == "reflections"
    wait_marked(qtbot, screen.editor.answer_fields()[0], "lytte")

    search_and_open(ctx, qtbot, window, "om hjælp")
    wait_marked(qtbot, screen.editor.notes, "om hjælp")


def test_trio_notes_open_the_meeting_with_the_notes_marked(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "kaffepausen")
    screen = window.current_screen()
    assert screen.key == "trio"
    assert screen.selected_meeting().title == "TRIO-møde"
    wait_marked(qtbot, screen.editor.notes, "kaffepausen")


def test_a_modules_points_open_its_card_on_forloeb(ctx, qtbot, window):
    search_and_open(ctx, qtbot, window, "tjek-ind, når")
    screen = window.current_screen()
    assert screen.key == "timeline"
    row = next(r for r in screen.milestone_rows() if r.milestone.title == "Modul 2")
    wait_marked(qtbot, row.discussion, "tjek-ind, når")


def test_the_focus_opens_on_the_overblik_in_its_editor(ctx, qtbot, window):
    window.open_screen("initiatives")
    search_and_open(ctx, qtbot, window, "hjemmeplejen")
    screen = window.current_screen()
    assert screen.key == "overview"
    wait_marked(qtbot, screen.focus_edit, "hjemmeplejen")


def test_her_name_opens_indstillinger_with_the_name_marked(ctx, qtbot, window):
    edit(ctx.store, people.profile(ctx.store), name="Mette Hansen")
    seen: list[str] = []
    tries = iter(range(250))  # about 5 s; then the dialog is closed anyway, so a failure never hangs

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look_and_close)
            return
        name = dialog.profile_fields["name"]
        if marked_text(name) != "Hansen" and next(tries, None) is not None:
            QTimer.singleShot(20, look_and_close)
            return
        seen.append(marked_text(name))
        seen.append(dialog.objectName())
        seen.append(str(dialog.focusWidget() is name))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    search_and_open(ctx, qtbot, window, "hansen")
    qtbot.waitUntil(lambda: bool(seen), timeout=8000)
    assert seen == ["Hansen", "settings-dialog", "True"]


def test_a_trio_agreement_and_a_member_open_on_the_trio_screen(ctx, qtbot, window):
    meeting = next(m for m in timeline.milestones(ctx.store) if m.kind == MilestoneKind.TRIO)
    iglo.assign(ctx.store, Level.GRUPPE, "Samle aftenholdets ønsker", milestone=meeting)
    people.add_trio_member(ctx.store, "Susanne Holm", "Tillidsrepræsentant")
    search_and_open(ctx, qtbot, window, "aftenholdets")
    screen = window.current_screen()
    assert screen.key == "trio" and screen.selected_meeting().id == meeting.id
    wait_marked(qtbot, screen.editor.agreements.rows.rows[0].what, "aftenholdets")

    search_and_open(ctx, qtbot, window, "tillids")
    row = next(r for r in screen.members.rows.rows if r.name.text() == "Susanne Holm")
    wait_marked(qtbot, row.role, "Tillids")


def test_what_the_initiative_is_for_opens_om_tiltaget(ctx, qtbot, window):
    initiative = initiatives.initiatives(ctx.store)[0]
    edit(ctx.store, initiative, goal="At de stille også kommer til orde")
    search_and_open(ctx, qtbot, window, "stille")
    editor = window.current_screen().editor
    assert editor.tabs.currentWidget() is editor.about
    wait_marked(qtbot, editor.about.goal, "stille")


def test_a_milestones_place_opens_its_card_on_forloeb(ctx, qtbot, window):
    module = next(m for m in timeline.milestones(ctx.store) if m.kind == MilestoneKind.MODUL2)
    edit(ctx.store, module, place="Kursuscentret, Aarhus C")
    search_and_open(ctx, qtbot, window, "aarhus")
    screen = window.current_screen()
    row = next(r for r in screen.milestone_rows() if r.milestone.id == module.id)
    wait_marked(qtbot, row.place, "Aarhus")
