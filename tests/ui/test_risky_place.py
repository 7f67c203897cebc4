"""A data folder inside a synced cloud folder is named once, with why and how to move it."""

from __future__ import annotations

from pathlib import Path

from handleplan.store import Store
from handleplan.ui.app import settings_for
from handleplan.ui.context import AppContext
from handleplan.ui.risky_place import risky_place_text, warn_once


def test_a_dropbox_folder_is_named_once(qapp, tmp_path: Path, monkeypatch):
    folder = tmp_path / "Dropbox" / "Handleplan"
    store = Store.open(folder)
    try:
        ctx = AppContext(store, "da", settings_for(folder))
        text = risky_place_text(ctx)
        assert text is not None and "Dropbox" in text and "beskadige" in text and str(folder) in text
        shown: list[str] = []
        from PySide6.QtWidgets import QMessageBox

        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, body: shown.append(body)))
        warn_once(ctx, None)
        warn_once(ctx, None)  # the next start says nothing more
        assert shown == [text]
    finally:
        store.close()


def test_an_ordinary_folder_says_nothing(ctx):
    assert risky_place_text(ctx) is None
