"""The shape of the demo plan, written as plain data per language (danish.py, english.py) and made real
by fill.py through the operations."""

from __future__ import annotations

from dataclasses import dataclass, field

from handleplan.models import InitiativeStatus, Level, Phase

# Days relative to today for every milestone of the forløb (the content's default weeks, moved so that
# the leader is between the TRIO meeting and Modul 2).
OPSTART, MODUL1, TRIO1, MODUL2, TRIO2, MODUL3, TRIO3 = -49, -35, -14, 12, 26, 47, 61


@dataclass
class Role:
    level: Level
    what: str
    who: str = ""
    member: str | None = None  # "amr" or "tr": the TRIO member who owns it
    due: int | None = None  # days from today
    done: bool = False
    agreed_at_trio: bool = False  # also one of the TRIO meeting's agreements


@dataclass
class Cycle:
    phase: Phase
    fields: dict[str, object]
    questions: list[tuple[str, str, str]] = field(default_factory=list)  # question, prediction, result
    tasks: list[tuple[str, str, str, str, bool]] = field(default_factory=list)  # what, who, when, where, done
    observations: list[tuple[int, str]] = field(default_factory=list)  # days from today, text
    # A drejebog used in Udfør (its key in the content files) and what the team arrived at, by field name;
    # its steps are added as tasks, done when the dialogue has been held.
    dialogue: tuple[str, dict[str, str]] | None = None


@dataclass
class Initiative:
    key: str
    title: str
    goal: str
    why: str
    tags: list[str]
    status: InitiativeStatus
    cycles: list[Cycle]
    roles: list[Role] = field(default_factory=list)
    private: bool = False  # the demo shows the rule: a private tiltag and all under it stay home


@dataclass
class Reflection:
    milestone: str | None  # "opstart", "modul1", "trio1" or None for a free reflection
    title: str
    written_on: int
    answers: list[str]
    text: str = ""
    private: bool = False
    initiatives: list[str] = field(default_factory=list)


@dataclass
class Plan:
    name: str
    organisation: str
    unit: str
    focus: str
    course_title: str
    amr: tuple[str, str]
    tr: tuple[str, str]
    module_place: str
    trio_place: str
    trio_notes: str
    trio_bring: str
    trio_agreement: str  # an agreement of the TRIO meeting that belongs to no initiative
    modul2_points: str
    initiatives: list[Initiative]
    reflections: list[Reflection]
