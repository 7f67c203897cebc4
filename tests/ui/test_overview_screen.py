"""Overblik on the demo plan and on an empty plan: countdown, tiltag, due tasks, reflections, fokus."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from handleplan.demo import fill_demo
from handleplan.ops import iglo, people, reflections
from handleplan.ops import initiatives as initiative_ops
from handleplan.ui import settings_schema
from handleplan.ui.widgets.cards import BADGE_KIND_ROLE, BADGE_ROLE, PHASE_ROLE, TARGET_ROLE, TITLE_ROLE
from handleplan.ui.widgets.phase_wheel import phase_name


def make_screen(ctx, qtbot):
    from handleplan.ui.screens.overview import OverviewScreen

    widget = OverviewScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def demo_screen(ctx, qtbot):
    fill_demo(ctx.store)  # dated around the real today, as the screen is
    return make_screen(ctx, qtbot)


def items(section) -> list:
    return [section.list.item(row) for row in range(section.list.count())]


def test_countdown_to_modul2(demo_screen):
    assert demo_screen.countdown.text() == "Modul 2 om 12 dage – din PDF er klar til eksport"
    assert demo_screen.greeting.text() == "Hej Mette Hansen"
    assert [p.title for p in demo_screen.strip.points()][:2] == ["Opstartsworkshop", "Modul 1"]


def test_initiatives_listed_with_their_phase(demo_screen, ctx):
    orm = initiative_ops.initiatives(ctx.store)
    shown = items(demo_screen.initiatives)
    assert [i.data(TITLE_ROLE) for i in shown] == [i.title for i in orm]
    for item, initiative in zip(shown, orm, strict=True):
        cycle = initiative.current_cycle
        assert item.data(PHASE_ROLE) == cycle.phase.value
        assert f"Cyklus {cycle.number} · {phase_name(cycle.phase)}" in item.text()
        assert item.data(TARGET_ROLE) == ("initiatives", {"initiative_id": initiative.id})


def test_clicking_or_activating_an_initiative_navigates(demo_screen, ctx, qtbot):
    rows = demo_screen.initiatives.list
    second = initiative_ops.initiatives(ctx.store)[1]
    rect = rows.visualItemRect(rows.item(1))
    with qtbot.waitSignal(ctx.navigate) as clicked:
        qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["initiatives", {"initiative_id": second.id}]
    first = initiative_ops.initiatives(ctx.store)[0]
    rows.setCurrentRow(0)
    with qtbot.waitSignal(ctx.navigate) as activated:
        qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert activated.args == ["initiatives", {"initiative_id": first.id}]


def test_due_tasks_listed_and_done_ones_not(demo_screen, ctx):
    days = settings_schema.value(ctx.settings, settings_schema.DUE_DAYS)
    due = iglo.open_due(ctx.store, date.today() + timedelta(days=days))
    titles = [i.data(TITLE_ROLE) for i in items(demo_screen.tasks)]
    levels = ctx.content.levels
    # Under a private tiltag the row names the IGLO level, not what was agreed.
    assert titles == [
        levels[r.level.value].title if r.initiative is not None and r.initiative.private else r.what
        for r in due
    ]
    assert demo_screen.tasks.heading.text() == f"Opgaver de næste {days} dage"
    done = [r.what for i in initiative_ops.initiatives(ctx.store) for r in i.roles if r.done]
    assert done and not set(done) & set(titles)
    overdue = [i for i in items(demo_screen.tasks) if i.data(BADGE_KIND_ROLE) == "warn"]
    assert overdue and overdue[0].data(BADGE_ROLE).startswith("Forfalden")


def test_the_private_reflection_is_marked(demo_screen, ctx):
    private = {r.title for r in reflections.reflections(ctx.store) if r.private}
    shown = items(demo_screen.recent)
    assert len(shown) == min(5, len(reflections.reflections(ctx.store)))
    marked = {i.data(TITLE_ROLE) for i in shown if i.data(BADGE_KIND_ROLE) == "lock"}
    assert marked == private and len(marked) == 1
    assert all(i.data(BADGE_ROLE) == "privat" for i in shown if i.data(TITLE_ROLE) in private)
    assert all(i.data(BADGE_ROLE) == "" for i in shown if i.data(TITLE_ROLE) not in private)


def test_an_empty_plan_shows_the_friendly_texts(ctx, qtbot):
    screen = make_screen(ctx, qtbot)
    assert screen.greeting.text() == "Din Handleplan"
    assert screen.countdown.text() == "Forløbet har ingen datoer endnu"
    for section in (screen.initiatives, screen.tasks, screen.recent):
        assert section.body.currentWidget() is section.empty
        assert section.list.count() == 0
    assert screen.initiatives.empty.text().startswith("Du har ingen tiltag endnu")
    assert screen.tasks.empty.text().startswith("Ingen åbne opgaver de næste 14 dage")
    assert screen.recent.empty.text().startswith("Du har ingen refleksioner endnu")
    assert screen.focus_button.text() == "Skriv dit fokus"
    assert screen.focus_label.text().startswith("Du har ikke skrevet dit fokus endnu")


def test_writing_the_focus_saves_it(ctx, qtbot):
    screen = make_screen(ctx, qtbot)
    assert screen.focus_button.text() == "Skriv dit fokus"
    qtbot.mouseClick(screen.focus_button, Qt.MouseButton.LeftButton)
    assert screen.focus_button.text() == "Færdig"
    assert not screen.focus_edit.isHidden() and screen.focus_label.isHidden()
    qtbot.keyClicks(screen.focus_edit, "Psykologisk tryghed")
    qtbot.mouseClick(screen.focus_button, Qt.MouseButton.LeftButton)
    assert people.profile(ctx.store).focus == "Psykologisk tryghed"
    assert screen.focus_edit.isHidden() and not screen.focus_label.isHidden()
    assert screen.focus_label.text() == "Dit fokus: Psykologisk tryghed"
    assert screen.focus_button.text() == "Redigér fokus"


def test_editing_the_demo_focus(demo_screen, ctx, qtbot):
    assert demo_screen.focus_button.text() == "Redigér fokus"
    demo_screen.focus_button.click()
    edit = demo_screen.focus_edit
    assert edit.toPlainText() == people.profile(ctx.store).focus
    edit.selectAll()
    qtbot.keyClicks(edit, "Færre afbrydelser")
    qtbot.waitUntil(lambda: people.profile(ctx.store).focus == "Færre afbrydelser", timeout=5000)
    demo_screen.focus_button.click()
    assert demo_screen.focus_label.text() == "Dit fokus: Færre afbrydelser"


def test_a_long_list_of_due_tasks_shows_the_first_eight_until_asked(ctx, qtbot):
    from handleplan.ui.screens.overview import TASKS_SHOWN

    initiative = initiative_ops.create_initiative(ctx.store, "Makkerordning")
    reflections.write_reflection(ctx.store, title="Efter Modul 1", text="Godt modul.")
    for n in range(TASKS_SHOWN + 4):
        iglo.assign(ctx.store, "gruppe", f"Opgave {n + 1}", initiative=initiative, due=date.today())
    screen = make_screen(ctx, qtbot)
    tasks = screen.tasks
    shown = [
        tasks.list.item(r).data(TITLE_ROLE)
        for r in range(tasks.list.count())
        if not tasks.list.isRowHidden(r)
    ]
    assert shown == [f"Opgave {n + 1}" for n in range(TASKS_SHOWN)]
    assert tasks.hidden_rows() == 4
    assert tasks.more.isVisible() and tasks.more.text() == f"Vis alle {TASKS_SHOWN + 4} opgaver"
    capped_height = tasks.list.height()
    assert screen.recent.isVisible()  # the reflections stay in reach below

    qtbot.mouseClick(tasks.more, Qt.MouseButton.LeftButton)
    assert tasks.hidden_rows() == 0
    assert tasks.more.text() == "Vis færre"
    assert tasks.list.height() > capped_height

    screen.refresh()  # reading the plan again keeps what the leader chose
    assert tasks.hidden_rows() == 0
    tasks.list.setCurrentRow(TASKS_SHOWN + 2)
    qtbot.mouseClick(tasks.more, Qt.MouseButton.LeftButton)
    assert tasks.hidden_rows() == 4 and tasks.list.height() == capped_height
    # The row chosen before is hidden now: Enter must not open it.
    assert tasks.list.currentItem() is None
    with qtbot.assertNotEmitted(tasks.list.opened):
        qtbot.keyClick(tasks.list, Qt.Key.Key_Return)


def test_more_than_twelve_tiltag_show_twelve_and_a_show_all_button(ctx, qtbot):
    from handleplan.ui.screens.overview import INITIATIVES_SHOWN

    for n in range(INITIATIVES_SHOWN + 1):
        initiative_ops.create_initiative(ctx.store, f"Tiltag {n + 1}")
    screen = make_screen(ctx, qtbot)
    assert screen.initiatives.hidden_rows() == 1
    assert screen.initiatives.more.text() == f"Vis alle {INITIATIVES_SHOWN + 1} tiltag"


def test_a_short_list_has_no_show_all_button(demo_screen):
    for section in (demo_screen.initiatives, demo_screen.tasks, demo_screen.recent):
        assert section.hidden_rows() == 0
        assert not section.more.isVisible()


def everything_shown(screen) -> list[str]:
    """Every text the Overblik shows or says: labels, buttons, accessible names, tooltips, and the texts
    its painted rows draw (title, detail, badge) and read out."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

    from handleplan.ui.widgets.cards import DETAIL_ROLE

    found = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                found += [
                    item.text(),
                    item.toolTip(),
                    str(item.data(Qt.ItemDataRole.AccessibleTextRole) or ""),
                ]
                found += [str(item.data(role) or "") for role in (TITLE_ROLE, DETAIL_ROLE, BADGE_ROLE)]
    return [text for text in found if text]


