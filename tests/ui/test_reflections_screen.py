"""The Refleksioner screen: writing after a milestone, the private mark, links to tiltag, delete and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handleplan.models import MilestoneKind
from handleplan.ops import initiatives as initiative_ops
from handleplan.ops import reflections, timeline


@pytest.fixture
def screen(ctx, qtbot):
    from handleplan.ui.screens.reflections import ReflectionsScreen

    widget = ReflectionsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1050, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def forloeb(store):
    """The course's default forløb, started long enough ago that Modul 1 has been held."""
    rows = timeline.seed_default_forloeb(store, date.today() - timedelta(days=60))
    return {m.kind.value: m for m in reversed(rows)}  # the first TRIO meeting wins for "trio"


def test_empty_screen_until_the_first_reflection(screen, ctx):
    assert screen.right.currentIndex() == 0
    assert screen.model.rowCount() == 0
    screen.new_reflection()  # no milestone held: a free reflection
    [written] = reflections.reflections(ctx.store)
    assert written.milestone is None and written.title == "Fri refleksion"
    assert screen.right.currentIndex() == 1
    assert [f.accessibleName() for f in screen.editor.answer_fields()] == list(
        ctx.content.prompts_for("free")
    )


def test_writing_after_modul1_shows_exactly_its_prompts(screen, ctx, forloeb, qtbot):
    modul1 = forloeb["modul1"]
    assert modul1.date <= date.today()
    screen.new_reflection(modul1)
    [written] = reflections.reflections(ctx.store)
    assert written.milestone_id == modul1.id and written.title == "Efter Modul 1"
    prompts = list(ctx.content.prompts_for("modul1"))
    fields = screen.editor.answer_fields()
    assert [f.accessibleName() for f in fields] == prompts
    assert [a.prompt for a in written.answers] == prompts
    assert screen.editor.heading.text() == "Refleksion efter Modul 1"
    assert screen.model.ids() == [written.id]
    qtbot.keyClicks(fields[-1], "Tale om stresstrappen på teammødet")
    qtbot.waitUntil(lambda: written.answers[-1].answer == "Tale om stresstrappen på teammødet", timeout=5000)


def test_the_new_menu_offers_held_and_coming_milestones(screen, ctx, forloeb):
    menu = screen.new_menu
    menu.rebuild()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[-1] == "Fri refleksion"
    assert "Kommende" in texts
    held = [t for t in texts if t.startswith("Efter ")]
    assert held and held[-1].startswith("Efter Opstartsworkshop")  # nearest first, the opstart last
    next(a for a in menu.actions() if a.text().startswith("Efter Opstartsworkshop")).trigger()
    [written] = reflections.reflections(ctx.store)
    assert written.milestone_id == forloeb["opstart"].id
    assert [f.accessibleName() for f in screen.editor.answer_fields()] == list(
        ctx.content.prompts_for("opstart")
    )


def test_linking_an_initiative_and_unchecking_private_are_saved(screen, ctx):
    first = initiative_ops.create_initiative(ctx.store, "Tjek ind på teammødet")
    initiative_ops.create_initiative(ctx.store, "Stjernestunder")
    written = reflections.write_reflection(ctx.store, None, title="Travl uge", private=True)
    screen.refresh()
    editor = screen.editor
    assert editor.reflection_id() == written.id
    assert editor.private.isChecked()
    assert [b.text() for b in editor.links.boxes.values()] == ["Tjek ind på teammødet", "Stjernestunder"]
    editor.links.boxes[first.id].click()
    assert [i.id for i in reflections.get_reflection(ctx.store, written.id).initiatives] == [first.id]
    editor.private.click()
    assert reflections.get_reflection(ctx.store, written.id).private is False
    assert screen.model.index(0).data(screen.model.PrivateRole) is False
    editor.links.boxes[first.id].click()
    assert reflections.get_reflection(ctx.store, written.id).initiatives == []


