"""Which backups to keep: a few recent ones, then one a day, a week, a month – and none past the period
the leader chose to keep them.

Rotation as Anki does it (12 daily, 10 weekly, 9 monthly, plus the last few): enough to go back to last
Tuesday or to before the summer, without a backup every half hour for a year filling the disk. Two things
are never deleted: the newest backup that passes `integrity_check` (the one a damaged store would be
restored from), and – while the store itself is damaged – anything at all, since the backups may be all
that is left of the plan.

The retention period is the privacy side ("deleting deletes", issue 12.6): a backup is the plan too, so
one older than the period is deleted even if rotation would keep it. The default is the forløb's length
(first to last milestone) plus a year; the leader can choose another number of months, or never
(Indstillinger › Fortrolighed, passed in by the app as `months`: the core reads no settings).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from handleplan.store import connect, drivers
from handleplan.store.backups import Backup, is_good, list_backups

A_YEAR = timedelta(days=365)
# Without milestone dates to measure the forløb by: a course year, plus the year after it.
NO_DATES_PERIOD = 2 * A_YEAR
# What the leader's choice "the forløb plus a year" and "never" are as a number of months.
COURSE_PLUS_A_YEAR = 0
NEVER = -1


@dataclass(frozen=True)
class Rotation:
    recent: int = 5
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


ANKI = Rotation()


def to_delete(
    backups: list[Backup],
    now: datetime,
    keep_for: timedelta | None,
    newest_good: Path | None,
    rotation: Rotation = ANKI,
) -> list[Backup]:
    """The backups rotation and the period let go, from `backups` (any order). Pure: nothing is read."""
    newest_first = sorted(backups, key=lambda b: b.order, reverse=True)
    days: set[object] = set()
    weeks: set[object] = set()
    months: set[object] = set()
    kept_days = kept_weeks = kept_months = 0
    drop = []
    for index, backup in enumerate(newest_first):
        day = backup.made.date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        if index < rotation.recent:
            keep = True
        elif day not in days and kept_days < rotation.daily:
            keep, kept_days = True, kept_days + 1
        elif week not in weeks and kept_weeks < rotation.weekly:
            keep, kept_weeks = True, kept_weeks + 1
        elif month not in months and kept_months < rotation.monthly:
            keep, kept_months = True, kept_months + 1
        else:
            keep = False
        if keep:
            # What a kept backup covers is not given another slot: the weekly ones reach further back.
            days.add(day)
            weeks.add(week)
            months.add(month)
        if keep_for is not None and backup.made < now - keep_for:
            keep = False
        if not keep and backup.path != newest_good:
            drop.append(backup)
    return drop


def rotate(
    data_dir: Path,
    now: datetime | None = None,
    keep_for: timedelta | None = None,
    store_damaged: bool = False,
    rotation: Rotation = ANKI,
) -> list[Path]:
    """Delete what `to_delete` lets go in `data_dir/backups`; returns the deleted files. Nothing is
    deleted while the store is damaged."""
    if store_damaged:
        return []
    backups = list_backups(data_dir)
    newest_good = next((b.path for b in backups if is_good(b.path)), None)
    deleted = []
    for backup in to_delete(backups, now or datetime.now(), keep_for, newest_good, rotation):
        with contextlib.suppress(FileNotFoundError):  # another rotation got there first
            backup.path.unlink()
            deleted.append(backup.path)
    return deleted


def course_period(db_path: Path) -> timedelta:
    """The default retention period: from the forløb's first milestone to its last, plus a year."""
    try:
        conn = connect.connect(db_path, read_only=True)
        try:
            first, last = conn.execute(
                "SELECT min(date), max(date) FROM milestone WHERE date IS NOT NULL"
            ).fetchone()
        finally:
            conn.close()
    except drivers.Error:
        return NO_DATES_PERIOD
    if not first or not last:
        return NO_DATES_PERIOD
    try:
        length = datetime.fromisoformat(str(last)) - datetime.fromisoformat(str(first))
    except ValueError:
        return NO_DATES_PERIOD
    return length + A_YEAR


def keep_for(db_path: Path, months: int) -> timedelta | None:
    """The period backups are kept: the `months` the leader chose, the forløb's length plus a year
    (`COURSE_PLUS_A_YEAR`), or None for `NEVER` – then rotation alone decides."""
    if months == NEVER:
        return None
    if months > 0:
        return timedelta(days=round(months * 30.44))
    return course_period(db_path)
