"""The calendar file's own words in Danish and English (titles and places come from the plan)."""

from __future__ import annotations

from handleplan.say import Catalog

CALENDAR_WORDS: Catalog = {
    "calendar_name": {"da": "Handleplan – {name}", "en": "Action plan – {name}"},
    "calendar_name_plain": {"da": "Handleplan", "en": "Action plan"},
    "milestone_note": {
        "da": "Fra din Handleplan. Husk at eksportere din handleplan som PDF til mødet.",
        "en": "From your action plan. Remember to export your action plan as a PDF for the meeting.",
    },
    "task_summary": {"da": "Opgave: {what}", "en": "Task: {what}"},
    "task_unnamed": {"da": "Opgave", "en": "Task"},
    "role_summary": {"da": "Frist: {what}", "en": "Due: {what}"},
    "role_unnamed": {"da": "Frist", "en": "Due"},
    "initiative": {"da": "Tiltag: {title}", "en": "Initiative: {title}"},
    "who": {"da": "Hvem: {who}", "en": "Who: {who}"},
    "when": {"da": "Hvornår: {when}", "en": "When: {when}"},
    "where": {"da": "Hvor: {where}", "en": "Where: {where}"},
    "level": {"da": "IGLO-niveau: {level}", "en": "IGLO level: {level}"},
    "agreed_at": {"da": "Aftalt på {title}", "en": "Agreed at {title}"},
}
