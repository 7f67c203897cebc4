"""Hjælp → "Beskyt med adgangskode …": turn protection on (the passphrase typed twice), change it, turn
it off, and choose the automatic lock.

The work is the core's (`store/protect.py`, through checked copies); here are the plain words – above all
that a forgotten passphrase cannot be recovered, with the offer of a portable export first – and the
store closed for the moment of the change (`AppContext.with_store_closed`). Changing or removing asks the
current passphrase again: an unlocked computer left for a moment is not enough.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.errors import HandleplanError
from handleplan.store import connect
from handleplan.ui.context import AppContext
from handleplan.ui.idle_lock import LOCK_CHOICES, LOCK_SETTING, lock_minutes

MIN_LENGTH = 8


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class ProtectionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.protected = connect.is_protected(ctx.db_path)
        self.setWindowTitle(self.tr("Beskyt med adgangskode"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(
            self.tr(
                "<b>Glemmer du adgangskoden, kan ingen åbne din handleplan igen – heller ikke os.</b> "
                "Der findes ingen nøgle i reserve. Skriv adgangskoden ned, og gem den et sikkert sted."
            )
        )
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(warning)
        self.copy_button = QPushButton(self.tr("Gem først en kopi af hele handleplanen …"))
        self.copy_button.clicked.connect(self.save_copy)
        layout.addWidget(self.copy_button, alignment=Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        self.current = password_field(self.tr("Nuværende adgangskode"))
        self.new = password_field(self.tr("Ny adgangskode"))
        self.again = password_field(self.tr("Gentag adgangskoden"))
        if self.protected:
            form.addRow(self.tr("Nuværende adgangskode"), self.current)
            form.addRow(self.tr("Ny adgangskode"), self.new)
        else:
            form.addRow(self.tr("Adgangskode"), self.new)
        form.addRow(self.tr("Gentag adgangskoden"), self.again)
        self.lock_choice = QComboBox()
        self.lock_choice.setAccessibleName(self.tr("Lås, når den ikke bruges"))
        for minutes in LOCK_CHOICES:
            label = self.tr("Aldrig") if minutes == 0 else self.tr("Efter %n minutter", "", minutes)
            self.lock_choice.addItem(label, minutes)
        self.lock_choice.setCurrentIndex(LOCK_CHOICES.index(lock_minutes(ctx)))
        self.lock_choice.currentIndexChanged.connect(self._lock_chosen)
        form.addRow(self.tr("Lås, når den ikke bruges"), self.lock_choice)
        self.lock_choice.setEnabled(self.protected)
        layout.addLayout(form)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        if self.protected:
            self.main_button = self.buttons.addButton(
                self.tr("Skift adgangskode"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.off_button = self.buttons.addButton(
                self.tr("Fjern beskyttelsen"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.off_button.clicked.connect(self.turn_off)
            self.main_button.clicked.connect(self.change)
        else:
            self.main_button = self.buttons.addButton(
                self.tr("Beskyt handleplanen"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.main_button.clicked.connect(self.turn_on)
        self.buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _intro(self) -> str:
        if self.protected:
            return self.tr(
                "Din handleplan og dens sikkerhedskopier er krypteret på computeren. Du skriver "
                "adgangskoden, hver gang du åbner Handleplan."
            )
        return self.tr(
            "Med en adgangskode bliver din handleplan og dens sikkerhedskopier krypteret på computeren. "
            "Så kan ingen læse dine noter uden adgangskoden – heller ikke hvis computeren bliver væk. "
            "Du skriver den, hver gang du åbner Handleplan."
        )

    # -- what the buttons do ---------------------------------------------------------------------
    def turn_on(self) -> None:
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        from handleplan.store import protect

        if self._run(lambda folder: protect.turn_on(folder, passphrase)):
            self._done(self.tr("Din handleplan er nu beskyttet med adgangskoden."))

    def change(self) -> None:
        if not self._current_is_right():
            return
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        from handleplan.store import protect

        if self._run(lambda folder: protect.change(folder, passphrase)):
            self._done(self.tr("Adgangskoden er skiftet. Brug den nye, næste gang du åbner Handleplan."))

    def turn_off(self) -> None:
        if not self._current_is_right():
            return
        from handleplan.store import protect

        if self._run(protect.turn_off):
            self.ctx.settings.setValue(LOCK_SETTING, 0)
            self._done(self.tr("Beskyttelsen er fjernet. Din handleplan åbner nu uden adgangskode."))

    def save_copy(self) -> None:
        from handleplan.ui.dialogs.portable import PortableFile

        PortableFile(self.ctx, self).export_plan()

    def _lock_chosen(self) -> None:
        self.ctx.settings.setValue(LOCK_SETTING, self.lock_choice.currentData())

    # -- checks ----------------------------------------------------------------------------------
    def _new_passphrase(self) -> str | None:
        new, again = self.new.text(), self.again.text()
        if len(new) < MIN_LENGTH:
            self._say(
                self.tr("Brug mindst %n tegn – gerne nogle ord i træk, som du kan huske.", "", MIN_LENGTH)
            )
            return None
        if new != again:
            self.again.clear()
            self._say(self.tr("De to adgangskoder er ikke ens. Skriv den igen i det nederste felt."))
            return None
        return new

    def _current_is_right(self) -> bool:
        if connect.matches(self.ctx.db_path, self.current.text()):
            return True
        self.current.clear()
        self._say(self.tr("Den nuværende adgangskode passer ikke. Intet er ændret."))
        return False

    def _run(self, work) -> bool:  # noqa: ANN001 - a function of the data folder
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx.with_store_closed(work)
        except HandleplanError as exc:
            self._say(exc.message(self.ctx.lang))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            for field in (self.current, self.new, self.again):
                field.clear()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _done(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Beskyt med adgangskode"), text)
        self.accept()
