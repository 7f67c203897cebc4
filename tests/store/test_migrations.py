"""The ORM and the Alembic revisions agree, and upgrading a leader's file keeps every row (and a copy)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from support import dump

import handleplan.store.store as store_module
from handleplan.errors import StoreDamagedError
from handleplan.models import Base, Level, MilestoneKind
from handleplan.ops import iglo, reflections, timeline
from handleplan.ops import initiatives as ops
from handleplan.store import DB_NAME, Store, search_index
from handleplan.store.backups import make_backup
from handleplan.store.schema import HEAD_REVISION, KNOWN_REVISIONS, read_revision

SCRIPT_LOCATION = "handleplan:migrations"


def alembic_config(location: str = SCRIPT_LOCATION) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", location)
    return cfg


SEARCH_TABLES = {search_index.TABLE, *(f"{search_index.TABLE}_{part}" for part in
                                      ("data", "idx", "content", "docsize", "config"))}  # fmt: skip


def _not_search_index(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name in SEARCH_TABLES)


def triggers(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        conn.close()


def test_models_and_migrations_agree(store: Store):
    """Autogenerate finds nothing to do on a store made by Store.open: no forgotten revision."""
    with store.engine.connect() as conn:
        # The search index is FTS5 with triggers, made by its own revision and not in the ORM's metadata.
        opts = {"render_as_batch": True, "compare_type": True, "include_name": _not_search_index}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []


def test_known_revisions_are_the_script_directory_in_order():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "one line of revisions, no branches"
    walked = [rev.revision for rev in script.walk_revisions("base", "heads")]  # newest first
    assert tuple(reversed(walked)) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_a_new_file_gets_the_whole_schema(data_dir: Path):
    for prepare in (lambda: None,):
        shutil.rmtree(data_dir, ignore_errors=True)
        data_dir.mkdir(parents=True)
        prepare()
        store = Store.open(data_dir)
        store.close()
        assert read_revision(data_dir / DB_NAME) == HEAD_REVISION
        tables = set(dump(data_dir / DB_NAME))
        assert tables == {
            *Base.metadata.tables,
            "alembic_version",
            search_index.TABLE,
        }  # dump skips its shadows
        assert triggers(data_dir / DB_NAME) == search_index.trigger_names()
        assert not (data_dir / "backups").exists()  # nothing to keep a copy of


# -- upgrading from an earlier revision ---------------------------------------------------------------------


def stamp_at(path: Path, revision: str, location: str = SCRIPT_LOCATION) -> None:
    """Make an empty file at `revision` the way an older Handleplan would have (foreign keys off)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            cfg = alembic_config(location)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()


SAMPLE_VALUES = {"title": "Overlevende tiltag", "status": "idea", "phase": "plan", "number": 1,
                 "question": "Overlever spørgsmålet?", "tags": "[]"}  # fmt: skip


def insert_row(conn: sqlite3.Connection, table: str, **given: object) -> int:
    """Insert a row into `table` as it is at this revision, filling the NOT NULL columns it has."""
    values = dict(given)
    for _cid, name, kind, notnull, default, pk in conn.execute(f'PRAGMA table_info("{table}")'):
        if name in values or pk or not notnull or default is not None:
            continue
        kind = kind.upper()
        if name in SAMPLE_VALUES:
            values[name] = SAMPLE_VALUES[name]
        elif kind == "DATE":
            values[name] = "2026-01-05"
        elif kind == "DATETIME":
            values[name] = "2026-01-05 08:00:00.000000"
        elif kind in ("INTEGER", "BOOLEAN"):
            values[name] = 0
        else:
            values[name] = ""
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    return conn.execute(
        f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(values.values())
    ).lastrowid


def fill_old_file(path: Path) -> None:
    """A parent with children and grandchildren, written with plain SQL against the old schema."""
    conn = sqlite3.connect(path)
    # At a revision with the search index its triggers fold the text: the function every store registers.
    conn.create_function("hp_fold", 1, search_index.fold, deterministic=True)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        initiative = insert_row(conn, "initiative")
        cycle = insert_row(conn, "cycle", initiative_id=initiative)
        insert_row(conn, "cycle_question", cycle_id=cycle)
        insert_row(conn, "role_assignment", initiative_id=initiative, level="leder", what="Overlevende rolle")
        reflection = insert_row(conn, "reflection", kind="free", title="Overlevende refleksion")
        conn.execute("INSERT INTO reflection_initiative (reflection_id, initiative_id) VALUES (?, ?)",
                     (reflection, initiative))  # fmt: skip
        conn.commit()
    finally:
        conn.close()


