"""Om dine data: where the leader's files are, what is in each, what leaves the computer, and how to delete."""

from __future__ import annotations

import html
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

from handleplan.paths import log_dir
from handleplan.store.backups import backup_folder
from handleplan.store.forget import SETTINGS_NAME, inventory
from handleplan.store.retention import NEVER
from handleplan.store.schema import DB_NAME
from handleplan.ui import settings_schema as schema
from handleplan.ui.context import AppContext
from handleplan.ui.initiative.form import heading, help_label
from handleplan.ui.widgets.fit import fit_scrolled


def kept_files(folder: Path) -> list[tuple[str, list[Path]]]:
    """(what it is, its files) for each kind of file of the plan's that is in the data folder now – the
    same list "Slet alle mine data" deletes (store/forget.py)."""
    found = inventory(folder)
    wal = [p for p in found.plan if p.name != DB_NAME]
    kinds = [
        ("plan", [p for p in found.plan if p.name == DB_NAME]),
        ("wal", wal),
        ("backups", [backup_folder(folder)] if found.backups else []),
        ("moved", list(found.moved_aside)),
        ("logs", [log_dir(folder)] if found.logs else []),
        ("settings", [p for p in found.settings if p.name == SETTINGS_NAME]),
        ("markers", list(found.markers)),
    ]
    return [(kind, paths) for kind, paths in kinds if paths]


class AboutDataDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Om dine data"))
        self.setObjectName("about-data-dialog")
        folder = ctx.db_path.parent
        kept = schema.BACKUP_MONTHS
        months = schema.value(ctx.settings, kept)
        period = next(kept.tr_choice(label) for value, label in kept.choices if value == months)
        what = {
            "plan": self.tr(
                "din handleplan: tiltag, cyklusser, refleksioner, TRIO og forløb – også det private"
            ),
            "wal": self.tr("de sidste ændringer, før de er skrevet ind i handleplanen"),
            "backups": self.backups_text(inventory(folder).backup_count),
            "moved": self.tr(
                "en handleplan, der ikke kunne åbnes – lagt til side i stedet for at blive slettet"
            ),
            "logs": self.tr("tekniske detaljer om fejl – aldrig det, du skriver"),
            "settings": self.tr("vinduets størrelse, sprog og dine valg i Indstillinger"),
            "markers": self.tr("viser kun, at Handleplan er åben – intet af det, du skriver"),
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
        for kind, paths in kept_files(folder):
            names = ", ".join(f"<b>{html.escape(p.name)}</b>" for p in paths)
            line = QLabel(f"{names} – {html.escape(what[kind])}")
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
        layout.addWidget(heading(self.tr("Så længe gemmes kopierne")))
        layout.addWidget(help_label(self.kept_for_text(months, period)))
        layout.addWidget(heading(self.tr("Det, der forlader computeren")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Kun det, du selv eksporterer – og kun derhen, hvor du gemmer det. Den PDF, du laver under "
                    "»Eksportér PDF«, har kun private tiltag og refleksioner – og alt, hvad der hører til dem – "
                    "med, hvis du sætter flueben ved dem; kalenderfilen (.ics) kun, hvis du siger ja til det. "
                    "Gem eller send PDF'en med samme omtanke som dine egne noter: den handler om dine "
                    "medarbejdere."
                )
            )
        )
        layout.addWidget(
            help_label(
                self.tr(
                    "Filen fra »Eksportér hele handleplanen« (.handleplan) rummer alt, også det private. Den "
                    "er til at flytte din handleplan til en ny computer: gem den et sikkert sted, og send den "
                    "ikke til andre."
                )
            )
        )
        layout.addWidget(heading(self.tr("Sådan sletter du det hele")))
        layout.addWidget(
            help_label(
                self.tr(
                    "Vælg Hjælp › Slet alle mine data. Så slettes din handleplan, dens sikkerhedskopier, "
                    "loggen og dine indstillinger, og Handleplan lukker. PDF'er og filer, du har eksporteret, "
                    "ligger der, hvor du gemte dem."
                )
            )
        )
        self.forget_button = QPushButton(self.tr("Slet alle mine data …"))
        self.forget_button.setAutoDefault(False)
        self.forget_button.clicked.connect(self.open_forget)
        layout.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        fit_scrolled(self, outer, body, buttons, 36 * self.fontMetrics().lineSpacing())

    def backups_text(self, count: int) -> str:
        when = self.tr("hver halve time, du arbejder, når du lukker, og før Handleplan ændrer filen")
        if count == 1:
            return self.tr("1 kopi af hele handleplanen, også det private: %1").replace("%1", when)
        return (
            self.tr("%1 kopier af hele handleplanen, også det private: %2")
            .replace("%1", str(count))
            .replace("%2", when)
        )

    def kept_for_text(self, months: int, period: str) -> str:
        where = self.tr("Det vælger du under Indstillinger › Fortrolighed.")
        if months == NEVER:
            kept = self.tr(
                "Du har valgt, at sikkerhedskopier ikke slettes efter en bestemt tid. Handleplan beholder de "
                "seneste og én for hver dag, uge og måned bagud."
            )
        else:
            kept = self.tr(
                "Sikkerhedskopier ældre end »%1« slettes af sig selv; den nyeste gode kopi bliver altid liggende."
            ).replace("%1", period)
        return kept + " " + where

    def open_forget(self) -> None:
        """The same dialog as in the menu; once she has deleted everything this page has nothing to say."""
        from handleplan.ui.dialogs.forget import ForgetDialog

        if ForgetDialog(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.accept()
