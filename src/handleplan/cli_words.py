"""What the command line says: its help, what the commands print, and argparse's own words.

One catalog of the shape every catalog has (see say.py). The `argparse_*` entries have argparse's exact
English strings as their "en" text: cli.py hands argparse the Danish one for each (see `ArgumentParser`).
"""

from __future__ import annotations

from handleplan.say import Catalog

CLI_WORDS: Catalog = {
    # The help (`handleplan --help`, `handleplan COMMAND --help`).
    "about": {
        "da": "Handleplan – din handleplan til forløbet om psykisk arbejdsmiljø.",
        "en": "Handleplan – your action plan for the course on the psychosocial work environment.",
    },
    "version_help": {"da": "vis programmets version og afslut", "en": "show the program's version and exit"},
    "data_dir_help": {
        "da": "mappe med dine data (ellers $HANDLEPLAN_DATA_DIR)",
        "en": "folder with your data (otherwise $HANDLEPLAN_DATA_DIR)",
    },
    "folder": {"da": "MAPPE", "en": "FOLDER"},
    "lang_help": {"da": "sprog: da (standard) eller en", "en": "language: da (the default) or en"},
    "lang_help_command": {"da": "sprog: da eller en", "en": "language: da or en"},
    "quit_when_ready_help": {
        "da": "start vinduet, luk det, når det er tegnet, og skriv tiden",
        "en": "start the window, close it once it has painted, and print the time",
    },
    "commands": {"da": "kommandoer", "en": "commands"},
    "command": {"da": "KOMMANDO", "en": "COMMAND"},
    "command_help": {
        "da": "uden en kommando starter programmet; ellers en af disse:",
        "en": "without a command the program starts; otherwise one of these:",
    },
    "demo_help": {
        "da": "fyld en tom mappe med en realistisk demo-handleplan",
        "en": "fill an empty folder with a realistic demo plan",
    },
    "demo_about": {
        "da": "Fylder en tom datamappe med en realistisk handleplan, så du kan se, hvordan Handleplan "
        "virker. En mappe, der allerede har en plan, bliver ikke rørt.",
        "en": "Fills an empty data folder with a realistic action plan, so you can see how Handleplan "
        "works. A folder that already holds a plan is left as it is.",
    },
    "check_help": {
        "da": "tjek datafilens sundhed og version",
        "en": "check the data file's health and version",
    },
    "check_about": {
        "da": "Læser datafilen uden at ændre den og fortæller, om den er hel, og hvilken version den har.",
        "en": "Reads the data file without changing it and tells whether it is whole, and which version "
        "it has.",
    },
    "export_help": {
        "da": "lav PDF'en til næste modul eller TRIO-møde",
        "en": "make the PDF for the next module or TRIO meeting",
    },
    "export_about": {
        "da": "Laver PDF'en med din handleplan til næste modul eller TRIO-møde. Private poster kommer kun "
        "med, når du beder om det.",
        "en": "Makes the PDF of your action plan for the next module or TRIO meeting. Private entries are "
        "included only when you ask for them.",
    },
    "ics_help": {
        "da": "gem forløbets datoer og dine frister som kalenderfil (.ics)",
        "en": "save the course dates and your deadlines as a calendar file (.ics)",
    },
    "ics_about": {
        "da": "Gemmer modulerne, TRIO-møderne og frister for opgaver og IGLO-roller som en .ics-fil, du "
        "kan importere i Outlook eller Google Kalender. Private tiltag kommer kun med, når du beder om det.",
        "en": "Saves the modules, TRIO meetings and the deadlines of tasks and IGLO roles as an .ics file "
        "you can import into Outlook or Google Calendar. Private initiatives are included only when you "
        "ask for them.",
    },
    "ics_out": {"da": "UD.ics", "en": "OUT.ics"},
    "ics_out_help": {"da": "hvor kalenderfilen skal gemmes", "en": "where to save the calendar file"},
    "out": {"da": "UD.pdf", "en": "OUT.pdf"},
    "out_help": {"da": "hvor PDF'en skal gemmes", "en": "where to save the PDF"},
    "milestone": {"da": "MILEPÆL", "en": "MILESTONE"},
    "for_help": {
        "da": "milepælens titel eller id (ellers den næste milepæl)",
        "en": "the milestone's title or id (otherwise the next milestone)",
    },
    "include_private_help": {
        "da": "tag også private refleksioner med",
        "en": "include private reflections as well",
    },
    "screenshots_help": {
        "da": "gem et billede af hver skærm og dialog",
        "en": "save a picture of every screen and dialog",
    },
    "screenshots_about": {
        "da": "Åbner vinduet uden skærm og gemmer et billede af hver skærm og dialog i mappen.",
        "en": "Opens the window off screen and saves a picture of every screen and dialog in the folder.",
    },
    "outdir_help": {"da": "mappen, billederne gemmes i", "en": "the folder the pictures are saved in"},
    "self_test_help": {
        "da": "åbn vinduet uden skærm, besøg alle skærme, og tjek at en ændring gemmes",
        "en": "open the window off screen, visit every screen, and check that a change is saved",
    },
    "self_test_about": {
        "da": "Tjekker, at Handleplan virker på denne computer: åbner vinduet uden skærm, besøger alle "
        "skærme og tjekker, at en ændring gemmes og kan læses igen.",
        "en": "Checks that Handleplan works on this computer: opens the window off screen, visits every "
        "screen and checks that a change is saved and can be read back.",
    },
    "portable_export_help": {
        "da": "gem hele handleplanen i én fil – også det private",
        "en": "save the whole action plan in one file – private entries included",
    },
    "portable_export_about": {
        "da": "Gemmer hele handleplanen i én .handleplan-fil, som du kan flytte til en ny computer eller "
        "gemme et andet sted. Filen rummer alt, også dine private poster.",
        "en": "Saves the whole action plan in one .handleplan file that you can move to a new computer or "
        "keep somewhere else. The file holds everything, your private entries included.",
    },
    "portable_out": {"da": "UD.handleplan", "en": "OUT.handleplan"},
    "portable_out_help": {"da": "hvor filen skal gemmes", "en": "where to save the file"},
    "portable_import_help": {
        "da": "hent en handleplan fra en .handleplan-fil",
        "en": "load an action plan from a .handleplan file",
    },
    "portable_import_about": {
        "da": "Henter en handleplan fra en .handleplan-fil. Hele filen tjekkes, før noget skrives: enten "
        "kommer det hele med, eller intet ændres.",
        "en": "Loads an action plan from a .handleplan file. The whole file is checked before anything is "
        "written: either all of it comes in, or nothing changes.",
    },
    "portable_in": {"da": "IND.handleplan", "en": "IN.handleplan"},
    "portable_in_help": {"da": "filen, der skal hentes", "en": "the file to load"},
    "portable_replace_help": {
        "da": "erstat den handleplan, der er her nu (den gemmes først som sikkerhedskopi)",
        "en": "replace the action plan that is here now (it is saved as a backup first)",
    },
    "backup_help": {"da": "lav en sikkerhedskopi nu", "en": "make a backup now"},
    "backup_about": {
        "da": "Laver en sikkerhedskopi af handleplanen i mappen backups ved siden af datafilen og skriver, "
        "hvor den ligger. Kopien tjekkes, før den lægges på plads.",
        "en": "Makes a backup of the action plan in the backups folder beside the data file and prints "
        "where it is. The copy is checked before it is put in place.",
    },
    "restore_help": {
        "da": "hent en sikkerhedskopi tilbage (som standard den nyeste gode)",
        "en": "restore a backup (the newest good one by default)",
    },
    "restore_about": {
        "da": "Henter en sikkerhedskopi tilbage i stedet for den handleplan, der er nu. Den nuværende gemmes "
        "først som sikkerhedskopi, så intet går tabt. Luk Handleplan, før du gør det.",
        "en": "Puts a backup in place of the action plan there is now. The current one is saved as a "
        "backup first, so nothing is lost. Close Handleplan before you do this.",
    },
    "restore_file": {"da": "FIL", "en": "FILE"},
    "restore_file_help": {
        "da": "sikkerhedskopien, der skal hentes (udelades: den nyeste gode)",
        "en": "the backup to restore (left out: the newest good one)",
    },
    # What the commands print.
    "portable_exported": {
        "da": "Hele handleplanen er gemt: {path}\nFilen rummer alt, også dine private poster – pas godt "
        "på den.",
        "en": "The whole action plan has been saved: {path}\nThe file holds everything, your private "
        "entries included – keep it safe.",
    },
    "portable_imported": {
        "da": "Handleplanen er hentet fra {path}: {initiatives} tiltag, {reflections} refleksioner, "
        "{milestones} milepæle.",
        "en": "The action plan has been loaded from {path}: {initiatives} initiatives, {reflections} "
        "reflections, {milestones} milestones.",
    },
    "restored": {
        "da": "Sikkerhedskopien {path} er hentet tilbage: {initiatives} tiltag, {reflections} refleksioner.",
        "en": "The backup {path} has been restored: {initiatives} initiatives, {reflections} reflections.",
    },
    "portable_backed_up": {
        "da": "Den tidligere handleplan er gemt som sikkerhedskopi: {path}",
        "en": "The previous action plan has been saved as a backup: {path}",
    },
    "demo_ready": {
        "da": 'Demo-handleplanen er klar i {path}.\nÅbn den med: handleplan --data-dir "{folder}"',
        "en": 'The demo plan is ready in {path}.\nOpen it with: handleplan --data-dir "{folder}"',
    },
    "export_done": {
        "da": "PDF'en er gemt: {path} ({pages} sider).",
        "en": "The PDF has been saved: {path} ({pages} pages).",
    },
    "ics_done": {
        "da": "Kalenderen er gemt: {path} ({count} begivenheder). Importér den i Outlook eller Google "
        "Kalender; næste gang opdaterer en ny import de gamle begivenheder.",
        "en": "The calendar has been saved: {path} ({count} events). Import it into Outlook or Google "
        "Calendar; next time, importing a new one updates the earlier events.",
    },
    "export_left_out_one": {
        "da": "1 privat post er ikke med. Brug --include-private for at tage den med.",
        "en": "1 private entry is not included. Use --include-private to include it.",
    },
    "export_left_out_many": {
        "da": "{count} private poster er ikke med. Brug --include-private for at tage dem med.",
        "en": "{count} private entries are not included. Use --include-private to include them.",
    },
    # argparse's own words (Python 3.11's argparse.py, each looked up there through gettext's `_`).
    "argparse_usage": {"da": "brug: ", "en": "usage: "},
    "argparse_positionals": {"da": "argumenter", "en": "positional arguments"},
    "argparse_options": {"da": "tilvalg", "en": "options"},
    "argparse_help": {"da": "vis denne hjælp og afslut", "en": "show this help message and exit"},
    "argparse_error": {"da": "%(prog)s: fejl: %(message)s\n", "en": "%(prog)s: error: %(message)s\n"},
    "argparse_argument": {
        "da": "argumentet %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "argparse_required": {
        "da": "disse argumenter mangler: %s",
        "en": "the following arguments are required: %s",
    },
    "argparse_unrecognized": {"da": "ukendte argumenter: %s", "en": "unrecognized arguments: %s"},
    "argparse_invalid_choice": {
        "da": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "argparse_invalid_value": {
        "da": "ugyldig %(type)s-værdi: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "argparse_expected_one": {"da": "mangler en værdi", "en": "expected one argument"},
    "argparse_ambiguous": {
        "da": "tvetydigt tilvalg: %(option)s kan være %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    # What `check` says: the file, then a verdict with its reason.
    "check_file": {"da": "Fil: {path}", "en": "File: {path}"},
    "check_missing": {"da": "Der er ingen datafil endnu.", "en": "There is no data file yet."},
    "check_revision": {
        "da": "Skemaversion: {found} (denne udgave bruger {head})",
        "en": "Schema version: {found} (this version uses {head})",
    },
    "check_older": {
        "da": "Filen opdateres til denne udgave, næste gang Handleplan åbner den.",
        "en": "The file will be updated to this version the next time Handleplan opens it.",
    },
    "check_integrity": {"da": "Integritet: {lines}", "en": "Integrity: {lines}"},
    "check_broken_refs": {"da": "Brudte henvisninger: {lines}", "en": "Broken references: {lines}"},
    "check_read_only": {
        "da": "Mappen er skrivebeskyttet: Handleplan kan læse dine data, men ikke gemme nye ændringer.",
        "en": "The folder is read-only: Handleplan can read your data but cannot save new changes.",
    },
    "check_ok": {"da": "Alt er i orden.", "en": "Everything is fine."},
    "check_damaged": {
        "da": "Filen er beskadiget – se ovenfor. Den er ikke ændret.",
        "en": "The file is damaged – see above. It has not been changed.",
    },
    "check_busy": {
        "da": "Et andet program holder filen lige nu (en tjeneste, der kopierer den til skyen, eller Handleplan selv). "
        "Prøv igen om lidt. Filen er ikke ændret.",
        "en": "Another program is holding the file right now (a service copying it to the cloud, or "
        "Handleplan itself). Try again in a moment. The file has not been changed.",
    },
    "check_damaged_reason": {
        "da": "Skaden: {reason}",
        "en": "The damage: {reason}",
    },
    "check_protected": {"da": "Beskyttet med adgangskode.", "en": "Protected with a passphrase."},
    # A protected plan on the command line (cli_unlock.py). The passphrase is only ever typed at the prompt.
    "cli_passphrase_prompt": {
        "da": "Adgangskode til handleplanen: ",
        "en": "Passphrase for the action plan: ",
    },
    "cli_protected_no_terminal": {
        "da": "Handleplanen {path} er beskyttet med adgangskode, og her er ingen terminal at spørge i. Kør "
        "kommandoen i et terminalvindue, så spørger den om adgangskoden – den læses aldrig fra "
        "kommandolinjen eller fra miljøvariabler. Intet er åbnet eller ændret.",
        "en": "The action plan {path} is protected with a passphrase, and there is no terminal to ask in. Run "
        "the command in a terminal window and it will ask for the passphrase – it is never read from the "
        "command line or from environment variables. Nothing has been opened or changed.",
    },
    "cli_passphrase_none": {
        "da": "Ingen adgangskode – intet er åbnet eller ændret.",
        "en": "No passphrase – nothing has been opened or changed.",
    },
    "cli_passphrase_wrong": {
        "da": "Adgangskoden passer ikke, så intet er åbnet eller ændret. Prøv igen – der er forskel på store og "
        "små bogstaver. Har du aldrig beskyttet din handleplan, kan filen være beskadiget; så ligger dine "
        "sikkerhedskopier i {folder}.",
        "en": "The passphrase does not match, so nothing has been opened or changed. Try again – capital and "
        "small letters differ. If you never protected your plan, the file may be damaged; your backups are "
        "in {folder}.",
    },
    "check_damaged_next": {
        "da": "Næste gang Handleplan starter, flyttes filen til side, og den nyeste gode sikkerhedskopi "
        "tilbydes – eller det, der kan reddes.",
        "en": "The next time Handleplan starts, the file is moved aside and the newest good backup is "
        "offered – or what can be saved.",
    },
    "check_broken": {
        "da": "Filen har brudte henvisninger – se ovenfor. Den er ikke ændret.",
        "en": "The file has broken references – see above. It has not been changed.",
    },
}

# The `self-test` command's report, and what a second start says (ui/selftest.py, ui/commands.py).
SELFTEST_WORDS: Catalog = {
    "ok": {"da": "OK", "en": "OK"},
    "fail": {"da": "FEJL", "en": "FAIL"},
    "locked": {
        "da": "Handleplan er allerede åben med de samme data",
        "en": "Handleplan is already open with the same data",
    },
    "opened": {"da": "datafilen åbnede: {path}", "en": "the data file opened: {path}"},
    "no_screen": {"da": "skærmen {key} kunne ikke vises", "en": "the screen {key} could not be shown"},
    "screen": {"da": "skærmen »{title}« vises", "en": "the screen ‘{title}’ shows"},
    "marker": {"da": "Selvtest", "en": "Self-test"},
    "no_title": {
        "da": "titelfeltet for et nyt tiltag kunne ikke findes",
        "en": "the title field of a new initiative could not be found",
    },
    "typed": {
        "da": "et nyt tiltag blev skrevet ind via vinduet, og vinduet blev lukket",
        "en": "a new initiative was typed in through the window, and the window was closed",
    },
    "found": {
        "da": "ændringen var gemt, da datafilen blev åbnet igen",
        "en": "the change was saved when the data file was opened again",
    },
    "removed": {
        "da": "selvtestens tiltag er fjernet igen",
        "en": "the self-test’s initiative is removed again",
    },
    "not_found": {
        "da": "ændringen blev ikke fundet, da datafilen blev åbnet igen",
        "en": "the change was not found when the data file was opened again",
    },
    "passed": {"da": "Selvtesten gik godt.", "en": "The self-test passed."},
    "already_open_raised": {
        "da": "Handleplan er allerede åben: vinduet er hentet frem.",
        "en": "Handleplan is already open: its window was brought to the front.",
    },
    # What self-test finds of the files the app reads from disk (ui/bundle_check.py).
    "bundle_fonts": {
        "da": "PDF'ens skrifttyper findes og kan læses: {names}",
        "en": "the PDF's fonts are there and readable: {names}",
    },
    "bundle_no_font": {
        "da": "skrifttypen {name} mangler eller kan ikke læses ({error})",
        "en": "the font {name} is missing or unreadable ({error})",
    },
    "bundle_ours": {
        "da": "programmets engelske oversættelse findes: {path}",
        "en": "the app's English translation is there: {path}",
    },
    "bundle_no_ours": {
        "da": "programmets engelske oversættelse mangler: {path}",
        "en": "the app's English translation is missing: {path}",
    },
    "bundle_qt": {
        "da": "Qt's danske knapper findes: {words}",
        "en": "Qt's Danish buttons are there: {words}",
    },
    "bundle_no_qt": {
        "da": "Qt's danske oversættelse (qtbase_da.qm) mangler eller er forkert i {path}",
        "en": "Qt's Danish translation (qtbase_da.qm) is missing or wrong in {path}",
    },
    "bundle_content": {
        "da": "forløbets indhold findes på dansk og engelsk: {path}",
        "en": "the course content is there in Danish and English: {path}",
    },
    "bundle_no_content": {
        "da": "forløbets indhold kan ikke læses: {error}",
        "en": "the course content cannot be read: {error}",
    },
    "bundle_migrations": {
        "da": "databasens opgraderinger findes, nyeste er {head}",
        "en": "the database upgrades are there, the newest is {head}",
    },
    "bundle_no_migrations": {
        "da": "databasens opgraderinger mangler eller passer ikke: {error}",
        "en": "the database upgrades are missing or do not match: {error}",
    },
    "bundle_network": {
        "da": "Qt's lokale forbindelser findes (så en ny start finder vinduet, der allerede er åbent)",
        "en": "Qt's local connections are there (so a second start finds the window already open)",
    },
    "bundle_no_network": {
        "da": "Qt's lokale forbindelser (QtNetwork) mangler: {error}",
        "en": "Qt's local connections (QtNetwork) are missing: {error}",
    },
}
