"""`handleplan export-pdf OUT.pdf [--for MILESTONE] [--include-private]`: the PDF from the command line,
and `handleplan export-ics OUT.ics [--include-private]`: the calendar file.

Exit 0 only when the file is complete at OUT; 1 for an error the leader can fix (message on stderr, no
file left); 2 for a milestone that does not exist.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from handleplan.cli_words import CLI_WORDS
from handleplan.errors import HandleplanError
from handleplan.export.errors import ExportError, shortened_note
from handleplan.export.selection import ExportOptions, milestone_candidates
from handleplan.export.words import Words
from handleplan.say import norm_lang, say

log = logging.getLogger(__name__)


def run_export_command(
    data_dir: Path,
    out: Path,
    milestone: str | None,
    include_private: bool,
    lang: str,
    today: date | None = None,
) -> int:
    lang = norm_lang(lang)
    try:
        return _export(Path(data_dir), Path(out), milestone, include_private, lang, today)
    except HandleplanError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    except OSError as exc:  # anything not already turned into a sentence (e.g. the data folder itself)
        log.warning("export-pdf failed", exc_info=True)
        print(ExportError("export_failed", detail=exc.strerror or str(exc)).message(lang), file=sys.stderr)
        return 1


def run_ics_command(
    data_dir: Path, out: Path, include_private: bool, lang: str, today: date | None = None
) -> int:
    lang = norm_lang(lang)
    try:
        from handleplan.export.calendar import write_ics
        from handleplan.privacy import ON_SCREEN, Release

        snapshot = _read_plan(Path(data_dir), today, lang)
        release = Release(everything=True) if include_private else ON_SCREEN
        result = write_ics(snapshot, out.expanduser().absolute(), lang, release)
    except HandleplanError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    except OSError as exc:
        log.warning("export-ics failed", exc_info=True)
        print(ExportError("export_failed", detail=exc.strerror or str(exc)).message(lang), file=sys.stderr)
        return 1
    print(say(CLI_WORDS, "ics_done", lang, path=result.path, count=result.events))
    if result.private_left_out:
        code = "export_left_out_one" if result.private_left_out == 1 else "export_left_out_many"
        print(say(CLI_WORDS, code, lang, count=result.private_left_out))
    return 0


def _read_plan(data_dir: Path, today: date | None, lang: str):  # noqa: ANN202 (a PlanSnapshot)
    from handleplan.export.snapshot import take_snapshot
    from handleplan.store import DB_NAME, Store

    # Exporting never creates a plan: without a data file there is nothing to export.
    if not (data_dir / DB_NAME).is_file():
        raise ExportError("export_no_plan", folder=str(data_dir))
    store = Store.open(data_dir)
    try:
        snapshot = take_snapshot(store, today, lang)
    finally:
        store.close()
    if snapshot.is_empty:
        raise ExportError("export_no_plan", folder=str(data_dir))
    return snapshot


def _export(
    data_dir: Path, out: Path, wanted: str | None, include_private: bool, lang: str, today: date | None
) -> int:
    from handleplan.export.pdf import write_pdf

    snapshot = _read_plan(data_dir, today, lang)
    milestone_id = None
    if wanted:
        found = milestone_candidates(snapshot, wanted)
        if len(found) != 1:
            words = Words(lang)
            shown = found or snapshot.milestones
            choices = (
                ", ".join(f"{m.title} ({words.date(m.date)})" if m.date else m.title for m in shown) or "–"
            )
            code = "export_ambiguous_milestone" if found else "export_unknown_milestone"
            print(ExportError(code, wanted=wanted, choices=choices).message(lang), file=sys.stderr)
            return 2
        milestone_id = found[0].id
    options = ExportOptions(
        milestone_id=milestone_id, lang=lang, include_private=include_private, today=today
    )
    result = write_pdf(snapshot, options, out.expanduser().absolute())
    print(say(CLI_WORDS, "export_done", lang, path=result.path, pages=result.pages))
    note = shortened_note(result.contents.shortened, lang)
    if note:
        print(note)
    left_out = result.contents.private_left_out
    if left_out:
        code = "export_left_out_one" if left_out == 1 else "export_left_out_many"
        print(say(CLI_WORDS, code, lang, count=left_out))
    return 0
