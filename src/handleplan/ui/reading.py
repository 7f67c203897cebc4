"""Reads more than one screen makes, through the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handleplan.models import Initiative, Milestone, TrioMember
    from handleplan.ui.context import AppContext


def trio_members(ctx: AppContext) -> list[TrioMember]:
    from handleplan.ops.people import trio_members as read

    return read(ctx.store)


def milestones(ctx: AppContext) -> list[Milestone]:
    """The forløb in course order."""
    from handleplan.ops.timeline import milestones as read

    return ctx.call(read, ctx.store) or []


def initiative_titles(ctx: AppContext) -> list[Initiative]:
    from handleplan.ops.initiatives import initiative_titles as read

    return read(ctx.store)
