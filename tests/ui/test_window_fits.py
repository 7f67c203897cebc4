"""The first start fits a 13-inch laptop: the window opens inside the screen's free area, status bar
included, at 1366×768 and 1280×720, at 100 % and 125 % scaling (125 % leaves 1093×614 and 1024×576)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from handleplan.demo import fill_demo
from handleplan.ops import edit, people
from handleplan.store import Store

SCRIPT = """
import sys
from pathlib import Path
from handleplan.ui.app import Language, get_app, settings_for
from handleplan.ui.controller import AppController, store_opener
folder = Path(sys.argv[1])
app = get_app([])
language = Language(app)
language.switch("da")
controller = AppController(app, store_opener(folder, "da"), settings_for(folder), language,
                           db_path=folder / "handleplan.db")
window = controller.show(welcome=False)
for _ in range(20):
    app.processEvents()
room = app.primaryScreen().availableGeometry()
frame = window.frameGeometry()
print(room.width(), room.height(), frame.x(), frame.y(), frame.width(), frame.height(),
      window.statusBar().isVisible(), window.minimumSizeHint().width(), window.minimumSizeHint().height())
from handleplan.ui.dialogs.about_data import AboutDataDialog
from handleplan.ui.dialogs.export import ExportDialog
from handleplan.ui.dialogs.forget import ForgetDialog
from handleplan.ui.dialogs.search import SearchDialog
from handleplan.ui.dialogs.settings import SettingsDialog
from handleplan.ui.dialogs.welcome import WelcomeDialog
for make in (ExportDialog, SearchDialog, SettingsDialog, WelcomeDialog, AboutDataDialog, ForgetDialog):
    dialog = make(window.ctx, window)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    print(make.__name__, dialog.frameGeometry().height(), dialog.frameGeometry().width())
    dialog.close()
"""


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1093, 614), (1024, 576)])
def test_the_first_window_fits_the_screen(tmp_path: Path, size: tuple[int, int]):
    folder = tmp_path / "plan"
    store = Store.open(folder)
    fill_demo(store)
    edit.edit(store, people.profile(store), onboarded=True)
    store.close()
    width, height = size
    screens = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    window_line, *dialog_lines = done.stdout.strip().splitlines()
    room_w, room_h, x, y, w, h, status, min_w, min_h = window_line.split()
    assert (int(room_w), int(room_h)) == size
    assert int(x) >= 0 and int(y) >= 0
    assert int(x) + int(w) <= width and int(y) + int(h) <= height, done.stdout
    assert status == "True"
    assert int(min_w) <= width and int(min_h) <= height  # nothing forces it past the screen's edge
    assert len(dialog_lines) == 6
    for line in dialog_lines:  # every dialog fits too
        name, dialog_h, dialog_w = line.split()
        assert int(dialog_h) <= height and int(dialog_w) <= width, line
