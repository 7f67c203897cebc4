"""A read-only copy of the plan as frozen dataclasses, read in its own session (safe off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from handleplan import fields
from handleplan.models import (
    Cycle,
    Initiative,
    Milestone,
    Profile,
    Reflection,
    RoleAssignment,
    TrioMember,
)
from handleplan.ops.timeline import title_in
from handleplan.store import Store


@dataclass(frozen=True)
class ProfileSnap:
    name: str = ""
    organisation: str = ""
    unit: str = ""
    focus: str = ""
    course_title: str = ""


@dataclass(frozen=True)
class RoleSnap:
    """An IGLO role; `who` is already the label the leader sees (TRIO member's name or free text)."""

    id: int
    level: str
    who: str
    what: str
    due: date | None
    done: bool
    initiative_id: int | None
    milestone_id: int | None


@dataclass(frozen=True)
class MilestoneSnap:
    id: int
    kind: str
    title: str
    date: date | None
    place: str
    notes: str
    discussion_points: str
    bring_to_next: str
    agreements: tuple[RoleSnap, ...] = ()
    notes_private: bool = False  # the meeting's notes only; `privacy.released` blanks them

    @property
    def is_trio(self) -> bool:
        return self.kind == "trio"

    @property
    def is_module(self) -> bool:
        return self.kind in ("opstart", "modul1", "modul2", "modul3")


@dataclass(frozen=True)
class QuestionSnap:
    question: str
    prediction: str
    result: str


@dataclass(frozen=True)
class TaskSnap:
    what: str
    who: str
    when: str
    where: str
    done: bool
    due: date | None = None  # the day "Hvornår" names, when it names one
    id: int = 0


@dataclass(frozen=True)
class ObservationSnap:
    observed_on: date
    text: str
    id: int = 0
    private: bool = False


@dataclass(frozen=True)
class MeasurementSnap:
    """A measurement of the cycle (ops.measurements reads it as it reads the record: kind, values)."""

    kind: str
    role: str
    measured_on: date | None
    label: str
    values: dict = field(default_factory=dict, hash=False)
    note: str = ""


@dataclass(frozen=True)
class DialogueSnap:
    """A drejebog used in the cycle and its outcome, its texts copied by their declarations (`fields`)."""

    script: str  # the key in the content files; its title is read in the PDF's language
    texts: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class CycleSnap:
    """A cycle's texts are copied by their declarations (`handleplan.fields`), so a field added there is
    in the snapshot without a line here; `cycle.objective` reads them like attributes."""

    number: int
    phase: str
    texts: dict[str, str] = field(default_factory=dict, hash=False)
    as_planned: bool | None = None
    decision: str | None = None
    questions: tuple[QuestionSnap, ...] = ()
    tasks: tuple[TaskSnap, ...] = ()
    observations: tuple[ObservationSnap, ...] = ()
    measurements: tuple[MeasurementSnap, ...] = ()
    dialogues: tuple[DialogueSnap, ...] = ()
    worked_on: date | None = None  # the last day the cycle or a row of it was changed

    def __getattr__(self, name: str) -> str:
        texts = object.__getattribute__(self, "texts")
        if name in texts:
            return texts[name]
        raise AttributeError(name)


@dataclass(frozen=True)
class InitiativeSnap:
    id: int
    title: str
    goal: str
    why: str
    tags: tuple[str, ...]
    status: str
    private: bool
    cycles: tuple[CycleSnap, ...] = ()
    roles: tuple[RoleSnap, ...] = ()

    @property
    def current_cycle(self) -> CycleSnap | None:
        return self.cycles[-1] if self.cycles else None


@dataclass(frozen=True)
class AnswerSnap:
    prompt: str
    answer: str


@dataclass(frozen=True)
class ReflectionSnap:
    id: int
    kind: str
    milestone_id: int | None
    title: str
    written_on: date
    text: str
    private: bool
    answers: tuple[AnswerSnap, ...] = ()
    initiative_ids: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not any(a.answer.strip() for a in self.answers)


@dataclass(frozen=True)
class TrioMemberSnap:
    name: str
    role: str


@dataclass(frozen=True)
class PlanSnapshot:
    """Everything in the plan, private flags included; `privacy.released` makes what an exporter may print."""

    profile: ProfileSnap
    milestones: tuple[MilestoneSnap, ...] = ()  # course order: by date, undated last
    initiatives: tuple[InitiativeSnap, ...] = ()  # the leader's order
    reflections: tuple[ReflectionSnap, ...] = ()  # oldest first
    trio: tuple[TrioMemberSnap, ...] = ()
    taken_on: date = field(default_factory=date.today)

    @property
    def is_empty(self) -> bool:
        return not self.profile.name.strip() and not self.initiatives

    def milestone(self, milestone_id: int | None) -> MilestoneSnap | None:
        return next((m for m in self.milestones if m.id == milestone_id), None)

    def next_milestone(self, today: date | None = None) -> MilestoneSnap | None:
        """The first milestone dated today or later (what the PDF is made for by default)."""
        today = today or self.taken_on
        return next((m for m in self.milestones if m.date is not None and m.date >= today), None)

    def default_milestone(self, today: date | None = None) -> MilestoneSnap | None:
        """The next milestone; after the last one, the last dated one; else the first at all."""
        found = self.next_milestone(today)
        if found is not None:
            return found
        dated = [m for m in self.milestones if m.date is not None]
        if dated:
            return dated[-1]
        return self.milestones[0] if self.milestones else None

    def previous_milestone(self, milestone: MilestoneSnap | None) -> MilestoneSnap | None:
        """The dated milestone just before `milestone` ("since last time" starts there) that has been
        held by the day the PDF is made: a PDF for Modul 2 made before the TRIO meeting between them
        covers the time since Modul 1, not the days after a meeting still to come."""
        if milestone is None or milestone.date is None:
            return None
        earlier = [
            m
            for m in self.milestones
            if m.date is not None and m.date < milestone.date and m.date <= self.taken_on
        ]
        return earlier[-1] if earlier else None

    def previous_module(self, milestone: MilestoneSnap | None) -> MilestoneSnap | None:
        """The last module (or opstart) dated before `milestone`."""
        if milestone is None or milestone.date is None:
            return None
        earlier = [
            m for m in self.milestones if m.is_module and m.date is not None and m.date < milestone.date
        ]
        return earlier[-1] if earlier else None


def take_snapshot(store: Store, today: date | None = None, lang: str | None = None) -> PlanSnapshot:
    """Read the whole plan in a session of its own and close it again; the result holds no ORM objects.
    With `lang`, milestones still named as the course named them read in that language."""
    session = store.new_session()
    try:
        return snapshot_from_session(session, today, lang)
    finally:
        session.close()


def snapshot_from_session(
    session: Session, today: date | None = None, lang: str | None = None
) -> PlanSnapshot:
    profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
    milestones = session.scalars(
        select(Milestone).options(selectinload(Milestone.agreements).selectinload(RoleAssignment.trio_member))
    ).all()
    milestones = sorted(milestones, key=lambda m: (m.date is None, m.date or date.max, m.position, m.id))
    initiatives = session.scalars(
        select(Initiative)
        .order_by(Initiative.position, Initiative.id)
        .options(
            selectinload(Initiative.cycles).selectinload(Cycle.questions),
            selectinload(Initiative.cycles).selectinload(Cycle.tasks),
            selectinload(Initiative.cycles).selectinload(Cycle.observations),
            selectinload(Initiative.cycles).selectinload(Cycle.measurements),
            selectinload(Initiative.cycles).selectinload(Cycle.dialogues),
            selectinload(Initiative.roles).selectinload(RoleAssignment.trio_member),
        )
    ).all()
    reflections = session.scalars(
        select(Reflection)
        .order_by(Reflection.written_on, Reflection.id)
        .options(selectinload(Reflection.answers), selectinload(Reflection.initiatives))
    ).all()
    trio = session.scalars(select(TrioMember).order_by(TrioMember.position, TrioMember.id)).all()
    return PlanSnapshot(
        profile=_profile(profile),
        milestones=tuple(_milestone(m, lang) for m in milestones),
        initiatives=tuple(_initiative(i) for i in initiatives),
        reflections=tuple(_reflection(r) for r in reflections),
        trio=tuple(TrioMemberSnap(name=t.name, role=t.role) for t in trio),
        taken_on=today or date.today(),
    )


def _value(enum_or_none: object) -> str | None:
    return getattr(enum_or_none, "value", enum_or_none)  # type: ignore[return-value]


def _profile(p: Profile | None) -> ProfileSnap:
    if p is None:
        return ProfileSnap()
    return ProfileSnap(
        name=p.name or "",
        organisation=p.organisation or "",
        unit=p.unit or "",
        focus=p.focus or "",
        course_title=p.course_title or "",
    )


def _role(r: RoleAssignment) -> RoleSnap:
    return RoleSnap(
        id=r.id,
        level=str(_value(r.level)),
        who=r.who_label or "",
        what=r.what or "",
        due=r.due,
        done=bool(r.done),
        initiative_id=r.initiative_id,
        milestone_id=r.milestone_id,
    )


def _milestone(m: Milestone, lang: str | None) -> MilestoneSnap:
    title = m.title or ""
    if lang is not None:
        title = title_in(lang, str(_value(m.kind)), title, m.position)
    return MilestoneSnap(
        id=m.id,
        kind=str(_value(m.kind)),
        title=title,
        date=m.date,
        place=m.place or "",
        notes=m.notes or "",
        discussion_points=m.discussion_points or "",
        bring_to_next=m.bring_to_next or "",
        agreements=tuple(_role(r) for r in m.agreements),
        notes_private=bool(m.notes_private),
    )


def _cycle(c: Cycle) -> CycleSnap:
    rows = [c, *c.questions, *c.tasks, *c.observations, *c.measurements, *c.dialogues]
    changed = [r.updated_at for r in rows if r.updated_at is not None]
    return CycleSnap(
        number=c.number,
        phase=str(_value(c.phase)),
        texts={f.name: getattr(c, f.name) or "" for f in fields.of("cycle") if f.kind in ("text", "line")},
        as_planned=c.as_planned,
        decision=_value(c.decision),
        questions=tuple(
            QuestionSnap(q.question or "", q.prediction or "", q.result or "") for q in c.questions
        ),
        tasks=tuple(
            TaskSnap(t.what or "", t.who or "", t.when or "", t.where or "", bool(t.done), t.due, t.id)
            for t in c.tasks
        ),
        observations=tuple(
            ObservationSnap(o.observed_on, o.text or "", o.id, bool(o.private)) for o in c.observations
        ),
        measurements=tuple(
            MeasurementSnap(
                str(_value(x.kind)),
                str(_value(x.role)),
                x.measured_on,
                x.label or "",
                dict(x.values or {}),
                x.note or "",
            )
            for x in c.measurements
        ),
        dialogues=tuple(
            DialogueSnap(
                d.script or "",
                {f.name: getattr(d, f.name) or "" for f in fields.of("dialogue_outcome") if f.in_pdf},
            )
            for d in c.dialogues
        ),
        worked_on=max(changed).date() if changed else None,
    )


def _initiative(i: Initiative) -> InitiativeSnap:
    return InitiativeSnap(
        id=i.id,
        title=i.title or "",
        goal=i.goal or "",
        why=i.why or "",
        tags=tuple(i.tags or ()),
        status=str(_value(i.status)),
        private=bool(i.private),
        cycles=tuple(_cycle(c) for c in i.cycles),
        roles=tuple(_role(r) for r in i.roles),
    )


def _reflection(r: Reflection) -> ReflectionSnap:
    return ReflectionSnap(
        id=r.id,
        kind=str(_value(r.kind)),
        milestone_id=r.milestone_id,
        title=r.title or "",
        written_on=r.written_on,
        text=r.text or "",
        private=bool(r.private),
        answers=tuple(AnswerSnap(a.prompt or "", a.answer or "") for a in r.answers),
        initiative_ids=tuple(i.id for i in r.initiatives),
    )
