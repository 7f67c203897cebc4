"""The stress staircase check-in (counts only), the guldkorn rating, and the leader's own count."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QLabel, QLineEdit, QRadioButton, QSpinBox

from handleplan.models import MeasurementKind
from handleplan.ui.measure.base import MeasurementDialog
from handleplan.ui.style import set_role


class StaircaseDialog(MeasurementDialog):
    """How many stand on each step – never who; the leader's options for the steps that are occupied."""

    kind = MeasurementKind.STRESS_STAIRCASE

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Stresstrappen – tjek ind"))
        intro = QLabel(self.tr("Hvor mange står på hvert trin? Kun antal – aldrig navne."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        grid = QGridLayout()
        self.counts: list[QSpinBox] = []
        given = (
            self.measurement.values["counts"] if self.measurement else [0] * len(self.ctx.content.staircase)
        )
        for row, step in enumerate(self.ctx.content.staircase):
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(given[row])
            spin.setAccessibleName(step.title)
            spin.valueChanged.connect(lambda _v: self.update_options())
            self.counts.append(spin)
            name = f"{row + 1}. {step.title}" + (f" ({step.pressure})" if step.pressure else "")
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(spin, row, 1)
        self.body.addLayout(grid)
        self.options = QLabel()
        self.options.setObjectName("staircase-options")
        self.options.setWordWrap(True)
        self.body.addWidget(self.options, 1)
        self.update_options()
        self.resize(640, 560)

    def values(self) -> dict[str, Any]:
        return {"counts": [spin.value() for spin in self.counts]}

    def update_options(self) -> None:
        from handleplan.ops import measurements as ops

        parts = []
        for title, options in ops.options_for_occupied(self.values(), self.ctx.content):
            parts.append(self.tr("%1 – dine handlemuligheder:").replace("%1", title))
            parts += [f"•  {option}" for option in options]
        self.options.setText("\n".join(parts) or self.tr("Skriv, hvor mange der står på hvert trin."))


class GuldkornDialog(MeasurementDialog):
    """Each of the six: present, or one to strengthen – for the team or a 1:1."""

    kind = MeasurementKind.GULDKORN

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("De seks guldkorn – vurdering"))
        values = self.measurement.values if self.measurement else {"scope": "team", "ratings": {}}
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Teamet"), "team")
        self.scope.addItem(self.tr("En 1:1-samtale"), "one_to_one")
        self.scope.setCurrentIndex(0 if values["scope"] == "team" else 1)
        self.body.addWidget(self.scope)
        group = next(g for g in self.ctx.content.tag_groups if g.key == "guldkorn")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Til stede")), 0, 1)
        grid.addWidget(QLabel(self.tr("Vil vi styrke")), 0, 2)
        self.choices: dict[str, QButtonGroup] = {}
        for row, tag in enumerate(group.tags, start=1):
            label = QLabel(f"{tag.label}: »{tag.description}«")
            label.setWordWrap(True)
            choice = QButtonGroup(self)
            for column, rating in enumerate(("present", "strengthen"), start=1):
                button = QRadioButton()
                button.setAccessibleName(
                    f"{tag.label}: " + (self.tr("Til stede") if column == 1 else self.tr("Vil vi styrke"))
                )
                button.setChecked(values["ratings"].get(tag.key) == rating)
                button.setProperty("rating", rating)
                choice.addButton(button)
                grid.addWidget(button, row, column)
            choice.buttonToggled.connect(lambda *_a: self.update_focus())
            self.choices[tag.key] = choice
            grid.addWidget(label, row, 0)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.focus = QLabel()
        self.focus.setObjectName("guldkorn-focus")
        self.focus.setWordWrap(True)
        self.body.addWidget(self.focus)
        self.update_focus()
        self.resize(720, 520)

    def values(self) -> dict[str, Any]:
        ratings = {}
        for key, choice in self.choices.items():
            checked = choice.checkedButton()
            if checked is not None:
                ratings[key] = checked.property("rating")
        return {"scope": self.scope.currentData(), "ratings": ratings}

    def update_focus(self) -> None:
        from handleplan.ops import measurements as ops

        group = next(g for g in self.ctx.content.tag_groups if g.key == "guldkorn")
        labels = {tag.key: tag.label for tag in group.tags}
        chosen = [labels[k] for k in ops.to_strengthen(self.values(), self.ctx.content)]
        self.focus.setText(
            self.tr("Dem vil I arbejde med: %1").replace("%1", ", ".join(chosen)) if chosen else ""
        )


class CountDialog(MeasurementDialog):
    """The leader's own count: "11 af 16 satte deres magnet"."""

    kind = MeasurementKind.COUNT

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Eget antal"))
        values = self.measurement.values if self.measurement else {"count": 0, "total": None}
        self.what = QLineEdit(self.measurement.label if self.measurement else "")
        self.what.setPlaceholderText(self.tr("Hvad tæller du? Fx »satte deres magnet«"))
        self.count = QSpinBox()
        self.count.setRange(0, 100000)
        self.count.setValue(values["count"])
        self.total = QSpinBox()
        self.total.setRange(0, 100000)
        self.total.setSpecialValueText(self.tr("ikke angivet"))
        self.total.setValue(values["total"] or 0)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Hvad")), 0, 0)
        grid.addWidget(self.what, 0, 1)
        grid.addWidget(QLabel(self.tr("Antal")), 1, 0)
        grid.addWidget(self.count, 1, 1)
        grid.addWidget(QLabel(self.tr("Ud af")), 2, 0)
        grid.addWidget(self.total, 2, 1)
        self.body.addLayout(grid)
        hint = QLabel(self.tr("Tæl det samme i hver runde, så kan du se udviklingen i Evaluér."))
        set_role(hint, "help")
        self.body.addWidget(hint)

    def label(self) -> str:
        return self.what.text().strip()

    def values(self) -> dict[str, Any]:
        return {"count": self.count.value(), "total": self.total.value() or None}


DIALOGS = {
    MeasurementKind.STRESS_STAIRCASE: StaircaseDialog,
    MeasurementKind.GULDKORN: GuldkornDialog,
    MeasurementKind.COUNT: CountDialog,
}
