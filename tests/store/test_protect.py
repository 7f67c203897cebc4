"""Beskyt med adgangskode: the store and its backups encrypted with SQLCipher.

With protection on, no marker written through the ops and no plain SQLite header is found in the store,
its -wal or any backup while they exist; a wrong passphrase opens nothing; on → off → on → change keeps
every row; a kill in the middle of turning protection on leaves a whole plan.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from handleplan import fields
from handleplan.demo.fill import fill_demo
from handleplan.errors import StoreDamagedError
from handleplan.ops import initiatives
from handleplan.ops.edit import edit
from handleplan.ops.overview import load_overview
from handleplan.store import Store, connect, drivers, protect
from handleplan.store.backups import list_backups, make_backup, restore
from handleplan.store.health import damage
from handleplan.store.schema import DB_NAME

PASS = "Tryg hverdag 2026"
_random = random.Random()


@pytest.fixture(autouse=True)
def _no_key_left():
    """A key held by one test must not open another test's file."""
    connect.forget()
    yield
    connect.forget()


def _writable(table: str) -> list[str]:
    return [f.name for f in fields.of(table) if f.kind in ("text", "line") and not f.derived_from]


def _marker() -> str:
    return "mrk" + "".join(_random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order (FTS5's own tables included)."""
    conn = connect.connect(db, read_only=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    finally:
        conn.close()


def _plan(data_dir: Path) -> None:
    store = Store.open(data_dir)
    try:
        fill_demo(store, "da")
    finally:
        store.close()


def _everything(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file() and p.name != "handleplan.running"]


def test_with_protection_on_no_marker_and_no_plain_header_in_store_wal_or_backups(data_dir: Path):
    _plan(data_dir)
    make_backup(data_dir / DB_NAME, "manual")  # a plain backup from before: it must not stay plain
    protect.turn_on(data_dir, PASS)
    markers = []
    store = Store.open(data_dir)
    try:
        for n in range(10):
            ini = initiatives.create_initiative(store, f"Tiltag {n}")
            cycle = ini.cycles[0]
            slots = [(r, f) for r in (ini, cycle) for f in _writable(r.__tablename__)]
            for record, name in [(ini, "title")] + [_random.choice(slots) for _ in range(9)]:
                marker = _marker()
                markers.append(marker)
                assert edit(store, record, **{name: f"Note om Kim: {marker}"})
        wal = data_dir / (DB_NAME + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # searched while it holds the session's pages
        make_backup(data_dir / DB_NAME, "manual")
        _assert_nothing_readable(data_dir, markers, expect_wal=True)
    finally:
        store.close()
    assert len(markers) == 100
    _assert_nothing_readable(data_dir, markers, expect_wal=False)
    # and the plan is all there, through the one way in
    store = Store.open(data_dir)
    try:
        titles = {i.title for i in initiatives.initiatives(store)}
        assert sum(m in t for t in titles for m in markers) == 10
    finally:
        store.close()


def _assert_nothing_readable(data_dir: Path, markers: list[str], expect_wal: bool) -> None:
    files = _everything(data_dir)
    names = [p.name for p in files]
    assert DB_NAME in names
    if expect_wal:
        assert DB_NAME + "-wal" in names
    backups = list_backups(data_dir)
    assert len(backups) >= 3  # the plain one from before, before-protection, and the one made now
    for path in files:
        data = path.read_bytes()
        assert b"SQLite format 3" not in data, path.name
        assert not [m for m in markers if m.encode() in data], path.name
    for backup in backups:
        assert connect.is_protected(backup.path)
        assert connect.key_for(backup.path) is not None  # the store's key opens it


def test_a_wrong_passphrase_opens_nothing_and_changes_nothing(data_dir: Path):
    _plan(data_dir)
    protect.turn_on(data_dir, PASS)
    db = data_dir / DB_NAME
    connect.forget()  # a new process: nothing held
    before = {p: p.read_bytes() for p in _everything(data_dir)}
    assert connect.unlock(db, "Tryg hverdag 2025") is None
    assert connect.unlock(db, "") is None
    with pytest.raises(StoreDamagedError):
        Store.open(data_dir)
    with pytest.raises(drivers.DatabaseError):  # plain sqlite3 meets no database there
        load_overview(db)
    assert {p: p.read_bytes() for p in _everything(data_dir)} == before
    assert connect.unlock(db, PASS) is not None
    assert load_overview(db).profile.name  # the first paint's read, with the key held
    assert damage(db) is None and damage(db, full=True) is None


def test_the_file_opens_with_the_passphrase_in_any_sqlcipher_4(data_dir: Path):
    """The key is SQLCipher's own derivation: the passphrase alone opens it, no Handleplan needed."""
    _plan(data_dir)
    protect.turn_on(data_dir, PASS)
    conn = connect.sqlcipher().connect(str(data_dir / DB_NAME))
    try:
        conn.execute(f"PRAGMA key = '{PASS}'")
        assert conn.execute("SELECT count(*) FROM initiative").fetchone()[0] > 0
    finally:
        conn.close()


def test_on_off_on_and_a_new_passphrase_keep_every_row(data_dir: Path):
    _plan(data_dir)
    db = data_dir / DB_NAME
    plain = _rows(db)
    assert plain["initiative"] and plain["reflection"]
    first = protect.turn_on(data_dir, PASS)
    assert connect.header(db) == first.salt and _rows(db) == plain
    protect.turn_off(data_dir)
    assert connect.header(db) == connect.HEADER and _rows(db) == plain
    assert all(connect.header(b.path) == connect.HEADER for b in list_backups(data_dir))
    protect.turn_on(data_dir, PASS)
    second = protect.change(data_dir, "Et nyt kodeord")
    assert connect.header(db) == second.salt and _rows(db) == plain
    assert all(connect.header(b.path) == second.salt for b in list_backups(data_dir))
    assert (db.stat().st_mode & 0o777) == 0o600
    assert all((b.path.stat().st_mode & 0o777) == 0o600 for b in list_backups(data_dir))
    assert not list(data_dir.rglob(f"{protect.TMP_PREFIX}*"))  # no temporary copy left behind
    connect.forget()
    assert connect.unlock(db, PASS) is None  # the old passphrase opens nothing any more
    assert connect.unlock(db, "Et nyt kodeord") is not None
    # and the store works as before: search (FTS5 and its triggers) included
    store = Store.open(data_dir)
    try:
        ini = initiatives.create_initiative(store, "Pauser med kollegerne")
        assert ini.id and store.check().healthy
    finally:
        store.close()


def test_a_backup_of_a_protected_store_restores_protected(data_dir: Path):
    _plan(data_dir)
    key = protect.turn_on(data_dir, PASS)
    db = data_dir / DB_NAME
    backup = make_backup(db, "manual")
    before = _rows(db)
    store = Store.open(data_dir)
    initiatives.create_initiative(store, "Efter kopien")
    store.close()
    restore(backup, data_dir)
    assert connect.header(db) == key.salt and _rows(db) == before


def test_a_plain_backup_restored_into_a_protected_store_replaces_it_whole(data_dir: Path):
    """A backup made before protection (and not re-keyed: another copy's) comes back as it was."""
    _plan(data_dir)
    db = data_dir / DB_NAME
    outside = make_backup(db, "manual", folder=data_dir.parent / "elsewhere")
    plain = _rows(db)
    protect.turn_on(data_dir, PASS)
    restore(outside, data_dir)
    assert connect.header(db) == connect.HEADER and _rows(db) == plain
    assert not (data_dir / (DB_NAME + "-wal")).exists() or (data_dir / (DB_NAME + "-wal")).stat().st_size == 0


KILLED = """
import sys
from pathlib import Path
from handleplan.store import protect
print("go", flush=True)
protect.turn_on(Path(sys.argv[1]), sys.argv[2])
print("done", flush=True)
"""


def test_a_kill_while_turning_protection_on_leaves_a_whole_plan(data_dir: Path):
    _plan(data_dir)
    store = Store.open(data_dir)
    for n in range(300):  # a plan of some size, so a kill lands inside the copy
        initiatives.create_initiative(store, f"Tiltag nummer {n} med en længere titel")
    store.close()
    db = data_dir / DB_NAME
    plain = _rows(db)
    outcomes = []
    took = None
    for fraction in (None, 0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED, str(data_dir), PASS], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "go"
        if fraction is None:  # the first round runs to its end: how long a whole change takes here
            started = time.monotonic()
            assert proc.stdout.readline().strip() == "done"
            took = time.monotonic() - started
        else:
            time.sleep(fraction * took)
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        connect.forget()
        if connect.is_protected(db):
            assert connect.unlock(db, PASS) is not None
            outcomes.append("protected")
            protect.tidy(data_dir)  # what the start does after the unlock
            assert all(connect.header(b.path) == connect.header(db) for b in list_backups(data_dir))
        else:
            outcomes.append("plain")
        assert _rows(db) == plain
        assert damage(db, full=True) is None
        store = Store.open(data_dir)  # the app's way in still works, leftovers and all
        store.close()
        if connect.is_protected(db):
            protect.turn_off(data_dir)  # back to the start for the next round
        else:
            protect.remove_leftovers(data_dir)  # what the next change does first
        assert _rows(db) == plain
        assert not list(data_dir.rglob(f"{protect.TMP_PREFIX}*"))
    print("kills while turning protection on:", outcomes, f"a whole change took {took:.2f} s")
    assert outcomes[0] == "protected" and "plain" in outcomes


def test_what_is_saved_of_a_damaged_protected_plan_stays_protected(data_dir: Path):
    from handleplan.store.recovery import move_aside
    from handleplan.store.salvage import salvage

    _plan(data_dir)
    key = protect.turn_on(data_dir, PASS)
    db = data_dir / DB_NAME
    titles = _rows(db)["initiative"]
    damaged = move_aside(data_dir, "damaged")[0]
    fresh = Store.open(data_dir, key=connect.key_for(damaged))  # as ui/damaged_start.py opens it
    try:
        saved = salvage(damaged, fresh)
    finally:
        fresh.close()
    assert saved.initiatives == len(titles) and not saved.used_recover
    assert connect.header(db) == key.salt
    assert b"SQLite format 3" not in db.read_bytes()
    assert _rows(db)["initiative"] == titles


def test_a_plain_plan_never_imports_sqlcipher3(data_dir: Path):
    """The first paint's reads and a whole Store.open of a plain plan leave sqlcipher3 unimported (~5 ms
    of start-up); a protected one imports it at its first keyed connection."""
    _plan(data_dir)
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from handleplan.ops.overview import load_overview\nfrom handleplan.store import Store\n"
        "from handleplan.store.health import damage_at_start\n"
        "folder = Path(sys.argv[1])\ndamage_at_start(folder)\nload_overview(folder / 'handleplan.db')\n"
        "Store.open(folder).close()\nprint('sqlcipher3' in sys.modules)\n"
    )
    run = [sys.executable, "-c", script, str(data_dir)]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout.strip() == "False"
    protect.turn_on(data_dir, PASS)
    unlock = script.replace(
        "damage_at_start(folder)\n",
        f"from handleplan.store import connect\nconnect.unlock(folder / 'handleplan.db', {PASS!r})\n"
        "damage_at_start(folder)\n",
    )
    run = [sys.executable, "-c", unlock, str(data_dir)]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout.strip() == "True"


def test_check_on_a_protected_plan_says_so_and_not_what_a_damaged_start_does(data_dir: Path, capsys):
    from handleplan.cli import main

    _plan(data_dir)
    protect.turn_on(data_dir, PASS)
    connect.forget()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    said = capsys.readouterr()
    assert "Beskyttet med adgangskode." in said.out and "flyttes filen til side" not in said.out
    assert "ingen terminal at spørge i" in said.err  # pytest's stdin is no terminal (tests/test_cli_unlock.py)


def test_a_protected_store_of_an_older_revision_upgrades_protected(data_dir: Path):
    """Alembic, the search index's revision (0003, on the driver connection) and the backup before the
    upgrade all go through the held key."""
    from test_migrations import fill_old_file, stamp_at

    from handleplan.store.schema import HEAD_REVISION, read_revision

    stamp_at(data_dir / DB_NAME, "0002")
    fill_old_file(data_dir / DB_NAME)
    key = protect.turn_on(data_dir, PASS)
    store = Store.open(data_dir)
    try:
        assert [i.title for i in initiatives.initiatives(store)] == ["Overlevende tiltag"]
        assert store.check().healthy
    finally:
        store.close()
    db = data_dir / DB_NAME
    assert read_revision(db) == HEAD_REVISION and connect.header(db) == key.salt
    before = [b for b in list_backups(data_dir) if b.reason == "before-upgrade"]
    assert len(before) == 1 and connect.header(before[0].path) == key.salt
    assert read_revision(before[0].path) == "0002"
