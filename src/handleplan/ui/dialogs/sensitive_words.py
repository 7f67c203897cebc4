"""Følsomme ord: the leader's own list of words the export warns about, one a line, kept in QSettings.

Kept in the settings, not in the plan: the list says what she worries about, and it is not part of what
she plans (nor of the portable file). The warning itself is `export_warning.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from handleplan.export.names import read_sensitive_words
from handleplan.ui.style import set_role

WORDS_KEY = "privacy/sensitive_words"


def sensitive_words(settings: QSettings) -> list[str]:
    value = settings.value(WORDS_KEY, "")
    if isinstance(value, list):  # an INI file written by hand may hold a list
        value = "\n".join(str(v) for v in value)
    return read_sensitive_words(str(value or ""))


class SensitiveWordsDialog(QDialog):
    """A small editor: the words one a line; OK keeps them (blank lines and repeats dropped)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("sensitive-words")
        self.setWindowTitle(self.tr("Følsomme ord"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Skriv ét ord eller udtryk på hver linje, fx »sygemeldt« eller »stress«. Handleplan siger til, "
                "når et af dem står i det, du er ved at dele. Navnene på dine medarbejdere i TRIO og IGLO "
                "finder Handleplan selv."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "help")
        layout.addWidget(intro)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("sensitive-words-edit")
        self.edit.setAccessibleName(self.tr("Følsomme ord, ét på hver linje"))
        self.edit.setPlainText("\n".join(sensitive_words(settings)))
        layout.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.resize(420, 320)

    def accept(self) -> None:
        self.settings.setValue(WORDS_KEY, "\n".join(read_sensitive_words(self.edit.toPlainText())))
        self.settings.sync()
        super().accept()
