"""Errors a leader can meet while exporting, each a sentence in Danish and English that says what to do."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from handleplan.errors import HandleplanError
from handleplan.say import say

EXPORT_MESSAGES: dict[str, dict[str, str]] = {
    # Said after an export that had to cut a text too long for its place (a heading, the cover).
    "export_shortened_one": {
        "da": "En tekst var for lang til sin plads i PDF'en og er forkortet med »…«: »{first} …«. Hele "
        "teksten står stadig i Handleplan.",
        "en": "One text was too long for its place in the PDF and has been shortened with “…”: “{first} …”. "
        "The whole text is still in Handleplan.",
    },
    "export_shortened_many": {
        "da": "{n} tekster var for lange til deres plads i PDF'en og er forkortet med »…«, fx »{first} …«. "
        "Hele teksten står stadig i Handleplan.",
        "en": "{n} texts were too long for their place in the PDF and have been shortened with “…”, such as "
        "“{first} …”. The whole texts are still in Handleplan.",
    },
    "export_folder_missing": {
        "da": "Mappen {folder} findes ikke. Vælg en anden mappe til PDF'en – der er ikke gemt noget.",
        "en": "The folder {folder} does not exist. Choose another folder for the PDF – nothing was saved.",
    },
    "export_unwritable": {
        "da": "Handleplan må ikke gemme i mappen {folder}. Vælg en anden mappe, fx Dokumenter – der er ikke "
        "gemt noget.",
        "en": "Handleplan is not allowed to save in the folder {folder}. Choose another folder, such as "
        "Documents – nothing was saved.",
    },
    "export_locked": {
        "da": "Filen {name} er åben i et andet program, så den kan ikke erstattes. Luk den dér og prøv igen, "
        "eller vælg et andet filnavn.",
        "en": "The file {name} is open in another program, so it cannot be replaced. Close it there and try "
        "again, or choose another file name.",
    },
    "export_disk_full": {
        "da": "Der er ikke plads nok på disken til PDF'en. Frigør plads, eller gem den et andet sted – der "
        "er ikke gemt en halv fil.",
        "en": "There is not enough space on the disk for the PDF. Free some space, or save it somewhere else "
        "– no half file was left behind.",
    },
    "export_failed": {
        "da": "PDF'en kunne ikke gemmes ({detail}). Prøv igen, eller vælg en anden mappe – der er ikke gemt "
        "en halv fil.",
        "en": "The PDF could not be saved ({detail}). Try again, or choose another folder – no half file was "
        "left behind.",
    },
    "export_render_failed": {
        "da": "PDF'en kunne ikke laves ({detail}). Din handleplan er ikke ændret. Prøv igen; sker det igen, "
        "så send logfilen til den, der hjælper dig.",
        "en": "The PDF could not be made ({detail}). Your plan has not been changed. Try again; if it "
        "happens again, send the log file to whoever helps you.",
    },
    "export_no_plan": {
        "da": "Der er ingen handleplan endnu i {folder}. Start Handleplan og udfyld din plan først (eller "
        "prøv med en demo: handleplan --data-dir NY-MAPPE demo).",
        "en": "There is no action plan yet in {folder}. Start Handleplan and fill in your plan first (or try "
        "a demo: handleplan --data-dir NEW-FOLDER demo).",
    },
    "export_ambiguous_milestone": {
        "da": "Flere milepæle hedder »{wanted}«: {choices}. Skriv datoen, fx --for 2026-12-14, eller id'et.",
        "en": 'Several milestones are called "{wanted}": {choices}. Give the date, e.g. --for 2026-12-14, or '
        "the id.",
    },
    "export_unknown_milestone": {
        "da": "Der er ingen milepæl, der hedder »{wanted}«. Vælg en af disse: {choices}.",
        "en": 'There is no milestone called "{wanted}". Choose one of these: {choices}.',
    },
}


class ExportError(HandleplanError):
    """An export that did not happen; no file (and no half file) was left at the target."""

    catalog = EXPORT_MESSAGES


# Windows: ERROR_ACCESS_DENIED (5), ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33).
_LOCKED_WINERRORS = {5, 32, 33}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def error_for_os(exc: OSError, target: Path, *, replacing: bool) -> ExportError:
    """Name what went wrong for the leader. `replacing`: the PDF was complete and being moved into place."""
    folder = str(target.parent)
    code = exc.errno
    if code in _FULL_ERRNOS or getattr(exc, "winerror", None) in (
        112,
        39,
    ):  # ERROR_DISK_FULL, HANDLE_DISK_FULL
        return ExportError("export_disk_full")
    if replacing and (
        getattr(exc, "winerror", None) in _LOCKED_WINERRORS or code in (errno.EACCES, errno.EBUSY)
    ):
        if target.exists() and not target.is_dir():
            return ExportError("export_locked", name=target.name)
    if isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        return ExportError("export_folder_missing", folder=folder)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError("export_unwritable", folder=folder)
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return ExportError("export_failed", detail=f"{target.name}: {os.strerror(errno.EISDIR)}")
    return ExportError("export_failed", detail=exc.strerror or str(exc))


def shortened_note(shortened: list[str], lang: str) -> str | None:
    """What to tell the leader when the PDF had to cut texts (`ExportContents.shortened`), else None."""
    if not shortened:
        return None
    first = shortened[0][:40].rstrip()
    if len(shortened) == 1:
        return say(EXPORT_MESSAGES, "export_shortened_one", lang, first=first)
    return say(EXPORT_MESSAGES, "export_shortened_many", lang, n=len(shortened), first=first)
