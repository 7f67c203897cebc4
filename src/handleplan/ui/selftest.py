"""`handleplan self-test`: the files the app reads from disk (fonts, translations, course content,
migrations), then the whole app offscreen – every screen, an edit typed through the UI, the store reopened
and the edit found – and then the test's own trace removed again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from handleplan.errors import HandleplanError
from handleplan.ui.app import Language
from handleplan.ui.bundle_check import check_bundle
from handleplan.ui.controller import AppController, take_lock
from handleplan.ui.main_window import SCREEN_KEYS

# The report in the language asked for (`--lang`), like the other commands' output.
WORDS = {
    "da": {
        "ok": "OK",
        "fail": "FEJL",
        "locked": "Handleplan er allerede åben med de samme data",
        "opened": "datafilen åbnede: {path}",
        "no_screen": "skærmen {key} kunne ikke vises",
        "screen": "skærmen »{title}« vises",
        "marker": "Selvtest",
        "no_title": "titelfeltet for et nyt tiltag kunne ikke findes",
        "typed": "et nyt tiltag blev skrevet ind via vinduet, og vinduet blev lukket",
        "found": "ændringen var gemt, da datafilen blev åbnet igen",
        "removed": "selvtestens tiltag er fjernet igen",
        "not_found": "ændringen blev ikke fundet, da datafilen blev åbnet igen",
        "passed": "Selvtesten gik godt.",
    },
    "en": {
        "ok": "OK",
        "fail": "FAIL",
        "locked": "Handleplan is already open with the same data",
        "opened": "the data file opened: {path}",
        "no_screen": "the screen {key} could not be shown",
        "screen": "the screen ‘{title}’ shows",
        "marker": "Self-test",
        "no_title": "the title field of a new initiative could not be found",
        "typed": "a new initiative was typed in through the window, and the window was closed",
        "found": "the change was saved when the data file was opened again",
        "removed": "the self-test's initiative is removed again",
        "not_found": "the change was not found when the data file was opened again",
        "passed": "The self-test passed.",
    },
}


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def self_test(
    app: QApplication, folder: Path, settings: QSettings, language: Language
) -> tuple[bool, list[str]]:
    from handleplan.ops import initiatives as initiative_ops
    from handleplan.ops import undo
    from handleplan.store import Store
    from handleplan.store.files import ensure_private_dir

    lines: list[str] = []
    words = WORDS.get(language.lang, WORDS["da"])

    def ok(text: str) -> None:
        lines.append(f"{words['ok']:4}  {text}")

    def fail(text: str) -> tuple[bool, list[str]]:
        lines.append(f"{words['fail']:4}  {text}")
        return False, lines

    # All of them reported, then stop: a bundle missing a file is not worth opening a window for.
    files = check_bundle(language.lang)
    for passed, text in files:
        lines.append(f"{words['ok' if passed else 'fail']:4}  {text}")
    if not all(passed for passed, _ in files):
        return False, lines

    ensure_private_dir(folder)
    lock = take_lock(folder)
    if lock is None:
        return fail(words["locked"])
    try:
        try:
            store = Store.open(folder)
        except HandleplanError as exc:
            return fail(exc.message(language.lang))
        ok(words["opened"].format(path=store.path))
        controller = AppController(app, store, settings, language)
        window = controller.show(welcome=False)
        window.activateWindow()
        _settle()
        for key in SCREEN_KEYS:
            screen = window.open_screen(key)
            _settle()
            if window.current_screen() is not screen:
                return fail(words["no_screen"].format(key=key))
            ok(words["screen"].format(title=window.nav_titles()[key]))

        marker = f"{words['marker']} {datetime.now():%Y-%m-%d %H:%M:%S}"
        before = {i.id for i in initiative_ops.initiatives(store)}
        window.new_initiative()
        _settle()
        created = [i.id for i in initiative_ops.initiatives(store) if i.id not in before]
        # Offscreen the window is never "active", so keyboard focus may not land; type into the field
        # the app focuses for the leader (the editor's title) directly.
        editor = getattr(window.current_screen(), "editor", None)
        field = getattr(editor, "title", None)
        if not isinstance(field, QLineEdit) or not field.isEnabled():
            return fail(words["no_title"])
        field.selectAll()
        QTest.keyClicks(field, marker)
        _settle()
        window.close()
        controller.shutdown()
        ok(words["typed"])

        store = Store.open(folder)
        try:
            found = [i for i in initiative_ops.initiatives(store) if i.title == marker]
            if found:
                ok(words["found"])
            # Whatever happened, the test's own initiative must not stay in the leader's plan.
            for initiative in initiative_ops.initiatives(store):
                if initiative.id in created or initiative.title == marker:
                    undo.delete_record(store, initiative, "selvtest")
            ok(words["removed"])
            if not found:
                return fail(words["not_found"])
        finally:
            store.close()
        lines.append(words["passed"])
        return True, lines
    finally:
        lock.unlock()
