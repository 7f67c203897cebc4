"""The store against real SQLite files: every field round-trips, and every way a file can fail is named."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path

import pytest
from full_plan import FIELD_VALUES, assert_full_plan, build_full_plan
from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from support import dump

from handleplan.errors import StoreDamagedError, StoreNewerError, StoreWriteError
from handleplan.models import (
    Cycle,
    Initiative,
)
from handleplan.ops import initiatives as ops_initiatives
from handleplan.ops.edit import EDITABLE, edit
from handleplan.store import DB_NAME, Store
from handleplan.store.schema import HEAD_REVISION, read_revision
from handleplan.store.store import _write_error

# -- every entity and field round-trips ------------------------------------------------------------------


def test_field_values_cover_every_editable_field():
    """When a field becomes editable, this test's values must grow with it."""
    assert {cls: set(values) for cls, values in FIELD_VALUES.items()} == {
        cls: set(fields) for cls, fields in EDITABLE.items()
    }


def test_every_entity_and_field_round_trips_through_reopen(data_dir: Path):
    store = Store.open(data_dir)
    ids = build_full_plan(store)
    assert_full_plan(store, ids)  # in the session that wrote it
    store.close()
    before = dump(data_dir / DB_NAME)

    again = Store.open(data_dir)
    try:
        assert_full_plan(again, ids)  # read back from the file by a fresh session
    finally:
        again.close()
    assert dump(data_dir / DB_NAME) == before
    assert (
        not (data_dir / "handleplan.db-wal").exists() or (data_dir / "handleplan.db-wal").stat().st_size == 0
    )


def test_timestamps_are_set_on_create_and_moved_on_edit(store: Store):
    initiative = ops_initiatives.create_initiative(store, "Stjernestunder")
    created, updated = initiative.created_at, initiative.updated_at
    assert created is not None and updated is not None
    assert abs((updated - created).total_seconds()) < 1
    assert edit(store, initiative, goal="Mere anerkendelse") is True
    store.session.expire_all()
    fresh = store.session.get(Initiative, initiative.id)
    assert fresh.created_at == created
    assert fresh.updated_at > updated
    # Nothing changed: no write, no new timestamp.
    assert edit(store, fresh, goal="Mere anerkendelse") is False
    assert store.session.get(Initiative, initiative.id).updated_at == fresh.updated_at


def test_listeners_hear_which_tables_changed(store: Store):
    heard: list[set[str]] = []
    store.subscribe(heard.append)
    initiative = ops_initiatives.create_initiative(store, "Tiltag")
    assert heard[-1] >= {"initiative", "cycle"}
    edit(store, initiative.cycles[0], objective="Mål")
    assert heard[-1] == {"cycle"}
    count = len(heard)
    edit(store, initiative, title="Tiltag")  # unchanged: no commit, no call
    assert len(heard) == count


def test_a_new_store_is_healthy(store: Store):
    report = store.check()
    assert report.revision == HEAD_REVISION
    assert report.integrity == ["ok"] and report.foreign_keys == []
    assert report.healthy


# -- files that cannot be used ------------------------------------------------------------------------


def test_random_bytes_are_refused_as_damaged_and_left_alone(data_dir: Path):
    data_dir.mkdir(parents=True)
    path = data_dir / DB_NAME
    junk = os.urandom(8192)
    path.write_bytes(junk)
    with pytest.raises(StoreDamagedError) as caught:
        Store.open(data_dir)
    assert caught.value.code == "store_damaged"
    assert "ikke ændret" in caught.value.message("da")
    assert path.read_bytes() == junk
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_NAME]  # no -wal, no backup, nothing new


def test_a_store_from_a_newer_version_is_refused_and_left_alone(data_dir: Path):
    store = Store.open(data_dir)
    ops_initiatives.create_initiative(store, "Mit tiltag")
    store.close()
    path = data_dir / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    listing = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(StoreNewerError) as caught:
        Store.open(data_dir)
    assert caught.value.code == "store_newer"
    assert "zzzz" in caught.value.message("da") and "Opdatér Handleplan" in caught.value.message("da")
    assert path.read_bytes() == original
    # No backup made, no upgrade tried (reading a WAL file may leave an empty -wal and its -shm beside it).
    new = {p.name for p in data_dir.iterdir()} - set(listing)
    assert new <= {"handleplan.db-wal", "handleplan.db-shm"}
    wal = data_dir / "handleplan.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_an_empty_file_is_never_opened_as_a_new_store(data_dir: Path):
    """A zero-byte file may be what a sync client left of someone's plan: the caller decides."""
    from handleplan.errors import StoreLeftoverError

    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"")
    with pytest.raises(StoreLeftoverError) as caught:
        Store.open(data_dir)
    assert caught.value.kind == "empty"
    assert (data_dir / DB_NAME).read_bytes() == b""


