"""The ORM: every table of the leader's plan (SQLAlchemy 2, typed).

Names are resolved lazily (PEP 562) so that `handleplan.models.enums` – needed by the first screen –
can be imported without paying for SQLAlchemy (about 0.45 s here) before the window is painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from handleplan.models.enums import (
    Decision,
    InitiativeStatus,
    Level,
    MeasurementKind,
    MeasurementRole,
    MilestoneKind,
    Phase,
    ReflectionKind,
)

_LAZY = {
    "Base": "handleplan.models.base",
    "utcnow": "handleplan.models.base",
    "Measurement": "handleplan.models.measurement",
    "DialogueOutcome": "handleplan.models.dialogue",
    **{
        name: "handleplan.models.plan"
        for name in (
            "Cycle",
            "CycleQuestion",
            "CycleTask",
            "Initiative",
            "Milestone",
            "Observation",
            "Profile",
            "Reflection",
            "ReflectionAnswer",
            "RoleAssignment",
            "TrioMember",
            "reflection_initiative",
        )
    },
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'handleplan.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from handleplan.models.base import Base, utcnow
    from handleplan.models.dialogue import DialogueOutcome
    from handleplan.models.measurement import Measurement
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
    "DialogueOutcome",
    "Initiative",
    "InitiativeStatus",
    "Level",
    "Measurement",
    "MeasurementKind",
    "MeasurementRole",
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
