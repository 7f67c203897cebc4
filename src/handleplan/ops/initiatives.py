"""Initiatives (tiltag) and their PDSA cycles: create, order, start the next cycle, add rows."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from handleplan.errors import MESSAGES, HandleplanError
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Initiative,
    InitiativeStatus,
    Observation,
    Phase,
)
from handleplan.ops.edit import coerce, derived_values
from handleplan.ops.records import missing_fields  # noqa: F401 - its public home was here
from handleplan.say import Phrase
from handleplan.store import Store


def initiatives(store: Store) -> list[Initiative]:
    """All initiatives in the leader's order, with cycles and IGLO roles loaded in a few queries."""
    query = (
        select(Initiative)
        .order_by(Initiative.position, Initiative.id)
        .options(selectinload(Initiative.cycles), selectinload(Initiative.roles))
    )
    return list(store.session.scalars(query))


def initiative_titles(store: Store) -> list[Initiative]:
    """All initiatives in the leader's order with nothing else loaded: for lists that show titles only
    (a reflection's links). On a large plan this is ten times cheaper than `initiatives`."""
    return list(store.session.scalars(select(Initiative).order_by(Initiative.position, Initiative.id)))


def get_initiative(store: Store, initiative_id: int) -> Initiative:
    found = store.session.get(Initiative, initiative_id)
    if found is None:
        raise HandleplanError("not_found", what=Phrase(MESSAGES, "initiative_no", {"id": initiative_id}))
    return found


def create_initiative(
    store: Store,
    title: str,
    goal: str = "",
    why: str = "",
    tags: list[str] | None = None,
    status: InitiativeStatus | str = InitiativeStatus.IDEA,
    private: bool = False,
) -> Initiative:
    """A new initiative at the end of the list, with its first cycle ready in Planlæg."""
    position = (store.session.scalar(select(func.max(Initiative.position))) or 0) + 1
    initiative = Initiative(
        title=coerce(Initiative, "title", title),
        goal=coerce(Initiative, "goal", goal),
        why=coerce(Initiative, "why", why),
        tags=coerce(Initiative, "tags", tags or []),
        status=coerce(Initiative, "status", status),
        private=bool(private),
        position=position,
    )
    initiative.cycles.append(Cycle(number=1, phase=Phase.PLAN))
    store.session.add(initiative)
    store.commit()
    return initiative


def move_initiative(store: Store, initiative: Initiative, new_index: int) -> None:
    """Move an initiative to `new_index` in the leader's order and renumber the rest."""
    ordered = [i for i in initiatives(store) if i.id != initiative.id]
    new_index = max(0, min(new_index, len(ordered)))
    ordered.insert(new_index, initiative)
    for position, item in enumerate(ordered, start=1):
        if item.position != position:
            item.position = position
    store.commit()


class CarryOver(NamedTuple):
    """What a next cycle takes from the last one, so the leader can be told."""

    questions: int
    tasks: int
    tasks_done: int  # one-off tasks already done stay behind with the cycle that did them
    method: bool
    objective_from_next_step: bool


def carry_over(last: Cycle) -> CarryOver:
    return CarryOver(
        questions=len(last.questions),
        tasks=sum(1 for t in last.tasks if not t.done),
        tasks_done=sum(1 for t in last.tasks if t.done),
        method=bool(last.method.strip()),
        objective_from_next_step=bool(last.next_step.strip()),
    )


def start_next_cycle(store: Store, initiative: Initiative, prefill: bool = True) -> Cycle:
    """Start cycle n+1 in Planlæg. Pre-filled from the last cycle: the ramp builds on what was learnt.

    The last cycle's next step becomes the new objective; questions carry over without their results,
    open tasks without their done marks (tasks already done stay behind); the target, observations and
    the decision stay with the old cycle. `carry_over` says what was taken.
    """
    last = initiative.current_cycle
    number = (last.number if last else 0) + 1
    cycle = Cycle(number=number, phase=Phase.PLAN)
    if prefill and last is not None:
        cycle.objective = last.next_step or last.objective
        cycle.measure = last.measure
        cycle.data_plan = last.data_plan
        cycle.method = last.method
        cycle.helpers = last.helpers
        cycle.questions = [
            CycleQuestion(position=q.position, question=q.question, prediction=q.prediction)
            for q in last.questions
        ]
        cycle.tasks = [
            CycleTask(position=t.position, what=t.what, who=t.who, when=t.when, due=t.due, where=t.where)
            for t in last.tasks
            if not t.done
        ]
    initiative.cycles.append(cycle)
    status_follows_the_work(initiative)
    store.commit()
    return cycle


def status_follows_the_work(initiative: Initiative) -> None:
    """An idea becomes "I gang" once a cycle is under way (past Planlæg, or a second one started); the
    leader's own choice of status is otherwise left alone. The caller commits."""
    cycles = initiative.cycles
    under_way = len(cycles) > 1 or any(c.phase != Phase.PLAN for c in cycles)
    if initiative.status == InitiativeStatus.IDEA and under_way:
        initiative.status = InitiativeStatus.ACTIVE


def _next_position(rows: list) -> int:
    return max((r.position for r in rows), default=0) + 1


def add_question(store: Store, cycle: Cycle, question: str = "", prediction: str = "") -> CycleQuestion:
    row = CycleQuestion(
        position=_next_position(cycle.questions),
        question=coerce(CycleQuestion, "question", question),
        prediction=coerce(CycleQuestion, "prediction", prediction),
    )
    cycle.questions.append(row)
    store.commit()
    return row


def add_task(
    store: Store, cycle: Cycle, what: str = "", who: str = "", when: str = "", where: str = ""
) -> CycleTask:
    row = CycleTask(
        position=_next_position(cycle.tasks),
        what=coerce(CycleTask, "what", what),
        who=coerce(CycleTask, "who", who),
        when=coerce(CycleTask, "when", when),
        where=coerce(CycleTask, "where", where),
    )
    row.due = derived_values(CycleTask, {"when": row.when})["due"]
    cycle.tasks.append(row)
    store.commit()
    return row


def add_observation(
    store: Store, cycle: Cycle, text: str = "", observed_on: date | None = None, private: bool = False
) -> Observation:
    """`private`: the leader's default for new observations (Indstillinger › Fortrolighed)."""
    row = Observation(
        observed_on=coerce(Observation, "observed_on", observed_on or date.today()),
        text=coerce(Observation, "text", text),
        private=bool(private),
    )
    cycle.observations.append(row)
    store.commit()
    return row


def initiative_list(store: Store) -> list[Initiative]:
    """All initiatives in order, loading up front only what a list shows (each cycle's number and phase).

    The rest of a cycle, and the IGLO roles, load when that initiative is opened: on a large plan this
    is several times cheaper than `initiatives`, and a screen re-reads its list every time it is shown.
    """
    query = (
        select(Initiative)
        .order_by(Initiative.position, Initiative.id)
        .options(selectinload(Initiative.cycles).load_only(Cycle.number, Cycle.phase))
    )
    return list(store.session.scalars(query))
