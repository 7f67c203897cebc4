"""The welcome on first start: what the leader types is stored, and finishing or skipping onboards."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from handleplan.models import MilestoneKind
from handleplan.ops import people, timeline
from handleplan.ui.dialogs.welcome import FOCUS, FORLOEB, TRIO, WELCOME, WelcomeDialog


def _dialog(ctx, qtbot) -> WelcomeDialog:
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_finishing_stores_profile_trio_dates_and_focus(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    assert dialog.pages.currentIndex() == WELCOME
    qtbot.keyClicks(dialog.name, "Mette Hansen")
    qtbot.keyClicks(dialog.organisation, "Aarhus Kommune")
    qtbot.keyClicks(dialog.unit, "Hjemmeplejen Nord")

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == TRIO
    qtbot.keyClicks(dialog.members.new_name, "Jonas Kristensen")
    qtbot.keyClicks(dialog.members.new_role.lineEdit(), "AMR")
    qtbot.keyClick(dialog.members.new_name, Qt.Key.Key_Return)  # adds, and stays on the page
    assert dialog.pages.currentIndex() == TRIO
    assert [(m.name, m.role) for m in people.trio_members(ctx.store)] == [("Jonas Kristensen", "AMR")]

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FORLOEB
    milestones = timeline.milestones(ctx.store)
    assert len(milestones) == len(ctx.content.milestones)
    assert milestones[0].date == date.today()
    module2 = next(m for m in milestones if m.kind == MilestoneKind.MODUL2)
    new_date = date(2031, 3, 4)
    dialog.milestone_fields[module2.id].setDate(QDate(new_date))

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FOCUS
    assert dialog.finish_button.isVisible() and not dialog.next_button.isVisible()
    qtbot.keyClicks(dialog.focus, "Stress og travlhed i ydertimerne")
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    profile = people.profile(ctx.store)
    assert (profile.name, profile.organisation, profile.unit) == (
        "Mette Hansen",
        "Aarhus Kommune",
        "Hjemmeplejen Nord",
    )
    assert profile.focus == "Stress og travlhed i ydertimerne"
    assert profile.onboarded
    assert timeline.get_milestone(ctx.store, module2.id).date == new_date


def test_a_new_start_date_moves_the_whole_forloeb_until_one_date_is_set_by_hand(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    dialog.go_to(FORLOEB)
    before = {m.id: m.date for m in timeline.milestones(ctx.store)}
    dialog.start_date.setDate(QDate(date.today() + timedelta(days=10)))
    after = {m.id: m.date for m in timeline.milestones(ctx.store)}
    assert all(after[i] == before[i] + timedelta(days=10) for i in before)
    first_id = next(iter(before))
    assert dialog.milestone_fields[first_id].date().toPython() == after[first_id]

    dialog.milestone_fields[first_id].setDate(QDate(2030, 1, 1))
    dialog.start_date.setDate(QDate(date.today()))
    ctx.flush()
    moved = {m.id: m.date for m in timeline.milestones(ctx.store)}
    assert moved[first_id] == date(2030, 1, 1)
    assert all(moved[i] == after[i] for i in before if i != first_id)
    dialog.reject()


def test_skipping_on_the_first_page_onboards_and_seeds_the_forloeb_from_today(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert people.profile(ctx.store).onboarded
    milestones = timeline.milestones(ctx.store)
    assert len(milestones) == len(ctx.content.milestones)
    assert milestones[0].date == date.today()


def test_closing_without_finishing_keeps_the_welcome_for_next_time(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.name, "Mette")
    dialog.reject()
    profile = people.profile(ctx.store)
    assert profile.name == "Mette"
    assert not profile.onboarded


def test_every_page_offers_a_screenshot(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    states = dialog.screenshot_states()
    assert len(states) == FOCUS + 1
    for index, (_name, setup) in enumerate(states):
        setup()
        assert dialog.pages.currentIndex() == index
    dialog.reject()


def test_enter_in_the_role_field_adds_the_member_and_stays_on_the_page(ctx, qtbot):
    """Enter where the leader types the role, sent as a keyboard does: to the focused combo box itself."""
    dialog = _dialog(ctx, qtbot)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.members.new_name, "Susanne Holm")
    role = dialog.members.new_role
    qtbot.keyClicks(role, "TR")
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == TRIO
    assert [(m.name, m.role) for m in people.trio_members(ctx.store)] == [("Susanne Holm", "TR")]
