"""The forløb: milestones seeded from the course content, edited by the leader, and what lies next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from handleplan.content import load_content
from handleplan.errors import MESSAGES, HandleplanError
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Initiative,
    Milestone,
    MilestoneKind,
    Observation,
    Reflection,
    ReflectionAnswer,
    RoleAssignment,
)
from handleplan.ops.edit import coerce
from handleplan.say import Phrase
from handleplan.store import Store


def milestones(store: Store) -> list[Milestone]:
    """In course order: by date, undated ones last in the order they were added."""
    rows = store.session.scalars(select(Milestone)).all()
    return sorted(rows, key=lambda m: (m.date is None, m.date or date.max, m.position, m.id))


def seed_default_forloeb(store: Store, start: date, lang: str = "da") -> list[Milestone]:
    """Create the course's default milestones, dated from `start`, when the plan has none yet."""
    if store.session.scalar(select(Milestone.id).limit(1)) is not None:
        return milestones(store)
    content = load_content(lang)
    for position, template in enumerate(content.milestones):
        store.session.add(
            Milestone(
                kind=MilestoneKind(template.kind),
                title=template.title,
                date=start + timedelta(weeks=template.offset_weeks),
                place=template.place,
                position=position,
            )
        )
    store.commit()
    return milestones(store)


def title_in(lang: str, kind: str, title: str, position: int | None = None) -> str:
    """`title` as the UI in `lang` shows it: a milestone still carrying the course's default title (in
    any language) shows the default of `lang`; a title the leader wrote herself is hers, untranslated."""
    from handleplan.content import LANGS

    target = load_content(lang).milestones
    for other in LANGS:
        templates = load_content(other).milestones
        matches = [i for i, t in enumerate(templates) if t.kind == kind and t.title == title]
        if matches:
            index = position if position in matches else matches[0]
            return target[index].title if index < len(target) else title
    return title


def follow_language(store: Store, lang: str) -> int:
    """After a language switch: milestones with a default title take the new language's. Returns how many."""
    changed = 0
    for milestone in milestones(store):
        shown = title_in(lang, milestone.kind.value, milestone.title, milestone.position)
        if shown != milestone.title:
            milestone.title = shown
            changed += 1
    if changed:
        store.commit()
    return changed


def add_milestone(
    store: Store,
    kind: MilestoneKind | str,
    title: str,
    when: date | None = None,
    place: str = "",
    notes_private: bool = False,
) -> Milestone:
    position = (store.session.scalar(select(Milestone.position).order_by(Milestone.position.desc())) or 0) + 1
    milestone = Milestone(
        kind=coerce(Milestone, "kind", kind),
        title=coerce(Milestone, "title", title),
        date=coerce(Milestone, "date", when),
        place=coerce(Milestone, "place", place),
        notes_private=notes_private,
        position=position,
    )
    store.session.add(milestone)
    store.commit()
    return milestone


def next_milestone(store: Store, today: date | None = None) -> Milestone | None:
    """The first milestone dated today or later."""
    today = today or date.today()
    upcoming = [m for m in milestones(store) if m.date is not None and m.date >= today]
    return upcoming[0] if upcoming else None


def previous_milestone(store: Store, milestone: Milestone) -> Milestone | None:
    """The dated milestone just before `milestone` (what 'since last time' starts from)."""
    if milestone.date is None:
        return None
    earlier = [m for m in milestones(store) if m.date is not None and m.date < milestone.date]
    return earlier[-1] if earlier else None


@dataclass(frozen=True)
class Change:
    """A record changed since a point in time, named as the leader knows it."""

    kind: str  # "initiative", "cycle", "reflection", "role", "milestone"
    id: int
    title: str
    initiative_id: int | None
    updated_at: datetime


def changed_since(store: Store, milestone: Milestone) -> list[Change]:
    """Everything the leader changed on or after the milestone's date, newest first."""
    if milestone.date is None:
        return []
    since = datetime.combine(milestone.date, datetime.min.time())
    s = store.session
    found: dict[tuple[str, int], Change] = {}

    def note(kind: str, key: int, title: str, initiative_id: int | None, when: datetime) -> None:
        old = found.get((kind, key))
        if old is None or old.updated_at < when:
            found[(kind, key)] = Change(kind, key, title, initiative_id, when)

    for ini in s.scalars(select(Initiative).where(Initiative.updated_at >= since)):
        note("initiative", ini.id, ini.title, ini.id, ini.updated_at)
    for model in (Cycle, CycleQuestion, CycleTask, Observation):
        for row in s.scalars(select(model).where(model.updated_at >= since)):
            cycle = row if isinstance(row, Cycle) else row.cycle
            note(
                "cycle",
                cycle.id,
                f"{cycle.initiative.title} · {cycle.number}",
                cycle.initiative_id,
                row.updated_at,
            )
    for model in (Reflection, ReflectionAnswer):
        for row in s.scalars(select(model).where(model.updated_at >= since)):
            refl = row if isinstance(row, Reflection) else row.reflection
            note("reflection", refl.id, refl.title, None, row.updated_at)
    for role in s.scalars(select(RoleAssignment).where(RoleAssignment.updated_at >= since)):
        note("role", role.id, role.what, role.initiative_id, role.updated_at)
    for m in s.scalars(select(Milestone).where(Milestone.updated_at >= since)):
        note("milestone", m.id, m.title, None, m.updated_at)
    return sorted(found.values(), key=lambda c: c.updated_at, reverse=True)


def get_milestone(store: Store, milestone_id: int) -> Milestone:
    found = store.session.get(Milestone, milestone_id)
    if found is None:
        raise HandleplanError("not_found", what=Phrase(MESSAGES, "milestone_no", {"id": milestone_id}))
    return found
