"""Questions asked of records already read: what is still empty, IGLO by level."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from handleplan.models.enums import Level, Phase

if TYPE_CHECKING:
    from handleplan.models import Cycle, Initiative


def roles_by_level(initiative: Initiative) -> dict[Level, list[Any]]:
    grouped: dict[Level, list[Any]] = {level: [] for level in Level}
    for role in initiative.roles:
        grouped[role.level].append(role)
    return grouped


def missing_fields(cycle: Cycle) -> dict[Phase, list[str]]:
    """Per phase, which of its fields are still empty (what the editor marks as 'mangler')."""

    def empty(value: object) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    missing: dict[Phase, list[str]] = {p: [] for p in Phase}
    for name in ("objective", "measure", "data_plan"):
        if empty(getattr(cycle, name)):
            missing[Phase.PLAN].append(name)
    if not cycle.questions:
        missing[Phase.PLAN].append("questions")
    if not cycle.tasks:
        missing[Phase.PLAN].append("tasks")
    for name in ("method", "helpers", "as_planned"):
        if empty(getattr(cycle, name)):
            missing[Phase.DO].append(name)
    if not cycle.observations:
        missing[Phase.DO].append("observations")
    if any(empty(q.result) for q in cycle.questions) or not cycle.questions:
        missing[Phase.STUDY].append("results")
    if empty(cycle.learning):
        missing[Phase.STUDY].append("learning")
    for name in ("decision", "decision_reason", "next_step"):
        if empty(getattr(cycle, name)):
            missing[Phase.ACT].append(name)
    return missing
