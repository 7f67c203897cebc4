"""What goes into the PDF: the options the leader chose, resolved against a snapshot into exact entries.

The export dialog lists the same candidates this module computes, so what the leader ticks is what
prints. Whether private entries (and what hangs under them) go along is decided by `handleplan.privacy`
alone: `resolve` turns the ticks into a `Release` and works on the released snapshot from then on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from handleplan.content import load_content
from handleplan.export.snapshot import AnswerSnap, InitiativeSnap, MilestoneSnap, PlanSnapshot, ReflectionSnap
from handleplan.privacy import PrivacyRule, Release, private_observations, released, rule_for

# The sections after the cover and the table of contents, in print order.
SECTIONS: tuple[str, ...] = ("focus", "overview", "initiatives", "reflections", "trio", "discussion")


@dataclass(frozen=True)
class ExportOptions:
    milestone_id: int | None = None  # None: the next milestone by date
    lang: str = "da"
    sections: frozenset[str] = frozenset(SECTIONS)
    include_private: bool = False  # every private entry at once (the command line's --include-private)
    # Exactly these entries (the dialog's ticks); None means the default: everything not private.
    initiative_ids: frozenset[int] | None = None
    reflection_ids: frozenset[int] | None = None
    trio_ids: frozenset[int] | None = None
    # Private observations and private TRIO notes ticked one by one (never by default).
    observation_ids: frozenset[int] = frozenset()
    notes_ids: frozenset[int] = frozenset()
    today: date | None = None  # "made on" date and the default milestone; None: the snapshot's day


@dataclass(frozen=True)
class DiscussionItem:
    """A text for "Det vil jeg gerne drøfte": the leader's own points, or what a TRIO meeting sends along."""

    source: MilestoneSnap
    text: str
    from_trio: bool


@dataclass(frozen=True)
class ExportContents:
    milestone: MilestoneSnap | None
    previous: MilestoneSnap | None
    sections: tuple[str, ...]
    initiatives: tuple[InitiativeSnap, ...]
    reflections: tuple[ReflectionSnap, ...]
    trio_meetings: tuple[MilestoneSnap, ...]
    discussion: tuple[DiscussionItem, ...]
    made_on: date
    # The last module's reflection, for its Afrunding answers, when it is older than the period.
    afrunding: ReflectionSnap | None = None
    private_left_out: int = 0
    private_included: int = 0
    initiative_titles: dict[int, str] = field(default_factory=dict, hash=False)
    # Filled while the PDF is built: the beginning of each text too long for its place, printed cut.
    shortened: list[str] = field(default_factory=list, hash=False, compare=False)
    # The plan as the privacy rule lets it out: the only snapshot an exporter's sections may read.
    plan: PlanSnapshot | None = field(default=None, hash=False, compare=False)


def candidate_reflections(snapshot: PlanSnapshot, milestone: MilestoneSnap | None) -> list[ReflectionSnap]:
    """Reflections since the previous milestone (from its day, inclusive) up to the milestone's day.

    Without a dated milestone, all of them. Empty ones (nothing written yet) are never printed.
    """
    written = [r for r in snapshot.reflections if not r.is_empty]
    if milestone is None or milestone.date is None:
        return written
    previous = snapshot.previous_milestone(milestone)
    found = []
    for r in written:
        if r.written_on > milestone.date:
            continue
        if previous is not None and previous.date is not None and r.written_on < previous.date:
            if r.milestone_id != previous.id:
                continue
        found.append(r)
    return found


MODULE_KINDS = ("opstart", "modul1", "modul2", "modul3")
AFRUNDING_PROMPTS = 2  # a module's reflection ends with the course's Afrunding: the last two prompts


def _afrunding_prompts() -> frozenset[str]:
    """The Afrunding prompts in both languages: an answer keeps the prompt it was written under."""
    found = set()
    for lang in ("da", "en"):
        content = load_content(lang)
        for kind in MODULE_KINDS:
            found.update(" ".join(p.split()) for p in content.prompts_for(kind)[-AFRUNDING_PROMPTS:])
    return frozenset(found)


