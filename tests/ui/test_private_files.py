"""Every file the app writes is the leader's alone (issue 12 item 5, issue 11 item 12): the real app on a
fresh data folder – an edit, an automatic backup, a PDF, a calendar, a sealed and a plain portable file
into a folder of their own, a restore, protection turned on and off, a damaged store moved aside at the
next start, clean exits – and
then every file under the data folder and the export folder is 0600, every folder 0700. The lock file
and the settings file are looked at while the app runs."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from test_portable_dialog import answer_boxes
from test_recovery_start import answer
from test_restore_dialog import _pick_backup_then

from handleplan.ops import initiatives as ops
from handleplan.paths import log_dir
from handleplan.store import DB_NAME, Store, connect, protect
from handleplan.store.backups import list_backups
from handleplan.store.salvage import _recovered_by_sqlite
from handleplan.ui.app import LOG_NAME, setup_logging
from handleplan.ui.dialogs.calendar import CalendarFile
from handleplan.ui.dialogs.export import ExportDialog
from handleplan.ui.dialogs.portable import PortableFile
from handleplan.ui.dialogs.restore import restore_from_backup
from handleplan.ui.screenshots import _save
from handleplan.ui.single_instance import LOCK_NAME, Other, SingleInstance, _socket_path

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows uses the profile's ACL"
)


def modes(*roots: Path) -> dict[str, str]:
    """Every file and folder under `roots` (the roots too) whose mode is not the private one."""
    wrong = {}
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            want = 0o700 if path.is_dir() else 0o600
            if mode != want:
                wrong[str(path.relative_to(root.parent))] = oct(mode)
    return wrong


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def log_to(tmp_path: Path):
    """The log as `handleplan` sets it up, taken off the root logger again after the test."""
    root = logging.getLogger()
    before = list(root.handlers)

    def setup(folder: Path) -> None:
        setup_logging(folder)
        logging.getLogger("handleplan").info("the test writes to the log")

    yield setup
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def lax_umask():
    """A umask that takes nothing away: whatever relies on the umask instead of asking for 0600 shows."""
    old = os.umask(0)
    yield
    os.umask(old)


def run_once(start_app, qtbot, folder: Path, log_to) -> SingleInstance:  # noqa: ANN001
    """What `handleplan` does before the window: the log, the lock (and its socket); then the window."""
    log_to(folder)
    lock = SingleInstance(folder)
    assert lock.claim() is Other.NONE
    lock.listen()
    return lock


def test_every_file_and_folder_the_app_writes_is_hers_alone(
    start_app, qtbot, tmp_path: Path, log_to, lax_umask
):
    made = tmp_path / "kursus"  # not there yet: the app makes it and the data folder in it
    folder = made / "Handleplan"
    shared = tmp_path / "Til TRIO"
    shared.mkdir(mode=0o700)

    # The first run: an edit, an automatic backup, every export, a restore.
    lock = run_once(start_app, qtbot, folder, log_to)
    controller = start_app(folder, "initiatives", close_at_end=False)
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    ctx, window = controller.ctx, controller.window
    assert mode(folder / LOCK_NAME) == 0o600  # while the app runs
    socket = Path(_socket_path(lock.name))  # where a second start asks this one to come to the front
    assert stat.S_ISSOCK(socket.lstat().st_mode) and stat.S_IMODE(socket.lstat().st_mode) & 0o077 == 0
    ctx.call(ops.create_initiative, ctx.store, "Pauser, der bliver holdt")
    controller.backups.back_up_if_changed()
    controller.backups.pool.waitForDone()
    assert [b.reason for b in list_backups(folder)] == ["automatic"]
    ctx.settings.sync()
    assert mode(folder / "settings.ini") == 0o600

    export = ExportDialog(ctx)
    qtbot.addWidget(export)
    export.path_edit.setText(str(shared / "plan.pdf"))
    export._path_edited = True
    export.export_button.click()
    qtbot.waitUntil(lambda: not export.is_running(), timeout=60_000)
    assert (shared / "plan.pdf").exists()
    seen: list[str] = []
    answer_boxes(["OK"], seen)
    assert CalendarFile(ctx, window).export_calendar(shared / "plan.ics") == shared / "plan.ics"
    answer_boxes(["OK"], seen)
    PortableFile(ctx, window).export_plan(shared / "plan.handleplan")
    answer_boxes(["OK"], seen)
    PortableFile(ctx, window).export_plan(shared / "forseglet.handleplan", passphrase="en lang sætning")
    assert (shared / "forseglet.handleplan").exists()

    ctx.call(ops.create_initiative, ctx.store, "Skrevet efter backuppen")
    _pick_backup_then("Gendan", seen)
    assert restore_from_backup(ctx, controller.window)
    told = controller.window.findChild(QMessageBox, "plan-replaced")
    if told is not None:
        told.accept()
    ctx.call(ops.create_initiative, ctx.store, "Skrevet efter gendannelsen")
    # Beskyt med adgangskode on and off again: two checked copies of the store, every backup re-keyed.
    ctx.with_store_closed(lambda data: protect.turn_on(data, "en lang sætning"))
    assert connect.is_protected(ctx.store.path)
    assert modes(made, shared) == {}, "protected"
    ctx.with_store_closed(protect.turn_off)
    assert not connect.is_protected(ctx.store.path)
    ctx.settings.sync()
    assert modes(made, shared) == {}, "while the app runs"
    controller.window.close()
    controller.shutdown()
    lock.release()

    # The store is damaged between two runs; the next start moves it aside and brings a backup back.
    path = folder / DB_NAME
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(b"\xa5" * 8192)
    lock = run_once(start_app, qtbot, folder, log_to)
    answer(seen, QMessageBox.StandardButton.Yes)
    controller = start_app(folder, "overview", close_at_end=False)
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    assert any(p.name.startswith("handleplan.db.damaged-") for p in folder.iterdir())
    controller.ctx.call(ops.create_initiative, controller.ctx.store, "Efter skaden")
    controller.window.close()
    controller.shutdown()
    lock.release()

    written = {p.relative_to(folder).parts[0] for p in folder.rglob("*")}
    assert {"handleplan.db", "settings.ini", "logs", "backups"} <= written
    assert any(name.startswith("handleplan.db.damaged-") for name in written)
    assert (log_dir(folder) / LOG_NAME).stat().st_size > 0
    assert sorted(p.name for p in shared.iterdir()) == [
        "forseglet.handleplan", "plan.handleplan", "plan.ics", "plan.pdf"
    ]  # fmt: skip
    assert modes(made, shared) == {}


def test_what_an_earlier_handleplan_left_readable_is_made_hers_at_the_next_start(
    start_app, qtbot, tmp_path: Path, log_to
):
    """Before this release the settings, the log and the lock were made 0644; a store she copied in
    may be too. Qt keeps the mode of the settings file it replaces, SQLite gives the -wal the store's:
    so they are tightened at the start, not only made right when new."""
    folder = tmp_path / "Handleplan"
    folder.mkdir(mode=0o755)
    store = Store.open(folder)
    ops.create_initiative(store, "Fra den gamle version")
    store.commit()
    store.close()
    (folder / "settings.ini").write_text("[ui]\nlang=da\n")
    log_dir(folder).mkdir(mode=0o755)
    (log_dir(folder) / LOG_NAME).write_text("gammel log\n")
    (log_dir(folder) / (LOG_NAME + ".1")).write_text("ældre log\n")
    for path in [folder / DB_NAME, folder / "settings.ini", *log_dir(folder).iterdir()]:
        os.chmod(path, 0o644)
    os.chmod(folder, 0o755)
    os.chmod(log_dir(folder), 0o755)

    lock = run_once(start_app, qtbot, folder, log_to)
    controller = start_app(folder, "overview", close_at_end=False)
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    controller.ctx.call(ops.create_initiative, controller.ctx.store, "Fra den nye version")
    assert modes(folder) == {}, "while the app runs: the -wal and -shm too"
    controller.window.close()
    controller.shutdown()
    lock.release()
    assert modes(folder) == {}


def test_the_copy_sqlite_recovers_into_is_hers_alone(tmp_path: Path, lax_umask):
    """`.recover`'s copy of a damaged store holds all that could be read of it."""
    if shutil.which("sqlite3") is None:
        pytest.skip("no sqlite3 command line here")
    damaged = tmp_path / "handleplan.db.damaged"
    store = Store.open(tmp_path / "plan")
    ops.create_initiative(store, "Læst igen")
    store.commit()
    store.close()
    shutil.copy(tmp_path / "plan" / DB_NAME, damaged)
    target = tmp_path / "recovered.db"
    if _recovered_by_sqlite(damaged, target) is None:
        pytest.skip("this sqlite3's .recover fails even on a whole file (salvage then reads it directly)")
    assert mode(target) == 0o600


def test_a_screenshot_shows_the_plan_and_is_hers_alone(qtbot, tmp_path: Path, lax_umask):
    label = QLabel("Støtte til en medarbejder")
    qtbot.addWidget(label)
    written: list[Path] = []
    _save(label, tmp_path / "skærm.png", written)
    assert written == [tmp_path / "skærm.png"]
    assert (tmp_path / "skærm.png").read_bytes().startswith(b"\x89PNG")
    assert mode(tmp_path / "skærm.png") == 0o600
