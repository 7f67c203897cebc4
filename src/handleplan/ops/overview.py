"""What the Overblik shows, read with the standard sqlite3 module into plain rows.

This is the first thing on screen at every start. Reading it without SQLAlchemy lets the window paint
before SQLAlchemy (about 0.45 s to import here) is loaded; the ORM takes over for everything that
writes. The queries mirror ops.initiatives / iglo / reflections / timeline – keep them in step.

The Overblik is shown at TRIO meetings and on projectors, so the privacy rule (`handleplan.privacy`, with
nothing released) is applied here, in the read model: a private entry, and what hangs under it, reaches
the screen as its title and its private mark, never its text.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from handleplan.models.enums import InitiativeStatus, Level, MilestoneKind, Phase, ReflectionKind
from handleplan.privacy import ON_SCREEN, PrivacyRule
from handleplan.store import connect

DUE_WITHIN_DAYS = 14


class ProfileRow(NamedTuple):
    name: str
    organisation: str
    unit: str
    focus: str
    onboarded: bool


class MilestoneRow(NamedTuple):
    id: int
    kind: MilestoneKind
    title: str
    date: date | None
    place: str


class InitiativeRow(NamedTuple):
    id: int
    title: str
    status: InitiativeStatus
    private: bool
    cycle_number: int | None
    phase: Phase | None
    next_step: str  # empty for a private one


class RoleRow(NamedTuple):
    id: int
    initiative_id: int | None
    initiative_title: str
    milestone_id: int | None
    level: Level
    who: str
    what: str  # `who` and `what` are empty when the role hangs under a private initiative
    due: date
    done: bool
    private: bool = False  # under a private initiative


class TaskRow(NamedTuple):
    """An open task of an initiative's current cycle whose "Hvornår" names a date."""

    id: int
    initiative_id: int
    initiative_title: str
    cycle_id: int
    what: str  # `what` and `who` are empty when the task belongs to a private initiative
    who: str
    due: date
    private: bool = False


class ReflectionRow(NamedTuple):
    id: int
    kind: ReflectionKind
    title: str
    written_on: date
    private: bool
    milestone_id: int | None
    milestone_title: str
    excerpt: str  # the first answer written, or the free notes; empty for a private one


class Overview(NamedTuple):
    profile: ProfileRow
    milestones: tuple[MilestoneRow, ...]
    initiatives: tuple[InitiativeRow, ...]
    due_roles: tuple[RoleRow, ...]
    reflections: tuple[ReflectionRow, ...]
    reflection_count: int
    due_tasks: tuple[TaskRow, ...] = ()

    def next_milestone(self, today: date) -> MilestoneRow | None:
        upcoming = [m for m in self.milestones if m.date is not None and m.date >= today]
        return upcoming[0] if upcoming else None


def iso_date(value: str | None) -> date | None:
    """A DATE column as the ORM hands it out (SQLite keeps it as ISO text)."""
    return date.fromisoformat(value) if value else None


def _profile(conn: connect.Connection) -> ProfileRow:
    row = conn.execute(
        "SELECT name, organisation, unit, focus, onboarded FROM profile ORDER BY id LIMIT 1"
    ).fetchone()
    return ProfileRow(*row[:4], bool(row[4])) if row else ProfileRow("", "", "", "", False)


def read_profile(db_path: Path) -> ProfileRow:
    """The leader's name and whether the welcome is done, for the window title and the first start."""
    conn = connect.connect(db_path, read_only=True)
    try:
        return _profile(conn)
    finally:
        conn.close()


