"""The leader's plan: profile, forløb, TRIO, initiatives with PDSA cycles, IGLO roles and reflections."""

from __future__ import annotations

from datetime import date
from enum import Enum as PyEnum

from sqlalchemy import JSON, Boolean, Column, Date, Enum, ForeignKey, Integer, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from handleplan.models.base import Base, Timestamped
from handleplan.models.enums import (
    Decision,
    InitiativeStatus,
    Level,
    MilestoneKind,
    Phase,
    ReflectionKind,
)


def key_enum(enum: type[PyEnum]) -> Enum:
    """Store an enum as its short key in a plain VARCHAR: readable in the file, no CHECK to migrate."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Profile(Timestamped, Base):
    """The one leader whose plan this is, and the plan's fokus/tema."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    focus: Mapped[str] = mapped_column(Text, default="")
    course_title: Mapped[str] = mapped_column(Text, default="")
    # True once the welcome has been completed or skipped, so later starts go straight to work.
    onboarded: Mapped[bool] = mapped_column(Boolean, default=False)


class Milestone(Timestamped, Base):
    """One point of the forløb: the opstartsworkshop, a module or a TRIO meeting."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MilestoneKind] = mapped_column(key_enum(MilestoneKind))
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(Text, default="")
    # Notes from the meeting itself (mostly TRIO meetings).
    notes: Mapped[str] = mapped_column(Text, default="")
    # The meeting's notes (not its agreements or what goes to the module) kept to the leader herself.
    notes_private: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the leader wants to raise here ("Det vil jeg gerne drøfte") - printed in the PDF for it.
    discussion_points: Mapped[str] = mapped_column(Text, default="")
    # After a TRIO meeting: what we bring to the next module.
    bring_to_next: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    agreements: Mapped[list[RoleAssignment]] = relationship(
        back_populates="milestone", order_by="RoleAssignment.position"
    )


class TrioMember(Timestamped, Base):
    __tablename__ = "trio_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Initiative(Timestamped, Base):
    """A tiltag: something the leader sets going in their own practice."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")  # Hvad ønsker jeg at opnå?
    why: Mapped[str] = mapped_column(Text, default="")  # which strain it reduces / resource it strengthens
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)  # keys from the content's tag groups
    status: Mapped[InitiativeStatus] = mapped_column(
        key_enum(InitiativeStatus), default=InitiativeStatus.IDEA
    )
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0, index=True)

    cycles: Mapped[list[Cycle]] = relationship(
        back_populates="initiative",
        order_by="Cycle.number",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    roles: Mapped[list[RoleAssignment]] = relationship(
        back_populates="initiative",
        order_by="RoleAssignment.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def current_cycle(self) -> Cycle | None:
        return self.cycles[-1] if self.cycles else None


class Cycle(Timestamped, Base):
    """One PDSA cycle of an initiative; cycles form a ramp, numbered from 1."""

    __tablename__ = "cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    phase: Mapped[Phase] = mapped_column(key_enum(Phase), default=Phase.PLAN)
    # Plan
    objective: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")  # how much, by when: the objective made measurable
    measure: Mapped[str] = mapped_column(Text, default="")  # how will we know it is an improvement
    data_plan: Mapped[str] = mapped_column(Text, default="")
    # Do
    method: Mapped[str] = mapped_column(Text, default="")  # which tools/redskaber, how
    helpers: Mapped[str] = mapped_column(Text, default="")  # who will help me
    as_planned: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    unplanned: Mapped[str] = mapped_column(Text, default="")
    # Study
    learning: Mapped[str] = mapped_column(Text, default="")
    comparison: Mapped[str] = mapped_column(Text, default="")  # before/after, measurements
    # Act
    decision: Mapped[Decision | None] = mapped_column(key_enum(Decision), nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship(back_populates="cycles")
    questions: Mapped[list[CycleQuestion]] = relationship(
        back_populates="cycle",
        order_by="CycleQuestion.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    tasks: Mapped[list[CycleTask]] = relationship(
        back_populates="cycle",
        order_by="CycleTask.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    observations: Mapped[list[Observation]] = relationship(
        back_populates="cycle",
        order_by="(Observation.observed_on, Observation.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    measurements: Mapped[list[Measurement]] = relationship(  # noqa: F821 (models/measurement.py)
        back_populates="cycle",
        order_by="(Measurement.role, Measurement.position, Measurement.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    dialogues: Mapped[list[DialogueOutcome]] = relationship(  # noqa: F821 (models/dialogue.py)
        back_populates="cycle",
        order_by="(DialogueOutcome.position, DialogueOutcome.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class CycleQuestion(Timestamped, Base):
    """A question the cycle asks, the prediction made in Plan and the result found in Study."""

    __tablename__ = "cycle_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")

    cycle: Mapped[Cycle] = relationship(back_populates="questions")


class CycleTask(Timestamped, Base):
    """A task row of the plan: what, who, when, where."""

    __tablename__ = "cycle_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(Text, default="")
    when: Mapped[str] = mapped_column("when_text", Text, default="")
    # The date "Hvornår" names, when it names one ("4/11", "i morgen"; not "uge 3"): kept in step with the
    # text by ops.edit, read on the day it was typed, so the Overblik and the calendar can use it.
    due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    where: Mapped[str] = mapped_column("where_text", Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    cycle: Mapped[Cycle] = relationship(back_populates="tasks")


class Observation(Timestamped, Base):
    """A dated observation made while doing the cycle."""

    __tablename__ = "observation"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    observed_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)

    cycle: Mapped[Cycle] = relationship(back_populates="observations")


class RoleAssignment(Timestamped, Base):
    """IGLO: who does what, on which level, by when.

    Belongs to an initiative, to a TRIO meeting's agreements (milestone), or both.
    """

    __tablename__ = "role_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True, nullable=True
    )
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="SET NULL"), index=True, nullable=True
    )
    level: Mapped[Level] = mapped_column(key_enum(Level))
    who: Mapped[str] = mapped_column(Text, default="")
    trio_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("trio_member.id", ondelete="SET NULL"), nullable=True
    )
    what: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    initiative: Mapped[Initiative | None] = relationship(back_populates="roles")
    milestone: Mapped[Milestone | None] = relationship(back_populates="agreements")
    trio_member: Mapped[TrioMember | None] = relationship()

    @property
    def who_label(self) -> str:
        return self.trio_member.name if self.trio_member is not None else self.who


