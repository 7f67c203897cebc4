"""Fixtures for the widget tests."""

from __future__ import annotations

import pytest

from handleplan.demo import fill_demo
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
