"""Before the portable file is written: protect it with a passphrase? (portable/sealed.py)

The file holds the whole plan, private entries included; with a passphrase she can mail it to herself
safely. The same passphrase is asked when the file is loaded again (`ask_file_passphrase`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from handleplan.ui.dialogs.passphrase import MIN_LENGTH, password_field


class SealDialog(QDialog):
    """`passphrase` after exec: the chosen one, or None to save the file without."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Beskyt filen med en adgangskode?"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Filen rummer hele handleplanen, også dine private poster. Med en adgangskode kan du trygt "
                "sende den til dig selv. Uden adgangskoden kan filen ikke åbnes – heller ikke af os."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.new = password_field(self.tr("Adgangskode"))
        self.again = password_field(self.tr("Gentag adgangskoden"))
        form.addRow(self.tr("Adgangskode"), self.new)
        form.addRow(self.tr("Gentag adgangskoden"), self.again)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.seal_button = buttons.addButton(
            self.tr("Gem med adgangskode"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.plain_button = buttons.addButton(
            self.tr("Gem uden adgangskode"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        self.seal_button.clicked.connect(self.seal)
        self.plain_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def seal(self) -> None:
        new, again = self.new.text(), self.again.text()
        if len(new) < MIN_LENGTH:
            self._say(self.tr("Brug mindst %n tegn – gerne nogle ord i træk, som du kan huske.", "", MIN_LENGTH))
            return
        if new != again:
            self.again.clear()
            self._say(self.tr("De to adgangskoder er ikke ens. Skriv den igen i det nederste felt."))
            return
        self.passphrase = new
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def ask_file_passphrase(parent: QWidget | None, name: str, told: str) -> str | None:
    """The passphrase of the sealed file `name`, or None when she cancels. `told`: what went wrong last."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SealDialog", "Filen er beskyttet"))
    dialog.setLabelText(told)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("SealDialog", "Hent"))
    dialog.setCancelButtonText(QCoreApplication.translate("SealDialog", "Annullér"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
