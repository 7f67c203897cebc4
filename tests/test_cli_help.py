"""`handleplan --help` in Danish throughout (argparse's own words too), English with --lang en, and every
command described."""

from __future__ import annotations

import pytest
from languages import danish_in_english, english_in_danish

from handleplan.cli import build_parser, help_lang, main

COMMANDS = ("demo", "check", "export-pdf", "screenshots", "self-test")
ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "show program's")


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def _words(text: str) -> str:
    """The help without the names that are the same in every language (commands, options, choices)."""
    for name in (*COMMANDS, "handleplan", "Handleplan", "PDF"):
        text = text.replace(name, " ")
    return text


def test_the_help_is_danish_throughout(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert text.startswith("brug: handleplan")
    assert "tilvalg:" in text and "kommandoer:" in text and "vis denne hjælp og afslut" in text
    assert not [english for english in ARGPARSE_ENGLISH if english in text]
    assert english_in_danish(_words(text)) == []
    for command in COMMANDS:
        assert command in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_description_and_its_arguments_help(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    danish, english = _help(capsys, command), _help(capsys, "--lang", "en", command)
    for text in danish, english:
        usage, _, rest = text.partition("\n\n")
        description = rest.split("\n\n")[0]
        assert len(description.split()) >= 8, text  # a sentence or two, not a heading
        # Every argument line has its help beside or below it.
        lines = [line for line in rest.splitlines() if line.startswith("  ") and line.strip()]
        assert all(len(line.split("  ")) > 1 or line.startswith("    ") for line in lines)
    assert not [english for english in ARGPARSE_ENGLISH if english in danish]
    assert danish_in_english(_words(english)) == [] and english_in_danish(_words(danish)) == []


def test_lang_en_help_is_english(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("--lang", "en"), ("--lang=en",)):
        text = _help(capsys, *argv)
        assert text.startswith("usage: handleplan")
        assert "options:" in text and "commands:" in text and "show this help message and exit" in text
        assert danish_in_english(_words(text)) == []


def test_the_pdf_is_named_in_the_help_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert "UD.pdf" in _help(capsys, "export-pdf") and "MILEPÆL" in _help(capsys, "export-pdf")
    english = _help(capsys, "export-pdf", "--lang", "en")
    assert "OUT.pdf" in english and "MILESTONE" in english and "UD.pdf" not in english


def test_argparse_errors_are_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export-pdf"])
    assert done.value.code == 2
    danish = capsys.readouterr().err
    assert "brug: handleplan export-pdf" in danish and "fejl: disse argumenter mangler: UD.pdf" in danish
    with pytest.raises(SystemExit):
        main(["export-pdf", "--lang", "en"])
    assert "error: the following arguments are required: OUT.pdf" in capsys.readouterr().err


def test_argparse_is_english_again_after_the_parser_is_done(capsys: pytest.CaptureFixture[str]) -> None:
    """The Danish is lent to argparse only while our parser works: another parser (pytest's) keeps its own."""
    import argparse

    build_parser("da").format_help()
    other = argparse.ArgumentParser(prog="other").format_help()
    assert other.startswith("usage: other") and "show this help message and exit" in other


def test_the_language_is_read_before_the_parser_is_built() -> None:
    assert help_lang([]) == "da"
    assert help_lang(["export-pdf", "x.pdf", "--lang", "en"]) == "en"
    assert help_lang(["--lang=en", "demo"]) == "en"
    assert help_lang(["--lang"]) == "da"  # the parser says what is missing, in Danish
    assert help_lang(["--", "--lang", "en"]) == "da"
