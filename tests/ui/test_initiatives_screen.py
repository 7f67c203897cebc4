"""The Tiltag screen: list, editor header, tags, reordering and the PDSA cycle pages on a real store."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from handleplan import fields
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Decision,
    Initiative,
    InitiativeStatus,
    Level,
    Observation,
    Phase,
    RoleAssignment,
)
from handleplan.ops import initiatives as ops
from handleplan.ui.initiative.editor import ABOUT, CYCLES, IGLO


@pytest.fixture
def screen(ctx, qtbot):
    from handleplan.ui.screens.initiatives import InitiativesScreen

    widget = InitiativesScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def titles(store) -> list[str]:
    return [i.title for i in ops.initiatives(store)]


def made(store, *names: str):
    return [ops.create_initiative(store, name) for name in names]


def test_new_initiative_focuses_the_title_and_typing_saves_it(screen, ctx, qtbot):
    created = screen.new_initiative()
    assert created is not None
    editor = screen.editor
    assert editor.initiative is created
    assert editor.tabs.currentIndex() == ABOUT
    qtbot.waitUntil(editor.title.hasFocus)
    assert editor.title.selectedText() == "Nyt tiltag"
    qtbot.keyClicks(editor.title, "Tjek ind på teammødet")  # replaces the selected "Nyt tiltag"
    qtbot.waitUntil(lambda: titles(ctx.store) == ["Tjek ind på teammødet"], timeout=5000)
    # The list shows the new title too.
    qtbot.waitUntil(lambda: screen.list_panel.list.item(0).text() == "Tjek ind på teammødet")


def test_empty_title_is_refused(screen, ctx, qtbot):
    [initiative] = made(ctx.store, "Spilleregler")
    ctx.edit(initiative, status=InitiativeStatus.ACTIVE.value)
    screen.refresh()
    title = screen.editor.title
    title.setFocus()
    title.selectAll()
    with qtbot.waitSignal(ctx.error, timeout=5000):
        qtbot.keyClick(title, Qt.Key.Key_Backspace)
    [stored] = ops.initiatives(ctx.store)
    assert stored.title == "Spilleregler"
    assert stored.status == InitiativeStatus.ACTIVE
    assert screen.editor.status.currentData() == "active"


def test_status_and_private_are_saved(screen, ctx, qtbot):
    made(ctx.store, "Stjernestunder")
    screen.refresh()
    editor = screen.editor
    editor.status.setCurrentIndex(editor.status.findData("done"))
    assert ops.initiatives(ctx.store)[0].status == InitiativeStatus.DONE
    editor.private.click()
    assert ops.initiatives(ctx.store)[0].private is True
    editor.private.click()
    assert ops.initiatives(ctx.store)[0].private is False


def test_tag_boxes_save_the_tags(screen, ctx, qtbot):
    made(ctx.store, "Stjernestunder")
    screen.refresh()
    screen.editor.tabs.setCurrentIndex(ABOUT)
    boxes = screen.editor.about.tags.boxes
    keys = list(boxes)[:2]
    assert len(keys) == 2
    for key in keys:
        boxes[key].click()
    assert ops.initiatives(ctx.store)[0].tags == keys
    boxes[keys[0]].click()
    assert ops.initiatives(ctx.store)[0].tags == keys[1:]


def test_move_buttons_and_alt_up_reorder(screen, ctx, qtbot):
    made(ctx.store, "A", "B", "C")
    screen.refresh()
    panel = screen.list_panel
    panel.list.setCurrentRow(2)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert titles(ctx.store) == ["A", "C", "B"]
    assert panel.current_id() == ops.initiatives(ctx.store)[1].id  # "C" stays selected
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store) == ["C", "A", "B"]
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert titles(ctx.store) == ["A", "C", "B"]
    assert [panel.list.item(r).text() for r in range(3)] == ["A", "C", "B"]


def test_plan_task_row_is_saved(screen, ctx, qtbot):
    made(ctx.store, "Tjek ind")
    screen.refresh()
    plan = screen.editor.cycles.pages[Phase.PLAN]
    plan.add_task()
    row = plan.tasks.rows[0]
    for field, text in (
        (row.what, "Book lokale"),
        (row.who, "Mette"),
        (row.when, "Mandag"),
        (row.where, "Kontoret"),
    ):
        qtbot.keyClicks(field, text)
    ctx.flush()
    row.done.click()
    [task] = ops.initiatives(ctx.store)[0].current_cycle.tasks
    assert (task.what, task.who, task.when, task.where, task.done) == (
        "Book lokale",
        "Mette",
        "Mandag",
        "Kontoret",
        True,
    )


def test_study_result_is_shown_beside_the_prediction_and_saved(screen, ctx, qtbot):
    [initiative] = made(ctx.store, "Tjek ind")
    ops.add_question(ctx.store, initiative.current_cycle, "Siger flere noget?", "Ja, 8 ud af 10")
    screen.refresh()
    cycles = screen.editor.cycles
    cycles.stepper.buttons[Phase.STUDY].click()
    page = cycles.pages[Phase.STUDY]
    assert cycles.stack.currentWidget() is page
    [row] = page.results.rows
    assert row.question.text() == "Siger flere noget?"
    assert row.prediction.text() == "Ja, 8 ud af 10"
    qtbot.keyClicks(row.result, "11 af 14")
    qtbot.waitUntil(lambda: initiative.current_cycle.questions[0].result == "11 af 14", timeout=5000)


def test_act_decision_and_reason_are_saved(screen, ctx, qtbot):
    [initiative] = made(ctx.store, "Tjek ind")
    screen.refresh()
    cycles = screen.editor.cycles
    cycles.show_page(Phase.ACT)
    page = cycles.pages[Phase.ACT]
    labels = ctx.content.decisions
    for value in ("adopt", "adapt", "abandon"):
        button = next(b for v, b in page.decision.buttons if v == value)
        assert button.text() == labels[value]
        button.click()
        assert initiative.current_cycle.decision == Decision(value)
    qtbot.keyClicks(page.decision_reason, "Det virkede ikke på aftenholdet")
    ctx.flush()
    assert initiative.current_cycle.decision_reason == "Det virkede ikke på aftenholdet"


def test_next_cycle_is_prefilled_and_earlier_cycles_are_read_only(screen, ctx, qtbot):
    [initiative] = made(ctx.store, "Tjek ind")
    first = initiative.current_cycle
    question = ops.add_question(ctx.store, first, "Siger flere noget?", "Ja")
    ctx.edit(question, result="Nej, kun 5")
    ctx.edit(first, objective="Alle siger noget", next_step="Prøv med makkerpar", decision="adapt")
    screen.refresh()
    cycles = screen.editor.cycles
    qtbot.mouseClick(cycles.next_cycle_button, Qt.MouseButton.LeftButton)
    assert [c.number for c in initiative.cycles] == [1, 2]
    second = initiative.current_cycle
    assert second.objective == "Prøv med makkerpar"
    assert [(q.question, q.prediction, q.result) for q in second.questions] == [
        ("Siger flere noget?", "Ja", "")
    ]
    plan = cycles.pages[Phase.PLAN]
    assert cycles.cycle is second and cycles.stack.currentWidget() is plan
    assert plan.objective.toPlainText() == "Prøv med makkerpar"
    assert cycles.tabs.count() == 2 and cycles.tabs.currentIndex() == 1

    cycles.tabs.setCurrentIndex(0)
    assert cycles.cycle is first
    assert cycles.is_read_only()
    assert not cycles.earlier.isHidden() and not cycles.unlock_button.isHidden()
    assert plan.objective.isReadOnly()
    assert all(b.isHidden() for b in plan.add_buttons)
    assert plan.questions.rows[0].question.isReadOnly()
    assert cycles.phase_button.isHidden()
    # Over, not "er i fasen Planlæg": the cycle ended where it was when the next one started.
    assert cycles.phase_text.text() == "Cyklus 1 er afsluttet i fasen Planlæg."
    cycles.show_page(Phase.STUDY)
    assert cycles.phase_text.text() == "Cyklus 1 er afsluttet i fasen Planlæg. Du kigger på Evaluér."
    # The decision of a locked cycle reads in full colour; the other choices are greyed and do nothing.
    cycles.show_page(Phase.ACT)
    decision = cycles.pages[Phase.ACT].decision
    assert [(value, button.isEnabled()) for value, button in decision.buttons] == [
        ("adopt", False),
        ("adapt", True),
        ("abandon", False),
    ]
    qtbot.mouseClick(decision.buttons[1][1], Qt.MouseButton.LeftButton)
    assert first.decision.value == "adapt"
    cycles.show_page(Phase.PLAN)
    cycles.unlock_button.click()
    assert not cycles.is_read_only() and not plan.objective.isReadOnly()
    cycles.latest_button.click()
    assert cycles.cycle is second and cycles.earlier.isHidden()


def test_stepper_shows_the_empty_fields(screen, ctx, qtbot):
    [initiative] = made(ctx.store, "Tjek ind")
    screen.refresh()
    stepper = screen.editor.cycles.stepper
    missing = ops.missing_fields(initiative.current_cycle)
    plan_empty = len(missing[Phase.PLAN])
    assert plan_empty > 1
    assert f"{plan_empty} tomme felter" in stepper.buttons[Phase.PLAN].text()
    assert "(nu)" in stepper.buttons[Phase.PLAN].text()
    page = screen.editor.cycles.pages[Phase.PLAN]
    assert page.blocks["objective"].missing.text() == "Endnu tomt"
    qtbot.keyClicks(page.objective, "Alle siger noget")
    ctx.flush()
    qtbot.waitUntil(
        lambda: (
            f"{plan_empty - 1} tomme felter" in stepper.buttons[Phase.PLAN].text()
            or (plan_empty == 2 and "1 tomt felt" in stepper.buttons[Phase.PLAN].text())
        )
    )
    assert page.blocks["objective"].missing.isHidden()


def test_delete_cycle_and_undo_brings_it_back(screen, ctx, qtbot):
    [initiative] = made(ctx.store, "Tjek ind")
    ops.start_next_cycle(ctx.store, initiative)
    ops.add_question(ctx.store, initiative.current_cycle, "Virker det?", "Ja")
    screen.refresh()
    cycles = screen.editor.cycles
    assert cycles.tabs.count() == 2
    cycles.tabs.setCurrentIndex(1)
    assert cycles.cycle.number == 2
    cycles.delete_button.click()
    assert [c.number for c in ops.initiatives(ctx.store)[0].cycles] == [1]
    assert cycles.tabs.count() == 1
    ctx.undo_stack.undo()
    [back] = ops.initiatives(ctx.store)
    assert [c.number for c in back.cycles] == [1, 2]
    assert back.cycles[1].questions[0].question == "Virker det?"
    qtbot.waitUntil(lambda: screen.editor.cycles.tabs.count() == 2)


def test_show_target_opens_the_initiative_and_cycle(screen, ctx, qtbot):
    first, second = made(ctx.store, "Første", "Andet")
    earlier = second.current_cycle
    ops.start_next_cycle(ctx.store, second)
    screen.refresh()
    assert screen.editor.initiative.id == first.id
    screen.show_target({"initiative_id": second.id, "cycle_id": earlier.id})
    assert screen.editor.initiative.id == second.id
    assert screen.editor.tabs.currentIndex() == CYCLES
    assert screen.editor.cycles.cycle.id == earlier.id
    assert screen.list_panel.current_id() == second.id
    screen.show_target({"initiative_id": first.id, "role_id": 1})
    assert screen.editor.initiative.id == first.id
    assert screen.editor.tabs.currentIndex() == IGLO


def test_a_whole_cycle_through_the_four_phases(screen, ctx, qtbot):
    """Planlæg → Udfør → Evaluér → Justér as a leader does it, then Næste cyklus builds on it."""
    screen.new_initiative()
    qtbot.keyClicks(screen.editor.title, "Tjek ind på teammødet")
    cycles = screen.editor.cycles
    screen.editor.tabs.setCurrentIndex(CYCLES)
    plan = cycles.pages[Phase.PLAN]
    assert cycles.stack.currentWidget() is plan
    assert plan.blocks["objective"].help.text() == fields.field("cycle", "objective").help["da"]
    assert plan.blocks["target"].label.text() == "Hvor meget, til hvornår"  # the SMART line beside it
    qtbot.keyClicks(plan.target, "12 af 16 inden jul")

    qtbot.keyClicks(plan.objective, "Alle siger noget på mødet")
    qtbot.mouseClick(plan.add_buttons[0], Qt.MouseButton.LeftButton)  # Tilføj spørgsmål
    [question_row] = plan.questions.rows
    assert question_row.question.hasFocus()
    qtbot.keyClicks(question_row.question, "Siger flere noget?")
    qtbot.keyClicks(question_row.prediction, "Ja, 8 ud af 10")
    qtbot.mouseClick(plan.add_buttons[1], Qt.MouseButton.LeftButton)  # Tilføj opgave
    qtbot.keyClicks(plan.tasks.rows[0].what, "Sæt 15 minutter af")
    qtbot.keyClicks(plan.measure, "Antal der siger noget")
    qtbot.keyClicks(plan.data_plan, "Jeg tæller efter hvert møde")
    [initiative] = ops.initiatives(ctx.store)
    cycle = initiative.current_cycle
    qtbot.waitUntil(lambda: cycle.data_plan == "Jeg tæller efter hvert møde", timeout=5000)
    assert initiative.title == "Tjek ind på teammødet"
    assert cycle.objective == "Alle siger noget på mødet"
    assert [(q.question, q.prediction) for q in cycle.questions] == [("Siger flere noget?", "Ja, 8 ud af 10")]
    assert [t.what for t in cycle.tasks] == ["Sæt 15 minutter af"]
    assert "Alt udfyldt" in cycles.stepper.buttons[Phase.PLAN].text()

    # "Videre til Udfør" at the bottom of the page moves the cycle on and opens Udfør.
    qtbot.mouseClick(plan.next_button, Qt.MouseButton.LeftButton)
    assert cycle.phase == Phase.DO
    do = cycles.pages[Phase.DO]
    assert cycles.stack.currentWidget() is do
    assert "(nu)" in cycles.stepper.buttons[Phase.DO].text()
    qtbot.mouseClick(do.add_buttons[0], Qt.MouseButton.LeftButton)  # Tilføj iagttagelse
    [observation_row] = do.observations.rows
    observation_row.date.setDate(QDate(2026, 3, 4))
    qtbot.keyClicks(observation_row.text, "Tre sagde noget for første gang")
    next(b for v, b in do.as_planned.buttons if v is False).click()
    ctx.flush()
    [observation] = cycle.observations
    assert (observation.observed_on, observation.text) == (
        date(2026, 3, 4),
        "Tre sagde noget for første gang",
    )
    assert cycle.as_planned is False

    # Evaluér: the result goes beside the prediction.
    qtbot.mouseClick(cycles.stepper.buttons[Phase.STUDY], Qt.MouseButton.LeftButton)
    study = cycles.pages[Phase.STUDY]
    assert cycle.phase == Phase.DO  # looking is not moving
    assert cycles.phase_button.text() == "Sæt fasen til Evaluér"
    qtbot.mouseClick(cycles.phase_button, Qt.MouseButton.LeftButton)
    assert cycle.phase == Phase.STUDY
    [result_row] = study.results.rows
    assert result_row.prediction.text() == "Ja, 8 ud af 10"
    qtbot.keyClicks(result_row.result, "6 ud af 10")
    qtbot.keyClicks(study.learning, "Det tager tid")

    # Justér: a decision with the course's help beside each choice, and the next step.
    qtbot.mouseClick(study.next_button, Qt.MouseButton.LeftButton)
    act = cycles.pages[Phase.ACT]
    assert cycle.phase == Phase.ACT
    adapt = next(b for v, b in act.decision.buttons if v == "adapt")
    assert adapt.accessibleDescription() == ctx.content.decision_help["adapt"]
    adapt.click()
    qtbot.keyClicks(act.next_step, "Prøv med makkerpar")
    ctx.flush()
    assert (cycle.decision, cycle.next_step) == (Decision.ADAPT, "Prøv med makkerpar")
    assert cycle.questions[0].result == "6 ud af 10"
    assert cycle.target == "12 af 16 inden jul"

    qtbot.mouseClick(act.start_next, Qt.MouseButton.LeftButton)
    first, second = initiative.cycles
    assert second.phase == Phase.PLAN and second.objective == "Prøv med makkerpar"
    assert [(q.question, q.prediction, q.result) for q in second.questions] == [
        ("Siger flere noget?", "Ja, 8 ud af 10", "")
    ]
    assert cycles.stack.currentWidget() is plan and plan.objective.hasFocus()
    # It says what it took along.
    assert cycles.carried.isVisible()
    assert cycles.carried.text().startswith(
        "Fra cyklus 1 er taget med: dit næste skridt som formål, 1 spørgsmål"
    )
    # The first cycle is still there to read, as it was left, and shown as finished.
    cycles.tabs.setCurrentIndex(0)
    assert not cycles.carried.isVisible()
    assert cycles.stepper.buttons[Phase.ACT].text().startswith("Justér (afsluttet)")
    assert cycles.is_read_only() and cycles.stack.currentWidget() is act
    assert act.next_step.toPlainText() == "Prøv med makkerpar" and act.next_step.isReadOnly()
    assert next(b for v, b in act.decision.buttons if v == "adapt").isChecked()
    assert screen.list_panel.list.item(0).data(Qt.ItemDataRole.UserRole + 1).startswith("Cyklus 2 · Planlæg")


def test_delete_initiative_and_undo_brings_it_back_with_its_cycles(screen, ctx, qtbot):
    keep, gone = made(ctx.store, "Bliver", "Slettes")
    ops.start_next_cycle(ctx.store, gone)
    ops.add_question(ctx.store, gone.current_cycle, "Virker det?", "Ja")
    screen.refresh()
    panel = screen.list_panel
    panel.select(gone.id)
    assert screen.editor.initiative is gone
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert titles(ctx.store) == ["Bliver"]
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["Bliver"]
    assert screen.editor.initiative.id == keep.id
    assert ctx.undo_stack.undoText() == "Slet tiltag »Slettes«"
    assert not panel.undo_bar.isHidden()

    ctx.undo_stack.undo()
    assert titles(ctx.store) == ["Bliver", "Slettes"]
    back = ops.initiatives(ctx.store)[1]
    assert back.id == gone.id
    assert [c.number for c in back.cycles] == [1, 2]
    assert back.cycles[1].questions[0].question == "Virker det?"
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert panel.undo_bar.isHidden()
    ctx.undo_stack.redo()
    assert titles(ctx.store) == ["Bliver"]

    # The bar's own "Fortryd" does the same as Ctrl+Z, and opens what came back.
    panel.select(keep.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert titles(ctx.store) == []
    assert screen.right.currentWidget() is screen.empty
    panel.undo_bar.findChild(QPushButton).click()
    assert titles(ctx.store) == ["Bliver"]
    assert screen.editor.initiative.id == keep.id and screen.right.currentWidget() is screen.editor


def large_plan(store, initiatives: int = 100, cycles: int = 5) -> None:
    """A plan far bigger than any leader's: every cycle with questions, tasks, observations; IGLO roles."""
    phases = list(Phase)
    for i in range(initiatives):
        initiative = Initiative(
            title=f"Tiltag {i + 1}: tjek ind på teammødet", goal="Alle siger noget", position=i + 1
        )
        for n in range(1, cycles + 1):
            cycle = Cycle(number=n, phase=phases[(i + n) % 4], objective=f"Formål {n}", next_step="Videre")
            cycle.questions = [
                CycleQuestion(position=k, question=f"Spørgsmål {k}", prediction="Ja") for k in range(3)
            ]
            cycle.tasks = [CycleTask(position=k, what=f"Opgave {k}", who="Mette") for k in range(3)]
            cycle.observations = [
                Observation(observed_on=date(2026, 3, 1) + timedelta(days=7 * k), text=f"Iagttagelse {k}")
                for k in range(3)
            ]
            initiative.cycles.append(cycle)
        initiative.roles = [
            RoleAssignment(level=level, what="Følger op", who="Mette", position=k)
            for k, level in enumerate(Level)
        ]
        store.session.add(initiative)
    store.commit()


