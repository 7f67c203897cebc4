"""A disk that fills up while she works: the real widgets over a store on a small tmpfs filled to the last
byte. What she typed stays in the field, the status line says the disk is full, nothing is marked saved,
and once there is room again it is saved without a keystroke; an export onto the full disk says so and
leaves no half file. Needs root and `mount` (as on the CI machine); skipped elsewhere."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from handleplan.export.errors import ExportError
from handleplan.ops.initiatives import create_initiative
from handleplan.store import DB_NAME, Store
from handleplan.ui.app import settings_for
from handleplan.ui.context import AppContext
from handleplan.ui.dialogs.export import ExportDialog
from handleplan.ui.fields import TextField
from handleplan.ui.main_window import MainWindow


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_up(disk: Path) -> Path:
    """Write a filler file until not one more byte fits; returns it (delete it to make room)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1 << 8, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def stored_goal(db: Path, initiative_id: int) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT goal FROM initiative WHERE id = ?", (initiative_id,)).fetchone()[0] or ""
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def on_small_disk(qapp, small_disk: Path) -> Iterator[AppContext]:  # noqa: ANN001
    folder = small_disk / "data"
    store = Store.open(folder)
    ctx = AppContext(store, "da", settings_for(folder))
    yield ctx
    ctx.undo_stack.clear()
    store.close()


def test_typing_onto_a_full_disk_keeps_the_text_and_saves_it_once_there_is_room(on_small_disk, qtbot):
    ctx = on_small_disk
    initiative = create_initiative(ctx.store, "Morgenmøder")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    field = TextField(ctx, "goal", "Mål")
    field.bind(initiative)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    ctx.store.checkpoint()  # an empty -wal: the next commit needs new room on the disk
    filler = fill_up(ctx.db_path.parent.parent)

    field.setFocus()
    QTest.keyClicks(field, "Alle siger noget hver morgen")
    field.binding.flush()  # she clicks elsewhere: the save is tried on the full disk
    assert field.binding.dirty
    assert "Alle siger noget hver morgen" in field.value()
    assert not window.status.text().startswith("Gemt")
    assert "fuld" in window.statusBar().currentMessage().lower()
    assert stored_goal(ctx.db_path, initiative.id) == ""

    filler.unlink()  # room again: the retry saves it without a keystroke
    qtbot.waitUntil(lambda: "hver morgen" in stored_goal(ctx.db_path, initiative.id), timeout=8000)
    assert not field.binding.dirty
    assert window.status.text().startswith("Gemt kl.")
    assert integrity(ctx.db_path) == "ok"


def test_an_export_onto_a_full_disk_says_so_and_leaves_no_half_file(ctx, qtbot, small_disk: Path):
    # The plan on the normal disk; only the PDF's folder is full.
    from handleplan.demo import fill_demo

    fill_demo(ctx.store)
    out = small_disk / "pdf"
    out.mkdir()
    filler = fill_up(small_disk)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(out / "Handleplan.pdf"))
    dialog._path_edited = True
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)

    assert dialog.status.text() == ExportError("export_disk_full").message("da")
    assert list(out.iterdir()) == []  # no PDF and no temporary file left behind
    assert integrity(ctx.db_path.parent / DB_NAME) == "ok"

    filler.unlink()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert (out / "Handleplan.pdf").read_bytes().startswith(b"%PDF")
