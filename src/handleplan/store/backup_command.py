"""`handleplan backup` and `handleplan restore [FILE]`: the same backups the app makes, from a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from handleplan.cli_words import CLI_WORDS
from handleplan.errors import HandleplanError
from handleplan.say import say


def run_backup_command(data_dir: Path, lang: str) -> int:
    from handleplan.export.errors import ExportError
    from handleplan.store.backups import make_backup
    from handleplan.store.schema import DB_NAME

    db_path = data_dir / DB_NAME
    if not db_path.is_file() or db_path.stat().st_size == 0:
        # A backup of nothing would later be offered as a plan.
        print(ExportError("export_no_plan", folder=str(data_dir)).message(lang), file=sys.stderr)
        return 1
    try:
        made = make_backup(db_path, "manual")
    except HandleplanError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    print(made)
    return 0


def run_restore_command(data_dir: Path, source: Path | None, lang: str) -> int:
    """Restore `source`, or the newest backup that passes integrity_check; the current plan is backed up
    first (store/backups.restore)."""
    from handleplan.store.backups import BackupError, backup_folder, newest_good_backup, restore, summarize

    try:
        if source is None:
            newest = newest_good_backup(data_dir)
            if newest is None:
                raise BackupError("no_backup_to_restore", folder=str(backup_folder(data_dir)))
            source = newest.path
        saved = restore(source, data_dir)
    except HandleplanError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    if saved is not None:
        print(say(CLI_WORDS, "portable_backed_up", lang, path=saved))
    summary = summarize(source)
    print(
        say(
            CLI_WORDS,
            "restored",
            lang,
            path=source,
            initiatives=summary.initiatives if summary else 0,
            reflections=summary.reflections if summary else 0,
        )
    )
    return 0
