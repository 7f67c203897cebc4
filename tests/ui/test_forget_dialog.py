"""Hjælp › "Slet alle mine data …": the dialog says what goes, offers the portable file first, and only
SLET typed in its field deletes – the plan, its -wal/-shm, the backups, the log and the settings – after
which the app closes. Nothing outside the data folder is touched."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from handleplan.ops import initiatives as ops
from handleplan.store.backups import make_backup
from handleplan.ui.app import setup_logging
from handleplan.ui.dialogs.forget import ForgetDialog, ForgottenBox


@pytest.fixture
def running(start_app, demo_folder: Path, qtbot, monkeypatch):
    """The app on a folder a leader has used: the demo plan, two backups, a log, settings, a copy moved
    aside after damage, and her own notes beside the folder."""
    for days in (30, 2):
        make_backup(demo_folder / "handleplan.db", "automatic", now=datetime.now() - timedelta(days=days))
    (demo_folder / "handleplan.db.damaged-20261101-101010").write_bytes(b"SQLite format 3\0damaged")
    setup_logging(demo_folder)
    logging.getLogger("handleplan.test").info("a line in the log")
    beside = demo_folder.parent / "Mine noter.txt"
    beside.write_text("ikke Handleplans", encoding="utf-8")
    controller = start_app(demo_folder, "overview")
    qtbot.waitUntil(lambda: controller.ctx.store_is_open, timeout=10_000)
    controller.ctx.call(ops.create_initiative, controller.ctx.store, "Skrevet lige før")  # a -wal in use
    said: list[str] = []
    monkeypatch.setattr(ForgottenBox, "exec", lambda box: said.append(box.text()))
    quits: list[bool] = []
    controller.app = SimpleNamespace(quit=lambda: quits.append(True))
    yield SimpleNamespace(controller=controller, folder=demo_folder, beside=beside, said=said, quits=quits)
    from handleplan.store.forget import release_logs

    release_logs(demo_folder)  # the log handler this fixture opened, when no test deleted it


def open_dialog(running, qtbot) -> ForgetDialog:
    dialog = ForgetDialog(running.controller.ctx, running.controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_it_says_exactly_what_goes(running, qtbot):
    dialog = open_dialog(running, qtbot)
    lines = [label.text() for label in dialog.gone_lines]
    assert lines[0] == (
        "• Din handleplan – alt, også det private: handleplan.db, handleplan.db-wal, handleplan.db-shm"
    )
    assert "• 2 sikkerhedskopier (mappen backups)" in lines
    assert any("handleplan.db.damaged-20261101-101010" in line for line in lines)
    assert "• Loggen med tekniske detaljer (mappen logs)" in lines
    assert "• Dine indstillinger (settings.ini)" in lines
    assert not dialog.delete_button.isEnabled()


def test_slet_typed_deletes_everything_and_the_app_closes(running, qtbot):
    folder = running.folder
    assert (folder / "handleplan.db-wal").exists() and (folder / "settings.ini").exists()
    dialog = open_dialog(running, qtbot)
    qtbot.keyClicks(dialog.confirm, "SLET")
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running.quits == [True], timeout=10_000)
    assert not folder.exists()
    assert running.beside.read_text(encoding="utf-8") == "ikke Handleplans"
    assert running.said and running.said[0].startswith("Dine data er slettet: ")
    assert f"Mappen {folder} er også væk." in running.said[0]
    assert running.said[0].endswith("Handleplan lukker nu.")
    # The window closed without saving its place, and the exit made no backup: nothing came back.
    assert not running.controller.window.isVisible()
    running.controller.shutdown()
    assert not folder.exists()


@pytest.mark.parametrize("typed", ["slet", "SLE", "SLET ALT", "DELETE"])
def test_another_word_deletes_nothing(running, qtbot, typed: str):
    before = sorted(p.relative_to(running.folder) for p in running.folder.rglob("*"))
    dialog = open_dialog(running, qtbot)
    qtbot.keyClicks(dialog.confirm, typed)
    assert not dialog.delete_button.isEnabled()
    with qtbot.assertNotEmitted(running.controller.ctx.forget_requested, wait=100):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # disabled: no click
        dialog.accept()  # nor any other way to accept
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter is Annullér, the default
    assert running.quits == [] and running.said == []
    assert sorted(p.relative_to(running.folder) for p in running.folder.rglob("*")) == before


def test_the_help_menu_opens_it_beside_om_dine_data(demo_window, monkeypatch):
    opened = []
    monkeypatch.setattr(ForgetDialog, "exec", lambda self: opened.append(self.windowTitle()))
    actions = [a.text() for a in demo_window.about_data_action.associatedObjects()[-1].actions()]
    assert actions == ["Om dine data …", "Beskyt med adgangskode …", "", "Slet alle mine data …"]
    demo_window.forget_action.trigger()
    assert opened == ["Slet alle mine data"]


def test_the_portable_export_is_offered_first(running, qtbot, tmp_path, monkeypatch):
    from handleplan.ui.dialogs.portable import PortableFile

    written = []
    monkeypatch.setattr(PortableFile, "export_plan", lambda self, target=None: written.append(self.ctx))
    dialog = open_dialog(running, qtbot)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written == [running.controller.ctx]
    assert (running.folder / "handleplan.db").exists()  # saving first deletes nothing


def test_in_english_the_word_is_delete(qapp, ctx, qtbot):
    from handleplan.ui.app import Language

    language = Language(qapp)
    try:
        language.switch("en")
        dialog = ForgetDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Delete all my data"
        qtbot.keyClicks(dialog.confirm, "SLET")
        assert not dialog.delete_button.isEnabled()
        dialog.confirm.clear()
        qtbot.keyClicks(dialog.confirm, "DELETE")
        assert dialog.delete_button.isEnabled() and dialog.delete_button.text() == "Delete everything"
    finally:
        language.switch("da")
