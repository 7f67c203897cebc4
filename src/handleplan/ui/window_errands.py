"""The main window's errands: each menu entry that opens a dialog, the unsaved text saved first. Mixed
into `MainWindow`, whose `ctx`, `screens` and `current_screen` they use; the dialogs are imported when
first asked for, so none of them is paid for at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handleplan.ui.context import AppContext
    from handleplan.ui.screen import Screen


class Errands:
    ctx: AppContext
    screens: dict[str, Screen]

    def export_pdf(self) -> None:
        from handleplan.ui.dialogs.export import ExportDialog

        self.ctx.flush()
        ExportDialog(self.ctx, self).exec()

    def export_calendar(self) -> None:
        from handleplan.ui.dialogs.calendar import CalendarFile

        (calendar := CalendarFile(self.ctx, self)).export_calendar()
        calendar.deleteLater()

    def export_whole_plan(self) -> None:
        from handleplan.ui.dialogs.portable import PortableFile

        (portable := PortableFile(self.ctx, self)).export_plan()
        portable.deleteLater()

    def import_plan(self) -> None:
        from handleplan.ui.dialogs.portable import PortableFile

        (portable := PortableFile(self.ctx, self)).import_plan()
        portable.deleteLater()

    def search(self) -> None:
        from handleplan.ui.dialogs.search import SearchDialog

        self.ctx.flush()
        SearchDialog(self.ctx, self).exec()

    def restore_backup(self) -> None:
        from handleplan.ui.dialogs.restore import restore_from_backup

        restore_from_backup(self.ctx, self)

    def open_about_data(self) -> None:
        from handleplan.ui.dialogs.about_data import AboutDataDialog

        self.ctx.flush()
        AboutDataDialog(self.ctx, self).exec()

    def open_forget(self) -> None:
        from handleplan.ui.dialogs.forget import ForgetDialog

        self.ctx.flush()
        ForgetDialog(self.ctx, self).exec()

    def open_protection(self) -> None:
        from handleplan.ui.dialogs.passphrase import ProtectionDialog

        self.ctx.flush()
        ProtectionDialog(self.ctx, self).exec()

    def open_settings(self, found: tuple[str, int, int] | None = None) -> None:
        """Indstillinger; `found` (a profile field, start, end) is a search hit to mark in it."""
        from handleplan.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if found is not None:
            from handleplan.ui.found import show_found

            field, start, end = found
            show_found(dialog.profile_fields.get(field), start, end)  # once the dialog is on screen
        dialog.exec()
        # A setting can change what a screen shows (how far ahead Overblik lists tasks).
        for screen in self.screens.values():
            screen.mark_stale()
        if self.isVisible():  # not when the dialog switched language and a new window took over
            self.current_screen().show_fresh()
