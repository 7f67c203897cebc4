"""Deleting deletes: 100 random markers written through the ops into every kind of text entry, then the
entries deleted through the ops; a byte search of the store, its -wal and the logs finds none of them.

The folder is searched whole (every file in it), so a new file the app starts writing is searched too.
"""

from __future__ import annotations

import logging
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

from handleplan import fields
from handleplan.ops import iglo, initiatives, measurements, people, reflections, timeline, undo
from handleplan.ops.edit import edit
from handleplan.store import Store
from handleplan.ui.app import setup_logging

ROUNDS, PER_ROUND = 5, 20


def _writable(table: str) -> list[str]:
    return [f.name for f in fields.of(table) if f.kind in ("text", "line") and not f.derived_from]


def _one_of_each(store: Store, n: int) -> tuple[list[tuple[object, str]], list[object], list[str]]:
    """One entry of every kind; returns (slots to write into, roots to delete, markers already written)."""
    ini = initiatives.create_initiative(store, f"Tiltag {n}")
    cycle = ini.cycles[0]
    question = initiatives.add_question(store, cycle)
    task = initiatives.add_task(store, cycle)
    observation = initiatives.add_observation(store, cycle)
    meeting = timeline.add_milestone(store, "trio", f"TRIO-møde {n}", date(2026, 11, 1))
    member = people.add_trio_member(store, f"Medlem {n}")
    role = iglo.assign(store, "individ", "", initiative=ini)
    agreement = iglo.assign(store, "gruppe", "", milestone=meeting)
    reflection = reflections.write_reflection(store, meeting, title="")
    # A measurement is saved whole, so its words go in as it is made.
    written = [_marker(), _marker()]
    measurements.add_measurement(
        store, cycle, "count", "baseline", {"count": 3, "total": 8}, label=written[0], note=written[1]
    )
    records = [ini, cycle, question, task, observation, meeting, member, role, agreement, reflection]
    records += list(reflection.answers[:1])
    slots = [(r, name) for r in records for name in _writable(r.__tablename__)]
    # The agreement hangs under the meeting by SET NULL: deleting the meeting would leave it, so it goes first.
    return slots, [agreement, ini, meeting, member, reflection], written


_random = random.Random()


def _marker() -> str:
    # Lower case: the search index keeps a folded copy, and it must not hide behind a case change.
    return "mrk" + "".join(_random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_deleted_notes_leave_no_readable_trace(data_dir: Path):
    setup_logging(data_dir)
    handler = logging.getLogger().handlers[-1]
    store = Store.open(data_dir)
    markers: list[str] = []
    try:
        for n in range(ROUNDS):
            slots, roots, written = _one_of_each(store, n)
            markers += written
            # Every kind gets one, then the rest fall where they fall (an overwritten note must go too).
            first = list({r.__tablename__: (r, name) for r, name in reversed(slots)}.values())
            rest = [_random.choice(slots) for _ in range(PER_ROUND - len(written) - len(first))]
            for record, name in first + rest:
                marker = _marker()
                markers.append(marker)
                assert edit(store, record, **{name: f"Note om Kim: {marker} – hun var presset"})
            for root in roots:
                undo.delete_record(store, root, "slet")
        logging.getLogger("handleplan").info("the canary deleted %d entries", ROUNDS * 5)
        handler.flush()
        wal = data_dir / "handleplan.db-wal"
        searched = _files(data_dir)
        assert data_dir / "handleplan.db" in searched
        assert any(p.suffix == ".log" for p in searched)
        found = {
            str(p.relative_to(data_dir)): [m for m in markers if m.encode() in p.read_bytes()]
            for p in searched
        }
        assert len(markers) >= 100 and len(set(markers)) == len(markers)
        assert not any(found.values()), f"deleted text still readable: {found}; -wal exists: {wal.exists()}"
    finally:
        store.close()
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_the_markers_are_there_before_the_delete(data_dir: Path):
    """The search above would find a marker: written through the ops, it lies in the store's files."""
    store = Store.open(data_dir)
    try:
        slots, _roots, _written = _one_of_each(store, 0)
        marker = _marker()
        record, name = next((r, n) for r, n in slots if r.__tablename__ == "observation")
        edit(store, record, **{name: marker})
        assert any(marker.encode() in p.read_bytes() for p in _files(data_dir))
    finally:
        store.close()


CRASH = """
import os, sys
from pathlib import Path
from handleplan.ops import initiatives
from handleplan.store import Store
store = Store.open(Path(sys.argv[1]))
initiatives.create_initiative(store, "efter et nedbrud")
os._exit(9)  # no close, no checkpoint: the -wal stays, as after a crash
"""


def test_after_a_crash_the_wal_is_folded_in_at_the_next_start(data_dir: Path):
    Store.open(data_dir).close()
    subprocess.run([sys.executable, "-c", CRASH, str(data_dir)], check=False, timeout=120)
    wal = data_dir / "handleplan.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    store = Store.open(data_dir)
    try:
        assert not wal.exists() or wal.stat().st_size == 0
        assert [i.title for i in initiatives.initiatives(store)] == ["efter et nedbrud"]
    finally:
        store.close()


def test_after_the_retention_window_no_backup_holds_deleted_text(data_dir: Path):
    """Backups keep what was deleted since, for as long as the leader chose (store/retention.py); after
    that window the rotation removes them, and the byte search of the whole folder finds no marker."""
    from datetime import datetime, timedelta

    from handleplan.store.backups import list_backups, make_backup
    from handleplan.store.retention import rotate

    store = Store.open(data_dir)
    markers: list[str] = []
    try:
        slots, roots, written = _one_of_each(store, 0)
        markers += written
        for record, name in list({r.__tablename__: (r, n) for r, n in slots}.values()):
            marker = _marker()
            markers.append(marker)
            edit(store, record, **{name: f"Note om Kim: {marker}"})
        made = datetime(2026, 9, 1, 12, 0)
        make_backup(store.path, "automatic", now=made)  # holds every marker
        for root in roots:
            undo.delete_record(store, root, "slet")
        make_backup(store.path, "exit", now=made + timedelta(days=1))  # the plan after the delete
    finally:
        store.close()
    period = timedelta(days=180)

    def readable() -> list[str]:
        return [m for m in markers if any(m.encode() in p.read_bytes() for p in _files(data_dir))]

    rotate(data_dir, now=made + timedelta(days=30), keep_for=period)
    assert readable(), "inside the window the old backup still holds the deleted notes, as it should"
    rotate(data_dir, now=made + period + timedelta(days=2), keep_for=period)
    assert [b.reason for b in list_backups(data_dir)] == ["exit"]  # the newest good one is never removed
    assert readable() == []