def test_delete_and_undo_restores_answers_and_links(screen, ctx, forloeb, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # Should a confirmation ever be added, answer it instead of blocking the test.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tiltag = initiative_ops.create_initiative(ctx.store, "Tjek ind")
    written = reflections.write_reflection(
        ctx.store, forloeb["modul1"], answers=["Trygheden", "Min rolle"], initiatives=[tiltag], private=True
    )
    written_id = written.id
    screen.refresh()
    assert screen.editor.reflection_id() == written_id
    screen.editor.delete_button.click()
    assert reflections.reflections(ctx.store) == []
    assert screen.model.rowCount() == 0 and screen.right.currentIndex() == 0
    ctx.undo_stack.undo()
    [back] = reflections.reflections(ctx.store)
    assert back.id == written_id and back.private
    assert [a.answer for a in back.answers][:2] == ["Trygheden", "Min rolle"]
    assert [i.id for i in back.initiatives] == [tiltag.id]
    assert screen.model.ids() == [written_id]
    assert screen.editor.reflection_id() == written_id
    assert [f.toPlainText() for f in screen.editor.answer_fields()][:2] == ["Trygheden", "Min rolle"]
    assert screen.editor.links.checked_ids() == [tiltag.id]


def test_show_target_opens_a_reflection_or_writes_one(screen, ctx, forloeb):
    old = reflections.write_reflection(
        ctx.store, None, title="Gammel", written_on=date.today() - timedelta(days=20)
    )
    new = reflections.write_reflection(ctx.store, None, title="Ny")
    screen.show_target({"reflection_id": new.id})
    assert screen.editor.title.text() == "Ny"
    assert screen.log.currentIndex().row() == 0
    screen.show_target({"reflection_id": old.id})
    assert screen.editor.reflection_id() == old.id
    assert screen.log.currentIndex().row() == screen.model.row_of(old.id)

    trio = forloeb["trio"]
    screen.show_target({"new_for_milestone_id": trio.id})
    after_trio = next(r for r in reflections.reflections(ctx.store) if r.milestone_id == trio.id)
    assert screen.editor.reflection_id() == after_trio.id
    assert [f.accessibleName() for f in screen.editor.answer_fields()] == list(
        ctx.content.prompts_for("trio")
    )
    assert not screen.editor.meeting_button.isHidden()
    # A second time opens the same reflection instead of writing another.
    screen.show_target({"reflection_id": old.id})
    screen.show_target({"new_for_milestone_id": trio.id})
    assert screen.editor.reflection_id() == after_trio.id
    assert sum(r.milestone_id == trio.id for r in reflections.reflections(ctx.store)) == 1
    assert MilestoneKind.TRIO == trio.kind


def test_ctrl_r_writes_after_the_latest_milestone_held_then_a_free_one(screen, ctx, forloeb, qtbot):
    held = [m for m in timeline.milestones(ctx.store) if m.date is not None and m.date <= date.today()]
    latest = held[-1]
    screen.new_reflection()
    first = reflections.reflections(ctx.store)[0]
    assert first.milestone_id == latest.id
    assert screen.editor.reflection_id() == first.id
    # Mark it private with the check box and see the padlock's role set in the log.
    screen.editor.private.click()
    assert reflections.get_reflection(ctx.store, first.id).private is True
    assert screen.model.index(screen.model.row_of(first.id)).data(screen.model.PrivateRole) is True
    # The latest milestone already has its reflection: a second Ctrl+R writes a free one.
    screen.new_reflection()
    assert sum(r.milestone_id == latest.id for r in reflections.reflections(ctx.store)) == 1
    assert any(r.milestone_id is None for r in reflections.reflections(ctx.store))


def test_ctrl_r_asks_with_the_newest_unwritten_milestone_chosen(screen, ctx, forloeb, qtbot):
    """Ctrl+R opens the menu instead of writing at once; a milestone with its reflection is marked and
    opens it, so Enter after the first one takes the next meeting still without a reflection."""
    from PySide6.QtCore import Qt

    held = [m for m in timeline.milestones(ctx.store) if m.date is not None and m.date <= date.today()]
    latest, before = held[-1], held[-2]
    screen.ask_new_reflection()
    menu = screen.new_menu
    qtbot.waitUntil(menu.isVisible)
    assert reflections.reflections(ctx.store) == []  # nothing written before she chooses
    assert menu.activeAction() is menu.defaultAction()
    assert menu.defaultAction().text().startswith(f"Efter {latest.title}")
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    [first] = reflections.reflections(ctx.store)
    assert first.milestone_id == latest.id

    screen.ask_new_reflection()
    qtbot.waitUntil(menu.isVisible)
    marked = next(a for a in menu.actions() if a.text().startswith(f"Efter {latest.title}"))
    assert marked.text().endswith("– skrevet, åbn den")
    assert menu.defaultAction().text().startswith(f"Efter {before.title}")
    menu.hide()
    marked.trigger()  # opens the one written, writes no second
    assert len(reflections.reflections(ctx.store)) == 1 and screen.editor.reflection_id() == first.id


def test_a_modules_reflection_shows_its_aims_and_whose_questions_they_are(screen, ctx, forloeb):
    screen.new_reflection(forloeb["modul1"])
    editor = screen.editor
    aims = ctx.content.milestone_template("modul1").aims
    assert editor.aims.isVisibleTo(editor) and all(aim in editor.aims.text() for aim in aims)
    assert editor.prompt_origin.text() == ctx.content.prompt_origins["modul1"]
    screen.new_menu.rebuild()  # a free reflection: no module, no aims; Handleplan's own questions
    next(a for a in screen.new_menu.actions() if a.text() == "Fri refleksion").trigger()
    assert not editor.aims.isVisibleTo(editor)
    assert "Handleplan" in editor.prompt_origin.text()
