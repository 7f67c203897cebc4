"""Errors a leader can meet, each with a sentence in Danish and English that says what to do."""

from __future__ import annotations

from handleplan.say import Catalog, say
from handleplan.store import drivers

# One catalog of the shape every catalog has (see say.py); tests/test_words.py checks each entry.
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
    # Met while the app runs, after the start (see `explain_failure` and ui/failure.py).
    "damaged_while_working": {
        "da": "Dele af filen med dine data er beskadigede, så Handleplan kan ikke læse det hele. Luk Handleplan, "
        "og brug en sikkerhedskopi, eller kontakt den, der hjælper dig med din computer. Filen ligger i "
        "{folder}.",
        "en": "Parts of the file with your data are damaged, so Handleplan cannot read all of it. Close "
        "Handleplan and use a backup, or ask whoever helps you with your computer. The file is in {folder}.",
    },
    "damaged_on_save": {
        "da": "Din sidste ændring kunne ikke gemmes, fordi dele af filen med dine data er beskadigede. Luk "
        "Handleplan, og brug en sikkerhedskopi, eller kontakt den, der hjælper dig med din computer. Filen "
        "ligger i {folder}.",
        "en": "Your last change could not be saved, because parts of the file with your data are damaged. "
        "Close Handleplan and use a backup, or ask whoever helps you with your computer. The file is in "
        "{folder}.",
    },
    "unreadable_while_working": {
        "da": "Handleplan kunne ikke læse dine data lige nu. Intet er ændret – prøv igen om lidt.",
        "en": "Handleplan could not read your data just now. Nothing has been changed – try again in a moment.",
    },
    "unexpected": {
        "da": "Der gik noget galt i Handleplan. Det, du allerede har gemt, er i behold, og du kan arbejde "
        "videre. Ser noget forkert ud, så luk Handleplan, og åbn programmet igen. Detaljerne står i {log}.",
        "en": "Something went wrong in Handleplan. Everything you have saved is safe, and you can carry on. If "
        "something looks wrong, close Handleplan and open it again. The details are in {log}.",
    },
    "store_empty": {
        "da": "Filen med dine data er tom (0 byte), så Handleplan starter ikke en ny plan oven i den.",
        "en": "The file with your data is empty (0 bytes), so Handleplan will not start a new plan over it.",
    },
    "store_orphan_wal": {
        "da": "Der ligger ændringer (handleplan.db-wal) uden den fil, de hører til. Handleplan starter ikke en "
        "ny plan oven i dem.",
        "en": "There are changes (handleplan.db-wal) without the file they belong to. Handleplan will not start "
        "a new plan over them.",
    },
    "store_moved_aside": {
        "da": "{what} Filerne er flyttet til side og ligger i {folder}: {names}.",
        "en": "{what} The files have been moved aside and are in {folder}: {names}.",
    },
    "offer_backup": {
        "da": "Vil du hente den nyeste gode sikkerhedskopi fra {when}? Ellers starter Handleplan med en tom "
        "plan – de flyttede filer bliver liggende.",
        "en": "Do you want to restore the newest good backup, from {when}? Otherwise Handleplan starts with an "
        "empty plan – the files moved aside stay where they are.",
    },
    "no_backup": {
        "da": "Der er ingen sikkerhedskopi at hente. Handleplan starter med en tom plan – de flyttede filer "
        "bliver liggende, så intet er slettet.",
        "en": "There is no backup to restore. Handleplan starts with an empty plan – the files moved aside stay "
        "where they are, so nothing is deleted.",
    },
    # A damaged store found at the start (store/health.py): moved aside, a backup or a salvage offered.
    "store_damaged_found": {
        "da": "Filen med dine data er beskadiget, så Handleplan åbner den ikke – ellers kunne mere gå tabt.",
        "en": "The file with your data is damaged, so Handleplan does not open it – more could be lost "
        "otherwise.",
    },
    "offer_backup_damaged": {
        "da": "Vil du hente den nyeste gode sikkerhedskopi fra {when}? Ellers redder Handleplan det, der "
        "stadig kan læses i den beskadigede fil.",
        "en": "Do you want to restore the newest good backup, from {when}? Otherwise Handleplan saves what "
        "can still be read from the damaged file.",
    },
    "no_backup_salvage": {
        "da": "Der er ingen sikkerhedskopi at hente, så Handleplan har reddet det, der stadig kunne læses.",
        "en": "There is no backup to restore, so Handleplan has saved what could still be read.",
    },
    "salvaged": {
        "da": "{initiatives} og {reflections} kunne reddes. Se planen efter – noget kan mangle. De flyttede "
        "filer bliver liggende, så intet er slettet.",
        "en": "{initiatives} and {reflections} could be saved. Look through the plan – something may be "
        "missing. The files moved aside stay where they are, so nothing is deleted.",
    },
    "salvage_failed": {
        "da": "Intet kunne reddes fra den beskadigede fil. Handleplan starter med en tom plan – de flyttede "
        "filer bliver liggende, så intet er slettet.",
        "en": "Nothing could be saved from the damaged file. Handleplan starts with an empty plan – the files "
        "moved aside stay where they are, so nothing is deleted.",
    },
    "n_initiatives_one": {"da": "1 tiltag", "en": "1 initiative"},
    "n_initiatives": {"da": "{n} tiltag", "en": "{n} initiatives"},
    "n_reflections_one": {"da": "1 refleksion", "en": "1 reflection"},
    "n_reflections": {"da": "{n} refleksioner", "en": "{n} reflections"},
    "disk_full_at_start": {
        "da": "Disken er fuld, så Handleplan kan ikke gemme noget i mappen med dine data ({detail}). Frigør "
        "plads, og start Handleplan igen – det, du allerede har gemt, er i behold.",
        "en": "The disk is full, so Handleplan cannot save anything in your data folder ({detail}). Free some "
        "space and start Handleplan again – everything saved before is safe.",
    },
    # Backups (store/backups.py): each says the plan itself is as it was, since it is.
    "backup_disk_full": {
        "da": "Disken er fuld, så der kunne ikke laves en sikkerhedskopi i {folder}. Din handleplan er ikke "
        "ændret, og der er ikke efterladt en halv kopi. Frigør plads, og prøv igen.",
        "en": "The disk is full, so no backup could be made in {folder}. Your action plan has not been "
        "changed, and no half copy was left behind. Free some space and try again.",
    },
    "backup_failed": {
        "da": "Sikkerhedskopien kunne ikke laves ({detail}). Din handleplan er ikke ændret.",
        "en": "The backup could not be made ({detail}). Your action plan has not been changed.",
    },
    "protect_already_on": {
        "da": "Din handleplan er allerede beskyttet med en adgangskode.",
        "en": "Your action plan is already protected with a passphrase.",
    },
    "protect_locked": {
        "da": "Skriv adgangskoden først – uden den kan beskyttelsen ikke ændres. Din handleplan er ikke ændret.",
        "en": "Enter the passphrase first – without it the protection cannot be changed. Your action plan "
        "has not been changed.",
    },
    "protect_failed": {
        "da": "Beskyttelsen kunne ikke ændres ({detail}). Din handleplan er som før.",
        "en": "The protection could not be changed ({detail}). Your action plan is as it was.",
    },
    "portable_passphrase_needed": {
        "da": "Filen {name} er beskyttet med en adgangskode. Skriv adgangskoden for at hente den.",
        "en": "The file {name} is protected with a passphrase. Enter the passphrase to load it.",
    },
    "portable_passphrase_wrong": {
        "da": "Adgangskoden passer ikke til filen {name}. Intet er ændret – prøv igen.",
        "en": "The passphrase does not match the file {name}. Nothing has been changed – try again.",
    },
    "backup_unreadable": {
        "da": "Sikkerhedskopien {path} kan ikke læses til ende, så den bliver ikke hentet. Din handleplan er "
        "ikke ændret.",
        "en": "The backup {path} cannot be read to the end, so it will not be restored. Your action plan has "
        "not been changed.",
    },
    "no_backup_to_restore": {
        "da": "Der er ingen god sikkerhedskopi i {folder}. Din handleplan er ikke ændret.",
        "en": "There is no good backup in {folder}. Your action plan has not been changed.",
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
    # What a record is called in a message (empty_title's {what}, not_found's {what}), as a Phrase.
    "the_initiative": {"da": "tiltaget", "en": "initiative"},
    "the_milestone": {"da": "milepælen", "en": "milestone"},
    "the_trio_member": {"da": "TRIO-medlemmet", "en": "TRIO member"},
    "initiative_no": {"da": "tiltag {id}", "en": "initiative {id}"},
    "reflection_no": {"da": "refleksion {id}", "en": "reflection {id}"},
    "milestone_no": {"da": "milepæl {id}", "en": "milestone {id}"},
    "observation_no": {"da": "iagttagelse {id}", "en": "observation {id}"},
    "field_text": {"da": "tekst", "en": "text"},
    "field_date": {"da": "dato", "en": "date"},
    # text_invalid's {detail}: UTF-8 refuses only lone surrogates, what a paste that broke leaves behind.
    "half_characters": {
        "da": "halve tegn fra en indsættelse, der gik i stykker",
        "en": "half characters left by a broken paste",
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
    # The portable file (portable/): each says that nothing was changed, since nothing was.
    "portable_foreign": {
        "da": "Filen er ikke en Handleplan-fil. Intet er ændret.",
        "en": "The file is not a Handleplan file. Nothing has been changed.",
    },
    "portable_damaged": {
        "da": "Filen er beskadiget eller ufuldstændig – intet er ændret. Lav filen igen, eller brug en anden "
        "kopi.",
        "en": "The file is damaged or incomplete – nothing has been changed. Make the file again, or use "
        "another copy.",
    },
    "portable_newer": {
        "da": "Filen er lavet af en nyere udgave af Handleplan. Opdatér Handleplan for at hente den – intet "
        "er ændret.",
        "en": "The file was made by a newer version of Handleplan. Update Handleplan to load it – nothing "
        "has been changed.",
    },
    "portable_too_big": {
        "da": "Filen er større, end en handleplan kan være, så Handleplan åbner den ikke. Intet er ændret.",
        "en": "The file is larger than an action plan can be, so Handleplan will not open it. Nothing has "
        "been changed.",
    },
    "portable_invalid": {
        "da": "Filen indeholder noget, Handleplan ikke kan bruge ({detail}). Intet er ændret.",
        "en": "The file holds something Handleplan cannot use ({detail}). Nothing has been changed.",
    },
    "portable_unreadable": {
        "da": "Filen kan ikke læses ({detail}). Intet er ændret.",
        "en": "The file cannot be read ({detail}). Nothing has been changed.",
    },
    "portable_not_empty": {
        "da": "Der er allerede en handleplan her. Vil du erstatte den, så brug --replace: den nuværende "
        "gemmes først som sikkerhedskopi.",
        "en": "There is already an action plan here. To replace it, use --replace: the current one is "
        "saved as a backup first.",
    },
    "portable_write_failed": {
        "da": "Filen kunne ikke gemmes ({detail}). Din handleplan er ikke ændret.",
        "en": "The file could not be saved ({detail}). Your action plan has not been changed.",
    },
}


# Too much to miss in a line of the status bar: AppContext.call raises these on, and the window's
# FailureNotice shows them in a message box.
MUST_BE_SEEN = frozenset({"damaged_on_save", "damaged_while_working"})


class HandleplanError(Exception):
    """An error with a message for the leader; `code` picks the sentence, `params` fill it in."""

    catalog: Catalog = MESSAGES

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "da") -> str:
        return say(self.catalog, self.code, lang, **self.params)


