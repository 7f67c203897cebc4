"""`handleplan export OUT.handleplan` and `handleplan import IN.handleplan [--replace]`."""

from __future__ import annotations

import sys
from pathlib import Path

from handleplan.cli_words import CLI_WORDS
from handleplan.errors import HandleplanError
from handleplan.say import say


def run_portable_command(data_dir: Path, command: str, target: Path, replace: bool, lang: str) -> int:
    from handleplan.portable import export_portable, import_portable
    from handleplan.store import DB_NAME, Store

    if command == "export" and not (data_dir / DB_NAME).is_file():
        # Exporting never creates a plan in a folder that has none.
        from handleplan.export.errors import ExportError

        print(ExportError("export_no_plan", folder=str(data_dir)).message(lang), file=sys.stderr)
        return 1
    store = Store.open(data_dir)
    try:
        if command == "export":
            summary = export_portable(store, target)
            print(say(CLI_WORDS, "portable_exported", lang, path=summary.path))
            return 0
        result = import_portable(store, target, replace=replace)
    except HandleplanError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    finally:
        store.close()
    if result.backup is not None:
        print(say(CLI_WORDS, "portable_backed_up", lang, path=result.backup))
    counts = result.counts
    print(
        say(
            CLI_WORDS,
            "portable_imported",
            lang,
            path=target,
            initiatives=counts.get("initiative", 0),
            reflections=counts.get("reflection", 0),
            milestones=counts.get("milestone", 0),
        )
    )
    return 0
