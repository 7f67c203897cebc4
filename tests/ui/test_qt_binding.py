"""Guards against a Qt binding that loses references to None (PySide6 6.12.0 did: after a few thousand
item.data() calls for an unset role, Python 3.11 aborts with "deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem


def test_reading_an_unset_role_keeps_none_alive(qapp):
    widget = QListWidget()
    item = QListWidgetItem("tiltag")
    widget.addItem(item)
    combo = QComboBox()
    combo.addItem("ingen", None)
    before = sys.getrefcount(None)
    for _ in range(500):
        item.data(Qt.ItemDataRole.UserRole + 5)
        combo.currentData()
        QListWidget().currentItem()
    # A few references may come and go elsewhere; a leak of one per call would show as -1500.
    assert sys.getrefcount(None) - before > -50
