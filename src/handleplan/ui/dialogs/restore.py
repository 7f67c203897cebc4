"""Gendan fra sikkerhedskopi: the backups beside the plan, newest first, each with when, why and what it
holds ("5 tiltag, 12 refleksioner"); the one she picks replaces the plan after a question, and the plan
she had is backed up first, so a restore can itself be undone from this list."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handleplan.errors import MESSAGES
from handleplan.say import say_count
from handleplan.store.backups import Backup, Summary, is_good, list_backups, restore, summarize
from handleplan.ui.context import AppContext
from handleplan.ui.dates import date_format
from handleplan.ui.initiative.form import help_label
from handleplan.ui.widgets.fit import fit_to_screen

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """Lists the backups; `chosen` is the one she asked for once the dialog is accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("Gendan fra sikkerhedskopi"))
        self.setObjectName("restore-dialog")
        layout = QVBoxLayout(self)
        layout.addWidget(
            help_label(
                self.tr(
                    "Handleplan tager en sikkerhedskopi for hver halve time, du arbejder, og når du lukker. "
                    "Vælg den, du vil gå tilbage til. Din handleplan, som den er nu, gemmes først som "
                    "sikkerhedskopi – så kan du også fortryde en gendannelse her."
                )
            )
        )
        self.list = QTreeWidget()
        self.list.setObjectName("backup-list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Tidspunkt"), self.tr("Hvorfor"), self.tr("Indhold")])
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.list, 1)
        self.empty = help_label(
            self.tr(
                "Der er ingen sikkerhedskopier endnu. Den første tages, når du har arbejdet en halv time, "
                "eller når du lukker Handleplan."
            )
        )
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Gendan …"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(list_backups(ctx.db_path.parent))
        fit_to_screen(self, 720, 460)

    def _fill(self, backups: list[Backup]) -> None:
        for backup in backups:
            summary = summarize(backup.path) if is_good(backup.path) else None
            item = QTreeWidgetItem([self.when(backup.made), self.why(backup.reason), self.holds(summary)])
            item.setData(0, BACKUP_ROLE, str(backup.path))
            if summary is None:
                # Offered, it would fail at the last step; shown, she knows it is there and why not.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addTopLevelItem(item)
        for column in range(2):  # room between the columns; the last one takes what is left
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + 24)
        self.list.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        first = next((self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                      if self.list.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsEnabled), None)  # fmt: skip
        if first is not None:
            self.list.setCurrentItem(first)
        self._selection_changed()

    def when(self, made: datetime) -> str:
        """ "fredag 4. dec. 2026 kl. 18.30" / "Friday 4 Dec 2026 at 18:30" """
        day = QLocale().toString(QDate(made.date()), "dddd " + date_format())
        clock = QLocale().toString(
            QTime(made.hour, made.minute), "HH.mm" if self.ctx.lang == "da" else "HH:mm"
        )
        return self.tr("%1 kl. %2").replace("%1", day).replace("%2", clock)

    def why(self, reason: str | None) -> str:
        return {
            "automatic": self.tr("Automatisk"),
            "exit": self.tr("Da du lukkede"),
            "before-upgrade": self.tr("Før en opdatering"),
            "before-import": self.tr("Før du hentede en fil"),
            "before-restore": self.tr("Før en gendannelse"),
            "manual": self.tr("Taget af dig"),
            "before-protection": self.tr("Før adgangskoden blev ændret"),
        }.get(reason or "", "")

    def holds(self, summary: Summary | None) -> str:
        if summary is None:
            return self.tr("Kan ikke læses")
        lang = self.ctx.lang
        initiatives = say_count(MESSAGES, "n_initiatives", summary.initiatives, lang)
        return f"{initiatives}, {say_count(MESSAGES, 'n_reflections', summary.reflections, lang)}"

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _selected(self) -> Path | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected() or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(item.data(0, BACKUP_ROLE))

    def accept(self) -> None:
        path = self._selected()
        if path is None:
            return
        self.chosen = next(b for b in list_backups(self.ctx.db_path.parent) if b.path == path)
        super().accept()

    # -- the question and the restore -----------------------------------------------------------
    def confirm_box(self, backup: Backup) -> QMessageBox:
        """The question before the plan is replaced; its first button restores (also for screenshots)."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Gendan handleplanen?"))
        box.setText(
            self.tr(
                "Vil du gå tilbage til handleplanen fra {when}?\n\nDin handleplan, som den er nu, gemmes "
                "først som sikkerhedskopi. Derefter erstattes den af sikkerhedskopien."
            ).format(when=self.when(backup.made))
        )
        box.addButton(self.tr("Gendan"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        return box

    def restored_text(self, backup: Backup, saved: Path | None) -> str:
        text = self.tr("Handleplanen er gendannet fra {when}.").format(when=self.when(backup.made))
        if saved is not None:
            text += "\n\n" + self.tr(
                "Handleplanen, som den var før, er gemt som sikkerhedskopi: {name}."
            ).format(name=saved.name)
        return text


def restore_from_backup(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """The whole errand from the menu: unsaved text first, the list, the question, the restore. True when
    the plan was replaced (the window is then rebuilt by the controller, see `AppContext.replace_plan`)."""
    if ctx.flush():
        # Replacing the plan now would drop what the fields still hold; the status line says why.
        QMessageBox.warning(
            parent,
            "Handleplan",
            QCoreApplication.translate(
                "RestoreDialog",
                "Noget af det, du har skrevet, er ikke gemt endnu. Vent, til der står »Gemt«, og prøv igen.",
            ),
        )
        return False
    dialog = RestoreDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    backup = dialog.chosen
    box = dialog.confirm_box(backup)
    box.exec()
    if box.clickedButton() is not box.buttons()[0]:
        return False
    return ctx.replace_plan(lambda folder: dialog.restored_text(backup, restore(backup.path, folder)))