# -- read-only folders and files ------------------------------------------------------------------------


def _read_only_scenario(folder: Path) -> dict:
    """Open the store, read it, try one write; runs in the forked child (as `nobody` when we are root)."""
    from handleplan.errors import HandleplanError

    result: dict = {"opened": False, "titles": None, "error": None, "message": None, "after_error": None}
    try:
        store = Store.open(folder)
        result["opened"] = True
        result["titles"] = [i.title for i in ops_initiatives.initiatives(store)]
        try:
            ops_initiatives.create_initiative(store, "Skal ikke gemmes")
        except HandleplanError as exc:
            result["error"], result["message"] = exc.code, exc.message("da")
            # The session must still be usable for reading after the failed write.
            result["after_error"] = [i.title for i in ops_initiatives.initiatives(store)]
        store.close()
    except HandleplanError as exc:
        result["error"], result["message"] = exc.code, exc.message("da")
    return result


@contextlib.contextmanager
def unprivileged_folder():
    """A folder where chmod really binds: ours when not root; as root, one owned by `nobody`, whose
    scenarios then run as `nobody` (root ignores file modes, so chmod alone would prove nothing)."""
    if os.name != "posix":
        pytest.skip("file modes are POSIX; Windows read-only folders need ACLs")
    base = Path(tempfile.mkdtemp(prefix="handleplan-ro-"))
    os.chmod(base, 0o755)  # so `nobody` can reach the folder inside
    try:
        yield base, (65534 if os.geteuid() == 0 else None)
    finally:
        for path in [base, *base.rglob("*")]:
            with contextlib.suppress(OSError):
                os.chmod(path, 0o700 if path.is_dir() else 0o600)
        shutil.rmtree(base, ignore_errors=True)


def _make_store(folder: Path, uid: int | None) -> None:
    store = Store.open(folder)
    ops_initiatives.create_initiative(store, "Stresstrappen")
    store.close()
    if uid is not None:
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, uid, uid)


def _run(folder: Path, uid: int | None) -> dict:
    """Run the scenario in a forked child that drops to `uid` first (no exec: the interpreter may live
    where an unprivileged user cannot reach it)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_fd)
            if uid is not None:
                os.setgroups([])
                os.setgid(uid)
                os.setuid(uid)
            payload = _read_only_scenario(folder)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            payload = {"crash": "".join(traceback.format_exception(exc))}
        try:
            os.write(write_fd, json.dumps(payload).encode())
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    result = json.loads(data)
    assert "crash" not in result, result["crash"]
    return result


def test_read_only_data_folder_is_a_write_error_not_damage():
    with unprivileged_folder() as (base, uid):
        folder = base / "data"
        _make_store(folder, uid)
        before = (folder / DB_NAME).read_bytes()
        os.chmod(folder, 0o500)

        result = _run(folder, uid)

        assert result["error"] == "read_only", result
        assert "må ikke skrive" in result["message"]
        assert (folder / DB_NAME).read_bytes() == before
        assert oct(folder.stat().st_mode & 0o777) == oct(0o500), "opening must not make the folder writable"
        os.chmod(folder, 0o700)
        store = Store.open(folder)
        try:
            assert [i.title for i in ops_initiatives.initiatives(store)] == ["Stresstrappen"]
        finally:
            store.close()


def test_read_only_store_file_opens_for_reading_and_refuses_writes():
    with unprivileged_folder() as (base, uid):
        folder = base / "data"
        _make_store(folder, uid)
        os.chmod(folder / DB_NAME, 0o400)

        result = _run(folder, uid)

        assert result["opened"] and result["titles"] == ["Stresstrappen"], result
        assert result["error"] == "read_only"
        assert result["after_error"] == ["Stresstrappen"]
        os.chmod(folder / DB_NAME, 0o600)
        assert [row[1] for row in dump(folder / DB_NAME)["initiative"]] == ["Stresstrappen"]


def test_read_only_folder_without_a_store_yet():
    with unprivileged_folder() as (base, uid):
        folder = base / "empty"
        folder.mkdir()
        if uid is not None:
            os.chown(folder, uid, uid)
        os.chmod(folder, 0o500)
        result = _run(folder, uid)
        assert result["error"] == "read_only", result
        assert list(folder.iterdir()) == []


# -- a full disk --------------------------------------------------------------------------------------------


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_disk_full_on_commit_is_translated_and_nothing_half_saved(data_dir: Path):
    """SQLite's own SQLITE_FULL, raised by max_page_count: the same error code and path as a full disk."""
    store = Store.open(data_dir)
    try:
        initiative = ops_initiatives.create_initiative(store, "Luft i kørelisten")
        cycle = initiative.cycles[0]
        ops_initiatives.add_observation(store, cycle, "Første uge gik godt", date(2026, 1, 5))
        conn = store.session.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
        store.commit()

        with pytest.raises(StoreWriteError) as caught:
            ops_initiatives.add_observation(store, cycle, "x" * 200_000, date(2026, 1, 6))
        assert caught.value.code == "disk_full"
        assert "Disken er fuld" in caught.value.message("da")
        assert isinstance(caught.value.__cause__, sa_exc.OperationalError)

        # The session was rolled back and still works; only what was committed is there.
        assert [o.text for o in store.session.get(Cycle, cycle.id).observations] == ["Første uge gik godt"]
        assert edit(store, initiative, title="Luft i kørelisten – alle ruter") is True  # fits in its page

        store.session.connection().exec_driver_sql("PRAGMA max_page_count=1073741823")
        store.commit()
        ops_initiatives.add_observation(store, cycle, "Plads igen", date(2026, 1, 7))
    finally:
        store.close()
    assert _count(data_dir / DB_NAME, "observation") == 2
    assert [r[1] for r in dump(data_dir / DB_NAME)["initiative"]] == ["Luft i kørelisten – alle ruter"]


