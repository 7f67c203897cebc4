"""Screenshots of every screen and dialog, for people and CI who cannot see a screen."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QApplication, QWidget

from handleplan.errors import HandleplanError
from handleplan.paths import log_dir
from handleplan.store.files import atomic_write
from handleplan.ui.app import LOG_NAME
from handleplan.ui.context import AppContext
from handleplan.ui.main_window import SCREEN_KEYS, MainWindow

# Dialogs opened from the main window: (file name, module, class).
DIALOGS = (
    ("welcome", "handleplan.ui.dialogs.welcome", "WelcomeDialog"),
    ("search", "handleplan.ui.dialogs.search", "SearchDialog"),
    ("settings", "handleplan.ui.dialogs.settings", "SettingsDialog"),
    ("about-data", "handleplan.ui.dialogs.about_data", "AboutDataDialog"),
    ("forget", "handleplan.ui.dialogs.forget", "ForgetDialog"),
    ("export", "handleplan.ui.dialogs.export", "ExportDialog"),
    ("protection", "handleplan.ui.dialogs.passphrase", "ProtectionDialog"),
    ("restore", "handleplan.ui.dialogs.restore", "RestoreDialog"),
)
# Messages for what no screen expected (ui/failure.py), by message code, as the leader would get them.
FAILURE_NOTICES = ("damaged_while_working", "unreadable_while_working", "unexpected")


def _settle() -> None:
    # A resize may fold a row (TRIO's agreements), whose new height reaches the layouts a round later.
    for _ in range(6):
        QApplication.processEvents()


def _states(widget: QWidget) -> list[tuple[str, Callable[[], None]]]:
    """A screen or dialog may offer extra states worth a picture (each PDSA phase, each wizard page)."""
    states = getattr(widget, "screenshot_states", None)
    return list(states()) if callable(states) else []


def _save(widget: QWidget, path: Path, written: list[Path]) -> None:
    """The picture shows her plan as it is: written 0600 through `atomic_write` like every other file
    (QPixmap.save would make it with the umask's mode, readable by all)."""
    _settle()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if widget.grab().save(buffer, "PNG"):
        with atomic_write(path) as handle:
            handle.write(bytes(data.data()))
        written.append(path)


def capture_all(
    window: MainWindow, ctx: AppContext, outdir: Path, lang: str, sizes: Iterable[tuple[int, int]]
) -> list[Path]:
    written: list[Path] = []
    for width, height in sizes:
        window.resize(width, height)
        prefix = f"{lang}-{width}x{height}"
        for number, key in enumerate(SCREEN_KEYS, start=1):
            screen = window.open_screen(key)
            _save(window, outdir / f"{prefix}-{number}-{key}.png", written)
            for name, setup in _states(screen):
                setup()
                _save(window, outdir / f"{prefix}-{number}-{key}-{name}.png", written)
        for name, module, cls_name in DIALOGS:
            dialog = getattr(importlib.import_module(module), cls_name)(ctx, window)
            dialog.show()
            _save(dialog, outdir / f"{prefix}-dialog-{name}.png", written)
            for state, setup in _states(dialog):
                setup()
                _save(dialog, outdir / f"{prefix}-dialog-{name}-{state}.png", written)
            dialog.reject()
            dialog.deleteLater()
        _capture_messages(window, ctx, outdir / f"{prefix}-message", written)
        _capture_boxes(window, ctx, outdir / f"{prefix}-box", written)
    window.open_screen(SCREEN_KEYS[0])
    return written


def _capture_messages(window: MainWindow, ctx: AppContext, stem: Path, written: list[Path]) -> None:
    from handleplan.ui.failure import FailureNotice

    folder = ctx.db_path.parent
    log_file = log_dir(folder) / LOG_NAME
    notice = FailureNotice(lambda: window, lambda: ctx.lang, folder, log_file)
    for code in FAILURE_NOTICES:
        notice.show(HandleplanError(code, folder=folder, log=log_file).message(ctx.lang))
        assert notice.box is not None
        _save(notice.box, Path(f"{stem}-{code.replace('_', '-')}.png"), written)
        notice.box.accept()
        _settle()


def _capture_boxes(window: MainWindow, ctx: AppContext, stem: Path, written: list[Path]) -> None:
    """The questions asked with exec() (closing with unsaved text, replacing the plan, the file saved)
    and Qt's own file dialog, shown without exec so they can be pictured."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from handleplan import fields
    from handleplan.ui.autosave import Unsaved
    from handleplan.ui.dialogs.portable import PortableFile
    from handleplan.ui.dialogs.unsaved import UnsavedBox

    portable = PortableFile(ctx, window)
    example = Path.home() / "Handleplan.handleplan"
    boxes: list[tuple[str, QWidget]] = [
        ("unsaved-close", UnsavedBox([Unsaved(fields.label("milestone", "notes", ctx.lang), "…")], window)),
        ("portable-replace", portable.replace_box(example)),
        ("portable-saved", portable.said_box(QMessageBox.Icon.Information, portable.saved_text(example))),
    ]
    title = QCoreApplication.translate("ExportDialog", "Gem PDF'en som")  # the export's own words
    files = QFileDialog(window, title, str(Path.home()), "PDF (*.pdf)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Qt draws where there is no native one
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    boxes.append(("file-dialog", files))
    for name, box in boxes:
        box.show()
        _save(box, Path(f"{stem}-{name}.png"), written)
        box.close()
        box.deleteLater()
    portable.deleteLater()
    _settle()
