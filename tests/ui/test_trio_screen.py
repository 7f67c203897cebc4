"""The TRIO screen: members, a meeting's notes, agreements and what to bring, and the reflection link."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from handleplan.models import Level, MilestoneKind
from handleplan.ops import iglo, people
from handleplan.ops import timeline as timeline_ops


@pytest.fixture
def screen(ctx, qtbot):
    from handleplan.ui.screens.trio import TrioScreen

    widget = TrioScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    return widget


@pytest.fixture
def meeting(store):
    return timeline_ops.add_milestone(
        store, MilestoneKind.TRIO, "TRIO-møde", date.today() - timedelta(days=3)
    )


def test_add_member_by_typing(screen, ctx, qtbot):
    screen.refresh()
    qtbot.keyClicks(screen.members.new_name, "Jonas Kristensen")
    qtbot.keyClicks(screen.members.new_role.lineEdit(), "AMR")
    qtbot.keyClick(screen.members.new_name, Qt.Key.Key_Return)
    members = people.trio_members(ctx.store)
    assert [(m.name, m.role) for m in members] == [("Jonas Kristensen", "AMR")]
    assert screen.members.rows.rows[0].name.text() == "Jonas Kristensen"
    assert screen.members.new_name.text() == ""


def test_member_role_saves_free_text(screen, ctx, store, qtbot):
    member = people.add_trio_member(store, "Susanne Holm", "TR")
    screen.refresh()
    role = screen.members.rows.rows[0].role
    role.lineEdit().selectAll()
    qtbot.keyClicks(role.lineEdit(), "Sygeplejerske")
    qtbot.waitUntil(lambda: member.role == "Sygeplejerske", timeout=3000)


def test_shows_the_latest_meeting_held_by_default(screen, store, meeting):
    timeline_ops.add_milestone(
        store, MilestoneKind.TRIO, "Næste TRIO-møde", date.today() + timedelta(days=20)
    )
    timeline_ops.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", date.today() - timedelta(days=10))
    screen.refresh()
    assert screen.meeting_list.count() == 2  # modules are not TRIO meetings
    assert screen.selected_meeting() is meeting


def test_add_agreement_with_member_and_due_date(screen, ctx, store, meeting, qtbot):
    people.add_trio_member(store, "Jonas Kristensen", "AMR")
    screen.refresh()
    qtbot.mouseClick(screen.editor.agreements.add_button, Qt.MouseButton.LeftButton)
    row = screen.editor.agreements.agreement_rows()[0]
    qtbot.keyClicks(row.what, "Tage stresstrappen op i MED-udvalget")
    row.who.setFocus()
    qtbot.keyClicks(row.who.lineEdit(), "Jonas Kristensen")
    row.due.setFocus()
    row.due.setDate(QDate(2030, 12, 12))
    ctx.flush()
    agreements = meeting.agreements
    assert len(agreements) == 1
    agreement = agreements[0]
    assert agreement.milestone_id == meeting.id
    assert agreement.what == "Tage stresstrappen op i MED-udvalget"
    assert agreement.trio_member is not None and agreement.trio_member.name == "Jonas Kristensen"
    assert agreement.due == date(2030, 12, 12)
    assert agreement.level == Level.LEDER


def test_delete_agreement_can_be_undone(screen, ctx, store, meeting, qtbot):
    iglo.assign(store, Level.GRUPPE, "Samle aftenholdets ønsker", milestone=meeting)
    screen.refresh()
    row = screen.editor.agreements.agreement_rows()[0]
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert timeline_ops.get_milestone(store, meeting.id).agreements == []
    assert screen.editor.agreements.agreement_rows() == []
    ctx.undo_stack.undo()
    restored = timeline_ops.get_milestone(store, meeting.id).agreements
    assert [a.what for a in restored] == ["Samle aftenholdets ønsker"]


def test_notes_and_bring_to_next_save_after_typing(screen, store, meeting, qtbot):
    screen.refresh()
    qtbot.keyClicks(screen.editor.notes, "Vi gennemgik tiltagene.")
    qtbot.keyClicks(screen.editor.bring, "Hvordan beskytter vi tid i kørelisten?")
    qtbot.waitUntil(
        lambda: (
            timeline_ops.get_milestone(store, meeting.id).notes == "Vi gennemgik tiltagene."
            and meeting.bring_to_next == "Hvordan beskytter vi tid i kørelisten?"
        ),
        timeout=3000,
    )


def test_reflection_button_navigates_with_the_meeting(screen, ctx, meeting, qtbot):
    screen.refresh()
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.mouseClick(screen.editor.reflect_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["reflections", {"new_for_milestone_id": meeting.id}]


def test_show_target_selects_the_meeting(screen, store, meeting):
    later = timeline_ops.add_milestone(
        store, MilestoneKind.TRIO, "Afslutning", date.today() + timedelta(days=40)
    )
    screen.refresh()
    assert screen.selected_meeting() is meeting
    screen.show_target({"milestone_id": later.id})
    assert screen.selected_meeting() is later
    assert screen.meeting_list.currentItem().text().startswith("Afslutning")


def test_delete_meeting_and_undo(screen, ctx, store, meeting, qtbot):
    iglo.assign(store, Level.LEDER, "Booke næste møde", milestone=meeting)
    screen.refresh()
    qtbot.mouseClick(screen.editor.delete_button, Qt.MouseButton.LeftButton)
    assert screen.meeting_list.count() == 0
    assert screen.right.currentIndex() == 0  # the empty page
    ctx.undo_stack.undo()
    screen.refresh()
    assert screen.meeting_list.count() == 1
    assert [a.what for a in screen.selected_meeting().agreements] == ["Booke næste møde"]


def test_an_agreement_under_a_private_tiltag_shows_its_title_and_a_lock(screen, ctx, store, meeting, qtbot):
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTextEdit, QWidget

    from handleplan.ops import initiatives as initiative_ops
    from handleplan.ui.widgets.lock_icon import LockMark

    secret = initiative_ops.create_initiative(store, "Støtte til en medarbejder", private=True)
    iglo.assign(store, Level.GRUPPE, "Bisidder ved samtalerne med LISE", initiative=secret, milestone=meeting)
    iglo.assign(store, Level.LEDER, "Booke næste møde", milestone=meeting)
    screen.show_target({"milestone_id": meeting.id})
    box = screen.editor.agreements
    shown = []
    for widget in box.findChildren(QWidget):
        shown += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, (QLabel, QPushButton)):
            shown.append(widget.text())
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            shown.append(widget.toPlainText())
    text = "\n".join(shown)
    assert "LISE" not in text
    assert "Booke næste møde" in text
    [held] = box.held_buttons
    assert secret.title in held.accessibleName()
    assert held.text() == "Åbn tiltaget"
    assert held.parentWidget().findChildren(LockMark)
    with qtbot.waitSignal(ctx.navigate) as opened:
        qtbot.mouseClick(held, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "initiatives" and opened.args[1]["initiative_id"] == secret.id


@pytest.mark.parametrize("size, folded", [((1008, 528), True), ((1350, 700), False)])
def test_the_meeting_fits_its_column_at_1280x720_at_125_percent(demo_window, qtbot, size, folded):
    from PySide6.QtWidgets import QBoxLayout

    demo_window.resize(*size)
    screen = demo_window.open_screen("trio")
    held = next(m for m in screen._meetings if m.agreements)
    screen.show_target({"milestone_id": held.id})
    qtbot.waitUntil(lambda: screen.scroll.horizontalScrollBar().maximum() == 0)
    rows = screen.editor.agreements.rows.rows
    down = QBoxLayout.Direction.TopToBottom
    assert rows and all((row.details.direction() == down) is folded for row in rows)
    assert (
        screen.editor.delete_button.visibleRegion().boundingRect().width()
        == screen.editor.delete_button.width()
    )


def test_the_meeting_title_goes_above_its_buttons_in_a_narrow_column(screen, meeting, qtbot):
    from PySide6.QtWidgets import QBoxLayout

    editor = screen.editor
    editor.fit_to(1200)
    assert editor.top.direction() == QBoxLayout.Direction.LeftToRight
    editor.fit_to(360)
    assert editor.top.direction() == QBoxLayout.Direction.TopToBottom


def test_a_long_role_is_shown_from_its_start(screen, store, qtbot):
    people.add_trio_member(store, "Jonas Kristensen", "Arbejdsmiljørepræsentant (AMR)")
    screen.refresh()
    role = screen.members.rows.rows[0].role
    assert role.currentText() == "Arbejdsmiljørepræsentant (AMR)"
    assert role.lineEdit().cursorPosition() == 0
