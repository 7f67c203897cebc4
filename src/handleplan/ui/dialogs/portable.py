"""Filer → "Eksportér hele handleplanen …" and "Hent handleplan fra fil …": the portable file in the app.

The work is the core's (`handleplan.portable`); here are the file dialogs, the plain words that the file
holds the private entries too, and the confirmation before the plan in use is replaced (after a backup).
The demo plan is written in ~40 ms and read in ~160 ms here, so no worker thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from handleplan.errors import MESSAGES, HandleplanError
from handleplan.ui.context import AppContext


def default_name(leader: str, today: date | None = None) -> str:
    """ "Handleplan – Mette Hansen – 2026-12-02.handleplan", safe on Windows."""
    from handleplan.export.filenames import safe_filename

    parts = ["Handleplan", " ".join(leader.split()), (today or date.today()).isoformat()]
    return safe_filename(" – ".join(p for p in parts if p), suffix=".handleplan")


class PortableFile(QWidget):
    """Not shown itself: the owner of the two actions' words (for `self.tr`) and their dialogs."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hide()

    # -- export ---------------------------------------------------------------------------------
    def export_plan(self, target: Path | None = None, passphrase: str | None = None) -> Path | None:
        """Ask where (unless `target` is given) and whether to seal it with a passphrase, write the file,
        and say that the private entries are in it."""
        from handleplan.ops import people
        from handleplan.portable import export_portable

        self.ctx.flush()
        if target is None:
            start = Path.home() / default_name(people.profile(self.ctx.store).name)
            chosen, _ = QFileDialog.getSaveFileName(
                self.parentWidget(),
                self.tr("Eksportér hele handleplanen – også det private"),
                str(start),
                self.tr("Handleplan-fil (*.handleplan)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix != ".handleplan":
                target = target.with_name(target.name + ".handleplan")
            from handleplan.ui.dialogs.seal import SealDialog

            seal = SealDialog(self.parentWidget())
            if seal.exec() != SealDialog.DialogCode.Accepted:
                return None
            passphrase = seal.passphrase
        try:
            summary = export_portable(self.ctx.store, target, passphrase=passphrase)
        except HandleplanError as exc:
            self._say(QMessageBox.Icon.Warning, exc.message(self.ctx.lang))
            return None
        self._say(QMessageBox.Icon.Information, self.saved_text(summary.path))
        return summary.path

    # -- import ---------------------------------------------------------------------------------
    def import_plan(self, source: Path | None = None, passphrase: str | None = None) -> bool:
        """Ask which file (unless `source` is given); if a plan is here, confirm that it is backed up and
        then replaced. True when the plan was loaded."""
        from handleplan.portable import import_portable, store_is_empty
        from handleplan.portable.read import read_portable

        self.ctx.flush()
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.parentWidget(),
                self.tr("Hent handleplan fra fil"),
                str(Path.home()),
                self.tr("Handleplan-fil (*.handleplan)"),
            )
            if not chosen:
                return False
            source = Path(chosen)
        from handleplan.portable.read import is_sealed

        if is_sealed(source) and passphrase is None:
            passphrase = self._file_passphrase(source)
            if passphrase is None:
                return False
        try:
            # Checked before she is asked: a broken file is said at once, not after "Erstat".
            read_portable(source, passphrase)
            replace = not store_is_empty(self.ctx.store)
            if replace and not self._confirm_replace(source):
                return False
            result = import_portable(self.ctx.store, source, replace=replace, passphrase=passphrase)
        except HandleplanError as exc:
            self._say(QMessageBox.Icon.Warning, exc.message(self.ctx.lang))
            return False
        # Undoing a deletion of the plan that is gone would bring back rows of another plan.
        self.ctx.undo_stack.clear()
        text = self.tr("Handleplanen er hentet fra {path}.").format(path=source)
        if result.backup is not None:
            text += "\n\n" + self.tr("Den tidligere handleplan er gemt som sikkerhedskopi i {path}.").format(
                path=result.backup
            )
        self._say(QMessageBox.Icon.Information, text)
        return True

    def _file_passphrase(self, source: Path) -> str | None:
        """Asked until it opens the file (checked on the file alone: nothing is written) or she cancels."""
        from handleplan.portable import PortableError
        from handleplan.portable.read import read_portable
        from handleplan.say import say
        from handleplan.ui.dialogs.seal import ask_file_passphrase

        told = say(MESSAGES, "portable_passphrase_needed", self.ctx.lang, name=source.name)
        while True:
            passphrase = ask_file_passphrase(self.parentWidget(), source.name, told)
            if passphrase is None:
                return None
            try:
                read_portable(source, passphrase)
            except PortableError as exc:
                if exc.code != "portable_passphrase_wrong":
                    return passphrase  # another fault: said by the import itself
                told = exc.message(self.ctx.lang)
                continue
            return passphrase

    def _confirm_replace(self, source: Path) -> bool:
        box = self.replace_box(source)
        box.exec()
        return box.clickedButton() is box.buttons()[0]

    def replace_box(self, source: Path) -> QMessageBox:
        """The question before a plan is replaced; its first button replaces (also for screenshots)."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Erstat handleplanen?"))
        box.setText(
            self.tr(
                "Vil du erstatte din handleplan med den i {name}?\n\nDin nuværende handleplan gemmes først "
                "som sikkerhedskopi. Derefter erstattes den helt af handleplanen fra filen."
            ).format(name=source.name)
        )
        box.addButton(self.tr("Erstat handleplanen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        return box

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        self.said_box(icon, text).exec()

    def said_box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        return QMessageBox(
            icon, self.tr("Handleplan"), text, QMessageBox.StandardButton.Ok, self.parentWidget()
        )

    def saved_text(self, path: Path) -> str:
        return self.tr(
            "Hele handleplanen er gemt i {path}.\n\nFilen rummer alt, også dine private poster. Gem den "
            "et sikkert sted, og send den ikke til andre."
        ).format(path=path)
