"""Reflections after a module, after a TRIO meeting, or free – with the course's prompts."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from handleplan.content import load_content
from handleplan.errors import MESSAGES, HandleplanError
from handleplan.models import (
    Initiative,
    Milestone,
    MilestoneKind,
    Reflection,
    ReflectionAnswer,
    ReflectionKind,
)
from handleplan.ops.edit import coerce
from handleplan.say import Phrase
from handleplan.store import Store


class LogEntry(NamedTuple):
    """One line of the reflection log: just what the list shows, without answers or links."""

    id: int
    title: str
    written_on: date
    private: bool
    kind: ReflectionKind
    milestone_id: int | None
    milestone_title: str


def kind_for(milestone: Milestone | None) -> ReflectionKind:
    if milestone is None:
        return ReflectionKind.FREE
    return ReflectionKind.TRIO if milestone.kind == MilestoneKind.TRIO else ReflectionKind.MODULE


def write_reflection(
    store: Store,
    milestone: Milestone | None = None,
    *,
    title: str | None = None,
    written_on: date | None = None,
    answers: list[str] | None = None,
    text: str = "",
    private: bool = False,
    initiatives: list[Initiative] | None = None,
    lang: str = "da",
) -> Reflection:
    """A new reflection with the course's prompts for the milestone (copied, so later edits of the
    content never change what the leader answered), answers filled in order where given."""
    content = load_content(lang)
    prompt_key = milestone.kind.value if milestone is not None else "free"
    prompts = content.prompts_for(prompt_key)
    reflection = Reflection(
        kind=kind_for(milestone),
        milestone=milestone,
        title=coerce(
            Reflection, "title", title if title is not None else (milestone.title if milestone else "")
        ),
        written_on=coerce(Reflection, "written_on", written_on or date.today()),
        text=coerce(Reflection, "text", text),
        private=bool(private),
    )
    given = answers or []
    for position, prompt in enumerate(prompts):
        answer = given[position] if position < len(given) else ""
        reflection.answers.append(
            ReflectionAnswer(
                position=position, prompt=prompt, answer=coerce(ReflectionAnswer, "answer", answer)
            )
        )
    reflection.initiatives = list(initiatives or [])
    store.session.add(reflection)
    store.commit()
    return reflection


def set_linked_initiatives(store: Store, reflection: Reflection, initiatives: list[Initiative]) -> None:
    reflection.initiatives = list(initiatives)
    store.mark_changed("reflection")
    store.commit()


def reflections(store: Store, limit: int | None = None) -> list[Reflection]:
    """Newest first."""
    query = (
        select(Reflection)
        .order_by(Reflection.written_on.desc(), Reflection.id.desc())
        .options(selectinload(Reflection.answers), selectinload(Reflection.initiatives))
    )
    if limit is not None:
        query = query.limit(limit)
    return list(store.session.scalars(query))


def reflections_between(store: Store, after: date | None, until: date) -> list[Reflection]:
    """Reflections written after `after` (exclusive) and on or before `until`, oldest first."""
    query = select(Reflection).where(Reflection.written_on <= until)
    if after is not None:
        query = query.where(Reflection.written_on > after)
    query = query.order_by(Reflection.written_on, Reflection.id).options(selectinload(Reflection.answers))
    return list(store.session.scalars(query))


def reflection_log(store: Store) -> list[LogEntry]:
    """The log, newest first, in one light query (a plan may hold a thousand reflections)."""
    query = (
        select(
            Reflection.id,
            Reflection.title,
            Reflection.written_on,
            Reflection.private,
            Reflection.kind,
            Reflection.milestone_id,
            Milestone.title,
        )
        .outerjoin(Milestone, Reflection.milestone_id == Milestone.id)
        .order_by(Reflection.written_on.desc(), Reflection.id.desc())
    )
    return [
        LogEntry(rid, title, written_on, bool(private), kind, milestone_id, milestone_title or "")
        for rid, title, written_on, private, kind, milestone_id, milestone_title in store.session.execute(
            query
        )
    ]


def get_reflection(store: Store, reflection_id: int) -> Reflection:
    found = store.session.get(Reflection, reflection_id)
    if found is None:
        raise HandleplanError("not_found", what=Phrase(MESSAGES, "reflection_no", {"id": reflection_id}))
    return found