def assert_upgrade_keeps_everything(data_dir: Path, old: str) -> None:
    path = data_dir / DB_NAME
    before = dump(path)
    store = Store.open(data_dir)
    try:
        initiative = ops.initiatives(store)[0]
        assert initiative.title == "Overlevende tiltag"
        assert [q.question for q in initiative.cycles[0].questions] == ["Overlever spørgsmålet?"]
        assert [r.what for r in initiative.roles] == ["Overlevende rolle"]
        assert [i.id for i in reflections.reflections(store)[0].initiatives] == [initiative.id]
        assert store.check().healthy
    finally:
        store.close()
    assert read_revision(path) == store_module.HEAD_REVISION
    after = dump(path)
    for table, rows in before.items():
        if table != "alembic_version":
            assert len(after[table]) == len(rows), f"{table} lost rows in the upgrade"
    copies = list((data_dir / "backups").glob("handleplan-*-before-upgrade.db"))
    assert len(copies) == 1
    assert read_revision(copies[0]) == old
    assert dump(copies[0]) == before  # the copy is the file as it was before the upgrade
    if os.name == "posix":
        assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
        assert stat.S_IMODE((data_dir / "backups").stat().st_mode) == 0o700


@pytest.mark.parametrize("old", KNOWN_REVISIONS[:-1])
def test_upgrade_from_every_earlier_revision(data_dir: Path, old: str):
    """Every shipped revision before the head, filled with rows, upgrades to the head keeping them all."""
    stamp_at(data_dir / DB_NAME, old)
    fill_old_file(data_dir / DB_NAME)
    assert_upgrade_keeps_everything(data_dir, old)


# A real next revision after the head, kept in a copy of the migrations folder: it rebuilds the parent table
# the way batch mode does on SQLite (create, copy, drop, rename), which is where foreign keys bite.
REVISION_NEXT = """
import sqlalchemy as sa
from alembic import op

revision = "test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("initiative", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("test_note", sa.Text(), nullable=True))
    {extra}


def downgrade() -> None:
    with op.batch_alter_table("initiative", recreate="always") as batch_op:
        batch_op.drop_column("test_note")
"""


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a copy of the migrations with a revision after today's head; returns a writer for it."""
    source = Path(__file__).resolve().parents[2] / "src" / "handleplan" / "migrations"
    location = tmp_path / "migrations"
    shutil.copytree(source, location, ignore=shutil.ignore_patterns("__pycache__"))

    def write(extra: str = "pass") -> str:
        (location / "versions" / "test_next_rebuild_initiative.py").write_text(
            textwrap.dedent(REVISION_NEXT).replace("{extra}", extra).replace("{head}", HEAD_REVISION),
            encoding="utf-8",
        )
        return str(location)

    original = Config.set_main_option

    def redirect(self: Config, name: str, value: str) -> None:
        if name == "script_location" and value == SCRIPT_LOCATION:
            value = str(location)
        original(self, name, value)

    monkeypatch.setattr(Config, "set_main_option", redirect)
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, "test_next"))
    monkeypatch.setattr(store_module, "HEAD_REVISION", "test_next")
    return write


def test_upgrade_to_a_next_revision_keeps_rows_and_a_backup(data_dir: Path, next_revision):
    next_revision()
    stamp_at(data_dir / DB_NAME, HEAD_REVISION)
    fill_old_file(data_dir / DB_NAME)
    assert_upgrade_keeps_everything(data_dir, HEAD_REVISION)
    columns = [row[1] for row in sqlite3.connect(data_dir / DB_NAME).execute("PRAGMA table_info(initiative)")]
    assert "test_note" in columns