def test_opening_an_initiative_with_five_cycles_on_a_large_plan_is_quick(screen, ctx, qtbot, qapp):
    large_plan(ctx.store)
    screen.refresh()
    qapp.processEvents()
    started = time.perf_counter()
    screen.refresh()  # what switching to the screen does
    qapp.processEvents()
    switch_ms = (time.perf_counter() - started) * 1000
    timings = []
    for row in (10, 50, 99, 0, 37, 73, 20, 88):
        started = time.perf_counter()
        screen.list_panel.list.setCurrentRow(row)
        qapp.processEvents()  # include laying out and painting what was opened
        timings.append((time.perf_counter() - started) * 1000)
        assert screen.editor.cycles.tabs.count() == 5
    print(
        f"\n100 tiltag × 5 cykler: skift til skærmen {switch_ms:.0f} ms; åbn et tiltag "
        f"median {statistics.median(timings):.0f} ms, højst {max(timings):.0f} ms"
    )
    assert screen.editor.initiative.title == "Tiltag 89: tjek ind på teammødet"


def test_a_tasks_who_offers_the_leader_and_her_trio(screen, ctx, qtbot):
    from handleplan.ops import people

    people.add_trio_member(ctx.store, "Jonas Kristensen", "AMR")
    screen.new_initiative()
    qtbot.keyClicks(screen.editor.title, "Tjek ind")
    cycles = screen.editor.cycles
    screen.editor.tabs.setCurrentIndex(CYCLES)
    plan = cycles.pages[Phase.PLAN]
    qtbot.mouseClick(plan.add_buttons[1], Qt.MouseButton.LeftButton)  # Tilføj opgave
    row = plan.tasks.rows[0]
    row.who.setFocus()
    completer = row.who.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == ["mig", "Jonas Kristensen"]
    qtbot.keyClicks(row.who, "jon")
    assert completer.currentCompletion() == "Jonas Kristensen"
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert row.who.text() == "Jonas Kristensen"
    assert screen.editor.initiative.current_cycle.tasks[0].who == "Jonas Kristensen"