def afrunding_answers(refl: ReflectionSnap) -> tuple[AnswerSnap, ...]:
    """The written answers to "Hvad tager jeg særligt med mig fra i dag?" and "Hvad skal jeg hjem og gøre?"."""
    prompts = _afrunding_prompts()
    return tuple(a for a in refl.answers if a.answer.strip() and " ".join(a.prompt.split()) in prompts)


def afrunding_reflection(snapshot: PlanSnapshot, milestone: MilestoneSnap | None) -> ReflectionSnap | None:
    """The reflection of the last module before `milestone` that answers its Afrunding.

    Always printed, even when written before the last TRIO meeting: at the module the teacher asks what
    the leader said she would go home and do, and this is where she said it. (A choice in the dialog would
    be one more tick to forget; privacy and the Refleksioner section still decide as for any reflection.)
    """
    module = snapshot.previous_module(milestone)
    if module is None:
        return None
    return next(
        (
            r
            for r in reversed(snapshot.reflections)
            if r.milestone_id == module.id and r.kind == "module" and afrunding_answers(r)
        ),
        None,
    )


def listed_reflections(snapshot: PlanSnapshot, milestone: MilestoneSnap | None) -> list[ReflectionSnap]:
    """The reflections the export dialog offers: those of the period, and the last module's Afrunding."""
    found = candidate_reflections(snapshot, milestone)
    extra = afrunding_reflection(snapshot, milestone)
    if extra is not None and extra.id not in {r.id for r in found}:
        found.insert(0, extra)
    return found


def candidate_trio_meetings(snapshot: PlanSnapshot, milestone: MilestoneSnap | None) -> list[MilestoneSnap]:
    """TRIO meetings held before the milestone that have notes, agreements or something to bring."""
    until = milestone.date if milestone is not None and milestone.date is not None else snapshot.taken_on
    found = []
    for m in snapshot.milestones:
        if not m.is_trio or m.date is None or (milestone is not None and m.id == milestone.id):
            continue
        if m.date > until:
            continue
        if m.notes.strip() or m.agreements or m.bring_to_next.strip():
            found.append(m)
    return found


def discussion_items(snapshot: PlanSnapshot, milestone: MilestoneSnap | None) -> list[DiscussionItem]:
    """The milestone's own discussion points, then what TRIO meetings since the last module bring to it."""
    if milestone is None:
        return []
    items = []
    if milestone.discussion_points.strip():
        items.append(DiscussionItem(milestone, milestone.discussion_points, from_trio=False))
    if milestone.is_module and milestone.date is not None:
        since = snapshot.previous_module(milestone)
        for m in snapshot.milestones:
            if not m.is_trio or m.date is None or not m.bring_to_next.strip() or m.date > milestone.date:
                continue
            if since is not None and since.date is not None and m.date < since.date:
                continue
            items.append(DiscussionItem(m, m.bring_to_next, from_trio=True))
    return items


def release_for(options: ExportOptions) -> Release:
    """The leader's choice as the privacy rule reads it: all at once, or the private entries ticked."""
    if options.include_private:
        return Release(everything=True)
    return Release(
        initiatives=options.initiative_ids or frozenset(),
        reflections=options.reflection_ids or frozenset(),
        observations=options.observation_ids,
        notes=options.notes_ids,
    )


def privacy_rule(snapshot: PlanSnapshot, options: ExportOptions) -> PrivacyRule:
    return rule_for(snapshot, release_for(options))


def _ticked(ids: frozenset[int] | None, entry_id: int) -> bool:
    """The dialog's tick (None: no ticks given, everything the rule lets out)."""
    return ids is None or entry_id in ids


