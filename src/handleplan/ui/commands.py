"""The GUI commands: start the app, save screenshots of every screen, and the offscreen self-test."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from handleplan.cli_words import SELFTEST_WORDS
from handleplan.errors import MESSAGES
from handleplan.paths import log_dir
from handleplan.say import say
from handleplan.store import drivers
from handleplan.ui.app import LOG_NAME, Language, get_app, settings_for, setup_logging
from handleplan.ui.controller import AppController, open_store_or_explain, store_opener

# What a laptop leaves the window: 1366×768 and 1280×720 less a panel and a task bar, and 1280×720 at 125 %.
SIZES = ((1350, 700), (1264, 650), (1008, 528))
log = logging.getLogger(__name__)


def seconds_since_process_start(fallback_start: float) -> float:
    """Wall time since the process began: from /proc on Linux (includes interpreter start-up),
    else from the moment our command line module was imported."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - fallback_start


def _start(folder: Path, lang: str | None, offscreen: bool = False):  # noqa: ANN202
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = get_app()
    setup_logging(folder)
    settings = settings_for(folder)
    chosen = lang or str(settings.value("ui/lang", "da"))
    language = Language(app)
    language.switch(chosen)
    return app, settings, language


def run_gui(folder: Path, lang: str | None, quit_when_ready: bool = False, process_start: float = 0.0) -> int:
    try:
        return _run_gui(folder, lang, quit_when_ready, process_start)
    finally:
        gc.enable()  # if the window never painted (a refused store, say), collection was still off


def _run_gui(folder: Path, lang: str | None, quit_when_ready: bool, process_start: float) -> int:
    from handleplan.errors import FolderError
    from handleplan.store.files import folder_problem

    problem = folder_problem(folder)  # a read-only or full data folder is said before anything else
    if problem is not None:
        app = get_app()
        Language(app).switch(lang or "da")
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Handleplan", FolderError(*problem).message(lang or "da"))
        return 1
    app, settings, language = _start(folder, lang)
    from handleplan.store.files import ensure_private_dir
    from handleplan.ui.single_instance import Other, SingleInstance

    ensure_private_dir(folder)
    lock = SingleInstance(folder)
    other = lock.claim()
    if other is Other.RAISED:
        # The leader started the app again to find its window: it is in front now; nothing to say.
        print(say(SELFTEST_WORDS, "already_open_raised", language.lang), file=sys.stderr)
        return 0
    if other is Other.BUSY:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, "Handleplan", MESSAGES["store_locked"][language.lang])
        return 1
    if not file_is_current(folder):
        lock.listen()  # an upgrade or a message about the file comes before the window: answer meanwhile
    store = store_opener(folder, language.lang)
    if store is None:
        return 1
    controller = AppController(app, store, settings, language, db_path=folder / "handleplan.db")
    from handleplan.ui.failure import FailureNotice

    # From here on an error no screen expected (the first screen's own reads run in Qt's hands too) becomes
    # a sentence for the leader and a traceback in the log. Installed before the controller's shutdown is
    # tied to aboutToQuit, so the notice knows the loop is ending when a failure in the shutdown comes.
    notice = FailureNotice(
        lambda: controller.window, lambda: controller.ctx.lang, folder, log_dir(folder) / LOG_NAME
    )
    notice.install()

    def painted() -> None:
        collect_garbage_again()
        lock.serve(controller.bring_to_front)  # after the first paint: QtNetwork costs a few dozen ms
        if not quit_when_ready:
            from handleplan.ui.risky_place import warn_once

            # A data folder in OneDrive, Dropbox … or on a network drive: said once, over the window.
            QTimer.singleShot(0, lambda: warn_once(controller.ctx, controller.window))
        if quit_when_ready:
            elapsed = seconds_since_process_start(process_start)
            print(f"handleplan ready: {elapsed * 1000:.0f} ms from process start to first paint", flush=True)
            window.close()
            app.quit()

    try:
        window = controller.show(welcome=not quit_when_ready, on_painted=painted)
    except drivers.DatabaseError as exc:
        # Damage behind a readable header shows only when the first screen reads the file (an
        # OperationalError – locked, an I/O error – is not damage). Say so in the leader's language
        # and stop: nothing has written to the file yet.
        notice.uninstall()
        explain_unreadable(exc, language.lang)
        lock.unlock()
        return 1
    QTimer.singleShot(5000, collect_garbage_again)  # should the window not paint (started minimised)
    QTimer.singleShot(5000, lambda: lock.serve(controller.bring_to_front))
    app.aboutToQuit.connect(controller.shutdown)
    try:
        code = app.exec()
    finally:
        notice.uninstall()
    lock.unlock()
    return code


def file_is_current(folder: Path) -> bool:
    from handleplan.store.schema import HEAD_REVISION, read_revision

    try:
        return read_revision(folder / "handleplan.db") == HEAD_REVISION
    except Exception:  # noqa: BLE001 - damaged or missing: store_opener says what is wrong
        return False


def explain_unreadable(exc: BaseException, lang: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from handleplan.errors import HandleplanError, StoreDamagedError

    log.error("the data file could not be read at start-up: %s", exc)
    if isinstance(exc, drivers.OperationalError):
        error = HandleplanError("store_unreadable_now")
    else:
        error = StoreDamagedError(MESSAGES["damaged_inside"][lang])
    QMessageBox.critical(None, "Handleplan", error.message(lang))


def collect_garbage_again() -> None:
    """After the first paint: what start-up made (PySide6's types and enums, our modules, the first
    screen) lives as long as the app, so it is frozen out of later collections, which then stay short."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_screenshots(folder: Path, outdir: Path, lang: str) -> int:
    """A PNG of every screen and dialog, with whatever the store holds, at the window sizes of SIZES: what
    1366×768 and 1280×720 screens leave for the window, and 1280×720 at 125 %."""
    app, settings, language = _start(folder, lang, offscreen=True)
    store = open_store_or_explain(folder, language.lang)
    if store is None:
        return 1
    from handleplan.store.files import ensure_private_dir

    ensure_private_dir(outdir)  # the pictures show her plan: 0700, like the data folder
    controller = AppController(app, store, settings, language)
    window = controller.show(welcome=False)
    from handleplan.ui.screenshots import capture_all

    written = capture_all(window, controller.ctx, outdir, language.lang, SIZES)
    window.close()
    controller.shutdown()
    for path in written:
        print(path)
    return 0 if written else 1


def run_self_test(folder: Path, lang: str) -> int:
    """Open the window offscreen, visit every screen, make an edit through the UI, reopen the store
    and find it; then remove the test's trace. Exit 0 only when all of that worked."""
    app, settings, language = _start(folder, lang, offscreen=True)
    from handleplan.ui.selftest import self_test

    ok, lines = self_test(app, folder, settings, language)
    for line in lines:
        print(line)
    return 0 if ok else 1
