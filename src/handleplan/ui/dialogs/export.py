"""Eksportér PDF: choose the milestone, see and tick exactly what goes in, save, and open the PDF.

The PDF is the one thing other people see, so the dialog lists every section and entry with a check
box before anything is written; private entries start unticked and ticking one asks first. The export
runs in a worker thread (its own read session), with a busy bar.
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
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handleplan.errors import HandleplanError
from handleplan.export.errors import ExportError
from handleplan.export.filenames import export_filename, safe_filename
from handleplan.export.selection import (
    ExportOptions,
    candidate_reflections,
    candidate_trio_meetings,
    listed_reflections,
)
from handleplan.export.snapshot import MilestoneSnap, PlanSnapshot, take_snapshot
from handleplan.export.words import Words
from handleplan.privacy import rule_for
from handleplan.ui.context import AppContext
from handleplan.ui.style import set_role
from handleplan.ui.widgets.fit import fit_to_screen

log = logging.getLogger(__name__)

KIND_ROLE = Qt.ItemDataRole.UserRole  # ("section", key) or ("initiative"|"reflection"|"trio", id)
PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 1
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
        self._updating = False
        self.snapshot: PlanSnapshot = take_snapshot(ctx.store)
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Eksportér PDF"))
        self.setMinimumSize(520, 420)
        fit_to_screen(self, 560, 600)
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

        heading = QLabel(self.tr("Indhold"))
        set_role(heading, "h2")
        layout.addWidget(heading)
        self.tree = QTreeWidget()
        self.tree.setObjectName("export-contents")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Det, der kommer med i PDF'en"))
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Opsummering af indholdet"))
        # "Det vil jeg gerne drøfte" is printed from Forløb: the way there, for the milestone chosen.
        self.discussion_button = QPushButton(self.tr("Skriv, hvad du vil drøfte …"))
        self.discussion_button.setAutoDefault(False)
        self.discussion_button.setAccessibleName(self.tr("Skriv, hvad du vil drøfte på milepælen"))
        self.discussion_button.setToolTip(
            self.tr("Dine punkter skrives under milepælen på Forløb og kommer med i PDF'en")
        )
        self.discussion_button.clicked.connect(self._write_discussion)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.discussion_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(summary_row)

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

    # -- contents tree ------------------------------------------------------------------------------------
    def _milestone(self) -> MilestoneSnap | None:
        return self.snapshot.milestone(self.milestone_combo.currentData())

    def _write_discussion(self) -> None:
        """Close, and open the chosen milestone on Forløb, where its discussion points are written."""
        milestone = self._milestone()
        self.reject()
        target = {"milestone_id": milestone.id, "focus": "discussion"} if milestone is not None else {}
        self.ctx.navigate.emit("timeline", target)

    def _milestone_changed(self) -> None:
        self._fill_tree()
        if not self._path_edited:
            self.path_edit.setText(str(self._default_path()))
        self._overwrite_ok = None

    def _section_states(self) -> dict[str, bool]:
        states = {}
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            kind, key = item.data(0, KIND_ROLE)
            states[key] = item.checkState(0) == Qt.CheckState.Checked
        return states

    def _entry_states(self) -> dict[tuple[str, int], bool]:
        states = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                states[tuple(child.data(0, KIND_ROLE))] = child.checkState(0) == Qt.CheckState.Checked
        return states

    def _fill_tree(self) -> None:
        """(Re)build the tree for the chosen milestone; ticks the leader already set are kept."""
        sections, entries = self._section_states(), self._entry_states()
        milestone = self._milestone()
        previous = self.snapshot.previous_milestone(milestone)
        self._updating = True
        self.tree.clear()
        fixed = self._section("cover", self.tr("Forside og indholdsfortegnelse"), sections)
        fixed.setFlags(fixed.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        fixed.setToolTip(0, self.tr("Forsiden og indholdsfortegnelsen er altid med."))
        self._section("focus", self.tr("Mit fokus"), sections)
        self._section("overview", self.tr("Overblik over tiltagene"), sections)
        top = self._section("initiatives", self.tr("Tiltag"), sections)
        for ini in self.snapshot.initiatives:
            self._entry(top, "initiative", ini.id, ini.title, ini.private, entries)
        title = (
            self.tr("Refleksioner siden %1").replace("%1", previous.title)
            if previous is not None
            else self.tr("Refleksioner")
        )
        top = self._section("reflections", title, sections)
        period = {r.id for r in candidate_reflections(self.snapshot, milestone)}
        for refl in listed_reflections(self.snapshot, milestone):
            text = f"{refl.title.strip() or self.tr('Refleksion')} – {self.words.date(refl.written_on)}"
            module = self.snapshot.milestone(refl.milestone_id)
            if refl.id not in period and module is not None:  # older: only its Afrunding goes along
                when = self.words.date(refl.written_on)
                text = self.tr("Afrunding på %1").replace("%1", module.title) + f" – {when}"
            self._entry(top, "reflection", refl.id, text, refl.private, entries)
        top = self._section("trio", self.tr("TRIO-møder og aftaler"), sections)
        for m in candidate_trio_meetings(self.snapshot, milestone):
            self._entry(top, "trio", m.id, f"{m.title} – {self.words.date(m.date)}", False, entries)
        self._section("discussion", self.tr("Det vil jeg gerne drøfte"), sections)
        self.tree.expandAll()
        self._updating = False
        self._refresh_enabled()
        self._update_summary()

    def _section(self, key: str, text: str, states: dict[str, bool]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        item.setData(0, KIND_ROLE, ("section", key))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = states.get(key, True)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _entry(
        self,
        parent: QTreeWidgetItem,
        kind: str,
        entry_id: int,
        text: str,
        private: bool,
        states: dict[tuple[str, int], bool],
    ) -> QTreeWidgetItem:
        label = " ".join(text.split())
        if private:
            label += " " + self.tr("(privat)")
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, KIND_ROLE, (kind, entry_id))
        item.setData(0, PRIVATE_ROLE, private)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = states.get((kind, entry_id), not private)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if private:
            item.setIcon(0, _private_icon(self))
            item.setToolTip(0, self.tr("Privat: kommer kun med, hvis du selv sætter flueben."))
        return item

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        if checked and item.data(0, PRIVATE_ROLE) and not self._confirm_private(item):
            self._updating = True
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self._updating = False
        self._refresh_enabled()
        self._update_summary()

    def _confirm_private(self, item: QTreeWidgetItem) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Tag en privat post med?"),
            self.tr("»%1« er markeret som privat. Vil du tage den med i PDF'en, som andre skal se?").replace(
                "%1", item.text(0).removesuffix(" " + self.tr("(privat)"))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refresh_enabled(self) -> None:
        """A section that is off greys out its entries (their ticks are kept for when it is on again)."""
        self._updating = True
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            on = top.checkState(0) == Qt.CheckState.Checked
            for j in range(top.childCount()):
                top.child(j).setDisabled(not on)
        self._updating = False

    def options(self) -> ExportOptions:
        """What the leader has ticked, as export options."""
        sections = {key for key, on in self._section_states().items() if on and key != "cover"}
        chosen: dict[str, set[int]] = {"initiative": set(), "reflection": set(), "trio": set()}
        for (kind, entry_id), on in self._entry_states().items():
            if on:
                chosen[kind].add(entry_id)
        return ExportOptions(
            milestone_id=self.milestone_combo.currentData(),
            lang=self.ctx.lang,
            sections=frozenset(sections),
            initiative_ids=frozenset(chosen["initiative"]),
            reflection_ids=frozenset(chosen["reflection"]),
            trio_ids=frozenset(chosen["trio"]),
        )

    def _update_summary(self) -> None:
        options = self.options()
        ini_total = len(self.snapshot.initiatives)
        refl_total = len(listed_reflections(self.snapshot, self._milestone()))
        ini = len(options.initiative_ids or ()) if {"initiatives", "overview"} & options.sections else 0
        refl = len(options.reflection_ids or ()) if "reflections" in options.sections else 0
        text = self.tr("Med i PDF'en: %1 af %2 tiltag og %3 af %4 refleksioner.")
        for n, value in enumerate((ini, ini_total, refl, refl_total), start=1):
            text = text.replace(f"%{n}", str(value))
        private_in = sum(
            1 for (kind, _id), on in self._entry_states().items() if on and self._is_private(kind, _id)
        )
        private_out = sum(
            1 for (kind, _id), on in self._entry_states().items() if not on and self._is_private(kind, _id)
        )
        if private_in:
            text += " " + self.tr("Heraf er %1 markeret som privat.").replace("%1", str(private_in))
        if private_out == 1:
            text += " " + self.tr("1 privat post er ikke med.")
        elif private_out:
            text += " " + self.tr("%1 private poster er ikke med.").replace("%1", str(private_out))
        self.summary.setText(text)

    def _is_private(self, kind: str, entry_id: int) -> bool:
        return rule_for(self.snapshot).is_private(kind, entry_id)

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
        self.status.setText(self.tr("PDF'en er gemt: %1").replace("%1", str(path)))
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


def _private_icon(widget: QWidget):  # noqa: ANN202
    """The app's padlock where it exists; else a standard icon from the style."""
    try:
        from handleplan.ui.widgets.lock_icon import lock_icon

        return lock_icon(widget.palette())
    except ImportError:  # pragma: no cover - the padlock widget is optional
        return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
