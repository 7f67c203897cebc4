"""Garbage collection is off while the GUI starts (cli) and back on once the window has painted."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QLabel

from handleplan.ui.commands import collect_garbage_again
from handleplan.ui.controller import FirstPaint


def test_collection_comes_back_after_the_first_paint(qtbot):
    label = QLabel("Hej")
    qtbot.addWidget(label)
    gc.disable()
    try:
        FirstPaint(label, collect_garbage_again)
        label.show()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        # The start-up objects were frozen out of later collections, not lost.
        assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()


def test_collecting_again_is_harmless_when_collection_is_on():
    assert gc.isenabled()
    collect_garbage_again()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
