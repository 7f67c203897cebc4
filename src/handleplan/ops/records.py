"""Questions asked of records already read: what is still empty, IGLO by level."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from handleplan import fields
from handleplan.models.enums import Level, Phase

if TYPE_CHECKING:
    from handleplan.models import Cycle, Initiative


def roles_by_level(initiative: Initiative) -> dict[Level, list[Any]]:
    grouped: dict[Level, list[Any]] = {level: [] for level in Level}
    for role in initiative.roles:
        grouped[role.level].append(role)
    return grouped


def missing_fields(cycle: Cycle) -> dict[Phase, list[str]]:
    """Per phase, which of its counted fields (`handleplan.fields`) are still empty ("Endnu tomt").

    A list of rows counts as filled once one row has text: a question, task or observation just added
    and not yet written is still empty."""
    missing: dict[Phase, list[str]] = {p: [] for p in Phase}
    for phase in Phase:
        for declared in fields.on_page(phase.value):
            if declared.counted and not _filled(cycle, declared.name):
                missing[phase].append(declared.name)
    return missing


# The text that makes a row count as written, per list of rows on a phase page.
_ROW_TEXT = {"questions": "question", "tasks": "what", "observations": "text"}


def _filled(cycle: Cycle, name: str) -> bool:
    if name == "results":  # every question has its result beside the prediction
        asked = [q for q in cycle.questions if _written(q.question)]
        return bool(asked) and all(_written(q.result) for q in asked)
    if name == "dialogues":  # nothing to write until a drejebog is chosen; then A, B or C is written
        return all(
            _written(d.more_of) or _written(d.less_of) or _written(d.start_doing) for d in cycle.dialogues
        )
    if name in _ROW_TEXT:
        return any(_written(getattr(row, _ROW_TEXT[name])) for row in getattr(cycle, name))
    return _written(getattr(cycle, name))


def _written(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
