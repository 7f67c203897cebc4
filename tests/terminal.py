"""A command line run in a real terminal: a child process on a pseudo-terminal (python's `pty`) that is its
controlling terminal, so `getpass` reads from it with echo off exactly as it would for a leader."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from dataclasses import dataclass

# A guard against a child that never prompts, not a measured time: a passing run takes about a second.
GIVE_UP_AFTER = 120.0

# The child takes the pseudo-terminal as its controlling terminal (it is a new session's leader, so
# TIOCSCTTY is allowed), then becomes `python -m handleplan`.
_BECOME_HANDLEPLAN = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.executable, [sys.executable, '-m', 'handleplan', *sys.argv[1:]])"
)


@dataclass
class Session:
    before_answer: str  # everything the terminal showed before the answer was typed
    after_answer: str  # everything it showed after
    returncode: int


def run_in_terminal(*args: str, answer: str | None, wait_for: str) -> Session:
    """Run `handleplan ARGS` on a pty; once `wait_for` appears, type `answer` and Enter (None: just wait
    for the end). Returns what the terminal showed and the exit code."""
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-c", _BECOME_HANDLEPLAN, *args],
        stdin=slave, stdout=slave, stderr=slave, start_new_session=True, close_fds=True,
    )  # fmt: skip
    os.close(slave)
    shown = b""
    before = None
    try:
        while True:
            ready, _, _ = select.select([master], [], [], GIVE_UP_AFTER)
            if not ready:
                raise AssertionError(f"the command showed nothing more for {GIVE_UP_AFTER} s: {shown!r}")
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child closed its end of the terminal
                break
            if not chunk:
                break
            shown += chunk
            if before is None and wait_for.encode() in shown:
                before = shown
                if answer is not None:
                    os.write(master, answer.encode() + b"\r")
    finally:
        os.close(master)
        returncode = child.wait(timeout=GIVE_UP_AFTER)
    text = shown.decode("utf-8", "replace")
    if before is None:
        return Session(text, "", returncode)
    head = before.decode("utf-8", "replace")
    return Session(head, text[len(head) :], returncode)
