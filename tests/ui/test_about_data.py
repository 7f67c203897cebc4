"""Om dine data: where the files are and what each holds, what leaves the computer, how to delete it all."""

from __future__ import annotations

from handleplan.ui.dialogs.about_data import AboutDataDialog


def test_it_names_the_folder_each_file_and_what_leaves_the_computer(ctx, qtbot, data_dir):
    (data_dir / "settings.ini").write_text("", encoding="utf-8")
    dialog = AboutDataDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_label.text() == str(data_dir)
    files = [line.text() for line in dialog.file_lines]
    assert files[0].startswith("<b>handleplan.db</b> – din handleplan")
    assert any(text.startswith("<b>settings.ini</b>") for text in files)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.path_label)))
    assert "aldrig internettet" in shown
    assert "Kun den PDF, du selv laver" in shown and "flueben" in shown
    assert "slet mappen ovenfor" in shown


def test_the_help_menu_opens_it(demo_window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDataDialog, "exec", lambda self: opened.append(self.windowTitle()))
    demo_window.about_data_action.trigger()
    assert opened == ["Om dine data"]
