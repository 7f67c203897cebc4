"""One running Handleplan per data folder, decided by asking the other instance, not by a pid."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_gui_commands import handleplan

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Unix sockets and pids in the lock file")

# The app as `handleplan` starts it, telling the test when its window is shown and when a second start
# asked for it (the window minimised first, so un-minimising shows too).
FIRST = """
import sys
from handleplan.ui.controller import AppController

shown, raise_ = AppController.show, getattr(AppController, "bring_to_front", None)

def show(self, *args, **kwargs):
    window = shown(self, *args, **kwargs)
    window.showMinimized()
    print("shown", flush=True)
    return window

def bring_to_front(self):
    raised = raise_(self)
    print("raised", raised, "minimised", self.window.isMinimized(), flush=True)
    return raised

AppController.show, AppController.bring_to_front = show, bring_to_front
from handleplan.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# A second start that says whether it got as far as opening the store.
SECOND = """
import sys
import handleplan.ui.commands as commands

opener = commands.store_opener

def store_opener(*args, **kwargs):
    print("store opened", flush=True)
    return opener(*args, **kwargs)

commands.store_opener = store_opener
from handleplan.cli import main
sys.exit(main(["--data-dir", sys.argv[1], *sys.argv[2:]]))
"""


def run(script: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def lock_file_naming(folder: Path, pid: int) -> None:
    """A lock file as QLockFile writes it (pid, program name, host, machine and boot ids), naming `pid`."""
    from PySide6.QtCore import QLockFile

    probe = folder / "probe.lock"
    lock = QLockFile(str(probe))
    assert lock.tryLock(0)
    lines = probe.read_text().splitlines()
    lock.unlock()
    lines[0] = str(pid)
    lock_file = folder / "handleplan.lock"
    lock_file.write_text("\n".join(lines) + "\n")
    an_hour_ago = time.time() - 3600  # written by an instance that crashed a while ago
    os.utime(lock_file, (an_hour_ago, an_hour_ago))


def test_a_lock_naming_a_live_unrelated_process_does_not_block_the_start(tmp_path: Path):
    folder = tmp_path / "plan"
    folder.mkdir(mode=0o700)
    # Another Python program now has the pid (after a crash and a reboot, say): same program name, so
    # QLockFile alone takes it for a running Handleplan.
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        lock_file_naming(folder, sleeper.pid)
        assert socket.gethostname() in (folder / "handleplan.lock").read_text()
        result = handleplan("--data-dir", str(folder), "--quit-when-ready", timeout=90)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "ms from process start to first paint" in result.stdout
        assert (folder / "handleplan.db").exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_second_start_raises_the_first_window_and_leaves_quietly(tmp_path: Path):
    folder = tmp_path / "plan"
    first = run(FIRST, str(folder))
    try:
        assert first.stdout.readline().strip() == "shown", first.stderr.read()
        second = run(SECOND, str(folder), "--lang", "en")
        out, err = second.communicate(timeout=90)
        assert second.returncode == 0, out + err
        assert "store opened" not in out
        assert "already open" in err
        assert first.stdout.readline().strip() == "raised True minimised False"
    finally:
        first.terminate()
        first.wait(timeout=60)


def test_the_lock_file_is_private(tmp_path: Path):
    folder = tmp_path / "plan"
    first = run(FIRST, str(folder))
    try:
        assert first.stdout.readline().strip() == "shown", first.stderr.read()
        # It says which process has the folder, on which machine: the leader's business only.
        assert stat.S_IMODE((folder / "handleplan.lock").stat().st_mode) == 0o600
    finally:
        first.terminate()
        first.wait(timeout=60)


def test_self_test_is_refused_while_the_app_runs_on_the_same_data(tmp_path: Path):
    folder = tmp_path / "plan"
    first = run(FIRST, str(folder))
    try:
        assert first.stdout.readline().strip() == "shown", first.stderr.read()
        result = handleplan("--data-dir", str(folder), "self-test", timeout=90)
        assert result.returncode == 1
        assert "allerede åben" in result.stdout
    finally:
        first.terminate()
        first.wait(timeout=60)
