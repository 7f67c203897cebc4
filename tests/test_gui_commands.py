"""The GUI commands for people and CI without a screen: self-test, screenshots, --quit-when-ready."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from handleplan.ui.main_window import SCREEN_KEYS


def handleplan(*args: str, timeout: int = 240) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "handleplan", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = handleplan("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder


def test_self_test_passes_and_leaves_no_trace(demo_dir: Path):
    result = handleplan("--data-dir", str(demo_dir), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Selvtesten gik godt." in result.stdout
    for title in ("Overblik", "Tiltag", "Refleksioner", "TRIO", "Forløb"):
        assert f"»{title}«" in result.stdout

    from handleplan.ops.initiatives import initiatives
    from handleplan.store import Store

    store = Store.open(demo_dir)
    try:
        assert not [i for i in initiatives(store) if i.title.startswith("Selvtest")]
    finally:
        store.close()


def test_self_test_reports_in_english_with_lang_en(demo_dir: Path):
    result = handleplan("--data-dir", str(demo_dir), "self-test", "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "The self-test passed."
    for title in ("Overview", "Initiatives", "Reflections", "TRIO", "Course timeline"):
        assert f"‘{title}’" in result.stdout
    assert "»" not in result.stdout and "skærm" not in result.stdout


def test_screenshots_cover_every_screen_in_both_languages(demo_dir: Path, tmp_path: Path):
    for lang in ("da", "en"):
        out = tmp_path / lang
        result = handleplan("--data-dir", str(demo_dir), "--lang", lang, "screenshots", str(out))
        assert result.returncode == 0, result.stdout + result.stderr
        names = {p.name for p in out.glob("*.png")}
        for size in ("1350x700", "1264x650", "1008x528"):
            for number, key in enumerate(SCREEN_KEYS, start=1):
                assert f"{lang}-{size}-{number}-{key}.png" in names
            for dialog in ("welcome", "search", "settings", "export"):
                assert f"{lang}-{size}-dialog-{dialog}.png" in names
            for message in ("damaged-while-working", "unreadable-while-working", "unexpected"):
                assert f"{lang}-{size}-message-{message}.png" in names
            for box in ("unsaved-close", "portable-replace", "portable-saved", "file-dialog"):
                assert f"{lang}-{size}-box-{box}.png" in names
            for state in (
                "about",
                "cycle-plan",
                "cycle-do",
                "cycle-study",
                "cycle-act",
                "iglo",
                "earlier-cycle",
            ):
                assert f"{lang}-{size}-2-initiatives-{state}.png" in names
            assert f"{lang}-{size}-dialog-search-results.png" in names
        assert all(p.stat().st_size > 5_000 for p in out.glob("*.png"))


def test_quit_when_ready_reports_the_time_to_first_paint(demo_dir: Path):
    result = handleplan("--data-dir", str(demo_dir), "--quit-when-ready")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ms from process start to first paint" in result.stdout


# Starts the app as `handleplan` does and reads out, then closes, the first dialog it shows.
ANSWER_DIALOG = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from handleplan.ui.app import get_app

app = get_app()

def answer():
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(50, answer)
        return
    print("dialog:", box.text(), flush=True)
    box.accept()

QTimer.singleShot(50, answer)
from handleplan.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_a_file_that_cannot_be_read_just_now_is_not_called_damaged(qtbot):
    """An OperationalError (locked, an I/O error) at start is no reason to send the leader to a backup."""
    import sqlite3

    from support import answer_next_message

    from handleplan.errors import MESSAGES
    from handleplan.ui.commands import explain_unreadable

    seen: list[str] = []
    answer_next_message(seen)
    explain_unreadable(sqlite3.OperationalError("disk I/O error"), "da")
    assert seen == [MESSAGES["store_unreadable_now"]["da"]]
