"""Fixtures for the widget tests."""

from __future__ import annotations

import os
import subprocess
import sys
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


def run_app_left_on(folder: Path, last_screen: str, script: str) -> subprocess.CompletedProcess[str]:
    """`script` run offscreen in a fresh Python on `folder`, whose leader is past the welcome and left
    the app on `last_screen`: for what only a fresh process shows (which modules are imported when)."""
    from handleplan.ops import edit, people

    store = Store.open(folder)
    edit.edit(store, people.profile(store), onboarded=True)
    store.close()
    settings = settings_for(folder)
    settings.setValue("window/screen", last_screen)
    settings.sync()
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def app_left_on():
    """`run_app_left_on` for a test: app_left_on(folder, last_screen, script)."""
    return run_app_left_on