def test_disk_full_on_a_real_full_filesystem(tmp_path: Path):
    """A 2 MiB tmpfs filled by the app itself; needs root and permission to mount, else skipped."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        folder = mount_point / "data"
        store = Store.open(folder)
        try:
            cycle = ops_initiatives.create_initiative(store, "Tiltag").cycles[0]
            saved = 0
            with pytest.raises(StoreWriteError) as caught:
                for _ in range(1000):
                    ops_initiatives.add_observation(store, cycle, "æ" * 50_000, date(2026, 1, 5))
                    saved += 1
            assert caught.value.code == "disk_full"
            assert saved > 0
            assert len(store.session.get(Cycle, cycle.id).observations) == saved
        finally:
            store.close()
        # Everything acknowledged is still there (from the -wal if the checkpoint had no room).
        assert _count(folder / DB_NAME, "observation") == saved
        conn = sqlite3.connect(folder / DB_NAME)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


@pytest.mark.parametrize(
    ("sqlite_message", "code"),
    [
        ("database or disk is full", "disk_full"),
        ("attempt to write a readonly database", "read_only"),
        ("disk I/O error", "write_failed"),
        ("database is locked", "write_failed"),
    ],
)
def test_write_error_translation(sqlite_message: str, code: str):
    wrapped = sa_exc.OperationalError("COMMIT", {}, sqlite3.OperationalError(sqlite_message))
    error = _write_error(wrapped, Path("/home/leder/Handleplan"))
    assert isinstance(error, StoreWriteError)
    assert error.code == code
    assert "{" not in error.message("da") and "{" not in error.message("en")


def test_a_constraint_failure_on_commit_is_a_write_error_and_rolled_back(store: Store):
    initiative = ops_initiatives.create_initiative(store, "Tiltag")
    store.session.add(Cycle(initiative_id=initiative.id + 1000, number=1))  # no such initiative
    with pytest.raises(StoreWriteError) as caught:
        store.commit()
    assert caught.value.code == "write_failed"
    assert store.session.scalars(select(Cycle)).all() == initiative.cycles
    edit(store, initiative, title="Stadig brugbar")


# -- starting fast --------------------------------------------------------------------------------------


def test_a_current_store_opens_without_importing_alembic(data_dir: Path):
    Store.open(data_dir).close()
    assert read_revision(data_dir / DB_NAME) == HEAD_REVISION
    code = (
        "import sys; from pathlib import Path; from handleplan.store import Store; "
        "from handleplan.ops import initiatives; s = Store.open(Path(sys.argv[1])); "
        "initiatives.create_initiative(s, 'x'); s.close(); print('alembic' in sys.modules)"
    )
    current = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True)
    assert current.returncode == 0, current.stderr
    assert current.stdout.strip() == "False"
    # The same check sees Alembic when a store does need creating, so it can tell the difference.
    fresh = subprocess.run(
        [sys.executable, "-c", code, str(data_dir.parent / "fresh")], capture_output=True, text=True
    )
    assert fresh.stdout.strip() == "True", fresh.stderr
