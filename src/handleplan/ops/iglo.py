"""IGLO: who does what on the levels Individ, Gruppe, Leder, Organisation, and by when."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from handleplan.models import Initiative, Level, Milestone, RoleAssignment, TrioMember
from handleplan.ops.edit import coerce
from handleplan.ops.records import roles_by_level  # noqa: F401 - its public home was here
from handleplan.store import Store


def assign(
    store: Store,
    level: Level | str,
    what: str,
    who: str = "",
    *,
    initiative: Initiative | None = None,
    milestone: Milestone | None = None,
    trio_member: TrioMember | None = None,
    due: date | None = None,
) -> RoleAssignment:
    """A new IGLO role on an initiative, or as an agreement made at a TRIO meeting (or both)."""
    position = (store.session.scalar(select(func.max(RoleAssignment.position))) or 0) + 1
    role = RoleAssignment(
        level=coerce(RoleAssignment, "level", level),
        what=coerce(RoleAssignment, "what", what),
        who=coerce(RoleAssignment, "who", who),
        due=coerce(RoleAssignment, "due", due),
        initiative=initiative,
        milestone=milestone,
        trio_member=trio_member,
        position=position,
    )
    store.session.add(role)
    store.commit()
    return role


def open_due(store: Store, until: date) -> list[RoleAssignment]:
    """Open roles due on or before `until` (overdue first), then open ones with no date are left out."""
    query = (
        select(RoleAssignment)
        .where(RoleAssignment.done.is_(False), RoleAssignment.due.is_not(None), RoleAssignment.due <= until)
        .order_by(RoleAssignment.due, RoleAssignment.position)
        .options(selectinload(RoleAssignment.initiative), selectinload(RoleAssignment.trio_member))
    )
    return list(store.session.scalars(query))
