"""Reads more than one screen makes: through the store once it is open; before that, on the first
screen of a start, from the plain copies of `ops.plain`, so the window paints before SQLAlchemy loads.

A screen that got copies calls its `read_plain()`, and reads again once the controller has opened the
store right after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handleplan.ops import plain

if TYPE_CHECKING:
    from handleplan.models import Initiative, Milestone, TrioMember
    from handleplan.ui.context import AppContext


def trio_members(ctx: AppContext) -> list[TrioMember] | list[plain.PlainTrioMember]:
    if ctx.reads_plain:
        return plain.trio_members(ctx.db_path)
    from handleplan.ops.people import trio_members as read

    return read(ctx.store)


def milestones(ctx: AppContext) -> list[Milestone] | list[plain.PlainMilestone]:
    """The forløb in course order."""
    if ctx.reads_plain:
        return plain.milestones(ctx.db_path)
    from handleplan.ops.timeline import milestones as read

    return ctx.call(read, ctx.store) or []


def initiative_titles(ctx: AppContext) -> list[Initiative] | list[plain.PlainInitiative]:
    if ctx.reads_plain:
        return plain.initiative_titles(ctx.db_path)
    from handleplan.ops.initiatives import initiative_titles as read

    return read(ctx.store)
