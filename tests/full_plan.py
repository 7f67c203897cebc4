"""One of everything the leader can edit, every field set to a value unlike its default: built through the
operations, read back field by field. Used by the store's round trip and by the exporters' whole-text test."""

from __future__ import annotations

from datetime import date, datetime

from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Decision,
    DialogueOutcome,
    Initiative,
    InitiativeStatus,
    Level,
    Milestone,
    MilestoneKind,
    Observation,
    Phase,
    Profile,
    Reflection,
    ReflectionAnswer,
    ReflectionKind,
    RoleAssignment,
    TrioMember,
)
from handleplan.ops import dialogues, iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops_initiatives
from handleplan.ops.edit import edit
from handleplan.store import Store

# A value for every field the leader can edit, different from the default, per model.
FIELD_VALUES: dict[type, dict[str, object]] = {
    Profile: {
        "name": "Mette Hansen",
        "organisation": "Hjemmeplejen Nord, Aarhus Kommune",
        "unit": "Team Vest",
        "focus": "Psykologisk tryghed i en travl hverdag",
        "course_title": "Lederens rolle i psykisk arbejdsmiljø",
        "onboarded": True,
    },
    Milestone: {
        "title": "TRIO-møde om bufferen",
        "date": date(2026, 3, 4),
        "place": "Mødelokalet",
        "notes": "Vi talte om aftenholdet.",
        "discussion_points": "Hvordan beskytter vi tid?",
        "bring_to_next": "Spørgsmål om stresstrappen.",
        "kind": MilestoneKind.TRIO,
        "notes_private": True,
    },
    TrioMember: {"name": "Jonas Kristensen", "role": "AMR"},
    Initiative: {
        "title": "Luft i kørelisten",
        "goal": "Mindre tidspres",
        "why": "Pausen ryger",
        "tags": ["workload", "krav"],
        "status": InitiativeStatus.ACTIVE,
        "private": True,
    },
    Cycle: {
        "phase": Phase.ACT,
        "objective": "Ti minutters buffer",
        "target": "Tre vagter med buffer inden jul",
        "measure": "Pauser holdt",
        "data_plan": "Kryds i bilen",
        "method": "Aftale med planlægningen",
        "helpers": "Birgitte",
        "as_planned": False,  # False, not None: "no, not as planned" is an answer
        "unplanned": "Rute 3 brugte bufferen",
        "learning": "Bufferen skal beskyttes",
        "comparison": "11 → 6 timer",
        "decision": Decision.ADAPT,
        "decision_reason": "Virker på to ruter",
        "next_step": "Alle seks ruter",
    },
    CycleQuestion: {"question": "Holdes pausen?", "prediction": "Ja, 4 af 5 dage", "result": "13 af 15 dage"},
    CycleTask: {"what": "Ark i bilerne", "who": "Jonas", "when": "Uge 1", "where": "Bilerne", "done": True},
    Observation: {"observed_on": date(2026, 2, 10), "text": "Pausen holdt alle dage", "private": True},
    RoleAssignment: {
        "level": Level.ORGANISATION,
        "who": "Birgitte",
        "trio_member_id": None,  # filled in the test: the TRIO member's id
        "what": "Buffer på alle ruter",
        "due": date(2026, 3, 1),
        "done": True,
        "initiative_id": None,  # filled in the test: a second initiative's id
    },
    Reflection: {
        "title": "Bekymring",
        "written_on": date(2026, 2, 20),
        "text": "Privat note",
        "private": True,
        "kind": ReflectionKind.TRIO,
        "milestone_id": None,  # filled in the test
    },
    ReflectionAnswer: {"answer": "Mit svar", "prompt": "Mit eget spørgsmål"},
    DialogueOutcome: {
        "script": "psykologisk_tryghed",
        "more_of": "Flere spørgsmål på morgenmødet",
        "less_of": "Afbrydelser",
        "start_doing": "En runde til sidst",
        "next_individ": "Hver især siger én ting",
        "next_gruppe": "Teamet aftaler en regel",
        "next_leder": "Jeg spørger først",
        "next_organisation": "Punktet på MED-mødet",
    },
}


