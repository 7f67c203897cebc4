"""The leader's retention choice as the core gets it (months, passed in): never the newest good backup."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from handleplan.ops import initiatives as ops
from handleplan.store import Store
from handleplan.store.backups import list_backups, make_backup
from handleplan.store.retention import COURSE_PLUS_A_YEAR, NEVER, keep_for, rotate

NOW = datetime(2027, 6, 1, 12, 0)


def test_never_is_no_period_and_the_course_is_the_default(store: Store):
    assert keep_for(store.path, NEVER) is None
    assert keep_for(store.path, COURSE_PLUS_A_YEAR) == timedelta(days=730)  # no milestones dated
    assert keep_for(store.path, 6) == timedelta(days=183)


def test_the_newest_good_backup_stays_even_when_every_backup_is_older_than_the_period(
    store: Store, data_dir: Path
):
    ops.create_initiative(store, "Trivselsmåling")
    made = [make_backup(store.path, "automatic", now=NOW - timedelta(days=d)) for d in (400, 300, 250)]
    deleted = rotate(data_dir, now=NOW, keep_for=keep_for(store.path, 6))
    assert sorted(deleted) == made[:2]
    assert [b.path for b in list_backups(data_dir)] == [made[2]]
    assert rotate(data_dir, now=NOW + timedelta(days=3000), keep_for=keep_for(store.path, 6)) == []
