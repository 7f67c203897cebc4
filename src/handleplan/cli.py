"""The command line: version, demo, check, export-pdf, export-ics, export/import (the portable file), screenshots,
self-test, and starting the GUI."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from handleplan import __version__
from handleplan.cli_words import CLI_WORDS
from handleplan.errors import HandleplanError
from handleplan.paths import data_dir
from handleplan.say import norm_lang, say

# Taken as early as possible so --quit-when-ready can report the time from process start.
PROCESS_START = time.perf_counter()


class ArgumentParser(argparse.ArgumentParser):
    """argparse in the leader's language, its own words ("usage:", the section titles, -h's help, its
    errors) included.

    argparse looks those up with gettext's `_` at the moment it uses them, and ships no Danish. So while
    a parser is built, formats its help or parses, argparse's `_` is swapped for one that answers from the
    `argparse_*` entries of the CLI catalog (keyed by argparse's exact English), and swapped back after.
    """

    def __init__(self, *args: Any, lang: str = "da", **kwargs: Any) -> None:
        self.lang = lang
        with _argparse_speaks(lang):
            super().__init__(*args, **kwargs)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with _argparse_speaks(self.lang):
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _argparse_speaks(self.lang):
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_speaks(self.lang):
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with _argparse_speaks(self.lang):
            super().error(message)


@contextmanager
def _argparse_speaks(lang: str) -> Iterator[None]:
    english = {entry["en"]: code for code, entry in CLI_WORDS.items() if code.startswith("argparse_")}

    def translate(text: str) -> str:
        code = english.get(text)
        return text if code is None else say(CLI_WORDS, code, lang)

    before = argparse._  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


def help_lang(argv: list[str] | None) -> str:
    """The language of the help and of argparse's errors: `--lang` read before the parser is built (the
    parser is built in that language), wherever it stands; Danish unless it says en."""
    args = sys.argv[1:] if argv is None else argv
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return norm_lang(args[i + 1])
        if arg.startswith("--lang="):
            return norm_lang(arg.partition("=")[2])
    return "da"


def build_parser(lang: str = "da") -> ArgumentParser:
    def w(code: str) -> str:
        return say(CLI_WORDS, code, lang)

    parser = ArgumentParser(prog="handleplan", description=w("about"), lang=lang)
    parser.add_argument(
        "--version", action="version", version=f"handleplan {__version__}", help=w("version_help")
    )
    parser.add_argument("--data-dir", metavar=w("folder"), help=w("data_dir_help"))
    parser.add_argument("--lang", choices=("da", "en"), default=None, help=w("lang_help"))
    parser.add_argument("--quit-when-ready", action="store_true", help=w("quit_when_ready_help"))
    # The shared options may also come after the command (`export-pdf x.pdf --lang en`). SUPPRESS keeps a
    # sub-command's missing option from overwriting one given before the command.
    common = ArgumentParser(add_help=False, lang=lang)
    common.add_argument("--data-dir", metavar=w("folder"), default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument(
        "--lang", choices=("da", "en"), default=argparse.SUPPRESS, help=w("lang_help_command")
    )
    sub = parser.add_subparsers(
        dest="command", title=w("commands"), metavar=w("command"), help=w("command_help")
    )

    def command(name: str, words: str) -> ArgumentParser:
        return sub.add_parser(
            name, parents=[common], help=w(f"{words}_help"), description=w(f"{words}_about"), lang=lang
        )

    command("demo", "demo")
    command("check", "check")
    export = command("export-pdf", "export")
    export.add_argument("out", metavar=w("out"), help=w("out_help"))
    export.add_argument("--for", dest="milestone", metavar=w("milestone"), help=w("for_help"))
    export.add_argument("--include-private", action="store_true", help=w("include_private_help"))
    ics = command("export-ics", "ics")
    ics.add_argument("out", metavar=w("ics_out"), help=w("ics_out_help"))
    ics.add_argument("--include-private", action="store_true", help=w("include_private_help"))
    portable_out = command("export", "portable_export")
    portable_out.add_argument("out", metavar=w("portable_out"), help=w("portable_out_help"))
    portable_in = command("import", "portable_import")
    portable_in.add_argument("source", metavar=w("portable_in"), help=w("portable_in_help"))
    portable_in.add_argument("--replace", action="store_true", help=w("portable_replace_help"))
    command("backup", "backup")
    restore = command("restore", "restore")
    restore.add_argument("source", nargs="?", metavar=w("restore_file"), help=w("restore_file_help"))
    shots = command("screenshots", "screenshots")
    shots.add_argument("outdir", metavar=w("folder"), help=w("outdir_help"))
    command("self-test", "self_test")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser(help_lang(argv)).parse_args(argv)
    lang = args.lang or "da"
    folder = data_dir(args.data_dir)
    try:
        if args.command in ("demo", "export-pdf", "export-ics", "screenshots", "self-test"):
            _require_a_usable_folder(folder)  # the GUI start asks the same, in a message box
        code = _unlock_if_protected(args, folder, lang)
        if code is not None:
            return code
        if args.command == "demo":
            from handleplan.demo import run_demo_command

            return run_demo_command(folder, lang)
        if args.command == "check":
            return _check(folder, lang)
        if args.command == "export-pdf":
            from handleplan.export.command import run_export_command

            return run_export_command(folder, Path(args.out), args.milestone, args.include_private, lang)
        if args.command == "export-ics":
            from handleplan.export.command import run_ics_command

            return run_ics_command(folder, Path(args.out), args.include_private, lang)
        if args.command in ("export", "import"):
            from handleplan.portable.command import run_portable_command

            target = Path(args.out if args.command == "export" else args.source)
            return run_portable_command(folder, args.command, target, getattr(args, "replace", False), lang)
        if args.command == "backup":
            from handleplan.store.backup_command import run_backup_command

            return run_backup_command(folder, lang)
        if args.command == "restore":
            from handleplan.store.backup_command import run_restore_command

            return run_restore_command(folder, Path(args.source) if args.source else None, lang)
        if args.command == "screenshots":
            from handleplan.ui.commands import run_screenshots

            return run_screenshots(folder, Path(args.outdir), lang)
        if args.command == "self-test":
            from handleplan.ui.commands import run_self_test

            return run_self_test(folder, lang)
        # Starting the GUI makes a few hundred thousand objects that live as long as the app; the garbage
        # collector would walk them again and again while they are made (20 ms before the first paint
        # here) and find nothing to free. It is switched back on once the window has painted.
        gc.disable()
        from handleplan.ui.commands import run_gui

        return run_gui(folder, args.lang, quit_when_ready=args.quit_when_ready, process_start=PROCESS_START)
    except HandleplanError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    except (
        OSError
    ) as exc:  # the data folder failing under us (read-only, full, gone): a sentence, not a trace
        from handleplan.errors import FolderError
        from handleplan.store.files import FULL_ERRNOS

        kind = "disk_full" if exc.errno in FULL_ERRNOS else "read_only"
        print(
            FolderError(kind, f"{exc.strerror or exc}: {exc.filename or folder}").message(lang),
            file=sys.stderr,
        )
        return 1


def _require_a_usable_folder(folder: Path) -> None:
    from handleplan.errors import FolderError
    from handleplan.store.files import folder_problem

    problem = folder_problem(folder)
    if problem is not None:
        raise FolderError(*problem)


# The commands that read the plan and so need a protected one unlocked first. `check` asks itself, after
# saying the file is protected; `demo` never opens a protected plan (store/demo refuses any plan there).
NEEDS_THE_PLAN = (
    "export-pdf",
    "export-ics",
    "export",
    "import",
    "backup",
    "restore",
    "screenshots",
    "self-test",
)


def _unlock_if_protected(args: argparse.Namespace, folder: Path, lang: str) -> int | None:
    """None when the command may go on; the exit code when a protected plan stays locked (said why)."""
    if args.command == "demo":
        from handleplan.store import DB_NAME, connect

        if connect.is_protected(folder / DB_NAME):
            # Only a plan is ever protected, and the demo fills an empty folder only: no passphrase needed.
            print(HandleplanError("plan_exists", path=str(folder)).message(lang), file=sys.stderr)
            return 1
        return None
    if args.command not in NEEDS_THE_PLAN:
        return None
    from handleplan.cli_unlock import unlock_command

    source = getattr(args, "source", None)
    return unlock_command(args.command, folder, Path(source) if source else None, lang)


def _w(code: str, lang: str, **fields: object) -> str:
    return say(CLI_WORDS, code, lang, **fields)


def _log(folder: Path, message: str, *args: object) -> None:
    """SQLite's own words, for a helper: in the log, while the leader reads them in her language."""
    import logging

    from handleplan.log_file import logging_to

    with logging_to(folder):
        logging.getLogger(__name__).warning(message, *args)


