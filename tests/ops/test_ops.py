"""The operations the screens call: cycles, order, the forløb, what changed, what is due, what is missing."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from handleplan.content import load_content
from handleplan.errors import HandleplanError, ValidationError
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Decision,
    Initiative,
    InitiativeStatus,
    Level,
    MilestoneKind,
    Observation,
    Phase,
    ReflectionKind,
    RoleAssignment,
)
from handleplan.ops import iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.store import Store

TODAY = date(2026, 3, 10)


def test_a_new_initiative_starts_as_an_idea_with_cycle_one_in_plan(store: Store):
    initiative = ops.create_initiative(
        store, "Stjernestunder", tags=["anerkendelse", "anerkendelse", "laere"]
    )
    assert initiative.status == InitiativeStatus.IDEA
    assert [(c.number, c.phase) for c in initiative.cycles] == [(1, Phase.PLAN)]
    assert initiative.current_cycle is initiative.cycles[0]
    assert initiative.tags == ["anerkendelse", "laere"]  # duplicates dropped, order kept
    assert ops.get_initiative(store, initiative.id) is initiative
    with pytest.raises(HandleplanError) as caught:
        ops.get_initiative(store, initiative.id + 99)
    assert caught.value.code == "not_found"


def test_start_next_cycle_builds_on_the_last_one(store: Store, data_dir: Path):
    initiative = ops.create_initiative(store, "Luft i kørelisten")
    first = initiative.cycles[0]
    edit(
        store, first, phase=Phase.ACT, objective="Buffer på tre ruter", measure="Pauser holdt",
        data_plan="Kryds i bilen", method="Aftale med planlægningen", helpers="Birgitte", as_planned=True,
        unplanned="Rute 3", learning="Beskyt bufferen", comparison="11 → 6 timer", decision=Decision.ADAPT,
        decision_reason="Virker på to ruter", next_step="Alle seks ruter",
    )  # fmt: skip
    question = ops.add_question(store, first, "Holdes pausen?", "Ja")
    edit(store, question, result="13 af 15 dage")
    task = ops.add_task(store, first, "Ark i bilerne", "Jonas", "Uge 1", "Bilerne")
    one_off = ops.add_task(store, first, "Lave tavlen og sætte den op", "Mig", "Uge 50")
    edit(store, one_off, done=True)
    ops.add_observation(store, first, "Første uge gik godt", date(2026, 2, 3))
    assert ops.carry_over(first) == ops.CarryOver(
        questions=1, tasks=1, tasks_done=1, method=True, objective_from_next_step=True
    )

    second = ops.start_next_cycle(store, initiative)

    assert [c.number for c in initiative.cycles] == [1, 2]
    assert initiative.current_cycle is second
    assert initiative.status == InitiativeStatus.ACTIVE  # an idea became active
    assert second.phase == Phase.PLAN
    assert second.objective == "Alle seks ruter"  # the last cycle's next step
    assert (second.measure, second.data_plan, second.method, second.helpers) == (
        "Pauser holdt", "Kryds i bilen", "Aftale med planlægningen", "Birgitte",
    )  # fmt: skip
    # Questions carry over with their predictions but without results; open tasks, and a task already
    # done stays behind with the cycle that did it.
    assert [(q.question, q.prediction, q.result) for q in second.questions] == [("Holdes pausen?", "Ja", "")]
    assert [(t.what, t.who, t.when, t.where, t.done) for t in second.tasks] == [
        ("Ark i bilerne", "Jonas", "Uge 1", "Bilerne", False)
    ]
    assert second.questions[0].id != question.id and second.tasks[0].id != task.id
    # Observations, results and the decision stay with the old cycle.
    assert second.observations == [] and second.decision is None and second.learning == ""
    assert second.as_planned is None and second.unplanned == ""
    assert first.decision == Decision.ADAPT and first.questions[0].result == "13 af 15 dage"
    assert len(first.observations) == 1

    store.close()
    again = Store.open(data_dir)
    try:
        reloaded = ops.get_initiative(again, initiative.id)
        assert [c.objective for c in reloaded.cycles] == ["Buffer på tre ruter", "Alle seks ruter"]
        assert reloaded.cycles[1].questions[0].result == ""
    finally:
        again.close()


def test_start_next_cycle_without_prefill_and_without_next_step(store: Store):
    initiative = ops.create_initiative(store, "Tiltag")
    edit(store, initiative.cycles[0], objective="Første mål")
    ops.add_question(store, initiative.cycles[0], "Spørgsmål")
    second = ops.start_next_cycle(store, initiative)
    assert second.objective == "Første mål"  # no next step: the old objective
    third = ops.start_next_cycle(store, initiative, prefill=False)
    assert third.number == 3 and third.objective == "" and third.questions == [] and third.tasks == []
    edit(store, initiative, status=InitiativeStatus.DONE)
    ops.start_next_cycle(store, initiative)
    assert initiative.status == InitiativeStatus.DONE  # only an idea is promoted


def test_rows_are_numbered_in_order(store: Store):
    cycle = ops.create_initiative(store, "Tiltag").cycles[0]
    for text in ("a", "b", "c"):
        ops.add_question(store, cycle, text)
        ops.add_task(store, cycle, text)
    assert [(q.position, q.question) for q in cycle.questions] == [(1, "a"), (2, "b"), (3, "c")]
    assert [t.position for t in cycle.tasks] == [1, 2, 3]
    ops.add_observation(store, cycle, "senere", date(2026, 2, 2))
    ops.add_observation(store, cycle, "tidligere", date(2026, 2, 1))
    store.session.expire(cycle, ["observations"])
    assert [o.text for o in cycle.observations] == ["tidligere", "senere"]  # by date
    today_row = ops.add_observation(store, cycle, "i dag")
    assert today_row.observed_on == date.today()


def test_move_initiative(store: Store, data_dir: Path):
    a, b, c, d = (ops.create_initiative(store, t) for t in "ABCD")
    ops.move_initiative(store, d, 0)
    assert [i.title for i in ops.initiatives(store)] == ["D", "A", "B", "C"]
    ops.move_initiative(store, d, 99)  # clamped to the end
    assert [i.title for i in ops.initiatives(store)] == ["A", "B", "C", "D"]
    ops.move_initiative(store, a, 2)
    assert [i.title for i in ops.initiatives(store)] == ["B", "C", "A", "D"]
    ops.move_initiative(store, b, -5)  # clamped to the start
    assert [(i.title, i.position) for i in ops.initiatives(store)] == [("B", 1), ("C", 2), ("A", 3), ("D", 4)]
    store.close()
    again = Store.open(data_dir)
    try:
        assert [i.title for i in ops.initiatives(again)] == ["B", "C", "A", "D"]
        assert ops.create_initiative(again, "E").position == 5
    finally:
        again.close()


def test_the_lighter_lists_keep_the_leaders_order(store: Store, data_dir: Path):
    a, _b, c = (ops.create_initiative(store, t) for t in "ABC")
    ops.start_next_cycle(store, c)
    ops.move_initiative(store, c, 0)
    store.close()
    again = Store.open(data_dir)  # a fresh session: nothing is loaded already
    try:
        titles = [i.title for i in ops.initiatives(again)]
        assert titles == ["C", "A", "B"]
        assert [i.title for i in ops.initiative_titles(again)] == titles
        listed = ops.initiative_list(again)
        assert [i.title for i in listed] == titles
        assert [(cy.number, cy.phase) for cy in listed[0].cycles] == [(1, Phase.PLAN), (2, Phase.PLAN)]
    finally:
        again.close()


def test_profile_is_created_once_and_has_plan(store: Store):
    assert people.has_plan(store) is False
    first = people.profile(store)
    assert people.profile(store).id == first.id
    assert people.has_plan(store) is False  # an empty profile is not a plan
    edit(store, first, name="Mette Hansen")
    assert people.has_plan(store) is True
    edit(store, first, name="")
    ops.create_initiative(store, "Tiltag")
    assert people.has_plan(store) is True


def test_trio_members_keep_their_order(store: Store):
    people.add_trio_member(store, "Jonas", "AMR")
    people.add_trio_member(store, "Susanne", "TR")
    assert [(m.name, m.role, m.position) for m in people.trio_members(store)] == [
        ("Jonas", "AMR", 1), ("Susanne", "TR", 2)
    ]  # fmt: skip


# -- the forløb ----------------------------------------------------------------------------------------


def test_default_forloeb_is_seeded_once_from_the_content(store: Store):
    content = load_content("da")
    start = date(2026, 1, 5)
    made = timeline.seed_default_forloeb(store, start, "da")
    assert [(m.kind.value, m.title, m.date) for m in made] == [
        (t.kind, t.title, start + timedelta(weeks=t.offset_weeks)) for t in content.milestones
    ]
    again = timeline.seed_default_forloeb(store, date(2030, 1, 1), "da")
    assert [m.id for m in again] == [m.id for m in made]  # not seeded twice


def test_milestones_in_course_order_next_and_previous(store: Store):
    undated = timeline.add_milestone(store, MilestoneKind.OTHER, "Læs artikler")
    m2 = timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", date(2026, 4, 1))
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date(2026, 3, 1))
    m1 = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", date(2026, 2, 1))
    assert [m.title for m in timeline.milestones(store)] == [
        "Modul 1",
        "TRIO-møde",
        "Modul 2",
        "Læs artikler",
    ]
    assert timeline.next_milestone(store, TODAY) is m2
    assert timeline.next_milestone(store, date(2026, 3, 1)) is trio  # today counts
    assert timeline.next_milestone(store, date(2027, 1, 1)) is None
    assert timeline.previous_milestone(store, m2) is trio
    assert timeline.previous_milestone(store, m1) is None
    assert timeline.previous_milestone(store, undated) is None


def _age(store: Store, model: type, row_id: int, when: datetime) -> None:
    """Make a row look as if it was last changed at `when` (the ORM would stamp 'now')."""
    store.session.execute(update(model).where(model.id == row_id).values(updated_at=when))
    store.commit()
    store.session.expire_all()


def test_changed_since_lists_what_changed_after_the_milestone(store: Store):
    module = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", date.today() - timedelta(days=7))
    long_ago = datetime.combine(date.today() - timedelta(days=30), datetime.min.time())
    old = ops.create_initiative(store, "Gammelt tiltag")
    old_cycle = old.cycles[0]
    old_question = ops.add_question(store, old_cycle, "Spørgsmål")
    old_role = iglo.assign(store, Level.LEDER, "Gammel rolle", initiative=old)
    old_reflection = reflections.write_reflection(store, None, title="Gammel refleksion", answers=["svar"])
    for model, row_id in (
        (Initiative, old.id), (Cycle, old_cycle.id), (CycleQuestion, old_question.id),
        (RoleAssignment, old_role.id),
    ):  # fmt: skip
        _age(store, model, row_id, long_ago)
    for answer in old_reflection.answers:
        _age(store, type(answer), answer.id, long_ago)
    _age(store, type(old_reflection), old_reflection.id, long_ago)
    _age(store, type(module), module.id, long_ago)
    assert timeline.changed_since(store, module) == []

    new = ops.create_initiative(store, "Nyt tiltag")
    edit(store, store.session.get(CycleQuestion, old_question.id), result="Det virkede")
    edit(store, store.session.get(RoleAssignment, old_role.id), done=True)
    reflections.write_reflection(store, module, title="Efter Modul 1")

    changes = timeline.changed_since(store, module)
    kinds = {(c.kind, c.title, c.initiative_id) for c in changes}
    assert ("initiative", "Nyt tiltag", new.id) in kinds
    assert ("cycle", "Nyt tiltag · 1", new.id) in kinds
    assert ("cycle", "Gammelt tiltag · 1", old.id) in kinds  # through its question
    assert ("role", "Gammel rolle", old.id) in kinds
    assert ("reflection", "Efter Modul 1", None) in kinds
    assert not any(c.kind == "initiative" and c.id == old.id for c in changes)
    assert not any(c.title == "Gammel refleksion" for c in changes)
    assert [c.updated_at for c in changes] == sorted((c.updated_at for c in changes), reverse=True)
    assert len({(c.kind, c.id) for c in changes}) == len(changes)  # each record once

    undated = timeline.add_milestone(store, MilestoneKind.OTHER, "Udateret")
    assert timeline.changed_since(store, undated) == []


# -- IGLO -------------------------------------------------------------------------------------------------


def test_open_due_lists_open_dated_roles_overdue_first(store: Store):
    initiative = ops.create_initiative(store, "Stresstrappen")
    member = people.add_trio_member(store, "Jonas", "AMR")
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY - timedelta(days=14))
    soon = iglo.assign(
        store, Level.LEDER, "Følge op 1:1", "Mette", initiative=initiative, due=TODAY + timedelta(3)
    )
    overdue = iglo.assign(
        store,
        "organisation",
        "Tage det op i MED",
        trio_member=member,
        initiative=initiative,
        due=TODAY - timedelta(days=2),
    )
    done = iglo.assign(
        store, Level.GRUPPE, "Hjælpe hinanden", initiative=initiative, due=TODAY - timedelta(1)
    )
    edit(store, done, done=True)
    iglo.assign(store, Level.INDIVID, "Sige til", initiative=initiative)  # no date
    later = iglo.assign(store, Level.LEDER, "Booke møde", milestone=trio, due=TODAY + timedelta(days=30))

    assert [r.what for r in iglo.open_due(store, TODAY + timedelta(days=7))] == [overdue.what, soon.what]
    assert [r.id for r in iglo.open_due(store, TODAY + timedelta(days=60))] == [overdue.id, soon.id, later.id]
    assert iglo.open_due(store, TODAY - timedelta(days=10)) == []
    first = iglo.open_due(store, TODAY)[0]
    assert first.who_label == "Jonas" and first.initiative.title == "Stresstrappen"
    assert later.initiative is None and later.milestone is trio and trio.agreements == [later]

    grouped = iglo.roles_by_level(initiative)
    assert list(grouped) == list(Level)
    assert [r.what for r in grouped[Level.LEDER]] == ["Følge op 1:1"]
    assert [r.what for r in grouped[Level.ORGANISATION]] == ["Tage det op i MED"]


def test_editing_a_link_moves_the_record_in_the_session_too(store: Store):
    """Regression: edit(role, initiative_id=…) left role.initiative and the lists on the old parent."""
    a = ops.create_initiative(store, "A")
    b = ops.create_initiative(store, "B")
    jonas = people.add_trio_member(store, "Jonas", "AMR")
    susanne = people.add_trio_member(store, "Susanne", "TR")
    role = iglo.assign(store, Level.LEDER, "Rolle", initiative=a, trio_member=jonas)
    assert a.roles == [role]

    edit(store, role, initiative_id=b.id, trio_member_id=susanne.id)
    assert role.initiative is b and role.initiative_id == b.id
    assert a.roles == [] and b.roles == [role]
    assert role.who_label == "Susanne"
    edit(store, role, trio_member_id=None)
    assert role.trio_member is None and role.who_label == ""

    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY)
    reflection = reflections.write_reflection(store, None, title="Fri")
    edit(store, reflection, milestone_id=trio.id)
    assert reflection.milestone is trio

    with pytest.raises(ValidationError):
        edit(store, role, initiative_id=b.id + 1000, what="Ændret")
    assert role.initiative is b and role.what == "Rolle"  # nothing changed


# -- reflections -------------------------------------------------------------------------------------------


def test_reflection_copies_the_prompts_of_its_milestone(store: Store):
    content = load_content("da")
    module = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", TODAY)
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", TODAY)
    initiative = ops.create_initiative(store, "Tiltag")
    after_module = reflections.write_reflection(
        store, module, answers=["Første svar"], written_on=TODAY, initiatives=[initiative]
    )
    assert after_module.kind == ReflectionKind.MODULE and after_module.title == "Modul 1"
    assert [a.prompt for a in after_module.answers] == list(content.prompts_for("modul1"))
    assert [a.answer for a in after_module.answers][:2] == ["Første svar", ""]
    assert after_module.initiatives == [initiative]
    after_trio = reflections.write_reflection(store, trio, written_on=TODAY + timedelta(days=1))
    assert after_trio.kind == ReflectionKind.TRIO
    assert [a.prompt for a in after_trio.answers] == list(content.prompts_for("trio"))
    free = reflections.write_reflection(
        store, title="Tanker", private=True, lang="en", written_on=TODAY - timedelta(days=1)
    )
    assert free.kind == ReflectionKind.FREE and free.private is True
    assert [a.prompt for a in free.answers] == list(load_content("en").prompts_for("free"))

    assert [r.id for r in reflections.reflections(store)] == [after_trio.id, after_module.id, free.id]
    assert [r.id for r in reflections.reflections(store, limit=1)] == [after_trio.id]
    between = reflections.reflections_between(store, TODAY - timedelta(days=1), TODAY)
    assert [r.id for r in between] == [after_module.id]  # after is exclusive, until inclusive

    reflections.set_linked_initiatives(store, after_module, [])
    store.session.expire_all()
    assert store.session.get(type(after_module), after_module.id).initiatives == []


# -- what is still missing ----------------------------------------------------------------------------------


def test_missing_fields_per_phase(store: Store):
    cycle = ops.create_initiative(store, "Tiltag").cycles[0]
    assert ops.missing_fields(cycle) == {
        Phase.PLAN: ["objective", "questions", "tasks", "measure", "data_plan"],  # the page's order
        Phase.DO: ["method", "helpers", "as_planned", "observations"],
        Phase.STUDY: ["results", "learning"],
        Phase.ACT: ["decision", "decision_reason", "next_step"],
    }
    edit(
        store,
        cycle,
        objective="Mål",
        measure="   ",
        data_plan="Plan",
        method="Drejebog",
        helpers="Jonas",
        as_planned=False,
        learning="Lært",
        decision=Decision.ABANDON,
        decision_reason="Virkede ikke",
        next_step="Noget andet",
    )
    # Rows just added and not yet written leave their list empty.
    blank_question = ops.add_question(store, cycle)
    ops.add_task(store, cycle)
    ops.add_observation(store, cycle, "", TODAY)
    missing = ops.missing_fields(cycle)
    assert missing[Phase.PLAN] == ["questions", "tasks", "measure"]
    assert "observations" in missing[Phase.DO]
    assert missing[Phase.STUDY] == ["results", *missing[Phase.STUDY][1:]]
    question = ops.add_question(store, cycle, "Spørgsmål", "Forudsigelse")
    ops.add_task(store, cycle, "Opgave")
    ops.add_observation(store, cycle, "Set", TODAY)
    missing = ops.missing_fields(cycle)
    assert missing[Phase.PLAN] == ["measure"]  # whitespace is still empty
    assert missing[Phase.DO] == []  # "not as planned" is an answer
    assert missing[Phase.STUDY] == ["results"]  # a question has no result yet
    assert missing[Phase.ACT] == []
    edit(store, question, result="Resultat")
    assert ops.missing_fields(cycle)[Phase.STUDY] == []  # the blank question asks nothing to answer
    assert blank_question.result == ""


def test_observation_and_task_rows_round_trip(store: Store, data_dir: Path):
    cycle = ops.create_initiative(store, "Tiltag").cycles[0]
    ops.add_task(store, cycle, "Hvad", "Hvem", "Hvornår", "Hvor")
    ops.add_observation(store, cycle, "Observation", TODAY)
    store.close()
    again = Store.open(data_dir)
    try:
        task = again.session.query(CycleTask).one()
        assert (task.what, task.who, task.when, task.where, task.done) == (
            "Hvad",
            "Hvem",
            "Hvornår",
            "Hvor",
            False,
        )
        observation = again.session.query(Observation).one()
        assert (observation.observed_on, observation.text) == (TODAY, "Observation")
    finally:
        again.close()


def test_the_status_follows_the_work(store: Store):
    """An idea is "I gang" once its cycle is past Planlæg; a status the leader chose is left alone."""
    initiative = ops.create_initiative(store, "Tjek ind på teammødet")
    assert initiative.status == InitiativeStatus.IDEA
    edit(store, initiative.cycles[0], objective="Alle siger noget")
    assert initiative.status == InitiativeStatus.IDEA  # still only planned
    edit(store, initiative.cycles[0], phase=Phase.DO)
    assert initiative.status == InitiativeStatus.ACTIVE
    edit(store, initiative, status=InitiativeStatus.DONE)
    edit(store, initiative.cycles[0], phase=Phase.STUDY)
    assert initiative.status == InitiativeStatus.DONE


def test_default_milestone_titles_follow_the_language_and_her_own_stay(store: Store):
    from handleplan.ops import timeline

    rows = timeline.seed_default_forloeb(store, date(2026, 10, 14), lang="da")
    edit(store, rows[3], title="Modul 2 i Vejle")  # her own title
    assert timeline.follow_language(store, "en") == 6
    titles = [m.title for m in timeline.milestones(store)]
    assert titles == [
        "Kick-off workshop", "Module 1", "TRIO meeting", "Modul 2 i Vejle", "TRIO meeting", "Module 3",
        "TRIO meeting and wrap-up",
    ]  # fmt: skip
    assert timeline.follow_language(store, "da") == 6
    assert [m.title for m in timeline.milestones(store)][2:5] == ["TRIO-møde", "Modul 2 i Vejle", "TRIO-møde"]
    assert timeline.title_in("en", "trio", "TRIO-møde og afslutning") == "TRIO meeting and wrap-up"
    assert timeline.title_in("en", "trio", "TRIO-møde med HR") == "TRIO-møde med HR"