def test_upgrade_from_a_store_written_by_the_app(data_dir: Path, next_revision):
    """The same with a store made by Store.open at today's head and filled through the operations."""
    store = Store.open(data_dir)  # next_revision is installed but not yet written: creates today's head
    assert read_revision(data_dir / DB_NAME) == HEAD_REVISION
    initiative = ops.create_initiative(store, "Stjernestunder")
    ops.add_question(store, initiative.cycles[0], "Holder vi fast?")
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde")
    iglo.assign(store, Level.GRUPPE, "Én stjernestund hver morgen", initiative=initiative, milestone=trio)
    store.close()
    before = dump(data_dir / DB_NAME)

    next_revision()
    again = Store.open(data_dir)
    try:
        assert again.check().healthy
        back = ops.initiatives(again)[0]
        assert back.cycles[0].questions[0].question == "Holder vi fast?"
        assert back.roles[0].milestone.title == "TRIO-møde"
    finally:
        again.close()
    after = dump(data_dir / DB_NAME)
    assert {t: len(r) for t, r in after.items() if t != "alembic_version"} == {
        t: len(r) for t, r in before.items() if t != "alembic_version"
    }
    (copy,) = (data_dir / "backups").iterdir()
    assert dump(copy) == before


def test_the_foreign_key_trap_is_real(data_dir: Path, next_revision):
    """Why upgrade() turns foreign keys off: the same revision with them on empties the child tables."""
    location = next_revision()
    path = data_dir / DB_NAME
    stamp_at(path, HEAD_REVISION)
    fill_old_file(path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
            cfg = alembic_config(location)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "test_next")
            conn.commit()
    finally:
        engine.dispose()
    after = dump(path)
    assert len(after["initiative"]) == 1
    assert after["cycle"] == [] and after["cycle_question"] == [] and after["role_assignment"] == []


def test_a_failing_upgrade_leaves_the_file_as_it_was(data_dir: Path, next_revision):
    """A revision that breaks after rebuilding a table: nothing of it may stay in the file."""
    store = Store.open(data_dir)
    initiative = ops.create_initiative(store, "Stjernestunder")
    ops.add_question(store, initiative.cycles[0], "Holder vi fast?")
    store.close()
    path = data_dir / DB_NAME
    before_bytes = path.read_bytes()
    before = dump(path)

    next_revision(extra='op.execute("UPDATE no_such_table SET x = 1")')
    with pytest.raises(StoreDamagedError):
        Store.open(data_dir)

    assert dump(path) == before  # no _alembic_tmp_ table, no half-rebuilt initiative
    assert path.read_bytes() == before_bytes
    assert read_revision(path) == HEAD_REVISION
    assert len(list((data_dir / "backups").iterdir())) == 1

    next_revision()  # the fixed revision: a second attempt succeeds
    fixed = Store.open(data_dir)
    try:
        assert ops.initiatives(fixed)[0].cycles[0].questions[0].question == "Holder vi fast?"
    finally:
        fixed.close()
    assert read_revision(path) == "test_next"


def test_a_backup_is_consistent_with_a_live_wal(store: Store, data_dir: Path, tmp_path: Path):
    """The copy goes through SQLite's backup API: it includes commits still only in the -wal."""
    for n in range(20):
        ops.create_initiative(store, f"Tiltag {n}")
    assert (data_dir / "handleplan.db-wal").stat().st_size > 0  # not checkpointed yet
    copy = make_backup(data_dir / DB_NAME, "manual", folder=tmp_path / "kopier")
    assert copy.parent == tmp_path / "kopier" and copy.name.endswith("-01-manual.db")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT count(*) FROM initiative").fetchone()[0] == 20
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert read_revision(copy) == HEAD_REVISION


def test_an_upgrade_leaves_no_alembic_chatter_in_the_log(data_dir: Path, next_revision, caplog):
    """The leader's log holds what helps her or a supporter: not Alembic's INFO lines."""
    import logging

    next_revision()
    stamp_at(data_dir / DB_NAME, HEAD_REVISION)
    caplog.set_level(logging.INFO)
    caplog.clear()
    Store.open(data_dir).close()
    assert read_revision(data_dir / DB_NAME) == "test_next"  # the upgrade did run
    assert [r.getMessage() for r in caplog.records if r.name.startswith("alembic")] == []
