"""Om dine data: where the leader's files are, what is in each, what leaves the computer, and how to delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.widgets.fit import fit_to_screen


def kept_files(folder: Path) -> list[tuple[str, Path]]:
    """(what it is, path) for each file or folder of the plan's that exists now, in the data folder."""
    names = {
        "handleplan.db": "plan",
        "handleplan.db-wal": "wal",
        "backups": "backups",
        "logs": "logs",
        "settings.ini": "settings",
    }
    return [(kind, folder / name) for name, kind in names.items() if (folder / name).exists()]


class AboutDataDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Om dine data"))
        self.setObjectName("about-data-dialog")
        folder = ctx.db_path.parent
        what = {
            "plan": self.tr(
                "din handleplan: tiltag, cyklusser, refleksioner, TRIO og forløb – også det private"
            ),
            "wal": self.tr("de sidste ændringer, før de er skrevet ind i handleplanen"),
            "backups": self.tr("kopier af handleplanen, fra før Handleplan opdaterede filen"),
            "logs": self.tr("tekniske detaljer om fejl – aldrig det, du skriver"),
            "settings": self.tr("vinduets størrelse, sprog og dine valg i Indstillinger"),
        }

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Dine data bliver på denne computer"), "h1"))
        layout.addWidget(
            help_label(
                self.tr(
                    "Handleplan bruger aldrig internettet. Intet sendes nogen steder hen – ingen "
                    "opdateringer, ingen statistik. Det, du skriver, forlader kun computeren, når du selv "
                    "eksporterer det."
                )
            )
        )
        layout.addWidget(heading(self.tr("Her ligger det")))
        self.path_label = QLabel(str(folder))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Åbn mappen"))
        open_folder.setAutoDefault(False)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.file_lines: list[QLabel] = []
        for kind, path in kept_files(folder):
            line = QLabel(f"<b>{path.name}</b> – {what[kind]}")
            line.setWordWrap(True)
            self.file_lines.append(line)
            layout.addWidget(line)
        layout.addWidget(
            help_label(
                self.tr(
                    "Filerne kan kun læses af din egen bruger på computeren. Ligger mappen i OneDrive, "
                    "Dropbox eller en anden mappe, der synkroniseres, kommer dine data også derhen."
                )
            )
        )
        layout.addWidget(heading(self.tr("Det, der forlader computeren")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Kun den PDF, du selv laver under »Eksportér PDF«. Private tiltag og refleksioner – og "
                    "alt, hvad der hører til dem – kommer kun med, hvis du sætter flueben ved dem. Gem eller "
                    "send PDF'en med samme omtanke som dine egne noter: den handler om dine medarbejdere."
                )
            )
        )
        layout.addWidget(heading(self.tr("Sådan sletter du det hele")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Luk Handleplan, og slet mappen ovenfor. Så er din handleplan, dens kopier, loggen og "
                    "dine indstillinger væk. PDF'er, du har eksporteret, ligger der, hvor du gemte dem."
                )
            )
        )
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        lines = self.fontMetrics().lineSpacing()
        fit_to_screen(self, 36 * lines, 30 * lines)
