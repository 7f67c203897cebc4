"""The leader's profile and TRIO members."""

from __future__ import annotations

from sqlalchemy import func, select

from handleplan.models import Profile, TrioMember
from handleplan.ops.edit import coerce
from handleplan.store import Store


def profile(store: Store) -> Profile:
    """The plan's one profile, created empty the first time it is asked for."""
    found = store.session.scalar(select(Profile).order_by(Profile.id).limit(1))
    if found is None:
        found = Profile()
        store.session.add(found)
        store.commit()
    return found


def has_plan(store: Store) -> bool:
    """Whether the leader has started a plan (a profile with a name, or any initiative)."""
    from handleplan.models import Initiative

    named = store.session.scalar(select(func.count()).select_from(Profile).where(Profile.name != ""))
    return bool(named) or store.session.scalar(select(Initiative.id).limit(1)) is not None


def trio_members(store: Store) -> list[TrioMember]:
    return list(store.session.scalars(select(TrioMember).order_by(TrioMember.position, TrioMember.id)))


def add_trio_member(store: Store, name: str, role: str = "") -> TrioMember:
    position = (store.session.scalar(select(func.max(TrioMember.position))) or 0) + 1
    member = TrioMember(
        name=coerce(TrioMember, "name", name), role=coerce(TrioMember, "role", role), position=position
    )
    store.session.add(member)
    store.commit()
    return member
