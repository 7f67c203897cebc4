"""The ORM: every table of the leader's plan (SQLAlchemy 2, typed)."""

from handleplan.models.base import Base, utcnow
from handleplan.models.enums import Decision, InitiativeStatus, Level, MilestoneKind, Phase, ReflectionKind
from handleplan.models.plan import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Initiative,
    Milestone,
    Observation,
    Profile,
    Reflection,
    ReflectionAnswer,
    RoleAssignment,
    TrioMember,
    reflection_initiative,
)

__all__ = [
    "Base",
    "Cycle",
    "CycleQuestion",
    "CycleTask",
    "Decision",
    "Initiative",
    "InitiativeStatus",
    "Level",
    "Milestone",
    "MilestoneKind",
    "Observation",
    "Phase",
    "Profile",
    "Reflection",
    "ReflectionAnswer",
    "ReflectionKind",
    "RoleAssignment",
    "TrioMember",
    "reflection_initiative",
    "utcnow",
]
