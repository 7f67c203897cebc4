"""What `self-test` checks before it opens the window: that everything the app reads from disk is there –
in a checkout, a pip install or a frozen bundle alike (the installers' smoke run relies on it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator

from handleplan.paths import resources_dir

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
# Qt's own standard buttons, as qtbase_da.qm must turn them: what a leader reads in every message box.
QT_BUTTONS_DA = {"Cancel": "Annuller", "&Yes": "&Ja", "&No": "&Nej"}

WORDS = {
    "da": {
        "fonts": "PDF'ens skrifttyper findes og kan læses: {names}",
        "no_font": "skrifttypen {name} mangler eller kan ikke læses ({error})",
        "ours": "programmets engelske oversættelse findes: {path}",
        "no_ours": "programmets engelske oversættelse mangler: {path}",
        "qt": "Qt's danske knapper findes: {words}",
        "no_qt": "Qt's danske oversættelse (qtbase_da.qm) mangler eller er forkert i {path}",
        "content": "forløbets indhold findes på dansk og engelsk: {path}",
        "no_content": "forløbets indhold kan ikke læses: {error}",
        "migrations": "databasens opgraderinger findes, nyeste er {head}",
        "no_migrations": "databasens opgraderinger mangler eller passer ikke: {error}",
    },
    "en": {
        "fonts": "the PDF's fonts are there and readable: {names}",
        "no_font": "the font {name} is missing or unreadable ({error})",
        "ours": "the app's English translation is there: {path}",
        "no_ours": "the app's English translation is missing: {path}",
        "qt": "Qt's Danish buttons are there: {words}",
        "no_qt": "Qt's Danish translation (qtbase_da.qm) is missing or wrong in {path}",
        "content": "the course content is there in Danish and English: {path}",
        "no_content": "the course content cannot be read: {error}",
        "migrations": "the database upgrades are there, the newest is {head}",
        "no_migrations": "the database upgrades are missing or do not match: {error}",
    },
}


def check_bundle(lang: str) -> list[tuple[bool, str]]:
    """One (passed, sentence) per kind of file; every check runs, so a report names all that is missing."""
    words = WORDS.get(lang, WORDS["da"])
    checks = (_fonts, _our_translation, _qt_translation, _content, _migrations)
    return [check(words) for check in checks]


def _fonts(words: dict[str, str]) -> tuple[bool, str]:
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name in FONTS:
        try:
            TTFont(Path(name).stem, str(folder / name))  # parses the tables the PDF embeds
        except Exception as exc:  # noqa: BLE001 – ReportLab raises its own TTFError, or OSError
            return False, words["no_font"].format(name=folder / name, error=exc)
    return True, words["fonts"].format(names=", ".join(FONTS))


def _our_translation(words: dict[str, str]) -> tuple[bool, str]:
    path = resources_dir() / "translations" / "handleplan_en.qm"
    translator = QTranslator()
    if translator.load(str(path)) and not translator.isEmpty():
        return True, words["ours"].format(path=path)
    return False, words["no_ours"].format(path=path)


def _qt_translation(words: dict[str, str]) -> tuple[bool, str]:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    loaded = translator.load("qtbase_da", folder)
    got = {source: translator.translate("QPlatformTheme", source) for source in QT_BUTTONS_DA}
    if loaded and got == QT_BUTTONS_DA:
        return True, words["qt"].format(words=", ".join(v.replace("&", "") for v in got.values()))
    return False, words["no_qt"].format(path=folder)


def _content(words: dict[str, str]) -> tuple[bool, str]:
    from handleplan.content import ContentError, available_languages, load_content

    missing = [f"{lang}.json" for lang in ("da", "en") if lang not in available_languages()]
    if missing:  # load_content would quietly fall back to Danish
        return False, words["no_content"].format(error=", ".join(missing))
    try:
        for lang in ("da", "en"):
            load_content(lang)
    except ContentError as exc:
        return False, words["no_content"].format(error=exc)
    return True, words["content"].format(path=resources_dir() / "content")


def _migrations(words: dict[str, str]) -> tuple[bool, str]:
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
        return False, words["no_migrations"].format(error=exc)
    if head != HEAD_REVISION or not set(KNOWN_REVISIONS) <= found:
        return False, words["no_migrations"].format(error=f"{head} ≠ {HEAD_REVISION}")
    return True, words["migrations"].format(head=head)
