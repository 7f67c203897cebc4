"""The whole journey of a first-time leader, with real widgets, keys and clicks only, on a real store:
the welcome, an initiative through Planlæg, Udfør, Evaluér and Justér, the next cycle, IGLO, a
reflection after Modul 1, search, the PDF for Modul 2, and a restart on the same folder.

Nothing is set by calling an operation: every value reaches the store the way the leader's typing does,
and what is asserted is what she sees – labels, lists, the status line, and the PDF's text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pypdf
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from handleplan.models import Level, Phase
from handleplan.ui.app import Language, settings_for
from handleplan.ui.controller import AppController, store_opener
from handleplan.ui.found import marked_text

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton

OBSERVATION = "11 af 14 sagde noget i første runde"
PREDICTION = "Ja, 8 ud af 10"
RESULT = "Ni af fjorten sagde noget, flere end jeg troede"
UNPLANNED = "Vikaren blev og fortalte om sin egen arbejdsplads"
REASON = "Runden giver ro, og de stille kommer til orde"
NEXT_STEP = "Lad en medarbejder styre runden hver gang"
LEARNING = "Jeg skal tie stille lidt længere"


def start(qapp, folder: Path, welcome: bool) -> AppController:
    """The app as `handleplan --data-dir folder` starts it: the window first, the store after it."""
    language = Language(qapp)
    language.switch("da")
    settings = settings_for(folder)
    controller = AppController(
        qapp, store_opener(folder, "da"), settings, language, db_path=folder / "handleplan.db"
    )
    window = controller.show(welcome=welcome)
    window.resize(1366, 740)
    window.activateWindow()
    return controller


def in_modal(qtbot, open_it: Callable[[], object], drive: Callable[[QWidget], None]) -> None:
    """`open_it` opens a modal dialog (exec) and returns once it closes; `drive(dialog)` runs inside it,
    on the dialog the leader sees, and must close it. A failure inside closes the dialog and is raised."""
    failed: list[BaseException] = []
    driven: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        try:
            drive(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test below
            failed.append(exc)
            dialog.reject()
        driven.append(True)

    QTimer.singleShot(0, look)
    open_it()
    if failed:
        raise failed[0]
    assert driven, "the dialog never opened"


def shortcut(qtbot, window: QWidget, key: Qt.Key) -> None:
    """Ctrl+<key> pressed where the keyboard is, in the window in front (as after a click on it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
    if isinstance(widget, QRadioButton | QCheckBox):  # on its mark: the button may be wider than its words
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def type_in(qtbot, widget: QWidget, text: str) -> None:
    """Click into a field, type, and leave it with Tab (which saves it, as leaving any field does)."""
    qtbot.mouseClick(widget.viewport() if hasattr(widget, "viewport") else widget, LEFT)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def click_tab(qtbot, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The one visible button with this text: what the leader reads on it."""
    found = [b for b in parent.findChildren(QAbstractButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, (text, [b.text() for b in parent.findChildren(QAbstractButton) if b.isVisible()])
    return found[0]


def saved(qtbot, window) -> None:  # noqa: ANN001
    """The status bar says it is saved ("Gemt kl. …"), as the leader reads it."""
    qtbot.waitUntil(lambda: window.status.text().startswith("Gemt kl."), timeout=5000)


def welcome_the_leader(qtbot, dialog) -> None:  # noqa: ANN001
    assert dialog.windowTitle() == "Velkommen til Handleplan"
    assert dialog.step.text() == "Trin 1 af 4"
    qtbot.keyClicks(dialog.name, "Mette Hansen")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.organisation, "Hjemmeplejen Nord")
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.unit, "Team Vest")
    click(qtbot, dialog.next_button)

    assert dialog.step.text() == "Trin 2 af 4"
    members = dialog.members
    qtbot.keyClicks(members.new_name, "Jonas Kristensen")
    qtbot.keyClicks(members.new_role.lineEdit(), "AMR")
    qtbot.keyClick(members.new_role.lineEdit(), Qt.Key.Key_Return)  # adds him, and stays on the page
    assert dialog.step.text() == "Trin 2 af 4"
    assert [(r.name.text(), r.role.currentText()) for r in members.rows.rows] == [("Jonas Kristensen", "AMR")]
    click(qtbot, dialog.next_button)

    # The forløb, dated from today; the first day is set three weeks back in the calendar, by keys.
    assert dialog.step.text() == "Trin 3 af 4"
    arrow = dialog.start_date.rect()
    qtbot.mouseClick(dialog.start_date, LEFT, pos=QPoint(arrow.right() - 6, arrow.center().y()))
    days = dialog.start_date.calendarWidget().findChild(QTableView)
    qtbot.waitUntil(days.isVisible)
    for _week in range(3):
        qtbot.keyClick(days, Qt.Key.Key_Up)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    first_day = date.today() - timedelta(days=21)
    assert dialog.start_date.date().toPython() == first_day
    shown = {dialog.milestone_grid.itemAtPosition(r, 0).widget().text(): f.date().toPython()
             for r, f in enumerate(dialog.milestone_fields.values())}  # fmt: skip
    assert shown["Opstartsworkshop"] == first_day
    assert shown["Modul 1"] == first_day + timedelta(weeks=2)
    click(qtbot, dialog.next_button)

    assert dialog.step.text() == "Trin 4 af 4"
    qtbot.keyClicks(dialog.focus, "Psykologisk tryghed i en travl hverdag")
    click(qtbot, dialog.finish_button)


def plan_the_cycle(qtbot, window, cycles) -> None:  # noqa: ANN001
    plan = cycles.pages[Phase.PLAN]
    assert cycles.stack.currentWidget() is plan
    assert cycles.stepper.buttons[Phase.PLAN].text().startswith("Planlæg (nu)")
    type_in(qtbot, plan.objective, "Alle siger noget i første runde på teammødet")
    click(qtbot, button(plan, "Tilføj spørgsmål"))
    question = plan.questions.rows[0]
    assert question.question.hasFocus()
    qtbot.keyClicks(question.question, "Siger flere noget, når vi starter med en runde?")
    qtbot.keyClick(question.question, Qt.Key.Key_Tab)
    qtbot.keyClicks(question.prediction, PREDICTION)
    qtbot.keyClick(question.prediction, Qt.Key.Key_Tab)
    click(qtbot, button(plan, "Tilføj opgave"))
    task = plan.tasks.rows[0]
    qtbot.keyClicks(task.what, "Lave tavlen og sætte den op, uge 50")
    qtbot.keyClick(task.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(task.who, "mig")
    qtbot.keyClick(task.who, Qt.Key.Key_Tab)
    click(qtbot, task.done)  # a one-off task, done: the next cycle leaves it behind
    click(qtbot, button(plan, "Tilføj opgave"))
    qtbot.keyClicks(plan.tasks.rows[1].what, "Starte hvert teammøde med en runde")
    qtbot.keyClick(plan.tasks.rows[1].what, Qt.Key.Key_Tab)
    type_in(qtbot, plan.measure, "Hvor mange siger noget i første runde")
    # Only the data plan is left empty.
    qtbot.waitUntil(lambda: cycles.stepper.buttons[Phase.PLAN].text() == "Planlæg (nu)\n1 tomt felt")


def carry_out_study_and_decide(qtbot, window, cycles) -> None:  # noqa: ANN001
    assert cycles.phase_button.text() == "Videre til Udfør"
    click(qtbot, cycles.phase_button)
    do = cycles.pages[Phase.DO]
    assert cycles.stack.currentWidget() is do
    assert cycles.phase_text.text() == "Cyklus 1 er i fasen Udfør."
    type_in(qtbot, do.method, "Tjek-ind-runden fra drejebogen")
    type_in(qtbot, do.helpers, "Jonas holder tiden")
    click(qtbot, button(do, "Ja"))
    assert do.as_planned.value() is True
    click(qtbot, button(do, "Tilføj iagttagelse"))
    qtbot.keyClicks(do.observations.rows[0].text, OBSERVATION)
    qtbot.keyClick(do.observations.rows[0].text, Qt.Key.Key_Tab)
    type_in(qtbot, do.unplanned, UNPLANNED)

    click(qtbot, button(do, "Videre til Evaluér →"))
    study = cycles.pages[Phase.STUDY]
    assert cycles.stack.currentWidget() is study
    result = study.results.rows[0]
    assert result.prediction.text() == PREDICTION  # her prediction, beside the result she writes
    type_in(qtbot, result.result, RESULT)
    type_in(qtbot, study.learning, LEARNING)
    type_in(qtbot, study.comparison, "Før sagde fire noget, nu ni")

    click(qtbot, button(study, "Videre til Justér →"))
    act = cycles.pages[Phase.ACT]
    assert cycles.stack.currentWidget() is act
    click(qtbot, button(act, "Fasthold"))
    assert act.decision.value() == "adopt"
    type_in(qtbot, act.decision_reason, REASON)
    type_in(qtbot, act.next_step, NEXT_STEP)
    qtbot.waitUntil(lambda: cycles.stepper.buttons[Phase.ACT].text() == "Justér (nu)\nAlt udfyldt")


def test_a_first_time_leader_goes_the_whole_way_with_keys_and_clicks(qapp, qtbot, tmp_path: Path):
    folder = tmp_path / "plan"
    controller = start(qapp, folder, welcome=True)
    window = controller.window

    # -- the welcome, on the first start ------------------------------------------------------------
    def welcomed() -> bool:
        return window.windowTitle() != "Handleplan" and QApplication.activeModalWidget() is None

    in_modal(qtbot, lambda: qtbot.waitUntil(welcomed, timeout=20_000), lambda d: welcome_the_leader(qtbot, d))
    assert window.windowTitle() == "Handleplan – Mette Hansen"
    overview = window.current_screen()
    assert overview.key == "overview"
    qtbot.waitUntil(lambda: overview.greeting.text() == "Hej Mette Hansen")
    assert overview.where.text() == "Hjemmeplejen Nord · Team Vest"
    assert overview.focus_label.text() == "Dit fokus: Psykologisk tryghed i en travl hverdag"

    # -- an initiative (Ctrl+N) through its four phases ---------------------------------------------
    shortcut(qtbot, window, Qt.Key.Key_N)
    screen = window.current_screen()
    assert screen.key == "initiatives"
    editor = screen.editor
    assert editor.title.hasFocus() and editor.title.selectedText() == "Nyt tiltag"
    qtbot.keyClicks(editor.title, "Tjek ind på teammødet")
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)
    saved(qtbot, window)
    assert screen.list_panel.list.currentItem().text() == "Tjek ind på teammødet"
    click_tab(qtbot, editor.tabs, 1)
    cycles = editor.cycles
    assert cycles.tabs.tabText(0) == "Cyklus 1"
    plan_the_cycle(qtbot, window, cycles)
    carry_out_study_and_decide(qtbot, window, cycles)

    # -- the next cycle, from this one --------------------------------------------------------------
    click(qtbot, button(cycles.pages[Phase.ACT], "Start næste cyklus ud fra denne"))
    assert [cycles.tabs.tabText(i) for i in range(cycles.tabs.count())] == ["Cyklus 1", "Cyklus 2"]
    assert cycles.tabs.currentIndex() == 1
    assert cycles.stack.currentWidget() is cycles.pages[Phase.PLAN]
    plan2 = cycles.pages[Phase.PLAN]
    assert plan2.objective.toPlainText() == NEXT_STEP
    assert cycles.carried.isVisible()
    assert cycles.carried.text().startswith("Fra cyklus 1 er taget med: dit næste skridt som formål")
    assert "1 udført opgave blev i cyklus 1." in cycles.carried.text()
    assert [r.what.toPlainText() for r in plan2.tasks.rows] == ["Starte hvert teammøde med en runde"]
    listed = screen.list_panel.list.currentItem()
    assert "Cyklus 2 · Planlæg" in listed.toolTip()
    # Cycle 1 is finished, not "Justér (nu)".
    qtbot.mouseClick(cycles.tabs, LEFT, pos=cycles.tabs.tabRect(0).center())
    assert cycles.stepper.buttons[Phase.ACT].text().startswith("Justér (afsluttet)")
    assert cycles.phase_text.text() == "Cyklus 1 er afsluttet i fasen Justér."
    assert cycles.earlier.isVisible()
    qtbot.mouseClick(cycles.tabs, LEFT, pos=cycles.tabs.tabRect(1).center())

    # -- IGLO: who does what ------------------------------------------------------------------------
    click_tab(qtbot, editor.tabs, 2)
    leader = editor.iglo.sections[Level.LEDER]
    click(qtbot, leader.add_button)
    role = leader.rows.rows[0]
    assert role.what.hasFocus()
    qtbot.keyClicks(role.what, "Følge op i 1:1-samtaler")
    qtbot.keyClick(role.what, Qt.Key.Key_Backtab)
    qtbot.keyClicks(role.who.lineEdit(), "Jonas Kristensen")
    qtbot.keyClick(role.who.lineEdit(), Qt.Key.Key_Tab)
    saved(qtbot, window)
    assert role.who.currentText() == "Jonas Kristensen"
    assert [role.who.itemText(i) for i in range(role.who.count())] == ["Jonas Kristensen", "mig"]

    # -- a reflection after Modul 1 (Ctrl+R, Enter takes the module just held) ----------------------
    shortcut(qtbot, window, Qt.Key.Key_R)
    reflections = window.current_screen()
    assert reflections.key == "reflections"
    menu = reflections.new_menu
    qtbot.waitUntil(menu.isVisible)
    modul1 = date.today() - timedelta(days=7)
    assert menu.activeAction().text() == f"Efter Modul 1 ({QLocale().toString(modul1, 'd. MMMM yyyy')})"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reflections.editor.heading.text() == "Refleksion efter Modul 1")
    answer = reflections.editor.answer_fields()[0]
    type_in(qtbot, answer, "Psykologisk tryghed starter hos mig")
    saved(qtbot, window)
    log = reflections.model
    assert log.rowCount() == 1

    # -- search: a word from Udfør opens Udfør of cycle 1, with the words marked --------------------
    def search(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.field, "vikaren")
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        assert dialog.count.text() == "1 fund"
        where = dialog.results.item(0).data(Qt.ItemDataRole.UserRole + 1) or dialog.results.item(0).text()
        assert "Tiltag »Tjek ind på teammødet« · Cyklus 1 · Det, jeg ikke havde planlagt" in where
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    in_modal(qtbot, lambda: shortcut(qtbot, window, Qt.Key.Key_F), search)
    assert window.current_screen() is screen
    assert editor.tabs.currentIndex() == 1 and cycles.tabs.currentIndex() == 0
    do1 = cycles.pages[Phase.DO]
    assert cycles.stack.currentWidget() is do1
    qtbot.waitUntil(lambda: marked_text(do1.unplanned) == "Vikaren")

    # -- the PDF for Modul 2 (Ctrl+E) ---------------------------------------------------------------
    pdf = tmp_path / "Handleplan til Modul 2.pdf"

    def export(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "Eksportér PDF"
        combo = dialog.milestone_combo
        combo.setFocus()
        qtbot.keyClicks(combo, "Modul 2")
        assert combo.currentText().startswith("Modul 2 – ")
        qtbot.mouseClick(dialog.path_edit, LEFT)
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.path_edit, str(pdf))
        click(qtbot, dialog.export_button)
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
        assert dialog.status.text().startswith("PDF'en er gemt"), dialog.status.text()
        assert dialog.open_button.isVisible()
        click(qtbot, dialog.close_button)

    in_modal(qtbot, lambda: shortcut(qtbot, window, Qt.Key.Key_E), export)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(pdf).pages)
    assert "Til Modul 2" in text and "Mette Hansen" in text and "Jonas Kristensen (AMR)" in text
    assert NEXT_STEP in text and PREDICTION in text  # the new cycle's plan, and the overview's next step
    # The finished cycle in full: what was seen, results next to predictions, the reason, the unplanned,
    # the one-off task done in it – made before the TRIO meeting between the modules, the PDF covers the
    # time since Modul 1, so it holds the reflection after Modul 1 too.
    for words in (OBSERVATION, RESULT, REASON, UNPLANNED, LEARNING, "Lave tavlen og sætte den op, uge 50"):
        assert words in text, words
    assert "Refleksioner siden Modul 1" in text
    assert "Psykologisk tryghed starter hos mig" in text

    # -- close, and start again on the same folder --------------------------------------------------
    window.close()
    controller.shutdown()
    again = start(qapp, folder, welcome=True)
    try:
        window = again.window
        assert not QApplication.activeModalWidget()  # no welcome the second time
        qtbot.waitUntil(lambda: again.ctx.store_is_open)
        # Where she left it: Tiltag, where the search took her.
        qtbot.waitUntil(
            lambda: window.current_screen().key == "initiatives" and window.current_screen().isEnabled()
        )
        assert window.windowTitle() == "Handleplan – Mette Hansen"
        screen = window.current_screen()
        item = screen.list_panel.list.item(0)
        assert item.text() == "Tjek ind på teammødet" and "Cyklus 2 · Planlæg" in item.toolTip()
        cycles = screen.editor.cycles
        qtbot.mouseClick(cycles.tabs, LEFT, pos=cycles.tabs.tabRect(0).center())
        click(qtbot, cycles.stepper.buttons[Phase.DO])
        do1 = cycles.pages[Phase.DO]
        assert do1.unplanned.toPlainText() == UNPLANNED
        assert [r.text.toPlainText() for r in do1.observations.rows] == [OBSERVATION]
        shortcut(qtbot, window, Qt.Key.Key_3)
        reflections = window.current_screen()
        assert reflections.key == "reflections" and reflections.model.rowCount() == 1
        assert reflections.editor.heading.text() == "Refleksion efter Modul 1"
        assert reflections.editor.answer_fields()[0].toPlainText() == "Psykologisk tryghed starter hos mig"
        shortcut(qtbot, window, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: window.current_screen().greeting.text() == "Hej Mette Hansen")
    finally:
        window.close()
        again.shutdown()
