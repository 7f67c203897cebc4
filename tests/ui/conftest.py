"""Fixtures for the widget tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from handleplan.demo import fill_demo
from handleplan.store import Store
from handleplan.ui.app import Language, settings_for
from handleplan.ui.controller import AppController, store_opener
from handleplan.ui.main_window import MainWindow


@pytest.fixture
def demo_window(ctx, qtbot) -> MainWindow:
    """The main window on the demo plan, shown at 1280×800."""
    fill_demo(ctx.store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "plan"
    store = Store.open(folder)
    fill_demo(store)
    store.close()
    return folder


def start(
    qapp, qtbot, folder: Path, last_screen: str, close_at_end: bool = True, on_painted=None
) -> AppController:
    """The app as `handleplan` starts it on `folder`, left last time on `last_screen`: the store opens later."""
    settings = settings_for(folder)
    settings.setValue("window/screen", last_screen)
    language = Language(qapp)
    language.switch("da")
    controller = AppController(
        qapp, store_opener(folder, "da"), settings, language, db_path=folder / "handleplan.db"
    )
    window = controller.show(welcome=False, on_painted=on_painted)
    if close_at_end:
        qtbot.addWidget(window)
    return controller


@pytest.fixture
def start_app(qapp, qtbot):
    """`start` for a test: start_app(folder, last_screen, close_at_end=True, on_painted=None)."""
    return lambda folder, last_screen, **kwargs: start(qapp, qtbot, folder, last_screen, **kwargs)