def _check(folder: Path, lang: str) -> int:
    """The file's health with a reason for every verdict; 0 only for a file Handleplan can open and use."""
    from handleplan.cli_unlock import unlock_or_say
    from handleplan.errors import MESSAGES
    from handleplan.store import check_file, connect
    from handleplan.store.health import damage_reason
    from handleplan.store.recovery import leftover
    from handleplan.store.schema import DB_NAME, HEAD_REVISION, KNOWN_REVISIONS

    path = folder / DB_NAME
    print(_w("check_file", lang, path=str(path)))
    if connect.is_protected(path) and leftover(folder) is None:
        # Encrypted and random bytes look the same: the passphrase tells them apart, then the same checks.
        print(_w("check_protected", lang))
        code = unlock_or_say([path], lang, folder)
        if code is not None:
            return code
    report = check_file(folder)
    if report.integrity == ["missing"]:
        print(_w("check_missing", lang))
        return 1
    if report.integrity in (["empty"], ["orphan_wal"]):
        print(say(MESSAGES, f"store_{report.integrity[0]}", lang))
        return 1
    if report.revision is not None and report.revision not in KNOWN_REVISIONS:
        print(say(MESSAGES, "store_newer", lang, found=report.revision))
        return 1
    if report.integrity != ["ok"]:  # damage first, with its reason, and what the next start does
        from handleplan.store import damage_words

        raw = damage_reason(report.integrity)
        _log(folder, "check: SQLite says of %s: %s", report.path, raw)
        if damage_words.kinds(report.integrity) == ["busy"]:  # held by another program: not damage
            print(_w("check_busy", lang))
            return 1
        if report.revision is not None:
            print(_w("check_revision", lang, found=report.revision, head=HEAD_REVISION))
        print(_w("check_damaged_reason", lang, reason=damage_words.describe(report.integrity, lang, raw)))
        print(_w("check_damaged", lang))
        print(_w("check_damaged_next", lang))
        return 1
    print(_w("check_revision", lang, found=report.revision, head=HEAD_REVISION))
    print(_w("check_integrity", lang, lines="; ".join(report.integrity[:10])))
    if report.foreign_keys:
        from handleplan.store.damage_words import broken_references

        _log(folder, "check: broken references in %s: %s", report.path, report.foreign_keys)
        print(_w("check_broken_refs", lang, lines=broken_references(report.foreign_keys, lang)))
        print(_w("check_broken", lang))
        return 1
    if report.revision != HEAD_REVISION:
        print(_w("check_older", lang))
    if report.read_only:
        print(_w("check_read_only", lang))
    print(_w("check_ok", lang))
    return 0
