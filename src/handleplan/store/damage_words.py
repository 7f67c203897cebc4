"""What kind of damage SQLite found, said in the leader's language.

`PRAGMA integrity_check` and SQLite's errors speak English ("Page 58: btreeInitPage() returns error code
11", "row 3 missing from index ix_task_cycle"). `handleplan check` put those words inside its Danish
sentence. Here each kind of damage SQLite reports is recognised by its own words and given a phrase in
both languages; the page numbers it names are kept (numbers read the same in both). SQLite's own words
follow only in English, after "(SQLite: …)", for the helper who reads them – and in the log.
"""

from __future__ import annotations

import re

from handleplan.say import Catalog, norm_lang, say

# Recognised in this order: the first kind whose words appear in a line is that line's kind. The words
# are SQLite's own (sqlite3.c, checkTreePage/checkList/integrity_check and its error strings).
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("not_a_database", ("file is not a database",)),
    ("malformed", ("malformed",)),
    (
        "unreadable_page",
        ("btreeinitpage", "error code", "invalid page number", "failed to read", "unable to get"),
    ),
    ("page_twice", ("2nd reference",)),
    ("page_unused", ("never used",)),
    ("free_list", ("freelist", "free space")),
    ("index_mismatch", ("missing from index", "entries in index", "non-unique entry in index", "index ")),
    ("bad_value", ("null value in", "check constraint failed", "value in ", "non-numeric")),
    ("header", ("rootpage", "ptrmap", "ptr map", "header")),
    ("broken_tree", ("tree page", "cell", "out of order", "depth", "extends off", "byte", "offset")),
    ("disk_error", ("i/o error",)),
    ("busy", ("locked", "busy")),
    ("cannot_open", ("unable to open",)),
)
PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)
MOST_PAGES = 5  # "side 12, 13, 14, 15, 16 og 3 til": a helper wants the first, the leader a count

DAMAGE_WORDS: Catalog = {
    "not_a_database": {
        "da": "Filen er ikke en database – noget andet kan være skrevet hen over den",
        "en": "The file is not a database – something else may have been written over it",
    },
    "unreadable_page": {
        "da": "En del af filen kan ikke læses",
        "en": "Part of the file cannot be read",
    },
    "page_twice": {
        "da": "Den samme del af filen bruges to steder",
        "en": "One part of the file is used in two places",
    },
    "page_unused": {
        "da": "Dele af filen hører ikke til noget",
        "en": "Parts of the file belong to nothing",
    },
    "free_list": {
        "da": "Filens liste over fri plads passer ikke",
        "en": "The file's list of free space is wrong",
    },
    "index_mismatch": {
        "da": "Et indeks i filen passer ikke med sin tabel",
        "en": "An index does not match its table",
    },
    "bad_value": {
        "da": "En række har en værdi, der ikke er tilladt",
        "en": "A row holds a value that is not allowed",
    },
    "header": {
        "da": "Filens hoved passer ikke med resten af filen",
        "en": "The file's header does not match the rest of the file",
    },
    "broken_tree": {
        "da": "En tabel i filen hænger ikke sammen",
        "en": "A table in the file does not hold together",
    },
    "malformed": {
        "da": "Filens indhold er ødelagt, så den ikke kan læses",
        "en": "The file's content is broken, so it cannot be read",
    },
    "disk_error": {
        "da": "Disken gav en fejl, da filen blev læst",
        "en": "The disk gave an error while the file was read",
    },
    "busy": {
        "da": "Et andet program holder filen lige nu",
        "en": "Another program is holding the file right now",
    },
    "cannot_open": {
        "da": "Filen kan ikke åbnes",
        "en": "The file cannot be opened",
    },
    "other": {
        "da": "SQLite fandt en fejl i filen",
        "en": "SQLite found an error in the file",
    },
    "broken_references": {
        "da": "{n} rækker i filen peger på noget, der ikke findes.",
        "en": "{n} rows in the file point to something that is not there.",
    },
    "broken_reference": {
        "da": "1 række i filen peger på noget, der ikke findes.",
        "en": "1 row in the file points to something that is not there.",
    },
    "pages": {"da": "side {pages}", "en": "page {pages}"},
    "more_pages": {"da": "{pages} og {n} til", "en": "{pages} and {n} more"},
}


def kind_of(line: str) -> str:
    """The kind of damage one line of SQLite's check (or one of its error messages) names."""
    text = line.lower()
    return next((kind for kind, words in KINDS if any(w in text for w in words)), "other")


def _lines(lines: list[str]) -> list[str]:
    """SQLite's check lines as single findings, without its "*** in database main ***" heading."""
    return [
        part.strip()
        for line in lines
        for part in line.replace("*** in database main ***", "").splitlines()
        if part.strip()
    ]


def kinds(lines: list[str]) -> list[str]:
    """Each kind of damage in `lines`, once, in the order SQLite first named it."""
    return list(dict.fromkeys(kind_of(line) for line in _lines(lines)))


def describe(lines: list[str], lang: str, raw: str = "") -> str:
    """ "En del af filen kan ikke læses (side 32, 33). Et indeks i filen passer ikke med sin tabel."
    In English SQLite's own words (`raw`, as `health.damage_reason` gives them) follow in brackets."""
    findings = _lines(lines)
    sentences = []
    for kind in kinds(lines):
        phrase = say(DAMAGE_WORDS, kind, lang)
        pages = list(
            dict.fromkeys(p for line in findings if kind_of(line) == kind for p in PAGE.findall(line))
        )
        if pages:
            shown = ", ".join(pages[:MOST_PAGES])
            if len(pages) > MOST_PAGES:
                shown = say(DAMAGE_WORDS, "more_pages", lang, pages=shown, n=len(pages) - MOST_PAGES)
            phrase += " (" + say(DAMAGE_WORDS, "pages", lang, pages=shown) + ")"
        sentences.append(phrase + ".")
    return _with_sqlites_words(" ".join(sentences), raw, lang)


def broken_references(rows: list[str], lang: str) -> str:
    """`PRAGMA foreign_key_check`'s rows – ('cycle', 7, 'initiative', 0): the tables' own English names
    – counted in her language; the rows themselves in English only, like SQLite's words above."""
    if len(rows) == 1:
        text = say(DAMAGE_WORDS, "broken_reference", lang)
    else:
        text = say(DAMAGE_WORDS, "broken_references", lang, n=len(rows))
    return _with_sqlites_words(text, "; ".join(rows[:10]), lang)


def _with_sqlites_words(text: str, raw: str, lang: str) -> str:
    if raw and norm_lang(lang) == "en":  # SQLite's words are English: in Danish they go to the log only
        text += f" (SQLite: {raw})"
    return text
