"""One way the Qt-free core says things: catalogs of `{code: {"da": "…", "en": "…"}}` and `say()`.

Widgets translate with Qt Linguist (`self.tr`); everything else a leader reads – errors, the command line,
the PDF's own words – is a catalog entry here, so one test (tests/test_words.py) can check that every
message has both languages, the same fields in both, and no Danish left in the English (or the reverse).
Course content is data in `resources/content/{da,en}.json`, checked by tests/test_content.py.

This module imports nothing heavy: the command line and the errors module load it before anything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module

Catalog = dict[str, dict[str, str]]

LANGS = ("da", "en")
DEFAULT_LANG = "da"

# Every catalog, by name → "module:attribute". Named rather than registered on import, so the test walks
# all of them without having to import every module first (and a module not imported yet costs nothing).
CATALOGS: dict[str, str] = {
    "errors": "handleplan.errors:MESSAGES",
    "export_errors": "handleplan.export.errors:EXPORT_MESSAGES",
    "pdf": "handleplan.export.words:WORDS",
    "cli": "handleplan.cli_words:CLI_WORDS",
    "selftest": "handleplan.cli_words:SELFTEST_WORDS",
    "fields": "handleplan.fields:FIELD_WORDS",
    "measurements": "handleplan.ops.measure_words:MEASURE_WORDS",
    "calendar": "handleplan.export.calendar_words:CALENDAR_WORDS",
    "damage": "handleplan.store.damage_words:DAMAGE_WORDS",
}


class MissingMessage(KeyError):
    """A code asked for that its catalog does not have: a mistake in the program, never the leader's."""

    def __str__(self) -> str:
        return str(self.args[0])


def norm_lang(lang: str | None) -> str:
    """ "da", "en", "en_GB", "da-DK", None … → one of LANGS (Danish when unknown)."""
    code = (lang or DEFAULT_LANG).strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGS else DEFAULT_LANG


@dataclass(frozen=True)
class Phrase:
    """A catalog entry used as a field of another message: said in that message's language.

    `HandleplanError("empty_title", what=Phrase(MESSAGES, "the_initiative"))` reads "Giv tiltaget …" in
    Danish and "Give the initiative …" in English, where a plain string would be one language in both.
    """

    catalog: Catalog = field(repr=False, compare=False)
    code: str
    fields: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:  # an f-string or a log line: Danish, the source language
        return say(self.catalog, self.code, DEFAULT_LANG, **self.fields)


class _Keep(dict):
    """A field the caller did not give stays visible as `{name}` instead of failing inside an error path."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def say(catalog: Catalog, code: str, lang: str | None, /, **fields: object) -> str:
    """The message `code` of `catalog` in `lang`, with `fields` filled in (Phrases in the same language).

    An unknown code raises MissingMessage; a language the entry lacks falls back to Danish.
    """
    entry = catalog.get(code)
    if entry is None:
        raise MissingMessage(f"no message {code!r} in the catalog ({len(catalog)} codes)")
    lang = norm_lang(lang)
    text = entry.get(lang) or entry[DEFAULT_LANG]
    if not fields:
        return text
    filled = {
        k: say(v.catalog, v.code, lang, **v.fields) if isinstance(v, Phrase) else v for k, v in fields.items()
    }
    return text.format_map(_Keep(filled))


def catalogs() -> dict[str, Catalog]:
    """Every catalog by name, imported now (for the test and for anyone who wants to list messages)."""
    found: dict[str, Catalog] = {}
    for name, where in CATALOGS.items():
        module, attribute = where.split(":")
        found[name] = getattr(import_module(module), attribute)
    return found


def say_count(catalog: Catalog, code: str, count: int, lang: str | None) -> str:
    """ "1 tiltag" / "5 tiltag": the entry `code_one` for one, else `code`, with the count as {n}."""
    return say(catalog, code + ("_one" if count == 1 else ""), lang, n=count)
