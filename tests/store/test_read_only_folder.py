"""A read-only data folder (a real read-only mount) meets every start path with a sentence, never a
traceback, and `check` calls an intact file read-only, not unhealthy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handleplan.demo import fill_demo
from handleplan.store import Store

UNSHARE = shutil.which("unshare")
needs_mount = pytest.mark.skipif(
    os.name != "posix" or UNSHARE is None or os.geteuid() != 0,
    reason="a read-only mount needs root and unshare (as on the CI machine); chmod does not stop root",
)

# The GUI start under a mount namespace of its own; the message box is answered by printing its text, as
# there is no screen to show it on.
GUI = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = staticmethod(lambda _p, _t, text: print("BOX:", text))
from handleplan.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def read_only(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """`command` run while `folder` is mounted read-only (in a private mount namespace)."""
    script = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" "{folder}" && exec "$@"'
    )
    return subprocess.run(
        [UNSHARE, "-m", "--propagation", "private", "sh", "-c", script, "sh", *command],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    folder = tmp_path / "plan"
    store = Store.open(folder)
    fill_demo(store)
    store.close()
    return folder


@needs_mount
def test_check_calls_an_intact_file_read_only_not_unhealthy(plan: Path):
    done = read_only(plan, sys.executable, "-m", "handleplan", "--data-dir", str(plan), "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "skrivebeskyttet" in done.stdout and "Alt er i orden" in done.stdout


@needs_mount
@pytest.mark.parametrize("command", [["demo"], ["export-pdf", "/tmp/handleplan-ro-test.pdf"], ["self-test"]])
def test_each_command_says_read_only_without_a_traceback(plan: Path, command: list[str]):
    done = read_only(plan, sys.executable, "-m", "handleplan", "--data-dir", str(plan), *command)
    assert done.returncode == 1
    assert "må ikke skrive i mappen med dine data" in done.stderr
    assert "Traceback" not in done.stderr


@needs_mount
def test_the_gui_start_says_read_only_and_opens_nothing(plan: Path):
    before = (plan / "handleplan.db").read_bytes()
    done = read_only(plan, sys.executable, "-c", GUI, str(plan))
    assert done.returncode == 1, done.stderr
    assert "BOX: Handleplan må ikke skrive i mappen med dine data" in done.stdout
    assert "Traceback" not in done.stderr
    assert (plan / "handleplan.db").read_bytes() == before


@needs_mount
def test_an_empty_read_only_folder_at_first_start_is_explained_too(tmp_path: Path):
    folder = tmp_path / "new"
    folder.mkdir()
    done = read_only(folder, sys.executable, "-c", GUI, str(folder))
    assert done.returncode == 1 and "BOX:" in done.stdout and "Traceback" not in done.stderr


def test_settings_and_log_are_the_leaders_alone(tmp_path: Path):
    """Made 0600 in 0700 folders before Qt or logging write them (they would be 0644)."""
    import logging
    import stat

    from handleplan.paths import log_dir
    from handleplan.ui.app import LOG_NAME, settings_for, setup_logging

    folder = tmp_path / "data"
    settings = settings_for(folder)
    settings.setValue("ui/lang", "da")
    settings.sync()
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(folder)
    try:
        logging.getLogger("test").warning("en linje")
        assert stat.S_IMODE((folder / "settings.ini").stat().st_mode) == 0o600
        assert stat.S_IMODE((log_dir(folder) / LOG_NAME).stat().st_mode) == 0o600
        assert stat.S_IMODE(log_dir(folder).stat().st_mode) == 0o700
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
