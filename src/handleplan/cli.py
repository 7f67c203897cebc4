"""The command line: version, demo, check, export-pdf, screenshots, self-test, and starting the GUI."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from handleplan import __version__
from handleplan.errors import HandleplanError
from handleplan.paths import data_dir

# Taken as early as possible so --quit-when-ready can report the time from process start.
PROCESS_START = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handleplan",
        description="Handleplan – din handleplan til forløbet om psykisk arbejdsmiljø.",
    )
    parser.add_argument("--version", action="version", version=f"handleplan {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="mappe med dine data (ellers $HANDLEPLAN_DATA_DIR)")
    parser.add_argument("--lang", choices=("da", "en"), default=None, help="sprog: da (standard) eller en")
    parser.add_argument(
        "--quit-when-ready", action="store_true", help="start vinduet, luk når det er tegnet, og skriv tiden"
    )
    # The shared options may also come after the command (`export-pdf x.pdf --lang en`). SUPPRESS keeps a
    # sub-command's missing option from overwriting one given before the command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--lang", choices=("da", "en"), default=argparse.SUPPRESS, help="sprog: da eller en")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("demo", parents=[common], help="fyld en tom mappe med en realistisk demo-handleplan")
    sub.add_parser("check", parents=[common], help="tjek datafilens sundhed og version")
    export = sub.add_parser("export-pdf", parents=[common], help="lav PDF'en til næste modul eller TRIO-møde")
    export.add_argument("out", metavar="OUT.pdf")
    export.add_argument("--for", dest="milestone", metavar="MILEPÆL", help="milepælens titel eller id")
    export.add_argument("--include-private", action="store_true", help="tag også private refleksioner med")
    shots = sub.add_parser("screenshots", parents=[common], help="gem et billede af hver skærm og dialog")
    shots.add_argument("outdir", metavar="OUTDIR")
    sub.add_parser(
        "self-test",
        parents=[common],
        help="åbn vinduet uden skærm, besøg alle skærme, og tjek at en ændring gemmes",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = args.lang or "da"
    folder = data_dir(args.data_dir)
    try:
        if args.command == "demo":
            from handleplan.demo import run_demo_command

            return run_demo_command(folder, lang)
        if args.command == "check":
            return _check(folder, lang)
        if args.command == "export-pdf":
            from handleplan.export.command import run_export_command

            return run_export_command(folder, Path(args.out), args.milestone, args.include_private, lang)
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


def _check(folder: Path, lang: str) -> int:
    from handleplan.store import check_file
    from handleplan.store.schema import HEAD_REVISION

    report = check_file(folder)
    da = lang == "da"
    print(("Fil: " if da else "File: ") + str(report.path))
    if report.integrity == ["missing"]:
        print("Der er ingen datafil endnu." if da else "There is no data file yet.")
        return 1
    print(
        (f"Skemaversion: {report.revision} (denne udgave bruger {HEAD_REVISION})")
        if da
        else f"Schema version: {report.revision} (this version uses {HEAD_REVISION})"
    )
    print(("Integritet: " if da else "Integrity: ") + "; ".join(report.integrity[:10]))
    if report.foreign_keys:
        print(
            ("Brudte henvisninger: " if da else "Broken references: ") + "; ".join(report.foreign_keys[:10])
        )
    if report.healthy:
        print("Alt er i orden." if da else "Everything is fine.")
        return 0
    print("Filen er ikke sund – se ovenfor." if da else "The file is not healthy – see above.")
    return 1
