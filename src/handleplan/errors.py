"""Errors a leader can meet, each with a sentence in Danish and English that says what to do."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "store_newer": {
        "da": "Dine data er gemt af en nyere udgave af Handleplan ({found}). Opdatér Handleplan for at åbne "
        "dem – filen er ikke ændret.",
        "en": "Your data was saved by a newer version of Handleplan ({found}). Update Handleplan to open it – "
        "the file has not been changed.",
    },
    "store_damaged": {
        "da": "Filen med dine data kan ikke læses ({detail}). Den er ikke ændret. Brug en sikkerhedskopi, "
        "eller kontakt den, der hjælper dig med din computer.",
        "en": "The file with your data cannot be read ({detail}). It has not been changed. Use a backup, or "
        "ask whoever helps you with your computer.",
    },
    # The detail of store_damaged when the damage shows only as the first screen reads the file.
    "damaged_inside": {
        "da": "dele af filen er beskadigede",
        "en": "parts of the file are damaged",
    },
    "store_unreadable_now": {
        "da": "Handleplan kunne ikke læse filen med dine data lige nu. Den er ikke ændret – prøv at starte "
        "Handleplan igen om lidt.",
        "en": "Handleplan could not read the file with your data just now. It has not been changed – try "
        "starting Handleplan again in a moment.",
    },
    "store_locked": {
        "da": "Handleplan er allerede åben med de samme data. Luk det andet vindue først.",
        "en": "Handleplan is already open with the same data. Close the other window first.",
    },
    "disk_full": {
        "da": "Disken er fuld, så din sidste ændring kunne ikke gemmes. Frigør plads – det, du allerede har "
        "gemt, er i behold.",
        "en": "The disk is full, so your last change could not be saved. Free some space – everything saved "
        "before is safe.",
    },
    "read_only": {
        "da": "Handleplan må ikke skrive i mappen med dine data ({detail}). Det, du allerede har gemt, er i "
        "behold.",
        "en": "Handleplan is not allowed to write to your data folder ({detail}). Everything saved before is "
        "safe.",
    },
    "write_failed": {
        "da": "Din sidste ændring kunne ikke gemmes ({detail}). Prøv igen om lidt.",
        "en": "Your last change could not be saved ({detail}). Try again in a moment.",
    },
    "undo_failed": {
        "da": "Det slettede kunne ikke lægges tilbage, fordi noget nyt har taget dets plads ({detail}). "
        "Intet er ændret.",
        "en": "What was deleted could not be put back, because something new has taken its place ({detail}). "
        "Nothing was changed.",
    },
    "empty_title": {
        "da": "Giv {what} en titel – den må ikke være tom.",
        "en": "Give the {what} a title – it cannot be empty.",
    },
    "text_invalid": {
        "da": "Teksten indeholder tegn, der ikke kan gemmes ({detail}).",
        "en": "The text contains characters that cannot be saved ({detail}).",
    },
    "date_out_of_range": {
        "da": "Datoen {value} ligger uden for det, Handleplan kan bruge (år 1900–2200).",
        "en": "The date {value} is outside what Handleplan can use (years 1900–2200).",
    },
    "not_found": {
        "da": "Det, du leder efter, findes ikke længere ({what}).",
        "en": "What you are looking for no longer exists ({what}).",
    },
    "plan_exists": {
        "da": "Der er allerede en handleplan i {path}. Demoen fylder kun en tom mappe – brug --data-dir med en "
        "ny mappe.",
        "en": "There is already an action plan in {path}. The demo only fills an empty folder – use --data-dir "
        "with a new folder.",
    },
    "invalid_value": {
        "da": "Ugyldig værdi for {what}: {value}.",
        "en": "Invalid value for {what}: {value}.",
    },
}


class HandleplanError(Exception):
    """An error with a message for the leader; `code` picks the sentence, `params` fill it in."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "da") -> str:
        texts = MESSAGES.get(self.code, {})
        template = texts.get(lang) or texts.get("da") or self.code
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class StoreNewerError(HandleplanError):
    def __init__(self, found: str) -> None:
        super().__init__("store_newer", found=found)


class StoreDamagedError(HandleplanError):
    def __init__(self, detail: str) -> None:
        super().__init__("store_damaged", detail=detail)


class StoreWriteError(HandleplanError):
    """A commit failed; nothing already saved is lost and the session has been rolled back."""


class ValidationError(HandleplanError):
    """Input the plan cannot hold; nothing was changed."""
