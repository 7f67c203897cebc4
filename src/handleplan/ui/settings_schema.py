"""Every user setting declared once: key, default, type and label; the settings dialog is built from this."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

CONTEXT = "Settings"


class Setting(NamedTuple):
    """One setting. `label` and `help` are marked for translation and translated when shown.

    `choices` (value, label) makes a choice; labels in `untranslated` are shown as written (a
    language's own name reads the same in every language).
    """

    key: str
    default: Any
    type: type
    label: str
    help: str = ""
    choices: tuple[tuple[Any, str], ...] = ()
    untranslated: bool = False
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    section: str = "general"  # the group in Indstillinger: "general" or "privacy" (Fortrolighed)

    def tr_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def tr_help(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.help) if self.help else ""

    def tr_choice(self, label: str) -> str:
        return label if self.untranslated else QCoreApplication.translate(CONTEXT, label)

    def tr_suffix(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.suffix) if self.suffix else ""


LANGUAGE = Setting(
    key="ui/lang",
    default="da",
    type=str,
    label=QT_TRANSLATE_NOOP("Settings", "Sprog"),
    help=QT_TRANSLATE_NOOP("Settings", "Handleplan skifter sprog, når du lukker dette vindue."),
    choices=(("da", "Dansk"), ("en", "English")),
    untranslated=True,
)
DUE_DAYS = Setting(
    key="overview/due_days",
    default=14,
    type=int,
    label=QT_TRANSLATE_NOOP("Settings", "Vis opgaver på Overblik, der forfalder inden for"),
    help=QT_TRANSLATE_NOOP("Settings", "Opgaver, der allerede er forfaldne, vises altid."),
    minimum=1,
    maximum=90,
    suffix=QT_TRANSLATE_NOOP("Settings", " dage"),
)

# Fortrolighed: what a new entry starts as. Off as the app has always made them (a reflection after a
# module goes in the module's PDF unless she says otherwise); a leader who writes about named staff turns
# them on once, and each new entry starts private – she can still untick it in its editor.
NEW_INITIATIVES_PRIVATE = Setting(
    key="privacy/new_initiatives_private",
    default=False,
    type=bool,
    label=QT_TRANSLATE_NOOP("Settings", "Nye tiltag er private"),
    section="privacy",
)
NEW_REFLECTIONS_PRIVATE = Setting(
    key="privacy/new_reflections_private",
    default=False,
    type=bool,
    label=QT_TRANSLATE_NOOP("Settings", "Nye refleksioner er private"),
    section="privacy",
)
NEW_OBSERVATIONS_PRIVATE = Setting(
    key="privacy/new_observations_private",
    default=False,
    type=bool,
    label=QT_TRANSLATE_NOOP("Settings", "Nye iagttagelser er private"),
    section="privacy",
)
NEW_TRIO_NOTES_PRIVATE = Setting(
    key="privacy/new_trio_notes_private",
    default=False,
    type=bool,
    label=QT_TRANSLATE_NOOP("Settings", "Noter fra nye TRIO-møder er private"),
    section="privacy",
)
# How long backups are kept (store/retention.keep_for): a backup is the whole plan, the private too, so
# "deleting deletes" reaches them after this long. 0 is the forløb's length plus a year; -1 never.
BACKUP_MONTHS = Setting(
    key="privacy/backup_months",
    default=0,
    type=int,
    label=QT_TRANSLATE_NOOP("Settings", "Slet sikkerhedskopier ældre end"),
    help=QT_TRANSLATE_NOOP(
        "Settings",
        "En sikkerhedskopi er hele din handleplan, også det private. Den nyeste gode kopi slettes aldrig.",
    ),
    choices=(
        (0, QT_TRANSLATE_NOOP("Settings", "forløbet plus et år (standard)")),
        (6, QT_TRANSLATE_NOOP("Settings", "6 måneder")),
        (12, QT_TRANSLATE_NOOP("Settings", "1 år")),
        (24, QT_TRANSLATE_NOOP("Settings", "2 år")),
        (-1, QT_TRANSLATE_NOOP("Settings", "aldrig")),
    ),
    section="privacy",
)

SETTINGS: tuple[Setting, ...] = (
    LANGUAGE,
    DUE_DAYS,
    NEW_INITIATIVES_PRIVATE,
    NEW_REFLECTIONS_PRIVATE,
    NEW_OBSERVATIONS_PRIVATE,
    NEW_TRIO_NOTES_PRIVATE,
    BACKUP_MONTHS,
)


def value(settings: QSettings, setting: Setting) -> Any:
    """The stored value converted to the setting's type; the default when missing or unreadable."""
    raw = settings.value(setting.key, setting.default)
    if setting.type is bool:
        return _as_bool(raw, setting.default)
    try:
        result = setting.type(raw)
    except (TypeError, ValueError):
        return setting.default
    if setting.choices and result not in {v for v, _ in setting.choices}:
        return setting.default
    if setting.type is int and setting.maximum and not setting.minimum <= result <= setting.maximum:
        return setting.default
    return result


def _as_bool(raw: Any, default: bool) -> bool:
    """An ini file gives back "true"/"false" as text once read again, and bool("false") is True."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in {"true", "1", "yes"}:
        return True
    if isinstance(raw, str) and raw.strip().lower() in {"false", "0", "no"}:
        return False
    if isinstance(raw, int):
        return bool(raw)
    return default


def store(settings: QSettings, setting: Setting, new: Any) -> None:
    settings.setValue(setting.key, new)
    settings.sync()
