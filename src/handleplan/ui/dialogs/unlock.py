"""The calm question for the passphrase: at start before anything reads a protected store, and when the
automatic lock has hidden the window (ui/idle_lock.py).

A wrong passphrase fails closed: nothing is read, the field is emptied, she is told so plainly and may try
again or quit. The key derivation takes a few hundred milliseconds (bench/bench_crypto.py), so the
button says it is working meanwhile. The passphrase itself lives only in the field and is cleared at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from handleplan.store import connect

HINT_AFTER = 3  # wrong tries before the other reading of an unreadable file is said


class UnlockDialog(QDialog):
    """Asks for the passphrase of the protected store at `db_path`; accepted once the key is held."""

    def __init__(self, db_path: Path, locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.tries = 0
        self.setWindowTitle(self.tr("Handleplan er låst") if locked else self.tr("Din handleplan er beskyttet"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if locked:
            text = self.tr(
                "Handleplan er låst, fordi den ikke har været brugt et stykke tid. Skriv din adgangskode "
                "for at fortsætte, hvor du slap."
            )
        else:
            text = self.tr("Din handleplan er beskyttet med en adgangskode. Skriv den for at åbne handleplanen.")
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Adgangskode"))
        self.field.setAccessibleName(self.tr("Adgangskode"))
        layout.addWidget(self.field)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("unlock-message")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.open_label = self.tr("Lås op") if locked else self.tr("Åbn")
        self.open_button = self.buttons.addButton(self.open_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(
            self.tr("Afslut Handleplan"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def try_open(self) -> None:
        passphrase = self.field.text()
        self.field.clear()
        if not passphrase:
            self._say(self.tr("Skriv din adgangskode først."))
            return
        self.open_button.setEnabled(False)
        self.open_button.setText(self.tr("Åbner …"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = connect.unlock(self.db_path, passphrase)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.open_button.setEnabled(True)
            self.open_button.setText(self.open_label)
        del passphrase
        if key is None:
            self.tries += 1
            text = self.tr(
                "Adgangskoden passer ikke, så intet er åbnet. Prøv igen – der er forskel på store og "
                "små bogstaver."
            )
            if self.tries >= HINT_AFTER:
                # A file that is no database at all looks just like a protected one: say the other case.
                text += " " + self.tr(
                    "Har du aldrig beskyttet din handleplan, kan filen være beskadiget. Så kan den, der hjælper "
                    "dig med din computer, hente en sikkerhedskopi fra mappen {folder}."
                ).format(folder=self.db_path.parent / "backups")
            self._say(text)
            self.field.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def ask_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """True once the passphrase opened the store (its key is then held); False when she chose to quit."""
    dialog = UnlockDialog(db_path, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