def build_full_plan(store: Store) -> dict[str, int]:
    """One of everything, every editable field set through ops.edit; returns the ids."""
    profile = people.profile(store)
    edit(store, profile, **FIELD_VALUES[Profile])
    module = timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", date(2026, 2, 1), "Kursuscentret")
    trio = timeline.add_milestone(store, MilestoneKind.OTHER, "Udkast")
    edit(store, trio, **FIELD_VALUES[Milestone])
    member = people.add_trio_member(store, "X")
    edit(store, member, **FIELD_VALUES[TrioMember])
    first = ops_initiatives.create_initiative(store, "Første")
    initiative = ops_initiatives.create_initiative(store, "Y")
    edit(store, initiative, **FIELD_VALUES[Initiative])
    cycle = initiative.cycles[0]
    edit(store, cycle, **FIELD_VALUES[Cycle])
    question = ops_initiatives.add_question(store, cycle, "q", "p")
    edit(store, question, **FIELD_VALUES[CycleQuestion])
    task = ops_initiatives.add_task(store, cycle, "w")
    edit(store, task, **FIELD_VALUES[CycleTask])
    observation = ops_initiatives.add_observation(store, cycle, "o", date(2026, 1, 1))
    edit(store, observation, **FIELD_VALUES[Observation])
    role = iglo.assign(store, Level.INDIVID, "r", initiative=first, milestone=trio)
    edit(
        store,
        role,
        **{**FIELD_VALUES[RoleAssignment], "trio_member_id": member.id, "initiative_id": initiative.id},
    )
    reflection = reflections.write_reflection(store, module, answers=["a1", "a2"], initiatives=[first])
    edit(store, reflection, **{**FIELD_VALUES[Reflection], "milestone_id": trio.id})
    answer = reflection.answers[0]
    edit(store, answer, **FIELD_VALUES[ReflectionAnswer])
    outcome = dialogues.use_script(store, cycle, "god_arbejdsdag")
    edit(store, outcome, **FIELD_VALUES[DialogueOutcome])
    reflections.set_linked_initiatives(store, reflection, [initiative, first])
    ops_initiatives.move_initiative(store, initiative, 0)
    return {
        "profile": profile.id, "module": module.id, "trio": trio.id, "member": member.id, "first": first.id,
        "initiative": initiative.id, "cycle": cycle.id, "question": question.id, "task": task.id,
        "observation": observation.id, "role": role.id, "reflection": reflection.id, "answer": answer.id,
        "outcome": outcome.id,
    }  # fmt: skip


def assert_full_plan(store: Store, ids: dict[str, int]) -> None:
    s = store.session
    expected = {
        (Profile, "profile"): FIELD_VALUES[Profile],
        (Milestone, "trio"): FIELD_VALUES[Milestone],
        (TrioMember, "member"): FIELD_VALUES[TrioMember],
        (Initiative, "initiative"): FIELD_VALUES[Initiative],
        (Cycle, "cycle"): FIELD_VALUES[Cycle],
        (CycleQuestion, "question"): FIELD_VALUES[CycleQuestion],
        (CycleTask, "task"): FIELD_VALUES[CycleTask],
        (Observation, "observation"): FIELD_VALUES[Observation],
        (RoleAssignment, "role"): {
            **FIELD_VALUES[RoleAssignment],
            "trio_member_id": ids["member"],
            "initiative_id": ids["initiative"],
        },
        (Reflection, "reflection"): {**FIELD_VALUES[Reflection], "milestone_id": ids["trio"]},
        (ReflectionAnswer, "answer"): FIELD_VALUES[ReflectionAnswer],
        (DialogueOutcome, "outcome"): FIELD_VALUES[DialogueOutcome],
    }
    for (cls, key), values in expected.items():
        row = s.get(cls, ids[key])
        assert row is not None, cls
        for name, value in values.items():
            got = getattr(row, name)
            assert got == value, f"{cls.__name__}.{name}: {got!r} != {value!r}"
            if isinstance(value, bool):
                assert got is value, f"{cls.__name__}.{name} should be the bool {value}"
        assert isinstance(row.created_at, datetime) and isinstance(row.updated_at, datetime)

    role = s.get(RoleAssignment, ids["role"])
    assert role.milestone_id == ids["trio"]
    assert role.trio_member.name == "Jonas Kristensen" and role.who_label == "Jonas Kristensen"
    assert role.initiative.id == ids["initiative"]
    reflection = s.get(Reflection, ids["reflection"])
    assert {i.id for i in reflection.initiatives} == {ids["initiative"], ids["first"]}
    assert [a.prompt for a in reflection.answers][0] == "Mit eget spørgsmål"
    assert [a.answer for a in reflection.answers][1] == "a2"
    assert reflection.milestone.title == "TRIO-møde om bufferen"
    ordered = ops_initiatives.initiatives(store)
    assert [i.id for i in ordered] == [ids["initiative"], ids["first"]]
    assert [i.position for i in ordered] == [1, 2]
    cycle = s.get(Cycle, ids["cycle"])
    assert cycle.number == 1 and cycle.initiative_id == ids["initiative"]
    assert [q.id for q in cycle.questions] == [ids["question"]]
    assert [t.id for t in cycle.tasks][0] == ids["task"] and len(cycle.tasks) == 6  # its own, the 5 steps
    assert [d.id for d in cycle.dialogues] == [ids["outcome"]]
    assert [o.id for o in cycle.observations] == [ids["observation"]]
    trio = s.get(Milestone, ids["trio"])
    assert [a.id for a in trio.agreements] == [ids["role"]]
