"""Om dine data: where the files are and what each holds, what leaves the computer, how long backups are
kept, and how to delete it all."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from handleplan.store.backups import make_backup
from handleplan.ui import settings_schema as schema
from handleplan.ui.dialogs.about_data import AboutDataDialog
from handleplan.ui.dialogs.forget import ForgetDialog


def shown(ctx, qtbot) -> AboutDataDialog:
    dialog = AboutDataDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def all_text(dialog: AboutDataDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(type(dialog.path_label)))


def test_it_names_the_folder_each_file_and_what_leaves_the_computer(ctx, qtbot, data_dir):
    (data_dir / "settings.ini").write_text("", encoding="utf-8")
    for days in (3, 1):
        make_backup(ctx.store.path, "automatic", now=datetime.now() - timedelta(days=days))
    (data_dir / "handleplan.db.damaged-20261101-101010").write_bytes(b"x")
    dialog = shown(ctx, qtbot)
    assert dialog.path_label.text() == str(data_dir)
    files = [line.text() for line in dialog.file_lines]
    assert files[0].startswith("<b>handleplan.db</b> – din handleplan")
    assert any(
        text.startswith("<b>backups</b> – 2 kopier af hele handleplanen, også det private") for text in files
    )
    assert any(
        text.startswith("<b>handleplan.db.damaged-20261101-101010</b> – en handleplan") for text in files
    )
    assert any(text.startswith("<b>settings.ini</b>") for text in files)
    text = all_text(dialog)
    assert "aldrig internettet" in text
    assert "Kun det, du selv eksporterer" in text and "flueben" in text
    assert "(.handleplan) rummer alt, også det private" in text
    assert "Hjælp › Slet alle mine data" in text


def test_it_says_how_long_backups_are_kept_as_she_chose(ctx, qtbot):
    assert "ældre end »forløbet plus et år (standard)« slettes" in all_text(shown(ctx, qtbot))
    schema.store(ctx.settings, schema.BACKUP_MONTHS, 6)
    assert "ældre end »6 måneder« slettes" in all_text(shown(ctx, qtbot))
    schema.store(ctx.settings, schema.BACKUP_MONTHS, -1)
    assert "ikke slettes efter en bestemt tid" in all_text(shown(ctx, qtbot))


def test_its_button_opens_slet_alle_mine_data(ctx, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ForgetDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    dialog = shown(ctx, qtbot)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert opened == ["Slet alle mine data"]
    assert dialog.isVisible()  # she cancelled: this page stays


def test_the_help_menu_opens_it(demo_window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDataDialog, "exec", lambda self: opened.append(self.windowTitle()))
    demo_window.about_data_action.trigger()
    assert opened == ["Om dine data"]
