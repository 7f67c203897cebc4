"""The search dialog: Danish letters fold while typing, and a hit opens the right screen with its ids."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from handleplan.models import MilestoneKind
from handleplan.ops import initiatives, reflections, search, timeline
from handleplan.ops.edit import edit
from handleplan.store import search_index
from handleplan.ui.dialogs.search import SearchDialog
from handleplan.ui.widgets.cards import BADGE_KIND_ROLE, BADGE_ROLE, DETAIL_ROLE, TITLE_ROLE


@pytest.fixture
def plan(store):
    initiative = initiatives.create_initiative(store, "Luft i kørelisten")
    second = initiatives.start_next_cycle(store, initiative, prefill=False)
    edit(store, second, objective="En mærkbar ændring i pauserne inden sommer")
    meeting = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date(2026, 3, 10))
    edit(store, meeting, notes="Vi talte om bufferen")
    module = timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", date(2026, 4, 1))
    edit(store, module, discussion_points="Hvordan holder jeg fast i bufferen?")
    reflection = reflections.write_reflection(store, meeting, text="Æbleskiver til næste møde")
    return {"initiative": initiative, "cycle": second, "meeting": meeting, "module": module,
            "reflection": reflection}  # fmt: skip


def _dialog(ctx, qtbot) -> SearchDialog:
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: SearchDialog) -> list[tuple[str, str]]:
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    return [(item.data(TITLE_ROLE), item.data(DETAIL_ROLE)) for item in items]


def test_typing_capitals_finds_danish_lower_case_in_a_cycle_field(ctx, qtbot, plan):
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.field, "ÆNDRING")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    where, snippet = _rows(dialog)[0]
    assert where == "Tiltag »Luft i kørelisten« · Cyklus 2 · Formål med cyklussen"
    assert "ændring" in snippet
    assert dialog.count.text() == "1 fund"
    dialog.reject()


def test_enter_opens_the_hit_on_its_screen_with_its_ids(ctx, qtbot, plan):
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.field, "mærkbar")
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    cycle_id = plan["cycle"].id
    found = {"record": "cycle", "record_id": cycle_id, "field": "objective", "start": 3, "end": 10}
    assert opened.args == [
        "initiatives",
        {"initiative_id": plan["initiative"].id, "cycle_id": cycle_id, "found": found},
    ]
    assert dialog.result() == SearchDialog.DialogCode.Accepted


def test_a_trio_meeting_opens_on_the_trio_screen_and_a_module_on_the_forloeb(ctx, qtbot, plan):
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.field, "bufferen")
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    targets = [dialog.target(hit) for hit in search.search(ctx.store, "bufferen")]
    assert [(screen, ids["milestone_id"]) for screen, ids in targets] == [
        ("trio", plan["meeting"].id),
        ("timeline", plan["module"].id),
    ]
    # Arrow down from the field moves to the second hit; Enter opens that one.
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == list(targets[1])


def test_a_reflection_hit_opens_the_reflection(ctx, qtbot, plan):
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.field, "æbleskiver")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert _rows(dialog)[0][0].startswith("Refleksion »")
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args[0] == "reflections"
    assert opened.args[1]["reflection_id"] == plan["reflection"].id


def test_nothing_found_says_so_kindly(ctx, qtbot, plan):
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.field, "xyzzy")
    qtbot.waitUntil(lambda: "Intet fundet for »xyzzy«" in dialog.message.text())
    assert dialog.body.currentWidget() is dialog.message
    assert dialog.results.count() == 0
    dialog.reject()


def test_every_searched_field_has_a_name_the_leader_knows(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    fields = {(source.table, attribute) for source in search_index.SOURCES for attribute, _c in source.fields}
    assert fields <= set(dialog.labels)
    dialog.reject()


def test_a_private_hit_carries_the_lock_and_keeps_its_snippet(ctx, qtbot, plan):
    edit(ctx.store, plan["initiative"], private=True)
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.field, "mærkbar")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    item = dialog.results.item(0)
    assert (item.data(BADGE_KIND_ROLE), item.data(BADGE_ROLE)) == ("lock", "Privat")
    assert "mærkbar ændring" in item.data(DETAIL_ROLE)
    assert "Privat" in item.text()  # what a screen reader says of the row

    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "bufferen")  # a TRIO meeting and a module: not private
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    assert {dialog.results.item(i).data(BADGE_KIND_ROLE) for i in range(2)} == {""}
    dialog.reject()
