"""Filer → "Eksportér kalender (.ics) …": the forløb's dates and the plan's deadlines for Outlook or Google.

The work is the core's (`handleplan.export.calendar`); here are the file dialog, the question whether a
private initiative's deadlines go along (they stay home unless she says yes, as in the PDF), and a word on
how to import the file. Writing it takes a few milliseconds, so no worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from handleplan.errors import HandleplanError
from handleplan.ui.context import AppContext

FOLDER_KEY = "export/calendar_folder"


class CalendarFile(QWidget):
    """Not shown itself: the owner of the action's words (for `self.tr`) and its dialogs."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hide()

    def export_calendar(self, target: Path | None = None) -> Path | None:
        from handleplan.export.calendar import calendar_events, write_ics
        from handleplan.export.filenames import safe_filename
        from handleplan.export.snapshot import take_snapshot
        from handleplan.privacy import ON_SCREEN, Release, released, rule_for

        self.ctx.flush()
        snapshot = take_snapshot(self.ctx.store, lang=self.ctx.lang)
        # Only the private initiatives that would add a date are asked about.
        kept = {e.uid for e in calendar_events(released(snapshot, rule_for(snapshot)), "da")}
        dated: dict[str, int] = {}
        for initiative in (i for i in snapshot.initiatives if i.private):
            alone = rule_for(snapshot, Release(initiatives=frozenset({initiative.id})))
            extra = sum(1 for e in calendar_events(released(snapshot, alone), "da") if e.uid not in kept)
            if extra:
                dated[initiative.title] = extra
        release = ON_SCREEN
        if dated:
            answer = self._ask_private(list(dated), sum(dated.values()))
            if answer is None:
                return None
            release = Release(everything=True) if answer else ON_SCREEN
        if target is None:
            name = " ".join(snapshot.profile.name.split())
            stem = self.tr("Handleplan – kalender") + (f" – {name}" if name else "")
            start = self._folder() / safe_filename(stem, suffix=".ics")
            chosen_path, _ = QFileDialog.getSaveFileName(
                self.parentWidget(),
                self.tr("Gem kalenderen som"),
                str(start),
                self.tr("Kalenderfiler (*.ics)"),
            )
            if not chosen_path:
                return None
            target = Path(chosen_path)
            if target.suffix.lower() != ".ics":
                target = target.with_name(target.name + ".ics")
        try:
            result = write_ics(snapshot, target, self.ctx.lang, release)
        except (HandleplanError, OSError) as exc:
            detail = (
                exc.message(self.ctx.lang) if isinstance(exc, HandleplanError) else exc.strerror or str(exc)
            )
            self._say(
                QMessageBox.Icon.Warning,
                self.tr("Kalenderen kunne ikke gemmes: %1").replace("%1", detail),
            )
            return None
        self.ctx.settings.setValue(FOLDER_KEY, str(target.parent))
        # Danish is the source language, so its singular is written out, not left to %n.
        if result.events == 1:
            text = self.tr("Kalenderen er gemt i %1 med 1 begivenhed.").replace("%1", str(result.path))
        else:
            text = (
                self.tr("Kalenderen er gemt i %1 med %2 begivenheder.")
                .replace("%1", str(result.path))
                .replace("%2", str(result.events))
            )
        text += "\n\n" + self.tr(
            "Importér filen i Outlook eller Google Kalender. Modulerne og TRIO-møderne står som heldagsbegivenheder, "
            "fristerne som påmindelser uden optaget tid. Eksporterer du igen senere, opdaterer den nye fil "
            "de gamle begivenheder i stedet for at lægge dem ind to gange."
        )
        self._say(QMessageBox.Icon.Information, text)
        return result.path

    def _folder(self) -> Path:
        saved = str(self.ctx.settings.value(FOLDER_KEY, "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _ask_private(self, titles: list[str], dates: int) -> bool | None:
        """True: take the private initiatives' dates along; False: leave them out; None: cancelled."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Private tiltag i kalenderen?"))
        # Danish is the source language: its singular forms are written out, not left to %n.
        if dates == 1:
            text = self.tr(
                "1 dato hører til det private tiltag %1. En kalender ses ofte af andre – skal den med?"
            )
        elif len(titles) == 1:
            text = self.tr(
                "%2 datoer hører til det private tiltag %1. En kalender ses ofte af andre – skal de med?"
            )
        else:
            text = self.tr(
                "%2 datoer hører til de private tiltag %1. En kalender ses ofte af andre – skal de med?"
            )
        text = text.replace("%2", str(dates))
        named = [self.tr("»%1«").replace("%1", t) for t in titles]
        box.setText(
            text.replace(
                "%1", ", ".join(named[:-1]) + self.tr(" og ") + named[-1] if len(named) > 1 else named[0]
            )
        )
        leave = box.addButton(self.tr("Lad dem blive i Handleplan"), QMessageBox.ButtonRole.RejectRole)
        take = box.addButton(self.tr("Tag dem med"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(leave)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return None if clicked is cancel else clicked is take

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, self.tr("Handleplan"), text, QMessageBox.StandardButton.Ok, self.parentWidget()
        )
        box.exec()
