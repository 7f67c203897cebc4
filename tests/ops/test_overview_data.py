"""ops.overview reads plain rows with sqlite3; they must say what the ORM operations say on the demo plan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handleplan.demo import fill_demo
from handleplan.models import MilestoneKind
from handleplan.ops import iglo, people, reflections, timeline, undo
from handleplan.ops import initiatives as initiative_ops
from handleplan.ops.edit import edit
from handleplan.ops.overview import DUE_WITHIN_DAYS, load_overview, read_profile

TODAY = date(2025, 3, 10)


@pytest.fixture
def demo(store):
    fill_demo(store, "da", today=TODAY)
    return store


def test_profile(demo):
    me = people.profile(demo)
    data = load_overview(demo.path, TODAY)
    assert (data.profile.name, data.profile.organisation, data.profile.unit, data.profile.focus) == (
        me.name,
        me.organisation,
        me.unit,
        me.focus,
    )
    assert data.profile.onboarded is True
    assert read_profile(demo.path) == data.profile


def test_milestones_are_sorted_and_the_next_is_modul2(demo):
    data = load_overview(demo.path, TODAY)
    orm = timeline.milestones(demo)
    assert [m.id for m in data.milestones] == [m.id for m in orm]
    assert [(m.kind, m.title, m.date, m.place) for m in data.milestones] == [
        (m.kind, m.title, m.date, m.place) for m in orm
    ]
    dates = [m.date for m in data.milestones]
    assert dates == sorted(dates)
    upcoming = data.next_milestone(TODAY)
    assert upcoming.kind == MilestoneKind.MODUL2
    assert upcoming.date == TODAY + timedelta(days=12)
    assert data.next_milestone(upcoming.date) == upcoming  # on the day itself it is still "next"


def test_undated_milestones_come_last(store):
    later = timeline.add_milestone(store, MilestoneKind.OTHER, "Udateret")
    dated = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", TODAY)
    data = load_overview(store.path, TODAY)
    assert [m.id for m in data.milestones] == [dated.id, later.id]
    assert data.milestones[1].date is None


def test_each_initiative_with_its_current_cycle_phase(demo):
    data = load_overview(demo.path, TODAY)
    orm = initiative_ops.initiatives(demo)
    assert len(orm) > 1
    assert [row.id for row in data.initiatives] == [i.id for i in orm]
    for row, initiative in zip(data.initiatives, orm, strict=True):
        cycle = initiative.current_cycle
        assert (row.title, row.status, row.private) == (
            initiative.title,
            initiative.status,
            initiative.private,
        )
        assert (row.cycle_number, row.phase, row.next_step) == (cycle.number, cycle.phase, cycle.next_step)
    # More than one cycle somewhere, so "current" really means the newest one.
    assert any(row.cycle_number > 1 for row in data.initiatives)


def test_an_initiative_without_cycles(store):
    initiative = initiative_ops.create_initiative(store, "Tomt")
    undo.delete_record(store, initiative.cycles[0], "Slet cyklus")
    [row] = load_overview(store.path, TODAY).initiatives
    assert (row.cycle_number, row.phase, row.next_step) == (None, None, "")


def test_due_roles_within_the_window_and_not_done(demo):
    data = load_overview(demo.path, TODAY)
    until = TODAY + timedelta(days=DUE_WITHIN_DAYS)
    orm = iglo.open_due(demo, until)
    assert orm, "the demo has open roles due within two weeks"
    assert [r.id for r in data.due_roles] == [r.id for r in orm]
    for row, role in zip(data.due_roles, orm, strict=True):
        assert not row.done
        assert row.due <= until
        hidden = role.initiative is not None and role.initiative.private
        assert row.private == hidden
        assert row.who == ("" if hidden else role.who_label)
        assert (row.what, row.level, row.initiative_id, row.milestone_id) == (
            "" if hidden else role.what,
            role.level,
            role.initiative_id,
            role.milestone_id,
        )
        assert row.initiative_title == (role.initiative.title if role.initiative else "")
    # Done roles and roles outside the window are left out.
    all_roles = [r for i in initiative_ops.initiatives(demo) for r in i.roles]
    shown = {r.id for r in data.due_roles}
    assert any(r.done and r.due is not None and r.due <= until for r in all_roles)
    assert not any(r.id in shown for r in all_roles if r.done)
    assert any(r.due is not None and r.due > until and not r.done for r in all_roles)
    assert not any(r.id in shown for r in all_roles if r.due is None or r.due > until)
    # A wider window shows more.
    wider = load_overview(demo.path, TODAY, due_within_days=30).due_roles
    assert [r.id for r in wider] == [r.id for r in iglo.open_due(demo, TODAY + timedelta(days=30))]
    assert len(wider) > len(data.due_roles)


def test_a_trio_member_is_named_as_who(demo):
    data = load_overview(demo.path, TODAY, due_within_days=60)
    orm = {r.id: r for r in iglo.open_due(demo, TODAY + timedelta(days=60))}
    with_member = [row for row in data.due_roles if orm[row.id].trio_member is not None]
    assert with_member, "the demo gives a TRIO member a dated role"
    for row in with_member:
        assert row.who == ("" if row.private else orm[row.id].trio_member.name)
    assert any(not row.private for row in with_member)


def test_last_reflections_with_excerpt_and_milestone(demo):
    data = load_overview(demo.path, TODAY, reflections=3)
    orm = reflections.reflections(demo)
    assert data.reflection_count == len(orm)
    assert [r.id for r in data.reflections] == [r.id for r in orm[:3]]
    for row, refl in zip(data.reflections, orm[:3], strict=True):
        first_answer = next((a.answer for a in refl.answers if a.answer.strip()), "")
        # A private reflection reaches the Overblik as its title and its mark, never its text.
        assert row.excerpt == ("" if refl.private else (first_answer or refl.text))
        assert row.milestone_id == refl.milestone_id
        assert row.milestone_title == (refl.milestone.title if refl.milestone else "")
        assert (row.title, row.written_on, row.private, row.kind) == (
            refl.title,
            refl.written_on,
            refl.private,
            refl.kind,
        )
    assert [r.private for r in data.reflections].count(True) == 1


def test_excerpt_falls_back_to_the_notes(store):
    written = reflections.write_reflection(store, None, title="Fri", text="Kun noter her", written_on=TODAY)
    [row] = load_overview(store.path, TODAY).reflections
    assert row.excerpt == "Kun noter her"
    edit(store, written.answers[1], answer="Andet svar")
    edit(store, written.answers[0], answer="   ")
    [row] = load_overview(store.path, TODAY).reflections
    assert row.excerpt == "Andet svar"


def test_an_empty_plan(store):
    data = load_overview(store.path, TODAY)
    assert (
        data.milestones == () and data.initiatives == () and data.due_roles == () and data.reflections == ()
    )
    assert data.reflection_count == 0
    assert data.next_milestone(TODAY) is None
    assert data.profile.name == "" and data.profile.onboarded is False


def test_roles_under_a_private_initiative_reach_the_overblik_without_their_text(store):
    secret = initiative_ops_create(store)
    data = load_overview(store.path, TODAY)
    [row] = data.due_roles
    assert row.private and row.initiative_id == secret.id and row.initiative_title == secret.title
    assert (row.what, row.who) == ("", "")
    [ini] = data.initiatives
    assert ini.private and ini.next_step == ""


def initiative_ops_create(store):
    from handleplan.models import Level
    from handleplan.ops import iglo
    from handleplan.ops import initiatives as ops

    secret = ops.create_initiative(store, "Støtte til en medarbejder", private=True)
    edit(store, secret.cycles[0], next_step="Tale med LISE-HEMMELIG")
    iglo.assign(store, Level.LEDER, "Ring til LISE-HEMMELIG", "Mette", initiative=secret, due=TODAY)
    return secret
