"""Hjælp › "Slet alle mine data …": what goes, a portable export first, and a typed SLET before anything.

The dialog only asks. The deleting is the controller's (`AppController.forget_everything`: it owns the
store and must close it first) and the core's (`store/forget.py`, which lists and deletes); the dialog
hands over through `AppContext.forget_requested` once it has closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handleplan.store.forget import Forgotten, Inventory, inventory
from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.widgets.fit import fit_scrolled

# A red that keeps white text readable (WCAG AA on both): the one button here that cannot be undone.
DANGER = QColor("#b3261e")


class ForgetDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Slet alle mine data"))
        self.setObjectName("forget-dialog")
        self.found = inventory(ctx.db_path.parent)
        # The word she types: Danish SLET, English DELETE – a word in her own language, typed on purpose.
        self.word = self.tr("SLET")

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Slet alle mine data"), "h1"))
        layout.addWidget(heading(self.tr("Det her bliver slettet fra computeren")))
        self.gone_lines = [self._line(text) for text in self.gone_texts(self.found)]
        if not self.gone_lines:
            self.gone_lines = [self._line(self.tr("Der er ingen data at slette i mappen."))]
        for line in self.gone_lines:
            layout.addWidget(line)
        folder = QLabel(self.tr("Mappen: %1").replace("%1", str(self.found.folder)))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        layout.addWidget(heading(self.tr("Det bliver ikke slettet")))
        kept = self.tr(
            "PDF'er, kalenderfiler og handleplan-filer, du selv har gemt et andet sted. Dem sletter du selv."
        )
        if self.found.others:
            names = ", ".join(p.name for p in self.found.others)
            kept += " " + self.tr("Filer, du selv har lagt i mappen, bliver også liggende: %1.").replace(
                "%1", names
            )
        layout.addWidget(help_label(kept))
        layout.addWidget(
            help_label(
                self.tr(
                    "Filerne slettes, som når du sletter en fil på computeren – de bliver ikke overskrevet, "
                    "for på en SSD-disk kan det ikke lade sig gøre sikkert. Er din computer krypteret "
                    "(BitLocker eller FileVault, som de fleste arbejdscomputere), kan det slettede ikke "
                    "læses af andre."
                )
            )
        )
        layout.addWidget(heading(self.tr("Vil du gemme den først?")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Gem hele handleplanen i én fil, så du kan hente den igen senere. Filen rummer alt, "
                    "også det private."
                )
            )
        )
        self.export_button = QPushButton(self.tr("Gem hele handleplanen i en fil …"))
        self.export_button.setAutoDefault(False)
        self.export_button.setEnabled(bool(self.found.plan))
        self.export_button.clicked.connect(self.export_first)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(heading(self.tr("Slet alt")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Det kan ikke fortrydes. Handleplan lukker bagefter; åbner du den igen, starter du "
                    "forfra med en tom handleplan."
                )
            )
        )
        prompt = QLabel(self.tr("Skriv %1 for at slette alt:").replace("%1", self.word))
        prompt.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(prompt.text())
        prompt.setBuddy(self.confirm)
        self.confirm.textChanged.connect(self._confirmed_changed)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(
            self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.delete_button = self.buttons.addButton(
            self.tr("Slet alt"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        for button in (self.cancel_button, self.delete_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter in the field never deletes by itself
        self._paint_red(self.delete_button)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        # All of it in view where the screen has room: the field for SLET last, not scrolled out of sight.
        fit_scrolled(self, outer, body, self.buttons, 36 * self.fontMetrics().lineSpacing())

    def gone_texts(self, found: Inventory) -> list[str]:
        """One line per kind of file there is, with the names she can look for in the folder."""
        texts = []
        if found.plan:
            names = ", ".join(p.name for p in found.plan)
            texts.append(self.tr("Din handleplan – alt, også det private: %1").replace("%1", names))
        count = found.backup_count
        if count == 1:
            texts.append(self.tr("1 sikkerhedskopi (mappen backups)"))
        elif count:
            texts.append(self.tr("%1 sikkerhedskopier (mappen backups)").replace("%1", str(count)))
        elif found.backups:
            texts.append(self.tr("Mappen backups"))
        if found.moved_aside:
            names = ", ".join(p.name for p in found.moved_aside)
            texts.append(
                self.tr("Filer lagt til side, da handleplanen ikke kunne åbnes: %1").replace("%1", names)
            )
        if found.logs:
            texts.append(self.tr("Loggen med tekniske detaljer (mappen logs)"))
        if found.settings:
            texts.append(self.tr("Dine indstillinger (settings.ini)"))
        return texts

    def _line(self, text: str) -> QLabel:
        label = QLabel("• " + text)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _paint_red(button: QPushButton) -> None:
        palette = button.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Button, DANGER)
            palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("white"))
        button.setPalette(palette)  # the disabled colours stay the style's grey until SLET is typed

    def confirmed(self) -> bool:
        return self.confirm.text().strip() == self.word

    def _confirmed_changed(self) -> None:
        self.delete_button.setEnabled(self.confirmed())

    def export_first(self) -> None:
        from handleplan.ui.dialogs.portable import PortableFile

        (portable := PortableFile(self.ctx, self)).export_plan()
        portable.deleteLater()

    def accept(self) -> None:
        if not self.confirmed():  # the button is off; this is for any other way to accept
            return
        super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result == QDialog.DialogCode.Accepted:
            # After exec() has returned: the controller closes the store and the window this dialog sits on.
            ctx = self.ctx
            QTimer.singleShot(0, ctx, ctx.forget_requested.emit)


class ForgottenBox(QMessageBox):
    """What was deleted, what could not be, and that the app closes now."""

    def __init__(self, result: Forgotten, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slet alle mine data"))
        if result.failed:
            names = "\n".join(f"{path} ({why})" for path, why in result.failed)
            text = self.tr(
                "Det meste er slettet, men disse filer kunne ikke slettes:\n\n%1\n\nSlet dem selv, når "
                "Handleplan er lukket."
            ).replace("%1", names)
            self.setIcon(QMessageBox.Icon.Warning)
        else:
            text = self.tr("Dine data er slettet: %1 filer.").replace("%1", str(len(result.deleted)))
            if result.folder_removed:
                text += " " + self.tr("Mappen %1 er også væk.").replace("%1", str(result.folder))
            self.setIcon(QMessageBox.Icon.Information)
        self.setText(text + "\n\n" + self.tr("Handleplan lukker nu."))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
