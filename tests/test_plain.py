"""The plain copies a first screen paints from (`ops.plain`) hold what the ORM holds, value for value."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect

from handleplan.demo import fill_demo
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Initiative,
    Level,
    Milestone,
    Observation,
    Reflection,
    ReflectionAnswer,
    RoleAssignment,
    TrioMember,
)
from handleplan.ops import iglo, initiatives, people, plain, reflections, timeline
from handleplan.ops.records import missing_fields, roles_by_level


def columns(record: object) -> dict[str, object]:
    """Every mapped column of an ORM record, by attribute name."""
    return {name: getattr(record, name) for name in inspect(type(record)).columns.keys()}  # noqa: SIM118


def same_columns(copy: object, record: object) -> None:
    expected = columns(record)
    assert {name: getattr(copy, name) for name in expected} == expected


def test_every_initiative_read_whole_matches_the_orm(store):
    fill_demo(store)
    # Rows the demo leaves empty or unusual: no cycle at all, an unticked "as planned", a decision, a
    # role for a TRIO member and one with a date.
    empty = initiatives.create_initiative(store, "Uden cyklus")
    empty.cycles.clear()
    store.commit()
    members = people.trio_members(store)
    iglo.assign(
        store, Level.GRUPPE, "Samle forslag", initiative=empty, trio_member=members[0], due=date(2027, 1, 4)
    )
    store.session.expire_all()

    ordered = initiatives.initiatives(store)
    for opened in ordered:
        copies = plain.initiative_list(store.path, opened.id)
        assert [c.id for c in copies] == [i.id for i in ordered]
        for copy, record in zip(copies, ordered, strict=True):
            same_columns(copy, record)
            assert [(c.number, c.phase) for c in copy.cycles] == [(c.number, c.phase) for c in record.cycles]
        whole = next(c for c in copies if c.id == opened.id)
        assert isinstance(whole, plain.PlainInitiative)
        for copy_cycle, cycle in zip(whole.cycles, opened.cycles, strict=True):
            same_columns(copy_cycle, cycle)
            assert copy_cycle.initiative is whole
            for name in ("questions", "tasks", "observations"):
                rows = getattr(cycle, name)
                assert len(getattr(copy_cycle, name)) == len(rows)
                for copy_row, row in zip(getattr(copy_cycle, name), rows, strict=True):
                    same_columns(copy_row, row)
            assert missing_fields(copy_cycle) == missing_fields(cycle)
        for copy_role, role in zip(whole.roles, opened.roles, strict=True):
            same_columns(copy_role, role)
            assert copy_role.who_label == role.who_label
        assert len(whole.roles) == len(opened.roles)
        assert {level: [r.id for r in rows] for level, rows in roles_by_level(whole).items()} == {
            level: [r.id for r in rows] for level, rows in roles_by_level(opened).items()
        }


def test_the_first_initiative_comes_whole_when_the_one_asked_for_is_gone(store):
    fill_demo(store)
    first = initiatives.initiatives(store)[0]
    copies = plain.initiative_list(store.path, 999_999)
    assert copies[0].id == first.id
    assert len(copies[0].cycles[-1].questions) == len(first.cycles[-1].questions)
    assert all(not hasattr(c, "objective") for i in copies[1:] for c in i.cycles)


def test_an_empty_plan_reads_as_no_initiatives(store):
    people.profile(store)
    assert plain.initiative_list(store.path, None) == []
    assert plain.trio_members(store.path) == []


def test_trio_members_match_the_orm(store):
    fill_demo(store)
    members = people.trio_members(store)
    copies = plain.trio_members(store.path)
    assert [m.id for m in copies] == [m.id for m in members]
    for copy, member in zip(copies, members, strict=True):
        same_columns(copy, member)


def test_each_copy_names_the_class_it_stands_for():
    for kind, mapped in (
        (plain.PlainInitiative, Initiative),
        (plain.PlainCycle, Cycle),
        (plain.PlainQuestion, CycleQuestion),
        (plain.PlainTask, CycleTask),
        (plain.PlainObservation, Observation),
        (plain.PlainRole, RoleAssignment),
        (plain.PlainTrioMember, TrioMember),
        (plain.PlainMilestone, Milestone),
        (plain.PlainReflection, Reflection),
        (plain.PlainAnswer, ReflectionAnswer),
    ):
        assert kind.orm == mapped.__name__
        assert kind.table == mapped.__tablename__


def test_the_forloeb_and_its_agreements_match_the_orm(store):
    fill_demo(store)
    milestones = timeline.milestones(store)
    copies = plain.milestones(store.path)
    assert [m.id for m in copies] == [m.id for m in milestones]
    assert any(m.agreements for m in milestones)
    for copy, milestone in zip(copies, milestones, strict=True):
        same_columns(copy, milestone)
        assert [a.id for a in copy.agreements] == [a.id for a in milestone.agreements]
        for copy_role, role in zip(copy.agreements, milestone.agreements, strict=True):
            same_columns(copy_role, role)
            assert copy_role.who_label == role.who_label


def test_the_reflection_log_and_each_reflection_match_the_orm(store):
    fill_demo(store)
    log = reflections.reflection_log(store)
    assert plain.reflection_log(store.path) == log
    for entry in log:
        record = reflections.get_reflection(store, entry.id)
        copy = plain.reflection(store.path, entry.id)
        same_columns(copy, record)
        for copy_answer, answer in zip(copy.answers, record.answers, strict=True):
            same_columns(copy_answer, answer)
        assert len(copy.answers) == len(record.answers)
        assert (copy.milestone and copy.milestone.id) == (record.milestone and record.milestone.id)
        if record.milestone is not None:
            same_columns(copy.milestone, record.milestone)
        assert [i.id for i in copy.initiatives] == [i.id for i in record.initiatives]
    assert any(plain.reflection(store.path, e.id).initiatives for e in log)
    assert plain.reflection(store.path, 999_999) is None


def test_initiative_titles_match_the_orm(store):
    fill_demo(store)
    copies = plain.initiative_titles(store.path)
    assert [(c.id, c.title) for c in copies] == [
        (i.id, i.title) for i in initiatives.initiative_titles(store)
    ]