def resolve(snapshot: PlanSnapshot, options: ExportOptions) -> ExportContents:
    """The exact entries the PDF will hold for these options."""
    today = options.today or snapshot.taken_on
    milestone = snapshot.milestone(options.milestone_id) if options.milestone_id is not None else None
    if milestone is None:
        milestone = snapshot.default_milestone(today)
    sections = tuple(s for s in SECTIONS if s in options.sections)
    rule = privacy_rule(snapshot, options)
    plan = released(snapshot, rule)
    # From here on only the released plan is read; the full snapshot only counts what stays home.
    milestone = plan.milestone(milestone.id) if milestone is not None else None
    left_out = included = 0

    shown = {i.id for i in plan.initiatives}
    initiatives = []
    for ini in snapshot.initiatives:
        if ini.id in shown and _ticked(options.initiative_ids, ini.id):
            initiatives.append(next(i for i in plan.initiatives if i.id == ini.id))
            included += ini.private
        else:
            left_out += ini.private
    shown = {r.id for r in plan.reflections}
    by_id = {r.id: r for r in plan.reflections}
    reflections = []
    for refl in candidate_reflections(snapshot, milestone):
        if "reflections" in sections and refl.id in shown and _ticked(options.reflection_ids, refl.id):
            reflections.append(by_id[refl.id])
            included += refl.private
        else:
            left_out += refl.private
    afrunding = None
    extra = afrunding_reflection(snapshot, milestone)
    if extra is not None and extra.id not in {r.id for r in candidate_reflections(snapshot, milestone)}:
        if "reflections" in sections and extra.id in shown and _ticked(options.reflection_ids, extra.id):
            afrunding = by_id[extra.id]
            included += extra.private
        else:
            left_out += extra.private
    trio = [m for m in candidate_trio_meetings(plan, milestone) if _ticked(options.trio_ids, m.id)]
    if "initiatives" not in sections and "overview" not in sections:
        initiatives = []
    # The private parts ticked one by one count as entries of their own, where what they hang under prints.
    printed = {i.id for i in initiatives}
    for ini, obs in private_observations(snapshot):
        if ini.id in printed:
            included += rule.observation(obs.id)
            left_out += not rule.observation(obs.id)
    if "trio" in sections:
        for m in candidate_trio_meetings(snapshot, milestone):
            if m.notes_private and m.notes.strip() and _ticked(options.trio_ids, m.id):
                included += rule.notes(m.id)
                left_out += not rule.notes(m.id)
    return ExportContents(
        milestone=milestone,
        previous=plan.previous_milestone(milestone),
        sections=sections,
        initiatives=tuple(initiatives),
        reflections=tuple(reflections),
        afrunding=afrunding,
        trio_meetings=tuple(trio) if "trio" in sections else (),
        discussion=tuple(discussion_items(plan, milestone)) if "discussion" in sections else (),
        made_on=today,
        private_left_out=left_out,
        private_included=included,
        # Only titles of initiatives that print: a reflection linked to a private one must not name it.
        initiative_titles={i.id: i.title for i in initiatives},
        plan=plan,
    )


def milestone_candidates(snapshot: PlanSnapshot, wanted: str) -> list[MilestoneSnap]:
    """The milestones `wanted` names: an id, a date ("2026-12-14", "14.12.2026"), a title (any case), or
    the unique beginning of one ("modul 2"). More than one means she must say which."""
    from handleplan.typed_dates import read_typed_date

    wanted = wanted.strip()
    if not wanted:
        return []
    if wanted.isdigit() and (found := snapshot.milestone(int(wanted))) is not None:
        return [found]
    when = read_typed_date(wanted, snapshot.taken_on) if any(c.isdigit() for c in wanted) else None
    if when is not None:
        dated = [m for m in snapshot.milestones if m.date == when]
        if dated:
            return dated
    key = wanted.casefold()
    matches = [m for m in snapshot.milestones if m.title.strip().casefold() == key]
    if not matches:
        starts = [m for m in snapshot.milestones if m.title.strip().casefold().startswith(key)]
        titles = {m.title.strip().casefold() for m in starts}
        matches = starts if len(titles) == 1 else []
    return matches


def match_milestone(snapshot: PlanSnapshot, wanted: str) -> MilestoneSnap | None:
    """The one milestone `wanted` names, or None when it names none or several."""
    found = milestone_candidates(snapshot, wanted)
    return found[0] if len(found) == 1 else None
