"""The forløb's milestones and the plan's due dates as an iCalendar file (RFC 5545) for Outlook or Google.

Written by hand – the format is small: CRLF line ends, lines folded at 75 octets, TEXT escaped. Every
event is a whole day: a milestone keeps only its date (no time), and a task's "Hvornår" or an IGLO
deadline names a day. With no time of day in the file there is nothing to say in a time zone; a calendar
shows a whole-day event on that day wherever it is opened (the stamps are UTC, as the standard asks).

Each event's UID is made from the record's kind and id, and SEQUENCE rises with every export, so importing
a newer file updates the events of the last one instead of adding them again. What goes in is only what
`privacy.released(snapshot, rule)` lets out: a private initiative's tasks and roles stay home unless
released, exactly as for the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from handleplan import __version__
from handleplan.export.calendar_words import CALENDAR_WORDS
from handleplan.export.snapshot import PlanSnapshot
from handleplan.privacy import ON_SCREEN, Release, released, rule_for
from handleplan.say import norm_lang, say
from handleplan.store.files import atomic_write

LINE_OCTETS = 75
# SEQUENCE counts minutes from here: a later export always carries a higher number.
SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    description: str = ""
    location: str = ""
    busy: bool = True  # a meeting takes the day's time; a deadline is only a mark on it


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    events: int
    private_left_out: int


def calendar_events(plan: PlanSnapshot, lang: str) -> list[CalendarEvent]:
    """The events of an already released plan: dated milestones, open dated tasks of each initiative's
    current cycle (a next cycle takes the open ones along), open IGLO roles and TRIO agreements with a
    deadline. By day, milestones first."""
    from handleplan.content import load_content

    def cal(code: str, **values: object) -> str:
        return say(CALENDAR_WORDS, code, lang, **values)

    levels = load_content(lang).levels
    events: list[tuple[date, int, CalendarEvent]] = []
    for m in plan.milestones:
        if m.date is not None:
            note = cal("milestone_note")
            events.append((m.date, 0, CalendarEvent(_uid("milestone", m.id), m.date, m.title, note, m.place)))
    titles = {i.id: i.title for i in plan.initiatives}
    for initiative in plan.initiatives:
        cycle = initiative.current_cycle
        for task in cycle.tasks if cycle is not None else ():
            if task.due is None or task.done:
                continue
            what = " ".join(task.what.split())
            lines = [cal("initiative", title=initiative.title)]
            lines += [cal("who", who=task.who)] if task.who else []
            lines += [cal("when", when=task.when)] if task.when else []
            summary = cal("task_summary", what=what) if what else cal("task_unnamed")
            event = CalendarEvent(
                _uid("task", task.id), task.due, summary, "\n".join(lines), task.where, False
            )
            events.append((task.due, 1, event))
    roles = {r.id: r for i in plan.initiatives for r in i.roles}
    roles.update({r.id: r for m in plan.milestones for r in m.agreements if r.id not in roles})
    for role in roles.values():
        if role.due is None or role.done:
            continue
        what = " ".join(role.what.split())
        level = levels[role.level].title if role.level in levels else role.level
        lines = [cal("level", level=level)] + ([cal("who", who=role.who)] if role.who else [])
        if role.initiative_id in titles:
            lines.append(cal("initiative", title=titles[role.initiative_id]))
        meeting = plan.milestone(role.milestone_id)
        if meeting is not None:
            lines.append(cal("agreed_at", title=meeting.title))
        summary = cal("role_summary", what=what) if what else cal("role_unnamed")
        events.append(
            (
                role.due,
                2,
                CalendarEvent(_uid("role", role.id), role.due, summary, "\n".join(lines), "", False),
            )
        )
    events.sort(key=lambda e: (e[0], e[1]))
    return [event for _day, _order, event in events]


def _uid(kind: str, record_id: int) -> str:
    return f"handleplan-{kind}-{record_id}@handleplan"


def ics_text(events: list[CalendarEvent], name: str, made_at: datetime, lang: str) -> str:
    """The calendar as RFC 5545 text (CRLF line ends included)."""
    stamp = made_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    sequence = max(0, int((made_at - SEQUENCE_EPOCH).total_seconds() // 60))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Handleplan//Handleplan {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape(event.location)}")
        lines += [f"TRANSP:{'OPAQUE' if event.busy else 'TRANSPARENT'}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def escape(text: str) -> str:
    """TEXT as RFC 5545 §3.3.11 wants it: backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets go on in continuation lines that start with a space (§3.1), never
    inside a character's UTF-8 bytes."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        room = LINE_OCTETS if not parts else LINE_OCTETS - 1  # a continuation's leading space counts
        if size + octets > room:
            parts.append(current)
            current, size = "", 0
        current += char
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def write_ics(
    snapshot: PlanSnapshot,
    out: Path,
    lang: str,
    release: Release = ON_SCREEN,
    made_at: datetime | None = None,
) -> CalendarResult:
    """Write the calendar file at `out` (0600, whole or not at all) from what the privacy rule releases."""
    lang = norm_lang(lang)
    rule = rule_for(snapshot, release)
    plan = released(snapshot, rule)
    events = calendar_events(plan, lang)
    name = snapshot.profile.name.strip()
    title = (
        say(CALENDAR_WORDS, "calendar_name", lang, name=name)
        if name
        else say(CALENDAR_WORDS, "calendar_name_plain", lang)
    )
    text = ics_text(events, title, made_at or datetime.now(UTC), lang)
    out = Path(out)
    with atomic_write(out) as handle:
        handle.write(text.encode("utf-8"))
    left_out = sum(1 for i in snapshot.initiatives if i.private and not rule.initiative(i.id))
    return CalendarResult(out, len(events), left_out)