reflection_initiative = Table(
    "reflection_initiative",
    Base.metadata,
    Column("reflection_id", ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
    Column("initiative_id", ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True),
)


class Reflection(Timestamped, Base):
    """A reflection after a module, after a TRIO meeting, or free; may be private."""

    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ReflectionKind] = mapped_column(key_enum(ReflectionKind), default=ReflectionKind.FREE)
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="SET NULL"), index=True, nullable=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    written_on: Mapped[date] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text, default="")  # free notes beside the prompts
    private: Mapped[bool] = mapped_column(Boolean, default=False)

    milestone: Mapped[Milestone | None] = relationship()
    answers: Mapped[list[ReflectionAnswer]] = relationship(
        back_populates="reflection",
        order_by="ReflectionAnswer.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    initiatives: Mapped[list[Initiative]] = relationship(
        secondary=reflection_initiative, order_by="Initiative.position"
    )


class ReflectionAnswer(Timestamped, Base):
    """One of the course's prompts, copied at writing time, with the leader's answer."""

    __tablename__ = "reflection_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column(ForeignKey("reflection.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    prompt: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")

    reflection: Mapped[Reflection] = relationship(back_populates="answers")


# Cycle.measurements and .dialogues name their classes by string: their modules are mapped with this one.
from handleplan.models import dialogue as _dialogue  # noqa: E402, F401
from handleplan.models import measurement as _measurement  # noqa: E402, F401
