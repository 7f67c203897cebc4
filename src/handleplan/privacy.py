"""Fortrolighed: the one rule for what of a private entry may be shown or leave the app.

A private record (an initiative, a reflection, an observation, or a TRIO meeting's notes) and everything that
hangs under it – cycles with their questions, tasks, observations and drejebøger's outcomes, IGLO roles and
TRIO agreements tied to the initiative, reflection answers, links between reflections and initiatives – goes
out only when the leader released it (ticked it, or `--include-private`). On screen nothing is released:
outside its own editor a private entry shows its title and a lock, never its text. Every exporter (PDF now;
calendar and portable file later) and every read model asks this module; none decides it for itself.

Pure Python, no SQLAlchemy: the Overblik's sqlite3 read model asks it before the ORM is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handleplan.export.snapshot import PlanSnapshot


@dataclass(frozen=True)
class Release:
    """What the leader let go along: every private entry, or exactly these ones."""

    everything: bool = False
    initiatives: frozenset[int] = frozenset()
    reflections: frozenset[int] = frozenset()
    observations: frozenset[int] = frozenset()
    notes: frozenset[int] = frozenset()  # milestones whose private meeting notes may go along


ON_SCREEN = Release()  # nothing private is released outside its own editor


@dataclass(frozen=True)
class PrivacyRule:
    private_initiatives: frozenset[int]
    private_reflections: frozenset[int]
    release: Release = ON_SCREEN
    private_observations: frozenset[int] = frozenset()
    private_notes: frozenset[int] = frozenset()  # milestone ids whose meeting notes are private

    def initiative(self, initiative_id: int | None) -> bool:
        """May this initiative, and everything under it, be shown? (None: belongs to no initiative.)"""
        if initiative_id is None or initiative_id not in self.private_initiatives:
            return True
        return self.release.everything or initiative_id in self.release.initiatives

    def reflection(self, reflection_id: int | None) -> bool:
        """May this reflection, its answers and notes be shown?"""
        if reflection_id is None or reflection_id not in self.private_reflections:
            return True
        return self.release.everything or reflection_id in self.release.reflections

    def observation(self, observation_id: int | None) -> bool:
        """May this observation be shown? (Its initiative is asked separately: it hangs under it.)"""
        if observation_id is None or observation_id not in self.private_observations:
            return True
        return self.release.everything or observation_id in self.release.observations

    def notes(self, milestone_id: int | None) -> bool:
        """May this meeting's notes be shown? (Its agreements and what it brings along are not private.)"""
        if milestone_id is None or milestone_id not in self.private_notes:
            return True
        return self.release.everything or milestone_id in self.release.notes

    def role(self, initiative_id: int | None) -> bool:
        """An IGLO role or TRIO agreement hangs under its initiative (a milestone is never private)."""
        return self.initiative(initiative_id)

    def link(self, reflection_id: int, initiative_id: int) -> bool:
        """A link between a reflection and an initiative shows only when both ends may."""
        return self.reflection(reflection_id) and self.initiative(initiative_id)

    def is_private(self, kind: str, entry_id: int) -> bool:
        """Whether the entry itself is marked private ("initiative", "reflection", "observation", or
        "notes" for a meeting's notes)."""
        marked = {
            "initiative": self.private_initiatives,
            "reflection": self.private_reflections,
            "observation": self.private_observations,
            "notes": self.private_notes,
        }
        return entry_id in marked.get(kind, frozenset())


def rule_for(snapshot: PlanSnapshot, release: Release = ON_SCREEN) -> PrivacyRule:
    return PrivacyRule(
        frozenset(i.id for i in snapshot.initiatives if i.private),
        frozenset(r.id for r in snapshot.reflections if r.private),
        release,
        frozenset(o.id for _i, o in private_observations(snapshot)),
        frozenset(m.id for m in snapshot.milestones if m.notes_private),
    )


def private_observations(snapshot: PlanSnapshot) -> list:
    """The observations marked private as `(initiative, observation)` pairs, in the plan's order (the
    export dialog lists them one by one under their initiative)."""
    return [(i, o) for i in snapshot.initiatives for c in i.cycles for o in c.observations if o.private]


def released(snapshot: PlanSnapshot, rule: PrivacyRule) -> PlanSnapshot:
    """The snapshot with everything the rule holds back taken out: what an exporter may write."""
    milestones = tuple(
        replace(
            m,
            agreements=tuple(a for a in m.agreements if rule.role(a.initiative_id)),
            notes=m.notes if rule.notes(m.id) else "",
        )
        for m in snapshot.milestones
    )
    initiatives = tuple(
        replace(
            i,
            cycles=tuple(
                replace(c, observations=tuple(o for o in c.observations if rule.observation(o.id)))
                for c in i.cycles
            ),
        )
        for i in snapshot.initiatives
        if rule.initiative(i.id)
    )
    reflections = tuple(
        replace(r, initiative_ids=tuple(i for i in r.initiative_ids if rule.link(r.id, i)))
        for r in snapshot.reflections
        if rule.reflection(r.id)
    )
    return replace(snapshot, milestones=milestones, initiatives=initiatives, reflections=reflections)
