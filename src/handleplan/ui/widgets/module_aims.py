"""A module's aims (FORMÅL MED MODULET) from the course content, shown on Forløb and with its reflection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from handleplan.content import CourseContent
from handleplan.ui.style import set_role


def aims_text(content: CourseContent, kind: str) -> str:
    """ "Formål med modulet" and the aims as bullets; "" for a kind without aims (TRIO, free)."""
    template = content.milestone_template(kind) if kind != "trio" else None
    if template is None or not template.aims:
        return ""
    title = QCoreApplication.translate("ModuleAims", "Formål med modulet")
    return "\n".join([title, *(f"•  {aim}" for aim in template.aims)])


def aims_label(content: CourseContent, kind: str) -> QLabel:
    """A quiet, wrapping label with the aims; hidden when the kind has none."""
    label = QLabel(aims_text(content, kind))
    label.setObjectName("module-aims")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_role(label, "help")
    label.setVisible(bool(label.text()))
    return label
