"""The start meets a damaged store: it is never opened. Moved aside with its -wal and -shm as
`handleplan.db.damaged-<date>`, said calmly, the newest good backup offered; with none (or when the
leader would rather not), what can still be read is saved into a fresh plan and she is told how much."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from handleplan.errors import MESSAGES, HandleplanError
from handleplan.say import say, say_count

log = logging.getLogger(__name__)


def counted(lang: str, initiatives: int, reflections: int) -> str:
    """ "3 tiltag og 7 refleksioner kunne reddes. …" """

    return say(
        MESSAGES, "salvaged", lang,
        initiatives=say_count(MESSAGES, "n_initiatives", initiatives, lang),
        reflections=say_count(MESSAGES, "n_reflections", reflections, lang),
    )  # fmt: skip


def recover_damaged(folder: Path, reason: str, lang: str, parent=None):  # noqa: ANN001, ANN201
    """An open Store holding the backup or what was saved, or None when even a fresh one cannot open."""
    from PySide6.QtWidgets import QMessageBox

    from handleplan.store import Store
    from handleplan.store.recovery import move_aside, newest_good_backup, restore_backup

    log.warning("the store in %s is damaged: %s", folder, reason)
    moved = move_aside(folder, "damaged")
    damaged = moved[0]  # the database itself; its -wal and -shm beside it under the same name
    text = say(
        MESSAGES, "store_moved_aside", lang, what=say(MESSAGES, "store_damaged_found", lang),
        folder=str(folder), names=", ".join(p.name for p in moved),
    )  # fmt: skip
    backup = newest_good_backup(folder)
    if backup is not None:
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        offer = say(MESSAGES, "offer_backup_damaged", lang, when=when)
        if (
            QMessageBox.question(parent, "Handleplan", text + "\n\n" + offer)
            == QMessageBox.StandardButton.Yes
        ):
            restore_backup(backup, folder)
            return _open(folder, lang, parent)
        text = ""  # she has read it: the salvage's own words follow
    from handleplan.store import connect

    try:
        # What is saved of a protected plan stays protected, with the same key.
        store = Store.open(folder, key=connect.key_for(damaged))
    except HandleplanError as exc:
        QMessageBox.critical(parent, "Handleplan", exc.message(lang))
        return None
    said = _salvage_into(damaged, store, lang)
    if backup is None and said is not None:
        said = say(MESSAGES, "no_backup_salvage", lang) + " " + said
    said = said or say(MESSAGES, "salvage_failed", lang)
    QMessageBox.information(parent, "Handleplan", (text + "\n\n" + said).strip())
    return store


def _salvage_into(damaged: Path, store, lang: str) -> str | None:  # noqa: ANN001
    """How much was saved, or None when nothing was."""
    from handleplan.store.salvage import salvage

    try:
        saved = salvage(damaged, store)
    except Exception:  # noqa: BLE001 - whatever the damage does to the reading, the fresh plan still opens
        log.exception("the salvage of %s failed", damaged)
        return None
    if saved.rows == 0:
        return None
    return counted(lang, saved.initiatives, saved.reflections)


def _open(folder: Path, lang: str, parent=None):  # noqa: ANN001, ANN202
    from PySide6.QtWidgets import QMessageBox

    from handleplan.store import Store

    try:
        return Store.open(folder)
    except HandleplanError as exc:
        QMessageBox.critical(parent, "Handleplan", exc.message(lang))
        return None
