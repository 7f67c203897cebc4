"""Shared fixtures: a real store in a temporary folder per test, and one Danish QApplication."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from handleplan.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data folder or settings."""
    monkeypatch.setenv("HANDLEPLAN_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    s = Store.open(data_dir)
    yield s
    s.close()


@pytest.fixture(scope="session")
def qapp():
    """One QApplication for the whole run, set up as the app sets itself up (Danish, Fusion)."""
    from handleplan.ui.app import Language, get_app

    app = get_app([])
    Language(app).switch("da")
    yield app


@pytest.fixture
def ctx(qapp, store: Store, data_dir: Path):
    """The AppContext screens are built with, over the test's own store and settings file."""
    from handleplan.ui.app import settings_for
    from handleplan.ui.context import AppContext

    context = AppContext(store, "da", settings_for(data_dir))
    yield context
    context.undo_stack.clear()
