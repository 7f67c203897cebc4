"""A task's "Hvornår" names a real date when it can: kept in step on every edit, filled by the migration
for older files, and read by the Overblik's "Opgaver de næste 14 dage"."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from test_migrations import insert_row, stamp_at

from handleplan import fields
from handleplan.models import CycleTask
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import EDITABLE, edit
from handleplan.ops.overview import load_overview
from handleplan.store import DB_NAME, Store, search_index

TODAY = date.today()


def test_the_date_follows_the_text_on_every_edit(store: Store):
    initiative = ops.create_initiative(store, "Trivselssnak")
    task = ops.add_task(store, initiative.cycles[0], "Book lokale", when="4.11.2026")
    assert task.due == date(2026, 11, 4)
    edit(store, task, when="i morgen")
    assert task.due == TODAY + timedelta(days=1)
    edit(store, task, when="uge 3")  # a free text stays possible: it names no day
    assert (task.when, task.due) == ("uge 3", None)
    edit(store, task, when="4. nov. 2027")
    assert task.due == date(2027, 11, 4)
    edit(store, task, what="Book det store lokale")  # another field leaves the date alone
    assert task.due == date(2027, 11, 4)
    edit(store, task, when="")
    assert task.due is None


def test_the_date_is_declared_once_and_never_typed_itself(store: Store):
    declared = fields.field("cycle_task", "due")
    assert declared.kind == "date" and declared.derived_from == "when"
    assert fields.derived("cycle_task") == {"when": "due"}
    assert "due" not in EDITABLE[CycleTask] and "when" in EDITABLE[CycleTask]


def test_a_next_cycle_takes_an_open_task_with_its_date(store: Store):
    initiative = ops.create_initiative(store, "Trivselssnak")
    ops.add_task(store, initiative.cycles[0], "Book lokale", when="4/11/2026")
    second = ops.start_next_cycle(store, initiative)
    assert [(t.when, t.due) for t in second.tasks] == [("4/11/2026", date(2026, 11, 4))]


def test_the_migration_reads_the_dates_of_older_rows_as_of_the_day_they_were_written(data_dir: Path):
    path = data_dir / DB_NAME
    stamp_at(path, "0004")
    conn = sqlite3.connect(path)
    conn.create_function("hp_fold", 1, search_index.fold, deterministic=True)  # the search triggers
    try:
        initiative = insert_row(conn, "initiative")
        cycle = insert_row(conn, "cycle", initiative_id=initiative)
        written = {  # when_text: updated_at
            "4/11": "2026-10-20 09:00:00.000000",  # no year: this year's, seen from 20 October
            "i morgen": "2026-01-05 08:00:00.000000",
            "uge 3": "2026-01-05 08:00:00.000000",
            "3. februar 2027": "2026-01-05 08:00:00.000000",
        }
        for position, (when, updated) in enumerate(written.items()):
            insert_row(
                conn, "cycle_task", cycle_id=cycle, position=position, when_text=when, updated_at=updated
            )
        conn.commit()
    finally:
        conn.close()
    store = Store.open(data_dir)
    try:
        tasks = ops.initiatives(store)[0].cycles[0].tasks
        assert [(t.when, t.due) for t in tasks] == [
            ("4/11", date(2026, 11, 4)),
            ("i morgen", date(2026, 1, 6)),
            ("uge 3", None),
            ("3. februar 2027", date(2027, 2, 3)),
        ]
    finally:
        store.close()


def test_dated_open_tasks_of_the_current_cycle_reach_the_overblik(store: Store):
    initiative = ops.create_initiative(store, "Trivselssnak")
    first = initiative.cycles[0]
    soon = ops.add_task(store, first, "Book lokale", "Mette", when="i morgen")
    ops.add_task(store, first, "Senere", when=(TODAY + timedelta(days=40)).isoformat())
    ops.add_task(store, first, "Uden dato", when="uge 3")
    done = ops.add_task(store, first, "Klaret", when="i dag")
    edit(store, done, done=True)
    data = load_overview(store.path, TODAY)
    assert [(t.id, t.what, t.who, t.due, t.cycle_id) for t in data.due_tasks] == [
        (soon.id, "Book lokale", "Mette", TODAY + timedelta(days=1), first.id)
    ]
    # The next cycle takes the open task along: it shows once, from the cycle it now belongs to.
    second = ops.start_next_cycle(store, initiative)
    data = load_overview(store.path, TODAY)
    assert [(t.what, t.cycle_id) for t in data.due_tasks] == [("Book lokale", second.id)]


def test_a_private_initiatives_task_reaches_the_overblik_without_its_text(store: Store):
    secret = ops.create_initiative(store, "Støtte til en medarbejder", private=True)
    ops.add_task(store, secret.cycles[0], "Ring til LISE-HEMMELIG", "Mette", when="i dag")
    [row] = load_overview(store.path, TODAY).due_tasks
    assert row.private and row.initiative_title == secret.title and (row.what, row.who) == ("", "")


def test_a_portable_file_from_before_the_dates_gets_them_on_import(store: Store, tmp_path: Path):
    from portable_files import build, parts

    from handleplan.portable import export_portable, import_portable

    initiative = ops.create_initiative(store, "Trivselssnak")
    ops.add_task(store, initiative.cycles[0], "Book lokale", when="4.11.2026")
    ops.add_task(store, initiative.cycles[0], "Senere", when="uge 3")
    exported = export_portable(store, tmp_path / "plan.handleplan").path
    manifest, data = parts(exported)
    for row in data["tables"]["cycle_task"]:
        del row["due"]  # as a file written at revision 0004 has them
    older = build(tmp_path / "older.handleplan", {**manifest, "schema_revision": "0004"}, data)
    other = Store.open(tmp_path / "other")
    try:
        import_portable(other, older)
        tasks = ops.initiatives(other)[0].cycles[0].tasks
        assert [(t.when, t.due) for t in tasks] == [("4.11.2026", date(2026, 11, 4)), ("uge 3", None)]
    finally:
        other.close()
