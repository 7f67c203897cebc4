"""Asked on close when some text could not be saved: close anyway, stay, or copy the text first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from handleplan.ui.autosave import Unsaved


def unsaved_text(unsaved: Sequence[Unsaved]) -> str:
    """The unsaved texts, each under the name of its field, for the clipboard."""
    parts = [f"{each.label}\n{each.text}" if each.label else each.text for each in unsaved if each.text]
    return "\n\n".join(parts)


class UnsavedBox(QMessageBox):
    """Asks "Luk alligevel" / "Bliv i Handleplan"; "Kopiér teksten" copies and asks again: on some
    systems the clipboard empties when the program that filled it quits, so she pastes it first."""

    def __init__(self, unsaved: Sequence[Unsaved], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_to_copy = unsaved_text(unsaved)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Ikke gemt"))
        self.setAccessibleName(self.tr("Tekst der ikke kunne gemmes"))
        self.setText(self.tr("Noget af det, du har skrevet, kunne ikke gemmes."))
        self.setInformativeText(
            self.tr("Handleplan prøver igen, så længe den er åben. Lukker du nu, går teksten tabt.")
        )
        self.close_button = self.addButton(self.tr("Luk alligevel"), QMessageBox.ButtonRole.DestructiveRole)
        self.copy_button = None
        if self.text_to_copy:
            self.copy_button = self.addButton(self.tr("Kopiér teksten"), QMessageBox.ButtonRole.ActionRole)
        self.stay_button = self.addButton(self.tr("Bliv i Handleplan"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.stay_button)
        self.setEscapeButton(self.stay_button)

    def may_close(self) -> bool:
        """Ask until she closes or stays; copying keeps the question open."""
        while True:
            self.exec()
            clicked = self.clickedButton()
            if clicked is not None and clicked is self.copy_button:
                QApplication.clipboard().setText(self.text_to_copy)
                self.setInformativeText(
                    self.tr("Teksten er kopieret. Sæt den ind et andet sted, før du lukker.")
                )
                continue
            return clicked is self.close_button
