"""English is a full translation: every UI string has one, and the app shows it when chosen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from handleplan.ui.app import Language
from handleplan.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_string_has_a_finished_english_translation():
    result = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "translations" / "update.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_speaks_english_when_chosen_and_danish_again_after(qapp, ctx, qtbot):
    language = Language(qapp)
    try:
        language.switch("en")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[0] == "Overview"
        assert "Tiltag" not in titles
    finally:
        language.switch("da")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Overblik"
