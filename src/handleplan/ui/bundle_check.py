"""What `self-test` checks before it opens the window: that everything the app reads from disk is there –
in a checkout, a pip install or a frozen bundle alike (the installers' smoke run relies on it)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator

from handleplan.cli_words import SELFTEST_WORDS
from handleplan.paths import resources_dir
from handleplan.say import say

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
# Qt's own standard buttons, as qtbase_da.qm must turn them: what a leader reads in every message box.
QT_BUTTONS_DA = {"Cancel": "Annuller", "&Yes": "&Ja", "&No": "&Nej"}
Words = Callable[..., str]  # _say with the language filled in: words("fonts", names=…)


def check_bundle(lang: str) -> list[tuple[bool, str]]:
    """One (passed, sentence) per kind of file; every check runs, so a report names all that is missing."""
    checks = (_fonts, _our_translation, _qt_translation, _content, _migrations, _local_connections)
    return [check(functools.partial(_say, lang)) for check in checks]


def _say(lang: str, code: str, **fields: object) -> str:
    return say(SELFTEST_WORDS, f"bundle_{code}", lang, **fields)


def _fonts(words: Words) -> tuple[bool, str]:
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name in FONTS:
        try:
            TTFont(Path(name).stem, str(folder / name))  # parses the tables the PDF embeds
        except Exception as exc:  # noqa: BLE001 – ReportLab raises its own TTFError, or OSError
            return False, words("no_font", name=folder / name, error=exc)
    return True, words("fonts", names=", ".join(FONTS))


def _our_translation(words: Words) -> tuple[bool, str]:
    path = resources_dir() / "translations" / "handleplan_en.qm"
    translator = QTranslator()
    if translator.load(str(path)) and not translator.isEmpty():
        return True, words("ours", path=path)
    return False, words("no_ours", path=path)


def _qt_translation(words: Words) -> tuple[bool, str]:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    loaded = translator.load("qtbase_da", folder)
    got = {source: translator.translate("QPlatformTheme", source) for source in QT_BUTTONS_DA}
    if loaded and got == QT_BUTTONS_DA:
        return True, words("qt", words=", ".join(v.replace("&", "") for v in got.values()))
    return False, words("no_qt", path=folder)


def _content(words: Words) -> tuple[bool, str]:
    from handleplan.content import ContentError, available_languages, load_content

    missing = [f"{lang}.json" for lang in ("da", "en") if lang not in available_languages()]
    if missing:  # load_content would quietly fall back to Danish
        return False, words("no_content", error=", ".join(missing))
    try:
        for lang in ("da", "en"):
            load_content(lang)
    except ContentError as exc:
        return False, words("no_content", error=exc)
    return True, words("content", path=resources_dir() / "content")


def _migrations(words: Words) -> tuple[bool, str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from handleplan.store.schema import HEAD_REVISION, KNOWN_REVISIONS

    cfg = Config()
    cfg.set_main_option("script_location", "handleplan:migrations")
    try:
        script = ScriptDirectory.from_config(cfg)
        head = script.get_current_head()
        found = {rev.revision for rev in script.walk_revisions()}
    except Exception as exc:  # noqa: BLE001 – Alembic's CommandError, or an OSError for a missing folder
        return False, words("no_migrations", error=exc)
    if head != HEAD_REVISION or not set(KNOWN_REVISIONS) <= found:
        return False, words("no_migrations", error=f"{head} ≠ {HEAD_REVISION}")
    return True, words("migrations", head=head)


def _local_connections(words: Words) -> tuple[bool, str]:
    """The single-instance check talks over QtNetwork's local socket: a bundle that left QtNetwork out
    would start a second window over the same file instead of bringing the first to the front."""
    try:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket  # noqa: F401
    except ImportError as exc:
        return False, words("no_network", error=exc)
    return True, words("network")
