"""Dates as a leader types them: "4.11.2026", "4/11", "4-11-26", "4. nov. 2026", "i morgen", "tirsdag".

Read the Danish way, day before month, in both languages (English adds "tomorrow", "4 Nov 2026"). A
date without a year is the next such day from today, or today's year when it is at most a month back:
a leader typing "4/11" on 20 November most likely means the meeting just held, in December next year's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "january", "jan"),
        ("februar", "february", "feb"),
        ("marts", "march", "mar"),
        ("april", "apr"),
        ("maj", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("mandag", "monday", "man", "mon"),
        ("tirsdag", "tuesday", "tirs", "tue"),
        ("onsdag", "wednesday", "ons", "wed"),
        ("torsdag", "thursday", "tors", "thu"),
        ("fredag", "friday", "fre", "fri"),
        ("lørdag", "saturday", "lør", "sat"),
        ("søndag", "sunday", "søn", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _number

RELATIVE = {
    "i dag": 0,
    "idag": 0,
    "today": 0,
    "i morgen": 1,
    "imorgen": 1,
    "tomorrow": 1,
    "i overmorgen": 2,
    "i går": -1,
    "igår": -1,
    "yesterday": -1,
}

NUMERIC = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{2}|\d{4}))?\.?$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
WORDED = re.compile(r"^(\d{1,2})\.?\s*([a-zæøå]+)\.?,?\s*(\d{2}|\d{4})?$")
ENGLISH = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$")


def read_typed_date(text: str, today: date | None = None) -> date | None:
    """The date `text` names, or None when it names none (a half-typed or impossible date)."""
    today = today or date.today()
    typed = " ".join(text.casefold().split())
    if not typed:
        return None
    if typed in RELATIVE:
        return today + timedelta(days=RELATIVE[typed])
    weekday = typed.removeprefix("på ").removeprefix("next ").removeprefix("næste ")
    if weekday in WEEKDAYS:  # the next such day, a week on when it is today
        ahead = (WEEKDAYS[weekday] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if match := ISO.match(typed):
        return _make(int(match[3]), int(match[2]), int(match[1]), today)
    if match := NUMERIC.match(typed):
        return _make(int(match[1]), int(match[2]), _year(match[3]), today)
    if (match := WORDED.match(typed)) and match[2] in MONTHS:
        return _make(int(match[1]), MONTHS[match[2]], _year(match[3]), today)
    if (match := ENGLISH.match(typed)) and match[1] in MONTHS:
        return _make(int(match[2]), MONTHS[match[1]], _year(match[3]), today)
    return None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(day: int, month: int, year: int | None, today: date) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        this_year = date(today.year, month, day)
    except ValueError:
        if year is None and month == 2 and day == 29:  # the next leap year's
            following = next(y for y in range(today.year, today.year + 8) if _leap(y))
            return date(following, 2, 29)
        return None
    if this_year >= today - timedelta(days=31):
        return this_year
    # More than a month back is next year's: a plan looks ahead (29 February to the next leap year's).
    return _make(day, month, None, today.replace(year=today.year + 1, month=1, day=1))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
