"""One running Handleplan per data folder, decided by asking it rather than by the pid in a lock file.

The lock file (QLockFile) serialises two starts racing each other; whether the instance that wrote it
still lives is asked over a local socket (a Unix socket, a named pipe on Windows). A pid alone proves
nothing: after a crash and a reboot it may belong to any process, even another Python. An instance that
answers is asked to bring its window to the front, and the new start leaves quietly.

QtNetwork costs some 15–40 ms to import here, so a start that gets the lock (the usual case) does not
import it before its window has painted: it listens after the first paint (`serve`), or before the
store opens when an upgrade or a message about the file comes first (`listen`). A start meeting a
lock only seconds old waits a little for an answer before calling the lock stale."""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from handleplan.store.files import make_private

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "handleplan.lock"
RAISE = b"raise\n"
RAISED = b"raised\n"
BUSY = b"busy\n"  # answering, but no window yet (still opening the file, or a dialog before the window)
# How long a start waits for the other instance to answer once connected: it answers from its event loop.
ANSWER_MS = 3000
# A lock file younger than this with nobody answering may be an instance still starting (it listens once
# its window has painted): wait for it this long at most. Only a pid reused by a program of the same
# name makes a dead instance's lock look alive, so this wait is almost never spent on a stale lock.
STARTING_GRACE_S = 10.0
POLL_S = 0.05


class Other(Enum):
    NONE = "none"  # we hold the lock: start
    RAISED = "raised"  # another instance brought its window to the front: leave quietly
    BUSY = "busy"  # another instance answers but cannot show its window now


def server_name(folder: Path) -> str:
    """Per user and per data folder. The folder is named by its device and inode, so two spellings of
    one folder (a symlink, another letter case) meet on one name; hashed, so the socket's path stays
    far below the Unix limit of 104–108 bytes. On Linux it lives in the user's own runtime folder
    (0700), where nobody else can put a socket of that name first."""
    import hashlib  # a few ms (OpenSSL): not before the window on a usual start

    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    st = folder.stat()
    where = f"{st.st_dev}:{st.st_ino}" if st.st_ino else str(folder.resolve())
    name = "handleplan-" + hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:24]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _private_dir(runtime) and len(runtime) + len(name) < 100:
        return f"{runtime}/{name}"
    return name  # Qt puts it in the temp folder (per user on macOS), or makes it a named pipe (Windows)


def _private_dir(path: str) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_uid == os.getuid() and st.st_mode & 0o077 == 0


def _socket_path(name: str) -> str | None:
    if os.name == "nt":
        return None
    if os.path.isabs(name):
        return name
    from PySide6.QtCore import QDir

    return os.path.join(QDir.tempPath(), name)


def ask_to_raise(name: str) -> Other | None:
    """Ask an instance listening on `name` to show its window. None: nobody answered at all."""
    path = _socket_path(name)
    if path is not None:
        try:
            if os.lstat(path).st_uid != os.getuid():
                log.warning("a socket of another user sits where ours should be: %s", path)
                return None
        except OSError:
            return None  # no socket: nobody listens (the common case, and no Qt call needed)
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(ANSWER_MS):
        return None
    sock.write(RAISE)
    sock.waitForBytesWritten(ANSWER_MS)
    deadline = time.monotonic() + ANSWER_MS / 1000
    reply = b""
    while not reply.endswith(b"\n") and time.monotonic() < deadline:
        if sock.bytesAvailable() or sock.waitForReadyRead(int((deadline - time.monotonic()) * 1000) + 1):
            reply += bytes(sock.readAll().data())
        elif sock.state() != _local_socket_state():
            break
    sock.abort()
    # Connected but silent: it lives (the kernel took the connection) and its event loop is held –
    # opening or upgrading the file, say. Not stale: two writers is how SQLite files get hurt.
    return Other.RAISED if reply == RAISED else Other.BUSY


def _local_socket_state():  # noqa: ANN202
    from PySide6.QtNetwork import QLocalSocket

    return QLocalSocket.LocalSocketState.ConnectedState


class SingleInstance:
    """Takes the data folder for this process, or finds the instance that has it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock = QLockFile(str(folder / LOCK_NAME))
        # Never stale by age: a leader may keep the window open for days. Staleness is asked (below).
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._bring_to_front: Callable[[], bool] = lambda: False

    def claim(self) -> Other:
        """Other.NONE when this process now holds the folder; otherwise what the other instance said."""
        started = time.monotonic()
        while True:
            if self._try_lock():
                # Every instance holds the lock as long as it runs: nobody else does.
                return Other.NONE
            answer = ask_to_raise(self.name)
            if answer is not None:
                return answer
            # The lock names a live process, yet nobody answers: stale, whatever its pid says – unless it
            # was just written by an instance about to listen. Judged by the file's age (read just before
            # removing it), so a lock another start has only now taken over is not removed again; the
            # time waited counts too, for a clock that went back.
            if self._lock_age() > STARTING_GRACE_S or time.monotonic() - started > 2 * STARTING_GRACE_S:
                log.warning("taking over a lock nobody answers for: %s", self._lock_holder())
                self.lock.removeStaleLockFile()
                if self._try_lock():
                    return Other.NONE
                # Another start took it in between: go round and ask that one.
            time.sleep(POLL_S)

    @functools.cached_property
    def name(self) -> str:  # only when asking or listening: not on the usual start's way to the window
        return server_name(self.folder)

    def serve(self, bring_to_front: Callable[[], bool]) -> None:
        """From now on a second start's request shows the window: `bring_to_front` says whether it could."""
        self._bring_to_front = bring_to_front
        self.listen()

    def release(self) -> None:
        # The server goes first: while the lock is held, a start that finds nobody answering takes over.
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    unlock = release

    def _try_lock(self) -> bool:
        # The lock file names this process and machine: private like every other file in the folder.
        # QLockFile makes it with the umask's mode (0644) and has no way to ask for another; it is set
        # at once, and until then it sits in the data folder, 0700, which nobody else can look into.
        # Not a umask set around tryLock: that is the whole process's, Qt's threads' too (store/files.py).
        if not self.lock.tryLock(0):
            return False
        make_private(self.folder / LOCK_NAME)
        return True

    def _lock_age(self) -> float:
        try:
            age = time.time() - (self.folder / LOCK_NAME).stat().st_mtime
        except OSError:
            return 0.0  # gone this moment: go round and try the lock again
        return age if age >= 0 else float("inf")  # written "in the future": the clock moved, not new

    def _lock_holder(self) -> str:
        try:
            return " / ".join((self.folder / LOCK_NAME).read_text(errors="replace").splitlines()[:3])
        except OSError:
            return "unknown"

    def listen(self) -> None:
        """Answer second starts from now on (until `serve`, that there is no window yet). Once only."""
        if self.server is not None or not self.lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A socket file left by a crash would refuse the name; we hold the lock, so it is nobody's.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Not fatal: this instance runs, only a second start cannot raise it (it will see the lock).
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._answer_all)
        self.server = server

    def _answer_all(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda sock=sock: self._answer(sock))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._answer(sock)

    def _answer(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        if bytes(sock.readLine().data()) == RAISE:
            raised = False
            try:
                raised = self._bring_to_front()
            finally:
                sock.write(RAISED if raised else BUSY)
                sock.flush()
                sock.disconnectFromServer()