class StoreNewerError(HandleplanError):
    def __init__(self, found: str) -> None:
        super().__init__("store_newer", found=found)


class StoreDamagedError(HandleplanError):
    def __init__(self, detail: str) -> None:
        super().__init__("store_damaged", detail=detail)


class StoreLeftoverError(HandleplanError):
    """An empty database or a -wal without its database where the store should be: nothing was changed."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"store_{kind}")
        self.kind = kind


class FolderError(HandleplanError):
    """The data folder cannot be written (read-only, no permission, full): said before anything starts."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__("read_only" if kind == "read_only" else "disk_full_at_start", detail=detail)


class StoreWriteError(HandleplanError):
    """A commit failed; nothing already saved is lost and the session has been rolled back."""


class ValidationError(HandleplanError):
    """Input the plan cannot hold; nothing was changed."""


# What SQLite's primary result codes say of the file (the numbers are SQLite's own and never change):
SQLITE_FAILURES = {
    11: "damage",  # SQLITE_CORRUPT: pages SQLite did not write
    26: "damage",  # SQLITE_NOTADB: no database at all
    13: "full",  # SQLITE_FULL
    8: "read_only",  # SQLITE_READONLY
    5: "passing",  # SQLITE_BUSY: another program holds the file for a moment
    6: "passing",  # SQLITE_LOCKED
    10: "passing",  # SQLITE_IOERR: the disk hiccuped
    14: "passing",  # SQLITE_CANTOPEN
    15: "passing",  # SQLITE_PROTOCOL
}
# The same read from the words, for an error made without a code (by hand, or by another driver).
SQLITE_FAILURE_WORDS = (
    ("damage", ("malformed", "not a database")),
    ("full", ("full",)),
    ("read_only", ("readonly", "read-only", "permission")),
    ("passing", ("locked", "busy", "i/o")),
)


