"""No text is cut off: on every screen and in each of its states, empty plan and demo plan, both languages,
at the smallest window the app allows on a 13-inch laptop at 125 % and at 1366×768, every visible
word-wrapped label is as tall as its text needs at its width. (A heading centred by its layout got only
its one-line width, wrapped into two lines and was cut to one – the first thing a new leader saw on Tiltag.)"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from handleplan.demo import fill_demo
from handleplan.store import Store
from handleplan.ui.app import Language, settings_for
from handleplan.ui.context import AppContext
from handleplan.ui.main_window import SCREEN_KEYS, MainWindow
from handleplan.ui.screenshots import DIALOGS

SIZES = ((1008, 528), (1366, 768))


def cut_labels(root: QWidget) -> list[str]:
    for _ in range(6):  # a resize may fold a row whose new height reaches the layouts a round later
        QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text().strip() and label.width() > 0:
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"{label.text()[:60]!r}: {label.height()} px of {need}")
    return found


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("filled", [False, True], ids=["empty", "demo"])
def test_no_label_on_any_screen_is_cut(qapp, tmp_path: Path, lang: str, filled: bool):
    store = Store.open(tmp_path / "plan")
    if filled:
        fill_demo(store, lang)
    language = Language(qapp)
    language.switch(lang)
    try:
        ctx = AppContext(store, lang, settings_for(tmp_path / "plan"))
        window = MainWindow(ctx)
        window.show()
        cut: list[str] = []
        for width, height in SIZES:
            window.resize(width, height)
            for key in SCREEN_KEYS:
                screen = window.open_screen(key)
                states = getattr(screen, "screenshot_states", None)
                for name, setup in [("", lambda: None), *(states() if callable(states) else [])]:
                    setup()
                    cut += [f"{width}×{height} {key} {name}: {c}" for c in cut_labels(window)]
            for _file, module, cls in DIALOGS:
                dialog: QDialog = getattr(importlib.import_module(module), cls)(ctx, window)
                dialog.show()
                cut += [f"{width}×{height} {cls}: {c}" for c in cut_labels(dialog)]
                dialog.reject()
                dialog.deleteLater()
        window.close()
        window.deleteLater()
        assert cut == []
    finally:
        language.switch("da")
        store.close()
