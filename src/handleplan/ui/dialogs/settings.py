"""Indstillinger: every setting declared in settings_schema, saved at once, and where the data lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from handleplan import fields as declared_fields
from handleplan.ops import people
from handleplan.ui import settings_schema as schema
from handleplan.ui.context import AppContext
from handleplan.ui.fields import LineField
from handleplan.ui.initiative.form import help_label
from handleplan.ui.widgets.fit import fit_scrolled


class SettingsDialog(QDialog):
    """Each change is stored as it is made; a new language takes effect when the dialog closes, because
    the main window (this dialog's parent) is rebuilt for it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Indstillinger"))
        self.setObjectName("settings-dialog")
        self.editors: dict[str, QWidget] = {}

        # What the leader told the welcome, to change later (it heads the PDF and the Overblik).
        you = QGroupBox(self.tr("Om dig"))
        you_form = QFormLayout(you)
        you_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        profile = people.profile(ctx.store)
        self.profile_fields: dict[str, LineField] = {}
        for name in ("name", "organisation", "unit"):
            text = declared_fields.label("profile", name, ctx.lang)
            field = LineField(ctx, name, text)
            field.bind(profile)
            self.profile_fields[name] = field
            label = QLabel(text)
            label.setBuddy(field)
            you_form.addRow(label, field)
        you_form.addRow(help_label(self.tr("Din TRIO retter du under TRIO, dit fokus på Overblik.")))

        general = self._section(QGroupBox(self.tr("Generelt")), "general")
        privacy = QGroupBox(self.tr("Fortrolighed"))
        privacy_intro = help_label(
            self.tr(
                "En privat post vises med en lås og kommer kun med i en PDF, hvis du selv vælger den. "
                "Her vælger du, hvordan nye poster starter – du kan altid ændre det for den enkelte."
            )
        )
        self._section(privacy, "privacy", privacy_intro)

        data = QGroupBox(self.tr("Dine data"))
        folder = self.ctx.db_path.parent
        where = help_label(
            self.tr(
                "Din Handleplan gemmes kun her på computeren. Intet sendes nogen steder hen, før du selv "
                "eksporterer det."
            )
        )
        self.path_label = QLabel(str(folder))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setAccessibleName(self.tr("Mappen med dine data"))
        self.open_folder_button = QPushButton(self.tr("Åbn mappen"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        data_layout = QVBoxLayout(data)
        data_layout.addWidget(where)
        data_layout.addLayout(path_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (you, general, privacy, data):
            layout.addWidget(group)
        layout.addStretch(1)
        # With Fortrolighed the groups are taller than a 1280×720 screen leaves (761 px): they scroll, the
        # Luk button stays in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        fit_scrolled(self, outer, body, buttons, 36 * self.fontMetrics().lineSpacing())

    def _section(self, box: QGroupBox, section: str, intro: QLabel | None = None) -> QGroupBox:
        """The settings declared for `section`, in `box`: a yes/no as a checkbox carrying its own words,
        the rest as a labelled row."""
        form = QFormLayout(box)
        # Fortrolighed's one choice has a long label ("Slet sikkerhedskopier ældre end"): above its list,
        # not squeezed into three lines beside it.
        wrap = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if section == "privacy"
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        form.setRowWrapPolicy(wrap)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        if intro is not None:
            form.addRow(intro)
        for setting in schema.SETTINGS:
            if setting.section != section:
                continue
            editor = self._editor(setting)
            editor.setAccessibleName(setting.tr_label())
            self.editors[setting.key] = editor
            if isinstance(editor, QCheckBox):
                editor.setText(setting.tr_label())
                form.addRow(editor)
            else:
                label = QLabel(setting.tr_label())
                label.setWordWrap(section != "privacy")  # there the label has the row to itself
                label.setBuddy(editor)
                form.addRow(label, editor)
            if setting.help:
                form.addRow(help_label(setting.tr_help()))
        return box

    def _editor(self, setting: schema.Setting) -> QWidget:
        """The input that fits the setting's declaration; it stores each change at once."""
        current = schema.value(self.ctx.settings, setting)
        if setting is schema.LANGUAGE:
            current = self.ctx.lang  # what the window speaks now, also when started with --lang
        if setting.choices:
            combo = QComboBox()
            for value, label in setting.choices:
                combo.addItem(setting.tr_choice(label), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(lambda _i, s=setting, c=combo: self._store(s, c.currentData()))
            return combo
        if setting.type is bool:
            check = QCheckBox()
            check.setChecked(bool(current))
            check.toggled.connect(lambda on, s=setting: self._store(s, on))
            return check
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum or 10_000)
            spin.setSuffix(setting.tr_suffix())
            spin.setValue(int(current))
            spin.valueChanged.connect(lambda v, s=setting: self._store(s, v))
            return spin
        line = QLineEdit(str(current))
        line.editingFinished.connect(lambda s=setting, e=line: self._store(s, e.text()))
        return line

    def _store(self, setting: schema.Setting, new: Any) -> None:
        schema.store(self.ctx.settings, setting, new)
        if setting is schema.LANGUAGE:
            self._chosen_lang = new

    def done(self, result: int) -> None:
        self.ctx.flush()  # a name still being typed is saved before the dialog goes
        super().done(result)
        # Only a language chosen here switches the window (a start with --lang must not be undone).
        lang = getattr(self, "_chosen_lang", None)
        if lang is not None and lang != self.ctx.lang:
            # After exec() has returned: the controller rebuilds the window this dialog belongs to.
            ctx = self.ctx
            QTimer.singleShot(0, ctx, lambda: ctx.language_changed.emit(lang))
