"""`handleplan self-test`: the files the app reads from disk (fonts, translations, course content,
migrations), then the whole app offscreen – every screen, an edit typed through the UI, the store reopened
and the edit found – and then the test's own trace removed again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from handleplan.cli_words import SELFTEST_WORDS
from handleplan.errors import HandleplanError
from handleplan.say import say
from handleplan.ui.app import Language
from handleplan.ui.bundle_check import check_bundle
from handleplan.ui.controller import AppController, take_lock
from handleplan.ui.main_window import SCREEN_KEYS


def _type(widget: QWidget, text: str) -> None:
    """Key presses and releases, one character at a time, delivered as the window system's would be:
    the field's own key handling and its autosave run. (QtTest would do the same, at 0.7 MB more in the
    bundle.)"""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


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

    def ok(text: str) -> None:
        lines.append(f"{say(SELFTEST_WORDS, 'ok', language.lang):4}  {text}")

    def fail(text: str) -> tuple[bool, list[str]]:
        lines.append(f"{say(SELFTEST_WORDS, 'fail', language.lang):4}  {text}")
        return False, lines

    # All of them reported, then stop: a bundle missing a file is not worth opening a window for.
    files = check_bundle(language.lang)
    for passed, text in files:
        lines.append(f"{say(SELFTEST_WORDS, 'ok' if passed else 'fail', language.lang):4}  {text}")
    if not all(passed for passed, _ in files):
        return False, lines

    ensure_private_dir(folder)
    lock = take_lock(folder)
    if lock is None:
        return fail(say(SELFTEST_WORDS, "locked", language.lang))
    try:
        try:
            store = Store.open(folder)
        except HandleplanError as exc:
            return fail(exc.message(language.lang))
        ok(say(SELFTEST_WORDS, "opened", language.lang, path=store.path))
        controller = AppController(app, store, settings, language)
        window = controller.show(welcome=False)
        window.activateWindow()
        _settle()
        for key in SCREEN_KEYS:
            screen = window.open_screen(key)
            _settle()
            if window.current_screen() is not screen:
                return fail(say(SELFTEST_WORDS, "no_screen", language.lang, key=key))
            ok(say(SELFTEST_WORDS, "screen", language.lang, title=window.nav_titles()[key]))

        marker = f"{say(SELFTEST_WORDS, 'marker', language.lang)} {datetime.now():%Y-%m-%d %H:%M:%S}"
        before = {i.id for i in initiative_ops.initiatives(store)}
        window.new_initiative()
        _settle()
        created = [i.id for i in initiative_ops.initiatives(store) if i.id not in before]
        # Offscreen the window is never "active", so keyboard focus may not land; type into the field
        # the app focuses for the leader (the editor's title) directly.
        editor = getattr(window.current_screen(), "editor", None)
        field = getattr(editor, "title", None)
        if not isinstance(field, QLineEdit) or not field.isEnabled():
            return fail(say(SELFTEST_WORDS, "no_title", language.lang))
        field.selectAll()
        _type(field, marker)
        _settle()
        window.close()
        controller.shutdown()
        ok(say(SELFTEST_WORDS, "typed", language.lang))

        store = Store.open(folder)
        try:
            found = [i for i in initiative_ops.initiatives(store) if i.title == marker]
            if found:
                ok(say(SELFTEST_WORDS, "found", language.lang))
            # Whatever happened, the test's own initiative must not stay in the leader's plan.
            for initiative in initiative_ops.initiatives(store):
                if initiative.id in created or initiative.title == marker:
                    undo.delete_record(store, initiative, "selvtest")
            ok(say(SELFTEST_WORDS, "removed", language.lang))
            if not found:
                return fail(say(SELFTEST_WORDS, "not_found", language.lang))
        finally:
            store.close()
        lines.append(say(SELFTEST_WORDS, "passed", language.lang))
        return True, lines
    finally:
        lock.unlock()