def load_overview(
    db_path: Path, today: date | None = None, reflections: int = 5, due_within_days: int = DUE_WITHIN_DAYS
) -> Overview:
    """Everything the Overblik needs in a few queries on a read-only connection."""
    today = today or date.today()
    until = today + timedelta(days=due_within_days)
    conn = connect.connect(db_path, read_only=True)
    try:
        profile = _profile(conn)
        rule = PrivacyRule(
            frozenset(i for (i,) in conn.execute("SELECT id FROM initiative WHERE private")),
            frozenset(r for (r,) in conn.execute("SELECT id FROM reflection WHERE private")),
            ON_SCREEN,
        )
        milestones = [
            MilestoneRow(mid, MilestoneKind(kind), title, iso_date(day), place)
            for mid, kind, title, day, place in conn.execute(
                "SELECT id, kind, title, date, place FROM milestone"
            )
        ]
        milestones.sort(key=lambda m: (m.date is None, m.date or date.max, m.id))
        initiatives = tuple(
            InitiativeRow(
                iid,
                title,
                InitiativeStatus(status),
                bool(private),
                number,
                Phase(phase) if phase else None,
                (next_step or "") if rule.initiative(iid) else "",
            )
            for iid, title, status, private, number, phase, next_step in conn.execute(
                """
                SELECT i.id, i.title, i.status, i.private, c.number, c.phase, c.next_step
                FROM initiative i
                LEFT JOIN cycle c ON c.initiative_id = i.id
                  AND c.number = (SELECT max(number) FROM cycle WHERE initiative_id = i.id)
                ORDER BY i.position, i.id
                """
            )
        )
        due_roles = tuple(
            RoleRow(rid, iid, ititle or "", mid, Level(level), member or who, what, iso_date(due), bool(done))
            if rule.role(iid)
            else RoleRow(rid, iid, ititle or "", mid, Level(level), "", "", iso_date(due), bool(done), True)
            for rid, iid, ititle, mid, level, member, who, what, due, done in conn.execute(
                """
                SELECT r.id, r.initiative_id, i.title, r.milestone_id, r.level, t.name, r.who, r.what, r.due,
                       r.done
                FROM role_assignment r
                LEFT JOIN initiative i ON i.id = r.initiative_id
                LEFT JOIN trio_member t ON t.id = r.trio_member_id
                WHERE r.done = 0 AND r.due IS NOT NULL AND r.due <= ?
                ORDER BY r.due, r.position
                """,
                (until.isoformat(),),
            )
        )
        due_tasks = tuple(
            TaskRow(tid, iid, ititle, cid, what, who, iso_date(due))
            if rule.initiative(iid)
            else TaskRow(tid, iid, ititle, cid, "", "", iso_date(due), True)
            for tid, iid, ititle, cid, what, who, due in conn.execute(
                # Only the current cycle's tasks: a new cycle takes the open ones along (ops.initiatives).
                """
                SELECT t.id, i.id, i.title, c.id, t.what, t.who, t.due
                FROM cycle_task t
                JOIN cycle c ON c.id = t.cycle_id
                JOIN initiative i ON i.id = c.initiative_id
                WHERE t.done = 0 AND t.due IS NOT NULL AND t.due <= ?
                  AND c.number = (SELECT max(number) FROM cycle WHERE initiative_id = i.id)
                ORDER BY t.due, i.position, t.position
                """,
                (until.isoformat(),),
            )
        )
        latest = tuple(
            ReflectionRow(
                rid,
                ReflectionKind(kind),
                title,
                iso_date(day),
                bool(private),
                mid,
                mtitle or "",
                (excerpt or text or "") if rule.reflection(rid) else "",
            )
            for rid, kind, title, day, private, mid, mtitle, excerpt, text in conn.execute(
                """
                SELECT r.id, r.kind, r.title, r.written_on, r.private, r.milestone_id, m.title,
                       (SELECT a.answer FROM reflection_answer a
                        WHERE a.reflection_id = r.id AND trim(a.answer) != '' ORDER BY a.position LIMIT 1),
                       r.text
                FROM reflection r LEFT JOIN milestone m ON m.id = r.milestone_id
                ORDER BY r.written_on DESC, r.id DESC LIMIT ?
                """,
                (reflections,),
            )
        )
        count = conn.execute("SELECT count(*) FROM reflection").fetchone()[0]
    finally:
        conn.close()
    return Overview(profile, tuple(milestones), initiatives, due_roles, latest, count, due_tasks)