def sqlite_failure(error: BaseException) -> str | None:
    """What a SQLite error says of the file: "damage", "full", "read_only", "passing" (out of reach for a
    moment), or None when nothing is wrong with the file (SQL of ours it refused, a constraint)."""
    code = getattr(error, "sqlite_errorcode", None)  # set only on errors raised by SQLite itself
    if code is not None:
        return SQLITE_FAILURES.get(code & 0xFF)
    text = str(error).lower()
    return next((kind for kind, words in SQLITE_FAILURE_WORDS if any(w in text for w in words)), None)


def _chain(exc: BaseException | None):  # noqa: ANN202 - a generator of exceptions
    """`exc`, then what it was raised from (`raise … from`, and the driver error SQLAlchemy wraps as
    `orig`). Not `__context__`: a bug met while handling an error is that bug, not the error."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        orig = getattr(exc, "orig", None)
        exc = orig if isinstance(orig, BaseException) and id(orig) not in seen else exc.__cause__


def sqlite_error_in(exc: BaseException | None) -> BaseException | None:
    """The SQLite error `exc` was raised from, if any (itself, SQLAlchemy's `orig`, a cause)."""
    return next((each for each in _chain(exc) if isinstance(each, drivers.Error)), None)


# What the leader is told, by what SQLite said of the file, about a failure met while working.
FAILURE_MESSAGES = {
    "damage": "damaged_while_working",
    "full": "disk_full",
    "read_only": "read_only",
    "passing": "unreadable_while_working",
}


def explain_failure(exc: BaseException, folder: object, log_file: object) -> HandleplanError:
    """What to tell the leader about an error no screen expected: the sentence of the first error of ours
    it came from; for SQLite, what it says of the file; otherwise (a bug, SQLite refusing our own SQL)
    that something went wrong, that what is saved is safe, and where the details are."""
    ours = next((each for each in _chain(exc) if isinstance(each, HandleplanError)), None)
    if ours is not None:
        return ours
    error = sqlite_error_in(exc)
    kind = sqlite_failure(error) if error is not None else None
    return HandleplanError(
        FAILURE_MESSAGES.get(kind, "unexpected"), folder=folder, detail=folder, log=log_file
    )
