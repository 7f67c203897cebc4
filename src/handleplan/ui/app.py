"""Setting up Qt for Handleplan: the application object, language, locale and translators."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from handleplan.log_file import LOG_NAME, setup_logging  # noqa: F401 - where the GUI's callers find them
from handleplan.paths import resources_dir
from handleplan.store.files import ensure_private_dir, make_private, touch_private
from handleplan.ui.style import STYLE_ARGS

LANGUAGES = ("da", "en")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LOCALES = {
    "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def settings_for(data_dir: Path) -> QSettings:
    """Settings live beside the data: tests and demos with --data-dir never touch the real ones. The file
    is made 0600 before Qt writes it (Qt would make it readable by all), and one an earlier Handleplan
    left 0644 is tightened: Qt's QSaveFile keeps the mode of the file it replaces. A folder that cannot
    take it still gives settings, kept for this run only."""
    path = data_dir / "settings.ini"
    try:
        ensure_private_dir(data_dir)
        if path.exists():
            make_private(path)
        else:
            touch_private(path)
    except OSError:
        pass
    return QSettings(str(path), QSettings.Format.IniFormat)


def get_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), *STYLE_ARGS])
        app.setApplicationName("Handleplan")
        app.setOrganizationName("Handleplan")
        set_app_icon(app)
    return app  # type: ignore[return-value]


def set_app_icon(app: QApplication) -> None:
    """The PDSA wheel of resources/icon for every window (the installers use the same files)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:  # PNGs, not the SVG: the app ships without Qt's SVG plugin
        icon.addFile(str(resources_dir() / "icon" / f"handleplan-{size}.png"))
    app.setWindowIcon(icon)


class Language:
    """Installs the translators for one language; `switch` swaps them at run time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []
        self.lang = "da"

    def switch(self, lang: str) -> None:
        lang = lang if lang in LANGUAGES else "da"
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = []
        # Before any widget is made, so QDateEdit and friends format dates the Danish way.
        QLocale.setDefault(LOCALES[lang])
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang != "en":
            self._load(f"qtbase_{lang}", qt_dir)
            # What qtbase's own Danish lacks (resources/translations/qtbase_extra_da.ts).
            self._load(f"qtbase_extra_{lang}", str(resources_dir() / "translations"))
        # Danish is the source language of our own strings; other languages need our .qm.
        if lang != "da":
            self._load(f"handleplan_{lang}", str(resources_dir() / "translations"))
        self.lang = lang

    def _load(self, name: str, folder: str) -> bool:
        translator = QTranslator(self.app)
        if translator.load(name, folder):
            self.app.installTranslator(translator)
            self.translators.append(translator)
            return True
        logging.getLogger(__name__).warning("translation %s not found in %s", name, folder)
        return False