def test_private_entries_show_their_title_and_a_lock_never_their_text(demo_screen, ctx):
    from handleplan.ui.widgets.cards import LOCKED_ROLE

    private = [r for r in reflections.reflections(ctx.store) if r.private]
    secret = [i for i in initiative_ops.initiatives(ctx.store) if i.private]
    assert private and secret, "the demo has a private reflection and a private tiltag"
    texts = [a.answer for r in private for a in r.answers] + [r.text for r in private]
    texts += [role.what for i in secret for role in i.roles]
    texts += [c.next_step for i in secret for c in i.cycles] + [i.goal for i in secret]
    texts = [t.strip()[:25] for t in texts if t.strip()]
    assert texts
    shown = "\n".join(everything_shown(demo_screen))
    leaked = [t for t in texts if t in shown]
    assert not leaked, leaked

    # The title and the padlock do show.
    rows = {i.data(TITLE_ROLE): i for i in items(demo_screen.recent)}
    row = rows[private[0].title]
    assert row.data(BADGE_KIND_ROLE) == "lock" and "privat" in row.text()
    tasks = [i for i in items(demo_screen.tasks) if secret[0].title in i.data(TITLE_ROLE) + i.text()]
    assert tasks and all(i.data(LOCKED_ROLE) and "privat" in i.text() for i in tasks)


def test_the_countdown_card_leads_to_the_points_to_discuss(demo_window, qtbot):
    """From "Modul 2 om 12 dage": one click to the milestone on Forløb, the cursor in its points."""
    overview = demo_window.current_screen()
    assert overview.key == "overview"
    overview.discussion_button.click()
    screen = demo_window.current_screen()
    assert screen.key == "timeline"
    row = screen.rows[overview._upcoming_id]
    qtbot.waitUntil(lambda: row.discussion is not None and row.discussion.hasFocus())
