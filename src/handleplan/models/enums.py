"""The fixed vocabularies of the plan, stored as short ASCII keys; labels come from the content files."""

from __future__ import annotations

from enum import StrEnum


class MilestoneKind(StrEnum):
    OPSTART = "opstart"
    MODUL1 = "modul1"
    MODUL2 = "modul2"
    MODUL3 = "modul3"
    TRIO = "trio"
    OTHER = "other"

    @property
    def is_module(self) -> bool:
        return self in (
            MilestoneKind.OPSTART,
            MilestoneKind.MODUL1,
            MilestoneKind.MODUL2,
            MilestoneKind.MODUL3,
        )


class InitiativeStatus(StrEnum):
    IDEA = "idea"
    ACTIVE = "active"
    DONE = "done"
    ABANDONED = "abandoned"


class Phase(StrEnum):
    """PDSA: Planlæg, Udfør, Evaluér, Justér."""

    PLAN = "plan"
    DO = "do"
    STUDY = "study"
    ACT = "act"

    @property
    def index(self) -> int:
        return list(Phase).index(self)


class Decision(StrEnum):
    """Act: fasthold, justér, opgiv."""

    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


class Level(StrEnum):
    """IGLO."""

    INDIVID = "individ"
    GRUPPE = "gruppe"
    LEDER = "leder"
    ORGANISATION = "organisation"


class ReflectionKind(StrEnum):
    MODULE = "module"
    TRIO = "trio"
    FREE = "free"


class MeasurementKind(StrEnum):
    """What a measurement counts: the course's three tools, or a count of the leader's own."""

    PSYCH_SAFETY = "psych_safety"  # Modul 1's seven statements, 1–10
    STRESS_STAIRCASE = "stress_staircase"  # how many on each of the five steps
    GULDKORN = "guldkorn"  # each of the six: present or to strengthen
    COUNT = "count"  # "11 af 16 satte deres magnet"


class MeasurementRole(StrEnum):
    """Where in its cycle a measurement belongs: before (Planlæg) or after (Evaluér)."""

    BASELINE = "baseline"
    FOLLOW_UP = "follow_up"
