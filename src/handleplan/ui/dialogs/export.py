"""Eksportér PDF: choose the milestone, where and under which name, write it, and open the PDF.

What goes in – every section and entry with a check box, private ones unticked until she says yes – is
`export_entries.ExportEntries`, shown in the middle of this dialog. The export runs in a worker thread
(its own read session), with a busy bar.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.errors import HandleplanError
from handleplan.export.errors import ExportError, shortened_note
from handleplan.export.filenames import export_filename, safe_filename
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import MilestoneSnap, PlanSnapshot, take_snapshot
from handleplan.export.words import Words
from handleplan.ui.context import AppContext
from handleplan.ui.dialogs.export_entries import KIND_ROLE as KIND_ROLE  # the tree is read by it
from handleplan.ui.dialogs.export_entries import ExportEntries
from handleplan.ui.dialogs.export_warning import SensitiveWarning
from handleplan.ui.dialogs.sensitive_words import SensitiveWordsDialog
from handleplan.ui.style import set_role
from handleplan.ui.widgets.fit import fit_to_screen

log = logging.getLogger(__name__)

FOLDER_KEY = "export/folder"


class ExportWorker(QThread):
    """Snapshot and render in a thread of its own; reports back with a result or a sentence."""

    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(self, ctx: AppContext, target: Path, options: ExportOptions) -> None:
        super().__init__()
        self.store = ctx.store
        self.lang = ctx.lang
        self.target = target
        self.options = options

    def run(self) -> None:
        from handleplan.export.pdf import export_plan

        try:
            result = export_plan(self.store, self.target, self.options)
        except HandleplanError as exc:
            self.failed.emit(exc.message(self.lang))
        except Exception as exc:  # a bug must not take the app down with it; the leader gets a sentence
            log.exception("the PDF export failed")
            self.failed.emit(
                ExportError("export_render_failed", detail=type(exc).__name__).message(self.lang)
            )
        else:
            self.succeeded.emit(result)


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.words = Words(ctx.lang)
        self.worker: ExportWorker | None = None
        self.saved_path: Path | None = None
        self._path_edited = False
        self._overwrite_ok: Path | None = None
        self.snapshot: PlanSnapshot = take_snapshot(ctx.store)
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Eksportér PDF"))
        self.setMinimumSize(520, 420)
        fit_to_screen(self, 600, 660)  # room for the tree and the warning below it
        self._build()
        default = self.snapshot.default_milestone()
        if default is not None:
            self.milestone_combo.setCurrentIndex(max(0, self.milestone_combo.findData(default.id)))
        self._milestone_changed()

    # -- layout -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "PDF'en er det, andre ser af din handleplan: din TRIO, underviseren og de andre ledere. "
                "Vælg, hvad der skal med. Det, du har markeret som privat, er kun med, hvis du selv sætter "
                "flueben ved det."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "help")
        layout.addWidget(intro)

        form = QFormLayout()
        self.milestone_combo = QComboBox()
        self.milestone_combo.setAccessibleName(self.tr("Milepæl, som PDF'en laves til"))
        for m in self.snapshot.milestones:
            label = f"{m.title} – {self.words.date(m.date)}" if m.date is not None else m.title
            self.milestone_combo.addItem(label, m.id)
        if not self.snapshot.milestones:
            self.milestone_combo.addItem(self.tr("Ingen milepæle"), None)
            self.milestone_combo.setEnabled(False)
        self.milestone_combo.currentIndexChanged.connect(self._milestone_changed)
        form.addRow(self.tr("Til"), self.milestone_combo)
        layout.addLayout(form)

        self.entries = ExportEntries(self.snapshot, self.words)
        self.tree = self.entries.tree
        self.summary = self.entries.summary
        layout.addWidget(self.entries, 1)
        # "Det vil jeg gerne drøfte" is printed from Forløb: the way there, for the milestone chosen.
        self.discussion_button = QPushButton(self.tr("Skriv, hvad du vil drøfte …"))
        self.discussion_button.setAutoDefault(False)
        self.discussion_button.setAccessibleName(self.tr("Skriv, hvad du vil drøfte på milepælen"))
        self.discussion_button.setToolTip(
            self.tr("Dine punkter skrives under milepælen på Forløb og kommer med i PDF'en")
        )
        self.discussion_button.clicked.connect(self._write_discussion)
        self.entries.summary_row.addWidget(self.discussion_button, 0, Qt.AlignmentFlag.AlignTop)
        self.words_button = QPushButton(self.tr("Følsomme ord …"))
        self.words_button.setAutoDefault(False)
        self.words_button.setAccessibleName(self.tr("Ret listen over følsomme ord"))
        self.words_button.setToolTip(self.tr("Ord, Handleplan skal sige til om, før du deler PDF'en"))
        self.words_button.clicked.connect(self.edit_words)
        self.entries.summary_row.addWidget(self.words_button, 0, Qt.AlignmentFlag.AlignTop)
        self.words_dialog: SensitiveWordsDialog | None = None
        # Names of her staff or her sensitive words in what the ticks share: a calm line each.
        self.warning = SensitiveWarning(self.ctx, self.entries)
        self.warning.snapshot_changed.connect(self._snapshot_changed)
        self.entries.changed.connect(self._update_warning)
        layout.addWidget(self.warning)

        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Filnavn og mappe til PDF'en"))
        self.path_edit.textEdited.connect(self._path_typed)
        self.choose_button = QPushButton(self.tr("Vælg …"))
        self.choose_button.setAccessibleName(self.tr("Vælg mappe og filnavn"))
        self.choose_button.clicked.connect(self._choose_path)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        file_form = QFormLayout()
        file_form.addRow(self.tr("Gem som"), row)
        layout.addLayout(file_form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a PDF has no honest percentage
        self.progress.setAccessibleName(self.tr("PDF'en bliver lavet"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        status_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Status for eksporten"))
        self.open_button = QPushButton(self.tr("Åbn PDF"))
        self.open_button.setAccessibleName(self.tr("Åbn den gemte PDF"))
        self.open_button.clicked.connect(self.open_pdf)
        self.open_button.hide()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_button)
        layout.addLayout(status_row)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Eksportér"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Eksportér PDF'en"))
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Luk dialogen"))
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- milestone ---------------------------------------------------------------------------------------
    def _milestone(self) -> MilestoneSnap | None:
        return self.snapshot.milestone(self.milestone_combo.currentData())

    def _write_discussion(self) -> None:
        """Close, and open the chosen milestone on Forløb, where its discussion points are written."""
        milestone = self._milestone()
        self.reject()
        target = {"milestone_id": milestone.id, "focus": "discussion"} if milestone is not None else {}
        self.ctx.navigate.emit("timeline", target)

    def _milestone_changed(self) -> None:
        self.entries.set_milestone(self._milestone())
        self._update_warning()
        if not self._path_edited:
            self.path_edit.setText(str(self._default_path()))
        self._overwrite_ok = None

    def options(self) -> ExportOptions:
        """What the leader has ticked, as export options."""
        return self.entries.options(self.milestone_combo.currentData(), self.ctx.lang)

    # -- names and sensitive words ------------------------------------------------------------------
    def _update_warning(self) -> None:
        self.warning.refresh(self.snapshot, self.options())

    def _snapshot_changed(self, snapshot: PlanSnapshot) -> None:
        self.snapshot = snapshot  # an entry was made private: what is shared is read from the new plan
        self._update_warning()

    def edit_words(self) -> None:
        """The small editor of her sensitive words; the warning looks again when she saves them."""
        self.words_dialog = SensitiveWordsDialog(self.ctx.settings, self)
        self.words_dialog.accepted.connect(self._update_warning)
        self.words_dialog.open()

    # -- file ------------------------------------------------------------------------------------------------
    def _default_folder(self) -> Path:
        saved = self.ctx.settings.value(FOLDER_KEY, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        # Documents need not exist (a fresh Linux account, a profile moved by IT): then the home folder,
        # so the first export does not fail on a folder nobody made.
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if documents and Path(documents).is_dir():
            return Path(documents)
        return Path.home()

    def _default_path(self) -> Path:
        milestone = self._milestone()
        title, when = "", None
        if milestone is not None:
            title = milestone.title
            repeated = sum(1 for m in self.snapshot.milestones if m.title.strip() == title.strip()) > 1
            when = milestone.date if repeated else None
        name = export_filename(self.snapshot.profile.name, title, when, self.ctx.lang)
        return self._default_folder() / name

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True
        self._overwrite_ok = None
        self._clear_error_if_the_folder_exists()

    def _clear_error_if_the_folder_exists(self) -> None:
        """A red error about the file goes once the path names a folder that is there."""
        text = self.path_edit.text().strip()
        if self.status.styleSheet() and text and Path(text).expanduser().parent.is_dir():
            self.status.setStyleSheet("")
            self.status.clear()

    def _choose_path(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Gem PDF'en som"), self.path_edit.text(), self.tr("PDF-filer (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.path_edit.setText(str(path))
        self._path_edited = True
        self._overwrite_ok = path  # the file dialog has asked about replacing it
        self._clear_error_if_the_folder_exists()

    def target_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path.with_name(safe_filename(path.name))

    # -- export ------------------------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.worker is not None:
            return
        target = self.target_path()
        if target is None:
            self._show_error(self.tr("Skriv et filnavn til PDF'en, eller tryk på »Vælg …«."))
            return
        self.path_edit.setText(str(target))
        if target.exists() and self._overwrite_ok != target:
            answer = QMessageBox.question(
                self,
                self.tr("Erstat filen?"),
                self.tr("Der findes allerede en fil, der hedder »%1«. Vil du erstatte den?").replace(
                    "%1", target.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.flush()  # what was just typed elsewhere goes into the PDF too
        self.saved_path = None
        self.open_button.hide()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("PDF'en bliver lavet …"))
        self.progress.show()
        self._set_busy(True)
        self.worker = ExportWorker(self.ctx, target, self.options())
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._worker_done)
        self.worker.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.milestone_combo,
            self.tree,
            self.warning,
            self.words_button,
            self.path_edit,
            self.choose_button,
            self.export_button,
            self.close_button,
        ):
            widget.setEnabled(
                not busy and (widget is not self.milestone_combo or bool(self.snapshot.milestones))
            )

    def _succeeded(self, result: object) -> None:
        path = Path(result.path)  # type: ignore[attr-defined]
        self.saved_path = path
        self.ctx.settings.setValue(FOLDER_KEY, str(path.parent))
        self.status.setStyleSheet("")
        text = self.tr("PDF'en er gemt: %1").replace("%1", str(path))
        note = shortened_note(result.contents.shortened, self.ctx.lang)  # type: ignore[attr-defined]
        self.status.setText(text + ("\n" + note if note else ""))
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, message: str) -> None:
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(message)

    def _worker_done(self) -> None:
        self.progress.hide()
        self._set_busy(False)
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()

    def is_running(self) -> bool:
        return self.worker is not None

    def open_pdf(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def reject(self) -> None:
        # Never close under a running export: the worker would report to a dialog that is gone.
        if self.worker is not None:
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.worker is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def screenshot_states(self) -> list[tuple[str, object]]:
        """For `handleplan screenshots`: the dialog after a finished export."""

        def done() -> None:
            self.saved_path = self.target_path()
            self.status.setText(self.tr("PDF'en er gemt: %1").replace("%1", str(self.saved_path)))
            self.open_button.show()

        return [("done", done)]
