"""Plain copies of the leader's records, read with the standard sqlite3 module, for a screen's first paint.

The app opens on the screen the leader left. When that is not the Overblik (which has its own read
model, `ops.overview`), the screen would have to import SQLAlchemy (0.3–0.6 s here) and map the models
before it could paint anything. Instead it paints from these copies, which carry the ORM's attribute
names, so the same widgets show them; right after the first paint the store opens and the screen reads
again through the ORM, so every edit, addition and deletion works on real records
(`AppContext.real` is the safety net should a copy ever reach one).

The columns and relationships mirror `models/plan.py`: keep them in step (tests compare the two).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

from handleplan.models.enums import Decision, InitiativeStatus, Level, MilestoneKind, Phase, ReflectionKind
from handleplan.ops.overview import iso_date


class Plain(SimpleNamespace):
    """A record read without the ORM. `orm` names the mapped class it stands in for, `table` its table."""

    orm = ""
    table = ""


class PlainInitiative(Plain):
    orm = "Initiative"
    table = "initiative"

    @property
    def current_cycle(self) -> PlainCycle | None:
        return self.cycles[-1] if self.cycles else None


class PlainCycle(Plain):
    orm = "Cycle"
    table = "cycle"


class PlainQuestion(Plain):
    orm = "CycleQuestion"
    table = "cycle_question"


class PlainTask(Plain):
    orm = "CycleTask"
    table = "cycle_task"


class PlainObservation(Plain):
    orm = "Observation"
    table = "observation"


class PlainTrioMember(Plain):
    orm = "TrioMember"
    table = "trio_member"


class PlainMilestone(Plain):
    orm = "Milestone"
    table = "milestone"


class PlainReflection(Plain):
    orm = "Reflection"
    table = "reflection"


class PlainAnswer(Plain):
    orm = "ReflectionAnswer"
    table = "reflection_answer"


class PlainRole(Plain):
    orm = "RoleAssignment"
    table = "role_assignment"

    @property
    def who_label(self) -> str:
        return self.trio_member.name if self.trio_member is not None else self.who


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _tags(value: str | None) -> list[str] | None:
    return json.loads(value) if value is not None else None  # as the ORM's JSON type hands it out


def _optional(kind: Callable[[str], Any]) -> Callable[[str | None], Any]:
    return lambda value: kind(value) if value else None


# How a column's stored value becomes what the ORM would hand out; other columns (text, numbers) are taken
# as they are, and every table's created_at/updated_at become datetimes.
CONVERT: dict[str, dict[str, Callable[[Any], Any]]] = {
    "initiative": {"tags": _tags, "status": InitiativeStatus, "private": bool},
    "cycle": {"phase": Phase, "as_planned": _bool, "decision": _optional(Decision)},
    "cycle_question": {},
    "cycle_task": {"done": bool},
    "observation": {"observed_on": iso_date},
    "role_assignment": {"level": Level, "due": iso_date, "done": bool},
    "trio_member": {},
    "milestone": {"kind": MilestoneKind, "date": iso_date},
    "reflection": {"kind": ReflectionKind, "written_on": iso_date, "private": bool},
    "reflection_answer": {},
}
# The ORM's order_by for each relationship read here.
ORDER = {
    "initiative": "position, id",
    "cycle": "initiative_id, number",
    "cycle_question": "cycle_id, position",
    "cycle_task": "cycle_id, position",
    "observation": "cycle_id, observed_on, id",
    "role_assignment": "position",
    "trio_member": "position, id",
    "milestone": "position, id",  # then by date, as `ops.timeline.milestones`
    "reflection": "written_on DESC, id DESC",
    "reflection_answer": "reflection_id, position",
}
# Columns whose attribute has another name in the ORM (SQL keywords as column names are avoided).
RENAMED = {"when_text": "when", "where_text": "where"}


@contextmanager
def _reading(db_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _records(conn: sqlite3.Connection, kind: type[Plain], where: str = "", args: tuple = ()) -> list[Plain]:
    table = kind.table
    cursor = conn.execute(f"SELECT * FROM {table} {where} ORDER BY {ORDER[table]}", args)  # noqa: S608
    names = [RENAMED.get(column[0], column[0]) for column in cursor.description]
    convert = CONVERT[table]
    records = []
    for row in cursor:
        values = dict(zip(names, row, strict=True))
        for name, to_value in convert.items():
            values[name] = to_value(values[name])
        values["created_at"] = _moment(values["created_at"])
        values["updated_at"] = _moment(values["updated_at"])
        records.append(kind(**values))
    return records


def _grouped(records: list[Plain], key: str) -> dict[int, list[Plain]]:
    grouped: dict[int, list[Plain]] = {}
    for record in records:
        grouped.setdefault(getattr(record, key), []).append(record)
    return grouped


def trio_members(db_path: Path) -> list[PlainTrioMember]:
    with _reading(db_path) as conn:
        return _records(conn, PlainTrioMember)  # type: ignore[return-value]


def initiative_list(db_path: Path, open_id: int | None) -> list[PlainInitiative]:
    """Every initiative in the leader's order, as `ops.initiatives.initiative_list` gives them to the
    Tiltag screen: for the list, each cycle's number and phase. The one the editor opens (`open_id`, or
    the first when that is gone) comes whole: its cycles with questions, tasks and observations, and its
    IGLO roles with their TRIO members."""
    with _reading(db_path) as conn:
        initiatives: list[PlainInitiative] = _records(conn, PlainInitiative)  # type: ignore[assignment]
        ids = {i.id for i in initiatives}
        whole = open_id if open_id in ids else (initiatives[0].id if initiatives else None)
        cycles = _grouped(
            [
                PlainCycle(id=cid, initiative_id=iid, number=number, phase=Phase(phase))
                for cid, iid, number, phase in conn.execute(
                    f"SELECT id, initiative_id, number, phase FROM cycle ORDER BY {ORDER['cycle']}"
                )
            ],
            "initiative_id",
        )
        for initiative in initiatives:
            initiative.cycles = cycles.get(initiative.id, [])
            initiative.roles = []
        if whole is not None:
            _read_whole(conn, next(i for i in initiatives if i.id == whole))
    return initiatives


def _read_whole(conn: sqlite3.Connection, initiative: PlainInitiative) -> None:
    cycles = _records(conn, PlainCycle, "WHERE initiative_id = ?", (initiative.id,))
    marks = ",".join("?" * len(cycles))
    ids = tuple(c.id for c in cycles)
    rows = {
        kind: _grouped(_records(conn, kind, f"WHERE cycle_id IN ({marks})", ids), "cycle_id")
        for kind in (PlainQuestion, PlainTask, PlainObservation)
    }
    for cycle in cycles:
        cycle.initiative = initiative
        cycle.questions = rows[PlainQuestion].get(cycle.id, [])
        cycle.tasks = rows[PlainTask].get(cycle.id, [])
        cycle.observations = rows[PlainObservation].get(cycle.id, [])
    initiative.cycles = cycles
    members = {m.id: m for m in _records(conn, PlainTrioMember)}
    roles = _records(conn, PlainRole, "WHERE initiative_id = ?", (initiative.id,))
    for role in roles:
        role.initiative = initiative
        role.trio_member = members.get(role.trio_member_id)
    initiative.roles = roles


def _members(conn: sqlite3.Connection) -> dict[int, PlainTrioMember]:
    return {m.id: m for m in _records(conn, PlainTrioMember)}  # type: ignore[misc]


def milestones(db_path: Path) -> list[PlainMilestone]:
    """The forløb in course order, as `ops.timeline.milestones`, each with its TRIO meeting's agreements
    (IGLO roles, with their TRIO members)."""
    with _reading(db_path) as conn:
        found: list[PlainMilestone] = _records(conn, PlainMilestone)  # type: ignore[assignment]
        members = _members(conn)
        agreements = _grouped(_records(conn, PlainRole, "WHERE milestone_id IS NOT NULL"), "milestone_id")
    for milestone in found:
        milestone.agreements = agreements.get(milestone.id, [])
        for role in milestone.agreements:
            role.milestone = milestone
            role.trio_member = members.get(role.trio_member_id)
    return sorted(found, key=lambda m: (m.date is None, m.date or date.max, m.position, m.id))


class LogEntry(NamedTuple):
    """One line of the reflection log: just what the list shows, without answers or links."""

    id: int
    title: str
    written_on: date
    private: bool
    kind: ReflectionKind
    milestone_id: int | None
    milestone_title: str


def reflection_log(db_path: Path) -> list[LogEntry]:
    """The log, newest first, as `ops.reflections.reflection_log`."""
    with _reading(db_path) as conn:
        rows = conn.execute(
            """
            SELECT r.id, r.title, r.written_on, r.private, r.kind, r.milestone_id, m.title
            FROM reflection r LEFT JOIN milestone m ON m.id = r.milestone_id
            ORDER BY r.written_on DESC, r.id DESC
            """
        ).fetchall()
    return [
        LogEntry(rid, title, date.fromisoformat(day), bool(private), ReflectionKind(kind), mid, mtitle or "")
        for rid, title, day, private, kind, mid, mtitle in rows
    ]


def reflection(db_path: Path, reflection_id: int) -> PlainReflection | None:
    """One reflection whole: its answers, its milestone and the initiatives it is linked to."""
    with _reading(db_path) as conn:
        found = _records(conn, PlainReflection, "WHERE id = ?", (reflection_id,))
        if not found:
            return None
        whole: PlainReflection = found[0]  # type: ignore[assignment]
        whole.answers = _records(conn, PlainAnswer, "WHERE reflection_id = ?", (reflection_id,))
        for answer in whole.answers:
            answer.reflection = whole
        milestones = _records(conn, PlainMilestone, "WHERE id = ?", (whole.milestone_id,))
        whole.milestone = milestones[0] if milestones else None
        whole.initiatives = _records(
            conn,
            PlainInitiative,
            "WHERE id IN (SELECT initiative_id FROM reflection_initiative WHERE reflection_id = ?)",
            (reflection_id,),
        )
    return whole


def initiative_titles(db_path: Path) -> list[PlainInitiative]:
    """Every initiative in the leader's order with nothing else read, as `ops.initiatives.initiative_titles`."""
    with _reading(db_path) as conn:
        return _records(conn, PlainInitiative)  # type: ignore[return-value]
