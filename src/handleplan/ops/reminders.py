"""A quiet word when a milestone is near ("TRIO-møde om 3 dage – eksportér din handleplan"), once each.

Read with plain sqlite3 like the Overblik (`ops.overview`), so the window can ask at start-up before the
ORM is loaded. Each reminder has a key of the milestone's id and date: once it has been shown it is not
shown again, unless the milestone moves to a new date. A leader wants to be reminded, not nagged.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from handleplan.store import connect, drivers

REMIND_WITHIN_DAYS = 3


class Reminder(NamedTuple):
    key: str  # "id:date": a milestone moved to another day reminds again
    milestone_id: int
    title: str
    day: date
    days: int  # 0 today, 1 tomorrow …


def milestone_reminder(
    db_path: Path, today: date, seen: Collection[str], within: int = REMIND_WITHIN_DAYS
) -> Reminder | None:
    """The nearest milestone from today to `within` days ahead not yet reminded of, or None."""
    if not Path(db_path).is_file():
        return None
    try:
        conn = connect.connect(db_path, read_only=True)
    except drivers.Error:
        return None
    try:
        rows = conn.execute(
            "SELECT id, title, date FROM milestone WHERE date >= ? AND date <= ? ORDER BY date, position, id",
            (today.isoformat(), (today + timedelta(days=within)).isoformat()),
        ).fetchall()
    except drivers.Error:  # a reminder never stands in the way of the plan (a file being upgraded, say)
        return None
    finally:
        conn.close()
    for milestone_id, title, day in rows:
        when = date.fromisoformat(day)
        key = f"{milestone_id}:{when.isoformat()}"
        if key not in seen:
            return Reminder(key, milestone_id, title, when, (when - today).days)
    return None
