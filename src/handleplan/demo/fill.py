"""Filling an empty store with the demo plan through the operations, and the `demo` command."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from handleplan.cli_words import CLI_WORDS
from handleplan.demo import danish, english
from handleplan.demo.measurements import add_demo_measurements
from handleplan.demo.sketch import MODUL1, MODUL2, MODUL3, OPSTART, TRIO1, TRIO2, TRIO3, Plan
from handleplan.errors import HandleplanError
from handleplan.models import Level, Milestone, MilestoneKind, TrioMember
from handleplan.ops import dialogues, iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops_initiatives
from handleplan.ops.edit import edit
from handleplan.say import say
from handleplan.store import Store


def fill_demo(store: Store, lang: str = "da", today: date | None = None) -> None:
    """Fill an empty store with the demo plan, dated around `today` (default: the real today)."""
    today = today or date.today()
    plan = english.plan() if lang.lower().startswith("en") else danish.plan()

    def day(offset: int | None) -> date | None:
        return None if offset is None else today + timedelta(days=offset)

    edit(
        store,
        people.profile(store),
        name=plan.name,
        organisation=plan.organisation,
        unit=plan.unit,
        focus=plan.focus,
        course_title=plan.course_title,
        onboarded=True,
    )
    milestones = _forloeb(store, plan, lang, day)
    members: dict[str, TrioMember] = {
        "amr": people.add_trio_member(store, *plan.amr),
        "tr": people.add_trio_member(store, *plan.tr),
    }

    made = {}
    for spec in plan.initiatives:
        initiative = ops_initiatives.create_initiative(
            store,
            spec.title,
            goal=spec.goal,
            why=spec.why,
            tags=spec.tags,
            status=spec.status,
            private=spec.private,
        )
        for number, cycle_spec in enumerate(spec.cycles, start=1):
            cycle = (
                initiative.cycles[0] if number == 1 else ops_initiatives.start_next_cycle(store, initiative)
            )
            for question, prediction, result in cycle_spec.questions:
                row = ops_initiatives.add_question(store, cycle, question, prediction)
                if result:
                    edit(store, row, result=result)
            for what, who, when, where, done in cycle_spec.tasks:
                task = ops_initiatives.add_task(store, cycle, what, who, when, where)
                if done:
                    edit(store, task, done=True)
            if cycle_spec.dialogue is not None:
                key, outcome_fields = cycle_spec.dialogue
                added = len(cycle.tasks)
                edit(store, dialogues.use_script(store, cycle, key, lang), **outcome_fields)
                for step in cycle.tasks[added:]:  # the dialogue was held: its steps are done
                    edit(store, step, done=True)
            for offset, text in cycle_spec.observations:
                ops_initiatives.add_observation(store, cycle, text, observed_on=day(offset))
            edit(store, cycle, phase=cycle_spec.phase, **cycle_spec.fields)
        for role in spec.roles:
            assigned = iglo.assign(
                store,
                role.level,
                role.what,
                role.who,
                initiative=initiative,
                milestone=milestones["trio1"] if role.agreed_at_trio else None,
                trio_member=members[role.member] if role.member else None,
                due=day(role.due),
            )
            if role.done:
                edit(store, assigned, done=True)
        made[spec.key] = initiative
    add_demo_measurements(store, made, day, english=lang.lower().startswith("en"))
    iglo.assign(
        store,
        Level.LEDER,
        plan.trio_agreement,
        plan.name.split()[0],
        milestone=milestones["trio1"],
        due=day(MODUL2 + 3),
    )

    for spec in plan.reflections:
        reflections.write_reflection(
            store,
            milestones[spec.milestone] if spec.milestone else None,
            title=spec.title,
            written_on=day(spec.written_on),
            answers=spec.answers,
            text=spec.text,
            private=spec.private,
            initiatives=[made[key] for key in spec.initiatives],
            lang=lang,
        )


def _forloeb(store: Store, plan: Plan, lang: str, day) -> dict[str, Milestone]:  # noqa: ANN001
    """The content's default forløb, moved so today lies between the first TRIO meeting and Modul 2."""
    seeded = timeline.seed_default_forloeb(store, day(OPSTART), lang)

    def take(kind: MilestoneKind) -> Milestone | None:
        found = next((m for m in seeded if m.kind == kind), None)
        if found is not None:
            seeded.remove(found)
        return found

    wanted = (
        ("opstart", MilestoneKind.OPSTART, OPSTART, plan.module_place),
        ("modul1", MilestoneKind.MODUL1, MODUL1, plan.module_place),
        ("trio1", MilestoneKind.TRIO, TRIO1, plan.trio_place),
        ("modul2", MilestoneKind.MODUL2, MODUL2, plan.module_place),
        ("trio2", MilestoneKind.TRIO, TRIO2, plan.trio_place),
        ("modul3", MilestoneKind.MODUL3, MODUL3, plan.module_place),
        ("trio3", MilestoneKind.TRIO, TRIO3, plan.trio_place),
    )
    result: dict[str, Milestone] = {}
    for key, kind, offset, place in wanted:
        milestone = take(kind)
        if milestone is None:  # the leader's content file has fewer milestones: add what the demo needs
            milestone = timeline.add_milestone(store, kind, kind.value, day(offset), place)
        edit(store, milestone, date=day(offset), place=place)
        result[key] = milestone
    edit(store, result["trio1"], notes=plan.trio_notes, bring_to_next=plan.trio_bring)
    edit(store, result["modul2"], discussion_points=plan.modul2_points)
    return result


def _has_anything(store: Store) -> bool:
    """A plan, a milestone, a TRIO member or a reflection: then the demo must not touch the folder."""
    return (
        people.has_plan(store)
        or bool(timeline.milestones(store))
        or bool(people.trio_members(store))
        or bool(reflections.reflections(store, limit=1))
    )


def run_demo_command(data_dir: Path, lang: str) -> int:
    """`handleplan demo`: fill an empty data folder with the demo plan; refuse if it holds a plan."""
    store = Store.open(data_dir)
    try:
        if _has_anything(store):
            print(HandleplanError("plan_exists", path=str(data_dir)).message(lang), file=sys.stderr)
            return 1
        fill_demo(store, lang)
    finally:
        store.close()
    print(say(CLI_WORDS, "demo_ready", lang, path=store.path, folder=data_dir))
    return 0
