"""The settings dialog: built from the declarations, stores each change, and a new language rebuilds."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtCore import Qt

from handleplan.ui import settings_schema as schema
from handleplan.ui.dialogs.settings import SettingsDialog


def _dialog(ctx, qtbot) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_choosing_english_stores_en_and_asks_for_english_when_closed(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    combo = dialog.editors[schema.LANGUAGE.key]
    assert combo.currentData() == "da"
    combo.setCurrentIndex(combo.findData("en"))
    assert ctx.settings.value("ui/lang") == "en"
    with qtbot.waitSignal(ctx.language_changed, timeout=2000) as changed:
        dialog.reject()
    assert changed.args == ["en"]


def test_closing_without_a_new_language_changes_nothing(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    with qtbot.assertNotEmitted(ctx.language_changed, wait=100):
        dialog.reject()


def test_every_declared_setting_has_an_editor_and_numbers_are_stored(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    assert set(dialog.editors) == {s.key for s in schema.SETTINGS}
    spin = dialog.editors[schema.DUE_DAYS.key]
    assert spin.value() == schema.DUE_DAYS.default
    spin.setValue(21)
    assert schema.value(ctx.settings, schema.DUE_DAYS) == 21
    dialog.reject()


def test_the_data_folder_is_shown_and_opens(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    folder = ctx.db_path.parent
    assert dialog.path_label.text() == str(folder)
    with patch("handleplan.ui.dialogs.settings.QDesktopServices.openUrl") as open_url:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert open_url.call_args.args[0].toLocalFile() == str(folder)
    dialog.reject()


def test_name_organisation_and_unit_can_be_changed_after_the_welcome(ctx, qtbot):
    from handleplan.ops import people

    dialog = _dialog(ctx, qtbot)
    name = dialog.profile_fields["name"]
    qtbot.keyClicks(name, "Mette Hansen")
    qtbot.keyClicks(dialog.profile_fields["unit"], "Hjemmeplejen Nord")
    dialog.reject()  # closing saves what is still being typed
    profile = people.profile(ctx.store)
    assert (profile.name, profile.unit) == ("Mette Hansen", "Hjemmeplejen Nord")
    again = _dialog(ctx, qtbot)
    assert again.profile_fields["name"].text() == "Mette Hansen"
